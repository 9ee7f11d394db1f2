//! Unit tests of `framing.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use super::*;

fn events(format: StreamFormat, chunks: &[&[u8]]) -> Vec<RawEvent> {
    let mut framing = Framing::new(format, usize::MAX);
    let mut out = Vec::new();
    for chunk in chunks {
        framing.feed(chunk);
        out.extend(std::iter::from_fn(|| framing.next_event()));
    }
    framing.finish();
    out.extend(std::iter::from_fn(|| framing.next_event()));
    out
}

fn sse(chunks: &[&[u8]]) -> Vec<RawEvent> {
    events(StreamFormat::ServerSentEvents, chunks)
}

fn event(event: Option<&str>, data: &str, id: Option<&str>) -> RawEvent {
    RawEvent {
        event: event.map(str::to_owned),
        data: data.to_owned(),
        id: id.map(str::to_owned),
        retry: None,
    }
}

#[test]
fn fields_comments_and_multi_line_data() {
    let body = b"\xEF\xBB\xBF: keep-alive\nevent: add\ndata: first\ndata:second\nid: 7\nunknown: x\n\ndata\n\n";
    assert_eq!(
        sse(&[body]),
        [
            event(Some("add"), "first\nsecond", Some("7")),
            event(None, "", Some("7")),
        ]
    );
}

#[test]
fn every_line_end_and_every_cut_give_the_same_events() {
    let text = "event: a\r\ndata: 1\r\ndata: 2\r\rdata: x\n\ndata: {\"k\": 3}\r\nid: 9\r\n\r\n";
    let whole = sse(&[text.as_bytes()]);
    assert_eq!(
        whole,
        [
            event(Some("a"), "1\n2", None),
            event(None, "x", None),
            event(None, "{\"k\": 3}", Some("9")),
        ]
    );
    let bytes = text.as_bytes();
    for cut in 0..bytes.len() {
        let (a, b) = bytes.split_at(cut);
        assert_eq!(sse(&[a, b]), whole, "cut at {cut}");
    }
    let one_by_one: Vec<&[u8]> = bytes.chunks(1).collect();
    assert_eq!(sse(&one_by_one), whole);
}

#[test]
fn a_bom_split_over_chunks_is_cut_once() {
    let got = sse(&[b"\xEF", b"\xBB", b"\xBFdata: a\n\n\xEF\xBB\xBFdata: b\n\n"]);
    assert_eq!(got[0], event(None, "a", None));
    // A BOM later in the stream is not cut: the line is the field `\u{feff}data`.
    assert_eq!(got.len(), 1);
}

#[test]
fn retry_ids_and_unfinished_events() {
    let mut framing = Framing::new(StreamFormat::ServerSentEvents, usize::MAX);
    framing.feed(b"retry: 2500\n\nretry: soon\nid: 1\ndata: a\n\nid\ndata: b\n\nid: x\0y\ndata: c");
    assert_eq!(
        framing.reconnection_delay(),
        Some(Duration::from_millis(2500))
    );
    let first = framing.next_event();
    assert_eq!(first.as_ref().and_then(|e| e.id.as_deref()), Some("1"));
    assert_eq!(
        first.and_then(|e| e.retry),
        None,
        "the retry came without data"
    );
    let second = framing.next_event();
    assert_eq!(second.and_then(|e| e.id), None, "an empty id resets it");
    assert_eq!(framing.next_event(), None, "`c` waits for its blank line");
    framing.finish();
    assert_eq!(framing.next_event(), None, "and is dropped at the end");
    framing.feed(b"retry: 5\ndata: d\n\n");
    assert_eq!(
        framing.next_event().and_then(|e| e.retry),
        Some(Duration::from_millis(5))
    );
    assert_eq!(framing.reconnection_delay(), Some(Duration::from_millis(5)));
}

/// The data of the events read from `chunks` with the limit `limit`, and whether it was
/// exceeded.
fn limited(format: StreamFormat, limit: usize, chunks: &[&[u8]]) -> (Vec<String>, bool) {
    let mut framing = Framing::new(format, limit);
    let mut data = Vec::new();
    for chunk in chunks {
        framing.feed(chunk);
        data.extend(std::iter::from_fn(|| framing.next_event()).map(|e| e.data));
    }
    (data, framing.too_large())
}

#[test]
fn a_line_longer_than_the_limit_stops_the_stream_wherever_it_is_cut() {
    let body = b"{\"a\":1}\n0123456789\n{\"too\":\"long\"}\n{\"a\":2}\n";
    for cut in 0..body.len() {
        let (a, b) = body.split_at(cut);
        let (data, too_large) = limited(StreamFormat::JsonLines, 10, &[a, b]);
        assert_eq!(data, ["{\"a\":1}", "0123456789"], "cut at {cut}");
        assert!(too_large, "cut at {cut}");
    }
    // A line that never ends: what is kept stays under the limit, chunk after chunk.
    let mut framing = Framing::new(StreamFormat::ServerSentEvents, 64);
    for _ in 0..100 {
        framing.feed(b"data: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        assert!(framing.lines.partial.len() <= 64);
    }
    assert!(framing.too_large());
    framing.feed(b"\n\ndata: late\n\n");
    assert_eq!(framing.next_event(), None, "nothing is read after it");
}

#[test]
fn an_events_data_is_limited_across_its_lines() {
    let at_limit: &[u8] = b"data: 12345\ndata: 6789\n\n";
    assert_eq!(
        limited(StreamFormat::ServerSentEvents, 11, &[at_limit]),
        (vec!["12345\n6789".to_owned()], false),
        "10 bytes of data with the line break between"
    );
    let over: &[u8] = b"data: 1\n\ndata: 12345\ndata: 67890\ndata: x\n\ndata: 2\n\n";
    for cut in 0..over.len() {
        let (a, b) = over.split_at(cut);
        let got = limited(StreamFormat::ServerSentEvents, 11, &[a, b]);
        assert_eq!(got, (vec!["1".to_owned()], true), "cut at {cut}");
    }
}

#[test]
fn json_lines_and_json_seq() {
    let lines = events(
        StreamFormat::JsonLines,
        &[b"{\"a\":1}\r\n\n{\"a\"", b":2}\n\x1e{\"a\":3}\n{\"a\":4}"],
    );
    let data: Vec<&str> = lines.iter().map(|e| e.data.as_str()).collect();
    assert_eq!(data, ["{\"a\":1}", "{\"a\":2}", "{\"a\":3}", "{\"a\":4}"]);
}
