//! The intermediate representation: everything the templates need, with every name decided.
//!
//! The IR is plain data that derives `Serialize`, so it can be snapshotted, compared and
//! handed to the templates as is. Types are structure ([`TypeRef`]), never Rust text: render
//! spells them. The API's parts: [`model`] (the types of `types.rs`), [`operation`] (modules,
//! operations and their parameters, bodies and responses), [`type_ref`] (type expressions).

pub mod example;
pub mod model;
pub mod operation;
pub mod reserved;
pub mod type_ref;

use serde::Serialize;

mod mock;
pub use example::{ExampleValue, SetterCall};
pub use mock::{
    MockBodyKind, MockBodyMatcher, MockExample, MockKit, MockModule, MockOperation, MockOutput,
};
pub use model::*;
pub use operation::*;
pub use reserved::Reserved;
pub use type_ref::{NamedRef, Prim, TypeId, TypeRef};

/// A whole API: the contents of one generated crate.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    /// Cargo package name, e.g. `genesys-cloud`.
    pub crate_name: String,
    /// Crate version: `info.version` when it is semver, else `0.1.0`.
    pub version: String,
    /// `info.title`.
    pub title: String,
    /// `info.description`, if any.
    pub description: Option<String>,
    /// A one-line description for `Cargo.toml`.
    pub description_line: String,
    /// `info.version` as written in the spec.
    pub api_version: String,
    /// The default base URL (`servers[0]` with variables substituted).
    pub base_url: String,
    /// Every server the spec lists.
    pub servers: Vec<Server>,
    /// `components.securitySchemes`, in document order.
    pub security_schemes: Vec<SecurityScheme>,
    /// The `tokenUrl` of the first OAuth 2.0 client credentials flow, when a scheme has one:
    /// the generated `ClientBuilder` gets `client_credentials` and `token_url`.
    pub token_url: Option<String>,
    /// Every named type, in a stable order.
    pub types: Vec<TypeDef>,
    /// One module per tag.
    pub modules: Vec<Module>,
    /// Whether some operation's responses are enveloped (`x-envelope`).
    pub has_envelope: bool,
    /// The crate's name in Rust paths (`genesys_cloud`), for the docs' `use` lines.
    pub lib_name: String,
    /// What the README and the examples show.
    pub examples: ApiExamples,
    /// The cargo feature of the models that no operation uses, if there are any.
    pub other_models_feature: Option<String>,
    /// The crate's folder as a `path` dependency names it in the README (`crates/petstore`).
    pub crate_path: String,
    /// The typed mocks of the `mock` feature.
    pub mock: MockKit,
}

/// Choices for the README and the generated examples.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ApiExamples {
    /// Scheme indices (into `security_schemes`) the examples' client is built with: the first
    /// non-empty security alternative of the first operation that has one.
    pub auth: Vec<usize>,
    /// Every distinct non-empty security alternative of the operations, in order of first
    /// use: the README shows one client per way to authenticate.
    pub auth_alternatives: Vec<Vec<usize>>,
    /// An operation for the README's call and error examples (preferably without positional
    /// arguments, with documented errors).
    pub call: Option<OpRef>,
    /// A paginated operation for the README's pagination example.
    pub paged: Option<OpRef>,
    /// A model built with `new` and `with_*` setters, for the README's
    /// models example: the first request body that has optional fields, else the first model
    /// that has.
    pub model: Option<ExampleValue>,
    /// An operation that streams events, for the README's event stream example. Serialized
    /// only when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub streamed: Option<OpRef>,
}

/// An operation by position: `api.modules[module].operations[operation]`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct OpRef {
    /// Index into `Api::modules`.
    pub module: usize,
    /// Index into that module's `operations`.
    pub operation: usize,
}

/// A server from `servers`: a variant of the generated `Server` enum.
#[derive(Debug, Clone, Serialize)]
pub struct Server {
    /// URL with variables substituted by their defaults.
    pub url: String,
    /// The server's description.
    pub description: Option<String>,
    /// The variant name (from `x-name`, else from the URL).
    pub variant: String,
    /// The URL as a `format!` text (`"https://{}.example.com"`) and its arguments, the
    /// variables' fields in order of appearance.
    pub url_format: (String, Vec<String>),
    /// The variables the URL uses, as the variant's fields.
    pub variables: Vec<ServerVariable>,
    /// `x-token-url`: the OAuth token endpoint that goes with this server.
    pub token_url: Option<String>,
}

/// A server variable: a field of its server's variant.
#[derive(Debug, Clone, Serialize)]
pub struct ServerVariable {
    /// The name in the URL template.
    pub name: String,
    /// The Rust field name.
    pub field: String,
    /// The default value.
    pub default: String,
    /// The variable's description.
    pub description: Option<String>,
    /// The values the spec allows (`enum`), if it lists them.
    pub allowed: Vec<String>,
}

/// How a security scheme puts its credential on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth2, OpenID Connect).
    Bearer,
    /// `Authorization: Basic <base64>`.
    Basic,
    /// An API key in a header, query parameter or cookie.
    ApiKey,
}

/// A security scheme and the builder setter that configures it.
#[derive(Debug, Clone, Serialize)]
pub struct SecurityScheme {
    /// The scheme's key in `components.securitySchemes`.
    pub name: String,
    /// The `ClientBuilder` setter, e.g. `bearer_token`.
    pub setter: String,
    /// Bearer, basic or API key.
    pub kind: SchemeKind,
    /// For API keys: `header`, `query` or `cookie`.
    pub location: Option<String>,
    /// For API keys: the header, query or cookie name.
    pub param_name: Option<String>,
    /// The scheme's description.
    pub description: Option<String>,
    /// The spec's own type for this scheme (`oauth2`, `http`, `apiKey`, ...), for docs.
    pub spec_type: String,
    /// The `tokenUrl` of the scheme's client credentials flow, if it has one.
    pub client_credentials_url: Option<String>,
    /// The placeholder credentials the examples pass to the setter (`YOUR_API_KEY`; a user
    /// name and a password for basic).
    pub example_args: Vec<String>,
}
