//! Path templates as published specs write them: `/a/{b}`, but also with a `#...` or `?...`
//! suffix that tells apart operations on the same path (`/#Action=Publish` in AWS query
//! APIs, `/analyze#overload=stream` in Azure, `/rest?method=flickr.people.getInfo`).
//!
//! The suffix is never part of the request path. A `#` suffix is only a disambiguator (AWS
//! declares its `Action` and `Version` as required query parameters of their own). A `?`
//! suffix is a query string: its constant pairs are sent as they are, and a `name={var}`
//! pair sends the parameter `var` (often declared `in: path`) as the query parameter `name`.
//! A `{var}=value` pair (clicksend's `?{search}=1&{search_type}=2`) cannot mean the query
//! name is the value: `var` is sent under its own name, and the value is dropped.
//! Required query parameters with a single allowed value are sent as constants too.

use crate::ir::{Param, ParamLocation, QueryStyle, TypeRef};

/// A path template split into the request path and what its suffix asks for.
#[derive(Debug, Default, PartialEq)]
pub struct PathTemplate {
    /// The request path, without the suffix: `/a/{b}`.
    pub path: String,
    /// `name=value` pairs of a `?` suffix, sent as they are.
    pub fixed_query: Vec<(String, String)>,
    /// `name={var}` pairs of a `?` suffix: (query name, parameter name).
    pub query_vars: Vec<(String, String)>,
    /// `{var}=value` pairs of a `?` suffix: (the pair as written, `var`), which is in
    /// `query_vars` under its own name.
    pub misplaced_vars: Vec<(String, String)>,
}

impl PathTemplate {
    /// Splits `template` at its first `#` or `?` outside a `{...}` parameter.
    pub fn parse(template: &str) -> Self {
        let mut depth = 0_usize;
        let cut = template.char_indices().find(|&(_, c)| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && (c == '#' || c == '?')
        });
        let Some((at, mark)) = cut else {
            return PathTemplate {
                path: template.to_string(),
                ..Default::default()
            };
        };
        let mut parsed = PathTemplate {
            path: template[..at].to_string(),
            ..Default::default()
        };
        if parsed.path.is_empty() {
            parsed.path.push('/');
        }
        if mark == '?' {
            // A `#` after the query ends it, as in a URL.
            let query = template[at + 1..].split('#').next().unwrap_or_default();
            for pair in query.split('&').filter(|p| !p.is_empty()) {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                let braced = |text: &str| {
                    let var = text.strip_prefix('{')?.strip_suffix('}')?;
                    (!var.contains(['{', '}'])).then(|| var.to_string())
                };
                match (braced(name), braced(value)) {
                    (_, Some(var)) => parsed.query_vars.push((name.to_string(), var)),
                    (Some(var), None) => {
                        parsed.query_vars.push((var.clone(), var.clone()));
                        parsed.misplaced_vars.push((pair.to_string(), var));
                    }
                    // Some other mix of text and `{...}` in a name: not a query name.
                    _ if name.contains('{') => {}
                    _ => parsed
                        .fixed_query
                        .push((name.to_string(), value.to_string())),
                }
            }
        }
        parsed
    }

    /// The query name a parameter of the suffix is sent under (`term={q}` → `term` for `q`).
    pub fn query_name_of(&self, param: &str) -> Option<&str> {
        self.query_vars
            .iter()
            .find(|(_, var)| var == param)
            .map(|(name, _)| name.as_str())
    }

    /// The path's parameter names followed by the suffix's `{var}`s: the parameters the
    /// operation must have (specs declare the latter `in: path` as often as `in: query`).
    pub fn with_query_vars(&self, mut names: Vec<String>) -> Vec<String> {
        for (_, var) in &self.query_vars {
            if !names.contains(var) {
                names.push(var.clone());
            }
        }
        names
    }

    /// Sends the path parameters of the suffix's `name={var}` pairs as query parameters
    /// `name`, unless the operation declares that query parameter itself.
    pub fn relocate(&self, params: &mut Vec<Param>) {
        let declared: Vec<String> = params
            .iter()
            .filter(|p| p.location == ParamLocation::Query)
            .map(|p| p.wire_name.clone())
            .collect();
        params.retain_mut(|p| {
            if p.location != ParamLocation::Path || self.path_has(&p.wire_name) {
                return true;
            }
            let Some(name) = self.query_name_of(&p.wire_name) else {
                return true;
            };
            if declared.iter().any(|d| d == name) {
                return false;
            }
            p.location = ParamLocation::Query;
            p.wire_name = name.to_string();
            p.style = Some(QueryStyle::FORM);
            true
        });
    }

    /// The query pairs every call sends as they are: the suffix's constant pairs that no
    /// parameter sends, then the required query parameters with one allowed value (AWS's
    /// `Action=Publish`, `Version=2010-03-31`), which leave `params`: the caller has no choice.
    pub fn constant_query(&self, params: &mut Vec<Param>) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = self
            .fixed_query
            .iter()
            .filter(|(name, _)| {
                !params
                    .iter()
                    .any(|p| p.location == ParamLocation::Query && p.wire_name == *name)
            })
            .cloned()
            .collect();
        params.retain(|p| {
            let constant = p.location == ParamLocation::Query
                && p.required
                && p.allowed.len() == 1
                && !matches!(p.ty, TypeRef::List(_));
            if constant {
                pairs.push((p.wire_name.clone(), p.allowed[0].clone()));
            }
            !constant
        });
        pairs
    }

    fn path_has(&self, param: &str) -> bool {
        self.path.contains(&format!("{{{param}}}"))
    }
}

