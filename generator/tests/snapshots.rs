//! Snapshot tests: for every fixture in `tests/fixtures/` and every spec in `specs/`, the IR
//! (JSON), the generated Rust code (`src/lib.rs`, `src/types.rs`, `src/apis/*.rs`) and the
//! diagnostics. Review changes with `cargo insta review`; accept new ones with
//! `INSTA_UPDATE=always cargo test -p clientgen --test snapshots`.
//!
//! Paths are relative to the package (`cargo test` runs there), so the diagnostics in the
//! snapshots do not depend on where the repository is checked out.

use std::fmt::Write as _;
use std::path::Path;

use clientgen::Options;

/// Snapshots the IR, the code and the diagnostics of the spec at `path` as `{name}__*`.
fn check(name: &str, path: &str) {
    let path = Path::new(path);
    let options = Options::default();
    let (api, ir_diagnostics) =
        clientgen::ir(path, &options).unwrap_or_else(|e| panic!("{name}: ir failed: {e}"));
    let output = clientgen::generate(path, &options)
        .unwrap_or_else(|e| panic!("{name}: generate failed: {e}"));
    assert_eq!(
        ir_diagnostics, output.diagnostics,
        "{name}: `ir` and `generate` disagree on the diagnostics"
    );

    let mut code = String::new();
    for (file, contents) in &output.files {
        let rust = file == "src/lib.rs"
            || file == "src/types.rs"
            || (file.starts_with("src/apis/") && file.ends_with(".rs"));
        if rust {
            writeln!(code, "// ===== {file} =====\n{contents}").unwrap();
        }
    }
    let diagnostics: String = output
        .diagnostics
        .iter()
        .map(|d| format!("{d}\n"))
        .collect();

    insta::assert_json_snapshot!(format!("{name}__ir"), api);
    insta::assert_snapshot!(format!("{name}__code"), code);
    insta::assert_snapshot!(format!("{name}__diagnostics"), diagnostics);
}

macro_rules! fixtures {
    ($($name:ident),* $(,)?) => {
        const FIXTURES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                check(stringify!($name), concat!("tests/fixtures/", stringify!($name), ".yaml"));
            }
        )*
    };
}

fixtures! {
    additional_properties,
    all_of,
    aws_query,
    docs,
    empty,
    enums,
    event_streams,
    formats,
    inline_schemas,
    missing_refs,
    mock_names,
    naming_collisions,
    naming_keywords,
    objects,
    openapi31,
    openapi31_more,
    openapi31_types,
    openapi31_webhooks,
    openapi32,
    operations,
    pagination_paths,
    params,
    path_groups,
    pointer_refs,
    recursion,
    refs,
    request_bodies,
    responses,
    security,
    shared_responses,
    swagger2,
    unions,
}

/// A spec split over several files (`tests/fixtures/multi_file/`): nested folders, path items,
/// parameters and schemas by relative `$ref`, cycles across files, one file reached by two
/// relative paths, and refused references. Diagnostics name the referenced files.
#[test]
fn multi_file() {
    check("multi_file", "tests/fixtures/multi_file/openapi.yaml");
}

macro_rules! specs {
    ($($name:ident => $file:literal),* $(,)?) => {
        const SPECS: &[&str] = &[$($file),*];
        $(
            #[test]
            fn $name() {
                check(concat!("spec_", stringify!($name)), concat!("../specs/", $file, ".yaml"));
            }
        )*
    };
}

specs! {
    archera_organizations => "archera-organizations",
    cloudflare_organizations => "cloudflare-organizations",
    contract_cases => "contract-cases",
    genesys_cloud => "genesys-cloud",
}

/// Names of the `*.yaml` files in `dir`, without the extension, sorted.
fn yaml_stems(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_and_spec_has_a_snapshot_test() {
    assert_eq!(
        yaml_stems("tests/fixtures"),
        FIXTURES,
        "list every fixture in `fixtures!`"
    );
    assert_eq!(yaml_stems("../specs"), SPECS, "list every spec in `specs!`");
}
