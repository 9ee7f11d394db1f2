//! The write stage: put a generated file tree on disk, touching only clientgen's own files.
//!
//! The output folder keeps a [`manifest`] of the files clientgen wrote there and their hashes.
//! [`plan`] reads the folder and decides, before anything is written, what happens to each
//! file; [`apply`] carries the plan out. The rules:
//!
//! - a generated file is written when its contents changed; one that was edited by hand since
//!   clientgen wrote it is overwritten too (it is generated), with a warning;
//! - a file the manifest lists that the spec no longer produces is removed, unless it was
//!   edited by hand (then it stays, with a warning), and so are the folders it leaves empty;
//! - every other file is the user's: never overwritten, never removed (warned about once, in
//!   one list). `Cargo.lock`, hidden entries (`.git`, ...) and the root `target/` are not even
//!   warned about;
//! - a non-empty folder without a manifest is refused, unless every file in it is exactly
//!   what clientgen generates, or [`WriteOptions::force`] is set; so is a generated path that
//!   would overwrite a file clientgen did not write.
//!
//! `generate --check` and `cargo xtask check` compare with the same plan (see [`crate::check`]).

mod error;
pub mod manifest;
mod plan;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use error::{count, list, WriteError};
pub use manifest::FILE_NAME as MANIFEST_FILE;
pub use plan::{plan, Plan, WriteReason};

/// How careful the write stage is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// Write into a non-empty folder that has no manifest, and overwrite files clientgen did
    /// not write where the generated crate has a file of the same name. Files with other names
    /// are still never touched.
    pub force: bool,
}

/// What [`apply`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    /// Files created or rewritten because their contents changed (the manifest aside).
    pub written: Vec<String>,
    /// Files left alone because they were already up to date.
    pub unchanged: usize,
    /// Stale files removed: clientgen wrote them, the spec no longer produces them.
    pub removed: Vec<String>,
}

/// Plans and applies: writes `files` (relative path → contents) under `out` by the rules above.
pub fn write_tree(
    out: &Path,
    files: &BTreeMap<String, String>,
    options: &WriteOptions,
) -> Result<WriteSummary, WriteError> {
    let plan = plan(out, files, options)?;
    apply(out, files, &plan)
}

/// Carries out `plan` (made by [`plan`] for the same `out` and `files`): writes what changed,
/// removes stale files and the folders they leave empty, and writes the manifest last.
pub fn apply(
    out: &Path,
    files: &BTreeMap<String, String>,
    plan: &Plan,
) -> Result<WriteSummary, WriteError> {
    let mut summary = WriteSummary {
        unchanged: plan.unchanged,
        ..WriteSummary::default()
    };
    fs::create_dir_all(out).map_err(WriteError::io(out))?;
    // One `mkdir` per folder, not per file.
    let mut folders = BTreeSet::new();
    for (relative, _) in &plan.writes {
        let contents = files.get(relative).ok_or_else(|| WriteError::Io {
            path: out.join(relative),
            source: io::Error::other("the plan names a file that is not generated"),
        })?;
        let path = out.join(relative);
        if let Some(parent) = path.parent() {
            if !folders.contains(parent) {
                fs::create_dir_all(parent).map_err(WriteError::io(parent))?;
                folders.insert(parent.to_path_buf());
            }
        }
        // Never write through a symlink: replace it with the file.
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            fs::remove_file(&path).map_err(WriteError::io(&path))?;
        }
        fs::write(&path, contents).map_err(WriteError::io(&path))?;
        summary.written.push(relative.clone());
    }
    for relative in &plan.removes {
        remove_file(out, relative)?;
        summary.removed.push(relative.clone());
    }
    if let Some(text) = &plan.manifest {
        // Through a temporary file and a rename, so the manifest is never half written.
        let path = out.join(MANIFEST_FILE);
        let temporary = out.join(format!("{MANIFEST_FILE}.tmp"));
        fs::write(&temporary, text).map_err(WriteError::io(&temporary))?;
        fs::rename(&temporary, &path).map_err(WriteError::io(&path))?;
    }
    Ok(summary)
}

/// Removes `out/relative`, then every parent folder it leaves empty, up to (not including) `out`.
pub fn remove_file(out: &Path, relative: &str) -> Result<(), WriteError> {
    let path = out.join(relative);
    fs::remove_file(&path).map_err(WriteError::io(&path))?;
    let mut folder = path.parent();
    while let Some(dir) = folder {
        // `remove_dir` fails on a folder that is not empty, which ends the walk.
        if dir == out || !dir.starts_with(out) || fs::remove_dir(dir).is_err() {
            break;
        }
        folder = dir.parent();
    }
    Ok(())
}

/// Every file under `root` as a `/`-separated relative path, skipping hidden entries and the
/// root `target/`.
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

#[cfg(test)]
pub(crate) mod tests;
