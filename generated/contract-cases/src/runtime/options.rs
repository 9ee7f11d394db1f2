//! Per-request options that override the client's configuration.

use std::fmt;
use std::time::Duration;

/// Options for one call: extra headers, a timeout and a retry budget that override the
/// client's. Pass them with the generated builders' `.with_options(..)`.
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        RequestOptions::default()
    }

    /// Adds a header (replacing a header of the same name set elsewhere). An invalid name or
    /// value makes the call fail with `Error::InvalidRequest`.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The timeout of each attempt of this call.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How many times this call is retried (0 disables retries).
    pub fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }

    /// Overlays `other` on these options: its headers are added, its timeout and retries win.
    pub(crate) fn merge(&mut self, other: &RequestOptions) {
        self.headers.extend(other.headers.iter().cloned());
        if other.timeout.is_some() {
            self.timeout = other.timeout;
        }
        if other.max_retries.is_some() {
            self.max_retries = other.max_retries;
        }
    }
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("headers", &RedactedHeaders(&self.headers))
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .finish()
    }
}

/// Whether a header may carry a secret, so its value must not be shown.
pub fn is_sensitive_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [
        "auth",
        "key",
        "token",
        "secret",
        "password",
        "cookie",
        "session",
        "signature",
    ]
    .iter()
    .any(|word| name.contains(word))
}

/// Header pairs whose sensitive values print as `**redacted**`.
pub(crate) struct RedactedHeaders<'a>(pub(crate) &'a [(String, String)]);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for (name, value) in self.0 {
            if is_sensitive_header(name) {
                list.entry(&format_args!("{name}: **redacted**"));
            } else {
                list.entry(&format_args!("{name}: {value:?}"));
            }
        }
        list.finish()
    }
}
