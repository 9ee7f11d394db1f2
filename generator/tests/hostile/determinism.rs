//! The same spec gives the same bytes in two processes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cases::hostile_dir;
use crate::{common, scratch};

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
