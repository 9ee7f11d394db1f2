//! The naming rules: how every Rust name the generator emits is made from spec text (lower
//! claims them in the namespaces where they must be unique).
//!
//! Rules, in order:
//! 1. Case conversion with `heck` (`UpperCamelCase` for types and variants, `snake_case` for
//!    fields, methods and modules). Characters that cannot appear in an identifier split words
//!    and are dropped. Names stay plain ASCII: Latin letters lose their diacritics (`Größe` →
//!    `Grosse`), other non-ASCII characters are dropped.
//! 2. An empty result becomes a placeholder (`Unnamed`/`unnamed`); a leading digit gets a
//!    prefix (`N1Password`, `n1password`).
//! 3. Rust keywords (strict, reserved and edition-specific) get a trailing underscore
//!    (`type_`, `Self_`); serde renames keep the wire name.
//! 4. Names the generated code uses unqualified (prelude types, the crate's own items,
//!    builder methods) are reserved in their namespace and get a suffix; each template
//!    declares the ones it uses (`ir::Reserved`), and module names clear of the crates generated
//!    code refers to are kept here (`reserved.rs`).
//! 5. Very long names are cut to 64 characters plus a short hash of the whole name.
//! 6. Collisions inside one namespace (after all of the above) get `2`, `3`, ... in the order
//!    the names are requested, which follows document order, so the result is deterministic.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::ir::{Prim, TypeRef};

mod reserved;
mod setters;

use reserved::KEYWORDS;
pub use reserved::RESERVED_MODULES;
pub use setters::{
    alternative_body_setter, credential_setter_name, model_setter_name, setter_name,
    MOCK_BODY_MATCHER,
};

/// A Cargo package name from a title: `Genesys Cloud API` → `genesys-cloud-api`.
pub fn crate_name(title: &str) -> String {
    let name = snake_name(title).trim_end_matches('_').replace('_', "-");
    if name.is_empty() || name == "unnamed" {
        "api-client".to_string()
    } else if is_reserved_crate_name(&name) {
        format!("{name}-client")
    } else {
        name
    }
}

/// A docs page name per type: `<Name>.md`, with `-2`, `-3`... where another type's page
/// differs only in case (`FooBar` and `Foobar` would be one file on macOS and Windows).
pub fn doc_pages(names: &[String]) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    names
        .iter()
        .map(|name| {
            let mut page = format!("{name}.md");
            let mut n = 1;
            while !taken.insert(page.to_lowercase()) {
                n += 1;
                page = format!("{name}-{n}.md");
            }
            page
        })
        .collect()
}

/// A union variant's name from its payload type: the model's name, or the type's own
/// (`String`, `I64`, `DateTime`), `Object` for a JSON object, `Bytes` for bytes.
pub fn union_variant_name(ty: &TypeRef, index: usize) -> String {
    let name = match ty {
        TypeRef::Named(named) => return named.name.clone(),
        TypeRef::Prim(prim) => match prim {
            Prim::String => "String",
            Prim::Boolean => "Bool",
            Prim::Int8 => "I8",
            Prim::Int16 => "I16",
            Prim::Int32 => "I32",
            Prim::Int64 => "I64",
            Prim::Uint8 => "U8",
            Prim::Uint16 => "U16",
            Prim::Uint32 => "U32",
            Prim::Uint64 => "U64",
            Prim::Float => "F32",
            Prim::Double => "F64",
            Prim::DateTime => "DateTime",
            Prim::Date => "NaiveDate",
            Prim::Uuid => "Uuid",
            Prim::Byte | Prim::Binary => "Bytes",
            Prim::Any => "Value",
            Prim::Object => "Object",
            Prim::FilePart => "FilePart",
            Prim::BinaryBody => "BinaryBody",
            Prim::ByteStream => "ByteStream",
        },
        TypeRef::List(_) => "Array",
        TypeRef::Map(_) => "Map",
        TypeRef::Tuple(_) => "Tuple",
        TypeRef::Optional(inner) => return union_variant_name(inner, index),
        TypeRef::Boxed(_) | TypeRef::Unit | TypeRef::ResponseEnum(_) => {
            return format!("Variant{index}")
        }
    };
    name.to_string()
}

