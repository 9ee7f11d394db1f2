//! Inputs built to exhaust memory: cut with a warning or refused, never followed.

use crate::cases::document;
use crate::{check_warnings, generate, scratch};

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
