//! The models: request and response types of the API.

/// References an Organization in the Cloudflare data model.
///
/// Build it with [`Organization::new`] and its `with_*` methods.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Organization {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            create_time: None,
            meta: None,
            name: name.into(),
            parent: None,
            profile: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `create_time` (the `create_time` property).
    pub fn with_create_time(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.create_time = Some(value);
        self
    }

    /// Sets `meta` (the `meta` property).
    pub fn with_meta(mut self, value: OrganizationMeta) -> Self {
        self.meta = Some(value);
        self
    }

    /// Sets `parent` (the `parent` property).
    pub fn with_parent(mut self, value: OrganizationParent) -> Self {
        self.parent = Some(value);
        self
    }

    /// Sets `profile` (the `profile` property).
    pub fn with_profile(mut self, value: Profile) -> Self {
        self.profile = Some(value);
        self
    }
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
///
/// Build it with [`OrganizationFlags::new`].
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationFlags {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        account_creation: impl Into<String>,
        account_deletion: impl Into<String>,
        account_migration: impl Into<String>,
        account_mobility: impl Into<String>,
        sub_org_creation: impl Into<String>,
    ) -> Self {
        Self {
            account_creation: account_creation.into(),
            account_deletion: account_deletion.into(),
            account_migration: account_migration.into(),
            account_mobility: account_mobility.into(),
            sub_org_creation: sub_org_creation.into(),
        }
    }
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
///
/// Build it with [`Profile::new`].
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Profile {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        business_address: impl Into<String>,
        business_email: impl Into<String>,
        business_name: impl Into<String>,
        business_phone: impl Into<String>,
        external_metadata: impl Into<String>,
    ) -> Self {
        Self {
            business_address: business_address.into(),
            business_email: business_email.into(),
            business_name: business_name.into(),
            business_phone: business_phone.into(),
            external_metadata: external_metadata.into(),
        }
    }
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
///
/// Build it with [`DeleteOrganizationResponse::new`].
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteOrganizationResponse {
    /// The `id` property.
    pub id: String,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
impl DeleteOrganizationResponse {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    DeleteOrganizationResponse {
        id: "id" (required),
    }
}

/// `#/components/schemas/V4Message`
///
/// Build it with [`V4Message::new`] and its `with_*` methods.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl V4Message {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            documentation_url: None,
            source: None,
        }
    }

    /// Sets `documentation_url` (the `documentation_url` property).
    pub fn with_documentation_url(mut self, value: impl Into<String>) -> Self {
        self.documentation_url = Some(value.into());
        self
    }

    /// Sets `source` (the `source` property).
    pub fn with_source(mut self, value: V4MessageSource) -> Self {
        self.source = Some(value);
        self
    }
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
///
/// Build it with [`V4ErrorResponse::new`] and its `with_*` methods.
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl V4ErrorResponse {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(errors: Vec<V4Message>, messages: Vec<V4Message>, success: bool) -> Self {
        Self {
            errors,
            messages,
            result: None,
            success,
        }
    }

    /// Sets `result` (the `result` property).
    pub fn with_result(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.result = Some(value);
        self
    }
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
///
/// Build it with [`PageTokenResultInfo::new`] and its `with_*` methods.
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PageTokenResultInfo {
    /// A token which can be sent as "page_token" in the next request to retrieve the next page of results. Omitted when there are no more items.
    pub next_page_token: Option<String>,
    /// The total number of items that match the provided filters.
    pub total_size: Option<i64>,
}

#[cfg(feature = "other_models")]
impl PageTokenResultInfo {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            next_page_token: None,
            total_size: None,
        }
    }

    /// Sets `next_page_token` (the `next_page_token` property).
    pub fn with_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Sets `total_size` (the `total_size` property).
    pub fn with_total_size(mut self, value: i64) -> Self {
        self.total_size = Some(value);
        self
    }
}

#[cfg(feature = "other_models")]
crate::json_object! {
    PageTokenResultInfo {
        next_page_token: "next_page_token" (optional),
        total_size: "total_size" (optional),
    }
}

/// `#/components/schemas/Organization/properties/meta`
///
/// Build it with [`OrganizationMeta::new`] and its `with_*` methods.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrganizationMeta {
    /// The `flags` property.
    pub flags: Option<OrganizationFlags>,
    /// The `managed_by` property.
    pub managed_by: Option<String>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
