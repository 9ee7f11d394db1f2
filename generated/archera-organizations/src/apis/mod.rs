//! The API modules, one per tag or path group. Reach them through the accessors on [`crate::Client`].

/// List and manage organizations the authenticated caller can access.
#[cfg(feature = "organizations_beta")]
pub mod organizations_beta;
