//! The models: request and response types of the API.

/// References an Organization in the Cloudflare data model.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    /// Organization ID
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `create_time` property.
    ///
    /// Read-only: set by the server.
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `meta` property.
    ///
    /// Read-only: set by the server.
    pub meta: Option<OrganizationMeta>,
    /// The `name` property.
    pub name: String,
    /// The `parent` property.
    pub parent: Option<OrganizationParent>,
    /// The `profile` property.
    pub profile: Option<Profile>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    Organization {
        id: "id" (optional),
        create_time: "create_time" (optional),
        meta: "meta" (optional),
        name: "name" (required),
        parent: "parent" (optional),
        profile: "profile" (optional),
    }
}

/// Enable features for Organizations.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
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

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    OrganizationFlags {
        account_creation: "account_creation" (required),
        account_deletion: "account_deletion" (required),
        account_migration: "account_migration" (required),
        account_mobility: "account_mobility" (required),
        sub_org_creation: "sub_org_creation" (required),
    }
}

/// `#/components/schemas/Profile`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
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

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    Profile {
        business_address: "business_address" (required),
        business_email: "business_email" (required),
        business_name: "business_name" (required),
        business_phone: "business_phone" (required),
        external_metadata: "external_metadata" (required),
    }
}

/// `#/components/schemas/DeleteOrganizationResponse`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationResponse {
    /// The `id` property.
    pub id: String,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    DeleteOrganizationResponse {
        id: "id" (required),
    }
}

/// `#/components/schemas/V4Message`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
pub struct V4Message {
    /// The `code` property.
    ///
    /// At least 1000.
    pub code: i64,
    /// The `message` property.
    pub message: String,
    /// The `documentation_url` property.
    pub documentation_url: Option<String>,
    /// The `source` property.
    pub source: Option<V4MessageSource>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    V4Message {
        code: "code" (required),
        message: "message" (required),
        documentation_url: "documentation_url" (optional),
        source: "source" (optional),
    }
}

/// `#/components/schemas/V4ErrorResponse`
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq)]
pub struct V4ErrorResponse {
    /// The `errors` property.
    pub errors: Vec<V4Message>,
    /// The `messages` property.
    pub messages: Vec<V4Message>,
    /// The `result` property.
    pub result: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `success` property.
    pub success: bool,
}

#[cfg(feature = "organizations")]
crate::json_object! {
    V4ErrorResponse {
        errors: "errors" (required),
        messages: "messages" (required),
        result: "result" (optional),
        success: "success" (required),
    }
}

/// `#/components/schemas/PageTokenResultInfo`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageTokenResultInfo {
    /// A token which can be sent as "page_token" in the next request to retrieve the next page of results. Omitted when there are no more items.
    pub next_page_token: Option<String>,
    /// The total number of items that match the provided filters.
    pub total_size: Option<i64>,
}

#[cfg(feature = "other_models")]
crate::json_object! {
    PageTokenResultInfo {
        next_page_token: "next_page_token" (optional),
        total_size: "total_size" (optional),
    }
}

/// `#/components/schemas/Organization/properties/meta`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationMeta {
    /// The `flags` property.
    pub flags: Option<OrganizationFlags>,
    /// The `managed_by` property.
    pub managed_by: Option<String>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    OrganizationMeta {
        flags: "flags" (optional),
        managed_by: "managed_by" (optional),
    }
}

/// `#/components/schemas/Organization/properties/parent`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationParent {
    /// Organization ID
    pub id: String,
    /// The `name` property.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    OrganizationParent {
        id: "id" (required),
        name: "name" (optional),
    }
}

/// `#/components/schemas/V4Message/properties/source`
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V4MessageSource {
    /// The `pointer` property.
    pub pointer: Option<String>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    V4MessageSource {
        pointer: "pointer" (optional),
    }
}

/// `#/paths/~1organizations/get/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
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

#[cfg(feature = "other_models")]
crate::json_object! {
    OrganizationListOrganizationsResponse {
        errors: "errors" (required),
        messages: "messages" (required),
        result: "result" (required),
        result_info: "result_info" (required),
        success: "success" (required),
    }
}

/// References an Organization in the Cloudflare data model.
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationsCreateUserOrganizationBody {
    /// Organization ID
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `create_time` property.
    ///
    /// Read-only: set by the server.
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `meta` property.
    ///
    /// Read-only: set by the server.
    pub meta: Option<OrganizationMeta>,
    /// The `name` property.
    pub name: String,
    /// The `parent` property.
    pub parent: Option<OrganizationsCreateUserOrganizationBodyParent>,
    /// The `profile` property.
    pub profile: Option<Profile>,
}

#[cfg(feature = "organizations")]
crate::json_object! {
    OrganizationsCreateUserOrganizationBody {
        id: "id" (optional),
        create_time: "create_time" (optional),
        meta: "meta" (optional),
        name: "name" (required),
        parent: "parent" (optional),
        profile: "profile" (optional),
    }
}

/// `#/paths/~1organizations/post/requestBody/content/application~1json/schema/properties/parent`
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationsCreateUserOrganizationBodyParent {
    /// Organization ID
    pub id: String,
    /// The `name` property.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
}

#[cfg(feature = "organizations")]
crate::json_object! {
    OrganizationsCreateUserOrganizationBodyParent {
        id: "id" (required),
        name: "name" (optional),
    }
}

/// `#/paths/~1organizations/post/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
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

#[cfg(feature = "other_models")]
crate::json_object! {
    OrganizationsCreateUserOrganizationResponse {
        errors: "errors" (required),
        messages: "messages" (required),
        result: "result" (required),
        success: "success" (required),
    }
}

/// `#/paths/~1organizations~1{organization_id}/delete/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
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

#[cfg(feature = "other_models")]
crate::json_object! {
    OrganizationsDeleteResponse {
        errors: "errors" (required),
        messages: "messages" (required),
        result: "result" (required),
        success: "success" (required),
    }
}

/// `#/paths/~1organizations~1{organization_id}~1profile/get/responses/200/content/application~1json/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
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

#[cfg(feature = "other_models")]
crate::json_object! {
    OrganizationsGetProfileResponse {
        errors: "errors" (required),
        messages: "messages" (required),
        result: "result" (required),
        success: "success" (required),
    }
}
