//! Every call's class, from the client's outcome and what the proxy saw of Prism's answer.
//!
//! Prism runs without `--errors`: a request that breaks the spec is answered with the spec's
//! 422/400/401 (or a problem document of Prism's) and the `sl-violations` header lists each
//! violation as `{location: ["request", "query", "Action"], severity, code, message}`; a
//! response Prism made that breaks the spec is sent anyway, its violations listed under
//! `["response", ...]`.

use std::fmt;

use serde_json::Value;

use clientgen_e2e::prism::Mode;

use super::reasons::{
    breaks_schema, cut_for_prism, empty_by_spec, fragment_param, hop_by_hop_param,
    missing_but_sent, multipart_object, negative_for_unsigned, not_a_date, not_base64,
    undefined_required, IGNORED_HEADERS,
};
use super::run::{Calls, Stopped};
use super::sent::sent_value;
use super::spec_facts::{scalar_text, SpecFacts};
use super::workspace::{Built, Crate, Operation};

/// Whose failure a class is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Not a failure.
    None,
    /// The client's: a bug to fix in the generator or the runtime.
    Client,
    /// The spec's, the example value's or Prism's: explained, not the client's.
    Other,
}

/// What happened to a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Prism accepted the request and the client decoded the answer.
    Ok,
    /// Prism rejected the request because of how the client encoded it.
    RejectedClientEncoding,
    /// Prism rejected a value of the example (it breaks a constraint the example could not meet).
    RejectedExampleValue,
    /// Prism rejected a value the spec gave the client itself (a value its path or a
    /// one-value `enum` fixes, or one of its own examples), which the spec's schema forbids:
    /// the spec contradicts itself; or a header parameter the spec requires that is
    /// hop-by-hop (`Transfer-Encoding`), which no intermediary forwards.
    RejectedSpecMistake,
    /// Prism rejected a request the spec allows: one of its known gaps.
    RejectedPrismGap,
    /// The client could not decode a response that matches the spec.
    DecodeClient,
    /// The client could not decode a response Prism made that breaks the spec.
    DecodePrismData,
    /// The client refused to send the request, or crashed.
    NotSentClient,
    /// Prism did not answer the call (it could not load the spec, or failed to make a response).
    PrismFailed,
    /// The spec documents no response the client can succeed on (only errors).
    SpecNoSuccess,
}

impl Class {
    /// Every class, in report order.
    pub const ALL: [Class; 10] = [
        Class::Ok,
        Class::RejectedClientEncoding,
        Class::RejectedExampleValue,
        Class::RejectedSpecMistake,
        Class::RejectedPrismGap,
        Class::DecodeClient,
        Class::DecodePrismData,
        Class::NotSentClient,
        Class::PrismFailed,
        Class::SpecNoSuccess,
    ];

    /// Whose failure it is.
    pub fn side(self) -> Side {
        match self {
            Class::Ok => Side::None,
            Class::RejectedClientEncoding | Class::DecodeClient | Class::NotSentClient => {
                Side::Client
            }
            _ => Side::Other,
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Class::Ok => "OK",
            Class::RejectedClientEncoding => "request rejected: client encoding",
            Class::RejectedExampleValue => "request rejected: example value",
            Class::RejectedSpecMistake => "request rejected: spec mistake",
            Class::RejectedPrismGap => "request rejected: known Prism gap",
            Class::DecodeClient => "response not decoded: client",
            Class::DecodePrismData => "response not decoded: Prism's invalid data",
            Class::NotSentClient => "not sent or crashed: client",
            Class::PrismFailed => "Prism did not answer",
            Class::SpecNoSuccess => "spec documents no success response",
        })
    }
}

/// One classified call.
#[derive(Debug, Clone)]
pub struct Classified {
    /// The spec's name.
    pub spec: String,
    /// `Static` or `Dynamic`.
    pub mode: String,
    /// The operation.
    pub operation: Operation,
    /// Its class.
    pub class: Class,
    /// Why: the violation or the client's error.
    pub reason: String,
}

/// Classifies every operation of every crate in every run (an operation without a record
/// is classified by why its run stopped).
pub fn all(built: &Built, runs: &[Calls]) -> Vec<Classified> {
    let mut out = Vec::new();
    for calls in runs {
        let Some(krate) = built.crates.iter().find(|c| c.index == calls.index) else {
            continue;
        };
        for (module, operations) in &krate.modules {
            for operation in operations {
                let record = calls.records.iter().find(|r| {
                    r["module"] == module.as_str() && r["operation"] == operation.function.as_str()
                });
                let sent = record.and_then(|r| r["exchanges"].as_array()?.last());
                let operation = &match sent {
                    Some(sent) => operation.as_sent(&krate.facts, sent),
                    None => operation.clone(),
                };
                let (class, reason) = match (record, &calls.stopped) {
                    (Some(record), _) => call(record, operation, &krate.facts, calls.mode),
                    (None, Some(Stopped::Prism(why))) => (Class::PrismFailed, why.clone()),
                    (None, Some(Stopped::Runner(why))) => (Class::NotSentClient, why.clone()),
                    (None, None) => (Class::NotSentClient, module_error(calls, module)),
                };
                out.push(classified(krate, calls, operation, class, reason));
            }
        }
    }
    out
}

