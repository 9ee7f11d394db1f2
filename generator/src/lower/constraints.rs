//! The constraints of a value's schema (`pattern`, lengths, bounds, `minItems`, `format`),
//! read through `$ref`s and one-part `allOf`s, so that the generated examples can satisfy
//! them.

use openapiv3::{ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};

use super::schema::is_annotation;
use super::Cx;
use crate::ir::Constraints;

/// `$ref` and `allOf` hops followed before giving up (cycles end here).
const MAX_HOPS: usize = 16;

impl Cx<'_> {
    /// The constraints of a property schema; `None` when it has none.
    pub(super) fn property_constraints(
        &self,
        schema: &ReferenceOr<Box<Schema>>,
    ) -> Option<Box<Constraints>> {
        boxed(match schema {
            ReferenceOr::Item(schema) => self.constraints_of(schema, 0),
            ReferenceOr::Reference { reference } => self.ref_constraints(reference, 0),
        })
    }

    /// The constraints of a schema occurrence; `None` when it has none.
    pub(super) fn constraints(&self, schema: &ReferenceOr<Schema>) -> Option<Box<Constraints>> {
        boxed(match schema {
            ReferenceOr::Item(schema) => self.constraints_of(schema, 0),
            ReferenceOr::Reference { reference } => self.ref_constraints(reference, 0),
        })
    }

    fn ref_constraints(&self, reference: &str, hops: usize) -> Constraints {
        match self.resolve_schema(reference) {
            Some((schema, _)) if hops < MAX_HOPS => self.constraints_of(schema, hops + 1),
            _ => Constraints::default(),
        }
    }

    fn boxed_constraints(&self, schema: &ReferenceOr<Box<Schema>>, hops: usize) -> Constraints {
        match schema {
            ReferenceOr::Item(schema) => self.constraints_of(schema, hops + 1),
            ReferenceOr::Reference { reference } => self.ref_constraints(reference, hops + 1),
        }
    }

    fn constraints_of(&self, schema: &Schema, hops: usize) -> Constraints {
        if hops > MAX_HOPS {
            return Constraints::default();
        }
        let items = |items: Option<&ReferenceOr<Box<Schema>>>| {
            items
                .map(|items| self.boxed_constraints(items, hops))
                .filter(|c| !c.is_empty())
                .map(Box::new)
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => Constraints {
                pattern: s.pattern.clone(),
                min_length: s.min_length,
                max_length: s.max_length,
                format: string_format(&s.format),
                ..Default::default()
            },
            SchemaKind::Type(Type::Integer(i)) => Constraints {
                minimum: i.minimum.map(|m| (m as f64, i.exclusive_minimum)),
                maximum: i.maximum.map(|m| (m as f64, i.exclusive_maximum)),
                ..Default::default()
            },
            SchemaKind::Type(Type::Number(n)) => Constraints {
                minimum: n.minimum.map(|m| (m, n.exclusive_minimum)),
                maximum: n.maximum.map(|m| (m, n.exclusive_maximum)),
                ..Default::default()
            },
            SchemaKind::Type(Type::Array(a)) => Constraints {
                min_items: a.min_items,
                items: items(a.items.as_ref()),
                ..Default::default()
            },
            SchemaKind::AllOf { all_of } if the_one_part(all_of).is_some() => {
                match the_one_part(all_of) {
                    Some(ReferenceOr::Item(part)) => self.constraints_of(part, hops + 1),
                    Some(ReferenceOr::Reference { reference }) => {
                        self.ref_constraints(reference, hops + 1)
                    }
                    None => Constraints::default(),
                }
            }
            SchemaKind::Any(any) if the_one_part(&any.all_of).is_some() && any.typ.is_none() => {
                match the_one_part(&any.all_of) {
                    Some(ReferenceOr::Item(part)) => self.constraints_of(part, hops + 1),
                    Some(ReferenceOr::Reference { reference }) => {
                        self.ref_constraints(reference, hops + 1)
                    }
                    None => Constraints::default(),
                }
            }
            SchemaKind::Any(any) => Constraints {
                pattern: any.pattern.clone(),
                min_length: any.min_length,
                max_length: any.max_length,
                minimum: any
                    .minimum
                    .map(|m| (m, any.exclusive_minimum.unwrap_or(false))),
                maximum: any
                    .maximum
                    .map(|m| (m, any.exclusive_maximum.unwrap_or(false))),
                min_items: any.min_items,
                format: any
                    .format
                    .clone()
                    .filter(|_| any.typ.as_deref() == Some("string")),
                items: items(any.items.as_ref()),
            },
            _ => Constraints::default(),
        }
    }
}

/// The one part of an `allOf` that is not only an annotation: AWS wraps each property's
/// `$ref` as `allOf: [{$ref}, {description}]`, and the `$ref`'s `pattern` still holds.
fn the_one_part(all_of: &[ReferenceOr<Schema>]) -> Option<&ReferenceOr<Schema>> {
    let mut parts = all_of.iter().filter(|part| !is_annotation(part));
    let one = parts.next()?;
    parts.next().is_none().then_some(one)
}

fn boxed(constraints: Constraints) -> Option<Box<Constraints>> {
    (!constraints.is_empty()).then(|| Box::new(constraints))
}

/// A string format's name, as the spec writes it.
fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date".into()),
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time".into()),
        VariantOrUnknownOrEmpty::Item(_) | VariantOrUnknownOrEmpty::Empty => None,
        VariantOrUnknownOrEmpty::Unknown(format) => Some(format.clone()),
    }
}
