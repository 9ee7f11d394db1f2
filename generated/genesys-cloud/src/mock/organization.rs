//! The mocks of the `Organization` operations: [`OrganizationMocks`], from [`MockServer::organization`].

#[allow(unused_imports)]
use crate::{apis::organization as api, runtime, types};
use crate::runtime::mock::{MockAnswer, MockOperation, MockServer, OperationMock};

/// The mocks of the `Organization` operations, one method per operation, named as the client's ([`OrganizationApi`](crate::apis::organization::OrganizationApi)).
#[derive(Debug, Clone, Copy)]
pub struct OrganizationMocks<'a> {
    server: &'a MockServer,
}

impl<'a> OrganizationMocks<'a> {
    pub(crate) fn new(server: &'a MockServer) -> Self {
        Self { server }
    }

    /// A mock of [`OrganizationApi::get_fieldconfig`](crate::apis::organization::OrganizationApi::get_fieldconfig) (`GET /api/v2/fieldconfig`), matching every request of it until narrowed.
    pub fn get_fieldconfig(&self) -> OperationMock<'a, api::GetFieldconfigRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::post_organizations`](crate::apis::organization::OrganizationApi::post_organizations) (`POST /api/v2/organizations`), matching every request of it until narrowed.
    pub fn post_organizations(
        &self,
    ) -> OperationMock<'a, api::PostOrganizationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_authentication_settings`](crate::apis::organization::OrganizationApi::get_organizations_authentication_settings) (`GET /api/v2/organizations/authentication/settings`), matching every request of it until narrowed.
    pub fn get_organizations_authentication_settings(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsAuthenticationSettingsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_authentication_settings`](crate::apis::organization::OrganizationApi::patch_organizations_authentication_settings) (`PATCH /api/v2/organizations/authentication/settings`), matching every request of it until narrowed.
    pub fn patch_organizations_authentication_settings(
        &self,
    ) -> OperationMock<'a, api::PatchOrganizationsAuthenticationSettingsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_embeddedintegration`](crate::apis::organization::OrganizationApi::get_organizations_embeddedintegration) (`GET /api/v2/organizations/embeddedintegration`), matching every request of it until narrowed.
    pub fn get_organizations_embeddedintegration(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsEmbeddedintegrationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_embeddedintegration`](crate::apis::organization::OrganizationApi::put_organizations_embeddedintegration) (`PUT /api/v2/organizations/embeddedintegration`), matching every request of it until narrowed.
    pub fn put_organizations_embeddedintegration(
        &self,
    ) -> OperationMock<'a, api::PutOrganizationsEmbeddedintegrationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_enforcescopes`](crate::apis::organization::OrganizationApi::get_organizations_enforcescopes) (`GET /api/v2/organizations/enforcescopes`), matching every request of it until narrowed.
    pub fn get_organizations_enforcescopes(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsEnforcescopesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_enforcescopes`](crate::apis::organization::OrganizationApi::put_organizations_enforcescopes) (`PUT /api/v2/organizations/enforcescopes`), matching every request of it until narrowed.
    pub fn put_organizations_enforcescopes(
        &self,
    ) -> OperationMock<'a, api::PutOrganizationsEnforcescopesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_feature`](crate::apis::organization::OrganizationApi::patch_organizations_feature) (`PATCH /api/v2/organizations/features/{featureName}`), matching every request of it until narrowed.
    pub fn patch_organizations_feature(
        &self,
    ) -> OperationMock<'a, api::PatchOrganizationsFeatureRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_ipaddressauthentication`](crate::apis::organization::OrganizationApi::get_organizations_ipaddressauthentication) (`GET /api/v2/organizations/ipaddressauthentication`), matching every request of it until narrowed.
    pub fn get_organizations_ipaddressauthentication(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsIpaddressauthenticationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_ipaddressauthentication`](crate::apis::organization::OrganizationApi::put_organizations_ipaddressauthentication) (`PUT /api/v2/organizations/ipaddressauthentication`), matching every request of it until narrowed.
    pub fn put_organizations_ipaddressauthentication(
        &self,
    ) -> OperationMock<'a, api::PutOrganizationsIpaddressauthenticationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_changerequests`](crate::apis::organization::OrganizationApi::get_organizations_limits_changerequests) (`GET /api/v2/organizations/limits/changerequests`), matching every request of it until narrowed.
    pub fn get_organizations_limits_changerequests(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsLimitsChangerequestsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::post_organizations_limits_changerequests`](crate::apis::organization::OrganizationApi::post_organizations_limits_changerequests) (`POST /api/v2/organizations/limits/changerequests`), matching every request of it until narrowed.
    pub fn post_organizations_limits_changerequests(
        &self,
    ) -> OperationMock<'a, api::PostOrganizationsLimitsChangerequestsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_changerequest`](crate::apis::organization::OrganizationApi::get_organizations_limits_changerequest) (`GET /api/v2/organizations/limits/changerequests/{requestId}`), matching every request of it until narrowed.
    pub fn get_organizations_limits_changerequest(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsLimitsChangerequestRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_limits_changerequest`](crate::apis::organization::OrganizationApi::patch_organizations_limits_changerequest) (`PATCH /api/v2/organizations/limits/changerequests/{requestId}`), matching every request of it until narrowed.
    pub fn patch_organizations_limits_changerequest(
        &self,
    ) -> OperationMock<'a, api::PatchOrganizationsLimitsChangerequestRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_docs`](crate::apis::organization::OrganizationApi::get_organizations_limits_docs) (`GET /api/v2/organizations/limits/docs`), matching every request of it until narrowed.
    pub fn get_organizations_limits_docs(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsLimitsDocsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_namespaces`](crate::apis::organization::OrganizationApi::get_organizations_limits_namespaces) (`GET /api/v2/organizations/limits/namespaces`), matching every request of it until narrowed.
    pub fn get_organizations_limits_namespaces(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsLimitsNamespacesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_namespace`](crate::apis::organization::OrganizationApi::get_organizations_limits_namespace) (`GET /api/v2/organizations/limits/namespaces/{namespaceName}`), matching every request of it until narrowed.
    pub fn get_organizations_limits_namespace(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsLimitsNamespaceRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_namespace_defaults`](crate::apis::organization::OrganizationApi::get_organizations_limits_namespace_defaults) (`GET /api/v2/organizations/limits/namespaces/{namespaceName}/defaults`), matching every request of it until narrowed.
    pub fn get_organizations_limits_namespace_defaults(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsLimitsNamespaceDefaultsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_me`](crate::apis::organization::OrganizationApi::get_organizations_me) (`GET /api/v2/organizations/me`), matching every request of it until narrowed.
    pub fn get_organizations_me(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsMeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_me`](crate::apis::organization::OrganizationApi::put_organizations_me) (`PUT /api/v2/organizations/me`), matching every request of it until narrowed.
    pub fn put_organizations_me(
        &self,
    ) -> OperationMock<'a, api::PutOrganizationsMeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::delete_organizations_me`](crate::apis::organization::OrganizationApi::delete_organizations_me) (`DELETE /api/v2/organizations/me`), matching every request of it until narrowed.
    pub fn delete_organizations_me(
        &self,
    ) -> OperationMock<'a, api::DeleteOrganizationsMeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_migrations`](crate::apis::organization::OrganizationApi::get_organizations_migrations) (`GET /api/v2/organizations/migrations`), matching every request of it until narrowed.
    pub fn get_organizations_migrations(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsMigrationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_migration`](crate::apis::organization::OrganizationApi::get_organizations_migration) (`GET /api/v2/organizations/migrations/{migrationName}`), matching every request of it until narrowed.
    pub fn get_organizations_migration(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsMigrationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_migration`](crate::apis::organization::OrganizationApi::patch_organizations_migration) (`PATCH /api/v2/organizations/migrations/{migrationName}`), matching every request of it until narrowed.
    pub fn patch_organizations_migration(
        &self,
    ) -> OperationMock<'a, api::PatchOrganizationsMigrationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_migration_state`](crate::apis::organization::OrganizationApi::get_organizations_migration_state) (`GET /api/v2/organizations/migrations/{migrationName}/state`), matching every request of it until narrowed.
    pub fn get_organizations_migration_state(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsMigrationStateRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_passwordrequirements`](crate::apis::organization::OrganizationApi::get_organizations_passwordrequirements) (`GET /api/v2/organizations/passwordrequirements`), matching every request of it until narrowed.
    pub fn get_organizations_passwordrequirements(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsPasswordrequirementsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_passwordrequirements`](crate::apis::organization::OrganizationApi::put_organizations_passwordrequirements) (`PUT /api/v2/organizations/passwordrequirements`), matching every request of it until narrowed.
    pub fn put_organizations_passwordrequirements(
        &self,
    ) -> OperationMock<'a, api::PutOrganizationsPasswordrequirementsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_whitelist`](crate::apis::organization::OrganizationApi::get_organizations_whitelist) (`GET /api/v2/organizations/whitelist`), matching every request of it until narrowed.
    pub fn get_organizations_whitelist(
        &self,
    ) -> OperationMock<'a, api::GetOrganizationsWhitelistRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_whitelist`](crate::apis::organization::OrganizationApi::put_organizations_whitelist) (`PUT /api/v2/organizations/whitelist`), matching every request of it until narrowed.
    pub fn put_organizations_whitelist(
        &self,
    ) -> OperationMock<'a, api::PutOrganizationsWhitelistRequest> {
        self.server.operation()
    }
}

