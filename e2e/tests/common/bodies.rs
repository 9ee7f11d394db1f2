//! The request bodies (and the ids inside them) that the wiremock tests and the Prism
//! contract tests both send: one module per crate, one function per operation that takes a
//! body, named after the operation's method.

/// Genesys Cloud: ids and bodies.
pub mod genesys_cloud {
    use genesys_cloud::types as t;

    pub const TRUSTEE_ORG: &str = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    pub const TRUSTOR_ORG: &str = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
    pub const USER_ID: &str = "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9";
    pub const PAIRING_ID: &str = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
    pub const REQUEST_ID: &str = "9c8b7a6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d";

    pub fn post_organizations() -> t::OrganizationCreate {
        t::OrganizationCreate {
            name: "Acme Corp".into(),
            admin_username: "admin@acme.example.com".into(),
            admin_password: "Correct-Horse-9".into(),
            domain: "acme".into(),
            third_party_org_name: "acmecorp".into(),
            deletable: None,
            organization_type: None,
            products: Some(vec!["cloudcx".into()]),
            salesforce_client: None,
            organization_features: Some([("purecloud".to_owned(), true)].into()),
        }
    }

    pub fn patch_organizations_authentication_settings() -> t::OrgAuthSettings {
        t::OrgAuthSettings {
            multifactor_authentication_required: Some(true),
            domain_allowlist_enabled: Some(false),
            ip_address_allowlist: Some(vec!["203.0.113.0/24".into(), "198.51.100.7/32".into()]),
            ..Default::default()
        }
    }

    #[allow(deprecated)]
    pub fn put_organizations_embeddedintegration() -> t::EmbeddedIntegration {
        t::EmbeddedIntegration {
            enable_whitelist: Some(false),
            domain_whitelist: Some(vec!["a.example.com".into(), "b.example.com".into()]),
        }
    }

    #[allow(deprecated)]
    pub fn put_organizations_enforcescopes() -> t::EnforceScopesSetting {
        t::EnforceScopesSetting {
            enforce_scopes: Some(false),
        }
    }

    pub fn patch_organizations_feature() -> t::FeatureState {
        t::FeatureState {
            enabled: Some(true),
        }
    }

    #[allow(deprecated)]
    pub fn put_organizations_ipaddressauthentication() -> t::IpAddressAuthentication {
        t::IpAddressAuthentication {
            network_whitelist: Some(vec!["203.0.113.0/24".into(), "2001:db8::/32".into()]),
        }
    }

    pub fn post_organizations_limits_changerequests() -> t::LimitChangeRequest {
        t::LimitChangeRequest {
            id: None,
            key: "max.concurrent.requests".into(),
            namespace: "platform.api".into(),
            requested_value: 500.0,
            description: "Black Friday traffic".into(),
            support_case_url: "https://support.example.com/cases/12345".into(),
            created_by: None,
            self_uri: None,
        }
    }

    pub fn patch_organizations_limits_changerequest() -> t::LimitChangeRequestUpdate {
        t::LimitChangeRequestUpdate {
            status: Some("Rejected".into()),
            reject_reason: Some("IncreaseNotRequired".into()),
            ..Default::default()
        }
    }

