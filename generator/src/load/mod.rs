//! The load stage: bytes → JSON tree → (normalised) → `openapiv3::OpenAPI`.
//!
//! Documents are read into a `serde_json::Value` first, whatever their syntax, so that
//! version detection, normalisation and salvage all work on one tree and can name JSON
//! pointers. Only then is the tree parsed into the typed `openapiv3` model.

mod normalize;
mod salvage;

use std::path::Path;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::diag::{pointer, Diagnostics, Fatal};

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
const NESTS: [&str; 4] = ["items", "additionalProperties", "not", "schema"];
const LISTS: [&str; 3] = ["allOf", "oneOf", "anyOf"];

/// Keys whose long values are cut rather than refused: they are prose, not data.
const CUT_KEYS: [&str; 3] = ["description", "summary", "title"];

/// Reads and parses the document at `path`.
pub fn load_file(path: &Path, diags: &mut Diagnostics) -> Result<OpenAPI, Fatal> {
    let bytes =
        std::fs::read(path).map_err(|e| diags.fatal("#", format!("cannot read the file: {e}")))?;
    load_bytes(&bytes, diags)
}

/// Parses a document from its bytes (JSON or YAML).
pub fn load_bytes(bytes: &[u8], diags: &mut Diagnostics) -> Result<OpenAPI, Fatal> {
    let tree = prepare(bytes, diags)?;
    // The common case: the tree parses as it is. Parsing the owned tree moves its strings into
    // the document instead of copying them, and frees the tree as it goes.
    if let Ok(document) = salvage::parse_owned(tree) {
        return Ok(document);
    }
    // The tree is gone; build it again (same bytes, same steps, same result). Its
    // diagnostics were recorded on the first pass, so this pass's copies are dropped.
    let mut again = Diagnostics::new(Path::new("(second pass)"));
    let tree = prepare(bytes, &mut again).map_err(|Fatal(d)| diags.fatal(d.pointer, d.message))?;
    salvage::to_openapi(tree, diags)
}

/// Bytes → JSON tree, version-checked, within the limits and normalised.
fn prepare(bytes: &[u8], diags: &mut Diagnostics) -> Result<Value, Fatal> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(diags.fatal(
            "#",
            format!(
                "the document is {} bytes; the limit is {MAX_DOCUMENT_BYTES}",
                bytes.len()
            ),
        ));
    }
    let mut tree = parse_tree(bytes).map_err(|message| diags.fatal("#", message))?;
    check_version(&tree, diags)?;
    // One read-only pass finds whether anything is over a limit; the passes that fix it keep
    // JSON pointers, which costs an allocation per key, so they run only when needed.
    if !within_limits(&tree, None, 0) {
        limit_strings(&mut tree, &mut Vec::new(), diags)?;
        limit_nesting(&mut tree, &mut Vec::new(), 0, diags);
    }
    normalize::normalize(&mut tree, diags);
    Ok(tree)
}

/// Parses JSON (when the document starts with `{`) or YAML into a JSON tree.
fn parse_tree(bytes: &[u8]) -> Result<Value, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("the document is not UTF-8: {e}"))?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"));
    }
    let mut yaml: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|e| format!("invalid YAML: {e}"))?;
    yaml.apply_merge()
        .map_err(|e| format!("invalid YAML merge key: {e}"))?;
    yaml_to_json(yaml, 0)
}

