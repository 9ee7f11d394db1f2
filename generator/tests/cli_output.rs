//! What `clientgen generate` puts in the crate, run as a user runs it (the real binary in a
//! temporary folder): the README's `path` dependency and the API modules `--group-by` makes.

use std::path::Path;
use std::process::Command;

/// Runs `clientgen generate --spec spec.yaml <args>` in `dir` and returns its stdout; fails
/// the test unless it exits 0.
fn generate(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_clientgen"))
        .args(["generate", "--spec", "spec.yaml"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the clientgen binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    stdout
}

/// A temporary folder holding `spec.yaml` with `spec` in it.
fn workdir(spec: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("spec.yaml"), spec).expect("spec written");
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const PETS: &str = "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\npaths:\n  /pets:\n    \
    get:\n      tags: [pets]\n      operationId: listPets\n      responses:\n        '204': {description: none}\n";

/// The `[dependencies]` line of the README's "Adding the crate" section.
fn readme_dependency(readme: &str) -> &str {
    readme
        .lines()
        .find(|line| line.starts_with("pets = { path = "))
        .unwrap_or_else(|| panic!("no path dependency in:\n{readme}"))
}

#[test]
fn the_readme_names_the_folder_the_crate_was_generated_into() {
    let work = workdir(PETS);
    generate(
        work.path(),
        &["--out", "crates/pets-client", "--name", "pets"],
    );
    let readme = read(&work.path().join("crates/pets-client/README.md"));
    assert_eq!(
        readme_dependency(&readme),
        r#"pets = { path = "crates/pets-client" }"#
    );
    assert!(
        readme.contains(r#"pets = { path = "crates/pets-client", default-features = false"#),
        "{readme}"
    );

    // An absolute --out inside the current folder reads as the same relative path.
    let absolute = work.path().join("crates/pets-client");
    generate(
        work.path(),
        &[
            "--out",
            absolute.to_str().unwrap(),
            "--name",
            "pets",
            "--check",
        ],
    );

    // Outside it, the crate is named as a sibling folder.
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let out = elsewhere.path().join("pets-api");
    generate(
        work.path(),
        &["--out", out.to_str().unwrap(), "--name", "pets"],
    );
    assert_eq!(
        readme_dependency(&read(&out.join("README.md"))),
        r#"pets = { path = "../pets-api" }"#
    );
}
