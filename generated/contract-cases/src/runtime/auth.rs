//! Authentication: the security schemes of the API, the credentials a client holds, and the
//! choice of which ones apply to an operation.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;

use futures::future::BoxFuture;

use super::error::{AuthError, BoxError};

/// One entry of the API's `securitySchemes`, in the order of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's name in the spec (e.g. `"api_token"`).
    pub name: &'static str,
    /// How the scheme is applied to a request.
    pub kind: SchemeKind,
}

/// How a security scheme is applied to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth2 and OpenID Connect).
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The header, query parameter or cookie name.
        name: &'static str,
    },
}

/// Where an API key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// In a request header.
    Header,
    /// In a query parameter.
    Query,
    /// In a cookie.
    Cookie,
}

/// A secret string (token, key, password) whose `Debug` output is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret value. Handle with care: never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(**redacted**)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// A credential for one security scheme. Its `Debug` output never shows the secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// A bearer token (HTTP bearer, OAuth2 access token).
    Bearer(Secret),
    /// A user name and password for HTTP basic auth.
    Basic {
        /// The user name.
        username: String,
        /// The password.
        password: Secret,
    },
    /// An API key.
    ApiKey(Secret),
}

impl Credential {
    /// A bearer token.
    pub fn bearer(token: impl Into<String>) -> Self {
        Credential::Bearer(Secret::new(token))
    }

    /// A user name and password for HTTP basic auth.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credential::Basic {
            username: username.into(),
            password: Secret::new(password),
        }
    }

    /// An API key.
    pub fn api_key(key: impl Into<String>) -> Self {
        Credential::ApiKey(Secret::new(key))
    }
}

/// Supplies bearer tokens, e.g. to refresh OAuth2 access tokens.
///
/// When a client has a token provider, it is asked for a token on every attempt of every
/// request that uses a `Bearer` scheme, so it can cache and refresh as it sees fit.
/// Any `Fn() -> impl Future<Output = Result<String, BoxError>>` closure is a provider.
pub trait TokenProvider: Send + Sync + 'static {
    /// Returns the current token.
    fn token(&self) -> BoxFuture<'_, Result<String, BoxError>>;
}

impl<F, Fut> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<String, BoxError>> + Send + 'static,
{
    fn token(&self) -> BoxFuture<'_, Result<String, BoxError>> {
        Box::pin(self())
    }
}

/// Picks the security requirement to apply, from the alternatives of an operation.
///
/// `has(i)` says whether the client can satisfy scheme `i`. The first non-empty alternative
/// whose schemes are all satisfied wins; an empty alternative (anonymous access) is used only
/// when no other alternative is satisfied. An empty `security` list means no auth.
pub(crate) fn select<'a>(
    security: &'a [&'a [usize]],
    schemes: &[SecurityScheme],
    has: impl Fn(usize) -> bool,
) -> Result<&'a [usize], AuthError> {
    if security.is_empty() {
        return Ok(&[]);
    }
    let satisfied = |alt: &&[usize]| alt.iter().all(|&i| i < schemes.len() && has(i));
    if let Some(alt) = security.iter().find(|a| !a.is_empty() && satisfied(a)) {
        return Ok(alt);
    }
    if security.iter().any(|a| a.is_empty()) {
        return Ok(&[]);
    }
    let wanted: Vec<String> = security
        .iter()
        .map(|alt| {
            alt.iter()
                .map(|&i| schemes.get(i).map_or("?", |s| s.name))
                .collect::<Vec<_>>()
                .join(" + ")
        })
        .collect();
    Err(AuthError {
        message: format!(
            "this operation needs credentials for one of: {}",
            wanted.join(" | ")
        ),
        source: None,
    })
}

