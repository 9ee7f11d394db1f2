//! The examples of `docs/OrganizationApi.md`, one function per operation, compiled with the crate so they cannot go stale.
//!
//! Run them against a mock server on `http://127.0.0.1:9` with `cargo run --example organization`.

#[allow(unused_imports)]
use genesys_cloud::{apis, types, Client, Error};

/// Builds a client for Genesys Cloud Platform API - Organization, with credentials for every operation of the examples.
fn client() -> Result<Client, Error> {
    Client::builder().bearer_token("YOUR_ACCESS_TOKEN").build()
}

/// `GET /api/v2/fieldconfig`: Fetch field config for an entity type
#[allow(deprecated)]
async fn get_fieldconfig(client: &Client) {
    let result = client
        .organization()
        .get_fieldconfig(types::FieldConfigEntityType::Person)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetFieldconfigError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_fieldconfig failed: {error}"),
    }
}

/// `POST /api/v2/organizations`: Create an organization.
async fn post_organizations(client: &Client) {
    let result = client
        .organization()
        .post_organizations()
        .body(
            types::OrganizationCreate::new(
                "example-name",
                "jane.doe",
                "correct-horse-battery-staple",
                "example.com",
                "example-name",
            ),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PostOrganizationsError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("post_organizations failed: {error}"),
    }
}

/// `GET /api/v2/organizations/authentication/settings`: Gets the organization's settings
async fn get_organizations_authentication_settings(client: &Client) {
    let result = client
        .organization()
        .get_organizations_authentication_settings()
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsAuthenticationSettingsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("get_organizations_authentication_settings failed: {error}")
        }
    }
}

/// `PATCH /api/v2/organizations/authentication/settings`: Update the organization's settings
async fn patch_organizations_authentication_settings(client: &Client) {
    let result = client
        .organization()
        .patch_organizations_authentication_settings(
            types::OrgAuthSettings::new()
                .with_multifactor_authentication_required(true)
                .with_domain_allowlist_enabled(true)
                .with_domain_allowlist(vec!["example.com".to_string()]),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PatchOrganizationsAuthenticationSettingsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("patch_organizations_authentication_settings failed: {error}")
        }
    }
}

/// `GET /api/v2/organizations/embeddedintegration`: Get the list of domains that will be allowed to embed PureCloud applications
#[allow(deprecated)]
async fn get_organizations_embeddedintegration(client: &Client) {
    let result = client
        .organization()
        .get_organizations_embeddedintegration()
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsEmbeddedintegrationError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_embeddedintegration failed: {error}"),
    }
}

/// `PUT /api/v2/organizations/embeddedintegration`: Update the list of domains that will be allowed to embed PureCloud applications
#[allow(deprecated)]
async fn put_organizations_embeddedintegration(client: &Client) {
    let result = client
        .organization()
        .put_organizations_embeddedintegration(
            types::EmbeddedIntegration::new()
                .with_enable_whitelist(true)
                .with_domain_whitelist(vec!["example.com".to_string()]),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PutOrganizationsEmbeddedintegrationError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_organizations_embeddedintegration failed: {error}"),
    }
}

/// `GET /api/v2/organizations/enforcescopes`: Gets the setting for whether or not the organization enforces OAuth Scopes
#[allow(deprecated)]
async fn get_organizations_enforcescopes(client: &Client) {
    let result = client.organization().get_organizations_enforcescopes().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsEnforcescopesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_enforcescopes failed: {error}"),
    }
}

/// `PUT /api/v2/organizations/enforcescopes`: Update the setting for whether or not the organization enforces OAuth Scopes
#[allow(deprecated)]
async fn put_organizations_enforcescopes(client: &Client) {
    let result = client
        .organization()
        .put_organizations_enforcescopes(
            types::EnforceScopesSetting::new().with_enforce_scopes(true),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PutOrganizationsEnforcescopesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_organizations_enforcescopes failed: {error}"),
    }
}

/// `PATCH /api/v2/organizations/features/{featureName}`: Update organization
async fn patch_organizations_feature(client: &Client) {
    let result = client
        .organization()
        .patch_organizations_feature(
            types::PatchOrganizationsFeatureFeatureName::Chat,
            types::FeatureState::new().with_enabled(true),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PatchOrganizationsFeatureError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("patch_organizations_feature failed: {error}"),
    }
}

/// `GET /api/v2/organizations/ipaddressauthentication`: Get organization IP address whitelist settings
#[allow(deprecated)]
async fn get_organizations_ipaddressauthentication(client: &Client) {
    let result = client
        .organization()
        .get_organizations_ipaddressauthentication()
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsIpaddressauthenticationError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("get_organizations_ipaddressauthentication failed: {error}")
        }
    }
}

