//! Which template files are the runtime a generated crate gets, and what it gets of them.
//!
//! `templates/runtime/` is also a crate of its own (`clientgen-runtime`), so that the runtime's
//! tests and clippy run once, not once per generated crate. A generated crate gets the `.rs`
//! files directly in that folder, verbatim but for their unit tests: by convention the last
//! item of a runtime file, `#[cfg(test)] mod tests { .. }`, which is cut. The crate's own
//! `src/lib.rs` (standing in for a generated `lib.rs`) and `tests/` are not copied.

/// The line that opens a runtime file's unit tests, which run in the runtime crate only.
const TESTS: &str = "#[cfg(test)]\nmod tests {\n";

/// Whether the template file `name` (relative to `templates/`) is copied into a generated
/// crate as `src/<name>`.
pub(super) fn is_copied(name: &str) -> bool {
    name.strip_prefix("runtime/")
        .is_some_and(|file| file.ends_with(".rs") && !file.contains('/'))
}

/// `source` without its trailing `#[cfg(test)] mod tests { .. }`, if it has one. Fails when
/// anything follows that module: rustfmt puts the module's closing brace alone at the start
/// of a line, and it must be the file's last line.
pub(super) fn without_tests(source: &str) -> Result<String, String> {
    let start = if source.starts_with(TESTS) {
        Some(0)
    } else {
        source.find(&format!("\n{TESTS}")).map(|at| at + 1)
    };
    let Some(start) = start else {
        return Ok(source.to_owned());
    };
    let tests = &source[start..];
    let end = tests.find("\n}\n").map(|at| at + "\n}\n".len());
    if end != Some(tests.len()) {
        return Err(
            "the unit tests (`#[cfg(test)] mod tests { .. }`) must be the file's last item, \
             formatted by rustfmt"
                .to_owned(),
        );
    }
    let mut code = source[..start].trim_end().to_owned();
    code.push('\n');
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_runtime_folders_own_files_are_copied() {
        assert!(is_copied("runtime/client.rs"));
        assert!(is_copied("runtime/mod.rs"));
        assert!(!is_copied("runtime/src/lib.rs"));
        assert!(!is_copied("runtime/tests/http/main.rs"));
        assert!(!is_copied("runtime/CONTRACT.md"));
        assert!(!is_copied("lib.rs.j2"));
        assert!(!is_copied("docs/runtime/x.rs"));
    }

    #[test]
    fn trailing_unit_tests_are_cut() {
        let source = "//! Docs.\n\npub fn f() {}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    mod inner {\n        #[test]\n        fn t() {}\n    }\n}\n";
        assert_eq!(
            without_tests(source).as_deref(),
            Ok("//! Docs.\n\npub fn f() {}\n")
        );
        let untested = "pub fn f() {}\n";
        assert_eq!(without_tests(untested).as_deref(), Ok(untested));
        // A `cfg(test)` item that is not the test module stays (it compiles only in tests).
        let helper = "#[cfg(test)]\nfn helper() {}\n";
        assert_eq!(without_tests(helper).as_deref(), Ok(helper));
    }

    #[test]
    fn code_after_the_unit_tests_is_an_error() {
        let source = "pub fn f() {}\n\n#[cfg(test)]\nmod tests {\n}\n\npub fn g() {}\n";
        let error = without_tests(source).unwrap_err();
        assert!(error.contains("last item"), "{error}");
        let unformatted = "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    fn t() {} }\n";
        assert!(without_tests(unformatted).is_err());
    }

    /// The copies hold no test code: every test of the runtime runs in the runtime crate.
    #[test]
    fn generated_crates_get_the_runtime_without_its_tests() {
        let runtime: Vec<_> = super::super::builtin::TEMPLATES
            .iter()
            .filter(|(name, _)| is_copied(name))
            .collect();
        assert!(runtime.iter().any(|(name, _)| *name == "runtime/mod.rs"));
        for (name, source) in runtime {
            let copy = without_tests(source).unwrap_or_else(|e| panic!("{name}: {e}"));
            for test_code in ["#[cfg(test)]", "#[test]", "#[tokio::test]"] {
                assert!(!copy.contains(test_code), "{name} keeps `{test_code}`");
            }
            assert!(copy.len() <= source.len());
        }
    }

    /// The runtime crate builds against the dependencies a generated crate gets.
    #[test]
    fn the_runtime_crate_has_the_generated_crates_runtime_dependencies() {
        let templates = concat!(env!("CARGO_MANIFEST_DIR"), "/../templates");
        let read = |file: &str| {
            std::fs::read_to_string(format!("{templates}/{file}"))
                .unwrap_or_else(|e| panic!("{file}: {e}"))
        };
        let generated = read("Cargo.toml.j2");
        let runtime = read("runtime/Cargo.toml");
        // The `[dependencies]` lines, comments aside; a generated crate's end with the models'.
        let block = |manifest: &str| -> Vec<String> {
            let dependencies = manifest.split("\n[dependencies]\n").nth(1).unwrap_or("");
            dependencies
                .lines()
                .take_while(|line| !line.starts_with('[') && *line != "# Types used by the models.")
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(str::to_owned)
                .collect()
        };
        let generated = block(&generated);
        assert!(generated.iter().any(|line| line.starts_with("reqwest")));
        assert_eq!(block(&runtime), generated);
    }
}
