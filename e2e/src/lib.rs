//! End-to-end tests of the generated client crates (`generated/*`).
//!
//! The tests live in `tests/`: `runtime.rs` checks the runtime behaviours (auth, retries,
//! timeouts, pagination, envelopes, errors, parameter encoding) through the generated crates,
//! and `operations.rs` has one test per operation of the three specs, named after its
//! operationId in snake_case inside the modules `genesys`, `cloudflare` and `archera`.
//! Every test talks over loopback HTTP to a `wiremock` server.
