//! Structured inputs → the same pipeline as `load_bytes`.
//!
//! Two kinds of input, both built with `arbitrary`:
//! - `Built`: an OpenAPI document assembled from schemas, operations and parameters whose names
//!   and texts come from a pool of hostile strings (keywords, crate items, break-out attempts)
//!   or from the fuzzer's own bytes; every input is a well-formed document, so the fuzzer's time
//!   goes into lowering and rendering rather than into the parsers.
//! - `Mutated`: one of the seed specs with a few values replaced at fuzzer-chosen places.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};

const POOL: &[&str] = &[
    "",
    "Self",
    "self",
    "crate",
    "super",
    "async",
    "await",
    "dyn",
    "gen",
    "try",
    "union",
    "r#type",
    "type",
    "fn",
    "Client",
    "Error",
    "Result",
    "Option",
    "Box",
    "String",
    "Vec",
    "std",
    "core",
    "serde",
    "Unknown",
    "Other",
    "1abc",
    "9",
    "_",
    "__",
    "-",
    "名前",
    "🦀",
    "a b",
    "a-b",
    "A_B",
    "aB",
    "Ab",
    "ab",
    "*/",
    "/*",
    "\"#",
    "\"###",
    "\\",
    "`",
    "```",
    "</details>",
    "<script>",
    "\0",
    "\"); std::process::exit(1); (\"",
    "{id}",
    "{",
    "}",
    "{{",
    "%",
    "'",
    "\n",
    "\r\n",
    "    indented",
    "- list",
    "> quote",
    "# heading",
    "~1",
    "~0",
    "$ref",
    "x-",
    "new",
    "send",
    "default",
    "body",
    "Unnamed",
    "unnamed",
    "Empty",
    "N1",
    "Value0",
    "none",
    "None",
    "Some",
    "Ok",
    "Err",
];

#[derive(Debug, Arbitrary)]
enum Text {
    Pool(u8),
    Raw(String),
    Twice(u8, u8),
}

impl Text {
    fn get(&self) -> String {
        match self {
            Text::Pool(i) => POOL[*i as usize % POOL.len()].to_string(),
            Text::Raw(s) => s.clone(),
            Text::Twice(a, b) => format!("{}{}", POOL[*a as usize % POOL.len()], POOL[*b as usize % POOL.len()]),
        }
    }
}

#[derive(Debug, Arbitrary)]
enum SchemaGen {
    Ref(Text),
    RefIndex(u8),
    Str { values: Vec<Text>, format: Option<Text> },
    Int { values: Vec<i64>, format: Option<Text> },
    Num,
    Bool,
    Array(Option<Box<SchemaGen>>),
    Object { props: Vec<(Text, SchemaGen)>, required: Vec<Text>, additional: Option<Box<SchemaGen>> },
    OneOf(Vec<SchemaGen>, Option<Text>),
    AnyOf(Vec<SchemaGen>),
    AllOf(Vec<SchemaGen>),
    Nullable(Box<SchemaGen>),
    Described(Box<SchemaGen>, Text, Option<Text>),
    Untyped { props: Vec<(Text, SchemaGen)>, values: Vec<Text> },
    Empty,
    Not(Box<SchemaGen>),
    Json(JsonGen),
}

#[derive(Debug, Arbitrary)]
enum JsonGen {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Text),
    Array(Vec<JsonGen>),
    Object(Vec<(Text, JsonGen)>),
}

impl JsonGen {
    fn get(&self) -> Value {
        match self {
            JsonGen::Null => Value::Null,
            JsonGen::Bool(b) => json!(b),
            JsonGen::Int(i) => json!(i),
            JsonGen::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            JsonGen::Str(t) => json!(t.get()),
            JsonGen::Array(items) => Value::Array(items.iter().map(JsonGen::get).collect()),
            JsonGen::Object(entries) => Value::Object(entries.iter().map(|(k, v)| (k.get(), v.get())).collect()),
        }
    }
}

fn props(entries: &[(Text, SchemaGen)], names: &[String]) -> Value {
    Value::Object(entries.iter().map(|(k, v)| (k.get(), v.get(names))).collect::<Map<_, _>>())
}

