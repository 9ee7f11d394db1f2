//! OpenAPI 3.2 methods on the wire: the `query` operation sends `QUERY` with its body, and an
//! operation of `additionalOperations` sends its own method.

mod common;

use fixture_openapi32::Client;

#[tokio::test]
async fn the_query_operation_sends_query_with_its_body() {
    let (url, requests) = common::serve_once(200, "");
    let client = Client::new(url).unwrap();
    let mut filter = serde_json::Map::new();
    filter.insert("name".into(), "Rex".into());
    client
        .default_api()
        .search_pets()
        .body(filter)
        .send()
        .await
        .unwrap();
    let request = requests.recv().unwrap();
    assert!(
        request.head.starts_with("QUERY /pets HTTP/1.1\r\n"),
        "{}",
        request.head
    );
    let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(body, serde_json::json!({"name": "Rex"}));
}

#[tokio::test]
async fn a_custom_method_is_sent_as_written() {
    let (url, requests) = common::serve_once(204, "");
    let client = Client::new(url).unwrap();
    client.default_api().purge_pets().send().await.unwrap();
    let request = requests.recv().unwrap();
    assert!(
        request.head.starts_with("PURGE /pets HTTP/1.1\r\n"),
        "{}",
        request.head
    );
}
