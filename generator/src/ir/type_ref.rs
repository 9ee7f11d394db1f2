//! Types as structure: what a field, parameter, body or response holds, as a tree that later
//! stages can ask questions of (which models it mentions, whether it is a list, an integer,
//! ...). Spelling a type as Rust is render's job (`render/rust_type.rs`), in one place.

use serde::{Deserialize, Serialize};

/// An index into [`Api::types`](super::Api::types).
pub type TypeId = usize;

/// A type expression.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeRef {
    /// A model of `types.rs`.
    Named(NamedRef),
    /// A type with a fixed spelling: a primitive with its format, or a type of the runtime.
    Prim(Prim),
    /// A JSON array: `Vec<T>`.
    List(Box<TypeRef>),
    /// A JSON object with values of one type: `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// A value that may be absent or `null`: `Option<T>`.
    Optional(Box<TypeRef>),
    /// A model behind a pointer, to break a by-value cycle (or to keep a union small).
    Boxed(Box<TypeRef>),
    /// A JSON array of a fixed shape (`prefixItems`): `(A, B, ...)`.
    Tuple(Vec<TypeRef>),
    /// No value: `()`.
    Unit,
    /// An operation's own response enum (several success types), defined in its API module.
    ResponseEnum(String),
}

/// A model by id, with its name (so that the IR reads well and spelling needs no lookup).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NamedRef {
    /// Index into [`Api::types`](super::Api::types).
    pub id: TypeId,
    /// The model's Rust name, [`TypeDef::name`](super::TypeDef::name).
    pub name: String,
}

/// The types with a fixed spelling: JSON primitives by their `format`, and the runtime's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Prim {
    /// `type: string`.
    String,
    /// `type: boolean`.
    Boolean,
    /// `format: int8`.
    Int8,
    /// `format: int16`.
    Int16,
    /// `format: int32`.
    Int32,
    /// `type: integer` without a narrower format (`int64`).
    Int64,
    /// `format: uint8`.
    Uint8,
    /// `format: uint16`.
    Uint16,
    /// `format: uint32`.
    Uint32,
    /// `format: uint64` (or `uint`).
    Uint64,
    /// `format: float`.
    Float,
    /// `type: number` (`double`).
    Double,
    /// `format: date-time`.
    DateTime,
    /// `format: date`.
    Date,
    /// `format: uuid`.
    Uuid,
    /// `format: byte` in a model field: base64 text, decoded to bytes.
    Byte,
    /// Any JSON value.
    Any,
    /// A JSON object of any properties.
    Object,
    /// A `format: binary` field of a multipart body: the runtime's file part.
    FilePart,
    /// A binary request body: bytes or a stream (the runtime's `BinaryBody`).
    BinaryBody,
    /// A binary success response, read as it arrives (the runtime's `ByteStream`).
    ByteStream,
    /// A binary error response, held in memory (`bytes::Bytes`).
    Binary,
}

impl Prim {
    /// Whether the type is an integer.
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Prim::Int8
                | Prim::Int16
                | Prim::Int32
                | Prim::Int64
                | Prim::Uint8
                | Prim::Uint16
                | Prim::Uint32
                | Prim::Uint64
        )
    }
}

impl TypeRef {
    /// `String`.
    pub const STRING: TypeRef = TypeRef::Prim(Prim::String);
    /// Any JSON value.
    pub const ANY: TypeRef = TypeRef::Prim(Prim::Any);

    /// A named model.
    pub fn named(id: TypeId, name: impl Into<String>) -> TypeRef {
        TypeRef::Named(NamedRef {
            id,
            name: name.into(),
        })
    }

    /// `Option<self>`.
    pub fn optional(self) -> TypeRef {
        TypeRef::Optional(Box::new(self))
    }

    /// `Option<self>` when `nullable`.
    pub fn nullable(self, nullable: bool) -> TypeRef {
        if nullable {
            self.optional()
        } else {
            self
        }
    }

    /// The item type of a list.
    pub fn list_item(&self) -> Option<&TypeRef> {
        match self {
            TypeRef::List(item) => Some(item),
            _ => None,
        }
    }

    /// The model this type is, if it is one (not behind a wrapper).
    pub fn named_id(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(named) => Some(named.id),
            _ => None,
        }
    }

    /// The model a type is about, through `Option`, `Vec`, maps and `Box` (not tuples): the
    /// one its docs link to.
    pub fn about(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(named) => Some(named.id),
            TypeRef::List(inner)
            | TypeRef::Map(inner)
            | TypeRef::Optional(inner)
            | TypeRef::Boxed(inner) => inner.about(),
            _ => None,
        }
    }

    /// Every model mentioned anywhere in this type, in order.
    pub fn mentions(&self, out: &mut Vec<TypeId>) {
        match self {
            TypeRef::Named(named) => out.push(named.id),
            TypeRef::List(inner)
            | TypeRef::Map(inner)
            | TypeRef::Optional(inner)
            | TypeRef::Boxed(inner) => inner.mentions(out),
            TypeRef::Tuple(items) => items.iter().for_each(|t| t.mentions(out)),
            TypeRef::Prim(_) | TypeRef::Unit | TypeRef::ResponseEnum(_) => {}
        }
    }

    /// The models this type holds by value (not behind a `Vec`, map or `Box`).
    pub fn by_value(&self, out: &mut Vec<TypeId>) {
        match self {
            TypeRef::Named(named) => out.push(named.id),
            TypeRef::Tuple(items) => items.iter().for_each(|t| t.by_value(out)),
            TypeRef::Optional(inner) => inner.by_value(out),
            _ => {}
        }
    }

    /// Boxes every by-value reference to a model for which `in_cycle` holds.
    pub fn box_cycles(&mut self, in_cycle: &dyn Fn(TypeId) -> bool) {
        match self {
            TypeRef::Named(named) if in_cycle(named.id) => {
                *self = TypeRef::Boxed(Box::new(self.clone()))
            }
            TypeRef::Tuple(items) => items.iter_mut().for_each(|t| t.box_cycles(in_cycle)),
            TypeRef::Optional(inner) => inner.box_cycles(in_cycle),
            _ => {}
        }
    }

    /// The type without `count` outer `Option`s (as many as it has, if fewer).
    pub fn without_options(&self, count: usize) -> &TypeRef {
        match self {
            TypeRef::Optional(inner) if count > 0 => inner.without_options(count - 1),
            _ => self,
        }
    }

    /// How many `Option`s wrap the type.
    pub fn option_depth(&self) -> usize {
        match self {
            TypeRef::Optional(inner) => 1 + inner.option_depth(),
            _ => 0,
        }
    }

    /// Whether the type mentions a model anywhere.
    pub fn mentions_model(&self) -> bool {
        let mut found = Vec::new();
        self.mentions(&mut found);
        !found.is_empty()
    }
}
