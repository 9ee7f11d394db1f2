//! The models: request and response types of the API.

/// Empty Schema
#[cfg(feature = "cases")]
pub type Empty = serde_json::Map<String, serde_json::Value>;

/// `#/components/schemas/Concurrency`
///
/// Build it with [`Concurrency::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Concurrency {
    /// The `Allocated` property.
    ///
    /// At least 1 and at most 100.
    pub allocated: Option<i64>,
    /// The `Status` property.
    pub status: Option<ConcurrencyStatus>,
}

#[cfg(feature = "cases")]
impl Concurrency {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self {
            allocated: None,
            status: None,
        }
    }

    /// Sets `allocated` (the `Allocated` property).
    pub fn with_allocated(mut self, value: i64) -> Self {
        self.allocated = Some(value);
        self
    }

    /// Sets `status` (the `Status` property).
    pub fn with_status(mut self, value: ConcurrencyStatus) -> Self {
        self.status = Some(value);
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Concurrency {
        allocated: "Allocated" (optional),
        status: "Status" (optional),
    }
}

/// `#/components/schemas/Tags`
///
/// Build it with [`Tags::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Tags {
    /// The `names` property.
    pub names: Vec<Option<String>>,
    /// The `counts` property.
    pub counts: Option<std::collections::BTreeMap<String, Option<i64>>>,
}

#[cfg(feature = "cases")]
impl Tags {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(names: Vec<Option<String>>) -> Self {
        Self { names, counts: None }
    }

    /// Sets `counts` (the `counts` property).
    pub fn with_counts(
        mut self,
        value: std::collections::BTreeMap<String, Option<i64>>,
    ) -> Self {
        self.counts = Some(value);
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Tags {
        names: "names" (required),
        counts: "counts" (optional),
    }
}

/// `#/components/schemas/AccountId`
#[cfg(feature = "cases")]
pub type AccountId = String;

/// `#/components/schemas/Account`
///
/// Build it with [`Account::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Account {
    /// The `id` property.
    ///
    /// Read-only: set by the server.
    pub id: Option<AccountId>,
    /// The `name` property.
    pub name: String,
    /// The `password` property.
    pub password: Option<String>,
    /// When the account was created.
    ///
    /// Read-only: set by the server.
    pub created: Option<ServerTimestamp>,
}

#[cfg(feature = "cases")]
impl Account {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            password: None,
            created: None,
        }
    }

    /// Sets `id` (the `id` property).
    pub fn with_id(mut self, value: AccountId) -> Self {
        self.id = Some(value);
        self
    }

    /// Sets `password` (the `password` property).
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `created` (the `created` property).
    pub fn with_created(mut self, value: ServerTimestamp) -> Self {
        self.created = Some(value);
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Account {
        id: "id" (optional),
        name: "name" (required),
        password: "password" (optional),
        created: "created" (optional),
    }
}

/// `#/components/schemas/ServerTimestamp`
#[cfg(feature = "cases")]
pub type ServerTimestamp = chrono::DateTime<chrono::Utc>;

/// `#/components/schemas/Settings`
#[cfg(feature = "cases")]
pub type Settings = serde_json::Map<String, serde_json::Value>;

/// `#/components/schemas/Batch`
#[cfg(feature = "cases")]
pub type Batch = Vec<Submission>;

/// `#/components/schemas/Submission`
///
/// Build it with [`Submission::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Submission {
    /// The `data` property.
    pub data: std::collections::BTreeMap<String, String>,
}

#[cfg(feature = "cases")]
impl Submission {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(data: std::collections::BTreeMap<String, String>) -> Self {
        Self { data }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Submission {
        data: "data" (required),
    }
}

/// `#/components/schemas/Rule`
///
/// Build it with [`Rule::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Rule {
    /// The `arn` property.
    pub arn: String,
    /// The `maxAge` property.
    ///
    /// At least 60 and at most 21600.
    pub max_age: i64,
    /// The `ratio` property.
    ///
    /// Greater than 0 and at most 1.
    pub ratio: Option<f64>,
    /// The `name` property.
    pub name: String,
    /// The `contact` property.
    pub contact: Option<String>,
    /// The `tags` property.
    pub tags: Vec<String>,
}

#[cfg(feature = "cases")]
impl Rule {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        arn: impl Into<String>,
        max_age: i64,
        name: impl Into<String>,
        tags: Vec<String>,
    ) -> Self {
        Self {
            arn: arn.into(),
            max_age,
            ratio: None,
            name: name.into(),
            contact: None,
            tags,
        }
    }

    /// Sets `ratio` (the `ratio` property).
    pub fn with_ratio(mut self, value: f64) -> Self {
        self.ratio = Some(value);
        self
    }

    /// Sets `contact` (the `contact` property).
    pub fn with_contact(mut self, value: impl Into<String>) -> Self {
        self.contact = Some(value.into());
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Rule {
        arn: "arn" (required),
        max_age: "maxAge" (required),
        ratio: "ratio" (optional),
        name: "name" (required),
        contact: "contact" (optional),
        tags: "tags" (required),
    }
}

