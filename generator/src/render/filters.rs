//! Template filters: safe doc comments and literals (no spec text reaches the output except
//! through these, so none of it can break out of a comment or a string), and the spelling of
//! the IR's types and pagination paths as Rust.

use minijinja::value::ViaDeserialize;
use minijinja::{Environment, Error, ErrorKind, State};

use super::pagination;
use super::rust_example::rust_example;
use super::rust_type::{rust_arg, rust_type, scoped_arg, Scope};
use crate::ir::{AwsShape, ExampleValue, FieldPath, NextCursor, QueryStyle, StatusSpan, TypeRef};

/// Registers every filter.
pub fn register(env: &mut Environment<'static>) {
    env.add_filter("doc", |text: Option<String>| {
        doc_attrs(text.as_deref().unwrap_or_default(), "#")
    });
    env.add_filter("doc_inner", |text: Option<String>| {
        doc_attrs(text.as_deref().unwrap_or_default(), "#!")
    });
    env.add_filter("lit", |text: String| rust_string(&text));
    env.add_filter("toml_str", |text: String| toml_string(&text));
    env.add_filter("md_cell", |text: Option<String>| {
        markdown_cell(text.as_deref().unwrap_or_default())
    });
    env.add_filter("md_code", |text: Option<String>| {
        markdown_code(text.as_deref().unwrap_or_default())
    });
    env.add_filter("md_text", |text: Option<String>| {
        markdown_text(text.as_deref().unwrap_or_default())
    });
    env.add_filter("json", |value: ViaDeserialize<serde_json::Value>| {
        value.0.to_string()
    });
    register_code(env);
}

/// The filters that spell the IR's structure as Rust.
fn register_code(env: &mut Environment<'static>) {
    env.add_filter("rust_type", |ty: ViaDeserialize<TypeRef>| {
        rust_type(&ty, Scope::Api)
    });
    env.add_filter("model_type", |ty: ViaDeserialize<TypeRef>| {
        rust_type(&ty, Scope::Models)
    });
    env.add_filter("rust_arg", |ty: ViaDeserialize<TypeRef>, into: bool| {
        rust_arg(&ty, into)
    });
    env.add_filter("model_arg", |ty: ViaDeserialize<TypeRef>, into: bool| {
        scoped_arg(&ty, into, Scope::Models)
    });
    // Examples live outside the crate: its runtime's types are named through `api.lib_name`.
    env.add_filter(
        "rust_example",
        |state: &State, value: ViaDeserialize<ExampleValue>| -> Result<String, Error> {
            let lib = state
                .lookup("api")
                .and_then(|api| api.get_attr("lib_name").ok())
                .and_then(|lib| lib.as_str().map(str::to_string))
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::UndefinedError,
                        "rust_example needs `api.lib_name`",
                    )
                })?;
            Ok(rust_example(&value, &lib))
        },
    );
    // The model a type is about (its docs page links there), as an index into `api.types`.
    env.add_filter("model_of", |ty: ViaDeserialize<TypeRef>| ty.about());
    env.add_filter("items_on_page", |path: ViaDeserialize<FieldPath>| {
        pagination::items_on_page(&path)
    });
    env.add_filter("owned_items", |path: ViaDeserialize<FieldPath>| {
        pagination::owned_items(&path)
    });
    env.add_filter("page_count", |path: Option<ViaDeserialize<FieldPath>>| {
        pagination::page_count(path.as_deref())
    });
    env.add_filter("next_cursor", |next: ViaDeserialize<NextCursor>| {
        pagination::next_cursor(&next)
    });
    env.add_filter(
        "status_pattern",
        |statuses: Option<ViaDeserialize<Vec<StatusSpan>>>| {
            status_pattern(statuses.as_deref().map(Vec::as_slice))
        },
    );
    env.add_filter("query_style", |style: ViaDeserialize<QueryStyle>| {
        query_style(&style)
    });
}

/// A match pattern over a `u16` status: `200`, `401..=403 | 406..=499`, `_` for any.
fn status_pattern(statuses: Option<&[StatusSpan]>) -> String {
    let Some(spans) = statuses else {
        return "_".to_string();
    };
    let spans: Vec<String> = spans
        .iter()
        .map(|s| {
            if s.from == s.to {
                s.from.to_string()
            } else {
                format!("{}..={}", s.from, s.to)
            }
        })
        .collect();
    spans.join(" | ")
}

/// The runtime's `QueryStyle` variant for a style.
fn query_style(style: &QueryStyle) -> String {
    match style {
        QueryStyle::Form { explode } => format!("Form {{ explode: {explode} }}"),
        QueryStyle::SpaceDelimited => "SpaceDelimited".into(),
        QueryStyle::PipeDelimited => "PipeDelimited".into(),
        QueryStyle::DeepObject => "DeepObject".into(),
        QueryStyle::Aws { shape } => format!("Aws(&{})", aws_shape(shape)),
    }
}

