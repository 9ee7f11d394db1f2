//! The test kit (the `mock` feature): typed mocks of the crate's operations on a local
//! [`wiremock`] server, so that code which takes a [`Client`] can be tested without the real
//! API.
//!
//! A [`MockServer`] has one accessor per API module, as [`Client`] has, and one method per
//! operation there, which gives an [`OperationMock`]: say which requests it matches (typed
//! path, query, header and body values, encoded as the client encodes them), then what it
//! answers ([`OperationMock::returns`] with the operation's own return type,
//! [`OperationMock::returns_events`] with the events of an event stream,
//! [`OperationMock::fails_with`] with its error enum), which gives a [`Mock`] to
//! [`Mock::expect`] a number of calls of and to [`Mock::mount`]. Expectations are verified
//! when the server is dropped (a test that breaks one panics), or with [`MockServer::verify`].
//!
//! Everything here is compiled only with the `mock` feature.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::auth::{Credential, SchemeKind};
use super::body::Multipart;
use super::client::{Client, ClientBuilder};
use super::events::Event;
pub use super::mock_answer::MockAnswer;
use super::mock_match::{CookieMatcher, FormBodyMatcher, HeaderMatcher, PathMatcher, QueryMatcher};
use super::mock_multipart::MultipartMatcher;
use super::query::{self, QueryStyle};

pub use wiremock;

/// The secret [`MockServer::client`] authenticates with: the bearer token, the API keys and
/// the basic password of every security scheme (the basic user name is [`MOCK_USER`]).
pub const MOCK_SECRET: &str = "mock-secret";

/// The basic user name [`MockServer::client`] authenticates with.
pub const MOCK_USER: &str = "mock-user";

/// A local HTTP server (on `127.0.0.1`, a free port) that answers as the mocks mounted on it
/// say. Dropping it stops it and verifies every [`Mock::expect`]ation.
pub struct MockServer {
    server: wiremock::MockServer,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("uri", &self.server.uri())
            .finish()
    }
}

impl MockServer {
    /// Starts a server on a free port of `127.0.0.1`. It answers 404 to every request until a
    /// mock matches it.
    pub async fn start() -> MockServer {
        MockServer {
            server: wiremock::MockServer::start().await,
        }
    }

    /// The server's base URL, `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// A [`ClientBuilder`] for this server: its base URL, a credential ([`MOCK_SECRET`]) for
    /// every security scheme, and no retries, so that an error a mock answers reaches the
    /// code under test at once. Change any of it before `build()` (`.max_retries(2)` to test
    /// retries).
    pub fn client_builder(&self) -> ClientBuilder {
        let mut builder = Client::builder().base_url(self.uri()).max_retries(0);
        for (index, scheme) in crate::SECURITY_SCHEMES.iter().enumerate() {
            let credential = match scheme.kind {
                SchemeKind::Bearer => Credential::bearer(MOCK_SECRET),
                SchemeKind::Basic => Credential::basic(MOCK_USER, MOCK_SECRET),
                SchemeKind::ApiKey { .. } => Credential::api_key(MOCK_SECRET),
            };
            builder = builder.credential(index, credential);
        }
        builder
    }

    /// A [`Client`] for this server, as [`MockServer::client_builder`] configures it.
    ///
    /// # Panics
    ///
    /// When the HTTP client cannot start (its TLS backend fails to initialise), as a test
    /// helper does; use `client_builder().build()` to get that error instead.
    pub fn client(&self) -> Client {
        match self.client_builder().build() {
            Ok(client) => client,
            Err(error) => panic!("cannot build a client for the mock server: {error}"),
        }
    }

    /// Checks every [`Mock::expect`]ation now.
    ///
    /// # Panics
    ///
    /// When a mock was not called as often as it expects, listing the requests received.
    pub async fn verify(&self) {
        self.server.verify().await;
    }

    /// Removes every mock and forgets the requests received.
    pub async fn reset(&self) {
        self.server.reset().await;
    }

    /// Every request the server received, in order.
    pub async fn received_requests(&self) -> Vec<wiremock::Request> {
        self.server.received_requests().await.unwrap_or_default()
    }

    /// The underlying wiremock server, to mount untyped [`wiremock::Mock`]s on.
    pub fn wiremock(&self) -> &wiremock::MockServer {
        &self.server
    }

