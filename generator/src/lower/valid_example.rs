//! Example values that satisfy their schema: the spec's own example when it is valid, else a
//! plausible value for the name or `format`, fitted to `pattern`, `minLength`/`maxLength`,
//! `minimum`/`maximum` (exclusive or not) and `minItems`.

use super::pattern_example;
use crate::ir::Constraints;

/// The most items an example array gets, whatever `minItems` says.
const MAX_ITEMS: usize = 8;

/// A string satisfying `c`: `example` when it does, else `fallback` or a value for the
/// `format`, else a draw from the `pattern`, else the fallback padded or cut to length.
pub fn string(c: &Constraints, example: Option<&str>, fallback: impl FnOnce() -> String) -> String {
    if let Some(example) = example.filter(|e| string_fits(c, e)) {
        return example.to_string();
    }
    let candidate = c
        .format
        .as_deref()
        .and_then(format_example)
        .map_or_else(fallback, str::to_string);
    if string_fits(c, &candidate) {
        return candidate;
    }
    if let Some(pattern) = &c.pattern {
        if let Some(drawn) = pattern_example::matching(pattern, |t| length_fits(c, t)) {
            return drawn;
        }
    }
    fit_length(c, candidate)
}

/// An integer within the bounds of `c`: `value` when it is, else the nearest bound.
pub fn integer(c: &Constraints, value: i64) -> i64 {
    let low = c.minimum.map(|(m, exclusive)| {
        if exclusive {
            (m.floor() as i64).saturating_add(1)
        } else {
            m.ceil() as i64
        }
    });
    let high = c.maximum.map(|(m, exclusive)| {
        if exclusive {
            (m.ceil() as i64).saturating_sub(1)
        } else {
            m.floor() as i64
        }
    });
    match (low, high) {
        (Some(low), _) if value < low => low,
        (_, Some(high)) if value > high => high,
        _ => value,
    }
}

/// A number within the bounds of `c`: `value` when it is, else one just inside them.
pub fn number(c: &Constraints, value: f64) -> f64 {
    let above = |v: f64| match c.minimum {
        Some((m, true)) => v > m,
        Some((m, false)) => v >= m,
        None => true,
    };
    let below = |v: f64| match c.maximum {
        Some((m, true)) => v < m,
        Some((m, false)) => v <= m,
        None => true,
    };
    if above(value) && below(value) {
        return value;
    }
    match (c.minimum, c.maximum) {
        (Some((low, _)), Some((high, _))) => low + (high - low) / 2.0,
        (Some((low, exclusive)), None) => low + if exclusive { 1.0 } else { 0.0 },
        (None, Some((high, exclusive))) => high - if exclusive { 1.0 } else { 0.0 },
        (None, None) => value,
    }
}

/// How many items an example array gets: `minItems`, at least one.
pub fn item_count(c: &Constraints) -> usize {
    c.min_items.unwrap_or(1).clamp(1, MAX_ITEMS)
}

fn string_fits(c: &Constraints, text: &str) -> bool {
    length_fits(c, text)
        && c.pattern
            .as_deref()
            .is_none_or(|p| pattern_example::matches(p, text) != Some(false))
        && c.format.as_deref().is_none_or(|f| format_fits(f, text))
}

fn length_fits(c: &Constraints, text: &str) -> bool {
    let length = text.chars().count();
    c.min_length.is_none_or(|min| length >= min) && c.max_length.is_none_or(|max| length <= max)
}

/// `text` padded with `x` to `minLength`, or cut to `maxLength`.
fn fit_length(c: &Constraints, mut text: String) -> String {
    if let Some(max) = c.max_length {
        text = text.chars().take(max).collect();
    }
    if let Some(min) = c.min_length.filter(|min| *min <= 1024) {
        while text.chars().count() < min {
            text.push('x');
        }
    }
    text
}

/// A value of a string `format`, for the formats whose values have a fixed shape.
fn format_example(format: &str) -> Option<&'static str> {
    Some(match format {
        "email" | "idn-email" => "jane.doe@example.com",
        "uri" | "url" | "iri" | "uri-reference" | "iri-reference" => "https://example.com",
        "hostname" | "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.10",
        "ipv6" => "2001:db8::10",
        "uuid" => "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
        "date" => "2024-01-15",
        "date-time" => "2024-01-15T09:30:00Z",
        "time" => "09:30:00Z",
        _ => return None,
    })
}

