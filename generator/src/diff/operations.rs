//! Changes to the API modules and their operations.

use std::collections::BTreeSet;

use super::changes::{pair, Changes, Site};
use super::report::Class;
use super::{requests, responses};
use crate::ir::{Api, Module, Operation};

/// An operation with the module it is in.
struct Located<'a> {
    module: &'a Module,
    op: &'a Operation,
}

impl Located<'_> {
    /// `apis::pets::PetsApi::list_pets`.
    fn item(&self) -> String {
        format!(
            "apis::{}::{}::{}",
            self.module.name, self.module.struct_name, self.op.method_name
        )
    }
}

/// Compares the API modules of two APIs and the operations in them.
pub fn compare(changes: &mut Changes, old_api: &Api, new_api: &Api) {
    let (old, new) = (&old_api.modules, &new_api.modules);
    let modules = pair(old, new, |m| m.name.as_str());
    for gone in &modules.removed {
        let item = format!("apis::{}", gone.name);
        let pointer = first_pointer(gone);
        changes.removed(
            Class::Breaking,
            &item,
            &pointer,
            format!(
                "module `{}` (feature and `Client::{}`) removed",
                gone.name, gone.accessor
            ),
        );
    }
    for added in &modules.added {
        let item = format!("apis::{}", added.name);
        changes.added(
            Class::Additive,
            &item,
            &first_pointer(added),
            format!("new module `{}` (`Client::{}`)", added.name, added.accessor),
        );
    }
    for (o, n) in &modules.both {
        let item = format!("apis::{}", n.name);
        let (op, np) = (first_pointer(o), first_pointer(n));
        let site = Site {
            item: &item,
            old: &op,
            new: &np,
        };
        changes.value(
            Class::Breaking,
            site,
            "API struct",
            &o.struct_name,
            &n.struct_name,
        );
        changes.value(Class::Breaking, site, "accessor", &o.accessor, &n.accessor);
        changes.docs(site, "doc", &o.doc, &n.doc);
    }
    let schemes = |api: &Api| -> Vec<String> {
        api.security_schemes
            .iter()
            .map(|s| s.name.clone())
            .collect()
    };
    let schemes = (schemes(old_api), schemes(new_api));
    compare_operations(changes, old, new, &schemes);
}

/// The pointer of a module's first operation: where its tag is first used.
fn first_pointer(module: &Module) -> String {
    module
        .operations
        .first()
        .map_or_else(|| "#/tags".to_string(), |op| op.pointer.clone())
}

fn all_operations(modules: &[Module]) -> Vec<Located<'_>> {
    modules
        .iter()
        .flat_map(|module| {
            module
                .operations
                .iter()
                .map(move |op| Located { module, op })
        })
        .collect()
}

/// The security scheme names of the old and the new API, which operations refer to by index.
type Schemes = (Vec<String>, Vec<String>);

fn compare_operations(changes: &mut Changes, old: &[Module], new: &[Module], schemes: &Schemes) {
    let (old, new) = (all_operations(old), all_operations(new));
    let paired = pair(&old, &new, |l| {
        (l.module.name.as_str(), l.op.method_name.as_str())
    });
    let mut moved = BTreeSet::new();
    for gone in &paired.removed {
        let item = gone.item();
        let same_id = paired
            .added
            .iter()
            .find(|l| l.op.operation_id == gone.op.operation_id);
        match same_id {
            Some(now) => {
                moved.insert(now.item());
                let site = Site {
                    item: &item,
                    old: &gone.op.pointer,
                    new: &now.op.pointer,
                };
                changes.changed(
                    Class::Breaking,
                    site,
                    format!("moved: `{item}` → `{}`", now.item()),
                );
            }
            None => {
                let message = format!(
                    "operation removed (was `{} {}`)",
                    gone.op.http_method, gone.op.path
                );
                changes.removed(Class::Breaking, &item, &gone.op.pointer, message);
            }
        }
    }
    for added in paired.added.iter().filter(|l| !moved.contains(&l.item())) {
        let message = format!("new operation `{} {}`", added.op.http_method, added.op.path);
        changes.added(Class::Additive, &added.item(), &added.op.pointer, message);
    }
    for (o, n) in &paired.both {
        let item = n.item();
        compare_operation(
            changes,
            Site {
                item: &item,
                old: &o.op.pointer,
                new: &n.op.pointer,
            },
            (o.op, n.op),
            schemes,
        );
    }
    if paired.reordered {
        changes.changed(
            Class::None,
            Site {
                item: "apis",
                old: "#/paths",
                new: "#/paths",
            },
            "operations reordered",
        );
    }
}

fn compare_operation(
    changes: &mut Changes,
    site: Site<'_>,
    (old, new): (&Operation, &Operation),
    schemes: &Schemes,
) {
    let request = |op: &Operation| format!("{} {}{}", op.http_method, op.path, fixed_query(op));
    changes.value(Class::Wire, site, "request", &request(old), &request(new));
    changes.value(Class::Wire, site, "Accept", &old.accept, &new.accept);
    let security = |op: &Operation, names: &[String]| -> Vec<Vec<String>> {
        let name = |i: &usize| names.get(*i).cloned().unwrap_or_default();
        op.security
            .iter()
            .map(|alternative| alternative.iter().map(&name).collect())
            .collect()
    };
    let (old_security, new_security) = (security(old, &schemes.0), security(new, &schemes.1));
    if old_security != new_security {
        // More ways to authenticate, every old one kept: a client configured before still works.
        let class = if old_security.iter().all(|a| new_security.contains(a)) {
            Class::Additive
        } else {
            Class::Wire
        };
        changes.value(class, site, "security", &old_security, &new_security);
    }
    changes.value(
        Class::Breaking,
        site,
        "request builder",
        &old.builder_name,
        &new.builder_name,
    );
    changes.docs(site, "summary", &old.summary, &new.summary);
    changes.docs(site, "description", &old.description, &new.description);
    changes.deprecated(site, old.deprecated, new.deprecated);
    changes.value(
        Class::Docs,
        site,
        "operationId",
        &old.operation_id,
        &new.operation_id,
    );
    let permissions = |op: &Operation| {
        op.permissions
            .as_ref()
            .map(|p| format!("{} of {}", p.kind, p.list.join(", ")))
    };
    changes.value(
        Class::Docs,
        site,
        "permissions",
        &permissions(old),
        &permissions(new),
    );
    requests::compare(changes, site, old, new);
    responses::compare(changes, site, old, new);
}

/// The constant query pairs an operation sends, as `?a=1&b=2`.
fn fixed_query(op: &Operation) -> String {
    let pairs: Vec<String> = op
        .fixed_query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}
