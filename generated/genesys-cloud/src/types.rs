//! The models: request and response types of the API.

/// `#/components/schemas/ApprovalNamespace`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalNamespace {
    /// The namespace of the associated approvers.
    ///
    /// Read-only: set by the server.
    pub namespace: Option<ApprovalNamespaceNamespace>,
    /// The current namespace approval status.
    ///
    /// Read-only: set by the server.
    pub status: Option<ApprovalNamespaceStatus>,
    /// The type of namespace approval.
    ///
    /// Read-only: set by the server.
    pub type_: Option<ApprovalNamespaceType>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    ApprovalNamespace {
        namespace: "namespace" (optional),
        status: "status" (optional),
        type_: "type" (optional),
    }
}

/// `#/components/schemas/AuditQueryResponse`
#[cfg(feature = "organization_authorization")]
pub type AuditQueryResponse = serde_json::Map<String, serde_json::Value>;

/// `#/components/schemas/Chat`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chat {
    /// The `jabberId` property.
    pub jabber_id: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Chat {
        jabber_id: "jabberId" (optional),
    }
}

/// `#/components/schemas/Contact`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    /// Email address or phone number for this contact type
    pub address: Option<String>,
    /// Formatted version of the address property
    ///
    /// Read-only: set by the server.
    pub display: Option<String>,
    /// The `mediaType` property.
    pub media_type: Option<ContactMediaType>,
    /// The `type` property.
    pub type_: Option<ContactType>,
    /// Use internal extension instead of address. Mutually exclusive with the address field.
    pub extension: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Contact {
        address: "address" (optional),
        display: "display" (optional),
        media_type: "mediaType" (optional),
        type_: "type" (optional),
        extension: "extension" (optional),
    }
}

/// `#/components/schemas/Detail`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detail {
    /// The `errorCode` property.
    pub error_code: Option<String>,
    /// The `fieldName` property.
    pub field_name: Option<String>,
    /// The `entityId` property.
    pub entity_id: Option<String>,
    /// The `entityName` property.
    pub entity_name: Option<String>,
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
crate::json_object! {
    Detail {
        error_code: "errorCode" (optional),
        field_name: "fieldName" (optional),
        entity_id: "entityId" (optional),
        entity_name: "entityName" (optional),
    }
}

/// `#/components/schemas/Division`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Division {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Division {
        id: "id" (optional),
        name: "name" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/DomainRole`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainRole {
    /// The ID of the role
    pub id: Option<String>,
    /// The name of the role
    pub name: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    DomainRole {
        id: "id" (optional),
        name: "name" (optional),
    }
}

/// `#/components/schemas/EmbeddedIntegration`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmbeddedIntegration {
    /// The `enableWhitelist` property.
    pub enable_whitelist: Option<bool>,
    /// The `domainWhitelist` property.
    pub domain_whitelist: Option<Vec<String>>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    EmbeddedIntegration {
        enable_whitelist: "enableWhitelist" (optional),
        domain_whitelist: "domainWhitelist" (optional),
    }
}

/// `#/components/schemas/EnforceScopesSetting`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnforceScopesSetting {
    /// The `enforceScopes` property.
    pub enforce_scopes: Option<bool>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    EnforceScopesSetting {
        enforce_scopes: "enforceScopes" (optional),
    }
}

/// `#/components/schemas/ErrorBody`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorBody {
    /// The `message` property.
    pub message: Option<String>,
    /// The `code` property.
    pub code: Option<String>,
    /// The `status` property.
    pub status: Option<i32>,
    /// The `entityId` property.
    pub entity_id: Option<String>,
    /// The `entityName` property.
    pub entity_name: Option<String>,
    /// The `messageWithParams` property.
    pub message_with_params: Option<String>,
    /// The `messageParams` property.
    pub message_params: Option<std::collections::BTreeMap<String, String>>,
    /// The `contextId` property.
    pub context_id: Option<String>,
    /// The `details` property.
    pub details: Option<Vec<Detail>>,
    /// The `errors` property.
    pub errors: Option<Vec<ErrorBody>>,
    /// The `limit` property.
    pub limit: Option<Limit>,
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
crate::json_object! {
    ErrorBody {
        message: "message" (optional),
        code: "code" (optional),
        status: "status" (optional),
        entity_id: "entityId" (optional),
        entity_name: "entityName" (optional),
        message_with_params: "messageWithParams" (optional),
        message_params: "messageParams" (optional),
        context_id: "contextId" (optional),
        details: "details" (optional),
        errors: "errors" (optional),
        limit: "limit" (optional),
    }
}

/// `#/components/schemas/Facet`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct Facet {
    /// The name of the field on which to facet.
    pub name: String,
    /// The type of the facet, DATE or STRING.
    pub type_: String,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Facet {
        name: "name" (required),
        type_: "type" (required),
    }
}

/// `#/components/schemas/FeatureState`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeatureState {
    /// The `enabled` property.
    pub enabled: Option<bool>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    FeatureState {
        enabled: "enabled" (optional),
    }
}

/// `#/components/schemas/FieldConfig`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldConfig {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The `entityType` property.
    pub entity_type: Option<FieldConfigEntityType>,
    /// The `state` property.
    pub state: Option<String>,
    /// The `sections` property.
    pub sections: Option<Vec<Section>>,
    /// The `version` property.
    pub version: Option<String>,
    /// The `schemaVersion` property.
    pub schema_version: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    FieldConfig {
        id: "id" (optional),
        name: "name" (optional),
        entity_type: "entityType" (optional),
        state: "state" (optional),
        sections: "sections" (optional),
        version: "version" (optional),
        schema_version: "schemaVersion" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/FieldList`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldList {
    /// The `customLabels` property.
    pub custom_labels: Option<bool>,
    /// The `instructionText` property.
    pub instruction_text: Option<String>,
    /// The `key` property.
    pub key: Option<String>,
    /// The `labelKeys` property.
    pub label_keys: Option<Vec<String>>,
    /// The `params` property.
    pub params: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    /// The `repeatable` property.
    pub repeatable: Option<bool>,
    /// The `state` property.
    pub state: Option<String>,
    /// The `type` property.
    pub type_: Option<String>,
    /// The `required` property.
    pub required: Option<bool>,
    /// The `gdpr` property.
    pub gdpr: Option<bool>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    FieldList {
        custom_labels: "customLabels" (optional),
        instruction_text: "instructionText" (optional),
        key: "key" (optional),
        label_keys: "labelKeys" (optional),
        params: "params" (optional),
        repeatable: "repeatable" (optional),
        state: "state" (optional),
        type_: "type" (optional),
        required: "required" (optional),
        gdpr: "gdpr" (optional),
    }
}

/// `#/components/schemas/Filter`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// The name of the field by which to filter.
    pub name: String,
    /// The type of the filter, DATE or STRING.
    pub type_: String,
    /// The operation that the filter performs.
    pub operator: String,
    /// The values to make the filter comparison against.
    pub values: Vec<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Filter {
        name: "name" (required),
        type_: "type" (required),
        operator: "operator" (required),
        values: "values" (required),
    }
}

