//! Object schemas → structs: properties become fields (an `allOf` merges the properties of
//! its parts), `additionalProperties` a map of the rest.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::naming::{self, Namespace};
use super::schema::{child, Properties, MAX_DEPTH};
use super::schema_docs;
use super::Cx;
use crate::ir::{Field, FieldCodec, FieldMode, Prim, TypeKind, TypeRef};

impl Cx<'_> {
    pub(super) fn object(
        &mut self,
        properties: &Properties,
        required: &[String],
        extra: Option<&AdditionalProperties>,
        name: &str,
        ptr: &str,
        depth: usize,
    ) -> TypeKind {
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
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::ANY),
            _ => None,
        };
        structure(fields, extra)
    }

    #[allow(clippy::too_many_arguments)]
    fn add_fields(
        &mut self,
        fields: &mut Vec<Field>,
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
            // A property seen again (allOf) replaces the earlier one, keeping its place and
            // its name, and stays required if it was.
            let existing = fields.iter().position(|f| f.wire_name == *wire_name);
            let required =
                required.contains(wire_name) || existing.is_some_and(|at| fields[at].required);
            let field = field(
                Property {
                    // Base64 text decodes to bytes in fields only (a serde `with` helper does
                    // it); in arrays, maps, parameters and bodies it stays a `String`.
                    value: if lowered.base64 {
                        TypeRef::Prim(Prim::Byte)
                    } else {
                        lowered.ty
                    },
                    required,
                    nullable: lowered.nullable,
                    base64: lowered.base64,
                    read_only: access.read_only,
                    write_only: access.write_only,
                },
                Field {
                    name: String::new(),
                    wire_name: wire_name.clone(),
                    ty: TypeRef::Unit,
                    required,
                    nullable: lowered.nullable,
                    mode: FieldMode::Required,
                    codec: FieldCodec::Required,
                    doc: schema_docs::field_doc(property.as_item().map(|s| &**s), wire_name),
                    read_only: access.read_only,
                    write_only: access.write_only,
                    deprecated: data.is_some_and(|d| d.deprecated),
                    default: data.and_then(|d| d.default.as_ref()).map(|v| v.to_string()),
                    spec_example: data.and_then(|d| d.example.as_ref()).map(|v| v.to_string()),
                    constraints: self.property_constraints(property),
                    setter: None,
                    arg_ty: TypeRef::Unit,
                    arg_into: false,
                },
            );
            match existing {
                Some(at) => {
                    let name = std::mem::take(&mut fields[at].name);
                    fields[at] = Field { name, ..field };
                }
                None => {
                    let name = names.claim(naming::snake_name(wire_name));
                    fields.push(Field { name, ..field });
                }
            }
        }
    }

    /// Merges the parts of an `allOf` into one struct.
    pub(super) fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        own: &[(&Properties, &Vec<String>)],
        name: &str,
        ptr: &str,
        depth: usize,
    ) -> TypeKind {
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
        structure(fields, extra)
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
}

/// What decides a field's Rust type and how it is read and written.
struct Property {
    value: TypeRef,
    required: bool,
    nullable: bool,
    base64: bool,
    read_only: bool,
    write_only: bool,
}

/// `field` with the type, mode and codec `property` asks for.
fn field(property: Property, field: Field) -> Field {
    let Property {
        value,
        required,
        nullable,
        base64,
        read_only,
        write_only,
    } = property;
    // A read-only property is absent from requests and a write-only one from responses, so
    // neither can be required: `None`, they are not sent. A read-only one is one `Option`
    // (`null` and absent alike), since the client never sends it on purpose.
    let required = required && !read_only && !write_only;
    let (mode, ty) = match (required, nullable) {
        _ if read_only => (FieldMode::Optional, value.optional()),
        (true, false) => (FieldMode::Required, value),
        (true, true) => (FieldMode::Required, value.optional()),
        (false, true) if !base64 => (FieldMode::OptionalNullable, value.optional().optional()),
        (false, _) => (FieldMode::Optional, value.optional()),
    };
    let codec = match (base64, mode) {
        // A nullable base64 property is one `Option`: `null` and absent are both `None`; a
        // required one writes `None` as `null`, an optional one leaves it out.
        (true, FieldMode::Required) if nullable => FieldCodec::NullableBase64,
        (true, FieldMode::Required) => FieldCodec::Base64,
        (true, _) => FieldCodec::OptionalBase64,
        (false, FieldMode::Required) => FieldCodec::Required,
        (false, FieldMode::Optional) => FieldCodec::Optional,
        (false, FieldMode::OptionalNullable) => FieldCodec::Nullable,
    };
    Field {
        ty,
        mode,
        codec,
        ..field
    }
}

/// A struct of `fields`, with the rest of the properties in a map of `extra` values.
fn structure(fields: Vec<Field>, extra: Option<TypeRef>) -> TypeKind {
    let extra = extra.map(|value| Field {
        name: naming::extra_field_name(&fields),
        wire_name: String::new(),
        ty: TypeRef::Map(Box::new(value)),
        required: true,
        nullable: false,
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
        arg_ty: TypeRef::Unit,
        arg_into: false,
    });
    let default = fields.iter().all(|f| f.mode != FieldMode::Required);
    TypeKind::Struct {
        fields,
        extra: extra.map(Box::new),
        default,
        any_value: false,
        constructor_allows: Vec::new(),
    }
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