/// The `{name}`s of a path template, or why the template is broken.
pub fn params(path: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("unbalanced `}}` in path `{path}`"));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("unbalanced `{{` in path `{path}`"))?;
        let name = &after[..close];
        if name.is_empty() || name.contains('{') {
            return Err(format!("malformed parameter in path `{path}`"));
        }
        names.push(name.to_string());
        rest = &after[close + 1..];
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::ExampleValue;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn templates() {
        assert_eq!(params("/a/{b}/c/{d}").unwrap(), ["b", "d"]);
        assert!(params("/a/{b").is_err());
        assert!(params("/a/b}").is_err());
        assert!(params("/a/{}").is_err());
    }

    #[test]
    fn plain_paths_stay() {
        let t = PathTemplate::parse("/a/{b}");
        assert_eq!(t.path, "/a/{b}");
        assert!(t.fixed_query.is_empty() && t.query_vars.is_empty());
    }

    #[test]
    fn a_fragment_is_dropped() {
        let t = PathTemplate::parse("/#Action=Publish");
        assert_eq!(
            t,
            PathTemplate {
                path: "/".into(),
                ..Default::default()
            }
        );
        let t = PathTemplate::parse(
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency#Qualifier",
        );
        assert_eq!(
            t.path,
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency"
        );
        assert!(t.fixed_query.is_empty());
        assert_eq!(PathTemplate::parse("#x").path, "/");
    }

    #[test]
    fn a_query_suffix_becomes_query_pairs() {
        let t = PathTemplate::parse("/rest?method=flickr.people.getInfo&format=json#x");
        assert_eq!(t.path, "/rest");
        assert_eq!(
            t.fixed_query,
            pairs(&[("method", "flickr.people.getInfo"), ("format", "json")])
        );
        let t = PathTemplate::parse("/latest?term={term}&amount={n}&flag");
        assert_eq!(t.query_vars, pairs(&[("term", "term"), ("amount", "n")]));
        assert_eq!(t.fixed_query, pairs(&[("flag", "")]));
        assert_eq!(t.query_name_of("n"), Some("amount"));
        assert_eq!(t.query_name_of("x"), None);
        let t = PathTemplate::parse("/n/{c}?{search}=1&{search_type}=2&x{y}=3");
        assert_eq!(t.path, "/n/{c}");
        assert!(t.fixed_query.is_empty());
        assert_eq!(
            t.query_vars,
            pairs(&[("search", "search"), ("search_type", "search_type")])
        );
        assert_eq!(
            t.misplaced_vars,
            pairs(&[("{search}=1", "search"), ("{search_type}=2", "search_type")])
        );
    }

    fn param(wire: &str, location: ParamLocation, required: bool, allowed: &[&str]) -> Param {
        Param {
            name: wire.to_lowercase(),
            wire_name: wire.into(),
            location,
            ty: TypeRef::STRING,
            arg_into: true,
            positional: required,
            required,
            style: None,
            doc: None,
            deprecated: false,
            default: None,
            allowed: allowed.iter().map(|a| a.to_string()).collect(),
            spec_example: None,
            constraints: Default::default(),
            example: ExampleValue::Default,
        }
    }

    #[test]
    fn constants_and_relocated_parameters() {
        let t = PathTemplate::parse("/rest?method=search&text={q}&format=json");
        let mut params = vec![
            param("q", ParamLocation::Path, true, &[]),
            param("format", ParamLocation::Query, false, &[]),
            param("Action", ParamLocation::Query, true, &["Publish"]),
            param("Mode", ParamLocation::Query, false, &["fast"]),
        ];
        t.relocate(&mut params);
        assert_eq!(
            (params[0].location, params[0].wire_name.as_str()),
            (ParamLocation::Query, "text")
        );
        let constants = t.constant_query(&mut params);
        assert_eq!(
            constants,
            pairs(&[("method", "search"), ("Action", "Publish")])
        );
        let left: Vec<&str> = params.iter().map(|p| p.wire_name.as_str()).collect();
        assert_eq!(left, ["text", "format", "Mode"]);
    }

    #[test]
    fn marks_inside_parameters_do_not_cut() {
        assert_eq!(PathTemplate::parse("/a/{b#c}/d").path, "/a/{b#c}/d");
    }
}
