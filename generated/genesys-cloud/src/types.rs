//! The models: request and response types of the API.

/// `#/components/schemas/ApprovalNamespace`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ApprovalNamespace {
    /// The namespace of the associated approvers.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<ApprovalNamespaceNamespace>,
    /// The current namespace approval status.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ApprovalNamespaceStatus>,
    /// The type of namespace approval.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ApprovalNamespaceType>,
}

/// `#/components/schemas/AuditQueryResponse`
#[cfg(feature = "organization_authorization")]
pub type AuditQueryResponse = serde_json::Map<String, serde_json::Value>;

/// `#/components/schemas/Chat`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Chat {
    /// The `jabberId` property.
    #[serde(rename = "jabberId", default, skip_serializing_if = "Option::is_none")]
    pub jabber_id: Option<String>,
}

/// `#/components/schemas/Contact`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Contact {
    /// Email address or phone number for this contact type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Formatted version of the address property
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// The `mediaType` property.
    #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<ContactMediaType>,
    /// The `type` property.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ContactType>,
    /// Use internal extension instead of address. Mutually exclusive with the address field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
}

/// `#/components/schemas/Detail`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Detail {
    /// The `errorCode` property.
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The `fieldName` property.
    #[serde(rename = "fieldName", default, skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
    /// The `entityId` property.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// The `entityName` property.
    #[serde(rename = "entityName", default, skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
}

/// `#/components/schemas/Division`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Division {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/DomainRole`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct DomainRole {
    /// The ID of the role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `#/components/schemas/EmbeddedIntegration`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct EmbeddedIntegration {
    /// The `enableWhitelist` property.
    #[serde(
        rename = "enableWhitelist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub enable_whitelist: Option<bool>,
    /// The `domainWhitelist` property.
    #[serde(
        rename = "domainWhitelist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub domain_whitelist: Option<Vec<String>>,
}

/// `#/components/schemas/EnforceScopesSetting`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct EnforceScopesSetting {
    /// The `enforceScopes` property.
    #[serde(rename = "enforceScopes", default, skip_serializing_if = "Option::is_none")]
    pub enforce_scopes: Option<bool>,
}

/// `#/components/schemas/ErrorBody`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ErrorBody {
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `code` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i32>,
    /// The `entityId` property.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// The `entityName` property.
    #[serde(rename = "entityName", default, skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
    /// The `messageWithParams` property.
    #[serde(
        rename = "messageWithParams",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub message_with_params: Option<String>,
    /// The `messageParams` property.
    #[serde(rename = "messageParams", default, skip_serializing_if = "Option::is_none")]
    pub message_params: Option<std::collections::BTreeMap<String, String>>,
    /// The `contextId` property.
    #[serde(rename = "contextId", default, skip_serializing_if = "Option::is_none")]
    pub context_id: Option<String>,
    /// The `details` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<Detail>>,
    /// The `errors` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorBody>>,
    /// The `limit` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<Limit>,
}

/// `#/components/schemas/Facet`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Facet {
    /// The name of the field on which to facet.
    pub name: String,
    /// The type of the facet, DATE or STRING.
    #[serde(rename = "type")]
    pub type_: String,
}

/// `#/components/schemas/FeatureState`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FeatureState {
    /// The `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// `#/components/schemas/FieldConfig`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FieldConfig {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `entityType` property.
    #[serde(rename = "entityType", default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<FieldConfigEntityType>,
    /// The `state` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The `sections` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<Section>>,
    /// The `version` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The `schemaVersion` property.
    #[serde(rename = "schemaVersion", default, skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/FieldList`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FieldList {
    /// The `customLabels` property.
    #[serde(rename = "customLabels", default, skip_serializing_if = "Option::is_none")]
    pub custom_labels: Option<bool>,
    /// The `instructionText` property.
    #[serde(
        rename = "instructionText",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instruction_text: Option<String>,
    /// The `key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `labelKeys` property.
    #[serde(rename = "labelKeys", default, skip_serializing_if = "Option::is_none")]
    pub label_keys: Option<Vec<String>>,
    /// The `params` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    /// The `repeatable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeatable: Option<bool>,
    /// The `state` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The `type` property.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The `required` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The `gdpr` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdpr: Option<bool>,
}

/// `#/components/schemas/Filter`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    /// The name of the field by which to filter.
    pub name: String,
    /// The type of the filter, DATE or STRING.
    #[serde(rename = "type")]
    pub type_: String,
    /// The operation that the filter performs.
    pub operator: String,
    /// The values to make the filter comparison against.
    pub values: Vec<String>,
}

/// `#/components/schemas/Geolocation`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Geolocation {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A string used to describe the type of client the geolocation is being updated from e.g. ios, android, web, etc.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A boolean used to tell whether or not to set this geolocation client as the primary on a PATCH
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// The `latitude` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// The `longitude` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// The `country` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The `region` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The `city` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `locations` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<LocationDefinition>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/Group`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Group {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The group name.
    pub name: String,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateModified", default, skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Number of members.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "memberCount", default, skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
    /// Active, inactive, or deleted state.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<GroupState>,
    /// Current version for this resource.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Type of group.
    #[serde(rename = "type")]
    pub type_: GroupType,
    /// The `images` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<UserImage>>,
    /// The `addresses` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<GroupContact>>,
    /// Are membership rules visible to the person requesting to view the group
    #[serde(rename = "rulesVisible")]
    pub rules_visible: bool,
    /// Who can view this group
    pub visibility: GroupVisibility,
    /// Owners of the group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<User>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/GroupContact`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupContact {
    /// Phone number for this contact type
    pub address: String,
    /// Formatted version of the address property
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Contact type of the address
    #[serde(rename = "type")]
    pub type_: GroupContactType,
    /// Media type of the address
    #[serde(rename = "mediaType")]
    pub media_type: GroupContactMediaType,
}

/// `#/components/schemas/IpAddressAuthentication`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct IpAddressAuthentication {
    /// The `networkWhitelist` property.
    #[serde(
        rename = "networkWhitelist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub network_whitelist: Option<Vec<String>>,
}

/// `#/components/schemas/Limit`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Limit {
    /// The `key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `namespace` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<LimitNamespace>,
    /// The `value` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
}

/// `#/components/schemas/LimitChangeRequest`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LimitChangeRequest {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `key` property.
    pub key: String,
    /// The `namespace` property.
    pub namespace: String,
    /// The `requestedValue` property.
    #[serde(rename = "requestedValue")]
    pub requested_value: f64,
    /// The `description` property.
    pub description: String,
    /// The `supportCaseUrl` property.
    #[serde(rename = "supportCaseUrl")]
    pub support_case_url: String,
    /// The `createdBy` property.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The `selfUri` property.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/LimitChangeRequestDetails`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LimitChangeRequestDetails {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Limit key to be overridden (see https://developer.mypurecloud.com/api/rest/v2/organization/limits.html#available_limits)
    pub key: String,
    /// Namespace the key belongs to (see https://developer.mypurecloud.com/api/rest/v2/organization/limits.html#available_limits)
    pub namespace: LimitChangeRequestDetailsNamespace,
    /// Requested limit value for a given key
    #[serde(rename = "requestedValue")]
    pub requested_value: f64,
    /// Description of the need for the limit change request
    pub description: String,
    /// The support case url created by Care
    #[serde(rename = "supportCaseUrl")]
    pub support_case_url: String,
    /// Current status of the limit change request
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LimitChangeRequestDetailsStatus>,
    /// Current limit value for a given key
    ///
    /// Read-only: set by the server.
    #[serde(rename = "currentValue", default, skip_serializing_if = "Option::is_none")]
    pub current_value: Option<f64>,
    /// The date of the limit change request creation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCreated", default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// List of statuses that a limit change request has gone through
    ///
    /// Read-only: set by the server.
    #[serde(rename = "statusHistory", default, skip_serializing_if = "Option::is_none")]
    pub status_history: Option<Vec<StatusChange>>,
    /// The date of the limit change request completion (ChangeImplemented, Rejected, or RollbackImplemented. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCompleted", default, skip_serializing_if = "Option::is_none")]
    pub date_completed: Option<chrono::DateTime<chrono::Utc>>,
    /// The reason for rejecting the limit override request
    ///
    /// Read-only: set by the server.
    #[serde(rename = "rejectReason", default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<LimitChangeRequestDetailsRejectReason>,
    /// The approval breakdown for this override request.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "approvalNamespaces",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub approval_namespaces: Option<Vec<ApprovalNamespace>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/LimitChangeRequestUpdate`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LimitChangeRequestUpdate {
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `rejectReason` property.
    #[serde(rename = "rejectReason", default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<String>,
    /// The `secondaryApprovalNamespaces` property.
    #[serde(
        rename = "secondaryApprovalNamespaces",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub secondary_approval_namespaces: Option<Vec<String>>,
    /// The `namespace` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// `#/components/schemas/LimitChangeRequestsEntityListing`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LimitChangeRequestsEntityListing {
    /// The `entities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<LimitChangeRequestDetails>>,
    /// The `nextUri` property.
    #[serde(rename = "nextUri", default, skip_serializing_if = "Option::is_none")]
    pub next_uri: Option<String>,
    /// The `selfUri` property.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    #[serde(rename = "previousUri", default, skip_serializing_if = "Option::is_none")]
    pub previous_uri: Option<String>,
}

/// `#/components/schemas/LimitsEntityListing`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LimitsEntityListing {
    /// The `entities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Limit>>,
}

/// `#/components/schemas/Location`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Location {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `floorplanId` property.
    #[serde(rename = "floorplanId", default, skip_serializing_if = "Option::is_none")]
    pub floorplan_id: Option<String>,
    /// The `coordinates` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<std::collections::BTreeMap<String, f64>>,
    /// The `notes` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// The `locationDefinition` property.
    #[serde(
        rename = "locationDefinition",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub location_definition: Option<LocationDefinition>,
}

/// `#/components/schemas/LocationAddress`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LocationAddress {
    /// The `city` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `country` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The `countryName` property.
    #[serde(rename = "countryName", default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    /// The `state` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The `street1` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street1: Option<String>,
    /// The `street2` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street2: Option<String>,
    /// The `zipcode` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
}

/// `#/components/schemas/LocationDefinition`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LocationDefinition {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the Location.
    pub name: String,
    /// The `address` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<LocationAddress>,
    /// The `addressVerified` property.
    #[serde(
        rename = "addressVerified",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub address_verified: Option<bool>,
    /// The `emergencyNumber` property.
    #[serde(
        rename = "emergencyNumber",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub emergency_number: Option<LocationEmergencyNumber>,
    /// Current activity status of the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<LocationDefinitionState>,
    /// The `version` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// The `path` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<Vec<String>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/LocationEmergencyNumber`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LocationEmergencyNumber {
    /// The `e164` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e164: Option<String>,
    /// The `number` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The type of emergency number.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<LocationEmergencyNumberType>,
}

/// `#/components/schemas/MediaSummary`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MediaSummary {
    /// The `contactCenter` property.
    #[serde(rename = "contactCenter", default, skip_serializing_if = "Option::is_none")]
    pub contact_center: Option<MediaSummaryDetail>,
    /// The `enterprise` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<MediaSummaryDetail>,
}

/// `#/components/schemas/MediaSummaryDetail`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MediaSummaryDetail {
    /// The `active` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<i32>,
    /// The `acw` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acw: Option<i32>,
}

/// `#/components/schemas/Migration`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Migration {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The `dateAvailable` property.
    #[serde(rename = "dateAvailable", default, skip_serializing_if = "Option::is_none")]
    pub date_available: Option<String>,
    /// The `dateDue` property.
    #[serde(rename = "dateDue", default, skip_serializing_if = "Option::is_none")]
    pub date_due: Option<String>,
    /// The `configurable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configurable: Option<bool>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `documentationLink` property.
    #[serde(
        rename = "documentationLink",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub documentation_link: Option<String>,
    /// The `displayName` property.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The `selfUri` property.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/MigrationListing`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MigrationListing {
    /// The `entities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Migration>>,
}

/// `#/components/schemas/MigrationState`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MigrationState {
    /// The `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// `#/components/schemas/MigrationUpdate`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MigrationUpdate {
    /// The `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// `#/components/schemas/OrgAuthSettings`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct OrgAuthSettings {
    /// Indicates whether multi-factor authentication is required.
    #[serde(
        rename = "multifactorAuthenticationRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub multifactor_authentication_required: Option<bool>,
    /// Indicates whether the domain allowlist is enabled.
    #[serde(
        rename = "domainAllowlistEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub domain_allowlist_enabled: Option<bool>,
    /// The list of domains that will be allowed to embed Genesys Cloud applications.
    #[serde(
        rename = "domainAllowlist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub domain_allowlist: Option<Vec<String>>,
    /// The list of IP addresses that will be allowed to authenticate with Genesys Cloud.
    #[serde(
        rename = "ipAddressAllowlist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub ip_address_allowlist: Option<Vec<String>>,
    /// The password requirements for the organization.
    #[serde(
        rename = "passwordRequirements",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub password_requirements: Option<PasswordRequirements>,
}

