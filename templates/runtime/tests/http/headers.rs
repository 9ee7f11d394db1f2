//! Headers on the wire: the defaults, the body's content type, and their precedence (per-call
//! headers win over auth and client defaults).

use clientgen_runtime::runtime::{Credential, Endpoint};
use clientgen_runtime::RequestOptions;
use reqwest::Method;
use serde_json::json;

use crate::support::*;

static PUT_SETTING: Endpoint = Endpoint {
    method: Method::PUT,
    path: "/settings",
    operation_id: "putSetting",
    security: &[],
};

#[tokio::test]
async fn the_default_user_agent_and_the_bodys_content_type_go_out() {
    let server = server_answering(json_response(200, json!({})), 1).await;
    let mut request = client(&server).request(&PUT_SETTING);
    request.json_body(&json!({"enforceScopes": true}), "application/json");
    request.accept("application/json");
    send_json(request).await.unwrap();
    let sent = only_request(&server).await;
    let agent = concat!(
        env!("CARGO_PKG_NAME"),
        "/",
        env!("CARGO_PKG_VERSION"),
        " clientgen"
    );
    assert_eq!(header(&sent, "user-agent"), Some(agent));
    assert_eq!(header(&sent, "content-type"), Some("application/json"));
    assert_eq!(header(&sent, "accept"), Some("application/json"));
    assert_eq!(
        sent.body_json::<serde_json::Value>().unwrap()["enforceScopes"],
        true
    );
}

#[tokio::test]
async fn per_call_headers_override_auth_and_default_headers() {
    let server = server_answering(json_response(200, json!({})), 1).await;
    let client = builder(&server)
        .credential(BEARER, Credential::bearer("client-token"))
        .default_header("X-Team", "platform")
        .user_agent("acme-billing/2.0")
        .build()
        .unwrap();
    let mut request = client.request(&GET_ME_WITH_BEARER);
    request.options(
        &RequestOptions::new()
            .with_header("Authorization", "Bearer per-call-token")
            .with_header("X-Team", "billing"),
    );
    send_json(request).await.unwrap();
    let sent = only_request(&server).await;
    assert_eq!(
        header(&sent, "authorization"),
        Some("Bearer per-call-token")
    );
    assert_eq!(header(&sent, "x-team"), Some("billing"));
    assert_eq!(header(&sent, "user-agent"), Some("acme-billing/2.0"));
}
