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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_body_is_taken_once() {
        let chunks: Vec<Result<&'static str, std::io::Error>> = vec![Ok("a"), Ok("b")];
        let body = BinaryBody::from_stream(stream::iter(chunks));
        let copy = body.clone();
        assert!(body.is_stream());
        assert!(body.to_reqwest().is_some());
        assert!(
            copy.to_reqwest().is_none(),
            "the clone shares the one stream"
        );
        assert_eq!(format!("{body:?}"), "BinaryBody(stream)");
    }

    #[test]
    fn bytes_are_resent_every_attempt() {
        let body = BinaryBody::from(b"abc".to_vec());
        assert!(!body.is_stream());
        assert!(body.to_reqwest().is_some());
        assert!(body.to_reqwest().is_some());
        assert_eq!(format!("{body:?}"), "BinaryBody(3 bytes)");
    }

    #[tokio::test]
    async fn a_byte_stream_collects_its_chunks() {
        let stream = ByteStream::from_bytes(Bytes::from_static(b"hello"));
        assert_eq!(stream.into_bytes().await.unwrap(), "hello");
    }

    mod over_http {
        use std::io::{BufRead, BufReader, Read, Write};
        use std::net::{TcpListener, TcpStream};
        use std::sync::mpsc;

        use futures::StreamExt;

        use super::super::super::client::Client;
        use super::super::super::request::Endpoint;
        use super::super::super::RequestOptions;
        use super::super::*;

        static PUT_FILE: Endpoint = Endpoint {
            method: reqwest::Method::PUT,
            path: "/files",
            operation_id: "putFile",
            security: &[],
        };

        /// A one-connection HTTP/1.1 server on loopback, run by `serve` on its own thread.
        fn server(serve: impl FnOnce(TcpStream) + Send + 'static) -> String {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
            let address = listener.local_addr().expect("address");
            std::thread::spawn(move || {
                if let Ok((stream, _)) = listener.accept() {
                    serve(stream);
                }
            });
            format!("http://{address}")
        }

        /// Reads the request head and a chunked body; returns the head and the body.
        fn read_request(stream: &TcpStream) -> (String, Vec<u8>) {
            let mut reader = BufReader::new(stream);
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let mut body = Vec::new();
            if head
                .to_ascii_lowercase()
                .contains("transfer-encoding: chunked")
            {
                loop {
                    let mut size = String::new();
                    let _ = reader.read_line(&mut size);
                    let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                    let mut chunk = vec![0; size + 2];
                    let _ = reader.read_exact(&mut chunk);
                    if size == 0 {
                        break;
                    }
                    body.extend_from_slice(&chunk[..size]);
                }
            }
            (head, body)
        }

        fn chunk(stream: &mut TcpStream, data: &str) {
            let _ = write!(stream, "{:x}\r\n{data}\r\n", data.len());
            let _ = stream.flush();
        }

        /// Sends a request that asks for its response body as a stream, and gives the stream.
        async fn download(client: &Client) -> ByteStream {
            let mut request = client.request(&PUT_FILE);
            request.stream_response();
            let response = request.send::<()>().await.expect("response");
            response.byte_stream::<()>().expect("stream").into_inner()
        }

        const CHUNKED_OK: &str =
            "HTTP/1.1 200 OK\r\ncontent-type: application/zip\r\ntransfer-encoding: chunked\r\n\r\n";

        #[tokio::test]
        async fn a_download_is_handed_over_before_it_has_arrived() {
            let (go_on, wait) = mpsc::channel::<()>();
            let base = server(move |mut stream| {
                let _ = read_request(&stream);
                let _ = stream.write_all(CHUNKED_OK.as_bytes());
                chunk(&mut stream, "first ");
                // The rest comes only once the client has read the first chunk.
                let _ = wait.recv();
                chunk(&mut stream, "second");
                chunk(&mut stream, "");
            });
            let client = Client::new(base).expect("client");
            let mut body = download(&client).await;
            assert_eq!(body.next().await.expect("a chunk").expect("ok"), "first ");
            go_on.send(()).expect("server waits");
            assert_eq!(body.into_bytes().await.expect("the rest"), "second");
        }

        #[tokio::test]
        async fn a_dropped_download_ends_in_a_transport_error() {
            let base = server(|mut stream| {
                let _ = read_request(&stream);
                let _ = stream.write_all(CHUNKED_OK.as_bytes());
                chunk(&mut stream, "partial");
                // Dropping the stream closes the connection mid-body.
            });
            let client = Client::new(base).expect("client");
            let body = download(&client).await;
            let error = body.into_bytes().await.expect_err("cut short");
            assert!(matches!(error, Error::Transport(_)), "{error:?}");
        }

        #[tokio::test]
        async fn a_stalled_download_ends_at_the_idle_timeout() {
            let (_hold, stall) = mpsc::channel::<()>();
            let base = server(move |mut stream| {
                let _ = read_request(&stream);
                let _ = stream.write_all(CHUNKED_OK.as_bytes());
                chunk(&mut stream, "partial");
                // The connection stays open, silent, until the test ends.
                let _ = stall.recv();
            });
            let client = Client::builder()
                .base_url(base)
                .stream_idle_timeout(Duration::from_millis(200))
                .build()
                .expect("client");
            let mut body = download(&client).await;
            assert_eq!(body.next().await.expect("a chunk").expect("ok"), "partial");
            let rest = tokio::time::timeout(Duration::from_secs(10), body.into_bytes());
            let error = rest
                .await
                .expect("ended by the idle timeout")
                .expect_err("stalled");
            assert!(
                matches!(&error, Error::Timeout(e) if e.timeout == Duration::from_millis(200)),
                "{error:?}"
            );
        }

        #[tokio::test]
        async fn a_streamed_upload_is_sent_once_and_never_retried() {
            let (seen, requests) = mpsc::channel::<(String, Vec<u8>)>();
            let base = server(move |mut stream| {
                let request = read_request(&stream);
                let _ = seen.send(request);
                // A retryable status: a bytes body would be sent again, a stream is not.
                let _ = stream
                    .write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n");
            });
            let chunks: Vec<Result<&'static str, std::io::Error>> =
                vec![Ok("part one, "), Ok("part two")];
            let client = Client::new(base).expect("client");
            let mut request = client.request(&PUT_FILE);
            request.binary_body(
                BinaryBody::from_stream(stream::iter(chunks)),
                "application/octet-stream",
            );
            request.options(&RequestOptions::new().with_max_retries(3));
            let response = request.send::<()>().await.expect("one answer");
            assert_eq!(response.status().as_u16(), 503);
            let (head, body) = requests.recv().expect("one request");
            assert!(head.starts_with("PUT /files "), "{head}");
            assert!(
                head.to_ascii_lowercase()
                    .contains("content-type: application/octet-stream"),
                "{head}"
            );
            assert_eq!(body, b"part one, part two");
            assert!(requests.try_recv().is_err(), "no second attempt");
        }
    }
}