/// The field of a struct's other properties (`additionalProperties`): `additional_properties`,
/// with `_`s until no property field has the name.
pub fn extra_field_name(fields: &[crate::ir::Field]) -> String {
    let mut name = "additional_properties".to_string();
    while fields.iter().any(|f| f.name == name) {
        name.push('_');
    }
    name
}

/// The cargo feature of the models no operation uses: `other_models`, unless an API module
/// already has that name.
pub fn other_models_feature(modules: &[crate::ir::Module]) -> String {
    let mut name = "other_models".to_string();
    while modules.iter().any(|m| m.name == name) {
        name.push('_');
    }
    name
}

/// A response enum's variant for a status: its reason phrase (`NotFound`), `ClientError` and
/// `ServerError` for `4XX` and `5XX`, `Default`, else `Status{code}`.
pub fn status_variant_name(status: Option<&openapiv3::StatusCode>) -> String {
    use openapiv3::StatusCode;
    let name = match status {
        None => "Default",
        Some(StatusCode::Range(4)) => "ClientError",
        Some(StatusCode::Range(5)) => "ServerError",
        Some(StatusCode::Range(n)) => return format!("Status{n}xx"),
        Some(StatusCode::Code(code)) => match code {
            200 => "Ok",
            201 => "Created",
            202 => "Accepted",
            204 => "NoContent",
            400 => "BadRequest",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "NotFound",
            405 => "MethodNotAllowed",
            406 => "NotAcceptable",
            408 => "RequestTimeout",
            409 => "Conflict",
            410 => "Gone",
            412 => "PreconditionFailed",
            413 => "PayloadTooLarge",
            415 => "UnsupportedMediaType",
            422 => "UnprocessableEntity",
            429 => "TooManyRequests",
            500 => "InternalServerError",
            501 => "NotImplemented",
            502 => "BadGateway",
            503 => "ServiceUnavailable",
            504 => "GatewayTimeout",
            code => return format!("Status{code}"),
        },
    };
    name.to_string()
}

/// `UpperCamelCase` name for a type or variant.
pub fn type_name(raw: &str) -> String {
    // A cut name's hash is joined without `_`, which would break UpperCamelCase.
    let name = shorten(&ascii_words(raw).to_upper_camel_case()).replace('_', "");
    let name = if name.is_empty() {
        "Unnamed".to_string()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{name}")
    } else {
        name
    };
    escape_keyword(name)
}

/// `UpperCamelCase` name for `raw` followed by a suffix word, converted as one name:
/// `self` + `Api` → `SelfApi` (appending to the escaped `Self_` would give `Self_Api`).
pub fn type_name_with_suffix(raw: &str, suffix: &str) -> String {
    type_name(&format!("{raw} {suffix}"))
}

/// The type name of a response body shared through `components/responses`, after the
/// component: `Unauthorized` → `UnauthorizedResponse`, but `ErrorResponse` stays so. (An
/// operation's own inline response body is `{OperationId}Response` or `{OperationId}Error{status}`.)
pub fn shared_response_type_name(component: &str) -> String {
    let plain = type_name(component);
    if plain.ends_with("Response") {
        plain
    } else {
        type_name_with_suffix(component, "Response")
    }
}

/// The name of an API module (and its cargo feature and accessor) for a tag or path group:
/// snake_case, with `_api` after a name the crate uses itself (`types` → `types_api`).
pub fn module_name(label: &str) -> String {
    let name = snake_name(label);
    if RESERVED_MODULES.contains(&name.as_str()) {
        format!("{name}_api")
    } else {
        name
    }
}

