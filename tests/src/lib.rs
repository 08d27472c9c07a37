//! Helpers for the end-to-end tests: serve any generated service on an
//! ephemeral 127.0.0.1 port.

use std::convert::Infallible;
use std::net::SocketAddr;

use codegen_rt::server::{http, tower, IntoMakeService, ResponseBody};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// A server running in the background; stops when dropped.
pub struct Running {
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
}

impl Running {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Serves `service` on 127.0.0.1 with an ephemeral port.
pub async fn serve<S>(service: S) -> Running
where
    S: tower::Service<
            http::Request<codegen_rt::server::Incoming>,
            Response = http::Response<ResponseBody>,
            Error = Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local addr");
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = codegen_rt::server::serve(listener, IntoMakeService::new(service))
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    Running {
        addr,
        stop: Some(stop),
    }
}

/// Nanoseconds per call of `f`, over about `budget` of calls (best of 5
/// rounds): what the benches time code with.
pub fn per_call(budget: std::time::Duration, mut f: impl FnMut()) -> f64 {
    use std::time::Instant;
    // Calibrate a round.
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < budget / 10 {
        f();
        n += 1;
    }
    let round = n.max(1) * 2;
    (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..round {
                f();
            }
            t.elapsed().as_nanos() as f64 / round as f64
        })
        .fold(f64::INFINITY, f64::min)
}

/// The README's Rust examples, compiled (and run) as doctests, so that what
/// a newcomer copies builds.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;

/// Whether `tool` runs with `probe`; a missing tool skips the test that
/// asks, with a printed reason, and fails it under `CI=true` (`.ci/run`
/// installs the tools).
pub fn have(tool: &str, probe: &[&str]) -> bool {
    use std::process::{Command, Stdio};
    let ok = Command::new(tool)
        .args(probe)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but `{tool}` is not available (.ci/run installs it)");
        }
        eprintln!("skipping: `{tool}` is not available");
    }
    ok
}

/// Runs an AWS tool (`python3` with boto3, or `aws`) with `args` and these
/// credentials, and none of the machine's AWS configuration (no config or
/// credentials file, no `AWS_DATA_PATH`), on a blocking thread; `env` adds
/// or overrides variables.
pub async fn run_aws_tool(
    program: &'static str,
    args: Vec<String>,
    (akid, secret): (&str, &str),
    env: Vec<(&'static str, std::ffi::OsString)>,
) -> std::process::Output {
    let mut cmd = std::process::Command::new(program);
    cmd.args(&args)
        .env("AWS_ACCESS_KEY_ID", akid)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .env_remove("AWS_DATA_PATH")
        .envs(env);
    tokio::task::spawn_blocking(move || cmd.output().expect(program))
        .await
        .expect("the tool's thread")
}

/// The peak resident memory of this process over a stretch of a test
/// (`/proc/self/status`): `VmHWM` after resetting it through
/// `/proc/self/clear_refs` where that is allowed, else the highest `VmRSS`
/// a sampling thread saw.
pub struct PeakMemory {
    reset: bool,
    sampled: std::sync::Arc<std::sync::atomic::AtomicU64>,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    sampler: std::thread::JoinHandle<()>,
}

impl PeakMemory {
    /// Starts measuring; `None` (after saying why, and failing under
    /// `CI=true`) where there is no `/proc`.
    pub fn start() -> Option<Self> {
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
        use std::sync::Arc;
        if !std::path::Path::new("/proc/self/status").exists() {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("CI=true but /proc/self/status is missing: peak memory cannot be measured");
            }
            eprintln!("skipping: no /proc/self/status to measure peak memory with");
            return None;
        }
        let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
        let sampled = Arc::new(AtomicU64::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let sampler = {
            let (sampled, done) = (Arc::clone(&sampled), Arc::clone(&done));
            std::thread::spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    sampled.fetch_max(memory_kb().0, Ordering::Relaxed);
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
            })
        };
        Some(Self {
            reset,
            sampled,
            done,
            sampler,
        })
    }

    /// The peak since [`start`](Self::start), in kB, and how it was measured.
    pub fn stop(self) -> (u64, &'static str) {
        use std::sync::atomic::Ordering;
        self.done.store(true, Ordering::Relaxed);
        let _ = self.sampler.join();
        if self.reset {
            (memory_kb().1, "VmHWM after clear_refs")
        } else {
            (
                self.sampled.load(Ordering::Relaxed),
                "highest sampled VmRSS",
            )
        }
    }
}

/// The process's resident set: current and peak (kB), from /proc.
fn memory_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}
