//! The mocks of the `cases` operations: [`CasesMocks`], from [`MockServer::cases`].

#[allow(unused_imports)]
use crate::{apis::cases as api, runtime, types};
use crate::runtime::mock::{MockAnswer, MockOperation, MockServer, OperationMock};

/// The mocks of the `cases` operations, one method per operation, named as the client's ([`CasesApi`](crate::apis::cases::CasesApi)).
#[derive(Debug, Clone, Copy)]
pub struct CasesMocks<'a> {
    server: &'a MockServer,
}

impl<'a> CasesMocks<'a> {
    pub(crate) fn new(server: &'a MockServer) -> Self {
        Self { server }
    }

    /// A mock of [`CasesApi::publish`](crate::apis::cases::CasesApi::publish) (`GET /`), matching every request of it until narrowed.
    pub fn publish(&self) -> OperationMock<'a, api::PublishRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_concurrency`](crate::apis::cases::CasesApi::get_concurrency) (`GET /functions/{FunctionName}/concurrency`), matching every request of it until narrowed.
    pub fn get_concurrency(&self) -> OperationMock<'a, api::GetConcurrencyRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::search_photos`](crate::apis::cases::CasesApi::search_photos) (`GET /rest`), matching every request of it until narrowed.
    pub fn search_photos(&self) -> OperationMock<'a, api::SearchPhotosRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::send_heartbeat`](crate::apis::cases::CasesApi::send_heartbeat) (`POST /executions/{id}/heartbeats`), matching every request of it until narrowed.
    pub fn send_heartbeat(&self) -> OperationMock<'a, api::SendHeartbeatRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::delete_channel`](crate::apis::cases::CasesApi::delete_channel) (`DELETE /channels/{name}`), matching every request of it until narrowed.
    pub fn delete_channel(&self) -> OperationMock<'a, api::DeleteChannelRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::download_file`](crate::apis::cases::CasesApi::download_file) (`GET /files/{id}`), matching every request of it until narrowed.
    pub fn download_file(&self) -> OperationMock<'a, api::DownloadFileRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::list_tags`](crate::apis::cases::CasesApi::list_tags) (`GET /tags`), matching every request of it until narrowed.
    pub fn list_tags(&self) -> OperationMock<'a, api::ListTagsRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::create_account`](crate::apis::cases::CasesApi::create_account) (`POST /accounts`), matching every request of it until narrowed.
    pub fn create_account(&self) -> OperationMock<'a, api::CreateAccountRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_settings`](crate::apis::cases::CasesApi::get_settings) (`GET /settings`), matching every request of it until narrowed.
    pub fn get_settings(&self) -> OperationMock<'a, api::GetSettingsRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::put_rule`](crate::apis::cases::CasesApi::put_rule) (`PUT /rules/{code}`), matching every request of it until narrowed.
    pub fn put_rule(&self) -> OperationMock<'a, api::PutRuleRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_loose`](crate::apis::cases::CasesApi::get_loose) (`GET /loose`), matching every request of it until narrowed.
    pub fn get_loose(&self) -> OperationMock<'a, api::GetLooseRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_limits`](crate::apis::cases::CasesApi::get_limits) (`GET /limits`), matching every request of it until narrowed.
    pub fn get_limits(&self) -> OperationMock<'a, api::GetLimitsRequest> {
        self.server.operation()
    }
}

impl MockOperation for api::PublishRequest {
    type Output = String;
    type Error = api::PublishError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/";
    const OPERATION_ID: &'static str = "publish";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[
        ("Action", "Publish"),
        ("Version", "2010-03-31"),
    ];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::text(200, value, "text/xml")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::PublishRequest> {
    /// Matches only requests whose `Message` query parameter is `value`, as the client sends it.
    pub fn message(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "Message",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::GetConcurrencyRequest {
    type Output = types::Concurrency;
    type Error = api::GetConcurrencyError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/functions/{FunctionName}/concurrency";
    const OPERATION_ID: &'static str = "get_concurrency";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::GetConcurrencyRequest> {
    /// Matches only requests whose `FunctionName` path parameter is `value`, as the client sends it.
    pub fn function_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("FunctionName", &value)
    }

    /// Matches only requests whose `Qualifier` query parameter is `value`, as the client sends it.
    pub fn qualifier(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "Qualifier",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::SearchPhotosRequest {
    type Output = types::Tags;
    type Error = api::SearchPhotosError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/rest";
    const OPERATION_ID: &'static str = "search_photos";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[
        ("method", "photos.search"),
    ];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::SearchPhotosRequest> {
    /// Matches only requests whose `text` query parameter is `value`, as the client sends it.
    pub fn text(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "text",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for api::SendHeartbeatRequest {
    type Output = ();
    type Error = api::SendHeartbeatError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/executions/{id}/heartbeats";
    const OPERATION_ID: &'static str = "send_heartbeat";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::SendHeartbeatRequest> {
    /// Matches only requests whose `id` path parameter is `value`, as the client sends it.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("id", &value)
    }
}

impl MockOperation for api::DeleteChannelRequest {
    type Output = types::Empty;
    type Error = api::DeleteChannelError;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/channels/{name}";
    const OPERATION_ID: &'static str = "delete_channel";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::DeleteChannelRequest> {
    /// Matches only requests whose `name` path parameter is `value`, as the client sends it.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("name", &value)
    }
}

impl MockOperation for api::DownloadFileRequest {
    type Output = bytes::Bytes;
    type Error = api::DownloadFileError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/files/{id}";
    const OPERATION_ID: &'static str = "download_file";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::bytes(200, value, "application/octet-stream")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::DownloadFileRequest> {
    /// Matches only requests whose `id` path parameter is `value`, as the client sends it.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("id", &value)
    }
}

impl MockOperation for api::ListTagsRequest {
    type Output = types::Tags;
    type Error = api::ListTagsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/tags";
    const OPERATION_ID: &'static str = "list_tags";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl MockOperation for api::CreateAccountRequest {
    type Output = types::Account;
    type Error = api::CreateAccountError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/accounts";
    const OPERATION_ID: &'static str = "create_account";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(201, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::CreateAccountRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Account) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetSettingsRequest {
    type Output = types::Settings;
    type Error = api::GetSettingsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/settings";
    const OPERATION_ID: &'static str = "get_settings";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl MockOperation for api::PutRuleRequest {
    type Output = ();
    type Error = api::PutRuleError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/rules/{code}";
    const OPERATION_ID: &'static str = "put_rule";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, api::PutRuleRequest> {
    /// Matches only requests whose `code` path parameter is `value`, as the client sends it.
    pub fn code(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("code", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Rule) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for api::GetLooseRequest {
    type Output = types::Loose;
    type Error = api::GetLooseError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/loose";
    const OPERATION_ID: &'static str = "get_loose";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl MockOperation for api::GetLimitsRequest {
    type Output = types::Limits;
    type Error = api::GetLimitsError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/limits";
    const OPERATION_ID: &'static str = "get_limits";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}
