//! AWS's query protocol: how a list, map or structure query parameter is spelled out.
//!
//! The specs aws2openapi converts from AWS's service models mark every operation with
//! `x-aws-operation-name`; those of the query protocol tell operations on `/` apart with an
//! `Action=` suffix (`/#Action=BatchPutAttributes`). Their structured query parameters are
//! not `style: form` values but botocore's query serialization (`Item.1.ItemName=x`,
//! `Tags.member.1.Key=k`), which the spec records in `xml` objects: `wrapped: false` on a
//! flattened list, and the wire name of a list's items or of a property in an inline `xml.name`
//! beside its `$ref` (`allOf: [{$ref: String}, {xml: {name: ItemName}}]`). A `$ref`'s own
//! `xml.name` names the shape, not the member, and is not read.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::Cx;
use crate::ir::{AwsMember, AwsShape};
use crate::load::XML;

/// Deeper values (only a recursive schema has them) are sent as one JSON text pair.
const MAX_DEPTH: usize = 12;

/// Whether the operation at `path` with these extensions is of AWS's query protocol.
pub fn is_aws_query(path: &str, extensions: &indexmap::IndexMap<String, Value>) -> bool {
    let suffix = path.find(['#', '?']).map_or("", |at| &path[at + 1..]);
    extensions.contains_key("x-aws-operation-name")
        && suffix
            .split(['&', '#'])
            .any(|pair| pair.starts_with("Action="))
}

impl Cx<'_> {
    /// The AWS shape of a query parameter's schema; `None` for a scalar (sent as `form`).
    pub(super) fn aws_shape(&self, schema: &ReferenceOr<Schema>) -> Option<AwsShape> {
        match self.aws_shape_at(schema, 0) {
            AwsShape::Scalar => None,
            shape => Some(shape),
        }
    }

    fn aws_shape_at(&self, schema: &ReferenceOr<Schema>, depth: usize) -> AwsShape {
        let Some(main) = self.main_part(schema, 0) else {
            return AwsShape::Scalar;
        };
        if depth > MAX_DEPTH {
            return AwsShape::Scalar;
        }
        match &main.schema_kind {
            SchemaKind::Type(Type::Array(array)) => {
                let Some(items) = &array.items else {
                    return AwsShape::Scalar;
                };
                let items = items.clone().unbox();
                AwsShape::List {
                    flattened: xml(schema, main, "wrapped") == Some(&Value::Bool(false)),
                    member: member_name(&items),
                    item: Box::new(self.aws_shape_at(&items, depth + 1)),
                }
            }
            SchemaKind::Type(Type::Object(object)) if !object.properties.is_empty() => {
                let members = object
                    .properties
                    .iter()
                    .map(|(name, property)| {
                        let property = property.clone().unbox();
                        AwsMember {
                            name: name.clone(),
                            wire: member_name(&property).unwrap_or_else(|| name.clone()),
                            shape: self.aws_shape_at(&property, depth + 1),
                        }
                    })
                    .collect();
                AwsShape::Structure { members }
            }
            SchemaKind::Type(Type::Object(object)) => match &object.additional_properties {
                Some(openapiv3::AdditionalProperties::Schema(value)) => AwsShape::Map {
                    value: Box::new(self.aws_shape_at(value, depth + 1)),
                },
                _ => AwsShape::Scalar,
            },
            _ => AwsShape::Scalar,
        }
    }

    /// The schema that says what the value is: `schema` behind its `$ref`s, or the `allOf`
    /// part (aws2openapi's `$ref`) that has a type.
    fn main_part<'s>(
        &'s self,
        schema: &'s ReferenceOr<Schema>,
        depth: usize,
    ) -> Option<&'s Schema> {
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => self.resolve_schema(reference)?.0,
        };
        match &schema.schema_kind {
            SchemaKind::AllOf { all_of } if depth < MAX_DEPTH => all_of
                .iter()
                .filter_map(|part| self.main_part(part, depth + 1))
                .find(|part| !matches!(part.schema_kind, SchemaKind::Any(_))),
            _ => Some(schema),
        }
    }
}

/// The inline `xml.name` of a member (on the schema itself or an inline `allOf` part).
fn member_name(schema: &ReferenceOr<Schema>) -> Option<String> {
    inline_xml(schema)
        .find_map(|xml| xml.get("name").and_then(Value::as_str))
        .map(str::to_string)
}

/// An `xml` field of the schema as written inline, or of the schema its type comes from.
fn xml<'s>(schema: &'s ReferenceOr<Schema>, main: &'s Schema, field: &str) -> Option<&'s Value> {
    inline_xml(schema)
        .chain(main.schema_data.extensions.get(XML))
        .find_map(|xml| xml.get(field))
}

/// The `xml` objects written inline: on the schema, and on its inline `allOf` parts.
fn inline_xml(schema: &ReferenceOr<Schema>) -> impl Iterator<Item = &Value> {
    let schema = schema.as_item();
    let own = schema.and_then(|s| s.schema_data.extensions.get(XML));
    let parts = schema.into_iter().flat_map(|s| match &s.schema_kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        _ => &[],
    });
    own.into_iter().chain(
        parts
            .filter_map(ReferenceOr::as_item)
            .filter_map(|part| part.schema_data.extensions.get(XML)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use indexmap::IndexMap;
    use serde_json::json;

    #[test]
    fn only_operations_aws2openapi_marks_with_an_action_suffix_are_aws_query() {
        let marked: IndexMap<String, Value> =
            [("x-aws-operation-name".to_string(), json!("Publish"))].into();
        assert!(is_aws_query("/#Action=Publish", &marked));
        assert!(is_aws_query("/?Action=Publish&Version=1", &marked));
        assert!(!is_aws_query("/tags/{arn}#tagKeys", &marked));
        assert!(!is_aws_query("/#Action=Publish", &IndexMap::new()));
    }
}
