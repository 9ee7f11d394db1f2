//! AWS's query protocol for structured query parameters, as botocore's query serializer
//! writes them: structure members as `Prefix.Member`, list items as `Prefix.member.N` (or
//! `Prefix.<name>.N`; a flattened list as `Name.N`, its items' name replacing the list's), map
//! entries as `Prefix.entry.N.key` and `Prefix.entry.N.value`, numbered from 1. An empty list
//! is the pair `Prefix=`; a `null` sends nothing.

use serde_json::Value;

use super::query::{encode_component, encode_name, primitive_text};

/// How a value is spelled out (the generator writes one per parameter from the spec).
#[doc(hidden)]
#[derive(Debug, PartialEq, Eq)]
pub enum AwsShape {
    /// A string, number or boolean: one pair.
    Scalar,
    /// A list.
    List {
        /// Items numbered under the list's name (with `member`, the list's name is replaced).
        flattened: bool,
        /// The items' name: `member` when `None` and not flattened.
        member: Option<&'static str>,
        /// The items.
        item: &'static AwsShape,
    },
    /// A map: `entry.N.key` and `entry.N.value`.
    Map {
        /// The values.
        value: &'static AwsShape,
    },
    /// An object with known members.
    Structure {
        /// The members, in the order they are sent.
        members: &'static [AwsMember],
    },
}

/// A member of an [`AwsShape::Structure`].
#[doc(hidden)]
#[derive(Debug, PartialEq, Eq)]
pub struct AwsMember {
    /// Its name in the JSON value.
    pub name: &'static str,
    /// Its name on the wire.
    pub wire: &'static str,
    /// Its value.
    pub shape: &'static AwsShape,
}

/// The `name=value` pairs of the parameter `name`, already percent-encoded, in order.
pub fn encode(name: &str, value: &Value, shape: &AwsShape) -> Vec<String> {
    let mut out = Vec::new();
    write(&mut out, name, value, shape);
    out
}

fn write(out: &mut Vec<String>, prefix: &str, value: &Value, shape: &AwsShape) {
    match (shape, value) {
        (_, Value::Null) => {}
        (AwsShape::Structure { members }, Value::Object(map)) => {
            for member in members.iter() {
                if let Some(value) = map.get(member.name) {
                    write(
                        out,
                        &format!("{prefix}.{}", member.wire),
                        value,
                        member.shape,
                    );
                }
            }
        }
        (_, Value::Array(items)) if items.is_empty() => out.push(pair(prefix, "")),
        (
            AwsShape::List {
                flattened,
                member,
                item,
            },
            Value::Array(items),
        ) => {
            let list = match (flattened, member) {
                (true, Some(member)) => match prefix.rsplit_once('.') {
                    Some((parent, _)) => format!("{parent}.{member}"),
                    None => (*member).to_string(),
                },
                (true, None) => prefix.to_string(),
                (false, member) => format!("{prefix}.{}", member.unwrap_or("member")),
            };
            for (index, value) in items.iter().enumerate() {
                write(out, &format!("{list}.{}", index + 1), value, item);
            }
        }
        (AwsShape::Map { value: shape }, Value::Object(map)) => {
            for (index, (key, value)) in map.iter().enumerate() {
                let entry = format!("{prefix}.entry.{}", index + 1);
                out.push(pair(&format!("{entry}.key"), key));
                write(out, &format!("{entry}.value"), value, shape);
            }
        }
        (_, other) => out.push(pair(prefix, &primitive_text(other))),
    }
}

fn pair(name: &str, value: &str) -> String {
    format!("{}={}", encode_name(name), encode_component(value))
}
