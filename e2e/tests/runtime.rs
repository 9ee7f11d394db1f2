//! The runtime as the generated crates use it, over loopback HTTP: what needs a generated
//! crate. Its operation builders' `Debug`, the `pages()` and `into_stream()` it generates from
//! `x-pagination`, its typed error enums, its enums and models on the wire, its name in the
//! `User-Agent`, and awaiting a builder. The runtime's own behaviour (auth, retries, timeouts,
//! parameter encoding, responses and errors, page streams, streamed bodies) is tested once, in
//! the runtime crate (`templates/runtime/tests/http/`).

mod common;

use cloudflare_organizations::apis::organizations::OrganizationsRetrieveError;
use futures::TryStreamExt;
use genesys_cloud::apis::organization_authorization::GetOrgauthorizationTrusteeError;
use genesys_cloud::types::GetOrganizationsLimitsChangerequestsExpandItem as ExpandItem;
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header};
use wiremock::MockServer;

use common::*;

fn genesys_org(name: &str) -> Value {
    json!({
        "id": "4f5f8bd5-0c6f-4f7b-9a0e-6a2f3c1d2e3f",
        "name": name,
        "defaultLanguage": "en-us",
        "thirdPartyOrgName": "acme",
        "domain": "acme.mypurecloud.com",
        "version": 7,
        "state": "active",
        "selfUri": "/api/v2/organizations/me"
    })
}

fn cloudflare_org(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "create_time": "2019-12-27T18:11:19.117Z",
        "meta": {"managed_by": "cloudflare"},
        "name": name
    })
}

fn trustee(id: &str) -> Value {
    json!({
        "id": id,
        "enabled": true,
        "dateCreated": "2024-02-01T10:00:00Z",
        "organization": {"id": id, "name": format!("Org {id}"), "version": 1},
        "selfUri": format!("/api/v2/orgauthorization/trustees/{id}")
    })
}

