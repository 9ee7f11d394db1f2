//! `clientgen diff` gives every pair of the corpus (`xtask/diff-pairs/`) its class. (That the
//! classes are right, `cargo xtask diff-proof` proves by compiling.)

use std::collections::BTreeMap;

use clientgen::diff::{self, Class};
use clientgen::Options;
use xtask::diff_pairs::Corpus;

/// The fewest pairs each class must have.
const PAIRS_PER_CLASS: usize = 25;

#[test]
fn every_pair_gets_its_class() {
    let root = xtask::repo_root();
    let corpus = Corpus::load(&root).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let options = Options {
        crate_name: Some("pairs".to_string()),
        version: Some("1.0.0".to_string()),
        ..Options::default()
    };
    let mut wrong = Vec::new();
    let mut per_class: BTreeMap<Class, usize> = BTreeMap::new();
    for pair in &corpus.pairs {
        *per_class.entry(pair.class).or_default() += 1;
        let lowered = corpus
            .write_pair(pair, &scratch.path().join(&pair.name))
            .and_then(|(old, new)| {
                let lower = |spec| {
                    clientgen::ir(spec, &options)
                        .map(|(api, _)| api)
                        .map_err(|f| anyhow::anyhow!("{f}"))
                };
                Ok((lower(&old)?, lower(&new)?))
            });
        let (old, new) = match lowered {
            Ok(apis) => apis,
            Err(error) => {
                wrong.push(format!("{}: {error:#}", pair.name));
                continue;
            }
        };
        let report = diff::compare(&old, &new);
        if report.verdict != pair.class {
            let changes: Vec<String> = report
                .changes
                .iter()
                .map(|c| format!("    {} {}: {}", c.class.as_str(), c.item, c.message))
                .collect();
            wrong.push(format!(
                "{}: expected {}, got {}\n{}",
                pair.name,
                pair.class.as_str(),
                report.verdict.as_str(),
                changes.join("\n")
            ));
        }
        // A change of class `none` may still list reorderings; any other has at least one change.
        if pair.class != Class::None && report.changes.is_empty() {
            wrong.push(format!("{}: no changes", pair.name));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} pairs misclassified:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    for class in Class::ALL {
        let count = per_class.get(&class).copied().unwrap_or(0);
        assert!(
            count >= PAIRS_PER_CLASS,
            "only {count} pairs of class {}",
            class.as_str()
        );
    }
}

#[test]
fn names_are_unique_and_valid_crate_names() {
    let corpus = Corpus::load(&xtask::repo_root()).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for pair in &corpus.pairs {
        assert!(seen.insert(&pair.name), "{} twice", pair.name);
        clientgen::crate_name::validate(&format!("p-{}", pair.name)).unwrap();
    }
}
