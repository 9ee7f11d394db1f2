//! Strings that match a schema's `pattern`, for the generated examples: drawn from the
//! pattern by `rand_regex` with a fixed seed (the same string on every run), in readable
//! ASCII where the pattern allows it, and checked with `regex` against the whole pattern,
//! anchors included.

use rand::{RngExt, SeedableRng};
use regex_syntax::hir::{self, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// How many extra repetitions `*`, `+` and `{n,}` may draw: few for readable examples, more
/// when no short draw fits (`arn:.*` with `minLength: 20`).
const MAX_REPEATS: [u32; 3] = [6, 32, 128];
/// Samples drawn before giving up on one that also fits the other constraints.
const TRIES: usize = 64;
/// Patterns past this size (compiled) are not used: no real API needs one.
const SIZE_LIMIT: usize = 1 << 20;
/// The seed of every draw.
const SEED: u64 = 0x5eed_0fc1_1e47;

/// Whether `text` matches `pattern` (searched, as JSON Schema does); `None` when the pattern
/// is not one the `regex` crate reads (look-around, back-references, ...).
pub fn matches(pattern: &str, text: &str) -> Option<bool> {
    let regex = regex::RegexBuilder::new(pattern)
        .size_limit(SIZE_LIMIT)
        .build()
        .ok()?;
    Some(regex.is_match(text))
}

/// A string that matches `pattern` and satisfies `fits`, or `None` when the pattern cannot be
/// read or no draw fits.
pub fn matching(pattern: &str, fits: impl Fn(&str) -> bool) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new()
        .nest_limit(64)
        .build()
        .parse(pattern)
        .ok()?;
    let hir = readable(hir);
    MAX_REPEATS.iter().find_map(|&max_repeat| {
        let generator = rand_regex::Regex::with_hir(hir.clone(), max_repeat).ok()?;
        let mut rng = rand_pcg::Pcg64::seed_from_u64(SEED);
        (0..TRIES)
            .map(|_| rng.sample::<String, _>(&generator))
            .find(|text| matches(pattern, text) != Some(false) && fits(text))
    })
}

/// `hir` without anchors and word boundaries (the check after the draw enforces them), and
/// with each character class narrowed to printable ASCII where it has any.
fn readable(hir: Hir) -> Hir {
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
    }

    #[test]
    fn unreadable_patterns_give_nothing() {
        assert_eq!(matches("(?=x)", "x"), None);
        assert_eq!(matching("(?=x)", |_| true), None);
        assert_eq!(matching("[", |_| true), None);
    }
}
