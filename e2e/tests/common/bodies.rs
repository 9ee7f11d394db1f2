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
        t::OrganizationCreate::new(
            "Acme Corp",
            "admin@acme.example.com",
            "Correct-Horse-9",
            "acme",
            "acmecorp",
        )
        .with_products(vec!["cloudcx".into()])
        .with_organization_features([("purecloud".to_owned(), true)].into())
    }

    pub fn patch_organizations_authentication_settings() -> t::OrgAuthSettings {
        t::OrgAuthSettings::new()
            .with_multifactor_authentication_required(true)
            .with_domain_allowlist_enabled(false)
            .with_ip_address_allowlist(vec!["203.0.113.0/24".into(), "198.51.100.7/32".into()])
    }

    #[allow(deprecated)]
    pub fn put_organizations_embeddedintegration() -> t::EmbeddedIntegration {
        t::EmbeddedIntegration::new()
            .with_enable_whitelist(false)
            .with_domain_whitelist(vec!["a.example.com".into(), "b.example.com".into()])
    }

    #[allow(deprecated)]
    pub fn put_organizations_enforcescopes() -> t::EnforceScopesSetting {
        t::EnforceScopesSetting::new().with_enforce_scopes(false)
    }

    pub fn patch_organizations_feature() -> t::FeatureState {
        t::FeatureState::new().with_enabled(true)
    }

    #[allow(deprecated)]
    pub fn put_organizations_ipaddressauthentication() -> t::IpAddressAuthentication {
        t::IpAddressAuthentication::new()
            .with_network_whitelist(vec!["203.0.113.0/24".into(), "2001:db8::/32".into()])
    }

    pub fn post_organizations_limits_changerequests() -> t::LimitChangeRequest {
        t::LimitChangeRequest::new(
            "max.concurrent.requests",
            "platform.api",
            500.0,
            "Black Friday traffic",
            "https://support.example.com/cases/12345",
        )
    }

    pub fn patch_organizations_limits_changerequest() -> t::LimitChangeRequestUpdate {
        t::LimitChangeRequestUpdate::new()
            .with_status("Rejected")
            .with_reject_reason("IncreaseNotRequired")
    }

    /// The organization sent by `putOrganizationsMe`.
    pub fn put_organizations_me() -> t::Organization {
        t::Organization::new(12)
            .with_name("Acme Corp")
            .with_default_language("en-us")
            .with_voicemail_enabled(true)
    }

    pub fn patch_organizations_migration() -> t::MigrationUpdate {
        t::MigrationUpdate::new().with_enabled(true)
    }

    #[allow(deprecated)]
    pub fn put_organizations_passwordrequirements() -> t::PasswordRequirements {
        t::PasswordRequirements::new()
            .with_minimum_length(14)
            .with_minimum_specials(2)
    }

    #[allow(deprecated)]
    pub fn put_organizations_whitelist() -> t::OrgWhitelistSettings {
        t::OrgWhitelistSettings::new()
            .with_enable_whitelist(true)
            .with_domain_whitelist(vec![
                "acme.example.com".into(),
                "partner.example.com".into(),
            ])
    }

    pub fn post_orgauthorization_pairings() -> t::TrustRequestCreate {
        t::TrustRequestCreate::new()
            .with_user_ids(vec![USER_ID.into()])
            .with_group_ids(vec!["g-support".into()])
    }

    pub fn post_orgauthorization_trustees() -> t::TrustCreate {
        t::TrustCreate::new(PAIRING_ID, true).with_users(vec![t::TrustMemberCreate::new(
            USER_ID,
            vec!["r-admin".into()],
        )])
    }

    pub fn post_orgauthorization_trustees_audits() -> t::TrusteeAuditQueryRequest {
        t::TrusteeAuditQueryRequest::new(vec![TRUSTEE_ORG.into()], vec![USER_ID.into()])
            .with_start_date("2024-01-01T00:00:00Z".parse().expect("a date-time"))
            .with_end_date("2024-01-31T23:59:59Z".parse().expect("a date-time"))
            .with_query_phrase("login")
            .with_facets(vec![t::Facet::new("action", "STRING")])
            .with_filters(vec![t::Filter::new(
                "action",
                "STRING",
                "EQUALS",
                vec!["login".into()],
            )])
    }

    pub fn put_orgauthorization_trustee() -> t::Trustee {
        t::Trustee::new(false).with_id(TRUSTEE_ORG)
    }

    pub fn post_orgauthorization_trustee_users() -> t::TrustMemberCreate {
        t::TrustMemberCreate::new(USER_ID, vec!["r-admin".into(), "r-supervisor".into()])
    }

    pub fn put_orgauthorization_trustee_user_roles() -> Vec<String> {
        vec!["r-admin".into(), "r-reporting".into()]
    }

    pub fn post_orgauthorization_trustor_audits() -> t::TrustorAuditQueryRequest {
        t::TrustorAuditQueryRequest::new(TRUSTOR_ORG, vec![USER_ID.into(), "u-2".into()])
    }
}

