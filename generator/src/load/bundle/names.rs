//! Component keys for what the bundler brings into `components` (or `definitions`). These are
//! keys in the document, not Rust names: lowering turns them into type names as it does every
//! component name. The rules, in order:
//!
//! 1. a component of another file keeps its name (`pets.yaml#/components/schemas/Pet` → `Pet`);
//! 2. a whole file is named after the file (`schemas/pet.yaml` → `pet`, which lowers to `Pet`);
//! 3. a definition inside a schema keeps its name (`…/$defs/Money`, `…/definitions/Money` → `Money`);
//! 4. anything else gets its last three meaningful segments (`#/components/schemas/X/properties/y`
//!    → `X_y`, lowered `XY`; `#/components/parameters/p/schema` → `p_schema`, lowered `PSchema`),
//!    with an operation standing for its `operationId`.
//!
//! A key already taken gets the first free suffix `_2`, `_3`, … in document order.

use std::collections::HashSet;

use serde_json::Value;

use super::shape::Layout;

/// Segments that only say where something sits, not what it is.
const STRUCTURAL: &[&str] = &[
    "components",
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "pathItems",
    "properties",
    "patternProperties",
    "content",
    "paths",
    "webhooks",
    "definitions",
    "$defs",
];

/// The key for the part at `segments` of a document (`doc`), read from the file `stem`.
pub fn base_name(segments: &[String], doc: &Value, stem: Option<&str>, layout: Layout) -> String {
    if let Some(name) = component_name(segments, layout) {
        return name.to_string();
    }
    if segments.is_empty() {
        return stem.unwrap_or("document").to_string();
    }
    if let [.., container, name] = segments {
        if container == "$defs" || container == "definitions" {
            return name.clone();
        }
    }
    let mut meaningful: Vec<String> = Vec::new();
    let mut index = 0;
    while index < segments.len() {
        let segment = &segments[index];
        if segment == "paths" && index + 2 < segments.len() {
            // `paths/<path>/<method>` → the operation's id when it has one.
            let op = doc
                .get("paths")
                .and_then(|p| p.get(&segments[index + 1]))
                .and_then(|item| item.get(&segments[index + 2]));
            if let Some(id) = op
                .and_then(|op| op.get("operationId"))
                .and_then(Value::as_str)
            {
                meaningful.push(id.to_string());
                index += 3;
                continue;
            }
        }
        let media_type = index > 0 && segments[index - 1] == "content";
        if !media_type && !STRUCTURAL.contains(&segment.as_str()) {
            meaningful.push(segment.clone());
        }
        index += 1;
    }
    let start = meaningful.len().saturating_sub(3);
    let name = meaningful[start..].join("_");
    if name.is_empty() {
        "schema".to_string()
    } else {
        name
    }
}

/// `X` when `segments` are `components/<section>/X` (or `definitions/X`, `parameters/X`,
/// `responses/X` at a Swagger 2.0 root).
pub fn component_name(segments: &[String], layout: Layout) -> Option<&str> {
    match segments {
        [components, _, name] if components == "components" && layout == Layout::OpenApi3 => {
            Some(name)
        }
        [section, name]
            if layout == Layout::Swagger2
                && matches!(section.as_str(), "definitions" | "parameters" | "responses") =>
        {
            Some(name)
        }
        _ => None,
    }
}

/// The first of `base`, `base_2`, `base_3`, … not in `taken`, which then holds it.
pub fn claim(taken: &mut HashSet<String>, base: &str) -> String {
    let mut name = base.to_string();
    let mut suffix = 2;
    while taken.contains(&name) {
        name = format!("{base}_{suffix}");
        suffix += 1;
    }
    taken.insert(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn name(pointer: &str, stem: Option<&str>) -> String {
        let doc = json!({"paths": {"/a": {"get": {"operationId": "listA"}}}});
        let segments: Vec<String> = pointer
            .split('/')
            .skip(1)
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect();
        base_name(&segments, &doc, stem, Layout::OpenApi3)
    }

    #[test]
    fn names_follow_the_documented_rules() {
        assert_eq!(name("#/components/schemas/Pet", Some("pets")), "Pet");
        assert_eq!(name("#", Some("pet")), "pet");
        assert_eq!(name("#/components/schemas/X/$defs/Money", None), "Money");
        assert_eq!(name("#/components/schemas/X/definitions/z", None), "z");
        assert_eq!(name("#/components/schemas/X/properties/y", None), "X_y");
        assert_eq!(name("#/components/parameters/p/schema", None), "p_schema");
        assert_eq!(
            name(
                "#/paths/~1a/get/responses/200/content/application~1json/schema",
                None
            ),
            "listA_200_schema"
        );
        assert_eq!(
            name(
                "#/paths/~1b/get/responses/200/content/application~1json/schema",
                None
            ),
            "get_200_schema"
        );
    }

    #[test]
    fn taken_names_get_suffixes() {
        let mut taken: HashSet<String> = ["Pet".to_string()].into();
        assert_eq!(claim(&mut taken, "Pet"), "Pet_2");
        assert_eq!(claim(&mut taken, "Pet"), "Pet_3");
        assert_eq!(claim(&mut taken, "Owner"), "Owner");
    }
}
