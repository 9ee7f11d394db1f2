//! What the vendors' SDKs do that the generated crates must do too, over loopback HTTP: fail
//! on an envelope that reports failure, keep an HTML page on an error status, stop a cursor
//! cycle, keep one deadline over every retry, take a Cloudflare API token on its own, log in to
//! Genesys Cloud with client credentials, and pick a Genesys region.

mod common;

use std::time::{Duration, Instant};

use cloudflare_organizations::apis::organizations::OrganizationListOrganizationsError;
use futures::StreamExt;
use genesys_cloud::apis::organization::GetOrganizationsMeError;
use genesys_cloud::RequestOptions;
use serde_json::{json, Value};
use wiremock::matchers::{body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use common::*;

fn failing_envelope(result: Value) -> Value {
    json!({
        "success": false,
        "errors": [{"code": 9109, "message": "Unauthorized to access requested resource"}],
        "messages": [],
        "result": result
    })
}

/// The error of getting Genesys Cloud's own organization.
async fn organization_me_error(
    client: &genesys_cloud::Client,
) -> genesys_cloud::Error<GetOrganizationsMeError> {
    client
        .organization()
        .get_organizations_me()
        .send()
        .await
        .unwrap_err()
}

/// The error of listing the organizations of `server`'s Cloudflare.
async fn list_organizations_error(
    server: &MockServer,
) -> cloudflare_organizations::Error<OrganizationListOrganizationsError> {
    cloudflare(server)
        .organizations()
        .organization_list_organizations()
        .send()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn cloudflare_success_false_on_a_200_is_an_envelope_error() {
    // `result: null` used to end in a decode error, `result: []` in `Ok([])`.
    for result in [Value::Null, json!([])] {
        let server = MockServer::start().await;
        mock_json(
            cloudflare_request("GET", "/organizations", ""),
            200,
            failing_envelope(result),
        )
        .expect(1)
        .mount(&server)
        .await;
        let error = list_organizations_error(&server).await;
        match &error {
            cloudflare_organizations::Error::Envelope(failure) => {
                assert_eq!(failure.status.as_u16(), 200);
                assert_eq!(failure.errors[0].code, Some(9109));
                assert_eq!(
                    failure.errors[0].message,
                    "Unauthorized to access requested resource"
                );
            }
            other => panic!("expected Error::Envelope, got {other:?}"),
        }
        assert!(error.to_string().contains("[9109]"), "{error}");
    }
}

#[tokio::test]
async fn cloudflare_success_false_on_a_4xx_is_typed_and_keeps_the_envelope_errors() {
    let server = MockServer::start().await;
    mock_json(
        cloudflare_request("GET", "/organizations", ""),
        403,
        failing_envelope(Value::Null),
    )
    .mount(&server)
    .await;
    let error = list_organizations_error(&server).await;
    match error.api_error() {
        Some(OrganizationListOrganizationsError::ClientError(body)) => {
            assert_eq!(body.errors[0].code, 9109);
        }
        other => panic!("expected the typed 4XX body, got {other:?}"),
    }
    let errors = error.envelope_errors().expect("the envelope's errors");
    assert_eq!((errors[0].code, errors.len()), (Some(9109), 1));
}

#[tokio::test]
async fn an_html_page_on_a_documented_503_says_the_status_and_keeps_the_body() {
    let server = MockServer::start().await;
    let page = "<html><head><title>503 Service Temporarily Unavailable</title></head></html>";
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("content-type", "text/html")
                .set_body_string(page),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = genesys_builder(&server).max_retries(0).build().unwrap();
    let error = organization_me_error(&client).await;
    match &error {
        genesys_cloud::Error::UnexpectedStatus(response) => {
            assert!(response.documented, "503 is documented");
            assert_eq!(response.status.as_u16(), 503);
            assert_eq!(&response.body[..], page.as_bytes());
        }
        other => panic!("expected the status with the raw body, got {other:?}"),
    }
    assert!(error.to_string().contains("503"), "{error}");
}

#[tokio::test]
async fn a_cloudflare_cursor_cycle_ends_the_stream_with_an_error() {
    // A → B → A: every cursor differs from the one before, yet the listing would loop forever.
    // (At most 8 pages are taken, so a regression fails instead of hanging.)
    let server = MockServer::start().await;
    let page = |id: &str, next: &str| {
        json!({
            "success": true, "errors": [], "messages": [],
            "result": [{"id": id, "create_time": "2019-12-27T18:11:19.117Z", "meta": {}, "name": id}],
            "result_info": {"next_page_token": next}
        })
    };
    for (query, id, next) in [
        ("", "o1", "A"),
        ("page_token=A", "o2", "B"),
        ("page_token=B", "o3", "A"),
    ] {
        mock_json(
            cloudflare_request("GET", "/organizations", query),
            200,
            page(id, next),
        )
        .expect(1)
        .mount(&server)
        .await;
    }
    let pages: Vec<_> = cloudflare(&server)
        .organizations()
        .organization_list_organizations()
        .pages()
        .take(8)
        .collect()
        .await;
    assert_eq!(pages.len(), 4, "three pages, then the error");
    assert!(pages[..3].iter().all(Result::is_ok));
    assert!(
        matches!(
            pages[3],
            Err(cloudflare_organizations::Error::Pagination(_))
        ),
        "{:?}",
        pages[3]
    );
}

#[tokio::test]
async fn the_operation_timeout_ends_a_call_that_keeps_retrying() {
    // Every attempt gets a 503: with 5 retries and their backoff the call would take about 8 s.
    let server = MockServer::start().await;
    genesys_request("GET", "/api/v2/organizations/me", "")
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(100)))
        .mount(&server)
        .await;
    let client = genesys_builder(&server).max_retries(5).build().unwrap();
    let started = Instant::now();
    let error = client
        .organization()
        .get_organizations_me()
        .with_options(RequestOptions::new().with_operation_timeout(Duration::from_millis(800)))
        .send()
        .await
        .unwrap_err();
    match &error {
        genesys_cloud::Error::Timeout(timeout) => {
            assert!(timeout.operation);
            assert!(timeout.attempts >= 2, "{timeout:?}");
        }
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_cloudflare_api_token_alone_works_on_every_operation() {
    let server = MockServer::start().await;
    let body = json!({"success": true, "errors": [], "messages": [], "result": {"id": "o1"}});
    mock_json(
        request("DELETE", "/organizations/o1", "")
            .and(header("authorization", "Bearer cf-api-token"))
            .and(NoHeader("x-auth-key")),
        200,
        body,
    )
    .expect(1)
    .mount(&server)
    .await;
    let client = cloudflare_organizations::Client::builder()
        .base_url(server.uri())
        .bearer_token("cf-api-token")
        .build()
        .unwrap();
    let deleted = client
        .organizations()
        .organizations_delete("o1")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.id, "o1");
}

#[tokio::test]
async fn genesys_logs_in_with_client_credentials_once_for_many_calls() {
    let server = MockServer::start().await;
    // `Basic base64("svc-client:svc-SECRET")`, as the Genesys SDKs send it.
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("authorization", "Basic c3ZjLWNsaWVudDpzdmMtU0VDUkVU"))
        .and(body_string("grant_type=client_credentials"))
        .respond_with(
            json_response(200, json!({"access_token": "genesys-access-1", "token_type": "bearer", "expires_in": 86399}))
                .set_delay(Duration::from_millis(100)),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/organizations/me"))
        .and(header("authorization", "Bearer genesys-access-1"))
        .respond_with(json_response(
            200,
            json!({"name": "Acme", "state": "active", "version": 7}),
        ))
        .expect(20)
        .mount(&server)
        .await;
    let builder = genesys_cloud::Client::builder()
        .base_url(server.uri())
        .client_credentials("svc-client", "svc-SECRET")
        .token_url(format!("{}/oauth/token", server.uri()));
    assert!(!format!("{builder:?}").contains("SECRET"));
    let client = builder.build().unwrap();
    let calls = (0..20).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.organization().get_organizations_me().send().await })
    });
    for call in futures::future::join_all(calls).await {
        assert_eq!(call.unwrap().unwrap().name.as_deref(), Some("Acme"));
    }
}

