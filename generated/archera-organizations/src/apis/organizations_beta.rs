//! List and manage organizations the authenticated caller can access.

use crate::{runtime, types, Client, Error, RequestOptions};

/// The `Organizations (Beta)` operations. Get one from [`Client::organizations_beta`].
#[derive(Debug, Clone)]
pub struct OrganizationsBetaApi {
    client: Client,
}

impl OrganizationsBetaApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List organizations the caller can access
    ///
    /// `GET /beta/v1/organizations`
    ///
    /// Lists every organization the authenticated caller can access, with the caller's role, how access was granted and the permissions the role is denied. The caller's primary organization comes first.
    pub fn list_organizations(&self) -> ListOrganizationsRequest {
        ListOrganizationsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Get an organization's management details
    ///
    /// `GET /beta/v1/organizations/{org_id}`
    ///
    /// Returns the organization-management view of one organization: id, name, email domain, creation time and primary postal address.
    pub fn get_organization(&self, org_id: uuid::Uuid) -> GetOrganizationRequest {
        GetOrganizationRequest {
            client: self.client.clone(),
            org_id,
            options: RequestOptions::default(),
        }
    }

    /// Delete an organization
    ///
    /// `DELETE /beta/v1/organizations/{org_id}`
    ///
    /// Deletes the organization. Answers 204 No Content on success.
    pub fn delete_organization(&self, org_id: uuid::Uuid) -> DeleteOrganizationRequest {
        DeleteOrganizationRequest {
            client: self.client.clone(),
            org_id,
            options: RequestOptions::default(),
        }
    }

    /// Update an organization
    ///
    /// `PATCH /beta/v1/organizations/{org_id}`
    ///
    /// Updates an organization's name, email domain and/or primary postal address. Fields left out are unchanged; `null` clears `domain` or `address`. Returns the updated organization-management view.
    pub fn update_organization(
        &self,
        org_id: uuid::Uuid,
        body: types::OrganizationUpdateRequest,
    ) -> UpdateOrganizationRequest {
        UpdateOrganizationRequest {
            client: self.client.clone(),
            org_id,
            body,
            options: RequestOptions::default(),
        }
    }
}

/// Request builder for [`OrganizationsBetaApi::list_organizations`] (`GET /beta/v1/organizations`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOrganizationsRequest {
    client: Client,
    options: RequestOptions,
}

