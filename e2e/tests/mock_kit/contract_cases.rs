//! contract-cases: text, download, no-content and fixed-query operations, tested against the
//! mocks.

use contract_cases::mock::MockServer;
use contract_cases::{types, Client, Error};

use crate::bodies::contract_cases as bodies;

/// The application code under test: publishes a message and returns the server's receipt.
async fn publish(
    client: &Client,
    message: &str,
) -> Result<String, Error<contract_cases::apis::cases::PublishError>> {
    client.cases().publish(message).await
}

/// Downloads a file whole.
async fn download(client: &Client, id: &str) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let stream = client.cases().download_file(id).await?;
    Ok(stream.into_bytes().await?.to_vec())
}

#[tokio::test]
async fn a_text_answer_and_its_fixed_query() {
    let mock = MockServer::start().await;
    let receipt = "<PublishResponse><MessageId>m-1</MessageId></PublishResponse>";
    mock.cases()
        .publish()
        .message("hello")
        .returns(receipt.to_string())
        .expect(1)
        .mount()
        .await;
    // Another operation on another path, with its own fixed `method=photos.search` pair.
    mock.cases()
        .search_photos()
        .text("cats")
        .returns(types::Tags::new(vec![Some("cat".into()), None]))
        .expect(1)
        .mount()
        .await;

    let client = mock.client();
    assert_eq!(
        publish(&client, "hello").await.ok().as_deref(),
        Some(receipt)
    );
    let tags = client
        .cases()
        .search_photos()
        .text("cats")
        .await
        .expect("tags");
    assert_eq!(tags.names, [Some("cat".to_string()), None]);
    // The fixed pair is part of the mock: the same path with another `method` is not matched.
    let requests = mock.received_requests().await;
    assert!(requests[1]
        .url
        .query()
        .unwrap_or_default()
        .contains("method=photos.search"));
}

#[tokio::test]
async fn a_download_answers_bytes() {
    let mock = MockServer::start().await;
    let content = bytes::Bytes::from_static(b"\x00\x01binary\xff");
    mock.cases()
        .download_file()
        .id("f-1")
        .returns(content.clone())
        .expect(1)
        .mount()
        .await;

    let downloaded = download(&mock.client(), "f-1").await.expect("the file");

    assert_eq!(downloaded, content.to_vec());
}

#[tokio::test]
async fn no_content_and_a_created_account() {
    let mock = MockServer::start().await;
    mock.cases()
        .send_heartbeat()
        .id("e-1")
        .returns(())
        .expect(1)
        .mount()
        .await;
    let created = bodies::create_account().with_id("acc-1".into());
    mock.cases()
        .create_account()
        .body(bodies::create_account())
        .returns(created.clone())
        .expect(1)
        .mount()
        .await;

    let client = mock.client();
    assert!(client.cases().send_heartbeat("e-1").await.is_ok());
    let account = client
        .cases()
        .create_account(bodies::create_account())
        .await;
    assert_eq!(account.ok(), Some(created));
}