/// `#/components/schemas/OrgUser`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrgUser {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The division to which this entity belongs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<Division>,
    /// The `chat` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<Chat>,
    /// The `department` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Auto populated from addresses.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "primaryContactInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub primary_contact_info: Option<Vec<Contact>>,
    /// Email addresses and phone numbers for this user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Contact>>,
    /// The current state for this user.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<OrgUserState>,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `username` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The `manager` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<User>,
    /// The `images` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<UserImage>>,
    /// Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
    pub version: i32,
    /// ACD routing status
    ///
    /// Read-only: set by the server.
    #[serde(rename = "routingStatus", default, skip_serializing_if = "Option::is_none")]
    pub routing_status: Option<RoutingStatus>,
    /// Active presence
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence: Option<UserPresence>,
    /// Summary of conversion statistics for conversation types.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "conversationSummary",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub conversation_summary: Option<UserConversationSummary>,
    /// Determine if out of office is enabled
    ///
    /// Read-only: set by the server.
    #[serde(rename = "outOfOffice", default, skip_serializing_if = "Option::is_none")]
    pub out_of_office: Option<OutOfOffice>,
    /// Current geolocation position
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Effective, default, and last station information
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station: Option<UserStations>,
    /// Roles and permissions assigned to the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<UserAuthorization>,
    /// Profile skills possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(rename = "profileSkills", default, skip_serializing_if = "Option::is_none")]
    pub profile_skills: Option<Vec<String>>,
    /// The user placement at each site location.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Location>>,
    /// The groups the user is a member of
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<Group>>,
    /// Routing (ACD) skills possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<UserRoutingSkill>>,
    /// Routing (ACD) languages possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<UserRoutingLanguage>>,
    /// acd auto answer
    #[serde(rename = "acdAutoAnswer", default, skip_serializing_if = "Option::is_none")]
    pub acd_auto_answer: Option<bool>,
    /// preferred language by the user
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "languagePreference",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub language_preference: Option<String>,
    /// The `organization` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
}

/// `#/components/schemas/OrgWhitelistSettings`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct OrgWhitelistSettings {
    /// The `enableWhitelist` property.
    #[serde(
        rename = "enableWhitelist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub enable_whitelist: Option<bool>,
    /// The `domainWhitelist` property.
    #[serde(
        rename = "domainWhitelist",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub domain_whitelist: Option<Vec<String>>,
}

/// `#/components/schemas/Organization`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The default language for this organization. Example: 'en'
    #[serde(
        rename = "defaultLanguage",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub default_language: Option<String>,
    /// The default country code for this organization. Example: 'US'
    #[serde(
        rename = "defaultCountryCode",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub default_country_code: Option<String>,
    /// The short name for the organization. This field is globally unique and cannot be changed.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "thirdPartyOrgName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub third_party_org_name: Option<String>,
    /// The `thirdPartyURI` property.
    #[serde(rename = "thirdPartyURI", default, skip_serializing_if = "Option::is_none")]
    pub third_party_uri: Option<String>,
    /// The `domain` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The current version of the organization.
    pub version: i32,
    /// The current state. Examples are active, inactive, deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<OrganizationState>,
    /// The `defaultSiteId` property.
    #[serde(rename = "defaultSiteId", default, skip_serializing_if = "Option::is_none")]
    pub default_site_id: Option<String>,
    /// The `thirdPartyOrgId` property.
    #[serde(
        rename = "thirdPartyOrgId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub third_party_org_id: Option<String>,
    /// The `deletable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletable: Option<bool>,
    /// Email address where support tickets are sent to.
    #[serde(rename = "supportURI", default, skip_serializing_if = "Option::is_none")]
    pub support_uri: Option<String>,
    /// The `voicemailEnabled` property.
    #[serde(
        rename = "voicemailEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub voicemail_enabled: Option<bool>,
    /// Organizations Originating Platform.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "productPlatform",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub product_platform: Option<OrganizationProductPlatform>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
    /// The state of features available for the organization.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<std::collections::BTreeMap<String, bool>>,
}

/// `#/components/schemas/OrganizationCreate`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationCreate {
    /// The `name` property.
    pub name: String,
    /// The `adminUsername` property.
    #[serde(rename = "adminUsername")]
    pub admin_username: String,
    /// The `adminPassword` property.
    #[serde(rename = "adminPassword")]
    pub admin_password: String,
    /// The `domain` property.
    pub domain: String,
    /// The `thirdPartyOrgName` property.
    #[serde(rename = "thirdPartyOrgName")]
    pub third_party_org_name: String,
    /// The `deletable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletable: Option<bool>,
    /// The `organizationType` property.
    #[serde(
        rename = "organizationType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub organization_type: Option<String>,
    /// The `products` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
    /// The `salesforceClient` property.
    #[serde(
        rename = "salesforceClient",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub salesforce_client: Option<bool>,
    /// The `organizationFeatures` property.
    #[serde(
        rename = "organizationFeatures",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub organization_features: Option<std::collections::BTreeMap<String, bool>>,
}

/// `#/components/schemas/OrganizationFeatures`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct OrganizationFeatures {
    /// The `realtimeCIC` property.
    #[serde(rename = "realtimeCIC", default, skip_serializing_if = "Option::is_none")]
    pub realtime_cic: Option<bool>,
    /// The `purecloud` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purecloud: Option<bool>,
    /// The `hipaa` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hipaa: Option<bool>,
    /// The `ucEnabled` property.
    #[serde(rename = "ucEnabled", default, skip_serializing_if = "Option::is_none")]
    pub uc_enabled: Option<bool>,
    /// The `pci` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pci: Option<bool>,
    /// The `purecloudVoice` property.
    #[serde(rename = "purecloudVoice", default, skip_serializing_if = "Option::is_none")]
    pub purecloud_voice: Option<bool>,
    /// The `xmppFederation` property.
    #[serde(rename = "xmppFederation", default, skip_serializing_if = "Option::is_none")]
    pub xmpp_federation: Option<bool>,
    /// The `chat` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<bool>,
    /// The `informalPhotos` property.
    #[serde(rename = "informalPhotos", default, skip_serializing_if = "Option::is_none")]
    pub informal_photos: Option<bool>,
    /// The `directory` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory: Option<bool>,
    /// The `contactCenter` property.
    #[serde(rename = "contactCenter", default, skip_serializing_if = "Option::is_none")]
    pub contact_center: Option<bool>,
    /// The `unifiedCommunications` property.
    #[serde(
        rename = "unifiedCommunications",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub unified_communications: Option<bool>,
    /// The `custserv` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custserv: Option<bool>,
}

/// `#/components/schemas/OutOfOffice`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct OutOfOffice {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `user` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<User>>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `active` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `indefinite` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indefinite: Option<bool>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/PasswordRequirements`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PasswordRequirements {
    /// The `minimumLength` property.
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// The `minimumDigits` property.
    #[serde(rename = "minimumDigits", default, skip_serializing_if = "Option::is_none")]
    pub minimum_digits: Option<i32>,
    /// The `minimumLetters` property.
    #[serde(rename = "minimumLetters", default, skip_serializing_if = "Option::is_none")]
    pub minimum_letters: Option<i32>,
    /// The `minimumUpper` property.
    #[serde(rename = "minimumUpper", default, skip_serializing_if = "Option::is_none")]
    pub minimum_upper: Option<i32>,
    /// The `minimumLower` property.
    #[serde(rename = "minimumLower", default, skip_serializing_if = "Option::is_none")]
    pub minimum_lower: Option<i32>,
    /// The `minimumSpecials` property.
    #[serde(
        rename = "minimumSpecials",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub minimum_specials: Option<i32>,
    /// The `minimumAgeSeconds` property.
    #[serde(
        rename = "minimumAgeSeconds",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub minimum_age_seconds: Option<i32>,
    /// The `expirationDays` property.
    #[serde(rename = "expirationDays", default, skip_serializing_if = "Option::is_none")]
    pub expiration_days: Option<i32>,
}

/// `#/components/schemas/PresenceDefinition`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PresenceDefinition {
    /// description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `systemPresence` property.
    #[serde(rename = "systemPresence", default, skip_serializing_if = "Option::is_none")]
    pub system_presence: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/ResourceConditionNode`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ResourceConditionNode {
    /// The `variableName` property.
    #[serde(rename = "variableName", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// The `conjunction` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conjunction: Option<ResourceConditionNodeConjunction>,
    /// The `operator` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<ResourceConditionNodeOperator>,
    /// The `operands` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operands: Option<Vec<ResourceConditionValue>>,
    /// The `terms` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<ResourceConditionNode>>,
}

/// `#/components/schemas/ResourceConditionValue`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ResourceConditionValue {
    /// The `type` property.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ResourceConditionValueType>,
    /// The `value` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// `#/components/schemas/ResourcePermissionPolicy`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ResourcePermissionPolicy {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `domain` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The `entityName` property.
    #[serde(rename = "entityName", default, skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
    /// The `policyName` property.
    #[serde(rename = "policyName", default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    /// The `policyDescription` property.
    #[serde(
        rename = "policyDescription",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub policy_description: Option<String>,
    /// The `actionSetKey` property.
    #[serde(rename = "actionSetKey", default, skip_serializing_if = "Option::is_none")]
    pub action_set_key: Option<String>,
    /// The `allowConditions` property.
    #[serde(
        rename = "allowConditions",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub allow_conditions: Option<bool>,
    /// The `resourceConditionNode` property.
    #[serde(
        rename = "resourceConditionNode",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub resource_condition_node: Option<ResourceConditionNode>,
    /// The `namedResources` property.
    #[serde(rename = "namedResources", default, skip_serializing_if = "Option::is_none")]
    pub named_resources: Option<Vec<String>>,
    /// The `resourceCondition` property.
    #[serde(
        rename = "resourceCondition",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub resource_condition: Option<String>,
    /// The `actionSet` property.
    #[serde(rename = "actionSet", default, skip_serializing_if = "Option::is_none")]
    pub action_set: Option<Vec<String>>,
}

/// `#/components/schemas/RoutingStatus`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct RoutingStatus {
    /// The userId of the agent
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoutingStatusStatus>,
    /// The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
}

/// `#/components/schemas/Section`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Section {
    /// The `fieldList` property.
    #[serde(rename = "fieldList", default, skip_serializing_if = "Option::is_none")]
    pub field_list: Option<Vec<FieldList>>,
    /// The `instructionText` property.
    #[serde(
        rename = "instructionText",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instruction_text: Option<String>,
    /// The `key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `state` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// `#/components/schemas/StatusChange`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct StatusChange {
    /// The date of this status change. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "dateStatusChanged",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub date_status_changed: Option<chrono::DateTime<chrono::Utc>>,
    /// The status the change request transitioned to
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusChangeStatus>,
    /// The status the change request transitioned from
    ///
    /// Read-only: set by the server.
    #[serde(rename = "previousStatus", default, skip_serializing_if = "Option::is_none")]
    pub previous_status: Option<StatusChangePreviousStatus>,
    /// The namespace for the status change
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<StatusChangeNamespace>,
    /// A short message describing the status change
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The reason for rejecting the limit override request
    ///
    /// Read-only: set by the server.
    #[serde(rename = "rejectReason", default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<LimitChangeRequestDetailsRejectReason>,
}

/// `#/components/schemas/TrustCreate`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrustCreate {
    /// The pairing Id created by the trustee. This is required to prove that the trustee agrees to the relationship.
    #[serde(rename = "pairingId")]
    pub pairing_id: String,
    /// If disabled no trustee user will have access, even if they were previously added.
    pub enabled: bool,
    /// The list of users and their roles to which access will be granted. The users are from the trustee and the roles are from the trustor. If no users are specified, at least one group is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<TrustMemberCreate>>,
    /// The list of groups and their roles to which access will be granted. The groups are from the trustee and the roles are from the trustor. If no groups are specified, at least one user is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<TrustMemberCreate>>,
}

