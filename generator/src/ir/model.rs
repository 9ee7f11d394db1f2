//! The models of `types.rs`: structs, enums, unions, aliases and newtypes.

use serde::Serialize;

use super::{TypeId, TypeRef};

/// A named Rust type in `types.rs`.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// The Rust name, e.g. `Organization`.
    pub name: String,
    /// Where it came from: the component name or the inline location.
    pub origin: String,
    /// Documentation.
    pub doc: Option<String>,
    /// Whether the schema was marked deprecated.
    pub deprecated: bool,
    /// Its page under `docs/models/`: `Organization.md`, unique even on a case-insensitive
    /// file system (`FooBar.md`, then `Foobar-2.md`).
    pub doc_page: String,
    /// The cargo features that compile it (any of them): those of the API modules that use
    /// it, or `other_models` when no operation does; sorted.
    pub features: Vec<String>,
    /// The shape of the type.
    #[serde(flatten)]
    pub kind: TypeKind,
}

/// The shape of a named type.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// A struct with named fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// The value type of `additionalProperties`, flattened into an `extra` map.
        extra: Option<Box<Field>>,
        /// Whether every field is optional, so `Default` can be derived.
        default: bool,
        /// The clippy lints `new` is allowed to trip (`too_many_arguments` for many required
        /// fields, `self_named_constructors` on a model called `New`).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        constructor_allows: Vec<&'static str>,
        /// The schema has `properties` but no `type`: any JSON value is valid against it, and
        /// one that is not an object reads as an object without properties.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        any_value: bool,
    },
    /// A string enum with an `Unknown(String)` catch-all.
    Enum {
        /// Known values.
        variants: Vec<EnumVariant>,
    },
    /// An integer enum as a newtype with associated constants (new values still decode).
    IntEnum {
        /// The integer type (`int64` or `int32`).
        repr: TypeRef,
        /// Known values.
        consts: Vec<IntConst>,
    },
    /// `oneOf`/`anyOf`: an enum over the alternatives.
    Union {
        /// The alternatives, in spec order.
        variants: Vec<UnionVariant>,
        /// The discriminator property, for an internally tagged union.
        discriminator: Option<String>,
    },
    /// A type alias: `pub type Name = Target;`.
    Alias {
        /// The target type.
        target: TypeRef,
    },
    /// A transparent newtype, used where an alias would be recursive.
    Newtype {
        /// The wrapped type.
        inner: TypeRef,
    },
}

/// How a struct field is represented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldMode {
    /// Required: `T` (or `Option<T>` when nullable, always serialized).
    Required,
    /// Optional: `Option<T>`, skipped when `None`.
    Optional,
    /// Optional and nullable: `Option<Option<T>>`, absent vs explicit null.
    OptionalNullable,
}

/// How a struct field is read from and written to JSON: the name of a module of the
/// runtime's `object` (`templates/runtime/object.rs`), which `json_object!` calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldCodec {
    /// `T`, always written; absent is an error unless `T` is an `Option`.
    Required,
    /// `Option<T>`: absent or `null` is `None`, `None` is not written.
    Optional,
    /// `Option<Option<T>>`: absent is `None`, `null` is `Some(None)`.
    Nullable,
    /// Required bytes, as a base64 string.
    Base64,
    /// Required but nullable bytes, as a base64 string or `null`: `Option<T>`, `None` written
    /// as `null`.
    NullableBase64,
    /// Optional (or optional and nullable) bytes, as a base64 string.
    OptionalBase64,
}

/// A struct field.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// The Rust field name.
    pub name: String,
    /// The JSON property name.
    pub wire_name: String,
    /// The field's type, with the `Option`s its mode adds (`Option<Option<T>>` for optional
    /// and nullable).
    pub ty: TypeRef,
    /// Whether the schema lists the property as required.
    pub required: bool,
    /// Whether the property's schema allows `null`.
    pub nullable: bool,
    /// Required, optional, or optional and nullable.
    pub mode: FieldMode,
    /// How the field is read from and written to JSON: a module of the runtime's `object`.
    pub codec: FieldCodec,
    /// Documentation.
    pub doc: Option<String>,
    /// Marked readOnly (sent by the server only).
    pub read_only: bool,
    /// Marked writeOnly.
    pub write_only: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// The default value, as JSON text, for docs.
    pub default: Option<String>,
    /// The spec's `example`, as JSON text, for docs and generated examples.
    pub spec_example: Option<String>,
    /// What the schema asks of the value, for the generated examples (`None`: nothing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraints: Option<Box<Constraints>>,
    /// The model's `with_*` method that sets this field (optional fields and the
    /// `additionalProperties` map); `None` for a required field, which `new` takes.
    pub setter: Option<String>,
    /// What `new` or the setter takes: [`Field::ty`] for `new`, without its outer `Option`
    /// for a setter (an optional nullable field's setter takes `Option<T>`: `None` sends
    /// `null`).
    pub arg_ty: TypeRef,
    /// Whether the argument is `impl Into<arg_ty>`, converted with `.into()`.
    pub arg_into: bool,
}

/// What a value's schema asks of it, for the examples: they must be valid against it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Constraints {
    /// `pattern` (an ECMA regular expression, as written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// `minLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<usize>,
    /// `maxLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// `minimum`, and whether it is exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<(f64, bool)>,
    /// `maximum`, and whether it is exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<(f64, bool)>,
    /// `minItems`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<usize>,
    /// A string's `format` (`email`, `uri`, `date-time`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The constraints of an array's items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    /// Whether the schema asks nothing.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// A string enum value.
#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    /// The Rust variant name.
    pub name: String,
    /// The value on the wire.
    pub wire: String,
}

/// An integer enum value.
#[derive(Debug, Clone, Serialize)]
pub struct IntConst {
    /// The Rust constant name.
    pub name: String,
    /// The value.
    pub value: i64,
}

/// One alternative of a union.
#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    /// The Rust variant name.
    pub name: String,
    /// The variant's payload type.
    pub ty: TypeRef,
    /// For tagged unions: the discriminator values that select this variant.
    pub tags: Vec<String>,
}

impl TypeKind {
    /// The types this shape mentions: field, variant, alias and newtype types.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct { fields, extra, .. } => fields
                .iter()
                .chain(extra.as_deref())
                .map(|f| &f.ty)
                .collect(),
            TypeKind::Union { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias { target } => vec![target],
            TypeKind::Newtype { inner } => vec![inner],
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => Vec::new(),
        }
    }

    /// The models this shape mentions, in order.
    pub fn mentions(&self) -> Vec<TypeId> {
        let mut out = Vec::new();
        self.type_refs()
            .into_iter()
            .for_each(|t| t.mentions(&mut out));
        out
    }
}

impl Field {
    /// The property's value type: [`Field::ty`] without the `Option`s the mode adds.
    pub fn value_ty(&self) -> &TypeRef {
        let options = match self.mode {
            FieldMode::Required => usize::from(self.nullable),
            FieldMode::Optional => 1,
            FieldMode::OptionalNullable => 2,
        };
        self.ty.without_options(options)
    }
}

#[cfg(test)]
impl Field {
    /// A field for unit tests: `name` on the wire too, no docs, no constraints, no setter
    /// named yet, taken by `new` as `ty` itself.
    pub fn plain(name: &str, ty: TypeRef, mode: FieldMode) -> Field {
        Field {
            name: name.into(),
            wire_name: name.into(),
            arg_ty: ty.clone(),
            ty,
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
            constraints: None,
            setter: None,
            arg_into: false,
        }
    }
}
