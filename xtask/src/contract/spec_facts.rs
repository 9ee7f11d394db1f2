//! What the report needs of a spec: each operation's JSON pointer, and which suffixed paths
//! Prism cannot route.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the spec.
#[derive(Debug, Clone)]
pub struct SpecOperation {
    /// `get`, `post`, ...
    pub method: String,
    /// The path template as the spec writes it, suffix included.
    pub path: String,
    /// Its operationId, if any.
    pub operation_id: Option<String>,
    /// `#/paths/~1pets/get`.
    pub pointer: String,
    /// A `#`/`?` path whose bare form another path has: Prism's copy keeps it suffixed, and
    /// Prism never matches a request path to it.
    pub unroutable: bool,
}

/// The operations of one spec.
#[derive(Debug, Clone, Default)]
pub struct SpecFacts {
    operations: Vec<SpecOperation>,
}

impl SpecFacts {
    /// Reads the spec at `path` (JSON or YAML).
    pub fn read(path: &Path) -> Result<SpecFacts> {
        let text =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let document: Value = match serde_json::from_slice(&text) {
            Ok(document) => document,
            Err(_) => serde_yaml::from_slice(&text)
                .with_context(|| format!("{} is neither JSON nor YAML", path.display()))?,
        };
        Ok(SpecFacts::of(document))
    }

    /// The operations of `document`.
    pub fn of(mut document: Value) -> SpecFacts {
        let Some(paths) = document.get("paths").and_then(Value::as_object).cloned() else {
            return SpecFacts::default();
        };
        let rewritten = clientgen_e2e::routable::strip_path_suffixes(&mut document);
        let mut operations = Vec::new();
        for (path, item) in &paths {
            for method in METHODS {
                let Some(operation) = item.get(method) else {
                    continue;
                };
                operations.push(SpecOperation {
                    method: method.to_string(),
                    path: path.clone(),
                    operation_id: operation
                        .get("operationId")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    pointer: format!("#/paths/{}/{method}", escape(path)),
                    unroutable: path.contains(['#', '?']) && !rewritten.contains(path),
                });
            }
        }
        SpecFacts { operations }
    }

    /// The operation a crate documents as `METHOD path` with the method name `function`.
    pub fn find(&self, method: &str, path: &str, function: &str) -> Option<&SpecOperation> {
        let method = method.to_ascii_lowercase();
        let candidates: Vec<&SpecOperation> = self
            .operations
            .iter()
            .filter(|op| op.method == method && (op.path == path || bare(&op.path) == path))
            .collect();
        match candidates.as_slice() {
            [one] => Some(one),
            _ => {
                let wanted = squash(function);
                candidates
                    .iter()
                    .find(|op| op.operation_id.as_deref().map(squash) == Some(wanted.clone()))
                    .or(candidates.first())
                    .copied()
            }
        }
    }
}

/// The path without its `#`/`?` suffix (`/` for a bare suffix).
fn bare(path: &str) -> &str {
    match path.find(['#', '?']).map(|at| &path[..at]) {
        Some("") => "/",
        Some(bare) => bare,
        None => path,
    }
}

/// Lowercase letters and digits only, so `getItem`, `get_item` and `GetItem` compare equal.
fn squash(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A JSON pointer token.
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_are_found_by_bare_path_and_name_with_pointers() {
        let facts = SpecFacts::of(json!({"paths": {
            "/#Action=Publish": {"get": {"operationId": "Publish", "responses": {}}},
            "/#Action=Subscribe": {"get": {"operationId": "Subscribe", "responses": {}}},
            "/pets/{id}": {"delete": {"responses": {}}}
        }}));
        let subscribe = facts.find("GET", "/", "subscribe").unwrap();
        assert_eq!(subscribe.pointer, "#/paths/~1#Action=Subscribe/get");
        assert!(subscribe.unroutable);
        assert!(!facts.find("GET", "/", "publish").unwrap().unroutable);
        let delete = facts.find("DELETE", "/pets/{id}", "delete_pet").unwrap();
        assert_eq!(delete.pointer, "#/paths/~1pets~1{id}/delete");
        assert!(facts.find("PUT", "/pets/{id}", "x").is_none());
    }
}
