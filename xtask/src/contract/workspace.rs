//! The contract workspace (`target/contract/`): one generated crate per spec under
//! `crates/NNN` (named `contract-NNN`) and `runner/`, whose programs (`contract-runner-K`,
//! each holding some crates' examples) are built in one cargo target.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use anyhow::{bail, Context, Result};

use super::examples::{self, Example};
use super::select::Spec;
use super::spec_facts::SpecFacts;

/// One spec's crate in the runner.
#[derive(Debug)]
pub struct Crate {
    /// Its position in the selection: the folder `crates/NNN` and the runner's `run NNN`.
    pub index: usize,
    /// The spec it comes from.
    pub spec: Spec,
    /// Its API modules, each with the operations its examples call.
    pub modules: Vec<(String, Vec<Operation>)>,
    /// The generator's warnings.
    pub warnings: usize,
    /// Its spec's operations, to tell which one a request was.
    pub facts: SpecFacts,
}

/// An operation as the runner calls it, with where it is in the spec.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The example function (the operation's method name).
    pub function: String,
    /// `GET /path` as the crate documents it.
    pub request: String,
    /// The JSON pointer of the operation in the spec.
    pub pointer: String,
    /// Its path has a `#`/`?` suffix that Prism cannot route (its bare path is another's).
    pub unroutable: bool,
}

/// What was built.
#[derive(Debug, Default)]
pub struct Built {
    /// The crates in the runner.
    pub crates: Vec<Crate>,
    /// Specs whose crate could not be generated or built, with why: the client's failures.
    pub failed: Vec<(Spec, String)>,
    /// The runner program of each crate, by its index.
    pub runners: BTreeMap<usize, PathBuf>,
}

impl Built {
    /// The program that runs the examples of the crate `index`.
    pub fn runner(&self, index: usize) -> &Path {
        self.runners
            .get(&index)
            .map_or_else(|| Path::new("contract-runner-missing"), PathBuf::as_path)
    }
}

/// The most operations one runner program holds: rustc needed 23 GB to build one of 8,133
/// (89 AWS specs of 256 KiB to 1 MiB), and the memory it needs grows with the examples.
const PART_OPERATIONS: usize = 1_000;

/// Generates every crate, writes the runner and builds it (leaving out crates that do not
/// compile, which are failures of their own).
pub fn prepare(root: &Path, work: &Path, specs: &[Spec]) -> Result<Built> {
    std::fs::create_dir_all(work.join("crates"))?;
    let mut built = generate_all(work, specs);
    for round in 1.. {
        built.runners = write_runner(root, work, &built.crates)?;
        let broken = build(work, round)?;
        if broken.is_empty() {
            break;
        }
        let (bad, good): (Vec<Crate>, Vec<Crate>) = std::mem::take(&mut built.crates)
            .into_iter()
            .partition(|c| broken.contains_key(&c.index));
        if bad.is_empty() {
            bail!(
                "the contract runner does not build; see {}",
                work.join(format!("build-{round}.log")).display()
            );
        }
        for krate in bad {
            let error = &broken[&krate.index];
            built.failed.push((
                krate.spec,
                format!("the crate or its examples do not compile: {error}"),
            ));
        }
        built.crates = good;
    }
    Ok(built)
}

/// Generates the crates on both cores.
pub fn generate_all(work: &Path, specs: &[Spec]) -> Built {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(spec) = specs.get(index) else { break };
                let result = generate_one(work, index, spec);
                if let Ok(mut results) = results.lock() {
                    results.push((index, result));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(index, _)| *index);
    let mut built = Built::default();
    for (index, result) in results {
        match result {
            Ok(krate) => built.crates.push(krate),
            Err(error) => built
                .failed
                .push((specs[index].clone(), format!("{error:#}"))),
        }
    }
    built
}

fn generate_one(work: &Path, index: usize, spec: &Spec) -> Result<Crate> {
    let name = crate_name(index);
    let options = clientgen::Options {
        crate_name: Some(name.clone()),
        ..clientgen::Options::default()
    };
    let output = clientgen::generate(&spec.path, &options)
        .map_err(|fatal| anyhow::anyhow!("not generated: {}", fatal.0))?;
    let dir = work.join("crates").join(format!("{index:03}"));
    for (relative, text) in &output.files {
        write_if_changed(&dir.join(relative), text)?;
    }
    let facts = SpecFacts::read(&spec.path)?;
    let mut modules = Vec::new();
    let runner_src = work.join("runner/src");
    for (module, source) in output
        .files
        .iter()
        .filter_map(|(path, text)| {
            Some((path.strip_prefix("examples/")?.strip_suffix(".rs")?, text))
        })
        // One example file per API module; `readme` and the test kit's `mock` are others.
        .filter(|(_, text)| text.starts_with("//! The examples of `docs/"))
    {
        let (text, list) = examples::runner_module(source, module).with_context(|| {
            format!("examples/{module}.rs of {} has an unknown shape", spec.name)
        })?;
        write_if_changed(
            &runner_src.join(format!("{}.rs", runner_module(index, module))),
            &text,
        )?;
        let operations = list.iter().map(|e| operation(&facts, e)).collect();
        modules.push((module.to_string(), operations));
    }
    Ok(Crate {
        index,
        spec: spec.clone(),
        modules,
        warnings: output.diagnostics.len(),
        facts,
    })
}

