//! The runtime behaviours, each checked over loopback HTTP through a generated crate: auth on
//! the wire, retries, timeouts, both pagination styles, the Cloudflare envelope, typed and
//! untyped errors, credential redaction and parameter encoding.

mod common;

use std::time::{Duration, Instant};

use cloudflare_organizations::apis::organizations::OrganizationsRetrieveError;
use futures::{StreamExt, TryStreamExt};
use genesys_cloud::apis::organization::GetOrganizationsMeError;
use genesys_cloud::apis::organization_authorization::{
    GetOrgauthorizationTrusteeError, PostOrgauthorizationTrusteesError,
};
use genesys_cloud::types::GetOrganizationsLimitsChangerequestsExpandItem as ExpandItem;
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

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
// Auth
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn cloudflare_paired_keys_on_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("X-Auth-Email", CF_EMAIL))
        .and(header("X-Auth-Key", CF_KEY))
        .and(NoHeader("authorization"))
        .respond_with(json_response(
            200,
            json!({"success": true, "errors": [], "messages": [],
                   "result": cloudflare_org("a7b9c3d2", "Acme")}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let org = cloudflare(&server)
        .organizations()
        .organizations_retrieve("a7b9c3d2")
        .send()
        .await
        .expect("retrieve with the key pair");
    assert_eq!(org.name, "Acme");
}

#[tokio::test]
async fn cloudflare_bearer_alone_does_not_satisfy_the_key_pair() {
    // The operations ask for api_email + api_key together; a bearer token is another
    // scheme, so the call fails with `Error::Auth` before any request goes out.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let client = cloudflare_organizations::Client::builder()
        .base_url(server.uri())
        .bearer_token("cf-token")
        .api_email(CF_EMAIL)
        .build()
        .unwrap();
    let err = client
        .organizations()
        .organizations_get_profile("a7b9c3d2")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, cloudflare_organizations::Error::Auth(_)),
        "{err:?}"
    );
}

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
// Retries
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn get_429_with_retry_after_is_retried_and_succeeds() {
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(
            json_response(
                429,
                json!({"message": "Rate limit exceeded", "status": 429}),
            )
            .insert_header("Retry-After", "1"),
        )
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(json_response(200, genesys_org("Acme")))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let org = genesys(&server)
        .organization()
        .get_organizations_me()
        .send()
        .await
        .expect("retried after the 429");
    assert_eq!(org.name.as_deref(), Some("Acme"));
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "Retry-After: 1 not waited for: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn post_503_is_not_retried_by_default() {
    let server = MockServer::start().await;
    genesys_request("POST", "/api/v2/orgauthorization/trustees", "")
        .respond_with(
            json_response(
                503,
                json!({"message": "Service unavailable", "status": 503}),
            )
            .insert_header("Retry-After", "0"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let body = genesys_cloud::types::TrustCreate {
        pairing_id: "pairing-1".into(),
        enabled: true,
        users: None,
        groups: None,
    };
    let err = genesys(&server)
        .organization_authorization()
        .post_orgauthorization_trustees(body)
        .send()
        .await
        .unwrap_err();
    match &err {
        genesys_cloud::Error::Api(api) => match &api.body {
            PostOrgauthorizationTrusteesError::ServiceUnavailable(body) => {
                assert_eq!(body.message.as_deref(), Some("Service unavailable"));
            }
            other => panic!("wrong variant: {other:?}"),
        },
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn post_503_is_retried_when_the_client_opts_in() {
    let server = MockServer::start().await;
    genesys_request("POST", "/api/v2/orgauthorization/trustees", "")
        .respond_with(
            json_response(503, json!({"message": "Service unavailable"}))
                .insert_header("Retry-After", "0"),
        )
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    genesys_request("POST", "/api/v2/orgauthorization/trustees", "")
        .and(body_json(
            json!({"pairingId": "pairing-1", "enabled": true}),
        ))
        .respond_with(json_response(200, trustee("trustee-1")))
        .expect(1)
        .mount(&server)
        .await;
    let client = genesys_builder(&server)
        .retry_non_idempotent(true)
        .build()
        .unwrap();
    let body = genesys_cloud::types::TrustCreate {
        pairing_id: "pairing-1".into(),
        enabled: true,
        users: None,
        groups: None,
    };
    let created = client
        .organization_authorization()
        .post_orgauthorization_trustees(body)
        .send()
        .await
        .expect("retried POST");
    assert_eq!(created.id.as_deref(), Some("trustee-1"));
}

#[tokio::test]
async fn retries_stop_after_max_retries() {
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(
            json_response(500, json!({"message": "boom", "status": 500}))
                .insert_header("retry-after-ms", "10"),
        )
        .expect(3)
        .mount(&server)
        .await;
    let err = genesys(&server)
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.api_error(),
            Some(GetOrganizationsMeError::InternalServerError(_))
        ),
        "{err:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Timeouts
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn per_request_timeout_gives_the_timeout_error() {
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(delayed(200, genesys_org("Slow"), Duration::from_secs(3)))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = genesys(&server)
        .organization()
        .get_organizations_me()
        .with_timeout(Duration::from_millis(200))
        .with_max_retries(0)
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    match err {
        genesys_cloud::Error::Timeout(timeout) => {
            assert_eq!(timeout.timeout, Duration::from_millis(200));
            assert_eq!(timeout.attempts, 1);
        }
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn timed_out_get_is_retried() {
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(delayed(200, genesys_org("Slow"), Duration::from_secs(3)))
        .expect(2)
        .mount(&server)
        .await;
    let err = genesys(&server)
        .organization()
        .get_organizations_me()
        .with_timeout(Duration::from_millis(200))
        .with_max_retries(1)
        .send()
        .await
        .unwrap_err();
    match err {
        genesys_cloud::Error::Timeout(timeout) => assert_eq!(timeout.attempts, 2),
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Pagination
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
async fn genesys_pages_stop_on_an_error() {
    let server = MockServer::start().await;
    mock_json(
        genesys_request("GET", "/api/v2/orgauthorization/trustors", "pageSize=1"),
        200,
        json!({"entities": [{"id": "o1", "enabled": true}], "pageNumber": 1, "pageCount": 5}),
    )
    .mount(&server)
    .await;
    mock_json(
        genesys_request(
            "GET",
            "/api/v2/orgauthorization/trustors",
            "pageSize=1&pageNumber=2",
        ),
        403,
        json!({"message": "Missing permission", "status": 403}),
    )
    .mount(&server)
    .await;
    let mut pages = genesys(&server)
        .organization_authorization()
        .get_orgauthorization_trustors()
        .page_size(1)
        .pages();
    let first = pages.try_next().await.unwrap().expect("first page");
    assert_eq!(first.data().entities.as_ref().unwrap().len(), 1);
    let err = pages.try_next().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert!(
        pages.try_next().await.unwrap().is_none(),
        "stream ends after an error"
    );
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
// Envelope and responses
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn cloudflare_envelope_is_unwrapped_and_reachable() {
    let server = MockServer::start().await;
    let envelope = json!({
        "success": true,
        "errors": [],
        "messages": [{"code": 1000, "message": "Listing is in beta"}],
        "result": [cloudflare_org("o1", "Acme")],
        "result_info": {"total_size": 1}
    });
    cloudflare_request("GET", "/organizations", "")
        .respond_with(json_response(200, envelope).insert_header("cf-ray", "8c1f2a3b4c5d6e7f-SJC"))
        .expect(2)
        .mount(&server)
        .await;
    let client = cloudflare(&server);

    // `send` returns the `result`, not the envelope.
    let orgs = client
        .organizations()
        .organization_list_organizations()
        .send()
        .await
        .unwrap();
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0].name, "Acme");

    // `send_with_response` keeps status, headers and the other envelope fields.
    let response = client
        .organizations()
        .organization_list_organizations()
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers().get("cf-ray").unwrap(),
        "8c1f2a3b4c5d6e7f-SJC"
    );
    assert_eq!(response.data()[0].id, "o1");
    let envelope = response.envelope().expect("envelope kept");
    assert_eq!(envelope["result_info"]["total_size"], 1);
    assert_eq!(envelope["messages"][0]["message"], "Listing is in beta");
    assert_eq!(envelope["success"], true);
    assert!(
        !envelope.contains_key("result"),
        "result is the data: {envelope:?}"
    );
    assert_eq!(response.envelope_str(&["messages"]), None, "not a string");
}

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

#[tokio::test]
async fn malformed_json_on_200_is_a_decode_error_with_a_snippet() {
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/json")
                .set_body_string("{\"id\": \"org-1\", \"name\": \"Acme\", \"version\": 3,"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = genesys(&server)
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    match &err {
        genesys_cloud::Error::Decode(decode) => {
            assert_eq!(decode.status.as_u16(), 200);
            assert!(
                decode.snippet.contains("\"name\": \"Acme\""),
                "{}",
                decode.snippet
            );
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn dropped_connection_is_a_transport_error() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let counter = accepted.clone();
    let acceptor = tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            drop(socket);
        }
    });
    let client = genesys_cloud::Client::builder()
        .base_url(format!("http://{address}"))
        .bearer_token(GENESYS_TOKEN)
        .max_retries(1)
        .build()
        .unwrap();
    let err = client
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err();
    acceptor.abort();
    match &err {
        genesys_cloud::Error::Transport(transport) => assert_eq!(transport.attempts, 2),
        other => panic!("expected Error::Transport, got {other:?}"),
    }
    assert_eq!(err.status(), None);
    assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 2);
    // The URL (and anything in it) is stripped from the error.
    assert!(
        !format!("{err:?}").contains(&address.to_string()),
        "{err:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Parameter encoding
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn query_exploded_array_and_dotted_names() {
    let server = MockServer::start().await;
    mock_json(
        cloudflare_request(
            "GET",
            "/organizations",
            "id=a7b9c3d2&id=b8c0d4e3&name.startsWith=Acme&name.contains=a%26b%20c\
             &containing.account=023e105f&parent.id=null",
        ),
        200,
        json!({"success": true, "errors": [], "messages": [], "result": [], "result_info": {}}),
    )
    .mount(&server)
    .await;
    let orgs = cloudflare(&server)
        .organizations()
        .organization_list_organizations()
        .id(vec!["a7b9c3d2".into(), "b8c0d4e3".into()])
        .name_starts_with("Acme")
        .name_contains("a&b c")
        .containing_account("023e105f")
        .parent_id("null")
        .send()
        .await
        .unwrap();
    assert!(orgs.is_empty());
}

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
async fn path_params_are_one_percent_encoded_segment() {
    let server = MockServer::start().await;
    mock_json(
        cloudflare_request("GET", "/organizations/a%2Fb%3Fc%23d%20e/profile", ""),
        200,
        json!({"success": true, "errors": [], "messages": [], "result": {
            "business_address": "101 Townsend St", "business_email": "billing@acme.example.com",
            "business_name": "Acme", "business_phone": "+1 415 555 0100", "external_metadata": "{}"
        }}),
    )
    .mount(&server)
    .await;
    mock_json(
        genesys_request(
            "GET",
            "/api/v2/orgauthorization/trustees/org%2F1/users/user%3F%23%201",
            "",
        ),
        200,
        json!({"id": "user?# 1", "name": "Jo", "version": 2}),
    )
    .mount(&server)
    .await;
    let profile = cloudflare(&server)
        .organizations()
        .organizations_get_profile("a/b?c#d e")
        .send()
        .await
        .unwrap();
    assert_eq!(profile.business_name, "Acme");
    let user = genesys(&server)
        .organization_authorization()
        .get_orgauthorization_trustee_user("org/1", "user?# 1")
        .send()
        .await
        .unwrap();
    assert_eq!(user.id.as_deref(), Some("user?# 1"));
}

#[tokio::test]
async fn dot_segments_in_path_params_are_rejected_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    for id in ["", ".", ".."] {
        let err = cloudflare(&server)
            .organizations()
            .organizations_retrieve(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, cloudflare_organizations::Error::InvalidRequest(_)),
            "{id:?}: {err:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------

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
        .put_organizations_enforcescopes(genesys_cloud::types::EnforceScopesSetting {
            enforce_scopes: Some(true),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(setting.enforce_scopes, Some(true));
}

#[tokio::test]
async fn per_request_headers_override_auth_and_default_headers() {
    let server = MockServer::start().await;
    mock_json(
        request("GET", "/api/v2/organizations/me", "")
            .and(header("authorization", "Bearer per-call-token"))
            .and(header("x-team", "billing"))
            .and(header("user-agent", "acme-billing/2.0")),
        200,
        genesys_org("Acme"),
    )
    .mount(&server)
    .await;
    let client = genesys_builder(&server)
        .default_header("X-Team", "platform")
        .user_agent("acme-billing/2.0")
        .build()
        .unwrap();
    let org = client
        .organization()
        .get_organizations_me()
        .with_header("Authorization", "Bearer per-call-token")
        .with_header("X-Team", "billing")
        .send()
        .await
        .unwrap();
    assert_eq!(org.name.as_deref(), Some("Acme"));
}

#[tokio::test]
async fn hand_set_auth_header_stands_in_for_missing_credentials() {
    let server = MockServer::start().await;
    mock_json(
        request("GET", "/beta/v1/organizations", "").and(header("x-api-key", "from-a-header")),
        200,
        json!([]),
    )
    .mount(&server)
    .await;
    let client = archera_organizations::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    // No credential at all: Error::Auth, nothing sent.
    let err = client
        .organizations_beta()
        .list_organizations()
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, archera_organizations::Error::Auth(_)),
        "{err:?}"
    );
    // The header set by hand is used as is.
    let orgs = client
        .organizations_beta()
        .list_organizations()
        .with_header("x-api-key", "from-a-header")
        .send()
        .await
        .unwrap();
    assert!(orgs.is_empty());
}

#[tokio::test]
async fn token_provider_is_asked_on_every_attempt() {
    let server = MockServer::start().await;
    mock_json(
        request("GET", "/api/v2/organizations/me", "")
            .and(header("authorization", "Bearer token-1")),
        503,
        json!({"message": "Service unavailable", "status": 503}),
    )
    .mount(&server)
    .await;
    mock_json(
        request("GET", "/api/v2/organizations/me", "")
            .and(header("authorization", "Bearer token-2")),
        200,
        genesys_org("Fresh"),
    )
    .mount(&server)
    .await;
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let counter = calls.clone();
    let client = genesys_cloud::Client::builder()
        .base_url(server.uri())
        .token_provider(move || {
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            async move { Ok::<_, genesys_cloud::runtime::BoxError>(format!("token-{n}")) }
        })
        .build()
        .unwrap();
    let org = client
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap();
    assert_eq!(org.name.as_deref(), Some("Fresh"));
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 2);
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
async fn cloudflare_pages_stop_when_the_server_repeats_the_cursor() {
    // A server that answers the last page with the cursor it was sent would make the stream
    // loop forever; `runtime::next_cursor` stops there, so the generated `pages()` must too.
    // (At most 4 pages are taken, so a regression fails instead of hanging.)
    let server = MockServer::start().await;
    let page = |token: &str| {
        json!({
            "success": true, "errors": [], "messages": [],
            "result": [cloudflare_org(&format!("o-{token}"), "Acme")],
            "result_info": {"next_page_token": "tok-2"}
        })
    };
    cloudflare_request("GET", "/organizations", "")
        .respond_with(json_response(200, page("1")))
        .mount(&server)
        .await;
    cloudflare_request("GET", "/organizations", "page_token=tok-2")
        .respond_with(json_response(200, page("2")))
        .mount(&server)
        .await;
    let pages: Vec<_> = cloudflare(&server)
        .organizations()
        .organization_list_organizations()
        .pages()
        .take(4)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        2,
        "the repeated cursor was followed"
    );
    assert_eq!(pages.len(), 2);
}

#[tokio::test]
async fn x_should_retry_overrides_the_status_rule() {
    let server = MockServer::start().await;
    // 503 with `x-should-retry: false`: not retried.
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(
            json_response(503, json!({"message": "Service unavailable"}))
                .insert_header("x-should-retry", "false"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = genesys(&server)
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    server.verify().await;
    server.reset().await;

    // 400 with `x-should-retry: true`: retried.
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(
            json_response(400, json!({"message": "try again"}))
                .insert_header("x-should-retry", "true")
                .insert_header("retry-after-ms", "10"),
        )
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    mock_json(
        genesys_request("GET", "/api/v2/organizations/me", ""),
        200,
        genesys_org("Acme"),
    )
    .mount(&server)
    .await;
    let org = genesys(&server)
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap();
    assert_eq!(org.name.as_deref(), Some("Acme"));
}

#[tokio::test]
async fn timeout_covers_a_stalled_body() {
    // Headers arrive at once, the body never does: the per-attempt timeout still fires.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let mut open = Vec::new();
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            // Read the request head (a GET without a body) before answering.
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = socket.read(&mut buf).await.unwrap();
                if n == 0 {
                    break;
                }
                head.extend_from_slice(&buf[..n]);
            }
            socket
                .write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"id\":",
                )
                .await
                .unwrap();
            open.push(socket);
        }
    });
    let client = genesys_cloud::Client::builder()
        .base_url(format!("http://{address}"))
        .bearer_token(GENESYS_TOKEN)
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err();
    server.abort();
    assert!(err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
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
