//! The examples of `README.md`, compiled with the crate so they cannot go stale.
//!
//! Run them against a mock server on `http://127.0.0.1:9` with `cargo run --example readme`.

#[allow(unused_imports)]
use contract_cases::{apis, runtime, types, Client, Error, RequestOptions, Server};
use std::time::Duration;

/// One client per way the spec's operations authenticate (a security alternative with all
/// of its schemes).
fn authentication() -> Result<Vec<Client>, Error> {
    Ok(Vec::from([Client::builder().api_key("YOUR_API_KEY").build()?]))
}

/// Every client setting (the defaults are in the table above).
fn configuration() -> Result<Client, Error> {
    Client::builder()
        .base_url("https://contract.example.com")
        .timeout(Duration::from_secs(30))
        .operation_timeout(Duration::from_secs(120))
        .connect_timeout(Duration::from_secs(5))
        .stream_idle_timeout(Duration::from_secs(60))
        .max_retries(3)
        .retry_non_idempotent(false)
        .user_agent("my-app/1.0")
        .default_header("X-Request-Id", "0f8fad5b-d9cb-469f-a165-70867728950e")
        .api_key("YOUR_API_KEY")
        .build()
}

/// Your own `reqwest::Client` (proxies, TLS roots, connection pools).
fn custom_http_client() -> Result<Client, Error> {
    let http = reqwest::Client::new();
    Client::builder().http_client(http).build()
}

/// Signs every attempt with HMAC-SHA256 (the `hmac` and `sha2` crates) over the method, the
/// path, a timestamp and the body. Interceptors run after auth, on each attempt, so a retry
/// is signed afresh.
fn signing() -> Result<Client, Error> {
    use hmac::{Hmac, Mac};
    use runtime::{AttemptRequest, BoxError, Interceptor};

    struct Signer {
        key: Vec<u8>,
    }

    impl Interceptor for Signer {
        fn before_attempt(
            &self,
            request: &mut AttemptRequest<'_>,
        ) -> Result<(), BoxError> {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?;
            let timestamp = now.as_secs().to_string();
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&self.key)?;
            mac.update(
                format!("{}\n{}\n{timestamp}\n", request.method(), request.url().path())
                    .as_bytes(),
            );
            mac.update(request.body().unwrap_or_default());
            let signature: String = mac
                .finalize()
                .into_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            request.headers_mut().insert("x-timestamp", timestamp.parse()?);
            request.headers_mut().insert("x-signature", signature.parse()?);
            Ok(())
        }
    }

    let key = std::env::var("SIGNING_KEY").unwrap_or_default().into_bytes();
    Client::builder().interceptor(Signer { key }).build()
}

/// Counts attempts, failed attempts, their time and retries, and prints each attempt with its
/// operation and status (feed your metrics library's counters and histograms instead).
fn metrics() -> Result<Client, Error> {
    use runtime::{AttemptResponse, Interceptor, RetryDecision};
    use std::sync::atomic::{AtomicU64, Ordering};

    #[derive(Default)]
    struct Metrics {
        attempts: AtomicU64,
        errors: AtomicU64,
        retries: AtomicU64,
        micros: AtomicU64,
    }

    impl Interceptor for Metrics {
        fn after_response(&self, response: &AttemptResponse<'_>) {
            self.attempts.fetch_add(1, Ordering::Relaxed);
            let micros = u64::try_from(response.elapsed().as_micros())
                .unwrap_or(u64::MAX);
            self.micros.fetch_add(micros, Ordering::Relaxed);
            if response.status().is_none_or(|status| !status.is_success()) {
                self.errors.fetch_add(1, Ordering::Relaxed);
            }
            println!(
                "{} {} attempt {}: {:?} in {:?}", response.operation_id(), response
                .path_template(), response.attempt(), response.status(), response
                .elapsed()
            );
        }
        fn on_retry(&self, retry: &RetryDecision<'_>) {
            self.retries.fetch_add(1, Ordering::Relaxed);
            println!(
                "{}: retrying in {:?} ({})", retry.operation_id(), retry.delay(), retry
                .reason()
            );
        }
    }

    Client::builder().interceptor(Metrics::default()).build()
}

/// `.await` sends the request; `?` passes the operation's typed error on.
async fn call_operation(
    client: &Client,
) -> Result<(), Error<apis::cases::PublishError>> {
    let data = client.cases().publish("hello").await?;
    println!("{data:?}");
    Ok(())
}

/// Settings for one request only.
async fn per_request_options(client: &Client) {
    let result = client
        .cases()
        .publish("hello")
        .with_timeout(Duration::from_secs(5))
        .with_max_retries(0)
        .with_header("X-Request-Id", "0f8fad5b-d9cb-469f-a165-70867728950e")
        .send()
        .await;
    println!("{result:?}");
    let options = RequestOptions::default().with_timeout(Duration::from_secs(10));
    let result = client.cases().publish("hello").with_options(options).await;
    println!("{result:?}");
}

/// Every kind of error, and what each carries.
async fn errors(client: &Client) {
    match client.cases().publish("hello").send().await {
        Ok(response) => println!("{response:?}"),
        Err(Error::Api(error)) => {
            println!("{} {:?}", error.status, error.headers);
            let body: &apis::cases::PublishError = &error.body;
            println!("{body:?}");
        }
        Err(Error::UnexpectedStatus(response)) => {
            println!("status {}: {:?}", response.status, response.body);
        }
        Err(Error::Decode(error)) => {
            println!("{}: {} in {}", error.status, error.source, error.snippet);
        }
        Err(Error::Timeout(error)) => {
            println!("timed out after {} attempts", error.attempts)
        }
        Err(Error::Transport(error)) => println!("transport error: {}", error.source),
        Err(Error::InvalidRequest(error)) => {
            println!("invalid request: {}", error.message)
        }
        Err(error) => println!("{error}: {:?} {:?}", error.status(), error.headers()),
    }
}

/// The status and headers along with the decoded body.
async fn raw_response(client: &Client) -> Result<(), Error<apis::cases::PublishError>> {
    let response = client.cases().publish("hello").send_with_response().await?;
    println!("{} {:?}", response.status(), response.headers().get("content-type"));
    let data = response.into_inner();
    println!("{data:?}");
    Ok(())
}

/// A model: `new` takes the required fields, the `with_*` methods set optional ones.
fn build_model() {
    let model = types::Account::new("example-name")
        .with_password("correct-horse-battery-staple");
    println!("{model:?}");
}

/// Builds every client above, then calls the examples against `127.0.0.1:9`, where nothing
/// listens: each call fails fast and prints its error.
#[tokio::main]
async fn main() -> Result<(), Error> {
    println!("{} clients", authentication() ?.len());
    configuration()?;
    custom_http_client()?;
    build_model();
    signing()?;
    metrics()?;
    let client = Client::new("http://127.0.0.1:9")?;
    if let Err(error) = call_operation(&client).await {
        println!("{error}");
    }

    per_request_options(&client).await;
    errors(&client).await;
    if let Err(error) = raw_response(&client).await {
        println!("{error}");
    }

    Ok(())
}
