//! `x-pagination` → how a generated `pages()` reads a page: its items, its page count or its
//! next cursor, as Rust expressions over the page. Each dot path is walked through the
//! response's struct types here; a path that does not fit them is refused with a warning at
//! its pointer (the operation keeps no `pages()`), so a crate never gets code that does not
//! compile.

use openapiv3::Operation;

use super::extensions::{self, PaginationExt};
use super::schema::{child, Draft};
use super::Cx;
use crate::ir::{Decode, Pagination, Param, ParamLocation, ResponseArm};

/// The integer types `i64::from` takes, for a page count.
const PAGE_COUNT_TYPES: &[&str] = &["i8", "i16", "i32", "i64", "u8", "u16", "u32"];

/// One field of a dot path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The Rust field name.
    pub field: String,
    /// How many `Option`s wrap the field's type: 0, 1, or 2 (optional and nullable).
    pub options: u8,
}

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
        let (data_ty, root) = match data_ty
            .strip_prefix("Option<")
            .and_then(|t| t.strip_suffix('>'))
        {
            Some(inner) => (inner.to_string(), Root::Optional),
            None => (data_ty, Root::Plain),
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
                let (items_ref, items_optional) = by_ref("data", root, &steps);
                let items_on_page = if items_optional {
                    format!("{items_ref}.map_or(0, Vec::len)")
                } else {
                    format!("{items_ref}.len()")
                };
                let page_count = match page_count {
                    Some(path) => {
                        let count_ptr = child(&ptr, "page-count");
                        let (steps, ty) = self.field_path(&data_ty, &path, &count_ptr)?;
                        if !PAGE_COUNT_TYPES.contains(&ty.as_str()) {
                            self.diags.warn(&count_ptr, format!("pagination page count `{path}` is `{ty}`, not an integer; pagination ignored"));
                            return None;
                        }
                        match by_ref("data", root, &steps) {
                            (count, true) => format!("{count}.copied().map(i64::from)"),
                            (count, false) => format!("Some(i64::from({count}))"),
                        }
                    }
                    None => "None".to_string(),
                };
                Some(Pagination::PageNumber {
                    page_field: page.name.clone(),
                    page_is_i32: page.ty == "i32",
                    items_on_page,
                    page_count,
                    items: owned_list("data", root, &steps),
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
                let next_cursor = if enveloped {
                    // The envelope is JSON, read by name at run time.
                    let keys: Vec<String> = next_cursor
                        .split('.')
                        .map(|key| format!("{key:?}"))
                        .collect();
                    format!("page.envelope_str(&[{}])", keys.join(", "))
                } else {
                    let cursor_ptr = child(&ptr, "next-cursor");
                    let (steps, ty) = self.field_path(&data_ty, &next_cursor, &cursor_ptr)?;
                    if ty != "String" {
                        self.diags.warn(&cursor_ptr, format!("pagination cursor `{next_cursor}` is `{ty}`, not a string; pagination ignored"));
                        return None;
                    }
                    match by_ref("page.data()", root, &steps) {
                        (next, true) => format!("{next}.map(String::as_str)"),
                        (next, false) => format!("Some({next}.as_str())"),
                    }
                };
                Some(Pagination::Cursor {
                    cursor_field: cursor.name.clone(),
                    next_cursor,
                    items: owned_list("data", root, &steps),
                    item_ty,
                })
            }
        }
    }

    /// The field path to the item list and the item type.
    fn items_path(&mut self, data_ty: &str, path: &str, ptr: &str) -> Option<(Vec<Step>, String)> {
        let (steps, ty) = if path.is_empty() {
            (Vec::new(), data_ty.to_string())
        } else {
            self.field_path(data_ty, path, ptr)?
        };
        match ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
            Some(item) => Some((steps, item.to_string())),
            None => {
                self.diags.warn(
                    ptr,
                    format!("pagination items `{path}` is not an array; pagination ignored"),
                );
                None
            }
        }
    }

    /// Walks a dotted field path through the named struct types; gives the steps and the
    /// type of the last field (without its `Option`s).
    fn field_path(&mut self, data_ty: &str, path: &str, ptr: &str) -> Option<(Vec<Step>, String)> {
        let mut steps = Vec::new();
        let mut current = data_ty.to_string();
        for segment in path.split('.') {
            let name = current.strip_prefix("types::").unwrap_or(&current);
            let id = self.arena.slots.iter().position(|s| s.name == name);
            let field = id.and_then(|id| match &self.arena.slots[id].draft {
                Draft::Struct { fields, .. } => {
                    fields.iter().find(|f| f.wire_name == segment).cloned()
                }
                _ => None,
            });
            let Some(field) = field else {
                self.diags.warn(ptr, format!("pagination path `{path}` does not match the response type at `{segment}`; pagination ignored"));
                return None;
            };
            let options = match (field.required, field.nullable) {
                (true, false) => 0,
                (false, true) if !field.base64 => 2,
                _ => 1,
            };
            steps.push(Step {
                field: field.name.clone(),
                options,
            });
            current = self.render(&field.ty);
        }
        Some((steps, current))
    }
}

