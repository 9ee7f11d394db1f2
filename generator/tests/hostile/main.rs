//! Hostile and broken input: every case in `tests/hostile/specs/` (plus a few built here, too
//! big to check in) either generates a crate that compiles clippy-clean, or fails or warns with
//! a specific diagnostic (message substring + JSON pointer). Never a panic.
//!
//! - `cases.rs`: the cases and the outcome each must have.
//! - `outcomes.rs`: each case's outcome through the library and the CLI (exit 0 or 1, never
//!   101), and the crates of the `Compiles` cases, checked by one
//!   `cargo clippy --all-targets -- -D warnings` through the harness `compile_fixtures.rs` uses
//!   too (`common/mod.rs`).
//! - `limits.rs`: inputs built to exhaust memory (100 MB strings, `$ref` amplification, too
//!   many types) are cut or refused.
//! - `injection.rs`: the markers `INJECT_MARKER_<n>` of `injection.yaml` appear in the
//!   generated Rust only inside string literals and doc attributes.
//! - `determinism.rs`: two CLI runs, byte-identical trees.

#[path = "../common/mod.rs"]
mod common;

mod cases;
mod determinism;
mod injection;
mod limits;
mod outcomes;

use std::path::{Path, PathBuf};

use clientgen::{Diagnostic, Options, Severity};

/// A scratch folder of the test's own.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Generates the case at `spec` through the library. Cases called `title_*` take the crate
/// name from the title, the others get `hostile-<case>`.
fn generate(spec: &Path, name: &str) -> Result<clientgen::Output, clientgen::Fatal> {
    let crate_name =
        (!name.starts_with("title_")).then(|| format!("hostile-{}", name.replace('_', "-")));
    let options = Options {
        crate_name,
        ..Options::default()
    };
    clientgen::generate(spec, &options)
}

fn check_warnings(name: &str, diagnostics: &[Diagnostic], expected: &[(String, String)]) {
    for (needle, pointer) in expected {
        assert!(
            diagnostics.iter().any(|d| d.severity == Severity::Warning
                && d.message.contains(needle)
                && d.pointer == *pointer),
            "{name}: no warning containing {needle:?} at {pointer}; got:\n{}",
            diagnostics
                .iter()
                .map(|d| format!("  {} ({})\n", d.message, d.pointer))
                .collect::<String>()
        );
    }
}
