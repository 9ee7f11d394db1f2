//! `cargo xtask generate`: regenerate every client crate in the manifest and write it to disk.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use clientgen::write::{self, WriteOptions, WriteReason};
use clientgen::{Diagnostic, Options, Output};

use crate::drift;
use crate::manifest::{Client, Manifest, GENERATED_DIR};

/// Runs the generator library for one client, in memory.
///
/// `templates` overrides the built-in templates (tests use it; the real run passes `None`).
pub fn generate_client(root: &Path, client: &Client, templates: Option<&Path>) -> Result<Output> {
    let options = Options {
        crate_name: Some(client.crate_name.clone()),
        templates: templates.map(PathBuf::from),
        crate_path: Some(client.out.clone()),
        version: client.version.clone(),
        ..Options::default()
    };
    clientgen::generate(&root.join(&client.spec), &options)
        .map_err(|fatal| anyhow::anyhow!("{}", relative(root, &fatal.0)))
        .with_context(|| {
            format!(
                "cannot generate `{}` from {}",
                client.crate_name, client.spec
            )
        })
}

/// Regenerates every crate, rewriting only changed files and removing stale ones, including
/// folders under `generated/` that no manifest entry owns any more.
///
/// `generated/` holds nothing but generated files, so the write stage runs with `force` (a
/// crate folder without `.clientgen-manifest` is taken over) and every file it did not write
/// there is removed as stale, which is what `cargo xtask check` expects.
///
/// `templates` overrides the built-in templates (tests use it; `cargo xtask generate` passes `None`).
pub fn run(root: &Path, manifest: &Manifest, templates: Option<&Path>) -> Result<()> {
    for client in &manifest.clients {
        let started = Instant::now();
        let output = generate_client(root, client, templates)?;
        let out = root.join(&client.out);
        let plan = write::plan(&out, &output.files, &WriteOptions { force: true })
            .with_context(|| format!("cannot write {}", client.out))?;
        let summary = write::apply(&out, &output.files, &plan)
            .with_context(|| format!("cannot write {}", client.out))?;
        let mut removed = summary.removed.len();
        for relative in drift::stale_files(&plan) {
            write::remove_file(&out, relative)?;
            removed += 1;
        }
        for diagnostic in &output.diagnostics {
            eprintln!("{}", relative(root, diagnostic));
        }
        let edited = plan.written_for(WriteReason::HandEdited);
        if !edited.is_empty() {
            eprintln!(
                "warning: {}: overwrote files edited by hand: {}",
                client.out,
                write::list(&edited)
            );
        }
        println!(
            "{}: {} files, {} written, {removed} removed, {} warnings, {} ms",
            client.crate_name,
            output.files.len(),
            summary.written.len(),
            output.diagnostics.len(),
            started.elapsed().as_millis()
        );
    }
    remove_orphans(root, manifest)
}

/// Deletes what `generated/` holds outside every manifest entry (a removed or renamed client).
fn remove_orphans(root: &Path, manifest: &Manifest) -> Result<()> {
    let generated = root.join(GENERATED_DIR);
    for name in drift::orphan_entries(root, manifest)? {
        let path = generated.join(&name);
        if path.is_dir() {
            for relative in drift::orphan_files(&path)? {
                write::remove_file(&path, &relative)?;
            }
            // Hidden entries other than the manifest are never removed, so the folder may stay.
            let _ = fs::remove_dir(&path);
        } else {
            fs::remove_file(&path)?;
        }
        println!("removed {GENERATED_DIR}/{name}: not in specs/clients.toml");
    }
    Ok(())
}

/// A diagnostic with its spec path shown relative to the repository root.
pub fn relative(root: &Path, diagnostic: &Diagnostic) -> String {
    let mut diagnostic = diagnostic.clone();
    if let Ok(path) = diagnostic.file.strip_prefix(root) {
        diagnostic.file = path.to_path_buf();
    }
    diagnostic.to_string()
}
