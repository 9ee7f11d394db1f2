//! The mocks of the `Organization Authorization` operations: [`OrganizationAuthorizationMocks`], from [`MockServer::organization_authorization`].

#[allow(unused_imports)]
use crate::{apis::organization_authorization as api, runtime, types};
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
    ) -> OperationMock<'a, api::PostOrgauthorizationPairingsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_pairing`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_pairing) (`GET /api/v2/orgauthorization/pairings/{pairingId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_pairing(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationPairingRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustees`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustees) (`GET /api/v2/orgauthorization/trustees`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustees(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrusteesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustees`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustees) (`POST /api/v2/orgauthorization/trustees`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustees(
        &self,
    ) -> OperationMock<'a, api::PostOrgauthorizationTrusteesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustees_audits`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustees_audits) (`POST /api/v2/orgauthorization/trustees/audits`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustees_audits(
        &self,
    ) -> OperationMock<'a, api::PostOrgauthorizationTrusteesAuditsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrusteeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::put_orgauthorization_trustee`](crate::apis::organization_authorization::OrganizationAuthorizationApi::put_orgauthorization_trustee) (`PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}`), matching every request of it until narrowed.
    pub fn put_orgauthorization_trustee(
        &self,
    ) -> OperationMock<'a, api::PutOrgauthorizationTrusteeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustee) (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustee(
        &self,
    ) -> OperationMock<'a, api::DeleteOrgauthorizationTrusteeRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_users`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee_users) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee_users(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrusteeUsersRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustee_users`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustee_users) (`POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustee_users(
        &self,
    ) -> OperationMock<'a, api::PostOrgauthorizationTrusteeUsersRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee_user) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee_user(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrusteeUserRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustee_user) (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustee_user(
        &self,
    ) -> OperationMock<'a, api::DeleteOrgauthorizationTrusteeUserRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user_roles`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustee_user_roles) (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustee_user_roles(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrusteeUserRolesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::put_orgauthorization_trustee_user_roles`](crate::apis::organization_authorization::OrganizationAuthorizationApi::put_orgauthorization_trustee_user_roles) (`PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`), matching every request of it until narrowed.
    pub fn put_orgauthorization_trustee_user_roles(
        &self,
    ) -> OperationMock<'a, api::PutOrgauthorizationTrusteeUserRolesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user_roles`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustee_user_roles) (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustee_user_roles(
        &self,
    ) -> OperationMock<'a, api::DeleteOrgauthorizationTrusteeUserRolesRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::post_orgauthorization_trustor_audits`](crate::apis::organization_authorization::OrganizationAuthorizationApi::post_orgauthorization_trustor_audits) (`POST /api/v2/orgauthorization/trustor/audits`), matching every request of it until narrowed.
    pub fn post_orgauthorization_trustor_audits(
        &self,
    ) -> OperationMock<'a, api::PostOrgauthorizationTrustorAuditsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustors`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustors) (`GET /api/v2/orgauthorization/trustors`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustors(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrustorsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustor`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustor) (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustor(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrustorRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustor`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustor) (`DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustor(
        &self,
    ) -> OperationMock<'a, api::DeleteOrgauthorizationTrustorRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustor_users`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustor_users) (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustor_users(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrustorUsersRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::get_orgauthorization_trustor_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::get_orgauthorization_trustor_user) (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn get_orgauthorization_trustor_user(
        &self,
    ) -> OperationMock<'a, api::GetOrgauthorizationTrustorUserRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::put_orgauthorization_trustor_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::put_orgauthorization_trustor_user) (`PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn put_orgauthorization_trustor_user(
        &self,
    ) -> OperationMock<'a, api::PutOrgauthorizationTrustorUserRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationAuthorizationApi::delete_orgauthorization_trustor_user`](crate::apis::organization_authorization::OrganizationAuthorizationApi::delete_orgauthorization_trustor_user) (`DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`), matching every request of it until narrowed.
    pub fn delete_orgauthorization_trustor_user(
        &self,
    ) -> OperationMock<'a, api::DeleteOrgauthorizationTrustorUserRequest> {
        self.server.operation()
    }
}

