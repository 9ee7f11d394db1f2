//! The program a user of the old crate wrote: from the old crate's IR, code that builds,
//! reads and matches every model, builds the client with every setter, and calls every
//! operation with every argument and setter, matching its errors. It is compiled against
//! the new crate, never run.

use std::fmt::Write;

use clientgen::ir::{Api, Field, Module, Operation, SchemeKind, TypeDef, TypeKind, TypeRef};
use clientgen::render::rust_type::{rust_arg, rust_type, Scope};

/// The program, as the source of an example of the crate.
pub fn program(api: &Api) -> String {
    let lib = api.crate_name.replace('-', "_");
    let mut out = String::from(
        "//! Code written against the old crate: it builds, reads and matches every model and\n\
         //! calls every operation. Compiled against the new crate, never run.\n\
         #![allow(unused, deprecated, unreachable_patterns, non_snake_case, clippy::all)]\n\n",
    );
    let _ = writeln!(out, "mod models {{\n    use {lib}::types::*;\n");
    for ty in &api.types {
        model_usage(&mut out, ty);
    }
    let server = if api.servers.is_empty() {
        ""
    } else {
        ", Server"
    };
    let _ = writeln!(
        out,
        "}}\n\nmod calls {{\n    use {lib}::{{apis, types, Client, Error{server}}};\n"
    );
    client(&mut out, api);
    for module in &api.modules {
        for op in &module.operations {
            call(&mut out, module, op);
        }
    }
    out.push_str("}\n\nfn main() {}\n");
    out
}

/// A type as `types.rs` spells it (the models module of the program imports all of them).
fn model(ty: &TypeRef) -> String {
    rust_type(ty, Scope::Models)
}

/// How a struct is built from its fields' values (each a parameter named after the field).
/// Builds the model the way code outside the crate must (models are `#[non_exhaustive]`):
/// `new` with the required fields, then every setter.
fn construct(name: &str, fields: &[Field], extra: Option<&Field>) -> String {
    let args: Vec<&str> = fields
        .iter()
        .filter(|f| f.setter.is_none())
        .map(|f| f.name.as_str())
        .collect();
    let mut out = format!("let mut built = {name}::new({});", args.join(", "));
    for f in fields {
        if let Some(setter) = &f.setter {
            let _ = write!(
                out,
                "\n        if let Some(value) = {} {{\n            built = built.{setter}(value);\n        }}",
                f.name
            );
        }
    }
    if let Some(setter) = extra.and_then(|f| f.setter.as_ref().map(|s| (f, s))) {
        let _ = write!(
            out,
            "\n        built = built.{}({});",
            setter.1, setter.0.name
        );
    }
    out.push_str("\n        built");
    out
}

fn model_usage(out: &mut String, ty: &TypeDef) {
    let name = &ty.name;
    match &ty.kind {
        TypeKind::Struct {
            fields,
            extra,
            default,
            ..
        } => {
            let _ = writeln!(out, "    pub fn read_{name}(value: &{name}) {{");
            for f in fields.iter().chain(extra.as_deref()) {
                let _ = writeln!(out, "        let _: &{} = &value.{};", model(&f.ty), f.name);
            }
            out.push_str("    }\n");
            let params: Vec<String> = fields
                .iter()
                .chain(extra.as_deref())
                .map(|f| format!("{}: {}", f.name, model(&f.ty)))
                .collect();
            let _ = writeln!(
                out,
                "    pub fn build_{name}({}) -> {name} {{\n        {}\n    }}",
                params.join(", "),
                construct(name, fields, extra.as_deref())
            );
            if *default {
                let _ = writeln!(
                    out,
                    "    pub fn default_{name}() -> {name} {{\n        {name}::default()\n    }}"
                );
            }
        }
        TypeKind::Enum { variants } => {
            let _ = writeln!(
                out,
                "    pub fn match_{name}(value: &{name}) -> &str {{\n        match value {{"
            );
            for v in variants {
                let _ = writeln!(out, "            {name}::{} => {:?},", v.name, v.wire);
            }
            let _ = writeln!(out, "            {name}::Unknown(other) => other,\n            _ => value.as_str(),\n        }}\n    }}");
            let _ = writeln!(out, "    pub fn parse_{name}(text: &str) -> {name} {{\n        {name}::from(text)\n    }}");
        }
        TypeKind::IntEnum { repr, consts } => {
            let repr = model(repr);
            let _ = writeln!(out, "    pub fn consts_{name}(value: {name}) -> {repr} {{");
            for c in consts {
                let _ = writeln!(out, "        let _: {name} = {name}::{};", c.name);
            }
            let _ = writeln!(out, "        value.0\n    }}");
        }
        TypeKind::Union { variants, .. } => {
            let _ = writeln!(
                out,
                "    pub fn match_{name}(value: &{name}) {{\n        match value {{"
            );
            for v in variants {
                let _ = writeln!(out, "            {name}::{}(inner) => {{\n                let _: &{} = inner;\n            }}", v.name, model(&v.ty));
            }
            let _ = writeln!(out, "            {name}::Other(json) => {{}}\n            _ => {{}}\n        }}\n    }}");
            for v in variants {
                let _ = writeln!(out, "    pub fn make_{name}_{}(inner: {}) -> {name} {{\n        {name}::{}(inner)\n    }}", v.name, model(&v.ty), v.name);
            }
        }
        TypeKind::Alias { target } => {
            let target = model(target);
            let _ = writeln!(
                out,
                "    pub fn alias_{name}(value: {name}) -> {target} {{\n        value\n    }}"
            );
        }
        TypeKind::Newtype { inner } => {
            let inner = model(inner);
            let _ = writeln!(out, "    pub fn newtype_{name}(value: {inner}) -> {inner} {{\n        {name}(value).0\n    }}");
        }
    }
}