/// Cloudflare organizations: ids and bodies.
pub mod cloudflare_organizations {
    use cloudflare_organizations::types as t;

    /// A 32-digit hex id, as Cloudflare's are.
    pub const ORG_ID: &str = "a7b9c3d2e8f4a1b5c6d0e9f2a3b7c4d8";
    pub const PARENT_ID: &str = "b8c0d4e3f9a5b2c6d7e1f0a3b4c8d5e9";

    pub fn organizations_create_user_organization() -> t::OrganizationsCreateUserOrganizationBody {
        t::OrganizationsCreateUserOrganizationBody::new("Acme Corporation")
            .with_parent(t::OrganizationsCreateUserOrganizationBodyParent::new(
                PARENT_ID,
            ))
            .with_profile(organizations_modify_profile())
    }

    /// Built from JSON: only `name` is sent (the other fields are read-only).
    pub fn organizations_modify() -> t::OrganizationsCreateUserOrganizationBody {
        serde_json::from_value(serde_json::json!({"name": "Acme Corp (EMEA)"}))
            .expect("an organization with only a name")
    }

    /// The organization profile.
    pub fn organizations_modify_profile() -> t::Profile {
        t::Profile::new(
            "101 Townsend St, San Francisco, CA 94107, USA",
            "billing@acme.example.com",
            "Acme Corporation",
            "+1 415 555 0100",
            "{\"crm_id\":\"ACME-0042\"}",
        )
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
        t::OrganizationUpdateRequest::new()
            .with_name("Acme Corporation")
            .with_domain(None)
            .with_address(Some(address))
    }
}

/// The contract cases: an account to create.
pub mod contract_cases {
    use contract_cases::types as t;

    /// A new account: the read-only `id` and `created`, required in the schema, are not
    /// required of a request, and the write-only `password` is sent.
    pub fn create_account() -> t::Account {
        t::Account::new("Ann Smith").with_password("correct horse")
    }

    /// The rule the generated example (`examples/cases.rs`) sends: every value satisfies the
    /// schema's pattern, bounds, lengths, format and `minItems`.
    pub fn put_rule() -> t::Rule {
        t::Rule::new(
            "arn:aws:sqs:hq-qacxn-1:363298681730:odFjTY",
            60,
            "example-",
            vec!["example-".into(), "example-".into()],
        )
        .with_contact("jane.doe@example.com")
    }

    /// The job the generated example sends: its role meets the `pattern` and `minLength` of
    /// the `$ref` that AWS wraps in `allOf` with a description.
    pub fn start_job() -> t::Job {
        t::Job::new("arn:=:~m_r,kD)en]8fMUe:M".to_string())
    }

    /// A batch body: `type: array` with `properties` beside `items` is an array.
    pub fn create_batch() -> t::Batch {
        let data =
            std::collections::BTreeMap::from([("first_name".to_string(), "Ann".to_string())]);
        vec![t::Submission::new(data)]
    }

    /// The registration the generated example sends: each value meets a pattern too large
    /// for `regex` to compile whole (`.{16,1024}`, `[\w\d]{17}`, `.{1,1024}`).
    pub fn register_application() -> t::Registration {
        t::Registration::new(
            "[a[\"(tP.@[=:~m_r,k".to_string(),
            vec!["i-cgc15tW9".to_string()],
            vec![t::Source::new("s3://aol.1vi/@[".to_string())],
        )
    }

    /// The definition the generated example sends: every required property at every depth,
    /// the required list of authorizations past the depth limit, and the category's
    /// subcategories (of its own type) empty.
    pub fn put_definition() -> t::Definition {
        let id = "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42";
        let authorization = t::Authorization::new(id, id);
        t::Definition::new(
            t::DefinitionProperties::new(
                t::DefinitionPropertiesLockLevel::CanNotDelete,
                t::Package::new(t::Artifact::new(vec![authorization])),
            ),
            t::Category::new("example-name", Vec::new()),
        )
    }

    /// The rule's code in the generated example.
    pub const RULE_CODE: &str = "HQR-60";
}
