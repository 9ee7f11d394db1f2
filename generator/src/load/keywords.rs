//! JSON Schema keywords of OpenAPI 3.1 rewritten into what the OpenAPI 3.0 model reads, one
//! schema object at a time ([`super::normalize`] walks the tree):
//! - `type` arrays: `[T, "null"]` → `type: T, nullable: true`; several types → an `anyOf` of
//!   one schema per type, each with the keywords that apply to it (a union type);
//! - `const` → a one-value `enum`; numeric `exclusiveMinimum`/`exclusiveMaximum` → the 3.0
//!   boolean form beside `minimum`/`maximum`;
//! - `examples` (an array) → `example` (its first value), when there is no `example`;
//! - `contentEncoding: base64` → `format: byte`; `contentMediaType` of a binary media type
//!   (no encoding) → `format: binary`;
//! - `unevaluatedProperties` → `additionalProperties`, when that is not given;
//! - a `$ref` with siblings (a property's own `description`, ...) → `allOf: [{$ref}]` beside
//!   the siblings, so they are kept ([`ref_siblings`]);
//! - `prefixItems` → the extension [`PREFIX_ITEMS`] (the model has no place for it);
//! - `xml` → the extension [`XML`] (the 3.0 model drops it; AWS's query protocol needs it).

use serde_json::{Map, Value};

/// Where `prefixItems` is kept for the lowering.
pub const PREFIX_ITEMS: &str = "x-clientgen-prefix-items";

/// Where a schema's `xml` object (`name`, `wrapped`) is kept for the lowering.
pub const XML: &str = "x-clientgen-xml";

/// The keywords of integers and numbers.
const NUMERIC: &[&str] = &[
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
];

/// The keywords that belong to each JSON type, moved onto that type's alternative when a
/// `type` array is split.
const TYPE_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "string",
        &[
            "format",
            "minLength",
            "maxLength",
            "pattern",
            "contentEncoding",
            "contentMediaType",
        ],
    ),
    ("integer", NUMERIC),
    ("number", NUMERIC),
    ("boolean", &[]),
    (
        "array",
        &[
            "items",
            "prefixItems",
            "minItems",
            "maxItems",
            "uniqueItems",
        ],
    ),
    (
        "object",
        &[
            "properties",
            "required",
            "additionalProperties",
            "unevaluatedProperties",
            "patternProperties",
            "minProperties",
            "maxProperties",
        ],
    ),
];

