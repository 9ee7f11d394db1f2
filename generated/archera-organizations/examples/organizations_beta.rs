//! The examples of `docs/OrganizationsBetaApi.md`, one function per operation, compiled with the crate so they cannot go stale.
//!
//! Run them against a mock server on `http://127.0.0.1:9` with `cargo run --example organizations_beta`.

#[allow(unused_imports)]
use archera_organizations::{apis, types, Client, Error};

/// Builds a client for Archera.ai Beta API, with credentials for every operation of the examples.
fn client() -> Result<Client, Error> {
    Client::builder().api_key("YOUR_API_KEY").build()
}

/// `GET /beta/v1/organizations`: List organizations the caller can access
async fn list_organizations(client: &Client) {
    let result = client.organizations_beta().list_organizations().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations_beta::ListOrganizationsError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("list_organizations failed: {error}"),
    }
}

/// `GET /beta/v1/organizations/{org_id}`: Get an organization's management details
async fn get_organization(client: &Client) {
    let result = client
        .organizations_beta()
        .get_organization(uuid::uuid!("3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f"))
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations_beta::GetOrganizationError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organization failed: {error}"),
    }
}

/// `DELETE /beta/v1/organizations/{org_id}`: Delete an organization
async fn delete_organization(client: &Client) {
    let result = client
        .organizations_beta()
        .delete_organization(uuid::uuid!("3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f"))
        .send()
        .await;
    match result {
        Ok(()) => println!("delete_organization: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations_beta::DeleteOrganizationError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("delete_organization failed: {error}"),
    }
}

/// `PATCH /beta/v1/organizations/{org_id}`: Update an organization
async fn update_organization(client: &Client) {
    let result = client
        .organizations_beta()
        .update_organization(
            uuid::uuid!("3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f"),
            types::OrganizationUpdateRequest::new()
                .with_name("Acme Corporation")
                .with_domain(Some("acme.com".to_string())),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organizations_beta::UpdateOrganizationError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("update_organization failed: {error}"),
    }
}

/// Calls every example once. Nothing listens on `127.0.0.1:9`, so each call fails fast and
/// prints its error; point the client at a mock server to see responses.
#[tokio::main]
async fn main() -> Result<(), Error> {
    let configured = client()?;
    println!("configured for {}", configured.base_url());
    let client = Client::new("http://127.0.0.1:9")?;
    list_organizations(&client).await;
    get_organization(&client).await;
    delete_organization(&client).await;
    update_organization(&client).await;
    Ok(())
}
