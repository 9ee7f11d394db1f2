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
