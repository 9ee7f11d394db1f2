//! `items` next to a `type` other than `array`, a contradiction some published specs have:
//! validators apply `items` to arrays only, so the schema is what its `type` says.

use std::borrow::Cow;

use openapiv3::AnySchema;

use super::Cx;

impl Cx<'_> {
    /// `any` without its `items` when its `type` is not `array` (with a warning at `ptr`).
    pub(super) fn without_stray_items<'s>(
        &mut self,
        any: &'s AnySchema,
        ptr: &str,
    ) -> Cow<'s, AnySchema> {
        match any.typ.as_deref() {
            Some(typ) if typ != "array" && any.items.is_some() => {
                self.diags.warn(
                    ptr,
                    format!("`type: {typ}` with `items`: `items` is ignored, as validators do"),
                );
                Cow::Owned(AnySchema {
                    items: None,
                    ..any.clone()
                })
            }
            _ => Cow::Borrowed(any),
        }
    }
}
