//! Event streams on the wire: server-sent events decoded as they arrive, a dropped connection
//! opened again with `Last-Event-ID` after the server's `retry:`, the reconnection budget and
//! its switch, and JSON lines. A raw server on loopback writes each answer by hand and hands
//! back the head of each request it received.

use std::time::Duration;

use clientgen_runtime::runtime::{
    event_stream, json_data, text_data, Endpoint, Event, EventStream, StreamFormat,
};
use clientgen_runtime::{Client, Error, RequestOptions};
use futures::StreamExt;
use reqwest::Method;
use serde_json::{json, Value};
use tokio::io::AsyncWriteExt;
use tokio::sync::mpsc;

use crate::support::read_head;

static GET_EVENTS: Endpoint = Endpoint {
    method: Method::GET,
    path: "/events",
    operation_id: "streamEvents",
    security: &[],
};

static POST_EVENTS: Endpoint = Endpoint {
    method: Method::POST,
    path: "/events",
    operation_id: "streamEvents",
    security: &[],
};

/// A server that answers its n-th connection with `answers[n]` (written, then the connection
/// is closed; past the last one it answers 204) and sends the head of each request it read.
async fn server(answers: Vec<&'static str>) -> (String, mpsc::UnboundedReceiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (heads, received) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut answers = answers.into_iter();
        while let Ok((mut socket, _)) = listener.accept().await {
            let _ = heads.send(read_head(&mut socket).await);
            let answer = answers
                .next()
                .unwrap_or("HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n");
            let _ = socket.write_all(answer.as_bytes()).await;
            let _ = socket.shutdown().await;
        }
    });
    (url, received)
}

fn client(url: &str, max_retries: u32) -> Client {
    Client::builder()
        .base_url(url)
        .max_retries(max_retries)
        .build()
        .unwrap()
}

/// Every item of the stream of `request`'s response.
async fn all_items<T: Send + 'static>(
    request: clientgen_runtime::runtime::RequestBuilder,
    format: StreamFormat,
    decode: fn(&str) -> Result<T, clientgen_runtime::runtime::BoxError>,
) -> Vec<Result<Event<T>, Error>> {
    event_stream(request, format, decode).collect().await
}

fn last_event_id(head: &str) -> Option<&str> {
    head.lines()
        .find_map(|line| line.strip_prefix("last-event-id: "))
}

#[tokio::test]
async fn events_are_decoded_and_a_dropped_stream_resumes_from_the_last_id() {
    let first = concat!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
        "\u{feff}: hello\r\nretry: 20\r\n\r\n",
        "event: tick\r\nid: 1\r\ndata: {\"n\":\r\ndata: 1}\r\n\r\n",
        "id: 2\ndata: {\"n\": 2}\n\n",
        "data: {\"n\": 3, \"cut\"" // the connection drops in the middle of an event
    );
    let second = concat!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
        "id: 3\rdata: {\"n\": 3}\r\r"
    );
    let (url, mut heads) = server(vec![first, second]).await;
    let request = client(&url, 1).request(&GET_EVENTS);
    let events: EventStream<Value, std::convert::Infallible> =
        event_stream(request, StreamFormat::ServerSentEvents, json_data::<Value>);
    let events: Vec<Event<Value>> = events.map(Result::unwrap).collect().await;
    let data: Vec<&Value> = events.iter().map(|e| &e.data).collect();
    assert_eq!(data, [&json!({"n": 1}), &json!({"n": 2}), &json!({"n": 3})]);
    assert_eq!(events[0].event.as_deref(), Some("tick"));
    assert_eq!(events[1].event, None);
    let ids: Vec<Option<&str>> = events.iter().map(|e| e.id.as_deref()).collect();
    assert_eq!(ids, [Some("1"), Some("2"), Some("3")]);

    let first_head = heads.recv().await.unwrap();
    assert_eq!(last_event_id(&first_head), None);
    let second_head = heads.recv().await.unwrap();
    assert_eq!(last_event_id(&second_head), Some("2"), "{second_head}");
    // The third connection (the budget was reset by the events) is answered 204: the end.
    let third_head = heads.recv().await.unwrap();
    assert_eq!(last_event_id(&third_head), Some("3"), "{third_head}");
}

#[tokio::test]
async fn reconnections_in_a_row_stop_at_the_retry_budget() {
    let empty = concat!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
        "retry: 1\n\n"
    );
    let (url, mut heads) = server(vec![empty, empty, empty, empty]).await;
    let request = client(&url, 2).request(&GET_EVENTS);
    let events: EventStream<String, std::convert::Infallible> =
        event_stream(request, StreamFormat::ServerSentEvents, text_data);
    assert_eq!(events.count().await, 0);
    let mut connections = 0;
    while heads.try_recv().is_ok() {
        connections += 1;
    }
    assert_eq!(connections, 3, "one connection and two reconnections");
}

