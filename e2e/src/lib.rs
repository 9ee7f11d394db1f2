//! End-to-end tests of the generated client crates (`generated/*`).
//!
//! The tests live in `tests/`, and every one talks over loopback HTTP:
//! - `runtime.rs` checks the runtime behaviours (auth, retries, timeouts, pagination,
//!   envelopes, errors, parameter encoding) against `wiremock`;
//! - `operations/` has one `wiremock` test per operation of the three specs, named after its
//!   operationId in snake_case, in a file named after the crate (`genesys_cloud.rs`, ...);
//! - `prism/` calls every operation against the Prism mock server, which validates each
//!   request against the spec and answers from its examples or with generated data.
//!
//! This library holds what the Prism tests need: the server's process, the operationIds of a
//! spec, and a log of the calls that fails on any error or uncalled operation.

pub mod acyclic;
pub mod operations;
pub mod prism;
pub mod routable;

use std::path::PathBuf;

/// The repository root (this crate lives in `<root>/e2e`).
pub fn repo_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
