//! Secrets cut from the text of errors: a URL in a message keeps its scheme, host and path,
//! never its user info (a password), query (an API key) or fragment.

/// `text` with the user info, query and fragment of each `scheme://` URL in it removed.
pub(crate) fn without_url_secrets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("://") {
        let (head, url) = rest.split_at(start + 3);
        out.push_str(head);
        let end = url
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '>' | ','))
            .unwrap_or(url.len());
        let (url, tail) = url.split_at(end);
        let url = url.split(['?', '#']).next().unwrap_or_default();
        let host_end = url.find('/').unwrap_or(url.len());
        let (authority, path) = url.split_at(host_end);
        out.push_str(authority.rsplit('@').next().unwrap_or_default());
        out.push_str(path);
        rest = tail;
    }
    out.push_str(rest);
    out
}
