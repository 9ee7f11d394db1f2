//! Swagger 2.0 schemas as OpenAPI 3.0 schemas: the few keywords that differ, and Azure's
//! `x-ms-enum` as a courtesy.

use std::collections::HashSet;

use indexmap::IndexMap;
use serde_json::{Map, Value};

use crate::diag::pointer;

/// Keys under which a schema holds more schemas.
const ONE: [&str; 3] = ["items", "additionalProperties", "not"];
const LISTS: [&str; 3] = ["allOf", "anyOf", "oneOf"];
const MAPS: [&str; 1] = ["properties"];

/// Deeper schemas are left alone (the load stage's nesting limit handles them later).
const MAX_DEPTH: usize = 256;

/// The enums `x-ms-enum` names, brought into `components/schemas` under that name.
#[derive(Debug, Default)]
pub struct NamedEnums {
    /// Names the document's `definitions` hold already.
    pub taken: HashSet<String>,
    /// Name → (schema, where in the 2.0 document it was first written).
    pub found: IndexMap<String, (Value, String)>,
}

impl NamedEnums {
    /// The `$ref` that replaces an inline enum named `name`, when the name is free or names
    /// the same values already.
    fn claim(&mut self, name: &str, schema: &Value, at: &[String]) -> Option<Value> {
        if self.taken.contains(name) {
            return None;
        }
        match self.found.get(name) {
            Some((known, _)) if known.get("enum") != schema.get("enum") => return None,
            Some(_) => {}
            None => {
                let origin = pointer(at);
                self.found
                    .insert(name.to_string(), (schema.clone(), origin));
            }
        }
        let reference = pointer(["components", "schemas", name]);
        Some(Value::Object(Map::from_iter([(
            "$ref".to_string(),
            Value::String(reference),
        )])))
    }
}

/// Rewrites a 2.0 schema, and every schema inside it, in place:
/// - `x-nullable: true` → `nullable: true` (beside a `$ref`: a nullable `allOf` of it);
/// - `type: file` → a binary string (a file part in a multipart body);
/// - `discriminator: petType` → `discriminator: {propertyName: petType}`;
/// - `items: [a, b]` (not 2.0, but written) → `items: {anyOf: [a, b]}`;
/// - `x-ms-enum`: value descriptions are added to the description, and an inline enum it
///   names becomes a `$ref` to a component of that name (`named`); `name_top` says whether
///   the schema itself may be (not when it is a definition, which has a name).
///
/// `at` is the schema's pointer in the 2.0 document (segments).
pub fn fix(value: &mut Value, at: &mut Vec<String>, named: &mut NamedEnums, name_top: bool) {
    fix_in(value, at, named, usize::from(name_top));
}

fn fix_in(value: &mut Value, at: &mut Vec<String>, named: &mut NamedEnums, depth: usize) {
    let Value::Object(map) = value else { return };
    if depth > MAX_DEPTH {
        return;
    }
    if map.contains_key("$ref") {
        // `$ref` siblings are ignored in 3.0: a nullable reference becomes a nullable `allOf`.
        if map.shift_remove("x-nullable") == Some(Value::Bool(true)) {
            let reference = std::mem::take(map);
            map.insert("allOf".into(), Value::Array(vec![Value::Object(reference)]));
            map.insert("nullable".into(), Value::Bool(true));
        }
        return;
    }
    fix_keywords(map);
    let name = ms_enum(map);
    for key in ONE {
        if let Some(Value::Array(items)) = map.get(key) {
            let list = match items.len() {
                0 => Value::Object(Map::new()),
                1 => items[0].clone(),
                _ => Value::Object(Map::from_iter([(
                    "anyOf".to_string(),
                    Value::Array(items.clone()),
                )])),
            };
            map.insert(key.to_string(), list);
        }
        if let Some(child) = map.get_mut(key) {
            at.push(key.to_string());
            fix_in(child, at, named, depth + 1);
            at.pop();
        }
    }
    for key in LISTS {
        if let Some(Value::Array(items)) = map.get_mut(key) {
            for (index, item) in items.iter_mut().enumerate() {
                at.extend([key.to_string(), index.to_string()]);
                fix_in(item, at, named, depth + 1);
                at.truncate(at.len() - 2);
            }
        }
    }
    for key in MAPS {
        if let Some(Value::Object(entries)) = map.get_mut(key) {
            for (name, entry) in entries.iter_mut() {
                at.extend([key.to_string(), name.clone()]);
                fix_in(entry, at, named, depth + 1);
                at.truncate(at.len() - 2);
            }
        }
    }
    if let Some(name) = name.filter(|_| depth > 0) {
        if let Some(reference) = named.claim(&name, value, at) {
            *value = reference;
        }
    }
}

