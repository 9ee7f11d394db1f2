//! `cargo xtask bench --requests [--rounds N]`: what one call of the generated `genesys-cloud`
//! client costs next to the same call written by hand with reqwest + serde, and next to raw
//! reqwest reading the body as bytes (the floor), on loopback.
//!
//! The release binaries of `bench/requests` do the work: `bench-server` serves the 1.3 KB and
//! the 200 KB `Organization` in a process of its own, and `bench-client` runs one round of one
//! client (a warm-up, then the measured requests) and prints what it cost: latencies, the
//! process's CPU time (getrusage), its allocations (a counting global allocator) and wall
//! time. Every client gets a fresh process per round, the same requests and the same server;
//! rounds are interleaved (no-op, raw, hand-written, generated, then again, each round
//! starting one client further), so the shared machine's slow minutes fall on every client
//! alike. Each row is the median of the rounds, and each ratio the median of the rounds'
//! ratios (generated and hand-written measured in the same minute).
//!
//! When valgrind is installed, each sequential workload also runs once more per client under
//! callgrind, which counts instructions: noise-free, unlike the rest. Two runs of different
//! lengths cancel the start-up and the warm-up, and their difference gives instructions per
//! request.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::bench::{cargo, median};

/// Rounds when `--rounds` is not given.
const DEFAULT_ROUNDS: usize = 7;

/// The clients, in each round's order (`bench-client --client`).
const CLIENTS: [Client; 4] = [
    Client {
        name: "noop",
        label: "no-op (the harness)",
    },
    Client {
        name: "raw",
        label: "raw reqwest `.bytes()`",
    },
    Client {
        name: "hand-written",
        label: "hand-written reqwest + serde",
    },
    Client {
        name: "generated",
        label: "generated `genesys-cloud`",
    },
];

struct Client {
    name: &'static str,
    label: &'static str,
}

/// One workload: a body, a concurrency, and how many requests warm up and are measured.
struct Workload {
    label: &'static str,
    body: &'static str,
    concurrency: usize,
    warmup: usize,
    requests: usize,
}

const WORKLOADS: [Workload; 4] = [
    Workload {
        label: "sequential, 1.3 KB",
        body: "small",
        concurrency: 1,
        warmup: 300,
        requests: 3_000,
    },
    Workload {
        label: "sequential, 200 KB",
        body: "large",
        concurrency: 1,
        warmup: 10,
        requests: 100,
    },
    Workload {
        label: "64-way, 1.3 KB",
        body: "small",
        concurrency: 64,
        warmup: 640,
        requests: 10_000,
    },
    Workload {
        label: "64-way, 200 KB",
        body: "large",
        concurrency: 64,
        warmup: 128,
        requests: 384,
    },
];

/// Requests of the two callgrind runs: (small body, large body), short and long.
const CALLGRIND_REQUESTS: [(usize, usize); 2] = [(100, 10), (300, 30)];

/// One round of one client, as `bench-client` prints it.
#[derive(Debug, Clone, Deserialize)]
struct Report {
    requests: usize,
    wall_seconds: f64,
    cpu_seconds: f64,
    allocations: u64,
    allocated_bytes: u64,
    p50_us: f64,
    p90_us: f64,
}

impl Report {
    fn cpu_us(&self) -> f64 {
        self.cpu_seconds * 1e6 / self.requests as f64
    }
    fn allocations(&self) -> f64 {
        self.allocations as f64 / self.requests as f64
    }
    fn kib(&self) -> f64 {
        self.allocated_bytes as f64 / 1024.0 / self.requests as f64
    }
    fn throughput(&self) -> f64 {
        self.requests as f64 / self.wall_seconds
    }
}

/// A column of the table: its value in a report, and how it prints.
struct Metric {
    value: fn(&Report) -> f64,
    show: fn(f64) -> String,
}

const METRICS: [Metric; 6] = [
    Metric {
        value: |r| r.p50_us,
        show: micros,
    },
    Metric {
        value: |r| r.p90_us,
        show: micros,
    },
    Metric {
        value: Report::cpu_us,
        show: micros,
    },
    Metric {
        value: Report::allocations,
        show: |v| format!("{v:.1}"),
    },
    Metric {
        value: Report::kib,
        show: |v| format!("{v:.1} KiB"),
    },
    Metric {
        value: Report::throughput,
        show: |v| format!("{v:.0}/s"),
    },
];

