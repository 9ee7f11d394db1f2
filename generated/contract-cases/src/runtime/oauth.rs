//! OAuth 2.0 client credentials (RFC 6749 §4.4), as Genesys Cloud's SDKs log in
//! (`loginClientCredentialsGrant`): the client asks the token endpoint for an access token on
//! first use, keeps it until shortly before it expires, and asks again after a 401.

use std::fmt;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use futures::lock::Mutex;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::StatusCode;

use super::auth::{Secret, TokenProvider};
use super::error::{snippet, BoxError, SNIPPET_LIMIT};

/// The longest a token is refreshed before it expires (and never more than half its life).
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// A token endpoint that did not hand out a token: its status and body (never the secret).
#[derive(Debug)]
#[non_exhaustive]
pub struct TokenEndpointError {
    /// The endpoint's HTTP status, when it answered.
    pub status: Option<StatusCode>,
    /// The endpoint's body, when it answered.
    pub body: Bytes,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for TokenEndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(status) = self.status {
            write!(
                f,
                " (status {status}): {}",
                snippet(&self.body, SNIPPET_LIMIT)
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for TokenEndpointError {}

/// An access token and when to stop using it.
struct Cached {
    token: Secret,
    /// `None`: the endpoint gave no `expires_in`; kept until a 401.
    refresh_at: Option<Instant>,
    fetched_at: Instant,
}

/// The client credentials grant: a [`TokenProvider`] whose tokens come from the token endpoint.
pub(crate) struct ClientCredentials {
    client_id: String,
    client_secret: Secret,
    token_url: String,
    http: reqwest::Client,
    timeout: Duration,
    /// One token for every caller; the lock is held while a token is fetched, so many
    /// concurrent calls with a cold cache make one request.
    cache: Mutex<Option<Cached>>,
}

impl ClientCredentials {
    pub(crate) fn new(
        client_id: String,
        client_secret: Secret,
        token_url: String,
        http: reqwest::Client,
        timeout: Duration,
    ) -> Self {
        ClientCredentials {
            client_id,
            client_secret,
            token_url,
            http,
            timeout,
            cache: Mutex::new(None),
        }
    }

    /// The cached token, or a new one from the endpoint.
    async fn current(&self) -> Result<String, BoxError> {
        let mut cache = self.cache.lock().await;
        if let Some(cached) = cache.as_ref() {
            if cached.refresh_at.is_none_or(|at| Instant::now() < at) {
                return Ok(cached.token.expose().to_owned());
            }
        }
        let fetched = self.fetch().await?;
        let token = fetched.token.expose().to_owned();
        *cache = Some(fetched);
        Ok(token)
    }

    /// Drops the cached token if it was fetched before `attempt_started` (a 401 answered a
    /// request that used it); a token fetched since, by a concurrent call, is kept.
    pub(crate) async fn invalidate_older_than(&self, attempt_started: Instant) {
        let mut cache = self.cache.lock().await;
        if cache
            .as_ref()
            .is_some_and(|c| c.fetched_at <= attempt_started)
        {
            *cache = None;
        }
    }

    async fn fetch(&self) -> Result<Cached, BoxError> {
        let fetched_at = Instant::now();
        let failure = |status, body, message: &str| TokenEndpointError {
            status,
            body,
            message: message.to_owned(),
        };
        let response = self
            .http
            .post(&self.token_url)
            .basic_auth(&self.client_id, Some(self.client_secret.expose()))
            .header(ACCEPT, "application/json")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body("grant_type=client_credentials")
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|e| {
                let message = format!(
                    "the token endpoint could not be reached: {}",
                    e.without_url()
                );
                failure(None, Bytes::new(), &message)
            })?;
        let status = response.status();
        let body = response.bytes().await.map_err(|_| {
            failure(
                Some(status),
                Bytes::new(),
                "the token endpoint's answer broke off",
            )
        })?;
        if !status.is_success() {
            return Err(failure(
                Some(status),
                body,
                "the token endpoint refused the client credentials",
            )
            .into());
        }
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            access_token: String,
            expires_in: Option<u64>,
        }
        let parsed: TokenResponse = serde_json::from_slice(&body).map_err(|_| {
            failure(
                Some(status),
                body.clone(),
                "the token endpoint's answer has no `access_token`",
            )
        })?;
        let refresh_at = parsed.expires_in.map(|secs| {
            let lifetime = Duration::from_secs(secs);
            fetched_at + lifetime.saturating_sub(REFRESH_MARGIN.min(lifetime / 2))
        });
        Ok(Cached {
            token: Secret::new(parsed.access_token),
            refresh_at,
            fetched_at,
        })
    }
}

impl TokenProvider for ClientCredentials {
    fn token(&self) -> BoxFuture<'_, Result<String, BoxError>> {
        Box::pin(self.current())
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("token_url", &self.token_url)
            .finish_non_exhaustive()
    }
}
