//! Behaviour traits end to end: the client and server generated from
//! `codegen/tests/models/traits.json` (in `tests/generated/`) talk over
//! 127.0.0.1, and each trait is observed on the wire or by the handler.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use e2e_tests::serve;
use tracker_client_sdk::{Client, Config, Credentials, SdkError};
use tracker_server_sdk::tracker_types::error::*;
use tracker_server_sdk::tracker_types::model::*;
use tracker_server_sdk::{Context, Tracker, TrackerServer};

/// What the handler saw, per call.
#[derive(Debug, Clone)]
struct Seen {
    token: Option<String>,
    host: String,
    authorized: bool,
    encoding: Option<String>,
    choice_len: usize,
}

#[derive(Default)]
struct Recorder {
    seen: Mutex<Vec<Seen>>,
    /// Calls to answer with the retryable `Busy` before succeeding.
    busy: AtomicUsize,
}

/// The server's handler: records into a shared [`Recorder`].
struct Handler(Arc<Recorder>);

impl Tracker for Handler {
    async fn put_item(
        &self,
        input: PutItemInput,
        cx: Context,
    ) -> Result<PutItemOutput, PutItemOperationError> {
        let header = |n: &str| {
            cx.parts
                .headers
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let choice_len = match &input.choice {
            Some(Choice::Plain(s)) => s.len(),
            _ => 0,
        };
        let this = &self.0;
        this.seen.lock().unwrap().push(Seen {
            token: input.token.clone(),
            host: header("host").unwrap_or_default(),
            authorized: header("authorization").is_some(),
            encoding: header("content-encoding"),
            choice_len,
        });
        if this
            .busy
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
        {
            return Err(PutItemOperationError::Busy(Busy {
                _meta: Default::default(),
                message: Some("try again".into()),
            }));
        }
        Ok(PutItemOutput {
            _meta: Default::default(),
        })
    }

    async fn watch(&self, _: WatchInput, _: Context) -> Result<WatchOutput, WatchError> {
        let changed = |s| {
            Events::Changed(Changed {
                at: Some(codegen_rt::DateTime::from_secs(s)),
            })
        };
        Ok(WatchOutput {
            events: codegen_rt::EventStream::from_events(vec![changed(1), changed(2)]),
            _meta: Default::default(),
        })
    }
}

async fn start() -> (Arc<Recorder>, e2e_tests::Running) {
    let recorder = Arc::new(Recorder::default());
    let running = serve(TrackerServer::new(Handler(Arc::clone(&recorder)))).await;
    (recorder, running)
}

/// A client for `http://tracker.test:PORT` whose host names (prefixed ones
/// included) resolve to the server on 127.0.0.1.
fn client(addr: SocketAddr, credentials: bool, hosts: &[&str]) -> Client {
    let mut config = Config::new()
        .region("us-east-1")
        .endpoint_url(format!("http://tracker.test:{}", addr.port()))
        .backoff(
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(5),
        )
        .resolve("tracker.test", addr);
    for h in hosts {
        config = config.resolve(*h, addr);
    }
    if credentials {
        config =
            config.credentials_provider(Credentials::new("AKID", "SECRET", None, None, "test"));
    }
    Client::new(config)
}

#[tokio::test]
async fn host_prefix_idempotency_token_and_unsigned_optional_auth() {
    let (recorder, server) = start().await;
    let c = client(server.addr, false, &["shard-7.data.tracker.test"]);
    c.put_item()
        .shard("shard-7")
        .send()
        .await
        .expect("put item");
    c.put_item()
        .shard("shard-7")
        .token("mine")
        .send()
        .await
        .expect("put item with a token");
    let seen = recorder.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    // @endpoint(hostPrefix: "{Shard}.data.") with the @hostLabel member.
    assert_eq!(
        seen[0].host,
        format!("shard-7.data.tracker.test:{}", server.addr.port())
    );
    // @idempotencyToken: a UUIDv4 when unset, the caller's when set.
    let token = seen[0].token.as_deref().expect("a token was filled");
    assert_eq!(token.len(), 36, "{token}");
    assert_eq!(&token[14..15], "4", "a version-4 UUID: {token}");
    assert_eq!(seen[1].token.as_deref(), Some("mine"));
    // @optionalAuth without credentials: sent unsigned.
    assert!(!seen[0].authorized);

    // With credentials the same operation is signed.
    let signed = client(server.addr, true, &["shard-7.data.tracker.test"]);
    signed.put_item().shard("shard-7").send().await.unwrap();
    assert!(recorder.seen.lock().unwrap()[2].authorized);
}

#[tokio::test]
async fn an_invalid_host_label_is_not_sent() {
    let (recorder, server) = start().await;
    let c = client(server.addr, false, &[]);
    match c.put_item().shard("not.a.label").send().await {
        Err(SdkError::Construction(m)) => assert!(m.to_string().contains("host label"), "{m}"),
        other => panic!("expected a construction error, got {other:?}"),
    }
    assert!(recorder.seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn compressed_requests_are_decoded_by_the_server() {
    let (recorder, server) = start().await;
    let c = client(server.addr, false, &["s.data.tracker.test"]);
    let big = "x".repeat(64 * 1024);
    c.put_item()
        .shard("s")
        .choice(Choice::Plain(big.clone()))
        .send()
        .await
        .expect("a gzip body is accepted");
    let seen = recorder.seen.lock().unwrap()[0].clone();
    assert_eq!(seen.encoding.as_deref(), Some("gzip"));
    assert_eq!(seen.choice_len, big.len());
}

#[tokio::test]
async fn retryable_errors_are_retried() {
    let (recorder, server) = start().await;
    recorder.busy.store(2, Ordering::SeqCst);
    let c = client(server.addr, false, &["s.data.tracker.test"]);
    c.put_item()
        .shard("s")
        .send()
        .await
        .expect("third attempt succeeds");
    assert_eq!(recorder.seen.lock().unwrap().len(), 3);

    recorder.busy.store(5, Ordering::SeqCst);
    match c.put_item().shard("s").send().await {
        Err(SdkError::Service(PutItemOperationError::Busy(_))) => {}
        other => panic!("expected Busy after 3 attempts, got {other:?}"),
    }
}

/// The standard retry mode's quota: 500 tokens, 5 per retry, shared by a
/// client's calls. A service that never recovers gets 100 retries (50 calls
/// of 3 attempts), then single attempts; a success gives a token back.
#[tokio::test]
async fn retry_quota_stops_retries_against_a_failing_service() {
    let (recorder, server) = start().await;
    recorder.busy.store(1_000_000, Ordering::SeqCst);
    let c = client(server.addr, false, &["s.data.tracker.test"]);
    let attempts = |r: &Recorder| r.seen.lock().unwrap().len();
    for call in 1..=52 {
        let before = attempts(&recorder);
        let result = c.put_item().shard("s").send().await;
        assert!(matches!(
            result,
            Err(SdkError::Service(PutItemOperationError::Busy(_)))
        ));
        let made = attempts(&recorder) - before;
        assert_eq!(made, if call <= 50 { 3 } else { 1 }, "call {call}");
    }
    // Another client has its own quota.
    let other = client(server.addr, false, &["s.data.tracker.test"]);
    let before = attempts(&recorder);
    let _ = other.put_item().shard("s").send().await;
    assert_eq!(attempts(&recorder) - before, 3);
}

#[tokio::test]
async fn query_compatible_errors_carry_x_amzn_query_error() {
    let (recorder, server) = start().await;
    recorder.busy.store(1, Ordering::SeqCst);
    let resp = reqwest::Client::new()
        .post(server.url())
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", "Tracker.PutItem")
        .body(r#"{"Shard":"s"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert_eq!(
        resp.headers()
            .get("x-amzn-query-error")
            .and_then(|v| v.to_str().ok()),
        Some("Tracker.Busy;Receiver")
    );
}

/// A peer answering every call with `Busy` as `body`, with
/// `x-amzn-query-error` when given.
async fn busy_peer(body: &'static str, query_error: Option<&'static str>) -> e2e_tests::Running {
    use codegen_rt::server::{http, tower, ResponseBody};
    let svc = tower::service_fn(
        move |_req: http::Request<codegen_rt::server::Incoming>| async move {
            let mut resp = http::Response::builder()
                .status(503)
                .header("content-type", "application/x-amz-json-1.1");
            if let Some(q) = query_error {
                resp = resp.header("x-amzn-query-error", q);
            }
            let body: ResponseBody = aws_smithy_http_server::body::boxed(
                http_body_util::Full::new(bytes::Bytes::from_static(body.as_bytes())),
            );
            Ok::<_, std::convert::Infallible>(resp.body(body).unwrap())
        },
    );
    serve(svc).await
}

#[tokio::test]
async fn modeled_errors_keep_the_envelope_message_and_the_query_code() {
    // The model's member is `message`; the body says `Message`: the SDKs
    // fall back to the envelope's message, and so does `message()`.
    let peer = busy_peer(r#"{"__type":"Busy","Message":"slow down"}"#, None).await;
    let c = client(peer.addr, false, &["s.data.tracker.test"]);
    let c = Client::new(c.config().clone().max_attempts(1));
    let err = c.put_item().shard("s").send().await.unwrap_err();
    let SdkError::Service(PutItemOperationError::Busy(busy)) = &err else {
        panic!("expected Busy, got {err:?}");
    };
    assert_eq!(busy.message, None, "the member itself was not in the body");
    assert_eq!(codegen_rt::ModeledError::message(busy), Some("slow down"));
    assert_eq!(codegen_rt::ModeledError::code(busy), "Busy");
    // An @awsQueryCompatible service's modeled error reports the
    // x-amzn-query-error code, as boto3 and the SDKs do.
    let peer = busy_peer(
        r#"{"__type":"Busy","message":"m"}"#,
        Some("Tracker.Busy;Receiver"),
    )
    .await;
    let c = client(peer.addr, false, &["s.data.tracker.test"]);
    let c = Client::new(c.config().clone().max_attempts(1));
    let err = c.put_item().shard("s").send().await.unwrap_err();
    let SdkError::Service(op_err) = &err else {
        panic!("expected a service error, got {err:?}");
    };
    assert!(
        matches!(op_err, PutItemOperationError::Busy(_)),
        "{op_err:?}"
    );
    assert_eq!(codegen_rt::OperationError::code(op_err), "Tracker.Busy");
    assert_eq!(codegen_rt::OperationError::message(op_err), Some("m"));
}

#[tokio::test]
async fn an_awsjson_event_stream_opens_with_its_initial_response() {
    let (_recorder, server) = start().await;
    let c = client(server.addr, true, &[]);
    let mut out = c.watch().send().await.unwrap();
    for s in [1, 2] {
        let event = out.events.recv().await.unwrap().unwrap();
        let Events::Changed(e) = event else {
            panic!("unexpected {event:?}")
        };
        assert_eq!(e.at, Some(codegen_rt::DateTime::from_secs(s)));
    }
    assert!(out.events.recv().await.is_none());
    // On the wire: the stream's first frame is the output's other members
    // (none: `{}`), as `initial-response`.
    let body = reqwest::Client::new()
        .post(server.url())
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", "Tracker.Watch")
        .body("{}")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let first = aws_smithy_eventstream::frame::read_message_from(&body[..]).unwrap();
    let event_type = first
        .headers()
        .iter()
        .find(|h| h.name().as_str() == ":event-type")
        .and_then(|h| h.value().as_string().ok())
        .map(|s| s.as_str().to_owned());
    assert_eq!(event_type.as_deref(), Some("initial-response"));
    assert_eq!(&first.payload()[..], b"{}");
}

#[test]
fn big_numbers_keep_every_digit() {
    let text = r#"{"Shard":"s","Count":123456789012345678901234567890,"Ratio":-0.000000000000000000012345678901234567890}"#;
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let input = codegen_rt::json::parse_strict::<PutItemInput>(&v).expect("parses");
    assert_eq!(
        input
            .count
            .as_ref()
            .map(|c| c.as_ref().to_owned())
            .as_deref(),
        Some("123456789012345678901234567890")
    );
    let back = serde_json::to_string(&codegen_rt::json::ToJson::to_json(&input)).unwrap();
    assert!(back.contains("123456789012345678901234567890"), "{back}");
    assert!(
        back.contains("-0.000000000000000000012345678901234567890"),
        "{back}"
    );
    assert_eq!(input.scale.as_ref(), "1.5", "the model's @default");
    let negative = serde_json::json!({"Shard": "s", "Count": -1});
    let err = codegen_rt::json::parse_strict::<PutItemInput>(&negative).unwrap_err();
    assert!(
        err.to_string().contains("greater than or equal to 0"),
        "{err}"
    );
}

#[test]
fn enums_sensitive_and_integer() {
    assert_eq!(
        format!("{:?}", Mood::Glad),
        "Mood(*** Sensitive Data Redacted ***)"
    );
    assert_eq!(Mood::from("sad"), Mood::Sad);
    assert_eq!(Priority::from(-1), Priority::Low);
    assert_eq!(Priority::High.value(), 2);
    let bad = serde_json::json!({"Shard": "s", "Priority": 7, "Mood": "meh"});
    let err = codegen_rt::json::parse_strict::<PutItemInput>(&bad).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("2 validation errors"), "{text}");
    assert!(text.contains("[-1, 2]") || text.contains("-1"), "{text}");
}

#[test]
fn sensitive_union_variants_are_redacted() {
    let hidden = format!("{:?}", Choice::Hidden("hunter2".into()));
    assert!(!hidden.contains("hunter2"), "{hidden}");
    let plain = format!("{:?}", Choice::Plain("visible".into()));
    assert!(plain.contains("visible"), "{plain}");
    // A sensitive union hides which variant it is, too.
    let vault = format!("{:?}", Vault::Pin("1234".into()));
    assert_eq!(vault, "Vault(*** Sensitive Data Redacted ***)");
}

#[test]
fn enum_length_and_java_patterns_are_checked() {
    let input = serde_json::json!({"Shard": "s", "Level": "no", "Tag": "aws:reserved"});
    let err = codegen_rt::json::parse_strict::<PutItemInput>(&input).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("validation errors detected"), "{text}");
    assert!(text.contains("length greater than or equal to 3"), "{text}");
    assert!(text.contains("regular expression pattern"), "{text}");
    let ok = serde_json::json!({"Shard": "s", "Level": "low", "Tag": "ключ 😀 key"});
    codegen_rt::json::parse_strict::<PutItemInput>(&ok).expect("valid input");
}
