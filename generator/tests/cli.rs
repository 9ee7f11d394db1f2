//! The `clientgen` command line: help texts (snapshots) and exit codes (0 on success, 1 with
//! a diagnostic when the input cannot be used, never a panic's 101).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn clientgen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_clientgen"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the clientgen binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch folder of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn help_texts() {
    for (name, args) in [
        ("help", &["--help"][..]),
        ("generate_help", &["generate", "--help"][..]),
        ("ir_help", &["ir", "--help"][..]),
    ] {
        let output = clientgen(args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&output.stderr)
        );
        insta::assert_snapshot!(name, text(&output.stdout));
    }
}

#[test]
fn usage_errors_exit_2() {
    let output = clientgen(&[]);
    assert_eq!(output.status.code(), Some(2));
    let output = clientgen(&["generate", "--spec", "tests/fixtures/refs.yaml"]);
    assert_eq!(output.status.code(), Some(2), "missing --out");
    assert!(text(&output.stderr).contains("--out"));
}

#[test]
fn generate_and_ir_succeed_on_a_fixture() {
    let out = scratch("generate_ok");
    let output = clientgen(&[
        "generate",
        "--spec",
        "tests/fixtures/refs.yaml",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(out.join("Cargo.toml").is_file() && out.join("src/lib.rs").is_file());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains("#/paths/~1aliased"),
        "the path-item warning is printed: {stderr}"
    );

    let output = clientgen(&["ir", "--spec", "tests/fixtures/refs.yaml"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let ir: serde_json::Value = serde_json::from_slice(&output.stdout).expect("`ir` prints JSON");
    assert_eq!(ir["crate_name"], "refs-fixture");
}

#[test]
fn unusable_inputs_exit_1_with_a_diagnostic() {
    let dir = scratch("unusable");
    let inputs: &[(&str, &str, &str)] = &[
        (
            "not_openapi.yaml",
            "name: clientgen\nversion: 1\n",
            "missing `openapi` field",
        ),
        ("array.json", "[1, 2, 3]", "not an object"),
        (
            "swagger.yaml",
            "swagger: '1.2'\ninfo: {title: t, version: '1'}\napis: []\n",
            "Swagger 1.2 documents are not supported",
        ),
        ("bad.json", "{\"openapi\": ", "invalid JSON"),
        ("bad.yaml", "openapi: [3.0.3\n", "invalid YAML"),
        ("empty.yaml", "", "error"),
        ("no_info.yaml", "openapi: 3.0.3\npaths: {}\n", "error"),
        (
            "version.yaml",
            "openapi: 2.5.0\n",
            "unsupported OpenAPI version",
        ),
    ];
    for (file, contents, needle) in inputs {
        let path = dir.join(file);
        std::fs::write(&path, contents).unwrap();
        let path = path.to_str().unwrap();
        for args in [
            vec![
                "generate",
                "--spec",
                path,
                "--out",
                dir.join("out").to_str().unwrap(),
            ],
            vec!["ir", "--spec", path],
        ] {
            let output = clientgen(&args);
            let stderr = text(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{args:?} should exit 1:\n{stderr}"
            );
            assert!(
                stderr.starts_with("error: ") && stderr.contains(needle),
                "{file}: {stderr}"
            );
            assert!(!stderr.contains("panicked"), "{file}: {stderr}");
            assert!(
                !stderr.contains(" (#)"),
                "no pointer is printed for the whole document: {stderr}"
            );
        }
    }
    // A binary file and a missing file.
    let binary = dir.join("binary.yaml");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x01]).unwrap();
    for path in [binary.to_str().unwrap(), "does/not/exist.yaml"] {
        let output = clientgen(&["ir", "--spec", path]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{path}: {}",
            text(&output.stderr)
        );
        assert!(text(&output.stderr).starts_with("error: "));
    }
}

#[test]
fn no_fixture_makes_the_cli_panic() {
    let out = scratch("fixtures");
    let mut fixtures: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"))
            .unwrap()
            .map(|e| e.unwrap().path())
            // A folder is a spec split over several files, rooted at its `openapi.yaml`.
            .map(|p| {
                if p.is_dir() {
                    p.join("openapi.yaml")
                } else {
                    p
                }
            })
            .collect();
    fixtures.sort();
    for spec in fixtures {
        let spec = spec.to_str().unwrap();
        let output = clientgen(&["generate", "--spec", spec, "--out", out.to_str().unwrap()]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{spec}: {}",
            text(&output.stderr)
        );
    }
}

/// A small spec: `pets` always, `owners` too when `with_owners`; `warnings` operations carry
/// an `x-pagination` whose cursor parameter does not exist (one warning each).
fn shop_spec(with_owners: bool, warnings: usize) -> String {
    let mut spec = String::from(
        "openapi: 3.0.3\ninfo: {title: Pet Shop, version: 1.0.0}\npaths:\n  /pets:\n    get:\n      \
         tags: [pets]\n      operationId: listPets\n      responses:\n        '200':\n          \
         description: ok\n          content:\n            application/json:\n              \
         schema: {type: array, items: {type: string}}\n",
    );
    if with_owners {
        spec.push_str(
            "  /owners:\n    get:\n      tags: [owners]\n      operationId: listOwners\n      \
             responses:\n        '204': {description: none}\n",
        );
    }
    for n in 0..warnings {
        spec.push_str(&format!(
            "  /paged{n}:\n    get:\n      tags: [pets]\n      operationId: paged{n}\n      \
             x-pagination: {{kind: cursor, cursor-param: nope, items: '', next-cursor: next}}\n      responses:\n        \
             '200':\n          description: ok\n          content:\n            application/json:\n              \
             schema: {{type: array, items: {{type: string}}}}\n"
        ));
    }
    spec
}

/// A temporary folder holding `spec.yaml` (see [`shop_spec`]) and, below it, `out/`.
struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    fn new(with_owners: bool, warnings: usize) -> Workdir {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("spec.yaml"),
            shop_spec(with_owners, warnings),
        )
        .unwrap();
        Workdir { dir }
    }

    fn spec(&self, with_owners: bool, warnings: usize) {
        std::fs::write(self.path("spec.yaml"), shop_spec(with_owners, warnings)).unwrap();
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn put(&self, relative: &str, contents: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    /// Runs `clientgen generate --spec spec.yaml --out out <extra>` in the folder.
    fn generate(&self, extra: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_clientgen"))
            .args(["generate", "--spec", "spec.yaml", "--out", "out"])
            .args(extra)
            .current_dir(self.dir.path())
            .output()
            .expect("the clientgen binary runs")
    }

    /// Every file under `out/` with its contents (what "nothing was written" compares).
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, found: &mut Vec<(PathBuf, Vec<u8>)>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else {
                    found.push((path.clone(), std::fs::read(&path).unwrap()));
                }
            }
        }
        let mut found = Vec::new();
        walk(&self.path("out"), &mut found);
        found.sort();
        found
    }
}