impl MockOperation for api::GetFieldconfigRequest {
    type Output = types::FieldConfig;
    type Error = api::GetFieldconfigError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/fieldconfig";
    const OPERATION_ID: &'static str = "getFieldconfig";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetFieldconfigError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetFieldconfigError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetFieldconfigError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetFieldconfigError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetFieldconfigError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetFieldconfigError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetFieldconfigError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetFieldconfigError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetFieldconfigError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetFieldconfigError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetFieldconfigError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetFieldconfigRequest> {
    /// Matches only requests whose `type` query parameter is `value`, as the client sends it.
    pub fn type_(self, value: types::FieldConfigEntityType) -> Self {
        self.match_query_param(
            "type",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::PostOrganizationsRequest {
    type Output = types::Organization;
    type Error = api::PostOrganizationsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/organizations";
    const OPERATION_ID: &'static str = "postOrganizations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrganizationsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrganizationsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrganizationsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrganizationsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrganizationsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrganizationsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrganizationsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PostOrganizationsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrganizationsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PostOrganizationsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrganizationsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrganizationsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrganizationCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsAuthenticationSettingsRequest {
    type Output = types::OrgAuthSettings;
    type Error = api::GetOrganizationsAuthenticationSettingsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/authentication/settings";
    const OPERATION_ID: &'static str = "getOrganizationsAuthenticationSettings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsAuthenticationSettingsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::GetOrganizationsAuthenticationSettingsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsAuthenticationSettingsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::GetOrganizationsAuthenticationSettingsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            api::GetOrganizationsAuthenticationSettingsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PatchOrganizationsAuthenticationSettingsRequest {
    type Output = types::OrgAuthSettings;
    type Error = api::PatchOrganizationsAuthenticationSettingsError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/authentication/settings";
    const OPERATION_ID: &'static str = "patchOrganizationsAuthenticationSettings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PatchOrganizationsAuthenticationSettingsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::PatchOrganizationsAuthenticationSettingsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PatchOrganizationsAuthenticationSettingsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::PatchOrganizationsAuthenticationSettingsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            api::PatchOrganizationsAuthenticationSettingsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PatchOrganizationsAuthenticationSettingsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrgAuthSettings) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsEmbeddedintegrationRequest {
    type Output = types::EmbeddedIntegration;
    type Error = api::GetOrganizationsEmbeddedintegrationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/embeddedintegration";
    const OPERATION_ID: &'static str = "getOrganizationsEmbeddedintegration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsEmbeddedintegrationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsEmbeddedintegrationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PutOrganizationsEmbeddedintegrationRequest {
    type Output = types::EmbeddedIntegration;
    type Error = api::PutOrganizationsEmbeddedintegrationError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/embeddedintegration";
    const OPERATION_ID: &'static str = "putOrganizationsEmbeddedintegration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrganizationsEmbeddedintegrationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrganizationsEmbeddedintegrationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrganizationsEmbeddedintegrationRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::EmbeddedIntegration) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsEnforcescopesRequest {
    type Output = types::EnforceScopesSetting;
    type Error = api::GetOrganizationsEnforcescopesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/enforcescopes";
    const OPERATION_ID: &'static str = "getOrganizationsEnforcescopes";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsEnforcescopesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsEnforcescopesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PutOrganizationsEnforcescopesRequest {
    type Output = types::EnforceScopesSetting;
    type Error = api::PutOrganizationsEnforcescopesError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/enforcescopes";
    const OPERATION_ID: &'static str = "putOrganizationsEnforcescopes";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrganizationsEnforcescopesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrganizationsEnforcescopesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrganizationsEnforcescopesRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::EnforceScopesSetting) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::PatchOrganizationsFeatureRequest {
    type Output = types::OrganizationFeatures;
    type Error = api::PatchOrganizationsFeatureError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/features/{featureName}";
    const OPERATION_ID: &'static str = "patchOrganizationsFeature";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PatchOrganizationsFeatureError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PatchOrganizationsFeatureError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PatchOrganizationsFeatureRequest> {
    /// Matches only requests whose `featureName` path parameter is `value`, as the client sends it.
    pub fn feature_name(
        self,
        value: types::PatchOrganizationsFeatureFeatureName,
    ) -> Self {
        self.match_path_param("featureName", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::FeatureState) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsIpaddressauthenticationRequest {
    type Output = types::IpAddressAuthentication;
    type Error = api::GetOrganizationsIpaddressauthenticationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/ipaddressauthentication";
    const OPERATION_ID: &'static str = "getOrganizationsIpaddressauthentication";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsIpaddressauthenticationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::GetOrganizationsIpaddressauthenticationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsIpaddressauthenticationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::GetOrganizationsIpaddressauthenticationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            api::GetOrganizationsIpaddressauthenticationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PutOrganizationsIpaddressauthenticationRequest {
    type Output = types::IpAddressAuthentication;
    type Error = api::PutOrganizationsIpaddressauthenticationError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/ipaddressauthentication";
    const OPERATION_ID: &'static str = "putOrganizationsIpaddressauthentication";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrganizationsIpaddressauthenticationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::PutOrganizationsIpaddressauthenticationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrganizationsIpaddressauthenticationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::PutOrganizationsIpaddressauthenticationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            api::PutOrganizationsIpaddressauthenticationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrganizationsIpaddressauthenticationRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::IpAddressAuthentication) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsLimitsChangerequestsRequest {
    type Output = types::LimitChangeRequestsEntityListing;
    type Error = api::GetOrganizationsLimitsChangerequestsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsChangerequests";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsLimitsChangerequestsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::GetOrganizationsLimitsChangerequestsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsLimitsChangerequestsRequest> {
    /// Matches only requests whose `after` query parameter is `value`, as the client sends it.
    pub fn after(self, value: i64) -> Self {
        self.match_query_param(
            "after",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `before` query parameter is `value`, as the client sends it.
    pub fn before(self, value: i64) -> Self {
        self.match_query_param(
            "before",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `status` query parameter is `value`, as the client sends it.
    pub fn status(
        self,
        value: types::GetOrganizationsLimitsChangerequestsStatus,
    ) -> Self {
        self.match_query_param(
            "status",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `pageSize` query parameter is `value`, as the client sends it.
    pub fn page_size(self, value: i32) -> Self {
        self.match_query_param(
            "pageSize",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `expand` query parameter is `value`, as the client sends it.
    pub fn expand(
        self,
        value: Vec<types::GetOrganizationsLimitsChangerequestsExpandItem>,
    ) -> Self {
        self.match_query_param(
            "expand",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::PostOrganizationsLimitsChangerequestsRequest {
    type Output = types::LimitChangeRequestDetails;
    type Error = api::PostOrganizationsLimitsChangerequestsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests";
    const OPERATION_ID: &'static str = "postOrganizationsLimitsChangerequests";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrganizationsLimitsChangerequestsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::PostOrganizationsLimitsChangerequestsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::PostOrganizationsLimitsChangerequestsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrganizationsLimitsChangerequestsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrganizationsLimitsChangerequestsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::LimitChangeRequest) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsLimitsChangerequestRequest {
    type Output = types::LimitChangeRequestDetails;
    type Error = api::GetOrganizationsLimitsChangerequestError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests/{requestId}";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsChangerequest";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsLimitsChangerequestError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsLimitsChangerequestError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsLimitsChangerequestRequest> {
    /// Matches only requests whose `requestId` path parameter is `value`, as the client sends it.
    pub fn request_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("requestId", &value)
    }
}

impl MockOperation for api::PatchOrganizationsLimitsChangerequestRequest {
    type Output = types::LimitChangeRequestDetails;
    type Error = api::PatchOrganizationsLimitsChangerequestError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests/{requestId}";
    const OPERATION_ID: &'static str = "patchOrganizationsLimitsChangerequest";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PatchOrganizationsLimitsChangerequestError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::PatchOrganizationsLimitsChangerequestError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::PatchOrganizationsLimitsChangerequestError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PatchOrganizationsLimitsChangerequestError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PatchOrganizationsLimitsChangerequestRequest> {
    /// Matches only requests whose `requestId` path parameter is `value`, as the client sends it.
    pub fn request_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("requestId", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::LimitChangeRequestUpdate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsLimitsDocsRequest {
    type Output = types::UrlResponse;
    type Error = api::GetOrganizationsLimitsDocsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/docs";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsDocs";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsLimitsDocsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsLimitsDocsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::GetOrganizationsLimitsNamespacesRequest {
    type Output = serde_json::Map<String, serde_json::Value>;
    type Error = api::GetOrganizationsLimitsNamespacesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/namespaces";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsNamespaces";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsLimitsNamespacesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespacesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsLimitsNamespacesRequest> {
    /// Matches only requests whose `pageSize` query parameter is `value`, as the client sends it.
    pub fn page_size(self, value: i32) -> Self {
        self.match_query_param(
            "pageSize",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `pageNumber` query parameter is `value`, as the client sends it.
    pub fn page_number(self, value: i32) -> Self {
        self.match_query_param(
            "pageNumber",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::GetOrganizationsLimitsNamespaceRequest {
    type Output = types::LimitsEntityListing;
    type Error = api::GetOrganizationsLimitsNamespaceError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/namespaces/{namespaceName}";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsNamespace";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsLimitsNamespaceError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsLimitsNamespaceRequest> {
    /// Matches only requests whose `namespaceName` path parameter is `value`, as the client sends it.
    pub fn namespace_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("namespaceName", &value)
    }
}

impl MockOperation for api::GetOrganizationsLimitsNamespaceDefaultsRequest {
    type Output = types::LimitsEntityListing;
    type Error = api::GetOrganizationsLimitsNamespaceDefaultsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/namespaces/{namespaceName}/defaults";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsNamespaceDefaults";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsLimitsNamespaceDefaultsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::GetOrganizationsLimitsNamespaceDefaultsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsLimitsNamespaceDefaultsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::GetOrganizationsLimitsNamespaceDefaultsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            api::GetOrganizationsLimitsNamespaceDefaultsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsLimitsNamespaceDefaultsRequest> {
    /// Matches only requests whose `namespaceName` path parameter is `value`, as the client sends it.
    pub fn namespace_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("namespaceName", &value)
    }
}

impl MockOperation for api::GetOrganizationsMeRequest {
    type Output = types::Organization;
    type Error = api::GetOrganizationsMeError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/me";
    const OPERATION_ID: &'static str = "getOrganizationsMe";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsMeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsMeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsMeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsMeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsMeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsMeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsMeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsMeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsMeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsMeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsMeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PutOrganizationsMeRequest {
    type Output = types::Organization;
    type Error = api::PutOrganizationsMeError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/me";
    const OPERATION_ID: &'static str = "putOrganizationsMe";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrganizationsMeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrganizationsMeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrganizationsMeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrganizationsMeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrganizationsMeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrganizationsMeError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            api::PutOrganizationsMeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrganizationsMeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrganizationsMeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrganizationsMeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrganizationsMeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrganizationsMeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrganizationsMeRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Organization) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::DeleteOrganizationsMeRequest {
    type Output = ();
    type Error = api::DeleteOrganizationsMeError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/organizations/me";
    const OPERATION_ID: &'static str = "deleteOrganizationsMe";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrganizationsMeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::DeleteOrganizationsMeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::GetOrganizationsMigrationsRequest {
    type Output = types::MigrationListing;
    type Error = api::GetOrganizationsMigrationsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/migrations";
    const OPERATION_ID: &'static str = "getOrganizationsMigrations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsMigrationsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsMigrationsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsMigrationsRequest> {
    /// Matches only requests whose `migrationType` query parameter is `value`, as the client sends it.
    pub fn migration_type(
        self,
        value: types::GetOrganizationsMigrationsMigrationType,
    ) -> Self {
        self.match_query_param(
            "migrationType",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `includeHidden` query parameter is `value`, as the client sends it.
    pub fn include_hidden(self, value: bool) -> Self {
        self.match_query_param(
            "includeHidden",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `includeDetails` query parameter is `value`, as the client sends it.
    pub fn include_details(self, value: bool) -> Self {
        self.match_query_param(
            "includeDetails",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::GetOrganizationsMigrationRequest {
    type Output = types::Migration;
    type Error = api::GetOrganizationsMigrationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/migrations/{migrationName}";
    const OPERATION_ID: &'static str = "getOrganizationsMigration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsMigrationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsMigrationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsMigrationRequest> {
    /// Matches only requests whose `migrationName` path parameter is `value`, as the client sends it.
    pub fn migration_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("migrationName", &value)
    }

    /// Matches only requests whose `includeDetails` query parameter is `value`, as the client sends it.
    pub fn include_details(self, value: bool) -> Self {
        self.match_query_param(
            "includeDetails",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::PatchOrganizationsMigrationRequest {
    type Output = serde_json::Map<String, serde_json::Value>;
    type Error = api::PatchOrganizationsMigrationError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/migrations/{migrationName}";
    const OPERATION_ID: &'static str = "patchOrganizationsMigration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PatchOrganizationsMigrationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PatchOrganizationsMigrationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PatchOrganizationsMigrationRequest> {
    /// Matches only requests whose `migrationName` path parameter is `value`, as the client sends it.
    pub fn migration_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("migrationName", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::MigrationUpdate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsMigrationStateRequest {
    type Output = types::MigrationState;
    type Error = api::GetOrganizationsMigrationStateError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/migrations/{migrationName}/state";
    const OPERATION_ID: &'static str = "getOrganizationsMigrationState";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsMigrationStateError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsMigrationStateError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationsMigrationStateRequest> {
    /// Matches only requests whose `migrationName` path parameter is `value`, as the client sends it.
    pub fn migration_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("migrationName", &value)
    }
}

impl MockOperation for api::GetOrganizationsPasswordrequirementsRequest {
    type Output = types::PasswordRequirements;
    type Error = api::GetOrganizationsPasswordrequirementsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/passwordrequirements";
    const OPERATION_ID: &'static str = "getOrganizationsPasswordrequirements";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsPasswordrequirementsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::GetOrganizationsPasswordrequirementsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsPasswordrequirementsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PutOrganizationsPasswordrequirementsRequest {
    type Output = types::PasswordRequirements;
    type Error = api::PutOrganizationsPasswordrequirementsError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/passwordrequirements";
    const OPERATION_ID: &'static str = "putOrganizationsPasswordrequirements";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrganizationsPasswordrequirementsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::PutOrganizationsPasswordrequirementsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrganizationsPasswordrequirementsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrganizationsPasswordrequirementsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::PasswordRequirements) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrganizationsWhitelistRequest {
    type Output = types::OrgWhitelistSettings;
    type Error = api::GetOrganizationsWhitelistError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/whitelist";
    const OPERATION_ID: &'static str = "getOrganizationsWhitelist";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationsWhitelistError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrganizationsWhitelistError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::PutOrganizationsWhitelistRequest {
    type Output = types::OrgWhitelistSettings;
    type Error = api::PutOrganizationsWhitelistError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/whitelist";
    const OPERATION_ID: &'static str = "putOrganizationsWhitelist";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrganizationsWhitelistError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrganizationsWhitelistError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrganizationsWhitelistRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrgWhitelistSettings) -> Self {
        self.match_json_body(&value)
    }
}