    /// A mock of the operation `Op`; the generated accessors call this.
    #[doc(hidden)]
    pub fn operation<Op: MockOperation>(&self) -> OperationMock<'_, Op> {
        OperationMock {
            server: self,
            path: PathMatcher::new(Op::PATH),
            matchers: Vec::new(),
            operation: PhantomData,
        }
    }
}

/// An operation that can be mocked: implemented by each operation's request builder (the
/// type its client method returns), so [`OperationMock`] knows its method, path and types.
pub trait MockOperation {
    /// What [`OperationMock::returns`] takes: what the client's call returns (`bytes::Bytes`
    /// for a download; for an event stream, the events it yields, a `Vec<Event<T>>`, which
    /// [`OperationMock::returns_events`] also takes; `Infallible` when the answers cannot be
    /// given typed, such as several success responses one of which is a download: use
    /// [`OperationMock::respond_with`]).
    type Output;
    /// The operation's documented error responses, which [`OperationMock::fails_with`] takes.
    type Error;
    /// The HTTP method.
    const METHOD: &'static str;
    /// The path template, e.g. `/orgs/{org_id}`.
    const PATH: &'static str;
    /// The spec's `operationId`, which names the mock in failure messages.
    const OPERATION_ID: &'static str;
    /// The constant query pairs the client sends first (`Action=Publish`): operations on one
    /// path told apart by them are told apart by their mocks too.
    const FIXED_QUERY: &'static [(&'static str, &'static str)];

    /// The answer that makes the client's call return `value`.
    fn output(value: Self::Output) -> MockAnswer;

    /// The answer that makes the client's call fail with `error` (`Error::Api`), with its
    /// documented status (the first free one of a range, 500 for `default`).
    fn error(error: Self::Error) -> MockAnswer;
}

/// A mock of one operation that does not answer yet: add matchers (the generated methods
/// named after the operation's parameters, and [`OperationMock::matching`]), then say what it
/// answers. Without matchers it matches every request with the operation's method and path.
#[must_use = "a mock does nothing until it answers and is mounted"]
pub struct OperationMock<'a, Op> {
    server: &'a MockServer,
    path: PathMatcher,
    matchers: Vec<Box<dyn wiremock::Match>>,
    operation: PhantomData<fn() -> Op>,
}

impl<Op> fmt::Debug for OperationMock<'_, Op> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OperationMock")
            .field("path", &self.path)
            .field("matchers", &self.matchers.len())
            .finish_non_exhaustive()
    }
}

