//! The test kit (`mock` feature) where its names collide and its answers are unusual: the
//! accessors `client2` and `verify2` (the mock server has `client` and `verify`), the
//! parameter matchers `returns2` and `matching2`, header and cookie matchers, two success
//! types, errors documented as `404` without a body, as `4XX` and as a text `default`, and a
//! form body.

use fixture_mock_names::apis::client::{GetClientError, GetClientResponse};
use fixture_mock_names::mock::MockServer;
use fixture_mock_names::types;

fn thing() -> types::Thing {
    types::Thing::new("widget")
}

#[tokio::test]
async fn every_parameter_matcher_compares_what_the_client_sends() {
    let mock = MockServer::start().await;
    mock.client2()
        .get_client()
        .id("a b")
        .returns2(3)
        .matching2(vec!["x".into(), "y,z".into()])
        .x_trace("t-1")
        .session("s 1")
        .returns(GetClientResponse::Ok(thing()))
        .expect(1)
        .mount()
        .await;
    let client = mock.client();
    let request = || {
        client
            .client()
            .get_client("a b")
            .returns(3)
            .matching(vec!["x".into(), "y,z".into()])
            .x_trace("t-1")
    };

    let answer = request().session("s 1").await.unwrap();
    assert!(matches!(answer, GetClientResponse::Ok(t) if t == thing()));
    // One value off: no mock matches.
    let other = request().session("s 2").await.unwrap_err();
    assert_eq!(other.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn a_second_success_response_is_answered_at_its_status() {
    let mock = MockServer::start().await;
    mock.client2()
        .get_client()
        .returns(GetClientResponse::Accepted(types::Pending::new().with_eta(5)))
        .mount()
        .await;

    let response = mock.client().client().get_client("c").send_with_response().await.unwrap();

    assert_eq!(response.status().as_u16(), 202);
    assert!(matches!(response.data(), GetClientResponse::Accepted(p) if p.eta == Some(5)));
}

#[tokio::test]
async fn errors_without_a_body_in_a_range_and_as_default_text() {
    let mock = MockServer::start().await;
    let clients = mock.client2();
    clients.get_client().id("gone").fails_with(GetClientError::NotFound).mount().await;
    let problem = types::Problem::new().with_detail("bad id");
    clients
        .get_client()
        .id("bad")
        .fails_with(GetClientError::ClientError(problem.clone()))
        .mount()
        .await;
    clients
        .get_client()
        .id("down")
        .fails_with(GetClientError::Default("maintenance".into()))
        .mount()
        .await;
    let client = mock.client();

    let gone = client.client().get_client("gone").await.unwrap_err();
    assert_eq!(gone.status().map(|s| s.as_u16()), Some(404));
    assert!(matches!(gone.api_error(), Some(GetClientError::NotFound)));
    let bad = client.client().get_client("bad").await.unwrap_err();
    assert_eq!(bad.status().map(|s| s.as_u16()), Some(400));
    assert!(matches!(bad.api_error(), Some(GetClientError::ClientError(p)) if *p == problem));
    let down = client.client().get_client("down").await.unwrap_err();
    assert_eq!(down.status().map(|s| s.as_u16()), Some(500));
    assert!(matches!(down.api_error(), Some(GetClientError::Default(t)) if t == "maintenance"));
}

#[tokio::test]
async fn a_form_body_is_matched_and_a_text_answer_returned() {
    let mock = MockServer::start().await;
    let body = types::VerifyBody::new("12 34").with_attempts(2);
    mock.verify2()
        .verify()
        .body(body.clone())
        .returns("verified".to_string())
        .expect(1)
        .mount()
        .await;
    let client = mock.client();

    assert_eq!(client.verify().verify(body).await.unwrap(), "verified");
    let other = types::VerifyBody::new("12 34");
    assert!(client.verify().verify(other).await.is_err());
}

#[tokio::test]
async fn a_multipart_body_is_matched_part_by_part() {
    use fixture_mock_names::runtime::FilePart;

    let mock = MockServer::start().await;
    let file = FilePart::new(b"%PDF-1.7".to_vec())
        .with_filename("q3 \"final\".pdf")
        .with_content_type("application/pdf");
    let body = types::UploadBody::new("report", file.clone()).with_copies(2);
    mock.verify2().upload().body(body.clone()).returns(()).expect(1).mount().await;
    let client = mock.client();

    client.verify().upload(body).await.unwrap();
    let others = [
        types::UploadBody::new("report", file.clone()),
        types::UploadBody::new("report", file.clone().with_filename("q4.pdf")).with_copies(2),
        types::UploadBody::new("report", FilePart::new(b"%PDF-1.6".to_vec())).with_copies(2),
    ];
    for other in others {
        let error = client.verify().upload(other).await.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "no mock matches");
    }
}
