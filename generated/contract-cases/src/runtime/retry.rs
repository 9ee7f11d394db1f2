//! Retry policy: which failures are retried, and how long to wait between attempts.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};

/// The delay before the first retry.
pub const INITIAL_BACKOFF: Duration = Duration::from_millis(500);
/// The longest computed backoff between two attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// The longest wait that a `Retry-After` header can ask for.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Whether a response status is worth retrying: 408, 409, 429 and every 5xx.
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
}

/// Whether an error response (status 400 or above) should be retried: the server's
/// `x-should-retry: true|false` when it sends one, else [`is_retryable_status`]. Success and
/// redirect responses are never retried.
pub fn should_retry_response(status: StatusCode, headers: &HeaderMap) -> bool {
    if status.as_u16() < 400 {
        return false;
    }
    match headers
        .get("x-should-retry")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
    {
        Some(v) if v.eq_ignore_ascii_case("true") => true,
        Some(v) if v.eq_ignore_ascii_case("false") => false,
        _ => is_retryable_status(status),
    }
}

/// Whether a method is idempotent and so retried by default.
pub fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
    ]
    .contains(method)
}

/// The exponential backoff before retry number `retry` (0 for the first retry):
/// 0.5 s doubling, capped at [`MAX_BACKOFF`], minus up to 25 % jitter.
pub fn backoff(retry: u32) -> Duration {
    let base = INITIAL_BACKOFF
        .checked_mul(2u32.saturating_pow(retry.min(16)))
        .unwrap_or(MAX_BACKOFF)
        .min(MAX_BACKOFF);
    let factor = 1.0 - 0.25 * random_unit();
    Duration::try_from_secs_f64(base.as_secs_f64() * factor).unwrap_or(base)
}

/// A pseudo-random number in `[0, 1)`, from the standard library's randomly seeded hasher.
fn random_unit() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The wait a response asks for: `retry-after-ms` (milliseconds), or `Retry-After` in seconds
/// or as an HTTP date. Capped at [`MAX_RETRY_AFTER`]; `None` when absent or unparsable.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    let wait = if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        duration_from_secs(ms / 1000.0)?
    } else {
        parse_retry_after(text("retry-after")?, now)?
    };
    Some(wait.min(MAX_RETRY_AFTER))
}

/// Parses a `Retry-After` value: delay seconds, or an HTTP date (a past date means now).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return duration_from_secs(secs);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

fn duration_from_secs(secs: f64) -> Option<Duration> {
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    Duration::try_from_secs_f64(secs.min(MAX_RETRY_AFTER.as_secs_f64())).ok()
}
