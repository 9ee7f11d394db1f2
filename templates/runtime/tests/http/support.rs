//! What the test modules share: the indices of the crate's `SECURITY_SCHEMES`, clients for a
//! mock server, the decoding a generated operation does, and the requests a server received.

use std::net::SocketAddr;

use clientgen_runtime::runtime::{Endpoint, QueryStyle, RawResponse, RequestBuilder};
use clientgen_runtime::{Client, ClientBuilder, Error, Response, SECURITY_SCHEMES};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// `Authorization: Bearer <token>`.
pub const BEARER: usize = 0;
/// `Authorization: Basic <base64(user:password)>`.
pub const BASIC: usize = 1;
/// An API key in the `X-Auth-Email` header (paired with [`API_KEY`], as Cloudflare's).
pub const API_EMAIL: usize = 2;
/// An API key in the `X-Auth-Key` header.
pub const API_KEY: usize = 3;
/// An API key in the `api_key` query parameter.
pub const QUERY_KEY: usize = 4;
/// An API key in the `session` cookie.
pub const COOKIE_KEY: usize = 5;

#[test]
fn scheme_indices_match_the_crate() {
    let names: Vec<&str> = SECURITY_SCHEMES.iter().map(|s| s.name).collect();
    let indices = [BEARER, BASIC, API_EMAIL, API_KEY, QUERY_KEY, COOKIE_KEY];
    let expected = [
        "bearer",
        "basic",
        "api_email",
        "api_key",
        "query_key",
        "cookie_key",
    ];
    for (index, name) in indices.into_iter().zip(expected) {
        assert_eq!(names.get(index), Some(&name));
    }
}

/// `GET /me` without auth, for the tests about anything but auth.
pub static GET_ME: Endpoint = Endpoint {
    method: reqwest::Method::GET,
    path: "/me",
    operation_id: "getMe",
    security: &[],
};

/// `GET /me` with a bearer token.
pub static GET_ME_WITH_BEARER: Endpoint = Endpoint {
    method: reqwest::Method::GET,
    path: "/me",
    operation_id: "getMe",
    security: &[&[BEARER]],
};

/// The default query style: form, exploded.
pub const FORM_EXPLODE: QueryStyle = QueryStyle::Form { explode: true };

/// A builder for a client of `server`, without credentials.
pub fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder().base_url(server.uri())
}

/// A client of `server` with the default configuration and no credentials.
pub fn client(server: &MockServer) -> Client {
    builder(server).build().expect("client")
}

/// A JSON response.
pub fn json_response(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}

/// What a generated operation's decode does for a JSON success: the body on a 2xx, else an
/// error (untyped here: no status is documented).
pub fn decode<T: DeserializeOwned>(response: RawResponse) -> Result<Response<T>, Error> {
    if response.status().is_success() {
        response.json()
    } else {
        Err(response.error())
    }
}

/// Sends `request` and decodes its JSON body, as a generated `send_with_response()` does.
pub async fn send_json(request: RequestBuilder) -> Result<Response<Value>, Error> {
    request.send_and_decode(decode::<Value>).await
}

/// Answers every request to `server` with `response`, expecting `times` requests (checked
/// when the server is dropped).
pub async fn answer(server: &MockServer, response: ResponseTemplate, times: u64) {
    Mock::given(any())
        .respond_with(response)
        .expect(times)
        .mount(server)
        .await;
}

/// Answers the next request to `server` with `response`, before the mocks mounted after it.
pub async fn answer_once(server: &MockServer, response: ResponseTemplate) {
    Mock::given(any())
        .respond_with(response)
        .up_to_n_times(1)
        .expect(1)
        .mount(server)
        .await;
}

/// A mock server that answers every request with `response`, expecting `times` requests.
pub async fn server_answering(response: ResponseTemplate, times: u64) -> MockServer {
    let server = MockServer::start().await;
    answer(&server, response, times).await;
    server
}

/// Every request `server` received, in order.
pub async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

/// The one request `server` received.
pub async fn only_request(server: &MockServer) -> Request {
    let mut requests = received(server).await;
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.remove(0)
}

/// The value of the header `name` of `request`, if it has one that is text.
pub fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// A raw server on loopback that reads each request's head and hands the connection to
/// `answer`; returns its address. The connections live as long as the test's runtime.
pub async fn raw_server<F, Fut>(answer: F) -> SocketAddr
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            read_head(&mut socket).await;
            tokio::spawn(answer(socket));
        }
    });
    address
}

/// Reads a request's head (up to its blank line) from `socket`.
pub async fn read_head(socket: &mut tokio::net::TcpStream) -> String {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match socket.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// Writes `bytes` to `socket`, ignoring a client that has gone.
pub async fn write(socket: &mut tokio::net::TcpStream, bytes: &[u8]) {
    let _ = socket.write_all(bytes).await;
}
