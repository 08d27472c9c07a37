//! Event streams over the RPC protocols, awsJson1_1 and rpcv2Cbor
//! (`codegen/tests/models/events-rpc.smithy`: one service speaking both),
//! generated client against generated server on 127.0.0.1. The body is the
//! stream; the input's and output's other members travel in its first
//! message, `initial-request` / `initial-response`. Each test runs over
//! both protocols: a subscription whose details open the stream before its
//! quotes (timestamps and blobs in the events, written typed in CBOR); a
//! modeled exception mid-stream; an operation error before the stream; a
//! signed upload whose feed name opens it; both streams at once over HTTP/2;
//! the wire as the protocols specify it (media types, the initial message's
//! `:content-type`, CBOR byte strings and tag-1 timestamps); and boto3
//! reading the subscription over both protocols
//! (`tests/data/botocore/ticker*`).

use std::time::Duration;

use ticker_client_sdk::{Client, Config, Credentials, Protocol};
use ticker_server_sdk::ticker_types::error::*;
use ticker_server_sdk::ticker_types::model::*;
use ticker_server_sdk::{Context, Ticker, TickerServer};

use ticker_client_sdk::{Blob, DateTime, EventStream, EventStreamError};

const PROTOCOLS: [Protocol; 2] = [Protocol::AwsJson1_1, Protocol::RpcV2Cbor];
const T0: i64 = 1_700_000_000;

struct Handler;

fn quote(symbol: &str, i: i64) -> Quote {
    Quote {
        symbol: Some(symbol.to_owned()),
        price: Some(100.5 + i as f64),
        at: Some(DateTime::from_secs(T0 + i)),
        raw: Some(Blob::new(vec![i as u8, 0xff, 0])),
    }
}

impl Ticker for Handler {
    async fn subscribe(
        &self,
        input: SubscribeInput,
        _: Context,
    ) -> Result<SubscribeOutput, SubscribeError> {
        if input.symbol == "NONE" {
            return Err(SubscribeError::UnknownSymbol(
                UnknownSymbol::builder().message("no such symbol").build(),
            ));
        }
        let limit = i64::from(input.limit.unwrap_or(3));
        let symbol = input.symbol.clone();
        let quotes = EventStream::unfold(0i64, move |i| {
            let symbol = symbol.clone();
            async move {
                if symbol == "HALT" && i == 2 {
                    let e = TradingHalted::builder().message("circuit breaker").build();
                    return Some((
                        Err(EventStreamError::Exception(QuoteStream::Halted(e))),
                        i + 1,
                    ));
                }
                (i < limit).then(|| (Ok(QuoteStream::Quote(quote(&symbol, i))), i + 1))
            }
        });
        Ok(SubscribeOutput {
            subscription_id: Some(format!("sub-{}", input.symbol)),
            started_at: Some(DateTime::from_secs(T0)),
            quotes,
            _meta: Default::default(),
        })
    }

    async fn publish(
        &self,
        mut input: PublishInput,
        _: Context,
    ) -> Result<PublishOutput, PublishError> {
        let (mut count, mut volume, mut notes) = (0, 0i64, Vec::new());
        while let Some(event) = input.trades.recv().await {
            match event {
                Ok(TradeStream::Trade(t)) => {
                    assert_eq!(t.seq, Some(i64::from(count)), "trades arrive in order");
                    assert_eq!(t.at, Some(DateTime::from_secs(T0 + i64::from(count))));
                    count += 1;
                    volume += t.volume.unwrap_or_default();
                    notes.extend(t.note.map(Blob::into_inner).unwrap_or_default());
                }
                Ok(other) => panic!("unexpected event {other:?}"),
                Err(e) => {
                    return Err(
                        <PublishError as ticker_client_sdk::OperationError>::unhandled(
                            ticker_client_sdk::Unhandled::new(400, "BadStream", e.to_string()),
                        ),
                    )
                }
            }
        }
        Ok(PublishOutput {
            feed: Some(input.feed),
            opened_at: input.opened_at,
            count: Some(count),
            volume: Some(volume),
            notes: Some(Blob::new(notes)),
            _meta: Default::default(),
        })
    }

