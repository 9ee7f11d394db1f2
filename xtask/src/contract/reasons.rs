//! Reasons a failed call is not the client's that need more than Prism's violation: what the
//! request had, what the spec defines, and which types only the spec's formats give.

use serde_json::Value;

use clientgen_e2e::prism::Mode;

use super::spec_facts::SpecFacts;
use super::workspace::Operation;

/// The name in Prism's "must have required property 'name'" message, in lower case.
fn required_name(violation: &Value) -> Option<String> {
    let message = violation["message"].as_str()?;
    let (_, rest) = message.split_once("required property '")?;
    Some(rest.split_once('\'')?.0.to_ascii_lowercase())
}

/// Why Prism's "missing" is its gap: a header parameter OpenAPI tells tools to ignore
/// (`Content-Type`, `Accept`, `Authorization`: the client sets them itself, a `GET` has no
/// `Content-Type`), or a query parameter the request has with an empty value (`chl=`), which
/// Prism reads as absent.
pub fn missing_but_sent(violation: &Value, exchange: &Value) -> Option<String> {
    let name = required_name(violation)?;
    let place = violation["location"][1].as_str()?;
    if violation["location"].as_array()?.len() != 2 {
        return None;
    }
    if place == "header" && IGNORED_HEADERS.contains(&name.as_str()) {
        return Some(format!(
            "OpenAPI ignores a header parameter named {name}; Prism requires it"
        ));
    }
    let target = exchange["target"].as_str()?;
    let (_, query) = target.split_once('?')?;
    let empty = query
        .split('&')
        .any(|pair| pair.to_ascii_lowercase() == format!("{name}="));
    (place == "query" && empty)
        .then(|| format!("the request has `{name}=` (an empty value); Prism reads it as missing"))
}

/// OpenAPI: "If `in` is `header` and the `name` field is `Accept`, `Content-Type` or
/// `Authorization`, the parameter definition SHALL be ignored."
pub const IGNORED_HEADERS: [&str; 3] = ["authorization", "content-type", "accept"];

/// Why a required body property Prism found missing is the spec's mistake: the schema of the
/// request body requires a property it does not define (vestorly's `orginator_email` beside
/// `originator_email`), so no client knows what to send.
pub fn undefined_required(
    violation: &Value,
    operation: &Operation,
    facts: &SpecFacts,
) -> Option<String> {
    let name = required_name(violation)?;
    let location = violation["location"].as_array()?;
    if location.len() < 2 || location[1] != "body" {
        return None;
    }
    // Prism's place of the object: `["request", "body", "consent"]`, array indices left out.
    let place: Vec<&str> = location[2..]
        .iter()
        .filter_map(Value::as_str)
        .filter(|step| step.parse::<usize>().is_err())
        .collect();
    let place = place.join(".");
    let op = facts.at(&operation.pointer)?;
    op.undefined_required
        .iter()
        .any(|(at, n)| *at == place && n.eq_ignore_ascii_case(&name))
        .then(|| format!("the body's schema requires `{name}` but defines no such property"))
}

/// Whether the client's decode error is a negative number where it reads an unsigned one.
pub fn negative_for_unsigned(message: &str) -> bool {
    let Some((_, rest)) = message.split_once("could not decode response") else {
        return false;
    };
    let Some((_, rest)) = rest.split_once("invalid value: integer `-") else {
        return false;
    };
    ["u8", "u16", "u32", "u64"]
        .iter()
        .any(|ty| rest.contains(&format!("`, expected {ty} ")))
}

/// Whether the client's decode error is the `base64` crate's: a string of a `format: byte`
/// property (the only one the client decodes as base64) that is not base64, which Prism
/// made up without checking the format.
pub fn not_base64(message: &str) -> bool {
    decode_error_is_one_of(
        message,
        &[
            "Invalid symbol ",
            "Invalid input length: ",
            "Invalid last symbol ",
            "Invalid padding",
        ],
    )
}

/// Whether `message` is a decode failure whose error contains one of `errors`.
fn decode_error_is_one_of(message: &str, errors: &[&str]) -> bool {
    message
        .split_once("could not decode response")
        .is_some_and(|(_, rest)| errors.iter().any(|error| rest.contains(error)))
}

