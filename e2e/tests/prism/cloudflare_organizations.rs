//! `cloudflare-organizations`: a `call!` per operation.

use ::cloudflare_organizations::Client;

use super::*;
use crate::common::bodies::cloudflare_organizations::{self as bodies, *};

#[tokio::test]
async fn every_operation_passes_prism() {
    run_contract("specs/cloudflare-organizations.yaml", exercise).await;
}

async fn exercise(base_url: String) -> OperationLog {
    let client = Client::builder()
        .base_url(base_url)
        .api_email("ops@acme.example.com")
        .api_key("prism-global-key")
        .max_retries(0)
        .build()
        .expect("client");
    let orgs = client.organizations();
    let mut log = OperationLog::new();
    call!(
        log,
        "Organization_listOrganizations",
        orgs.organization_list_organizations()
            .id(vec![ORG_ID.into(), "c9d1e5f4".into()])
            .name("Acme Corporation")
            .name_ends_with("Corporation")
            .containing_user("7c5dae5552338874e5053f2534d2767a")
            .containing_organization("b8c0d4e3")
            .page_token("eyJvZmZzZXQiOjEwfQ")
            .page_size(10)
    );
    call!(
        log,
        "Organizations_createUserOrganization",
        orgs.organizations_create_user_organization(
            bodies::organizations_create_user_organization()
        )
    );
    call!(
        log,
        "Organizations_retrieve",
        orgs.organizations_retrieve(ORG_ID)
    );
    call!(
        log,
        "Organizations_modify",
        orgs.organizations_modify(ORG_ID, bodies::organizations_modify())
    );
    call!(
        log,
        "Organizations_delete",
        orgs.organizations_delete(ORG_ID)
    );
    call!(
        log,
        "Organizations_getProfile",
        orgs.organizations_get_profile(ORG_ID)
    );
    call!(
        log,
        "Organizations_modifyProfile",
        orgs.organizations_modify_profile(ORG_ID, bodies::organizations_modify_profile())
    );
    log
}
