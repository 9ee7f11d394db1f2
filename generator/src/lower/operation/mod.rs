//! One operation: where it goes and what it is called (here), its parameters (`params`),
//! request body (`body`) and responses (`responses`); `modules` groups the operations.

mod body;
mod params;
mod responses;

use indexmap::IndexMap;
use openapiv3::{Operation, Parameter, ReferenceOr};

use super::extensions::{self, EnvelopeExt, PermissionsExt};
use super::naming::{self, Namespace};
use super::path_template::{self, PathTemplate};
use super::response_media::{accept_header, events_of};
use super::schema::{child, component_name};
use super::Cx;
use crate::ir::{Decode, Envelope, Operation as IrOperation, Permissions, SecurityScheme, TypeRef};

pub(super) use body::body_kind;

/// Positional arguments beyond this (plus `&self`) trip clippy's `too_many_arguments`.
const MAX_ARGS: usize = 6;

/// An operation where the document has it.
pub(super) struct Site<'d> {
    /// The path template as written (with any `#...` or `?...` suffix).
    pub path: &'d str,
    /// The HTTP method, lower case.
    pub method: &'d str,
    pub op: &'d Operation,
    /// The path item's own parameters, which the operation's override.
    pub path_params: &'d [ReferenceOr<Parameter>],
    /// JSON pointer of the operation.
    pub ptr: String,
}

/// The names taken in one API module: its methods (one per operation) and its items (the
/// module's struct, and each operation's builder and response enums).
pub(super) struct ModuleScope {
    pub methods: Namespace,
    pub items: Namespace,
}

impl Cx<'_> {
    /// Lowers one operation into the module whose names are `scope`; `None` when it is
    /// skipped (with a warning).
    pub(super) fn operation(
        &mut self,
        site: &Site<'_>,
        scope: &mut ModuleScope,
        schemes: &[SecurityScheme],
    ) -> Option<IrOperation> {
        let Site { op, ptr, .. } = site;
        let template = PathTemplate::parse(site.path);
        let template_params = match path_template::params(&template.path) {
            Ok(names) => template.with_query_vars(names),
            Err(message) => {
                self.diags
                    .warn(ptr, format!("operation skipped: {message}"));
                return None;
            }
        };
        for (pair, var) in &template.misplaced_vars {
            let message = format!(
                "the path's query pair `{pair}` puts a parameter where the query name goes; \
                 it is sent as `{var}=<value>`, and the `=...` of the template is dropped"
            );
            self.diags.warn(ptr, message);
        }
        let operation_id = self.operation_id(site);
        let base = naming::type_name(&operation_id);
        let method_name = scope.methods.claim(naming::snake_name(&operation_id));
        let builder_name = scope
            .items
            .claim(naming::type_name_with_suffix(&operation_id, "Request"));
        let error_enum = scope
            .items
            .claim(naming::type_name_with_suffix(&operation_id, "Error"));

        let mut fields = Namespace::with_reserved(&self.reserved.setters);
        let mut params = self.params(site, &template_params, &base, &mut fields);
        template.relocate(&mut params);
        let fixed_query = template.constant_query(&mut params);
        let body = self.body(op, &base, ptr, &mut fields);
        let envelope = self.envelope(op, ptr);
        let envelope_data = envelope.as_ref().map(|e| e.data.as_str());
        let (success, success_ty) = self.responses(op, &base, ptr, true, envelope_data);
        let (errors, _) = self.responses(op, &base, ptr, false, None);
        let success_enum = if success_ty.is_none() {
            Some(
                scope
                    .items
                    .claim(naming::type_name_with_suffix(&operation_id, "Response")),
            )
        } else {
            None
        };
        let return_ty = match (success_ty, &success_enum) {
            (Some(ty), _) => ty,
            (None, Some(name)) => TypeRef::ResponseEnum(name.clone()),
            (None, None) => TypeRef::Unit,
        };
        let events = events_of(&success);
        // An event stream has no envelope around it.
        let envelope = envelope.filter(|_| events.is_none());
        let pagination = match events {
            Some(_) => None,
            None => self.pagination(op, &params, &success, ptr),
        };
        let stream_response = success.iter().all(|arm| arm.decode == Decode::Bytes);
        let permissions = self.permissions(op, ptr);
        params.sort_by_key(|p| !p.positional);
        let positional = params.iter().filter(|p| p.positional).count()
            + usize::from(body.as_ref().is_some_and(|b| b.required));
        Some(IrOperation {
            operation_id,
            method_name,
            builder_name,
            http_method: super::extra_methods::wire_name(site.method),
            custom_method: super::extra_methods::is_custom(site.method),
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

    /// The operationId, or one derived from the method and path (with a warning); a
    /// duplicate is reported (its method gets a numbered name).
    fn operation_id(&mut self, site: &Site<'_>) -> String {
        let operation_id = match &site.op.operation_id {
            Some(id) if !id.trim().is_empty() => id.clone(),
            _ => {
                let derived = format!("{}_{}", site.method, site.path);
                self.diags.warn(
                    &site.ptr,
                    format!("no operationId; using `{}`", naming::snake_name(&derived)),
                );
                derived
            }
        };
        if !self.operation_ids.insert(operation_id.clone()) {
            self.diags.warn(
                child(&site.ptr, "operationId"),
                format!("duplicate operationId `{operation_id}`; the method gets a numbered name"),
            );
        }
        operation_id
    }

    fn permissions(&mut self, op: &Operation, ptr: &str) -> Option<Permissions> {
        match extensions::read::<PermissionsExt>(&op.extensions, "x-inin-requires-permissions") {
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

/// The operation of `method` in a path item.
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
