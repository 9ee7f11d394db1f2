//! Every fixture's generated crate must compile without warnings and pass clippy (one
//! workspace, one `cargo clippy`: see `common/mod.rs`).

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

    let mut workspace = common::CrateWorkspace::new("fixtures");
    for (stem, spec) in &fixtures {
        let options = clientgen::Options {
            crate_name: Some(format!("fixture-{}", stem.replace('_', "-"))),
            ..clientgen::Options::default()
        };
        let output = clientgen::generate(spec, &options)
            .unwrap_or_else(|e| panic!("{stem}: generation failed: {e}"));
        workspace.add(stem, spec, &output);
    }
    workspace.assert_clippy_clean();
}
