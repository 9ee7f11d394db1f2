//! Helpers shared by the test files: clients for each generated crate pointed at a mock
//! server, request matchers that wiremock lacks, and canned responses.
//!
//! Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

pub mod bodies;

use serde_json::Value;
use wiremock::matchers::{header, method, path};
use wiremock::{Match, Mock, MockBuilder, MockServer, Request, ResponseTemplate};

/// The bearer token the Genesys client sends.
pub const GENESYS_TOKEN: &str = "genesys-secret-token-4711";
/// The Cloudflare paired key scheme: e-mail and global API key.
pub const CF_EMAIL: &str = "ops@acme.example.com";
pub const CF_KEY: &str = "cf-global-key-0123456789abcdef";
/// The Archera API key.
pub const ARCHERA_KEY: &str = "archera-api-key-9876";
/// The contract cases' API key.
pub const CONTRACT_KEY: &str = "contract-api-key-1234";

/// A Genesys client for the mock server, authenticated with [`GENESYS_TOKEN`].
pub fn genesys(server: &MockServer) -> genesys_cloud::Client {
    genesys_builder(server).build().expect("genesys client")
}

/// The builder behind [`genesys`], for tests that tune retries or timeouts.
pub fn genesys_builder(server: &MockServer) -> genesys_cloud::ClientBuilder {
    genesys_cloud::Client::builder()
        .base_url(server.uri())
        .bearer_token(GENESYS_TOKEN)
}

/// A Cloudflare client for the mock server with the `X-Auth-Email` + `X-Auth-Key` pair.
pub fn cloudflare(server: &MockServer) -> cloudflare_organizations::Client {
    cloudflare_builder(server)
        .build()
        .expect("cloudflare client")
}

/// The builder behind [`cloudflare`].
pub fn cloudflare_builder(server: &MockServer) -> cloudflare_organizations::ClientBuilder {
    cloudflare_organizations::Client::builder()
        .base_url(server.uri())
        .api_email(CF_EMAIL)
        .api_key(CF_KEY)
}

/// An Archera client for the mock server, authenticated with [`ARCHERA_KEY`].
pub fn archera(server: &MockServer) -> archera_organizations::Client {
    archera_builder(server).build().expect("archera client")
}

/// The builder behind [`archera`].
pub fn archera_builder(server: &MockServer) -> archera_organizations::ClientBuilder {
    archera_organizations::Client::builder()
        .base_url(server.uri())
        .api_key(ARCHERA_KEY)
}

/// A client of the contract cases for the mock server, authenticated with [`CONTRACT_KEY`].
pub fn contract(server: &MockServer) -> contract_cases::Client {
    contract_cases::Client::builder()
        .base_url(server.uri())
        .api_key(CONTRACT_KEY)
        .max_retries(0)
        .build()
        .expect("contract client")
}

/// Matches when the raw (still percent-encoded) query string is exactly this one; `""`
/// means no query string at all. Stricter than `query_param`: order, repetition and
/// encoding all count.
pub struct QueryIs(pub &'static str);

impl Match for QueryIs {
    fn matches(&self, request: &Request) -> bool {
        request.url.query().unwrap_or("") == self.0
    }
}

/// Matches when the request does not carry this header.
pub struct NoHeader(pub &'static str);

impl Match for NoHeader {
    fn matches(&self, request: &Request) -> bool {
        !request.headers.contains_key(self.0)
    }
}

/// Method, exact raw path and exact raw query; no auth.
pub fn request(http_method: &str, raw_path: &str, raw_query: &'static str) -> MockBuilder {
    Mock::given(method(http_method))
        .and(path(raw_path))
        .and(QueryIs(raw_query))
}

/// The auth headers a crate's client must send on every operation (its spec's security),
/// and the headers it must not send.
pub struct Auth {
    pub sent: Vec<(&'static str, String)>,
    pub absent: &'static [&'static str],
}

impl Auth {
    /// `request`, narrowed to requests that carry exactly these headers.
    pub fn require(self, mut request: MockBuilder) -> MockBuilder {
        for (name, value) in &self.sent {
            request = request.and(header(*name, value.as_str()));
        }
        for name in self.absent {
            request = request.and(NoHeader(name));
        }
        request
    }
}

/// Genesys: the spec's security is OAuth, so `Authorization: Bearer <token>`.
pub fn genesys_auth() -> Auth {
    Auth {
        sent: vec![("authorization", format!("Bearer {GENESYS_TOKEN}"))],
        absent: &[],
    }
}

/// Cloudflare: every operation asks for `api_email` AND `api_key` together, so both
/// headers, and no `Authorization`.
pub fn cloudflare_auth() -> Auth {
    Auth {
        sent: vec![
            ("x-auth-email", CF_EMAIL.to_owned()),
            ("x-auth-key", CF_KEY.to_owned()),
        ],
        absent: &["authorization"],
    }
}

/// Archera: `x-api-key`, no `Authorization`.
pub fn archera_auth() -> Auth {
    Auth {
        sent: vec![("x-api-key", ARCHERA_KEY.to_owned())],
        absent: &["authorization"],
    }
}

/// The contract cases: `x-api-key`, no `Authorization`.
pub fn contract_auth() -> Auth {
    Auth {
        sent: vec![("x-api-key", CONTRACT_KEY.to_owned())],
        absent: &["authorization"],
    }
}

/// A Genesys request: method, exact raw path and query, and [`genesys_auth`].
pub fn genesys_request(http_method: &str, raw_path: &str, raw_query: &'static str) -> MockBuilder {
    genesys_auth().require(request(http_method, raw_path, raw_query))
}

/// A Cloudflare request: method, exact raw path and query, and [`cloudflare_auth`].
pub fn cloudflare_request(
    http_method: &str,
    raw_path: &str,
    raw_query: &'static str,
) -> MockBuilder {
    cloudflare_auth().require(request(http_method, raw_path, raw_query))
}

/// An Archera request: method, exact raw path and query, and [`archera_auth`].
pub fn archera_request(http_method: &str, raw_path: &str, raw_query: &'static str) -> MockBuilder {
    archera_auth().require(request(http_method, raw_path, raw_query))
}

/// A JSON response.
pub fn json_response(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}

/// Answers `status` with the JSON `body`, and expects exactly one matching request (checked
/// when the server is dropped at the end of the test).
pub fn mock_json(request: MockBuilder, status: u16, body: Value) -> Mock {
    request.respond_with(json_response(status, body)).expect(1)
}
