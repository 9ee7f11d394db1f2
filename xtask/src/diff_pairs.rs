//! The pair corpus of the API diff (`xtask/diff-pairs/`): one base spec and a list of small
//! changes to it, each with the class `clientgen diff` must give it.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clientgen::diff::Class;
use serde::Deserialize;

/// The corpus folder, relative to the repository root.
pub const DIR: &str = "xtask/diff-pairs";

/// One spec change.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// A unique kebab-case name (`field-removed`).
    pub name: String,
    /// The class the change must get.
    #[serde(deserialize_with = "class")]
    pub class: Class,
    /// JSON Patch operations that turn the old document into the new one.
    pub patch: json_patch::Patch,
    /// JSON Patch operations that turn the base into the old document (default: none).
    #[serde(default)]
    pub old: Option<json_patch::Patch>,
    /// Write the new document as YAML rather than JSON.
    #[serde(default)]
    pub yaml: bool,
}

fn class<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Class, D::Error> {
    let text = String::deserialize(deserializer)?;
    text.parse().map_err(serde::de::Error::custom)
}

/// The corpus: the base document and the pairs, in file order.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// `base.yaml`, as JSON.
    pub base: serde_json::Value,
    /// `pairs.yaml`.
    pub pairs: Vec<Pair>,
}

impl Corpus {
    /// Reads the corpus under the repository root `root`.
    pub fn load(root: &Path) -> Result<Corpus> {
        let dir = root.join(DIR);
        let read = |name: &str| {
            let path = dir.join(name);
            fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
        };
        let base = serde_yaml::from_str(&read("base.yaml")?).context("base.yaml")?;
        let pairs: Vec<Pair> = serde_yaml::from_str(&read("pairs.yaml")?).context("pairs.yaml")?;
        Ok(Corpus { base, pairs })
    }

    /// Writes the old and the new document of `pair` into `dir` (as `old.json` and
    /// `new.json` or `new.yaml`) and returns their paths.
    pub fn write_pair(&self, pair: &Pair, dir: &Path) -> Result<(PathBuf, PathBuf)> {
        let mut old = self.base.clone();
        if let Some(patch) = &pair.old {
            json_patch::patch(&mut old, &patch.0)
                .with_context(|| format!("{}: `old` does not apply", pair.name))?;
        }
        let mut new = old.clone();
        json_patch::patch(&mut new, &pair.patch.0)
            .with_context(|| format!("{}: `patch` does not apply", pair.name))?;
        fs::create_dir_all(dir)?;
        let old_path = dir.join("old.json");
        fs::write(&old_path, serde_json::to_string_pretty(&old)?)?;
        let new_path = if pair.yaml {
            let path = dir.join("new.yaml");
            fs::write(&path, serde_yaml::to_string(&new)?)?;
            path
        } else {
            let path = dir.join("new.json");
            fs::write(&path, serde_json::to_string_pretty(&new)?)?;
            path
        };
        Ok((old_path, new_path))
    }
}