/// YAML allows non-string keys (`200:`) and tags; JSON does not. Keys become strings.
fn yaml_to_json(yaml: serde_yaml::Value, depth: usize) -> Result<Value, String> {
    use serde_yaml::Value as Y;
    if depth > 512 {
        return Err("the document nests deeper than 512 levels".into());
    }
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(|v| yaml_to_json(v, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (key, value) in map {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_string(),
                    other => serde_yaml::to_string(&other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                out.insert(key, yaml_to_json(value, depth + 1)?);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, depth + 1)?,
    })
}

fn check_version(tree: &Value, diags: &Diagnostics) -> Result<(), Fatal> {
    let Some(root) = tree.as_object() else {
        return Err(diags.fatal(
            "#",
            "the document's root is not an object; this is not an OpenAPI document",
        ));
    };
    if let Some(swagger) = root.get("swagger") {
        return Err(diags.fatal(
            "#/swagger",
            format!(
                "Swagger {} documents are not supported yet; convert to OpenAPI 3.0 first",
                display(swagger)
            ),
        ));
    }
    let Some(version) = root.get("openapi") else {
        return Err(diags.fatal(
            "#",
            "missing `openapi` field; this is not an OpenAPI 3 document",
        ));
    };
    let version = version.as_str().unwrap_or_default();
    if version.starts_with("3.0") || version.starts_with("3.1") {
        Ok(())
    } else {
        Err(diags.fatal(
            "#/openapi",
            format!("unsupported OpenAPI version `{version}`; clientgen reads 3.0 and 3.1"),
        ))
    }
}

/// Enforces [`MAX_STRING_BYTES`] on every string and key of the tree. The tree's depth is
/// bounded by the parsers (JSON and YAML both stop at 128 levels), so recursion is safe here.
fn limit_strings(
    value: &mut Value,
    path: &mut Vec<String>,
    diags: &mut Diagnostics,
) -> Result<(), Fatal> {
    match value {
        Value::String(text) if text.len() > MAX_STRING_BYTES => {
            let at = pointer(path.iter());
            if path
                .last()
                .is_some_and(|key| CUT_KEYS.contains(&key.as_str()))
            {
                diags.warn(
                    at,
                    format!(
                        "the text is {} bytes long; cut to {MAX_STRING_BYTES} bytes",
                        text.len()
                    ),
                );
                let mut end = MAX_STRING_BYTES;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.truncate(end);
                text.shrink_to_fit();
            } else {
                return Err(diags.fatal(
                    at,
                    format!(
                        "the string is {} bytes long; the limit is {MAX_STRING_BYTES} bytes",
                        text.len()
                    ),
                ));
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                path.push(index.to_string());
                limit_strings(item, path, diags)?;
                path.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                if key.len() > MAX_STRING_BYTES {
                    let at = pointer(path.iter());
                    let message = format!(
                        "a key is {} bytes long; the limit is {MAX_STRING_BYTES} bytes",
                        key.len()
                    );
                    return Err(diags.fatal(at, message));
                }
                path.push(key.clone());
                limit_strings(item, path, diags)?;
                path.pop();
            }
        }
        _ => {}
    }
    Ok(())
}

/// Whether [`limit_strings`] and [`limit_nesting`] would leave `value` alone: no string or key
/// longer than [`MAX_STRING_BYTES`] and no schema nested deeper than [`MAX_SCHEMA_NESTING`].
/// `parent` is the key `value` sits under; `depth` counts as in [`limit_nesting`].
fn within_limits(value: &Value, parent: Option<&str>, depth: usize) -> bool {
    if depth > MAX_SCHEMA_NESTING {
        return false;
    }
    match value {
        Value::String(text) => text.len() <= MAX_STRING_BYTES,
        Value::Object(map) => {
            let in_properties = parent == Some("properties");
            map.iter().all(|(key, item)| {
                let nested = in_properties || NESTS.contains(&key.as_str());
                key.len() <= MAX_STRING_BYTES
                    && within_limits(item, Some(key), depth + usize::from(nested))
            })
        }
        Value::Array(items) => {
            let in_list = parent.is_some_and(|k| LISTS.contains(&k));
            items
                .iter()
                .all(|item| within_limits(item, None, depth + usize::from(in_list)))
        }
        _ => true,
    }
}

/// Enforces [`MAX_SCHEMA_NESTING`]: `depth` counts the schema keywords on the way here.
fn limit_nesting(value: &mut Value, path: &mut Vec<String>, depth: usize, diags: &mut Diagnostics) {
    if depth > MAX_SCHEMA_NESTING {
        let message = format!(
            "schema nests deeper than {MAX_SCHEMA_NESTING} levels; the rest is unconstrained"
        );
        diags.warn(pointer(path.iter()), message);
        *value = Value::Object(serde_json::Map::new());
        return;
    }
    let in_properties = path.last().is_some_and(|k| k == "properties");
    let in_list = path.last().is_some_and(|k| LISTS.contains(&k.as_str()));
    match value {
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                let nested = in_properties || NESTS.contains(&key.as_str());
                path.push(key.clone());
                limit_nesting(item, path, depth + usize::from(nested), diags);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                path.push(index.to_string());
                limit_nesting(item, path, depth + usize::from(in_list), diags);
                path.pop();
            }
        }
        _ => {}
    }
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
            ("swagger: '2.0'", "Swagger 2.0"),
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
