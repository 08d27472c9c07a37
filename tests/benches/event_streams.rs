//! Event streams measured in one run: the generated client reads an output
//! stream (`Converse` of `codegen/tests/models/events.smithy`: a token event
//! with an integer and a boolean header and a JSON payload) from the
//! generated server over loopback, for a few payload sizes, next to a bare
//! `aws-smithy-eventstream` loop that writes and reads the same messages in
//! memory (no HTTP, no types); printed as events/s and MB/s of payload, and
//! the ratio of the two (below 1: the cost of the HTTP body, typed events and
//! their codec). Then the peak resident memory while a stream of 100,000 and
//! of 1,000,000 events goes through, which must stay flat.
//!
//!   cargo bench -p e2e-tests --bench event_streams
//!
//! `BENCH_EVENTS` sets the events per size (default 200,000, fewer for large
//! payloads) and `BENCH_MEMORY_EVENTS` the long stream (default 1,000,000);
//! CI runs it briefly in debug to check that every event arrives.

use std::time::Instant;

use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use talk_client_sdk::{Client, Config, Credentials};
use talk_server_sdk::talk_types::error::*;
use talk_server_sdk::talk_types::model::*;
use talk_server_sdk::{Context, Talk, TalkServer};

use codegen_rt::EventStream;

/// Answers `"N S"` with N tokens of S bytes of text each.
struct Handler;

impl Talk for Handler {
    async fn converse(
        &self,
        input: ConverseInput,
        _: Context,
    ) -> Result<ConverseOutput, ConverseError> {
        let mut words = input
            .prompt
            .split(' ')
            .map(|w| w.parse::<usize>().unwrap_or(0));
        let (n, size) = (words.next().unwrap_or(0), words.next().unwrap_or(0));
        let text = "x".repeat(size);
        let stream = EventStream::unfold(0usize, move |i| {
            let text = text.clone();
            async move {
                (i < n).then(|| {
                    let token = TokenEvent {
                        index: Some(i as i32),
                        r#final: Some(i + 1 == n),
                        text: Some(text),
                    };
                    (Ok(AnswerStream::Token(token)), i + 1)
                })
            }
        });
        Ok(ConverseOutput {
            conversation_id: None,
            stream,
            _meta: Default::default(),
        })
    }
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Reads a stream of `n` tokens of `size` bytes: (seconds, events read).
async fn through_client(client: &Client, n: usize, size: usize) -> (f64, usize) {
    let start = Instant::now();
    let mut out = client
        .converse()
        .model_id("bench")
        .prompt(format!("{n} {size}"))
        .send()
        .await
        .expect("converse");
    let mut got = 0;
    while let Some(event) = out.stream.recv().await {
        match event.expect("an event") {
            AnswerStream::Token(t) => {
                assert_eq!(t.text.map(|s| s.len()), Some(size));
                got += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    (start.elapsed().as_secs_f64(), got)
}

/// The same messages written and read by `aws-smithy-eventstream` alone.
fn bare(n: usize, size: usize) -> f64 {
    let payload = format!("{{\"text\":\"{}\"}}", "x".repeat(size));
    let start = Instant::now();
    let mut buf = Vec::new();
    for i in 0..n {
        let m = Message::new(payload.clone().into_bytes())
            .add_header(Header::new(
                ":message-type",
                HeaderValue::String("event".into()),
            ))
            .add_header(Header::new(
                ":event-type",
                HeaderValue::String("token".into()),
            ))
            .add_header(Header::new("index", HeaderValue::Int32(i as i32)))
            .add_header(Header::new("final", HeaderValue::Bool(i + 1 == n)))
            .add_header(Header::new(
                ":content-type",
                HeaderValue::String("application/json".into()),
            ));
        buf.clear();
        aws_smithy_eventstream::frame::write_message_to(&m, &mut buf).expect("write");
        let back = aws_smithy_eventstream::frame::read_message_from(&buf[..]).expect("read");
        std::hint::black_box(back);
    }
    start.elapsed().as_secs_f64()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = e2e_tests::serve(TalkServer::new(Handler)).await;
    let client = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "bench")),
    );
    let events = env("BENCH_EVENTS", 200_000);
    println!("output stream, generated client <- generated server over 127.0.0.1, against a bare aws-smithy-eventstream write+read loop");
    for size in [16usize, 1024, 16 * 1024] {
        // At most 256 MiB of payload a size.
        let n = events.min((256 << 20) / size).max(1);
        let (secs, got) = through_client(&client, n, size).await;
        assert_eq!(got, n, "every event arrives");
        let bare_secs = bare(n, size);
        let (rate, bare_rate) = (n as f64 / secs, n as f64 / bare_secs);
        println!(
            "{size:>6} B x {n:>7}: generated {rate:>10.0} events/s {:>8.1} MB/s | bare {bare_rate:>10.0} events/s {:>8.1} MB/s | ratio {:.3}",
            rate * size as f64 / 1e6,
            bare_rate * size as f64 / 1e6,
            rate / bare_rate
        );
    }
    let long = env("BENCH_MEMORY_EVENTS", 1_000_000);
    let short = (long / 10).max(1);
    let mut peaks = Vec::new();
    for n in [short, long] {
        let Some(memory) = e2e_tests::PeakMemory::start() else {
            println!("peak memory: not measured here (no /proc)");
            return;
        };
        let (secs, got) = through_client(&client, n, 16).await;
        assert_eq!(got, n);
        let (kb, how) = memory.stop();
        println!("{n:>8} events of 16 B in {secs:.2} s: peak {kb} kB ({how})");
        peaks.push(kb);
    }
    // Flat: ten times the events, not ten times the memory.
    assert!(
        peaks[1] < peaks[0] + 32 * 1024,
        "peak memory grows with the stream: {peaks:?} kB"
    );
}
