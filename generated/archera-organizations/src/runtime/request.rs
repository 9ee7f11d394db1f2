//! Building a request: the operation's endpoint, its parameters and its body.

use std::fmt;

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;

use super::binary::BinaryBody;
use super::body::{Body, Multipart};
use super::client::Client;
use super::error::{BoxError, Error};
use super::options::{RedactedHeaders, RequestOptions};
use super::query::{self, QueryStyle};

/// A static description of one operation, generated per operation.
#[doc(hidden)]
#[derive(Debug)]
pub struct Endpoint {
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The path template, e.g. `"/orgs/{org_id}"`.
    pub path: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// The security alternatives, in the spec's order: each is a set of indices into
    /// `crate::SECURITY_SCHEMES` that all apply together.
    pub security: &'static [&'static [usize]],
}

/// A request being built by generated code. `send` executes it.
#[doc(hidden)]
pub struct RequestBuilder {
    pub(crate) client: Client,
    pub(crate) endpoint: &'static Endpoint,
    path_params: Vec<(String, String)>,
    pub(crate) query: Vec<String>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) body: Option<Body>,
    pub(crate) accept: Option<&'static str>,
    /// Hand a successful response's body over unread (binary downloads).
    pub(crate) stream_response: bool,
    pub(crate) options: RequestOptions,
    error: Option<(String, Option<BoxError>)>,
}

impl Client {
    /// Starts a request for `endpoint`.
    #[doc(hidden)]
    pub fn request(&self, endpoint: &'static Endpoint) -> RequestBuilder {
        RequestBuilder {
            client: self.clone(),
            endpoint,
            path_params: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: None,
            accept: None,
            stream_response: false,
            options: RequestOptions::default(),
            error: None,
        }
    }
}

