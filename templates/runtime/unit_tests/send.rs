//! Unit tests of `send.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use super::super::client::Client;
use super::super::request::Endpoint;

static GET_THING: Endpoint = Endpoint {
    method: reqwest::Method::GET,
    path: "/things/{thing_id}",
    operation_id: "getThing",
    security: &[],
};

#[test]
fn a_json_body_goes_out_with_the_specs_content_type() {
    let Ok(client) = Client::new("http://127.0.0.1:1") else {
        panic!("client");
    };
    let mut req = client.request(&GET_THING);
    req.path_param("thing_id", "t1");
    req.json_body(&serde_json::json!({"a": 1}), "application/vnd.api+json");
    let Ok(prepared) = req.prepare() else {
        panic!("prepare");
    };
    assert_eq!(
        prepared
            .headers
            .get(super::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"application/vnd.api+json"[..])
    );
}
