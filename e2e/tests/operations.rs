//! One test per operation of the three specs (64 in all), named after the operationId in
//! snake_case, in modules named after their crates (`genesys_cloud`, `cloudflare_organizations`,
//! `archera_organizations`; `cargo xtask coverage-ops` reads them).
//!
//! Each test mounts one mock that only matches the exact method, raw path (percent-encoded),
//! raw query string, the spec's auth headers and the JSON body (or no body), answers with a
//! realistic response of the spec's schema, expects exactly one call, and checks a field of
//! the decoded result. For one operation of each spec the test also walks every documented
//! error status and checks the typed error variant.

mod common;

use common::bodies;
use common::*;
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header};
use wiremock::MockServer;

/// A JSON request body: this JSON value, sent as `application/json`.
fn json_body(body: Value) -> impl wiremock::Match {
    JsonBody(body)
}

struct JsonBody(Value);

impl wiremock::Match for JsonBody {
    fn matches(&self, request: &wiremock::Request) -> bool {
        header("content-type", "application/json").matches(request)
            && body_json(&self.0).matches(request)
    }
}

/// An `ErrorBody`/`ApiErrorResponse`-style JSON error for `status`.
fn error_json(status: u16, message: &str) -> Value {
    json!({"message": message, "code": format!("error.{status}"), "status": status})
}

mod genesys_cloud {
    use super::*;
    use ::genesys_cloud::apis::organization::PutOrganizationsMeError;
    use ::genesys_cloud::types as t;
    use wiremock::MockBuilder;

    const ORG_ID: &str = "4f5f8bd5-0c6f-4f7b-9a0e-6a2f3c1d2e3f";
    const TRUSTEE_ORG: &str = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    const TRUSTOR_ORG: &str = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
    const USER_ID: &str = "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9";
    const PAIRING_ID: &str = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
    const REQUEST_ID: &str = "9c8b7a6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d";

    fn get(path: &str, query: &'static str) -> MockBuilder {
        genesys_request("GET", path, query).and(NoBody)
    }

    fn delete(path: &str) -> MockBuilder {
        genesys_request("DELETE", path, "").and(NoBody)
    }

    fn with_body(method: &str, path: &str, query: &'static str, body: Value) -> MockBuilder {
        genesys_request(method, path, query).and(json_body(body))
    }

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

    // ----------------------------------------------------------------- Organization tag

