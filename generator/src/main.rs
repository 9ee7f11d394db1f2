//! The `clientgen` command line.

mod diff_command;
mod generate_command;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use diff_command::DiffArgs;
use generate_command::GenerateArgs;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates typed Rust client crates from OpenAPI documents.
#[derive(Debug, Parser)]
#[command(name = "clientgen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Generate a client crate from an OpenAPI document.
    ///
    /// Warnings (skipped operations, lossy mappings, files in --out that clientgen did not
    /// write) go to stderr, the spec's with their JSON pointer; the summary line goes to
    /// stdout. Exits 1 when the document cannot be used, when --out is refused, and with
    /// --check or --deny-warnings as described below.
    Generate(GenerateArgs),
    /// Compare two versions of an OpenAPI document as the generated crate's users see them.
    ///
    /// Both are lowered and their IRs compared. Each change is named by its Rust item and spec
    /// pointers and classed `breaking` (code that compiled may not), `wire` (same Rust API,
    /// other requests or responses), `additive`, `docs` or `none`; the verdict is the most
    /// severe class, and the bump what cargo's semver asks of the old version for it.
    /// Exits 0, or 1 with --deny-breaking when the verdict is `breaking`.
    Diff(DiffArgs),
    /// Print the intermediate representation as JSON, for debugging.
    Ir {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long)]
        spec: PathBuf,
        /// The crate name (default: derived from `info.title`).
        #[arg(long, value_parser = generate_command::crate_name)]
        name: Option<String>,
        /// How operations are grouped into modules: `tag` or `path` (see `generate --help`).
        #[arg(long, value_name = "tag|path", default_value = "tag")]
        group_by: clientgen::GroupBy,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Generate(args) => generate_command::run(args),
        Command::Diff(args) => diff_command::run(args),
        Command::Ir {
            spec,
            name,
            group_by,
        } => {
            let options = clientgen::Options {
                crate_name: name,
                group_by,
                ..clientgen::Options::default()
            };
            match clientgen::ir(&spec, &options) {
                Ok((api, diagnostics)) => {
                    for diagnostic in &diagnostics {
                        eprintln!("{diagnostic}");
                    }
                    match serde_json::to_string_pretty(&api) {
                        Ok(json) => {
                            println!("{json}");
                            ExitCode::SUCCESS
                        }
                        Err(e) => {
                            eprintln!("error: cannot serialize the IR: {e}");
                            ExitCode::FAILURE
                        }
                    }
                }
                Err(fatal) => {
                    eprintln!("{fatal}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