/// `snake_case` name for a field, method, module or argument.
pub fn snake_name(raw: &str) -> String {
    let name = shorten(&ascii_words(raw).to_snake_case());
    let name = if name.is_empty() {
        "unnamed".to_string()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{name}")
    } else {
        name
    };
    escape_keyword(name)
}

/// The crate's name in Rust paths: Cargo's `-` becomes `_` (`genesys-cloud` → `genesys_cloud`).
pub fn lib_name(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}

/// Variant name for the string enum value at `index`: `""` → `Empty`, a value without ASCII
/// letters or digits (`🦀`) → `Value{index}`.
pub fn enum_variant_name(value: &str, index: usize) -> String {
    if value.is_empty() {
        "Empty".to_string()
    } else if ascii_words(value).trim().is_empty() {
        format!("Value{index}")
    } else {
        type_name(value)
    }
}

/// Constant name for an integer enum value: `1` → `VALUE_1`, `-1` → `VALUE_MINUS_1`.
pub fn int_const_name(value: i64) -> String {
    let label = if value < 0 {
        format!("value minus {}", value.unsigned_abs())
    } else {
        format!("value {value}")
    };
    const_name(&label)
}

/// `SCREAMING_SNAKE_CASE` name for an associated constant.
pub fn const_name(raw: &str) -> String {
    snake_name(raw).trim_end_matches('_').to_ascii_uppercase()
}

/// Keeps ASCII letters and digits; everything else separates words. A word boundary is also
/// kept between a lower-case letter and an upper-case one, so `fooBar` stays two words.
fn ascii_words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(ascii) = fold_diacritic(c) {
            out.push_str(ascii);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// The ASCII letter(s) a Latin-1 letter with a diacritic reads as: `ü` → `u`, `ß` → `ss`.
fn fold_diacritic(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' => "a",
        'À'..='Å' => "A",
        'è'..='ë' => "e",
        'È'..='Ë' => "E",
        'ì'..='ï' => "i",
        'Ì'..='Ï' => "I",
        'ò'..='ö' | 'ø' => "o",
        'Ò'..='Ö' | 'Ø' => "O",
        'ù'..='ü' => "u",
        'Ù'..='Ü' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' => "Y",
        'ç' => "c",
        'Ç' => "C",
        'ñ' => "n",
        'Ñ' => "N",
        'æ' => "ae",
        'Æ' => "AE",
        'ß' => "ss",
        _ => return None,
    })
}

fn escape_keyword(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Whether Cargo refuses `name` as a package name, or the crate would shadow one the generated
/// code uses (`std`, `serde`, ...): keywords, the standard crates, and the target folder's names.
pub fn is_reserved_crate_name(name: &str) -> bool {
    const CARGO: &[&str] = &[
        "std",
        "core",
        "alloc",
        "proc_macro",
        "proc-macro",
        "test",
        "build",
        "deps",
        "examples",
        "incremental",
        "con",
        "prn",
        "aux",
        "nul",
        "com1",
        "lpt1",
    ];
    let lib = name.replace('-', "_");
    KEYWORDS.contains(&lib.as_str())
        || CARGO.contains(&name)
        || RESERVED_MODULES.contains(&lib.as_str())
        || lib == "r"
}

/// Cuts very long names, keeping them unique with a hash of the whole name.
fn shorten(name: &str) -> String {
    const MAX: usize = 64;
    if name.len() <= MAX {
        return name.to_string();
    }
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let keep: String = name.chars().take(MAX - 9).collect();
    let keep = keep.trim_end_matches('_');
    format!("{keep}_{:08x}", hash as u32).replace("__", "_")
}

/// One namespace: hands out unique names in request order.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    used: HashSet<String>,
}

impl Namespace {
    /// A namespace where `reserved` names are already taken.
    pub fn with_reserved<S: AsRef<str>>(reserved: &[S]) -> Self {
        Namespace {
            used: reserved.iter().map(|s| s.as_ref().to_string()).collect(),
        }
    }

