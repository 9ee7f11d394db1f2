//! The mocks of the `Organization` operations: [`OrganizationMocks`], from [`MockServer::organization`].

#[allow(unused_imports)]
use crate::{apis, runtime, types};
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
    pub fn get_fieldconfig(
        &self,
    ) -> OperationMock<'a, apis::organization::GetFieldconfigRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::post_organizations`](crate::apis::organization::OrganizationApi::post_organizations) (`POST /api/v2/organizations`), matching every request of it until narrowed.
    pub fn post_organizations(
        &self,
    ) -> OperationMock<'a, apis::organization::PostOrganizationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_authentication_settings`](crate::apis::organization::OrganizationApi::get_organizations_authentication_settings) (`GET /api/v2/organizations/authentication/settings`), matching every request of it until narrowed.
    pub fn get_organizations_authentication_settings(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsAuthenticationSettingsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_authentication_settings`](crate::apis::organization::OrganizationApi::patch_organizations_authentication_settings) (`PATCH /api/v2/organizations/authentication/settings`), matching every request of it until narrowed.
    pub fn patch_organizations_authentication_settings(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::PatchOrganizationsAuthenticationSettingsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_embeddedintegration`](crate::apis::organization::OrganizationApi::get_organizations_embeddedintegration) (`GET /api/v2/organizations/embeddedintegration`), matching every request of it until narrowed.
    pub fn get_organizations_embeddedintegration(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsEmbeddedintegrationRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_embeddedintegration`](crate::apis::organization::OrganizationApi::put_organizations_embeddedintegration) (`PUT /api/v2/organizations/embeddedintegration`), matching every request of it until narrowed.
    pub fn put_organizations_embeddedintegration(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::PutOrganizationsEmbeddedintegrationRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_enforcescopes`](crate::apis::organization::OrganizationApi::get_organizations_enforcescopes) (`GET /api/v2/organizations/enforcescopes`), matching every request of it until narrowed.
    pub fn get_organizations_enforcescopes(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsEnforcescopesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_enforcescopes`](crate::apis::organization::OrganizationApi::put_organizations_enforcescopes) (`PUT /api/v2/organizations/enforcescopes`), matching every request of it until narrowed.
    pub fn put_organizations_enforcescopes(
        &self,
    ) -> OperationMock<'a, apis::organization::PutOrganizationsEnforcescopesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_feature`](crate::apis::organization::OrganizationApi::patch_organizations_feature) (`PATCH /api/v2/organizations/features/{featureName}`), matching every request of it until narrowed.
    pub fn patch_organizations_feature(
        &self,
    ) -> OperationMock<'a, apis::organization::PatchOrganizationsFeatureRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_ipaddressauthentication`](crate::apis::organization::OrganizationApi::get_organizations_ipaddressauthentication) (`GET /api/v2/organizations/ipaddressauthentication`), matching every request of it until narrowed.
    pub fn get_organizations_ipaddressauthentication(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsIpaddressauthenticationRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_ipaddressauthentication`](crate::apis::organization::OrganizationApi::put_organizations_ipaddressauthentication) (`PUT /api/v2/organizations/ipaddressauthentication`), matching every request of it until narrowed.
    pub fn put_organizations_ipaddressauthentication(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::PutOrganizationsIpaddressauthenticationRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_changerequests`](crate::apis::organization::OrganizationApi::get_organizations_limits_changerequests) (`GET /api/v2/organizations/limits/changerequests`), matching every request of it until narrowed.
    pub fn get_organizations_limits_changerequests(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsLimitsChangerequestsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::post_organizations_limits_changerequests`](crate::apis::organization::OrganizationApi::post_organizations_limits_changerequests) (`POST /api/v2/organizations/limits/changerequests`), matching every request of it until narrowed.
    pub fn post_organizations_limits_changerequests(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::PostOrganizationsLimitsChangerequestsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_changerequest`](crate::apis::organization::OrganizationApi::get_organizations_limits_changerequest) (`GET /api/v2/organizations/limits/changerequests/{requestId}`), matching every request of it until narrowed.
    pub fn get_organizations_limits_changerequest(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsLimitsChangerequestRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_limits_changerequest`](crate::apis::organization::OrganizationApi::patch_organizations_limits_changerequest) (`PATCH /api/v2/organizations/limits/changerequests/{requestId}`), matching every request of it until narrowed.
    pub fn patch_organizations_limits_changerequest(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::PatchOrganizationsLimitsChangerequestRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_docs`](crate::apis::organization::OrganizationApi::get_organizations_limits_docs) (`GET /api/v2/organizations/limits/docs`), matching every request of it until narrowed.
    pub fn get_organizations_limits_docs(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsLimitsDocsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_namespaces`](crate::apis::organization::OrganizationApi::get_organizations_limits_namespaces) (`GET /api/v2/organizations/limits/namespaces`), matching every request of it until narrowed.
    pub fn get_organizations_limits_namespaces(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsLimitsNamespacesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_namespace`](crate::apis::organization::OrganizationApi::get_organizations_limits_namespace) (`GET /api/v2/organizations/limits/namespaces/{namespaceName}`), matching every request of it until narrowed.
    pub fn get_organizations_limits_namespace(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsLimitsNamespaceRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_limits_namespace_defaults`](crate::apis::organization::OrganizationApi::get_organizations_limits_namespace_defaults) (`GET /api/v2/organizations/limits/namespaces/{namespaceName}/defaults`), matching every request of it until narrowed.
    pub fn get_organizations_limits_namespace_defaults(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsLimitsNamespaceDefaultsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_me`](crate::apis::organization::OrganizationApi::get_organizations_me) (`GET /api/v2/organizations/me`), matching every request of it until narrowed.
    pub fn get_organizations_me(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsMeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_me`](crate::apis::organization::OrganizationApi::put_organizations_me) (`PUT /api/v2/organizations/me`), matching every request of it until narrowed.
    pub fn put_organizations_me(
        &self,
    ) -> OperationMock<'a, apis::organization::PutOrganizationsMeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::delete_organizations_me`](crate::apis::organization::OrganizationApi::delete_organizations_me) (`DELETE /api/v2/organizations/me`), matching every request of it until narrowed.
    pub fn delete_organizations_me(
        &self,
    ) -> OperationMock<'a, apis::organization::DeleteOrganizationsMeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_migrations`](crate::apis::organization::OrganizationApi::get_organizations_migrations) (`GET /api/v2/organizations/migrations`), matching every request of it until narrowed.
    pub fn get_organizations_migrations(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsMigrationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_migration`](crate::apis::organization::OrganizationApi::get_organizations_migration) (`GET /api/v2/organizations/migrations/{migrationName}`), matching every request of it until narrowed.
    pub fn get_organizations_migration(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsMigrationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::patch_organizations_migration`](crate::apis::organization::OrganizationApi::patch_organizations_migration) (`PATCH /api/v2/organizations/migrations/{migrationName}`), matching every request of it until narrowed.
    pub fn patch_organizations_migration(
        &self,
    ) -> OperationMock<'a, apis::organization::PatchOrganizationsMigrationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_migration_state`](crate::apis::organization::OrganizationApi::get_organizations_migration_state) (`GET /api/v2/organizations/migrations/{migrationName}/state`), matching every request of it until narrowed.
    pub fn get_organizations_migration_state(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsMigrationStateRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_passwordrequirements`](crate::apis::organization::OrganizationApi::get_organizations_passwordrequirements) (`GET /api/v2/organizations/passwordrequirements`), matching every request of it until narrowed.
    pub fn get_organizations_passwordrequirements(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::GetOrganizationsPasswordrequirementsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_passwordrequirements`](crate::apis::organization::OrganizationApi::put_organizations_passwordrequirements) (`PUT /api/v2/organizations/passwordrequirements`), matching every request of it until narrowed.
    pub fn put_organizations_passwordrequirements(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization::PutOrganizationsPasswordrequirementsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::get_organizations_whitelist`](crate::apis::organization::OrganizationApi::get_organizations_whitelist) (`GET /api/v2/organizations/whitelist`), matching every request of it until narrowed.
    pub fn get_organizations_whitelist(
        &self,
    ) -> OperationMock<'a, apis::organization::GetOrganizationsWhitelistRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationApi::put_organizations_whitelist`](crate::apis::organization::OrganizationApi::put_organizations_whitelist) (`PUT /api/v2/organizations/whitelist`), matching every request of it until narrowed.
    pub fn put_organizations_whitelist(
        &self,
    ) -> OperationMock<'a, apis::organization::PutOrganizationsWhitelistRequest> {
        self.server.operation()
    }
}

