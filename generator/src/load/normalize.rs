//! Normalisation: rewrites OpenAPI 3.1 constructs into their 3.0 equivalents, in place,
//! so the rest of the pipeline sees one model. This is where Swagger 2.0 conversion will slot in.

use serde_json::{Map, Value};

use super::{keywords, Version, METHODS};
use crate::diag::{pointer, Diagnostics};

/// Deeper trees are left alone; the lowering stage reports them.
const MAX_DEPTH: usize = 256;

/// Rewrites 3.1 schema keywords (`type` arrays, `const`, numeric exclusive bounds), and
/// warns about what a client has no use for: `webhooks` and `callbacks` are requests the
/// server makes, not the client.
pub fn normalize(tree: &mut Value, version: Version, diags: &mut Diagnostics) {
    warn_server_initiated(tree, diags);
    let mut walker = Walker {
        refs_keep_siblings: version >= Version::V3_1,
        warnings: Vec::new(),
    };
    walker.walk(tree, None, &At::Raw("#"), 0);
    walker.report(diags);
}

fn warn_server_initiated(tree: &Value, diags: &mut Diagnostics) {
    let non_empty = |v: Option<&Value>| v.and_then(Value::as_object).is_some_and(|m| !m.is_empty());
    if non_empty(tree.get("webhooks")) {
        diags.warn(
            "#/webhooks",
            "webhooks are requests the server sends, so the client has no methods for them",
        );
    }
    let paths = tree.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        for method in METHODS {
            let callbacks = item.get(method).and_then(|op| op.get("callbacks"));
            if non_empty(callbacks) {
                diags.warn(
                    pointer(["paths", path, method, "callbacks"]),
                    "callbacks are requests the server sends, so the client has no methods \
                     for them; the operation itself is generated",
                );
            }
        }
    }
}

/// Maps whose keys are names (of properties, schemas, media types, ...), not keywords: a
/// property called `const` or `type` is not rewritten.
pub const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "paths",
    "content",
    "encoding",
    "mapping",
    "variables",
    "$defs",
    "definitions",
    "examples",
    "dependentSchemas",
];

/// Values that are data, not schemas: left exactly as written.
const DATA: &[&str] = &["example", "default", "enum", "const", "value"];

/// Normalises one schema that sits where [`normalize`] does not look (an extension's value);
/// `at` is its pointer.
pub fn schema(value: &mut Value, at: &str, version: Version, diags: &mut Diagnostics) {
    boolean_schema(value);
    let mut walker = Walker {
        refs_keep_siblings: version >= Version::V3_1,
        warnings: Vec::new(),
    };
    walker.walk(value, None, &At::Raw(at), 0);
    walker.report(diags);
}

