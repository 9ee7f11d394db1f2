//! The drift check catches every way generated/ can fall out of step with specs and templates.
//!
//! Each test works on a temporary copy: a fixture spec, a manifest and a copy of `templates/`,
//! generated into the copy's own `generated/`. The real repository is never touched.

use std::fs;
use std::path::{Path, PathBuf};

use tempfile::TempDir;
use xtask::drift::{drift, Change, FileDiff};
use xtask::manifest::Manifest;
use xtask::{generate, repo_root};

const MANIFEST: &str = r#"
[[client]]
spec = "specs/petstore.yaml"
crate = "petstore"
out = "generated/petstore"
"#;

/// A temporary repository with the fixture spec, its manifest and a copy of `templates/`,
/// already generated with that copy.
struct Repo {
    dir: TempDir,
    manifest: Manifest,
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        fs::create_dir_all(root.join("specs")).unwrap();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/petstore.yaml");
        fs::copy(fixture, root.join("specs/petstore.yaml")).unwrap();
        fs::write(root.join("specs/clients.toml"), MANIFEST).unwrap();
        copy_dir(&repo_root().join("templates"), &root.join("templates"));
        let manifest = Manifest::load(root).expect("fixture manifest");
        let repo = Repo { dir, manifest };
        repo.generate();
        repo
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn templates(&self) -> PathBuf {
        self.root().join("templates")
    }

    fn generate(&self) {
        generate::run(self.root(), &self.manifest, Some(&self.templates())).expect("generate");
    }

    fn drift(&self) -> Vec<FileDiff> {
        drift(self.root(), &self.manifest, Some(&self.templates())).expect("drift check")
    }

