//! Enums from `enum` lists: string enums (with an `Unknown` catch-all) and integer enums, each
//! value once, with names that stay clear of each other.

use openapiv3::{IntegerFormat, VariantOrUnknownOrEmpty};

use super::naming::{self, Namespace};
use super::schema::{integer_format, Draft};
use super::ty::Ty;

pub(super) fn string_enum<'a>(values: impl Iterator<Item = &'a str>) -> Draft {
    let mut names = Namespace::with_reserved(&["Unknown"]);
    let mut seen = std::collections::HashSet::new();
    let mut variants = Vec::new();
    for value in values {
        if !seen.insert(value.to_string()) {
            continue;
        }
        variants.push((
            names.claim(naming::enum_variant_name(value, variants.len())),
            value.to_string(),
        ));
    }
    Draft::Enum { variants }
}

pub(super) fn int_enum(
    values: impl Iterator<Item = i64>,
    format: &VariantOrUnknownOrEmpty<IntegerFormat>,
) -> Draft {
    let repr = match integer_format(format) {
        Ty::Prim("i32") => "i32",
        _ => "i64",
    };
    let mut names = Namespace::default();
    let mut consts = Vec::new();
    for value in values {
        if consts.iter().any(|(_, v)| *v == value) {
            continue;
        }
        consts.push((names.claim(naming::int_const_name(value)), value));
    }
    Draft::IntEnum { repr, consts }
}
