//! Names the templates use unqualified, by namespace: no generated name takes one. Each
//! template declares the names it uses in a header comment (`{#- reserves setters: send, pages #}`),
//! so that an override (`--templates`) that adds a method also reserves its name; render
//! reads the headers, lower claims names around them.

use serde::Serialize;

/// The reserved names of each namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Reserved {
    /// Model names in `types.rs` (prelude types, derives, the crate's own items).
    pub models: Vec<String>,
    /// Variants of a string enum besides the known values (`Unknown`).
    pub enum_variants: Vec<String>,
    /// Variants of a union besides its alternatives (`Other`).
    pub union_variants: Vec<String>,
    /// Items an API module imports or defines besides the operations' (`Client`, `types`).
    pub module_items: Vec<String>,
    /// Methods of an API module's struct besides the operations' (`new`).
    pub methods: Vec<String>,
    /// Methods of a request builder besides the parameters' setters (`send`, `pages`).
    pub setters: Vec<String>,
    /// Methods of `Client` besides the module accessors (`builder`).
    pub accessors: Vec<String>,
    /// Methods of `ClientBuilder` besides the security schemes' setters (`timeout`).
    pub credential_setters: Vec<String>,
}

impl Reserved {
    /// The list of `namespace`, if there is one by that name.
    pub fn namespace_mut(&mut self, namespace: &str) -> Option<&mut Vec<String>> {
        Some(match namespace {
            "models" => &mut self.models,
            "enum_variants" => &mut self.enum_variants,
            "union_variants" => &mut self.union_variants,
            "module_items" => &mut self.module_items,
            "methods" => &mut self.methods,
            "setters" => &mut self.setters,
            "accessors" => &mut self.accessors,
            "credential_setters" => &mut self.credential_setters,
            _ => return None,
        })
    }
}
