//! A model outside its crate: built with `new` and `with_*` setters (whose names do not
//! collide: `type` and `Type`, `tag` and `with_tag`, a field called `new`), sent as the JSON a
//! struct literal would have made, and read back; enums and error enums matched with a `_` arm,
//! as `#[non_exhaustive]` requires.

mod common;

use fixture_naming_collisions::{apis, types, Client, Error};

#[tokio::test]
async fn a_model_built_with_its_constructor_and_setters_goes_out_whole() {
    let answer = r#"{"tag": "t", "many": {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8},
        "kind": "medium", "extra": 9}"#;
    let (url, requests) = common::serve_once(200, answer);
    let client = Client::new(url).unwrap();
    let many = types::ManyRequired::new(1, 2, 3, 4, 5, 6, 7, 8);
    let model = types::Setters::new("t", many)
        .with_new("n")
        .with_with_tag("w")
        .with_type("lower")
        .with_type2("upper")
        .with_note(None)
        .with_kind(types::SettersKind::Large)
        .with_additional_properties([("extra".to_string(), 9)].into());
    assert_eq!(model.type_.as_deref(), Some("lower"));
    assert_eq!(model.note, Some(None));
    let stored = client.setters().put_setters(model).send().await.unwrap();

    let request = requests.recv().unwrap();
    assert!(request.head.starts_with("PUT /setters "), "{}", request.head);
    let sent: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    let expected = serde_json::json!({
        "tag": "t", "new": "n", "with_tag": "w", "type": "lower", "Type": "upper",
        "note": null, "kind": "large",
        "many": {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8},
        "extra": 9
    });
    assert_eq!(sent, expected);

    let kind = match stored.kind {
        Some(types::SettersKind::Small) => "small".to_string(),
        Some(types::SettersKind::Large) => "large".to_string(),
        Some(other) => format!("not known to this client: {other}"),
        None => "absent".to_string(),
    };
    assert_eq!(kind, "not known to this client: medium");
    assert_eq!(stored.additional_properties.get("extra"), Some(&9));
}

#[tokio::test]
async fn a_documented_error_is_matched_with_a_wildcard_arm() {
    let (url, _requests) = common::serve_once(404, "");
    let client = Client::new(url).unwrap();
    let many = types::ManyRequired::new(1, 2, 3, 4, 5, 6, 7, 8);
    let error = client
        .setters()
        .put_setters(types::Setters::new("t", many))
        .send()
        .await
        .unwrap_err();
    let status = match &error {
        Error::Api(api) => match api.body {
            apis::setters::PutSettersError::NotFound => "404",
            _ => "another documented status",
        },
        _ => "not a documented error",
    };
    assert_eq!(status, "404", "{error:?}");
}
