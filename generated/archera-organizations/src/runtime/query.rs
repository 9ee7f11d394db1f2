//! Parameter encoding by the OpenAPI 3.0.3 style rules: query (form, spaceDelimited,
//! pipeDelimited, deepObject), path segments, headers and cookies.
//!
//! Values arrive as `serde_json::Value`: strings are used raw, numbers and booleans as their
//! JSON text, arrays and objects by the style rules. Nested arrays and objects inside a
//! collection (which the styles do not define) are sent as JSON text.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::Value;

use super::aws_query::{self, AwsShape};

/// How a query parameter is serialized (OpenAPI `style` + `explode`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `style: form` (the default for query parameters).
    Form {
        /// `explode` (defaults to `true` for form).
        explode: bool,
    },
    /// `style: spaceDelimited` (explode false).
    SpaceDelimited,
    /// `style: pipeDelimited` (explode false).
    PipeDelimited,
    /// `style: deepObject` (explode true).
    DeepObject,
    /// AWS's query protocol for a list, map or structure (see [`super::aws_query`]).
    Aws(&'static AwsShape),
}

/// Everything but the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Query parameter names: like [`COMPONENT`] but `[` and `]` stay, so names such as
/// `page[size]` and deepObject keys read as servers expect.
const NAME: &AsciiSet = &COMPONENT.remove(b'[').remove(b']');

/// Cookie values: controls, space, `"`, `,`, `;`, `\` and `%` are escaped.
const COOKIE: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b',')
    .add(b';')
    .add(b'\\')
    .add(b'%');

/// Percent-encodes a value as one URL component (a path segment or a query value).
pub fn encode_component(value: &str) -> String {
    utf8_percent_encode(value, COMPONENT).to_string()
}

/// Percent-encodes a query parameter name (keeps `[`, `]` and dots).
pub fn encode_name(name: &str) -> String {
    utf8_percent_encode(name, NAME).to_string()
}

/// Percent-encodes a cookie value.
pub fn encode_cookie(value: &str) -> String {
    utf8_percent_encode(value, COOKIE).to_string()
}

/// A primitive as text: strings raw, `null` empty, numbers and booleans as JSON text, and
/// arrays and objects as JSON text.
pub fn primitive_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The `simple` style (path and header params, explode false): arrays and objects become
/// comma-separated lists (`blue,black,brown`, `R,100,G,200,B,150`).
pub fn simple_text(value: &Value) -> String {
    match value {
        Value::Array(items) => items
            .iter()
            .map(primitive_text)
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), primitive_text(v)])
            .collect::<Vec<_>>()
            .join(","),
        other => primitive_text(other),
    }
}

/// Encodes one query parameter into `name=value` pairs, already percent-encoded, in order.
pub fn encode_query(name: &str, value: &Value, style: QueryStyle) -> Vec<String> {
    let key = encode_name(name);
    let pair = |k: &str, v: &str| format!("{k}={}", encode_component(v));
    match (style, value) {
        (QueryStyle::Aws(shape), value) => aws_query::encode(name, value, shape),
        (QueryStyle::Form { explode: true }, Value::Array(items)) => items
            .iter()
            .map(|v| pair(&key, &primitive_text(v)))
            .collect(),
        (QueryStyle::Form { explode: true }, Value::Object(map)) => map
            .iter()
            .map(|(k, v)| pair(&encode_name(k), &primitive_text(v)))
            .collect(),
        (QueryStyle::Form { explode: false }, Value::Array(_) | Value::Object(_)) => {
            vec![delimited(&key, value, ",")]
        }
        (QueryStyle::SpaceDelimited, Value::Array(_) | Value::Object(_)) => {
            vec![delimited(&key, value, "%20")]
        }
        (QueryStyle::PipeDelimited, Value::Array(_) | Value::Object(_)) => {
            vec![delimited(&key, value, "|")]
        }
        (QueryStyle::DeepObject, Value::Object(map)) => {
            let mut out = Vec::new();
            for (k, v) in map {
                deep(&mut out, &format!("{key}[{}]", encode_name(k)), v);
            }
            out
        }
        (_, other) => vec![pair(&key, &primitive_text(other))],
    }
}

/// `name=a<sep>b<sep>c`: each item encoded, the separator literal.
fn delimited(key: &str, value: &Value, sep: &str) -> String {
    let parts: Vec<String> = match value {
        Value::Array(items) => items
            .iter()
            .map(|v| encode_component(&primitive_text(v)))
            .collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [encode_component(k), encode_component(&primitive_text(v))])
            .collect(),
        other => vec![encode_component(&primitive_text(other))],
    };
    format!("{key}={}", parts.join(sep))
}

/// deepObject: nested objects recurse (`a[b][c]=v`); arrays repeat the key.
fn deep(out: &mut Vec<String>, key: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                deep(out, &format!("{key}[{}]", encode_name(k)), v);
            }
        }
        Value::Array(items) => {
            for v in items {
                out.push(format!("{key}={}", encode_component(&primitive_text(v))));
            }
        }
        other => out.push(format!(
            "{key}={}",
            encode_component(&primitive_text(other))
        )),
    }
}
