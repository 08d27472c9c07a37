//! Event-stream frames (the `application/vnd.amazon.eventstream` bodies of
//! event streams) on any bytes, fed in pieces of any size: the reader yields
//! messages or one error and stops, never panics or buffers a frame over
//! its limit; each message read converts to an event of a union with
//! headers and payloads of every kind or is refused with a message, and an
//! event written again reads back to the same event.

#![no_main]

use bytes::Bytes;
use codegen_rt::event_stream::{
    decode, encode, frame, read_frame, Decoded, Event, EventHeader, EventPayload, EventUnion, FrameReader,
    HeaderKind,
};
use codegen_rt::stream::{BoxError, ByteStream};
use codegen_rt::{json::TimestampFormat, Protocol};
use libfuzzer_sys::fuzz_target;

static UNION: EventUnion = EventUnion {
    events: &[
        Event {
            name: "headers",
            key: "headers",
            error: false,
            headers: &[
                EventHeader { name: "booleanHeader", key: "booleanHeader", kind: HeaderKind::Bool },
                EventHeader { name: "y", key: "y", kind: HeaderKind::Byte },
                EventHeader { name: "s", key: "s", kind: HeaderKind::Short },
                EventHeader { name: "i", key: "i", kind: HeaderKind::Integer },
                EventHeader { name: "l", key: "l", kind: HeaderKind::Long },
                EventHeader { name: "x", key: "x", kind: HeaderKind::Blob },
                EventHeader { name: "t", key: "t", kind: HeaderKind::String },
                EventHeader {
                    name: "ts",
                    key: "ts",
                    kind: HeaderKind::Timestamp(TimestampFormat::EpochSeconds),
                },
            ],
            payload: EventPayload::Implicit,
            xml: None,
        },
        Event { name: "blob", key: "blob", error: false, headers: &[], payload: EventPayload::Blob("p"), xml: None },
        Event { name: "text", key: "text", error: false, headers: &[], payload: EventPayload::Text("p"), xml: None },
        Event {
            name: "struct",
            key: "struct",
            error: false,
            headers: &[],
            payload: EventPayload::Structure("p"),
            xml: None,
        },
        Event { name: "error", key: "error", error: true, headers: &[], payload: EventPayload::Implicit, xml: None },
    ],
};

fuzz_target!(|data: &[u8]| {
    let Some((&cut, body)) = data.split_first() else {
        return;
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let size = usize::from(cut).max(1);
    let pieces: Vec<Result<Bytes, BoxError>> = body
        .chunks(size)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let mut reader = FrameReader::new(ByteStream::from_chunks(pieces.into_iter()));
    let messages = rt.block_on(async {
        let mut out = Vec::new();
        while let Some(m) = reader.next().await {
            match m {
                Ok(m) => out.push(m),
                Err(_) => {
                    assert!(reader.next().await.is_none(), "nothing after an error");
                    break;
                }
            }
        }
        out
    });
    for m in messages {
        let protocol = if cut & 1 == 0 { Protocol::RestJson1 } else { Protocol::RpcV2Cbor };
        let (value, _exception) = match decode(protocol, &UNION, &m) {
            Ok(Decoded::Event(v)) => (v, false),
            Ok(Decoded::Exception(v)) => (v, true),
            Ok(Decoded::Error { .. } | Decoded::Unknown(_)) | Err(_) => continue,
        };
        let Ok(again) = encode(protocol, &UNION, &value) else {
            continue;
        };
        let bytes = frame(&again).expect("an encoded event frames");
        let read = read_frame(&bytes).expect("a frame reads");
        match decode(protocol, &UNION, &read) {
            Ok(Decoded::Event(v) | Decoded::Exception(v)) => assert_eq!(v, value),
            other => panic!("an event written again reads as {other:?}"),
        }
    }
});
