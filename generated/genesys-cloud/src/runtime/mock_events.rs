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
