//! `Serialize` and `Deserialize` for the model structs, written by [`json_object!`].
//!
//! The models could derive them, but serde's derive writes about 400 lines of generic code per
//! struct, and type-checking that is most of the time it takes to compile a crate with
//! thousands of models (GitHub's: 145 of 158 s of `cargo check`). `json_object!` writes one
//! map visit and one map serialization, with the per-field work in the small generic functions
//! below, which are checked once. The JSON is the same as the derive's: properties by their
//! wire names, `None` skipped for optional properties, unknown properties ignored (or kept in
//! the `additionalProperties` map), a missing required property an error (`null` for an
//! `Option` one). Unlike the derive, a repeated property is not an error: the last one wins,
//! as in `serde_json::Value`.
//!
//! The code the macro writes has no early return per property: each `?` would drop every
//! slot read so far, which makes code quadratic in the number of properties. Reading returns
//! once per key; missing properties are found in one `match`; writing goes through a
//! [`MapWriter`] that keeps the first error.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::marker::PhantomData;

use serde::de::{Deserialize, DeserializeOwned, Deserializer, Error, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap};

/// Implements `Serialize` and `Deserialize` for a model struct, as a JSON object: each field
/// is listed with its wire name and its codec (a module of [`crate::runtime::object`]), and
/// an optional last `..field` keeps the properties not listed (`additionalProperties`). A model
/// of a schema without `type` is marked `(any)`: it also reads a value that is not an object
/// (see [`crate::runtime::any_object`]).
///
/// ```ignore
/// crate::json_object! {
///     Pet {
///         name: "name" (required),
///         tag: "tag" (optional),
///         ..additional_properties
///     }
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! json_object {
    ($ty:ident { $($field:ident: $wire:literal ($codec:ident)),* $(,)? }) => {
        $crate::json_object!(@impl $ty { $($field $wire $codec)* } rest: $crate::runtime::object::Ignored, extra: , read: $crate::runtime::object::read_object);
    };
    ($ty:ident { $($field:ident: $wire:literal ($codec:ident),)* ..$extra:ident $(,)? }) => {
        $crate::json_object!(@impl $ty { $($field $wire $codec)* } rest: std::collections::BTreeMap::new(), extra: $extra, read: $crate::runtime::object::read_object);
    };
    ($ty:ident (any) { $($field:ident: $wire:literal ($codec:ident)),* $(,)? }) => {
        $crate::json_object!(@impl $ty { $($field $wire $codec)* } rest: $crate::runtime::object::Ignored, extra: , read: $crate::runtime::any_object::read_any);
    };
    ($ty:ident (any) { $($field:ident: $wire:literal ($codec:ident),)* ..$extra:ident $(,)? }) => {
        $crate::json_object!(@impl $ty { $($field $wire $codec)* } rest: std::collections::BTreeMap::new(), extra: $extra, read: $crate::runtime::any_object::read_any);
    };
    (@impl $ty:ident { $($field:ident $wire:literal $codec:ident)* } rest: $rest:expr, extra: $($extra:ident)?, read: $read:path) => {
        impl serde::Serialize for $ty {
            #[allow(unused_mut)] // a model without properties writes nothing
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = $crate::runtime::object::MapWriter::new(serializer)?;
                $($crate::runtime::object::$codec::write(&mut map, $wire, &self.$field);)*
                $($crate::runtime::object::write_rest(&mut map, &self.$extra);)?
                map.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $read(deserializer, stringify!($ty))
            }
        }

        impl $crate::runtime::object::FromMap for $ty {
            #[allow(unreachable_patterns)] // a model without properties cannot miss one
            fn from_map<'de, A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                $(let mut $field = None;)*
                let mut rest = $rest;
                while let Some(key) = map.next_key::<$crate::runtime::object::Key<'de>>()? {
                    match key.as_str() {
                        $($wire => $crate::runtime::object::$codec::read(&mut map, &mut $field),)*
                        _ => $crate::runtime::object::Rest::read(&mut rest, &mut map, key),
                    }?;
                }
                match ($($crate::runtime::object::$codec::finish($field),)*) {
                    ($(Some($field),)*) => Ok(Self { $($field,)* $($extra: rest,)? }),
                    ($($field,)*) => Err($crate::runtime::object::missing(&[$(($wire, $field.is_none()),)*])),
                }
            }
        }
    };
}