/// `#/components/schemas/Geolocation`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Geolocation {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// A string used to describe the type of client the geolocation is being updated from e.g. ios, android, web, etc.
    pub type_: Option<String>,
    /// A boolean used to tell whether or not to set this geolocation client as the primary on a PATCH
    pub primary: Option<bool>,
    /// The `latitude` property.
    pub latitude: Option<f64>,
    /// The `longitude` property.
    pub longitude: Option<f64>,
    /// The `country` property.
    pub country: Option<String>,
    /// The `region` property.
    pub region: Option<String>,
    /// The `city` property.
    pub city: Option<String>,
    /// The `locations` property.
    pub locations: Option<Vec<LocationDefinition>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Geolocation {
        id: "id" (optional),
        name: "name" (optional),
        type_: "type" (optional),
        primary: "primary" (optional),
        latitude: "latitude" (optional),
        longitude: "longitude" (optional),
        country: "country" (optional),
        region: "region" (optional),
        city: "city" (optional),
        locations: "locations" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/Group`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The group name.
    pub name: String,
    /// The `description` property.
    pub description: Option<String>,
    /// Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Number of members.
    ///
    /// Read-only: set by the server.
    pub member_count: Option<i64>,
    /// Active, inactive, or deleted state.
    ///
    /// Read-only: set by the server.
    pub state: Option<GroupState>,
    /// Current version for this resource.
    ///
    /// Read-only: set by the server.
    pub version: Option<i32>,
    /// Type of group.
    pub type_: GroupType,
    /// The `images` property.
    pub images: Option<Vec<UserImage>>,
    /// The `addresses` property.
    pub addresses: Option<Vec<GroupContact>>,
    /// Are membership rules visible to the person requesting to view the group
    pub rules_visible: bool,
    /// Who can view this group
    pub visibility: GroupVisibility,
    /// Owners of the group
    pub owners: Option<Vec<User>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Group {
        id: "id" (optional),
        name: "name" (required),
        description: "description" (optional),
        date_modified: "dateModified" (optional),
        member_count: "memberCount" (optional),
        state: "state" (optional),
        version: "version" (optional),
        type_: "type" (required),
        images: "images" (optional),
        addresses: "addresses" (optional),
        rules_visible: "rulesVisible" (required),
        visibility: "visibility" (required),
        owners: "owners" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/GroupContact`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct GroupContact {
    /// Phone number for this contact type
    pub address: String,
    /// Formatted version of the address property
    ///
    /// Read-only: set by the server.
    pub display: Option<String>,
    /// Contact type of the address
    pub type_: GroupContactType,
    /// Media type of the address
    pub media_type: GroupContactMediaType,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    GroupContact {
        address: "address" (required),
        display: "display" (optional),
        type_: "type" (required),
        media_type: "mediaType" (required),
    }
}

/// `#/components/schemas/IpAddressAuthentication`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IpAddressAuthentication {
    /// The `networkWhitelist` property.
    pub network_whitelist: Option<Vec<String>>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    IpAddressAuthentication {
        network_whitelist: "networkWhitelist" (optional),
    }
}

/// `#/components/schemas/Limit`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Limit {
    /// The `key` property.
    pub key: Option<String>,
    /// The `namespace` property.
    pub namespace: Option<LimitNamespace>,
    /// The `value` property.
    pub value: Option<i64>,
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
crate::json_object! {
    Limit {
        key: "key" (optional),
        namespace: "namespace" (optional),
        value: "value" (optional),
    }
}

/// `#/components/schemas/LimitChangeRequest`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq)]
pub struct LimitChangeRequest {
    /// The `id` property.
    pub id: Option<String>,
    /// The `key` property.
    pub key: String,
    /// The `namespace` property.
    pub namespace: String,
    /// The `requestedValue` property.
    pub requested_value: f64,
    /// The `description` property.
    pub description: String,
    /// The `supportCaseUrl` property.
    pub support_case_url: String,
    /// The `createdBy` property.
    pub created_by: Option<String>,
    /// The `selfUri` property.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    LimitChangeRequest {
        id: "id" (optional),
        key: "key" (required),
        namespace: "namespace" (required),
        requested_value: "requestedValue" (required),
        description: "description" (required),
        support_case_url: "supportCaseUrl" (required),
        created_by: "createdBy" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/LimitChangeRequestDetails`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq)]
pub struct LimitChangeRequestDetails {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Limit key to be overridden (see https://developer.mypurecloud.com/api/rest/v2/organization/limits.html#available_limits)
    pub key: String,
    /// Namespace the key belongs to (see https://developer.mypurecloud.com/api/rest/v2/organization/limits.html#available_limits)
    pub namespace: LimitChangeRequestDetailsNamespace,
    /// Requested limit value for a given key
    pub requested_value: f64,
    /// Description of the need for the limit change request
    pub description: String,
    /// The support case url created by Care
    pub support_case_url: String,
    /// Current status of the limit change request
    ///
    /// Read-only: set by the server.
    pub status: Option<LimitChangeRequestDetailsStatus>,
    /// Current limit value for a given key
    ///
    /// Read-only: set by the server.
    pub current_value: Option<f64>,
    /// The date of the limit change request creation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// List of statuses that a limit change request has gone through
    ///
    /// Read-only: set by the server.
    pub status_history: Option<Vec<StatusChange>>,
    /// The date of the limit change request completion (ChangeImplemented, Rejected, or RollbackImplemented. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_completed: Option<chrono::DateTime<chrono::Utc>>,
    /// The reason for rejecting the limit override request
    ///
    /// Read-only: set by the server.
    pub reject_reason: Option<LimitChangeRequestDetailsRejectReason>,
    /// The approval breakdown for this override request.
    ///
    /// Read-only: set by the server.
    pub approval_namespaces: Option<Vec<ApprovalNamespace>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    LimitChangeRequestDetails {
        id: "id" (optional),
        key: "key" (required),
        namespace: "namespace" (required),
        requested_value: "requestedValue" (required),
        description: "description" (required),
        support_case_url: "supportCaseUrl" (required),
        status: "status" (optional),
        current_value: "currentValue" (optional),
        date_created: "dateCreated" (optional),
        status_history: "statusHistory" (optional),
        date_completed: "dateCompleted" (optional),
        reject_reason: "rejectReason" (optional),
        approval_namespaces: "approvalNamespaces" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/LimitChangeRequestUpdate`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LimitChangeRequestUpdate {
    /// The `status` property.
    pub status: Option<String>,
    /// The `rejectReason` property.
    pub reject_reason: Option<String>,
    /// The `secondaryApprovalNamespaces` property.
    pub secondary_approval_namespaces: Option<Vec<String>>,
    /// The `namespace` property.
    pub namespace: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    LimitChangeRequestUpdate {
        status: "status" (optional),
        reject_reason: "rejectReason" (optional),
        secondary_approval_namespaces: "secondaryApprovalNamespaces" (optional),
        namespace: "namespace" (optional),
    }
}

/// `#/components/schemas/LimitChangeRequestsEntityListing`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LimitChangeRequestsEntityListing {
    /// The `entities` property.
    pub entities: Option<Vec<LimitChangeRequestDetails>>,
    /// The `nextUri` property.
    pub next_uri: Option<String>,
    /// The `selfUri` property.
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    pub previous_uri: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    LimitChangeRequestsEntityListing {
        entities: "entities" (optional),
        next_uri: "nextUri" (optional),
        self_uri: "selfUri" (optional),
        previous_uri: "previousUri" (optional),
    }
}

/// `#/components/schemas/LimitsEntityListing`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LimitsEntityListing {
    /// The `entities` property.
    pub entities: Option<Vec<Limit>>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    LimitsEntityListing {
        entities: "entities" (optional),
    }
}

/// `#/components/schemas/Location`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Location {
    /// The `id` property.
    pub id: Option<String>,
    /// The `floorplanId` property.
    pub floorplan_id: Option<String>,
    /// The `coordinates` property.
    pub coordinates: Option<std::collections::BTreeMap<String, f64>>,
    /// The `notes` property.
    pub notes: Option<String>,
    /// The `locationDefinition` property.
    pub location_definition: Option<LocationDefinition>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Location {
        id: "id" (optional),
        floorplan_id: "floorplanId" (optional),
        coordinates: "coordinates" (optional),
        notes: "notes" (optional),
        location_definition: "locationDefinition" (optional),
    }
}

