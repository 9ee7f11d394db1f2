//! The API modules, one per tag or path group. Reach them through the accessors on [`crate::Client`].

/// Organization settings, features, limits and migrations
#[cfg(feature = "organization")]
pub mod organization;

/// Organization trusts (trustees and trustors), pairings, trust users and audits
#[cfg(feature = "organization_authorization")]
pub mod organization_authorization;
