//! Unit tests of `client.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use super::*;

#[test]
fn defaults_and_redaction() {
    let builder = Client::builder()
        .base_url("https://example.com/v1/")
        .credential(0, Credential::bearer("tok-SECRET"))
        .credential(usize::MAX, Credential::basic("alice", "pw-SECRET"))
        .default_header("X-Api-Key", "hdr-SECRET")
        .default_header("X-Plain", "shown");
    let dbg = format!("{builder:?}");
    assert!(!dbg.contains("SECRET"), "{dbg}");
    assert!(dbg.contains("shown") && dbg.contains("alice"), "{dbg}");
    let Ok(client) = builder.build() else {
        panic!("client")
    };
    assert_eq!(client.base_url(), "https://example.com/v1");
    assert_eq!(client.inner.timeout, DEFAULT_TIMEOUT);
    assert_eq!(client.inner.max_retries, 2);
    assert!(!client.inner.retry_non_idempotent);
    let agent = client.inner.headers.get(reqwest::header::USER_AGENT);
    assert_eq!(
        agent.and_then(|v| v.to_str().ok()),
        Some(default_user_agent().as_str())
    );
    assert!(default_user_agent().ends_with(" clientgen"));
    let dbg = format!("{client:?} {client:#?}");
    assert!(!dbg.contains("SECRET"), "{dbg}");
}

#[test]
fn invalid_configuration_is_an_error() {
    assert!(matches!(
        Client::new("not a url"),
        Err(Error::InvalidRequest(_))
    ));
    assert!(matches!(
        Client::new("ftp://x.org"),
        Err(Error::InvalidRequest(_))
    ));
    let bad_header = Client::builder()
        .base_url("https://x.org")
        .default_header("bad name", "v")
        .build();
    assert!(matches!(bad_header, Err(Error::InvalidRequest(_))));
    let bad_agent = Client::builder()
        .base_url("https://x.org")
        .user_agent("a\nb")
        .build();
    assert!(matches!(bad_agent, Err(Error::InvalidRequest(_))));
}

#[test]
fn client_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<Client>();
    check::<ClientBuilder>();
}