/// `#/components/schemas/LocationAddress`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocationAddress {
    /// The `city` property.
    pub city: Option<String>,
    /// The `country` property.
    pub country: Option<String>,
    /// The `countryName` property.
    pub country_name: Option<String>,
    /// The `state` property.
    pub state: Option<String>,
    /// The `street1` property.
    pub street1: Option<String>,
    /// The `street2` property.
    pub street2: Option<String>,
    /// The `zipcode` property.
    pub zipcode: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    LocationAddress {
        city: "city" (optional),
        country: "country" (optional),
        country_name: "countryName" (optional),
        state: "state" (optional),
        street1: "street1" (optional),
        street2: "street2" (optional),
        zipcode: "zipcode" (optional),
    }
}

/// `#/components/schemas/LocationDefinition`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct LocationDefinition {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The name of the Location.
    pub name: String,
    /// The `address` property.
    pub address: Option<LocationAddress>,
    /// The `addressVerified` property.
    pub address_verified: Option<bool>,
    /// The `emergencyNumber` property.
    pub emergency_number: Option<LocationEmergencyNumber>,
    /// Current activity status of the location.
    pub state: Option<LocationDefinitionState>,
    /// The `version` property.
    pub version: Option<i32>,
    /// The `path` property.
    pub path: Option<Vec<String>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    LocationDefinition {
        id: "id" (optional),
        name: "name" (required),
        address: "address" (optional),
        address_verified: "addressVerified" (optional),
        emergency_number: "emergencyNumber" (optional),
        state: "state" (optional),
        version: "version" (optional),
        path: "path" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/LocationEmergencyNumber`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocationEmergencyNumber {
    /// The `e164` property.
    pub e164: Option<String>,
    /// The `number` property.
    pub number: Option<String>,
    /// The type of emergency number.
    pub type_: Option<LocationEmergencyNumberType>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    LocationEmergencyNumber {
        e164: "e164" (optional),
        number: "number" (optional),
        type_: "type" (optional),
    }
}

/// `#/components/schemas/MediaSummary`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaSummary {
    /// The `contactCenter` property.
    pub contact_center: Option<MediaSummaryDetail>,
    /// The `enterprise` property.
    pub enterprise: Option<MediaSummaryDetail>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    MediaSummary {
        contact_center: "contactCenter" (optional),
        enterprise: "enterprise" (optional),
    }
}

/// `#/components/schemas/MediaSummaryDetail`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaSummaryDetail {
    /// The `active` property.
    pub active: Option<i32>,
    /// The `acw` property.
    pub acw: Option<i32>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    MediaSummaryDetail {
        active: "active" (optional),
        acw: "acw" (optional),
    }
}

/// `#/components/schemas/Migration`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Migration {
    /// The `name` property.
    pub name: Option<String>,
    /// The `enabled` property.
    pub enabled: Option<bool>,
    /// The `dateAvailable` property.
    pub date_available: Option<String>,
    /// The `dateDue` property.
    pub date_due: Option<String>,
    /// The `configurable` property.
    pub configurable: Option<bool>,
    /// The `description` property.
    pub description: Option<String>,
    /// The `documentationLink` property.
    pub documentation_link: Option<String>,
    /// The `displayName` property.
    pub display_name: Option<String>,
    /// The `selfUri` property.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    Migration {
        name: "name" (optional),
        enabled: "enabled" (optional),
        date_available: "dateAvailable" (optional),
        date_due: "dateDue" (optional),
        configurable: "configurable" (optional),
        description: "description" (optional),
        documentation_link: "documentationLink" (optional),
        display_name: "displayName" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/MigrationListing`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MigrationListing {
    /// The `entities` property.
    pub entities: Option<Vec<Migration>>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    MigrationListing {
        entities: "entities" (optional),
    }
}

/// `#/components/schemas/MigrationState`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MigrationState {
    /// The `enabled` property.
    pub enabled: Option<bool>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    MigrationState {
        enabled: "enabled" (optional),
    }
}

/// `#/components/schemas/MigrationUpdate`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MigrationUpdate {
    /// The `enabled` property.
    pub enabled: Option<bool>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    MigrationUpdate {
        enabled: "enabled" (optional),
    }
}

/// `#/components/schemas/OrgAuthSettings`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgAuthSettings {
    /// Indicates whether multi-factor authentication is required.
    pub multifactor_authentication_required: Option<bool>,
    /// Indicates whether the domain allowlist is enabled.
    pub domain_allowlist_enabled: Option<bool>,
    /// The list of domains that will be allowed to embed Genesys Cloud applications.
    pub domain_allowlist: Option<Vec<String>>,
    /// The list of IP addresses that will be allowed to authenticate with Genesys Cloud.
    pub ip_address_allowlist: Option<Vec<String>>,
    /// The password requirements for the organization.
    pub password_requirements: Option<PasswordRequirements>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    OrgAuthSettings {
        multifactor_authentication_required: "multifactorAuthenticationRequired" (optional),
        domain_allowlist_enabled: "domainAllowlistEnabled" (optional),
        domain_allowlist: "domainAllowlist" (optional),
        ip_address_allowlist: "ipAddressAllowlist" (optional),
        password_requirements: "passwordRequirements" (optional),
    }
}

/// `#/components/schemas/OrgUser`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct OrgUser {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The division to which this entity belongs.
    pub division: Option<Division>,
    /// The `chat` property.
    pub chat: Option<Chat>,
    /// The `department` property.
    pub department: Option<String>,
    /// The `email` property.
    pub email: Option<String>,
    /// Auto populated from addresses.
    ///
    /// Read-only: set by the server.
    pub primary_contact_info: Option<Vec<Contact>>,
    /// Email addresses and phone numbers for this user
    pub addresses: Option<Vec<Contact>>,
    /// The current state for this user.
    ///
    /// Read-only: set by the server.
    pub state: Option<OrgUserState>,
    /// The `title` property.
    pub title: Option<String>,
    /// The `username` property.
    pub username: Option<String>,
    /// The `manager` property.
    pub manager: Option<User>,
    /// The `images` property.
    pub images: Option<Vec<UserImage>>,
    /// Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
    pub version: i32,
    /// ACD routing status
    ///
    /// Read-only: set by the server.
    pub routing_status: Option<RoutingStatus>,
    /// Active presence
    ///
    /// Read-only: set by the server.
    pub presence: Option<UserPresence>,
    /// Summary of conversion statistics for conversation types.
    ///
    /// Read-only: set by the server.
    pub conversation_summary: Option<UserConversationSummary>,
    /// Determine if out of office is enabled
    ///
    /// Read-only: set by the server.
    pub out_of_office: Option<OutOfOffice>,
    /// Current geolocation position
    ///
    /// Read-only: set by the server.
    pub geolocation: Option<Geolocation>,
    /// Effective, default, and last station information
    ///
    /// Read-only: set by the server.
    pub station: Option<UserStations>,
    /// Roles and permissions assigned to the user
    ///
    /// Read-only: set by the server.
    pub authorization: Option<UserAuthorization>,
    /// Profile skills possessed by the user
    ///
    /// Read-only: set by the server.
    pub profile_skills: Option<Vec<String>>,
    /// The user placement at each site location.
    ///
    /// Read-only: set by the server.
    pub locations: Option<Vec<Location>>,
    /// The groups the user is a member of
    ///
    /// Read-only: set by the server.
    pub groups: Option<Vec<Group>>,
    /// Routing (ACD) skills possessed by the user
    ///
    /// Read-only: set by the server.
    pub skills: Option<Vec<UserRoutingSkill>>,
    /// Routing (ACD) languages possessed by the user
    ///
    /// Read-only: set by the server.
    pub languages: Option<Vec<UserRoutingLanguage>>,
    /// acd auto answer
    pub acd_auto_answer: Option<bool>,
    /// preferred language by the user
    ///
    /// Read-only: set by the server.
    pub language_preference: Option<String>,
    /// The `organization` property.
    pub organization: Option<Organization>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    OrgUser {
        id: "id" (optional),
        name: "name" (optional),
        division: "division" (optional),
        chat: "chat" (optional),
        department: "department" (optional),
        email: "email" (optional),
        primary_contact_info: "primaryContactInfo" (optional),
        addresses: "addresses" (optional),
        state: "state" (optional),
        title: "title" (optional),
        username: "username" (optional),
        manager: "manager" (optional),
        images: "images" (optional),
        version: "version" (required),
        routing_status: "routingStatus" (optional),
        presence: "presence" (optional),
        conversation_summary: "conversationSummary" (optional),
        out_of_office: "outOfOffice" (optional),
        geolocation: "geolocation" (optional),
        station: "station" (optional),
        authorization: "authorization" (optional),
        profile_skills: "profileSkills" (optional),
        locations: "locations" (optional),
        groups: "groups" (optional),
        skills: "skills" (optional),
        languages: "languages" (optional),
        acd_auto_answer: "acdAutoAnswer" (optional),
        language_preference: "languagePreference" (optional),
        organization: "organization" (optional),
    }
}