/// `#/components/schemas/TrustEntityListing`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrustEntityListing {
    /// The `entities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Trustee>>,
    /// The `pageSize` property.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// The `pageNumber` property.
    #[serde(rename = "pageNumber", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i32>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// The `firstUri` property.
    #[serde(rename = "firstUri", default, skip_serializing_if = "Option::is_none")]
    pub first_uri: Option<String>,
    /// The `selfUri` property.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    #[serde(rename = "previousUri", default, skip_serializing_if = "Option::is_none")]
    pub previous_uri: Option<String>,
    /// The `nextUri` property.
    #[serde(rename = "nextUri", default, skip_serializing_if = "Option::is_none")]
    pub next_uri: Option<String>,
    /// The `lastUri` property.
    #[serde(rename = "lastUri", default, skip_serializing_if = "Option::is_none")]
    pub last_uri: Option<String>,
    /// The `pageCount` property.
    #[serde(rename = "pageCount", default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i32>,
}

/// `#/components/schemas/TrustGroup`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrustGroup {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The group name.
    pub name: String,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateModified", default, skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Number of members.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "memberCount", default, skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
    /// Active, inactive, or deleted state.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<GroupState>,
    /// Current version for this resource.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Type of group.
    #[serde(rename = "type")]
    pub type_: GroupType,
    /// The `images` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<UserImage>>,
    /// The `addresses` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<GroupContact>>,
    /// Are membership rules visible to the person requesting to view the group
    #[serde(rename = "rulesVisible")]
    pub rules_visible: bool,
    /// Who can view this group
    pub visibility: GroupVisibility,
    /// Owners of the group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<User>>,
    /// The date on which the trusted group was added. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCreated", default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// The user that added trusted group.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<OrgUser>,
}

/// `#/components/schemas/TrustMemberCreate`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrustMemberCreate {
    /// Trustee User or Group Id
    pub id: String,
    /// The list of trustor organization roles granting this user or group access.
    #[serde(rename = "roleIds")]
    pub role_ids: Vec<String>,
}

/// `#/components/schemas/TrustRequest`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrustRequest {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// User who created this request.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<OrgUser>,
    /// Date request was created. There is a 48 hour expiration on all requests. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCreated", default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// Trustee organization who generated this request.
    ///
    /// Read-only: set by the server.
    pub trustee: Organization,
    /// The list of trustee users that are requesting access.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<OrgUser>>,
    /// The list of trustee groups that are requesting access.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<TrustGroup>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/TrustRequestCreate`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrustRequestCreate {
    /// The list of trustee users that are requesting access. If no users are specified, at least one group is required.
    #[serde(rename = "userIds", default, skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// The list of trustee groups that are requesting access. If no groups are specified, at least one user is required.
    #[serde(rename = "groupIds", default, skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<Vec<String>>,
}

/// `#/components/schemas/TrustUser`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrustUser {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The division to which this entity belongs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<Division>,
    /// The `chat` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<Chat>,
    /// The `department` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Auto populated from addresses.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "primaryContactInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub primary_contact_info: Option<Vec<Contact>>,
    /// Email addresses and phone numbers for this user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Contact>>,
    /// The current state for this user.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<OrgUserState>,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `username` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The `manager` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<User>,
    /// The `images` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<UserImage>>,
    /// Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
    pub version: i32,
    /// ACD routing status
    ///
    /// Read-only: set by the server.
    #[serde(rename = "routingStatus", default, skip_serializing_if = "Option::is_none")]
    pub routing_status: Option<RoutingStatus>,
    /// Active presence
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence: Option<UserPresence>,
    /// Summary of conversion statistics for conversation types.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "conversationSummary",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub conversation_summary: Option<UserConversationSummary>,
    /// Determine if out of office is enabled
    ///
    /// Read-only: set by the server.
    #[serde(rename = "outOfOffice", default, skip_serializing_if = "Option::is_none")]
    pub out_of_office: Option<OutOfOffice>,
    /// Current geolocation position
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Effective, default, and last station information
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station: Option<UserStations>,
    /// Roles and permissions assigned to the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<UserAuthorization>,
    /// Profile skills possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(rename = "profileSkills", default, skip_serializing_if = "Option::is_none")]
    pub profile_skills: Option<Vec<String>>,
    /// The user placement at each site location.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Location>>,
    /// The groups the user is a member of
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<Group>>,
    /// Routing (ACD) skills possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<UserRoutingSkill>>,
    /// Routing (ACD) languages possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<UserRoutingLanguage>>,
    /// acd auto answer
    #[serde(rename = "acdAutoAnswer", default, skip_serializing_if = "Option::is_none")]
    pub acd_auto_answer: Option<bool>,
    /// preferred language by the user
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "languagePreference",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub language_preference: Option<String>,
    /// The `trustUserDetails` property.
    #[serde(
        rename = "trustUserDetails",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub trust_user_details: Option<TrustUserDetails>,
}

/// `#/components/schemas/TrustUserDetails`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrustUserDetails {
    /// Date Trust User was added. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCreated", default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// User that added trusted user.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<OrgUser>,
}

/// `#/components/schemas/TrustUserEntityListing`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrustUserEntityListing {
    /// The `entities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<TrustUser>>,
    /// The `pageSize` property.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// The `pageNumber` property.
    #[serde(rename = "pageNumber", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i32>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// The `firstUri` property.
    #[serde(rename = "firstUri", default, skip_serializing_if = "Option::is_none")]
    pub first_uri: Option<String>,
    /// The `selfUri` property.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    #[serde(rename = "previousUri", default, skip_serializing_if = "Option::is_none")]
    pub previous_uri: Option<String>,
    /// The `nextUri` property.
    #[serde(rename = "nextUri", default, skip_serializing_if = "Option::is_none")]
    pub next_uri: Option<String>,
    /// The `lastUri` property.
    #[serde(rename = "lastUri", default, skip_serializing_if = "Option::is_none")]
    pub last_uri: Option<String>,
    /// The `pageCount` property.
    #[serde(rename = "pageCount", default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i32>,
}

/// `#/components/schemas/Trustee`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Trustee {
    /// Organization Id for this trust.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// If disabled no trustee user will have access, even if they were previously added.
    pub enabled: bool,
    /// Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCreated", default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// User that created trust.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<OrgUser>,
    /// Organization associated with this trust.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/TrusteeAuditQueryRequest`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrusteeAuditQueryRequest {
    /// Limit returned audits to these trustee organizationIds.
    #[serde(rename = "trusteeOrganizationIds")]
    pub trustee_organization_ids: Vec<String>,
    /// Limit returned audits to these trustee userIds.
    #[serde(rename = "trusteeUserIds")]
    pub trustee_user_ids: Vec<String>,
    /// Starting date/time for the audit search. ISO-8601 formatted date-time, UTC.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Ending date/time for the audit search. ISO-8601 formatted date-time, UTC.
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Word or phrase to look for in audit bodies.
    #[serde(rename = "queryPhrase", default, skip_serializing_if = "Option::is_none")]
    pub query_phrase: Option<String>,
    /// Facet information to be returned with the query results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facets: Option<Vec<Facet>>,
    /// Additional custom filters to be applied to the query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

/// `#/components/schemas/TrusteeAuthorization`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrusteeAuthorization {
    /// Permissions that the trustee user has in the trustor organization
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

/// `#/components/schemas/Trustor`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Trustor {
    /// Organization Id for this trust.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// If disabled no trustee user will have access, even if they were previously added.
    pub enabled: bool,
    /// Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    #[serde(rename = "dateCreated", default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// User that created trust.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<OrgUser>,
    /// Organization associated with this trust.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
    /// Authorization for the trustee user has in this trustor organization
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<TrusteeAuthorization>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/TrustorAuditQueryRequest`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrustorAuditQueryRequest {
    /// Limit returned audits to this trustor organizationId.
    #[serde(rename = "trustorOrganizationId")]
    pub trustor_organization_id: String,
    /// Limit returned audits to these trustee userIds.
    #[serde(rename = "trusteeUserIds")]
    pub trustee_user_ids: Vec<String>,
    /// Starting date/time for the audit search. ISO-8601 formatted date-time, UTC.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Ending date/time for the audit search. ISO-8601 formatted date-time, UTC.
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Word or phrase to look for in audit bodies.
    #[serde(rename = "queryPhrase", default, skip_serializing_if = "Option::is_none")]
    pub query_phrase: Option<String>,
    /// Facet information to be returned with the query results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facets: Option<Vec<Facet>>,
    /// Additional custom filters to be applied to the query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

/// `#/components/schemas/TrustorEntityListing`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrustorEntityListing {
    /// The `entities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Trustor>>,
    /// The `pageSize` property.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// The `pageNumber` property.
    #[serde(rename = "pageNumber", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i32>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// The `firstUri` property.
    #[serde(rename = "firstUri", default, skip_serializing_if = "Option::is_none")]
    pub first_uri: Option<String>,
    /// The `selfUri` property.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    #[serde(rename = "previousUri", default, skip_serializing_if = "Option::is_none")]
    pub previous_uri: Option<String>,
    /// The `nextUri` property.
    #[serde(rename = "nextUri", default, skip_serializing_if = "Option::is_none")]
    pub next_uri: Option<String>,
    /// The `lastUri` property.
    #[serde(rename = "lastUri", default, skip_serializing_if = "Option::is_none")]
    pub last_uri: Option<String>,
    /// The `pageCount` property.
    #[serde(rename = "pageCount", default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i32>,
}

/// `#/components/schemas/UrlResponse`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UrlResponse {
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `#/components/schemas/User`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The division to which this entity belongs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<Division>,
    /// The `chat` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<Chat>,
    /// The `department` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Auto populated from addresses.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "primaryContactInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub primary_contact_info: Option<Vec<Contact>>,
    /// Email addresses and phone numbers for this user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Contact>>,
    /// The current state for this user.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<OrgUserState>,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `username` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The `manager` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<Box<User>>,
    /// The `images` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<UserImage>>,
    /// Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
    pub version: i32,
    /// ACD routing status
    ///
    /// Read-only: set by the server.
    #[serde(rename = "routingStatus", default, skip_serializing_if = "Option::is_none")]
    pub routing_status: Option<RoutingStatus>,
    /// Active presence
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence: Option<UserPresence>,
    /// Summary of conversion statistics for conversation types.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "conversationSummary",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub conversation_summary: Option<UserConversationSummary>,
    /// Determine if out of office is enabled
    ///
    /// Read-only: set by the server.
    #[serde(rename = "outOfOffice", default, skip_serializing_if = "Option::is_none")]
    pub out_of_office: Option<Box<OutOfOffice>>,
    /// Current geolocation position
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Effective, default, and last station information
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station: Option<Box<UserStations>>,
    /// Roles and permissions assigned to the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<UserAuthorization>,
    /// Profile skills possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(rename = "profileSkills", default, skip_serializing_if = "Option::is_none")]
    pub profile_skills: Option<Vec<String>>,
    /// The user placement at each site location.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Location>>,
    /// The groups the user is a member of
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<Group>>,
    /// Routing (ACD) skills possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<UserRoutingSkill>>,
    /// Routing (ACD) languages possessed by the user
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<UserRoutingLanguage>>,
    /// acd auto answer
    #[serde(rename = "acdAutoAnswer", default, skip_serializing_if = "Option::is_none")]
    pub acd_auto_answer: Option<bool>,
    /// preferred language by the user
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "languagePreference",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub language_preference: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/UserAuthorization`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserAuthorization {
    /// The `roles` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<DomainRole>>,
    /// A collection of the permissions granted by all assigned roles
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// The policies configured for assigned permissions.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "permissionPolicies",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub permission_policies: Option<Vec<ResourcePermissionPolicy>>,
}

/// `#/components/schemas/UserConversationSummary`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserConversationSummary {
    /// The `userId` property.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The `call` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<MediaSummary>,
    /// The `callback` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback: Option<MediaSummary>,
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<MediaSummary>,
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<MediaSummary>,
    /// The `chat` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<MediaSummary>,
    /// The `socialExpression` property.
    #[serde(
        rename = "socialExpression",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub social_expression: Option<MediaSummary>,
    /// The `video` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<MediaSummary>,
}

/// `#/components/schemas/UserImage`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserImage {
    /// Height and/or width of image. ex: 640x480 or x128
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// The `imageUri` property.
    #[serde(rename = "imageUri", default, skip_serializing_if = "Option::is_none")]
    pub image_uri: Option<String>,
}

