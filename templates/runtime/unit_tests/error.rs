//! Unit tests of `error.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use super::*;

#[test]
fn snippet_cuts_on_char_boundary() {
    let body = "é".repeat(300); // 600 bytes
    let s = snippet(body.as_bytes(), 512);
    assert!(s.ends_with("..."));
    assert_eq!(s.trim_end_matches("...").len(), 512);
    let odd = format!("a{}", "é".repeat(300));
    let s = snippet(odd.as_bytes(), 512);
    assert_eq!(s.trim_end_matches("...").len(), 511);
    assert_eq!(snippet(b"short", 512), "short");
    assert_eq!(snippet(b"", 512), "");
}

#[test]
fn snippet_of_binary_does_not_panic() {
    let body: Vec<u8> = (0..=255u8).cycle().take(2000).collect();
    let s = snippet(&body, 512);
    assert!(s.ends_with("..."));
}

#[test]
fn accessors() {
    let e: Error<String> = Error::Api(Box::new(ApiError {
        status: StatusCode::NOT_FOUND,
        headers: HeaderMap::new(),
        body: "nope".to_owned(),
        raw_body: Bytes::from_static(b"{}"),
        envelope_errors: Vec::new(),
    }));
    assert_eq!(e.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(e.raw_body(), Some(&b"{}"[..]));
    assert_eq!(e.api_error().map(String::as_str), Some("nope"));
    let e2: Error<usize> = e.map_api(|s| s.len());
    assert_eq!(e2.api_error(), Some(&4));
    let t: Error = Error::Timeout(TimeoutError {
        timeout: Duration::from_secs(1),
        attempts: 1,
        operation: false,
    });
    assert!(t.is_timeout());
    assert_eq!(t.status(), None);
    assert!(t.to_string().contains("timed out"));
}

#[test]
fn envelope_messages() {
    let coded =
        EnvelopeMessage::from_value(serde_json::json!({"code": 1003, "message": "bad zone"}));
    assert_eq!(
        (coded.code, coded.to_string().as_str()),
        (Some(1003), "[1003] bad zone")
    );
    let bare = EnvelopeMessage::from_value(serde_json::json!("just text"));
    assert_eq!((bare.code, bare.message.as_str()), (None, "just text"));
    let other = EnvelopeMessage::from_value(serde_json::json!({"detail": 1}));
    assert_eq!(other.message, r#"{"detail":1}"#);
    let e: Error = Error::Envelope(Box::new(EnvelopeError {
        status: StatusCode::OK,
        headers: HeaderMap::new(),
        errors: vec![coded, bare],
        raw_body: Bytes::new(),
    }));
    assert_eq!(e.status(), Some(StatusCode::OK));
    assert_eq!(e.envelope_errors().map(<[_]>::len), Some(2));
    assert_eq!(
        e.to_string(),
        "the API reported failure (status 200 OK): [1003] bad zone; just text"
    );
}
