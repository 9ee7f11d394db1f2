//! clientgen: turns OpenAPI documents into typed, ergonomic Rust client crates.
//!
//! The pipeline runs one way: [`load`] reads the document, [`lower`] turns it into the
//! [`ir`], [`render`] fills the templates and formats the Rust code, and [`write`] puts the
//! files on disk.

pub mod diag;
pub mod ir;
pub mod load;
pub mod lower;
pub mod render;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use diag::{Diagnostic, Fatal, Severity};

/// What to generate.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The crate name; derived from `info.title` when absent.
    pub crate_name: Option<String>,
    /// A folder of templates that override the built-in ones (same file names).
    pub templates: Option<PathBuf>,
}

/// Time spent in each stage.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Reading and parsing the document.
    pub load: Duration,
    /// Lowering to the IR.
    pub lower: Duration,
    /// Filling the templates.
    pub render: Duration,
    /// Parsing and pretty-printing the Rust code.
    pub format: Duration,
}

/// A generated crate, not yet written.
#[derive(Debug)]
pub struct Output {
    /// Relative path → file contents.
    pub files: BTreeMap<String, String>,
    /// Warnings found on the way.
    pub diagnostics: Vec<Diagnostic>,
    /// Time per stage.
    pub timings: Timings,
}

/// Lowers the spec at `spec` to the IR.
pub fn ir(spec: &Path, options: &Options) -> Result<(ir::Api, Vec<Diagnostic>), Fatal> {
    let mut diags = diag::Diagnostics::new(spec);
    let document = load::load_file(spec, &mut diags)?;
    let api = lower::lower(&document, options, &mut diags)?;
    Ok((api, diags.into_vec()))
}

/// Runs load, lower and render for the spec at `spec`.
pub fn generate(spec: &Path, options: &Options) -> Result<Output, Fatal> {
    let mut timings = Timings::default();
    let mut diags = diag::Diagnostics::new(spec);

    let started = Instant::now();
    let document = load::load_file(spec, &mut diags)?;
    timings.load = started.elapsed();

    let started = Instant::now();
    let api = lower::lower(&document, options, &mut diags)?;
    timings.lower = started.elapsed();

    let renderer = render::Renderer::new(options.templates.as_deref())
        .map_err(|e| diags.fatal("#", format!("cannot load templates: {e}")))?;
    let files = renderer.render(&api, &mut timings).map_err(|e| diags.fatal("#", e.to_string()))?;
    Ok(Output { files, diagnostics: diags.into_vec(), timings })
}
