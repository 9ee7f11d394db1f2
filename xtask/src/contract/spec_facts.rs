//! What the report needs of a spec: each operation's JSON pointer, which suffixed paths
//! Prism cannot route, the values the spec fixes, and its own example values.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use serde_json::Value;

use super::response_schema::ResponseSchemas;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the spec.
#[derive(Debug, Clone)]
pub struct SpecOperation {
    /// `get`, `post`, ...
    pub method: String,
    /// The path template as the spec writes it, suffix included.
    pub path: String,
    /// Its operationId, if any.
    pub operation_id: Option<String>,
    /// `#/paths/~1pets/get`.
    pub pointer: String,
    /// A `#`/`?` path whose bare form another path has: Prism's copy keeps it suffixed, and
    /// Prism never matches a request path to it.
    pub unroutable: bool,
    /// What its path's suffix asks of a request: `name=value` pairs (and bare names) that a
    /// query parameter or header of the request has (`Action=Publish`, `X-Amz-Target=...`).
    pub suffix: Vec<(String, Option<String>)>,
    /// Query values the spec fixes, which a client sends as they are: its suffix's pairs and
    /// the required query parameters with one allowed value (lower-case names).
    pub fixed: Vec<(String, String)>,
    /// The list, map and structure query parameters of an AWS query-protocol operation,
    /// which the client spells out as AWS does (`Item.1.ItemName=...`) and Prism cannot read.
    pub aws_structured: Vec<String>,
    /// Properties the request body's schema requires but does not define: `(place, name)`
    /// (see `undefined_required`).
    pub undefined_required: Vec<(String, String)>,
    /// Its success responses offer content only under wildcard media types (`*/*`).
    pub wildcard_response: bool,
    /// Every security requirement it has needs two schemes in the one `Authorization` header
    /// (see `conflicting_auth`): no request can meet it.
    pub conflicting_auth: bool,
    /// The statuses its responses document (`200`, `2XX`, `default`, ...).
    pub statuses: Vec<String>,
    /// It documents no success response (no `2XX`, `3XX` or `default`): Prism answers with
    /// the first one it has, such as a 401.
    pub no_success: bool,
    /// Its path parameters that can only be empty: an object schema whose properties are
    /// all `readOnly` (jellyfin's `Version`), so a request has nothing to put there.
    pub empty_path_params: Vec<String>,
    /// Its path parameters that the template names only after a `#` (mastercard's
    /// `/send/#env/v1/partners/{partnerId}/...`): in a URL fragment, which no request carries.
    pub fragment_params: Vec<String>,
}

/// The operations of one spec.
#[derive(Debug, Clone, Default)]
pub struct SpecFacts {
    operations: Vec<SpecOperation>,
    /// Every scalar of the spec's `example`s and `examples` (strings as they are, the rest
    /// as JSON text).
    examples: HashSet<String>,
    /// The names of the properties Prism's copy of the spec goes without: each closes a
    /// `$ref` cycle, which Prism cannot mock (`clientgen_e2e::acyclic`).
    pub cut_properties: HashSet<String>,
    /// The spec's response schemas, to tell whether a body Prism served breaks them.
    pub responses: Option<Arc<ResponseSchemas>>,
}

impl SpecFacts {
    /// Reads the spec at `path` (JSON or YAML).
    pub fn read(path: &Path) -> Result<SpecFacts> {
        let text =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let document: Value = match serde_json::from_slice(&text) {
            Ok(document) => document,
            Err(_) => serde_yaml::from_slice(&text)
                .with_context(|| format!("{} is neither JSON nor YAML", path.display()))?,
        };
        Ok(SpecFacts::of(document))
    }

