//! Organization settings, features, limits and migrations

use crate::{runtime, types, Client, Error, RequestOptions};

/// The `Organization` operations. Get one from [`Client::organization`].
#[derive(Debug, Clone)]
pub struct OrganizationApi {
    client: Client,
}

impl OrganizationApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Fetch field config for an entity type
    ///
    /// `GET /api/v2/fieldconfig`
    #[deprecated(note = "deprecated in the API")]
    pub fn get_fieldconfig(
        &self,
        type_: types::FieldConfigEntityType,
    ) -> GetFieldconfigRequest {
        GetFieldconfigRequest {
            client: self.client.clone(),
            type_,
            options: RequestOptions::default(),
        }
    }

    /// Create an organization.
    ///
    /// `POST /api/v2/organizations`
    ///
    /// Requires ANY permissions: internal:organization:add
    pub fn post_organizations(&self) -> PostOrganizationsRequest {
        PostOrganizationsRequest {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Gets the organization's settings
    ///
    /// `GET /api/v2/organizations/authentication/settings`
    ///
    /// Requires ANY permissions: directory:organization:admin
    pub fn get_organizations_authentication_settings(
        &self,
    ) -> GetOrganizationsAuthenticationSettingsRequest {
        GetOrganizationsAuthenticationSettingsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Update the organization's settings
    ///
    /// `PATCH /api/v2/organizations/authentication/settings`
    ///
    /// Requires ANY permissions: directory:organization:admin
    pub fn patch_organizations_authentication_settings(
        &self,
        body: types::OrgAuthSettings,
    ) -> PatchOrganizationsAuthenticationSettingsRequest {
        PatchOrganizationsAuthenticationSettingsRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get the list of domains that will be allowed to embed PureCloud applications
    ///
    /// `GET /api/v2/organizations/embeddedintegration`
    ///
    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    #[deprecated(note = "deprecated in the API")]
    pub fn get_organizations_embeddedintegration(
        &self,
    ) -> GetOrganizationsEmbeddedintegrationRequest {
        GetOrganizationsEmbeddedintegrationRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Update the list of domains that will be allowed to embed PureCloud applications
    ///
    /// `PUT /api/v2/organizations/embeddedintegration`
    ///
    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn put_organizations_embeddedintegration(
        &self,
        body: types::EmbeddedIntegration,
    ) -> PutOrganizationsEmbeddedintegrationRequest {
        PutOrganizationsEmbeddedintegrationRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Gets the setting for whether or not the organization enforces OAuth Scopes
    ///
    /// `GET /api/v2/organizations/enforcescopes`
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn get_organizations_enforcescopes(
        &self,
    ) -> GetOrganizationsEnforcescopesRequest {
        GetOrganizationsEnforcescopesRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Update the setting for whether or not the organization enforces OAuth Scopes
    ///
    /// `PUT /api/v2/organizations/enforcescopes`
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn put_organizations_enforcescopes(
        &self,
        body: types::EnforceScopesSetting,
    ) -> PutOrganizationsEnforcescopesRequest {
        PutOrganizationsEnforcescopesRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Update organization
    ///
    /// `PATCH /api/v2/organizations/features/{featureName}`
    ///
    /// Requires ANY permissions: directory:organization:admin
    pub fn patch_organizations_feature(
        &self,
        feature_name: types::PatchOrganizationsFeatureFeatureName,
        body: types::FeatureState,
    ) -> PatchOrganizationsFeatureRequest {
        PatchOrganizationsFeatureRequest {
            client: self.client.clone(),
            feature_name,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get organization IP address whitelist settings
    ///
    /// `GET /api/v2/organizations/ipaddressauthentication`
    ///
    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn get_organizations_ipaddressauthentication(
        &self,
    ) -> GetOrganizationsIpaddressauthenticationRequest {
        GetOrganizationsIpaddressauthenticationRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Update organization IP address whitelist settings
    ///
    /// `PUT /api/v2/organizations/ipaddressauthentication`
    ///
    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn put_organizations_ipaddressauthentication(
        &self,
        body: types::IpAddressAuthentication,
    ) -> PutOrganizationsIpaddressauthenticationRequest {
        PutOrganizationsIpaddressauthenticationRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get the available limit change requests
    ///
    /// `GET /api/v2/organizations/limits/changerequests`
    ///
    /// Timestamp interval defaults to the last 365 days if both query parameters are omitted. If only one parameter is omitted, the interval will default to a 180 day range in the specified direction.
    ///
    /// Requires ANY permissions: limits:organization:view
    pub fn get_organizations_limits_changerequests(
        &self,
    ) -> GetOrganizationsLimitsChangerequestsRequest {
        GetOrganizationsLimitsChangerequestsRequest {
            client: self.client.clone(),
            after: None,
            before: None,
            status: None,
            page_size: None,
            expand: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a limit change request
    ///
    /// `POST /api/v2/organizations/limits/changerequests`
    ///
    /// Requires ANY permissions: internal:limitChangeRequest:create
    pub fn post_organizations_limits_changerequests(
        &self,
        body: types::LimitChangeRequest,
    ) -> PostOrganizationsLimitsChangerequestsRequest {
        PostOrganizationsLimitsChangerequestsRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a limit change request
    ///
    /// `GET /api/v2/organizations/limits/changerequests/{requestId}`
    ///
    /// Requires ANY permissions: limits:organization:view
    pub fn get_organizations_limits_changerequest(
        &self,
        request_id: impl Into<String>,
    ) -> GetOrganizationsLimitsChangerequestRequest {
        GetOrganizationsLimitsChangerequestRequest {
            client: self.client.clone(),
            request_id: request_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update a limit change request
    ///
    /// `PATCH /api/v2/organizations/limits/changerequests/{requestId}`
    ///
    /// Requires ANY permissions: internal:limitChangeRequest:update
    pub fn patch_organizations_limits_changerequest(
        &self,
        request_id: impl Into<String>,
        body: types::LimitChangeRequestUpdate,
    ) -> PatchOrganizationsLimitsChangerequestRequest {
        PatchOrganizationsLimitsChangerequestRequest {
            client: self.client.clone(),
            request_id: request_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a link to the limit documentation
    ///
    /// `GET /api/v2/organizations/limits/docs`
    pub fn get_organizations_limits_docs(&self) -> GetOrganizationsLimitsDocsRequest {
        GetOrganizationsLimitsDocsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Get the available limit namespaces
    ///
    /// `GET /api/v2/organizations/limits/namespaces`
    ///
    /// Requires ANY permissions: limits:organization:view
    pub fn get_organizations_limits_namespaces(
        &self,
    ) -> GetOrganizationsLimitsNamespacesRequest {
        GetOrganizationsLimitsNamespacesRequest {
            client: self.client.clone(),
            page_size: None,
            page_number: None,
            options: RequestOptions::default(),
        }
    }

    /// Get the effective limits in a namespace for an organization
    ///
    /// `GET /api/v2/organizations/limits/namespaces/{namespaceName}`
    ///
    /// Requires ANY permissions: limits:organization:view
    pub fn get_organizations_limits_namespace(
        &self,
        namespace_name: impl Into<String>,
    ) -> GetOrganizationsLimitsNamespaceRequest {
        GetOrganizationsLimitsNamespaceRequest {
            client: self.client.clone(),
            namespace_name: namespace_name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get the default limits in a namespace for an organization
    ///
    /// `GET /api/v2/organizations/limits/namespaces/{namespaceName}/defaults`
    pub fn get_organizations_limits_namespace_defaults(
        &self,
        namespace_name: impl Into<String>,
    ) -> GetOrganizationsLimitsNamespaceDefaultsRequest {
        GetOrganizationsLimitsNamespaceDefaultsRequest {
            client: self.client.clone(),
            namespace_name: namespace_name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get organization.
    ///
    /// `GET /api/v2/organizations/me`
    pub fn get_organizations_me(&self) -> GetOrganizationsMeRequest {
        GetOrganizationsMeRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Update organization.
    ///
    /// `PUT /api/v2/organizations/me`
    ///
    /// Requires ANY permissions: directory:organization:admin
    pub fn put_organizations_me(&self) -> PutOrganizationsMeRequest {
        PutOrganizationsMeRequest {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Delete the organization.
    ///
    /// `DELETE /api/v2/organizations/me`
    ///
    /// Requires ANY permissions: internal:organization:terminate
    pub fn delete_organizations_me(&self) -> DeleteOrganizationsMeRequest {
        DeleteOrganizationsMeRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Get all migrations
    ///
    /// `GET /api/v2/organizations/migrations`
    ///
    /// Requires ANY permissions: migrations:organization:view
    pub fn get_organizations_migrations(&self) -> GetOrganizationsMigrationsRequest {
        GetOrganizationsMigrationsRequest {
            client: self.client.clone(),
            migration_type: None,
            include_hidden: None,
            include_details: None,
            options: RequestOptions::default(),
        }
    }

    /// Get a migration
    ///
    /// `GET /api/v2/organizations/migrations/{migrationName}`
    ///
    /// Requires ANY permissions: migrations:organization:view
    pub fn get_organizations_migration(
        &self,
        migration_name: impl Into<String>,
    ) -> GetOrganizationsMigrationRequest {
        GetOrganizationsMigrationRequest {
            client: self.client.clone(),
            migration_name: migration_name.into(),
            include_details: None,
            options: RequestOptions::default(),
        }
    }

    /// Update a migration
    ///
    /// `PATCH /api/v2/organizations/migrations/{migrationName}`
    ///
    /// Requires ANY permissions: migrations:organization:edit
    pub fn patch_organizations_migration(
        &self,
        migration_name: impl Into<String>,
        body: types::MigrationUpdate,
    ) -> PatchOrganizationsMigrationRequest {
        PatchOrganizationsMigrationRequest {
            client: self.client.clone(),
            migration_name: migration_name.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a migrations state
    ///
    /// `GET /api/v2/organizations/migrations/{migrationName}/state`
    ///
    /// Requires ANY permissions: migrations:organization:view
    pub fn get_organizations_migration_state(
        &self,
        migration_name: impl Into<String>,
    ) -> GetOrganizationsMigrationStateRequest {
        GetOrganizationsMigrationStateRequest {
            client: self.client.clone(),
            migration_name: migration_name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Gets the password requirement settings for the organization
    ///
    /// `GET /api/v2/organizations/passwordrequirements`
    ///
    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn get_organizations_passwordrequirements(
        &self,
    ) -> GetOrganizationsPasswordrequirementsRequest {
        GetOrganizationsPasswordrequirementsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Updates the password requirement settings for the organization
    ///
    /// `PUT /api/v2/organizations/passwordrequirements`
    ///
    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn put_organizations_passwordrequirements(
        &self,
        body: types::PasswordRequirements,
    ) -> PutOrganizationsPasswordrequirementsRequest {
        PutOrganizationsPasswordrequirementsRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// `GET /api/v2/organizations/whitelist`
    #[deprecated(note = "deprecated in the API")]
    pub fn get_organizations_whitelist(&self) -> GetOrganizationsWhitelistRequest {
        GetOrganizationsWhitelistRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// This route is deprecated, please use /api/v2/organizations/authentication/settings instead
    ///
    /// `PUT /api/v2/organizations/whitelist`
    ///
    /// Requires ANY permissions: directory:organization:admin
    #[deprecated(note = "deprecated in the API")]
    pub fn put_organizations_whitelist(
        &self,
        body: types::OrgWhitelistSettings,
    ) -> PutOrganizationsWhitelistRequest {
        PutOrganizationsWhitelistRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }
}

/// Request builder for [`OrganizationApi::get_fieldconfig`] (`GET /api/v2/fieldconfig`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFieldconfigRequest {
    client: Client,
    type_: types::FieldConfigEntityType,
    options: RequestOptions,
}

impl GetFieldconfigRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(self) -> runtime::BodyFuture<types::FieldConfig, GetFieldconfigError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::FieldConfig, GetFieldconfigError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/fieldconfig",
            operation_id: "getFieldconfig",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request
            .query_param(
                "type",
                &self.type_,
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetFieldconfigRequest {
    type Output = Result<types::FieldConfig, Error<GetFieldconfigError>>;
    type IntoFuture = runtime::BodyFuture<types::FieldConfig, GetFieldconfigError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_fieldconfig`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetFieldconfigError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetFieldconfigError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::post_organizations`] (`POST /api/v2/organizations`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrganizationsRequest {
    client: Client,
    body: Option<types::OrganizationCreate>,
    options: RequestOptions,
}

impl PostOrganizationsRequest {
    /// Organization
    pub fn body(mut self, value: types::OrganizationCreate) -> Self {
        self.body = Some(value);
        self
    }

    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<types::Organization, PostOrganizationsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Organization, PostOrganizationsError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/organizations",
            operation_id: "postOrganizations",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        if let Some(body) = self.body {
            request.json_body(&body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PostOrganizationsRequest {
    type Output = Result<types::Organization, Error<PostOrganizationsError>>;
    type IntoFuture = runtime::BodyFuture<types::Organization, PostOrganizationsError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::post_organizations`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrganizationsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PostOrganizationsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_authentication_settings`] (`GET /api/v2/organizations/authentication/settings`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsAuthenticationSettingsRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsAuthenticationSettingsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::OrgAuthSettings,
        GetOrganizationsAuthenticationSettingsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::OrgAuthSettings,
        GetOrganizationsAuthenticationSettingsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/authentication/settings",
            operation_id: "getOrganizationsAuthenticationSettings",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsAuthenticationSettingsRequest {
    type Output = Result<
        types::OrgAuthSettings,
        Error<GetOrganizationsAuthenticationSettingsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::OrgAuthSettings,
        GetOrganizationsAuthenticationSettingsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_authentication_settings`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsAuthenticationSettingsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsAuthenticationSettingsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::patch_organizations_authentication_settings`] (`PATCH /api/v2/organizations/authentication/settings`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOrganizationsAuthenticationSettingsRequest {
    client: Client,
    body: types::OrgAuthSettings,
    options: RequestOptions,
}

impl PatchOrganizationsAuthenticationSettingsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::OrgAuthSettings,
        PatchOrganizationsAuthenticationSettingsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::OrgAuthSettings,
        PatchOrganizationsAuthenticationSettingsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PATCH,
            path: "/api/v2/organizations/authentication/settings",
            operation_id: "patchOrganizationsAuthenticationSettings",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PatchOrganizationsAuthenticationSettingsRequest {
    type Output = Result<
        types::OrgAuthSettings,
        Error<PatchOrganizationsAuthenticationSettingsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::OrgAuthSettings,
        PatchOrganizationsAuthenticationSettingsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::patch_organizations_authentication_settings`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PatchOrganizationsAuthenticationSettingsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PatchOrganizationsAuthenticationSettingsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_embeddedintegration`] (`GET /api/v2/organizations/embeddedintegration`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsEmbeddedintegrationRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsEmbeddedintegrationRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::EmbeddedIntegration,
        GetOrganizationsEmbeddedintegrationError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::EmbeddedIntegration,
        GetOrganizationsEmbeddedintegrationError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/embeddedintegration",
            operation_id: "getOrganizationsEmbeddedintegration",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsEmbeddedintegrationRequest {
    type Output = Result<
        types::EmbeddedIntegration,
        Error<GetOrganizationsEmbeddedintegrationError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::EmbeddedIntegration,
        GetOrganizationsEmbeddedintegrationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_embeddedintegration`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsEmbeddedintegrationError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsEmbeddedintegrationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::put_organizations_embeddedintegration`] (`PUT /api/v2/organizations/embeddedintegration`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrganizationsEmbeddedintegrationRequest {
    client: Client,
    body: types::EmbeddedIntegration,
    options: RequestOptions,
}

impl PutOrganizationsEmbeddedintegrationRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::EmbeddedIntegration,
        PutOrganizationsEmbeddedintegrationError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::EmbeddedIntegration,
        PutOrganizationsEmbeddedintegrationError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/organizations/embeddedintegration",
            operation_id: "putOrganizationsEmbeddedintegration",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrganizationsEmbeddedintegrationRequest {
    type Output = Result<
        types::EmbeddedIntegration,
        Error<PutOrganizationsEmbeddedintegrationError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::EmbeddedIntegration,
        PutOrganizationsEmbeddedintegrationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::put_organizations_embeddedintegration`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrganizationsEmbeddedintegrationError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PutOrganizationsEmbeddedintegrationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_enforcescopes`] (`GET /api/v2/organizations/enforcescopes`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsEnforcescopesRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsEnforcescopesRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::EnforceScopesSetting,
        GetOrganizationsEnforcescopesError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::EnforceScopesSetting,
        GetOrganizationsEnforcescopesError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/enforcescopes",
            operation_id: "getOrganizationsEnforcescopes",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsEnforcescopesRequest {
    type Output = Result<
        types::EnforceScopesSetting,
        Error<GetOrganizationsEnforcescopesError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::EnforceScopesSetting,
        GetOrganizationsEnforcescopesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_enforcescopes`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsEnforcescopesError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsEnforcescopesError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::put_organizations_enforcescopes`] (`PUT /api/v2/organizations/enforcescopes`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrganizationsEnforcescopesRequest {
    client: Client,
    body: types::EnforceScopesSetting,
    options: RequestOptions,
}

impl PutOrganizationsEnforcescopesRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::EnforceScopesSetting,
        PutOrganizationsEnforcescopesError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::EnforceScopesSetting,
        PutOrganizationsEnforcescopesError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/organizations/enforcescopes",
            operation_id: "putOrganizationsEnforcescopes",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrganizationsEnforcescopesRequest {
    type Output = Result<
        types::EnforceScopesSetting,
        Error<PutOrganizationsEnforcescopesError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::EnforceScopesSetting,
        PutOrganizationsEnforcescopesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::put_organizations_enforcescopes`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrganizationsEnforcescopesError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PutOrganizationsEnforcescopesError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::patch_organizations_feature`] (`PATCH /api/v2/organizations/features/{featureName}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOrganizationsFeatureRequest {
    client: Client,
    feature_name: types::PatchOrganizationsFeatureFeatureName,
    body: types::FeatureState,
    options: RequestOptions,
}

impl PatchOrganizationsFeatureRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::OrganizationFeatures,
        PatchOrganizationsFeatureError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::OrganizationFeatures,
        PatchOrganizationsFeatureError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PATCH,
            path: "/api/v2/organizations/features/{featureName}",
            operation_id: "patchOrganizationsFeature",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("featureName", &self.feature_name);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PatchOrganizationsFeatureRequest {
    type Output = Result<
        types::OrganizationFeatures,
        Error<PatchOrganizationsFeatureError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::OrganizationFeatures,
        PatchOrganizationsFeatureError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::patch_organizations_feature`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PatchOrganizationsFeatureError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PatchOrganizationsFeatureError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_ipaddressauthentication`] (`GET /api/v2/organizations/ipaddressauthentication`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsIpaddressauthenticationRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsIpaddressauthenticationRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::IpAddressAuthentication,
        GetOrganizationsIpaddressauthenticationError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::IpAddressAuthentication,
        GetOrganizationsIpaddressauthenticationError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/ipaddressauthentication",
            operation_id: "getOrganizationsIpaddressauthentication",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsIpaddressauthenticationRequest {
    type Output = Result<
        types::IpAddressAuthentication,
        Error<GetOrganizationsIpaddressauthenticationError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::IpAddressAuthentication,
        GetOrganizationsIpaddressauthenticationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_ipaddressauthentication`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsIpaddressauthenticationError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsIpaddressauthenticationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::put_organizations_ipaddressauthentication`] (`PUT /api/v2/organizations/ipaddressauthentication`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrganizationsIpaddressauthenticationRequest {
    client: Client,
    body: types::IpAddressAuthentication,
    options: RequestOptions,
}

impl PutOrganizationsIpaddressauthenticationRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::IpAddressAuthentication,
        PutOrganizationsIpaddressauthenticationError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::IpAddressAuthentication,
        PutOrganizationsIpaddressauthenticationError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/organizations/ipaddressauthentication",
            operation_id: "putOrganizationsIpaddressauthentication",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrganizationsIpaddressauthenticationRequest {
    type Output = Result<
        types::IpAddressAuthentication,
        Error<PutOrganizationsIpaddressauthenticationError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::IpAddressAuthentication,
        PutOrganizationsIpaddressauthenticationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::put_organizations_ipaddressauthentication`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrganizationsIpaddressauthenticationError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PutOrganizationsIpaddressauthenticationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_limits_changerequests`] (`GET /api/v2/organizations/limits/changerequests`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsLimitsChangerequestsRequest {
    client: Client,
    after: Option<i64>,
    before: Option<i64>,
    status: Option<types::GetOrganizationsLimitsChangerequestsStatus>,
    page_size: Option<i32>,
    expand: Option<Vec<types::GetOrganizationsLimitsChangerequestsExpandItem>>,
    options: RequestOptions,
}

impl GetOrganizationsLimitsChangerequestsRequest {
    /// Timestamp indicating the date to begin after when searching for requests.
    pub fn after(mut self, value: i64) -> Self {
        self.after = Some(value);
        self
    }

    /// Timestamp indicating the date to end before when searching for requests.
    pub fn before(mut self, value: i64) -> Self {
        self.before = Some(value);
        self
    }

    /// Status of the request to be filtered by
    pub fn status(
        mut self,
        value: types::GetOrganizationsLimitsChangerequestsStatus,
    ) -> Self {
        self.status = Some(value);
        self
    }

    /// Page Size
    ///
    /// Default: `25`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Which fields, if any, to expand.
    pub fn expand(
        mut self,
        value: Vec<types::GetOrganizationsLimitsChangerequestsExpandItem>,
    ) -> Self {
        self.expand = Some(value);
        self
    }

    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::LimitChangeRequestsEntityListing,
        GetOrganizationsLimitsChangerequestsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::LimitChangeRequestsEntityListing,
        GetOrganizationsLimitsChangerequestsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/limits/changerequests",
            operation_id: "getOrganizationsLimitsChangerequests",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        if let Some(value) = &self.after {
            request
                .query_param(
                    "after",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.before {
            request
                .query_param(
                    "before",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.status {
            request
                .query_param(
                    "status",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.page_size {
            request
                .query_param(
                    "pageSize",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.expand {
            request
                .query_param(
                    "expand",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsLimitsChangerequestsRequest {
    type Output = Result<
        types::LimitChangeRequestsEntityListing,
        Error<GetOrganizationsLimitsChangerequestsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::LimitChangeRequestsEntityListing,
        GetOrganizationsLimitsChangerequestsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_limits_changerequests`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsLimitsChangerequestsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsLimitsChangerequestsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::post_organizations_limits_changerequests`] (`POST /api/v2/organizations/limits/changerequests`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrganizationsLimitsChangerequestsRequest {
    client: Client,
    body: types::LimitChangeRequest,
    options: RequestOptions,
}

impl PostOrganizationsLimitsChangerequestsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::LimitChangeRequestDetails,
        PostOrganizationsLimitsChangerequestsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::LimitChangeRequestDetails,
        PostOrganizationsLimitsChangerequestsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/organizations/limits/changerequests",
            operation_id: "postOrganizationsLimitsChangerequests",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PostOrganizationsLimitsChangerequestsRequest {
    type Output = Result<
        types::LimitChangeRequestDetails,
        Error<PostOrganizationsLimitsChangerequestsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::LimitChangeRequestDetails,
        PostOrganizationsLimitsChangerequestsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::post_organizations_limits_changerequests`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrganizationsLimitsChangerequestsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PostOrganizationsLimitsChangerequestsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_limits_changerequest`] (`GET /api/v2/organizations/limits/changerequests/{requestId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsLimitsChangerequestRequest {
    client: Client,
    request_id: String,
    options: RequestOptions,
}

impl GetOrganizationsLimitsChangerequestRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::LimitChangeRequestDetails,
        GetOrganizationsLimitsChangerequestError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::LimitChangeRequestDetails,
        GetOrganizationsLimitsChangerequestError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/limits/changerequests/{requestId}",
            operation_id: "getOrganizationsLimitsChangerequest",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("requestId", &self.request_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsLimitsChangerequestRequest {
    type Output = Result<
        types::LimitChangeRequestDetails,
        Error<GetOrganizationsLimitsChangerequestError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::LimitChangeRequestDetails,
        GetOrganizationsLimitsChangerequestError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_limits_changerequest`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsLimitsChangerequestError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsLimitsChangerequestError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::patch_organizations_limits_changerequest`] (`PATCH /api/v2/organizations/limits/changerequests/{requestId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOrganizationsLimitsChangerequestRequest {
    client: Client,
    request_id: String,
    body: types::LimitChangeRequestUpdate,
    options: RequestOptions,
}

impl PatchOrganizationsLimitsChangerequestRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::LimitChangeRequestDetails,
        PatchOrganizationsLimitsChangerequestError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::LimitChangeRequestDetails,
        PatchOrganizationsLimitsChangerequestError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PATCH,
            path: "/api/v2/organizations/limits/changerequests/{requestId}",
            operation_id: "patchOrganizationsLimitsChangerequest",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("requestId", &self.request_id);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PatchOrganizationsLimitsChangerequestRequest {
    type Output = Result<
        types::LimitChangeRequestDetails,
        Error<PatchOrganizationsLimitsChangerequestError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::LimitChangeRequestDetails,
        PatchOrganizationsLimitsChangerequestError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::patch_organizations_limits_changerequest`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PatchOrganizationsLimitsChangerequestError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PatchOrganizationsLimitsChangerequestError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_limits_docs`] (`GET /api/v2/organizations/limits/docs`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsLimitsDocsRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsLimitsDocsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<types::UrlResponse, GetOrganizationsLimitsDocsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::UrlResponse, GetOrganizationsLimitsDocsError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/limits/docs",
            operation_id: "getOrganizationsLimitsDocs",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsLimitsDocsRequest {
    type Output = Result<types::UrlResponse, Error<GetOrganizationsLimitsDocsError>>;
    type IntoFuture = runtime::BodyFuture<
        types::UrlResponse,
        GetOrganizationsLimitsDocsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_limits_docs`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsLimitsDocsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsLimitsDocsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_limits_namespaces`] (`GET /api/v2/organizations/limits/namespaces`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsLimitsNamespacesRequest {
    client: Client,
    page_size: Option<i32>,
    page_number: Option<i32>,
    options: RequestOptions,
}

impl GetOrganizationsLimitsNamespacesRequest {
    /// Page size
    ///
    /// Default: `100`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Page number
    ///
    /// Default: `1`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        serde_json::Map<String, serde_json::Value>,
        GetOrganizationsLimitsNamespacesError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        serde_json::Map<String, serde_json::Value>,
        GetOrganizationsLimitsNamespacesError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/limits/namespaces",
            operation_id: "getOrganizationsLimitsNamespaces",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        if let Some(value) = &self.page_size {
            request
                .query_param(
                    "pageSize",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.page_number {
            request
                .query_param(
                    "pageNumber",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsLimitsNamespacesRequest {
    type Output = Result<
        serde_json::Map<String, serde_json::Value>,
        Error<GetOrganizationsLimitsNamespacesError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        serde_json::Map<String, serde_json::Value>,
        GetOrganizationsLimitsNamespacesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_limits_namespaces`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsLimitsNamespacesError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsLimitsNamespacesError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_limits_namespace`] (`GET /api/v2/organizations/limits/namespaces/{namespaceName}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsLimitsNamespaceRequest {
    client: Client,
    namespace_name: String,
    options: RequestOptions,
}

impl GetOrganizationsLimitsNamespaceRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::LimitsEntityListing,
        GetOrganizationsLimitsNamespaceError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::LimitsEntityListing,
        GetOrganizationsLimitsNamespaceError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/limits/namespaces/{namespaceName}",
            operation_id: "getOrganizationsLimitsNamespace",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("namespaceName", &self.namespace_name);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsLimitsNamespaceRequest {
    type Output = Result<
        types::LimitsEntityListing,
        Error<GetOrganizationsLimitsNamespaceError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::LimitsEntityListing,
        GetOrganizationsLimitsNamespaceError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_limits_namespace`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsLimitsNamespaceError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsLimitsNamespaceError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_limits_namespace_defaults`] (`GET /api/v2/organizations/limits/namespaces/{namespaceName}/defaults`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsLimitsNamespaceDefaultsRequest {
    client: Client,
    namespace_name: String,
    options: RequestOptions,
}

impl GetOrganizationsLimitsNamespaceDefaultsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::LimitsEntityListing,
        GetOrganizationsLimitsNamespaceDefaultsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::LimitsEntityListing,
        GetOrganizationsLimitsNamespaceDefaultsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/limits/namespaces/{namespaceName}/defaults",
            operation_id: "getOrganizationsLimitsNamespaceDefaults",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("namespaceName", &self.namespace_name);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsLimitsNamespaceDefaultsRequest {
    type Output = Result<
        types::LimitsEntityListing,
        Error<GetOrganizationsLimitsNamespaceDefaultsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::LimitsEntityListing,
        GetOrganizationsLimitsNamespaceDefaultsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_limits_namespace_defaults`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsLimitsNamespaceDefaultsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsLimitsNamespaceDefaultsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_me`] (`GET /api/v2/organizations/me`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsMeRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsMeRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<types::Organization, GetOrganizationsMeError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Organization, GetOrganizationsMeError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/me",
            operation_id: "getOrganizationsMe",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsMeRequest {
    type Output = Result<types::Organization, Error<GetOrganizationsMeError>>;
    type IntoFuture = runtime::BodyFuture<types::Organization, GetOrganizationsMeError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_me`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsMeError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsMeError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::put_organizations_me`] (`PUT /api/v2/organizations/me`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrganizationsMeRequest {
    client: Client,
    body: Option<types::Organization>,
    options: RequestOptions,
}

impl PutOrganizationsMeRequest {
    /// Organization
    pub fn body(mut self, value: types::Organization) -> Self {
        self.body = Some(value);
        self
    }

    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<types::Organization, PutOrganizationsMeError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Organization, PutOrganizationsMeError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/organizations/me",
            operation_id: "putOrganizationsMe",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        if let Some(body) = self.body {
            request.json_body(&body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrganizationsMeRequest {
    type Output = Result<types::Organization, Error<PutOrganizationsMeError>>;
    type IntoFuture = runtime::BodyFuture<types::Organization, PutOrganizationsMeError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::put_organizations_me`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrganizationsMeError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `409`: Resource conflict - Unexpected version was provided
    Conflict(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PutOrganizationsMeError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            409 => Some(runtime::decode_json(body).map(Self::Conflict)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::delete_organizations_me`] (`DELETE /api/v2/organizations/me`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrganizationsMeRequest {
    client: Client,
    options: RequestOptions,
}

impl DeleteOrganizationsMeRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(self) -> runtime::BodyFuture<(), DeleteOrganizationsMeError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrganizationsMeError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/api/v2/organizations/me",
            operation_id: "deleteOrganizationsMe",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrganizationsMeRequest {
    type Output = Result<(), Error<DeleteOrganizationsMeError>>;
    type IntoFuture = runtime::BodyFuture<(), DeleteOrganizationsMeError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::delete_organizations_me`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrganizationsMeError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for DeleteOrganizationsMeError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_migrations`] (`GET /api/v2/organizations/migrations`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsMigrationsRequest {
    client: Client,
    migration_type: Option<types::GetOrganizationsMigrationsMigrationType>,
    include_hidden: Option<bool>,
    include_details: Option<bool>,
    options: RequestOptions,
}

impl GetOrganizationsMigrationsRequest {
    /// The type of migrations to query on
    pub fn migration_type(
        mut self,
        value: types::GetOrganizationsMigrationsMigrationType,
    ) -> Self {
        self.migration_type = Some(value);
        self
    }

    /// Return hidden migrations
    pub fn include_hidden(mut self, value: bool) -> Self {
        self.include_hidden = Some(value);
        self
    }

    /// Return additional properties for a Migration
    pub fn include_details(mut self, value: bool) -> Self {
        self.include_details = Some(value);
        self
    }

    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<types::MigrationListing, GetOrganizationsMigrationsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::MigrationListing,
        GetOrganizationsMigrationsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/migrations",
            operation_id: "getOrganizationsMigrations",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        if let Some(value) = &self.migration_type {
            request
                .query_param(
                    "migrationType",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.include_hidden {
            request
                .query_param(
                    "includeHidden",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.include_details {
            request
                .query_param(
                    "includeDetails",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsMigrationsRequest {
    type Output = Result<
        types::MigrationListing,
        Error<GetOrganizationsMigrationsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::MigrationListing,
        GetOrganizationsMigrationsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_migrations`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsMigrationsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsMigrationsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_migration`] (`GET /api/v2/organizations/migrations/{migrationName}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsMigrationRequest {
    client: Client,
    migration_name: String,
    include_details: Option<bool>,
    options: RequestOptions,
}

impl GetOrganizationsMigrationRequest {
    /// Return additional properties for a Migration
    pub fn include_details(mut self, value: bool) -> Self {
        self.include_details = Some(value);
        self
    }

    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<types::Migration, GetOrganizationsMigrationError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Migration, GetOrganizationsMigrationError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/migrations/{migrationName}",
            operation_id: "getOrganizationsMigration",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("migrationName", &self.migration_name);
        if let Some(value) = &self.include_details {
            request
                .query_param(
                    "includeDetails",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsMigrationRequest {
    type Output = Result<types::Migration, Error<GetOrganizationsMigrationError>>;
    type IntoFuture = runtime::BodyFuture<
        types::Migration,
        GetOrganizationsMigrationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_migration`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsMigrationError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsMigrationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::patch_organizations_migration`] (`PATCH /api/v2/organizations/migrations/{migrationName}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOrganizationsMigrationRequest {
    client: Client,
    migration_name: String,
    body: types::MigrationUpdate,
    options: RequestOptions,
}

impl PatchOrganizationsMigrationRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        serde_json::Map<String, serde_json::Value>,
        PatchOrganizationsMigrationError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        serde_json::Map<String, serde_json::Value>,
        PatchOrganizationsMigrationError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PATCH,
            path: "/api/v2/organizations/migrations/{migrationName}",
            operation_id: "patchOrganizationsMigration",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("migrationName", &self.migration_name);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PatchOrganizationsMigrationRequest {
    type Output = Result<
        serde_json::Map<String, serde_json::Value>,
        Error<PatchOrganizationsMigrationError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        serde_json::Map<String, serde_json::Value>,
        PatchOrganizationsMigrationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::patch_organizations_migration`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PatchOrganizationsMigrationError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PatchOrganizationsMigrationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_migration_state`] (`GET /api/v2/organizations/migrations/{migrationName}/state`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsMigrationStateRequest {
    client: Client,
    migration_name: String,
    options: RequestOptions,
}

impl GetOrganizationsMigrationStateRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::MigrationState,
        GetOrganizationsMigrationStateError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::MigrationState,
        GetOrganizationsMigrationStateError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/migrations/{migrationName}/state",
            operation_id: "getOrganizationsMigrationState",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("migrationName", &self.migration_name);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsMigrationStateRequest {
    type Output = Result<
        types::MigrationState,
        Error<GetOrganizationsMigrationStateError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::MigrationState,
        GetOrganizationsMigrationStateError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_migration_state`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsMigrationStateError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsMigrationStateError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_passwordrequirements`] (`GET /api/v2/organizations/passwordrequirements`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsPasswordrequirementsRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsPasswordrequirementsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::PasswordRequirements,
        GetOrganizationsPasswordrequirementsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::PasswordRequirements,
        GetOrganizationsPasswordrequirementsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/passwordrequirements",
            operation_id: "getOrganizationsPasswordrequirements",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsPasswordrequirementsRequest {
    type Output = Result<
        types::PasswordRequirements,
        Error<GetOrganizationsPasswordrequirementsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::PasswordRequirements,
        GetOrganizationsPasswordrequirementsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_passwordrequirements`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsPasswordrequirementsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsPasswordrequirementsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::put_organizations_passwordrequirements`] (`PUT /api/v2/organizations/passwordrequirements`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrganizationsPasswordrequirementsRequest {
    client: Client,
    body: types::PasswordRequirements,
    options: RequestOptions,
}

impl PutOrganizationsPasswordrequirementsRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::PasswordRequirements,
        PutOrganizationsPasswordrequirementsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::PasswordRequirements,
        PutOrganizationsPasswordrequirementsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/organizations/passwordrequirements",
            operation_id: "putOrganizationsPasswordrequirements",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrganizationsPasswordrequirementsRequest {
    type Output = Result<
        types::PasswordRequirements,
        Error<PutOrganizationsPasswordrequirementsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::PasswordRequirements,
        PutOrganizationsPasswordrequirementsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::put_organizations_passwordrequirements`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrganizationsPasswordrequirementsError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PutOrganizationsPasswordrequirementsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::get_organizations_whitelist`] (`GET /api/v2/organizations/whitelist`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationsWhitelistRequest {
    client: Client,
    options: RequestOptions,
}

impl GetOrganizationsWhitelistRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::OrgWhitelistSettings,
        GetOrganizationsWhitelistError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::OrgWhitelistSettings,
        GetOrganizationsWhitelistError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/organizations/whitelist",
            operation_id: "getOrganizationsWhitelist",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationsWhitelistRequest {
    type Output = Result<
        types::OrgWhitelistSettings,
        Error<GetOrganizationsWhitelistError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::OrgWhitelistSettings,
        GetOrganizationsWhitelistError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::get_organizations_whitelist`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationsWhitelistError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for GetOrganizationsWhitelistError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationApi::put_organizations_whitelist`] (`PUT /api/v2/organizations/whitelist`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrganizationsWhitelistRequest {
    client: Client,
    body: types::OrgWhitelistSettings,
    options: RequestOptions,
}

impl PutOrganizationsWhitelistRequest {
    /// Adds a header to this request only.
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options = self.options.with_header(name, value);
        self
    }

    /// Overrides the client's request timeout for this request only.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options = self.options.with_timeout(timeout);
        self
    }

    /// Overrides the client's retry count for this request only.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.options = self.options.with_max_retries(retries);
        self
    }

    /// Replaces all per-request options at once.
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the request and returns the decoded response body.
    pub fn send(
        self,
    ) -> runtime::BodyFuture<
        types::OrgWhitelistSettings,
        PutOrganizationsWhitelistError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::OrgWhitelistSettings,
        PutOrganizationsWhitelistError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/organizations/whitelist",
            operation_id: "putOrganizationsWhitelist",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrganizationsWhitelistRequest {
    type Output = Result<
        types::OrgWhitelistSettings,
        Error<PutOrganizationsWhitelistError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::OrgWhitelistSettings,
        PutOrganizationsWhitelistError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationApi::put_organizations_whitelist`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrganizationsWhitelistError {
    /// `400`: The request could not be understood by the server due to malformed syntax.
    BadRequest(types::ErrorBody),
    /// `401`: No authentication bearer token specified in authorization header.
    Unauthorized(types::ErrorBody),
    /// `403`: You are not authorized to perform the requested action.
    Forbidden(types::ErrorBody),
    /// `404`: The requested resource was not found.
    NotFound(types::ErrorBody),
    /// `408`: The client did not produce a request within the server timeout limit. This can be caused by a slow network connection and/or large payloads.
    RequestTimeout(types::ErrorBody),
    /// `413`: The request is over the size limit. Maximum bytes: %s
    PayloadTooLarge(types::ErrorBody),
    /// `415`: Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.
    UnsupportedMediaType(types::ErrorBody),
    /// `429`: Rate limit exceeded the maximum. Retry the request in [%s] seconds
    TooManyRequests(types::ErrorBody),
    /// `500`: The server encountered an unexpected condition which prevented it from fulfilling the request.
    InternalServerError(types::ErrorBody),
    /// `503`: Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).
    ServiceUnavailable(types::ErrorBody),
    /// `504`: The request timed out.
    GatewayTimeout(types::ErrorBody),
}

impl runtime::ErrorResponse for PutOrganizationsWhitelistError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            408 => Some(runtime::decode_json(body).map(Self::RequestTimeout)),
            413 => Some(runtime::decode_json(body).map(Self::PayloadTooLarge)),
            415 => Some(runtime::decode_json(body).map(Self::UnsupportedMediaType)),
            429 => Some(runtime::decode_json(body).map(Self::TooManyRequests)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            503 => Some(runtime::decode_json(body).map(Self::ServiceUnavailable)),
            504 => Some(runtime::decode_json(body).map(Self::GatewayTimeout)),
            _ => None,
        }
    }
}
