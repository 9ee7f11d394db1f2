//! The instrument of `cargo xtask bench --requests`: what a call of the generated
//! `genesys-cloud` client costs next to hand-written reqwest + serde doing the same call.
//!
//! - [`bodies`]: the two `Organization` bodies the server answers with (1.3 KB and 200 KB);
//! - `bench-server` (a binary): serves them on loopback, keep-alive, in a process of its own;
//! - [`clients`]: the clients timed (no-op, raw reqwest `.bytes()`, hand-written, generated);
//! - [`measure`]: runs one round of one client (warm-up, then the measured requests) and
//!   reports latency percentiles, CPU time, allocations and throughput;
//! - [`counting_alloc`]: the global allocator of `bench-client`, which counts allocations;
//! - `bench-client` (a binary): one round of one client, printed as a JSON line.

pub mod bodies;
pub mod clients;
pub mod counting_alloc;
pub mod measure;
