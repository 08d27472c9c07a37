//! GetDownloadUrlForLayer throughput with SigV4 verification and URL
//! pre-signing, against a bare hyper server answering a fixed JSON body,
//! measured in the same run with the same load generator: keep-alive HTTP/1.1
//! connections on 127.0.0.1.
//!
//! Each round gives both servers the same time in slices of about half a
//! second, taking turns (bare, ours, ours, bare, ...): this machine's speed
//! drifts by a third over seconds, and whole-round turns let a slow spell
//! land on one server only.
//!
//! `cargo bench -p ecr-server --bench get_download_url` (env: BENCH_SECS per
//! server and round, default 5; BENCH_ROUNDS, default 5, the median ratio is
//! reported; BENCH_CONNECTIONS, default 32).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};

mod common;
use common::{client, env, our_server, AKID, SECRET};

async fn bare_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let body = Bytes::from_static(br#"{"downloadUrl":"http://127.0.0.1/v2/web/blobs/sha256:0?X-Amz-Signature=0","layerDigest":"sha256:0"}"#);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let body = body.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |_req| {
                    let body = body.clone();
                    async move {
                        let mut r = http::Response::new(Full::new(body));
                        r.headers_mut().insert(
                            "content-type",
                            "application/x-amz-json-1.1".parse().unwrap(),
                        );
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

/// Creates a repository with one layer referenced by one image; returns the layer digest.
async fn seed(addr: SocketAddr) -> String {
    let c = client(addr);
    c.create_repository()
        .repository_name("web")
        .send()
        .await
        .unwrap();
    let mut digests = Vec::new();
    for data in [b"layer".as_slice(), b"{}"] {
        let id = c
            .initiate_layer_upload()
            .repository_name("web")
            .send()
            .await
            .unwrap()
            .upload_id
            .unwrap();
        c.upload_layer_part()
            .repository_name("web")
            .upload_id(&id)
            .part_first_byte(0)
            .part_last_byte(data.len() as i64 - 1)
            .layer_part_blob(codegen_rt::Blob::new(data.to_vec()))
            .send()
            .await
            .unwrap();
        let d = ecr_server::media::digest_of(data);
        c.complete_layer_upload()
            .repository_name("web")
            .upload_id(&id)
            .layer_digests(d.clone())
            .send()
            .await
            .unwrap();
        digests.push(d);
    }
    let manifest = serde_json::json!({"schemaVersion": 2, "config": {"digest": digests[1]}, "layers": [{"digest": digests[0]}]});
    c.put_image()
        .repository_name("web")
        .image_manifest(manifest.to_string())
        .image_tag("v1")
        .send()
        .await
        .unwrap();
    digests.remove(0)
}

/// One signed GetDownloadUrlForLayer request (signed once, replayed).
fn signed_request(addr: SocketAddr, digest: &str) -> http::Request<Full<Bytes>> {
    let body = format!(r#"{{"repositoryName":"web","layerDigest":"{digest}"}}"#);
    let host = addr.to_string();
    let mut req = http::Request::builder()
        .method("POST")
        .uri("/")
        .header("host", &host)
        .header("content-type", "application/x-amz-json-1.1")
        .header(
            "x-amz-target",
            "AmazonEC2ContainerRegistry_V20150921.GetDownloadUrlForLayer",
        )
        .body(body.clone())
        .unwrap();
    let identity: Identity =
        aws_credential_types::Credentials::new(AKID, SECRET, None, None, "bench").into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region("us-west-2")
        .name("ecr")
        .time(SystemTime::now())
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let headers: Vec<(&str, &str)> = req
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str(), v.to_str().unwrap()))
        .collect();
    let signable = SignableRequest::new(
        "POST",
        format!("http://{host}/"),
        headers.into_iter(),
        SignableBody::Bytes(body.as_bytes()),
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    instructions.apply_to_request_http1x(&mut req);
    req.map(|b| Full::new(Bytes::from(b)))
}

#[derive(Default)]
struct Run {
    requests: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Run {
    /// Adds the slice `other` to this round's total.
    fn add(&mut self, other: Run) {
        self.requests += other.requests;
        self.elapsed += other.elapsed;
        self.latencies.extend(other.latencies);
    }
}

async fn load(
    addr: SocketAddr,
    template: Arc<http::Request<Full<Bytes>>>,
    connections: usize,
    secs: f64,
) -> Run {
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let template = Arc::clone(&template);
        tasks.push(tokio::spawn(async move {
            let stream = TcpStream::connect(addr).await.unwrap();
            stream.set_nodelay(true).unwrap();
            let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
                .await
                .unwrap();
            tokio::spawn(conn);
            let mut lat = Vec::new();
            while Instant::now() < deadline {
                let mut req = http::Request::new(template.body().clone());
                *req.method_mut() = template.method().clone();
                *req.uri_mut() = template.uri().clone();
                *req.headers_mut() = template.headers().clone();
                let t = Instant::now();
                // The connection task may not have finished the previous
                // response yet; hyper refuses a request sent before that.
                sender.ready().await.unwrap();
                let resp = sender.send_request(req).await.unwrap();
                assert_eq!(resp.status(), 200, "the benchmark request must succeed");
                let _ = resp.into_body().collect().await.unwrap();
                lat.push(t.elapsed());
            }
            lat
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    Run {
        requests: latencies.len(),
        elapsed: started.elapsed(),
        latencies,
    }
}

fn pct(l: &[Duration], p: f64) -> Duration {
    l[((l.len() as f64 - 1.0) * p).round() as usize]
}

fn report(name: &str, r: &mut Run) -> f64 {
    r.latencies.sort();
    let rps = r.requests as f64 / r.elapsed.as_secs_f64();
    println!(
        "{name:<28} {:>8} requests in {:>5.2} s = {:>9.0} req/s   p50 {:>7.3} ms   p99 {:>7.3} ms",
        r.requests,
        r.elapsed.as_secs_f64(),
        rps,
        pct(&r.latencies, 0.50).as_secs_f64() * 1000.0,
        pct(&r.latencies, 0.99).as_secs_f64() * 1000.0
    );
    rps
}

fn main() {
    let secs: f64 = env("BENCH_SECS", 5.0);
    let connections: usize = env("BENCH_CONNECTIONS", 32);
    let rounds: usize = env("BENCH_ROUNDS", 5).max(1);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    rt.block_on(async {
        let bare = bare_server().await;
        let ours = our_server(dir.path(), std::env::var_os("BENCH_NO_AUTH").is_none()).await;
        let digest = seed(ours).await;
        let ours_req = Arc::new(signed_request(ours, &digest));
        let bare_req = Arc::new(signed_request(bare, &digest));
        // Warm up both (allocator pages, caches, connections), 2 s each
        // (less for a round shorter than that: the quick check in CI).
        let warm_up = secs.min(2.0);
        load(bare, Arc::clone(&bare_req), connections, warm_up).await;
        load(ours, Arc::clone(&ours_req), connections, warm_up).await;
        // Slices taking turns: a slow moment of the machine hits both servers.
        let slices = (secs / 0.5).round().max(1.0) as usize;
        let slice = secs / slices as f64;
        println!(
            "{connections} keep-alive connections, {secs} s per server and round \
             ({slices} slices of {slice:.2} s, taking turns), {rounds} rounds, 127.0.0.1"
        );
        let mut ratios = Vec::new();
        for _ in 0..rounds {
            let (mut b, mut o) = (Run::default(), Run::default());
            for i in 0..slices {
                let bare_slice = load(bare, Arc::clone(&bare_req), connections, slice);
                let ours_slice = load(ours, Arc::clone(&ours_req), connections, slice);
                if i % 2 == 0 {
                    b.add(bare_slice.await);
                    o.add(ours_slice.await);
                } else {
                    o.add(ours_slice.await);
                    b.add(bare_slice.await);
                }
            }
            let rb = report("bare hyper (fixed JSON)", &mut b);
            let ro = report("ecr-server (SigV4 + presign)", &mut o);
            println!("  round ratio {:.3}", ro / rb);
            ratios.push(ro / rb);
        }
        ratios.sort_by(f64::total_cmp);
        println!(
            "ratio ecr-server / bare = {:.3} (median of {rounds}; min {:.3}, max {:.3})",
            ratios[ratios.len() / 2],
            ratios[0],
            ratios[ratios.len() - 1]
        );
    });
}
