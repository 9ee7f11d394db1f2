//! The answers of the test kit ([`super::mock`]): a status and a body, built from the typed
//! values the generated `MockOperation` implementations take.

use serde::Serialize;
use serde_json::Value;

use super::envelope::Envelope;
use super::events::Event;
use super::mock::to_json;
use super::mock_events;

/// A response a mock answers with: a status, and a body with its media type. The generated
/// [`MockOperation`](super::mock::MockOperation) implementations build it from typed values.
#[derive(Debug, Clone)]
pub struct MockAnswer {
    status: u16,
    body: Option<(Vec<u8>, &'static str)>,
}

impl MockAnswer {
    /// `value` as JSON, sent as `content_type`.
    ///
    /// # Panics
    ///
    /// When `value` cannot be written as JSON.
    pub fn json<T: Serialize + ?Sized>(
        status: u16,
        value: &T,
        content_type: &'static str,
    ) -> MockAnswer {
        let body = to_json(value, "the answer").to_string().into_bytes();
        MockAnswer::bytes(status, body, content_type)
    }

    /// `value` in the operation's envelope (`x-envelope`): `{"result": value, "success": true,
    /// "errors": []}`, as the envelope names its fields.
    ///
    /// # Panics
    ///
    /// When `value` cannot be written as JSON.
    #[doc(hidden)]
    pub fn enveloped<T: Serialize + ?Sized>(
        status: u16,
        value: &T,
        content_type: &'static str,
        envelope: &Envelope,
    ) -> MockAnswer {
        let mut map = serde_json::Map::new();
        map.insert(envelope.data.to_owned(), to_json(value, "the answer"));
        if let Some(success) = envelope.success {
            map.insert(success.to_owned(), Value::Bool(true));
        }
        if let Some(errors) = envelope.errors {
            map.insert(errors.to_owned(), Value::Array(Vec::new()));
        }
        MockAnswer::json(status, &map, content_type)
    }

    /// `events` as a `text/event-stream` body (sent as `content_type`), each event's data
    /// as JSON: what the client of an event-stream operation reads back as these events.
    ///
    /// # Panics
    ///
    /// When a data value cannot be written as JSON, or an event type or id holds a line break.
    pub fn server_sent_events<T: Serialize>(
        status: u16,
        events: &[Event<T>],
        content_type: &'static str,
    ) -> MockAnswer {
        let body = mock_events::server_sent_events(events, mock_events::json_data);
        MockAnswer::bytes(status, body, content_type)
    }

    /// `events` as a `text/event-stream` body (sent as `content_type`), each event's data as
    /// the text itself, one `data:` line per line.
    ///
    /// # Panics
    ///
    /// When an event type or id holds a line break.
    pub fn text_events(
        status: u16,
        events: &[Event<String>],
        content_type: &'static str,
    ) -> MockAnswer {
        let body = mock_events::server_sent_events(events, String::clone);
        MockAnswer::bytes(status, body, content_type)
    }

    /// `events`' data as JSON lines (sent as `content_type`; for `application/json-seq`
    /// each value follows a record separator).
    ///
    /// # Panics
    ///
    /// When an event has a type, an id or a retry delay, which JSON lines cannot carry, or
    /// its data cannot be written as JSON.
    pub fn json_lines<T: Serialize>(
        status: u16,
        events: &[Event<T>],
        content_type: &'static str,
    ) -> MockAnswer {
        let json_seq = content_type.starts_with("application/json-seq");
        let body = mock_events::json_lines(events, json_seq);
        MockAnswer::bytes(status, body, content_type)
    }

    /// `text`, sent as `content_type`.
    pub fn text(status: u16, text: impl Into<String>, content_type: &'static str) -> MockAnswer {
        MockAnswer::bytes(status, text.into().into_bytes(), content_type)
    }

    /// Raw `bytes`, sent as `content_type`.
    pub fn bytes(status: u16, bytes: impl Into<Vec<u8>>, content_type: &'static str) -> MockAnswer {
        MockAnswer {
            status,
            body: Some((bytes.into(), content_type)),
        }
    }

    /// No body.
    pub fn empty(status: u16) -> MockAnswer {
        MockAnswer { status, body: None }
    }

    /// The same answer at another status.
    pub fn with_status(self, status: u16) -> MockAnswer {
        MockAnswer { status, ..self }
    }

    /// The status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The wiremock response, for [`OperationMock::respond_with`](super::mock::OperationMock::respond_with) (to add headers).
    ///
    /// # Panics
    ///
    /// When the status is not between 100 and 999.
    pub fn into_template(self) -> wiremock::ResponseTemplate {
        let mut template = wiremock::ResponseTemplate::new(self.status);
        if let Some((body, content_type)) = self.body {
            template = template.set_body_raw(body, content_type);
        }
        template
    }
}
