//! What checking a SigV4 signature costs a server, against what signing the
//! same request costs a client (one `aws_sigv4::http_request::sign`), both
//! measured in the same run, alternating.
//!
//! The request has the usual API shape (path `/`, no query), so the verifier
//! computes its signature without `sign`'s general machinery and with a
//! cached signing key (`sigv4/fast.rs`): `verify / sign` below 1 is that
//! saving; through `sign` it was 0.97-1.07 (the verifier adds parsing the
//! `Authorization` header, picking the signed headers, the scope and clock
//! checks, the constant-time comparison). Pre-signing a download URL is
//! measured too.
//!
//! `cargo bench -p codegen-rt --features sigv4 --bench sigv4` (env:
//! BENCH_ITERS per measurement, default 200000; BENCH_ROUNDS, default 5, the
//! median is reported).

use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime};

use aws_sigv4::http_request::{
    sign, SignableBody, SignableRequest, SigningInstructions, SigningSettings,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use codegen_rt::sigv4::{presign, Keys, Verifier};

const AKID: &str = "AKIDEXAMPLE";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const HOST: &str = "127.0.0.1:5000";
const BODY: &[u8] = br#"{"repositoryName":"web","layerDigest":"sha256:6171c7451a50945f8ddd72f7732cc04d7a0d1f48138a426b2e64387fdeb834ed"}"#;

/// The request headers a client sends before signing.
fn unsigned() -> http::Request<()> {
    http::Request::builder()
        .method("POST")
        .uri("/")
        .header("host", HOST)
        .header("content-type", "application/x-amz-json-1.1")
        .header(
            "x-amz-target",
            "AmazonEC2ContainerRegistry_V20150921.GetDownloadUrlForLayer",
        )
        .body(())
        .unwrap()
}

/// What a client does per request: sign it with `aws-sigv4`. Returns the
/// headers to add and the signature.
fn client_sign(
    identity: &Identity,
    req: &http::Request<()>,
    now: SystemTime,
) -> (SigningInstructions, String) {
    let params = v4::SigningParams::builder()
        .identity(identity)
        .region("us-west-2")
        .name("ecr")
        .time(now)
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let headers = req
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str(), v.to_str().unwrap()));
    let signable = SignableRequest::new(
        "POST",
        format!("http://{HOST}/"),
        headers,
        SignableBody::Bytes(BODY),
    )
    .unwrap();
    sign(signable, &params).unwrap().into_parts()
}

fn per_call(iters: u32, mut f: impl FnMut()) -> Duration {
    let t = Instant::now();
    for _ in 0..iters {
        f();
    }
    t.elapsed() / iters
}

fn main() {
    let iters: u32 = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5usize)
        .max(1);
    let now = SystemTime::now();
    let identity: Identity =
        aws_credential_types::Credentials::new(AKID, SECRET, None, None, "bench").into();
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let verifier = Verifier::new(keys.clone())
        .region("us-west-2")
        .service("ecr");

    // One signed request, as the server receives it.
    let template = unsigned();
    let (instructions, _) = client_sign(&identity, &template, now);
    let mut req = unsigned();
    instructions.apply_to_request_http1x(&mut req);
    let (parts, ()) = req.into_parts();
    assert_eq!(
        verifier.verify(&parts, Some(BODY), now).as_deref(),
        Ok(AKID),
        "the benchmark request must verify"
    );

    println!("{iters} calls per measurement, {rounds} rounds");
    let (mut verify_ratios, mut presign_ratios) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let s = per_call(iters, || {
            black_box(client_sign(&identity, black_box(&template), now));
        });
        let v = per_call(iters, || {
            black_box(verifier.verify(black_box(&parts), Some(BODY), now).unwrap());
        });
        let p = per_call(iters, || {
            black_box(
                presign(
                    &keys,
                    "us-west-2",
                    HOST,
                    "/v2/web/blobs/sha256:6171c7451a50945f8ddd72f7732cc04d7a0d1f48138a426b2e64387fdeb834ed",
                    Duration::from_secs(3600),
                    now,
                )
                .unwrap(),
            );
        });
        println!(
            "aws-sigv4 sign {:>6.2} us   Verifier::verify {:>6.2} us ({:.2}x)   presign {:>6.2} us ({:.2}x)",
            s.as_secs_f64() * 1e6,
            v.as_secs_f64() * 1e6,
            v.as_secs_f64() / s.as_secs_f64(),
            p.as_secs_f64() * 1e6,
            p.as_secs_f64() / s.as_secs_f64(),
        );
        verify_ratios.push(v.as_secs_f64() / s.as_secs_f64());
        presign_ratios.push(p.as_secs_f64() / s.as_secs_f64());
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "verify / sign = {:.2}, presign / sign = {:.2} (medians of {rounds})",
        median(&mut verify_ratios),
        median(&mut presign_ratios)
    );
}