    async fn echo(&self, input: EchoInput, _: Context) -> Result<EchoOutput, EchoError> {
        let label = input.label.clone().unwrap_or_default();
        let answer = label.clone();
        let trades = EventStream::unfold(input.trades, move |mut trades| {
            let label = answer.clone();
            async move {
                match trades.recv().await? {
                    Ok(TradeStream::Trade(t)) => {
                        let mut note = label.into_bytes();
                        note.extend(t.note.map(Blob::into_inner).unwrap_or_default());
                        let reply = Trade {
                            seq: t.seq,
                            volume: t.volume.map(|v| v * 2),
                            at: t.at,
                            note: Some(Blob::new(note)),
                        };
                        Some((Ok(TradeStream::Trade(reply)), trades))
                    }
                    Ok(other) => Some((
                        Err(EventStreamError::Frame(format!("unexpected {other:?}"))),
                        trades,
                    )),
                    Err(e) => Some((Err(EventStreamError::Frame(e.to_string())), trades)),
                }
            }
        });
        Ok(EchoOutput {
            label: input.label,
            trades,
            _meta: Default::default(),
        })
    }
}

/// A server that verifies SigV4 (one key).
async fn start() -> e2e_tests::Running {
    let mut keys = codegen_rt::sigv4::Keys::default();
    keys.add("AKIDTICK", "SECRETTICK");
    let config = codegen_rt::server::Config {
        authenticate: Some(std::sync::Arc::new(codegen_rt::sigv4::Verifier::new(keys))),
        ..codegen_rt::server::Config::default()
    };
    e2e_tests::serve(TickerServer::with_config(Handler, config)).await
}

fn client(server: &e2e_tests::Running, protocol: Protocol, http2: bool) -> Client {
    Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .protocol(protocol)
            .http2_prior_knowledge(http2)
            .credentials_provider(Credentials::new("AKIDTICK", "SECRETTICK", None, None, "t")),
    )
}

async fn within<F: std::future::Future>(what: &str, f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(20), f)
        .await
        .unwrap_or_else(|_| panic!("{what}: timed out"))
}

#[tokio::test]
async fn a_subscription_opens_with_its_details_then_streams_quotes() {
    let server = start().await;
    for protocol in PROTOCOLS {
        let client = client(&server, protocol, false);
        let mut out = within(
            "subscribe",
            client.subscribe().symbol("ACME").limit(4).send(),
        )
        .await
        .unwrap_or_else(|e| panic!("{protocol:?}: {e:?}"));
        assert_eq!(
            out.subscription_id.as_deref(),
            Some("sub-ACME"),
            "{protocol:?}"
        );
        assert_eq!(
            out.started_at,
            Some(DateTime::from_secs(T0)),
            "{protocol:?}"
        );
        let mut got = Vec::new();
        while let Some(event) = within("a quote", out.quotes.recv()).await {
            match event.unwrap_or_else(|e| panic!("{protocol:?}: {e}")) {
                QuoteStream::Quote(q) => got.push(q),
                other => panic!("{protocol:?}: unexpected {other:?}"),
            }
        }
        let want: Vec<Quote> = (0..4).map(|i| quote("ACME", i)).collect();
        assert_eq!(got, want, "{protocol:?}");
    }
}

#[tokio::test]
async fn a_halt_ends_the_stream_with_its_modeled_exception() {
    let server = start().await;
    for protocol in PROTOCOLS {
        let client = client(&server, protocol, false);
        let mut out = within("subscribe", client.subscribe().symbol("HALT").send())
            .await
            .unwrap();
        for i in 0..2 {
            let event = within("a quote", out.quotes.recv()).await.unwrap().unwrap();
            assert_eq!(event, QuoteStream::Quote(quote("HALT", i)), "{protocol:?}");
        }
        match within("the halt", out.quotes.recv()).await {
            Some(Err(EventStreamError::Exception(QuoteStream::Halted(h)))) => {
                assert_eq!(
                    h.message.as_deref(),
                    Some("circuit breaker"),
                    "{protocol:?}"
                )
            }
            other => panic!("{protocol:?}: expected the halt, got {other:?}"),
        }
        assert!(
            out.quotes.recv().await.is_none(),
            "{protocol:?}: nothing after it"
        );
    }
}

#[tokio::test]
async fn an_error_before_the_stream_is_the_operations_error() {
    let server = start().await;
    for protocol in PROTOCOLS {
        let client = client(&server, protocol, false);
        let err = within("subscribe", client.subscribe().symbol("NONE").send())
            .await
            .unwrap_err();
        match err.as_service_error() {
            Some(SubscribeError::UnknownSymbol(e)) => {
                assert_eq!(e.message.as_deref(), Some("no such symbol"), "{protocol:?}")
            }
            other => panic!("{protocol:?}: expected UnknownSymbol, got {other:?} ({err:?})"),
        }
    }
}

