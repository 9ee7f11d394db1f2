//! Tests of `contract::response_schema`.

use super::*;

/// Slack's shape: `users.profile.get` answers `{ok, profile}`, the profile requires
/// `phone`; a `$ref`'d response whose schema is a chain of `$ref`s.
fn slack() -> Arc<ResponseSchemas> {
    ResponseSchemas::of(&json!({
        "openapi": "3.0.0",
        "paths": {
            "/users.profile.get": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"required": ["ok", "profile"], "properties": {
                    "ok": {"type": "boolean"},
                    "profile": {"$ref": "#/components/schemas/objs_user_profile"}
                }},
                "example": {"ok": true, "profile": {"real_name": "Egon"}}
            }}}}}},
            "/channels/{id}": {"get": {"responses": {
                "2XX": {"$ref": "#/components/responses/Channel"},
                "default": {"description": "error"}
            }}}
        },
        "components": {
            "responses": {"Channel": {"$ref": "#/components/responses/ChannelAgain"},
                "ChannelAgain": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
            "schemas": {
                "objs_user_profile": {"type": "object", "required": ["phone"], "properties": {
                    "phone": {"type": "string"}, "real_name": {"type": "string"}
                }},
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "object", "properties": {
                    "is_hidden": {"type": "boolean"},
                    "count": {"type": "integer"},
                    "name": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 3}
                }}
            }
        }
    }))
}

#[test]
fn a_nested_required_property_missing_is_a_breach_with_its_place() {
    let schemas = slack();
    let op = "#/paths/~1users.profile.get/get";
    let body = json!({"ok": true, "profile": {"real_name": "Egon"}});
    let breach = schemas.breach(op, 200, Some("application/json"), &body, None);
    let breach = breach.expect("the profile lacks `phone`");
    assert_eq!(breach.at, "/profile");
    assert_eq!(breach.message, r#""phone" is a required property"#);
    assert!(breach.documented_example);
    assert_eq!(
        breach.place(),
        r#"at /profile: "phone" is a required property"#
    );
    let whole = json!({"ok": true, "profile": {"real_name": "Egon", "phone": "1"}});
    assert_eq!(schemas.breach(op, 200, None, &whole, None), None);
    let top = schemas
        .breach(op, 200, None, &json!({"ok": true}), None)
        .unwrap();
    assert_eq!(
        top.place(),
        r#"at the top: "profile" is a required property"#
    );
    // Of several violations, the one the client's decoder names wins.
    let neither = json!({});
    let first = schemas.breach(op, 200, None, &neither, None).unwrap();
    assert_eq!(first.message, r#""ok" is a required property"#);
    let decode = "missing field `profile` at line 1 column 2";
    let named = schemas.breach(op, 200, None, &neither, Some(decode));
    assert_eq!(
        named.unwrap().message,
        r#""profile" is a required property"#
    );
    // A status the operation does not document has no schema to break.
    assert_eq!(schemas.breach(op, 201, None, &body, None), None);
}

#[test]
fn a_chain_of_refs_is_followed_through_responses_and_schemas() {
    let schemas = slack();
    let op = "#/paths/~1channels~1{id}/get";
    let hidden = json!({"is_hidden": 1});
    let breach = schemas.breach(
        op,
        200,
        Some("application/json; charset=utf-8"),
        &hidden,
        None,
    );
    let breach = breach.expect("1 is no boolean");
    assert_eq!(breach.at, "/is_hidden");
    assert_eq!(breach.message, r#"1 is not of type "boolean""#);
    assert!(!breach.documented_example);
    // Of two wrong types, the one serde names wins.
    let both = json!({"is_hidden": 1, "count": "2"});
    let decode = r#"invalid type: string "2", expected i64 at line 1 column 30"#;
    let named = schemas.breach(op, 200, None, &both, Some(decode)).unwrap();
    assert_eq!(named.at, "/count");
    assert_eq!(
        schemas.breach(op, 200, None, &both, None).unwrap().at,
        "/is_hidden"
    );
    assert_eq!(
        schemas.breach(op, 204, None, &json!({"is_hidden": false}), None),
        None
    );
    // `default` answers for a status without its own entry, but documents no schema here.
    assert_eq!(schemas.breach(op, 404, None, &hidden, None), None);
}

#[test]
fn a_pattern_no_regex_engine_compiles_leaves_the_rest_checked() {
    let schemas = ResponseSchemas::of(&json!({
        "openapi": "3.1.0",
        "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
            "schema": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string", "pattern": "(?<unclosed"},
                "pattern": {"type": "integer"}
            }}
        }}}}}}}
    }));
    let op = "#/paths/~1a/get";
    let breach = schemas.breach(op, 200, None, &json!({"pattern": 1}), None);
    assert_eq!(breach.unwrap().message, r#""id" is a required property"#);
    let breach = schemas.breach(op, 200, None, &json!({"id": "x", "pattern": "1"}), None);
    assert_eq!(breach.unwrap().at, "/pattern");
}

