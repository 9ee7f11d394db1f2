//! One round of one client: a warm-up (connections opened, caches filled, not measured), then
//! the measured requests, with what they cost the client's process.
//!
//! `concurrency` tasks share the requests, each taking the next until all are made; a
//! sequential round is one task on a current-thread runtime (what a CLI or a script runs), a
//! concurrent one many tasks on a multi-thread runtime with a worker per core (what
//! `#[tokio::main]` gives a server). Every client gets the same runtime and the same harness:
//! latencies go into vectors allocated before the measurement, so the harness itself costs
//! what the no-op client shows.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use crate::clients::{Client, ClientKind};
use crate::counting_alloc;

/// What to run.
#[derive(Debug, Clone, Copy)]
pub struct Workload {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Requests made before measuring.
    pub warmup: usize,
    /// Requests measured.
    pub requests: usize,
    /// What every call must give back ([`Client::call`]); any other answer stops the round.
    pub expected: usize,
}

/// What a round measured, printed by `bench-client` as one JSON line.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The client's name ([`ClientKind::name`]).
    pub client: &'static str,
    /// Requests measured.
    pub requests: usize,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Wall time of the measured requests.
    pub wall_seconds: f64,
    /// User and system CPU time of the whole process (every thread) meanwhile.
    pub cpu_seconds: f64,
    /// Allocation calls meanwhile ([`counting_alloc::Totals`]).
    pub allocations: u64,
    /// Bytes those calls asked for.
    pub allocated_bytes: u64,
    /// Median latency of one call, in microseconds.
    pub p50_us: f64,
    /// 90th percentile latency, in microseconds.
    pub p90_us: f64,
}

/// Runs one round of `kind` against `base_url`.
pub fn run(kind: ClientKind, base_url: &str, workload: Workload) -> Result<Report, String> {
    let runtime = if workload.concurrency <= 1 {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
    }
    .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async {
        let client = Arc::new(Client::new(kind, base_url)?);
        batch(
            &client,
            workload,
            workload.warmup,
            buffers(workload, workload.warmup),
        )
        .await?;
        let buffers = buffers(workload, workload.requests);
        let before = Snapshot::now();
        let latencies = batch(&client, workload, workload.requests, buffers).await?;
        let after = Snapshot::now();
        let mut latencies: Vec<u64> = latencies.into_iter().flatten().collect();
        latencies.sort_unstable();
        Ok(Report {
            client: kind.name(),
            requests: workload.requests,
            concurrency: workload.concurrency,
            wall_seconds: after.wall.duration_since(before.wall).as_secs_f64(),
            cpu_seconds: after.cpu_seconds - before.cpu_seconds,
            allocations: after.allocations.allocations - before.allocations.allocations,
            allocated_bytes: after.allocations.bytes - before.allocations.bytes,
            p50_us: percentile(&latencies, 50),
            p90_us: percentile(&latencies, 90),
        })
    })
}

/// A latency vector per task, each with room for every request (allocated before measuring).
fn buffers(workload: Workload, requests: usize) -> Vec<Vec<u64>> {
    (0..workload.concurrency.max(1))
        .map(|_| Vec::with_capacity(requests))
        .collect()
}

/// Makes `requests` calls over one task per buffer; gives each task's latencies in
/// nanoseconds.
async fn batch(
    client: &Arc<Client>,
    workload: Workload,
    requests: usize,
    buffers: Vec<Vec<u64>>,
) -> Result<Vec<Vec<u64>>, String> {
    let next = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = buffers
        .into_iter()
        .map(|mut latencies| {
            let client = Arc::clone(client);
            let next = Arc::clone(&next);
            tokio::spawn(async move {
                while next.fetch_add(1, Relaxed) < requests {
                    let started = Instant::now();
                    let answer = client.call().await?;
                    latencies.push(started.elapsed().as_nanos() as u64);
                    if answer != workload.expected {
                        return Err(format!(
                            "a call gave {answer}, expected {}",
                            workload.expected
                        ));
                    }
                }
                Ok(latencies)
            })
        })
        .collect();
    let mut all = Vec::with_capacity(tasks.len());
    for task in tasks {
        all.push(task.await.map_err(|e| format!("a task failed: {e}"))??);
    }
    Ok(all)
}

/// The nearest-rank percentile of sorted nanoseconds, in microseconds.
fn percentile(sorted: &[u64], percent: usize) -> f64 {
    let rank = (sorted.len() * percent).div_ceil(100).max(1);
    sorted.get(rank - 1).map_or(0.0, |&ns| ns as f64 / 1_000.0)
}

struct Snapshot {
    wall: Instant,
    cpu_seconds: f64,
    allocations: counting_alloc::Totals,
}

impl Snapshot {
    fn now() -> Snapshot {
        Snapshot {
            allocations: counting_alloc::totals(),
            cpu_seconds: process_cpu_seconds(),
            wall: Instant::now(),
        }
    }
}

/// User and system CPU time of this process, every thread included.
fn process_cpu_seconds() -> f64 {
    // SAFETY: `rusage` is plain old data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid `who` and a pointer to a live local.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return 0.0;
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn percentiles_are_nearest_rank() {
        let ns: Vec<u64> = (1..=10).map(|i| i * 1_000).collect();
        assert_eq!(percentile(&ns, 50), 5.0);
        assert_eq!(percentile(&ns, 90), 9.0);
        assert_eq!(percentile(&ns[..1], 90), 1.0);
        assert_eq!(percentile(&[], 50), 0.0);
    }
}
