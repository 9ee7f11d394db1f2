//! Embeds every file under `templates/` so the binary carries its templates; in the runtime
//! crate (`templates/runtime/`, a folder with a `Cargo.toml`), only the runtime's own files,
//! not the crate's `src/` (a stand-in for a generated `lib.rs`), `unit_tests/` or `tests/`.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    // Read at run time, not baked in with `env!`: cargo may reuse this script's binary for a
    // checkout of the workspace in another folder.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("../templates");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from("/// Every built-in template: path relative to `templates/`, contents.\npub static TEMPLATES: &[(&str, &str)] = &[\n");
    for (relative, absolute) in files {
        println!("cargo:rerun-if-changed={}", absolute.display());
        out.push_str(&format!(
            "    ({relative:?}, include_str!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("templates.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let is_crate = dir.join("Cargo.toml").is_file();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && is_crate {
            continue;
        } else if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "j2" || e == "rs") {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, path));
        }
    }
}
