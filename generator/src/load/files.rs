//! The documents a spec is made of: the root document and every file its `$ref`s name.
//!
//! This is the one place that decides which files may be read: only local files, reached by
//! a relative reference, inside the root document's folder or a folder the user allowed
//! (`--allow-dir`). URLs are never fetched. Each file is read and parsed once, keyed by its
//! canonical path, so the same file reached by two relative paths is one document.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{parse::parse_tree, MAX_DOCUMENT_BYTES};
use crate::diag::{Diagnostics, FileId};

/// At most this many documents make up one spec.
pub const MAX_FILES: usize = 10_000;

/// The root document and the documents read so far. Index 0 is the root.
pub struct Documents {
    docs: Vec<Document>,
    by_path: HashMap<PathBuf, usize>,
    /// The root document's folder and the allowed folders (canonical); empty when the root
    /// document was given as bytes, which reads no file at all.
    allowed: Vec<PathBuf>,
    /// The root document's path as the user gave it (diagnostics name files relative to it).
    shown_root: PathBuf,
    /// Bytes read so far, over all files.
    total_bytes: usize,
}

/// One parsed document.
pub struct Document {
    /// Canonical path (`None` for a root document given as bytes).
    path: Option<PathBuf>,
    /// The diagnostics' name for it (`None`: the root document).
    pub file: Option<FileId>,
    /// The document as a JSON tree.
    pub tree: Value,
}

impl Documents {
    /// The root document, read from `path`; references may lead into its folder and into
    /// `allowed_dirs`.
    pub fn from_file(path: &Path, tree: Value, bytes: usize, allowed_dirs: &[PathBuf]) -> Self {
        let canonical = std::fs::canonicalize(path).ok();
        let mut allowed: Vec<PathBuf> = canonical
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .into_iter()
            .collect();
        allowed.extend(
            allowed_dirs
                .iter()
                .filter_map(|dir| std::fs::canonicalize(dir).ok()),
        );
        let mut documents = Documents::from_bytes(tree, bytes);
        documents.shown_root = path.to_path_buf();
        if let Some(canonical) = canonical {
            documents.by_path.insert(canonical.clone(), 0);
            documents.docs[0].path = Some(canonical);
            documents.allowed = allowed;
        }
        documents
    }

    /// A root document given as bytes: its references to other files are not read.
    pub fn from_bytes(tree: Value, bytes: usize) -> Self {
        Documents {
            docs: vec![Document {
                path: None,
                file: None,
                tree,
            }],
            by_path: HashMap::new(),
            allowed: Vec::new(),
            shown_root: PathBuf::new(),
            total_bytes: bytes,
        }
    }

    /// The document at `index`.
    pub fn get(&self, index: usize) -> &Document {
        &self.docs[index]
    }

    /// The root document's tree, taken out (the bundler hands it on).
    pub fn take_root(&mut self) -> Value {
        std::mem::take(&mut self.docs[0].tree)
    }

    /// The root document's tree.
    pub fn root_mut(&mut self) -> &mut Value {
        &mut self.docs[0].tree
    }

    /// Opens the file `uri` (the part of a `$ref` before `#`, percent-decoded) relative to
    /// the document at `from`. The error completes "`$ref: …` …": why it is not read.
    pub fn open(
        &mut self,
        from: usize,
        uri: &str,
        diags: &mut Diagnostics,
    ) -> Result<usize, String> {
        if is_url(uri) {
            return Err(
                "is not fetched: clientgen never reads remote documents, only local files".into(),
            );
        }
        let Some(base) = self.docs[from].path.as_deref().and_then(Path::parent) else {
            return Err("is not read: the document was given as bytes, not as a file".into());
        };
        let canonical = std::fs::canonicalize(base.join(uri)).map_err(|e| unreadable(&e))?;
        if let Some(&index) = self.by_path.get(&canonical) {
            return Ok(index);
        }
        if !self.allowed.iter().any(|dir| canonical.starts_with(dir)) {
            return Err(format!(
                "is refused: `{uri}` is outside the spec's folder (allow its folder with `--allow-dir`)"
            ));
        }
        if self.docs.len() >= MAX_FILES {
            return Err(format!(
                "is not read: the spec is made of more than {MAX_FILES} files"
            ));
        }
        let bytes = std::fs::read(&canonical).map_err(|e| unreadable(&e))?;
        self.total_bytes = self.total_bytes.saturating_add(bytes.len());
        if self.total_bytes > MAX_DOCUMENT_BYTES {
            return Err(format!(
                "is not read: the spec's files are over {MAX_DOCUMENT_BYTES} bytes together"
            ));
        }
        let tree = parse_tree(&bytes).map_err(|e| format!("cannot be parsed: {e}"))?;
        let file = Some(diags.add_file(self.shown(&canonical)));
        self.by_path.insert(canonical.clone(), self.docs.len());
        self.docs.push(Document {
            path: Some(canonical),
            file,
            tree,
        });
        Ok(self.docs.len() - 1)
    }

    /// How diagnostics name a file: under the root document's folder as the user wrote it
    /// (`specs/schemas/pet.yaml`), else by its full path.
    fn shown(&self, canonical: &Path) -> PathBuf {
        let root_dir = self.docs[0].path.as_deref().and_then(Path::parent);
        match root_dir.and_then(|dir| canonical.strip_prefix(dir).ok()) {
            Some(relative) => self
                .shown_root
                .parent()
                .map_or_else(|| relative.to_path_buf(), |dir| dir.join(relative)),
            None => canonical.to_path_buf(),
        }
    }

    /// The file name of the document at `index` without its extensions (`pet.yaml` → `pet`).
    pub fn stem(&self, index: usize) -> Option<String> {
        let name = self.docs[index].path.as_deref()?.file_name()?.to_str()?;
        let stem = name.split('.').next().unwrap_or(name);
        Some(stem.to_string()).filter(|s| !s.is_empty())
    }
}

fn unreadable(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "cannot be read: there is no such file".into(),
        _ => format!("cannot be read: {error}"),
    }
}

/// Whether a reference names a URL (`https://…`, `//host/…`, `file:…`) rather than a path.
pub fn is_url(uri: &str) -> bool {
    if uri.starts_with("//") {
        return true;
    }
    match uri.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        for url in [
            "https://example.com/a.yaml",
            "http://x",
            "//cdn/a.json",
            "file:///etc/passwd",
            "urn:x",
        ] {
            assert!(is_url(url), "{url}");
        }
        for path in [
            "pet.yaml",
            "./schemas/pet.yaml",
            "../a.yaml",
            "./a:b.yaml",
            "",
        ] {
            assert!(!is_url(path), "{path}");
        }
    }
}