/// `#/components/schemas/OrgWhitelistSettings`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgWhitelistSettings {
    /// The `enableWhitelist` property.
    pub enable_whitelist: Option<bool>,
    /// The `domainWhitelist` property.
    pub domain_whitelist: Option<Vec<String>>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    OrgWhitelistSettings {
        enable_whitelist: "enableWhitelist" (optional),
        domain_whitelist: "domainWhitelist" (optional),
    }
}

/// `#/components/schemas/Organization`
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The default language for this organization. Example: 'en'
    pub default_language: Option<String>,
    /// The default country code for this organization. Example: 'US'
    pub default_country_code: Option<String>,
    /// The short name for the organization. This field is globally unique and cannot be changed.
    ///
    /// Read-only: set by the server.
    pub third_party_org_name: Option<String>,
    /// The `thirdPartyURI` property.
    pub third_party_uri: Option<String>,
    /// The `domain` property.
    pub domain: Option<String>,
    /// The current version of the organization.
    pub version: i32,
    /// The current state. Examples are active, inactive, deleted.
    pub state: Option<OrganizationState>,
    /// The `defaultSiteId` property.
    pub default_site_id: Option<String>,
    /// The `thirdPartyOrgId` property.
    pub third_party_org_id: Option<String>,
    /// The `deletable` property.
    pub deletable: Option<bool>,
    /// Email address where support tickets are sent to.
    pub support_uri: Option<String>,
    /// The `voicemailEnabled` property.
    pub voicemail_enabled: Option<bool>,
    /// Organizations Originating Platform.
    ///
    /// Read-only: set by the server.
    pub product_platform: Option<OrganizationProductPlatform>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
    /// The state of features available for the organization.
    ///
    /// Read-only: set by the server.
    pub features: Option<std::collections::BTreeMap<String, bool>>,
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
crate::json_object! {
    Organization {
        id: "id" (optional),
        name: "name" (optional),
        default_language: "defaultLanguage" (optional),
        default_country_code: "defaultCountryCode" (optional),
        third_party_org_name: "thirdPartyOrgName" (optional),
        third_party_uri: "thirdPartyURI" (optional),
        domain: "domain" (optional),
        version: "version" (required),
        state: "state" (optional),
        default_site_id: "defaultSiteId" (optional),
        third_party_org_id: "thirdPartyOrgId" (optional),
        deletable: "deletable" (optional),
        support_uri: "supportURI" (optional),
        voicemail_enabled: "voicemailEnabled" (optional),
        product_platform: "productPlatform" (optional),
        self_uri: "selfUri" (optional),
        features: "features" (optional),
    }
}

/// `#/components/schemas/OrganizationCreate`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCreate {
    /// The `name` property.
    pub name: String,
    /// The `adminUsername` property.
    pub admin_username: String,
    /// The `adminPassword` property.
    pub admin_password: String,
    /// The `domain` property.
    pub domain: String,
    /// The `thirdPartyOrgName` property.
    pub third_party_org_name: String,
    /// The `deletable` property.
    pub deletable: Option<bool>,
    /// The `organizationType` property.
    pub organization_type: Option<String>,
    /// The `products` property.
    pub products: Option<Vec<String>>,
    /// The `salesforceClient` property.
    pub salesforce_client: Option<bool>,
    /// The `organizationFeatures` property.
    pub organization_features: Option<std::collections::BTreeMap<String, bool>>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    OrganizationCreate {
        name: "name" (required),
        admin_username: "adminUsername" (required),
        admin_password: "adminPassword" (required),
        domain: "domain" (required),
        third_party_org_name: "thirdPartyOrgName" (required),
        deletable: "deletable" (optional),
        organization_type: "organizationType" (optional),
        products: "products" (optional),
        salesforce_client: "salesforceClient" (optional),
        organization_features: "organizationFeatures" (optional),
    }
}

/// `#/components/schemas/OrganizationFeatures`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationFeatures {
    /// The `realtimeCIC` property.
    pub realtime_cic: Option<bool>,
    /// The `purecloud` property.
    pub purecloud: Option<bool>,
    /// The `hipaa` property.
    pub hipaa: Option<bool>,
    /// The `ucEnabled` property.
    pub uc_enabled: Option<bool>,
    /// The `pci` property.
    pub pci: Option<bool>,
    /// The `purecloudVoice` property.
    pub purecloud_voice: Option<bool>,
    /// The `xmppFederation` property.
    pub xmpp_federation: Option<bool>,
    /// The `chat` property.
    pub chat: Option<bool>,
    /// The `informalPhotos` property.
    pub informal_photos: Option<bool>,
    /// The `directory` property.
    pub directory: Option<bool>,
    /// The `contactCenter` property.
    pub contact_center: Option<bool>,
    /// The `unifiedCommunications` property.
    pub unified_communications: Option<bool>,
    /// The `custserv` property.
    pub custserv: Option<bool>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    OrganizationFeatures {
        realtime_cic: "realtimeCIC" (optional),
        purecloud: "purecloud" (optional),
        hipaa: "hipaa" (optional),
        uc_enabled: "ucEnabled" (optional),
        pci: "pci" (optional),
        purecloud_voice: "purecloudVoice" (optional),
        xmpp_federation: "xmppFederation" (optional),
        chat: "chat" (optional),
        informal_photos: "informalPhotos" (optional),
        directory: "directory" (optional),
        contact_center: "contactCenter" (optional),
        unified_communications: "unifiedCommunications" (optional),
        custserv: "custserv" (optional),
    }
}

