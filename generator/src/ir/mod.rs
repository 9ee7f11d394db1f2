//! The intermediate representation: everything the templates need, with every name decided.
//!
//! The IR is plain data. It derives `Serialize` so it can be snapshotted and handed to the
//! templates as is. Rust types are carried as finished type expressions (`Option<Vec<Foo>>`),
//! decided in `lower`; templates only loop and branch over these values.

use serde::Serialize;

mod mock;
pub use mock::{
    MockBodyKind, MockBodyMatcher, MockExample, MockKit, MockModule, MockOperation, MockOutput,
};

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
    /// Docs links: every type expression the docs show (`Option<Vec<types::Foo>>`) that
    /// mentions a named type, mapped to that type's page under `docs/models/` ([`TypeDef::doc_page`]).
    pub model_links: std::collections::BTreeMap<String, String>,
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
}

/// A named Rust type in `types.rs`.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// The Rust name, e.g. `Organization`.
    pub name: String,
    /// Where it came from: the component name or the inline location.
    pub origin: String,
    /// Documentation.
    pub doc: Option<String>,
    /// Whether the schema was marked deprecated.
    pub deprecated: bool,
    /// Its page under `docs/models/`: `Organization.md`, unique even on a case-insensitive
    /// file system (`FooBar.md`, then `Foobar-2.md`).
    pub doc_page: String,
    /// The `#[cfg(...)]` that compiles it only with the features that need it: those of the
    /// API modules that use it, or `other_models` when no operation does.
    pub cfg: String,
    /// The shape of the type.
    #[serde(flatten)]
    pub kind: TypeKind,
}

/// The shape of a named type.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// A struct with named fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// The value type of `additionalProperties`, flattened into an `extra` map.
        extra: Option<Field>,
        /// Whether every field is optional, so `Default` can be derived.
        default: bool,
        /// The schema has `properties` but no `type`: any JSON value is valid against it, and
        /// one that is not an object reads as an object without properties.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        any_value: bool,
    },
    /// A string enum with an `Unknown(String)` catch-all.
    Enum {
        /// Known values.
        variants: Vec<EnumVariant>,
    },
    /// An integer enum as a newtype with associated constants (new values still decode).
    IntEnum {
        /// The integer type, `i64` or `i32`.
        repr: String,
        /// Known values.
        consts: Vec<IntConst>,
    },
    /// `oneOf`/`anyOf`: an enum over the alternatives.
    Union {
        /// The alternatives, in spec order.
        variants: Vec<UnionVariant>,
        /// The discriminator property, for an internally tagged union.
        discriminator: Option<String>,
    },
    /// A type alias: `pub type Name = Target;`.
    Alias {
        /// The target type.
        target: String,
    },
    /// A transparent newtype, used where an alias would be recursive.
    Newtype {
        /// The wrapped type.
        inner: String,
    },
}

/// How a struct field is represented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldMode {
    /// Required: `T` (or `Option<T>` when nullable, always serialized).
    Required,
    /// Optional: `Option<T>`, skipped when `None`.
    Optional,
    /// Optional and nullable: `Option<Option<T>>`, absent vs explicit null.
    OptionalNullable,
}

/// How a struct field is read from and written to JSON: the name of a module of the
/// runtime's `object` (`templates/runtime/object.rs`), which `json_object!` calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldCodec {
    /// `T`, always written; absent is an error unless `T` is an `Option`.
    Required,
    /// `Option<T>`: absent or `null` is `None`, `None` is not written.
    Optional,
    /// `Option<Option<T>>`: absent is `None`, `null` is `Some(None)`.
    Nullable,
    /// Required bytes, as a base64 string.
    Base64,
    /// Required but nullable bytes, as a base64 string or `null`: `Option<T>`, `None` written
    /// as `null`.
    NullableBase64,
    /// Optional (or optional and nullable) bytes, as a base64 string.
    OptionalBase64,
}

