//! ecr-server against CNCF Distribution (Debian's `docker-registry`), one
//! after the other on 127.0.0.1, same load generator, both without
//! authentication (ecr-server `--no-auth`; Distribution's default), each a
//! process of its own whose memory is read from `/proc`:
//! - monolithic push of a blob (POST + one PUT with the bytes), MB/s;
//! - chunked push (POST, PATCHes of 10 MiB, PUT), MB/s;
//! - manifest GET by tag from BENCH_MANIFEST_CONNECTIONS (64) keep-alive
//!   connections, requests/s;
//! - blob pulls from BENCH_CONNECTIONS (8) connections, MB/s.
//!
//! Ratios ecr-server / Distribution are printed, and both servers' peak
//! resident memory. `cargo bench -p ecr-server --bench versus_distribution`
//! (env: BENCH_SECS per load, default 5; BENCH_MB, default 100; BENCH_PUSHES,
//! default 3). Without `docker-registry` it says so and stops, except under
//! `CI=true`, where that is a failure.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Empty, Full};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

mod common;
use common::{call, client, connect, env, free_port, incompressible, memory_mb};

const MANIFEST_TYPE: &str = "application/vnd.docker.distribution.manifest.v2+json";

/// A server process, killed when dropped.
struct Process {
    child: Child,
    addr: SocketAddr,
    name: &'static str,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Process {
    /// Peak and current resident memory, in MB.
    fn memory(&self) -> (f64, f64) {
        let pid = self.child.id();
        (memory_mb(pid, "VmHWM:"), memory_mb(pid, "VmRSS:"))
    }
}

async fn wait_up(addr: SocketAddr) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(stream) = TcpStream::connect(addr).await {
            if let Ok((mut sender, conn)) =
                hyper::client::conn::http1::handshake(TokioIo::new(stream)).await
            {
                tokio::spawn(conn);
                let req = http::Request::get("/v2/")
                    .header("host", addr.to_string())
                    .body(Empty::<Bytes>::new())
                    .unwrap();
                if sender
                    .send_request(req)
                    .await
                    .is_ok_and(|r| r.status() == 200)
                {
                    return;
                }
            }
        }
        assert!(
            Instant::now() < deadline,
            "the server at {addr} did not come up"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn distribution(dir: &std::path::Path) -> Process {
    let port = free_port();
    std::fs::create_dir_all(dir).unwrap();
    let config = dir.join("config.yml");
    std::fs::write(
        &config,
        format!(
            "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n",
            dir.join("storage").display()
        ),
    )
    .unwrap();
    let child = Command::new("docker-registry")
        .arg("serve")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("docker-registry starts");
    Process {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
        name: "CNCF Distribution",
    }
}

fn ours(dir: &std::path::Path) -> Process {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_ecr-server"))
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--region",
            "us-west-2",
            "--account-id",
            "123456789012",
            "--no-auth",
        ])
        .arg("--data-dir")
        .arg(dir)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("ecr-server starts");
    Process {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
        name: "ecr-server",
    }
}

fn next(location: &str, extra: &str) -> String {
    let path = location.split_once("://").map_or(location, |(_, rest)| {
        rest.find('/').map_or("/", |i| &rest[i..])
    });
    let sep = if path.contains('?') { '&' } else { '?' };
    if extra.is_empty() {
        path.to_owned()
    } else {
        format!("{path}{sep}{extra}")
    }
}

/// Pushes `data` to repository `bench`: in one PUT, or in `chunk`-byte PATCHes.
async fn push(addr: SocketAddr, data: &Bytes, chunk: Option<usize>) -> String {
    let digest = ecr_server::media::digest_of(data);
    let mut s = connect(addr).await;
    let (st, loc, _) = call(
        &mut s,
        addr,
        http::Method::POST,
        "/v2/bench/blobs/uploads/",
        &[],
        Bytes::new(),
    )
    .await;
    assert_eq!(st, 202, "{addr}: upload start");
    let mut loc = loc.expect("a Location");
    if let Some(chunk) = chunk {
        let mut at = 0;
        while at < data.len() {
            let end = (at + chunk).min(data.len());
            let range = format!("{at}-{}", end - 1);
            let (st, l, _) = call(
                &mut s,
                addr,
                http::Method::PATCH,
                &next(&loc, ""),
                &[
                    ("content-type", "application/octet-stream"),
                    ("content-range", &range),
                ],
                data.slice(at..end),
            )
            .await;
            assert_eq!(st, 202, "{addr}: a chunk");
            loc = l.expect("a Location");
            at = end;
        }
        let (st, _, _) = call(
            &mut s,
            addr,
            http::Method::PUT,
            &next(&loc, &format!("digest={digest}")),
            &[],
            Bytes::new(),
        )
        .await;
        assert_eq!(st, 201, "{addr}: upload end");
    } else {
        let (st, _, _) = call(
            &mut s,
            addr,
            http::Method::PUT,
            &next(&loc, &format!("digest={digest}")),
            &[("content-type", "application/octet-stream")],
            data.clone(),
        )
        .await;
        assert_eq!(st, 201, "{addr}: monolithic upload");
    }
    digest
}

