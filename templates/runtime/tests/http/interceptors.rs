//! Interceptors on the wire: a signature computed afresh for each attempt over what auth
//! added, the hooks' order around retries, a request changed or refused by an interceptor,
//! and an attempt that got no response.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clientgen_runtime::runtime::{
    AttemptOutcome, AttemptRequest, AttemptResponse, BoxError, Credential, Endpoint, Interceptor,
    RetryDecision,
};
use clientgen_runtime::{Client, Error};
use reqwest::header::HeaderValue;
use reqwest::Method;
use serde_json::json;
use wiremock::matchers::{body_json, method, query_param};
use wiremock::{Mock, MockServer};

use crate::support::*;

static PUT_THING: Endpoint = Endpoint {
    method: Method::PUT,
    path: "/things/{id}",
    operation_id: "putThing",
    security: &[&[BEARER]],
};

/// A stand-in for an HMAC: a hash of the method, the path, the `Authorization` header, the
/// attempt and the body.
fn signature(method: &str, path: &str, authorization: &str, attempt: &str, body: &[u8]) -> String {
    let mut hasher = DefaultHasher::new();
    (method, path, authorization, attempt, body).hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// Signs each attempt: `x-attempt` and `x-signature` over the request as it goes out.
struct Signer;

impl Interceptor for Signer {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), BoxError> {
        let attempt = request.attempt().to_string();
        let authorization = request
            .headers()
            .get("authorization")
            .ok_or("no Authorization to sign")?
            .to_str()?
            .to_owned();
        let signed = signature(
            request.method().as_str(),
            request.url().path(),
            &authorization,
            &attempt,
            request.body().unwrap_or_default(),
        );
        request.headers_mut().insert("x-attempt", attempt.parse()?);
        request.headers_mut().insert("x-signature", signed.parse()?);
        Ok(())
    }
}

#[tokio::test]
async fn a_signature_is_computed_for_each_attempt_after_auth() {
    let server = MockServer::start().await;
    let busy = json_response(503, json!({})).insert_header("retry-after-ms", "1");
    answer_once(&server, busy).await;
    answer(&server, json_response(200, json!({"ok": true})), 1).await;
    let client = builder(&server)
        .credential(BEARER, Credential::bearer("tok-1"))
        .interceptor(Signer)
        .build()
        .unwrap();
    let mut request = client.request(&PUT_THING);
    request.path_param("id", "t1");
    request.json_body(&json!({"name": "x"}), "application/json");
    send_json(request).await.expect("signed, retried, answered");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    for (request, attempt) in requests.iter().zip(["1", "2"]) {
        assert_eq!(header(request, "x-attempt"), Some(attempt));
        let expected = signature(
            "PUT",
            "/things/t1",
            "Bearer tok-1",
            attempt,
            br#"{"name":"x"}"#,
        );
        assert_eq!(header(request, "x-signature"), Some(expected.as_str()));
    }
    assert_ne!(
        header(&requests[0], "x-signature"),
        header(&requests[1], "x-signature")
    );
}

/// Writes what each hook saw into a shared log, under a name.
struct Recorder {
    name: &'static str,
    log: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn push(&self, line: String) {
        self.log
            .lock()
            .unwrap()
            .push(format!("{} {line}", self.name));
    }
}

impl Interceptor for Recorder {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), BoxError> {
        self.push(format!(
            "before {} {} {}",
            request.operation_id(),
            request.path_template(),
            request.attempt()
        ));
        Ok(())
    }

    fn after_response(&self, response: &AttemptResponse<'_>) {
        let outcome = match response.outcome() {
            AttemptOutcome::Response { status, .. } => status.as_u16().to_string(),
            AttemptOutcome::Transport(_) => "transport".to_owned(),
            AttemptOutcome::Timeout => "timeout".to_owned(),
            _ => "other".to_owned(),
        };
        let request_id = response
            .headers()
            .and_then(|h| h.get("x-request-id"))
            .and_then(|v| v.to_str().ok())
            .unwrap_or("-");
        assert!(response.elapsed() < Duration::from_secs(10));
        self.push(format!(
            "after {} {outcome} {request_id}",
            response.attempt()
        ));
    }

    fn on_retry(&self, retry: &RetryDecision<'_>) {
        self.push(format!(
            "retry {} {} {:?} {}",
            retry.operation_id(),
            retry.attempt(),
            retry.delay(),
            retry.reason()
        ));
    }
}

