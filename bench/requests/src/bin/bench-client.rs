//! One round of one client of `cargo xtask bench --requests`, printed as one JSON line
//! (`request_bench::measure::Report`):
//!
//! ```text
//! bench-client --client generated --server http://127.0.0.1:PORT --body small \
//!     --concurrency 1 --warmup 200 --requests 2000
//! ```
//!
//! The process counts its allocations, so each round runs in a process of its own.

use request_bench::bodies::BodySize;
use request_bench::clients::ClientKind;
use request_bench::counting_alloc::CountingAlloc;
use request_bench::measure::{self, Workload};

#[global_allocator]
static ALLOCATOR: CountingAlloc = CountingAlloc;

const USAGE: &str = "usage: bench-client --client noop|raw|hand-written|generated \
--server URL --body small|large --concurrency N --warmup N --requests N";

fn main() {
    match run(std::env::args().skip(1).collect()) {
        Ok(line) => println!("{line}"),
        Err(error) => {
            eprintln!("bench-client: {error}");
            std::process::exit(1);
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .ok_or_else(|| format!("{flag} is missing\n{USAGE}"))
    };
    let number = |flag: &str| {
        value(flag)?
            .parse::<usize>()
            .map_err(|e| format!("{flag}: {e}"))
    };
    let kind = ClientKind::from_name(value("--client")?).ok_or(USAGE)?;
    let body = match value("--body")?.as_str() {
        "small" => BodySize::Small,
        "large" => BodySize::Large,
        _ => return Err(USAGE.to_owned()),
    };
    let expected = match kind {
        ClientKind::Noop => 0,
        ClientKind::Raw => body.body().len(),
        ClientKind::HandWritten | ClientKind::Generated => body.feature_count(),
    };
    let workload = Workload {
        concurrency: number("--concurrency")?,
        warmup: number("--warmup")?,
        requests: number("--requests")?,
        expected,
    };
    let base_url = format!("{}/{}", value("--server")?, body.segment());
    let report = measure::run(kind, &base_url, workload)?;
    serde_json::to_string(&report).map_err(|e| e.to_string())
}
