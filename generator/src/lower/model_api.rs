//! What a model struct offers besides its public fields, so that a change that is additive on
//! the wire is additive in Rust. Models are `#[non_exhaustive]`: code outside the crate cannot
//! write a struct literal, which would stop compiling when the spec adds a property. It builds
//! a model with `new`, which takes the required fields in spec order, and `with_*` setters for
//! the optional fields and the `additionalProperties` map; a new optional property is one more
//! setter, which breaks nobody.

use super::naming::{self, Namespace};
use crate::ir::{Field, FieldMode, TypeKind, TypeRef};

/// Clippy's `too_many_arguments` threshold: a `new` with more required fields gets its
/// allowance. Positional arguments keep a missing required field a compile error, which a
/// builder checked at run time (as aws-sdk-rust's `build()`) would not.
const MAX_ARGS: usize = 7;

/// Gives a struct's fields their setters and argument types and `new` its clippy allowances,
/// once cycles are boxed (a boxed field takes `impl Into<Box<T>>`).
pub fn finish(type_name: &str, kind: &mut TypeKind) {
    if let TypeKind::Struct {
        fields,
        extra,
        constructor_allows: allows,
        ..
    } = kind
    {
        name_setters(fields, extra.as_deref_mut());
        for field in fields.iter_mut().chain(extra.as_deref_mut()) {
            // `new` takes a required field as it is; a setter an optional one without its
            // `Option` (the map of other properties is not optional).
            let options = usize::from(field.setter.is_some() && field.mode != FieldMode::Required);
            field.arg_ty = field.ty.without_options(options).clone();
            field.arg_into = converts(&field.arg_ty);
        }
        *allows = constructor_allows(type_name, fields);
    }
}

/// Whether an argument of type `ty` is taken as `impl Into<ty>`: text (`impl Into<String>`)
/// and a boxed value (`impl Into<Box<T>>`, so a `T` will do); any other type is taken as it
/// is, so that literals keep their inferred type (`5` for a `u64` field).
pub fn converts(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Boxed(_)) || *ty == TypeRef::STRING
}

/// Names the setters of a struct's optional fields and of its `additionalProperties` map, in
/// field order (unique: `type_` and `type` would both want `with_type`).
pub fn name_setters(fields: &mut [Field], extra: Option<&mut Field>) {
    let mut names = Namespace::default();
    let optional = fields.iter_mut().filter(|f| f.mode != FieldMode::Required);
    for field in optional.chain(extra) {
        field.setter = Some(names.claim(naming::model_setter_name(&field.name)));
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
        Field::plain(name, TypeRef::STRING, mode)
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
        assert!(converts(&TypeRef::STRING));
        assert!(converts(&TypeRef::Boxed(Box::new(TypeRef::named(
            0, "Node"
        )))));
        assert!(!converts(&TypeRef::Prim(crate::ir::Prim::Uint64)));
        assert!(!converts(&TypeRef::STRING.optional()));
    }

    #[test]
    fn a_setter_takes_the_value_without_its_option() {
        let mut kind = TypeKind::Struct {
            fields: vec![
                Field::plain("id", TypeRef::STRING, FieldMode::Required),
                Field::plain("tag", TypeRef::STRING.optional(), FieldMode::Optional),
                Field::plain(
                    "note",
                    TypeRef::STRING.optional().optional(),
                    FieldMode::OptionalNullable,
                ),
            ],
            extra: None,
            default: false,
            constructor_allows: Vec::new(),
            any_value: false,
        };
        finish("Pet", &mut kind);
        let TypeKind::Struct { fields, .. } = kind else {
            unreachable!("still a struct")
        };
        let args: Vec<(&TypeRef, bool)> = fields.iter().map(|f| (&f.arg_ty, f.arg_into)).collect();
        let text = TypeRef::STRING;
        let maybe_text = TypeRef::STRING.optional();
        assert_eq!(args, [(&text, true), (&text, true), (&maybe_text, false)]);
    }
}
