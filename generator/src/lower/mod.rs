//! The lower stage: `openapiv3::OpenAPI` → [`ir::Api`](crate::ir::Api).
//!
//! `schema` builds the type arena (`object` and `union_tags` the structs and unions),
//! `modules` groups the operations that `operation` lowers, `security` and `extensions` read
//! the rest, `finish` breaks cycles and gates the types by feature, and `example` chooses what
//! the docs and examples show. Every name comes from `naming`.

mod access;
mod aws_query;
mod constraints;
mod enums;
mod example;
mod example_value;
mod extensions;
mod extra_methods;
mod features;
mod finish;
mod loose_schemas;
mod mock;
mod model_api;
mod modules;
pub mod naming;
mod object;
mod operation;
mod pagination;
mod path_template;
mod pattern_example;
mod required_cycles;
mod response_media;
mod schema;
mod schema_docs;
mod security;
mod servers;
mod simple_schema;
mod tuple;
mod ty;
mod union_tags;
mod valid_example;

use openapiv3::OpenAPI;

use crate::diag::{Diagnostics, Fatal};
use crate::ir;
use crate::Options;

/// More named types than this are refused: no real API needs them, and each costs a page of docs.
pub const MAX_TYPES: usize = 50_000;

/// The IR (as JSON) may not grow past this. A `$ref` lets one long text be copied into every
/// operation that uses it, so the size is counted while the operations are lowered.
pub const MAX_IR_BYTES: usize = 128 * 1024 * 1024;

/// The state of one lowering run.
pub struct Cx<'a> {
    doc: &'a OpenAPI,
    diags: &'a mut Diagnostics,
    /// The names the templates use, by namespace.
    reserved: &'a ir::Reserved,
    arena: schema::Arena,
    /// Set while lowering a multipart body: `format: binary` strings become file parts.
    binary_as_file: bool,
    /// Set when a limit was hit; lowering stops with this error.
    exceeded: Option<Fatal>,
    /// The body type of each `components/responses` entry lowered so far, by its name.
    shared_responses: std::collections::HashMap<String, schema::Lowered>,
    /// The operationIds seen so far, to report duplicates.
    operation_ids: std::collections::HashSet<String>,
}

/// Lowers a parsed document to the IR, with no generated name taking one of `reserved`.
pub fn lower(
    doc: &OpenAPI,
    options: &Options,
    reserved: &ir::Reserved,
    diags: &mut Diagnostics,
) -> Result<ir::Api, Fatal> {
    let mut cx = Cx {
        doc,
        diags,
        reserved,
        arena: schema::Arena::new(&reserved.models),
        binary_as_file: false,
        exceeded: None,
        shared_responses: Default::default(),
        operation_ids: Default::default(),
    };
    cx.lower_components();
    required_cycles::loosen(&mut cx.arena, cx.diags);
    let security_schemes = cx.security_schemes();
    let modules = cx.modules(&security_schemes, options.group_by);
    if let Some(fatal) = cx.exceeded.take() {
        return Err(fatal);
    }
    if cx.arena.slots.len() > MAX_TYPES {
        let message = format!(
            "the document needs {} named types; the limit is {MAX_TYPES}",
            cx.arena.slots.len()
        );
        return Err(cx.diags.fatal("#/components/schemas", message));
    }
    let (types, other_models_feature) = finish::types(&mut cx.arena, &modules);

    let info = &doc.info;
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| naming::crate_name(&info.title));
    let servers = servers::servers(doc);
    let base_url = servers
        .first()
        .map_or_else(|| "http://localhost".to_string(), |s| s.url.clone());
    let description_line = info
        .description
        .as_deref()
        .and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()))
        .map_or_else(
            || format!("Rust client for {}", info.title),
            |l| l.chars().take(200).collect(),
        );
    let has_envelope = modules
        .iter()
        .flat_map(|m| &m.operations)
        .any(|op| op.envelope.is_some());
    let token_url = security_schemes
        .iter()
        .find_map(|s| s.client_credentials_url.clone());
    let mut api = ir::Api {
        version: crate_version(options.version.as_deref(), &info.version),
        api_version: info.version.clone(),
        title: info.title.clone(),
        description: info.description.clone(),
        description_line,
        base_url,
        servers,
        security_schemes,
        token_url,
        types,
        modules,
        has_envelope,
        lib_name: naming::lib_name(&crate_name),
        examples: Default::default(),
        other_models_feature,
        crate_path: options
            .crate_path
            .clone()
            .unwrap_or_else(|| format!("../{crate_name}")),
        crate_name,
        mock: Default::default(),
    };
    example::annotate(&mut api);
    mock::annotate(&mut api);
    Ok(api)
}

/// The crate version: the one asked for, else `info.version` when it is semver, else `0.1.0`.
fn crate_version(asked: Option<&str>, info_version: &str) -> String {
    asked
        .into_iter()
        .chain([info_version])
        .find_map(|v| semver::Version::parse(v).ok())
        .map_or_else(|| "0.1.0".to_string(), |v| v.to_string())
}

/// The length of `value` as JSON, without building the text.
pub fn json_len<T: serde::Serialize>(value: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 = self.0.saturating_add(buf.len());
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    // Serializing the IR cannot fail (string keys only); a failure counts as too large.
    match serde_json::to_writer(&mut count, value) {
        Ok(()) => count.0,
        Err(_) => usize::MAX,
    }
}
