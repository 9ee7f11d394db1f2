//! The bodies served for `GET /api/v2/organizations/me`: a Genesys `Organization` of 1.3 KB
//! (what the real API answers) and one of about 200 KB (the same object with a large
//! `features` map), so that decoding dominates.

use serde_json::{json, Map, Value};

/// The bearer token every client sends; the server answers 401 without it.
pub const TOKEN: &str = "bench-access-token-0123456789abcdef0123456789abcdef";

/// The `version` of both bodies; clients check it after decoding.
pub const VERSION: i64 = 42;

/// The `User-Agent` of every client: the generated client's default.
pub const USER_AGENT: &str = "genesys-cloud/0.1.0 clientgen";

/// The path of the operation, after the base URL.
pub const PATH: &str = "/api/v2/organizations/me";

/// Which body a base URL asks for: its first path segment (`/small` or `/large`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodySize {
    /// 1.3 KB.
    Small,
    /// About 200 KB.
    Large,
}

impl BodySize {
    /// Both sizes, small first.
    pub const ALL: [BodySize; 2] = [BodySize::Small, BodySize::Large];

    /// The first path segment of the base URL that serves this body.
    pub fn segment(self) -> &'static str {
        match self {
            BodySize::Small => "small",
            BodySize::Large => "large",
        }
    }

    /// The entries of the body's `features` map.
    pub fn feature_count(self) -> usize {
        match self {
            BodySize::Small => 34,
            BodySize::Large => 8_500,
        }
    }

    /// The JSON text of the body.
    pub fn body(self) -> String {
        organization(self.feature_count()).to_string()
    }
}

/// Feature names in the style of Genesys' `OrganizationFeatures`; past the list, numbered.
const FEATURE_NAMES: &[&str] = &[
    "realtimeCIC",
    "purecloud",
    "hipaa",
    "ucEnabled",
    "pci",
    "purecloudVoice",
    "xmppFederation",
    "chat",
    "informalPhotos",
    "directory",
    "contactCenter",
    "unifiedCommunications",
    "custserv",
    "webChatV2",
    "outboundCampaigns",
    "speechAnalytics",
    "workforceManagement",
    "qualityManagement",
    "recordingBulkActions",
    "scriptsDesigner",
];

/// An `Organization` with every property of the schema set and `features` entries.
fn organization(features: usize) -> Value {
    let features: Map<String, Value> = (0..features)
        .map(|i| {
            let base = FEATURE_NAMES[i % FEATURE_NAMES.len()];
            let name = match i / FEATURE_NAMES.len() {
                0 => base.to_owned(),
                n => format!("{base}{n}"),
            };
            (name, Value::Bool(i % 3 != 0))
        })
        .collect();
    json!({
        "id": "5c3fd8a2-34b6-4f0e-9a1d-7e2c1b0f9d44",
        "name": "Example Contact Center Incorporated",
        "defaultLanguage": "en-us",
        "defaultCountryCode": "US",
        "thirdPartyOrgName": "example-contact-center",
        "thirdPartyURI": "https://example-contact-center.mypurecloud.com",
        "domain": "example-contact-center.mypurecloud.com",
        "version": VERSION,
        "state": "active",
        "defaultSiteId": "0b9e4c7d-2a61-4f58-8d3e-6c1a5f7b2e90",
        "thirdPartyOrgId": "183927",
        "deletable": false,
        "supportURI": "support@example-contact-center.com",
        "voicemailEnabled": true,
        "productPlatform": "GenesysCloud",
        "selfUri": "/api/v2/organizations/5c3fd8a2-34b6-4f0e-9a1d-7e2c1b0f9d44",
        "features": features,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bodies_have_the_sizes_the_bench_announces() {
        let small = BodySize::Small.body().len();
        let large = BodySize::Large.body().len();
        assert!(
            (1_250..=1_350).contains(&small),
            "small body: {small} bytes"
        );
        assert!(
            (190_000..=210_000).contains(&large),
            "large body: {large} bytes"
        );
    }

    #[test]
    fn the_generated_model_decodes_every_property() {
        let body = BodySize::Small.body();
        let decoded: genesys_cloud::types::Organization =
            serde_json::from_str(&body).expect("the generated model decodes the body");
        let reencoded = serde_json::to_value(&decoded).expect("encodes");
        let original: Value = serde_json::from_str(&body).expect("JSON");
        assert_eq!(reencoded, original);
    }
}