/// `connections` keep-alive connections GETting `uri` for `secs`; every
/// answer must be 200 with `expected` bytes. (requests, bytes, seconds).
async fn load(
    addr: SocketAddr,
    uri: &str,
    accept: Option<&str>,
    expected: usize,
    connections: usize,
    secs: f64,
) -> (usize, u64, f64) {
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let uri = uri.to_owned();
        let accept = accept.map(str::to_owned);
        tasks.push(tokio::spawn(async move {
            let mut s = connect(addr).await;
            let (mut n, mut bytes) = (0usize, 0u64);
            while Instant::now() < deadline {
                let mut b = http::Request::get(&uri).header("host", addr.to_string());
                if let Some(a) = &accept {
                    b = b.header("accept", a);
                }
                s.ready().await.unwrap();
                let resp = s
                    .send_request(b.body(Full::new(Bytes::new())).unwrap())
                    .await
                    .unwrap();
                assert_eq!(resp.status(), 200, "{addr}: GET {uri}");
                let mut body = resp.into_body();
                let mut got = 0usize;
                while let Some(frame) = body.frame().await {
                    if let Ok(d) = frame.unwrap().into_data() {
                        got += d.len();
                    }
                }
                assert_eq!(got, expected, "{addr}: every answer whole");
                n += 1;
                bytes += got as u64;
            }
            (n, bytes)
        }));
    }
    let (mut n, mut bytes) = (0, 0);
    for t in tasks {
        let (a, b) = t.await.unwrap();
        n += a;
        bytes += b;
    }
    (n, bytes, started.elapsed().as_secs_f64())
}

/// The figures of one server.
#[derive(Default, Debug)]
struct Figures {
    monolithic: f64,
    chunked: f64,
    manifests: f64,
    pulls: f64,
    peak_mb: f64,
}

async fn measure(p: &Process, data: &Bytes, pushes: usize, secs: f64) -> Figures {
    wait_up(p.addr).await;
    let mut f = Figures::default();
    let mb = data.len() as f64 / 1e6;
    // Each push different bytes: nothing is deduplicated.
    let variant = |i: usize| {
        let mut v = data.to_vec();
        v[..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        Bytes::from(v)
    };
    let t = Instant::now();
    for i in 0..pushes {
        push(p.addr, &variant(i), None).await;
    }
    f.monolithic = mb * pushes as f64 / t.elapsed().as_secs_f64();
    let t = Instant::now();
    for i in 0..pushes {
        push(p.addr, &variant(pushes + i), Some(10 << 20)).await;
    }
    f.chunked = mb * pushes as f64 / t.elapsed().as_secs_f64();
    let layer = push(p.addr, data, None).await;
    let config = push(p.addr, &Bytes::from_static(b"{}"), None).await;
    let manifest = serde_json::json!({
        "schemaVersion": 2, "mediaType": MANIFEST_TYPE,
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 2, "digest": config},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": data.len(), "digest": layer}],
    })
    .to_string();
    let mut s = connect(p.addr).await;
    let (st, _, _) = call(
        &mut s,
        p.addr,
        http::Method::PUT,
        "/v2/bench/manifests/v1",
        &[("content-type", MANIFEST_TYPE)],
        Bytes::from(manifest.clone()),
    )
    .await;
    assert_eq!(st, 201, "{}: manifest push", p.name);
    let connections: usize = env("BENCH_MANIFEST_CONNECTIONS", 64);
    load(
        p.addr,
        "/v2/bench/manifests/v1",
        Some(MANIFEST_TYPE),
        manifest.len(),
        4,
        secs.min(0.5),
    )
    .await;
    let (n, _, el) = load(
        p.addr,
        "/v2/bench/manifests/v1",
        Some(MANIFEST_TYPE),
        manifest.len(),
        connections,
        secs,
    )
    .await;
    f.manifests = n as f64 / el;
    let uri = format!("/v2/bench/blobs/{layer}");
    load(p.addr, &uri, None, data.len(), 1, secs.min(0.5)).await;
    let (_, bytes, el) = load(
        p.addr,
        &uri,
        None,
        data.len(),
        env("BENCH_CONNECTIONS", 8),
        secs,
    )
    .await;
    f.pulls = bytes as f64 / 1e6 / el;
    f.peak_mb = p.memory().0;
    f
}

fn main() {
    let have = Command::new("docker-registry")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but `docker-registry` (CNCF Distribution) is not installed (.ci/run installs it)");
        }
        println!("skipping: `docker-registry` (CNCF Distribution) is not installed");
        return;
    }
    let secs: f64 = env("BENCH_SECS", 5.0);
    let mb: usize = env("BENCH_MB", 100);
    let pushes: usize = env("BENCH_PUSHES", 3);
    let dir = tempfile::tempdir().unwrap();
    let data = Bytes::from(incompressible(mb << 20, 1));
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let ecr = ours(&dir.path().join("ours"));
        wait_up(ecr.addr).await;
        client(ecr.addr).create_repository().repository_name("bench").send().await.unwrap();
        let o = measure(&ecr, &data, pushes, secs).await;
        drop(ecr);
        let dist = distribution(&dir.path().join("distribution"));
        let d = measure(&dist, &data, pushes, secs).await;
        drop(dist);
        println!("{mb} MiB blobs, {pushes} pushes each way, {secs} s per load, 127.0.0.1, no auth on either");
        println!("{:<44} {:>12} {:>18} {:>8}", "", "ecr-server", "CNCF Distribution", "ratio");
        let row = |name: &str, a: f64, b: f64, unit: &str| {
            println!("{name:<44} {:>9.0} {unit:<3} {:>14.0} {unit:<3} {:>8.2}", a, b, a / b);
        };
        row("monolithic push", o.monolithic, d.monolithic, "MB/s");
        row("chunked push (10 MiB PATCHes)", o.chunked, d.chunked, "MB/s");
        row("manifest GET by tag", o.manifests, d.manifests, "/s");
        row("blob pull", o.pulls, d.pulls, "MB/s");
        println!("{:<44} {:>9.1} MB  {:>14.1} MB", "peak resident memory", o.peak_mb, d.peak_mb);
    });
}