#[tokio::test]
async fn no_reconnection_when_turned_off_or_for_a_post() {
    let one = concat!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
        "retry: 1\ndata: only\n\n"
    );
    let (url, mut heads) = server(vec![one, one]).await;
    let mut request = client(&url, 3).request(&GET_EVENTS);
    request.options(&RequestOptions::new().with_reconnect(false));
    let events: Vec<_> =
        all_items::<String>(request, StreamFormat::ServerSentEvents, text_data).await;
    assert_eq!(events.len(), 1);
    assert!(heads.recv().await.is_some());
    assert!(heads.try_recv().is_err(), "not reopened");

    let (url, mut heads) = server(vec![one, one]).await;
    let request = client(&url, 3).request(&POST_EVENTS);
    let events: Vec<_> =
        all_items::<String>(request, StreamFormat::ServerSentEvents, text_data).await;
    assert_eq!(events.len(), 1);
    assert!(heads.recv().await.is_some());
    assert!(heads.try_recv().is_err(), "a POST is not reopened");
}

#[tokio::test]
async fn an_error_status_ends_the_stream_and_bad_data_is_one_error() {
    let (url, _heads) = server(vec![
        "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}",
    ])
    .await;
    let request = client(&url, 0).request(&GET_EVENTS);
    let items: Vec<_> =
        all_items::<Value>(request, StreamFormat::ServerSentEvents, json_data::<Value>).await;
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0]
            .as_ref()
            .err()
            .and_then(|e| e.status())
            .map(|s| s.as_u16()),
        Some(404)
    );

    let bad = concat!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
        "data: not json\n\ndata: 7\n\n"
    );
    let (url, _heads) = server(vec![bad]).await;
    let request = client(&url, 0).request(&GET_EVENTS);
    let items: Vec<_> =
        all_items::<u32>(request, StreamFormat::ServerSentEvents, json_data::<u32>).await;
    assert_eq!(items.len(), 2, "{items:?}");
    let Some(Err(Error::Decode(error))) = items.first() else {
        panic!("{items:?}");
    };
    assert_eq!(&error.body[..], b"not json");
    assert_eq!(items[1].as_ref().ok().map(|e| e.data), Some(7));
}

#[tokio::test]
async fn json_lines_stream_without_reconnecting() {
    let lines = concat!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/x-ndjson\r\nconnection: close\r\n\r\n",
        "{\"n\": 1}\n\n{\"n\": 2}\r\n{\"n\": 3}"
    );
    let (url, mut heads) = server(vec![lines, lines]).await;
    let request = client(&url, 3).request(&GET_EVENTS);
    let items: Vec<Value> = event_stream::<Value, std::convert::Infallible>(
        request,
        StreamFormat::JsonLines,
        json_data::<Value>,
    )
    .map(|item| item.unwrap().data)
    .collect()
    .await;
    assert_eq!(items, [json!({"n": 1}), json!({"n": 2}), json!({"n": 3})]);
    assert!(heads.recv().await.is_some());
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert!(heads.try_recv().is_err(), "JSON lines are not reopened");
}

#[tokio::test]
async fn a_line_without_end_ends_the_stream_with_a_typed_error() {
    // A server that sends one event, then bytes without a line end for as long as the client
    // reads them; it reports how many it wrote before the client hung up.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (written, mut wrote) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            read_head(&mut socket).await;
            let head =
                "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\ndata: 1\n\ndata: ";
            socket.write_all(head.as_bytes()).await.unwrap();
            let junk = [b'x'; 16 * 1024];
            let mut total = 0usize;
            while total < 256 * 1024 * 1024 && socket.write_all(&junk).await.is_ok() {
                total += junk.len();
            }
            let _ = written.send(total);
        }
    });
    let client = Client::builder()
        .base_url(&url)
        .max_retries(3)
        .max_event_size(100_000)
        .build()
        .unwrap();
    let request = client.request(&GET_EVENTS);
    let items = all_items::<u32>(request, StreamFormat::ServerSentEvents, json_data::<u32>);
    let items = tokio::time::timeout(Duration::from_secs(30), items)
        .await
        .expect("the stream ends");
    // A reconnection would have given `1` again.
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().ok().map(|e| e.data), Some(1));
    let Some(Err(error @ Error::EventTooLarge(too_large))) = items.get(1) else {
        panic!("{items:?}");
    };
    assert_eq!(too_large.limit, 100_000);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(error.kind(), "event_too_large");
    // The client hung up instead of reading on (and did not reconnect).
    let total = tokio::time::timeout(Duration::from_secs(30), wrote.recv())
        .await
        .expect("the server stops writing")
        .unwrap();
    assert!(total < 256 * 1024 * 1024, "{total}");
}
