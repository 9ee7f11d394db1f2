//! The lower stage: `openapiv3::OpenAPI` → [`ir::Api`](crate::ir::Api).
//!
//! `schema` builds the type arena, `operation` turns path items into operations, `security`
//! and `extensions` read the rest, and `finish` breaks cycles and prints the types.

mod example;
mod extensions;
mod finish;
pub mod naming;
mod operation;
mod schema;
mod security;
mod ty;

use openapiv3::OpenAPI;

use crate::diag::{Diagnostics, Fatal};
use crate::ir;
use crate::Options;

/// The state of one lowering run.
pub struct Cx<'a> {
    doc: &'a OpenAPI,
    diags: &'a mut Diagnostics,
    arena: schema::Arena,
    /// Set while lowering a multipart body: `format: binary` strings become file parts.
    binary_as_file: bool,
}

/// Lowers a parsed document to the IR.
pub fn lower(doc: &OpenAPI, options: &Options, diags: &mut Diagnostics) -> Result<ir::Api, Fatal> {
    let mut cx = Cx { doc, diags, arena: schema::Arena::new(), binary_as_file: false };
    cx.lower_components();
    let security_schemes = cx.security_schemes();
    let modules = cx.modules(&security_schemes);
    let types = finish::types(&mut cx.arena);

    let info = &doc.info;
    let crate_name = options.crate_name.clone().unwrap_or_else(|| crate_name(&info.title));
    let servers: Vec<ir::Server> = doc
        .servers
        .iter()
        .map(|s| ir::Server { url: server_url(s), description: s.description.clone() })
        .collect();
    let base_url = servers.first().map_or_else(|| "http://localhost".to_string(), |s| s.url.clone());
    let description_line = info
        .description
        .as_deref()
        .and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()))
        .map_or_else(|| format!("Rust client for {}", info.title), |l| l.chars().take(200).collect());
    let mut api = ir::Api {
        crate_name,
        version: semver::Version::parse(&info.version).map_or_else(|_| "0.1.0".to_string(), |v| v.to_string()),
        api_version: info.version.clone(),
        title: info.title.clone(),
        description: info.description.clone(),
        description_line,
        base_url,
        servers,
        security_schemes,
        types,
        modules,
        lib_name: String::new(),
        model_links: Default::default(),
        examples: Default::default(),
    };
    example::annotate(&mut api);
    Ok(api)
}

/// A Cargo package name from a title: `Genesys Cloud API` → `genesys-cloud-api`.
fn crate_name(title: &str) -> String {
    let name = naming::snake_name(title).trim_end_matches('_').replace('_', "-");
    if name.is_empty() || name == "unnamed" {
        "api-client".to_string()
    } else {
        name
    }
}

/// A server URL with its variables replaced by their defaults; relative URLs stay relative.
fn server_url(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    if let Some(variables) = &server.variables {
        for (name, variable) in variables {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
    }
    url.trim_end_matches('/').to_string()
}
