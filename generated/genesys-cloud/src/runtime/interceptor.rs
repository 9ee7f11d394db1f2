//! Interceptors: code of the user's that sees, and may change, every attempt of every call
//! (signing, request ids, metrics, logging) without a fork of the runtime.
//!
//! Register them with [`ClientBuilder::interceptor`](super::ClientBuilder::interceptor); they
//! run in the order they were registered. For each attempt of a call:
//!
//! 1. the request is built: URL, parameters, body, `Content-Type`, `Accept`, then auth (the
//!    token provider is asked), then the per-call headers of [`RequestOptions`](super::RequestOptions);
//! 2. every [`Interceptor::before_attempt`] runs on that request, and may change its method,
//!    URL, headers and (buffered) body, or fail the call with [`Error::Interceptor`](super::Error::Interceptor);
//! 3. the request is sent, under the attempt's timeout;
//! 4. every [`Interceptor::after_response`] sees the outcome: status and headers, or a
//!    transport error or timeout, with the time the attempt took;
//! 5. when the call is retried (or repeated once with a new OAuth token after a 401),
//!    every [`Interceptor::on_retry`] sees why and how long the wait is, and the next attempt
//!    starts again at 1, so a signature is computed afresh for each attempt.
//!
//! The hooks are synchronous and run inside the call's operation timeout, not inside an
//! attempt's. A client without interceptors does none of this work.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode, Url};

use std::sync::Arc;

use super::error::{BoxError, Error, InterceptorError};
use super::options::is_sensitive_header;
use super::request::Endpoint;

/// What every hook's argument tells about the call: its operation and the attempt.
macro_rules! call_accessors {
    ($attempt_doc:literal) => {
        /// The operation's `operationId`.
        pub fn operation_id(&self) -> &'static str {
            self.endpoint.operation_id
        }

        /// The operation's path template (`/orgs/{org_id}`).
        pub fn path_template(&self) -> &'static str {
            self.endpoint.path
        }

        #[doc = $attempt_doc]
        pub fn attempt(&self) -> u32 {
            self.attempt
        }
    };
}

/// Hooks into every attempt of every call of a client. Each method has a default that does
/// nothing, so an interceptor implements only what it needs.
///
/// The crate's README has a signing and a metrics interceptor.
pub trait Interceptor: Send + Sync + 'static {
    /// Runs before each attempt is sent, after auth and the per-call headers were applied.
    /// An error fails the call (not retried) with
    /// [`Error::Interceptor`](super::Error::Interceptor).
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), BoxError> {
        let _ = request;
        Ok(())
    }

    /// Runs after each attempt: on its response, or on its transport error or timeout.
    fn after_response(&self, response: &AttemptResponse<'_>) {
        let _ = response;
    }

    /// Runs when the call is about to wait and try again.
    fn on_retry(&self, retry: &RetryDecision<'_>) {
        let _ = retry;
    }
}

/// One attempt's request, as an interceptor sees it before it is sent.
pub struct AttemptRequest<'a> {
    endpoint: &'static Endpoint,
    attempt: u32,
    request: &'a mut reqwest::Request,
}

impl<'a> AttemptRequest<'a> {
    pub(crate) fn new(
        endpoint: &'static Endpoint,
        attempt: u32,
        request: &'a mut reqwest::Request,
    ) -> Self {
        AttemptRequest {
            endpoint,
            attempt,
            request,
        }
    }

    call_accessors!("The attempt number, from 1.");

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        self.request.method()
    }

    /// Changes the HTTP method.
    pub fn set_method(&mut self, method: Method) {
        *self.request.method_mut() = method;
    }

    /// The full URL, query included (with any API key sent in the query).
    pub fn url(&self) -> &Url {
        self.request.url()
    }

    /// The URL, to change.
    pub fn url_mut(&mut self) -> &mut Url {
        self.request.url_mut()
    }

    /// The headers, auth included (`User-Agent` and the client's default headers are added
    /// by the HTTP client after this, unless set here).
    pub fn headers(&self) -> &HeaderMap {
        self.request.headers()
    }

    /// The headers, to change. A value set under a name that looks secret (`Authorization`,
    /// `X-Signature`, ...) is kept out of `Debug` output once the hooks have run.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.request.headers_mut()
    }

    /// The body, when it is held in memory (JSON, form, text, bytes); `None` with no body, a
    /// multipart form or a streamed upload.
    pub fn body(&self) -> Option<&[u8]> {
        self.request.body().and_then(reqwest::Body::as_bytes)
    }

    /// Replaces the body (`Content-Type` stays as it is; set it with
    /// [`AttemptRequest::headers_mut`] if it changes).
    pub fn set_body(&mut self, body: impl Into<Bytes>) {
        *self.request.body_mut() = Some(reqwest::Body::from(body.into()));
    }
}