    /// The organization sent by `putOrganizationsMe`.
    pub fn put_organizations_me() -> t::Organization {
        t::Organization {
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

    pub fn patch_organizations_migration() -> t::MigrationUpdate {
        t::MigrationUpdate {
            enabled: Some(true),
        }
    }

    #[allow(deprecated)]
    pub fn put_organizations_passwordrequirements() -> t::PasswordRequirements {
        t::PasswordRequirements {
            minimum_length: Some(14),
            minimum_specials: Some(2),
            ..Default::default()
        }
    }

    #[allow(deprecated)]
    pub fn put_organizations_whitelist() -> t::OrgWhitelistSettings {
        t::OrgWhitelistSettings {
            enable_whitelist: Some(true),
            domain_whitelist: Some(vec![
                "acme.example.com".into(),
                "partner.example.com".into(),
            ]),
        }
    }

    pub fn post_orgauthorization_pairings() -> t::TrustRequestCreate {
        t::TrustRequestCreate {
            user_ids: Some(vec![USER_ID.into()]),
            group_ids: Some(vec!["g-support".into()]),
        }
    }

    pub fn post_orgauthorization_trustees() -> t::TrustCreate {
        t::TrustCreate {
            pairing_id: PAIRING_ID.into(),
            enabled: true,
            users: Some(vec![t::TrustMemberCreate {
                id: USER_ID.into(),
                role_ids: vec!["r-admin".into()],
            }]),
            groups: None,
        }
    }

    pub fn post_orgauthorization_trustees_audits() -> t::TrusteeAuditQueryRequest {
        t::TrusteeAuditQueryRequest {
            trustee_organization_ids: vec![TRUSTEE_ORG.into()],
            trustee_user_ids: vec![USER_ID.into()],
            start_date: Some("2024-01-01T00:00:00Z".parse().expect("a date-time")),
            end_date: Some("2024-01-31T23:59:59Z".parse().expect("a date-time")),
            query_phrase: Some("login".into()),
            facets: Some(vec![t::Facet {
                name: "action".into(),
                type_: "STRING".into(),
            }]),
            filters: Some(vec![t::Filter {
                name: "action".into(),
                type_: "STRING".into(),
                operator: "EQUALS".into(),
                values: vec!["login".into()],
            }]),
        }
    }

    pub fn put_orgauthorization_trustee() -> t::Trustee {
        t::Trustee {
            id: Some(TRUSTEE_ORG.into()),
            enabled: false,
            date_created: None,
            created_by: None,
            organization: None,
            self_uri: None,
        }
    }

    pub fn post_orgauthorization_trustee_users() -> t::TrustMemberCreate {
        t::TrustMemberCreate {
            id: USER_ID.into(),
            role_ids: vec!["r-admin".into(), "r-supervisor".into()],
        }
    }

    pub fn put_orgauthorization_trustee_user_roles() -> Vec<String> {
        vec!["r-admin".into(), "r-reporting".into()]
    }

    pub fn post_orgauthorization_trustor_audits() -> t::TrustorAuditQueryRequest {
        t::TrustorAuditQueryRequest {
            trustor_organization_id: TRUSTOR_ORG.into(),
            trustee_user_ids: vec![USER_ID.into(), "u-2".into()],
            start_date: None,
            end_date: None,
            query_phrase: None,
            facets: None,
            filters: None,
        }
    }
}

/// Cloudflare organizations: ids and bodies.
pub mod cloudflare_organizations {
    use cloudflare_organizations::types as t;

    /// A 32-digit hex id, as Cloudflare's are.
    pub const ORG_ID: &str = "a7b9c3d2e8f4a1b5c6d0e9f2a3b7c4d8";
    pub const PARENT_ID: &str = "b8c0d4e3f9a5b2c6d7e1f0a3b4c8d5e9";

    pub fn organizations_create_user_organization() -> t::OrganizationsCreateUserOrganizationBody {
        t::OrganizationsCreateUserOrganizationBody {
            id: None,
            create_time: None,
            meta: None,
            name: "Acme Corporation".into(),
            parent: Some(t::OrganizationsCreateUserOrganizationBodyParent {
                id: PARENT_ID.into(),
                name: None,
            }),
            profile: Some(organizations_modify_profile()),
        }
    }

    /// Built from JSON: only `name` is sent (the other fields are read-only).
    pub fn organizations_modify() -> t::OrganizationsCreateUserOrganizationBody {
        serde_json::from_value(serde_json::json!({"name": "Acme Corp (EMEA)"}))
            .expect("an organization with only a name")
    }

    /// The organization profile.
    pub fn organizations_modify_profile() -> t::Profile {
        t::Profile {
            business_address: "101 Townsend St, San Francisco, CA 94107, USA".into(),
            business_email: "billing@acme.example.com".into(),
            business_name: "Acme Corporation".into(),
            business_phone: "+1 415 555 0100".into(),
            external_metadata: "{\"crm_id\":\"ACME-0042\"}".into(),
        }
    }
}

/// Archera organizations: ids and bodies.
pub mod archera_organizations {
    use archera_organizations::types as t;
    use serde_json::json;

    pub const ORG_ID: &str = "3f6c2a1e-8b4d-4c7a-9e2f-1a5b6c7d8e9f";

    /// A new name, the domain cleared (`null`) and an address.
    pub fn update_organization() -> t::OrganizationUpdateRequest {
        let mut address = serde_json::Map::new();
        address.insert("line1".into(), json!("1 Market St"));
        address.insert("city".into(), json!("San Francisco"));
        t::OrganizationUpdateRequest {
            name: Some("Acme Corporation".into()),
            domain: Some(None),
            address: Some(Some(address)),
        }
    }
}

/// The contract cases: an account to create.
pub mod contract_cases {
    use contract_cases::types as t;

    /// A new account: the read-only `id` and `created`, required in the schema, are not
    /// required of a request, and the write-only `password` is sent.
    pub fn create_account() -> t::Account {
        t::Account {
            id: None,
            name: "Ann Smith".into(),
            password: Some("correct horse".into()),
            created: None,
        }
    }

    /// The rule the generated example (`examples/cases.rs`) sends: every value satisfies the
    /// schema's pattern, bounds, lengths, format and `minItems`.
    pub fn put_rule() -> t::Rule {
        t::Rule {
            arn: "arn:aws:sqs:hq-qacxn-1:363298681730:odFjTYiGTBsQE3OV4pJF7TnQSYQ9TmrbkPUFIlqykL7qgW8-qky28aImgJB".into(),
            max_age: 60,
            ratio: None,
            name: "example-".into(),
            contact: Some("jane.doe@example.com".into()),
            tags: vec!["example-".into(), "example-".into()],
        }
    }

    /// The rule's code in the generated example.
    pub const RULE_CODE: &str = "HQR-60";
}
