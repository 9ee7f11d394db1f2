//! Diffs. Unified diffs of generated files, formatted like `git diff` so a CI log reads like
//! a pull request (`clientgen generate --check` and `cargo xtask check` print them); and the
//! API diff of `clientgen diff` ([`compare`]), which compares two versions of a spec through
//! their IRs and says what each change does to the generated crate's users.

mod api;
mod changes;
mod fields;
mod markdown;
mod operations;
mod report;
mod requests;
mod responses;
mod ty;
mod types;

pub use api::compare;
pub use markdown::render as markdown;
pub use report::{Bump, Change, Class, Report};

use similar::TextDiff;

/// Lines of context around each change.
pub const CONTEXT: usize = 3;

/// A git-style unified diff of one file, `path` being relative to the repository root.
///
/// `old` is the file on disk and `new` what the generator produces; `None` means the file
/// does not exist on that side (shown as `/dev/null`, like git does for new and deleted files).
pub fn unified(path: &str, old: Option<&str>, new: Option<&str>) -> String {
    let a = format!("a/{path}");
    let b = format!("b/{path}");
    let mut out = format!("diff --git {a} {b}\n");
    let (old_name, new_name) = match (old, new) {
        (None, _) => {
            out.push_str("new file\n");
            ("/dev/null", b.as_str())
        }
        (_, None) => {
            out.push_str("deleted file\n");
            (a.as_str(), "/dev/null")
        }
        _ => (a.as_str(), b.as_str()),
    };
    let (old, new) = (old.unwrap_or(""), new.unwrap_or(""));
    let hunks = TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(CONTEXT)
        .header(old_name, new_name)
        .to_string();
    if hunks.is_empty() {
        // Both sides are empty, or identical: still say which file it is about.
        out.push_str(&format!("--- {old_name}\n+++ {new_name}\n"));
    } else {
        out.push_str(&hunks);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_file_has_git_headers_and_three_lines_of_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        let diff = unified("generated/x/src/lib.rs", Some(old), Some(new));
        assert_eq!(
            diff,
            "diff --git a/generated/x/src/lib.rs b/generated/x/src/lib.rs\n\
             --- a/generated/x/src/lib.rs\n\
             +++ b/generated/x/src/lib.rs\n\
             @@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn missing_file_is_diffed_from_dev_null() {
        let diff = unified("generated/x/README.md", None, Some("hello\n"));
        assert_eq!(
            diff,
            "diff --git a/generated/x/README.md b/generated/x/README.md\nnew file\n\
             --- /dev/null\n+++ b/generated/x/README.md\n@@ -0,0 +1 @@\n+hello\n"
        );
    }

    #[test]
    fn stale_file_is_diffed_to_dev_null() {
        let diff = unified("generated/x/old.rs", Some("a\nb\n"), None);
        assert!(
            diff.contains("deleted file\n--- a/generated/x/old.rs\n+++ /dev/null\n"),
            "{diff}"
        );
        assert!(diff.ends_with("-a\n-b\n"), "{diff}");
    }

    #[test]
    fn missing_final_newline_is_shown() {
        let diff = unified("f", Some("a\n"), Some("a"));
        assert!(diff.contains("\\ No newline at end of file"), "{diff}");
    }

    #[test]
    fn empty_new_file_still_names_the_file() {
        let diff = unified("generated/x/empty.rs", None, Some(""));
        assert!(diff.contains("+++ b/generated/x/empty.rs"), "{diff}");
    }
}
