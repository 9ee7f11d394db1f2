//! An operation's responses: the success arms (several types make a response enum) and the
//! error arms, by status, each with how its body is decoded.

use openapiv3::{Operation, ReferenceOr, Response, Schema, StatusCode};

use super::resolve_ref;
use crate::diag::pointer;
use crate::ir::{Decode, Prim, ResponseArm, StatusSpan, TypeRef};
use crate::lower::naming::{self, Namespace};
use crate::lower::response_media::ResponseBody;
use crate::lower::schema::{child, component_name, Lowered};
use crate::lower::Cx;

impl Cx<'_> {
    /// The success (or error) arms of an operation, and the single success type when there is one.
    pub(super) fn responses(
        &mut self,
        op: &Operation,
        base: &str,
        ptr: &str,
        success: bool,
        envelope: Option<&str>,
    ) -> (Vec<ResponseArm>, Option<TypeRef>) {
        let responses_ptr = child(ptr, "responses");
        let has_success = op.responses.responses.keys().any(is_success);
        let mut arms: Vec<(u8, ResponseArm)> = Vec::new();
        let mut entries: Vec<(Option<&StatusCode>, &ReferenceOr<Response>)> = op
            .responses
            .responses
            .iter()
            .map(|(s, r)| (Some(s), r))
            .collect();
        if let Some(default) = &op.responses.default {
            entries.push((None, default));
        }
        let mut variants = Namespace::default();
        let success_count = entries
            .iter()
            .filter(|(s, _)| s.map_or(!has_success, is_success))
            .count();
        let codes: Vec<u16> = entries
            .iter()
            .filter_map(|(s, _)| match s {
                Some(StatusCode::Code(code)) => Some(*code),
                _ => None,
            })
            .collect();
        for (status, response) in entries {
            let wanted = match status {
                Some(status) => is_success(status) == success,
                None => has_success != success,
            };
            if !wanted {
                continue;
            }
            let status_text = status.map_or_else(|| "default".to_string(), ToString::to_string);
            let arm_ptr = child(&responses_ptr, &status_text);
            let shared = shared_response_name(response);
            let Some(response) = self.resolve_response(response, &arm_ptr) else {
                continue;
            };
            let (order, statuses) = match status {
                Some(StatusCode::Code(code)) => (0, Some(vec![span(*code, *code)])),
                Some(StatusCode::Range(n)) => (1, Some(range_spans(*n, &codes))),
                None if success => (2, Some(vec![span(200, 299)])),
                None => (2, None),
            };
            let hint = match (&shared, success, success_count) {
                // A `components/responses` entry is named after it wherever it is used.
                (Some(name), _, _) => naming::shared_response_type_name(name),
                (None, true, 1) => format!("{base}Response"),
                // Converted as one name by the arena: `GetJobError409`, not `GetJobErrorN409`.
                (None, true, _) => format!("{base}Response {status_text}"),
                (None, false, _) => format!("{base}Error {status_text}"),
            };
            let body_ptr = shared.as_ref().map_or_else(
                || arm_ptr.clone(),
                |name| pointer(["components", "responses", name.as_str()]),
            );
            let ResponseBody {
                decode,
                mut ty,
                media_type,
            } = self.response_body(
                status,
                &response,
                &hint,
                &body_ptr,
                envelope,
                shared.as_deref(),
            );
            if success && decode == Decode::Bytes {
                // Downloads are handed over as they arrive; error bodies stay in memory.
                ty = Some(TypeRef::Prim(Prim::ByteStream));
            }
            let variant = variants.claim(naming::status_variant_name(status));
            arms.push((
                order,
                ResponseArm {
                    statuses,
                    status: status_text,
                    variant,
                    ty,
                    decode,
                    media_type,
                    doc: Some(response.description.clone()).filter(|d| !d.is_empty()),
                },
            ));
        }
        arms.sort_by_key(|(order, _)| *order);
        let arms: Vec<ResponseArm> = arms.into_iter().map(|(_, arm)| arm).collect();
        if success && arms.is_empty() {
            let arm = ResponseArm {
                statuses: Some(vec![span(200, 299)]),
                status: "2XX".into(),
                variant: "Ok".into(),
                ty: None,
                decode: Decode::Empty,
                media_type: None,
                doc: None,
            };
            return (vec![arm], Some(TypeRef::Unit));
        }
        let mut arms = arms;
        if !success || arms.len() > 1 {
            self.read_events_whole(&mut arms, ptr, success);
        }
        let mut types = arms.iter().map(|a| a.ty.clone().unwrap_or(TypeRef::Unit));
        let first = types.next();
        let single = match first {
            Some(first) if types.all(|t| t == first) => Some(first),
            _ => None,
        };
        (arms, single)
    }

    fn resolve_response(
        &mut self,
        response: &ReferenceOr<Response>,
        ptr: &str,
    ) -> Option<Response> {
        match resolve_ref(
            response,
            ("responses", "response"),
            |c| &c.responses,
            self.doc,
        ) {
            Ok(response) => Some(response),
            Err(problem) => {
                self.diags
                    .warn(ptr, format!("{problem}; treated as no content"));
                Some(Response::default())
            }
        }
    }

    /// The type of the shared response `name`'s body: a type of its own, named after the
    /// response (`Unauthorized` → `UnauthorizedResponse`), even when another response has the
    /// same schema, so each operation's docs name the response it documents.
    pub(in crate::lower) fn shared_response_schema(
        &mut self,
        name: &str,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        ptr: &str,
    ) -> Lowered {
        if let Some(lowered) = self.shared_responses.get(name) {
            return lowered.clone();
        }
        let lowered = self.own_schema(schema, hint, ptr);
        self.shared_responses
            .insert(name.to_string(), lowered.clone());
        lowered
    }
}

/// The `components/responses` entry a response refers to, if it is a `$ref` to one.
fn shared_response_name(response: &ReferenceOr<Response>) -> Option<String> {
    match response {
        ReferenceOr::Reference { reference } => component_name(reference, "responses"),
        ReferenceOr::Item(_) => None,
    }
}

fn span(from: u16, to: u16) -> StatusSpan {
    StatusSpan { from, to }
}

/// The status range `n`XX without the codes that have arms of their own, so no match arms
/// overlap (clippy's `match_overlapping_arm`): `4XX` with `404` → `400..=403 | 405..=499`.
fn range_spans(n: u16, codes: &[u16]) -> Vec<StatusSpan> {
    let (mut spans, mut from, last) = (Vec::new(), n * 100, n * 100 + 99);
    for code in (from..=last).filter(|code| codes.contains(code)) {
        if code > from {
            spans.push(span(from, code - 1));
        }
        from = code + 1;
    }
    if from <= last {
        spans.push(span(from, last));
    }
    if spans.is_empty() {
        vec![span(n * 100, last)]
    } else {
        spans
    }
}

fn is_success(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => *code < 400,
        StatusCode::Range(n) => *n < 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_responses_are_found_by_their_ref() {
        let reference = ReferenceOr::Reference {
            reference: "#/components/responses/Unauthorized".to_string(),
        };
        assert_eq!(
            shared_response_name(&reference).as_deref(),
            Some("Unauthorized")
        );
        assert_eq!(
            shared_response_name(&ReferenceOr::Item(Response::default())),
            None
        );
    }

    #[test]
    fn range_spans_leave_out_listed_codes() {
        assert_eq!(range_spans(4, &[]), [span(400, 499)]);
        assert_eq!(
            range_spans(4, &[200, 400, 404, 405]),
            [span(401, 403), span(406, 499)]
        );
        assert_eq!(range_spans(5, &[599]), [span(500, 598)]);
    }
}
