//! `archera-organizations`: a `call!` per operation.

use ::archera_organizations::Client;

use super::*;
use crate::common::bodies::archera_organizations::{self as bodies, *};

#[tokio::test]
async fn every_operation_passes_prism() {
    run_contract("specs/archera-organizations.yaml", exercise).await;
}

async fn exercise(base_url: String) -> OperationLog {
    let client = Client::builder()
        .base_url(base_url)
        .api_key("prism-api-key")
        .max_retries(0)
        .build()
        .expect("client");
    let orgs = client.organizations_beta();
    let org_id = || ORG_ID.parse().expect("a UUID");
    let mut log = OperationLog::new();
    call!(log, "list_organizations", orgs.list_organizations());
    call!(log, "get_organization", orgs.get_organization(org_id()));
    call!(
        log,
        "update_organization",
        orgs.update_organization(org_id(), bodies::update_organization())
    );
    call!(
        log,
        "delete_organization",
        orgs.delete_organization(org_id())
    );
    log
}
