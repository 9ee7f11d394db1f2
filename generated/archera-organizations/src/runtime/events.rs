//! Event streams: an operation whose response is `text/event-stream` (server-sent events) or
//! JSON lines hands each event to the caller as it arrives, its data decoded.
//!
//! A server-sent event stream whose connection ends (dropped, or closed by the server) is
//! opened again, with `Last-Event-ID` set to the last event id received, after the wait the
//! server asked for with `retry:` (else the client's backoff). That happens at most
//! `max_retries` times in a row without an event in between, only for methods the client
//! retries (GET..., or any with `retry_non_idempotent`), and not at all with
//! [`RequestOptions::with_reconnect(false)`](super::RequestOptions::with_reconnect). A 204
//! answer ends the stream. JSON lines are never reopened.
//!
//! An event (its data, or any of its lines) or a JSON line larger than
//! [`ClientBuilder::max_event_size`](super::ClientBuilder::max_event_size) (1 MiB by default)
//! ends the stream with [`Error::EventTooLarge`]: a server that never ends a line cannot make
//! the client hold more than that.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures::stream::{self, BoxStream, Stream, StreamExt};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::binary::ByteStream;
use super::error::{BoxError, Error, EventTooLargeError};
use super::framing::{Framing, RawEvent, StreamFormat};
use super::request::RequestBuilder;
use super::response::ErrorResponse;
use super::retry;

/// One event of a stream. Read its fields; build one with [`Event::new`] and the `with_*`
/// setters (it is `non_exhaustive`, so a field added later breaks no code).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    /// The event's type (`event:`); `None` for the default type, `message` (and for JSON lines).
    pub event: Option<String>,
    /// The event's data: decoded from JSON, or the text itself for a `String`.
    pub data: T,
    /// The last event id as of this event (`id:`, set by it or by an earlier one): what a
    /// reconnection sends as `Last-Event-ID`.
    pub id: Option<String>,
    /// The reconnection delay the server set (`retry:`) along with this event.
    pub retry: Option<Duration>,
}

impl<T> Event<T> {
    /// An event of the default type carrying `data`, without an id or a retry delay (the test
    /// kit answers with events built this way).
    pub fn new(data: T) -> Self {
        Event {
            event: None,
            data,
            id: None,
            retry: None,
        }
    }

    /// The same event with the type `event` (`event:`).
    pub fn with_event(self, event: impl Into<String>) -> Self {
        Event {
            event: Some(event.into()),
            ..self
        }
    }

    /// The same event with the id `id` (`id:`).
    pub fn with_id(self, id: impl Into<String>) -> Self {
        Event {
            id: Some(id.into()),
            ..self
        }
    }

    /// The same event with the reconnection delay `retry` (`retry:`, in whole milliseconds).
    pub fn with_retry(self, retry: Duration) -> Self {
        Event {
            retry: Some(retry),
            ..self
        }
    }
}

/// The events of a streamed response: a `Stream` of `Result<Event<T>, Error<E>>`, read as
/// they arrive. It connects when first polled.
///
/// An event whose data cannot be decoded is an [`Error::Decode`] item and the stream goes
/// on; an error status, a failure to connect or an event too large
/// ([`Error::EventTooLarge`]) ends it, after that error.
#[must_use = "a stream does nothing until it is polled"]
pub struct EventStream<T, E> {
    inner: BoxStream<'static, Result<Event<T>, Error<E>>>,
}

impl<T, E> Stream for EventStream<T, E> {
    type Item = Result<Event<T>, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

impl<T, E> fmt::Debug for EventStream<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventStream")
    }
}

/// Decodes an event's data as JSON.
#[doc(hidden)]
pub fn json_data<T: DeserializeOwned>(data: &str) -> Result<T, BoxError> {
    serde_json::from_str(data).map_err(Into::into)
}

/// Keeps an event's data as text.
#[doc(hidden)]
pub fn text_data(data: &str) -> Result<String, BoxError> {
    Ok(data.to_owned())
}

