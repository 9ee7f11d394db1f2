//! `prefixItems` (OpenAPI 3.1): an array whose items each have their own schema, by position,
//! becomes a Rust tuple, `(String, i64)`, which serde reads from and writes as a JSON array.
//! The load stage keeps the keyword as the extension `x-clientgen-prefix-items`.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

use super::schema::child;
use super::Cx;
use crate::ir::TypeRef;
use crate::load::PREFIX_ITEMS;

/// serde reads and writes tuples of up to this many elements.
const MAX_TUPLE: usize = 16;

impl Cx<'_> {
    /// The tuple type of an array schema with `prefixItems`; `None` without them.
    pub(super) fn tuple(
        &mut self,
        schema: &Schema,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Option<TypeRef> {
        let prefix = schema.schema_data.extensions.get(PREFIX_ITEMS)?;
        let at = child(ptr, "prefixItems");
        let items = match serde_json::from_value::<Vec<ReferenceOr<Schema>>>(prefix.clone()) {
            Ok(items) if !items.is_empty() && items.len() <= MAX_TUPLE => items,
            Ok(items) => {
                let message = format!(
                    "`prefixItems` with {} schemas is read as an array of any values (a tuple has 1 to {MAX_TUPLE})",
                    items.len()
                );
                self.diags.warn(at, message);
                return Some(TypeRef::List(Box::new(TypeRef::ANY)));
            }
            Err(e) => {
                self.diags.warn(at, format!("`prefixItems` is not a list of schemas ({e}); read as an array of any values"));
                return Some(TypeRef::List(Box::new(TypeRef::ANY)));
            }
        };
        if rest_allowed(schema) {
            let message = "`prefixItems` followed by `items` of another schema is read as an array of any values";
            self.diags.warn(at, message);
            return Some(TypeRef::List(Box::new(TypeRef::ANY)));
        }
        let mut types = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let item_hint = format!("{hint}Item{index}");
            let lowered = self.schema(item, &item_hint, &child(&at, &index.to_string()), depth + 1);
            types.push(lowered.ty.nullable(lowered.nullable));
        }
        Some(TypeRef::Tuple(types))
    }
}

/// Whether items after the prefix may follow, of a schema other than "nothing" (`items: false`).
fn rest_allowed(schema: &Schema) -> bool {
    let items = match &schema.schema_kind {
        SchemaKind::Type(Type::Array(a)) => a.items.as_ref(),
        SchemaKind::Any(any) => any.items.as_ref(),
        _ => None,
    };
    match items {
        None => false,
        Some(ReferenceOr::Item(s)) => !matches!(s.schema_kind, SchemaKind::Not { .. }),
        Some(ReferenceOr::Reference { .. }) => true,
    }
}
