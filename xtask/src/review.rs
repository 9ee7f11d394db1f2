//! `cargo xtask review [--base REV] [--write]`: what the spec changes since `REV` do to each
//! generated crate's users, and whether each crate's version was bumped as they require.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clientgen::diff::{self, Report};
use clientgen::Options;

use crate::git;
use crate::manifest::{Client, Manifest, CHANGELOG_FILE};

/// The review of one crate.
struct Reviewed {
    crate_name: String,
    out: String,
    old_version: semver::Version,
    new_version: semver::Version,
    report: Report,
}

impl Reviewed {
    fn markdown(&self) -> String {
        diff::markdown(
            &self.report,
            &self.crate_name,
            &self.old_version.to_string(),
            &self.new_version.to_string(),
        )
    }

    /// Whether the crate's version went up by at least the bump its changes ask for.
    fn bumped_enough(&self) -> bool {
        self.report
            .bump
            .satisfied_by(&self.old_version, &self.new_version)
    }
}

/// Runs the task with its command-line arguments.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let mut base = None;
    let mut write = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => base = Some(args.next().context("--base needs a revision")?.clone()),
            "--write" => write = true,
            other => bail!("unknown argument `{other}` (expected --base REV, --write)"),
        }
    }
    let base = match base {
        Some(rev) => rev,
        None => git::text(root, &["merge-base", "HEAD", "main"])
            .context("cannot find the merge base with main; pass --base REV")?,
    };
    let commit = format!("{base}^{{commit}}");
    let base_sha = git::text(root, &["rev-parse", "--short", commit.as_str()])?;
    let old_tree = export_specs(root, &base_sha)?;
    let manifest = Manifest::load(root)?;
    let old_manifest = Manifest::load(&old_tree).ok();
    println!("# API review: spec changes since `{base_sha}`\n");
    let mut short = Vec::new();
    let mut reviewed = Vec::new();
    for client in &manifest.clients {
        let old_client = old_manifest
            .as_ref()
            .and_then(|m| m.clients.iter().find(|c| c.crate_name == client.crate_name));
        let Some(old_client) = old_client.filter(|c| old_tree.join(&c.spec).is_file()) else {
            println!(
                "- `{}`: new crate, nothing to compare with.\n",
                client.crate_name
            );
            continue;
        };
        let review = review(root, &old_tree, old_client, client)?;
        if review.report.changes.is_empty() {
            println!("- `{}`: no change to its API.\n", client.crate_name);
            continue;
        }
        println!("{}", review.markdown());
        if !review.bumped_enough() {
            let wanted = review.report.bump.apply(&review.old_version);
            println!(
                "**Version not bumped enough:** `{}` is {} but this change needs at least {wanted} (set `version` in specs/clients.toml).\n",
                review.crate_name, review.new_version
            );
            short.push(format!(
                "{} {} (needs {wanted})",
                review.crate_name, review.new_version
            ));
        }
        reviewed.push(review);
    }
    if write {
        for review in &reviewed {
            append_changelog(root, review)?;
        }
    }
    if !short.is_empty() {
        bail!(
            "version not bumped as the changes require: {}",
            short.join(", ")
        );
    }
    Ok(())
}

/// Extracts `specs/` as it was at `rev` into `target/review/<rev>/` (a fresh copy each time).
fn export_specs(root: &Path, rev: &str) -> Result<PathBuf> {
    let dir = root.join("target").join("review").join(rev);
    if dir.exists() {
        fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    fs::create_dir_all(&dir)?;
    let tar = git::output(root, &["archive", "--format=tar", rev, "specs"])?;
    let mut untar = std::process::Command::new("tar")
        .args(["-x", "-C"])
        .arg(&dir)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .context("cannot run tar")?;
    std::io::Write::write_all(untar.stdin.as_mut().context("tar has no stdin")?, &tar)?;
    if !untar.wait()?.success() {
        bail!("cannot extract specs/ of {rev}");
    }
    Ok(dir)
}

/// Lowers the old and the new spec of one crate and compares them.
fn review(root: &Path, old_tree: &Path, old: &Client, new: &Client) -> Result<Reviewed> {
    let lower = |tree: &Path, client: &Client| {
        let options = Options {
            crate_name: Some(client.crate_name.clone()),
            version: client.version.clone(),
            ..Options::default()
        };
        clientgen::ir(&tree.join(&client.spec), &options)
            .map(|(api, _)| api)
            .map_err(|fatal| anyhow::anyhow!("{fatal}"))
            .with_context(|| format!("cannot lower {} of `{}`", client.spec, client.crate_name))
    };
    let (old_api, new_api) = (lower(old_tree, old)?, lower(root, new)?);
    let version = |text: &str| {
        semver::Version::parse(text).with_context(|| format!("`{text}` is not semver"))
    };
    Ok(Reviewed {
        crate_name: new.crate_name.clone(),
        out: new.out.clone(),
        old_version: version(&old_api.version)?,
        new_version: version(&new_api.version)?,
        report: diff::compare(&old_api, &new_api),
    })
}

/// Appends the crate's report to its `CHANGELOG.md`, under a heading with its new version.
fn append_changelog(root: &Path, review: &Reviewed) -> Result<()> {
    let path = root.join(&review.out).join(CHANGELOG_FILE);
    let mut text = fs::read_to_string(&path)
        .unwrap_or_else(|_| format!("# Changelog of `{}`\n", review.crate_name));
    text.push('\n');
    text.push_str(&review.markdown());
    fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    println!("appended the report to {}/{CHANGELOG_FILE}", review.out);
    Ok(())
}
