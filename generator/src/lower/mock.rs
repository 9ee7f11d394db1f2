//! The test kit's names and answers ([`ir::MockKit`]), decided from the finished operations:
//! the accessor and struct of each module's mocks, the matcher method of each parameter, and
//! the status each documented response is answered with.

use std::collections::BTreeSet;

use super::example_value::Examples;
use super::naming::{self, Namespace};
use crate::ir::{
    Api, BodyKind, Decode, MockBodyKind, MockBodyMatcher, MockExample, MockKit, MockModule,
    MockOperation, MockOutput, Operation, ResponseArm,
};

/// The methods of the runtime's `MockServer` (`templates/runtime/mock.rs`), which a module's
/// accessor must not shadow.
const SERVER_METHODS: &[&str] = &[
    "start",
    "uri",
    "client_builder",
    "client",
    "verify",
    "reset",
    "received_requests",
    "wiremock",
    "operation",
    "fmt",
];

/// The methods of the runtime's `OperationMock`, which a parameter's matcher must not take
/// (inherent methods of one type share one namespace).
const OPERATION_MOCK_METHODS: &[&str] = &[
    "returns",
    "returns_events",
    "fails_with",
    "fails_with_status",
    "respond_with",
    "matching",
    "answer",
    "match_path_param",
    "match_query_param",
    "match_header_param",
    "match_cookie_param",
    "match_json_body",
    "match_form_body",
    "match_text_body",
    "match_bytes_body",
    "match_multipart_body",
    naming::MOCK_BODY_MATCHER,
    "fmt",
];

/// Fills `api.mock`; runs after the examples are chosen.
pub fn annotate(api: &mut Api) {
    let mut accessors = Namespace::with_reserved(SERVER_METHODS);
    let mut structs = Namespace::default();
    let modules: Vec<MockModule> = api
        .modules
        .iter()
        .map(|module| MockModule {
            struct_name: structs.claim(naming::type_name(&format!("{} mocks", module.name))),
            accessor: accessors.claim(module.accessor.clone()),
            operations: module.operations.iter().map(operation).collect(),
        })
        .collect();
    let example = api.examples.call.and_then(|call| {
        let op = &api.modules[call.module].operations[call.operation];
        // A response enum has no example value; a download is not `PartialEq`.
        let returned =
            modules[call.module].operations[call.operation].output == MockOutput::Returned;
        if !returned || op.success_enum.is_some() {
            return None;
        }
        let cx = Examples::new(&api.types);
        let error_value = op
            .errors
            .first()
            .and_then(|arm| arm.ty.as_ref())
            .map(|ty| cx.value(ty));
        let value = cx.value(&op.return_ty);
        // A model that holds itself has no finite value to answer with.
        (!cx.cut.get()).then_some(MockExample { value, error_value })
    });
    api.mock = MockKit { modules, example };
}

fn operation(op: &Operation) -> MockOperation {
    let mut methods = Namespace::with_reserved(OPERATION_MOCK_METHODS);
    let params = op
        .params
        .iter()
        .map(|p| methods.claim(p.name.clone()))
        .collect();
    let body = op.body.as_ref().map(|body| {
        let kind = match body.kind {
            BodyKind::Json => MockBodyKind::Json,
            BodyKind::Form => MockBodyKind::Form,
            BodyKind::Text => MockBodyKind::Text,
            BodyKind::Bytes => MockBodyKind::Bytes,
            BodyKind::Multipart => MockBodyKind::Multipart,
        };
        MockBodyMatcher {
            method: naming::MOCK_BODY_MATCHER.to_string(),
            kind,
        }
    });
    // A download is answered as its raw body, an event stream with typed events.
    let streamed = |arm: &ResponseArm| arm.decode == Decode::Bytes || arm.decode.is_events();
    let output = if op.events.is_some() {
        MockOutput::Events
    } else if op.success_enum.is_some() && op.success.iter().any(streamed) {
        MockOutput::Unsupported
    } else if op.stream_response || op.success.iter().any(streamed) {
        MockOutput::Bytes
    } else {
        MockOutput::Returned
    };
    let codes: BTreeSet<u16> = op
        .success
        .iter()
        .chain(&op.errors)
        .filter_map(|arm| arm.status.parse().ok())
        .collect();
    let ranges: BTreeSet<u16> = op
        .success
        .iter()
        .chain(&op.errors)
        .filter_map(|arm| range_digit(&arm.status))
        .collect();
    let status = |arm: &ResponseArm, success: bool| answer_status(arm, success, &codes, &ranges);
    MockOperation {
        params,
        body,
        output,
        success_status: op.success.iter().map(|arm| status(arm, true)).collect(),
        error_status: op.errors.iter().map(|arm| status(arm, false)).collect(),
    }
}

/// `4` for the range `4XX`.
fn range_digit(status: &str) -> Option<u16> {
    let digit = status.strip_suffix("XX").or(status.strip_suffix("xx"))?;
    digit.parse().ok().filter(|d| (1..=5).contains(d))
}

/// The status a mock answers a documented response with, so that the client reads it as that
/// response: its code; for a range (`4XX`), its first code no other response claims; for
/// `default`, 200 on success, else the first code (5xx, then 4xx) no other response claims.
fn answer_status(
    arm: &ResponseArm,
    success: bool,
    codes: &BTreeSet<u16>,
    ranges: &BTreeSet<u16>,
) -> u16 {
    let free = |from: u16| (from..from + 100).find(|code| !codes.contains(code));
    if let Ok(code) = arm.status.parse() {
        return code;
    }
    if let Some(digit) = range_digit(&arm.status) {
        return free(digit * 100).unwrap_or(digit * 100);
    }
    if success {
        return free(200).unwrap_or(200);
    }
    [5, 4]
        .into_iter()
        .filter(|digit| !ranges.contains(digit))
        .find_map(|digit| free(digit * 100))
        .unwrap_or(500)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arm(status: &str) -> ResponseArm {
        ResponseArm {
            statuses: None,
            status: status.to_string(),
            variant: String::new(),
            ty: None,
            decode: Decode::Empty,
            media_type: None,
            doc: None,
        }
    }

    #[test]
    fn each_response_is_answered_with_a_status_the_client_reads_as_it() {
        let codes = BTreeSet::from([200, 400, 404, 500]);
        let ranges = BTreeSet::from([4]);
        let status = |s: &str, success: bool| answer_status(&arm(s), success, &codes, &ranges);
        assert_eq!(status("404", false), 404);
        assert_eq!(status("4XX", false), 401);
        assert_eq!(status("2XX", true), 201);
        assert_eq!(status("default", true), 201);
        assert_eq!(status("default", false), 501);
        let no_ranges = BTreeSet::new();
        let free_500 = answer_status(&arm("default"), false, &BTreeSet::from([400]), &no_ranges);
        assert_eq!(free_500, 500);
        let only_4xx = answer_status(&arm("default"), false, &codes, &BTreeSet::from([5]));
        assert_eq!(only_4xx, 401);
    }
}
