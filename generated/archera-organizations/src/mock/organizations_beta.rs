//! The mocks of the `Organizations (Beta)` operations: [`OrganizationsBetaMocks`], from [`MockServer::organizations_beta`].

#[allow(unused_imports)]
use crate::{apis, runtime, types};
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
    ) -> OperationMock<'a, apis::organizations_beta::ListOrganizationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsBetaApi::get_organization`](crate::apis::organizations_beta::OrganizationsBetaApi::get_organization) (`GET /beta/v1/organizations/{org_id}`), matching every request of it until narrowed.
    pub fn get_organization(
        &self,
    ) -> OperationMock<'a, apis::organizations_beta::GetOrganizationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsBetaApi::delete_organization`](crate::apis::organizations_beta::OrganizationsBetaApi::delete_organization) (`DELETE /beta/v1/organizations/{org_id}`), matching every request of it until narrowed.
    pub fn delete_organization(
        &self,
    ) -> OperationMock<'a, apis::organizations_beta::DeleteOrganizationRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsBetaApi::update_organization`](crate::apis::organizations_beta::OrganizationsBetaApi::update_organization) (`PATCH /beta/v1/organizations/{org_id}`), matching every request of it until narrowed.
    pub fn update_organization(
        &self,
    ) -> OperationMock<'a, apis::organizations_beta::UpdateOrganizationRequest> {
        self.server.operation()
    }
}

impl MockOperation for apis::organizations_beta::ListOrganizationsRequest {
    type Output = Vec<types::OrganizationMembership>;
    type Error = apis::organizations_beta::ListOrganizationsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/beta/v1/organizations";
    const OPERATION_ID: &'static str = "list_organizations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations_beta::ListOrganizationsError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organizations_beta::ListOrganizationsError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organizations_beta::ListOrganizationsError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organizations_beta::ListOrganizationsError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organizations_beta::ListOrganizationsError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            apis::organizations_beta::ListOrganizationsError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            apis::organizations_beta::ListOrganizationsError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organizations_beta::ListOrganizationsError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl MockOperation for apis::organizations_beta::GetOrganizationRequest {
    type Output = types::OrganizationDetail;
    type Error = apis::organizations_beta::GetOrganizationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/beta/v1/organizations/{org_id}";
    const OPERATION_ID: &'static str = "get_organization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations_beta::GetOrganizationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::InternalServerError(body) => {
                MockAnswer::json(500, &body, "application/json")
            }
            apis::organizations_beta::GetOrganizationError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations_beta::GetOrganizationRequest> {
    /// Matches only requests whose `org_id` path parameter is `value`, as the client sends it.
    pub fn org_id(self, value: uuid::Uuid) -> Self {
        self.match_path_param("org_id", &value)
    }
}

impl MockOperation for apis::organizations_beta::DeleteOrganizationRequest {
    type Output = ();
    type Error = apis::organizations_beta::DeleteOrganizationError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/beta/v1/organizations/{org_id}";
    const OPERATION_ID: &'static str = "delete_organization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations_beta::DeleteOrganizationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organizations_beta::DeleteOrganizationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organizations_beta::DeleteOrganizationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organizations_beta::DeleteOrganizationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organizations_beta::DeleteOrganizationError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            apis::organizations_beta::DeleteOrganizationError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            apis::organizations_beta::DeleteOrganizationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organizations_beta::DeleteOrganizationError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations_beta::DeleteOrganizationRequest> {
    /// Matches only requests whose `org_id` path parameter is `value`, as the client sends it.
    pub fn org_id(self, value: uuid::Uuid) -> Self {
        self.match_path_param("org_id", &value)
    }
}

impl MockOperation for apis::organizations_beta::UpdateOrganizationRequest {
    type Output = types::OrganizationDetail;
    type Error = apis::organizations_beta::UpdateOrganizationError;
    const METHOD: &'static str = "PATCH";
    const PATH: &'static str = "/beta/v1/organizations/{org_id}";
    const OPERATION_ID: &'static str = "update_organization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations_beta::UpdateOrganizationError::BadRequest(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
            apis::organizations_beta::UpdateOrganizationError::Unauthorized(body) => {
                MockAnswer::json(401, &body, "application/json")
            }
            apis::organizations_beta::UpdateOrganizationError::Forbidden(body) => {
                MockAnswer::json(403, &body, "application/json")
            }
            apis::organizations_beta::UpdateOrganizationError::NotFound(body) => {
                MockAnswer::json(404, &body, "application/json")
            }
            apis::organizations_beta::UpdateOrganizationError::MethodNotAllowed(body) => {
                MockAnswer::json(405, &body, "application/json")
            }
            apis::organizations_beta::UpdateOrganizationError::Conflict(body) => {
                MockAnswer::json(409, &body, "application/json")
            }
            apis::organizations_beta::UpdateOrganizationError::UnprocessableEntity(
                body,
            ) => MockAnswer::json(422, &body, "application/json"),
            apis::organizations_beta::UpdateOrganizationError::InternalServerError(
                body,
            ) => MockAnswer::json(500, &body, "application/json"),
            apis::organizations_beta::UpdateOrganizationError::Default(body) => {
                MockAnswer::json(501, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations_beta::UpdateOrganizationRequest> {
    /// Matches only requests whose `org_id` path parameter is `value`, as the client sends it.
    pub fn org_id(self, value: uuid::Uuid) -> Self {
        self.match_path_param("org_id", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrganizationUpdateRequest) -> Self {
        self.match_json_body(&value)
    }
}
