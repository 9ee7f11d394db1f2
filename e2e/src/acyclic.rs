//! A copy of a spec without circular schemas, for Prism.
//!
//! Prism 5 cannot mock a response whose schema refers back to itself: static mode answers
//! `SCHEMA_TOO_COMPLEX` and dynamic mode fails inside json-schema-faker, then stalls
//! (stoplightio/prism#1456 and its kin). Genesys Cloud's models are circular
//! (`User.station.lastAssociatedStation.associatedUser` is a `User` again), so Prism gets a
//! copy in which each property that closes a cycle is removed. Everything else, and so every
//! request Prism validates, is unchanged; the clients still decode with the full types.

use std::collections::BTreeSet;

use serde_json::Value;

/// Removes from `document` every property of `components.schemas` whose schema closes a
/// `$ref` cycle, and returns their JSON pointers (sorted).
pub fn cut_cycles(document: &mut Value) -> Vec<String> {
    let names: Vec<String> = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().cloned().collect())
        .unwrap_or_default();
    let mut search = Search {
        document,
        done: BTreeSet::new(),
        stack: Vec::new(),
        cuts: BTreeSet::new(),
    };
    for name in &names {
        search.visit(name);
    }
    let cuts: Vec<String> = search.cuts.into_iter().collect();
    for pointer in &cuts {
        remove_property(document, pointer);
    }
    cuts
}

/// A depth-first search over the schemas; a `$ref` to a schema on the stack closes a cycle.
struct Search<'d> {
    document: &'d Value,
    done: BTreeSet<String>,
    stack: Vec<String>,
    cuts: BTreeSet<String>,
}

impl Search<'_> {
    fn visit(&mut self, name: &str) {
        if self.done.contains(name) || self.stack.iter().any(|n| n == name) {
            return;
        }
        let pointer = format!("/components/schemas/{}", escape(name));
        let Some(schema) = self.document.pointer(&pointer) else {
            return;
        };
        self.stack.push(name.to_owned());
        let mut edges = Vec::new();
        collect_refs(schema, &pointer, None, &mut edges);
        for (target, property) in edges {
            if self.stack.contains(&target) {
                // Only a property can go; a cycle through `allOf` or `items` alone stays.
                if let Some(property) = property {
                    self.cuts.insert(property);
                }
            } else {
                self.visit(&target);
            }
        }
        self.stack.pop();
        self.done.insert(name.to_owned());
    }
}

/// Every local schema `$ref` inside `schema` (at `pointer`), with the pointer of the innermost
/// object property that holds it, if any.
fn collect_refs(
    schema: &Value,
    pointer: &str,
    property: Option<&str>,
    edges: &mut Vec<(String, Option<String>)>,
) {
    match schema {
        Value::Object(map) => {
            if let Some(target) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                let target = target.replace("~1", "/").replace("~0", "~");
                edges.push((target, property.map(str::to_owned)));
            }
            for (key, value) in map {
                let child = format!("{pointer}/{}", escape(key));
                if key == "properties" {
                    for (name, property_schema) in value.as_object().into_iter().flatten() {
                        let at = format!("{child}/{}", escape(name));
                        collect_refs(property_schema, &at, Some(&at), edges);
                    }
                } else {
                    collect_refs(value, &child, property, edges);
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_refs(item, &format!("{pointer}/{index}"), property, edges);
            }
        }
        _ => {}
    }
}

/// Removes the property at `pointer` (`.../properties/<name>`) and its `required` entry.
fn remove_property(document: &mut Value, pointer: &str) {
    let Some((properties, name)) = pointer.rsplit_once('/') else {
        return;
    };
    let name = name.replace("~1", "/").replace("~0", "~");
    if let Some(map) = document
        .pointer_mut(properties)
        .and_then(Value::as_object_mut)
    {
        map.remove(&name);
    }
    let Some(owner) = properties.strip_suffix("/properties") else {
        return;
    };
    if let Some(required) = document
        .pointer_mut(&format!("{owner}/required"))
        .and_then(Value::as_array_mut)
    {
        required.retain(|r| r.as_str() != Some(name.as_str()));
    }
}

/// A JSON pointer segment: `~` and `/` escaped.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schemas(document: &Value) -> &Value {
        &document["components"]["schemas"]
    }

    #[test]
    fn cuts_the_property_that_closes_a_cycle() {
        let mut document = json!({"components": {"schemas": {
            "User": {"type": "object", "required": ["id", "station"], "properties": {
                "id": {"type": "string"},
                "station": {"$ref": "#/components/schemas/Station"}
            }},
            "Station": {"type": "object", "required": ["owner"], "properties": {
                "name": {"type": "string"},
                "owner": {"allOf": [{"$ref": "#/components/schemas/User"}]}
            }}
        }}});
        let cuts = cut_cycles(&mut document);
        assert_eq!(cuts, ["/components/schemas/Station/properties/owner"]);
        let station = &schemas(&document)["Station"];
        assert_eq!(station["properties"], json!({"name": {"type": "string"}}));
        assert_eq!(station["required"], json!([]));
        // The edge into the cycle stays.
        assert!(schemas(&document)["User"]["properties"]["station"].is_object());
    }

    #[test]
    fn cuts_self_references_through_arrays_and_maps() {
        let mut document = json!({"components": {"schemas": {
            "Node": {"type": "object", "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "byName": {"type": "object",
                           "additionalProperties": {"$ref": "#/components/schemas/Node"}},
                "label": {"type": "string"}
            }}
        }}});
        let cuts = cut_cycles(&mut document);
        assert_eq!(cuts.len(), 2, "{cuts:?}");
        assert_eq!(
            schemas(&document)["Node"]["properties"],
            json!({"label": {"type": "string"}})
        );
    }

    #[test]
    fn leaves_acyclic_documents_alone() {
        let mut document = json!({"components": {"schemas": {
            "A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"properties": {"c": {"$ref": "#/components/schemas/C"}}},
            "C": {"type": "string"}
        }}});
        let before = document.clone();
        assert!(cut_cycles(&mut document).is_empty());
        assert_eq!(document, before);
    }
}