fn succeeded(output: &Output) -> (String, String) {
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(
        output.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    (stdout, stderr)
}

fn failed(output: &Output, code: i32) -> (String, String) {
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    (stdout, stderr)
}

#[test]
fn user_files_and_cargo_lock_survive_and_stale_generated_files_go() {
    let work = Workdir::new(true, 0);
    let (stdout, stderr) = succeeded(&work.generate(&[]));
    assert!(
        stdout.starts_with("out: ") && stdout.contains(" written, 0 removed, 0 warnings"),
        "the summary goes to stdout: {stdout}"
    );
    assert!(stderr.is_empty(), "no warnings: {stderr}");
    assert!(work.path("out/src/apis/owners.rs").is_file());
    let manifest = work.read("out/.clientgen-manifest");
    assert!(manifest.contains("  src/apis/owners.rs\n"), "{manifest}");

    let user_files = [
        ("out/notes.txt", "my notes\n"),
        ("out/src/main.rs", "fn main() {}\n"),
        ("out/data/deep/important.csv", "a,b\n1,2\n"),
        ("out/Cargo.lock", "# cargo's lock file\n"),
        ("out/.github/workflows/ci.yml", "on: push\n"),
        ("out/target/debug/build.log", "built\n"),
    ];
    for (path, contents) in user_files {
        work.put(path, contents);
    }
    work.spec(false, 0); // the `owners` module is gone
    let (stdout, stderr) = succeeded(&work.generate(&[]));
    for (path, contents) in user_files {
        assert_eq!(work.read(path), contents, "{path} was touched");
    }
    for stale in [
        "out/src/apis/owners.rs",
        "out/docs/OwnersApi.md",
        "out/examples/owners.rs",
    ] {
        assert!(!work.path(stale).exists(), "{stale} is stale and removed");
    }
    assert!(work.path("out/src/apis/pets.rs").is_file());
    assert!(!work.read("out/.clientgen-manifest").contains("owners"));
    assert!(stdout.contains(" removed, 1 warning\n"), "{stdout}");
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        warnings,
        ["warning: out: 3 files clientgen did not write, left alone: data/deep/important.csv, notes.txt, src/main.rs"],
        "unknown files are listed once; Cargo.lock, hidden folders and target/ not at all"
    );
}

