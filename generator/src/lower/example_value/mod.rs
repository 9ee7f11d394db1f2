//! An example value of a given type for the generated examples (an enum's variant, a list of
//! strings, a model built with its constructor and setters: never a struct literal, which
//! `#[non_exhaustive]` forbids), valid against its schema's constraints, from the spec's
//! example when it has one. Render spells the value as Rust.

use std::cell::{Cell, RefCell};

use serde_json::Value;

use super::example::parse_json;
use super::valid_example::{self, integer_for, is_date, is_date_time, is_uuid, string_for};
use crate::ir::{
    Constraints, ExampleValue, Field, FieldMode, Prim, SetterCall, TypeDef, TypeId, TypeKind,
    TypeRef,
};

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

/// How deep example values nest before lists that may be empty are left empty (a required
/// model is built at every depth: a model inside itself is cut where it recurs).
const MAX_DEPTH: usize = 4;
/// How many fields an example sets on a struct whose fields are all optional.
const DEFAULT_STRUCT_FIELDS: usize = 3;

/// The models examples are built from.
pub struct Examples<'a> {
    /// Every model, by id.
    pub types: &'a [TypeDef],
    /// Set a few optional fields of the top model even where the spec gives no example.
    pub show_setters: bool,
    /// The models whose value is being written, outermost first.
    pub open: RefCell<Vec<TypeId>>,
    /// Set when a value was cut short because a model holds itself.
    pub cut: Cell<bool>,
}

impl<'a> Examples<'a> {
    /// Examples built from `types`.
    pub fn new(types: &'a [TypeDef]) -> Self {
        Examples {
            types,
            show_setters: false,
            open: RefCell::default(),
            cut: Cell::default(),
        }
    }
}

/// What kind of value is wanted.
#[derive(Debug, Clone, Copy)]
struct Want {
    /// False where a borrowed string will do (the argument converts into a string).
    owned: bool,
    /// Inside a model: a file part is built; a top-level one is `Default::default()`.
    in_model: bool,
}