fn trades(n: i64) -> Vec<TradeStream> {
    (0..n)
        .map(|i| {
            TradeStream::Trade(Trade {
                seq: Some(i),
                volume: Some(10 * i),
                at: Some(DateTime::from_secs(T0 + i)),
                note: Some(Blob::new(format!("{i};").into_bytes())),
            })
        })
        .collect()
}

#[tokio::test]
async fn a_signed_upload_opens_with_its_feed_name() {
    let server = start().await;
    for protocol in PROTOCOLS {
        let client = client(&server, protocol, false);
        let out = within(
            "publish",
            client
                .publish()
                .feed("nyse")
                .opened_at(DateTime::from_secs(T0 - 60))
                .trades(EventStream::from_events(trades(40)))
                .send(),
        )
        .await
        .unwrap_or_else(|e| panic!("{protocol:?}: {e:?}"));
        assert_eq!(out.feed.as_deref(), Some("nyse"), "{protocol:?}");
        assert_eq!(
            out.opened_at,
            Some(DateTime::from_secs(T0 - 60)),
            "{protocol:?}"
        );
        assert_eq!(out.count, Some(40), "{protocol:?}");
        assert_eq!(
            out.volume,
            Some((0..40).map(|i| 10 * i).sum()),
            "{protocol:?}"
        );
        let notes: String = (0..40).map(|i| format!("{i};")).collect();
        assert_eq!(
            out.notes.map(Blob::into_inner),
            Some(notes.into_bytes()),
            "{protocol:?}"
        );
    }
    // A wrong secret fails at the request's signature.
    let bad = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .protocol(Protocol::RpcV2Cbor)
            .credentials_provider(Credentials::new("AKIDTICK", "WRONG", None, None, "t")),
    );
    let err = bad
        .publish()
        .feed("nyse")
        .trades(EventStream::from_events(trades(2)))
        .send()
        .await
        .unwrap_err();
    let code = err
        .as_service_error()
        .map(ticker_client_sdk::OperationError::code);
    assert_eq!(code, Some("InvalidSignatureException"), "{err:?}");
}

#[tokio::test]
async fn both_streams_flow_at_once_over_http2() {
    let server = start().await;
    for protocol in PROTOCOLS {
        let client = client(&server, protocol, true);
        // Each trade is sent only once the answer to the one before has
        // come back, which needs both streams open at once.
        let (tx, rx) = tokio::sync::mpsc::channel::<TradeStream>(1);
        let outgoing = EventStream::unfold(rx, |mut rx| async move {
            let t = rx.recv().await?;
            Some((Ok(t), rx))
        });
        let all = trades(5);
        tx.send(all[0].clone()).await.unwrap();
        let mut out = within(
            "the response head, while trades still flow",
            client.echo().label("re:").trades(outgoing).send(),
        )
        .await
        .unwrap_or_else(|e| panic!("{protocol:?}: {e:?}"));
        assert_eq!(out.label.as_deref(), Some("re:"), "{protocol:?}");
        for i in 0..5i64 {
            let answer = within("an answer before the next trade", out.trades.recv())
                .await
                .unwrap()
                .unwrap();
            let TradeStream::Trade(t) = answer else {
                panic!("unexpected {answer:?}")
            };
            assert_eq!(t.seq, Some(i), "{protocol:?}");
            assert_eq!(t.volume, Some(20 * i), "{protocol:?}");
            assert_eq!(t.at, Some(DateTime::from_secs(T0 + i)), "{protocol:?}");
            let note = format!("re:{i};").into_bytes();
            assert_eq!(t.note.map(Blob::into_inner), Some(note), "{protocol:?}");
            if i < 4 {
                tx.send(all[i as usize + 1].clone()).await.unwrap();
            }
        }
        drop(tx);
        assert!(
            out.trades.recv().await.is_none(),
            "{protocol:?}: the answers end"
        );
    }
}

/// The frames of a body, decoded.
fn frames(mut body: &[u8]) -> Vec<aws_smithy_types::event_stream::Message> {
    let mut out = Vec::new();
    while !body.is_empty() {
        out.push(aws_smithy_eventstream::frame::read_message_from(&mut body).unwrap());
    }
    out
}

fn header(m: &aws_smithy_types::event_stream::Message, name: &str) -> Option<String> {
    m.headers()
        .iter()
        .find(|h| h.name().as_str() == name)
        .and_then(|h| h.value().as_string().ok())
        .map(|s| s.as_str().to_owned())
}