impl MockOperation for api::PostOrgauthorizationPairingsRequest {
    type Output = types::TrustRequest;
    type Error = api::PostOrgauthorizationPairingsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/pairings";
    const OPERATION_ID: &'static str = "postOrgauthorizationPairings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrgauthorizationPairingsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrgauthorizationPairingsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrgauthorizationPairingsRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrustRequestCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetOrgauthorizationPairingRequest {
    type Output = types::TrustRequest;
    type Error = api::GetOrgauthorizationPairingError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/pairings/{pairingId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationPairing";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationPairingError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationPairingError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationPairingRequest> {
    /// Matches only requests whose `pairingId` path parameter is `value`, as the client sends it.
    pub fn pairing_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("pairingId", &value)
    }
}

impl MockOperation for api::GetOrgauthorizationTrusteesRequest {
    type Output = types::TrustEntityListing;
    type Error = api::GetOrgauthorizationTrusteesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustees";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrusteesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrusteesRequest> {
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

impl MockOperation for api::PostOrgauthorizationTrusteesRequest {
    type Output = types::Trustee;
    type Error = api::PostOrgauthorizationTrusteesError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrustees";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrgauthorizationTrusteesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrgauthorizationTrusteesRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::TrustCreate) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::PostOrgauthorizationTrusteesAuditsRequest {
    type Output = types::AuditQueryResponse;
    type Error = api::PostOrgauthorizationTrusteesAuditsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/audits";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrusteesAudits";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrgauthorizationTrusteesAuditsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteesAuditsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrgauthorizationTrusteesAuditsRequest> {
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

impl MockOperation for api::GetOrgauthorizationTrusteeRequest {
    type Output = types::Trustee;
    type Error = api::GetOrgauthorizationTrusteeError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustee";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrusteeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrusteeRequest> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }
}

impl MockOperation for api::PutOrgauthorizationTrusteeRequest {
    type Output = types::Trustee;
    type Error = api::PutOrgauthorizationTrusteeError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}";
    const OPERATION_ID: &'static str = "putOrgauthorizationTrustee";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrgauthorizationTrusteeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrgauthorizationTrusteeRequest> {
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

impl MockOperation for api::DeleteOrgauthorizationTrusteeRequest {
    type Output = ();
    type Error = api::DeleteOrgauthorizationTrusteeError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrustee";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrgauthorizationTrusteeError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::DeleteOrgauthorizationTrusteeRequest> {
    /// Matches only requests whose `trusteeOrgId` path parameter is `value`, as the client sends it.
    pub fn trustee_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trusteeOrgId", &value)
    }
}

impl MockOperation for api::GetOrgauthorizationTrusteeUsersRequest {
    type Output = types::TrustUserEntityListing;
    type Error = api::GetOrgauthorizationTrusteeUsersError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrusteeUsers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrusteeUsersError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUsersError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrusteeUsersRequest> {
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

impl MockOperation for api::PostOrgauthorizationTrusteeUsersRequest {
    type Output = types::TrustUser;
    type Error = api::PostOrgauthorizationTrusteeUsersError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrusteeUsers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrgauthorizationTrusteeUsersError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrgauthorizationTrusteeUsersError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrgauthorizationTrusteeUsersRequest> {
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

impl MockOperation for api::GetOrgauthorizationTrusteeUserRequest {
    type Output = types::TrustUser;
    type Error = api::GetOrgauthorizationTrusteeUserError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrusteeUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrusteeUserError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrusteeUserRequest> {
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

impl MockOperation for api::DeleteOrgauthorizationTrusteeUserRequest {
    type Output = ();
    type Error = api::DeleteOrgauthorizationTrusteeUserError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrusteeUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrgauthorizationTrusteeUserError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::DeleteOrgauthorizationTrusteeUserRequest> {
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

impl MockOperation for api::GetOrgauthorizationTrusteeUserRolesRequest {
    type Output = types::UserAuthorization;
    type Error = api::GetOrgauthorizationTrusteeUserRolesError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrusteeUserRoles";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrusteeUserRolesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrusteeUserRolesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrusteeUserRolesRequest> {
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

impl MockOperation for api::PutOrgauthorizationTrusteeUserRolesRequest {
    type Output = types::UserAuthorization;
    type Error = api::PutOrgauthorizationTrusteeUserRolesError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles";
    const OPERATION_ID: &'static str = "putOrgauthorizationTrusteeUserRoles";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrgauthorizationTrusteeUserRolesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrgauthorizationTrusteeUserRolesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrgauthorizationTrusteeUserRolesRequest> {
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

impl MockOperation for api::DeleteOrgauthorizationTrusteeUserRolesRequest {
    type Output = ();
    type Error = api::DeleteOrgauthorizationTrusteeUserRolesError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrusteeUserRoles";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrgauthorizationTrusteeUserRolesError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::UnsupportedMediaType(
                body,
            ) => MockAnswer::json(415, &body, "application/json"),
            api::DeleteOrgauthorizationTrusteeUserRolesError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrusteeUserRolesError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            api::DeleteOrgauthorizationTrusteeUserRolesError::ServiceUnavailable(
                body,
            ) => MockAnswer::json(503, &body, "application/json"),
            api::DeleteOrgauthorizationTrusteeUserRolesError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::DeleteOrgauthorizationTrusteeUserRolesRequest> {
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

impl MockOperation for api::PostOrgauthorizationTrustorAuditsRequest {
    type Output = types::AuditQueryResponse;
    type Error = api::PostOrgauthorizationTrustorAuditsError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/api/v2/orgauthorization/trustor/audits";
    const OPERATION_ID: &'static str = "postOrgauthorizationTrustorAudits";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PostOrgauthorizationTrustorAuditsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PostOrgauthorizationTrustorAuditsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PostOrgauthorizationTrustorAuditsRequest> {
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

impl MockOperation for api::GetOrgauthorizationTrustorsRequest {
    type Output = types::TrustorEntityListing;
    type Error = api::GetOrgauthorizationTrustorsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustors";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrustorsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorsError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrustorsRequest> {
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

impl MockOperation for api::GetOrgauthorizationTrustorRequest {
    type Output = types::Trustor;
    type Error = api::GetOrgauthorizationTrustorError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustor";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrustorError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrustorRequest> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }
}

impl MockOperation for api::DeleteOrgauthorizationTrustorRequest {
    type Output = ();
    type Error = api::DeleteOrgauthorizationTrustorError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrustor";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrgauthorizationTrustorError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::DeleteOrgauthorizationTrustorRequest> {
    /// Matches only requests whose `trustorOrgId` path parameter is `value`, as the client sends it.
    pub fn trustor_org_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("trustorOrgId", &value)
    }
}

impl MockOperation for api::GetOrgauthorizationTrustorUsersRequest {
    type Output = types::TrustUserEntityListing;
    type Error = api::GetOrgauthorizationTrustorUsersError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustorUsers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrustorUsersError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUsersError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrustorUsersRequest> {
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

impl MockOperation for api::GetOrgauthorizationTrustorUserRequest {
    type Output = types::TrustUser;
    type Error = api::GetOrgauthorizationTrustorUserError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "getOrgauthorizationTrustorUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrgauthorizationTrustorUserError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::GetOrgauthorizationTrustorUserError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrgauthorizationTrustorUserRequest> {
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

impl MockOperation for api::PutOrgauthorizationTrustorUserRequest {
    type Output = types::TrustUser;
    type Error = api::PutOrgauthorizationTrustorUserError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "putOrgauthorizationTrustorUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::PutOrgauthorizationTrustorUserError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::PutOrgauthorizationTrustorUserError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::PutOrgauthorizationTrustorUserRequest> {
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

impl MockOperation for api::DeleteOrgauthorizationTrustorUserRequest {
    type Output = ();
    type Error = api::DeleteOrgauthorizationTrustorUserError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}";
    const OPERATION_ID: &'static str = "deleteOrgauthorizationTrustorUser";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrgauthorizationTrustorUserError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::RequestTimeout(body) => {
                MockAnswer::json(408, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::PayloadTooLarge(body) => {
                MockAnswer::json(413, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::UnsupportedMediaType(body) => {
                MockAnswer::json(415, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::TooManyRequests(body) => {
                MockAnswer::json(429, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::ServiceUnavailable(body) => {
                MockAnswer::json(503, &body, "application/json")
            }
            api::DeleteOrgauthorizationTrustorUserError::GatewayTimeout(body) => {
                MockAnswer::json(504, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::DeleteOrgauthorizationTrustorUserRequest> {
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
