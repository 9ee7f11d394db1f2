//! Changes to the models of `types.rs`.

use std::collections::BTreeSet;

use super::changes::{pair, Changes, Site};
use super::fields;
use super::report::Class;
use super::ty;
use crate::ir::{TypeDef, TypeKind};

/// Compares the named types of two APIs.
pub fn compare(changes: &mut Changes, old: &[TypeDef], new: &[TypeDef]) {
    let paired = pair(old, new, |t| t.name.as_str());
    let mut renamed_to = BTreeSet::new();
    for gone in &paired.removed {
        let item = format!("types::{}", gone.name);
        // A type whose shape reappears under another name was renamed (still breaking).
        match paired
            .added
            .iter()
            .find(|t| !renamed_to.contains(&t.name) && same_shape(gone, t))
        {
            Some(renamed) => {
                renamed_to.insert(renamed.name.clone());
                let message = format!("renamed: `{}` → `{}`", gone.name, renamed.name);
                changes.changed(
                    Class::Breaking,
                    Site {
                        item: &item,
                        old: &gone.origin,
                        new: &renamed.origin,
                    },
                    message,
                );
            }
            None => changes.removed(
                Class::Breaking,
                &item,
                &gone.origin,
                format!("{} removed", kind_name(&gone.kind)),
            ),
        }
    }
    for added in paired
        .added
        .iter()
        .filter(|t| !renamed_to.contains(&t.name))
    {
        let item = format!("types::{}", added.name);
        changes.added(
            Class::Additive,
            &item,
            &added.origin,
            format!("new {}", kind_name(&added.kind)),
        );
    }
    if paired.reordered {
        changes.changed(
            Class::None,
            Site {
                item: "types",
                old: "#/components/schemas",
                new: "#/components/schemas",
            },
            "models reordered",
        );
    }
    for (old, new) in paired.both {
        compare_type(changes, old, new);
    }
}

/// Whether two types have the same shape, names of the type itself aside.
fn same_shape(old: &TypeDef, new: &TypeDef) -> bool {
    let shape = |t: &TypeDef| serde_json::to_value(&t.kind).ok();
    shape(old) == shape(new)
}

fn kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct { .. } => "struct",
        TypeKind::Enum { .. } => "enum",
        TypeKind::IntEnum { .. } => "integer enum",
        TypeKind::Union { .. } => "union",
        TypeKind::Alias { .. } => "type alias",
        TypeKind::Newtype { .. } => "newtype",
    }
}

