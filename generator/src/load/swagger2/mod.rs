//! Swagger 2.0 → OpenAPI 3.0, on the JSON tree, so the rest of the pipeline reads one model.
//!
//! | Swagger 2.0 | OpenAPI 3.0 |
//! |---|---|
//! | `host`, `basePath`, `schemes` (`x-ms-parameterized-host`) | `servers` |
//! | `definitions` | `components/schemas` |
//! | `parameters` (not body or form) | `components/parameters` |
//! | `responses` | `components/responses` |
//! | `securityDefinitions` (basic, apiKey, oauth2 flows) | `components/securitySchemes` |
//! | `in: body` parameter, `consumes` | `requestBody` with one media type per `consumes` entry |
//! | `in: formData` parameters (`type: file`) | a URL-encoded or multipart object body (file parts) |
//! | response `schema`, `produces`, `examples` | response `content` |
//! | `collectionFormat` | `style` and `explode` |
//! | `x-nullable`, `discriminator: name`, `x-ms-enum`, `x-ms-paths` | `nullable`, `discriminator.propertyName`, named enums, `paths` |
//!
//! Every part that moves is recorded in a source-map stage, so diagnostics point into the 2.0
//! document the user gave (`#/paths/~1pets/get/parameters/2`), not into the conversion.

mod body;
mod operation;
mod response;
mod schema;

use serde_json::{Map, Value};

use self::schema::NamedEnums;
use super::child;
use super::normalize::NAME_MAPS;
use crate::diag::{Diagnostics, SourceStage};

/// The state of one conversion.
pub struct Cx<'a> {
    diags: &'a mut Diagnostics,
    stage: SourceStage,
    /// The document's `parameters` section, as written (operations' `$ref`s lead here).
    parameters: Map<String, Value>,
    /// The document's default `consumes` and `produces`.
    consumes: Vec<String>,
    produces: Vec<String>,
    named_enums: NamedEnums,
}

