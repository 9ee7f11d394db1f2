//! Which cargo features need each model: a type used only by some API modules is compiled
//! only when one of them is enabled, so a user who enables one tag does not type-check the
//! models of all the others (GitHub: thousands of serde derives).
//!
//! A type is needed by every module whose operations mention it, directly or through other
//! types. The types no operation reaches (components nothing uses, such as webhook payloads)
//! get a feature of their own, `other_models`, and so does everything they mention.

use std::collections::{BTreeSet, HashMap};

use crate::ir::Api;

/// Sets `TypeDef::cfg` on every type, and `Api::other_models_feature` when some type is
/// used by no operation.
pub fn gate_types(api: &mut Api) {
    let index: HashMap<&str, usize> = api
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = api
        .types
        .iter()
        .map(|t| {
            t.type_exprs()
                .into_iter()
                .flat_map(|ty| named_in(ty, &index))
                .collect()
        })
        .collect();

    let mut needed_by: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); api.types.len()];
    for module in &api.modules {
        let roots = module.operations.iter().flat_map(|op| {
            op.type_exprs()
                .into_iter()
                .flat_map(|ty| named_in(ty, &index))
                .collect::<Vec<_>>()
        });
        for id in reachable(roots, &edges) {
            needed_by[id].insert(module.name.as_str());
        }
    }
    let orphans: Vec<usize> = (0..api.types.len())
        .filter(|&id| needed_by[id].is_empty())
        .collect();
    let other_models = (!orphans.is_empty()).then(|| other_models_name(&api.modules));
    if let Some(feature) = &other_models {
        for id in reachable(orphans, &edges) {
            needed_by[id].insert(feature);
        }
    }
    let cfgs: Vec<String> = needed_by.iter().map(cfg_attribute).collect();
    for (ty, cfg) in api.types.iter_mut().zip(cfgs) {
        ty.cfg = cfg;
    }
    api.other_models_feature = other_models;
}

/// `other_models`, unless an API module already has that name.
fn other_models_name(modules: &[crate::ir::Module]) -> String {
    let mut name = "other_models".to_string();
    while modules.iter().any(|m| m.name == name) {
        name.push('_');
    }
    name
}

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", feature = "b"))]`.
fn cfg_attribute(modules: &BTreeSet<&str>) -> String {
    let features: Vec<String> = modules
        .iter()
        // Module names are Rust identifiers, so they need no escaping.
        .map(|m| format!("feature = \"{m}\""))
        .collect();
    match features.as_slice() {
        [one] => format!("#[cfg({one})]"),
        many => format!("#[cfg(any({}))]", many.join(", ")),
    }
}

/// The models named in a type expression (`Option<Vec<types::Foo>>` → `Foo`). A word that
/// merely looks like a model name only widens a cfg, which is safe.
fn named_in(ty: &str, index: &HashMap<&str, usize>) -> Vec<usize> {
    ty.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter_map(|word| index.get(word).copied())
        .collect()
}

/// Every type reachable from `roots` along `edges`, roots included.
fn reachable(roots: impl IntoIterator<Item = usize>, edges: &[Vec<usize>]) -> Vec<usize> {
    let mut seen = vec![false; edges.len()];
    let mut stack: Vec<usize> = roots.into_iter().collect();
    let mut found = Vec::new();
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id], true) {
            continue;
        }
        found.push(id);
        stack.extend(&edges[id]);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cfg_names_one_or_several_features() {
        assert_eq!(
            cfg_attribute(&["meta"].into()),
            "#[cfg(feature = \"meta\")]"
        );
        assert_eq!(
            cfg_attribute(&["b", "a"].into()),
            "#[cfg(any(feature = \"a\", feature = \"b\"))]"
        );
    }

    #[test]
    fn finds_every_model_in_a_type_expression() {
        let index: HashMap<&str, usize> = [("Foo", 0), ("Bar", 1)].into();
        assert_eq!(
            named_in(
                "std::collections::BTreeMap<String, Vec<types::Foo>>",
                &index
            ),
            [0]
        );
        assert_eq!(named_in("Option<Box<Bar>>", &index), [1]);
        assert!(named_in("FooBar", &index).is_empty());
    }

    #[test]
    fn reaches_through_edges_once() {
        let edges = vec![vec![1], vec![2, 0], vec![], vec![0]];
        let mut found = reachable([0], &edges);
        found.sort_unstable();
        assert_eq!(found, [0, 1, 2]);
    }
}
