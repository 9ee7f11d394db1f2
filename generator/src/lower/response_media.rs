//! Response bodies: which media type of a response the client reads, how it decodes it, and
//! the `Accept` header that asks for exactly what the client decodes.

use openapiv3::{MediaType, ReferenceOr, Response, Schema, SchemaKind, StatusCode, Type};

use super::operation::body_kind;
use super::schema::child;
use super::Cx;
use crate::ir::{
    BodyKind, Decode, EventData, Events, Prim, ResponseArm, StreamFormat, TypeKind, TypeRef,
};
use crate::media;

/// Statuses that never have a body (RFC 9110): a schema documented for them is not read.
const NO_CONTENT: [u16; 3] = [204, 205, 304];

/// How a response is read: the decoding, the Rust type and the media type asked for.
pub struct ResponseBody {
    pub decode: Decode,
    pub ty: Option<TypeRef>,
    pub media_type: Option<String>,
}

impl ResponseBody {
    fn empty() -> Self {
        ResponseBody {
            decode: Decode::Empty,
            ty: None,
            media_type: None,
        }
    }
}

impl Cx<'_> {
    /// The body of one documented response.
    pub(super) fn response_body(
        &mut self,
        status: Option<&StatusCode>,
        response: &Response,
        hint: &str,
        ptr: &str,
        envelope: Option<&str>,
        shared: Option<&str>,
    ) -> ResponseBody {
        let mut media: Vec<(&String, &MediaType)> = response.content.iter().collect();
        media.sort_by_key(|(name, _)| body_kind(name).1);
        let Some(&(name, media_type)) = media.first() else {
            return ResponseBody::empty();
        };
        if let Some(StatusCode::Code(code)) =
            status.filter(|s| matches!(s, StatusCode::Code(code) if NO_CONTENT.contains(code)))
        {
            self.diags.warn(
                ptr,
                format!("a {code} response has no body; its `content` is not read"),
            );
            return ResponseBody::empty();
        }
        let content_ptr = child(&child(ptr, "content"), name);
        let body = |decode, ty: TypeRef, media: &str| ResponseBody {
            decode,
            ty: Some(ty),
            media_type: Some(accept_media(media)),
        };
        if let Some((decode, ty)) = self.events_body(name, media_type, hint, &content_ptr) {
            return body(decode, ty, name);
        }
        if media_type
            .schema
            .as_ref()
            .is_some_and(|s| self.is_binary(s))
        {
            // A `format: binary` body is bytes under any media type; ask for a non-JSON one.
            let (raw, _) = media
                .iter()
                .find(|(name, _)| body_kind(name).0 == BodyKind::Bytes)
                .unwrap_or(&media[0]);
            return body(Decode::Bytes, TypeRef::Prim(Prim::Binary), raw);
        }
        match body_kind(name).0 {
            BodyKind::Text => body(Decode::Text, TypeRef::STRING, name),
            BodyKind::Bytes | BodyKind::Multipart => {
                body(Decode::Bytes, TypeRef::Prim(Prim::Binary), name)
            }
            BodyKind::Json | BodyKind::Form => {
                let Some(schema) = &media_type.schema else {
                    return body(Decode::Json, TypeRef::ANY, name);
                };
                let schema_ptr = child(&content_ptr, "schema");
                let lowered = match shared {
                    Some(name) => self.shared_response_schema(name, schema, hint, &schema_ptr),
                    None => self.schema(schema, hint, &schema_ptr, 1),
                };
                if let Some(data) = envelope {
                    if let Some(inner) = self.envelope_data(&lowered.ty, data) {
                        return body(Decode::Enveloped, inner, name);
                    }
                }
                body(Decode::Json, lowered.ty.nullable(lowered.nullable), name)
            }
        }
    }

    /// How an event stream's events are decoded, and the type of their data; `None` when
    /// `name` is no event stream. For server-sent events, an `itemSchema` describes the
    /// whole event (`data`, `event`, `id`, `retry`): the data's type is its `data`
    /// property's `contentSchema` (JSON), else the property itself (text when a string);
    /// without one, the media type's `schema` is the data's (text when a string or absent).
    /// For JSON lines the `itemSchema`, else the `schema` (its `items` for an array), is each
    /// line's.
    fn events_body(
        &mut self,
        name: &str,
        media: &MediaType,
        hint: &str,
        content_ptr: &str,
    ) -> Option<(Decode, TypeRef)> {
        let sse = media::is_server_sent_events(name);
        if !sse && !media::is_json_lines(name) {
            return None;
        }
        let item = media.extensions.get(ITEM_SCHEMA);
        let item_ptr = child(content_ptr, "itemSchema");
        let (schema, schema_ptr) = match item {
            Some(item) if sse => match item.pointer("/properties/data") {
                Some(data) => match data.get("contentSchema") {
                    Some(content) => (
                        Some(content.clone()),
                        child(
                            &child(&child(&item_ptr, "properties"), "data"),
                            "contentSchema",
                        ),
                    ),
                    None => (
                        Some(data.clone()),
                        child(&child(&item_ptr, "properties"), "data"),
                    ),
                },
                None => (Some(item.clone()), item_ptr),
            },
            Some(item) => (Some(item.clone()), item_ptr),
            None => {
                let schema = media
                    .schema
                    .as_ref()
                    .and_then(|s| serde_json::to_value(s).ok());
                let schema = match schema {
                    Some(array) if !sse && array.get("type").is_some_and(|t| t == "array") => {
                        array.get("items").cloned()
                    }
                    other => other,
                };
                (schema, child(content_ptr, "schema"))
            }
        };
        let schema = match schema.map(serde_json::from_value::<ReferenceOr<Schema>>) {
            Some(Ok(schema)) => Some(schema),
            Some(Err(e)) => {
                self.diags.warn(
                    &schema_ptr,
                    format!("unreadable event schema ({e}); events are read as any JSON value"),
                );
                None
            }
            None => None,
        };
        let Some(schema) = schema else {
            return Some(if sse {
                (Decode::EventsText, TypeRef::STRING)
            } else {
                (Decode::JsonLines, TypeRef::ANY)
            });
        };
        if sse && self.is_string(&schema) {
            return Some((Decode::EventsText, TypeRef::STRING));
        }
        let lowered = self.schema(&schema, hint, &schema_ptr, 1);
        let ty = lowered.ty.nullable(lowered.nullable);
        Some((
            if sse {
                Decode::EventsJson
            } else {
                Decode::JsonLines
            },
            ty,
        ))
    }

    /// Event streams that are not an operation's one success response (an error's, or one
    /// of several successes) are read whole, as text.
    pub(super) fn read_events_whole(&mut self, arms: &mut [ResponseArm], ptr: &str, success: bool) {
        for arm in arms.iter_mut().filter(|arm| arm.decode.is_events()) {
            if success {
                let message = format!(
                    "the `{}` response's events are read whole, as text: events are streamed only from an operation's one success response",
                    arm.status
                );
                self.diags.warn(ptr, message);
            }
            arm.decode = Decode::Text;
            arm.ty = Some(TypeRef::STRING);
        }
    }

    /// Whether a schema (behind `$ref`s) is a plain `type: string` (no binary or byte format).
    fn is_string(&self, schema: &ReferenceOr<Schema>) -> bool {
        let Some(schema) = self.resolved(schema) else {
            return false;
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                s.enumeration.is_empty()
                    && !matches!(s.format, openapiv3::VariantOrUnknownOrEmpty::Item(_))
            }
            _ => false,
        }
    }

    fn resolved<'s>(&'s self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.resolve_schema(reference).map(|(s, _)| s),
        }
    }

    /// Whether a schema (behind `$ref`s) is a `type: string, format: binary`.
    fn is_binary(&self, schema: &ReferenceOr<Schema>) -> bool {
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => match self.resolve_schema(reference) {
                Some((schema, _)) => schema,
                None => return false,
            },
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => matches!(
                s.format,
                openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
            ),
            SchemaKind::Any(any) => {
                any.typ.as_deref() == Some("string") && any.format.as_deref() == Some("binary")
            }
            _ => false,
        }
    }

    /// The Rust type of the envelope's data field, if `ty` is an envelope struct.
    fn envelope_data(&self, ty: &TypeRef, data: &str) -> Option<TypeRef> {
        let Some(TypeKind::Struct { fields, .. }) = &self.arena.slots[ty.named_id()?].kind else {
            return None;
        };
        let field = fields.iter().find(|f| f.wire_name == data)?;
        // The data is read by name from the JSON, not through the struct's field.
        Some(
            field
                .value_ty()
                .clone()
                .nullable(!field.required || field.nullable),
        )
    }
}

