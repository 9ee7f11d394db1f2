//! The runtime over loopback HTTP, driven the way generated operations drive it: a static
//! `Endpoint`, `Client::request`, the parameter and body setters, then `send` or
//! `send_and_decode`. The server is wiremock, or a raw TCP server where a test needs a
//! connection that stalls, breaks or streams.
//!
//! One test binary (one link) with a module per concern; `support` holds what they share.

mod auth;
mod encoding;
mod envelopes;
mod events;
mod headers;
mod interceptors;
mod oauth;
mod pagination;
mod responses;
mod retries;
mod span;
mod streams;
mod support;
mod timeouts;
mod transport;
