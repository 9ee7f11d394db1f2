//! Request bodies: JSON, form, text, bytes and multipart, kept in a form that can be rebuilt
//! for every retry.

use std::fmt;

use bytes::Bytes;
use serde::{Deserialize, Serialize};

use super::binary::BinaryBody;
use super::error::BoxError;
use super::query::primitive_text;

/// A file to upload in a multipart body (`format: binary` fields).
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FilePart {
    /// The file's contents (base64 when the struct itself is serialized).
    #[serde(with = "super::serde_helpers::base64")]
    pub bytes: Bytes,
    /// The file name sent with the part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The part's content type (`application/octet-stream` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
}

impl FilePart {
    /// A file part with the given contents.
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        FilePart {
            bytes: bytes.into(),
            filename: None,
            content_type: None,
        }
    }

    /// Sets the file name.
    pub fn with_filename(mut self, filename: impl Into<String>) -> Self {
        self.filename = Some(filename.into());
        self
    }

    /// Sets the content type.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("len", &self.bytes.len())
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl From<Vec<u8>> for FilePart {
    fn from(bytes: Vec<u8>) -> Self {
        FilePart::new(bytes)
    }
}

impl From<Bytes> for FilePart {
    fn from(bytes: Bytes) -> Self {
        FilePart::new(bytes)
    }
}

/// The content type of a multipart part holding JSON.
const JSON_PART: &str = "application/json";

#[derive(Clone, Debug)]
enum MultipartField {
    /// `json`: an object or array, sent as JSON text with `Content-Type: application/json`
    /// (OpenAPI's default for an object part; servers that bind a part to a type need it).
    Text {
        name: String,
        value: String,
        json: bool,
    },
    File {
        name: String,
        file: FilePart,
    },
}

/// A `multipart/form-data` body: text fields and files, in order. Cheap to clone, so it is
/// rebuilt for every retry.
#[derive(Clone, Debug, Default)]
pub struct Multipart {
    fields: Vec<MultipartField>,
    error: Option<String>,
}

impl Multipart {
    /// An empty form.
    pub fn new() -> Self {
        Multipart::default()
    }

    /// Adds a text field: strings raw, numbers and booleans as text, arrays and objects as
    /// JSON (in a part of type `application/json`).
    pub fn text<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let (value, json) = match serde_json::to_value(value) {
            Ok(v) => (primitive_text(&v), v.is_object() || v.is_array()),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(format!("cannot serialize multipart field `{name}`: {e}"));
                }
                return;
            }
        };
        self.fields.push(MultipartField::Text {
            name: name.to_owned(),
            value,
            json,
        });
    }

    /// Adds a file field.
    pub fn file(&mut self, name: &str, file: &FilePart) {
        self.fields.push(MultipartField::File {
            name: name.to_owned(),
            file: file.clone(),
        });
    }

    /// Builds the reqwest form (once per attempt).
    pub(crate) fn to_form(&self) -> Result<reqwest::multipart::Form, BoxError> {
        if let Some(error) = &self.error {
            return Err(error.clone().into());
        }
        let mut form = reqwest::multipart::Form::new();
        for field in &self.fields {
            form = match field {
                MultipartField::Text { name, value, json } => {
                    let mut part = reqwest::multipart::Part::text(value.clone());
                    if *json {
                        part = part
                            .mime_str(JSON_PART)
                            .map_err(|e| Box::new(e.without_url()))?;
                    }
                    form.part(name.clone(), part)
                }
                MultipartField::File { name, file } => {
                    let len = file.bytes.len() as u64;
                    let body = reqwest::Body::from(file.bytes.clone());
                    let mut part = reqwest::multipart::Part::stream_with_length(body, len);
                    if let Some(filename) = &file.filename {
                        part = part.file_name(filename.clone());
                    }
                    let content_type = file
                        .content_type
                        .as_deref()
                        .unwrap_or("application/octet-stream");
                    part = part
                        .mime_str(content_type)
                        .map_err(|e| Box::new(e.without_url()))?;
                    form.part(name.clone(), part)
                }
            };
        }
        Ok(form)
    }
}

#[cfg(feature = "mock")]
impl Multipart {
    /// The parts the client sends, for the test kit's matcher: a text field without a
    /// content type (`application/json` for JSON), a file with its own
    /// (`application/octet-stream` when it has none).
    pub(crate) fn parts(&self) -> Result<Vec<super::mock_multipart::Part>, String> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        let parts = self.fields.iter().map(|field| match field {
            MultipartField::Text { name, value, json } => super::mock_multipart::Part {
                name: name.clone(),
                filename: None,
                content_type: json.then(|| JSON_PART.to_owned()),
                body: value.as_bytes().to_vec(),
            },
            MultipartField::File { name, file } => super::mock_multipart::Part {
                name: name.clone(),
                filename: file.filename.clone(),
                content_type: Some(
                    file.content_type
                        .clone()
                        .unwrap_or_else(|| "application/octet-stream".to_owned()),
                ),
                body: file.bytes.to_vec(),
            },
        });
        Ok(parts.collect())
    }
}

/// A request body that can be turned into a reqwest body any number of times.
#[derive(Clone)]
pub(crate) enum Body {
    /// Bytes with their content type (JSON, form, text, octet-stream...).
    Bytes {
        bytes: Bytes,
        content_type: &'static str,
    },
    /// A binary body (bytes or a one-shot stream) with its content type.
    Binary {
        body: BinaryBody,
        content_type: &'static str,
    },
    /// A multipart form.
    Multipart(Multipart),
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Bytes {
                bytes,
                content_type,
            } => write!(f, "Body({content_type}, {} bytes)", bytes.len()),
            Body::Binary { body, content_type } => write!(f, "Body({content_type}, {body:?})"),
            Body::Multipart(m) => write!(f, "Body(multipart, {} fields)", m.fields.len()),
        }
    }
}
