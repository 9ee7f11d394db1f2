//! The runtime of this generated crate: the HTTP client, authentication, retries, timeouts,
//! parameter encoding, errors, responses and pagination.
//!
//! It is spec-agnostic, hand-written code, copied verbatim into every crate that clientgen
//! generates; the generated modules talk to it through a small contract. The items most users
//! need are re-exported at the crate root: [`Client`], [`ClientBuilder`], [`Error`],
//! [`RequestOptions`] and [`Response`].
//!
//! # Defaults
//!
//! - **Timeouts**: 5 s to connect, 60 s for each attempt (sending the request and reading the
//!   whole body). Change them with [`ClientBuilder::connect_timeout`],
//!   [`ClientBuilder::timeout`] or, for one call, [`RequestOptions::with_timeout`]. No
//!   deadline over all attempts unless [`ClientBuilder::operation_timeout`] (or
//!   [`RequestOptions::with_operation_timeout`]) sets one.
//! - **Retries**: 2, for connection failures, timeouts, 408, 409, 429 and 5xx responses, with
//!   exponential backoff (0.5 s doubling up to 8 s, with jitter) or the server's `Retry-After`
//!   (up to 60 s). Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried unless
//!   [`ClientBuilder::retry_non_idempotent`] is set. See [`retry`].
//! - **Authentication**: each operation applies the first of its security requirements for
//!   which the client has every credential; several schemes of one requirement (e.g. an email
//!   and a key header) are sent together. Bearer tokens can come from a [`TokenProvider`],
//!   asked on every attempt, or from the OAuth 2.0 client credentials grant ([`oauth`]).
//!   Secrets never appear in `Debug` output or in tracing spans.
//! - **Errors**: every call returns [`Error<E>`](Error), where `E` is the operation's documented
//!   error responses; status, headers and raw body stay reachable from every variant.
//! - **Tracing**: one `request` span per call, with the method, the path template, the
//!   operation id, the status, the attempt number and the duration.

#[doc(hidden)]
pub mod any_object;
pub mod auth;
#[doc(hidden)]
pub mod aws_query;
pub mod binary;
pub mod body;
pub mod client;
#[doc(hidden)]
pub mod envelope;
pub mod error;
mod error_message;
pub mod events;
#[doc(hidden)]
pub mod framing;
pub mod interceptor;
#[cfg(feature = "mock")]
pub mod mock;
#[cfg(feature = "mock")]
mod mock_answer;
#[cfg(feature = "mock")]
mod mock_events;
#[cfg(feature = "mock")]
mod mock_match;
#[cfg(feature = "mock")]
mod mock_multipart;
pub mod oauth;
#[doc(hidden)]
pub mod object;
pub mod options;
pub mod pagination;
pub mod query;
mod redact;
pub mod request;
pub mod response;
pub mod retry;
mod send;
pub mod serde_helpers;

pub use auth::{ApiKeyLocation, Credential, SchemeKind, Secret, SecurityScheme, TokenProvider};
#[doc(hidden)]
pub use aws_query::{AwsMember, AwsShape};
pub use binary::{BinaryBody, ByteStream};
pub use body::{FilePart, Multipart};
pub use client::{Client, ClientBuilder};
#[doc(hidden)]
pub use envelope::Envelope;
pub use error::{
    ApiError, AuthError, BoxError, DecodeError, EnvelopeError, EnvelopeMessage, Error,
    EventTooLargeError, InterceptorError, InvalidRequestError, PaginationError, TimeoutError,
    TransportError, UnexpectedResponse,
};
#[doc(hidden)]
pub use events::{event_stream, json_data, text_data};
pub use events::{Event, EventStream};
#[doc(hidden)]
pub use framing::StreamFormat;
pub use interceptor::{
    AttemptOutcome, AttemptRequest, AttemptResponse, Interceptor, RetryDecision,
};
pub use options::RequestOptions;
pub use pagination::{
    items, next_cursor, next_page_number, paginate, paginate_cursor, ItemStream, PageStream,
};
#[doc(hidden)]
pub use query::QueryStyle;
#[doc(hidden)]
pub use request::{Endpoint, RequestBuilder};
pub use response::Response;
#[doc(hidden)]
pub use response::{decode_json, ErrorResponse, RawResponse};
#[doc(hidden)]
pub use send::body_only;
pub use send::{BodyFuture, ResponseFuture};
