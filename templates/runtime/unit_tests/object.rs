//! Unit tests of `object.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use std::collections::BTreeMap;

use serde_json::json;

#[derive(Debug, Clone, PartialEq)]
struct Pet {
    name: String,
    kind: String,
    owner: Option<String>,
    tag: Option<String>,
    note: Option<Option<String>>,
    photo: Vec<u8>,
    thumb: Option<Vec<u8>>,
    scan: Option<Vec<u8>>,
}

crate::json_object! {
    Pet {
        name: "name" (required),
        kind: "type" (required),
        owner: "owner" (required),
        tag: "tag" (optional),
        note: "note" (nullable),
        photo: "photo" (base64),
        thumb: "thumb" (optional_base64),
        scan: "scan" (nullable_base64),
    }
}

// A model named like the macro's generic parameters, with fields named like its locals.
#[derive(Debug, Clone, PartialEq)]
struct A {
    map: i64,
    key: i64,
    rest: i64,
    serializer: i64,
    extra: BTreeMap<String, i64>,
}

crate::json_object! {
    A {
        map: "map" (required),
        key: "key" (required),
        rest: "rest" (required),
        serializer: "serializer" (required),
        ..extra
    }
}

// A value that cannot be written.
#[derive(Debug, Clone, PartialEq)]
struct Unwritable;

impl serde::Serialize for Unwritable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("cannot write this"))
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Broken {
    first: i64,
    bad: Unwritable,
    last: i64,
}

impl<'de> serde::Deserialize<'de> for Unwritable {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(serde::de::Error::custom("cannot read this"))
    }
}

crate::json_object! {
    Broken {
        first: "first" (required),
        bad: "bad" (required),
        last: "last" (required),
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Empty {}

crate::json_object! { Empty {} }

fn pet() -> Pet {
    Pet {
        name: "Rex".into(),
        kind: "dog".into(),
        owner: None,
        tag: None,
        note: None,
        photo: b"hi".to_vec(),
        thumb: None,
        scan: None,
    }
}

#[test]
fn writes_wire_names_and_skips_absent_optionals() {
    let value = serde_json::to_value(pet()).unwrap();
    // Required `Option`s are written as `null`, also when they hold bytes.
    let expected =
        json!({ "name": "Rex", "type": "dog", "owner": null, "photo": "aGk=", "scan": null });
    assert_eq!(value, expected);
    // Properties are written in the model's order.
    let text = serde_json::to_string(&pet()).unwrap();
    assert!(text.starts_with(r#"{"name":"Rex","type":"dog""#), "{text}");
}

#[test]
fn round_trips_every_codec() {
    let pet = Pet {
        owner: Some("Ann".into()),
        tag: Some("good".into()),
        note: Some(None),
        thumb: Some(b"\xff\x00".to_vec()),
        scan: Some(b"ok".to_vec()),
        ..pet()
    };
    let text = serde_json::to_string(&pet).unwrap();
    assert!(text.contains(r#""note":null"#), "{text}");
    assert!(text.contains(r#""thumb":"/wA=""#), "{text}");
    assert!(text.contains(r#""scan":"b2s=""#), "{text}");
    assert_eq!(serde_json::from_str::<Pet>(&text).unwrap(), pet);
    let value = serde_json::to_value(&pet).unwrap();
    assert_eq!(serde_json::from_value::<Pet>(value).unwrap(), pet);
}

#[test]
fn absent_and_null_properties() {
    let read = |value| serde_json::from_value::<Pet>(value);
    let pet =
        read(json!({ "name": "Rex", "type": "dog", "photo": "aGk", "tag": null, "scan": null }))
            .unwrap();
    // A required `Option` may be absent; optional and nullable ones are `None` when absent.
    assert_eq!(
        (pet.owner, pet.tag, pet.note, pet.thumb, pet.scan),
        (None, None, None, None, None)
    );
    let pet = read(json!({ "name": "Rex", "type": "dog", "photo": "", "note": "x" })).unwrap();
    assert_eq!(pet.note, Some(Some("x".into())));

    let error = read(json!({ "type": "dog", "photo": "" })).unwrap_err();
    assert_eq!(error.to_string(), "missing field `name`");
    let error = read(json!({ "name": "Rex", "type": "dog" })).unwrap_err();
    assert_eq!(error.to_string(), "missing field `photo`");
    let error = read(json!({ "name": 1, "type": "dog", "photo": "" })).unwrap_err();
    assert!(error.to_string().contains("expected a string"), "{error}");
    let error = read(json!(["Rex"])).unwrap_err();
    assert!(error.to_string().contains("a JSON object (Pet)"), "{error}");
    let error = read(json!({ "name": "Rex", "type": "dog", "photo": "!!" })).unwrap_err();
    assert!(error.to_string().contains("Invalid"), "{error}");
}

#[test]
fn unknown_escaped_and_repeated_keys() {
    let text = r#"{"n\u0061me": "Rex", "type": "cat", "type": "dog", "photo": "", "x": [1, {}]}"#;
    let pet: Pet = serde_json::from_str(text).unwrap();
    assert_eq!((pet.name.as_str(), pet.kind.as_str()), ("Rex", "dog"));
    // From a reader, no key can be borrowed.
    let pet: Pet = serde_json::from_reader(text.as_bytes()).unwrap();
    assert_eq!(pet.name, "Rex");
}

#[test]
fn names_of_the_macro_do_not_clash_with_the_model() {
    let a: A = serde_json::from_value(
        json!({ "map": 1, "key": 2, "rest": 3, "serializer": 4, "z": 5, "b": 6 }),
    )
    .unwrap();
    let extra = BTreeMap::from([("b".to_string(), 6), ("z".to_string(), 5)]);
    let expected = A {
        map: 1,
        key: 2,
        rest: 3,
        serializer: 4,
        extra,
    };
    assert_eq!(a, expected);
    let text = serde_json::to_string(&a).unwrap();
    assert_eq!(
        text,
        r#"{"map":1,"key":2,"rest":3,"serializer":4,"b":6,"z":5}"#
    );
    let error = serde_json::from_value::<A>(json!({ "map": 1, "x": "no" })).unwrap_err();
    assert!(error.to_string().contains("expected i64"), "{error}");
}

#[test]
fn the_first_error_of_a_property_is_the_error_of_the_object() {
    let broken = Broken {
        first: 1,
        bad: Unwritable,
        last: 2,
    };
    let error = serde_json::to_string(&broken).unwrap_err();
    assert_eq!(error.to_string(), "cannot write this");
    let error = serde_json::from_str::<Broken>(r#"{"first": 1, "bad": 0}"#).unwrap_err();
    assert!(error.to_string().starts_with("cannot read this"), "{error}");
}

#[test]
fn an_empty_model_reads_any_object() {
    assert_eq!(
        serde_json::from_value::<Empty>(json!({ "a": 1 })).unwrap(),
        Empty {}
    );
    assert_eq!(serde_json::to_string(&Empty {}).unwrap(), "{}");
}
