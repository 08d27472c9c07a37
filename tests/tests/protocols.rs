//! One generated server, several protocols: the Marketplace Entitlement model
//! (`codegen/tests/models/entitlements.smithy`) lists awsJson1_1, restJson1,
//! rpcv2Cbor and rpcv2Json, and its generated server answers all four on one
//! port, telling them apart by the request. The generated client speaks each (set
//! with `Config::protocol`) and gets the same answers; boto3 and the AWS CLI,
//! whose model of this service lists `smithy-rpc-v2-cbor` first, call it in
//! CBOR and get them too. Every request is SigV4-verified, and an unsigned
//! caller learns nothing: it gets 403 whatever route, media type or body it
//! sends, on every protocol (restJson1 too, with the object-store model).

use std::process::Command;
use std::sync::{Arc, Mutex};

use codegen_rt::server::Config as ServerConfig;
use codegen_rt::sigv4::{Keys, Verifier};
use codegen_rt::{DateTime, Protocol};
use e2e_tests::serve;
use marketplaceentitlement_client_sdk::{Client, Config, Credentials, SdkError};
use marketplaceentitlement_server_sdk::marketplaceentitlement_types::error::*;
use marketplaceentitlement_server_sdk::marketplaceentitlement_types::model::*;
use marketplaceentitlement_server_sdk::{
    Context, MarketplaceEntitlementService, MarketplaceEntitlementServiceServer,
};

const AKID: &str = "AKIDPROTOCOLS";
const SECRET: &str = "protocols-secret";

/// Answers from a fixed table; records how each call came: its protocol
/// (by its headers) and `Content-Type`.
#[derive(Default)]
struct Handler {
    seen: Mutex<Vec<String>>,
}

fn entitlement(n: i32) -> Entitlement {
    Entitlement::builder()
        .product_code("prod-1")
        .dimension(format!("seats-{n}"))
        .customer_identifier(format!("customer-{n}"))
        .value(
            EntitlementValue::builder()
                .integer_value(n * 10)
                .double_value(f64::from(n) + 0.25)
                .boolean_value(n % 2 == 0)
                .string_value(format!("tier {n}"))
                .build(),
        )
        .expiration_date(DateTime::from_secs_and_nanos(
            1_767_225_600 + i64::from(n),
            125_000_000,
        ))
        .build()
}

impl MarketplaceEntitlementService for Handler {
    async fn get_entitlements(
        &self,
        input: GetEntitlementsInput,
        cx: Context,
    ) -> Result<GetEntitlementsOutput, GetEntitlementsError> {
        let header = |name: &str| {
            cx.parts
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let protocol = match (header("x-amz-target"), header("smithy-protocol")) {
            (Some(_), _) => "awsJson".to_owned(),
            (None, Some(p)) => p,
            (None, None) => "rest".to_owned(),
        };
        let ct = header("content-type").unwrap_or_else(|| "-".into());
        self.seen.lock().unwrap().push(format!("{protocol} {ct}"));
        match input.product_code.as_str() {
            "throttle" => {
                return Err(GetEntitlementsError::ThrottlingException(
                    ThrottlingException::builder().message("slow down").build(),
                ))
            }
            "prod-1" => {}
            other => {
                return Err(GetEntitlementsError::InvalidParameterException(
                    InvalidParameterException::builder()
                        .message(format!("no product {other}"))
                        .build(),
                ))
            }
        }
        let wanted = input
            .filter
            .as_ref()
            .and_then(|f| f.get(GetEntitlementFilterName::Dimension.as_str()))
            .cloned();
        let all: Vec<Entitlement> = (1..=3)
            .map(entitlement)
            .filter(|e| {
                wanted
                    .as_ref()
                    .is_none_or(|w| e.dimension.as_ref().is_some_and(|d| w.contains(d)))
            })
            .collect();
        // Pages of `MaxResults` (default 2), the token is the next index.
        let start: usize = input
            .next_token
            .as_deref()
            .map_or(0, |t| t.parse().unwrap_or(0));
        let size = input.max_results.map_or(2, |m| m as usize);
        let page: Vec<Entitlement> = all.iter().skip(start).take(size).cloned().collect();
        let next = (start + size < all.len()).then(|| (start + size).to_string());
        let mut out = GetEntitlementsOutput::builder().set_entitlements(Some(page));
        out.next_token = next;
        Ok(out.build())
    }
}

fn verifier() -> Verifier {
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    Verifier::new(keys)
}

async fn start() -> (e2e_tests::Running, Arc<Handler>) {
    let handler = Arc::new(Handler::default());
    let config = ServerConfig {
        authenticate: Some(Arc::new(verifier())),
        ..ServerConfig::default()
    };
    let server = MarketplaceEntitlementServiceServer::with_config(Shared(handler.clone()), config);
    (serve(server).await, handler)
}

/// The handler behind an `Arc`, so the test keeps a view of what it saw.
struct Shared(Arc<Handler>);

impl MarketplaceEntitlementService for Shared {
    async fn get_entitlements(
        &self,
        input: GetEntitlementsInput,
        cx: Context,
    ) -> Result<GetEntitlementsOutput, GetEntitlementsError> {
        self.0.get_entitlements(input, cx).await
    }
}

fn client(url: &str, protocol: Protocol) -> Client {
    Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(url)
            .credentials_provider(Credentials::new(AKID, SECRET, None, None, "test"))
            .max_attempts(1)
            .protocol(protocol),
    )
}