/// A model that [`ObjectVisitor`] builds from the properties of a JSON object.
pub trait FromMap: Sized {
    /// Reads the object's properties.
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Reads a model from a JSON object.
pub fn read_object<'de, D: Deserializer<'de>, T: FromMap>(
    deserializer: D,
    name: &'static str,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor::<T>::new(name))
}

/// The serde visitor of every model: expects an object and hands it to [`FromMap`].
pub struct ObjectVisitor<T> {
    name: &'static str,
    model: PhantomData<T>,
}

impl<T> ObjectVisitor<T> {
    /// A visitor for the model called `name` (for error messages).
    pub fn new(name: &'static str) -> Self {
        ObjectVisitor {
            name,
            model: PhantomData,
        }
    }
}

impl<'de, T: FromMap> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a JSON object ({})", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// A property name, borrowed from the input when it can be (no allocation per key).
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The property name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(value)))
            }

            fn visit_str<E: Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Where the properties a model does not list go.
pub trait Rest {
    /// Reads the value of the unlisted property `key`.
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, key: Key<'de>) -> Result<(), A::Error>;
}

/// Unlisted properties are skipped.
pub struct Ignored;

impl Rest for Ignored {
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, _: Key<'de>) -> Result<(), A::Error> {
        map.next_value::<serde::de::IgnoredAny>().map(drop)
    }
}

/// Unlisted properties are kept (`additionalProperties`).
impl<T: DeserializeOwned> Rest for BTreeMap<String, T> {
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, key: Key<'de>) -> Result<(), A::Error> {
        let value = map.next_value()?;
        self.insert(key.0.into_owned(), value);
        Ok(())
    }
}

/// The "missing field" error for the first property marked missing.
pub fn missing<E: Error>(properties: &[(&'static str, bool)]) -> E {
    let name = properties.iter().find(|(_, missing)| *missing);
    E::missing_field(name.map_or("?", |(name, _)| name))
}

/// A map being serialized that keeps its first error, so that writing a property returns
/// nothing to check.
pub struct MapWriter<M: SerializeMap> {
    map: M,
    error: Option<M::Error>,
}

impl<M: SerializeMap> MapWriter<M> {
    /// Starts writing an object.
    pub fn new<S>(serializer: S) -> Result<Self, S::Error>
    where
        S: serde::Serializer<SerializeMap = M, Error = M::Error>,
    {
        let map = serializer.serialize_map(None)?;
        Ok(MapWriter { map, error: None })
    }

    /// Writes one property, unless an earlier one failed.
    pub fn entry<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) {
        if self.error.is_none() {
            self.error = self.map.serialize_entry(key, value).err();
        }
    }

    /// Ends the object, or gives the first error.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        match self.error {
            Some(error) => Err(error),
            None => self.map.end(),
        }
    }
}

/// Writes the `additionalProperties` after the listed ones.
pub fn write_rest<M: SerializeMap, T: Serialize>(
    map: &mut MapWriter<M>,
    rest: &BTreeMap<String, T>,
) {
    for (key, value) in rest {
        map.entry(key, value);
    }
}

/// A property that must be present: `T`. Absent, it is missing, unless `T` is an `Option`
/// (a required but nullable property), which is then `None`, as with serde's derive.
pub mod required {
    use super::*;

    /// Reads the property's value.
    pub fn read<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        *slot = Some(map.next_value()?);
        Ok(())
    }

    /// The field's value once the object is read; `None` when it is missing.
    pub fn finish<'de, T: Deserialize<'de>>(slot: Option<T>) -> Option<T> {
        slot.or_else(|| T::deserialize(super::Absent).ok())
    }

    /// Writes the property.
    pub fn write<M: SerializeMap, T: Serialize>(map: &mut MapWriter<M>, wire: &str, value: &T) {
        map.entry(wire, value);
    }
}

/// An optional property: `Option<T>`. Absent or `null` is `None`; `None` is not written.
pub mod optional {
    use super::*;

