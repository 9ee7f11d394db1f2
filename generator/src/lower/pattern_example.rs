//! Strings that match a schema's `pattern`, for the generated examples: drawn from the
//! pattern by `rand_regex` with a fixed seed (the same string on every run), in readable
//! ASCII where the pattern allows it, and checked with `regex` against the whole pattern,
//! anchors included. An ASCII text is checked against the pattern's ASCII part, which
//! matches it alike and stays small where the whole pattern does not compile
//! (`.{16,1024}`, `[\w\d]{17}`: each Unicode class repeated a thousand times).

use std::cell::RefCell;
use std::collections::HashMap;

use rand::{RngExt, SeedableRng};
use regex_syntax::hir::{self, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// How many extra repetitions `*`, `+` and `{n,}` may draw: few for readable examples, more
/// when no short draw fits (`arn:.*` with `minLength: 20`).
const MAX_REPEATS: [u32; 3] = [6, 32, 128];
/// Samples drawn before giving up on one that also fits the other constraints.
const TRIES: usize = 64;
/// Patterns past this size (compiled) are not used: no real API needs one.
const SIZE_LIMIT: usize = 1 << 24;
/// The seed of every draw.
const SEED: u64 = 0x5eed_0fc1_1e47;

/// Whether `text` matches `pattern` (searched, as JSON Schema does); `None` when neither
/// `regex` nor, for look-arounds, `fancy-regex` reads it (back-references, ...).
pub fn matches(pattern: &str, text: &str) -> Option<bool> {
    let ascii = text.is_ascii();
    COMPILED.with_borrow_mut(|compiled| {
        let regex = compiled
            .entry((pattern.to_string(), ascii))
            .or_insert_with(|| compile(pattern, ascii));
        regex.as_ref()?.is_match(text)
    })
}

thread_local! {
    /// Each pattern compiled once, for ASCII texts (`true`) or any text, and kept: a spec
    /// reuses few patterns many times.
    static COMPILED: RefCell<HashMap<(String, bool), Option<Checker>>> = RefCell::default();
}

/// A compiled pattern: by `regex`, or by `fancy-regex` when it has look-arounds.
enum Checker {
    Plain(regex::Regex),
    Fancy(fancy_regex::Regex),
}

impl Checker {
    /// Whether `text` matches; `None` when `fancy-regex` gives up (its backtracking limit).
    fn is_match(&self, text: &str) -> Option<bool> {
        match self {
            Checker::Plain(regex) => Some(regex.is_match(text)),
            Checker::Fancy(regex) => regex.is_match(text).ok(),
        }
    }
}

/// `pattern` compiled whole, or only its ASCII part when `ascii`; by `fancy-regex` when
/// `regex` cannot read it.
fn compile(pattern: &str, ascii: bool) -> Option<Checker> {
    let source = match ascii {
        true => parse(pattern).map(|hir| ascii_part(&hir).to_string()),
        false => Some(pattern.to_string()),
    };
    let plain = source.and_then(|source| {
        regex::RegexBuilder::new(&source)
            .size_limit(SIZE_LIMIT)
            .build()
            .ok()
    });
    match plain {
        Some(regex) => Some(Checker::Plain(regex)),
        None if has_look_around(pattern) => {
            fancy_regex::Regex::new(pattern).ok().map(Checker::Fancy)
        }
        None => None,
    }
}

/// Whether `pattern` has a look-ahead or look-behind group (`(?=`, `(?!`, `(?<=`, `(?<!`).
fn has_look_around(pattern: &str) -> bool {
    !look_arounds(pattern).is_empty()
}

/// The byte ranges of `pattern`'s outermost look-around groups, each with its parentheses.
fn look_arounds(pattern: &str) -> Vec<std::ops::Range<usize>> {
    const OPENINGS: [&str; 4] = ["(?=", "(?!", "(?<=", "(?<!"];
    let bytes = pattern.as_bytes();
    let mut ranges = Vec::new();
    let (mut at, mut depth, mut start, mut in_class) = (0, 0usize, 0, false);
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            _ if in_class => {}
            b'(' if depth > 0 => depth += 1,
            b'(' if OPENINGS.iter().any(|o| pattern[at..].starts_with(o)) => {
                (depth, start) = (1, at);
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    ranges.push(start..at + 1);
                }
            }
            _ => {}
        }
        at += 1;
    }
    ranges
}