/// Converts a Swagger 2.0 tree into an OpenAPI 3.0 tree, in place.
pub fn convert(tree: &mut Value, diags: &mut Diagnostics) {
    let Value::Object(mut root) = std::mem::take(tree) else {
        return;
    };
    let list = |value: Option<&Value>| -> Vec<String> {
        value
            .and_then(Value::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let parameters = match root.shift_remove("parameters") {
        Some(Value::Object(parameters)) => parameters,
        _ => Map::new(),
    };
    let mut named_enums = NamedEnums::default();
    if let Some(Value::Object(definitions)) = root.get("definitions") {
        named_enums.taken = definitions.keys().cloned().collect();
    }
    let mut cx = Cx {
        consumes: list(root.get("consumes")),
        produces: list(root.get("produces")),
        diags,
        stage: SourceStage::default(),
        parameters,
        named_enums,
    };
    let mut out = Map::new();
    out.insert("openapi".into(), Value::String("3.0.3".into()));
    for key in ["info", "externalDocs"] {
        if let Some(value) = root.shift_remove(key) {
            out.insert(key.into(), value);
        }
    }
    if let Some(servers) = cx.servers(&root) {
        out.insert("servers".into(), Value::Array(servers));
    }
    for key in ["tags", "security"] {
        if let Some(value) = root.shift_remove(key) {
            out.insert(key.into(), value);
        }
    }
    let paths = cx.paths(&mut root);
    out.insert("paths".into(), Value::Object(paths));
    let components = cx.components(&mut root);
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }
    for (key, value) in root {
        if key.starts_with("x-") && key != "x-ms-paths" && key != "x-ms-parameterized-host" {
            out.insert(key, value);
        }
    }
    let mut converted = Value::Object(out);
    rewrite_refs(&mut converted, false, 0);
    *tree = converted;
    let stage = cx.stage;
    cx.diags.push_stage(stage);
}

impl Cx<'_> {
    /// `servers` from `host`, `basePath` and `schemes` (https when none is given), or from
    /// Azure's `x-ms-parameterized-host`.
    fn servers(&mut self, root: &Map<String, Value>) -> Option<Vec<Value>> {
        let text = |key: &str| root.get(key).and_then(Value::as_str).unwrap_or("");
        let base_path = text("basePath").trim_end_matches('/');
        let server =
            |url: String| Value::Object(Map::from_iter([("url".to_string(), Value::String(url))]));
        if let Some(Value::Object(host)) = root.get("x-ms-parameterized-host") {
            self.stage
                .moved("#/servers".into(), "#/x-ms-parameterized-host".into());
            return Some(vec![self.parameterized_host(host, base_path)]);
        }
        let host = text("host");
        if host.is_empty() {
            self.stage.moved("#/servers".into(), "#/basePath".into());
            return (!base_path.is_empty()).then(|| vec![server(base_path.to_string())]);
        }
        self.stage.moved("#/servers".into(), "#/host".into());
        let mut schemes: Vec<&str> = root
            .get("schemes")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        // https first: the generated client's default base URL is the first server.
        schemes.sort_by_key(|s| *s != "https");
        if schemes.is_empty() {
            schemes.push("https");
        }
        Some(
            schemes
                .into_iter()
                .map(|scheme| server(format!("{scheme}://{host}{base_path}")))
                .collect(),
        )
    }

    /// `x-ms-parameterized-host: {hostTemplate: "{account}.example.com", parameters: [..]}` →
    /// a server with variables (defaults from the parameters' `default` or first `enum`).
    fn parameterized_host(&mut self, host: &Map<String, Value>, base_path: &str) -> Value {
        let template = host
            .get("hostTemplate")
            .and_then(Value::as_str)
            .unwrap_or("");
        let scheme = if template.contains("://") || template.starts_with('{') {
            ""
        } else {
            "https://"
        };
        let mut variables = Map::new();
        let params = host.get("parameters").and_then(Value::as_array);
        for param in params.into_iter().flatten() {
            let param = match param.get("$ref").and_then(Value::as_str) {
                Some(r) => r
                    .strip_prefix("#/parameters/")
                    .and_then(|n| self.parameters.get(n))
                    .unwrap_or(param),
                None => param,
            };
            let Some(name) = param.get("name").and_then(Value::as_str) else {
                continue;
            };
            let default = param
                .get("default")
                .or_else(|| param.get("enum").and_then(|e| e.get(0)))
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .unwrap_or_default();
            let mut variable = Map::new();
            variable.insert("default".into(), Value::String(default));
            if let Some(description) = param.get("description") {
                variable.insert("description".into(), description.clone());
            }
            variables.insert(name.to_string(), Value::Object(variable));
        }
        let mut server = Map::new();
        server.insert(
            "url".into(),
            Value::String(format!("{scheme}{template}{base_path}")),
        );
        if !variables.is_empty() {
            server.insert("variables".into(), Value::Object(variables));
        }
        Value::Object(server)
    }

    /// `paths`, with Azure's `x-ms-paths` merged in.
    fn paths(&mut self, root: &mut Map<String, Value>) -> Map<String, Value> {
        let mut out = Map::new();
        for (section, written) in [
            ("paths", root.shift_remove("paths")),
            ("x-ms-paths", root.shift_remove("x-ms-paths")),
        ] {
            let Some(Value::Object(items)) = written else {
                continue;
            };
            for (path, item) in items {
                let at = child(&child("#", section), &path);
                if path.starts_with("x-") {
                    if section == "paths" {
                        out.insert(path, item);
                    }
                    continue;
                }
                if out.contains_key(&path) {
                    self.diags
                        .warn(at, "the path is also in `paths`; this copy is ignored");
                    continue;
                }
                let Value::Object(item) = item else { continue };
                let out_at = child("#/paths", &path);
                if section != "paths" {
                    self.stage.moved(out_at.clone(), at.clone());
                }
                let item = self.path_item(item, &at, &out_at);
                out.insert(path, Value::Object(item));
            }
        }
        out
    }

    /// `components` from `definitions`, `parameters`, `responses` and `securityDefinitions`.
    fn components(&mut self, root: &mut Map<String, Value>) -> Map<String, Value> {
        let mut components = Map::new();
        if let Some(Value::Object(definitions)) = root.shift_remove("definitions") {
            self.stage
                .moved("#/components/schemas".into(), "#/definitions".into());
            let mut schemas = Map::new();
            for (name, mut schema) in definitions {
                let mut at = vec!["definitions".to_string(), name.clone()];
                schema::fix(&mut schema, &mut at, &mut self.named_enums, false);
                schemas.insert(name, schema);
            }
            components.insert("schemas".into(), Value::Object(schemas));
        }
        if !self.named_enums.found.is_empty() {
            let found = std::mem::take(&mut self.named_enums.found);
            let schemas = components
                .entry("schemas")
                .or_insert_with(|| Value::Object(Map::new()));
            for (name, (schema, origin)) in found {
                self.stage
                    .moved(child("#/components/schemas", &name), origin);
                if let Value::Object(schemas) = schemas {
                    schemas.insert(name, schema);
                }
            }
        }
        let parameters = std::mem::take(&mut self.parameters);
        let mut converted = Map::new();
        for (name, param) in &parameters {
            let Value::Object(param) = param else {
                continue;
            };
            let location = param.get("in").and_then(Value::as_str);
            if matches!(location, Some("body" | "formData")) {
                continue; // inlined into the request bodies of the operations that use it
            }
            let at = child("#/parameters", name);
            self.stage.moved(
                child(&child("#/components/parameters", name), "schema"),
                at.clone(),
            );
            converted.insert(name.clone(), Value::Object(self.parameter(param, &at)));
        }
        self.parameters = parameters;
        if !converted.is_empty() {
            self.stage
                .moved("#/components/parameters".into(), "#/parameters".into());
            components.insert("parameters".into(), Value::Object(converted));
        }
        if let Some(Value::Object(responses)) = root.shift_remove("responses") {
            self.stage
                .moved("#/components/responses".into(), "#/responses".into());
            let produces = self.produces.clone();
            let mut converted = Map::new();
            for (name, response) in responses {
                let Value::Object(response) = response else {
                    continue;
                };
                let (at, out_at) = (
                    child("#/responses", &name),
                    child("#/components/responses", &name),
                );
                converted.insert(
                    name,
                    Value::Object(self.response(response, &produces, &at, &out_at)),
                );
            }
            components.insert("responses".into(), Value::Object(converted));
        }
        if let Some(Value::Object(definitions)) = root.shift_remove("securityDefinitions") {
            self.stage.moved(
                "#/components/securitySchemes".into(),
                "#/securityDefinitions".into(),
            );
            let mut schemes = Map::new();
            for (name, definition) in definitions {
                let at = child("#/securityDefinitions", &name);
                if let Some(scheme) = self.security_scheme(definition, &at) {
                    schemes.insert(name, Value::Object(scheme));
                }
            }
            components.insert("securitySchemes".into(), Value::Object(schemes));
        }
        components
    }

    /// basic → HTTP basic; apiKey as it is; oauth2's one `flow` → `flows`.
    fn security_scheme(&mut self, definition: Value, at: &str) -> Option<Map<String, Value>> {
        let Value::Object(mut scheme) = definition else {
            return None;
        };
        let kind = scheme
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match kind.as_str() {
            "basic" => {
                scheme.insert("type".into(), Value::String("http".into()));
                scheme.insert("scheme".into(), Value::String("basic".into()));
            }
            "apiKey" => {}
            "oauth2" => {
                let written = scheme.shift_remove("flow");
                let flow = match written.as_ref().and_then(Value::as_str) {
                    Some("implicit") => "implicit",
                    Some("password") => "password",
                    Some("application") => "clientCredentials",
                    Some("accessCode") => "authorizationCode",
                    other => {
                        let flow = other.map_or_else(|| "(none)".into(), |f| format!("`{f}`"));
                        let message =
                            format!("unknown OAuth2 flow {flow}; the security scheme is skipped");
                        self.diags.warn(child(at, "flow"), message);
                        return None;
                    }
                };
                let mut details = Map::new();
                for key in ["authorizationUrl", "tokenUrl", "scopes"] {
                    if let Some(value) = scheme.shift_remove(key) {
                        details.insert(key.into(), value);
                    }
                }
                details
                    .entry("scopes")
                    .or_insert_with(|| Value::Object(Map::new()));
                let flows = Map::from_iter([(flow.to_string(), Value::Object(details))]);
                scheme.insert("flows".into(), Value::Object(flows));
            }
            other => {
                let message =
                    format!("unknown security scheme type `{other}`; the scheme is skipped");
                self.diags.warn(child(at, "type"), message);
                return None;
            }
        }
        Some(scheme)
    }
}

