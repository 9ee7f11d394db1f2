//! Example values spelled as Rust: the one place that knows how an
//! [`ir::ExampleValue`](crate::ir::ExampleValue) is written in the generated examples, the
//! README and the mock kit's docs (`types::Pet::new("Rex").with_tag("dog")`).

use serde_json::Value;

use super::filters::rust_string;
use crate::ir::ExampleValue;

/// The bytes every byte example holds.
const BYTES: &str = "b\"example bytes\"";

/// `value` as a Rust expression, in code outside the crate `lib` (examples and doctests).
pub fn rust_example(value: &ExampleValue, lib: &str) -> String {
    let mut out = String::new();
    write(value, lib, &mut out);
    out
}

fn write(value: &ExampleValue, lib: &str, out: &mut String) {
    let all = |values: &[ExampleValue], out: &mut String| {
        for (index, value) in values.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            write(value, lib, out);
        }
    };
    let wrap = |head: &str, inner: &ExampleValue, tail: &str, out: &mut String| {
        out.push_str(head);
        write(inner, lib, out);
        out.push_str(tail);
    };
    match value {
        ExampleValue::Default => out.push_str("Default::default()"),
        ExampleValue::Unit => out.push_str("()"),
        ExampleValue::Str { text, owned } => {
            out.push_str(&rust_string(text));
            if *owned {
                out.push_str(".to_string()");
            }
        }
        ExampleValue::Int(value) => out.push_str(&value.to_string()),
        ExampleValue::Float(value) => out.push_str(&format!("{value:?}")),
        ExampleValue::Bool(value) => out.push_str(&value.to_string()),
        ExampleValue::Uuid(text) => out.push_str(&format!("uuid::uuid!({})", rust_string(text))),
        ExampleValue::DateTime(text) => out.push_str(&format!(
            "{}.parse::<chrono::DateTime<chrono::Utc>>().unwrap_or_default()",
            rust_string(text)
        )),
        ExampleValue::Date(text) => out.push_str(&format!(
            "{}.parse::<chrono::NaiveDate>().unwrap_or_default()",
            rust_string(text)
        )),
        ExampleValue::Bytes => out.push_str(&format!("{BYTES}.to_vec()")),
        ExampleValue::Binary => out.push_str(&format!("bytes::Bytes::from_static({BYTES})")),
        ExampleValue::EmptyObject => out.push_str("serde_json::Map::new()"),
        ExampleValue::Json(text) => out.push_str(&json_expr(text)),
        ExampleValue::Null => out.push_str("serde_json::Value::Null"),
        ExampleValue::FilePart => out.push_str(&format!(
            "{lib}::runtime::FilePart::new({BYTES}.to_vec()).with_filename(\"example.txt\")"
        )),
        ExampleValue::Some(inner) => wrap("Some(", inner, ")", out),
        // `Box::new(T::default())` is clippy's `box_default`.
        ExampleValue::Boxed(inner) if **inner == ExampleValue::Default => {
            out.push_str("Box::default()");
        }
        ExampleValue::Boxed(inner) => wrap("Box::new(", inner, ")", out),
        ExampleValue::List(items) if items.is_empty() => out.push_str("Vec::new()"),
        ExampleValue::List(items) => {
            out.push_str("vec![");
            all(items, out);
            out.push(']');
        }
        ExampleValue::Map { key, value } => {
            let head = format!(
                "std::collections::BTreeMap::from([({}.to_string(), ",
                rust_string(key)
            );
            wrap(&head, value, ")])", out);
        }
        ExampleValue::Tuple(items) => {
            out.push('(');
            all(items, out);
            // A one-element tuple needs its comma: `(a,)`.
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExampleValue::Variant { model, variant } => {
            out.push_str(&format!("types::{model}::{variant}"));
        }
        ExampleValue::VariantOf {
            model,
            variant,
            value,
        } => wrap(&format!("types::{model}::{variant}("), value, ")", out),
        ExampleValue::Newtype { model, value } => {
            wrap(&format!("types::{model}("), value, ")", out)
        }
        ExampleValue::Model {
            model,
            args,
            setters,
        } => {
            out.push_str(&format!("types::{model}::new("));
            all(args, out);
            out.push(')');
            for call in setters {
                wrap(&format!(".{}(", call.setter), &call.value, ")", out);
            }
        }
    }
}