/// A struct field.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// The Rust field name.
    pub name: String,
    /// The JSON property name.
    pub wire_name: String,
    /// The full Rust type of the field.
    pub ty: String,
    /// Required, optional, or optional and nullable.
    pub mode: FieldMode,
    /// How the field is read from and written to JSON: a module of the runtime's `object`.
    pub codec: FieldCodec,
    /// Documentation.
    pub doc: Option<String>,
    /// Marked readOnly (sent by the server only).
    pub read_only: bool,
    /// Marked writeOnly.
    pub write_only: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// The default value, as JSON text, for docs.
    pub default: Option<String>,
    /// The spec's `example`, as JSON text, for docs and generated examples.
    pub spec_example: Option<String>,
    /// What the schema asks of the value, for the generated examples (`None`: nothing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraints: Option<Box<Constraints>>,
}

/// What a value's schema asks of it, for the examples: they must be valid against it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Constraints {
    /// `pattern` (an ECMA regular expression, as written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// `minLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<usize>,
    /// `maxLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// `minimum`, and whether it is exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<(f64, bool)>,
    /// `maximum`, and whether it is exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<(f64, bool)>,
    /// `minItems`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<usize>,
    /// A string's `format` (`email`, `uri`, `date-time`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The constraints of an array's items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    /// Whether the schema asks nothing.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// A string enum value.
#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    /// The Rust variant name.
    pub name: String,
    /// The value on the wire.
    pub wire: String,
}

/// An integer enum value.
#[derive(Debug, Clone, Serialize)]
pub struct IntConst {
    /// The Rust constant name.
    pub name: String,
    /// The value.
    pub value: i64,
}

/// One alternative of a union.
#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    /// The Rust variant name.
    pub name: String,
    /// The variant's payload type.
    pub ty: String,
    /// For tagged unions: the discriminator values that select this variant.
    pub tags: Vec<String>,
}

/// One API module: the operations of one tag.
#[derive(Debug, Clone, Serialize)]
pub struct Module {
    /// The tag as written in the spec, or, for operations grouped by path, the path segment
    /// in snake_case (`customers`).
    pub tag: String,
    /// The Rust module name, e.g. `organization_authorization`.
    pub name: String,
    /// The struct that groups the operations, e.g. `OrganizationAuthorizationApi`.
    pub struct_name: String,
    /// The accessor on `Client`, e.g. `organization_authorization`.
    pub accessor: String,
    /// The tag's description.
    pub doc: Option<String>,
    /// The file name of the docs page, e.g. `OrganizationAuthorizationApi.md`.
    pub docs_page: String,
    /// Operations in spec order.
    pub operations: Vec<Operation>,
}

/// A parameter location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

/// An operation parameter.
#[derive(Debug, Clone, Serialize)]
pub struct Param {
    /// The Rust name (builder field and setter).
    pub name: String,
    /// The name on the wire.
    pub wire_name: String,
    /// Path, query, header or cookie.
    pub location: ParamLocation,
    /// The value type (never wrapped in `Option`).
    pub ty: String,
    /// The argument type of the setter or positional argument, e.g. `impl Into<String>`.
    pub arg_ty: String,
    /// Whether `.into()` converts the argument.
    pub arg_into: bool,
    /// Required path params (and required params of other kinds) are positional arguments.
    pub positional: bool,
    /// Whether the spec marks it required.
    pub required: bool,
    /// The runtime query style, e.g. `Form { explode: true }`.
    pub style: String,
    /// Documentation.
    pub doc: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Default value as JSON text, for docs.
    pub default: Option<String>,
    /// Allowed values, for docs.
    pub allowed: Vec<String>,
    /// The spec's `example` (of the parameter or its schema), as JSON text, for docs.
    pub spec_example: Option<String>,
    /// What the schema asks of the value, for the generated examples (`None`: nothing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraints: Option<Box<Constraints>>,
    /// A Rust expression for the argument in the generated examples (fits `arg_ty`).
    pub example: String,
}

/// How a body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// `application/json` and `+json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Raw bytes.
    Bytes,
    /// Plain text.
    Text,
}

