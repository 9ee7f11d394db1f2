//! Contract tests: every operation of every spec, called through its generated client
//! against the Prism mock server (`prism mock <spec> --errors`).
//!
//! Prism is an independent validator: it rejects any request that does not match the spec
//! (path, query, headers, security, body) and answers with the spec's examples (static mode)
//! or with random schema-valid data (dynamic mode, several rounds). A call passes when Prism
//! accepted the request without violations and the generated client decoded the answer into
//! its typed result. Each test fails when any operation of the spec was not called, so an
//! operation added to a spec without a call here fails CI.
//!
//! The calls live in one module per crate, named after it (`genesys_cloud.rs`, ...), and send
//! the same request bodies as the wiremock tests (`common/bodies.rs`);
//! `cargo xtask coverage-ops` reads their `call!` sites to report coverage.

#[path = "../common/mod.rs"]
mod common;

use clientgen_e2e::operations::{check_success, describe_failure, operation_ids, OperationLog};
use clientgen_e2e::prism::{Mode, PrismServer};
use clientgen_e2e::repo_root;

/// How often each operation is called against a dynamic Prism, so the decoders meet
/// several random, schema-valid answers.
const DYNAMIC_ROUNDS: usize = 3;

/// Sends `$request` with `send_with_response()` and records the outcome under `$operation_id`
/// in `$log`: success needs a 2xx with no Prism violations and a decoded body.
macro_rules! call {
    ($log:expr, $operation_id:literal, $request:expr) => {{
        let outcome = match $request.send_with_response().await {
            Ok(response) => check_success(
                response.status().as_u16(),
                response
                    .headers()
                    .get("sl-violations")
                    .and_then(|v| v.to_str().ok()),
            ),
            Err(error) => Err(describe_failure(
                &error,
                error.status().map(|s| s.as_u16()),
                error
                    .headers()
                    .and_then(|h| h.get("sl-violations"))
                    .and_then(|v| v.to_str().ok()),
                error.raw_body(),
            )),
        };
        $log.record($operation_id, outcome);
    }};
}

/// Runs `exercise` once against a static Prism and `DYNAMIC_ROUNDS` times against a dynamic
/// one, then fails listing every failed call and every operation of `spec` left uncalled.
async fn run_contract<F, Fut>(spec: &str, exercise: F)
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = OperationLog>,
{
    let expected = operation_ids(&repo_root().join(spec));
    assert!(!expected.is_empty(), "{spec} has no operations");
    let mut report = String::new();
    for (mode, rounds) in [(Mode::Static, 1), (Mode::Dynamic, DYNAMIC_ROUNDS)] {
        let server = PrismServer::start(spec, mode);
        let mut log = OperationLog::new();
        for _ in 0..rounds {
            log.merge(exercise(server.uri()).await);
        }
        if let Some(problems) = log.problems(&expected, rounds) {
            report.push_str(&format!("--- {mode:?} Prism on {spec}:\n{problems}"));
        }
    }
    assert!(report.is_empty(), "{report}");
}

mod archera_organizations;
mod cloudflare_organizations;
mod contract_cases;
mod genesys_cloud;
