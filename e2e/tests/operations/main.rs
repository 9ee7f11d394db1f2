//! One wiremock test per operation of every spec, named after the operation's method
//! (its operationId in snake_case), in one module per crate named after the crate
//! (`archera_organizations.rs`, ...; a crate with many operations is a folder with a file per
//! API module, like `genesys_cloud/organization.rs`; `cargo xtask coverage-ops` reads them).
//!
//! Every test goes through [`exchange`]: it states the exact request (method, raw path, raw
//! query, JSON body or none; the crate's auth headers come with its [`exchange::Api`]), the
//! answer (a realistic response of the spec's schema) and the call, and checks fields of the
//! decoded result. For one operation of each spec the test also walks every documented error
//! status and checks the typed error variant.

#[path = "../common/mod.rs"]
mod common;
mod exchange;

mod archera_organizations;
mod cloudflare_organizations;
mod contract_cases;
mod genesys_cloud;
