//! The render stage: fill the templates with the IR, then parse and pretty-print the Rust.
//!
//! Templates produce text; every `.rs` output is parsed with `syn` and printed with
//! `prettyplease`, so a template bug fails here, at generation time, never in a user's build.

mod filters;
mod mock;
mod runtime;

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
        for (name, text) in sources {
            if name.ends_with(".j2") {
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
        Ok(Renderer { env, runtime })
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

    /// The render stage's first phase: fills the code templates (one job per Rust file, and
    /// one per model of `types.rs`), on every core. The text is not formatted yet.
    pub fn fill_code(&self, ir: &Api) -> Result<CodeSources, RenderError> {
        // Convert the IR once: `context!` would re-serialize the whole API for every file.
        let api = minijinja::Value::from_serialize(ir);
        let mut jobs = vec![
            RustJob::new("lib.rs.j2", "src/lib.rs", context! { api }),
            RustJob::new("apis.rs.j2", "src/apis/mod.rs", context! { api }),
            RustJob::new("docs/readme.rs.j2", "examples/readme.rs", context! { api }),
            RustJob::new("types.rs.j2", "src/types.rs", context! { api }),
        ];
        for ty in &ir.types {
            jobs.push(RustJob::new(
                "type.rs.j2",
                "src/types.rs",
                context! { api, ty },
            ));
        }
        for module in &ir.modules {
            let cost = module.operations.len();
            jobs.push(
                RustJob::new(
                    "api.rs.j2",
                    format!("src/apis/{}.rs", module.name),
                    context! { api, module },
                )
                .cost(cost),
            );
            jobs.push(
                RustJob::new(
                    "examples.rs.j2",
                    format!("examples/{}.rs", module.name),
                    context! { api, module },
                )
                .cost(cost),
            );
        }
        mock::add_jobs(ir, &api, &mut jobs);
        // Biggest first (by operations), so that `repos` and `actions` do not start last.
        let sources = parallel_by_cost(
            &jobs,
            |job| job.cost,
            usize::MAX,
            |job| self.text(job.template, job.context.clone()),
        )
        .into_iter()
        .collect::<Result<Vec<String>, _>>()?;
        Ok(CodeSources { api, jobs, sources })
    }

    /// The render stage's last phase: joins the formatted code into files, fills the docs
    /// (which quote the formatted examples) and adds the runtime files.
    pub fn finish(
        &self,
        ir: &Api,
        code: CodeSources,
        formatted: Vec<String>,
    ) -> Result<BTreeMap<String, String>, RenderError> {
        let CodeSources { api, jobs, sources } = code;
        drop(sources);
        let mut files = BTreeMap::new();
        for (job, code) in jobs.into_iter().zip(formatted) {
            // Models are formatted one by one and joined into `types.rs`, in IR order.
            match files.get_mut(&job.path) {
                Some(existing) => {
                    let existing: &mut String = existing;
                    existing.push('\n');
                    existing.push_str(&code);
                }
                None => {
                    files.insert(job.path, code);
                }
            }
        }
        files.insert(
            "Cargo.toml".to_string(),
            self.text("Cargo.toml.j2", context! { api })?,
        );
        let examples = snippets(&files["examples/readme.rs"]);
        let mock_examples = files.get("examples/mock.rs").map(|file| snippets(file));
        files.insert(
            "README.md".to_string(),
            self.text("README.md.j2", context! { api, examples, mock_examples })?,
        );
        let pages = parallel_by_cost(
            &ir.modules,
            |module| module.operations.len(),
            usize::MAX,
            |module| {
                let examples = snippets(&files[&format!("examples/{}.rs", module.name)]);
                let page = self.text("docs/api.md.j2", context! { api, module, examples })?;
                Ok::<_, RenderError>((format!("docs/{}", module.docs_page), page))
            },
        );
        let models = parallel(&ir.types, |ty| {
            let page = self.text("docs/model.md.j2", context! { api, ty })?;
            Ok::<_, RenderError>((format!("docs/models/{}", ty.doc_page), page))
        });
        for page in pages.into_iter().chain(models) {
            let (path, page) = page?;
            files.insert(path, page);
        }
        for (name, contents) in &self.runtime {
            files.insert(format!("src/{name}"), contents.clone());
        }
        Ok(files)
    }

    fn text(&self, template: &str, ctx: minijinja::Value) -> Result<String, RenderError> {
        self.env
            .get_template(template)
            .and_then(|t| t.render(ctx))
            .map_err(|e| RenderError::Template(template.to_string(), e))
    }
}

/// The filled code templates of one crate, not yet formatted: the output of
/// [`Renderer::fill_code`], the input of [`format_code`].
#[derive(Clone)]
pub struct CodeSources {
    /// The IR as a template value, kept for the docs templates.
    api: minijinja::Value,
    jobs: Vec<RustJob>,
    /// The unformatted text of each job.
    sources: Vec<String>,
}

impl CodeSources {
    /// The total size of the unformatted text, in bytes.
    pub fn bytes(&self) -> usize {
        self.sources.iter().map(String::len).sum()
    }
}

/// At least this much Rust text may be parsed at once (see [`parallel_by_cost`]). GitHub's
/// largest modules (1 MB, 0.9 MB and 0.6 MB) then run one at a time.
const FORMAT_BUDGET_BYTES: usize = 1024 * 1024;

/// The format stage: parses and pretty-prints every piece of [`CodeSources`] on every core,
/// largest first, and gives the formatted text in the jobs' order.
pub fn format_code(code: &CodeSources) -> Result<Vec<String>, RenderError> {
    let pieces: Vec<(&RustJob, &str)> = code
        .jobs
        .iter()
        .zip(&code.sources)
        .map(|(job, source)| (job, source.as_str()))
        .collect();
    // Longest first: the few big API modules would otherwise start last and leave one core
    // idle at the end (GitHub: `repos.rs` alone is 1 MB of Rust, the median model 1 kB); and
    // within a budget, so that the largest files' tokens are not all held at once.
    // A sixteenth of the crate, at least FORMAT_BUDGET_BYTES: for Microsoft Graph (90 MB of
    // Rust, a 7.7 MB module), 1 MiB would leave the second core idle most of the time.
    let total = code.bytes();
    parallel_by_cost(
        &pieces,
        |(_, source)| source.len(),
        FORMAT_BUDGET_BYTES.max(total / 16),
        |(job, source)| {
            let formatted = format_rust(job.template, &job.path, source);
            // With `span-locations`, proc-macro2 keeps a copy of every parsed text in a
            // thread-local source map, for good; the spans are all dropped by now. (This runs
            // on a thread of `parallel`'s own, so no caller's spans are invalidated.)
            proc_macro2::extra::invalidate_current_thread_spans();
            formatted
        },
    )
    .into_iter()
    .collect()
}

/// One Rust file (or one model of `types.rs`) to render and format.
#[derive(Clone)]
struct RustJob {
    template: &'static str,
    path: String,
    context: minijinja::Value,
    /// A guess of the template's work, for scheduling (operations of a module; 1 otherwise).
    cost: usize,
}

impl RustJob {
    fn new(template: &'static str, path: impl Into<String>, context: minijinja::Value) -> Self {
        RustJob {
            template,
            path: path.into(),
            context,
            cost: 1,
        }
    }

    fn cost(self, cost: usize) -> Self {
        RustJob { cost, ..self }
    }
}

/// Like [`parallel`], but schedules by `cost` (for formatting, the size of an item's text):
/// the costliest items start first, which balances the cores when a few items are much
/// larger than the rest, and the items running at once cost at most `budget` in all, which
/// bounds memory: a file being formatted holds all its tokens, and proc-macro2 a copy of its
/// text, however small its items' syntax trees. An item costlier than the budget runs with
/// small items only (those under a sixteenth of it, which always fit); an item that does not
/// fit waits while smaller ones run. Results keep the items' order.
fn parallel_by_cost<T: Sync, R: Send>(
    items: &[T],
    cost: impl Fn(&T) -> usize,
    budget: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

    /// Which items (by position in `order`) are taken, and the cost running now.
    struct State {
        taken: Vec<bool>,
        first_free: usize,
        running: usize,
    }
    /// Gives an item's cost back when it is done, also when `f` panics (so that no other
    /// thread waits for it forever).
    struct Running<'a> {
        state: &'a Mutex<State>,
        done: &'a Condvar,
        cost: usize,
    }
    impl Drop for Running<'_> {
        fn drop(&mut self) {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            state.running -= self.cost;
            self.done.notify_all();
        }
    }

    let mut order: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| (cost(item), index))
        .collect();
    // Costliest first; equal costs keep their order.
    order.sort_by_key(|&(cost, _)| std::cmp::Reverse(cost));
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads == 0 {
        return Vec::new();
    }
    let state = Mutex::new(State {
        taken: vec![false; order.len()],
        first_free: 0,
        running: 0,
    });
    let done = Condvar::new();
    let lock = || state.lock().unwrap_or_else(PoisonError::into_inner);
    // The next item to run: the costliest free one that fits the budget, waiting if none does.
    let next = || -> Option<(usize, usize)> {
        let mut guard: MutexGuard<'_, State> = lock();
        loop {
            let state = &mut *guard;
            while state.taken.get(state.first_free) == Some(&true) {
                state.first_free += 1;
            }
            if state.first_free == order.len() {
                return None;
            }
            let fits = (state.first_free..order.len()).find(|&at| {
                let cost = order[at].0;
                !state.taken[at]
                    && (state.running == 0
                        || state.running.saturating_add(cost) <= budget
                        || cost <= budget / 16)
            });
            if let Some(at) = fits {
                state.taken[at] = true;
                state.running += order[at].0;
                return Some(order[at]);
            }
            guard = done.wait(guard).unwrap_or_else(PoisonError::into_inner);
        }
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut results = Vec::new();
                    while let Some((cost, index)) = next() {
                        let _running = Running {
                            state: &state,
                            done: &done,
                            cost,
                        };
                        results.push((index, f(&items[index])));
                    }
                    results
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Maps `f` over `items` on every core, keeping the order. `f` always runs on threads of its
/// own (one on a single core), never on the caller's.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads == 0 {
        return Vec::new();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(index) else {
                            break done;
                        };
                        done.push((index, f(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, r)| r).collect()
}

/// The top-level functions of a formatted file, by name, cut from its text (so a docs page
/// shows exactly the compiled code), and its `use` items, without attributes, under `use`.
fn snippets(formatted: &str) -> BTreeMap<String, String> {
    use syn::spanned::Spanned;
    let mut out = BTreeMap::new();
    let Ok(file) = syn::parse_file(formatted) else {
        return out;
    };
    let lines: Vec<&str> = formatted.lines().collect();
    let cut = |from: proc_macro2::Span, to: proc_macro2::Span| {
        let (first, last) = (from.start().line.max(1), to.end().line.min(lines.len()));
        lines
            .get(first - 1..last)
            .map(|l| l.join("\n"))
            .unwrap_or_default()
    };
    for item in &file.items {
        match item {
            syn::Item::Fn(f) => {
                out.insert(
                    f.sig.ident.to_string(),
                    cut(f.span(), f.block.brace_token.span.close()),
                );
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
///
/// Items are parsed and printed one by one, so that only one item's syntax tree is held at a
/// time: a whole file's tree takes about 50 times its text (GitHub's `repos.rs`: 1 MB).
pub fn format_rust(template: &str, file: &str, source: &str) -> Result<String, RenderError> {
    use syn::parse::{ParseStream, Parser};

    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::with_capacity(source.len());
    let print_items = |input: ParseStream| -> syn::Result<()> {
        // The items since the last table, printed back to back.
        let mut run = unparse(input.call(syn::Attribute::parse_inner)?, None);
        while !input.is_empty() {
            match input.parse()? {
                // Brace-delimited item macros (the models' `json_object! { .. }` tables) keep
                // the layout the template gave them, as rustfmt would: prettyplease prints a
                // macro's tokens on as few lines as fit.
                syn::Item::Macro(table) if is_table_macro(&table) => {
                    print_run(&mut run, &mut out);
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    print_table_macro(table, &lines, &mut out);
                }
                item => run.push_str(&unparse(Vec::new(), Some(item))),
            }
        }
        print_run(&mut run, &mut out);
        Ok(())
    };
    print_items.parse_str(source).map_err(|e| {
        let line = e.span().start().line;
        let excerpt: String = source
            .lines()
            .enumerate()
            .skip(line.saturating_sub(4))
            .take(7)
            .map(|(n, l)| format!("{:>5} | {l}\n", n + 1))
            .collect();
        RenderError::InvalidRust {
            template: template.into(),
            file: file.into(),
            message: e.to_string(),
            excerpt,
        }
    })?;
    Ok(out)
}

/// Prints inner attributes and an item with prettyplease.
fn unparse(attrs: Vec<syn::Attribute>, item: Option<syn::Item>) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs,
        items: item.into_iter().collect(),
    })
}

/// Adds the items printed since the last table to `out`, after a blank line, and empties
/// `run`.
fn print_run(run: &mut String, out: &mut String) {
    if run.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&separate_items(run));
    run.clear();
}

/// Prints a table macro: its attributes (a model's long `#[cfg(any(..))]`) by prettyplease,
/// its call as the source has it.
fn print_table_macro(mut table: syn::ItemMacro, source_lines: &[&str], out: &mut String) {
    use syn::spanned::Spanned;
    let first = table.mac.path.span().start().line.max(1);
    let last = match &table.mac.delimiter {
        syn::MacroDelimiter::Brace(brace) => brace.span.close().end().line,
        _ => first,
    };
    table.mac.tokens = proc_macro2::TokenStream::new();
    let printed = unparse(Vec::new(), Some(syn::Item::Macro(table)));
    // All but the last line, the macro's (now empty) call.
    if let Some((attrs, _call)) = printed.trim_end().rsplit_once('\n') {
        out.push_str(attrs);
        out.push('\n');
    }
    let call = source_lines.get(first - 1..last.min(source_lines.len()));
    for line in call.unwrap_or_default() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// An item macro called with braces, such as `crate::json_object! { Pet { .. } }`.
fn is_table_macro(item: &syn::ItemMacro) -> bool {
    item.ident.is_none() && matches!(item.mac.delimiter, syn::MacroDelimiter::Brace(_))
}

/// prettyplease prints items back to back; a blank line after each closing brace, `use`
/// block and inner doc block makes the output read like hand-written code.
fn separate_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    let mut previous_indent = 0;
    for line in code.lines() {
        let current = line.trim();
        // Only item-level braces (top level or inside an `impl`), not blocks inside bodies.
        let item_level = previous_indent <= 4;
        let ends_item = (item_level && (previous == "}" || previous == "};"))
            || (previous.starts_with("//!") && !current.starts_with("//!"))
            || (previous.starts_with("use ") && !current.starts_with("use "))
            || (previous.starts_with("pub type ") && previous.ends_with(';'))
            || (previous.starts_with("pub mod ") && previous.ends_with(';'));
        let closes = current.starts_with('}')
            || current.starts_with(')')
            || current.starts_with(']')
            || current.is_empty();
        if ends_item && !closes && !current.starts_with("else") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = current;
        previous_indent = line.len() - line.trim_start().len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_rust;

    #[test]
    fn table_macros_keep_their_layout_and_the_rest_is_formatted() {
        let source = r#"
/// A pet.
#[cfg(any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name"))]
#[derive(Debug)] pub struct Pet { pub name : String }
#[cfg(any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name"))]
crate::json_object! {
    Pet {
        name: "name" (required),
    }
}
pub type Name = String;
"#;
        let formatted = format_rust("type.rs.j2", "src/types.rs", source).unwrap();
        let expected = r#"/// A pet.
#[cfg(
    any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name")
)]
#[derive(Debug)]
pub struct Pet {
    pub name: String,
}

#[cfg(
    any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name")
)]
crate::json_object! {
    Pet {
        name: "name" (required),
    }
}

pub type Name = String;
"#;
        assert_eq!(formatted, expected);
    }

    #[test]
    fn printing_item_by_item_prints_what_the_whole_file_would() {
        let source = r#"
//! A module.
use std::fmt;
use std::io;
pub const A: &str = "a";
pub const B: &str = "b";
pub enum Never {}
impl fmt::Display for Never { fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result { match *self {} } }
pub struct Unit;
pub struct Pair(pub u8, pub u8);
pub type Name = String;
pub mod inner;
pub fn f() -> io::Result<()> { if true { Ok(()) } else { Err(io::Error::other("no")) } }
"#;
        let whole = prettyplease::unparse(&syn::parse_file(source).unwrap());
        let formatted = format_rust("api.rs.j2", "src/apis/x.rs", source).unwrap();
        assert_eq!(formatted, super::separate_items(&whole));
    }

    #[test]
    fn invalid_rust_names_the_template_and_the_line() {
        let error = format_rust("type.rs.j2", "src/types.rs", "pub struct {").unwrap_err();
        let message = error.to_string();
        assert!(
            message.contains("type.rs.j2") && message.contains("src/types.rs"),
            "{message}"
        );
        assert!(message.contains("    1 | pub struct {"), "{message}");
    }
}
