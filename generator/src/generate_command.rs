//! `clientgen generate`: generate a crate, then write it to `--out` or (`--check`) compare.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clientgen::write::{self, WriteOptions};
use clientgen::{check, GroupBy, Options, Output};

/// The arguments of `clientgen generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// The OpenAPI document (YAML or JSON).
    #[arg(long)]
    spec: PathBuf,
    /// The folder to write the crate into (created if missing). clientgen records the files it
    /// writes there in `.clientgen-manifest` and only ever overwrites or removes those; other
    /// files are left alone.
    #[arg(long)]
    out: PathBuf,
    /// The crate name (default: derived from `info.title`): lowercase ASCII letters, digits,
    /// `-` and `_`, starting with a letter, at most 64 characters, not a keyword or reserved name.
    #[arg(long, value_parser = crate_name)]
    name: Option<String>,
    /// A folder of templates that override the built-in ones.
    #[arg(long)]
    templates: Option<PathBuf>,
    /// Write into a non-empty folder that has no `.clientgen-manifest`, and overwrite files
    /// clientgen did not write where it generates a file of the same name. Other files are
    /// still never touched.
    #[arg(long)]
    force: bool,
    /// Write nothing: generate in memory, compare with `--out`, and exit 1 with a unified diff
    /// when they differ.
    #[arg(long)]
    check: bool,
    /// Treat warnings as errors: print them all, then exit 1 without writing anything.
    #[arg(long)]
    deny_warnings: bool,
    /// How operations are grouped into API modules, each a cargo feature: `tag` (by first tag;
    /// operations without tags by path) or `path` (by the first path segment that is not a
    /// parameter, a version or `api`: `/v1/customers/{id}` → `customers`).
    #[arg(long, value_name = "tag|path", default_value = "tag")]
    group_by: GroupBy,
    /// Print the time spent in each stage.
    #[arg(long)]
    timings: bool,
    /// A folder outside the spec's own that its `$ref`s may read files from (repeatable).
    #[arg(long = "allow-dir", value_name = "DIR")]
    allow_dirs: Vec<PathBuf>,
}

/// Checks `--name` while the arguments are parsed, before anything else runs.
pub fn crate_name(name: &str) -> Result<String, String> {
    // clap's message already says `invalid value 'x' for '--name <NAME>'`.
    clientgen::crate_name::validate(name)
        .map(|()| name.to_string())
        .map_err(|e| e.details)
}

/// Runs `clientgen generate`.
pub fn run(args: GenerateArgs) -> ExitCode {
    let options = Options {
        crate_name: args.name.clone(),
        templates: args.templates.clone(),
        allow_dirs: args.allow_dirs.clone(),
        crate_path: Some(crate_path(
            &args.out,
            std::env::current_dir().ok().as_deref(),
        )),
        group_by: args.group_by,
        ..Options::default()
    };
    let output = match clientgen::generate(&args.spec, &options) {
        Ok(output) => output,
        Err(fatal) => {
            eprintln!("{fatal}");
            return ExitCode::FAILURE;
        }
    };
    for diagnostic in &output.diagnostics {
        eprintln!("{diagnostic}");
    }
    let started = Instant::now();
    let write_options = WriteOptions { force: args.force };
    let plan = match write::plan(&args.out, &output.files, &write_options) {
        Ok(plan) => plan,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let folder_warnings = plan.warnings(args.check);
    for warning in &folder_warnings {
        eprintln!("{warning}");
    }
    let count = output.diagnostics.len() + folder_warnings.len();
    let denied = args.deny_warnings && count > 0;
    let warnings = write::count(count, "warning");
    let out = args.out.display();

    if args.check {
        let diffs = check::diffs(&plan, &output.files, &shown(&args.out));
        if diffs.is_empty() {
            println!(
                "{out}: up to date ({} files, {warnings})",
                output.files.len()
            );
        } else {
            print!("{}", check::report(&diffs));
            let fix = "run `clientgen generate` without --check to update it";
            eprintln!("error: {}", check::summary(&out.to_string(), &diffs, fix));
        }
        if denied {
            eprintln!("error: {warnings}, and --deny-warnings turns them into errors");
        }
        return exit_code(diffs.is_empty() && !denied);
    }
    if denied {
        eprintln!("error: {warnings}, and --deny-warnings turns them into errors: nothing written");
        return ExitCode::FAILURE;
    }
    let written = write::apply(&args.out, &output.files, &plan);
    if args.timings {
        print_timings(&output, started.elapsed());
    }
    match written {
        Ok(summary) => {
            println!(
                "{out}: {} files, {} written, {} removed, {warnings}",
                output.files.len(),
                summary.written.len(),
                summary.removed.len(),
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The crate's folder as a `path` dependency in the folder clientgen runs in (`cwd`) names it:
/// `--out` as given when relative (`crates/petstore`), relative to `cwd` when absolute and
/// inside it, and otherwise, like the current folder itself, a sibling: `../<folder name>`.
fn crate_path(out: &Path, cwd: Option<&Path>) -> String {
    let inside = match (out.is_absolute(), cwd) {
        (false, _) => Some(out),
        (true, Some(cwd)) => out.strip_prefix(cwd).ok(),
        (true, None) => None,
    };
    let relative = inside.map(shown).filter(|path| !path.is_empty());
    relative.unwrap_or_else(|| {
        let folder = if out.is_absolute() { Some(out) } else { cwd };
        let name = folder
            .and_then(Path::file_name)
            .map_or_else(|| "client".into(), |n| n.to_string_lossy());
        format!("../{name}")
    })
}

/// `--out` as the diff shows it: `/`-separated, without a leading `./` or a trailing `/`, and,
/// as `git diff --no-index` does, without the leading `/` of an absolute path.
fn shown(out: &Path) -> String {
    let text = out.to_string_lossy().replace('\\', "/");
    let text = text.trim_end_matches('/');
    let text = text.strip_prefix("./").unwrap_or(text);
    let text = text.trim_start_matches('/');
    if text == "." {
        String::new()
    } else {
        text.to_string()
    }
}

fn exit_code(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_timings(output: &Output, write: Duration) {
    let t = &output.timings;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    eprintln!(
        "timings: load {:.1}ms, lower {:.1}ms, render {:.1}ms, format {:.1}ms, write {:.1}ms, peak {:.1}MiB",
        ms(t.load),
        ms(t.lower),
        ms(t.render),
        ms(t.format),
        ms(write),
        peak_memory_mib()
    );
}

/// The process's peak resident memory (Linux `VmHWM`), or 0 where it cannot be read.
fn peak_memory_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_path_is_out_as_the_user_wrote_it() {
        let cwd = Path::new("/home/me/shop");
        let path = |out: &str| crate_path(Path::new(out), Some(cwd));
        assert_eq!(path("crates/petstore"), "crates/petstore");
        assert_eq!(path("./crates/petstore/"), "crates/petstore");
        assert_eq!(path("../clients/petstore"), "../clients/petstore");
        assert_eq!(path("/home/me/shop/crates/petstore"), "crates/petstore");
        assert_eq!(path("/srv/clients/petstore"), "../petstore");
        assert_eq!(path("."), "../shop");
        assert_eq!(crate_path(Path::new("."), None), "../client");
    }
}
