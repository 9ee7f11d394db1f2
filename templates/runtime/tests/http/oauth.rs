//! OAuth 2.0 client credentials, as Genesys Cloud's SDKs log in: one token request for many
//! concurrent calls with a cold cache, a new token when the old one expires or a call gets a
//! 401, a typed error when the token endpoint refuses, and no secret or token in `Debug`,
//! errors or the tracing span.

use std::time::Duration;

use clientgen_runtime::{Client, Error};
use serde_json::json;
use wiremock::matchers::{body_string, header, method, path};
use wiremock::{Mock, MockServer};

use crate::span::Capture;
use crate::support::*;

const CLIENT_ID: &str = "my-client-id";
const CLIENT_SECRET: &str = "my-client-SECRET";
/// `Basic base64("my-client-id:my-client-SECRET")`.
const BASIC: &str = "Basic bXktY2xpZW50LWlkOm15LWNsaWVudC1TRUNSRVQ=";

/// A client that logs in with client credentials at `server`'s `/oauth/token`.
fn oauth_client(server: &MockServer) -> Client {
    builder(server)
        .client_credentials_grant(CLIENT_ID, CLIENT_SECRET)
        .oauth_token_url(format!("{}/oauth/token", server.uri()))
        .build()
        .unwrap()
}

/// The token endpoint hands out `token` (valid for `expires_in` seconds), `times` times in
/// all, after `delay`.
async fn token_endpoint(
    server: &MockServer,
    token: &str,
    expires_in: u64,
    delay: Duration,
    times: u64,
) {
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("authorization", BASIC))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("grant_type=client_credentials"))
        .respond_with(
            json_response(
                200,
                json!({"access_token": token, "token_type": "bearer", "expires_in": expires_in}),
            )
            .set_delay(delay),
        )
        .up_to_n_times(times)
        .expect(times)
        .mount(server)
        .await;
}

/// The API answers `GET /me` with `status` to requests that carry `token`.
async fn api_with_token(server: &MockServer, token: &str, status: u16, times: u64) {
    Mock::given(method("GET"))
        .and(path("/me"))
        .and(header("authorization", format!("Bearer {token}").as_str()))
        .respond_with(json_response(status, json!({"name": "Acme"})))
        .expect(times)
        .mount(server)
        .await;
}

async fn get_me(client: &Client) -> Result<serde_json::Value, Error> {
    send_json(client.request(&GET_ME_WITH_BEARER))
        .await
        .map(|r| r.into_inner())
}

#[tokio::test]
async fn a_hundred_concurrent_calls_with_a_cold_cache_make_one_token_request() {
    let server = MockServer::start().await;
    token_endpoint(&server, "tok-1", 3600, Duration::from_millis(200), 1).await;
    api_with_token(&server, "tok-1", 200, 100).await;
    let client = oauth_client(&server);
    let calls = (0..100).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { get_me(&client).await })
    });
    for call in futures::future::join_all(calls).await {
        assert_eq!(call.unwrap().unwrap()["name"], "Acme");
    }
    // Dropping the server checks: one token request, 100 API calls with its token.
}

#[tokio::test]
async fn an_expiring_token_is_replaced_before_it_expires() {
    // `expires_in: 1`: refreshed half-way through its life, so the second call gets a new one.
    let server = MockServer::start().await;
    token_endpoint(&server, "short-lived", 1, Duration::ZERO, 1).await;
    token_endpoint(&server, "tok-2", 3600, Duration::ZERO, 1).await;
    api_with_token(&server, "short-lived", 200, 1).await;
    api_with_token(&server, "tok-2", 200, 2).await;
    let client = oauth_client(&server);
    get_me(&client).await.unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    get_me(&client).await.unwrap();
    get_me(&client).await.unwrap();
}

