//! `cargo xtask check`: regenerate in memory and diff against `generated/` on disk.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use clientgen::check::{self, read_lossy};
use clientgen::write::{self, existing_files, WriteOptions, MANIFEST_FILE};

pub use clientgen::check::{Change, FileDiff};

use crate::generate::generate_client;
use crate::manifest::{Manifest, CHANGELOG_FILE, GENERATED_DIR};

/// Regenerates every client in memory and returns every file that differs from disk, sorted by path.
///
/// `templates` overrides the built-in templates (for tests); the real check passes `None`.
pub fn drift(root: &Path, manifest: &Manifest, templates: Option<&Path>) -> Result<Vec<FileDiff>> {
    let mut diffs = Vec::new();
    for client in &manifest.clients {
        let output = generate_client(root, client, templates)?;
        let found = compare(root, &client.out, &output.files)
            .with_context(|| format!("cannot read {}", client.out))?;
        diffs.extend(found);
    }
    let generated = root.join(GENERATED_DIR);
    for name in orphan_entries(root, manifest)? {
        let files = if generated.join(&name).is_dir() {
            orphan_files(&generated.join(&name))?
                .into_iter()
                .map(|f| format!("{name}/{f}"))
                .collect()
        } else {
            vec![name]
        };
        for file in files {
            let on_disk = read_lossy(&generated.join(&file));
            diffs.push(FileDiff {
                path: format!("{GENERATED_DIR}/{file}"),
                change: Change::Stale,
                on_disk: Some(on_disk),
                generated: None,
            });
        }
    }
    diffs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(diffs)
}

/// Compares generated `files` (relative to `out`) with the folder `root/out`, by the write
/// stage's plan (the manifest included). `generated/` holds nothing but generated files, so a
/// file the generator did not write there is stale too: `cargo xtask generate` removes it.
pub fn compare(root: &Path, out: &str, files: &BTreeMap<String, String>) -> Result<Vec<FileDiff>> {
    let dir = root.join(out);
    let plan = write::plan(&dir, files, &WriteOptions { force: true })?;
    let mut diffs = check::diffs(&plan, files, out);
    for relative in stale_files(&plan) {
        diffs.push(FileDiff {
            path: format!("{out}/{relative}"),
            change: Change::Stale,
            on_disk: Some(read_lossy(&dir.join(relative))),
            generated: None,
        });
    }
    diffs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(diffs)
}

/// The files of a crate folder that the generator did not write, its changelog aside: what
/// `cargo xtask generate` removes.
pub fn stale_files(plan: &write::Plan) -> impl Iterator<Item = &String> {
    let changelog = CHANGELOG_FILE;
    plan.unknown
        .iter()
        .chain(&plan.kept)
        .filter(move |relative| relative.as_str() != changelog)
}

/// The files of a folder under `generated/` that no client owns: what `generate` removes.
pub fn orphan_files(dir: &Path) -> io::Result<Vec<String>> {
    let mut files = existing_files(dir)?;
    if dir.join(MANIFEST_FILE).is_file() {
        files.insert(0, MANIFEST_FILE.to_string());
    }
    Ok(files)
}

/// Names directly under `generated/` that no manifest entry owns (hidden entries are ignored).
pub fn orphan_entries(root: &Path, manifest: &Manifest) -> io::Result<Vec<String>> {
    let generated = root.join(GENERATED_DIR);
    if !generated.is_dir() {
        return Ok(Vec::new());
    }
    let owned = manifest.crate_dirs();
    let mut orphans = Vec::new();
    for entry in fs::read_dir(&generated)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') && !owned.contains(name.as_str()) {
            orphans.push(name);
        }
    }
    orphans.sort();
    Ok(orphans)
}

/// The check behind `cargo xtask check` and the last CI step: prints every diff, then fails
/// with a summary when anything is out of date.
pub fn run(root: &Path, manifest: &Manifest) -> Result<()> {
    let diffs = drift(root, manifest, None)?;
    if diffs.is_empty() {
        println!(
            "check: {GENERATED_DIR}/ is up to date ({} crates regenerated in memory, no differences)",
            manifest.clients.len()
        );
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    write!(stdout, "{}", check::report(&diffs))?;
    stdout.flush()?;
    bail!("{}", summary(&diffs))
}

/// The closing line of a failed check.
pub fn summary(diffs: &[FileDiff]) -> String {
    check::summary(
        &format!("{GENERATED_DIR}/"),
        diffs,
        "run `cargo xtask generate` and commit the result",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn compare_finds_modified_missing_and_stale_files() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("generated/x");
        fs::create_dir_all(out.join("src")).unwrap();
        fs::write(out.join("same.txt"), "same\n").unwrap();
        fs::write(out.join("src/lib.rs"), "edited\n").unwrap();
        fs::write(out.join("old.rs"), "old\n").unwrap();
        fs::write(out.join(".hidden"), "ignored\n").unwrap();

        let wanted = files(&[
            ("same.txt", "same\n"),
            ("src/lib.rs", "generated\n"),
            ("new.md", "new\n"),
        ]);
        let diffs = compare(root.path(), "generated/x", &wanted).unwrap();
        let kinds: Vec<_> = diffs.iter().map(|d| (d.path.as_str(), d.change)).collect();
        assert_eq!(
            kinds,
            [
                ("generated/x/.clientgen-manifest", Change::Missing),
                ("generated/x/new.md", Change::Missing),
                ("generated/x/old.rs", Change::Stale),
                ("generated/x/src/lib.rs", Change::Modified),
            ]
        );
        assert!(diffs[3].unified().contains("-edited\n+generated\n"));
    }

    #[test]
    fn summary_tells_how_to_fix_it() {
        let diff = FileDiff {
            path: "generated/x/a".into(),
            change: Change::Stale,
            on_disk: None,
            generated: None,
        };
        let line = summary(&[diff]);
        assert!(
            line.contains("1 files differ (0 modified, 0 missing, 1 stale)"),
            "{line}"
        );
        assert!(line.contains("cargo xtask generate"), "{line}");
    }

    #[test]
    fn orphans_are_entries_no_client_owns() {
        let root = tempfile::tempdir().unwrap();
        for dir in ["generated/kept", "generated/gone", "generated/.git"] {
            fs::create_dir_all(root.path().join(dir)).unwrap();
        }
        fs::write(root.path().join("generated/loose.txt"), "x").unwrap();
        let manifest = Manifest::parse(
            "[[client]]\nspec = \"s.yaml\"\ncrate = \"kept\"\nout = \"generated/kept\"\n",
        )
        .unwrap();
        assert_eq!(
            orphan_entries(root.path(), &manifest).unwrap(),
            ["gone", "loose.txt"]
        );
    }
}