/// A request body.
#[derive(Debug, Clone, Serialize)]
pub struct Body {
    /// Encoding.
    pub kind: BodyKind,
    /// The media type sent as `Content-Type`.
    pub content_type: String,
    /// The body type.
    pub ty: String,
    /// The argument type (`impl Into<String>` for text, ...).
    pub arg_ty: String,
    /// Whether `.into()` converts the argument.
    pub arg_into: bool,
    /// Required bodies are positional; optional ones get a `body` setter.
    pub required: bool,
    /// Documentation.
    pub doc: Option<String>,
    /// For multipart: the parts.
    pub parts: Vec<MultipartPart>,
    /// Other media types the spec offers, reachable through `*_body` setters.
    pub alternatives: Vec<AltBody>,
    /// A Rust expression for the body in the generated examples (fits `arg_ty`).
    pub example: String,
}

/// A multipart part taken from a field of the body struct.
#[derive(Debug, Clone, Serialize)]
pub struct MultipartPart {
    /// The field of the body struct.
    pub field: String,
    /// The part name on the wire.
    pub wire_name: String,
    /// Whether it is a file (`FilePart`).
    pub file: bool,
    /// Whether the field is an `Option`.
    pub optional: bool,
}

/// An alternative body media type.
#[derive(Debug, Clone, Serialize)]
pub struct AltBody {
    /// Setter name, e.g. `text_body`.
    pub setter: String,
    /// Encoding.
    pub kind: BodyKind,
    /// Media type.
    pub content_type: String,
    /// Argument type.
    pub arg_ty: String,
}

/// How a response body is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decode {
    /// JSON into the type.
    Json,
    /// JSON, taking the envelope's data field.
    Enveloped,
    /// Text.
    Text,
    /// Raw bytes.
    Bytes,
    /// No content.
    Empty,
    /// Server-sent events whose data is JSON (`text/event-stream`): see [`Operation::events`].
    EventsJson,
    /// Server-sent events whose data is text.
    EventsText,
    /// One JSON value per line (`application/x-ndjson`, `application/jsonl`, `application/json-seq`).
    JsonLines,
}

impl Decode {
    /// Whether the body is a stream of events, read as they arrive.
    pub fn is_events(self) -> bool {
        matches!(
            self,
            Decode::EventsJson | Decode::EventsText | Decode::JsonLines
        )
    }
}

/// The events an operation streams (its one success response is an event stream).
#[derive(Debug, Clone, Serialize)]
pub struct Events {
    /// The runtime's `StreamFormat` variant: `ServerSentEvents` or `JsonLines`.
    pub format: String,
    /// How each event's data is decoded: `json` or `text`.
    pub data: String,
    /// The type of each event's data.
    pub item_ty: String,
}

/// One documented status (or range) of a response.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseArm {
    /// A Rust match pattern over the `u16` status: `200`, `200..=299`, `_`.
    pub pattern: String,
    /// The statuses as written in the spec, for docs (`200`, `4XX`, `default`).
    pub status: String,
    /// Variant name, for response and error enums.
    pub variant: String,
    /// Payload type; `None` for no content.
    pub ty: Option<String>,
    /// How to decode.
    pub decode: Decode,
    /// The media type read (and asked for in `Accept`); `None` for no content.
    pub media_type: Option<String>,
    /// Documentation (the response description).
    pub doc: Option<String>,
}

/// Pagination of a list operation. The paths of `x-pagination` are decided here as Rust
/// expressions over the page, so that a path of any length works (and one that does not fit
/// the response type is refused in lower, never written into a crate that does not compile).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pagination {
    /// Page numbers.
    PageNumber {
        /// Builder field that holds the page number.
        page_field: String,
        /// Whether the page field holds an `i32` (needs conversion from `i64`).
        page_is_i32: bool,
        /// The number of items on the page (`usize`), over `data: &T`.
        items_on_page: String,
        /// The number of pages (`Option<i64>`), over `data: &T`; `None` when not declared.
        page_count: String,
        /// The page's items (`Vec<I>`), over `data: T`.
        items: String,
        /// The item type.
        item_ty: String,
    },
    /// Opaque cursors.
    Cursor {
        /// Builder field that holds the cursor.
        cursor_field: String,
        /// The next cursor (`Option<&str>`), over `page: &Response<T>`.
        next_cursor: String,
        /// The page's items (`Vec<I>`), over `data: T`.
        items: String,
        /// The item type.
        item_ty: String,
    },
}

