//! `cloudflare-organizations`: one test per operation, and every documented error of
//! `Organizations_modifyProfile`.

use ::cloudflare_organizations::apis::organizations::OrganizationsModifyProfileError;
use ::cloudflare_organizations::Client;
use serde_json::{json, Value};

use crate::common::bodies::cloudflare_organizations::{self as bodies, *};
use crate::common::{cloudflare, cloudflare_auth};
use crate::exchange::*;

const API: Api<Client> = Api::new(cloudflare, cloudflare_auth);

fn envelope(result: Value) -> Value {
    json!({"success": true, "errors": [], "messages": [], "result": result})
}

fn profile() -> Value {
    json!({
        "business_address": "101 Townsend St, San Francisco, CA 94107, USA",
        "business_email": "billing@acme.example.com",
        "business_name": "Acme Corporation",
        "business_phone": "+1 415 555 0100",
        "external_metadata": "{\"crm_id\":\"ACME-0042\"}"
    })
}

fn organization(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "create_time": "2019-12-27T18:11:19.117Z",
        "meta": {
            "flags": {
                "account_creation": "enabled",
                "account_deletion": "enabled",
                "account_migration": "disabled",
                "account_mobility": "disabled",
                "sub_org_creation": "enabled"
            },
            "managed_by": "cloudflare"
        },
        "name": name,
        "parent": {"id": PARENT_ID, "name": "Acme Holdings"},
        "profile": profile()
    })
}

#[tokio::test]
async fn organization_list_organizations() {
    let orgs = get("/organizations")
        .query(format!(
            "id={ORG_ID}&id=c9d1e5f4&name=Acme%20Corporation&name.endsWith=Corporation\
             &containing.user=7c5dae5552338874e5053f2534d2767a&containing.organization=b8c0d4e3\
             &page_token=eyJvZmZzZXQiOjEwfQ&page_size=10"
        ))
        .answer(
            200,
            json!({
                "success": true, "errors": [],
                "messages": [{"code": 1000, "message": "ok"}],
                "result": [organization(ORG_ID, "Acme Corporation")],
                "result_info": {"total_size": 11}
            }),
        )
        .ok(&API, |c| {
            c.organizations()
                .organization_list_organizations()
                .id(vec![ORG_ID.into(), "c9d1e5f4".into()])
                .name("Acme Corporation")
                .name_ends_with("Corporation")
                .containing_user("7c5dae5552338874e5053f2534d2767a")
                .containing_organization("b8c0d4e3")
                .page_token("eyJvZmZzZXQiOjEwfQ")
                .page_size(10)
        })
        .await;
    assert_eq!(orgs.len(), 1);
    assert_eq!(
        orgs[0].parent.as_ref().unwrap().name.as_deref(),
        Some("Acme Holdings")
    );
    assert_eq!(
        orgs[0]
            .meta
            .as_ref()
            .unwrap()
            .flags
            .as_ref()
            .unwrap()
            .sub_org_creation,
        "enabled"
    );
}

#[tokio::test]
async fn organizations_create_user_organization() {
    let created = post(
        "/organizations",
        json!({"name": "Acme Corporation", "parent": {"id": PARENT_ID}, "profile": profile()}),
    )
    .answer(200, envelope(organization(ORG_ID, "Acme Corporation")))
    .ok(&API, |c| {
        c.organizations().organizations_create_user_organization(
                bodies::organizations_create_user_organization(),
            )
    })
    .await;
    assert_eq!(created.id.as_deref(), Some(ORG_ID));
    assert_eq!(
        created.create_time.unwrap().to_rfc3339(),
        "2019-12-27T18:11:19.117+00:00"
    );
}

