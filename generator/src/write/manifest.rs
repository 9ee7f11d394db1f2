//! `.clientgen-manifest`: the record of the files clientgen wrote into an output folder.
//!
//! One line per file, `<sha256>  <path>`, sorted by path: the format `sha256sum` writes, so
//! `sha256sum --check .clientgen-manifest` (run in the folder) shows which generated files were
//! edited by hand. Lines starting with `#` are comments. The write stage only overwrites and
//! removes files listed here; the hashes tell a hand-edited file from one it wrote.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Component, Path};

use sha2::{Digest, Sha256};

/// The manifest's file name, in the root of the output folder. Hidden, like `.gitignore`: it is
/// bookkeeping, not part of the crate a user reads.
pub const FILE_NAME: &str = ".clientgen-manifest";

const HEADER: &str = "\
# Written by clientgen: the files it generated in this folder, with their SHA-256.
# clientgen overwrites and removes only these files; it never touches any other file here.
# `sha256sum --check .clientgen-manifest`, run in this folder, shows the ones edited by hand.
# Do not edit or delete this file: without it, clientgen cannot tell its files from yours.
";

/// Generated files by path, each with the SHA-256 of its contents (lowercase hex).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    /// Relative `/`-separated path → SHA-256 of the contents clientgen wrote.
    pub files: BTreeMap<String, String>,
}

/// A manifest line that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl Manifest {
    /// The manifest of `files` (relative path → contents). A large crate is hashed on every
    /// core (GitHub's 13 MB take about 30 ms on one).
    pub fn of(files: &BTreeMap<String, String>) -> Manifest {
        let entries: Vec<(&String, &String)> = files.iter().collect();
        let total: usize = entries.iter().map(|(_, contents)| contents.len()).sum();
        let threads = if total < 1 << 20 {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
        };
        let hash_all = |part: &[(&String, &String)]| -> Vec<(String, String)> {
            part.iter()
                .map(|(path, contents)| ((*path).clone(), sha256_hex(contents.as_bytes())))
                .collect()
        };
        let chunk = entries.len().div_ceil(threads).max(1);
        let parts: Vec<Vec<(String, String)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = entries
                .chunks(chunk)
                .map(|part| scope.spawn(move || hash_all(part)))
                .collect();
            handles
                .into_iter()
                .zip(entries.chunks(chunk))
                .map(|(handle, part)| handle.join().unwrap_or_else(|_| hash_all(part)))
                .collect()
        });
        Manifest {
            files: parts.into_iter().flatten().collect(),
        }
    }

    /// The manifest file's text.
    pub fn render(&self) -> String {
        let mut text = String::from(HEADER);
        for (path, hash) in &self.files {
            let _ = writeln!(text, "{hash}  {path}");
        }
        text
    }

    /// Reads a manifest's text. Every path must be a plain relative path (no `..`, no root),
    /// so that a tampered manifest can never make clientgen remove a file outside the folder.
    pub fn parse(text: &str) -> Result<Manifest, ParseError> {
        let mut files = BTreeMap::new();
        for (index, line) in text.lines().enumerate() {
            let error = |reason: &str| ParseError {
                line: index + 1,
                reason: reason.to_string(),
            };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (hash, path) = line
                .split_once("  ")
                .ok_or_else(|| error("expected `<sha256>  <path>`"))?;
            let is_hash = hash.len() == 64
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
            if !is_hash {
                return Err(error("expected a SHA-256 in lowercase hex"));
            }
            if !is_plain_relative(path) {
                return Err(error(&format!(
                    "`{path}` is not a relative path inside the folder"
                )));
            }
            if files.insert(path.to_string(), hash.to_string()).is_some() {
                return Err(error(&format!("`{path}` is listed twice")));
            }
        }
        Ok(Manifest { files })
    }
}

/// The SHA-256 of `bytes` as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// A relative, `/`-separated path of plain names: no root, `..`, `.`, empty part, `\` or
/// control character. Generated paths and manifest entries must all be like this.
pub fn is_plain_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
        && path.split('/').all(|part| !part.is_empty() && part != ".")
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::tests::files;

    #[test]
    fn renders_sha256sum_lines_and_reads_them_back() {
        let manifest = Manifest::of(&files(&[("src/lib.rs", "x"), ("Cargo.toml", "")]));
        let text = manifest.render();
        assert!(text.starts_with("# Written by clientgen"), "{text}");
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            lines,
            [
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  Cargo.toml",
                "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  src/lib.rs",
            ]
        );
        assert_eq!(Manifest::parse(&text).unwrap(), manifest);
    }

    #[test]
    fn rejects_paths_that_leave_the_folder_and_malformed_lines() {
        let hash = "0".repeat(64);
        for (line, needle) in [
            (format!("{hash}  ../outside"), "not a relative path"),
            (format!("{hash}  /etc/passwd"), "not a relative path"),
            (format!("{hash}  a//b"), "not a relative path"),
            (format!("{hash}  a\\b"), "not a relative path"),
            (format!("{hash} one-space"), "expected `<sha256>  <path>`"),
            ("ABCD  x".to_string(), "SHA-256"),
            (format!("{hash}  x\n{hash}  x"), "listed twice"),
        ] {
            let error = Manifest::parse(&format!("# header\n{line}\n")).unwrap_err();
            assert_eq!(error.line, if needle == "listed twice" { 3 } else { 2 });
            assert!(error.reason.contains(needle), "{line}: {error}");
        }
    }
}
