//! Tests of `contract::classify`.

use super::*;
use serde_json::json;

fn call(record: &Value, operation: &Operation) -> (Class, String) {
    super::call(record, operation, &SpecFacts::default(), Mode::Static)
}

fn operation(unroutable: bool) -> Operation {
    Operation {
        function: "publish".into(),
        request: "GET /".into(),
        pointer: "#/paths/~1#Action=Publish/get".into(),
        unroutable,
    }
}

fn record(ok: bool, message: &str, exchange: Value) -> Value {
    json!({"module": "m", "operation": "publish", "ok": ok, "message": message, "exchanges": [exchange]})
}

fn violation(location: &[&str], code: &str) -> Value {
    json!({"location": location, "severity": "Error", "code": code, "message": "must be valid"})
}

#[test]
fn security_no_request_can_meet_is_the_specs_mistake() {
    let spec = |security: Value| {
        SpecFacts::of(json!({
            "security": security,
            "components": {"securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "key": {"type": "apiKey", "in": "header", "name": "Authorization"},
            }},
            "paths": {"/#Action=Publish": {"get": {}}},
        }))
    };
    let unmet = json!({"location": ["request"], "severity": "Error", "code": 401,
        "message": "Invalid security scheme used"});
    let failed = record(
        false,
        "API error",
        json!({"status": 401, "violations": [unmet]}),
    );
    let classify =
        |facts: &SpecFacts| super::call(&failed, &operation(false), facts, Mode::Static).0;
    let both = spec(json!([{"basic": [], "key": []}]));
    assert_eq!(classify(&both), Class::RejectedSpecMistake);
    let either = spec(json!([{"basic": []}, {"key": []}]));
    assert_eq!(classify(&either), Class::RejectedClientEncoding);
}

#[test]
fn a_decoded_answer_is_ok() {
    let ok = record(true, "Pet {..}", json!({"status": 200}));
    assert_eq!(call(&ok, &operation(false)).0, Class::Ok);
}

