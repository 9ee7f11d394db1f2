//! Schemas → the type arena.
//!
//! Component schemas get their slots (and names) first, so `$ref`s resolve to them and they
//! win their names. Inline schemas that need a named Rust type (objects, enums, unions) get a
//! slot when they are met, named from where they appear: `{Parent}{Field}`, `{Parent}Item`,
//! `{Operation}Body`, `{Operation}Response`, ... . Everything else becomes a type expression.

use std::collections::HashMap;

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};

use super::enums::{int_enum, string_enum};

use super::loose_schemas;
use super::naming::{self, Namespace};
use super::schema_docs;
use super::Cx;
use crate::diag::pointer;
use crate::ir::{TypeId, TypeKind, TypeRef};

const JSON_VALUE: TypeRef = TypeRef::ANY;

/// Nesting deeper than this is cut off with a diagnostic (the type becomes `serde_json::Value`).
pub(super) const MAX_DEPTH: usize = 48;

/// An object schema's `properties`.
pub(super) type Properties = indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>;

/// One named type.
#[derive(Debug, Clone)]
pub struct Slot {
    pub name: String,
    pub origin: String,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub nullable: bool,
    /// The type's shape; `None` while it is being built (and for a component that never is).
    pub kind: Option<TypeKind>,
}

/// All named types.
#[derive(Debug, Default)]
pub struct Arena {
    pub slots: Vec<Slot>,
    pub names: Namespace,
    pub by_component: HashMap<String, TypeId>,
    /// Inline schemas already lowered, by their JSON text: identical inline schemas share one type.
    pub by_shape: HashMap<String, TypeId>,
}

impl Arena {
    /// An empty arena; no model takes a name of `reserved`.
    pub fn new(reserved: &[String]) -> Self {
        Arena {
            names: Namespace::with_reserved(reserved),
            ..Default::default()
        }
    }

    /// A reference to the type in slot `id`.
    pub fn named(&self, id: TypeId) -> TypeRef {
        TypeRef::named(id, self.slots[id].name.clone())
    }

    /// A new slot named after `hint`.
    pub fn slot(&mut self, hint: &str, origin: &str) -> TypeId {
        let name = self.names.claim(naming::type_name(hint));
        self.slots.push(Slot {
            name,
            origin: origin.to_string(),
            doc: None,
            deprecated: false,
            nullable: false,
            kind: None,
        });
        self.slots.len() - 1
    }
}

/// The result of lowering one schema occurrence.
#[derive(Debug, Clone)]
pub struct Lowered {
    pub ty: TypeRef,
    pub nullable: bool,
    pub base64: bool,
}

impl Lowered {
    pub(super) fn plain(ty: TypeRef) -> Self {
        Lowered {
            ty,
            nullable: false,
            base64: false,
        }
    }
}

/// Appends a segment to a JSON pointer.
pub fn child(ptr: &str, segment: &str) -> String {
    format!("{ptr}{}", pointer([segment]).trim_start_matches('#'))
}

impl<'a> Cx<'a> {
    /// Reserves a slot for every component schema, then lowers them all.
    pub fn lower_components(&mut self) {
        let Some(components) = &self.doc.components else {
            return;
        };
        let schemas: Vec<(&String, &ReferenceOr<Schema>)> = components.schemas.iter().collect();
        let mut ids = Vec::with_capacity(schemas.len());
        for (name, schema) in &schemas {
            let ptr = pointer(["components", "schemas", name.as_str()]);
            let id = self.arena.slot(name, &ptr);
            if let ReferenceOr::Item(schema) = schema {
                self.arena.slots[id].nullable = schema.schema_data.nullable;
            }
            self.arena.by_component.insert((*name).clone(), id);
            ids.push(id);
        }
        for ((_, schema), id) in schemas.into_iter().zip(ids) {
            let ptr = self.arena.slots[id].origin.clone();
            match schema {
                ReferenceOr::Reference { reference } => {
                    let cycle = self.ref_cycle(reference);
                    let target = if cycle {
                        let message =
                            format!("`$ref` cycle: `{reference}` never reaches a schema; using `serde_json::Value`");
                        self.diags.warn(&ptr, message);
                        JSON_VALUE
                    } else {
                        self.reference(reference, &ptr).ty
                    };
                    self.arena.slots[id].kind = Some(TypeKind::Alias { target });
                }
                ReferenceOr::Item(schema) => self.define(id, schema, &ptr, 0),
            }
        }
    }