/// `#/components/schemas/OutOfOffice`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutOfOffice {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The `user` property.
    pub user: Option<Box<User>>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `active` property.
    pub active: Option<bool>,
    /// The `indefinite` property.
    pub indefinite: Option<bool>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    OutOfOffice {
        id: "id" (optional),
        name: "name" (optional),
        user: "user" (optional),
        start_date: "startDate" (optional),
        end_date: "endDate" (optional),
        active: "active" (optional),
        indefinite: "indefinite" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/PasswordRequirements`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordRequirements {
    /// The `minimumLength` property.
    pub minimum_length: Option<i32>,
    /// The `minimumDigits` property.
    pub minimum_digits: Option<i32>,
    /// The `minimumLetters` property.
    pub minimum_letters: Option<i32>,
    /// The `minimumUpper` property.
    pub minimum_upper: Option<i32>,
    /// The `minimumLower` property.
    pub minimum_lower: Option<i32>,
    /// The `minimumSpecials` property.
    pub minimum_specials: Option<i32>,
    /// The `minimumAgeSeconds` property.
    pub minimum_age_seconds: Option<i32>,
    /// The `expirationDays` property.
    pub expiration_days: Option<i32>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    PasswordRequirements {
        minimum_length: "minimumLength" (optional),
        minimum_digits: "minimumDigits" (optional),
        minimum_letters: "minimumLetters" (optional),
        minimum_upper: "minimumUpper" (optional),
        minimum_lower: "minimumLower" (optional),
        minimum_specials: "minimumSpecials" (optional),
        minimum_age_seconds: "minimumAgeSeconds" (optional),
        expiration_days: "expirationDays" (optional),
    }
}

/// `#/components/schemas/PresenceDefinition`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PresenceDefinition {
    /// description
    pub id: Option<String>,
    /// The `systemPresence` property.
    pub system_presence: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    PresenceDefinition {
        id: "id" (optional),
        system_presence: "systemPresence" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/ResourceConditionNode`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceConditionNode {
    /// The `variableName` property.
    pub variable_name: Option<String>,
    /// The `conjunction` property.
    pub conjunction: Option<ResourceConditionNodeConjunction>,
    /// The `operator` property.
    pub operator: Option<ResourceConditionNodeOperator>,
    /// The `operands` property.
    pub operands: Option<Vec<ResourceConditionValue>>,
    /// The `terms` property.
    pub terms: Option<Vec<ResourceConditionNode>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    ResourceConditionNode {
        variable_name: "variableName" (optional),
        conjunction: "conjunction" (optional),
        operator: "operator" (optional),
        operands: "operands" (optional),
        terms: "terms" (optional),
    }
}

/// `#/components/schemas/ResourceConditionValue`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceConditionValue {
    /// The `type` property.
    pub type_: Option<ResourceConditionValueType>,
    /// The `value` property.
    pub value: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    ResourceConditionValue {
        type_: "type" (optional),
        value: "value" (optional),
    }
}

/// `#/components/schemas/ResourcePermissionPolicy`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePermissionPolicy {
    /// The `id` property.
    pub id: Option<String>,
    /// The `domain` property.
    pub domain: Option<String>,
    /// The `entityName` property.
    pub entity_name: Option<String>,
    /// The `policyName` property.
    pub policy_name: Option<String>,
    /// The `policyDescription` property.
    pub policy_description: Option<String>,
    /// The `actionSetKey` property.
    pub action_set_key: Option<String>,
    /// The `allowConditions` property.
    pub allow_conditions: Option<bool>,
    /// The `resourceConditionNode` property.
    pub resource_condition_node: Option<ResourceConditionNode>,
    /// The `namedResources` property.
    pub named_resources: Option<Vec<String>>,
    /// The `resourceCondition` property.
    pub resource_condition: Option<String>,
    /// The `actionSet` property.
    pub action_set: Option<Vec<String>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    ResourcePermissionPolicy {
        id: "id" (optional),
        domain: "domain" (optional),
        entity_name: "entityName" (optional),
        policy_name: "policyName" (optional),
        policy_description: "policyDescription" (optional),
        action_set_key: "actionSetKey" (optional),
        allow_conditions: "allowConditions" (optional),
        resource_condition_node: "resourceConditionNode" (optional),
        named_resources: "namedResources" (optional),
        resource_condition: "resourceCondition" (optional),
        action_set: "actionSet" (optional),
    }
}

/// `#/components/schemas/RoutingStatus`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoutingStatus {
    /// The userId of the agent
    pub user_id: Option<String>,
    /// Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
    pub status: Option<RoutingStatusStatus>,
    /// The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    RoutingStatus {
        user_id: "userId" (optional),
        status: "status" (optional),
        start_time: "startTime" (optional),
    }
}

/// `#/components/schemas/Section`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// The `fieldList` property.
    pub field_list: Option<Vec<FieldList>>,
    /// The `instructionText` property.
    pub instruction_text: Option<String>,
    /// The `key` property.
    pub key: Option<String>,
    /// The `state` property.
    pub state: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    Section {
        field_list: "fieldList" (optional),
        instruction_text: "instructionText" (optional),
        key: "key" (optional),
        state: "state" (optional),
    }
}

/// `#/components/schemas/StatusChange`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusChange {
    /// The date of this status change. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_status_changed: Option<chrono::DateTime<chrono::Utc>>,
    /// The status the change request transitioned to
    ///
    /// Read-only: set by the server.
    pub status: Option<StatusChangeStatus>,
    /// The status the change request transitioned from
    ///
    /// Read-only: set by the server.
    pub previous_status: Option<StatusChangePreviousStatus>,
    /// The namespace for the status change
    ///
    /// Read-only: set by the server.
    pub namespace: Option<StatusChangeNamespace>,
    /// A short message describing the status change
    ///
    /// Read-only: set by the server.
    pub message: Option<String>,
    /// The reason for rejecting the limit override request
    ///
    /// Read-only: set by the server.
    pub reject_reason: Option<LimitChangeRequestDetailsRejectReason>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    StatusChange {
        date_status_changed: "dateStatusChanged" (optional),
        status: "status" (optional),
        previous_status: "previousStatus" (optional),
        namespace: "namespace" (optional),
        message: "message" (optional),
        reject_reason: "rejectReason" (optional),
    }
}

/// `#/components/schemas/TrustCreate`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct TrustCreate {
    /// The pairing Id created by the trustee. This is required to prove that the trustee agrees to the relationship.
    pub pairing_id: String,
    /// If disabled no trustee user will have access, even if they were previously added.
    pub enabled: bool,
    /// The list of users and their roles to which access will be granted. The users are from the trustee and the roles are from the trustor. If no users are specified, at least one group is required.
    pub users: Option<Vec<TrustMemberCreate>>,
    /// The list of groups and their roles to which access will be granted. The groups are from the trustee and the roles are from the trustor. If no groups are specified, at least one user is required.
    pub groups: Option<Vec<TrustMemberCreate>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustCreate {
        pairing_id: "pairingId" (required),
        enabled: "enabled" (required),
        users: "users" (optional),
        groups: "groups" (optional),
    }
}

/// `#/components/schemas/TrustEntityListing`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustEntityListing {
    /// The `entities` property.
    pub entities: Option<Vec<Trustee>>,
    /// The `pageSize` property.
    pub page_size: Option<i32>,
    /// The `pageNumber` property.
    pub page_number: Option<i32>,
    /// The `total` property.
    pub total: Option<i64>,
    /// The `firstUri` property.
    pub first_uri: Option<String>,
    /// The `selfUri` property.
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    pub previous_uri: Option<String>,
    /// The `nextUri` property.
    pub next_uri: Option<String>,
    /// The `lastUri` property.
    pub last_uri: Option<String>,
    /// The `pageCount` property.
    pub page_count: Option<i32>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustEntityListing {
        entities: "entities" (optional),
        page_size: "pageSize" (optional),
        page_number: "pageNumber" (optional),
        total: "total" (optional),
        first_uri: "firstUri" (optional),
        self_uri: "selfUri" (optional),
        previous_uri: "previousUri" (optional),
        next_uri: "nextUri" (optional),
        last_uri: "lastUri" (optional),
        page_count: "pageCount" (optional),
    }
}

