//! Diagnostics: every problem the generator finds, with the spec file and JSON pointer it comes from.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Generation goes on; something was skipped or mapped lossily.
    Warning,
    /// The document cannot be used at all.
    Error,
}

/// One problem, located in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// The spec file the problem is in.
    pub file: PathBuf,
    /// JSON pointer into the document, e.g. `#/paths/~1orgs/get/parameters/0`.
    pub pointer: String,
    /// What is wrong, and what the generator did about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}: {}", self.file.display(), self.message)?;
        // `#` is the whole document: no location worth printing.
        if self.pointer.len() > 1 {
            write!(f, " ({})", self.pointer)?;
        }
        Ok(())
    }
}

/// A fatal problem: the document cannot be turned into a crate.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub Diagnostic);

impl Fatal {
    /// A fatal error at `pointer` in `file`.
    pub fn new(file: &Path, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Fatal(Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            pointer: pointer.into(),
            message: message.into(),
        })
    }
}

/// Collects warnings while a stage runs; nothing is printed from deep inside the pipeline.
#[derive(Debug)]
pub struct Diagnostics {
    file: PathBuf,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection for diagnostics about `file`.
    pub fn new(file: &Path) -> Self {
        Diagnostics {
            file: file.to_path_buf(),
            items: Vec::new(),
        }
    }

    /// Records a warning at `pointer`.
    pub fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.items.push(Diagnostic {
            severity: Severity::Warning,
            file: self.file.clone(),
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    /// A fatal error about the same file.
    pub fn fatal(&self, pointer: impl Into<String>, message: impl Into<String>) -> Fatal {
        Fatal::new(&self.file, pointer, message)
    }

    /// Everything recorded so far, in the order it was found.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// Builds JSON pointers from path segments, escaping `~` and `/` (RFC 6901).
pub fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::from("#");
    for segment in segments {
        out.push('/');
        out.push_str(&segment.as_ref().replace('~', "~0").replace('/', "~1"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_shows_the_pointer_only_when_it_points_somewhere() {
        let at = |pointer: &str| Diagnostic {
            severity: Severity::Warning,
            file: PathBuf::from("specs/a.yaml"),
            pointer: pointer.to_string(),
            message: "something".to_string(),
        };
        assert_eq!(
            at("#/paths/~1a").to_string(),
            "warning: specs/a.yaml: something (#/paths/~1a)"
        );
        assert_eq!(at("#").to_string(), "warning: specs/a.yaml: something");
        assert_eq!(at("").to_string(), "warning: specs/a.yaml: something");
    }

    #[test]
    fn pointer_escapes_slashes_and_tildes() {
        assert_eq!(
            pointer(["paths", "/orgs/{id}", "get"]),
            "#/paths/~1orgs~1{id}/get"
        );
        assert_eq!(pointer(["a~b"]), "#/a~0b");
    }
}
