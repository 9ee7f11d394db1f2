//! Executing a request: auth, timeouts, retries and the tracing span.
//!
//! A call is on the path of every request a program makes, so it does only what that request
//! needs: credentials are made ready when the client is built (a request copies a reference-
//! counted header value), the client's default headers live in reqwest's client when the
//! client built it, each attempt builds its URL and header map once and hands them over, and
//! the response's headers are taken, not copied.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use futures::future::BoxFuture;
use futures::{FutureExt, TryFutureExt};

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, CONTENT_TYPE, COOKIE};
use tracing::Instrument;

use super::auth::{AuthPart, Credentials};
use super::binary::ByteStream;
use super::body::Body;
use super::client::header_pair;
use super::error::{Error, TimeoutError, TransportError};
use super::interceptor::{self, AttemptOutcome, AttemptResponse, RetryDecision};
use super::options::is_sensitive_header;
use super::request::{Endpoint, RequestBuilder};
use super::response::{RawResponse, Response};
use super::retry;

/// A call in flight: the decoded response, with its status and headers.
pub type ResponseFuture<T, E> = BoxFuture<'static, Result<Response<T>, Error<E>>>;

/// A call in flight: the decoded response body (what `send()` and `.await` give).
///
/// The [`ResponseFuture`] of the call, keeping only the body when it is ready: one boxed
/// future per call, not two.
#[must_use = "a request does nothing until it is awaited"]
pub struct BodyFuture<T, E>(ResponseFuture<T, E>);

impl<T, E> Future for BodyFuture<T, E> {
    type Output = Result<T, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.0
            .as_mut()
            .poll(cx)
            .map(|result| result.map(Response::into_inner))
    }
}

/// Keeps only the body of a call's response (what `send()` returns).
pub fn body_only<T, E>(call: ResponseFuture<T, E>) -> BodyFuture<T, E> {
    BodyFuture(call)
}

/// The parts of one attempt's request that do not depend on auth.
struct Prepared {
    url: String,
    headers: HeaderMap,
}

/// How one attempt ended.
enum Outcome {
    Response(RawResponse),
    Transport(reqwest::Error),
    Timeout,
}

impl RequestBuilder {
    /// Sends the request, then decodes the response with `decode` (the operation's match on
    /// the status). The generated operations hold no async code of their own: this one
    /// future is shared by all of them, so the compiler checks it once, not once per
    /// operation.
    pub fn send_and_decode<T, E>(
        self,
        decode: fn(RawResponse) -> Result<Response<T>, Error<E>>,
    ) -> ResponseFuture<T, E>
    where
        T: Send + 'static,
        E: Send + 'static,
    {
        Box::pin(self.send().map(move |sent| sent.and_then(decode)))
    }

    /// Sends the request: applies auth, the timeout and the retry policy, inside one tracing
    /// span. Any status is `Ok`; the generated code turns error statuses into `Error`s.
    ///
    /// Not an `async fn`, nor are the futures it wraps: an `async fn` keeps its arguments in
    /// its future even after moving them on, and this future is boxed once per call, so it
    /// is kept small enough for the allocator's fast path.
    pub fn send<E>(self) -> impl Future<Output = Result<RawResponse, Error<E>>> {
        let endpoint = self.endpoint;
        let span = tracing::info_span!(
            "request",
            method = %endpoint.method,
            path = endpoint.path,
            operation_id = endpoint.operation_id,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
            error = tracing::field::Empty,
        );
        self.send_inner(span.clone())
            .instrument(span)
            .map_err(Error::retype)
    }

    /// Not an `async fn`: one of those would hold the request builder twice (its argument,
    /// and the variable the body moves it into).
    #[allow(clippy::manual_async_fn)]
    fn send_inner(
        mut self,
        span: tracing::Span,
    ) -> impl Future<Output = Result<RawResponse, Error>> {
        async move {
            let started = Instant::now();
            let inner = &self.client.inner;
            let result = match self.options.operation_timeout.or(inner.operation_timeout) {
                // One deadline over every attempt and every wait between them.
                Some(limit) => {
                    let attempts = AtomicU32::new(0);
                    match tokio::time::timeout(limit, self.send_attempts(&span, &attempts)).await {
                        Ok(result) => result,
                        Err(_) => Err(Error::Timeout(TimeoutError {
                            timeout: limit,
                            attempts: attempts.load(Ordering::Relaxed),
                            operation: true,
                        })),
                    }
                }
                None => self.send_attempts(&span, &AtomicU32::new(0)).await,
            };
            span.record("duration_ms", started.elapsed().as_millis() as u64);
            if let Err(error) = &result {
                span.record("error", error.kind());
            }
            result
        }
    }