#[tokio::test]
async fn every_protocol_gets_the_same_answers() {
    let (server, handler) = start().await;
    let mut answers = Vec::new();
    for (protocol, media) in [
        (Protocol::AwsJson1_1, "awsJson application/x-amz-json-1.1"),
        (Protocol::RestJson1, "rest application/json"),
        (Protocol::RpcV2Cbor, "rpc-v2-cbor application/cbor"),
        (Protocol::RpcV2Json, "rpc-v2-json application/json"),
    ] {
        let c = client(&server.url(), protocol);
        let page = c
            .get_entitlements()
            .product_code("prod-1")
            .send()
            .await
            .unwrap_or_else(|e| panic!("{protocol}: {e:?}"));
        assert_eq!(
            page.entitlements.as_ref().map(Vec::len),
            Some(2),
            "{protocol}"
        );
        assert_eq!(page.next_token.as_deref(), Some("2"), "{protocol}");
        let filtered = c
            .get_entitlements()
            .product_code("prod-1")
            .filter(
                GetEntitlementFilterName::Dimension.as_str(),
                vec!["seats-3".to_owned()],
            )
            .send()
            .await
            .unwrap_or_else(|e| panic!("{protocol}: {e:?}"));
        assert_eq!(
            filtered.entitlements,
            Some(vec![entitlement(3)]),
            "{protocol}"
        );
        // A modeled error, typed.
        match c.get_entitlements().product_code("throttle").send().await {
            Err(SdkError::Service(GetEntitlementsError::ThrottlingException(e))) => {
                assert_eq!(e.message.as_deref(), Some("slow down"), "{protocol}")
            }
            other => panic!("{protocol}: expected ThrottlingException, got {other:?}"),
        }
        // What the client would refuse to send, checked by the server: the
        // operation's validation error.
        let unchecked = Client::new(c.config().clone().validate_input(false));
        match unchecked
            .get_entitlements()
            .product_code("prod-1")
            .max_results(99)
            .send()
            .await
        {
            Err(SdkError::Service(GetEntitlementsError::InvalidParameterException(e))) => {
                let m = e.message.unwrap_or_default();
                assert!(
                    m.contains("maxResults") || m.contains("MaxResults"),
                    "{protocol}: {m}"
                );
            }
            other => panic!("{protocol}: expected InvalidParameterException, got {other:?}"),
        }
        let seen = std::mem::take(&mut *handler.seen.lock().unwrap());
        assert_eq!(
            seen,
            vec![media; 3],
            "{protocol}: the requests were not in {media}"
        );
        answers.push((page, filtered));
    }
    assert!(answers.windows(2).all(|w| w[0] == w[1]), "{answers:#?}");
}

/// Request headers, as pairs.
type Headers<'a> = &'a [(&'a str, &'a str)];

/// A raw request with no signature.
async fn unsigned(
    url: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut req = reqwest::Client::new().request(method.parse().unwrap(), format!("{url}{path}"));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = req.body(body.to_vec()).send().await.expect("request");
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap_or_default())
}

