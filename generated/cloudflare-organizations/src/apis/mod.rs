//! The API modules, one per tag or path group. Reach them through the accessors on [`crate::Client`].

/// Create, list, modify and delete organizations and their profile.
#[cfg(feature = "organizations")]
pub mod organizations;
