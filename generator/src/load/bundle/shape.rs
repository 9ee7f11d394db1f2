//! Where `$ref`s can be, and what they point to: a small grammar of the OpenAPI (and Swagger
//! 2.0) object tree, enough to tell a schema `$ref` from a parameter `$ref`, and a read-only
//! walk that finds the references the bundler has to act on.

use serde_json::Value;

/// The objects a `$ref` can stand for (and the ones that lead to them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Obj {
    Root,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Encoding,
    Header,
    Schema,
    Callback,
    Example,
    Link,
    SecurityScheme,
}

/// What a value is expected to be: one object, or a map or list of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    One(Obj),
    Map(Obj),
    List(Obj),
}

/// How a document lays out its reusable parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Swagger 2.0: `definitions`, `parameters`, `responses` at the root.
    Swagger2,
    /// OpenAPI 3.x: `components/<section>`.
    OpenApi3,
}

impl Obj {
    /// The components section a `$ref` to this object points into, by layout.
    pub fn section(self, layout: Layout) -> Option<&'static [&'static str]> {
        let section: &'static [&'static str] = match (layout, self) {
            (Layout::Swagger2, Obj::Schema) => &["definitions"],
            (Layout::Swagger2, Obj::Parameter) => &["parameters"],
            (Layout::Swagger2, Obj::Response) => &["responses"],
            (Layout::Swagger2, _) => return None,
            (_, Obj::Schema) => &["components", "schemas"],
            (_, Obj::Parameter) => &["components", "parameters"],
            (_, Obj::Response) => &["components", "responses"],
            (_, Obj::RequestBody) => &["components", "requestBodies"],
            (_, Obj::Header) => &["components", "headers"],
            (_, Obj::Example) => &["components", "examples"],
            (_, Obj::Link) => &["components", "links"],
            (_, Obj::Callback) => &["components", "callbacks"],
            (_, Obj::SecurityScheme) => &["components", "securitySchemes"],
            (_, Obj::PathItem) => &["components", "pathItems"],
            _ => return None,
        };
        Some(section)
    }

    /// How messages name it.
    pub fn noun(self) -> &'static str {
        match self {
            Obj::Root => "document",
            Obj::Components => "components object",
            Obj::PathItem => "path item",
            Obj::Operation => "operation",
            Obj::Parameter => "parameter",
            Obj::RequestBody => "request body",
            Obj::Response => "response",
            Obj::MediaType => "media type",
            Obj::Encoding => "encoding",
            Obj::Header => "header",
            Obj::Schema => "schema",
            Obj::Callback => "callback",
            Obj::Example => "example",
            Obj::Link => "link",
            Obj::SecurityScheme => "security scheme",
        }
    }

    /// Whether a `$ref` may stand for this object.
    fn referable(self) -> bool {
        !matches!(
            self,
            Obj::Root | Obj::Components | Obj::Operation | Obj::MediaType | Obj::Encoding
        )
    }

    /// What the member `key` of this object holds. Callbacks and reusable path items are not
    /// walked: the lowering reads neither (a path item `$ref` to one is followed when found).
    fn child(self, key: &str) -> Option<Shape> {
        use Shape::{List, Map, One};
        Some(match (self, key) {
            (Obj::Root, "paths" | "webhooks" | "x-ms-paths") => Map(Obj::PathItem),
            (Obj::Root, "components") => One(Obj::Components),
            (Obj::Root, "definitions") | (Obj::Components, "schemas") => Map(Obj::Schema),
            (Obj::Root | Obj::Components, "parameters") => Map(Obj::Parameter),
            (Obj::Root | Obj::Components, "responses") => Map(Obj::Response),
            (Obj::Components, "requestBodies") => Map(Obj::RequestBody),
            (Obj::Components, "headers") => Map(Obj::Header),
            (Obj::Components, "examples") => Map(Obj::Example),
            (Obj::Components, "links") => Map(Obj::Link),
            (Obj::Components, "securitySchemes") => Map(Obj::SecurityScheme),
            (Obj::Components, "mediaTypes") => Map(Obj::MediaType),
            (Obj::PathItem, "parameters") | (Obj::Operation, "parameters") => List(Obj::Parameter),
            (Obj::PathItem, "additionalOperations") => Map(Obj::Operation),
            (Obj::PathItem, method) if is_method(method) => One(Obj::Operation),
            (Obj::Operation, "requestBody") => One(Obj::RequestBody),
            (Obj::Operation, "responses") => Map(Obj::Response),
            (Obj::Parameter | Obj::Header, "schema") => One(Obj::Schema),
            (Obj::Parameter | Obj::Header | Obj::RequestBody | Obj::Response, "content") => {
                Map(Obj::MediaType)
            }
            (Obj::Parameter | Obj::Header | Obj::MediaType, "examples") => Map(Obj::Example),
            (Obj::Response, "headers") | (Obj::Encoding, "headers") => Map(Obj::Header),
            (Obj::Response, "links") => Map(Obj::Link),
            // Swagger 2.0 responses hold their schema directly.
            (Obj::Response, "schema") => One(Obj::Schema),
            (Obj::MediaType, "schema" | "itemSchema") => One(Obj::Schema),
            (Obj::MediaType, "encoding") => Map(Obj::Encoding),
            (Obj::Schema, key) => return schema_child(key),
            _ => return None,
        })
    }
}