    /// Lowers a schema occurrence, possibly behind a `$ref`.
    pub fn schema(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Lowered {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, ptr),
            ReferenceOr::Item(schema) => self.inline(schema, hint, ptr, depth),
        }
    }

    pub(super) fn boxed_schema(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Lowered {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, ptr),
            ReferenceOr::Item(schema) => self.inline(schema, hint, ptr, depth),
        }
    }

    /// Resolves a `$ref` to a component schema.
    pub fn reference(&mut self, reference: &str, ptr: &str) -> Lowered {
        if let Some(name) = component_name(reference, "schemas") {
            if let Some(&id) = self.arena.by_component.get(&name) {
                return Lowered {
                    ty: self.arena.named(id),
                    nullable: self.arena.slots[id].nullable,
                    base64: false,
                };
            }
            self.diags.warn(
                ptr,
                format!("`$ref: {reference}` points to no schema; using `serde_json::Value`"),
            );
        } else if reference.starts_with('#') {
            self.diags.warn(
                ptr,
                format!("`$ref: {reference}` is not a component schema; using `serde_json::Value`"),
            );
        } else {
            self.diags.warn(
                ptr,
                format!("external `$ref: {reference}` is not supported; using `serde_json::Value`"),
            );
        }
        Lowered::plain(JSON_VALUE)
    }

    fn inline(&mut self, schema: &Schema, hint: &str, ptr: &str, depth: usize) -> Lowered {
        let nullable = schema.schema_data.nullable;
        if depth > MAX_DEPTH {
            self.diags.warn(
                ptr,
                format!("schema nests deeper than {MAX_DEPTH} levels; using `serde_json::Value`"),
            );
            return Lowered {
                ty: JSON_VALUE,
                nullable,
                base64: false,
            };
        }
        if let Some(lowered) = self.simple(schema, hint, ptr, depth) {
            return Lowered {
                nullable: nullable || lowered.nullable,
                ..lowered
            };
        }
        let shape = self.shape_key(schema);
        if let Some(&id) = shape
            .as_ref()
            .and_then(|shape| self.arena.by_shape.get(shape))
        {
            return Lowered {
                ty: self.arena.named(id),
                nullable,
                base64: false,
            };
        }
        let id = self.arena.slot(hint, ptr);
        self.define(id, schema, ptr, depth);
        if let Some(shape) = shape {
            self.arena.by_shape.insert(shape, id);
        }
        Lowered {
            ty: self.arena.named(id),
            nullable,
            base64: false,
        }
    }

    /// The key under which identical inline schemas share one type.
    fn shape_key(&self, schema: &Schema) -> Option<String> {
        serde_json::to_string(schema)
            .ok()
            .map(|json| format!("{}{json}", self.binary_as_file))
    }

    /// Lowers `schema` as [`Self::schema`] does, except that an inline schema gets a type of its
    /// own named after `hint`, shared with no other identical schema (a shared response is named
    /// after its component, and no other response borrows that name).
    pub fn own_schema(&mut self, schema: &ReferenceOr<Schema>, hint: &str, ptr: &str) -> Lowered {
        let Some(key) = schema.as_item().and_then(|item| self.shape_key(item)) else {
            return self.schema(schema, hint, ptr, 1);
        };
        let earlier = self.arena.by_shape.remove(&key);
        let lowered = self.schema(schema, hint, ptr, 1);
        self.arena.by_shape.remove(&key);
        if let Some(id) = earlier {
            self.arena.by_shape.insert(key, id);
        }
        lowered
    }

    /// Fills slot `id` from `schema`.
    fn define(&mut self, id: TypeId, schema: &Schema, ptr: &str, depth: usize) {
        let data = &schema.schema_data;
        self.arena.slots[id].doc = schema_docs::type_doc(data);
        self.arena.slots[id].deprecated = data.deprecated;
        let name = self.arena.slots[id].name.clone();
        let mut kind = match self.simple(schema, &name, ptr, depth) {
            Some(lowered) => TypeKind::Alias { target: lowered.ty },
            None => self.complex(schema, &name, ptr, depth),
        };
        if let TypeKind::Struct { any_value, .. } = &mut kind {
            *any_value = loose_schemas::is_typeless_object(schema);
        }
        self.arena.slots[id].kind = Some(kind);
    }

    /// Schemas that need a named type: objects, enums, unions, merged `allOf`s.
    fn complex(&mut self, schema: &Schema, name: &str, ptr: &str, depth: usize) -> TypeKind {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => string_enum(
                s.enumeration.iter().flatten().map(String::as_str),
                &self.reserved.enum_variants,
            ),
            SchemaKind::Type(Type::Integer(i)) => {
                int_enum(i.enumeration.iter().flatten().copied(), &i.format)
            }
            SchemaKind::Type(Type::Object(o)) => self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                name,
                ptr,
                depth,
            ),
            SchemaKind::OneOf { one_of: alts } => {
                self.union(alts, schema, name, &child(ptr, "oneOf"), depth)
            }
            SchemaKind::AnyOf { any_of: alts } => {
                self.union(alts, schema, name, &child(ptr, "anyOf"), depth)
            }
            SchemaKind::AllOf { all_of } => self.all_of(all_of, &[], name, ptr, depth),
            SchemaKind::Any(any) => {
                if !any.all_of.is_empty() {
                    let own = [(&any.properties, &any.required)];
                    self.all_of(&any.all_of, &own, name, ptr, depth)
                } else if !any.one_of.is_empty() && !loose_schemas::chooses_fields(any, &any.one_of)
                {
                    self.union(&any.one_of, schema, name, &child(ptr, "oneOf"), depth)
                } else if !any.any_of.is_empty() && !loose_schemas::chooses_fields(any, &any.any_of)
                {
                    self.union(&any.any_of, schema, name, &child(ptr, "anyOf"), depth)
                } else if !any.properties.is_empty() {
                    self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        name,
                        ptr,
                        depth,
                    )
                } else if any.enumeration.iter().any(serde_json::Value::is_string) {
                    string_enum(
                        any.enumeration.iter().filter_map(serde_json::Value::as_str),
                        &self.reserved.enum_variants,
                    )
                } else {
                    let format = any.format.clone().map_or(
                        VariantOrUnknownOrEmpty::Empty,
                        VariantOrUnknownOrEmpty::Unknown,
                    );
                    int_enum(
                        any.enumeration.iter().filter_map(serde_json::Value::as_i64),
                        &format,
                    )
                }
            }
            _ => TypeKind::Alias { target: JSON_VALUE },
        }
    }

    /// Whether a chain of component `$ref`s comes back to itself before reaching a schema.
    fn ref_cycle(&self, reference: &str) -> bool {
        let Some(schemas) = self.doc.components.as_ref().map(|c| &c.schemas) else {
            return false;
        };
        let mut seen = std::collections::HashSet::new();
        let mut reference = reference.to_string();
        loop {
            let Some(name) = component_name(&reference, "schemas") else {
                return false;
            };
            if !seen.insert(name.clone()) {
                return true;
            }
            match schemas.get(&name) {
                Some(ReferenceOr::Reference { reference: next }) => reference = next.clone(),
                _ => return false,
            }
        }
    }

    /// The schema a component `$ref` points to (following `$ref` chains), with its pointer.
    pub fn resolve_schema(&self, reference: &str) -> Option<(&'a Schema, String)> {
        let schemas = &self.doc.components.as_ref()?.schemas;
        let mut reference = reference.to_string();
        for _ in 0..32 {
            let name = component_name(&reference, "schemas")?;
            match schemas.get(&name)? {
                ReferenceOr::Item(schema) => {
                    return Some((schema, pointer(["components", "schemas", &name])))
                }
                ReferenceOr::Reference { reference: next } => reference = next.clone(),
            }
        }
        None
    }
}

/// The component name of a local `$ref`, unescaped: `#/components/schemas/A~1B` → `A/B`.
pub fn component_name(reference: &str, section: &str) -> Option<String> {
    let name = reference.strip_prefix(&format!("#/components/{section}/"))?;
    if name.contains('/') {
        return None;
    }
    Some(name.replace("~1", "/").replace("~0", "~"))
}

/// A part with no constraints of its own (only a description, `nullable`, `readOnly`, ...).
pub(super) fn is_annotation(schema: &ReferenceOr<Schema>) -> bool {
    matches!(schema, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Any(a) if *a == openapiv3::AnySchema::default()))
}

/// `{nullable: true}` alone, or `{type: "null"}` after normalisation: the `null` alternative of a union.
pub(super) fn is_null_schema(schema: &ReferenceOr<Schema>) -> bool {
    match schema {
        ReferenceOr::Item(s) => {
            s.schema_data.nullable
                && matches!(&s.schema_kind, SchemaKind::Any(a) if a.typ.is_none() && a.properties.is_empty() && a.one_of.is_empty() && a.any_of.is_empty() && a.all_of.is_empty() && a.items.is_none())
        }
        ReferenceOr::Reference { .. } => false,
    }
}