    #[tokio::test]
    #[allow(deprecated)]
    async fn get_fieldconfig() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/fieldconfig", "type=person"),
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
        .mount(&server)
        .await;
        let config = genesys(&server)
            .organization()
            // The parameter's enum converts from its wire value.
            .get_fieldconfig("person".into())
            .send()
            .await
            .unwrap();
        assert_eq!(config.entity_type, Some(t::FieldConfigEntityType::Person));
        let sections = config.sections.unwrap();
        let fields = sections[0].field_list.as_ref().unwrap();
        assert_eq!(fields[0].key.as_deref(), Some("email_work"));
        assert_eq!(fields[0].required, Some(true));
    }

    #[tokio::test]
    async fn post_organizations() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/api/v2/organizations",
                "",
                json!({
                    "name": "Acme Corp",
                    "adminUsername": "admin@acme.example.com",
                    "adminPassword": "Correct-Horse-9",
                    "domain": "acme",
                    "thirdPartyOrgName": "acmecorp",
                    "products": ["cloudcx"],
                    "organizationFeatures": {"purecloud": true}
                }),
            ),
            200,
            organization(),
        )
        .mount(&server)
        .await;
        let created = genesys(&server)
            .organization()
            .post_organizations()
            .body(t::OrganizationCreate {
                name: "Acme Corp".into(),
                admin_username: "admin@acme.example.com".into(),
                admin_password: "Correct-Horse-9".into(),
                domain: "acme".into(),
                third_party_org_name: "acmecorp".into(),
                deletable: None,
                organization_type: None,
                products: Some(vec!["cloudcx".into()]),
                salesforce_client: None,
                organization_features: Some([("purecloud".to_owned(), true)].into()),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(created.id.as_deref(), Some(ORG_ID));
        assert_eq!(created.version, 12);
        assert_eq!(created.state, Some(t::OrganizationState::Active));
    }

    #[tokio::test]
    async fn get_organizations_authentication_settings() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/authentication/settings", ""),
            200,
            json!({
                "multifactorAuthenticationRequired": true,
                "domainAllowlistEnabled": true,
                "domainAllowlist": ["acme.example.com"],
                "ipAddressAllowlist": ["203.0.113.0/24"],
                "passwordRequirements": {"minimumLength": 12, "minimumDigits": 1, "expirationDays": 90}
            }),
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .get_organizations_authentication_settings()
            .send()
            .await
            .unwrap();
        assert_eq!(settings.multifactor_authentication_required, Some(true));
        assert_eq!(
            settings.password_requirements.unwrap().minimum_length,
            Some(12)
        );
    }

    #[tokio::test]
    async fn patch_organizations_authentication_settings() {
        let server = MockServer::start().await;
        let body = json!({
            "multifactorAuthenticationRequired": true,
            "domainAllowlistEnabled": false,
            "ipAddressAllowlist": ["203.0.113.0/24", "198.51.100.7/32"]
        });
        let mut answer = body.clone();
        answer["domainAllowlist"] = json!([]);
        mock_json(
            with_body(
                "PATCH",
                "/api/v2/organizations/authentication/settings",
                "",
                body,
            ),
            200,
            answer,
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .patch_organizations_authentication_settings(t::OrgAuthSettings {
                multifactor_authentication_required: Some(true),
                domain_allowlist_enabled: Some(false),
                ip_address_allowlist: Some(vec!["203.0.113.0/24".into(), "198.51.100.7/32".into()]),
                ..Default::default()
            })
            .send()
            .await
            .unwrap();
        assert_eq!(settings.ip_address_allowlist.unwrap().len(), 2);
        assert_eq!(settings.domain_allowlist, Some(vec![]));
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn get_organizations_embeddedintegration() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/embeddedintegration", ""),
            200,
            json!({"enableWhitelist": true, "domainWhitelist": ["crm.acme.example.com"]}),
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .get_organizations_embeddedintegration()
            .send()
            .await
            .unwrap();
        assert_eq!(settings.enable_whitelist, Some(true));
        assert_eq!(
            settings.domain_whitelist,
            Some(vec!["crm.acme.example.com".to_owned()])
        );
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn put_organizations_embeddedintegration() {
        let server = MockServer::start().await;
        let body = json!({"enableWhitelist": false, "domainWhitelist": ["a.example.com", "b.example.com"]});
        mock_json(
            with_body(
                "PUT",
                "/api/v2/organizations/embeddedintegration",
                "",
                body.clone(),
            ),
            200,
            body,
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .put_organizations_embeddedintegration(t::EmbeddedIntegration {
                enable_whitelist: Some(false),
                domain_whitelist: Some(vec!["a.example.com".into(), "b.example.com".into()]),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(settings.enable_whitelist, Some(false));
        assert_eq!(settings.domain_whitelist.unwrap()[1], "b.example.com");
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn get_organizations_enforcescopes() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/enforcescopes", ""),
            200,
            json!({"enforceScopes": true}),
        )
        .mount(&server)
        .await;
        let setting = genesys(&server)
            .organization()
            .get_organizations_enforcescopes()
            .send()
            .await
            .unwrap();
        assert_eq!(setting.enforce_scopes, Some(true));
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn put_organizations_enforcescopes() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PUT",
                "/api/v2/organizations/enforcescopes",
                "",
                json!({"enforceScopes": false}),
            ),
            200,
            json!({"enforceScopes": false}),
        )
        .mount(&server)
        .await;
        let setting = genesys(&server)
            .organization()
            .put_organizations_enforcescopes(t::EnforceScopesSetting {
                enforce_scopes: Some(false),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(setting.enforce_scopes, Some(false));
    }

    #[tokio::test]
    async fn patch_organizations_feature() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PATCH",
                "/api/v2/organizations/features/realtimeCIC",
                "",
                json!({"enabled": true}),
            ),
            200,
            json!({"realtimeCIC": true, "purecloud": true, "hipaa": false, "chat": true,
                   "contactCenter": true, "custserv": false}),
        )
        .mount(&server)
        .await;
        let features = genesys(&server)
            .organization()
            .patch_organizations_feature(
                t::PatchOrganizationsFeatureFeatureName::RealtimeCic,
                t::FeatureState {
                    enabled: Some(true),
                },
            )
            .send()
            .await
            .unwrap();
        assert_eq!(features.realtime_cic, Some(true));
        assert_eq!(features.hipaa, Some(false));
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn get_organizations_ipaddressauthentication() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/ipaddressauthentication", ""),
            200,
            json!({"networkWhitelist": ["203.0.113.0/24"]}),
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .get_organizations_ipaddressauthentication()
            .send()
            .await
            .unwrap();
        assert_eq!(
            settings.network_whitelist,
            Some(vec!["203.0.113.0/24".to_owned()])
        );
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn put_organizations_ipaddressauthentication() {
        let server = MockServer::start().await;
        let body = json!({"networkWhitelist": ["203.0.113.0/24", "2001:db8::/32"]});
        mock_json(
            with_body(
                "PUT",
                "/api/v2/organizations/ipaddressauthentication",
                "",
                body.clone(),
            ),
            200,
            body,
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .put_organizations_ipaddressauthentication(t::IpAddressAuthentication {
                network_whitelist: Some(vec!["203.0.113.0/24".into(), "2001:db8::/32".into()]),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(settings.network_whitelist.unwrap()[1], "2001:db8::/32");
    }

    #[tokio::test]
    async fn get_organizations_limits_changerequests() {
        let server = MockServer::start().await;
        mock_json(
            get(
                "/api/v2/organizations/limits/changerequests",
                "after=1696118400000&before=1727740800000&status=Approved&pageSize=25&expand=statusHistory",
            ),
            200,
            json!({
                "entities": [change_request(REQUEST_ID, "Approved")],
                "selfUri": "/api/v2/organizations/limits/changerequests?pageSize=25",
                "nextUri": "/api/v2/organizations/limits/changerequests?pageSize=25&cursor=abc"
            }),
        )
        .mount(&server)
        .await;
        let listing = genesys(&server)
            .organization()
            .get_organizations_limits_changerequests()
            .after(1_696_118_400_000)
            .before(1_727_740_800_000)
            .status(t::GetOrganizationsLimitsChangerequestsStatus::Approved)
            .page_size(25)
            .expand(vec![
                t::GetOrganizationsLimitsChangerequestsExpandItem::StatusHistory,
            ])
            .send()
            .await
            .unwrap();
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
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/api/v2/organizations/limits/changerequests",
                "",
                json!({
                    "key": "max.concurrent.requests",
                    "namespace": "platform.api",
                    "requestedValue": 500.0,
                    "description": "Black Friday traffic",
                    "supportCaseUrl": "https://support.example.com/cases/12345"
                }),
            ),
            200,
            change_request(REQUEST_ID, "Open"),
        )
        .mount(&server)
        .await;
        let created = genesys(&server)
            .organization()
            .post_organizations_limits_changerequests(t::LimitChangeRequest {
                id: None,
                key: "max.concurrent.requests".into(),
                namespace: "platform.api".into(),
                requested_value: 500.0,
                description: "Black Friday traffic".into(),
                support_case_url: "https://support.example.com/cases/12345".into(),
                created_by: None,
                self_uri: None,
            })
            .send()
            .await
            .unwrap();
        assert_eq!(created.id.as_deref(), Some(REQUEST_ID));
        assert_eq!(
            created.status,
            Some(t::LimitChangeRequestDetailsStatus::Open)
        );
        assert_eq!(created.current_value, Some(300.0));
    }

    #[tokio::test]
    async fn get_organizations_limits_changerequest() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/organizations/limits/changerequests/{REQUEST_ID}"),
                "",
            ),
            200,
            change_request(REQUEST_ID, "Pending"),
        )
        .mount(&server)
        .await;
        let request = genesys(&server)
            .organization()
            .get_organizations_limits_changerequest(REQUEST_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(request.requested_value, 500.0);
        assert_eq!(request.status_history.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn patch_organizations_limits_changerequest() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PATCH",
                &format!("/api/v2/organizations/limits/changerequests/{REQUEST_ID}"),
                "",
                json!({"status": "Rejected", "rejectReason": "IncreaseNotRequired"}),
            ),
            200,
            {
                let mut answer = change_request(REQUEST_ID, "Rejected");
                answer["rejectReason"] = json!("IncreaseNotRequired");
                answer
            },
        )
        .mount(&server)
        .await;
        let updated = genesys(&server)
            .organization()
            .patch_organizations_limits_changerequest(
                REQUEST_ID,
                t::LimitChangeRequestUpdate {
                    status: Some("Rejected".into()),
                    reject_reason: Some("IncreaseNotRequired".into()),
                    ..Default::default()
                },
            )
            .send()
            .await
            .unwrap();
        assert_eq!(
            updated.reject_reason,
            Some(t::LimitChangeRequestDetailsRejectReason::IncreaseNotRequired)
        );
    }

    #[tokio::test]
    async fn get_organizations_limits_docs() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/limits/docs", ""),
            200,
            json!({"url": "https://developer.genesys.cloud/organization/organization/limits"}),
        )
        .mount(&server)
        .await;
        let docs = genesys(&server)
            .organization()
            .get_organizations_limits_docs()
            .send()
            .await
            .unwrap();
        assert_eq!(
            docs.url.as_deref(),
            Some("https://developer.genesys.cloud/organization/organization/limits")
        );
    }

    #[tokio::test]
    async fn get_organizations_limits_namespaces() {
        let server = MockServer::start().await;
        mock_json(
            get(
                "/api/v2/organizations/limits/namespaces",
                "pageSize=100&pageNumber=2",
            ),
            200,
            json!({
                "entities": [{"name": "platform.api"}, {"name": "routing"}],
                "pageSize": 100,
                "pageNumber": 2,
                "pageCount": 2
            }),
        )
        .mount(&server)
        .await;
        let namespaces = genesys(&server)
            .organization()
            .get_organizations_limits_namespaces()
            .page_size(100)
            .page_number(2)
            .send()
            .await
            .unwrap();
        assert_eq!(namespaces["entities"][1]["name"], "routing");
        assert_eq!(namespaces["pageNumber"], 2);
    }

    #[tokio::test]
    async fn get_organizations_limits_namespace() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/limits/namespaces/platform.api", ""),
            200,
            json!({"entities": [
                {"key": "max.concurrent.requests", "namespace": "platform.api", "value": 300},
                {"key": "max.requests.per.minute", "namespace": "platform.api", "value": 3000}
            ]}),
        )
        .mount(&server)
        .await;
        let limits = genesys(&server)
            .organization()
            .get_organizations_limits_namespace("platform.api")
            .send()
            .await
            .unwrap();
        let entities = limits.entities.unwrap();
        assert_eq!(entities[1].value, Some(3000));
        assert_eq!(entities[0].namespace, Some(t::LimitNamespace::PlatformApi));
    }

    #[tokio::test]
    async fn get_organizations_limits_namespace_defaults() {
        let server = MockServer::start().await;
        mock_json(
            get(
                "/api/v2/organizations/limits/namespaces/web.messaging/defaults",
                "",
            ),
            200,
            json!({"entities": [
                {"key": "max.sessions", "namespace": "web.messaging", "value": 1000}
            ]}),
        )
        .mount(&server)
        .await;
        let limits = genesys(&server)
            .organization()
            .get_organizations_limits_namespace_defaults("web.messaging")
            .send()
            .await
            .unwrap();
        let entities = limits.entities.unwrap();
        assert_eq!(entities[0].key.as_deref(), Some("max.sessions"));
        assert_eq!(entities[0].namespace, Some(t::LimitNamespace::WebMessaging));
    }

    #[tokio::test]
    async fn get_organizations_me() {
        let server = MockServer::start().await;
        mock_json(get("/api/v2/organizations/me", ""), 200, organization())
            .mount(&server)
            .await;
        let org = genesys(&server)
            .organization()
            .get_organizations_me()
            .send()
            .await
            .unwrap();
        assert_eq!(org.name.as_deref(), Some("Acme Corp"));
        assert_eq!(
            org.product_platform,
            Some(t::OrganizationProductPlatform::GenesysCloud)
        );
        assert!(org.features.unwrap()["purecloud"]);
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
        }
    }

    #[tokio::test]
    async fn put_organizations_me() {
        let body = json!({"name": "Acme Corp", "defaultLanguage": "en-us", "version": 12,
                          "voicemailEnabled": true});
        let server = MockServer::start().await;
        mock_json(
            with_body("PUT", "/api/v2/organizations/me", "", body.clone()),
            200,
            {
                let mut answer = organization();
                answer["version"] = json!(13);
                answer
            },
        )
        .mount(&server)
        .await;
        let org = genesys(&server)
            .organization()
            .put_organizations_me()
            .body(bodies::genesys_organization())
            .send()
            .await
            .unwrap();
        assert_eq!(org.version, 13);

        // Every documented error status gives its own typed variant with the ErrorBody.
        for status in [400, 401, 403, 404, 408, 409, 413, 415, 429, 500, 503, 504] {
            let server = MockServer::start().await;
            let message = format!("PUT /organizations/me failed with {status}");
            mock_json(
                with_body("PUT", "/api/v2/organizations/me", "", body.clone()),
                status,
                error_json(status, &message),
            )
            .mount(&server)
            .await;
            let err = genesys(&server)
                .organization()
                .put_organizations_me()
                .body(bodies::genesys_organization())
                .with_max_retries(0)
                .send()
                .await
                .unwrap_err();
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
        let server = MockServer::start().await;
        mock_empty(delete("/api/v2/organizations/me"), 204)
            .mount(&server)
            .await;
        let result = genesys(&server)
            .organization()
            .delete_organizations_me()
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }

    #[tokio::test]
    async fn get_organizations_migrations() {
        let server = MockServer::start().await;
        mock_json(
            get(
                "/api/v2/organizations/migrations",
                "migrationType=All&includeHidden=true&includeDetails=false",
            ),
            200,
            json!({"entities": [
                {"name": "newAnalyticsUi", "enabled": true, "configurable": true,
                 "dateAvailable": "2024-01-15", "dateDue": "2024-06-30",
                 "displayName": "New analytics UI"},
                {"name": "legacyReports", "enabled": false, "configurable": false}
            ]}),
        )
        .mount(&server)
        .await;
        let listing = genesys(&server)
            .organization()
            .get_organizations_migrations()
            .migration_type(t::GetOrganizationsMigrationsMigrationType::All)
            .include_hidden(true)
            .include_details(false)
            .send()
            .await
            .unwrap();
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
        let server = MockServer::start().await;
        mock_json(
            get(
                "/api/v2/organizations/migrations/Data%20Retention%202024",
                "includeDetails=true",
            ),
            200,
            json!({"name": "Data Retention 2024", "enabled": false, "configurable": true,
                   "description": "Moves recordings to the new retention policy",
                   "documentationLink": "https://help.mypurecloud.com/articles/retention"}),
        )
        .mount(&server)
        .await;
        let migration = genesys(&server)
            .organization()
            .get_organizations_migration("Data Retention 2024")
            .include_details(true)
            .send()
            .await
            .unwrap();
        assert_eq!(migration.name.as_deref(), Some("Data Retention 2024"));
        assert_eq!(migration.configurable, Some(true));
    }

    #[tokio::test]
    async fn patch_organizations_migration() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PATCH",
                "/api/v2/organizations/migrations/newAnalyticsUi",
                "",
                json!({"enabled": true}),
            ),
            200,
            json!({"name": "newAnalyticsUi", "enabled": true}),
        )
        .mount(&server)
        .await;
        let result = genesys(&server)
            .organization()
            .patch_organizations_migration(
                "newAnalyticsUi",
                t::MigrationUpdate {
                    enabled: Some(true),
                },
            )
            .send()
            .await
            .unwrap();
        assert_eq!(result["enabled"], true);
        assert_eq!(result["name"], "newAnalyticsUi");
    }

    #[tokio::test]
    async fn get_organizations_migration_state() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/migrations/newAnalyticsUi/state", ""),
            200,
            json!({"enabled": true}),
        )
        .mount(&server)
        .await;
        let state = genesys(&server)
            .organization()
            .get_organizations_migration_state("newAnalyticsUi")
            .send()
            .await
            .unwrap();
        assert_eq!(state.enabled, Some(true));
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn get_organizations_passwordrequirements() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/passwordrequirements", ""),
            200,
            json!({"minimumLength": 12, "minimumDigits": 1, "minimumLetters": 1, "minimumUpper": 1,
                   "minimumLower": 1, "minimumSpecials": 1, "minimumAgeSeconds": 86400,
                   "expirationDays": 90}),
        )
        .mount(&server)
        .await;
        let requirements = genesys(&server)
            .organization()
            .get_organizations_passwordrequirements()
            .send()
            .await
            .unwrap();
        assert_eq!(requirements.minimum_age_seconds, Some(86400));
        assert_eq!(requirements.expiration_days, Some(90));
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn put_organizations_passwordrequirements() {
        let server = MockServer::start().await;
        let body = json!({"minimumLength": 14, "minimumSpecials": 2});
        mock_json(
            with_body(
                "PUT",
                "/api/v2/organizations/passwordrequirements",
                "",
                body.clone(),
            ),
            200,
            body,
        )
        .mount(&server)
        .await;
        let requirements = genesys(&server)
            .organization()
            .put_organizations_passwordrequirements(t::PasswordRequirements {
                minimum_length: Some(14),
                minimum_specials: Some(2),
                ..Default::default()
            })
            .send()
            .await
            .unwrap();
        assert_eq!(requirements.minimum_length, Some(14));
        assert_eq!(requirements.minimum_digits, None);
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn get_organizations_whitelist() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/organizations/whitelist", ""),
            200,
            json!({"enableWhitelist": true, "domainWhitelist": ["acme.example.com"]}),
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .get_organizations_whitelist()
            .send()
            .await
            .unwrap();
        assert_eq!(settings.enable_whitelist, Some(true));
        assert_eq!(settings.domain_whitelist.unwrap()[0], "acme.example.com");
    }

    #[tokio::test]
    #[allow(deprecated)]
    async fn put_organizations_whitelist() {
        let server = MockServer::start().await;
        let body = json!({"enableWhitelist": true, "domainWhitelist": ["acme.example.com", "partner.example.com"]});
        mock_json(
            with_body("PUT", "/api/v2/organizations/whitelist", "", body.clone()),
            200,
            body,
        )
        .mount(&server)
        .await;
        let settings = genesys(&server)
            .organization()
            .put_organizations_whitelist(t::OrgWhitelistSettings {
                enable_whitelist: Some(true),
                domain_whitelist: Some(vec![
                    "acme.example.com".into(),
                    "partner.example.com".into(),
                ]),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(settings.domain_whitelist.unwrap().len(), 2);
    }

    // ---------------------------------------------------- Organization Authorization tag

    #[tokio::test]
    async fn post_orgauthorization_pairings() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/api/v2/orgauthorization/pairings",
                "",
                json!({"userIds": [USER_ID], "groupIds": ["g-support"]}),
            ),
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
        .mount(&server)
        .await;
        let pairing = genesys(&server)
            .organization_authorization()
            .post_orgauthorization_pairings(t::TrustRequestCreate {
                user_ids: Some(vec![USER_ID.into()]),
                group_ids: Some(vec!["g-support".into()]),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(pairing.id.as_deref(), Some(PAIRING_ID));
        assert_eq!(pairing.trustee.name.as_deref(), Some("Partner Org"));
        assert_eq!(pairing.groups.unwrap()[0].visibility.as_str(), "public");
    }

    #[tokio::test]
    async fn get_orgauthorization_pairing() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/pairings/{PAIRING_ID}"),
                "",
            ),
            200,
            json!({
                "id": PAIRING_ID,
                "trustee": {"id": TRUSTEE_ORG, "name": "Partner Org", "version": 4},
                "users": [org_user(USER_ID)]
            }),
        )
        .mount(&server)
        .await;
        let pairing = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_pairing(PAIRING_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(pairing.trustee.id.as_deref(), Some(TRUSTEE_ORG));
        assert_eq!(pairing.users.unwrap()[0].version, 3);
    }

    #[tokio::test]
    async fn get_orgauthorization_trustees() {
        let server = MockServer::start().await;
        mock_json(
            get(
                "/api/v2/orgauthorization/trustees",
                "pageSize=25&pageNumber=1",
            ),
            200,
            listing(vec![trustee(TRUSTEE_ORG)], 25),
        )
        .mount(&server)
        .await;
        let listing = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustees()
            .page_size(25)
            .page_number(1)
            .send()
            .await
            .unwrap();
        assert_eq!(listing.page_count, Some(1));
        let trustee = &listing.entities.unwrap()[0];
        assert_eq!(trustee.id.as_deref(), Some(TRUSTEE_ORG));
        assert_eq!(trustee.created_by.as_ref().unwrap().version, 3);
    }

    #[tokio::test]
    async fn post_orgauthorization_trustees() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/api/v2/orgauthorization/trustees",
                "",
                json!({
                    "pairingId": PAIRING_ID,
                    "enabled": true,
                    "users": [{"id": USER_ID, "roleIds": ["r-admin"]}]
                }),
            ),
            200,
            trustee(TRUSTEE_ORG),
        )
        .mount(&server)
        .await;
        let created = genesys(&server)
            .organization_authorization()
            .post_orgauthorization_trustees(t::TrustCreate {
                pairing_id: PAIRING_ID.into(),
                enabled: true,
                users: Some(vec![t::TrustMemberCreate {
                    id: USER_ID.into(),
                    role_ids: vec!["r-admin".into()],
                }]),
                groups: None,
            })
            .send()
            .await
            .unwrap();
        assert!(created.enabled);
        assert_eq!(
            created.organization.unwrap().name.as_deref(),
            Some("Partner Org")
        );
    }

    #[tokio::test]
    async fn post_orgauthorization_trustees_audits() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/api/v2/orgauthorization/trustees/audits",
                "pageSize=50&pageNumber=2&sortBy=timestamp&sortOrder=ascending",
                json!({
                    "trusteeOrganizationIds": [TRUSTEE_ORG],
                    "trusteeUserIds": [USER_ID],
                    "startDate": "2024-01-01T00:00:00Z",
                    "endDate": "2024-01-31T23:59:59Z",
                    "queryPhrase": "login",
                    "facets": [{"name": "action", "type": "STRING"}],
                    "filters": [{"name": "action", "type": "STRING", "operator": "EQUALS",
                                 "values": ["login"]}]
                }),
            ),
            200,
            json!({"pageNumber": 2, "pageSize": 50, "total": 51,
                   "entities": [{"id": "audit-51", "action": "login"}]}),
        )
        .mount(&server)
        .await;
        let audits = genesys(&server)
            .organization_authorization()
            .post_orgauthorization_trustees_audits(t::TrusteeAuditQueryRequest {
                trustee_organization_ids: vec![TRUSTEE_ORG.into()],
                trustee_user_ids: vec![USER_ID.into()],
                start_date: Some("2024-01-01T00:00:00Z".parse().unwrap()),
                end_date: Some("2024-01-31T23:59:59Z".parse().unwrap()),
                query_phrase: Some("login".into()),
                facets: Some(vec![t::Facet {
                    name: "action".into(),
                    type_: "STRING".into(),
                }]),
                filters: Some(vec![t::Filter {
                    name: "action".into(),
                    type_: "STRING".into(),
                    operator: "EQUALS".into(),
                    values: vec!["login".into()],
                }]),
            })
            .page_size(50)
            .page_number(2)
            .sort_by("timestamp")
            .sort_order("ascending")
            .send()
            .await
            .unwrap();
        assert_eq!(audits["total"], 51);
        assert_eq!(audits["entities"][0]["action"], "login");
    }

    #[tokio::test]
    async fn get_orgauthorization_trustee() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}"),
                "",
            ),
            200,
            trustee(TRUSTEE_ORG),
        )
        .mount(&server)
        .await;
        let trustee = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustee(TRUSTEE_ORG)
            .send()
            .await
            .unwrap();
        assert_eq!(
            trustee.date_created.unwrap().to_rfc3339(),
            "2024-02-01T10:00:00+00:00"
        );
    }

    #[tokio::test]
    async fn put_orgauthorization_trustee() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PUT",
                &format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}"),
                "",
                json!({"id": TRUSTEE_ORG, "enabled": false}),
            ),
            200,
            {
                let mut answer = trustee(TRUSTEE_ORG);
                answer["enabled"] = json!(false);
                answer
            },
        )
        .mount(&server)
        .await;
        let updated = genesys(&server)
            .organization_authorization()
            .put_orgauthorization_trustee(
                TRUSTEE_ORG,
                t::Trustee {
                    id: Some(TRUSTEE_ORG.into()),
                    enabled: false,
                    date_created: None,
                    created_by: None,
                    organization: None,
                    self_uri: None,
                },
            )
            .send()
            .await
            .unwrap();
        assert!(!updated.enabled);
    }

    #[tokio::test]
    async fn delete_orgauthorization_trustee() {
        let server = MockServer::start().await;
        mock_empty(
            delete(&format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}")),
            204,
        )
        .mount(&server)
        .await;
        let result = genesys(&server)
            .organization_authorization()
            .delete_orgauthorization_trustee(TRUSTEE_ORG)
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }

    #[tokio::test]
    async fn get_orgauthorization_trustee_users() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users"),
                "pageSize=10",
            ),
            200,
            listing(vec![trust_user(USER_ID), trust_user("u-2")], 10),
        )
        .mount(&server)
        .await;
        let users = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustee_users(TRUSTEE_ORG)
            .page_size(10)
            .send()
            .await
            .unwrap();
        let entities = users.entities.unwrap();
        assert_eq!(entities.len(), 2);
        assert_eq!(entities[1].id.as_deref(), Some("u-2"));
        assert_eq!(users.total, Some(2));
    }

    #[tokio::test]
    async fn post_orgauthorization_trustee_users() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                &format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users"),
                "",
                json!({"id": USER_ID, "roleIds": ["r-admin", "r-supervisor"]}),
            ),
            200,
            trust_user(USER_ID),
        )
        .mount(&server)
        .await;
        let user = genesys(&server)
            .organization_authorization()
            .post_orgauthorization_trustee_users(
                TRUSTEE_ORG,
                t::TrustMemberCreate {
                    id: USER_ID.into(),
                    role_ids: vec!["r-admin".into(), "r-supervisor".into()],
                },
            )
            .send()
            .await
            .unwrap();
        assert_eq!(user.version, 5);
        assert_eq!(user.state.as_ref().map(|s| s.as_str()), Some("active"));
    }

    #[tokio::test]
    async fn get_orgauthorization_trustee_user() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}"),
                "",
            ),
            200,
            trust_user(USER_ID),
        )
        .mount(&server)
        .await;
        let user = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustee_user(TRUSTEE_ORG, USER_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(
            user.email.as_deref(),
            Some("sam.support@partner.example.com")
        );
        assert!(user.trust_user_details.unwrap().date_created.is_some());
    }

    #[tokio::test]
    async fn delete_orgauthorization_trustee_user() {
        let server = MockServer::start().await;
        mock_empty(
            delete(&format!(
                "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}"
            )),
            204,
        )
        .mount(&server)
        .await;
        let result = genesys(&server)
            .organization_authorization()
            .delete_orgauthorization_trustee_user(TRUSTEE_ORG, USER_ID)
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }

    #[tokio::test]
    async fn get_orgauthorization_trustee_user_roles() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!(
                    "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}/roles"
                ),
                "",
            ),
            200,
            json!({
                "roles": [{"id": "r-admin", "name": "Admin"}, {"id": "r-supervisor", "name": "Supervisor"}],
                "permissions": ["admin", "routing:queue:view"],
                "permissionPolicies": [{"id": "p1", "domain": "routing", "entityName": "queue",
                                        "actionSet": ["view"], "allowConditions": false}]
            }),
        )
        .mount(&server)
        .await;
        let authorization = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustee_user_roles(TRUSTEE_ORG, USER_ID)
            .send()
            .await
            .unwrap();
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
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PUT",
                &format!(
                    "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}/roles"
                ),
                "",
                json!(["r-admin", "r-reporting"]),
            ),
            200,
            json!({"roles": [{"id": "r-admin", "name": "Admin"}, {"id": "r-reporting", "name": "Reporting"}],
                   "permissions": ["admin", "analytics:report:view"]}),
        )
        .mount(&server)
        .await;
        let authorization = genesys(&server)
            .organization_authorization()
            .put_orgauthorization_trustee_user_roles(
                TRUSTEE_ORG,
                USER_ID,
                vec!["r-admin".into(), "r-reporting".into()],
            )
            .send()
            .await
            .unwrap();
        assert_eq!(
            authorization.roles.unwrap()[1].id.as_deref(),
            Some("r-reporting")
        );
    }

    #[tokio::test]
    async fn delete_orgauthorization_trustee_user_roles() {
        let server = MockServer::start().await;
        mock_empty(
            delete(&format!(
                "/api/v2/orgauthorization/trustees/{TRUSTEE_ORG}/users/{USER_ID}/roles"
            )),
            204,
        )
        .mount(&server)
        .await;
        let result = genesys(&server)
            .organization_authorization()
            .delete_orgauthorization_trustee_user_roles(TRUSTEE_ORG, USER_ID)
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }

    #[tokio::test]
    async fn post_orgauthorization_trustor_audits() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/api/v2/orgauthorization/trustor/audits",
                "pageSize=25&sortOrder=descending",
                json!({
                    "trustorOrganizationId": TRUSTOR_ORG,
                    "trusteeUserIds": [USER_ID, "u-2"]
                }),
            ),
            200,
            json!({"pageNumber": 1, "pageSize": 25, "total": 2,
                   "entities": [{"id": "audit-1", "action": "view"}, {"id": "audit-2", "action": "update"}]}),
        )
        .mount(&server)
        .await;
        let audits = genesys(&server)
            .organization_authorization()
            .post_orgauthorization_trustor_audits(t::TrustorAuditQueryRequest {
                trustor_organization_id: TRUSTOR_ORG.into(),
                trustee_user_ids: vec![USER_ID.into(), "u-2".into()],
                start_date: None,
                end_date: None,
                query_phrase: None,
                facets: None,
                filters: None,
            })
            .page_size(25)
            .sort_order("descending")
            .send()
            .await
            .unwrap();
        assert_eq!(audits["entities"][1]["action"], "update");
    }

    #[tokio::test]
    async fn get_orgauthorization_trustors() {
        let server = MockServer::start().await;
        mock_json(
            get("/api/v2/orgauthorization/trustors", "pageNumber=3"),
            200,
            json!({
                "entities": [trustor(TRUSTOR_ORG)],
                "pageSize": 25, "pageNumber": 3, "total": 51, "pageCount": 3,
                "previousUri": "/api/v2/orgauthorization/trustors?pageSize=25&pageNumber=2"
            }),
        )
        .mount(&server)
        .await;
        let listing = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustors()
            .page_number(3)
            .send()
            .await
            .unwrap();
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
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}"),
                "",
            ),
            200,
            trustor(TRUSTOR_ORG),
        )
        .mount(&server)
        .await;
        let trustor = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustor(TRUSTOR_ORG)
            .send()
            .await
            .unwrap();
        assert_eq!(
            trustor.organization.unwrap().name.as_deref(),
            Some("Customer Org")
        );
    }

    #[tokio::test]
    async fn delete_orgauthorization_trustor() {
        let server = MockServer::start().await;
        mock_empty(
            delete(&format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}")),
            204,
        )
        .mount(&server)
        .await;
        let result = genesys(&server)
            .organization_authorization()
            .delete_orgauthorization_trustor(TRUSTOR_ORG)
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }

    #[tokio::test]
    async fn get_orgauthorization_trustor_users() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users"),
                "pageSize=5&pageNumber=1",
            ),
            200,
            listing(vec![trust_user(USER_ID)], 5),
        )
        .mount(&server)
        .await;
        let users = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustor_users(TRUSTOR_ORG)
            .page_size(5)
            .page_number(1)
            .send()
            .await
            .unwrap();
        assert_eq!(users.page_size, Some(5));
        assert_eq!(
            users.entities.unwrap()[0].name.as_deref(),
            Some("Sam Support")
        );
    }

    #[tokio::test]
    async fn get_orgauthorization_trustor_user() {
        let server = MockServer::start().await;
        mock_json(
            get(
                &format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users/{USER_ID}"),
                "",
            ),
            200,
            trust_user(USER_ID),
        )
        .mount(&server)
        .await;
        let user = genesys(&server)
            .organization_authorization()
            .get_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(user.id.as_deref(), Some(USER_ID));
        assert_eq!(
            user.authorization.unwrap().roles.unwrap()[0].id.as_deref(),
            Some("r-admin")
        );
    }

    #[tokio::test]
    async fn put_orgauthorization_trustor_user() {
        let server = MockServer::start().await;
        mock_json(
            genesys_request(
                "PUT",
                &format!("/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users/{USER_ID}"),
                "",
            )
            .and(NoBody),
            200,
            trust_user(USER_ID),
        )
        .mount(&server)
        .await;
        let user = genesys(&server)
            .organization_authorization()
            .put_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(
            user.username.as_deref(),
            Some("sam.support@partner.example.com")
        );
    }

    #[tokio::test]
    async fn delete_orgauthorization_trustor_user() {
        let server = MockServer::start().await;
        mock_empty(
            delete(&format!(
                "/api/v2/orgauthorization/trustors/{TRUSTOR_ORG}/users/{USER_ID}"
            )),
            204,
        )
        .mount(&server)
        .await;
        let result = genesys(&server)
            .organization_authorization()
            .delete_orgauthorization_trustor_user(TRUSTOR_ORG, USER_ID)
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }
}

