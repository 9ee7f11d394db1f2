//! Turns the JSON tree into `openapiv3::OpenAPI`. When the strict parse fails, the pieces that
//! do not parse are dropped (operations, path items, components) or replaced by an
//! unconstrained schema, each with a warning at its JSON pointer, and the parse is retried.
//! One bad operation therefore never kills the whole run.

use openapiv3::OpenAPI;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::METHODS;
use crate::diag::{pointer, Diagnostics, Fatal};

/// Parses the tree as it is, consuming it: strings move into the document, and the tree is
/// freed as it is read. On an error the tree is lost; see [`to_openapi`].
///
/// `components` is parsed on a second thread while this one parses the rest (`paths`
/// mostly): serde fields are independent, so the parts parse exactly as the whole would, and
/// the whole parses only if every part does.
pub fn parse_owned(mut tree: Value) -> Result<OpenAPI, serde_json::Error> {
    let components = match tree.get_mut("components") {
        // Left in place (null) so that the other keys keep their order.
        Some(components @ Value::Object(_)) => std::mem::take(components),
        _ => return OpenAPI::deserialize(tree),
    };
    let (document, components) = std::thread::scope(|scope| {
        let components = scope.spawn(|| openapiv3::Components::deserialize(components));
        let document = OpenAPI::deserialize(tree);
        let components = components
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (document, components)
    });
    let mut document = document?;
    document.components = Some(components?);
    Ok(document)
}

/// Parses the tree, salvaging what can be salvaged.
pub fn to_openapi(mut tree: Value, diags: &mut Diagnostics) -> Result<OpenAPI, Fatal> {
    // The common case: the document parses as it is (one pass, no error-path bookkeeping).
    if let Ok(document) = OpenAPI::deserialize(&tree) {
        return Ok(document);
    }
    salvage_paths(&mut tree, diags);
    salvage_components(&mut tree, diags);
    serde_json::from_value::<OpenAPI>(tree.clone()).map_err(|_| {
        let (at, message) = parses::<OpenAPI>(&tree).err().unwrap_or_default();
        diags.fatal(at, format!("not a valid OpenAPI document: {message}"))
    })
}

/// Parses `value` as `T`, giving the JSON pointer and message of the first error.
fn parses<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let segments: Vec<String> = e
            .path()
            .iter()
            .map(|s| s.to_string())
            .filter(|s| s != "?")
            .collect();
        (pointer(segments), e.into_inner().to_string())
    })
}

fn salvage_paths(tree: &mut Value, diags: &mut Diagnostics) {
    let Some(paths) = tree.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let mut broken = Vec::new();
    for (path, item) in paths.iter_mut() {
        if parses::<openapiv3::PathItem>(item).is_ok() {
            continue;
        }
        if let Some(item) = item.as_object_mut() {
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                if let Err((at, message)) = parses::<openapiv3::Operation>(op) {
                    let at = format!(
                        "{}{}",
                        pointer(["paths", path.as_str(), method]),
                        at.trim_start_matches('#')
                    );
                    diags.warn(at, format!("operation skipped: {message}"));
                    item.remove(method);
                }
            }
        }
        if let Err((at, message)) = parses::<openapiv3::PathItem>(item) {
            let at = format!(
                "{}{}",
                pointer(["paths", path.as_str()]),
                at.trim_start_matches('#')
            );
            diags.warn(at, format!("path item skipped: {message}"));
            broken.push(path.clone());
        }
    }
    for path in broken {
        paths.remove(&path);
    }
}

fn salvage_components(tree: &mut Value, diags: &mut Diagnostics) {
    let Some(components) = tree.get_mut("components").and_then(Value::as_object_mut) else {
        return;
    };
    salvage_section::<openapiv3::Schema>(
        components,
        "schemas",
        Some(Value::Object(Map::new())),
        diags,
    );
    salvage_section::<openapiv3::Response>(components, "responses", None, diags);
    salvage_section::<openapiv3::Parameter>(components, "parameters", None, diags);
    salvage_section::<openapiv3::RequestBody>(components, "requestBodies", None, diags);
    salvage_section::<openapiv3::Header>(components, "headers", None, diags);
    salvage_section::<openapiv3::SecurityScheme>(components, "securitySchemes", None, diags);
    salvage_section::<openapiv3::Example>(components, "examples", None, diags);
    salvage_section::<openapiv3::Link>(components, "links", None, diags);
    salvage_section::<openapiv3::Callback>(components, "callbacks", None, diags);
}

/// Entries of one components section that do not parse are replaced (schemas) or dropped.
fn salvage_section<T: DeserializeOwned>(
    components: &mut Map<String, Value>,
    section: &str,
    replacement: Option<Value>,
    diags: &mut Diagnostics,
) {
    let Some(entries) = components.get_mut(section).and_then(Value::as_object_mut) else {
        if components.get(section).is_some_and(|v| !v.is_object()) {
            diags.warn(pointer(["components", section]), "not an object; ignored");
            components.remove(section);
        }
        return;
    };
    let mut broken = Vec::new();
    for (name, entry) in entries.iter() {
        if entry.get("$ref").is_some() && parses::<openapiv3::ReferenceOr<T>>(entry).is_ok() {
            continue;
        }
        if let Err((at, message)) = parses::<T>(entry) {
            let at = format!(
                "{}{}",
                pointer(["components", section, name.as_str()]),
                at.trim_start_matches('#')
            );
            let action = if replacement.is_some() {
                "replaced by an unconstrained schema"
            } else {
                "skipped"
            };
            diags.warn(at, format!("{action}: {message}"));
            broken.push(name.clone());
        }
    }
    for name in broken {
        match &replacement {
            Some(value) => {
                entries.insert(name, value.clone());
            }
            None => {
                entries.shift_remove(&name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    #[test]
    fn a_broken_operation_is_skipped_with_its_pointer() {
        let tree = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/good": {"get": {"responses": {"200": {"description": "ok"}}}},
                "/bad": {"get": {"parameters": [{"name": "x", "in": "nowhere"}], "responses": {}}}
            }
        });
        let mut diags = Diagnostics::new(Path::new("s.json"));
        let doc = to_openapi(tree, &mut diags).unwrap();
        assert!(doc.paths.paths.contains_key("/good"));
        let warnings = diags.into_vec();
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].pointer.starts_with("#/paths/~1bad/get"),
            "{}",
            warnings[0].pointer
        );
    }
}
