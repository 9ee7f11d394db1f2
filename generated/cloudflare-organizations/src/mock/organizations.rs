//! The mocks of the `Organizations` operations: [`OrganizationsMocks`], from [`MockServer::organizations`].

#[allow(unused_imports)]
use crate::{apis, runtime, types};
use crate::runtime::mock::{MockAnswer, MockOperation, MockServer, OperationMock};

/// The mocks of the `Organizations` operations, one method per operation, named as the client's ([`OrganizationsApi`](crate::apis::organizations::OrganizationsApi)).
#[derive(Debug, Clone, Copy)]
pub struct OrganizationsMocks<'a> {
    server: &'a MockServer,
}

impl<'a> OrganizationsMocks<'a> {
    pub(crate) fn new(server: &'a MockServer) -> Self {
        Self { server }
    }

    /// A mock of [`OrganizationsApi::organization_list_organizations`](crate::apis::organizations::OrganizationsApi::organization_list_organizations) (`GET /organizations`), matching every request of it until narrowed.
    pub fn organization_list_organizations(
        &self,
    ) -> OperationMock<'a, apis::organizations::OrganizationListOrganizationsRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsApi::organizations_create_user_organization`](crate::apis::organizations::OrganizationsApi::organizations_create_user_organization) (`POST /organizations`), matching every request of it until narrowed.
    pub fn organizations_create_user_organization(
        &self,
    ) -> OperationMock<
        'a,
        apis::organizations::OrganizationsCreateUserOrganizationRequest,
    > {
        self.server.operation()
    }

    /// A mock of [`OrganizationsApi::organizations_retrieve`](crate::apis::organizations::OrganizationsApi::organizations_retrieve) (`GET /organizations/{organization_id}`), matching every request of it until narrowed.
    pub fn organizations_retrieve(
        &self,
    ) -> OperationMock<'a, apis::organizations::OrganizationsRetrieveRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsApi::organizations_modify`](crate::apis::organizations::OrganizationsApi::organizations_modify) (`PUT /organizations/{organization_id}`), matching every request of it until narrowed.
    pub fn organizations_modify(
        &self,
    ) -> OperationMock<'a, apis::organizations::OrganizationsModifyRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsApi::organizations_delete`](crate::apis::organizations::OrganizationsApi::organizations_delete) (`DELETE /organizations/{organization_id}`), matching every request of it until narrowed.
    pub fn organizations_delete(
        &self,
    ) -> OperationMock<'a, apis::organizations::OrganizationsDeleteRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsApi::organizations_get_profile`](crate::apis::organizations::OrganizationsApi::organizations_get_profile) (`GET /organizations/{organization_id}/profile`), matching every request of it until narrowed.
    pub fn organizations_get_profile(
        &self,
    ) -> OperationMock<'a, apis::organizations::OrganizationsGetProfileRequest> {
        self.server.operation()
    }

    /// A mock of [`OrganizationsApi::organizations_modify_profile`](crate::apis::organizations::OrganizationsApi::organizations_modify_profile) (`PUT /organizations/{organization_id}/profile`), matching every request of it until narrowed.
    pub fn organizations_modify_profile(
        &self,
    ) -> OperationMock<'a, apis::organizations::OrganizationsModifyProfileRequest> {
        self.server.operation()
    }
}

