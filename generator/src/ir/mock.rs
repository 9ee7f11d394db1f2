//! The test kit's part of the IR: what the typed mocks of the `mock` feature need beyond the
//! operations themselves (`templates/mock.rs.j2`, `templates/mock_api.rs.j2`). Everything
//! else they say (paths, parameters, types, error enums) is read from the same operations
//! the client is rendered from, so the mocks cannot drift from the client.

use serde::Serialize;

use super::ExampleValue;

/// The mocks of the whole crate.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MockKit {
    /// One entry per API module, in the order of `Api::modules`.
    pub modules: Vec<MockModule>,
    /// The operation the docs' example mocks (`Api::examples.call`), and the value it returns
    /// there, if the example can build one.
    pub example: Option<MockExample>,
}

/// The mocks of one API module.
#[derive(Debug, Clone, Serialize)]
pub struct MockModule {
    /// The struct whose methods give the module's mocks, e.g. `OrganizationMocks`.
    pub struct_name: String,
    /// Its accessor on `MockServer`: the module's accessor on `Client`, unless a method of
    /// the server has that name.
    pub accessor: String,
    /// One entry per operation, in the order of the module's `operations`.
    pub operations: Vec<MockOperation>,
}

/// The mock of one operation.
#[derive(Debug, Clone, Serialize)]
pub struct MockOperation {
    /// One matcher method per parameter, in the order of the operation's `params`.
    pub params: Vec<String>,
    /// The body matcher method.
    pub body: Option<MockBodyMatcher>,
    /// What `returns` takes and answers.
    pub output: MockOutput,
    /// The status each success response is answered with, in the order of `success`.
    pub success_status: Vec<u16>,
    /// The status each error response is answered with, in the order of `errors`.
    pub error_status: Vec<u16>,
}

/// How the body of a request is compared.
#[derive(Debug, Clone, Serialize)]
pub struct MockBodyMatcher {
    /// The method name, `body` unless a parameter has it.
    pub method: String,
    /// How the client sends the body.
    pub kind: MockBodyKind,
}

/// How a request body is compared with the expected value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MockBodyKind {
    /// As JSON values, so the order of properties does not matter.
    Json,
    /// As form pairs.
    Form,
    /// As text.
    Text,
    /// As bytes.
    Bytes,
    /// As the parts of a multipart body, in order.
    Multipart,
}

/// What `returns` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MockOutput {
    /// The operation's return type.
    Returned,
    /// The events of an event stream (`Vec<Event<T>>`, `T` the events' data type).
    Events,
    /// Bytes: the operation returns a download as a stream.
    Bytes,
    /// Nothing can be given typed (several success responses, one of them a download).
    Unsupported,
}

/// The docs' example of a mock.
#[derive(Debug, Clone, Serialize)]
pub struct MockExample {
    /// A value of the operation's return type.
    pub value: ExampleValue,
    /// A value of the body of the operation's first error response, when it has one.
    pub error_value: Option<ExampleValue>,
}
