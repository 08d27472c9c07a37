//! What the registry's benches share: the allocator the server binary uses
//! (the bare baselines run on it too), the registry on 127.0.0.1, a client of
//! it, and settings from the environment.

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
