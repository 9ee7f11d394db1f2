//! The API modules, one per tag. Reach them through the accessors on [`crate::Client`].

/// Organization settings, features, limits and migrations
pub mod organization;

/// Organization trusts (trustees and trustors), pairings, trust users and audits
pub mod organization_authorization;
