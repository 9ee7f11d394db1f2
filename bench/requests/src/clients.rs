//! The clients timed. All call `GET {base}/api/v2/organizations/me` with the same bearer
//! token and `User-Agent` over one keep-alive reqwest client (rustls, 5 s connect timeout,
//! 60 s request timeout), as a program would.

use std::time::Duration;

use crate::bodies::{PATH, TOKEN, USER_AGENT};

/// Which client a round runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientKind {
    /// Does nothing: the cost of the harness itself.
    Noop,
    /// reqwest, the body read as bytes and not decoded: the floor.
    Raw,
    /// reqwest + a serde-derive struct, written by hand.
    HandWritten,
    /// The generated `genesys-cloud` crate.
    Generated,
}

impl ClientKind {
    /// Every client, in the order each round runs them.
    pub const ALL: [ClientKind; 4] = [
        ClientKind::Noop,
        ClientKind::Raw,
        ClientKind::HandWritten,
        ClientKind::Generated,
    ];

    /// The name on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            ClientKind::Noop => "noop",
            ClientKind::Raw => "raw",
            ClientKind::HandWritten => "hand-written",
            ClientKind::Generated => "generated",
        }
    }

    /// The client named `name`.
    pub fn from_name(name: &str) -> Option<ClientKind> {
        ClientKind::ALL.into_iter().find(|kind| kind.name() == name)
    }
}

/// A client, ready to call.
pub enum Client {
    /// See [`ClientKind::Noop`].
    Noop,
    /// See [`ClientKind::Raw`].
    Raw(HandWritten),
    /// See [`ClientKind::HandWritten`].
    HandWritten(HandWritten),
    /// See [`ClientKind::Generated`].
    Generated(genesys_cloud::Client),
}

impl Client {
    /// Builds a client of `kind` for `base_url`.
    pub fn new(kind: ClientKind, base_url: &str) -> Result<Client, String> {
        Ok(match kind {
            ClientKind::Noop => Client::Noop,
            ClientKind::Raw => Client::Raw(HandWritten::new(base_url, TOKEN)?),
            ClientKind::HandWritten => Client::HandWritten(HandWritten::new(base_url, TOKEN)?),
            ClientKind::Generated => Client::Generated(
                genesys_cloud::Client::builder()
                    .base_url(base_url)
                    .bearer_token(TOKEN)
                    .build()
                    .map_err(|e| e.to_string())?,
            ),
        })
    }

    /// Makes one call; gives what the client checks the answer by: the number of features
    /// decoded, or the bytes read (raw), or 0 (no-op).
    pub async fn call(&self) -> Result<usize, String> {
        match self {
            Client::Noop => Ok(0),
            Client::Raw(client) => client.organization_bytes().await,
            Client::HandWritten(client) => {
                let org = client.organization().await?;
                check_version(i64::from(org.version))?;
                Ok(org.features.map_or(0, |f| f.len()))
            }
            Client::Generated(client) => {
                let org = client
                    .organization()
                    .get_organizations_me()
                    .await
                    .map_err(|e| e.to_string())?;
                check_version(i64::from(org.version))?;
                Ok(org.features.map_or(0, |f| f.len()))
            }
        }
    }
}

fn check_version(version: i64) -> Result<(), String> {
    if version == crate::bodies::VERSION {
        Ok(())
    } else {
        Err(format!("decoded version {version}"))
    }
}

/// The client a user would write by hand with reqwest and serde: the same settings as the
/// generated client's defaults, `bearer_auth` and the URL formatted per call.
pub struct HandWritten {
    http: reqwest::Client,
    base_url: String,
    token: String,
}

impl HandWritten {
    fn new(base_url: &str, token: &str) -> Result<HandWritten, String> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(60))
            .user_agent(USER_AGENT)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(HandWritten {
            http,
            base_url: base_url.to_owned(),
            token: token.to_owned(),
        })
    }

    /// The answer to `GET /api/v2/organizations/me`, its status checked.
    async fn get_organization(&self) -> Result<reqwest::Response, String> {
        self.http
            .get(format!("{}{PATH}", self.base_url))
            .bearer_auth(&self.token)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())
    }

    /// The decoded body.
    async fn organization(&self) -> Result<hand_written::Organization, String> {
        let response = self.get_organization().await?;
        response.json().await.map_err(|e| e.to_string())
    }

    /// The body as bytes, not decoded: its length.
    async fn organization_bytes(&self) -> Result<usize, String> {
        let response = self.get_organization().await?;
        let body = response.bytes().await.map_err(|e| e.to_string())?;
        Ok(body.len())
    }
}

pub mod hand_written {
    //! `Organization` as a user would write it: serde's derive, the fields of the schema.

    use std::collections::BTreeMap;

    use serde::Deserialize;

    /// `#/components/schemas/Organization`, by hand.
    #[derive(Debug, Clone, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Organization {
        /// `id`.
        pub id: Option<String>,
        /// `name`.
        pub name: Option<String>,
        /// `defaultLanguage`.
        pub default_language: Option<String>,
        /// `defaultCountryCode`.
        pub default_country_code: Option<String>,
        /// `thirdPartyOrgName`.
        pub third_party_org_name: Option<String>,
        /// `thirdPartyURI`.
        #[serde(rename = "thirdPartyURI")]
        pub third_party_uri: Option<String>,
        /// `domain`.
        pub domain: Option<String>,
        /// `version`.
        pub version: i32,
        /// `state`.
        pub state: Option<State>,
        /// `defaultSiteId`.
        pub default_site_id: Option<String>,
        /// `thirdPartyOrgId`.
        pub third_party_org_id: Option<String>,
        /// `deletable`.
        pub deletable: Option<bool>,
        /// `supportURI`.
        #[serde(rename = "supportURI")]
        pub support_uri: Option<String>,
        /// `voicemailEnabled`.
        pub voicemail_enabled: Option<bool>,
        /// `productPlatform`.
        pub product_platform: Option<ProductPlatform>,
        /// `selfUri`.
        pub self_uri: Option<String>,
        /// `features`.
        pub features: Option<BTreeMap<String, bool>>,
    }

    /// `Organization.state`.
    #[derive(Debug, Clone, Copy, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum State {
        /// `active`.
        Active,
        /// `inactive`.
        Inactive,
        /// `deleted`.
        Deleted,
        /// A value added after this code was written.
        #[serde(other)]
        Other,
    }

    /// `Organization.productPlatform`.
    #[derive(Debug, Clone, Copy, Deserialize)]
    pub enum ProductPlatform {
        /// `GenesysCloud`.
        GenesysCloud,
        /// `PureCloud`.
        PureCloud,
        /// `PureEngage`.
        PureEngage,
        /// `PureEngageCloud`.
        PureEngageCloud,
        /// `PureConnect`.
        PureConnect,
        /// `PureConnectCloud`.
        PureConnectCloud,
        /// `Unknown`.
        Unknown,
        /// A value added after this code was written.
        #[serde(other)]
        Other,
    }
}
