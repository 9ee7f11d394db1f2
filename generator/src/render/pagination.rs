//! Pagination paths spelled as Rust: how a generated `pages()` reaches a page's items, page
//! count and next cursor through the `Option`s on the way.

use crate::ir::{FieldPath, NextCursor, PathStep};

/// The number of items on the page (`usize`), over `data: &T`.
pub fn items_on_page(items: &FieldPath) -> String {
    match by_ref("data", items) {
        (list, true) => format!("{list}.map_or(0, Vec::len)"),
        (list, false) => format!("{list}.len()"),
    }
}

/// The number of pages (`Option<i64>`), over `data: &T`; `None` when not declared.
pub fn page_count(count: Option<&FieldPath>) -> String {
    match count.map(|count| by_ref("data", count)) {
        Some((count, true)) => format!("{count}.copied().map(i64::from)"),
        Some((count, false)) => format!("Some(i64::from({count}))"),
        None => "None".to_string(),
    }
}

/// The next cursor (`Option<&str>`), over `page: &Response<T>`.
pub fn next_cursor(next: &NextCursor) -> String {
    match next {
        NextCursor::Envelope { keys } => {
            let keys: Vec<String> = keys.iter().map(|key| format!("{key:?}")).collect();
            format!("page.envelope_str(&[{}])", keys.join(", "))
        }
        NextCursor::Field { path } => match by_ref("page.data()", path) {
            (next, true) => format!("{next}.map(String::as_str)"),
            (next, false) => format!("Some({next}.as_str())"),
        },
    }
}

/// An expression that reaches the end of `path` from `root` (a `&T`, or a place of type `T`),
/// by reference: a place of the field's type, or, when a step is an `Option`, an
/// `Option<&_>` (then the `bool` is true).
fn by_ref(root: &str, path: &FieldPath) -> (String, bool) {
    let (mut expr, mut optional) = if path.root_optional {
        (format!("{root}.as_ref()"), true)
    } else {
        (root.to_string(), false)
    };
    for PathStep { field, options } in &path.steps {
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

/// An expression that moves the list at the end of `path` out of `data` (a `T`): a `Vec`,
/// empty when an `Option` on the way is `None`.
pub fn owned_items(path: &FieldPath) -> String {
    let mut expr = "data".to_string();
    let mut optional = path.root_optional;
    for PathStep { field, options } in &path.steps {
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

    fn path(root_optional: bool, spec: &[(&str, u8)]) -> FieldPath {
        FieldPath {
            root_optional,
            steps: spec
                .iter()
                .map(|(field, options)| PathStep {
                    field: field.to_string(),
                    options: *options,
                })
                .collect(),
        }
    }

    #[test]
    fn paths_of_required_fields_are_plain_field_access() {
        let items = path(false, &[("data", 0), ("entries", 0)]);
        assert_eq!(items_on_page(&items), "data.data.entries.len()");
        assert_eq!(owned_items(&items), "data.data.entries");
        assert_eq!(owned_items(&path(false, &[])), "data");
        assert_eq!(owned_items(&path(true, &[])), "data.unwrap_or_default()");
        assert_eq!(page_count(None), "None");
    }

    #[test]
    fn optional_steps_chain_through_options() {
        let items = path(false, &[("data", 1), ("page", 0), ("entries", 2)]);
        assert_eq!(
            items_on_page(&items),
            "data.data.as_ref().map(|v| &v.page).and_then(|v| v.entries.as_ref()).and_then(Option::as_ref).map_or(0, Vec::len)"
        );
        assert_eq!(
            owned_items(&items),
            "data.data.map(|v| v.page).and_then(|v| v.entries.flatten()).unwrap_or_default()"
        );
        let next = NextCursor::Field {
            path: path(false, &[("meta", 0), ("next", 1)]),
        };
        assert_eq!(
            next_cursor(&next),
            "page.data().meta.next.as_ref().map(String::as_str)"
        );
        assert_eq!(
            page_count(Some(&path(true, &[("meta", 0)]))),
            "data.as_ref().map(|v| &v.meta).copied().map(i64::from)"
        );
        let envelope = NextCursor::Envelope {
            keys: vec!["meta".into(), "next".into()],
        };
        assert_eq!(
            next_cursor(&envelope),
            "page.envelope_str(&[\"meta\", \"next\"])"
        );
    }
}
