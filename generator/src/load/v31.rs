//! OpenAPI 3.1 documents that the 3.0 model would refuse or read short:
//! - `paths` is optional (a document of webhooks only): an empty `paths` is added;
//! - an operation's `responses` are optional: an operation without them gets an empty map,
//!   which the lowering reads as "no documented response" (the method returns `()`);
//! - `jsonSchemaDialect` other than the OpenAPI one is warned about (schemas are read as the
//!   OpenAPI dialect regardless);
//! - webhook payloads written inline become component schemas, marked
//!   `x-clientgen-webhook: <webhook name>`, so that they become models; component schemas
//!   that a webhook refers to get the same mark (their docs say so).

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::bundle::names::claim;
use super::{Version, METHODS};
use crate::diag::{Diagnostics, SourceStage};

/// The extension that marks a component schema as a webhook's payload.
pub const WEBHOOK_EXTENSION: &str = "x-clientgen-webhook";

/// Applies the 3.1 rules above (only `paths` for older versions).
pub fn upgrade(tree: &mut Value, version: Version, diags: &mut Diagnostics) {
    let Value::Object(root) = tree else { return };
    if !root.get("paths").is_some_and(Value::is_object) {
        root.insert("paths".into(), Value::Object(Map::new()));
    }
    if version < Version::V3_1 {
        return;
    }
    for section in ["paths", "webhooks"] {
        let items = root.get_mut(section).and_then(Value::as_object_mut);
        for item in items.into_iter().flat_map(|m| m.values_mut()) {
            for method in METHODS {
                if let Some(Value::Object(op)) = item.get_mut(method) {
                    op.entry("responses")
                        .or_insert_with(|| Value::Object(Map::new()));
                }
            }
        }
    }
    if let Some(dialect) = root.get("jsonSchemaDialect") {
        let oas = dialect
            .as_str()
            .is_some_and(|d| d.starts_with("https://spec.openapis.org/oas/3."));
        if !oas {
            let message = format!(
                "schemas are read as the OpenAPI dialect of JSON Schema, not `{}`; keywords only that dialect has are ignored",
                dialect.as_str().map_or_else(|| dialect.to_string(), str::to_string)
            );
            diags.warn("#/jsonSchemaDialect", message);
        }
    }
    let stage = webhook_payloads(root);
    diags.push_stage(stage);
}

/// Marks the component schemas that webhooks' request bodies refer to (the first webhook
/// that names one wins).
fn mark_components(root: &mut Map<String, Value>, referenced: Vec<(String, String)>) {
    let schemas = root
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_object_mut);
    let Some(schemas) = schemas else { return };
    for (reference, webhook) in referenced {
        let name = reference.strip_prefix("#/components/schemas/");
        let name = name.map(|n| n.replace("~1", "/").replace("~0", "~"));
        if let Some(Value::Object(schema)) = name.and_then(|n| schemas.get_mut(&n)) {
            schema
                .entry(WEBHOOK_EXTENSION)
                .or_insert(Value::String(webhook));
        }
    }
}

/// Moves each inline schema of a webhook's request body into `components/schemas`, named
/// `<webhook> payload` (lowered `ItemCreatedPayload`), with a `$ref` left in its place.
fn webhook_payloads(root: &mut Map<String, Value>) -> SourceStage {
    let mut stage = SourceStage::default();
    let mut inline = Vec::new();
    let mut referenced = Vec::new();
    let webhooks = root.get("webhooks").and_then(Value::as_object);
    for (webhook, item) in webhooks.into_iter().flatten() {
        for method in METHODS {
            let body = item.get(method).and_then(|op| op.get("requestBody"));
            let content = body
                .and_then(|b| b.get("content"))
                .and_then(Value::as_object);
            for (media, entry) in content.into_iter().flatten() {
                let schema = entry.get("schema");
                let reference = schema.and_then(|s| s.get("$ref")).and_then(Value::as_str);
                if let Some(reference) = reference {
                    referenced.push((reference.to_string(), webhook.clone()));
                } else if schema.is_some_and(Value::is_object) {
                    inline.push([webhook.clone(), method.to_string(), media.clone()]);
                }
            }
        }
    }
    mark_components(root, referenced);
    if inline.is_empty() {
        return stage;
    }
    let mut taken: HashSet<String> = root
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_object)
        .map(|s| s.keys().cloned().collect())
        .unwrap_or_default();
    let mut moved = Vec::new();
    for [webhook, method, media] in inline {
        let path = [
            "webhooks",
            &webhook,
            &method,
            "requestBody",
            "content",
            &media,
            "schema",
        ];
        let Some(slot) = path.iter().try_fold(&mut *root, |node, key| {
            node.get_mut(*key).and_then(Value::as_object_mut)
        }) else {
            continue;
        };
        let name = claim(&mut taken, &format!("{webhook} payload"));
        let mut schema = std::mem::take(slot);
        schema.insert(WEBHOOK_EXTENSION.into(), Value::String(webhook.clone()));
        let reference = crate::diag::pointer(["components", "schemas", &name]);
        slot.insert("$ref".into(), Value::String(reference.clone()));
        stage.moved(reference, crate::diag::pointer(path));
        moved.push((name, schema));
    }
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(components) = components {
        let schemas = components
            .entry("schemas")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(schemas) = schemas {
            schemas.extend(moved.into_iter().map(|(n, s)| (n, Value::Object(s))));
        }
    }
    stage
}
