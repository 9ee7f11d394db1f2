//! `cargo xtask check`: regenerate in memory and diff against `generated/` on disk.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use clientgen::write::existing_files;

use crate::diff;
use crate::generate::generate_client;
use crate::manifest::{Manifest, GENERATED_DIR};

/// How a file on disk differs from what the generator produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// On disk, with other contents (a hand edit, or a spec or template change not regenerated).
    Modified,
    /// Generated, but not on disk.
    Missing,
    /// On disk, but no longer generated.
    Stale,
}

/// One file that is out of date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDiff {
    /// Path relative to the repository root, `/`-separated (`generated/foo/src/lib.rs`).
    pub path: String,
    /// What kind of difference.
    pub change: Change,
    /// The contents on disk (`None` when missing).
    pub on_disk: Option<String>,
    /// The contents the generator produces (`None` when stale).
    pub generated: Option<String>,
}

impl FileDiff {
    /// A git-style unified diff from the file on disk to the generated one.
    pub fn unified(&self) -> String {
        diff::unified(
            &self.path,
            self.on_disk.as_deref(),
            self.generated.as_deref(),
        )
    }
}

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
            existing_files(&generated.join(&name))?
                .into_iter()
                .map(|f| format!("{name}/{f}"))
                .collect()
        } else {
            vec![name]
        };
        for file in files {
            let on_disk = read_lossy(&generated.join(&file))?;
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

/// Compares generated `files` (relative to `out`) with the folder `root/out`.
pub fn compare(
    root: &Path,
    out: &str,
    files: &BTreeMap<String, String>,
) -> io::Result<Vec<FileDiff>> {
    let dir = root.join(out);
    let mut diffs = Vec::new();
    for (relative, generated) in files {
        let path = format!("{out}/{relative}");
        match fs::read(dir.join(relative)) {
            Ok(bytes) if bytes == generated.as_bytes() => {}
            Ok(bytes) => diffs.push(FileDiff {
                path,
                change: Change::Modified,
                on_disk: Some(String::from_utf8_lossy(&bytes).into_owned()),
                generated: Some(generated.clone()),
            }),
            Err(error) if error.kind() == io::ErrorKind::NotFound => diffs.push(FileDiff {
                path,
                change: Change::Missing,
                on_disk: None,
                generated: Some(generated.clone()),
            }),
            Err(error) => return Err(error),
        }
    }
    for relative in existing_files(&dir)? {
        if !files.contains_key(&relative) {
            diffs.push(FileDiff {
                path: format!("{out}/{relative}"),
                change: Change::Stale,
                on_disk: Some(read_lossy(&dir.join(&relative))?),
                generated: None,
            });
        }
    }
    diffs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(diffs)
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
    for diff in &diffs {
        write!(stdout, "{}", diff.unified())?;
    }
    writeln!(stdout)?;
    for diff in &diffs {
        let what = match diff.change {
            Change::Modified => "modified",
            Change::Missing => "missing ",
            Change::Stale => "stale   ",
        };
        writeln!(stdout, "  {what} {}", diff.path)?;
    }
    stdout.flush()?;
    bail!("{}", summary(&diffs))
}

/// The closing line of a failed check.
pub fn summary(diffs: &[FileDiff]) -> String {
    let count = |change| diffs.iter().filter(|d| d.change == change).count();
    format!(
        "{GENERATED_DIR}/ is out of date: {} files differ ({} modified, {} missing, {} stale); \
         run `cargo xtask generate` and commit the result",
        diffs.len(),
        count(Change::Modified),
        count(Change::Missing),
        count(Change::Stale),
    )
}

fn read_lossy(path: &Path) -> io::Result<String> {
    Ok(String::from_utf8_lossy(&fs::read(path)?).into_owned())
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
                ("generated/x/new.md", Change::Missing),
                ("generated/x/old.rs", Change::Stale),
                ("generated/x/src/lib.rs", Change::Modified),
            ]
        );
        assert!(diffs[2].unified().contains("-edited\n+generated\n"));
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
