//! Event streams over restJson1, generated client against generated server on
//! 127.0.0.1 (`codegen/tests/models/events.smithy`): an answer streamed a
//! token at a time with typed headers, an explicit structure payload and a
//! timestamp header; a modeled exception in the middle of a stream that the
//! caller matches; an upload of audio chunks read by the server as they
//! arrive; a stream of many events that is never held whole; frames a
//! server must refuse (a bad CRC, an unknown event type) sent raw; and
//! SigV4-signed events, each signature chained to the request's, verified
//! by the server, which refuses a forged, reordered or truncated chain; and a
//! chat over HTTP/2 (prior knowledge) whose replies come back one by one
//! while its messages are still being sent, signed. boto3 reads the same
//! server's answers (`tests/data/botocore/talk`: the service as botocore
//! describes services, loaded through `AWS_DATA_PATH`), the mid-stream
//! exception included. Over TLS, the client (the system's TLS, its default)
//! negotiates HTTP/2 by ALPN with a server that offers it.

use std::time::Duration;

use talk_client_sdk::{Client, Config, Credentials};
use talk_server_sdk::talk_types::error::*;
use talk_server_sdk::talk_types::model::*;
use talk_server_sdk::{Context, Talk, TalkServer};

use codegen_rt::{DateTime, EventStream, EventStreamError};

struct Handler;

/// Sets its flag when dropped: tells a test that a stream's producer went.
struct DropFlag(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Set when the server drops the producer of an "endless" answer.
static ENDLESS_DROPPED: std::sync::LazyLock<std::sync::Arc<std::sync::atomic::AtomicBool>> =
    std::sync::LazyLock::new(Default::default);

impl Talk for Handler {
    async fn converse(
        &self,
        input: ConverseInput,
        _: Context,
    ) -> Result<ConverseOutput, ConverseError> {
        if input.model_id == "missing" {
            return Err(ConverseError::ModelNotFound(
                ModelNotFound::builder().message("no such model").build(),
            ));
        }
        let words: Vec<String> = input.prompt.split(' ').map(str::to_owned).collect();
        // "many N": N tokens, produced as they are read.
        let many = words
            .first()
            .filter(|w| *w == "many")
            .and_then(|_| words.get(1)?.parse::<usize>().ok());
        let throttle = words.iter().any(|w| w == "fast");
        // "endless": tokens until the caller goes away.
        let endless = words.first().is_some_and(|w| w == "endless");
        let total = if endless {
            usize::MAX
        } else {
            many.unwrap_or(words.len())
        };
        let guard = endless.then(|| DropFlag(std::sync::Arc::clone(&ENDLESS_DROPPED)));
        let stream = EventStream::unfold(0usize, move |i| {
            let _producer = &guard;
            let words = words.clone();
            let many = if endless { Some(0) } else { many };
            async move {
                if throttle && i == 2 {
                    let e = ThrottlingException::builder().message("slow down").build();
                    return Some((
                        Err(EventStreamError::Exception(AnswerStream::Throttled(e))),
                        i + 1,
                    ));
                }
                if i < total {
                    let text = match many {
                        Some(_) => format!("t{i}"),
                        None => words[i].clone(),
                    };
                    let token = TokenEvent {
                        index: Some(i as i32),
                        r#final: Some(i + 1 == total),
                        text: Some(text),
                    };
                    return Some((Ok(AnswerStream::Token(token)), i + 1));
                }
                if i == total {
                    let summary = SummaryEvent {
                        finished_at: Some(DateTime::from_secs(1_700_000_000)),
                        usage: Some(Usage {
                            input_tokens: Some(total as i32),
                            output_tokens: Some(total as i32),
                        }),
                    };
                    return Some((Ok(AnswerStream::Summary(summary)), i + 1));
                }
                None
            }
        });
        Ok(ConverseOutput {
            conversation_id: Some("c-1".into()),
            stream,
            _meta: Default::default(),
        })
    }

    async fn chat(&self, input: ChatInput, _: Context) -> Result<ChatOutput, ChatError> {
        // Each reply as its message arrives: the replies stream while the
        // messages still come.
        let replies = EventStream::unfold(input.messages, |mut messages| async move {
            match messages.recv().await? {
                Ok(ChatStream::Message(m)) => {
                    let reply = ChatMessage {
                        seq: m.seq,
                        text: Some(format!("re: {}", m.text.unwrap_or_default())),
                    };
                    Some((Ok(ChatStream::Message(reply)), messages))
                }
                Ok(other) => Some((
                    Err(EventStreamError::Frame(format!("unexpected {other:?}"))),
                    messages,
                )),
                Err(e) => Some((Err(EventStreamError::Frame(e.to_string())), messages)),
            }
        });
        Ok(ChatOutput {
            replies,
            _meta: Default::default(),
        })
    }

    async fn transcribe(
        &self,
        mut input: TranscribeInput,
        _: Context,
    ) -> Result<TranscribeOutput, TranscribeError> {
        let (mut chunks, mut bytes, mut transcript) = (0, 0i64, String::new());
        // "stop-after-2": the answer comes after two chunks, the rest unread.
        let limit = match input.language.as_deref() {
            Some("stop-after-2") => 2,
            _ => i32::MAX,
        };
        while chunks < limit {
            let Some(event) = input.audio.recv().await else {
                break;
            };
            match event {
                Ok(AudioStream::Chunk(c)) => {
                    chunks += 1;
                    let audio = c.audio.map(|b| b.into_inner()).unwrap_or_default();
                    bytes += audio.len() as i64;
                    transcript.push_str(&String::from_utf8_lossy(&audio));
                    assert_eq!(c.codec.as_deref(), Some("pcm"));
                }
                Ok(other) => panic!("unexpected event {other:?}"),
                // A broken stream is the caller's fault: say what broke.
                Err(e) => {
                    return Err(<TranscribeError as codegen_rt::OperationError>::unhandled(
                        codegen_rt::Unhandled::new(400, "BadStream", e.to_string()),
                    ))
                }
            }
        }
        Ok(TranscribeOutput {
            chunks: Some(chunks),
            bytes: Some(bytes),
            transcript: Some(transcript),
            _meta: Default::default(),
        })
    }
}

async fn start() -> (e2e_tests::Running, Client) {
    let server = e2e_tests::serve(TalkServer::new(Handler)).await;
    let client = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "test")),
    );
    (server, client)
}

