//! `servers` → the generated `Server` enum: one variant per server, named by its `x-name`
//! (else by its URL), holding a `String` per server variable, and the token endpoint of the
//! OAuth client credentials flow for that server (`x-token-url`).

use openapiv3::OpenAPI;

use super::naming::{self, Namespace};
use crate::ir::{Server, ServerVariable};

/// Every server of the document, in order.
pub fn servers(doc: &OpenAPI) -> Vec<Server> {
    let mut variants = Namespace::default();
    doc.servers
        .iter()
        .map(|server| {
            let text = |key: &str| {
                server
                    .extensions
                    .get(key)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let name = text("x-name").unwrap_or_else(|| url_words(&server.url));
            let mut fields = Namespace::default();
            let variables: Vec<ServerVariable> = server
                .variables
                .iter()
                .flatten()
                .filter(|(name, _)| server.url.contains(&format!("{{{name}}}")))
                .map(|(name, variable)| ServerVariable {
                    name: name.clone(),
                    field: fields.claim(naming::snake_name(name)),
                    default: variable.default.clone(),
                    description: variable.description.clone(),
                    allowed: variable.enumeration.clone(),
                })
                .collect();
            Server {
                url: url_with_defaults(server),
                description: server.description.clone(),
                variant: variants.claim(naming::type_name(&name)),
                url_format: url_format(&server.url, &variables),
                variables,
                token_url: text("x-token-url"),
            }
        })
        .collect()
}

/// A server URL with its variables replaced by their defaults; relative URLs stay relative.
fn url_with_defaults(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    if let Some(variables) = &server.variables {
        for (name, variable) in variables {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
    }
    url.trim_end_matches('/').to_string()
}

/// The words of a URL without its scheme, for a variant name: `api.example.com/v1`.
fn url_words(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let words = rest.replace(['.', '/', '{', '}', '-'], " ");
    if words.trim().is_empty() {
        "default".to_string()
    } else {
        words
    }
}

/// The URL as the text of a `format!` whose arguments are the variables' fields, in order
/// of appearance; every other brace is escaped.
fn url_format(url: &str, variables: &[ServerVariable]) -> (String, Vec<String>) {
    let mut format = String::new();
    let mut args = Vec::new();
    let mut rest = url.trim_end_matches('/');
    while !rest.is_empty() {
        let next = variables
            .iter()
            .filter_map(|v| rest.find(&format!("{{{}}}", v.name)).map(|at| (at, v)))
            .min_by_key(|(at, _)| *at);
        let Some((at, variable)) = next else {
            format.push_str(&escape_braces(rest));
            break;
        };
        format.push_str(&escape_braces(&rest[..at]));
        format.push_str("{}");
        args.push(variable.field.clone());
        rest = &rest[at + variable.name.len() + 2..];
    }
    (format, args)
}

fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variable(name: &str) -> ServerVariable {
        ServerVariable {
            name: name.to_string(),
            field: naming::snake_name(name),
            default: String::new(),
            description: None,
            allowed: Vec::new(),
        }
    }

    #[test]
    fn variables_become_format_arguments_and_other_braces_are_escaped() {
        let vars = [variable("region"), variable("basePath")];
        assert_eq!(
            url_format("https://{region}.example.com/{basePath}/{other}/", &vars),
            (
                "https://{}.example.com/{}/{{other}}".to_string(),
                vec!["region".to_string(), "base_path".to_string()]
            )
        );
        assert_eq!(
            url_format("https://{region}-{region}.io", &vars[..1]),
            (
                "https://{}-{}.io".to_string(),
                vec!["region".to_string(); 2]
            )
        );
    }

    #[test]
    fn names_from_urls() {
        assert_eq!(
            url_words("https://api.example.com/v1"),
            "api example com v1"
        );
        assert_eq!(url_words("/"), "default");
    }
}
