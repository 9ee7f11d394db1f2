//! The one helper every operation test goes through.
//!
//! A test states what differs: the exact request ([`get`], [`put`], ... with
//! [`Exchange::query`]), the answer ([`Exchange::answer`]) and the call. [`Exchange::ok`] and
//! [`Exchange::err`] start a wiremock server that answers only that request, make the call
//! through the crate's client, and then check that exactly one request arrived and that it is
//! exactly the one stated: method, raw (percent-encoded) path, raw query string, the crate's
//! auth headers (and none of the headers it must not send), and the JSON body sent as
//! `application/json`, or no body at all. A mismatch fails with the differences, one per line.

use std::fmt::Debug;
use std::future::IntoFuture;
use std::sync::Arc;

use serde_json::Value;
use wiremock::{Match, Mock, MockServer, Request, ResponseTemplate};

use crate::common::Auth;

/// A generated crate as its tests see it: a client pointed at a mock server, and the auth
/// headers that client must send.
pub struct Api<C> {
    client: fn(&MockServer) -> C,
    auth: fn() -> Auth,
}

impl<C> Api<C> {
    pub const fn new(client: fn(&MockServer) -> C, auth: fn() -> Auth) -> Self {
        Self { client, auth }
    }
}

/// The request an operation must send, and the answer it gets.
#[derive(Clone, Debug)]
pub struct Exchange {
    method: &'static str,
    path: String,
    query: String,
    body: Option<Value>,
    status: u16,
    answer: Option<Value>,
    /// A non-JSON answer: its content type and bytes.
    raw_answer: Option<(&'static str, Vec<u8>)>,
    /// The `Accept` header the client must send, when the test states one.
    accept: Option<&'static str>,
}

/// A request without a body (and without a query string, until [`Exchange::query`]).
pub fn bare(method: &'static str, path: impl Into<String>) -> Exchange {
    Exchange {
        method,
        path: path.into(),
        query: String::new(),
        body: None,
        status: 200,
        answer: None,
        raw_answer: None,
        accept: None,
    }
}

pub fn get(path: impl Into<String>) -> Exchange {
    bare("GET", path)
}

pub fn delete(path: impl Into<String>) -> Exchange {
    bare("DELETE", path)
}

/// A request with this JSON body.
pub fn with_json(method: &'static str, path: impl Into<String>, body: Value) -> Exchange {
    Exchange {
        body: Some(body),
        ..bare(method, path)
    }
}

pub fn post(path: impl Into<String>, body: Value) -> Exchange {
    with_json("POST", path, body)
}

pub fn put(path: impl Into<String>, body: Value) -> Exchange {
    with_json("PUT", path, body)
}

pub fn patch(path: impl Into<String>, body: Value) -> Exchange {
    with_json("PATCH", path, body)
}

impl Exchange {
    /// The exact raw query string (percent-encoded, in order); none by default.
    pub fn query(self, raw: impl Into<String>) -> Self {
        Self {
            query: raw.into(),
            ..self
        }
    }

    /// Answers `status` with this JSON body.
    pub fn answer(self, status: u16, body: Value) -> Self {
        Self {
            status,
            answer: Some(body),
            ..self
        }
    }

    /// Answers `status` with these bytes as `content_type`.
    pub fn answer_raw(self, status: u16, content_type: &'static str, body: &[u8]) -> Self {
        Self {
            status,
            raw_answer: Some((content_type, body.to_vec())),
            ..self
        }
    }

    /// The request must carry exactly this `Accept` header.
    pub fn accept(self, accept: &'static str) -> Self {
        Self {
            accept: Some(accept),
            ..self
        }
    }

    /// Answers `status` with no body.
    pub fn answer_empty(self, status: u16) -> Self {
        Self {
            status,
            answer: None,
            ..self
        }
    }

    /// Makes `call` and returns its result, which must be a success.
    pub async fn ok<C, R, T, E>(self, api: &Api<C>, call: impl FnOnce(&C) -> R) -> T
    where
        R: IntoFuture<Output = Result<T, E>>,
        E: Debug,
    {
        let title = self.title();
        match self.send(api, call).await {
            Ok(value) => value,
            Err(error) => panic!("{title}: expected a success, got {error:?}"),
        }
    }

    /// Makes `call` and returns its error; a success fails the test.
    pub async fn err<C, R, T, E>(self, api: &Api<C>, call: impl FnOnce(&C) -> R) -> E
    where
        R: IntoFuture<Output = Result<T, E>>,
        T: Debug,
    {
        let title = self.title();
        match self.send(api, call).await {
            Ok(value) => panic!("{title}: expected an error, got {value:?}"),
            Err(error) => error,
        }
    }

    /// Serves this exchange, makes `call` with a client for the server, and checks that the
    /// server received exactly the expected request, once.
    async fn send<C, R, T, E>(self, api: &Api<C>, call: impl FnOnce(&C) -> R) -> Result<T, E>
    where
        R: IntoFuture<Output = Result<T, E>>,
    {
        let server = MockServer::start().await;
        let mut response = ResponseTemplate::new(self.status);
        if let Some(answer) = &self.answer {
            response = response.set_body_json(answer);
        }
        if let Some((content_type, body)) = &self.raw_answer {
            response = response.set_body_raw(body.clone(), content_type);
        }
        let expected = Arc::new(Expected {
            exchange: self,
            auth: (api.auth)(),
        });
        Mock::given(Matches(Arc::clone(&expected)))
            .respond_with(response)
            .mount(&server)
            .await;
        let result = call(&(api.client)(&server)).await;
        let received = server.received_requests().await.unwrap_or_default();
        expected.check(&received);
        result
    }

