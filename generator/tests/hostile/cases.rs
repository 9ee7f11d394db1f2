//! The cases: the checked-in specs of `tests/hostile/specs/` and the ones built here, each
//! with the outcome it must have.

use std::path::{Path, PathBuf};

/// What a case must do.
pub enum Expect {
    /// Generates (with at least these warnings: message substring, exact pointer), and the
    /// crate compiles clippy-clean.
    Compiles(&'static [(&'static str, &'static str)]),
    /// Fails with this message substring at this pointer.
    Fatal(&'static str, &'static str),
}

/// The checked-in cases: file in `tests/hostile/specs/` → expected outcome.
pub const CASES: &[(&str, Expect)] = &[
    ("injection.yaml", Expect::Compiles(&[])),
    ("keywords.yaml", Expect::Compiles(&[])),
    ("crate_items.yaml", Expect::Compiles(&[])),
    (
        "odd_names.yaml",
        Expect::Compiles(&[(
            "no operationId; using `get_a_1id`",
            "#/paths/~1a~1{1id}~1{名前}~1{🦀}/get",
        )]),
    ),
    (
        "recursion.yaml",
        Expect::Compiles(&[
            ("`$ref` cycle", "#/components/schemas/Alias1"),
            ("`$ref` cycle", "#/components/schemas/Alias2"),
            ("`$ref` cycle", "#/components/schemas/SelfAlias"),
        ]),
    ),
    (
        "ref_cycle.yaml",
        Expect::Compiles(&[
            (
                "`$ref` cycle: `#/components/schemas/B` never reaches a schema",
                "#/components/schemas/A",
            ),
            (
                "`$ref` cycle: `#/components/schemas/A` never reaches a schema",
                "#/components/schemas/B",
            ),
            ("`$ref` cycle", "#/components/schemas/Self"),
        ]),
    ),
    (
        "schema_shapes.yaml",
        Expect::Compiles(&[
            (
                "union with no alternatives",
                "#/components/schemas/EmptyOneOf",
            ),
            (
                "union with no alternatives",
                "#/components/schemas/EmptyAnyOf",
            ),
            (
                "allOf part is not an object",
                "#/components/schemas/Conflicting/allOf/0",
            ),
            (
                "allOf part is not an object",
                "#/components/schemas/Conflicting/allOf/1",
            ),
            (
                "union with no alternatives",
                "#/paths/~1shapes/post/responses/200/content/application~1json/schema",
            ),
        ]),
    ),
    (
        "refs.yaml",
        Expect::Compiles(&[
            (
                "points to no schema",
                "#/components/schemas/Holder/properties/missing",
            ),
            (
                "is not a component schema",
                "#/components/schemas/Holder/properties/toParameter",
            ),
            (
                "is not a component schema",
                "#/components/schemas/Holder/properties/toResponse",
            ),
            (
                "`$ref: other.yaml#/components/schemas/Thing` cannot be read: there is no such file",
                "#/components/schemas/Holder/properties/external",
            ),
            (
                "`$ref: https://example.com/schemas/thing.json` is not fetched",
                "#/components/schemas/Holder/properties/url",
            ),
            (
                "points to the whole document",
                "#/components/schemas/Holder/properties/empty",
            ),
            (
                "points to the whole document",
                "#/components/schemas/Holder/properties/root",
            ),
            ("points to no parameter", "#/paths/~1refs/get/parameters/0"),
            ("points to no response", "#/paths/~1refs/get/responses/200"),
            (
                "points to no request body",
                "#/paths/~1refs/post/requestBody",
            ),
        ]),
    ),
    ("invalid_yaml.yaml", Expect::Fatal("invalid YAML", "#")),
    (
        "billion_laughs.yaml",
        Expect::Fatal("repetition limit exceeded", "#"),
    ),
    ("invalid_json.json", Expect::Fatal("invalid JSON", "#")),
    (
        "wrong_root.yaml",
        Expect::Fatal("root is not an object", "#"),
    ),
    (
        "no_openapi.yaml",
        Expect::Fatal("missing `openapi` field", "#"),
    ),
    (
        "openapi_4.yaml",
        Expect::Fatal("unsupported OpenAPI version `4.0.0`", "#/openapi"),
    ),
    (
        "path_item_refs.yaml",
        Expect::Compiles(&[
            ("leads back to itself", "#/components/pathItems/Cycle"),
            ("nest too deep", "#/components/pathItems/C15"),
            ("points to nothing; the path is skipped", "#/paths/~1nothing"),
        ]),
    ),
    (
        "swagger2_broken.yaml",
        Expect::Compiles(&[
            ("unknown OAuth2 flow", "#/securityDefinitions/weird/flow"),
            ("unknown security scheme type `kerberos`", "#/securityDefinitions/unknown/type"),
            ("form parameters beside a body parameter are dropped", "#/paths/~1both/post/parameters/1"),
            ("the path is also in `paths`", "#/x-ms-paths/~1both"),
        ]),
    ),
    ("empty_paths.yaml", Expect::Compiles(&[])),
    ("title_keyword.yaml", Expect::Compiles(&[])),
    ("examples.yaml", Expect::Compiles(&[])),
    (
        "extensions.yaml",
        Expect::Compiles(&[
            (
                "`missing` is not an optional query parameter; pagination ignored",
                "#/paths/~1pages/get/x-pagination/page-param",
            ),
            (
                "pagination items `self` is not an array",
                "#/paths/~1cursor/get/x-pagination/items",
            ),
            (
                "pagination page count `crate` is `string`, not an integer",
                "#/paths/~1counted/get/x-pagination/page-count",
            ),
            (
                "pagination path `list.nope` does not match the response type at `nope`",
                "#/paths/~1nested/get/x-pagination/items",
            ),
            (
                "`x-envelope` is malformed and ignored",
                "#/paths/~1garbage/get",
            ),
            (
                "`x-pagination` is malformed and ignored",
                "#/paths/~1garbage/get",
            ),
            (
                "`x-inin-requires-permissions` is malformed and ignored",
                "#/paths/~1garbage/get",
            ),
        ]),
    ),
    (
        "path_templates.yaml",
        Expect::Compiles(&[
            ("unbalanced `{` in path", "#/paths/~1open~1{id/get"),
            ("unbalanced `}` in path", "#/paths/~1close~1id}/get"),
            (
                "path parameter `thing` is not declared",
                "#/paths/~1undeclared~1{thing}/get",
            ),
            (
                "path parameter `ghost` is not in the path template",
                "#/paths/~1unused/get/parameters/0",
            ),
            ("malformed parameter in path", "#/paths/~1empty~1{}/get"),
            ("malformed parameter in path", "#/paths/~1nested~1{{a}}/get"),
        ]),
    ),
    (
        "operation_ids.yaml",
        Expect::Compiles(&[
            ("no operationId; using `put_a`", "#/paths/~1a/put"),
            (
                "duplicate operationId `getThing`",
                "#/paths/~1a/post/operationId",
            ),
            ("no operationId; using `delete_b`", "#/paths/~1b/delete"),
            ("no operationId; using `get_a_id`", "#/paths/~1a~1{id}/get"),
        ]),
    ),
    (
        "duplicate_params.yaml",
        Expect::Compiles(&[(
            "parameter `q` is declared twice",
            "#/paths/~1items~1{id}/get/parameters/2",
        )]),
    ),
];

/// The folder of the checked-in cases.
pub fn hostile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/specs")
}