/// `PUT /api/v2/organizations/ipaddressauthentication`: Update organization IP address whitelist settings
#[allow(deprecated)]
async fn put_organizations_ipaddressauthentication(client: &Client) {
    let result = client
        .organization()
        .put_organizations_ipaddressauthentication(
            types::IpAddressAuthentication::new()
                .with_network_whitelist(vec!["example-network-whitelist".to_string()]),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PutOrganizationsIpaddressauthenticationError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("put_organizations_ipaddressauthentication failed: {error}")
        }
    }
}

/// `GET /api/v2/organizations/limits/changerequests`: Get the available limit change requests
async fn get_organizations_limits_changerequests(client: &Client) {
    let result = client
        .organization()
        .get_organizations_limits_changerequests()
        .after(1)
        .before(1)
        .status(types::GetOrganizationsLimitsChangerequestsStatus::Approved)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsLimitsChangerequestsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("get_organizations_limits_changerequests failed: {error}")
        }
    }
}

/// `POST /api/v2/organizations/limits/changerequests`: Create a limit change request
async fn post_organizations_limits_changerequests(client: &Client) {
    let result = client
        .organization()
        .post_organizations_limits_changerequests(
            types::LimitChangeRequest::new(
                "example-key",
                "directory",
                10.0,
                "Created from the Rust client",
                "https://example.com",
            ),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PostOrganizationsLimitsChangerequestsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("post_organizations_limits_changerequests failed: {error}")
        }
    }
}

/// `GET /api/v2/organizations/limits/changerequests/{requestId}`: Get a limit change request
async fn get_organizations_limits_changerequest(client: &Client) {
    let result = client
        .organization()
        .get_organizations_limits_changerequest("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsLimitsChangerequestError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_limits_changerequest failed: {error}"),
    }
}

/// `PATCH /api/v2/organizations/limits/changerequests/{requestId}`: Update a limit change request
async fn patch_organizations_limits_changerequest(client: &Client) {
    let result = client
        .organization()
        .patch_organizations_limits_changerequest(
            "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
            types::LimitChangeRequestUpdate::new()
                .with_status("example-status")
                .with_reject_reason("example-reject-reason")
                .with_secondary_approval_namespaces(vec!["directory".to_string()]),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PatchOrganizationsLimitsChangerequestError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("patch_organizations_limits_changerequest failed: {error}")
        }
    }
}

/// `GET /api/v2/organizations/limits/docs`: Get a link to the limit documentation
async fn get_organizations_limits_docs(client: &Client) {
    let result = client.organization().get_organizations_limits_docs().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsLimitsDocsError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_limits_docs failed: {error}"),
    }
}

/// `GET /api/v2/organizations/limits/namespaces`: Get the available limit namespaces
async fn get_organizations_limits_namespaces(client: &Client) {
    let result = client
        .organization()
        .get_organizations_limits_namespaces()
        .page_size(100)
        .page_number(1)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsLimitsNamespacesError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_limits_namespaces failed: {error}"),
    }
}

/// `GET /api/v2/organizations/limits/namespaces/{namespaceName}`: Get the effective limits in a namespace for an organization
async fn get_organizations_limits_namespace(client: &Client) {
    let result = client
        .organization()
        .get_organizations_limits_namespace("directory")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsLimitsNamespaceError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_limits_namespace failed: {error}"),
    }
}

/// `GET /api/v2/organizations/limits/namespaces/{namespaceName}/defaults`: Get the default limits in a namespace for an organization
async fn get_organizations_limits_namespace_defaults(client: &Client) {
    let result = client
        .organization()
        .get_organizations_limits_namespace_defaults("directory")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => {
            eprintln!("get_organizations_limits_namespace_defaults failed: {error}")
        }
    }
}

/// `GET /api/v2/organizations/me`: Get organization.
async fn get_organizations_me(client: &Client) {
    let result = client.organization().get_organizations_me().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsMeError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_me failed: {error}"),
    }
}

/// `PUT /api/v2/organizations/me`: Update organization.
async fn put_organizations_me(client: &Client) {
    let result = client
        .organization()
        .put_organizations_me()
        .body(
            types::Organization::new(1)
                .with_default_language("en")
                .with_default_country_code("US")
                .with_state(types::OrganizationState::Active),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PutOrganizationsMeError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_organizations_me failed: {error}"),
    }
}

/// `DELETE /api/v2/organizations/me`: Delete the organization.
async fn delete_organizations_me(client: &Client) {
    let result = client.organization().delete_organizations_me().send().await;
    match result {
        Ok(()) => println!("delete_organizations_me: done"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::DeleteOrganizationsMeError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("delete_organizations_me failed: {error}"),
    }
}

/// `GET /api/v2/organizations/migrations`: Get all migrations
async fn get_organizations_migrations(client: &Client) {
    let result = client
        .organization()
        .get_organizations_migrations()
        .migration_type(types::GetOrganizationsMigrationsMigrationType::Enabled)
        .include_hidden(true)
        .include_details(true)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsMigrationsError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_migrations failed: {error}"),
    }
}