fn classified(
    krate: &Crate,
    calls: &Calls,
    operation: &Operation,
    class: Class,
    reason: String,
) -> Classified {
    Classified {
        spec: krate.spec.name.clone(),
        mode: format!("{:?}", calls.mode),
        operation: operation.clone(),
        class,
        reason,
    }
}

fn module_error(calls: &Calls, module: &str) -> String {
    calls
        .records
        .iter()
        .find(|r| r["module"] == module && r.get("client_error").is_some())
        .map_or_else(
            || "no record of the call".to_string(),
            |r| format!("the client could not be built: {}", r["client_error"]),
        )
}

/// The class of one recorded call in `mode`.
pub fn call(
    record: &Value,
    operation: &Operation,
    facts: &SpecFacts,
    mode: Mode,
) -> (Class, String) {
    let message = record["message"].as_str().unwrap_or_default().to_string();
    let Some(exchange) = record["exchanges"].as_array().and_then(|e| e.last()) else {
        return if record["ok"] == true {
            (Class::Ok, String::new())
        } else if let Some(why) = empty_by_spec(&message, operation, facts) {
            (Class::RejectedSpecMistake, format!("{message}; {why}"))
        } else if message.contains("request timed out") {
            // The proxy records an exchange when Prism answers: it never did.
            let why = "Prism did not answer in time (the proxy saw no answer)";
            (Class::PrismFailed, format!("{message}; {why}"))
        } else {
            (Class::NotSentClient, message)
        };
    };
    let status = exchange["status"].as_u64().unwrap_or(0);
    let violations = violations(exchange);
    let request: Vec<&Value> = errors(&violations, "request");
    let response: Vec<&Value> = errors(&violations, "response");
    let problem = exchange["problem"]["type"].as_str().unwrap_or_default();
    if record["ok"] == true {
        return (Class::Ok, String::new());
    }
    if problem.ends_with("NO_PATH_MATCHED_ERROR") || problem.ends_with("NO_METHOD_MATCHED_ERROR") {
        let target = exchange["target"].as_str().unwrap_or_default();
        let why = format!("Prism routes no operation to {target}");
        return if operation.unroutable {
            (
                Class::RejectedPrismGap,
                format!("{why} (its path's bare form is another path's)"),
            )
        } else {
            (Class::RejectedClientEncoding, why)
        };
    }
    if !request.is_empty() && operation.unroutable {
        let why = format!(
            "Prism checked the request against another operation of its bare path: {}",
            describe(request[0])
        );
        return (Class::RejectedPrismGap, why);
    }
    if !request.is_empty() {
        return rejection(&request, exchange, operation, facts);
    }
    if operation.unroutable && message.contains("could not decode response") {
        let why = "Prism answered for another operation of its bare path";
        return (Class::DecodePrismData, format!("{message}; {why}"));
    }
    let wildcard = facts
        .at(&operation.pointer)
        .is_some_and(|op| op.wildcard_response);
    if problem.ends_with("NOT_ACCEPTABLE") && wildcard {
        let why = "the spec offers the response only as `*/*`, which Prism does not serve for `Accept: application/json`";
        return (Class::RejectedPrismGap, format!("{why}: {message}"));
    }
    let undocumented = facts.at(&operation.pointer).is_some_and(|op| {
        let range = format!("{}XX", status / 100);
        (200..300).contains(&status)
            && !op
                .statuses
                .iter()
                .any(|s| *s == status.to_string() || *s == range)
    });
    if undocumented && record["ok"] != true {
        let why = format!("Prism answered {status}, a status the spec does not document");
        return (Class::DecodePrismData, format!("{message}; {why}"));
    }
    let no_success = facts.at(&operation.pointer).is_some_and(|op| op.no_success);
    if no_success && (400..500).contains(&status) {
        return (
            Class::SpecNoSuccess,
            format!("Prism answered the spec's {status}: {message}"),
        );
    }
    if status == 401 || problem.ends_with("UNAUTHORIZED") {
        if let Some(why) = conflicting_auth(operation, facts) {
            return (
                Class::RejectedSpecMistake,
                format!("security not met: {message}; {why}"),
            );
        }
        return (
            Class::RejectedClientEncoding,
            format!("security not met: {message}"),
        );
    }
    if negative_for_unsigned(&message) {
        let why = "Prism made a negative number for a `format: uintN` integer (it ignores the format, the only source of an unsigned type)";
        return (Class::DecodePrismData, format!("{message}; {why}"));
    }
    if let Some(why) = breaks_schema(&message, exchange, operation, facts, mode) {
        // The body the message quotes would crowd out where it breaks the schema.
        let decode = message.split_once("; body: ").map_or(&*message, |(m, _)| m);
        return (Class::DecodePrismData, format!("{decode}; {why}"));
    }
    if not_a_date(&message) {
        let why = "Prism's answer has a `format: date-time` or `date` string that is not one (its static example says \"string\"; Prism does not check the format)";
        return (Class::DecodePrismData, format!("{message}; {why}"));
    }
    if not_base64(&message) {
        let why = "Prism made a string that is not base64 for a `format: byte` property (it does not check the format)";
        return (Class::DecodePrismData, format!("{message}; {why}"));
    }
    if message.starts_with("could not decode response") {
        return match response.first() {
            Some(v) => (
                Class::DecodePrismData,
                format!("{}; Prism's data: {}", message, describe(v)),
            ),
            None => (Class::DecodeClient, message),
        };
    }
    if status >= 500 || exchange.get("error").is_some() {
        let title = exchange["problem"]["detail"]
            .as_str()
            .or(exchange["problem"]["title"].as_str())
            .unwrap_or(&message);
        return (Class::PrismFailed, format!("status {status}: {title}"));
    }
    if (400..500).contains(&status) && response.is_empty() {
        return (
            Class::SpecNoSuccess,
            format!("Prism answered the spec's {status}: {message}"),
        );
    }
    match response.first() {
        Some(v) => (
            Class::DecodePrismData,
            format!("{message}; Prism's data: {}", describe(v)),
        ),
        None => (Class::DecodeClient, message),
    }
}

