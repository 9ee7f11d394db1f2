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
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "Swagger 2.0",
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
