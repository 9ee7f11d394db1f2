//! Every fixture's generated crate must compile without warnings and pass clippy.
//!
//! The crates are written into one Cargo workspace under `target/fixtures/workspace` (only
//! changed files are rewritten, so cargo rebuilds only what changed), which is checked by a
//! single `cargo clippy --all-targets -- -D warnings`. `CARGO_TARGET_DIR` is
//! `target/fixtures`, so the dependencies (reqwest, tokio, ...) are built once and reused.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator lives in the repository")
        .to_path_buf()
}

/// Writes `contents` to `path` unless it already holds exactly that.
fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    std::fs::write(path, contents)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

#[test]
fn generated_fixture_crates_compile_clippy_clean() {
    let root = repo_root();
    let target = root.join("target/fixtures");
    let workspace = target.join("workspace");
    let fixtures_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");

    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&fixtures_dir)
        .expect("tests/fixtures is readable")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    fixtures.sort();
    assert!(
        !fixtures.is_empty(),
        "no fixtures in {}",
        fixtures_dir.display()
    );

    let mut members = Vec::new();
    for spec in &fixtures {
        let stem = spec.file_stem().unwrap().to_string_lossy().into_owned();
        let options = clientgen::Options {
            crate_name: Some(format!("fixture-{}", stem.replace('_', "-"))),
            templates: None,
        };
        let output = clientgen::generate(spec, &options)
            .unwrap_or_else(|e| panic!("{stem}: generation failed: {e}"));
        clientgen::write::write_tree(&workspace.join(&stem), &output.files)
            .unwrap_or_else(|e| panic!("{stem}: cannot write the crate: {e}"));
        members.push(format!("{stem:?}"));
    }
    let manifest = format!(
        "# Written by generator/tests/compile_fixtures.rs.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n[profile.dev]\ndebug = false\n",
        members.join(", ")
    );
    write_if_changed(&workspace.join("Cargo.toml"), &manifest);
    // Start from the repository's lock file, so the fixtures use the versions the project uses.
    let lock = workspace.join("Cargo.lock");
    if !lock.exists() {
        if let Ok(contents) = std::fs::read_to_string(root.join("Cargo.lock")) {
            write_if_changed(&lock, &contents);
        }
    }

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--keep-going",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the generated fixture crates in {} do not pass `cargo clippy -- -D warnings`:\n{}",
        workspace.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}