fn is_method(key: &str) -> bool {
    super::super::METHODS.contains(&key) || key == "query"
}

fn schema_child(key: &str) -> Option<Shape> {
    use Shape::{List, Map, One};
    Some(match key {
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => {
            Map(Obj::Schema)
        }
        "allOf" | "anyOf" | "oneOf" | "prefixItems" => List(Obj::Schema),
        "items"
        | "additionalProperties"
        | "not"
        | "contains"
        | "if"
        | "then"
        | "else"
        | "propertyNames"
        | "unevaluatedItems"
        | "unevaluatedProperties"
        | "additionalItems"
        | "contentSchema" => One(Obj::Schema),
        _ => return None,
    })
}

/// What the part at `segments` of a document is, by the grammar (`None`: not known, e.g.
/// inside an example, or a whole file, which may be any one part).
pub fn shape_at(segments: &[String]) -> Option<Obj> {
    if segments.is_empty() {
        return None;
    }
    let mut shape = Shape::One(Obj::Root);
    for segment in segments {
        shape = match shape {
            Shape::One(obj) => obj.child(segment)?,
            Shape::Map(obj) | Shape::List(obj) => Shape::One(obj),
        };
    }
    match shape {
        Shape::One(obj) => Some(obj),
        Shape::Map(_) | Shape::List(_) => None,
    }
}

/// A `$ref` the bundler has to act on.
#[derive(Debug, Clone)]
pub struct Found {
    /// Where the object holding the `$ref` is, from the walked value.
    pub at: Vec<String>,
    /// What the `$ref` stands for.
    pub obj: Obj,
    /// The reference as written.
    pub reference: String,
}

/// The path walked so far, kept on the stack: nothing is allocated unless a reference is found.
struct Trail<'a> {
    parent: Option<&'a Trail<'a>>,
    segment: Segment<'a>,
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

impl Trail<'_> {
    fn to_vec(&self) -> Vec<String> {
        let mut segments = Vec::new();
        let mut trail = Some(self);
        while let Some(t) = trail {
            match t.segment {
                Segment::Key(key) => segments.push(key.to_string()),
                Segment::Index(index) => segments.push(index.to_string()),
            }
            trail = t.parent;
        }
        segments.pop(); // the root's placeholder
        segments.reverse();
        segments
    }
}

/// Finds the references under `value` (shaped as `shape`) for which `needs_work` holds, in
/// document order.
pub fn find_refs(
    value: &Value,
    shape: Shape,
    needs_work: &dyn Fn(Obj, &str) -> bool,
) -> Vec<Found> {
    let mut found = Vec::new();
    let root = Trail {
        parent: None,
        segment: Segment::Index(0),
    };
    walk(value, shape, &root, needs_work, &mut found, 0);
    found
}

/// Deeper trees are left alone (the load stage's nesting limit handles them later).
const MAX_DEPTH: usize = 256;