fn operation(facts: &SpecFacts, example: &Example) -> Operation {
    let found = facts.find(&example.method, &example.path, &example.function, None);
    Operation {
        function: example.function.clone(),
        request: format!("{} {}", example.method, example.path),
        pointer: found.map_or_else(String::new, |op| op.pointer.clone()),
        unroutable: found.is_some_and(|op| op.unroutable),
    }
}

impl Operation {
    /// The operation as the request the client `sent` tells it (the spec's operations that
    /// share a path differ in what their suffixes ask of a request).
    pub fn as_sent(&self, facts: &SpecFacts, sent: &serde_json::Value) -> Operation {
        let (method, path) = self.request.split_once(' ').unwrap_or_default();
        match facts.find(method, path, &self.function, Some(sent)) {
            Some(op) => Operation {
                pointer: op.pointer.clone(),
                unroutable: op.unroutable,
                ..self.clone()
            },
            None => self.clone(),
        }
    }
}

fn crate_name(index: usize) -> String {
    format!("contract-{index:03}")
}

fn runner_module(index: usize, module: &str) -> String {
    format!("c{index:03}_{module}")
}

/// Writes the runner's manifest and programs for `crates`, and the workspace around it;
/// returns each crate's program.
fn write_runner(root: &Path, work: &Path, crates: &[Crate]) -> Result<BTreeMap<usize, PathBuf>> {
    let mut manifest = String::from(RUNNER_MANIFEST);
    for krate in crates {
        let features: Vec<String> = krate
            .modules
            .iter()
            .map(|(m, _)| format!("{m:?}"))
            .collect();
        let _ = writeln!(
            manifest,
            "{} = {{ path = \"../crates/{:03}\", default-features = false, features = [{}] }}",
            crate_name(krate.index),
            krate.index,
            features.join(", ")
        );
    }
    let mut runners = BTreeMap::new();
    for (part, crates) in parts(crates).into_iter().enumerate() {
        let program = format!("contract-runner-{part}");
        let source = format!("src/part_{part}.rs");
        let _ = writeln!(manifest, "\n[[bin]]\nname = {program:?}\npath = {source:?}");
        write_if_changed(&work.join("runner").join(&source), &part_main(crates))?;
        for krate in crates {
            runners.insert(krate.index, work.join("target/debug").join(&program));
        }
    }
    write_if_changed(&work.join("runner/Cargo.toml"), &manifest)?;
    write_if_changed(
        &work.join("runner/src/record.rs"),
        include_str!("runner/record.rs"),
    )?;
    write_if_changed(
        &work.join("runner/src/proxy.rs"),
        include_str!("runner/proxy.rs"),
    )?;
    write_if_changed(&work.join("Cargo.toml"), WORKSPACE_MANIFEST)?;
    let lock = work.join("Cargo.lock");
    if !lock.exists() {
        // The repository's versions: nothing to resolve, and the same code as its tests run.
        std::fs::copy(root.join("Cargo.lock"), &lock)?;
    }
    Ok(runners)
}

/// The crates in runs of at most [`PART_OPERATIONS`] operations (a larger crate alone).
fn parts(crates: &[Crate]) -> Vec<&[Crate]> {
    let operations: Vec<usize> = crates
        .iter()
        .map(|c| c.modules.iter().map(|(_, ops)| ops.len()).sum())
        .collect();
    part_ranges(&operations, PART_OPERATIONS)
        .into_iter()
        .map(|range| &crates[range])
        .collect()
}

/// Consecutive runs of `sizes` that add up to at most `limit` (one larger item alone).
fn part_ranges(sizes: &[usize], limit: usize) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let (mut start, mut total) = (0, 0);
    for (at, &size) in sizes.iter().enumerate() {
        if at > start && total + size > limit {
            parts.push(start..at);
            (start, total) = (at, 0);
        }
        total += size;
    }
    if start < sizes.len() {
        parts.push(start..sizes.len());
    }
    parts
}