/// The client, built with every setter the old crate has.
fn client(out: &mut String, api: &Api) {
    out.push_str("    pub fn client() -> Result<Client, Error> {\n        Client::builder()\n");
    for scheme in &api.security_schemes {
        let args = match scheme.kind {
            SchemeKind::Basic => "\"user\", \"password\"",
            SchemeKind::Bearer | SchemeKind::ApiKey => "\"secret\"",
        };
        let _ = writeln!(out, "            .{}({args})", scheme.setter);
    }
    if api.token_url.is_some() {
        out.push_str("            .client_credentials(\"id\", \"secret\")\n            .token_url(\"http://127.0.0.1:9/token\")\n");
    }
    if let Some(server) = api.servers.first() {
        let _ = writeln!(
            out,
            "            .server(server_{}({}))",
            server.variant,
            server
                .variables
                .iter()
                .map(|_| "String::new()")
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out.push_str("            .build()\n    }\n");
    for server in &api.servers {
        let params: Vec<String> = server
            .variables
            .iter()
            .map(|v| format!("{}: String", v.field))
            .collect();
        let fields: Vec<&str> = server.variables.iter().map(|v| v.field.as_str()).collect();
        let value = if fields.is_empty() {
            format!("Server::{}", server.variant)
        } else {
            format!("Server::{} {{ {} }}", server.variant, fields.join(", "))
        };
        let _ = writeln!(
            out,
            "    pub fn server_{}({}) -> Server {{\n        {value}\n    }}",
            server.variant,
            params.join(", ")
        );
    }
}

/// One operation called with every argument and setter, its result typed and its errors matched.
fn call(out: &mut String, module: &Module, op: &Operation) {
    let mut params = vec!["client: &Client".to_string()];
    let mut positional = Vec::new();
    let mut setters = String::new();
    for (index, p) in op.params.iter().enumerate() {
        params.push(format!("a{index}: {}", rust_arg(&p.ty, p.arg_into)));
        if p.positional {
            positional.push(format!("a{index}"));
        } else {
            let _ = write!(setters, ".{}(a{index})", p.name);
        }
    }
    if let Some(body) = &op.body {
        params.push(format!("body: {}", rust_arg(&body.ty, body.arg_into)));
        if body.required {
            positional.push("body".to_string());
        } else {
            setters.push_str(".body(body)");
        }
        for (index, alt) in body.alternatives.iter().enumerate() {
            params.push(format!("alt{index}: {}", rust_arg(&alt.ty, alt.arg_into)));
            let _ = write!(setters, ".{}(alt{index})", alt.setter);
        }
    }
    let errors = format!("apis::{}::{}", module.name, op.error_enum);
    let _ = writeln!(
        out,
        "    pub async fn call_{}_{}({}) {{\n        let request = client.{}().{}({}){setters};",
        module.name,
        op.method_name,
        params.join(", "),
        module.accessor,
        op.method_name,
        positional.join(", ")
    );
    if op.pagination.is_some() {
        out.push_str("        let pages = request.clone().pages();\n        let items = request.clone().into_stream();\n");
    }
    let _ = writeln!(
        out,
        "        let result: Result<{}, Error<{errors}>> = request.send().await;\n        if let Err(Error::Api(error)) = &result {{\n            match &error.body {{",
        rust_type(&op.return_ty, Scope::Api)
    );
    for arm in &op.errors {
        match &arm.ty {
            Some(ty) => {
                let ty = rust_type(ty, Scope::Api);
                let _ = writeln!(out, "                {errors}::{}(body) => {{\n                    let _: &{ty} = body;\n                }}", arm.variant);
            }
            None => {
                let _ = writeln!(out, "                {errors}::{} => {{}}", arm.variant);
            }
        }
    }
    out.push_str("                _ => {}\n            }\n        }\n    }\n");
}
