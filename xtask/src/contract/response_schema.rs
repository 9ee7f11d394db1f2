//! Whether a body Prism served breaks the schema its spec documents for that response.
//!
//! Prism serves the spec's own examples in static mode without checking them (Slack's
//! `users.profile.get` example has no `phone`, which `objs_user_profile` requires), so a body
//! the client cannot decode may be the spec's fault. The body is validated with the
//! `jsonschema` crate against the operation's response schema for the status and media type
//! Prism answered with. OpenAPI 3.0 (and Swagger 2.0) schemas are not JSON Schema: the
//! document is converted first (`nullable`/`x-nullable` → `null` allowed, types JSON Schema
//! does not have dropped) and validated as draft 4, its `$ref`s resolved against the whole
//! document; OpenAPI 3.1 documents are JSON Schema 2020-12 as they are. `format` is not
//! checked (the client's date and base64 errors are told apart by their messages), `pattern`s
//! are dropped (a decoder does not check them, and the regex engine cannot compile every
//! ECMA-262 pattern), and the annotations (`readOnly`, `writeOnly`, `discriminator`,
//! `example`, `xml`) check nothing.
//!
//! Only violations a decoder can trip on count: a wrong JSON type, a missing required
//! property, an `enum`/`const` whose values are all of another type, an `anyOf`/`oneOf`
//! none of whose alternatives the value meets in those respects. A body that breaks only a
//! `pattern`, a length or a bound decodes all the same, so it cannot excuse the client.

use std::sync::Arc;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Registry, ValidationError};
use serde_json::{json, Map, Value};

/// The URI the spec's document is registered under for its `$ref`s.
const DOCUMENT: &str = "urn:clientgen:spec";

/// A spec's documents, ready to validate response bodies.
#[derive(Debug)]
pub struct ResponseSchemas {
    /// The document, converted to JSON Schema where it is not.
    document: Value,
    /// Draft 4 for OpenAPI 3.0 and Swagger 2.0, 2020-12 for OpenAPI 3.1 and later.
    draft: Draft,
    /// A Swagger 2.0 document: a response's schema is its `schema`, with no media types.
    swagger: bool,
}

/// Where a body breaks its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    /// The JSON pointer into the body (`/profile`, or empty for the body itself).
    pub at: String,
    /// The validator's message (`"phone" is a required property`).
    pub message: String,
    /// The media type documents an `example` or `examples`: in static mode, Prism served it.
    pub documented_example: bool,
}

impl Breach {
    /// `at /profile: "phone" is a required property` (`at the top` for the body itself).
    pub fn place(&self) -> String {
        let at = match self.at.as_str() {
            "" => "the top",
            at => at,
        };
        format!("at {at}: {}", self.message)
    }
}

impl ResponseSchemas {
    /// The schemas of `document` (as read, before any rewriting of its paths).
    pub fn of(document: &Value) -> Arc<ResponseSchemas> {
        let version = document["openapi"].as_str().unwrap_or_default();
        let swagger = document.get("swagger").is_some();
        let json_schema = !swagger
            && version
                .split('.')
                .take(2)
                .map(|n| n.parse::<u32>().unwrap_or(0))
                .collect::<Vec<_>>()
                >= vec![3, 1];
        let mut document = document.clone();
        if !json_schema {
            to_json_schema(&mut document);
        }
        drop_patterns(&mut document);
        Arc::new(ResponseSchemas {
            document,
            draft: if json_schema {
                Draft::Draft202012
            } else {
                Draft::Draft4
            },
            swagger,
        })
    }

    /// Where `body`, answered with `status` under `media_type` (the `Content-Type` Prism
    /// sent, when known) to the operation at `operation` (`#/paths/~1a/get`), breaks its
    /// schema in a way a decoder can trip on: the first such violation, or the first that the
    /// client's decode error `decode` names (serde's ``missing field `phone` `` or
    /// ``invalid type: integer `1` ``) when there is one. `None` when it does not, or when
    /// that cannot be told: no such response or schema, a schema that does not compile. When
    /// the media type is unknown or not documented, every documented one is tried and the
    /// body must break each of them.
    pub fn breach(
        &self,
        operation: &str,
        status: u16,
        media_type: Option<&str>,
        body: &Value,
        decode: Option<&str>,
    ) -> Option<Breach> {
        let candidates = self.schema_pointers(operation, status, media_type);
        let mut first = None;
        for (pointer, documented_example) in candidates {
            let (at, message) = self.first_violation(&pointer, body, decode)?;
            first.get_or_insert(Breach {
                at,
                message,
                documented_example,
            });
        }
        first
    }

