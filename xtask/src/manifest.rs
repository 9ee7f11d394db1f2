//! `specs/clients.toml`: which spec becomes which crate, and where it goes.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{bail, Context, Result};
use clientgen::write::manifest::is_plain_relative;
use serde::Deserialize;

/// Where the manifest lives, relative to the repository root.
pub const PATH: &str = "specs/clients.toml";

/// The folder that holds every generated crate, relative to the repository root.
pub const GENERATED_DIR: &str = "generated";

/// A crate's changelog, kept in its folder by `cargo xtask review --write`: the one file under
/// `generated/` that the generator does not write and `cargo xtask generate` does not remove.
pub const CHANGELOG_FILE: &str = "CHANGELOG.md";

/// The whole manifest: one `[[client]]` table per generated crate.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The clients, in manifest order.
    #[serde(rename = "client", default)]
    pub clients: Vec<Client>,
}

/// One `[[client]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// The OpenAPI document, relative to the repository root (`specs/foo.yaml`).
    pub spec: String,
    /// The crate name (`foo`).
    #[serde(rename = "crate")]
    pub crate_name: String,
    /// The crate folder, relative to the repository root; always `generated/<dir>`.
    pub out: String,
    /// The crate version written into its `Cargo.toml` (semver); when absent, the spec's
    /// `info.version` when it is semver, else `0.1.0`.
    #[serde(default)]
    pub version: Option<String>,
}

impl Manifest {
    /// Reads and validates `specs/clients.toml` under `root`.
    pub fn load(root: &Path) -> Result<Manifest> {
        let path = root.join(PATH);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Manifest::parse(&text).with_context(|| format!("invalid {PATH}"))
    }

    /// Parses and validates manifest text.
    pub fn parse(text: &str) -> Result<Manifest> {
        let manifest: Manifest = toml::from_str(text)?;
        manifest.validate()?;
        Ok(manifest)
    }

    /// The crate folder names under `generated/` that the manifest owns.
    pub fn crate_dirs(&self) -> BTreeSet<&str> {
        self.clients
            .iter()
            .filter_map(|c| c.out_dir_name())
            .collect()
    }

    fn validate(&self) -> Result<()> {
        let mut crates = BTreeSet::new();
        let mut outs = BTreeSet::new();
        for client in &self.clients {
            client.validate()?;
            if !crates.insert(client.crate_name.as_str()) {
                bail!("crate `{}` is listed twice", client.crate_name);
            }
            if !outs.insert(client.out.as_str()) {
                bail!("out `{}` is used by two clients", client.out);
            }
        }
        Ok(())
    }
}

impl Client {
    /// The last component of `out` (`generated/foo` → `foo`).
    pub fn out_dir_name(&self) -> Option<&str> {
        self.out.strip_prefix(GENERATED_DIR)?.strip_prefix('/')
    }

    fn validate(&self) -> Result<()> {
        let name = &self.crate_name;
        // The generator's own rule, the one `clientgen generate --name` applies.
        clientgen::crate_name::validate(name).map_err(anyhow::Error::msg)?;
        if !is_plain_relative(&self.spec) {
            bail!(
                "spec `{}` (crate `{name}`) must be a relative path inside the repository",
                self.spec
            );
        }
        if let Some(version) = &self.version {
            semver::Version::parse(version)
                .with_context(|| format!("version `{version}` (crate `{name}`) is not semver"))?;
        }
        // `generate` deletes stale files under `out`, so `out` must never point anywhere else.
        let dir = self.out_dir_name().unwrap_or_default();
        if dir.is_empty() || dir.contains('/') || !is_plain_relative(&self.out) {
            bail!(
                "out `{}` (crate `{name}`) must be `{GENERATED_DIR}/<folder>`",
                self.out
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[client]]
spec = "specs/genesys-cloud.yaml"
crate = "genesys-cloud"
out = "generated/genesys-cloud"
"#;

    #[test]
    fn parses_clients_in_order() {
        let text = format!(
            "{ONE}\n[[client]]\nspec = \"specs/b.json\"\ncrate = \"b_api\"\nout = \"generated/b\"\n"
        );
        let manifest = Manifest::parse(&text).unwrap();
        assert_eq!(manifest.clients.len(), 2);
        assert_eq!(manifest.clients[0].crate_name, "genesys-cloud");
        assert_eq!(manifest.clients[0].out_dir_name(), Some("genesys-cloud"));
        assert_eq!(manifest.clients[1].spec, "specs/b.json");
        assert_eq!(
            manifest.crate_dirs().into_iter().collect::<Vec<_>>(),
            ["b", "genesys-cloud"]
        );
    }

    #[test]
    fn an_empty_manifest_has_no_clients() {
        assert!(Manifest::parse("").unwrap().clients.is_empty());
    }

    #[test]
    fn rejects_unknown_and_missing_fields() {
        let unknown = format!("{ONE}name = \"x\"\n");
        assert!(Manifest::parse(&unknown).is_err());
        let missing = "[[client]]\nspec = \"specs/a.yaml\"\ncrate = \"a\"\n";
        let error = format!("{:#}", Manifest::parse(missing).unwrap_err());
        assert!(error.contains("out"), "{error}");
    }

    #[test]
    fn rejects_out_dirs_outside_generated() {
        for out in [
            ".",
            "",
            "generated",
            "generated/",
            "src",
            "generated/../x",
            "/generated/x",
            "generated/a/b",
            "generated/./a",
        ] {
            let text = ONE.replace("generated/genesys-cloud", out);
            assert!(
                Manifest::parse(&text).is_err(),
                "out = {out:?} was accepted"
            );
        }
    }

    #[test]
    fn rejects_bad_specs_and_names() {
        assert!(Manifest::parse(&ONE.replace("specs/genesys-cloud.yaml", "../x.yaml")).is_err());
        assert!(
            Manifest::parse(&ONE.replace("crate = \"genesys-cloud\"", "crate = \"Genesys\""))
                .is_err()
        );
        assert!(
            Manifest::parse(&ONE.replace("crate = \"genesys-cloud\"", "crate = \"\"")).is_err()
        );
    }

    #[test]
    fn crate_names_follow_the_generator_rules() {
        let with_name =
            |name: &str| ONE.replace("crate = \"genesys-cloud\"", &format!("crate = \"{name}\""));
        let error = Manifest::parse(&with_name("std")).unwrap_err();
        assert!(
            format!("{error:#}").contains("`std` is reserved"),
            "{error:#}"
        );
        assert!(Manifest::parse(&with_name("my_api-2")).is_ok());
    }

    #[test]
    fn versions_are_optional_and_semver() {
        assert_eq!(Manifest::parse(ONE).unwrap().clients[0].version, None);
        let versioned = format!("{ONE}version = \"1.2.0\"\n");
        let manifest = Manifest::parse(&versioned).unwrap();
        assert_eq!(manifest.clients[0].version.as_deref(), Some("1.2.0"));
        let error = Manifest::parse(&format!("{ONE}version = \"v1\"\n")).unwrap_err();
        assert!(format!("{error:#}").contains("not semver"), "{error:#}");
    }

    #[test]
    fn rejects_duplicates() {
        let twice = format!("{ONE}{ONE}");
        assert!(Manifest::parse(&twice).is_err());
        let same_out = format!(
            "{ONE}{}",
            ONE.replace("crate = \"genesys-cloud\"", "crate = \"other\"")
        );
        let error = format!("{:#}", Manifest::parse(&same_out).unwrap_err());
        assert!(error.contains("two clients"), "{error}");
    }
}