/// `#/components/schemas/TrustGroup`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct TrustGroup {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The group name.
    pub name: String,
    /// The `description` property.
    pub description: Option<String>,
    /// Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Number of members.
    ///
    /// Read-only: set by the server.
    pub member_count: Option<i64>,
    /// Active, inactive, or deleted state.
    ///
    /// Read-only: set by the server.
    pub state: Option<GroupState>,
    /// Current version for this resource.
    ///
    /// Read-only: set by the server.
    pub version: Option<i32>,
    /// Type of group.
    pub type_: GroupType,
    /// The `images` property.
    pub images: Option<Vec<UserImage>>,
    /// The `addresses` property.
    pub addresses: Option<Vec<GroupContact>>,
    /// Are membership rules visible to the person requesting to view the group
    pub rules_visible: bool,
    /// Who can view this group
    pub visibility: GroupVisibility,
    /// Owners of the group
    pub owners: Option<Vec<User>>,
    /// The date on which the trusted group was added. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// The user that added trusted group.
    ///
    /// Read-only: set by the server.
    pub created_by: Option<OrgUser>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustGroup {
        id: "id" (optional),
        name: "name" (required),
        description: "description" (optional),
        date_modified: "dateModified" (optional),
        member_count: "memberCount" (optional),
        state: "state" (optional),
        version: "version" (optional),
        type_: "type" (required),
        images: "images" (optional),
        addresses: "addresses" (optional),
        rules_visible: "rulesVisible" (required),
        visibility: "visibility" (required),
        owners: "owners" (optional),
        date_created: "dateCreated" (optional),
        created_by: "createdBy" (optional),
    }
}

/// `#/components/schemas/TrustMemberCreate`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct TrustMemberCreate {
    /// Trustee User or Group Id
    pub id: String,
    /// The list of trustor organization roles granting this user or group access.
    pub role_ids: Vec<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustMemberCreate {
        id: "id" (required),
        role_ids: "roleIds" (required),
    }
}

/// `#/components/schemas/TrustRequest`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustRequest {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// User who created this request.
    ///
    /// Read-only: set by the server.
    pub created_by: Option<OrgUser>,
    /// Date request was created. There is a 48 hour expiration on all requests. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// Trustee organization who generated this request.
    ///
    /// Read-only: set by the server.
    pub trustee: Option<Organization>,
    /// The list of trustee users that are requesting access.
    ///
    /// Read-only: set by the server.
    pub users: Option<Vec<OrgUser>>,
    /// The list of trustee groups that are requesting access.
    ///
    /// Read-only: set by the server.
    pub groups: Option<Vec<TrustGroup>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustRequest {
        id: "id" (optional),
        created_by: "createdBy" (optional),
        date_created: "dateCreated" (optional),
        trustee: "trustee" (optional),
        users: "users" (optional),
        groups: "groups" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/TrustRequestCreate`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustRequestCreate {
    /// The list of trustee users that are requesting access. If no users are specified, at least one group is required.
    pub user_ids: Option<Vec<String>>,
    /// The list of trustee groups that are requesting access. If no groups are specified, at least one user is required.
    pub group_ids: Option<Vec<String>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustRequestCreate {
        user_ids: "userIds" (optional),
        group_ids: "groupIds" (optional),
    }
}

/// `#/components/schemas/TrustUser`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct TrustUser {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The division to which this entity belongs.
    pub division: Option<Division>,
    /// The `chat` property.
    pub chat: Option<Chat>,
    /// The `department` property.
    pub department: Option<String>,
    /// The `email` property.
    pub email: Option<String>,
    /// Auto populated from addresses.
    ///
    /// Read-only: set by the server.
    pub primary_contact_info: Option<Vec<Contact>>,
    /// Email addresses and phone numbers for this user
    pub addresses: Option<Vec<Contact>>,
    /// The current state for this user.
    ///
    /// Read-only: set by the server.
    pub state: Option<OrgUserState>,
    /// The `title` property.
    pub title: Option<String>,
    /// The `username` property.
    pub username: Option<String>,
    /// The `manager` property.
    pub manager: Option<User>,
    /// The `images` property.
    pub images: Option<Vec<UserImage>>,
    /// Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
    pub version: i32,
    /// ACD routing status
    ///
    /// Read-only: set by the server.
    pub routing_status: Option<RoutingStatus>,
    /// Active presence
    ///
    /// Read-only: set by the server.
    pub presence: Option<UserPresence>,
    /// Summary of conversion statistics for conversation types.
    ///
    /// Read-only: set by the server.
    pub conversation_summary: Option<UserConversationSummary>,
    /// Determine if out of office is enabled
    ///
    /// Read-only: set by the server.
    pub out_of_office: Option<OutOfOffice>,
    /// Current geolocation position
    ///
    /// Read-only: set by the server.
    pub geolocation: Option<Geolocation>,
    /// Effective, default, and last station information
    ///
    /// Read-only: set by the server.
    pub station: Option<UserStations>,
    /// Roles and permissions assigned to the user
    ///
    /// Read-only: set by the server.
    pub authorization: Option<UserAuthorization>,
    /// Profile skills possessed by the user
    ///
    /// Read-only: set by the server.
    pub profile_skills: Option<Vec<String>>,
    /// The user placement at each site location.
    ///
    /// Read-only: set by the server.
    pub locations: Option<Vec<Location>>,
    /// The groups the user is a member of
    ///
    /// Read-only: set by the server.
    pub groups: Option<Vec<Group>>,
    /// Routing (ACD) skills possessed by the user
    ///
    /// Read-only: set by the server.
    pub skills: Option<Vec<UserRoutingSkill>>,
    /// Routing (ACD) languages possessed by the user
    ///
    /// Read-only: set by the server.
    pub languages: Option<Vec<UserRoutingLanguage>>,
    /// acd auto answer
    pub acd_auto_answer: Option<bool>,
    /// preferred language by the user
    ///
    /// Read-only: set by the server.
    pub language_preference: Option<String>,
    /// The `trustUserDetails` property.
    pub trust_user_details: Option<TrustUserDetails>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustUser {
        id: "id" (optional),
        name: "name" (optional),
        division: "division" (optional),
        chat: "chat" (optional),
        department: "department" (optional),
        email: "email" (optional),
        primary_contact_info: "primaryContactInfo" (optional),
        addresses: "addresses" (optional),
        state: "state" (optional),
        title: "title" (optional),
        username: "username" (optional),
        manager: "manager" (optional),
        images: "images" (optional),
        version: "version" (required),
        routing_status: "routingStatus" (optional),
        presence: "presence" (optional),
        conversation_summary: "conversationSummary" (optional),
        out_of_office: "outOfOffice" (optional),
        geolocation: "geolocation" (optional),
        station: "station" (optional),
        authorization: "authorization" (optional),
        profile_skills: "profileSkills" (optional),
        locations: "locations" (optional),
        groups: "groups" (optional),
        skills: "skills" (optional),
        languages: "languages" (optional),
        acd_auto_answer: "acdAutoAnswer" (optional),
        language_preference: "languagePreference" (optional),
        trust_user_details: "trustUserDetails" (optional),
    }
}

/// `#/components/schemas/TrustUserDetails`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustUserDetails {
    /// Date Trust User was added. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// User that added trusted user.
    ///
    /// Read-only: set by the server.
    pub created_by: Option<OrgUser>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustUserDetails {
        date_created: "dateCreated" (optional),
        created_by: "createdBy" (optional),
    }
}

