//! The test kit's examples of `README.md` (the `mock` feature), compiled with the crate so
//! they cannot go stale. `cargo run --example mock --features mock` runs them against a local
//! mock server.

#[allow(unused_imports)]
use archera_organizations::{apis, types, Client, Error};
use archera_organizations::mock::MockServer;

/// The code under test: it takes a `Client`, so that a test can hand it one of a mock server.
async fn code_under_test(
    client: &Client,
) -> Result<
    Vec<types::OrganizationMembership>,
    Error<apis::organizations_beta::ListOrganizationsError>,
> {
    client.organizations_beta().list_organizations().await
}

/// What the mock answers.
fn answer() -> Vec<types::OrganizationMembership> {
    vec![
        types::OrganizationMembership::new("3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f",
        "Acme Corp", types::OrganizationMembershipRole::Admin,
        types::OrganizationMembershipKind::Direct, true, vec!["PurchasePlanV2:execute"
        .to_string()])
    ]
}

/// A test: the mock answers a typed value, the code under test gets it, and the mock checks
/// that it was called once.
async fn mock_an_answer() {
    let mock = MockServer::start().await;
    mock.organizations_beta()
        .list_organizations()
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
    mock.organizations_beta()
        .list_organizations()
        .fails_with(
            apis::organizations_beta::ListOrganizationsError::BadRequest(
                types::ApiErrorResponse::new()
                    .with_code(404)
                    .with_status("Not Found")
                    .with_message("Organization not found."),
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
        Some(apis::organizations_beta::ListOrganizationsError::BadRequest(_)))
    );
}

#[tokio::main]
async fn main() {
    mock_an_answer().await;
    mock_an_error().await;
}
