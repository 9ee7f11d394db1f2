//! Collecting changes, and pairing up the old and new versions of a list of items.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use super::report::{Change, Class};

/// Where an item is in the old and the new document.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a> {
    /// The item, relative to the crate root (`types::Pet::name`).
    pub item: &'a str,
    /// Its JSON pointer in the old document.
    pub old: &'a str,
    /// Its JSON pointer in the new document.
    pub new: &'a str,
}

impl<'a> Site<'a> {
    /// The same places, for another item (a member of this one).
    pub fn at(self, item: &'a str) -> Site<'a> {
        Site { item, ..self }
    }
}

/// Whether the names both lists have come in another order in `new` (what was added or
/// removed aside): `(a, b)` → `(b, c, a)` is reordered, `(a, b)` → `(a, c, b)` is not.
pub fn reordered(old: &[String], new: &[String]) -> bool {
    let kept: Vec<&String> = old.iter().filter(|name| new.contains(name)).collect();
    let still: Vec<&String> = new.iter().filter(|name| old.contains(name)).collect();
    kept != still
}

/// The changes found so far.
#[derive(Debug, Default)]
pub struct Changes(pub Vec<Change>);

impl Changes {
    /// A change of an item that is in both documents.
    pub fn changed(&mut self, class: Class, site: Site<'_>, message: impl Into<String>) {
        self.push(class, site.item, Some(site.old), Some(site.new), message);
    }

    /// An item that only the old document has.
    pub fn removed(&mut self, class: Class, item: &str, old: &str, message: impl Into<String>) {
        self.push(class, item, Some(old), None, message);
    }

    /// An item that only the new document has.
    pub fn added(&mut self, class: Class, item: &str, new: &str, message: impl Into<String>) {
        self.push(class, item, None, Some(new), message);
    }

    fn push(
        &mut self,
        class: Class,
        item: &str,
        old: Option<&str>,
        new: Option<&str>,
        message: impl Into<String>,
    ) {
        self.0.push(Change {
            class,
            item: item.to_string(),
            old_pointer: old.map(str::to_string),
            new_pointer: new.map(str::to_string),
            message: message.into(),
        });
    }

    /// Records `class` when `old != new`, as "`what`: old → new".
    pub fn value<T: PartialEq + std::fmt::Debug>(
        &mut self,
        class: Class,
        site: Site<'_>,
        what: &str,
        old: &T,
        new: &T,
    ) {
        if old != new {
            self.changed(
                class,
                site,
                format!("{what}: {} → {}", brief(old), brief(new)),
            );
        }
    }

    /// Records a change of the `deprecated` mark (documentation: rustdoc says so).
    pub fn deprecated(&mut self, site: Site<'_>, old: bool, new: bool) {
        self.value(Class::Docs, site, "deprecated", &old, &new);
    }

    /// Records a documentation change when the texts differ.
    pub fn docs(&mut self, site: Site<'_>, what: &str, old: &Option<String>, new: &Option<String>) {
        self.value(Class::Docs, site, what, old, new);
    }
}

/// A value on one line, at most 80 characters (long descriptions are cut with `…`); an
/// `Option` shows as its value or `none`.
pub fn brief<T: std::fmt::Debug>(value: &T) -> String {
    const MAX: usize = 80;
    let debug = format!("{value:?}");
    let text = match debug
        .strip_prefix("Some(")
        .and_then(|t| t.strip_suffix(')'))
    {
        Some(inner) => inner.to_string(),
        None if debug == "None" => "none".to_string(),
        None => debug,
    };
    if text.chars().count() <= MAX {
        return text;
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{cut}…")
}

/// The items of an old and a new list, paired by a key.
pub struct Paired<'a, T> {
    /// Only in the old list, in its order.
    pub removed: Vec<&'a T>,
    /// Only in the new list, in its order.
    pub added: Vec<&'a T>,
    /// In both, in the new list's order.
    pub both: Vec<(&'a T, &'a T)>,
    /// Whether the items in both come in another order in the new list.
    pub reordered: bool,
}

/// Pairs the items of `old` and `new` that have the same `key` (keys are unique in a list).
pub fn pair<'a, T, K: Eq + Hash>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&'a T) -> K,
) -> Paired<'a, T> {
    let old_index: HashMap<K, usize> = old
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i))
        .collect();
    let new_keys: HashSet<K> = new.iter().map(&key).collect();
    let removed = old
        .iter()
        .filter(|item| !new_keys.contains(&key(*item)))
        .collect();
    let mut added = Vec::new();
    let mut both = Vec::new();
    let mut old_positions = Vec::new();
    for item in new {
        match old_index.get(&key(item)) {
            Some(&index) => {
                both.push((&old[index], item));
                old_positions.push(index);
            }
            None => added.push(item),
        }
    }
    let reordered = old_positions.windows(2).any(|w| w[0] > w[1]);
    Paired {
        removed,
        added,
        both,
        reordered,
    }
}

/// A JSON pointer below `base`: `#/components/schemas/Pet` + `properties`, `tag` →
/// `#/components/schemas/Pet/properties/tag` (`~` and `/` escaped).
pub fn below(base: &str, segments: &[&str]) -> String {
    let mut pointer = base.to_string();
    for segment in segments {
        pointer.push('/');
        pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_by_key_and_sees_reordering() {
        let old = ["a", "b", "c"];
        let new = ["c", "a", "d"];
        let paired = pair(&old, &new, |s: &&str| *s);
        assert_eq!(paired.removed, [&"b"]);
        assert_eq!(paired.added, [&"d"]);
        assert_eq!(paired.both, [(&"c", &"c"), (&"a", &"a")]);
        assert!(paired.reordered);
        assert!(!pair(&old, &["a", "c"], |s: &&str| *s).reordered);
    }

    #[test]
    fn pointers_escape_segments() {
        assert_eq!(
            below("#/paths", &["/pets/{id}", "get"]),
            "#/paths/~1pets~1{id}/get"
        );
        assert_eq!(below("#", &["a~b"]), "#/a~0b");
    }

    #[test]
    fn brief_values_fit_one_line() {
        assert_eq!(brief(&"x"), "\"x\"");
        assert!(brief(&"y".repeat(200)).ends_with('…'));
        assert_eq!(brief(&Some("a")), "\"a\"");
        assert_eq!(brief(&None::<String>), "none");
    }
}
