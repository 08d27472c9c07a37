//! The protocols side by side, measured in one run:
//!
//! - round trip: the generated client calls `GetEntitlements` on the
//!   generated server (`codegen/tests/models/entitlements.smithy`, one server
//!   answering awsJson1_1, restJson1, rpcv2Cbor and rpcv2Json) over loopback,
//!   one connection kept alive, 20 entitlements in each answer; the protocols
//!   take turns in short slices within each round, so machine drift lands on
//!   all of them; printed as calls per second and as ratios to awsJson1_1 (the
//!   median over rounds; above 1 is faster);
//! - codec: writing and reading a nested structure (that output, 200
//!   entitlements: lists, structures, strings, numbers, booleans,
//!   timestamps) in CBOR and in JSON, typed value to bytes and back, as the
//!   server and the client do; CBOR's time over JSON's (below 1 is faster).
//!
//!   cargo bench -p e2e-tests --bench protocols
//!
//! `BENCH_SECS` sets the length of a round trip round (default 2), `BENCH_ROUNDS`
//! their number (default 5); CI runs it once briefly in debug to check that
//! every call succeeds.

use std::hint::black_box;
use std::time::{Duration, Instant};

use codegen_rt::codec::{self, Codec};
use codegen_rt::json::{parse_lenient, parse_strict};
use codegen_rt::{DateTime, Protocol};
use e2e_tests::per_call;
use marketplaceentitlement_client_sdk::{Client, Config};
use marketplaceentitlement_server_sdk::marketplaceentitlement_types::error::*;
use marketplaceentitlement_server_sdk::marketplaceentitlement_types::model::*;
use marketplaceentitlement_server_sdk::{
    Context, MarketplaceEntitlementService, MarketplaceEntitlementServiceServer,
};

const PROTOCOLS: [Protocol; 4] = [
    Protocol::AwsJson1_1,
    Protocol::RestJson1,
    Protocol::RpcV2Cbor,
    Protocol::RpcV2Json,
];

fn entitlement(n: usize) -> Entitlement {
    let n32 = i32::try_from(n).unwrap_or(i32::MAX);
    Entitlement::builder()
        .product_code("prod-bench")
        .dimension(format!("dimension-{n}"))
        .customer_identifier(format!("customer-{n:08}"))
        .customer_aws_account_id("123456789012")
        .value(
            EntitlementValue::builder()
                .integer_value(n32)
                .double_value(f64::from(n32) * 1.5)
                .boolean_value(n.is_multiple_of(2))
                .string_value("standard")
                .build(),
        )
        .expiration_date(DateTime::from_secs_and_nanos(
            1_767_225_600 + n as i64,
            500_000_000,
        ))
        .license_arn(format!(
            "arn:aws:license-manager::123456789012:license/l-{n:032x}"
        ))
        .build()
}

fn output(n: usize) -> GetEntitlementsOutput {
    GetEntitlementsOutput::builder()
        .set_entitlements(Some((0..n).map(entitlement).collect()))
        .next_token("next-page")
        .build()
}

struct Fixed(GetEntitlementsOutput);

impl MarketplaceEntitlementService for Fixed {
    async fn get_entitlements(
        &self,
        _input: GetEntitlementsInput,
        _cx: Context,
    ) -> Result<GetEntitlementsOutput, GetEntitlementsError> {
        Ok(self.0.clone())
    }
}

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Calls in `slice`, and how many.
async fn calls_for(client: &Client, slice: Duration) -> u64 {
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < slice {
        let out = client
            .get_entitlements()
            .product_code("prod-bench")
            .max_results(20)
            .send()
            .await
            .expect("every call succeeds");
        assert_eq!(out.entitlements.as_ref().map(Vec::len), Some(20));
        n += 1;
    }
    n
}

async fn round_trips() {
    let secs: f64 = env("BENCH_SECS", 2.0);
    let rounds: usize = env("BENCH_ROUNDS", 5);
    let server =
        e2e_tests::serve(MarketplaceEntitlementServiceServer::new(Fixed(output(20)))).await;
    let clients: Vec<Client> = PROTOCOLS
        .iter()
        .map(|p| {
            Client::new(
                Config::new()
                    .region("us-east-1")
                    .endpoint_url(server.url())
                    .sign_requests(false)
                    .protocol(*p),
            )
        })
        .collect();
    // Warm up each connection and path.
    for c in &clients {
        calls_for(c, Duration::from_secs_f64(secs / 10.0)).await;
    }
    let slice = Duration::from_secs_f64(secs / 8.0);
    let mut rates: Vec<Vec<f64>> = vec![Vec::new(); PROTOCOLS.len()];
    for _ in 0..rounds {
        let mut calls = vec![0u64; PROTOCOLS.len()];
        let mut time = vec![0f64; PROTOCOLS.len()];
        // Two turns each, in ABCD DCBA order.
        let order: Vec<usize> = (0..PROTOCOLS.len())
            .chain((0..PROTOCOLS.len()).rev())
            .collect();
        for i in order {
            let t = Instant::now();
            calls[i] += calls_for(&clients[i], slice).await;
            time[i] += t.elapsed().as_secs_f64();
        }
        for i in 0..PROTOCOLS.len() {
            rates[i].push(calls[i] as f64 / time[i]);
        }
    }
    let base: Vec<f64> = rates[0].clone();
    println!("round trip (GetEntitlements, 20 entitlements; {rounds} rounds of {secs} s):");
    for (i, p) in PROTOCOLS.iter().enumerate() {
        let ratios: Vec<f64> = rates[i].iter().zip(&base).map(|(r, b)| r / b).collect();
        println!(
            "  {:<12} {:>8.0} calls/s   ratio to awsJson1_1 {:.3}",
            p.to_string(),
            median(rates[i].clone()),
            median(ratios)
        );
    }
}

fn codecs() {
    let budget = Duration::from_millis(env("BENCH_CODEC_MS", 1000));
    let value = output(200);
    let json = codec::encode(Protocol::AwsJson1_1, &value);
    let cbor = codec::encode(Protocol::RpcV2Cbor, &value);
    // Both read back to the same value, strictly (as a server reads) and
    // leniently (as a client reads).
    for (codec, bytes) in [(Codec::Json, &json), (Codec::Cbor, &cbor)] {
        let v = codec::decode_object(codec, bytes).unwrap();
        let strict: GetEntitlementsOutput = parse_strict(&v).unwrap();
        assert_eq!(strict, value, "{codec:?}");
    }
    let write = |p: Protocol| {
        per_call(budget, || {
            drop(black_box(codec::encode(p, black_box(&value))))
        })
    };
    let read = |c: Codec, bytes: &[u8]| {
        per_call(budget, || {
            let v = codec::decode_object(c, black_box(bytes)).unwrap();
            black_box(parse_lenient::<GetEntitlementsOutput>(&v).unwrap());
        })
    };
    let (wj, wc) = (write(Protocol::AwsJson1_1), write(Protocol::RpcV2Cbor));
    let (rj, rc) = (read(Codec::Json, &json), read(Codec::Cbor, &cbor));
    println!(
        "codec (200 entitlements; JSON {} bytes, CBOR {} bytes):",
        json.len(),
        cbor.len()
    );
    println!(
        "  write  JSON {:>9.1} µs  CBOR {:>9.1} µs  CBOR / JSON {:.3}",
        wj / 1e3,
        wc / 1e3,
        wc / wj
    );
    println!(
        "  read   JSON {:>9.1} µs  CBOR {:>9.1} µs  CBOR / JSON {:.3}",
        rj / 1e3,
        rc / 1e3,
        rc / rj
    );
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(round_trips());
    codecs();
}
