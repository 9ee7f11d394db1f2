//! Diagnostics: every problem the generator finds, with the spec file and JSON pointer it comes from.

use std::collections::HashMap;
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
///
/// Pointers are given in the tree the pipeline reads. When the load stage built that tree
/// from other documents (a Swagger 2.0 conversion, referenced files), its [`SourceMap`] turns
/// each pointer back into the file and pointer the user wrote, as the diagnostic is recorded.
#[derive(Debug)]
pub struct Diagnostics {
    file: PathBuf,
    items: Vec<Diagnostic>,
    sources: SourceMap,
}

impl Diagnostics {
    /// An empty collection for diagnostics about `file`.
    pub fn new(file: &Path) -> Self {
        Diagnostics {
            file: file.to_path_buf(),
            items: Vec::new(),
            sources: SourceMap::default(),
        }
    }

    /// Records a warning at `pointer` (in the tree being read; see [`SourceMap`]).
    pub fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        let (file, pointer) = self.locate(pointer.into());
        self.warn_in(file, pointer, message);
    }

    /// Records a warning at `pointer` in `file` (`None`: the root document), as given: the
    /// load stage knows where in the user's documents it is.
    pub fn warn_in(&mut self, file: Option<FileId>, pointer: String, message: impl Into<String>) {
        self.items.push(Diagnostic {
            severity: Severity::Warning,
            file: self.path_of(file),
            pointer,
            message: message.into(),
        });
    }

    /// A fatal error at `pointer` (in the tree being read; see [`SourceMap`]).
    pub fn fatal(&self, pointer: impl Into<String>, message: impl Into<String>) -> Fatal {
        let (file, pointer) = self.locate(pointer.into());
        Fatal::new(&self.path_of(file), pointer, message)
    }

    /// Registers a document the root one refers to; diagnostics in it name `path`.
    pub fn add_file(&mut self, path: PathBuf) -> FileId {
        self.sources.files.push(path);
        FileId(self.sources.files.len() - 1)
    }

    /// Adds a stage to the source map: from now on, pointers are first translated through
    /// `stage`, whose origins are pointers into the tree the previous stages describe.
    pub fn push_stage(&mut self, stage: SourceStage) {
        if !stage.entries.is_empty() {
            self.sources.stages.push(stage);
        }
    }

    fn locate(&self, pointer: String) -> (Option<FileId>, String) {
        if self.sources.stages.is_empty() {
            return (None, pointer);
        }
        self.sources.resolve(pointer)
    }

    fn path_of(&self, file: Option<FileId>) -> PathBuf {
        match file {
            Some(FileId(index)) => self.sources.files[index].clone(),
            None => self.file.clone(),
        }
    }

    /// Everything recorded so far, in the order it was found.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// A document other than the root one, registered with [`Diagnostics::add_file`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(usize);

/// Where a part of the tree came from: a pointer into a file, or (`file: None`) into the tree
/// as it was before the stage that moved it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The document, when the part came from another file.
    pub file: Option<FileId>,
    /// The JSON pointer there (`#/definitions/Pet`).
    pub pointer: String,
}

/// One rewriting step of the load stage: pointer in the rewritten tree → where that part was.
/// A pointer maps through its longest recorded prefix (`#/components/schemas` →
/// `#/definitions` also maps `#/components/schemas/Pet/properties/id`); pointers under no
/// recorded prefix did not move.
#[derive(Debug, Clone, Default)]
pub struct SourceStage {
    entries: HashMap<String, Origin>,
}

impl SourceStage {
    /// Records that the part at `at` came from `origin`.
    pub fn record(&mut self, at: String, origin: Origin) {
        self.entries.insert(at, origin);
    }

    /// Records that the part at `at` was at `before` in the same tree.
    pub fn moved(&mut self, at: String, before: String) {
        self.record(
            at,
            Origin {
                file: None,
                pointer: before,
            },
        );
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The origin of `pointer` by its longest recorded prefix, if any.
    fn lookup(&self, pointer: &str) -> Option<(Option<FileId>, String)> {
        let mut prefix = pointer;
        loop {
            if let Some(origin) = self.entries.get(prefix) {
                let rest = &pointer[prefix.len()..];
                return Some((origin.file, format!("{}{rest}", origin.pointer)));
            }
            prefix = &prefix[..prefix.rfind('/')?];
        }
    }
}

/// The load stage's record of where each part of the tree it hands on came from.
#[derive(Debug, Clone, Default)]
struct SourceMap {
    /// The referenced documents, by [`FileId`].
    files: Vec<PathBuf>,
    /// The rewriting steps, in the order they ran.
    stages: Vec<SourceStage>,
}

impl SourceMap {
    /// Translates a pointer into the final tree back through every stage, latest first,
    /// until it lands in a file.
    fn resolve(&self, mut pointer: String) -> (Option<FileId>, String) {
        for stage in self.stages.iter().rev() {
            if let Some((file, before)) = stage.lookup(&pointer) {
                pointer = before;
                if file.is_some() {
                    return (file, pointer);
                }
            }
        }
        (None, pointer)
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

    #[test]
    fn pointers_map_back_through_every_stage_by_longest_prefix() {
        let mut diags = Diagnostics::new(Path::new("api.yaml"));
        let pet = diags.add_file(PathBuf::from("schemas/pet.yaml"));
        // Stage 1 (bundling): a definition came from another file.
        let mut bundle = SourceStage::default();
        bundle.record(
            "#/definitions/pet".into(),
            Origin {
                file: Some(pet),
                pointer: "#".into(),
            },
        );
        diags.push_stage(bundle);
        // Stage 2 (conversion): definitions moved, one parameter was renumbered.
        let mut convert = SourceStage::default();
        convert.moved("#/components/schemas".into(), "#/definitions".into());
        convert.moved(
            "#/paths/~1a/get/parameters/0".into(),
            "#/paths/~1a/get/parameters/1".into(),
        );
        diags.push_stage(convert);

        diags.warn("#/components/schemas/pet/properties/id", "a");
        diags.warn("#/components/schemas/Other", "b");
        diags.warn("#/paths/~1a/get/parameters/0/schema", "c");
        diags.warn("#/paths/~1a/get/parameters/10", "d");
        diags.warn("#/info", "e");
        let fatal = diags.fatal("#/components/schemas/pet", "f");
        let got: Vec<(String, String)> = diags
            .into_vec()
            .into_iter()
            .chain([fatal.0])
            .map(|d| (d.file.display().to_string(), d.pointer))
            .collect();
        let expected = [
            ("schemas/pet.yaml", "#/properties/id"),
            ("api.yaml", "#/definitions/Other"),
            ("api.yaml", "#/paths/~1a/get/parameters/1/schema"),
            ("api.yaml", "#/paths/~1a/get/parameters/10"),
            ("api.yaml", "#/info"),
            ("schemas/pet.yaml", "#"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(f, p)| (f.to_string(), p.to_string()))
            .collect();
        assert_eq!(got, expected);
    }
}