/// Why a body the client could not decode is not the client's: it breaks the schema the
/// spec documents for that response (status and media type) in a way a decoder trips on, at
/// any depth (see [`super::response_schema`]); of several violations, the one the client's
/// decode error is about is named. The body is the whole answer the proxy kept
/// (`response` in the exchange), else the one the message quotes when that is whole. Prism
/// serves the spec's own examples unchecked in static mode: Slack's `users.profile.get`
/// example has no `phone`, which `objs_user_profile` requires.
pub fn breaks_schema(
    message: &str,
    exchange: &Value,
    operation: &Operation,
    facts: &SpecFacts,
    mode: Mode,
) -> Option<String> {
    let quoted = || {
        let (_, body) = message.split_once("; body: ")?;
        serde_json::from_str::<Value>(body).ok()
    };
    let body = match exchange.get("response") {
        Some(body) => body.clone(),
        None => quoted()?,
    };
    let status = u16::try_from(exchange["status"].as_u64()?).ok()?;
    let media_type = exchange["response_content_type"].as_str();
    let (_, decode) = message.split_once("could not decode response")?;
    let responses = facts.responses.as_ref()?;
    let breach = responses.breach(&operation.pointer, status, media_type, &body, Some(decode))?;
    let whose = match mode {
        Mode::Static if breach.documented_example => "the spec's example",
        Mode::Static => "Prism's static answer",
        Mode::Dynamic => "Prism's answer",
    };
    Some(format!("{whose} breaks its schema {}", breach.place()))
}

/// The header fields that belong to one connection (RFC 9110 §7.6.1, and RFC 9112's
/// `Transfer-Encoding`), or to a proxy: an intermediary does not forward them.
const HOP_BY_HOP: [&str; 7] = [
    "connection",
    "keep-alive",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "proxy-",
];

/// Why Prism's "missing header" is the spec's mistake: the spec makes a hop-by-hop header
/// (Azure `datalake-store-filesystem`'s `Transfer-Encoding`) a parameter. It belongs to one
/// connection: the client sends it (`transfer-encoding: chunked`, and hyper frames the body
/// so), but an intermediary, such as the recording proxy in front of Prism, must not forward
/// it, so the server behind one never sees it.
pub fn hop_by_hop_param(violation: &Value) -> Option<String> {
    let name = required_name(violation)?;
    let location = violation["location"].as_array()?;
    if location.len() != 2 || location[1] != "header" {
        return None;
    }
    let hop = HOP_BY_HOP
        .iter()
        .any(|h| name == *h || (h.ends_with('-') && name.starts_with(h)));
    hop.then(|| {
        format!("the spec makes `{name}` a parameter, but it is a hop-by-hop header, which no intermediary (the recording proxy included) forwards")
    })
}

/// Why Prism's "missing path parameter" is the spec's mistake: the template names the
/// parameter only after its `#` (see [`super::spec_facts::SpecOperation::fragment_params`]),
/// in a URL fragment, which no request carries; the generator warns and leaves it out.
pub fn fragment_param(
    violation: &Value,
    operation: &Operation,
    facts: &SpecFacts,
) -> Option<String> {
    let name = required_name(violation)?;
    if violation["location"].as_array()?.len() != 2 || violation["location"][1] != "path" {
        return None;
    }
    let op = facts.at(&operation.pointer)?;
    let param = op
        .fragment_params
        .iter()
        .find(|p| p.to_ascii_lowercase() == name)?;
    Some(format!(
        "the spec names path parameter `{param}` only after the template's `#`, in a URL fragment, which no request carries"
    ))
}

/// Why Prism's "must be object" for a property of a `multipart/form-data` body is its gap:
/// Prism reads every part as text, so an object part (the client sends JSON, as OpenAPI's
/// default `application/json` part says) never is one, whatever the part's content type.
pub fn multipart_object(violation: &Value, exchange: &Value) -> Option<String> {
    let location = violation["location"].as_array()?;
    let multipart = exchange["content_type"]
        .as_str()?
        .starts_with("multipart/form-data");
    let object =
        violation["code"] == "type" && violation["message"].as_str()?.ends_with(" must be object");
    (multipart && object && location.len() == 3 && location[1] == "body").then(|| {
        "Prism reads every part of a multipart body as text, so an object part is never one"
            .to_string()
    })
}

