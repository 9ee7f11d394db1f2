//! The values chosen for primitives, lists and models.

use super::*;
use crate::ir::EnumVariant;
use ExampleValue as V;

const OWNED: Want = Want {
    owned: true,
    in_model: false,
};

fn value(cx: &Examples<'_>, ty: &TypeRef, example: Option<&str>, name: &str) -> ExampleValue {
    let example = example.and_then(|text| serde_json::from_str::<Value>(text).ok());
    cx.valued(ty, example.as_ref(), name, 0, OWNED, &UNCONSTRAINED)
}

#[test]
fn primitives_take_the_spec_example_or_a_plausible_value() {
    let cx = Examples::new(&[]);
    let string = TypeRef::STRING;
    assert_eq!(
        cx.argument(
            &string,
            Some(&Value::String("Acme".into())),
            "name",
            false,
            &UNCONSTRAINED
        ),
        text("Acme", false)
    );
    assert_eq!(
        value(&cx, &string, None, "contactEmail"),
        text("jane.doe@example.com", true)
    );
    let int32 = TypeRef::Prim(Prim::Int32);
    assert_eq!(value(&cx, &int32, None, "pageSize"), V::Int(25));
    assert_eq!(
        value(&cx, &int32, Some("99999999999"), "pageNumber"),
        V::Int(1)
    );
    assert_eq!(
        value(&cx, &TypeRef::Prim(Prim::Double), Some("3"), "value"),
        V::Float(3.0)
    );
    assert_eq!(
        value(
            &cx,
            &TypeRef::Prim(Prim::Uuid),
            Some("\"not-a-uuid\""),
            "id"
        ),
        V::Uuid("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42".into())
    );
    let tags = TypeRef::List(Box::new(TypeRef::STRING)).optional();
    assert_eq!(
        value(&cx, &tags, Some("[\"a\"]"), "tags"),
        V::Some(Box::new(V::List(vec![text("a", true)])))
    );
    assert_eq!(
        value(&cx, &TypeRef::ANY, Some("{\"a\":1}"), "extra"),
        V::Json("{\"a\":1}".into())
    );
}

#[test]
fn named_types_use_their_variants_and_fields() {
    let variant = |name: &str, wire: &str| EnumVariant {
        name: name.into(),
        wire: wire.into(),
    };
    let color = TypeRef::named(0, "Color");
    let types = [
        def(
            "Color",
            TypeKind::Enum {
                variants: vec![variant("Red", "red"), variant("Blue", "blue")],
            },
        ),
        def(
            "Paint",
            TypeKind::Struct {
                any_value: false,
                fields: vec![
                    field("color", color.clone(), FieldMode::Required),
                    field("note", TypeRef::STRING.optional(), FieldMode::Optional),
                ],
                extra: None,
                default: false,
                constructor_allows: Vec::new(),
            },
        ),
    ];
    let cx = Examples::new(&types);
    let red_or_blue = |variant: &str| V::Variant {
        model: "Color".into(),
        variant: variant.into(),
    };
    assert_eq!(
        value(&cx, &color, Some("\"blue\""), "c"),
        red_or_blue("Blue")
    );
    assert_eq!(
        value(&cx, &TypeRef::List(Box::new(color)), None, "c"),
        V::List(vec![red_or_blue("Red")])
    );
    assert_eq!(
        value(&cx, &TypeRef::named(1, "Paint"), None, "body"),
        V::Model {
            model: "Paint".into(),
            args: vec![red_or_blue("Red")],
            setters: Vec::new(),
        }
    );
}

fn text(text: &str, owned: bool) -> ExampleValue {
    V::Str {
        text: text.into(),
        owned,
    }
}

fn def(name: &str, kind: TypeKind) -> TypeDef {
    TypeDef {
        name: name.into(),
        origin: String::new(),
        doc: None,
        deprecated: false,
        doc_page: format!("{name}.md"),
        features: Vec::new(),
        kind,
    }
}
fn field(name: &str, ty: TypeRef, mode: FieldMode) -> Field {
    let optional = mode != FieldMode::Required;
    Field {
        setter: optional.then(|| format!("with_{name}")),
        arg_into: ty == TypeRef::STRING,
        arg_ty: ty.without_options(usize::from(optional)).clone(),
        ..Field::plain(name, ty, mode)
    }
}

fn structure(fields: Vec<Field>) -> TypeKind {
    TypeKind::Struct {
        any_value: false,
        fields,
        extra: None,
        default: false,
        constructor_allows: Vec::new(),
    }
}

#[test]
fn a_model_inside_its_own_value_is_cut_and_marked() {
    let node = TypeRef::named(0, "Node");
    let next = TypeRef::Boxed(Box::new(node.clone()));
    let types = [def(
        "Node",
        structure(vec![field("next", next, FieldMode::Required)]),
    )];
    let cx = Examples::new(&types);
    assert_eq!(
        value(&cx, &node, None, "body"),
        V::Model {
            model: "Node".into(),
            args: vec![V::Boxed(Box::new(V::Default))],
            setters: Vec::new(),
        }
    );
    assert!(cx.cut.get());
}

#[test]
fn the_readme_model_shows_a_few_setters_of_the_outer_model_only() {
    let inner = TypeRef::named(0, "Inner");
    let types = [
        def(
            "Inner",
            structure(vec![field(
                "a",
                TypeRef::STRING.optional(),
                FieldMode::Optional,
            )]),
        ),
        def(
            "Outer",
            structure(vec![
                field("inner", inner.optional(), FieldMode::Optional),
                field(
                    "count",
                    TypeRef::Prim(Prim::Int32).optional(),
                    FieldMode::Optional,
                ),
            ]),
        ),
    ];
    let cx = Examples {
        show_setters: true,
        ..Examples::new(&types)
    };
    let outer = TypeRef::named(1, "Outer");
    let inner_value = V::Model {
        model: "Inner".into(),
        args: Vec::new(),
        setters: Vec::new(),
    };
    assert_eq!(
        value(&cx, &outer, None, "body"),
        V::Model {
            model: "Outer".into(),
            args: Vec::new(),
            setters: vec![
                SetterCall {
                    setter: "with_inner".into(),
                    value: inner_value,
                },
                SetterCall {
                    setter: "with_count".into(),
                    value: V::Int(25),
                },
            ],
        }
    );
    assert!(!cx.cut.get());
}
