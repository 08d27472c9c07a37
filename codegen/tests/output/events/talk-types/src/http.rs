// Generated from models/events.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `Chat`: `POST /chat`.
pub static CHAT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Chat",
    method: "POST",
    uri: "/chat",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "messages",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[],
        payload: Some(rt::binding::Payload {
            key: "replies",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    xml: None,
};
/// `Converse`: `POST /converse/{modelId}`.
pub static CONVERSE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Converse",
    method: "POST",
    uri: "/converse/{modelId}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[rt::binding::Binding {
            key: "modelId",
            loc: rt::binding::Loc::Label("modelId"),
            scalar: rt::binding::Scalar::String,
            list: false,
            required: true,
        }],
        payload: None,
        body: true,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[rt::binding::Binding {
            key: "conversationId",
            loc: rt::binding::Loc::Header("x-talk-conversation"),
            scalar: rt::binding::Scalar::String,
            list: false,
            required: false,
        }],
        payload: Some(rt::binding::Payload {
            key: "stream",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    xml: None,
};
/// `Transcribe`: `POST /transcribe`.
pub static TRANSCRIBE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Transcribe",
    method: "POST",
    uri: "/transcribe",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[rt::binding::Binding {
            key: "language",
            loc: rt::binding::Loc::Header("x-talk-language"),
            scalar: rt::binding::Scalar::String,
            list: false,
            required: false,
        }],
        payload: Some(rt::binding::Payload {
            key: "audio",
            kind: rt::binding::PayloadKind::Events,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: None,
};
/// How the events of [`AnswerStream`] travel.
pub static EVENTS_ANSWER_STREAM: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
    events: &[
        rt::event_stream::Event {
            name: "token",
            key: "token",
            error: false,
            headers: &[
                rt::event_stream::EventHeader {
                    name: "index",
                    key: "index",
                    kind: rt::event_stream::HeaderKind::Integer,
                },
                rt::event_stream::EventHeader {
                    name: "final",
                    key: "final",
                    kind: rt::event_stream::HeaderKind::Bool,
                },
            ],
            payload: rt::event_stream::EventPayload::Implicit,
            xml: None,
        },
        rt::event_stream::Event {
            name: "summary",
            key: "summary",
            error: false,
            headers: &[rt::event_stream::EventHeader {
                name: "finishedAt",
                key: "finishedAt",
                kind: rt::event_stream::HeaderKind::Timestamp(rt::TimestampFormat::EpochSeconds),
            }],
            payload: rt::event_stream::EventPayload::Structure("usage"),
            xml: None,
        },
        rt::event_stream::Event {
            name: "throttled",
            key: "throttled",
            error: true,
            headers: &[],
            payload: rt::event_stream::EventPayload::Implicit,
            xml: None,
        },
    ],
};
/// How the events of [`AudioStream`] travel.
pub static EVENTS_AUDIO_STREAM: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
    events: &[rt::event_stream::Event {
        name: "chunk",
        key: "chunk",
        error: false,
        headers: &[rt::event_stream::EventHeader {
            name: "codec",
            key: "codec",
            kind: rt::event_stream::HeaderKind::String,
        }],
        payload: rt::event_stream::EventPayload::Blob("audio"),
        xml: None,
    }],
};
/// How the events of [`ChatStream`] travel.
pub static EVENTS_CHAT_STREAM: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
    events: &[rt::event_stream::Event {
        name: "message",
        key: "message",
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
impl rt::Streaming for ChatInput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.messages).into_frames(protocol, &EVENTS_CHAT_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.messages =
            rt::EventStream::from_frames(frames, protocol, &EVENTS_CHAT_STREAM, unknown);
    }
}
impl rt::Streaming for ChatOutput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.replies).into_frames(protocol, &EVENTS_CHAT_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.replies = rt::EventStream::from_frames(frames, protocol, &EVENTS_CHAT_STREAM, unknown);
    }
}
impl rt::Streaming for ConverseInput {}
impl rt::Streaming for ConverseOutput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.stream).into_frames(protocol, &EVENTS_ANSWER_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.stream =
            rt::EventStream::from_frames(frames, protocol, &EVENTS_ANSWER_STREAM, unknown);
    }
}
impl rt::Streaming for TranscribeInput {
    fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.audio).into_frames(protocol, &EVENTS_AUDIO_STREAM))
    }
    fn put_events(
        &mut self,
        frames: rt::ByteStream,
        protocol: rt::Protocol,
        unknown: rt::event_stream::UnknownEvents,
    ) {
        self.audio = rt::EventStream::from_frames(frames, protocol, &EVENTS_AUDIO_STREAM, unknown);
    }
}
impl rt::Streaming for TranscribeOutput {}