/// `#/components/schemas/TrustUserEntityListing`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustUserEntityListing {
    /// The `entities` property.
    pub entities: Option<Vec<TrustUser>>,
    /// The `pageSize` property.
    pub page_size: Option<i32>,
    /// The `pageNumber` property.
    pub page_number: Option<i32>,
    /// The `total` property.
    pub total: Option<i64>,
    /// The `firstUri` property.
    pub first_uri: Option<String>,
    /// The `selfUri` property.
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    pub previous_uri: Option<String>,
    /// The `nextUri` property.
    pub next_uri: Option<String>,
    /// The `lastUri` property.
    pub last_uri: Option<String>,
    /// The `pageCount` property.
    pub page_count: Option<i32>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustUserEntityListing {
        entities: "entities" (optional),
        page_size: "pageSize" (optional),
        page_number: "pageNumber" (optional),
        total: "total" (optional),
        first_uri: "firstUri" (optional),
        self_uri: "selfUri" (optional),
        previous_uri: "previousUri" (optional),
        next_uri: "nextUri" (optional),
        last_uri: "lastUri" (optional),
        page_count: "pageCount" (optional),
    }
}

/// `#/components/schemas/Trustee`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct Trustee {
    /// Organization Id for this trust.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// If disabled no trustee user will have access, even if they were previously added.
    pub enabled: bool,
    /// Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// User that created trust.
    ///
    /// Read-only: set by the server.
    pub created_by: Option<OrgUser>,
    /// Organization associated with this trust.
    ///
    /// Read-only: set by the server.
    pub organization: Option<Organization>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Trustee {
        id: "id" (optional),
        enabled: "enabled" (required),
        date_created: "dateCreated" (optional),
        created_by: "createdBy" (optional),
        organization: "organization" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/TrusteeAuditQueryRequest`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct TrusteeAuditQueryRequest {
    /// Limit returned audits to these trustee organizationIds.
    pub trustee_organization_ids: Vec<String>,
    /// Limit returned audits to these trustee userIds.
    pub trustee_user_ids: Vec<String>,
    /// Starting date/time for the audit search. ISO-8601 formatted date-time, UTC.
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Ending date/time for the audit search. ISO-8601 formatted date-time, UTC.
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Word or phrase to look for in audit bodies.
    pub query_phrase: Option<String>,
    /// Facet information to be returned with the query results.
    pub facets: Option<Vec<Facet>>,
    /// Additional custom filters to be applied to the query.
    pub filters: Option<Vec<Filter>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrusteeAuditQueryRequest {
        trustee_organization_ids: "trusteeOrganizationIds" (required),
        trustee_user_ids: "trusteeUserIds" (required),
        start_date: "startDate" (optional),
        end_date: "endDate" (optional),
        query_phrase: "queryPhrase" (optional),
        facets: "facets" (optional),
        filters: "filters" (optional),
    }
}

/// `#/components/schemas/TrusteeAuthorization`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrusteeAuthorization {
    /// Permissions that the trustee user has in the trustor organization
    ///
    /// Read-only: set by the server.
    pub permissions: Option<Vec<String>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrusteeAuthorization {
        permissions: "permissions" (optional),
    }
}

/// `#/components/schemas/Trustor`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct Trustor {
    /// Organization Id for this trust.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// If disabled no trustee user will have access, even if they were previously added.
    pub enabled: bool,
    /// Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    ///
    /// Read-only: set by the server.
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// User that created trust.
    ///
    /// Read-only: set by the server.
    pub created_by: Option<OrgUser>,
    /// Organization associated with this trust.
    ///
    /// Read-only: set by the server.
    pub organization: Option<Organization>,
    /// Authorization for the trustee user has in this trustor organization
    ///
    /// Read-only: set by the server.
    pub authorization: Option<TrusteeAuthorization>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Trustor {
        id: "id" (optional),
        enabled: "enabled" (required),
        date_created: "dateCreated" (optional),
        created_by: "createdBy" (optional),
        organization: "organization" (optional),
        authorization: "authorization" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/TrustorAuditQueryRequest`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct TrustorAuditQueryRequest {
    /// Limit returned audits to this trustor organizationId.
    pub trustor_organization_id: String,
    /// Limit returned audits to these trustee userIds.
    pub trustee_user_ids: Vec<String>,
    /// Starting date/time for the audit search. ISO-8601 formatted date-time, UTC.
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Ending date/time for the audit search. ISO-8601 formatted date-time, UTC.
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Word or phrase to look for in audit bodies.
    pub query_phrase: Option<String>,
    /// Facet information to be returned with the query results.
    pub facets: Option<Vec<Facet>>,
    /// Additional custom filters to be applied to the query.
    pub filters: Option<Vec<Filter>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustorAuditQueryRequest {
        trustor_organization_id: "trustorOrganizationId" (required),
        trustee_user_ids: "trusteeUserIds" (required),
        start_date: "startDate" (optional),
        end_date: "endDate" (optional),
        query_phrase: "queryPhrase" (optional),
        facets: "facets" (optional),
        filters: "filters" (optional),
    }
}

/// `#/components/schemas/TrustorEntityListing`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustorEntityListing {
    /// The `entities` property.
    pub entities: Option<Vec<Trustor>>,
    /// The `pageSize` property.
    pub page_size: Option<i32>,
    /// The `pageNumber` property.
    pub page_number: Option<i32>,
    /// The `total` property.
    pub total: Option<i64>,
    /// The `firstUri` property.
    pub first_uri: Option<String>,
    /// The `selfUri` property.
    pub self_uri: Option<String>,
    /// The `previousUri` property.
    pub previous_uri: Option<String>,
    /// The `nextUri` property.
    pub next_uri: Option<String>,
    /// The `lastUri` property.
    pub last_uri: Option<String>,
    /// The `pageCount` property.
    pub page_count: Option<i32>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustorEntityListing {
        entities: "entities" (optional),
        page_size: "pageSize" (optional),
        page_number: "pageNumber" (optional),
        total: "total" (optional),
        first_uri: "firstUri" (optional),
        self_uri: "selfUri" (optional),
        previous_uri: "previousUri" (optional),
        next_uri: "nextUri" (optional),
        last_uri: "lastUri" (optional),
        page_count: "pageCount" (optional),
    }
}

/// `#/components/schemas/UrlResponse`
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlResponse {
    /// The `url` property.
    pub url: Option<String>,
}

#[cfg(feature = "organization")]
crate::json_object! {
    UrlResponse {
        url: "url" (optional),
    }
}

