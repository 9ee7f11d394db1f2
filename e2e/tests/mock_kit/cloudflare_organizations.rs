//! cloudflare-organizations: enveloped answers (`{"result": .., "success": true}`) and a
//! `4XX` error, tested against the mocks.

use cloudflare_organizations::apis::organizations::OrganizationsRetrieveError;
use cloudflare_organizations::mock::MockServer;
use cloudflare_organizations::{types, Client, Error};

use crate::bodies::cloudflare_organizations::{self as bodies, ORG_ID};

/// The application code under test: an organization's name and business email.
async fn contact(
    client: &Client,
    org_id: &str,
) -> Result<String, Error<OrganizationsRetrieveError>> {
    let org = client
        .organizations()
        .organizations_retrieve(org_id)
        .await?;
    let email = org.profile.map(|p| p.business_email).unwrap_or_default();
    Ok(format!("{} <{email}>", org.name))
}

fn organization() -> types::Organization {
    types::Organization::new("Acme Corporation")
        .with_id(ORG_ID)
        .with_profile(bodies::organizations_modify_profile())
}

#[tokio::test]
async fn the_answer_is_sent_in_the_envelope_and_the_client_takes_it_out() {
    let mock = MockServer::start().await;
    let guard = mock
        .organizations()
        .organizations_retrieve()
        .organization_id(ORG_ID)
        .returns(organization())
        .expect(1)
        .mount_as_scoped()
        .await;

    let contact = contact(&mock.client(), ORG_ID).await.expect("a contact");

    assert_eq!(contact, "Acme Corporation <billing@acme.example.com>");
    let received = guard.received_requests().await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].url.path(), format!("/organizations/{ORG_ID}"));
}

#[tokio::test]
async fn a_range_error_is_answered_at_the_first_status_of_its_range() {
    let mock = MockServer::start().await;
    let refusal = types::V4ErrorResponse::new(
        vec![types::V4Message::new(1003, "Invalid organization id")],
        Vec::new(),
        false,
    );
    mock.organizations()
        .organizations_retrieve()
        .fails_with(OrganizationsRetrieveError::ClientError(refusal.clone()))
        .expect(1)
        .mount()
        .await;

    let error = contact(&mock.client(), "nope").await.expect_err("a 4XX");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    match error.api_error() {
        Some(OrganizationsRetrieveError::ClientError(body)) => assert_eq!(body, &refusal),
        other => panic!("expected the typed 4XX, got {other:?} ({error})"),
    }
}

#[tokio::test]
async fn fails_with_status_picks_another_status_of_the_range() {
    let mock = MockServer::start().await;
    let refusal = types::V4ErrorResponse::new(Vec::new(), Vec::new(), false);
    mock.organizations()
        .organizations_retrieve()
        .fails_with_status(403, OrganizationsRetrieveError::ClientError(refusal))
        .mount()
        .await;

    let error = contact(&mock.client(), ORG_ID).await.expect_err("a 403");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
    assert!(matches!(
        error.api_error(),
        Some(OrganizationsRetrieveError::ClientError(_))
    ));
}
