//! Operations of methods the OpenAPI 3.0 model has no field for: OpenAPI 3.2's `query` and the
//! other methods of `additionalOperations` (`PURGE`), which the load stage keeps as path-item
//! extensions. They become methods like any other; the request is sent with that method.

use openapiv3::{Operation, PathItem};

use crate::diag::Diagnostics;
use crate::load::{CUSTOM_EXTENSION, METHODS, QUERY_EXTENSION};

/// One such operation.
pub struct ExtraOperation {
    /// The method as sent (`QUERY`, `PURGE`).
    pub method: String,
    /// Its JSON pointer in the document as written.
    pub ptr: String,
    pub op: Operation,
}

/// The extra operations of a path item, in document order (`query` first).
pub fn operations(item: &PathItem, item_ptr: &str, diags: &mut Diagnostics) -> Vec<ExtraOperation> {
    let mut found = Vec::new();
    if let Some(op) = item.extensions.get(QUERY_EXTENSION) {
        found.push((
            "QUERY".to_string(),
            super::schema::child(item_ptr, "query"),
            op,
        ));
    }
    let custom = item
        .extensions
        .get(CUSTOM_EXTENSION)
        .and_then(|c| c.as_object());
    for (method, op) in custom.into_iter().flatten() {
        let ptr = super::schema::child(
            &super::schema::child(item_ptr, "additionalOperations"),
            method,
        );
        found.push((method.clone(), ptr, op));
    }
    let mut operations = Vec::new();
    for (method, ptr, op) in found {
        match serde_json::from_value::<Operation>(op.clone()) {
            Ok(op) => operations.push(ExtraOperation { method, ptr, op }),
            Err(e) => diags.warn(ptr, format!("operation skipped: {e}")),
        }
    }
    operations
}

/// The method as sent: a standard one in upper case (`get` → `GET`), any other as written.
pub fn wire_name(method: &str) -> String {
    if METHODS.contains(&method) {
        method.to_ascii_uppercase()
    } else {
        method.to_string()
    }
}

/// Whether `reqwest::Method` has no constant for the method (`QUERY`, `PURGE`).
pub fn is_custom(method: &str) -> bool {
    !METHODS.contains(&method)
}
