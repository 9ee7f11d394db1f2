//! Which cargo features need each model: a type used only by some API modules is compiled
//! only when one of them is enabled, so a user who enables one tag does not type-check the
//! models of all the others (GitHub: thousands of models).
//!
//! A type is needed by every module whose operations mention it, directly or through other
//! types. The types no operation reaches (components nothing uses, such as webhook payloads)
//! get a feature of their own, `other_models`, and so does everything they mention.

use std::collections::BTreeSet;

use crate::ir::{Module, TypeId};

/// The features of every model, and the feature of the models no operation uses.
pub struct Gates {
    /// Per model (by id): the features that compile it, sorted.
    pub per_type: Vec<Vec<String>>,
    /// The feature of the models no operation uses, if there are any.
    pub other_models: Option<String>,
}

/// The features of the models whose mentions are `edges`, used by `modules`.
pub fn gates(edges: &[Vec<TypeId>], modules: &[Module]) -> Gates {
    let mut needed_by: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); edges.len()];
    for module in modules {
        let mut roots = Vec::new();
        for op in &module.operations {
            op.type_refs()
                .into_iter()
                .for_each(|ty| ty.mentions(&mut roots));
        }
        for id in reachable(roots, edges) {
            needed_by[id].insert(module.name.as_str());
        }
    }
    let orphans: Vec<usize> = (0..edges.len())
        .filter(|&id| needed_by[id].is_empty())
        .collect();
    let other_models = (!orphans.is_empty()).then(|| super::naming::other_models_feature(modules));
    if let Some(feature) = &other_models {
        for id in reachable(orphans, edges) {
            needed_by[id].insert(feature);
        }
    }
    Gates {
        per_type: needed_by
            .into_iter()
            .map(|set| set.into_iter().map(str::to_string).collect())
            .collect(),
        other_models,
    }
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
    fn reaches_through_edges_once() {
        let edges = vec![vec![1], vec![2, 0], vec![], vec![0]];
        let mut found = reachable([0], &edges);
        found.sort_unstable();
        assert_eq!(found, [0, 1, 2]);
    }

    #[test]
    fn unused_models_and_what_they_mention_get_their_own_feature() {
        let gates = gates(&[vec![], vec![0]], &[]);
        assert_eq!(gates.other_models.as_deref(), Some("other_models"));
        assert_eq!(gates.per_type, [["other_models"], ["other_models"]]);
    }
}