#[tokio::test]
async fn an_answer_streams_token_by_token() {
    let (_server, client) = start().await;
    let mut out = tokio::time::timeout(
        Duration::from_secs(10),
        client
            .converse()
            .model_id("m1")
            .prompt("hello big world")
            .send(),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(out.conversation_id.as_deref(), Some("c-1"));
    let mut texts = Vec::new();
    let mut summary = None;
    while let Some(event) = out.stream.recv().await {
        match event.unwrap() {
            AnswerStream::Token(t) => {
                assert_eq!(t.index, Some(texts.len() as i32));
                assert_eq!(t.r#final, Some(texts.len() == 2));
                texts.push(t.text.unwrap());
            }
            AnswerStream::Summary(s) => summary = Some(s),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(texts, ["hello", "big", "world"]);
    let summary = summary.expect("a summary");
    assert_eq!(
        summary.finished_at,
        Some(DateTime::from_secs(1_700_000_000))
    );
    assert_eq!(summary.usage.unwrap().output_tokens, Some(3));
}

#[tokio::test]
async fn a_modeled_exception_ends_the_stream_and_can_be_matched() {
    let (_server, client) = start().await;
    let mut out = client
        .converse()
        .model_id("m1")
        .prompt("too fast for you")
        .send()
        .await
        .unwrap();
    let mut tokens = 0;
    let end = loop {
        match out.stream.recv().await {
            Some(Ok(AnswerStream::Token(_))) => tokens += 1,
            Some(other) => break other,
            None => panic!("the stream ended without its exception"),
        }
    };
    assert_eq!(tokens, 2);
    match end {
        Err(EventStreamError::Exception(AnswerStream::Throttled(e))) => {
            assert_eq!(e.message.as_deref(), Some("slow down"));
        }
        other => panic!("expected the throttling exception, got {other:?}"),
    }
    assert!(
        out.stream.recv().await.is_none(),
        "nothing after the exception"
    );
}

#[tokio::test]
async fn an_error_before_the_stream_is_the_operations_error() {
    let (_server, client) = start().await;
    let err = client
        .converse()
        .model_id("missing")
        .prompt("x")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.as_service_error(),
            Some(ConverseError::ModelNotFound(_))
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_upload_is_read_chunk_by_chunk() {
    let (_server, client) = start().await;
    let chunks: Vec<AudioStream> = ["he", "llo", " there"]
        .iter()
        .map(|s| {
            AudioStream::Chunk(AudioChunk {
                codec: Some("pcm".into()),
                audio: Some(codegen_rt::Blob::new(s.as_bytes().to_vec())),
            })
        })
        .collect();
    let out = client
        .transcribe()
        .language("en")
        .audio(EventStream::from_events(chunks))
        .send()
        .await
        .unwrap();
    assert_eq!(out.chunks, Some(3));
    assert_eq!(out.bytes, Some(11));
    assert_eq!(out.transcript.as_deref(), Some("hello there"));
}

#[tokio::test]
async fn a_long_stream_arrives_in_order() {
    let (_server, client) = start().await;
    let mut out = client
        .converse()
        .model_id("m1")
        .prompt("many 20000")
        .send()
        .await
        .unwrap();
    let mut n = 0;
    while let Some(event) = out.stream.recv().await {
        match event.unwrap() {
            AnswerStream::Token(t) => {
                assert_eq!(t.index, Some(n));
                n += 1;
            }
            AnswerStream::Summary(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(n, 20_000);
}

/// Raw frames to `Transcribe`: the first chunk, then `bad`.
async fn upload_raw(server: &e2e_tests::Running, bad: Vec<u8>) -> (u16, String) {
    use codegen_rt::event_stream::{encode, frame};
    let chunk = serde_json::json!({"chunk": {"codec": "pcm", "audio": "aGk="}});
    let good = encode(
        codegen_rt::Protocol::RestJson1,
        &talk_server_sdk::talk_types::http::EVENTS_AUDIO_STREAM,
        &chunk,
    )
    .unwrap();
    let mut body = frame(&good).unwrap().to_vec();
    body.extend_from_slice(&bad);
    let resp = reqwest::Client::new()
        .post(format!("{}/transcribe", server.url()))
        .header("content-type", "application/vnd.amazon.eventstream")
        .body(body)
        .send()
        .await
        .unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

#[tokio::test]
async fn a_server_refuses_broken_frames_and_unknown_events() {
    use codegen_rt::event_stream::frame;
    let (server, _client) = start().await;
    // A frame whose CRC is wrong.
    let m = codegen_rt::event_stream::error_message("x", "y");
    let mut bad = frame(&m).unwrap().to_vec();
    let n = bad.len();
    bad[n - 1] ^= 0xff;
    let (status, body) = upload_raw(&server, bad).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("bad event-stream frame"), "{body}");
    // An event type the union does not have.
    let unknown = aws_smithy_types::event_stream::Message::new(bytes::Bytes::new())
        .add_header(aws_smithy_types::event_stream::Header::new(
            ":message-type",
            aws_smithy_types::event_stream::HeaderValue::String("event".to_owned().into()),
        ))
        .add_header(aws_smithy_types::event_stream::Header::new(
            ":event-type",
            aws_smithy_types::event_stream::HeaderValue::String("video".to_owned().into()),
        ));
    let (status, body) = upload_raw(&server, frame(&unknown).unwrap().to_vec()).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("unknown event type 'video'"), "{body}");
    // A stream cut inside a frame.
    let whole = frame(&m).unwrap();
    let (status, body) = upload_raw(&server, whole[..whole.len() - 3].to_vec()).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("ended inside a frame"), "{body}");
}

/// A server that verifies SigV4 (one key) and a client signing with `secret`.
async fn start_signed(secret: &str) -> (e2e_tests::Running, Client) {
    let mut keys = codegen_rt::sigv4::Keys::default();
    keys.add("AKIDSIGNED", "SECRETSIGNED");
    let config = codegen_rt::server::Config {
        authenticate: Some(std::sync::Arc::new(codegen_rt::sigv4::Verifier::new(keys))),
        ..codegen_rt::server::Config::default()
    };
    let server = e2e_tests::serve(TalkServer::with_config(Handler, config)).await;
    let client = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(Credentials::new("AKIDSIGNED", secret, None, None, "test")),
    );
    (server, client)
}

fn chunks(n: usize) -> EventStream<AudioStream> {
    EventStream::from_events(
        (0..n)
            .map(|i| {
                AudioStream::Chunk(AudioChunk {
                    codec: Some("pcm".into()),
                    audio: Some(codegen_rt::Blob::new(format!("{i},").into_bytes())),
                })
            })
            .collect(),
    )
}

#[tokio::test]
async fn signed_events_are_verified_one_by_one() {
    let (_server, client) = start_signed("SECRETSIGNED").await;
    let out = client.transcribe().audio(chunks(50)).send().await.unwrap();
    assert_eq!(out.chunks, Some(50));
    let expected: String = (0..50).map(|i| format!("{i},")).collect();
    assert_eq!(out.transcript.as_deref(), Some(expected.as_str()));
    // A wrong secret fails at the request's signature, before any event.
    let (_server, client) = start_signed("WRONG").await;
    let err = client
        .transcribe()
        .audio(chunks(2))
        .send()
        .await
        .unwrap_err();
    let code = err.as_service_error().map(codegen_rt::OperationError::code);
    assert_eq!(code, Some("InvalidSignatureException"), "{err:?}");
}

/// A signed request whose events are `frames` (envelopes), sent raw: the
/// request is signed as the client signs it, by hand here.
async fn signed_raw(
    server: &e2e_tests::Running,
    envelopes: impl FnOnce(&mut Chain) -> Vec<u8>,
) -> (u16, String) {
    use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
    let identity =
        aws_credential_types::Credentials::new("AKIDSIGNED", "SECRETSIGNED", None, None, "t")
            .into();
    let now = std::time::SystemTime::now();
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("talk")
        .time(now)
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let url = format!("{}/transcribe", server.url());
    let host = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let headers = [
        ("host", host.as_str()),
        ("content-type", "application/vnd.amazon.eventstream"),
        ("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-EVENTS"),
    ];
    let signable = SignableRequest::new(
        "POST",
        &url,
        headers.iter().copied(),
        SignableBody::Precomputed("STREAMING-AWS4-HMAC-SHA256-EVENTS".into()),
    )
    .unwrap();
    let (instructions, signature) = sign(signable, &params).unwrap().into_parts();
    let mut chain = Chain {
        identity,
        previous: signature,
    };
    let body = envelopes(&mut chain);
    let mut req = http::Request::builder().method("POST").uri(&url);
    for (k, v) in headers {
        req = req.header(k, v);
    }
    let mut req = req.body(()).unwrap();
    instructions.apply_to_request_http1x(&mut req);
    let mut builder = reqwest::Client::new().post(&url);
    for (k, v) in req.headers() {
        builder = builder.header(k.as_str(), v.to_str().unwrap());
    }
    let resp = builder.body(body).send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

/// The signature chain, kept by the test.
struct Chain {
    identity: aws_smithy_runtime_api::client::identity::Identity,
    previous: String,
}

impl Chain {
    /// The envelope of the audio chunk `text` (or the end frame).
    fn envelope(&mut self, text: Option<&str>) -> Vec<u8> {
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&self.identity)
            .region("us-east-1")
            .name("talk")
            .time(std::time::SystemTime::now())
            .settings(())
            .build()
            .unwrap();
        let signed = match text {
            Some(t) => {
                let inner = codegen_rt::event_stream::encode(
                    codegen_rt::Protocol::RestJson1,
                    &talk_server_sdk::talk_types::http::EVENTS_AUDIO_STREAM,
                    &serde_json::json!({"chunk": {"codec": "pcm", "audio": aws_smithy_types::base64::encode(t)}}),
                )
                .unwrap();
                aws_sigv4::event_stream::sign_message(&inner, &self.previous, &params).unwrap()
            }
            None => aws_sigv4::event_stream::sign_empty_message(&self.previous, &params).unwrap(),
        };
        let (message, signature) = signed.into_parts();
        self.previous = signature;
        codegen_rt::event_stream::frame(&message).unwrap().to_vec()
    }
}

#[tokio::test]
async fn a_broken_signature_chain_is_refused() {
    let (server, _client) = start_signed("SECRETSIGNED").await;
    // Step 1, the chain as a client signs it: accepted.
    let (status, body) = signed_raw(&server, |c| {
        [
            c.envelope(Some("a")),
            c.envelope(Some("b")),
            c.envelope(None),
        ]
        .concat()
    })
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"transcript\":\"ab\""), "{body}");
    // Step 2, a replayed event (the first twice): its signature no longer follows.
    let (status, body) = signed_raw(&server, |c| {
        let first = c.envelope(Some("a"));
        [first.clone(), first, c.envelope(None)].concat()
    })
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("signature does not follow"), "{body}");
    // Step 3, reordered events.
    let (status, body) = signed_raw(&server, |c| {
        let (a, b) = (c.envelope(Some("a")), c.envelope(Some("b")));
        [b, a, c.envelope(None)].concat()
    })
    .await;
    assert_eq!(status, 400, "{body}");
    // Step 4, no end frame: the stream is not known to be whole.
    let (status, body) = signed_raw(&server, |c| c.envelope(Some("a"))).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("without its end frame"), "{body}");
    // Step 5, an unsigned frame where a signed one belongs.
    let (status, body) = signed_raw(&server, |_| {
        let m = codegen_rt::event_stream::error_message("x", "y");
        codegen_rt::event_stream::frame(&m).unwrap().to_vec()
    })
    .await;
    assert_eq!(status, 400, "{body}");
}

#[tokio::test]
async fn a_chat_streams_both_ways_at_once_over_http2() {
    let (server, _) = start_signed("SECRETSIGNED").await;
    let client = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .http2_prior_knowledge(true)
            .credentials_provider(Credentials::new(
                "AKIDSIGNED",
                "SECRETSIGNED",
                None,
                None,
                "t",
            )),
    );
    // The messages come from a channel: each is sent only once the reply
    // to the one before has arrived, which needs both streams open at once.
    let (tx, rx) = tokio::sync::mpsc::channel::<ChatMessage>(1);
    let messages = EventStream::unfold(rx, |mut rx| async move {
        let m = rx.recv().await?;
        Some((Ok(ChatStream::Message(m)), rx))
    });
    let send = |seq: i64| ChatMessage {
        seq: Some(seq),
        text: Some(format!("m{seq}")),
    };
    tx.send(send(0)).await.unwrap();
    let mut out = tokio::time::timeout(
        Duration::from_secs(10),
        client.chat().messages(messages).send(),
    )
    .await
    .expect("the response head comes while the messages still flow")
    .unwrap();
    for seq in 0..5i64 {
        let reply = tokio::time::timeout(Duration::from_secs(10), out.replies.recv())
            .await
            .expect("each reply comes before the next message is sent")
            .unwrap()
            .unwrap();
        let ChatStream::Message(reply) = reply else {
            panic!("unexpected {reply:?}")
        };
        assert_eq!(reply.seq, Some(seq));
        assert_eq!(reply.text, Some(format!("re: m{seq}")));
        if seq < 4 {
            tx.send(send(seq + 1)).await.unwrap();
        }
    }
    drop(tx);
    assert!(
        out.replies.recv().await.is_none(),
        "the replies end with the messages"
    );
}

