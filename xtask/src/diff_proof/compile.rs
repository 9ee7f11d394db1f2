//! One `cargo check` of the proof workspace, and which packages failed.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

#[derive(Deserialize)]
struct Message {
    reason: String,
    #[serde(default)]
    package_id: String,
    #[serde(default)]
    message: Option<Diagnostic>,
    #[serde(default)]
    success: Option<bool>,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    rendered: Option<String>,
}

/// Checks every package of the workspace in `dir` (its examples included, `--keep-going`) and
/// returns the first error of each package that has one, by package name. The dependencies are
/// built in the repository's `target/` so they are shared with its own builds (`--all-features`:
/// the old crate's `mock` example uses the test kit).
pub fn check(root: &Path, dir: &Path) -> Result<BTreeMap<String, String>> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    println!(
        "$ cargo check --workspace --examples --keep-going --all-features (in {})",
        dir.display()
    );
    let mut child = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--examples",
            "--keep-going",
            "--all-features",
            "--message-format=json",
        ])
        .env("CARGO_TARGET_DIR", root.join("target"))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot run cargo check")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let mut errors = BTreeMap::new();
    let mut finished = false;
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<Message>(&line) else {
            continue;
        };
        match message.reason.as_str() {
            "compiler-message" => {
                let Some(diagnostic) = message.message.filter(|d| d.level == "error") else {
                    continue;
                };
                let first = diagnostic
                    .rendered
                    .unwrap_or_default()
                    .lines()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" / ");
                errors
                    .entry(package_name(&message.package_id))
                    .or_insert(first);
            }
            "build-finished" => finished = message.success.is_some(),
            _ => {}
        }
    }
    child.wait()?;
    if !finished {
        bail!("cargo check did not finish");
    }
    Ok(errors)
}

/// The package name in a cargo package id: `path+file:///x/crates/p-a#1.0.0` (a package named
/// after its folder), `path+file:///x/y#p-a@1.0.0` or the older `p-a 1.0.0 (path+file:///x)`.
fn package_name(id: &str) -> String {
    if let Some(rest) = id.strip_prefix("path+file://") {
        let tail = rest.rsplit('/').next().unwrap_or(rest);
        let (folder, version) = tail.split_once('#').unwrap_or((tail, ""));
        return match version.split_once('@') {
            Some((name, _)) => name.to_string(),
            None => folder.to_string(),
        };
    }
    id.split_whitespace().next().unwrap_or(id).to_string()
}

#[cfg(test)]
mod tests {
    use super::package_name;

    #[test]
    fn reads_package_ids() {
        assert_eq!(package_name("path+file:///t/crates/p-a#1.0.0"), "p-a");
        assert_eq!(package_name("path+file:///t/crates/x#p-b@1.0.0"), "p-b");
        assert_eq!(package_name("p-c 1.0.0 (path+file:///t/crates/p-c)"), "p-c");
    }
}
