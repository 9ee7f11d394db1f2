//! Schemas that are plain type expressions, with no named type of their own: primitives by
//! their format, arrays, maps, one-alternative unions and annotation-only `allOf`s.

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::schema::{child, is_annotation, is_null_schema, Lowered};
use super::Cx;
use crate::ir::{Prim, TypeRef};

const JSON_VALUE: TypeRef = TypeRef::ANY;
const JSON_OBJECT: TypeRef = TypeRef::Prim(Prim::Object);

impl Cx<'_> {
    /// Schemas that are plain type expressions (no named type of their own).
    pub(super) fn simple(
        &mut self,
        schema: &Schema,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Option<Lowered> {
        if let Some(tuple) = self.tuple(schema, hint, ptr, depth) {
            return Some(Lowered::plain(tuple));
        }
        let ty = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if s.enumeration.iter().all(Option::is_none) => {
                if self.binary_as_file
                    && matches!(
                        s.format,
                        VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
                    )
                {
                    return Some(Lowered::plain(TypeRef::Prim(Prim::FilePart)));
                }
                let base64 = matches!(s.format, VariantOrUnknownOrEmpty::Item(StringFormat::Byte));
                return Some(Lowered {
                    ty: string_format(&s.format),
                    nullable: false,
                    base64,
                });
            }
            SchemaKind::Type(Type::Number(n)) => match n.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TypeRef::Prim(Prim::Float),
                _ => TypeRef::Prim(Prim::Double),
            },
            SchemaKind::Type(Type::Integer(i)) if i.enumeration.iter().all(Option::is_none) => {
                integer_format(&i.format)
            }
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Prim(Prim::Boolean),
            SchemaKind::Type(Type::Object(o)) if o.properties.is_empty() => {
                self.map_type(o.additional_properties.as_ref(), hint, ptr, depth)
            }
            SchemaKind::Type(Type::Array(a)) => self.array_type(a.items.as_ref(), hint, ptr, depth),
            SchemaKind::OneOf { one_of: alts } | SchemaKind::AnyOf { any_of: alts } => {
                let real: Vec<&ReferenceOr<Schema>> =
                    alts.iter().filter(|s| !is_null_schema(s)).collect();
                match real.as_slice() {
                    [] => {
                        self.diags
                            .warn(ptr, "union with no alternatives; using `serde_json::Value`");
                        JSON_VALUE
                    }
                    [only] => {
                        let lowered = self.schema(only, hint, &child(ptr, "0"), depth + 1);
                        return Some(Lowered {
                            nullable: real.len() < alts.len() || lowered.nullable,
                            ..lowered
                        });
                    }
                    _ => return None,
                }
            }
            SchemaKind::AllOf { all_of } => {
                // `allOf: [{$ref: X}, {description: ...}]` only annotates X: it is X.
                let mut real = all_of
                    .iter()
                    .enumerate()
                    .filter(|(_, part)| !is_annotation(part));
                match (real.next(), real.next()) {
                    (None, _) => JSON_VALUE,
                    (Some((index, only)), None) => {
                        let ptr = child(&child(ptr, "allOf"), &index.to_string());
                        return Some(self.schema(only, hint, &ptr, depth + 1));
                    }
                    _ => return None,
                }
            }
            SchemaKind::Not { .. } => JSON_VALUE,
            SchemaKind::Any(any) => return self.simple_any(any, hint, ptr, depth),
            _ => return None,
        };
        Some(Lowered::plain(ty))
    }

    fn simple_any(
        &mut self,
        any: &openapiv3::AnySchema,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Option<Lowered> {
        let any = self.without_stray_keywords(any, ptr);
        if !any.properties.is_empty()
            || !any.one_of.is_empty()
            || !any.any_of.is_empty()
            || !any.all_of.is_empty()
        {
            return None;
        }
        if any.enumeration.iter().any(|v| v.is_string() || v.is_i64()) {
            return None;
        }
        let ty = match any.typ.as_deref() {
            None if any.items.is_some() => self.typeless_items(ptr),
            _ if any.items.is_some() => self.array_type(any.items.as_ref(), hint, ptr, depth),
            Some("array") => TypeRef::List(Box::new(JSON_VALUE)),
            Some("string") => {
                let format = any
                    .format
                    .clone()
                    .map_or(VariantOrUnknownOrEmpty::Empty, |f| match f.as_str() {
                        "byte" => VariantOrUnknownOrEmpty::Item(StringFormat::Byte),
                        "date" => VariantOrUnknownOrEmpty::Item(StringFormat::Date),
                        "date-time" => VariantOrUnknownOrEmpty::Item(StringFormat::DateTime),
                        _ => VariantOrUnknownOrEmpty::Unknown(f),
                    });
                let base64 = matches!(format, VariantOrUnknownOrEmpty::Item(StringFormat::Byte));
                return Some(Lowered {
                    ty: string_format(&format),
                    nullable: false,
                    base64,
                });
            }
            Some("integer") => integer_format(
                &any.format
                    .clone()
                    .map_or(VariantOrUnknownOrEmpty::Empty, |f| {
                        VariantOrUnknownOrEmpty::Unknown(f)
                    }),
            ),
            Some("number") => TypeRef::Prim(if any.format.as_deref() == Some("float") {
                Prim::Float
            } else {
                Prim::Double
            }),
            Some("boolean") => TypeRef::Prim(Prim::Boolean),
            Some("object") => self.map_type(any.additional_properties.as_ref(), hint, ptr, depth),
            _ if any.additional_properties.is_some() => {
                self.map_type(any.additional_properties.as_ref(), hint, ptr, depth)
            }
            _ => JSON_VALUE,
        };
        Some(Lowered::plain(ty))
    }

    fn map_type(
        &mut self,
        extra: Option<&AdditionalProperties>,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> TypeRef {
        match extra {
            Some(AdditionalProperties::Schema(schema)) => {
                let value = self.schema(
                    schema,
                    &format!("{hint}Value"),
                    &child(ptr, "additionalProperties"),
                    depth + 1,
                );
                TypeRef::Map(Box::new(value.ty.nullable(value.nullable)))
            }
            _ => JSON_OBJECT,
        }
    }

    fn array_type(
        &mut self,
        items: Option<&ReferenceOr<Box<Schema>>>,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> TypeRef {
        match items {
            Some(items) => {
                let item = self.boxed_schema(
                    items,
                    &format!("{hint}Item"),
                    &child(ptr, "items"),
                    depth + 1,
                );
                TypeRef::List(Box::new(item.ty.nullable(item.nullable)))
            }
            None => TypeRef::List(Box::new(JSON_VALUE)),
        }
    }
}

fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> TypeRef {
    TypeRef::Prim(match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Prim::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Prim::Date,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => Prim::Uuid,
        _ => Prim::String,
    })
}

pub(super) fn integer_format(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> TypeRef {
    TypeRef::Prim(match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Prim::Int32,
        VariantOrUnknownOrEmpty::Unknown(f) => match f.as_str() {
            "int32" => Prim::Int32,
            "int8" => Prim::Int8,
            "int16" => Prim::Int16,
            "uint8" => Prim::Uint8,
            "uint16" => Prim::Uint16,
            "uint32" => Prim::Uint32,
            "uint64" | "uint" => Prim::Uint64,
            _ => Prim::Int64,
        },
        _ => Prim::Int64,
    })
}