#[test]
fn unrouted_requests_are_prisms_gap_only_on_suffixed_paths() {
    let exchange = json!({"status": 404, "target": "/?Action=X",
        "problem": {"type": "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}});
    let failed = record(false, "unexpected status 404", exchange);
    assert_eq!(call(&failed, &operation(true)).0, Class::RejectedPrismGap);
    assert_eq!(
        call(&failed, &operation(false)).0,
        Class::RejectedClientEncoding
    );
}

#[test]
fn violations_of_a_suffixed_operation_prism_routed_elsewhere_are_its_gap() {
    let exchange =
        json!({"status": 422, "violations": [violation(&["request", "query", "method"], "enum")]});
    let failed = record(false, "API error", exchange);
    assert_eq!(call(&failed, &operation(true)).0, Class::RejectedPrismGap);
    assert_eq!(
        call(&failed, &operation(false)).0,
        Class::RejectedExampleValue
    );
}

#[test]
fn an_answer_a_suffixed_operation_cannot_decode_is_another_operations() {
    let message = "get failed: could not decode response (status 200 OK): missing field `x`";
    let failed = record(false, message, json!({"status": 200}));
    assert_eq!(call(&failed, &operation(true)).0, Class::DecodePrismData);
    assert_eq!(call(&failed, &operation(false)).0, Class::DecodeClient);
}

#[test]
fn violations_split_into_encoding_value_and_gaps_the_worst_winning() {
    let classify = |violations: Value| {
        let exchange = json!({"status": 422, "violations": violations});
        call(&record(false, "API error", exchange), &operation(false)).0
    };
    let header = violation(&["request", "header", "Authorization"], "required");
    let pattern = violation(&["request", "query", "Name"], "pattern");
    let missing = violation(&["request", "query", "Action"], "required");
    assert_eq!(classify(json!([header.clone()])), Class::RejectedPrismGap);
    assert_eq!(
        classify(json!([header.clone(), pattern.clone()])),
        Class::RejectedExampleValue
    );
    assert_eq!(
        classify(json!([pattern, missing, header])),
        Class::RejectedClientEncoding
    );
    let array = json!({"location": ["request", "query", "ids"], "severity": "Error",
        "code": "type", "message": "must be array"});
    assert_eq!(classify(json!([array])), Class::RejectedPrismGap);
}

#[test]
fn an_xml_body_prism_checks_as_json_is_its_gap() {
    let body = violation(&["request", "body"], "type");
    let exchange = |content_type: &str| json!({"status": 422, "content_type": content_type, "violations": [body.clone()]});
    let xml = record(false, "API error", exchange("text/xml"));
    assert_eq!(call(&xml, &operation(false)).0, Class::RejectedPrismGap);
    let json = record(false, "API error", exchange("application/json"));
    assert_eq!(
        call(&json, &operation(false)).0,
        Class::RejectedClientEncoding
    );
}

#[test]
fn a_problem_document_of_prism_counts_as_request_violations() {
    let exchange = json!({"status": 422, "problem": {"type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        "validation": [{"location": ["query", "Action"], "severity": "Error", "code": "required", "message": "required"}]}});
    let (class, reason) = call(
        &record(false, "unexpected status 422", exchange),
        &operation(false),
    );
    assert_eq!(class, Class::RejectedClientEncoding);
    assert!(reason.starts_with("request.query.Action"), "{reason}");
}

#[test]
fn a_success_status_the_spec_does_not_document_is_prisms() {
    let facts = SpecFacts::of(json!({"paths": {"/a": {"delete": {"responses": {
        "202": {"description": "Accepted"}, "204": {"description": "Gone"},
        "default": {"description": "Error"}
    }}}}}));
    let delete = Operation {
        request: "DELETE /a".into(),
        pointer: "#/paths/~1a/delete".into(),
        ..operation(false)
    };
    let answered = |status: u16| {
        let failed = record(
            false,
            "default Default: ErrorResponse",
            json!({"status": status}),
        );
        super::call(&failed, &delete, &facts, Mode::Static).0
    };
    assert_eq!(answered(200), Class::DecodePrismData);
    assert_eq!(answered(204), Class::DecodeClient);
}

#[test]
fn decode_failures_are_prisms_when_it_reported_its_data_invalid() {
    let message = "could not decode response (status 200): invalid type";
    let clean = record(false, message, json!({"status": 200}));
    assert_eq!(call(&clean, &operation(false)).0, Class::DecodeClient);
    let bad =
        json!({"status": 200, "violations": [violation(&["response", "body", "id"], "type")]});
    assert_eq!(
        call(&record(false, message, bad), &operation(false)).0,
        Class::DecodePrismData
    );
}

#[test]
fn a_served_body_that_breaks_its_schema_deep_down_is_prisms_data() {
    let facts = SpecFacts::of(
        json!({"openapi": "3.0.0", "paths": {"/users.profile.get": {"get": {
        "responses": {"200": {"content": {"application/json": {
            "schema": {"type": "object", "required": ["profile"], "properties": {
                "profile": {"$ref": "#/components/schemas/objs_user_profile"}}},
            "example": {"profile": {"real_name": "Egon"}}
        }}}}
    }}}, "components": {"schemas": {"objs_user_profile": {"type": "object",
        "required": ["phone"], "properties": {"phone": {"type": "string", "nullable": true}}}}}}),
    );
    let get = Operation {
        request: "GET /users.profile.get".into(),
        pointer: "#/paths/~1users.profile.get/get".into(),
        ..operation(false)
    };
    let message = "get failed: could not decode response (status 200 OK): missing field `phone` at line 1 column 40";
    let answered = |body: Value, mode: Mode| {
        let exchange = json!({"status": 200, "response": body,
            "response_content_type": "application/json; charset=utf-8"});
        super::call(&record(false, message, exchange), &get, &facts, mode)
    };
    let lacking = json!({"profile": {"real_name": "Egon"}});
    let (class, reason) = answered(lacking.clone(), Mode::Static);
    assert_eq!(class, Class::DecodePrismData);
    assert!(
        reason.ends_with(
            r#"; the spec's example breaks its schema at /profile: "phone" is a required property"#
        ),
        "{reason}"
    );
    let (class, reason) = answered(lacking, Mode::Dynamic);
    assert_eq!(class, Class::DecodePrismData);
    assert!(
        reason.contains("; Prism's answer breaks its schema at /profile"),
        "{reason}"
    );
    // A body that meets the schema (`phone` is nullable) leaves the failure the client's.
    let valid = json!({"profile": {"phone": null}});
    assert_eq!(answered(valid, Mode::Static).0, Class::DecodeClient);
}

#[test]
fn a_required_hop_by_hop_header_parameter_is_the_specs_mistake() {
    let missing = |name: &str| {
        json!({"location": ["request", "header"], "severity": "Error", "code": "required",
            "message": format!("Request header must have required property '{name}'")})
    };
    let classify = |violation: Value| {
        let exchange = json!({"status": 422, "violations": [violation]});
        call(&record(false, "API error", exchange), &operation(false))
    };
    let (class, reason) = classify(missing("transfer-encoding"));
    assert_eq!(class, Class::RejectedSpecMistake);
    assert!(
        reason.contains("`transfer-encoding` a parameter, but it is a hop-by-hop header"),
        "{reason}"
    );
    assert_eq!(
        classify(missing("x-ms-client-request-id")).0,
        Class::RejectedClientEncoding
    );
}

#[test]
fn the_specs_own_fixed_values_and_examples_are_its_mistakes() {
    let facts = SpecFacts::of(json!({"paths": {"/rest?method=a.b": {"get": {
        "parameters": [{"name": "method", "in": "query", "schema": {"enum": ["c.d"]}}],
        "requestBody": {"content": {"application/json": {"example": {"rule": {"arn": "arn:x"}}}}},
        "responses": {}
    }}}}));
    let rest = Operation {
        pointer: "#/paths/~1rest?method=a.b/get".into(),
        ..operation(false)
    };
    let classify = |violation: Value, target: &str, body: &str| {
        let exchange =
            json!({"status": 422, "target": target, "body": body, "violations": [violation]});
        super::call(
            &record(false, "API error", exchange),
            &rest,
            &facts,
            Mode::Static,
        )
    };
    let method = violation(&["request", "query", "method"], "enum");
    let (class, reason) = classify(method.clone(), "/rest?method=a.b", "");
    assert_eq!(class, Class::RejectedSpecMistake);
    assert!(
        reason.ends_with("the spec itself fixes method=a.b"),
        "{reason}"
    );
    assert_eq!(
        classify(method, "/rest?method=e.f", "").0,
        Class::RejectedExampleValue
    );
    let arn = violation(&["request", "body", "rule", "arn"], "pattern");
    let body = r#"{"rule": {"arn": "arn:x"}}"#;
    assert_eq!(
        classify(arn.clone(), "/rest", body).0,
        Class::RejectedSpecMistake
    );
    let other = r#"{"rule": {"arn": "arn:%20y"}}"#;
    assert_eq!(classify(arn, "/rest", other).0, Class::RejectedExampleValue);
}

#[test]
fn aws_structured_query_parameters_prism_cannot_read_are_its_gap() {
    let facts = SpecFacts::of(json!({"paths": {"/#Action=BatchPut": {"get": {
        "x-aws-operation-name": "BatchPut",
        "parameters": [
            {"name": "Items", "in": "query", "required": true, "schema": {"type": "array"}},
            {"name": "Domain", "in": "query", "required": true, "schema": {"type": "string"}}
        ],
        "responses": {}
    }}}}));
    let put = Operation {
        pointer: "#/paths/~1#Action=BatchPut/get".into(),
        ..operation(false)
    };
    let missing = |name: &str| {
        json!({"location": ["request", "query"], "severity": "Error", "code": "required",
            "message": format!("Request query must have required property '{name}'")})
    };
    let classify = |violation: Value| {
        let exchange =
            json!({"status": 422, "target": "/?Item.1.ItemName=a", "violations": [violation]});
        super::call(
            &record(false, "API error", exchange),
            &put,
            &facts,
            Mode::Static,
        )
        .0
    };
    assert_eq!(classify(missing("items")), Class::RejectedPrismGap);
    assert_eq!(classify(missing("Domain")), Class::RejectedClientEncoding);
}

#[test]
fn a_call_that_never_left_is_the_clients() {
    let none = json!({"module": "m", "operation": "publish", "ok": false, "message": "bad header", "exchanges": []});
    assert_eq!(call(&none, &operation(false)).0, Class::NotSentClient);
}

#[test]
fn a_path_parameter_only_in_the_templates_fragment_is_the_specs_mistake() {
    let template = "/send/#env/v1/partners/{partnerId}/transfer";
    let facts = SpecFacts::of(json!({"paths": {template: {"post": {
        "parameters": [{"name": "partnerId", "in": "path", "required": true}],
    }}}}));
    let operation = Operation {
        function: "create_transfer".into(),
        request: "POST /send/".into(),
        pointer: format!("#/paths/{}/post", template.replace('/', "~1")),
        unroutable: false,
    };
    let missing = |name: &str| {
        let violation = json!({"location": ["request", "path"], "severity": "Error",
            "code": "required", "message": format!("Request path must have required property '{name}'")});
        let exchange = json!({"status": 422, "violations": [violation]});
        super::call(
            &record(false, "API error", exchange),
            &operation,
            &facts,
            Mode::Static,
        )
    };
    let (class, reason) = missing("partnerid");
    assert_eq!(class, Class::RejectedSpecMistake);
    assert!(
        reason.contains("`partnerId` only after the template's `#`"),
        "{reason}"
    );
    assert_eq!(missing("other").0, Class::RejectedClientEncoding);
}

#[test]
fn an_object_part_of_a_multipart_body_prism_reads_as_text_is_its_gap() {
    let classify = |content_type: &str, message: &str| {
        let violation = json!({"location": ["request", "body", "attributes"], "severity": "Error",
            "code": "type", "message": message});
        let exchange =
            json!({"status": 422, "content_type": content_type, "violations": [violation]});
        call(&record(false, "API error", exchange), &operation(false)).0
    };
    let multipart = "multipart/form-data; boundary=x";
    let object = "Request body property attributes must be object";
    assert_eq!(classify(multipart, object), Class::RejectedPrismGap);
    assert_eq!(
        classify("application/json", object),
        Class::RejectedClientEncoding
    );
    let number = "Request body property attributes must be number";
    assert_eq!(classify(multipart, number), Class::RejectedClientEncoding);
}