impl fmt::Debug for AttemptRequest<'_> {
    /// The URL without its query and sensitive header values redacted.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.request.url();
        let headers: Vec<(&str, &str)> = self
            .request
            .headers()
            .iter()
            .map(|(name, value)| {
                let shown = if value.is_sensitive() || is_sensitive_header(name.as_str()) {
                    "**redacted**"
                } else {
                    value.to_str().unwrap_or("<binary>")
                };
                (name.as_str(), shown)
            })
            .collect();
        f.debug_struct("AttemptRequest")
            .field("operation_id", &self.endpoint.operation_id)
            .field("attempt", &self.attempt)
            .field("method", self.request.method())
            .field("url", &format_args!("{}{}", origin(url), url.path()))
            .field("headers", &headers)
            .field("body_len", &self.body().map(<[u8]>::len))
            .finish()
    }
}

fn origin(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{}://{host}:{port}", url.scheme()),
        (Some(host), None) => format!("{}://{host}", url.scheme()),
        _ => format!("{}:", url.scheme()),
    }
}

/// How an attempt ended.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttemptOutcome<'a> {
    /// A response arrived (any status).
    Response {
        /// The status.
        status: StatusCode,
        /// The headers (secret-looking ones are marked sensitive).
        headers: &'a HeaderMap,
    },
    /// The request could not be sent or its response could not be read.
    Transport(&'a reqwest::Error),
    /// The attempt's timeout ran out.
    Timeout,
}

/// One attempt's outcome, as an interceptor sees it.
#[derive(Debug)]
pub struct AttemptResponse<'a> {
    pub(crate) endpoint: &'static Endpoint,
    pub(crate) attempt: u32,
    pub(crate) elapsed: Duration,
    pub(crate) outcome: AttemptOutcome<'a>,
}

impl AttemptResponse<'_> {
    call_accessors!("The attempt number, from 1.");

    /// From sending the request to its response's headers (for a response whose body is read
    /// whole, to the end of the body).
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// How the attempt ended.
    pub fn outcome(&self) -> &AttemptOutcome<'_> {
        &self.outcome
    }

    /// The status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self.outcome {
            AttemptOutcome::Response { status, .. } => Some(status),
            _ => None,
        }
    }

    /// The response headers, when a response arrived.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self.outcome {
            AttemptOutcome::Response { headers, .. } => Some(headers),
            _ => None,
        }
    }
}

/// A decision to try a call again.
#[derive(Debug)]
pub struct RetryDecision<'a> {
    pub(crate) endpoint: &'static Endpoint,
    pub(crate) attempt: u32,
    pub(crate) delay: Duration,
    pub(crate) reason: &'a str,
}

impl RetryDecision<'_> {
    call_accessors!("The attempt that failed, from 1; the next one is `attempt() + 1`.");

    /// How long the call waits before the next attempt.
    pub fn delay(&self) -> Duration {
        self.delay
    }

    /// Why: `status 503`, `timeout`, `transport error: ...`, `status 401, new token`.
    pub fn reason(&self) -> &str {
        self.reason
    }
}

/// Runs every interceptor's `before_attempt` on one attempt's request, in order; the first
/// error fails the call.
pub(crate) fn before_attempt(
    interceptors: &[Arc<dyn Interceptor>],
    endpoint: &'static Endpoint,
    attempt: u32,
    request: &mut reqwest::Request,
) -> Result<(), Error> {
    let mut view = AttemptRequest::new(endpoint, attempt, request);
    for interceptor in interceptors {
        interceptor
            .before_attempt(&mut view)
            .map_err(|source| Error::Interceptor(InterceptorError { attempt, source }))?;
    }
    redact_sensitive(request.headers_mut());
    Ok(())
}

/// Runs every interceptor's `after_response` on one attempt's outcome, in order.
pub(crate) fn after_response(
    interceptors: &[Arc<dyn Interceptor>],
    response: &AttemptResponse<'_>,
) {
    for interceptor in interceptors {
        interceptor.after_response(response);
    }
}

/// Runs every interceptor's `on_retry`, in order.
pub(crate) fn on_retry(interceptors: &[Arc<dyn Interceptor>], retry: &RetryDecision<'_>) {
    for interceptor in interceptors {
        interceptor.on_retry(retry);
    }
}

/// Marks the values of secret-looking headers sensitive, after interceptors may have added
/// some, so that they stay out of `Debug` output.
pub(crate) fn redact_sensitive(headers: &mut HeaderMap) {
    for (name, value) in headers.iter_mut() {
        if is_sensitive_header(name.as_str()) {
            value.set_sensitive(true);
        }
    }
}
