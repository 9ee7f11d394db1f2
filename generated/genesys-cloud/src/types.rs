//! The models: request and response types of the API.

/// `#/components/schemas/ApprovalNamespace`
///
/// Build it with [`ApprovalNamespace::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl ApprovalNamespace {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            namespace: None,
            status: None,
            type_: None,
        }
    }

    /// Sets `namespace` (the `namespace` property).
    pub fn with_namespace(mut self, value: ApprovalNamespaceNamespace) -> Self {
        self.namespace = Some(value);
        self
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: ApprovalNamespaceStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: ApprovalNamespaceType) -> Self {
        self.type_ = Some(value);
        self
    }
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
///
/// Build it with [`Chat::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Chat {
    /// The `jabberId` property.
    pub jabber_id: Option<String>,
}

#[cfg(feature = "organization_authorization")]
impl Chat {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { jabber_id: None }
    }

    /// Sets `jabber_id` (the `jabberId` property).
    pub fn with_jabber_id(mut self, value: impl Into<String>) -> Self {
        self.jabber_id = Some(value.into());
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Chat {
        jabber_id: "jabberId" (optional),
    }
}

/// `#/components/schemas/Contact`
///
/// Build it with [`Contact::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Contact {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            address: None,
            display: None,
            media_type: None,
            type_: None,
            extension: None,
        }
    }

    /// Sets `address` (the `address` property).
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `display` (the `display` property).
    pub fn with_display(mut self, value: impl Into<String>) -> Self {
        self.display = Some(value.into());
        self
    }

    /// Sets `media_type` (the `mediaType` property).
    pub fn with_media_type(mut self, value: ContactMediaType) -> Self {
        self.media_type = Some(value);
        self
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: ContactType) -> Self {
        self.type_ = Some(value);
        self
    }

    /// Sets `extension` (the `extension` property).
    pub fn with_extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
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
///
/// Build it with [`Detail::new`] and its `with_*` methods.
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Detail {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            error_code: None,
            field_name: None,
            entity_id: None,
            entity_name: None,
        }
    }

    /// Sets `error_code` (the `errorCode` property).
    pub fn with_error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = Some(value.into());
        self
    }

    /// Sets `field_name` (the `fieldName` property).
    pub fn with_field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }

    /// Sets `entity_id` (the `entityId` property).
    pub fn with_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }

    /// Sets `entity_name` (the `entityName` property).
    pub fn with_entity_name(mut self, value: impl Into<String>) -> Self {
        self.entity_name = Some(value.into());
        self
    }
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
///
/// Build it with [`Division::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Division {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`DomainRole::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DomainRole {
    /// The ID of the role
    pub id: Option<String>,
    /// The name of the role
    pub name: Option<String>,
}

#[cfg(feature = "organization_authorization")]
impl DomainRole {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { id: None, name: None }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    DomainRole {
        id: "id" (optional),
        name: "name" (optional),
    }
}

/// `#/components/schemas/EmbeddedIntegration`
///
/// Build it with [`EmbeddedIntegration::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EmbeddedIntegration {
    /// The `enableWhitelist` property.
    pub enable_whitelist: Option<bool>,
    /// The `domainWhitelist` property.
    pub domain_whitelist: Option<Vec<String>>,
}

#[cfg(feature = "organization")]
impl EmbeddedIntegration {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            enable_whitelist: None,
            domain_whitelist: None,
        }
    }

    /// Sets `enable_whitelist` (the `enableWhitelist` property).
    pub fn with_enable_whitelist(mut self, value: bool) -> Self {
        self.enable_whitelist = Some(value);
        self
    }

    /// Sets `domain_whitelist` (the `domainWhitelist` property).
    pub fn with_domain_whitelist(mut self, value: Vec<String>) -> Self {
        self.domain_whitelist = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    EmbeddedIntegration {
        enable_whitelist: "enableWhitelist" (optional),
        domain_whitelist: "domainWhitelist" (optional),
    }
}

/// `#/components/schemas/EnforceScopesSetting`
///
/// Build it with [`EnforceScopesSetting::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnforceScopesSetting {
    /// The `enforceScopes` property.
    pub enforce_scopes: Option<bool>,
}

#[cfg(feature = "organization")]
impl EnforceScopesSetting {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { enforce_scopes: None }
    }

    /// Sets `enforce_scopes` (the `enforceScopes` property).
    pub fn with_enforce_scopes(mut self, value: bool) -> Self {
        self.enforce_scopes = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    EnforceScopesSetting {
        enforce_scopes: "enforceScopes" (optional),
    }
}

/// `#/components/schemas/ErrorBody`
///
/// Build it with [`ErrorBody::new`] and its `with_*` methods.
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl ErrorBody {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            message: None,
            code: None,
            status: None,
            entity_id: None,
            entity_name: None,
            message_with_params: None,
            message_params: None,
            context_id: None,
            details: None,
            errors: None,
            limit: None,
        }
    }

    /// Sets `message` (the `message` property).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `code` (the `code` property).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: i32) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `entity_id` (the `entityId` property).
    pub fn with_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }

    /// Sets `entity_name` (the `entityName` property).
    pub fn with_entity_name(mut self, value: impl Into<String>) -> Self {
        self.entity_name = Some(value.into());
        self
    }

    /// Sets `message_with_params` (the `messageWithParams` property).
    pub fn with_message_with_params(mut self, value: impl Into<String>) -> Self {
        self.message_with_params = Some(value.into());
        self
    }

    /// Sets `message_params` (the `messageParams` property).
    pub fn with_message_params(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.message_params = Some(value);
        self
    }

    /// Sets `context_id` (the `contextId` property).
    pub fn with_context_id(mut self, value: impl Into<String>) -> Self {
        self.context_id = Some(value.into());
        self
    }

    /// Sets `details` (the `details` property).
    pub fn with_details(mut self, value: Vec<Detail>) -> Self {
        self.details = Some(value);
        self
    }

    /// Sets `errors` (the `errors` property).
    pub fn with_errors(mut self, value: Vec<ErrorBody>) -> Self {
        self.errors = Some(value);
        self
    }

    /// Sets `limit` (the `limit` property).
    pub fn with_limit(mut self, value: Limit) -> Self {
        self.limit = Some(value);
        self
    }
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
///
/// Build it with [`Facet::new`].
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Facet {
    /// The name of the field on which to facet.
    pub name: String,
    /// The type of the facet, DATE or STRING.
    pub type_: String,
}

#[cfg(feature = "organization_authorization")]
impl Facet {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(name: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            type_: type_.into(),
        }
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    Facet {
        name: "name" (required),
        type_: "type" (required),
    }
}

/// `#/components/schemas/FeatureState`
///
/// Build it with [`FeatureState::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FeatureState {
    /// The `enabled` property.
    pub enabled: Option<bool>,
}

#[cfg(feature = "organization")]
impl FeatureState {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { enabled: None }
    }

    /// Sets `enabled` (the `enabled` property).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    FeatureState {
        enabled: "enabled" (optional),
    }
}

