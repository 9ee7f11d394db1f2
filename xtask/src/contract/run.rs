//! Runs each crate's examples against `prism mock` on its spec, once per mode (one Prism per
//! spec serves both), and collects the runner's records.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Result;
use clientgen_e2e::prism::{Mode, Options, PrismServer};
use serde_json::Value;

use super::workspace::Built;

/// How long Prism may take to load a spec (the largest AWS specs are megabytes of JSON).
const STARTUP_LIMIT: Duration = Duration::from_secs(300);

/// How long one crate's examples may take in one mode.
const RUN_LIMIT: Duration = Duration::from_secs(1_800);

/// One run of a crate's examples in one mode.
#[derive(Debug)]
pub struct Calls {
    /// The crate's index in [`Built::crates`] order (its `NNN`).
    pub index: usize,
    /// Static or dynamic.
    pub mode: Mode,
    /// One record per call (see `runner/record.rs`).
    pub records: Vec<Value>,
    /// Why some calls may have no record: Prism did not start, or the runner crashed or hung.
    pub stopped: Option<Stopped>,
}

/// Why a run ended early.
#[derive(Debug, Clone)]
pub enum Stopped {
    /// Prism could not load the spec.
    Prism(String),
    /// The runner crashed (a panic in a client) or ran out of time.
    Runner(String),
}

/// Runs every crate in both modes, `jobs` crates at a time.
pub fn all(work: &Path, built: &Built, jobs: usize) -> Result<Vec<Calls>> {
    let record_dir = work.join("records");
    std::fs::create_dir_all(&record_dir)?;
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let position = next.fetch_add(1, Ordering::Relaxed);
                let Some(krate) = built.crates.get(position) else {
                    break;
                };
                let started = Instant::now();
                let runs = run_spec(built.runner(krate.index), &krate.spec.path, krate.index);
                for (mode, (records, stopped)) in
                    [Mode::Static, Mode::Dynamic].into_iter().zip(runs)
                {
                    save(&record_dir, krate.index, mode, &records, stopped.as_ref());
                    if let Ok(mut results) = results.lock() {
                        results.push(Calls {
                            index: krate.index,
                            mode,
                            records,
                            stopped,
                        });
                    }
                }
                eprintln!(
                    "contract: {} run in both modes in {:.0} s",
                    krate.spec.name,
                    started.elapsed().as_secs_f64()
                );
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                eprintln!("contract: {finished}/{} specs run", built.crates.len());
            });
        }
    });
    Ok(results.into_inner().unwrap_or_default())
}

/// Writes a run's records (`NNN-Mode.jsonl`) and why it stopped early (`NNN-Mode.stopped`).
fn save(dir: &Path, index: usize, mode: Mode, records: &[Value], stopped: Option<&Stopped>) {
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    let _ = std::fs::write(
        dir.join(format!("{index:03}-{mode:?}.jsonl")),
        lines.join("\n"),
    );
    let stopped_file = dir.join(format!("{index:03}-{mode:?}.stopped"));
    let _ = match stopped {
        Some(Stopped::Prism(why)) => std::fs::write(stopped_file, format!("prism\n{why}")),
        Some(Stopped::Runner(why)) => std::fs::write(stopped_file, format!("runner\n{why}")),
        None => std::fs::remove_file(stopped_file),
    };
}

/// The runs an earlier `cargo xtask contract` recorded for `built`'s crates (to classify
/// them again without building or calling); a crate without records is left out.
pub fn recorded(work: &Path, built: &Built) -> Vec<Calls> {
    let dir = work.join("records");
    let mut calls = Vec::new();
    for krate in &built.crates {
        for mode in [Mode::Static, Mode::Dynamic] {
            let file = dir.join(format!("{:03}-{mode:?}.jsonl", krate.index));
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            let records = text
                .lines()
                .filter_map(|line| serde_json::from_str(line).ok())
                .collect();
            let stopped_file = dir.join(format!("{:03}-{mode:?}.stopped", krate.index));
            let stopped = std::fs::read_to_string(stopped_file).ok().map(|text| {
                match text.split_once('\n') {
                    Some(("prism", why)) => Stopped::Prism(why.to_string()),
                    Some((_, why)) => Stopped::Runner(why.to_string()),
                    None => Stopped::Runner(text),
                }
            });
            calls.push(Calls {
                index: krate.index,
                mode,
                records,
                stopped,
            });
        }
    }
    calls
}

type Run = (Vec<Value>, Option<Stopped>);

/// Runs a crate's examples against one Prism on its spec, in static then dynamic mode (the
/// proxy asks Prism for each with `Prefer: dynamic=...`): Prism loads the spec once.
fn run_spec(runner: &Path, spec: &Path, index: usize) -> [Run; 2] {
    let options = Options {
        mode: Mode::Static,
        errors: false,
        startup_limit: STARTUP_LIMIT,
    };
    let server = match PrismServer::launch(spec, &options) {
        Ok(server) => server,
        Err(error) => {
            let why = tail(&error);
            return [Mode::Static, Mode::Dynamic]
                .map(|_| (Vec::new(), Some(Stopped::Prism(why.clone()))));
        }
    };
    [Mode::Static, Mode::Dynamic].map(|mode| run_once(runner, &server.uri(), index, mode))
}

fn run_once(runner: &Path, prism: &str, index: usize, mode: Mode) -> Run {
    let child = Command::new(runner)
        .arg(index.to_string())
        .arg(prism)
        .arg(format!("{mode:?}").to_ascii_lowercase())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            let why = format!("cannot start {}: {e}", runner.display());
            return (Vec::new(), Some(Stopped::Runner(why)));
        }
    };
    let reader = read_all(child.stdout.take());
    let errors = read_all(child.stderr.take());
    let status = crate::corpus::wait_within(&mut child, RUN_LIMIT);
    let text = reader.join().unwrap_or_default();
    let errors = errors.join().unwrap_or_default();
    let records: Vec<Value> = text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    let stopped = match status {
        Some(status) if status.success() => None,
        Some(status) => Some(Stopped::Runner(format!(
            "the runner exited with {status} after {} calls: {}",
            records.len(),
            tail(&errors)
        ))),
        None => Some(Stopped::Runner(format!(
            "the runner did not finish in {RUN_LIMIT:?}"
        ))),
    };
    (records, stopped)
}

/// Reads a child's output on a thread of its own, so that a full pipe cannot stall it.
fn read_all(pipe: Option<impl std::io::Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    })
}

/// The end of a long message (Prism's output ends with why it stopped).
fn tail(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars[chars.len().saturating_sub(600)..].iter().collect()
}
