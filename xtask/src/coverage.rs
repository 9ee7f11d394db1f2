//! `cargo xtask coverage-ops`: which operation of each spec has a wiremock test and a Prism
//! contract call; fails below 100%.
//!
//! The operations come from the generator's own IR, so the names match the generated
//! methods. The tests are read with `syn`, never run. Each of the two test crates has one
//! top-level module per generated crate, named after it (`genesys_cloud`), in its own file
//! or inline; the module's own submodules are read too:
//! - `e2e/tests/operations/main.rs`: a `#[tokio::test]` fn named after the method
//!   (`async fn get_organizations_me()` in `mod genesys_cloud`);
//! - `e2e/tests/prism/main.rs`: a `call!(log, "operationId", ...)`.

mod modules;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{bail, Context, Result};
use syn::punctuated::Punctuated;
use syn::visit::Visit;

use crate::manifest::{Client, Manifest};

/// The root of the wiremock test crate, one test per operation.
pub const WIREMOCK_TESTS: &str = "e2e/tests/operations/main.rs";
/// The root of the Prism contract test crate.
pub const PRISM_TESTS: &str = "e2e/tests/prism/main.rs";

/// One operation and what covers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub operation_id: String,
    pub method: String,
    pub wiremock: bool,
    pub prism: bool,
}

/// Prints the report; fails when any operation lacks either kind of test.
pub fn run(root: &Path) -> Result<()> {
    let manifest = Manifest::load(root)?;
    let mut report = String::new();
    let mut missing_modules = Vec::new();
    let (mut total, mut covered) = (0, 0);
    for client in &manifest.clients {
        let operations = operations(root, client)?;
        let module = module_name(&client.crate_name);
        let mut found = |tests: &str, read: fn(&syn::ItemMod) -> BTreeSet<String>| {
            let crate_module = modules::crate_module(&root.join(tests), &module)?;
            if crate_module.is_none() {
                missing_modules.push(format!("`mod {module}` in {tests}"));
            }
            anyhow::Ok(crate_module.as_ref().map(read).unwrap_or_default())
        };
        let rows = coverage(
            &operations,
            &found(WIREMOCK_TESTS, test_fns)?,
            &found(PRISM_TESTS, prism_calls)?,
        );
        total += rows.len();
        covered += rows.iter().filter(|r| r.wiremock && r.prism).count();
        write_table(&mut report, client, &rows);
    }
    print!("{report}");
    println!("coverage-ops: {covered}/{total} operations have a wiremock test and a Prism call");
    for missing in &missing_modules {
        println!("coverage-ops: no module for a crate: {missing}");
    }
    if covered < total {
        bail!(
            "{} operations lack a test: add it to the crate's module of {WIREMOCK_TESTS} \
             and its `call!` to that of {PRISM_TESTS}",
            total - covered
        );
    }
    Ok(())
}

/// Joins the spec's operations (operationId, method) with the tests found.
pub fn coverage(
    operations: &[(String, String)],
    wiremock_fns: &BTreeSet<String>,
    prism_ids: &BTreeSet<String>,
) -> Vec<Row> {
    operations
        .iter()
        .map(|(operation_id, method)| Row {
            operation_id: operation_id.clone(),
            method: method.clone(),
            wiremock: wiremock_fns.contains(method),
            prism: prism_ids.contains(operation_id),
        })
        .collect()
}

/// `(operationId, method name)` of every operation the generator emits for `client`.
fn operations(root: &Path, client: &Client) -> Result<Vec<(String, String)>> {
    let options = clientgen::Options {
        crate_name: Some(client.crate_name.clone()),
        ..clientgen::Options::default()
    };
    let (api, _) = clientgen::ir(&root.join(&client.spec), &options)
        .map_err(|fatal| anyhow::anyhow!("{}", fatal.0))
        .with_context(|| format!("cannot lower {}", client.spec))?;
    Ok(api
        .modules
        .iter()
        .flat_map(|m| &m.operations)
        .map(|op| (op.operation_id.clone(), op.method_name.clone()))
        .collect())
}

/// The Rust module name of a crate: `genesys-cloud` → `genesys_cloud`.
fn module_name(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}

/// Names of the test fns (`#[test]`, `#[tokio::test]`) in `module`, at any depth.
pub fn test_fns(module: &syn::ItemMod) -> BTreeSet<String> {
    let mut visitor = TestFns::default();
    visitor.visit_item_mod(module);
    visitor.names
}

#[derive(Default)]
struct TestFns {
    names: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for TestFns {
    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if f.attrs.iter().any(is_test_attribute) {
            self.names.insert(f.sig.ident.to_string());
        }
        syn::visit::visit_item_fn(self, f);
    }
}

fn is_test_attribute(attribute: &syn::Attribute) -> bool {
    let path = attribute.path();
    path.segments.last().is_some_and(|s| s.ident == "test")
}

/// The operationIds of the `call!(log, "operationId", ...)` sites in `module`, at any depth.
pub fn prism_calls(module: &syn::ItemMod) -> BTreeSet<String> {
    let mut visitor = CallSites::default();
    visitor.visit_item_mod(module);
    visitor.ids
}