/// An unsigned server, for requests written by hand.
async fn start_open() -> e2e_tests::Running {
    e2e_tests::serve(TickerServer::new(Handler)).await
}

#[tokio::test]
async fn the_wire_is_the_protocols() {
    let server = start_open().await;
    let http = reqwest::Client::new();
    // awsJson1_1: routed by X-Amz-Target; the stream opens with an
    // `initial-response` event whose payload is the other members' JSON.
    let resp = http
        .post(server.url())
        .header("x-amz-target", "Ticker.Subscribe")
        .header("content-type", "application/x-amz-json-1.1")
        .body(r#"{"symbol":"ACME","limit":1}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-type"],
        "application/vnd.amazon.eventstream"
    );
    let body = resp.bytes().await.unwrap();
    let f = frames(&body);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(header(&f[0], ":message-type").as_deref(), Some("event"));
    assert_eq!(
        header(&f[0], ":event-type").as_deref(),
        Some("initial-response")
    );
    assert_eq!(
        header(&f[0], ":content-type").as_deref(),
        Some("application/json")
    );
    let initial: serde_json::Value = serde_json::from_slice(f[0].payload()).unwrap();
    assert_eq!(
        initial,
        serde_json::json!({"subscriptionId": "sub-ACME", "startedAt": T0})
    );
    assert_eq!(header(&f[1], ":event-type").as_deref(), Some("quote"));
    assert_eq!(header(&f[1], "symbol").as_deref(), Some("ACME"));
    let q: serde_json::Value = serde_json::from_slice(f[1].payload()).unwrap();
    assert_eq!(
        q,
        serde_json::json!({"price": 100.5, "at": T0, "raw": "AP8A"})
    );

    // rpcv2Cbor: routed by path, asks for the stream with Accept; the
    // initial message and the events are CBOR, blobs byte strings and
    // timestamps tag 1.
    let input =
        codegen_rt::codec::cbor::value_to_vec(&serde_json::json!({"symbol": "ACME", "limit": 1}));
    let resp = http
        .post(format!(
            "{}/service/Ticker/operation/Subscribe",
            server.url()
        ))
        .header("smithy-protocol", "rpc-v2-cbor")
        .header("content-type", "application/cbor")
        .header("accept", "application/vnd.amazon.eventstream")
        .body(input)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["smithy-protocol"], "rpc-v2-cbor");
    assert_eq!(
        resp.headers()["content-type"],
        "application/vnd.amazon.eventstream"
    );
    let body = resp.bytes().await.unwrap();
    let f = frames(&body);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        header(&f[0], ":event-type").as_deref(),
        Some("initial-response")
    );
    assert_eq!(
        header(&f[0], ":content-type").as_deref(),
        Some("application/cbor")
    );
    let members = codegen_rt::codec::cbor::map_entries(f[0].payload()).unwrap();
    let started = members.iter().find(|(k, _)| k == "startedAt").unwrap().1;
    assert_eq!(
        started[0], 0xc1,
        "startedAt is a tag-1 timestamp: {started:02x?}"
    );
    let q = codegen_rt::codec::cbor::map_entries(f[1].payload()).unwrap();
    let keys: Vec<&str> = q.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["price", "at", "raw"],
        "the header member is not in the payload"
    );
    let raw = q.iter().find(|(k, _)| k == "raw").unwrap().1;
    assert_eq!(raw, [0x43, 0x00, 0xff, 0x00], "raw is a byte string");
    let at = q.iter().find(|(k, _)| k == "at").unwrap().1;
    assert_eq!(at[0], 0xc1, "at is a tag-1 timestamp: {at:02x?}");

    // An upload sent as an awsJson client would: the initial-request, then
    // the trades.
    let mut body = Vec::new();
    let initial = aws_smithy_types::event_stream::Message::new(&br#"{"feed":"raw"}"#[..])
        .add_header(aws_smithy_types::event_stream::Header::new(
            ":message-type",
            aws_smithy_types::event_stream::HeaderValue::String("event".into()),
        ))
        .add_header(aws_smithy_types::event_stream::Header::new(
            ":event-type",
            aws_smithy_types::event_stream::HeaderValue::String("initial-request".into()),
        ));
    aws_smithy_eventstream::frame::write_message_to(&initial, &mut body).unwrap();
    let trade =
        aws_smithy_types::event_stream::Message::new(&br#"{"volume":7,"at":1700000000}"#[..])
            .add_header(aws_smithy_types::event_stream::Header::new(
                ":message-type",
                aws_smithy_types::event_stream::HeaderValue::String("event".into()),
            ))
            .add_header(aws_smithy_types::event_stream::Header::new(
                ":event-type",
                aws_smithy_types::event_stream::HeaderValue::String("trade".into()),
            ))
            .add_header(aws_smithy_types::event_stream::Header::new(
                "seq",
                aws_smithy_types::event_stream::HeaderValue::Int64(0),
            ));
    aws_smithy_eventstream::frame::write_message_to(&trade, &mut body).unwrap();
    let resp = http
        .post(server.url())
        .header("x-amz-target", "Ticker.Publish")
        .header("content-type", "application/vnd.amazon.eventstream")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap();
    assert_eq!(status, 200, "{text}");
    let out: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(out["feed"], "raw", "{out}");
    assert_eq!(out["count"], 1, "{out}");
    assert_eq!(out["volume"], 7, "{out}");

    // Without its initial-request, the required feed is missing: a typed
    // client error, not a 500.
    let trades_only = body[initial_len(&body)..].to_vec();
    let resp = http
        .post(server.url())
        .header("x-amz-target", "Ticker.Publish")
        .header("content-type", "application/vnd.amazon.eventstream")
        .body(trades_only)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("feed"), "{text}");

    // A broken first frame is a SerializationException.
    let mut broken = body.clone();
    broken[9] ^= 0xff;
    let resp = http
        .post(server.url())
        .header("x-amz-target", "Ticker.Publish")
        .header("content-type", "application/vnd.amazon.eventstream")
        .body(broken)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("SerializationException"), "{text}");
}

