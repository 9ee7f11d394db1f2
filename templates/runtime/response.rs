//! Responses: the raw response that `send` returns, its decoding, and the typed
//! [`Response`] that successful calls give back.

use std::convert::Infallible;
use std::ops::Deref;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::binary::ByteStream;
use super::envelope::Envelope;
use super::error::{ApiError, EnvelopeError, EnvelopeMessage, Error, UnexpectedResponse};

/// A successful response: the decoded data plus status, headers and, for enveloped APIs, the
/// envelope's other fields.
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    data: T,
    envelope: Option<Map<String, Value>>,
}

impl<T> Response<T> {
    /// Builds a response from its parts.
    pub fn new(status: StatusCode, headers: HeaderMap, data: T) -> Self {
        Response {
            status,
            headers,
            data,
            envelope: None,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The decoded data.
    pub fn data(&self) -> &T {
        &self.data
    }

    /// The decoded data, mutably.
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.data
    }

    /// Consumes the response, returning the decoded data.
    pub fn into_inner(self) -> T {
        self.data
    }

    /// Converts the data with `f`, keeping status, headers and envelope.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            data: f(self.data),
            envelope: self.envelope,
        }
    }

    /// The envelope's fields other than the data field (for `x-envelope` APIs), e.g.
    /// `success`, `errors`, `messages`, `result_info`.
    pub fn envelope(&self) -> Option<&Map<String, Value>> {
        self.envelope.as_ref()
    }

    /// The envelope value at `path` (object keys), e.g. `&["result_info", "page"]`.
    pub fn envelope_value(&self, path: &[&str]) -> Option<&Value> {
        let (first, rest) = path.split_first()?;
        let mut value = self.envelope.as_ref()?.get(*first)?;
        for key in rest {
            value = value.as_object()?.get(*key)?;
        }
        Some(value)
    }

    /// The envelope string at `path`, e.g. `&["result_info", "next_page_token"]`.
    pub fn envelope_str(&self, path: &[&str]) -> Option<&str> {
        self.envelope_value(path)?.as_str()
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.data
    }
}

/// Decodes a documented error body, chosen by status. Implemented by each operation's
/// generated error enum.
#[doc(hidden)]
pub trait ErrorResponse: Sized {
    /// `None` when the status is not documented for this operation.
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Result<Self, serde_json::Error>>;
}

impl ErrorResponse for Infallible {
    fn from_response(_: StatusCode, _: &[u8]) -> Option<Result<Self, serde_json::Error>> {
        None
    }
}

/// Decodes a JSON body. Servers answer with no body at all where a spec documents an empty
/// object or nothing (a 200 on a delete, a `null` result), so an empty body reads as `null`
/// when `T` accepts it (an `Option`, `()`, a JSON value), else as `{}` (a map, or a model
/// without required properties); otherwise it stays an error.
#[doc(hidden)]
pub fn decode_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    let decoded = serde_json::from_slice::<T>(body);
    if decoded.is_err() && body.iter().all(u8::is_ascii_whitespace) {
        if let Ok(value) = serde_json::from_slice::<T>(b"null") {
            return Ok(value);
        }
        if let Ok(value) = serde_json::from_slice::<T>(b"{}") {
            return Ok(value);
        }
    }
    decoded
}

/// A response as received: status, headers and the whole body, or, for a binary download,
/// the connection to read the body from.
#[doc(hidden)]
#[derive(Debug)]
pub struct RawResponse {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// A body still to be read from the connection.
    live: Option<ByteStream>,
}

