// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `OldOp`: routed by its name, every member in the body.
pub static OLD_OP: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "OldOp",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// `PutItem`: routed by its name, every member in the body.
pub static PUT_ITEM: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutItem",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// `Watch`: routed by its name, every member in the body.
pub static WATCH: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Watch",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "events",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: true,
        empty_structure: false,
    },
    xml: None,
};
/// How the events of [`Events`] travel.
pub static EVENTS_EVENTS: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
    events: &[rt::event_stream::Event {
        name: "changed",
        key: "changed",
        error: false,
        headers: &[rt::event_stream::EventHeader {
            name: "at",
            key: "at",
            kind: rt::event_stream::HeaderKind::Timestamp(rt::TimestampFormat::EpochSeconds),
        }],
        payload: rt::event_stream::EventPayload::Implicit,
        xml: None,
    }],
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for OldOpInput {}
impl rt::Streaming for OldOpOutput {}
impl rt::Streaming for PutItemInput {}
impl rt::Streaming for PutItemOutput {}
impl rt::Streaming for WatchInput {}
impl rt::Streaming for WatchOutput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.events).into_frames(protocol, &EVENTS_EVENTS))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.events = rt::EventStream::from_frames(frames, protocol, &EVENTS_EVENTS, unknown);
    }
}
