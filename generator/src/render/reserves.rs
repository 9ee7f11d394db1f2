//! The names each template reserves, read from its header comments:
//! `{#- reserves setters: send, send_with_response, pages #}` (one namespace per comment; see
//! [`Reserved`] for the namespaces).

use crate::ir::Reserved;

/// The marker that opens a reservation inside a comment.
const MARKER: &str = "reserves ";

/// Adds the names `text` (the template `name`) reserves to `into`.
pub(super) fn read(name: &str, text: &str, into: &mut Reserved) -> Result<(), String> {
    let mut rest = text;
    while let Some(open) = rest.find("{#") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("#}") else {
            break;
        };
        let comment = after[..close].trim_matches(|c: char| c == '-' || c.is_whitespace());
        rest = &after[close + 2..];
        let Some(list) = comment.strip_prefix(MARKER) else {
            continue;
        };
        let (namespace, names) = list
            .split_once(':')
            .ok_or_else(|| format!("{name}: `reserves` needs `namespace: names`"))?;
        let namespace = namespace.trim();
        let names_of = into
            .namespace_mut(namespace)
            .ok_or_else(|| format!("{name}: `reserves {namespace}`: there is no such namespace"))?;
        for reserved in names.split([',', ' ', '\n']).filter(|n| !n.is_empty()) {
            if !names_of.iter().any(|n| n == reserved) {
                names_of.push(reserved.to_string());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_reserve_names_by_namespace() {
        let text = "{#- reserves setters: send, pages,\n    limit -#}\n{# a comment #}\n{#- reserves models: Option #}\n{{ x }}";
        let mut reserved = Reserved::default();
        read("t.j2", text, &mut reserved).unwrap();
        assert_eq!(reserved.setters, ["send", "pages", "limit"]);
        assert_eq!(reserved.models, ["Option"]);
        read("u.j2", "{# reserves setters: send, retry #}", &mut reserved).unwrap();
        assert_eq!(reserved.setters, ["send", "pages", "limit", "retry"]);
    }

    #[test]
    fn an_unknown_namespace_is_an_error() {
        let error = read(
            "t.j2",
            "{# reserves widgets: a #}",
            &mut Reserved::default(),
        );
        assert!(error.unwrap_err().contains("widgets"));
        assert!(read("t.j2", "{# reserves a, b #}", &mut Reserved::default()).is_err());
    }
}
