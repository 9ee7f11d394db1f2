//! The mocks of the `Organizations (Beta)` operations: [`OrganizationsBetaMocks`], from [`MockServer::organizations_beta`].

#[allow(unused_imports)]
use crate::{apis::organizations_beta as api, runtime, types};
use crate::runtime::mock::{MockAnswer, MockOperation, MockServer, OperationMock};

/// The mocks of the `Organizations (Beta)` operations, one method per operation, named as the client's ([`OrganizationsBetaApi`](crate::apis::organizations_beta::OrganizationsBetaApi)).
#[derive(Debug, Clone, Copy)]
pub struct OrganizationsBetaMocks<'a> {
    server: &'a MockServer,
}

impl<'a> OrganizationsBetaMocks<'a> {
    pub(crate) fn new(server: &'a MockServer) -> Self {
        Self { server }
    }

    /// A mock of [`OrganizationsBetaApi::list_organizations`](crate::apis::organizations_beta::OrganizationsBetaApi::list_organizations) (`GET /beta/v1/organizations`), matching every request of it until narrowed.
    pub fn list_organizations(
        &self,
    ) -> OperationMock<'a, api::ListOrganizationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsBetaApi::get_organization`](crate::apis::organizations_beta::OrganizationsBetaApi::get_organization) (`GET /beta/v1/organizations/{org_id}`), matching every request of it until narrowed.
    pub fn get_organization(&self) -> OperationMock<'a, api::GetOrganizationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsBetaApi::delete_organization`](crate::apis::organizations_beta::OrganizationsBetaApi::delete_organization) (`DELETE /beta/v1/organizations/{org_id}`), matching every request of it until narrowed.
    pub fn delete_organization(
        &self,
    ) -> OperationMock<'a, api::DeleteOrganizationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsBetaApi::update_organization`](crate::apis::organizations_beta::OrganizationsBetaApi::update_organization) (`PATCH /beta/v1/organizations/{org_id}`), matching every request of it until narrowed.
    pub fn update_organization(
        &self,
    ) -> OperationMock<'a, api::UpdateOrganizationRequest> {
        self.server.operation()
    }
}

impl MockOperation for api::ListOrganizationsRequest {
    type Output = Vec<types::OrganizationMembership>;
    type Error = api::ListOrganizationsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/beta/v1/organizations";
    const OPERATION_ID: &'static str = "list_organizations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::ListOrganizationsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::ListOrganizationsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::ListOrganizationsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::ListOrganizationsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::ListOrganizationsError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            api::ListOrganizationsError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            api::ListOrganizationsError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::ListOrganizationsError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl MockOperation for api::GetOrganizationRequest {
    type Output = types::OrganizationDetail;
    type Error = api::GetOrganizationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/beta/v1/organizations/{org_id}";
    const OPERATION_ID: &'static str = "get_organization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::GetOrganizationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::GetOrganizationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::GetOrganizationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::GetOrganizationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::GetOrganizationError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            api::GetOrganizationError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            api::GetOrganizationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::GetOrganizationError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::GetOrganizationRequest> {
    /// Matches only requests whose `org_id` path parameter is `value`, as the client sends it.
    pub fn org_id(self, value: uuid::Uuid) -> Self {
        self.match_path_param("org_id", &value)
    }
}

impl MockOperation for api::DeleteOrganizationRequest {
    type Output = ();
    type Error = api::DeleteOrganizationError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/beta/v1/organizations/{org_id}";
    const OPERATION_ID: &'static str = "delete_organization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::DeleteOrganizationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::DeleteOrganizationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::DeleteOrganizationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::DeleteOrganizationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::DeleteOrganizationError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            api::DeleteOrganizationError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            api::DeleteOrganizationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::DeleteOrganizationError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::DeleteOrganizationRequest> {
    /// Matches only requests whose `org_id` path parameter is `value`, as the client sends it.
    pub fn org_id(self, value: uuid::Uuid) -> Self {
        self.match_path_param("org_id", &value)
    }
}

impl MockOperation for api::UpdateOrganizationRequest {
    type Output = types::OrganizationDetail;
    type Error = api::UpdateOrganizationError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/beta/v1/organizations/{org_id}";
    const OPERATION_ID: &'static str = "update_organization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            api::UpdateOrganizationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            api::UpdateOrganizationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            api::UpdateOrganizationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            api::UpdateOrganizationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            api::UpdateOrganizationError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            api::UpdateOrganizationError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            api::UpdateOrganizationError::UnprocessableEntity(body) => {
                MockAnswer::json(422, &body, "application/json")
            }
            api::UpdateOrganizationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            api::UpdateOrganizationError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, api::UpdateOrganizationRequest> {
    /// Matches only requests whose `org_id` path parameter is `value`, as the client sends it.
    pub fn org_id(self, value: uuid::Uuid) -> Self {
        self.match_path_param("org_id", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrganizationUpdateRequest) -> Self {
        self.match_json_body(&value)
    }
}