impl RequestBuilder {
    /// Serializes a parameter value, remembering the first failure for `send`.
    fn value<T: Serialize + ?Sized>(&mut self, what: &str, name: &str, value: &T) -> Option<Value> {
        match serde_json::to_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(
                    format!("cannot serialize {what} `{name}`"),
                    Some(Box::new(e)),
                );
                None
            }
        }
    }

    fn fail(&mut self, message: String, source: Option<BoxError>) {
        if self.error.is_none() {
            self.error = Some((message, source));
        }
    }

    /// Sets a path parameter (simple style), percent-encoded as one segment.
    pub fn path_param<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let Some(value) = self.value("path parameter", name, value) else {
            return;
        };
        let text = query::simple_text(&value);
        if text.is_empty() || text == "." || text == ".." {
            self.fail(
                format!("path parameter `{name}` cannot be empty, `.` or `..`"),
                None,
            );
            return;
        }
        self.path_params
            .push((name.to_owned(), query::encode_component(&text)));
    }

    /// Adds a query parameter, serialized by `style`.
    pub fn query_param<T: Serialize + ?Sized>(&mut self, name: &str, value: &T, style: QueryStyle) {
        if let Some(value) = self.value("query parameter", name, value) {
            self.query.extend(query::encode_query(name, &value, style));
        }
    }

    /// Sets a header parameter (simple style).
    pub fn header_param<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if let Some(value) = self.value("header parameter", name, value) {
            self.headers
                .push((name.to_owned(), query::simple_text(&value)));
        }
    }

    /// Adds a cookie parameter (form style).
    pub fn cookie_param<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if let Some(value) = self.value("cookie parameter", name, value) {
            let text = query::simple_text(&value);
            self.cookies
                .push((name.to_owned(), query::encode_cookie(&text)));
        }
    }

    /// Sets a JSON body, sent as `content_type` (`application/json`, or a `+json` type).
    pub fn json_body<T: Serialize + ?Sized>(&mut self, body: &T, content_type: &'static str) {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.bytes_body(bytes.into(), content_type),
            Err(e) => self.fail("cannot serialize the JSON body".into(), Some(Box::new(e))),
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body (form style, exploded).
    pub fn form_body<T: Serialize + ?Sized>(&mut self, body: &T) {
        let Some(value) = self.value("body", "form", body) else {
            return;
        };
        let pairs: Vec<String> = match &value {
            Value::Object(map) => map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .flat_map(|(k, v)| query::encode_query(k, v, QueryStyle::Form { explode: true }))
                .collect(),
            _ => {
                self.fail("a form body must be an object".into(), None);
                return;
            }
        };
        self.bytes_body(pairs.join("&").into(), "application/x-www-form-urlencoded");
    }

    /// Sets a text body.
    pub fn text_body(&mut self, body: String, content_type: &'static str) {
        self.bytes_body(body.into(), content_type);
    }

    /// Sets a raw body.
    pub fn bytes_body(&mut self, body: Bytes, content_type: &'static str) {
        self.body = Some(Body::Bytes {
            bytes: body,
            content_type,
        });
    }

    /// Sets a binary body; a stream is sent once, so the request is then never retried.
    pub fn binary_body(&mut self, body: BinaryBody, content_type: &'static str) {
        self.body = Some(Body::Binary { body, content_type });
    }

    /// Leaves the body of a successful response unread, for [`RawResponse::byte_stream`].
    ///
    /// [`RawResponse::byte_stream`]: super::response::RawResponse::byte_stream
    pub fn stream_response(&mut self) {
        self.stream_response = true;
    }

    /// Sets a `multipart/form-data` body.
    pub fn multipart_body(&mut self, form: Multipart) {
        self.body = Some(Body::Multipart(form));
    }

    /// Sets the `Accept` header.
    pub fn accept(&mut self, content_type: &'static str) {
        self.accept = Some(content_type);
    }

    /// Applies per-call options (headers, timeout, retries).
    pub fn options(&mut self, options: &RequestOptions) {
        self.options.merge(options);
    }

    /// A copy to send again (a reconnecting event stream); `None` when building failed, as
    /// sending then fails anyway.
    pub(crate) fn try_clone(&self) -> Option<RequestBuilder> {
        if self.error.is_some() {
            return None;
        }
        Some(RequestBuilder {
            client: self.client.clone(),
            endpoint: self.endpoint,
            path_params: self.path_params.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            cookies: self.cookies.clone(),
            body: self.body.clone(),
            accept: self.accept,
            stream_response: self.stream_response,
            options: self.options.clone(),
            error: None,
        })
    }

    /// The deferred error from building, if any.
    pub(crate) fn take_error<E>(&mut self) -> Option<Error<E>> {
        self.error
            .take()
            .map(|(message, source)| Error::invalid(message, source))
    }

    /// The base URL joined with the filled path template (no query).
    pub(crate) fn url_without_query<E>(&self) -> Result<String, Error<E>> {
        let mut url = self.client.base_url().to_owned();
        let mut rest = self.endpoint.path;
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            url.push_str(before);
            let Some(close) = after.find('}') else {
                return Err(Error::invalid(
                    format!("unclosed `{{` in path `{}`", self.endpoint.path),
                    None,
                ));
            };
            let name = after.get(1..close).unwrap_or_default();
            let Some((_, value)) = self.path_params.iter().find(|(n, _)| n == name) else {
                return Err(Error::invalid(
                    format!("missing path parameter `{name}`"),
                    None,
                ));
            };
            url.push_str(value);
            rest = after.get(close + 1..).unwrap_or_default();
        }
        url.push_str(rest);
        Ok(url)
    }
}

impl fmt::Debug for RequestBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let query_names: Vec<&str> = self
            .query
            .iter()
            .map(|pair| pair.split('=').next().unwrap_or_default())
            .collect();
        let cookie_names: Vec<&str> = self.cookies.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RequestBuilder")
            .field("method", &self.endpoint.method)
            .field("path", &self.endpoint.path)
            .field("operation_id", &self.endpoint.operation_id)
            .field("path_params", &self.path_params)
            .field("query_names", &query_names)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("cookie_names", &cookie_names)
            .field("body", &self.body)
            .field("options", &self.options)
            .field("client", &self.client)
            .finish()
    }
}
