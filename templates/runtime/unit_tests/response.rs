//! Unit tests of `response.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use super::*;

fn raw(status: u16, body: &'static str) -> RawResponse {
    RawResponse::new(
        StatusCode::from_u16(status).unwrap_or_default(),
        HeaderMap::new(),
        Bytes::from_static(body.as_bytes()),
    )
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct NotFound {
    message: String,
}

#[derive(Debug, PartialEq)]
enum GetError {
    NotFound(NotFound),
}

impl ErrorResponse for GetError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Result<Self, serde_json::Error>> {
        match status.as_u16() {
            404 => Some(serde_json::from_slice(body).map(GetError::NotFound)),
            _ => None,
        }
    }
}

const RESULT: Envelope = Envelope {
    data: "result",
    success: Some("success"),
    errors: Some("errors"),
};

#[test]
fn envelope_unwrapped() {
    let r = raw(
        200,
        r#"{"success":true,"result":[1,2],"result_info":{"next_page_token":"abc","page":1}}"#,
    );
    let r: Response<Vec<i32>> = match r.json_enveloped::<_, Infallible>(&RESULT) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(r.data(), &vec![1, 2]);
    assert_eq!(
        r.envelope_str(&["result_info", "next_page_token"]),
        Some("abc")
    );
    assert_eq!(r.envelope_value(&["success"]), Some(&Value::Bool(true)));
    assert_eq!(r.envelope_str(&["result_info", "missing"]), None);
    assert_eq!(r.envelope_str(&[]), None);
    assert!(r.envelope().is_some_and(|e| !e.contains_key("result")));
}

#[test]
fn envelope_missing_data_is_null() {
    let r = raw(200, r#"{"success":true}"#);
    let r = r.json_enveloped::<Option<i32>, Infallible>(&RESULT);
    assert!(r.is_ok_and(|r| r.data().is_none()));
    let not_object = raw(200, "[1]").json_enveloped::<Option<i32>, Infallible>(&RESULT);
    assert!(matches!(not_object, Err(Error::Decode(_))));
}

#[test]
fn typed_errors() {
    let e = raw(404, r#"{"message":"gone"}"#).error::<GetError>();
    assert!(matches!(
        e.api_error(),
        Some(GetError::NotFound(NotFound { message })) if message == "gone"
    ));
    let e = raw(404, "not json").error::<GetError>();
    assert!(matches!(e, Error::UnexpectedStatus(ref u) if u.documented));
    assert_eq!(e.raw_body(), Some(&b"not json"[..]));
    let e = raw(404, r#"{"other": 1}"#).error::<GetError>();
    assert!(matches!(e, Error::Decode(_)));
    let e = raw(500, "boom").error::<GetError>();
    assert!(matches!(e, Error::UnexpectedStatus(_)));
    assert_eq!(e.raw_body(), Some(&b"boom"[..]));
    let e = raw(404, "x").error::<Infallible>();
    assert!(matches!(e, Error::UnexpectedStatus(_)));
}

#[test]
fn an_empty_body_reads_as_null_or_an_empty_object() {
    let none = raw(200, "").json::<Option<NotFound>, Infallible>();
    assert!(none.is_ok_and(|r| r.data().is_none()));
    let map = raw(200, " \n").json::<Map<String, Value>, Infallible>();
    assert!(map.is_ok_and(|r| r.data().is_empty()));
    let unit = raw(204, "").json::<(), Infallible>();
    assert!(unit.is_ok());
    // A model with a required property cannot come from nothing.
    let e = raw(200, "").json::<NotFound, Infallible>();
    assert!(matches!(e, Err(Error::Decode(_))));
    assert!(decode_json::<Vec<i32>>(b"").is_err());
    assert_eq!(decode_json::<Vec<i32>>(b"[1]").ok(), Some(vec![1]));
}

#[test]
fn decode_error_has_snippet() {
    let e = raw(200, "{\"a\": tru").json::<Value, Infallible>();
    match e {
        Err(Error::Decode(d)) => {
            assert_eq!(d.status, StatusCode::OK);
            assert_eq!(d.snippet, "{\"a\": tru");
        }
        other => panic!("{other:?}"),
    }
}