    /// Every attempt of the call; `started` counts them, for an operation timeout's error.
    async fn send_attempts(
        &mut self,
        span: &tracing::Span,
        started: &AtomicU32,
    ) -> Result<RawResponse, Error> {
        if let Some(error) = self.take_error() {
            return Err(error);
        }
        let inner = &self.client.inner;
        let timeout = self.options.timeout.unwrap_or(inner.timeout);
        let max_retries = self.options.max_retries.unwrap_or(inner.max_retries);
        let streamed_body =
            matches!(&self.body, Some(Body::Binary { body, .. }) if body.is_stream());
        let may_retry = !streamed_body
            && (retry::is_idempotent(&self.endpoint.method) || inner.retry_non_idempotent);
        // A 401 with a client-credentials token: one new token and one more attempt.
        let mut refresh_on_401 = !streamed_body && inner.oauth.is_some() && self.uses_bearer();
        let mut attempt: u32 = 0;
        loop {
            // Built anew for each attempt, so that the first (and usually only) one moves its
            // URL and headers into the request instead of copying them.
            let Prepared { url, headers } = self.prepare()?;
            attempt = attempt.saturating_add(1);
            started.store(attempt, Ordering::Relaxed);
            span.record("attempt", attempt);
            let mut request = self.build_attempt(url, headers).await?;
            let interceptors = &inner.interceptors[..];
            if !interceptors.is_empty() {
                interceptor::before_attempt(interceptors, self.endpoint, attempt, &mut request)?;
            }
            // After the token was taken: a token fetched later is newer than the one sent.
            let attempt_started = Instant::now();
            let stream_idle = self.stream_response.then_some(inner.stream_idle_timeout);
            let execution = execute(&inner.http, request, stream_idle);
            let outcome = match tokio::time::timeout(timeout, execution).await {
                Ok(Ok(response)) => Outcome::Response(response),
                // A connect timeout stays a transport error (`is_connect()`), as the request
                // timeout was not what ran out.
                Ok(Err(e)) if e.is_timeout() && !e.is_connect() => Outcome::Timeout,
                Ok(Err(e)) => Outcome::Transport(e.without_url()),
                Err(_) => Outcome::Timeout,
            };
            if !interceptors.is_empty() {
                let response = outcome.for_interceptors(self.endpoint, attempt, attempt_started);
                interceptor::after_response(interceptors, &response);
            }
            if let (Outcome::Response(r), Some(grant)) = (&outcome, &inner.oauth) {
                if refresh_on_401 && r.status() == reqwest::StatusCode::UNAUTHORIZED {
                    refresh_on_401 = false;
                    grant.invalidate_older_than(attempt_started).await;
                    tracing::debug!(attempt, reason = "status 401", "retrying with a new token");
                    let retry = RetryDecision {
                        endpoint: self.endpoint,
                        attempt,
                        delay: Duration::ZERO,
                        reason: "status 401, new token",
                    };
                    interceptor::on_retry(interceptors, &retry);
                    continue;
                }
            }
            let retry_left = may_retry && attempt <= max_retries;
            let delay = match &outcome {
                Outcome::Response(r) => {
                    span.record("status", r.status().as_u16());
                    if retry_left && retry::should_retry_response(r.status(), r.headers()) {
                        Some(
                            retry::retry_after(r.headers(), SystemTime::now())
                                .unwrap_or_else(|| retry::backoff(attempt.saturating_sub(1))),
                        )
                    } else {
                        None
                    }
                }
                Outcome::Transport(e) if retry_left && !e.is_builder() && !e.is_redirect() => {
                    Some(retry::backoff(attempt.saturating_sub(1)))
                }
                Outcome::Timeout if retry_left => Some(retry::backoff(attempt.saturating_sub(1))),
                _ => None,
            };
            if let Some(delay) = delay {
                tracing::debug!(
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    reason = outcome.describe(),
                    "retrying"
                );
                if !interceptors.is_empty() {
                    let reason = outcome.describe();
                    let retry = RetryDecision {
                        endpoint: self.endpoint,
                        attempt,
                        delay,
                        reason: &reason,
                    };
                    interceptor::on_retry(interceptors, &retry);
                }
                tokio::time::sleep(delay).await;
                continue;
            }
            return match outcome {
                Outcome::Response(r) => Ok(r),
                Outcome::Transport(source) => Err(Error::Transport(TransportError {
                    source,
                    attempts: attempt,
                })),
                Outcome::Timeout => Err(Error::Timeout(TimeoutError {
                    timeout,
                    attempts: attempt,
                    operation: false,
                })),
            };
        }
    }

