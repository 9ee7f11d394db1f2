//! The tracing span of a call: one `request` span with the path template, the operation id,
//! the attempt and the error kind, and no secret from the path, query or headers.

use std::sync::{Arc, Mutex};

use clientgen_runtime::runtime::{Endpoint, QueryStyle};
use clientgen_runtime::{Client, Error, RequestOptions};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Records every span field and event field as `name=value` lines.
#[derive(Clone, Default)]
pub struct Capture(Arc<Mutex<Vec<String>>>);

struct Lines<'a>(&'a mut Vec<String>);

impl Visit for Lines<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push(format!("{}={value:?}", field.name()));
    }
}

impl Capture {
    /// Every line recorded so far, one per line.
    pub fn text(&self) -> String {
        self.0.lock().map(|l| l.join("\n")).unwrap_or_default()
    }

    fn push(&self, f: impl FnOnce(&mut Vec<String>)) {
        if let Ok(mut lines) = self.0.lock() {
            f(&mut lines);
        }
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        self.push(|lines| {
            lines.push(format!("span={}", attrs.metadata().name()));
            attrs.record(&mut Lines(lines));
        });
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        self.push(|lines| values.record(&mut Lines(lines)));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        self.push(|lines| event.record(&mut Lines(lines)));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

static GET_THING: Endpoint = Endpoint {
    method: reqwest::Method::GET,
    path: "/things/{thing_id}",
    operation_id: "getThing",
    security: &[],
};

#[tokio::test]
async fn one_span_with_template_and_no_secrets() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(1);
    let Ok(client) = Client::new(format!("http://127.0.0.1:{port}")) else {
        panic!("client");
    };
    let mut req = client.request(&GET_THING);
    req.path_param("thing_id", "id-SECRET");
    req.query_param("api_key", "q-SECRET", QueryStyle::Form { explode: true });
    req.header_param("X-Api-Key", "h-SECRET");
    req.options(&RequestOptions::new().with_max_retries(0));
    let result = req.send::<()>().await;
    assert!(matches!(result, Err(Error::Transport(_))), "{result:?}");
    let lines = capture.0.lock().map(|l| l.clone()).unwrap_or_default();
    let text = lines.join("\n");
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("span=")).count(),
        1,
        "{text}"
    );
    for expected in [
        "method=GET",
        "path=\"/things/{thing_id}\"",
        "operation_id=\"getThing\"",
        "attempt=1",
        "error=\"transport\"",
    ] {
        assert!(lines.iter().any(|l| l == expected), "{expected} in {text}");
    }
    assert!(
        lines.iter().any(|l| l.starts_with("duration_ms=")),
        "{text}"
    );
    assert!(!text.contains("SECRET"), "{text}");
}
