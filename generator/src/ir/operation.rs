//! API modules and their operations: parameters, bodies, responses, pagination.

use serde::{Deserialize, Serialize};

use super::{Constraints, ExampleValue, TypeRef};

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
    /// Whether the module's code names a model (it imports `types`).
    pub uses_types: bool,
    /// Whether the module's code names the crate's `Error` (an operation that is not an
    /// event stream returns it).
    pub uses_error: bool,
}

/// A parameter location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
    pub ty: TypeRef,
    /// Whether the setter or positional argument takes `impl Into<ty>` (and converts it).
    pub arg_into: bool,
    /// Required path params (and required params of other kinds) are positional arguments.
    pub positional: bool,
    /// Whether the spec marks it required.
    pub required: bool,
    /// How a query parameter is encoded; `None` for the other locations.
    pub style: Option<QueryStyle>,
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
    /// The argument in the generated examples.
    pub example: ExampleValue,
}

/// How a query parameter's value is written (OpenAPI's `style` and `explode`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QueryStyle {
    /// `form`: `a=1&a=2` when exploded, `a=1,2` when not.
    Form {
        /// Whether arrays and objects are exploded into one pair per value.
        explode: bool,
    },
    /// `spaceDelimited`: `a=1%202`.
    SpaceDelimited,
    /// `pipeDelimited`: `a=1|2`.
    PipeDelimited,
    /// `deepObject`: `a[x]=1`.
    DeepObject,
    /// AWS's query protocol, for a list, map or structure of an operation aws2openapi marks
    /// as such: `Item.1.ItemName=x&Tags.member.1.Key=k`.
    Aws {
        /// How the value is spelled out.
        shape: AwsShape,
    },
}

/// How AWS's query protocol spells out a structured value, as botocore's query serializer
/// does: members by their wire names, list items numbered from 1 under `member` (or the
/// member's own name; flattened lists number the items directly), map entries as `entry.N`
/// pairs of `key` and `value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AwsShape {
    /// A string, number or boolean: one pair.
    Scalar,
    /// A list.
    List {
        /// `xml: {wrapped: false}`: items are numbered under the list's (or member's) name.
        flattened: bool,
        /// The items' `xml.name` (`member` when absent and not flattened).
        member: Option<String>,
        /// The items.
        item: Box<AwsShape>,
    },
    /// A map (`additionalProperties`): `entry.N.key` and `entry.N.value`.
    Map {
        /// The values.
        value: Box<AwsShape>,
    },
    /// An object with properties.
    Structure {
        /// Its properties, in the spec's order.
        members: Vec<AwsMember>,
    },
}

/// A property of an [`AwsShape::Structure`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwsMember {
    /// The property's name in JSON (the model's serde name).
    pub name: String,
    /// Its name on the wire (its `xml.name`, else `name`).
    pub wire: String,
    /// Its value.
    pub shape: AwsShape,
}

impl QueryStyle {
    /// The default: `form`, exploded.
    pub const FORM: QueryStyle = QueryStyle::Form { explode: true };
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
    pub ty: TypeRef,
    /// Whether the argument is `impl Into<ty>` (and converted).
    pub arg_into: bool,
    /// Required bodies are positional; optional ones get a `body` setter.
    pub required: bool,
    /// Documentation.
    pub doc: Option<String>,
    /// For multipart: the parts.
    pub parts: Vec<MultipartPart>,
    /// Other media types the spec offers, reachable through `*_body` setters.
    pub alternatives: Vec<AltBody>,
    /// The body in the generated examples.
    pub example: ExampleValue,
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
    /// The value the setter takes.
    pub ty: TypeRef,
    /// Whether the setter takes `impl Into<ty>` (and converts it).
    pub arg_into: bool,
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

/// How a stream of events is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamFormat {
    /// `text/event-stream`.
    ServerSentEvents,
    /// One JSON value per line.
    JsonLines,
}

/// How each event's data is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventData {
    /// As JSON, into the item type.
    Json,
    /// As text.
    Text,
}

/// The events an operation streams (its one success response is an event stream).
#[derive(Debug, Clone, Serialize)]
pub struct Events {
    /// How the stream is framed.
    pub format: StreamFormat,
    /// How each event's data is decoded.
    pub data: EventData,
    /// The type of each event's data.
    pub item_ty: TypeRef,
}

/// A span of statuses an arm matches, `from..=to` (one status when equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusSpan {
    /// The first status.
    pub from: u16,
    /// The last status.
    pub to: u16,
}

/// One documented status (or range) of a response.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseArm {
    /// The statuses the arm matches, without those of more specific arms (so that no arms
    /// overlap); `None` for any status (an error response's `default`).
    pub statuses: Option<Vec<StatusSpan>>,
    /// The statuses as written in the spec, for docs (`200`, `4XX`, `default`).
    pub status: String,
    /// Variant name, for response and error enums.
    pub variant: String,
    /// Payload type; `None` for no content.
    pub ty: Option<TypeRef>,
    /// How to decode.
    pub decode: Decode,
    /// The media type read (and asked for in `Accept`); `None` for no content.
    pub media_type: Option<String>,
    /// Documentation (the response description).
    pub doc: Option<String>,
}

/// Pagination of a list operation. The paths of `x-pagination` are checked against the response
/// type in lower (one that does not fit is refused there, never written into a crate that does
/// not compile) and kept as field paths, which render spells as Rust.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pagination {
    /// Page numbers.
    PageNumber {
        /// Builder field that holds the page number.
        page_field: String,
        /// Whether the page field holds an `i32` (needs conversion from `i64`).
        page_is_i32: bool,
        /// The page's item list.
        items: FieldPath,
        /// The number of pages (an integer field), when declared.
        page_count: Option<FieldPath>,
        /// The item type.
        item_ty: TypeRef,
    },
    /// Opaque cursors.
    Cursor {
        /// Builder field that holds the cursor.
        cursor_field: String,
        /// Where the next cursor is.
        next_cursor: NextCursor,
        /// The page's item list.
        items: FieldPath,
        /// The item type.
        item_ty: TypeRef,
    },
}

/// Where a cursor-paginated response has its next cursor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NextCursor {
    /// A string field of the response type.
    Field {
        /// The path to it.
        path: FieldPath,
    },
    /// A string in the response's envelope, read by JSON keys at run time.
    Envelope {
        /// The keys from the envelope's root.
        keys: Vec<String>,
    },
}

/// A path of fields from a page's data to a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldPath {
    /// Whether the data is an `Option` of the response type (an envelope's optional data).
    pub root_optional: bool,
    /// The fields, outermost first.
    pub steps: Vec<PathStep>,
}

/// One field of a [`FieldPath`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathStep {
    /// The Rust field name.
    pub field: String,
    /// How many `Option`s wrap the field's type: 0, 1, or 2 (optional and nullable).
    pub options: u8,
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
    pub return_ty: TypeRef,
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

impl Operation {
    /// The types this operation mentions: parameters, body, return type and the types of its
    /// success and error responses.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        let params = self.params.iter().map(|p| &p.ty);
        let body = self.body.iter().map(|b| &b.ty);
        let arms = self.success.iter().chain(&self.errors);
        params
            .chain(body)
            .chain([&self.return_ty])
            .chain(arms.filter_map(|a| a.ty.as_ref()))
            .collect()
    }
}