    /// The first violation a decoder can trip on of `body` against the schema at `pointer`
    /// (the first that `decode` names, if any).
    fn first_violation(
        &self,
        pointer: &str,
        body: &Value,
        decode: Option<&str>,
    ) -> Option<(String, String)> {
        // The document is a resource of its own (not the root schema: its top-level keys
        // are no schema, and Swagger's `definitions` would be checked against the
        // meta-schema), and the root schema a `$ref` to the response's schema in it.
        let registry = Registry::new()
            .draft(self.draft)
            .add(DOCUMENT, self.draft.create_resource_ref(&self.document))
            .ok()?
            .prepare()
            .ok()?;
        let root = json!({"$ref": format!("{DOCUMENT}#{}", encode_fragment(pointer))});
        let validator = jsonschema::options()
            .with_draft(self.draft)
            .with_registry(&registry)
            .should_validate_formats(false)
            .build(&root)
            .ok()?;
        let errors: Vec<ValidationError<'_>> =
            validator.iter_errors(body).filter(decodes_wrong).collect();
        let named = |error: &&ValidationError<'_>| decode.is_some_and(|d| named_by(error, d));
        let error = errors.iter().find(named).or(errors.first())?;
        Some((error.instance_path().to_string(), error.to_string()))
    }

    /// The pointers of the schemas documented for `status` of the operation (its own
    /// status, else `2XX`-style, else `default`; `$ref`'d responses followed), each with
    /// whether its media type documents an example.
    fn schema_pointers(
        &self,
        operation: &str,
        status: u16,
        media_type: Option<&str>,
    ) -> Vec<(String, bool)> {
        let operation = operation.trim_start_matches('#');
        let Some(responses) = self
            .document
            .pointer(&format!("{operation}/responses"))
            .and_then(Value::as_object)
        else {
            return Vec::new();
        };
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        let Some(key) = [exact.as_str(), range.as_str(), "default"]
            .into_iter()
            .find_map(|wanted| responses.keys().find(|k| k.eq_ignore_ascii_case(wanted)))
        else {
            return Vec::new();
        };
        let mut pointer = format!("{operation}/responses/{}", escape(key));
        for _ in 0..16 {
            let Some(reference) = self
                .document
                .pointer(&pointer)
                .and_then(|r| r.get("$ref"))
                .and_then(Value::as_str)
            else {
                break;
            };
            let Some(local) = reference.strip_prefix('#') else {
                return Vec::new();
            };
            pointer = local.to_string();
        }
        let Some(response) = self.document.pointer(&pointer) else {
            return Vec::new();
        };
        if self.swagger {
            let example = response.get("examples").is_some();
            return match response.get("schema") {
                Some(_) => vec![(format!("{pointer}/schema"), example)],
                None => Vec::new(),
            };
        }
        let Some(content) = response["content"].as_object() else {
            return Vec::new();
        };
        let with_schema: Vec<(&String, &Value)> = content
            .iter()
            .filter(|(_, media)| media.get("schema").is_some())
            .collect();
        let essence = |t: &str| {
            t.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        };
        let answered = media_type.map(essence);
        let matching: Vec<&(&String, &Value)> = with_schema
            .iter()
            .filter(|(name, _)| answered.as_deref() == Some(essence(name).as_str()))
            .collect();
        let chosen: Vec<&(&String, &Value)> = if matching.is_empty() {
            with_schema.iter().collect()
        } else {
            matching
        };
        chosen
            .into_iter()
            .map(|(name, media)| {
                let example = media.get("example").is_some() || media.get("examples").is_some();
                (
                    format!("{pointer}/content/{}/schema", escape(name)),
                    example,
                )
            })
            .collect()
    }
}

