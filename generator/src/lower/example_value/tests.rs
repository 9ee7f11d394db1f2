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

/// A model whose `new` takes `arg` (a required field of type `ty`, with `constraints`).
fn holder(name: &str, arg: &str, ty: TypeRef, constraints: Option<Constraints>) -> TypeDef {
    let mut field = field(arg, ty, FieldMode::Required);
    field.constraints = constraints.map(Box::new);
    def(name, structure(vec![field]))
}

fn model(name: &str, args: Vec<ExampleValue>) -> ExampleValue {
    V::Model {
        model: name.into(),
        args,
        setters: Vec::new(),
    }
}

#[test]
fn required_fields_are_built_at_every_depth_lists_of_min_items_too() {
    // A -> B -> C -> D -> E, E holding a list of at least one F, which requires `code`.
    let named = |id: usize, name: &str| TypeRef::named(id, name);
    let at_least_one = Constraints {
        min_items: Some(1),
        ..Constraints::default()
    };
    let types = [
        holder("A", "b", named(1, "B"), None),
        holder("B", "c", named(2, "C"), None),
        holder("C", "d", named(3, "D"), None),
        holder("D", "e", named(4, "E"), None),
        holder(
            "E",
            "fs",
            TypeRef::List(Box::new(named(5, "F"))),
            Some(at_least_one),
        ),
        holder("F", "code", TypeRef::STRING, None),
        holder("G", "fs", TypeRef::List(Box::new(named(5, "F"))), None),
    ];
    let cx = Examples::new(&types);
    let f = model("F", vec![text("example-code", false)]);
    let e = model("E", vec![V::List(vec![f])]);
    let expected = ["D", "C", "B", "A"]
        .into_iter()
        .fold(e, |inner, name| model(name, vec![inner]));
    assert_eq!(value(&cx, &named(0, "A"), None, "body"), expected);
    // A list that may be empty is left empty past the depth limit.
    let deep = cx.valued(
        &named(6, "G"),
        None,
        "body",
        MAX_DEPTH,
        OWNED,
        &UNCONSTRAINED,
    );
    assert_eq!(deep, model("G", vec![V::List(Vec::new())]));
    assert!(!cx.cut.get());
}

#[test]
fn a_model_in_a_list_or_option_of_itself_ends_there_uncut() {
    // A category with required subcategories, and one with a required nullable parent.
    let category = TypeRef::named(0, "Category");
    let node = TypeRef::named(1, "Node");
    let types = [
        holder(
            "Category",
            "children",
            TypeRef::List(Box::new(category.clone())),
            None,
        ),
        holder(
            "Node",
            "parent",
            TypeRef::Boxed(Box::new(node.clone())).optional(),
            None,
        ),
    ];
    let cx = Examples::new(&types);
    assert_eq!(
        value(&cx, &category, None, "body"),
        model("Category", vec![V::List(Vec::new())])
    );
    assert_eq!(
        value(&cx, &node, None, "body"),
        model("Node", vec![V::Default])
    );
    assert!(!cx.cut.get());
    // With `minItems` the list cannot be empty: the value is cut and marked.
    let types = [holder(
        "Category",
        "children",
        TypeRef::List(Box::new(category.clone())),
        Some(Constraints {
            min_items: Some(1),
            ..Constraints::default()
        }),
    )];
    let cx = Examples::new(&types);
    assert_eq!(
        value(&cx, &category, None, "body"),
        model("Category", vec![V::List(vec![V::Default])])
    );
    assert!(cx.cut.get());
}

#[test]
fn required_properties_new_does_not_take_are_set_at_every_depth() {
    // A write-only password, required of requests, is an `Option` with a setter (answers
    // leave it out); a read-only id, required of answers, is not sent.
    let secret = |name: &str, write_only: bool| Field {
        required: true,
        write_only,
        read_only: !write_only,
        ..field(name, TypeRef::STRING.optional(), FieldMode::Optional)
    };
    let account = TypeRef::named(0, "Account");
    let types = [
        def(
            "Account",
            structure(vec![secret("id", false), secret("password", true)]),
        ),
        holder("Signup", "account", account.clone(), None),
    ];
    let cx = Examples::new(&types);
    let with_password = V::Model {
        model: "Account".into(),
        args: Vec::new(),
        setters: vec![SetterCall {
            setter: "with_password".into(),
            value: text("correct-horse-battery-staple", true),
        }],
    };
    assert_eq!(value(&cx, &account, None, "body"), with_password);
    assert_eq!(
        value(&cx, &TypeRef::named(1, "Signup"), None, "body"),
        model("Signup", vec![with_password])
    );
}
