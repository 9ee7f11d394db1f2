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

// The test kit (`mock` feature) answering typed events, used as a user of the crate would:
// the code under test takes a `Client` and consumes its streams.

mod user_code {
    use fixture_event_streams::apis::ticks::StreamTicksError;
    use fixture_event_streams::{types, Client, Error};
    use futures::TryStreamExt;

    /// The average price of `symbol`'s ticks, and the id of the last one.
    pub async fn average_price(
        client: &Client,
        symbol: &str,
    ) -> Result<(f64, Option<String>), Error<StreamTicksError>> {
        let ticks: Vec<_> = client
            .ticks()
            .stream_ticks()
            .symbol(symbol)
            .send()
            .try_collect()
            .await?;
        let sum: f64 = ticks.iter().map(|tick| tick.data.price).sum();
        let last_id = ticks.last().and_then(|tick| tick.id.clone());
        Ok((sum / ticks.len() as f64, last_id))
    }

    /// The log lines, one entry per event.
    pub async fn log_lines(client: &Client) -> Vec<String> {
        let events = client.logs().tail_logs().send();
        events
            .map_ok(|event| event.data)
            .try_collect()
            .await
            .unwrap_or_default()
    }

    /// The labels of an export's rows.
    pub async fn labels(client: &Client, export: &str) -> Vec<String> {
        let rows: Vec<types::Row> = client
            .exports()
            .export_rows(export)
            .send()
            .map_ok(|event| event.data)
            .try_collect()
            .await
            .unwrap_or_default();
        rows.into_iter().filter_map(|row| row.label).collect()
    }
}

mod kit {
    use std::time::Duration;

    use fixture_event_streams::apis::ticks::StreamTicksError;
    use fixture_event_streams::mock::{wiremock, MockServer};
    use fixture_event_streams::runtime::Event;
    use fixture_event_streams::{types, Error};

    use super::user_code;

    fn tick(price: f64) -> types::Tick {
        types::Tick::new("ACME", price)
    }

    #[tokio::test]
    async fn a_consumer_reads_the_typed_ticks_a_mock_answers() {
        let mock = MockServer::start().await;
        mock.ticks()
            .stream_ticks()
            .symbol("ACME")
            .returns_events([
                Event::new(tick(1.0)).with_event("tick").with_id("t1"),
                Event::new(tick(2.0)).with_id("t2"),
                Event::new(tick(6.0)).with_id("t3"),
            ])
            .expect(1)
            .mount()
            .await;

        let (average, last_id) = user_code::average_price(&mock.client(), "ACME")
            .await
            .unwrap();

        assert_eq!(average, 3.0);
        assert_eq!(last_id.as_deref(), Some("t3"));
    }

    #[tokio::test]
    async fn the_answer_is_a_framed_event_stream() {
        let mock = MockServer::start().await;
        let events = vec![Event::new(tick(1.5))
            .with_event("tick")
            .with_id("t1")
            .with_retry(Duration::from_millis(20))];
        mock.ticks().stream_ticks().returns(events).mount().await;

        let response = reqwest::get(format!("{}/ticks", mock.uri())).await.unwrap();

        assert_eq!(response.status().as_u16(), 200);
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(content_type, "text/event-stream");
        let body = response.text().await.unwrap();
        assert_eq!(
            body,
            "event: tick\nid: t1\nretry: 20\ndata: {\"symbol\":\"ACME\",\"price\":1.5}\n\n"
        );
    }

    #[tokio::test]
    async fn a_reconnecting_consumer_resumes_after_the_last_event_id() {
        let mock = MockServer::start().await;
        let retry = Duration::from_millis(10);
        let ticks = || mock.ticks().stream_ticks();
        ticks()
            .returns_events([Event::new(tick(1.0)).with_id("t1").with_retry(retry)])
            .up_to_n_times(1)
            .expect(1)
            .mount()
            .await;
        ticks()
            .matching(wiremock::matchers::header("Last-Event-ID", "t1"))
            .returns_events([Event::new(tick(5.0)).with_id("t2")])
            .up_to_n_times(1)
            .expect(1)
            .with_priority(1)
            .mount()
            .await;
        ticks()
            .matching(wiremock::matchers::header("Last-Event-ID", "t2"))
            .respond_with(wiremock::ResponseTemplate::new(204))
            .expect(1)
            .with_priority(1)
            .mount()
            .await;
        let client = mock.client_builder().max_retries(2).build().unwrap();

        let (average, last_id) = user_code::average_price(&client, "ACME").await.unwrap();

        assert_eq!((average, last_id.as_deref()), (3.0, Some("t2")));
    }

    #[tokio::test]
    async fn a_typed_error_reaches_the_consumer() {
        let mock = MockServer::start().await;
        let problem = types::Problem::new().with_message("no such symbol");
        mock.ticks()
            .stream_ticks()
            .fails_with(StreamTicksError::NotFound(problem))
            .mount()
            .await;

        let error = user_code::average_price(&mock.client(), "XYZ")
            .await
            .unwrap_err();

        let Error::Api(error) = error else {
            panic!("{error:?}")
        };
        let StreamTicksError::NotFound(body) = &error.body else {
            panic!("{:?}", error.body)
        };
        assert_eq!(body.message.as_deref(), Some("no such symbol"));
    }

    #[tokio::test]
    async fn text_events_and_json_lines() {
        let mock = MockServer::start().await;
        mock.logs()
            .tail_logs()
            .returns_events([
                Event::new("started\ntwice".to_owned()),
                Event::new("done".into()),
            ])
            .mount()
            .await;
        mock.exports()
            .export_rows()
            .export_id("e1")
            .returns_events([
                Event::new(types::Row::new(1).with_label("a")),
                Event::new(types::Row::new(2)),
                Event::new(types::Row::new(3).with_label("c")),
            ])
            .mount()
            .await;
        let client = mock.client();

        assert_eq!(
            user_code::log_lines(&client).await,
            ["started\ntwice", "done"]
        );
        assert_eq!(user_code::labels(&client, "e1").await, ["a", "c"]);
        assert!(
            user_code::labels(&client, "e2").await.is_empty(),
            "no mock for e2"
        );
        let rows = reqwest::get(format!("{}/exports/e1/rows", mock.uri()))
            .await
            .unwrap();
        assert_eq!(rows.headers()["content-type"], "application/x-ndjson");
        assert_eq!(
            rows.text().await.unwrap(),
            "{\"id\":1,\"label\":\"a\"}\n{\"id\":2}\n{\"id\":3,\"label\":\"c\"}\n"
        );
    }
}
