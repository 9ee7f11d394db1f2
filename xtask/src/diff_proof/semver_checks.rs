//! cargo-semver-checks on the same pairs, to compare its findings with `clientgen diff`.
//! It is installed from crates.io on first use into `target/tools/` (git-ignored), never in CI,
//! and builds rustdoc JSON in `target/semver-checks-target/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use clientgen::diff;

use super::semver_report::{markdown, parse, Row, Verdict};
use super::{package, proof_dir};

/// The version installed.
const VERSION: &str = "0.51.0";

/// Runs cargo-semver-checks on each pair's crates (built by [`super::build`]), writes the
/// comparison with `clientgen diff` (`reports`, by pair) to `target/diff-proof/semver-checks.md`
/// and prints it.
pub fn run(root: &Path, reports: &BTreeMap<String, diff::Report>) -> Result<()> {
    let binary = install(root)?;
    let dir = proof_dir(root);
    let mut rows = Vec::new();
    for (index, (pair, report)) in reports.iter().enumerate() {
        let name = package(pair);
        let checks = check(
            &binary,
            &name,
            &dir.join("crates").join(&name),
            &dir.join("old").join(&name),
            root,
        )
        .with_context(|| format!("cargo-semver-checks on {pair}"))?;
        let row = Row {
            pair: pair.clone(),
            class: report.verdict,
            change: report
                .changes
                .first()
                .map(|c| format!("`{}`: {}", c.item, c.message))
                .unwrap_or_default(),
            checks,
        };
        println!(
            "semver-checks {}/{}: {pair}: clientgen diff {}, cargo-semver-checks {:?} {:?}{}",
            index + 1,
            reports.len(),
            row.class.as_str(),
            row.checks.finding,
            row.checks.lints,
            if row.agrees() { "" } else { " (disagree)" }
        );
        rows.push(row);
    }
    let report = markdown(&rows);
    let path = dir.join("semver-checks.md");
    std::fs::write(&path, &report).with_context(|| format!("cannot write {}", path.display()))?;
    println!("\n{report}\nwritten to {}", path.display());
    Ok(())
}

/// The cargo-semver-checks binary under `target/tools/`, installed when missing.
fn install(root: &Path) -> Result<PathBuf> {
    let tools = root.join("target").join("tools");
    let binary = tools.join("bin").join("cargo-semver-checks");
    if binary.is_file() {
        return Ok(binary);
    }
    println!(
        "installing cargo-semver-checks {VERSION} into {} (once)",
        tools.display()
    );
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "install",
            "--locked",
            "cargo-semver-checks",
            "--version",
            VERSION,
            "--root",
        ])
        .arg(&tools)
        .stdin(Stdio::null())
        .status()
        .context("cannot run cargo install")?;
    if !status.success() || !binary.is_file() {
        bail!("cannot install cargo-semver-checks {VERSION}");
    }
    Ok(binary)
}

/// Runs cargo-semver-checks on the new crate `current` against the old crate `baseline`, both
/// at the same version, as a patch release: it then reports anything that needs more.
/// `--package` is needed: generated crates are `publish = false`, which it otherwise skips
/// (printing nothing, or "Skipping" with `-vv`, and exiting 0).
fn check(
    binary: &Path,
    package: &str,
    current: &Path,
    baseline: &Path,
    root: &Path,
) -> Result<Verdict> {
    let output = Command::new(binary)
        .args([
            "semver-checks",
            "check-release",
            "--color",
            "never",
            "--release-type",
            "patch",
            "--package",
            package,
            "--manifest-path",
        ])
        .arg(current.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(baseline)
        .env(
            "CARGO_TARGET_DIR",
            root.join("target").join("semver-checks-target"),
        )
        .stdin(Stdio::null())
        .output()
        .context("cannot run cargo-semver-checks")?;
    parse(
        &String::from_utf8_lossy(&output.stdout),
        &String::from_utf8_lossy(&output.stderr),
        output.status.success(),
    )
}