mod cloudflare_organizations {
    use super::*;
    use ::cloudflare_organizations::apis::organizations::OrganizationsModifyProfileError;
    use ::cloudflare_organizations::types as t;
    use wiremock::MockBuilder;

    const ORG_ID: &str = "a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8";
    const PARENT_ID: &str = "b8c0d4e3f9a5b2c6d7e1f0a3b4c8d5e9";

    fn get(path: &str, query: &'static str) -> MockBuilder {
        cloudflare_request("GET", path, query).and(NoBody)
    }

    fn with_body(method: &str, path: &str, body: Value) -> MockBuilder {
        cloudflare_request(method, path, "").and(json_body(body))
    }

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
        let server = MockServer::start().await;
        mock_json(
            get(
                "/organizations",
                "id=a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8&id=c9d1e5f4&name=Acme%20Corporation\
                 &name.endsWith=Corporation&containing.user=7c5dae5552338874e5053f2534d2767a\
                 &containing.organization=b8c0d4e3&page_token=eyJvZmZzZXQiOjEwfQ&page_size=10",
            ),
            200,
            json!({
                "success": true, "errors": [],
                "messages": [{"code": 1000, "message": "ok"}],
                "result": [organization(ORG_ID, "Acme Corporation")],
                "result_info": {"total_size": 11}
            }),
        )
        .mount(&server)
        .await;
        let orgs = cloudflare(&server)
            .organizations()
            .organization_list_organizations()
            .id(vec![ORG_ID.into(), "c9d1e5f4".into()])
            .name("Acme Corporation")
            .name_ends_with("Corporation")
            .containing_user("7c5dae5552338874e5053f2534d2767a")
            .containing_organization("b8c0d4e3")
            .page_token("eyJvZmZzZXQiOjEwfQ")
            .page_size(10)
            .send()
            .await
            .unwrap();
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].parent.as_ref().unwrap().name, "Acme Holdings");
        assert_eq!(
            orgs[0].meta.flags.as_ref().unwrap().sub_org_creation,
            "enabled"
        );
    }

    #[tokio::test]
    async fn organizations_create_user_organization() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "POST",
                "/organizations",
                json!({"name": "Acme Corporation", "parent": {"id": PARENT_ID}, "profile": profile()}),
            ),
            200,
            envelope(organization(ORG_ID, "Acme Corporation")),
        )
        .mount(&server)
        .await;
        let created = cloudflare(&server)
            .organizations()
            .organizations_create_user_organization(t::OrganizationsCreateUserOrganizationBody {
                id: None,
                create_time: None,
                meta: None,
                name: "Acme Corporation".into(),
                parent: Some(t::OrganizationsCreateUserOrganizationBodyParent {
                    id: PARENT_ID.into(),
                    name: None,
                }),
                profile: Some(bodies::cloudflare_profile()),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(created.id, ORG_ID);
        assert_eq!(
            created.create_time.to_rfc3339(),
            "2019-12-27T18:11:19.117+00:00"
        );
    }

    #[tokio::test]
    async fn organizations_retrieve() {
        let server = MockServer::start().await;
        mock_json(
            get(&format!("/organizations/{ORG_ID}"), ""),
            200,
            envelope(organization(ORG_ID, "Acme Corporation")),
        )
        .mount(&server)
        .await;
        let org = cloudflare(&server)
            .organizations()
            .organizations_retrieve(ORG_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(org.name, "Acme Corporation");
        assert_eq!(org.meta.managed_by.as_deref(), Some("cloudflare"));
        assert_eq!(
            org.profile.unwrap().business_email,
            "billing@acme.example.com"
        );
    }

    #[tokio::test]
    async fn organizations_modify() {
        let server = MockServer::start().await;
        mock_json(
            with_body(
                "PUT",
                &format!("/organizations/{ORG_ID}"),
                json!({"name": "Acme Corp (EMEA)"}),
            ),
            200,
            envelope(organization(ORG_ID, "Acme Corp (EMEA)")),
        )
        .mount(&server)
        .await;
        let org = cloudflare(&server)
            .organizations()
            .organizations_modify(
                ORG_ID,
                // Built from JSON: only `name` is sent (the other fields are read-only).
                serde_json::from_value(json!({"name": "Acme Corp (EMEA)"})).unwrap(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(org.name, "Acme Corp (EMEA)");
    }

    #[tokio::test]
    async fn organizations_delete() {
        let server = MockServer::start().await;
        mock_json(
            cloudflare_request("DELETE", &format!("/organizations/{ORG_ID}"), "").and(NoBody),
            200,
            envelope(json!({"id": ORG_ID})),
        )
        .mount(&server)
        .await;
        let deleted = cloudflare(&server)
            .organizations()
            .organizations_delete(ORG_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(deleted.id, ORG_ID);
    }

    #[tokio::test]
    async fn organizations_get_profile() {
        let server = MockServer::start().await;
        mock_json(
            get(&format!("/organizations/{ORG_ID}/profile"), ""),
            200,
            envelope(profile()),
        )
        .mount(&server)
        .await;
        let profile = cloudflare(&server)
            .organizations()
            .organizations_get_profile(ORG_ID)
            .send()
            .await
            .unwrap();
        assert_eq!(profile.business_phone, "+1 415 555 0100");
        assert_eq!(profile, bodies::cloudflare_profile());
    }

    #[tokio::test]
    async fn organizations_modify_profile() {
        let server = MockServer::start().await;
        mock_empty(
            with_body(
                "PUT",
                &format!("/organizations/{ORG_ID}/profile"),
                profile(),
            ),
            204,
        )
        .mount(&server)
        .await;
        let result = cloudflare(&server)
            .organizations()
            .organizations_modify_profile(ORG_ID, bodies::cloudflare_profile())
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);

        // The spec documents `4XX` (the V4 error envelope): every 4xx status is the typed
        // `ClientError`; a 5xx is not documented.
        for status in [400, 401, 403, 404, 405, 409, 413, 422, 429] {
            let server = MockServer::start().await;
            let message = format!("profile update failed with {status}");
            mock_json(
                with_body(
                    "PUT",
                    &format!("/organizations/{ORG_ID}/profile"),
                    profile(),
                ),
                status,
                json!({"success": false, "messages": [],
                       "errors": [{"code": 10000 + u32::from(status), "message": message,
                                   "source": {"pointer": "/business_email"}}]}),
            )
            .mount(&server)
            .await;
            let err = cloudflare(&server)
                .organizations()
                .organizations_modify_profile(ORG_ID, bodies::cloudflare_profile())
                .with_max_retries(0)
                .send()
                .await
                .unwrap_err();
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
                },
                other => panic!("{status}: expected Error::Api, got {other:?}"),
            }
        }
        let server = MockServer::start().await;
        mock_json(
            with_body("PUT", &format!("/organizations/{ORG_ID}/profile"), profile()),
            500,
            json!({"success": false, "messages": [], "errors": [{"code": 10001, "message": "internal"}]}),
        )
        .mount(&server)
        .await;
        let err = cloudflare(&server)
            .organizations()
            .organizations_modify_profile(ORG_ID, bodies::cloudflare_profile())
            .with_max_retries(0)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, ::cloudflare_organizations::Error::UnexpectedStatus(_)),
            "{err:?}"
        );
    }
}

