//! A copy of a spec whose paths Prism can route.
//!
//! Published specs write a `#...` or `?...` suffix after a path template to tell operations
//! on one path apart (`/#Action=Publish`, `/rest?method=photos.search`); the clients send
//! the path without it. Prism matches the request path against the whole template, suffix
//! included, so it routes none of these requests. Its copy gets the paths without their
//! suffix, and a `?` suffix's constant pairs become required one-value query parameters, so
//! that Prism still checks the client sends them, and the path parameters its `name={var}`
//! pairs use become the query parameters `name`. A suffixed path whose bare form another
//! path already has joins that path's item when their methods differ (AWS's
//! `DELETE /tags/{arn}#tagKeys` beside `GET /tags/{arn}`), and is otherwise left as it is
//! (Prism could not tell the two operations apart). Prism does not tell path variables'
//! names apart either: azure's `PUT /{applicationDefinitionId}#disambiguation_dummy` stays
//! as it is beside `PUT /{applicationId}`, whose requests Prism would otherwise check
//! against the other operation.

use serde_json::{json, Map, Value};

/// Rewrites `document`'s suffixed paths; returns the paths rewritten.
pub fn strip_path_suffixes(document: &mut Value) -> Vec<String> {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return Vec::new();
    };
    let mut rewritten = Vec::new();
    // The plain paths first, so that a suffixed path never takes the place of a plain one.
    let (suffixed, mut out): (Map<String, Value>, Map<String, Value>) = std::mem::take(paths)
        .into_iter()
        .partition(|(path, _)| path.contains(['#', '?']));
    for (path, item) in suffixed {
        let Some(at) = path.find(['#', '?']) else {
            continue;
        };
        let bare = match &path[..at] {
            "" => "/".to_string(),
            bare => bare.to_string(),
        };
        let mut item = item;
        if path[at..].starts_with('?') {
            let query = path[at + 1..].split('#').next().unwrap_or_default();
            add_fixed_query(&mut item, query);
            move_query_variables(&mut item, query);
        }
        let clashes = out
            .iter()
            .any(|(other, existing)| shape(other) == shape(&bare) && !can_merge(existing, &item));
        if clashes {
            out.insert(path, item);
            continue;
        }
        match out.get_mut(&bare) {
            None => {
                out.insert(bare, item);
            }
            Some(existing) => merge(existing, item),
        }
        rewritten.push(path);
    }
    *paths = out;
    rewritten
}

/// `path` with its variables unnamed (`/{}/tags`): the paths Prism takes for one.
fn shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut in_variable = false;
    for c in path.chars() {
        match c {
            '{' => in_variable = true,
            '}' => in_variable = false,
            _ if in_variable => continue,
            _ => {}
        }
        shape.push(c);
    }
    shape
}

/// Whether `item`'s operations can join `existing`'s path item: no method in both.
fn can_merge(existing: &Value, item: &Value) -> bool {
    let (Some(existing), Some(item)) = (existing.as_object(), item.as_object()) else {
        return false;
    };
    item.iter()
        .filter(|(_, op)| op.get("responses").is_some())
        .all(|(method, _)| !existing.contains_key(method))
}

/// Moves `item`'s operations into `existing`, each keeping its own path-level parameters.
fn merge(existing: &mut Value, item: Value) {
    let Value::Object(item) = item else { return };
    let shared = item.get("parameters").cloned();
    let Some(existing) = existing.as_object_mut() else {
        return;
    };
    for (method, mut operation) in item {
        if operation.get("responses").is_none() {
            continue;
        }
        if let Some(Value::Array(shared)) = &shared {
            if let Some(list) = operation
                .as_object_mut()
                .map(|op| op.entry("parameters").or_insert_with(|| json!([])))
                .and_then(Value::as_array_mut)
            {
                list.extend(shared.iter().cloned());
            }
        }
        existing.insert(method, operation);
    }
}

