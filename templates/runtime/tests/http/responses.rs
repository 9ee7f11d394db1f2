//! Responses and errors: an envelope unwrapped with its other fields kept, documented and
//! undocumented error statuses, a body that does not decode, a body that arrives in pieces,
//! and a broken connection.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use clientgen_runtime::runtime::{Endpoint, Envelope, ErrorResponse, RawResponse};
use clientgen_runtime::{Error, Response};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use wiremock::{MockServer, ResponseTemplate};

use crate::support::*;

/// Cloudflare's v4 envelope.
pub const CLOUDFLARE: Envelope = Envelope {
    data: "result",
    success: Some("success"),
    errors: Some("errors"),
};

pub static GET_THING: Endpoint = Endpoint {
    method: Method::GET,
    path: "/things/{id}",
    operation_id: "getThing",
    security: &[],
};

/// A typed error as generated for an operation that documents only a 404.
#[derive(Debug)]
enum GetThingError {
    NotFound(Value),
}

impl ErrorResponse for GetThingError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            404 => Some(serde_json::from_slice(body).map(GetThingError::NotFound)),
            _ => None,
        }
    }
}

/// What the generated decode of that operation does.
fn decode_thing(response: RawResponse) -> Result<Response<Value>, Error<GetThingError>> {
    match response.status().as_u16() {
        200 => response.json(),
        _ => Err(response.error()),
    }
}

async fn get_thing(server: &MockServer, id: &str) -> Result<Response<Value>, Error<GetThingError>> {
    let mut request = client(server).request(&GET_THING);
    request.path_param("id", id);
    request.send_and_decode(decode_thing).await
}

#[tokio::test]
async fn an_envelope_is_unwrapped_and_its_other_fields_kept() {
    let envelope = json!({
        "success": true,
        "errors": [],
        "messages": [{"code": 1000, "message": "Listing is in beta"}],
        "result": [{"id": "o1", "name": "Acme"}],
        "result_info": {"total_size": 1, "next_page_token": "tok-2"}
    });
    let server = server_answering(
        json_response(200, envelope).insert_header("cf-ray", "8c1f2a3b4c5d6e7f-SJC"),
        1,
    )
    .await;
    let mut request = client(&server).request(&GET_THING);
    request.path_param("id", "o1");
    let response = request
        .send_and_decode(|raw| {
            raw.json_enveloped::<Vec<Value>, std::convert::Infallible>(&CLOUDFLARE)
        })
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers().get("cf-ray").unwrap(),
        "8c1f2a3b4c5d6e7f-SJC"
    );
    assert_eq!(response.data()[0]["name"], "Acme");
    let envelope = response.envelope().expect("envelope kept");
    assert_eq!(envelope["result_info"]["total_size"], 1);
    assert_eq!(envelope["messages"][0]["message"], "Listing is in beta");
    assert!(!envelope.contains_key("result"), "{envelope:?}");
    assert_eq!(
        response.envelope_str(&["result_info", "next_page_token"]),
        Some("tok-2")
    );
    assert_eq!(response.envelope_str(&["messages"]), None, "not a string");
}

#[tokio::test]
async fn a_documented_error_status_is_a_typed_api_error() {
    let body = json!({"message": "The requested resource was not found.", "code": "not.found"});
    let server = server_answering(
        json_response(404, body).insert_header("inin-correlation-id", "c0ffee00-1111"),
        1,
    )
    .await;
    let error = get_thing(&server, "missing").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        error.headers().unwrap().get("inin-correlation-id").unwrap(),
        "c0ffee00-1111"
    );
    assert!(String::from_utf8_lossy(error.raw_body().unwrap()).contains("not.found"));
    match error.api_error() {
        Some(GetThingError::NotFound(body)) => assert_eq!(body["code"], "not.found"),
        other => panic!("expected the typed 404, got {other:?}"),
    }
    assert!(error.to_string().contains("404"), "{error}");
}

#[tokio::test]
async fn an_undocumented_status_is_unexpected_status() {
    let server = server_answering(json_response(418, json!({"message": "I'm a teapot"})), 1).await;
    match get_thing(&server, "t1").await.unwrap_err() {
        Error::UnexpectedStatus(response) => {
            assert_eq!(response.status.as_u16(), 418);
            assert!(String::from_utf8_lossy(&response.body).contains("teapot"));
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
}

#[tokio::test]
async fn malformed_json_on_200_is_a_decode_error_with_a_snippet() {
    let server = server_answering(
        ResponseTemplate::new(200)
            .insert_header("content-type", "application/json")
            .set_body_string("{\"id\": \"org-1\", \"name\": \"Acme\", \"version\": 3,"),
        1,
    )
    .await;
    let error = get_thing(&server, "org-1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    match &error {
        Error::Decode(decode) => {
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
async fn a_dropped_connection_is_a_transport_error_without_the_url() {
    let accepted = Arc::new(AtomicU32::new(0));
    let counter = accepted.clone();
    let address = raw_server(move |socket| {
        counter.fetch_add(1, Ordering::SeqCst);
        async move { drop(socket) }
    })
    .await;
    let client = clientgen_runtime::Client::builder()
        .base_url(format!("http://{address}"))
        .max_retries(1)
        .build()
        .unwrap();
    let mut request = client.request(&GET_THING);
    request.path_param("id", "t1");
    let error = send_json(request).await.unwrap_err();
    match &error {
        Error::Transport(transport) => assert_eq!(transport.attempts, 2),
        other => panic!("expected Error::Transport, got {other:?}"),
    }
    assert_eq!(error.status(), None);
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
    // The URL (and anything in it) is stripped from the error.
    assert!(
        !format!("{error:?}").contains(&address.to_string()),
        "{error:?}"
    );
}

/// Answers every request with `head`, then `pieces` one by one, a pause between them so that
/// the client receives them apart.
async fn server_in_pieces(head: String, pieces: Vec<String>) -> std::net::SocketAddr {
    raw_server(move |mut socket| {
        let (head, pieces) = (head.clone(), pieces.clone());
        async move {
            write(&mut socket, head.as_bytes()).await;
            for piece in pieces {
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                write(&mut socket, piece.as_bytes()).await;
            }
        }
    })
    .await
}

async fn body_from(address: std::net::SocketAddr) -> Vec<u8> {
    let client = clientgen_runtime::Client::new(format!("http://{address}")).unwrap();
    let mut request = client.request(&GET_THING);
    request.path_param("id", "t1");
    let response: RawResponse = request.send::<()>().await.unwrap();
    response.body().to_vec()
}

#[tokio::test]
async fn a_body_that_arrives_in_pieces_is_read_whole() {
    let parts = ["{\"a\":", "[1,2,", "3],\"b\":", "\"x\"}"];
    let whole = parts.concat();
    // With a length: the pieces as they are.
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        whole.len()
    );
    let pieces = parts.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        body_from(server_in_pieces(head, pieces).await).await,
        whole.as_bytes()
    );
    // Without one: chunked.
    let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n".to_owned();
    let mut pieces: Vec<String> = parts
        .iter()
        .map(|p| format!("{:x}\r\n{p}\r\n", p.len()))
        .collect();
    pieces.push("0\r\n\r\n".to_owned());
    assert_eq!(
        body_from(server_in_pieces(head, pieces).await).await,
        whole.as_bytes()
    );
    // One piece, and none.
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n{whole}",
        whole.len()
    );
    assert_eq!(
        body_from(server_in_pieces(head, Vec::new()).await).await,
        whole.as_bytes()
    );
    let head = "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n".to_owned();
    assert_eq!(
        body_from(server_in_pieces(head, Vec::new()).await).await,
        b""
    );
}
