//! One operation: parameters, bodies, responses, pagination (`modules` groups them).

use indexmap::IndexMap;
use openapiv3::{
    MediaType, Operation, Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr,
    RequestBody, Response, Schema, StatusCode,
};

use super::extensions::{self, EnvelopeExt, PermissionsExt};
use super::naming::{self, Namespace};
use super::path_template::{self, PathTemplate};
use super::response_media::{accept_header, events_of, ResponseBody};
use super::schema::{child, component_name, Draft, Lowered};
use super::ty::{Ty, JSON_VALUE};
use super::Cx;
use crate::diag::pointer;
use crate::ir::{
    AltBody, Body, BodyKind, Decode, Envelope, MultipartPart, Operation as IrOperation, Param,
    ParamLocation, Permissions, ResponseArm, SecurityScheme,
};

/// Positional arguments beyond this (plus `&self`) trip clippy's `too_many_arguments`.
const MAX_ARGS: usize = 6;

impl Cx<'_> {
    /// Lowers one operation into a module whose names are `methods` and `items`; `None` when
    /// it is skipped (with a warning).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &Operation,
        path_params: &[ReferenceOr<Parameter>],
        schemes: &[SecurityScheme],
        ptr: &str,
        methods: &mut Namespace,
        items: &mut Namespace,
        seen_ids: &mut std::collections::HashSet<String>,
    ) -> Option<IrOperation> {
        let template = PathTemplate::parse(path);
        let template_params = match path_template::params(&template.path) {
            Ok(names) => template.with_query_vars(names),
            Err(message) => {
                self.diags
                    .warn(ptr, format!("operation skipped: {message}"));
                return None;
            }
        };
        let operation_id = match &op.operation_id {
            Some(id) if !id.trim().is_empty() => id.clone(),
            _ => {
                let derived = format!("{method}_{path}");
                self.diags.warn(
                    ptr,
                    format!("no operationId; using `{}`", naming::snake_name(&derived)),
                );
                derived
            }
        };
        if !seen_ids.insert(operation_id.clone()) {
            self.diags.warn(
                child(ptr, "operationId"),
                format!("duplicate operationId `{operation_id}`; the method gets a numbered name"),
            );
        }
        let base = naming::type_name(&operation_id);
        let method_name = methods.claim(naming::snake_name(&operation_id));
        let builder_name = items.claim(naming::type_name_with_suffix(&operation_id, "Request"));
        let error_enum = items.claim(naming::type_name_with_suffix(&operation_id, "Error"));

        let mut fields = Namespace::with_reserved(naming::RESERVED_SETTERS);
        let mut params = self.params(op, path_params, &template_params, &base, ptr, &mut fields);
        template.relocate(&mut params);
        let fixed_query = template.constant_query(&mut params);
        let body = self.body(op, &base, ptr, &mut fields);
        let envelope = self.envelope(op, ptr);
        let envelope_data = envelope.as_ref().map(|e| e.data.as_str());
        let (success, success_ty) = self.responses(op, &base, ptr, true, envelope_data);
        let (errors, _) = self.responses(op, &base, ptr, false, None);
        let success_enum = if success_ty.is_none() {
            Some(items.claim(naming::type_name_with_suffix(&operation_id, "Response")))
        } else {
            None
        };
        let return_ty = match (&success_ty, &success_enum) {
            (Some(ty), _) => ty.clone(),
            (None, Some(name)) => name.clone(),
            (None, None) => "()".to_string(),
        };
        let events = events_of(&success);
        // An event stream has no envelope around it.
        let envelope = envelope.filter(|_| events.is_none());
        let pagination = match events {
            Some(_) => None,
            None => self.pagination(op, &params, &success, ptr),
        };
        let stream_response = success.iter().all(|arm| arm.decode == Decode::Bytes);
        let permissions =
            match extensions::read::<PermissionsExt>(&op.extensions, "x-inin-requires-permissions")
            {
                Ok(p) => p
                    .filter(|p| !p.permissions.is_empty())
                    .map(|p| Permissions {
                        kind: p.kind,
                        list: p.permissions,
                    }),
                Err(message) => {
                    self.diags.warn(ptr, message);
                    None
                }
            };
        params.sort_by_key(|p| !p.positional);
        let positional = params.iter().filter(|p| p.positional).count()
            + usize::from(body.as_ref().is_some_and(|b| b.required));
        Some(IrOperation {
            operation_id,
            method_name,
            builder_name,
            http_method: super::extra_methods::wire_name(method),
            custom_method: super::extra_methods::is_custom(method),
            fixed_query,
            accept: accept_header(&success.iter().chain(&errors).collect::<Vec<_>>()),
            path: template.path,
            pointer: ptr.to_string(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            permissions,
            params,
            body,
            return_ty,
            success,
            success_enum,
            stream_response,
            events,
            error_enum,
            errors,
            envelope,
            pagination,
            security: self.security_of(op.security.as_ref(), schemes, ptr),
            many_args: positional > MAX_ARGS,
        })
    }

    fn params(
        &mut self,
        op: &Operation,
        path_level: &[ReferenceOr<Parameter>],
        template: &[String],
        base: &str,
        ptr: &str,
        fields: &mut Namespace,
    ) -> Vec<Param> {
        // Operation-level parameters override path-level ones with the same name and location.
        let mut merged: IndexMap<(String, &'static str), (Parameter, String)> = IndexMap::new();
        let item_ptr = ptr
            .rsplit_once('/')
            .map_or(ptr, |(head, _)| head)
            .to_string();
        for (list, list_ptr) in [
            (path_level, child(&item_ptr, "parameters")),
            (op.parameters.as_slice(), child(ptr, "parameters")),
        ] {
            let mut seen = std::collections::HashSet::new();
            for (index, param) in list.iter().enumerate() {
                let param_ptr = child(&list_ptr, &index.to_string());
                let Some(param) = self.resolve_param(param, &param_ptr) else {
                    continue;
                };
                let key = (
                    param.parameter_data_ref().name.clone(),
                    location_key(&param),
                );
                if !seen.insert(key.clone()) {
                    self.diags.warn(
                        &param_ptr,
                        format!("parameter `{}` is declared twice; the first is kept", key.0),
                    );
                    continue;
                }
                merged.insert(key, (param, param_ptr));
            }
        }
        let mut out = Vec::new();
        for ((name, _), (param, param_ptr)) in merged {
            let location = match &param {
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => ParamLocation::Header,
                Parameter::Cookie { .. } => ParamLocation::Cookie,
            };
            if location == ParamLocation::Path && !template.contains(&name) {
                self.diags.warn(
                    &param_ptr,
                    format!("path parameter `{name}` is not in the path template; ignored"),
                );
                continue;
            }
            if location == ParamLocation::Header
                && ["accept", "content-type", "authorization"]
                    .contains(&name.to_ascii_lowercase().as_str())
            {
                self.diags.warn(
                    &param_ptr,
                    format!("header parameter `{name}` is managed by the client; ignored"),
                );
                continue;
            }
            if let Parameter::Path {
                style: style @ (PathStyle::Label | PathStyle::Matrix),
                ..
            } = &param
            {
                let style = format!("{style:?}").to_ascii_lowercase();
                self.diags.warn(&param_ptr, format!("path parameter `{name}` has style `{style}`, which is not supported; it is sent in `simple` style"));
            }
            out.push(self.param(&param, location, base, &param_ptr, fields));
        }
        for name in template {
            if !out
                .iter()
                .any(|p| p.location == ParamLocation::Path && &p.wire_name == name)
            {
                self.diags.warn(
                    ptr,
                    format!("path parameter `{name}` is not declared; it is taken as a string"),
                );
                let field = fields.claim(setter_name(name));
                out.push(Param {
                    name: field,
                    wire_name: name.clone(),
                    location: ParamLocation::Path,
                    ty: "String".into(),
                    arg_ty: "impl Into<String>".into(),
                    arg_into: true,
                    positional: true,
                    required: true,
                    style: String::new(),
                    doc: None,
                    deprecated: false,
                    default: None,
                    allowed: Vec::new(),
                    spec_example: None,
                    constraints: Default::default(),
                    example: String::new(),
                });
            }
        }
        // Path parameters come in template order.
        out.sort_by_key(|p| match p.location {
            ParamLocation::Path => template.iter().position(|t| *t == p.wire_name).unwrap_or(0),
            _ => usize::MAX,
        });
        out
    }

    fn resolve_param(&mut self, param: &ReferenceOr<Parameter>, ptr: &str) -> Option<Parameter> {
        let resolved = resolve_ref(
            param,
            ("parameters", "parameter"),
            |c| &c.parameters,
            self.doc,
        );
        resolved
            .map_err(|problem| self.diags.warn(ptr, format!("{problem}; ignored")))
            .ok()
    }

    fn param(
        &mut self,
        param: &Parameter,
        location: ParamLocation,
        base: &str,
        ptr: &str,
        fields: &mut Namespace,
    ) -> Param {
        let data = param.parameter_data_ref();
        let hint = format!("{base}{}", naming::type_name(&data.name));
        let (lowered, schema) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => (
                self.schema(schema, &hint, &child(ptr, "schema"), 1),
                schema.as_item(),
            ),
            // The runtime encodes values by style rules only; a `content` parameter is sent as
            // the text the caller serialized (JSON, ...), untouched.
            ParameterSchemaOrContent::Content(content) => {
                let media = content.keys().next().map_or("", String::as_str);
                self.diags.warn(
                    ptr,
                    format!(
                        "parameter `{}` is `{media}` content; it is taken as the serialized text",
                        data.name
                    ),
                );
                let schema = content
                    .values()
                    .find_map(|m| m.schema.as_ref())
                    .and_then(ReferenceOr::as_item);
                (
                    Lowered {
                        ty: Ty::Prim("String"),
                        nullable: false,
                        base64: false,
                    },
                    schema,
                )
            }
        };
        let ty = self.render(&lowered.ty);
        let (arg_ty, arg_into) = argument(&ty);
        let style = match param {
            Parameter::Query { style, .. } => {
                let explode = data.explode.unwrap_or(matches!(style, QueryStyle::Form));
                match style {
                    QueryStyle::Form => format!("Form {{ explode: {explode} }}"),
                    QueryStyle::SpaceDelimited => "SpaceDelimited".into(),
                    QueryStyle::PipeDelimited => "PipeDelimited".into(),
                    QueryStyle::DeepObject => "DeepObject".into(),
                }
            }
            _ => String::new(),
        };
        let required = data.required || location == ParamLocation::Path;
        Param {
            name: fields.claim(setter_name(&data.name)),
            wire_name: data.name.clone(),
            location,
            ty,
            arg_ty,
            arg_into,
            positional: required,
            required,
            style,
            // Some specs (Spotify's) describe a parameter in its schema only.
            doc: data
                .description
                .clone()
                .or_else(|| schema.and_then(|s| s.schema_data.description.clone()))
                .filter(|d| !d.trim().is_empty()),
            deprecated: data.deprecated.unwrap_or(false),
            default: schema
                .and_then(|s| s.schema_data.default.as_ref())
                .map(|v| v.to_string()),
            allowed: schema.map(allowed_values).unwrap_or_default(),
            spec_example: data
                .example
                .as_ref()
                .or_else(|| {
                    data.examples
                        .values()
                        .find_map(|e| e.as_item().and_then(|e| e.value.as_ref()))
                })
                .or_else(|| schema.and_then(|s| s.schema_data.example.as_ref()))
                .map(|v| v.to_string()),
            constraints: match &data.format {
                ParameterSchemaOrContent::Schema(schema) => self.constraints(schema),
                ParameterSchemaOrContent::Content(_) => Default::default(),
            },
            example: String::new(),
        }
    }

    fn body(
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
                ("String".to_string(), Vec::new())
            }
            BodyKind::Text => ("String".to_string(), Vec::new()),
            BodyKind::Bytes => (BINARY_BODY.to_string(), Vec::new()),
            BodyKind::Json | BodyKind::Form | BodyKind::Multipart => {
                self.binary_as_file = kind == BodyKind::Multipart;
                let lowered = match &primary.schema {
                    Some(schema) => self.schema(schema, &hint, &child(&content_ptr, "schema"), 1),
                    None => Lowered {
                        ty: JSON_VALUE,
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
                (self.render(&lowered.ty), parts)
            }
        };
        if kind == BodyKind::Multipart && parts.is_empty() {
            self.diags.warn(
                &content_ptr,
                "multipart body is not an object schema; it is sent as one JSON part named `body`",
            );
        }
        let (arg_ty, arg_into) = argument(&ty);
        let mut setters = Namespace::default();
        let alternatives = media
            .iter()
            .skip(1)
            .filter_map(|(name, _)| {
                let (kind, _) = body_kind(name);
                let (setter, arg_ty) = match kind {
                    BodyKind::Text => ("text_body", "impl Into<String>"),
                    BodyKind::Bytes => ("bytes_body", "impl Into<crate::BinaryBody>"),
                    BodyKind::Json => ("json_body", "serde_json::Value"),
                    BodyKind::Form | BodyKind::Multipart => return None,
                };
                if setters.contains(setter) {
                    return None;
                }
                Some(AltBody {
                    setter: fields.claim(setters.claim(setter.to_string())),
                    kind,
                    content_type: sent_content_type(kind, name),
                    arg_ty: arg_ty.to_string(),
                })
            })
            .collect();
        Some(Body {
            kind,
            content_type: sent_content_type(kind, primary_type),
            ty,
            arg_ty,
            arg_into,
            required: body.required,
            doc: body.description.clone(),
            parts,
            alternatives,
            example: String::new(),
        })
    }

    fn multipart_parts(&self, ty: &Ty) -> Vec<MultipartPart> {
        let Ty::Named(id) = ty else { return Vec::new() };
        let Draft::Struct { fields, .. } = &self.arena.slots[*id].draft else {
            return Vec::new();
        };
        fields
            .iter()
            .map(|f| MultipartPart {
                field: f.name.clone(),
                wire_name: f.wire_name.clone(),
                file: f.ty == Ty::Prim(super::schema::FILE_PART),
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

    fn resolve_response(
        &mut self,
        response: &ReferenceOr<Response>,
        ptr: &str,
    ) -> Option<Response> {
        match resolve_ref(
            response,
            ("responses", "response"),
            |c| &c.responses,
            self.doc,
        ) {
            Ok(response) => Some(response),
            Err(problem) => {
                self.diags
                    .warn(ptr, format!("{problem}; treated as no content"));
                Some(Response::default())
            }
        }
    }

    fn envelope(&mut self, op: &Operation, ptr: &str) -> Option<Envelope> {
        let read = |ext: &IndexMap<String, serde_json::Value>| {
            extensions::read::<EnvelopeExt>(ext, "x-envelope")
        };
        match read(&op.extensions).and_then(|e| match e {
            Some(e) => Ok(Some(e)),
            None => read(&self.doc.extensions),
        }) {
            Ok(envelope) => envelope.map(|e| Envelope {
                data: e.data,
                success: e.success,
                errors: e.errors,
            }),
            Err(message) => {
                self.diags.warn(ptr, message);
                None
            }
        }
    }

    /// The success (or error) arms of an operation, and the single success type when there is one.
    fn responses(
        &mut self,
        op: &Operation,
        base: &str,
        ptr: &str,
        success: bool,
        envelope: Option<&str>,
    ) -> (Vec<ResponseArm>, Option<String>) {
        let responses_ptr = child(ptr, "responses");
        let has_success = op.responses.responses.keys().any(is_success);
        let mut arms: Vec<(u8, ResponseArm)> = Vec::new();
        let mut entries: Vec<(Option<&StatusCode>, &ReferenceOr<Response>)> = op
            .responses
            .responses
            .iter()
            .map(|(s, r)| (Some(s), r))
            .collect();
        if let Some(default) = &op.responses.default {
            entries.push((None, default));
        }
        let mut variants = Namespace::default();
        let success_count = entries
            .iter()
            .filter(|(s, _)| s.map_or(!has_success, is_success))
            .count();
        let codes: Vec<u16> = entries
            .iter()
            .filter_map(|(s, _)| match s {
                Some(StatusCode::Code(code)) => Some(*code),
                _ => None,
            })
            .collect();
        for (status, response) in entries {
            let wanted = match status {
                Some(status) => is_success(status) == success,
                None => has_success != success,
            };
            if !wanted {
                continue;
            }
            let status_text = status.map_or_else(|| "default".to_string(), ToString::to_string);
            let arm_ptr = child(&responses_ptr, &status_text);
            let shared = shared_response_name(response);
            let Some(response) = self.resolve_response(response, &arm_ptr) else {
                continue;
            };
            let (order, pattern) = match status {
                Some(StatusCode::Code(code)) => (0, code.to_string()),
                Some(StatusCode::Range(n)) => (1, range_pattern(*n, &codes)),
                None if success => (2, "200..=299".to_string()),
                None => (2, "_".to_string()),
            };
            let hint = match (&shared, success, success_count) {
                // A `components/responses` entry is named after it wherever it is used.
                (Some(name), _, _) => naming::shared_response_type_name(name),
                (None, true, 1) => format!("{base}Response"),
                // Converted as one name by the arena: `GetJobError409`, not `GetJobErrorN409`.
                (None, true, _) => format!("{base}Response {status_text}"),
                (None, false, _) => format!("{base}Error {status_text}"),
            };
            let body_ptr = shared.as_ref().map_or_else(
                || arm_ptr.clone(),
                |name| pointer(["components", "responses", name.as_str()]),
            );
            let ResponseBody {
                decode,
                mut ty,
                media_type,
            } = self.response_body(
                status,
                &response,
                &hint,
                &body_ptr,
                envelope,
                shared.as_deref(),
            );
            if success && decode == Decode::Bytes {
                // Downloads are handed over as they arrive; error bodies stay in memory.
                ty = Some(BYTE_STREAM.to_string());
            }
            let variant = variants.claim(status_variant(status));
            arms.push((
                order,
                ResponseArm {
                    pattern,
                    status: status_text,
                    variant,
                    ty,
                    decode,
                    media_type,
                    doc: Some(response.description.clone()).filter(|d| !d.is_empty()),
                },
            ));
        }
        arms.sort_by_key(|(order, _)| *order);
        let arms: Vec<ResponseArm> = arms.into_iter().map(|(_, arm)| arm).collect();
        if success && arms.is_empty() {
            let arm = ResponseArm {
                pattern: "200..=299".into(),
                status: "2XX".into(),
                variant: "Ok".into(),
                ty: None,
                decode: Decode::Empty,
                media_type: None,
                doc: None,
            };
            return (vec![arm], Some("()".into()));
        }
        let mut arms = arms;
        if !success || arms.len() > 1 {
            self.read_events_whole(&mut arms, ptr, success);
        }
        let mut types = arms
            .iter()
            .map(|a| a.ty.clone().unwrap_or_else(|| "()".into()));
        let first = types.next();
        let single = match first {
            Some(first) if types.all(|t| t == first) => Some(first),
            _ => None,
        };
        (arms, single)
    }

    /// The type of the shared response `name`'s body: a type of its own, named after the
    /// response (`Unauthorized` → `UnauthorizedResponse`), even when another response has the
    /// same schema, so each operation's docs name the response it documents.
    pub(super) fn shared_response_schema(
        &mut self,
        name: &str,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        ptr: &str,
    ) -> Lowered {
        if let Some(lowered) = self.shared_responses.get(name) {
            return lowered.clone();
        }
        let lowered = self.own_schema(schema, hint, ptr);
        self.shared_responses
            .insert(name.to_string(), lowered.clone());
        lowered
    }

    /// A type as written in the API modules.
    pub fn render(&self, ty: &Ty) -> String {
        render_with(ty, &self.arena.slots)
    }
}

fn render_with(ty: &Ty, slots: &[super::schema::Slot]) -> String {
    ty.render_by(&|id| format!("types::{}", slots[id].name), &|prim| {
        prim.replace("crate::runtime::", "runtime::")
    })
}

/// Follows a chain of `$ref`s into one components section (`parameters`, `requestBodies`,
/// `responses`); the error says why it found nothing.
fn resolve_ref<T: Clone>(
    item: &ReferenceOr<T>,
    (section, what): (&str, &str),
    entries: fn(&openapiv3::Components) -> &IndexMap<String, ReferenceOr<T>>,
    doc: &openapiv3::OpenAPI,
) -> Result<T, String> {
    let mut current = item;
    for _ in 0..16 {
        match current {
            ReferenceOr::Item(item) => return Ok(item.clone()),
            ReferenceOr::Reference { reference } => {
                let target = component_name(reference, section)
                    .and_then(|name| entries(doc.components.as_ref()?).get(&name));
                current =
                    target.ok_or_else(|| format!("`$ref: {reference}` points to no {what}"))?;
            }
        }
    }
    Err(format!("{what} `$ref`s form a cycle"))
}

/// The `components/responses` entry a response refers to, if it is a `$ref` to one.
fn shared_response_name(response: &ReferenceOr<Response>) -> Option<String> {
    match response {
        ReferenceOr::Reference { reference } => component_name(reference, "responses"),
        ReferenceOr::Item(_) => None,
    }
}

pub(super) fn operation_of<'o>(
    item: &'o openapiv3::PathItem,
    method: &str,
) -> Option<&'o Operation> {
    match method {
        "get" => item.get.as_ref(),
        "put" => item.put.as_ref(),
        "post" => item.post.as_ref(),
        "delete" => item.delete.as_ref(),
        "options" => item.options.as_ref(),
        "head" => item.head.as_ref(),
        "patch" => item.patch.as_ref(),
        "trace" => item.trace.as_ref(),
        _ => None,
    }
}

fn location_key(param: &Parameter) -> &'static str {
    match param {
        Parameter::Path { .. } => "path",
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// Setter names avoid clippy's `wrong_self_convention` prefixes for methods taking `self`.
fn setter_name(wire: &str) -> String {
    let name = naming::snake_name(wire);
    if ["as_", "from_", "is_", "to_"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        format!("set_{name}")
    } else {
        name
    }
}

/// A binary request body: bytes or a stream (`runtime/binary.rs`).
pub const BINARY_BODY: &str = "crate::BinaryBody";

/// A binary success response, read as it arrives (`runtime/binary.rs`).
pub const BYTE_STREAM: &str = "crate::ByteStream";

/// How a value of type `ty` is taken as an argument.
fn argument(ty: &str) -> (String, bool) {
    match ty {
        "String" => ("impl Into<String>".into(), true),
        BINARY_BODY => (format!("impl Into<{BINARY_BODY}>"), true),
        _ => (ty.to_string(), false),
    }
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
pub(super) fn body_kind(media_type: &str) -> (BodyKind, u8) {
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

/// The pattern for the status range `n`XX without the codes that have arms of their own, so
/// no match arms overlap (clippy's `match_overlapping_arm`): `4XX` with `404` → `400..=403 | 405..=499`.
fn range_pattern(n: u16, codes: &[u16]) -> String {
    let span = |from: u16, to: u16| {
        if from == to {
            from.to_string()
        } else {
            format!("{from}..={to}")
        }
    };
    let (mut parts, mut from, last) = (Vec::new(), n * 100, n * 100 + 99);
    for code in (from..=last).filter(|code| codes.contains(code)) {
        if code > from {
            parts.push(span(from, code - 1));
        }
        from = code + 1;
    }
    if from <= last {
        parts.push(span(from, last));
    }
    if parts.is_empty() {
        span(n * 100, last)
    } else {
        parts.join(" | ")
    }
}

fn is_success(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => *code < 400,
        StatusCode::Range(n) => *n < 4,
    }
}

fn status_variant(status: Option<&StatusCode>) -> String {
    let name = match status {
        None => "Default",
        Some(StatusCode::Range(4)) => "ClientError",
        Some(StatusCode::Range(5)) => "ServerError",
        Some(StatusCode::Range(n)) => return format!("Status{n}xx"),
        Some(StatusCode::Code(code)) => match code {
            200 => "Ok",
            201 => "Created",
            202 => "Accepted",
            204 => "NoContent",
            400 => "BadRequest",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "NotFound",
            405 => "MethodNotAllowed",
            406 => "NotAcceptable",
            408 => "RequestTimeout",
            409 => "Conflict",
            410 => "Gone",
            412 => "PreconditionFailed",
            413 => "PayloadTooLarge",
            415 => "UnsupportedMediaType",
            422 => "UnprocessableEntity",
            429 => "TooManyRequests",
            500 => "InternalServerError",
            501 => "NotImplemented",
            502 => "BadGateway",
            503 => "ServiceUnavailable",
            504 => "GatewayTimeout",
            code => return format!("Status{code}"),
        },
    };
    name.to_string()
}

fn allowed_values(schema: &Schema) -> Vec<String> {
    match &schema.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) => {
            s.enumeration.iter().flatten().cloned().collect()
        }
        openapiv3::SchemaKind::Type(openapiv3::Type::Integer(i)) => i
            .enumeration
            .iter()
            .flatten()
            .map(ToString::to_string)
            .collect(),
        openapiv3::SchemaKind::Type(openapiv3::Type::Array(a)) => match &a.items {
            Some(ReferenceOr::Item(items)) => allowed_values(items),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_responses_are_found_by_their_ref() {
        let reference = ReferenceOr::Reference {
            reference: "#/components/responses/Unauthorized".to_string(),
        };
        assert_eq!(
            shared_response_name(&reference).as_deref(),
            Some("Unauthorized")
        );
        assert_eq!(
            shared_response_name(&ReferenceOr::Item(Response::default())),
            None
        );
    }

    #[test]
    fn range_patterns_leave_out_listed_codes() {
        assert_eq!(range_pattern(4, &[]), "400..=499");
        assert_eq!(
            range_pattern(4, &[200, 400, 404, 405]),
            "401..=403 | 406..=499"
        );
        assert_eq!(range_pattern(5, &[599]), "500..=598");
    }
}
