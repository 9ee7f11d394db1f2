//! What a model struct offers besides its public fields, so that a change that is additive on
//! the wire is additive in Rust. Models are `#[non_exhaustive]`: code outside the crate cannot
//! write a struct literal, which would stop compiling when the spec adds a property. It builds
//! a model with `new`, which takes the required fields in spec order, and `with_*` setters for
//! the optional fields and the `additionalProperties` map; a new optional property is one more
//! setter, which breaks nobody.

use super::naming::{self, Namespace};
use crate::ir::{Field, FieldMode};

/// Clippy's `too_many_arguments` threshold: a `new` with more required fields gets its
/// allowance. Positional arguments keep a missing required field a compile error, which a
/// builder checked at run time (as aws-sdk-rust's `build()`) would not.
const MAX_ARGS: usize = 7;

/// The argument type `new` or a setter takes for a value of type `ty`, and whether `.into()`
/// converts it: text as `impl Into<String>`, a boxed value as `impl Into<Box<T>>` (so a `T`
/// will do); any other type as it is, so that literals keep their inferred type (`5` for a
/// `u64` field).
pub fn argument(ty: &str) -> (String, bool) {
    if ty == "String" || ty.starts_with("Box<") {
        (format!("impl Into<{ty}>"), true)
    } else {
        (ty.to_string(), false)
    }
}

/// Names the setters of a struct's optional fields and of its `additionalProperties` map, in
/// field order (unique: `type_` and `type` would both want `with_type`).
pub fn name_setters(fields: &mut [Field], extra: Option<&mut Field>) {
    let mut names = Namespace::default();
    let optional = fields.iter_mut().filter(|f| f.mode != FieldMode::Required);
    for field in optional.chain(extra) {
        field.setter = Some(names.claim(naming::setter_name(&field.name)));
    }
}

/// The clippy lints the `new` of the model `type_name` trips: `too_many_arguments` past
/// [`MAX_ARGS`] required fields, `self_named_constructors` for a model called `New`.
pub fn constructor_allows(type_name: &str, fields: &[Field]) -> Vec<&'static str> {
    let mut allows = Vec::new();
    if fields.iter().filter(|f| f.setter.is_none()).count() > MAX_ARGS {
        allows.push("too_many_arguments");
    }
    if type_name.eq_ignore_ascii_case("new") {
        allows.push("self_named_constructors");
    }
    allows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, mode: FieldMode) -> Field {
        Field::plain(name, "String", mode)
    }

    #[test]
    fn setters_are_unique_and_required_fields_have_none() {
        let mut fields = vec![
            field("id", FieldMode::Required),
            field("type_", FieldMode::Optional),
            field("new", FieldMode::Optional),
            field("with_type", FieldMode::OptionalNullable),
            field("type2", FieldMode::Optional),
        ];
        let mut extra = field("additional_properties", FieldMode::Required);
        name_setters(&mut fields, Some(&mut extra));
        let setters: Vec<Option<&str>> = fields.iter().map(|f| f.setter.as_deref()).collect();
        assert_eq!(
            setters,
            [
                None,
                Some("with_type"),
                Some("with_new"),
                Some("with_with_type"),
                Some("with_type2"),
            ]
        );
        assert_eq!(extra.setter.as_deref(), Some("with_additional_properties"));
        assert!(constructor_allows("Setters", &fields).is_empty());
    }

    #[test]
    fn a_keyword_escape_and_its_twin_get_distinct_setters() {
        // `type_` (the keyword `type`) and a property really called `type_`, named `type_2`.
        let mut fields = vec![
            field("type_", FieldMode::Optional),
            field("type", FieldMode::Optional),
        ];
        name_setters(&mut fields, None);
        assert_eq!(fields[0].setter.as_deref(), Some("with_type"));
        assert_eq!(fields[1].setter.as_deref(), Some("with_type2"));
    }

    #[test]
    fn many_required_fields_and_a_model_called_new_need_allowances() {
        let mut fields: Vec<Field> = (0..8)
            .map(|i| field(&format!("f{i}"), FieldMode::Required))
            .collect();
        name_setters(&mut fields, None);
        assert_eq!(constructor_allows("Big", &fields), ["too_many_arguments"]);
        fields.pop();
        assert!(constructor_allows("Big", &fields).is_empty());
        assert_eq!(
            constructor_allows("New", &fields),
            ["self_named_constructors"]
        );
    }

    #[test]
    fn text_and_boxes_convert_other_types_do_not() {
        assert_eq!(argument("String"), ("impl Into<String>".into(), true));
        assert_eq!(
            argument("Box<types::Node>"),
            ("impl Into<Box<types::Node>>".into(), true)
        );
        assert_eq!(argument("u64"), ("u64".into(), false));
        assert_eq!(argument("Option<String>"), ("Option<String>".into(), false));
    }
}
