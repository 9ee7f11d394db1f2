//! Setter names: a parameter's on an operation's builder, a model's `with_*`, a credential's
//! on `ClientBuilder`, the body setters of an operation's builder and its mock.

use super::snake_name;
use crate::ir::{BodyKind, SchemeKind};

/// A parameter's builder field and setter: snake_case, and clear of clippy's
/// `wrong_self_convention` prefixes for methods taking `self` (`as_`, `from_`, `is_`, `to_`).
pub fn setter_name(wire: &str) -> String {
    let name = snake_name(wire);
    if ["as_", "from_", "is_", "to_"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        format!("set_{name}")
    } else {
        name
    }
}

/// The name of a model's method that sets the field `field`: `with_` and the field name,
/// without a keyword escape's `_` (`type_` → `with_type`).
pub fn model_setter_name(field: &str) -> String {
    snake_name(&format!("with_{}", field.trim_end_matches('_')))
}

/// The `ClientBuilder` setter of the security scheme `key`: `bearer_token` and `basic_auth`
/// when it is the only scheme of its kind (the common case reads as what it is), else the
/// scheme's key in snake_case.
pub fn credential_setter_name(key: &str, kind: SchemeKind, only_of_its_kind: bool) -> String {
    match kind {
        SchemeKind::Bearer if only_of_its_kind => "bearer_token".to_string(),
        SchemeKind::Basic if only_of_its_kind => "basic_auth".to_string(),
        _ => snake_name(key),
    }
}

/// The builder setter that sends an operation's body as another of the spec's media types
/// (`text_body`, `bytes_body`, `json_body`); form and multipart bodies have none.
pub fn alternative_body_setter(kind: BodyKind) -> Option<&'static str> {
    match kind {
        BodyKind::Text => Some("text_body"),
        BodyKind::Bytes => Some("bytes_body"),
        BodyKind::Json => Some("json_body"),
        BodyKind::Form | BodyKind::Multipart => None,
    }
}

/// The method of an operation's mock that expects a request body. The mock's own methods are
/// reserved for it, so a parameter of that name gets another.
pub const MOCK_BODY_MATCHER: &str = "body";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_setters_are_plain_when_their_kind_is_unique() {
        let name = |kind, only| credential_setter_name("PetstoreAuth", kind, only);
        assert_eq!(name(SchemeKind::Bearer, true), "bearer_token");
        assert_eq!(name(SchemeKind::Bearer, false), "petstore_auth");
        assert_eq!(name(SchemeKind::Basic, true), "basic_auth");
        assert_eq!(name(SchemeKind::ApiKey, true), "petstore_auth");
    }

    #[test]
    fn body_setters() {
        assert_eq!(alternative_body_setter(BodyKind::Text), Some("text_body"));
        assert_eq!(alternative_body_setter(BodyKind::Form), None);
        assert_eq!(setter_name("isActive"), "set_is_active");
        assert_eq!(model_setter_name("type_"), "with_type");
    }
}
