//! `genesys-cloud`'s `organization` module, its operations on `/api/v2/organizations/limits`:
//! one test per operation.

use ::genesys_cloud::types as t;
use serde_json::json;

use super::super::{change_request, API};
use crate::common::bodies::genesys_cloud::{self as bodies, REQUEST_ID};
use crate::exchange::*;

#[tokio::test]
async fn get_organizations_limits_changerequests() {
    let listing = get("/api/v2/organizations/limits/changerequests")
        .query("after=1696118400000&before=1727740800000&status=Approved&pageSize=25&expand=statusHistory")
        .answer(
            200,
            json!({
                "entities": [change_request(REQUEST_ID, "Approved")],
                "selfUri": "/api/v2/organizations/limits/changerequests?pageSize=25",
                "nextUri": "/api/v2/organizations/limits/changerequests?pageSize=25&cursor=abc"
            }),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_limits_changerequests()
                .after(1_696_118_400_000)
                .before(1_727_740_800_000)
                .status(t::GetOrganizationsLimitsChangerequestsStatus::Approved)
                .page_size(25)
                .expand(vec![
                    t::GetOrganizationsLimitsChangerequestsExpandItem::StatusHistory,
                ])
        })
        .await;
    let entities = listing.entities.unwrap();
    assert_eq!(
        entities[0].status,
        Some(t::LimitChangeRequestDetailsStatus::Approved)
    );
    assert_eq!(
        entities[0].namespace,
        t::LimitChangeRequestDetailsNamespace::PlatformApi
    );
    assert!(listing.next_uri.unwrap().contains("cursor=abc"));
}

#[tokio::test]
async fn post_organizations_limits_changerequests() {
    let body = json!({
        "key": "max.concurrent.requests",
        "namespace": "platform.api",
        "requestedValue": 500.0,
        "description": "Black Friday traffic",
        "supportCaseUrl": "https://support.example.com/cases/12345"
    });
    let created = post("/api/v2/organizations/limits/changerequests", body)
        .answer(200, change_request(REQUEST_ID, "Open"))
        .ok(&API, |c| {
            c.organization().post_organizations_limits_changerequests(
                bodies::post_organizations_limits_changerequests(),
            )
        })
        .await;
    assert_eq!(created.id.as_deref(), Some(REQUEST_ID));
    assert_eq!(
        created.status,
        Some(t::LimitChangeRequestDetailsStatus::Open)
    );
    assert_eq!(created.current_value, Some(300.0));
}

#[tokio::test]
async fn get_organizations_limits_changerequest() {
    let request = get(format!(
        "/api/v2/organizations/limits/changerequests/{REQUEST_ID}"
    ))
    .answer(200, change_request(REQUEST_ID, "Pending"))
    .ok(&API, |c| {
        c.organization()
            .get_organizations_limits_changerequest(REQUEST_ID)
    })
    .await;
    assert_eq!(request.requested_value, 500.0);
    assert_eq!(request.status_history.unwrap().len(), 1);
}

#[tokio::test]
async fn patch_organizations_limits_changerequest() {
    let mut answer = change_request(REQUEST_ID, "Rejected");
    answer["rejectReason"] = json!("IncreaseNotRequired");
    let updated = patch(
        format!("/api/v2/organizations/limits/changerequests/{REQUEST_ID}"),
        json!({"status": "Rejected", "rejectReason": "IncreaseNotRequired"}),
    )
    .answer(200, answer)
    .ok(&API, |c| {
        c.organization().patch_organizations_limits_changerequest(
            REQUEST_ID,
            bodies::patch_organizations_limits_changerequest(),
        )
    })
    .await;
    assert_eq!(
        updated.reject_reason,
        Some(t::LimitChangeRequestDetailsRejectReason::IncreaseNotRequired)
    );
}

#[tokio::test]
async fn get_organizations_limits_docs() {
    let docs = get("/api/v2/organizations/limits/docs")
        .answer(
            200,
            json!({"url": "https://developer.genesys.cloud/organization/organization/limits"}),
        )
        .ok(&API, |c| c.organization().get_organizations_limits_docs())
        .await;
    assert_eq!(
        docs.url.as_deref(),
        Some("https://developer.genesys.cloud/organization/organization/limits")
    );
}

#[tokio::test]
async fn get_organizations_limits_namespaces() {
    let namespaces = get("/api/v2/organizations/limits/namespaces")
        .query("pageSize=100&pageNumber=2")
        .answer(
            200,
            json!({
                "entities": [{"name": "platform.api"}, {"name": "routing"}],
                "pageSize": 100,
                "pageNumber": 2,
                "pageCount": 2
            }),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_limits_namespaces()
                .page_size(100)
                .page_number(2)
        })
        .await;
    assert_eq!(namespaces["entities"][1]["name"], "routing");
    assert_eq!(namespaces["pageNumber"], 2);
}

#[tokio::test]
async fn get_organizations_limits_namespace() {
    let limits = get("/api/v2/organizations/limits/namespaces/platform.api")
        .answer(
            200,
            json!({"entities": [
                {"key": "max.concurrent.requests", "namespace": "platform.api", "value": 300},
                {"key": "max.requests.per.minute", "namespace": "platform.api", "value": 3000}
            ]}),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_limits_namespace("platform.api")
        })
        .await;
    let entities = limits.entities.unwrap();
    assert_eq!(entities[1].value, Some(3000));
    assert_eq!(entities[0].namespace, Some(t::LimitNamespace::PlatformApi));
}

#[tokio::test]
async fn get_organizations_limits_namespace_defaults() {
    let limits = get("/api/v2/organizations/limits/namespaces/web.messaging/defaults")
        .answer(
            200,
            json!({"entities": [
                {"key": "max.sessions", "namespace": "web.messaging", "value": 1000}
            ]}),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_limits_namespace_defaults("web.messaging")
        })
        .await;
    let entities = limits.entities.unwrap();
    assert_eq!(entities[0].key.as_deref(), Some("max.sessions"));
    assert_eq!(entities[0].namespace, Some(t::LimitNamespace::WebMessaging));
}