/// `#/components/schemas/FieldConfig`
///
/// Build it with [`FieldConfig::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl FieldConfig {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            entity_type: None,
            state: None,
            sections: None,
            version: None,
            schema_version: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `entity_type` (the `entityType` property).
    pub fn with_entity_type(mut self, value: FieldConfigEntityType) -> Self {
        self.entity_type = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `sections` (the `sections` property).
    pub fn with_sections(mut self, value: Vec<Section>) -> Self {
        self.sections = Some(value);
        self
    }

    /// Sets `version` (the `version` property).
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// Sets `schema_version` (the `schemaVersion` property).
    pub fn with_schema_version(mut self, value: impl Into<String>) -> Self {
        self.schema_version = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`FieldList::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl FieldList {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            custom_labels: None,
            instruction_text: None,
            key: None,
            label_keys: None,
            params: None,
            repeatable: None,
            state: None,
            type_: None,
            required: None,
            gdpr: None,
        }
    }

    /// Sets `custom_labels` (the `customLabels` property).
    pub fn with_custom_labels(mut self, value: bool) -> Self {
        self.custom_labels = Some(value);
        self
    }

    /// Sets `instruction_text` (the `instructionText` property).
    pub fn with_instruction_text(mut self, value: impl Into<String>) -> Self {
        self.instruction_text = Some(value.into());
        self
    }

    /// Sets `key` (the `key` property).
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `label_keys` (the `labelKeys` property).
    pub fn with_label_keys(mut self, value: Vec<String>) -> Self {
        self.label_keys = Some(value);
        self
    }

    /// Sets `params` (the `params` property).
    pub fn with_params(
        mut self,
        value: std::collections::BTreeMap<
            String,
            serde_json::Map<String, serde_json::Value>,
        >,
    ) -> Self {
        self.params = Some(value);
        self
    }

    /// Sets `repeatable` (the `repeatable` property).
    pub fn with_repeatable(mut self, value: bool) -> Self {
        self.repeatable = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `required` (the `required` property).
    pub fn with_required(mut self, value: bool) -> Self {
        self.required = Some(value);
        self
    }

    /// Sets `gdpr` (the `gdpr` property).
    pub fn with_gdpr(mut self, value: bool) -> Self {
        self.gdpr = Some(value);
        self
    }
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
///
/// Build it with [`Filter::new`].
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Filter {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        name: impl Into<String>,
        type_: impl Into<String>,
        operator: impl Into<String>,
        values: Vec<String>,
    ) -> Self {
        Self {
            name: name.into(),
            type_: type_.into(),
            operator: operator.into(),
            values,
        }
    }
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
///
/// Build it with [`Geolocation::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Geolocation {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            type_: None,
            primary: None,
            latitude: None,
            longitude: None,
            country: None,
            region: None,
            city: None,
            locations: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `primary` (the `primary` property).
    pub fn with_primary(mut self, value: bool) -> Self {
        self.primary = Some(value);
        self
    }

    /// Sets `latitude` (the `latitude` property).
    pub fn with_latitude(mut self, value: f64) -> Self {
        self.latitude = Some(value);
        self
    }

    /// Sets `longitude` (the `longitude` property).
    pub fn with_longitude(mut self, value: f64) -> Self {
        self.longitude = Some(value);
        self
    }

    /// Sets `country` (the `country` property).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `region` (the `region` property).
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `city` (the `city` property).
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `locations` (the `locations` property).
    pub fn with_locations(mut self, value: Vec<LocationDefinition>) -> Self {
        self.locations = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`Group::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Group {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        name: impl Into<String>,
        type_: GroupType,
        rules_visible: bool,
        visibility: GroupVisibility,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: None,
            date_modified: None,
            member_count: None,
            state: None,
            version: None,
            type_,
            images: None,
            addresses: None,
            rules_visible,
            visibility,
            owners: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `description` (the `description` property).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `date_modified` (the `dateModified` property).
    pub fn with_date_modified(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_modified = Some(value);
        self
    }

    /// Sets `member_count` (the `memberCount` property).
    pub fn with_member_count(mut self, value: i64) -> Self {
        self.member_count = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: GroupState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `version` (the `version` property).
    pub fn with_version(mut self, value: i32) -> Self {
        self.version = Some(value);
        self
    }

    /// Sets `images` (the `images` property).
    pub fn with_images(mut self, value: Vec<UserImage>) -> Self {
        self.images = Some(value);
        self
    }

    /// Sets `addresses` (the `addresses` property).
    pub fn with_addresses(mut self, value: Vec<GroupContact>) -> Self {
        self.addresses = Some(value);
        self
    }

    /// Sets `owners` (the `owners` property).
    pub fn with_owners(mut self, value: Vec<User>) -> Self {
        self.owners = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`GroupContact::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl GroupContact {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        address: impl Into<String>,
        type_: GroupContactType,
        media_type: GroupContactMediaType,
    ) -> Self {
        Self {
            address: address.into(),
            display: None,
            type_,
            media_type,
        }
    }

    /// Sets `display` (the `display` property).
    pub fn with_display(mut self, value: impl Into<String>) -> Self {
        self.display = Some(value.into());
        self
    }
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
///
/// Build it with [`IpAddressAuthentication::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IpAddressAuthentication {
    /// The `networkWhitelist` property.
    pub network_whitelist: Option<Vec<String>>,
}

#[cfg(feature = "organization")]
impl IpAddressAuthentication {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { network_whitelist: None }
    }

    /// Sets `network_whitelist` (the `networkWhitelist` property).
    pub fn with_network_whitelist(mut self, value: Vec<String>) -> Self {
        self.network_whitelist = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    IpAddressAuthentication {
        network_whitelist: "networkWhitelist" (optional),
    }
}

/// `#/components/schemas/Limit`
///
/// Build it with [`Limit::new`] and its `with_*` methods.
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Limit {
    /// The `key` property.
    pub key: Option<String>,
    /// The `namespace` property.
    pub namespace: Option<LimitNamespace>,
    /// The `value` property.
    pub value: Option<i64>,
}

#[cfg(any(feature = "organization", feature = "organization_authorization"))]
impl Limit {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            key: None,
            namespace: None,
            value: None,
        }
    }

    /// Sets `key` (the `key` property).
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `namespace` (the `namespace` property).
    pub fn with_namespace(mut self, value: LimitNamespace) -> Self {
        self.namespace = Some(value);
        self
    }

    /// Sets `value` (the `value` property).
    pub fn with_value(mut self, value: i64) -> Self {
        self.value = Some(value);
        self
    }
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
///
/// Build it with [`LimitChangeRequest::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl LimitChangeRequest {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        key: impl Into<String>,
        namespace: impl Into<String>,
        requested_value: f64,
        description: impl Into<String>,
        support_case_url: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            key: key.into(),
            namespace: namespace.into(),
            requested_value,
            description: description.into(),
            support_case_url: support_case_url.into(),
            created_by: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `created_by` (the `createdBy` property).
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`LimitChangeRequestDetails::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl LimitChangeRequestDetails {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        key: impl Into<String>,
        namespace: LimitChangeRequestDetailsNamespace,
        requested_value: f64,
        description: impl Into<String>,
        support_case_url: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            key: key.into(),
            namespace,
            requested_value,
            description: description.into(),
            support_case_url: support_case_url.into(),
            status: None,
            current_value: None,
            date_created: None,
            status_history: None,
            date_completed: None,
            reject_reason: None,
            approval_namespaces: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: LimitChangeRequestDetailsStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `current_value` (the `currentValue` property).
    pub fn with_current_value(mut self, value: f64) -> Self {
        self.current_value = Some(value);
        self
    }

    /// Sets `date_created` (the `dateCreated` property).
    pub fn with_date_created(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_created = Some(value);
        self
    }

    /// Sets `status_history` (the `statusHistory` property).
    pub fn with_status_history(mut self, value: Vec<StatusChange>) -> Self {
        self.status_history = Some(value);
        self
    }

    /// Sets `date_completed` (the `dateCompleted` property).
    pub fn with_date_completed(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_completed = Some(value);
        self
    }

    /// Sets `reject_reason` (the `rejectReason` property).
    pub fn with_reject_reason(
        mut self,
        value: LimitChangeRequestDetailsRejectReason,
    ) -> Self {
        self.reject_reason = Some(value);
        self
    }

    /// Sets `approval_namespaces` (the `approvalNamespaces` property).
    pub fn with_approval_namespaces(mut self, value: Vec<ApprovalNamespace>) -> Self {
        self.approval_namespaces = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`LimitChangeRequestUpdate::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl LimitChangeRequestUpdate {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            status: None,
            reject_reason: None,
            secondary_approval_namespaces: None,
            namespace: None,
        }
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `reject_reason` (the `rejectReason` property).
    pub fn with_reject_reason(mut self, value: impl Into<String>) -> Self {
        self.reject_reason = Some(value.into());
        self
    }

    /// Sets `secondary_approval_namespaces` (the `secondaryApprovalNamespaces` property).
    pub fn with_secondary_approval_namespaces(mut self, value: Vec<String>) -> Self {
        self.secondary_approval_namespaces = Some(value);
        self
    }

    /// Sets `namespace` (the `namespace` property).
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
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
///
/// Build it with [`LimitChangeRequestsEntityListing::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl LimitChangeRequestsEntityListing {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            entities: None,
            next_uri: None,
            self_uri: None,
            previous_uri: None,
        }
    }

    /// Sets `entities` (the `entities` property).
    pub fn with_entities(mut self, value: Vec<LimitChangeRequestDetails>) -> Self {
        self.entities = Some(value);
        self
    }

    /// Sets `next_uri` (the `nextUri` property).
    pub fn with_next_uri(mut self, value: impl Into<String>) -> Self {
        self.next_uri = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }

    /// Sets `previous_uri` (the `previousUri` property).
    pub fn with_previous_uri(mut self, value: impl Into<String>) -> Self {
        self.previous_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`LimitsEntityListing::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LimitsEntityListing {
    /// The `entities` property.
    pub entities: Option<Vec<Limit>>,
}

#[cfg(feature = "organization")]
impl LimitsEntityListing {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { entities: None }
    }

    /// Sets `entities` (the `entities` property).
    pub fn with_entities(mut self, value: Vec<Limit>) -> Self {
        self.entities = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    LimitsEntityListing {
        entities: "entities" (optional),
    }
}

/// `#/components/schemas/Location`
///
/// Build it with [`Location::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Location {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            floorplan_id: None,
            coordinates: None,
            notes: None,
            location_definition: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `floorplan_id` (the `floorplanId` property).
    pub fn with_floorplan_id(mut self, value: impl Into<String>) -> Self {
        self.floorplan_id = Some(value.into());
        self
    }

    /// Sets `coordinates` (the `coordinates` property).
    pub fn with_coordinates(
        mut self,
        value: std::collections::BTreeMap<String, f64>,
    ) -> Self {
        self.coordinates = Some(value);
        self
    }

    /// Sets `notes` (the `notes` property).
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }

    /// Sets `location_definition` (the `locationDefinition` property).
    pub fn with_location_definition(mut self, value: LocationDefinition) -> Self {
        self.location_definition = Some(value);
        self
    }
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
///
/// Build it with [`LocationAddress::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl LocationAddress {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            city: None,
            country: None,
            country_name: None,
            state: None,
            street1: None,
            street2: None,
            zipcode: None,
        }
    }

    /// Sets `city` (the `city` property).
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `country` (the `country` property).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `country_name` (the `countryName` property).
    pub fn with_country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `street1` (the `street1` property).
    pub fn with_street1(mut self, value: impl Into<String>) -> Self {
        self.street1 = Some(value.into());
        self
    }

    /// Sets `street2` (the `street2` property).
    pub fn with_street2(mut self, value: impl Into<String>) -> Self {
        self.street2 = Some(value.into());
        self
    }

    /// Sets `zipcode` (the `zipcode` property).
    pub fn with_zipcode(mut self, value: impl Into<String>) -> Self {
        self.zipcode = Some(value.into());
        self
    }
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
///
/// Build it with [`LocationDefinition::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl LocationDefinition {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            address: None,
            address_verified: None,
            emergency_number: None,
            state: None,
            version: None,
            path: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `address` (the `address` property).
    pub fn with_address(mut self, value: LocationAddress) -> Self {
        self.address = Some(value);
        self
    }

    /// Sets `address_verified` (the `addressVerified` property).
    pub fn with_address_verified(mut self, value: bool) -> Self {
        self.address_verified = Some(value);
        self
    }

    /// Sets `emergency_number` (the `emergencyNumber` property).
    pub fn with_emergency_number(mut self, value: LocationEmergencyNumber) -> Self {
        self.emergency_number = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: LocationDefinitionState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `version` (the `version` property).
    pub fn with_version(mut self, value: i32) -> Self {
        self.version = Some(value);
        self
    }

    /// Sets `path` (the `path` property).
    pub fn with_path(mut self, value: Vec<String>) -> Self {
        self.path = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`LocationEmergencyNumber::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LocationEmergencyNumber {
    /// The `e164` property.
    pub e164: Option<String>,
    /// The `number` property.
    pub number: Option<String>,
    /// The type of emergency number.
    pub type_: Option<LocationEmergencyNumberType>,
}

#[cfg(feature = "organization_authorization")]
impl LocationEmergencyNumber {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            e164: None,
            number: None,
            type_: None,
        }
    }

    /// Sets `e164` (the `e164` property).
    pub fn with_e164(mut self, value: impl Into<String>) -> Self {
        self.e164 = Some(value.into());
        self
    }

    /// Sets `number` (the `number` property).
    pub fn with_number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: LocationEmergencyNumberType) -> Self {
        self.type_ = Some(value);
        self
    }
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
///
/// Build it with [`MediaSummary::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MediaSummary {
    /// The `contactCenter` property.
    pub contact_center: Option<MediaSummaryDetail>,
    /// The `enterprise` property.
    pub enterprise: Option<MediaSummaryDetail>,
}

#[cfg(feature = "organization_authorization")]
impl MediaSummary {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            contact_center: None,
            enterprise: None,
        }
    }

    /// Sets `contact_center` (the `contactCenter` property).
    pub fn with_contact_center(mut self, value: MediaSummaryDetail) -> Self {
        self.contact_center = Some(value);
        self
    }

    /// Sets `enterprise` (the `enterprise` property).
    pub fn with_enterprise(mut self, value: MediaSummaryDetail) -> Self {
        self.enterprise = Some(value);
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    MediaSummary {
        contact_center: "contactCenter" (optional),
        enterprise: "enterprise" (optional),
    }
}

/// `#/components/schemas/MediaSummaryDetail`
///
/// Build it with [`MediaSummaryDetail::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MediaSummaryDetail {
    /// The `active` property.
    pub active: Option<i32>,
    /// The `acw` property.
    pub acw: Option<i32>,
}