/// A runner program's source: the examples of `crates`, each crate's run by its index.
fn part_main(crates: &[Crate]) -> String {
    let mut modules = String::new();
    let mut dispatch = String::new();
    for krate in crates {
        let _ = writeln!(dispatch, "        {} => {{", krate.index);
        for (module, _) in &krate.modules {
            let rust = runner_module(krate.index, module);
            let _ = writeln!(modules, "mod {rust};");
            let _ = writeln!(
                dispatch,
                "            if let Err(error) = {rust}::run().await {{ record::module_failed({module:?}, &error); }}"
            );
        }
        dispatch.push_str("        }\n");
    }
    RUNNER_MAIN
        .replace("// MODULES\n", &modules)
        .replace("        // DISPATCH\n", &dispatch)
}

/// Builds the runner (its log in `build-ROUND.log`); returns the crates (by index) whose code
/// or examples failed to compile, each with its first error.
fn build(work: &Path, round: usize) -> Result<BTreeMap<usize, String>> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "build",
            "-p",
            "contract-runner",
            "--message-format",
            "short",
            "--keep-going",
        ])
        .current_dir(work)
        .env("CARGO_TARGET_DIR", work.join("target"))
        // Incremental data was two thirds of the 244-crate run's 31 GB, and the crates are
        // built once: only the runner changes between rounds.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .context("cannot run cargo")?;
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    std::fs::write(work.join(format!("build-{round}.log")), &log)?;
    if output.status.success() {
        return Ok(BTreeMap::new());
    }
    let broken = broken_crates(&log);
    if broken.is_empty() {
        // No crate to leave out (rustc killed for memory, a runner part's own code): the
        // runner cannot be built at all.
        bail!(
            "the contract runner does not build; see {}",
            work.join(format!("build-{round}.log")).display()
        );
    }
    Ok(broken)
}

/// The crates an error line of cargo's short messages points into (`crates/NNN/...` or the
/// runner's module `src/cNNN_<module>.rs`), each with its first such line.
fn broken_crates(log: &str) -> BTreeMap<usize, String> {
    let mut broken = BTreeMap::new();
    for line in log.lines().filter(|line| line.contains(": error")) {
        let digits = if let Some(at) = line.find("crates/") {
            &line[at + 7..]
        } else if let Some(at) = line.find("src/c") {
            &line[at + 5..]
        } else {
            continue;
        };
        if let Some(index) = digits.get(..3).and_then(|d| d.parse().ok()) {
            broken
                .entry(index)
                .or_insert_with(|| line.trim().to_string());
        }
    }
    broken
}

fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

const WORKSPACE_MANIFEST: &str = r#"# Written by `cargo xtask contract`.
[workspace]
resolver = "2"
members = ["runner"]

[profile.dev]
debug = false
"#;

const RUNNER_MANIFEST: &str = r#"[package]
name = "contract-runner"
version = "0.0.0"
edition = "2021"
publish = false
autobins = false

[dependencies]
# The examples name the crates' own model dependencies (`chrono::DateTime`, `uuid::Uuid`).
chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }
uuid = { version = "1", features = ["serde"] }
bytes = "1"
http-body-util = "0.1"
hyper = { version = "1", features = ["server", "http1"] }
hyper-util = { version = "0.1", features = ["tokio"] }
reqwest = { version = "0.12", default-features = false }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread", "net", "time"] }
"#;

const RUNNER_MAIN: &str = r#"//! Runs one spec's examples through the recording proxy:
//! `contract-runner-K NNN PRISM_URL static|dynamic`.
#![allow(warnings)]

mod proxy;
mod record;
// MODULES

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let index: usize = args.next().and_then(|a| a.parse().ok()).expect("a crate number");
    let upstream = args.next().expect("Prism's URL");
    let dynamic = args.next().is_some_and(|mode| mode == "dynamic");
    record::set_base_url(proxy::start(upstream, dynamic).await);
    match index {
        // DISPATCH
        _ => panic!("no crate {index}"),
    }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runner_parts_hold_a_limited_number_of_operations() {
        assert_eq!(
            part_ranges(&[400, 500, 200, 1_500, 10], 1_000),
            [0..2, 2..3, 3..4, 4..5]
        );
        assert_eq!(part_ranges(&[1, 2, 3], 1_000), [Range { start: 0, end: 3 }]);
        assert!(part_ranges(&[], 1_000).is_empty());
    }

    #[test]
    fn errors_are_traced_to_their_crate() {
        let log = "crates/007/src/types.rs:3:1: error[E0412]: cannot find type\n\
                   runner/src/c012_pets.rs:9:5: error[E0061]: wrong arguments\n\
                   crates/001/src/lib.rs:1:1: warning: unused\n";
        let broken = broken_crates(log);
        assert_eq!(broken.keys().copied().collect::<Vec<_>>(), [7, 12]);
        assert!(broken[&7].contains("E0412"), "{broken:?}");
    }
}
