//! `cargo xtask bench --compile [--baseline CLIENTGEN] [--openapi-generator JAR]`: how long the
//! generated GitHub crate takes to `cargo check`, with its dependencies already built, and, given
//! another `clientgen` binary (an older build, to compare a change side by side) or
//! openapi-generator's jar, the same for the crate that one makes from the same spec.
//!
//! Everything is under this checkout's `target/bench-compile/` (so checkouts side by side do not
//! share it); each generated crate is made a workspace of its own there, the clientgen crates
//! share a target folder, and one untimed check first builds the dependencies. Then each round touches
//! every crate's `src/lib.rs` and checks them one after the other, with
//! `CARGO_INCREMENTAL=0`, so that the crates are compared minute by minute on this shared
//! machine. The generators themselves are timed once, the same way.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

use anyhow::{bail, Context, Result};

use crate::bench::median;

const ROUNDS: usize = 3;

/// The spec compiled: GitHub's, from the npm corpus.
const SPEC: &str = "corpus/node_modules/@octokit/openapi/generated/api.github.com.json";

/// One `cargo check` to time.
struct Check {
    label: String,
    crate_dir: PathBuf,
    target_dir: PathBuf,
    args: &'static [&'static str],
}

/// Wall time in seconds and the peak resident memory, in MiB, of a process and its children.
struct Usage {
    seconds: f64,
    peak_mib: f64,
}

/// The other generators whose crates are checked alongside this build's.
#[derive(Debug, Default)]
pub struct Others {
    /// Another `clientgen` binary (`--baseline`), e.g. one built from `main`.
    pub baseline: Option<PathBuf>,
    /// openapi-generator's jar (`--openapi-generator`).
    pub openapi_generator_jar: Option<PathBuf>,
}

impl Others {
    /// Reads `--baseline CLIENTGEN` and `--openapi-generator JAR`, each optional, in any order.
    pub fn parse(args: &[&str]) -> Result<Others> {
        let mut others = Others::default();
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let value = args.next().map(PathBuf::from);
            let slot = match *flag {
                "--baseline" => &mut others.baseline,
                "--openapi-generator" => &mut others.openapi_generator_jar,
                other => bail!("unknown flag {other}"),
            };
            *slot = Some(value.with_context(|| format!("{flag} takes a path"))?);
        }
        Ok(others)
    }
}

/// Entry point; `generator` is the release `clientgen`.
pub fn run(root: &Path, generator: &Path, others: &Others) -> Result<()> {
    let spec = root.join(SPEC);
    if !spec.is_file() {
        bail!(
            "{} is not installed; `npm install --prefix corpus @octokit/openapi@23.0.2`",
            spec.display()
        );
    }
    let work = root.join("target").join("bench-compile");
    let ours = work.join("clientgen-github");
    let _ = std::fs::remove_dir_all(&ours);
    let mut generate = Command::new(generator);
    generate
        .args(["generate", "--name", "github", "--spec"])
        .arg(&spec)
        .arg("--out")
        .arg(&ours);
    let mut generated = vec![("clientgen", measure(&mut generate, &work)?)];
    own_workspace(&ours)?;
    let mut checks = clientgen_checks("clientgen", &ours, &work);
    if let Some(baseline) = &others.baseline {
        let theirs = work.join("clientgen-baseline-github");
        let _ = std::fs::remove_dir_all(&theirs);
        let mut generate = Command::new(baseline);
        generate
            .args(["generate", "--name", "github", "--spec"])
            .arg(&spec)
            .arg("--out")
            .arg(&theirs);
        generated.push(("clientgen (baseline)", measure(&mut generate, &work)?));
        own_workspace(&theirs)?;
        let with_mock = has_feature(&theirs, "mock")?;
        if !with_mock {
            println!("bench: the baseline's crate has no `mock` feature: its checks are left out");
        }
        // Baseline first in each pair, so that each pair runs in the same minute.
        let mut pairs = Vec::new();
        for (new, old) in
            checks
                .into_iter()
                .zip(clientgen_checks("clientgen (baseline)", &theirs, &work))
        {
            if with_mock || !old.args.iter().any(|a| a.contains("mock")) {
                pairs.push(old);
                pairs.push(new);
            }
        }
        checks = pairs;
    }
    if let Some(jar) = &others.openapi_generator_jar {
        let theirs = work.join("openapi-generator-github");
        let _ = std::fs::remove_dir_all(&theirs);
        let mut generate = Command::new("java");
        generate
            .arg("-jar")
            .arg(jar)
            .args(["generate", "-g", "rust", "--skip-validate-spec", "-i"])
            .arg(&spec)
            .arg("-o")
            .arg(&theirs)
            .arg("--additional-properties=packageName=github_oag,library=reqwest");
        generated.push(("openapi-generator", measure(&mut generate, &work)?));
        own_workspace(&theirs)?;
        checks.push(Check {
            label: "openapi-generator (reqwest, rustls)".to_string(),
            crate_dir: theirs,
            target_dir: work.join("target-openapi-generator"),
            args: &["--no-default-features", "--features", "rustls"],
        });
    }

    // One untimed check per crate and target folder builds the dependencies (shared by the
    // two clientgen crates) and warms the caches.
    let mut warmed = Vec::new();
    for check in &checks {
        let key = (&check.crate_dir, &check.target_dir);
        if !warmed.contains(&key) {
            println!("bench: building the dependencies of {}", check.label);
            cargo_check(check, &work)?;
            warmed.push(key);
        }
    }
    let mut usages: Vec<Vec<Usage>> = checks.iter().map(|_| Vec::new()).collect();
    for round in 1..=ROUNDS {
        for (check, usages) in checks.iter().zip(&mut usages) {
            File::options()
                .write(true)
                .open(check.crate_dir.join("src/lib.rs"))?
                .set_modified(SystemTime::now())?;
            let usage = cargo_check(check, &work)?;
            println!(
                "bench: round {round}, {}: {:.1} s",
                check.label, usage.seconds
            );
            usages.push(usage);
        }
    }

    println!("\n| generator | generate GitHub's spec | peak RSS |");
    println!("|---|---:|---:|");
    for (generator, usage) in &generated {
        println!(
            "| {generator} | {:.1} s | {:.0} MiB |",
            usage.seconds, usage.peak_mib
        );
    }
    println!("\n| `cargo check` of the generated crate | wall | peak RSS |");
    println!("|---|---:|---:|");
    for (check, usages) in checks.iter().zip(&usages) {
        let seconds = median(usages.iter().map(|u| u.seconds).collect());
        let peak = median(usages.iter().map(|u| u.peak_mib).collect());
        println!("| {} | {seconds:.1} s | {peak:.0} MiB |", check.label);
    }
    println!(
        "\nmedians of {ROUNDS} rounds, interleaved, dependencies built, CARGO_INCREMENTAL=0; in {}",
        work.display()
    );
    Ok(())
}