impl SchemaGen {
    fn get(&self, names: &[String]) -> Value {
        match self {
            SchemaGen::Ref(t) => json!({"$ref": format!("#/components/schemas/{}", t.get())}),
            SchemaGen::RefIndex(i) if !names.is_empty() => {
                json!({"$ref": format!("#/components/schemas/{}", names[*i as usize % names.len()].replace('~', "~0").replace('/', "~1"))})
            }
            SchemaGen::RefIndex(_) => json!({"$ref": "#/components/schemas/missing"}),
            SchemaGen::Str { values, format } => {
                let mut s = json!({"type": "string"});
                if !values.is_empty() {
                    s["enum"] = values.iter().map(Text::get).collect();
                }
                if let Some(f) = format {
                    s["format"] = json!(f.get());
                }
                s
            }
            SchemaGen::Int { values, format } => {
                let mut s = json!({"type": "integer"});
                if !values.is_empty() {
                    s["enum"] = values.iter().map(|v| json!(v)).collect();
                }
                if let Some(f) = format {
                    s["format"] = json!(f.get());
                }
                s
            }
            SchemaGen::Num => json!({"type": "number"}),
            SchemaGen::Bool => json!({"type": "boolean"}),
            SchemaGen::Array(items) => match items {
                Some(items) => json!({"type": "array", "items": items.get(names)}),
                None => json!({"type": "array"}),
            },
            SchemaGen::Object { props: p, required, additional } => {
                let mut s = json!({"type": "object", "properties": props(p, names)});
                if !required.is_empty() {
                    s["required"] = required.iter().map(Text::get).collect();
                }
                if let Some(a) = additional {
                    s["additionalProperties"] = a.get(names);
                }
                s
            }
            SchemaGen::OneOf(alts, disc) => {
                let mut s = json!({"oneOf": alts.iter().map(|a| a.get(names)).collect::<Vec<_>>()});
                if let Some(d) = disc {
                    s["discriminator"] = json!({"propertyName": d.get()});
                }
                s
            }
            SchemaGen::AnyOf(alts) => json!({"anyOf": alts.iter().map(|a| a.get(names)).collect::<Vec<_>>()}),
            SchemaGen::AllOf(parts) => json!({"allOf": parts.iter().map(|a| a.get(names)).collect::<Vec<_>>()}),
            SchemaGen::Nullable(inner) => {
                let mut s = inner.get(names);
                if let Some(o) = s.as_object_mut() {
                    o.insert("nullable".into(), json!(true));
                }
                s
            }
            SchemaGen::Described(inner, description, title) => {
                let mut s = inner.get(names);
                if let Some(o) = s.as_object_mut() {
                    o.insert("description".into(), json!(description.get()));
                    if let Some(t) = title {
                        o.insert("title".into(), json!(t.get()));
                    }
                }
                s
            }
            SchemaGen::Untyped { props: p, values } => {
                let mut s = json!({"properties": props(p, names)});
                if !values.is_empty() {
                    s["enum"] = values.iter().map(Text::get).collect();
                }
                s
            }
            SchemaGen::Empty => json!({}),
            SchemaGen::Not(inner) => json!({"not": inner.get(names)}),
            SchemaGen::Json(value) => value.get(),
        }
    }
}

#[derive(Debug, Arbitrary)]
struct ParamGen {
    name: Text,
    location: u8,
    required: bool,
    schema: Option<SchemaGen>,
}

#[derive(Debug, Arbitrary)]
struct OperationGen {
    method: u8,
    operation_id: Option<Text>,
    tags: Vec<Text>,
    summary: Option<Text>,
    params: Vec<ParamGen>,
    body: Option<(Text, SchemaGen)>,
    responses: Vec<(u16, Option<(Text, SchemaGen)>)>,
    deprecated: bool,
}

#[derive(Debug, Arbitrary)]
struct Built {
    openapi31: bool,
    title: Text,
    description: Option<Text>,
    schemas: Vec<(Text, SchemaGen)>,
    paths: Vec<(Vec<Text>, Vec<OperationGen>)>,
}