#[derive(Default)]
struct CallSites {
    ids: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for CallSites {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if mac.path.is_ident("call") {
            let parser = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
            if let Ok(args) = mac.parse_body_with(parser) {
                if let Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(id),
                    ..
                })) = args.iter().nth(1)
                {
                    self.ids.insert(id.value());
                }
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

fn write_table(report: &mut String, client: &Client, rows: &[Row]) {
    let mark = |yes: bool| if yes { "yes" } else { "**no**" };
    let covered = rows.iter().filter(|r| r.wiremock && r.prism).count();
    let _ = writeln!(
        report,
        "\n## {} ({}): {covered}/{} covered\n",
        client.crate_name,
        client.spec,
        rows.len()
    );
    let _ = writeln!(report, "| operationId | method | wiremock | Prism |");
    let _ = writeln!(report, "|---|---|---|---|");
    let by_id: BTreeMap<&str, &Row> = rows.iter().map(|r| (r.operation_id.as_str(), r)).collect();
    for row in by_id.values() {
        let _ = writeln!(
            report,
            "| `{}` | `{}` | {} | {} |",
            row.operation_id,
            row.method,
            mark(row.wiremock),
            mark(row.prism)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A wiremock test crate with a crate module in a file and a submodule in a folder, and
    /// a Prism test crate with a crate module behind `#[path]`.
    const FILES: [(&str, &str); 6] = [
        (
            "operations/main.rs",
            r#"
            #[path = "../common/mod.rs"]
            mod common;
            mod pets;
            mod other { #[tokio::test] async fn delete_pet() {} }
            mod ghost;
            "#,
        ),
        (
            "operations/pets.rs",
            r#"
            use super::*;
            #[tokio::test]
            async fn get_pet() {}
            fn helper() {}
            mod nested;
            "#,
        ),
        ("operations/pets/nested.rs", "#[test] fn list_pets() {}"),
        ("common/mod.rs", "pub mod bodies;"),
        (
            "prism/main.rs",
            r#"
            macro_rules! call { ($($t:tt)*) => {} }
            #[path = "calls/pets.rs"]
            mod pets;
            "#,
        ),
        (
            "prism/calls/pets.rs",
            r#"
            async fn exercise() {
                call!(log, "getPet", client.pets().get_pet(1));
                if true { call!(log, "listPets", client.pets().list_pets()); }
                other!(log, "deletePet", x);
            }
            "#,
        ),
    ];

    fn tests_folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in FILES {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn module(dir: &tempfile::TempDir, root: &str, name: &str) -> syn::ItemMod {
        modules::crate_module(&dir.path().join(root), name)
            .unwrap()
            .unwrap_or_else(|| panic!("no module {name} in {root}"))
    }

    fn ops() -> Vec<(String, String)> {
        [
            ("getPet", "get_pet"),
            ("listPets", "list_pets"),
            ("deletePet", "delete_pet"),
        ]
        .map(|(id, m)| (id.to_owned(), m.to_owned()))
        .to_vec()
    }

    #[test]
    fn finds_test_fns_of_the_crate_module_in_its_files() {
        let dir = tests_folder();
        let fns = test_fns(&module(&dir, "operations/main.rs", "pets"));
        assert_eq!(fns, ["get_pet", "list_pets"].map(String::from).into());
        let inline = test_fns(&module(&dir, "operations/main.rs", "other"));
        assert_eq!(inline, ["delete_pet"].map(String::from).into());
        let missing = modules::crate_module(&dir.path().join("operations/main.rs"), "cats");
        assert!(missing.unwrap().is_none());
    }

    #[test]
    fn a_module_without_its_file_is_an_error_naming_the_file() {
        let dir = tests_folder();
        let Err(error) = modules::crate_module(&dir.path().join("operations/main.rs"), "ghost")
        else {
            panic!("`mod ghost;` has no file, yet it was read");
        };
        let error = error.to_string();
        assert!(error.contains("`mod ghost;`"), "{error}");
        assert!(error.contains("ghost.rs"), "{error}");
    }

    #[test]
    fn finds_call_sites_at_any_depth_behind_a_path_attribute() {
        let dir = tests_folder();
        let ids = prism_calls(&module(&dir, "prism/main.rs", "pets"));
        assert_eq!(ids, ["getPet", "listPets"].map(String::from).into());
    }

    #[test]
    fn an_operation_without_either_test_is_uncovered() {
        let dir = tests_folder();
        let rows = coverage(
            &ops(),
            &test_fns(&module(&dir, "operations/main.rs", "pets")),
            &prism_calls(&module(&dir, "prism/main.rs", "pets")),
        );
        let uncovered: Vec<_> = rows
            .iter()
            .filter(|r| !(r.wiremock && r.prism))
            .map(|r| r.operation_id.as_str())
            .collect();
        assert_eq!(uncovered, ["deletePet"]);
    }

    #[test]
    fn the_real_tests_cover_every_seed_operation() {
        run(&crate::repo_root()).unwrap();
    }
}