/// `#/components/schemas/Loose`
///
/// Build it with [`Loose::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Loose {
    /// The `note` property.
    pub note: Option<String>,
}

#[cfg(feature = "cases")]
impl Loose {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { note: None }
    }

    /// Sets `note` (the `note` property).
    pub fn with_note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Loose (any) {
        note: "note" (optional),
    }
}

/// `#/components/schemas/RoleArn`
#[cfg(feature = "cases")]
pub type RoleArn = String;

/// `#/components/schemas/Job`
///
/// Build it with [`Job::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Job {
    /// The `roleArn` property.
    pub role_arn: RoleArn,
}

#[cfg(feature = "cases")]
impl Job {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(role_arn: RoleArn) -> Self {
        Self { role_arn }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Job {
        role_arn: "roleArn" (required),
    }
}

/// `#/components/schemas/Opened`
///
/// Build it with [`Opened::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Opened {
    /// The `ok` property.
    pub ok: bool,
    /// The `channel` property.
    pub channel: serde_json::Value,
}

#[cfg(feature = "cases")]
impl Opened {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(ok: bool, channel: serde_json::Value) -> Self {
        Self { ok, channel }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Opened {
        ok: "ok" (required),
        channel: "channel" (required),
    }
}

/// `#/components/schemas/LimitsBase`
///
/// Build it with [`LimitsBase::new`] and its `with_*` methods.
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LimitsBase {
    /// The `max` property.
    pub max: Option<i64>,
    /// The `min` property.
    pub min: Option<i64>,
}

#[cfg(feature = "other_models")]
impl LimitsBase {
    /// Creates the model with no field set.
    pub fn new() -> Self {
        Self { max: None, min: None }
    }

    /// Sets `max` (the `max` property).
    pub fn with_max(mut self, value: i64) -> Self {
        self.max = Some(value);
        self
    }

    /// Sets `min` (the `min` property).
    pub fn with_min(mut self, value: i64) -> Self {
        self.min = Some(value);
        self
    }
}

#[cfg(feature = "other_models")]
crate::json_object! {
    LimitsBase {
        max: "max" (optional),
        min: "min" (optional),
    }
}

/// `#/components/schemas/Limits`
///
/// Build it with [`Limits::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Limits {
    /// The `max` property.
    pub max: i64,
    /// The `min` property.
    pub min: Option<i64>,
}

#[cfg(feature = "cases")]
impl Limits {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(max: i64) -> Self {
        Self { max, min: None }
    }

    /// Sets `min` (the `min` property).
    pub fn with_min(mut self, value: i64) -> Self {
        self.min = Some(value);
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Limits {
        max: "max" (required),
        min: "min" (optional),
    }
}

/// `#/components/schemas/NextToken`
#[cfg(feature = "cases")]
pub type NextToken = String;

/// `#/components/schemas/InstanceId`
#[cfg(feature = "cases")]
pub type InstanceId = String;

/// `#/components/schemas/S3Uri`
#[cfg(feature = "cases")]
pub type S3Uri = String;

/// `#/components/schemas/Registration`
///
/// Build it with [`Registration::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Registration {
    /// The `nextToken` property.
    pub next_token: NextToken,
    /// The `instances` property.
    pub instances: Vec<InstanceId>,
    /// The `sources` property.
    pub sources: Vec<Source>,
}

#[cfg(feature = "cases")]
impl Registration {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        next_token: NextToken,
        instances: Vec<InstanceId>,
        sources: Vec<Source>,
    ) -> Self {
        Self {
            next_token,
            instances,
            sources,
        }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Registration {
        next_token: "nextToken" (required),
        instances: "instances" (required),
        sources: "sources" (required),
    }
}

/// `#/components/schemas/Source`
///
/// Build it with [`Source::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Source {
    /// The `uri` property.
    pub uri: S3Uri,
}

#[cfg(feature = "cases")]
impl Source {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(uri: S3Uri) -> Self {
        Self { uri }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Source {
        uri: "uri" (required),
    }
}

/// `#/components/schemas/Definition`
///
/// Build it with [`Definition::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Definition {
    /// The `properties` property.
    pub properties: DefinitionProperties,
    /// The `category` property.
    pub category: Category,
}

#[cfg(feature = "cases")]
impl Definition {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(properties: DefinitionProperties, category: Category) -> Self {
        Self { properties, category }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Definition {
        properties: "properties" (required),
        category: "category" (required),
    }
}

/// `#/components/schemas/DefinitionProperties`
///
/// Build it with [`DefinitionProperties::new`] and its `with_*` methods.
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DefinitionProperties {
    /// The `lockLevel` property.
    pub lock_level: DefinitionPropertiesLockLevel,
    /// The `package` property.
    pub package: Package,
    /// The `description` property.
    pub description: Option<String>,
}

#[cfg(feature = "cases")]
impl DefinitionProperties {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(lock_level: DefinitionPropertiesLockLevel, package: Package) -> Self {
        Self {
            lock_level,
            package,
            description: None,
        }
    }

