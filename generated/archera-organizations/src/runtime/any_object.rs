//! Models of schemas that list `properties` but have no `type`.
//!
//! Such a schema documents an object, but any JSON value is valid against it: `properties`
//! and `required` say nothing about a string, a number, an array or `null`. Published specs
//! write it often (Azure, App Center, Visma, ...), and a mock or a server may send something
//! else than an object there. The model reads an object as any model does, and any other
//! value as an object without properties: a model whose properties are all optional becomes
//! its empty value, and one with a required property is a decode error naming it.

use std::marker::PhantomData;

use serde::de::value::MapDeserializer;
use serde::de::{Deserializer, EnumAccess, Error, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::object::FromMap;

/// Reads a model from any JSON value (see the module docs).
pub fn read_any<'de, D: Deserializer<'de>, T: FromMap>(
    deserializer: D,
    name: &'static str,
) -> Result<T, D::Error> {
    deserializer.deserialize_any(AnyValueVisitor {
        name,
        model: PhantomData,
    })
}

/// The model read from an object without properties.
fn no_properties<T: FromMap, E: Error>() -> Result<T, E> {
    T::from_map(MapDeserializer::<_, E>::new(std::iter::empty::<((), ())>()))
}

struct AnyValueVisitor<T> {
    name: &'static str,
    model: PhantomData<T>,
}

impl<'de, T: FromMap> Visitor<'de> for AnyValueVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "any JSON value ({})", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        no_properties()
    }

    fn visit_bool<E: Error>(self, _: bool) -> Result<T, E> {
        no_properties()
    }

    fn visit_i64<E: Error>(self, _: i64) -> Result<T, E> {
        no_properties()
    }

    fn visit_u64<E: Error>(self, _: u64) -> Result<T, E> {
        no_properties()
    }

    fn visit_f64<E: Error>(self, _: f64) -> Result<T, E> {
        no_properties()
    }

    fn visit_str<E: Error>(self, _: &str) -> Result<T, E> {
        no_properties()
    }

    fn visit_unit<E: Error>(self) -> Result<T, E> {
        no_properties()
    }

    fn visit_none<E: Error>(self) -> Result<T, E> {
        no_properties()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        read_any(deserializer, self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(A::Error::custom(format!("an enum is not a {}", self.name)))
    }
}
