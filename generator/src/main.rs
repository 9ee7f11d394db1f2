//! The `clientgen` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Warnings (skipped operations, lossy mappings) go to stderr with their JSON pointer.
    /// Exits 1 when the document cannot be used.
    Generate {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long)]
        spec: PathBuf,
        /// The folder to write the crate into (created if missing; stale files are removed).
        #[arg(long)]
        out: PathBuf,
        /// The crate name (default: derived from `info.title`).
        #[arg(long)]
        name: Option<String>,
        /// A folder of templates that override the built-in ones.
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Print the time spent in each stage.
        #[arg(long)]
        timings: bool,
    },
    /// Print the intermediate representation as JSON, for debugging.
    Ir {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long)]
        spec: PathBuf,
        /// The crate name (default: derived from `info.title`).
        #[arg(long)]
        name: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Generate {
            spec,
            out,
            name,
            templates,
            timings,
        } => {
            let options = clientgen::Options {
                crate_name: name,
                templates,
            };
            let output = match clientgen::generate(&spec, &options) {
                Ok(output) => output,
                Err(fatal) => {
                    eprintln!("{fatal}");
                    return ExitCode::FAILURE;
                }
            };
            for diagnostic in &output.diagnostics {
                eprintln!("{diagnostic}");
            }
            let started = std::time::Instant::now();
            let written = clientgen::write::write_tree(&out, &output.files);
            if timings {
                let t = &output.timings;
                let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
                eprintln!(
                    "timings: load {:.1}ms, lower {:.1}ms, render {:.1}ms, format {:.1}ms, write {:.1}ms, peak {:.1}MiB",
                    ms(t.load),
                    ms(t.lower),
                    ms(t.render),
                    ms(t.format),
                    ms(started.elapsed()),
                    peak_memory_mib()
                );
            }
            match written {
                Ok(summary) => {
                    eprintln!(
                        "{}: {} files, {} written, {} removed, {} warnings",
                        out.display(),
                        output.files.len(),
                        summary.written.len(),
                        summary.removed.len(),
                        output.diagnostics.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: cannot write {}: {e}", out.display());
                    ExitCode::FAILURE
                }
            }
        }
        Command::Ir { spec, name } => {
            let options = clientgen::Options {
                crate_name: name,
                templates: None,
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
