//! The one place the API diff compares and shows the IR's Rust types, so that a change of
//! the IR's type representation changes only this file.

/// A Rust type as the IR carries it.
pub type Ty = str;

/// Whether a value of type `old` is written the same way as one of type `new` in user code.
pub fn same(old: &Ty, new: &Ty) -> bool {
    old == new
}

/// The type as a Markdown code span: `` `Option<String>` ``.
pub fn show(ty: &Ty) -> String {
    format!("`{ty}`")
}