#[tokio::test]
async fn genesys_token_endpoint_refusal_is_an_auth_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(json_response(
            401,
            json!({"error": "invalid_client", "description": "Invalid client credentials"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = genesys_cloud::Client::builder()
        .base_url(server.uri())
        .client_credentials("svc-client", "svc-SECRET")
        .token_url(format!("{}/oauth/token", server.uri()))
        .build()
        .unwrap();
    let error = organization_me_error(&client).await;
    match &error {
        genesys_cloud::Error::Auth(auth) => {
            assert_eq!(auth.status.map(|s| s.as_u16()), Some(401));
            assert!(String::from_utf8_lossy(&auth.body).contains("invalid_client"));
        }
        other => panic!("expected Error::Auth, got {other:?}"),
    }
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
}

#[test]
fn genesys_regions_pick_the_api_and_login_hosts() {
    use genesys_cloud::Server;
    assert_eq!(Server::UsEast1.url(), "https://api.mypurecloud.com");
    assert_eq!(Server::EuWest1.url(), "https://api.mypurecloud.ie");
    assert_eq!(Server::ApSoutheast2.url(), "https://api.mypurecloud.com.au");
    assert_eq!(
        Server::EuWest1.token_url(),
        Some("https://login.mypurecloud.ie/oauth/token")
    );
    assert_eq!(
        Server::UsWest2.token_url(),
        Some("https://login.usw2.pure.cloud/oauth/token")
    );
    let builder = genesys_cloud::Client::builder()
        .server(Server::ApSoutheast2)
        .client_credentials("svc-client", "svc-SECRET");
    let shown = format!("{builder:?}");
    assert!(
        shown.contains("https://login.mypurecloud.com.au/oauth/token"),
        "{shown}"
    );
    let client = builder.build().unwrap();
    assert_eq!(client.base_url(), "https://api.mypurecloud.com.au");
    // An explicit token URL wins over the region's.
    let overridden = genesys_cloud::Client::builder()
        .token_url("https://login.example.test/oauth/token")
        .server(Server::EuWest1)
        .client_credentials("svc-client", "svc-SECRET");
    assert!(format!("{overridden:?}").contains("login.example.test"));
}
