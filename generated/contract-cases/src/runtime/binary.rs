//! Binary bodies that need not fit in memory: [`BinaryBody`] uploads bytes or a stream, and
//! [`ByteStream`] hands a binary response to the caller as it arrives.

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};

use super::error::{BoxError, Error, TimeoutError, TransportError};

/// An `application/octet-stream` (or other binary) request body: bytes in memory, which are
/// resent on a retry, or a stream, which is sent once and so never retried.
#[derive(Clone)]
pub struct BinaryBody(Source);

#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    /// Taken by the first attempt; shared so the request builder stays `Clone`.
    Stream(Arc<Mutex<Option<reqwest::Body>>>),
}

impl BinaryBody {
    /// A body read from `stream` while it is sent (a file, a download, a generator...).
    pub fn from_stream<S, O, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<O, E>> + Send + 'static,
        O: Into<Bytes> + 'static,
        E: Into<BoxError> + 'static,
    {
        let body = reqwest::Body::wrap_stream(stream.map_ok(Into::into).map_err(Into::into));
        BinaryBody(Source::Stream(Arc::new(Mutex::new(Some(body)))))
    }

    /// Whether the body is a stream, which can be sent only once.
    pub fn is_stream(&self) -> bool {
        matches!(self.0, Source::Stream(_))
    }

    /// The body for one attempt; `None` when a stream was already sent.
    pub(crate) fn to_reqwest(&self) -> Option<reqwest::Body> {
        match &self.0 {
            Source::Bytes(bytes) => Some(reqwest::Body::from(bytes.clone())),
            Source::Stream(slot) => slot.lock().ok()?.take(),
        }
    }
}

impl fmt::Debug for BinaryBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Source::Bytes(bytes) => write!(f, "BinaryBody({} bytes)", bytes.len()),
            Source::Stream(_) => f.write_str("BinaryBody(stream)"),
        }
    }
}

impl From<Bytes> for BinaryBody {
    fn from(bytes: Bytes) -> Self {
        BinaryBody(Source::Bytes(bytes))
    }
}

impl From<Vec<u8>> for BinaryBody {
    fn from(bytes: Vec<u8>) -> Self {
        Bytes::from(bytes).into()
    }
}

impl From<&'static [u8]> for BinaryBody {
    fn from(bytes: &'static [u8]) -> Self {
        Bytes::from_static(bytes).into()
    }
}

impl From<String> for BinaryBody {
    fn from(text: String) -> Self {
        Bytes::from(text).into()
    }
}

impl From<&'static str> for BinaryBody {
    fn from(text: &'static str) -> Self {
        Bytes::from_static(text.as_bytes()).into()
    }
}

/// A binary response body, read from the connection as the caller polls it: a
/// `Stream` of chunks. [`ByteStream::into_bytes`] collects it all.
///
/// The request's timeout covers the wait for the response headers; then each wait for more
/// bytes is bounded by the client's
/// [`stream_idle_timeout`](super::ClientBuilder::stream_idle_timeout) (60 s by default). To
/// bound the whole download, wrap the polling in `tokio::time::timeout`.
pub struct ByteStream {
    inner: BoxStream<'static, Result<Bytes, Error>>,
}

impl ByteStream {
    /// A stream of one chunk (a body that was already read).
    pub fn from_bytes(bytes: Bytes) -> Self {
        ByteStream {
            inner: stream::iter([Ok(bytes)]).boxed(),
        }
    }

    /// The body of a live response, chunk by chunk. A broken connection ends it with
    /// [`Error::Transport`], and a wait of more than `idle` for a chunk with
    /// [`Error::Timeout`].
    pub(crate) fn from_response(response: reqwest::Response, idle: Duration) -> Self {
        let chunks = Some(response.bytes_stream().boxed());
        let inner = stream::unfold(chunks, move |chunks| async move {
            let mut chunks = chunks?;
            let error = match tokio::time::timeout(idle, chunks.next()).await {
                Ok(Some(Ok(chunk))) => return Some((Ok(chunk), Some(chunks))),
                Ok(None) => return None,
                Ok(Some(Err(source))) => Error::Transport(TransportError {
                    source: source.without_url(),
                    attempts: 1,
                }),
                Err(_) => Error::Timeout(TimeoutError {
                    timeout: idle,
                    attempts: 1,
                    operation: false,
                }),
            };
            // An error ends the stream.
            Some((Err(error), None))
        });
        ByteStream {
            inner: inner.boxed(),
        }
    }

    /// Reads the rest of the body into memory.
    pub async fn into_bytes(mut self) -> Result<Bytes, Error> {
        let mut chunks = Vec::new();
        while let Some(chunk) = self.inner.next().await {
            chunks.extend_from_slice(&chunk?);
        }
        Ok(Bytes::from(chunks))
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ByteStream")
    }
}
