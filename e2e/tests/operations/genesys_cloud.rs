//! `genesys-cloud`: one test per operation, and every documented error of `putOrganizationsMe`.

use ::genesys_cloud::apis::organization::PutOrganizationsMeError;
use ::genesys_cloud::types as t;
use ::genesys_cloud::Client;
use serde_json::{json, Value};

use crate::common::bodies::genesys_cloud::{self as bodies, *};
use crate::common::{genesys, genesys_auth};
use crate::exchange::*;

const API: Api<Client> = Api::new(genesys, genesys_auth);

const ORG_ID: &str = "4f5f8bd5-0c6f-4f7b-9a0e-6a2f3c1d2e3f";

fn organization() -> Value {
    json!({
        "id": ORG_ID,
        "name": "Acme Corp",
        "defaultLanguage": "en-us",
        "defaultCountryCode": "US",
        "thirdPartyOrgName": "acmecorp",
        "thirdPartyURI": "https://acme.example.com",
        "domain": "acme.mypurecloud.com",
        "version": 12,
        "state": "active",
        "defaultSiteId": "5c4b3a29-1807-4f6e-8d5c-4b3a29180716",
        "thirdPartyOrgId": "1180",
        "deletable": false,
        "supportURI": "https://help.mypurecloud.com",
        "voicemailEnabled": true,
        "productPlatform": "GenesysCloud",
        "selfUri": "/api/v2/organizations/me",
        "features": {"purecloud": true, "hipaa": false}
    })
}

fn org_user(id: &str) -> Value {
    json!({
        "id": id,
        "name": "Jo Admin",
        "division": {"id": "d1", "name": "Home", "selfUri": "/api/v2/authorization/divisions/d1"},
        "email": "jo.admin@acme.example.com",
        "state": "active",
        "username": "jo.admin@acme.example.com",
        "version": 3,
        "selfUri": format!("/api/v2/users/{id}")
    })
}

fn trustee(id: &str) -> Value {
    json!({
        "id": id,
        "enabled": true,
        "dateCreated": "2024-02-01T10:00:00Z",
        "createdBy": org_user(USER_ID),
        "organization": {"id": id, "name": "Partner Org", "version": 4},
        "selfUri": format!("/api/v2/orgauthorization/trustees/{id}")
    })
}

fn trustor(id: &str) -> Value {
    json!({
        "id": id,
        "enabled": true,
        "dateCreated": "2023-11-20T08:30:00Z",
        "organization": {"id": id, "name": "Customer Org", "version": 9},
        "authorization": {"permissions": ["directory:user:view", "routing:queue:view"]},
        "selfUri": format!("/api/v2/orgauthorization/trustors/{id}")
    })
}

fn trust_user(id: &str) -> Value {
    json!({
        "id": id,
        "name": "Sam Support",
        "email": "sam.support@partner.example.com",
        "state": "active",
        "username": "sam.support@partner.example.com",
        "version": 5,
        "authorization": {"roles": [{"id": "r-admin", "name": "Admin"}], "permissions": ["admin"]},
        "trustUserDetails": {"dateCreated": "2024-02-02T09:15:00Z"},
        "selfUri": format!("/api/v2/users/{id}")
    })
}

fn listing(entities: Vec<Value>, page_size: u32) -> Value {
    let total = entities.len();
    json!({
        "entities": entities,
        "pageSize": page_size,
        "pageNumber": 1,
        "total": total,
        "pageCount": 1,
        "firstUri": "/api/v2/orgauthorization/trustees?pageSize=25&pageNumber=1",
        "selfUri": "/api/v2/orgauthorization/trustees?pageSize=25&pageNumber=1",
        "lastUri": "/api/v2/orgauthorization/trustees?pageSize=25&pageNumber=1"
    })
}

fn change_request(id: &str, status: &str) -> Value {
    json!({
        "id": id,
        "key": "max.concurrent.requests",
        "namespace": "platform.api",
        "requestedValue": 500.0,
        "description": "Black Friday traffic",
        "supportCaseUrl": "https://support.example.com/cases/12345",
        "status": status,
        "currentValue": 300.0,
        "dateCreated": "2024-10-01T12:00:00Z",
        "statusHistory": [{
            "dateStatusChanged": "2024-10-01T12:00:00Z",
            "status": status,
            "previousStatus": "Open",
            "namespace": "platform.api",
            "message": "Created"
        }],
        "selfUri": format!("/api/v2/organizations/limits/changerequests/{id}")
    })
}

