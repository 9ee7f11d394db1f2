//! `target/contract-report.md`: counts per mode and class, the most common reasons of each
//! class, and the failures themselves (spec, operation, pointer, message).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use super::classify::{Class, Classified, Side};
use super::select::Spec;
use super::workspace::Built;

/// How many failures of each class the report lists one by one.
const LISTED: usize = 25;

/// The whole report.
pub fn write(specs: &[Spec], built: &Built, calls: &[Classified], took: Duration) -> String {
    let mut out = String::from("# Contract report\n\n");
    let operations: usize = built
        .crates
        .iter()
        .flat_map(|c| &c.modules)
        .map(|(_, ops)| ops.len())
        .sum();
    let _ = writeln!(
        out,
        "{} specs selected, {} generated ({} generator warnings) and built ({} operations), {} calls against `prism mock` (static and dynamic, request validation on, no `--errors`), in {:.0} s.\n",
        specs.len(),
        built.crates.len(),
        built.crates.iter().map(|c| c.warnings).sum::<usize>(),
        operations,
        calls.len(),
        took.as_secs_f64()
    );
    out.push_str(&summary(calls));
    if !built.failed.is_empty() {
        let _ = writeln!(out, "\n## Specs without a working crate (the client's)\n");
        for (spec, why) in &built.failed {
            let _ = writeln!(out, "- {}: {}", spec.name, one_line(why));
        }
    }
    for class in Class::ALL.into_iter().filter(|c| *c != Class::Ok) {
        let of_class: Vec<&Classified> = calls.iter().filter(|c| c.class == class).collect();
        if of_class.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {class} ({})\n", of_class.len());
        let mut causes: BTreeMap<String, usize> = BTreeMap::new();
        for call in &of_class {
            *causes.entry(cause(&call.reason)).or_default() += 1;
        }
        let mut causes: Vec<(String, usize)> = causes.into_iter().collect();
        causes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let _ = writeln!(out, "Most common reasons:\n");
        for (cause, count) in causes.iter().take(10) {
            let _ = writeln!(out, "- {count} × {cause}");
        }
        let listed = if class.side() == Side::Client {
            usize::MAX
        } else {
            LISTED
        };
        let _ = writeln!(
            out,
            "\n| spec | mode | operation | pointer | message |\n|---|---|---|---|---|"
        );
        for call in of_class.iter().take(listed) {
            let _ = writeln!(
                out,
                "| {} | {} | `{}` ({}) | `{}` | {} |",
                call.spec,
                call.mode,
                call.operation.function,
                call.operation.request,
                call.operation.pointer,
                cell(&call.reason)
            );
        }
        if of_class.len() > listed {
            let _ = writeln!(out, "\n… and {} more.", of_class.len() - listed);
        }
    }
    out
}

/// The counts per mode and class, as a Markdown table.
pub fn summary(calls: &[Classified]) -> String {
    let modes = ["Static", "Dynamic"];
    let count = |mode: &str, class: Option<Class>| {
        calls
            .iter()
            .filter(|c| c.mode == mode && class.is_none_or(|k| c.class == k))
            .count()
    };
    let mut out = String::from("| class | side | static | dynamic |\n|---|---|---:|---:|\n");
    let _ = writeln!(
        out,
        "| calls | | {} | {} |",
        count(modes[0], None),
        count(modes[1], None)
    );
    for class in Class::ALL {
        let side = match class.side() {
            Side::None => "",
            Side::Client => "client",
            Side::Other => "not the client",
        };
        let _ = writeln!(
            out,
            "| {class} | {side} | {} | {} |",
            count(modes[0], Some(class)),
            count(modes[1], Some(class))
        );
    }
    let share =
        |mode: &str| 100.0 * count(mode, Some(Class::Ok)) as f64 / count(mode, None).max(1) as f64;
    let _ = writeln!(
        out,
        "| OK % | | {:.1} % | {:.1} % |",
        share(modes[0]),
        share(modes[1])
    );
    out
}

/// A reason without its values, so that reasons group: quoted text, numbers and long tails go.
fn cause(reason: &str) -> String {
    // `op failed: could not decode response (...): why; body: {...}` groups by `why`; a
    // problem document by its title.
    let reason = reason.split("; body: ").next().unwrap_or(reason);
    let reason = match reason.split_once(" failed: ") {
        Some((operation, rest)) if !operation.contains(' ') => rest,
        _ => reason,
    };
    let reason = match reason.split_once("{\"type\":") {
        Some((head, problem)) => {
            let title = problem.split("\"title\":\"").nth(1).unwrap_or_default();
            format!("{head}{}", title.split('"').next().unwrap_or_default())
        }
        None => reason.to_string(),
    };
    let mut out = String::new();
    let mut quoted = false;
    for c in reason.chars().take(160) {
        // An apostrophe inside a word (`spec's`) quotes nothing.
        let apostrophe = c == '\'' && !quoted && out.ends_with(char::is_alphabetic);
        match c {
            _ if apostrophe => out.push(c),
            '\'' | '"' | '`' => {
                quoted = !quoted;
                if quoted {
                    out.push('…');
                }
            }
            _ if quoted => {}
            '0'..='9' => {
                if !out.ends_with('N') {
                    out.push('N');
                }
            }
            _ => out.push(c),
        }
    }
    cell(&out)
}

fn one_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(300)
        .collect()
}

/// Text fit for a Markdown table cell.
fn cell(text: &str) -> String {
    one_line(&text.replace('|', "\\|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causes_group_reasons_with_different_values() {
        assert_eq!(
            cause("request.query.Limit: must be <= 100 (maximum)"),
            cause("request.query.Limit: must be <= 7 (maximum)")
        );
        assert_eq!(cause("a 'x' b"), "a … b");
        assert_eq!(
            cause("list failed: could not decode response (status 200 OK): missing field `members` at line 1 column 664; body: {\"a\": 1}"),
            cause("get failed: could not decode response (status 200 OK): missing field `id` at line 1 column 9; body: {}")
        );
        assert_eq!(
            cause("Prism answered the spec's 406: get failed: unexpected status 406 Not Acceptable: {\"type\":\"x\",\"title\":\"No representation\",\"status\":406}"),
            "Prism answered the spec's N: get failed: unexpected status N Not Acceptable: No representation"
        );
    }
}
