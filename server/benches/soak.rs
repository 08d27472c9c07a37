//! A soak: the server binary under steady mixed load for SOAK_SECS (default
//! 600): every 100 ms a round of manifest GETs by tag (SOAK_MANIFESTS, 20)
//! and one blob pull (SOAK_BLOB_KB, 1024 KiB), and every second a push of a
//! new image (a layer, a config, a manifest; tags rotate over ten
//! repositories), all with ECR's Basic auth. Every answer must be right.
//! The server's resident memory and open file descriptors are sampled each
//! second: memory at the end must be within 10% of where it settled (the
//! median of the samples after the first minute, or the first tenth of a
//! shorter run), and descriptors must not grow.
//!
//! `cargo bench -p ecr-server --bench soak` (10 minutes); CI runs
//! `SOAK_SECS=60` in debug.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use tokio::net::TcpStream;

mod common;
use common::{call, client, connect, env, incompressible, memory_mb, Sender};

const MANIFEST_TYPE: &str = "application/vnd.docker.distribution.manifest.v2+json";

struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Resident memory in MB and open descriptors, from `/proc`.
    fn sample(&self) -> (f64, usize) {
        let fds =
            std::fs::read_dir(format!("/proc/{}/fd", self.child.id())).map_or(0, |d| d.count());
        (memory_mb(self.child.id(), "VmRSS:"), fds)
    }
}

fn random(n: usize, seed: u64) -> Bytes {
    Bytes::from(incompressible(n, seed))
}

/// Pushes a blob to `repo`; its digest.
async fn blob(s: &mut Sender, addr: SocketAddr, auth: &str, repo: &str, data: Bytes) -> String {
    let digest = ecr_server::media::digest_of(&data);
    let (st, _, _) = call(
        s,
        addr,
        http::Method::POST,
        &format!("/v2/{repo}/blobs/uploads/?digest={digest}"),
        &[
            ("authorization", auth),
            ("content-type", "application/octet-stream"),
        ],
        data,
    )
    .await;
    assert_eq!(st, 201, "a blob push");
    digest
}

