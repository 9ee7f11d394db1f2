//! The mocks of the `cases` operations: [`CasesMocks`], from [`MockServer::cases`].

#[allow(unused_imports)]
use crate::{apis, runtime, types};
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
    pub fn publish(&self) -> OperationMock<'a, apis::cases::PublishRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_concurrency`](crate::apis::cases::CasesApi::get_concurrency) (`GET /functions/{FunctionName}/concurrency`), matching every request of it until narrowed.
    pub fn get_concurrency(
        &self,
    ) -> OperationMock<'a, apis::cases::GetConcurrencyRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::search_photos`](crate::apis::cases::CasesApi::search_photos) (`GET /rest`), matching every request of it until narrowed.
    pub fn search_photos(&self) -> OperationMock<'a, apis::cases::SearchPhotosRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::search_numbers`](crate::apis::cases::CasesApi::search_numbers) (`GET /numbers/search/{country}`), matching every request of it until narrowed.
    pub fn search_numbers(
        &self,
    ) -> OperationMock<'a, apis::cases::SearchNumbersRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::send_heartbeat`](crate::apis::cases::CasesApi::send_heartbeat) (`POST /executions/{id}/heartbeats`), matching every request of it until narrowed.
    pub fn send_heartbeat(
        &self,
    ) -> OperationMock<'a, apis::cases::SendHeartbeatRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::delete_channel`](crate::apis::cases::CasesApi::delete_channel) (`DELETE /channels/{name}`), matching every request of it until narrowed.
    pub fn delete_channel(
        &self,
    ) -> OperationMock<'a, apis::cases::DeleteChannelRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::download_file`](crate::apis::cases::CasesApi::download_file) (`GET /files/{id}`), matching every request of it until narrowed.
    pub fn download_file(&self) -> OperationMock<'a, apis::cases::DownloadFileRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::list_tags`](crate::apis::cases::CasesApi::list_tags) (`GET /tags`), matching every request of it until narrowed.
    pub fn list_tags(&self) -> OperationMock<'a, apis::cases::ListTagsRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::create_account`](crate::apis::cases::CasesApi::create_account) (`POST /accounts`), matching every request of it until narrowed.
    pub fn create_account(
        &self,
    ) -> OperationMock<'a, apis::cases::CreateAccountRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_settings`](crate::apis::cases::CasesApi::get_settings) (`GET /settings`), matching every request of it until narrowed.
    pub fn get_settings(&self) -> OperationMock<'a, apis::cases::GetSettingsRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::put_rule`](crate::apis::cases::CasesApi::put_rule) (`PUT /rules/{code}`), matching every request of it until narrowed.
    pub fn put_rule(&self) -> OperationMock<'a, apis::cases::PutRuleRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_loose`](crate::apis::cases::CasesApi::get_loose) (`GET /loose`), matching every request of it until narrowed.
    pub fn get_loose(&self) -> OperationMock<'a, apis::cases::GetLooseRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::open_conversation`](crate::apis::cases::CasesApi::open_conversation) (`GET /conversations/open`), matching every request of it until narrowed.
    pub fn open_conversation(
        &self,
    ) -> OperationMock<'a, apis::cases::OpenConversationRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::start_job`](crate::apis::cases::CasesApi::start_job) (`POST /jobs`), matching every request of it until narrowed.
    pub fn start_job(&self) -> OperationMock<'a, apis::cases::StartJobRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::create_batch`](crate::apis::cases::CasesApi::create_batch) (`POST /batches`), matching every request of it until narrowed.
    pub fn create_batch(&self) -> OperationMock<'a, apis::cases::CreateBatchRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::get_limits`](crate::apis::cases::CasesApi::get_limits) (`GET /limits`), matching every request of it until narrowed.
    pub fn get_limits(&self) -> OperationMock<'a, apis::cases::GetLimitsRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::register_application`](crate::apis::cases::CasesApi::register_application) (`POST /applications`), matching every request of it until narrowed.
    pub fn register_application(
        &self,
    ) -> OperationMock<'a, apis::cases::RegisterApplicationRequest> {
        self.server.operation()
    }

    /// A mock of [`CasesApi::put_definition`](crate::apis::cases::CasesApi::put_definition) (`PUT /definitions/{name}`), matching every request of it until narrowed.
    pub fn put_definition(
        &self,
    ) -> OperationMock<'a, apis::cases::PutDefinitionRequest> {
        self.server.operation()
    }
}