impl<'a, Op: MockOperation> OperationMock<'a, Op> {
    /// Answers with `value`, as the operation's (first) success response: the client's call
    /// returns `value`.
    ///
    /// # Panics
    ///
    /// When `value` cannot be written as JSON.
    pub fn returns(self, value: Op::Output) -> Mock<'a> {
        let answer = Op::output(value);
        self.answer(answer)
    }

    /// Answers with the documented error response `error`, at its status: the client's call
    /// fails with `Error::Api` holding `error`. Give the status yourself with
    /// [`OperationMock::fails_with_status`].
    ///
    /// # Panics
    ///
    /// When `error`'s body cannot be written as JSON.
    pub fn fails_with(self, error: Op::Error) -> Mock<'a> {
        let answer = Op::error(error);
        self.answer(answer)
    }

    /// Answers with the error response `error` at `status` (for a response documented as a
    /// range, `4XX`, or as `default`; a status that another documented response claims makes
    /// the client read the body as that response).
    ///
    /// # Panics
    ///
    /// When `status` is not between 100 and 999, or `error`'s body cannot be written as JSON.
    pub fn fails_with_status(self, status: u16, error: Op::Error) -> Mock<'a> {
        let answer = Op::error(error).with_status(status);
        self.answer(answer)
    }

    /// Answers with any response: a status, headers and body the spec does not describe.
    pub fn respond_with(self, response: wiremock::ResponseTemplate) -> Mock<'a> {
        let OperationMock {
            server,
            path,
            matchers,
            ..
        } = self;
        let mut given = wiremock::Mock::given(wiremock::matchers::method(Op::METHOD)).and(path);
        for (name, value) in Op::FIXED_QUERY {
            let pairs = query::encode_query(
                name,
                &Value::from(*value),
                QueryStyle::Form { explode: true },
            );
            given = given.and(QueryMatcher::new(&pairs));
        }
        for matcher in matchers {
            given = given.and(BoxedMatch(matcher));
        }
        Mock {
            server,
            given,
            response,
            name: Op::OPERATION_ID,
            settings: Settings::default(),
        }
    }

    /// Matches only requests that `matcher` also accepts: any [`wiremock::Match`], such as a
    /// closure over the [`wiremock::Request`] or `wiremock::matchers::body_partial_json`.
    pub fn matching(mut self, matcher: impl wiremock::Match + 'static) -> Self {
        self.matchers.push(Box::new(matcher));
        self
    }

    fn answer(self, answer: MockAnswer) -> Mock<'a> {
        let response = answer.into_template();
        self.respond_with(response)
    }

    /// Matches the path parameter `name` (simple style, percent-encoded as the client does).
    #[doc(hidden)]
    pub fn match_path_param<T: Serialize + ?Sized>(
        mut self,
        name: &'static str,
        value: &T,
    ) -> Self {
        let text = query::simple_text(&to_json(value, name));
        self.path.set(name, query::encode_component(&text));
        self
    }

    /// Matches the query parameter `name` serialized by `style`.
    #[doc(hidden)]
    pub fn match_query_param<T: Serialize + ?Sized>(
        self,
        name: &str,
        value: &T,
        style: QueryStyle,
    ) -> Self {
        let pairs = query::encode_query(name, &to_json(value, name), style);
        self.matching(QueryMatcher::new(&pairs))
    }

    /// Matches the header parameter `name` (simple style).
    #[doc(hidden)]
    pub fn match_header_param<T: Serialize + ?Sized>(self, name: &str, value: &T) -> Self {
        let text = query::simple_text(&to_json(value, name));
        self.matching(HeaderMatcher::new(name, text))
    }

    /// Matches the cookie parameter `name`.
    #[doc(hidden)]
    pub fn match_cookie_param<T: Serialize + ?Sized>(self, name: &str, value: &T) -> Self {
        let text = query::encode_cookie(&query::simple_text(&to_json(value, name)));
        self.matching(CookieMatcher::new(name, text))
    }

    /// Matches a JSON body equal to `body` (as JSON: the order of properties aside).
    #[doc(hidden)]
    pub fn match_json_body<T: Serialize + ?Sized>(self, body: &T) -> Self {
        self.matching(wiremock::matchers::body_json(to_json(body, "body")))
    }

    /// Matches a form body with the pairs `body` is sent as.
    #[doc(hidden)]
    pub fn match_form_body<T: Serialize + ?Sized>(self, body: &T) -> Self {
        let pairs: Vec<String> = match to_json(body, "body") {
            Value::Object(map) => map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .flat_map(|(k, v)| query::encode_query(k, v, QueryStyle::Form { explode: true }))
                .collect(),
            other => panic!("a form body must be an object, not {other}"),
        };
        self.matching(FormBodyMatcher::new(&pairs))
    }

    /// Matches a text body equal to `body`.
    #[doc(hidden)]
    pub fn match_text_body(self, body: String) -> Self {
        self.matching(wiremock::matchers::body_string(body))
    }

    /// Matches a multipart body with the parts of `body`, in order.
    #[doc(hidden)]
    pub fn match_multipart_body(self, body: Multipart) -> Self {
        self.matching(MultipartMatcher::new(&body))
    }

    /// Matches a raw body equal to `body`.
    #[doc(hidden)]
    pub fn match_bytes_body(self, body: bytes::Bytes) -> Self {
        self.matching(wiremock::matchers::body_bytes(body.to_vec()))
    }
}

impl<'a, Op, T> OperationMock<'a, Op>
where
    Op: MockOperation<Output = Vec<Event<T>>>,
{
    /// Answers with `events`, as the operation's event stream: framed as the client reads
    /// them (`text/event-stream`, or JSON lines), so its stream yields these events, then
    /// ends. ([`MockServer::client`] does not retry, so it does not reconnect either; a
    /// client that does reconnects with `Last-Event-ID` and gets the events again, unless
    /// this mock answers [`Mock::up_to_n_times`] and another one the rest.)
    ///
    /// # Panics
    ///
    /// When an event cannot be written in the stream's format: data that cannot be JSON, a
    /// line break in an event type or id, an id or type on a JSON line.
    pub fn returns_events(self, events: impl IntoIterator<Item = Event<T>>) -> Mock<'a> {
        self.returns(events.into_iter().collect())
    }
}

