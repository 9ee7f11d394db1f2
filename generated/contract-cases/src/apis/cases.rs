//! Operations tagged `cases`.

use crate::{runtime, types, Client, Error, RequestOptions};

/// The `cases` operations. Get one from [`Client::cases`].
#[derive(Debug, Clone)]
pub struct CasesApi {
    client: Client,
}

impl CasesApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// publish
    ///
    /// `GET /`
    pub fn publish(&self, message: impl Into<String>) -> PublishRequest {
        PublishRequest {
            client: self.client.clone(),
            message: message.into(),
            options: RequestOptions::default(),
        }
    }

    /// get_concurrency
    ///
    /// `GET /functions/{FunctionName}/concurrency`
    pub fn get_concurrency(
        &self,
        function_name: impl Into<String>,
        qualifier: impl Into<String>,
    ) -> GetConcurrencyRequest {
        GetConcurrencyRequest {
            client: self.client.clone(),
            function_name: function_name.into(),
            qualifier: qualifier.into(),
            options: RequestOptions::default(),
        }
    }

    /// search_photos
    ///
    /// `GET /rest`
    pub fn search_photos(&self) -> SearchPhotosRequest {
        SearchPhotosRequest {
            client: self.client.clone(),
            text: None,
            options: RequestOptions::default(),
        }
    }

    /// search_numbers
    ///
    /// `GET /numbers/search/{country}`
    pub fn search_numbers(
        &self,
        country: impl Into<String>,
        search: impl Into<String>,
    ) -> SearchNumbersRequest {
        SearchNumbersRequest {
            client: self.client.clone(),
            country: country.into(),
            search: search.into(),
            options: RequestOptions::default(),
        }
    }

    /// send_heartbeat
    ///
    /// `POST /executions/{id}/heartbeats`
    pub fn send_heartbeat(&self, id: impl Into<String>) -> SendHeartbeatRequest {
        SendHeartbeatRequest {
            client: self.client.clone(),
            id: id.into(),
            options: RequestOptions::default(),
        }
    }

    /// delete_channel
    ///
    /// `DELETE /channels/{name}`
    pub fn delete_channel(&self, name: impl Into<String>) -> DeleteChannelRequest {
        DeleteChannelRequest {
            client: self.client.clone(),
            name: name.into(),
            options: RequestOptions::default(),
        }
    }

    /// download_file
    ///
    /// `GET /files/{id}`
    pub fn download_file(&self, id: impl Into<String>) -> DownloadFileRequest {
        DownloadFileRequest {
            client: self.client.clone(),
            id: id.into(),
            options: RequestOptions::default(),
        }
    }

    /// list_tags
    ///
    /// `GET /tags`
    pub fn list_tags(&self) -> ListTagsRequest {
        ListTagsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// create_account
    ///
    /// `POST /accounts`
    pub fn create_account(&self, body: types::Account) -> CreateAccountRequest {
        CreateAccountRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// get_settings
    ///
    /// `GET /settings`
    pub fn get_settings(&self) -> GetSettingsRequest {
        GetSettingsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// put_rule
    ///
    /// `PUT /rules/{code}`
    pub fn put_rule(
        &self,
        code: impl Into<String>,
        body: types::Rule,
    ) -> PutRuleRequest {
        PutRuleRequest {
            client: self.client.clone(),
            code: code.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// get_loose
    ///
    /// `GET /loose`
    pub fn get_loose(&self) -> GetLooseRequest {
        GetLooseRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// open_conversation
    ///
    /// `GET /conversations/open`
    pub fn open_conversation(&self) -> OpenConversationRequest {
        OpenConversationRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// start_job
    ///
    /// `POST /jobs`
    pub fn start_job(&self, body: types::Job) -> StartJobRequest {
        StartJobRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// create_batch
    ///
    /// `POST /batches`
    pub fn create_batch(&self, body: types::Batch) -> CreateBatchRequest {
        CreateBatchRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// get_limits
    ///
    /// `GET /limits`
    pub fn get_limits(&self) -> GetLimitsRequest {
        GetLimitsRequest {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// register_application
    ///
    /// `POST /applications`
    pub fn register_application(
        &self,
        body: types::Registration,
    ) -> RegisterApplicationRequest {
        RegisterApplicationRequest {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// put_definition
    ///
    /// `PUT /definitions/{name}`
    pub fn put_definition(
        &self,
        name: impl Into<String>,
        body: types::Definition,
    ) -> PutDefinitionRequest {
        PutDefinitionRequest {
            client: self.client.clone(),
            name: name.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

/// Request builder for [`CasesApi::publish`] (`GET /`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PublishRequest {
    client: Client,
    message: String,
    options: RequestOptions,
}

impl PublishRequest {
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
    pub fn send(self) -> runtime::BodyFuture<String, PublishError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(self) -> runtime::ResponseFuture<String, PublishError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/",
            operation_id: "publish",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request
            .query_param(
                "Action",
                "Publish",
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query_param(
                "Version",
                "2010-03-31",
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query_param(
                "Message",
                &self.message,
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.accept("text/xml");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.text(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PublishRequest {
    type Output = Result<String, Error<PublishError>>;
    type IntoFuture = runtime::BodyFuture<String, PublishError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::publish`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PublishError {}
impl runtime::ErrorResponse for PublishError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::get_concurrency`] (`GET /functions/{FunctionName}/concurrency`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConcurrencyRequest {
    client: Client,
    function_name: String,
    qualifier: String,
    options: RequestOptions,
}

impl GetConcurrencyRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Concurrency, GetConcurrencyError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Concurrency, GetConcurrencyError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/functions/{FunctionName}/concurrency",
            operation_id: "get_concurrency",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("FunctionName", &self.function_name);
        request
            .query_param(
                "Qualifier",
                &self.qualifier,
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for GetConcurrencyRequest {
    type Output = Result<types::Concurrency, Error<GetConcurrencyError>>;
    type IntoFuture = runtime::BodyFuture<types::Concurrency, GetConcurrencyError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::get_concurrency`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetConcurrencyError {}
impl runtime::ErrorResponse for GetConcurrencyError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::search_photos`] (`GET /rest`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchPhotosRequest {
    client: Client,
    text: Option<String>,
    options: RequestOptions,
}

impl SearchPhotosRequest {
    /// Sets the `text` query parameter.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
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
    pub fn send(self) -> runtime::BodyFuture<types::Tags, SearchPhotosError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Tags, SearchPhotosError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/rest",
            operation_id: "search_photos",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request
            .query_param(
                "method",
                "photos.search",
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(value) = &self.text {
            request
                .query_param(
                    "text",
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
}

impl std::future::IntoFuture for SearchPhotosRequest {
    type Output = Result<types::Tags, Error<SearchPhotosError>>;
    type IntoFuture = runtime::BodyFuture<types::Tags, SearchPhotosError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::search_photos`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum SearchPhotosError {}
impl runtime::ErrorResponse for SearchPhotosError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::search_numbers`] (`GET /numbers/search/{country}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchNumbersRequest {
    client: Client,
    country: String,
    search: String,
    options: RequestOptions,
}

impl SearchNumbersRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Tags, SearchNumbersError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Tags, SearchNumbersError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/numbers/search/{country}",
            operation_id: "search_numbers",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("country", &self.country);
        request
            .query_param(
                "search",
                &self.search,
                runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for SearchNumbersRequest {
    type Output = Result<types::Tags, Error<SearchNumbersError>>;
    type IntoFuture = runtime::BodyFuture<types::Tags, SearchNumbersError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::search_numbers`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum SearchNumbersError {}
impl runtime::ErrorResponse for SearchNumbersError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::send_heartbeat`] (`POST /executions/{id}/heartbeats`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendHeartbeatRequest {
    client: Client,
    id: String,
    options: RequestOptions,
}

impl SendHeartbeatRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), SendHeartbeatError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(self) -> runtime::ResponseFuture<(), SendHeartbeatError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/executions/{id}/heartbeats",
            operation_id: "send_heartbeat",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("id", &self.id);
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for SendHeartbeatRequest {
    type Output = Result<(), Error<SendHeartbeatError>>;
    type IntoFuture = runtime::BodyFuture<(), SendHeartbeatError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::send_heartbeat`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum SendHeartbeatError {}
impl runtime::ErrorResponse for SendHeartbeatError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::delete_channel`] (`DELETE /channels/{name}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteChannelRequest {
    client: Client,
    name: String,
    options: RequestOptions,
}

impl DeleteChannelRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Empty, DeleteChannelError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Empty, DeleteChannelError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::DELETE,
            path: "/channels/{name}",
            operation_id: "delete_channel",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("name", &self.name);
        request.accept("application/json");
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DeleteChannelRequest {
    type Output = Result<types::Empty, Error<DeleteChannelError>>;
    type IntoFuture = runtime::BodyFuture<types::Empty, DeleteChannelError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::delete_channel`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DeleteChannelError {}
impl runtime::ErrorResponse for DeleteChannelError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::download_file`] (`GET /files/{id}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadFileRequest {
    client: Client,
    id: String,
    options: RequestOptions,
}

impl DownloadFileRequest {
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
    pub fn send(self) -> runtime::BodyFuture<crate::ByteStream, DownloadFileError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<crate::ByteStream, DownloadFileError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/files/{id}",
            operation_id: "download_file",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("id", &self.id);
        request.accept("application/octet-stream");
        request.options(&self.options);
        request.stream_response();
        request
            .send_and_decode(|response| match response.status().as_u16() {
                200 => response.byte_stream(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for DownloadFileRequest {
    type Output = Result<crate::ByteStream, Error<DownloadFileError>>;
    type IntoFuture = runtime::BodyFuture<crate::ByteStream, DownloadFileError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::download_file`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum DownloadFileError {}
impl runtime::ErrorResponse for DownloadFileError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::list_tags`] (`GET /tags`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTagsRequest {
    client: Client,
    options: RequestOptions,
}

impl ListTagsRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Tags, ListTagsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Tags, ListTagsError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/tags",
            operation_id: "list_tags",
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

impl std::future::IntoFuture for ListTagsRequest {
    type Output = Result<types::Tags, Error<ListTagsError>>;
    type IntoFuture = runtime::BodyFuture<types::Tags, ListTagsError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::list_tags`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum ListTagsError {}
impl runtime::ErrorResponse for ListTagsError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::create_account`] (`POST /accounts`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccountRequest {
    client: Client,
    body: types::Account,
    options: RequestOptions,
}

impl CreateAccountRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Account, CreateAccountError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Account, CreateAccountError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/accounts",
            operation_id: "create_account",
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
                201 => response.json(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for CreateAccountRequest {
    type Output = Result<types::Account, Error<CreateAccountError>>;
    type IntoFuture = runtime::BodyFuture<types::Account, CreateAccountError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::create_account`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum CreateAccountError {}
impl runtime::ErrorResponse for CreateAccountError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::get_settings`] (`GET /settings`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSettingsRequest {
    client: Client,
    options: RequestOptions,
}

impl GetSettingsRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Settings, GetSettingsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Settings, GetSettingsError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/settings",
            operation_id: "get_settings",
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

impl std::future::IntoFuture for GetSettingsRequest {
    type Output = Result<types::Settings, Error<GetSettingsError>>;
    type IntoFuture = runtime::BodyFuture<types::Settings, GetSettingsError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::get_settings`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetSettingsError {}
impl runtime::ErrorResponse for GetSettingsError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::put_rule`] (`PUT /rules/{code}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutRuleRequest {
    client: Client,
    code: String,
    body: types::Rule,
    options: RequestOptions,
}

impl PutRuleRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), PutRuleError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(self) -> runtime::ResponseFuture<(), PutRuleError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/rules/{code}",
            operation_id: "put_rule",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("code", &self.code);
        {
            request.json_body(&self.body, "application/json");
        }
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutRuleRequest {
    type Output = Result<(), Error<PutRuleError>>;
    type IntoFuture = runtime::BodyFuture<(), PutRuleError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::put_rule`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutRuleError {}
impl runtime::ErrorResponse for PutRuleError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::get_loose`] (`GET /loose`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLooseRequest {
    client: Client,
    options: RequestOptions,
}

impl GetLooseRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Loose, GetLooseError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Loose, GetLooseError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/loose",
            operation_id: "get_loose",
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

impl std::future::IntoFuture for GetLooseRequest {
    type Output = Result<types::Loose, Error<GetLooseError>>;
    type IntoFuture = runtime::BodyFuture<types::Loose, GetLooseError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::get_loose`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetLooseError {}
impl runtime::ErrorResponse for GetLooseError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::open_conversation`] (`GET /conversations/open`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OpenConversationRequest {
    client: Client,
    options: RequestOptions,
}

impl OpenConversationRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Opened, OpenConversationError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Opened, OpenConversationError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/conversations/open",
            operation_id: "open_conversation",
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

impl std::future::IntoFuture for OpenConversationRequest {
    type Output = Result<types::Opened, Error<OpenConversationError>>;
    type IntoFuture = runtime::BodyFuture<types::Opened, OpenConversationError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::open_conversation`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OpenConversationError {}
impl runtime::ErrorResponse for OpenConversationError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::start_job`] (`POST /jobs`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartJobRequest {
    client: Client,
    body: types::Job,
    options: RequestOptions,
}

impl StartJobRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), StartJobError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(self) -> runtime::ResponseFuture<(), StartJobError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/jobs",
            operation_id: "start_job",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for StartJobRequest {
    type Output = Result<(), Error<StartJobError>>;
    type IntoFuture = runtime::BodyFuture<(), StartJobError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::start_job`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum StartJobError {}
impl runtime::ErrorResponse for StartJobError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::create_batch`] (`POST /batches`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBatchRequest {
    client: Client,
    body: types::Batch,
    options: RequestOptions,
}

impl CreateBatchRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), CreateBatchError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(self) -> runtime::ResponseFuture<(), CreateBatchError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/batches",
            operation_id: "create_batch",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for CreateBatchRequest {
    type Output = Result<(), Error<CreateBatchError>>;
    type IntoFuture = runtime::BodyFuture<(), CreateBatchError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::create_batch`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum CreateBatchError {}
impl runtime::ErrorResponse for CreateBatchError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::get_limits`] (`GET /limits`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLimitsRequest {
    client: Client,
    options: RequestOptions,
}

impl GetLimitsRequest {
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
    pub fn send(self) -> runtime::BodyFuture<types::Limits, GetLimitsError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<types::Limits, GetLimitsError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::GET,
            path: "/limits",
            operation_id: "get_limits",
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

impl std::future::IntoFuture for GetLimitsRequest {
    type Output = Result<types::Limits, Error<GetLimitsError>>;
    type IntoFuture = runtime::BodyFuture<types::Limits, GetLimitsError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::get_limits`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum GetLimitsError {}
impl runtime::ErrorResponse for GetLimitsError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::register_application`] (`POST /applications`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RegisterApplicationRequest {
    client: Client,
    body: types::Registration,
    options: RequestOptions,
}

impl RegisterApplicationRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), RegisterApplicationError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(
        self,
    ) -> runtime::ResponseFuture<(), RegisterApplicationError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::POST,
            path: "/applications",
            operation_id: "register_application",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        {
            request.json_body(&self.body, "application/json");
        }
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for RegisterApplicationRequest {
    type Output = Result<(), Error<RegisterApplicationError>>;
    type IntoFuture = runtime::BodyFuture<(), RegisterApplicationError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::register_application`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum RegisterApplicationError {}
impl runtime::ErrorResponse for RegisterApplicationError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Request builder for [`CasesApi::put_definition`] (`PUT /definitions/{name}`).
///
/// Set optional parameters with its methods, then `.send().await` (or just `.await`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutDefinitionRequest {
    client: Client,
    name: String,
    body: types::Definition,
    options: RequestOptions,
}

impl PutDefinitionRequest {
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
    pub fn send(self) -> runtime::BodyFuture<(), PutDefinitionError> {
        runtime::body_only(self.send_with_response())
    }

    /// Sends the request and returns the decoded body with the status and headers.
    pub fn send_with_response(self) -> runtime::ResponseFuture<(), PutDefinitionError> {
        static ENDPOINT: runtime::Endpoint = runtime::Endpoint {
            method: reqwest::Method::PUT,
            path: "/definitions/{name}",
            operation_id: "put_definition",
            security: &[&[0]],
        };
        let mut request = self.client.request(&ENDPOINT);
        request.path_param("name", &self.name);
        {
            request.json_body(&self.body, "application/json");
        }
        request.options(&self.options);
        request
            .send_and_decode(|response| match response.status().as_u16() {
                204 => response.empty(),
                _ => Err(response.error()),
            })
    }
}

impl std::future::IntoFuture for PutDefinitionRequest {
    type Output = Result<(), Error<PutDefinitionError>>;
    type IntoFuture = runtime::BodyFuture<(), PutDefinitionError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The documented error responses of [`CasesApi::put_definition`], by status.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum PutDefinitionError {}
impl runtime::ErrorResponse for PutDefinitionError {
    fn from_response(
        _status: reqwest::StatusCode,
        _body: &[u8],
    ) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}
