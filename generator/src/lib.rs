//! clientgen: turns OpenAPI documents into typed Rust client crates.
