//! The API modules, one per tag or path group. Reach them through the accessors on [`crate::Client`].

/// Operations tagged `cases`.
#[cfg(feature = "cases")]
pub mod cases;
