//! `archera-organizations`: one test per operation, and every documented error of
//! `update_organization`.

use ::archera_organizations::apis::organizations_beta::UpdateOrganizationError;
use ::archera_organizations::types as t;
use ::archera_organizations::Client;
use serde_json::{json, Value};

use crate::common::bodies::archera_organizations::{self as bodies, *};
use crate::common::{archera, archera_auth};
use crate::exchange::*;

const API: Api<Client> = Api::new(archera, archera_auth);

fn detail(name: &str) -> Value {
    json!({
        "id": ORG_ID,
        "name": name,
        "domain": "acme.com",
        "created_at": "2023-04-12T09:30:00Z",
        "address": {"line1": "500 Main St", "city": "Springfield", "state": "IL",
                    "postal_code": "62701", "country": "US"}
    })
}

#[tokio::test]
async fn list_organizations() {
    let orgs = get("/beta/v1/organizations")
        .answer(
            200,
            json!([
                {"id": ORG_ID, "name": "Acme Corp", "domain": "acme.com", "role": "admin",
                 "kind": "direct", "is_primary": true, "denied_permissions": []},
                {"id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "name": "Globex", "domain": null,
                 "role": "restricted_user", "kind": "partnership", "is_primary": false,
                 "denied_permissions": ["PurchasePlanV2:execute"]}
            ]),
        )
        .ok(&API, |c| c.organizations_beta().list_organizations())
        .await;
    assert_eq!(orgs.len(), 2);
    assert_eq!(orgs[0].role, t::OrganizationMembershipRole::Admin);
    assert_eq!(orgs[0].domain, Some(Some("acme.com".to_owned())));
    assert!(orgs[0].is_primary);
    assert_eq!(orgs[1].kind, t::OrganizationMembershipKind::Partnership);
    assert_eq!(orgs[1].domain, Some(None), "explicit null kept");
    assert_eq!(orgs[1].denied_permissions, ["PurchasePlanV2:execute"]);
}

#[tokio::test]
async fn get_organization() {
    let org = get(format!("/beta/v1/organizations/{ORG_ID}"))
        .answer(200, detail("Acme Corp"))
        .ok(&API, |c| {
            c.organizations_beta()
                .get_organization(ORG_ID.parse().unwrap())
        })
        .await;
    assert_eq!(org.id.to_string(), ORG_ID);
    assert_eq!(org.created_at.to_rfc3339(), "2023-04-12T09:30:00+00:00");
    assert_eq!(org.address.unwrap().unwrap()["city"], json!("Springfield"));
}

/// The status an `UpdateOrganizationError` variant stands for (`None` for `default`).
fn update_error(error: &UpdateOrganizationError) -> (Option<u16>, &t::ApiErrorResponse) {
    use UpdateOrganizationError as E;
    match error {
        E::BadRequest(body) => (Some(400), body),
        E::Unauthorized(body) => (Some(401), body),
        E::Forbidden(body) => (Some(403), body),
        E::NotFound(body) => (Some(404), body),
        E::MethodNotAllowed(body) => (Some(405), body),
        E::Conflict(body) => (Some(409), body),
        E::UnprocessableEntity(body) => (Some(422), body),
        E::InternalServerError(body) => (Some(500), body),
        E::Default(body) => (None, body),
        other => panic!("a variant this test does not know: {other:?}"),
    }
}

#[tokio::test]
async fn update_organization() {
    let request = patch(
        format!("/beta/v1/organizations/{ORG_ID}"),
        json!({"name": "Acme Corporation", "domain": null,
               "address": {"line1": "1 Market St", "city": "San Francisco"}}),
    );
    let update = |c: &Client| {
        c.organizations_beta()
            .update_organization(ORG_ID.parse().unwrap(), bodies::update_organization())
    };
    let updated = request
        .clone()
        .answer(
            200,
            json!({"id": ORG_ID, "name": "Acme Corporation", "domain": null,
                   "created_at": "2023-04-12T09:30:00Z",
                   "address": {"line1": "1 Market St", "city": "San Francisco"}}),
        )
        .ok(&API, update)
        .await;
    assert_eq!(updated.name, "Acme Corporation");
    assert_eq!(updated.domain, Some(None));

    // Every documented status, and one the `default` response covers.
    for (status, name, documented) in [
        (400, "Bad Request", true),
        (401, "Unauthorized", true),
        (403, "Forbidden", true),
        (404, "Not Found", true),
        (405, "Method Not Allowed", true),
        (409, "Conflict", true),
        (422, "Unprocessable Entity", true),
        (500, "Internal Server Error", true),
        (502, "Bad Gateway", false),
    ] {
        let errors = if status == 422 {
            json!({"json": {"domain": ["Not a valid domain."]}})
        } else {
            json!({})
        };
        let body = json!({"code": status, "status": name,
                          "message": format!("update failed with {status}"), "errors": errors});
        let err = request.clone().answer(status, body).err(&API, update).await;
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        let Some(api) = err.api_error() else {
            panic!("{status}: expected Error::Api, got {err:?}");
        };
        let (variant_status, error_body) = update_error(api);
        assert_eq!(variant_status, documented.then_some(status), "{api:?}");
        assert_eq!(error_body.code, Some(i64::from(status)));
        assert_eq!(error_body.status.as_deref(), Some(name));
        assert_eq!(
            error_body.message.as_deref(),
            Some(format!("update failed with {status}").as_str())
        );
        if status == 422 {
            assert_eq!(
                error_body.errors.as_ref().unwrap()["json"]["domain"][0],
                "Not a valid domain."
            );
        }
    }
}

#[tokio::test]
async fn delete_organization() {
    let result = delete(format!("/beta/v1/organizations/{ORG_ID}"))
        .answer_empty(204)
        .ok(&API, |c| {
            c.organizations_beta()
                .delete_organization(ORG_ID.parse().unwrap())
                .send_with_response()
        })
        .await;
    assert_eq!(result.status().as_u16(), 204);
}