/// A case built by the test: name, document text, expected outcome.
struct Built {
    name: &'static str,
    text: String,
    expect: BuiltExpect,
}

pub enum BuiltExpect {
    Compiles(Vec<(String, String)>),
    Fatal(String, String),
}

/// `depth` object schemas nested through `properties.child`.
fn nested_schema(depth: usize) -> String {
    let mut schema = String::from("{\"type\": \"string\"}");
    for _ in 0..depth {
        schema = format!("{{\"type\": \"object\", \"properties\": {{\"child\": {schema}}}}}");
    }
    schema
}

/// A document whose `components/schemas` is `schemas` (JSON text).
pub fn document(schemas: &str) -> String {
    format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"built\", \"version\": \"1\"}}, \"paths\": {{}}, \
         \"components\": {{\"schemas\": {schemas}}}}}"
    )
}

/// The pointer of the schema `levels` deep inside `components/schemas/Deep`.
fn nested_pointer(levels: usize) -> String {
    format!(
        "#/components/schemas/Deep{}",
        "/properties/child".repeat(levels)
    )
}

/// Cases too big (or too repetitive) to check in.
fn built_cases() -> Vec<Built> {
    let long = "x".repeat(10_000);
    let long_other = format!("{}y", "x".repeat(9_999));
    let values: Vec<String> = (0..10_000).map(|i| format!("\"value-{i}\"")).collect();
    vec![
        // 1,000 levels: the JSON parser's recursion limit stops it before anything recurses.
        Built {
            name: "nesting_1000",
            text: document(&format!("{{\"Deep\": {}}}", nested_schema(1_000))),
            expect: BuiltExpect::Fatal("recursion limit exceeded".into(), "#".into()),
        },
        // The same in YAML (flow style).
        Built {
            name: "nesting_1000_yaml",
            text: format!(
                "openapi: 3.0.3\ninfo: {{title: built, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Deep: {}\n",
                nested_schema(1_000)
            ),
            expect: BuiltExpect::Fatal("recursion limit exceeded".into(), "#".into()),
        },
        // Deep, but within the parser's limit: the loader cuts it off with a warning.
        Built {
            name: "nesting_60",
            text: document(&format!("{{\"Deep\": {}}}", nested_schema(60))),
            expect: BuiltExpect::Compiles(vec![(
                "schema nests deeper than 12 levels".into(),
                nested_pointer(clientgen::load::MAX_SCHEMA_NESTING + 1),
            )]),
        },
        // Found by fuzzing (`structured`, a 30 s timeout): a deep schema whose every level fails
        // to parse as its `type` made the typed parse retry alternatives at every level, in
        // time exponential in the depth (18 levels: 10 s, 30 levels: hours).
        Built {
            name: "fuzz_exponential_parse",
            text: document(&format!("{{\"D\": {}}}", {
                let mut schema = String::from("{\"type\": \"string\"}");
                for _ in 0..30 {
                    schema = format!("{{\"type\": \"array\", \"items\": {schema}, \"maxItems\": \"x\"}}");
                }
                schema
            })),
            expect: BuiltExpect::Compiles(vec![(
                "schema nests deeper than 12 levels".into(),
                format!("#/components/schemas/D{}", "/items".repeat(clientgen::load::MAX_SCHEMA_NESTING + 1)),
            )]),
        },
        Built {
            name: "enum_10000",
            text: document(&format!("{{\"Big\": {{\"type\": \"string\", \"enum\": [{}]}}}}", values.join(", "))),
            expect: BuiltExpect::Compiles(vec![]),
        },
        Built {
            name: "long_names",
            text: format!(
                "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"{long}\", \"version\": \"1\"}}, \"tags\": [{{\"name\": \"{long}\"}}], \
                 \"paths\": {{\"/{long}/{{{long}}}\": {{\"get\": {{\"operationId\": \"{long}\", \"tags\": [\"{long}\"], \
                 \"parameters\": [{{\"name\": \"{long}\", \"in\": \"path\", \"required\": true, \"schema\": {{\"type\": \"string\"}}}}, \
                 {{\"name\": \"{long_other}\", \"in\": \"query\", \"schema\": {{\"type\": \"string\"}}}}], \
                 \"responses\": {{\"200\": {{\"description\": \"ok\", \"content\": {{\"application/json\": {{\"schema\": {{\"$ref\": \"#/components/schemas/{long}\"}}}}}}}}}}}}}}}}, \
                 \"components\": {{\"schemas\": {{\"{long}\": {{\"type\": \"object\", \"properties\": {{\"{long}\": {{\"type\": \"string\"}}, \"{long_other}\": {{\"type\": \"integer\"}}}}}}, \
                 \"{long_other}\": {{\"type\": \"string\", \"enum\": [\"{long}\", \"{long_other}\"]}}}}}}}}"
            ),
            expect: BuiltExpect::Compiles(vec![]),
        },
    ]
}

/// Every case: (name, spec path, expected outcome). Built cases are written to `dir`.
pub fn all_cases(dir: &Path) -> Vec<(String, PathBuf, BuiltExpect)> {
    let mut cases = Vec::new();
    for (file, expect) in CASES {
        let expect = match expect {
            Expect::Compiles(warnings) => BuiltExpect::Compiles(
                warnings
                    .iter()
                    .map(|(m, p)| (m.to_string(), p.to_string()))
                    .collect(),
            ),
            Expect::Fatal(m, p) => BuiltExpect::Fatal(m.to_string(), p.to_string()),
        };
        let name = file.split('.').next().unwrap_or(file).to_string();
        cases.push((name, hostile_dir().join(file), expect));
    }
    for built in built_cases() {
        let path = dir.join(format!("{}.spec", built.name));
        std::fs::write(&path, &built.text).expect("write the built case");
        cases.push((built.name.to_string(), path, built.expect));
    }
    cases
}