#[tokio::test]
async fn a_401_gets_one_new_token_and_one_retry() {
    let server = MockServer::start().await;
    token_endpoint(&server, "revoked", 3600, Duration::ZERO, 1).await;
    token_endpoint(&server, "tok-2", 3600, Duration::ZERO, 1).await;
    api_with_token(&server, "revoked", 401, 1).await;
    api_with_token(&server, "tok-2", 200, 1).await;
    let client = oauth_client(&server);
    assert_eq!(get_me(&client).await.unwrap()["name"], "Acme");
}

#[tokio::test]
async fn a_second_401_is_the_callers() {
    // The new token is refused too: no third token, no loop; the 401 is handed over.
    let server = MockServer::start().await;
    token_endpoint(&server, "tok-1", 3600, Duration::ZERO, 1).await;
    token_endpoint(&server, "tok-2", 3600, Duration::ZERO, 1).await;
    api_with_token(&server, "tok-1", 401, 1).await;
    api_with_token(&server, "tok-2", 401, 1).await;
    let client = oauth_client(&server);
    let error = get_me(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
}

#[tokio::test]
async fn a_refusing_token_endpoint_is_an_auth_error_with_its_status_and_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(json_response(
            400,
            json!({"error": "invalid_client", "description": "client not found"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let client = oauth_client(&server);
    let error = get_me(&client).await.unwrap_err();
    match &error {
        Error::Auth(auth) => {
            assert_eq!(auth.status.map(|s| s.as_u16()), Some(400));
            assert!(String::from_utf8_lossy(&auth.body).contains("invalid_client"));
        }
        other => panic!("expected Error::Auth, got {other:?}"),
    }
    let shown = format!("{error} {error:?} {client:?} {}", capture.text());
    assert!(shown.contains("invalid_client"), "{shown}");
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(!shown.contains(BASIC), "{shown}");
    let requests = received(&server).await;
    assert_eq!(requests.len(), 1, "no API call without a token");
}

#[tokio::test]
async fn tokens_and_secrets_stay_out_of_debug_and_the_span() {
    let server = MockServer::start().await;
    token_endpoint(&server, "tok-SECRET", 3600, Duration::ZERO, 1).await;
    api_with_token(&server, "tok-SECRET", 500, 1).await;
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let builder = builder(&server)
        .client_credentials_grant(CLIENT_ID, CLIENT_SECRET)
        .oauth_token_url(format!("{}/oauth/token", server.uri()))
        .max_retries(0);
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();
    let error = get_me(&client).await.unwrap_err();
    let shown = format!(
        "{builder_debug} {client:?} {error} {error:?} {}",
        capture.text()
    );
    assert!(shown.contains(CLIENT_ID), "{shown}");
    assert!(!shown.contains("SECRET"), "{shown}");
}

#[tokio::test]
async fn client_credentials_need_a_token_url_only_when_the_spec_has_none() {
    // This crate's spec has a token URL (`DEFAULT_TOKEN_URL`), so building succeeds without one.
    assert!(clientgen_runtime::DEFAULT_TOKEN_URL.is_some());
    let client = Client::builder()
        .client_credentials_grant(CLIENT_ID, CLIENT_SECRET)
        .build();
    assert!(client.is_ok());
}

#[tokio::test]
async fn the_chosen_servers_token_url_is_used_unless_one_is_set() {
    let server = MockServer::start().await;
    token_endpoint(&server, "tok-1", 3600, Duration::ZERO, 1).await;
    api_with_token(&server, "tok-1", 200, 1).await;
    // The server's token URL (what a generated `server(..)` passes) is used.
    let client = builder(&server)
        .client_credentials_grant(CLIENT_ID, CLIENT_SECRET)
        .server_token_url(Some(&format!("{}/oauth/token", server.uri())))
        .build()
        .unwrap();
    get_me(&client).await.unwrap();
    // One set with `token_url` wins over it.
    let chosen = builder(&server)
        .oauth_token_url("http://127.0.0.1:9/explicit")
        .server_token_url(Some("http://127.0.0.1:9/server"))
        .client_credentials_grant(CLIENT_ID, CLIENT_SECRET);
    assert!(format!("{chosen:?}").contains("/explicit"));
}
