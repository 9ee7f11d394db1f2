//! Changes to what an operation returns: its success type, its error enum, pagination.

use super::changes::{below, pair, Changes, Site};
use super::report::Class;
use super::ty;
use crate::ir::{Events, Operation, Pagination, ResponseArm};

/// Compares the responses of one operation.
pub fn compare(changes: &mut Changes, site: Site<'_>, old: &Operation, new: &Operation) {
    if !ty::same(&old.return_ty, &new.return_ty) {
        let message = format!(
            "returns {} → {}",
            ty::show(&old.return_ty),
            ty::show(&new.return_ty)
        );
        changes.changed(Class::Breaking, site, message);
    }
    changes.value(
        Class::Breaking,
        site,
        "streamed response",
        &old.stream_response,
        &new.stream_response,
    );
    changes.value(
        Class::Breaking,
        site,
        "response enum",
        &old.success_enum,
        &new.success_enum,
    );
    let success_item = |op: &Operation| {
        op.success_enum
            .clone()
            .unwrap_or_else(|| format!("{}(response)", site.item))
    };
    compare_arms(
        changes,
        site,
        &success_item(new),
        &old.success,
        &new.success,
        old.success_enum.is_some(),
    );
    let module = site.item.rsplitn(3, "::").nth(2).unwrap_or("apis");
    let error_site = Site {
        item: &format!("{module}::{}", new.error_enum),
        ..site
    };
    changes.value(
        Class::Breaking,
        error_site,
        "error enum",
        &old.error_enum,
        &new.error_enum,
    );
    compare_arms(
        changes,
        site,
        error_site.item,
        &old.errors,
        &new.errors,
        true,
    );
    let envelope = |op: &Operation| {
        op.envelope
            .as_ref()
            .map(|e| (e.data.clone(), e.success.clone(), e.errors.clone()))
    };
    changes.value(
        Class::Wire,
        site,
        "envelope (data, success, errors)",
        &envelope(old),
        &envelope(new),
    );
    compare_pagination(
        changes,
        site,
        old.pagination.as_ref(),
        new.pagination.as_ref(),
    );
    compare_events(changes, site, old.events.as_ref(), new.events.as_ref());
}

/// A streamed response's events: `send()` returns an event stream of `item_ty`.
fn compare_events(
    changes: &mut Changes,
    site: Site<'_>,
    old: Option<&Events>,
    new: Option<&Events>,
) {
    match (old, new) {
        (None, None) => {}
        (Some(_), None) => changes.changed(Class::Breaking, site, "no longer streams events"),
        (None, Some(_)) => changes.changed(
            Class::Breaking,
            site,
            "now streams events: `send()` returns an event stream",
        ),
        (Some(o), Some(n)) => {
            if !ty::same(&o.item_ty, &n.item_ty) {
                let message = format!(
                    "events: {} → {}",
                    ty::show(&o.item_ty),
                    ty::show(&n.item_ty)
                );
                changes.changed(Class::Breaking, site, message);
            }
            let format = |e: &Events| format!("{:?} ({:?})", e.format, e.data);
            changes.value(Class::Wire, site, "event format", &format(o), &format(n));
        }
    }
}

/// Compares response arms by variant. `is_enum`: the variants are an enum users match on.
fn compare_arms(
    changes: &mut Changes,
    op: Site<'_>,
    item: &str,
    old: &[ResponseArm],
    new: &[ResponseArm],
    is_enum: bool,
) {
    let pointer = |base: &str, arm: &ResponseArm| below(base, &["responses", &arm.status]);
    let paired = pair(old, new, |a| a.variant.as_str());
    let variant = |arm: &ResponseArm| {
        if is_enum {
            format!("{item}::{}", arm.variant)
        } else {
            item.to_string()
        }
    };
    for gone in paired.removed {
        let class = if is_enum {
            Class::Breaking
        } else {
            Class::Wire
        };
        changes.removed(
            class,
            &variant(gone),
            &pointer(op.old, gone),
            format!("response `{}` removed", gone.status),
        );
    }
    for added in paired.added {
        let class = if is_enum {
            Class::Additive
        } else {
            Class::Wire
        };
        changes.added(
            class,
            &variant(added),
            &pointer(op.new, added),
            format!("new response `{}`", added.status),
        );
    }
    for (o, n) in paired.both {
        let name = variant(n);
        let (op_old, op_new) = (pointer(op.old, o), pointer(op.new, n));
        let site = Site {
            item: &name,
            old: &op_old,
            new: &op_new,
        };
        match (&o.ty, &n.ty) {
            (Some(ot), Some(nt)) if ty::same(ot, nt) => {}
            (None, None) => {}
            (ot, nt) => {
                let show = |t: &Option<ty::Ty>| {
                    t.as_ref()
                        .map_or_else(|| "no content".to_string(), ty::show)
                };
                changes.changed(
                    if is_enum {
                        Class::Breaking
                    } else {
                        Class::Wire
                    },
                    site,
                    format!("payload: {} → {}", show(ot), show(nt)),
                );
            }
        }
        changes.value(Class::Wire, site, "status", &o.status, &n.status);
        changes.value(
            Class::Wire,
            site,
            "media type",
            &o.media_type,
            &n.media_type,
        );
        changes.value(Class::Wire, site, "decoding", &o.decode, &n.decode);
        changes.docs(site, "doc", &o.doc, &n.doc);
    }
}

fn compare_pagination(
    changes: &mut Changes,
    site: Site<'_>,
    old: Option<&Pagination>,
    new: Option<&Pagination>,
) {
    let item_ty = |p: &Pagination| match p {
        Pagination::PageNumber { item_ty, .. } | Pagination::Cursor { item_ty, .. } => {
            item_ty.clone()
        }
    };
    match (old, new) {
        (None, None) => {}
        (Some(_), None) => changes.changed(
            Class::Breaking,
            site,
            "no longer paginated: `pages()` removed",
        ),
        (None, Some(_)) => changes.changed(Class::Additive, site, "now paginated: new `pages()`"),
        (Some(o), Some(n)) => {
            let (oi, ni) = (item_ty(o), item_ty(n));
            if !ty::same(&oi, &ni) {
                changes.changed(
                    Class::Breaking,
                    site,
                    format!("page items: {} → {}", ty::show(&oi), ty::show(&ni)),
                );
            } else {
                let text = |p: &Pagination| serde_json::to_string(p).unwrap_or_default();
                if text(o) != text(n) {
                    changes.changed(Class::Wire, site, "pagination parameters or paths changed");
                }
            }
        }
    }
}
