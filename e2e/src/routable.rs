//! A copy of a spec whose paths Prism can route.
//!
//! Published specs write a `#...` or `?...` suffix after a path template to tell operations
//! on one path apart (`/#Action=Publish`, `/rest?method=photos.search`); the clients send
//! the path without it. Prism matches the request path against the whole template, suffix
//! included, so it routes none of these requests. Its copy gets the paths without their
//! suffix, and a `?` suffix's constant pairs become required one-value query parameters, so
//! that Prism still checks the client sends them. A path whose bare form another path
//! already has is left as it is (Prism could not tell the two apart).

use serde_json::{json, Map, Value};

/// Rewrites `document`'s suffixed paths; returns the paths rewritten.
pub fn strip_path_suffixes(document: &mut Value) -> Vec<String> {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return Vec::new();
    };
    let mut rewritten = Vec::new();
    let mut out = Map::new();
    for (path, item) in std::mem::take(paths) {
        let Some(at) = path.find(['#', '?']) else {
            out.insert(path, item);
            continue;
        };
        let bare = match &path[..at] {
            "" => "/".to_string(),
            bare => bare.to_string(),
        };
        if out.contains_key(&bare) {
            out.insert(path, item);
            continue;
        }
        let mut item = item;
        if path[at..].starts_with('?') {
            let query = path[at + 1..].split('#').next().unwrap_or_default();
            add_fixed_query(&mut item, query);
        }
        rewritten.push(path);
        out.insert(bare, item);
    }
    *paths = out;
    rewritten
}

/// Adds each constant `name=value` pair of `query` as a required one-value query parameter
/// of every operation of the path item.
fn add_fixed_query(item: &mut Value, query: &str) {
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(name, value)| !name.contains('{') && !value.contains('{'))
        .collect();
    let Some(item) = item.as_object_mut() else {
        return;
    };
    for operation in item.values_mut().filter_map(Value::as_object_mut) {
        if !operation.contains_key("responses") {
            continue;
        }
        let parameters = operation.entry("parameters").or_insert_with(|| json!([]));
        let Some(parameters) = parameters.as_array_mut() else {
            continue;
        };
        for (name, value) in &pairs {
            parameters.push(json!({
                "name": name, "in": "query", "required": true,
                "schema": {"type": "string", "enum": [value]}
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_are_stripped_and_fixed_pairs_become_parameters() {
        let mut doc = json!({"paths": {
            "/#Action=Publish": {"get": {"responses": {}}},
            "/#Action=Other": {"get": {"responses": {}}},
            "/rest?method=search": {"get": {"responses": {}}},
            "/plain": {}
        }});
        let rewritten = strip_path_suffixes(&mut doc);
        assert_eq!(rewritten, ["/#Action=Publish", "/rest?method=search"]);
        let paths = doc["paths"].as_object().unwrap();
        assert!(paths.contains_key("/") && paths.contains_key("/#Action=Other"));
        assert_eq!(
            doc["paths"]["/rest"]["get"]["parameters"][0],
            json!({"name": "method", "in": "query", "required": true,
                   "schema": {"type": "string", "enum": ["search"]}})
        );
    }
}
