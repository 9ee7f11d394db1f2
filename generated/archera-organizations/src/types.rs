//! The models: request and response types of the API.

/// Error body of the Archera API. (Fields from Archera API examples; the seed page names the schema but does not show it. None is marked required there.)
///
/// Build it with [`ApiErrorResponse::new`] and its `with_*` methods.
#[cfg(feature = "organizations_beta")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApiErrorResponse {
    /// HTTP status code, repeated in the body.
    pub code: Option<i64>,
    /// HTTP status name.
    pub status: Option<String>,
    /// Human-readable description of the error.
    pub message: Option<String>,
    /// Field-level error details, keyed by location or field; may be empty.
    pub errors: Option<serde_json::Map<String, serde_json::Value>>,
}

#[cfg(feature = "organizations_beta")]
impl ApiErrorResponse {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            code: None,
            status: None,
            message: None,
            errors: None,
        }
    }

    /// Sets `code` (the `code` property).
    pub fn with_code(mut self, value: i64) -> Self {
        self.code = Some(value);
        self
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `message` (the `message` property).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `errors` (the `errors` property).
    pub fn with_errors(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.errors = Some(value);
        self
    }
}

#[cfg(feature = "organizations_beta")]
crate::json_object! {
    ApiErrorResponse {
        code: "code" (optional),
        status: "status" (optional),
        message: "message" (optional),
        errors: "errors" (optional),
    }
}

/// An organization the caller can access, with the caller's access in it.
///
/// Build it with [`OrganizationMembership::new`] and its `with_*` methods.
#[cfg(feature = "organizations_beta")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganizationMembership {
    /// Organization ID. Pass as org_id to other tools.
    pub id: String,
    /// Human-readable organization name.
    pub name: String,
    /// Email domain associated with the org (e.g. 'acme.com'), or null if unset. For other org-management fields (postal address, deactivation flag, created_at), use get_organization on a specific org_id.
    pub domain: Option<Option<String>>,
    /// Caller's role in this org: 'user', 'admin', 'support', 'cloud_rep', or 'restricted_user'. Staff users are reported as 'admin' for every active org.
    pub role: OrganizationMembershipRole,
    /// How the caller has access: 'direct' (regular member), 'staff' (staff-level access to every active org), or 'partnership' (inherited via a channel partnership).
    pub kind: OrganizationMembershipKind,
    /// True for the org the caller's tokens default to when no org_id is passed. Matches the earliest-joined direct membership returned by User.active_memberships.
    pub is_primary: bool,
    /// List of Resource:action strings the caller's role is denied (e.g. 'PurchasePlanV2:execute'). Anything not listed is permitted. Use to gate write/destructive recommendations.
    pub denied_permissions: Vec<String>,
}

#[cfg(feature = "organizations_beta")]
impl OrganizationMembership {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        role: OrganizationMembershipRole,
        kind: OrganizationMembershipKind,
        is_primary: bool,
        denied_permissions: Vec<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            domain: None,
            role,
            kind,
            is_primary,
            denied_permissions,
        }
    }

    /// Sets `domain` (the `domain` property); `None` sends `null`.
    pub fn with_domain(mut self, value: Option<String>) -> Self {
        self.domain = Some(value);
        self
    }
}

#[cfg(feature = "organizations_beta")]
crate::json_object! {
    OrganizationMembership {
        id: "id" (required),
        name: "name" (required),
        domain: "domain" (nullable),
        role: "role" (required),
        kind: "kind" (required),
        is_primary: "is_primary" (required),
        denied_permissions: "denied_permissions" (required),
    }
}

/// An organization's management details.
///
/// Build it with [`OrganizationDetail::new`] and its `with_*` methods.
#[cfg(feature = "organizations_beta")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganizationDetail {
    /// Organization ID.
    pub id: uuid::Uuid,
    /// Organization name. Unique across the platform.
    pub name: String,
    /// Email domain associated with the org (e.g. 'acme.com'). Used for domain-based onboarding flows.
    pub domain: Option<Option<String>>,
    /// When the org was created.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The org's primary postal address (optional). The address object's fields are not published in the beta API documentation, so it is a free-form object.
    pub address: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