/// Rewrites one schema object's keywords; returns a warning for what could not be mapped.
pub fn rewrite(map: &mut Map<String, Value>) -> Option<String> {
    // Text with nothing visible (`"  "`, control characters) is no text: templates fall back
    // to their default docs instead of emitting an empty doc comment.
    for key in ["description", "summary", "title"] {
        if let Some(Value::String(text)) = map.get_mut(key) {
            if text.chars().all(|c| c.is_whitespace() || c.is_control()) {
                text.clear();
            }
        }
    }
    if let Some(constant) = map.remove("const") {
        if !map.contains_key("enum") {
            map.insert("enum".into(), Value::Array(vec![constant]));
        }
    }
    let warning = type_array(map);
    if map.get("type").is_some_and(|t| t == "null") {
        map.remove("type");
        map.insert("nullable".into(), Value::Bool(true));
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(Value::Number(n)) = map.get(exclusive).cloned() {
            map.insert(bound.into(), Value::Number(n));
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
    if let Some(Value::Array(examples)) = map.get("examples") {
        if let (Some(first), false) = (examples.first(), map.contains_key("example")) {
            map.insert("example".into(), first.clone());
        }
    }
    content_keywords(map);
    if !map.contains_key("additionalProperties") {
        if let Some(unevaluated) = map.remove("unevaluatedProperties") {
            map.insert("additionalProperties".into(), unevaluated);
        }
    }
    warning
}

/// Moves what the 3.0 model would drop into extensions; runs after the schema's children were
/// rewritten, so the moved schemas are in the 3.0 shape too.
pub fn keep_unread(map: &mut Map<String, Value>) {
    if let Some(prefix) = map.remove("prefixItems") {
        map.insert(PREFIX_ITEMS.into(), prefix);
    }
    if map.get("xml").is_some_and(Value::is_object) {
        if let Some(xml) = map.remove("xml") {
            map.insert(XML.into(), xml);
        }
    }
}

/// `type: [string, "null"]` → `type: string, nullable: true`; several types → `anyOf`.
fn type_array(map: &mut Map<String, Value>) -> Option<String> {
    if !map.get("type").is_some_and(Value::is_array) {
        return None;
    }
    let Some(Value::Array(types)) = map.remove("type") else {
        return None;
    };
    let nullable = types.iter().any(|t| t == "null");
    let mut rest: Vec<&str> = Vec::new();
    for t in types.iter().filter_map(Value::as_str) {
        if t != "null" && !rest.contains(&t) {
            rest.push(t);
        }
    }
    // An integer is a number too: `integer` is tried first, or it would never be chosen.
    if let (Some(int), Some(num)) = (
        rest.iter().position(|t| *t == "integer"),
        rest.iter().position(|t| *t == "number"),
    ) {
        if num < int {
            rest.swap(num, int);
        }
    }
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
    }
    let warning = match rest.as_slice() {
        [] => None,
        [single] => {
            map.insert("type".into(), Value::String((*single).to_string()));
            None
        }
        several => split_types(map, several),
    };
    warning
}

/// One alternative per type, under `anyOf` (or `oneOf` when `anyOf` is taken).
fn split_types(map: &mut Map<String, Value>, types: &[&str]) -> Option<String> {
    let slot = ["anyOf", "oneOf"]
        .into_iter()
        .find(|k| !map.contains_key(*k));
    let Some(slot) = slot else {
        return Some(format!(
            "`type: [{}]` beside both `anyOf` and `oneOf` is not mapped; any value is accepted",
            types.join(", ")
        ));
    };
    let mut alternatives = Vec::new();
    for t in types {
        let mut alternative = Map::new();
        alternative.insert("type".into(), Value::String((*t).to_string()));
        let keywords = TYPE_KEYWORDS
            .iter()
            .find(|(name, _)| name == t)
            .map_or(&[][..], |(_, k)| k);
        for keyword in keywords {
            if let Some(value) = map.get(*keyword) {
                alternative.insert((*keyword).to_string(), value.clone());
            }
        }
        if let Some(Value::Array(values)) = map.get("enum") {
            let own: Vec<Value> = values.iter().filter(|v| of_type(v, t)).cloned().collect();
            if !own.is_empty() {
                alternative.insert("enum".into(), Value::Array(own));
            }
        }
        alternatives.push(Value::Object(alternative));
    }
    for (_, keywords) in TYPE_KEYWORDS {
        for keyword in keywords.iter() {
            map.remove(*keyword);
        }
    }
    map.remove("enum");
    map.insert(slot.into(), Value::Array(alternatives));
    None
}

/// Whether an `enum` value is of JSON type `t`.
fn of_type(value: &Value, t: &str) -> bool {
    match t {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// `contentEncoding`/`contentMediaType` on a string without a `format`.
fn content_keywords(map: &mut Map<String, Value>) {
    if map.contains_key("format") || map.get("type").is_some_and(|t| t != "string") {
        return;
    }
    let encoding = map.get("contentEncoding").and_then(Value::as_str);
    let media = map.get("contentMediaType").and_then(Value::as_str);
    let format = match (encoding, media) {
        (Some(e), _) if e.eq_ignore_ascii_case("base64") => "byte",
        (None, Some(media)) if is_binary_media(media) => "binary",
        _ => return,
    };
    map.insert("format".into(), Value::String(format.into()));
}

/// Media types whose content is not text: a string of them holds raw bytes.
fn is_binary_media(media: &str) -> bool {
    let media = media.to_ascii_lowercase();
    let text = media.starts_with("text/")
        || media.contains("json")
        || media.contains("xml")
        || media.starts_with("application/x-www-form-urlencoded")
        || media.starts_with("application/javascript")
        || media.starts_with("application/yaml");
    !text
}

/// A property written as a `$ref` with siblings (3.1: its own `description`, `example`,
/// `readOnly`, ...): `{allOf: [{$ref}], ...siblings}`, which the model reads whole.
pub fn ref_siblings(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    if !map.contains_key("$ref") || map.keys().all(|k| k == "$ref" || k.starts_with("x-")) {
        return;
    }
    let Some(reference) = map.shift_remove("$ref") else {
        return;
    };
    let mut target = Map::new();
    target.insert("$ref".into(), reference);
    match map.get_mut("allOf") {
        Some(Value::Array(parts)) => parts.insert(0, Value::Object(target)),
        _ => {
            map.insert("allOf".into(), Value::Array(vec![Value::Object(target)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rewritten(mut schema: Value) -> Value {
        if let Value::Object(map) = &mut schema {
            assert_eq!(rewrite(map), None);
        }
        schema
    }

    #[test]
    fn several_types_become_one_alternative_each() {
        let schema = json!({
            "type": ["number", "string", "null", "integer"],
            "description": "d",
            "format": "int32",
            "maxLength": 3,
            "enum": ["a", 1.5, 2]
        });
        assert_eq!(
            rewritten(schema),
            json!({
                "description": "d",
                "nullable": true,
                "anyOf": [
                    {"type": "integer", "format": "int32", "enum": [2]},
                    {"type": "string", "format": "int32", "maxLength": 3, "enum": ["a"]},
                    {"type": "number", "format": "int32", "enum": [1.5, 2]}
                ]
            })
        );
    }

    #[test]
    fn a_taken_any_of_moves_the_types_to_one_of_and_both_taken_warns() {
        let schema = json!({"type": ["string", "integer"], "anyOf": [{"required": ["a"]}]});
        assert_eq!(
            rewritten(schema)["oneOf"],
            json!([{"type": "string"}, {"type": "integer"}])
        );
        let mut both = json!({"type": ["string", "integer"], "anyOf": [], "oneOf": []});
        let warning = rewrite(both.as_object_mut().unwrap());
        assert!(warning.is_some_and(|w| w.contains("not mapped")));
        assert!(both.get("type").is_none());
    }

    #[test]
    fn examples_content_keywords_and_unevaluated_properties() {
        let schema = json!({
            "type": "string",
            "examples": ["first", "second"],
            "contentEncoding": "base64"
        });
        let out = rewritten(schema);
        assert_eq!(out["example"], "first");
        assert_eq!(out["format"], "byte");
        let media = rewritten(json!({"type": "string", "contentMediaType": "image/png"}));
        assert_eq!(media["format"], "binary");
        let text = rewritten(json!({"type": "string", "contentMediaType": "application/json"}));
        assert!(text.get("format").is_none());
        let kept = rewritten(json!({"example": 1, "examples": [2]}));
        assert_eq!(kept["example"], 1);
        let closed = rewritten(json!({"type": "object", "unevaluatedProperties": false}));
        assert_eq!(closed["additionalProperties"], false);
    }

    #[test]
    fn xml_and_prefix_items_are_kept_as_extensions() {
        let mut schema = json!({"type": "array", "xml": {"wrapped": false}, "prefixItems": [{}]});
        keep_unread(schema.as_object_mut().unwrap());
        assert_eq!(
            schema,
            json!({"type": "array", XML: {"wrapped": false}, PREFIX_ITEMS: [{}]})
        );
    }

    #[test]
    fn ref_siblings_wrap_the_ref_in_all_of() {
        let mut plain = json!({"$ref": "#/a", "x-note": 1});
        ref_siblings(&mut plain);
        assert_eq!(plain, json!({"$ref": "#/a", "x-note": 1}));
        let mut described = json!({"$ref": "#/a", "description": "d"});
        ref_siblings(&mut described);
        assert_eq!(
            described,
            json!({"description": "d", "allOf": [{"$ref": "#/a"}]})
        );
    }
}