impl MockOperation for apis::cases::PublishRequest {
    type Output = String;
    type Error = apis::cases::PublishError;
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

impl OperationMock<'_, apis::cases::PublishRequest> {
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

impl MockOperation for apis::cases::GetConcurrencyRequest {
    type Output = types::Concurrency;
    type Error = apis::cases::GetConcurrencyError;
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

impl OperationMock<'_, apis::cases::GetConcurrencyRequest> {
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

impl MockOperation for apis::cases::SearchPhotosRequest {
    type Output = types::Tags;
    type Error = apis::cases::SearchPhotosError;
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

impl OperationMock<'_, apis::cases::SearchPhotosRequest> {
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

impl MockOperation for apis::cases::SearchNumbersRequest {
    type Output = types::Tags;
    type Error = apis::cases::SearchNumbersError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/numbers/search/{country}";
    const OPERATION_ID: &'static str = "search_numbers";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, apis::cases::SearchNumbersRequest> {
    /// Matches only requests whose `country` path parameter is `value`, as the client sends it.
    pub fn country(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("country", &value)
    }

    /// Matches only requests whose `search` query parameter is `value`, as the client sends it.
    pub fn search(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query_param(
            "search",
            &value,
            runtime::QueryStyle::Form {
                explode: true,
            },
        )
    }
}

impl MockOperation for apis::cases::SendHeartbeatRequest {
    type Output = ();
    type Error = apis::cases::SendHeartbeatError;
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

impl OperationMock<'_, apis::cases::SendHeartbeatRequest> {
    /// Matches only requests whose `id` path parameter is `value`, as the client sends it.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("id", &value)
    }
}

impl MockOperation for apis::cases::DeleteChannelRequest {
    type Output = types::Empty;
    type Error = apis::cases::DeleteChannelError;
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

impl OperationMock<'_, apis::cases::DeleteChannelRequest> {
    /// Matches only requests whose `name` path parameter is `value`, as the client sends it.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("name", &value)
    }
}

impl MockOperation for apis::cases::DownloadFileRequest {
    type Output = bytes::Bytes;
    type Error = apis::cases::DownloadFileError;
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

impl OperationMock<'_, apis::cases::DownloadFileRequest> {
    /// Matches only requests whose `id` path parameter is `value`, as the client sends it.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("id", &value)
    }
}

impl MockOperation for apis::cases::ListTagsRequest {
    type Output = types::Tags;
    type Error = apis::cases::ListTagsError;
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

impl MockOperation for apis::cases::CreateAccountRequest {
    type Output = types::Account;
    type Error = apis::cases::CreateAccountError;
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

impl OperationMock<'_, apis::cases::CreateAccountRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Account) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::cases::GetSettingsRequest {
    type Output = types::Settings;
    type Error = apis::cases::GetSettingsError;
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

impl MockOperation for apis::cases::PutRuleRequest {
    type Output = ();
    type Error = apis::cases::PutRuleError;
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

impl OperationMock<'_, apis::cases::PutRuleRequest> {
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

impl MockOperation for apis::cases::GetLooseRequest {
    type Output = types::Loose;
    type Error = apis::cases::GetLooseError;
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

impl MockOperation for apis::cases::OpenConversationRequest {
    type Output = types::Opened;
    type Error = apis::cases::OpenConversationError;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/conversations/open";
    const OPERATION_ID: &'static str = "open_conversation";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(value: Self::Output) -> MockAnswer {
        MockAnswer::json(200, &value, "application/json")
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl MockOperation for apis::cases::StartJobRequest {
    type Output = ();
    type Error = apis::cases::StartJobError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/jobs";
    const OPERATION_ID: &'static str = "start_job";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, apis::cases::StartJobRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Job) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::cases::CreateBatchRequest {
    type Output = ();
    type Error = apis::cases::CreateBatchError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/batches";
    const OPERATION_ID: &'static str = "create_batch";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, apis::cases::CreateBatchRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Batch) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::cases::GetLimitsRequest {
    type Output = types::Limits;
    type Error = apis::cases::GetLimitsError;
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

impl MockOperation for apis::cases::RegisterApplicationRequest {
    type Output = ();
    type Error = apis::cases::RegisterApplicationError;
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/applications";
    const OPERATION_ID: &'static str = "register_application";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, apis::cases::RegisterApplicationRequest> {
    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Registration) -> Self {
        self.match_json_body(&value)
    }
}

impl MockOperation for apis::cases::PutDefinitionRequest {
    type Output = ();
    type Error = apis::cases::PutDefinitionError;
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/definitions/{name}";
    const OPERATION_ID: &'static str = "put_definition";
    const FIXED_QUERY: &'static [(&'static str, &'static str)] = &[];
    fn output(_value: Self::Output) -> MockAnswer {
        MockAnswer::empty(204)
    }

    fn error(error: Self::Error) -> MockAnswer {
        match error {}
    }
}

impl OperationMock<'_, apis::cases::PutDefinitionRequest> {
    /// Matches only requests whose `name` path parameter is `value`, as the client sends it.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path_param("name", &value)
    }

    /// Matches only requests whose JSON body equals `value` (the order of properties aside).
    pub fn body(self, value: types::Definition) -> Self {
        self.match_json_body(&value)
    }
}
