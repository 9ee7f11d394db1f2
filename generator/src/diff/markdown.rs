//! The report as a reviewer reads it in a pull request.

use std::fmt::Write;

use super::report::{Class, Report};

/// Renders `report` on the crate `name` (at `old_version`, now `new_version`) as Markdown:
/// the verdict and bump first, then the changes grouped by class, each with its Rust item and
/// a one-line before → after, the old and new JSON pointers in a trailing code span.
pub fn render(report: &Report, name: &str, old_version: &str, new_version: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## `{name}`: {} (bump: {})",
        report.verdict.as_str(),
        report.bump.as_str()
    );
    out.push('\n');
    let counts: Vec<String> = Class::ALL
        .iter()
        .filter_map(|class| {
            let n = report.changes.iter().filter(|c| c.class == *class).count();
            (n > 0).then(|| format!("{n} {}", class.as_str()))
        })
        .collect();
    let _ = writeln!(
        out,
        "Version {old_version} → {new_version}. {}.",
        if counts.is_empty() {
            "No changes".to_string()
        } else {
            counts.join(", ")
        }
    );
    for class in Class::ALL {
        let changes: Vec<_> = report.changes.iter().filter(|c| c.class == class).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {} ({})\n", heading(class), changes.len());
        for change in changes {
            let pointer = match (&change.old_pointer, &change.new_pointer) {
                (Some(o), Some(n)) if o == n => o.clone(),
                (Some(o), Some(n)) => format!("{o} → {n}"),
                (Some(o), None) => o.clone(),
                (None, Some(n)) => n.clone(),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "- `{}`: {} (`{pointer}`)",
                change.item,
                one_line(&change.message)
            );
        }
    }
    out
}

fn heading(class: Class) -> &'static str {
    match class {
        Class::Breaking => "Breaking: code that compiled may not compile",
        Class::Wire => "Wire: same Rust API, different requests or responses",
        Class::Additive => "Additive: new API, old code keeps working",
        Class::Docs => "Docs",
        Class::None => "Not observable",
    }
}

/// A message on one line, with Markdown's table and line characters defused.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}
