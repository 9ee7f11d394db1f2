//! `clientgen diff`: the JSON and Markdown reports, and the exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

const OLD: &str = r##"
openapi: 3.0.3
info: {title: Shop, version: 1.2.0}
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      tags: [orders]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: The order.
          content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}
components:
  schemas:
    Order:
      type: object
      required: [id]
      properties:
        id: {type: string}
        total: {type: integer, description: In cents.}
"##;

fn spec(name: &str, text: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("diff_cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `clientgen diff` on `old` and `new`, written as `<name>-old.yaml` and `<name>-new.yaml`.
fn diff(name: &str, old: &str, new: &str, extra: &[&str]) -> Output {
    let (old, new) = (
        spec(&format!("{name}-old.yaml"), old),
        spec(&format!("{name}-new.yaml"), new),
    );
    Command::new(env!("CARGO_BIN_EXE_clientgen"))
        .args(["diff", "--old"])
        .arg(old)
        .arg("--new")
        .arg(new)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn json_names_each_change_with_its_item_pointers_and_class() {
    let new = OLD.replace(
        "total: {type: integer, description: In cents.}",
        "total: {type: string, description: In cents.}",
    );
    let output = diff("json", OLD, &new, &["--format", "json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        report,
        serde_json::json!({
            "verdict": "breaking",
            "bump": "major",
            "changes": [{
                "class": "breaking",
                "item": "types::Order::total",
                "old_pointer": "#/components/schemas/Order/properties/total",
                "new_pointer": "#/components/schemas/Order/properties/total",
                "message": "type: `Option<i64>` → `Option<String>`",
            }],
        })
    );
}

#[test]
fn deny_breaking_fails_only_on_a_breaking_verdict() {
    let breaking = OLD.replace("required: [id]", "required: [id, total]");
    let output = diff("deny", OLD, &breaking, &["--deny-breaking"]);
    assert_eq!(output.status.code(), Some(1));
    let docs = OLD.replace("In cents.", "In cents with taxes.");
    let output = diff(
        "docs",
        OLD,
        &docs,
        &["--deny-breaking", "--format", "markdown"],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let markdown = String::from_utf8_lossy(&output.stdout);
    assert!(
        markdown.starts_with("## `shop`: docs (bump: patch)\n"),
        "{markdown}"
    );
    assert!(markdown.contains("### Docs (1)\n\n- `types::Order::total`: doc: \"In cents.\" → \"In cents with taxes.\""), "{markdown}");
}

#[test]
fn markdown_groups_changes_by_class_most_severe_first() {
    let new = OLD
        .replace("version: 1.2.0", "version: 2.0.0")
        .replace(
            "        total: {type: integer, description: In cents.}\n",
            "        note: {type: string}\n",
        )
        .replace("/orders/{id}:", "/v2/orders/{id}:");
    let output = diff("markdown", OLD, &new, &[]);
    assert!(output.status.success());
    let markdown = String::from_utf8_lossy(&output.stdout);
    let breaking = markdown.find("### Breaking").unwrap();
    let wire = markdown.find("### Wire").unwrap();
    let additive = markdown.find("### Additive").unwrap();
    assert!(breaking < wire && wire < additive, "{markdown}");
    assert!(markdown.contains("Version 1.2.0 → 2.0.0."), "{markdown}");
    assert!(markdown.contains("- `apis::orders::OrdersApi::get_order`: request: \"GET /orders/{id}\" → \"GET /v2/orders/{id}\""), "{markdown}");
    assert!(
        markdown.contains("- `types::Order::note`: new optional field `Option<String>`"),
        "{markdown}"
    );
}

#[test]
fn an_unreadable_spec_exits_1_with_a_diagnostic() {
    let output = diff("usage", OLD, "openapi: [", &["x"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "unknown positional argument is a usage error"
    );
    let output = diff(
        "unreadable",
        OLD,
        "openapi: [",
        &["--format", "json", "--old-version", "1.0.0"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(!output.stderr.is_empty());
}
