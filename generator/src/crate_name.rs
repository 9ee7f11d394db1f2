//! Crate names a user gives (`--name`, `Options::crate_name`): checked before anything runs,
//! so a bad one fails with a message instead of as invalid Rust or a crate cargo rejects.

use crate::lower::naming;

/// The longest crate name accepted (cargo's limit for names on crates.io).
pub const MAX_LEN: usize = 64;

/// What a valid crate name is, for error messages.
pub const RULES: &str = "a crate name is 1 to 64 characters: lowercase ASCII letters, digits, \
    `-` and `_`, starting with a letter; it is not a Rust keyword (`self`, `type`, ...), nor a \
    name reserved by Rust or Cargo (`std`, `core`, `alloc`, `proc_macro`, `test`, `build`, \
    `deps`, `examples`, `incremental`, Windows device names such as `con`), nor a crate the \
    generated code uses (`serde`, `reqwest`, `tokio`, ...)";

/// A crate name that breaks [`RULES`]. `Display`: `invalid crate name "x": ...`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid crate name {name:?}: {details}")]
pub struct InvalidCrateName {
    /// The name given.
    pub name: String,
    /// What is wrong, the rules, and a valid name close to it when there is one.
    pub details: String,
}

/// Checks `name` against [`RULES`].
pub fn validate(name: &str) -> Result<(), InvalidCrateName> {
    let Some(problem) = problem(name) else {
        return Ok(());
    };
    let mut details = format!("{problem}; {RULES}");
    if let Some(suggestion) = suggestion(name) {
        details.push_str(&format!(" (try `{suggestion}`)"));
    }
    Err(InvalidCrateName {
        name: name.to_string(),
        details,
    })
}

fn problem(name: &str) -> Option<String> {
    let Some(first) = name.chars().next() else {
        return Some("it is empty".to_string());
    };
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Some(format!("it contains {c:?}"));
    }
    if !first.is_ascii_alphabetic() {
        return Some(format!("it starts with {first:?}"));
    }
    if let Some(c) = name.chars().find(char::is_ascii_uppercase) {
        return Some(format!(
            "it contains the uppercase {c:?} (cargo accepts it, but rustc warns about a crate \
             name that is not snake_case)"
        ));
    }
    if name.len() > MAX_LEN {
        return Some(format!("it is {} characters long", name.len()));
    }
    if naming::is_reserved_crate_name(name) {
        return Some(format!("`{name}` is reserved"));
    }
    None
}

/// A valid name close to `name` (`my crate` → `my-crate`, `std` → `std-client`).
fn suggestion(name: &str) -> Option<String> {
    let base = naming::snake_name(name)
        .trim_matches('_')
        .replace('_', "-")
        .to_ascii_lowercase();
    let candidate = if naming::is_reserved_crate_name(&base) {
        format!("{base}-client")
    } else {
        base
    };
    (!name.is_empty() && candidate != name && problem(&candidate).is_none()).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_names() {
        for name in ["petstore", "genesys-cloud", "my_api2", "a", &"a".repeat(64)] {
            assert_eq!(validate(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn says_what_is_wrong_and_suggests_a_valid_name() {
        for (name, problem, suggestion) in [
            ("my crate", "it contains ' '", Some("my-crate")),
            ("123abc", "it starts with '1'", Some("n123abc")),
            ("a/b", "it contains '/'", Some("a-b")),
            ("", "it is empty", None),
            ("self", "`self` is reserved", Some("self-client")),
            ("std", "`std` is reserved", Some("std-client")),
            ("core", "`core` is reserved", Some("core-client")),
            (
                "proc-macro",
                "`proc-macro` is reserved",
                Some("proc-macro-client"),
            ),
            ("type", "`type` is reserved", Some("type-client")),
            ("serde", "`serde` is reserved", Some("serde-client")),
            ("nul", "`nul` is reserved", Some("nul-client")),
            ("MyCrate", "uppercase 'M'", Some("my-crate")),
            ("caf\u{e9}", "it contains '\u{e9}'", Some("cafe")),
            ("-x", "it starts with '-'", Some("x")),
        ] {
            let message = validate(name).expect_err(name).to_string();
            assert!(message.starts_with(&format!("invalid crate name {name:?}: ")));
            assert!(message.contains(problem), "{name}: {message}");
            assert!(message.contains(RULES), "{name}: {message}");
            match suggestion {
                Some(s) => assert!(
                    message.ends_with(&format!("(try `{s}`)")),
                    "{name}: {message}"
                ),
                None => assert!(!message.contains("(try"), "{name}: {message}"),
            }
        }
        let long = "a".repeat(65);
        assert!(validate(&long)
            .unwrap_err()
            .details
            .contains("65 characters"));
    }
}
