//! Authentication: the security schemes of the API, the credentials a client holds, and the
//! choice of which ones apply to an operation.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;

use futures::future::BoxFuture;
use reqwest::header::{HeaderName, HeaderValue};

use super::error::{AuthError, BoxError, Error};
use super::oauth::TokenEndpointError;
use super::query;

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
    Err(AuthError::new(
        format!(
            "this operation needs credentials for one of: {}",
            wanted.join(" | ")
        ),
        None,
    ))
}

/// What one credential puts on a request, made ready when the client is built, so that a
/// request only copies it: a header value (marked sensitive), or an encoded query pair or
/// cookie. A token that changes (a [`TokenProvider`]'s) is made ready the same way, with
/// [`AuthPart::bearer`], each time it is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AuthPart {
    /// A header (`Authorization`, or an API key header).
    Header(HeaderName, HeaderValue),
    /// `name=value` of a query parameter carrying an API key, percent-encoded.
    Query(Secret),
    /// `name=value` of a cookie carrying an API key, encoded.
    Cookie(Secret),
}

/// Why a credential cannot go on a request; reported by the requests that need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unusable {
    /// The credential is not of the scheme's kind (a password for a bearer scheme...).
    WrongKind,
    /// The header named here cannot carry the credential's value (or has an invalid name).
    InvalidHeader(&'static str),
}

/// A credential as a request uses it.
pub(crate) type ReadyCredential = Result<AuthPart, Unusable>;

impl AuthPart {
    /// `Authorization: Bearer <token>`.
    pub(crate) fn bearer(token: &str) -> ReadyCredential {
        AuthPart::header("authorization", &format!("Bearer {token}"))
    }

    /// A header carrying a secret.
    fn header(name: &'static str, value: &str) -> ReadyCredential {
        let invalid = Unusable::InvalidHeader(name);
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid)?;
        let mut value = HeaderValue::from_str(value).map_err(|_| invalid)?;
        value.set_sensitive(true);
        Ok(AuthPart::Header(name, value))
    }

    /// The part of `credential` for `scheme`.
    pub(crate) fn new(scheme: &SecurityScheme, credential: &Credential) -> ReadyCredential {
        match (scheme.kind, credential) {
            (SchemeKind::Basic, Credential::Basic { username, password }) => {
                use ::base64::Engine;
                let raw = format!("{username}:{}", password.0);
                let encoded = ::base64::engine::general_purpose::STANDARD.encode(raw);
                AuthPart::header("authorization", &format!("Basic {encoded}"))
            }
            (SchemeKind::Basic, _) | (_, Credential::Basic { .. }) => Err(Unusable::WrongKind),
            (SchemeKind::Bearer, Credential::Bearer(s) | Credential::ApiKey(s)) => {
                AuthPart::bearer(s.expose())
            }
            (
                SchemeKind::ApiKey { location, name },
                Credential::Bearer(key) | Credential::ApiKey(key),
            ) => match location {
                ApiKeyLocation::Header => AuthPart::header(name, key.expose()),
                ApiKeyLocation::Query => Ok(AuthPart::Query(Secret(format!(
                    "{}={}",
                    query::encode_name(name),
                    query::encode_component(key.expose())
                )))),
                ApiKeyLocation::Cookie => Ok(AuthPart::Cookie(Secret(format!(
                    "{name}={}",
                    query::encode_cookie(key.expose())
                )))),
            },
        }
    }
}

/// Each credential made ready for the scheme it is set for (credentials for an index past
/// `schemes` are left out: no operation can ask for them).
pub(crate) fn ready_credentials(
    credentials: &BTreeMap<usize, Credential>,
    schemes: &[SecurityScheme],
) -> BTreeMap<usize, ReadyCredential> {
    credentials
        .iter()
        .filter_map(|(&index, credential)| {
            let scheme = schemes.get(index)?;
            Some((index, AuthPart::new(scheme, credential)))
        })
        .collect()
}

/// The credentials available to a request.
pub(crate) struct Credentials<'a> {
    /// Credentials by scheme index, ready for the wire.
    pub(crate) by_scheme: &'a BTreeMap<usize, ReadyCredential>,
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

    /// The schemes to apply, from an operation's `security` alternatives.
    ///
    /// When no alternative is satisfied but the caller already set one of the operation's auth
    /// headers by hand (`is_set(name)`, e.g. with `RequestOptions::with_header`), none is
    /// applied and the request goes out as the caller built it.
    pub(crate) fn select<'s>(
        &self,
        security: &'s [&'s [usize]],
        schemes: &[SecurityScheme],
        is_set: impl Fn(&str) -> bool,
    ) -> Result<&'s [usize], AuthError> {
        match select(security, schemes, |i| self.has(schemes, i)) {
            Ok(selected) => Ok(selected),
            Err(_) if auth_header_set(security, schemes, is_set) => Ok(&[]),
            Err(e) => Err(e),
        }
    }

    /// What scheme `index` puts on a request: the ready credential, or, for a `Bearer` scheme
    /// of a client with a token provider, a token asked for now. `None` when the client has
    /// nothing for the scheme.
    pub(crate) async fn part<E>(
        &self,
        schemes: &[SecurityScheme],
        index: usize,
    ) -> Result<Option<Cow<'_, AuthPart>>, Error<E>> {
        let Some(scheme) = schemes.get(index) else {
            return Ok(None);
        };
        let ready = match (scheme.kind, self.token_provider) {
            (SchemeKind::Bearer, Some(provider)) => {
                let token = provider
                    .token()
                    .await
                    .map_err(|e| Error::Auth(provider_failed(scheme, e)))?;
                Cow::Owned(AuthPart::bearer(&token))
            }
            _ => match self.by_scheme.get(&index) {
                Some(ready) => Cow::Borrowed(ready),
                None => return Ok(None),
            },
        };
        match ready {
            Cow::Borrowed(Ok(part)) => Ok(Some(Cow::Borrowed(part))),
            Cow::Owned(Ok(part)) => Ok(Some(Cow::Owned(part))),
            Cow::Borrowed(Err(unusable)) => Err(unusable_error(scheme, *unusable)),
            Cow::Owned(Err(unusable)) => Err(unusable_error(scheme, unusable)),
        }
    }
}

/// The error of a token provider that failed; a token endpoint's refusal keeps its status and
/// body.
fn provider_failed(scheme: &SecurityScheme, error: BoxError) -> AuthError {
    match error.downcast_ref::<TokenEndpointError>() {
        Some(refused) => AuthError {
            message: format!("{refused} (scheme `{}`)", scheme.name),
            status: refused.status,
            body: refused.body.clone(),
            source: Some(error),
        },
        None => AuthError::new(
            format!("the token provider failed for scheme `{}`", scheme.name),
            Some(error),
        ),
    }
}

/// The error of a request that needs a credential it cannot use.
fn unusable_error<E>(scheme: &SecurityScheme, unusable: Unusable) -> Error<E> {
    match unusable {
        Unusable::WrongKind => Error::Auth(AuthError::new(
            format!(
                "the credential given for scheme `{}` does not fit it",
                scheme.name
            ),
            None,
        )),
        Unusable::InvalidHeader(name) => {
            Error::invalid(format!("invalid value for the `{name}` credential"), None)
        }
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

#[cfg(test)]
#[path = "unit_tests/auth.rs"]
mod tests;
