//! The load stage: every document a user has → one OpenAPI 3.0 model (`openapiv3::OpenAPI`).
//!
//! 1. The root document is read into a `serde_json::Value`, whatever its syntax (JSON or
//!    YAML), and its version detected: Swagger 2.0 or OpenAPI 3.0, 3.1 or 3.2.
//! 2. [`bundle`] brings the files its `$ref`s name into that one tree, and every `$ref` to a
//!    pointer that is not a component into `components`.
//! 3. [`swagger2`] converts a 2.0 tree to 3.0; [`v31`] and [`v32`] map what those versions
//!    add; [`normalize`] rewrites 3.1 schema keywords.
//! 4. The tree is parsed into the typed model ([`salvage`] drops what does not parse).
//!
//! Each step that moves parts of the tree records where they came from (a source-map stage
//! in [`Diagnostics`]), so that every diagnostic, however late, names the file and JSON
//! pointer the user wrote.

mod bundle;
mod files;
mod keywords;
mod limits;
mod normalize;
mod parse;
mod salvage;
mod swagger2;
mod v31;
mod v32;

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde_json::Value;

use self::bundle::shape::Layout;
use self::files::Documents;
use crate::diag::{Diagnostics, Fatal};

pub use self::keywords::{PREFIX_ITEMS, XML};
pub use self::v31::WEBHOOK_EXTENSION;
pub use self::v32::{CUSTOM_EXTENSION, QUERY_EXTENSION};

/// Documents larger than this are refused rather than risking the machine's memory.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024 * 1024;

/// The longest string the generator takes. Longer descriptions, summaries and titles are cut
/// (with a warning); any other string or key that long is refused. Spec text is copied into
/// several outputs (code, docs, README), so this also bounds how much one text can blow up.
pub const MAX_STRING_BYTES: usize = 1024 * 1024;

/// Schemas nested deeper than this (through `items`, `properties`, `allOf`, ...) are replaced
/// by an unconstrained schema, with a warning. The typed parse (`openapiv3`, untagged serde
/// enums) retries alternatives at every level, so a deep schema that fails to parse costs time
/// exponential in its depth (found by fuzzing: 18 levels took 10 s, 12 take a fraction of a
/// second); the lowering would turn such depths into `serde_json::Value` anyway.
pub const MAX_SCHEMA_NESTING: usize = 12;

/// The HTTP methods a path item holds operations under, in the order they are lowered.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Keys under which a schema nests one level deeper (`properties` entries count too), and
/// the keys whose array items do; [`MAX_SCHEMA_NESTING`] counts these levels.
pub(crate) const NESTS: [&str; 4] = ["items", "additionalProperties", "not", "schema"];
pub(crate) const LISTS: [&str; 3] = ["allOf", "oneOf", "anyOf"];

/// Keys whose long values are cut rather than refused: they are prose, not data.
pub(crate) const CUT_KEYS: [&str; 3] = ["description", "summary", "title"];

/// The versions the load stage reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Version {
    /// Swagger 2.0, converted to 3.0.
    Swagger2,
    /// OpenAPI 3.0.x.
    V3_0,
    /// OpenAPI 3.1.x.
    V3_1,
    /// OpenAPI 3.2.x.
    V3_2,
}

/// Where the root document comes from.
enum Source<'a> {
    /// A file: the `$ref`s it makes to other files are read, within `allowed` folders (and
    /// the document's own).
    File {
        path: &'a Path,
        bytes: &'a [u8],
        allowed: &'a [PathBuf],
    },
    /// Bytes: one document, no other file is read.
    Bytes(&'a [u8]),
}

/// Reads and parses the document at `path` and the files it refers to; `allowed_dirs` are
/// folders outside the document's own that references may lead into.
pub fn load_file(
    path: &Path,
    allowed_dirs: &[PathBuf],
    diags: &mut Diagnostics,
) -> Result<OpenAPI, Fatal> {
    let bytes =
        std::fs::read(path).map_err(|e| diags.fatal("#", format!("cannot read the file: {e}")))?;
    load(
        &Source::File {
            path,
            bytes: &bytes,
            allowed: allowed_dirs,
        },
        diags,
    )
}

/// Parses a document from its bytes (JSON or YAML); `$ref`s to other files are not followed.
pub fn load_bytes(bytes: &[u8], diags: &mut Diagnostics) -> Result<OpenAPI, Fatal> {
    load(&Source::Bytes(bytes), diags)
}

