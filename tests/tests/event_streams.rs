//! Event streams over restJson1, generated client against generated server on
//! 127.0.0.1 (`codegen/tests/models/events.smithy`): an answer streamed a
//! token at a time with typed headers, an explicit structure payload and a
//! timestamp header; a modeled exception in the middle of a stream that the
//! caller matches; an upload of audio chunks read by the server as they
//! arrive; a stream of many events that is never held whole; and frames a
//! server must refuse (a bad CRC, an unknown event type) sent raw.

use std::time::Duration;

use talk_client_sdk::{Client, Config, Credentials};
use talk_server_sdk::talk_types::error::*;
use talk_server_sdk::talk_types::model::*;
use talk_server_sdk::{Context, Talk, TalkServer};

use codegen_rt::{DateTime, EventStream, EventStreamError};

struct Handler;

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
        let total = many.unwrap_or(words.len());
        let stream = EventStream::unfold(0usize, move |i| {
            let words = words.clone();
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

    async fn transcribe(
        &self,
        mut input: TranscribeInput,
        _: Context,
    ) -> Result<TranscribeOutput, TranscribeError> {
        let (mut chunks, mut bytes, mut transcript) = (0, 0i64, String::new());
        while let Some(event) = input.audio.recv().await {
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