/// `#/components/schemas/UserPresence`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserPresence {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Represents the source where the Presence was set. Some examples are: PURECLOUD, LYNC, OUTLOOK, etc.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// A boolean used to tell whether or not to set this presence source as the primary on a PATCH
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// The `presenceDefinition` property.
    #[serde(
        rename = "presenceDefinition",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub presence_definition: Option<PresenceDefinition>,
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    #[serde(rename = "modifiedDate", default, skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/UserRoutingLanguage`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserRoutingLanguage {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular language. It is used when a queue is set to "Best available language" mode to allow acd interactions to target agents with higher proficiency ratings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<f64>,
    /// Activate or deactivate this routing langauge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<UserRoutingLanguageState>,
    /// URI to the organization language used by this user langauge.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "languageUri", default, skip_serializing_if = "Option::is_none")]
    pub language_uri: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/UserRoutingSkill`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserRoutingSkill {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<f64>,
    /// Activate or deactivate this routing skill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<UserRoutingSkillState>,
    /// URI to the organization skill used by this user skill.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "skillUri", default, skip_serializing_if = "Option::is_none")]
    pub skill_uri: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    #[serde(rename = "selfUri", default, skip_serializing_if = "Option::is_none")]
    pub self_uri: Option<String>,
}

/// `#/components/schemas/UserStation`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserStation {
    /// A globally unique identifier for this station
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `type` property.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The `associatedUser` property.
    #[serde(rename = "associatedUser", default, skip_serializing_if = "Option::is_none")]
    pub associated_user: Option<Box<User>>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    #[serde(rename = "associatedDate", default, skip_serializing_if = "Option::is_none")]
    pub associated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `defaultUser` property.
    #[serde(rename = "defaultUser", default, skip_serializing_if = "Option::is_none")]
    pub default_user: Option<Box<User>>,
    /// Provider-specific info for this station, e.g. { "edgeGroupId": "ffe7b15c-a9cc-4f4c-88f5-781327819a49" }
    #[serde(rename = "providerInfo", default, skip_serializing_if = "Option::is_none")]
    pub provider_info: Option<std::collections::BTreeMap<String, String>>,
}

/// `#/components/schemas/UserStations`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserStations {
    /// Current associated station for this user.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "associatedStation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub associated_station: Option<Box<UserStation>>,
    /// The station where the user can be reached based on their default and associated station.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "effectiveStation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub effective_station: Option<Box<UserStation>>,
    /// Default station to be used if not associated with a station.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "defaultStation", default, skip_serializing_if = "Option::is_none")]
    pub default_station: Option<Box<UserStation>>,
    /// Last associated station for this user.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "lastAssociatedStation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_associated_station: Option<Box<UserStation>>,
}