// --------------------------------------------------------------------- Organization tag

#[tokio::test]
#[allow(deprecated)]
async fn get_fieldconfig() {
    let config = get("/api/v2/fieldconfig")
        .query("type=person")
        .answer(
            200,
            json!({
                "id": "person-fields",
                "name": "Person",
                "entityType": "person",
                "state": "active",
                "sections": [{
                    "key": "contactInfo",
                    "state": "active",
                    "fieldList": [{"key": "email_work", "type": "email", "repeatable": false,
                                   "required": true, "labelKeys": ["email_work"]}]
                }],
                "version": "7",
                "schemaVersion": "2.0"
            }),
        )
        // The parameter's enum converts from its wire value.
        .ok(&API, |c| c.organization().get_fieldconfig("person".into()))
        .await;
    assert_eq!(config.entity_type, Some(t::FieldConfigEntityType::Person));
    let sections = config.sections.unwrap();
    let fields = sections[0].field_list.as_ref().unwrap();
    assert_eq!(fields[0].key.as_deref(), Some("email_work"));
    assert_eq!(fields[0].required, Some(true));
}

#[tokio::test]
async fn post_organizations() {
    let body = json!({
        "name": "Acme Corp",
        "adminUsername": "admin@acme.example.com",
        "adminPassword": "Correct-Horse-9",
        "domain": "acme",
        "thirdPartyOrgName": "acmecorp",
        "products": ["cloudcx"],
        "organizationFeatures": {"purecloud": true}
    });
    let created = post("/api/v2/organizations", body)
        .answer(200, organization())
        .ok(&API, |c| {
            c.organization()
                .post_organizations()
                .body(bodies::post_organizations())
        })
        .await;
    assert_eq!(created.id.as_deref(), Some(ORG_ID));
    assert_eq!(created.version, 12);
    assert_eq!(created.state, Some(t::OrganizationState::Active));
}

#[tokio::test]
async fn get_organizations_authentication_settings() {
    let settings = get("/api/v2/organizations/authentication/settings")
        .answer(
            200,
            json!({
                "multifactorAuthenticationRequired": true,
                "domainAllowlistEnabled": true,
                "domainAllowlist": ["acme.example.com"],
                "ipAddressAllowlist": ["203.0.113.0/24"],
                "passwordRequirements": {"minimumLength": 12, "minimumDigits": 1, "expirationDays": 90}
            }),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_authentication_settings()
        })
        .await;
    assert_eq!(settings.multifactor_authentication_required, Some(true));
    assert_eq!(
        settings.password_requirements.unwrap().minimum_length,
        Some(12)
    );
}

#[tokio::test]
async fn patch_organizations_authentication_settings() {
    let body = json!({
        "multifactorAuthenticationRequired": true,
        "domainAllowlistEnabled": false,
        "ipAddressAllowlist": ["203.0.113.0/24", "198.51.100.7/32"]
    });
    let mut answer = body.clone();
    answer["domainAllowlist"] = json!([]);
    let settings = patch("/api/v2/organizations/authentication/settings", body)
        .answer(200, answer)
        .ok(&API, |c| {
            c.organization()
                .patch_organizations_authentication_settings(
                    bodies::patch_organizations_authentication_settings(),
                )
        })
        .await;
    assert_eq!(settings.ip_address_allowlist.unwrap().len(), 2);
    assert_eq!(settings.domain_allowlist, Some(vec![]));
}

