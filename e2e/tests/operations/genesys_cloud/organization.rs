//! `genesys-cloud`'s `organization` module (the Organization tag): one test per operation,
//! and every documented error of `putOrganizationsMe`; those of the limits are in `limits.rs`.

use ::genesys_cloud::apis::organization::PutOrganizationsMeError;
use ::genesys_cloud::types as t;
use serde_json::{json, Value};

use super::{organization, API, ORG_ID};
use crate::common::bodies::genesys_cloud as bodies;
use crate::exchange::*;

mod limits;

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