/// The violations Prism reported: its header, or the problem document of a 422 it made up.
fn violations(exchange: &Value) -> Vec<Value> {
    if let Some(list) = exchange["violations"].as_array() {
        return list.clone();
    }
    let Some(list) = exchange["problem"]["validation"].as_array() else {
        return Vec::new();
    };
    list.iter()
        .map(|v| {
            let mut v = v.clone();
            let mut location = vec![Value::from("request")];
            location.extend(v["location"].as_array().cloned().unwrap_or_default());
            v["location"] = Value::from(location);
            v
        })
        .collect()
}

fn errors<'a>(violations: &'a [Value], side: &str) -> Vec<&'a Value> {
    violations
        .iter()
        .filter(|v| v["location"][0] == side && v["severity"] == "Error")
        .collect()
}

/// `request.query.Action: must be equal to one of the allowed values (enum)`.
pub fn describe(violation: &Value) -> String {
    let location: Vec<String> = violation["location"]
        .as_array()
        .map(|l| {
            l.iter()
                .map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_string))
                .collect()
        })
        .unwrap_or_default();
    format!(
        "{}: {} ({})",
        location.join("."),
        violation["message"].as_str().unwrap_or_default(),
        violation["code"]
            .as_str()
            .map_or_else(|| violation["code"].to_string(), str::to_string)
    )
}

/// Keywords that only a value can break: the example did not meet them (an `anyOf` or
/// `oneOf` violation is a value that meets none of the alternatives).
const VALUE_KEYWORDS: [&str; 17] = [
    "pattern",
    "format",
    "maxLength",
    "minLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "enum",
    "minItems",
    "maxItems",
    "multipleOf",
    "uniqueItems",
    "const",
    "minProperties",
    "anyOf",
    "oneOf",
];

/// The class of a rejected request: the worst of its violations (client encoding, then
/// example value, then spec mistake, then Prism's gaps).
fn rejection(
    request: &[&Value],
    exchange: &Value,
    operation: &Operation,
    facts: &SpecFacts,
) -> (Class, String) {
    let mut classes: Vec<(Class, String)> = request
        .iter()
        .map(|v| violation_and_why(v, exchange, operation, facts))
        .collect();
    classes.sort_by_key(|(class, _)| *class);
    classes.swap_remove(0)
}

/// Why no request can meet the operation's security, when every requirement of it needs two
/// schemes in the one `Authorization` header.
fn conflicting_auth(operation: &Operation, facts: &SpecFacts) -> Option<String> {
    let conflict = facts
        .at(&operation.pointer)
        .is_some_and(|op| op.conflicting_auth);
    conflict.then(|| {
        "every security requirement of the operation needs two schemes in the one `Authorization` header, which no request can meet".to_string()
    })
}

