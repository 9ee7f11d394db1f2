//! The multipart body matcher of the test kit ([`super::mock`]): the parts of a request's
//! `multipart/form-data` body, in order, against the parts the client sends for the expected
//! value (built by the same code, [`Multipart`]).
//!
//! The body is split by hand rather than with `multer` (the parser axum uses): that one is
//! asynchronous, over a stream, while a wiremock matcher is a plain function of the bytes it
//! already holds; what reqwest writes is the simple, fully buffered case of RFC 7578.

use percent_encoding::percent_decode_str;

use super::body::Multipart;

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    /// The `name` of its `Content-Disposition`.
    pub(crate) name: String,
    /// The `filename`, for a file.
    pub(crate) filename: Option<String>,
    /// Its `Content-Type` (files have one, text fields not).
    pub(crate) content_type: Option<String>,
    /// Its contents.
    pub(crate) body: Vec<u8>,
}

/// A multipart body: the request's parts are the expected ones, in order.
#[derive(Debug)]
pub(crate) struct MultipartMatcher {
    parts: Vec<Part>,
}

impl MultipartMatcher {
    /// The parts the client sends for `form`.
    ///
    /// # Panics
    ///
    /// When a field of `form` could not be written (a value that is not serializable).
    pub(crate) fn new(form: &Multipart) -> MultipartMatcher {
        match form.parts() {
            Ok(parts) => MultipartMatcher { parts },
            Err(error) => panic!("the mock cannot write the expected body: {error}"),
        }
    }
}

impl wiremock::Match for MultipartMatcher {
    fn matches(&self, request: &wiremock::Request) -> bool {
        let content_type = request
            .headers
            .get("content-type")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        parse(content_type, &request.body).is_some_and(|parts| parts == self.parts)
    }
}

/// The parts of a `multipart/form-data` body whose `Content-Type` is `content_type`; `None`
/// when it is not one.
fn parse(content_type: &str, body: &[u8]) -> Option<Vec<Part>> {
    let (essence, params) = content_type.split_once(';')?;
    if !essence.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    let boundary = params.split(';').find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"'))
    })?;
    let delimiter = format!("--{boundary}");
    let mut sections = split(body, delimiter.as_bytes()).into_iter().skip(1);
    let mut parts = Vec::new();
    loop {
        let section = sections.next()?;
        if section.starts_with(b"--") {
            return Some(parts); // the closing delimiter
        }
        // A part is `\r\n`, its headers, a blank line, its body and the `\r\n` before the
        // next delimiter.
        let section = section.strip_prefix(b"\r\n")?.strip_suffix(b"\r\n")?;
        let blank = find(section, b"\r\n\r\n")?;
        let head = std::str::from_utf8(section.get(..blank)?).ok()?;
        parts.push(part(head, section.get(blank + 4..)?.to_vec())?);
    }
}

/// A part from its headers and body.
fn part(head: &str, body: Vec<u8>) -> Option<Part> {
    let mut part = Part {
        name: String::new(),
        filename: None,
        content_type: None,
        body,
    };
    let mut named = false;
    for line in head.split("\r\n") {
        let (header, value) = line.split_once(':')?;
        if header.eq_ignore_ascii_case("content-type") {
            part.content_type = Some(value.trim().to_owned());
        } else if header.eq_ignore_ascii_case("content-disposition") {
            for (key, value) in disposition_params(value) {
                match key.as_str() {
                    "name" | "name*" => {
                        part.name = value;
                        named = true;
                    }
                    "filename" | "filename*" => part.filename = Some(value),
                    _ => {}
                }
            }
        }
    }
    named.then_some(part)
}

/// The parameters of a `Content-Disposition` value (`form-data; name="a"; filename*=utf-8''b`),
/// decoded: a quoted value unescaped (`\"`), an extended one (`key*`, RFC 8187)
/// percent-decoded, as reqwest writes names and file names that are not plain tokens.
fn disposition_params(value: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut rest = value.split_once(';').map_or("", |(_, params)| params);
    loop {
        rest = rest.trim_start_matches([' ', ';']);
        let Some((key, after)) = rest.split_once('=') else {
            return params;
        };
        let key = key.trim().to_ascii_lowercase();
        let (value, tail) = match after.strip_prefix('"') {
            Some(quoted) => unquote(quoted),
            None => {
                let (value, tail) = after.split_once(';').unwrap_or((after, ""));
                (value.trim().to_owned(), tail)
            }
        };
        let value = if key.ends_with('*') {
            let encoded = value
                .split_once("''")
                .map_or(value.as_str(), |(_, text)| text);
            percent_decode_str(encoded).decode_utf8_lossy().into_owned()
        } else {
            value
        };
        params.push((key, value));
        rest = tail;
    }
}

/// A quoted string's text (`\x` read as `x`) up to its closing quote, and what follows.
fn unquote(quoted: &str) -> (String, &str) {
    let mut text = String::new();
    let mut chars = quoted.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (text, quoted.get(i + 1..).unwrap_or_default()),
            '\\' => text.extend(chars.next().map(|(_, c)| c)),
            c => text.push(c),
        }
    }
    (text, "")
}

/// `bytes` cut at each `delimiter`.
fn split<'a>(bytes: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut pieces = Vec::new();
    let mut rest = bytes;
    while let Some(at) = find(rest, delimiter) {
        pieces.push(rest.get(..at).unwrap_or_default());
        rest = rest.get(at + delimiter.len()..).unwrap_or_default();
    }
    pieces.push(rest);
    pieces
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