/// A JSON pointer being walked, as a chain of borrowed segments: built into text only for a
/// warning.
enum At<'a> {
    /// An already escaped pointer (`#/a/b`).
    Raw(&'a str),
    /// A key under a parent.
    Key(&'a At<'a>, &'a str),
    /// An array index under a parent.
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn pointer(&self) -> String {
        match self {
            At::Raw(text) => (*text).to_string(),
            At::Key(parent, key) => super::child(&parent.pointer(), key),
            At::Index(parent, index) => format!("{}/{index}", parent.pointer()),
        }
    }
}

struct Walker {
    /// OpenAPI 3.1 and later: a `$ref`'s siblings mean something.
    refs_keep_siblings: bool,
    /// Warnings with their pointers, reported once the walk is done.
    warnings: Vec<(String, String)>,
}

impl Walker {
    fn report(self, diags: &mut Diagnostics) {
        for (at, message) in self.warnings {
            diags.warn(at, message);
        }
    }

    fn walk(&mut self, value: &mut Value, key: Option<&str>, at: &At, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        if key.is_some_and(|k| DATA.contains(&k) || k.starts_with("x-")) {
            return;
        }
        // A schema's `examples` is a list of values; elsewhere `examples` maps names to examples.
        if key == Some("examples") && value.is_array() {
            return;
        }
        match value {
            Value::Object(map) => {
                if !key.is_some_and(|k| NAME_MAPS.contains(&k)) {
                    if let Some(message) = keywords::rewrite(map) {
                        self.warnings.push((at.pointer(), message));
                    }
                    for (key, child) in map.iter_mut() {
                        if SCHEMA_KEYS.contains(&key.as_str()) {
                            boolean_schema(child);
                        }
                        self.walk(child, Some(key), &At::Key(at, key), depth + 1);
                    }
                    keywords::keep_unread(map);
                } else {
                    let properties = key == Some("properties");
                    if properties {
                        // A property whose schema is `false` can never be present.
                        map.retain(|_, child| *child != Value::Bool(false));
                    }
                    let schemas = key.is_some_and(|k| SCHEMA_MAPS.contains(&k));
                    for (name, child) in map.iter_mut() {
                        if schemas {
                            boolean_schema(child);
                        }
                        if properties && self.refs_keep_siblings {
                            keywords::ref_siblings(child);
                        }
                        self.walk(child, None, &At::Key(at, name), depth + 1);
                    }
                }
            }
            Value::Array(items) => {
                let schemas = key.is_some_and(|k| SCHEMA_LISTS.contains(&k));
                for (index, child) in items.iter_mut().enumerate() {
                    if schemas {
                        boolean_schema(child);
                    }
                    self.walk(child, None, &At::Index(at, index), depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// Keys whose value is one schema (`additionalProperties` is not here: the model reads its
/// booleans).
const SCHEMA_KEYS: &[&str] = &[
    "items",
    "not",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "additionalItems",
    "contentSchema",
    "schema",
];

/// Name maps whose entries are schemas, and lists of schemas.
const SCHEMA_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "schemas",
    "$defs",
    "definitions",
    "dependentSchemas",
];
const SCHEMA_LISTS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems", "items"];

#[cfg(test)]
fn walk(value: &mut Value, _depth: usize) {
    let mut walker = Walker {
        refs_keep_siblings: true,
        warnings: Vec::new(),
    };
    walker.walk(value, None, &At::Raw("#"), 0);
    assert!(walker.warnings.is_empty(), "{:?}", walker.warnings);
}

/// 3.1 boolean schemas as objects the model reads: `true` (anything) → `{}`, `false`
/// (nothing) → `{not: {}}`.
fn boolean_schema(value: &mut Value) {
    if let Value::Bool(anything) = value {
        *value = if *anything {
            Value::Object(Map::new())
        } else {
            serde_json::json!({"not": {}})
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rewrites_type_arrays_const_and_bounds() {
        let mut tree =
            json!({"a": {"type": ["string", "null"], "const": "x", "exclusiveMinimum": 3}});
        walk(&mut tree, 0);
        assert_eq!(
            tree,
            json!({"a": {"type": "string", "nullable": true, "enum": ["x"], "minimum": 3, "exclusiveMinimum": true}})
        );
    }

    #[test]
    fn boolean_schemas_become_objects() {
        let mut tree = json!({"components": {"schemas": {
            "Any": true,
            "Closed": {
                "type": "object",
                "additionalProperties": false,
                "properties": {"gone": false, "anything": true, "additionalProperties": false},
                "items": false,
                "allOf": [true, {"type": "object"}]
            }
        }}});
        walk(&mut tree, 0);
        assert_eq!(
            tree,
            json!({"components": {"schemas": {
                "Any": {},
                "Closed": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {"anything": {}},
                    "items": {"not": {}},
                    "allOf": [{}, {"type": "object"}]
                }
            }}})
        );
    }

    #[test]
    fn warns_about_webhooks_and_callbacks_at_their_pointers() {
        let tree = json!({
            "webhooks": {"itemCreated": {"post": {}}},
            "paths": {"/items/{id}": {
                "post": {"callbacks": {"onDone": {}}},
                "get": {"callbacks": {}}
            }}
        });
        let mut diags = Diagnostics::new(std::path::Path::new("spec.yaml"));
        normalize(&mut tree.clone(), Version::V3_1, &mut diags);
        let pointers: Vec<String> = diags.into_vec().into_iter().map(|d| d.pointer).collect();
        assert_eq!(
            pointers,
            ["#/webhooks", "#/paths/~1items~1{id}/post/callbacks"]
        );
    }

    #[test]
    fn names_and_data_are_not_keywords() {
        let mut tree = json!({
            "components": {"schemas": {
                "const": {"type": "object", "properties": {"const": {"type": "string"}, "type": {"type": "string"}}},
                "WithExample": {"type": "object", "example": {"const": 1, "type": ["a", "null"]}, "x-data": {"const": 2}}
            }}
        });
        let expected = tree.clone();
        walk(&mut tree, 0);
        assert_eq!(tree, expected);
    }
}