/// One piece of authentication to put on a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AuthPart {
    /// A header (`Authorization`, or an API key header).
    Header(&'static str, Secret),
    /// A query parameter carrying an API key.
    Query(&'static str, Secret),
    /// A cookie carrying an API key.
    Cookie(&'static str, Secret),
}

/// The credentials available to a request.
pub(crate) struct Credentials<'a> {
    /// Credentials by scheme index.
    pub(crate) by_scheme: &'a BTreeMap<usize, Credential>,
    /// The token provider for `Bearer` schemes.
    pub(crate) token_provider: Option<&'a dyn TokenProvider>,
}

impl Credentials<'_> {
    fn has(&self, schemes: &[SecurityScheme], index: usize) -> bool {
        self.by_scheme.contains_key(&index)
            || (self.token_provider.is_some()
                && schemes
                    .get(index)
                    .is_some_and(|s| s.kind == SchemeKind::Bearer))
    }

    /// The auth parts for an operation's `security` alternatives (asks the token provider,
    /// if any, for a fresh token).
    ///
    /// When no alternative is satisfied but the caller already set one of the operation's auth
    /// headers by hand (`is_set(name)`, e.g. with `RequestOptions::with_header`), nothing is
    /// added and the request goes out as the caller built it.
    pub(crate) async fn resolve(
        &self,
        security: &[&[usize]],
        schemes: &[SecurityScheme],
        is_set: impl Fn(&str) -> bool,
    ) -> Result<Vec<AuthPart>, AuthError> {
        let selected = match select(security, schemes, |i| self.has(schemes, i)) {
            Ok(selected) => selected,
            Err(_) if auth_header_set(security, schemes, is_set) => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut parts = Vec::with_capacity(selected.len());
        for &index in selected {
            let Some(scheme) = schemes.get(index) else {
                continue;
            };
            let credential = self.by_scheme.get(&index);
            let part = match scheme.kind {
                SchemeKind::Bearer => {
                    let token = match (self.token_provider, credential) {
                        (Some(provider), _) => {
                            Secret(provider.token().await.map_err(|e| AuthError {
                                message: format!(
                                    "the token provider failed for scheme `{}`",
                                    scheme.name
                                ),
                                source: Some(e),
                            })?)
                        }
                        (None, Some(c)) => plain_secret(scheme, c)?,
                        (None, None) => continue,
                    };
                    AuthPart::Header("authorization", Secret(format!("Bearer {}", token.0)))
                }
                SchemeKind::Basic => match credential {
                    Some(Credential::Basic { username, password }) => {
                        use ::base64::Engine;
                        let raw = format!("{username}:{}", password.0);
                        let encoded = ::base64::engine::general_purpose::STANDARD.encode(raw);
                        AuthPart::Header("authorization", Secret(format!("Basic {encoded}")))
                    }
                    Some(_) => return Err(wrong_kind(scheme)),
                    None => continue,
                },
                SchemeKind::ApiKey { location, name } => {
                    let Some(credential) = credential else {
                        continue;
                    };
                    let key = plain_secret(scheme, credential)?;
                    match location {
                        ApiKeyLocation::Header => AuthPart::Header(name, key),
                        ApiKeyLocation::Query => AuthPart::Query(name, key),
                        ApiKeyLocation::Cookie => AuthPart::Cookie(name, key),
                    }
                }
            };
            parts.push(part);
        }
        Ok(parts)
    }
}

/// Whether a header that one of the alternatives would set is already on the request.
fn auth_header_set(
    security: &[&[usize]],
    schemes: &[SecurityScheme],
    is_set: impl Fn(&str) -> bool,
) -> bool {
    security
        .iter()
        .flat_map(|alt| alt.iter())
        .filter_map(|&i| schemes.get(i))
        .any(|scheme| match scheme.kind {
            SchemeKind::Bearer | SchemeKind::Basic => is_set("authorization"),
            SchemeKind::ApiKey {
                location: ApiKeyLocation::Header,
                name,
            } => is_set(name),
            SchemeKind::ApiKey { .. } => false,
        })
}

/// The secret of a token or key credential (the two are interchangeable).
fn plain_secret(scheme: &SecurityScheme, credential: &Credential) -> Result<Secret, AuthError> {
    match credential {
        Credential::Bearer(s) | Credential::ApiKey(s) => Ok(s.clone()),
        Credential::Basic { .. } => Err(wrong_kind(scheme)),
    }
}

fn wrong_kind(scheme: &SecurityScheme) -> AuthError {
    AuthError {
        message: format!(
            "the credential given for scheme `{}` does not fit it",
            scheme.name
        ),
        source: None,
    }
}
