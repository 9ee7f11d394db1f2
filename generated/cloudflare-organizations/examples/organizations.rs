//! The examples of `docs/OrganizationsApi.md`, one function per operation, compiled with the crate so they cannot go stale.
//!
//! Run them against a mock server on `http://127.0.0.1:9` with `cargo run --example organizations`.

#[allow(unused_imports)]
use cloudflare_organizations::{apis, types, Client, Error};

/// Builds a client for Cloudflare API - Organizations, with credentials for every operation of the examples.
fn client() -> Result<Client, Error> {
    Client::builder().bearer_token("YOUR_ACCESS_TOKEN").build()
}

/// `GET /organizations`: List organizations the user has access to
async fn organization_list_organizations(client: &Client) {
    let result = client
        .organizations()
        .organization_list_organizations()
        .id(vec!["5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".to_string()])
        .name("Acme Corporation")
        .name_starts_with("Acme")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationListOrganizationsError::ClientError(
                    body,
                ) => eprintln!("4XX ClientError: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organization_list_organizations failed: {error}"),
    }
}

/// `POST /organizations`: Create organization
async fn organizations_create_user_organization(client: &Client) {
    let result = client
        .organizations()
        .organizations_create_user_organization(
            types::OrganizationsCreateUserOrganizationBody::new("Acme Corporation"),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationsCreateUserOrganizationError::ClientError(
                    body,
                ) => eprintln!("4XX ClientError: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organizations_create_user_organization failed: {error}"),
    }
}

/// `GET /organizations/{organization_id}`: Get organization
async fn organizations_retrieve(client: &Client) {
    let result = client
        .organizations()
        .organizations_retrieve("a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationsRetrieveError::ClientError(body) => {
                    eprintln!("4XX ClientError: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organizations_retrieve failed: {error}"),
    }
}

/// `PUT /organizations/{organization_id}`: Modify organization.
async fn organizations_modify(client: &Client) {
    let result = client
        .organizations()
        .organizations_modify(
            "a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8",
            types::OrganizationsCreateUserOrganizationBody::new("Acme Corporation"),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationsModifyError::ClientError(body) => {
                    eprintln!("4XX ClientError: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organizations_modify failed: {error}"),
    }
}

/// `DELETE /organizations/{organization_id}`: Delete organization.
async fn organizations_delete(client: &Client) {
    let result = client
        .organizations()
        .organizations_delete("a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationsDeleteError::ClientError(body) => {
                    eprintln!("4XX ClientError: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organizations_delete failed: {error}"),
    }
}

/// `GET /organizations/{organization_id}/profile`: Get organization profile
async fn organizations_get_profile(client: &Client) {
    let result = client
        .organizations()
        .organizations_get_profile("a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationsGetProfileError::ClientError(body) => {
                    eprintln!("4XX ClientError: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organizations_get_profile failed: {error}"),
    }
}

/// `PUT /organizations/{organization_id}/profile`: Modify organization profile.
async fn organizations_modify_profile(client: &Client) {
    let result = client
        .organizations()
        .organizations_modify_profile(
            "a7b9c3d2e8f4g1h5i6j0k9l2m3n7o4p8",
            types::Profile::new(
                "101 Townsend St, San Francisco, CA 94107, USA",
                "billing@acme.example.com",
                "Acme Corporation",
                "+1 415 555 0100",
                "{\"crm_id\":\"ACME-0042\"}",
            ),
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("organizations_modify_profile: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations::OrganizationsModifyProfileError::ClientError(
                    body,
                ) => eprintln!("4XX ClientError: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("organizations_modify_profile failed: {error}"),
    }
}

/// Calls every example once. Nothing listens on `127.0.0.1:9`, so each call fails fast and
/// prints its error; point the client at a mock server to see responses.
#[tokio::main]
async fn main() -> Result<(), Error> {
    let configured = client()?;
    println!("configured for {}", configured.base_url());
    let client = Client::new("http://127.0.0.1:9")?;
    organization_list_organizations(&client).await;
    organizations_create_user_organization(&client).await;
    organizations_retrieve(&client).await;
    organizations_modify(&client).await;
    organizations_delete(&client).await;
    organizations_get_profile(&client).await;
    organizations_modify_profile(&client).await;
    Ok(())
}
