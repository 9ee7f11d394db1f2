//! The test kit's examples of `README.md` (the `mock` feature), compiled with the crate so
//! they cannot go stale. `cargo run --example mock --features mock` runs them against a local
//! mock server.

#[allow(unused_imports)]
use cloudflare_organizations::{apis, types, Client, Error};
use cloudflare_organizations::mock::MockServer;

/// The code under test: it takes a `Client`, so that a test can hand it one of a mock server.
async fn code_under_test(
    client: &Client,
) -> Result<
    Vec<types::Organization>,
    Error<apis::organizations::OrganizationListOrganizationsError>,
> {
    client.organizations().organization_list_organizations().await
}

/// What the mock answers.
fn answer() -> Vec<types::Organization> {
    vec![types::Organization::new("Acme Corporation")]
}

/// A test: the mock answers a typed value, the code under test gets it, and the mock checks
/// that it was called once.
async fn mock_an_answer() {
    let mock = MockServer::start().await;
    mock.organizations()
        .organization_list_organizations()
        .returns(answer())
        .expect(1)
        .mount()
        .await;
    let result = code_under_test(&mock.client()).await;
    assert_eq!(result.ok(), Some(answer()));
}

/// A test of the error path: the mock answers a documented error, typed, at its status.
async fn mock_an_error() {
    let mock = MockServer::start().await;
    mock.organizations()
        .organization_list_organizations()
        .fails_with(
            apis::organizations::OrganizationListOrganizationsError::ClientError(
                types::V4ErrorResponse::new(
                    vec![types::V4Message::new(1000, "Organization updated")],
                    vec![types::V4Message::new(1000, "Organization updated")],
                    true,
                ),
            ),
        )
        .mount()
        .await;
    let error = code_under_test(&mock.client()).await.err();
    let status = error.as_ref().and_then(Error::status).map(|s| s.as_u16());
    assert_eq!(status, Some(400));
    let typed = error.as_ref().and_then(Error::api_error);
    assert!(
        matches!(typed,
        Some(apis::organizations::OrganizationListOrganizationsError::ClientError(_)))
    );
}

/// Narrowing a mock to the requests with certain parameter values: any other request of the
/// operation gets a 404 from the server.
async fn mock_a_request() {
    let mock = MockServer::start().await;
    mock.organizations()
        .organization_list_organizations()
        .id(vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()])
        .returns(answer())
        .expect(1)
        .mount()
        .await;
    let result = mock
        .client()
        .organizations()
        .organization_list_organizations()
        .id(vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()])
        .await;
    assert!(result.is_ok());
}

#[tokio::main]
async fn main() {
    mock_an_answer().await;
    mock_an_error().await;
    mock_a_request().await;
}
