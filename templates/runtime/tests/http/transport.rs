//! A transport error's message: what went wrong underneath (the cause chain), never the URL's
//! query or a credential.

use clientgen_runtime::runtime::{Credential, Endpoint};
use clientgen_runtime::{Client, Error};
use reqwest::Method;

use crate::support::*;

/// `GET /me` with an API key in the query and a bearer token.
static GET_ME_WITH_SECRETS: Endpoint = Endpoint {
    method: Method::GET,
    path: "/me",
    operation_id: "getMe",
    security: &[&[BEARER, QUERY_KEY]],
};

/// Sends [`GET_ME_WITH_SECRETS`] once (no retries) to `base_url` and returns its error's message.
async fn transport_error_message(base_url: String) -> String {
    let client = Client::builder()
        .base_url(base_url)
        .max_retries(0)
        .credential(BEARER, Credential::bearer("BEARER-SECRET"))
        .credential(QUERY_KEY, Credential::api_key("QUERY-SECRET"))
        .build()
        .expect("client");
    let mut request = client.request(&GET_ME_WITH_SECRETS);
    request.query_param("filter", "PARAM-SECRET", FORM_EXPLODE);
    let error = send_json(request).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let message = error.to_string();
    for secret in ["BEARER-SECRET", "QUERY-SECRET", "PARAM-SECRET", "/me"] {
        assert!(!message.contains(secret), "{secret} in: {message}");
    }
    message
}

#[tokio::test]
async fn a_closed_port_says_the_connection_was_refused() {
    // A port that was just free: nothing listens on it any more.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let message = transport_error_message(format!("http://{address}")).await;
    assert!(
        message.starts_with("transport error (1 attempt(s)): error sending request: "),
        "{message}"
    );
    assert!(
        message.to_ascii_lowercase().contains("connection refused"),
        "{message}"
    );
}

#[tokio::test]
async fn a_dropped_connection_says_it_closed() {
    let address = raw_server(|socket| async move { drop(socket) }).await;
    let message = transport_error_message(format!("http://{address}")).await;
    assert!(
        message.starts_with("transport error (1 attempt(s)): error sending request: "),
        "{message}"
    );
    // hyper's words for a connection closed before any answer.
    assert!(message.contains("closed"), "{message}");
}