impl Built {
    fn document(&self) -> Value {
        let names: Vec<String> = self.schemas.iter().map(|(n, _)| n.get()).collect();
        let schemas: Map<String, Value> = self.schemas.iter().map(|(n, s)| (n.get(), s.get(&names))).collect();
        let mut paths = Map::new();
        for (segments, operations) in &self.paths {
            let path: String = segments.iter().map(|s| format!("/{}", s.get())).collect();
            let mut item = Map::new();
            for op in operations {
                let method =
                    ["get", "put", "post", "delete", "patch", "head", "options", "trace"][op.method as usize % 8];
                let mut o = json!({"responses": {}});
                if let Some(id) = &op.operation_id {
                    o["operationId"] = json!(id.get());
                }
                if !op.tags.is_empty() {
                    o["tags"] = op.tags.iter().map(Text::get).collect();
                }
                if let Some(s) = &op.summary {
                    o["summary"] = json!(s.get());
                }
                if op.deprecated {
                    o["deprecated"] = json!(true);
                }
                let params: Vec<Value> = op
                    .params
                    .iter()
                    .map(|p| {
                        let location = ["path", "query", "header", "cookie"][p.location as usize % 4];
                        let mut v =
                            json!({"name": p.name.get(), "in": location, "required": p.required || location == "path"});
                        v["schema"] = p.schema.as_ref().map_or(json!({"type": "string"}), |s| s.get(&names));
                        v
                    })
                    .collect();
                if !params.is_empty() {
                    o["parameters"] = Value::Array(params);
                }
                if let Some((media, schema)) = &op.body {
                    o["requestBody"] = json!({"content": {media.get(): {"schema": schema.get(&names)}}});
                }
                for (status, content) in &op.responses {
                    let status =
                        if *status % 7 == 0 { "default".to_string() } else { (100 + status % 500).to_string() };
                    let mut r = json!({"description": "r"});
                    if let Some((media, schema)) = content {
                        r["content"] = json!({media.get(): {"schema": schema.get(&names)}});
                    }
                    o["responses"][status] = r;
                }
                item.insert(method.to_string(), o);
            }
            paths.insert(path, Value::Object(item));
        }
        let mut doc = json!({
            "openapi": if self.openapi31 { "3.1.0" } else { "3.0.3" },
            "info": {"title": self.title.get(), "version": "1.0.0"},
            "paths": paths,
            "components": {"schemas": schemas},
        });
        if let Some(d) = &self.description {
            doc["info"]["description"] = json!(d.get());
        }
        doc
    }
}

/// Seeds for `Mutated`: small specs that cover most of the generator.
const SEEDS: &[&str] = &[
    include_str!("../../../specs/archera-organizations.yaml"),
    include_str!("../../../specs/cloudflare-organizations.yaml"),
    include_str!("../../tests/hostile/specs/recursion.yaml"),
    include_str!("../../tests/hostile/specs/injection.yaml"),
    include_str!("../../tests/hostile/specs/keywords.yaml"),
];

#[derive(Debug, Arbitrary)]
struct Edit {
    /// Choices at each level: object entry or array element, by index modulo the length.
    path: Vec<u16>,
    value: Option<SchemaGen>,
}

#[derive(Debug, Arbitrary)]
enum Input {
    Built(Built),
    Mutated { seed: u8, edits: Vec<Edit> },
}

fn apply(tree: &mut Value, edit: &Edit) {
    replace_at(tree, &edit.path, edit.value.as_ref().map_or(Value::Null, |v| v.get(&[])));
}

/// Replaces the value at `path` (indices into objects and arrays, modulo their length); the
/// walk stops early at a scalar or an empty container, which is replaced instead.
fn replace_at(node: &mut Value, path: &[u16], value: Value) {
    let Some((step, rest)) = path.split_first() else {
        *node = value;
        return;
    };
    let next = match node {
        Value::Object(map) if !map.is_empty() => {
            let index = *step as usize % map.len();
            map.values_mut().nth(index)
        }
        Value::Array(items) if !items.is_empty() => {
            let len = items.len();
            items.get_mut(*step as usize % len)
        }
        _ => None,
    };
    match next {
        Some(next) => replace_at(next, rest, value),
        None => *node = value,
    }
}

fuzz_target!(|input: Input| {
    let document = match &input {
        Input::Built(built) => built.document(),
        Input::Mutated { seed, edits } => {
            let text = SEEDS[*seed as usize % SEEDS.len()];
            let mut diags = clientgen::diag::Diagnostics::new(std::path::Path::new("seed.yaml"));
            let Ok(parsed) = clientgen::load::load_bytes(text.as_bytes(), &mut diags) else { return };
            let Ok(mut tree) = serde_json::to_value(&parsed) else { return };
            for edit in edits.iter().take(8) {
                apply(&mut tree, edit);
            }
            tree
        }
    };
    let bytes = serde_json::to_vec(&document).expect("a JSON value serializes");
    let _ = clientgen::generate_bytes(&bytes, std::path::Path::new("fuzz.json"), &clientgen::Options::default());
});