/// Instructions per request, by workload and client (`None` where not counted).
type Instructions = Vec<Vec<Option<f64>>>;

/// Entry point: `args` are what follows `--requests`.
pub fn run(root: &Path, args: &[&str]) -> Result<()> {
    let rounds = match args {
        [] => DEFAULT_ROUNDS,
        ["--rounds", n] => n.parse().context("--rounds takes a number")?,
        _ => bail!("usage: cargo xtask bench --requests [--rounds N]"),
    };
    if rounds < 1 {
        bail!("--rounds must be at least 1");
    }
    cargo(
        root,
        &["build", "--release", "-q", "-p", "request-bench", "--bins"],
    )
    .context("building bench/requests failed")?;
    let bin = root.join("target/release");
    let server = Server::start(&bin.join("bench-server"))?;
    let client = ClientCommand {
        binary: bin.join("bench-client"),
        server: server.url.clone(),
    };
    // reports[workload][client][round]
    let mut reports = vec![vec![Vec::new(); CLIENTS.len()]; WORKLOADS.len()];
    for round in 1..=rounds {
        for (workload, reports) in WORKLOADS.iter().zip(&mut reports) {
            // Each round starts with the next client, so that none always follows another.
            for c in (0..CLIENTS.len()).map(|c| (c + round) % CLIENTS.len()) {
                let report =
                    client.run(&CLIENTS[c], workload, workload.warmup, workload.requests)?;
                reports[c].push(report);
            }
        }
        println!("bench: round {round}/{rounds} done");
    }
    let instructions = instructions_per_request(&client)?;
    server.stop()?;
    print_table(&reports, instructions.as_ref(), rounds);
    Ok(())
}

/// The bench server, stopped when its stdin closes.
struct Server {
    child: Child,
    stdin: ChildStdin,
    url: String,
}

impl Server {
    fn start(binary: &Path) -> Result<Server> {
        let mut child = Command::new(binary)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .with_context(|| format!("cannot start {}", binary.display()))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            bail!("bench-server has no stdin or stdout");
        };
        let mut port = String::new();
        BufReader::new(stdout).read_line(&mut port)?;
        let port: u16 = port
            .trim()
            .parse()
            .with_context(|| format!("bench-server printed `{}`, not a port", port.trim()))?;
        Ok(Server {
            child,
            stdin,
            url: format!("http://127.0.0.1:{port}"),
        })
    }

    fn stop(mut self) -> Result<()> {
        drop(self.stdin);
        self.child.wait()?;
        Ok(())
    }
}

/// How to run `bench-client` against the server.
struct ClientCommand {
    binary: PathBuf,
    server: String,
}

impl ClientCommand {
    /// `bench-client`'s arguments for one run.
    fn args(
        &self,
        client: &Client,
        workload: &Workload,
        warmup: usize,
        requests: usize,
    ) -> Vec<String> {
        [
            ("--client", client.name.to_owned()),
            ("--server", self.server.clone()),
            ("--body", workload.body.to_owned()),
            ("--concurrency", workload.concurrency.to_string()),
            ("--warmup", warmup.to_string()),
            ("--requests", requests.to_string()),
        ]
        .into_iter()
        .flat_map(|(flag, value)| [flag.to_owned(), value])
        .collect()
    }

    fn run(
        &self,
        client: &Client,
        workload: &Workload,
        warmup: usize,
        requests: usize,
    ) -> Result<Report> {
        let output = Command::new(&self.binary)
            .args(self.args(client, workload, warmup, requests))
            .stdin(Stdio::null())
            .output()?;
        if !output.status.success() {
            bail!(
                "bench-client {} on {} failed: {}",
                client.name,
                workload.label,
                String::from_utf8_lossy(&output.stderr)
            );
        }
        serde_json::from_slice(&output.stdout).with_context(|| {
            format!(
                "bench-client printed `{}`",
                String::from_utf8_lossy(&output.stdout)
            )
        })
    }

