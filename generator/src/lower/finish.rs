//! The last lowering step: break recursive types with `Box`, turn recursive aliases into
//! newtypes, and print every type for `types.rs`.

use super::model_api;
use super::schema::{Arena, Draft, DraftField};
use super::ty::{components, Ty, TypeId};
use crate::ir::{
    EnumVariant, Field, FieldCodec, FieldMode, IntConst, TypeDef, TypeKind, UnionVariant,
};

/// Every type in the arena, cycles broken, in creation order.
pub fn types(arena: &mut Arena) -> Vec<TypeDef> {
    newtype_recursive_aliases(arena);
    box_by_value_cycles(arena);
    let names: Vec<String> = arena.slots.iter().map(|s| s.name.clone()).collect();
    let pages = doc_pages(&names);
    arena
        .slots
        .iter()
        .zip(pages)
        .map(|(slot, doc_page)| TypeDef {
            name: slot.name.clone(),
            origin: slot.origin.clone(),
            doc: slot.doc.clone(),
            deprecated: slot.deprecated,
            doc_page,
            cfg: String::new(),
            kind: kind(&slot.draft, slot.any_value, &names, &slot.name),
        })
        .collect()
}

/// A docs page name per type: `<Name>.md`, with `-2`, `-3`... where another type's page
/// differs only in case (`FooBar` and `Foobar` would be one file on macOS and Windows).
fn doc_pages(names: &[String]) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    names
        .iter()
        .map(|name| {
            let mut page = format!("{name}.md");
            let mut n = 1;
            while !taken.insert(page.to_lowercase()) {
                n += 1;
                page = format!("{name}-{n}.md");
            }
            page
        })
        .collect()
}

/// An alias that mentions itself (`A = Vec<A>`) is not valid Rust; a newtype is.
fn newtype_recursive_aliases(arena: &mut Arena) {
    let edges: Vec<Vec<TypeId>> = arena.slots.iter().map(|s| mentions(&s.draft)).collect();
    let component = components(&edges);
    for (id, slot) in arena.slots.iter_mut().enumerate() {
        if let Draft::Alias(target) = &slot.draft {
            let recursive = edges[id].contains(&id)
                || component
                    .iter()
                    .enumerate()
                    .any(|(other, c)| other != id && *c == component[id]);
            if recursive {
                slot.draft = Draft::Newtype(target.clone());
            }
        }
    }
}

/// A type that holds itself by value (directly or through others) has infinite size: the
/// by-value references inside each such cycle are boxed.
fn box_by_value_cycles(arena: &mut Arena) {
    let edges: Vec<Vec<TypeId>> = arena.slots.iter().map(|s| by_value(&s.draft)).collect();
    let component = components(&edges);
    for (id, slot) in arena.slots.iter_mut().enumerate() {
        let same = |other: TypeId| component[other] == component[id];
        match &mut slot.draft {
            Draft::Struct { fields, .. } => fields.iter_mut().for_each(|f| f.ty.box_cycles(&same)),
            Draft::Alias(ty) | Draft::Newtype(ty) => ty.box_cycles(&same),
            _ => {}
        }
    }
}

fn mentions(draft: &Draft) -> Vec<TypeId> {
    let mut out = Vec::new();
    match draft {
        Draft::Struct { fields, extra } => {
            fields.iter().for_each(|f| f.ty.mentions(&mut out));
            if let Some(extra) = extra {
                extra.mentions(&mut out);
            }
        }
        Draft::Union { variants, .. } => variants.iter().for_each(|v| v.ty.mentions(&mut out)),
        Draft::Alias(ty) | Draft::Newtype(ty) => ty.mentions(&mut out),
        Draft::Pending | Draft::Enum { .. } | Draft::IntEnum { .. } => {}
    }
    out
}

fn by_value(draft: &Draft) -> Vec<TypeId> {
    let mut out = Vec::new();
    match draft {
        Draft::Struct { fields, .. } => fields.iter().for_each(|f| f.ty.by_value(&mut out)),
        Draft::Alias(ty) | Draft::Newtype(ty) => ty.by_value(&mut out),
        _ => {}
    }
    out
}

