//! `bench-server` and `bench-client` over loopback, as `cargo xtask bench --requests` runs
//! them, with a few requests: every client gets its answers, checks them, and reports what
//! they cost; a wrong request fails the round instead of being measured.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdin, Command, Stdio};

use serde_json::Value;

struct Server {
    _child: Child,
    // The server exits when its stdin closes, i.e. when this is dropped.
    _stdin: ChildStdin,
    port: u16,
}

fn server() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bench-server"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("bench-server starts");
    let stdin = child.stdin.take().expect("stdin");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the port line");
    let port = line.trim().parse().expect("a port");
    Server {
        _child: child,
        _stdin: stdin,
        port,
    }
}

/// Runs one round; gives the report, or the error the client printed.
fn round(server: &str, client: &str, body: &str, concurrency: usize) -> Result<Value, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_bench-client"))
        .args(["--client", client, "--server", server, "--body", body])
        .args(["--concurrency", &concurrency.to_string()])
        .args(["--warmup", "2", "--requests", "24"])
        .output()
        .expect("bench-client runs");
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(serde_json::from_slice(&output.stdout).expect("a JSON report"))
}

fn number(report: &Value, field: &str) -> f64 {
    report[field].as_f64().unwrap_or(-1.0)
}

#[test]
fn every_client_measures_its_calls() {
    let server = server();
    let url = format!("http://127.0.0.1:{}", server.port);
    for concurrency in [1, 4] {
        for client in ["noop", "raw", "hand-written", "generated"] {
            let report = round(&url, client, "small", concurrency)
                .unwrap_or_else(|e| panic!("{client}: {e}"));
            assert_eq!(report["client"], client);
            assert_eq!(number(&report, "requests"), 24.0);
            assert_eq!(number(&report, "concurrency"), concurrency as f64);
            let allocations = number(&report, "allocations") / 24.0;
            if client == "noop" {
                assert!(allocations < 1.0, "the harness allocates: {report}");
            } else {
                assert!(
                    allocations > 20.0,
                    "{client} allocations not counted: {report}"
                );
                assert!(number(&report, "p50_us") > 0.0, "{report}");
                assert!(
                    number(&report, "p90_us") >= number(&report, "p50_us"),
                    "{report}"
                );
                assert!(number(&report, "allocated_bytes") > 0.0, "{report}");
            }
            assert!(number(&report, "wall_seconds") > 0.0, "{report}");
            assert!(number(&report, "cpu_seconds") >= 0.0, "{report}");
        }
    }
}

#[test]
fn the_large_body_decodes_in_every_client() {
    let server = server();
    let url = format!("http://127.0.0.1:{}", server.port);
    for client in ["raw", "hand-written", "generated"] {
        let report = round(&url, client, "large", 1).unwrap_or_else(|e| panic!("{client}: {e}"));
        // 8,000 features decoded, each a string at least.
        if client != "raw" {
            assert!(number(&report, "allocations") / 24.0 > 8_000.0, "{report}");
        }
    }
}

#[test]
fn a_failing_call_fails_the_round() {
    let server = server();
    let wrong_path = format!("http://127.0.0.1:{}/elsewhere", server.port);
    for client in ["raw", "hand-written", "generated"] {
        let error = round(&wrong_path, client, "small", 1)
            .err()
            .unwrap_or_else(|| panic!("{client} measured calls that got a 404"));
        assert!(error.contains("404"), "{client}: {error}");
    }
}

#[test]
fn the_server_wants_the_token() {
    let server = server();
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connects");
    stream
        .write_all(
            b"GET /small/api/v2/organizations/me HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        )
        .expect("writes");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("reads");
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
}
