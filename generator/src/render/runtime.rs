//! Which template files are the runtime a generated crate gets, and what it gets of them.
//!
//! `templates/runtime/` is also a crate of its own (`clientgen-runtime`), so that the runtime's
//! tests and clippy run once, not once per generated crate. A generated crate gets the `.rs`
//! files directly in that folder, verbatim but for their unit tests, which are cut. By
//! convention they are the last item of a runtime file, in one of two forms: inline,
//! `#[cfg(test)] mod tests { .. }`, or, for a long file, in a file of `unit_tests/`:
//! `#[cfg(test)] #[path = "unit_tests/<file>.rs"] mod tests;`. The crate's own `src/lib.rs`
//! (standing in for a generated `lib.rs`), `unit_tests/` and `tests/` are not copied.

/// The attribute that opens a runtime file's unit tests, which run in the runtime crate only.
const CFG_TEST: &str = "#[cfg(test)]\n";
/// What follows [`CFG_TEST`] in the inline form: the module's body, to the file's end.
const INLINE: &str = "mod tests {\n";
/// What follows [`CFG_TEST`] in the out-of-line form: the path of the tests' file, then
/// [`OUT_OF_LINE_END`], the file's last line.
const OUT_OF_LINE: &str = "#[path = \"unit_tests/";
const OUT_OF_LINE_END: &str = "\"]\nmod tests;\n";

/// Whether the template file `name` (relative to `templates/`) is copied into a generated
/// crate as `src/<name>`.
pub(super) fn is_copied(name: &str) -> bool {
    name.strip_prefix("runtime/")
        .is_some_and(|file| file.ends_with(".rs") && !file.contains('/'))
}

/// `source` without its unit tests (either form), if it has them. Fails when anything
/// follows them: rustfmt puts the inline module's closing brace alone at the start of a line,
/// and it, or the out-of-line module's `mod tests;`, must be the file's last line.
pub(super) fn without_tests(source: &str) -> Result<String, String> {
    let Some(start) = tests_start(source) else {
        return Ok(source.to_owned());
    };
    let tests = &source[start + CFG_TEST.len()..];
    let is_last_item = match tests.strip_prefix(OUT_OF_LINE) {
        Some(path) => path
            .strip_suffix(OUT_OF_LINE_END)
            .is_some_and(|file| file.ends_with(".rs") && !file.contains(['"', '\n'])),
        None => tests.find("\n}\n").map(|at| at + "\n}\n".len()) == Some(tests.len()),
    };
    if !is_last_item {
        return Err(
            "the unit tests (`#[cfg(test)] mod tests { .. }`, or `#[cfg(test)] \
             #[path = \"unit_tests/<file>.rs\"] mod tests;`) must be the file's last item, \
             formatted by rustfmt"
                .to_owned(),
        );
    }
    let mut code = source[..start].trim_end().to_owned();
    code.push('\n');
    Ok(code)
}

/// Where the first `#[cfg(test)]` that opens a unit test module starts, at a line's start.
fn tests_start(source: &str) -> Option<usize> {
    let opens_tests = |at: usize| {
        let rest = &source[at + CFG_TEST.len()..];
        rest.starts_with(INLINE) || rest.starts_with(OUT_OF_LINE)
    };
    source
        .match_indices(CFG_TEST)
        .map(|(at, _)| at)
        .filter(|&at| at == 0 || source[..at].ends_with('\n'))
        .find(|&at| opens_tests(at))
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
    fn unit_tests_in_a_file_of_their_own_are_cut() {
        let source = "//! Docs.\n\n#[cfg(test)]\nfn helper() {}\n\npub fn f() {}\n\n#[cfg(test)]\n#[path = \"unit_tests/f.rs\"]\nmod tests;\n";
        assert_eq!(
            without_tests(source).as_deref(),
            Ok("//! Docs.\n\n#[cfg(test)]\nfn helper() {}\n\npub fn f() {}\n")
        );
        let only_tests = "#[cfg(test)]\n#[path = \"unit_tests/f.rs\"]\nmod tests;\n";
        assert_eq!(without_tests(only_tests).as_deref(), Ok("\n"));
    }

    #[test]
    fn code_after_the_unit_tests_is_an_error() {
        let source = "pub fn f() {}\n\n#[cfg(test)]\nmod tests {\n}\n\npub fn g() {}\n";
        let error = without_tests(source).unwrap_err();
        assert!(error.contains("last item"), "{error}");
        let unformatted = "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    fn t() {} }\n";
        assert!(without_tests(unformatted).is_err());
        let out_of_line =
            "pub fn f() {}\n\n#[cfg(test)]\n#[path = \"unit_tests/f.rs\"]\nmod tests;\n";
        for bad in [
            format!("{out_of_line}\npub fn g() {{}}\n"),
            out_of_line.replace("mod tests;", "mod tests; fn g() {}"),
            out_of_line.replace("f.rs", "f.txt"),
            out_of_line.replace("mod tests;\n", "mod tests;"),
        ] {
            let error = without_tests(&bad).unwrap_err();
            assert!(error.contains("last item"), "{bad:?}: {error}");
        }
    }

    /// Each file of `templates/runtime/unit_tests/` is the unit tests of the runtime file of
    /// the same name, declared as that file's last item: none is left out of the build.
    #[test]
    fn every_unit_test_file_belongs_to_its_runtime_file() {
        let runtime = concat!(env!("CARGO_MANIFEST_DIR"), "/../templates/runtime");
        let mut files: Vec<String> = std::fs::read_dir(format!("{runtime}/unit_tests"))
            .expect("templates/runtime/unit_tests is readable")
            .map(|entry| {
                entry
                    .expect("a folder entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        files.sort();
        assert!(files.iter().any(|file| file == "error.rs"), "{files:?}");
        for file in files {
            let source = std::fs::read_to_string(format!("{runtime}/{file}"))
                .unwrap_or_else(|e| panic!("unit_tests/{file} has no runtime file: {e}"));
            let declaration =
                format!("\n#[cfg(test)]\n#[path = \"unit_tests/{file}\"]\nmod tests;\n");
            assert!(
                source.ends_with(&declaration),
                "{file} does not end with {declaration:?}"
            );
        }
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