/// Whether `text` has the shape of `format` (formats without a fixed shape always fit).
fn format_fits(format: &str, text: &str) -> bool {
    match format {
        "email" | "idn-email" => {
            text.contains('@') && !text.starts_with('@') && !text.ends_with('@')
        }
        "uri" | "url" | "iri" => text.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }),
        "ipv4" => text.parse::<std::net::Ipv4Addr>().is_ok(),
        "ipv6" => text.parse::<std::net::Ipv6Addr>().is_ok(),
        "uuid" => is_uuid(text),
        "date" => is_date(text),
        "date-time" => is_date_time(text),
        _ => true,
    }
}

/// A plausible string for a field or parameter without an example, from its name.
pub fn string_for(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let has = |word: &str| lower.contains(word);
    let value = if has("email") {
        "jane.doe@example.com"
    } else if has("url") || has("uri") || has("href") || has("link") {
        "https://example.com"
    } else if has("domain") {
        "example.com"
    } else if has("username") || has("login") {
        "jane.doe"
    } else if has("password") {
        "correct-horse-battery-staple"
    } else if has("phone") {
        "+1-555-0100"
    } else if has("token") || has("cursor") {
        "next-page-token"
    } else if lower.ends_with("id") || lower.ends_with("ids") || lower.ends_with("_id") {
        "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42"
    } else if has("description") {
        "Created from the Rust client"
    } else if has("namespace") {
        "directory"
    } else if has("name") {
        "example-name"
    } else {
        return format!(
            "example-{}",
            super::naming::snake_name(name)
                .trim_end_matches('_')
                .replace('_', "-")
        );
    };
    value.to_string()
}

/// A plausible integer for a field or parameter without an example, from its name.
pub fn integer_for(name: &str) -> i64 {
    let lower = name.to_ascii_lowercase();
    if lower.contains("size")
        || lower.contains("limit")
        || lower.contains("per_page")
        || lower.contains("count")
    {
        25
    } else {
        1
    }
}

pub fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && text.chars().filter(char::is_ascii_digit).count() == 8
}

pub fn is_date_time(text: &str) -> bool {
    text.len() >= 20
        && is_date(&text[..10])
        && text.as_bytes()[10] == b'T'
        && (text.ends_with('Z') || text.contains('+'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c() -> Constraints {
        Constraints::default()
    }

    #[test]
    fn strings_keep_a_valid_example_and_replace_an_invalid_one() {
        let id = Constraints {
            pattern: Some("^acc-[0-9]{4}$".into()),
            ..c()
        };
        assert_eq!(string(&id, Some("acc-0042"), String::new), "acc-0042");
        let drawn = string(&id, Some("nope"), || "example-id".into());
        assert_eq!(
            pattern_example::matches("^acc-[0-9]{4}$", &drawn),
            Some(true),
            "{drawn}"
        );
        let short = Constraints {
            max_length: Some(4),
            min_length: Some(2),
            ..c()
        };
        assert_eq!(string(&short, None, || "example-name".into()), "exam");
        let long = Constraints {
            min_length: Some(32),
            max_length: Some(32),
            ..c()
        };
        assert_eq!(string(&long, None, || "id".into()).len(), 32);
        let email = Constraints {
            format: Some("email".into()),
            ..c()
        };
        assert_eq!(
            string(&email, Some("not an email"), || "x".into()),
            "jane.doe@example.com"
        );
        let uri = Constraints {
            format: Some("uri".into()),
            ..c()
        };
        assert_eq!(
            string(&uri, Some("https://a.example/x"), String::new),
            "https://a.example/x"
        );
    }

    #[test]
    fn numbers_stay_in_bounds() {
        let age = Constraints {
            minimum: Some((60.0, false)),
            maximum: Some((21600.0, false)),
            ..c()
        };
        assert_eq!(integer(&age, 1), 60);
        assert_eq!(integer(&age, 100), 100);
        assert_eq!(integer(&age, 99_999), 21600);
        let open = Constraints {
            minimum: Some((0.0, true)),
            maximum: Some((10.0, true)),
            ..c()
        };
        assert_eq!((integer(&open, 0), integer(&open, 10)), (1, 9));
        assert_eq!(number(&open, 10.0), 5.0);
        assert_eq!(number(&open, 2.5), 2.5);
        let above = Constraints {
            minimum: Some((0.5, true)),
            ..c()
        };
        assert_eq!(number(&above, 0.5), 1.5);
    }

    #[test]
    fn arrays_have_min_items() {
        assert_eq!(item_count(&c()), 1);
        assert_eq!(
            item_count(&Constraints {
                min_items: Some(3),
                ..c()
            }),
            3
        );
        assert_eq!(
            item_count(&Constraints {
                min_items: Some(10_000),
                ..c()
            }),
            MAX_ITEMS
        );
    }
}