impl RawResponse {
    /// Builds a raw response.
    pub fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        RawResponse {
            status,
            headers,
            body,
            live: None,
        }
    }

    /// A response whose body is still to be read, from `live`.
    pub(crate) fn streaming(status: StatusCode, headers: HeaderMap, live: ByteStream) -> Self {
        RawResponse {
            status,
            headers,
            body: Bytes::new(),
            live: Some(live),
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The raw body (empty while a streamed body is unread).
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// Decodes a JSON body into `T` (an empty body as [`decode_json`] reads it).
    pub fn json<T: DeserializeOwned, E>(self) -> Result<Response<T>, Error<E>> {
        match decode_json::<T>(&self.body) {
            Ok(data) => Ok(Response::new(self.status, self.headers, data)),
            Err(e) => Err(Error::decode(
                self.status,
                self.headers,
                self.body,
                Box::new(e),
            )),
        }
    }

    /// Decodes a JSON object, takes the envelope's data field as `T` (a missing field reads as
    /// `null`) and keeps the other fields as the envelope. An envelope that reports failure is
    /// an [`Error::Envelope`], whatever the status.
    pub fn json_enveloped<T: DeserializeOwned, E>(
        self,
        envelope: &Envelope,
    ) -> Result<Response<T>, Error<E>> {
        let mut map = match serde_json::from_slice::<Map<String, Value>>(&self.body) {
            Ok(map) => map,
            Err(e) => {
                return Err(Error::decode(
                    self.status,
                    self.headers,
                    self.body,
                    Box::new(e),
                ))
            }
        };
        if let Some(errors) = envelope.failure(&map) {
            return Err(self.envelope_failure(errors));
        }
        let data = map.remove(envelope.data).unwrap_or(Value::Null);
        match T::deserialize(data) {
            Ok(data) => Ok(Response {
                status: self.status,
                headers: self.headers,
                data,
                envelope: Some(map),
            }),
            Err(e) => Err(Error::decode(
                self.status,
                self.headers,
                self.body,
                Box::new(e),
            )),
        }
    }

    /// The body as text (invalid UTF-8 is replaced, never an error).
    pub fn text<E>(self) -> Result<Response<String>, Error<E>> {
        let text = String::from_utf8_lossy(&self.body).into_owned();
        Ok(Response::new(self.status, self.headers, text))
    }

    /// The body as a stream of chunks: read from the connection as polled when the request
    /// asked for it, else the body already read.
    pub fn byte_stream<E>(self) -> Result<Response<ByteStream>, Error<E>> {
        let stream = self
            .live
            .unwrap_or_else(|| ByteStream::from_bytes(self.body));
        Ok(Response::new(self.status, self.headers, stream))
    }

    /// Ignores the body.
    pub fn empty<E>(self) -> Result<Response<()>, Error<E>> {
        Ok(Response::new(self.status, self.headers, ()))
    }

    /// Turns an error response into an [`Error`]: [`Error::Api`] when the status is documented
    /// and the body decodes; [`Error::UnexpectedStatus`] when the status is not documented, or
    /// is but the body is not JSON at all (a proxy's HTML page); [`Error::Decode`] when the
    /// body is JSON that does not fit the documented type.
    pub fn error<E: ErrorResponse>(self) -> Error<E> {
        self.error_with(Vec::new())
    }

    /// [`RawResponse::error`] for an operation with a response envelope: a documented error
    /// keeps the envelope's errors too, and a body whose envelope reports failure but that
    /// does not fit the documented type (or whose status is not documented) is an
    /// [`Error::Envelope`].
    pub fn envelope_error<E: ErrorResponse>(self, envelope: &Envelope) -> Error<E> {
        let map = serde_json::from_slice::<Map<String, Value>>(&self.body).ok();
        let documented_fit = matches!(E::from_response(self.status, &self.body), Some(Ok(_)));
        match map {
            Some(map) if !documented_fit => match envelope.failure(&map) {
                Some(errors) => self.envelope_failure(errors),
                None => self.error_with(Vec::new()),
            },
            Some(map) => self.error_with(envelope.messages(&map)),
            None => self.error_with(Vec::new()),
        }
    }

    fn error_with<E: ErrorResponse>(self, envelope_errors: Vec<EnvelopeMessage>) -> Error<E> {
        let documented = match E::from_response(self.status, &self.body) {
            Some(Ok(body)) => {
                return Error::Api(Box::new(ApiError {
                    status: self.status,
                    headers: self.headers,
                    body,
                    raw_body: self.body,
                    envelope_errors,
                }))
            }
            Some(Err(e)) if is_json(&self.body) => {
                return Error::decode(self.status, self.headers, self.body, Box::new(e))
            }
            Some(Err(_)) => true,
            None => false,
        };
        Error::UnexpectedStatus(Box::new(UnexpectedResponse {
            status: self.status,
            headers: self.headers,
            body: self.body,
            documented,
        }))
    }

    fn envelope_failure<E>(self, errors: Vec<EnvelopeMessage>) -> Error<E> {
        Error::Envelope(Box::new(EnvelopeError {
            status: self.status,
            headers: self.headers,
            errors,
            raw_body: self.body,
        }))
    }
}

/// Whether `body` is a JSON document (of any shape).
fn is_json(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok()
}

#[cfg(test)]
#[path = "unit_tests/response.rs"]
mod tests;
