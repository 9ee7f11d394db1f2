//! Models that must contain themselves: a chain of required, non-nullable properties that
//! leads back to where it started (`Node.parent: Leaf`, `Leaf.node: Node`) has no finite JSON
//! value, so its Rust type could never be built or decoded. Each required property on such a
//! cycle becomes optional, with a warning at its pointer.

use std::collections::BTreeMap;

use super::schema::{child, Arena};
use super::ty::components;
use crate::diag::Diagnostics;
use crate::ir::{FieldCodec, FieldMode, TypeId, TypeKind, TypeRef};

/// What the docs of such a property say.
const CYCLE_NOTE: &str = "The spec lists it as required, but through it the model would contain \
    itself without end (no finite JSON value can do that), so the client takes it as optional.";

/// Makes optional every required property on a cycle of required properties.
pub fn loosen(arena: &mut Arena, diags: &mut Diagnostics) {
    let edges: Vec<Vec<TypeId>> = arena.slots.iter().map(|s| mandatory(&s.kind)).collect();
    let component = components(&edges);
    // Every edge inside a strongly connected component lies on a cycle (a self-edge too).
    let cyclic: Vec<TypeId> = (0..edges.len())
        .filter(|&id| edges[id].iter().any(|&to| component[to] == component[id]))
        .collect();
    let mut members: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for &id in &cyclic {
        let names = members.entry(component[id]).or_default();
        names.push(format!("`{}`", arena.slots[id].name));
    }
    for id in cyclic {
        let members = &members[&component[id]];
        let slot = &mut arena.slots[id];
        let Some(TypeKind::Struct {
            fields, default, ..
        }) = &mut slot.kind
        else {
            continue;
        };
        for field in fields.iter_mut().filter(|f| f.mode == FieldMode::Required) {
            let mut targets = Vec::new();
            mandatory_in(&field.ty, &mut targets);
            if !targets.iter().any(|&to| component[to] == component[id]) {
                continue;
            }
            field.ty = field.ty.clone().optional();
            field.mode = FieldMode::Optional;
            field.codec = FieldCodec::Optional;
            field.required = false;
            let doc = field
                .doc
                .take()
                .unwrap_or_else(|| format!("The `{}` property.", field.wire_name));
            field.doc = Some(format!("{doc}\n\n{CYCLE_NOTE}"));
            let ptr = child(&child(&slot.origin, "properties"), &field.wire_name);
            let message = format!(
                "required property `{}` makes {} contain {} through required properties, \
                 which no finite JSON value can do; the client treats it as optional",
                field.wire_name,
                listed(members),
                if members.len() == 1 {
                    "itself"
                } else {
                    "each other"
                },
            );
            diags.warn(ptr, message);
        }
        *default = fields.iter().all(|f| f.mode != FieldMode::Required);
    }
}

/// The models a value of this kind cannot be without: its required, non-nullable fields'
/// models (an alias or newtype's too); a union may pick another branch, so has none.
fn mandatory(kind: &Option<TypeKind>) -> Vec<TypeId> {
    let mut out = Vec::new();
    match kind {
        Some(TypeKind::Struct { fields, .. }) => fields
            .iter()
            .filter(|f| f.mode == FieldMode::Required)
            .for_each(|f| mandatory_in(&f.ty, &mut out)),
        Some(TypeKind::Alias { target: ty } | TypeKind::Newtype { inner: ty }) => {
            mandatory_in(ty, &mut out)
        }
        _ => {}
    }
    out
}

/// The models `ty` holds that cannot be absent: not behind an `Option`, list or map.
fn mandatory_in(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(named) => out.push(named.id),
        TypeRef::Tuple(items) => items.iter().for_each(|t| mandatory_in(t, out)),
        TypeRef::Boxed(inner) => mandatory_in(inner, out),
        _ => {}
    }
}

/// The first few names of a cycle's models.
fn listed(names: &[String]) -> String {
    const SHOWN: usize = 4;
    match names.len() {
        n if n > SHOWN => format!("{} and {} more", names[..SHOWN].join(", "), n - SHOWN),
        _ => names.join(", "),
    }
}
