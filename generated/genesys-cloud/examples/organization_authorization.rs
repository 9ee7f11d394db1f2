//! The examples of `docs/OrganizationAuthorizationApi.md`, one function per operation, compiled with the crate so they cannot go stale.
//!
//! Run them against a mock server on `http://127.0.0.1:9` with `cargo run --example organization_authorization`.

#[allow(unused_imports)]
use genesys_cloud::{apis, types, Client, Error};

/// Builds a client for Genesys Cloud Platform API - Organization, with credentials for every operation of the examples.
fn client() -> Result<Client, Error> {
    Client::builder().bearer_token("YOUR_ACCESS_TOKEN").build()
}

/// `POST /api/v2/orgauthorization/pairings`: A pairing id is created by the trustee and given to the trustor to create a trust.
async fn post_orgauthorization_pairings(client: &Client) {
    let result = client
        .organization_authorization()
        .post_orgauthorization_pairings(
            types::TrustRequestCreate::new()
                .with_user_ids(vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()])
                .with_group_ids(vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()]),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PostOrgauthorizationPairingsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("post_orgauthorization_pairings failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/pairings/{pairingId}`: Get Pairing Info
async fn get_orgauthorization_pairing(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_pairing("0e1d2c3b-4a59-4687-a5b4-c3d2e1f0a9b8")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationPairingError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_pairing failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustees`: The list of trustees for this organization (i.e. organizations granted access to this organization).
async fn get_orgauthorization_trustees(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustees()
        .page_size(25)
        .page_number(1)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrusteesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustees failed: {error}"),
    }
}

/// `POST /api/v2/orgauthorization/trustees`: Create a new organization authorization trust. This is required to grant other organizations access to your organization.
async fn post_orgauthorization_trustees(client: &Client) {
    let result = client
        .organization_authorization()
        .post_orgauthorization_trustees(
            types::TrustCreate::new("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42", true),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PostOrgauthorizationTrusteesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("post_orgauthorization_trustees failed: {error}"),
    }
}

/// `POST /api/v2/orgauthorization/trustees/audits`: Get Org Trustee Audits
async fn post_orgauthorization_trustees_audits(client: &Client) {
    let result = client
        .organization_authorization()
        .post_orgauthorization_trustees_audits(
            types::TrusteeAuditQueryRequest::new(
                vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()],
                vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()],
            ),
        )
        .page_size(25)
        .page_number(1)
        .sort_by("timestamp")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("post_orgauthorization_trustees_audits failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}`: Get Org Trust
async fn get_orgauthorization_trustee(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustee("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrusteeError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustee failed: {error}"),
    }
}

/// `PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}`: Update Org Trust
async fn put_orgauthorization_trustee(client: &Client) {
    let result = client
        .organization_authorization()
        .put_orgauthorization_trustee(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            types::Trustee::new(true),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PutOrgauthorizationTrusteeError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_orgauthorization_trustee failed: {error}"),
    }
}

/// `DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}`: Delete Org Trust
async fn delete_orgauthorization_trustee(client: &Client) {
    let result = client
        .organization_authorization()
        .delete_orgauthorization_trustee("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42")
        .send()
        .await;
    match result {
        Ok(()) => println!("delete_orgauthorization_trustee: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::DeleteOrgauthorizationTrusteeError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("delete_orgauthorization_trustee failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`: The list of trustee users for this organization (i.e. users granted access to this organization).
async fn get_orgauthorization_trustee_users(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustee_users("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42")
        .page_size(25)
        .page_number(1)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustee_users failed: {error}"),
    }
}

/// `POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`: Add a user to the trust.
async fn post_orgauthorization_trustee_users(client: &Client) {
    let result = client
        .organization_authorization()
        .post_orgauthorization_trustee_users(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            types::TrustMemberCreate::new(
                "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
                vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()],
            ),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("post_orgauthorization_trustee_users failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`: Get Trustee User
async fn get_orgauthorization_trustee_user(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustee_user(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrusteeUserError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustee_user failed: {error}"),
    }
}

/// `DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`: Delete Trustee User
async fn delete_orgauthorization_trustee_user(client: &Client) {
    let result = client
        .organization_authorization()
        .delete_orgauthorization_trustee_user(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("delete_orgauthorization_trustee_user: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("delete_orgauthorization_trustee_user failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`: Get Trustee User Roles
async fn get_orgauthorization_trustee_user_roles(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustee_user_roles(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("get_orgauthorization_trustee_user_roles failed: {error}")
        }
    }
}

/// `PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`: Update Trustee User Roles
async fn put_orgauthorization_trustee_user_roles(client: &Client) {
    let result = client
        .organization_authorization()
        .put_orgauthorization_trustee_user_roles(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
            vec!["example-body".to_string()],
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("put_orgauthorization_trustee_user_roles failed: {error}")
        }
    }
}

/// `DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`: Delete Trustee User Roles
async fn delete_orgauthorization_trustee_user_roles(client: &Client) {
    let result = client
        .organization_authorization()
        .delete_orgauthorization_trustee_user_roles(
            "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("delete_orgauthorization_trustee_user_roles: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("delete_orgauthorization_trustee_user_roles failed: {error}")
        }
    }
}

/// `POST /api/v2/orgauthorization/trustor/audits`: Get Org Trustor Audits
async fn post_orgauthorization_trustor_audits(client: &Client) {
    let result = client
        .organization_authorization()
        .post_orgauthorization_trustor_audits(
            types::TrustorAuditQueryRequest::new(
                "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
                vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()],
            ),
        )
        .page_size(25)
        .page_number(1)
        .sort_by("timestamp")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("post_orgauthorization_trustor_audits failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustors`: The list of organizations that have authorized/trusted your organization.
async fn get_orgauthorization_trustors(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustors()
        .page_size(25)
        .page_number(1)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrustorsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustors failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustors/{trustorOrgId}`: Get Org Trust
async fn get_orgauthorization_trustor(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustor("c3a1f0e2-6b7d-4f5e-9a8b-1c2d3e4f5a6b")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrustorError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustor failed: {error}"),
    }
}

/// `DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}`: Delete Org Trust
async fn delete_orgauthorization_trustor(client: &Client) {
    let result = client
        .organization_authorization()
        .delete_orgauthorization_trustor("c3a1f0e2-6b7d-4f5e-9a8b-1c2d3e4f5a6b")
        .send()
        .await;
    match result {
        Ok(()) => println!("delete_orgauthorization_trustor: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::DeleteOrgauthorizationTrustorError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("delete_orgauthorization_trustor failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users`: The list of users in the trustor organization (i.e. users granted access).
async fn get_orgauthorization_trustor_users(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustor_users("c3a1f0e2-6b7d-4f5e-9a8b-1c2d3e4f5a6b")
        .page_size(25)
        .page_number(1)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrustorUsersError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustor_users failed: {error}"),
    }
}

/// `GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`: Get Trustee User
async fn get_orgauthorization_trustor_user(client: &Client) {
    let result = client
        .organization_authorization()
        .get_orgauthorization_trustor_user(
            "c3a1f0e2-6b7d-4f5e-9a8b-1c2d3e4f5a6b",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::GetOrgauthorizationTrustorUserError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_orgauthorization_trustor_user failed: {error}"),
    }
}

/// `PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`: Add a Trustee user to the trust.
async fn put_orgauthorization_trustor_user(client: &Client) {
    let result = client
        .organization_authorization()
        .put_orgauthorization_trustor_user(
            "c3a1f0e2-6b7d-4f5e-9a8b-1c2d3e4f5a6b",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::PutOrgauthorizationTrustorUserError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_orgauthorization_trustor_user failed: {error}"),
    }
}

/// `DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`: Delete Trustee User
async fn delete_orgauthorization_trustor_user(client: &Client) {
    let result = client
        .organization_authorization()
        .delete_orgauthorization_trustor_user(
            "c3a1f0e2-6b7d-4f5e-9a8b-1c2d3e4f5a6b",
            "8f2c1e4a-3b5d-4c6e-9f7a-0b1c2d3e4f50",
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("delete_orgauthorization_trustor_user: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("delete_orgauthorization_trustor_user failed: {error}"),
    }
}

/// Calls every example once. Nothing listens on `127.0.0.1:9`, so each call fails fast and
/// prints its error; point the client at a mock server to see responses.
#[tokio::main]
async fn main() -> Result<(), Error> {
    let configured = client()?;
    println!("configured for {}", configured.base_url());
    let client = Client::new("http://127.0.0.1:9")?;
    post_orgauthorization_pairings(&client).await;
    get_orgauthorization_pairing(&client).await;
    get_orgauthorization_trustees(&client).await;
    post_orgauthorization_trustees(&client).await;
    post_orgauthorization_trustees_audits(&client).await;
    get_orgauthorization_trustee(&client).await;
    put_orgauthorization_trustee(&client).await;
    delete_orgauthorization_trustee(&client).await;
    get_orgauthorization_trustee_users(&client).await;
    post_orgauthorization_trustee_users(&client).await;
    get_orgauthorization_trustee_user(&client).await;
    delete_orgauthorization_trustee_user(&client).await;
    get_orgauthorization_trustee_user_roles(&client).await;
    put_orgauthorization_trustee_user_roles(&client).await;
    delete_orgauthorization_trustee_user_roles(&client).await;
    post_orgauthorization_trustor_audits(&client).await;
    get_orgauthorization_trustors(&client).await;
    get_orgauthorization_trustor(&client).await;
    delete_orgauthorization_trustor(&client).await;
    get_orgauthorization_trustor_users(&client).await;
    get_orgauthorization_trustor_user(&client).await;
    put_orgauthorization_trustor_user(&client).await;
    delete_orgauthorization_trustor_user(&client).await;
    Ok(())
}
