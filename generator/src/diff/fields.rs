//! Changes to the fields of a struct.

use super::changes::{below, pair, reordered, Changes, Site};
use super::report::Class;
use super::ty;
use crate::ir::{Field, FieldMode, TypeDef};

fn field_pointer(ty: &TypeDef, field: &Field) -> String {
    below(&ty.origin, &["properties", &field.wire_name])
}

/// Compares the fields of a struct that is in both versions.
pub fn compare(
    changes: &mut Changes,
    (old_ty, new_ty): (&TypeDef, &TypeDef),
    old: &[Field],
    new: &[Field],
) {
    let paired = pair(old, new, |f| f.name.as_str());
    let item = |f: &Field| format!("types::{}::{}", new_ty.name, f.name);
    for gone in paired.removed {
        changes.removed(
            Class::Breaking,
            &item(gone),
            &field_pointer(old_ty, gone),
            format!("field removed (was {})", ty::show(&gone.ty)),
        );
    }
    for added in paired.added {
        let pointer = field_pointer(new_ty, added);
        if added.mode == FieldMode::Required {
            let message = format!(
                "new required field {}: `{}::new` takes it",
                ty::show(&added.ty),
                new_ty.name
            );
            changes.added(Class::Breaking, &item(added), &pointer, message);
        } else {
            changes.added(
                Class::Additive,
                &item(added),
                &pointer,
                format!("new optional field {}", ty::show(&added.ty)),
            );
        }
    }
    for &(o, n) in &paired.both {
        let name = item(n);
        let (op, np) = (field_pointer(old_ty, o), field_pointer(new_ty, n));
        let site = Site {
            item: &name,
            old: &op,
            new: &np,
        };
        compare_field(changes, site, o, n);
    }
    let required = |fields: &[Field]| -> Vec<String> {
        fields
            .iter()
            .filter(|f| f.mode == FieldMode::Required)
            .map(|f| f.name.clone())
            .collect()
    };
    let (old_required, new_required) = (required(old), required(new));
    let site = Site {
        item: &format!("types::{}::new", new_ty.name),
        old: &old_ty.origin,
        new: &new_ty.origin,
    };
    if reordered(&old_required, &new_required) {
        let message = format!(
            "constructor arguments reordered: ({}) → ({})",
            old_required.join(", "),
            new_required.join(", ")
        );
        changes.changed(Class::Breaking, site, message);
    } else if paired.reordered {
        let model = format!("types::{}", new_ty.name);
        changes.changed(Class::None, site.at(&model), "fields reordered");
    }
}

fn compare_field(changes: &mut Changes, site: Site<'_>, old: &Field, new: &Field) {
    if !ty::same(&old.ty, &new.ty) {
        changes.changed(
            Class::Breaking,
            site,
            format!("type: {} → {}", ty::show(&old.ty), ty::show(&new.ty)),
        );
    } else if (old.mode == FieldMode::Required) != (new.mode == FieldMode::Required) {
        changes.value(
            Class::Breaking,
            site,
            "required (a constructor argument)",
            &(old.mode == FieldMode::Required),
            &(new.mode == FieldMode::Required),
        );
    } else {
        changes.value(Class::Wire, site, "mode", &old.mode, &new.mode);
        changes.value(Class::Wire, site, "encoding", &old.codec, &new.codec);
    }
    changes.value(
        Class::Wire,
        site,
        "JSON name",
        &old.wire_name,
        &new.wire_name,
    );
    changes.docs(site, "doc", &old.doc, &new.doc);
    changes.value(
        Class::Docs,
        site,
        "read-only",
        &old.read_only,
        &new.read_only,
    );
    changes.value(
        Class::Docs,
        site,
        "write-only",
        &old.write_only,
        &new.write_only,
    );
    changes.deprecated(site, old.deprecated, new.deprecated);
    changes.docs(site, "default", &old.default, &new.default);
    changes.docs(site, "example", &old.spec_example, &new.spec_example);
    changes.value(
        Class::Docs,
        site,
        "constraints",
        &old.constraints,
        &new.constraints,
    );
}

/// Compares the `additionalProperties` field of a struct.
pub fn compare_extra(
    changes: &mut Changes,
    site: Site<'_>,
    old: Option<&Field>,
    new: Option<&Field>,
) {
    match (old, new) {
        (Some(o), None) => changes.changed(
            Class::Breaking,
            site,
            format!("additional properties field `{}` removed", o.name),
        ),
        (None, Some(n)) => changes.changed(
            Class::Additive,
            site,
            format!(
                "new additional properties field `{}`: {}",
                n.name,
                ty::show(&n.ty)
            ),
        ),
        (Some(o), Some(n)) => {
            let name = format!("{}::{}", site.item, n.name);
            let field_site = site.at(&name);
            if o.name != n.name || !ty::same(&o.ty, &n.ty) {
                let message = format!(
                    "additional properties: `{}` {} → `{}` {}",
                    o.name,
                    ty::show(&o.ty),
                    n.name,
                    ty::show(&n.ty)
                );
                changes.changed(Class::Breaking, field_site, message);
            }
            changes.docs(field_site, "doc", &o.doc, &n.doc);
        }
        (None, None) => {}
    }
}
