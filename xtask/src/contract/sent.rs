//! What a request the recording proxy saw sent: its query pairs, header values and the value
//! at a place Prism names (`["request", "query", "method"]`).

use serde_json::Value;

/// The query pairs and header values of a request the proxy recorded.
pub fn sent_pairs(sent: &Value) -> Vec<(String, Option<String>)> {
    let target = sent["target"].as_str().unwrap_or_default();
    let query = target.split_once('?').map_or("", |(_, query)| query);
    let mut pairs: Vec<(String, Option<String>)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name.to_ascii_lowercase(), Some(value.to_string()))
        })
        .collect();
    if let Some(headers) = sent["header_values"].as_object() {
        for (name, value) in headers {
            let value = value.as_str().unwrap_or_default().to_string();
            pairs.push((name.to_ascii_lowercase(), Some(value)));
        }
    }
    pairs
}

/// The value a violation's location points at in the request the proxy recorded: a query
/// parameter (decoded), a header, or a place in a JSON body.
pub fn sent_value(exchange: &Value, location: &[Value]) -> Option<Value> {
    let name = location.get(2)?.as_str()?;
    match location.get(1)?.as_str()? {
        "query" => {
            let target = exchange["target"].as_str()?;
            let (_, query) = target.split_once('?')?;
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(n, _)| *n == name)
                .map(|(_, value)| Value::from(percent_decode(value)))
        }
        "header" => exchange["header_values"]
            .get(name.to_ascii_lowercase())
            .cloned(),
        "body" => {
            let body: Value = serde_json::from_str(exchange["body"].as_str()?).ok()?;
            let mut at = &body;
            for step in &location[2..] {
                at = match step {
                    Value::String(key) => match at {
                        Value::Array(items) => items.get(key.parse::<usize>().ok()?)?,
                        _ => at.get(key)?,
                    },
                    Value::Number(index) => at.get(usize::try_from(index.as_u64()?).ok()?)?,
                    _ => return None,
                };
            }
            Some(at.clone())
        }
        _ => None,
    }
}

/// `%XX` escapes decoded (a malformed one is kept as it is).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[at], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_found_where_prism_points() {
        let sent = json!({"target": "/x?q=a%20b&n=1", "header_values": {"x-mode": "fast"},
            "body": r#"{"rule": {"tags": ["t0", "t1"]}}"#});
        let at = |location: Value| sent_value(&sent, location.as_array().unwrap());
        assert_eq!(at(json!(["request", "query", "q"])), Some(json!("a b")));
        assert_eq!(
            at(json!(["request", "header", "X-Mode"])),
            Some(json!("fast"))
        );
        assert_eq!(
            at(json!(["request", "body", "rule", "tags", "1"])),
            Some(json!("t1"))
        );
        assert_eq!(at(json!(["request", "path", "id"])), None);
        assert_eq!(percent_decode("a%20b%2"), "a b%2");
        assert_eq!(
            sent_pairs(&sent)[0],
            ("q".to_string(), Some("a%20b".to_string()))
        );
    }
}