    /// Whether one of the operation's security alternatives uses a `Bearer` scheme.
    fn uses_bearer(&self) -> bool {
        let schemes = crate::SECURITY_SCHEMES;
        self.endpoint
            .security
            .iter()
            .flat_map(|alt| alt.iter())
            .any(|&i| {
                schemes
                    .get(i)
                    .is_some_and(|s| s.kind == super::auth::SchemeKind::Bearer)
            })
    }

    /// The URL and the headers of the request, everything but auth and the per-call headers.
    fn prepare(&self) -> Result<Prepared, Error> {
        let mut url = self.url_without_query()?;
        if !self.query.is_empty() {
            url.push(if url.contains('?') { '&' } else { '?' });
            for (i, pair) in self.query.iter().enumerate() {
                if i > 0 {
                    url.push('&');
                }
                url.push_str(pair);
            }
        }
        let inner = &self.client.inner;
        // Room for what this request and reqwest add, so that the map never grows.
        let room = self.headers.len() + self.options.headers.len() + 6;
        let mut headers = match &inner.per_request_headers {
            Some(defaults) => {
                let mut headers = HeaderMap::with_capacity(defaults.len() + room);
                headers.extend(defaults.iter().map(|(n, v)| (n.clone(), v.clone())));
                headers
            }
            None => HeaderMap::with_capacity(room),
        };
        for (name, value) in &self.headers {
            let (name, value) = header_pair(name, value)?;
            headers.insert(name, value);
        }
        if let Some(Body::Bytes { content_type, .. } | Body::Binary { content_type, .. }) =
            &self.body
        {
            let (_, value) = header_pair(CONTENT_TYPE.as_str(), content_type)?;
            headers.insert(CONTENT_TYPE, value);
        }
        if let Some(accept) = self.accept {
            let (_, value) = header_pair(ACCEPT.as_str(), accept)?;
            headers.insert(ACCEPT, value);
        }
        Ok(Prepared { url, headers })
    }

    /// One attempt's request: auth applied (asking the token provider afresh), the per-call
    /// headers, the URL parsed and the body rebuilt.
    async fn build_attempt(
        &self,
        mut url: String,
        mut headers: HeaderMap,
    ) -> Result<reqwest::Request, Error> {
        let inner = &self.client.inner;
        let credentials = Credentials {
            by_scheme: &inner.ready_credentials,
            token_provider: inner.token_provider.as_deref(),
        };
        let is_set = |name: &str| {
            headers.contains_key(name)
                || inner.headers.contains_key(name)
                || self
                    .options
                    .headers
                    .iter()
                    .any(|(n, _)| n.eq_ignore_ascii_case(name))
        };
        let selected = credentials
            .select(self.endpoint.security, crate::SECURITY_SCHEMES, is_set)
            .map_err(Error::Auth)?;
        let mut cookies: Vec<String> = self
            .cookies
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        let mut has_query = url.contains('?');
        for &index in selected {
            let Some(part) = credentials.part(crate::SECURITY_SCHEMES, index).await? else {
                continue;
            };
            match &*part {
                AuthPart::Header(name, value) => {
                    headers.insert(name.clone(), value.clone());
                }
                AuthPart::Query(pair) => {
                    url.push(if has_query { '&' } else { '?' });
                    has_query = true;
                    url.push_str(pair.expose());
                }
                AuthPart::Cookie(pair) => cookies.push(pair.expose().to_owned()),
            }
        }
        if !cookies.is_empty() {
            let existing = headers.get(COOKIE).or_else(|| inner.headers.get(COOKIE));
            if let Some(existing) = existing.and_then(|v| v.to_str().ok()) {
                cookies.insert(0, existing.to_owned());
            }
            let mut value = HeaderValue::from_str(&cookies.join("; "))
                .map_err(|e| Error::invalid("invalid cookie value", Some(Box::new(e))))?;
            value.set_sensitive(true);
            headers.insert(COOKIE, value);
        }
        for (name, value) in &self.options.headers {
            let (name, value) = header_pair(name, value)?;
            headers.insert(name, value);
        }
        let url = reqwest::Url::parse(&url).map_err(|e| {
            Error::invalid(
                format!("invalid URL for `{}`", self.endpoint.path),
                Some(Box::new(e)),
            )
        })?;
        let mut request = reqwest::Request::new(self.endpoint.method.clone(), url);
        *request.headers_mut() = headers;
        match &self.body {
            Some(Body::Bytes { bytes, .. }) => *request.body_mut() = Some(bytes.clone().into()),
            Some(Body::Binary { body, .. }) => {
                let body = body.to_reqwest().ok_or_else(|| {
                    Error::invalid("a streamed request body can be sent only once", None)
                })?;
                *request.body_mut() = Some(body);
            }
            Some(Body::Multipart(form)) => {
                let form = form
                    .to_form()
                    .map_err(|e| Error::invalid("invalid multipart body", Some(e)))?;
                request = reqwest::RequestBuilder::from_parts(inner.http.clone(), request)
                    .multipart(form)
                    .build()
                    .map_err(|e| {
                        Error::invalid("cannot build the request", Some(Box::new(e.without_url())))
                    })?;
            }
            None => {}
        }
        Ok(request)
    }
}

