//! OpenAPI 3.2 constructs, mapped where the model can hold them and warned about at their
//! pointer where it cannot:
//! - the `query` method, and `QUERY` in `additionalOperations`, are kept as the path item's
//!   `x-clientgen-query` extension, which the lowering turns into a method sending `QUERY`;
//! - `additionalOperations` under a standard method's name (`PATCH`) become that method; other
//!   methods (`PURGE`) are kept as `x-clientgen-additional-operations`, generated the same way;
//! - `itemSchema` (the type of each item of a streamed response) is kept as the media type's
//!   `x-clientgen-item-schema`, which the lowering reads for server-sent events and JSON lines
//!   (warned for other media types);
//! - `in: querystring` parameters are dropped; `style: cookie` is read as `form`;
//! - the `deviceAuthorization` OAuth2 flow, `$self`, `itemEncoding`, `prefixEncoding` and a
//!   discriminator's `defaultMapping` are not read.
//!
//! Tag `parent` and `kind` stay as they are (the model ignores them).

use serde_json::{Map, Value};

use super::{child, METHODS};
use crate::diag::Diagnostics;
use crate::media;

/// Where a path item's `query` operation is kept (the 3.0 model has no such method).
pub const QUERY_EXTENSION: &str = "x-clientgen-query";
/// Where a path item's operations of other methods (`PURGE`) are kept, by method name.
pub const CUSTOM_EXTENSION: &str = "x-clientgen-additional-operations";

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
    let mut custom = Map::new();
    if let Some(Value::Object(extra)) = item.shift_remove("additionalOperations") {
        for (method, mut op) in extra {
            let op_at = child(&child(at, "additionalOperations"), &method);
            let lower = method.to_ascii_lowercase();
            if (METHODS.contains(&lower.as_str()) || lower == "query") && !item.contains_key(&lower)
            {
                item.insert(lower, op);
            } else if is_method_token(&method) && !METHODS.contains(&lower.as_str()) {
                operation(&mut op, &op_at, diags);
                custom.insert(method, op);
            } else {
                let message = format!(
                    "`{method}` is not a method the client can send (not an HTTP method name, or a second `{method}` operation); the operation is skipped"
                );
                diags.warn(op_at, message);
            }
        }
    }
    if !custom.is_empty() {
        item.insert(CUSTOM_EXTENSION.into(), Value::Object(custom));
    }
    parameters(item.get_mut("parameters"), &child(at, "parameters"), diags);
    for method in METHODS.iter().chain(&["query"]) {
        if let Some(op) = item.get_mut(*method) {
            operation(op, &child(at, method), diags);
        }
    }
    if let Some(op) = item.shift_remove("query") {
        item.insert(QUERY_EXTENSION.into(), op);
    }
}

/// Whether `method` is an HTTP method name (RFC 9110 `token`).
fn is_method_token(method: &str) -> bool {
    !method.is_empty()
        && method
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The 3.2 parts of one operation: its parameters and the `itemSchema`s of its contents.
fn operation(op: &mut Value, op_at: &str, diags: &mut Diagnostics) {
    let Value::Object(op) = op else { return };
    parameters(op.get_mut("parameters"), &child(op_at, "parameters"), diags);
    if let Some(Value::Object(body)) = op.get_mut("requestBody") {
        content(
            body.get_mut("content"),
            &child(&child(op_at, "requestBody"), "content"),
            diags,
        );
    }
    if let Some(Value::Object(responses)) = op.get_mut("responses") {
        for (status, response) in responses.iter_mut() {
            let response_at = child(&child(op_at, "responses"), status);
            content(
                response.get_mut("content"),
                &child(&response_at, "content"),
                diags,
            );
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
            if !media::is_server_sent_events(media) && !media::is_json_lines(media) {
                let message = "`itemSchema` is read only for `text/event-stream` and JSON lines responses; this body is read as a whole";
                diags.warn(child(&child(at, media), "itemSchema"), message);
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_and_other_methods_are_kept_and_bad_method_names_skipped() {
        let mut tree = json!({"paths": {"/pets": {
            "query": {"operationId": "search"},
            "additionalOperations": {
                "PURGE": {"operationId": "purge"},
                "PATCH": {"operationId": "patch"},
                "NOT A METHOD": {"operationId": "bad"},
                "get": {"operationId": "another get"}
            },
            "get": {"operationId": "list"}
        }}});
        let mut diags = Diagnostics::new(std::path::Path::new("spec.yaml"));
        upgrade(&mut tree, &mut diags);
        let item = &tree["paths"]["/pets"];
        assert_eq!(item[QUERY_EXTENSION]["operationId"], "search");
        assert_eq!(
            item[CUSTOM_EXTENSION],
            json!({"PURGE": {"operationId": "purge"}})
        );
        assert_eq!(item["patch"]["operationId"], "patch");
        assert_eq!(item["get"]["operationId"], "list");
        let pointers: Vec<String> = diags.into_vec().into_iter().map(|d| d.pointer).collect();
        assert_eq!(
            pointers,
            [
                "#/paths/~1pets/additionalOperations/NOT A METHOD",
                "#/paths/~1pets/additionalOperations/get"
            ]
        );
    }
}