impl Examples<'_> {
    /// A value for an argument of type `ty`.
    pub fn argument(
        &self,
        ty: &TypeRef,
        example: Option<&Value>,
        name: &str,
        owned: bool,
        c: &Constraints,
    ) -> ExampleValue {
        let want = Want {
            owned,
            in_model: false,
        };
        self.valued(ty, example, name, 0, want, c)
    }

    /// A value of type `ty` with no example to follow (the mock kit's answers).
    pub fn value(&self, ty: &TypeRef) -> ExampleValue {
        match ty {
            TypeRef::Unit => ExampleValue::Unit,
            ty => self.argument(ty, None, "value", true, &UNCONSTRAINED),
        }
    }

    /// A value of type `ty`, valid against `c`.
    fn valued(
        &self,
        ty: &TypeRef,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        want: Want,
        c: &Constraints,
    ) -> ExampleValue {
        let owned = Want {
            owned: true,
            ..want
        };
        match ty {
            // `None`, an empty list or map where the value inside holds a model inside itself:
            // valid, and it builds without the model's `Default`.
            TypeRef::Optional(inner) => self
                .uncut(|| {
                    ExampleValue::Some(Box::new(self.valued(inner, example, name, depth, owned, c)))
                })
                .unwrap_or(ExampleValue::Default),
            TypeRef::List(inner) => {
                let may_be_empty = c.min_items.unwrap_or(0) == 0;
                if depth >= MAX_DEPTH && may_be_empty {
                    return ExampleValue::List(Vec::new());
                }
                let items = || self.items(inner, example, name, depth, owned, c);
                match may_be_empty {
                    true => self.uncut(items).unwrap_or(ExampleValue::List(Vec::new())),
                    false => items(),
                }
            }
            TypeRef::Boxed(inner) => {
                ExampleValue::Boxed(Box::new(self.valued(inner, example, name, depth, owned, c)))
            }
            TypeRef::Map(inner) => self
                .uncut(|| self.entry(inner, example, name, depth, owned))
                .unwrap_or(ExampleValue::Default),
            TypeRef::Named(named) => match self.types.get(named.id) {
                Some(def) => self.guarded(named.id, def, example, name, depth, c),
                None => ExampleValue::Default,
            },
            TypeRef::Prim(prim) => self.prim(*prim, example, name, want, c),
            TypeRef::Tuple(items) => {
                let values = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let example = example.and_then(|e| e.get(i));
                        self.valued(item, example, name, depth + 1, owned, &UNCONSTRAINED)
                    })
                    .collect();
                ExampleValue::Tuple(values)
            }
            TypeRef::Unit | TypeRef::ResponseEnum(_) => ExampleValue::Default,
        }
    }

    /// `value()`, or `None` when it cut a model short (the mark is then left as it was).
    fn uncut(&self, value: impl FnOnce() -> ExampleValue) -> Option<ExampleValue> {
        let was_cut = self.cut.replace(false);
        let value = value();
        let cut = self.cut.replace(was_cut);
        (!cut).then_some(value)
    }

    /// A list of `minItems` (at least one) items of type `inner`, from the example's items.
    fn items(
        &self,
        inner: &TypeRef,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        want: Want,
        c: &Constraints,
    ) -> ExampleValue {
        let items: Vec<Option<&Value>> = match example {
            Some(Value::Array(items)) if !items.is_empty() => items.iter().map(Some).collect(),
            Some(Value::Array(_)) => vec![None],
            other => vec![other],
        };
        let item_c = c.items.as_deref().unwrap_or(&UNCONSTRAINED);
        let values = (0..valid_example::item_count(c))
            .map(|i| {
                let item = items.get(i).copied().unwrap_or(items[0]);
                self.valued(inner, item, name, depth + 1, want, item_c)
            })
            .collect();
        ExampleValue::List(values)
    }

    /// A map of one entry of type `inner`, the example's first when it has one.
    fn entry(
        &self,
        inner: &TypeRef,
        example: Option<&Value>,
        name: &str,
        depth: usize,
        want: Want,
    ) -> ExampleValue {
        let (key, value) = match example {
            Some(Value::Object(map)) => map
                .iter()
                .next()
                .map_or(("key", None), |(k, v)| (k.as_str(), Some(v))),
            _ => ("key", None),
        };
        let value = self.valued(inner, value, name, depth + 1, want, &UNCONSTRAINED);
        ExampleValue::Map {
            key: key.to_string(),
            value: Box::new(value),
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
    ) -> ExampleValue {
        let recurses = match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(|f| f.setter.is_none()),
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => false,
            _ => true,
        };
        if recurses && self.open.borrow().contains(&id) {
            self.cut.set(true);
            return ExampleValue::Default;
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
    ) -> ExampleValue {
        let model = || def.name.clone();
        let variant = |name: &str| ExampleValue::Variant {
            model: model(),
            variant: name.to_string(),
        };
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
                    Some(v) => variant(&v.name),
                    None => ExampleValue::VariantOf {
                        model: model(),
                        variant: "Unknown".into(),
                        value: Box::new(ExampleValue::Str {
                            text: wanted.unwrap_or("value").to_string(),
                            owned: true,
                        }),
                    },
                }
            }
            TypeKind::IntEnum { consts, .. } => {
                let wanted = example.and_then(Value::as_i64);
                match consts
                    .iter()
                    .find(|c| Some(c.value) == wanted)
                    .or(consts.first())
                {
                    Some(c) => variant(&c.name),
                    None => ExampleValue::Newtype {
                        model: model(),
                        value: Box::new(ExampleValue::Int(wanted.unwrap_or(1))),
                    },
                }
            }
            // The variant the example is for, so that the value is valid for one variant.
            TypeKind::Union { variants, .. } => match variants
                .iter()
                .find(|v| example.is_none_or(|e| self.accepts(&v.ty, e)))
                .or(variants.first())
            {
                Some(v) => ExampleValue::VariantOf {
                    model: model(),
                    variant: v.name.clone(),
                    value: Box::new(self.valued(
                        &v.ty,
                        example,
                        name,
                        depth + 1,
                        inside,
                        &UNCONSTRAINED,
                    )),
                },
                None => ExampleValue::VariantOf {
                    model: model(),
                    variant: "Other".into(),
                    value: Box::new(ExampleValue::Null),
                },
            },
            TypeKind::Alias { target } => self.valued(target, example, name, depth, inside, c),
            TypeKind::Newtype { inner } => ExampleValue::Newtype {
                model: model(),
                value: Box::new(self.valued(inner, example, name, depth + 1, inside, c)),
            },
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
                // The argument of `new` or of the setter: a borrowed string will do where it
                // converts.
                let value = |f: &Field, example: Option<&Value>| {
                    let c = f.constraints.as_deref().unwrap_or(&UNCONSTRAINED);
                    let want = Want {
                        owned: !f.arg_into,
                        in_model: true,
                    };
                    self.valued(&f.arg_ty, example, &f.wire_name, depth + 1, want, c)
                };
                // `new` with the required fields, then setters: at every depth, those of the
                // properties the schema requires that `new` does not take (write-only ones);
                // on the example's own model (not on the models inside it), those of writable
                // optional fields the spec gives an example for; when every field is
                // optional, a few writable ones, those with an example first.
                let args = fields
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
                let shown = |f: &&Field| {
                    (f.required && !f.read_only) || chosen.iter().any(|c| std::ptr::eq(*c, *f))
                };
                let setters = fields
                    .iter()
                    .filter(|f| f.setter.is_some())
                    .filter(shown)
                    .map(|f| SetterCall {
                        setter: f.setter.clone().unwrap_or_default(),
                        value: value(f, field_example(f).as_ref()),
                    })
                    .collect();
                ExampleValue::Model {
                    model: model(),
                    args,
                    setters,
                }
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
    ) -> ExampleValue {
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
                ExampleValue::Str {
                    text,
                    owned: want.owned,
                }
            }
            Prim::Boolean => ExampleValue::Bool(example.and_then(Value::as_bool).unwrap_or(true)),
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
                ExampleValue::Int(if fits { value } else { fallback })
            }
            Prim::Float | Prim::Double => {
                let value = example
                    .and_then(Value::as_f64)
                    .filter(|v| v.is_finite())
                    .unwrap_or(10.0);
                ExampleValue::Float(valid_example::number(c, value))
            }
            Prim::Uuid => ExampleValue::Uuid(
                text.filter(|t| is_uuid(t))
                    .unwrap_or_else(|| "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".into()),
            ),
            Prim::DateTime => ExampleValue::DateTime(
                text.filter(|t| is_date_time(t))
                    .unwrap_or_else(|| "2024-01-15T09:30:00Z".into()),
            ),
            Prim::Date => ExampleValue::Date(
                text.filter(|t| is_date(t))
                    .unwrap_or_else(|| "2024-01-15".into()),
            ),
            Prim::Byte | Prim::BinaryBody => ExampleValue::Bytes,
            Prim::Binary => ExampleValue::Binary,
            Prim::Object => ExampleValue::EmptyObject,
            Prim::Any => ExampleValue::Json(example.map_or_else(|| "{}".into(), Value::to_string)),
            Prim::FilePart if want.in_model => ExampleValue::FilePart,
            _ => ExampleValue::Default,
        }
    }
}

#[cfg(test)]
mod tests;
