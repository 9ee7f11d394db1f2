//! A generated crate's example file (`examples/<module>.rs`, one function per operation)
//! turned into a module of the contract runner: its client points at the recording proxy, its
//! `println!`/`eprintln!` become the call's outcome, and `main` becomes `run`, which calls
//! each example through [`record::call`](../runner/record.rs).

/// One operation of an example file: the example function and the request its doc names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The example function, which is the operation's method name.
    pub function: String,
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path as the crate documents it.
    pub path: String,
}

/// Rewrites `source` for the runner module `module` (the API module's name); returns the new
/// source and the operations it calls, or `None` when the file is not shaped like the
/// generator's examples.
pub fn runner_module(source: &str, module: &str) -> Option<(String, Vec<Example>)> {
    let examples = list(source);
    let (head, body) =
        source.split_once("\n#[tokio::main]\nasync fn main() -> Result<(), Error> {")?;
    let use_start = head.find("\nuse ")?;
    let use_end = use_start + head[use_start..].find(";\n")? + 2;
    let mut out = String::with_capacity(source.len() + 1024);
    out.push_str(&head[..use_end]);
    out.push_str(PRINT_MACROS);
    out.push_str(&head[use_end..].replacen(
        "Client::builder()",
        "Client::builder()\n        .base_url(crate::record::base_url())\n        .max_retries(0)\n        .timeout(std::time::Duration::from_secs(60))",
        1,
    ));
    out.push_str("\npub async fn run() -> Result<(), Error> {");
    for line in body.lines() {
        let call = line
            .trim()
            .strip_suffix("(&client).await;")
            .filter(|name| examples.iter().any(|e| e.function == *name));
        match call {
            Some(name) => out.push_str(&format!(
                "    crate::record::call({module:?}, {name:?}, {name}(&client)).await;\n"
            )),
            None => {
                out.push_str(&line.replace("Client::new(\"http://127.0.0.1:9\")?", "client()?"));
                out.push('\n');
            }
        }
    }
    Some((out, examples))
}

/// The examples' printing macros, shadowed: what an example prints is its outcome.
const PRINT_MACROS: &str = "
#[allow(unused_macros)]
macro_rules! println {
    ($($arg:tt)*) => { crate::record::printed(true, format!($($arg)*)) };
}
#[allow(unused_macros)]
macro_rules! eprintln {
    ($($arg:tt)*) => { crate::record::printed(false, format!($($arg)*)) };
}
";

/// The example functions of `source`, each with the `METHOD path` of its doc line.
fn list(source: &str) -> Vec<Example> {
    let mut request = None;
    let mut examples = Vec::new();
    for line in source.lines() {
        if let Some(doc) = line.strip_prefix("/// `") {
            request = doc.split_once('`').and_then(|(request, _)| {
                let (method, path) = request.split_once(' ')?;
                Some((method.to_string(), path.to_string()))
            });
        } else if let Some(name) = line
            .strip_prefix("async fn ")
            .and_then(|rest| rest.strip_suffix("(client: &Client) {"))
        {
            if let Some((method, path)) = request.take() {
                examples.push(Example {
                    function: name.to_string(),
                    method,
                    path,
                });
            }
        }
    }
    examples
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"//! The examples of `docs/CasesApi.md`.

#[allow(unused_imports)]
use contract_cases::{apis, types, Client, Error};

/// Builds a client.
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

/// `DELETE /channels/{name}`: delete_channel
#[allow(deprecated)]
async fn delete_channel(client: &Client) {
    let _ = client;
}

/// Calls every example once.
#[tokio::main]
async fn main() -> Result<(), Error> {
    let configured = client()?;
    println!("configured for {}", configured.base_url());
    let client = Client::new("http://127.0.0.1:9")?;
    publish(&client).await;
    delete_channel(&client).await;
    Ok(())
}
"#;

    #[test]
    fn the_examples_call_through_the_recorder_with_a_client_for_the_proxy() {
        let (out, examples) = runner_module(SOURCE, "cases").unwrap();
        assert_eq!(
            examples,
            [
                Example {
                    function: "publish".into(),
                    method: "GET".into(),
                    path: "/".into()
                },
                Example {
                    function: "delete_channel".into(),
                    method: "DELETE".into(),
                    path: "/channels/{name}".into()
                }
            ]
        );
        assert!(
            out.contains("crate::record::call(\"cases\", \"publish\", publish(&client)).await;")
        );
        assert!(out.contains("pub async fn run() -> Result<(), Error> {"));
        assert!(out.contains("let client = client()?;"));
        assert!(out.contains(".base_url(crate::record::base_url())"));
        assert!(!out.contains("tokio::main"));
        let macros = out.find("macro_rules! println").unwrap();
        assert!(out.find("use contract_cases").unwrap() < macros);
        assert!(macros < out.find("fn client()").unwrap());
    }

    #[test]
    fn a_file_of_another_shape_is_refused() {
        assert_eq!(runner_module("fn main() {}", "x"), None);
    }
}
