//! AWS SDK customizations on the wire (`docs/customizations.md`). DynamoDB:
//! a response whose body does not match its `x-amz-crc32` (damaged on the
//! way) is retried, as botocore does; the client is generated from a
//! projection of DynamoDB's published model
//! (`codegen/tests/models/aws-dynamodb.json`).
//! Glacier's and API Gateway's are checked by their protocol suites
//! (`protocol-tests/models/`).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use codegen_rt::server::{http, tower, ResponseBody};
use dynamodb_client_sdk::{Client, Config, Credentials, SdkError};

/// A DynamoDB stand-in answering `bodies` in turn (the last one after
/// that), each with the CRC32 of `good`.
async fn peer(
    bodies: &'static [&'static str],
    good: &'static str,
) -> (e2e_tests::Running, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&calls);
    let crc = crc32fast::hash(good.as_bytes()).to_string();
    let svc = tower::service_fn(move |_req: http::Request<codegen_rt::server::Incoming>| {
        let n = seen.fetch_add(1, Ordering::SeqCst);
        let body = bodies[n.min(bodies.len() - 1)];
        let crc = crc.clone();
        async move {
            let body: ResponseBody = aws_smithy_http_server::body::boxed(
                http_body_util::Full::new(bytes::Bytes::from_static(body.as_bytes())),
            );
            let resp = http::Response::builder()
                .status(200)
                .header("content-type", "application/x-amz-json-1.0")
                .header("x-amz-crc32", crc)
                .body(body)
                .unwrap();
            Ok::<_, std::convert::Infallible>(resp)
        }
    });
    (e2e_tests::serve(svc).await, calls)
}

fn client(peer: &e2e_tests::Running) -> Client {
    Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(peer.url())
            .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "test"))
            .backoff(
                std::time::Duration::from_millis(1),
                std::time::Duration::from_millis(5),
            ),
    )
}

const GOOD: &str = r#"{"AccountMaxReadCapacityUnits":80000}"#;
const DAMAGED: &str = r#"{"AccountMaxReadCapacityUnits":80001}"#;

#[tokio::test]
async fn a_damaged_response_is_retried_and_a_good_one_taken() {
    let (peer, calls) = peer(&[DAMAGED, GOOD], GOOD).await;
    let out = client(&peer).describe_limits().send().await.unwrap();
    assert_eq!(out.account_max_read_capacity_units, Some(80000));
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_response_always_damaged_fails_after_the_attempts() {
    let (peer, calls) = peer(&[DAMAGED], GOOD).await;
    match client(&peer).describe_limits().send().await {
        Err(SdkError::Response(e)) => assert!(e.to_string().contains("x-amz-crc32"), "{e}"),
        other => panic!("expected a response error, got {other:?}"),
    }
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}
