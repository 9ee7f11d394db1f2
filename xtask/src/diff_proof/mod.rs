//! `cargo xtask diff-proof`: proves the classes of `clientgen diff` on the pair corpus
//! (`xtask/diff-pairs/`) by compiling. For each pair, the new crate is compiled with the old
//! crate's examples and a program that uses all of the old crate's API ([`usage`]): it must
//! compile exactly when the diff's verdict is not `breaking`. All pairs are packages of one
//! cargo workspace under `target/diff-proof/`, checked by one `cargo check`. With
//! `--semver-checks`, cargo-semver-checks runs on each pair instead ([`semver_checks`]).

mod compile;
pub mod semver_checks;
pub mod semver_report;
pub mod usage;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clientgen::diff::{self, Class};
use clientgen::Options;

use crate::diff_pairs::{Corpus, Pair};

/// The pairs `cargo xtask ci` proves: a few of each class.
pub const CI_SAMPLE: &[&str] = &[
    "field-type-changed",
    "enum-value-removed",
    "query-parameter-made-required",
    "path-moved",
    "request-media-type-changed",
    "optional-response-field-added",
    "enum-value-added",
    "error-response-added",
    "field-description-changed",
    "paths-reordered",
];

/// The version both sides of every pair get, so that a breaking change asks for a major bump.
const VERSION: &str = "1.0.0";

/// What was found for one pair.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The pair's name.
    pub name: String,
    /// The class the corpus expects.
    pub expected: Class,
    /// The verdict of `clientgen diff`.
    pub verdict: Class,
    /// Whether the old crate's code compiled against the new crate.
    pub compiles: bool,
    /// The first compiler error, if any.
    pub error: Option<String>,
}

impl Outcome {
    /// The verdict is the expected class, and the code compiles exactly when it is not breaking.
    pub fn agrees(&self) -> bool {
        self.verdict == self.expected && self.compiles == (self.verdict != Class::Breaking)
    }
}

/// Runs the task with its command-line arguments.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let mut only: Option<Vec<String>> = None;
    let mut semver = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--ci" => only = Some(CI_SAMPLE.iter().map(|s| s.to_string()).collect()),
            "--only" => {
                let names = args.next().context("--only needs NAME,NAME,...")?;
                only = Some(names.split(',').map(str::to_string).collect());
            }
            "--semver-checks" => semver = true,
            other => {
                bail!("unknown argument `{other}` (expected --ci, --only NAMES, --semver-checks)")
            }
        }
    }
    let corpus = Corpus::load(root)?;
    let pairs: Vec<&Pair> = match &only {
        Some(names) => names
            .iter()
            .map(|name| {
                corpus
                    .pairs
                    .iter()
                    .find(|p| &p.name == name)
                    .with_context(|| format!("no pair named `{name}`"))
            })
            .collect::<Result<_>>()?,
        None => corpus.pairs.iter().collect(),
    };
    if semver {
        let verdicts = build(root, &corpus, &pairs)?;
        return semver_checks::run(root, &verdicts);
    }
    let outcomes = prove(root, &corpus, &pairs)?;
    print_table(&outcomes);
    let wrong: Vec<&str> = outcomes
        .iter()
        .filter(|o| !o.agrees())
        .map(|o| o.name.as_str())
        .collect();
    if !wrong.is_empty() {
        bail!(
            "{} of {} pairs disagree: {}",
            wrong.len(),
            outcomes.len(),
            wrong.join(", ")
        );
    }
    Ok(())
}

/// The proof's folder: the workspace, the specs and the old crates.
pub fn proof_dir(root: &Path) -> PathBuf {
    root.join("target").join("diff-proof")
}

/// The package name of a pair's crate.
fn package(pair: &str) -> String {
    format!("p-{pair}")
}

/// Builds the workspace for `pairs`, diffs and compiles them.
pub fn prove(root: &Path, corpus: &Corpus, pairs: &[&Pair]) -> Result<Vec<Outcome>> {
    let dir = proof_dir(root);
    let verdicts = build(root, corpus, pairs)?;
    let errors = compile::check(root, &dir)?;
    if let Some(error) = errors.get(BASE) {
        bail!("the program written against the base crate does not compile against it: {error}");
    }
    Ok(pairs
        .iter()
        .map(|pair| {
            let error = errors.get(&package(&pair.name)).cloned();
            Outcome {
                name: pair.name.clone(),
                expected: pair.class,
                verdict: verdicts[&pair.name].verdict,
                compiles: error.is_none(),
                error,
            }
        })
        .collect())
}

