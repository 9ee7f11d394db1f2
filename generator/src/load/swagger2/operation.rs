//! Swagger 2.0 path items and operations as OpenAPI 3.0 ones: parameters get a `schema` and a
//! `style` ([`body`](super::body) makes the request body of the body and form parameters,
//! [`response`](super::response) the responses).

use serde_json::{Map, Value};

use super::schema;
use super::Cx;
use crate::load::child;

/// The members of a 2.0 non-body parameter (or header, or `items`) that describe its value.
const VALUE_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "x-nullable",
    "x-ms-enum",
];

/// The members of a path item that hold operations in 2.0.
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// A parameter as written (`written`, at `at`), with its `$ref` to the document's
/// `parameters` followed (`value`, at `defined_at`).
pub(super) struct Param {
    pub written: Value,
    pub value: Map<String, Value>,
    pub at: String,
    pub defined_at: String,
}

impl Param {
    pub fn location(&self) -> &str {
        self.value.get("in").and_then(Value::as_str).unwrap_or("")
    }

    pub fn name(&self) -> &str {
        self.value.get("name").and_then(Value::as_str).unwrap_or("")
    }

    fn is_body(&self) -> bool {
        matches!(self.location(), "body" | "formData")
    }
}

impl Cx<'_> {
    /// Converts the path item `item`, at `at` in the 2.0 document and `out_at` in the result.
    pub fn path_item(
        &mut self,
        item: Map<String, Value>,
        at: &str,
        out_at: &str,
    ) -> Map<String, Value> {
        let params = self.params(item.get("parameters"), &child(at, "parameters"));
        let (bodies, shared): (Vec<Param>, Vec<Param>) =
            params.into_iter().partition(Param::is_body);
        let mut out = Map::new();
        for (key, value) in item {
            match key.as_str() {
                "parameters" => {
                    let converted = self.keep_params(&shared, &child(out_at, "parameters"));
                    if !converted.is_empty() {
                        out.insert(key, Value::Array(converted));
                    }
                }
                method if METHODS.contains(&method) => {
                    let Value::Object(op) = value else { continue };
                    let op =
                        self.operation(op, &bodies, &child(at, method), &child(out_at, method));
                    out.insert(key, Value::Object(op));
                }
                _ if key.starts_with("x-") || key == "summary" || key == "description" => {
                    out.insert(key, value);
                }
                _ => {}
            }
        }
        out
    }

    fn operation(
        &mut self,
        op: Map<String, Value>,
        inherited: &[Param],
        at: &str,
        out_at: &str,
    ) -> Map<String, Value> {
        let consumes = media_types(op.get("consumes")).unwrap_or_else(|| self.consumes.clone());
        let produces = media_types(op.get("produces")).unwrap_or_else(|| self.produces.clone());
        let params = self.params(op.get("parameters"), &child(at, "parameters"));
        let (mut bodies, kept): (Vec<Param>, Vec<Param>) =
            params.into_iter().partition(Param::is_body);
        // Body and form parameters of the path item apply unless the operation redefines them.
        for param in inherited {
            if !bodies
                .iter()
                .any(|b| b.name() == param.name() && b.location() == param.location())
            {
                bodies.push(Param {
                    written: param.written.clone(),
                    value: param.value.clone(),
                    at: param.at.clone(),
                    defined_at: param.defined_at.clone(),
                });
            }
        }
        let mut out = Map::new();
        for (key, value) in op {
            match key.as_str() {
                "consumes" | "produces" | "schemes" => {}
                "parameters" => {
                    let converted = self.keep_params(&kept, &child(out_at, "parameters"));
                    if !converted.is_empty() {
                        out.insert(key, Value::Array(converted));
                    }
                    if let Some(body) =
                        self.request_body(&bodies, &consumes, at, &child(out_at, "requestBody"))
                    {
                        out.insert("requestBody".into(), Value::Object(body));
                    }
                }
                "responses" => {
                    let responses = self.responses(
                        value,
                        &produces,
                        &child(at, "responses"),
                        &child(out_at, "responses"),
                    );
                    out.insert(key, Value::Object(responses));
                }
                _ => {
                    out.insert(key, value);
                }
            }
        }
        if !out.contains_key("requestBody") && !bodies.is_empty() {
            if let Some(body) =
                self.request_body(&bodies, &consumes, at, &child(out_at, "requestBody"))
            {
                out.insert("requestBody".into(), Value::Object(body));
            }
        }
        out.entry("responses")
            .or_insert_with(|| Value::Object(Map::new()));
        out
    }

    /// The parameters of a list, `$ref`s to the document's `parameters` followed.
    fn params(&mut self, list: Option<&Value>, at: &str) -> Vec<Param> {
        let list = match list {
            None => return Vec::new(),
            Some(Value::Array(list)) => list,
            Some(_) => {
                self.diags
                    .warn(at.to_string(), "`parameters` is not a list; ignored");
                return Vec::new();
            }
        };
        let mut params = Vec::new();
        for (index, written) in list.iter().enumerate() {
            let at = child(at, &index.to_string());
            if !written.is_object() {
                self.diags.warn(at, "not a parameter object; ignored");
                continue;
            }
            let (value, defined_at) = match written.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let name = reference
                        .strip_prefix("#/parameters/")
                        .map(|n| n.replace("~1", "/").replace("~0", "~"));
                    match name.and_then(|n| self.parameters.get(&n).map(|p| (n, p))) {
                        Some((name, Value::Object(p))) => (p.clone(), child("#/parameters", &name)),
                        // Left as written: the lowering reports what it points to.
                        _ => (Map::new(), at.clone()),
                    }
                }
                None => (written.as_object().cloned().unwrap_or_default(), at.clone()),
            };
            params.push(Param {
                written: written.clone(),
                value,
                at,
                defined_at,
            });
        }
        params
    }

    /// Non-body parameters, converted in place or kept as `$ref`s, renumbered at `out_at`.
    fn keep_params(&mut self, params: &[Param], out_at: &str) -> Vec<Value> {
        let mut out = Vec::new();
        for param in params {
            let index = out.len().to_string();
            self.stage.moved(child(out_at, &index), param.at.clone());
            if param.written.get("$ref").is_some() {
                out.push(param.written.clone());
                continue;
            }
            self.stage
                .moved(child(&child(out_at, &index), "schema"), param.at.clone());
            out.push(Value::Object(self.parameter(&param.value, &param.at)));
        }
        out
    }

    /// A 2.0 non-body parameter as a 3.0 one.
    pub fn parameter(&mut self, param: &Map<String, Value>, at: &str) -> Map<String, Value> {
        let mut out = Map::new();
        for (key, value) in param {
            if !VALUE_KEYS.contains(&key.as_str()) && key != "collectionFormat" && key != "schema" {
                out.insert(key.clone(), value.clone());
            }
        }
        let location = param.get("in").and_then(Value::as_str).unwrap_or("");
        let schema = match param.get("schema") {
            Some(Value::Object(schema)) => schema.clone(),
            _ => value_schema(param),
        };
        let style = self.style(param, location, &child(at, "collectionFormat"));
        if let Some((style, explode)) = style {
            out.insert("style".into(), Value::String(style.into()));
            out.insert("explode".into(), Value::Bool(explode));
        }
        out.insert(
            "schema".into(),
            self.schema_value(Value::Object(schema), at),
        );
        out
    }

    /// The `style` and `explode` of an array parameter from its `collectionFormat` (csv when
    /// absent), warning at `at` about formats OpenAPI 3 cannot express.
    pub(super) fn style(
        &mut self,
        param: &Map<String, Value>,
        location: &str,
        at: &str,
    ) -> Option<(&'static str, bool)> {
        let written = param.get("collectionFormat").and_then(Value::as_str);
        if param.get("type").and_then(Value::as_str) != Some("array") {
            return None;
        }
        let format = written.unwrap_or("csv");
        let query = matches!(location, "query" | "formData");
        let style = match (format, query) {
            ("csv", true) => ("form", false),
            ("multi", true) => ("form", true),
            ("ssv", true) => ("spaceDelimited", false),
            ("pipes", true) => ("pipeDelimited", false),
            ("csv", false) => ("simple", false),
            (other, _) => {
                let fallback = if query {
                    ("form", false)
                } else {
                    ("simple", false)
                };
                self.diags.warn(
                    at.to_string(),
                    format!(
                        "`collectionFormat: {other}` has no OpenAPI 3 equivalent for a {location} parameter; the values are sent comma-separated"
                    ),
                );
                fallback
            }
        };
        Some(style)
    }

    /// A schema written at `at` in the 2.0 document, as a 3.0 schema (see [`schema::fix`]).
    pub fn schema_value(&mut self, mut schema: Value, at: &str) -> Value {
        schema::fix(&mut schema, &mut segments(at), &mut self.named_enums, true);
        schema
    }
}

