//! What the load stage reads and where its diagnostics point: referenced files inside and
//! outside the spec's folder (`Options::allow_dirs`), references it refuses, documents given as
//! bytes, and Swagger 2.0 documents, whose diagnostics point into the 2.0 document, not into
//! its conversion.

use std::fs;
use std::path::{Path, PathBuf};

use clientgen::{Diagnostic, Options};

/// A scratch folder of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("documents")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A spec in `dir/api/` whose one operation returns `$ref: <reference>`.
fn spec_returning(dir: &Path, reference: &str) -> PathBuf {
    let spec = dir.join("api/openapi.yaml");
    let text = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /pet:\n    get:\n      operationId: getPet\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '{reference}'\n"
    );
    write(&spec, &text);
    spec
}

const PET: &str = "type: object\nproperties:\n  name:\n    type: string\n  owner:\n    $ref: '#/definitions/Nobody'\n";

/// The return type of the first operation, and the diagnostics.
fn lowered(spec: &Path, options: &Options) -> (String, Vec<Diagnostic>) {
    let (api, diagnostics) = clientgen::ir(spec, options).expect("the spec loads");
    let op = &api.modules[0].operations[0];
    let ty = clientgen::render::rust_type(&op.return_ty, clientgen::render::Scope::Api);
    (ty, diagnostics)
}

fn messages(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| format!("{}: {} ({})", d.file.display(), d.message, d.pointer))
        .collect()
}

#[test]
fn a_folder_outside_the_spec_is_read_only_when_allowed() {
    let dir = scratch("allow_dir");
    let spec = spec_returning(&dir, "../shared/pet.yaml");
    write(&dir.join("shared/pet.yaml"), PET);

    let (ty, diagnostics) = lowered(&spec, &Options::default());
    assert_eq!(ty, "serde_json::Value");
    let [refused] = diagnostics.as_slice() else {
        panic!("one warning expected: {:?}", messages(&diagnostics));
    };
    assert_eq!(refused.file, spec);
    assert!(
        refused.message.contains("is refused")
            && refused.message.contains("outside the spec's folder")
            && refused.message.contains("--allow-dir"),
        "{}",
        refused.message
    );

    let allowed = Options {
        allow_dirs: vec![dir.join("shared")],
        ..Options::default()
    };
    let (ty, diagnostics) = lowered(&spec, &allowed);
    assert_eq!(ty, "types::Pet");
    // The one remaining warning is about the referenced file, at its own pointer.
    let [inside] = diagnostics.as_slice() else {
        panic!("one warning expected: {:?}", messages(&diagnostics));
    };
    assert_eq!(
        inside.file,
        dir.join("api/../shared/pet.yaml").canonicalize().unwrap()
    );
    assert_eq!(inside.pointer, "#/properties/owner");
    assert!(
        inside.message.contains("points to nothing"),
        "{}",
        inside.message
    );
}

#[test]
fn a_symlink_out_of_the_spec_folder_is_refused() {
    let dir = scratch("symlink");
    write(&dir.join("secret/pet.yaml"), PET);
    let spec = spec_returning(&dir, "./link/pet.yaml");
    std::os::unix::fs::symlink(dir.join("secret"), dir.join("api/link")).unwrap();
    let (ty, diagnostics) = lowered(&spec, &Options::default());
    assert_eq!(ty, "serde_json::Value");
    assert!(
        messages(&diagnostics)[0].contains("is refused"),
        "{:?}",
        messages(&diagnostics)
    );
}

#[test]
fn urls_are_never_fetched() {
    let dir = scratch("url");
    let spec = spec_returning(&dir, "https://127.0.0.1:9/pet.yaml#/Pet");
    let (ty, diagnostics) = lowered(&spec, &Options::default());
    assert_eq!(ty, "serde_json::Value");
    assert_eq!(diagnostics.len(), 1, "{:?}", messages(&diagnostics));
    assert!(diagnostics[0].message.contains("is not fetched"));
    assert_eq!(
        diagnostics[0].pointer,
        "#/paths/~1pet/get/responses/200/content/application~1json/schema"
    );
}

#[test]
fn a_document_given_as_bytes_reads_no_other_file() {
    let dir = scratch("bytes");
    let spec = spec_returning(&dir, "./pet.yaml");
    write(&dir.join("api/pet.yaml"), PET);
    let bytes = fs::read(&spec).unwrap();
    let output = clientgen::generate_bytes(&bytes, &spec, &Options::default()).unwrap();
    let found = messages(&output.diagnostics);
    assert!(
        found.len() == 1 && found[0].contains("given as bytes"),
        "{found:?}"
    );
    // From the path, the same document reads the file.
    let (ty, _) = lowered(&spec, &Options::default());
    assert_eq!(ty, "types::Pet");
}

#[test]
fn swagger_2_diagnostics_point_into_the_2_0_document() {
    let spec = Path::new("tests/fixtures/swagger2.yaml");
    let (_, diagnostics) = clientgen::ir(spec, &Options::default()).unwrap();
    let found: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.pointer.as_str(), d.message.as_str()))
        .collect();
    assert!(diagnostics.iter().all(|d| d.file == spec));
    // The body parameter at index 0 became the request body; the header parameter after
    // it is still named by its place in the 2.0 document.
    assert!(
        found.contains(&(
            "#/paths/~1pets/post/parameters/1",
            "header parameter `Content-Type` is managed by the client; ignored"
        )),
        "{found:?}"
    );
    // `definitions` became `components/schemas`; the warning names the definition.
    assert!(
        found
            .iter()
            .any(|(at, _)| *at == "#/definitions/Problem/properties/detail"),
        "{found:?}"
    );
    assert!(
        found.iter().all(|(at, _)| !at.contains("components")
            && !at.contains("requestBody")
            && !at.contains("/content/")),
        "a pointer into the conversion: {found:?}"
    );
}

#[test]
fn multi_file_diagnostics_name_the_referenced_file() {
    let spec = Path::new("tests/fixtures/multi_file/openapi.yaml");
    let (api, diagnostics) = clientgen::ir(spec, &Options::default()).unwrap();
    let owner = diagnostics
        .iter()
        .find(|d| d.message.contains("#/definitions/Badge"))
        .expect("the warning about owner.yaml");
    assert_eq!(
        owner.file,
        Path::new("tests/fixtures/multi_file/schemas/owner.yaml")
    );
    assert_eq!(owner.pointer, "#/properties/badge");
    // Lowering's own warning about a part brought in from pet.yaml names pet.yaml.
    let pet = diagnostics
        .iter()
        .find(|d| d.message.contains("Vaccinations"))
        .expect("the warning about pet.yaml");
    assert_eq!(
        pet.file,
        Path::new("tests/fixtures/multi_file/schemas/pet.yaml")
    );
    assert_eq!(pet.pointer, "#/properties/vaccinations");
    // pet.yaml, reached by two relative paths, is one type.
    let pets: Vec<&str> = api
        .types
        .iter()
        .map(|t| t.name.as_str())
        .filter(|n| n.starts_with("Pet"))
        .collect();
    assert_eq!(pets, ["Pet", "PetId"]);
}
