//! The crate's error type: one [`Error`] for every operation, typed by the operation's
//! documented error responses.
//!
//! The types and their accessors are here; how an error reads (its `Display` and `source`)
//! is in `error_message.rs`.

use std::convert::Infallible;
use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// A boxed error that can cross threads.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The most bytes of a response body kept in [`DecodeError::snippet`].
pub const SNIPPET_LIMIT: usize = 512;

/// Everything that can go wrong when calling an operation.
///
/// `E` is the operation's typed error-response enum (one variant per documented error
/// status); operations without documented errors use [`Infallible`].
///
/// The status, headers and raw body of the response, when there was one, are reachable
/// from every variant through [`Error::status`], [`Error::headers`] and [`Error::raw_body`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = Infallible> {
    /// The server answered with an error status that the API documents; the body was decoded
    /// into `E`.
    Api(Box<ApiError<E>>),
    /// The server answered with a status that the operation does not document.
    UnexpectedStatus(Box<UnexpectedResponse>),
    /// The response body could not be decoded into the expected type.
    Decode(Box<DecodeError>),
    /// The request did not complete within its timeout (after any retries).
    Timeout(TimeoutError),
    /// The request could not be sent or the response could not be read (connection refused,
    /// TLS failure, connection dropped...).
    Transport(TransportError),
    /// The request could not be built: a bad header name or value, a bad base URL, a
    /// parameter that could not be serialized...
    InvalidRequest(InvalidRequestError),
    /// No usable credentials: the operation needs authentication that the client was not
    /// given, the token provider failed, or the token endpoint refused the client's
    /// credentials.
    Auth(AuthError),
    /// The response's envelope reported failure (`"success": false`, or a non-empty `errors`
    /// list), whatever the HTTP status; carries the envelope's errors.
    Envelope(Box<EnvelopeError>),
    /// A page stream cannot go on: the server sent a page cursor it had sent before, so the
    /// listing would never end.
    Pagination(PaginationError),
    /// An [`Interceptor`](super::Interceptor) refused the request (its
    /// `before_attempt` returned an error); the call is not retried.
    Interceptor(InterceptorError),
    /// An event of a stream (or a JSON line) grew past the client's
    /// [`max_event_size`](super::ClientBuilder::max_event_size): the stream ends with this
    /// error, after the events before it.
    EventTooLarge(EventTooLargeError),
}

/// A documented error response: status, headers, typed body and the raw bytes.
#[derive(Debug)]
#[non_exhaustive]
pub struct ApiError<E> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded error body.
    pub body: E,
    /// The raw response body.
    pub raw_body: Bytes,
    /// The envelope's errors, for an operation with a response envelope (else empty).
    pub envelope_errors: Vec<EnvelopeMessage>,
}

/// A response whose status the operation does not document, or an error response whose body
/// is not JSON at all (a proxy's HTML page, a gateway's plain text).
#[derive(Debug)]
#[non_exhaustive]
pub struct UnexpectedResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw response body.
    pub body: Bytes,
    /// Whether the operation documents this status (its body was not the documented JSON).
    pub documented: bool,
}

/// A response whose envelope reported failure.
#[derive(Debug)]
#[non_exhaustive]
pub struct EnvelopeError {
    /// The HTTP status (a failing envelope may come with a 200).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The envelope's errors, in the order the server sent them.
    pub errors: Vec<EnvelopeMessage>,
    /// The raw response body.
    pub raw_body: Bytes,
}

/// One entry of an envelope's `errors` list (Cloudflare: `{"code": 1003, "message": ".."}`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EnvelopeMessage {
    /// The error code, when the entry has a numeric `code`.
    pub code: Option<i64>,
    /// The message, when the entry has a `message` string (else the entry as JSON text).
    pub message: String,
    /// The whole entry, as sent.
    pub raw: serde_json::Value,
}

impl EnvelopeMessage {
    /// Reads one entry of an `errors` list; a bare string is a message without a code.
    pub fn from_value(raw: serde_json::Value) -> Self {
        let code = raw.get("code").and_then(serde_json::Value::as_i64);
        let message = match raw.get("message").and_then(serde_json::Value::as_str) {
            Some(message) => message.to_owned(),
            None => raw
                .as_str()
                .map_or_else(|| raw.to_string(), ToOwned::to_owned),
        };
        EnvelopeMessage { code, message, raw }
    }
}