fn kind(draft: &Draft, any_value: bool, names: &[String], name: &str) -> TypeKind {
    let render = |ty: &Ty| ty.render(names, "");
    match draft {
        Draft::Pending => TypeKind::Alias {
            target: "serde_json::Value".into(),
        },
        Draft::Struct { fields, extra } => {
            let mut fields: Vec<Field> = fields.iter().map(|f| field(f, names)).collect();
            let mut extra = extra.as_ref().map(|ty| {
                let ty = format!("std::collections::BTreeMap<String, {}>", render(ty));
                Box::new(Field {
                    name: unique_extra_name(&fields),
                    wire_name: String::new(),
                    arg_ty: ty.clone(),
                    arg_into: false,
                    ty,
                    mode: FieldMode::Required,
                    codec: FieldCodec::Required,
                    doc: Some("Properties not listed above (`additionalProperties`).".into()),
                    read_only: false,
                    write_only: false,
                    deprecated: false,
                    default: None,
                    spec_example: None,
                    constraints: Default::default(),
                    setter: None,
                })
            });
            let default = fields.iter().all(|f| f.mode != FieldMode::Required);
            model_api::name_setters(&mut fields, extra.as_deref_mut());
            TypeKind::Struct {
                constructor_allows: model_api::constructor_allows(name, &fields),
                fields,
                extra,
                default,
                any_value,
            }
        }
        Draft::Enum { variants } => TypeKind::Enum {
            variants: variants
                .iter()
                .map(|(name, wire)| EnumVariant {
                    name: name.clone(),
                    wire: wire.clone(),
                })
                .collect(),
        },
        Draft::IntEnum { repr, consts } => TypeKind::IntEnum {
            repr: (*repr).to_string(),
            consts: consts
                .iter()
                .map(|(name, value)| IntConst {
                    name: name.clone(),
                    value: *value,
                })
                .collect(),
        },
        Draft::Union {
            variants,
            discriminator,
        } => TypeKind::Union {
            variants: variants
                .iter()
                .map(|v| UnionVariant {
                    name: v.name.clone(),
                    ty: render(&v.ty),
                    tags: v.tags.clone(),
                })
                .collect(),
            discriminator: discriminator.clone(),
        },
        Draft::Alias(ty) => TypeKind::Alias { target: render(ty) },
        Draft::Newtype(ty) => TypeKind::Newtype { inner: render(ty) },
    }
}

fn field(f: &DraftField, names: &[String]) -> Field {
    let inner = f.ty.render(names, "");
    // A read-only property is absent from requests and a write-only one from responses, so
    // neither can be required: `None`, they are not sent. A read-only one is one `Option`
    // (`null` and absent alike), since the client never sends it on purpose.
    let required = f.required && !f.read_only && !f.write_only;
    let (mode, ty) = match (required, f.nullable) {
        _ if f.read_only => (FieldMode::Optional, format!("Option<{inner}>")),
        (true, false) => (FieldMode::Required, inner.clone()),
        (true, true) => (FieldMode::Required, format!("Option<{inner}>")),
        (false, true) if !f.base64 => (
            FieldMode::OptionalNullable,
            format!("Option<Option<{inner}>>"),
        ),
        (false, _) => (FieldMode::Optional, format!("Option<{inner}>")),
    };
    let codec = match (f.base64, mode) {
        // A nullable base64 property is one `Option`: `null` and absent are both `None`; a
        // required one writes `None` as `null`, an optional one leaves it out.
        (true, FieldMode::Required) if f.nullable => FieldCodec::NullableBase64,
        (true, FieldMode::Required) => FieldCodec::Base64,
        (true, _) => FieldCodec::OptionalBase64,
        (false, FieldMode::Required) => FieldCodec::Required,
        (false, FieldMode::Optional) => FieldCodec::Optional,
        (false, FieldMode::OptionalNullable) => FieldCodec::Nullable,
    };
    // `new` takes a required field as it is; a setter takes an optional one without its
    // `Option` (an optional nullable one as `Option<T>`: `None` sends `null`).
    let value_ty = match mode {
        FieldMode::Required => ty.clone(),
        FieldMode::Optional => inner,
        FieldMode::OptionalNullable => format!("Option<{inner}>"),
    };
    let (arg_ty, arg_into) = model_api::argument(&value_ty);
    Field {
        name: f.name.clone(),
        wire_name: f.wire_name.clone(),
        ty,
        mode,
        codec,
        doc: f.doc.clone(),
        read_only: f.read_only,
        write_only: f.write_only,
        deprecated: f.deprecated,
        default: f.default.clone(),
        spec_example: f.example.clone(),
        constraints: f.constraints.clone(),
        setter: None,
        arg_ty,
        arg_into,
    }
}

fn unique_extra_name(fields: &[Field]) -> String {
    let mut name = "additional_properties".to_string();
    while fields.iter().any(|f| f.name == name) {
        name.push('_');
    }
    name
}

#[cfg(test)]
mod tests {
    use super::doc_pages;

    #[test]
    fn doc_pages_differ_beyond_case() {
        let names = ["FooBar", "Foobar", "FOOBAR", "Other"].map(String::from);
        assert_eq!(
            doc_pages(&names),
            ["FooBar.md", "Foobar-2.md", "FOOBAR-3.md", "Other.md"]
        );
    }
}
