//! The render stage: fill the templates with the IR, then parse and pretty-print the Rust.
//!
//! Templates produce text; every `.rs` output is parsed with `syn` and printed with
//! `prettyplease`, so a template bug fails here, at generation time, never in a user's build.

mod filters;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use minijinja::{context, Environment};

use crate::ir::Api;
use crate::Timings;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/templates.rs"));
}

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed to render.
    #[error("template `{0}` failed: {1:#}")]
    Template(String, minijinja::Error),
    /// A template produced Rust that does not parse.
    #[error("template `{template}` produced invalid Rust for `{file}`: {message}\n{excerpt}")]
    InvalidRust { template: String, file: String, message: String, excerpt: String },
}

/// The template environment.
pub struct Renderer {
    env: Environment<'static>,
    /// Runtime files, copied verbatim: `runtime/x.rs` → contents.
    runtime: Vec<(String, String)>,
}

impl Renderer {
    /// Built-in templates, with files from `overrides` replacing those of the same name.
    pub fn new(overrides: Option<&Path>) -> std::io::Result<Self> {
        let mut sources: BTreeMap<String, String> =
            builtin::TEMPLATES.iter().map(|(name, text)| (name.to_string(), text.to_string())).collect();
        if let Some(dir) = overrides {
            for name in crate::write::existing_files(dir)? {
                if name.ends_with(".j2") || name.ends_with(".rs") {
                    sources.insert(name.clone(), std::fs::read_to_string(dir.join(&name))?);
                }
            }
        }
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        filters::register(&mut env);
        let mut runtime = Vec::new();
        for (name, text) in sources {
            if name.ends_with(".j2") {
                env.add_template_owned(name.clone(), text)
                    .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{name}: {e}")))?;
            } else if name.starts_with("runtime/") {
                runtime.push((name, text));
            }
        }
        Ok(Renderer { env, runtime })
    }

    /// Renders every file of the crate for `api`.
    pub fn render(&self, ir: &Api, timings: &mut Timings) -> Result<BTreeMap<String, String>, RenderError> {
        let mut files = BTreeMap::new();
        let mut rust = Vec::new();
        let started = Instant::now();
        let text = |template: &str, ctx: minijinja::Value| -> Result<String, RenderError> {
            self.env
                .get_template(template)
                .and_then(|t| t.render(ctx))
                .map_err(|e| RenderError::Template(template.to_string(), e))
        };
        // Convert the IR once: `context!` would re-serialize the whole API for every page.
        let api_value = minijinja::Value::from_serialize(ir);
        let api = &api_value;
        files.insert("Cargo.toml".to_string(), text("Cargo.toml.j2", context! { api })?);
        // Examples are rendered and formatted first: the docs show their functions verbatim.
        let readme_examples = format_rust("docs/readme.rs.j2", "examples/readme.rs", &text("docs/readme.rs.j2", context! { api })?)?;
        let examples = snippets(&readme_examples);
        files.insert("README.md".to_string(), text("README.md.j2", context! { api, examples })?);
        files.insert("examples/readme.rs".to_string(), readme_examples);
        rust.push(("lib.rs.j2", "src/lib.rs".to_string(), text("lib.rs.j2", context! { api })?));
        rust.push(("types.rs.j2", "src/types.rs".to_string(), text("types.rs.j2", context! { api })?));
        rust.push(("apis.rs.j2", "src/apis/mod.rs".to_string(), text("apis.rs.j2", context! { api })?));
        for module in &ir.modules {
            let path = format!("src/apis/{}.rs", module.name);
            rust.push(("api.rs.j2", path, text("api.rs.j2", context! { api, module })?));
            let path = format!("examples/{}.rs", module.name);
            let source = format_rust("examples.rs.j2", &path, &text("examples.rs.j2", context! { api, module })?)?;
            let examples = snippets(&source);
            files.insert(path, source);
            let page = format!("docs/{}", module.docs_page);
            files.insert(page, text("docs/api.md.j2", context! { api, module, examples })?);
        }
        for ty in &ir.types {
            files.insert(format!("docs/models/{}.md", ty.name), text("docs/model.md.j2", context! { api, ty })?);
        }
        for (name, contents) in &self.runtime {
            files.insert(format!("src/{name}"), contents.clone());
        }
        timings.render = started.elapsed();

        let started = Instant::now();
        for (template, path, source) in rust {
            files.insert(path.clone(), format_rust(template, &path, &source)?);
        }
        timings.format = started.elapsed();
        Ok(files)
    }
}

/// The top-level functions of a formatted file, by name, cut from its text (so a docs page
/// shows exactly the compiled code), and its `use` items, without attributes, under `use`.
fn snippets(formatted: &str) -> BTreeMap<String, String> {
    use syn::spanned::Spanned;
    let mut out = BTreeMap::new();
    let Ok(file) = syn::parse_file(formatted) else { return out };
    let lines: Vec<&str> = formatted.lines().collect();
    let cut = |from: proc_macro2::Span, to: proc_macro2::Span| {
        let (first, last) = (from.start().line.max(1), to.end().line.min(lines.len()));
        lines.get(first - 1..last).map(|l| l.join("\n")).unwrap_or_default()
    };
    for item in &file.items {
        match item {
            syn::Item::Fn(f) => {
                out.insert(f.sig.ident.to_string(), cut(f.span(), f.block.brace_token.span.close()));
            }
            syn::Item::Use(u) => {
                let text = cut(u.use_token.span, u.semi_token.span);
                let all = out.entry("use".to_string()).or_insert_with(String::new);
                all.push_str(&text);
                all.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// Parses Rust source and prints it with prettyplease.
pub fn format_rust(template: &str, file: &str, source: &str) -> Result<String, RenderError> {
    let parsed = syn::parse_file(source).map_err(|e| {
        let line = e.span().start().line;
        let excerpt: String = source
            .lines()
            .enumerate()
            .skip(line.saturating_sub(4))
            .take(7)
            .map(|(n, l)| format!("{:>5} | {l}\n", n + 1))
            .collect();
        RenderError::InvalidRust { template: template.into(), file: file.into(), message: e.to_string(), excerpt }
    })?;
    Ok(separate_items(&prettyplease::unparse(&parsed)))
}

/// prettyplease prints items back to back; a blank line after each closing brace, `use`
/// block and inner doc block makes the output read like hand-written code.
fn separate_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    for line in code.lines() {
        let current = line.trim();
        let ends_item = previous == "}" || previous == "};" || (previous.starts_with("//!") && !current.starts_with("//!"))
            || (previous.starts_with("use ") && !current.starts_with("use "))
            || (previous.starts_with("pub type ") && previous.ends_with(';'))
            || (previous.starts_with("pub mod ") && previous.ends_with(';'));
        let closes = current.starts_with('}') || current.starts_with(')') || current.starts_with(']') || current.is_empty();
        if ends_item && !closes && !current.starts_with("else") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = current;
    }
    out
}
