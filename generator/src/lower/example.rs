//! Values for the docs and the generated examples, computed once the IR is complete:
//! a Rust expression per parameter and body (`types::Color::Red`, `vec!["a".to_string()]`,
//! struct literals), the model page behind each type expression, and which operations the
//! README shows.
//!
//! Type expressions are read back from the IR's finished spelling (`Option<Vec<types::Foo>>`),
//! whose grammar is the one `ty::Ty::render` prints, plus the primitive spellings of `schema`.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::valid_example::{self, integer_for, is_date, is_date_time, is_uuid, string_for};
use crate::ir::{Api, ApiExamples, Constraints, FieldMode, OpRef, TypeDef, TypeKind};

/// No constraints: a value whose schema asks nothing of it.
static UNCONSTRAINED: Constraints = Constraints {
    pattern: None,
    min_length: None,
    max_length: None,
    minimum: None,
    maximum: None,
    min_items: None,
    format: None,
    items: None,
};

/// A Rust string literal that reproduces `text` exactly.
fn rust_string(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// How deep example values nest before optional parts are left out.
const MAX_DEPTH: usize = 4;
/// How many fields an example sets on a struct that derives `Default`.
const DEFAULT_STRUCT_FIELDS: usize = 3;

/// Fills `lib_name`, `model_links`, `examples`, and the `example` of every parameter and body.
pub fn annotate(api: &mut Api) {
    api.lib_name = super::naming::lib_name(&api.crate_name);
    let types = types_by_name(api);
    let cx = Examples {
        types: &types,
        lib: api.lib_name.clone(),
    };

    for module in &mut api.modules {
        for op in &mut module.operations {
            for param in &mut op.params {
                let example = parse_json(param.spec_example.as_deref())
                    .or_else(|| parse_json(param.default.as_deref()))
                    .or_else(|| param.allowed.first().map(|v| Value::String(v.clone())));
                param.example = cx.valued(
                    &param.ty,
                    example.as_ref(),
                    &param.wire_name,
                    0,
                    !param.arg_into,
                    param.constraints.as_deref().unwrap_or(&UNCONSTRAINED),
                );
            }
            if let Some(body) = &mut op.body {
                body.example = cx.value(&body.ty, None, "body", 0, !body.arg_into);
            }
        }
    }

    let mut links = BTreeMap::new();
    let mut add = |ty: &str| {
        if let Some(page) = cx.model_of(ty) {
            links.insert(ty.to_string(), page);
        }
    };
    let operations = api.modules.iter().flat_map(|m| &m.operations);
    let type_exprs = api
        .types
        .iter()
        .flat_map(TypeDef::type_exprs)
        .chain(operations.flat_map(|op| op.type_exprs()));
    type_exprs.for_each(&mut add);
    api.model_links = links;
    api.examples = choose_examples(api);
}

/// A Rust expression of each type of `tys`, for the docs (the mock kit's example answers).
pub(super) fn values_of<'a>(api: &Api, tys: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let types = types_by_name(api);
    let cx = Examples {
        types: &types,
        lib: api.lib_name.clone(),
    };
    tys.into_iter()
        .map(|ty| match ty {
            "()" => "()".to_string(),
            ty => cx.value(ty, None, "value", 0, true),
        })
        .collect()
}

fn types_by_name(api: &Api) -> HashMap<String, TypeDef> {
    api.types
        .iter()
        .map(|t| (t.name.clone(), t.clone()))
        .collect()
}

