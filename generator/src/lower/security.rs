//! `components.securitySchemes` → builder setters, and `security` → per-operation alternatives.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityRequirement, SecurityScheme};

use super::naming::{self, Namespace};
use super::Cx;
use crate::diag::pointer;
use crate::ir::{self, SchemeKind};

impl Cx<'_> {
    /// Every security scheme in document order, with its setter name.
    pub fn security_schemes(&mut self) -> Vec<ir::SecurityScheme> {
        let Some(components) = &self.doc.components else {
            return Vec::new();
        };
        let bearer_count = components
            .security_schemes
            .values()
            .filter(|s| matches!(s.as_item().map(kind_of), Some((SchemeKind::Bearer, ..))))
            .count();
        let basic_count = components
            .security_schemes
            .values()
            .filter(|s| matches!(s.as_item().map(kind_of), Some((SchemeKind::Basic, ..))))
            .count();
        let mut setters = Namespace::with_reserved(&self.reserved.credential_setters);
        let mut out = Vec::new();
        for (name, scheme) in &components.security_schemes {
            let ReferenceOr::Item(scheme) = scheme else {
                self.diags.warn(
                    pointer(["components", "securitySchemes", name.as_str()]),
                    "a `$ref` security scheme is not supported; it is ignored",
                );
                continue;
            };
            let (kind, location, param_name, spec_type) = kind_of(scheme);
            if let SecurityScheme::HTTP { scheme: http, .. } = scheme {
                if !http.eq_ignore_ascii_case("bearer") && !http.eq_ignore_ascii_case("basic") {
                    self.diags.warn(
                        pointer(["components", "securitySchemes", name.as_str(), "scheme"]),
                        format!("HTTP scheme `{http}` is not supported; its setter sends `Authorization: Bearer <token>`"),
                    );
                }
            }
            let only_of_its_kind = match kind {
                SchemeKind::Bearer => bearer_count == 1,
                SchemeKind::Basic => basic_count == 1,
                SchemeKind::ApiKey => false,
            };
            let setter = naming::credential_setter_name(name, kind, only_of_its_kind);
            out.push(ir::SecurityScheme {
                name: name.clone(),
                setter: setters.claim(setter),
                kind,
                example_args: example_args(kind, param_name.as_deref()),
                location,
                param_name,
                description: description(scheme),
                spec_type,
                client_credentials_url: client_credentials_url(scheme),
            });
        }
        out
    }

    /// The security alternatives of an operation as scheme indices.
    pub fn security_of(
        &mut self,
        requirements: Option<&Vec<SecurityRequirement>>,
        schemes: &[ir::SecurityScheme],
        ptr: &str,
    ) -> Vec<Vec<usize>> {
        let requirements = requirements.or(self.doc.security.as_ref());
        let mut out = Vec::new();
        for requirement in requirements.into_iter().flatten() {
            let mut indices = Vec::new();
            for name in requirement.keys() {
                match schemes.iter().position(|s| &s.name == name) {
                    Some(index) => indices.push(index),
                    None => {
                        self.diags.warn(
                            ptr,
                            format!("security requirement names unknown scheme `{name}`; ignored"),
                        );
                        indices.clear();
                        break;
                    }
                }
            }
            if indices.is_empty() && !requirement.is_empty() {
                continue;
            }
            out.push(indices);
        }
        out
    }
}

fn kind_of(scheme: &SecurityScheme) -> (SchemeKind, Option<String>, Option<String>, String) {
    match scheme {
        SecurityScheme::APIKey { location, name, .. } => {
            let location = match location {
                APIKeyLocation::Header => "header",
                APIKeyLocation::Query => "query",
                APIKeyLocation::Cookie => "cookie",
            };
            (
                SchemeKind::ApiKey,
                Some(location.to_string()),
                Some(name.clone()),
                "apiKey".to_string(),
            )
        }
        SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
            (SchemeKind::Basic, None, None, "http basic".to_string())
        }
        SecurityScheme::HTTP { scheme, .. } => {
            (SchemeKind::Bearer, None, None, format!("http {scheme}"))
        }
        SecurityScheme::OAuth2 { .. } => (SchemeKind::Bearer, None, None, "oauth2".to_string()),
        SecurityScheme::OpenIDConnect { .. } => {
            (SchemeKind::Bearer, None, None, "openIdConnect".to_string())
        }
    }
}

/// The token URL of an OAuth 2.0 scheme's client credentials flow.
fn client_credentials_url(scheme: &SecurityScheme) -> Option<String> {
    match scheme {
        SecurityScheme::OAuth2 { flows, .. } => flows
            .client_credentials
            .as_ref()
            .map(|flow| flow.token_url.clone())
            .filter(|url| !url.trim().is_empty()),
        _ => None,
    }
}

fn description(scheme: &SecurityScheme) -> Option<String> {
    match scheme {
        SecurityScheme::APIKey { description, .. }
        | SecurityScheme::HTTP { description, .. }
        | SecurityScheme::OAuth2 { description, .. }
        | SecurityScheme::OpenIDConnect { description, .. } => description.clone(),
    }
}

/// The placeholder credentials of the examples: a user name and password for basic, a token
/// for bearer, an e-mail address for a key whose name says it is one, else an API key.
fn example_args(kind: SchemeKind, param_name: Option<&str>) -> Vec<String> {
    let args: &[&str] = match kind {
        SchemeKind::Basic => &["YOUR_USERNAME", "YOUR_PASSWORD"],
        SchemeKind::Bearer => &["YOUR_ACCESS_TOKEN"],
        SchemeKind::ApiKey
            if param_name.is_some_and(|name| name.to_lowercase().contains("mail")) =>
        {
            &["jane.doe@example.com"]
        }
        SchemeKind::ApiKey => &["YOUR_API_KEY"],
    };
    args.iter().map(|arg| arg.to_string()).collect()
}