/// Where the load stage keeps a media type's OpenAPI 3.2 `itemSchema`.
const ITEM_SCHEMA: &str = "x-clientgen-item-schema";

/// The events of an operation: its one success response, when that is an event stream.
pub fn events_of(success: &[ResponseArm]) -> Option<Events> {
    let [arm] = success else { return None };
    let (format, data) = match arm.decode {
        Decode::EventsJson => (StreamFormat::ServerSentEvents, EventData::Json),
        Decode::EventsText => (StreamFormat::ServerSentEvents, EventData::Text),
        Decode::JsonLines => (StreamFormat::JsonLines, EventData::Json),
        _ => return None,
    };
    Some(Events {
        format,
        data,
        item_ty: arm.ty.clone()?,
    })
}

/// The media type to ask for: the spec's own, except that JSON documented under a wildcard
/// (`*/*`, `application/*`) is asked for as `application/json`, since it is decoded as JSON.
fn accept_media(media_type: &str) -> String {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    if body_kind(essence).0 == BodyKind::Json && essence.contains('*') {
        "application/json".to_string()
    } else {
        essence.to_string()
    }
}

/// The `Accept` header of an operation: every media type its responses are read as, in
/// order, or `None` when no response has a body.
pub fn accept_header(arms: &[&ResponseArm]) -> Option<String> {
    let mut types: Vec<&str> = Vec::new();
    for media in arms.iter().filter_map(|arm| arm.media_type.as_deref()) {
        if !types.contains(&media) {
            types.push(media);
        }
    }
    (!types.is_empty()).then(|| types.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_json_is_asked_for_as_json() {
        assert_eq!(accept_media("*/*"), "application/json");
        assert_eq!(
            accept_media("application/json; charset=utf-8"),
            "application/json"
        );
        assert_eq!(accept_media("image/*"), "image/*");
        assert_eq!(accept_media("text/xml"), "text/xml");
    }
}