impl MockOperation for apis::organization::GetFieldconfigRequest {
    type Output = types::FieldConfig;
    type Error = apis::organization::GetFieldconfigError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/fieldconfig";
    const OPERATION_ID: &'static str = "getFieldconfig";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetFieldconfigError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            apis::organization::GetFieldconfigError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::GetFieldconfigRequest> {
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

impl MockOperation for apis::organization::PostOrganizationsRequest {
    type Output = types::Organization;
    type Error = apis::organization::PostOrganizationsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/organizations";
    const OPERATION_ID: &'static str = "postOrganizations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PostOrganizationsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            apis::organization::PostOrganizationsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::PostOrganizationsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrganizationCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization::GetOrganizationsAuthenticationSettingsRequest {
    type Output = types::OrgAuthSettings;
    type Error = apis::organization::GetOrganizationsAuthenticationSettingsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/authentication/settings";
    const OPERATION_ID: &'static str = "getOrganizationsAuthenticationSettings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsAuthenticationSettingsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsAuthenticationSettingsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl MockOperation
for apis::organization::PatchOrganizationsAuthenticationSettingsRequest {
    type Output = types::OrgAuthSettings;
    type Error = apis::organization::PatchOrganizationsAuthenticationSettingsError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/authentication/settings";
    const OPERATION_ID: &'static str = "patchOrganizationsAuthenticationSettings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PatchOrganizationsAuthenticationSettingsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PatchOrganizationsAuthenticationSettingsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization::PatchOrganizationsAuthenticationSettingsRequest,
> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrgAuthSettings) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsEmbeddedintegrationRequest {
    type Output = types::EmbeddedIntegration;
    type Error = apis::organization::GetOrganizationsEmbeddedintegrationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/embeddedintegration";
    const OPERATION_ID: &'static str = "getOrganizationsEmbeddedintegration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsEmbeddedintegrationError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsEmbeddedintegrationError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl MockOperation for apis::organization::PutOrganizationsEmbeddedintegrationRequest {
    type Output = types::EmbeddedIntegration;
    type Error = apis::organization::PutOrganizationsEmbeddedintegrationError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/embeddedintegration";
    const OPERATION_ID: &'static str = "putOrganizationsEmbeddedintegration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PutOrganizationsEmbeddedintegrationError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PutOrganizationsEmbeddedintegrationError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::PutOrganizationsEmbeddedintegrationRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::EmbeddedIntegration) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsEnforcescopesRequest {
    type Output = types::EnforceScopesSetting;
    type Error = apis::organization::GetOrganizationsEnforcescopesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/enforcescopes";
    const OPERATION_ID: &'static str = "getOrganizationsEnforcescopes";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsEnforcescopesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsEnforcescopesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsEnforcescopesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsEnforcescopesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsEnforcescopesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl MockOperation for apis::organization::PutOrganizationsEnforcescopesRequest {
    type Output = types::EnforceScopesSetting;
    type Error = apis::organization::PutOrganizationsEnforcescopesError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/enforcescopes";
    const OPERATION_ID: &'static str = "putOrganizationsEnforcescopes";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PutOrganizationsEnforcescopesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::PutOrganizationsEnforcescopesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::PutOrganizationsEnforcescopesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::PutOrganizationsEnforcescopesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PutOrganizationsEnforcescopesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::PutOrganizationsEnforcescopesRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::EnforceScopesSetting) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::PatchOrganizationsFeatureRequest {
    type Output = types::OrganizationFeatures;
    type Error = apis::organization::PatchOrganizationsFeatureError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/features/{featureName}";
    const OPERATION_ID: &'static str = "patchOrganizationsFeature";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PatchOrganizationsFeatureError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PatchOrganizationsFeatureError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::PatchOrganizationsFeatureError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PatchOrganizationsFeatureError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PatchOrganizationsFeatureError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::PatchOrganizationsFeatureRequest> {
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

impl MockOperation
for apis::organization::GetOrganizationsIpaddressauthenticationRequest {
    type Output = types::IpAddressAuthentication;
    type Error = apis::organization::GetOrganizationsIpaddressauthenticationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/ipaddressauthentication";
    const OPERATION_ID: &'static str = "getOrganizationsIpaddressauthentication";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsIpaddressauthenticationError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsIpaddressauthenticationError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl MockOperation
for apis::organization::PutOrganizationsIpaddressauthenticationRequest {
    type Output = types::IpAddressAuthentication;
    type Error = apis::organization::PutOrganizationsIpaddressauthenticationError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/ipaddressauthentication";
    const OPERATION_ID: &'static str = "putOrganizationsIpaddressauthentication";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PutOrganizationsIpaddressauthenticationError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PutOrganizationsIpaddressauthenticationError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization::PutOrganizationsIpaddressauthenticationRequest,
> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::IpAddressAuthentication) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsLimitsChangerequestsRequest {
    type Output = types::LimitChangeRequestsEntityListing;
    type Error = apis::organization::GetOrganizationsLimitsChangerequestsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsChangerequests";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsLimitsChangerequestsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsLimitsChangerequestsRequest> {
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

impl MockOperation for apis::organization::PostOrganizationsLimitsChangerequestsRequest {
    type Output = types::LimitChangeRequestDetails;
    type Error = apis::organization::PostOrganizationsLimitsChangerequestsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests";
    const OPERATION_ID: &'static str = "postOrganizationsLimitsChangerequests";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PostOrganizationsLimitsChangerequestsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PostOrganizationsLimitsChangerequestsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization::PostOrganizationsLimitsChangerequestsRequest,
> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::LimitChangeRequest) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsLimitsChangerequestRequest {
    type Output = types::LimitChangeRequestDetails;
    type Error = apis::organization::GetOrganizationsLimitsChangerequestError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests/{requestId}";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsChangerequest";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsLimitsChangerequestError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsChangerequestError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsLimitsChangerequestRequest> {
    /// Matches only requests whose `requestId` path parameter is `value`, as the client sends it.
    pub fn request_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("requestId", &value)
    }
}

impl MockOperation for apis::organization::PatchOrganizationsLimitsChangerequestRequest {
    type Output = types::LimitChangeRequestDetails;
    type Error = apis::organization::PatchOrganizationsLimitsChangerequestError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/limits/changerequests/{requestId}";
    const OPERATION_ID: &'static str = "patchOrganizationsLimitsChangerequest";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PatchOrganizationsLimitsChangerequestError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PatchOrganizationsLimitsChangerequestError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization::PatchOrganizationsLimitsChangerequestRequest,
> {
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

impl MockOperation for apis::organization::GetOrganizationsLimitsDocsRequest {
    type Output = types::UrlResponse;
    type Error = apis::organization::GetOrganizationsLimitsDocsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/docs";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsDocs";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsLimitsDocsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsDocsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsDocsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsDocsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsDocsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsDocsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsDocsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsDocsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsDocsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsDocsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsDocsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for apis::organization::GetOrganizationsLimitsNamespacesRequest {
    type Output = serde_json::Map<String, serde_json::Value>;
    type Error = apis::organization::GetOrganizationsLimitsNamespacesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/namespaces";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsNamespaces";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsLimitsNamespacesError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsNamespacesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespacesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsLimitsNamespacesRequest> {
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

impl MockOperation for apis::organization::GetOrganizationsLimitsNamespaceRequest {
    type Output = types::LimitsEntityListing;
    type Error = apis::organization::GetOrganizationsLimitsNamespaceError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/namespaces/{namespaceName}";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsNamespace";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsLimitsNamespaceError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsNamespaceError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsLimitsNamespaceError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsLimitsNamespaceRequest> {
    /// Matches only requests whose `namespaceName` path parameter is `value`, as the client sends it.
    pub fn namespace_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("namespaceName", &value)
    }
}

impl MockOperation
for apis::organization::GetOrganizationsLimitsNamespaceDefaultsRequest {
    type Output = types::LimitsEntityListing;
    type Error = apis::organization::GetOrganizationsLimitsNamespaceDefaultsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/limits/namespaces/{namespaceName}/defaults";
    const OPERATION_ID: &'static str = "getOrganizationsLimitsNamespaceDefaults";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsLimitsNamespaceDefaultsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization::GetOrganizationsLimitsNamespaceDefaultsRequest,
> {
    /// Matches only requests whose `namespaceName` path parameter is `value`, as the client sends it.
    pub fn namespace_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("namespaceName", &value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsMeRequest {
    type Output = types::Organization;
    type Error = apis::organization::GetOrganizationsMeError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/me";
    const OPERATION_ID: &'static str = "getOrganizationsMe";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsMeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            apis::organization::GetOrganizationsMeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for apis::organization::PutOrganizationsMeRequest {
    type Output = types::Organization;
    type Error = apis::organization::PutOrganizationsMeError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/me";
    const OPERATION_ID: &'static str = "putOrganizationsMe";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PutOrganizationsMeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            apis::organization::PutOrganizationsMeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::PutOrganizationsMeRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Organization) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::DeleteOrganizationsMeRequest {
    type Output = ();
    type Error = apis::organization::DeleteOrganizationsMeError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/organizations/me";
    const OPERATION_ID: &'static str = "deleteOrganizationsMe";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::DeleteOrganizationsMeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::DeleteOrganizationsMeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            apis::organization::DeleteOrganizationsMeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for apis::organization::GetOrganizationsMigrationsRequest {
    type Output = types::MigrationListing;
    type Error = apis::organization::GetOrganizationsMigrationsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/migrations";
    const OPERATION_ID: &'static str = "getOrganizationsMigrations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsMigrationsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsMigrationsRequest> {
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

impl MockOperation for apis::organization::GetOrganizationsMigrationRequest {
    type Output = types::Migration;
    type Error = apis::organization::GetOrganizationsMigrationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/migrations/{migrationName}";
    const OPERATION_ID: &'static str = "getOrganizationsMigration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsMigrationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsMigrationRequest> {
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

impl MockOperation for apis::organization::PatchOrganizationsMigrationRequest {
    type Output = serde_json::Map<String, serde_json::Value>;
    type Error = apis::organization::PatchOrganizationsMigrationError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/api/v2/organizations/migrations/{migrationName}";
    const OPERATION_ID: &'static str = "patchOrganizationsMigration";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PatchOrganizationsMigrationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::PatchOrganizationsMigrationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::PatchOrganizationsMigrationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::PatchOrganizationsMigrationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::PatchOrganizationsMigrationError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PatchOrganizationsMigrationError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PatchOrganizationsMigrationError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PatchOrganizationsMigrationError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PatchOrganizationsMigrationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PatchOrganizationsMigrationError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PatchOrganizationsMigrationError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::PatchOrganizationsMigrationRequest> {
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

impl MockOperation for apis::organization::GetOrganizationsMigrationStateRequest {
    type Output = types::MigrationState;
    type Error = apis::organization::GetOrganizationsMigrationStateError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/migrations/{migrationName}/state";
    const OPERATION_ID: &'static str = "getOrganizationsMigrationState";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsMigrationStateError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationStateError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationStateError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsMigrationStateError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsMigrationStateError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::GetOrganizationsMigrationStateRequest> {
    /// Matches only requests whose `migrationName` path parameter is `value`, as the client sends it.
    pub fn migration_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("migrationName", &value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsPasswordrequirementsRequest {
    type Output = types::PasswordRequirements;
    type Error = apis::organization::GetOrganizationsPasswordrequirementsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/passwordrequirements";
    const OPERATION_ID: &'static str = "getOrganizationsPasswordrequirements";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsPasswordrequirementsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsPasswordrequirementsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl MockOperation for apis::organization::PutOrganizationsPasswordrequirementsRequest {
    type Output = types::PasswordRequirements;
    type Error = apis::organization::PutOrganizationsPasswordrequirementsError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/passwordrequirements";
    const OPERATION_ID: &'static str = "putOrganizationsPasswordrequirements";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PutOrganizationsPasswordrequirementsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PutOrganizationsPasswordrequirementsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organization::PutOrganizationsPasswordrequirementsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::PasswordRequirements) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organization::GetOrganizationsWhitelistRequest {
    type Output = types::OrgWhitelistSettings;
    type Error = apis::organization::GetOrganizationsWhitelistError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/organizations/whitelist";
    const OPERATION_ID: &'static str = "getOrganizationsWhitelist";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::GetOrganizationsWhitelistError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::GetOrganizationsWhitelistError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::GetOrganizationsWhitelistError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::GetOrganizationsWhitelistError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::GetOrganizationsWhitelistError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl MockOperation for apis::organization::PutOrganizationsWhitelistRequest {
    type Output = types::OrgWhitelistSettings;
    type Error = apis::organization::PutOrganizationsWhitelistError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/organizations/whitelist";
    const OPERATION_ID: &'static str = "putOrganizationsWhitelist";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization::PutOrganizationsWhitelistError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization::PutOrganizationsWhitelistError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            apis::organization::PutOrganizationsWhitelistError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization::PutOrganizationsWhitelistError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization::PutOrganizationsWhitelistError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organization::PutOrganizationsWhitelistRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrgWhitelistSettings) -> Self {
        self.match_json_body(&value)
    }
}