/// The keyword rewrites of [`fix`] on one schema object (also used for parameters' schemas).
pub fn fix_keywords(map: &mut Map<String, Value>) {
    if let Some(nullable) = map.shift_remove("x-nullable") {
        if nullable == Value::Bool(true) {
            map.insert("nullable".into(), Value::Bool(true));
        }
    }
    if map.get("type").is_some_and(|t| t == "file") {
        map.insert("type".into(), Value::String("string".into()));
        map.insert("format".into(), Value::String("binary".into()));
    }
    if let Some(Value::String(property)) = map.get("discriminator") {
        let discriminator =
            Map::from_iter([("propertyName".to_string(), Value::String(property.clone()))]);
        map.insert("discriminator".into(), Value::Object(discriminator));
    }
}

/// Reads `x-ms-enum`: adds its value descriptions to the schema's description, and gives the
/// name it declares (when the schema is a string enum).
fn ms_enum(map: &mut Map<String, Value>) -> Option<String> {
    let ext = map.get("x-ms-enum")?.as_object()?;
    let name = ext.get("name").and_then(Value::as_str).map(str::to_string);
    let described: Vec<String> = ext
        .get("values")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| {
            let value = v.get("value")?;
            let text = v.get("description")?.as_str()?.trim();
            let value = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_string);
            (!text.is_empty()).then(|| format!("- `{value}`: {text}"))
        })
        .collect();
    if !described.is_empty() {
        let before = map
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        let list = described.join("\n");
        let text = if before.is_empty() {
            list
        } else {
            format!("{before}\n\n{list}")
        };
        map.insert("description".into(), Value::String(text));
    }
    let is_enum = map.get("enum").is_some_and(Value::is_array);
    name.filter(|n| is_enum && !n.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rewrites_2_0_keywords_everywhere() {
        let mut schema = json!({
            "type": "object",
            "discriminator": "kind",
            "x-nullable": true,
            "properties": {
                "file": {"type": "file"},
                "tags": {"type": "array", "items": {"type": "string", "x-nullable": true}},
                "ref": {"$ref": "#/definitions/X", "x-nullable": true},
                "color": {"type": "string", "enum": ["red", "blue"], "x-ms-enum": {
                    "name": "Color", "modelAsString": true,
                    "values": [{"value": "red", "description": "Warm."}, {"value": "blue"}]
                }},
                "paint": {"type": "string", "enum": ["red", "blue"], "x-ms-enum": {"name": "Color"}},
                "size": {"type": "string", "enum": ["s"], "x-ms-enum": {"name": "Color"}}
            }
        });
        let mut named = NamedEnums::default();
        let mut at = vec!["definitions".to_string(), "Thing".to_string()];
        fix(&mut schema, &mut at, &mut named, false);
        assert_eq!(schema["discriminator"], json!({"propertyName": "kind"}));
        assert_eq!(schema["nullable"], json!(true));
        assert_eq!(
            schema["properties"]["file"],
            json!({"type": "string", "format": "binary"})
        );
        assert_eq!(
            schema["properties"]["tags"]["items"]["nullable"],
            json!(true)
        );
        assert_eq!(
            schema["properties"]["ref"],
            json!({"allOf": [{"$ref": "#/definitions/X"}], "nullable": true})
        );
        // One component for both uses of the name; other values keep their inline enum.
        let color = json!({"$ref": "#/components/schemas/Color"});
        assert_eq!(schema["properties"]["color"], color);
        assert_eq!(schema["properties"]["paint"], color);
        assert_eq!(schema["properties"]["size"]["enum"], json!(["s"]));
        let (component, origin) = &named.found["Color"];
        assert_eq!(component["description"], json!("- `red`: Warm."));
        assert_eq!(origin, "#/definitions/Thing/properties/color");
    }
}
