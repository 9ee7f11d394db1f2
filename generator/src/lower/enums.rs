//! Enums from `enum` lists: string enums (with an `Unknown` catch-all) and integer enums, each
//! value once, with names that stay clear of each other.

use openapiv3::{IntegerFormat, VariantOrUnknownOrEmpty};

use super::naming::{self, Namespace};
use super::simple_schema::integer_format;
use crate::ir::{EnumVariant, IntConst, Prim, TypeKind, TypeRef};

/// A string enum of `values`; no variant takes a name of `reserved`.
pub(super) fn string_enum<'a>(
    values: impl Iterator<Item = &'a str>,
    reserved: &[String],
) -> TypeKind {
    let mut names = Namespace::with_reserved(reserved);
    let mut seen = std::collections::HashSet::new();
    let mut variants = Vec::new();
    for value in values {
        if !seen.insert(value.to_string()) {
            continue;
        }
        variants.push(EnumVariant {
            name: names.claim(naming::enum_variant_name(value, variants.len())),
            wire: value.to_string(),
        });
    }
    TypeKind::Enum { variants }
}

pub(super) fn int_enum(
    values: impl Iterator<Item = i64>,
    format: &VariantOrUnknownOrEmpty<IntegerFormat>,
) -> TypeKind {
    let repr = match integer_format(format) {
        TypeRef::Prim(Prim::Int32) => Prim::Int32,
        _ => Prim::Int64,
    };
    let mut names = Namespace::default();
    let mut consts = Vec::new();
    for value in values {
        if consts.iter().any(|c: &IntConst| c.value == value) {
            continue;
        }
        consts.push(IntConst {
            name: names.claim(naming::int_const_name(value)),
            value,
        });
    }
    TypeKind::IntEnum {
        repr: TypeRef::Prim(repr),
        consts,
    }
}