impl fmt::Display for EnvelopeMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(f, "[{code}] {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A page stream that cannot go on.
#[derive(Debug)]
#[non_exhaustive]
pub struct PaginationError {
    /// What went wrong.
    pub message: String,
}

/// A response body that could not be decoded.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw response body.
    pub body: Bytes,
    /// The start of the body (at most [`SNIPPET_LIMIT`] bytes, cut on a char boundary),
    /// for messages and logs.
    pub snippet: String,
    /// What went wrong.
    pub source: BoxError,
}

/// The request timed out.
#[derive(Debug)]
#[non_exhaustive]
pub struct TimeoutError {
    /// The timeout that was exceeded: the one of each attempt, or, when
    /// [`TimeoutError::operation`] is set, the one over all attempts and the waits between them.
    pub timeout: Duration,
    /// How many attempts were made (started).
    pub attempts: u32,
    /// Whether the operation timeout (over all attempts) ran out, rather than one attempt's.
    pub operation: bool,
}

/// A transport-level failure reported by the HTTP client.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// The underlying error (its URL is stripped, so no query secret leaks into logs).
    pub source: reqwest::Error,
    /// How many attempts were made.
    pub attempts: u32,
}

/// An interceptor failed the call.
#[derive(Debug)]
#[non_exhaustive]
pub struct InterceptorError {
    /// The attempt that the interceptor refused, from 1.
    pub attempt: u32,
    /// The interceptor's error (downcast it to the type the interceptor returned).
    pub source: BoxError,
}

/// An event of a stream was larger than the client allows.
#[derive(Debug)]
#[non_exhaustive]
pub struct EventTooLargeError {
    /// The limit, in bytes, of an event's data and of each line of the stream.
    pub limit: usize,
    /// The HTTP status of the stream's response.
    pub status: StatusCode,
    /// The headers of the stream's response.
    pub headers: HeaderMap,
}

/// The request could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub struct InvalidRequestError {
    /// What is wrong.
    pub message: String,
    /// The underlying error, if any.
    pub source: Option<BoxError>,
}

/// Authentication could not be applied.
#[derive(Debug)]
#[non_exhaustive]
pub struct AuthError {
    /// What is wrong.
    pub message: String,
    /// The underlying error (e.g. from the token provider), if any.
    pub source: Option<BoxError>,
    /// The status of the OAuth token endpoint, when it refused to hand out a token.
    pub status: Option<StatusCode>,
    /// The body of the OAuth token endpoint's refusal (empty otherwise).
    pub body: Bytes,
}

impl AuthError {
    /// An error without a token endpoint's answer.
    pub(crate) fn new(message: impl Into<String>, source: Option<BoxError>) -> Self {
        AuthError {
            message: message.into(),
            source,
            status: None,
            body: Bytes::new(),
        }
    }
}

