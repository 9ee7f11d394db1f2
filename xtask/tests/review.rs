//! `cargo xtask review`: the report per crate, the version check and `--write`.

use std::fs;
use std::path::Path;
use std::process::Command;

const SPEC: &str = r##"openapi: 3.0.3
info: {title: Shop, version: 1.0.0}
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

fn manifest(version: &str) -> String {
    format!("[[client]]\nspec = \"specs/shop.yaml\"\ncrate = \"shop\"\nout = \"generated/shop\"\nversion = \"{version}\"\n")
}

fn git(root: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// A repository whose last commit has `SPEC` at version 1.2.0.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("specs")).unwrap();
    fs::create_dir_all(root.join("generated/shop")).unwrap();
    fs::write(root.join("specs/shop.yaml"), SPEC).unwrap();
    fs::write(root.join("specs/clients.toml"), manifest("1.2.0")).unwrap();
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "base"]);
    dir
}

fn review(root: &Path, extra: &[&str]) -> anyhow::Result<()> {
    let mut args = vec!["--base".to_string(), "HEAD".to_string()];
    args.extend(extra.iter().map(|a| a.to_string()));
    xtask::review::run(root, &args)
}

#[test]
fn a_breaking_change_needs_a_major_version() {
    let repo = repository();
    let root = repo.path();
    let breaking = SPEC.replace("required: [id]", "required: [id, total]");
    fs::write(root.join("specs/shop.yaml"), breaking).unwrap();
    let error = review(root, &[]).unwrap_err();
    assert!(
        format!("{error:#}").contains("shop 1.2.0 (needs 2.0.0)"),
        "{error:#}"
    );
    fs::write(root.join("specs/clients.toml"), manifest("1.3.0")).unwrap();
    assert!(review(root, &[]).is_err(), "a minor bump is not enough");
    fs::write(root.join("specs/clients.toml"), manifest("2.0.0")).unwrap();
    review(root, &["--write"]).unwrap();
    let changelog = fs::read_to_string(root.join("generated/shop/CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains("## `shop`: breaking (bump: major)"),
        "{changelog}"
    );
    assert!(changelog.contains("Version 1.2.0 → 2.0.0."), "{changelog}");
    assert!(
        changelog.contains("`types::Order::total`: type: `Option<i64>` → `i64`"),
        "{changelog}"
    );
}

#[test]
fn a_docs_change_needs_a_patch_and_no_change_needs_nothing() {
    let repo = repository();
    let root = repo.path();
    review(root, &[]).unwrap();
    fs::write(
        root.join("specs/shop.yaml"),
        SPEC.replace("In cents.", "In cents with taxes."),
    )
    .unwrap();
    let error = review(root, &[]).unwrap_err();
    assert!(format!("{error:#}").contains("needs 1.2.1"), "{error:#}");
    fs::write(root.join("specs/clients.toml"), manifest("1.2.1")).unwrap();
    review(root, &[]).unwrap();
    assert!(
        !root.join("generated/shop/CHANGELOG.md").exists(),
        "written only with --write"
    );
}
