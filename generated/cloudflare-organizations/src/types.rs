//! The models: request and response types of the API.

/// References an Organization in the Cloudflare data model.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    /// Organization ID
    ///
    /// Read-only: set by the server.
    pub id: String,
    /// The `create_time` property.
    ///
    /// Read-only: set by the server.
    pub create_time: chrono::DateTime<chrono::Utc>,
    /// The `meta` property.
    ///
    /// Read-only: set by the server.
    pub meta: OrganizationMeta,
    /// The `name` property.
    pub name: String,
    /// The `parent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<OrganizationParent>,
    /// The `profile` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
}

/// Enable features for Organizations.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationFlags {
    /// The `account_creation` property.
    pub account_creation: String,
    /// The `account_deletion` property.
    pub account_deletion: String,
    /// The `account_migration` property.
    pub account_migration: String,
    /// The `account_mobility` property.
    pub account_mobility: String,
    /// The `sub_org_creation` property.
    pub sub_org_creation: String,
}

/// `#/components/schemas/Profile`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Profile {
    /// The `business_address` property.
    pub business_address: String,
    /// The `business_email` property.
    pub business_email: String,
    /// The `business_name` property.
    pub business_name: String,
    /// The `business_phone` property.
    pub business_phone: String,
    /// The `external_metadata` property.
    pub external_metadata: String,
}

/// `#/components/schemas/DeleteOrganizationResponse`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteOrganizationResponse {
    /// The `id` property.
    pub id: String,
}

/// `#/components/schemas/V4Message`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V4Message {
    /// The `code` property.
    pub code: i64,
    /// The `message` property.
    pub message: String,
    /// The `documentation_url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<V4MessageSource>,
}

/// `#/components/schemas/V4ErrorResponse`
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V4ErrorResponse {
    /// The `errors` property.
    pub errors: Vec<V4Message>,
    /// The `messages` property.
    pub messages: Vec<V4Message>,
    /// The `result` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `success` property.
    pub success: bool,
}

/// `#/components/schemas/PageTokenResultInfo`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PageTokenResultInfo {
    /// A token which can be sent as "page_token" in the next request to retrieve the next page of results. Omitted when there are no more items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The total number of items that match the provided filters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_size: Option<i64>,
}

/// `#/components/schemas/Organization/properties/meta`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct OrganizationMeta {
    /// The `flags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<OrganizationFlags>,
    /// The `managed_by` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_by: Option<String>,
}

/// `#/components/schemas/Organization/properties/parent`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationParent {
    /// Organization ID
    pub id: String,
    /// The `name` property.
    ///
    /// Read-only: set by the server.
    pub name: String,
}

/// `#/components/schemas/V4Message/properties/source`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct V4MessageSource {
    /// The `pointer` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

/// `#/paths/~1organizations/get/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationListOrganizationsResponse {
    /// The `errors` property.
    pub errors: Vec<serde_json::Map<String, serde_json::Value>>,
    /// The `messages` property.
    pub messages: Vec<V4Message>,
    /// The `result` property.
    pub result: Vec<Organization>,
    /// The `result_info` property.
    pub result_info: PageTokenResultInfo,
    /// The `success` property.
    pub success: bool,
}

/// References an Organization in the Cloudflare data model.
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationsCreateUserOrganizationBody {
    /// Organization ID
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `create_time` property.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `meta` property.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<OrganizationMeta>,
    /// The `name` property.
    pub name: String,
    /// The `parent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<OrganizationsCreateUserOrganizationBodyParent>,
    /// The `profile` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
}

/// `#/paths/~1organizations/post/requestBody/content/application~1json/schema/properties/parent`
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationsCreateUserOrganizationBodyParent {
    /// Organization ID
    pub id: String,
    /// The `name` property.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `#/paths/~1organizations/post/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationsCreateUserOrganizationResponse {
    /// The `errors` property.
    pub errors: Vec<serde_json::Map<String, serde_json::Value>>,
    /// The `messages` property.
    pub messages: Vec<V4Message>,
    /// The `result` property.
    pub result: Organization,
    /// The `success` property.
    pub success: bool,
}

/// `#/paths/~1organizations~1{organization_id}/delete/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationsDeleteResponse {
    /// The `errors` property.
    pub errors: Vec<serde_json::Map<String, serde_json::Value>>,
    /// The `messages` property.
    pub messages: Vec<V4Message>,
    /// The `result` property.
    pub result: DeleteOrganizationResponse,
    /// The `success` property.
    pub success: bool,
}

/// `#/paths/~1organizations~1{organization_id}~1profile/get/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationsGetProfileResponse {
    /// The `errors` property.
    pub errors: Vec<serde_json::Map<String, serde_json::Value>>,
    /// The `messages` property.
    pub messages: Vec<V4Message>,
    /// The `result` property.
    pub result: Profile,
    /// The `success` property.
    pub success: bool,
}
