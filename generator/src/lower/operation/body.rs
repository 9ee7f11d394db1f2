//! An operation's request body: the preferred media type, its type and encoding, multipart
//! parts, and setters for the other media types the spec offers.

use openapiv3::{MediaType, Operation, ReferenceOr, RequestBody};

use super::resolve_ref;
use crate::ir::{AltBody, Body, BodyKind, ExampleValue, MultipartPart, Prim, TypeKind, TypeRef};
use crate::lower::naming::{self, Namespace};
use crate::lower::schema::{child, Lowered};
use crate::lower::Cx;

impl Cx<'_> {
    /// The body of `op`, if it has one (and it resolves).
    pub(super) fn body(
        &mut self,
        op: &Operation,
        base: &str,
        ptr: &str,
        fields: &mut Namespace,
    ) -> Option<Body> {
        let body_ptr = child(ptr, "requestBody");
        let body = self.resolve_body(op.request_body.as_ref()?, &body_ptr)?;
        let mut media: Vec<(&String, &MediaType)> = body.content.iter().collect();
        media.sort_by_key(|(name, _)| body_kind(name).1);
        let (primary_type, primary) = media.first().copied()?;
        let (kind, _) = body_kind(primary_type.as_str());
        let hint = format!("{base}Body");
        let content_ptr = child(&child(&body_ptr, "content"), primary_type.as_str());
        let (ty, parts) = match kind {
            BodyKind::Text if primary_type.contains("xml") && primary.schema.is_some() => {
                let message = "XML body: clientgen does not serialize models to XML; the body is the XML text the caller passes";
                self.diags.warn(&content_ptr, message);
                (TypeRef::STRING, Vec::new())
            }
            BodyKind::Text => (TypeRef::STRING, Vec::new()),
            BodyKind::Bytes => (TypeRef::Prim(Prim::BinaryBody), Vec::new()),
            BodyKind::Json | BodyKind::Form | BodyKind::Multipart => {
                self.binary_as_file = kind == BodyKind::Multipart;
                let lowered = match &primary.schema {
                    Some(schema) => self.schema(schema, &hint, &child(&content_ptr, "schema"), 1),
                    None => Lowered {
                        ty: TypeRef::ANY,
                        nullable: false,
                        base64: false,
                    },
                };
                self.binary_as_file = false;
                let parts = if kind == BodyKind::Multipart {
                    self.multipart_parts(&lowered.ty)
                } else {
                    Vec::new()
                };
                (lowered.ty, parts)
            }
        };
        if kind == BodyKind::Multipart && parts.is_empty() {
            self.diags.warn(
                &content_ptr,
                "multipart body is not an object schema; it is sent as one JSON part named `body`",
            );
        }
        let mut setters = Namespace::default();
        let alternatives = media
            .iter()
            .skip(1)
            .filter_map(|(name, _)| {
                let (kind, _) = body_kind(name);
                let setter = naming::alternative_body_setter(kind)?;
                let ty = match kind {
                    BodyKind::Text => TypeRef::STRING,
                    BodyKind::Bytes => TypeRef::Prim(Prim::BinaryBody),
                    // JSON: form and multipart bodies have no setter.
                    _ => TypeRef::ANY,
                };
                if setters.contains(setter) {
                    return None;
                }
                Some(AltBody {
                    setter: fields.claim(setters.claim(setter.to_string())),
                    kind,
                    content_type: sent_content_type(kind, name),
                    arg_into: takes_into(&ty),
                    ty,
                })
            })
            .collect();
        Some(Body {
            kind,
            content_type: sent_content_type(kind, primary_type),
            arg_into: takes_into(&ty),
            ty,
            required: body.required,
            doc: body.description.clone(),
            parts,
            alternatives,
            example: ExampleValue::Default,
        })
    }

    fn multipart_parts(&self, ty: &TypeRef) -> Vec<MultipartPart> {
        let Some(id) = ty.named_id() else {
            return Vec::new();
        };
        let Some(TypeKind::Struct { fields, .. }) = &self.arena.slots[id].kind else {
            return Vec::new();
        };
        fields
            .iter()
            .map(|f| MultipartPart {
                field: f.name.clone(),
                wire_name: f.wire_name.clone(),
                file: *f.value_ty() == TypeRef::Prim(Prim::FilePart),
                optional: !f.required || f.nullable,
            })
            .collect()
    }

    fn resolve_body(&mut self, body: &ReferenceOr<RequestBody>, ptr: &str) -> Option<RequestBody> {
        let resolved = resolve_ref(
            body,
            ("requestBodies", "request body"),
            |c| &c.request_bodies,
            self.doc,
        );
        resolved
            .map_err(|problem| {
                self.diags
                    .warn(ptr, format!("{problem}; the body is dropped"))
            })
            .ok()
    }
}

/// Whether an argument of type `ty` is taken as `impl Into<ty>`: text and binary bodies.
fn takes_into(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Prim(Prim::String | Prim::BinaryBody))
}

/// The `Content-Type` to send for a body of `media_type`: the spec's own (a vendor
/// `application/vnd.api+json` stays so), except that a wildcard is sent as JSON.
fn sent_content_type(kind: BodyKind, media_type: &str) -> String {
    if kind == BodyKind::Json && media_type.contains('*') {
        "application/json".to_string()
    } else {
        media_type.to_string()
    }
}

/// Encoding of a media type, and its preference rank (lower is preferred).
pub(in crate::lower) fn body_kind(media_type: &str) -> (BodyKind, u8) {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if essence == "application/json" {
        (BodyKind::Json, 0)
    } else if essence.ends_with("+json") || essence.ends_with("/json") || essence == "*/*" {
        (BodyKind::Json, 1)
    } else if essence == "application/x-www-form-urlencoded" {
        (BodyKind::Form, 2)
    } else if essence.starts_with("multipart/") {
        (BodyKind::Multipart, 3)
    } else if essence.starts_with("text/") {
        (BodyKind::Text, 4)
    } else {
        (BodyKind::Bytes, 5)
    }
}
