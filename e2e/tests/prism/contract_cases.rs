//! `contract-cases`: a `call!` per operation. Prism serves the spec with its path suffixes
//! stripped (it cannot route them; see `clientgen_e2e::routable`), so it checks that the
//! clients send the bare paths and the constant query pairs.

use ::contract_cases::Client;

use super::*;
use crate::common::bodies::contract_cases as bodies;

#[tokio::test]
async fn every_operation_passes_prism() {
    run_contract("specs/contract-cases.yaml", exercise).await;
}

async fn exercise(base_url: String) -> OperationLog {
    let client = Client::builder()
        .base_url(base_url)
        .api_key("prism-api-key")
        .max_retries(0)
        .build()
        .expect("client");
    let cases = client.cases();
    let mut log = OperationLog::new();
    call!(log, "publish", cases.publish("hello"));
    call!(
        log,
        "get_concurrency",
        cases.get_concurrency("my-function", "7")
    );
    call!(log, "search_photos", cases.search_photos().text("cats"));
    call!(log, "search_numbers", cases.search_numbers("US", "88"));
    call!(log, "send_heartbeat", cases.send_heartbeat("e-1"));
    call!(log, "delete_channel", cases.delete_channel("news"));
    call!(log, "download_file", cases.download_file("f-1"));
    call!(log, "list_tags", cases.list_tags());
    call!(
        log,
        "create_account",
        cases.create_account(bodies::create_account())
    );
    call!(log, "get_settings", cases.get_settings());
    call!(
        log,
        "put_rule",
        cases.put_rule(bodies::RULE_CODE, bodies::put_rule())
    );
    call!(log, "get_loose", cases.get_loose());
    call!(log, "get_limits", cases.get_limits());
    call!(log, "open_conversation", cases.open_conversation());
    call!(log, "start_job", cases.start_job(bodies::start_job()));
    call!(
        log,
        "create_batch",
        cases.create_batch(bodies::create_batch())
    );
    call!(
        log,
        "register_application",
        cases.register_application(bodies::register_application())
    );
    call!(
        log,
        "put_definition",
        cases.put_definition("example-name", bodies::put_definition())
    );
    log
}
