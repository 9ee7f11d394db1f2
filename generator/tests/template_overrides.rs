//! Templates given with `--templates` replace the built-in ones file by file, and the names a
//! template declares it uses (`{#- reserves setters: ... #}`) are kept clear of generated names,
//! so an override that adds a method cannot collide with a parameter's setter.

use std::fs;
use std::path::{Path, PathBuf};

use clientgen::Options;

/// A scratch folder of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("template_overrides")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("templates/api")).expect("scratch folder");
    dir
}

/// A spec whose one operation has the optional query parameter `retry_policy`.
fn spec(dir: &Path) -> PathBuf {
    let spec = dir.join("openapi.yaml");
    let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /jobs:\n    get:\n      operationId: listJobs\n      parameters:\n        - {name: retry_policy, in: query, schema: {type: string}}\n      responses:\n        '204': {description: done}\n";
    fs::write(&spec, text).expect("spec");
    spec
}

/// The built-in builder template with a `retry_policy` method of its own, declared.
fn builder_with_retry_policy() -> String {
    let builtin = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../templates/api/builder.rs.j2"
    );
    let text = fs::read_to_string(builtin).expect("the built-in builder template");
    let method = "    /// Retries as the team's policy says.\n    pub fn retry_policy(self) -> Self {\n        self\n    }\n\n    /// Adds a header to this request only.";
    format!(
        "{{#- reserves setters: retry_policy #}}\n{}",
        text.replacen("    /// Adds a header to this request only.", method, 1)
    )
}

fn setter_of(options: &Options, spec: &Path) -> String {
    let (api, _) = clientgen::ir(spec, options).expect("the spec lowers");
    api.modules[0].operations[0].params[0].name.clone()
}

#[test]
fn an_override_reserves_the_names_it_adds() {
    let dir = scratch("reserves");
    let spec = spec(&dir);
    assert_eq!(setter_of(&Options::default(), &spec), "retry_policy");

    fs::write(
        dir.join("templates/api/builder.rs.j2"),
        builder_with_retry_policy(),
    )
    .expect("override");
    let options = Options {
        templates: Some(dir.join("templates")),
        ..Options::default()
    };
    assert_eq!(setter_of(&options, &spec), "retry_policy2");
    let output = clientgen::generate(&spec, &options).expect("generates");
    let module = &output.files["src/apis/jobs.rs"];
    assert!(
        module.contains("pub fn retry_policy(self) -> Self"),
        "{module}"
    );
    assert!(
        module.contains("pub fn retry_policy2(mut self, value: impl Into<String>) -> Self"),
        "{module}"
    );
}

#[test]
fn a_reservation_in_an_unknown_namespace_is_refused() {
    let dir = scratch("unknown");
    let spec = spec(&dir);
    fs::write(
        dir.join("templates/api/builder.rs.j2"),
        "{#- reserves gadgets: x #}\n",
    )
    .expect("override");
    let options = Options {
        templates: Some(dir.join("templates")),
        ..Options::default()
    };
    let error = clientgen::ir(&spec, &options)
        .expect_err("refused")
        .to_string();
    assert!(error.contains("gadgets"), "{error}");
}
