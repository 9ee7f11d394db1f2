//! Per-request options that override the client's configuration.

use std::fmt;
use std::time::Duration;

/// Options for one call: extra headers, timeouts and a retry budget that override the
/// client's. Pass them with the generated builders' `.with_options(..)`.
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) reconnect: Option<bool>,
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

    /// One deadline over every attempt of this call and the waits between them; when it
    /// runs out the call ends in `Error::Timeout` (with `operation` set).
    pub fn with_operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// How many times this call is retried (0 disables retries).
    pub fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }

    /// Whether a server-sent event stream is opened again when its connection ends
    /// (default `true`; see [`EventStream`](super::EventStream)).
    pub fn with_reconnect(mut self, reconnect: bool) -> Self {
        self.reconnect = Some(reconnect);
        self
    }

    /// Overlays `other` on these options: its headers are added, its timeout and retries win.
    pub(crate) fn merge(&mut self, other: &RequestOptions) {
        self.headers.extend(other.headers.iter().cloned());
        if other.timeout.is_some() {
            self.timeout = other.timeout;
        }
        if other.operation_timeout.is_some() {
            self.operation_timeout = other.operation_timeout;
        }
        if other.max_retries.is_some() {
            self.max_retries = other.max_retries;
        }
        if other.reconnect.is_some() {
            self.reconnect = other.reconnect;
        }
    }
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("headers", &RedactedHeaders(&self.headers))
            .field("timeout", &self.timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("max_retries", &self.max_retries)
            .field("reconnect", &self.reconnect)
            .finish()
    }
}

/// The words that make a header name sensitive, wherever they appear in it, in any case.
pub const SENSITIVE_HEADER_WORDS: [&str; 8] = [
    "auth",
    "key",
    "token",
    "secret",
    "password",
    "cookie",
    "session",
    "signature",
];

/// Whether a header may carry a secret, so its value must not be shown: its name contains
/// one of [`SENSITIVE_HEADER_WORDS`], ignoring ASCII case.
///
/// It runs on every response header, so it allocates nothing and looks at each position of
/// the name once: the words start with distinct three letters, so only a position where one
/// of those starts is compared with its word.
pub fn is_sensitive_header(name: &str) -> bool {
    let name = name.as_bytes();
    name.windows(3).enumerate().any(|(start, three)| {
        // `| 0x20` lowercases an ASCII letter and never turns another byte into one.
        let word: &[u8] = match [three[0] | 0x20, three[1] | 0x20, three[2] | 0x20] {
            [b'a', b'u', b't'] => b"auth",
            [b'k', b'e', b'y'] => b"key",
            [b't', b'o', b'k'] => b"token",
            [b's', b'e', b'c'] => b"secret",
            [b'p', b'a', b's'] => b"password",
            [b'c', b'o', b'o'] => b"cookie",
            [b's', b'e', b's'] => b"session",
            [b's', b'i', b'g'] => b"signature",
            _ => return false,
        };
        name.get(start..start + word.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(word))
    })
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
