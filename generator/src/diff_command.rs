//! `clientgen diff`: what a spec change does to the users of the generated crate.

use std::path::PathBuf;
use std::process::ExitCode;

use clientgen::diff::{self, Class};
use clientgen::{GroupBy, Options};

/// The report formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// For a reviewer: the verdict and bump, then the changes grouped by class.
    Markdown,
    /// `{"verdict", "bump", "changes": [{"class", "item", "old_pointer", "new_pointer", "message"}]}`.
    Json,
}

/// The arguments of `clientgen diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old version of the OpenAPI document.
    #[arg(long)]
    old: PathBuf,
    /// The new version of the OpenAPI document.
    #[arg(long)]
    new: PathBuf,
    /// The report's format.
    #[arg(long, value_enum, default_value = "markdown")]
    format: Format,
    /// Exit 1 when the verdict is `breaking`.
    #[arg(long)]
    deny_breaking: bool,
    /// The crate name (default: derived from the new document's `info.title`).
    #[arg(long, value_parser = crate::generate_command::crate_name)]
    name: Option<String>,
    /// The old crate's version, which the bump is reckoned from (default: the old
    /// document's `info.version` when it is semver, else 0.1.0, as `generate` writes it).
    #[arg(long, value_parser = semver::Version::parse)]
    old_version: Option<semver::Version>,
    /// How operations are grouped into API modules: `tag` or `path` (see `generate --help`).
    #[arg(long, value_name = "tag|path", default_value = "tag")]
    group_by: GroupBy,
}

/// Runs `clientgen diff`.
pub fn run(args: DiffArgs) -> ExitCode {
    let options = Options {
        crate_name: args.name.clone(),
        version: args.old_version.as_ref().map(ToString::to_string),
        group_by: args.group_by,
        ..Options::default()
    };
    let lowered = clientgen::ir(&args.old, &options).and_then(|(old, _)| {
        let new_options = Options {
            version: None,
            ..options.clone()
        };
        clientgen::ir(&args.new, &new_options).map(|(new, _)| (old, new))
    });
    let (old, new) = match lowered {
        Ok(pair) => pair,
        Err(fatal) => {
            eprintln!("{fatal}");
            return ExitCode::FAILURE;
        }
    };
    let report = diff::compare(&old, &new);
    match args.format {
        Format::Json => println!("{}", report.to_json()),
        Format::Markdown => print!(
            "{}",
            diff::markdown(&report, &new.crate_name, &old.version, &new.version)
        ),
    }
    if args.deny_breaking && report.verdict == Class::Breaking {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
