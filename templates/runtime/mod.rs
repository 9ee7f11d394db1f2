//! The runtime of this generated crate: the HTTP client, authentication, retries, timeouts,
//! parameter encoding, errors, responses and pagination.
//!
//! It is spec-agnostic, hand-written code, copied verbatim into every crate that clientgen
//! generates; the generated modules talk to it through a small contract. The items most users
//! need are re-exported at the crate root: [`Client`], [`ClientBuilder`], [`Error`],
//! [`RequestOptions`] and [`Response`].

pub mod auth;
pub mod body;
pub mod client;
pub mod error;
pub mod options;
pub mod pagination;
pub mod query;
pub mod request;
pub mod response;
pub mod retry;
mod send;
pub mod serde_helpers;

pub use auth::{ApiKeyLocation, Credential, SchemeKind, Secret, SecurityScheme, TokenProvider};
pub use body::{FilePart, Multipart};
pub use client::{Client, ClientBuilder};
pub use error::{
    ApiError, AuthError, BoxError, DecodeError, Error, InvalidRequestError, TimeoutError,
    TransportError, UnexpectedResponse,
};
pub use options::RequestOptions;
pub use pagination::{items, next_cursor, next_page_number, paginate, ItemStream, PageStream};
#[doc(hidden)]
pub use query::QueryStyle;
#[doc(hidden)]
pub use request::{Endpoint, RequestBuilder};
pub use response::Response;
#[doc(hidden)]
pub use response::{ErrorResponse, RawResponse};
