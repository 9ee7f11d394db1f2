//! The docs of models and fields: the schema's description (or title), plus what the type
//! alone does not say: that a model is a webhook's payload, and a number's bounds.

use openapiv3::{Schema, SchemaData, SchemaKind, Type};

use crate::load::WEBHOOK_EXTENSION;

/// A model's doc.
pub fn type_doc(data: &SchemaData) -> Option<String> {
    let doc = data.description.clone().or_else(|| data.title.clone());
    let webhook = data
        .extensions
        .get(WEBHOOK_EXTENSION)
        .and_then(|w| w.as_str());
    match (webhook, doc) {
        (Some(w), Some(doc)) if !doc.is_empty() => {
            Some(format!("Payload of the `{w}` webhook.\n\n{doc}"))
        }
        (Some(w), _) => Some(format!("Payload of the `{w}` webhook.")),
        (None, doc) => doc,
    }
}

/// The doc of the field for property `wire_name`, from its schema when it is written inline.
pub fn field_doc(schema: Option<&Schema>, wire_name: &str) -> Option<String> {
    let schema = schema?;
    let data = &schema.schema_data;
    let doc = data.description.clone().or_else(|| data.title.clone());
    match (doc, bounds(&schema.schema_kind)) {
        (Some(doc), Some(bounds)) if !doc.is_empty() => Some(format!("{doc}\n\n{bounds}")),
        (_, Some(bounds)) => Some(format!("The `{wire_name}` property.\n\n{bounds}")),
        (doc, None) => doc,
    }
}

/// `Greater than 0 and at most 100.` for a number with bounds.
fn bounds(kind: &SchemaKind) -> Option<String> {
    let (min, exclusive_min, max, exclusive_max) = match kind {
        SchemaKind::Type(Type::Integer(i)) => (
            i.minimum.map(|v| v.to_string()),
            i.exclusive_minimum,
            i.maximum.map(|v| v.to_string()),
            i.exclusive_maximum,
        ),
        SchemaKind::Type(Type::Number(n)) => (
            n.minimum.map(number),
            n.exclusive_minimum,
            n.maximum.map(number),
            n.exclusive_maximum,
        ),
        _ => return None,
    };
    let low = min.map(|m| {
        if exclusive_min {
            format!("greater than {m}")
        } else {
            format!("at least {m}")
        }
    });
    let high = max.map(|m| {
        if exclusive_max {
            format!("less than {m}")
        } else {
            format!("at most {m}")
        }
    });
    let text = match (low, high) {
        (Some(low), Some(high)) => format!("{low} and {high}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => return None,
    };
    let mut chars = text.chars();
    let first = chars.next()?.to_uppercase();
    Some(format!("{first}{}.", chars.as_str()))
}

/// A bound as written: `0`, `0.5`, `1e300`.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(json: serde_json::Value) -> Schema {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn bounds_are_documented_after_the_description() {
        let s = schema(serde_json::json!({
            "type": "integer", "description": "How many.",
            "minimum": 0, "exclusiveMinimum": true, "maximum": 100
        }));
        assert_eq!(
            field_doc(Some(&s), "p").as_deref(),
            Some("How many.\n\nGreater than 0 and at most 100.")
        );
        let s =
            schema(serde_json::json!({"type": "number", "maximum": 0.5, "exclusiveMaximum": true}));
        assert_eq!(
            field_doc(Some(&s), "p").as_deref(),
            Some("The `p` property.\n\nLess than 0.5.")
        );
        let s = schema(serde_json::json!({"type": "number", "minimum": 2.0}));
        assert_eq!(
            field_doc(Some(&s), "p").as_deref(),
            Some("The `p` property.\n\nAt least 2.")
        );
        let s = schema(serde_json::json!({"type": "string", "title": "T"}));
        assert_eq!(field_doc(Some(&s), "p").as_deref(), Some("T"));
    }

    #[test]
    fn webhook_payloads_say_so() {
        let s = schema(
            serde_json::json!({"x-clientgen-webhook": "petAdopted", "description": "A pet."}),
        );
        assert_eq!(
            type_doc(&s.schema_data).as_deref(),
            Some("Payload of the `petAdopted` webhook.\n\nA pet.")
        );
        let s = schema(serde_json::json!({"x-clientgen-webhook": "petAdopted"}));
        assert_eq!(
            type_doc(&s.schema_data).as_deref(),
            Some("Payload of the `petAdopted` webhook.")
        );
    }
}
