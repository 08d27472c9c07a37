//! `/v2/` blob pulls: N concurrent downloads of one 100 MB blob from
//! ecr-server (Basic auth with the GetAuthorizationToken password checked,
//! the repository and layer looked up in SQLite, the blob file streamed)
//! against a bare hyper server streaming the same bytes from a file, measured
//! in the same run with the same load generator over keep-alive HTTP/1.1 on
//! 127.0.0.1. Both read through the page cache (each file is read once before
//! measuring).
//!
//! `cargo bench -p ecr-server --bench pull` (env: BENCH_SECS per server,
//! default 5; BENCH_CONNECTIONS, default 8; BENCH_MB, default 100).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::TryStreamExt;
use http_body_util::{BodyExt, Empty, Full, StreamBody};
use hyper::body::Frame;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio_util::io::ReaderStream;

mod common;
use common::{client, env, our_server};

/// A hyper server answering every request with `path`'s bytes, streamed from
/// the file in 256 KiB reads, with `Content-Length`.
async fn bare_file_server(path: PathBuf) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let path = Arc::new(path);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let path = Arc::clone(&path);
            tokio::spawn(async move {
                let svc = service_fn(move |_req| {
                    let path = Arc::clone(&path);
                    async move {
                        let file = tokio::fs::File::open(&*path).await.unwrap();
                        let len = file.metadata().await.unwrap().len();
                        let stream =
                            ReaderStream::with_capacity(file, 256 * 1024).map_ok(Frame::data);
                        let mut r = http::Response::new(StreamBody::new(stream));
                        r.headers_mut()
                            .insert(http::header::CONTENT_LENGTH, len.into());
                        Ok::<_, Infallible>(r)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    addr
}

async fn send(
    addr: SocketAddr,
    req: http::Request<Full<Bytes>>,
) -> http::Response<hyper::body::Incoming> {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(conn);
    sender.send_request(req).await.unwrap()
}

/// Creates repository `big` and pushes `data` into it with a monolithic
/// `/v2/` upload; returns the `Authorization` header value and the digest.
async fn seed(addr: SocketAddr, data: Bytes) -> (String, String) {
    let c = client(addr);
    c.create_repository()
        .repository_name("big")
        .send()
        .await
        .unwrap();
    let token = c.get_authorization_token().send().await.unwrap();
    let token = token.authorization_data.unwrap()[0]
        .authorization_token
        .clone()
        .unwrap();
    let auth = format!("Basic {token}");
    let digest = ecr_server::media::digest_of(&data);
    let start = http::Request::post("/v2/big/blobs/uploads/")
        .header("host", addr.to_string())
        .header("authorization", &auth)
        .body(Full::new(Bytes::new()))
        .unwrap();
    let resp = send(addr, start).await;
    assert_eq!(resp.status(), 202);
    let location = resp.headers()["location"].to_str().unwrap().to_owned();
    let sep = if location.contains('?') { '&' } else { '?' };
    let put = http::Request::put(format!("{location}{sep}digest={digest}"))
        .header("host", addr.to_string())
        .header("authorization", &auth)
        .header("content-type", "application/octet-stream")
        .body(Full::new(data))
        .unwrap();
    let resp = send(addr, put).await;
    assert_eq!(resp.status(), 201, "the blob upload must succeed");
    (auth, digest)
}

struct Run {
    downloads: usize,
    bytes: u64,
    elapsed: Duration,
}

/// `connections` keep-alive connections, each downloading `uri` whole, again
/// and again, for `secs`; every download must be `expected` bytes long.
async fn load(
    addr: SocketAddr,
    uri: &str,
    auth: Option<&str>,
    expected: u64,
    connections: usize,
    secs: f64,
) -> Run {
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let uri = uri.to_owned();
        let auth = auth.map(str::to_owned);
        tasks.push(tokio::spawn(async move {
            let stream = TcpStream::connect(addr).await.unwrap();
            let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
                .await
                .unwrap();
            tokio::spawn(conn);
            let (mut n, mut bytes) = (0usize, 0u64);
            while Instant::now() < deadline {
                let mut req = http::Request::get(&uri)
                    .header("host", addr.to_string())
                    .body(Empty::<Bytes>::new())
                    .unwrap();
                if let Some(a) = &auth {
                    req.headers_mut()
                        .insert("authorization", a.parse().unwrap());
                }
                // The connection task may not have finished the previous
                // response yet; hyper refuses a request sent before that.
                sender.ready().await.unwrap();
                let resp = sender.send_request(req).await.unwrap();
                assert_eq!(resp.status(), 200, "the download must succeed");
                let mut body = resp.into_body();
                let mut got = 0u64;
                while let Some(frame) = body.frame().await {
                    if let Ok(data) = frame.unwrap().into_data() {
                        got += data.len() as u64;
                    }
                }
                assert_eq!(got, expected, "every download is the whole blob");
                n += 1;
                bytes += got;
            }
            (n, bytes)
        }));
    }
    let (mut downloads, mut bytes) = (0, 0);
    for t in tasks {
        let (n, b) = t.await.unwrap();
        downloads += n;
        bytes += b;
    }
    Run {
        downloads,
        bytes,
        elapsed: started.elapsed(),
    }
}

fn report(name: &str, r: &Run) -> f64 {
    let mbps = r.bytes as f64 / 1e6 / r.elapsed.as_secs_f64();
    println!(
        "{name:<34} {:>5} downloads in {:>5.2} s = {:>8.0} MB/s",
        r.downloads,
        r.elapsed.as_secs_f64(),
        mbps
    );
    mbps
}

fn main() {
    let secs: f64 = env("BENCH_SECS", 5.0);
    let connections: usize = env("BENCH_CONNECTIONS", 8);
    let mb: usize = env("BENCH_MB", 100);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = common::incompressible(mb << 20, 1);
    let size = data.len() as u64;
    let file = dir.path().join("blob");
    std::fs::write(&file, &data).unwrap();
    let data = Bytes::from(data);
    rt.block_on(async {
        let bare = bare_file_server(file).await;
        let ours = our_server(&dir.path().join("data"), true).await;
        let (auth, digest) = seed(ours, data).await;
        let uri = format!("/v2/big/blobs/{digest}");
        // Warm up both (and the page cache).
        load(bare, "/", None, size, 1, 0.1).await;
        load(ours, &uri, Some(&auth), size, 1, 0.1).await;
        println!(
            "{connections} connections downloading a {mb} MiB blob, {secs} s per server, 127.0.0.1"
        );
        let b = load(bare, "/", None, size, connections, secs).await;
        let o = load(ours, &uri, Some(&auth), size, connections, secs).await;
        let rb = report("bare hyper file server", &b);
        let ro = report("ecr-server /v2/ (auth + lookup)", &o);
        println!("ratio ecr-server / bare = {:.2}", ro / rb);
    });
}
