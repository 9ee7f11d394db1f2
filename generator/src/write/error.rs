//! Why the write stage refuses or stops, in messages that say what to do about it.

use std::io;
use std::path::{Path, PathBuf};

use super::manifest;
use super::MANIFEST_FILE;

/// Why the write stage refused to run or stopped. Its `Display` says what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The folder holds files and no manifest.
    #[error(
        "refusing to write into {}: the folder is not empty and has no {MANIFEST_FILE}, the \
         record of the files clientgen wrote, so clientgen cannot tell its files from yours.\n  \
         It holds: {}{}\n  \
         To go on, choose an empty or new folder for --out, or run again with --force: clientgen \
         then writes its files{} and leaves every other file alone. If this is an earlier \
         clientgen output whose {MANIFEST_FILE} was deleted, --force recreates it.",
        out.display(),
        list(present),
        overwrites_line(overwrites),
        if overwrites.is_empty() { "" } else { " (overwriting the ones above)" }
    )]
    NotClientgenOutput {
        /// The output folder.
        out: PathBuf,
        /// What it holds (hidden entries, `target/` and `Cargo.lock` aside).
        present: Vec<String>,
        /// The ones clientgen would overwrite.
        overwrites: Vec<String>,
    },
    /// Generated paths collide with files clientgen did not write.
    #[error(
        "refusing to overwrite {} in {} that clientgen did not write: {}\n  \
         Move them elsewhere, or run again with --force to overwrite them.",
        count(paths.len(), "file"),
        out.display(),
        list(paths)
    )]
    WouldOverwrite {
        /// The output folder.
        out: PathBuf,
        /// The colliding files.
        paths: Vec<String>,
    },
    /// The manifest cannot be read.
    #[error(
        "cannot read {}: {source}\n  \
         clientgen cannot tell which files here are its own. Restore the file (from version \
         control, for example), or delete it and run again with --force.",
        path.display()
    )]
    BadManifest {
        /// The manifest's path.
        path: PathBuf,
        /// The bad line.
        source: manifest::ParseError,
    },
    /// The generator produced a path that is not a plain relative path (a bug).
    #[error("refusing to write `{0}`: not a relative path inside the output folder")]
    UnsafePath(String),
    /// A file system error.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file or folder it happened on.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
}

impl WriteError {
    pub(super) fn io(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
        move |source| WriteError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// At most 20 paths, comma-separated, then how many more there are.
pub fn list(paths: &[String]) -> String {
    const SHOWN: usize = 20;
    let mut text = paths
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if paths.len() > SHOWN {
        text.push_str(&format!(" and {} more", paths.len() - SHOWN));
    }
    text
}

/// `1 file`, `3 files`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn overwrites_line(overwrites: &[String]) -> String {
    if overwrites.is_empty() {
        String::new()
    } else {
        format!(
            "\n  Of these, clientgen would overwrite: {}",
            list(overwrites)
        )
    }
}