#[test]
fn values_a_decoder_does_not_check_are_no_breach() {
    let schemas = slack();
    let op = "#/paths/~1channels~1{id}/get";
    let long = json!({"is_hidden": true, "name": "NOT-LOWER-AND-LONG"});
    assert_eq!(schemas.breach(op, 200, None, &long, None), None);
}

fn nullable(version: &str) -> Arc<ResponseSchemas> {
    ResponseSchemas::of(&json!({
        "openapi": version,
        "paths": {"/pets": {"get": {"responses": {"200": {"content": {
            "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}
        }}}}}},
        "components": {"schemas": {
            "Pet": {"type": "object", "required": ["name", "owner", "kind", "born"], "properties": {
                "name": {"type": "string"},
                "born": {"type": "string", "format": "date-time", "nullable": true},
                "owner": {"$ref": "#/components/schemas/Owner", "nullable": true},
                "kind": {"type": "string", "enum": ["cat", "dog"], "nullable": true},
                "tags": {"allOf": [{"$ref": "#/components/schemas/Tags"}], "nullable": true},
                "example": {"type": "string", "example": {"nullable": true}}
            }},
            "Owner": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "Tags": {"type": "array", "items": {"type": "string"}}
        }}
    }))
}

#[test]
fn nullable_lets_null_through_in_openapi_3_0_only() {
    let op = "#/paths/~1pets/get";
    let nulls = json!([
        {"name": "Rex", "born": null, "owner": null, "kind": null, "tags": null},
        {"name": "Tom", "born": "2020-01-01T00:00:00Z", "owner": {"id": 1}, "kind": "cat", "tags": ["a"]}
    ]);
    let schemas = nullable("3.0.3");
    assert_eq!(
        schemas.breach(op, 200, Some("application/json"), &nulls, None),
        None
    );
    // `format` is not checked: the client's date errors are told by their messages.
    let date = json!([{"name": "Rex", "born": "string", "owner": null, "kind": null}]);
    assert_eq!(schemas.breach(op, 200, None, &date, None), None);
    // Null where `nullable` is not said still breaks the schema; so does a wrong type
    // behind a nullable `$ref`.
    let name = json!([{"name": null, "born": null, "owner": null, "kind": null}]);
    let breach = schemas.breach(op, 200, None, &name, None).unwrap();
    assert_eq!(breach.at, "/0/name");
    let owner = json!([{"name": "Rex", "born": null, "owner": {"id": "x"}, "kind": null}]);
    assert!(schemas.breach(op, 200, None, &owner, None).is_some());
    // OpenAPI 3.1 is JSON Schema: `nullable` means nothing there.
    let json_schema = nullable("3.1.0");
    assert!(json_schema.breach(op, 200, None, &nulls, None).is_some());
}

#[test]
fn an_unknown_media_type_must_break_every_documented_schema() {
    let schemas = ResponseSchemas::of(&json!({
        "openapi": "3.0.0",
        "paths": {"/a": {"get": {"responses": {"200": {"content": {
            "application/json": {"schema": {"type": "object", "required": ["id"]}},
            "application/vnd.a+json": {"schema": {"type": "object"}}
        }}}}}}
    }));
    let op = "#/paths/~1a/get";
    let body = json!({});
    assert!(schemas
        .breach(op, 200, Some("application/json"), &body, None)
        .is_some());
    assert_eq!(
        schemas.breach(op, 200, Some("application/vnd.a+json"), &body, None),
        None
    );
    assert_eq!(schemas.breach(op, 200, None, &body, None), None);
    assert!(schemas.breach(op, 200, None, &json!([]), None).is_some());
}

#[test]
fn swagger_2_response_schemas_and_x_nullable_are_read() {
    let schemas = ResponseSchemas::of(&json!({
        "swagger": "2.0",
        "paths": {"/a": {"get": {"responses": {"200": {"schema": {"$ref": "#/definitions/A"}}}}}},
        "definitions": {"A": {"type": "object", "required": ["f"], "properties": {
            "f": {"type": "file", "x-nullable": true},
            "n": {"type": "integer"}
        }},
        // Draft 4's meta-schema wants one name at least: the document is not checked.
        "Other": {"type": "object", "required": []}}
    }));
    let op = "#/paths/~1a/get";
    assert_eq!(
        schemas.breach(op, 200, None, &json!({"f": null}), None),
        None
    );
    let breach = schemas.breach(op, 200, None, &json!({"f": 1, "n": 1.5}), None);
    assert_eq!(breach.unwrap().at, "/n");
}

#[test]
fn conversion_leaves_data_alone() {
    let mut schema = json!({"type": "object", "nullable": true,
        "example": {"nullable": true, "type": "file"},
        "x-extra": {"nullable": true}});
    to_json_schema(&mut schema);
    assert_eq!(
        schema,
        json!({"type": ["object", "null"],
            "example": {"nullable": true, "type": "file"},
            "x-extra": {"nullable": true}})
    );
}
