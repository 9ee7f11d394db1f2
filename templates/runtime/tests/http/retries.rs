//! The retry policy on the wire: retryable statuses, `Retry-After`, idempotent methods only
//! unless the client opts in, the attempt limit, and `x-should-retry`.

use std::time::{Duration, Instant};

use clientgen_runtime::runtime::Endpoint;
use reqwest::Method;
use serde_json::json;
use wiremock::matchers::body_json;
use wiremock::{Mock, MockServer};

use crate::support::*;

static POST_TRUSTEE: Endpoint = Endpoint {
    method: Method::POST,
    path: "/trustees",
    operation_id: "postTrustee",
    security: &[],
};

fn unavailable() -> wiremock::ResponseTemplate {
    json_response(503, json!({"message": "Service unavailable"}))
}

#[tokio::test]
async fn a_get_answered_429_with_retry_after_is_retried_after_the_wait() {
    let server = MockServer::start().await;
    let limited = json_response(429, json!({"message": "Rate limit exceeded"}));
    answer_once(&server, limited.insert_header("Retry-After", "1")).await;
    answer(&server, json_response(200, json!({"name": "Acme"})), 1).await;
    let started = Instant::now();
    let me = send_json(client(&server).request(&GET_ME))
        .await
        .expect("retried after the 429");
    assert_eq!(me.data()["name"], "Acme");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "Retry-After: 1 not waited for: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_post_answered_503_is_not_retried_by_default() {
    let server = server_answering(unavailable().insert_header("Retry-After", "0"), 1).await;
    let mut request = client(&server).request(&POST_TRUSTEE);
    request.json_body(&json!({"pairingId": "pairing-1"}), "application/json");
    let error = send_json(request).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn a_post_answered_503_is_retried_when_the_client_opts_in() {
    let server = MockServer::start().await;
    answer_once(&server, unavailable().insert_header("Retry-After", "0")).await;
    let body = json!({"pairingId": "pairing-1", "enabled": true});
    Mock::given(body_json(&body))
        .respond_with(json_response(200, json!({"id": "trustee-1"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server).retry_non_idempotent(true).build().unwrap();
    let mut request = client.request(&POST_TRUSTEE);
    request.json_body(&body, "application/json");
    let created = send_json(request).await.expect("retried POST");
    assert_eq!(created.data()["id"], "trustee-1");
}

#[tokio::test]
async fn retries_stop_after_max_retries() {
    let failing =
        json_response(500, json!({"message": "boom"})).insert_header("retry-after-ms", "10");
    let server = server_answering(failing, 3).await;
    let error = send_json(client(&server).request(&GET_ME))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(received(&server).await.len(), 3, "1 attempt + 2 retries");
}

#[tokio::test]
async fn x_should_retry_overrides_the_status_rule() {
    // 503 with `x-should-retry: false`: not retried.
    let server = server_answering(unavailable().insert_header("x-should-retry", "false"), 1).await;
    let error = send_json(client(&server).request(&GET_ME))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    server.verify().await;
    server.reset().await;

    // 400 with `x-should-retry: true`: retried.
    let again = json_response(400, json!({"message": "try again"}))
        .insert_header("x-should-retry", "true")
        .insert_header("retry-after-ms", "10");
    answer_once(&server, again).await;
    answer(&server, json_response(200, json!({"name": "Acme"})), 1).await;
    let me = send_json(client(&server).request(&GET_ME)).await.unwrap();
    assert_eq!(me.data()["name"], "Acme");
}