impl Outcome {
    /// The outcome as interceptors see it.
    fn for_interceptors(
        &self,
        endpoint: &'static Endpoint,
        attempt: u32,
        started: Instant,
    ) -> AttemptResponse<'_> {
        let outcome = match self {
            Outcome::Response(r) => AttemptOutcome::Response {
                status: r.status(),
                headers: r.headers(),
            },
            Outcome::Transport(e) => AttemptOutcome::Transport(e),
            Outcome::Timeout => AttemptOutcome::Timeout,
        };
        AttemptResponse {
            endpoint,
            attempt,
            elapsed: started.elapsed(),
            outcome,
        }
    }

    fn describe(&self) -> String {
        match self {
            Outcome::Response(r) => format!("status {}", r.status().as_u16()),
            Outcome::Transport(e) => format!("transport error: {e}"),
            Outcome::Timeout => "timeout".to_owned(),
        }
    }
}

/// Sends one request and reads the whole body, unless `stream_idle` asks to leave the body
/// of a 2xx response unread: a [`ByteStream`] that waits at most that long for each chunk.
///
/// Not an `async fn`: the request goes to reqwest before the future starts, so the future
/// does not hold it.
fn execute(
    http: &reqwest::Client,
    request: reqwest::Request,
    stream_idle: Option<Duration>,
) -> impl Future<Output = Result<RawResponse, reqwest::Error>> {
    let pending = http.execute(request);
    async move {
        let mut response = pending.await?;
        let status = response.status();
        // Taken: reading the body needs no headers.
        let mut headers = std::mem::take(response.headers_mut());
        for (name, value) in headers.iter_mut() {
            // Keeps `set-cookie` and the like out of `Debug` output of errors and responses.
            if is_sensitive_header(name.as_str()) {
                value.set_sensitive(true);
            }
        }
        if let Some(idle) = stream_idle.filter(|_| status.is_success()) {
            let body = ByteStream::from_response(response, idle);
            return Ok(RawResponse::streaming(status, headers, body));
        }
        let body = read_body(&mut response).await?;
        Ok(RawResponse::new(status, headers, body))
    }
}

/// The whole body of a response, as `reqwest::Response::bytes` reads it, from a future that
/// borrows the response instead of holding a second one: a body of one chunk is that chunk,
/// a longer one is gathered into a buffer of its announced length.
async fn read_body(response: &mut reqwest::Response) -> Result<Bytes, reqwest::Error> {
    let Some(first) = response.chunk().await? else {
        return Ok(Bytes::new());
    };
    let Some(second) = response.chunk().await? else {
        return Ok(first);
    };
    let announced = response.content_length().unwrap_or(0);
    let capacity = usize::try_from(announced)
        .unwrap_or(0)
        .max(first.len() + second.len());
    let mut body = BytesMut::with_capacity(capacity);
    body.extend_from_slice(&first);
    body.extend_from_slice(&second);
    while let Some(chunk) = response.chunk().await? {
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

#[cfg(test)]
#[path = "unit_tests/send.rs"]
mod tests;
