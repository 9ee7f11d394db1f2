//! Base64 for bytes (`format: byte`): the models' `base64` codecs (see
//! [`object`](super::object)) and [`FilePart`](super::FilePart) use it; and the string
//! enums' decoding, which reads the value without copying it.

use serde::{Deserialize, Deserializer, Serializer};

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

/// Decodes a string enum from the borrowed text: a known value allocates nothing, an unknown
/// one is copied into the enum's `Unknown` variant by its `From<&str>`.
pub fn str_enum<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: for<'a> From<&'a str>,
    D: Deserializer<'de>,
{
    struct StrVisitor<T>(std::marker::PhantomData<T>);

    impl<T: for<'a> From<&'a str>> serde::de::Visitor<'_> for StrVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::from(value))
        }
    }

    deserializer.deserialize_str(StrVisitor(std::marker::PhantomData))
}

/// Bytes (`Vec<u8>`, `bytes::Bytes`) as a base64 string, for `#[serde(with = "...")]`.
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
        super::Base64::deserialize(deserializer).map(|bytes| T::from(bytes.0))
    }
}

/// Bytes as a base64 string: decodes into `Base64<Vec<u8>>` (standard or URL-safe, padded or
/// not) and encodes any `Base64<B: AsRef<[u8]>>` as standard, padded base64.
pub struct Base64<B = Vec<u8>>(pub B);

impl<B: AsRef<[u8]>> serde::Serialize for Base64<B> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&encode_base64(self.0.as_ref()))
    }
}

impl<'de> Deserialize<'de> for Base64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        decode_base64(&text)
            .map(Base64)
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct Upload {
        #[serde(with = "super::base64")]
        data: Vec<u8>,
    }

    #[derive(Debug, PartialEq)]
    enum Color {
        Red,
        Unknown(String),
    }

    impl From<&str> for Color {
        fn from(value: &str) -> Self {
            match value {
                "red" => Color::Red,
                other => Color::Unknown(other.to_string()),
            }
        }
    }

    #[test]
    fn str_enum_reads_borrowed_escaped_and_unknown_values() {
        let read = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            super::str_enum::<Color, _>(&mut de).map_err(|e| e.to_string())
        };
        assert_eq!(read(r#""red""#), Ok(Color::Red));
        // An escaped string cannot be borrowed from the input; it still decodes.
        assert_eq!(read(r#""r\u0065d""#), Ok(Color::Red));
        assert_eq!(read(r#""blue""#), Ok(Color::Unknown("blue".into())));
        assert!(read("7").unwrap_err().contains("expected a string"));
        // From an owned value (`serde_json::from_value`), too.
        let owned = serde_json::Value::String("red".into());
        assert_eq!(super::str_enum::<Color, _>(owned).ok(), Some(Color::Red));
    }

    #[test]
    fn base64_round_trip_and_lenient() {
        let read = |text| serde_json::from_str::<Upload>(text).map(|u| u.data);
        assert_eq!(read(r#"{"data":"aGVsbG8="}"#).ok(), Some(b"hello".to_vec()));
        // Unpadded, URL-safe and surrounded by whitespace are all accepted.
        assert_eq!(read(r#"{"data":"aGVsbG8"}"#).ok(), Some(b"hello".to_vec()));
        assert_eq!(read(r#"{"data":" _-8 "}"#).ok(), Some(vec![0xff, 0xef]));
        assert!(read(r#"{"data":"!!"}"#).is_err());
        let json = serde_json::to_string(&Upload {
            data: vec![0xff, 0xef],
        })
        .unwrap_or_default();
        assert_eq!(json, r#"{"data":"/+8="}"#);
    }
}
