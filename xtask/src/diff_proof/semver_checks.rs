//! cargo-semver-checks on the same pairs, to compare its findings with `clientgen diff`.
//! It is installed from crates.io on first use into `target/tools/` (git-ignored), never in CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use clientgen::diff::Class;

use super::{package, proof_dir, Outcome};

/// The version installed.
const VERSION: &str = "0.51.0";

/// What cargo-semver-checks said about one pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    /// It asks for a new major version.
    Major,
    /// It asks for a new minor version.
    Minor,
    /// It finds nothing that needs a new version.
    Nothing,
}

/// Runs cargo-semver-checks on each pair and prints where it and `clientgen diff` disagree
/// on whether the change is breaking.
pub fn run(root: &Path, outcomes: &[Outcome]) -> Result<()> {
    let binary = install(root)?;
    let dir = proof_dir(root);
    println!("\n| pair | clientgen diff | old code compiles | cargo-semver-checks | agrees with the compiler |");
    println!("|---|---|---|---|---|");
    let mut disagree = 0;
    for outcome in outcomes {
        let name = package(&outcome.name);
        let finding = check(
            &binary,
            &dir.join("crates").join(&name),
            &dir.join("old").join(&name),
            root,
        )
        .with_context(|| format!("cargo-semver-checks on {}", outcome.name))?;
        let says_breaking = finding == Finding::Major;
        let agrees = says_breaking != outcome.compiles;
        disagree += usize::from(!agrees);
        println!(
            "| {} | {} | {} | {:?} | {} |",
            outcome.name,
            outcome.verdict.as_str(),
            if outcome.compiles { "yes" } else { "no" },
            finding,
            if agrees { "yes" } else { "**no**" }
        );
    }
    let ours = outcomes
        .iter()
        .filter(|o| (o.verdict == Class::Breaking) != o.compiles)
        .count();
    println!(
        "\nsemver-checks: cargo-semver-checks agrees with the compiler on {} of {} pairs; clientgen diff on {ours}",
        outcomes.len() - disagree,
        outcomes.len()
    );
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
fn check(binary: &Path, current: &Path, baseline: &Path, root: &Path) -> Result<Finding> {
    let output = Command::new(binary)
        .args([
            "semver-checks",
            "check-release",
            "--release-type",
            "patch",
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
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if text.contains("requires new major version") {
        Ok(Finding::Major)
    } else if text.contains("requires new minor version") {
        Ok(Finding::Minor)
    } else if output.status.success() {
        Ok(Finding::Nothing)
    } else {
        bail!("cargo-semver-checks failed:\n{text}")
    }
}