#[cfg(feature = "organizations_beta")]
impl OrganizationDetail {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        id: uuid::Uuid,
        name: impl Into<String>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name: name.into(),
            domain: None,
            created_at,
            address: None,
        }
    }

    /// Sets `domain` (the `domain` property); `None` sends `null`.
    pub fn with_domain(mut self, value: Option<String>) -> Self {
        self.domain = Some(value);
        self
    }

    /// Sets `address` (the `address` property); `None` sends `null`.
    pub fn with_address(
        mut self,
        value: Option<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.address = Some(value);
        self
    }
}

#[cfg(feature = "organizations_beta")]
crate::json_object! {
    OrganizationDetail {
        id: "id" (required),
        name: "name" (required),
        domain: "domain" (nullable),
        created_at: "created_at" (required),
        address: "address" (nullable),
    }
}

/// Fields to change. Fields left out are unchanged.
///
/// Build it with [`OrganizationUpdateRequest::new`] and its `with_*` methods.
#[cfg(feature = "organizations_beta")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrganizationUpdateRequest {
    /// New organization name.
    pub name: Option<String>,
    /// New email domain, or null to clear.
    pub domain: Option<Option<String>>,
    /// Replacement primary address. Send the full address object. Pass null to clear the existing address. (Fields not published; free-form object.)
    pub address: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

#[cfg(feature = "organizations_beta")]
impl OrganizationUpdateRequest {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            name: None,
            domain: None,
            address: None,
        }
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `domain` (the `domain` property); `None` sends `null`.
    pub fn with_domain(mut self, value: Option<String>) -> Self {
        self.domain = Some(value);
        self
    }

    /// Sets `address` (the `address` property); `None` sends `null`.
    pub fn with_address(
        mut self,
        value: Option<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.address = Some(value);
        self
    }
}

#[cfg(feature = "organizations_beta")]
crate::json_object! {
    OrganizationUpdateRequest {
        name: "name" (optional),
        domain: "domain" (nullable),
        address: "address" (nullable),
    }
}

/// Caller's role in this org: 'user', 'admin', 'support', 'cloud_rep', or 'restricted_user'. Staff users are reported as 'admin' for every active org.
#[cfg(feature = "organizations_beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrganizationMembershipRole {
    /// `user`
    User,
    /// `admin`
    Admin,
    /// `support`
    Support,
    /// `cloud_rep`
    CloudRep,
    /// `restricted_user`
    RestrictedUser,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organizations_beta")]
impl OrganizationMembershipRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Admin => "admin",
            Self::Support => "support",
            Self::CloudRep => "cloud_rep",
            Self::RestrictedUser => "restricted_user",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organizations_beta")]
impl From<&str> for OrganizationMembershipRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "admin" => Self::Admin,
            "support" => Self::Support,
            "cloud_rep" => Self::CloudRep,
            "restricted_user" => Self::RestrictedUser,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organizations_beta")]
impl std::fmt::Display for OrganizationMembershipRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organizations_beta")]
impl serde::Serialize for OrganizationMembershipRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organizations_beta")]
impl<'de> serde::Deserialize<'de> for OrganizationMembershipRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}

/// How the caller has access: 'direct' (regular member), 'staff' (staff-level access to every active org), or 'partnership' (inherited via a channel partnership).
#[cfg(feature = "organizations_beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrganizationMembershipKind {
    /// `direct`
    Direct,
    /// `staff`
    Staff,
    /// `partnership`
    Partnership,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organizations_beta")]
impl OrganizationMembershipKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "direct",
            Self::Staff => "staff",
            Self::Partnership => "partnership",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organizations_beta")]
impl From<&str> for OrganizationMembershipKind {
    fn from(value: &str) -> Self {
        match value {
            "direct" => Self::Direct,
            "staff" => Self::Staff,
            "partnership" => Self::Partnership,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organizations_beta")]
impl std::fmt::Display for OrganizationMembershipKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organizations_beta")]
impl serde::Serialize for OrganizationMembershipKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organizations_beta")]
impl<'de> serde::Deserialize<'de> for OrganizationMembershipKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}
