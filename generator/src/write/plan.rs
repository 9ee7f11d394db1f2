//! Deciding, before anything is written, what the write stage does with each file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::manifest::{self, sha256_hex, Manifest};
use super::{count, existing_files, list, WriteError, WriteOptions, MANIFEST_FILE};

/// Never written, removed or warned about: cargo creates it next to a crate's `Cargo.toml`.
const CARGO_LOCK: &str = "Cargo.lock";

/// Why a generated file is (re)written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteReason {
    /// Not on disk yet.
    New,
    /// clientgen wrote it, untouched since, and its contents changed.
    Changed,
    /// clientgen wrote it, and it was edited by hand since: the edit is overwritten.
    HandEdited,
    /// A file clientgen did not write, overwritten because of `--force`.
    NotOurs,
}

/// What the write stage will do in one output folder. Nothing has been written yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The output folder.
    pub out: PathBuf,
    /// Generated files to write, by path, and why.
    pub writes: Vec<(String, WriteReason)>,
    /// Generated files already up to date.
    pub unchanged: usize,
    /// Stale files to remove: listed in the manifest, untouched, no longer generated.
    pub removes: Vec<String>,
    /// Stale files left in place because they were edited by hand.
    pub kept: Vec<String>,
    /// Files clientgen did not write (hidden entries, `target/` and `Cargo.lock` aside).
    pub unknown: Vec<String>,
    /// The new manifest's text, when the one on disk is missing or different.
    pub manifest: Option<String>,
}

impl Plan {
    /// The generated files written for `reason`.
    pub fn written_for(&self, reason: WriteReason) -> Vec<String> {
        self.writes
            .iter()
            .filter(|(_, r)| *r == reason)
            .map(|(path, _)| path.clone())
            .collect()
    }

    /// Whether applying the plan changes nothing on disk.
    pub fn is_noop(&self) -> bool {
        self.writes.is_empty() && self.removes.is_empty() && self.manifest.is_none()
    }

    /// One warning per kind of file the user should know about, each listing its files;
    /// `dry_run` (`--check`) words them as what writing would do.
    pub fn warnings(&self, dry_run: bool) -> Vec<String> {
        let out = self.out.display();
        let (overwriting, leaving) = if dry_run {
            ("would overwrite", "would leave")
        } else {
            ("overwriting", "leaving")
        };
        let mut warnings = Vec::new();
        let edited = self.written_for(WriteReason::HandEdited);
        if !edited.is_empty() {
            warnings.push(format!(
                "warning: {out}: {overwriting} {} edited by hand since clientgen wrote them: {}; \
                 generated files are rewritten on every run, change the spec or the templates instead",
                count(edited.len(), "file"),
                list(&edited)
            ));
        }
        let forced = self.written_for(WriteReason::NotOurs);
        if !forced.is_empty() {
            warnings.push(format!(
                "warning: {out}: {overwriting} {} clientgen did not write (--force): {}",
                count(forced.len(), "file"),
                list(&forced)
            ));
        }
        if !self.kept.is_empty() {
            warnings.push(format!(
                "warning: {out}: {leaving} {} that clientgen no longer generates, because they \
                 were edited by hand: {}; delete them if you do not need them",
                count(self.kept.len(), "file"),
                list(&self.kept)
            ));
        }
        if !self.unknown.is_empty() {
            warnings.push(format!(
                "warning: {out}: {} clientgen did not write, left alone: {}",
                count(self.unknown.len(), "file"),
                list(&self.unknown)
            ));
        }
        warnings
    }
}

/// What is at a generated file's path.
enum OnDisk {
    Missing,
    Same,
    /// Other contents; `regular` is false for a symlink or a folder.
    Differs {
        regular: bool,
    },
}

