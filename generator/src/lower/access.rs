//! `readOnly` and `writeOnly` of a property, wherever the spec puts them: on the property, on
//! the schema a `$ref` points to, or on a part of an `allOf` the property is made of.

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::Cx;

/// `$ref` and `allOf` hops followed before giving up (cycles end here).
const MAX_HOPS: usize = 16;

/// Whether a property is sent only by the server, or only by the client.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Access {
    pub read_only: bool,
    pub write_only: bool,
}

impl Access {
    fn or(self, other: Access) -> Access {
        Access {
            read_only: self.read_only || other.read_only,
            write_only: self.write_only || other.write_only,
        }
    }
}

impl Cx<'_> {
    /// The access of a property schema.
    pub(super) fn access(&self, property: &ReferenceOr<Box<Schema>>) -> Access {
        match property {
            ReferenceOr::Item(schema) => self.schema_access(schema, 0),
            ReferenceOr::Reference { reference } => self.ref_access(reference, 0),
        }
    }

    fn ref_access(&self, reference: &str, hops: usize) -> Access {
        match self.resolve_schema(reference) {
            Some((schema, _)) if hops < MAX_HOPS => self.schema_access(schema, hops + 1),
            _ => Access::default(),
        }
    }

    fn schema_access(&self, schema: &Schema, hops: usize) -> Access {
        let own = Access {
            read_only: schema.schema_data.read_only,
            write_only: schema.schema_data.write_only,
        };
        let parts = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.as_slice(),
            SchemaKind::Any(any) => any.all_of.as_slice(),
            _ => &[],
        };
        parts
            .iter()
            .filter(|_| hops < MAX_HOPS)
            .fold(own, |access, part| {
                access.or(match part {
                    ReferenceOr::Item(schema) => self.schema_access(schema, hops + 1),
                    ReferenceOr::Reference { reference } => self.ref_access(reference, hops + 1),
                })
            })
    }
}
