//! Models on a cycle of required properties: the spec asks for an infinite value, so the
//! client makes those properties optional; what a server really sends (the cycle cut short
//! somewhere) decodes, and the request built from `new` sends only what it was given.

mod common;

use fixture_recursion::{types, Client};

#[tokio::test]
async fn a_cycle_of_required_properties_cut_short_by_the_server_decodes() {
    let (url, requests) = common::serve_once(
        200,
        r#"{"label":"outer","wrapping":{"parcel":{"label":"inner"}}}"#,
    );
    let client = Client::new(url).unwrap();
    let parcel = client
        .parcels()
        .send_parcel(types::Parcel::new("outer"))
        .await
        .unwrap();
    let request = requests.recv().unwrap();
    assert!(request.head.starts_with("POST /parcels HTTP/1.1\r\n"), "{}", request.head);
    let sent: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(sent, serde_json::json!({"label": "outer"}));
    let inner = parcel.wrapping.unwrap().parcel.unwrap();
    assert_eq!(inner.label, "inner");
    assert!(inner.wrapping.is_none());
}
