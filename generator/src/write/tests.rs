//! The write rules, on temporary folders.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::manifest::Manifest;
use super::*;

/// A file map from `(path, contents)` pairs (also used by the other modules' tests).
pub(crate) fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn put(out: &Path, relative: &str, contents: &str) {
    let path = out.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap();
}

fn read(out: &Path, relative: &str) -> String {
    fs::read_to_string(out.join(relative)).unwrap()
}

const SAFE: WriteOptions = WriteOptions { force: false };
const FORCE: WriteOptions = WriteOptions { force: true };

#[test]
fn rewrites_only_changed_files_and_removes_stale_ones_with_their_empty_folders() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("crate");
    let mut generated = files(&[("a.txt", "one"), ("src/deep/b.rs", "two")]);
    let first = write_tree(&out, &generated, &SAFE).unwrap();
    assert_eq!(first.written, ["a.txt", "src/deep/b.rs"]);
    let manifest = Manifest::parse(&read(&out, MANIFEST_FILE)).unwrap();
    assert_eq!(manifest, Manifest::of(&generated));

    generated.insert("a.txt".into(), "changed".into());
    generated.remove("src/deep/b.rs");
    let second = write_tree(&out, &generated, &SAFE).unwrap();
    assert_eq!(second.written, ["a.txt"]);
    assert_eq!(second.removed, ["src/deep/b.rs"]);
    assert!(!out.join("src").exists(), "folders left empty are removed");
    assert!(!read(&out, MANIFEST_FILE).contains("b.rs"));

    let third = write_tree(&out, &generated, &SAFE).unwrap();
    assert!(third.written.is_empty() && third.removed.is_empty());
    assert_eq!(third.unchanged, 1);
    assert!(plan(&out, &generated, &SAFE).unwrap().is_noop());
}

#[test]
fn files_clientgen_did_not_write_survive_and_are_listed_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    write_tree(
        out,
        &files(&[("src/lib.rs", "lib"), ("old.rs", "old")]),
        &SAFE,
    )
    .unwrap();
    for (path, text) in [
        ("notes.txt", "mine"),
        ("src/main.rs", "fn main() {}"),
        ("data/deep/important.csv", "1,2"),
        ("Cargo.lock", "# cargo's"),
        (".git/HEAD", "ref"),
        ("target/debug/x", "build"),
        ("src/.DS_Store", "finder"),
    ] {
        put(out, path, text);
    }
    fs::create_dir_all(out.join("empty/folder")).unwrap();

    let generated = files(&[("src/lib.rs", "lib 2")]);
    let plan = plan(out, &generated, &SAFE).unwrap();
    assert_eq!(
        plan.unknown,
        ["data/deep/important.csv", "notes.txt", "src/main.rs"]
    );
    let warnings = plan.warnings(false);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].ends_with(
            "3 files clientgen did not write, left alone: data/deep/important.csv, notes.txt, src/main.rs"
        ),
        "{warnings:?}"
    );
    let summary = apply(out, &generated, &plan).unwrap();
    assert_eq!(summary.removed, ["old.rs"]);
    assert_eq!(read(out, "notes.txt"), "mine");
    assert_eq!(read(out, "src/main.rs"), "fn main() {}");
    assert_eq!(read(out, "data/deep/important.csv"), "1,2");
    assert_eq!(read(out, "Cargo.lock"), "# cargo's");
    assert_eq!(read(out, ".git/HEAD"), "ref");
    assert_eq!(read(out, "target/debug/x"), "build");
    assert!(
        out.join("empty/folder").is_dir(),
        "a user's empty folder stays"
    );
    assert_eq!(read(out, "src/lib.rs"), "lib 2");
}

#[test]
fn hand_edits_are_overwritten_when_generated_and_kept_when_stale() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    write_tree(
        out,
        &files(&[("a.rs", "a"), ("b.rs", "b"), ("c.rs", "c")]),
        &SAFE,
    )
    .unwrap();
    fs::write(out.join("a.rs"), "a, edited").unwrap();
    fs::write(out.join("b.rs"), "b, edited").unwrap();

    let generated = files(&[("a.rs", "a 2")]);
    let plan = plan(out, &generated, &SAFE).unwrap();
    assert_eq!(plan.writes, [("a.rs".to_string(), WriteReason::HandEdited)]);
    assert_eq!(plan.removes, ["c.rs"], "untouched stale files go");
    assert_eq!(plan.kept, ["b.rs"], "an edited stale file stays");
    let warnings = plan.warnings(false).join("\n");
    assert!(warnings.contains("overwriting 1 file edited by hand since clientgen wrote them: a.rs"));
    assert!(warnings.contains("leaving 1 file that clientgen no longer generates"));
    apply(out, &generated, &plan).unwrap();
    assert_eq!(read(out, "a.rs"), "a 2");
    assert_eq!(read(out, "b.rs"), "b, edited");
    assert!(!out.join("c.rs").exists());
    // No longer listed: from now on b.rs is the user's.
    let next = super::plan(out, &generated, &SAFE).unwrap();
    assert_eq!(next.unknown, ["b.rs"]);
    assert!(next.is_noop());
}