#[cfg(feature = "organization_authorization")]
impl MediaSummaryDetail {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { active: None, acw: None }
    }

    /// Sets `active` (the `active` property).
    pub fn with_active(mut self, value: i32) -> Self {
        self.active = Some(value);
        self
    }

    /// Sets `acw` (the `acw` property).
    pub fn with_acw(mut self, value: i32) -> Self {
        self.acw = Some(value);
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    MediaSummaryDetail {
        active: "active" (optional),
        acw: "acw" (optional),
    }
}

/// `#/components/schemas/Migration`
///
/// Build it with [`Migration::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Migration {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            name: None,
            enabled: None,
            date_available: None,
            date_due: None,
            configurable: None,
            description: None,
            documentation_link: None,
            display_name: None,
            self_uri: None,
        }
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `enabled` (the `enabled` property).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// Sets `date_available` (the `dateAvailable` property).
    pub fn with_date_available(mut self, value: impl Into<String>) -> Self {
        self.date_available = Some(value.into());
        self
    }

    /// Sets `date_due` (the `dateDue` property).
    pub fn with_date_due(mut self, value: impl Into<String>) -> Self {
        self.date_due = Some(value.into());
        self
    }

    /// Sets `configurable` (the `configurable` property).
    pub fn with_configurable(mut self, value: bool) -> Self {
        self.configurable = Some(value);
        self
    }

    /// Sets `description` (the `description` property).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `documentation_link` (the `documentationLink` property).
    pub fn with_documentation_link(mut self, value: impl Into<String>) -> Self {
        self.documentation_link = Some(value.into());
        self
    }

    /// Sets `display_name` (the `displayName` property).
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`MigrationListing::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigrationListing {
    /// The `entities` property.
    pub entities: Option<Vec<Migration>>,
}

#[cfg(feature = "organization")]
impl MigrationListing {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { entities: None }
    }

    /// Sets `entities` (the `entities` property).
    pub fn with_entities(mut self, value: Vec<Migration>) -> Self {
        self.entities = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    MigrationListing {
        entities: "entities" (optional),
    }
}

/// `#/components/schemas/MigrationState`
///
/// Build it with [`MigrationState::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigrationState {
    /// The `enabled` property.
    pub enabled: Option<bool>,
}

#[cfg(feature = "organization")]
impl MigrationState {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { enabled: None }
    }

    /// Sets `enabled` (the `enabled` property).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    MigrationState {
        enabled: "enabled" (optional),
    }
}

/// `#/components/schemas/MigrationUpdate`
///
/// Build it with [`MigrationUpdate::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigrationUpdate {
    /// The `enabled` property.
    pub enabled: Option<bool>,
}

#[cfg(feature = "organization")]
impl MigrationUpdate {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { enabled: None }
    }

    /// Sets `enabled` (the `enabled` property).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    MigrationUpdate {
        enabled: "enabled" (optional),
    }
}

/// `#/components/schemas/OrgAuthSettings`
///
/// Build it with [`OrgAuthSettings::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl OrgAuthSettings {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            multifactor_authentication_required: None,
            domain_allowlist_enabled: None,
            domain_allowlist: None,
            ip_address_allowlist: None,
            password_requirements: None,
        }
    }

    /// Sets `multifactor_authentication_required` (the `multifactorAuthenticationRequired` property).
    pub fn with_multifactor_authentication_required(mut self, value: bool) -> Self {
        self.multifactor_authentication_required = Some(value);
        self
    }

    /// Sets `domain_allowlist_enabled` (the `domainAllowlistEnabled` property).
    pub fn with_domain_allowlist_enabled(mut self, value: bool) -> Self {
        self.domain_allowlist_enabled = Some(value);
        self
    }

    /// Sets `domain_allowlist` (the `domainAllowlist` property).
    pub fn with_domain_allowlist(mut self, value: Vec<String>) -> Self {
        self.domain_allowlist = Some(value);
        self
    }

    /// Sets `ip_address_allowlist` (the `ipAddressAllowlist` property).
    pub fn with_ip_address_allowlist(mut self, value: Vec<String>) -> Self {
        self.ip_address_allowlist = Some(value);
        self
    }

    /// Sets `password_requirements` (the `passwordRequirements` property).
    pub fn with_password_requirements(mut self, value: PasswordRequirements) -> Self {
        self.password_requirements = Some(value);
        self
    }
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
///
/// Build it with [`OrgUser::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrgUser {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(version: i32) -> Self {
        Self {
            id: None,
            name: None,
            division: None,
            chat: None,
            department: None,
            email: None,
            primary_contact_info: None,
            addresses: None,
            state: None,
            title: None,
            username: None,
            manager: None,
            images: None,
            version,
            routing_status: None,
            presence: None,
            conversation_summary: None,
            out_of_office: None,
            geolocation: None,
            station: None,
            authorization: None,
            profile_skills: None,
            locations: None,
            groups: None,
            skills: None,
            languages: None,
            acd_auto_answer: None,
            language_preference: None,
            organization: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `division` (the `division` property).
    pub fn with_division(mut self, value: Division) -> Self {
        self.division = Some(value);
        self
    }

    /// Sets `chat` (the `chat` property).
    pub fn with_chat(mut self, value: Chat) -> Self {
        self.chat = Some(value);
        self
    }

    /// Sets `department` (the `department` property).
    pub fn with_department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `email` (the `email` property).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `primary_contact_info` (the `primaryContactInfo` property).
    pub fn with_primary_contact_info(mut self, value: Vec<Contact>) -> Self {
        self.primary_contact_info = Some(value);
        self
    }

    /// Sets `addresses` (the `addresses` property).
    pub fn with_addresses(mut self, value: Vec<Contact>) -> Self {
        self.addresses = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: OrgUserState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `title` (the `title` property).
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `username` (the `username` property).
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `manager` (the `manager` property).
    pub fn with_manager(mut self, value: User) -> Self {
        self.manager = Some(value);
        self
    }

    /// Sets `images` (the `images` property).
    pub fn with_images(mut self, value: Vec<UserImage>) -> Self {
        self.images = Some(value);
        self
    }

    /// Sets `routing_status` (the `routingStatus` property).
    pub fn with_routing_status(mut self, value: RoutingStatus) -> Self {
        self.routing_status = Some(value);
        self
    }

    /// Sets `presence` (the `presence` property).
    pub fn with_presence(mut self, value: UserPresence) -> Self {
        self.presence = Some(value);
        self
    }

    /// Sets `conversation_summary` (the `conversationSummary` property).
    pub fn with_conversation_summary(mut self, value: UserConversationSummary) -> Self {
        self.conversation_summary = Some(value);
        self
    }

    /// Sets `out_of_office` (the `outOfOffice` property).
    pub fn with_out_of_office(mut self, value: OutOfOffice) -> Self {
        self.out_of_office = Some(value);
        self
    }

    /// Sets `geolocation` (the `geolocation` property).
    pub fn with_geolocation(mut self, value: Geolocation) -> Self {
        self.geolocation = Some(value);
        self
    }

    /// Sets `station` (the `station` property).
    pub fn with_station(mut self, value: UserStations) -> Self {
        self.station = Some(value);
        self
    }

    /// Sets `authorization` (the `authorization` property).
    pub fn with_authorization(mut self, value: UserAuthorization) -> Self {
        self.authorization = Some(value);
        self
    }

    /// Sets `profile_skills` (the `profileSkills` property).
    pub fn with_profile_skills(mut self, value: Vec<String>) -> Self {
        self.profile_skills = Some(value);
        self
    }

    /// Sets `locations` (the `locations` property).
    pub fn with_locations(mut self, value: Vec<Location>) -> Self {
        self.locations = Some(value);
        self
    }

    /// Sets `groups` (the `groups` property).
    pub fn with_groups(mut self, value: Vec<Group>) -> Self {
        self.groups = Some(value);
        self
    }

    /// Sets `skills` (the `skills` property).
    pub fn with_skills(mut self, value: Vec<UserRoutingSkill>) -> Self {
        self.skills = Some(value);
        self
    }

    /// Sets `languages` (the `languages` property).
    pub fn with_languages(mut self, value: Vec<UserRoutingLanguage>) -> Self {
        self.languages = Some(value);
        self
    }

    /// Sets `acd_auto_answer` (the `acdAutoAnswer` property).
    pub fn with_acd_auto_answer(mut self, value: bool) -> Self {
        self.acd_auto_answer = Some(value);
        self
    }

    /// Sets `language_preference` (the `languagePreference` property).
    pub fn with_language_preference(mut self, value: impl Into<String>) -> Self {
        self.language_preference = Some(value.into());
        self
    }

    /// Sets `organization` (the `organization` property).
    pub fn with_organization(mut self, value: Organization) -> Self {
        self.organization = Some(value);
        self
    }
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
///
/// Build it with [`OrgWhitelistSettings::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrgWhitelistSettings {
    /// The `enableWhitelist` property.
    pub enable_whitelist: Option<bool>,
    /// The `domainWhitelist` property.
    pub domain_whitelist: Option<Vec<String>>,
}

#[cfg(feature = "organization")]
impl OrgWhitelistSettings {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            enable_whitelist: None,
            domain_whitelist: None,
        }
    }

    /// Sets `enable_whitelist` (the `enableWhitelist` property).
    pub fn with_enable_whitelist(mut self, value: bool) -> Self {
        self.enable_whitelist = Some(value);
        self
    }

    /// Sets `domain_whitelist` (the `domainWhitelist` property).
    pub fn with_domain_whitelist(mut self, value: Vec<String>) -> Self {
        self.domain_whitelist = Some(value);
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    OrgWhitelistSettings {
        enable_whitelist: "enableWhitelist" (optional),
        domain_whitelist: "domainWhitelist" (optional),
    }
}