/// `pattern` without its look-around groups: what a draw can come from (the draw is then
/// checked against the whole pattern).
fn without_look_arounds(pattern: &str) -> String {
    let mut kept = String::with_capacity(pattern.len());
    let mut from = 0;
    for range in look_arounds(pattern) {
        kept.push_str(&pattern[from..range.start]);
        from = range.end;
    }
    kept.push_str(&pattern[from..]);
    kept
}

/// `pattern` read by `regex-syntax`; `None` when it cannot be.
fn parse(pattern: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new()
        .nest_limit(64)
        .build()
        .parse(pattern)
        .ok()
}

/// A string that matches `pattern` and satisfies `fits`, or `None` when the pattern cannot be
/// read or no draw fits. A pattern is searched, not matched whole, so when no draw of it
/// fits, draws may go on past what it asks for (gamesparks' `^arn:aws:gamesparks:` with
/// `minLength: 20`).
pub fn matching(pattern: &str, fits: impl Fn(&str) -> bool) -> Option<String> {
    let continued = format!("(?:{pattern})[a-z0-9]*");
    draw(pattern, pattern, &fits).or_else(|| draw(&continued, pattern, &fits))
}

/// A draw from `source` (without its look-arounds, which a draw cannot come from) that
/// matches `pattern` and satisfies `fits`.
fn draw(source: &str, pattern: &str, fits: &impl Fn(&str) -> bool) -> Option<String> {
    let hir = parse(source).or_else(|| parse(&without_look_arounds(source)))?;
    MAX_REPEATS.iter().find_map(|&max_repeat| {
        let readable = readable(hir.clone(), max_repeat);
        let generator = rand_regex::Regex::with_hir(readable, max_repeat).ok()?;
        let mut rng = rand_pcg::Pcg64::seed_from_u64(SEED);
        (0..TRIES)
            .map(|_| rng.sample::<String, _>(&generator))
            .find(|text| matches(pattern, text) != Some(false) && fits(text))
    })
}

/// `hir` with each character class narrowed to ASCII (an empty class matches nothing) and
/// Unicode word boundaries made ASCII ones: on an ASCII text it matches as `hir` does.
fn ascii_part(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut ascii = class.clone();
            ascii.intersect(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]));
            Hir::class(Class::Unicode(ascii))
        }
        HirKind::Look(look) => Hir::look(ascii_look(*look)),
        HirKind::Repetition(repetition) => Hir::repetition(hir::Repetition {
            sub: Box::new(ascii_part(&repetition.sub)),
            ..repetition.clone()
        }),
        HirKind::Capture(capture) => Hir::capture(hir::Capture {
            sub: Box::new(ascii_part(&capture.sub)),
            ..capture.clone()
        }),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(ascii_part).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.iter().map(ascii_part).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(Class::Bytes(_)) => hir.clone(),
    }
}

/// The ASCII form of a word boundary; other look-arounds as they are.
fn ascii_look(look: Look) -> Look {
    match look {
        Look::WordUnicode => Look::WordAscii,
        Look::WordUnicodeNegate => Look::WordAsciiNegate,
        Look::WordStartUnicode => Look::WordStartAscii,
        Look::WordEndUnicode => Look::WordEndAscii,
        Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
        Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
        other => other,
    }
}

