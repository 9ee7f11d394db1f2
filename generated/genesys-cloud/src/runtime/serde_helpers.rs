//! Serde helpers used by the generated types (`#[serde(with = "...")]` and hand-written
//! `Serialize`/`Deserialize` impls).

use serde::{Deserialize, Deserializer, Serializer};

/// `Option<Option<T>>` that tells an absent field (`None`) from an explicit `null`
/// (`Some(None)`). Use with
/// `#[serde(default, skip_serializing_if = "Option::is_none", with = "...::double_option")]`.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Serializes `Some(None)` as `null` and `Some(Some(v))` as `v`.
    pub fn serialize<T, S>(value: &Option<Option<T>>, serializer: S) -> Result<S::Ok, S::Error>
    where
        T: Serialize,
        S: Serializer,
    {
        match value {
            Some(Some(v)) => v.serialize(serializer),
            _ => serializer.serialize_none(),
        }
    }

    /// Deserializes a present field: `null` becomes `Some(None)`.
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
    where
        T: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// Decodes base64 leniently: standard or URL-safe alphabet, padded or not.
fn decode_base64(text: &str) -> Result<Vec<u8>, ::base64::DecodeError> {
    use ::base64::engine::{general_purpose, DecodePaddingMode, GeneralPurpose};
    use ::base64::{alphabet, Engine};
    let config = general_purpose::GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let text = text.trim();
    GeneralPurpose::new(&alphabet::STANDARD, config)
        .decode(text)
        .or_else(|_| GeneralPurpose::new(&alphabet::URL_SAFE, config).decode(text))
}

fn encode_base64(bytes: &[u8]) -> String {
    use ::base64::Engine;
    ::base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// `format: byte` fields: bytes (`Vec<u8>`, `bytes::Bytes`) as a base64 string.
pub mod base64 {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Serializes bytes as standard, padded base64.
    pub fn serialize<T, S>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
    where
        T: AsRef<[u8]>,
        S: Serializer,
    {
        serializer.serialize_str(&super::encode_base64(value.as_ref()))
    }

    /// Deserializes base64 (standard or URL-safe, padded or not).
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
    where
        T: From<Vec<u8>>,
        D: Deserializer<'de>,
    {
        let text = String::deserialize(deserializer)?;
        super::decode_base64(&text)
            .map(T::from)
            .map_err(serde::de::Error::custom)
    }
}

/// Optional `format: byte` fields: `Option<Vec<u8>>` as a base64 string or `null`.
pub mod option_base64 {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Serializes `Some(bytes)` as base64 and `None` as `null`.
    pub fn serialize<T, S>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error>
    where
        T: AsRef<[u8]>,
        S: Serializer,
    {
        match value {
            Some(v) => serializer.serialize_str(&super::encode_base64(v.as_ref())),
            None => serializer.serialize_none(),
        }
    }

    /// Deserializes base64 or `null`.
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
    where
        T: From<Vec<u8>>,
        D: Deserializer<'de>,
    {
        match Option::<String>::deserialize(deserializer)? {
            Some(text) => super::decode_base64(&text)
                .map(|b| Some(T::from(b)))
                .map_err(serde::de::Error::custom),
            None => Ok(None),
        }
    }
}

/// Serializes a string enum through its `as_str()` text:
/// `serde_helpers::serialize_str(self.as_str(), serializer)`.
pub fn serialize_str<S: Serializer>(value: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value)
}

/// Deserializes a string enum through `From<String>` (so unknown values land in the enum's
/// `Unknown(String)` variant): `serde_helpers::deserialize_str::<_, Color>(deserializer)`.
pub fn deserialize_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: From<String>,
{
    String::deserialize(deserializer).map(T::from)
}

/// Deserializes a string enum through `From<&str>`, borrowing the text when the input allows
/// (no allocation for known values): `serde_helpers::deserialize_enum_str::<_, Color>(deserializer)`.
pub fn deserialize_enum_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    struct EnumStr<T>(std::marker::PhantomData<T>);

    impl<T> serde::de::Visitor<'_> for EnumStr<T>
    where
        T: for<'a> From<&'a str>,
    {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::from(value))
        }
    }

    deserializer.deserialize_str(EnumStr(std::marker::PhantomData))
}