    /// The operations of `document`.
    pub fn of(mut document: Value) -> SpecFacts {
        let Some(paths) = document.get("paths").and_then(Value::as_object).cloned() else {
            return SpecFacts::default();
        };
        let responses = Some(ResponseSchemas::of(&document));
        let mut examples = HashSet::new();
        collect_examples(&document, false, &mut examples);
        let cut_properties = clientgen_e2e::acyclic::cut_cycles(&mut document.clone())
            .iter()
            .filter_map(|pointer| Some(pointer.rsplit_once("/properties/")?.1.to_string()))
            .collect();
        let rewritten = clientgen_e2e::routable::strip_path_suffixes(&mut document);
        let mut operations = Vec::new();
        for (path, item) in &paths {
            for method in METHODS {
                let Some(operation) = item.get(method) else {
                    continue;
                };
                operations.push(SpecOperation {
                    method: method.to_string(),
                    path: path.clone(),
                    operation_id: operation
                        .get("operationId")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    pointer: format!("#/paths/{}/{method}", escape(path)),
                    unroutable: path.contains(['#', '?']) && !rewritten.contains(path),
                    suffix: suffix_pairs(path),
                    fixed: fixed_values(&document, path, item, operation),
                    aws_structured: aws_structured(&document, path, item, operation),
                    undefined_required: undefined_required(&document, item, operation),
                    wildcard_response: wildcard_response(operation),
                    conflicting_auth: conflicting_auth(&document, operation),
                    empty_path_params: empty_path_params(&document, item, operation),
                    fragment_params: fragment_params(&document, path, item, operation),
                    statuses: operation["responses"]
                        .as_object()
                        .map(|all| all.keys().cloned().collect())
                        .unwrap_or_default(),
                    no_success: operation["responses"].as_object().is_some_and(|all| {
                        !all.keys()
                            .any(|status| status.starts_with(['2', '3']) || status == "default")
                    }),
                });
            }
        }
        SpecFacts {
            operations,
            examples,
            cut_properties,
            responses,
        }
    }

    /// The operation at `pointer`.
    pub fn at(&self, pointer: &str) -> Option<&SpecOperation> {
        self.operations.iter().find(|op| op.pointer == pointer)
    }

    /// Whether `value` is one of the spec's own example values.
    pub fn is_example(&self, value: &Value) -> bool {
        self.examples.contains(&scalar_text(value))
    }

    /// The operation a crate documents as `METHOD path` with the method name `function`;
    /// when several suffixed paths share that path, the one whose suffix the request `sent`
    /// (the proxy's record of it) meets, else the one named like `function`.
    pub fn find(
        &self,
        method: &str,
        path: &str,
        function: &str,
        sent: Option<&Value>,
    ) -> Option<&SpecOperation> {
        let method = method.to_ascii_lowercase();
        let candidates: Vec<&SpecOperation> = self
            .operations
            .iter()
            .filter(|op| op.method == method && (op.path == path || bare(&op.path) == path))
            .collect();
        if let [one] = candidates.as_slice() {
            return Some(one);
        }
        let by_request = sent.and_then(|sent| {
            let pairs = super::sent::sent_pairs(sent);
            candidates
                .iter()
                .filter(|op| meets(op, &pairs))
                .max_by_key(|op| op.suffix.len())
        });
        let wanted = squash(function);
        by_request
            .or_else(|| {
                candidates
                    .iter()
                    .find(|op| op.operation_id.as_deref().map(squash).as_ref() == Some(&wanted))
            })
            .or(candidates.first())
            .copied()
    }
}

/// The pairs of a path's suffix: `/rest?method=a.b` → `method=a.b`, `/#Action=X&Version=1`
/// → `action=X`, `version=1`; `/tags/{arn}#tagKeys` → `tagkeys`; a pair with a `{var}` value
/// keeps only its name (the value is the caller's, but the request has the parameter:
/// weatherbit's `/current?lat={lat}&lon={lon}` and `/current?city={city}` differ by it); a
/// bare `{var}` is left out. Names compare in lower case (headers have no case).
fn suffix_pairs(path: &str) -> Vec<(String, Option<String>)> {
    let Some(at) = path.find(['#', '?']) else {
        return Vec::new();
    };
    path[at + 1..]
        .split(['&', '#', '?'])
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| match pair.split_once('=') {
            Some((name, value)) if value.contains('{') => Some((name.to_ascii_lowercase(), None)),
            // `{search}=1`: the clients send `search` under its own name.
            Some((name, _)) if name.starts_with('{') && name.ends_with('}') => {
                Some((name.trim_matches(['{', '}']).to_ascii_lowercase(), None))
            }
            Some((name, value)) => Some((name.to_ascii_lowercase(), Some(value.to_string()))),
            None if pair.contains('{') => None,
            None => Some((pair.to_ascii_lowercase(), None)),
        })
        .collect()
}

/// Whether a request with `pairs` has every pair (or bare name) of `op`'s suffix.
fn meets(op: &SpecOperation, pairs: &[(String, Option<String>)]) -> bool {
    !op.suffix.is_empty()
        && op.suffix.iter().all(|(name, value)| {
            pairs
                .iter()
                .any(|(n, v)| n == name && (value.is_none() || v == value))
        })
}

