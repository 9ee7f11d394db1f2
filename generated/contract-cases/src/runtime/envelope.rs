//! Response envelopes (`x-envelope`): where the payload is, and how the envelope reports
//! failure (Cloudflare's `{"success": false, "errors": [..], "result": null}`).

use serde_json::{Map, Value};

use super::error::EnvelopeMessage;

/// The envelope of an operation's responses, as `x-envelope` declares it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Envelope {
    /// The field that holds the payload (`result`).
    pub data: &'static str,
    /// The boolean field that says whether the call succeeded (`success`), if any.
    pub success: Option<&'static str>,
    /// The field that holds the list of errors (`errors`), if any.
    pub errors: Option<&'static str>,
}

impl Envelope {
    /// The envelope's errors when it reports failure: its `success` field is `false` or, when
    /// it declares none, its `errors` list is not empty. `None` when the envelope reports
    /// success (or declares neither field).
    pub fn failure(&self, body: &Map<String, Value>) -> Option<Vec<EnvelopeMessage>> {
        let errors = self.errors.and_then(|field| body.get(field));
        let failed = match self.success {
            Some(field) => body.get(field) == Some(&Value::Bool(false)),
            None => errors
                .and_then(Value::as_array)
                .is_some_and(|e| !e.is_empty()),
        };
        failed.then(|| messages(errors))
    }

    /// The envelope's errors, whether or not it reports failure (empty when it has none).
    pub fn messages(&self, body: &Map<String, Value>) -> Vec<EnvelopeMessage> {
        messages(self.errors.and_then(|field| body.get(field)))
    }
}

fn messages(errors: Option<&Value>) -> Vec<EnvelopeMessage> {
    match errors {
        Some(Value::Array(list)) => list
            .iter()
            .cloned()
            .map(EnvelopeMessage::from_value)
            .collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![EnvelopeMessage::from_value(other.clone())],
    }
}