    /// Replaces `from` with `to` in a file of the temporary repository; `from` must occur.
    fn edit(&self, relative: &str, from: &str, to: &str) {
        let path = self.root().join(relative);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn paths(diffs: &[FileDiff]) -> Vec<(&str, Change)> {
    diffs.iter().map(|d| (d.path.as_str(), d.change)).collect()
}

fn all_diffs(diffs: &[FileDiff]) -> String {
    diffs.iter().map(FileDiff::unified).collect()
}

#[test]
fn a_fresh_generation_has_no_drift() {
    let repo = Repo::new();
    assert!(repo.root().join("generated/petstore/Cargo.toml").is_file());
    assert!(repo.root().join("generated/petstore/src/lib.rs").is_file());
    let diffs = repo.drift();
    assert!(diffs.is_empty(), "unexpected drift:\n{}", all_diffs(&diffs));
}

#[test]
fn a_hand_edit_to_a_generated_file_is_caught() {
    let repo = Repo::new();
    let lib = repo.root().join("generated/petstore/src/lib.rs");
    let original = fs::read_to_string(&lib).unwrap();
    fs::write(&lib, format!("{original}\npub fn hand_written() {{}}\n")).unwrap();

    let diffs = repo.drift();
    assert_eq!(
        paths(&diffs),
        [("generated/petstore/src/lib.rs", Change::Modified)]
    );
    let text = diffs[0].unified();
    assert!(
        text.starts_with(
            "diff --git a/generated/petstore/src/lib.rs b/generated/petstore/src/lib.rs\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\n--- a/generated/petstore/src/lib.rs\n+++ b/generated/petstore/src/lib.rs\n@@ "
        ),
        "{text}"
    );
    assert!(
        text.contains("\n-pub fn hand_written() {}\n"),
        "the diff undoes the edit:\n{text}"
    );

    repo.generate();
    assert!(repo.drift().is_empty(), "generate repairs the edit");
    assert_eq!(fs::read_to_string(&lib).unwrap(), original);
}

#[test]
fn a_template_change_without_regeneration_is_caught() {
    let repo = Repo::new();
    let template = repo.templates().join("README.md.j2");
    let text = fs::read_to_string(&template).expect("templates/README.md.j2");
    fs::write(
        &template,
        format!("{text}\nA line added to the template.\n"),
    )
    .unwrap();

    let diffs = repo.drift();
    let readme = diffs
        .iter()
        .find(|d| d.path == "generated/petstore/README.md")
        .unwrap_or_else(|| panic!("README.md not reported: {:?}", paths(&diffs)));
    assert_eq!(readme.change, Change::Modified);
    assert!(
        readme
            .unified()
            .contains("\n+A line added to the template.\n"),
        "{}",
        readme.unified()
    );

    repo.generate();
    assert!(
        repo.drift().is_empty(),
        "generate picks up the template change"
    );
}

#[test]
fn a_spec_change_without_regeneration_is_caught() {
    let repo = Repo::new();
    repo.edit(
        "specs/petstore.yaml",
        "description: A free-form tag.",
        "description: A free-form tag.\n        \
         age:\n          type: integer\n          description: The pet's age in years.",
    );

    let diffs = repo.drift();
    assert!(
        !diffs.is_empty(),
        "a new property must change the generated crate"
    );
    assert!(
        diffs.iter().all(|d| d.change == Change::Modified),
        "{:?}",
        paths(&diffs)
    );
    let types = diffs
        .iter()
        .find(|d| d.path.ends_with(".rs"))
        .expect("a Rust file changes");
    assert!(all_diffs(&diffs).contains("age"), "{}", all_diffs(&diffs));
    assert!(
        types
            .unified()
            .lines()
            .any(|l| l.starts_with('+') && l.contains("age")),
        "{}",
        types.unified()
    );

    repo.generate();
    assert!(repo.drift().is_empty(), "generate picks up the spec change");
}

#[test]
fn missing_stale_and_orphaned_files_are_caught() {
    let repo = Repo::new();
    let generated = repo.root().join("generated");
    fs::remove_file(generated.join("petstore/Cargo.toml")).unwrap();
    fs::write(
        generated.join("petstore/src/extra.rs"),
        "pub fn extra() {}\n",
    )
    .unwrap();
    fs::create_dir_all(generated.join("removed-client/src")).unwrap();
    fs::write(generated.join("removed-client/src/lib.rs"), "//! gone\n").unwrap();

    let diffs = repo.drift();
    assert_eq!(
        paths(&diffs),
        [
            ("generated/petstore/Cargo.toml", Change::Missing),
            ("generated/petstore/src/extra.rs", Change::Stale),
            ("generated/removed-client/src/lib.rs", Change::Stale),
        ]
    );
    let text = all_diffs(&diffs);
    assert!(
        text.contains("--- /dev/null\n+++ b/generated/petstore/Cargo.toml\n"),
        "{text}"
    );
    assert!(
        text.contains("--- a/generated/removed-client/src/lib.rs\n+++ /dev/null\n"),
        "{text}"
    );

    repo.generate();
    assert!(
        repo.drift().is_empty(),
        "generate restores, removes stale files and orphaned crates"
    );
    assert!(!generated.join("removed-client").exists());
}

#[test]
fn a_fatal_spec_error_fails_the_check() {
    let repo = Repo::new();
    fs::write(
        repo.root().join("specs/petstore.yaml"),
        "openapi: [not, a, document\n",
    )
    .unwrap();
    let error = drift(repo.root(), &repo.manifest, Some(&repo.templates())).unwrap_err();
    let message = format!("{error:#}");
    assert!(message.contains("petstore"), "{message}");
    assert!(
        message.contains("specs/petstore.yaml"),
        "the spec is named relative to the root: {message}"
    );
}

#[test]
fn the_manifest_is_checked_like_any_generated_file() {
    let repo = Repo::new();
    let crate_dir = repo.root().join("generated/petstore");
    let manifest_path = crate_dir.join(".clientgen-manifest");
    let manifest = fs::read_to_string(&manifest_path).expect("generate writes the manifest");
    // One `<sha256>  <path>` line per generated file, as `sha256sum` writes them.
    let listed: Vec<&str> = manifest.lines().filter(|l| !l.starts_with('#')).collect();
    let files = clientgen::write::existing_files(&crate_dir).unwrap();
    assert_eq!(listed.len(), files.len(), "{manifest}");
    for (line, file) in listed.iter().zip(&files) {
        let bytes = fs::read(crate_dir.join(file)).unwrap();
        let hash = clientgen::write::manifest::sha256_hex(&bytes);
        assert_eq!(*line, format!("{hash}  {file}"));
    }

    fs::remove_file(&manifest_path).unwrap();
    assert_eq!(
        paths(&repo.drift()),
        [("generated/petstore/.clientgen-manifest", Change::Missing)]
    );
    repo.generate();
    assert_eq!(fs::read_to_string(&manifest_path).unwrap(), manifest);

    repo.edit(
        "generated/petstore/.clientgen-manifest",
        "  Cargo.toml",
        "  Cargo.toml.renamed",
    );
    assert_eq!(
        paths(&repo.drift()),
        [("generated/petstore/.clientgen-manifest", Change::Modified)]
    );
    repo.generate();
    assert!(repo.drift().is_empty(), "generate repairs the manifest");
}

#[test]
fn an_orphaned_crate_goes_with_its_manifest() {
    let repo = Repo::new();
    let generated = repo.root().join("generated");
    copy_dir(&generated.join("petstore"), &generated.join("old-client"));
    let diffs = repo.drift();
    assert!(
        diffs
            .iter()
            .all(|d| d.path.starts_with("generated/old-client/") && d.change == Change::Stale),
        "{:?}",
        paths(&diffs)
    );
    assert!(
        diffs
            .iter()
            .any(|d| d.path == "generated/old-client/.clientgen-manifest"),
        "{:?}",
        paths(&diffs)
    );
    repo.generate();
    assert!(!generated.join("old-client").exists());
    assert!(repo.drift().is_empty());
}

#[test]
fn generate_takes_over_a_crate_folder_without_a_manifest() {
    // generated/ is the generator's alone: a crate folder from before manifests, or with its
    // manifest deleted and files edited, is regenerated rather than refused.
    let repo = Repo::new();
    let crate_dir = repo.root().join("generated/petstore");
    fs::remove_file(crate_dir.join(".clientgen-manifest")).unwrap();
    repo.edit("generated/petstore/README.md", "#", "# edited");
    fs::write(crate_dir.join("notes.txt"), "stray\n").unwrap();
    assert_eq!(
        paths(&repo.drift()),
        [
            ("generated/petstore/.clientgen-manifest", Change::Missing),
            ("generated/petstore/README.md", Change::Modified),
            ("generated/petstore/notes.txt", Change::Stale),
        ]
    );
    repo.generate();
    assert!(repo.drift().is_empty());
    assert!(!crate_dir.join("notes.txt").exists());
}

#[test]
fn a_change_to_a_referenced_file_only_is_caught() {
    let repo = Repo::new();
    // `Pet`, the fixture's last schema, moves to a file of its own that the spec refers to.
    let spec = repo.root().join("specs/petstore.yaml");
    let text = fs::read_to_string(&spec).unwrap();
    let (head, pet) = text.split_once("\n    Pet:\n").expect("the Pet schema");
    let pet: String = pet
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("      ").unwrap_or(l)))
        .collect();
    fs::create_dir_all(repo.root().join("specs/models")).unwrap();
    fs::write(repo.root().join("specs/models/pet.yaml"), pet).unwrap();
    fs::write(
        &spec,
        format!("{head}\n    Pet:\n      $ref: './models/pet.yaml'\n"),
    )
    .unwrap();
    repo.generate();
    assert!(repo.drift().is_empty(), "generated from the two files");

    // Only the referenced file changes: the drift check reads it too.
    repo.edit(
        "specs/models/pet.yaml",
        "properties:\n",
        "properties:\n  weight:\n    type: number\n    description: The pet's weight.\n",
    );
    let diffs = repo.drift();
    assert!(
        all_diffs(&diffs).contains("weight"),
        "a property added in the referenced file must change the crate: {:?}",
        paths(&diffs)
    );
    repo.generate();
    assert!(
        repo.drift().is_empty(),
        "generate picks up the referenced file"
    );
}
