//! Every fixture's generated crate must compile without warnings and pass clippy (one
//! workspace, one `cargo clippy`: see `common/mod.rs`). A fixture with a test in
//! `tests/wire/<fixture>.rs` gets it as its crate's `tests/wire.rs`, which then must pass: it
//! checks what the generated client does on the wire (what a JSON value decodes to, which
//! request is sent).

mod common;

use std::path::{Path, PathBuf};

#[test]
fn generated_fixture_crates_compile_clippy_clean() {
    let fixtures_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    // (name, root document); a folder is a spec split over files, rooted at its `openapi.yaml`.
    let mut fixtures: Vec<(String, PathBuf)> = std::fs::read_dir(&fixtures_dir)
        .expect("tests/fixtures is readable")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            let p = if p.is_dir() {
                p.join("openapi.yaml")
            } else {
                p
            };
            p.extension()
                .is_some_and(|e| e == "yaml")
                .then_some((stem, p))
        })
        .collect();
    fixtures.sort();
    assert!(
        !fixtures.is_empty(),
        "no fixtures in {}",
        fixtures_dir.display()
    );

    let wire_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wire");
    let wire_common = std::fs::read_to_string(wire_dir.join("common.rs"))
        .expect("tests/wire/common.rs is readable");
    let mut workspace = common::CrateWorkspace::new("fixtures");
    for (stem, spec) in &fixtures {
        let package = format!("fixture-{}", stem.replace('_', "-"));
        let options = clientgen::Options {
            crate_name: Some(package.clone()),
            ..clientgen::Options::default()
        };
        let output = clientgen::generate(spec, &options)
            .unwrap_or_else(|e| panic!("{stem}: generation failed: {e}"));
        workspace.add(stem, spec, &output);
        if let Ok(source) = std::fs::read_to_string(wire_dir.join(format!("{stem}.rs"))) {
            workspace.add_wire_test(stem, &package, &source, &wire_common);
        }
    }
    workspace.assert_clippy_clean();
    workspace.run_wire_tests();
}