/// The length of the first frame of `body`.
fn initial_len(body: &[u8]) -> usize {
    u32::from_be_bytes([body[0], body[1], body[2], body[3]]) as usize
}

const BOTO3: &str = r#"
import json, sys, boto3, botocore
out = {}
for service in ["ticker", "tickercbor"]:
    c = boto3.client(service, endpoint_url=sys.argv[1], region_name="us-east-1")
    r = c.subscribe(symbol="ACME", limit=2)
    got = {"id": r.get("subscriptionId"), "started": r.get("startedAt"), "quotes": []}
    for e in r["quotes"]:
        got["quotes"].append(e)
    r = c.subscribe(symbol="HALT")
    seen = []
    try:
        for e in r["quotes"]:
            seen.append(e["quote"]["price"])
        got["halted"] = None
    except botocore.exceptions.EventStreamError as e:
        got["halted"] = [e.response["Error"]["Code"], e.response["Error"].get("Message")]
    got["before_halt"] = seen
    try:
        c.subscribe(symbol="NONE")
        got["unknown"] = None
    except c.exceptions.UnknownSymbol as e:
        got["unknown"] = e.response["Error"]["Code"]
    out[service] = got
print(json.dumps(out, default=lambda v: v.hex() if isinstance(v, bytes) else str(v)))
"#;

#[tokio::test]
async fn boto3_reads_a_subscription_over_both_protocols() {
    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let server = start().await;
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/botocore");
    let out = e2e_tests::run_aws_tool(
        "python3",
        vec!["-c".into(), BOTO3.into(), server.url()],
        ("AKIDTICK", "SECRETTICK"),
        vec![("AWS_DATA_PATH", data.into_os_string())],
    )
    .await;
    assert!(
        out.status.success(),
        "boto3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for service in ["ticker", "tickercbor"] {
        let g = &got[service];
        assert_eq!(g["id"], "sub-ACME", "{service}: {g}");
        assert_eq!(g["started"], "2023-11-14 22:13:20+00:00", "{service}: {g}");
        let quotes = g["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), 2, "{service}: {g}");
        for (i, q) in quotes.iter().enumerate() {
            let q = &q["quote"];
            assert_eq!(q["symbol"], "ACME", "{service}: {q}");
            assert_eq!(q["price"], 100.5 + i as f64, "{service}: {q}");
            assert_eq!(q["raw"], format!("{i:02x}ff00"), "{service}: {q}");
            let at = format!("2023-11-14 22:13:2{i}+00:00");
            assert_eq!(q["at"], at, "{service}: {q}");
        }
        assert_eq!(
            g["before_halt"],
            serde_json::json!([100.5, 101.5]),
            "{service}: {g}"
        );
        assert_eq!(
            g["halted"],
            serde_json::json!(["halted", "circuit breaker"]),
            "{service}: {g}"
        );
        assert_eq!(g["unknown"], "UnknownSymbol", "{service}: {g}");
    }
}
