//! The format stage: every piece of Rust text is parsed with `syn` and printed with
//! `prettyplease`, item by item; the docs cut their examples from the printed code.

use std::collections::BTreeMap;

use super::jobs::{CodeSources, RustJob};
use super::pool::run_by_cost;
use super::RenderError;

/// At least this much Rust text may be parsed at once (see `pool::run_by_cost`). GitHub's
/// largest modules (1 MB, 0.9 MB and 0.6 MB) then run one at a time.
const FORMAT_BUDGET_BYTES: usize = 1024 * 1024;

/// The format stage: parses and pretty-prints every piece of [`CodeSources`] on every core,
/// largest first, and gives the formatted text in the jobs' order.
pub fn format_code(code: &CodeSources) -> Result<Vec<String>, RenderError> {
    let pieces: Vec<(&RustJob, &str)> = code
        .jobs
        .iter()
        .zip(&code.sources)
        .map(|(job, source)| (job, source.as_str()))
        .collect();
    // Longest first: the few big API modules would otherwise start last and leave one core
    // idle at the end (GitHub: `repos.rs` alone is 1 MB of Rust, the median model 1 kB); and
    // within a budget, so that the largest files' tokens are not all held at once.
    // A sixteenth of the crate, at least FORMAT_BUDGET_BYTES: for Microsoft Graph (90 MB of
    // Rust, a 7.7 MB module), 1 MiB would leave the second core idle most of the time.
    let total = code.bytes();
    run_by_cost(
        &pieces,
        |(_, source)| source.len(),
        FORMAT_BUDGET_BYTES.max(total / 16),
        |(job, source)| {
            let formatted = format_rust(job.template, &job.path, source);
            // With `span-locations`, proc-macro2 keeps a copy of every parsed text in a
            // thread-local source map, for good; the spans are all dropped by now. (This runs
            // on a thread of the pool's own, so no caller's spans are invalidated.)
            proc_macro2::extra::invalidate_current_thread_spans();
            formatted
        },
    )
    .into_iter()
    .collect()
}

/// The top-level functions of a formatted file, by name, cut from its text (so a docs page
/// shows exactly the compiled code), and its `use` items, without attributes, under `use`.
pub(super) fn snippets(formatted: &str) -> BTreeMap<String, String> {
    use syn::spanned::Spanned;
    let mut out = BTreeMap::new();
    let Ok(file) = syn::parse_file(formatted) else {
        return out;
    };
    let lines: Vec<&str> = formatted.lines().collect();
    let cut = |from: proc_macro2::Span, to: proc_macro2::Span| {
        let (first, last) = (from.start().line.max(1), to.end().line.min(lines.len()));
        lines
            .get(first - 1..last)
            .map(|l| l.join("\n"))
            .unwrap_or_default()
    };
    for item in &file.items {
        match item {
            syn::Item::Fn(f) => {
                out.insert(
                    f.sig.ident.to_string(),
                    cut(f.span(), f.block.brace_token.span.close()),
                );
            }
            syn::Item::Use(u) => {
                let text = cut(u.use_token.span, u.semi_token.span);
                let all = out.entry("use".to_string()).or_insert_with(String::new);
                all.push_str(&text);
                all.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// Parses Rust source and prints it with prettyplease.
///
/// Items are parsed and printed one by one, so that only one item's syntax tree is held at a
/// time: a whole file's tree takes about 50 times its text (GitHub's `repos.rs`: 1 MB).
pub fn format_rust(template: &str, file: &str, source: &str) -> Result<String, RenderError> {
    use syn::parse::{ParseStream, Parser};

    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::with_capacity(source.len());
    let print_items = |input: ParseStream| -> syn::Result<()> {
        // The items since the last table, printed back to back.
        let mut run = unparse(input.call(syn::Attribute::parse_inner)?, None);
        while !input.is_empty() {
            match input.parse()? {
                // Brace-delimited item macros (the models' `json_object! { .. }` tables) keep
                // the layout the template gave them, as rustfmt would: prettyplease prints a
                // macro's tokens on as few lines as fit.
                syn::Item::Macro(table) if is_table_macro(&table) => {
                    print_run(&mut run, &mut out);
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    print_table_macro(table, &lines, &mut out);
                }
                item => run.push_str(&unparse(Vec::new(), Some(item))),
            }
        }
        print_run(&mut run, &mut out);
        Ok(())
    };
    print_items.parse_str(source).map_err(|e| {
        let line = e.span().start().line;
        let excerpt: String = source
            .lines()
            .enumerate()
            .skip(line.saturating_sub(4))
            .take(7)
            .map(|(n, l)| format!("{:>5} | {l}\n", n + 1))
            .collect();
        RenderError::InvalidRust {
            template: template.into(),
            file: file.into(),
            message: e.to_string(),
            excerpt,
        }
    })?;
    Ok(out)
}

/// Prints inner attributes and an item with prettyplease.
fn unparse(attrs: Vec<syn::Attribute>, item: Option<syn::Item>) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs,
        items: item.into_iter().collect(),
    })
}

/// Adds the items printed since the last table to `out`, after a blank line, and empties
/// `run`.
fn print_run(run: &mut String, out: &mut String) {
    if run.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&separate_items(run));
    run.clear();
}

