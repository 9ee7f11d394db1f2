//! Hostile and broken input: every case in `tests/hostile/` (plus a few built here, too big to
//! check in) either generates a crate that compiles clippy-clean, or fails or warns with a
//! specific diagnostic (message substring + JSON pointer). Never a panic.
//!
//! - `hostile_outcomes`: each case's outcome through the library and the CLI (exit 0 or 1,
//!   never 101).
//! - `hostile_crates_compile_clippy_clean`: the crates of the `Compiles` cases, checked by
//!   one `cargo clippy --all-targets -- -D warnings` through the harness `compile_fixtures.rs`
//!   uses too (`common/mod.rs`).
//! - `no_spec_text_becomes_code`: the markers `INJECT_MARKER_<n>` of `injection.yaml` appear
//!   in the generated Rust only inside string literals and doc attributes.
//! - `output_is_deterministic_across_processes`: two CLI runs, byte-identical trees.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use clientgen::{Diagnostic, Options, Severity};

/// What a case must do.
enum Expect {
    /// Generates (with at least these warnings: message substring, exact pointer), and the
    /// crate compiles clippy-clean.
    Compiles(&'static [(&'static str, &'static str)]),
    /// Fails with this message substring at this pointer.
    Fatal(&'static str, &'static str),
}

/// The checked-in cases: file in `tests/hostile/` → expected outcome.
const CASES: &[(&str, Expect)] = &[
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

fn hostile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// A scratch folder of the test's own.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// A case built by the test: name, document text, expected outcome.
struct Built {
    name: &'static str,
    text: String,
    expect: BuiltExpect,
}

enum BuiltExpect {
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

fn document(schemas: &str) -> String {
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

/// Generates the case at `spec` through the library. Cases called `title_*` take the crate
/// name from the title, the others get `hostile-<case>`.
fn generate(spec: &Path, name: &str) -> Result<clientgen::Output, clientgen::Fatal> {
    let crate_name =
        (!name.starts_with("title_")).then(|| format!("hostile-{}", name.replace('_', "-")));
    let options = Options {
        crate_name,
        ..Options::default()
    };
    clientgen::generate(spec, &options)
}

fn check_warnings(name: &str, diagnostics: &[Diagnostic], expected: &[(String, String)]) {
    for (needle, pointer) in expected {
        assert!(
            diagnostics.iter().any(|d| d.severity == Severity::Warning
                && d.message.contains(needle)
                && d.pointer == *pointer),
            "{name}: no warning containing {needle:?} at {pointer}; got:\n{}",
            diagnostics
                .iter()
                .map(|d| format!("  {} ({})\n", d.message, d.pointer))
                .collect::<String>()
        );
    }
}

/// Every case: (name, spec path, expected outcome). Built cases are written to `dir`.
fn all_cases(dir: &Path) -> Vec<(String, PathBuf, BuiltExpect)> {
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

#[test]
fn every_fixture_has_an_expected_outcome() {
    let mut files: Vec<String> = std::fs::read_dir(hostile_dir())
        .expect("tests/hostile is readable")
        .map(|e| {
            e.expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(f, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "tests/hostile/ and CASES disagree");
}

#[test]
fn hostile_outcomes() {
    let dir = scratch("outcomes");
    for (name, spec, expect) in all_cases(&dir) {
        let started = std::time::Instant::now();
        let result = generate(&spec, &name);
        // No case may take long: the slowest (10,000-value enum, 100 MB strings) take seconds.
        let elapsed = started.elapsed();
        assert!(
            elapsed < std::time::Duration::from_secs(60),
            "{name}: took {elapsed:?}"
        );
        match (&expect, result) {
            (BuiltExpect::Compiles(warnings), Ok(output)) => {
                check_warnings(&name, &output.diagnostics, warnings)
            }
            (BuiltExpect::Compiles(_), Err(fatal)) => {
                panic!("{name}: expected a crate, got {fatal}")
            }
            (BuiltExpect::Fatal(needle, pointer), Err(fatal)) => {
                assert!(
                    fatal.0.message.contains(needle.as_str()) && fatal.0.pointer == *pointer,
                    "{name}: expected {needle:?} at {pointer}, got {fatal}"
                );
            }
            (BuiltExpect::Fatal(needle, _), Ok(_)) => {
                panic!("{name}: expected a failure ({needle:?}), got a crate")
            }
        }
        // The CLI: exit 0 or 1 as expected, never a panic's 101.
        let out = dir.join(format!("{name}-cli"));
        let run = Command::new(env!("CARGO_BIN_EXE_clientgen"))
            .args(["generate", "--spec"])
            .arg(&spec)
            .arg("--out")
            .arg(&out)
            .output()
            .expect("the clientgen binary runs");
        let wanted = if matches!(expect, BuiltExpect::Compiles(_)) {
            0
        } else {
            1
        };
        assert_eq!(
            run.status.code(),
            Some(wanted),
            "{name}: CLI exit status; stderr:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}

/// A description (or summary, title) of 100 MB is cut, with a warning; any other string that
/// long is refused. Either way the memory used stays bounded.
#[test]
fn hundred_megabyte_strings() {
    let dir = scratch("huge");
    let huge = "a".repeat(100 * 1024 * 1024);
    let spec = dir.join("description.json");
    std::fs::write(
        &spec,
        format!("{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\", \"description\": \"{huge}\"}}, \"paths\": {{}}}}"),
    )
    .expect("write the spec");
    let output = generate(&spec, "huge")
        .unwrap_or_else(|e| panic!("a long description is cut, not fatal: {e}"));
    check_warnings(
        "huge description",
        &output.diagnostics,
        &[(
            "is 104857600 bytes long; cut to".into(),
            "#/info/description".into(),
        )],
    );
    let total: usize = output.files.values().map(String::len).sum();
    assert!(total < 16 * 1024 * 1024, "the output is {total} bytes");

    let spec = dir.join("enum.json");
    std::fs::write(
        &spec,
        format!(
            "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}}, \
             \"components\": {{\"schemas\": {{\"E\": {{\"type\": \"string\", \"enum\": [\"{huge}\"]}}}}}}}}"
        ),
    )
    .expect("write the spec");
    drop(huge);
    let fatal = generate(&spec, "huge").expect_err("a 100 MB enum value is refused");
    assert!(
        fatal.0.message.contains("is 104857600 bytes long"),
        "{fatal}"
    );
    assert_eq!(fatal.0.pointer, "#/components/schemas/E/enum/0");
}

/// A long text behind a `$ref`, used by many operations, is copied into each: the lowering
/// counts the IR's size as it goes and stops at the limit.
#[test]
fn amplification_through_refs_is_bounded() {
    let dir = scratch("amplification");
    let text = "a".repeat(clientgen::load::MAX_STRING_BYTES);
    let operations = clientgen::lower::MAX_IR_BYTES / clientgen::load::MAX_STRING_BYTES + 2;
    let paths: Vec<String> = (0..operations)
        .map(|i| format!("\"/p{i}\": {{\"get\": {{\"parameters\": [{{\"$ref\": \"#/components/parameters/P\"}}], \"responses\": {{}}}}}}"))
        .collect();
    let spec = dir.join("spec.json");
    std::fs::write(
        &spec,
        format!(
            "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{{}}}, \
             \"components\": {{\"parameters\": {{\"P\": {{\"name\": \"p\", \"in\": \"query\", \"description\": \"{text}\", \
             \"schema\": {{\"type\": \"string\"}}}}}}}}}}",
            paths.join(", ")
        ),
    )
    .expect("write the spec");
    let fatal = generate(&spec, "amplification").expect_err("the copies exceed the limit");
    assert!(fatal.0.message.contains("grows past"), "{fatal}");
    assert!(fatal.0.pointer.starts_with("#/paths/~1p"), "{fatal}");
}

#[test]
fn too_many_types_are_refused() {
    let dir = scratch("types");
    let schemas: Vec<String> = (0..=clientgen::lower::MAX_TYPES)
        .map(|i| format!("\"S{i}\": {{\"type\": \"object\", \"properties\": {{\"a\": {{\"type\": \"string\"}}}}}}"))
        .collect();
    let spec = dir.join("spec.json");
    std::fs::write(&spec, document(&format!("{{{}}}", schemas.join(", "))))
        .expect("write the spec");
    let fatal = generate(&spec, "types").expect_err("too many types");
    assert!(
        fatal.0.message.contains("named types; the limit is"),
        "{fatal}"
    );
    assert_eq!(fatal.0.pointer, "#/components/schemas");
}

#[test]
fn hostile_crates_compile_clippy_clean() {
    let specs = scratch("compile");
    let mut workspace = common::CrateWorkspace::new("hostile");
    for (name, spec, expect) in all_cases(&specs) {
        if !matches!(expect, BuiltExpect::Compiles(_)) {
            continue;
        }
        let output =
            generate(&spec, &name).unwrap_or_else(|e| panic!("{name}: generation failed: {e}"));
        workspace.add(&name, &spec, &output);
    }
    workspace.assert_clippy_clean();
}

// ---------------------------------------------------------------------------------------------
// Injection

mod injection {
    use syn::visit::Visit;

    pub const MARKER: &str = "INJECT_MARKER_";

    /// Where markers were found.
    #[derive(Default, Debug)]
    pub struct Findings {
        /// Markers inside string literals and doc attributes (fine).
        pub in_strings: Vec<String>,
        /// Markers anywhere else: identifiers, paths, code (injection).
        pub in_code: Vec<String>,
    }

    /// The markers `text` holds (`INJECT_MARKER_12`, ...).
    fn markers(text: &str) -> Vec<String> {
        text.match_indices(MARKER)
            .map(|(at, _)| {
                let digits: String = text[at + MARKER.len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                format!("{MARKER}{digits}")
            })
            .collect()
    }

    /// Walks a token stream (macro bodies, attribute arguments): strings are fine, the rest not.
    fn walk_tokens(tokens: proc_macro2::TokenStream, findings: &mut Findings, context: &str) {
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Group(g) => walk_tokens(g.stream(), findings, context),
                proc_macro2::TokenTree::Ident(i) => findings.in_code.extend(
                    markers(&i.to_string())
                        .into_iter()
                        .map(|m| format!("{m} as identifier in {context}")),
                ),
                proc_macro2::TokenTree::Literal(l) => {
                    let text = l.to_string();
                    let found = markers(&text);
                    if matches!(syn::parse_str::<syn::Lit>(&text), Ok(syn::Lit::Str(_))) {
                        findings.in_strings.extend(found);
                    } else {
                        findings.in_code.extend(
                            found
                                .into_iter()
                                .map(|m| format!("{m} in a non-string literal in {context}")),
                        );
                    }
                }
                proc_macro2::TokenTree::Punct(_) => {}
            }
        }
    }

    struct Walker<'a> {
        findings: &'a mut Findings,
    }

    impl<'ast> Visit<'ast> for Walker<'_> {
        fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
            if attr.path().is_ident("doc") {
                if let syn::Meta::NameValue(nv) = &attr.meta {
                    if let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) = &nv.value
                    {
                        self.findings.in_strings.extend(markers(&s.value()));
                        return;
                    }
                }
            }
            if attr.path().is_ident("serde") {
                // Serde reads some string arguments as code (`with`, `bound`, `serialize_with`):
                // spec text may only appear in `rename` and `alias`.
                if let syn::Meta::List(list) = &attr.meta {
                    let tokens: Vec<proc_macro2::TokenTree> =
                        list.tokens.clone().into_iter().collect();
                    for (index, tree) in tokens.iter().enumerate() {
                        if let proc_macro2::TokenTree::Literal(l) = tree {
                            let key = index
                                .checked_sub(2)
                                .and_then(|k| tokens.get(k))
                                .map(ToString::to_string)
                                .unwrap_or_default();
                            let found = markers(&l.to_string());
                            if key == "rename" || key == "alias" {
                                self.findings.in_strings.extend(found);
                            } else {
                                self.findings.in_code.extend(
                                    found.into_iter().map(|m| format!("{m} in serde `{key}`")),
                                );
                            }
                        } else {
                            walk_tokens(
                                std::iter::once(tree.clone()).collect(),
                                self.findings,
                                "a serde attribute",
                            );
                        }
                    }
                    return;
                }
            }
            walk_tokens(
                quote::ToTokens::to_token_stream(&attr.meta),
                self.findings,
                "an attribute",
            );
        }

        fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
            self.findings.in_code.extend(
                markers(&ident.to_string())
                    .into_iter()
                    .map(|m| format!("{m} as identifier `{ident}`")),
            );
        }

        fn visit_lit(&mut self, lit: &'ast syn::Lit) {
            match lit {
                syn::Lit::Str(s) => self.findings.in_strings.extend(markers(&s.value())),
                other => {
                    let text = quote::ToTokens::to_token_stream(other).to_string();
                    self.findings.in_code.extend(
                        markers(&text)
                            .into_iter()
                            .map(|m| format!("{m} in literal {text}")),
                    );
                }
            }
        }

        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            syn::visit::visit_path(self, &mac.path);
            walk_tokens(mac.tokens.clone(), self.findings, "a macro call");
        }
    }

    /// Parses `source` and sorts every marker in it.
    pub fn scan(source: &str, findings: &mut Findings) -> Result<(), syn::Error> {
        let file = syn::parse_file(source)?;
        // Comments are not tokens: a marker in a `//` comment would be lost by the parse, so
        // the raw text must hold no more markers than the tokens do.
        let before = findings.in_strings.len() + findings.in_code.len();
        Walker { findings }.visit_file(&file);
        let seen = findings.in_strings.len() + findings.in_code.len() - before;
        let raw = markers(source).len();
        if raw > seen {
            // Escapes in literals can only hide a marker, never add one; more in the raw text
            // means some sit outside any token (in a comment), where no check reaches them.
            findings
                .in_code
                .push(format!("{} markers outside tokens", raw - seen));
        }
        Ok(())
    }
}

#[test]
fn injection_walker_catches_markers_in_code() {
    for (source, bad) in [
        ("fn f() { INJECT_MARKER_1(); }", true),
        ("pub struct INJECT_MARKER_2;", true),
        ("#[serde(with = \"INJECT_MARKER_3\")] struct S;", true),
        ("fn f() { let x = 1; } // INJECT_MARKER_4", true),
        ("fn f() { println!(\"{}\", INJECT_MARKER_5); }", true),
        (
            "#[doc = \"INJECT_MARKER_6\"] fn f() { let _ = \"INJECT_MARKER_7\"; }",
            false,
        ),
        ("#[serde(rename = \"INJECT_MARKER_8\")] struct S;", false),
        ("/// INJECT_MARKER_9\nfn f() {}", false),
    ] {
        let mut findings = injection::Findings::default();
        injection::scan(source, &mut findings).expect("parses");
        assert_eq!(!findings.in_code.is_empty(), bad, "{source}: {findings:?}");
    }
}

#[test]
fn no_spec_text_becomes_code() {
    let spec = hostile_dir().join("injection.yaml");
    let text = std::fs::read_to_string(&spec).expect("injection.yaml");
    let planted: std::collections::BTreeSet<String> = (1..)
        .map(|n| format!("{}{n}", injection::MARKER))
        .take_while(|m| text.contains(m.as_str()))
        .collect();
    assert!(
        planted.len() >= 50,
        "injection.yaml plants {} markers",
        planted.len()
    );

    let output = generate(&spec, "injection").expect("injection.yaml generates");
    let mut findings = injection::Findings::default();
    let mut files: BTreeMap<&str, usize> = BTreeMap::new();
    for (file, contents) in &output.files {
        if !file.ends_with(".rs") {
            continue;
        }
        let before = findings.in_strings.len();
        injection::scan(contents, &mut findings)
            .unwrap_or_else(|e| panic!("{file} does not parse: {e}"));
        files.insert(file, findings.in_strings.len() - before);
    }
    assert!(
        findings.in_code.is_empty(),
        "spec text became code: {:#?}",
        findings.in_code
    );
    // The check saw the markers: most of the planted ones reach the code as strings or docs.
    let seen: std::collections::BTreeSet<&String> = findings.in_strings.iter().collect();
    assert!(
        seen.len() * 2 >= planted.len(),
        "only {} of {} markers reached the code: {files:?}",
        seen.len(),
        planted.len()
    );
}

// ---------------------------------------------------------------------------------------------
// Determinism

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("readable folder") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path
                    .strip_prefix(dir)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned();
                out.insert(relative, std::fs::read(&path).expect("readable file"));
            }
        }
    }
    out
}

