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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ATTRIBUTE: AwsShape = AwsShape::Structure {
        members: &[
            AwsMember {
                name: "Name",
                wire: "Name",
                shape: &AwsShape::Scalar,
            },
            AwsMember {
                name: "Replace",
                wire: "Replace",
                shape: &AwsShape::Scalar,
            },
        ],
    };

    // SimpleDB's BatchPutAttributes: `Items` is a flattened list of `Item`s.
    const ITEMS: AwsShape = AwsShape::List {
        flattened: true,
        member: Some("Item"),
        item: &AwsShape::Structure {
            members: &[
                AwsMember {
                    name: "Name",
                    wire: "ItemName",
                    shape: &AwsShape::Scalar,
                },
                AwsMember {
                    name: "Attributes",
                    wire: "Attributes",
                    shape: &AwsShape::List {
                        flattened: true,
                        member: Some("Attribute"),
                        item: &ATTRIBUTE,
                    },
                },
            ],
        },
    };

    #[test]
    fn flattened_lists_number_their_items_under_the_items_name() {
        let items = json!([
            {"Name": "i 1", "Attributes": [{"Name": "a", "Replace": true}, {"Name": "b"}]},
            {"Name": "i2", "Attributes": []}
        ]);
        assert_eq!(
            encode("Items", &items, &ITEMS).join("&"),
            "Item.1.ItemName=i%201&Item.1.Attribute.1.Name=a&Item.1.Attribute.1.Replace=true\
             &Item.1.Attribute.2.Name=b&Item.2.ItemName=i2&Item.2.Attributes="
        );
    }

    #[test]
    fn wrapped_lists_use_member_and_maps_use_entries() {
        let tags = AwsShape::List {
            flattened: false,
            member: None,
            item: &ATTRIBUTE,
        };
        assert_eq!(
            encode("Tags", &json!([{"Name": "k"}]), &tags),
            ["Tags.member.1.Name=k"]
        );
        let named = AwsShape::List {
            flattened: false,
            member: Some("Id"),
            item: &AwsShape::Scalar,
        };
        assert_eq!(
            encode("Ids", &json!(["a", "b"]), &named).join("&"),
            "Ids.Id.1=a&Ids.Id.2=b"
        );
        let map = AwsShape::Map {
            value: &AwsShape::Scalar,
        };
        assert_eq!(
            encode("Attributes", &json!({"Policy": "{}"}), &map).join("&"),
            "Attributes.entry.1.key=Policy&Attributes.entry.1.value=%7B%7D"
        );
    }

    #[test]
    fn structures_prefix_their_members_and_nulls_send_nothing() {
        let expected = json!({"Name": "n", "Replace": null});
        assert_eq!(
            encode("Expected", &expected, &ATTRIBUTE),
            ["Expected.Name=n"]
        );
        assert!(encode("Expected", &Value::Null, &ATTRIBUTE).is_empty());
    }
}