/// `#/definitions/X` → `#/components/schemas/X`, `#/parameters/X` → `#/components/parameters/X`,
/// `#/responses/X` → `#/components/responses/X`, in `$ref`s and discriminator mappings.
/// `names`: the members of `value` are names (of properties, schemas, …), not keywords.
fn rewrite_refs(value: &mut Value, names: bool, depth: usize) {
    const DATA: [&str; 4] = ["example", "examples", "default", "enum"];
    if depth > 256 {
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if !names && (DATA.contains(&key.as_str()) || key.starts_with("x-")) {
                    continue;
                }
                match child {
                    Value::String(reference) if key == "$ref" && !names => rewrite_ref(reference),
                    Value::Object(mapping) if key == "mapping" && !names => {
                        for target in mapping.values_mut() {
                            if let Value::String(reference) = target {
                                rewrite_ref(reference);
                            }
                        }
                    }
                    _ => {
                        let names = !names && NAME_MAPS.contains(&key.as_str());
                        rewrite_refs(child, names, depth + 1);
                    }
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite_refs(item, false, depth + 1);
            }
        }
        _ => {}
    }
}

fn rewrite_ref(reference: &mut String) {
    for (from, to) in [
        ("#/definitions/", "#/components/schemas/"),
        ("#/parameters/", "#/components/parameters/"),
        ("#/responses/", "#/components/responses/"),
    ] {
        if let Some(rest) = reference.strip_prefix(from) {
            *reference = format!("{to}{rest}");
            return;
        }
    }
}