impl OrganizationMeta {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            flags: None,
            managed_by: None,
        }
    }

    /// Sets `flags` (the `flags` property).
    pub fn with_flags(mut self, value: OrganizationFlags) -> Self {
        self.flags = Some(value);
        self
    }

    /// Sets `managed_by` (the `managed_by` property).
    pub fn with_managed_by(mut self, value: impl Into<String>) -> Self {
        self.managed_by = Some(value.into());
        self
    }
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    OrganizationMeta {
        flags: "flags" (optional),
        managed_by: "managed_by" (optional),
    }
}

/// `#/components/schemas/Organization/properties/parent`
///
/// Build it with [`OrganizationParent::new`] and its `with_*` methods.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganizationParent {
    /// Organization ID
    pub id: String,
    /// The `name` property.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
impl OrganizationParent {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), name: None }
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    OrganizationParent {
        id: "id" (required),
        name: "name" (optional),
    }
}

/// `#/components/schemas/V4Message/properties/source`
///
/// Build it with [`V4MessageSource::new`] and its `with_*` methods.
#[cfg(any(feature = "organizations", feature = "other_models"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct V4MessageSource {
    /// The `pointer` property.
    pub pointer: Option<String>,
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
impl V4MessageSource {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { pointer: None }
    }

    /// Sets `pointer` (the `pointer` property).
    pub fn with_pointer(mut self, value: impl Into<String>) -> Self {
        self.pointer = Some(value.into());
        self
    }
}

#[cfg(any(feature = "organizations", feature = "other_models"))]
crate::json_object! {
    V4MessageSource {
        pointer: "pointer" (optional),
    }
}

/// `#/paths/~1organizations/get/responses/200/content/application~1json/schema`
///
/// Build it with [`OrganizationListOrganizationsResponse::new`].
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationListOrganizationsResponse {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        errors: Vec<serde_json::Map<String, serde_json::Value>>,
        messages: Vec<V4Message>,
        result: Vec<Organization>,
        result_info: PageTokenResultInfo,
        success: bool,
    ) -> Self {
        Self {
            errors,
            messages,
            result,
            result_info,
            success,
        }
    }
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
///
/// Build it with [`OrganizationsCreateUserOrganizationBody::new`] and its `with_*` methods.
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationsCreateUserOrganizationBody {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            create_time: None,
            meta: None,
            name: name.into(),
            parent: None,
            profile: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `create_time` (the `create_time` property).
    pub fn with_create_time(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.create_time = Some(value);
        self
    }

    /// Sets `meta` (the `meta` property).
    pub fn with_meta(mut self, value: OrganizationMeta) -> Self {
        self.meta = Some(value);
        self
    }

    /// Sets `parent` (the `parent` property).
    pub fn with_parent(
        mut self,
        value: OrganizationsCreateUserOrganizationBodyParent,
    ) -> Self {
        self.parent = Some(value);
        self
    }

    /// Sets `profile` (the `profile` property).
    pub fn with_profile(mut self, value: Profile) -> Self {
        self.profile = Some(value);
        self
    }
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
///
/// Build it with [`OrganizationsCreateUserOrganizationBodyParent::new`] and its `with_*` methods.
#[cfg(feature = "organizations")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganizationsCreateUserOrganizationBodyParent {
    /// Organization ID
    pub id: String,
    /// The `name` property.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
}

#[cfg(feature = "organizations")]
impl OrganizationsCreateUserOrganizationBodyParent {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), name: None }
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

#[cfg(feature = "organizations")]
crate::json_object! {
    OrganizationsCreateUserOrganizationBodyParent {
        id: "id" (required),
        name: "name" (optional),
    }
}

/// `#/paths/~1organizations/post/responses/200/content/application~1json/schema`
///
/// Build it with [`OrganizationsCreateUserOrganizationResponse::new`].
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationsCreateUserOrganizationResponse {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        errors: Vec<serde_json::Map<String, serde_json::Value>>,
        messages: Vec<V4Message>,
        result: Organization,
        success: bool,
    ) -> Self {
        Self {
            errors,
            messages,
            result,
            success,
        }
    }
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
///
/// Build it with [`OrganizationsDeleteResponse::new`].
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationsDeleteResponse {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        errors: Vec<serde_json::Map<String, serde_json::Value>>,
        messages: Vec<V4Message>,
        result: DeleteOrganizationResponse,
        success: bool,
    ) -> Self {
        Self {
            errors,
            messages,
            result,
            success,
        }
    }
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
///
/// Build it with [`OrganizationsGetProfileResponse::new`].
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationsGetProfileResponse {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        errors: Vec<serde_json::Map<String, serde_json::Value>>,
        messages: Vec<V4Message>,
        result: Profile,
        success: bool,
    ) -> Self {
        Self {
            errors,
            messages,
            result,
            success,
        }
    }
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