#[test]
fn a_folder_without_a_manifest_is_refused_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    put(out, "Cargo.toml", "[package] # mine");
    put(out, "notes.txt", "mine");
    let generated = files(&[("Cargo.toml", "[package]"), ("src/lib.rs", "lib")]);

    let error = write_tree(out, &generated, &SAFE).unwrap_err();
    let message = error.to_string();
    assert!(
        matches!(&error, WriteError::NotClientgenOutput { present, overwrites, .. }
            if present == &["Cargo.toml", "notes.txt"] && overwrites == &["Cargo.toml"]),
        "{message}"
    );
    assert!(message.contains("--force"), "{message}");
    assert!(!out.join("src").exists(), "nothing is written");
    assert!(!out.join(MANIFEST_FILE).exists());

    let summary = write_tree(out, &generated, &FORCE).unwrap();
    assert_eq!(summary.written, ["Cargo.toml", "src/lib.rs"]);
    assert_eq!(read(out, "notes.txt"), "mine");
    assert!(out.join(MANIFEST_FILE).is_file());
}

#[test]
fn only_cargo_lock_hidden_entries_and_target_count_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    put(out, "Cargo.lock", "lock");
    put(out, ".git/HEAD", "ref");
    put(out, "target/x", "build");
    let generated = files(&[("src/lib.rs", "lib")]);
    write_tree(out, &generated, &SAFE).unwrap();
    assert_eq!(read(out, "Cargo.lock"), "lock");
}

#[test]
fn a_deleted_manifest_is_recreated_when_every_file_is_clientgens() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let generated = files(&[("a.rs", "a"), ("src/b.rs", "b")]);
    write_tree(out, &generated, &SAFE).unwrap();
    fs::remove_file(out.join(MANIFEST_FILE)).unwrap();
    let summary = write_tree(out, &generated, &SAFE).unwrap();
    assert!(summary.written.is_empty());
    assert!(out.join(MANIFEST_FILE).is_file());

    // With a file edited as well, clientgen cannot tell: refused.
    fs::remove_file(out.join(MANIFEST_FILE)).unwrap();
    fs::write(out.join("a.rs"), "a, edited").unwrap();
    assert!(matches!(
        write_tree(out, &generated, &SAFE),
        Err(WriteError::NotClientgenOutput { .. })
    ));
}

#[test]
fn a_generated_path_never_overwrites_a_users_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    write_tree(out, &files(&[("a.rs", "a")]), &SAFE).unwrap();
    put(out, "src/extra.rs", "mine");
    let generated = files(&[("a.rs", "a"), ("src/extra.rs", "generated")]);
    let error = write_tree(out, &generated, &SAFE).unwrap_err();
    assert!(
        matches!(&error, WriteError::WouldOverwrite { paths, .. } if paths == &["src/extra.rs"]),
        "{error}"
    );
    assert_eq!(read(out, "src/extra.rs"), "mine");

    let plan = plan(out, &generated, &FORCE).unwrap();
    assert_eq!(plan.written_for(WriteReason::NotOurs), ["src/extra.rs"]);
    apply(out, &generated, &plan).unwrap();
    assert_eq!(read(out, "src/extra.rs"), "generated");
}

#[test]
fn a_tampered_manifest_cannot_reach_outside_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("crate");
    put(dir.path(), "victim.txt", "keep");
    let hash = manifest::sha256_hex(b"keep");
    put(&out, MANIFEST_FILE, &format!("{hash}  ../victim.txt\n"));
    let error = write_tree(&out, &files(&[("a.rs", "a")]), &FORCE).unwrap_err();
    assert!(matches!(error, WriteError::BadManifest { .. }), "{error}");
    assert!(error.to_string().contains("line 1"), "{error}");
    assert_eq!(read(dir.path(), "victim.txt"), "keep");
}

#[test]
fn unsafe_generated_paths_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["../x", "/abs", "a/../../b", MANIFEST_FILE, "a\nb"] {
        let error = write_tree(dir.path(), &files(&[(bad, "x")]), &FORCE).unwrap_err();
        assert!(
            matches!(error, WriteError::UnsafePath(_)),
            "{bad:?}: {error}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_at_a_generated_path_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("crate");
    write_tree(&out, &files(&[("a.rs", "a")]), &SAFE).unwrap();
    put(dir.path(), "elsewhere.txt", "keep");
    fs::remove_file(out.join("a.rs")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("elsewhere.txt"), out.join("a.rs")).unwrap();
    let plan = plan(&out, &files(&[("a.rs", "a 2")]), &SAFE).unwrap();
    assert_eq!(plan.writes, [("a.rs".to_string(), WriteReason::HandEdited)]);
    apply(&out, &files(&[("a.rs", "a 2")]), &plan).unwrap();
    assert_eq!(read(dir.path(), "elsewhere.txt"), "keep");
    assert!(!fs::symlink_metadata(out.join("a.rs")).unwrap().is_symlink());
}