fn walk(
    value: &Value,
    shape: Shape,
    trail: &Trail,
    needs_work: &dyn Fn(Obj, &str) -> bool,
    found: &mut Vec<Found>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    match (shape, value) {
        (Shape::One(obj), Value::Object(map)) => {
            if obj.referable() {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    if needs_work(obj, reference) {
                        found.push(Found {
                            at: trail.to_vec(),
                            obj,
                            reference: reference.clone(),
                        });
                    }
                    // Only a schema's siblings of `$ref` mean something (3.1).
                    if obj != Obj::Schema {
                        return;
                    }
                }
            }
            for (key, child) in map {
                if let Some(shape) = obj.child(key) {
                    let trail = Trail {
                        parent: Some(trail),
                        segment: Segment::Key(key),
                    };
                    walk(child, shape, &trail, needs_work, found, depth + 1);
                }
            }
        }
        // `items: [..]` (JSON Schema tuples) and lists of schemas.
        (Shape::One(obj) | Shape::List(obj), Value::Array(items)) => {
            for (index, child) in items.iter().enumerate() {
                let trail = Trail {
                    parent: Some(trail),
                    segment: Segment::Index(index),
                };
                walk(child, Shape::One(obj), &trail, needs_work, found, depth + 1);
            }
        }
        (Shape::Map(obj), Value::Object(map)) => {
            // Extensions sit beside the entries of these maps; elsewhere `x-…` is a name.
            let skip_extensions = matches!(obj, Obj::PathItem | Obj::Response);
            for (key, child) in map {
                if skip_extensions && key.starts_with("x-") {
                    continue;
                }
                let trail = Trail {
                    parent: Some(trail),
                    segment: Segment::Key(key),
                };
                walk(child, Shape::One(obj), &trail, needs_work, found, depth + 1);
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
    fn knows_what_a_pointer_points_at() {
        let at = |p: &str| shape_at(&p.split('/').map(str::to_string).collect::<Vec<_>>());
        assert_eq!(at("components/schemas/X/properties/y"), Some(Obj::Schema));
        assert_eq!(at("paths/~1a/get/parameters/1"), Some(Obj::Parameter));
        assert_eq!(
            at("paths/~1a/get/responses/200/content/x~1y/schema"),
            Some(Obj::Schema)
        );
        assert_eq!(at("components/parameters/p/schema"), Some(Obj::Schema));
        assert_eq!(at("components/schemas/X/example/y"), None);
    }

    #[test]
    fn finds_refs_by_what_they_stand_for() {
        let doc = json!({
            "paths": {
                "/a": {"$ref": "a.yaml"},
                "/b": {"get": {
                    "parameters": [{"$ref": "#/components/parameters/P"}, {"name": "x", "in": "query", "schema": {"$ref": "s.yaml"}}],
                    "responses": {"200": {"$ref": "r.yaml"}, "x-ext": {"$ref": "no"}},
                    "requestBody": {"content": {"application/json": {"schema": {"items": [{"$ref": "#/x"}]}}}}
                }},
                "x-ext": {"$ref": "no"}
            },
            "components": {"schemas": {"x-name": {"properties": {"p": {"$ref": "#/y"}}, "example": {"$ref": "no"}}}}
        });
        let found = find_refs(&doc, Shape::One(Obj::Root), &|_, r| r != "no");
        let got: Vec<(String, Obj, &str)> = found
            .iter()
            .map(|f| (f.at.join("/"), f.obj, f.reference.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("paths//a".to_string(), Obj::PathItem, "a.yaml"),
                (
                    "paths//b/get/parameters/0".into(),
                    Obj::Parameter,
                    "#/components/parameters/P"
                ),
                (
                    "paths//b/get/parameters/1/schema".into(),
                    Obj::Schema,
                    "s.yaml"
                ),
                ("paths//b/get/responses/200".into(), Obj::Response, "r.yaml"),
                (
                    "paths//b/get/requestBody/content/application/json/schema/items/0".into(),
                    Obj::Schema,
                    "#/x"
                ),
                (
                    "components/schemas/x-name/properties/p".into(),
                    Obj::Schema,
                    "#/y"
                ),
            ]
        );
    }
}
