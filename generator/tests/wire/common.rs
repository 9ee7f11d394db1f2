//! A one-request HTTP server on loopback for the wire tests: it answers with a fixed JSON
//! body and hands back the request it received (copied into each crate with a wire test).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;

/// The request the server received.
pub struct Request {
    /// The request line and headers.
    pub head: String,
    /// The body.
    pub body: Vec<u8>,
}

/// Reads a request's head: its request line and headers, up to the blank line.
pub fn read_head(reader: &mut impl BufRead) -> String {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    head
}

/// Serves one request with `status` and the JSON `body`; returns the base URL and where the
/// request will arrive.
pub fn serve_once(status: u16, body: &'static str) -> (String, mpsc::Receiver<Request>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("a local address"));
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("a connection");
        let mut reader = BufReader::new(stream.try_clone().expect("a second handle"));
        let head = read_head(&mut reader);
        let length = head
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, value)| value.trim().parse().ok())
            .unwrap_or(0);
        let mut request_body = vec![0; length];
        reader
            .read_exact(&mut request_body)
            .expect("the request body");
        let answer = format!(
            "HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        stream
            .write_all(answer.as_bytes())
            .expect("the answer is sent");
        let _ = sender.send(Request {
            head,
            body: request_body,
        });
    });
    (url, receiver)
}
