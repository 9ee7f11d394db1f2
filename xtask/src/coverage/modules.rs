//! Finds a module of a test crate the way rustc does, and reads it with every module it
//! declares out of line (`mod name;`) inlined, so the coverage check sees one syntax tree
//! whether a crate's tests sit in one file or in a folder of files.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// The top-level module `name` of the test crate whose root file is `crate_root`, with its
/// out-of-line submodules read in; `None` when the crate has no such module.
pub fn crate_module(crate_root: &Path, name: &str) -> Result<Option<syn::ItemMod>> {
    let file = parse(crate_root)?;
    let dir = crate_root.parent().unwrap_or(Path::new(""));
    let Some(mut module) = file.items.into_iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => Some(module),
        _ => None,
    }) else {
        return Ok(None);
    };
    // The crate root is a "mod.rs"-style file: its children live next to it.
    inline(&mut module, dir, crate_root)?;
    Ok(Some(module))
}

/// Reads the file of `module` when it is declared out of line, then does the same for its
/// own submodules. `dir` is the folder its declaring file keeps its children in.
fn inline(module: &mut syn::ItemMod, dir: &Path, declared_in: &Path) -> Result<()> {
    let (children_dir, file) = match &module.content {
        Some(_) => (
            dir.join(module.ident.to_string()),
            declared_in.to_path_buf(),
        ),
        None => {
            let path = module_file(module, dir, declared_in)?;
            module.content = Some((Default::default(), parse(&path)?.items));
            module.semi = None;
            let children_dir = if path.file_name().is_some_and(|f| f == "mod.rs") {
                path.parent().unwrap_or(dir).to_path_buf()
            } else {
                path.with_extension("")
            };
            (children_dir, path)
        }
    };
    let (_, items) = module.content.as_mut().expect("inlined above");
    for item in items {
        if let syn::Item::Mod(child) = item {
            inline(child, &children_dir, &file)?;
        }
    }
    Ok(())
}

/// The file of an out-of-line module: its `#[path]`, or `<dir>/<name>.rs`, or
/// `<dir>/<name>/mod.rs`.  (A `#[path]` inside an inline module, which rustc resolves
/// differently, does not occur in the tests.)
fn module_file(module: &syn::ItemMod, dir: &Path, declared_in: &Path) -> Result<PathBuf> {
    let name = module.ident.to_string();
    if let Some(path) = path_attribute(module)? {
        // Relative to the folder of the file that declares the module.
        return Ok(declared_in.parent().unwrap_or(dir).join(path));
    }
    let candidates = [
        dir.join(format!("{name}.rs")),
        dir.join(&name).join("mod.rs"),
    ];
    match candidates.iter().find(|path| path.is_file()) {
        Some(path) => Ok(path.clone()),
        None => bail!(
            "`mod {name};` in {} has no file: neither {} nor {}",
            declared_in.display(),
            candidates[0].display(),
            candidates[1].display()
        ),
    }
}

/// The value of a `#[path = "..."]` attribute.
fn path_attribute(module: &syn::ItemMod) -> Result<Option<String>> {
    for attribute in &module.attrs {
        if attribute.path().is_ident("path") {
            let value = &attribute.meta.require_name_value()?.value;
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(path),
                ..
            }) = value
            else {
                bail!("`#[path]` of `mod {}` is not a string", module.ident);
            };
            return Ok(Some(path.value()));
        }
    }
    Ok(None)
}

fn parse(path: &Path) -> Result<syn::File> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    syn::parse_file(&text).with_context(|| format!("{} is not valid Rust", path.display()))
}
