//! Credentials on the wire: which security alternative applies, each scheme kind, a header
//! set by hand, the token provider, and secrets kept out of `Debug` output.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use base64::Engine as _;
use clientgen_runtime::runtime::{BoxError, Credential, Endpoint};
use clientgen_runtime::{Error, RequestOptions};
use reqwest::Method;
use serde_json::json;
use wiremock::matchers::{header as has_header, method};
use wiremock::{Mock, MockServer};

use crate::support::*;

/// Two API keys that apply together, as Cloudflare's `X-Auth-Email` + `X-Auth-Key`.
static PAIRED_KEYS: Endpoint = Endpoint {
    method: Method::GET,
    path: "/organizations/{id}",
    operation_id: "getOrganization",
    security: &[&[API_EMAIL, API_KEY]],
};

static KEY_ONLY: Endpoint = Endpoint {
    method: Method::GET,
    path: "/organizations",
    operation_id: "listOrganizations",
    security: &[&[API_KEY]],
};

#[tokio::test]
async fn paired_api_keys_go_out_together() {
    let server = server_answering(json_response(200, json!({})), 1).await;
    let client = builder(&server)
        .credential(API_EMAIL, Credential::api_key("ops@acme.example.com"))
        .credential(API_KEY, Credential::api_key("cf-global-key"))
        .build()
        .unwrap();
    let mut request = client.request(&PAIRED_KEYS);
    request.path_param("id", "a7b9c3d2");
    send_json(request).await.expect("sent with the key pair");
    let sent = only_request(&server).await;
    assert_eq!(header(&sent, "x-auth-email"), Some("ops@acme.example.com"));
    assert_eq!(header(&sent, "x-auth-key"), Some("cf-global-key"));
    assert_eq!(header(&sent, "authorization"), None);
}

#[tokio::test]
async fn a_bearer_token_does_not_satisfy_a_key_pair() {
    // The operation asks for both keys together; a bearer token is another scheme, so the
    // call fails with `Error::Auth` before any request goes out.
    let server = server_answering(json_response(200, json!({})), 0).await;
    let client = builder(&server)
        .credential(BEARER, Credential::bearer("token"))
        .credential(API_EMAIL, Credential::api_key("ops@acme.example.com"))
        .build()
        .unwrap();
    let mut request = client.request(&PAIRED_KEYS);
    request.path_param("id", "a7b9c3d2");
    let error = send_json(request).await.unwrap_err();
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
}

#[tokio::test]
async fn each_scheme_kind_on_the_wire() {
    static BASIC_ONLY: Endpoint = Endpoint {
        method: Method::GET,
        path: "/basic",
        operation_id: "basic",
        security: &[&[BASIC]],
    };
    static IN_QUERY: Endpoint = Endpoint {
        method: Method::GET,
        path: "/query",
        operation_id: "query",
        security: &[&[QUERY_KEY]],
    };
    static IN_COOKIE: Endpoint = Endpoint {
        method: Method::GET,
        path: "/cookie",
        operation_id: "cookie",
        security: &[&[COOKIE_KEY]],
    };
    let server = server_answering(json_response(200, json!({})), 4).await;
    let client = builder(&server)
        .credential(BEARER, Credential::bearer("t0ken"))
        .credential(BASIC, Credential::basic("alice", "pa ss"))
        .credential(QUERY_KEY, Credential::api_key("k&y"))
        .credential(COOKIE_KEY, Credential::api_key("s;1"))
        .build()
        .unwrap();
    for endpoint in [&GET_ME_WITH_BEARER, &BASIC_ONLY, &IN_QUERY, &IN_COOKIE] {
        let mut request = client.request(endpoint);
        if endpoint.path == "/query" {
            request.query_param(
                "q",
                "x",
                clientgen_runtime::runtime::QueryStyle::Form { explode: true },
            );
        }
        send_json(request).await.expect(endpoint.operation_id);
    }
    let sent = received(&server).await;
    let basic = base64::engine::general_purpose::STANDARD.encode("alice:pa ss");
    assert_eq!(header(&sent[0], "authorization"), Some("Bearer t0ken"));
    assert_eq!(
        header(&sent[1], "authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    // The key follows the operation's own query parameters, percent-encoded.
    assert_eq!(sent[2].url.query(), Some("q=x&api_key=k%26y"));
    assert_eq!(header(&sent[3], "cookie"), Some("session=s%3B1"));
    for request in &sent[2..] {
        assert_eq!(header(request, "authorization"), None);
    }
}

#[tokio::test]
async fn a_header_set_by_hand_stands_in_for_missing_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(has_header("x-auth-key", "from-a-header"))
        .respond_with(json_response(200, json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    // No credential at all: Error::Auth, nothing sent.
    let error = send_json(client.request(&KEY_ONLY)).await.unwrap_err();
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    // The header set by hand is used as is.
    let mut request = client.request(&KEY_ONLY);
    request.options(&RequestOptions::new().with_header("X-Auth-Key", "from-a-header"));
    let listed = send_json(request)
        .await
        .expect("sent with the hand-set key");
    assert_eq!(listed.data(), &json!([]));
}

#[tokio::test]
async fn the_token_provider_is_asked_on_every_attempt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(has_header("authorization", "Bearer token-1"))
        .respond_with(json_response(
            503,
            json!({"message": "Service unavailable"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(has_header("authorization", "Bearer token-2"))
        .respond_with(json_response(200, json!({"name": "Fresh"})))
        .expect(1)
        .mount(&server)
        .await;
    let calls = Arc::new(AtomicU32::new(0));
    let counter = calls.clone();
    let client = builder(&server)
        .token_provider(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            async move { Ok::<_, BoxError>(format!("token-{n}")) }
        })
        .build()
        .unwrap();
    let me = send_json(client.request(&GET_ME_WITH_BEARER))
        .await
        .unwrap();
    assert_eq!(me.data()["name"], "Fresh");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn secrets_stay_out_of_debug_output() {
    let server = MockServer::start().await;
    let builder = builder(&server)
        .credential(BEARER, Credential::bearer("bearer-secret-4711"))
        .credential(BASIC, Credential::basic("alice", "basic-secret-0815"))
        .credential(API_KEY, Credential::api_key("key-secret-1234"))
        .default_header("X-Auth-User-Service-Key", "header-secret-42");
    let client = builder.clone().build().unwrap();
    let mut request = client.request(&GET_ME_WITH_BEARER);
    request.options(
        &RequestOptions::new().with_header("Authorization", "Bearer per-call-secret-token"),
    );
    request.header_param("X-Api-Key", "param-secret-99");
    for text in [
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{request:?}"),
    ] {
        assert!(!text.contains("secret"), "a secret leaked: {text}");
        // The credentials are there, only hidden, under their schemes' names.
        assert!(text.contains("redacted"), "{text}");
        assert!(text.contains("alice"), "{text}");
        assert!(text.contains("api_key"), "{text}");
    }
}
