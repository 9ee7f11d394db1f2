//! The repository's own tasks, run as `cargo xtask <task>` (the cargo-xtask pattern).
//!
//! - [`generate`]: regenerate every client crate listed in `specs/clients.toml`.
//! - [`drift`]: regenerate in memory and diff against `generated/` on disk.
//! - [`ci`]: every check CI runs, in order.
//! - [`coverage`]: which operation has a wiremock test and a Prism contract call.
//! - [`contract`]: call every operation of generated crates against Prism and classify each call.
//! - [`corpus`]: run the generator over the published-spec corpus and report.
//! - [`diff_proof`]: proves the classes of `clientgen diff` on the pair corpus by compiling.
//! - [`review`]: what the spec changes since a revision do to each crate's users, and whether
//!   its version was bumped enough.
//! - [`swagger2`]: compare published Swagger 2.0 documents, read directly, with their 3.0
//!   conversions.

pub mod bench;
pub mod bench_compile;
pub mod bench_requests;
pub mod ci;
pub mod compare;
pub mod contract;
pub mod corpus;
pub mod coverage;
pub mod diff_pairs;
pub mod diff_proof;
pub mod drift;
pub mod generate;
mod git;
pub mod manifest;
pub mod review;
pub mod swagger2;

use std::path::{Path, PathBuf};

/// The repository root: the parent of this crate's folder.
pub fn repo_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}
