//! Timeouts: per call and per client, each attempt timed on its own, and a body that never
//! finishes arriving.

use std::time::{Duration, Instant};

use clientgen_runtime::{Error, RequestOptions};
use serde_json::json;
use wiremock::MockServer;

use crate::support::*;

/// A server whose every answer takes 3 s, expected `times` times.
async fn slow_server(times: u64) -> MockServer {
    let slow = json_response(200, json!({"name": "Slow"})).set_delay(Duration::from_secs(3));
    server_answering(slow, times).await
}

#[tokio::test]
async fn a_per_call_timeout_gives_the_timeout_error() {
    let server = slow_server(1).await;
    let started = Instant::now();
    let mut request = client(&server).request(&GET_ME);
    request.options(
        &RequestOptions::new()
            .with_timeout(Duration::from_millis(200))
            .with_max_retries(0),
    );
    let error = send_json(request).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    match error {
        Error::Timeout(timeout) => {
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
async fn a_timed_out_get_is_retried() {
    let server = slow_server(2).await;
    let mut request = client(&server).request(&GET_ME);
    request.options(
        &RequestOptions::new()
            .with_timeout(Duration::from_millis(200))
            .with_max_retries(1),
    );
    match send_json(request).await.unwrap_err() {
        Error::Timeout(timeout) => assert_eq!(timeout.attempts, 2),
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn the_timeout_covers_a_stalled_body() {
    // Headers arrive at once, the body never does: the per-attempt timeout still fires.
    let address = raw_server(|mut socket| async move {
        write(
            &mut socket,
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"id\":",
        )
        .await;
        // The connection stays open, silent.
        std::future::pending::<()>().await;
    })
    .await;
    let client = clientgen_runtime::Client::builder()
        .base_url(format!("http://{address}"))
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = send_json(client.request(&GET_ME)).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn the_operation_timeout_spans_every_attempt_and_wait() {
    // Each attempt (200 ms) times out and is retried: without a deadline this call would take
    // 3 attempts plus about 0.5 s and 1 s of backoff. The operation timeout ends it at 1 s,
    // during the wait after the second attempt.
    let server = slow_server(2).await;
    let client = builder(&server)
        .timeout(Duration::from_millis(200))
        .operation_timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = send_json(client.request(&GET_ME)).await.unwrap_err();
    let elapsed = started.elapsed();
    match &error {
        Error::Timeout(timeout) => {
            assert!(timeout.operation);
            assert_eq!(timeout.timeout, Duration::from_secs(1));
            assert_eq!(timeout.attempts, 2, "the retry was under way");
        }
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
    assert!(error.to_string().contains("operation timed out"), "{error}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
}

#[tokio::test]
async fn a_per_call_operation_timeout_overrides_the_clients() {
    let server = slow_server(1).await;
    let client = builder(&server)
        .operation_timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let mut request = client.request(&GET_ME);
    request.options(&RequestOptions::new().with_operation_timeout(Duration::from_millis(300)));
    match send_json(request).await.unwrap_err() {
        Error::Timeout(timeout) => {
            assert!(timeout.operation);
            assert_eq!(
                (timeout.timeout, timeout.attempts),
                (Duration::from_millis(300), 1)
            );
        }
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
}
