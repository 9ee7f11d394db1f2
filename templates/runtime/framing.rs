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
#[path = "unit_tests/framing.rs"]
mod tests;
