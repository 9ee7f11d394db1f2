//! Reading cargo-semver-checks' output and comparing it with `clientgen diff`, class by class.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use anyhow::{bail, Result};
use clientgen::diff::Class;

/// The version bump cargo-semver-checks asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    /// A new major version: it calls the change breaking.
    Major,
    /// A new minor version.
    Minor,
    /// Nothing that needs a new version.
    Nothing,
}

impl Finding {
    fn as_str(self) -> &'static str {
        match self {
            Finding::Major => "major",
            Finding::Minor => "minor",
            Finding::Nothing => "nothing",
        }
    }
}

/// What cargo-semver-checks said about one pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The bump it asks for.
    pub finding: Finding,
    /// The lints that failed or warned (`enum_variant_missing`), in the order it printed them.
    pub lints: Vec<String>,
}

/// Reads one run's output (`--color never`; the report goes to stdout, the progress and the
/// summary to stderr). A crate it skipped, or a run without a summary, is an error: an empty
/// output must never count as "nothing to report".
pub fn parse(stdout: &str, stderr: &str, success: bool) -> Result<Verdict> {
    let text = format!("{stdout}\n{stderr}");
    if let Some(line) = text
        .lines()
        .find(|l| l.trim_start().starts_with("Skipping"))
    {
        bail!(
            "cargo-semver-checks skipped the crate (`{}`); is it `publish = false` without `--package`?",
            line.trim()
        );
    }
    let lints = text
        .lines()
        .filter_map(|line| {
            let rest = line
                .strip_prefix("--- failure ")
                .or_else(|| line.strip_prefix("--- warning "))?;
            Some(rest.split(':').next()?.trim().to_string())
        })
        .collect();
    let summary = text
        .lines()
        .map(str::trim_start)
        .find_map(|l| l.strip_prefix("Summary "));
    let finding = match summary {
        Some(s) if s.contains("requires new major version") => Finding::Major,
        Some(s) if s.contains("requires new minor version") => Finding::Minor,
        Some(s) if s.contains("no semver update required") && success => Finding::Nothing,
        _ => bail!("cargo-semver-checks gave no verdict:\n{text}"),
    };
    Ok(Verdict { finding, lints })
}

/// One pair: the class `clientgen diff` gives it and what cargo-semver-checks found.
#[derive(Debug, Clone)]
pub struct Row {
    /// The pair's name.
    pub pair: String,
    /// The verdict of `clientgen diff` (which the compile proof confirms).
    pub class: Class,
    /// Its most severe change, as one line (`` `types::Pet::age`: type ... ``).
    pub change: String,
    /// cargo-semver-checks' verdict.
    pub checks: Verdict,
}

impl Row {
    /// Both call the change breaking, or both do not.
    pub fn agrees(&self) -> bool {
        (self.class == Class::Breaking) == (self.checks.finding == Finding::Major)
    }
}

/// The report: per class, the pairs, how many cargo-semver-checks calls breaking (a major
/// bump) or minor, and each pair where it and `clientgen diff` disagree, with its lints.
pub fn markdown(rows: &[Row]) -> String {
    let mut out = String::from(
        "# cargo-semver-checks and `clientgen diff` on the diff-proof pairs\n\n\
         | clientgen diff | pairs | cargo-semver-checks: major | minor | nothing | disagree |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for class in Class::ALL {
        let of_class: Vec<&Row> = rows.iter().filter(|r| r.class == class).collect();
        if of_class.is_empty() {
            continue;
        }
        let count = |f: Finding| of_class.iter().filter(|r| r.checks.finding == f).count();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            class.as_str(),
            of_class.len(),
            count(Finding::Major),
            count(Finding::Minor),
            count(Finding::Nothing),
            of_class.iter().filter(|r| !r.agrees()).count()
        );
    }
    let agree = rows.iter().filter(|r| r.agrees()).count();
    let _ = writeln!(
        out,
        "\nThey agree on whether a change is breaking for {agree} of {} pairs.",
        rows.len()
    );
    let wrong: Vec<&Row> = rows.iter().filter(|r| !r.agrees()).collect();
    if !wrong.is_empty() {
        out.push_str(
            "\n## Disagreements\n\n\
             | pair | clientgen diff | its most severe change | cargo-semver-checks | its lints |\n\
             |---|---|---|---|---|\n",
        );
        for row in &wrong {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                row.pair,
                row.class.as_str(),
                row.change.replace('|', "\\|"),
                row.checks.finding.as_str(),
                lint_list(&row.checks.lints)
            );
        }
    }
    let lints = lint_counts(rows);
    if !lints.is_empty() {
        out.push_str("\n## Lints that fired (pairs)\n\n");
        for (lint, n) in lints {
            let _ = writeln!(out, "- `{lint}`: {n}");
        }
    }
    out
}

