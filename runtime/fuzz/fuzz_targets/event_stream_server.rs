//! Event-stream frames through generated servers: any bytes as the request
//! body of an operation whose input streams events, the first byte picking
//! which (restJson1's duplex Chat of `codegen/tests/models/events.smithy`,
//! awsJson1_1's Publish and rpcv2Cbor's duplex Echo of
//! `codegen/tests/models/events-rpc.smithy`, whose streams open with an
//! `initial-request`), and how the body is cut into chunks. The server
//! never panics and always answers: a refused request is a 4xx; an
//! accepted one is a 200 whose body is whole frames, each readable, or the
//! operation's own answer.

#![no_main]

use bytes::Bytes;
use codegen_rt::{EventStream, EventStreamError};
use libfuzzer_sys::fuzz_target;

mod talk {
    pub use talk_server_sdk::talk_types::error::*;
    pub use talk_server_sdk::talk_types::model::*;
    pub use talk_server_sdk::{Context, Talk, TalkServer};
}
mod ticker {
    pub use ticker_server_sdk::ticker_types::error::*;
    pub use ticker_server_sdk::ticker_types::model::*;
    pub use ticker_server_sdk::{Context, Ticker, TickerServer};
}

/// Answers each message as it arrives; a broken stream ends the replies
/// with its error.
struct Chat;

impl talk::Talk for Chat {
    async fn chat(&self, input: talk::ChatInput, _: talk::Context) -> Result<talk::ChatOutput, talk::ChatError> {
        let replies = EventStream::unfold(input.messages, |mut messages| async move {
            match messages.recv().await? {
                Ok(m) => Some((Ok(m), messages)),
                Err(e) => Some((Err(EventStreamError::Frame(e.to_string())), messages)),
            }
        });
        Ok(talk::ChatOutput { replies, _meta: Default::default() })
    }
}

/// Reads the trades to their end (Publish), or answers each (Echo).
struct Trades;

impl ticker::Ticker for Trades {
    async fn publish(
        &self,
        mut input: ticker::PublishInput,
        _: ticker::Context,
    ) -> Result<ticker::PublishOutput, ticker::PublishError> {
        let mut count = 0;
        while let Some(t) = input.trades.recv().await {
            if t.is_err() {
                break;
            }
            count += 1;
        }
        Ok(ticker::PublishOutput {
            feed: Some(input.feed),
            opened_at: input.opened_at,
            count: Some(count),
            volume: None,
            notes: None,
            _meta: Default::default(),
        })
    }

    async fn echo(&self, input: ticker::EchoInput, _: ticker::Context) -> Result<ticker::EchoOutput, ticker::EchoError> {
        let trades = EventStream::unfold(input.trades, |mut trades| async move {
            match trades.recv().await? {
                Ok(t) => Some((Ok(t), trades)),
                Err(e) => Some((Err(EventStreamError::Frame(e.to_string())), trades)),
            }
        });
        Ok(ticker::EchoOutput { label: input.label, trades, _meta: Default::default() })
    }
}

/// A body that yields `data` in chunks of `cut` bytes.
fn body(data: &[u8], cut: usize) -> http_body_util::StreamBody<futures_stream::Chunks> {
    let chunks: Vec<Bytes> = data.chunks(cut.max(1)).map(Bytes::copy_from_slice).collect();
    http_body_util::StreamBody::new(futures_stream::Chunks(chunks.into_iter()))
}

mod futures_stream {
    use bytes::Bytes;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    pub struct Chunks(pub std::vec::IntoIter<Bytes>);

    impl futures_core::Stream for Chunks {
        type Item = Result<http_body::Frame<Bytes>, std::convert::Infallible>;
        fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready(self.0.next().map(|b| Ok(http_body::Frame::data(b))))
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let cut = usize::from(pick >> 2) + 1;
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    rt.block_on(async move {
        let es = "application/vnd.amazon.eventstream";
        let resp = match pick % 3 {
            0 => {
                let req = http::Request::post("/chat").header("content-type", es).body(body(rest, cut)).unwrap();
                talk::TalkServer::new(Chat).handle(req).await
            }
            1 => {
                let req = http::Request::post("/")
                    .header("x-amz-target", "Ticker.Publish")
                    .header("content-type", es)
                    .body(body(rest, cut))
                    .unwrap();
                ticker::TickerServer::new(Trades).handle(req).await
            }
            _ => {
                let req = http::Request::post("/service/Ticker/operation/Echo")
                    .header("smithy-protocol", "rpc-v2-cbor")
                    .header("content-type", es)
                    .header("accept", es)
                    .body(body(rest, cut))
                    .unwrap();
                ticker::TickerServer::new(Trades).handle(req).await
            }
        };
        let status = resp.status().as_u16();
        let streams = resp.headers().get("content-type").is_some_and(|v| v == es);
        let out = http_body_util::BodyExt::collect(resp.into_body()).await.map(|c| c.to_bytes());
        let out = out.unwrap_or_else(|_| panic!("the response body of a {status} broke"));
        assert!(status == 200 || (400..500).contains(&status), "status {status}: {out:?}");
        if status == 200 && streams {
            // Whole frames, each readable.
            let mut at = &out[..];
            while !at.is_empty() {
                assert!(at.len() >= 4, "a frame cut short: {out:?}");
                let n = u32::from_be_bytes([at[0], at[1], at[2], at[3]]) as usize;
                assert!(n <= at.len(), "a frame cut short: {out:?}");
                codegen_rt::event_stream::read_frame(&at[..n]).expect("a readable frame");
                at = &at[n..];
            }
        }
    });
});