/// Writes the workspace for `pairs` (the new crates with the old code, and the old crates) and
/// returns the report of `clientgen diff` on each pair, by name.
pub fn build(
    root: &Path,
    corpus: &Corpus,
    pairs: &[&Pair],
) -> Result<BTreeMap<String, diff::Report>> {
    let dir = proof_dir(root);
    for sub in ["crates", "old", "specs"] {
        if dir.join(sub).exists() {
            fs::remove_dir_all(dir.join(sub))
                .with_context(|| format!("cannot clear {}", dir.join(sub).display()))?;
        }
    }
    base_crate(&dir, corpus)?;
    let mut verdicts = BTreeMap::new();
    for pair in pairs {
        let (old_spec, new_spec) = corpus.write_pair(pair, &dir.join("specs").join(&pair.name))?;
        let name = package(&pair.name);
        let options = Options {
            crate_name: Some(name.clone()),
            version: Some(VERSION.to_string()),
            ..Options::default()
        };
        let lower = |spec: &Path| {
            clientgen::ir(spec, &options)
                .map(|(api, _)| api)
                .map_err(|f| anyhow::anyhow!("{}: {f}", pair.name))
        };
        let (old_api, new_api) = (lower(&old_spec)?, lower(&new_spec)?);
        verdicts.insert(pair.name.clone(), diff::compare(&old_api, &new_api));
        let old_files = generate(&old_spec, &options, &pair.name)?;
        let new_files = generate(&new_spec, &options, &pair.name)?;
        write_crate(&dir.join("old").join(&name), &old_files, None)?;
        let mut examples: BTreeMap<String, String> = old_files
            .into_iter()
            .filter(|(path, _)| path.starts_with("examples/"))
            .collect();
        examples.insert("examples/usage.rs".to_string(), usage::program(&old_api));
        write_crate(&dir.join("crates").join(&name), &new_files, Some(&examples))?;
    }
    fs::write(dir.join("Cargo.toml"), workspace_manifest(root)?)?;
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).context("cannot copy Cargo.lock")?;
    Ok(verdicts)
}

/// The proof workspace's manifest, with the repository's `[profile]` tables: its packages are
/// checked in the repository's `target/`, where the dependencies built by its own checks are
/// reused only when they were built with the same profile.
fn workspace_manifest(root: &Path) -> Result<String> {
    let text = fs::read_to_string(root.join("Cargo.toml")).context("cannot read Cargo.toml")?;
    let repository: toml::Table = text.parse().context("Cargo.toml is not TOML")?;
    let mut manifest: toml::Table =
        "[workspace]\nresolver = \"2\"\nmembers = [\"crates/*\"]\n".parse()?;
    if let Some(profile) = repository.get("profile") {
        manifest.insert("profile".to_string(), profile.clone());
    }
    Ok(toml::to_string(&manifest)?)
}

/// The package of the base crate with its own examples and usage program: the program must
/// compile against the crate it was written for, or the proof proves nothing.
const BASE: &str = "base";

fn base_crate(dir: &Path, corpus: &Corpus) -> Result<()> {
    let spec = dir.join("specs").join("base.json");
    write(&spec, &serde_json::to_string_pretty(&corpus.base)?)?;
    let options = Options {
        crate_name: Some(BASE.to_string()),
        version: Some(VERSION.to_string()),
        ..Options::default()
    };
    let api = clientgen::ir(&spec, &options)
        .map(|(api, _)| api)
        .map_err(|f| anyhow::anyhow!("base: {f}"))?;
    let files = generate(&spec, &options, BASE)?;
    let mut examples: BTreeMap<String, String> = files
        .iter()
        .filter(|(path, _)| path.starts_with("examples/"))
        .map(|(p, t)| (p.clone(), t.clone()))
        .collect();
    examples.insert("examples/usage.rs".to_string(), usage::program(&api));
    write_crate(&dir.join("crates").join(BASE), &files, Some(&examples))
}

fn generate(spec: &Path, options: &Options, pair: &str) -> Result<BTreeMap<String, String>> {
    clientgen::generate(spec, options)
        .map(|output| output.files)
        .map_err(|fatal| {
            anyhow::anyhow!("{pair}: cannot generate from {}: {fatal}", spec.display())
        })
}

/// Writes a generated crate into `dir`. With `examples`, its own examples are replaced by
/// those (the old crate's), and its manifest loses the `[[example]]` tables that name its own.
fn write_crate(
    dir: &Path,
    files: &BTreeMap<String, String>,
    examples: Option<&BTreeMap<String, String>>,
) -> Result<()> {
    for (path, text) in files {
        if examples.is_some() && path.starts_with("examples/") {
            continue;
        }
        let text = if path == "Cargo.toml" {
            manifest(text, examples.is_some())?
        } else {
            text.clone()
        };
        write(&dir.join(path), &text)?;
    }
    for (path, text) in examples.into_iter().flatten() {
        write(&dir.join(path), text)?;
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// A generated `Cargo.toml` for the proof: a workspace member (`member`) without its own
/// `[[example]]` tables (the old examples are found by cargo, with every feature on), or a
/// workspace of its own (the old crate, which cargo-semver-checks reads as the baseline).
fn manifest(text: &str, member: bool) -> Result<String> {
    let mut table: toml::Table = text.parse().context("a generated Cargo.toml is not TOML")?;
    if member {
        table.remove("example");
    } else {
        table.insert(
            "workspace".to_string(),
            toml::Value::Table(toml::Table::new()),
        );
    }
    Ok(toml::to_string(&table)?)
}

fn print_table(outcomes: &[Outcome]) {
    println!("| pair | expected | clientgen diff | old code compiles | agrees |");
    println!("|---|---|---|---|---|");
    for o in outcomes {
        println!(
            "| {} | {} | {} | {} | {} |",
            o.name,
            o.expected.as_str(),
            o.verdict.as_str(),
            if o.compiles { "yes" } else { "no" },
            if o.agrees() { "yes" } else { "**no**" }
        );
    }
    for o in outcomes.iter().filter(|o| !o.agrees()) {
        if let Some(error) = &o.error {
            println!("\n{}: {}", o.name, error);
        }
    }
    let agree = outcomes.iter().filter(|o| o.agrees()).count();
    println!("\ndiff-proof: {agree} of {} pairs agree", outcomes.len());
}
