//! The write stage: put a generated file tree on disk, touching only what changed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What `write_tree` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    /// Files created or rewritten because their contents changed.
    pub written: Vec<String>,
    /// Files left alone because they were already up to date.
    pub unchanged: usize,
    /// Stale files removed (present on disk, no longer generated).
    pub removed: Vec<String>,
}

/// Writes `files` (relative path → contents) under `out`.
///
/// Only files whose contents differ are rewritten, so timestamps and incremental builds stay
/// stable. Files under `out` that are not in `files` are stale and removed; hidden entries
/// (`.git`, ...) and `target/` are never touched.
pub fn write_tree(out: &Path, files: &BTreeMap<String, String>) -> io::Result<WriteSummary> {
    let mut summary = WriteSummary::default();
    // Folders known to exist, and whether they were just created (and so hold no file yet):
    // one `mkdir` per folder rather than per file, and no read of a file that cannot exist.
    let mut folders: BTreeMap<PathBuf, bool> = BTreeMap::new();
    for (relative, contents) in files {
        let path = out.join(relative);
        let created = match path.parent() {
            Some(parent) => match folders.get(parent) {
                Some(&created) => created,
                None => {
                    let created = !parent.is_dir();
                    fs::create_dir_all(parent)?;
                    folders.insert(parent.to_path_buf(), created);
                    created
                }
            },
            None => false,
        };
        if !created && unchanged(&path, contents.as_bytes()) {
            summary.unchanged += 1;
            continue;
        }
        fs::write(&path, contents)?;
        summary.written.push(relative.clone());
    }
    let wanted: BTreeSet<&str> = files.keys().map(String::as_str).collect();
    for relative in existing_files(out)? {
        if !wanted.contains(relative.as_str()) {
            fs::remove_file(out.join(&relative))?;
            summary.removed.push(relative);
        }
    }
    remove_empty_dirs(out)?;
    Ok(summary)
}

/// Whether the file at `path` holds exactly `contents` (its size is checked before it is read).
fn unchanged(path: &Path, contents: &[u8]) -> bool {
    let same_size =
        fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == contents.len() as u64);
    same_size && fs::read(path).is_ok_and(|on_disk| on_disk == contents)
}

/// Every file under `root` as a `/`-separated relative path, skipping hidden entries and `target`.
pub fn existing_files(root: &Path) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    if root.is_dir() {
        collect(root, PathBuf::new(), &mut found)?;
    }
    found.sort();
    Ok(found)
}

fn collect(root: &Path, relative: PathBuf, found: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(root.join(&relative))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || (relative.as_os_str().is_empty() && name == "target") {
            continue;
        }
        let child = relative.join(&name);
        if entry.file_type()?.is_dir() {
            collect(root, child, found)?;
        } else {
            found.push(child.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

fn remove_empty_dirs(dir: &Path) -> io::Result<bool> {
    if !dir.is_dir() {
        return Ok(false);
    }
    let mut empty = true;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let path = entry.path();
        if entry.file_type()?.is_dir()
            && !name.to_string_lossy().starts_with('.')
            && name != "target"
            && remove_empty_dirs(&path)?
        {
            fs::remove_dir(&path)?;
            continue;
        }
        empty = false;
    }
    Ok(empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("clientgen-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn rewrites_only_changed_files_and_removes_stale_ones() {
        let dir = temp_dir("tree");
        let mut files = BTreeMap::new();
        files.insert("a.txt".to_string(), "one".to_string());
        files.insert("src/b.rs".to_string(), "two".to_string());
        let first = write_tree(&dir, &files).unwrap();
        assert_eq!(first.written, vec!["a.txt", "src/b.rs"]);

        files.insert("a.txt".to_string(), "changed".to_string());
        files.remove("src/b.rs");
        let second = write_tree(&dir, &files).unwrap();
        assert_eq!(second.written, vec!["a.txt"]);
        assert_eq!(second.removed, vec!["src/b.rs"]);
        assert!(!dir.join("src").exists(), "empty directories are removed");

        let third = write_tree(&dir, &files).unwrap();
        assert!(third.written.is_empty());
        assert_eq!(third.unchanged, 1);
        fs::remove_dir_all(&dir).unwrap();
    }
}
