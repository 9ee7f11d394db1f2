//! Operations → API modules: which module each operation goes in ([`GroupBy`]), and the
//! module's names (Rust module, struct, `Client` accessor and cargo feature).
//!
//! With [`GroupBy::Tag`] (the default) an operation goes in the module of its first tag, and
//! an operation without tags in the module of its path's first meaningful segment; with
//! [`GroupBy::Path`] every operation goes by its path. The meaningful segment is the first
//! one that is not a parameter (`{id}`), a version (`v1`, `v2beta1`, `2019-09-30`, `1.0`) or
//! `api`: `/v1/customers/{customer}/sources` → `customers`. Operations whose path has no such
//! segment (`/`) go in `default`.

use indexmap::{IndexMap, IndexSet};
use openapiv3::ReferenceOr;

use super::naming::{self, Namespace};
use super::operation::{operation_of, ModuleScope, Site};
use super::path_template::PathTemplate;
use super::schema::child;
use super::Cx;
use crate::diag::pointer;
use crate::ir::{Module, Reserved, SecurityScheme};
use crate::load::METHODS;
use crate::GroupBy;

/// The module of operations that have neither a tag (when grouping by tag) nor a meaningful
/// path segment.
const DEFAULT_GROUP: &str = "default";

/// A module being filled, with the names already taken inside it.
struct ModuleDraft {
    module: Module,
    scope: ModuleScope,
    /// For operations grouped by path, for the module's docs: the paths up to the segment that
    /// named the module (`/v1/customers`), or, in the `default` group, the whole paths.
    paths: IndexSet<String>,
}

/// Every module, and the namespaces their names are claimed from.
struct Drafts<'t> {
    modules: IndexMap<String, ModuleDraft>,
    module_names: Namespace,
    accessors: Namespace,
    type_names: Namespace,
    tag_docs: IndexMap<&'t str, Option<&'t String>>,
    /// The names the templates use.
    reserved: &'t Reserved,
}

impl Cx<'_> {
    /// Every operation, grouped into modules as `group_by` says, in document order.
    pub fn modules(&mut self, schemes: &[SecurityScheme], group_by: GroupBy) -> Vec<Module> {
        let doc = self.doc;
        let mut drafts = Drafts {
            modules: IndexMap::new(),
            module_names: Namespace::with_reserved(naming::RESERVED_MODULES),
            accessors: Namespace::with_reserved(&self.reserved.accessors),
            type_names: Namespace::default(),
            reserved: self.reserved,
            // Grouped by path, a module is no tag's, even when named like one.
            tag_docs: match group_by {
                GroupBy::Tag => doc
                    .tags
                    .iter()
                    .map(|t| (t.name.as_str(), t.description.as_ref()))
                    .collect(),
                GroupBy::Path => IndexMap::new(),
            },
        };
        if group_by == GroupBy::Tag {
            let tags: Vec<&str> = drafts.tag_docs.keys().copied().collect();
            for tag in tags {
                drafts.module_for(tag);
            }
        }
        let mut size = 0_usize;
        for (path, item) in &doc.paths.paths {
            let item_ptr = pointer(["paths", path.as_str()]);
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { .. } => {
                    self.diags.warn(
                        item_ptr,
                        "`$ref` path items are not supported; the path is skipped",
                    );
                    continue;
                }
            };
            let extra = super::extra_methods::operations(item, &item_ptr, self.diags);
            let standard = METHODS.iter().filter_map(|m| {
                operation_of(item, m).map(|op| (m.to_string(), child(&item_ptr, m), op))
            });
            for (method, ptr, op) in standard.chain(
                extra
                    .iter()
                    .map(|e| (e.method.clone(), e.ptr.clone(), &e.op)),
            ) {
                let method = method.as_str();
                let tag = op.tags.first().filter(|_| group_by == GroupBy::Tag);
                let key = match tag {
                    Some(tag) => drafts.module_for(tag),
                    None => {
                        let (label, prefix) = path_group(path);
                        let key = drafts.module_for(&label);
                        drafts.modules[key].paths.insert(prefix);
                        key
                    }
                };
                let draft = &mut drafts.modules[key];
                let site = Site {
                    path,
                    method,
                    op,
                    path_params: &item.parameters,
                    ptr,
                };
                let lowered = self.operation(&site, &mut draft.scope, schemes);
                let ptr = site.ptr;
                if let Some(op) = lowered {
                    size = size.saturating_add(super::json_len(&op));
                    if size > super::MAX_IR_BYTES {
                        let message = format!(
                            "the operations' description grows past {} bytes (a `$ref` to long text, used many times?)",
                            super::MAX_IR_BYTES
                        );
                        self.exceeded = Some(self.diags.fatal(ptr, message));
                        return Vec::new();
                    }
                    draft.module.operations.push(op);
                }
            }
        }
        drafts
            .modules
            .into_values()
            .filter(|d| !d.module.operations.is_empty())
            .map(ModuleDraft::finish)
            .collect()
    }
}