/// Deserializes `null` as the type's default (e.g. an empty `Vec`). Use with
/// `#[serde(default, deserialize_with = "...::null_as_default")]`.
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct Patch {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::double_option"
        )]
        name: Option<Option<String>>,
        #[serde(with = "super::base64")]
        data: Vec<u8>,
        #[serde(default, with = "super::option_base64")]
        extra: Option<Vec<u8>>,
        #[serde(default, deserialize_with = "super::null_as_default")]
        tags: Vec<String>,
    }

    #[derive(Debug, PartialEq)]
    enum Color {
        Red,
        Unknown(String),
    }

    impl Color {
        fn as_str(&self) -> &str {
            match self {
                Color::Red => "red",
                Color::Unknown(s) => s,
            }
        }
    }

    impl From<String> for Color {
        fn from(s: String) -> Self {
            match s.as_str() {
                "red" => Color::Red,
                _ => Color::Unknown(s),
            }
        }
    }

    impl Serialize for Color {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            super::serialize_str(self.as_str(), s)
        }
    }

    impl<'de> Deserialize<'de> for Color {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            super::deserialize_str::<_, Color>(d)
        }
    }

    fn de(text: &str) -> Result<Patch, serde_json::Error> {
        serde_json::from_str(text)
    }

    #[test]
    fn double_option_absent_null_value() {
        let absent = de(r#"{"data":""}"#).ok().map(|p| p.name.is_none());
        assert_eq!(absent, Some(true));
        let null = de(r#"{"data":"","name":null}"#).ok().map(|p| p.name);
        assert_eq!(null, Some(Some(None)));
        let set = de(r#"{"data":"","name":"x"}"#).ok().map(|p| p.name);
        assert_eq!(set, Some(Some(Some("x".to_owned()))));

        let mut p = Patch {
            name: None,
            data: vec![],
            extra: None,
            tags: vec![],
        };
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert_eq!(json, r#"{"data":"","extra":null,"tags":[]}"#);
        p.name = Some(None);
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert!(json.starts_with(r#"{"name":null,"#), "{json}");
    }

    #[test]
    fn base64_round_trip_and_lenient() {
        let p = de(r#"{"data":"aGVsbG8=","extra":"_-8","tags":null}"#);
        let p = p.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.data, b"hello");
        assert_eq!(p.extra, Some(vec![0xff, 0xef]));
        assert!(p.tags.is_empty());
        assert!(de(r#"{"data":"aGVsbG8"}"#).is_ok());
        assert!(de(r#"{"data":"!!"}"#).is_err());
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert!(json.contains(r#""data":"aGVsbG8=""#), "{json}");
        assert!(json.contains(r#""extra":"/+8=""#), "{json}");
    }

    #[derive(Debug, PartialEq)]
    struct Shade(String);

    impl From<&str> for Shade {
        fn from(s: &str) -> Self {
            Shade(s.to_owned())
        }
    }

    #[test]
    fn enum_str_from_ref() {
        let mut de = serde_json::Deserializer::from_str(r#""dark""#);
        let shade: Result<Shade, _> = super::deserialize_enum_str(&mut de);
        assert_eq!(shade.ok(), Some(Shade("dark".to_owned())));
        let mut de = serde_json::Deserializer::from_str("3");
        let shade: Result<Shade, _> = super::deserialize_enum_str(&mut de);
        assert!(shade.is_err());
    }

    #[test]
    fn string_enums() {
        let c: Vec<Color> = serde_json::from_str(r#"["red","mauve"]"#).unwrap_or_default();
        assert_eq!(c, vec![Color::Red, Color::Unknown("mauve".to_owned())]);
        assert_eq!(
            serde_json::to_string(&c).unwrap_or_default(),
            r#"["red","mauve"]"#
        );
    }
}
