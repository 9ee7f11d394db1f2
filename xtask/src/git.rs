//! Running git in the repository.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

/// Runs `git args` in `root` and returns its standard output.
pub fn output(root: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .with_context(|| format!("cannot run `git {}`", args.join(" ")))?;
    if !out.status.success() {
        bail!(
            "`git {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out.stdout)
}

/// Runs `git args` in `root` and returns its standard output as trimmed text.
pub fn text(root: &Path, args: &[&str]) -> Result<String> {
    Ok(String::from_utf8_lossy(&output(root, args)?)
        .trim()
        .to_string())
}