impl Drafts<'_> {
    /// The index of the module named `label` (a tag, or a path group's segment), created with
    /// its names on first use.
    fn module_for(&mut self, label: &str) -> usize {
        if let Some(index) = self.modules.get_index_of(label) {
            return index;
        }
        let name = self.module_names.claim(naming::module_name(label));
        let accessor = self.accessors.claim(name.clone());
        let struct_name = self
            .type_names
            .claim(naming::type_name_with_suffix(label, "Api"));
        let module = Module {
            tag: label.to_string(),
            docs_page: format!("{struct_name}.md"),
            name,
            struct_name: struct_name.clone(),
            accessor,
            doc: self.tag_docs.get(label).copied().flatten().cloned(),
            operations: Vec::new(),
            uses_types: false,
            uses_error: false,
        };
        let mut items = Namespace::with_reserved(&self.reserved.module_items);
        items.claim(struct_name);
        let methods = Namespace::with_reserved(&self.reserved.methods);
        let draft = ModuleDraft {
            module,
            scope: ModuleScope { methods, items },
            paths: IndexSet::new(),
        };
        self.modules.insert_full(label.to_string(), draft).0
    }
}

impl ModuleDraft {
    /// The module, with docs saying which paths a module grouped by path holds.
    fn finish(self) -> Module {
        let mut module = self.module;
        module.uses_error = module.operations.iter().any(|op| op.events.is_none());
        module.uses_types = module
            .operations
            .iter()
            .flat_map(|op| {
                let params = op.params.iter().map(|p| &p.ty);
                let arms = op.success.iter().chain(&op.errors);
                params
                    .chain(op.body.iter().map(|b| &b.ty))
                    .chain(arms.filter_map(|a| a.ty.as_ref()))
            })
            .any(|ty| ty.mentions_model());
        if module.doc.is_none() && !self.paths.is_empty() {
            let paths: Vec<String> = self.paths.iter().map(|p| format!("`{p}`")).collect();
            let paths = paths.join(", ");
            module.doc = Some(if module.tag == DEFAULT_GROUP {
                format!("Operations on {paths}: paths without a segment that names a resource.")
            } else {
                format!("Operations on {paths} and the paths below it (grouped by path).")
            });
        }
        module
    }
}

/// The group of an operation on `path` by its path: the first meaningful segment of the
/// request path (a `#`/`?` suffix is not part of it) as a snake_case label, with the path up to
/// it (`/v1/customers/{id}` → `customers`, `/v1/customers`), or `default` with the whole path
/// when there is none (`/#Action=Publish`).
fn path_group(template: &str) -> (String, String) {
    let path = PathTemplate::parse(template).path;
    let mut prefix = String::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        prefix.push('/');
        prefix.push_str(segment);
        if is_meaningful(segment) {
            return (naming::snake_name(without_extension(segment)), prefix);
        }
    }
    (DEFAULT_GROUP.to_string(), path)
}

/// Whether a path segment names a resource: not a parameter, a version or `api`.
fn is_meaningful(segment: &str) -> bool {
    !(segment.contains('{') || is_version(segment) || segment.eq_ignore_ascii_case("api"))
        && segment.chars().any(|c| c.is_ascii_alphabetic())
}

/// `v1`, `V2`, `v2beta1`, `v1.1`, `2019-09-30`, `1.0`.
fn is_version(segment: &str) -> bool {
    let mut chars = segment.chars();
    match chars.next() {
        Some('v' | 'V') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) if c.is_ascii_digit() => segment
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '_'),
        _ => false,
    }
}

/// `Calls.json` → `Calls`: a format suffix is not part of the resource's name.
fn without_extension(segment: &str) -> &str {
    const EXTENSIONS: &[&str] = &[".json", ".xml", ".yaml", ".yml", ".csv", ".txt", ".html"];
    EXTENSIONS
        .iter()
        .find_map(|ext| {
            let cut = segment.len().checked_sub(ext.len())?;
            let (stem, tail) = segment.split_at_checked(cut)?;
            (tail.eq_ignore_ascii_case(ext) && !stem.is_empty()).then_some(stem)
        })
        .unwrap_or(segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_group_by_their_first_meaningful_segment() {
        let group = |path: &str| path_group(path).0;
        assert_eq!(group("/v1/customers/{customer}/sources"), "customers");
        assert_eq!(group("/v1/payment_intents"), "payment_intents");
        assert_eq!(group("/api/v2/organizations/me"), "organizations");
        assert_eq!(group("/2010-04-01/Accounts/{Sid}/Calls.json"), "accounts");
        assert_eq!(group("/{tenant}/v2beta1/Users.json"), "users");
        assert_eq!(group("/repos/{owner}/{repo}"), "repos");
        assert_eq!(group("/1.0/pets"), "pets");
        assert_eq!(group("/me/albums"), "me");
        assert_eq!(group("/"), "default");
        assert_eq!(group("/v1/{id}"), "default");
        assert_eq!(path_group("/v1/customers/{id}").1, "/v1/customers");
        assert_eq!(path_group("/v1/{id}").1, "/v1/{id}");
        assert_eq!(
            path_group("/#Action=Publish"),
            ("default".into(), "/".into())
        );
        assert_eq!(group("/rest?method=flickr.people.getInfo"), "rest");
        assert_eq!(group("/reports#v1/{id}"), "reports");
    }

    #[test]
    fn versions_and_extensions() {
        for version in ["v1", "V2", "v2beta1", "v1.1", "2019-09-30", "1.0", "3"] {
            assert!(is_version(version), "{version}");
        }
        for resource in ["values", "v", "vendors", "3d-models", "api2"] {
            assert!(!is_version(resource), "{resource}");
        }
        assert_eq!(without_extension("Calls.json"), "Calls");
        assert_eq!(without_extension(".json"), ".json");
        assert_eq!(without_extension("Microsoft.Compute"), "Microsoft.Compute");
        assert_eq!(without_extension("é.XML"), "é");
    }
}