/// The class of one violation of a request, with why.
fn violation_and_why(
    v: &Value,
    exchange: &Value,
    operation: &Operation,
    facts: &SpecFacts,
) -> (Class, String) {
    if aws_structured(v, operation, facts) {
        let why = "Prism reads no AWS query serialization (`Name.member.1.Key=...`)";
        return (Class::RejectedPrismGap, format!("{}; {why}", describe(v)));
    }
    if let Some(why) = missing_but_sent(v, exchange)
        .or_else(|| cut_for_prism(v, facts))
        .or_else(|| multipart_object(v, exchange))
    {
        return (Class::RejectedPrismGap, format!("{}; {why}", describe(v)));
    }
    let security = v["message"]
        .as_str()
        .is_some_and(|m| m.contains("security scheme"));
    let conflict = security
        .then(|| conflicting_auth(operation, facts))
        .flatten();
    if let Some(why) = undefined_required(v, operation, facts)
        .or_else(|| hop_by_hop_param(v))
        .or_else(|| fragment_param(v, operation, facts))
        .or(conflict)
    {
        return (
            Class::RejectedSpecMistake,
            format!("{}; {why}", describe(v)),
        );
    }
    match violation_class(v, exchange) {
        Class::RejectedExampleValue => match spec_mistake(v, exchange, operation, facts) {
            Some(why) => (
                Class::RejectedSpecMistake,
                format!("{}; {why}", describe(v)),
            ),
            None => (Class::RejectedExampleValue, describe(v)),
        },
        class => (class, describe(v)),
    }
}

fn violation_class(violation: &Value, exchange: &Value) -> Class {
    let place = violation["location"][1].as_str().unwrap_or_default();
    let name = violation["location"][2]
        .as_str()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let message = violation["message"].as_str().unwrap_or_default();
    let code = violation["code"].as_str().unwrap_or_default();
    if place == "header" && IGNORED_HEADERS.contains(&name.as_str()) {
        return Class::RejectedPrismGap;
    }
    let form = exchange["content_type"]
        .as_str()
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if message.contains("must be array") && (place == "query" || (place == "body" && form)) {
        return Class::RejectedPrismGap;
    }
    let not_json = exchange["content_type"]
        .as_str()
        .is_some_and(|t| !t.contains("json") && !form && !t.starts_with("multipart/"));
    if place == "body" && not_json {
        // Prism validates the text itself (XML, a file's bytes under `application/text` or
        // `application/octet-stream`) against the schema: a string is never an object.
        return Class::RejectedPrismGap;
    }
    if VALUE_KEYWORDS.contains(&code) {
        return Class::RejectedExampleValue;
    }
    Class::RejectedClientEncoding
}

/// Whether the violation is about a list, map or structure query parameter of an AWS
/// query-protocol operation: the client sent it as AWS's dotted names, which Prism does not
/// read (it then finds the parameter missing, or a string where an array is).
fn aws_structured(violation: &Value, operation: &Operation, facts: &SpecFacts) -> bool {
    let Some(op) = facts.at(&operation.pointer) else {
        return false;
    };
    // Prism writes query names in lower case.
    let message = violation["message"]
        .as_str()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let location = &violation["location"];
    let place = location[2].as_str().unwrap_or_default();
    location[1] == "query"
        && op.aws_structured.iter().any(|name| {
            let name = name.to_ascii_lowercase();
            place.eq_ignore_ascii_case(&name) || message.contains(&format!("property '{name}'"))
        })
}

/// Why a value Prism rejected is the spec's own: a query value the spec fixes (the client
/// sends it as it is), or one of the spec's examples.
fn spec_mistake(
    violation: &Value,
    exchange: &Value,
    operation: &Operation,
    facts: &SpecFacts,
) -> Option<String> {
    let location = violation["location"].as_array()?;
    let sent = sent_value(exchange, location)?;
    let text = scalar_text(&sent);
    let name = location.get(2).and_then(Value::as_str).unwrap_or_default();
    let fixed = facts.at(&operation.pointer).is_some_and(|op| {
        location[1] == "query"
            && op
                .fixed
                .iter()
                .any(|(n, v)| n.eq_ignore_ascii_case(name) && *v == text)
    });
    if fixed {
        return Some(format!("the spec itself fixes {name}={text}"));
    }
    facts
        .is_example(&sent)
        .then(|| format!("{sent} is the spec's own example"))
}

#[cfg(test)]
#[path = "tests/classify.rs"]
mod tests;
