//! Create, list, modify and delete organizations and their profile.

use crate::{runtime, types, Client, Error, RequestOptions};

/// The `Organizations` operations. Get one from [`Client::organizations`].
#[derive(Debug, Clone)]
pub struct OrganizationsApi {
    client: Client,
}

impl OrganizationsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List organizations the user has access to
    ///
    /// `GET /organizations`
    ///
    /// Retrieve a list of organizations a particular user has access to. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organization_list_organizations(
        &self,
    ) -> OrganizationListOrganizationsRequest {
        OrganizationListOrganizationsRequest {
            client: self.client.clone(),
            id: None,
            name: None,
            name_starts_with: None,
            name_ends_with: None,
            name_contains: None,
            containing_account: None,
            containing_user: None,
            containing_organization: None,
            parent_id: None,
            page_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create organization
    ///
    /// `POST /organizations`
    ///
    /// Create a new organization for a user. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organizations_create_user_organization(
        &self,
        body: types::OrganizationsCreateUserOrganizationBody,
    ) -> OrganizationsCreateUserOrganizationRequest {
        OrganizationsCreateUserOrganizationRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get organization
    ///
    /// `GET /organizations/{organization_id}`
    ///
    /// Retrieve the details of a certain organization. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organizations_retrieve(
        &self,
        organization_id: impl Into<String>,
    ) -> OrganizationsRetrieveRequest {
        OrganizationsRetrieveRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Modify organization.
    ///
    /// `PUT /organizations/{organization_id}`
    ///
    /// Modify organization. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organizations_modify(
        &self,
        organization_id: impl Into<String>,
        body: types::OrganizationsCreateUserOrganizationBody,
    ) -> OrganizationsModifyRequest {
        OrganizationsModifyRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Delete organization.
    ///
    /// `DELETE /organizations/{organization_id}`
    ///
    /// Delete an organization. The organization MUST be empty before deleting. It must not contain any sub-organizations, accounts, members or users. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organizations_delete(
        &self,
        organization_id: impl Into<String>,
    ) -> OrganizationsDeleteRequest {
        OrganizationsDeleteRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get organization profile
    ///
    /// `GET /organizations/{organization_id}/profile`
    ///
    /// Get an organizations profile if it exists. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organizations_get_profile(
        &self,
        organization_id: impl Into<String>,
    ) -> OrganizationsGetProfileRequest {
        OrganizationsGetProfileRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Modify organization profile.
    ///
    /// `PUT /organizations/{organization_id}/profile`
    ///
    /// Modify organization profile. (Currently in Closed Beta - see https://developers.cloudflare.com/fundamentals/organizations/)
    pub fn organizations_modify_profile(
        &self,
        organization_id: impl Into<String>,
        body: types::Profile,
    ) -> OrganizationsModifyProfileRequest {
        OrganizationsModifyProfileRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

/// Request builder for [`OrganizationsApi::organization_list_organizations`] (`GET /organizations`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationListOrganizationsRequest {
    client: Client,
    id: Option<Vec<String>>,
    name: Option<String>,
    name_starts_with: Option<String>,
    name_ends_with: Option<String>,
    name_contains: Option<String>,
    containing_account: Option<String>,
    containing_user: Option<String>,
    containing_organization: Option<String>,
    parent_id: Option<String>,
    page_token: Option<String>,
    page_size: Option<i64>,
    options: RequestOptions,
}

impl OrganizationListOrganizationsRequest {
    /// Only return organizations with the specified IDs (ex. id=foo&id=bar). Send multiple elements by repeating the query value.
    pub fn id(mut self, value: Vec<String>) -> Self {
        self.id = Some(value);
        self
    }

    /// (case-sensitive) Filter the list of organizations to where the name is equal to a particular string. (Not exposed by the Python SDK of seed 002.)
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// (case-insensitive) Filter the list of organizations to where the name starts with a particular string.
    pub fn name_starts_with(mut self, value: impl Into<String>) -> Self {
        self.name_starts_with = Some(value.into());
        self
    }

    /// (case-insensitive) Filter the list of organizations to where the name ends with a particular string.
    pub fn name_ends_with(mut self, value: impl Into<String>) -> Self {
        self.name_ends_with = Some(value.into());
        self
    }

    /// (case-insensitive) Filter the list of organizations to where the name contains a particular string.
    pub fn name_contains(mut self, value: impl Into<String>) -> Self {
        self.name_contains = Some(value.into());
        self
    }

    /// Filter the list of organizations to the ones that contain this particular account.
    pub fn containing_account(mut self, value: impl Into<String>) -> Self {
        self.containing_account = Some(value.into());
        self
    }

    /// Filter the list of organizations to the ones that contain this particular user. IMPORTANT: Just because an organization "contains" a user is not a representation of any authorization or privilege to manage any resources therein. An organization "containing" a user simply means the user is managed by that organization.
    pub fn containing_user(mut self, value: impl Into<String>) -> Self {
        self.containing_user = Some(value.into());
        self
    }

    /// Filter the list of organizations to the ones that contain this particular organization.
    pub fn containing_organization(mut self, value: impl Into<String>) -> Self {
        self.containing_organization = Some(value.into());
        self
    }

    /// Filter the list of organizations to the ones that are a sub-organization of the specified organization. "null" is a valid value to provide for this parameter. It means "where an organization has no parent (i.e. it is a 'root' organization)."
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }

    /// An opaque token returned from the last list response that when provided will retrieve the next page. Parameters used to filter the retrieved list must remain in subsequent requests with a page token.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// The amount of items to return. Defaults to 10.
    ///
    /// Default: `10`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
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
        Vec<types::Organization>,
        OrganizationListOrganizationsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        Vec<types::Organization>,
        OrganizationListOrganizationsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/organizations",
            operation_id: "Organization_listOrganizations",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        if let Some(value) = &self.id {
            request
                .query_param(
                    "id",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.name {
            request
                .query_param(
                    "name",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.name_starts_with {
            request
                .query_param(
                    "name.startsWith",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.name_ends_with {
            request
                .query_param(
                    "name.endsWith",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.name_contains {
            request
                .query_param(
                    "name.contains",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.containing_account {
            request
                .query_param(
                    "containing.account",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.containing_user {
            request
                .query_param(
                    "containing.user",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.containing_organization {
            request
                .query_param(
                    "containing.organization",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.parent_id {
            request
                .query_param(
                    "parent.id",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.page_token {
            request
                .query_param(
                    "page_token",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        if let Some(value) = &self.page_size {
            request
                .query_param(
                    "page_size",
                    value,
                    runtime::QueryStyle::Form {
                        explode: false,
                    },
                );
        }
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json_enveloped(&ENVELOPE),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }

    /// Streams every page, fetching the next one only when it is polled. Filters and page
    /// size set on this builder apply to every page.
    pub fn pages(
        self,
    ) -> runtime::PageStream<
        Vec<types::Organization>,
        OrganizationListOrganizationsError,
    > {
        runtime::paginate_cursor(
            self,
            |request| request.send_with_response(),
            |page| page.envelope_str(&["result_info", "next_page_token"]),
            |request, cursor| {
                let mut request = request.clone();
                request.page_token = Some(cursor);
                request
            },
        )
    }

    /// Streams every item of every page, fetching pages lazily.
    pub fn into_stream(
        self,
    ) -> runtime::ItemStream<types::Organization, OrganizationListOrganizationsError> {
        runtime::items(self.pages(), |data| data)
    }
}

impl std::future::IntoFuture for OrganizationListOrganizationsRequest {
    type Output = Result<
        Vec<types::Organization>,
        Error<OrganizationListOrganizationsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        Vec<types::Organization>,
        OrganizationListOrganizationsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organization_list_organizations`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationListOrganizationsError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationListOrganizationsError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationsApi::organizations_create_user_organization`] (`POST /organizations`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationsCreateUserOrganizationRequest {
    client: Client,
    body: types::OrganizationsCreateUserOrganizationBody,
    options: RequestOptions,
}

impl OrganizationsCreateUserOrganizationRequest {
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
        types::Organization,
        OrganizationsCreateUserOrganizationError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::Organization,
        OrganizationsCreateUserOrganizationError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/organizations",
            operation_id: "Organizations_createUserOrganization",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json_enveloped(&ENVELOPE),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }
}

impl std::future::IntoFuture for OrganizationsCreateUserOrganizationRequest {
    type Output = Result<
        types::Organization,
        Error<OrganizationsCreateUserOrganizationError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::Organization,
        OrganizationsCreateUserOrganizationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organizations_create_user_organization`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationsCreateUserOrganizationError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationsCreateUserOrganizationError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationsApi::organizations_retrieve`] (`GET /organizations/{organization_id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationsRetrieveRequest {
    client: Client,
    organization_id: String,
    options: RequestOptions,
}

impl OrganizationsRetrieveRequest {
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
    ) -> runtime::BodyFuture<types::Organization, OrganizationsRetrieveError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Organization, OrganizationsRetrieveError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/organizations/{organization_id}",
            operation_id: "Organizations_retrieve",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("organization_id", &self.organization_id);
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json_enveloped(&ENVELOPE),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }
}

impl std::future::IntoFuture for OrganizationsRetrieveRequest {
    type Output = Result<types::Organization, Error<OrganizationsRetrieveError>>;
    type IntoFuture = runtime::BodyFuture<
        types::Organization,
        OrganizationsRetrieveError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organizations_retrieve`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationsRetrieveError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationsRetrieveError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationsApi::organizations_modify`] (`PUT /organizations/{organization_id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationsModifyRequest {
    client: Client,
    organization_id: String,
    body: types::OrganizationsCreateUserOrganizationBody,
    options: RequestOptions,
}

impl OrganizationsModifyRequest {
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
    ) -> runtime::BodyFuture<types::Organization, OrganizationsModifyError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Organization, OrganizationsModifyError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/organizations/{organization_id}",
            operation_id: "Organizations_modify",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("organization_id", &self.organization_id);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json_enveloped(&ENVELOPE),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }
}

impl std::future::IntoFuture for OrganizationsModifyRequest {
    type Output = Result<types::Organization, Error<OrganizationsModifyError>>;
    type IntoFuture = runtime::BodyFuture<types::Organization, OrganizationsModifyError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organizations_modify`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationsModifyError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationsModifyError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationsApi::organizations_delete`] (`DELETE /organizations/{organization_id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationsDeleteRequest {
    client: Client,
    organization_id: String,
    options: RequestOptions,
}

impl OrganizationsDeleteRequest {
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
        types::DeleteOrganizationResponse,
        OrganizationsDeleteError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::DeleteOrganizationResponse,
        OrganizationsDeleteError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/organizations/{organization_id}",
            operation_id: "Organizations_delete",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("organization_id", &self.organization_id);
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json_enveloped(&ENVELOPE),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }
}

impl std::future::IntoFuture for OrganizationsDeleteRequest {
    type Output = Result<
        types::DeleteOrganizationResponse,
        Error<OrganizationsDeleteError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::DeleteOrganizationResponse,
        OrganizationsDeleteError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organizations_delete`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationsDeleteError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationsDeleteError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationsApi::organizations_get_profile`] (`GET /organizations/{organization_id}/profile`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationsGetProfileRequest {
    client: Client,
    organization_id: String,
    options: RequestOptions,
}

impl OrganizationsGetProfileRequest {
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
    ) -> runtime::BodyFuture<types::Profile, OrganizationsGetProfileError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Profile, OrganizationsGetProfileError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/organizations/{organization_id}/profile",
            operation_id: "Organizations_getProfile",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("organization_id", &self.organization_id);
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json_enveloped(&ENVELOPE),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }
}

impl std::future::IntoFuture for OrganizationsGetProfileRequest {
    type Output = Result<types::Profile, Error<OrganizationsGetProfileError>>;
    type IntoFuture = runtime::BodyFuture<types::Profile, OrganizationsGetProfileError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organizations_get_profile`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationsGetProfileError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationsGetProfileError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}

/// Request builder for [`OrganizationsApi::organizations_modify_profile`] (`PUT /organizations/{organization_id}/profile`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OrganizationsModifyProfileRequest {
    client: Client,
    organization_id: String,
    body: types::Profile,
    options: RequestOptions,
}

impl OrganizationsModifyProfileRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), OrganizationsModifyProfileError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), OrganizationsModifyProfileError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/organizations/{organization_id}/profile",
            operation_id: "Organizations_modifyProfile",
            security: &[&[2], &[0, 1]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("organization_id", &self.organization_id);
        {
            request.json_body(&self.body, "application/json");
        }
        request.accept("application/json");
        request.options(&self.options);
        const ENVELOPE: runtime::Envelope = runtime::Envelope {
            data: "result",
            success: Some("success"),
            errors: Some("errors"),
        };
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.envelope_error(&ENVELOPE)),
            })
    }
}

impl std::future::IntoFuture for OrganizationsModifyProfileRequest {
    type Output = Result<(), Error<OrganizationsModifyProfileError>>;
    type IntoFuture = runtime::BodyFuture<(), OrganizationsModifyProfileError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationsApi::organizations_modify_profile`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OrganizationsModifyProfileError {
    /// `4XX`: An unexpected error response.
    ClientError(types::V4ErrorResponse),
}

impl runtime::ErrorResponse for OrganizationsModifyProfileError {
    fn from_response(
        status: reqwest::StatusCode,
        body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            400..=499 => Some(runtime::decode_json(body).map(Self::ClientError)),
            _ => None,
        }
    }
}