/// A constant expression of the runtime's `AwsShape` (promoted to `'static` where used).
fn aws_shape(shape: &AwsShape) -> String {
    match shape {
        AwsShape::Scalar => "runtime::AwsShape::Scalar".into(),
        AwsShape::List {
            flattened,
            member,
            item,
        } => format!(
            "runtime::AwsShape::List {{ flattened: {flattened}, member: {}, item: &{} }}",
            member.as_deref().map_or_else(
                || "None".to_string(),
                |m| format!("Some({})", rust_string(m))
            ),
            aws_shape(item)
        ),
        AwsShape::Map { value } => {
            format!("runtime::AwsShape::Map {{ value: &{} }}", aws_shape(value))
        }
        AwsShape::Structure { members } => {
            let members: Vec<String> = members
                .iter()
                .map(|m| {
                    format!(
                        "runtime::AwsMember {{ name: {}, wire: {}, shape: &{} }}",
                        rust_string(&m.name),
                        rust_string(&m.wire),
                        aws_shape(&m.shape)
                    )
                })
                .collect();
            format!(
                "runtime::AwsShape::Structure {{ members: &[{}] }}",
                members.join(", ")
            )
        }
    }
}

/// A Rust string literal that reproduces `text` exactly.
pub fn rust_string(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// A TOML basic string (JSON string escapes are valid TOML).
fn toml_string(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

/// `#[doc = "..."]` attributes, one per line of sanitised Markdown.
fn doc_attrs(text: &str, hash: &str) -> String {
    let text = sanitize_markdown(text);
    if text.trim().is_empty() {
        return String::new();
    }
    text.lines()
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            format!("{hash}[doc = {}]\n", rust_string(&line))
        })
        .collect()
}

/// Markdown for the docs pages: sanitised like rustdoc text.
fn markdown_text(text: &str) -> String {
    sanitize_markdown(text)
}

/// One table cell: a single line with pipes escaped.
fn markdown_cell(text: &str) -> String {
    let text = sanitize_markdown(text);
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    joined
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A code span for a table cell: one line, pipes escaped (GFM tables unescape `\|` even
/// inside code), fenced by more backticks than any run inside it. No HTML escaping: code
/// spans show `<` as it is.
fn markdown_code(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = line.trim().replace('|', "\\|");
    if line.is_empty() {
        return "` `".to_string();
    }
    let longest_run = line.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if line.starts_with('`') || line.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{line}{pad}{fence}")
}

/// Makes spec Markdown safe for rustdoc and clippy:
/// - control characters (NUL, CR, ...) are removed and tabs become spaces;
/// - code fences without a non-Rust language become `text`, so rustdoc never compiles spec
///   text as a doctest, and an unclosed fence is closed;
/// - indentation is capped below four spaces outside fences (no indented code blocks);
/// - list continuation lines are indented to their item (clippy's `doc_lazy_continuation`
///   and `doc_overindented_list_items`), and a line after a block quote gets a blank line.
pub fn sanitize_markdown(text: &str) -> String {
    let cleaned: String = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<String> = None;
    let mut list_indent: Option<usize> = None;
    let mut after_quote = false;
    let mut after_blank = false;
    for raw in cleaned.trim_matches('\n').lines() {
        let trimmed = raw.trim_start();
        let indent = raw.len() - trimmed.len();
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str())
                && trimmed
                    .trim_start_matches(marker.chars().next().unwrap_or('`'))
                    .trim()
                    .is_empty()
            {
                fence = None;
            }
            out.push(raw.trim_end().to_string());
            continue;
        }
        if let Some(marker) = fence_marker(trimmed) {
            let info = trimmed[marker.len()..].trim();
            let rusty = info.is_empty()
                || info.split([',', ' ']).any(|w| {
                    matches!(
                        w,
                        "rust"
                            | "ignore"
                            | "should_panic"
                            | "no_run"
                            | "compile_fail"
                            | "edition2015"
                            | "edition2018"
                            | "edition2021"
                            | "edition2024"
                    )
                });
            out.push(if rusty {
                format!("{marker}text")
            } else {
                trimmed.trim_end().to_string()
            });
            fence = Some(marker);
            list_indent = None;
            continue;
        }
        if trimmed.is_empty() {
            out.push(String::new());
            after_blank = true;
            after_quote = false;
            continue;
        }
        // After a blank line, a list item goes on only while lines are indented to its text.
        if std::mem::take(&mut after_blank) && list_indent.is_some_and(|width| indent < width) {
            list_indent = None;
        }
        if after_quote && !trimmed.starts_with('>') {
            out.push(String::new());
        }
        after_quote = trimmed.starts_with('>');
        let indent = indent.min(3);
        if let Some(width) = list_marker_width(trimmed) {
            list_indent = Some(indent + width);
            out.push(format!("{}{}", " ".repeat(indent), trimmed.trim_end()));
        } else if let Some(continuation) = list_indent {
            out.push(format!(
                "{}{}",
                " ".repeat(continuation),
                trimmed.trim_end()
            ));
        } else {
            out.push(format!("{}{}", " ".repeat(indent), trimmed.trim_end()));
        }
    }
    if let Some(marker) = fence {
        out.push(marker);
    }
    out.join("\n")
}

