//! A Rust expression of a given type for the generated examples (`types::Color::Red`,
//! `vec!["a".to_string()]`, `types::Pet::new("Rex").with_tag("dog")`: models are built with
//! their constructor and setters, never with struct literals, which `#[non_exhaustive]`
//! forbids), valid against its schema's constraints, from the spec's example when it has one.

use std::cell::{Cell, RefCell};

use serde_json::Value;

use super::example::parse_json;
use super::valid_example::{self, integer_for, is_date, is_date_time, is_uuid, string_for};
use crate::ir::{Constraints, Field, FieldMode, Prim, TypeDef, TypeId, TypeKind, TypeRef};

/// No constraints: a value whose schema asks nothing of it.
pub static UNCONSTRAINED: Constraints = Constraints {
    pattern: None,
    min_length: None,
    max_length: None,
    minimum: None,
    maximum: None,
    min_items: None,
    format: None,
    items: None,
};

/// How deep example values nest before optional parts are left out.
const MAX_DEPTH: usize = 4;
/// How many fields an example sets on a struct whose fields are all optional.
const DEFAULT_STRUCT_FIELDS: usize = 3;

/// A Rust string literal that reproduces `text` exactly.
fn rust_string(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// The models examples are built from.
pub struct Examples<'a> {
    /// Every model, by id.
    pub types: &'a [TypeDef],
    /// The crate's name in Rust paths.
    pub lib: &'a str,
    /// Set a few optional fields of the top model even where the spec gives no example.
    pub show_setters: bool,
    /// The models whose value is being written, outermost first.
    pub open: RefCell<Vec<TypeId>>,
    /// Set when a value was cut short because a model holds itself.
    pub cut: Cell<bool>,
}

impl<'a> Examples<'a> {
    /// Examples built from `types`, for the crate `lib`.
    pub fn new(types: &'a [TypeDef], lib: &'a str) -> Self {
        Examples {
            types,
            lib,
            show_setters: false,
            open: RefCell::default(),
            cut: Cell::default(),
        }
    }
}

/// What kind of value an expression must be.
#[derive(Debug, Clone, Copy)]
struct Want {
    /// False where a `&str` will do (the argument is `impl Into<String>`).
    owned: bool,
    /// Inside a model: a file part is built; a top-level one is `Default::default()`.
    in_model: bool,
}

