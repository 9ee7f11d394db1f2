//! The operationIds of a spec, and a log of the calls a test made to them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde_yaml::Value;

/// The HTTP methods a path item can hold an operation under.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every operationId of the OpenAPI document at `spec` (YAML or JSON).
///
/// Panics with the file name when the file cannot be read or an operation has no
/// operationId: the coverage check is meaningless without them.
pub fn operation_ids(spec: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(spec)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", spec.display()));
    let document: Value = serde_yaml::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not YAML: {e}", spec.display()));
    let mut ids = BTreeSet::new();
    let paths = document.get("paths").and_then(Value::as_mapping);
    for (path, item) in paths.into_iter().flatten() {
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let id = operation.get("operationId").and_then(Value::as_str);
            let id = id.unwrap_or_else(|| {
                panic!("{}: {method} {path:?} has no operationId", spec.display())
            });
            ids.insert(id.to_owned());
        }
    }
    ids
}

/// What happened to each operation a test called: how often it was called, and every failure
/// (a rejected request, an undecodable response, a transport error) with its reason.
#[derive(Debug, Default)]
pub struct OperationLog {
    calls: BTreeMap<String, usize>,
    failures: Vec<String>,
}

impl OperationLog {
    /// An empty log.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one call of `operation_id`; `Err` holds why it failed.
    pub fn record(&mut self, operation_id: &str, outcome: Result<(), String>) {
        *self.calls.entry(operation_id.to_owned()).or_default() += 1;
        if let Err(reason) = outcome {
            self.failures.push(format!("{operation_id}: {reason}"));
        }
    }

    /// Adds the calls and failures of `other` to this log.
    pub fn merge(&mut self, other: OperationLog) {
        for (id, calls) in other.calls {
            *self.calls.entry(id).or_default() += calls;
        }
        self.failures.extend(other.failures);
    }

    /// How many times `operation_id` was called.
    pub fn calls(&self, operation_id: &str) -> usize {
        self.calls.get(operation_id).copied().unwrap_or(0)
    }

    /// Everything wrong with this log, given the spec's operationIds: failed calls,
    /// operations never called and calls to operations the spec does not have. `None` when
    /// every operation was called at least `min_calls` times and every call succeeded.
    pub fn problems(&self, expected: &BTreeSet<String>, min_calls: usize) -> Option<String> {
        let mut report = String::new();
        for failure in &self.failures {
            let _ = writeln!(report, "failed: {failure}");
        }
        for id in expected {
            let calls = self.calls(id);
            if calls < min_calls {
                let _ = writeln!(report, "called {calls} times, wanted {min_calls}: {id}");
            }
        }
        for id in self.calls.keys().filter(|id| !expected.contains(*id)) {
            let _ = writeln!(report, "not an operation of the spec: {id}");
        }
        (!report.is_empty()).then_some(report)
    }
}

/// Checks a successful response: a 2xx status, and no `sl-violations` header (Prism lists
/// there whatever in the request did not match the spec, even when it still answered).
pub fn check_success(status: u16, violations: Option<&str>) -> Result<(), String> {
    match violations {
        Some(violations) => Err(format!(
            "status {status}, Prism saw violations: {violations}"
        )),
        None if (200..300).contains(&status) => Ok(()),
        None => Err(format!("status {status} is not a success")),
    }
}

/// Describes a failed call: the error, its status, Prism's violations and the body's start.
pub fn describe_failure(
    error: &dyn std::fmt::Display,
    status: Option<u16>,
    violations: Option<&str>,
    body: Option<&[u8]>,
) -> String {
    let mut text = error.to_string();
    if let Some(status) = status {
        let _ = write!(text, " (status {status})");
    }
    if let Some(violations) = violations {
        let _ = write!(text, "; Prism saw violations: {violations}");
    }
    if let Some(body) = body.filter(|b| !b.is_empty()) {
        let body = String::from_utf8_lossy(body);
        let snippet: String = body.chars().take(400).collect();
        let _ = write!(text, "; body: {snippet}");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_operation_ids_of_every_method() {
        let dir = std::env::temp_dir().join(format!("e2e-ops-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let spec = dir.join("spec.yaml");
        std::fs::write(
            &spec,
            "openapi: 3.0.3\npaths:\n  /a:\n    get: {operationId: getA}\n    patch: {operationId: patchA}\n    parameters: []\n  /b:\n    trace: {operationId: traceB}\n",
        )
        .unwrap();
        assert_eq!(operation_ids(&spec), ids(&["getA", "patchA", "traceB"]));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_complete_log_has_no_problems() {
        let mut log = OperationLog::new();
        log.record("a", Ok(()));
        log.record("b", Ok(()));
        assert_eq!(log.problems(&ids(&["a", "b"]), 1), None);
    }

    #[test]
    fn uncalled_unknown_and_failed_operations_are_problems() {
        let mut log = OperationLog::new();
        log.record("a", Err("status 422".into()));
        log.record("zzz", Ok(()));
        let report = log.problems(&ids(&["a", "b"]), 1).unwrap();
        assert!(report.contains("failed: a: status 422"), "{report}");
        assert!(report.contains("called 0 times, wanted 1: b"), "{report}");
        assert!(
            report.contains("not an operation of the spec: zzz"),
            "{report}"
        );
    }

    #[test]
    fn too_few_rounds_are_a_problem() {
        let mut log = OperationLog::new();
        log.record("a", Ok(()));
        assert!(log.problems(&ids(&["a"]), 2).is_some());
        let mut second = OperationLog::new();
        second.record("a", Ok(()));
        log.merge(second);
        assert_eq!(log.calls("a"), 2);
        assert_eq!(log.problems(&ids(&["a"]), 2), None);
    }

    #[test]
    fn violations_fail_even_a_2xx() {
        assert_eq!(check_success(200, None), Ok(()));
        assert!(check_success(204, Some("[...]")).is_err());
        assert!(check_success(422, None).is_err());
    }
}
