//! What the registry's benches share: the allocator the server binary uses
//! (the bare baselines run on it too), the registry on 127.0.0.1, a client of
//! it, a bare HTTP/1.1 client, test data, a process's memory, and settings
//! from the environment. Each bench uses part of it.

#![allow(dead_code)]

use std::net::SocketAddr;

use codegen_rt::sigv4::Keys;
use ecr_server::app::{App, Config};
use tokio::net::TcpListener;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub const AKID: &str = "AKIDBENCH";
pub const SECRET: &str = "benchsecretbenchsecretbenchsecret";

/// The registry on an ephemeral port, data in `dir`, signatures checked
/// unless `check_signatures` is off.
pub async fn our_server(dir: &std::path::Path, check_signatures: bool) -> SocketAddr {
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let app = App::open(&Config {
        region: "us-west-2".into(),
        account_id: "123456789012".into(),
        check_signatures,
        lifecycle_interval: None,
        gc_interval: None,
        body_limit: 1 << 20,
        ..Config::new(dir, keys)
    })
    .unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(ecr_server::app::serve(
        app,
        listener,
        std::future::pending(),
    ));
    addr
}

/// The generated client, signing with the bench's key.
pub fn client(addr: SocketAddr) -> ecr_client_sdk::Client {
    use ecr_client_sdk::{Client, Config, Credentials};
    Client::new(
        Config::new()
            .region("us-west-2")
            .endpoint_url(format!("http://{addr}"))
            .credentials_provider(Credentials::new(AKID, SECRET, None, None, "bench")),
    )
}

/// `name` from the environment, `default` when unset or not a `T`.
pub fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A keep-alive HTTP/1.1 connection.
pub type Sender = hyper::client::conn::http1::SendRequest<http_body_util::Full<bytes::Bytes>>;

/// Connects to `addr` (no Nagle delay).
pub async fn connect(addr: SocketAddr) -> Sender {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _ = stream.set_nodelay(true);
    let (sender, conn) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .unwrap();
    tokio::spawn(conn);
    sender
}

/// Sends one request; the status, the `Location` header and the body.
pub async fn call(
    sender: &mut Sender,
    addr: SocketAddr,
    method: http::Method,
    uri: &str,
    headers: &[(&str, &str)],
    body: bytes::Bytes,
) -> (u16, Option<String>, bytes::Bytes) {
    use http_body_util::BodyExt;
    let mut b = http::Request::builder()
        .method(method)
        .uri(uri)
        .header("host", addr.to_string());
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    sender.ready().await.unwrap();
    let resp = sender
        .send_request(b.body(http_body_util::Full::new(body)).unwrap())
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let location = resp
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    (status, location, body)
}

/// `n` incompressible, reproducible bytes (xorshift64 from `seed`).
pub fn incompressible(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut v = vec![0u8; n];
    for chunk in v.chunks_mut(8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        chunk.copy_from_slice(&x.to_le_bytes()[..chunk.len()]);
    }
    v
}

/// A memory figure of process `pid` in MB, from `/proc/PID/status`
/// (`VmRSS:` resident now, `VmHWM:` its peak); 0 when unreadable.
pub fn memory_mb(pid: u32, key: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0
}

/// A port free on 127.0.0.1 a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