/// `GET /api/v2/organizations/migrations/{migrationName}`: Get a migration
async fn get_organizations_migration(client: &Client) {
    let result = client
        .organization()
        .get_organizations_migration("example-name")
        .include_details(true)
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsMigrationError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_migration failed: {error}"),
    }
}

/// `PATCH /api/v2/organizations/migrations/{migrationName}`: Update a migration
async fn patch_organizations_migration(client: &Client) {
    let result = client
        .organization()
        .patch_organizations_migration(
            "example-name",
            types::MigrationUpdate::new().with_enabled(true),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PatchOrganizationsMigrationError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("patch_organizations_migration failed: {error}"),
    }
}

/// `GET /api/v2/organizations/migrations/{migrationName}/state`: Get a migrations state
async fn get_organizations_migration_state(client: &Client) {
    let result = client
        .organization()
        .get_organizations_migration_state("example-name")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsMigrationStateError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_migration_state failed: {error}"),
    }
}

/// `GET /api/v2/organizations/passwordrequirements`: Gets the password requirement settings for the organization
#[allow(deprecated)]
async fn get_organizations_passwordrequirements(client: &Client) {
    let result = client
        .organization()
        .get_organizations_passwordrequirements()
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsPasswordrequirementsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_passwordrequirements failed: {error}"),
    }
}

/// `PUT /api/v2/organizations/passwordrequirements`: Updates the password requirement settings for the organization
#[allow(deprecated)]
async fn put_organizations_passwordrequirements(client: &Client) {
    let result = client
        .organization()
        .put_organizations_passwordrequirements(
            types::PasswordRequirements::new()
                .with_minimum_length(1)
                .with_minimum_digits(1)
                .with_minimum_letters(1),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PutOrganizationsPasswordrequirementsError::BadRequest(
                    body,
                ) => eprintln!("400 BadRequest: {body:?}"),
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_organizations_passwordrequirements failed: {error}"),
    }
}

/// `GET /api/v2/organizations/whitelist`: This route is deprecated, please use /api/v2/organizations/authentication/settings instead
#[allow(deprecated)]
async fn get_organizations_whitelist(client: &Client) {
    let result = client.organization().get_organizations_whitelist().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::GetOrganizationsWhitelistError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("get_organizations_whitelist failed: {error}"),
    }
}

/// `PUT /api/v2/organizations/whitelist`: This route is deprecated, please use /api/v2/organizations/authentication/settings instead
#[allow(deprecated)]
async fn put_organizations_whitelist(client: &Client) {
    let result = client
        .organization()
        .put_organizations_whitelist(
            types::OrgWhitelistSettings::new()
                .with_enable_whitelist(true)
                .with_domain_whitelist(vec!["example.com".to_string()]),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(Error::Api(error)) => {
            match &error.body {
                apis::organization::PutOrganizationsWhitelistError::BadRequest(body) => {
                    eprintln!("400 BadRequest: {body:?}")
                }
                other => eprintln!("{}: {other:?}", error.status),
            }
        }
        Err(error) => eprintln!("put_organizations_whitelist failed: {error}"),
    }
}

/// Calls every example once. Nothing listens on `127.0.0.1:9`, so each call fails fast and
/// prints its error; point the client at a mock server to see responses.
#[tokio::main]
async fn main() -> Result<(), Error> {
    let configured = client()?;
    println!("configured for {}", configured.base_url());
    let client = Client::new("http://127.0.0.1:9")?;
    get_fieldconfig(&client).await;
    post_organizations(&client).await;
    get_organizations_authentication_settings(&client).await;
    patch_organizations_authentication_settings(&client).await;
    get_organizations_embeddedintegration(&client).await;
    put_organizations_embeddedintegration(&client).await;
    get_organizations_enforcescopes(&client).await;
    put_organizations_enforcescopes(&client).await;
    patch_organizations_feature(&client).await;
    get_organizations_ipaddressauthentication(&client).await;
    put_organizations_ipaddressauthentication(&client).await;
    get_organizations_limits_changerequests(&client).await;
    post_organizations_limits_changerequests(&client).await;
    get_organizations_limits_changerequest(&client).await;
    patch_organizations_limits_changerequest(&client).await;
    get_organizations_limits_docs(&client).await;
    get_organizations_limits_namespaces(&client).await;
    get_organizations_limits_namespace(&client).await;
    get_organizations_limits_namespace_defaults(&client).await;
    get_organizations_me(&client).await;
    put_organizations_me(&client).await;
    delete_organizations_me(&client).await;
    get_organizations_migrations(&client).await;
    get_organizations_migration(&client).await;
    patch_organizations_migration(&client).await;
    get_organizations_migration_state(&client).await;
    get_organizations_passwordrequirements(&client).await;
    put_organizations_passwordrequirements(&client).await;
    get_organizations_whitelist(&client).await;
    put_organizations_whitelist(&client).await;
    Ok(())
}