#[tokio::test]
async fn organizations_retrieve() {
    let org = get(format!("/organizations/{ORG_ID}"))
        .answer(200, envelope(organization(ORG_ID, "Acme Corporation")))
        .ok(&API, |c| c.organizations().organizations_retrieve(ORG_ID))
        .await;
    assert_eq!(org.name, "Acme Corporation");
    assert_eq!(org.meta.unwrap().managed_by.as_deref(), Some("cloudflare"));
    assert_eq!(
        org.profile.unwrap().business_email,
        "billing@acme.example.com"
    );
}

#[tokio::test]
async fn organizations_modify() {
    let org = put(
        format!("/organizations/{ORG_ID}"),
        json!({"name": "Acme Corp (EMEA)"}),
    )
    .answer(200, envelope(organization(ORG_ID, "Acme Corp (EMEA)")))
    .ok(&API, |c| {
        c.organizations()
            .organizations_modify(ORG_ID, bodies::organizations_modify())
    })
    .await;
    assert_eq!(org.name, "Acme Corp (EMEA)");
}

#[tokio::test]
async fn organizations_delete() {
    let deleted = delete(format!("/organizations/{ORG_ID}"))
        .answer(200, envelope(json!({"id": ORG_ID})))
        .ok(&API, |c| c.organizations().organizations_delete(ORG_ID))
        .await;
    assert_eq!(deleted.id, ORG_ID);
}

#[tokio::test]
async fn organizations_get_profile() {
    let profile = get(format!("/organizations/{ORG_ID}/profile"))
        .answer(200, envelope(profile()))
        .ok(&API, |c| {
            c.organizations().organizations_get_profile(ORG_ID)
        })
        .await;
    assert_eq!(profile.business_phone, "+1 415 555 0100");
    assert_eq!(profile, bodies::organizations_modify_profile());
}

#[tokio::test]
async fn organizations_modify_profile() {
    let request = put(format!("/organizations/{ORG_ID}/profile"), profile());
    let result = request
        .clone()
        .answer_empty(204)
        .ok(&API, |c| {
            c.organizations()
                .organizations_modify_profile(ORG_ID, bodies::organizations_modify_profile())
                .send_with_response()
        })
        .await;
    assert_eq!(result.status().as_u16(), 204);

    // The spec documents `4XX` (the V4 error envelope): every 4xx status is the typed
    // `ClientError`; a 5xx is not documented.
    let modify_profile = |c: &Client| {
        c.organizations()
            .organizations_modify_profile(ORG_ID, bodies::organizations_modify_profile())
            .with_max_retries(0)
    };
    for status in [400, 401, 403, 404, 405, 409, 413, 422, 429] {
        let message = format!("profile update failed with {status}");
        let err = request
            .clone()
            .answer(
                status,
                json!({"success": false, "messages": [],
                       "errors": [{"code": 10000 + u32::from(status), "message": message,
                                   "source": {"pointer": "/business_email"}}]}),
            )
            .err(&API, modify_profile)
            .await;
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        match &err {
            ::cloudflare_organizations::Error::Api(api) => match &api.body {
                OrganizationsModifyProfileError::ClientError(body) => {
                    assert!(!body.success);
                    assert_eq!(body.errors[0].message, message);
                    assert_eq!(body.errors[0].code, 10000 + i64::from(status));
                    assert_eq!(
                        body.errors[0].source.as_ref().unwrap().pointer.as_deref(),
                        Some("/business_email")
                    );
                }
                other => panic!("{status}: expected ClientError, got {other:?}"),
            },
            other => panic!("{status}: expected Error::Api, got {other:?}"),
        }
    }
    let err = request
        .answer(
            500,
            json!({"success": false, "messages": [], "errors": [{"code": 10001, "message": "internal"}]}),
        )
        .err(&API, modify_profile)
        .await;
    // An undocumented status whose envelope reports failure carries the envelope's errors.
    match &err {
        ::cloudflare_organizations::Error::Envelope(failure) => {
            assert_eq!(failure.status.as_u16(), 500);
            assert_eq!(failure.errors[0].code, Some(10001));
        }
        other => panic!("expected Error::Envelope, got {other:?}"),
    }
}
