//! Swagger 2.0 `in: body` and `in: formData` parameters as an OpenAPI 3.0 request body.

use serde_json::{Map, Value};

use super::operation::{copy, copy_extensions, value_schema, Param};
use super::Cx;
use crate::load::child;

impl Cx<'_> {
    /// The request body from the body or form parameters.
    pub(super) fn request_body(
        &mut self,
        bodies: &[Param],
        consumes: &[String],
        at: &str,
        out_at: &str,
    ) -> Option<Map<String, Value>> {
        let (body, form): (Vec<&Param>, Vec<&Param>) =
            bodies.iter().partition(|p| p.location() == "body");
        if let Some(extra) = body.get(1) {
            let message = "a second body parameter; only the first is the request body";
            self.diags.warn(extra.at.clone(), message);
        }
        if let Some(body) = body.first() {
            if let Some(first_form) = form.first() {
                let message = "form parameters beside a body parameter are dropped; the body parameter is the request body";
                self.diags.warn(first_form.at.clone(), message);
            }
            return Some(self.body(body, consumes, out_at));
        }
        if form.is_empty() {
            return None;
        }
        Some(self.form(&form, consumes, at, out_at))
    }

    fn body(&mut self, param: &Param, consumes: &[String], out_at: &str) -> Map<String, Value> {
        self.stage
            .moved(out_at.to_string(), param.defined_at.clone());
        let mut out = Map::new();
        copy(&param.value, &mut out, &["description", "required"]);
        copy_extensions(&param.value, &mut out);
        let types = if consumes.is_empty() {
            vec!["application/json".to_string()]
        } else {
            consumes.to_vec()
        };
        let schema = param
            .value
            .get("schema")
            .cloned()
            .unwrap_or_else(|| Value::Object(Map::new()));
        let schema = self.schema_value(schema, &child(&param.defined_at, "schema"));
        let mut content = Map::new();
        for media in types {
            let media_at = child(&child(out_at, "content"), &media);
            self.stage.moved(
                child(&media_at, "schema"),
                child(&param.defined_at, "schema"),
            );
            self.stage.moved(media_at, param.defined_at.clone());
            let mut entry = Map::new();
            entry.insert("schema".into(), schema.clone());
            content.insert(media, Value::Object(entry));
        }
        out.insert("content".into(), Value::Object(content));
        out
    }

    /// `formData` parameters as one object schema: multipart when the operation consumes
    /// `multipart/form-data` or sends a file, else URL-encoded.
    fn form(
        &mut self,
        params: &[&Param],
        consumes: &[String],
        at: &str,
        out_at: &str,
    ) -> Map<String, Value> {
        let has_file = params
            .iter()
            .any(|p| p.value.get("type").is_some_and(|t| t == "file"));
        let multipart = has_file
            || consumes
                .iter()
                .any(|c| c.starts_with("multipart/form-data"));
        let media = if multipart {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        if has_file
            && !consumes.is_empty()
            && !consumes
                .iter()
                .any(|c| c.starts_with("multipart/form-data"))
        {
            let message = "a `type: file` parameter needs `consumes: [multipart/form-data]`; sent as multipart";
            self.diags.warn(child(at, "consumes"), message);
        }
        let media_at = child(&child(out_at, "content"), media);
        // The body, and its media type and schema, stand for the first form parameter.
        for at in [
            out_at.to_string(),
            media_at.clone(),
            child(&media_at, "schema"),
        ] {
            self.stage.moved(at, params[0].defined_at.clone());
        }
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut encoding = Map::new();
        for param in params {
            let name = param.name().to_string();
            let property_at = child(&child(&child(&media_at, "schema"), "properties"), &name);
            self.stage.moved(property_at, param.defined_at.clone());
            let mut property = value_schema(&param.value);
            copy(&param.value, &mut property, &["description"]);
            copy_extensions(&param.value, &mut property);
            let property = self.schema_value(Value::Object(property), &param.defined_at);
            if let Some((style, explode)) = self.style(
                &param.value,
                "formData",
                &child(&param.defined_at, "collectionFormat"),
            ) {
                if !multipart {
                    let rule = Map::from_iter([
                        ("style".to_string(), Value::String(style.into())),
                        ("explode".to_string(), Value::Bool(explode)),
                    ]);
                    encoding.insert(name.clone(), Value::Object(rule));
                }
            }
            if param.value.get("required") == Some(&Value::Bool(true)) {
                required.push(Value::String(name.clone()));
            }
            properties.insert(name, property);
        }
        let mut schema = Map::new();
        schema.insert("type".into(), Value::String("object".into()));
        schema.insert("properties".into(), Value::Object(properties));
        let any_required = !required.is_empty();
        if any_required {
            schema.insert("required".into(), Value::Array(required));
        }
        let mut entry = Map::new();
        entry.insert("schema".into(), Value::Object(schema));
        if !encoding.is_empty() {
            entry.insert("encoding".into(), Value::Object(encoding));
        }
        let mut out = Map::new();
        if any_required {
            out.insert("required".into(), Value::Bool(true));
        }
        out.insert(
            "content".into(),
            Value::Object(Map::from_iter([(media.to_string(), Value::Object(entry))])),
        );
        out
    }
}
