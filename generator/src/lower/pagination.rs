//! `x-pagination` → what a generated `pages()` reads of a page: its items, its page count or
//! its next cursor, as field paths through the response type. Each dot path is walked
//! through the response's struct types here; a path that does not fit them is refused with a
//! warning at its pointer (the operation keeps no `pages()`), so a crate never gets code that
//! does not compile. Render spells the paths as Rust (`render/pagination.rs`).

use openapiv3::Operation;

use super::extensions::{self, PaginationExt};
use super::schema::child;
use super::Cx;
use crate::ir::{
    Decode, FieldPath, NextCursor, Pagination, Param, ParamLocation, PathStep, Prim, ResponseArm,
    TypeKind, TypeRef,
};

impl Cx<'_> {
    /// The pagination of an operation, when `x-pagination` declares one that fits it.
    pub(super) fn pagination(
        &mut self,
        op: &Operation,
        params: &[Param],
        success: &[ResponseArm],
        ptr: &str,
    ) -> Option<Pagination> {
        let ext = match extensions::read::<PaginationExt>(&op.extensions, "x-pagination") {
            Ok(ext) => ext?,
            Err(message) => {
                self.diags.warn(ptr, message);
                return None;
            }
        };
        let ptr = child(ptr, "x-pagination");
        let (data_ty, enveloped) = match success {
            [arm] => (arm.ty.clone()?, arm.decode == Decode::Enveloped),
            _ => {
                self.diags.warn(
                    &ptr,
                    "pagination needs exactly one success response; ignored",
                );
                return None;
            }
        };
        // An envelope's optional data field: the paths start inside the `Option`.
        let (data_ty, root_optional) = match data_ty {
            TypeRef::Optional(inner) => (*inner, true),
            data_ty => (data_ty, false),
        };
        let path = |steps| FieldPath {
            root_optional,
            steps,
        };
        let setter = |wire: &str| {
            params.iter().find(|p| {
                p.wire_name == wire && p.location == ParamLocation::Query && !p.positional
            })
        };
        match ext {
            PaginationExt::PageNumber {
                page_param,
                items,
                page_count,
            } => {
                let Some(page) = setter(&page_param) else {
                    self.diags.warn(
                        child(&ptr, "page-param"),
                        format!(
                            "`{page_param}` is not an optional query parameter; pagination ignored"
                        ),
                    );
                    return None;
                };
                let (steps, item_ty) = self.items_path(&data_ty, &items, &child(&ptr, "items"))?;
                let page_count = match page_count {
                    Some(count) => {
                        let count_ptr = child(&ptr, "page-count");
                        let (steps, ty) = self.field_path(&data_ty, &count, &count_ptr)?;
                        if !is_page_count(&ty) {
                            let ty = type_label(&ty);
                            self.diags.warn(&count_ptr, format!("pagination page count `{count}` is `{ty}`, not an integer; pagination ignored"));
                            return None;
                        }
                        Some(path(steps))
                    }
                    None => None,
                };
                Some(Pagination::PageNumber {
                    page_field: page.name.clone(),
                    page_is_i32: page.ty == TypeRef::Prim(Prim::Int32),
                    items: path(steps),
                    page_count,
                    item_ty,
                })
            }
            PaginationExt::Cursor {
                cursor_param,
                items,
                next_cursor,
            } => {
                let Some(cursor) = setter(&cursor_param) else {
                    self.diags.warn(child(&ptr, "cursor-param"), format!("`{cursor_param}` is not an optional query parameter; pagination ignored"));
                    return None;
                };
                let (steps, item_ty) = self.items_path(&data_ty, &items, &child(&ptr, "items"))?;
                let next = if enveloped {
                    // The envelope is JSON, read by name at run time.
                    NextCursor::Envelope {
                        keys: next_cursor.split('.').map(str::to_string).collect(),
                    }
                } else {
                    let cursor_ptr = child(&ptr, "next-cursor");
                    let (steps, ty) = self.field_path(&data_ty, &next_cursor, &cursor_ptr)?;
                    if ty != TypeRef::STRING {
                        let ty = type_label(&ty);
                        self.diags.warn(&cursor_ptr, format!("pagination cursor `{next_cursor}` is `{ty}`, not a string; pagination ignored"));
                        return None;
                    }
                    NextCursor::Field { path: path(steps) }
                };
                Some(Pagination::Cursor {
                    cursor_field: cursor.name.clone(),
                    next_cursor: next,
                    items: path(steps),
                    item_ty,
                })
            }
        }
    }

    /// The field path to the item list and the item type.
    fn items_path(
        &mut self,
        data_ty: &TypeRef,
        path: &str,
        ptr: &str,
    ) -> Option<(Vec<PathStep>, TypeRef)> {
        let (steps, ty) = if path.is_empty() {
            (Vec::new(), data_ty.clone())
        } else {
            self.field_path(data_ty, path, ptr)?
        };
        match ty {
            TypeRef::List(item) => Some((steps, *item)),
            _ => {
                self.diags.warn(
                    ptr,
                    format!("pagination items `{path}` is not an array; pagination ignored"),
                );
                None
            }
        }
    }

    /// Walks a dotted field path through the named struct types; gives the steps and the
    /// value type of the last field (without its `Option`s).
    fn field_path(
        &mut self,
        data_ty: &TypeRef,
        path: &str,
        ptr: &str,
    ) -> Option<(Vec<PathStep>, TypeRef)> {
        let mut steps = Vec::new();
        let mut current = data_ty.clone();
        for segment in path.split('.') {
            let field = current
                .named_id()
                .and_then(|id| match &self.arena.slots[id].kind {
                    Some(TypeKind::Struct { fields, .. }) => {
                        fields.iter().find(|f| f.wire_name == segment).cloned()
                    }
                    _ => None,
                });
            let Some(field) = field else {
                self.diags.warn(ptr, format!("pagination path `{path}` does not match the response type at `{segment}`; pagination ignored"));
                return None;
            };
            let value = field.value_ty().clone();
            steps.push(PathStep {
                field: field.name.clone(),
                options: u8::try_from(field.ty.option_depth() - value.option_depth())
                    .unwrap_or(u8::MAX),
            });
            current = value;
        }
        Some((steps, current))
    }
}

/// The integer types `i64::from` takes, for a page count.
fn is_page_count(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Prim(prim) if prim.is_integer() && *prim != Prim::Uint64)
}

/// A type as a diagnostic names it: its JSON type and format (`string`, `int64`, `array`).
fn type_label(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Prim(prim) => serde_json::to_value(prim)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        TypeRef::Named(named) => named.name.clone(),
        TypeRef::List(_) | TypeRef::Tuple(_) => "array".into(),
        TypeRef::Map(_) => "object".into(),
        TypeRef::Optional(inner) | TypeRef::Boxed(inner) => type_label(inner),
        TypeRef::Unit | TypeRef::ResponseEnum(_) => "no value".into(),
    }
}
