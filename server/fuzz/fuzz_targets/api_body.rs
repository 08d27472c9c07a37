//! The awsJson body of every ECR input through the generated server's
//! parsing and validation. A handler that implements nothing answers 501 for
//! input that passes; anything else must be a 4xx the client understands:
//! never a panic, never a 5xx.
#![no_main]

use std::sync::LazyLock;

use ecr_server_sdk::{Ecr, EcrServer};
use libfuzzer_sys::fuzz_target;

struct Nothing;
impl Ecr for Nothing {}

const OPERATIONS: &[&str] = &[
    "BatchCheckLayerAvailability",
    "BatchDeleteImage",
    "BatchGetImage",
    "CompleteLayerUpload",
    "CreatePullThroughCacheRule",
    "CreateRepository",
    "DeletePullThroughCacheRule",
    "DeleteRepository",
    "DescribePullThroughCacheRules",
    "DescribeRepositories",
    "GetAuthorizationToken",
    "GetDownloadUrlForLayer",
    "InitiateLayerUpload",
    "ListImages",
    "PutImage",
    "UploadLayerPart",
];

static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
});
static SERVER: LazyLock<EcrServer<Nothing>> = LazyLock::new(|| EcrServer::new(Nothing));

fuzz_target!(|data: &[u8]| {
    let Some((&op, body)) = data.split_first() else {
        return;
    };
    let op = OPERATIONS[op as usize % OPERATIONS.len()];
    let req = http::Request::post("/")
        .header("x-amz-target", format!("AmazonEC2ContainerRegistry_V20150921.{op}"))
        .header("content-type", "application/x-amz-json-1.1")
        .body(http_body_util::Full::new(bytes::Bytes::copy_from_slice(body)))
        .expect("request");
    let status = RUNTIME.block_on(SERVER.handle(req)).status().as_u16();
    assert!(
        status == 501 || (400..500).contains(&status),
        "{op}: status {status} for {:?}",
        String::from_utf8_lossy(body)
    );
});
