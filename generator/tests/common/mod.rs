//! The harness that compiles generated crates, shared by `compile_fixtures.rs` and
//! `hostile/`.
//!
//! Each suite writes its crates into a Cargo workspace of its own,
//! `target/fixture-crates/<suite>/` (only changed files are rewritten, so cargo rebuilds only
//! what changed), and checks them all with one `cargo clippy --all-targets --all-features -- -D warnings`.
//! Every suite builds into the same `CARGO_TARGET_DIR`, `target/fixtures`, so the
//! dependencies (reqwest, tokio, ...) are built once. Failures are reported per crate, with
//! the input it was generated from.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator lives in the repository")
        .to_path_buf()
}

/// A workspace of generated crates, each named after the input it comes from.
pub struct CrateWorkspace {
    suite: &'static str,
    dir: PathBuf,
    /// Member folder → the input it was generated from.
    members: BTreeMap<String, PathBuf>,
    /// Packages that were given a `tests/wire.rs`.
    wire_tests: Vec<String>,
}

impl CrateWorkspace {
    /// The workspace of `suite` (one per test file).
    pub fn new(suite: &'static str) -> Self {
        Self {
            suite,
            dir: repo_root().join("target/fixture-crates").join(suite),
            members: BTreeMap::new(),
            wire_tests: Vec::new(),
        }
    }

    /// Writes `output`, generated from `input`, as the member `name`.
    pub fn add(&mut self, name: &str, input: &Path, output: &clientgen::Output) {
        clientgen::write::write_tree(
            &self.dir.join(name),
            &output.files,
            // A scratch folder of this suite, reused from run to run.
            &clientgen::write::WriteOptions { force: true },
        )
        .unwrap_or_else(|e| panic!("{name}: cannot write the crate: {e}"));
        self.members.insert(name.to_owned(), input.to_path_buf());
    }

    /// Gives member `name` (package `package`) the test `tests/wire.rs` with `source`: it
    /// checks the generated client on the wire (decoding, requests), run by [`Self::run_wire_tests`].
    /// `common` is the wire tests' shared module (`tests/common/mod.rs`).
    #[allow(dead_code)] // used by compile_fixtures.rs only
    pub fn add_wire_test(&mut self, name: &str, package: &str, source: &str, common: &str) {
        let tests = self.dir.join(name).join("tests");
        write_if_changed(&tests.join("wire.rs"), source);
        write_if_changed(&tests.join("common/mod.rs"), common);
        self.wire_tests.push(package.to_owned());
    }

    /// Fails unless every `tests/wire.rs` passes (after [`Self::assert_clippy_clean`]).
    #[allow(dead_code)] // used by compile_fixtures.rs only
    pub fn run_wire_tests(&self) {
        if self.wire_tests.is_empty() {
            return;
        }
        let mut command = self.cargo();
        // `--all-features`: a wire test may use the test kit (`mock`).
        command.args(["test", "--quiet", "--all-features", "--test", "wire"]);
        for package in &self.wire_tests {
            command.args(["-p", package]);
        }
        let output = command.output().expect("cargo runs");
        assert!(
            output.status.success(),
            "the wire tests of {:?} failed:\n{}\n{}",
            self.wire_tests,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Fails unless every member passes `cargo clippy --all-targets -- -D warnings`, listing
    /// each failing crate's input and diagnostics.
    pub fn assert_clippy_clean(&self) {
        assert!(
            !self.members.is_empty(),
            "{}: no crates to check",
            self.suite
        );
        self.write_manifest();
        let output = self
            .cargo()
            // `--all-features`: the test kit (`mock`) too, with every name the input makes.
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--all-features",
                "--keep-going",
            ])
            .args(["--quiet", "--message-format=json", "--", "-D", "warnings"])
            .output()
            .expect("cargo runs");
        if output.status.success() {
            return;
        }
        let mut report = format!(
            "generated crates in {} do not pass `cargo clippy --all-targets -- -D warnings`:\n",
            self.dir.display()
        );
        let diagnostics = self.diagnostics_by_member(&output.stdout);
        for (member, messages) in &diagnostics {
            let input = match self.members.get(member) {
                Some(path) => path
                    .strip_prefix(repo_root())
                    .unwrap_or(path)
                    .display()
                    .to_string(),
                None => "an unknown input".into(),
            };
            report.push_str(&format!("\n--- {member} (from {input}):\n"));
            for message in messages {
                report.push_str(message);
            }
        }
        if diagnostics.is_empty() {
            // No compiler message: cargo itself failed (a manifest, the lock file, ...).
            report.push_str(&String::from_utf8_lossy(&output.stderr));
        }
        panic!("{report}");
    }

    /// `cargo` in this workspace, building into the shared target folder.
    fn cargo(&self) -> Command {
        let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        command
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", repo_root().join("target/fixtures"))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS");
        command
    }

    /// The workspace manifest, the project's lock file (so the crates use the versions the
    /// project uses), and no folder of a crate that is no longer a member.
    fn write_manifest(&self) {
        let members: Vec<String> = self.members.keys().map(|m| format!("{m:?}")).collect();
        let manifest = format!(
            "# Written by generator/tests/common/mod.rs for {}.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n[profile.dev]\ndebug = false\n",
            self.suite,
            members.join(", ")
        );
        write_if_changed(&self.dir.join("Cargo.toml"), &manifest);
        let lock = self.dir.join("Cargo.lock");
        if !lock.exists() {
            if let Ok(contents) = std::fs::read_to_string(repo_root().join("Cargo.lock")) {
                write_if_changed(&lock, &contents);
            }
        }
        for entry in std::fs::read_dir(&self.dir).expect("the workspace is readable") {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() && name != "target" && !self.members.contains_key(name.as_ref()) {
                let _ = std::fs::remove_dir_all(&path);
            }
        }
    }

    /// The rendered warnings and errors of cargo's JSON `stdout`, by member folder.
    fn diagnostics_by_member(&self, stdout: &[u8]) -> BTreeMap<String, Vec<String>> {
        let mut by_member: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let lines = String::from_utf8_lossy(stdout);
        for message in lines
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        {
            if message["reason"] != "compiler-message" {
                continue;
            }
            let Some(rendered) = message["message"]["rendered"].as_str() else {
                continue;
            };
            let manifest = Path::new(message["manifest_path"].as_str().unwrap_or_default());
            let member = manifest
                .strip_prefix(&self.dir)
                .ok()
                .and_then(|p| p.iter().next())
                .map_or_else(
                    || manifest.display().to_string(),
                    |m| m.to_string_lossy().into(),
                );
            // `--all-targets` checks the library twice (alone and as a test): keep one copy.
            let messages = by_member.entry(member).or_default();
            if !messages.iter().any(|m| m == rendered) {
                messages.push(rendered.to_owned());
            }
        }
        by_member
    }
}

/// Writes `contents` to `path` unless it already holds exactly that.
fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(path, contents)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