#[test]
fn output_is_deterministic_across_processes() {
    let root = common::repo_root();
    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("specs"))
        .expect("specs/ is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    assert!(specs.len() >= 3, "specs/ holds {} specs", specs.len());
    for case in [
        "injection.yaml",
        "keywords.yaml",
        "odd_names.yaml",
        "recursion.yaml",
        "crate_items.yaml",
    ] {
        specs.push(hostile_dir().join(case));
    }
    let dir = scratch("determinism");
    for spec in &specs {
        let stem = spec
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        let mut trees = Vec::new();
        for run in ["a", "b"] {
            // The same folder name in both runs: the README names the crate's folder.
            let out = dir.join(run).join(&stem);
            let output = Command::new(env!("CARGO_BIN_EXE_clientgen"))
                .args(["generate", "--spec"])
                .arg(spec)
                .arg("--out")
                .arg(&out)
                .output()
                .expect("the clientgen binary runs");
            assert_eq!(
                output.status.code(),
                Some(0),
                "{stem}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            trees.push(tree(&out));
        }
        assert!(!trees[0].is_empty(), "{stem}: nothing generated");
        let (a, b) = (&trees[0], &trees[1]);
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{stem}: the file lists differ"
        );
        for (file, contents) in a {
            assert!(
                contents == &b[file],
                "{stem}: {file} differs between two runs"
            );
        }
    }
}