impl Examples<'_> {
    /// A Rust expression for an argument of type `ty`.
    pub fn argument(
        &self,
        ty: &TypeRef,
        example: Option<&Value>,
        name: &str,
        owned: bool,
        c: &Constraints,
    ) -> String {
        let want = Want {
            owned,
            in_model: false,
        };
        self.valued(ty, example, name, 0, want, c)
    }

    /// A Rust expression of type `ty` with no example to follow (the mock kit's answers).
    pub fn value(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Unit => "()".to_string(),
            ty => self.argument(ty, None, "value", true, &UNCONSTRAINED),
        }
    }

    /// A Rust expression of type `ty`, valid against `c`.
    fn valued(
        &self,
        ty: &TypeRef,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        want: Want,
        c: &Constraints,
    ) -> String {
        let owned = Want {
            owned: true,
            ..want
        };
        match ty {
            TypeRef::Optional(inner) => {
                format!(
                    "Some({})",
                    self.valued(inner, example, name, depth, owned, c)
                )
            }
            TypeRef::List(inner) => {
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
                        self.valued(inner, item, name, depth + 1, owned, item_c)
                    })
                    .collect();
                format!("vec![{}]", values.join(", "))
            }
            TypeRef::Boxed(inner) => {
                let value = self.valued(inner, example, name, depth, owned, c);
                // `Box::new(T::default())` is clippy's `box_default`.
                if value.ends_with("::default()") {
                    "Box::default()".to_string()
                } else {
                    format!("Box::new({value})")
                }
            }
            TypeRef::Map(inner) => {
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
                    self.valued(inner, value, name, depth + 1, owned, &UNCONSTRAINED)
                )
            }
            TypeRef::Named(named) => match self.types.get(named.id) {
                Some(def) => self.guarded(named.id, def, example, name, depth, c),
                None => "Default::default()".into(),
            },
            TypeRef::Prim(prim) => self.prim(*prim, example, name, want, c),
            TypeRef::Tuple(items) => {
                let values: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let example = example.and_then(|e| e.get(i));
                        self.valued(item, example, name, depth + 1, owned, &UNCONSTRAINED)
                    })
                    .collect();
                let comma = if values.len() == 1 { "," } else { "" };
                format!("({}{comma})", values.join(", "))
            }
            TypeRef::Unit | TypeRef::ResponseEnum(_) => "Default::default()".into(),
        }
    }

    /// A model inside its own value (`Node { next: Box<Node> }`, a union that is one of its
    /// own alternatives) has no finite example: the value is cut there and marked.
    fn guarded(
        &self,
        id: TypeId,
        def: &TypeDef,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        c: &Constraints,
    ) -> String {
        let recurses = match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(|f| f.setter.is_none()),
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => false,
            _ => true,
        };
        if recurses && self.open.borrow().contains(&id) {
            self.cut.set(true);
            return "Default::default()".into();
        }
        self.open.borrow_mut().push(id);
        let value = self.named(def, example, name, depth, c);
        self.open.borrow_mut().pop();
        value
    }

    fn named(
        &self,
        def: &TypeDef,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        c: &Constraints,
    ) -> String {
        let path = format!("types::{}", def.name);
        let inside = Want {
            owned: true,
            in_model: true,
        };
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
                    self.valued(&v.ty, example, name, depth + 1, inside, &UNCONSTRAINED)
                ),
                None => format!("{path}::Other(serde_json::Value::Null)"),
            },
            TypeKind::Alias { target } => self.valued(target, example, name, depth, inside, c),
            TypeKind::Newtype { inner } => format!(
                "{path}({})",
                self.valued(inner, example, name, depth + 1, inside, c)
            ),
            TypeKind::Struct {
                fields, default, ..
            } => {
                let object = example.and_then(Value::as_object);
                let field_example = |f: &Field| {
                    object
                        .and_then(|o| o.get(&f.wire_name))
                        .cloned()
                        .or_else(|| parse_json(f.spec_example.as_deref()))
                };
                // The argument of `new` or of the setter: `&str` will do for `impl Into<String>`.
                let value = |f: &Field, example: Option<&Value>| {
                    let c = f.constraints.as_deref().unwrap_or(&UNCONSTRAINED);
                    let want = Want {
                        owned: !f.arg_into,
                        in_model: true,
                    };
                    self.valued(&f.arg_ty, example, &f.wire_name, depth + 1, want, c)
                };
                // `new` with the required fields, then setters: on the example's own model
                // (not on the models inside it), those of writable optional fields the spec
                // gives an example for; when every field is optional, a few writable ones,
                // those with an example first.
                let args: Vec<String> = fields
                    .iter()
                    .filter(|f| f.setter.is_none())
                    .map(|f| value(f, field_example(f).as_ref()))
                    .collect();
                let writable: Vec<&Field> = fields
                    .iter()
                    .filter(|f| f.setter.is_some() && !f.read_only && !f.deprecated)
                    .collect();
                let mut chosen: Vec<&Field> = writable
                    .iter()
                    .filter(|f| field_example(f).is_some())
                    .copied()
                    .collect();
                if *default || self.show_setters {
                    if chosen.is_empty() {
                        chosen = writable;
                    }
                    chosen.truncate(DEFAULT_STRUCT_FIELDS);
                }
                if depth > 0 {
                    chosen.clear();
                }
                let mut expr = format!("{path}::new({})", args.join(", "));
                for f in chosen {
                    let setter = f.setter.as_deref().unwrap_or_default();
                    let value = value(f, field_example(f).as_ref());
                    expr.push_str(&format!(".{setter}({value})"));
                }
                expr
            }
        }
    }

    /// Whether `example` has the shape of `ty` (an object with every required property of a
    /// struct, a string for a string, ...), to pick the union variant an example is for.
    fn accepts(&self, ty: &TypeRef, example: &Value) -> bool {
        match ty {
            TypeRef::Optional(inner) => example.is_null() || self.accepts(inner, example),
            TypeRef::Boxed(inner) => self.accepts(inner, example),
            TypeRef::List(_) | TypeRef::Tuple(_) => example.is_array(),
            TypeRef::Map(_) => example.is_object(),
            TypeRef::Named(named) => match self.types.get(named.id).map(|t| &t.kind) {
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
            TypeRef::Prim(prim) => match prim {
                Prim::Boolean => example.is_boolean(),
                Prim::Float | Prim::Double => example.is_number(),
                Prim::Any => true,
                Prim::Object => example.is_object(),
                p if p.is_integer() => example.is_i64() || example.is_u64(),
                _ => example.is_string(),
            },
            TypeRef::Unit | TypeRef::ResponseEnum(_) => example.is_string(),
        }
    }

    fn prim(
        &self,
        prim: Prim,
        example: Option<&Value>,
        name: &str,
        want: Want,
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
            Prim::String => {
                let text = valid_example::string(c, text.as_deref(), || string_for(name));
                let literal = rust_string(&text);
                if want.owned {
                    format!("{literal}.to_string()")
                } else {
                    literal
                }
            }
            Prim::Boolean => example.and_then(Value::as_bool).unwrap_or(true).to_string(),
            p if p.is_integer() => {
                let fallback = integer_for(name);
                let value = valid_example::integer(c, int(fallback));
                let fits = match p {
                    Prim::Int8 => i8::try_from(value).is_ok(),
                    Prim::Int16 => i16::try_from(value).is_ok(),
                    Prim::Int32 => i32::try_from(value).is_ok(),
                    Prim::Uint8 => u8::try_from(value).is_ok(),
                    Prim::Uint16 => u16::try_from(value).is_ok(),
                    Prim::Uint32 => u32::try_from(value).is_ok(),
                    Prim::Uint64 => value >= 0,
                    _ => true,
                };
                if fits { value } else { fallback }.to_string()
            }
            Prim::Float | Prim::Double => {
                let value = example
                    .and_then(Value::as_f64)
                    .filter(|v| v.is_finite())
                    .unwrap_or(10.0);
                let value = valid_example::number(c, value);
                format!("{value:?}")
            }
            Prim::Uuid => {
                let text = text
                    .filter(|t| is_uuid(t))
                    .unwrap_or_else(|| "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".into());
                format!("uuid::uuid!({})", rust_string(&text))
            }
            Prim::DateTime => {
                let text = text
                    .filter(|t| is_date_time(t))
                    .unwrap_or_else(|| "2024-01-15T09:30:00Z".into());
                format!(
                    "{}.parse::<chrono::DateTime<chrono::Utc>>().unwrap_or_default()",
                    rust_string(&text)
                )
            }
            Prim::Date => {
                let text = text
                    .filter(|t| is_date(t))
                    .unwrap_or_else(|| "2024-01-15".into());
                format!(
                    "{}.parse::<chrono::NaiveDate>().unwrap_or_default()",
                    rust_string(&text)
                )
            }
            Prim::Byte | Prim::BinaryBody => "b\"example bytes\".to_vec()".into(),
            Prim::Binary => "bytes::Bytes::from_static(b\"example bytes\")".into(),
            Prim::Object => "serde_json::Map::new()".into(),
            Prim::Any => match example {
                Some(value) => json_expr(value),
                None => "serde_json::json!({})".into(),
            },
            Prim::FilePart if want.in_model => {
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
    use crate::ir::{EnumVariant, FieldCodec};

    const OWNED: Want = Want {
        owned: true,
        in_model: false,
    };

    fn value(cx: &Examples<'_>, ty: &TypeRef, example: Option<&str>, name: &str) -> String {
        let example = example.and_then(|text| serde_json::from_str::<Value>(text).ok());
        cx.valued(ty, example.as_ref(), name, 0, OWNED, &UNCONSTRAINED)
    }

    #[test]
    fn primitives_take_the_spec_example_or_a_plausible_value() {
        let cx = Examples::new(&[], "demo");
        let string = TypeRef::STRING;
        assert_eq!(
            cx.argument(
                &string,
                Some(&Value::String("Acme".into())),
                "name",
                false,
                &UNCONSTRAINED
            ),
            "\"Acme\""
        );
        assert_eq!(
            value(&cx, &string, None, "contactEmail"),
            "\"jane.doe@example.com\".to_string()"
        );
        let int32 = TypeRef::Prim(Prim::Int32);
        assert_eq!(value(&cx, &int32, None, "pageSize"), "25");
        assert_eq!(value(&cx, &int32, Some("99999999999"), "pageNumber"), "1");
        assert_eq!(
            value(&cx, &TypeRef::Prim(Prim::Double), Some("3"), "value"),
            "3.0"
        );
        assert_eq!(
            value(
                &cx,
                &TypeRef::Prim(Prim::Uuid),
                Some("\"not-a-uuid\""),
                "id"
            ),
            "uuid::uuid!(\"5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42\")"
        );
        let tags = TypeRef::List(Box::new(TypeRef::STRING)).optional();
        assert_eq!(
            value(&cx, &tags, Some("[\"a\"]"), "tags"),
            "Some(vec![\"a\".to_string()])"
        );
        assert_eq!(
            value(&cx, &TypeRef::ANY, Some("{\"a\":1}"), "extra"),
            "serde_json::json!({\"a\":1})"
        );
    }

    #[test]
    fn named_types_use_their_variants_and_fields() {
        let def = |name: &str, kind: TypeKind| TypeDef {
            name: name.into(),
            origin: String::new(),
            doc: None,
            deprecated: false,
            doc_page: format!("{name}.md"),
            features: Vec::new(),
            kind,
        };
        let field = |name: &str, ty: TypeRef, mode: FieldMode| Field {
            name: name.into(),
            wire_name: name.into(),
            required: mode == FieldMode::Required,
            nullable: false,
            mode,
            codec: FieldCodec::Required,
            doc: None,
            read_only: false,
            write_only: false,
            deprecated: false,
            default: None,
            spec_example: None,
            constraints: Default::default(),
            setter: (mode != FieldMode::Required).then(|| format!("with_{name}")),
            arg_into: ty == TypeRef::STRING,
            arg_ty: ty
                .without_options(usize::from(mode != FieldMode::Required))
                .clone(),
            ty,
        };
        let variant = |name: &str, wire: &str| EnumVariant {
            name: name.into(),
            wire: wire.into(),
        };
        let color = TypeRef::named(0, "Color");
        let types = [
            def(
                "Color",
                TypeKind::Enum {
                    variants: vec![variant("Red", "red"), variant("Blue", "blue")],
                },
            ),
            def(
                "Paint",
                TypeKind::Struct {
                    any_value: false,
                    fields: vec![
                        field("color", color.clone(), FieldMode::Required),
                        field("note", TypeRef::STRING.optional(), FieldMode::Optional),
                    ],
                    extra: None,
                    default: false,
                    constructor_allows: Vec::new(),
                },
            ),
        ];
        let cx = Examples::new(&types, "demo");
        assert_eq!(
            value(&cx, &color, Some("\"blue\""), "c"),
            "types::Color::Blue"
        );
        assert_eq!(
            value(&cx, &TypeRef::List(Box::new(color)), None, "c"),
            "vec![types::Color::Red]"
        );
        assert_eq!(
            value(&cx, &TypeRef::named(1, "Paint"), None, "body"),
            "types::Paint::new(types::Color::Red)"
        );
    }
}
