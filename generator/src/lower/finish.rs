//! The last lowering step: break recursive types with `Box`, turn recursive aliases into
//! newtypes, and give every type its docs page and the cargo features that compile it.

use super::features;
use super::model_api;
use super::naming;
use super::schema::Arena;
use super::ty::components;
use crate::ir::{Module, TypeDef, TypeId, TypeKind, TypeRef};

/// Every type in the arena, cycles broken, in creation order, and the feature of the models
/// no operation uses (if there are any).
pub fn types(arena: &mut Arena, modules: &[Module]) -> (Vec<TypeDef>, Option<String>) {
    for slot in &mut arena.slots {
        // A component that is never built (a `$ref` cycle) holds any JSON value.
        slot.kind.get_or_insert(TypeKind::Alias {
            target: TypeRef::ANY,
        });
    }
    newtype_recursive_aliases(arena);
    box_by_value_cycles(arena);
    for slot in &mut arena.slots {
        if let Some(kind) = &mut slot.kind {
            model_api::finish(&slot.name, kind);
        }
    }
    let names: Vec<String> = arena.slots.iter().map(|s| s.name.clone()).collect();
    let pages = naming::doc_pages(&names);
    let edges: Vec<Vec<TypeId>> = arena.slots.iter().map(|s| kind(s).mentions()).collect();
    let gates = features::gates(&edges, modules);
    let types = arena
        .slots
        .iter_mut()
        .zip(pages)
        .zip(gates.per_type)
        .map(|((slot, doc_page), features)| TypeDef {
            name: slot.name.clone(),
            origin: slot.origin.clone(),
            doc: slot.doc.clone(),
            deprecated: slot.deprecated,
            doc_page,
            features,
            kind: slot.kind.take().unwrap_or(TypeKind::Alias {
                target: TypeRef::ANY,
            }),
        })
        .collect();
    (types, gates.other_models)
}

fn kind(slot: &super::schema::Slot) -> &TypeKind {
    const PENDING: &TypeKind = &TypeKind::Alias {
        target: TypeRef::ANY,
    };
    slot.kind.as_ref().unwrap_or(PENDING)
}

/// An alias that mentions itself (`A = Vec<A>`) is not valid Rust; a newtype is.
fn newtype_recursive_aliases(arena: &mut Arena) {
    let edges: Vec<Vec<TypeId>> = arena.slots.iter().map(|s| kind(s).mentions()).collect();
    let component = components(&edges);
    for (id, slot) in arena.slots.iter_mut().enumerate() {
        if let Some(TypeKind::Alias { target }) = &slot.kind {
            let recursive = edges[id].contains(&id)
                || component
                    .iter()
                    .enumerate()
                    .any(|(other, c)| other != id && *c == component[id]);
            if recursive {
                slot.kind = Some(TypeKind::Newtype {
                    inner: target.clone(),
                });
            }
        }
    }
}

/// A type that holds itself by value (directly or through others) has infinite size: the
/// by-value references inside each such cycle are boxed.
fn box_by_value_cycles(arena: &mut Arena) {
    let edges: Vec<Vec<TypeId>> = arena.slots.iter().map(|s| by_value(kind(s))).collect();
    let component = components(&edges);
    for (id, slot) in arena.slots.iter_mut().enumerate() {
        let same = |other: TypeId| component[other] == component[id];
        match &mut slot.kind {
            Some(TypeKind::Struct { fields, .. }) => {
                fields.iter_mut().for_each(|f| f.ty.box_cycles(&same))
            }
            Some(TypeKind::Alias { target: ty } | TypeKind::Newtype { inner: ty }) => {
                ty.box_cycles(&same)
            }
            _ => {}
        }
    }
}

fn by_value(kind: &TypeKind) -> Vec<TypeId> {
    let mut out = Vec::new();
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter().for_each(|f| f.ty.by_value(&mut out)),
        TypeKind::Alias { target: ty } | TypeKind::Newtype { inner: ty } => ty.by_value(&mut out),
        _ => {}
    }
    out
}
