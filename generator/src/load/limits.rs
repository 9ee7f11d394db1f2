//! The load stage's limits on what it hands on: string lengths and schema nesting.

use serde_json::Value;

use super::{CUT_KEYS, LISTS, MAX_SCHEMA_NESTING, MAX_STRING_BYTES, NESTS};
use crate::diag::{pointer, Diagnostics, Fatal};

/// Enforces [`MAX_STRING_BYTES`] on every string and key of the tree. The tree's depth is
/// bounded by the parsers (JSON and YAML both stop at 128 levels), so recursion is safe here.
pub fn limit_strings(
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
pub fn within_limits(value: &Value, parent: Option<&str>, depth: usize) -> bool {
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
pub fn limit_nesting(
    value: &mut Value,
    path: &mut Vec<String>,
    depth: usize,
    diags: &mut Diagnostics,
) {
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
