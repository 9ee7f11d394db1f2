//! Media types that both the load stage and the lowering must recognize: the streamed
//! responses whose items a client reads one by one.

/// The media type without parameters, lowercased (`Text/Event-Stream; charset=utf-8` →
/// `text/event-stream`).
fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// `text/event-stream`: server-sent events.
pub fn is_server_sent_events(media_type: &str) -> bool {
    essence(media_type) == "text/event-stream"
}

/// JSON values one per line, or per record separator: `application/x-ndjson`,
/// `application/jsonl`, `application/json-seq`, `application/x-jsonlines` and the `+`
/// suffixed forms (`application/vnd.acme+jsonl`).
pub fn is_json_lines(media_type: &str) -> bool {
    let essence = essence(media_type);
    let Some((_, subtype)) = essence.split_once('/') else {
        return false;
    };
    let kind = subtype.rsplit('+').next().unwrap_or(subtype);
    let kind = kind.strip_prefix("x-").unwrap_or(kind);
    matches!(
        kind,
        "ndjson" | "jsonl" | "json-seq" | "jsonlines" | "json-stream"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_media_types() {
        assert!(is_server_sent_events("Text/Event-Stream; charset=utf-8"));
        assert!(!is_server_sent_events("text/plain"));
        for lines in [
            "application/x-ndjson",
            "application/jsonl",
            "application/json-seq",
            "application/x-jsonlines",
            "application/vnd.acme+jsonl",
        ] {
            assert!(is_json_lines(lines), "{lines}");
        }
        for other in [
            "application/json",
            "application/vnd.api+json",
            "text/event-stream",
            "jsonl",
        ] {
            assert!(!is_json_lines(other), "{other}");
        }
    }
}
