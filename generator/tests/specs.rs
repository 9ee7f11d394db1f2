//! Checks on the OpenAPI documents in `specs/`.
//!
//! - every spec deserializes into `openapiv3::OpenAPI`, and no key of the document is
//!   silently dropped by that model (a misspelt or misplaced keyword fails the test);
//! - every endpoint listed in `specs/ENDPOINTS.md` is in its spec with the listed operationId;
//! - an independent validator (swagger-parser, `tools/validate-specs.mjs`) accepts every spec.
//!   It needs `npm ci --prefix tools` first; without it the test fails, it never skips.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use openapiv3::{OpenAPI, Operation, ReferenceOr};
use serde_json::Value;

/// Number of rows `specs/ENDPOINTS.md` must have: 53 Genesys + 7 Cloudflare + 4 Archera.
const EXPECTED_ENDPOINT_ROWS: usize = 64;

fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    root.canonicalize()
        .unwrap_or_else(|e| panic!("cannot resolve repo root {}: {e}", root.display()))
}

/// `specs/*.yaml`, sorted by name.
fn spec_files() -> Vec<PathBuf> {
    let dir = repo_root().join("specs");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no specs/*.yaml found in {}",
        dir.display()
    );
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Strict parse: serde error with its path inside the document.
fn parse_spec(path: &Path) -> Result<OpenAPI, String> {
    let name = file_name(path);
    let text = fs::read_to_string(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let de = serde_yaml::Deserializer::from_str(&text);
    serde_path_to_error::deserialize::<_, OpenAPI>(de)
        .map_err(|e| format!("{name}: at `{}`: {}", e.path(), e.inner()))
}

/// Keys present in `original` that are missing from `reparsed` (the re-serialized model).
///
/// openapiv3 ignores unknown keys (only `x-*` keys are kept, as extensions), so a keyword
/// spelt wrong (`requried`) or put where it does not belong (`nullable` on a parameter)
/// deserializes fine and is silently lost. Re-serializing the model and looking for keys
/// that disappeared catches that. A dropped key whose value is a serde default
/// (`false`, `null`, empty) is not a loss: the model just does not write defaults back.
fn dropped_keys(original: &Value, reparsed: &Value, at: &str, out: &mut Vec<String>) {
    match (original, reparsed) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                match b.get(key) {
                    Some(other) => dropped_keys(value, other, &here, out),
                    None if is_default(value) => {}
                    None => out.push(here),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                dropped_keys(x, y, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn is_default(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

#[test]
fn every_spec_parses_with_openapiv3() {
    let mut failures = Vec::new();
    for path in spec_files() {
        let name = file_name(&path);
        let spec = match parse_spec(&path) {
            Ok(spec) => spec,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        if !spec.openapi.starts_with("3.0.") {
            failures.push(format!("{name}: `openapi: {}` is not 3.0.x", spec.openapi));
        }
        let text = fs::read_to_string(&path).unwrap();
        let original: Value = serde_yaml::from_str(&text)
            .unwrap_or_else(|e| panic!("{name}: not YAML convertible to JSON: {e}"));
        let reparsed = serde_json::to_value(&spec).expect("openapiv3 model serializes");
        let mut lost = Vec::new();
        dropped_keys(&original, &reparsed, "", &mut lost);
        for pointer in lost {
            failures.push(format!(
                "{name}: key `{pointer}` is not part of the OpenAPI 3.0 model (openapiv3 drops it)"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "spec(s) do not parse strictly:\n{}",
        failures.join("\n")
    );
}

/// One row of the endpoint table in `specs/ENDPOINTS.md`.
#[derive(Debug)]
struct EndpointRow {
    line: usize,
    seeds: Vec<String>,
    method: String,
    path: String,
    operation_id: String,
}

/// Parses the table whose header is `| seed | method | path | operationId | sdk method |`.
fn endpoint_rows(markdown: &str) -> Vec<EndpointRow> {
    let cells = |line: &str| -> Vec<String> {
        line.trim()
            .trim_start_matches('|')
            .trim_end_matches('|')
            .split('|')
            .map(|c| c.trim().trim_matches('`').trim().to_string())
            .collect()
    };
    let mut lines = markdown.lines().enumerate();
    let header = ["seed", "method", "path", "operationId", "sdk method"];
    lines
        .by_ref()
        .find(|(_, l)| l.trim_start().starts_with('|') && cells(l) == header)
        .expect(
            "specs/ENDPOINTS.md has no `| seed | method | path | operationId | sdk method |` table",
        );
    let (_, separator) = lines.next().expect("table separator line");
    assert!(
        cells(separator)
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':')),
        "second line of the endpoint table is not a separator: {separator}"
    );
    let mut rows = Vec::new();
    for (i, line) in lines {
        if !line.trim_start().starts_with('|') {
            break;
        }
        let c = cells(line);
        assert_eq!(
            c.len(),
            5,
            "ENDPOINTS.md line {}: expected 5 cells: {line}",
            i + 1
        );
        rows.push(EndpointRow {
            line: i + 1,
            seeds: c[0].split(',').map(|s| s.trim().to_string()).collect(),
            method: c[1].to_ascii_uppercase(),
            path: c[2].clone(),
            operation_id: c[3].clone(),
        });
    }
    rows
}

fn spec_for_seed(seed: &str) -> Option<&'static str> {
    match seed {
        "000" | "001" | "003" => Some("genesys-cloud.yaml"),
        "002" => Some("cloudflare-organizations.yaml"),
        "004" => Some("archera-organizations.yaml"),
        _ => None,
    }
}

fn operation<'a>(spec: &'a OpenAPI, method: &str, path: &str) -> Option<&'a Operation> {
    let item = match spec.paths.paths.get(path)? {
        ReferenceOr::Item(item) => item,
        ReferenceOr::Reference { .. } => return None,
    };
    match method {
        "GET" => item.get.as_ref(),
        "PUT" => item.put.as_ref(),
        "POST" => item.post.as_ref(),
        "DELETE" => item.delete.as_ref(),
        "OPTIONS" => item.options.as_ref(),
        "HEAD" => item.head.as_ref(),
        "PATCH" => item.patch.as_ref(),
        "TRACE" => item.trace.as_ref(),
        _ => None,
    }
}

#[test]
fn every_seed_endpoint_is_in_the_specs() {
    let root = repo_root();
    let table = root.join("specs/ENDPOINTS.md");
    let markdown = fs::read_to_string(&table)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", table.display()));
    let rows = endpoint_rows(&markdown);

    let mut specs: BTreeMap<&str, Result<OpenAPI, String>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut unusable = BTreeSet::new();
    let mut failures = Vec::new();
    for row in &rows {
        let at = format!(
            "ENDPOINTS.md line {}: {} {}",
            row.line, row.method, row.path
        );
        let targets: BTreeSet<_> = row.seeds.iter().map(|s| spec_for_seed(s)).collect();
        let file = match targets.into_iter().collect::<Vec<_>>().as_slice() {
            [Some(file)] => *file,
            _ => {
                failures.push(format!(
                    "{at}: seeds {:?} do not name exactly one known spec",
                    row.seeds
                ));
                continue;
            }
        };
        if !seen.insert((file, row.method.clone(), row.path.clone())) {
            failures.push(format!("{at}: listed twice for {file}"));
        }
        let spec = specs
            .entry(file)
            .or_insert_with(|| parse_spec(&root.join("specs").join(file)));
        let spec = match spec {
            Ok(spec) => spec,
            Err(e) => {
                // Reported once per spec, not once per row.
                if unusable.insert(file) {
                    failures.push(format!(
                        "{file} is unusable, its rows cannot be checked: {e}"
                    ));
                }
                continue;
            }
        };
        match operation(spec, &row.method, &row.path) {
            None => failures.push(format!("{at}: no such operation in {file}")),
            Some(op) if op.operation_id.as_deref() != Some(row.operation_id.as_str()) => failures
                .push(format!(
                    "{at}: {file} has operationId {:?}, the table says {:?}",
                    op.operation_id, row.operation_id
                )),
            Some(_) => {}
        }
    }
    if rows.len() != EXPECTED_ENDPOINT_ROWS {
        failures.push(format!(
            "ENDPOINTS.md has {} endpoint rows, expected {EXPECTED_ENDPOINT_ROWS}",
            rows.len()
        ));
    }
    assert!(
        failures.is_empty(),
        "seed endpoints missing from the specs:\n{}",
        failures.join("\n")
    );
}

#[test]
fn independent_validator_accepts_every_spec() {
    let root = repo_root();
    let parser = root.join("tools/node_modules/@apidevtools/swagger-parser");
    assert!(
        parser.is_dir(),
        "{} is missing: run `npm ci --prefix tools` (from the repo root) to install the validator",
        parser.display()
    );
    let mut failures = Vec::new();
    for path in spec_files() {
        let rel = format!("specs/{}", file_name(&path));
        let output = Command::new("node")
            .arg("tools/validate-specs.mjs")
            .arg(&rel)
            .current_dir(&root)
            .output()
            .unwrap_or_else(|e| panic!("cannot run `node` (is Node.js installed?): {e}"));
        if !output.status.success() {
            failures.push(format!(
                "{rel}: validator exited with {}\n{}{}",
                output.status,
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "swagger-parser rejected spec(s):\n{}",
        failures.join("\n")
    );
}
