//! genesys-cloud: an application's organization and trust code, tested against the mocks.

use futures::{FutureExt, TryStreamExt};
use genesys_cloud::apis::organization::GetOrganizationsMeError;
use genesys_cloud::apis::organization_authorization::{
    GetOrgauthorizationTrusteeError, GetOrgauthorizationTrusteesError,
    PostOrgauthorizationTrusteesError,
};
use genesys_cloud::mock::{wiremock, MockServer, MOCK_SECRET};
use genesys_cloud::{types, Client, Error};

use crate::bodies::genesys_cloud::{self as bodies, TRUSTEE_ORG};

// The application code under test: it knows nothing of mocks, only of `Client`.

/// A greeting for the caller's organization.
async fn greeting(client: &Client) -> Result<String, Error<GetOrganizationsMeError>> {
    let org = client.organization().get_organizations_me().await?;
    let name = org.name.as_deref().unwrap_or("an unnamed organization");
    Ok(format!("Hello from {name} (v{})", org.version))
}

/// Whether the trust with `org_id` is enabled; `None` when there is no such trustee.
async fn trust_enabled(
    client: &Client,
    org_id: &str,
) -> Result<Option<bool>, Error<GetOrgauthorizationTrusteeError>> {
    let trustee = client
        .organization_authorization()
        .get_orgauthorization_trustee(org_id)
        .await;
    match trustee {
        Ok(trustee) => Ok(Some(trustee.enabled)),
        Err(Error::Api(error))
            if matches!(error.body, GetOrgauthorizationTrusteeError::NotFound(_)) =>
        {
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// The ids of every trustee, 25 a page.
async fn trustee_ids(
    client: &Client,
) -> Result<Vec<String>, Error<GetOrgauthorizationTrusteesError>> {
    let trustees: Vec<types::Trustee> = client
        .organization_authorization()
        .get_orgauthorization_trustees()
        .page_size(25)
        .into_stream()
        .try_collect()
        .await?;
    Ok(trustees.into_iter().filter_map(|t| t.id).collect())
}

/// Trusts the organization that made the pairing, for one user as admin.
async fn trust(
    client: &Client,
    pairing_id: &str,
    enabled: bool,
) -> Result<Option<String>, Error<PostOrgauthorizationTrusteesError>> {
    let mut request = bodies::post_orgauthorization_trustees();
    request.pairing_id = pairing_id.into();
    request.enabled = enabled;
    let trustee = client
        .organization_authorization()
        .post_orgauthorization_trustees(request)
        .await?;
    Ok(trustee.id)
}

// The tests.

fn trustee(id: &str, enabled: bool) -> types::Trustee {
    types::Trustee::new(enabled).with_id(id)
}

fn listing(ids: &[&str], page_number: i32, page_count: i32) -> types::TrustEntityListing {
    types::TrustEntityListing::new()
        .with_entities(ids.iter().map(|id| trustee(id, true)).collect())
        .with_page_size(25)
        .with_page_number(page_number)
        .with_page_count(page_count)
}

#[tokio::test]
async fn a_typed_answer_reaches_the_code_under_test() {
    let mock = MockServer::start().await;
    mock.organization()
        .get_organizations_me()
        .returns(bodies::put_organizations_me())
        .expect(1)
        .mount()
        .await;

    let greeting = greeting(&mock.client()).await.expect("a greeting");

    assert_eq!(greeting, "Hello from Acme Corp (v12)");
}

#[tokio::test]
async fn a_typed_error_reaches_the_code_under_test_at_its_status() {
    let mock = MockServer::start().await;
    let body = types::ErrorBody::new()
        .with_message("The token has expired")
        .with_code("authentication.required");
    mock.organization()
        .get_organizations_me()
        .fails_with(GetOrganizationsMeError::Unauthorized(body.clone()))
        .expect(1)
        .mount()
        .await;

    let error = greeting(&mock.client()).await.expect_err("a 401");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    match error.api_error() {
        Some(GetOrganizationsMeError::Unauthorized(received)) => assert_eq!(received, &body),
        other => panic!("expected the typed 401, got {other:?} ({error})"),
    }
}

#[tokio::test]
async fn a_path_parameter_narrows_the_mock_to_its_value() {
    let mock = MockServer::start().await;
    let trustees = mock.organization_authorization();
    trustees
        .get_orgauthorization_trustee()
        .trustee_org_id(TRUSTEE_ORG)
        .returns(trustee(TRUSTEE_ORG, true))
        .expect(1)
        .with_priority(1)
        .mount()
        .await;
    trustees
        .get_orgauthorization_trustee()
        .fails_with(GetOrgauthorizationTrusteeError::NotFound(
            types::ErrorBody::default(),
        ))
        .expect(1)
        .mount()
        .await;

    let client = mock.client();
    assert_eq!(
        trust_enabled(&client, TRUSTEE_ORG).await.ok(),
        Some(Some(true))
    );
    assert_eq!(
        trust_enabled(&client, "someone-else").await.ok(),
        Some(None)
    );
}

#[tokio::test]
async fn query_parameters_narrow_the_mock_and_pages_follow_each_other() {
    let mock = MockServer::start().await;
    let trustees = mock.organization_authorization();
    trustees
        .get_orgauthorization_trustees()
        .page_size(25)
        .page_number(2)
        .returns(listing(&["c"], 2, 2))
        .expect(1)
        .with_priority(1)
        .mount()
        .await;
    trustees
        .get_orgauthorization_trustees()
        .page_size(25)
        .returns(listing(&["a", "b"], 1, 2))
        .expect(1)
        .mount()
        .await;

    let ids = trustee_ids(&mock.client()).await.expect("every page");

    assert_eq!(ids, ["a", "b", "c"]);
}

#[tokio::test]
async fn a_body_matcher_accepts_only_the_body_the_client_sends_for_that_value() {
    let mock = MockServer::start().await;
    let expected = bodies::post_orgauthorization_trustees();
    mock.organization_authorization()
        .post_orgauthorization_trustees()
        .body(expected.clone())
        .returns(trustee(TRUSTEE_ORG, true))
        .expect(1)
        .mount()
        .await;

    let client = mock.client();
    let created = trust(&client, &expected.pairing_id, true).await;
    assert_eq!(created.ok(), Some(Some(TRUSTEE_ORG.to_string())));
    // Another body matches no mock: the server answers an empty 404.
    let refused = trust(&client, &expected.pairing_id, false).await;
    let status = refused.err().and_then(|error| error.status());
    assert_eq!(status.map(|s| s.as_u16()), Some(404));
    assert_eq!(mock.received_requests().await.len(), 2);
}

#[tokio::test]
async fn the_mock_client_authenticates_and_any_matcher_can_be_added() {
    let mock = MockServer::start().await;
    mock.organization()
        .get_organizations_me()
        .matching(wiremock::matchers::header(
            "authorization",
            format!("Bearer {MOCK_SECRET}").as_str(),
        ))
        .matching(|request: &wiremock::Request| request.url.query().is_none())
        .returns(bodies::put_organizations_me())
        .expect(1)
        .mount()
        .await;

    assert!(greeting(&mock.client()).await.is_ok());
    let anonymous = Client::builder()
        .base_url(mock.uri())
        .build()
        .expect("a client");
    let error = greeting(&anonymous).await.expect_err("no credentials");
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
}

#[tokio::test]
async fn a_failure_then_a_success_is_retried_through() {
    let mock = MockServer::start().await;
    let org = mock.organization();
    org.get_organizations_me()
        .fails_with(GetOrganizationsMeError::ServiceUnavailable(
            types::ErrorBody::default(),
        ))
        .up_to_n_times(1)
        .expect(1)
        .mount()
        .await;
    org.get_organizations_me()
        .returns(bodies::put_organizations_me())
        .expect(1)
        .mount()
        .await;

    let client = mock
        .client_builder()
        .max_retries(1)
        .build()
        .expect("a client");

    assert!(greeting(&client).await.is_ok());
}

#[tokio::test]
async fn an_unmet_expectation_fails_the_test_naming_the_operation() {
    let mock = MockServer::start().await;
    mock.organization()
        .get_organizations_me()
        .returns(bodies::put_organizations_me())
        .expect(1)
        .mount()
        .await;

    let verified = std::panic::AssertUnwindSafe(mock.verify())
        .catch_unwind()
        .await;

    let panic = verified.expect_err("an unmet expectation panics");
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("getOrganizationsMe"), "{message}");
    // Forget the mock, or dropping the server would fail this test too.
    mock.reset().await;
}
