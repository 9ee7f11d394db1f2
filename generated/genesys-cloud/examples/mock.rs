//! The test kit's examples of `README.md` (the `mock` feature), compiled with the crate so
//! they cannot go stale. `cargo run --example mock --features mock` runs them against a local
//! mock server.

#[allow(unused_imports)]
use genesys_cloud::{apis, types, Client, Error};
use genesys_cloud::mock::MockServer;

/// The code under test: it takes a `Client`, so that a test can hand it one of a mock server.
async fn code_under_test(
    client: &Client,
) -> Result<
    types::OrgAuthSettings,
    Error<apis::organization::GetOrganizationsAuthenticationSettingsError>,
> {
    client.organization().get_organizations_authentication_settings().await
}

/// What the mock answers.
fn answer() -> types::OrgAuthSettings {
    types::OrgAuthSettings::new()
        .with_multifactor_authentication_required(true)
        .with_domain_allowlist_enabled(true)
        .with_domain_allowlist(vec!["example.com".to_string()])
}

/// A test: the mock answers a typed value, the code under test gets it, and the mock checks
/// that it was called once.
async fn mock_an_answer() {
    let mock = MockServer::start().await;
    mock.organization()
        .get_organizations_authentication_settings()
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
    mock.organization()
        .get_organizations_authentication_settings()
        .fails_with(
            apis::organization::GetOrganizationsAuthenticationSettingsError::BadRequest(
                types::ErrorBody::new()
                    .with_message("The requested resource was not found.")
                    .with_code("not.found")
                    .with_status(404),
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
        Some(apis::organization::GetOrganizationsAuthenticationSettingsError::BadRequest(_)))
    );
}

#[tokio::main]
async fn main() {
    mock_an_answer().await;
    mock_an_error().await;
}
