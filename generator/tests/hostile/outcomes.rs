//! What each case does: generates (with the expected warnings) or fails with the expected
//! diagnostic, through the library and the CLI; and the crates it generates compile.

use std::process::Command;

use crate::cases::{all_cases, hostile_dir, BuiltExpect, CASES};
use crate::{check_warnings, common, generate, scratch};

#[test]
fn every_fixture_has_an_expected_outcome() {
    let mut files: Vec<String> = std::fs::read_dir(hostile_dir())
        .expect("tests/hostile/specs is readable")
        .map(|e| {
            e.expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(f, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "tests/hostile/specs/ and CASES disagree");
}

#[test]
fn hostile_outcomes() {
    let dir = scratch("outcomes");
    for (name, spec, expect) in all_cases(&dir) {
        let started = std::time::Instant::now();
        let result = generate(&spec, &name);
        // No case may take long: the slowest (10,000-value enum, 100 MB strings) take seconds.
        let elapsed = started.elapsed();
        assert!(
            elapsed < std::time::Duration::from_secs(60),
            "{name}: took {elapsed:?}"
        );
        match (&expect, result) {
            (BuiltExpect::Compiles(warnings), Ok(output)) => {
                check_warnings(&name, &output.diagnostics, warnings)
            }
            (BuiltExpect::Compiles(_), Err(fatal)) => {
                panic!("{name}: expected a crate, got {fatal}")
            }
            (BuiltExpect::Fatal(needle, pointer), Err(fatal)) => {
                assert!(
                    fatal.0.message.contains(needle.as_str()) && fatal.0.pointer == *pointer,
                    "{name}: expected {needle:?} at {pointer}, got {fatal}"
                );
            }
            (BuiltExpect::Fatal(needle, _), Ok(_)) => {
                panic!("{name}: expected a failure ({needle:?}), got a crate")
            }
        }
        // The CLI: exit 0 or 1 as expected, never a panic's 101.
        let out = dir.join(format!("{name}-cli"));
        let run = Command::new(env!("CARGO_BIN_EXE_clientgen"))
            .args(["generate", "--spec"])
            .arg(&spec)
            .arg("--out")
            .arg(&out)
            .output()
            .expect("the clientgen binary runs");
        let wanted = if matches!(expect, BuiltExpect::Compiles(_)) {
            0
        } else {
            1
        };
        assert_eq!(
            run.status.code(),
            Some(wanted),
            "{name}: CLI exit status; stderr:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}

#[test]
fn hostile_crates_compile_clippy_clean() {
    let specs = scratch("compile");
    let mut workspace = common::CrateWorkspace::new("hostile");
    for (name, spec, expect) in all_cases(&specs) {
        if !matches!(expect, BuiltExpect::Compiles(_)) {
            continue;
        }
        let output =
            generate(&spec, &name).unwrap_or_else(|e| panic!("{name}: generation failed: {e}"));
        workspace.add(&name, &spec, &output);
    }
    workspace.assert_clippy_clean();
}