/// `#/components/schemas/User`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The division to which this entity belongs.
    pub division: Option<Division>,
    /// The `chat` property.
    pub chat: Option<Chat>,
    /// The `department` property.
    pub department: Option<String>,
    /// The `email` property.
    pub email: Option<String>,
    /// Auto populated from addresses.
    ///
    /// Read-only: set by the server.
    pub primary_contact_info: Option<Vec<Contact>>,
    /// Email addresses and phone numbers for this user
    pub addresses: Option<Vec<Contact>>,
    /// The current state for this user.
    ///
    /// Read-only: set by the server.
    pub state: Option<OrgUserState>,
    /// The `title` property.
    pub title: Option<String>,
    /// The `username` property.
    pub username: Option<String>,
    /// The `manager` property.
    pub manager: Option<Box<User>>,
    /// The `images` property.
    pub images: Option<Vec<UserImage>>,
    /// Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
    pub version: i32,
    /// ACD routing status
    ///
    /// Read-only: set by the server.
    pub routing_status: Option<RoutingStatus>,
    /// Active presence
    ///
    /// Read-only: set by the server.
    pub presence: Option<UserPresence>,
    /// Summary of conversion statistics for conversation types.
    ///
    /// Read-only: set by the server.
    pub conversation_summary: Option<UserConversationSummary>,
    /// Determine if out of office is enabled
    ///
    /// Read-only: set by the server.
    pub out_of_office: Option<Box<OutOfOffice>>,
    /// Current geolocation position
    ///
    /// Read-only: set by the server.
    pub geolocation: Option<Geolocation>,
    /// Effective, default, and last station information
    ///
    /// Read-only: set by the server.
    pub station: Option<Box<UserStations>>,
    /// Roles and permissions assigned to the user
    ///
    /// Read-only: set by the server.
    pub authorization: Option<UserAuthorization>,
    /// Profile skills possessed by the user
    ///
    /// Read-only: set by the server.
    pub profile_skills: Option<Vec<String>>,
    /// The user placement at each site location.
    ///
    /// Read-only: set by the server.
    pub locations: Option<Vec<Location>>,
    /// The groups the user is a member of
    ///
    /// Read-only: set by the server.
    pub groups: Option<Vec<Group>>,
    /// Routing (ACD) skills possessed by the user
    ///
    /// Read-only: set by the server.
    pub skills: Option<Vec<UserRoutingSkill>>,
    /// Routing (ACD) languages possessed by the user
    ///
    /// Read-only: set by the server.
    pub languages: Option<Vec<UserRoutingLanguage>>,
    /// acd auto answer
    pub acd_auto_answer: Option<bool>,
    /// preferred language by the user
    ///
    /// Read-only: set by the server.
    pub language_preference: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    User {
        id: "id" (optional),
        name: "name" (optional),
        division: "division" (optional),
        chat: "chat" (optional),
        department: "department" (optional),
        email: "email" (optional),
        primary_contact_info: "primaryContactInfo" (optional),
        addresses: "addresses" (optional),
        state: "state" (optional),
        title: "title" (optional),
        username: "username" (optional),
        manager: "manager" (optional),
        images: "images" (optional),
        version: "version" (required),
        routing_status: "routingStatus" (optional),
        presence: "presence" (optional),
        conversation_summary: "conversationSummary" (optional),
        out_of_office: "outOfOffice" (optional),
        geolocation: "geolocation" (optional),
        station: "station" (optional),
        authorization: "authorization" (optional),
        profile_skills: "profileSkills" (optional),
        locations: "locations" (optional),
        groups: "groups" (optional),
        skills: "skills" (optional),
        languages: "languages" (optional),
        acd_auto_answer: "acdAutoAnswer" (optional),
        language_preference: "languagePreference" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/UserAuthorization`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAuthorization {
    /// The `roles` property.
    pub roles: Option<Vec<DomainRole>>,
    /// A collection of the permissions granted by all assigned roles
    ///
    /// Read-only: set by the server.
    pub permissions: Option<Vec<String>>,
    /// The policies configured for assigned permissions.
    ///
    /// Read-only: set by the server.
    pub permission_policies: Option<Vec<ResourcePermissionPolicy>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserAuthorization {
        roles: "roles" (optional),
        permissions: "permissions" (optional),
        permission_policies: "permissionPolicies" (optional),
    }
}

/// `#/components/schemas/UserConversationSummary`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserConversationSummary {
    /// The `userId` property.
    pub user_id: Option<String>,
    /// The `call` property.
    pub call: Option<MediaSummary>,
    /// The `callback` property.
    pub callback: Option<MediaSummary>,
    /// The `email` property.
    pub email: Option<MediaSummary>,
    /// The `message` property.
    pub message: Option<MediaSummary>,
    /// The `chat` property.
    pub chat: Option<MediaSummary>,
    /// The `socialExpression` property.
    pub social_expression: Option<MediaSummary>,
    /// The `video` property.
    pub video: Option<MediaSummary>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserConversationSummary {
        user_id: "userId" (optional),
        call: "call" (optional),
        callback: "callback" (optional),
        email: "email" (optional),
        message: "message" (optional),
        chat: "chat" (optional),
        social_expression: "socialExpression" (optional),
        video: "video" (optional),
    }
}

/// `#/components/schemas/UserImage`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserImage {
    /// Height and/or width of image. ex: 640x480 or x128
    pub resolution: Option<String>,
    /// The `imageUri` property.
    pub image_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserImage {
        resolution: "resolution" (optional),
        image_uri: "imageUri" (optional),
    }
}

/// `#/components/schemas/UserPresence`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserPresence {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// Represents the source where the Presence was set. Some examples are: PURECLOUD, LYNC, OUTLOOK, etc.
    pub source: Option<String>,
    /// A boolean used to tell whether or not to set this presence source as the primary on a PATCH
    pub primary: Option<bool>,
    /// The `presenceDefinition` property.
    pub presence_definition: Option<PresenceDefinition>,
    /// The `message` property.
    pub message: Option<String>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserPresence {
        id: "id" (optional),
        name: "name" (optional),
        source: "source" (optional),
        primary: "primary" (optional),
        presence_definition: "presenceDefinition" (optional),
        message: "message" (optional),
        modified_date: "modifiedDate" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/UserRoutingLanguage`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserRoutingLanguage {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular language. It is used when a queue is set to "Best available language" mode to allow acd interactions to target agents with higher proficiency ratings.
    pub proficiency: Option<f64>,
    /// Activate or deactivate this routing langauge.
    pub state: Option<UserRoutingLanguageState>,
    /// URI to the organization language used by this user langauge.
    ///
    /// Read-only: set by the server.
    pub language_uri: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserRoutingLanguage {
        id: "id" (optional),
        name: "name" (optional),
        proficiency: "proficiency" (optional),
        state: "state" (optional),
        language_uri: "languageUri" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/UserRoutingSkill`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserRoutingSkill {
    /// The globally unique identifier for the object.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
    pub proficiency: Option<f64>,
    /// Activate or deactivate this routing skill.
    pub state: Option<UserRoutingSkillState>,
    /// URI to the organization skill used by this user skill.
    ///
    /// Read-only: set by the server.
    pub skill_uri: Option<String>,
    /// The URI for this object
    ///
    /// Read-only: set by the server.
    pub self_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserRoutingSkill {
        id: "id" (optional),
        name: "name" (optional),
        proficiency: "proficiency" (optional),
        state: "state" (optional),
        skill_uri: "skillUri" (optional),
        self_uri: "selfUri" (optional),
    }
}

/// `#/components/schemas/UserStation`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserStation {
    /// A globally unique identifier for this station
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The `type` property.
    pub type_: Option<String>,
    /// The `associatedUser` property.
    pub associated_user: Option<Box<User>>,
    /// Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    pub associated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `defaultUser` property.
    pub default_user: Option<Box<User>>,
    /// Provider-specific info for this station, e.g. { "edgeGroupId": "ffe7b15c-a9cc-4f4c-88f5-781327819a49" }
    pub provider_info: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserStation {
        id: "id" (optional),
        name: "name" (optional),
        type_: "type" (optional),
        associated_user: "associatedUser" (optional),
        associated_date: "associatedDate" (optional),
        default_user: "defaultUser" (optional),
        provider_info: "providerInfo" (optional),
    }
}

/// `#/components/schemas/UserStations`
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserStations {
    /// Current associated station for this user.
    ///
    /// Read-only: set by the server.
    pub associated_station: Option<Box<UserStation>>,
    /// The station where the user can be reached based on their default and associated station.
    ///
    /// Read-only: set by the server.
    pub effective_station: Option<Box<UserStation>>,
    /// Default station to be used if not associated with a station.
    ///
    /// Read-only: set by the server.
    pub default_station: Option<Box<UserStation>>,
    /// Last associated station for this user.
    ///
    /// Read-only: set by the server.
    pub last_associated_station: Option<Box<UserStation>>,
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserStations {
        associated_station: "associatedStation" (optional),
        effective_station: "effectiveStation" (optional),
        default_station: "defaultStation" (optional),
        last_associated_station: "lastAssociatedStation" (optional),
    }
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
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
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}
