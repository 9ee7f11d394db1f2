//! Organization trusts (trustees and trustors), pairings, trust users and audits

use crate::{runtime, types, Client, Error, RequestOptions};

/// The `Organization Authorization` operations. Get one from [`Client::organization_authorization`].
#[derive(Debug, Clone)]
pub struct OrganizationAuthorizationApi {
    client: Client,
}

impl OrganizationAuthorizationApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// A pairing id is created by the trustee and given to the trustor to create a trust.
    ///
    /// `POST /api/v2/orgauthorization/pairings`
    ///
    /// Requires ANY permissions: authorization:orgTrustee:add
    pub fn post_orgauthorization_pairings(
        &self,
        body: types::TrustRequestCreate,
    ) -> PostOrgauthorizationPairingsRequest {
        PostOrgauthorizationPairingsRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get Pairing Info
    ///
    /// `GET /api/v2/orgauthorization/pairings/{pairingId}`
    ///
    /// Requires ANY permissions: authorization:orgTrustee:view, authorization:orgTrustor:view
    pub fn get_orgauthorization_pairing(
        &self,
        pairing_id: impl Into<String>,
    ) -> GetOrgauthorizationPairingRequest {
        GetOrgauthorizationPairingRequest {
            client: self.client.clone(),
            pairing_id: pairing_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// The list of trustees for this organization (i.e. organizations granted access to this organization).
    ///
    /// `GET /api/v2/orgauthorization/trustees`
    ///
    /// Requires ANY permissions: authorization:orgTrustee:view
    pub fn get_orgauthorization_trustees(&self) -> GetOrgauthorizationTrusteesRequest {
        GetOrgauthorizationTrusteesRequest {
            client: self.client.clone(),
            page_size: None,
            page_number: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a new organization authorization trust. This is required to grant other organizations access to your organization.
    ///
    /// `POST /api/v2/orgauthorization/trustees`
    ///
    /// Requires ALL permissions: authorization:orgTrustee:add, authorization:orgTrusteeUser:add
    pub fn post_orgauthorization_trustees(
        &self,
        body: types::TrustCreate,
    ) -> PostOrgauthorizationTrusteesRequest {
        PostOrgauthorizationTrusteesRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get Org Trustee Audits
    ///
    /// `POST /api/v2/orgauthorization/trustees/audits`
    ///
    /// Requires ANY permissions: authorization:audit:view
    pub fn post_orgauthorization_trustees_audits(
        &self,
        body: types::TrusteeAuditQueryRequest,
    ) -> PostOrgauthorizationTrusteesAuditsRequest {
        PostOrgauthorizationTrusteesAuditsRequest {
            client: self.client.clone(),
            page_size: None,
            page_number: None,
            sort_by: None,
            sort_order: None,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get Org Trust
    ///
    /// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}`
    ///
    /// Requires ANY permissions: authorization:orgTrustee:view
    pub fn get_orgauthorization_trustee(
        &self,
        trustee_org_id: impl Into<String>,
    ) -> GetOrgauthorizationTrusteeRequest {
        GetOrgauthorizationTrusteeRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update Org Trust
    ///
    /// `PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}`
    ///
    /// Requires ANY permissions: authorization:orgTrustee:edit
    pub fn put_orgauthorization_trustee(
        &self,
        trustee_org_id: impl Into<String>,
        body: types::Trustee,
    ) -> PutOrgauthorizationTrusteeRequest {
        PutOrgauthorizationTrusteeRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Delete Org Trust
    ///
    /// `DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}`
    ///
    /// Requires ANY permissions: authorization:orgTrustee:delete
    pub fn delete_orgauthorization_trustee(
        &self,
        trustee_org_id: impl Into<String>,
    ) -> DeleteOrgauthorizationTrusteeRequest {
        DeleteOrgauthorizationTrusteeRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// The list of trustee users for this organization (i.e. users granted access to this organization).
    ///
    /// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:view
    pub fn get_orgauthorization_trustee_users(
        &self,
        trustee_org_id: impl Into<String>,
    ) -> GetOrgauthorizationTrusteeUsersRequest {
        GetOrgauthorizationTrusteeUsersRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            page_size: None,
            page_number: None,
            options: RequestOptions::default(),
        }
    }

    /// Add a user to the trust.
    ///
    /// `POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`
    ///
    /// Requires ALL permissions: authorization:orgTrusteeUser:add, admin, role_manager
    pub fn post_orgauthorization_trustee_users(
        &self,
        trustee_org_id: impl Into<String>,
        body: types::TrustMemberCreate,
    ) -> PostOrgauthorizationTrusteeUsersRequest {
        PostOrgauthorizationTrusteeUsersRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get Trustee User
    ///
    /// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:view
    pub fn get_orgauthorization_trustee_user(
        &self,
        trustee_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> GetOrgauthorizationTrusteeUserRequest {
        GetOrgauthorizationTrusteeUserRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete Trustee User
    ///
    /// `DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:delete, admin, role_manager
    pub fn delete_orgauthorization_trustee_user(
        &self,
        trustee_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> DeleteOrgauthorizationTrusteeUserRequest {
        DeleteOrgauthorizationTrusteeUserRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get Trustee User Roles
    ///
    /// `GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:view
    pub fn get_orgauthorization_trustee_user_roles(
        &self,
        trustee_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> GetOrgauthorizationTrusteeUserRolesRequest {
        GetOrgauthorizationTrusteeUserRolesRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update Trustee User Roles
    ///
    /// `PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:edit, admin, role_manager
    pub fn put_orgauthorization_trustee_user_roles(
        &self,
        trustee_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
        body: Vec<String>,
    ) -> PutOrgauthorizationTrusteeUserRolesRequest {
        PutOrgauthorizationTrusteeUserRolesRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Delete Trustee User Roles
    ///
    /// `DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:delete, admin, role_manager
    pub fn delete_orgauthorization_trustee_user_roles(
        &self,
        trustee_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> DeleteOrgauthorizationTrusteeUserRolesRequest {
        DeleteOrgauthorizationTrusteeUserRolesRequest {
            client: self.client.clone(),
            trustee_org_id: trustee_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get Org Trustor Audits
    ///
    /// `POST /api/v2/orgauthorization/trustor/audits`
    ///
    /// Requires ANY permissions: authorization:audit:view
    pub fn post_orgauthorization_trustor_audits(
        &self,
        body: types::TrustorAuditQueryRequest,
    ) -> PostOrgauthorizationTrustorAuditsRequest {
        PostOrgauthorizationTrustorAuditsRequest {
            client: self.client.clone(),
            page_size: None,
            page_number: None,
            sort_by: None,
            sort_order: None,
            body,
            options: RequestOptions::default(),
        }
    }

    /// The list of organizations that have authorized/trusted your organization.
    ///
    /// `GET /api/v2/orgauthorization/trustors`
    ///
    /// Requires ANY permissions: authorization:orgTrustor:view
    pub fn get_orgauthorization_trustors(&self) -> GetOrgauthorizationTrustorsRequest {
        GetOrgauthorizationTrustorsRequest {
            client: self.client.clone(),
            page_size: None,
            page_number: None,
            options: RequestOptions::default(),
        }
    }

    /// Get Org Trust
    ///
    /// `GET /api/v2/orgauthorization/trustors/{trustorOrgId}`
    ///
    /// Requires ANY permissions: authorization:orgTrustor:view
    pub fn get_orgauthorization_trustor(
        &self,
        trustor_org_id: impl Into<String>,
    ) -> GetOrgauthorizationTrustorRequest {
        GetOrgauthorizationTrustorRequest {
            client: self.client.clone(),
            trustor_org_id: trustor_org_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete Org Trust
    ///
    /// `DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}`
    ///
    /// Requires ANY permissions: authorization:orgTrustor:delete
    pub fn delete_orgauthorization_trustor(
        &self,
        trustor_org_id: impl Into<String>,
    ) -> DeleteOrgauthorizationTrustorRequest {
        DeleteOrgauthorizationTrustorRequest {
            client: self.client.clone(),
            trustor_org_id: trustor_org_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// The list of users in the trustor organization (i.e. users granted access).
    ///
    /// `GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:view
    pub fn get_orgauthorization_trustor_users(
        &self,
        trustor_org_id: impl Into<String>,
    ) -> GetOrgauthorizationTrustorUsersRequest {
        GetOrgauthorizationTrustorUsersRequest {
            client: self.client.clone(),
            trustor_org_id: trustor_org_id.into(),
            page_size: None,
            page_number: None,
            options: RequestOptions::default(),
        }
    }

    /// Get Trustee User
    ///
    /// `GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:view
    pub fn get_orgauthorization_trustor_user(
        &self,
        trustor_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> GetOrgauthorizationTrustorUserRequest {
        GetOrgauthorizationTrustorUserRequest {
            client: self.client.clone(),
            trustor_org_id: trustor_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Add a Trustee user to the trust.
    ///
    /// `PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`
    ///
    /// Requires ALL permissions: authorization:orgTrusteeUser:add
    pub fn put_orgauthorization_trustor_user(
        &self,
        trustor_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> PutOrgauthorizationTrustorUserRequest {
        PutOrgauthorizationTrustorUserRequest {
            client: self.client.clone(),
            trustor_org_id: trustor_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete Trustee User
    ///
    /// `DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`
    ///
    /// Requires ANY permissions: authorization:orgTrusteeUser:delete
    pub fn delete_orgauthorization_trustor_user(
        &self,
        trustor_org_id: impl Into<String>,
        trustee_user_id: impl Into<String>,
    ) -> DeleteOrgauthorizationTrustorUserRequest {
        DeleteOrgauthorizationTrustorUserRequest {
            client: self.client.clone(),
            trustor_org_id: trustor_org_id.into(),
            trustee_user_id: trustee_user_id.into(),
            options: RequestOptions::default(),
        }
    }
}

/// Request builder for [`OrganizationAuthorizationApi::post_orgauthorization_pairings`] (`POST /api/v2/orgauthorization/pairings`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrgauthorizationPairingsRequest {
    client: Client,
    body: types::TrustRequestCreate,
    options: RequestOptions,
}

impl PostOrgauthorizationPairingsRequest {
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
    ) -> runtime::BodyFuture<types::TrustRequest, PostOrgauthorizationPairingsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::TrustRequest,
        PostOrgauthorizationPairingsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/orgauthorization/pairings",
            operation_id: "postOrgauthorizationPairings",
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

impl std::future::IntoFuture for PostOrgauthorizationPairingsRequest {
    type Output = Result<types::TrustRequest, Error<PostOrgauthorizationPairingsError>>;
    type IntoFuture = runtime::BodyFuture<
        types::TrustRequest,
        PostOrgauthorizationPairingsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::post_orgauthorization_pairings`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrgauthorizationPairingsError {
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

impl runtime::ErrorResponse for PostOrgauthorizationPairingsError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_pairing`] (`GET /api/v2/orgauthorization/pairings/{pairingId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationPairingRequest {
    client: Client,
    pairing_id: String,
    options: RequestOptions,
}

impl GetOrgauthorizationPairingRequest {
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
    ) -> runtime::BodyFuture<types::TrustRequest, GetOrgauthorizationPairingError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::TrustRequest, GetOrgauthorizationPairingError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/pairings/{pairingId}",
            operation_id: "getOrgauthorizationPairing",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("pairingId", &self.pairing_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrgauthorizationPairingRequest {
    type Output = Result<types::TrustRequest, Error<GetOrgauthorizationPairingError>>;
    type IntoFuture = runtime::BodyFuture<
        types::TrustRequest,
        GetOrgauthorizationPairingError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_pairing`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationPairingError {
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

impl runtime::ErrorResponse for GetOrgauthorizationPairingError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustees`] (`GET /api/v2/orgauthorization/trustees`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrusteesRequest {
    client: Client,
    page_size: Option<i32>,
    page_number: Option<i32>,
    options: RequestOptions,
}

impl GetOrgauthorizationTrusteesRequest {
    /// Page size
    ///
    /// Default: `25`.
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
        types::TrustEntityListing,
        GetOrgauthorizationTrusteesError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::TrustEntityListing,
        GetOrgauthorizationTrusteesError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustees",
            operation_id: "getOrgauthorizationTrustees",
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

    /// Streams every page, fetching the next one only when it is polled. Filters and page
    /// size set on this builder apply to every page.
    pub fn pages(
        self,
    ) -> runtime::PageStream<
        types::TrustEntityListing,
        GetOrgauthorizationTrusteesError,
    > {
        runtime::paginate(
            self,
            |request| request.send_with_response(),
            |request, page| {
                let data = page.data();
                let items_on_page = data.entities.as_ref().map_or(0, Vec::len);
                let page_count = data.page_count.as_ref().copied().map(i64::from);
                let current = request.page_number.map_or(1, i64::from);
                let next = runtime::next_page_number(
                    current,
                    page_count,
                    items_on_page,
                )?;
                let mut request = request.clone();
                request.page_number = Some(i32::try_from(next).ok()?);
                Some(request)
            },
        )
    }

    /// Streams every item of every page, fetching pages lazily.
    pub fn into_stream(
        self,
    ) -> runtime::ItemStream<types::Trustee, GetOrgauthorizationTrusteesError> {
        runtime::items(self.pages(), |data| data.entities.unwrap_or_default())
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrusteesRequest {
    type Output = Result<
        types::TrustEntityListing,
        Error<GetOrgauthorizationTrusteesError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::TrustEntityListing,
        GetOrgauthorizationTrusteesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustees`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrusteesError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrusteesError {
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

/// Request builder for [`OrganizationAuthorizationApi::post_orgauthorization_trustees`] (`POST /api/v2/orgauthorization/trustees`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrgauthorizationTrusteesRequest {
    client: Client,
    body: types::TrustCreate,
    options: RequestOptions,
}

impl PostOrgauthorizationTrusteesRequest {
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
    ) -> runtime::BodyFuture<types::Trustee, PostOrgauthorizationTrusteesError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Trustee, PostOrgauthorizationTrusteesError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/orgauthorization/trustees",
            operation_id: "postOrgauthorizationTrustees",
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

impl std::future::IntoFuture for PostOrgauthorizationTrusteesRequest {
    type Output = Result<types::Trustee, Error<PostOrgauthorizationTrusteesError>>;
    type IntoFuture = runtime::BodyFuture<
        types::Trustee,
        PostOrgauthorizationTrusteesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::post_orgauthorization_trustees`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrgauthorizationTrusteesError {
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

impl runtime::ErrorResponse for PostOrgauthorizationTrusteesError {
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

/// Request builder for [`OrganizationAuthorizationApi::post_orgauthorization_trustees_audits`] (`POST /api/v2/orgauthorization/trustees/audits`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrgauthorizationTrusteesAuditsRequest {
    client: Client,
    page_size: Option<i32>,
    page_number: Option<i32>,
    sort_by: Option<String>,
    sort_order: Option<String>,
    body: types::TrusteeAuditQueryRequest,
    options: RequestOptions,
}

impl PostOrgauthorizationTrusteesAuditsRequest {
    /// Page size
    ///
    /// Default: `25`.
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

    /// Sort by
    ///
    /// Default: `"timestamp"`.
    pub fn sort_by(mut self, value: impl Into<String>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// Default: `"descending"`.
    pub fn sort_order(mut self, value: impl Into<String>) -> Self {
        self.sort_order = Some(value.into());
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
        types::AuditQueryResponse,
        PostOrgauthorizationTrusteesAuditsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::AuditQueryResponse,
        PostOrgauthorizationTrusteesAuditsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/orgauthorization/trustees/audits",
            operation_id: "postOrgauthorizationTrusteesAudits",
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
        if let Some(value) = &self.sort_by {
            request
                .query_param(
                    "sortBy",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.sort_order {
            request
                .query_param(
                    "sortOrder",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
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

impl std::future::IntoFuture for PostOrgauthorizationTrusteesAuditsRequest {
    type Output = Result<
        types::AuditQueryResponse,
        Error<PostOrgauthorizationTrusteesAuditsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::AuditQueryResponse,
        PostOrgauthorizationTrusteesAuditsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::post_orgauthorization_trustees_audits`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrgauthorizationTrusteesAuditsError {
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

impl runtime::ErrorResponse for PostOrgauthorizationTrusteesAuditsError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustee`] (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrusteeRequest {
    client: Client,
    trustee_org_id: String,
    options: RequestOptions,
}

impl GetOrgauthorizationTrusteeRequest {
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
    ) -> runtime::BodyFuture<types::Trustee, GetOrgauthorizationTrusteeError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Trustee, GetOrgauthorizationTrusteeError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}",
            operation_id: "getOrgauthorizationTrustee",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrusteeRequest {
    type Output = Result<types::Trustee, Error<GetOrgauthorizationTrusteeError>>;
    type IntoFuture = runtime::BodyFuture<
        types::Trustee,
        GetOrgauthorizationTrusteeError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustee`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrusteeError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrusteeError {
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

/// Request builder for [`OrganizationAuthorizationApi::put_orgauthorization_trustee`] (`PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrgauthorizationTrusteeRequest {
    client: Client,
    trustee_org_id: String,
    body: types::Trustee,
    options: RequestOptions,
}

impl PutOrgauthorizationTrusteeRequest {
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
    ) -> runtime::BodyFuture<types::Trustee, PutOrgauthorizationTrusteeError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Trustee, PutOrgauthorizationTrusteeError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}",
            operation_id: "putOrgauthorizationTrustee",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
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

impl std::future::IntoFuture for PutOrgauthorizationTrusteeRequest {
    type Output = Result<types::Trustee, Error<PutOrgauthorizationTrusteeError>>;
    type IntoFuture = runtime::BodyFuture<
        types::Trustee,
        PutOrgauthorizationTrusteeError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::put_orgauthorization_trustee`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrgauthorizationTrusteeError {
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

impl runtime::ErrorResponse for PutOrgauthorizationTrusteeError {
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

/// Request builder for [`OrganizationAuthorizationApi::delete_orgauthorization_trustee`] (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrgauthorizationTrusteeRequest {
    client: Client,
    trustee_org_id: String,
    options: RequestOptions,
}

impl DeleteOrgauthorizationTrusteeRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), DeleteOrgauthorizationTrusteeError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrgauthorizationTrusteeError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}",
            operation_id: "deleteOrgauthorizationTrustee",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrgauthorizationTrusteeRequest {
    type Output = Result<(), Error<DeleteOrgauthorizationTrusteeError>>;
    type IntoFuture = runtime::BodyFuture<(), DeleteOrgauthorizationTrusteeError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrgauthorizationTrusteeError {
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

impl runtime::ErrorResponse for DeleteOrgauthorizationTrusteeError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustee_users`] (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrusteeUsersRequest {
    client: Client,
    trustee_org_id: String,
    page_size: Option<i32>,
    page_number: Option<i32>,
    options: RequestOptions,
}

impl GetOrgauthorizationTrusteeUsersRequest {
    /// Page size
    ///
    /// Default: `25`.
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
        types::TrustUserEntityListing,
        GetOrgauthorizationTrusteeUsersError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::TrustUserEntityListing,
        GetOrgauthorizationTrusteeUsersError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users",
            operation_id: "getOrgauthorizationTrusteeUsers",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
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

    /// Streams every page, fetching the next one only when it is polled. Filters and page
    /// size set on this builder apply to every page.
    pub fn pages(
        self,
    ) -> runtime::PageStream<
        types::TrustUserEntityListing,
        GetOrgauthorizationTrusteeUsersError,
    > {
        runtime::paginate(
            self,
            |request| request.send_with_response(),
            |request, page| {
                let data = page.data();
                let items_on_page = data.entities.as_ref().map_or(0, Vec::len);
                let page_count = data.page_count.as_ref().copied().map(i64::from);
                let current = request.page_number.map_or(1, i64::from);
                let next = runtime::next_page_number(
                    current,
                    page_count,
                    items_on_page,
                )?;
                let mut request = request.clone();
                request.page_number = Some(i32::try_from(next).ok()?);
                Some(request)
            },
        )
    }

    /// Streams every item of every page, fetching pages lazily.
    pub fn into_stream(
        self,
    ) -> runtime::ItemStream<types::TrustUser, GetOrgauthorizationTrusteeUsersError> {
        runtime::items(self.pages(), |data| data.entities.unwrap_or_default())
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrusteeUsersRequest {
    type Output = Result<
        types::TrustUserEntityListing,
        Error<GetOrgauthorizationTrusteeUsersError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::TrustUserEntityListing,
        GetOrgauthorizationTrusteeUsersError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_users`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrusteeUsersError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrusteeUsersError {
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

/// Request builder for [`OrganizationAuthorizationApi::post_orgauthorization_trustee_users`] (`POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/users`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrgauthorizationTrusteeUsersRequest {
    client: Client,
    trustee_org_id: String,
    body: types::TrustMemberCreate,
    options: RequestOptions,
}

impl PostOrgauthorizationTrusteeUsersRequest {
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
    ) -> runtime::BodyFuture<types::TrustUser, PostOrgauthorizationTrusteeUsersError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::TrustUser,
        PostOrgauthorizationTrusteeUsersError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users",
            operation_id: "postOrgauthorizationTrusteeUsers",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
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

impl std::future::IntoFuture for PostOrgauthorizationTrusteeUsersRequest {
    type Output = Result<types::TrustUser, Error<PostOrgauthorizationTrusteeUsersError>>;
    type IntoFuture = runtime::BodyFuture<
        types::TrustUser,
        PostOrgauthorizationTrusteeUsersError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::post_orgauthorization_trustee_users`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrgauthorizationTrusteeUsersError {
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

impl runtime::ErrorResponse for PostOrgauthorizationTrusteeUsersError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user`] (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrusteeUserRequest {
    client: Client,
    trustee_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl GetOrgauthorizationTrusteeUserRequest {
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
    ) -> runtime::BodyFuture<types::TrustUser, GetOrgauthorizationTrusteeUserError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::TrustUser, GetOrgauthorizationTrusteeUserError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}",
            operation_id: "getOrgauthorizationTrusteeUser",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrusteeUserRequest {
    type Output = Result<types::TrustUser, Error<GetOrgauthorizationTrusteeUserError>>;
    type IntoFuture = runtime::BodyFuture<
        types::TrustUser,
        GetOrgauthorizationTrusteeUserError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrusteeUserError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrusteeUserError {
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

/// Request builder for [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user`] (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrgauthorizationTrusteeUserRequest {
    client: Client,
    trustee_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl DeleteOrgauthorizationTrusteeUserRequest {
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
    ) -> runtime::BodyFuture<(), DeleteOrgauthorizationTrusteeUserError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrgauthorizationTrusteeUserError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}",
            operation_id: "deleteOrgauthorizationTrusteeUser",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrgauthorizationTrusteeUserRequest {
    type Output = Result<(), Error<DeleteOrgauthorizationTrusteeUserError>>;
    type IntoFuture = runtime::BodyFuture<(), DeleteOrgauthorizationTrusteeUserError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrgauthorizationTrusteeUserError {
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

impl runtime::ErrorResponse for DeleteOrgauthorizationTrusteeUserError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user_roles`] (`GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrusteeUserRolesRequest {
    client: Client,
    trustee_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl GetOrgauthorizationTrusteeUserRolesRequest {
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
        types::UserAuthorization,
        GetOrgauthorizationTrusteeUserRolesError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::UserAuthorization,
        GetOrgauthorizationTrusteeUserRolesError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles",
            operation_id: "getOrgauthorizationTrusteeUserRoles",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrusteeUserRolesRequest {
    type Output = Result<
        types::UserAuthorization,
        Error<GetOrgauthorizationTrusteeUserRolesError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::UserAuthorization,
        GetOrgauthorizationTrusteeUserRolesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustee_user_roles`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrusteeUserRolesError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrusteeUserRolesError {
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

/// Request builder for [`OrganizationAuthorizationApi::put_orgauthorization_trustee_user_roles`] (`PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrgauthorizationTrusteeUserRolesRequest {
    client: Client,
    trustee_org_id: String,
    trustee_user_id: String,
    body: Vec<String>,
    options: RequestOptions,
}

impl PutOrgauthorizationTrusteeUserRolesRequest {
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
        types::UserAuthorization,
        PutOrgauthorizationTrusteeUserRolesError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::UserAuthorization,
        PutOrgauthorizationTrusteeUserRolesError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles",
            operation_id: "putOrgauthorizationTrusteeUserRoles",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
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

impl std::future::IntoFuture for PutOrgauthorizationTrusteeUserRolesRequest {
    type Output = Result<
        types::UserAuthorization,
        Error<PutOrgauthorizationTrusteeUserRolesError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::UserAuthorization,
        PutOrgauthorizationTrusteeUserRolesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::put_orgauthorization_trustee_user_roles`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrgauthorizationTrusteeUserRolesError {
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

impl runtime::ErrorResponse for PutOrgauthorizationTrusteeUserRolesError {
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

/// Request builder for [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user_roles`] (`DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrgauthorizationTrusteeUserRolesRequest {
    client: Client,
    trustee_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl DeleteOrgauthorizationTrusteeUserRolesRequest {
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
    ) -> runtime::BodyFuture<(), DeleteOrgauthorizationTrusteeUserRolesError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrgauthorizationTrusteeUserRolesError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles",
            operation_id: "deleteOrgauthorizationTrusteeUserRoles",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trusteeOrgId", &self.trustee_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrgauthorizationTrusteeUserRolesRequest {
    type Output = Result<(), Error<DeleteOrgauthorizationTrusteeUserRolesError>>;
    type IntoFuture = runtime::BodyFuture<
        (),
        DeleteOrgauthorizationTrusteeUserRolesError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::delete_orgauthorization_trustee_user_roles`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrgauthorizationTrusteeUserRolesError {
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

impl runtime::ErrorResponse for DeleteOrgauthorizationTrusteeUserRolesError {
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

/// Request builder for [`OrganizationAuthorizationApi::post_orgauthorization_trustor_audits`] (`POST /api/v2/orgauthorization/trustor/audits`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostOrgauthorizationTrustorAuditsRequest {
    client: Client,
    page_size: Option<i32>,
    page_number: Option<i32>,
    sort_by: Option<String>,
    sort_order: Option<String>,
    body: types::TrustorAuditQueryRequest,
    options: RequestOptions,
}

impl PostOrgauthorizationTrustorAuditsRequest {
    /// Page size
    ///
    /// Default: `25`.
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

    /// Sort by
    ///
    /// Default: `"timestamp"`.
    pub fn sort_by(mut self, value: impl Into<String>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Sort order
    ///
    /// Default: `"descending"`.
    pub fn sort_order(mut self, value: impl Into<String>) -> Self {
        self.sort_order = Some(value.into());
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
        types::AuditQueryResponse,
        PostOrgauthorizationTrustorAuditsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::AuditQueryResponse,
        PostOrgauthorizationTrustorAuditsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/api/v2/orgauthorization/trustor/audits",
            operation_id: "postOrgauthorizationTrustorAudits",
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
        if let Some(value) = &self.sort_by {
            request
                .query_param(
                    "sortBy",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
        if let Some(value) = &self.sort_order {
            request
                .query_param(
                    "sortOrder",
                    value,
                    runtime::QueryStyle::Form {
                        explode: true,
                    },
                );
        }
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

impl std::future::IntoFuture for PostOrgauthorizationTrustorAuditsRequest {
    type Output = Result<
        types::AuditQueryResponse,
        Error<PostOrgauthorizationTrustorAuditsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::AuditQueryResponse,
        PostOrgauthorizationTrustorAuditsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::post_orgauthorization_trustor_audits`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PostOrgauthorizationTrustorAuditsError {
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

impl runtime::ErrorResponse for PostOrgauthorizationTrustorAuditsError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustors`] (`GET /api/v2/orgauthorization/trustors`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrustorsRequest {
    client: Client,
    page_size: Option<i32>,
    page_number: Option<i32>,
    options: RequestOptions,
}

impl GetOrgauthorizationTrustorsRequest {
    /// Page size
    ///
    /// Default: `25`.
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
        types::TrustorEntityListing,
        GetOrgauthorizationTrustorsError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::TrustorEntityListing,
        GetOrgauthorizationTrustorsError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustors",
            operation_id: "getOrgauthorizationTrustors",
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

    /// Streams every page, fetching the next one only when it is polled. Filters and page
    /// size set on this builder apply to every page.
    pub fn pages(
        self,
    ) -> runtime::PageStream<
        types::TrustorEntityListing,
        GetOrgauthorizationTrustorsError,
    > {
        runtime::paginate(
            self,
            |request| request.send_with_response(),
            |request, page| {
                let data = page.data();
                let items_on_page = data.entities.as_ref().map_or(0, Vec::len);
                let page_count = data.page_count.as_ref().copied().map(i64::from);
                let current = request.page_number.map_or(1, i64::from);
                let next = runtime::next_page_number(
                    current,
                    page_count,
                    items_on_page,
                )?;
                let mut request = request.clone();
                request.page_number = Some(i32::try_from(next).ok()?);
                Some(request)
            },
        )
    }

    /// Streams every item of every page, fetching pages lazily.
    pub fn into_stream(
        self,
    ) -> runtime::ItemStream<types::Trustor, GetOrgauthorizationTrustorsError> {
        runtime::items(self.pages(), |data| data.entities.unwrap_or_default())
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrustorsRequest {
    type Output = Result<
        types::TrustorEntityListing,
        Error<GetOrgauthorizationTrustorsError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::TrustorEntityListing,
        GetOrgauthorizationTrustorsError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustors`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrustorsError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrustorsError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustor`] (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrustorRequest {
    client: Client,
    trustor_org_id: String,
    options: RequestOptions,
}

impl GetOrgauthorizationTrustorRequest {
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
    ) -> runtime::BodyFuture<types::Trustor, GetOrgauthorizationTrustorError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Trustor, GetOrgauthorizationTrustorError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustors/{trustorOrgId}",
            operation_id: "getOrgauthorizationTrustor",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trustorOrgId", &self.trustor_org_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrustorRequest {
    type Output = Result<types::Trustor, Error<GetOrgauthorizationTrustorError>>;
    type IntoFuture = runtime::BodyFuture<
        types::Trustor,
        GetOrgauthorizationTrustorError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustor`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrustorError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrustorError {
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

/// Request builder for [`OrganizationAuthorizationApi::delete_orgauthorization_trustor`] (`DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrgauthorizationTrustorRequest {
    client: Client,
    trustor_org_id: String,
    options: RequestOptions,
}

impl DeleteOrgauthorizationTrustorRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), DeleteOrgauthorizationTrustorError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrgauthorizationTrustorError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/api/v2/orgauthorization/trustors/{trustorOrgId}",
            operation_id: "deleteOrgauthorizationTrustor",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trustorOrgId", &self.trustor_org_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrgauthorizationTrustorRequest {
    type Output = Result<(), Error<DeleteOrgauthorizationTrustorError>>;
    type IntoFuture = runtime::BodyFuture<(), DeleteOrgauthorizationTrustorError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::delete_orgauthorization_trustor`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrgauthorizationTrustorError {
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

impl runtime::ErrorResponse for DeleteOrgauthorizationTrustorError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustor_users`] (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrustorUsersRequest {
    client: Client,
    trustor_org_id: String,
    page_size: Option<i32>,
    page_number: Option<i32>,
    options: RequestOptions,
}

impl GetOrgauthorizationTrustorUsersRequest {
    /// Page size
    ///
    /// Default: `25`.
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
        types::TrustUserEntityListing,
        GetOrgauthorizationTrustorUsersError,
    > {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<
        types::TrustUserEntityListing,
        GetOrgauthorizationTrustorUsersError,
    > {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustors/{trustorOrgId}/users",
            operation_id: "getOrgauthorizationTrustorUsers",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trustorOrgId", &self.trustor_org_id);
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

    /// Streams every page, fetching the next one only when it is polled. Filters and page
    /// size set on this builder apply to every page.
    pub fn pages(
        self,
    ) -> runtime::PageStream<
        types::TrustUserEntityListing,
        GetOrgauthorizationTrustorUsersError,
    > {
        runtime::paginate(
            self,
            |request| request.send_with_response(),
            |request, page| {
                let data = page.data();
                let items_on_page = data.entities.as_ref().map_or(0, Vec::len);
                let page_count = data.page_count.as_ref().copied().map(i64::from);
                let current = request.page_number.map_or(1, i64::from);
                let next = runtime::next_page_number(
                    current,
                    page_count,
                    items_on_page,
                )?;
                let mut request = request.clone();
                request.page_number = Some(i32::try_from(next).ok()?);
                Some(request)
            },
        )
    }

    /// Streams every item of every page, fetching pages lazily.
    pub fn into_stream(
        self,
    ) -> runtime::ItemStream<types::TrustUser, GetOrgauthorizationTrustorUsersError> {
        runtime::items(self.pages(), |data| data.entities.unwrap_or_default())
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrustorUsersRequest {
    type Output = Result<
        types::TrustUserEntityListing,
        Error<GetOrgauthorizationTrustorUsersError>,
    >;
    type IntoFuture = runtime::BodyFuture<
        types::TrustUserEntityListing,
        GetOrgauthorizationTrustorUsersError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustor_users`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrustorUsersError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrustorUsersError {
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

/// Request builder for [`OrganizationAuthorizationApi::get_orgauthorization_trustor_user`] (`GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgauthorizationTrustorUserRequest {
    client: Client,
    trustor_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl GetOrgauthorizationTrustorUserRequest {
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
    ) -> runtime::BodyFuture<types::TrustUser, GetOrgauthorizationTrustorUserError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::TrustUser, GetOrgauthorizationTrustorUserError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}",
            operation_id: "getOrgauthorizationTrustorUser",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trustorOrgId", &self.trustor_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetOrgauthorizationTrustorUserRequest {
    type Output = Result<types::TrustUser, Error<GetOrgauthorizationTrustorUserError>>;
    type IntoFuture = runtime::BodyFuture<
        types::TrustUser,
        GetOrgauthorizationTrustorUserError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::get_orgauthorization_trustor_user`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetOrgauthorizationTrustorUserError {
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

impl runtime::ErrorResponse for GetOrgauthorizationTrustorUserError {
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

/// Request builder for [`OrganizationAuthorizationApi::put_orgauthorization_trustor_user`] (`PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutOrgauthorizationTrustorUserRequest {
    client: Client,
    trustor_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl PutOrgauthorizationTrustorUserRequest {
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
    ) -> runtime::BodyFuture<types::TrustUser, PutOrgauthorizationTrustorUserError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::TrustUser, PutOrgauthorizationTrustorUserError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}",
            operation_id: "putOrgauthorizationTrustorUser",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trustorOrgId", &self.trustor_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutOrgauthorizationTrustorUserRequest {
    type Output = Result<types::TrustUser, Error<PutOrgauthorizationTrustorUserError>>;
    type IntoFuture = runtime::BodyFuture<
        types::TrustUser,
        PutOrgauthorizationTrustorUserError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::put_orgauthorization_trustor_user`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutOrgauthorizationTrustorUserError {
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

impl runtime::ErrorResponse for PutOrgauthorizationTrustorUserError {
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

/// Request builder for [`OrganizationAuthorizationApi::delete_orgauthorization_trustor_user`] (`DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOrgauthorizationTrustorUserRequest {
    client: Client,
    trustor_org_id: String,
    trustee_user_id: String,
    options: RequestOptions,
}

impl DeleteOrgauthorizationTrustorUserRequest {
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
    ) -> runtime::BodyFuture<(), DeleteOrgauthorizationTrustorUserError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), DeleteOrgauthorizationTrustorUserError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}",
            operation_id: "deleteOrgauthorizationTrustorUser",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("trustorOrgId", &self.trustor_org_id);
        request.path_param("trusteeUserId", &self.trustee_user_id);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteOrgauthorizationTrustorUserRequest {
    type Output = Result<(), Error<DeleteOrgauthorizationTrustorUserError>>;
    type IntoFuture = runtime::BodyFuture<(), DeleteOrgauthorizationTrustorUserError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`OrganizationAuthorizationApi::delete_orgauthorization_trustor_user`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteOrgauthorizationTrustorUserError {
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

impl runtime::ErrorResponse for DeleteOrgauthorizationTrustorUserError {
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