/// Reads `out` and its manifest and decides what writing `files` there does, or refuses.
pub fn plan(
    out: &Path,
    files: &BTreeMap<String, String>,
    options: &WriteOptions,
) -> Result<Plan, WriteError> {
    if let Some(bad) = files
        .keys()
        .find(|p| !manifest::is_plain_relative(p) || p.as_str() == MANIFEST_FILE)
    {
        return Err(WriteError::UnsafePath(bad.clone()));
    }
    if out.exists() && !out.is_dir() {
        return Err(WriteError::Io {
            path: out.to_path_buf(),
            source: io::Error::other("it exists and is not a folder"),
        });
    }
    let manifest_path = out.join(MANIFEST_FILE);
    let old_text = match fs::read_to_string(&manifest_path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(WriteError::Io {
                path: manifest_path,
                source,
            })
        }
    };
    let old = match &old_text {
        Some(text) => Some(
            Manifest::parse(text).map_err(|source| WriteError::BadManifest {
                path: manifest_path.clone(),
                source,
            })?,
        ),
        None => None,
    };
    let recorded = old.as_ref().map(|m| &m.files);
    let existing: BTreeSet<String> = existing_files(out)
        .map_err(WriteError::io(out))?
        .into_iter()
        .collect();

    let mut plan = Plan {
        out: out.to_path_buf(),
        writes: Vec::new(),
        unchanged: 0,
        removes: Vec::new(),
        kept: Vec::new(),
        unknown: Vec::new(),
        manifest: None,
    };
    let mut conflicts = Vec::new();
    for (relative, contents) in files {
        let path = out.join(relative);
        // The folder walk skips hidden entries and `target/`; anything else it did not see is
        // missing, without a system call.
        let state = if existing.contains(relative) || !is_walked(relative) {
            on_disk(&path, contents.as_bytes()).map_err(WriteError::io(&path))?
        } else {
            OnDisk::Missing
        };
        let reason = match state {
            OnDisk::Missing => WriteReason::New,
            OnDisk::Same => {
                plan.unchanged += 1;
                continue;
            }
            OnDisk::Differs { regular } => match recorded.and_then(|r| r.get(relative)) {
                Some(hash) if regular && hash_of(&path)? == *hash => WriteReason::Changed,
                Some(_) => WriteReason::HandEdited,
                None if options.force => WriteReason::NotOurs,
                None => {
                    conflicts.push(relative.clone());
                    continue;
                }
            },
        };
        plan.writes.push((relative.clone(), reason));
    }
    if let Some(recorded) = recorded {
        for (relative, hash) in recorded {
            if files.contains_key(relative) || relative == CARGO_LOCK {
                continue;
            }
            let path = out.join(relative);
            match fs::symlink_metadata(&path) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(source) => return Err(WriteError::Io { path, source }),
                Ok(meta) if meta.is_file() => {
                    if hash_of(&path)? == *hash {
                        plan.removes.push(relative.clone());
                    } else {
                        plan.kept.push(relative.clone());
                    }
                }
                Ok(_) => plan.kept.push(relative.clone()),
            }
        }
    }
    plan.unknown = existing
        .iter()
        .filter(|p| {
            !files.contains_key(*p)
                && !recorded.is_some_and(|r| r.contains_key(*p))
                && p.as_str() != CARGO_LOCK
        })
        .cloned()
        .collect();

    if old.is_none() && !options.force {
        // Without a manifest, only a folder holding nothing but clientgen's own output (a
        // deleted manifest, say) is safe to write into.
        let present: Vec<String> = existing
            .iter()
            .filter(|p| p.as_str() != CARGO_LOCK)
            .cloned()
            .collect();
        let identical = present
            .iter()
            .all(|p| files.contains_key(p) && !conflicts.contains(p));
        if !identical {
            return Err(WriteError::NotClientgenOutput {
                out: out.to_path_buf(),
                present,
                overwrites: conflicts,
            });
        }
    }
    if !conflicts.is_empty() {
        return Err(WriteError::WouldOverwrite {
            out: out.to_path_buf(),
            paths: conflicts,
        });
    }
    let text = Manifest::of(files).render();
    if old_text.as_deref() != Some(text.as_str()) {
        plan.manifest = Some(text);
    }
    Ok(plan)
}

/// Whether [`existing_files`] looks at this path: no hidden part, not under the root `target/`.
fn is_walked(relative: &str) -> bool {
    !relative.starts_with("target/") && !relative.split('/').any(|part| part.starts_with('.'))
}

/// Compares the file at `path` with `contents` (by size first, then bytes).
fn on_disk(path: &Path, contents: &[u8]) -> io::Result<OnDisk> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(OnDisk::Missing),
        Err(e) => return Err(e),
    };
    let regular = meta.is_file();
    if regular && meta.len() == contents.len() as u64 && fs::read(path)? == contents {
        return Ok(OnDisk::Same);
    }
    Ok(OnDisk::Differs { regular })
}

/// The SHA-256 of the file at `path`.
fn hash_of(path: &Path) -> Result<String, WriteError> {
    let bytes = fs::read(path).map_err(WriteError::io(path))?;
    Ok(sha256_hex(&bytes))
}
