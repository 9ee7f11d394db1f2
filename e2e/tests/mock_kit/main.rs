//! The test kit (`mock` feature) of every generated crate, used as a user of the crate uses
//! it: the application code under test takes a `Client`, and each test hands it the client of
//! a mock server whose operations answer typed values, then checks what the code made of
//! them and that the mocks were called as expected. Everything goes over loopback HTTP.

#[allow(dead_code)]
#[path = "../common/bodies.rs"]
mod bodies;

mod archera_organizations;
mod cloudflare_organizations;
mod contract_cases;
mod genesys_cloud;
