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
//! The calls are grouped per crate in modules named after it (`genesys_cloud`, ...);
//! `cargo xtask coverage-ops` reads the `call!` sites of this file to report coverage.

mod common;

use clientgen_e2e::operations::{check_success, describe_failure, operation_ids, OperationLog};
use clientgen_e2e::prism::{Mode, PrismServer};
use clientgen_e2e::repo_root;
use common::bodies;

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

mod genesys_cloud {
    use super::*;
    use ::genesys_cloud::types as t;
    use ::genesys_cloud::Client;

    const TRUSTEE_ORG: &str = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    const TRUSTOR_ORG: &str = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
    const USER_ID: &str = "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9";
    const PAIRING_ID: &str = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
    const REQUEST_ID: &str = "9c8b7a6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d";

    #[tokio::test]
    async fn every_operation_passes_prism() {
        run_contract("specs/genesys-cloud.yaml", exercise).await;
    }

    #[allow(deprecated)]
    async fn exercise(base_url: String) -> OperationLog {
        let client = Client::builder()
            .base_url(base_url)
            .bearer_token("prism-token")
            .max_retries(0)
            .build()
            .expect("client");
        let mut log = OperationLog::new();
        call!(
            log,
            "getFieldconfig",
            client.organization().get_fieldconfig("person".into())
        );
        call!(
            log,
            "postOrganizations",
            client
                .organization()
                .post_organizations()
                .body(t::OrganizationCreate {
                    name: "Acme Corp".into(),
                    admin_username: "admin@acme.example.com".into(),
                    admin_password: "Correct-Horse-9".into(),
                    domain: "acme".into(),
                    third_party_org_name: "acmecorp".into(),
                    deletable: None,
                    organization_type: None,
                    products: Some(vec!["cloudcx".into()]),
                    salesforce_client: None,
                    organization_features: Some([("purecloud".to_owned(), true)].into()),
                })
        );
        call!(
            log,
            "getOrganizationsAuthenticationSettings",
            client
                .organization()
                .get_organizations_authentication_settings()
        );
        call!(
            log,
            "patchOrganizationsAuthenticationSettings",
            client
                .organization()
                .patch_organizations_authentication_settings(t::OrgAuthSettings {
                    multifactor_authentication_required: Some(true),
                    domain_allowlist_enabled: Some(false),
                    ip_address_allowlist: Some(vec![
                        "203.0.113.0/24".into(),
                        "198.51.100.7/32".into()
                    ]),
                    ..Default::default()
                })
        );
        call!(
            log,
            "getOrganizationsEmbeddedintegration",
            client
                .organization()
                .get_organizations_embeddedintegration()
        );
        call!(
            log,
            "putOrganizationsEmbeddedintegration",
            client
                .organization()
                .put_organizations_embeddedintegration(t::EmbeddedIntegration {
                    enable_whitelist: Some(false),
                    domain_whitelist: Some(vec!["a.example.com".into(), "b.example.com".into()]),
                })
        );
        call!(
            log,
            "getOrganizationsEnforcescopes",
            client.organization().get_organizations_enforcescopes()
        );
        call!(
            log,
            "putOrganizationsEnforcescopes",
            client
                .organization()
                .put_organizations_enforcescopes(t::EnforceScopesSetting {
                    enforce_scopes: Some(false),
                })
        );
        call!(
            log,
            "patchOrganizationsFeature",
            client.organization().patch_organizations_feature(
                t::PatchOrganizationsFeatureFeatureName::RealtimeCic,
                t::FeatureState {
                    enabled: Some(true),
                },
            )
        );
        call!(
            log,
            "getOrganizationsIpaddressauthentication",
            client
                .organization()
                .get_organizations_ipaddressauthentication()
        );
        call!(
            log,
            "putOrganizationsIpaddressauthentication",
            client
                .organization()
                .put_organizations_ipaddressauthentication(t::IpAddressAuthentication {
                    network_whitelist: Some(vec!["203.0.113.0/24".into(), "2001:db8::/32".into()]),
                })
        );
        call!(
            log,
            "getOrganizationsLimitsChangerequests",
            client
                .organization()
                .get_organizations_limits_changerequests()
                .after(1_696_118_400_000)
                .before(1_727_740_800_000)
                .status(t::GetOrganizationsLimitsChangerequestsStatus::Approved)
                .page_size(25)
                .expand(vec![
                    t::GetOrganizationsLimitsChangerequestsExpandItem::StatusHistory,
                ])
        );
        call!(
            log,
            "postOrganizationsLimitsChangerequests",
            client
                .organization()
                .post_organizations_limits_changerequests(t::LimitChangeRequest {
                    id: None,
                    key: "max.concurrent.requests".into(),
                    namespace: "platform.api".into(),
                    requested_value: 500.0,
                    description: "Black Friday traffic".into(),
                    support_case_url: "https://support.example.com/cases/12345".into(),
                    created_by: None,
                    self_uri: None,
                })
        );
        call!(
            log,
            "getOrganizationsLimitsChangerequest",
            client
                .organization()
                .get_organizations_limits_changerequest(REQUEST_ID)
        );
        call!(
            log,
            "patchOrganizationsLimitsChangerequest",
            client
                .organization()
                .patch_organizations_limits_changerequest(
                    REQUEST_ID,
                    t::LimitChangeRequestUpdate {
                        status: Some("Rejected".into()),
                        reject_reason: Some("IncreaseNotRequired".into()),
                        ..Default::default()
                    },
                )
        );
        call!(
            log,
            "getOrganizationsLimitsDocs",
            client.organization().get_organizations_limits_docs()
        );
        call!(
            log,
            "getOrganizationsLimitsNamespaces",
            client
                .organization()
                .get_organizations_limits_namespaces()
                .page_size(100)
                .page_number(2)
        );
        call!(
            log,
            "getOrganizationsLimitsNamespace",
            client
                .organization()
                .get_organizations_limits_namespace("platform.api")
        );
        call!(
            log,
            "getOrganizationsLimitsNamespaceDefaults",
            client
                .organization()
                .get_organizations_limits_namespace_defaults("web.messaging")
        );
        call!(
            log,
            "getOrganizationsMe",
            client.organization().get_organizations_me()
        );
        call!(
            log,
            "putOrganizationsMe",
            client
                .organization()
                .put_organizations_me()
                .body(bodies::genesys_organization())
        );
        call!(
            log,
            "deleteOrganizationsMe",
            client.organization().delete_organizations_me()
        );
        call!(
            log,
            "getOrganizationsMigrations",
            client
                .organization()
                .get_organizations_migrations()
                .migration_type(t::GetOrganizationsMigrationsMigrationType::All)
                .include_hidden(true)
                .include_details(false)
        );
        call!(
            log,
            "getOrganizationsMigration",
            client
                .organization()
                .get_organizations_migration("Data Retention 2024")
                .include_details(true)
        );
        call!(
            log,
            "patchOrganizationsMigration",
            client.organization().patch_organizations_migration(
                "newAnalyticsUi",
                t::MigrationUpdate {
                    enabled: Some(true),
                },
            )
        );
        call!(
            log,
            "getOrganizationsMigrationState",
            client
                .organization()
                .get_organizations_migration_state("newAnalyticsUi")
        );
        call!(
            log,
            "getOrganizationsPasswordrequirements",
            client
                .organization()
                .get_organizations_passwordrequirements()
        );
        call!(
            log,
            "putOrganizationsPasswordrequirements",
            client
                .organization()
                .put_organizations_passwordrequirements(t::PasswordRequirements {
                    minimum_length: Some(14),
                    minimum_specials: Some(2),
                    ..Default::default()
                })
        );
        call!(
            log,
            "getOrganizationsWhitelist",
            client.organization().get_organizations_whitelist()
        );
        call!(
            log,
            "putOrganizationsWhitelist",
            client
                .organization()
                .put_organizations_whitelist(t::OrgWhitelistSettings {
                    enable_whitelist: Some(true),
                    domain_whitelist: Some(vec![
                        "acme.example.com".into(),
                        "partner.example.com".into(),
                    ]),
                })
        );
        call!(
            log,
            "postOrgauthorizationPairings",
            client
                .organization_authorization()
                .post_orgauthorization_pairings(t::TrustRequestCreate {
                    user_ids: Some(vec![USER_ID.into()]),
                    group_ids: Some(vec!["g-support".into()]),
                })
        );
        call!(
            log,
            "getOrgauthorizationPairing",
            client
                .organization_authorization()
                .get_orgauthorization_pairing(PAIRING_ID)
        );
        call!(
            log,
            "getOrgauthorizationTrustees",
            client
                .organization_authorization()
                .get_orgauthorization_trustees()
                .page_size(25)
                .page_number(1)
        );
        call!(
            log,
            "postOrgauthorizationTrustees",
            client
                .organization_authorization()
                .post_orgauthorization_trustees(t::TrustCreate {
                    pairing_id: PAIRING_ID.into(),
                    enabled: true,
                    users: Some(vec![t::TrustMemberCreate {
                        id: USER_ID.into(),
                        role_ids: vec!["r-admin".into()],
                    }]),
                    groups: None,
                })
        );
        call!(
            log,
            "postOrgauthorizationTrusteesAudits",
            client
                .organization_authorization()
                .post_orgauthorization_trustees_audits(t::TrusteeAuditQueryRequest {
                    trustee_organization_ids: vec![TRUSTEE_ORG.into()],
                    trustee_user_ids: vec![USER_ID.into()],
                    start_date: Some("2024-01-01T00:00:00Z".parse().unwrap()),
                    end_date: Some("2024-01-31T23:59:59Z".parse().unwrap()),
                    query_phrase: Some("login".into()),
                    facets: Some(vec![t::Facet {
                        name: "action".into(),
                        type_: "STRING".into(),
                    }]),
                    filters: Some(vec![t::Filter {
                        name: "action".into(),
                        type_: "STRING".into(),
                        operator: "EQUALS".into(),
                        values: vec!["login".into()],
                    }]),
                })
                .page_size(50)
                .page_number(2)
                .sort_by("timestamp")
                .sort_order("ascending")
        );
        call!(
            log,
            "getOrgauthorizationTrustee",
            client
                .organization_authorization()
                .get_orgauthorization_trustee(TRUSTEE_ORG)
        );
        call!(
            log,
            "putOrgauthorizationTrustee",
            client
                .organization_authorization()
                .put_orgauthorization_trustee(
                    TRUSTEE_ORG,
                    t::Trustee {
                        id: Some(TRUSTEE_ORG.into()),
                        enabled: false,
                        date_created: None,
                        created_by: None,
                        organization: None,
                        self_uri: None,
                    },
                )
        );
        call!(
            log,
            "deleteOrgauthorizationTrustee",
            client
                .organization_authorization()
                .delete_orgauthorization_trustee(TRUSTEE_ORG)
        );
        call!(
            log,
            "getOrgauthorizationTrusteeUsers",
            client
                .organization_authorization()
                .get_orgauthorization_trustee_users(TRUSTEE_ORG)
                .page_size(10)
        );
        call!(
            log,
            "postOrgauthorizationTrusteeUsers",
            client
                .organization_authorization()
                .post_orgauthorization_trustee_users(
                    TRUSTEE_ORG,
                    t::TrustMemberCreate {
                        id: USER_ID.into(),
                        role_ids: vec!["r-admin".into(), "r-supervisor".into()],
                    },
                )
        );
        call!(
            log,
            "getOrgauthorizationTrusteeUser",
            client
                .organization_authorization()
                .get_orgauthorization_trustee_user(TRUSTEE_ORG, USER_ID)
        );
        call!(
            log,
            "deleteOrgauthorizationTrusteeUser",
            client
                .organization_authorization()
                .delete_orgauthorization_trustee_user(TRUSTEE_ORG, USER_ID)
        );
        call!(
            log,
            "getOrgauthorizationTrusteeUserRoles",
            client
                .organization_authorization()
                .get_orgauthorization_trustee_user_roles(TRUSTEE_ORG, USER_ID)
        );
        call!(
            log,
            "putOrgauthorizationTrusteeUserRoles",
            client
                .organization_authorization()
                .put_orgauthorization_trustee_user_roles(
                    TRUSTEE_ORG,
                    USER_ID,
                    vec!["r-admin".into(), "r-reporting".into()],
                )
        );
        call!(
            log,
            "deleteOrgauthorizationTrusteeUserRoles",
            client
                .organization_authorization()
                .delete_orgauthorization_trustee_user_roles(TRUSTEE_ORG, USER_ID)
        );
        call!(
            log,
            "postOrgauthorizationTrustorAudits",
            client
                .organization_authorization()
                .post_orgauthorization_trustor_audits(t::TrustorAuditQueryRequest {
                    trustor_organization_id: TRUSTOR_ORG.into(),
                    trustee_user_ids: vec![USER_ID.into(), "u-2".into()],
                    start_date: None,
                    end_date: None,
                    query_phrase: None,
                    facets: None,
                    filters: None,
                })
                .page_size(25)
                .sort_order("descending")
        );
        call!(
            log,
            "getOrgauthorizationTrustors",
            client
                .organization_authorization()
                .get_orgauthorization_trustors()
                .page_number(3)
        );
        call!(
            log,
            "getOrgauthorizationTrustor",
            client
                .organization_authorization()
                .get_orgauthorization_trustor(TRUSTOR_ORG)
        );
        call!(
            log,
            "deleteOrgauthorizationTrustor",
            client
                .organization_authorization()
                .delete_orgauthorization_trustor(TRUSTOR_ORG)
        );
        call!(
            log,
            "getOrgauthorizationTrustorUsers",
            client
                .organization_authorization()
                .get_orgauthorization_trustor_users(TRUSTOR_ORG)
                .page_size(5)
                .page_number(1)
        );
        call!(
            log,
            "getOrgauthorizationTrustorUser",
            client
                .organization_authorization()
                .get_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
        );
        call!(
            log,
            "putOrgauthorizationTrustorUser",
            client
                .organization_authorization()
                .put_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
        );
        call!(
            log,
            "deleteOrgauthorizationTrustorUser",
            client
                .organization_authorization()
                .delete_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
        );
        log
    }
}

