//! archera-organizations: a `default` error, a `204` and a body with an explicit `null`,
//! tested against the mocks.

use archera_organizations::apis::organizations_beta::{
    DeleteOrganizationError, GetOrganizationError, UpdateOrganizationError,
};
use archera_organizations::mock::MockServer;
use archera_organizations::{types, Client, Error};

use crate::bodies::archera_organizations::{self as bodies, ORG_ID};

fn org_id() -> uuid::Uuid {
    ORG_ID.parse().expect("a uuid")
}

/// The application code under test: removes an organization, and says whether it existed.
async fn remove(client: &Client, id: uuid::Uuid) -> Result<bool, Error<DeleteOrganizationError>> {
    match client.organizations_beta().delete_organization(id).await {
        Ok(()) => Ok(true),
        Err(Error::Api(error)) if matches!(error.body, DeleteOrganizationError::NotFound(_)) => {
            Ok(false)
        }
        Err(error) => Err(error),
    }
}

/// Renames an organization and clears its domain.
async fn rename(
    client: &Client,
    id: uuid::Uuid,
    name: &str,
) -> Result<types::OrganizationDetail, Error<UpdateOrganizationError>> {
    let request = bodies::update_organization().with_name(name);
    client
        .organizations_beta()
        .update_organization(id, request)
        .await
}

fn detail(name: &str) -> types::OrganizationDetail {
    types::OrganizationDetail::new(
        org_id(),
        name,
        "2024-05-01T12:00:00Z".parse().expect("a date-time"),
    )
    .with_domain(None)
}

#[tokio::test]
async fn a_no_content_answer_and_a_not_found() {
    let mock = MockServer::start().await;
    let beta = mock.organizations_beta();
    beta.delete_organization()
        .org_id(org_id())
        .returns(())
        .expect(1)
        .with_priority(1)
        .mount()
        .await;
    beta.delete_organization()
        .fails_with(DeleteOrganizationError::NotFound(
            types::ApiErrorResponse::default(),
        ))
        .expect(1)
        .mount()
        .await;

    let client = mock.client();
    assert_eq!(remove(&client, org_id()).await.ok(), Some(true));
    assert_eq!(remove(&client, uuid::Uuid::nil()).await.ok(), Some(false));
}

#[tokio::test]
async fn the_default_error_is_answered_at_a_status_no_other_response_claims() {
    let mock = MockServer::start().await;
    let body = types::ApiErrorResponse::new()
        .with_code(503)
        .with_message("maintenance");
    mock.organizations_beta()
        .get_organization()
        .fails_with(GetOrganizationError::Default(body.clone()))
        .mount()
        .await;

    let result = mock
        .client()
        .organizations_beta()
        .get_organization(org_id())
        .await;

    let error = result.expect_err("an error");
    // 500 has a response of its own, so `default` is answered with 501.
    assert_eq!(error.status().map(|s| s.as_u16()), Some(501));
    match error.api_error() {
        Some(GetOrganizationError::Default(received)) => assert_eq!(received, &body),
        other => panic!("expected the default error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_body_with_an_explicit_null_is_matched_as_sent() {
    let mock = MockServer::start().await;
    mock.organizations_beta()
        .update_organization()
        .org_id(org_id())
        .body(bodies::update_organization().with_name("Acme Inc"))
        .returns(detail("Acme Inc"))
        .expect(1)
        .mount()
        .await;

    let renamed = rename(&mock.client(), org_id(), "Acme Inc").await;
    assert_eq!(renamed.ok(), Some(detail("Acme Inc")));
    // The body without the `null` domain is another request.
    let unmatched = mock
        .client()
        .organizations_beta()
        .update_organization(
            org_id(),
            types::OrganizationUpdateRequest::new().with_name("Acme Inc"),
        )
        .await;
    assert_eq!(
        unmatched.err().and_then(|e| e.status()).map(|s| s.as_u16()),
        Some(404)
    );
}
