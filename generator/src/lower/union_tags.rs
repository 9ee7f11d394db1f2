//! Unions: an enum with a variant per alternative, and how a union's JSON value picks its
//! variant: by a property whose value names the variant.
//!
//! The property is the `discriminator`'s (its `mapping`, or the component names, when every
//! alternative is a `$ref`), or, without a usable discriminator, a property that each
//! alternative fixes to one string of its own (`const` in 3.1, a one-value `enum` in 3.0): a
//! payment source with `object: "card"` or `object: "bank_account"`. Unions with neither are
//! untagged: the first variant that decodes wins.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

use super::naming::{self, Namespace};
use super::schema::{child, component_name, is_null_schema};
use super::Cx;
use crate::ir::{TypeKind, TypeRef, UnionVariant};

/// The property that selects the variant, and the values that select each alternative (in
/// the order of the alternatives; empty for a `null` alternative).
pub struct Tagging {
    pub property: String,
    pub tags: Vec<Vec<String>>,
}

impl Cx<'_> {
    /// A union of `alts` (`oneOf`/`anyOf`), as an enum with a variant per alternative.
    pub(super) fn union(
        &mut self,
        alts: &[ReferenceOr<Schema>],
        schema: &Schema,
        name: &str,
        ptr: &str,
        depth: usize,
    ) -> TypeKind {
        let mut names = Namespace::with_reserved(&self.reserved.union_variants);
        let tagging = self.union_tags(alts, schema);
        let mut variants = Vec::new();
        for (index, alt) in alts.iter().enumerate() {
            if is_null_schema(alt) {
                continue;
            }
            let alt_ptr = child(ptr, &index.to_string());
            let hint = match alt {
                ReferenceOr::Item(s) => s
                    .schema_data
                    .title
                    .clone()
                    .unwrap_or_else(|| format!("Variant{index}")),
                ReferenceOr::Reference { .. } => format!("Variant{index}"),
            };
            let lowered = self.schema(
                alt,
                &format!("{name}{}", naming::type_name(&hint)),
                &alt_ptr,
                depth + 1,
            );
            let variant_name = naming::union_variant_name(&lowered.ty, index);
            let tags = tagging
                .as_ref()
                .and_then(|t| t.tags.get(index).cloned())
                .unwrap_or_default();
            let ty = match lowered.ty {
                named @ TypeRef::Named(_) => TypeRef::Boxed(Box::new(named)),
                other => other,
            };
            variants.push(UnionVariant {
                name: names.claim(variant_name),
                ty,
                tags,
            });
        }
        TypeKind::Union {
            variants,
            discriminator: tagging.map(|t| t.property),
        }
    }

    /// The tagging of a union of `alts` written in `schema`, if it has one.
    pub(super) fn union_tags(
        &self,
        alts: &[ReferenceOr<Schema>],
        schema: &Schema,
    ) -> Option<Tagging> {
        let discriminator = schema.schema_data.discriminator.as_ref();
        let all_refs = alts
            .iter()
            .all(|a| matches!(a, ReferenceOr::Reference { .. }));
        if let (Some(d), true) = (discriminator, all_refs) {
            let tags = alts
                .iter()
                .map(|alt| match alt {
                    ReferenceOr::Reference { reference } => mapped_tags(d, reference),
                    ReferenceOr::Item(_) => Vec::new(),
                })
                .collect();
            return Some(Tagging {
                property: d.property_name.clone(),
                tags,
            });
        }
        self.const_tags(alts, discriminator.map(|d| d.property_name.as_str()))
    }

    /// A property every alternative fixes to a string of its own (only `only`, when given).
    fn const_tags(&self, alts: &[ReferenceOr<Schema>], only: Option<&str>) -> Option<Tagging> {
        let mut constants: Vec<Option<Vec<(String, String)>>> = Vec::new();
        for alt in alts {
            if is_null_schema(alt) {
                constants.push(None);
                continue;
            }
            let schema = match alt {
                ReferenceOr::Item(schema) => schema,
                ReferenceOr::Reference { reference } => self.resolve_schema(reference)?.0,
            };
            constants.push(Some(self.constant_properties(schema)));
        }
        let real: Vec<&Vec<(String, String)>> = constants.iter().flatten().collect();
        let first = real.first()?;
        let property = first.iter().map(|(p, _)| p).find(|p| {
            only.is_none_or(|o| o == p.as_str()) && {
                let values: Vec<Option<&String>> = real
                    .iter()
                    .map(|c| c.iter().find(|(q, _)| q == *p).map(|(_, v)| v))
                    .collect();
                let distinct: std::collections::HashSet<_> = values.iter().flatten().collect();
                values.iter().all(Option::is_some) && distinct.len() == values.len()
            }
        })?;
        let tags = constants
            .iter()
            .map(|c| {
                c.iter()
                    .flatten()
                    .filter(|(q, _)| q == property)
                    .map(|(_, v)| v.clone())
                    .collect()
            })
            .collect();
        Some(Tagging {
            property: property.clone(),
            tags,
        })
    }

    /// The properties of an object schema (and of its `allOf` parts) that have one string value.
    fn constant_properties(&self, schema: &Schema) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut parts = vec![schema];
        let all_of = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.as_slice(),
            SchemaKind::Any(any) => any.all_of.as_slice(),
            _ => &[],
        };
        for part in all_of {
            match part {
                ReferenceOr::Item(s) => parts.push(s),
                ReferenceOr::Reference { reference } => {
                    parts.extend(self.resolve_schema(reference).map(|(s, _)| s));
                }
            }
        }
        for part in parts {
            let properties = match &part.schema_kind {
                SchemaKind::Type(Type::Object(o)) => &o.properties,
                SchemaKind::Any(any) => &any.properties,
                _ => continue,
            };
            for (name, property) in properties {
                let property = match property {
                    ReferenceOr::Item(s) => Some(&**s),
                    ReferenceOr::Reference { reference } => {
                        self.resolve_schema(reference).map(|(s, _)| s)
                    }
                };
                if let Some(value) = property.and_then(constant) {
                    out.push((name.clone(), value));
                }
            }
        }
        out
    }
}

/// The one string a schema allows (`const`, or a one-value `enum`).
fn constant(schema: &Schema) -> Option<String> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => match s.enumeration.as_slice() {
            [Some(value)] => Some(value.clone()),
            _ => None,
        },
        SchemaKind::Any(any) => match any.enumeration.as_slice() {
            [serde_json::Value::String(value)] => Some(value.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The discriminator values that select the component `reference`: its `mapping` entries, or
/// its component name.
fn mapped_tags(d: &openapiv3::Discriminator, reference: &str) -> Vec<String> {
    let mut tags: Vec<String> = d
        .mapping
        .iter()
        .filter(|(_, target)| {
            *target == reference
                || component_name(target, "schemas") == component_name(reference, "schemas")
                || Some(target.as_str()) == reference.rsplit('/').next()
        })
        .map(|(tag, _)| tag.clone())
        .collect();
    if tags.is_empty() {
        tags.extend(component_name(reference, "schemas"));
    }
    tags
}