/// The namespace of the associated approvers.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalNamespaceNamespace {
    /// `agent.assistant`
    AgentAssistant,
    /// `analytics.alerting`
    AnalyticsAlerting,
    /// `analytics`
    Analytics,
    /// `analytics.realtime`
    AnalyticsRealtime,
    /// `analytics.reporting.settings`
    AnalyticsReportingSettings,
    /// `architect`
    Architect,
    /// `audiohook`
    Audiohook,
    /// `audit`
    Audit,
    /// `auth.api`
    AuthApi,
    /// `authorization`
    Authorization,
    /// `automation.testing`
    AutomationTesting,
    /// `bots`
    Bots,
    /// `bots.voice`
    BotsVoice,
    /// `callback`
    Callback,
    /// `cobrowse`
    Cobrowse,
    /// `content.management`
    ContentManagement,
    /// `conversation`
    Conversation,
    /// `dataactions`
    Dataactions,
    /// `datatables`
    Datatables,
    /// `directory`
    Directory,
    /// `email`
    Email,
    /// `event.orchestration`
    EventOrchestration,
    /// `external.contacts`
    ExternalContacts,
    /// `gcv`
    Gcv,
    /// `gdpr`
    Gdpr,
    /// `groups`
    Groups,
    /// `historical.adherence`
    HistoricalAdherence,
    /// `infrastructureascode`
    Infrastructureascode,
    /// `integrations`
    Integrations,
    /// `intent.miner`
    IntentMiner,
    /// `journey`
    Journey,
    /// `knowledge`
    Knowledge,
    /// `language.understanding`
    LanguageUnderstanding,
    /// `learning`
    Learning,
    /// `limit.registry`
    LimitRegistry,
    /// `marketplace`
    Marketplace,
    /// `media.communications`
    MediaCommunications,
    /// `messaging`
    Messaging,
    /// `notifications`
    Notifications,
    /// `onboarding`
    Onboarding,
    /// `outbound`
    Outbound,
    /// `platform.api`
    PlatformApi,
    /// `predictive.routing`
    PredictiveRouting,
    /// `presence`
    Presence,
    /// `quality`
    Quality,
    /// `recording`
    Recording,
    /// `response.management`
    ResponseManagement,
    /// `routing`
    Routing,
    /// `scim`
    Scim,
    /// `search`
    Search,
    /// `secondary.automation.testing`
    SecondaryAutomationTesting,
    /// `skills`
    Skills,
    /// `speech.and.text.analytics`
    SpeechAndTextAnalytics,
    /// `speech.integration`
    SpeechIntegration,
    /// `supportability`
    Supportability,
    /// `task.management`
    TaskManagement,
    /// `telephony.configuration`
    TelephonyConfiguration,
    /// `usage`
    Usage,
    /// `users`
    Users,
    /// `web.deployments`
    WebDeployments,
    /// `web.messaging`
    WebMessaging,
    /// `webchat`
    Webchat,
    /// `webhooks`
    Webhooks,
    /// `workforce.management`
    WorkforceManagement,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl ApprovalNamespaceNamespace {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentAssistant => "agent.assistant",
            Self::AnalyticsAlerting => "analytics.alerting",
            Self::Analytics => "analytics",
            Self::AnalyticsRealtime => "analytics.realtime",
            Self::AnalyticsReportingSettings => "analytics.reporting.settings",
            Self::Architect => "architect",
            Self::Audiohook => "audiohook",
            Self::Audit => "audit",
            Self::AuthApi => "auth.api",
            Self::Authorization => "authorization",
            Self::AutomationTesting => "automation.testing",
            Self::Bots => "bots",
            Self::BotsVoice => "bots.voice",
            Self::Callback => "callback",
            Self::Cobrowse => "cobrowse",
            Self::ContentManagement => "content.management",
            Self::Conversation => "conversation",
            Self::Dataactions => "dataactions",
            Self::Datatables => "datatables",
            Self::Directory => "directory",
            Self::Email => "email",
            Self::EventOrchestration => "event.orchestration",
            Self::ExternalContacts => "external.contacts",
            Self::Gcv => "gcv",
            Self::Gdpr => "gdpr",
            Self::Groups => "groups",
            Self::HistoricalAdherence => "historical.adherence",
            Self::Infrastructureascode => "infrastructureascode",
            Self::Integrations => "integrations",
            Self::IntentMiner => "intent.miner",
            Self::Journey => "journey",
            Self::Knowledge => "knowledge",
            Self::LanguageUnderstanding => "language.understanding",
            Self::Learning => "learning",
            Self::LimitRegistry => "limit.registry",
            Self::Marketplace => "marketplace",
            Self::MediaCommunications => "media.communications",
            Self::Messaging => "messaging",
            Self::Notifications => "notifications",
            Self::Onboarding => "onboarding",
            Self::Outbound => "outbound",
            Self::PlatformApi => "platform.api",
            Self::PredictiveRouting => "predictive.routing",
            Self::Presence => "presence",
            Self::Quality => "quality",
            Self::Recording => "recording",
            Self::ResponseManagement => "response.management",
            Self::Routing => "routing",
            Self::Scim => "scim",
            Self::Search => "search",
            Self::SecondaryAutomationTesting => "secondary.automation.testing",
            Self::Skills => "skills",
            Self::SpeechAndTextAnalytics => "speech.and.text.analytics",
            Self::SpeechIntegration => "speech.integration",
            Self::Supportability => "supportability",
            Self::TaskManagement => "task.management",
            Self::TelephonyConfiguration => "telephony.configuration",
            Self::Usage => "usage",
            Self::Users => "users",
            Self::WebDeployments => "web.deployments",
            Self::WebMessaging => "web.messaging",
            Self::Webchat => "webchat",
            Self::Webhooks => "webhooks",
            Self::WorkforceManagement => "workforce.management",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for ApprovalNamespaceNamespace {
    fn from(value: &str) -> Self {
        match value {
            "agent.assistant" => Self::AgentAssistant,
            "analytics.alerting" => Self::AnalyticsAlerting,
            "analytics" => Self::Analytics,
            "analytics.realtime" => Self::AnalyticsRealtime,
            "analytics.reporting.settings" => Self::AnalyticsReportingSettings,
            "architect" => Self::Architect,
            "audiohook" => Self::Audiohook,
            "audit" => Self::Audit,
            "auth.api" => Self::AuthApi,
            "authorization" => Self::Authorization,
            "automation.testing" => Self::AutomationTesting,
            "bots" => Self::Bots,
            "bots.voice" => Self::BotsVoice,
            "callback" => Self::Callback,
            "cobrowse" => Self::Cobrowse,
            "content.management" => Self::ContentManagement,
            "conversation" => Self::Conversation,
            "dataactions" => Self::Dataactions,
            "datatables" => Self::Datatables,
            "directory" => Self::Directory,
            "email" => Self::Email,
            "event.orchestration" => Self::EventOrchestration,
            "external.contacts" => Self::ExternalContacts,
            "gcv" => Self::Gcv,
            "gdpr" => Self::Gdpr,
            "groups" => Self::Groups,
            "historical.adherence" => Self::HistoricalAdherence,
            "infrastructureascode" => Self::Infrastructureascode,
            "integrations" => Self::Integrations,
            "intent.miner" => Self::IntentMiner,
            "journey" => Self::Journey,
            "knowledge" => Self::Knowledge,
            "language.understanding" => Self::LanguageUnderstanding,
            "learning" => Self::Learning,
            "limit.registry" => Self::LimitRegistry,
            "marketplace" => Self::Marketplace,
            "media.communications" => Self::MediaCommunications,
            "messaging" => Self::Messaging,
            "notifications" => Self::Notifications,
            "onboarding" => Self::Onboarding,
            "outbound" => Self::Outbound,
            "platform.api" => Self::PlatformApi,
            "predictive.routing" => Self::PredictiveRouting,
            "presence" => Self::Presence,
            "quality" => Self::Quality,
            "recording" => Self::Recording,
            "response.management" => Self::ResponseManagement,
            "routing" => Self::Routing,
            "scim" => Self::Scim,
            "search" => Self::Search,
            "secondary.automation.testing" => Self::SecondaryAutomationTesting,
            "skills" => Self::Skills,
            "speech.and.text.analytics" => Self::SpeechAndTextAnalytics,
            "speech.integration" => Self::SpeechIntegration,
            "supportability" => Self::Supportability,
            "task.management" => Self::TaskManagement,
            "telephony.configuration" => Self::TelephonyConfiguration,
            "usage" => Self::Usage,
            "users" => Self::Users,
            "web.deployments" => Self::WebDeployments,
            "web.messaging" => Self::WebMessaging,
            "webchat" => Self::Webchat,
            "webhooks" => Self::Webhooks,
            "workforce.management" => Self::WorkforceManagement,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for ApprovalNamespaceNamespace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for ApprovalNamespaceNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for ApprovalNamespaceNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The current namespace approval status.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalNamespaceStatus {
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `Rollback`
    Rollback,
    /// `Pending`
    Pending,
    /// `Open`
    Open,
    /// `SecondaryApprovalNamespacesAdded`
    SecondaryApprovalNamespacesAdded,
    /// `ReviewerApproved`
    ReviewerApproved,
    /// `ReviewerRejected`
    ReviewerRejected,
    /// `ReviewerRollback`
    ReviewerRollback,
    /// `ImplementingChange`
    ImplementingChange,
    /// `ChangeImplemented`
    ChangeImplemented,
    /// `ImplementingRollback`
    ImplementingRollback,
    /// `RollbackImplemented`
    RollbackImplemented,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl ApprovalNamespaceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::Rollback => "Rollback",
            Self::Pending => "Pending",
            Self::Open => "Open",
            Self::SecondaryApprovalNamespacesAdded => "SecondaryApprovalNamespacesAdded",
            Self::ReviewerApproved => "ReviewerApproved",
            Self::ReviewerRejected => "ReviewerRejected",
            Self::ReviewerRollback => "ReviewerRollback",
            Self::ImplementingChange => "ImplementingChange",
            Self::ChangeImplemented => "ChangeImplemented",
            Self::ImplementingRollback => "ImplementingRollback",
            Self::RollbackImplemented => "RollbackImplemented",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for ApprovalNamespaceStatus {
    fn from(value: &str) -> Self {
        match value {
            "Approved" => Self::Approved,
            "Rejected" => Self::Rejected,
            "Rollback" => Self::Rollback,
            "Pending" => Self::Pending,
            "Open" => Self::Open,
            "SecondaryApprovalNamespacesAdded" => Self::SecondaryApprovalNamespacesAdded,
            "ReviewerApproved" => Self::ReviewerApproved,
            "ReviewerRejected" => Self::ReviewerRejected,
            "ReviewerRollback" => Self::ReviewerRollback,
            "ImplementingChange" => Self::ImplementingChange,
            "ChangeImplemented" => Self::ChangeImplemented,
            "ImplementingRollback" => Self::ImplementingRollback,
            "RollbackImplemented" => Self::RollbackImplemented,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for ApprovalNamespaceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for ApprovalNamespaceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for ApprovalNamespaceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The type of namespace approval.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalNamespaceType {
    /// `Primary`
    Primary,
    /// `Secondary`
    Secondary,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl ApprovalNamespaceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "Primary",
            Self::Secondary => "Secondary",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for ApprovalNamespaceType {
    fn from(value: &str) -> Self {
        match value {
            "Primary" => Self::Primary,
            "Secondary" => Self::Secondary,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for ApprovalNamespaceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for ApprovalNamespaceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for ApprovalNamespaceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/Contact/properties/mediaType`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactMediaType {
    /// `PHONE`
    Phone,
    /// `EMAIL`
    Email,
    /// `SMS`
    Sms,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl ContactMediaType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Phone => "PHONE",
            Self::Email => "EMAIL",
            Self::Sms => "SMS",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for ContactMediaType {
    fn from(value: &str) -> Self {
        match value {
            "PHONE" => Self::Phone,
            "EMAIL" => Self::Email,
            "SMS" => Self::Sms,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for ContactMediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for ContactMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for ContactMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/Contact/properties/type`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactType {
    /// `PRIMARY`
    Primary,
    /// `WORK`
    Work,
    /// `WORK2`
    Work2,
    /// `WORK3`
    Work3,
    /// `WORK4`
    Work4,
    /// `HOME`
    Home,
    /// `MOBILE`
    Mobile,
    /// `MAIN`
    Main,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl ContactType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::Work => "WORK",
            Self::Work2 => "WORK2",
            Self::Work3 => "WORK3",
            Self::Work4 => "WORK4",
            Self::Home => "HOME",
            Self::Mobile => "MOBILE",
            Self::Main => "MAIN",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for ContactType {
    fn from(value: &str) -> Self {
        match value {
            "PRIMARY" => Self::Primary,
            "WORK" => Self::Work,
            "WORK2" => Self::Work2,
            "WORK3" => Self::Work3,
            "WORK4" => Self::Work4,
            "HOME" => Self::Home,
            "MOBILE" => Self::Mobile,
            "MAIN" => Self::Main,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for ContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for ContactType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for ContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/FieldConfig/properties/entityType`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldConfigEntityType {
    /// `person`
    Person,
    /// `group`
    Group,
    /// `org`
    Org,
    /// `externalContact`
    ExternalContact,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl FieldConfigEntityType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Person => "person",
            Self::Group => "group",
            Self::Org => "org",
            Self::ExternalContact => "externalContact",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for FieldConfigEntityType {
    fn from(value: &str) -> Self {
        match value {
            "person" => Self::Person,
            "group" => Self::Group,
            "org" => Self::Org,
            "externalContact" => Self::ExternalContact,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for FieldConfigEntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for FieldConfigEntityType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for FieldConfigEntityType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Active, inactive, or deleted state.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `deleted`
    Deleted,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl GroupState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for GroupState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for GroupState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for GroupState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for GroupState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Type of group.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupType {
    /// `official`
    Official,
    /// `social`
    Social,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl GroupType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Official => "official",
            Self::Social => "social",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for GroupType {
    fn from(value: &str) -> Self {
        match value {
            "official" => Self::Official,
            "social" => Self::Social,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for GroupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for GroupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for GroupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Who can view this group
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupVisibility {
    /// `public`
    Public,
    /// `owners`
    Owners,
    /// `members`
    Members,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl GroupVisibility {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Owners => "owners",
            Self::Members => "members",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for GroupVisibility {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "owners" => Self::Owners,
            "members" => Self::Members,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for GroupVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for GroupVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for GroupVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Contact type of the address
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupContactType {
    /// `GROUPRING`
    Groupring,
    /// `GROUPPHONE`
    Groupphone,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl GroupContactType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Groupring => "GROUPRING",
            Self::Groupphone => "GROUPPHONE",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for GroupContactType {
    fn from(value: &str) -> Self {
        match value {
            "GROUPRING" => Self::Groupring,
            "GROUPPHONE" => Self::Groupphone,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for GroupContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for GroupContactType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for GroupContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Media type of the address
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupContactMediaType {
    /// `PHONE`
    Phone,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl GroupContactMediaType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Phone => "PHONE",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for GroupContactMediaType {
    fn from(value: &str) -> Self {
        match value {
            "PHONE" => Self::Phone,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for GroupContactMediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for GroupContactMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for GroupContactMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/Limit/properties/namespace`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LimitNamespace {
    /// `agent.assistant`
    AgentAssistant,
    /// `analytics.alerting`
    AnalyticsAlerting,
    /// `analytics`
    Analytics,
    /// `analytics.realtime`
    AnalyticsRealtime,
    /// `analytics.reporting.settings`
    AnalyticsReportingSettings,
    /// `architect`
    Architect,
    /// `audiohook`
    Audiohook,
    /// `audit`
    Audit,
    /// `auth.api`
    AuthApi,
    /// `authorization`
    Authorization,
    /// `automation.testing`
    AutomationTesting,
    /// `bots`
    Bots,
    /// `bots.voice`
    BotsVoice,
    /// `callback`
    Callback,
    /// `cobrowse`
    Cobrowse,
    /// `content.management`
    ContentManagement,
    /// `conversation`
    Conversation,
    /// `dataactions`
    Dataactions,
    /// `datatables`
    Datatables,
    /// `directory`
    Directory,
    /// `email`
    Email,
    /// `event.orchestration`
    EventOrchestration,
    /// `external.contacts`
    ExternalContacts,
    /// `gcv`
    Gcv,
    /// `gdpr`
    Gdpr,
    /// `groups`
    Groups,
    /// `historical.adherence`
    HistoricalAdherence,
    /// `infrastructureascode`
    Infrastructureascode,
    /// `integrations`
    Integrations,
    /// `intent.miner`
    IntentMiner,
    /// `journey`
    Journey,
    /// `knowledge`
    Knowledge,
    /// `language.understanding`
    LanguageUnderstanding,
    /// `learning`
    Learning,
    /// `limit.registry`
    LimitRegistry,
    /// `marketplace`
    Marketplace,
    /// `media.communications`
    MediaCommunications,
    /// `messaging`
    Messaging,
    /// `notifications`
    Notifications,
    /// `onboarding`
    Onboarding,
    /// `outbound`
    Outbound,
    /// `platform.api`
    PlatformApi,
    /// `predictive.routing`
    PredictiveRouting,
    /// `presence`
    Presence,
    /// `quality`
    Quality,
    /// `recording`
    Recording,
    /// `response.management`
    ResponseManagement,
    /// `routing`
    Routing,
    /// `scim`
    Scim,
    /// `search`
    Search,
    /// `secondary.automation.testing`
    SecondaryAutomationTesting,
    /// `skills`
    Skills,
    /// `speech.and.text.analytics`
    SpeechAndTextAnalytics,
    /// `speech.integration`
    SpeechIntegration,
    /// `supportability`
    Supportability,
    /// `task.management`
    TaskManagement,
    /// `telephony.configuration`
    TelephonyConfiguration,
    /// `usage`
    Usage,
    /// `users`
    Users,
    /// `web.deployments`
    WebDeployments,
    /// `web.messaging`
    WebMessaging,
    /// `webchat`
    Webchat,
    /// `webhooks`
    Webhooks,
    /// `workforce.management`
    WorkforceManagement,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl LimitNamespace {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentAssistant => "agent.assistant",
            Self::AnalyticsAlerting => "analytics.alerting",
            Self::Analytics => "analytics",
            Self::AnalyticsRealtime => "analytics.realtime",
            Self::AnalyticsReportingSettings => "analytics.reporting.settings",
            Self::Architect => "architect",
            Self::Audiohook => "audiohook",
            Self::Audit => "audit",
            Self::AuthApi => "auth.api",
            Self::Authorization => "authorization",
            Self::AutomationTesting => "automation.testing",
            Self::Bots => "bots",
            Self::BotsVoice => "bots.voice",
            Self::Callback => "callback",
            Self::Cobrowse => "cobrowse",
            Self::ContentManagement => "content.management",
            Self::Conversation => "conversation",
            Self::Dataactions => "dataactions",
            Self::Datatables => "datatables",
            Self::Directory => "directory",
            Self::Email => "email",
            Self::EventOrchestration => "event.orchestration",
            Self::ExternalContacts => "external.contacts",
            Self::Gcv => "gcv",
            Self::Gdpr => "gdpr",
            Self::Groups => "groups",
            Self::HistoricalAdherence => "historical.adherence",
            Self::Infrastructureascode => "infrastructureascode",
            Self::Integrations => "integrations",
            Self::IntentMiner => "intent.miner",
            Self::Journey => "journey",
            Self::Knowledge => "knowledge",
            Self::LanguageUnderstanding => "language.understanding",
            Self::Learning => "learning",
            Self::LimitRegistry => "limit.registry",
            Self::Marketplace => "marketplace",
            Self::MediaCommunications => "media.communications",
            Self::Messaging => "messaging",
            Self::Notifications => "notifications",
            Self::Onboarding => "onboarding",
            Self::Outbound => "outbound",
            Self::PlatformApi => "platform.api",
            Self::PredictiveRouting => "predictive.routing",
            Self::Presence => "presence",
            Self::Quality => "quality",
            Self::Recording => "recording",
            Self::ResponseManagement => "response.management",
            Self::Routing => "routing",
            Self::Scim => "scim",
            Self::Search => "search",
            Self::SecondaryAutomationTesting => "secondary.automation.testing",
            Self::Skills => "skills",
            Self::SpeechAndTextAnalytics => "speech.and.text.analytics",
            Self::SpeechIntegration => "speech.integration",
            Self::Supportability => "supportability",
            Self::TaskManagement => "task.management",
            Self::TelephonyConfiguration => "telephony.configuration",
            Self::Usage => "usage",
            Self::Users => "users",
            Self::WebDeployments => "web.deployments",
            Self::WebMessaging => "web.messaging",
            Self::Webchat => "webchat",
            Self::Webhooks => "webhooks",
            Self::WorkforceManagement => "workforce.management",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl From<&str> for LimitNamespace {
    fn from(value: &str) -> Self {
        match value {
            "agent.assistant" => Self::AgentAssistant,
            "analytics.alerting" => Self::AnalyticsAlerting,
            "analytics" => Self::Analytics,
            "analytics.realtime" => Self::AnalyticsRealtime,
            "analytics.reporting.settings" => Self::AnalyticsReportingSettings,
            "architect" => Self::Architect,
            "audiohook" => Self::Audiohook,
            "audit" => Self::Audit,
            "auth.api" => Self::AuthApi,
            "authorization" => Self::Authorization,
            "automation.testing" => Self::AutomationTesting,
            "bots" => Self::Bots,
            "bots.voice" => Self::BotsVoice,
            "callback" => Self::Callback,
            "cobrowse" => Self::Cobrowse,
            "content.management" => Self::ContentManagement,
            "conversation" => Self::Conversation,
            "dataactions" => Self::Dataactions,
            "datatables" => Self::Datatables,
            "directory" => Self::Directory,
            "email" => Self::Email,
            "event.orchestration" => Self::EventOrchestration,
            "external.contacts" => Self::ExternalContacts,
            "gcv" => Self::Gcv,
            "gdpr" => Self::Gdpr,
            "groups" => Self::Groups,
            "historical.adherence" => Self::HistoricalAdherence,
            "infrastructureascode" => Self::Infrastructureascode,
            "integrations" => Self::Integrations,
            "intent.miner" => Self::IntentMiner,
            "journey" => Self::Journey,
            "knowledge" => Self::Knowledge,
            "language.understanding" => Self::LanguageUnderstanding,
            "learning" => Self::Learning,
            "limit.registry" => Self::LimitRegistry,
            "marketplace" => Self::Marketplace,
            "media.communications" => Self::MediaCommunications,
            "messaging" => Self::Messaging,
            "notifications" => Self::Notifications,
            "onboarding" => Self::Onboarding,
            "outbound" => Self::Outbound,
            "platform.api" => Self::PlatformApi,
            "predictive.routing" => Self::PredictiveRouting,
            "presence" => Self::Presence,
            "quality" => Self::Quality,
            "recording" => Self::Recording,
            "response.management" => Self::ResponseManagement,
            "routing" => Self::Routing,
            "scim" => Self::Scim,
            "search" => Self::Search,
            "secondary.automation.testing" => Self::SecondaryAutomationTesting,
            "skills" => Self::Skills,
            "speech.and.text.analytics" => Self::SpeechAndTextAnalytics,
            "speech.integration" => Self::SpeechIntegration,
            "supportability" => Self::Supportability,
            "task.management" => Self::TaskManagement,
            "telephony.configuration" => Self::TelephonyConfiguration,
            "usage" => Self::Usage,
            "users" => Self::Users,
            "web.deployments" => Self::WebDeployments,
            "web.messaging" => Self::WebMessaging,
            "webchat" => Self::Webchat,
            "webhooks" => Self::Webhooks,
            "workforce.management" => Self::WorkforceManagement,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl std::fmt::Display for LimitNamespace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl serde::Serialize for LimitNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl<'de> serde::Deserialize<'de> for LimitNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Namespace the key belongs to (see https://developer.mypurecloud.com/api/rest/v2/organization/limits.html#available_limits)
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LimitChangeRequestDetailsNamespace {
    /// `agent.assistant`
    AgentAssistant,
    /// `analytics.alerting`
    AnalyticsAlerting,
    /// `analytics`
    Analytics,
    /// `analytics.realtime`
    AnalyticsRealtime,
    /// `analytics.reporting.settings`
    AnalyticsReportingSettings,
    /// `architect`
    Architect,
    /// `audiohook`
    Audiohook,
    /// `audit`
    Audit,
    /// `auth.api`
    AuthApi,
    /// `authorization`
    Authorization,
    /// `automation.testing`
    AutomationTesting,
    /// `bots`
    Bots,
    /// `bots.voice`
    BotsVoice,
    /// `callback`
    Callback,
    /// `cobrowse`
    Cobrowse,
    /// `content.management`
    ContentManagement,
    /// `conversation`
    Conversation,
    /// `dataactions`
    Dataactions,
    /// `datatables`
    Datatables,
    /// `directory`
    Directory,
    /// `email`
    Email,
    /// `event.orchestration`
    EventOrchestration,
    /// `external.contacts`
    ExternalContacts,
    /// `gcv`
    Gcv,
    /// `gdpr`
    Gdpr,
    /// `groups`
    Groups,
    /// `historical.adherence`
    HistoricalAdherence,
    /// `infrastructureascode`
    Infrastructureascode,
    /// `integrations`
    Integrations,
    /// `intent.miner`
    IntentMiner,
    /// `journey`
    Journey,
    /// `knowledge`
    Knowledge,
    /// `language.understanding`
    LanguageUnderstanding,
    /// `learning`
    Learning,
    /// `limit.registry`
    LimitRegistry,
    /// `marketplace`
    Marketplace,
    /// `media.communications`
    MediaCommunications,
    /// `messaging`
    Messaging,
    /// `notifications`
    Notifications,
    /// `onboarding`
    Onboarding,
    /// `outbound`
    Outbound,
    /// `platform.api`
    PlatformApi,
    /// `predictive.routing`
    PredictiveRouting,
    /// `presence`
    Presence,
    /// `quality`
    Quality,
    /// `recording`
    Recording,
    /// `response.management`
    ResponseManagement,
    /// `routing`
    Routing,
    /// `scim`
    Scim,
    /// `search`
    Search,
    /// `secondary.automation.testing`
    SecondaryAutomationTesting,
    /// `skills`
    Skills,
    /// `speech.and.text.analytics`
    SpeechAndTextAnalytics,
    /// `speech.integration`
    SpeechIntegration,
    /// `supportability`
    Supportability,
    /// `task.management`
    TaskManagement,
    /// `telephony.configuration`
    TelephonyConfiguration,
    /// `usage`
    Usage,
    /// `users`
    Users,
    /// `web.deployments`
    WebDeployments,
    /// `web.messaging`
    WebMessaging,
    /// `webchat`
    Webchat,
    /// `webhooks`
    Webhooks,
    /// `workforce.management`
    WorkforceManagement,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl LimitChangeRequestDetailsNamespace {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentAssistant => "agent.assistant",
            Self::AnalyticsAlerting => "analytics.alerting",
            Self::Analytics => "analytics",
            Self::AnalyticsRealtime => "analytics.realtime",
            Self::AnalyticsReportingSettings => "analytics.reporting.settings",
            Self::Architect => "architect",
            Self::Audiohook => "audiohook",
            Self::Audit => "audit",
            Self::AuthApi => "auth.api",
            Self::Authorization => "authorization",
            Self::AutomationTesting => "automation.testing",
            Self::Bots => "bots",
            Self::BotsVoice => "bots.voice",
            Self::Callback => "callback",
            Self::Cobrowse => "cobrowse",
            Self::ContentManagement => "content.management",
            Self::Conversation => "conversation",
            Self::Dataactions => "dataactions",
            Self::Datatables => "datatables",
            Self::Directory => "directory",
            Self::Email => "email",
            Self::EventOrchestration => "event.orchestration",
            Self::ExternalContacts => "external.contacts",
            Self::Gcv => "gcv",
            Self::Gdpr => "gdpr",
            Self::Groups => "groups",
            Self::HistoricalAdherence => "historical.adherence",
            Self::Infrastructureascode => "infrastructureascode",
            Self::Integrations => "integrations",
            Self::IntentMiner => "intent.miner",
            Self::Journey => "journey",
            Self::Knowledge => "knowledge",
            Self::LanguageUnderstanding => "language.understanding",
            Self::Learning => "learning",
            Self::LimitRegistry => "limit.registry",
            Self::Marketplace => "marketplace",
            Self::MediaCommunications => "media.communications",
            Self::Messaging => "messaging",
            Self::Notifications => "notifications",
            Self::Onboarding => "onboarding",
            Self::Outbound => "outbound",
            Self::PlatformApi => "platform.api",
            Self::PredictiveRouting => "predictive.routing",
            Self::Presence => "presence",
            Self::Quality => "quality",
            Self::Recording => "recording",
            Self::ResponseManagement => "response.management",
            Self::Routing => "routing",
            Self::Scim => "scim",
            Self::Search => "search",
            Self::SecondaryAutomationTesting => "secondary.automation.testing",
            Self::Skills => "skills",
            Self::SpeechAndTextAnalytics => "speech.and.text.analytics",
            Self::SpeechIntegration => "speech.integration",
            Self::Supportability => "supportability",
            Self::TaskManagement => "task.management",
            Self::TelephonyConfiguration => "telephony.configuration",
            Self::Usage => "usage",
            Self::Users => "users",
            Self::WebDeployments => "web.deployments",
            Self::WebMessaging => "web.messaging",
            Self::Webchat => "webchat",
            Self::Webhooks => "webhooks",
            Self::WorkforceManagement => "workforce.management",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for LimitChangeRequestDetailsNamespace {
    fn from(value: &str) -> Self {
        match value {
            "agent.assistant" => Self::AgentAssistant,
            "analytics.alerting" => Self::AnalyticsAlerting,
            "analytics" => Self::Analytics,
            "analytics.realtime" => Self::AnalyticsRealtime,
            "analytics.reporting.settings" => Self::AnalyticsReportingSettings,
            "architect" => Self::Architect,
            "audiohook" => Self::Audiohook,
            "audit" => Self::Audit,
            "auth.api" => Self::AuthApi,
            "authorization" => Self::Authorization,
            "automation.testing" => Self::AutomationTesting,
            "bots" => Self::Bots,
            "bots.voice" => Self::BotsVoice,
            "callback" => Self::Callback,
            "cobrowse" => Self::Cobrowse,
            "content.management" => Self::ContentManagement,
            "conversation" => Self::Conversation,
            "dataactions" => Self::Dataactions,
            "datatables" => Self::Datatables,
            "directory" => Self::Directory,
            "email" => Self::Email,
            "event.orchestration" => Self::EventOrchestration,
            "external.contacts" => Self::ExternalContacts,
            "gcv" => Self::Gcv,
            "gdpr" => Self::Gdpr,
            "groups" => Self::Groups,
            "historical.adherence" => Self::HistoricalAdherence,
            "infrastructureascode" => Self::Infrastructureascode,
            "integrations" => Self::Integrations,
            "intent.miner" => Self::IntentMiner,
            "journey" => Self::Journey,
            "knowledge" => Self::Knowledge,
            "language.understanding" => Self::LanguageUnderstanding,
            "learning" => Self::Learning,
            "limit.registry" => Self::LimitRegistry,
            "marketplace" => Self::Marketplace,
            "media.communications" => Self::MediaCommunications,
            "messaging" => Self::Messaging,
            "notifications" => Self::Notifications,
            "onboarding" => Self::Onboarding,
            "outbound" => Self::Outbound,
            "platform.api" => Self::PlatformApi,
            "predictive.routing" => Self::PredictiveRouting,
            "presence" => Self::Presence,
            "quality" => Self::Quality,
            "recording" => Self::Recording,
            "response.management" => Self::ResponseManagement,
            "routing" => Self::Routing,
            "scim" => Self::Scim,
            "search" => Self::Search,
            "secondary.automation.testing" => Self::SecondaryAutomationTesting,
            "skills" => Self::Skills,
            "speech.and.text.analytics" => Self::SpeechAndTextAnalytics,
            "speech.integration" => Self::SpeechIntegration,
            "supportability" => Self::Supportability,
            "task.management" => Self::TaskManagement,
            "telephony.configuration" => Self::TelephonyConfiguration,
            "usage" => Self::Usage,
            "users" => Self::Users,
            "web.deployments" => Self::WebDeployments,
            "web.messaging" => Self::WebMessaging,
            "webchat" => Self::Webchat,
            "webhooks" => Self::Webhooks,
            "workforce.management" => Self::WorkforceManagement,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for LimitChangeRequestDetailsNamespace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for LimitChangeRequestDetailsNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for LimitChangeRequestDetailsNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Current status of the limit change request
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LimitChangeRequestDetailsStatus {
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `Rollback`
    Rollback,
    /// `Pending`
    Pending,
    /// `Open`
    Open,
    /// `SecondaryApprovalNamespacesAdded`
    SecondaryApprovalNamespacesAdded,
    /// `ReviewerApproved`
    ReviewerApproved,
    /// `ReviewerRejected`
    ReviewerRejected,
    /// `ReviewerRollback`
    ReviewerRollback,
    /// `ImplementingChange`
    ImplementingChange,
    /// `ChangeImplemented`
    ChangeImplemented,
    /// `ImplementingRollback`
    ImplementingRollback,
    /// `RollbackImplemented`
    RollbackImplemented,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl LimitChangeRequestDetailsStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::Rollback => "Rollback",
            Self::Pending => "Pending",
            Self::Open => "Open",
            Self::SecondaryApprovalNamespacesAdded => "SecondaryApprovalNamespacesAdded",
            Self::ReviewerApproved => "ReviewerApproved",
            Self::ReviewerRejected => "ReviewerRejected",
            Self::ReviewerRollback => "ReviewerRollback",
            Self::ImplementingChange => "ImplementingChange",
            Self::ChangeImplemented => "ChangeImplemented",
            Self::ImplementingRollback => "ImplementingRollback",
            Self::RollbackImplemented => "RollbackImplemented",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for LimitChangeRequestDetailsStatus {
    fn from(value: &str) -> Self {
        match value {
            "Approved" => Self::Approved,
            "Rejected" => Self::Rejected,
            "Rollback" => Self::Rollback,
            "Pending" => Self::Pending,
            "Open" => Self::Open,
            "SecondaryApprovalNamespacesAdded" => Self::SecondaryApprovalNamespacesAdded,
            "ReviewerApproved" => Self::ReviewerApproved,
            "ReviewerRejected" => Self::ReviewerRejected,
            "ReviewerRollback" => Self::ReviewerRollback,
            "ImplementingChange" => Self::ImplementingChange,
            "ChangeImplemented" => Self::ChangeImplemented,
            "ImplementingRollback" => Self::ImplementingRollback,
            "RollbackImplemented" => Self::RollbackImplemented,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for LimitChangeRequestDetailsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for LimitChangeRequestDetailsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for LimitChangeRequestDetailsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The reason for rejecting the limit override request
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LimitChangeRequestDetailsRejectReason {
    /// `AlternativeExists`
    AlternativeExists,
    /// `IncreaseNotRequired`
    IncreaseNotRequired,
    /// `PlatformMisuse`
    PlatformMisuse,
    /// `PlatformStability`
    PlatformStability,
    /// `OtherReason`
    OtherReason,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl LimitChangeRequestDetailsRejectReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlternativeExists => "AlternativeExists",
            Self::IncreaseNotRequired => "IncreaseNotRequired",
            Self::PlatformMisuse => "PlatformMisuse",
            Self::PlatformStability => "PlatformStability",
            Self::OtherReason => "OtherReason",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for LimitChangeRequestDetailsRejectReason {
    fn from(value: &str) -> Self {
        match value {
            "AlternativeExists" => Self::AlternativeExists,
            "IncreaseNotRequired" => Self::IncreaseNotRequired,
            "PlatformMisuse" => Self::PlatformMisuse,
            "PlatformStability" => Self::PlatformStability,
            "OtherReason" => Self::OtherReason,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for LimitChangeRequestDetailsRejectReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for LimitChangeRequestDetailsRejectReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for LimitChangeRequestDetailsRejectReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Current activity status of the location.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LocationDefinitionState {
    /// `active`
    Active,
    /// `deleted`
    Deleted,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl LocationDefinitionState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for LocationDefinitionState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for LocationDefinitionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for LocationDefinitionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for LocationDefinitionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The type of emergency number.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LocationEmergencyNumberType {
    /// `default`
    Default,
    /// `elin`
    Elin,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl LocationEmergencyNumberType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Elin => "elin",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for LocationEmergencyNumberType {
    fn from(value: &str) -> Self {
        match value {
            "default" => Self::Default,
            "elin" => Self::Elin,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for LocationEmergencyNumberType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for LocationEmergencyNumberType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for LocationEmergencyNumberType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The current state for this user.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrgUserState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `deleted`
    Deleted,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl OrgUserState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for OrgUserState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for OrgUserState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for OrgUserState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for OrgUserState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The current state. Examples are active, inactive, deleted.
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrganizationState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `deleted`
    Deleted,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl OrganizationState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl From<&str> for OrganizationState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl std::fmt::Display for OrganizationState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl serde::Serialize for OrganizationState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl<'de> serde::Deserialize<'de> for OrganizationState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Organizations Originating Platform.
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrganizationProductPlatform {
    /// `GenesysCloud`
    GenesysCloud,
    /// `PureCloud`
    PureCloud,
    /// `PureEngage`
    PureEngage,
    /// `PureEngageCloud`
    PureEngageCloud,
    /// `PureConnect`
    PureConnect,
    /// `PureConnectCloud`
    PureConnectCloud,
    /// `Unknown`
    Unknown2,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl OrganizationProductPlatform {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GenesysCloud => "GenesysCloud",
            Self::PureCloud => "PureCloud",
            Self::PureEngage => "PureEngage",
            Self::PureEngageCloud => "PureEngageCloud",
            Self::PureConnect => "PureConnect",
            Self::PureConnectCloud => "PureConnectCloud",
            Self::Unknown2 => "Unknown",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl From<&str> for OrganizationProductPlatform {
    fn from(value: &str) -> Self {
        match value {
            "GenesysCloud" => Self::GenesysCloud,
            "PureCloud" => Self::PureCloud,
            "PureEngage" => Self::PureEngage,
            "PureEngageCloud" => Self::PureEngageCloud,
            "PureConnect" => Self::PureConnect,
            "PureConnectCloud" => Self::PureConnectCloud,
            "Unknown" => Self::Unknown2,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl std::fmt::Display for OrganizationProductPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl serde::Serialize for OrganizationProductPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl<'de> serde::Deserialize<'de> for OrganizationProductPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/ResourceConditionNode/properties/conjunction`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResourceConditionNodeConjunction {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl ResourceConditionNodeConjunction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for ResourceConditionNodeConjunction {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for ResourceConditionNodeConjunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for ResourceConditionNodeConjunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for ResourceConditionNodeConjunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/ResourceConditionNode/properties/operator`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResourceConditionNodeOperator {
    /// `EQ`
    Eq,
    /// `IN`
    In,
    /// `GE`
    Ge,
    /// `GT`
    Gt,
    /// `LE`
    Le,
    /// `LT`
    Lt,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl ResourceConditionNodeOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "EQ",
            Self::In => "IN",
            Self::Ge => "GE",
            Self::Gt => "GT",
            Self::Le => "LE",
            Self::Lt => "LT",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for ResourceConditionNodeOperator {
    fn from(value: &str) -> Self {
        match value {
            "EQ" => Self::Eq,
            "IN" => Self::In,
            "GE" => Self::Ge,
            "GT" => Self::Gt,
            "LE" => Self::Le,
            "LT" => Self::Lt,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for ResourceConditionNodeOperator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for ResourceConditionNodeOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for ResourceConditionNodeOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/components/schemas/ResourceConditionValue/properties/type`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResourceConditionValueType {
    /// `SCALAR`
    Scalar,
    /// `VARIABLE`
    Variable,
    /// `USER`
    User,
    /// `QUEUE`
    Queue,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl ResourceConditionValueType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scalar => "SCALAR",
            Self::Variable => "VARIABLE",
            Self::User => "USER",
            Self::Queue => "QUEUE",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for ResourceConditionValueType {
    fn from(value: &str) -> Self {
        match value {
            "SCALAR" => Self::Scalar,
            "VARIABLE" => Self::Variable,
            "USER" => Self::User,
            "QUEUE" => Self::Queue,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for ResourceConditionValueType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for ResourceConditionValueType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for ResourceConditionValueType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoutingStatusStatus {
    /// `OFF_QUEUE`
    OffQueue,
    /// `IDLE`
    Idle,
    /// `INTERACTING`
    Interacting,
    /// `NOT_RESPONDING`
    NotResponding,
    /// `COMMUNICATING`
    Communicating,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl RoutingStatusStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OffQueue => "OFF_QUEUE",
            Self::Idle => "IDLE",
            Self::Interacting => "INTERACTING",
            Self::NotResponding => "NOT_RESPONDING",
            Self::Communicating => "COMMUNICATING",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for RoutingStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "OFF_QUEUE" => Self::OffQueue,
            "IDLE" => Self::Idle,
            "INTERACTING" => Self::Interacting,
            "NOT_RESPONDING" => Self::NotResponding,
            "COMMUNICATING" => Self::Communicating,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for RoutingStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for RoutingStatusStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for RoutingStatusStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The status the change request transitioned to
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StatusChangeStatus {
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `Rollback`
    Rollback,
    /// `Pending`
    Pending,
    /// `Open`
    Open,
    /// `SecondaryApprovalNamespacesAdded`
    SecondaryApprovalNamespacesAdded,
    /// `ReviewerApproved`
    ReviewerApproved,
    /// `ReviewerRejected`
    ReviewerRejected,
    /// `ReviewerRollback`
    ReviewerRollback,
    /// `ImplementingChange`
    ImplementingChange,
    /// `ChangeImplemented`
    ChangeImplemented,
    /// `ImplementingRollback`
    ImplementingRollback,
    /// `RollbackImplemented`
    RollbackImplemented,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl StatusChangeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::Rollback => "Rollback",
            Self::Pending => "Pending",
            Self::Open => "Open",
            Self::SecondaryApprovalNamespacesAdded => "SecondaryApprovalNamespacesAdded",
            Self::ReviewerApproved => "ReviewerApproved",
            Self::ReviewerRejected => "ReviewerRejected",
            Self::ReviewerRollback => "ReviewerRollback",
            Self::ImplementingChange => "ImplementingChange",
            Self::ChangeImplemented => "ChangeImplemented",
            Self::ImplementingRollback => "ImplementingRollback",
            Self::RollbackImplemented => "RollbackImplemented",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for StatusChangeStatus {
    fn from(value: &str) -> Self {
        match value {
            "Approved" => Self::Approved,
            "Rejected" => Self::Rejected,
            "Rollback" => Self::Rollback,
            "Pending" => Self::Pending,
            "Open" => Self::Open,
            "SecondaryApprovalNamespacesAdded" => Self::SecondaryApprovalNamespacesAdded,
            "ReviewerApproved" => Self::ReviewerApproved,
            "ReviewerRejected" => Self::ReviewerRejected,
            "ReviewerRollback" => Self::ReviewerRollback,
            "ImplementingChange" => Self::ImplementingChange,
            "ChangeImplemented" => Self::ChangeImplemented,
            "ImplementingRollback" => Self::ImplementingRollback,
            "RollbackImplemented" => Self::RollbackImplemented,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for StatusChangeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for StatusChangeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for StatusChangeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The status the change request transitioned from
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StatusChangePreviousStatus {
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `Rollback`
    Rollback,
    /// `Pending`
    Pending,
    /// `Open`
    Open,
    /// `SecondaryApprovalNamespacesAdded`
    SecondaryApprovalNamespacesAdded,
    /// `ReviewerApproved`
    ReviewerApproved,
    /// `ReviewerRejected`
    ReviewerRejected,
    /// `ReviewerRollback`
    ReviewerRollback,
    /// `ImplementingChange`
    ImplementingChange,
    /// `ChangeImplemented`
    ChangeImplemented,
    /// `ImplementingRollback`
    ImplementingRollback,
    /// `RollbackImplemented`
    RollbackImplemented,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl StatusChangePreviousStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::Rollback => "Rollback",
            Self::Pending => "Pending",
            Self::Open => "Open",
            Self::SecondaryApprovalNamespacesAdded => "SecondaryApprovalNamespacesAdded",
            Self::ReviewerApproved => "ReviewerApproved",
            Self::ReviewerRejected => "ReviewerRejected",
            Self::ReviewerRollback => "ReviewerRollback",
            Self::ImplementingChange => "ImplementingChange",
            Self::ChangeImplemented => "ChangeImplemented",
            Self::ImplementingRollback => "ImplementingRollback",
            Self::RollbackImplemented => "RollbackImplemented",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for StatusChangePreviousStatus {
    fn from(value: &str) -> Self {
        match value {
            "Approved" => Self::Approved,
            "Rejected" => Self::Rejected,
            "Rollback" => Self::Rollback,
            "Pending" => Self::Pending,
            "Open" => Self::Open,
            "SecondaryApprovalNamespacesAdded" => Self::SecondaryApprovalNamespacesAdded,
            "ReviewerApproved" => Self::ReviewerApproved,
            "ReviewerRejected" => Self::ReviewerRejected,
            "ReviewerRollback" => Self::ReviewerRollback,
            "ImplementingChange" => Self::ImplementingChange,
            "ChangeImplemented" => Self::ChangeImplemented,
            "ImplementingRollback" => Self::ImplementingRollback,
            "RollbackImplemented" => Self::RollbackImplemented,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for StatusChangePreviousStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for StatusChangePreviousStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for StatusChangePreviousStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// The namespace for the status change
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StatusChangeNamespace {
    /// `agent.assistant`
    AgentAssistant,
    /// `analytics.alerting`
    AnalyticsAlerting,
    /// `analytics`
    Analytics,
    /// `analytics.realtime`
    AnalyticsRealtime,
    /// `analytics.reporting.settings`
    AnalyticsReportingSettings,
    /// `architect`
    Architect,
    /// `audiohook`
    Audiohook,
    /// `audit`
    Audit,
    /// `auth.api`
    AuthApi,
    /// `authorization`
    Authorization,
    /// `automation.testing`
    AutomationTesting,
    /// `bots`
    Bots,
    /// `bots.voice`
    BotsVoice,
    /// `callback`
    Callback,
    /// `cobrowse`
    Cobrowse,
    /// `content.management`
    ContentManagement,
    /// `conversation`
    Conversation,
    /// `dataactions`
    Dataactions,
    /// `datatables`
    Datatables,
    /// `directory`
    Directory,
    /// `email`
    Email,
    /// `event.orchestration`
    EventOrchestration,
    /// `external.contacts`
    ExternalContacts,
    /// `gcv`
    Gcv,
    /// `gdpr`
    Gdpr,
    /// `groups`
    Groups,
    /// `historical.adherence`
    HistoricalAdherence,
    /// `infrastructureascode`
    Infrastructureascode,
    /// `integrations`
    Integrations,
    /// `intent.miner`
    IntentMiner,
    /// `journey`
    Journey,
    /// `knowledge`
    Knowledge,
    /// `language.understanding`
    LanguageUnderstanding,
    /// `learning`
    Learning,
    /// `limit.registry`
    LimitRegistry,
    /// `marketplace`
    Marketplace,
    /// `media.communications`
    MediaCommunications,
    /// `messaging`
    Messaging,
    /// `notifications`
    Notifications,
    /// `onboarding`
    Onboarding,
    /// `outbound`
    Outbound,
    /// `platform.api`
    PlatformApi,
    /// `predictive.routing`
    PredictiveRouting,
    /// `presence`
    Presence,
    /// `quality`
    Quality,
    /// `recording`
    Recording,
    /// `response.management`
    ResponseManagement,
    /// `routing`
    Routing,
    /// `scim`
    Scim,
    /// `search`
    Search,
    /// `secondary.automation.testing`
    SecondaryAutomationTesting,
    /// `skills`
    Skills,
    /// `speech.and.text.analytics`
    SpeechAndTextAnalytics,
    /// `speech.integration`
    SpeechIntegration,
    /// `supportability`
    Supportability,
    /// `task.management`
    TaskManagement,
    /// `telephony.configuration`
    TelephonyConfiguration,
    /// `usage`
    Usage,
    /// `users`
    Users,
    /// `web.deployments`
    WebDeployments,
    /// `web.messaging`
    WebMessaging,
    /// `webchat`
    Webchat,
    /// `webhooks`
    Webhooks,
    /// `workforce.management`
    WorkforceManagement,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl StatusChangeNamespace {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentAssistant => "agent.assistant",
            Self::AnalyticsAlerting => "analytics.alerting",
            Self::Analytics => "analytics",
            Self::AnalyticsRealtime => "analytics.realtime",
            Self::AnalyticsReportingSettings => "analytics.reporting.settings",
            Self::Architect => "architect",
            Self::Audiohook => "audiohook",
            Self::Audit => "audit",
            Self::AuthApi => "auth.api",
            Self::Authorization => "authorization",
            Self::AutomationTesting => "automation.testing",
            Self::Bots => "bots",
            Self::BotsVoice => "bots.voice",
            Self::Callback => "callback",
            Self::Cobrowse => "cobrowse",
            Self::ContentManagement => "content.management",
            Self::Conversation => "conversation",
            Self::Dataactions => "dataactions",
            Self::Datatables => "datatables",
            Self::Directory => "directory",
            Self::Email => "email",
            Self::EventOrchestration => "event.orchestration",
            Self::ExternalContacts => "external.contacts",
            Self::Gcv => "gcv",
            Self::Gdpr => "gdpr",
            Self::Groups => "groups",
            Self::HistoricalAdherence => "historical.adherence",
            Self::Infrastructureascode => "infrastructureascode",
            Self::Integrations => "integrations",
            Self::IntentMiner => "intent.miner",
            Self::Journey => "journey",
            Self::Knowledge => "knowledge",
            Self::LanguageUnderstanding => "language.understanding",
            Self::Learning => "learning",
            Self::LimitRegistry => "limit.registry",
            Self::Marketplace => "marketplace",
            Self::MediaCommunications => "media.communications",
            Self::Messaging => "messaging",
            Self::Notifications => "notifications",
            Self::Onboarding => "onboarding",
            Self::Outbound => "outbound",
            Self::PlatformApi => "platform.api",
            Self::PredictiveRouting => "predictive.routing",
            Self::Presence => "presence",
            Self::Quality => "quality",
            Self::Recording => "recording",
            Self::ResponseManagement => "response.management",
            Self::Routing => "routing",
            Self::Scim => "scim",
            Self::Search => "search",
            Self::SecondaryAutomationTesting => "secondary.automation.testing",
            Self::Skills => "skills",
            Self::SpeechAndTextAnalytics => "speech.and.text.analytics",
            Self::SpeechIntegration => "speech.integration",
            Self::Supportability => "supportability",
            Self::TaskManagement => "task.management",
            Self::TelephonyConfiguration => "telephony.configuration",
            Self::Usage => "usage",
            Self::Users => "users",
            Self::WebDeployments => "web.deployments",
            Self::WebMessaging => "web.messaging",
            Self::Webchat => "webchat",
            Self::Webhooks => "webhooks",
            Self::WorkforceManagement => "workforce.management",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for StatusChangeNamespace {
    fn from(value: &str) -> Self {
        match value {
            "agent.assistant" => Self::AgentAssistant,
            "analytics.alerting" => Self::AnalyticsAlerting,
            "analytics" => Self::Analytics,
            "analytics.realtime" => Self::AnalyticsRealtime,
            "analytics.reporting.settings" => Self::AnalyticsReportingSettings,
            "architect" => Self::Architect,
            "audiohook" => Self::Audiohook,
            "audit" => Self::Audit,
            "auth.api" => Self::AuthApi,
            "authorization" => Self::Authorization,
            "automation.testing" => Self::AutomationTesting,
            "bots" => Self::Bots,
            "bots.voice" => Self::BotsVoice,
            "callback" => Self::Callback,
            "cobrowse" => Self::Cobrowse,
            "content.management" => Self::ContentManagement,
            "conversation" => Self::Conversation,
            "dataactions" => Self::Dataactions,
            "datatables" => Self::Datatables,
            "directory" => Self::Directory,
            "email" => Self::Email,
            "event.orchestration" => Self::EventOrchestration,
            "external.contacts" => Self::ExternalContacts,
            "gcv" => Self::Gcv,
            "gdpr" => Self::Gdpr,
            "groups" => Self::Groups,
            "historical.adherence" => Self::HistoricalAdherence,
            "infrastructureascode" => Self::Infrastructureascode,
            "integrations" => Self::Integrations,
            "intent.miner" => Self::IntentMiner,
            "journey" => Self::Journey,
            "knowledge" => Self::Knowledge,
            "language.understanding" => Self::LanguageUnderstanding,
            "learning" => Self::Learning,
            "limit.registry" => Self::LimitRegistry,
            "marketplace" => Self::Marketplace,
            "media.communications" => Self::MediaCommunications,
            "messaging" => Self::Messaging,
            "notifications" => Self::Notifications,
            "onboarding" => Self::Onboarding,
            "outbound" => Self::Outbound,
            "platform.api" => Self::PlatformApi,
            "predictive.routing" => Self::PredictiveRouting,
            "presence" => Self::Presence,
            "quality" => Self::Quality,
            "recording" => Self::Recording,
            "response.management" => Self::ResponseManagement,
            "routing" => Self::Routing,
            "scim" => Self::Scim,
            "search" => Self::Search,
            "secondary.automation.testing" => Self::SecondaryAutomationTesting,
            "skills" => Self::Skills,
            "speech.and.text.analytics" => Self::SpeechAndTextAnalytics,
            "speech.integration" => Self::SpeechIntegration,
            "supportability" => Self::Supportability,
            "task.management" => Self::TaskManagement,
            "telephony.configuration" => Self::TelephonyConfiguration,
            "usage" => Self::Usage,
            "users" => Self::Users,
            "web.deployments" => Self::WebDeployments,
            "web.messaging" => Self::WebMessaging,
            "webchat" => Self::Webchat,
            "webhooks" => Self::Webhooks,
            "workforce.management" => Self::WorkforceManagement,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for StatusChangeNamespace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for StatusChangeNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for StatusChangeNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Activate or deactivate this routing langauge.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRoutingLanguageState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `deleted`
    Deleted,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl UserRoutingLanguageState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for UserRoutingLanguageState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for UserRoutingLanguageState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for UserRoutingLanguageState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for UserRoutingLanguageState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Activate or deactivate this routing skill.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRoutingSkillState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `deleted`
    Deleted,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization_authorization")]
impl UserRoutingSkillState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl From<&str> for UserRoutingSkillState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization_authorization")]
impl std::fmt::Display for UserRoutingSkillState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl serde::Serialize for UserRoutingSkillState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization_authorization")]
impl<'de> serde::Deserialize<'de> for UserRoutingSkillState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/paths/~1api~1v2~1organizations~1features~1{featureName}/patch/parameters/0/schema`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PatchOrganizationsFeatureFeatureName {
    /// `realtimeCIC`
    RealtimeCic,
    /// `purecloud`
    Purecloud,
    /// `hipaa`
    Hipaa,
    /// `ucEnabled`
    UcEnabled,
    /// `pci`
    Pci,
    /// `purecloudVoice`
    PurecloudVoice,
    /// `xmppFederation`
    XmppFederation,
    /// `chat`
    Chat,
    /// `informalPhotos`
    InformalPhotos,
    /// `directory`
    Directory,
    /// `contactCenter`
    ContactCenter,
    /// `unifiedCommunications`
    UnifiedCommunications,
    /// `custserv`
    Custserv,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl PatchOrganizationsFeatureFeatureName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RealtimeCic => "realtimeCIC",
            Self::Purecloud => "purecloud",
            Self::Hipaa => "hipaa",
            Self::UcEnabled => "ucEnabled",
            Self::Pci => "pci",
            Self::PurecloudVoice => "purecloudVoice",
            Self::XmppFederation => "xmppFederation",
            Self::Chat => "chat",
            Self::InformalPhotos => "informalPhotos",
            Self::Directory => "directory",
            Self::ContactCenter => "contactCenter",
            Self::UnifiedCommunications => "unifiedCommunications",
            Self::Custserv => "custserv",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for PatchOrganizationsFeatureFeatureName {
    fn from(value: &str) -> Self {
        match value {
            "realtimeCIC" => Self::RealtimeCic,
            "purecloud" => Self::Purecloud,
            "hipaa" => Self::Hipaa,
            "ucEnabled" => Self::UcEnabled,
            "pci" => Self::Pci,
            "purecloudVoice" => Self::PurecloudVoice,
            "xmppFederation" => Self::XmppFederation,
            "chat" => Self::Chat,
            "informalPhotos" => Self::InformalPhotos,
            "directory" => Self::Directory,
            "contactCenter" => Self::ContactCenter,
            "unifiedCommunications" => Self::UnifiedCommunications,
            "custserv" => Self::Custserv,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for PatchOrganizationsFeatureFeatureName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for PatchOrganizationsFeatureFeatureName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for PatchOrganizationsFeatureFeatureName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/paths/~1api~1v2~1organizations~1limits~1changerequests/get/parameters/2/schema`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetOrganizationsLimitsChangerequestsStatus {
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `Rollback`
    Rollback,
    /// `Pending`
    Pending,
    /// `Open`
    Open,
    /// `SecondaryApprovalNamespacesAdded`
    SecondaryApprovalNamespacesAdded,
    /// `ReviewerApproved`
    ReviewerApproved,
    /// `ReviewerRejected`
    ReviewerRejected,
    /// `ReviewerRollback`
    ReviewerRollback,
    /// `ImplementingChange`
    ImplementingChange,
    /// `ChangeImplemented`
    ChangeImplemented,
    /// `ImplementingRollback`
    ImplementingRollback,
    /// `RollbackImplemented`
    RollbackImplemented,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl GetOrganizationsLimitsChangerequestsStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::Rollback => "Rollback",
            Self::Pending => "Pending",
            Self::Open => "Open",
            Self::SecondaryApprovalNamespacesAdded => "SecondaryApprovalNamespacesAdded",
            Self::ReviewerApproved => "ReviewerApproved",
            Self::ReviewerRejected => "ReviewerRejected",
            Self::ReviewerRollback => "ReviewerRollback",
            Self::ImplementingChange => "ImplementingChange",
            Self::ChangeImplemented => "ChangeImplemented",
            Self::ImplementingRollback => "ImplementingRollback",
            Self::RollbackImplemented => "RollbackImplemented",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for GetOrganizationsLimitsChangerequestsStatus {
    fn from(value: &str) -> Self {
        match value {
            "Approved" => Self::Approved,
            "Rejected" => Self::Rejected,
            "Rollback" => Self::Rollback,
            "Pending" => Self::Pending,
            "Open" => Self::Open,
            "SecondaryApprovalNamespacesAdded" => Self::SecondaryApprovalNamespacesAdded,
            "ReviewerApproved" => Self::ReviewerApproved,
            "ReviewerRejected" => Self::ReviewerRejected,
            "ReviewerRollback" => Self::ReviewerRollback,
            "ImplementingChange" => Self::ImplementingChange,
            "ChangeImplemented" => Self::ChangeImplemented,
            "ImplementingRollback" => Self::ImplementingRollback,
            "RollbackImplemented" => Self::RollbackImplemented,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for GetOrganizationsLimitsChangerequestsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for GetOrganizationsLimitsChangerequestsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for GetOrganizationsLimitsChangerequestsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/paths/~1api~1v2~1organizations~1limits~1changerequests/get/parameters/4/schema/items`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetOrganizationsLimitsChangerequestsExpandItem {
    /// `statusHistory`
    StatusHistory,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl GetOrganizationsLimitsChangerequestsExpandItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StatusHistory => "statusHistory",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for GetOrganizationsLimitsChangerequestsExpandItem {
    fn from(value: &str) -> Self {
        match value {
            "statusHistory" => Self::StatusHistory,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for GetOrganizationsLimitsChangerequestsExpandItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for GetOrganizationsLimitsChangerequestsExpandItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for GetOrganizationsLimitsChangerequestsExpandItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `#/paths/~1api~1v2~1organizations~1migrations/get/parameters/0/schema`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetOrganizationsMigrationsMigrationType {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// `All`
    All,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "organization")]
impl GetOrganizationsMigrationsMigrationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::All => "All",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "organization")]
impl From<&str> for GetOrganizationsMigrationsMigrationType {
    fn from(value: &str) -> Self {
        match value {
            "Enabled" => Self::Enabled,
            "Disabled" => Self::Disabled,
            "All" => Self::All,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "organization")]
impl std::fmt::Display for GetOrganizationsMigrationsMigrationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl serde::Serialize for GetOrganizationsMigrationsMigrationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "organization")]
impl<'de> serde::Deserialize<'de> for GetOrganizationsMigrationsMigrationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
