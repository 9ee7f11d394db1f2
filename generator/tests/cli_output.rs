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

/// Operations without tags in Stripe's style (see the fixture's description).
const UNTAGGED: &str = include_str!("fixtures/path_groups.yaml");

/// Two resources under one tag.
const ONE_TAG: &str = "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\npaths:\n  /pets:\n    \
    get: {tags: [shop], operationId: listPets, responses: {'204': {description: none}}}\n  \
    /owners:\n    get: {tags: [shop], operationId: listOwners, responses: {'204': {description: none}}}\n";

/// The API modules of the crate in `out`: its `src/apis/*.rs` files but `mod.rs`, sorted.
fn api_modules(out: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(out.join("src/apis"))
        .expect("src/apis")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "mod.rs")
        .filter_map(|name| name.strip_suffix(".rs").map(str::to_string))
        .collect();
    names.sort();
    names
}

#[test]
fn untagged_operations_are_grouped_by_their_path() {
    let work = workdir(UNTAGGED);
    generate(work.path(), &["--out", "out"]);
    let out = work.path().join("out");
    // Tagged `listCharges` keeps its tag's module; `payment_intents` is a path group whose
    // name, after snake_case, a tag's module took first.
    assert_eq!(
        api_modules(&out),
        [
            "customers",
            "default_api",
            "invoices",
            "payment_intents",
            "payment_intents2",
            "types_api"
        ]
    );
    for (module, needles) in [
        (
            "customers",
            &[
                "pub fn list_customers(",
                "pub fn get_customer(",
                "Operations on `/v1/customers` and the paths below it",
            ][..],
        ),
        ("payment_intents", &["pub fn list_charges("][..]),
        ("payment_intents2", &["pub fn create_payment_intent("][..]),
        ("default_api", &["pub fn root(", "Operations on `/`:"][..]),
    ] {
        let code = read(&out.join(format!("src/apis/{module}.rs")));
        for needle in needles {
            assert!(code.contains(needle), "{module}: no {needle} in:\n{code}");
        }
    }
    // Each module is a cargo feature.
    let manifest = read(&out.join("Cargo.toml"));
    for feature in ["customers = []", "invoices = []", "payment_intents2 = []"] {
        assert!(manifest.contains(feature), "{feature}:\n{manifest}");
    }
    // The same spec gives the same names again.
    generate(work.path(), &["--out", "out", "--check"]);
}

#[test]
fn group_by_path_ignores_tags_and_group_by_tag_is_the_default() {
    let work = workdir(UNTAGGED);
    generate(work.path(), &["--out", "by-path", "--group-by", "path"]);
    assert_eq!(
        api_modules(&work.path().join("by-path")),
        [
            "charges",
            "customers",
            "default_api",
            "invoices",
            "payment_intents",
            "types_api"
        ]
    );
    generate(work.path(), &["--out", "by-tag", "--group-by", "tag"]);
    generate(work.path(), &["--out", "by-tag", "--check"]);

    // One tag for everything: one module by tag, one per resource by path.
    let tagged = workdir(ONE_TAG);
    generate(tagged.path(), &["--out", "by-tag"]);
    assert_eq!(api_modules(&tagged.path().join("by-tag")), ["shop"]);
    generate(tagged.path(), &["--out", "by-path", "--group-by", "path"]);
    assert_eq!(
        api_modules(&tagged.path().join("by-path")),
        ["owners", "pets"]
    );
}

#[test]
fn a_bad_group_by_is_a_usage_error() {
    let work = workdir(PETS);
    let output = Command::new(env!("CARGO_BIN_EXE_clientgen"))
        .args([
            "generate",
            "--spec",
            "spec.yaml",
            "--out",
            "out",
            "--group-by",
            "tags",
        ])
        .current_dir(work.path())
        .output()
        .expect("the clientgen binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`tags` is neither `tag` nor `path`"),
        "{stderr}"
    );
    assert!(!work.path().join("out").exists());
}