/// Prints a table macro: its attributes (a model's long `#[cfg(any(..))]`) by prettyplease,
/// its call as the source has it.
fn print_table_macro(mut table: syn::ItemMacro, source_lines: &[&str], out: &mut String) {
    use syn::spanned::Spanned;
    let first = table.mac.path.span().start().line.max(1);
    let last = match &table.mac.delimiter {
        syn::MacroDelimiter::Brace(brace) => brace.span.close().end().line,
        _ => first,
    };
    table.mac.tokens = proc_macro2::TokenStream::new();
    let printed = unparse(Vec::new(), Some(syn::Item::Macro(table)));
    // All but the last line, the macro's (now empty) call.
    if let Some((attrs, _call)) = printed.trim_end().rsplit_once('\n') {
        out.push_str(attrs);
        out.push('\n');
    }
    let call = source_lines.get(first - 1..last.min(source_lines.len()));
    for line in call.unwrap_or_default() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// An item macro called with braces, such as `crate::json_object! { Pet { .. } }`.
fn is_table_macro(item: &syn::ItemMacro) -> bool {
    item.ident.is_none() && matches!(item.mac.delimiter, syn::MacroDelimiter::Brace(_))
}

/// prettyplease prints items back to back; a blank line after each closing brace, `use`
/// block and inner doc block makes the output read like hand-written code.
fn separate_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    let mut previous_indent = 0;
    for line in code.lines() {
        let current = line.trim();
        // Only item-level braces (top level or inside an `impl`), not blocks inside bodies.
        let item_level = previous_indent <= 4;
        let ends_item = (item_level && (previous == "}" || previous == "};"))
            || (previous.starts_with("//!") && !current.starts_with("//!"))
            || (previous.starts_with("use ") && !current.starts_with("use "))
            || (previous.starts_with("pub type ") && previous.ends_with(';'))
            || (previous.starts_with("pub mod ") && previous.ends_with(';'));
        let closes = current.starts_with('}')
            || current.starts_with(')')
            || current.starts_with(']')
            || current.is_empty();
        if ends_item && !closes && !current.starts_with("else") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = current;
        previous_indent = line.len() - line.trim_start().len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_rust;

    #[test]
    fn table_macros_keep_their_layout_and_the_rest_is_formatted() {
        let source = r#"
/// A pet.
#[cfg(any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name"))]
#[derive(Debug)] pub struct Pet { pub name : String }
#[cfg(any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name"))]
crate::json_object! {
    Pet {
        name: "name" (required),
    }
}
pub type Name = String;
"#;
        let formatted = format_rust("type.rs.j2", "src/types.rs", source).unwrap();
        let expected = r#"/// A pet.
#[cfg(
    any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name")
)]
#[derive(Debug)]
pub struct Pet {
    pub name: String,
}

#[cfg(
    any(feature = "pets_with_a_long_feature_name", feature = "stores_with_a_long_name")
)]
crate::json_object! {
    Pet {
        name: "name" (required),
    }
}

pub type Name = String;
"#;
        assert_eq!(formatted, expected);
    }

    #[test]
    fn printing_item_by_item_prints_what_the_whole_file_would() {
        let source = r#"
//! A module.
use std::fmt;
use std::io;
pub const A: &str = "a";
pub const B: &str = "b";
pub enum Never {}
impl fmt::Display for Never { fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result { match *self {} } }
pub struct Unit;
pub struct Pair(pub u8, pub u8);
pub type Name = String;
pub mod inner;
pub fn f() -> io::Result<()> { if true { Ok(()) } else { Err(io::Error::other("no")) } }
"#;
        let whole = prettyplease::unparse(&syn::parse_file(source).unwrap());
        let formatted = format_rust("api.rs.j2", "src/apis/x.rs", source).unwrap();
        assert_eq!(formatted, super::separate_items(&whole));
    }

    #[test]
    fn invalid_rust_names_the_template_and_the_line() {
        let error = format_rust("type.rs.j2", "src/types.rs", "pub struct {").unwrap_err();
        let message = error.to_string();
        assert!(
            message.contains("type.rs.j2") && message.contains("src/types.rs"),
            "{message}"
        );
        assert!(message.contains("    1 | pub struct {"), "{message}");
    }
}
