//! The crate's error type: one [`Error`] for every operation, typed by the operation's
//! documented error responses.

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
    /// given, or the token provider failed.
    Auth(AuthError),
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
}

/// A response whose status the operation does not document.
#[derive(Debug)]
#[non_exhaustive]
pub struct UnexpectedResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw response body.
    pub body: Bytes,
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
    /// The timeout that was exceeded (per attempt).
    pub timeout: Duration,
    /// How many attempts were made.
    pub attempts: u32,
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
}

impl<E> Error<E> {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedStatus(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
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
            _ => None,
        }
    }

    /// The raw response body, when there was a response.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(e) => Some(&e.raw_body),
            Error::UnexpectedStatus(e) => Some(&e.body),
            Error::Decode(e) => Some(&e.body),
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
                } = *e;
                Error::Api(Box::new(ApiError {
                    status,
                    headers,
                    body: f(body),
                    raw_body,
                }))
            }
            Error::UnexpectedStatus(e) => Error::UnexpectedStatus(e),
            Error::Decode(e) => Error::Decode(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Transport(e) => Error::Transport(e),
            Error::InvalidRequest(e) => Error::InvalidRequest(e),
            Error::Auth(e) => Error::Auth(e),
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
            })),
            Error::UnexpectedStatus(e) => Error::UnexpectedStatus(e),
            Error::Decode(e) => Error::Decode(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Transport(e) => Error::Transport(e),
            Error::InvalidRequest(e) => Error::InvalidRequest(e),
            Error::Auth(e) => Error::Auth(e),
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

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => write!(
                f,
                "API error (status {}): {}",
                e.status,
                snippet(&e.raw_body, SNIPPET_LIMIT)
            ),
            Error::UnexpectedStatus(e) => write!(
                f,
                "unexpected status {}: {}",
                e.status,
                snippet(&e.body, SNIPPET_LIMIT)
            ),
            Error::Decode(e) => write!(
                f,
                "could not decode response (status {}): {}; body: {}",
                e.status, e.source, e.snippet
            ),
            Error::Timeout(e) => write!(
                f,
                "request timed out after {:?} ({} attempt(s))",
                e.timeout, e.attempts
            ),
            Error::Transport(e) => write!(
                f,
                "transport error ({} attempt(s)): {}",
                e.attempts, e.source
            ),
            Error::InvalidRequest(e) => write!(f, "invalid request: {}", e.message),
            Error::Auth(e) => write!(f, "authentication error: {}", e.message),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(e) => Some(e.source.as_ref()),
            Error::Transport(e) => Some(&e.source),
            Error::InvalidRequest(e) => e.source.as_deref().map(|s| s as _),
            Error::Auth(e) => e.source.as_deref().map(|s| s as _),
            _ => None,
        }
    }
}