    /// Sets `description` (the `description` property).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    DefinitionProperties {
        lock_level: "lockLevel" (required),
        package: "package" (required),
        description: "description" (optional),
    }
}

/// `#/components/schemas/Package`
///
/// Build it with [`Package::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Package {
    /// The `artifact` property.
    pub artifact: Artifact,
}

#[cfg(feature = "cases")]
impl Package {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(artifact: Artifact) -> Self {
        Self { artifact }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Package {
        artifact: "artifact" (required),
    }
}

/// `#/components/schemas/Artifact`
///
/// Build it with [`Artifact::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Artifact {
    /// The `authorizations` property.
    pub authorizations: Vec<Authorization>,
}

#[cfg(feature = "cases")]
impl Artifact {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(authorizations: Vec<Authorization>) -> Self {
        Self { authorizations }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Artifact {
        authorizations: "authorizations" (required),
    }
}

/// `#/components/schemas/Authorization`
///
/// Build it with [`Authorization::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Authorization {
    /// The `principalId` property.
    pub principal_id: String,
    /// The `roleDefinitionId` property.
    pub role_definition_id: String,
}

#[cfg(feature = "cases")]
impl Authorization {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(
        principal_id: impl Into<String>,
        role_definition_id: impl Into<String>,
    ) -> Self {
        Self {
            principal_id: principal_id.into(),
            role_definition_id: role_definition_id.into(),
        }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Authorization {
        principal_id: "principalId" (required),
        role_definition_id: "roleDefinitionId" (required),
    }
}

/// `#/components/schemas/Category`
///
/// Build it with [`Category::new`].
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Category {
    /// The `name` property.
    pub name: String,
    /// The `children` property.
    pub children: Vec<Category>,
}

#[cfg(feature = "cases")]
impl Category {
    /// Creates the model from its required fields, in the spec's order; the optional ones start
    /// as `None`.
    pub fn new(name: impl Into<String>, children: Vec<Category>) -> Self {
        Self {
            name: name.into(),
            children,
        }
    }
}

#[cfg(feature = "cases")]
crate::json_object! {
    Category {
        name: "name" (required),
        children: "children" (required),
    }
}

/// `#/components/schemas/Concurrency/properties/Status`
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConcurrencyStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `READY`
    Ready,
    /// `FAILED`
    Failed,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "cases")]
impl ConcurrencyStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Ready => "READY",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "cases")]
impl From<&str> for ConcurrencyStatus {
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => Self::InProgress,
            "READY" => Self::Ready,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "cases")]
impl std::fmt::Display for ConcurrencyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "cases")]
impl serde::Serialize for ConcurrencyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "cases")]
impl<'de> serde::Deserialize<'de> for ConcurrencyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}

/// `#/components/schemas/DefinitionProperties/properties/lockLevel`
#[cfg(feature = "cases")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefinitionPropertiesLockLevel {
    /// `CanNotDelete`
    CanNotDelete,
    /// `ReadOnly`
    ReadOnly,
    /// `None`
    None,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "cases")]
impl DefinitionPropertiesLockLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CanNotDelete => "CanNotDelete",
            Self::ReadOnly => "ReadOnly",
            Self::None => "None",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "cases")]
impl From<&str> for DefinitionPropertiesLockLevel {
    fn from(value: &str) -> Self {
        match value {
            "CanNotDelete" => Self::CanNotDelete,
            "ReadOnly" => Self::ReadOnly,
            "None" => Self::None,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "cases")]
impl std::fmt::Display for DefinitionPropertiesLockLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "cases")]
impl serde::Serialize for DefinitionPropertiesLockLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "cases")]
impl<'de> serde::Deserialize<'de> for DefinitionPropertiesLockLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}

/// `#/paths/~1#Action=Publish/get/parameters/1/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublishAction {
    /// `Publish`
    Publish,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "other_models")]
impl PublishAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Publish => "Publish",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "other_models")]
impl From<&str> for PublishAction {
    fn from(value: &str) -> Self {
        match value {
            "Publish" => Self::Publish,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "other_models")]
impl std::fmt::Display for PublishAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "other_models")]
impl serde::Serialize for PublishAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "other_models")]
impl<'de> serde::Deserialize<'de> for PublishAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}

/// `#/paths/~1#Action=Publish/get/parameters/2/schema`
#[cfg(feature = "other_models")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublishVersion {
    /// `2010-03-31`
    N20100331,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}

#[cfg(feature = "other_models")]
impl PublishVersion {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::N20100331 => "2010-03-31",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "other_models")]
impl From<&str> for PublishVersion {
    fn from(value: &str) -> Self {
        match value {
            "2010-03-31" => Self::N20100331,
            other => Self::Unknown(other.to_string()),
        }
    }
}

#[cfg(feature = "other_models")]
impl std::fmt::Display for PublishVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "other_models")]
impl serde::Serialize for PublishVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "other_models")]
impl<'de> serde::Deserialize<'de> for PublishVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::serde_helpers::str_enum(deserializer)
    }
}
