//! How an [`Error`] reads: its message (`Display`) and its cause (`source`). The message
//! quotes a snippet of the body and the causes of a transport or interceptor error, with the
//! secrets of any URL in them cut.

use std::fmt;

use super::error::{snippet, Error, SNIPPET_LIMIT};
use super::redact::without_url_secrets;

/// `error`'s message followed by its causes' (`error sending request: ...: Connection refused`),
/// each once, with every URL in them cut to its scheme, host and path: reqwest's own URL is
/// stripped already, and a cause must not bring back a query (an API key) or a password.
fn with_causes(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = without_url_secrets(&error.to_string());
    let mut cause = error.source();
    while let Some(current) = cause {
        let message = without_url_secrets(&current.to_string());
        // Some errors repeat their cause in their own message.
        if !message.is_empty() && !text.contains(&message) {
            text.push_str(": ");
            text.push_str(&message);
        }
        cause = current.source();
    }
    text
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => write!(
                f,
                "API error (status {}): {}",
                e.status,
                snippet(&e.raw_body, SNIPPET_LIMIT)
            ),
            Error::UnexpectedStatus(e) if e.documented => write!(
                f,
                "error status {} with a body that is not JSON: {}",
                e.status,
                snippet(&e.body, SNIPPET_LIMIT)
            ),
            Error::UnexpectedStatus(e) => write!(
                f,
                "unexpected status {}: {}",
                e.status,
                snippet(&e.body, SNIPPET_LIMIT)
            ),
            Error::Decode(e) => write!(
                f,
                "could not decode response (status {}): {}; body: {}",
                e.status, e.source, e.snippet
            ),
            Error::Timeout(e) if e.operation => write!(
                f,
                "operation timed out after {:?} ({} attempt(s))",
                e.timeout, e.attempts
            ),
            Error::Timeout(e) => write!(
                f,
                "request timed out after {:?} ({} attempt(s))",
                e.timeout, e.attempts
            ),
            Error::Transport(e) => write!(
                f,
                "transport error ({} attempt(s)): {}",
                e.attempts,
                with_causes(&e.source)
            ),
            Error::InvalidRequest(e) => write!(f, "invalid request: {}", e.message),
            Error::Auth(e) => write!(f, "authentication error: {}", e.message),
            Error::Envelope(e) => {
                write!(f, "the API reported failure (status {})", e.status)?;
                for (i, error) in e.errors.iter().enumerate() {
                    f.write_str(if i == 0 { ": " } else { "; " })?;
                    write!(f, "{error}")?;
                }
                Ok(())
            }
            Error::Pagination(e) => write!(f, "pagination error: {}", e.message),
            Error::Interceptor(e) => write!(
                f,
                "an interceptor refused attempt {}: {}",
                e.attempt,
                with_causes(e.source.as_ref())
            ),
            Error::EventTooLarge(e) => write!(
                f,
                "an event of the stream (status {}) is larger than the limit of {} bytes",
                e.status, e.limit
            ),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(e) => Some(e.source.as_ref()),
            Error::Transport(e) => Some(&e.source),
            Error::InvalidRequest(e) => e.source.as_deref().map(|s| s as _),
            Error::Auth(e) => e.source.as_deref().map(|s| s as _),
            Error::Interceptor(e) => Some(e.source.as_ref()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causes_are_listed_once_each() {
        #[derive(Debug)]
        struct Layer(&'static str, Option<Box<Layer>>);
        impl fmt::Display for Layer {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        impl std::error::Error for Layer {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.1.as_deref().map(|l| l as _)
            }
        }
        let io = Layer("Connection refused", None);
        let repeated = Layer("tcp connect error: Connection refused", Some(Box::new(io)));
        let top = Layer("error sending request", Some(Box::new(repeated)));
        assert_eq!(
            with_causes(&top),
            "error sending request: tcp connect error: Connection refused"
        );
    }
}