/// Why a request the client refused to build is the spec's: the path parameter it names can
/// only be empty (see [`super::spec_facts::SpecOperation::empty_path_params`]).
pub fn empty_by_spec(message: &str, operation: &Operation, facts: &SpecFacts) -> Option<String> {
    let (_, rest) = message.split_once("path parameter `")?;
    let (name, rest) = rest.split_once('`')?;
    let op = facts.at(&operation.pointer)?;
    (rest.starts_with(" cannot be empty") && op.empty_path_params.iter().any(|n| n == name))
        .then(|| format!("the spec's `{name}` is an object of read-only properties: a request has nothing to send there"))
}

/// Why an "additional property" Prism found is its gap: the harness cut that property from
/// Prism's copy of the spec (it closes a `$ref` cycle Prism cannot mock; jellyfin's
/// `RemoteSearchResult.AlbumArtist`), so the copy no longer defines it.
pub fn cut_for_prism(violation: &Value, facts: &SpecFacts) -> Option<String> {
    if violation["code"] != "additionalProperties" {
        return None;
    }
    let message = violation["message"].as_str()?;
    let (_, rest) = message.split_once("found '")?;
    let name = rest.split('\'').next()?;
    facts.cut_properties.contains(name).then(|| {
        format!("`{name}` closes a `$ref` cycle and is cut from Prism's copy of the spec, which Prism cannot mock otherwise")
    })
}

