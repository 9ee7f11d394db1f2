//! What JSON Schema 3.1 keywords become on the wire: `const` tags choose a union's variant, a
//! type array decodes either type, `prefixItems` is a tuple, `contentEncoding: base64` bytes.

mod common;

use fixture_openapi31_types::{types, Client};

#[tokio::test]
async fn a_const_property_picks_the_variant() {
    let answer = r#"[
        {"object": "bank_account", "last4": "6789", "bank_name": "Bank"},
        {"object": "card", "last4": "4242"},
        {"object": "wallet", "last4": "0000"}
    ]"#;
    let (url, requests) = common::serve_once(200, answer);
    let client = Client::new(url).unwrap();
    let sources = client.sources().list_sources().send().await.unwrap();
    assert!(
        matches!(&sources[0], types::PaymentSource::BankAccount(b) if b.bank_name.as_deref() == Some("Bank")),
        "{:?}",
        sources[0]
    );
    assert!(
        matches!(&sources[1], types::PaymentSource::Card(c) if c.last4 == "4242"),
        "{:?}",
        sources[1]
    );
    assert!(matches!(&sources[2], types::PaymentSource::Other(_)));
    assert!(requests.recv().unwrap().head.starts_with("GET /sources "));
}

#[tokio::test]
async fn inline_variants_with_a_const_property_are_tagged_too() {
    let answer = r#"[{"type": "deleted", "id": "e1", "reason": null}, {"type": "created", "id": "e2"}]"#;
    let (url, _requests) = common::serve_once(200, answer);
    let client = Client::new(url).unwrap();
    let events = client.events().list_events().send().await.unwrap();
    assert!(
        matches!(&events[0], types::Event::EventDeleted(d) if d.reason == Some(None)),
        "{:?}",
        events[0]
    );
    assert!(matches!(&events[1], types::Event::EventCreated(c) if c.id.as_deref() == Some("e2")));
}

#[tokio::test]
async fn type_arrays_tuples_and_base64_go_both_ways() {
    let answer = r#"{"value": "n/a", "at": [1.5, 2.5, null], "signature": "aGk=", "unit": "kg"}"#;
    let (url, requests) = common::serve_once(200, answer);
    let client = Client::new(url).unwrap();
    let reading = types::Reading::new(
        types::ReadingValue::I64(5),
        (48.5, 9.25, Some("home".to_string())),
    )
    .with_weight(2.5)
    .with_signature(b"hi".to_vec())
    .with_unit(types::Unit::Lb);
    let stored = client.readings().add_reading(reading).send().await.unwrap();
    assert_eq!(stored.value, types::ReadingValue::String("n/a".into()));
    assert_eq!(stored.at, (1.5, 2.5, None));
    assert_eq!(stored.signature.as_deref(), Some(&b"hi"[..]));
    assert_eq!(stored.unit, Some(types::Unit::Kg));
    let sent: serde_json::Value = serde_json::from_slice(&requests.recv().unwrap().body).unwrap();
    assert_eq!(
        sent,
        serde_json::json!({
            "value": 5,
            "at": [48.5, 9.25, "home"],
            "weight": 2.5,
            "signature": "aGk=",
            "unit": "lb"
        })
    );
}