    /// Claims `name`, or the first free `name2`, `name3`, ... . A keyword escape's trailing `_`
    /// is dropped before the number (`Self_` → `Self2`, which is still UpperCamelCase).
    pub fn claim(&mut self, name: String) -> String {
        if self.used.insert(name.clone()) {
            return name;
        }
        let stem = name.strip_suffix('_').unwrap_or(&name);
        let separator = if stem.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{stem}{separator}{n}"))
            .find(|candidate| self.used.insert(candidate.clone()))
            .unwrap_or(name)
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.used.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversion_and_escapes() {
        assert_eq!(
            type_name("organization-authorization"),
            "OrganizationAuthorization"
        );
        assert_eq!(type_name("1password"), "N1password");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(type_name(""), "Unnamed");
        assert_eq!(type_name("🦀"), "Unnamed");
        assert_eq!(type_name("Größe"), "Grosse");
        assert_eq!(snake_name("ünïcödé"), "unicode");
        assert_eq!(snake_name("名前"), "unnamed");
        assert_eq!(snake_name("pageSize"), "page_size");
        assert_eq!(snake_name("type"), "type_");
        assert_eq!(snake_name("self"), "self_");
        assert_eq!(snake_name("name.contains"), "name_contains");
        assert_eq!(snake_name("$ref"), "ref_");
        assert_eq!(snake_name("9lives"), "n9lives");
        assert_eq!(const_name("low-priority"), "LOW_PRIORITY");
        assert_eq!(enum_variant_name("", 0), "Empty");
        assert_eq!(enum_variant_name("🦀", 3), "Value3");
        assert_eq!(enum_variant_name("a-b", 1), "AB");
        assert_eq!(int_const_name(-1), "VALUE_MINUS_1");
    }

    #[test]
    fn long_names_are_cut_but_stay_distinct() {
        let a = snake_name(&"a".repeat(10_000));
        let b = snake_name(&format!("{}b", "a".repeat(9_999)));
        assert!(a.len() <= 64 && b.len() <= 64);
        assert_ne!(a, b);
    }

    #[test]
    fn collisions_are_numbered_in_request_order() {
        let mut ns = Namespace::with_reserved(&["Error", "String"]);
        assert_eq!(ns.claim(type_name("foo-bar")), "FooBar");
        assert_eq!(ns.claim(type_name("foo_bar")), "FooBar2");
        assert_eq!(ns.claim(type_name("Error")), "Error2");
        let mut ns = Namespace::default();
        assert_eq!(ns.claim("v1".into()), "v1");
        assert_eq!(ns.claim("v1".into()), "v1_2");
        assert_eq!(ns.claim(type_name("Self")), "Self_");
        assert_eq!(ns.claim(type_name("self")), "Self2");
        assert_eq!(ns.claim(snake_name("type")), "type_");
        assert_eq!(ns.claim(snake_name("type")), "type2");
        assert_eq!(type_name_with_suffix("self", "Api"), "SelfApi");
    }

    #[test]
    fn module_names_stay_clear_of_the_crates_own() {
        assert_eq!(module_name("Payment Intents"), "payment_intents");
        assert_eq!(module_name("types"), "types_api");
        assert_eq!(module_name("default"), "default_api");
    }

    #[test]
    fn doc_pages_differ_beyond_case() {
        let names = ["FooBar", "Foobar", "FOOBAR", "Other"].map(String::from);
        assert_eq!(
            doc_pages(&names),
            ["FooBar.md", "Foobar-2.md", "FOOBAR-3.md", "Other.md"]
        );
    }

    #[test]
    fn shared_responses_are_named_after_their_component() {
        assert_eq!(
            shared_response_type_name("Unauthorized"),
            "UnauthorizedResponse"
        );
        assert_eq!(shared_response_type_name("not_found"), "NotFoundResponse");
        assert_eq!(shared_response_type_name("ErrorResponse"), "ErrorResponse");
    }
}