/// Turns the `in: path` parameters that a `?` suffix's `name={var}` pairs use into the query
/// parameters `name` (and those of `{var}=value` pairs into the query parameters `var`), as
/// the clients send them.
fn move_query_variables<'a>(item: &mut Value, query: &'a str) {
    let renames: Vec<(&str, &str)> = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter_map(|(name, value)| {
            let braced = |text: &'a str| text.strip_prefix('{')?.strip_suffix('}');
            match (braced(name), braced(value)) {
                (_, Some(variable)) => Some((name, variable)),
                // `{search}=1`: the clients send `search` under its own name.
                (Some(variable), None) => Some((variable, variable)),
                (None, None) => None,
            }
        })
        .collect();
    let Some(item) = item.as_object_mut() else {
        return;
    };
    let lists = item
        .iter_mut()
        .filter_map(|(key, value)| match key.as_str() {
            "parameters" => value.as_array_mut(),
            _ => value.get_mut("parameters").and_then(Value::as_array_mut),
        });
    for parameter in lists.flatten() {
        let Some((name, _)) = renames
            .iter()
            .find(|(_, variable)| parameter["in"] == "path" && parameter["name"] == *variable)
        else {
            continue;
        };
        parameter["in"] = json!("query");
        parameter["name"] = json!(name);
    }
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
    fn suffixed_operations_join_a_bare_path_without_their_method() {
        let mut doc = json!({"paths": {
            "/tags/{arn}": {"get": {"responses": {}}, "parameters": [{"name": "arn", "in": "path"}]},
            "/tags/{arn}#tagKeys": {"delete": {"responses": {}}, "parameters": [{"name": "arn", "in": "path"}]},
            "/tags/{arn}#other": {"get": {"responses": {}}}
        }});
        let rewritten = strip_path_suffixes(&mut doc);
        assert_eq!(rewritten, ["/tags/{arn}#tagKeys"]);
        let tags = &doc["paths"]["/tags/{arn}"];
        assert_eq!(tags["delete"]["parameters"][0]["name"], "arn");
        assert!(doc["paths"].get("/tags/{arn}#other").is_some());
    }

    #[test]
    fn a_suffixed_operation_stays_beside_a_path_of_its_shape_with_its_method() {
        let mut doc = json!({"paths": {
            "/{applicationId}": {"put": {"responses": {}}},
            "/{definitionId}#disambiguation_dummy": {"put": {"responses": {}}},
            "/{name}/tags#list": {"get": {"responses": {}}},
            "/{id}/tags": {"put": {"responses": {}}}
        }});
        let rewritten = strip_path_suffixes(&mut doc);
        assert_eq!(rewritten, ["/{name}/tags#list"]);
        let paths = doc["paths"].as_object().unwrap();
        assert!(paths.contains_key("/{definitionId}#disambiguation_dummy"));
        assert!(!paths.contains_key("/{definitionId}"));
        assert!(paths.contains_key("/{name}/tags") && paths.contains_key("/{id}/tags"));
        assert_eq!(shape("/a/{b}/c{d}"), "/a/{}/c{}");
    }

    #[test]
    fn query_variables_of_a_suffix_become_query_parameters() {
        let mut doc = json!({"paths": {
            "/latest?term={term}&amount={n}": {"get": {"responses": {}, "parameters": [
                {"name": "term", "in": "path"}, {"name": "n", "in": "path"}, {"name": "x", "in": "header"}
            ]}}
        }});
        strip_path_suffixes(&mut doc);
        let parameters = &doc["paths"]["/latest"]["get"]["parameters"];
        assert_eq!(parameters[0], json!({"name": "term", "in": "query"}));
        assert_eq!(parameters[1], json!({"name": "amount", "in": "query"}));
        assert_eq!(parameters[2]["in"], "header");
        let mut doc = json!({"paths": {
            "/n/{c}?{search}=1": {"get": {"responses": {}, "parameters": [
                {"name": "c", "in": "path"}, {"name": "search", "in": "path"}
            ]}}
        }});
        strip_path_suffixes(&mut doc);
        let parameters = &doc["paths"]["/n/{c}"]["get"]["parameters"];
        assert_eq!(parameters[0], json!({"name": "c", "in": "path"}));
        assert_eq!(parameters[1], json!({"name": "search", "in": "query"}));
    }

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