/// Pushes an image with a `kb` KiB layer to `repo:tag`; the manifest.
async fn image(
    s: &mut Sender,
    addr: SocketAddr,
    auth: &str,
    repo: &str,
    tag: &str,
    kb: usize,
    seed: u64,
) -> String {
    let layer = random(kb << 10, seed);
    let size = layer.len();
    let ld = blob(s, addr, auth, repo, layer).await;
    let config = format!("{{\"seed\":{seed}}}");
    let cd = blob(s, addr, auth, repo, Bytes::from(config.clone())).await;
    let m = serde_json::json!({
        "schemaVersion": 2, "mediaType": MANIFEST_TYPE,
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": config.len(), "digest": cd},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": size, "digest": ld}],
    })
    .to_string();
    let (st, _, _) = call(
        s,
        addr,
        http::Method::PUT,
        &format!("/v2/{repo}/manifests/{tag}"),
        &[("authorization", auth), ("content-type", MANIFEST_TYPE)],
        Bytes::from(m.clone()),
    )
    .await;
    assert_eq!(st, 201, "a manifest push");
    m
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn main() {
    let secs: f64 = env("SOAK_SECS", 600.0);
    let manifests: usize = env("SOAK_MANIFESTS", 20);
    let blob_kb: usize = env("SOAK_BLOB_KB", 1024);
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_ecr-server"))
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--region",
            "us-west-2",
            "--account-id",
            "123456789012",
        ])
        .args([
            "--access-key-id",
            common::AKID,
            "--secret-access-key",
            common::SECRET,
        ])
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("ecr-server starts");
    let server = Server {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
    };
    let addr = server.addr;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (samples, requests) = rt.block_on(async {
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(addr).await.is_err() {
            assert!(Instant::now() < deadline, "the server did not come up");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let c = client(addr);
        for i in 0..10 {
            c.create_repository()
                .repository_name(format!("soak/r{i}"))
                .send()
                .await
                .unwrap();
        }
        let token = c.get_authorization_token().send().await.unwrap();
        let token = token.authorization_data.unwrap()[0]
            .authorization_token
            .clone()
            .unwrap();
        let auth = Arc::new(format!("Basic {token}"));
        // The image every round reads.
        let mut s = connect(addr).await;
        let manifest = image(&mut s, addr, &auth, "soak/r0", "hot", blob_kb, 0).await;
        let layer: serde_json::Value = serde_json::from_str(&manifest).unwrap();
        let layer = layer["layers"][0]["digest"].as_str().unwrap().to_owned();
        let requests = Arc::new(AtomicU64::new(0));
        let started = Instant::now();
        let end = started + Duration::from_secs_f64(secs);
        // Readers: a round every 100 ms.
        let reader = {
            let (auth, requests, manifest) =
                (Arc::clone(&auth), Arc::clone(&requests), manifest.clone());
            tokio::spawn(async move {
                let mut conns = Vec::new();
                for _ in 0..4 {
                    conns.push(connect(addr).await);
                }
                let mut tick = tokio::time::interval(Duration::from_millis(100));
                while Instant::now() < end {
                    tick.tick().await;
                    for i in 0..manifests {
                        let s = &mut conns[i % 4];
                        let (st, _, body) = call(
                            s,
                            addr,
                            http::Method::GET,
                            "/v2/soak/r0/manifests/hot",
                            &[("authorization", &auth), ("accept", MANIFEST_TYPE)],
                            Bytes::new(),
                        )
                        .await;
                        assert_eq!(
                            (st, body.as_ref()),
                            (200, manifest.as_bytes()),
                            "a manifest GET"
                        );
                    }
                    let (st, _, body) = call(
                        &mut conns[0],
                        addr,
                        http::Method::GET,
                        &format!("/v2/soak/r0/blobs/{layer}"),
                        &[("authorization", &auth)],
                        Bytes::new(),
                    )
                    .await;
                    assert_eq!((st, body.len()), (200, blob_kb << 10), "a blob pull");
                    requests.fetch_add(manifests as u64 + 1, Ordering::Relaxed);
                }
            })
        };
        // A writer: an image a second.
        let writer = {
            let (auth, requests) = (Arc::clone(&auth), Arc::clone(&requests));
            tokio::spawn(async move {
                let mut s = connect(addr).await;
                let mut tick = tokio::time::interval(Duration::from_secs(1));
                let mut n = 1u64;
                while Instant::now() < end {
                    tick.tick().await;
                    let repo = format!("soak/r{}", n % 10);
                    image(&mut s, addr, &auth, &repo, &format!("t{}", n % 5), 64, n).await;
                    requests.fetch_add(3, Ordering::Relaxed);
                    n += 1;
                }
            })
        };
        let mut samples = Vec::new();
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        while Instant::now() < end {
            tick.tick().await;
            let (rss, fds) = server.sample();
            samples.push((started.elapsed().as_secs_f64(), rss, fds));
        }
        reader.await.expect("the readers saw only right answers");
        writer.await.expect("every push succeeded");
        (samples, requests.load(Ordering::Relaxed))
    });
    let settle = (secs / 10.0).min(60.0);
    let window = |from: f64, to: f64| samples.iter().filter(move |(t, ..)| *t >= from && *t <= to);
    let settled_rss = median(
        window(settle, settle + settle.max(5.0))
            .map(|s| s.1)
            .collect(),
    );
    let end_rss = median(window(secs - settle.max(5.0), secs).map(|s| s.1).collect());
    let settled_fds = window(settle, settle + settle.max(5.0))
        .map(|s| s.2)
        .max()
        .unwrap_or(0);
    let end_fds = window(secs - settle.max(5.0), secs)
        .map(|s| s.2)
        .max()
        .unwrap_or(0);
    println!(
        "soak: {secs} s, {requests} requests ({:.0}/s), no error; memory settled at {settled_rss:.1} MB (after {settle:.0} s), ended at {end_rss:.1} MB ({:+.1}%); descriptors {settled_fds} -> {end_fds}",
        requests as f64 / secs,
        (end_rss / settled_rss - 1.0) * 100.0
    );
    assert!(
        end_rss <= settled_rss * 1.10,
        "memory grew more than 10%: {settled_rss:.1} -> {end_rss:.1} MB"
    );
    assert!(
        end_fds <= settled_fds + 2,
        "descriptors grew: {settled_fds} -> {end_fds}"
    );
}
