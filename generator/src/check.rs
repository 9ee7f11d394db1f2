//! Comparing a generated crate with its output folder without writing anything: what
//! `clientgen generate --check` and `cargo xtask check` report.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::diff;
use crate::write::{Plan, WriteReason, MANIFEST_FILE};

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
    /// The path as shown in the diff, `/`-separated (`generated/foo/src/lib.rs`).
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

/// Every file that applying `plan` (made for `files`) would change, manifest included, as a
/// diff from disk to what the generator writes, sorted by path. Paths are shown as
/// `{shown}/{relative}`.
pub fn diffs(plan: &Plan, files: &BTreeMap<String, String>, shown: &str) -> Vec<FileDiff> {
    let out = plan.out.as_path();
    let shown_path = |relative: &str| {
        if shown.is_empty() {
            relative.to_string()
        } else {
            format!("{shown}/{relative}")
        }
    };
    let mut diffs = Vec::new();
    let mut changed = |relative: &str, generated: Option<&String>, on_disk: Option<String>| {
        let change = match (&on_disk, generated) {
            (None, _) => Change::Missing,
            (_, None) => Change::Stale,
            _ => Change::Modified,
        };
        diffs.push(FileDiff {
            path: shown_path(relative),
            change,
            on_disk,
            generated: generated.cloned(),
        });
    };
    for (relative, reason) in &plan.writes {
        let on_disk = match reason {
            WriteReason::New => None,
            _ => Some(read_lossy(&out.join(relative))),
        };
        changed(relative, files.get(relative), on_disk);
    }
    if let Some(text) = &plan.manifest {
        let path = out.join(MANIFEST_FILE);
        let on_disk = path.is_file().then(|| read_lossy(&path));
        changed(MANIFEST_FILE, Some(text), on_disk);
    }
    for relative in &plan.removes {
        changed(relative, None, Some(read_lossy(&out.join(relative))));
    }
    diffs.sort_by(|a, b| a.path.cmp(&b.path));
    diffs
}

/// The contents of a file as text (a folder or an unreadable file reads as empty).
pub fn read_lossy(path: &Path) -> String {
    fs::read(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

/// Every diff, then a blank line and one line per file (`  modified generated/x/src/lib.rs`).
pub fn report(diffs: &[FileDiff]) -> String {
    let mut text: String = diffs.iter().map(FileDiff::unified).collect();
    text.push('\n');
    for diff in diffs {
        let what = match diff.change {
            Change::Modified => "modified",
            Change::Missing => "missing ",
            Change::Stale => "stale   ",
        };
        let _ = writeln!(text, "  {what} {}", diff.path);
    }
    text
}

/// The closing line of a failed check: `{what} is out of date: N files differ (...); {fix}`.
pub fn summary(what: &str, diffs: &[FileDiff], fix: &str) -> String {
    let count = |change| diffs.iter().filter(|d| d.change == change).count();
    format!(
        "{what} is out of date: {} files differ ({} modified, {} missing, {} stale); {fix}",
        diffs.len(),
        count(Change::Modified),
        count(Change::Missing),
        count(Change::Stale),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::tests::files;
    use crate::write::{plan, write_tree, WriteOptions};

    #[test]
    fn lists_what_generate_would_change_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("crate");
        let first = files(&[("a.txt", "a\n"), ("old.rs", "old\n"), ("same.md", "s\n")]);
        write_tree(&out, &first, &WriteOptions::default()).unwrap();
        fs::write(out.join("notes.txt"), "mine\n").unwrap();
        fs::write(out.join("a.txt"), "edited\n").unwrap();

        let second = files(&[("a.txt", "a\n"), ("new.rs", "new\n"), ("same.md", "s\n")]);
        let plan = plan(&out, &second, &WriteOptions::default()).unwrap();
        let diffs = diffs(&plan, &second, "crate");
        let kinds: Vec<_> = diffs.iter().map(|d| (d.path.as_str(), d.change)).collect();
        assert_eq!(
            kinds,
            [
                ("crate/.clientgen-manifest", Change::Modified),
                ("crate/a.txt", Change::Modified),
                ("crate/new.rs", Change::Missing),
                ("crate/old.rs", Change::Stale),
            ],
            "notes.txt is the user's, same.md is up to date"
        );
        assert!(diffs[1].unified().contains("-edited\n+a\n"));
        let report = report(&diffs);
        assert!(report.ends_with("\n  stale    crate/old.rs\n"), "{report}");
        assert_eq!(
            summary("crate/", &diffs, "fix it"),
            "crate/ is out of date: 4 files differ (2 modified, 1 missing, 1 stale); fix it"
        );
    }
}
