//! The test kit: typed mocks of this crate's operations on a local
//! [wiremock](https://docs.rs/wiremock) server, to test code that takes a
//! [`Client`](crate::Client) without the real API. Compiled only with the `mock` feature, so
//! turn it on for your tests alone:
//!
//! ```toml
//! [dev-dependencies]
//! contract-cases = { path = "generated/contract-cases", features = ["mock"] }
//! ```
//!
//! [`MockServer::start`] starts a server on a free port of `127.0.0.1`, and
//! [`MockServer::client`] gives a client of it (with a credential for every security scheme,
//! and no retries). The server has one accessor per API module, as the client has, and one
//! method per operation there, named as the client's: it gives an [`OperationMock`] that
//! matches every request of that operation. Narrow it with the methods named after the
//! operation's parameters (`.page_size(50)`) and `body`, which compare the request with what
//! the client sends for those typed values, then say what it answers:
//!
//! - [`OperationMock::returns`] takes what the client's call returns (a model, `()`, a
//!   `String`; `bytes::Bytes` for a download) and answers it with the operation's success
//!   status and media type; for an event stream,
//!   [`OperationMock::returns_events`] takes its events (`runtime::Event::new(data)`, with
//!   `.with_id(..)`, `.with_event(..)`, `.with_retry(..)`) and frames them as the client
//!   reads them;
//! - [`OperationMock::fails_with`] takes the operation's error enum, and answers the variant's
//!   body at its documented status ([`OperationMock::fails_with_status`] picks the status);
//! - [`OperationMock::respond_with`] takes any `wiremock::ResponseTemplate`.
//!
//! That gives a [`Mock`]: [`Mock::expect`] says how often it must be called (checked when the
//! server is dropped, or by [`MockServer::verify`]), then [`Mock::mount`] it.
//!
//! See [`MockServer::cases`] for an example.

pub use crate::runtime::mock::{
    wiremock, Mock, MockAnswer, MockOperation, MockServer, OperationMock, MOCK_SECRET,
    MOCK_USER,
};

/// The mocks of the `cases` operations.
#[cfg(feature = "cases")]
pub mod cases;

impl MockServer {
    /// Mocks of the `cases` operations, which [`Client::cases`](crate::Client::cases) calls.
    ///
    /// ```
    /// # use contract_cases::types;
    /// use contract_cases::mock::MockServer;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let mock = MockServer::start().await;
    /// mock.cases()
    ///     .publish()
    ///     .returns("example-value".to_string())
    ///     .expect(1)
    ///     .mount()
    ///     .await;
    ///
    /// // The code under test gets the mock's client.
    /// let client = mock.client();
    /// let result = client.cases().publish("hello").await;
    /// assert!(result.is_ok());
    /// # }
    /// ```
    #[cfg(feature = "cases")]
    pub fn cases(&self) -> cases::CasesMocks<'_> {
        cases::CasesMocks::new(self)
    }
}