#[test]
fn a_hand_edited_generated_file_is_overwritten_with_a_warning() {
    let work = Workdir::new(true, 0);
    succeeded(&work.generate(&[]));
    let original = work.read("out/src/lib.rs");
    work.put("out/src/lib.rs", &format!("{original}// my change\n"));
    let (_, stderr) = succeeded(&work.generate(&[]));
    assert!(
        stderr.contains("warning: out: overwriting 1 file edited by hand since clientgen wrote them: src/lib.rs"),
        "{stderr}"
    );
    assert_eq!(work.read("out/src/lib.rs"), original);
}

#[test]
fn a_non_empty_folder_that_is_not_a_clientgen_output_is_refused_unless_forced() {
    let work = Workdir::new(true, 0);
    work.put("out/notes.txt", "my notes\n");
    work.put("out/src/main.rs", "fn main() {}\n");
    work.put("out/Cargo.toml", "[package]\nname = \"mine\"\n");
    let before = work.snapshot();
    let (stdout, stderr) = failed(&work.generate(&[]), 1);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.starts_with("error: refusing to write into out: the folder is not empty and has no .clientgen-manifest"),
        "{stderr}"
    );
    assert!(
        stderr.contains("It holds: Cargo.toml, notes.txt, src/main.rs"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Of these, clientgen would overwrite: Cargo.toml"),
        "{stderr}"
    );
    assert!(stderr.contains("run again with --force"), "{stderr}");
    assert_eq!(work.snapshot(), before, "nothing is written");

    let (stdout, stderr) = succeeded(&work.generate(&["--force"]));
    assert!(stdout.starts_with("out: "), "{stdout}");
    assert!(
        stderr.contains(
            "warning: out: overwriting 1 file clientgen did not write (--force): Cargo.toml"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 files clientgen did not write, left alone: notes.txt, src/main.rs"),
        "{stderr}"
    );
    assert_eq!(work.read("out/notes.txt"), "my notes\n");
    assert_eq!(work.read("out/src/main.rs"), "fn main() {}\n");
    assert!(work.read("out/Cargo.toml").contains("name = \"pet-shop\""));
    assert!(work.path("out/.clientgen-manifest").is_file());
    // From now on the folder is a clientgen output: no --force needed.
    succeeded(&work.generate(&[]));
}

#[test]
fn a_generated_file_never_replaces_a_users_file_of_the_same_name_unless_forced() {
    let work = Workdir::new(false, 0);
    succeeded(&work.generate(&[]));
    work.put("out/src/apis/owners.rs", "// mine\n");
    work.spec(true, 0); // now clientgen generates src/apis/owners.rs too
    let before = work.snapshot();
    let (_, stderr) = failed(&work.generate(&[]), 1);
    assert!(
        stderr.contains(
            "refusing to overwrite 1 file in out that clientgen did not write: src/apis/owners.rs"
        ),
        "{stderr}"
    );
    assert_eq!(work.snapshot(), before, "nothing is written");
    succeeded(&work.generate(&["--force"]));
    assert_ne!(work.read("out/src/apis/owners.rs"), "// mine\n");
}

#[test]
fn check_exits_0_when_up_to_date_and_1_with_a_diff_writing_nothing() {
    let work = Workdir::new(true, 0);
    // Nothing generated yet: every file is missing, and the folder is not created.
    let (stdout, stderr) = failed(&work.generate(&["--check"]), 1);
    assert!(
        stdout.contains("--- /dev/null\n+++ b/out/Cargo.toml\n"),
        "{stdout}"
    );
    assert!(stderr.contains("error: out is out of date: "), "{stderr}");
    assert!(!work.path("out").exists(), "--check writes nothing");

    succeeded(&work.generate(&[]));
    let (stdout, stderr) = succeeded(&work.generate(&["--check"]));
    assert!(stdout.starts_with("out: up to date ("), "{stdout}");
    assert!(stderr.is_empty(), "{stderr}");

    // A hand edit, a deleted file and a spec change: each is in the diff.
    let lib = work.read("out/src/lib.rs");
    work.put("out/src/lib.rs", &format!("{lib}// my change\n"));
    std::fs::remove_file(work.path("out/README.md")).unwrap();
    work.put("out/notes.txt", "mine\n");
    work.spec(false, 0);
    let before = work.snapshot();
    let (stdout, stderr) = failed(&work.generate(&["--check"]), 1);
    assert_eq!(work.snapshot(), before, "--check writes nothing");
    assert!(
        stdout.contains(
            "diff --git a/out/src/lib.rs b/out/src/lib.rs\n--- a/out/src/lib.rs\n+++ b/out/src/lib.rs\n@@ "
        ),
        "{stdout}"
    );
    assert!(stdout.contains("\n-// my change\n"), "{stdout}");
    assert!(
        stdout.contains("--- /dev/null\n+++ b/out/README.md\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("--- a/out/src/apis/owners.rs\n+++ /dev/null\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\n  modified out/src/lib.rs\n"), "{stdout}");
    assert!(stdout.contains("\n  missing  out/README.md\n"), "{stdout}");
    assert!(
        stdout.contains("\n  stale    out/src/apis/owners.rs\n"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("notes.txt"),
        "the user's file is no difference: {stdout}"
    );
    assert!(
        stderr.contains("warning: out: would overwrite 1 file edited by hand"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: out: 1 file clientgen did not write, left alone: notes.txt"),
        "{stderr}"
    );
    assert!(
        stderr
            .lines()
            .last()
            .unwrap()
            .starts_with("error: out is out of date: ")
            && stderr.contains(
                "modified, 1 missing, 4 stale); run `clientgen generate` without --check"
            ),
        "{stderr}"
    );

    // Applying what the check printed is what generate does.
    succeeded(&work.generate(&[]));
    succeeded(&work.generate(&["--check"]));
}

#[test]
fn deny_warnings_exits_1_after_printing_every_warning_and_writes_nothing() {
    let work = Workdir::new(true, 2);
    let (stdout, stderr) = failed(&work.generate(&["--deny-warnings"]), 1);
    assert!(stdout.is_empty(), "{stdout}");
    let spec_warnings = stderr
        .lines()
        .filter(|l| l.starts_with("warning: spec.yaml: ") && l.contains("pagination"))
        .count();
    assert_eq!(spec_warnings, 2, "{stderr}");
    assert!(
        stderr.ends_with(
            "error: 2 warnings, and --deny-warnings turns them into errors: nothing written\n"
        ),
        "{stderr}"
    );
    assert!(!work.path("out").exists(), "nothing is written");

    // Spec and folder warnings count alike, with --check too.
    succeeded(&work.generate(&[]));
    work.put("out/notes.txt", "mine\n");
    let before = work.snapshot();
    let (_, stderr) = failed(&work.generate(&["--deny-warnings", "--check"]), 1);
    let warnings = stderr
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .count();
    assert_eq!(warnings, 3, "{stderr}");
    assert!(stderr.contains("left alone: notes.txt"), "{stderr}");
    assert!(
        stderr.ends_with("error: 3 warnings, and --deny-warnings turns them into errors\n"),
        "{stderr}"
    );
    assert_eq!(work.snapshot(), before);

    // Without warnings it changes nothing.
    std::fs::remove_file(work.path("out/notes.txt")).unwrap();
    work.spec(true, 0);
    let (stdout, _) = succeeded(&work.generate(&["--deny-warnings"]));
    assert!(stdout.contains(", 0 warnings"), "{stdout}");
}

#[test]
fn bad_crate_names_fail_before_anything_runs() {
    let work = Workdir::new(true, 0);
    for (name, problem) in [
        ("my crate", "it contains ' '"),
        ("123abc", "it starts with '1'"),
        ("a/b", "it contains '/'"),
        ("", "it is empty"),
        ("self", "`self` is reserved"),
        ("std", "`std` is reserved"),
        ("core", "`core` is reserved"),
        ("fn", "`fn` is reserved"),
        ("test", "`test` is reserved"),
        ("proc_macro", "`proc_macro` is reserved"),
        ("MyApi", "it contains the uppercase 'M'"),
        (&"a".repeat(65), "it is 65 characters long"),
    ] {
        for args in [
            vec![
                "generate",
                "--spec",
                "spec.yaml",
                "--out",
                "out",
                "--name",
                name,
            ],
            vec!["ir", "--spec", "spec.yaml", "--name", name],
        ] {
            let output = Command::new(env!("CARGO_BIN_EXE_clientgen"))
                .args(&args)
                .current_dir(work.dir.path())
                .output()
                .unwrap();
            let (_, stderr) = failed(&output, 2);
            assert!(
                stderr.starts_with(&format!(
                    "error: invalid value '{name}' for '--name <NAME>': {problem}"
                )),
                "{name:?}: {stderr}"
            );
            assert!(
                stderr.contains("a crate name is 1 to 64 characters: lowercase ASCII letters, digits, `-` and `_`, starting with a letter"),
                "{name:?}: {stderr}"
            );
            assert!(!work.path("out").exists(), "{name:?}: nothing is written");
        }
    }
    let output = work.generate(&["--name", "my crate"]);
    assert!(text(&output.stderr).contains("(try `my-crate`)"));
    succeeded(&work.generate(&["--name", "my-crate"]));
    assert!(work.read("out/Cargo.toml").contains("name = \"my-crate\""));
}
