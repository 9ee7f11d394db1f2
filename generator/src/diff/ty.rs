//! The one place the API diff compares and shows the IR's types ([`TypeRef`]).

use crate::ir::TypeRef;
use crate::render::rust_type::{rust_arg, rust_type, Scope};

/// A type as the IR carries it.
pub type Ty = TypeRef;

/// Whether a value of type `old` is written the same way as one of type `new` in user code.
/// Compared as spelled in the API modules: a model's index in the IR does not matter, its name does.
pub fn same(old: &Ty, new: &Ty) -> bool {
    rust_type(old, Scope::Api) == rust_type(new, Scope::Api)
}

/// The type as a Markdown code span: `` `Option<String>` ``.
pub fn show(ty: &Ty) -> String {
    format!("`{}`", rust_type(ty, Scope::Api))
}

/// The type of an argument that takes `ty` (`impl Into<String>` when `into`).
pub fn arg(ty: &Ty, into: bool) -> String {
    rust_arg(ty, into)
}