/// The query values the operation's spec fixes: its suffix's `name=value` pairs, and its
/// required query parameters (its own or its path's, written inline) with one `enum` value.
fn fixed_values(
    document: &Value,
    path: &str,
    item: &Value,
    operation: &Value,
) -> Vec<(String, String)> {
    let mut fixed: Vec<(String, String)> = suffix_pairs(path)
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect();
    for parameter in parameters(document, item, operation) {
        let one = parameter["schema"]["enum"]
            .as_array()
            .filter(|values| values.len() == 1)
            .map(|values| scalar_text(&values[0]));
        if let (Some(value), Some(name), "query", true) = (
            one,
            parameter["name"].as_str(),
            parameter["in"].as_str().unwrap_or_default(),
            parameter["required"] == true,
        ) {
            fixed.push((name.to_ascii_lowercase(), value));
        }
    }
    fixed
}

/// The parameters (their own and their path's) of an operation, `$ref`s resolved.
fn parameters<'v>(document: &'v Value, item: &'v Value, operation: &'v Value) -> Vec<&'v Value> {
    let lists = [&item["parameters"], &operation["parameters"]];
    lists
        .into_iter()
        .filter_map(Value::as_array)
        .flatten()
        .map(|parameter| resolve(document, parameter))
        .collect()
}

/// `value` behind its `$ref` (one step; `null` when it points nowhere).
fn resolve<'v>(document: &'v Value, value: &'v Value) -> &'v Value {
    match value["$ref"].as_str() {
        Some(reference) => document
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or(&Value::Null),
        None => value,
    }
}

/// The query parameters of an AWS query-protocol operation (`x-aws-operation-name` and an
/// `Action=` suffix) whose schema is an array or an object.
fn aws_structured(document: &Value, path: &str, item: &Value, operation: &Value) -> Vec<String> {
    let aws_query = operation.get("x-aws-operation-name").is_some()
        && suffix_pairs(path).iter().any(|(name, _)| name == "action");
    if !aws_query {
        return Vec::new();
    }
    parameters(document, item, operation)
        .into_iter()
        .filter(|p| p["in"] == "query")
        .filter(|p| {
            let schema = resolve(document, &p["schema"]);
            schema["type"] == "array" || schema["type"] == "object"
        })
        .filter_map(|p| p["name"].as_str().map(str::to_string))
        .collect()
}

/// The properties the request body's schema (OpenAPI 3's `requestBody` or Swagger 2's body
/// parameter) or a schema inside it requires without defining them (a typo of the spec's),
/// each as `(place, name)`: the place is the dotted path of properties from the body
/// (`consent`, or empty for the body itself; array items add nothing), the name in lower case.
/// Schemas with `allOf`/`anyOf`/`oneOf`, which could define the name, are left out.
fn undefined_required(document: &Value, item: &Value, operation: &Value) -> Vec<(String, String)> {
    let body = resolve(document, &operation["requestBody"]);
    let mut schemas: Vec<&Value> = body["content"]
        .as_object()
        .map(|content| content.values().map(|media| &media["schema"]).collect())
        .unwrap_or_default();
    schemas.extend(
        parameters(document, item, operation)
            .into_iter()
            .filter(|p| p["in"] == "body")
            .map(|p| &p["schema"]),
    );
    let mut found = Vec::new();
    for schema in schemas {
        undefined_in(document, schema, String::new(), 0, &mut found);
    }
    found.sort();
    found.dedup();
    found
}

fn undefined_in(
    document: &Value,
    schema: &Value,
    place: String,
    depth: usize,
    found: &mut Vec<(String, String)>,
) {
    let schema = resolve(document, schema);
    if depth > 8
        || ["allOf", "anyOf", "oneOf"]
            .iter()
            .any(|k| schema.get(*k).is_some())
    {
        return;
    }
    let required = schema["required"].as_array().into_iter().flatten();
    for name in required.filter_map(Value::as_str) {
        if schema["properties"].get(name).is_none() {
            found.push((place.clone(), name.to_ascii_lowercase()));
        }
    }
    if let Some(properties) = schema["properties"].as_object() {
        for (name, property) in properties {
            let inner = match place.is_empty() {
                true => name.clone(),
                false => format!("{place}.{name}"),
            };
            undefined_in(document, property, inner, depth + 1, found);
        }
    }
    if schema.get("items").is_some() {
        undefined_in(document, &schema["items"], place, depth + 1, found);
    }
}

