//! The API modules, one per tag. Reach them through the accessors on [`crate::Client`].

/// Create, list, modify and delete organizations and their profile.
pub mod organizations;