    /// Reads the property's value (`null` is `None`).
    pub fn read<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        *slot = map.next_value()?;
        Ok(())
    }

    /// The field's value once the object is read (never missing).
    pub fn finish<T>(slot: Option<T>) -> Option<Option<T>> {
        Some(slot)
    }

    /// Writes the property, unless it is `None`.
    pub fn write<M: SerializeMap, T: Serialize>(
        map: &mut MapWriter<M>,
        wire: &str,
        value: &Option<T>,
    ) {
        if let Some(value) = value {
            map.entry(wire, value);
        }
    }
}

/// An optional, nullable property: `Option<Option<T>>`. Absent is `None`, `null` is
/// `Some(None)`; `None` is not written and `Some(None)` is written as `null`.
pub mod nullable {
    use super::*;

    /// Reads the property's value (`null` is `Some(None)`).
    pub fn read<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        slot: &mut Option<Option<T>>,
    ) -> Result<(), A::Error> {
        *slot = Some(map.next_value()?);
        Ok(())
    }

    /// The field's value once the object is read (never missing).
    pub fn finish<T>(slot: Option<Option<T>>) -> Option<Option<Option<T>>> {
        Some(slot)
    }

    /// Writes the property, unless it is `None`.
    pub fn write<M: SerializeMap, T: Serialize>(
        map: &mut MapWriter<M>,
        wire: &str,
        value: &Option<Option<T>>,
    ) {
        super::optional::write(map, wire, value);
    }
}

/// Bytes sent as a base64 string (`format: byte`), in a required property.
pub mod base64 {
    use super::*;
    use crate::runtime::serde_helpers::Base64;

    /// Reads and decodes the property's value.
    pub fn read<'de, A: MapAccess<'de>, T: From<Vec<u8>>>(
        map: &mut A,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        *slot = Some(map.next_value::<Base64>()?.0.into());
        Ok(())
    }

    /// The field's value once the object is read; `None` when it is missing.
    pub fn finish<T>(slot: Option<T>) -> Option<T> {
        slot
    }

    /// Writes the property as base64.
    pub fn write<M: SerializeMap, T: AsRef<[u8]>>(map: &mut MapWriter<M>, wire: &str, value: &T) {
        map.entry(wire, &Base64(value.as_ref()));
    }
}

/// Bytes sent as a base64 string (`format: byte`), in an optional or nullable property.
pub mod optional_base64 {
    use super::*;
    use crate::runtime::serde_helpers::Base64;

    /// Reads and decodes the property's value (`null` is `None`).
    pub fn read<'de, A: MapAccess<'de>, T: From<Vec<u8>>>(
        map: &mut A,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        *slot = map
            .next_value::<Option<Base64>>()?
            .map(|bytes| bytes.0.into());
        Ok(())
    }

    /// The field's value once the object is read (never missing).
    pub fn finish<T>(slot: Option<T>) -> Option<Option<T>> {
        Some(slot)
    }

    /// Writes the property as base64, unless it is `None`.
    pub fn write<M: SerializeMap, T: AsRef<[u8]>>(
        map: &mut MapWriter<M>,
        wire: &str,
        value: &Option<T>,
    ) {
        if let Some(value) = value {
            super::base64::write(map, wire, value);
        }
    }
}

/// Bytes sent as a base64 string (`format: byte`), in a required but nullable property:
/// read as [`optional_base64`] reads them, but `None` is written as `null`.
pub mod nullable_base64 {
    use super::*;
    use crate::runtime::serde_helpers::Base64;

    pub use super::optional_base64::{finish, read};

    /// Writes the property as base64, or as `null` when it is `None`.
    pub fn write<M: SerializeMap, T: AsRef<[u8]>>(
        map: &mut MapWriter<M>,
        wire: &str,
        value: &Option<T>,
    ) {
        map.entry(wire, &value.as_ref().map(|value| Base64(value.as_ref())));
    }
}

/// A deserializer for a property that is absent: an `Option` becomes `None`, anything else
/// fails.
struct Absent;

impl<'de> Deserializer<'de> for Absent {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(Error::custom("absent"))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[cfg(test)]
#[path = "unit_tests/object.rs"]
mod tests;
