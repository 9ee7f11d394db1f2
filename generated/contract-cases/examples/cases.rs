//! The examples of `docs/CasesApi.md`, one function per operation, compiled with the crate so they cannot go stale.
//!
//! Run them against a mock server on `http://127.0.0.1:9` with `cargo run --example cases`.

#[allow(unused_imports)]
use contract_cases::{apis, types, Client, Error};

/// Builds a client for Contract Cases, with credentials for every operation of the examples.
fn client() -> Result<Client, Error> {
    Client::builder().api_key("YOUR_API_KEY").build()
}

/// `GET /`: publish
async fn publish(client: &Client) {
    let result = client.cases().publish("hello").send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("publish failed: {error}"),
    }
}

/// `GET /functions/{FunctionName}/concurrency`: get_concurrency
async fn get_concurrency(client: &Client) {
    let result = client.cases().get_concurrency("example-name", "666").send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("get_concurrency failed: {error}"),
    }
}

/// `GET /rest`: search_photos
async fn search_photos(client: &Client) {
    let result = client.cases().search_photos().text("example-text").send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("search_photos failed: {error}"),
    }
}

/// `GET /numbers/search/{country}`: search_numbers
async fn search_numbers(client: &Client) {
    let result = client.cases().search_numbers("US", "88").send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("search_numbers failed: {error}"),
    }
}

/// `POST /executions/{id}/heartbeats`: send_heartbeat
async fn send_heartbeat(client: &Client) {
    let result = client
        .cases()
        .send_heartbeat("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42")
        .send()
        .await;
    match result {
        Ok(()) => println!("send_heartbeat: done"),
        Err(error) => eprintln!("send_heartbeat failed: {error}"),
    }
}

/// `DELETE /channels/{name}`: delete_channel
async fn delete_channel(client: &Client) {
    let result = client.cases().delete_channel("example-name").send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("delete_channel failed: {error}"),
    }
}

/// `GET /files/{id}`: download_file
async fn download_file(client: &Client) {
    let result = client
        .cases()
        .download_file("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42")
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("download_file failed: {error}"),
    }
}

/// `GET /tags`: list_tags
async fn list_tags(client: &Client) {
    let result = client.cases().list_tags().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("list_tags failed: {error}"),
    }
}

/// `POST /accounts`: create_account
async fn create_account(client: &Client) {
    let result = client
        .cases()
        .create_account(
            types::Account::new("example-name")
                .with_password("correct-horse-battery-staple"),
        )
        .send()
        .await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("create_account failed: {error}"),
    }
}

/// `GET /settings`: get_settings
async fn get_settings(client: &Client) {
    let result = client.cases().get_settings().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("get_settings failed: {error}"),
    }
}

/// `PUT /rules/{code}`: put_rule
async fn put_rule(client: &Client) {
    let result = client
        .cases()
        .put_rule(
            "HQR-60",
            types::Rule::new(
                    "arn:aws:sqs:hq-qacxn-1:363298681730:odFjTY",
                    60,
                    "example-",
                    vec!["example-".to_string(), "example-".to_string()],
                )
                .with_contact("jane.doe@example.com"),
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("put_rule: done"),
        Err(error) => eprintln!("put_rule failed: {error}"),
    }
}

/// `GET /loose`: get_loose
async fn get_loose(client: &Client) {
    let result = client.cases().get_loose().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("get_loose failed: {error}"),
    }
}

/// `GET /conversations/open`: open_conversation
async fn open_conversation(client: &Client) {
    let result = client.cases().open_conversation().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("open_conversation failed: {error}"),
    }
}

/// `POST /jobs`: start_job
async fn start_job(client: &Client) {
    let result = client
        .cases()
        .start_job(types::Job::new("arn:=:~m_r,kD)en]8fMUe:M".to_string()))
        .send()
        .await;
    match result {
        Ok(()) => println!("start_job: done"),
        Err(error) => eprintln!("start_job failed: {error}"),
    }
}

/// `POST /batches`: create_batch
async fn create_batch(client: &Client) {
    let result = client
        .cases()
        .create_batch(
            vec![
                types::Submission::new(std::collections::BTreeMap::from([("key"
                .to_string(), "example-data".to_string())]))
            ],
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("create_batch: done"),
        Err(error) => eprintln!("create_batch failed: {error}"),
    }
}

/// `GET /limits`: get_limits
async fn get_limits(client: &Client) {
    let result = client.cases().get_limits().send().await;
    match result {
        Ok(response) => println!("{response:#?}"),
        Err(error) => eprintln!("get_limits failed: {error}"),
    }
}

/// `POST /applications`: register_application
async fn register_application(client: &Client) {
    let result = client
        .cases()
        .register_application(
            types::Registration::new(
                "[a[\"(tP.@[=:~m_r,k".to_string(),
                vec!["i-cgc15tW9".to_string()],
                vec![types::Source::new("s3://aol.1vi/@[".to_string())],
            ),
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("register_application: done"),
        Err(error) => eprintln!("register_application failed: {error}"),
    }
}

/// `PUT /definitions/{name}`: put_definition
async fn put_definition(client: &Client) {
    let result = client
        .cases()
        .put_definition(
            "example-name",
            types::Definition::new(
                types::DefinitionProperties::new(
                    types::DefinitionPropertiesLockLevel::CanNotDelete,
                    types::Package::new(
                        types::Artifact::new(
                            vec![
                                types::Authorization::new("5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42",
                                "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42")
                            ],
                        ),
                    ),
                ),
                types::Category::new("example-name", Vec::new()),
            ),
        )
        .send()
        .await;
    match result {
        Ok(()) => println!("put_definition: done"),
        Err(error) => eprintln!("put_definition failed: {error}"),
    }
}

/// Calls every example once. Nothing listens on `127.0.0.1:9`, so each call fails fast and
/// prints its error; point the client at a mock server to see responses.
#[tokio::main]
async fn main() -> Result<(), Error> {
    let configured = client()?;
    println!("configured for {}", configured.base_url());
    let client = Client::new("http://127.0.0.1:9")?;
    publish(&client).await;
    get_concurrency(&client).await;
    search_photos(&client).await;
    search_numbers(&client).await;
    send_heartbeat(&client).await;
    delete_channel(&client).await;
    download_file(&client).await;
    list_tags(&client).await;
    create_account(&client).await;
    get_settings(&client).await;
    put_rule(&client).await;
    get_loose(&client).await;
    open_conversation(&client).await;
    start_job(&client).await;
    create_batch(&client).await;
    get_limits(&client).await;
    register_application(&client).await;
    put_definition(&client).await;
    Ok(())
}