/// The README's operations and the examples' credentials.
fn choose_examples(api: &Api) -> ApiExamples {
    let ops = || {
        api.modules.iter().enumerate().flat_map(|(m, module)| {
            module.operations.iter().enumerate().map(move |(o, op)| {
                (
                    OpRef {
                        module: m,
                        operation: o,
                    },
                    op,
                )
            })
        })
    };
    let auth = ops()
        .find_map(|(_, op)| op.security.iter().find(|alt| !alt.is_empty()).cloned())
        .unwrap_or_default();
    let simple = |op: &crate::ir::Operation| {
        op.events.is_none()
            && !op.deprecated
            && !op.params.iter().any(|p| p.positional)
            && op.body.as_ref().is_none_or(|b| !b.required)
    };
    let call = ops()
        .find(|(_, op)| simple(op) && op.http_method == "GET" && !op.errors.is_empty())
        .or_else(|| ops().find(|(_, op)| simple(op) && !op.errors.is_empty()))
        .or_else(|| ops().find(|(_, op)| op.events.is_none() && !op.deprecated))
        .or_else(|| ops().find(|(_, op)| op.events.is_none()))
        .map(|(r, _)| r);
    let streamed = ops()
        .find(|(_, op)| op.events.is_some() && !op.deprecated)
        .map(|(r, _)| r);
    let paged = ops()
        .find(|(_, op)| op.pagination.is_some() && !op.deprecated)
        .map(|(r, _)| r);
    let mut auth_alternatives: Vec<Vec<usize>> = Vec::new();
    for alt in ops().flat_map(|(_, op)| &op.security) {
        if !alt.is_empty() && !auth_alternatives.contains(alt) {
            auth_alternatives.push(alt.clone());
        }
    }
    ApiExamples {
        auth,
        auth_alternatives,
        call,
        paged,
        streamed,
    }
}

fn parse_json(text: Option<&str>) -> Option<Value> {
    text.and_then(|t| serde_json::from_str(t).ok())
}