    fn title(&self) -> String {
        let query = if self.query.is_empty() { "" } else { "?" };
        format!("{} {}{query}{}", self.method, self.path, self.query)
    }
}

/// What the one mock matches: the exchange's request with the crate's auth headers.
struct Expected {
    exchange: Exchange,
    auth: Auth,
}

impl Expected {
    /// Fails unless `received` is exactly one request without differences.
    fn check(&self, received: &[Request]) {
        let title = self.exchange.title();
        if let [request] = received {
            let differences = self.differences(request);
            assert!(
                differences.is_empty(),
                "{title}: the client sent a different request:\n{}",
                differences.join("\n")
            );
            return;
        }
        let mut report = format!(
            "{title}, answered with {}: expected one request, got {}",
            self.exchange.status,
            received.len()
        );
        for (number, request) in received.iter().enumerate() {
            let differences = self.differences(request);
            let verdict = if differences.is_empty() {
                " as expected"
            } else {
                ""
            };
            report.push_str(&format!(
                "\n{}. {} {}:{verdict}",
                number + 1,
                request.method,
                request.url
            ));
            for line in differences {
                report.push_str(&format!("\n{line}"));
            }
        }
        panic!("{report}");
    }

    /// Every way `request` differs from the expected one, one line each.
    fn differences(&self, request: &Request) -> Vec<String> {
        let exchange = &self.exchange;
        let mut found = Vec::new();
        let mut compare = |what: &str, expected: Option<&str>, got: Option<&str>| {
            if expected != got {
                let show =
                    |value: Option<&str>| value.map_or("nothing".into(), |v| format!("{v:?}"));
                found.push(format!(
                    "  {what}: expected {}, got {}",
                    show(expected),
                    show(got)
                ));
            }
        };
        compare(
            "method",
            Some(exchange.method),
            Some(request.method.as_str()),
        );
        compare("raw path", Some(&exchange.path), Some(request.url.path()));
        compare(
            "raw query",
            Some(&exchange.query),
            Some(request.url.query().unwrap_or("")),
        );
        if let Some(accept) = exchange.accept {
            compare(
                "header accept",
                Some(accept),
                header(request, "accept").as_deref(),
            );
        }
        for (name, value) in &self.auth.sent {
            compare(
                &format!("header {name}"),
                Some(value),
                header(request, name).as_deref(),
            );
        }
        for name in self.auth.absent {
            compare(
                &format!("header {name}"),
                None,
                header(request, name).as_deref(),
            );
        }
        let body = (!request.body.is_empty()).then(|| String::from_utf8_lossy(&request.body));
        match &exchange.body {
            None => compare("body", None, body.as_deref()),
            Some(json) => {
                let content_type = header(request, "content-type");
                compare(
                    "content-type",
                    Some("application/json"),
                    content_type.as_deref(),
                );
                match serde_json::from_slice::<Value>(&request.body) {
                    Ok(sent) => json_differences("", json, &sent, &mut found),
                    Err(_) => compare("JSON body", Some(&json.to_string()), body.as_deref()),
                }
            }
        }
        found
    }
}

/// Where the JSON `got` differs from `expected`: one line per JSON pointer, with both values.
fn json_differences(pointer: &str, expected: &Value, got: &Value, found: &mut Vec<String>) {
    let show = |value: Option<&Value>| value.map_or("nothing".into(), Value::to_string);
    match (expected, got) {
        (Value::Object(expected), Value::Object(got)) => {
            let extra = got.keys().filter(|key| !expected.contains_key(*key));
            for key in expected.keys().chain(extra) {
                let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (expected.get(key), got.get(key)) {
                    (Some(expected), Some(got)) => json_differences(&at, expected, got, found),
                    (expected, got) => found.push(format!(
                        "  JSON body at {at}: expected {}, got {}",
                        show(expected),
                        show(got)
                    )),
                }
            }
        }
        (Value::Array(expected), Value::Array(got)) if expected.len() == got.len() => {
            for (index, (expected, got)) in expected.iter().zip(got).enumerate() {
                json_differences(&format!("{pointer}/{index}"), expected, got, found);
            }
        }
        _ if expected != got => found.push(format!(
            "  JSON body at {}: expected {expected}, got {got}",
            if pointer.is_empty() { "/" } else { pointer }
        )),
        _ => {}
    }
}

/// Every value of the header `name`, joined with `, `; `None` when there is none.
fn header(request: &Request, name: &str) -> Option<String> {
    let values: Vec<_> = request
        .headers
        .get_all(name)
        .iter()
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

/// The mock's matcher: no differences from the expected request.
struct Matches(Arc<Expected>);

impl Match for Matches {
    fn matches(&self, request: &Request) -> bool {
        self.0.differences(request).is_empty()
    }
}
