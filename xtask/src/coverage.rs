//! `cargo xtask coverage-ops`: which operation of each spec has a wiremock test and a Prism
//! contract call; fails below 100%.
//!
//! The operations come from the generator's own IR, so the names match the generated
//! methods. The tests are read with `syn`, never run:
//! - `e2e/tests/operations.rs`: a `#[tokio::test]` fn named after the method, in the module
//!   named after the crate (`mod genesys_cloud { async fn get_organizations_me() .. }`);
//! - `e2e/tests/prism.rs`: a `call!(log, "operationId", ...)` in the crate's module.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{bail, Context, Result};
use syn::punctuated::Punctuated;
use syn::visit::Visit;

use crate::manifest::{Client, Manifest};

/// The wiremock tests, one per operation.
pub const WIREMOCK_TESTS: &str = "e2e/tests/operations.rs";
/// The Prism contract tests.
pub const PRISM_TESTS: &str = "e2e/tests/prism.rs";

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
    let wiremock = read(root, WIREMOCK_TESTS)?;
    let prism = read(root, PRISM_TESTS)?;
    let mut report = String::new();
    let (mut total, mut covered) = (0, 0);
    for client in &manifest.clients {
        let operations = operations(root, client)?;
        let module = module_name(&client.crate_name);
        let rows = coverage(
            &operations,
            &test_fns(&wiremock, &module),
            &prism_calls(&prism, &module),
        );
        total += rows.len();
        covered += rows.iter().filter(|r| r.wiremock && r.prism).count();
        write_table(&mut report, client, &rows);
    }
    print!("{report}");
    println!("coverage-ops: {covered}/{total} operations have a wiremock test and a Prism call");
    if covered < total {
        bail!(
            "{} operations lack a test: add them to {WIREMOCK_TESTS} and {PRISM_TESTS}",
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
        templates: None,
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

fn read(root: &Path, path: &str) -> Result<syn::File> {
    let text =
        std::fs::read_to_string(root.join(path)).with_context(|| format!("cannot read {path}"))?;
    syn::parse_file(&text).with_context(|| format!("{path} is not valid Rust"))
}

/// The Rust module name of a crate: `genesys-cloud` → `genesys_cloud`.
fn module_name(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}

/// The top-level module `name` of `file`.
fn module<'f>(file: &'f syn::File, name: &str) -> Option<&'f syn::ItemMod> {
    file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => Some(m),
        _ => None,
    })
}

/// Names of the test fns (`#[test]`, `#[tokio::test]`) in module `name`.
pub fn test_fns(file: &syn::File, name: &str) -> BTreeSet<String> {
    let items = module(file, name).and_then(|m| m.content.as_ref());
    items
        .into_iter()
        .flat_map(|(_, items)| items)
        .filter_map(|item| match item {
            syn::Item::Fn(f) if f.attrs.iter().any(is_test_attribute) => {
                Some(f.sig.ident.to_string())
            }
            _ => None,
        })
        .collect()
}

fn is_test_attribute(attribute: &syn::Attribute) -> bool {
    let path = attribute.path();
    path.segments.last().is_some_and(|s| s.ident == "test")
}

/// The operationIds of the `call!(log, "operationId", ...)` sites in module `name`.
pub fn prism_calls(file: &syn::File, name: &str) -> BTreeSet<String> {
    let mut visitor = CallSites::default();
    if let Some(module) = module(file, name) {
        visitor.visit_item_mod(module);
    }
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

    const WIREMOCK: &str = r#"
        mod common;
        mod pets {
            use super::*;
            #[tokio::test]
            async fn get_pet() {}
            fn helper() {}
            #[test]
            fn list_pets() {}
        }
        mod other { #[tokio::test] async fn delete_pet() {} }
    "#;

    const PRISM: &str = r#"
        macro_rules! call { ($($t:tt)*) => {} }
        mod pets {
            async fn exercise() {
                call!(log, "getPet", client.pets().get_pet(1));
                if true { call!(log, "listPets", client.pets().list_pets()); }
                other!(log, "deletePet", x);
            }
        }
    "#;

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
    fn finds_test_fns_of_the_crate_module_only() {
        let file = syn::parse_file(WIREMOCK).unwrap();
        let fns = test_fns(&file, "pets");
        assert_eq!(fns, ["get_pet", "list_pets"].map(String::from).into());
    }

    #[test]
    fn finds_call_sites_at_any_depth() {
        let file = syn::parse_file(PRISM).unwrap();
        let ids = prism_calls(&file, "pets");
        assert_eq!(ids, ["getPet", "listPets"].map(String::from).into());
        assert!(prism_calls(&file, "missing").is_empty());
    }

    #[test]
    fn an_operation_without_either_test_is_uncovered() {
        let wiremock = syn::parse_file(WIREMOCK).unwrap();
        let prism = syn::parse_file(PRISM).unwrap();
        let rows = coverage(
            &ops(),
            &test_fns(&wiremock, "pets"),
            &prism_calls(&prism, "pets"),
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