/// `x-envelope`: the field with the payload and the fields that report failure.
#[derive(Debug, Clone, Serialize)]
pub struct Envelope {
    /// The field that holds the payload.
    pub data: String,
    /// The boolean field that says whether the call succeeded.
    pub success: Option<String>,
    /// The field that holds the envelope's errors.
    pub errors: Option<String>,
}

/// `x-inin-requires-permissions`.
#[derive(Debug, Clone, Serialize)]
pub struct Permissions {
    /// `ANY` or `ALL`.
    pub kind: String,
    /// Permission names.
    pub list: Vec<String>,
}

/// One operation.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// The operationId (or the derived one).
    pub operation_id: String,
    /// The method on the API struct, e.g. `get_organizations_me`.
    pub method_name: String,
    /// The builder type, e.g. `GetOrganizationsMeRequest`.
    pub builder_name: String,
    /// HTTP method, upper case (a method other than the standard ones as the spec writes it).
    pub http_method: String,
    /// A method `reqwest::Method` has no constant for (`QUERY`, `PURGE`). Serialized only when
    /// true, so templates test `op.custom_method is defined`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub custom_method: bool,
    /// The path template of the request, without the `#...` or `?...` suffix some specs
    /// write to tell operations on one path apart.
    pub path: String,
    /// The `Accept` header: the media types the responses are read as; `None` when no
    /// response has a body.
    pub accept: Option<String>,
    /// Constant `name=value` query pairs of the spec's path (`/rest?method=x`), sent first.
    pub fixed_query: Vec<(String, String)>,
    /// JSON pointer of the operation in the spec.
    pub pointer: String,
    /// Summary.
    pub summary: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Permissions required.
    pub permissions: Option<Permissions>,
    /// Parameters: positional ones first, in path order, then the rest in spec order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// The type returned by `send()`.
    pub return_ty: String,
    /// Success responses; several with different types make a response enum.
    pub success: Vec<ResponseArm>,
    /// The response enum's name when `success` has several types.
    pub success_enum: Option<String>,
    /// Every success response is binary: the body is handed over unread, as a stream.
    pub stream_response: bool,
    /// The events of a streamed response: `send()` returns a `runtime::EventStream`.
    /// Serialized only when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Events>,
    /// The typed error enum.
    pub error_enum: String,
    /// Documented error responses.
    pub errors: Vec<ResponseArm>,
    /// The response envelope, if responses are enveloped.
    pub envelope: Option<Envelope>,
    /// Pagination, if declared.
    pub pagination: Option<Pagination>,
    /// Security alternatives, as indices into `Api::security_schemes`.
    pub security: Vec<Vec<usize>>,
    /// Whether the positional argument list is long enough to need a clippy allowance.
    pub many_args: bool,
}

impl TypeDef {
    /// The type expressions this definition mentions: field, variant, alias and newtype
    /// types (`Option<Vec<Foo>>`).
    pub fn type_exprs(&self) -> Vec<&str> {
        match &self.kind {
            TypeKind::Struct { fields, extra, .. } => {
                fields.iter().chain(extra).map(|f| f.ty.as_str()).collect()
            }
            TypeKind::Union { variants, .. } => variants.iter().map(|v| v.ty.as_str()).collect(),
            TypeKind::Alias { target } => vec![target],
            TypeKind::Newtype { inner } => vec![inner],
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => Vec::new(),
        }
    }
}

impl Operation {
    /// The type expressions this operation mentions: parameters, body, return type and the
    /// types of its success and error responses.
    pub fn type_exprs(&self) -> Vec<&str> {
        let params = self.params.iter().map(|p| p.ty.as_str());
        let body = self.body.iter().map(|b| b.ty.as_str());
        let arms = self.success.iter().chain(&self.errors);
        params
            .chain(body)
            .chain([self.return_ty.as_str()])
            .chain(arms.filter_map(|a| a.ty.as_deref()))
            .collect()
    }
}
