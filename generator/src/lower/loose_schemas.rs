//! Schemas that published specs write more loosely than they mean, read as validators do:
//! `items` next to a `type` other than `array` applies to arrays only, and `properties` next to
//! a `type` other than `object` to objects only, so the schema is what its `type` says; `properties` without a `type` documents an object, but any JSON value is
//! valid against it (the runtime's `any_object` reads such a model from any value); `items`
//! without a `type` is any JSON value too (Slack's `channel: {items: ...}` holds an object); a
//! `oneOf` or `anyOf` whose branches only list `required` properties (urlbox: "either `url` or
//! `html`") constrains which fields are set, not the type, so the schema is its `properties`.

use std::borrow::Cow;

use openapiv3::{AnySchema, ReferenceOr, Schema, SchemaKind};

use super::Cx;
use crate::ir::TypeRef;

impl Cx<'_> {
    /// `any` without the keywords its `type` rules out, as validators read it (with a warning
    /// at `ptr` for each): `items` when the `type` is not `array`; `properties`, `required`
    /// and `additionalProperties` when it is a `type` other than `object` (formapi's batch
    /// body: `type: array` with `items` and the `properties` of one item).
    pub(super) fn without_stray_keywords<'s>(
        &mut self,
        any: &'s AnySchema,
        ptr: &str,
    ) -> Cow<'s, AnySchema> {
        let mut schema = Cow::Borrowed(any);
        let Some(typ) = any.typ.as_deref() else {
            return schema;
        };
        if typ != "array" && any.items.is_some() {
            self.diags.warn(
                ptr,
                format!("`type: {typ}` with `items`: `items` is ignored, as validators do"),
            );
            schema.to_mut().items = None;
        }
        if typ != "object" && !any.properties.is_empty() {
            self.diags.warn(
                ptr,
                format!(
                    "`type: {typ}` with `properties`: `properties` are ignored, as validators do"
                ),
            );
            let object_only = schema.to_mut();
            object_only.properties.clear();
            object_only.required.clear();
            object_only.additional_properties = None;
        }
        schema
    }

    /// The type of a schema with `items` and no `type` (with a warning at `ptr`): any JSON
    /// value, since `items` says nothing of a value that is not an array.
    pub(super) fn typeless_items(&mut self, ptr: &str) -> TypeRef {
        self.diags.warn(
            ptr,
            "`items` without `type`: any JSON value is valid, as validators read it; typed as a JSON value",
        );
        TypeRef::ANY
    }
}

/// Whether `branches` (the `oneOf`/`anyOf` of `any`) only choose which of its `properties`
/// are required: then `any` is an object of those properties, each optional.
pub fn chooses_fields(any: &AnySchema, branches: &[ReferenceOr<Schema>]) -> bool {
    !any.properties.is_empty() && only_requires(branches)
}

/// A schema with `properties` and no `type` (nor `allOf`, nor a `oneOf`/`anyOf` that says more
/// than which properties are required).
pub fn is_typeless_object(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Any(any)
        if any.typ.is_none()
            && !any.properties.is_empty()
            && any.all_of.is_empty()
            && only_requires(&any.one_of)
            && only_requires(&any.any_of))
}

/// Whether every branch of a `oneOf`/`anyOf` only lists required properties (true when there
/// are none): such branches choose among the fields, they add no type.
pub fn only_requires(branches: &[ReferenceOr<Schema>]) -> bool {
    branches.iter().all(|branch| {
        matches!(branch, ReferenceOr::Item(Schema { schema_kind: SchemaKind::Any(any), .. })
            if *any == AnySchema { required: any.required.clone(), ..AnySchema::default() })
    })
}