/// A type expression, as far as examples need to know it.
enum Shape<'a> {
    Option(&'a str),
    Vec(&'a str),
    Boxed(&'a str),
    Map(&'a str),
    Named(&'a str),
    Prim(&'a str),
    Tuple(Vec<&'a str>),
}

fn shape(ty: &str) -> Shape<'_> {
    let inside = |prefix: &str| {
        ty.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('>'))
    };
    if let Some(items) = ty.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Shape::Tuple(top_level_items(items))
    } else if ty == "Vec<u8>" {
        Shape::Prim(ty)
    } else if let Some(inner) = inside("Option<") {
        Shape::Option(inner)
    } else if let Some(inner) = inside("Vec<") {
        Shape::Vec(inner)
    } else if let Some(inner) = inside("Box<") {
        Shape::Boxed(inner)
    } else if let Some(inner) = inside("std::collections::BTreeMap<String, ") {
        Shape::Map(inner)
    } else if let Some(name) = ty.strip_prefix("types::") {
        Shape::Named(name)
    } else if !ty.contains(['<', ':'])
        && ty.starts_with(|c: char| c.is_ascii_uppercase())
        && ty != "String"
    {
        Shape::Named(ty)
    } else {
        Shape::Prim(ty)
    }
}

/// The element types of a tuple's inside (`A, Vec<(B, C)>` → `A`, `Vec<(B, C)>`).
fn top_level_items(inside: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in inside.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(inside[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(inside[start..].trim());
    items.retain(|item| !item.is_empty());
    items
}

struct Examples<'a> {
    types: &'a HashMap<String, TypeDef>,
    lib: String,
}

impl Examples<'_> {
    /// The model page of the named type a type expression is about, if it has one.
    fn model_of(&self, ty: &str) -> Option<String> {
        match shape(ty) {
            Shape::Option(inner) | Shape::Vec(inner) | Shape::Boxed(inner) | Shape::Map(inner) => {
                self.model_of(inner)
            }
            Shape::Named(name) => self.types.get(name).map(|t| t.doc_page.clone()),
            Shape::Prim(_) | Shape::Tuple(_) => None,
        }
    }

    /// A Rust expression of type `ty`. `owned` is false where a `&str` will do (`impl Into<String>`).
    fn value(
        &self,
        ty: &str,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        owned: bool,
    ) -> String {
        self.valued(ty, example, name, depth, owned, &UNCONSTRAINED)
    }

    /// [`Self::value`] for a value whose schema asks `c` of it.
    fn valued(
        &self,
        ty: &str,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        owned: bool,
        c: &Constraints,
    ) -> String {
        match shape(ty) {
            Shape::Option(inner) => {
                format!(
                    "Some({})",
                    self.valued(inner, example, name, depth, true, c)
                )
            }
            Shape::Vec(inner) => {
                if depth >= MAX_DEPTH {
                    return "Vec::new()".into();
                }
                let items: Vec<Option<&Value>> = match example {
                    Some(Value::Array(items)) if !items.is_empty() => {
                        items.iter().map(Some).collect()
                    }
                    Some(Value::Array(_)) => vec![None],
                    other => vec![other],
                };
                let item_c = c.items.as_deref().unwrap_or(&UNCONSTRAINED);
                let values: Vec<String> = (0..valid_example::item_count(c))
                    .map(|i| {
                        let item = items.get(i).copied().unwrap_or(items[0]);
                        self.valued(inner, item, name, depth + 1, true, item_c)
                    })
                    .collect();
                format!("vec![{}]", values.join(", "))
            }
            Shape::Boxed(inner) => {
                let value = self.valued(inner, example, name, depth, true, c);
                // `Box::new(T::default())` is clippy's `box_default`.
                if value.ends_with("::default()") {
                    "Box::default()".to_string()
                } else {
                    format!("Box::new({value})")
                }
            }
            Shape::Map(inner) => {
                let (key, value) = match example {
                    Some(Value::Object(map)) => map
                        .iter()
                        .next()
                        .map_or(("key", None), |(k, v)| (k.as_str(), Some(v))),
                    _ => ("key", None),
                };
                format!(
                    "std::collections::BTreeMap::from([({}.to_string(), {})])",
                    rust_string(key),
                    self.value(inner, value, name, depth + 1, true)
                )
            }
            Shape::Named(type_name) => self.named(type_name, example, name, depth, c),
            Shape::Prim(prim) => self.prim(prim, example, name, owned, c),
            Shape::Tuple(items) => {
                let values: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let example = example.and_then(|e| e.get(i));
                        self.valued(item, example, name, depth + 1, true, &UNCONSTRAINED)
                    })
                    .collect();
                let comma = if values.len() == 1 { "," } else { "" };
                format!("({}{comma})", values.join(", "))
            }
        }
    }

    fn named(
        &self,
        type_name: &str,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        c: &Constraints,
    ) -> String {
        let Some(def) = self.types.get(type_name) else {
            return "Default::default()".into();
        };
        let path = format!("types::{type_name}");
        match &def.kind {
            TypeKind::Enum { variants } => {
                let wanted = example.and_then(Value::as_str);
                match variants
                    .iter()
                    .find(|v| Some(v.wire.as_str()) == wanted)
                    .or(variants.first())
                {
                    Some(v) => format!("{path}::{}", v.name),
                    None => format!(
                        "{path}::Unknown({}.to_string())",
                        rust_string(wanted.unwrap_or("value"))
                    ),
                }
            }
            TypeKind::IntEnum { consts, .. } => {
                let wanted = example.and_then(Value::as_i64);
                match consts
                    .iter()
                    .find(|c| Some(c.value) == wanted)
                    .or(consts.first())
                {
                    Some(c) => format!("{path}::{}", c.name),
                    None => format!("{path}({})", wanted.unwrap_or(1)),
                }
            }
            // The variant the example is for, so that the value is valid for one variant.
            TypeKind::Union { variants, .. } => match variants
                .iter()
                .find(|v| example.is_none_or(|e| self.accepts(&v.ty, e)))
                .or(variants.first())
            {
                Some(v) => format!(
                    "{path}::{}({})",
                    v.name,
                    self.value(&v.ty, example, name, depth + 1, true)
                ),
                None => format!("{path}::Other(serde_json::Value::Null)"),
            },
            TypeKind::Alias { target } => self.valued(target, example, name, depth, true, c),
            TypeKind::Newtype { inner } => format!(
                "{path}({})",
                self.valued(inner, example, name, depth + 1, true, c)
            ),
            TypeKind::Struct {
                fields,
                extra,
                default,
                ..
            } => {
                let object = example.and_then(Value::as_object);
                let field_example = |f: &crate::ir::Field| {
                    object
                        .and_then(|o| o.get(&f.wire_name))
                        .cloned()
                        .or_else(|| parse_json(f.spec_example.as_deref()))
                };
                if *default {
                    // A few writable fields, those with a spec example first; the rest from `Default`.
                    if depth > 0 {
                        return format!("{path}::default()");
                    }
                    let writable: Vec<_> = fields
                        .iter()
                        .filter(|f| !f.read_only && !f.deprecated)
                        .collect();
                    let mut chosen: Vec<_> = writable
                        .iter()
                        .filter(|f| field_example(f).is_some())
                        .copied()
                        .collect();
                    if chosen.is_empty() {
                        chosen = writable.clone();
                    }
                    chosen.truncate(DEFAULT_STRUCT_FIELDS);
                    if chosen.is_empty() {
                        return format!("{path}::default()");
                    }
                    let mut parts: Vec<String> = fields
                        .iter()
                        .filter(|f| chosen.iter().any(|c| c.name == f.name))
                        .map(|f| {
                            format!(
                                "{}: {}",
                                f.name,
                                self.valued(
                                    &f.ty,
                                    field_example(f).as_ref(),
                                    &f.wire_name,
                                    depth + 1,
                                    true,
                                    f.constraints.as_deref().unwrap_or(&UNCONSTRAINED),
                                )
                            )
                        })
                        .collect();
                    if chosen.len() < fields.len() || extra.is_some() {
                        parts.push("..Default::default()".into());
                    }
                    return format!("{path} {{ {} }}", parts.join(", "));
                }
                // No `Default`: every field, required ones with values, optional ones with a
                // value when the spec gives an example.
                let mut parts: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let example = field_example(f);
                        let value = if f.mode == FieldMode::Required
                            || (depth == 0 && example.is_some() && !f.read_only && !f.deprecated)
                        {
                            let c = f.constraints.as_deref().unwrap_or(&UNCONSTRAINED);
                            self.valued(&f.ty, example.as_ref(), &f.wire_name, depth + 1, true, c)
                        } else {
                            "None".into()
                        };
                        format!("{}: {value}", f.name)
                    })
                    .collect();
                if let Some(extra) = extra {
                    parts.push(format!("{}: Default::default()", extra.name));
                }
                format!("{path} {{ {} }}", parts.join(", "))
            }
        }
    }

    /// Whether `example` has the shape of `ty` (an object with every required property of a
    /// struct, a string for a string, ...), to pick the union variant an example is for.
    fn accepts(&self, ty: &str, example: &Value) -> bool {
        match shape(ty) {
            Shape::Option(inner) => example.is_null() || self.accepts(inner, example),
            Shape::Boxed(inner) => self.accepts(inner, example),
            Shape::Vec(_) | Shape::Tuple(_) => example.is_array(),
            Shape::Map(_) => example.is_object(),
            Shape::Named(name) => match self.types.get(name).map(|t| &t.kind) {
                Some(TypeKind::Struct { fields, .. }) => example.as_object().is_some_and(|o| {
                    fields
                        .iter()
                        .filter(|f| f.mode == FieldMode::Required)
                        .all(|f| o.contains_key(&f.wire_name))
                }),
                Some(TypeKind::Enum { .. }) => example.is_string(),
                Some(TypeKind::IntEnum { .. }) => example.is_i64(),
                Some(TypeKind::Union { variants, .. }) => {
                    variants.iter().any(|v| self.accepts(&v.ty, example))
                }
                Some(TypeKind::Alias { target }) => self.accepts(target, example),
                Some(TypeKind::Newtype { inner }) => self.accepts(inner, example),
                None => true,
            },
            Shape::Prim(prim) => match prim {
                "bool" => example.is_boolean(),
                "f32" | "f64" => example.is_number(),
                "serde_json::Value" => true,
                "serde_json::Map<String, serde_json::Value>" => example.is_object(),
                p if p.starts_with(['i', 'u']) && !p.contains(':') => {
                    example.is_i64() || example.is_u64()
                }
                _ => example.is_string(),
            },
        }
    }

    fn prim(
        &self,
        prim: &str,
        example: Option<&Value>,
        name: &str,
        owned: bool,
        c: &Constraints,
    ) -> String {
        let text = example.and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        });
        let int = |fallback: i64| -> i64 { example.and_then(Value::as_i64).unwrap_or(fallback) };
        match prim {
            "String" => {
                let text = valid_example::string(c, text.as_deref(), || string_for(name));
                let literal = rust_string(&text);
                if owned {
                    format!("{literal}.to_string()")
                } else {
                    literal
                }
            }
            "bool" => example.and_then(Value::as_bool).unwrap_or(true).to_string(),
            "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => {
                let fallback = integer_for(name);
                let value = valid_example::integer(c, int(fallback));
                let fits = match prim {
                    "i8" => i8::try_from(value).is_ok(),
                    "i16" => i16::try_from(value).is_ok(),
                    "i32" => i32::try_from(value).is_ok(),
                    "u8" => u8::try_from(value).is_ok(),
                    "u16" => u16::try_from(value).is_ok(),
                    "u32" => u32::try_from(value).is_ok(),
                    "u64" => value >= 0,
                    _ => true,
                };
                if fits { value } else { fallback }.to_string()
            }
            "f32" | "f64" => {
                let value = example
                    .and_then(Value::as_f64)
                    .filter(|v| v.is_finite())
                    .unwrap_or(10.0);
                let value = valid_example::number(c, value);
                format!("{value:?}")
            }
            "uuid::Uuid" => {
                let text = text
                    .filter(|t| is_uuid(t))
                    .unwrap_or_else(|| "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".into());
                format!("uuid::uuid!({})", rust_string(&text))
            }
            "chrono::DateTime<chrono::Utc>" => {
                let text = text
                    .filter(|t| is_date_time(t))
                    .unwrap_or_else(|| "2024-01-15T09:30:00Z".into());
                format!(
                    "{}.parse::<chrono::DateTime<chrono::Utc>>().unwrap_or_default()",
                    rust_string(&text)
                )
            }
            "chrono::NaiveDate" => {
                let text = text
                    .filter(|t| is_date(t))
                    .unwrap_or_else(|| "2024-01-15".into());
                format!(
                    "{}.parse::<chrono::NaiveDate>().unwrap_or_default()",
                    rust_string(&text)
                )
            }
            "Vec<u8>" => "b\"example bytes\".to_vec()".into(),
            "bytes::Bytes" => "bytes::Bytes::from_static(b\"example bytes\")".into(),
            super::operation::BINARY_BODY => "b\"example bytes\".to_vec()".into(),
            "serde_json::Map<String, serde_json::Value>" => "serde_json::Map::new()".into(),
            "serde_json::Value" => match example {
                Some(value) => json_expr(value),
                None => "serde_json::json!({})".into(),
            },
            super::schema::FILE_PART => {
                format!("{}::runtime::FilePart::new(b\"example bytes\".to_vec()).with_filename(\"example.txt\")", self.lib)
            }
            _ => "Default::default()".into(),
        }
    }
}

