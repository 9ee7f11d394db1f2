//! The client: configuration shared by every call (base URL, credentials, timeouts, retries,
//! headers) and the HTTP connection pool.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::auth::{ready_credentials, Credential, ReadyCredential, Secret, TokenProvider};
use super::error::Error;
use super::interceptor::Interceptor;
use super::oauth::ClientCredentials;
use super::options::RedactedHeaders;

/// The default timeout of each attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The default longest wait of a streamed download for its next bytes.
pub const DEFAULT_STREAM_IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// The default limit of an event of a stream ([`ClientBuilder::max_event_size`]): 1 MiB.
///
/// Far above what event streams carry (a chat completion's chunk or a notification is a few
/// KiB, a row of an export rarely 100 KiB), yet a server that never ends a line (broken, or
/// hostile) costs a stream at most about twice this in memory.
pub const DEFAULT_MAX_EVENT_SIZE: usize = 1024 * 1024;
/// The default number of retries.
pub const DEFAULT_MAX_RETRIES: u32 = 2;

/// The default `User-Agent`: `<crate>/<version> clientgen`.
pub fn default_user_agent() -> String {
    format!(
        "{}/{} clientgen",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION")
    )
}

/// The API client. Cheap to clone (the configuration and connection pool are shared), and
/// `Send + Sync`, so one client can serve a whole program.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

pub(crate) struct ClientInner {
    pub(crate) base_url: String,
    pub(crate) http: reqwest::Client,
    pub(crate) timeout: Duration,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) stream_idle_timeout: Duration,
    pub(crate) max_event_size: usize,
    pub(crate) max_retries: u32,
    pub(crate) retry_non_idempotent: bool,
    /// Default headers, with `User-Agent` first.
    pub(crate) headers: HeaderMap,
    /// The default headers each request must carry itself: `None` when the client built the
    /// reqwest client and gave them to it (reqwest adds them to every request that does not
    /// set them), all of them with a reqwest client of the caller's.
    pub(crate) per_request_headers: Option<HeaderMap>,
    pub(crate) credentials: BTreeMap<usize, Credential>,
    /// `credentials` as requests use them, made ready once.
    pub(crate) ready_credentials: BTreeMap<usize, ReadyCredential>,
    pub(crate) token_provider: Option<Arc<dyn TokenProvider>>,
    /// The client credentials grant, when the client logs in with it (also the token
    /// provider then); a 401 drops its token.
    pub(crate) oauth: Option<Arc<ClientCredentials>>,
    /// Run in order on every attempt; empty costs a call nothing.
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
}

impl Client {
    /// A client for `base_url` with the default configuration.
    pub fn new(base_url: impl Into<String>) -> Result<Client, Error> {
        Client::builder().base_url(base_url).build()
    }

    /// A builder, starting from the API's default base URL.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL that operation paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let headers: Vec<(String, String)> = inner
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    v.to_str().unwrap_or("<binary>").to_owned(),
                )
            })
            .collect();
        f.debug_struct("Client")
            .field("base_url", &inner.base_url)
            .field("timeout", &inner.timeout)
            .field("operation_timeout", &inner.operation_timeout)
            .field("stream_idle_timeout", &inner.stream_idle_timeout)
            .field("max_event_size", &inner.max_event_size)
            .field("max_retries", &inner.max_retries)
            .field("retry_non_idempotent", &inner.retry_non_idempotent)
            .field("headers", &RedactedHeaders(&headers))
            .field("credentials", &NamedCredentials(&inner.credentials))
            .field("token_provider", &inner.token_provider.is_some())
            .field("client_credentials", &inner.oauth)
            .field("interceptors", &inner.interceptors.len())
            .finish_non_exhaustive()
    }
}

/// Configures and builds a [`Client`].
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: String,
    timeout: Duration,
    operation_timeout: Option<Duration>,
    connect_timeout: Duration,
    stream_idle_timeout: Duration,
    max_event_size: usize,
    max_retries: u32,
    retry_non_idempotent: bool,
    user_agent: String,
    headers: Vec<(String, String)>,
    http_client: Option<reqwest::Client>,
    credentials: BTreeMap<usize, Credential>,
    token_provider: Option<Arc<dyn TokenProvider>>,
    client_credentials: Option<(String, Secret)>,
    token_url: Option<String>,
    server_token_url: Option<String>,
    interceptors: Vec<Arc<dyn Interceptor>>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: crate::DEFAULT_BASE_URL.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            operation_timeout: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            stream_idle_timeout: DEFAULT_STREAM_IDLE_TIMEOUT,
            max_event_size: DEFAULT_MAX_EVENT_SIZE,
            max_retries: DEFAULT_MAX_RETRIES,
            retry_non_idempotent: false,
            user_agent: default_user_agent(),
            headers: Vec::new(),
            http_client: None,
            credentials: BTreeMap::new(),
            token_provider: None,
            client_credentials: None,
            token_url: None,
            server_token_url: None,
            interceptors: Vec::new(),
        }
    }
}