#[tokio::test]
async fn hooks_run_in_order_for_every_attempt_and_retry() {
    let server = MockServer::start().await;
    let busy = json_response(503, json!({})).insert_header("retry-after-ms", "0");
    answer_once(&server, busy).await;
    let done = json_response(200, json!({})).insert_header("x-request-id", "r2");
    answer(&server, done, 1).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let client = builder(&server)
        .interceptor(Recorder {
            name: "a",
            log: log.clone(),
        })
        .interceptor(Recorder {
            name: "b",
            log: log.clone(),
        })
        .build()
        .unwrap();
    send_json(client.request(&GET_ME)).await.unwrap();
    let log = log.lock().unwrap().clone();
    assert_eq!(
        log,
        [
            "a before getMe /me 1",
            "b before getMe /me 1",
            "a after 1 503 -",
            "b after 1 503 -",
            "a retry getMe 1 0ns status 503",
            "b retry getMe 1 0ns status 503",
            "a before getMe /me 2",
            "b before getMe /me 2",
            "a after 2 200 r2",
            "b after 2 200 r2",
        ]
    );
}

#[tokio::test]
async fn an_attempt_without_a_response_is_reported() {
    // Nothing listens on port 1: each attempt is a transport error.
    let log = Arc::new(Mutex::new(Vec::new()));
    let client = Client::builder()
        .base_url("http://127.0.0.1:1")
        .max_retries(0)
        .interceptor(Recorder {
            name: "a",
            log: log.clone(),
        })
        .build()
        .unwrap();
    let error = send_json(client.request(&GET_ME)).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(
        log.lock().unwrap().clone(),
        ["a before getMe /me 1", "a after 1 transport -"]
    );
}

/// Moves the call: another method, a query pair, another body.
struct Rewriter;

impl Interceptor for Rewriter {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), BoxError> {
        request.set_method(Method::POST);
        request.url_mut().query_pairs_mut().append_pair("v", "2");
        let mut body: serde_json::Value = serde_json::from_slice(request.body().unwrap_or(b"{}"))?;
        body["stamped"] = json!(true);
        request.set_body(serde_json::to_vec(&body)?);
        request
            .headers_mut()
            .insert("x-extra", HeaderValue::from_static("1"));
        Ok(())
    }
}

#[tokio::test]
async fn an_interceptor_changes_method_url_headers_and_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(query_param("v", "2"))
        .and(body_json(json!({"name": "x", "stamped": true})))
        .respond_with(json_response(200, json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server)
        .credential(BEARER, Credential::bearer("tok-1"))
        .interceptor(Rewriter)
        .build()
        .unwrap();
    let mut request = client.request(&PUT_THING);
    request.path_param("id", "t1");
    request.json_body(&json!({"name": "x"}), "application/json");
    send_json(request)
        .await
        .expect("the rewritten request matched");
    let request = only_request(&server).await;
    assert_eq!(header(&request, "x-extra"), Some("1"));
}

/// The error an interceptor returns, typed.
#[derive(Debug, PartialEq)]
struct QuotaExhausted(u32);

impl std::fmt::Display for QuotaExhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "local quota exhausted ({} left)", self.0)
    }
}

impl std::error::Error for QuotaExhausted {}

struct Quota;

impl Interceptor for Quota {
    fn before_attempt(&self, _: &mut AttemptRequest<'_>) -> Result<(), BoxError> {
        Err(Box::new(QuotaExhausted(0)))
    }
}

#[tokio::test]
async fn an_interceptor_fails_the_call_with_its_own_error() {
    let server = server_answering(json_response(200, json!({})), 0).await;
    let client = builder(&server).interceptor(Quota).build().unwrap();
    let error = send_json(client.request(&GET_ME)).await.unwrap_err();
    let Error::Interceptor(refused) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(refused.attempt, 1);
    assert_eq!(
        refused.source.downcast_ref::<QuotaExhausted>(),
        Some(&QuotaExhausted(0))
    );
    assert_eq!(error.kind(), "interceptor");
    assert!(
        error.to_string().contains("local quota exhausted"),
        "{error}"
    );
}

#[tokio::test]
async fn a_header_an_interceptor_adds_stays_out_of_debug_output() {
    struct Secretive;
    impl Interceptor for Secretive {
        fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), BoxError> {
            request
                .headers_mut()
                .insert("x-signature", HeaderValue::from_static("SIG-SECRET"));
            assert!(!format!("{request:?}").contains("SIG-SECRET"));
            Ok(())
        }
    }
    let server = server_answering(json_response(200, json!({})), 1).await;
    let client = builder(&server).interceptor(Secretive).build().unwrap();
    assert!(format!("{client:?}").contains("interceptors: 1"));
    send_json(client.request(&GET_ME)).await.unwrap();
    let request = only_request(&server).await;
    assert_eq!(header(&request, "x-signature"), Some("SIG-SECRET"));
}