fn fence_marker(line: &str) -> Option<String> {
    for c in ['`', '~'] {
        let count = line.chars().take_while(|x| *x == c).count();
        if count >= 3 {
            return Some(c.to_string().repeat(count));
        }
    }
    None
}

/// The width of a list marker plus its space (`- `, `10. `), if the line starts a list item.
fn list_marker_width(line: &str) -> Option<usize> {
    if ["- ", "* ", "+ "]
        .iter()
        .any(|marker| line.starts_with(marker))
    {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits)
        && matches!(line[digits..].chars().next(), Some('.' | ')'))
        && line[digits + 1..].starts_with(' ')
    {
        return Some(digits + 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_survive_pipes_backticks_and_angle_brackets() {
        assert_eq!(markdown_code("Vec<u8>"), "`Vec<u8>`");
        assert_eq!(markdown_code("a|b"), "`a\\|b`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("`x`"), "`` `x` ``");
        assert_eq!(markdown_code("two\nlines"), "`two lines`");
        assert_eq!(markdown_code(""), "` `");
    }

    #[test]
    fn literals_escape_everything() {
        assert_eq!(rust_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
        assert_eq!(
            rust_string("\"); std::process::exit(1); (\""),
            "\"\\\"); std::process::exit(1); (\\\"\""
        );
    }

    #[test]
    fn fences_become_text_and_are_closed() {
        assert_eq!(
            sanitize_markdown("a\n```\nfn main() {}"),
            "a\n```text\nfn main() {}\n```"
        );
        assert_eq!(sanitize_markdown("```json\n{}\n```"), "```json\n{}\n```");
    }

    #[test]
    fn indentation_and_lists() {
        assert_eq!(
            sanitize_markdown("para\n\n        code?"),
            "para\n\n   code?"
        );
        assert_eq!(sanitize_markdown("- item\nlazy"), "- item\n  lazy");
        assert_eq!(sanitize_markdown("- item\n        over"), "- item\n  over");
        assert_eq!(sanitize_markdown("> quote\nafter"), "> quote\n\nafter");
        assert_eq!(
            sanitize_markdown("1. a\n\n    more\n| t |"),
            "1. a\n\n   more\n   | t |"
        );
        assert_eq!(
            sanitize_markdown("- a\n\nafter\nmore"),
            "- a\n\nafter\nmore"
        );
    }

    #[test]
    fn multibyte_text_is_not_sliced() {
        assert_eq!(sanitize_markdown("Có\n⚠️ x"), "Có\n⚠️ x");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(sanitize_markdown("a\0b\r\nc\td"), "ab\nc    d");
    }

    #[test]
    fn status_patterns_and_query_styles() {
        let span = |from, to| StatusSpan { from, to };
        assert_eq!(status_pattern(None), "_");
        assert_eq!(status_pattern(Some(&[span(200, 200)])), "200");
        assert_eq!(
            status_pattern(Some(&[span(401, 403), span(406, 499)])),
            "401..=403 | 406..=499"
        );
        assert_eq!(
            query_style(&QueryStyle::Form { explode: false }),
            "Form { explode: false }"
        );
        assert_eq!(query_style(&QueryStyle::DeepObject), "DeepObject");
        let shape = AwsShape::List {
            flattened: true,
            member: Some("Item".into()),
            item: Box::new(AwsShape::Structure {
                members: vec![crate::ir::AwsMember {
                    name: "Name".into(),
                    wire: "ItemName".into(),
                    shape: AwsShape::Scalar,
                }],
            }),
        };
        assert_eq!(
            query_style(&QueryStyle::Aws { shape }),
            "Aws(&runtime::AwsShape::List { flattened: true, member: Some(\"Item\"), item: \
             &runtime::AwsShape::Structure { members: &[runtime::AwsMember { name: \"Name\", \
             wire: \"ItemName\", shape: &runtime::AwsShape::Scalar }] } })"
        );
    }

    #[test]
    fn doc_attributes_are_string_literals() {
        let attrs = doc_attrs("*/ \"# \n second", "#");
        assert_eq!(attrs, "#[doc = \" */ \\\"#\"]\n#[doc = \"  second\"]\n");
    }
}