/// A `serde_json::Value` expression for an example. Small values use `json!`, whose input is the
/// JSON text; anything the macro cannot take (escapes Rust strings lack, such as `\b` and `\f`,
/// or a value so long or deep that the macro's recursion limit is hit) is parsed from a string
/// literal at run time instead.
fn json_expr(value: &Value) -> String {
    fn depth(value: &Value) -> usize {
        match value {
            Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }
    let text = value.to_string();
    let plain = !text.contains("\\u") && !text.contains("\\b") && !text.contains("\\f");
    if plain && text.len() <= 200 && depth(value) <= 6 {
        format!("serde_json::json!({text})")
    } else {
        format!(
            "serde_json::from_str::<serde_json::Value>({}).unwrap_or_default()",
            rust_string(&text)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn examples(types: &HashMap<String, TypeDef>) -> Examples<'_> {
        Examples {
            types,
            lib: "demo".into(),
        }
    }

    #[test]
    fn primitives_take_the_spec_example_or_a_plausible_value() {
        let types = HashMap::new();
        let cx = examples(&types);
        let json = |text: &str| serde_json::from_str::<Value>(text).ok();
        assert_eq!(
            cx.value("String", json("\"Acme\"").as_ref(), "name", 0, false),
            "\"Acme\""
        );
        assert_eq!(
            cx.value("String", None, "contactEmail", 0, true),
            "\"jane.doe@example.com\".to_string()"
        );
        assert_eq!(cx.value("i32", None, "pageSize", 0, true), "25");
        assert_eq!(
            cx.value("i32", json("99999999999").as_ref(), "pageNumber", 0, true),
            "1"
        );
        assert_eq!(cx.value("f64", json("3").as_ref(), "value", 0, true), "3.0");
        assert_eq!(
            cx.value("uuid::Uuid", json("\"not-a-uuid\"").as_ref(), "id", 0, true),
            "uuid::uuid!(\"5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42\")"
        );
        assert_eq!(
            cx.value(
                "Option<Vec<String>>",
                json("[\"a\"]").as_ref(),
                "tags",
                0,
                true
            ),
            "Some(vec![\"a\".to_string()])"
        );
        assert_eq!(
            cx.value(
                "serde_json::Value",
                json("{\"a\":1}").as_ref(),
                "extra",
                0,
                true
            ),
            "serde_json::json!({\"a\":1})"
        );
    }

    #[test]
    fn named_types_use_their_variants_and_fields() {
        let def = |name: &str, kind: TypeKind| {
            (
                name.to_string(),
                TypeDef {
                    name: name.into(),
                    origin: String::new(),
                    doc: None,
                    deprecated: false,
                    doc_page: format!("{name}.md"),
                    cfg: String::new(),
                    kind,
                },
            )
        };
        let field = |name: &str, ty: &str, mode: FieldMode| crate::ir::Field {
            name: name.into(),
            wire_name: name.into(),
            ty: ty.into(),
            mode,
            codec: crate::ir::FieldCodec::Required,
            doc: None,
            read_only: false,
            write_only: false,
            deprecated: false,
            default: None,
            spec_example: None,
            constraints: Default::default(),
        };
        let types: HashMap<String, TypeDef> = [
            def(
                "Color",
                TypeKind::Enum {
                    variants: vec![
                        crate::ir::EnumVariant {
                            name: "Red".into(),
                            wire: "red".into(),
                        },
                        crate::ir::EnumVariant {
                            name: "Blue".into(),
                            wire: "blue".into(),
                        },
                    ],
                },
            ),
            def(
                "Paint",
                TypeKind::Struct {
                    any_value: false,
                    fields: vec![
                        field("color", "Color", FieldMode::Required),
                        field("note", "Option<String>", FieldMode::Optional),
                    ],
                    extra: None,
                    default: false,
                },
            ),
        ]
        .into_iter()
        .collect();
        let cx = examples(&types);
        assert_eq!(
            cx.value(
                "types::Color",
                Some(&Value::String("blue".into())),
                "c",
                0,
                true
            ),
            "types::Color::Blue"
        );
        assert_eq!(
            cx.value("Vec<types::Color>", None, "c", 0, true),
            "vec![types::Color::Red]"
        );
        assert_eq!(
            cx.value("types::Paint", None, "body", 0, true),
            "types::Paint { color: types::Color::Red, note: None }"
        );
        assert_eq!(
            cx.model_of("Option<Vec<types::Paint>>").as_deref(),
            Some("Paint.md")
        );
        assert_eq!(
            cx.model_of("std::collections::BTreeMap<String, Color>")
                .as_deref(),
            Some("Color.md")
        );
        assert_eq!(cx.model_of("Vec<u8>"), None);
    }
}