impl ClientBuilder {
    /// The base URL (default: the spec's first server). A trailing `/` is ignored.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// The timeout of each attempt, from sending the request to reading the whole body
    /// (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// One deadline over all attempts of a call and the waits between them (default: none,
    /// so a call may take up to `(1 + max_retries) × timeout` plus the waits). When it runs
    /// out the call ends in [`Error::Timeout`], with `operation` set.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// The connect timeout (default 5 s). Not applied to a client given with
    /// [`ClientBuilder::http_client`], which keeps its own.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The longest a streamed download ([`ByteStream`](super::ByteStream)) waits for its next
    /// bytes (default 60 s); then it ends in [`Error::Timeout`]. [`ClientBuilder::timeout`]
    /// covers a download only until its response arrives.
    pub fn stream_idle_timeout(mut self, timeout: Duration) -> Self {
        self.stream_idle_timeout = timeout;
        self
    }

    /// The most bytes an event of a stream may hold, in its data and in each of its lines
    /// (field name included), and a JSON line too (default [`DEFAULT_MAX_EVENT_SIZE`], 1 MiB).
    /// A larger one ends the stream in [`Error::EventTooLarge`], after the events before it,
    /// without reading more of the body: memory stays bounded whatever the server sends.
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.max_event_size = bytes;
        self
    }

    /// How many times a failed call is retried (default 2; 0 disables retries).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// Whether non-idempotent calls (POST, PATCH) are retried too (default `false`).
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// The `User-Agent` header (default `<crate>/<version> clientgen`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// A header sent with every request. An invalid name or value makes
    /// [`ClientBuilder::build`] fail.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Uses this `reqwest::Client` (proxies, TLS roots, connection pool settings...).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Supplies the token of every `Bearer` scheme (OAuth2 refresh and the like); it is
    /// asked on every attempt.
    pub fn token_provider(mut self, provider: impl TokenProvider) -> Self {
        self.token_provider = Some(Arc::new(provider));
        self
    }

    /// Adds an interceptor: it sees every attempt of every call, after auth, and may change
    /// it (sign it, add a header) or fail it; it also sees each response and each retry.
    /// Several run in the order they were added. See [`Interceptor`].
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// Logs in with the OAuth 2.0 client credentials grant: the token of every `Bearer`
    /// scheme comes from the token endpoint (HTTP basic client authentication,
    /// `grant_type=client_credentials`), requested on first use, kept until shortly before it
    /// expires and requested again after a 401. The generated `client_credentials` setter
    /// calls this.
    #[doc(hidden)]
    pub fn client_credentials_grant(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.client_credentials = Some((client_id.into(), Secret::new(client_secret)));
        self
    }

    /// The token endpoint of the client credentials grant, over the spec's `tokenUrl` and the
    /// chosen server's.
    #[doc(hidden)]
    pub fn oauth_token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// The chosen server's token endpoint (the generated `server` setter passes it);
    /// [`ClientBuilder::oauth_token_url`] wins over it.
    #[doc(hidden)]
    pub fn server_token_url(mut self, url: Option<&str>) -> Self {
        self.server_token_url = url.map(str::to_owned);
        self
    }

    /// Sets the credential of the security scheme at `scheme_index` in
    /// `crate::SECURITY_SCHEMES`. The generated typed setters call this.
    #[doc(hidden)]
    pub fn credential(mut self, scheme_index: usize, credential: Credential) -> Self {
        self.credentials.insert(scheme_index, credential);
        self
    }

    /// Builds the client. Fails on an unparsable base URL, an invalid default header or an
    /// HTTP client that cannot start (TLS).
    pub fn build(self) -> Result<Client, Error> {
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        match reqwest::Url::parse(&base_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            Ok(url) => {
                return Err(Error::invalid(
                    format!("base URL scheme `{}` is not http or https", url.scheme()),
                    None,
                ))
            }
            Err(e) => {
                return Err(Error::invalid(
                    format!(
                        "invalid base URL `{base_url}` (set an absolute http(s) URL with \
                         `ClientBuilder::base_url`)"
                    ),
                    Some(Box::new(e)),
                ))
            }
        }
        let mut headers = HeaderMap::new();
        let agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|e| Error::invalid("invalid user agent", Some(Box::new(e))))?;
        headers.insert(reqwest::header::USER_AGENT, agent);
        for (name, value) in &self.headers {
            let (name, value) = header_pair(name, value)?;
            headers.insert(name, value);
        }
        let (http, per_request_headers) = match self.http_client {
            Some(http) => (http, Some(headers.clone())),
            None => (
                reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout)
                    .default_headers(headers.clone())
                    .build()
                    .map_err(|e| {
                        Error::invalid("cannot start the HTTP client", Some(Box::new(e)))
                    })?,
                None,
            ),
        };
        let oauth = match self.client_credentials {
            // A token provider given by hand wins.
            Some(_) if self.token_provider.is_some() => None,
            Some((client_id, client_secret)) => {
                let token_url = self
                    .token_url
                    .or(self.server_token_url)
                    .or(crate::DEFAULT_TOKEN_URL.map(str::to_owned))
                    .ok_or_else(|| {
                        Error::invalid("client credentials need a token URL (`token_url`)", None)
                    })?;
                Some(Arc::new(ClientCredentials::new(
                    client_id,
                    client_secret,
                    token_url,
                    http.clone(),
                    self.timeout,
                )))
            }
            None => None,
        };
        let token_provider = self.token_provider.or_else(|| {
            oauth
                .clone()
                .map(|grant| -> Arc<dyn TokenProvider> { grant })
        });
        Ok(Client {
            inner: Arc::new(ClientInner {
                base_url,
                http,
                timeout: self.timeout,
                operation_timeout: self.operation_timeout,
                stream_idle_timeout: self.stream_idle_timeout,
                max_event_size: self.max_event_size,
                max_retries: self.max_retries,
                retry_non_idempotent: self.retry_non_idempotent,
                headers,
                per_request_headers,
                ready_credentials: ready_credentials(&self.credentials, crate::SECURITY_SCHEMES),
                credentials: self.credentials,
                token_provider,
                oauth,
                interceptors: self.interceptors,
            }),
        })
    }
}