mod archera_organizations {
    use super::*;
    use ::archera_organizations::apis::organizations_beta::UpdateOrganizationError;
    use ::archera_organizations::types as t;

    const ORG_ID: &str = "3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f";

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

    fn update_json() -> Value {
        json!({"name": "Acme Corporation", "domain": null,
               "address": {"line1": "1 Market St", "city": "San Francisco"}})
    }

    #[tokio::test]
    async fn list_organizations() {
        let server = MockServer::start().await;
        mock_json(
            archera_request("GET", "/beta/v1/organizations", "").and(NoBody),
            200,
            json!([
                {"id": ORG_ID, "name": "Acme Corp", "domain": "acme.com", "role": "admin",
                 "kind": "direct", "is_primary": true, "denied_permissions": []},
                {"id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "name": "Globex", "domain": null,
                 "role": "restricted_user", "kind": "partnership", "is_primary": false,
                 "denied_permissions": ["PurchasePlanV2:execute"]}
            ]),
        )
        .mount(&server)
        .await;
        let orgs = archera(&server)
            .organizations_beta()
            .list_organizations()
            .send()
            .await
            .unwrap();
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
        let server = MockServer::start().await;
        mock_json(
            archera_request("GET", &format!("/beta/v1/organizations/{ORG_ID}"), "").and(NoBody),
            200,
            detail("Acme Corp"),
        )
        .mount(&server)
        .await;
        let org = archera(&server)
            .organizations_beta()
            .get_organization(ORG_ID.parse().unwrap())
            .send()
            .await
            .unwrap();
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
        }
    }

    #[tokio::test]
    async fn update_organization() {
        let server = MockServer::start().await;
        mock_json(
            archera_request("PATCH", &format!("/beta/v1/organizations/{ORG_ID}"), "")
                .and(json_body(update_json())),
            200,
            json!({"id": ORG_ID, "name": "Acme Corporation", "domain": null,
                   "created_at": "2023-04-12T09:30:00Z",
                   "address": {"line1": "1 Market St", "city": "San Francisco"}}),
        )
        .mount(&server)
        .await;
        let updated = archera(&server)
            .organizations_beta()
            .update_organization(ORG_ID.parse().unwrap(), bodies::archera_update())
            .send()
            .await
            .unwrap();
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
            let server = MockServer::start().await;
            let errors = if status == 422 {
                json!({"json": {"domain": ["Not a valid domain."]}})
            } else {
                json!({})
            };
            let body = json!({"code": status, "status": name,
                              "message": format!("update failed with {status}"), "errors": errors});
            mock_json(
                archera_request("PATCH", &format!("/beta/v1/organizations/{ORG_ID}"), "")
                    .and(json_body(update_json())),
                status,
                body,
            )
            .mount(&server)
            .await;
            let err = archera(&server)
                .organizations_beta()
                .update_organization(ORG_ID.parse().unwrap(), bodies::archera_update())
                .send()
                .await
                .unwrap_err();
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
        let server = MockServer::start().await;
        mock_empty(
            archera_request("DELETE", &format!("/beta/v1/organizations/{ORG_ID}"), "").and(NoBody),
            204,
        )
        .mount(&server)
        .await;
        let result = archera(&server)
            .organizations_beta()
            .delete_organization(ORG_ID.parse().unwrap())
            .send_with_response()
            .await
            .unwrap();
        assert_eq!(result.status().as_u16(), 204);
    }
}
