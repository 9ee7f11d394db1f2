//! Changes to what an operation sends: its parameters and its body.

use super::changes::{below, pair, reordered, Changes, Site};
use super::report::Class;
use super::ty;
use crate::ir::{Body, Operation, Param};

/// Compares the parameters and the request body of one operation.
pub fn compare(changes: &mut Changes, op_site: Site<'_>, old: &Operation, new: &Operation) {
    let (old_ptr, new_ptr) = (
        below(op_site.old, &["parameters"]),
        below(op_site.new, &["parameters"]),
    );
    let paired = pair(&old.params, &new.params, |p| p.name.as_str());
    for gone in paired.removed {
        let item = format!("{}({})", op_site.item, gone.name);
        changes.removed(
            Class::Breaking,
            &item,
            &old_ptr,
            format!("parameter `{}` removed", gone.wire_name),
        );
    }
    for added in paired.added {
        let item = format!("{}({})", op_site.item, added.name);
        if added.positional {
            let message = format!(
                "new required argument `{}: {}`",
                added.name,
                ty::arg(&added.ty, added.arg_into)
            );
            changes.added(Class::Breaking, &item, &new_ptr, message);
        } else {
            let message = format!(
                "new optional parameter: setter `{}({})`",
                added.name,
                ty::arg(&added.ty, added.arg_into)
            );
            changes.added(Class::Additive, &item, &new_ptr, message);
        }
    }
    for (o, n) in &paired.both {
        let item = format!("{}({})", op_site.item, n.name);
        compare_param(
            changes,
            Site {
                item: &item,
                old: &old_ptr,
                new: &new_ptr,
            },
            o,
            n,
        );
    }
    let positional = |op: &Operation| -> Vec<String> {
        op.params
            .iter()
            .filter(|p| p.positional)
            .map(|p| p.name.clone())
            .collect()
    };
    let (old_args, new_args) = (positional(old), positional(new));
    if reordered(&old_args, &new_args) {
        let message = format!(
            "arguments reordered: ({}) → ({})",
            old_args.join(", "),
            new_args.join(", ")
        );
        changes.changed(Class::Breaking, op_site, message);
    } else if paired.reordered {
        changes.changed(Class::None, op_site, "parameters reordered");
    }
    compare_body(changes, op_site, old.body.as_ref(), new.body.as_ref());
}

fn compare_param(changes: &mut Changes, site: Site<'_>, old: &Param, new: &Param) {
    match (old.positional, new.positional) {
        (false, true) => changes.changed(
            Class::Breaking,
            site,
            format!(
                "now required: setter → argument `{}: {}`",
                new.name,
                ty::arg(&new.ty, new.arg_into)
            ),
        ),
        (true, false) => changes.changed(
            Class::Breaking,
            site,
            format!(
                "now optional: argument → setter `{}({})`",
                new.name,
                ty::arg(&new.ty, new.arg_into)
            ),
        ),
        _ if !ty::same(&old.ty, &new.ty) || old.arg_into != new.arg_into => {
            let message = format!(
                "type: {} → {}",
                show_arg(&old.ty, old.arg_into),
                show_arg(&new.ty, new.arg_into)
            );
            changes.changed(Class::Breaking, site, message);
        }
        _ => changes.value(Class::Wire, site, "required", &old.required, &new.required),
    }
    let wire = |p: &Param| format!("{:?} `{}`", p.location, p.wire_name);
    changes.value(Class::Wire, site, "sent as", &wire(old), &wire(new));
    changes.value(Class::Wire, site, "style", &old.style, &new.style);
    changes.docs(site, "doc", &old.doc, &new.doc);
    changes.deprecated(site, old.deprecated, new.deprecated);
    changes.docs(site, "default", &old.default, &new.default);
    changes.value(
        Class::Docs,
        site,
        "allowed values",
        &old.allowed,
        &new.allowed,
    );
    changes.docs(site, "example", &old.spec_example, &new.spec_example);
    changes.value(
        Class::Docs,
        site,
        "constraints",
        &old.constraints,
        &new.constraints,
    );
}

fn compare_body(changes: &mut Changes, op_site: Site<'_>, old: Option<&Body>, new: Option<&Body>) {
    let item = format!("{}(body)", op_site.item);
    let (old_ptr, new_ptr) = (
        below(op_site.old, &["requestBody"]),
        below(op_site.new, &["requestBody"]),
    );
    let site = Site {
        item: &item,
        old: &old_ptr,
        new: &new_ptr,
    };
    let (old, new) = match (old, new) {
        (None, None) => return,
        (Some(gone), None) => {
            return changes.removed(
                Class::Breaking,
                &item,
                &old_ptr,
                format!("request body {} removed", ty::show(&gone.ty)),
            );
        }
        (None, Some(added)) if added.required => {
            return changes.added(
                Class::Breaking,
                &item,
                &new_ptr,
                format!(
                    "new required body argument {}",
                    show_arg(&added.ty, added.arg_into)
                ),
            );
        }
        (None, Some(added)) => {
            return changes.added(
                Class::Additive,
                &item,
                &new_ptr,
                format!(
                    "new optional body: setter `body({})`",
                    ty::arg(&added.ty, added.arg_into)
                ),
            );
        }
        (Some(old), Some(new)) => (old, new),
    };
    if old.required != new.required {
        let message = if new.required {
            "now required: setter `body` → argument"
        } else {
            "now optional: argument → setter `body`"
        };
        changes.changed(Class::Breaking, site, message);
    } else if !ty::same(&old.ty, &new.ty) || old.arg_into != new.arg_into {
        changes.changed(
            Class::Breaking,
            site,
            format!(
                "type: {} → {}",
                show_arg(&old.ty, old.arg_into),
                show_arg(&new.ty, new.arg_into)
            ),
        );
    }
    changes.value(
        Class::Wire,
        site,
        "Content-Type",
        &old.content_type,
        &new.content_type,
    );
    changes.value(Class::Wire, site, "encoding", &old.kind, &new.kind);
    let parts = |b: &Body| -> Vec<String> {
        b.parts
            .iter()
            .map(|p| format!("{}{}", p.wire_name, if p.file { " (file)" } else { "" }))
            .collect()
    };
    changes.value(
        Class::Wire,
        site,
        "multipart parts",
        &parts(old),
        &parts(new),
    );
    changes.docs(site, "doc", &old.doc, &new.doc);
    let alternatives = pair(&old.alternatives, &new.alternatives, |a| a.setter.as_str());
    for gone in alternatives.removed {
        changes.changed(
            Class::Breaking,
            site,
            format!("setter `{}` ({}) removed", gone.setter, gone.content_type),
        );
    }
    for added in alternatives.added {
        changes.changed(
            Class::Additive,
            site,
            format!("new setter `{}` ({})", added.setter, added.content_type),
        );
    }
    for (o, n) in alternatives.both {
        if !ty::same(&o.ty, &n.ty) || o.arg_into != n.arg_into {
            let message = format!(
                "setter `{}`: {} → {}",
                n.setter,
                show_arg(&o.ty, o.arg_into),
                show_arg(&n.ty, n.arg_into)
            );
            changes.changed(Class::Breaking, site, message);
        }
        changes.value(
            Class::Wire,
            site,
            &format!("setter `{}` Content-Type", n.setter),
            &o.content_type,
            &n.content_type,
        );
    }
}

/// An argument type as a Markdown code span.
fn show_arg(ty: &ty::Ty, into: bool) -> String {
    format!("`{}`", ty::arg(ty, into))
}