fn lint_list(lints: &[String]) -> String {
    if lints.is_empty() {
        return "none".to_string();
    }
    lints
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How many pairs each lint fired on.
fn lint_counts(rows: &[Row]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for row in rows {
        let seen: BTreeSet<&str> = row.checks.lints.iter().map(String::as_str).collect();
        for lint in seen {
            *counts.entry(lint).or_insert(0) += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAILED_STDOUT: &str = "\n--- failure enum_variant_missing: pub enum variant removed or renamed ---\n\nDescription:\nA publicly-visible enum has at least one variant that is no longer available under its prior name.\n\nFailed in:\n  variant PetStatus::Sold, previously in file old/src/types.rs:121\n";
    const FAILED_STDERR: &str = "    Building p-x v1.0.0 (current)\n     Checked [   0.312s] 229 checks: 228 pass, 1 fail, 0 warn, 31 skip\n\n     Summary semver requires new major version: 1 major and 0 minor checks failed\n    Finished [  11.563s] p-x\n";
    const PASSED_STDERR: &str = "     Checked [   0.405s] 229 checks: 229 pass, 31 skip\n     Summary no semver update required\n    Finished [ 134.297s] p-x\n";

    #[test]
    fn a_failed_major_lint_is_a_major_finding_with_its_name() {
        let verdict = parse(FAILED_STDOUT, FAILED_STDERR, false).unwrap();
        assert_eq!(verdict.finding, Finding::Major);
        assert_eq!(verdict.lints, ["enum_variant_missing"]);
    }

    #[test]
    fn minor_findings_and_warnings_are_read() {
        let stdout = "--- warning function_marked_deprecated: function #[deprecated] added ---\n";
        let stderr =
            "     Summary semver requires new minor version: 0 major and 1 minor checks failed\n";
        let verdict = parse(stdout, stderr, false).unwrap();
        assert_eq!(verdict.finding, Finding::Minor);
        assert_eq!(verdict.lints, ["function_marked_deprecated"]);
    }

    #[test]
    fn a_passing_run_finds_nothing() {
        let verdict = parse("", PASSED_STDERR, true).unwrap();
        assert_eq!(verdict.finding, Finding::Nothing);
        assert!(verdict.lints.is_empty());
    }

    #[test]
    fn a_skipped_crate_is_an_error_not_a_pass() {
        // What `publish = false` without `--package` gives with `-vv`: exit 0 and one line
        // (without `-vv`, nothing at all: no summary, the error below).
        let error = parse("", "    Skipping p-x v1.0.0 (current)\n", true).unwrap_err();
        assert!(error.to_string().contains("skipped"), "{error}");
    }

    #[test]
    fn a_run_without_a_summary_is_an_error() {
        assert!(parse("", "", true).is_err());
        assert!(parse("", "error: failed to build rustdoc for crate p-x\n", false).is_err());
        // "no update required" from a run that failed is not a pass either.
        assert!(parse("", PASSED_STDERR, false).is_err());
    }

    fn row(pair: &str, class: Class, finding: Finding, lints: &[&str]) -> Row {
        Row {
            pair: pair.to_string(),
            class,
            change: format!("`{pair}`: a | b"),
            checks: Verdict {
                finding,
                lints: lints.iter().map(|l| l.to_string()).collect(),
            },
        }
    }

    #[test]
    fn only_a_major_finding_counts_as_breaking() {
        assert!(row("a", Class::Breaking, Finding::Major, &[]).agrees());
        assert!(!row("b", Class::Breaking, Finding::Nothing, &[]).agrees());
        assert!(!row("c", Class::Breaking, Finding::Minor, &[]).agrees());
        assert!(!row("d", Class::Additive, Finding::Major, &["x"]).agrees());
        assert!(row("e", Class::Additive, Finding::Minor, &[]).agrees());
        assert!(row("f", Class::None, Finding::Nothing, &[]).agrees());
    }

    #[test]
    fn the_report_counts_per_class_and_lists_the_disagreements() {
        let rows = [
            row(
                "field-removed",
                Class::Breaking,
                Finding::Major,
                &["struct_pub_field_missing"],
            ),
            row("field-type-changed", Class::Breaking, Finding::Nothing, &[]),
            row("path-moved", Class::Wire, Finding::Nothing, &[]),
            row(
                "field-added",
                Class::Additive,
                Finding::Major,
                &[
                    "constructible_struct_adds_field",
                    "struct_pub_field_missing",
                ],
            ),
        ];
        let report = markdown(&rows);
        assert!(
            report.contains("| breaking | 2 | 1 | 0 | 1 | 1 |"),
            "{report}"
        );
        assert!(report.contains("| wire | 1 | 0 | 0 | 1 | 0 |"), "{report}");
        assert!(
            report.contains("| additive | 1 | 1 | 0 | 0 | 1 |"),
            "{report}"
        );
        assert!(!report.contains("| docs |"), "{report}");
        assert!(report.contains("for 2 of 4 pairs"), "{report}");
        assert!(report.contains(
            "| field-type-changed | breaking | `field-type-changed`: a \\| b | nothing | none |"
        ), "{report}");
        assert!(report.contains(
            "| additive | `field-added`: a \\| b | major | `constructible_struct_adds_field`, `struct_pub_field_missing` |"
        ), "{report}");
        assert!(!report.contains("| path-moved | wire"), "{report}");
        assert!(
            report.contains("- `struct_pub_field_missing`: 2"),
            "{report}"
        );
    }
}