/// Whether a violation is one a decoder of the schema's types trips on (see the module's
/// documentation).
fn decodes_wrong(error: &ValidationError<'_>) -> bool {
    match error.kind() {
        ValidationErrorKind::Type { .. } | ValidationErrorKind::Required { .. } => true,
        ValidationErrorKind::Enum { options } => match options.as_array() {
            Some(values) => values.iter().all(|v| !same_type(v, error.instance())),
            None => false,
        },
        ValidationErrorKind::Constant { expected_value } => {
            !same_type(expected_value, error.instance())
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            !context.is_empty()
                && context
                    .iter()
                    .all(|alternative| alternative.iter().any(decodes_wrong))
        }
        _ => false,
    }
}

/// Whether serde's decode error `decode` is about the value `error` is about: a missing field
/// of that name, or a value of the wrong type that is this one.
fn named_by(error: &ValidationError<'_>, decode: &str) -> bool {
    match error.kind() {
        ValidationErrorKind::Required { property } => property
            .as_str()
            .is_some_and(|name| decode.contains(&format!("missing field `{name}`"))),
        ValidationErrorKind::Type { .. } => {
            let unexpected = match &**error.instance() {
                Value::String(text) => vec![format!("string {text:?}")],
                Value::Number(n) if n.is_f64() => vec![format!("floating point `{n}`")],
                Value::Number(n) => vec![format!("integer `{n}`")],
                Value::Bool(b) => vec![format!("boolean `{b}`")],
                Value::Null => vec!["null".into(), "unit value".into()],
                Value::Array(_) => vec!["sequence".into()],
                Value::Object(_) => vec!["map".into()],
            };
            unexpected
                .iter()
                .any(|u| decode.contains(&format!("invalid type: {u},")))
        }
        _ => false,
    }
}

/// Whether two values have the same JSON type (an integer is a number).
fn same_type(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The keys whose values are data, not schemas: never converted.
const DATA_KEYS: [&str; 6] = [
    "example",
    "examples",
    "x-example",
    "default",
    "enum",
    "const",
];

/// JSON Schema's types; OpenAPI 3.0 has no other, but Swagger 2.0 has `file`.
const TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "array", "object", "null",
];

/// Converts OpenAPI 3.0's and Swagger 2.0's schemas in `value` to JSON Schema (draft 4):
/// `nullable: true` (or `x-nullable: true`) lets `null` through; a `type` JSON Schema does
/// not know (`file`) is dropped.
pub fn to_json_schema(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if !DATA_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
                    to_json_schema(child);
                }
            }
            if map
                .get("type")
                .and_then(Value::as_str)
                .is_some_and(|t| !TYPES.contains(&t))
            {
                map.remove("type");
            }
            let nullable = [map.remove("nullable"), map.remove("x-nullable")]
                .into_iter()
                .flatten()
                .any(|n| n == true);
            if nullable {
                *value = with_null(std::mem::take(map));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(to_json_schema),
        _ => {}
    }
}

/// Removes every schema's `pattern`: a decoder does not check it, and an ECMA-262 pattern the
/// validator's regex engine cannot compile would leave the whole schema unchecked. (A
/// property named `pattern` is a schema, an object, and stays.)
fn drop_patterns(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("pattern").is_some_and(Value::is_string) {
                map.remove("pattern");
            }
            for (key, child) in map.iter_mut() {
                if !DATA_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
                    drop_patterns(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(drop_patterns),
        _ => {}
    }
}

/// A schema that also lets `null` through: `type: T` becomes `[T, "null"]` (and `null` joins
/// its `enum`); a schema whose `$ref` or composition decides its type becomes
/// `anyOf: [{type: null}, schema]`; a schema without a `type` already lets `null` through
/// unless an `enum` says otherwise, which `null` then joins.
fn with_null(mut map: Map<String, Value>) -> Value {
    let composed = ["$ref", "allOf", "anyOf", "oneOf", "not"]
        .iter()
        .any(|k| map.contains_key(*k));
    if composed {
        return json!({"anyOf": [{"type": "null"}, Value::Object(map)]});
    }
    if let Some(Value::String(kind)) = map.get("type") {
        let kind = kind.clone();
        map.insert("type".into(), json!([kind, "null"]));
    }
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        if !values.contains(&Value::Null) {
            values.push(Value::Null);
        }
    }
    Value::Object(map)
}

/// A JSON pointer token.
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// A JSON pointer as a URI fragment: every byte but the unreserved ones and `/` percent-encoded
/// (path templates have `{` and `}`, media types `+`).
fn encode_fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for byte in pointer.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
#[path = "tests/response_schema.rs"]
mod tests;
