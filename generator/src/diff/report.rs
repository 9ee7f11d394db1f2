//! What `clientgen diff` finds: the changes, their classes, the verdict and the version bump.

use serde::Serialize;

/// How a change affects the users of the generated crate, most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Code that compiled against the old crate may not compile against the new one.
    Breaking,
    /// The Rust API is unchanged, but requests or responses change on the wire.
    Wire,
    /// New capability: old code keeps compiling and behaving.
    Additive,
    /// Documentation only.
    Docs,
    /// Nothing a user can observe (reordering).
    None,
}

impl Class {
    /// Every class, most severe first.
    pub const ALL: [Class; 5] = [
        Class::Breaking,
        Class::Wire,
        Class::Additive,
        Class::Docs,
        Class::None,
    ];

    /// The class as JSON and the Markdown spell it (`breaking`).
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Wire => "wire",
            Class::Additive => "additive",
            Class::Docs => "docs",
            Class::None => "none",
        }
    }
}

impl std::str::FromStr for Class {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Class::ALL
            .into_iter()
            .find(|class| class.as_str() == text)
            .ok_or_else(|| {
                format!("`{text}` is not a class (breaking, wire, additive, docs, none)")
            })
    }
}

/// The version bump a set of changes asks for, as cargo's semver rules spell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// `x.0.0`.
    Major,
    /// `0.x.0` or `1.x.0`.
    Minor,
    /// `0.0.x` or `1.0.x`.
    Patch,
    /// No new version needed.
    None,
}

impl Bump {
    /// The bump `verdict` asks of a crate at `version`. From 1.0.0 on, a breaking change bumps
    /// the major version, a wire or additive change the minor one, docs the patch; below
    /// 1.0.0 cargo treats the left-most non-zero number as the major one, so `0.y.z` bumps
    /// the minor for a breaking change and the patch for anything else, and `0.0.z` the patch.
    pub fn for_verdict(verdict: Class, version: &semver::Version) -> Bump {
        let bump = match verdict {
            Class::Breaking => Bump::Major,
            Class::Wire | Class::Additive => Bump::Minor,
            Class::Docs => Bump::Patch,
            Class::None => return Bump::None,
        };
        match (version.major, version.minor) {
            (0, 0) => Bump::Patch,
            (0, _) if bump == Bump::Major => Bump::Minor,
            (0, _) => Bump::Patch,
            _ => bump,
        }
    }

    /// The lowest version that is this bump of `version` (`1.4.2` bumped minor: `1.5.0`).
    pub fn apply(self, version: &semver::Version) -> semver::Version {
        let v = version;
        match self {
            Bump::Major => semver::Version::new(v.major + 1, 0, 0),
            Bump::Minor => semver::Version::new(v.major, v.minor + 1, 0),
            Bump::Patch => semver::Version::new(v.major, v.minor, v.patch + 1),
            Bump::None => semver::Version::new(v.major, v.minor, v.patch),
        }
    }

    /// Whether going from `old` to `new` is at least this bump (pre-release tags are ignored).
    pub fn satisfied_by(self, old: &semver::Version, new: &semver::Version) -> bool {
        let wanted = self.apply(old);
        (new.major, new.minor, new.patch) >= (wanted.major, wanted.minor, wanted.patch)
    }

    /// The bump as JSON and the Markdown spell it (`major`).
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Major => "major",
            Bump::Minor => "minor",
            Bump::Patch => "patch",
            Bump::None => "none",
        }
    }
}

/// One change, named as the crate's user sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// How it affects users.
    pub class: Class,
    /// The Rust item, relative to the crate root (`types::Order::total`).
    pub item: String,
    /// Where it is in the old document (`None`: it is new).
    pub old_pointer: Option<String>,
    /// Where it is in the new document (`None`: it is gone).
    pub new_pointer: Option<String>,
    /// One line: what it was → what it is.
    pub message: String,
}

/// The comparison of two versions of one API.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The most severe class of the changes (`none` when there are none).
    pub verdict: Class,
    /// The version bump the verdict asks of the old crate's version.
    pub bump: Bump,
    /// Every change, most severe first, then in the order found.
    pub changes: Vec<Change>,
}

impl Report {
    /// The report on `changes` to a crate whose old version is `old_version`.
    pub fn new(mut changes: Vec<Change>, old_version: &semver::Version) -> Report {
        changes.sort_by_key(|change| change.class);
        let verdict = changes.first().map_or(Class::None, |change| change.class);
        Report {
            verdict,
            bump: Bump::for_verdict(verdict, old_version),
            changes,
        }
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // A report holds strings and enums only: serializing it cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> semver::Version {
        semver::Version::parse(text).unwrap()
    }

    #[test]
    fn bumps_follow_cargo_semver() {
        let cases = [
            ("1.2.3", Class::Breaking, Bump::Major, "2.0.0"),
            ("1.2.3", Class::Wire, Bump::Minor, "1.3.0"),
            ("1.2.3", Class::Additive, Bump::Minor, "1.3.0"),
            ("1.2.3", Class::Docs, Bump::Patch, "1.2.4"),
            ("1.2.3", Class::None, Bump::None, "1.2.3"),
            ("0.3.1", Class::Breaking, Bump::Minor, "0.4.0"),
            ("0.3.1", Class::Additive, Bump::Patch, "0.3.2"),
            ("0.3.1", Class::Wire, Bump::Patch, "0.3.2"),
            ("0.0.4", Class::Breaking, Bump::Patch, "0.0.5"),
            ("0.0.4", Class::None, Bump::None, "0.0.4"),
        ];
        for (version, class, bump, next) in cases {
            let found = Bump::for_verdict(class, &v(version));
            assert_eq!(found, bump, "{version} {class:?}");
            assert_eq!(found.apply(&v(version)), v(next), "{version} {class:?}");
        }
    }

    #[test]
    fn a_bump_is_satisfied_by_any_higher_version() {
        assert!(Bump::Minor.satisfied_by(&v("0.3.1"), &v("0.4.0")));
        assert!(Bump::Minor.satisfied_by(&v("0.3.1"), &v("1.0.0")));
        assert!(!Bump::Minor.satisfied_by(&v("0.3.1"), &v("0.3.9")));
        assert!(Bump::Patch.satisfied_by(&v("1.0.0"), &v("1.0.1")));
        assert!(!Bump::Patch.satisfied_by(&v("1.0.0"), &v("1.0.0")));
        assert!(Bump::None.satisfied_by(&v("1.0.0"), &v("1.0.0")));
    }

    #[test]
    fn the_verdict_is_the_most_severe_class() {
        let change = |class| Change {
            class,
            item: "types::Pet".into(),
            old_pointer: None,
            new_pointer: None,
            message: String::new(),
        };
        let report = Report::new(vec![change(Class::Docs), change(Class::Wire)], &v("1.0.0"));
        assert_eq!(report.verdict, Class::Wire);
        assert_eq!(report.bump, Bump::Minor);
        assert_eq!(report.changes[0].class, Class::Wire);
        assert_eq!(Report::new(Vec::new(), &v("1.0.0")).verdict, Class::None);
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(json["verdict"], "wire");
        assert_eq!(json["bump"], "minor");
        assert_eq!(json["changes"][1]["class"], "docs");
        assert_eq!(json["changes"][1]["old_pointer"], serde_json::Value::Null);
    }
}
