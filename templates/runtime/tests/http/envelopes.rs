//! Errors a generated operation must type, not fail to decode: an envelope that reports
//! failure (on a 200 and on a 4xx) and an error status whose body is not JSON.

use clientgen_runtime::runtime::{ErrorResponse, RawResponse};
use clientgen_runtime::{Error, Response};
use reqwest::StatusCode;
use serde_json::{json, Value};
use wiremock::{MockServer, ResponseTemplate};

use crate::responses::{CLOUDFLARE, GET_THING};
use crate::support::*;

/// A typed error as generated for Cloudflare: every `4XX` is a `V4ErrorResponse`.
#[derive(Debug, serde::Deserialize)]
struct V4ErrorResponse {
    errors: Vec<Value>,
    messages: Vec<Value>,
}

#[derive(Debug)]
enum ListError {
    Status4XX(V4ErrorResponse),
}

impl ErrorResponse for ListError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(serde_json::from_slice(body).map(ListError::Status4XX)),
            _ => None,
        }
    }
}

/// What the generated decode of an enveloped list operation does.
fn decode_list(response: RawResponse) -> Result<Response<Vec<Value>>, Error<ListError>> {
    match response.status().as_u16() {
        200..=299 => response.json_enveloped(&CLOUDFLARE),
        _ => Err(response.envelope_error(&CLOUDFLARE)),
    }
}

async fn list(answer: ResponseTemplate) -> Error<ListError> {
    let server = server_answering(answer, 1).await;
    // No retries: a 5xx is answered once.
    let client = builder(&server).max_retries(0).build().unwrap();
    let mut request = client.request(&GET_THING);
    request.path_param("id", "o1");
    request.send_and_decode(decode_list).await.unwrap_err()
}

fn failing_envelope(result: Value) -> Value {
    json!({
        "success": false,
        "errors": [{"code": 1003, "message": "Invalid or missing organization id"}],
        "messages": [],
        "result": result
    })
}

#[tokio::test]
async fn a_failing_envelope_on_a_200_is_an_envelope_error_whatever_the_result() {
    // `result: null` used to fail to decode, and `result: []` to pass as an empty list.
    for result in [Value::Null, json!([])] {
        let error = list(json_response(200, failing_envelope(result))).await;
        let errors = error.envelope_errors().expect("the envelope's errors");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, Some(1003));
        assert_eq!(errors[0].message, "Invalid or missing organization id");
        assert_eq!(error.status(), Some(StatusCode::OK));
        assert!(matches!(error, Error::Envelope(_)), "{error:?}");
        assert!(error.to_string().contains("[1003] Invalid"), "{error}");
    }
}

#[tokio::test]
async fn a_failing_envelope_on_a_4xx_is_the_typed_error_with_the_envelopes_errors() {
    let error = list(json_response(403, failing_envelope(Value::Null))).await;
    match error.api_error() {
        Some(ListError::Status4XX(body)) => {
            assert_eq!(body.errors[0]["code"], 1003);
            assert!(body.messages.is_empty());
        }
        None => panic!("expected the typed 4XX, got {error:?}"),
    }
    let errors = error.envelope_errors().expect("the envelope's errors");
    assert_eq!(errors[0].code, Some(1003));
}

#[tokio::test]
async fn a_failing_envelope_that_fits_no_documented_type_is_an_envelope_error() {
    // A 500 (undocumented) and a 4xx without the documented `messages` field.
    let no_messages =
        json!({"success": false, "errors": [{"code": 10000, "message": "Authentication error"}]});
    for (status, body) in [(500, failing_envelope(Value::Null)), (401, no_messages)] {
        let error = list(json_response(status, body)).await;
        assert!(matches!(error, Error::Envelope(_)), "{error:?}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.envelope_errors().map(<[_]>::len), Some(1));
    }
}

#[tokio::test]
async fn an_html_page_on_a_documented_error_status_keeps_the_status_and_the_body() {
    let page = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>";
    let answer = ResponseTemplate::new(403)
        .insert_header("content-type", "text/html")
        .set_body_string(page);
    let error = list(answer).await;
    match &error {
        Error::UnexpectedStatus(response) => {
            assert!(response.documented);
            assert_eq!(response.status.as_u16(), 403);
            assert_eq!(&response.body[..], page.as_bytes());
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    let message = error.to_string();
    assert!(
        message.contains("403") && message.contains("<h1>503"),
        "{message}"
    );
}

#[tokio::test]
async fn a_text_body_on_a_documented_error_status_of_an_operation_without_envelope() {
    let server = MockServer::start().await;
    answer(
        &server,
        ResponseTemplate::new(404).set_body_string("no such thing"),
        1,
    )
    .await;
    let mut request = client(&server).request(&GET_THING);
    request.path_param("id", "o1");
    let error = send_json(request).await.unwrap_err();
    // Untyped here (no documented status), so it is unexpected either way; the body stays.
    assert_eq!(error.raw_body(), Some(&b"no such thing"[..]));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
}