/// The checks of a clientgen crate: every module, and the largest module alone, each without
/// and with the test kit (`mock`). The target
/// folder is shared by the crates of both clientgen binaries (their dependencies are the same).
fn clientgen_checks(generator: &str, crate_dir: &Path, work: &Path) -> Vec<Check> {
    [
        ("every API module (default features)", &[][..]),
        (
            "every API module and the test kit (`mock`)",
            &["--features", "mock"][..],
        ),
        (
            "the `repos` feature alone",
            &["--no-default-features", "--features", "repos"][..],
        ),
        (
            "`repos` and `mock`",
            &["--no-default-features", "--features", "repos,mock"][..],
        ),
    ]
    .into_iter()
    .map(|(what, args)| Check {
        label: format!("{generator}, {what}"),
        crate_dir: crate_dir.to_path_buf(),
        target_dir: work.join("target-clientgen"),
        args,
    })
    .collect()
}

/// Makes the crate in `dir` a workspace of its own: under `target/` it would otherwise belong
/// to this repository's workspace, which cargo refuses.
fn own_workspace(dir: &Path) -> Result<()> {
    let path = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let manifest: toml::Table = text
        .parse()
        .with_context(|| format!("{} is not TOML", path.display()))?;
    if !manifest.contains_key("workspace") {
        std::fs::write(&path, format!("{text}\n[workspace]\n"))?;
    }
    Ok(())
}

/// Whether the crate in `dir` has the cargo feature `name`.
fn has_feature(dir: &Path, name: &str) -> Result<bool> {
    let path = dir.join("Cargo.toml");
    let manifest: toml::Table = std::fs::read_to_string(&path)?
        .parse()
        .with_context(|| format!("{} is not TOML", path.display()))?;
    Ok(manifest
        .get("features")
        .and_then(|f| f.as_table())
        .is_some_and(|features| features.contains_key(name)))
}

fn cargo_check(check: &Check, work: &Path) -> Result<Usage> {
    let mut cargo = Command::new("cargo");
    cargo
        .args(["check", "--quiet"])
        .args(check.args)
        .current_dir(&check.crate_dir)
        .env("CARGO_TARGET_DIR", &check.target_dir)
        .env("CARGO_INCREMENTAL", "0");
    measure(&mut cargo, work)
}

/// Runs `command` to completion, its output into `work/last.log` (shown when it fails).
fn measure(command: &mut Command, work: &Path) -> Result<Usage> {
    std::fs::create_dir_all(work)?;
    let log_path = work.join("last.log");
    let log = File::create(&log_path)?;
    let started = Instant::now();
    let child = command
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .spawn()
        .with_context(|| format!("cannot start {command:?}"))?;
    let (succeeded, peak_kib) = wait_with_peak_memory(child)?;
    let seconds = started.elapsed().as_secs_f64();
    if !succeeded {
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        bail!("{command:?} failed:\n{log}");
    }
    Ok(Usage {
        seconds,
        peak_mib: peak_kib as f64 / 1024.0,
    })
}

/// Waits for `child` with `wait4`, which also gives the largest resident set of the child and
/// of the processes it waited for (cargo's rustc), in KiB.
fn wait_with_peak_memory(child: std::process::Child) -> Result<(bool, i64)> {
    let pid = libc::pid_t::try_from(child.id())?;
    let mut status = 0;
    // SAFETY: `rusage` is plain old data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, which nothing else waits for (`child` is dropped
    // without waiting), and both pointers are to live locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if waited != pid {
        bail!("wait4: {}", std::io::Error::last_os_error());
    }
    let succeeded = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    Ok((succeeded, usage.ru_maxrss))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crate_becomes_its_own_workspace_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Cargo.toml");
        std::fs::write(&path, "[package]\nname = \"github\"\n").unwrap();
        own_workspace(dir.path()).unwrap();
        own_workspace(dir.path()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches("[workspace]").count(), 1, "{text}");
        assert!(text.parse::<toml::Table>().unwrap().contains_key("package"));
    }

    #[test]
    fn features_are_read_from_the_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Cargo.toml");
        std::fs::write(
            &path,
            "[package]\nname = \"github\"\n[features]\nmock = []\n",
        )
        .unwrap();
        assert!(has_feature(dir.path(), "mock").unwrap());
        assert!(!has_feature(dir.path(), "repos").unwrap());
        std::fs::write(&path, "[package]\nname = \"github\"\n").unwrap();
        assert!(!has_feature(dir.path(), "mock").unwrap());
    }
}
