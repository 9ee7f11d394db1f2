//! `genesys-cloud`: one test per operation, in one file per API module of the crate
//! (`organization.rs` for `client.organization()`, ...), and every documented error of
//! `putOrganizationsMe`. The answers the modules' tests share are built here.

use ::genesys_cloud::Client;
use serde_json::{json, Value};

use crate::common::bodies::genesys_cloud::USER_ID;
use crate::common::{genesys, genesys_auth};
use crate::exchange::Api;

mod organization;
mod organization_authorization;

/// The crate's client on a mock server, with the auth headers every request must carry.
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
