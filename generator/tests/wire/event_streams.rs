//! Event streams of a generated client on the wire: server-sent events decoded into the
//! spec's types, a connection that drops and is opened again with `Last-Event-ID`, text
//! events, JSON lines, and a documented error status.

mod common;

use std::io::{BufReader, Write};
use std::net::TcpListener;
use std::sync::mpsc;

use fixture_event_streams::apis::ticks::StreamTicksError;
use fixture_event_streams::{types, Client, Error};
use futures::{StreamExt, TryStreamExt};

/// A server that answers its connections, one after the other, with `answers` (then 204),
/// closing each connection after its answer; hands back the head of each request.
fn serve(answers: Vec<String>) -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("a local address"));
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut answers = answers.into_iter();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { break };
            let mut reader = BufReader::new(stream.try_clone().expect("a second handle"));
            let _ = sender.send(common::read_head(&mut reader));
            let answer = answers
                .next()
                .unwrap_or_else(|| "HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n".into());
            let _ = stream.write_all(answer.as_bytes());
            // Dropping the stream closes the connection: for an event stream, a drop.
        }
    });
    (url, receiver)
}

fn events(body: &str) -> String {
    format!("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n{body}")
}

fn client(url: String) -> Client {
    Client::builder()
        .base_url(url)
        .max_retries(1)
        .build()
        .unwrap()
}

fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.lines().find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[tokio::test]
async fn ticks_arrive_typed_and_resume_after_a_drop() {
    let (url, heads) = serve(vec![
        events(": hi\nretry: 10\n\nevent: tick\nid: t1\ndata: {\"symbol\": \"ACME\", \"price\": 1.5}\n\nid: t2\ndata: {\"symbol\": \"ACME\",\ndata: \"price\": 2}\n\ndata: {\"symbol\""),
        events("id: t3\r\ndata: {\"symbol\": \"ACME\", \"price\": 3}\r\n\r\n"),
    ]);
    let ticks: Vec<_> = client(url)
        .ticks()
        .stream_ticks()
        .symbol("ACME")
        .send()
        .try_collect()
        .await
        .unwrap();
    let prices: Vec<f64> = ticks.iter().map(|e| e.data.price).collect();
    assert_eq!(prices, [1.5, 2.0, 3.0]);
    let first: &types::Tick = &ticks[0].data;
    assert_eq!(first.symbol, "ACME");
    assert_eq!(ticks[0].event.as_deref(), Some("tick"));
    assert_eq!(ticks[2].id.as_deref(), Some("t3"));

    let first = heads.recv().unwrap();
    assert!(first.starts_with("GET /ticks?symbol=ACME "), "{first}");
    assert_eq!(
        header(&first, "accept"),
        Some("text/event-stream, application/json")
    );
    assert_eq!(header(&first, "last-event-id"), None);
    let second = heads.recv().unwrap();
    assert_eq!(header(&second, "last-event-id"), Some("t2"), "{second}");
    let third = heads.recv().unwrap();
    assert_eq!(header(&third, "last-event-id"), Some("t3"), "{third}");
}

#[tokio::test]
async fn reconnection_can_be_turned_off() {
    let (url, heads) = serve(vec![events("data: {\"symbol\": \"A\", \"price\": 1}\n\n")]);
    let ticks: Vec<_> = client(url)
        .ticks()
        .stream_ticks()
        .with_reconnect(false)
        .send()
        .collect()
        .await;
    assert_eq!(ticks.len(), 1);
    assert!(heads.recv().is_ok());
    assert!(heads.try_recv().is_err(), "not reopened");
}

#[tokio::test]
async fn a_documented_error_status_is_a_typed_error() {
    let problem = "{\"message\": \"no such symbol\"}";
    let (url, _heads) = serve(vec![format!(
        "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{problem}",
        problem.len()
    )]);
    let items: Vec<_> = client(url).ticks().stream_ticks().send().collect().await;
    let [Err(Error::Api(error))] = &items[..] else {
        panic!("{items:?}");
    };
    let StreamTicksError::NotFound(body) = &error.body else {
        panic!("{:?}", error.body);
    };
    assert_eq!(body.message.as_deref(), Some("no such symbol"));
}

#[tokio::test]
async fn text_events_keep_their_lines() {
    let (url, _heads) = serve(vec![events("data: started\ndata: twice\n\ndata: done\n\n")]);
    let lines: Vec<String> = client(url)
        .logs()
        .tail_logs()
        .with_reconnect(false)
        .send()
        .map_ok(|event| event.data)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(lines, ["started\ntwice", "done"]);
}

#[tokio::test]
async fn json_lines_are_decoded_one_by_one() {
    let (url, requests) = common::serve_once(200, "{\"id\": 1, \"label\": \"a\"}\n{\"id\": 2}\n");
    let rows: Vec<types::Row> = client(url)
        .exports()
        .export_rows("e1")
        .send()
        .map_ok(|event| event.data)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(rows[0].label.as_deref(), Some("a"));
    let request = requests.recv().unwrap();
    assert!(request.body.is_empty());
    let head = request.head;
    assert!(head.starts_with("GET /exports/e1/rows "), "{head}");
    assert_eq!(
        header(&head, "accept"),
        Some("application/x-ndjson, application/json")
    );
}
