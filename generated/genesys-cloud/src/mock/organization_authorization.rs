//! The mocks of the `Organization Authorization` operations: [`OrganizationAuthorizationMocks`], from [`MockServer::organization_authorization`].

#[allow(unused_imports)]
use crate::{apis, runtime, types};
use crate::runtime::mock::{MockAnswer, MockOperation, MockServer, OperationMock};

/// The mocks of the `Organization Authorization` operations, one method per operation, named as the client's ([`OrganizationAuthorizationApi`](crate::apis::organization_authorization::OrganizationAuthorizationApi)).
#[derive(Debug, Clone, Copy)]
pub struct OrganizationAuthorizationMocks<'a> {
    server: &'a MockServer,
}

impl<'a> OrganizationAuthorizationMocks<'a> {
    pub(crate) fn new(server: &'a MockServer) -> Self {
        Self { server }
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_pairings`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_pairings) (`POST /api/v2/orgauthorization/pairings`), matching every request of it until narrowed.
    pub fn post_orgauthorization_pairings(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PostOrgauthorizationPairingsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_pairing`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_pairing) (`GET /api/v2/orgauthorization/pairings/{pairingId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_pairing(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationPairingRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustees`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustees) (`GET /api/v2/orgauthorization/trustees`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustees(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrusteesRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustees`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustees) (`POST /api/v2/orgauthorization/trustees`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustees(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PostOrgauthorizationTrusteesRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustees_audits`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustees_audits) (`POST /api/v2/orgauthorization/trustees/audits`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustees_audits(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PostOrgauthorizationTrusteesAuditsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrusteeRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::put_orgauthorization_trustee`](crate::apis::organization_authorization::OrganizationAuthorizationApi::put_orgauthorization_trustee) (`PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}`), matching every request of it until narrowed.
    pub fn put_orgauthorization_trustee(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PutOrgauthorizationTrusteeRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustee) (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustee(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::DeleteOrgauthorizationTrusteeRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_users`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee_users) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee_users(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrusteeUsersRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustee_users`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustee_users) (`POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustee_users(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PostOrgauthorizationTrusteeUsersRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee_user) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee_user(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrusteeUserRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustee_user) (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustee_user(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user_roles`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee_user_roles) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee_user_roles(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::put_orgauthorization_trustee_user_roles`](crate::apis::organization_authorization::OrganizationAuthorizationApi::put_orgauthorization_trustee_user_roles) (`PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`), matching every request of it until narrowed.
    pub fn put_orgauthorization_trustee_user_roles(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user_roles`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustee_user_roles) (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustee_user_roles(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustor_audits`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustor_audits) (`POST /api/v2/orgauthorization/trustor/audits`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustor_audits(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PostOrgauthorizationTrustorAuditsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustors`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustors) (`GET /api/v2/orgauthorization/trustors`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustors(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrustorsRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustor`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustor) (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustor(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrustorRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustor`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustor) (`DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustor(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::DeleteOrgauthorizationTrustorRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustor_users`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustor_users) (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustor_users(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrustorUsersRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustor_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustor_user) (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustor_user(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::GetOrgauthorizationTrustorUserRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::put_orgauthorization_trustor_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::put_orgauthorization_trustor_user) (`PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn put_orgauthorization_trustor_user(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::PutOrgauthorizationTrustorUserRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustor_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustor_user) (`DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustor_user(
        &self,
    ) -> OperationMock<
        'a,
        apis::organization_authorization::DeleteOrgauthorizationTrustorUserRequest,
    > {
        self.server.operation()
    }
}

impl MockOperation
for apis::organization_authorization::PostOrgauthorizationPairingsRequest {
    type Output = types::TrustRequest;
    type Error = apis::organization_authorization::PostOrgauthorizationPairingsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/pairings";
    const OPERATION_ID: &'static str = "postOrgauthorizationPairings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PostOrgauthorizationPairingsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationPairingsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PostOrgauthorizationPairingsRequest,
> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrustRequestCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationPairingRequest {
    type Output = types::TrustRequest;
    type Error = apis::organization_authorization::GetOrgauthorizationPairingError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/pairings/{pairingId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationPairing";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationPairingError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationPairingError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationPairingRequest,
> {
    /// Matches only requests whose `pairingId` path parameter is `value`, as the client sends it.
    pub fn pairing_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("pairingId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrusteesRequest {
    type Output = types::TrustEntityListing;
    type Error = apis::organization_authorization::GetOrgauthorizationTrusteesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustees";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrusteesError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrusteesRequest,
> {
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

impl MockOperation
for apis::organization_authorization::PostOrgauthorizationTrusteesRequest {
    type Output = types::Trustee;
    type Error = apis::organization_authorization::PostOrgauthorizationTrusteesError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrustees";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PostOrgauthorizationTrusteesError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PostOrgauthorizationTrusteesRequest,
> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrustCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::PostOrgauthorizationTrusteesAuditsRequest {
    type Output = types::AuditQueryResponse;
    type Error = apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/audits";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrusteesAudits";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteesAuditsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PostOrgauthorizationTrusteesAuditsRequest,
> {
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

    /// Matches only requests whose `sortBy` query parameter is `value`, as the client sends it.
    pub fn sort_by(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "sortBy",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `sortOrder` query parameter is `value`, as the client sends it.
    pub fn sort_order(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "sortOrder",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrusteeAuditQueryRequest) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrusteeRequest {
    type Output = types::Trustee;
    type Error = apis::organization_authorization::GetOrgauthorizationTrusteeError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustee";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrusteeError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrusteeRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::PutOrgauthorizationTrusteeRequest {
    type Output = types::Trustee;
    type Error = apis::organization_authorization::PutOrgauthorizationTrusteeError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}";
    const OPERATION_ID: &'static str = "putOrgauthorizationTrustee";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PutOrgauthorizationTrusteeError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PutOrgauthorizationTrusteeRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Trustee) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::DeleteOrgauthorizationTrusteeRequest {
    type Output = ();
    type Error = apis::organization_authorization::DeleteOrgauthorizationTrusteeError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrustee";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::DeleteOrgauthorizationTrusteeRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrusteeUsersRequest {
    type Output = types::TrustUserEntityListing;
    type Error = apis::organization_authorization::GetOrgauthorizationTrusteeUsersError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrusteeUsers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUsersError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrusteeUsersRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
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

impl MockOperation
for apis::organization_authorization::PostOrgauthorizationTrusteeUsersRequest {
    type Output = types::TrustUser;
    type Error = apis::organization_authorization::PostOrgauthorizationTrusteeUsersError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrusteeUsers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrusteeUsersError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PostOrgauthorizationTrusteeUsersRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrustMemberCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrusteeUserRequest {
    type Output = types::TrustUser;
    type Error = apis::organization_authorization::GetOrgauthorizationTrusteeUserError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrusteeUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrusteeUserRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRequest {
    type Output = ();
    type Error = apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrusteeUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesRequest {
    type Output = types::UserAuthorization;
    type Error = apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrusteeUserRoles";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrusteeUserRolesRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesRequest {
    type Output = types::UserAuthorization;
    type Error = apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles";
    const OPERATION_ID: &'static str = "putOrgauthorizationTrusteeUserRoles";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PutOrgauthorizationTrusteeUserRolesRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: Vec<String>) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesRequest {
    type Output = ();
    type Error = apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrusteeUserRoles";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::DeleteOrgauthorizationTrusteeUserRolesRequest,
> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::PostOrgauthorizationTrustorAuditsRequest {
    type Output = types::AuditQueryResponse;
    type Error = apis::organization_authorization::PostOrgauthorizationTrustorAuditsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustor/audits";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrustorAudits";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PostOrgauthorizationTrustorAuditsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PostOrgauthorizationTrustorAuditsRequest,
> {
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

    /// Matches only requests whose `sortBy` query parameter is `value`, as the client sends it.
    pub fn sort_by(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "sortBy",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `sortOrder` query parameter is `value`, as the client sends it.
    pub fn sort_order(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "sortOrder",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrustorAuditQueryRequest) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrustorsRequest {
    type Output = types::TrustorEntityListing;
    type Error = apis::organization_authorization::GetOrgauthorizationTrustorsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustors";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrustorsError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorsError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrustorsRequest,
> {
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

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrustorRequest {
    type Output = types::Trustor;
    type Error = apis::organization_authorization::GetOrgauthorizationTrustorError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustor";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrustorError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrustorRequest,
> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::DeleteOrgauthorizationTrustorRequest {
    type Output = ();
    type Error = apis::organization_authorization::DeleteOrgauthorizationTrustorError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrustor";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::DeleteOrgauthorizationTrustorRequest,
> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrustorUsersRequest {
    type Output = types::TrustUserEntityListing;
    type Error = apis::organization_authorization::GetOrgauthorizationTrustorUsersError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustorUsers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUsersError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrustorUsersRequest,
> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
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

impl MockOperation
for apis::organization_authorization::GetOrgauthorizationTrustorUserRequest {
    type Output = types::TrustUser;
    type Error = apis::organization_authorization::GetOrgauthorizationTrustorUserError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustorUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::GetOrgauthorizationTrustorUserError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::GetOrgauthorizationTrustorUserRequest,
> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::PutOrgauthorizationTrustorUserRequest {
    type Output = types::TrustUser;
    type Error = apis::organization_authorization::PutOrgauthorizationTrustorUserError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "putOrgauthorizationTrustorUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::PutOrgauthorizationTrustorUserError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::PutOrgauthorizationTrustorUserRequest,
> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}

impl MockOperation
for apis::organization_authorization::DeleteOrgauthorizationTrustorUserRequest {
    type Output = ();
    type Error = apis::organization_authorization::DeleteOrgauthorizationTrustorUserError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrustorUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::BadRequest(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::Unauthorized(
                body,
            ) => MockAnswer::json(401, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::Forbidden(
                body,
            ) => MockAnswer::json(403, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::NotFound(
                body,
            ) => MockAnswer::json(404, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::RequestTimeout(
                body,
            ) => MockAnswer::json(408, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::PayloadTooLarge(
                body,
            ) => MockAnswer::json(413, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::TooManyRequests(
                body,
            ) => MockAnswer::json(429, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            apis::organization_authorization::DeleteOrgauthorizationTrustorUserError::GatewayTimeout(
                body,
            ) => MockAnswer::json(504, &body, "application/json"),
        }
    }
}

impl OperationMock<
    '_,
    apis::organization_authorization::DeleteOrgauthorizationTrustorUserRequest,
> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }

    /// Matches only requests whose `trusteeUserId` path parameter is `value`, as the client sends it.
    pub fn trustee_user_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeUserId", &value)
    }
}
