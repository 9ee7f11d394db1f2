//! What the docs and the generated examples show, computed once the IR is complete: a value
//! per parameter and body (`example_value`), which operations the README shows, and
//! the model it builds with `new` and `with_*` setters.

use serde_json::Value;

use super::example_value::{Examples, UNCONSTRAINED};
use crate::ir::{Api, ApiExamples, ExampleValue, OpRef, TypeKind, TypeRef};

/// Fills `examples`, and the `example` of every parameter and body.
pub fn annotate(api: &mut Api) {
    let cx = Examples::new(&api.types);
    for module in &mut api.modules {
        for op in &mut module.operations {
            for param in &mut op.params {
                let example = parse_json(param.spec_example.as_deref())
                    .or_else(|| parse_json(param.default.as_deref()))
                    .or_else(|| param.allowed.first().map(|v| Value::String(v.clone())));
                param.example = cx.argument(
                    &param.ty,
                    example.as_ref(),
                    &param.wire_name,
                    !param.arg_into,
                    param.constraints.as_deref().unwrap_or(&UNCONSTRAINED),
                );
            }
            if let Some(body) = &mut op.body {
                body.example = cx.argument(&body.ty, None, "body", !body.arg_into, &UNCONSTRAINED);
            }
        }
    }
    let model = model_example(api);
    api.examples = ApiExamples {
        model,
        ..choose_examples(api)
    };
}

/// The README's model: the first request body that is a struct with writable optional fields,
/// else the first such model, built with a few of its setters.
fn model_example(api: &Api) -> Option<ExampleValue> {
    let cx = Examples {
        show_setters: true,
        ..Examples::new(&api.types)
    };
    let has_setters = |id: usize| match api.types.get(id).map(|t| &t.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields
            .iter()
            .any(|f| f.setter.is_some() && !f.read_only && !f.deprecated),
        _ => false,
    };
    let operations = api.modules.iter().flat_map(|m| &m.operations);
    let bodies = operations
        .filter(|op| !op.deprecated)
        .filter_map(|op| op.body.as_ref()?.ty.named_id());
    bodies
        .chain(0..api.types.len())
        .filter(|id| has_setters(*id))
        .find_map(|id| {
            cx.cut.set(false);
            let ty = TypeRef::named(id, api.types[id].name.clone());
            let value = cx.argument(&ty, None, "body", true, &UNCONSTRAINED);
            (!cx.cut.get()).then_some(value)
        })
}

/// The README's operations and the examples' credentials.
fn choose_examples(api: &Api) -> ApiExamples {
    let ops = || {
        api.modules.iter().enumerate().flat_map(|(m, module)| {
            module.operations.iter().enumerate().map(move |(o, op)| {
                (
                    OpRef {
                        module: m,
                        operation: o,
                    },
                    op,
                )
            })
        })
    };
    let auth = ops()
        .find_map(|(_, op)| op.security.iter().find(|alt| !alt.is_empty()).cloned())
        .unwrap_or_default();
    let simple = |op: &crate::ir::Operation| {
        op.events.is_none()
            && !op.deprecated
            && !op.params.iter().any(|p| p.positional)
            && op.body.as_ref().is_none_or(|b| !b.required)
    };
    let call = ops()
        .find(|(_, op)| simple(op) && op.http_method == "GET" && !op.errors.is_empty())
        .or_else(|| ops().find(|(_, op)| simple(op) && !op.errors.is_empty()))
        .or_else(|| ops().find(|(_, op)| op.events.is_none() && !op.deprecated))
        .or_else(|| ops().find(|(_, op)| op.events.is_none()))
        .map(|(r, _)| r);
    let streamed = ops()
        .find(|(_, op)| op.events.is_some() && !op.deprecated)
        .map(|(r, _)| r);
    let paged = ops()
        .find(|(_, op)| op.pagination.is_some() && !op.deprecated)
        .map(|(r, _)| r);
    let mut auth_alternatives: Vec<Vec<usize>> = Vec::new();
    for alt in ops().flat_map(|(_, op)| &op.security) {
        if !alt.is_empty() && !auth_alternatives.contains(alt) {
            auth_alternatives.push(alt.clone());
        }
    }
    ApiExamples {
        auth,
        auth_alternatives,
        call,
        paged,
        model: None,
        streamed,
    }
}

/// A JSON text of the spec, parsed.
pub(super) fn parse_json(text: Option<&str>) -> Option<Value> {
    text.and_then(|t| serde_json::from_str(t).ok())
}
