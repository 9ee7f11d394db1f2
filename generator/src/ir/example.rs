//! Example values as structure: what the generated examples, the README and the mock kit pass
//! for a parameter, a body or an answer. Lowering chooses the values (from the spec's example,
//! valid against the schema's constraints); render spells them as Rust
//! (`render/rust_example.rs`), so nothing here is Rust source.

use serde::{Deserialize, Serialize};

/// A value of a known type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleValue {
    /// The type's default value (a model cut short because it holds itself, a response enum).
    Default,
    /// No value: `()`.
    Unit,
    /// A string.
    Str {
        /// The text.
        text: String,
        /// False where a borrowed literal will do (the argument converts into a string).
        owned: bool,
    },
    /// An integer of any width.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// A boolean.
    Bool(bool),
    /// A UUID, as text.
    Uuid(String),
    /// A date-time, as RFC 3339 text.
    DateTime(String),
    /// A date, as `YYYY-MM-DD` text.
    Date(String),
    /// A few bytes, held in a vector (base64 fields, binary bodies).
    Bytes,
    /// A few bytes of the `bytes` crate (binary error responses).
    Binary,
    /// An empty JSON object of any properties.
    EmptyObject,
    /// Any JSON value, as JSON text.
    Json(String),
    /// JSON `null`.
    Null,
    /// A multipart file part with a file name (inside a model; the crate's runtime type).
    FilePart,
    /// A present optional value.
    Some(Box<ExampleValue>),
    /// A value behind a pointer.
    Boxed(Box<ExampleValue>),
    /// A list; empty where nesting was cut off.
    List(Vec<ExampleValue>),
    /// A map with one entry.
    Map {
        /// The entry's key.
        key: String,
        /// The entry's value.
        value: Box<ExampleValue>,
    },
    /// A tuple.
    Tuple(Vec<ExampleValue>),
    /// A unit variant of a model: an enum's value, an integer enum's constant.
    Variant {
        /// The model's name.
        model: String,
        /// The variant's (or constant's) name.
        variant: String,
    },
    /// A variant of a model holding a value: a union's alternative, an enum's unknown value.
    VariantOf {
        /// The model's name.
        model: String,
        /// The variant's name.
        variant: String,
        /// What it holds.
        value: Box<ExampleValue>,
    },
    /// A model wrapping one value (a newtype, an integer enum without constants).
    Newtype {
        /// The model's name.
        model: String,
        /// What it wraps.
        value: Box<ExampleValue>,
    },
    /// A struct built by its constructor, then setters.
    Model {
        /// The model's name.
        model: String,
        /// The constructor's arguments, the required fields in order.
        args: Vec<ExampleValue>,
        /// The setters called after it, in order.
        setters: Vec<SetterCall>,
    },
}

/// One setter call on a model being built.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetterCall {
    /// The setter's name (`with_tag`).
    pub setter: String,
    /// Its argument.
    pub value: ExampleValue,
}
