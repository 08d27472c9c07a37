// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `Echo`: routed by its name, every member in the body.
pub static ECHO: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Echo",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "trades",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: true,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "trades",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: true,
        empty_structure: false,
    },
    xml: None,
};
/// `Publish`: routed by its name, every member in the body.
pub static PUBLISH: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Publish",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "trades",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: true,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `Subscribe`: routed by its name, every member in the body.
pub static SUBSCRIBE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Subscribe",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "quotes",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: true,
        empty_structure: false,
    },
    xml: None,
};
/// How the events of [`QuoteStream`] travel.
pub static EVENTS_QUOTE_STREAM: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
    events: &[
        rt::event_stream::Event {
            name: "quote",
            key: "quote",
            error: false,
            headers: &[rt::event_stream::EventHeader {
                name: "symbol",
                key: "symbol",
                kind: rt::event_stream::HeaderKind::String,
            }],
            payload: rt::event_stream::EventPayload::Implicit,
            xml: None,
        },
        rt::event_stream::Event {
            name: "halted",
            key: "halted",
            error: true,
            headers: &[],
            payload: rt::event_stream::EventPayload::Implicit,
            xml: None,
        },
    ],
};
/// How the events of [`TradeStream`] travel.
pub static EVENTS_TRADE_STREAM: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
    events: &[rt::event_stream::Event {
        name: "trade",
        key: "trade",
        error: false,
        headers: &[rt::event_stream::EventHeader {
            name: "seq",
            key: "seq",
            kind: rt::event_stream::HeaderKind::Long,
        }],
        payload: rt::event_stream::EventPayload::Implicit,
        xml: None,
    }],
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for EchoInput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.trades).into_frames(protocol, &EVENTS_TRADE_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.trades = rt::EventStream::from_frames(frames, protocol, &EVENTS_TRADE_STREAM, unknown);
    }
}
impl rt::Streaming for EchoOutput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.trades).into_frames(protocol, &EVENTS_TRADE_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.trades = rt::EventStream::from_frames(frames, protocol, &EVENTS_TRADE_STREAM, unknown);
    }
}
impl rt::Streaming for PublishInput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.trades).into_frames(protocol, &EVENTS_TRADE_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.trades = rt::EventStream::from_frames(frames, protocol, &EVENTS_TRADE_STREAM, unknown);
    }
}
impl rt::Streaming for PublishOutput {}
impl rt::Streaming for SubscribeInput {}
impl rt::Streaming for SubscribeOutput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.quotes).into_frames(protocol, &EVENTS_QUOTE_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.quotes = rt::EventStream::from_frames(frames, protocol, &EVENTS_QUOTE_STREAM, unknown);
    }
}