mod cloudflare_organizations {
    use super::*;
    use ::cloudflare_organizations::types as t;
    use ::cloudflare_organizations::Client;

    const ORG_ID: &str = "a7b9c3d2e8f4a1b5c6d0e9f2a3b7c4d8";
    const PARENT_ID: &str = "b8c0d4e3f9a5b2c6d7e1f0a3b4c8d5e9";

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
        let mut log = OperationLog::new();
        call!(
            log,
            "Organization_listOrganizations",
            client
                .organizations()
                .organization_list_organizations()
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
            client
                .organizations()
                .organizations_create_user_organization(
                    t::OrganizationsCreateUserOrganizationBody {
                        id: None,
                        create_time: None,
                        meta: None,
                        name: "Acme Corporation".into(),
                        parent: Some(t::OrganizationsCreateUserOrganizationBodyParent {
                            id: PARENT_ID.into(),
                            name: None,
                        }),
                        profile: Some(bodies::cloudflare_profile()),
                    }
                )
        );
        call!(
            log,
            "Organizations_retrieve",
            client.organizations().organizations_retrieve(ORG_ID)
        );
        call!(
            log,
            "Organizations_modify",
            client.organizations().organizations_modify(
                ORG_ID,
                serde_json::from_value(serde_json::json!({"name": "Acme Corp (EMEA)"})).unwrap(),
            )
        );
        call!(
            log,
            "Organizations_delete",
            client.organizations().organizations_delete(ORG_ID)
        );
        call!(
            log,
            "Organizations_getProfile",
            client.organizations().organizations_get_profile(ORG_ID)
        );
        call!(
            log,
            "Organizations_modifyProfile",
            client
                .organizations()
                .organizations_modify_profile(ORG_ID, bodies::cloudflare_profile())
        );
        log
    }
}

mod archera_organizations {
    use super::*;
    use ::archera_organizations::Client;

    const ORG_ID: &str = "3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f";

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
        let mut log = OperationLog::new();
        call!(
            log,
            "list_organizations",
            client.organizations_beta().list_organizations()
        );
        call!(
            log,
            "get_organization",
            client
                .organizations_beta()
                .get_organization(ORG_ID.parse().unwrap())
        );
        call!(
            log,
            "update_organization",
            client
                .organizations_beta()
                .update_organization(ORG_ID.parse().unwrap(), bodies::archera_update())
        );
        call!(
            log,
            "delete_organization",
            client
                .organizations_beta()
                .delete_organization(ORG_ID.parse().unwrap())
        );
        log
    }
}