const BOTO3: &str = r#"
import json, sys, boto3, botocore
c = boto3.client("talk", endpoint_url=sys.argv[1], region_name="us-east-1")
out = {}
r = c.converse(modelId="m1", prompt="hello big world")
out["conversation"] = r.get("conversationId")
out["events"] = [e for e in r["stream"]]
r = c.converse(modelId="m1", prompt="too fast for you")
tokens = []
try:
    for e in r["stream"]:
        tokens.append(e["token"]["text"])
    out["throttled"] = None
except botocore.exceptions.EventStreamError as e:
    out["throttled"] = [e.response["Error"]["Code"], e.response["Error"].get("Message")]
out["before_throttle"] = tokens
try:
    c.converse(modelId="missing", prompt="x")
    out["missing"] = None
except c.exceptions.ModelNotFound as e:
    out["missing"] = e.response["Error"]["Code"]
print(json.dumps(out, default=str))
"#;

#[tokio::test]
async fn boto3_reads_an_answer_stream() {
    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let (server, _client) = start_signed("SECRETSIGNED").await;
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/botocore");
    let out = e2e_tests::run_aws_tool(
        "python3",
        vec!["-c".into(), BOTO3.into(), server.url()],
        ("AKIDSIGNED", "SECRETSIGNED"),
        vec![("AWS_DATA_PATH", data.into_os_string())],
    )
    .await;
    assert!(
        out.status.success(),
        "boto3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["conversation"], "c-1");
    let events = got["events"].as_array().unwrap();
    assert_eq!(events.len(), 4, "{events:?}");
    for (i, word) in ["hello", "big", "world"].iter().enumerate() {
        let t = &events[i]["token"];
        assert_eq!(t["text"], *word, "{t}");
        assert_eq!(t["index"], i as i64, "{t}");
        assert_eq!(t["final"], i == 2, "{t}");
    }
    let summary = &events[3]["summary"];
    assert_eq!(summary["usage"]["outputTokens"], 3, "{summary}");
    assert_eq!(
        summary["finishedAt"], "2023-11-14 22:13:20+00:00",
        "{summary}"
    );
    assert_eq!(got["before_throttle"], serde_json::json!(["too", "fast"]));
    assert_eq!(
        got["throttled"],
        serde_json::json!(["throttled", "slow down"])
    );
    assert_eq!(got["missing"], "ModelNotFound");
}

/// A TLS listener for the generated server's own `serve`: a self-signed
/// certificate, ALPN offering `h2` then `http/1.1`; records what each
/// connection negotiated.
struct TlsListener {
    tcp: tokio::net::TcpListener,
    acceptor: tokio_rustls::TlsAcceptor,
    negotiated: std::sync::Arc<std::sync::Mutex<Vec<Option<Vec<u8>>>>>,
}

impl aws_smithy_http_server::serve::Listener for TlsListener {
    type Io = tokio_rustls::server::TlsStream<tokio::net::TcpStream>;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            let Ok((tcp, addr)) = self.tcp.accept().await else {
                continue;
            };
            if let Ok(tls) = self.acceptor.accept(tcp).await {
                let alpn = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
                self.negotiated.lock().unwrap().push(alpn);
                return (tls, addr);
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}

#[tokio::test]
async fn http2_is_negotiated_by_alpn_over_tls() {
    use tokio_rustls::rustls;
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.key_pair.serialize_der().into());
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut tls = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert.cert.der().clone()], key)
        .unwrap();
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let negotiated = std::sync::Arc::default();
    let listener = TlsListener {
        tcp: tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap(),
        acceptor: tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(tls)),
        negotiated: std::sync::Arc::clone(&negotiated),
    };
    let port = listener.tcp.local_addr().unwrap().port();
    let service = TalkServer::new(Handler);
    tokio::spawn(async move {
        let _ =
            codegen_rt::server::serve(listener, codegen_rt::server::IntoMakeService::new(service))
                .await;
    });
    // The client as users get it: the system's TLS, no prior knowledge.
    let client = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(format!("https://localhost:{port}"))
            .accept_invalid_certs(true)
            .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "test")),
    );
    let step = "a chat streams both ways over TLS";
    let (tx, rx) = tokio::sync::mpsc::channel::<ChatMessage>(1);
    let messages = EventStream::unfold(rx, |mut rx| async move {
        let m = rx.recv().await?;
        Some((Ok(ChatStream::Message(m)), rx))
    });
    let send = |seq: i64| ChatMessage {
        seq: Some(seq),
        text: Some(format!("m{seq}")),
    };
    tx.send(send(0)).await.unwrap();
    let mut out = tokio::time::timeout(
        Duration::from_secs(10),
        client.chat().messages(messages).send(),
    )
    .await
    .expect(step)
    .expect(step);
    for seq in 0..3i64 {
        let reply = tokio::time::timeout(Duration::from_secs(10), out.replies.recv())
            .await
            .expect(step)
            .unwrap()
            .unwrap();
        let ChatStream::Message(reply) = reply else {
            panic!("{step}: unexpected {reply:?}")
        };
        assert_eq!(reply.seq, Some(seq), "{step}");
        if seq < 2 {
            tx.send(send(seq + 1)).await.unwrap();
        }
    }
    drop(tx);
    assert!(out.replies.recv().await.is_none(), "{step}");
    let step = "the connection speaks HTTP/2, negotiated by ALPN";
    assert_eq!(
        *negotiated.lock().unwrap(),
        vec![Some(b"h2".to_vec())],
        "{step}"
    );
}