impl ListOrganizationsRequest {
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
        Vec<types::OrganizationMembership>,
        ListOrganizationsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        Vec<types::OrganizationMembership>,
        ListOrganizationsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/beta/v1/organizations",
            operation_id: "list_organizations",
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

impl std::future::IntoFuture for ListOrganizationsRequest {
    type Output = Result<
        Vec<types::OrganizationMembership>,
        Error<ListOrganizationsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        Vec<types::OrganizationMembership>,
        ListOrganizationsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsBetaApi::list_organizations`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum ListOrganizationsError {
    /// `400`: Bad request
    BadRequest(types::ApiErrorResponse),
    /// `401`: Unauthorized
    Unauthorized(types::ApiErrorResponse),
    /// `403`: Forbidden
    Forbidden(types::ApiErrorResponse),
    /// `404`: Not found
    NotFound(types::ApiErrorResponse),
    /// `405`: Method not allowed
    MethodNotAllowed(types::ApiErrorResponse),
    /// `409`: Conflict
    Conflict(types::ApiErrorResponse),
    /// `500`: Internal server error
    InternalServerError(types::ApiErrorResponse),
    /// `default`: Default error response
    Default(types::ApiErrorResponse),
}

impl runtime::ErrorResponse for ListOrganizationsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            405 => Some(runtime::decode_json(body).map(Self::MethodNotAllowed)),
            409 => Some(runtime::decode_json(body).map(Self::Conflict)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            _ => Some(runtime::decode_json(body).map(Self::Default)),
        }
    }
}

/// Request builder for [`OrganizationsBetaApi::get_organization`] (`GET /beta/v1/organizations/{org_id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrganizationRequest {
    client: Client,
    org_id: uuid::Uuid,
    options: RequestOptions,
}

impl GetOrganizationRequest {
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
    ) -> runtime::BodyFuture<types::OrganizationDetail, GetOrganizationError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::OrganizationDetail, GetOrganizationError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/beta/v1/organizations/{org_id}",
            operation_id: "get_organization",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("org_id", &self.org_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrganizationRequest {
    type Output = Result<types::OrganizationDetail, Error<GetOrganizationError>>;
    type IntoFuture = runtime::BodyFuture<
        types::OrganizationDetail,
        GetOrganizationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsBetaApi::get_organization`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrganizationError {
    /// `400`: Bad request
    BadRequest(types::ApiErrorResponse),
    /// `401`: Unauthorized
    Unauthorized(types::ApiErrorResponse),
    /// `403`: Forbidden
    Forbidden(types::ApiErrorResponse),
    /// `404`: Not found
    NotFound(types::ApiErrorResponse),
    /// `405`: Method not allowed
    MethodNotAllowed(types::ApiErrorResponse),
    /// `409`: Conflict
    Conflict(types::ApiErrorResponse),
    /// `500`: Internal server error
    InternalServerError(types::ApiErrorResponse),
    /// `default`: Default error response
    Default(types::ApiErrorResponse),
}

impl runtime::ErrorResponse for GetOrganizationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            405 => Some(runtime::decode_json(body).map(Self::MethodNotAllowed)),
            409 => Some(runtime::decode_json(body).map(Self::Conflict)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            _ => Some(runtime::decode_json(body).map(Self::Default)),
        }
    }
}

/// Request builder for [`OrganizationsBetaApi::delete_organization`] (`DELETE /beta/v1/organizations/{org_id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrganizationRequest {
    client: Client,
    org_id: uuid::Uuid,
    options: RequestOptions,
}

impl DeleteOrganizationRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), DeleteOrganizationError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrganizationError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/beta/v1/organizations/{org_id}",
            operation_id: "delete_organization",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("org_id", &self.org_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrganizationRequest {
    type Output = Result<(), Error<DeleteOrganizationError>>;
    type IntoFuture = runtime::BodyFuture<(), DeleteOrganizationError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsBetaApi::delete_organization`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrganizationError {
    /// `400`: Bad request
    BadRequest(types::ApiErrorResponse),
    /// `401`: Unauthorized
    Unauthorized(types::ApiErrorResponse),
    /// `403`: Forbidden
    Forbidden(types::ApiErrorResponse),
    /// `404`: Not found
    NotFound(types::ApiErrorResponse),
    /// `405`: Method not allowed
    MethodNotAllowed(types::ApiErrorResponse),
    /// `409`: Conflict
    Conflict(types::ApiErrorResponse),
    /// `500`: Internal server error
    InternalServerError(types::ApiErrorResponse),
    /// `default`: Default error response
    Default(types::ApiErrorResponse),
}

impl runtime::ErrorResponse for DeleteOrganizationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            405 => Some(runtime::decode_json(body).map(Self::MethodNotAllowed)),
            409 => Some(runtime::decode_json(body).map(Self::Conflict)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            _ => Some(runtime::decode_json(body).map(Self::Default)),
        }
    }
}

/// Request builder for [`OrganizationsBetaApi::update_organization`] (`PATCH /beta/v1/organizations/{org_id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateOrganizationRequest {
    client: Client,
    org_id: uuid::Uuid,
    body: types::OrganizationUpdateRequest,
    options: RequestOptions,
}

impl UpdateOrganizationRequest {
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
    ) -> runtime::BodyFuture<types::OrganizationDetail, UpdateOrganizationError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::OrganizationDetail, UpdateOrganizationError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PATCH,
            path: "/beta/v1/organizations/{org_id}",
            operation_id: "update_organization",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("org_id", &self.org_id);
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

impl std::future::IntoFuture for UpdateOrganizationRequest {
    type Output = Result<types::OrganizationDetail, Error<UpdateOrganizationError>>;
    type IntoFuture = runtime::BodyFuture<
        types::OrganizationDetail,
        UpdateOrganizationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsBetaApi::update_organization`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum UpdateOrganizationError {
    /// `400`: Bad request
    BadRequest(types::ApiErrorResponse),
    /// `401`: Unauthorized
    Unauthorized(types::ApiErrorResponse),
    /// `403`: Forbidden
    Forbidden(types::ApiErrorResponse),
    /// `404`: Not found
    NotFound(types::ApiErrorResponse),
    /// `405`: Method not allowed
    MethodNotAllowed(types::ApiErrorResponse),
    /// `409`: Conflict
    Conflict(types::ApiErrorResponse),
    /// `422`: Unprocessable Content
    UnprocessableEntity(types::ApiErrorResponse),
    /// `500`: Internal server error
    InternalServerError(types::ApiErrorResponse),
    /// `default`: Default error response
    Default(types::ApiErrorResponse),
}

impl runtime::ErrorResponse for UpdateOrganizationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400 => Some(runtime::decode_json(body).map(Self::BadRequest)),
            401 => Some(runtime::decode_json(body).map(Self::Unauthorized)),
            403 => Some(runtime::decode_json(body).map(Self::Forbidden)),
            404 => Some(runtime::decode_json(body).map(Self::NotFound)),
            405 => Some(runtime::decode_json(body).map(Self::MethodNotAllowed)),
            409 => Some(runtime::decode_json(body).map(Self::Conflict)),
            422 => Some(runtime::decode_json(body).map(Self::UnprocessableEntity)),
            500 => Some(runtime::decode_json(body).map(Self::InternalServerError)),
            _ => Some(runtime::decode_json(body).map(Self::Default)),
        }
    }
}