// ---------------------------------------------------------------------------------------
// Debug output of the generated builders
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn token_is_redacted_in_debug_output() {
    let server = MockServer::start().await;
    let builder = genesys_builder(&server);
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();
    let client_debug = format!("{client:?}");
    let request_debug = format!(
        "{:?}",
        client
            .organization()
            .get_organizations_me()
            .with_header("Authorization", "Bearer per-call-secret-token")
    );
    for text in [&builder_debug, &client_debug, &request_debug] {
        assert!(!text.contains(GENESYS_TOKEN), "token leaked: {text}");
        assert!(!text.contains("secret-token"), "token leaked: {text}");
    }
    // The credential is there, only hidden.
    assert!(client_debug.contains("PureCloud OAuth"), "{client_debug}");
    assert!(client_debug.contains("redacted"), "{client_debug}");

    let cf_builder =
        cloudflare_builder(&server).default_header("X-Auth-User-Service-Key", "v1.0-svc-key");
    let cf_client = cf_builder.clone().build().unwrap();
    for text in [format!("{cf_builder:?}"), format!("{cf_client:?}")] {
        assert!(!text.contains(CF_KEY), "key leaked: {text}");
        assert!(!text.contains(CF_EMAIL), "e-mail credential leaked: {text}");
        assert!(
            !text.contains("v1.0-svc-key"),
            "header secret leaked: {text}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Pagination: the `pages()` and `into_stream()` generated from `x-pagination`
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn genesys_page_number_listing_streams_three_pages() {
    let server = MockServer::start().await;
    let pages = [
        ("pageSize=2", 1, ["t1", "t2"]),
        ("pageSize=2&pageNumber=2", 2, ["t3", "t4"]),
        ("pageSize=2&pageNumber=3", 3, ["t5", "t6"]),
    ];
    for (query, number, ids) in pages {
        mock_json(
            genesys_request("GET", "/api/v2/orgauthorization/trustees", query),
            200,
            json!({
                "entities": [trustee(ids[0]), trustee(ids[1])],
                "pageSize": 2,
                "pageNumber": number,
                "total": 6,
                "pageCount": 3
            }),
        )
        .mount(&server)
        .await;
    }
    let trustees: Vec<_> = genesys(&server)
        .organization_authorization()
        .get_orgauthorization_trustees()
        .page_size(2)
        .into_stream()
        .try_collect()
        .await
        .expect("three pages");
    let ids: Vec<_> = trustees.iter().map(|t| t.id.clone().unwrap()).collect();
    assert_eq!(ids, ["t1", "t2", "t3", "t4", "t5", "t6"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn genesys_pages_stop_on_an_empty_page_without_page_count() {
    let server = MockServer::start().await;
    mock_json(
        genesys_request(
            "GET",
            "/api/v2/orgauthorization/trustees/org-1/users",
            "pageSize=2",
        ),
        200,
        json!({"entities": [{"id": "u1", "version": 1}, {"id": "u2", "version": 1}], "pageNumber": 1}),
    )
    .mount(&server)
    .await;
    mock_json(
        genesys_request(
            "GET",
            "/api/v2/orgauthorization/trustees/org-1/users",
            "pageSize=2&pageNumber=2",
        ),
        200,
        json!({"entities": [], "pageNumber": 2}),
    )
    .mount(&server)
    .await;
    let users: Vec<_> = genesys(&server)
        .organization_authorization()
        .get_orgauthorization_trustee_users("org-1")
        .page_size(2)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users.len(), 2);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn cloudflare_token_pagination_keeps_filters_and_stops_without_a_token() {
    let server = MockServer::start().await;
    mock_json(
        cloudflare_request("GET", "/organizations", "name.contains=acme&page_size=2"),
        200,
        json!({
            "success": true, "errors": [], "messages": [],
            "result": [cloudflare_org("o1", "Acme One"), cloudflare_org("o2", "Acme Two")],
            "result_info": {"next_page_token": "eyJvZmZzZXQiOjJ9", "total_size": 3}
        }),
    )
    .mount(&server)
    .await;
    mock_json(
        cloudflare_request(
            "GET",
            "/organizations",
            "name.contains=acme&page_token=eyJvZmZzZXQiOjJ9&page_size=2",
        ),
        200,
        json!({
            "success": true, "errors": [], "messages": [],
            "result": [cloudflare_org("o3", "Acme Three")],
            "result_info": {"total_size": 3}
        }),
    )
    .mount(&server)
    .await;
    let orgs: Vec<_> = cloudflare(&server)
        .organizations()
        .organization_list_organizations()
        .name_contains("acme")
        .page_size(2)
        .into_stream()
        .try_collect()
        .await
        .expect("two pages");
    let names: Vec<_> = orgs.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Acme One", "Acme Two", "Acme Three"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

// ---------------------------------------------------------------------------------------
// Typed errors: the generated error enums
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn cloudflare_envelope_errors_field_on_a_4xx() {
    let server = MockServer::start().await;
    mock_json(
        cloudflare_request("GET", "/organizations/nope", ""),
        404,
        json!({"success": false, "messages": [], "errors": [{"code": 7003, "message": "Could not route to /organizations/nope"}]}),
    )
    .mount(&server)
    .await;
    let err = cloudflare(&server)
        .organizations()
        .organizations_retrieve("nope")
        .send()
        .await
        .unwrap_err();
    match err.api_error() {
        Some(OrganizationsRetrieveError::ClientError(body)) => {
            assert_eq!(body.errors[0].code, 7003);
            assert!(!body.success);
        }
        other => panic!("expected the typed 4XX body, got {other:?} from {err:?}"),
    }
}

#[tokio::test]
async fn genesys_typed_404_error_body() {
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/orgauthorization/trustees/missing-org", "")
        .respond_with(
            json_response(
                404,
                json!({
                    "message": "The requested resource was not found.",
                    "code": "not.found",
                    "status": 404,
                    "contextId": "c0ffee00-1111-2222-3333-444455556666",
                    "details": [],
                    "errors": []
                }),
            )
            .insert_header(
                "inin-correlation-id",
                "c0ffee00-1111-2222-3333-444455556666",
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = genesys(&server)
        .organization_authorization()
        .get_orgauthorization_trustee("missing-org")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        err.headers().unwrap().get("inin-correlation-id").unwrap(),
        "c0ffee00-1111-2222-3333-444455556666"
    );
    assert!(String::from_utf8_lossy(err.raw_body().unwrap()).contains("not.found"));
    match &err {
        genesys_cloud::Error::Api(api) => {
            assert_eq!(api.status.as_u16(), 404);
            match &api.body {
                GetOrgauthorizationTrusteeError::NotFound(body) => {
                    assert_eq!(
                        body.message.as_deref(),
                        Some("The requested resource was not found.")
                    );
                    assert_eq!(body.code.as_deref(), Some("not.found"));
                    assert_eq!(body.status, Some(404));
                }
                other => panic!("wrong variant: {other:?}"),
            }
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    // Display mentions the status.
    assert!(err.to_string().contains("404"), "{err}");
}

#[tokio::test]
async fn undocumented_status_is_unexpected_status() {
    let server = MockServer::start().await;
    mock_json(
        genesys_request("GET", "/api/v2/organizations/me", ""),
        418,
        json!({"message": "I'm a teapot"}),
    )
    .mount(&server)
    .await;
    let err = genesys(&server)
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err();
    match &err {
        genesys_cloud::Error::UnexpectedStatus(response) => {
            assert_eq!(response.status.as_u16(), 418);
            assert!(String::from_utf8_lossy(&response.body).contains("teapot"));
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Generated types and names on the wire
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn query_genesys_expand_array_and_enum_values() {
    let server = MockServer::start().await;
    mock_json(
        genesys_request(
            "GET",
            "/api/v2/organizations/limits/changerequests",
            "after=1700000000000&status=Pending&pageSize=25\
             &expand=statusHistory&expand=approvalNamespaces",
        ),
        200,
        json!({"entities": [], "selfUri": "/api/v2/organizations/limits/changerequests"}),
    )
    .mount(&server)
    .await;
    let listing = genesys(&server)
        .organization()
        .get_organizations_limits_changerequests()
        .after(1_700_000_000_000)
        .status(genesys_cloud::types::GetOrganizationsLimitsChangerequestsStatus::Pending)
        .page_size(25)
        .expand(vec![
            ExpandItem::StatusHistory,
            ExpandItem::Unknown("approvalNamespaces".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(listing.entities.map(|e| e.len()), Some(0));
}

#[tokio::test]
async fn default_user_agent_and_json_content_type_on_the_wire() {
    let server = MockServer::start().await;
    mock_json(
        genesys_request("PUT", "/api/v2/organizations/enforcescopes", "")
            .and(header("user-agent", "genesys-cloud/0.1.0 clientgen"))
            .and(header("content-type", "application/json"))
            .and(body_json(json!({"enforceScopes": true}))),
        200,
        json!({"enforceScopes": true}),
    )
    .mount(&server)
    .await;
    #[allow(deprecated)]
    let setting = genesys(&server)
        .organization()
        .put_organizations_enforcescopes(
            genesys_cloud::types::EnforceScopesSetting::new().with_enforce_scopes(true),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(setting.enforce_scopes, Some(true));
}

#[tokio::test]
async fn builders_can_be_awaited_directly() {
    let server = MockServer::start().await;
    mock_json(
        genesys_request("GET", "/api/v2/organizations/me", ""),
        200,
        genesys_org("Acme"),
    )
    .mount(&server)
    .await;
    mock_json(
        archera_request("GET", "/beta/v1/organizations", ""),
        200,
        json!([{"id": "3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f", "name": "Acme Corp", "role": "user",
                "kind": "staff", "is_primary": false, "denied_permissions": []}]),
    )
    .mount(&server)
    .await;
    let org = genesys(&server).organization().get_organizations_me().await;
    assert_eq!(org.unwrap().name.as_deref(), Some("Acme"));
    let orgs = archera(&server)
        .organizations_beta()
        .list_organizations()
        .await;
    assert_eq!(
        orgs.unwrap()[0].kind,
        archera_organizations::types::OrganizationMembershipKind::Staff
    );
}
