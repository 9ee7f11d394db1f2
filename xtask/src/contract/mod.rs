//! `cargo xtask contract`: do the generated clients work against the specs they come from?
//!
//! For a deterministic sample of the corpus (or given specs) it generates each crate, builds
//! one program that runs every crate's own examples (one call per operation) through a
//! recording proxy against `prism mock` in static and in dynamic mode, and classifies every
//! call (see [`classify`]). Prism runs without `--errors`, so it answers even a request that
//! breaks the spec and lists what it saw in its `sl-violations` header. The report goes to
//! `target/contract-report.md`; the task fails when any failure is the client's.

mod classify;
mod examples;
mod reasons;
mod report;
mod response_schema;
mod run;
mod select;
mod sent;
mod spec_facts;
mod workspace;

use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};

pub use classify::{Class, Side};
pub use select::CORPUS;

/// The specs CI checks: small ones that cover each fixed case: AWS's query protocol with
/// structured query parameters (SimpleDB), AWS's JSON protocol (`/#X-Amz-Target=...`), `#` suffixes naming query and header parameters and a
/// `DELETE /tags/{arn}#tagKeys` beside other methods (with 204s documented with a schema),
/// `?method=...` suffixes, `?name={var}` suffixes, and one plain spec.
pub const CI_SPECS: &[&str] = &[
    "amazonaws.com/sdb.json",
    "amazonaws.com/cur.json",
    "amazonaws.com/sso.json",
    "amazonaws.com/mediatailor.json",
    "flickr.com.json",
    "icons8.com.json",
    "freetv-app.com.json",
];

/// Entry point: `cargo xtask contract [--sample N] [--seed S] [--suffixed]
/// [--suffixed-sample N] [--ci] [--jobs N] [--min-kb N] [--max-kb N] [--reclassify] [--spec FILE]...`.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let options = select::Options::parse(args)?;
    let specs = select::specs(root, &options)?;
    if specs.is_empty() {
        bail!("no specs selected: give --sample N, --suffixed, --ci or --spec FILE");
    }
    println!("contract: {} specs", specs.len());
    let started = Instant::now();
    let work = root.join("target/contract");
    let (built, calls) = if options.reclassify {
        // The same selection as the recorded run: its crates are generated again (for their
        // operations and spec facts), not built, and its records are classified again.
        let built = workspace::generate_all(&work, &specs);
        let calls = run::recorded(&work, &built);
        (built, calls)
    } else {
        let built = workspace::prepare(root, &work, &specs)?;
        println!(
            "contract: {} crates generated and built in {:.0} s",
            built.crates.len(),
            started.elapsed().as_secs_f64()
        );
        let calls = run::all(&work, &built, options.jobs)?;
        (built, calls)
    };
    let classified = classify::all(&built, &calls);
    let text = report::write(&specs, &built, &classified, started.elapsed());
    let path = root.join("target/contract-report.md");
    std::fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
    println!("{}", report::summary(&classified));
    println!("contract: report written to {}", path.display());
    let client_side = classified
        .iter()
        .filter(|c| c.class.side() == Side::Client)
        .count()
        + built.failed.len();
    if client_side > 0 {
        bail!(
            "{client_side} failures are the client's (see {})",
            path.display()
        );
    }
    Ok(())
}