impl<E> Error<E> {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedStatus(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Envelope(e) => Some(e.status),
            Error::EventTooLarge(e) => Some(e.status),
            Error::Transport(e) => e.source.status(),
            _ => None,
        }
    }

    /// The response headers, when there was a response.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(e) => Some(&e.headers),
            Error::UnexpectedStatus(e) => Some(&e.headers),
            Error::Decode(e) => Some(&e.headers),
            Error::Envelope(e) => Some(&e.headers),
            Error::EventTooLarge(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// The raw response body, when there was a response.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(e) => Some(&e.raw_body),
            Error::UnexpectedStatus(e) => Some(&e.body),
            Error::Decode(e) => Some(&e.body),
            Error::Envelope(e) => Some(&e.raw_body),
            _ => None,
        }
    }

    /// The errors of a failing envelope: those of an [`Error::Envelope`], or those of an
    /// enveloped [`Error::Api`] response that has some.
    pub fn envelope_errors(&self) -> Option<&[EnvelopeMessage]> {
        match self {
            Error::Envelope(e) => Some(&e.errors),
            Error::Api(e) if !e.envelope_errors.is_empty() => Some(&e.envelope_errors),
            _ => None,
        }
    }

    /// The typed error body, for a documented error response.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => Some(&e.body),
            _ => None,
        }
    }

    /// A short name of the variant, for logs and metrics (`"api"`, `"timeout"`...).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Api(_) => "api",
            Error::UnexpectedStatus(_) => "unexpected_status",
            Error::Decode(_) => "decode",
            Error::Timeout(_) => "timeout",
            Error::Transport(_) => "transport",
            Error::InvalidRequest(_) => "invalid_request",
            Error::Auth(_) => "auth",
            Error::Envelope(_) => "envelope",
            Error::Pagination(_) => "pagination",
            Error::Interceptor(_) => "interceptor",
            Error::EventTooLarge(_) => "event_too_large",
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }

    /// Converts the typed error body with `f`, keeping every other variant as it is.
    pub fn map_api<F, E2>(self, f: F) -> Error<E2>
    where
        F: FnOnce(E) -> E2,
    {
        match self {
            Error::Api(e) => {
                let ApiError {
                    status,
                    headers,
                    body,
                    raw_body,
                    envelope_errors,
                } = *e;
                Error::Api(Box::new(ApiError {
                    status,
                    headers,
                    body: f(body),
                    raw_body,
                    envelope_errors,
                }))
            }
            Error::UnexpectedStatus(e) => Error::UnexpectedStatus(e),
            Error::Decode(e) => Error::Decode(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Transport(e) => Error::Transport(e),
            Error::InvalidRequest(e) => Error::InvalidRequest(e),
            Error::Auth(e) => Error::Auth(e),
            Error::Envelope(e) => Error::Envelope(e),
            Error::Pagination(e) => Error::Pagination(e),
            Error::Interceptor(e) => Error::Interceptor(e),
            Error::EventTooLarge(e) => Error::EventTooLarge(e),
        }
    }

    /// Builds an [`Error::InvalidRequest`].
    pub(crate) fn invalid(message: impl Into<String>, source: Option<BoxError>) -> Self {
        Error::InvalidRequest(InvalidRequestError {
            message: message.into(),
            source,
        })
    }

    /// Builds an [`Error::Decode`], keeping a snippet of the body.
    pub(crate) fn decode(
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
        source: BoxError,
    ) -> Self {
        let snippet = snippet(&body, SNIPPET_LIMIT);
        Error::Decode(Box::new(DecodeError {
            status,
            headers,
            body,
            snippet,
            source,
        }))
    }

    /// Re-types an error that carries no API body (`Api` becomes `UnexpectedStatus`).
    pub(crate) fn retype<E2>(self) -> Error<E2> {
        match self {
            Error::Api(e) => Error::UnexpectedStatus(Box::new(UnexpectedResponse {
                status: e.status,
                headers: e.headers,
                body: e.raw_body,
                documented: true,
            })),
            Error::UnexpectedStatus(e) => Error::UnexpectedStatus(e),
            Error::Decode(e) => Error::Decode(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Transport(e) => Error::Transport(e),
            Error::InvalidRequest(e) => Error::InvalidRequest(e),
            Error::Auth(e) => Error::Auth(e),
            Error::Envelope(e) => Error::Envelope(e),
            Error::Pagination(e) => Error::Pagination(e),
            Error::Interceptor(e) => Error::Interceptor(e),
            Error::EventTooLarge(e) => Error::EventTooLarge(e),
        }
    }
}

/// The start of `body` as text: at most `limit` bytes, cut on a char boundary (invalid UTF-8
/// is replaced), with `...` appended when something was cut.
pub fn snippet(body: &[u8], limit: usize) -> String {
    let head = body.get(..limit.min(body.len())).unwrap_or(body);
    let mut out = match std::str::from_utf8(body) {
        Ok(text) => {
            let mut end = head.len();
            while end > 0 && !text.is_char_boundary(end) {
                end -= 1;
            }
            text.get(..end).unwrap_or_default().to_owned()
        }
        Err(_) => String::from_utf8_lossy(head).into_owned(),
    };
    if head.len() < body.len() {
        out.push_str("...");
    }
    out
}
