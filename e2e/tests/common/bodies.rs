//! Realistic request bodies that the wiremock tests and the Prism contract tests both send.

use serde_json::json;

/// The Genesys organization sent by `putOrganizationsMe`.
pub fn genesys_organization() -> genesys_cloud::types::Organization {
    genesys_cloud::types::Organization {
        id: None,
        name: Some("Acme Corp".into()),
        default_language: Some("en-us".into()),
        default_country_code: None,
        third_party_org_name: None,
        third_party_uri: None,
        domain: None,
        version: 12,
        state: None,
        default_site_id: None,
        third_party_org_id: None,
        deletable: None,
        support_uri: None,
        voicemail_enabled: Some(true),
        product_platform: None,
        self_uri: None,
        features: None,
    }
}

/// A Cloudflare organization profile.
pub fn cloudflare_profile() -> cloudflare_organizations::types::Profile {
    cloudflare_organizations::types::Profile {
        business_address: "101 Townsend St, San Francisco, CA 94107, USA".into(),
        business_email: "billing@acme.example.com".into(),
        business_name: "Acme Corporation".into(),
        business_phone: "+1 415 555 0100".into(),
        external_metadata: "{\"crm_id\":\"ACME-0042\"}".into(),
    }
}

/// An Archera update: a new name, the domain cleared (`null`) and an address.
pub fn archera_update() -> archera_organizations::types::OrganizationUpdateRequest {
    let mut address = serde_json::Map::new();
    address.insert("line1".into(), json!("1 Market St"));
    address.insert("city".into(), json!("San Francisco"));
    archera_organizations::types::OrganizationUpdateRequest {
        name: Some("Acme Corporation".into()),
        domain: Some(None),
        address: Some(Some(address)),
    }
}
