//! clientgen: turns OpenAPI documents into typed, ergonomic Rust client crates.
//!
//! The pipeline runs one way: [`load`] reads the document, [`lower`] turns it into the
//! [`ir`], [`render`] fills the templates and formats the Rust code, and [`write`] puts the
//! files on disk. [`check`] compares them with the disk instead, as a [`diff`].

pub mod check;
pub mod crate_name;
pub mod diag;
pub mod diff;
pub mod ir;
pub mod load;
pub mod lower;
pub mod media;
pub mod render;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use diag::{Diagnostic, Fatal, Severity};

/// A generated crate larger than this is refused (a backstop: the load and lower stages bound
/// the input's strings, types and IR size, see [`load::MAX_STRING_BYTES`],
/// [`lower::MAX_TYPES`] and [`lower::MAX_IR_BYTES`]).
pub const MAX_OUTPUT_BYTES: usize = 512 * 1024 * 1024;

/// What to generate.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The crate name; derived from `info.title` when absent.
    pub crate_name: Option<String>,
    /// A folder of templates that override the built-in ones (same file names).
    pub templates: Option<PathBuf>,
    /// Folders outside the spec's own that its `$ref`s may lead into (none by default: a
    /// reference outside the spec's folder is refused with a warning).
    pub allow_dirs: Vec<PathBuf>,
    /// The crate's folder as a `path` dependency names it, shown in the generated README
    /// (`clientgen generate` passes `--out` relative to where it runs); `../<crate-name>` when
    /// absent.
    pub crate_path: Option<String>,
    /// How operations are grouped into API modules (each one a cargo feature).
    pub group_by: GroupBy,
    /// The crate version written into `Cargo.toml` (must be semver); when absent, the spec's
    /// `info.version` when it is semver, else `0.1.0`.
    pub version: Option<String>,
}

/// How operations are grouped into API modules (see `lower/modules.rs`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum GroupBy {
    /// By the operation's first tag; an operation without tags by its path, as with
    /// [`GroupBy::Path`].
    #[default]
    Tag,
    /// By the first path segment that is not a parameter, a version (`v1`, `2019-09-30`) or
    /// `api`, tags ignored: `/v1/customers/{id}` → `customers`.
    Path,
}

impl std::str::FromStr for GroupBy {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "tag" => Ok(GroupBy::Tag),
            "path" => Ok(GroupBy::Path),
            other => Err(format!("`{other}` is neither `tag` nor `path`")),
        }
    }
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
    check_crate_name(spec, options)?;
    let mut diags = diag::Diagnostics::new(spec);
    let renderer = renderer(options, &diags)?;
    let document = load::load_file(spec, &options.allow_dirs, &mut diags)?;
    let api = lower::lower(&document, options, renderer.reserved(), &mut diags)?;
    check_ir_size(&api, &diags)?;
    Ok((api, diags.into_vec()))
}

/// The templates (built in, and the overrides of `options`).
fn renderer(options: &Options, diags: &diag::Diagnostics) -> Result<render::Renderer, Fatal> {
    render::Renderer::new(options.templates.as_deref())
        .map_err(|e| diags.fatal("#", format!("cannot load templates: {e}")))
}

/// A crate name given in `options` must be valid (see [`crate_name::RULES`]).
fn check_crate_name(spec: &Path, options: &Options) -> Result<(), Fatal> {
    match &options.crate_name {
        Some(name) => crate_name::validate(name).map_err(|e| Fatal::new(spec, "#", e.to_string())),
        None => Ok(()),
    }
}

/// The whole IR (types included) must stay within [`lower::MAX_IR_BYTES`].
fn check_ir_size(api: &ir::Api, diags: &diag::Diagnostics) -> Result<(), Fatal> {
    let size = lower::json_len(api);
    if size > lower::MAX_IR_BYTES {
        let message = format!(
            "the API's description is {size} bytes; the limit is {}",
            lower::MAX_IR_BYTES
        );
        return Err(diags.fatal("#", message));
    }
    Ok(())
}

/// Runs load, lower and render for the spec at `spec` (and the files its `$ref`s name).
pub fn generate(spec: &Path, options: &Options) -> Result<Output, Fatal> {
    check_crate_name(spec, options)?;
    let mut diags = diag::Diagnostics::new(spec);
    let started = Instant::now();
    let document = load::load_file(spec, &options.allow_dirs, &mut diags)?;
    generate_document(document, started, diags, options)
}

/// Runs load, lower and render for one document given as bytes (its `$ref`s to other files
/// are not followed); `spec` only names it in diagnostics (the fuzz targets pass a made-up
/// path).
pub fn generate_bytes(bytes: &[u8], spec: &Path, options: &Options) -> Result<Output, Fatal> {
    check_crate_name(spec, options)?;
    let mut diags = diag::Diagnostics::new(spec);
    let started = Instant::now();
    let document = load::load_bytes(bytes, &mut diags)?;
    generate_document(document, started, diags, options)
}

/// Lower and render a loaded document; `load_started` is when loading began.
fn generate_document(
    document: openapiv3::OpenAPI,
    load_started: Instant,
    mut diags: diag::Diagnostics,
    options: &Options,
) -> Result<Output, Fatal> {
    let mut timings = Timings {
        load: load_started.elapsed(),
        ..Timings::default()
    };

    let renderer = renderer(options, &diags)?;
    let started = Instant::now();
    let api = lower::lower(&document, options, renderer.reserved(), &mut diags)?;
    check_ir_size(&api, &diags)?;
    // The IR is all that is needed from here on: free the document before rendering, on a
    // thread of its own (tens of thousands of small allocations), while rendering starts.
    // (Should no thread start, the document is dropped here, with the closure.)
    let _ = std::thread::Builder::new().spawn(move || drop(document));
    timings.lower = started.elapsed();

    let files = renderer
        .render(&api, &mut timings)
        .map_err(|e| diags.fatal("#", e.to_string()))?;
    let total = files
        .values()
        .map(String::len)
        .fold(0_usize, usize::saturating_add);
    if total > MAX_OUTPUT_BYTES {
        return Err(diags.fatal(
            "#",
            format!("the generated crate would be {total} bytes; the limit is {MAX_OUTPUT_BYTES}"),
        ));
    }
    Ok(Output {
        files,
        diagnostics: diags.into_vec(),
        timings,
    })
}