/// `hir` without anchors and word boundaries (the check after the draw enforces them), with
/// each character class narrowed to printable ASCII where it has any, and at most
/// `max_repeat` repetitions past the least of a bounded one (`.{1,1024}`), as of `*`.
fn readable(hir: Hir, max_repeat: u32) -> Hir {
    let readable = |hir| readable(hir, max_repeat);
    match hir.into_kind() {
        HirKind::Empty | HirKind::Look(_) => Hir::empty(),
        HirKind::Literal(hir::Literal(bytes)) => Hir::literal(bytes),
        HirKind::Class(Class::Unicode(class)) => {
            let mut ascii = class.clone();
            ascii.intersect(&ClassUnicode::new([ClassUnicodeRange::new(' ', '~')]));
            let class = if ascii.ranges().is_empty() {
                class
            } else {
                ascii
            };
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Repetition(repetition) => Hir::repetition(hir::Repetition {
            sub: Box::new(readable(*repetition.sub)),
            max: repetition
                .max
                .map(|max| max.min(repetition.min.saturating_add(max_repeat))),
            ..repetition
        }),
        HirKind::Capture(capture) => Hir::capture(hir::Capture {
            sub: Box::new(readable(*capture.sub)),
            ..capture
        }),
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(readable).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.into_iter().map(readable).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_match_and_repeat() {
        for pattern in [
            "^acc-[0-9]{4}$",
            r"^arn:aws:lambda:[a-z]{2}-[a-z]+-\d:\d{12}:function:[\w-]+$",
            "^[a-f0-9]{32}$",
            r"\w+@\w+\.com",
            "^(?<kind>small|large)_[A-Z]{2,3}$",
        ] {
            let first = matching(pattern, |_| true).expect(pattern);
            assert_eq!(matches(pattern, &first), Some(true), "{pattern}: {first}");
            assert!(first.is_ascii(), "{pattern}: {first}");
            assert_eq!(matching(pattern, |_| true).as_deref(), Some(first.as_str()));
        }
    }

    #[test]
    fn other_constraints_choose_among_draws() {
        let long = matching("^[a-z]{1,10}$", |t| t.len() >= 8).expect("a long draw");
        assert!(long.len() >= 8, "{long}");
        assert_eq!(matching("^a$", |t| t.len() > 1), None);
        // AWS's role ARNs: `arn:.*` with `minLength: 20` needs more than a few repetitions.
        let arn = matching("arn:.*", |t| t.len() >= 20).expect("a long ARN");
        assert!(arn.starts_with("arn:") && arn.len() >= 20, "{arn}");
        // A pattern is searched: text may follow its literal prefix to reach `minLength`.
        let prefixed = matching("^arn:aws:gamesparks:", |t| t.len() >= 20).expect("an ARN");
        assert!(prefixed.starts_with("arn:aws:gamesparks:") && prefixed.len() >= 20);
        assert_eq!(matching("^arn:aws:gamesparks:$", |t| t.len() >= 20), None);
    }

    #[test]
    fn long_repetitions_of_unicode_classes_are_checked() {
        // Each too large for `regex` whole: AWS's tokens, EC2 instance ids, omics' S3 URIs.
        let token = ".{16,1024}";
        assert_eq!(matches(token, "next-page-token"), Some(false));
        assert_eq!(matches(token, "next-page-token-2"), Some(true));
        let instance = r"i-[\w\d]{8}$|^i-[\w\d]{17}";
        assert_eq!(matches(instance, "example-instances"), Some(false));
        assert_eq!(matches(instance, "i-0123abcd"), Some(true));
        let uri = r"s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/(.{1,1024})";
        assert_eq!(matches(uri, "example-source"), Some(false));
        for pattern in [token, instance, uri, r"\S{1,8192}"] {
            let drawn = matching(pattern, |_| true).expect(pattern);
            assert_eq!(matches(pattern, &drawn), Some(true), "{pattern}: {drawn}");
            assert!(
                drawn.len() <= 100,
                "{pattern}: a readable draw, not {drawn}"
            );
        }
    }

    #[test]
    fn ascii_texts_match_as_the_whole_pattern_says() {
        assert_eq!(matches(r"^\w+$", "caf\u{e9}"), Some(true));
        assert_eq!(matches(r"^\w+$", "a b"), Some(false));
        assert_eq!(matches(r"^[^a]$", "b"), Some(true));
        assert_eq!(matches(r"^\p{Greek}$", "a"), Some(false));
        assert_eq!(matches(r"\bkey\b", "a key."), Some(true));
        assert_eq!(matches(r"\bkey\b", "keys"), Some(false));
        assert_eq!(matches("(?i)^KEY$", "key"), Some(true));
    }

    #[test]
    fn patterns_with_look_arounds_are_drawn_without_them_and_checked_whole() {
        // iotanalytics' names: no leading `__`.
        let name = r"(^(?!_{2}))(^[a-zA-Z0-9_]+$)";
        assert_eq!(matches(name, "dataset_1"), Some(true));
        assert_eq!(matches(name, "__dataset"), Some(false));
        assert_eq!(matches(name, "data-set"), Some(false));
        let drawn = matching(name, |_| true).expect("a name");
        assert_eq!(matches(name, &drawn), Some(true), "{drawn}");
        assert_eq!(
            without_look_arounds(r"a(?=b(c))[(?!]\(?!x)d"),
            r"a[(?!]\(?!x)d"
        );
        assert!(!has_look_around(r"[(?=]\(?!"));
        // Every draw is checked: none meets a look-ahead that forbids what it draws.
        assert_eq!(matching(r"^(?!a)a$", |_| true), None);
    }

    #[test]
    fn unreadable_patterns_give_nothing() {
        // A back-reference: neither `regex` nor a look-around-free draw reads it.
        assert_eq!(matches(r"(a)\1", "aa"), None);
        assert_eq!(matching(r"(a)\1", |_| true), None);
        assert_eq!(matching("[", |_| true), None);
    }
}
