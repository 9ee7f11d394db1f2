//! The runtime of clientgen's generated crates, as a crate of its own.
//!
//! Every generated crate carries a copy of the runtime in its `src/runtime/`: the `.rs` files
//! of `templates/runtime/`, each without its unit tests. This crate mounts the same files as
//! [`runtime`] and gives them the few items a generated `lib.rs` gives them
//! (`templates/lib.rs.j2`; `CONTRACT.md` lists them), so that the runtime's tests and clippy
//! run once, here, instead of once per generated crate. Nothing else belongs in this file: the
//! runtime must compile against exactly what a generated crate provides.
//!
//! The tests:
//! - unit tests, which may reach private items, are the last item of a runtime file, a
//!   `#[cfg(test)] mod tests { .. }`, or for a long file a `#[cfg(test)] mod tests;` whose
//!   `#[path]` is in `unit_tests/`; the generator cuts it from the copy it writes;
//! - `tests/http/`: the runtime's public API over loopback HTTP (wiremock, or a raw TCP
//!   server where wiremock cannot misbehave enough): auth on the wire, retries, timeouts,
//!   errors, parameter encoding, headers, pagination, streamed bodies and the tracing span.
//!
//! `cargo test -p clientgen-runtime` runs both.

#![deny(missing_docs)]

#[path = "../mod.rs"]
pub mod runtime;

pub use runtime::{BinaryBody, ByteStream, Client, ClientBuilder, Error, RequestOptions, Response};

/// The default base URL; a generated crate has the spec's first server here.
///
/// `pub` here (`pub(crate)` in a generated crate) so that the tests can name it.
pub const DEFAULT_BASE_URL: &str = "https://api.example.com";

/// The token endpoint of the spec's OAuth 2.0 client credentials flow, if it has one.
///
/// `pub` here (`pub(crate)` in a generated crate) so that the tests can name it.
pub const DEFAULT_TOKEN_URL: Option<&str> = Some("https://login.example.com/oauth/token");

/// One security scheme of each kind, in document order; `Endpoint::security` and
/// `ClientBuilder::credential` refer to them by index (the tests in `tests/http/` do too).
///
/// `pub` here (`pub(crate)` in a generated crate) so that the tests can name it.
pub static SECURITY_SCHEMES: &[runtime::SecurityScheme] = &[
    runtime::SecurityScheme {
        name: "bearer",
        kind: runtime::SchemeKind::Bearer,
    },
    runtime::SecurityScheme {
        name: "basic",
        kind: runtime::SchemeKind::Basic,
    },
    runtime::SecurityScheme {
        name: "api_email",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            name: "X-Auth-Email",
        },
    },
    runtime::SecurityScheme {
        name: "api_key",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            name: "X-Auth-Key",
        },
    },
    runtime::SecurityScheme {
        name: "query_key",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Query,
            name: "api_key",
        },
    },
    runtime::SecurityScheme {
        name: "cookie_key",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Cookie,
            name: "session",
        },
    },
];
