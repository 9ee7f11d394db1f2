//! Swagger 2.0 responses as OpenAPI 3.0 ones: the schema as `content` for each media type
//! the operation `produces`, `examples` as each media type's example, headers with a schema.

use serde_json::{Map, Value};

use super::operation::{copy, copy_extensions, value_schema};
use super::Cx;
use crate::load::child;

impl Cx<'_> {
    pub(super) fn responses(
        &mut self,
        responses: Value,
        produces: &[String],
        at: &str,
        out_at: &str,
    ) -> Map<String, Value> {
        let Value::Object(responses) = responses else {
            self.diags
                .warn(at.to_string(), "`responses` is not a map; ignored");
            return Map::new();
        };
        let mut out = Map::new();
        for (status, response) in responses {
            let converted = match response {
                Value::Object(r) if !r.contains_key("$ref") && !status.starts_with("x-") => {
                    Value::Object(self.response(
                        r,
                        produces,
                        &child(at, &status),
                        &child(out_at, &status),
                    ))
                }
                other => other,
            };
            out.insert(status, converted);
        }
        out
    }

    /// A 2.0 response: its schema as `content` for each produced media type.
    pub fn response(
        &mut self,
        response: Map<String, Value>,
        produces: &[String],
        at: &str,
        out_at: &str,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        let mut schema = None;
        let mut examples = None;
        for (key, value) in response {
            match key.as_str() {
                "schema" => schema = Some(value),
                "examples" => examples = Some(value),
                "headers" => {
                    let headers =
                        self.headers(value, &child(at, "headers"), &child(out_at, "headers"));
                    out.insert(key, Value::Object(headers));
                }
                _ => {
                    out.insert(key, value);
                }
            }
        }
        out.entry("description")
            .or_insert_with(|| Value::String(String::new()));
        let Some(schema) = schema else { return out };
        let is_file = schema.get("type").is_some_and(|t| t == "file");
        let schema = self.schema_value(schema, &child(at, "schema"));
        let types = match (produces.is_empty(), is_file) {
            (false, _) => produces.to_vec(),
            (true, true) => vec!["application/octet-stream".to_string()],
            (true, false) => vec!["application/json".to_string()],
        };
        let mut content = Map::new();
        for media in types {
            let media_at = child(&child(out_at, "content"), &media);
            self.stage
                .moved(child(&media_at, "schema"), child(at, "schema"));
            self.stage.moved(media_at, at.to_string());
            let mut entry = Map::new();
            entry.insert("schema".into(), schema.clone());
            if let Some(example) = examples.as_ref().and_then(|e| e.get(&media)) {
                entry.insert("example".into(), example.clone());
            }
            content.insert(media, Value::Object(entry));
        }
        out.insert("content".into(), Value::Object(content));
        out
    }

    fn headers(&mut self, headers: Value, at: &str, out_at: &str) -> Map<String, Value> {
        let Value::Object(headers) = headers else {
            return Map::new();
        };
        let mut out = Map::new();
        for (name, header) in headers {
            let Value::Object(header) = header else {
                continue;
            };
            let header_at = child(at, &name);
            self.stage
                .moved(child(&child(out_at, &name), "schema"), header_at.clone());
            let mut converted = Map::new();
            copy(&header, &mut converted, &["description"]);
            copy_extensions(&header, &mut converted);
            if let Some((style, explode)) =
                self.style(&header, "header", &child(&header_at, "collectionFormat"))
            {
                converted.insert("style".into(), Value::String(style.into()));
                converted.insert("explode".into(), Value::Bool(explode));
            }
            let schema = self.schema_value(Value::Object(value_schema(&header)), &header_at);
            converted.insert("schema".into(), schema);
            out.insert(name, Value::Object(converted));
        }
        out
    }
}
