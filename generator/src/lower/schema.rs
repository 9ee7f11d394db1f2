//! Schemas → the type arena.
//!
//! Component schemas get their slots (and names) first, so `$ref`s resolve to them and they
//! win their names. Inline schemas that need a named Rust type (objects, enums, unions) get a
//! slot when they are met, named from where they appear: `{Parent}{Field}`, `{Parent}Item`,
//! `{Operation}Body`, `{Operation}Response`, ... . Everything else becomes a type expression.

use std::collections::HashMap;

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::enums::{int_enum, string_enum};
use super::loose_schemas;
use super::naming::{self, Namespace};
use super::ty::{Ty, TypeId, BYTES, JSON_OBJECT, JSON_VALUE, STRING};
use super::Cx;
use super::{schema_docs, union_tags};
use crate::diag::pointer;

/// The runtime's file type, used for `format: binary` fields of multipart bodies.
pub const FILE_PART: &str = "crate::runtime::FilePart";

/// Nesting deeper than this is cut off with a diagnostic (the type becomes `serde_json::Value`).
const MAX_DEPTH: usize = 48;

/// An object schema's `properties`.
type Properties = indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>;

/// A type being built.
#[derive(Debug, Clone)]
pub enum Draft {
    /// Not built yet (or being built).
    Pending,
    /// A struct.
    Struct {
        fields: Vec<DraftField>,
        extra: Option<Ty>,
    },
    /// A string enum.
    Enum { variants: Vec<(String, String)> },
    /// An integer enum.
    IntEnum {
        repr: &'static str,
        consts: Vec<(String, i64)>,
    },
    /// A union.
    Union {
        variants: Vec<DraftVariant>,
        discriminator: Option<String>,
    },
    /// An alias.
    Alias(Ty),
    /// A transparent newtype (an alias that would be recursive).
    Newtype(Ty),
}

/// A struct field being built.
#[derive(Debug, Clone)]
pub struct DraftField {
    pub name: String,
    pub wire_name: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub base64: bool,
    pub doc: Option<String>,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub default: Option<String>,
    /// The schema's `example`, as JSON text.
    pub example: Option<String>,
    pub constraints: Option<Box<crate::ir::Constraints>>,
}

/// A union alternative being built.
#[derive(Debug, Clone)]
pub struct DraftVariant {
    pub name: String,
    pub ty: Ty,
    pub tags: Vec<String>,
}

/// One named type.
#[derive(Debug, Clone)]
pub struct Slot {
    pub name: String,
    pub origin: String,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub nullable: bool,
    /// A schema with `properties` and no `type` (see `loose_schemas`).
    pub any_value: bool,
    pub draft: Draft,
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
    pub fn new() -> Self {
        Arena {
            names: Namespace::with_reserved(naming::RESERVED_TYPES),
            ..Default::default()
        }
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
            any_value: false,
            draft: Draft::Pending,
        });
        self.slots.len() - 1
    }
}

/// The result of lowering one schema occurrence.
#[derive(Debug, Clone)]
pub struct Lowered {
    pub ty: Ty,
    pub nullable: bool,
    pub base64: bool,
}

