//! `genesys-cloud`'s `organization_authorization` module (the Organization Authorization
//! tag): one test per operation.

use serde_json::json;

use super::{listing, org_user, trust_user, trustee, trustor, API};
use crate::common::bodies::genesys_cloud::{self as bodies, *};
use crate::exchange::*;

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
