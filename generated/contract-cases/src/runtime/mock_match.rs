//! The request matchers of the test kit ([`super::mock`]): each compares a part of a request
//! with what the client sends for a typed value, encoded by the same code ([`super::query`]).

use percent_encoding::percent_decode_str;

/// The request path against the operation's path template: a parameter given a value must
/// be that value (percent-encoded as the client encodes it), any other any one segment.
#[derive(Debug)]
pub(crate) struct PathMatcher {
    template: &'static str,
    values: Vec<(&'static str, String)>,
    regex: Option<regex::Regex>,
}

impl PathMatcher {
    pub(crate) fn new(template: &'static str) -> PathMatcher {
        let mut matcher = PathMatcher {
            template,
            values: Vec::new(),
            regex: None,
        };
        matcher.compile();
        matcher
    }

    /// Requires the parameter `name` to be `encoded`.
    pub(crate) fn set(&mut self, name: &'static str, encoded: String) {
        self.values.retain(|(n, _)| *n != name);
        self.values.push((name, encoded));
        self.compile();
    }

    fn compile(&mut self) {
        let mut pattern = String::from("^");
        let mut rest = self.template;
        while let Some(open) = rest.find('{') {
            let (literal, after) = rest.split_at(open);
            pattern.push_str(&regex::escape(literal));
            let close = after.find('}').unwrap_or(after.len() - 1);
            let name = after.get(1..close).unwrap_or_default();
            match self.values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => pattern.push_str(&regex::escape(value)),
                None => pattern.push_str("[^/]+"),
            }
            rest = after.get(close + 1..).unwrap_or_default();
        }
        pattern.push_str(&regex::escape(rest));
        pattern.push('$');
        // Every piece is escaped or a fixed class, so the pattern always compiles.
        self.regex = regex::Regex::new(&pattern).ok();
    }
}

impl wiremock::Match for PathMatcher {
    fn matches(&self, request: &wiremock::Request) -> bool {
        self.regex
            .as_ref()
            .is_some_and(|regex| regex.is_match(request.url.path()))
    }
}

/// Splits `name=value` pairs (already percent-encoded) and decodes both halves.
fn decoded_pairs<'a>(pairs: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    let decode = |text: &str| percent_decode_str(text).decode_utf8_lossy().into_owned();
    pairs
        .into_iter()
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// The pairs of `received` whose names are among `expected`'s, in order, equal `expected`.
fn same_pairs(expected: &[(String, String)], received: Vec<(String, String)>) -> bool {
    let received: Vec<(String, String)> = received
        .into_iter()
        .filter(|(name, _)| expected.iter().any(|(n, _)| n == name))
        .collect();
    received == expected
}

/// A query parameter: the request's query pairs of its names are the pairs the client sends
/// for the expected value, in order.
#[derive(Debug)]
pub(crate) struct QueryMatcher {
    pairs: Vec<(String, String)>,
}

impl QueryMatcher {
    /// `pairs` as `query::encode_query` writes them.
    pub(crate) fn new(pairs: &[String]) -> QueryMatcher {
        QueryMatcher {
            pairs: decoded_pairs(pairs.iter().map(String::as_str)),
        }
    }
}

impl wiremock::Match for QueryMatcher {
    fn matches(&self, request: &wiremock::Request) -> bool {
        let query = request.url.query().unwrap_or_default();
        same_pairs(&self.pairs, decoded_pairs(query.split('&')))
    }
}

/// A form body: exactly the pairs the client sends for the expected body, in order.
#[derive(Debug)]
pub(crate) struct FormBodyMatcher {
    pairs: Vec<(String, String)>,
}

impl FormBodyMatcher {
    /// `pairs` as `query::encode_query` writes them.
    pub(crate) fn new(pairs: &[String]) -> FormBodyMatcher {
        FormBodyMatcher {
            pairs: decoded_pairs(pairs.iter().map(String::as_str)),
        }
    }
}

impl wiremock::Match for FormBodyMatcher {
    fn matches(&self, request: &wiremock::Request) -> bool {
        let body = String::from_utf8_lossy(&request.body);
        decoded_pairs(body.split('&')) == self.pairs
    }
}

/// A header parameter: one of the request's values of the header is the expected text.
#[derive(Debug)]
pub(crate) struct HeaderMatcher {
    name: String,
    value: String,
}

impl HeaderMatcher {
    pub(crate) fn new(name: &str, value: String) -> HeaderMatcher {
        HeaderMatcher {
            name: name.to_owned(),
            value,
        }
    }
}

impl wiremock::Match for HeaderMatcher {
    fn matches(&self, request: &wiremock::Request) -> bool {
        request
            .headers
            .get_all(self.name.as_str())
            .iter()
            .any(|value| value.as_bytes() == self.value.as_bytes())
    }
}

/// A cookie parameter: one of the request's cookies is `name=value` (value encoded as the
/// client encodes it).
#[derive(Debug)]
pub(crate) struct CookieMatcher {
    name: String,
    value: String,
}

impl CookieMatcher {
    pub(crate) fn new(name: &str, value: String) -> CookieMatcher {
        CookieMatcher {
            name: name.to_owned(),
            value,
        }
    }
}

impl wiremock::Match for CookieMatcher {
    fn matches(&self, request: &wiremock::Request) -> bool {
        request
            .headers
            .get_all("cookie")
            .iter()
            .filter_map(|header| header.to_str().ok())
            .flat_map(|header| header.split(';'))
            .filter_map(|cookie| cookie.trim().split_once('='))
            .any(|(name, value)| name == self.name && value == self.value)
    }
}