/// A value as JSON, for a matcher or an answer.
///
/// # Panics
///
/// When `value` cannot be written as JSON (a map with keys that are not strings, or a value
/// whose `Serialize` fails): a mock that cannot say what it expects is a broken test.
pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T, what: &str) -> Value {
    match serde_json::to_value(value) {
        Ok(value) => value,
        Err(error) => panic!("the mock cannot write `{what}` as JSON: {error}"),
    }
}

/// A matcher of [`OperationMock::matching`], boxed.
struct BoxedMatch(Box<dyn wiremock::Match>);

impl wiremock::Match for BoxedMatch {
    fn matches(&self, request: &wiremock::Request) -> bool {
        self.0.matches(request)
    }
}

/// A mock that answers: say how often it must be called, then mount it on its server.
#[must_use = "a mock does nothing until it is mounted"]
pub struct Mock<'a> {
    server: &'a MockServer,
    given: wiremock::MockBuilder,
    response: wiremock::ResponseTemplate,
    name: &'static str,
    settings: Settings,
}

/// What [`Mock`]'s methods set, applied when it is mounted.
#[derive(Default)]
struct Settings {
    expect: Option<wiremock::Times>,
    up_to_n_times: Option<u64>,
    priority: Option<u8>,
    name: Option<String>,
    delay: Option<Duration>,
}

impl fmt::Debug for Mock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mock")
            .field("name", &self.settings.name.as_deref().unwrap_or(self.name))
            .finish_non_exhaustive()
    }
}

impl<'a> Mock<'a> {
    /// The number of matching requests the server must receive, checked when it is dropped
    /// or [verified](MockServer::verify): `1`, `0` (never), a range (`1..=3`, `2..`).
    pub fn expect(mut self, times: impl Into<wiremock::Times>) -> Self {
        self.settings.expect = Some(times.into());
        self
    }

    /// Answers at most `n` matching requests; later ones go to the next matching mock (or get
    /// a 404): mount `fails_with(..).up_to_n_times(1)` before `returns(..)` for a call that
    /// fails once and then succeeds.
    pub fn up_to_n_times(mut self, n: u64) -> Self {
        self.settings.up_to_n_times = Some(n);
        self
    }

    /// Which of several matching mocks answers: the lowest `priority` (1 to 255, default 5),
    /// then the one mounted first.
    pub fn with_priority(mut self, priority: u8) -> Self {
        self.settings.priority = Some(priority);
        self
    }

    /// Answers only after `delay` (to test timeouts).
    pub fn with_delay(mut self, delay: Duration) -> Self {
        self.settings.delay = Some(delay);
        self
    }

    /// The name failure messages give the mock (default: the operation's `operationId`).
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.settings.name = Some(name.into());
        self
    }

    /// Mounts the mock: from now on it answers the requests it matches.
    pub async fn mount(self) {
        let server = self.server;
        self.build().mount(&server.server).await;
    }

    /// Mounts the mock until the returned guard is dropped, which checks its expectation;
    /// the guard also lists the requests this mock received.
    pub async fn mount_as_scoped(self) -> wiremock::MockGuard {
        let server = self.server;
        self.build().mount_as_scoped(&server.server).await
    }

    fn build(self) -> wiremock::Mock {
        let Settings {
            expect,
            up_to_n_times,
            priority,
            name,
            delay,
        } = self.settings;
        let response = match delay {
            Some(delay) => self.response.set_delay(delay),
            None => self.response,
        };
        let mut mock = self
            .given
            .respond_with(response)
            .named(name.unwrap_or_else(|| self.name.to_owned()));
        if let Some(times) = expect {
            mock = mock.expect(times);
        }
        if let Some(n) = up_to_n_times {
            mock = mock.up_to_n_times(n);
        }
        if let Some(priority) = priority {
            mock = mock.with_priority(priority);
        }
        mock
    }
}