#[tokio::test]
#[allow(deprecated)]
async fn get_organizations_embeddedintegration() {
    let settings = get("/api/v2/organizations/embeddedintegration")
        .answer(
            200,
            json!({"enableWhitelist": true, "domainWhitelist": ["crm.acme.example.com"]}),
        )
        .ok(&API, |c| {
            c.organization().get_organizations_embeddedintegration()
        })
        .await;
    assert_eq!(settings.enable_whitelist, Some(true));
    assert_eq!(
        settings.domain_whitelist,
        Some(vec!["crm.acme.example.com".to_owned()])
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn put_organizations_embeddedintegration() {
    let body =
        json!({"enableWhitelist": false, "domainWhitelist": ["a.example.com", "b.example.com"]});
    let settings = put("/api/v2/organizations/embeddedintegration", body.clone())
        .answer(200, body)
        .ok(&API, |c| {
            c.organization().put_organizations_embeddedintegration(
                bodies::put_organizations_embeddedintegration(),
            )
        })
        .await;
    assert_eq!(settings.enable_whitelist, Some(false));
    assert_eq!(settings.domain_whitelist.unwrap()[1], "b.example.com");
}

#[tokio::test]
#[allow(deprecated)]
async fn get_organizations_enforcescopes() {
    let setting = get("/api/v2/organizations/enforcescopes")
        .answer(200, json!({"enforceScopes": true}))
        .ok(&API, |c| c.organization().get_organizations_enforcescopes())
        .await;
    assert_eq!(setting.enforce_scopes, Some(true));
}

#[tokio::test]
#[allow(deprecated)]
async fn put_organizations_enforcescopes() {
    let setting = put(
        "/api/v2/organizations/enforcescopes",
        json!({"enforceScopes": false}),
    )
    .answer(200, json!({"enforceScopes": false}))
    .ok(&API, |c| {
        c.organization()
            .put_organizations_enforcescopes(bodies::put_organizations_enforcescopes())
    })
    .await;
    assert_eq!(setting.enforce_scopes, Some(false));
}

#[tokio::test]
async fn patch_organizations_feature() {
    let features = patch(
        "/api/v2/organizations/features/realtimeCIC",
        json!({"enabled": true}),
    )
    .answer(
        200,
        json!({"realtimeCIC": true, "purecloud": true, "hipaa": false, "chat": true,
               "contactCenter": true, "custserv": false}),
    )
    .ok(&API, |c| {
        c.organization().patch_organizations_feature(
            t::PatchOrganizationsFeatureFeatureName::RealtimeCic,
            bodies::patch_organizations_feature(),
        )
    })
    .await;
    assert_eq!(features.realtime_cic, Some(true));
    assert_eq!(features.hipaa, Some(false));
}

#[tokio::test]
#[allow(deprecated)]
async fn get_organizations_ipaddressauthentication() {
    let settings = get("/api/v2/organizations/ipaddressauthentication")
        .answer(200, json!({"networkWhitelist": ["203.0.113.0/24"]}))
        .ok(&API, |c| {
            c.organization().get_organizations_ipaddressauthentication()
        })
        .await;
    assert_eq!(
        settings.network_whitelist,
        Some(vec!["203.0.113.0/24".to_owned()])
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn put_organizations_ipaddressauthentication() {
    let body = json!({"networkWhitelist": ["203.0.113.0/24", "2001:db8::/32"]});
    let settings = put(
        "/api/v2/organizations/ipaddressauthentication",
        body.clone(),
    )
    .answer(200, body)
    .ok(&API, |c| {
        c.organization().put_organizations_ipaddressauthentication(
            bodies::put_organizations_ipaddressauthentication(),
        )
    })
    .await;
    assert_eq!(settings.network_whitelist.unwrap()[1], "2001:db8::/32");
}

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

#[tokio::test]
async fn get_organizations_me() {
    let org = get("/api/v2/organizations/me")
        .answer(200, organization())
        .ok(&API, |c| c.organization().get_organizations_me())
        .await;
    assert_eq!(org.name.as_deref(), Some("Acme Corp"));
    assert_eq!(
        org.product_platform,
        Some(t::OrganizationProductPlatform::GenesysCloud)
    );
    assert!(org.features.unwrap()["purecloud"]);
}

/// An `ErrorBody` JSON for `status`.
fn error_json(status: u16, message: &str) -> Value {
    json!({"message": message, "code": format!("error.{status}"), "status": status})
}

/// The status a `PutOrganizationsMeError` variant stands for, and its body.
fn put_me_error(error: &PutOrganizationsMeError) -> (u16, &t::ErrorBody) {
    use PutOrganizationsMeError as E;
    match error {
        E::BadRequest(body) => (400, body),
        E::Unauthorized(body) => (401, body),
        E::Forbidden(body) => (403, body),
        E::NotFound(body) => (404, body),
        E::RequestTimeout(body) => (408, body),
        E::Conflict(body) => (409, body),
        E::PayloadTooLarge(body) => (413, body),
        E::UnsupportedMediaType(body) => (415, body),
        E::TooManyRequests(body) => (429, body),
        E::InternalServerError(body) => (500, body),
        E::ServiceUnavailable(body) => (503, body),
        E::GatewayTimeout(body) => (504, body),
        other => panic!("a variant this test does not know: {other:?}"),
    }
}

#[tokio::test]
async fn put_organizations_me() {
    let request = put(
        "/api/v2/organizations/me",
        json!({"name": "Acme Corp", "defaultLanguage": "en-us", "version": 12,
               "voicemailEnabled": true}),
    );
    let mut answer = organization();
    answer["version"] = json!(13);
    let org = request
        .clone()
        .answer(200, answer)
        .ok(&API, |c| {
            c.organization()
                .put_organizations_me()
                .body(bodies::put_organizations_me())
        })
        .await;
    assert_eq!(org.version, 13);

    // Every documented error status gives its own typed variant with the ErrorBody.
    for status in [400, 401, 403, 404, 408, 409, 413, 415, 429, 500, 503, 504] {
        let message = format!("PUT /organizations/me failed with {status}");
        let err = request
            .clone()
            .answer(status, error_json(status, &message))
            .err(&API, |c| {
                c.organization()
                    .put_organizations_me()
                    .body(bodies::put_organizations_me())
                    .with_max_retries(0)
            })
            .await;
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        match &err {
            ::genesys_cloud::Error::Api(api) => {
                let (variant_status, error_body) = put_me_error(&api.body);
                assert_eq!(variant_status, status, "{:?}", api.body);
                assert_eq!(error_body.message.as_deref(), Some(message.as_str()));
                assert_eq!(error_body.status, Some(i32::from(status)));
            }
            other => panic!("{status}: expected Error::Api, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn delete_organizations_me() {
    let result = delete("/api/v2/organizations/me")
        .answer_empty(204)
        .ok(&API, |c| {
            c.organization()
                .delete_organizations_me()
                .send_with_response()
        })
        .await;
    assert_eq!(result.status().as_u16(), 204);
}

#[tokio::test]
async fn get_organizations_migrations() {
    let listing = get("/api/v2/organizations/migrations")
        .query("migrationType=All&includeHidden=true&includeDetails=false")
        .answer(
            200,
            json!({"entities": [
                {"name": "newAnalyticsUi", "enabled": true, "configurable": true,
                 "dateAvailable": "2024-01-15", "dateDue": "2024-06-30",
                 "displayName": "New analytics UI"},
                {"name": "legacyReports", "enabled": false, "configurable": false}
            ]}),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_migrations()
                .migration_type(t::GetOrganizationsMigrationsMigrationType::All)
                .include_hidden(true)
                .include_details(false)
        })
        .await;
    let entities = listing.entities.unwrap();
    assert_eq!(entities.len(), 2);
    assert_eq!(
        entities[0].display_name.as_deref(),
        Some("New analytics UI")
    );
    assert_eq!(entities[1].enabled, Some(false));
}

#[tokio::test]
async fn get_organizations_migration() {
    let migration = get("/api/v2/organizations/migrations/Data%20Retention%202024")
        .query("includeDetails=true")
        .answer(
            200,
            json!({"name": "Data Retention 2024", "enabled": false, "configurable": true,
                   "description": "Moves recordings to the new retention policy",
                   "documentationLink": "https://help.mypurecloud.com/articles/retention"}),
        )
        .ok(&API, |c| {
            c.organization()
                .get_organizations_migration("Data Retention 2024")
                .include_details(true)
        })
        .await;
    assert_eq!(migration.name.as_deref(), Some("Data Retention 2024"));
    assert_eq!(migration.configurable, Some(true));
}

#[tokio::test]
async fn patch_organizations_migration() {
    let result = patch(
        "/api/v2/organizations/migrations/newAnalyticsUi",
        json!({"enabled": true}),
    )
    .answer(200, json!({"name": "newAnalyticsUi", "enabled": true}))
    .ok(&API, |c| {
        c.organization().patch_organizations_migration(
            "newAnalyticsUi",
            bodies::patch_organizations_migration(),
        )
    })
    .await;
    assert_eq!(result["enabled"], true);
    assert_eq!(result["name"], "newAnalyticsUi");
}

#[tokio::test]
async fn get_organizations_migration_state() {
    let state = get("/api/v2/organizations/migrations/newAnalyticsUi/state")
        .answer(200, json!({"enabled": true}))
        .ok(&API, |c| {
            c.organization()
                .get_organizations_migration_state("newAnalyticsUi")
        })
        .await;
    assert_eq!(state.enabled, Some(true));
}

#[tokio::test]
#[allow(deprecated)]
async fn get_organizations_passwordrequirements() {
    let requirements = get("/api/v2/organizations/passwordrequirements")
        .answer(
            200,
            json!({"minimumLength": 12, "minimumDigits": 1, "minimumLetters": 1, "minimumUpper": 1,
                   "minimumLower": 1, "minimumSpecials": 1, "minimumAgeSeconds": 86400,
                   "expirationDays": 90}),
        )
        .ok(&API, |c| {
            c.organization().get_organizations_passwordrequirements()
        })
        .await;
    assert_eq!(requirements.minimum_age_seconds, Some(86400));
    assert_eq!(requirements.expiration_days, Some(90));
}

#[tokio::test]
#[allow(deprecated)]
async fn put_organizations_passwordrequirements() {
    let body = json!({"minimumLength": 14, "minimumSpecials": 2});
    let requirements = put("/api/v2/organizations/passwordrequirements", body.clone())
        .answer(200, body)
        .ok(&API, |c| {
            c.organization().put_organizations_passwordrequirements(
                bodies::put_organizations_passwordrequirements(),
            )
        })
        .await;
    assert_eq!(requirements.minimum_length, Some(14));
    assert_eq!(requirements.minimum_digits, None);
}

#[tokio::test]
#[allow(deprecated)]
async fn get_organizations_whitelist() {
    let settings = get("/api/v2/organizations/whitelist")
        .answer(
            200,
            json!({"enableWhitelist": true, "domainWhitelist": ["acme.example.com"]}),
        )
        .ok(&API, |c| c.organization().get_organizations_whitelist())
        .await;
    assert_eq!(settings.enable_whitelist, Some(true));
    assert_eq!(settings.domain_whitelist.unwrap()[0], "acme.example.com");
}

#[tokio::test]
#[allow(deprecated)]
async fn put_organizations_whitelist() {
    let body = json!({"enableWhitelist": true, "domainWhitelist": ["acme.example.com", "partner.example.com"]});
    let settings = put("/api/v2/organizations/whitelist", body.clone())
        .answer(200, body)
        .ok(&API, |c| {
            c.organization()
                .put_organizations_whitelist(bodies::put_organizations_whitelist())
        })
        .await;
    assert_eq!(settings.domain_whitelist.unwrap().len(), 2);
}

// ------------------------------------------------------- Organization Authorization tag

#[tokio::test]
async fn post_orgauthorization_pairings() {
    let pairing = post(
        "/api/v2/orgauthorization/pairings",
        json!({"userIds": [USER_ID], "groupIds": ["g-support"]}),
    )
    .answer(
        200,
        json!({
            "id": PAIRING_ID,
            "createdBy": org_user(USER_ID),
            "dateCreated": "2024-03-01T09:00:00Z",
            "trustee": {"id": TRUSTEE_ORG, "name": "Partner Org", "version": 4},
            "users": [org_user(USER_ID)],
            "groups": [{"id": "g-support", "name": "Support", "type": "official",
                        "rulesVisible": false, "visibility": "public"}],
            "selfUri": format!("/api/v2/orgauthorization/pairings/{PAIRING_ID}")
        }),
    )
    .ok(&API, |c| {
        c.organization_authorization()
            .post_orgauthorization_pairings(bodies::post_orgauthorization_pairings())
    })
    .await;
    assert_eq!(pairing.id.as_deref(), Some(PAIRING_ID));
    assert_eq!(
        pairing.trustee.unwrap().name.as_deref(),
        Some("Partner Org")
    );
    assert_eq!(pairing.groups.unwrap()[0].visibility.as_str(), "public");
}

#[tokio::test]
async fn get_orgauthorization_pairing() {
    let pairing = get(format!("/api/v2/orgauthorization/pairings/{PAIRING_ID}"))
        .answer(
            200,
            json!({
                "id": PAIRING_ID,
                "trustee": {"id": TRUSTEE_ORG, "name": "Partner Org", "version": 4},
                "users": [org_user(USER_ID)]
            }),
        )
        .ok(&API, |c| {
            c.organization_authorization()
                .get_orgauthorization_pairing(PAIRING_ID)
        })
        .await;
    assert_eq!(pairing.trustee.unwrap().id.as_deref(), Some(TRUSTEE_ORG));
    assert_eq!(pairing.users.unwrap()[0].version, 3);
}

#[tokio::test]
async fn get_orgauthorization_trustees() {
    let listing = get("/api/v2/orgauthorization/trustees")
        .query("pageSize=25&pageNumber=1")
        .answer(200, listing(vec![trustee(TRUSTEE_ORG)], 25))
        .ok(&API, |c| {
            c.organization_authorization()
                .get_orgauthorization_trustees()
                .page_size(25)
                .page_number(1)
        })
        .await;
    assert_eq!(listing.page_count, Some(1));
    let trustee = &listing.entities.unwrap()[0];
    assert_eq!(trustee.id.as_deref(), Some(TRUSTEE_ORG));
    assert_eq!(trustee.created_by.as_ref().unwrap().version, 3);
}

#[tokio::test]
async fn post_orgauthorization_trustees() {
    let body = json!({
        "pairingId": PAIRING_ID,
        "enabled": true,
        "users": [{"id": USER_ID, "roleIds": ["r-admin"]}]
    });
    let created = post("/api/v2/orgauthorization/trustees", body)
        .answer(200, trustee(TRUSTEE_ORG))
        .ok(&API, |c| {
            c.organization_authorization()
                .post_orgauthorization_trustees(bodies::post_orgauthorization_trustees())
        })
        .await;
    assert!(created.enabled);
    assert_eq!(
        created.organization.unwrap().name.as_deref(),
        Some("Partner Org")
    );
}

#[tokio::test]
async fn post_orgauthorization_trustees_audits() {
    let body = json!({
        "trusteeOrganizationIds": [TRUSTEE_ORG],
        "trusteeUserIds": [USER_ID],
        "startDate": "2024-01-01T00:00:00Z",
        "endDate": "2024-01-31T23:59:59Z",
        "queryPhrase": "login",
        "facets": [{"name": "action", "type": "STRING"}],
        "filters": [{"name": "action", "type": "STRING", "operator": "EQUALS",
                     "values": ["login"]}]
    });
    let audits = post("/api/v2/orgauthorization/trustees/audits", body)
        .query("pageSize=50&pageNumber=2&sortBy=timestamp&sortOrder=ascending")
        .answer(
            200,
            json!({"pageNumber": 2, "pageSize": 50, "total": 51,
                   "entities": [{"id": "audit-51", "action": "login"}]}),
        )
        .ok(&API, |c| {
            c.organization_authorization()
                .post_orgauthorization_trustees_audits(
                    bodies::post_orgauthorization_trustees_audits(),
                )
                .page_size(50)
                .page_number(2)
                .sort_by("timestamp")
                .sort_order("ascending")
        })
        .await;
    assert_eq!(audits["total"], 51);
    assert_eq!(audits["entities"][0]["action"], "login");
}

#[tokio::test]
async fn get_orgauthorization_trustee() {
    let trustee = get(format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}"))
        .answer(200, trustee(TRUSTEE_ORG))
        .ok(&API, |c| {
            c.organization_authorization()
                .get_orgauthorization_trustee(TRUSTEE_ORG)
        })
        .await;
    assert_eq!(
        trustee.date_created.unwrap().to_rfc3339(),
        "2024-02-01T10:00:00+00:00"
    );
}

#[tokio::test]
async fn put_orgauthorization_trustee() {
    let mut answer = trustee(TRUSTEE_ORG);
    answer["enabled"] = json!(false);
    let updated = put(
        format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}"),
        json!({"id": TRUSTEE_ORG, "enabled": false}),
    )
    .answer(200, answer)
    .ok(&API, |c| {
        c.organization_authorization()
            .put_orgauthorization_trustee(TRUSTEE_ORG, bodies::put_orgauthorization_trustee())
    })
    .await;
    assert!(!updated.enabled);
}

#[tokio::test]
async fn delete_orgauthorization_trustee() {
    let result = delete(format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}"))
        .answer_empty(204)
        .ok(&API, |c| {
            c.organization_authorization()
                .delete_orgauthorization_trustee(TRUSTEE_ORG)
                .send_with_response()
        })
        .await;
    assert_eq!(result.status().as_u16(), 204);
}

#[tokio::test]
async fn get_orgauthorization_trustee_users() {
    let users = get(format!(
        "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users"
    ))
    .query("pageSize=10")
    .answer(
        200,
        listing(vec![trust_user(USER_ID), trust_user("u-2")], 10),
    )
    .ok(&API, |c| {
        c.organization_authorization()
            .get_orgauthorization_trustee_users(TRUSTEE_ORG)
            .page_size(10)
    })
    .await;
    let entities = users.entities.unwrap();
    assert_eq!(entities.len(), 2);
    assert_eq!(entities[1].id.as_deref(), Some("u-2"));
    assert_eq!(users.total, Some(2));
}

#[tokio::test]
async fn post_orgauthorization_trustee_users() {
    let user = post(
        format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users"),
        json!({"id": USER_ID, "roleIds": ["r-admin", "r-supervisor"]}),
    )
    .answer(200, trust_user(USER_ID))
    .ok(&API, |c| {
        c.organization_authorization()
            .post_orgauthorization_trustee_users(
                TRUSTEE_ORG,
                bodies::post_orgauthorization_trustee_users(),
            )
    })
    .await;
    assert_eq!(user.version, 5);
    assert_eq!(user.state.as_ref().map(|s| s.as_str()), Some("active"));
}

#[tokio::test]
async fn get_orgauthorization_trustee_user() {
    let user = get(format!(
        "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}"
    ))
    .answer(200, trust_user(USER_ID))
    .ok(&API, |c| {
        c.organization_authorization()
            .get_orgauthorization_trustee_user(TRUSTEE_ORG, USER_ID)
    })
    .await;
    assert_eq!(
        user.email.as_deref(),
        Some("sam.support@partner.example.com")
    );
    assert!(user.trust_user_details.unwrap().date_created.is_some());
}

#[tokio::test]
async fn delete_orgauthorization_trustee_user() {
    let result = delete(format!(
        "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}"
    ))
    .answer_empty(204)
    .ok(&API, |c| {
        c.organization_authorization()
            .delete_orgauthorization_trustee_user(TRUSTEE_ORG, USER_ID)
            .send_with_response()
    })
    .await;
    assert_eq!(result.status().as_u16(), 204);
}

#[tokio::test]
async fn get_orgauthorization_trustee_user_roles() {
    let authorization = get(format!(
        "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}/roles"
    ))
    .answer(
        200,
        json!({
            "roles": [{"id": "r-admin", "name": "Admin"}, {"id": "r-supervisor", "name": "Supervisor"}],
            "permissions": ["admin", "routing:queue:view"],
            "permissionPolicies": [{"id": "p1", "domain": "routing", "entityName": "queue",
                                    "actionSet": ["view"], "allowConditions": false}]
        }),
    )
    .ok(&API, |c| {
        c.organization_authorization()
            .get_orgauthorization_trustee_user_roles(TRUSTEE_ORG, USER_ID)
    })
    .await;
    let roles = authorization.roles.unwrap();
    assert_eq!(roles[1].name.as_deref(), Some("Supervisor"));
    assert_eq!(
        authorization.permission_policies.unwrap()[0]
            .domain
            .as_deref(),
        Some("routing")
    );
}

#[tokio::test]
async fn put_orgauthorization_trustee_user_roles() {
    let authorization = put(
        format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}/roles"),
        json!(["r-admin", "r-reporting"]),
    )
    .answer(
        200,
        json!({"roles": [{"id": "r-admin", "name": "Admin"}, {"id": "r-reporting", "name": "Reporting"}],
               "permissions": ["admin", "analytics:report:view"]}),
    )
    .ok(&API, |c| {
        c.organization_authorization()
            .put_orgauthorization_trustee_user_roles(
                TRUSTEE_ORG,
                USER_ID,
                bodies::put_orgauthorization_trustee_user_roles(),
            )
    })
    .await;
    assert_eq!(
        authorization.roles.unwrap()[1].id.as_deref(),
        Some("r-reporting")
    );
}

#[tokio::test]
async fn delete_orgauthorization_trustee_user_roles() {
    let result = delete(format!(
        "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}/roles"
    ))
    .answer_empty(204)
    .ok(&API, |c| {
        c.organization_authorization()
            .delete_orgauthorization_trustee_user_roles(TRUSTEE_ORG, USER_ID)
            .send_with_response()
    })
    .await;
    assert_eq!(result.status().as_u16(), 204);
}

#[tokio::test]
async fn post_orgauthorization_trustor_audits() {
    let audits = post(
        "/api/v2/orgauthorization/trustor/audits",
        json!({"trustorOrganizationId": TRUSTOR_ORG, "trusteeUserIds": [USER_ID, "u-2"]}),
    )
    .query("pageSize=25&sortOrder=descending")
    .answer(
        200,
        json!({"pageNumber": 1, "pageSize": 25, "total": 2,
               "entities": [{"id": "audit-1", "action": "view"}, {"id": "audit-2", "action": "update"}]}),
    )
    .ok(&API, |c| {
        c.organization_authorization()
            .post_orgauthorization_trustor_audits(bodies::post_orgauthorization_trustor_audits())
            .page_size(25)
            .sort_order("descending")
    })
    .await;
    assert_eq!(audits["entities"][1]["action"], "update");
}

#[tokio::test]
async fn get_orgauthorization_trustors() {
    let listing = get("/api/v2/orgauthorization/trustors")
        .query("pageNumber=3")
        .answer(
            200,
            json!({
                "entities": [trustor(TRUSTOR_ORG)],
                "pageSize": 25, "pageNumber": 3, "total": 51, "pageCount": 3,
                "previousUri": "/api/v2/orgauthorization/trustors?pageSize=25&pageNumber=2"
            }),
        )
        .ok(&API, |c| {
            c.organization_authorization()
                .get_orgauthorization_trustors()
                .page_number(3)
        })
        .await;
    assert_eq!(listing.page_number, Some(3));
    let trustor = &listing.entities.unwrap()[0];
    assert_eq!(
        trustor.authorization.as_ref().unwrap().permissions,
        Some(vec![
            "directory:user:view".to_owned(),
            "routing:queue:view".to_owned()
        ])
    );
}

#[tokio::test]
async fn get_orgauthorization_trustor() {
    let trustor = get(format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}"))
        .answer(200, trustor(TRUSTOR_ORG))
        .ok(&API, |c| {
            c.organization_authorization()
                .get_orgauthorization_trustor(TRUSTOR_ORG)
        })
        .await;
    assert_eq!(
        trustor.organization.unwrap().name.as_deref(),
        Some("Customer Org")
    );
}

#[tokio::test]
async fn delete_orgauthorization_trustor() {
    let result = delete(format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}"))
        .answer_empty(204)
        .ok(&API, |c| {
            c.organization_authorization()
                .delete_orgauthorization_trustor(TRUSTOR_ORG)
                .send_with_response()
        })
        .await;
    assert_eq!(result.status().as_u16(), 204);
}

#[tokio::test]
async fn get_orgauthorization_trustor_users() {
    let users = get(format!(
        "/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users"
    ))
    .query("pageSize=5&pageNumber=1")
    .answer(200, listing(vec![trust_user(USER_ID)], 5))
    .ok(&API, |c| {
        c.organization_authorization()
            .get_orgauthorization_trustor_users(TRUSTOR_ORG)
            .page_size(5)
            .page_number(1)
    })
    .await;
    assert_eq!(users.page_size, Some(5));
    assert_eq!(
        users.entities.unwrap()[0].name.as_deref(),
        Some("Sam Support")
    );
}

#[tokio::test]
async fn get_orgauthorization_trustor_user() {
    let user = get(format!(
        "/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users/{USER_ID}"
    ))
    .answer(200, trust_user(USER_ID))
    .ok(&API, |c| {
        c.organization_authorization()
            .get_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
    })
    .await;
    assert_eq!(user.id.as_deref(), Some(USER_ID));
    assert_eq!(
        user.authorization.unwrap().roles.unwrap()[0].id.as_deref(),
        Some("r-admin")
    );
}

#[tokio::test]
async fn put_orgauthorization_trustor_user() {
    // A PUT without a body.
    let user = bare(
        "PUT",
        format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users/{USER_ID}"),
    )
    .answer(200, trust_user(USER_ID))
    .ok(&API, |c| {
        c.organization_authorization()
            .put_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
    })
    .await;
    assert_eq!(
        user.username.as_deref(),
        Some("sam.support@partner.example.com")
    );
}

#[tokio::test]
async fn delete_orgauthorization_trustor_user() {
    let result = delete(format!(
        "/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users/{USER_ID}"
    ))
    .answer_empty(204)
    .ok(&API, |c| {
        c.organization_authorization()
            .delete_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
            .send_with_response()
    })
    .await;
    assert_eq!(result.status().as_u16(), 204);
}
