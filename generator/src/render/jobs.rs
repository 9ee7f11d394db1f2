//! Which template fills which file: the code templates first (one job per Rust file, and one
//! per model of `types.rs`), then, once the code is formatted, the docs, which quote it.

use std::collections::BTreeMap;

use minijinja::context;

use super::format::snippets;
use super::pool::run_by_cost;
use super::{RenderError, Renderer};
use crate::ir::Api;

impl Renderer {
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
        super::mock::add_jobs(ir, &api, &mut jobs);
        // Biggest first (by operations), so that `repos` and `actions` do not start last.
        let sources = run_by_cost(
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
        let pages = run_by_cost(
            &ir.modules,
            |module| module.operations.len(),
            usize::MAX,
            |module| {
                let examples = snippets(&files[&format!("examples/{}.rs", module.name)]);
                let page = self.text("docs/api.md.j2", context! { api, module, examples })?;
                Ok::<_, RenderError>((format!("docs/{}", module.docs_page), page))
            },
        );
        let models = run_by_cost(
            &ir.types,
            |_| 1,
            usize::MAX,
            |ty| {
                let page = self.text("docs/model.md.j2", context! { api, ty })?;
                Ok::<_, RenderError>((format!("docs/models/{}", ty.doc_page), page))
            },
        );
        for page in pages.into_iter().chain(models) {
            let (path, page) = page?;
            files.insert(path, page);
        }
        for (name, contents) in &self.runtime {
            files.insert(format!("src/{name}"), contents.clone());
        }
        Ok(files)
    }
}

/// The filled code templates of one crate, not yet formatted: the output of
/// [`Renderer::fill_code`], the input of [`format_code`].
#[derive(Clone)]
pub struct CodeSources {
    /// The IR as a template value, kept for the docs templates.
    pub(super) api: minijinja::Value,
    pub(super) jobs: Vec<RustJob>,
    /// The unformatted text of each job.
    pub(super) sources: Vec<String>,
}

impl CodeSources {
    /// The total size of the unformatted text, in bytes.
    pub fn bytes(&self) -> usize {
        self.sources.iter().map(String::len).sum()
    }
}

/// One Rust file (or one model of `types.rs`) to render and format.
#[derive(Clone)]
pub(super) struct RustJob {
    pub(super) template: &'static str,
    pub(super) path: String,
    context: minijinja::Value,
    /// A guess of the template's work, for scheduling (operations of a module; 1 otherwise).
    cost: usize,
}

impl RustJob {
    pub(super) fn new(
        template: &'static str,
        path: impl Into<String>,
        context: minijinja::Value,
    ) -> Self {
        RustJob {
            template,
            path: path.into(),
            context,
            cost: 1,
        }
    }

    pub(super) fn cost(self, cost: usize) -> Self {
        RustJob { cost, ..self }
    }
}
