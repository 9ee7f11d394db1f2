//! The test kit's examples of `README.md` (the `mock` feature), compiled with the crate so
//! they cannot go stale. `cargo run --example mock --features mock` runs them against a local
//! mock server.

#[allow(unused_imports)]
use contract_cases::{apis, types, Client, Error};
use contract_cases::mock::MockServer;

/// The code under test: it takes a `Client`, so that a test can hand it one of a mock server.
async fn code_under_test(
    client: &Client,
) -> Result<String, Error<apis::cases::PublishError>> {
    client.cases().publish("hello").await
}

/// What the mock answers.
fn answer() -> String {
    "example-value".to_string()
}

/// A test: the mock answers a typed value, the code under test gets it, and the mock checks
/// that it was called once.
async fn mock_an_answer() {
    let mock = MockServer::start().await;
    mock.cases().publish().returns(answer()).expect(1).mount().await;
    let result = code_under_test(&mock.client()).await;
    assert_eq!(result.ok(), Some(answer()));
}

/// Narrowing a mock to the requests with certain parameter values: any other request of the
/// operation gets a 404 from the server.
async fn mock_a_request() {
    let mock = MockServer::start().await;
    mock.cases().publish().message("hello").returns(answer()).expect(1).mount().await;
    let result = mock.client().cases().publish("hello").await;
    assert!(result.is_ok());
}

#[tokio::main]
async fn main() {
    mock_an_answer().await;
    mock_a_request().await;
}
