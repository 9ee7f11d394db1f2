//! What each call of the examples did: the lines an example printed (its `println!` and
//! `eprintln!` are routed here) and the exchanges the proxy saw while it ran. One JSON line
//! per call goes to stdout for `cargo xtask contract` to classify.

use std::future::Future;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use serde_json::{json, Value};

/// The longest outcome message kept (a decoded response's `Debug` can be megabytes).
const MESSAGE_LIMIT: usize = 600;

/// How long one example may take, its request and the decoding of the answer included.
const CALL_LIMIT: Duration = Duration::from_secs(90);

static BASE_URL: OnceLock<String> = OnceLock::new();
static EXCHANGES: Mutex<Vec<Value>> = Mutex::new(Vec::new());
static PRINTED: Mutex<Option<(bool, String)>> = Mutex::new(None);

/// The proxy's URL, which every example client is built with.
pub fn base_url() -> String {
    BASE_URL.get().cloned().unwrap_or_default()
}

/// Sets the proxy's URL once, before any example runs.
pub fn set_base_url(url: String) {
    let _ = BASE_URL.set(url);
}

/// Records one request the proxy forwarded, with Prism's answer.
pub fn exchange(exchange: Value) {
    lock(&EXCHANGES).push(exchange);
}

/// Records what an example printed; the first line of a call is its outcome.
pub fn printed(ok: bool, text: String) {
    let mut printed = lock(&PRINTED);
    if printed.is_none() {
        *printed = Some((ok, text));
    }
}

/// Runs one example and prints its record as one JSON line.
pub async fn call(module: &str, operation: &str, example: impl Future<Output = ()>) {
    lock(&EXCHANGES).clear();
    *lock(&PRINTED) = None;
    let finished = tokio::time::timeout(CALL_LIMIT, example).await.is_ok();
    let (ok, message) = lock(&PRINTED).take().unwrap_or_else(|| {
        let why = if finished { "the example printed nothing" } else { "the example timed out" };
        (false, why.to_string())
    });
    let exchanges = std::mem::take(&mut *lock(&EXCHANGES));
    let message: String = message.chars().take(MESSAGE_LIMIT).collect();
    println!(
        "{}",
        json!({"module": module, "operation": operation, "ok": ok, "message": message, "exchanges": exchanges})
    );
}

/// Prints the record of a module whose client could not be built.
pub fn module_failed(module: &str, error: &dyn std::fmt::Display) {
    println!("{}", json!({"module": module, "client_error": error.to_string()}));
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