#[tokio::test]
async fn a_caller_that_stops_reading_stops_the_server_producing() {
    let (_server, client) = start().await;
    let mut out = client
        .converse()
        .model_id("m1")
        .prompt("endless")
        .send()
        .await
        .unwrap();
    for _ in 0..3 {
        out.stream.recv().await.unwrap().unwrap();
    }
    assert!(!ENDLESS_DROPPED.load(std::sync::atomic::Ordering::SeqCst));
    drop(out);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !ENDLESS_DROPPED.load(std::sync::atomic::Ordering::SeqCst) {
        assert!(
            std::time::Instant::now() < deadline,
            "the server still produces events for a caller that went away"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_server_that_stops_reading_stops_the_caller_sending() {
    let (_server, client) = start().await;
    let dropped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let guard = DropFlag(std::sync::Arc::clone(&dropped));
    // Chunks for as long as they are wanted.
    let audio = EventStream::unfold(0u64, move |i| {
        let _producer = &guard;
        async move {
            let chunk = AudioChunk {
                codec: Some("pcm".into()),
                audio: Some(codegen_rt::Blob::new(vec![b'a'; 1024])),
            };
            Some((Ok(AudioStream::Chunk(chunk)), i + 1))
        }
    });
    let out = tokio::time::timeout(
        Duration::from_secs(10),
        client
            .transcribe()
            .language("stop-after-2")
            .audio(audio)
            .send(),
    )
    .await
    .expect("the answer comes while the caller could still send")
    .unwrap();
    assert_eq!(out.chunks, Some(2));
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !dropped.load(std::sync::atomic::Ordering::SeqCst) {
        assert!(
            std::time::Instant::now() < deadline,
            "the caller still produces events for a server that answered"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