impl Lowered {
    fn plain(ty: Ty) -> Self {
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
                    self.arena.slots[id].draft = Draft::Alias(target);
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

    fn boxed_schema(
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
                    ty: Ty::Named(id),
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
                ty: Ty::Named(id),
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
            ty: Ty::Named(id),
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
        let draft = match self.simple(schema, &name, ptr, depth) {
            Some(lowered) => Draft::Alias(lowered.ty),
            None => self.complex(schema, &name, ptr, depth),
        };
        self.arena.slots[id].draft = draft;
        self.arena.slots[id].any_value = loose_schemas::is_typeless_object(schema);
    }

    /// Schemas that are plain type expressions (no named type of their own).
    fn simple(&mut self, schema: &Schema, hint: &str, ptr: &str, depth: usize) -> Option<Lowered> {
        if let Some(tuple) = self.tuple(schema, hint, ptr, depth) {
            return Some(Lowered::plain(tuple));
        }
        let ty = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if s.enumeration.iter().all(Option::is_none) => {
                if self.binary_as_file
                    && matches!(
                        s.format,
                        VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
                    )
                {
                    return Some(Lowered::plain(Ty::Prim(FILE_PART)));
                }
                let base64 = matches!(s.format, VariantOrUnknownOrEmpty::Item(StringFormat::Byte));
                return Some(Lowered {
                    ty: string_format(&s.format),
                    nullable: false,
                    base64,
                });
            }
            SchemaKind::Type(Type::Number(n)) => match n.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Ty::Prim("f32"),
                _ => Ty::Prim("f64"),
            },
            SchemaKind::Type(Type::Integer(i)) if i.enumeration.iter().all(Option::is_none) => {
                integer_format(&i.format)
            }
            SchemaKind::Type(Type::Boolean(_)) => Ty::Prim("bool"),
            SchemaKind::Type(Type::Object(o)) if o.properties.is_empty() => {
                self.map_type(o.additional_properties.as_ref(), hint, ptr, depth)
            }
            SchemaKind::Type(Type::Array(a)) => self.array_type(a.items.as_ref(), hint, ptr, depth),
            SchemaKind::OneOf { one_of: alts } | SchemaKind::AnyOf { any_of: alts } => {
                let real: Vec<&ReferenceOr<Schema>> =
                    alts.iter().filter(|s| !is_null_schema(s)).collect();
                match real.as_slice() {
                    [] => {
                        self.diags
                            .warn(ptr, "union with no alternatives; using `serde_json::Value`");
                        JSON_VALUE
                    }
                    [only] => {
                        let lowered = self.schema(only, hint, &child(ptr, "0"), depth + 1);
                        return Some(Lowered {
                            nullable: real.len() < alts.len() || lowered.nullable,
                            ..lowered
                        });
                    }
                    _ => return None,
                }
            }
            SchemaKind::AllOf { all_of } => {
                // `allOf: [{$ref: X}, {description: ...}]` only annotates X: it is X.
                let mut real = all_of
                    .iter()
                    .enumerate()
                    .filter(|(_, part)| !is_annotation(part));
                match (real.next(), real.next()) {
                    (None, _) => JSON_VALUE,
                    (Some((index, only)), None) => {
                        let ptr = child(&child(ptr, "allOf"), &index.to_string());
                        return Some(self.schema(only, hint, &ptr, depth + 1));
                    }
                    _ => return None,
                }
            }
            SchemaKind::Not { .. } => JSON_VALUE,
            SchemaKind::Any(any) => return self.simple_any(any, hint, ptr, depth),
            _ => return None,
        };
        Some(Lowered::plain(ty))
    }

    fn simple_any(
        &mut self,
        any: &openapiv3::AnySchema,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Option<Lowered> {
        if !any.properties.is_empty()
            || !any.one_of.is_empty()
            || !any.any_of.is_empty()
            || !any.all_of.is_empty()
        {
            return None;
        }
        if any.enumeration.iter().any(|v| v.is_string() || v.is_i64()) {
            return None;
        }
        let any = self.without_stray_items(any, ptr);
        let ty = match any.typ.as_deref() {
            _ if any.items.is_some() => self.array_type(any.items.as_ref(), hint, ptr, depth),
            Some("array") => Ty::Vec(Box::new(JSON_VALUE)),
            Some("string") => {
                let format = any
                    .format
                    .clone()
                    .map_or(VariantOrUnknownOrEmpty::Empty, |f| match f.as_str() {
                        "byte" => VariantOrUnknownOrEmpty::Item(StringFormat::Byte),
                        "date" => VariantOrUnknownOrEmpty::Item(StringFormat::Date),
                        "date-time" => VariantOrUnknownOrEmpty::Item(StringFormat::DateTime),
                        _ => VariantOrUnknownOrEmpty::Unknown(f),
                    });
                let base64 = matches!(format, VariantOrUnknownOrEmpty::Item(StringFormat::Byte));
                return Some(Lowered {
                    ty: string_format(&format),
                    nullable: false,
                    base64,
                });
            }
            Some("integer") => integer_format(
                &any.format
                    .clone()
                    .map_or(VariantOrUnknownOrEmpty::Empty, |f| {
                        VariantOrUnknownOrEmpty::Unknown(f)
                    }),
            ),
            Some("number") => Ty::Prim(if any.format.as_deref() == Some("float") {
                "f32"
            } else {
                "f64"
            }),
            Some("boolean") => Ty::Prim("bool"),
            Some("object") => self.map_type(any.additional_properties.as_ref(), hint, ptr, depth),
            _ if any.additional_properties.is_some() => {
                self.map_type(any.additional_properties.as_ref(), hint, ptr, depth)
            }
            _ => JSON_VALUE,
        };
        Some(Lowered::plain(ty))
    }

    fn map_type(
        &mut self,
        extra: Option<&AdditionalProperties>,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Ty {
        match extra {
            Some(AdditionalProperties::Schema(schema)) => {
                let value = self.schema(
                    schema,
                    &format!("{hint}Value"),
                    &child(ptr, "additionalProperties"),
                    depth + 1,
                );
                Ty::Map(Box::new(value.ty.nullable(value.nullable)))
            }
            _ => JSON_OBJECT,
        }
    }

    fn array_type(
        &mut self,
        items: Option<&ReferenceOr<Box<Schema>>>,
        hint: &str,
        ptr: &str,
        depth: usize,
    ) -> Ty {
        match items {
            Some(items) => {
                let item = self.boxed_schema(
                    items,
                    &format!("{hint}Item"),
                    &child(ptr, "items"),
                    depth + 1,
                );
                Ty::Vec(Box::new(item.ty.nullable(item.nullable)))
            }
            None => Ty::Vec(Box::new(JSON_VALUE)),
        }
    }

    /// Schemas that need a named type: objects, enums, unions, merged `allOf`s.
    fn complex(&mut self, schema: &Schema, name: &str, ptr: &str, depth: usize) -> Draft {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                string_enum(s.enumeration.iter().flatten().map(String::as_str))
            }
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
                } else if !any.one_of.is_empty() {
                    self.union(&any.one_of, schema, name, &child(ptr, "oneOf"), depth)
                } else if !any.any_of.is_empty() {
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
                    string_enum(any.enumeration.iter().filter_map(serde_json::Value::as_str))
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
            _ => Draft::Alias(JSON_VALUE),
        }
    }

    fn object(
        &mut self,
        properties: &Properties,
        required: &[String],
        extra: Option<&AdditionalProperties>,
        name: &str,
        ptr: &str,
        depth: usize,
    ) -> Draft {
        let mut fields = Vec::new();
        let mut names = Namespace::default();
        self.add_fields(
            &mut fields,
            &mut names,
            properties,
            required,
            name,
            ptr,
            depth,
        );
        let extra = match extra {
            Some(AdditionalProperties::Schema(schema)) => {
                let hint = format!("{name}Extra");
                let ptr = child(ptr, "additionalProperties");
                let value = self.schema(schema, &hint, &ptr, depth + 1);
                Some(value.ty.nullable(value.nullable))
            }
            Some(AdditionalProperties::Any(true)) => Some(JSON_VALUE),
            _ => None,
        };
        Draft::Struct { fields, extra }
    }

    #[allow(clippy::too_many_arguments)]
    fn add_fields(
        &mut self,
        fields: &mut Vec<DraftField>,
        names: &mut Namespace,
        properties: &Properties,
        required: &[String],
        parent: &str,
        ptr: &str,
        depth: usize,
    ) {
        for (wire_name, property) in properties {
            let field_ptr = child(&child(ptr, "properties"), wire_name);
            let hint = format!("{parent}{}", naming::type_name(wire_name));
            let lowered = self.boxed_schema(property, &hint, &field_ptr, depth + 1);
            let data = property.as_item().map(|s| &s.schema_data);
            let access = self.access(property);
            let field = DraftField {
                name: String::new(),
                wire_name: wire_name.clone(),
                // Base64 text decodes to bytes in fields only (a serde `with` helper does it);
                // in arrays, maps, parameters and bodies it stays a `String`.
                ty: if lowered.base64 { BYTES } else { lowered.ty },
                required: required.contains(wire_name),
                nullable: lowered.nullable,
                base64: lowered.base64,
                doc: schema_docs::field_doc(property.as_item().map(|s| &**s), wire_name),
                read_only: access.read_only,
                write_only: access.write_only,
                deprecated: data.is_some_and(|d| d.deprecated),
                default: data.and_then(|d| d.default.as_ref()).map(|v| v.to_string()),
                example: data.and_then(|d| d.example.as_ref()).map(|v| v.to_string()),
                constraints: self.property_constraints(property),
            };
            // A property seen again (allOf) replaces the earlier one, keeping its place.
            if let Some(existing) = fields.iter_mut().find(|f| f.wire_name == *wire_name) {
                let name = std::mem::take(&mut existing.name);
                *existing = DraftField {
                    name,
                    required: existing.required || field.required,
                    ..field
                };
            } else {
                let name = names.claim(naming::snake_name(wire_name));
                fields.push(DraftField { name, ..field });
            }
        }
    }

    /// Merges the parts of an `allOf` into one struct.
    fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        own: &[(&Properties, &Vec<String>)],
        name: &str,
        ptr: &str,
        depth: usize,
    ) -> Draft {
        let mut fields = Vec::new();
        let mut names = Namespace::default();
        let mut extra = None;
        let mut required: Vec<String> = own.iter().flat_map(|(_, r)| r.iter().cloned()).collect();
        let mut resolved: Vec<(String, Schema)> = Vec::new();
        for (index, part) in parts.iter().enumerate() {
            let part_ptr = child(&child(ptr, "allOf"), &index.to_string());
            self.flatten_all_of(part, &part_ptr, &mut resolved, 0);
        }
        for (_, schema) in &resolved {
            if let Some((_, req, _)) = object_parts(schema) {
                required.extend(req.iter().cloned());
            }
        }
        for (part_ptr, schema) in &resolved {
            let part_ptr = part_ptr.clone();
            match object_parts(schema) {
                Some((props, _, additional)) => {
                    self.add_fields(&mut fields, &mut names, props, &required, name, &part_ptr, depth);
                    if let Some(AdditionalProperties::Schema(s)) = additional {
                        extra = Some(self.schema(s, &format!("{name}Extra"), &part_ptr, depth + 1).ty);
                    }
                }
                None if matches!(schema.schema_kind, SchemaKind::Any(ref a) if *a == Default::default()) => {}
                None => self.diags.warn(
                    part_ptr,
                    "allOf part is not an object; its constraints are dropped from the merged struct",
                ),
            }
        }
        for (props, _) in own {
            self.add_fields(&mut fields, &mut names, props, &required, name, ptr, depth);
        }
        Draft::Struct { fields, extra }
    }

    /// Follows `$ref`s and nested `allOf`s to the schemas whose properties are merged.
    fn flatten_all_of(
        &mut self,
        part: &ReferenceOr<Schema>,
        ptr: &str,
        out: &mut Vec<(String, Schema)>,
        hops: usize,
    ) {
        if hops > MAX_DEPTH {
            self.diags.warn(
                ptr,
                "allOf nests too deep (or refers to itself); the rest is dropped",
            );
            return;
        }
        let (schema, ptr) = match part {
            ReferenceOr::Item(schema) => (schema.clone(), ptr.to_string()),
            ReferenceOr::Reference { reference } => match self.resolve_schema(reference) {
                Some((schema, target)) => (schema.clone(), target),
                None => {
                    self.reference(reference, ptr);
                    return;
                }
            },
        };
        match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => {
                for (index, inner) in all_of.iter().enumerate() {
                    self.flatten_all_of(
                        inner,
                        &child(&child(&ptr, "allOf"), &index.to_string()),
                        out,
                        hops + 1,
                    );
                }
            }
            SchemaKind::Any(any) if !any.all_of.is_empty() => {
                for (index, inner) in any.all_of.iter().enumerate() {
                    self.flatten_all_of(
                        inner,
                        &child(&child(&ptr, "allOf"), &index.to_string()),
                        out,
                        hops + 1,
                    );
                }
                out.push((ptr, schema));
            }
            _ => out.push((ptr, schema)),
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

    fn union(
        &mut self,
        alts: &[ReferenceOr<Schema>],
        schema: &Schema,
        name: &str,
        ptr: &str,
        depth: usize,
    ) -> Draft {
        let mut names = Namespace::with_reserved(&["Other"]);
        let tagging = self.union_tags(alts, schema);
        let mut variants = Vec::new();
        for (index, alt) in alts.iter().enumerate() {
            if is_null_schema(alt) {
                continue;
            }
            let alt_ptr = child(ptr, &index.to_string());
            let hint = match alt {
                ReferenceOr::Item(s) => s
                    .schema_data
                    .title
                    .clone()
                    .unwrap_or_else(|| format!("Variant{index}")),
                ReferenceOr::Reference { .. } => format!("Variant{index}"),
            };
            let lowered = self.schema(
                alt,
                &format!("{name}{}", naming::type_name(&hint)),
                &alt_ptr,
                depth + 1,
            );
            let variant_name = union_tags::variant_name(&lowered.ty, &self.arena.slots, index);
            let tags = tagging
                .as_ref()
                .and_then(|t| t.tags.get(index).cloned())
                .unwrap_or_default();
            let ty = match lowered.ty {
                Ty::Named(id) => Ty::Boxed(Box::new(Ty::Named(id))),
                other => other,
            };
            variants.push(DraftVariant {
                name: names.claim(variant_name),
                ty,
                tags,
            });
        }
        Draft::Union {
            variants,
            discriminator: tagging.map(|t| t.property),
        }
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

fn object_parts(
    schema: &Schema,
) -> Option<(&Properties, &Vec<String>, Option<&AdditionalProperties>)> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            Some((&o.properties, &o.required, o.additional_properties.as_ref()))
        }
        // A part with only `required` (no `properties`) makes properties of the others required.
        SchemaKind::Any(a)
            if !a.properties.is_empty()
                || !a.required.is_empty()
                || a.typ.as_deref() == Some("object") =>
        {
            Some((&a.properties, &a.required, a.additional_properties.as_ref()))
        }
        _ => None,
    }
}

/// A part with no constraints of its own (only a description, `nullable`, `readOnly`, ...).
fn is_annotation(schema: &ReferenceOr<Schema>) -> bool {
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

fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Ty {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
            Ty::Prim("chrono::DateTime<chrono::Utc>")
        }
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Ty::Prim("chrono::NaiveDate"),
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => Ty::Prim("uuid::Uuid"),
        _ => STRING,
    }
}

pub(super) fn integer_format(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Ty {
    Ty::Prim(match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => "i32",
        VariantOrUnknownOrEmpty::Unknown(f) => match f.as_str() {
            "int32" => "i32",
            "int8" => "i8",
            "int16" => "i16",
            "uint8" => "u8",
            "uint16" => "u16",
            "uint32" => "u32",
            "uint64" | "uint" => "u64",
            _ => "i64",
        },
        _ => "i64",
    })
}