/// Whether the page's data is the response type itself or an `Option` of it (an envelope's
/// optional data field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Root {
    /// `T`.
    Plain,
    /// `Option<T>`.
    Optional,
}

/// An expression that reaches the end of `steps` from `root` (a `&T`, or a place of type
/// `T`), by reference: a place of the field's type, or, when a step is an `Option`, an
/// `Option<&_>` (then the `bool` is true).
pub fn by_ref(root: &str, kind: Root, steps: &[Step]) -> (String, bool) {
    let (mut expr, mut optional) = match kind {
        Root::Plain => (root.to_string(), false),
        Root::Optional => (format!("{root}.as_ref()"), true),
    };
    for Step { field, options } in steps {
        expr = match (optional, options) {
            (false, 0) => format!("{expr}.{field}"),
            (true, 0) => format!("{expr}.map(|v| &v.{field})"),
            (false, 1) => format!("{expr}.{field}.as_ref()"),
            (true, 1) => format!("{expr}.and_then(|v| v.{field}.as_ref())"),
            (false, _) => format!("{expr}.{field}.as_ref().and_then(Option::as_ref)"),
            (true, _) => {
                format!("{expr}.and_then(|v| v.{field}.as_ref()).and_then(Option::as_ref)")
            }
        };
        optional |= *options > 0;
    }
    (expr, optional)
}

/// An expression that moves the list at the end of `steps` out of `root` (a `T`): a `Vec`,
/// empty when an `Option` on the way is `None`.
pub fn owned_list(root: &str, kind: Root, steps: &[Step]) -> String {
    let mut expr = root.to_string();
    let mut optional = kind == Root::Optional;
    for Step { field, options } in steps {
        expr = match (optional, options) {
            (false, 0 | 1) => format!("{expr}.{field}"),
            (true, 0) => format!("{expr}.map(|v| v.{field})"),
            (true, 1) => format!("{expr}.and_then(|v| v.{field})"),
            (false, _) => format!("{expr}.{field}.flatten()"),
            (true, _) => format!("{expr}.and_then(|v| v.{field}.flatten())"),
        };
        optional |= *options > 0;
    }
    if optional {
        format!("{expr}.unwrap_or_default()")
    } else {
        expr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(spec: &[(&str, u8)]) -> Vec<Step> {
        spec.iter()
            .map(|(field, options)| Step {
                field: field.to_string(),
                options: *options,
            })
            .collect()
    }

    #[test]
    fn paths_of_required_fields_are_plain_field_access() {
        let path = steps(&[("data", 0), ("entries", 0)]);
        assert_eq!(
            by_ref("data", Root::Plain, &path),
            ("data.data.entries".into(), false)
        );
        assert_eq!(owned_list("data", Root::Plain, &path), "data.data.entries");
        assert_eq!(owned_list("data", Root::Plain, &[]), "data");
        assert_eq!(
            owned_list("data", Root::Optional, &[]),
            "data.unwrap_or_default()"
        );
    }

    #[test]
    fn optional_steps_chain_through_options() {
        let path = steps(&[("data", 1), ("page", 0), ("entries", 2)]);
        assert_eq!(
            by_ref("data", Root::Plain, &path),
            (
                "data.data.as_ref().map(|v| &v.page).and_then(|v| v.entries.as_ref()).and_then(Option::as_ref)".into(),
                true
            )
        );
        assert_eq!(
            owned_list("data", Root::Plain, &path),
            "data.data.map(|v| v.page).and_then(|v| v.entries.flatten()).unwrap_or_default()"
        );
        let tail = steps(&[("meta", 0), ("next", 1)]);
        assert_eq!(
            by_ref("page.data()", Root::Plain, &tail),
            ("page.data().meta.next.as_ref()".into(), true)
        );
        assert_eq!(
            by_ref("data", Root::Optional, &tail[..1]),
            ("data.as_ref().map(|v| &v.meta)".into(), true)
        );
    }
}