/// Whether every security requirement of the operation (its own, else the document's) names
/// two or more schemes that all go in the `Authorization` header (azure containerregistry
/// requires HTTP basic together with an API key named `Authorization`).
fn conflicting_auth(document: &Value, operation: &Value) -> bool {
    let requirements = operation
        .get("security")
        .or(document.get("security"))
        .and_then(Value::as_array);
    let Some(requirements) = requirements.filter(|all| !all.is_empty()) else {
        return false;
    };
    let schemes = &document["components"]["securitySchemes"];
    requirements.iter().all(|requirement| {
        requirement.as_object().is_some_and(|names| {
            let in_header = names
                .keys()
                .filter(|name| in_authorization(&schemes[name.as_str()]));
            in_header.count() >= 2
        })
    })
}

/// Whether a security scheme's credentials go in the `Authorization` header.
fn in_authorization(scheme: &Value) -> bool {
    match scheme["type"].as_str() {
        Some("http" | "oauth2" | "openIdConnect") => true,
        Some("apiKey") => {
            scheme["in"] == "header"
                && scheme["name"]
                    .as_str()
                    .is_some_and(|name| name.eq_ignore_ascii_case("authorization"))
        }
        _ => false,
    }
}

/// Whether the operation's success responses (OpenAPI 3) have content, all of it under
/// wildcard media types (`*/*`, `application/*`).
fn wildcard_response(operation: &Value) -> bool {
    let Some(responses) = operation["responses"].as_object() else {
        return false;
    };
    let types: Vec<&String> = responses
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .filter_map(|(_, response)| response["content"].as_object())
        .flat_map(|content| content.keys())
        .collect();
    !types.is_empty() && types.iter().all(|t| t.ends_with("/*"))
}

/// The path parameters whose schema (one `$ref` step) is an object with properties, all of
/// them `readOnly`.
fn empty_path_params(document: &Value, item: &Value, operation: &Value) -> Vec<String> {
    parameters(document, item, operation)
        .into_iter()
        .filter(|p| p["in"] == "path")
        .filter(|p| {
            let schema = resolve(document, &p["schema"]);
            let properties = schema["properties"].as_object();
            schema["type"] == "object"
                && properties.is_some_and(|all| {
                    !all.is_empty()
                        && all
                            .values()
                            .all(|property| resolve(document, property)["readOnly"] == true)
                })
        })
        .filter_map(|p| p["name"].as_str().map(str::to_string))
        .collect()
}

/// The path parameters whose `{name}` the template `path` has only after its `#`.
fn fragment_params(document: &Value, path: &str, item: &Value, operation: &Value) -> Vec<String> {
    let Some((sent, fragment)) = path.split_once('#') else {
        return Vec::new();
    };
    parameters(document, item, operation)
        .into_iter()
        .filter(|p| p["in"] == "path")
        .filter_map(|p| p["name"].as_str().map(|name| format!("{{{name}}}")))
        .filter(|braced| fragment.contains(braced.as_str()) && !sent.contains(braced.as_str()))
        .map(|braced| braced[1..braced.len() - 1].to_string())
        .collect()
}

/// Adds the scalars of every `example` and `examples` under `value` (`inside`: `value` is
/// itself an example).
fn collect_examples(value: &Value, inside: bool, out: &mut HashSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let example = inside || key == "example" || key == "examples" || key == "x-example";
                collect_examples(child, example, out);
            }
        }
        Value::Array(items) => {
            for child in items {
                collect_examples(child, inside, out);
            }
        }
        scalar if inside => {
            out.insert(scalar_text(scalar));
        }
        _ => {}
    }
}

/// A scalar as text: a string as it is, anything else as JSON.
pub fn scalar_text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string)
}

/// The path without its `#`/`?` suffix (`/` for a bare suffix).
fn bare(path: &str) -> &str {
    match path.find(['#', '?']).map(|at| &path[..at]) {
        Some("") => "/",
        Some(bare) => bare,
        None => path,
    }
}

/// Lowercase letters and digits only, so `getItem`, `get_item` and `GetItem` compare equal.
fn squash(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A JSON pointer token.
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
#[path = "tests/spec_facts.rs"]
mod tests;
