//! The render stage: fill the templates with the IR, then parse and pretty-print the Rust.
//!
//! Templates produce text; every `.rs` output is parsed with `syn` and printed with
//! `prettyplease`, so a template bug fails here, at generation time, never in a user's build.
//! `jobs` selects the templates each file is filled from, `pool` runs the jobs on every core,
//! `format` prints the Rust; `filters` (with `rust_type` and `pagination`) is all the Rust
//! the templates do not write themselves.

mod filters;
mod format;
mod jobs;
mod mock;
mod pagination;
mod pool;
mod reserves;
mod runtime;
pub mod rust_example;
pub mod rust_type;

pub use format::{format_code, format_rust};
pub use jobs::CodeSources;
pub use rust_type::{rust_arg, rust_type, Scope};

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use minijinja::Environment;

use crate::ir::{Api, Reserved};
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
    InvalidRust {
        template: String,
        file: String,
        message: String,
        excerpt: String,
    },
}

/// The template environment.
pub struct Renderer {
    env: Environment<'static>,
    /// The names the templates declare they use.
    reserved: Reserved,
    /// Runtime files, copied without their unit tests: `runtime/x.rs` → contents.
    runtime: Vec<(String, String)>,
}

impl Renderer {
    /// Built-in templates, with files from `overrides` replacing those of the same name.
    pub fn new(overrides: Option<&Path>) -> std::io::Result<Self> {
        let mut sources: BTreeMap<String, String> = builtin::TEMPLATES
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
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
        let mut reserved = Reserved::default();
        for (name, text) in sources {
            if name.ends_with(".j2") {
                reserves::read(&name, &text, &mut reserved)
                    .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
                env.add_template_owned(name.clone(), text).map_err(|e| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{name}: {e}"))
                })?;
            } else if runtime::is_copied(&name) {
                let source = runtime::without_tests(&text).map_err(|e| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{name}: {e}"))
                })?;
                runtime.push((name, source));
            }
        }
        Ok(Renderer {
            env,
            reserved,
            runtime,
        })
    }

    /// The names the templates use unqualified, by namespace: lowering must give no
    /// generated name one of them.
    pub fn reserved(&self) -> &Reserved {
        &self.reserved
    }

    /// Renders every file of the crate for `ir`, in three parallel phases: fill the code
    /// templates ([`Renderer::fill_code`]), format the Rust ([`format_code`]), then fill the
    /// docs, which quote the formatted examples ([`Renderer::finish`]).
    pub fn render(
        &self,
        ir: &Api,
        timings: &mut Timings,
    ) -> Result<BTreeMap<String, String>, RenderError> {
        let started = Instant::now();
        let code = self.fill_code(ir)?;
        timings.render = started.elapsed();

        let started = Instant::now();
        let formatted = format_code(&code)?;
        timings.format = started.elapsed();

        let started = Instant::now();
        let files = self.finish(ir, code, formatted)?;
        timings.render += started.elapsed();
        Ok(files)
    }

    pub(super) fn text(
        &self,
        template: &str,
        ctx: minijinja::Value,
    ) -> Result<String, RenderError> {
        self.env
            .get_template(template)
            .and_then(|t| t.render(ctx))
            .map_err(|e| RenderError::Template(template.to_string(), e))
    }
}
