//! Binary bodies over HTTP: a download handed over as it arrives, cut short or stalled, and
//! a streamed upload sent once. A one-connection server on a thread of its own writes the
//! chunked response by hand, so a test controls when each chunk goes out.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::time::Duration;

use clientgen_runtime::runtime::Endpoint;
use clientgen_runtime::{BinaryBody, ByteStream, Client, Error, RequestOptions};
use futures::{stream, StreamExt};

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
        let _ = stream.write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n");
    });
    let chunks: Vec<Result<&'static str, std::io::Error>> = vec![Ok("part one, "), Ok("part two")];
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
