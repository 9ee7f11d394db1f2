//! The bodies of the test kit's event-stream answers ([`super::mock`]): typed [`Event`]s
//! written in the format the client reads (`text/event-stream` or JSON lines), so that a
//! test of a stream consumer never spells out frames by hand.

use serde::Serialize;

use super::events::Event;
use super::mock::to_json;

/// `events` as a `text/event-stream` body, each event's data written by `data`: its
/// `event:`, its `id:` when the id differs from the previous event's (an empty `id` when it
/// goes back to none, since the client carries the last id over), its `retry:`, one `data:`
/// line per line of the data, then the blank line that ends it.
///
/// # Panics
///
/// When an event type or id holds a line break (or an id a NUL), which the format cannot
/// carry.
pub(crate) fn server_sent_events<T>(events: &[Event<T>], data: impl Fn(&T) -> String) -> Vec<u8> {
    let mut body = String::new();
    let mut last_id: Option<&str> = None;
    for event in events {
        if let Some(kind) = &event.event {
            body.push_str(&field("event", one_line(kind, "event type")));
        }
        if event.id.as_deref() != last_id {
            match &event.id {
                Some(id) if id.contains('\0') => panic!("an event id cannot hold a NUL: {id:?}"),
                Some(id) => body.push_str(&field("id", one_line(id, "event id"))),
                None => body.push_str("id\n"),
            }
            last_id = event.id.as_deref();
        }
        if let Some(retry) = event.retry {
            body.push_str(&field("retry", &retry.as_millis().to_string()));
        }
        let text = data(&event.data);
        for line in text.split("\r\n").flat_map(|l| l.split(['\r', '\n'])) {
            body.push_str(&field("data", line));
        }
        body.push('\n');
    }
    body.into_bytes()
}

/// `events` as JSON lines, one compact JSON value per line; for `application/json-seq`
/// (`json_seq`), each after a record separator (0x1E).
///
/// # Panics
///
/// When an event has a type, an id or a retry delay (JSON lines carry none), or its data
/// cannot be written as JSON.
pub(crate) fn json_lines<T: Serialize>(events: &[Event<T>], json_seq: bool) -> Vec<u8> {
    let mut body = String::new();
    for event in events {
        assert!(
            event.event.is_none() && event.id.is_none() && event.retry.is_none(),
            "a JSON line carries data only, not an event type, an id or a retry delay"
        );
        if json_seq {
            body.push('\u{1e}');
        }
        body.push_str(&to_json(&event.data, "the event's data").to_string());
        body.push('\n');
    }
    body.into_bytes()
}

/// Event data written as compact JSON (on one line: JSON escapes its line breaks).
pub(crate) fn json_data<T: Serialize>(data: &T) -> String {
    to_json(data, "the event's data").to_string()
}

fn field(name: &str, value: &str) -> String {
    format!("{name}: {value}\n")
}

fn one_line<'a>(value: &'a str, what: &str) -> &'a str {
    assert!(
        !value.contains(['\r', '\n']),
        "an {what} cannot hold a line break: {value:?}"
    );
    value
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::runtime::error::BoxError;
    use crate::runtime::events::{json_data as decode_json, text_data};
    use crate::runtime::framing::{Framing, StreamFormat};

    /// What the client's parser makes of `body`, fed in chunks of `chunk` bytes.
    fn parse<T>(
        body: &[u8],
        format: StreamFormat,
        chunk: usize,
        decode: fn(&str) -> Result<T, BoxError>,
    ) -> Vec<Event<T>> {
        let mut framing = Framing::new(format, usize::MAX);
        let mut raw = Vec::new();
        for piece in body.chunks(chunk) {
            framing.feed(piece);
            raw.extend(std::iter::from_fn(|| framing.next_event()));
        }
        framing.finish();
        raw.extend(std::iter::from_fn(|| framing.next_event()));
        raw.into_iter()
            .map(|raw| Event {
                event: raw.event,
                data: decode(&raw.data).expect("the data decodes"),
                id: raw.id,
                retry: raw.retry,
            })
            .collect()
    }

    #[test]
    fn json_events_round_trip_through_the_clients_parser() {
        let events = vec![
            Event::new(serde_json::json!({"text": "two\nlines", "n": 1}))
                .with_event("tick")
                .with_id("a")
                .with_retry(Duration::from_millis(1500)),
            // The client carries the last id over: the same id is not written again.
            Event::new(serde_json::json!([1, 2])).with_id("a"),
            Event::new(serde_json::json!(" padded")),
            Event::new(serde_json::json!(null)).with_id("b"),
        ];
        let body = server_sent_events(&events, json_data);
        let text = String::from_utf8(body.clone()).unwrap();
        assert!(
            text.starts_with(
                "event: tick\nid: a\nretry: 1500\ndata: {\"text\":\"two\\nlines\",\"n\":1}\n\n"
            ),
            "{text}"
        );
        assert_eq!(text.matches("id: a").count(), 1, "{text}");
        assert!(text.contains("\nid\ndata: \" padded\"\n\n"), "{text}");
        for chunk in [1, 3, body.len()] {
            let parsed = parse(&body, StreamFormat::ServerSentEvents, chunk, decode_json);
            assert_eq!(parsed, events, "chunks of {chunk}");
        }
    }

    #[test]
    fn text_events_keep_their_lines() {
        let events = vec![
            Event::new("one\ntwo\n".to_owned()),
            Event::new(String::new()).with_event("empty"),
            Event::new(" data: x".to_owned()),
        ];
        let body = server_sent_events(&events, |text: &String| text.clone());
        assert_eq!(
            parse(&body, StreamFormat::ServerSentEvents, 2, text_data),
            events
        );
        let crlf = server_sent_events(&[Event::new("a\r\nb\rc".to_owned())], |t| t.clone());
        let parsed = parse(&crlf, StreamFormat::ServerSentEvents, 1, text_data);
        assert_eq!(
            parsed[0].data, "a\nb\nc",
            "line ends are the parser's `\\n`"
        );
    }

    #[test]
    fn json_lines_and_json_seq_round_trip() {
        let events = vec![
            Event::new(serde_json::json!({"id": 1, "label": "a\nb"})),
            Event::new(serde_json::json!({"id": 2})),
        ];
        let lines = json_lines(&events, false);
        assert_eq!(
            String::from_utf8(lines.clone()).unwrap(),
            "{\"id\":1,\"label\":\"a\\nb\"}\n{\"id\":2}\n"
        );
        let seq = json_lines(&events, true);
        assert!(seq.starts_with(b"\x1e{"));
        for body in [lines, seq] {
            assert_eq!(
                parse(&body, StreamFormat::JsonLines, 5, decode_json),
                events
            );
        }
    }

    #[test]
    #[should_panic(expected = "carries data only")]
    fn a_json_line_with_an_id_is_a_broken_mock() {
        json_lines(&[Event::new(1).with_id("x")], false);
    }

    #[test]
    #[should_panic(expected = "cannot hold a line break")]
    fn an_event_type_with_a_line_break_is_a_broken_mock() {
        server_sent_events(&[Event::new(1).with_event("a\nb")], json_data);
    }
}