/// A `serde_json::Value` expression for JSON `text`. Small values use `json!`, whose input is
/// the JSON text; anything the macro cannot take (escapes Rust strings lack, such as `\b` and
/// `\f`, or a value so long or deep that the macro's recursion limit is hit) is parsed from a
/// string literal at run time instead.
fn json_expr(text: &str) -> String {
    fn depth(value: &Value) -> usize {
        match value {
            Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }
    let plain = !text.contains("\\u") && !text.contains("\\b") && !text.contains("\\f");
    let shallow = || serde_json::from_str::<Value>(text).is_ok_and(|value| depth(&value) <= 6);
    if plain && text.len() <= 200 && shallow() {
        format!("serde_json::json!({text})")
    } else {
        format!(
            "serde_json::from_str::<serde_json::Value>({}).unwrap_or_default()",
            rust_string(text)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::SetterCall;

    fn text(text: &str, owned: bool) -> ExampleValue {
        ExampleValue::Str {
            text: text.into(),
            owned,
        }
    }

    #[test]
    fn scalars() {
        assert_eq!(rust_example(&text("Acme", false), "demo"), "\"Acme\"");
        assert_eq!(
            rust_example(&text("a\"b", true), "demo"),
            "\"a\\\"b\".to_string()"
        );
        assert_eq!(rust_example(&ExampleValue::Float(3.0), "demo"), "3.0");
        assert_eq!(rust_example(&ExampleValue::Int(-25), "demo"), "-25");
        assert_eq!(
            rust_example(&ExampleValue::Uuid("5dd1".into()), "demo"),
            "uuid::uuid!(\"5dd1\")"
        );
        assert_eq!(
            rust_example(&ExampleValue::FilePart, "demo"),
            "demo::runtime::FilePart::new(b\"example bytes\".to_vec()).with_filename(\"example.txt\")"
        );
    }

    #[test]
    fn json_is_a_macro_unless_the_macro_cannot_take_it() {
        let json = |text: &str| rust_example(&ExampleValue::Json(text.into()), "demo");
        assert_eq!(json("{\"a\":1}"), "serde_json::json!({\"a\":1})");
        assert_eq!(
            json("\"\\f\""),
            "serde_json::from_str::<serde_json::Value>(\"\\\"\\\\f\\\"\").unwrap_or_default()"
        );
        let deep = "[[[[[[[1]]]]]]]";
        assert!(json(deep).starts_with("serde_json::from_str"));
    }

    #[test]
    fn containers_and_models() {
        let boxed = |value| ExampleValue::Boxed(Box::new(value));
        assert_eq!(
            rust_example(&boxed(ExampleValue::Default), "d"),
            "Box::default()"
        );
        assert_eq!(
            rust_example(&boxed(ExampleValue::Int(1)), "d"),
            "Box::new(1)"
        );
        assert_eq!(
            rust_example(&ExampleValue::List(Vec::new()), "d"),
            "Vec::new()"
        );
        let one = ExampleValue::Tuple(vec![ExampleValue::Bool(true)]);
        assert_eq!(rust_example(&one, "d"), "(true,)");
        let map = ExampleValue::Map {
            key: "k".into(),
            value: Box::new(ExampleValue::Some(Box::new(ExampleValue::Int(1)))),
        };
        assert_eq!(
            rust_example(&map, "d"),
            "std::collections::BTreeMap::from([(\"k\".to_string(), Some(1))])"
        );
        let pet = ExampleValue::Model {
            model: "Pet".into(),
            args: vec![
                text("Rex", false),
                ExampleValue::Variant {
                    model: "Kind".into(),
                    variant: "Dog".into(),
                },
            ],
            setters: vec![SetterCall {
                setter: "with_tags".into(),
                value: ExampleValue::List(vec![text("a", true)]),
            }],
        };
        assert_eq!(
            rust_example(&pet, "d"),
            "types::Pet::new(\"Rex\", types::Kind::Dog).with_tags(vec![\"a\".to_string()])"
        );
    }
}