/// The schema of a non-body parameter, header or `items`: its value members, with nested
/// `items` converted the same way.
pub(super) fn value_schema(param: &Map<String, Value>) -> Map<String, Value> {
    let mut schema = Map::new();
    for key in VALUE_KEYS {
        let Some(value) = param.get(*key) else {
            continue;
        };
        let value = match (*key, value) {
            ("items", Value::Object(items)) => Value::Object(value_schema(items)),
            _ => value.clone(),
        };
        schema.insert(key.to_string(), value);
    }
    if schema.get("type").is_some_and(|t| t == "array") && !schema.contains_key("items") {
        schema.insert("items".into(), Value::Object(Map::new()));
    }
    schema
}

/// The media types of a `consumes` or `produces` list, when it is one.
fn media_types(value: Option<&Value>) -> Option<Vec<String>> {
    let list = value?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
    )
}

pub(super) fn copy(from: &Map<String, Value>, to: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if let Some(value) = from.get(*key) {
            to.insert(key.to_string(), value.clone());
        }
    }
}

pub(super) fn copy_extensions(from: &Map<String, Value>, to: &mut Map<String, Value>) {
    for (key, value) in from {
        if key.starts_with("x-") && key != "x-nullable" && key != "x-ms-enum" {
            to.insert(key.clone(), value.clone());
        }
    }
}

/// `#/a/b~1c` → `["a", "b/c"]`.
pub fn segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}
