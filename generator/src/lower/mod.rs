//! The lower stage: `openapiv3::OpenAPI` → [`ir::Api`](crate::ir::Api).
//!
//! `schema` builds the type arena, `modules` groups the operations that `operation` lowers, `security`
//! and `extensions` read the rest, and `finish` breaks cycles and prints the types.

mod access;
mod constraints;
mod enums;
mod example;
mod extensions;
mod extra_methods;
mod features;
mod finish;
mod loose_schemas;
mod mock;
mod modules;
pub mod naming;
mod operation;
mod pagination;
mod path_template;
mod pattern_example;
mod response_media;
mod schema;
mod schema_docs;
mod security;
mod servers;
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
    arena: schema::Arena,
    /// Set while lowering a multipart body: `format: binary` strings become file parts.
    binary_as_file: bool,
    /// Set when a limit was hit; lowering stops with this error.
    exceeded: Option<Fatal>,
    /// The body type of each `components/responses` entry lowered so far, by its name.
    shared_responses: std::collections::HashMap<String, schema::Lowered>,
}

/// Lowers a parsed document to the IR.
pub fn lower(doc: &OpenAPI, options: &Options, diags: &mut Diagnostics) -> Result<ir::Api, Fatal> {
    let mut cx = Cx {
        doc,
        diags,
        arena: schema::Arena::new(),
        binary_as_file: false,
        exceeded: None,
        shared_responses: Default::default(),
    };
    cx.lower_components();
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
    let types = finish::types(&mut cx.arena);

    let info = &doc.info;
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| crate_name(&info.title));
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
        crate_name,
        version: semver::Version::parse(&info.version)
            .map_or_else(|_| "0.1.0".to_string(), |v| v.to_string()),
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
        lib_name: String::new(),
        model_links: Default::default(),
        examples: Default::default(),
        other_models_feature: None,
        crate_path: String::new(),
        mock: Default::default(),
    };
    api.crate_path = options
        .crate_path
        .clone()
        .unwrap_or_else(|| format!("../{}", api.crate_name));
    example::annotate(&mut api);
    features::gate_types(&mut api);
    mock::annotate(&mut api);
    Ok(api)
}

/// A Cargo package name from a title: `Genesys Cloud API` → `genesys-cloud-api`.
fn crate_name(title: &str) -> String {
    let name = naming::snake_name(title)
        .trim_end_matches('_')
        .replace('_', "-");
    if name.is_empty() || name == "unnamed" {
        "api-client".to_string()
    } else if naming::is_reserved_crate_name(&name) {
        format!("{name}-client")
    } else {
        name
    }
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