fn load(source: &Source, diags: &mut Diagnostics) -> Result<OpenAPI, Fatal> {
    let tree = prepare(source, diags)?;
    // The common case: the tree parses as it is. Parsing the owned tree moves its strings into
    // the document instead of copying them, and frees the tree as it goes.
    if let Ok(document) = salvage::parse_owned(tree) {
        return Ok(document);
    }
    // The tree is gone; build it again (same files, same steps, same result). Its
    // diagnostics were recorded on the first pass, so this pass's copies are dropped.
    let mut again = Diagnostics::new(Path::new("(second pass)"));
    let tree = prepare(source, &mut again).map_err(|Fatal(d)| diags.fatal(d.pointer, d.message))?;
    salvage::to_openapi(tree, diags)
}

/// Bytes → one JSON tree in the OpenAPI 3.0 shape, within the limits and normalised.
fn prepare(source: &Source, diags: &mut Diagnostics) -> Result<Value, Fatal> {
    let bytes = match source {
        Source::File { bytes, .. } | Source::Bytes(bytes) => *bytes,
    };
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(diags.fatal(
            "#",
            format!(
                "the document is {} bytes; the limit is {MAX_DOCUMENT_BYTES}",
                bytes.len()
            ),
        ));
    }
    let tree = parse::parse_tree(bytes).map_err(|message| diags.fatal("#", message))?;
    let version = check_version(&tree, diags)?;
    let layout = match version {
        Version::Swagger2 => Layout::Swagger2,
        _ => Layout::OpenApi3,
    };
    let mut docs = match source {
        Source::File { path, allowed, .. } => {
            Documents::from_file(path, tree, bytes.len(), allowed)
        }
        Source::Bytes(_) => Documents::from_bytes(tree, bytes.len()),
    };
    if bundle::may_need(bytes, layout) {
        bundle::bundle(&mut docs, layout, diags);
    }
    let mut tree = docs.take_root();
    drop(docs);
    match version {
        Version::Swagger2 => swagger2::convert(&mut tree, diags),
        Version::V3_2 => v32::upgrade(&mut tree, diags),
        Version::V3_0 | Version::V3_1 => {}
    }
    v31::upgrade(&mut tree, version, diags);
    // One read-only pass finds whether anything is over a limit; the passes that fix it keep
    // JSON pointers, which costs an allocation per key, so they run only when needed.
    if !limits::within_limits(&tree, None, 0) {
        limits::limit_strings(&mut tree, &mut Vec::new(), diags)?;
        limits::limit_nesting(&mut tree, &mut Vec::new(), 0, diags);
    }
    normalize::normalize(&mut tree, version, diags);
    Ok(tree)
}

fn check_version(tree: &Value, diags: &Diagnostics) -> Result<Version, Fatal> {
    let Some(root) = tree.as_object() else {
        return Err(diags.fatal(
            "#",
            "the document's root is not an object; this is not an OpenAPI document",
        ));
    };
    if let Some(swagger) = root.get("swagger") {
        return match swagger.as_str() {
            Some("2.0") => Ok(Version::Swagger2),
            _ => Err(diags.fatal(
                "#/swagger",
                format!(
                    "Swagger {} documents are not supported; clientgen reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2",
                    display(swagger)
                ),
            )),
        };
    }
    let Some(version) = root.get("openapi") else {
        return Err(diags.fatal(
            "#",
            "missing `openapi` field; this is not an OpenAPI (or Swagger 2.0) document",
        ));
    };
    let version = version.as_str().unwrap_or_default();
    let minor = |prefix: &str| version == prefix || version.starts_with(&format!("{prefix}."));
    if minor("3.0") {
        Ok(Version::V3_0)
    } else if minor("3.1") {
        Ok(Version::V3_1)
    } else if minor("3.2") {
        Ok(Version::V3_2)
    } else {
        Err(diags.fatal(
            "#/openapi",
            format!(
                "unsupported OpenAPI version `{version}`; clientgen reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2"
            ),
        ))
    }
}

/// `ptr` with one more segment, escaped (RFC 6901).
fn child(ptr: &str, segment: &str) -> String {
    format!("{ptr}/{}", segment.replace('~', "~0").replace('/', "~1"))
}

fn display(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<OpenAPI, Fatal> {
        load_bytes(
            text.as_bytes(),
            &mut Diagnostics::new(Path::new("test.yaml")),
        )
    }

    #[test]
    fn yaml_integer_keys_become_strings() {
        let doc = load("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n").unwrap();
        assert_eq!(doc.paths.paths.len(), 1);
    }

    #[test]
    fn rejects_what_is_not_openapi_3() {
        for (text, needle) in [
            ("[1, 2]", "root is not an object"),
            ("swagger: '1.2'", "Swagger 1.2"),
            ("openapi: 4.0.0", "unsupported OpenAPI version"),
            ("info: {}", "missing `openapi`"),
            ("{not json", "invalid JSON"),
            ("a: [b", "invalid YAML"),
        ] {
            let err = load(text).unwrap_err().to_string();
            assert!(err.contains(needle), "{text:?} gave {err}");
        }
    }
}
