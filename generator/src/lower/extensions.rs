//! The vendor extensions clientgen reads (see `specs/EXTENSIONS.md`).

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

/// `x-pagination`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PaginationExt {
    /// Page numbers.
    #[serde(rename_all = "kebab-case")]
    PageNumber {
        page_param: String,
        #[serde(default)]
        items: String,
        #[serde(default)]
        page_count: Option<String>,
    },
    /// Cursors.
    #[serde(rename_all = "kebab-case")]
    Cursor {
        cursor_param: String,
        #[serde(default)]
        items: String,
        next_cursor: String,
    },
}

/// `x-envelope`.
#[derive(Debug, Clone, Deserialize)]
pub struct EnvelopeExt {
    /// The field with the payload.
    pub data: String,
    /// The boolean field that says whether the call succeeded.
    #[serde(default)]
    pub success: Option<String>,
    /// The field with the envelope's errors.
    #[serde(default)]
    pub errors: Option<String>,
}

/// `x-inin-requires-permissions`.
#[derive(Debug, Clone, Deserialize)]
pub struct PermissionsExt {
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub permissions: Vec<String>,
}

/// Reads extension `name` as `T`; `Err` carries a message for a diagnostic.
pub fn read<T: for<'de> Deserialize<'de>>(
    extensions: &IndexMap<String, Value>,
    name: &str,
) -> Result<Option<T>, String> {
    match extensions.get(name) {
        None => Ok(None),
        Some(value) => T::deserialize(value)
            .map(Some)
            .map_err(|e| format!("`{name}` is malformed and ignored: {e}")),
    }
}