#[tokio::test]
async fn unsigned_callers_learn_nothing() {
    let (server, handler) = start().await;
    let url = server.url();
    let cases: &[(&str, &str, Headers, &[u8])] = &[
        // An operation that exists, well formed.
        (
            "POST",
            "/service/AWSMPEntitlementService/operation/GetEntitlements",
            &[
                ("smithy-protocol", "rpc-v2-cbor"),
                ("content-type", "application/cbor"),
            ],
            b"\xa1kProductCodefprod-1",
        ),
        // One that does not exist, in each protocol.
        (
            "POST",
            "/service/AWSMPEntitlementService/operation/Nope",
            &[
                ("smithy-protocol", "rpc-v2-cbor"),
                ("content-type", "application/cbor"),
            ],
            b"",
        ),
        (
            "POST",
            "/",
            &[("x-amz-target", "AWSMPEntitlementService.Nope")],
            b"{}",
        ),
        (
            "POST",
            "/service/Other/operation/GetEntitlements",
            &[
                ("smithy-protocol", "rpc-v2-json"),
                ("content-type", "application/json"),
            ],
            b"{}",
        ),
        // A wrong media type, and a body that is not CBOR.
        (
            "POST",
            "/service/AWSMPEntitlementService/operation/GetEntitlements",
            &[
                ("smithy-protocol", "rpc-v2-cbor"),
                ("content-type", "text/plain"),
            ],
            b"hello",
        ),
        (
            "POST",
            "/service/AWSMPEntitlementService/operation/GetEntitlements",
            &[
                ("smithy-protocol", "rpc-v2-cbor"),
                ("content-type", "application/cbor"),
            ],
            b"\xff\xff",
        ),
        ("GET", "/anything", &[], b""),
    ];
    for (method, path, headers, body) in cases {
        let (status, text) = unsigned(&url, method, path, headers, body).await;
        assert_eq!(status, 403, "{method} {path} {headers:?}: {text}");
    }
    assert!(handler.seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn rest_json_unsigned_callers_learn_nothing() {
    use objects_server_sdk::{Objects, ObjectsServer};
    struct Nothing;
    impl Objects for Nothing {}
    let config = ServerConfig {
        authenticate: Some(Arc::new(verifier())),
        ..ServerConfig::default()
    };
    let server = serve(ObjectsServer::with_config(Nothing, config)).await;
    let open = serve(ObjectsServer::new(Nothing)).await;
    // Unknown routes and methods, an Accept the operation cannot answer, a
    // label that breaks a constraint: without authentication these are 404,
    // 405, 406 and 400; unsigned, all are 403.
    let cases: &[(&str, &str, Headers, u16)] = &[
        ("GET", "/no/such/route/at/all", &[], 404),
        ("PATCH", "/buckets/b/objects/k", &[], 405),
        (
            "GET",
            "/buckets/bkt/objects",
            &[("accept", "image/png")],
            406,
        ),
        ("GET", "/buckets/b/objects/k", &[], 400),
    ];
    for (method, path, headers, open_status) in cases {
        let (status, text) = unsigned(&open.url(), method, path, headers, b"").await;
        assert_eq!(
            status, *open_status,
            "without auth: {method} {path}: {text}"
        );
        let (status, text) = unsigned(&server.url(), method, path, headers, b"").await;
        assert_eq!(status, 403, "unsigned: {method} {path}: {text}");
    }
}

/// botocore's own model of the service, with its `protocols` narrowed to
/// `smithy-rpc-v2-cbor`, written under `dir` (an `AWS_DATA_PATH`). botocore
/// 1.43 lists `smithy-rpc-v2-cbor` first for this service but prefers `json`
/// among the protocols it supports (`PRIORITY_ORDERED_SUPPORTED_PROTOCOLS`),
/// so as shipped it calls in awsJson1_1; with this model it calls in CBOR
/// through its own CBOR serializer and parser.
fn cbor_only_model(dir: &std::path::Path) {
    let script = r#"
import json, os, sys, botocore.loaders
loader = botocore.loaders.create_loader()
model = loader.load_service_model("marketplace-entitlement", "service-2")
assert model["metadata"]["protocols"][0] == "smithy-rpc-v2-cbor", model["metadata"]["protocols"]
model["metadata"]["protocols"] = ["smithy-rpc-v2-cbor"]
model["metadata"]["protocol"] = "smithy-rpc-v2-cbor"
out = os.path.join(sys.argv[1], "marketplace-entitlement", model["metadata"]["apiVersion"])
os.makedirs(out, exist_ok=True)
json.dump(model, open(os.path.join(out, "service-2.json"), "w"))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(dir)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The boto3 calls of [`boto3_and_aws_cli`], their answers as JSON.
const BOTO3: &str = r#"
import json, sys, boto3, botocore
from botocore.config import Config
c = boto3.client("marketplace-entitlement", endpoint_url=sys.argv[1], region_name="us-east-1",
                 aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3],
                 config=Config(retries={"max_attempts": 1, "mode": "standard"}))
out = {"protocol": c.meta.service_model.resolved_protocol}
page = c.get_entitlements(ProductCode="prod-1", Filter={"DIMENSION": ["seats-1", "seats-2"]})
out["page"] = [{"Dimension": e["Dimension"], "Value": e["Value"],
                "ExpirationDate": e["ExpirationDate"].timestamp()} for e in page["Entitlements"]]
out["next"] = page.get("NextToken")
pages = c.get_paginator("get_entitlements").paginate(ProductCode="prod-1", PaginationConfig={"PageSize": 1})
out["all"] = [e["Dimension"] for p in pages for e in p["Entitlements"]]
try:
    c.get_entitlements(ProductCode="throttle")
except botocore.exceptions.ClientError as e:
    out["error"] = [e.response["Error"]["Code"], e.response["Error"]["Message"],
                    e.response["ResponseMetadata"]["HTTPStatusCode"]]
print(json.dumps(out, sort_keys=True))
"#;

/// Runs `program` with `args` and credentials for our server;
/// `data_path` as `AWS_DATA_PATH` when given.
async fn run_aws_tool(
    program: &'static str,
    args: Vec<String>,
    data_path: Option<std::path::PathBuf>,
) -> std::process::Output {
    let env = data_path
        .map(|p| ("AWS_DATA_PATH", p.into_os_string()))
        .into_iter()
        .collect();
    e2e_tests::run_aws_tool(program, args, (AKID, SECRET), env).await
}

/// boto3 and the AWS CLI get the answers the generated client gets, in
/// awsJson1_1 (botocore as shipped) and in CBOR (botocore with the model's
/// protocols narrowed to CBOR).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_and_aws_cli() {
    if !e2e_tests::have("python3", &["-c", "import boto3"])
        || !e2e_tests::have("aws", &["--version"])
    {
        return;
    }
    let (server, handler) = start().await;
    let url = server.url();
    let tmp = tempfile::tempdir().unwrap();
    cbor_only_model(tmp.path());
    let value = |n: i32| {
        serde_json::json!({"IntegerValue": n * 10, "DoubleValue": f64::from(n) + 0.25,
                           "BooleanValue": n % 2 == 0, "StringValue": format!("tier {n}")})
    };
    for (data_path, protocol, media) in [
        (None, "json", "awsJson application/x-amz-json-1.1"),
        (
            Some(tmp.path().to_path_buf()),
            "smithy-rpc-v2-cbor",
            "rpc-v2-cbor application/cbor",
        ),
    ] {
        let args = vec![
            "-c".into(),
            BOTO3.into(),
            url.clone(),
            AKID.into(),
            SECRET.into(),
        ];
        let out = run_aws_tool("python3", args, data_path.clone()).await;
        assert!(
            out.status.success(),
            "boto3 ({protocol}) failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            got,
            serde_json::json!({
                "protocol": protocol,
                "page": [
                    {"Dimension": "seats-1", "Value": value(1), "ExpirationDate": 1_767_225_601.125},
                    {"Dimension": "seats-2", "Value": value(2), "ExpirationDate": 1_767_225_602.125},
                ],
                "next": null,
                "all": ["seats-1", "seats-2", "seats-3"],
                "error": ["ThrottlingException", "slow down", 400],
            }),
            "boto3 ({protocol})"
        );

        // The AWS CLI, through the same botocore.
        let cli = |product: &str| {
            [
                "marketplace-entitlement",
                "get-entitlements",
                "--product-code",
                product,
                "--max-results",
                "1",
                "--no-paginate",
                "--endpoint-url",
                &url,
                "--region",
                "us-east-1",
                "--output",
                "json",
            ]
            .map(str::to_owned)
            .to_vec()
        };
        let ok = run_aws_tool("aws", cli("prod-1"), data_path.clone()).await;
        assert!(
            ok.status.success(),
            "aws ({protocol}) failed:\n{}",
            String::from_utf8_lossy(&ok.stderr)
        );
        let printed: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
        assert_eq!(printed["NextToken"], "1", "aws ({protocol})");
        assert_eq!(printed["Entitlements"][0]["Dimension"], "seats-1");
        assert_eq!(printed["Entitlements"][0]["Value"], value(1));
        // A modeled error through the CLI: its code and message, exit 255.
        let err = run_aws_tool("aws", cli("nope"), data_path).await;
        assert_eq!(err.status.code(), Some(255), "aws ({protocol})");
        let stderr = String::from_utf8_lossy(&err.stderr);
        assert!(
            stderr.contains("An error occurred (InvalidParameterException) when calling the GetEntitlements operation: no product nope"),
            "aws ({protocol}): {stderr}"
        );
        let seen = std::mem::take(&mut *handler.seen.lock().unwrap());
        assert!(
            seen.len() >= 7 && seen.iter().all(|ct| ct == media),
            "{protocol}: the server saw {seen:?}"
        );
    }
}