impl MockOperation for apis::organizations::OrganizationListOrganizationsRequest {
    type Output = Vec<types::Organization>;
    type Error = apis::organizations::OrganizationListOrganizationsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/organizations";
    const OPERATION_ID: &'static str = "Organization_listOrganizations";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::enveloped(
            200,
            &value,
            "application/json",
            &runtime::Envelope {
                data: "result",
                success: Some("success"),
                errors: Some("errors"),
            },
        )
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationListOrganizationsError::ClientError(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationListOrganizationsRequest> {
    /// Matches only requests whose `id` query parameter is `value`, as the client sends it.
    pub fn id(self, value: Vec<String>) -> Self {
        self.match_query_param(
            "id",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }

    /// Matches only requests whose `name` query parameter is `value`, as the client sends it.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "name",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `name.startsWith` query parameter is `value`, as the client sends it.
    pub fn name_starts_with(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "name.startsWith",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `name.endsWith` query parameter is `value`, as the client sends it.
    pub fn name_ends_with(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "name.endsWith",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `name.contains` query parameter is `value`, as the client sends it.
    pub fn name_contains(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "name.contains",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `containing.account` query parameter is `value`, as the client sends it.
    pub fn containing_account(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "containing.account",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `containing.user` query parameter is `value`, as the client sends it.
    pub fn containing_user(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "containing.user",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `containing.organization` query parameter is `value`, as the client sends it.
    pub fn containing_organization(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "containing.organization",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `parent.id` query parameter is `value`, as the client sends it.
    pub fn parent_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "parent.id",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `page_token` query parameter is `value`, as the client sends it.
    pub fn page_token(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "page_token",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }

    /// Matches only requests whose `page_size` query parameter is `value`, as the client sends it.
    pub fn page_size(self, value: i64) -> Self {
        self.match_query_param(
            "page_size",
            &value,
            runtime::QueryStyle::Form {
                explode: false,
            },
        )
    }
}

impl MockOperation for apis::organizations::OrganizationsCreateUserOrganizationRequest {
    type Output = types::Organization;
    type Error = apis::organizations::OrganizationsCreateUserOrganizationError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/organizations";
    const OPERATION_ID: &'static str = "Organizations_createUserOrganization";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::enveloped(
            200,
            &value,
            "application/json",
            &runtime::Envelope {
                data: "result",
                success: Some("success"),
                errors: Some("errors"),
            },
        )
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationsCreateUserOrganizationError::ClientError(
                body,
            ) => MockAnswer::json(400, &body, "application/json"),
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationsCreateUserOrganizationRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrganizationsCreateUserOrganizationBody) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organizations::OrganizationsRetrieveRequest {
    type Output = types::Organization;
    type Error = apis::organizations::OrganizationsRetrieveError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/organizations/{organization_id}";
    const OPERATION_ID: &'static str = "Organizations_retrieve";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::enveloped(
            200,
            &value,
            "application/json",
            &runtime::Envelope {
                data: "result",
                success: Some("success"),
                errors: Some("errors"),
            },
        )
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationsRetrieveError::ClientError(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationsRetrieveRequest> {
    /// Matches only requests whose `organization_id` path parameter is `value`, as the client sends it.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("organization_id", &value)
    }
}

impl MockOperation for apis::organizations::OrganizationsModifyRequest {
    type Output = types::Organization;
    type Error = apis::organizations::OrganizationsModifyError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/organizations/{organization_id}";
    const OPERATION_ID: &'static str = "Organizations_modify";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::enveloped(
            200,
            &value,
            "application/json",
            &runtime::Envelope {
                data: "result",
                success: Some("success"),
                errors: Some("errors"),
            },
        )
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationsModifyError::ClientError(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationsModifyRequest> {
    /// Matches only requests whose `organization_id` path parameter is `value`, as the client sends it.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("organization_id", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::OrganizationsCreateUserOrganizationBody) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::organizations::OrganizationsDeleteRequest {
    type Output = types::DeleteOrganizationResponse;
    type Error = apis::organizations::OrganizationsDeleteError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/organizations/{organization_id}";
    const OPERATION_ID: &'static str = "Organizations_delete";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::enveloped(
            200,
            &value,
            "application/json",
            &runtime::Envelope {
                data: "result",
                success: Some("success"),
                errors: Some("errors"),
            },
        )
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationsDeleteError::ClientError(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationsDeleteRequest> {
    /// Matches only requests whose `organization_id` path parameter is `value`, as the client sends it.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("organization_id", &value)
    }
}

impl MockOperation for apis::organizations::OrganizationsGetProfileRequest {
    type Output = types::Profile;
    type Error = apis::organizations::OrganizationsGetProfileError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/organizations/{organization_id}/profile";
    const OPERATION_ID: &'static str = "Organizations_getProfile";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::enveloped(
            200,
            &value,
            "application/json",
            &runtime::Envelope {
                data: "result",
                success: Some("success"),
                errors: Some("errors"),
            },
        )
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationsGetProfileError::ClientError(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationsGetProfileRequest> {
    /// Matches only requests whose `organization_id` path parameter is `value`, as the client sends it.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("organization_id", &value)
    }
}

impl MockOperation for apis::organizations::OrganizationsModifyProfileRequest {
    type Output = ();
    type Error = apis::organizations::OrganizationsModifyProfileError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/organizations/{organization_id}/profile";
    const OPERATION_ID: &'static str = "Organizations_modifyProfile";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {
            apis::organizations::OrganizationsModifyProfileError::ClientError(body) => {
                MockAnswer::json(400, &body, "application/json")
            }
        }
    }
}

impl OperationMock<'_, apis::organizations::OrganizationsModifyProfileRequest> {
    /// Matches only requests whose `organization_id` path parameter is `value`, as the client sends it.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("organization_id", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Profile) -> Self {
        self.match_json_body(&value)
    }
}