/// Credentials keyed by scheme name in `Debug` output (secrets stay redacted).
struct NamedCredentials<'a>(&'a BTreeMap<usize, Credential>);

impl fmt::Debug for NamedCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (index, credential) in self.0 {
            match crate::SECURITY_SCHEMES.get(*index) {
                Some(scheme) => map.entry(&scheme.name, credential),
                None => map.entry(index, credential),
            };
        }
        map.finish()
    }
}

/// Parses a header name and value; sensitive-looking values are marked sensitive.
pub(crate) fn header_pair<E>(
    name: &str,
    value: &str,
) -> Result<(HeaderName, HeaderValue), Error<E>> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|e| Error::invalid(format!("invalid header name `{name}`"), Some(Box::new(e))))?;
    let mut header_value = HeaderValue::from_str(value).map_err(|e| {
        Error::invalid(
            format!("invalid value for header `{name}`"),
            Some(Box::new(e)),
        )
    })?;
    if super::options::is_sensitive_header(name) {
        header_value.set_sensitive(true);
    }
    Ok((header_name, header_value))
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("stream_idle_timeout", &self.stream_idle_timeout)
            .field("max_event_size", &self.max_event_size)
            .field("max_retries", &self.max_retries)
            .field("retry_non_idempotent", &self.retry_non_idempotent)
            .field("user_agent", &self.user_agent)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("http_client", &self.http_client.is_some())
            .field("credentials", &NamedCredentials(&self.credentials))
            .field("token_provider", &self.token_provider.is_some())
            .field("interceptors", &self.interceptors.len())
            .field("client_credentials", &self.client_credentials)
            .field(
                "token_url",
                &self.token_url.as_ref().or(self.server_token_url.as_ref()),
            )
            .finish()
    }
}

#[cfg(test)]
#[path = "unit_tests/client.rs"]
mod tests;
