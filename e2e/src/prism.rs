//! The Prism mock server (`@stoplight/prism-cli`, installed into `tools/node_modules` by
//! `cargo xtask ci` or `npm ci --prefix tools`), run as a child process on a loopback port.

use std::fs::File;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to load a spec and listen (it is a Node program; a cold start on
/// a busy 2-core machine takes a few seconds).
const STARTUP_LIMIT: Duration = Duration::from_secs(90);

/// How Prism makes its responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// From the spec's examples, or a static value built from the schema.
    Static,
    /// Random data valid against the response schema (`--dynamic`), different every call.
    Dynamic,
}

/// How to run Prism.
#[derive(Debug, Clone)]
pub struct Options {
    /// Examples or generated data.
    pub mode: Mode,
    /// `--errors`: answer a request or response that breaks the spec with an error (without
    /// it, Prism answers anyway and lists what it saw in the `sl-violations` header).
    pub errors: bool,
    /// How long Prism may take to load the spec and listen.
    pub startup_limit: Duration,
}

/// A running `prism mock <spec> --errors` on `127.0.0.1`; stopped when dropped.
///
/// `--errors` turns every request that does not match the spec (a missing required
/// parameter, a wrong type, a missing security header) into an error response.
#[derive(Debug)]
pub struct PrismServer {
    child: Child,
    port: u16,
    /// Prism's stdout and stderr. A file, not a pipe: Prism logs every request, and a full
    /// pipe that no one reads would stall it.
    log: PathBuf,
    /// The spec Prism serves.
    copy: PathBuf,
}

impl PrismServer {
    /// Starts Prism on `spec` (relative to the repository root; Prism reads a copy without
    /// circular schemas, see [`crate::acyclic`]) and waits until it accepts connections.
    /// Panics with Prism's output when it exits or does not listen in time.
    pub fn start(spec: &str, mode: Mode) -> Self {
        let options = Options {
            mode,
            errors: true,
            startup_limit: STARTUP_LIMIT,
        };
        Self::launch(&crate::repo_root().join(spec), &options).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Starts Prism on the spec at `spec` with `options` and waits until it accepts
    /// connections; `Err` holds why it did not (with Prism's output).
    pub fn launch(spec: &Path, options: &Options) -> Result<Self, String> {
        let root = crate::repo_root();
        let prism = prism_binary(&root)?;
        let port = free_port()?;
        let copy = std::env::temp_dir().join(format!("clientgen-prism-{port}.json"));
        write_acyclic_copy(spec, &copy)?;
        let log = std::env::temp_dir().join(format!("clientgen-prism-{port}.log"));
        let stdout =
            File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let stderr = stdout
            .try_clone()
            .map_err(|e| format!("cannot clone the log file handle: {e}"))?;
        let mut command = Command::new(&prism);
        command
            .current_dir(&root)
            .arg("mock")
            .arg(&copy)
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr);
        if options.errors {
            command.arg("--errors");
        }
        if options.mode == Mode::Dynamic {
            command.arg("--dynamic");
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", prism.display()))?;
        let mut server = PrismServer {
            child,
            port,
            log,
            copy,
        };
        server.wait_until_listening(&spec.display().to_string(), options.startup_limit)?;
        Ok(server)
    }

    /// The server's base URL, to give a generated client as its base URL.
    pub fn uri(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn wait_until_listening(&mut self, spec: &str, limit: Duration) -> Result<(), String> {
        let started = Instant::now();
        while started.elapsed() < limit {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "prism mock {spec} exited with {status} before listening:\n{}",
                    self.output()
                ));
            }
            if TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!(
            "prism mock {spec} did not listen on port {} within {limit:?}:\n{}",
            self.port,
            self.output()
        ))
    }

    /// What Prism printed so far, for a failure message.
    pub fn output(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for PrismServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
        let _ = std::fs::remove_file(&self.copy);
    }
}

/// Writes `spec` to `copy` as JSON with its circular schema properties cut.
fn write_acyclic_copy(spec: &Path, copy: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(spec)
        .map_err(|e| format!("cannot read {}: {e}", spec.display()))?;
    let mut document: serde_json::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{} is not YAML: {e}", spec.display()))?;
    let cuts = crate::acyclic::cut_cycles(&mut document);
    if !cuts.is_empty() {
        eprintln!(
            "prism: {} circular properties cut from {} for Prism: {cuts:?}",
            cuts.len(),
            spec.display()
        );
    }
    crate::routable::strip_path_suffixes(&mut document);
    let json = serde_json::to_vec(&document).map_err(|e| format!("cannot serialize: {e}"))?;
    std::fs::write(copy, json).map_err(|e| format!("cannot write {}: {e}", copy.display()))
}

/// `tools/node_modules/.bin/prism`, or the set-up command when it is missing.
fn prism_binary(root: &Path) -> Result<PathBuf, String> {
    let prism = root.join("tools/node_modules/.bin/prism");
    if !prism.exists() {
        return Err(format!(
            "{} is missing: run `npm ci --prefix tools` (cargo xtask ci does it)",
            prism.display()
        ));
    }
    Ok(prism)
}

/// A port no one listens on right now (the OS picks it; Prism binds it a moment later).
fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("cannot bind a loopback port: {e}"))?;
    let address = listener
        .local_addr()
        .map_err(|e| format!("no local address: {e}"))?;
    Ok(address.port())
}