/// `#/components/schemas/Organization`
///
/// Build it with [`Organization::new`] and its `with_*` methods.
#[cfg(any(feature = "organization", feature = "organization_authorization"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Organization {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(version: i32) -> Self {
        Self {
            id: None,
            name: None,
            default_language: None,
            default_country_code: None,
            third_party_org_name: None,
            third_party_uri: None,
            domain: None,
            version,
            state: None,
            default_site_id: None,
            third_party_org_id: None,
            deletable: None,
            support_uri: None,
            voicemail_enabled: None,
            product_platform: None,
            self_uri: None,
            features: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `default_language` (the `defaultLanguage` property).
    pub fn with_default_language(mut self, value: impl Into<String>) -> Self {
        self.default_language = Some(value.into());
        self
    }

    /// Sets `default_country_code` (the `defaultCountryCode` property).
    pub fn with_default_country_code(mut self, value: impl Into<String>) -> Self {
        self.default_country_code = Some(value.into());
        self
    }

    /// Sets `third_party_org_name` (the `thirdPartyOrgName` property).
    pub fn with_third_party_org_name(mut self, value: impl Into<String>) -> Self {
        self.third_party_org_name = Some(value.into());
        self
    }

    /// Sets `third_party_uri` (the `thirdPartyURI` property).
    pub fn with_third_party_uri(mut self, value: impl Into<String>) -> Self {
        self.third_party_uri = Some(value.into());
        self
    }

    /// Sets `domain` (the `domain` property).
    pub fn with_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: OrganizationState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `default_site_id` (the `defaultSiteId` property).
    pub fn with_default_site_id(mut self, value: impl Into<String>) -> Self {
        self.default_site_id = Some(value.into());
        self
    }

    /// Sets `third_party_org_id` (the `thirdPartyOrgId` property).
    pub fn with_third_party_org_id(mut self, value: impl Into<String>) -> Self {
        self.third_party_org_id = Some(value.into());
        self
    }

    /// Sets `deletable` (the `deletable` property).
    pub fn with_deletable(mut self, value: bool) -> Self {
        self.deletable = Some(value);
        self
    }

    /// Sets `support_uri` (the `supportURI` property).
    pub fn with_support_uri(mut self, value: impl Into<String>) -> Self {
        self.support_uri = Some(value.into());
        self
    }

    /// Sets `voicemail_enabled` (the `voicemailEnabled` property).
    pub fn with_voicemail_enabled(mut self, value: bool) -> Self {
        self.voicemail_enabled = Some(value);
        self
    }

    /// Sets `product_platform` (the `productPlatform` property).
    pub fn with_product_platform(mut self, value: OrganizationProductPlatform) -> Self {
        self.product_platform = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }

    /// Sets `features` (the `features` property).
    pub fn with_features(
        mut self,
        value: std::collections::BTreeMap<String, bool>,
    ) -> Self {
        self.features = Some(value);
        self
    }
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
///
/// Build it with [`OrganizationCreate::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl OrganizationCreate {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        name: impl Into<String>,
        admin_username: impl Into<String>,
        admin_password: impl Into<String>,
        domain: impl Into<String>,
        third_party_org_name: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            admin_username: admin_username.into(),
            admin_password: admin_password.into(),
            domain: domain.into(),
            third_party_org_name: third_party_org_name.into(),
            deletable: None,
            organization_type: None,
            products: None,
            salesforce_client: None,
            organization_features: None,
        }
    }

    /// Sets `deletable` (the `deletable` property).
    pub fn with_deletable(mut self, value: bool) -> Self {
        self.deletable = Some(value);
        self
    }

    /// Sets `organization_type` (the `organizationType` property).
    pub fn with_organization_type(mut self, value: impl Into<String>) -> Self {
        self.organization_type = Some(value.into());
        self
    }

    /// Sets `products` (the `products` property).
    pub fn with_products(mut self, value: Vec<String>) -> Self {
        self.products = Some(value);
        self
    }

    /// Sets `salesforce_client` (the `salesforceClient` property).
    pub fn with_salesforce_client(mut self, value: bool) -> Self {
        self.salesforce_client = Some(value);
        self
    }

    /// Sets `organization_features` (the `organizationFeatures` property).
    pub fn with_organization_features(
        mut self,
        value: std::collections::BTreeMap<String, bool>,
    ) -> Self {
        self.organization_features = Some(value);
        self
    }
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
///
/// Build it with [`OrganizationFeatures::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl OrganizationFeatures {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            realtime_cic: None,
            purecloud: None,
            hipaa: None,
            uc_enabled: None,
            pci: None,
            purecloud_voice: None,
            xmpp_federation: None,
            chat: None,
            informal_photos: None,
            directory: None,
            contact_center: None,
            unified_communications: None,
            custserv: None,
        }
    }

    /// Sets `realtime_cic` (the `realtimeCIC` property).
    pub fn with_realtime_cic(mut self, value: bool) -> Self {
        self.realtime_cic = Some(value);
        self
    }

    /// Sets `purecloud` (the `purecloud` property).
    pub fn with_purecloud(mut self, value: bool) -> Self {
        self.purecloud = Some(value);
        self
    }

    /// Sets `hipaa` (the `hipaa` property).
    pub fn with_hipaa(mut self, value: bool) -> Self {
        self.hipaa = Some(value);
        self
    }

    /// Sets `uc_enabled` (the `ucEnabled` property).
    pub fn with_uc_enabled(mut self, value: bool) -> Self {
        self.uc_enabled = Some(value);
        self
    }

    /// Sets `pci` (the `pci` property).
    pub fn with_pci(mut self, value: bool) -> Self {
        self.pci = Some(value);
        self
    }

    /// Sets `purecloud_voice` (the `purecloudVoice` property).
    pub fn with_purecloud_voice(mut self, value: bool) -> Self {
        self.purecloud_voice = Some(value);
        self
    }

    /// Sets `xmpp_federation` (the `xmppFederation` property).
    pub fn with_xmpp_federation(mut self, value: bool) -> Self {
        self.xmpp_federation = Some(value);
        self
    }

    /// Sets `chat` (the `chat` property).
    pub fn with_chat(mut self, value: bool) -> Self {
        self.chat = Some(value);
        self
    }

    /// Sets `informal_photos` (the `informalPhotos` property).
    pub fn with_informal_photos(mut self, value: bool) -> Self {
        self.informal_photos = Some(value);
        self
    }

    /// Sets `directory` (the `directory` property).
    pub fn with_directory(mut self, value: bool) -> Self {
        self.directory = Some(value);
        self
    }

    /// Sets `contact_center` (the `contactCenter` property).
    pub fn with_contact_center(mut self, value: bool) -> Self {
        self.contact_center = Some(value);
        self
    }

    /// Sets `unified_communications` (the `unifiedCommunications` property).
    pub fn with_unified_communications(mut self, value: bool) -> Self {
        self.unified_communications = Some(value);
        self
    }

    /// Sets `custserv` (the `custserv` property).
    pub fn with_custserv(mut self, value: bool) -> Self {
        self.custserv = Some(value);
        self
    }
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
///
/// Build it with [`OutOfOffice::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl OutOfOffice {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            user: None,
            start_date: None,
            end_date: None,
            active: None,
            indefinite: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `user` (the `user` property).
    pub fn with_user(mut self, value: impl Into<Box<User>>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Sets `start_date` (the `startDate` property).
    pub fn with_start_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.start_date = Some(value);
        self
    }

    /// Sets `end_date` (the `endDate` property).
    pub fn with_end_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.end_date = Some(value);
        self
    }

    /// Sets `active` (the `active` property).
    pub fn with_active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }

    /// Sets `indefinite` (the `indefinite` property).
    pub fn with_indefinite(mut self, value: bool) -> Self {
        self.indefinite = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`PasswordRequirements::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl PasswordRequirements {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            minimum_length: None,
            minimum_digits: None,
            minimum_letters: None,
            minimum_upper: None,
            minimum_lower: None,
            minimum_specials: None,
            minimum_age_seconds: None,
            expiration_days: None,
        }
    }

    /// Sets `minimum_length` (the `minimumLength` property).
    pub fn with_minimum_length(mut self, value: i32) -> Self {
        self.minimum_length = Some(value);
        self
    }

    /// Sets `minimum_digits` (the `minimumDigits` property).
    pub fn with_minimum_digits(mut self, value: i32) -> Self {
        self.minimum_digits = Some(value);
        self
    }

    /// Sets `minimum_letters` (the `minimumLetters` property).
    pub fn with_minimum_letters(mut self, value: i32) -> Self {
        self.minimum_letters = Some(value);
        self
    }

    /// Sets `minimum_upper` (the `minimumUpper` property).
    pub fn with_minimum_upper(mut self, value: i32) -> Self {
        self.minimum_upper = Some(value);
        self
    }

    /// Sets `minimum_lower` (the `minimumLower` property).
    pub fn with_minimum_lower(mut self, value: i32) -> Self {
        self.minimum_lower = Some(value);
        self
    }

    /// Sets `minimum_specials` (the `minimumSpecials` property).
    pub fn with_minimum_specials(mut self, value: i32) -> Self {
        self.minimum_specials = Some(value);
        self
    }

    /// Sets `minimum_age_seconds` (the `minimumAgeSeconds` property).
    pub fn with_minimum_age_seconds(mut self, value: i32) -> Self {
        self.minimum_age_seconds = Some(value);
        self
    }

    /// Sets `expiration_days` (the `expirationDays` property).
    pub fn with_expiration_days(mut self, value: i32) -> Self {
        self.expiration_days = Some(value);
        self
    }
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
///
/// Build it with [`PresenceDefinition::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl PresenceDefinition {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            system_presence: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `system_presence` (the `systemPresence` property).
    pub fn with_system_presence(mut self, value: impl Into<String>) -> Self {
        self.system_presence = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`ResourceConditionNode::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl ResourceConditionNode {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            variable_name: None,
            conjunction: None,
            operator: None,
            operands: None,
            terms: None,
        }
    }

    /// Sets `variable_name` (the `variableName` property).
    pub fn with_variable_name(mut self, value: impl Into<String>) -> Self {
        self.variable_name = Some(value.into());
        self
    }

    /// Sets `conjunction` (the `conjunction` property).
    pub fn with_conjunction(mut self, value: ResourceConditionNodeConjunction) -> Self {
        self.conjunction = Some(value);
        self
    }

    /// Sets `operator` (the `operator` property).
    pub fn with_operator(mut self, value: ResourceConditionNodeOperator) -> Self {
        self.operator = Some(value);
        self
    }

    /// Sets `operands` (the `operands` property).
    pub fn with_operands(mut self, value: Vec<ResourceConditionValue>) -> Self {
        self.operands = Some(value);
        self
    }

    /// Sets `terms` (the `terms` property).
    pub fn with_terms(mut self, value: Vec<ResourceConditionNode>) -> Self {
        self.terms = Some(value);
        self
    }
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
///
/// Build it with [`ResourceConditionValue::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResourceConditionValue {
    /// The `type` property.
    pub type_: Option<ResourceConditionValueType>,
    /// The `value` property.
    pub value: Option<String>,
}

#[cfg(feature = "organization_authorization")]
impl ResourceConditionValue {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { type_: None, value: None }
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: ResourceConditionValueType) -> Self {
        self.type_ = Some(value);
        self
    }

    /// Sets `value` (the `value` property).
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    ResourceConditionValue {
        type_: "type" (optional),
        value: "value" (optional),
    }
}

/// `#/components/schemas/ResourcePermissionPolicy`
///
/// Build it with [`ResourcePermissionPolicy::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl ResourcePermissionPolicy {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            domain: None,
            entity_name: None,
            policy_name: None,
            policy_description: None,
            action_set_key: None,
            allow_conditions: None,
            resource_condition_node: None,
            named_resources: None,
            resource_condition: None,
            action_set: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `domain` (the `domain` property).
    pub fn with_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }

    /// Sets `entity_name` (the `entityName` property).
    pub fn with_entity_name(mut self, value: impl Into<String>) -> Self {
        self.entity_name = Some(value.into());
        self
    }

    /// Sets `policy_name` (the `policyName` property).
    pub fn with_policy_name(mut self, value: impl Into<String>) -> Self {
        self.policy_name = Some(value.into());
        self
    }

    /// Sets `policy_description` (the `policyDescription` property).
    pub fn with_policy_description(mut self, value: impl Into<String>) -> Self {
        self.policy_description = Some(value.into());
        self
    }

    /// Sets `action_set_key` (the `actionSetKey` property).
    pub fn with_action_set_key(mut self, value: impl Into<String>) -> Self {
        self.action_set_key = Some(value.into());
        self
    }

    /// Sets `allow_conditions` (the `allowConditions` property).
    pub fn with_allow_conditions(mut self, value: bool) -> Self {
        self.allow_conditions = Some(value);
        self
    }

    /// Sets `resource_condition_node` (the `resourceConditionNode` property).
    pub fn with_resource_condition_node(mut self, value: ResourceConditionNode) -> Self {
        self.resource_condition_node = Some(value);
        self
    }

    /// Sets `named_resources` (the `namedResources` property).
    pub fn with_named_resources(mut self, value: Vec<String>) -> Self {
        self.named_resources = Some(value);
        self
    }

    /// Sets `resource_condition` (the `resourceCondition` property).
    pub fn with_resource_condition(mut self, value: impl Into<String>) -> Self {
        self.resource_condition = Some(value.into());
        self
    }

    /// Sets `action_set` (the `actionSet` property).
    pub fn with_action_set(mut self, value: Vec<String>) -> Self {
        self.action_set = Some(value);
        self
    }
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
///
/// Build it with [`RoutingStatus::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RoutingStatus {
    /// The userId of the agent
    pub user_id: Option<String>,
    /// Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
    pub status: Option<RoutingStatusStatus>,
    /// The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "organization_authorization")]
impl RoutingStatus {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            user_id: None,
            status: None,
            start_time: None,
        }
    }

    /// Sets `user_id` (the `userId` property).
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: RoutingStatusStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `start_time` (the `startTime` property).
    pub fn with_start_time(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.start_time = Some(value);
        self
    }
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
///
/// Build it with [`Section::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl Section {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            field_list: None,
            instruction_text: None,
            key: None,
            state: None,
        }
    }

    /// Sets `field_list` (the `fieldList` property).
    pub fn with_field_list(mut self, value: Vec<FieldList>) -> Self {
        self.field_list = Some(value);
        self
    }

    /// Sets `instruction_text` (the `instructionText` property).
    pub fn with_instruction_text(mut self, value: impl Into<String>) -> Self {
        self.instruction_text = Some(value.into());
        self
    }

    /// Sets `key` (the `key` property).
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
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
///
/// Build it with [`StatusChange::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl StatusChange {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            date_status_changed: None,
            status: None,
            previous_status: None,
            namespace: None,
            message: None,
            reject_reason: None,
        }
    }

    /// Sets `date_status_changed` (the `dateStatusChanged` property).
    pub fn with_date_status_changed(
        mut self,
        value: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        self.date_status_changed = Some(value);
        self
    }

    /// Sets `status` (the `status` property).
    pub fn with_status(mut self, value: StatusChangeStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `previous_status` (the `previousStatus` property).
    pub fn with_previous_status(mut self, value: StatusChangePreviousStatus) -> Self {
        self.previous_status = Some(value);
        self
    }

    /// Sets `namespace` (the `namespace` property).
    pub fn with_namespace(mut self, value: StatusChangeNamespace) -> Self {
        self.namespace = Some(value);
        self
    }

    /// Sets `message` (the `message` property).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `reject_reason` (the `rejectReason` property).
    pub fn with_reject_reason(
        mut self,
        value: LimitChangeRequestDetailsRejectReason,
    ) -> Self {
        self.reject_reason = Some(value);
        self
    }
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
///
/// Build it with [`TrustCreate::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl TrustCreate {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(pairing_id: impl Into<String>, enabled: bool) -> Self {
        Self {
            pairing_id: pairing_id.into(),
            enabled,
            users: None,
            groups: None,
        }
    }

    /// Sets `users` (the `users` property).
    pub fn with_users(mut self, value: Vec<TrustMemberCreate>) -> Self {
        self.users = Some(value);
        self
    }

    /// Sets `groups` (the `groups` property).
    pub fn with_groups(mut self, value: Vec<TrustMemberCreate>) -> Self {
        self.groups = Some(value);
        self
    }
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
///
/// Build it with [`TrustEntityListing::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl TrustEntityListing {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            entities: None,
            page_size: None,
            page_number: None,
            total: None,
            first_uri: None,
            self_uri: None,
            previous_uri: None,
            next_uri: None,
            last_uri: None,
            page_count: None,
        }
    }

    /// Sets `entities` (the `entities` property).
    pub fn with_entities(mut self, value: Vec<Trustee>) -> Self {
        self.entities = Some(value);
        self
    }

    /// Sets `page_size` (the `pageSize` property).
    pub fn with_page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Sets `page_number` (the `pageNumber` property).
    pub fn with_page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Sets `total` (the `total` property).
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }

    /// Sets `first_uri` (the `firstUri` property).
    pub fn with_first_uri(mut self, value: impl Into<String>) -> Self {
        self.first_uri = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }

    /// Sets `previous_uri` (the `previousUri` property).
    pub fn with_previous_uri(mut self, value: impl Into<String>) -> Self {
        self.previous_uri = Some(value.into());
        self
    }

    /// Sets `next_uri` (the `nextUri` property).
    pub fn with_next_uri(mut self, value: impl Into<String>) -> Self {
        self.next_uri = Some(value.into());
        self
    }

    /// Sets `last_uri` (the `lastUri` property).
    pub fn with_last_uri(mut self, value: impl Into<String>) -> Self {
        self.last_uri = Some(value.into());
        self
    }

    /// Sets `page_count` (the `pageCount` property).
    pub fn with_page_count(mut self, value: i32) -> Self {
        self.page_count = Some(value);
        self
    }
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
///
/// Build it with [`TrustGroup::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl TrustGroup {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        name: impl Into<String>,
        type_: GroupType,
        rules_visible: bool,
        visibility: GroupVisibility,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: None,
            date_modified: None,
            member_count: None,
            state: None,
            version: None,
            type_,
            images: None,
            addresses: None,
            rules_visible,
            visibility,
            owners: None,
            date_created: None,
            created_by: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `description` (the `description` property).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `date_modified` (the `dateModified` property).
    pub fn with_date_modified(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_modified = Some(value);
        self
    }

    /// Sets `member_count` (the `memberCount` property).
    pub fn with_member_count(mut self, value: i64) -> Self {
        self.member_count = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: GroupState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `version` (the `version` property).
    pub fn with_version(mut self, value: i32) -> Self {
        self.version = Some(value);
        self
    }

    /// Sets `images` (the `images` property).
    pub fn with_images(mut self, value: Vec<UserImage>) -> Self {
        self.images = Some(value);
        self
    }

    /// Sets `addresses` (the `addresses` property).
    pub fn with_addresses(mut self, value: Vec<GroupContact>) -> Self {
        self.addresses = Some(value);
        self
    }

    /// Sets `owners` (the `owners` property).
    pub fn with_owners(mut self, value: Vec<User>) -> Self {
        self.owners = Some(value);
        self
    }

    /// Sets `date_created` (the `dateCreated` property).
    pub fn with_date_created(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_created = Some(value);
        self
    }

    /// Sets `created_by` (the `createdBy` property).
    pub fn with_created_by(mut self, value: OrgUser) -> Self {
        self.created_by = Some(value);
        self
    }
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
///
/// Build it with [`TrustMemberCreate::new`].
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TrustMemberCreate {
    /// Trustee User or Group Id
    pub id: String,
    /// The list of trustor organization roles granting this user or group access.
    pub role_ids: Vec<String>,
}

#[cfg(feature = "organization_authorization")]
impl TrustMemberCreate {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(id: impl Into<String>, role_ids: Vec<String>) -> Self {
        Self { id: id.into(), role_ids }
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustMemberCreate {
        id: "id" (required),
        role_ids: "roleIds" (required),
    }
}

/// `#/components/schemas/TrustRequest`
///
/// Build it with [`TrustRequest::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl TrustRequest {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            created_by: None,
            date_created: None,
            trustee: None,
            users: None,
            groups: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `created_by` (the `createdBy` property).
    pub fn with_created_by(mut self, value: OrgUser) -> Self {
        self.created_by = Some(value);
        self
    }

    /// Sets `date_created` (the `dateCreated` property).
    pub fn with_date_created(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_created = Some(value);
        self
    }

    /// Sets `trustee` (the `trustee` property).
    pub fn with_trustee(mut self, value: Organization) -> Self {
        self.trustee = Some(value);
        self
    }

    /// Sets `users` (the `users` property).
    pub fn with_users(mut self, value: Vec<OrgUser>) -> Self {
        self.users = Some(value);
        self
    }

    /// Sets `groups` (the `groups` property).
    pub fn with_groups(mut self, value: Vec<TrustGroup>) -> Self {
        self.groups = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`TrustRequestCreate::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TrustRequestCreate {
    /// The list of trustee users that are requesting access. If no users are specified, at least one group is required.
    pub user_ids: Option<Vec<String>>,
    /// The list of trustee groups that are requesting access. If no groups are specified, at least one user is required.
    pub group_ids: Option<Vec<String>>,
}

#[cfg(feature = "organization_authorization")]
impl TrustRequestCreate {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            user_ids: None,
            group_ids: None,
        }
    }

    /// Sets `user_ids` (the `userIds` property).
    pub fn with_user_ids(mut self, value: Vec<String>) -> Self {
        self.user_ids = Some(value);
        self
    }

    /// Sets `group_ids` (the `groupIds` property).
    pub fn with_group_ids(mut self, value: Vec<String>) -> Self {
        self.group_ids = Some(value);
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustRequestCreate {
        user_ids: "userIds" (optional),
        group_ids: "groupIds" (optional),
    }
}

/// `#/components/schemas/TrustUser`
///
/// Build it with [`TrustUser::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl TrustUser {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(version: i32) -> Self {
        Self {
            id: None,
            name: None,
            division: None,
            chat: None,
            department: None,
            email: None,
            primary_contact_info: None,
            addresses: None,
            state: None,
            title: None,
            username: None,
            manager: None,
            images: None,
            version,
            routing_status: None,
            presence: None,
            conversation_summary: None,
            out_of_office: None,
            geolocation: None,
            station: None,
            authorization: None,
            profile_skills: None,
            locations: None,
            groups: None,
            skills: None,
            languages: None,
            acd_auto_answer: None,
            language_preference: None,
            trust_user_details: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `division` (the `division` property).
    pub fn with_division(mut self, value: Division) -> Self {
        self.division = Some(value);
        self
    }

    /// Sets `chat` (the `chat` property).
    pub fn with_chat(mut self, value: Chat) -> Self {
        self.chat = Some(value);
        self
    }

    /// Sets `department` (the `department` property).
    pub fn with_department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `email` (the `email` property).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `primary_contact_info` (the `primaryContactInfo` property).
    pub fn with_primary_contact_info(mut self, value: Vec<Contact>) -> Self {
        self.primary_contact_info = Some(value);
        self
    }

    /// Sets `addresses` (the `addresses` property).
    pub fn with_addresses(mut self, value: Vec<Contact>) -> Self {
        self.addresses = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: OrgUserState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `title` (the `title` property).
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `username` (the `username` property).
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `manager` (the `manager` property).
    pub fn with_manager(mut self, value: User) -> Self {
        self.manager = Some(value);
        self
    }

    /// Sets `images` (the `images` property).
    pub fn with_images(mut self, value: Vec<UserImage>) -> Self {
        self.images = Some(value);
        self
    }

    /// Sets `routing_status` (the `routingStatus` property).
    pub fn with_routing_status(mut self, value: RoutingStatus) -> Self {
        self.routing_status = Some(value);
        self
    }

    /// Sets `presence` (the `presence` property).
    pub fn with_presence(mut self, value: UserPresence) -> Self {
        self.presence = Some(value);
        self
    }

    /// Sets `conversation_summary` (the `conversationSummary` property).
    pub fn with_conversation_summary(mut self, value: UserConversationSummary) -> Self {
        self.conversation_summary = Some(value);
        self
    }

    /// Sets `out_of_office` (the `outOfOffice` property).
    pub fn with_out_of_office(mut self, value: OutOfOffice) -> Self {
        self.out_of_office = Some(value);
        self
    }

    /// Sets `geolocation` (the `geolocation` property).
    pub fn with_geolocation(mut self, value: Geolocation) -> Self {
        self.geolocation = Some(value);
        self
    }

    /// Sets `station` (the `station` property).
    pub fn with_station(mut self, value: UserStations) -> Self {
        self.station = Some(value);
        self
    }

    /// Sets `authorization` (the `authorization` property).
    pub fn with_authorization(mut self, value: UserAuthorization) -> Self {
        self.authorization = Some(value);
        self
    }

    /// Sets `profile_skills` (the `profileSkills` property).
    pub fn with_profile_skills(mut self, value: Vec<String>) -> Self {
        self.profile_skills = Some(value);
        self
    }

    /// Sets `locations` (the `locations` property).
    pub fn with_locations(mut self, value: Vec<Location>) -> Self {
        self.locations = Some(value);
        self
    }

    /// Sets `groups` (the `groups` property).
    pub fn with_groups(mut self, value: Vec<Group>) -> Self {
        self.groups = Some(value);
        self
    }

    /// Sets `skills` (the `skills` property).
    pub fn with_skills(mut self, value: Vec<UserRoutingSkill>) -> Self {
        self.skills = Some(value);
        self
    }

    /// Sets `languages` (the `languages` property).
    pub fn with_languages(mut self, value: Vec<UserRoutingLanguage>) -> Self {
        self.languages = Some(value);
        self
    }

    /// Sets `acd_auto_answer` (the `acdAutoAnswer` property).
    pub fn with_acd_auto_answer(mut self, value: bool) -> Self {
        self.acd_auto_answer = Some(value);
        self
    }

    /// Sets `language_preference` (the `languagePreference` property).
    pub fn with_language_preference(mut self, value: impl Into<String>) -> Self {
        self.language_preference = Some(value.into());
        self
    }

    /// Sets `trust_user_details` (the `trustUserDetails` property).
    pub fn with_trust_user_details(mut self, value: TrustUserDetails) -> Self {
        self.trust_user_details = Some(value);
        self
    }
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
///
/// Build it with [`TrustUserDetails::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl TrustUserDetails {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            date_created: None,
            created_by: None,
        }
    }

    /// Sets `date_created` (the `dateCreated` property).
    pub fn with_date_created(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_created = Some(value);
        self
    }

    /// Sets `created_by` (the `createdBy` property).
    pub fn with_created_by(mut self, value: OrgUser) -> Self {
        self.created_by = Some(value);
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrustUserDetails {
        date_created: "dateCreated" (optional),
        created_by: "createdBy" (optional),
    }
}

/// `#/components/schemas/TrustUserEntityListing`
///
/// Build it with [`TrustUserEntityListing::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl TrustUserEntityListing {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            entities: None,
            page_size: None,
            page_number: None,
            total: None,
            first_uri: None,
            self_uri: None,
            previous_uri: None,
            next_uri: None,
            last_uri: None,
            page_count: None,
        }
    }

    /// Sets `entities` (the `entities` property).
    pub fn with_entities(mut self, value: Vec<TrustUser>) -> Self {
        self.entities = Some(value);
        self
    }

    /// Sets `page_size` (the `pageSize` property).
    pub fn with_page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Sets `page_number` (the `pageNumber` property).
    pub fn with_page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Sets `total` (the `total` property).
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }

    /// Sets `first_uri` (the `firstUri` property).
    pub fn with_first_uri(mut self, value: impl Into<String>) -> Self {
        self.first_uri = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }

    /// Sets `previous_uri` (the `previousUri` property).
    pub fn with_previous_uri(mut self, value: impl Into<String>) -> Self {
        self.previous_uri = Some(value.into());
        self
    }

    /// Sets `next_uri` (the `nextUri` property).
    pub fn with_next_uri(mut self, value: impl Into<String>) -> Self {
        self.next_uri = Some(value.into());
        self
    }

    /// Sets `last_uri` (the `lastUri` property).
    pub fn with_last_uri(mut self, value: impl Into<String>) -> Self {
        self.last_uri = Some(value.into());
        self
    }

    /// Sets `page_count` (the `pageCount` property).
    pub fn with_page_count(mut self, value: i32) -> Self {
        self.page_count = Some(value);
        self
    }
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
///
/// Build it with [`Trustee::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Trustee {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(enabled: bool) -> Self {
        Self {
            id: None,
            enabled,
            date_created: None,
            created_by: None,
            organization: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `date_created` (the `dateCreated` property).
    pub fn with_date_created(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_created = Some(value);
        self
    }

    /// Sets `created_by` (the `createdBy` property).
    pub fn with_created_by(mut self, value: OrgUser) -> Self {
        self.created_by = Some(value);
        self
    }

    /// Sets `organization` (the `organization` property).
    pub fn with_organization(mut self, value: Organization) -> Self {
        self.organization = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`TrusteeAuditQueryRequest::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl TrusteeAuditQueryRequest {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        trustee_organization_ids: Vec<String>,
        trustee_user_ids: Vec<String>,
    ) -> Self {
        Self {
            trustee_organization_ids,
            trustee_user_ids,
            start_date: None,
            end_date: None,
            query_phrase: None,
            facets: None,
            filters: None,
        }
    }

    /// Sets `start_date` (the `startDate` property).
    pub fn with_start_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.start_date = Some(value);
        self
    }

    /// Sets `end_date` (the `endDate` property).
    pub fn with_end_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.end_date = Some(value);
        self
    }

    /// Sets `query_phrase` (the `queryPhrase` property).
    pub fn with_query_phrase(mut self, value: impl Into<String>) -> Self {
        self.query_phrase = Some(value.into());
        self
    }

    /// Sets `facets` (the `facets` property).
    pub fn with_facets(mut self, value: Vec<Facet>) -> Self {
        self.facets = Some(value);
        self
    }

    /// Sets `filters` (the `filters` property).
    pub fn with_filters(mut self, value: Vec<Filter>) -> Self {
        self.filters = Some(value);
        self
    }
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
///
/// Build it with [`TrusteeAuthorization::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TrusteeAuthorization {
    /// Permissions that the trustee user has in the trustor organization
    ///
    /// Read-only: set by the server.
    pub permissions: Option<Vec<String>>,
}

#[cfg(feature = "organization_authorization")]
impl TrusteeAuthorization {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { permissions: None }
    }

    /// Sets `permissions` (the `permissions` property).
    pub fn with_permissions(mut self, value: Vec<String>) -> Self {
        self.permissions = Some(value);
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    TrusteeAuthorization {
        permissions: "permissions" (optional),
    }
}

/// `#/components/schemas/Trustor`
///
/// Build it with [`Trustor::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl Trustor {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(enabled: bool) -> Self {
        Self {
            id: None,
            enabled,
            date_created: None,
            created_by: None,
            organization: None,
            authorization: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `date_created` (the `dateCreated` property).
    pub fn with_date_created(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.date_created = Some(value);
        self
    }

    /// Sets `created_by` (the `createdBy` property).
    pub fn with_created_by(mut self, value: OrgUser) -> Self {
        self.created_by = Some(value);
        self
    }

    /// Sets `organization` (the `organization` property).
    pub fn with_organization(mut self, value: Organization) -> Self {
        self.organization = Some(value);
        self
    }

    /// Sets `authorization` (the `authorization` property).
    pub fn with_authorization(mut self, value: TrusteeAuthorization) -> Self {
        self.authorization = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`TrustorAuditQueryRequest::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl TrustorAuditQueryRequest {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        trustor_organization_id: impl Into<String>,
        trustee_user_ids: Vec<String>,
    ) -> Self {
        Self {
            trustor_organization_id: trustor_organization_id.into(),
            trustee_user_ids,
            start_date: None,
            end_date: None,
            query_phrase: None,
            facets: None,
            filters: None,
        }
    }

    /// Sets `start_date` (the `startDate` property).
    pub fn with_start_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.start_date = Some(value);
        self
    }

    /// Sets `end_date` (the `endDate` property).
    pub fn with_end_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.end_date = Some(value);
        self
    }

    /// Sets `query_phrase` (the `queryPhrase` property).
    pub fn with_query_phrase(mut self, value: impl Into<String>) -> Self {
        self.query_phrase = Some(value.into());
        self
    }

    /// Sets `facets` (the `facets` property).
    pub fn with_facets(mut self, value: Vec<Facet>) -> Self {
        self.facets = Some(value);
        self
    }

    /// Sets `filters` (the `filters` property).
    pub fn with_filters(mut self, value: Vec<Filter>) -> Self {
        self.filters = Some(value);
        self
    }
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
///
/// Build it with [`TrustorEntityListing::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl TrustorEntityListing {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            entities: None,
            page_size: None,
            page_number: None,
            total: None,
            first_uri: None,
            self_uri: None,
            previous_uri: None,
            next_uri: None,
            last_uri: None,
            page_count: None,
        }
    }

    /// Sets `entities` (the `entities` property).
    pub fn with_entities(mut self, value: Vec<Trustor>) -> Self {
        self.entities = Some(value);
        self
    }

    /// Sets `page_size` (the `pageSize` property).
    pub fn with_page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Sets `page_number` (the `pageNumber` property).
    pub fn with_page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Sets `total` (the `total` property).
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }

    /// Sets `first_uri` (the `firstUri` property).
    pub fn with_first_uri(mut self, value: impl Into<String>) -> Self {
        self.first_uri = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }

    /// Sets `previous_uri` (the `previousUri` property).
    pub fn with_previous_uri(mut self, value: impl Into<String>) -> Self {
        self.previous_uri = Some(value.into());
        self
    }

    /// Sets `next_uri` (the `nextUri` property).
    pub fn with_next_uri(mut self, value: impl Into<String>) -> Self {
        self.next_uri = Some(value.into());
        self
    }

    /// Sets `last_uri` (the `lastUri` property).
    pub fn with_last_uri(mut self, value: impl Into<String>) -> Self {
        self.last_uri = Some(value.into());
        self
    }

    /// Sets `page_count` (the `pageCount` property).
    pub fn with_page_count(mut self, value: i32) -> Self {
        self.page_count = Some(value);
        self
    }
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
///
/// Build it with [`UrlResponse::new`] and its `with_*` methods.
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlResponse {
    /// The `url` property.
    pub url: Option<String>,
}

#[cfg(feature = "organization")]
impl UrlResponse {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { url: None }
    }

    /// Sets `url` (the `url` property).
    pub fn with_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}

#[cfg(feature = "organization")]
crate::json_object! {
    UrlResponse {
        url: "url" (optional),
    }
}

/// `#/components/schemas/User`
///
/// Build it with [`User::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
impl User {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(version: i32) -> Self {
        Self {
            id: None,
            name: None,
            division: None,
            chat: None,
            department: None,
            email: None,
            primary_contact_info: None,
            addresses: None,
            state: None,
            title: None,
            username: None,
            manager: None,
            images: None,
            version,
            routing_status: None,
            presence: None,
            conversation_summary: None,
            out_of_office: None,
            geolocation: None,
            station: None,
            authorization: None,
            profile_skills: None,
            locations: None,
            groups: None,
            skills: None,
            languages: None,
            acd_auto_answer: None,
            language_preference: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `division` (the `division` property).
    pub fn with_division(mut self, value: Division) -> Self {
        self.division = Some(value);
        self
    }

    /// Sets `chat` (the `chat` property).
    pub fn with_chat(mut self, value: Chat) -> Self {
        self.chat = Some(value);
        self
    }

    /// Sets `department` (the `department` property).
    pub fn with_department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `email` (the `email` property).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `primary_contact_info` (the `primaryContactInfo` property).
    pub fn with_primary_contact_info(mut self, value: Vec<Contact>) -> Self {
        self.primary_contact_info = Some(value);
        self
    }

    /// Sets `addresses` (the `addresses` property).
    pub fn with_addresses(mut self, value: Vec<Contact>) -> Self {
        self.addresses = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: OrgUserState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `title` (the `title` property).
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `username` (the `username` property).
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets `manager` (the `manager` property).
    pub fn with_manager(mut self, value: impl Into<Box<User>>) -> Self {
        self.manager = Some(value.into());
        self
    }

    /// Sets `images` (the `images` property).
    pub fn with_images(mut self, value: Vec<UserImage>) -> Self {
        self.images = Some(value);
        self
    }

    /// Sets `routing_status` (the `routingStatus` property).
    pub fn with_routing_status(mut self, value: RoutingStatus) -> Self {
        self.routing_status = Some(value);
        self
    }

    /// Sets `presence` (the `presence` property).
    pub fn with_presence(mut self, value: UserPresence) -> Self {
        self.presence = Some(value);
        self
    }

    /// Sets `conversation_summary` (the `conversationSummary` property).
    pub fn with_conversation_summary(mut self, value: UserConversationSummary) -> Self {
        self.conversation_summary = Some(value);
        self
    }

    /// Sets `out_of_office` (the `outOfOffice` property).
    pub fn with_out_of_office(mut self, value: impl Into<Box<OutOfOffice>>) -> Self {
        self.out_of_office = Some(value.into());
        self
    }

    /// Sets `geolocation` (the `geolocation` property).
    pub fn with_geolocation(mut self, value: Geolocation) -> Self {
        self.geolocation = Some(value);
        self
    }

    /// Sets `station` (the `station` property).
    pub fn with_station(mut self, value: impl Into<Box<UserStations>>) -> Self {
        self.station = Some(value.into());
        self
    }

    /// Sets `authorization` (the `authorization` property).
    pub fn with_authorization(mut self, value: UserAuthorization) -> Self {
        self.authorization = Some(value);
        self
    }

    /// Sets `profile_skills` (the `profileSkills` property).
    pub fn with_profile_skills(mut self, value: Vec<String>) -> Self {
        self.profile_skills = Some(value);
        self
    }

    /// Sets `locations` (the `locations` property).
    pub fn with_locations(mut self, value: Vec<Location>) -> Self {
        self.locations = Some(value);
        self
    }

    /// Sets `groups` (the `groups` property).
    pub fn with_groups(mut self, value: Vec<Group>) -> Self {
        self.groups = Some(value);
        self
    }

    /// Sets `skills` (the `skills` property).
    pub fn with_skills(mut self, value: Vec<UserRoutingSkill>) -> Self {
        self.skills = Some(value);
        self
    }

    /// Sets `languages` (the `languages` property).
    pub fn with_languages(mut self, value: Vec<UserRoutingLanguage>) -> Self {
        self.languages = Some(value);
        self
    }

    /// Sets `acd_auto_answer` (the `acdAutoAnswer` property).
    pub fn with_acd_auto_answer(mut self, value: bool) -> Self {
        self.acd_auto_answer = Some(value);
        self
    }

    /// Sets `language_preference` (the `languagePreference` property).
    pub fn with_language_preference(mut self, value: impl Into<String>) -> Self {
        self.language_preference = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`UserAuthorization::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserAuthorization {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            roles: None,
            permissions: None,
            permission_policies: None,
        }
    }

    /// Sets `roles` (the `roles` property).
    pub fn with_roles(mut self, value: Vec<DomainRole>) -> Self {
        self.roles = Some(value);
        self
    }

    /// Sets `permissions` (the `permissions` property).
    pub fn with_permissions(mut self, value: Vec<String>) -> Self {
        self.permissions = Some(value);
        self
    }

    /// Sets `permission_policies` (the `permissionPolicies` property).
    pub fn with_permission_policies(
        mut self,
        value: Vec<ResourcePermissionPolicy>,
    ) -> Self {
        self.permission_policies = Some(value);
        self
    }
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
///
/// Build it with [`UserConversationSummary::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserConversationSummary {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            user_id: None,
            call: None,
            callback: None,
            email: None,
            message: None,
            chat: None,
            social_expression: None,
            video: None,
        }
    }

    /// Sets `user_id` (the `userId` property).
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sets `call` (the `call` property).
    pub fn with_call(mut self, value: MediaSummary) -> Self {
        self.call = Some(value);
        self
    }

    /// Sets `callback` (the `callback` property).
    pub fn with_callback(mut self, value: MediaSummary) -> Self {
        self.callback = Some(value);
        self
    }

    /// Sets `email` (the `email` property).
    pub fn with_email(mut self, value: MediaSummary) -> Self {
        self.email = Some(value);
        self
    }

    /// Sets `message` (the `message` property).
    pub fn with_message(mut self, value: MediaSummary) -> Self {
        self.message = Some(value);
        self
    }

    /// Sets `chat` (the `chat` property).
    pub fn with_chat(mut self, value: MediaSummary) -> Self {
        self.chat = Some(value);
        self
    }

    /// Sets `social_expression` (the `socialExpression` property).
    pub fn with_social_expression(mut self, value: MediaSummary) -> Self {
        self.social_expression = Some(value);
        self
    }

    /// Sets `video` (the `video` property).
    pub fn with_video(mut self, value: MediaSummary) -> Self {
        self.video = Some(value);
        self
    }
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
///
/// Build it with [`UserImage::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserImage {
    /// Height and/or width of image. ex: 640x480 or x128
    pub resolution: Option<String>,
    /// The `imageUri` property.
    pub image_uri: Option<String>,
}

#[cfg(feature = "organization_authorization")]
impl UserImage {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            resolution: None,
            image_uri: None,
        }
    }

    /// Sets `resolution` (the `resolution` property).
    pub fn with_resolution(mut self, value: impl Into<String>) -> Self {
        self.resolution = Some(value.into());
        self
    }

    /// Sets `image_uri` (the `imageUri` property).
    pub fn with_image_uri(mut self, value: impl Into<String>) -> Self {
        self.image_uri = Some(value.into());
        self
    }
}

#[cfg(feature = "organization_authorization")]
crate::json_object! {
    UserImage {
        resolution: "resolution" (optional),
        image_uri: "imageUri" (optional),
    }
}

/// `#/components/schemas/UserPresence`
///
/// Build it with [`UserPresence::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserPresence {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            source: None,
            primary: None,
            presence_definition: None,
            message: None,
            modified_date: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `source` (the `source` property).
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }

    /// Sets `primary` (the `primary` property).
    pub fn with_primary(mut self, value: bool) -> Self {
        self.primary = Some(value);
        self
    }

    /// Sets `presence_definition` (the `presenceDefinition` property).
    pub fn with_presence_definition(mut self, value: PresenceDefinition) -> Self {
        self.presence_definition = Some(value);
        self
    }

    /// Sets `message` (the `message` property).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `modified_date` (the `modifiedDate` property).
    pub fn with_modified_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.modified_date = Some(value);
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`UserRoutingLanguage::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserRoutingLanguage {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            proficiency: None,
            state: None,
            language_uri: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `proficiency` (the `proficiency` property).
    pub fn with_proficiency(mut self, value: f64) -> Self {
        self.proficiency = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: UserRoutingLanguageState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `language_uri` (the `languageUri` property).
    pub fn with_language_uri(mut self, value: impl Into<String>) -> Self {
        self.language_uri = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`UserRoutingSkill::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserRoutingSkill {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            proficiency: None,
            state: None,
            skill_uri: None,
            self_uri: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `proficiency` (the `proficiency` property).
    pub fn with_proficiency(mut self, value: f64) -> Self {
        self.proficiency = Some(value);
        self
    }

    /// Sets `state` (the `state` property).
    pub fn with_state(mut self, value: UserRoutingSkillState) -> Self {
        self.state = Some(value);
        self
    }

    /// Sets `skill_uri` (the `skillUri` property).
    pub fn with_skill_uri(mut self, value: impl Into<String>) -> Self {
        self.skill_uri = Some(value.into());
        self
    }

    /// Sets `self_uri` (the `selfUri` property).
    pub fn with_self_uri(mut self, value: impl Into<String>) -> Self {
        self.self_uri = Some(value.into());
        self
    }
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
///
/// Build it with [`UserStation::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserStation {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            type_: None,
            associated_user: None,
            associated_date: None,
            default_user: None,
            provider_info: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (the `name` property).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `type_` (the `type` property).
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `associated_user` (the `associatedUser` property).
    pub fn with_associated_user(mut self, value: impl Into<Box<User>>) -> Self {
        self.associated_user = Some(value.into());
        self
    }

    /// Sets `associated_date` (the `associatedDate` property).
    pub fn with_associated_date(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.associated_date = Some(value);
        self
    }

    /// Sets `default_user` (the `defaultUser` property).
    pub fn with_default_user(mut self, value: impl Into<Box<User>>) -> Self {
        self.default_user = Some(value.into());
        self
    }

    /// Sets `provider_info` (the `providerInfo` property).
    pub fn with_provider_info(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.provider_info = Some(value);
        self
    }
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
///
/// Build it with [`UserStations::new`] and its `with_*` methods.
#[cfg(feature = "organization_authorization")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
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
impl UserStations {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            associated_station: None,
            effective_station: None,
            default_station: None,
            last_associated_station: None,
        }
    }

    /// Sets `associated_station` (the `associatedStation` property).
    pub fn with_associated_station(
        mut self,
        value: impl Into<Box<UserStation>>,
    ) -> Self {
        self.associated_station = Some(value.into());
        self
    }

    /// Sets `effective_station` (the `effectiveStation` property).
    pub fn with_effective_station(mut self, value: impl Into<Box<UserStation>>) -> Self {
        self.effective_station = Some(value.into());
        self
    }

    /// Sets `default_station` (the `defaultStation` property).
    pub fn with_default_station(mut self, value: impl Into<Box<UserStation>>) -> Self {
        self.default_station = Some(value.into());
        self
    }

    /// Sets `last_associated_station` (the `lastAssociatedStation` property).
    pub fn with_last_associated_station(
        mut self,
        value: impl Into<Box<UserStation>>,
    ) -> Self {
        self.last_associated_station = Some(value.into());
        self
    }
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