fn compare_type(changes: &mut Changes, old: &TypeDef, new: &TypeDef) {
    let item = format!("types::{}", new.name);
    let site = Site {
        item: &item,
        old: &old.origin,
        new: &new.origin,
    };
    changes.docs(site, "doc", &old.doc, &new.doc);
    changes.deprecated(site, old.deprecated, new.deprecated);
    compare_features(changes, site, &old.features, &new.features);
    match (&old.kind, &new.kind) {
        (
            TypeKind::Struct {
                fields: old_fields,
                extra: old_extra,
                default: old_default,
                any_value: old_any,
                ..
            },
            TypeKind::Struct {
                fields: new_fields,
                extra: new_extra,
                default: new_default,
                any_value: new_any,
                ..
            },
        ) => {
            fields::compare(changes, (old, new), old_fields, new_fields);
            fields::compare_extra(changes, site, old_extra.as_deref(), new_extra.as_deref());
            match (old_default, new_default) {
                (true, false) => changes.changed(
                    Class::Breaking,
                    site,
                    "no longer implements `Default` (a field became required)",
                ),
                (false, true) => changes.changed(Class::Additive, site, "now implements `Default`"),
                _ => {}
            }
            changes.value(Class::Wire, site, "reads any JSON value", old_any, new_any);
        }
        (TypeKind::Enum { variants: old_v }, TypeKind::Enum { variants: new_v }) => {
            let paired = pair(old_v, new_v, |v| v.name.as_str());
            let mut renamed = BTreeSet::new();
            for gone in &paired.removed {
                let variant = format!("{item}::{}", gone.name);
                match paired.added.iter().find(|v| v.wire == gone.wire) {
                    Some(now) => {
                        renamed.insert(now.name.as_str());
                        changes.changed(
                            Class::Breaking,
                            site.at(&variant),
                            format!("variant renamed: `{}` → `{}`", gone.name, now.name),
                        );
                    }
                    None => changes.changed(
                        Class::Breaking,
                        site.at(&variant),
                        format!("value `{}` removed", gone.wire),
                    ),
                }
            }
            for added in paired
                .added
                .iter()
                .filter(|v| !renamed.contains(v.name.as_str()))
            {
                let variant = format!("{item}::{}", added.name);
                changes.changed(
                    Class::Additive,
                    site.at(&variant),
                    format!("new value `{}`", added.wire),
                );
            }
            for (o, n) in paired.both {
                let variant = format!("{item}::{}", n.name);
                changes.value(Class::Wire, site.at(&variant), "value", &o.wire, &n.wire);
            }
            if paired.reordered {
                changes.changed(Class::None, site, "values reordered");
            }
        }
        (
            TypeKind::IntEnum {
                repr: old_r,
                consts: old_c,
            },
            TypeKind::IntEnum {
                repr: new_r,
                consts: new_c,
            },
        ) => {
            changes.value(Class::Breaking, site, "integer type", old_r, new_r);
            let paired = pair(old_c, new_c, |c| c.name.as_str());
            for gone in paired.removed {
                let constant = format!("{item}::{}", gone.name);
                changes.changed(
                    Class::Breaking,
                    site.at(&constant),
                    format!("value {} removed", gone.value),
                );
            }
            for added in paired.added {
                let constant = format!("{item}::{}", added.name);
                changes.changed(
                    Class::Additive,
                    site.at(&constant),
                    format!("new value {}", added.value),
                );
            }
            for (o, n) in paired.both {
                let constant = format!("{item}::{}", n.name);
                changes.value(Class::Wire, site.at(&constant), "value", &o.value, &n.value);
            }
        }
        (
            TypeKind::Union {
                variants: old_v,
                discriminator: old_d,
            },
            TypeKind::Union {
                variants: new_v,
                discriminator: new_d,
            },
        ) => {
            changes.value(Class::Wire, site, "discriminator", old_d, new_d);
            let paired = pair(old_v, new_v, |v| v.name.as_str());
            for gone in paired.removed {
                let variant = format!("{item}::{}", gone.name);
                changes.changed(
                    Class::Breaking,
                    site.at(&variant),
                    format!("alternative {} removed", ty::show(&gone.ty)),
                );
            }
            for added in paired.added {
                let variant = format!("{item}::{}", added.name);
                changes.changed(
                    Class::Additive,
                    site.at(&variant),
                    format!("new alternative {}", ty::show(&added.ty)),
                );
            }
            for (o, n) in paired.both {
                let variant = format!("{item}::{}", n.name);
                let vsite = site.at(&variant);
                if !ty::same(&o.ty, &n.ty) {
                    changes.changed(
                        Class::Breaking,
                        vsite,
                        format!("type: {} → {}", ty::show(&o.ty), ty::show(&n.ty)),
                    );
                }
                changes.value(Class::Wire, vsite, "tags", &o.tags, &n.tags);
            }
            if paired.reordered {
                // Untagged alternatives are tried in order: another order may decode differently.
                changes.changed(
                    Class::Wire,
                    site,
                    "alternatives reordered (tried in another order)",
                );
            }
        }
        (TypeKind::Alias { target: o }, TypeKind::Alias { target: n })
        | (TypeKind::Newtype { inner: o }, TypeKind::Newtype { inner: n }) => {
            if !ty::same(o, n) {
                changes.changed(
                    Class::Breaking,
                    site,
                    format!("type: {} → {}", ty::show(o), ty::show(n)),
                );
            }
        }
        (o, n) => changes.changed(
            Class::Breaking,
            site,
            format!("{} → {}", kind_name(o), kind_name(n)),
        ),
    }
}

/// A model compiled with fewer features than before is gone for users of the others.
fn compare_features(changes: &mut Changes, site: Site<'_>, old: &[String], new: &[String]) {
    let old: BTreeSet<&str> = old.iter().map(String::as_str).collect();
    let new: BTreeSet<&str> = new.iter().map(String::as_str).collect();
    let lost: Vec<&str> = old.difference(&new).copied().collect();
    if !lost.is_empty() {
        let message = format!("no longer compiled with the feature(s) {}", lost.join(", "));
        changes.changed(Class::Breaking, site, message);
    } else if old != new {
        changes.changed(Class::None, site, "also compiled with more features");
    }
}
