//! Tests of `contract::spec_facts`.

use super::*;
use serde_json::json;

#[test]
fn operations_are_found_by_bare_path_and_name_with_pointers() {
    let facts = SpecFacts::of(json!({"paths": {
        "/#Action=Publish": {"get": {"operationId": "Publish", "responses": {}}},
        "/#Action=Subscribe": {"get": {"operationId": "Subscribe", "responses": {}}},
        "/pets/{id}": {"delete": {"responses": {}}}
    }}));
    let subscribe = facts.find("GET", "/", "subscribe", None).unwrap();
    assert_eq!(subscribe.pointer, "#/paths/~1#Action=Subscribe/get");
    assert!(subscribe.unroutable);
    assert!(!facts.find("GET", "/", "publish", None).unwrap().unroutable);
    let delete = facts
        .find("DELETE", "/pets/{id}", "delete_pet", None)
        .unwrap();
    assert_eq!(delete.pointer, "#/paths/~1pets~1{id}/delete");
    assert!(facts.find("PUT", "/pets/{id}", "x", None).is_none());
}

#[test]
fn operations_sharing_a_path_are_told_apart_by_the_request_sent() {
    let facts = SpecFacts::of(json!({"paths": {
        "/rest?method=flickr.favorites.getContext": {"get": {"responses": {}}},
        "/rest?method=flickr.groups.pools.getContext": {"get": {"responses": {}}},
        "/#X-Amz-Target=Svc.Put": {"post": {"operationId": "Put", "responses": {}}},
        "/#X-Amz-Target=Svc.Delete": {"post": {"responses": {}}}
    }}));
    let sent = json!({"target": "/rest?method=flickr.groups.pools.getContext&photo_id=1"});
    let found = facts
        .find("GET", "/rest", "get_rest_method_x", Some(&sent))
        .unwrap();
    assert_eq!(
        found.pointer,
        "#/paths/~1rest?method=flickr.groups.pools.getContext/get"
    );
    let sent = json!({"target": "/", "header_values": {"x-amz-target": "Svc.Delete"}});
    let found = facts.find("POST", "/", "put", Some(&sent)).unwrap();
    assert_eq!(found.pointer, "#/paths/~1#X-Amz-Target=Svc.Delete/post");
    // Without a request, the name decides.
    let found = facts.find("POST", "/", "put", None).unwrap();
    assert_eq!(found.pointer, "#/paths/~1#X-Amz-Target=Svc.Put/post");
}

#[test]
fn fixed_values_and_examples_are_collected() {
    let facts = SpecFacts::of(json!({"paths": {
        "/rest?method=a.b": {
            "parameters": [{"$ref": "#/components/parameters/Version"}],
            "get": {"parameters": [
                {"name": "id", "in": "query", "schema": {"type": "string", "example": "x-1"}},
                {"name": "mode", "in": "query", "schema": {"enum": ["m"]}}
            ], "responses": {}}
        }
    }, "components": {
        "schemas": {"A": {"example": {"n": 5, "tags": ["t"]}}},
        "parameters": {"Version": {"name": "Version", "in": "query", "required": true, "schema": {"enum": ["1"]}}}
    }}));
    let op = facts.at("#/paths/~1rest?method=a.b/get").unwrap();
    assert_eq!(
        op.fixed,
        [
            ("method".into(), "a.b".into()),
            ("version".into(), "1".into())
        ]
    );
    for example in [json!("x-1"), json!(5), json!("t")] {
        assert!(facts.is_example(&example), "{example}");
    }
    assert!(!facts.is_example(&json!("m")));
}

#[test]
fn responses_offered_only_as_wildcards_are_told() {
    let facts = SpecFacts::of(json!({"paths": {
        "/a": {"get": {"responses": {"200": {"content": {"*/*": {"schema": {}}}}}}},
        "/b": {"get": {"responses": {"200": {"content": {"application/json": {}, "*/*": {}}}}}},
        "/c": {"get": {"responses": {"204": {"description": "none"}}}}
    }}));
    let wildcard = |pointer: &str| facts.at(pointer).unwrap().wildcard_response;
    assert!(wildcard("#/paths/~1a/get"));
    assert!(!wildcard("#/paths/~1b/get"));
    assert!(!wildcard("#/paths/~1c/get"));
    let errors_only = SpecFacts::of(json!({"paths": {
        "/d": {"get": {"responses": {"401": {"description": "Unauthorized"}}}}
    }}));
    assert!(errors_only.at("#/paths/~1d/get").unwrap().no_success);
    assert!(!facts.at("#/paths/~1c/get").unwrap().no_success);
}

#[test]
fn suffix_pairs_keep_only_the_names_of_variables() {
    assert_eq!(
        suffix_pairs("/x?method=a.b&term={t}#Tag#{free}"),
        [
            ("method".into(), Some("a.b".into())),
            ("term".into(), None),
            ("tag".into(), None)
        ]
    );
    assert!(suffix_pairs("/plain").is_empty());
    assert_eq!(suffix_pairs("/n/{c}?{search}=1"), [("search".into(), None)]);
}

#[test]
fn requirements_needing_two_schemes_in_authorization_conflict() {
    let document = |security: Value| {
        json!({
            "security": security,
            "components": {"securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "key": {"type": "apiKey", "in": "header", "name": "authorization"},
                "other": {"type": "apiKey", "in": "header", "name": "X-Key"},
            }},
            "paths": {"/a": {"get": {}}},
        })
    };
    let conflicting = |security| SpecFacts::of(document(security)).operations[0].conflicting_auth;
    assert!(conflicting(json!([{"basic": [], "key": []}])));
    assert!(!conflicting(json!([{"basic": [], "other": []}])));
    assert!(!conflicting(
        json!([{"basic": [], "key": []}, {"basic": []}])
    ));
    assert!(!conflicting(json!([])));
}

#[test]
fn operations_sharing_a_path_are_told_apart_by_their_variables_names() {
    let facts = SpecFacts::of(json!({"paths": {
        "/current?city={city}&country={country}": {"get": {"operationId": "by_city"}},
        "/current?lat={lat}&lon={lon}": {"get": {"operationId": "by_position"}},
    }}));
    let sent = json!({"target": "/current?lat=1.5&lon=2"});
    let found = facts
        .find("GET", "/current", "by_position", Some(&sent))
        .unwrap();
    assert_eq!(found.operation_id.as_deref(), Some("by_position"));
    let sent = json!({"target": "/current?city=Oslo&country=NO"});
    let found = facts
        .find("GET", "/current", "by_position", Some(&sent))
        .unwrap();
    assert_eq!(found.operation_id.as_deref(), Some("by_city"));
}
