//! Splitting a streamed response body into events: the `text/event-stream` format (WHATWG
//! HTML, "interpreting an event stream") and JSON lines (`application/x-ndjson`,
//! `application/jsonl`, `application/json-seq`). Bytes go in as they arrive, in chunks cut
//! anywhere; whole events come out.
//!
//! Hand-written rather than taken from a crate: `eventsource-stream`, the widely used parser,
//! has had no release since February 2022 and brings `nom` into every generated crate; the
//! maintained alternatives are young forks with few users. The format is short, and JSON
//! lines need the same line splitter, which none of them offers.

use std::collections::VecDeque;
use std::time::Duration;

/// One event as it came off the wire, its data not yet decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawEvent {
    /// The `event:` type, when the event gave one.
    pub(crate) event: Option<String>,
    /// The data lines, joined with `\n`; a JSON line's text.
    pub(crate) data: String,
    /// The last event id as of this event (set by it or by an earlier one).
    pub(crate) id: Option<String>,
    /// A `retry:` field read since the previous event.
    pub(crate) retry: Option<Duration>,
}

/// Which format a body is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[doc(hidden)]
pub enum StreamFormat {
    /// `text/event-stream`.
    ServerSentEvents,
    /// One JSON value per line (`application/x-ndjson`, `application/jsonl`), or per
    /// record separator (`application/json-seq`).
    JsonLines,
}

/// The lines of a byte stream: ended by CRLF, LF or CR (for JSON lines also by the record
/// separator 0x1E), with a CRLF split between two chunks read as one line end.
#[derive(Debug, Default)]
struct Lines {
    partial: Vec<u8>,
    /// The last byte fed was a CR: an LF right after it ends no line.
    after_cr: bool,
}

impl Lines {
    /// Feeds `chunk`, calling `line` with each line it completes until `line` returns false.
    /// False when a line is longer than `limit` bytes (the part of it kept so far is never
    /// more), or `line` said stop.
    fn feed(
        &mut self,
        chunk: &[u8],
        record_separator: bool,
        limit: usize,
        mut line: impl FnMut(&[u8]) -> bool,
    ) -> bool {
        let mut start = 0;
        for (i, &byte) in chunk.iter().enumerate() {
            let after_cr = std::mem::replace(&mut self.after_cr, byte == b'\r');
            let ends = byte == b'\r' || byte == b'\n' || (record_separator && byte == 0x1e);
            if !ends {
                continue;
            }
            let text = chunk.get(start..i).unwrap_or_default();
            start = i + 1;
            if byte == b'\n' && after_cr && text.is_empty() && self.partial.is_empty() {
                continue;
            }
            if self.partial.len() + text.len() > limit {
                return false;
            }
            let go_on = if self.partial.is_empty() {
                line(text)
            } else {
                self.partial.extend_from_slice(text);
                let go_on = line(&self.partial);
                self.partial.clear();
                go_on
            };
            if !go_on {
                return false;
            }
        }
        let rest = chunk.get(start..).unwrap_or_default();
        if self.partial.len() + rest.len() > limit {
            return false;
        }
        self.partial.extend_from_slice(rest);
        true
    }

    /// The unfinished last line, taken.
    fn take_rest(&mut self) -> Vec<u8> {
        self.after_cr = false;
        std::mem::take(&mut self.partial)
    }
}

/// The parser of one stream format, fed chunk by chunk.
#[derive(Debug)]
pub(crate) struct Framing {
    format: StreamFormat,
    lines: Lines,
    /// Whether the first line of the current connection is still to come (its BOM is cut).
    first_line: bool,
    event: Option<String>,
    data: String,
    has_data: bool,
    retry: Option<Duration>,
    /// The last `retry:` of the stream: the wait before reconnecting.
    reconnection_delay: Option<Duration>,
    last_id: Option<String>,
    ready: VecDeque<RawEvent>,
    /// The most bytes a line, or an event's data, may hold.
    max_event_size: usize,
    /// A line or an event's data went past `max_event_size`: nothing more is read.
    too_large: bool,
}

