//! A loopback HTTP proxy between the example clients and Prism: it forwards every request as
//! it came (with Prism's `Prefer: dynamic=...` added, so one Prism serves both modes) and
//! records the request and Prism's answer (status, `sl-violations`, and the problem document
//! of a refusal), which the clients' typed results do not show.

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderName, CONNECTION, CONTENT_LENGTH, HOST, TRANSFER_ENCODING};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};

/// The longest body kept in a record.
const BODY_LIMIT: usize = 2_000;

/// The largest JSON answer kept whole in a record.
const RESPONSE_LIMIT: usize = 256 * 1024;

/// Header names whose values are not recorded (credentials, even example ones).
const SECRET: [&str; 8] = [
    "auth", "key", "token", "secret", "cookie", "signature", "session", "password",
];

/// Starts the proxy to `upstream` on a free loopback port; returns its URL. `dynamic` asks
/// Prism for random data instead of the spec's examples.
pub async fn start(upstream: String, dynamic: bool) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let address = listener.local_addr().expect("local address");
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("a plain reqwest client");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let (client, upstream) = (client.clone(), upstream.clone());
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request| {
                    forward(client.clone(), upstream.clone(), request, dynamic)
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    format!("http://{address}")
}

/// Headers that belong to one connection, not to the request or the answer.
fn hop_by_hop(name: &HeaderName) -> bool {
    [HOST, CONTENT_LENGTH, TRANSFER_ENCODING, CONNECTION].contains(name)
}

async fn forward(
    client: reqwest::Client,
    upstream: String,
    request: Request<Incoming>,
    dynamic: bool,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let target = parts.uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
    let mut outgoing = client
        .request(parts.method.clone(), format!("{upstream}{target}"))
        .body(body.clone());
    let mut sent_headers = Vec::new();
    let mut header_values = serde_json::Map::new();
    let mut prefer = format!("dynamic={dynamic}");
    for (name, value) in parts.headers.iter().filter(|(name, _)| !hop_by_hop(name)) {
        if name == "prefer" {
            prefer = format!("{}, {prefer}", value.to_str().unwrap_or_default());
            continue;
        }
        outgoing = outgoing.header(name, value);
        sent_headers.push(name.as_str().to_string());
        if !SECRET.iter().any(|s| name.as_str().contains(s)) {
            let text = String::from_utf8_lossy(value.as_bytes());
            header_values.insert(name.as_str().to_string(), json!(text));
        }
    }
    outgoing = outgoing.header("prefer", prefer);
    let mut record = json!({
        "method": parts.method.as_str(),
        "target": target,
        "headers": sent_headers,
        "header_values": header_values,
        "content_type": parts.headers.get("content-type").and_then(|v| v.to_str().ok()),
        "body": snippet(&body),
    });
    let answer = match outgoing.send().await {
        Err(error) => {
            record["error"] = json!(error.to_string());
            Response::builder()
                .status(502)
                .body(Full::new(Bytes::from(error.to_string())))
                .expect("a plain response")
        }
        Ok(response) => {
            let status = response.status();
            let headers = response.headers().clone();
            let bytes = response.bytes().await.unwrap_or_default();
            record["status"] = json!(status.as_u16());
            // The media type whose schema the answer is checked against.
            record["response_content_type"] =
                json!(headers.get("content-type").and_then(|v| v.to_str().ok()));
            if let Some(violations) = headers.get("sl-violations").and_then(|v| v.to_str().ok()) {
                record["violations"] =
                    serde_json::from_str(violations).unwrap_or_else(|_| json!(violations));
            }
            let problem = headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|t| t.contains("problem+json"));
            if problem {
                record["problem"] = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            } else if bytes.len() <= RESPONSE_LIMIT {
                // The whole JSON answer, to tell a response that breaks its schema.
                if let Ok(body) = serde_json::from_slice::<Value>(&bytes) {
                    record["response"] = body;
                }
            }
            let mut answer = Response::builder().status(status);
            for (name, value) in headers.iter().filter(|(name, _)| !hop_by_hop(name)) {
                answer = answer.header(name, value);
            }
            answer
                .body(Full::new(bytes))
                .expect("a response with Prism's own headers")
        }
    };
    crate::record::exchange(record);
    Ok(answer)
}

fn snippet(body: &[u8]) -> String {
    String::from_utf8_lossy(body).chars().take(BODY_LIMIT).collect()
}