/// Streams the events of `request`'s response, in `format`, each event's data decoded with
/// `decode`.
#[doc(hidden)]
pub fn event_stream<T, E>(
    mut request: RequestBuilder,
    format: StreamFormat,
    decode: fn(&str) -> Result<T, BoxError>,
) -> EventStream<T, E>
where
    T: Send + 'static,
    E: ErrorResponse + Send + 'static,
{
    request.stream_response = true;
    let inner = &request.client.inner;
    let may_retry = retry::is_idempotent(&request.endpoint.method) || inner.retry_non_idempotent;
    let reconnect = format == StreamFormat::ServerSentEvents
        && may_retry
        && request.options.reconnect.unwrap_or(true);
    let framing = Framing::new(format, inner.max_event_size);
    let state = State {
        budget: request.options.max_retries.unwrap_or(inner.max_retries),
        request: Some(request),
        decode,
        reconnect,
        framing,
        connection: None,
        head: (StatusCode::OK, HeaderMap::new()),
        drops_in_a_row: 0,
        ended: false,
        final_error: None,
    };
    EventStream {
        inner: stream::unfold(state, step).boxed(),
    }
}

struct State<T, E> {
    /// The request, copied for each connection.
    request: Option<RequestBuilder>,
    decode: fn(&str) -> Result<T, BoxError>,
    reconnect: bool,
    /// Reconnections allowed in a row without an event in between.
    budget: u32,
    framing: Framing,
    /// The body of the current connection.
    connection: Option<ByteStream>,
    /// The status and headers of the last connection, for the errors of its events.
    head: (StatusCode, HeaderMap),
    drops_in_a_row: u32,
    ended: bool,
    /// The error that ends the stream, given once the events before it are out.
    final_error: Option<Error<E>>,
}

async fn step<T, E: ErrorResponse>(
    mut state: State<T, E>,
) -> Option<(Result<Event<T>, Error<E>>, State<T, E>)> {
    loop {
        if let Some(raw) = state.framing.next_event() {
            state.drops_in_a_row = 0;
            let item = state.event(raw);
            return Some((item, state));
        }
        if state.framing.too_large() && !state.ended {
            // Reading on would mean keeping a line without end: the stream stops here.
            state.connection = None;
            state.ended = true;
            state.final_error = Some(state.too_large());
        }
        if state.ended {
            let error = state.final_error.take()?;
            return Some((Err(error), state));
        }
        let Some(connection) = state.connection.as_mut() else {
            if let Err(error) = state.connect().await {
                state.ended = true;
                state.final_error = error;
            }
            continue;
        };
        let end = match connection.next().await {
            Some(Ok(chunk)) => {
                state.framing.feed(&chunk);
                continue;
            }
            Some(Err(error)) => Some(error.retype()),
            None => None,
        };
        state.connection = None;
        state.framing.finish();
        if state.reconnect && state.drops_in_a_row < state.budget {
            let delay = state
                .framing
                .reconnection_delay()
                .map(|delay| delay.min(retry::MAX_RETRY_AFTER))
                .unwrap_or_else(|| retry::backoff(state.drops_in_a_row));
            state.drops_in_a_row += 1;
            tracing::debug!(
                operation_id = state.request.as_ref().map(|r| r.endpoint.operation_id),
                delay_ms = delay.as_millis() as u64,
                "reconnecting the event stream"
            );
            tokio::time::sleep(delay).await;
            continue;
        }
        state.ended = true;
        state.final_error = end;
    }
}

impl<T, E: ErrorResponse> State<T, E> {
    /// Opens a connection; `Err(None)` when the server says the stream is over (204).
    async fn connect(&mut self) -> Result<(), Option<Error<E>>> {
        let copy = self.request.as_ref().and_then(RequestBuilder::try_clone);
        let mut request = match copy {
            Some(copy) => copy,
            None => self.request.take().ok_or(None)?,
        };
        if let Some(id) = self.framing.last_event_id() {
            request
                .headers
                .push(("Last-Event-ID".to_owned(), id.to_owned()));
        }
        let response = request.send::<E>().await?;
        let status = response.status();
        if status == StatusCode::NO_CONTENT {
            return Err(None);
        }
        if !status.is_success() {
            return Err(Some(response.error()));
        }
        let response = response.byte_stream::<E>()?;
        self.head = (status, response.headers().clone());
        self.connection = Some(response.into_inner());
        Ok(())
    }

    fn too_large(&self) -> Error<E> {
        let (status, headers) = self.head.clone();
        Error::EventTooLarge(EventTooLargeError {
            limit: self.framing.max_event_size(),
            status,
            headers,
        })
    }

    fn event(&self, raw: RawEvent) -> Result<Event<T>, Error<E>> {
        match (self.decode)(&raw.data) {
            Ok(data) => Ok(Event {
                event: raw.event,
                data,
                id: raw.id,
                retry: raw.retry,
            }),
            Err(source) => {
                let (status, headers) = self.head.clone();
                Err(Error::decode(
                    status,
                    headers,
                    Bytes::from(raw.data),
                    source,
                ))
            }
        }
    }
}