    /// Instructions the client process executed in all (callgrind's `Collected`).
    fn instructions(
        &self,
        client: &Client,
        workload: &Workload,
        warmup: usize,
        requests: usize,
    ) -> Result<f64> {
        let output = Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg(&self.binary)
            .args(self.args(client, workload, warmup, requests))
            .stdin(Stdio::null())
            .output()?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            bail!("callgrind of bench-client {} failed: {stderr}", client.name);
        }
        stderr
            .lines()
            .find_map(|line| line.split("Collected :").nth(1))
            .and_then(|count| count.trim().parse().ok())
            .with_context(|| format!("no `Collected :` line from callgrind:\n{stderr}"))
    }
}

/// Instructions per request of each client on each sequential workload (`None` for the
/// concurrent ones), or `None` without valgrind.
fn instructions_per_request(client: &ClientCommand) -> Result<Option<Instructions>> {
    let installed = Command::new("valgrind")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !installed {
        println!("bench: valgrind is not installed; no instruction counts");
        return Ok(None);
    }
    println!("bench: counting instructions under callgrind (sequential workloads)");
    let mut table = Vec::new();
    for workload in &WORKLOADS {
        let mut row = Vec::new();
        for c in &CLIENTS {
            if workload.concurrency != 1 {
                row.push(None);
                continue;
            }
            let [short, long] = CALLGRIND_REQUESTS.map(|(small, large)| match workload.body {
                "small" => small,
                _ => large,
            });
            let warmup = short / 10;
            let short_count = client.instructions(c, workload, warmup, short)?;
            let long_count = client.instructions(c, workload, warmup, long)?;
            row.push(Some((long_count - short_count) / (long - short) as f64));
        }
        table.push(row);
    }
    Ok(Some(table))
}

fn print_table(reports: &[Vec<Vec<Report>>], instructions: Option<&Instructions>, rounds: usize) {
    println!(
        "\n| workload | client | p50 latency | p90 latency | CPU / request | allocations / request | allocated / request | throughput | instructions / request |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    let generated = CLIENTS
        .iter()
        .position(|c| c.name == "generated")
        .unwrap_or(0);
    let hand = CLIENTS
        .iter()
        .position(|c| c.name == "hand-written")
        .unwrap_or(0);
    for (w, (workload, by_client)) in WORKLOADS.iter().zip(reports).enumerate() {
        let counts = |c: usize| instructions.and_then(|t| t[w][c]);
        for (c, (client, reports)) in CLIENTS.iter().zip(by_client).enumerate() {
            let cells: Vec<String> = METRICS
                .iter()
                .map(|m| (m.show)(median(reports.iter().map(m.value).collect())))
                .collect();
            let count = counts(c).map_or("–".to_owned(), |n| format!("{:.1} k", n / 1e3));
            println!(
                "| {} | {} | {} | {count} |",
                workload.label,
                client.label,
                cells.join(" | ")
            );
        }
        let ratios: Vec<String> = METRICS
            .iter()
            .map(|m| {
                let per_round = by_client[generated]
                    .iter()
                    .zip(&by_client[hand])
                    .map(|(g, h)| (m.value)(g) / (m.value)(h))
                    .collect();
                format!("**{:.2}×**", median(per_round))
            })
            .collect();
        let count_ratio = match (counts(generated), counts(hand)) {
            (Some(g), Some(h)) => format!("**{:.2}×**", g / h),
            _ => "–".to_owned(),
        };
        println!(
            "| {} | generated / hand-written | {} | {count_ratio} |",
            workload.label,
            ratios.join(" | ")
        );
    }
    println!(
        "\nmedians of {rounds} interleaved rounds (ratios: median of the rounds' ratios); CPU is the \
         client process's user + system time; allocations count alloc, alloc_zeroed and realloc \
         calls; instructions from callgrind; machine: {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
}

/// Microseconds: two decimals under 10 µs, milliseconds from 1,000 µs.
fn micros(us: f64) -> String {
    if us >= 1_000.0 {
        format!("{:.2} ms", us / 1_000.0)
    } else if us >= 10.0 {
        format!("{us:.1} µs")
    } else {
        format!("{us:.2} µs")
    }
}