impl Framing {
    /// A parser for `format` that keeps at most `max_event_size` bytes of a line and of an
    /// event's data: a server that never ends a line cannot make it hold more.
    pub(crate) fn new(format: StreamFormat, max_event_size: usize) -> Self {
        Framing {
            format,
            lines: Lines::default(),
            first_line: true,
            event: None,
            data: String::new(),
            has_data: false,
            retry: None,
            reconnection_delay: None,
            last_id: None,
            ready: VecDeque::new(),
            max_event_size,
            too_large: false,
        }
    }

    /// Feeds the next bytes of the body (ignored once an event was too large).
    pub(crate) fn feed(&mut self, chunk: &[u8]) {
        if self.too_large {
            return;
        }
        let json_seq = self.format == StreamFormat::JsonLines;
        let limit = self.max_event_size;
        let mut lines = std::mem::take(&mut self.lines);
        let fits = lines.feed(chunk, json_seq, limit, |line| {
            self.line(line);
            !self.too_large
        });
        self.lines = lines;
        self.too_large |= !fits;
    }

    /// The most bytes a line, or an event's data, may hold.
    pub(crate) fn max_event_size(&self) -> usize {
        self.max_event_size
    }

    /// Whether a line or an event's data went past the limit: the events before it are
    /// still given, then the stream must end.
    pub(crate) fn too_large(&self) -> bool {
        self.too_large
    }

    /// The next complete event, if one is ready.
    pub(crate) fn next_event(&mut self) -> Option<RawEvent> {
        self.ready.pop_front()
    }

    /// The body ended: a last JSON line without a line end still counts; an event without
    /// its closing blank line does not (as the format says). Then the parser is ready for a
    /// new connection, keeping the last event id.
    pub(crate) fn finish(&mut self) {
        let rest = self.lines.take_rest();
        if self.format == StreamFormat::JsonLines && !rest.is_empty() {
            self.line(&rest);
        }
        self.first_line = true;
        self.event = None;
        self.data.clear();
        self.has_data = false;
        self.retry = None;
    }

    /// The id to send as `Last-Event-ID` when reconnecting.
    pub(crate) fn last_event_id(&self) -> Option<&str> {
        self.last_id.as_deref()
    }

    fn line(&mut self, line: &[u8]) {
        let mut line = line;
        if std::mem::take(&mut self.first_line) {
            line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        }
        let text = String::from_utf8_lossy(line);
        match self.format {
            StreamFormat::JsonLines => {
                if !text.trim().is_empty() {
                    self.ready.push_back(RawEvent {
                        event: None,
                        data: text.into_owned(),
                        id: None,
                        retry: None,
                    });
                }
            }
            StreamFormat::ServerSentEvents => self.sse_line(&text),
        }
    }

    fn sse_line(&mut self, line: &str) {
        if line.is_empty() {
            return self.dispatch();
        }
        if line.starts_with(':') {
            return; // a comment (often a keep-alive)
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "event" => self.event = Some(value.to_owned()),
            "data" => {
                let added = value.len() + usize::from(self.has_data);
                if self.data.len() + added > self.max_event_size {
                    self.too_large = true;
                    return;
                }
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "id" if !value.contains('\0') => {
                self.last_id = Some(value.to_owned()).filter(|id| !id.is_empty());
            }
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                    self.reconnection_delay = self.retry;
                }
            }
            _ => {}
        }
    }

    /// The wait before reconnecting that the server asked for with its last `retry:`.
    pub(crate) fn reconnection_delay(&self) -> Option<Duration> {
        self.reconnection_delay
    }

    /// A blank line: the event read so far goes out, unless it has no data (its `id` and
    /// `retry` still count).
    fn dispatch(&mut self) {
        let event = self.event.take().filter(|e| !e.is_empty());
        let retry = self.retry.take();
        if !std::mem::take(&mut self.has_data) {
            return;
        }
        self.ready.push_back(RawEvent {
            event,
            data: std::mem::take(&mut self.data),
            id: self.last_id.clone(),
            retry,
        });
    }
}

#[cfg(test)]
mod tests {
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
        framing.feed(
            b"retry: 2500\n\nretry: soon\nid: 1\ndata: a\n\nid\ndata: b\n\nid: x\0y\ndata: c",
        );
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
}