/// Whether the client's decode error is `chrono`'s: a `format: date-time` or `date` string
/// (the only ones the client parses as dates) that is not a date.
pub fn not_a_date(message: &str) -> bool {
    decode_error_is_one_of(
        message,
        &[
            "input contains invalid characters",
            "premature end of input",
            "trailing input",
            "input is out of range",
            "no possible date and time matching input",
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn missing(place: &str, name: &str) -> Value {
        json!({"location": ["request", place], "severity": "Error", "code": "required",
            "message": format!("Request {place} must have required property '{name}'")})
    }

    #[test]
    fn ignored_headers_and_empty_query_values_are_prisms_misreadings() {
        let exchange = json!({"target": "/chart?cht=bvs&chl=&chd=t"});
        assert!(missing_but_sent(&missing("header", "content-type"), &exchange).is_some());
        assert!(missing_but_sent(&missing("header", "x-api-key"), &exchange).is_none());
        assert!(missing_but_sent(&missing("query", "chl"), &exchange).is_some());
        assert!(missing_but_sent(&missing("query", "cht"), &exchange).is_none());
        assert!(missing_but_sent(&missing("query", "other"), &exchange).is_none());
    }

    #[test]
    fn a_required_property_the_body_schema_never_defines_is_the_specs() {
        let facts = SpecFacts::of(json!({"paths": {"/events": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}},
            "responses": {}
        }}}, "components": {"schemas": {"E": {
            "required": ["orginator_email", "type"],
            "properties": {"originator_email": {"type": "string"}, "type": {"type": "string"},
                "consent": {"type": "object", "required": ["consentNotificationUrl"],
                    "properties": {"purpose": {"type": "string"}}}}
        }}}}));
        let operation = Operation {
            function: "create_event".into(),
            request: "POST /events".into(),
            pointer: "#/paths/~1events/post".into(),
            unroutable: false,
        };
        let why = undefined_required(&missing("body", "orginator_email"), &operation, &facts);
        assert!(why.is_some_and(|w| w.contains("orginator_email")));
        assert!(undefined_required(&missing("body", "type"), &operation, &facts).is_none());
        // Inside the body: ndhm's `consent` requires `consentNotificationUrl`, never defined.
        let nested = json!({"location": ["request", "body", "consent"], "severity": "Error",
            "code": "required", "message": "Request body property consent must have required property 'consentNotificationUrl'"});
        assert!(undefined_required(&nested, &operation, &facts).is_some());
        let elsewhere = json!({"location": ["request", "body", "other"], "severity": "Error",
            "code": "required", "message": "must have required property 'consentNotificationUrl'"});
        assert!(undefined_required(&elsewhere, &operation, &facts).is_none());
    }

    #[test]
    fn only_a_negative_number_for_an_unsigned_type_is_a_format_prism_ignored() {
        let decode = "list failed: could not decode response (status 200 OK): ";
        let negative = format!("{decode}invalid value: integer `-957`, expected u32 at line 1");
        assert!(negative_for_unsigned(&negative));
        let signed = format!("{decode}invalid value: integer `-957`, expected i8 at line 1");
        assert!(!negative_for_unsigned(&signed));
        let large = format!("{decode}invalid value: integer `300`, expected u8 at line 1");
        assert!(!negative_for_unsigned(&large));
    }

    #[test]
    fn only_hop_by_hop_headers_are_parameters_no_client_can_send() {
        for name in [
            "transfer-encoding",
            "connection",
            "te",
            "upgrade",
            "proxy-authorization",
        ] {
            let why = hop_by_hop_param(&missing("header", name));
            assert!(
                why.is_some_and(|w| w.contains(&format!("`{name}`"))),
                "{name}"
            );
        }
        for name in ["x-te", "tenant", "content-type"] {
            assert!(
                hop_by_hop_param(&missing("header", name)).is_none(),
                "{name}"
            );
        }
        assert!(hop_by_hop_param(&missing("query", "connection")).is_none());
    }

    #[test]
    fn a_path_parameter_of_read_only_properties_is_the_specs() {
        let facts = SpecFacts::of(json!({"paths": {"/Plugins/{version}": {"delete": {
            "parameters": [{"name": "version", "in": "path", "required": true,
                "schema": {"$ref": "#/components/schemas/Version"}}],
            "responses": {}
        }}}, "components": {"schemas": {"Version": {"type": "object", "properties": {
            "Major": {"type": "integer", "readOnly": true}, "Minor": {"type": "integer", "readOnly": true}
        }}}}}));
        let operation = Operation {
            function: "uninstall".into(),
            request: "DELETE /Plugins/{version}".into(),
            pointer: "#/paths/~1Plugins~1{version}/delete".into(),
            unroutable: false,
        };
        let refused = "uninstall failed: invalid request: path parameter `version` cannot be empty, `.` or `..`";
        assert!(empty_by_spec(refused, &operation, &facts).is_some());
        let other = refused.replace("`version`", "`id`");
        assert!(empty_by_spec(&other, &operation, &facts).is_none());
    }

    #[test]
    fn a_property_cut_for_prism_is_no_additional_property() {
        let facts = SpecFacts::of(json!({"paths": {}, "components": {"schemas": {"Result": {
            "type": "object", "additionalProperties": false,
            "properties": {"Name": {"type": "string"}, "AlbumArtist": {"$ref": "#/components/schemas/Result"}}
        }}}}));
        let extra = |name: &str| {
            json!({"location": ["request", "body"], "severity": "Error",
            "code": "additionalProperties",
            "message": format!("Request body must NOT have additional properties; found '{name}'")})
        };
        assert!(cut_for_prism(&extra("AlbumArtist"), &facts).is_some());
        assert!(cut_for_prism(&extra("Other"), &facts).is_none());
    }

    #[test]
    fn date_errors_are_told_from_other_decode_errors() {
        let decode = "get failed: could not decode response (status 200 OK): ";
        assert!(not_a_date(&format!(
            "{decode}input contains invalid characters at line 1 column 148"
        )));
        assert!(!not_a_date(&format!(
            "{decode}missing field `id` at line 1"
        )));
    }

    #[test]
    fn base64_errors_are_told_from_other_decode_errors() {
        let decode = "post failed: could not decode response (status 200 OK): ";
        assert!(not_base64(&format!(
            "{decode}Invalid symbol 93, offset 5. at line 1"
        )));
        assert!(not_base64(&format!(
            "{decode}Invalid input length: 3 at line 1"
        )));
        assert!(!not_base64(&format!(
            "{decode}missing field `id` at line 1"
        )));
        assert!(!not_base64("Invalid symbol 93 in the request"));
    }
}
