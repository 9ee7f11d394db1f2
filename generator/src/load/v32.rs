//! OpenAPI 3.2 constructs, mapped where the model can hold them and warned about at their
//! pointer where it cannot:
//! - the `query` method, and `QUERY` in `additionalOperations`, are kept as the path item's
//!   `x-clientgen-query` extension: the generated client does not send QUERY requests yet;
//! - `additionalOperations` under a standard method's name (`PATCH`) become that method; custom
//!   methods are kept as `x-clientgen-additional-operations` and not generated;
//! - `itemSchema` (the type of each item of a streamed response) is kept as the media type's
//!   `x-clientgen-item-schema` for when streamed responses are supported;
//! - `in: querystring` parameters are dropped; `style: cookie` is read as `form`;
//! - the `deviceAuthorization` OAuth2 flow, `$self`, `itemEncoding`, `prefixEncoding` and a
//!   discriminator's `defaultMapping` are not read.
//!
//! Tag `parent` and `kind` stay as they are (the model ignores them).

use serde_json::{Map, Value};

use super::{child, METHODS};
use crate::diag::Diagnostics;

/// Applies the rules above.
pub fn upgrade(tree: &mut Value, diags: &mut Diagnostics) {
    let Value::Object(root) = tree else { return };
    if root.contains_key("$self") {
        let message = "`$self` is not used: `$ref`s are read relative to the file's location";
        diags.warn("#/$self", message);
    }
    for section in ["paths", "webhooks"] {
        let Some(Value::Object(items)) = root.get_mut(section) else {
            continue;
        };
        for (path, item) in items.iter_mut() {
            let Value::Object(item) = item else { continue };
            path_item(item, &child(&child("#", section), path), diags);
        }
    }
    let components = root.get_mut("components").and_then(Value::as_object_mut);
    if let Some(components) = components {
        if let Some(Value::Object(params)) = components.get_mut("parameters") {
            let mut dropped = Vec::new();
            for (name, param) in params.iter_mut() {
                if !parameter(param, &child("#/components/parameters", name), diags) {
                    dropped.push(name.clone());
                }
            }
            for name in dropped {
                params.shift_remove(&name);
            }
        }
        if let Some(Value::Object(schemes)) = components.get("securitySchemes") {
            for (name, scheme) in schemes {
                if scheme
                    .get("flows")
                    .and_then(|f| f.get("deviceAuthorization"))
                    .is_some()
                {
                    let at = child(
                        &child(&child("#/components/securitySchemes", name), "flows"),
                        "deviceAuthorization",
                    );
                    diags.warn(at, "the device authorization flow is not supported; the scheme's other flows are read");
                }
            }
        }
    }
    unread_keywords(tree, &mut Vec::new(), diags, 0);
}

fn path_item(item: &mut Map<String, Value>, at: &str, diags: &mut Diagnostics) {
    if let Some(Value::Object(extra)) = item.shift_remove("additionalOperations") {
        let mut custom = Map::new();
        for (method, op) in extra {
            let op_at = child(&child(at, "additionalOperations"), &method);
            let lower = method.to_ascii_lowercase();
            if (METHODS.contains(&lower.as_str()) || lower == "query") && !item.contains_key(&lower)
            {
                item.insert(lower, op);
            } else {
                let message = format!(
                    "the custom method `{method}` is not generated: the client sends only the standard methods; the operation is skipped"
                );
                diags.warn(op_at, message);
                custom.insert(method, op);
            }
        }
        if !custom.is_empty() {
            item.insert(
                "x-clientgen-additional-operations".into(),
                Value::Object(custom),
            );
        }
    }
    if let Some(op) = item.shift_remove("query") {
        let message = "the QUERY method is not generated yet (kept as `x-clientgen-query`); the operation is skipped";
        diags.warn(child(at, "query"), message);
        item.insert("x-clientgen-query".into(), op);
    }
    parameters(item.get_mut("parameters"), &child(at, "parameters"), diags);
    for method in METHODS {
        let Some(Value::Object(op)) = item.get_mut(method) else {
            continue;
        };
        let op_at = child(at, method);
        parameters(
            op.get_mut("parameters"),
            &child(&op_at, "parameters"),
            diags,
        );
        if let Some(Value::Object(body)) = op.get_mut("requestBody") {
            content(
                body.get_mut("content"),
                &child(&child(&op_at, "requestBody"), "content"),
                diags,
            );
        }
        if let Some(Value::Object(responses)) = op.get_mut("responses") {
            for (status, response) in responses.iter_mut() {
                let response_at = child(&child(&op_at, "responses"), status);
                content(
                    response.get_mut("content"),
                    &child(&response_at, "content"),
                    diags,
                );
            }
        }
    }
}

fn parameters(list: Option<&mut Value>, at: &str, diags: &mut Diagnostics) {
    let Some(Value::Array(list)) = list else {
        return;
    };
    let mut index = 0;
    list.retain_mut(|param| {
        let keep = parameter(param, &child(at, &index.to_string()), diags);
        index += 1;
        keep
    });
}

/// Fixes one parameter; `false` when it is to be dropped.
fn parameter(param: &mut Value, at: &str, diags: &mut Diagnostics) -> bool {
    let Value::Object(param) = param else {
        return true;
    };
    if param.get("in").is_some_and(|l| l == "querystring") {
        let message = "`in: querystring` (the whole query string as one value) is not supported; the parameter is dropped";
        diags.warn(at.to_string(), message);
        return false;
    }
    if param.get("style").is_some_and(|s| s == "cookie") {
        diags.warn(
            child(at, "style"),
            "`style: cookie` is read as `form` (the same for a single value)",
        );
        param.insert("style".into(), Value::String("form".into()));
    }
    true
}

/// `itemSchema` → `x-clientgen-item-schema`, with a warning.
fn content(content: Option<&mut Value>, at: &str, diags: &mut Diagnostics) {
    let Some(Value::Object(content)) = content else {
        return;
    };
    for (media, entry) in content.iter_mut() {
        let Value::Object(entry) = entry else {
            continue;
        };
        if let Some(mut schema) = entry.shift_remove("itemSchema") {
            let schema_at = child(&child(at, media), "itemSchema");
            super::normalize::schema(&mut schema, &schema_at, super::Version::V3_2, diags);
            let message = "`itemSchema` is kept for when streamed responses are supported; the body is read as a whole";
            diags.warn(child(&child(at, media), "itemSchema"), message);
            entry.insert("x-clientgen-item-schema".into(), schema);
        }
    }
}

/// Warns about 3.2 keywords the model has no place for, wherever they are.
fn unread_keywords(value: &Value, at: &mut Vec<String>, diags: &mut Diagnostics, depth: usize) {
    if depth > 256 {
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let unread = match key.as_str() {
                    "itemEncoding" | "prefixEncoding" => {
                        Some("sequential multipart encodings are not read")
                    }
                    "defaultMapping" if at.last().is_some_and(|k| k == "discriminator") => {
                        Some("a discriminator's `defaultMapping` is not read")
                    }
                    _ => None,
                };
                at.push(key.clone());
                if let Some(message) = unread {
                    diags.warn(crate::diag::pointer(at.iter()), message);
                }
                if !key.starts_with("x-")
                    && !matches!(
                        key.as_str(),
                        "example" | "examples" | "default" | "enum" | "const"
                    )
                {
                    unread_keywords(child, at, diags, depth + 1);
                }
                at.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                at.push(index.to_string());
                unread_keywords(item, at, diags, depth + 1);
                at.pop();
            }
        }
        _ => {}
    }
}
