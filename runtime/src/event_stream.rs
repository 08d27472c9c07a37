//! Event streams: the value of a member that targets a `@streaming` union.
//!
//! On the wire an event stream is a body of `application/vnd.amazon.eventstream`
//! frames (prelude and message CRCs, typed headers), framed and checked by
//! the smithy-rs runtime crate `aws-smithy-eventstream`. Each frame is one
//! event (`:message-type event`, `:event-type` the union member), one of the
//! union's modeled exceptions (`:message-type exception`, `:exception-type`),
//! or an unmodeled error (`:message-type error`, `:error-code`,
//! `:error-message`); an exception or an error ends the stream.
//!
//! An event's members travel as the union's description ([`EventUnion`],
//! generated into the types crate) says: `@eventHeader` members as typed
//! headers, an `@eventPayload` member as the payload (bytes, text, or the
//! protocol's codec), the other members (the implicit payload) as a
//! structure in the protocol's codec. Events are converted through their
//! JSON form, so the generated codecs and constraint checks serve them as
//! they serve bodies.
//!
//! [`EventStream<T>`] is what generated structures hold: a stream of typed
//! events read as they arrive (never the whole stream at once), which a
//! caller builds from any `Stream` of events or reads with
//! [`EventStream::recv`].

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use aws_smithy_eventstream::frame::{read_message_from, write_message_to};
use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use aws_smithy_types::DateTime;
use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use serde_json::{Map, Value};

use crate::json::{FromJson, TimestampFormat, ToJson};
use crate::protocol::{Codec, Protocol};
use crate::stream::{BoxError, ByteStream};

/// The media type of an event-stream body.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// The largest frame read (prelude to CRC): a larger one fails the stream
/// before its bytes are buffered.
pub const MAX_FRAME: usize = 16 * 1024 * 1024;

/// A `@streaming` union as its events travel.
#[derive(Debug)]
pub struct EventUnion {
    /// The union's members, each an event or a modeled exception.
    pub events: &'static [Event],
}

/// One member of a `@streaming` union.
#[derive(Debug)]
pub struct Event {
    /// The member's name: its `:event-type` or `:exception-type`.
    pub name: &'static str,
    /// The member's key in the union's JSON form.
    pub key: &'static str,
    /// The member targets an `@error` structure: it travels as an exception.
    pub error: bool,
    /// The `@eventHeader` members.
    pub headers: &'static [EventHeader],
    pub payload: EventPayload,
    /// The XML description of the structure the payload holds (restXml):
    /// the event's own for an implicit payload, the `@eventPayload`
    /// member's target for a structure payload.
    pub xml: Option<&'static crate::codec::xml::Shape>,
}

/// A structure payload's bytes in `codec`: XML through its description
/// (the structure as a document's root), else the codec's.
fn payload_bytes(codec: Codec, xml: Option<&crate::codec::xml::Shape>, v: &Value) -> Vec<u8> {
    match (codec, xml, v) {
        (Codec::Xml, Some(shape), Value::Object(obj)) => {
            let mut w = crate::codec::xml::XmlWriter::new();
            w.structure(shape.name, shape.ns, shape, obj);
            w.finish()
        }
        _ => crate::codec::encode_value(codec, v),
    }
}

/// A structure payload in `codec` as its JSON form (XML through its
/// description).
fn payload_value(
    codec: Codec,
    xml: Option<&crate::codec::xml::Shape>,
    payload: &[u8],
) -> Result<Value, String> {
    match (codec, xml) {
        (Codec::Xml, Some(shape)) => crate::codec::xml::parse(payload)
            .and_then(|el| crate::codec::xml::read_struct(&el, shape))
            .map_err(|e| e.to_string()),
        _ => crate::codec::decode_value(codec, payload)
            .map_err(|e| e.message().unwrap_or("not readable").to_owned()),
    }
}

/// An `@eventHeader` member.
#[derive(Debug)]
pub struct EventHeader {
    /// The header's name (the member's).
    pub name: &'static str,
    /// The member's key in the JSON form.
    pub key: &'static str,
    pub kind: HeaderKind,
}

/// The typed header an `@eventHeader` member travels as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderKind {
    Bool,
    Byte,
    Short,
    Integer,
    Long,
    Blob,
    String,
    /// A timestamp, whose JSON form has this format.
    Timestamp(TimestampFormat),
}

/// Where an event's payload comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventPayload {
    /// The members that are not headers, as a structure in the protocol's
    /// codec; no payload when there are none.
    Implicit,
    /// An `@eventPayload` blob: the payload is its bytes.
    Blob(&'static str),
    /// An `@eventPayload` string: the payload is its text.
    Text(&'static str),
    /// An `@eventPayload` structure or union in the protocol's codec.
    Structure(&'static str),
}

/// Why an event stream ended early.
#[derive(Debug)]
pub enum EventStreamError<T> {
    /// A modeled exception of the union (its member, as the union's value):
    /// the stream ends with it.
    Exception(T),
    /// An error the model does not describe (`:message-type error`).
    Error { code: String, message: String },
    /// A frame that is not one: truncated, a bad CRC, over [`MAX_FRAME`],
    /// an unknown `:message-type`, an event that does not fit its member,
    /// or (on servers) an unknown `:event-type`.
    Frame(String),
    /// The body failed (a connection dropped, a signature that does not
    /// verify).
    Body(BoxError),
}

impl<T: fmt::Debug> fmt::Display for EventStreamError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exception(e) => write!(f, "the stream ended with an exception: {e:?}"),
            Self::Error { code, message } => write!(f, "the stream failed: {code}: {message}"),
            Self::Frame(m) => write!(f, "bad event-stream frame: {m}"),
            Self::Body(e) => write!(f, "the event stream's body failed: {e}"),
        }
    }
}

impl<T: fmt::Debug> std::error::Error for EventStreamError<T> {}

/// One item of an event stream.
pub type EventResult<T> = Result<T, EventStreamError<T>>;

type Boxed<T> = Pin<Box<dyn Stream<Item = EventResult<T>> + Send>>;

/// A stream of typed events, read as they arrive.
///
/// Cloning shares the stream (whichever clone reads first gets an event);
/// two streams are equal only when they share one.
pub struct EventStream<T> {
    inner: Arc<Mutex<Option<Boxed<T>>>>,
}

impl<T> Clone for EventStream<T> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

impl<T> PartialEq for EventStream<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventStream")
    }
}

impl<T: Send + 'static> Default for EventStream<T> {
    fn default() -> Self {
        Self::from_events(Vec::new())
    }
}

impl<T: Send + 'static> EventStream<T> {
    /// The events (and the error that ends them) a stream yields, as it
    /// yields them.
    pub fn new<S>(stream: S) -> Self
    where
        S: Stream<Item = EventResult<T>> + Send + 'static,
    {
        Self {
            inner: Arc::new(Mutex::new(Some(Box::pin(stream)))),
        }
    }

    /// These events, then the end.
    pub fn from_events(events: Vec<T>) -> Self {
        Self::new(Iter(events.into_iter()))
    }

    /// The stream a generator produces: `f(state)` gives the next item and
    /// the state after it, or `None` at the end.
    pub fn unfold<S, F, Fut>(state: S, f: F) -> Self
    where
        S: Send + 'static,
        F: FnMut(S) -> Fut + Send + 'static,
        Fut: Future<Output = Option<(EventResult<T>, S)>> + Send + 'static,
    {
        Self::new(Unfold {
            state: Some(state),
            f,
            pending: None,
        })
    }

    /// The next event; `None` at the end. An error ends the stream.
    pub async fn recv(&mut self) -> Option<EventResult<T>> {
        std::future::poll_fn(|cx| self.poll_next_event(cx)).await
    }

    fn poll_next_event(&self, cx: &mut Context<'_>) -> Poll<Option<EventResult<T>>> {
        let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let Some(stream) = guard.as_mut() else {
            return Poll::Ready(None);
        };
        match stream.as_mut().poll_next(cx) {
            Poll::Ready(Some(Err(e))) => {
                // An error is the last item.
                *guard = None;
                Poll::Ready(Some(Err(e)))
            }
            Poll::Ready(None) => {
                *guard = None;
                Poll::Ready(None)
            }
            other => other,
        }
    }
}

impl<T: Send + 'static> Stream for EventStream<T> {
    type Item = EventResult<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.poll_next_event(cx)
    }
}

struct Iter<I>(I);

impl<I> Unpin for Iter<I> {}

impl<T, I: Iterator<Item = T>> Stream for Iter<I> {
    type Item = EventResult<T>;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(self.0.next().map(Ok))
    }
}

type PendingFuture<Item, S> = Pin<Box<dyn Future<Output = Option<(Item, S)>> + Send>>;

struct Unfold<S, F, Item> {
    state: Option<S>,
    f: F,
    pending: Option<PendingFuture<Item, S>>,
}

impl<S, F, Fut, Item> Stream for Unfold<S, F, Item>
where
    F: FnMut(S) -> Fut,
    Fut: Future<Output = Option<(Item, S)>> + Send + 'static,
{
    type Item = Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        let this = &mut *self;
        if this.pending.is_none() {
            let Some(state) = this.state.take() else {
                return Poll::Ready(None);
            };
            this.pending = Some(Box::pin((this.f)(state)));
        }
        let Some(pending) = this.pending.as_mut() else {
            return Poll::Ready(None);
        };
        match pending.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(next) => {
                this.pending = None;
                Poll::Ready(next.map(|(item, state)| {
                    this.state = Some(state);
                    item
                }))
            }
        }
    }
}

impl<S, F, Item> Unpin for Unfold<S, F, Item> {}

/// Reads frames from a body as they arrive.
pub struct FrameReader {
    body: ByteStream,
    buf: BytesMut,
    done: bool,
}

impl FrameReader {
    pub fn new(body: ByteStream) -> Self {
        Self {
            body,
            buf: BytesMut::new(),
            done: false,
        }
    }

    /// The next frame; `None` when the body ends between frames.
    pub async fn next(&mut self) -> Option<Result<Message, EventStreamError<Value>>> {
        let item = self.read().await;
        if matches!(item, Some(Err(_))) {
            // An error is the last item: what follows it is not read.
            self.done = true;
            self.buf.clear();
        }
        item
    }

    async fn read(&mut self) -> Option<Result<Message, EventStreamError<Value>>> {
        loop {
            if self.buf.len() >= 4 {
                let total =
                    u32::from_be_bytes([self.buf[0], self.buf[1], self.buf[2], self.buf[3]]);
                if total as usize > MAX_FRAME {
                    self.done = true;
                    return Some(Err(EventStreamError::Frame(format!(
                        "a frame of {total} bytes is over the limit of {MAX_FRAME}"
                    ))));
                }
                if (total as usize) <= self.buf.len() {
                    let frame = self.buf.split_to(total as usize);
                    return Some(read_message_from(frame.freeze()).map_err(|e| {
                        self.done = true;
                        EventStreamError::Frame(e.to_string())
                    }));
                }
            }
            if self.done {
                return None;
            }
            match self.body.next().await {
                Some(Ok(chunk)) => self.buf.extend_from_slice(&chunk),
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(EventStreamError::Body(e)));
                }
                None => {
                    self.done = true;
                    if !self.buf.is_empty() {
                        let n = self.buf.len();
                        self.buf.clear();
                        return Some(Err(EventStreamError::Frame(format!(
                            "the stream ended inside a frame ({n} bytes of it)"
                        ))));
                    }
                    return None;
                }
            }
        }
    }

    /// What the reader holds and has not yet framed, then the rest of the
    /// body: the stream as it would read from here.
    pub fn into_rest(self) -> ByteStream {
        if self.buf.is_empty() {
            return self.body;
        }
        prepend(self.buf.freeze(), self.body)
    }
}

/// The `:event-type` of the message that opens a request stream in the RPC
/// protocols (awsJson, rpcv2): the input's other members.
pub const INITIAL_REQUEST: &str = "initial-request";
/// The `:event-type` of the message that opens a response stream in the
/// RPC protocols: the output's other members.
pub const INITIAL_RESPONSE: &str = "initial-response";

/// The media type a payload in `protocol`'s codec is sent with.
fn codec_type(protocol: Protocol) -> &'static str {
    match protocol.codec() {
        Codec::Cbor => "application/cbor",
        Codec::Xml | Codec::Query => "application/xml",
        Codec::Json => "application/json",
    }
}

/// The frame of an initial message (`event_type` [`INITIAL_REQUEST`] or
/// [`INITIAL_RESPONSE`]): `members` are the structure's other members as
/// `protocol`'s codec writes them.
pub fn initial_frame(
    protocol: Protocol,
    event_type: &'static str,
    members: Vec<u8>,
) -> Result<Bytes, String> {
    let m = Message::new(members)
        .add_header(string_header(":message-type", "event"))
        .add_header(string_header(":event-type", event_type))
        .add_header(string_header(":content-type", codec_type(protocol)));
    frame(&m)
}

/// The members an initial message carries (its payload, in `protocol`'s
/// codec) into `into`, the rest of the structure's JSON form: a member
/// already there stays. A payload that is not an object of the codec is a
/// `SerializationException`.
pub fn merge_initial(
    protocol: Protocol,
    payload: &[u8],
    into: &mut Value,
) -> Result<(), crate::error::WireError> {
    let members = crate::codec::decode_object(protocol.codec(), payload)?;
    if let (Value::Object(members), Value::Object(obj)) = (members, into) {
        for (k, v) in members {
            obj.entry(k).or_insert(v);
        }
    }
    Ok(())
}

/// `first`, then the chunks of `rest`.
pub fn prepend(first: Bytes, rest: ByteStream) -> ByteStream {
    body_unfold((Some(first), rest), |(first, mut rest)| async move {
        match first {
            Some(b) => Some((Ok(b), (None, rest))),
            None => {
                let chunk = rest.next().await?;
                Some((chunk, (None, rest)))
            }
        }
    })
}

/// Reads the initial message (`event_type`) that opens a body of frames in
/// the RPC protocols: its payload (the structure's other members in the
/// protocol's codec), and the frames after it. A body that opens with
/// another frame has no initial message: `None`, and that frame stays the
/// first of the stream. A broken first frame is an error.
pub async fn read_initial(
    body: ByteStream,
    event_type: &str,
) -> Result<(Option<Bytes>, ByteStream), EventStreamError<Value>> {
    let mut reader = FrameReader::new(body);
    match reader.next().await {
        None => Ok((None, ByteStream::default())),
        Some(Err(e)) => Err(e),
        Some(Ok(m)) => {
            let initial = header_str(&m, ":message-type") == Some("event")
                && header_str(&m, ":event-type") == Some(event_type);
            if initial {
                Ok((Some(m.payload().clone()), reader.into_rest()))
            } else {
                let first = frame(&m).map_err(EventStreamError::Frame)?;
                Ok((None, prepend(first, reader.into_rest())))
            }
        }
    }
}

/// The message of one whole frame.
pub fn read_frame(bytes: &[u8]) -> Result<Message, String> {
    read_message_from(bytes).map_err(|e| e.to_string())
}

/// The frame of one message.
pub fn frame(message: &Message) -> Result<Bytes, String> {
    let mut out = Vec::new();
    write_message_to(message, &mut out).map_err(|e| e.to_string())?;
    Ok(Bytes::from(out))
}

fn header_str<'a>(m: &'a Message, name: &str) -> Option<&'a str> {
    m.headers()
        .iter()
        .find(|h| h.name().as_str() == name)
        .and_then(|h| h.value().as_string().ok())
        .map(|s| s.as_str())
}

fn string_header(name: &'static str, value: impl Into<String>) -> Header {
    Header::new(name, HeaderValue::String(value.into().into()))
}

/// What a frame carries, in the union's JSON form.
#[derive(Debug)]
pub enum Decoded {
    /// An event: `{member: value}`.
    Event(Value),
    /// A modeled exception, as an event.
    Exception(Value),
    /// An unmodeled error.
    Error { code: String, message: String },
    /// An event type the union does not have (clients keep it as the
    /// union's unknown variant; servers refuse it).
    Unknown(String),
}

/// Reads one frame's message as the union `union` describes it.
pub fn decode(protocol: Protocol, union: &EventUnion, m: &Message) -> Result<Decoded, String> {
    let kind = header_str(m, ":message-type").ok_or("the frame has no :message-type header")?;
    let (name, error) = match kind {
        "event" => (
            header_str(m, ":event-type").ok_or("the event has no :event-type header")?,
            false,
        ),
        "exception" => (
            header_str(m, ":exception-type")
                .ok_or("the exception has no :exception-type header")?,
            true,
        ),
        "error" => {
            return Ok(Decoded::Error {
                code: header_str(m, ":error-code").unwrap_or("Unknown").to_owned(),
                message: header_str(m, ":error-message")
                    .unwrap_or_default()
                    .to_owned(),
            })
        }
        other => return Err(format!("unknown :message-type '{other}'")),
    };
    let Some(event) = union
        .events
        .iter()
        .find(|e| e.name == name && e.error == error)
    else {
        return Ok(Decoded::Unknown(name.to_owned()));
    };
    let codec = protocol.codec();
    let mut obj = Map::new();
    let payload = m.payload();
    match event.payload {
        EventPayload::Implicit => {
            if !crate::codec::is_empty(codec, payload) {
                match payload_value(codec, event.xml, payload) {
                    Ok(Value::Object(o)) => obj = o,
                    Ok(_) => return Err(format!("the payload of {name} is not a structure")),
                    Err(e) => return Err(format!("the payload of {name}: {e}")),
                }
            }
        }
        EventPayload::Blob(key) => {
            obj.insert(
                key.to_owned(),
                Value::String(aws_smithy_types::base64::encode(payload)),
            );
        }
        EventPayload::Text(key) => {
            let text = std::str::from_utf8(payload)
                .map_err(|_| format!("the payload of {name} is not UTF-8"))?;
            obj.insert(key.to_owned(), Value::String(text.to_owned()));
        }
        EventPayload::Structure(key) => {
            if !payload.is_empty() {
                let v = payload_value(codec, event.xml, payload)
                    .map_err(|e| format!("the payload of {name}: {e}"))?;
                obj.insert(key.to_owned(), v);
            }
        }
    }
    for h in event.headers {
        let Some(header) = m.headers().iter().find(|x| x.name().as_str() == h.name) else {
            continue;
        };
        obj.insert(
            h.key.to_owned(),
            header_to_json(header.value(), h.kind, protocol)
                .ok_or_else(|| format!("header {} of {name} is not a {:?}", h.key, h.kind))?,
        );
    }
    let value = Value::Object(Map::from_iter([(event.key.to_owned(), Value::Object(obj))]));
    Ok(if error {
        Decoded::Exception(value)
    } else {
        Decoded::Event(value)
    })
}

fn header_to_json(v: &HeaderValue, kind: HeaderKind, protocol: Protocol) -> Option<Value> {
    Some(match (kind, v) {
        (HeaderKind::Bool, HeaderValue::Bool(b)) => Value::Bool(*b),
        (HeaderKind::Byte, HeaderValue::Byte(n)) => Value::from(*n),
        (HeaderKind::Short, HeaderValue::Int16(n)) => Value::from(*n),
        (HeaderKind::Integer, HeaderValue::Int32(n)) => Value::from(*n),
        (HeaderKind::Long, HeaderValue::Int64(n)) => Value::from(*n),
        (HeaderKind::Blob, HeaderValue::ByteArray(b)) => {
            Value::String(aws_smithy_types::base64::encode(b))
        }
        (HeaderKind::String, HeaderValue::String(s)) => Value::String(s.as_str().to_owned()),
        (HeaderKind::Timestamp(format), HeaderValue::Timestamp(t)) => {
            let format = if protocol.epoch_timestamps() {
                TimestampFormat::EpochSeconds
            } else {
                format
            };
            crate::json::timestamp_to_json(t, format)
        }
        _ => return None,
    })
}

fn header_from_json(v: &Value, kind: HeaderKind) -> Option<HeaderValue> {
    Some(match kind {
        HeaderKind::Bool => HeaderValue::Bool(v.as_bool()?),
        HeaderKind::Byte => HeaderValue::Byte(i8::try_from(v.as_i64()?).ok()?),
        HeaderKind::Short => HeaderValue::Int16(i16::try_from(v.as_i64()?).ok()?),
        HeaderKind::Integer => HeaderValue::Int32(i32::try_from(v.as_i64()?).ok()?),
        HeaderKind::Long => HeaderValue::Int64(v.as_i64()?),
        HeaderKind::Blob => HeaderValue::ByteArray(Bytes::from(
            aws_smithy_types::base64::decode(v.as_str()?).ok()?,
        )),
        HeaderKind::String => HeaderValue::String(v.as_str()?.to_owned().into()),
        HeaderKind::Timestamp(format) => {
            let t = crate::json::timestamp_from_json(v, &crate::json::Path::ROOT, format)
                .or_else(|_| {
                    crate::json::timestamp_from_json(
                        v,
                        &crate::json::Path::ROOT,
                        TimestampFormat::EpochSeconds,
                    )
                })
                .ok()?;
            HeaderValue::Timestamp(DateTime::from_millis(t.to_millis().ok()?))
        }
    })
}

/// The message of one event (or exception), the union's JSON form
/// `{member: value}`.
pub fn encode(protocol: Protocol, union: &EventUnion, value: &Value) -> Result<Message, String> {
    encode_in(protocol, union, value, None)
}

/// The payload of `event` in CBOR written from the typed union (`typed`:
/// `{member: {...}}`), so blobs stay byte strings and timestamps tagged:
/// the implicit payload (the members that are not headers), or the
/// structure payload. `None` when nothing is in it.
fn cbor_payload(typed: &[u8], event: &Event) -> Result<Option<Vec<u8>>, String> {
    let union = crate::codec::cbor::map_entries(typed).map_err(|e| e.to_string())?;
    let Some((_, inner)) = union.first() else {
        return Ok(None);
    };
    let members = crate::codec::cbor::map_entries(inner).map_err(|e| e.to_string())?;
    Ok(match event.payload {
        EventPayload::Structure(k) => members
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.to_vec()),
        _ => {
            let rest: Vec<(&str, &[u8])> = members
                .iter()
                .filter(|(k, _)| !event.headers.iter().any(|h| h.key == k))
                .map(|(k, v)| (k.as_str(), *v))
                .collect();
            (!rest.is_empty()).then(|| crate::codec::cbor::write_map(&rest))
        }
    })
}

/// [`encode`], with the union's CBOR written from the typed value (`typed`)
/// when the protocol's codec is CBOR.
fn encode_in(
    protocol: Protocol,
    union: &EventUnion,
    value: &Value,
    typed: Option<&[u8]>,
) -> Result<Message, String> {
    let (key, member) = value
        .as_object()
        .and_then(|o| o.iter().next())
        .ok_or("an event must have one member set")?;
    let event = union
        .events
        .iter()
        .find(|e| e.key == key)
        .ok_or_else(|| format!("'{key}' is not an event of the stream"))?;
    let empty = Map::new();
    let obj = member.as_object().unwrap_or(&empty);
    let mut headers = if event.error {
        vec![
            string_header(":message-type", "exception"),
            string_header(":exception-type", event.name),
        ]
    } else {
        vec![
            string_header(":message-type", "event"),
            string_header(":event-type", event.name),
        ]
    };
    let codec = protocol.codec();
    let codec_type = codec_type(protocol);
    let typed = match typed {
        Some(t)
            if matches!(
                event.payload,
                EventPayload::Implicit | EventPayload::Structure(_)
            ) =>
        {
            Some(cbor_payload(t, event)?)
        }
        _ => None,
    };
    let payload: Option<(Bytes, &str)> = match event.payload {
        _ if typed.is_some() => typed.flatten().map(|b| (Bytes::from(b), codec_type)),
        EventPayload::Implicit => {
            let rest: Map<String, Value> = obj
                .iter()
                .filter(|(k, _)| !event.headers.iter().any(|h| h.key == k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            (!rest.is_empty()).then(|| {
                (
                    Bytes::from(payload_bytes(codec, event.xml, &Value::Object(rest))),
                    codec_type,
                )
            })
        }
        EventPayload::Blob(k) => match obj.get(k).and_then(Value::as_str) {
            Some(b64) => Some((
                Bytes::from(
                    aws_smithy_types::base64::decode(b64)
                        .map_err(|_| format!("{k} is not base64 in the JSON form"))?,
                ),
                "application/octet-stream",
            )),
            None => None,
        },
        EventPayload::Text(k) => obj
            .get(k)
            .and_then(Value::as_str)
            .map(|s| (Bytes::from(s.to_owned()), "text/plain")),
        EventPayload::Structure(k) => obj
            .get(k)
            .map(|v| (Bytes::from(payload_bytes(codec, event.xml, v)), codec_type)),
    };
    for h in event.headers {
        if let Some(v) = obj.get(h.key).filter(|v| !v.is_null()) {
            let hv = header_from_json(v, h.kind)
                .ok_or_else(|| format!("{} does not fit a {:?} header", h.key, h.kind))?;
            headers.push(Header::new(h.name, hv));
        }
    }
    let payload = match payload {
        Some((bytes, content_type)) => {
            headers.push(string_header(":content-type", content_type));
            bytes
        }
        None => Bytes::new(),
    };
    let mut m = Message::new(payload);
    for h in headers {
        m = m.add_header(h);
    }
    Ok(m)
}

/// The message of an unmodeled error.
pub fn error_message(code: &str, message: &str) -> Message {
    Message::new(Bytes::new())
        .add_header(string_header(":message-type", "error"))
        .add_header(string_header(":error-code", code.to_owned()))
        .add_header(string_header(":error-message", message.to_owned()))
}

/// How a side treats an event type the union does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownEvents {
    /// Clients: kept as the union's unknown variant (newer services send
    /// events older models do not know).
    Keep,
    /// Servers: the stream fails.
    Refuse,
}

impl<T> EventStream<T>
where
    T: FromJson + ToJson + fmt::Debug + Send + 'static,
{
    /// Typed events from a body of frames, read as they arrive.
    pub fn from_frames(
        body: ByteStream,
        protocol: Protocol,
        union: &'static EventUnion,
        unknown: UnknownEvents,
    ) -> Self {
        let reader = FrameReader::new(body);
        Self::unfold(reader, move |mut reader| async move {
            let item = match reader.next().await? {
                Err(e) => Err(retype(e)),
                Ok(m) => decode_typed::<T>(protocol, union, unknown, &m),
            };
            Some((item, reader))
        })
    }

    /// The frames of these events, framed as they are produced (those ready
    /// at once share a chunk of the body). A modeled exception (sent as an event or as
    /// [`EventStreamError::Exception`]) or an error is the last frame.
    pub fn into_frames(self, protocol: Protocol, union: &'static EventUnion) -> ByteStream {
        let frames = FrameWriter {
            events: self,
            protocol,
            union,
            done: false,
        };
        ByteStream::from_body(http_body_util::StreamBody::new(frames))
    }
}

/// The message an item of a stream travels as, and whether it is the last.
pub fn item_message<T: ToJson + fmt::Debug>(
    protocol: Protocol,
    union: &EventUnion,
    item: EventResult<T>,
) -> (Message, bool) {
    let fail = |e: String| (error_message("InternalFailure", &e), true);
    match item {
        Ok(event) | Err(EventStreamError::Exception(event)) => {
            let typed =
                (protocol.codec() == Codec::Cbor).then(|| crate::codec::encode(protocol, &event));
            match encode_in(protocol, union, &event.to_json(), typed.as_deref()) {
                Ok(m) => {
                    let last = header_str(&m, ":message-type") == Some("exception");
                    (m, last)
                }
                Err(e) => fail(e),
            }
        }
        Err(EventStreamError::Error { code, message }) => (error_message(&code, &message), true),
        Err(e) => fail(e.to_string()),
    }
}

struct FrameWriter<T> {
    events: EventStream<T>,
    protocol: Protocol,
    union: &'static EventUnion,
    done: bool,
}

impl<T> Stream for FrameWriter<T>
where
    T: ToJson + Send + fmt::Debug + 'static,
{
    type Item = Result<http_body::Frame<Bytes>, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        // The frames of the events ready now go as one chunk (up to
        // COALESCE bytes): a chunk per small event would be a write each.
        const COALESCE: usize = 64 * 1024;
        let mut out = Vec::new();
        while !self.done && out.len() < COALESCE {
            let item = match self.events.poll_next_event(cx) {
                Poll::Pending => break,
                Poll::Ready(None) => {
                    self.done = true;
                    break;
                }
                Poll::Ready(Some(item)) => item,
            };
            let (message, last) = item_message(self.protocol, self.union, item);
            self.done = last;
            if let Err(e) = write_message_to(&message, &mut out) {
                self.done = true;
                return Poll::Ready(Some(Err(BoxError::from(e.to_string()))));
            }
        }
        if out.is_empty() {
            return if self.done {
                Poll::Ready(None)
            } else {
                Poll::Pending
            };
        }
        Poll::Ready(Some(Ok(http_body::Frame::data(Bytes::from(out)))))
    }
}

fn retype<T>(e: EventStreamError<Value>) -> EventStreamError<T> {
    match e {
        EventStreamError::Exception(v) => EventStreamError::Frame(format!("exception {v}")),
        EventStreamError::Error { code, message } => EventStreamError::Error { code, message },
        EventStreamError::Frame(m) => EventStreamError::Frame(m),
        EventStreamError::Body(b) => EventStreamError::Body(b),
    }
}

fn typed<T: FromJson>(protocol: Protocol, v: &Value) -> Result<T, String> {
    let cx = crate::json::Ctx::lenient().with_epoch_timestamps(protocol.epoch_timestamps());
    crate::json::parse_lenient_in::<T>(v, cx).map_err(|e| e.to_string())
}

/// One frame as an item of a typed stream.
pub fn decode_typed<T: FromJson>(
    protocol: Protocol,
    union: &EventUnion,
    unknown: UnknownEvents,
    m: &Message,
) -> EventResult<T> {
    match decode(protocol, union, m) {
        Err(e) => Err(EventStreamError::Frame(e)),
        Ok(Decoded::Event(v)) => typed(protocol, &v).map_err(EventStreamError::Frame),
        Ok(Decoded::Exception(v)) => match typed(protocol, &v) {
            Ok(t) => Err(EventStreamError::Exception(t)),
            Err(e) => Err(EventStreamError::Frame(e)),
        },
        Ok(Decoded::Error { code, message }) => Err(EventStreamError::Error { code, message }),
        Ok(Decoded::Unknown(name)) => match unknown {
            UnknownEvents::Keep => {
                // The union's unknown variant: its JSON form is a member
                // the union does not have.
                let v = Value::Object(Map::from_iter([(name.clone(), Value::Object(Map::new()))]));
                typed(protocol, &v)
                    .map_err(|_| EventStreamError::Frame(format!("unknown event type '{name}'")))
            }
            UnknownEvents::Refuse => Err(EventStreamError::Frame(format!(
                "unknown event type '{name}'"
            ))),
        },
    }
}

/// The payload hash a request whose events are signed one by one signs
/// (`x-amz-content-sha256`).
pub const STREAMING_EVENTS: &str = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

/// A body of frames built as a stream: `f(state)` gives the next chunk and
/// the state after it, or `None` at the end.
fn body_unfold<S, F, Fut>(state: S, f: F) -> ByteStream
where
    S: Send + 'static,
    F: FnMut(S) -> Fut + Send + 'static,
    Fut: Future<Output = Option<(Result<Bytes, BoxError>, S)>> + Send + 'static,
{
    let frames = Unfold {
        state: Some(state),
        f,
        pending: None,
    };
    struct Frames<U>(U);
    impl<U: Stream<Item = Result<Bytes, BoxError>> + Unpin> Stream for Frames<U> {
        type Item = Result<http_body::Frame<Bytes>, BoxError>;
        fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Pin::new(&mut self.0)
                .poll_next(cx)
                .map(|o| o.map(|r| r.map(http_body::Frame::data)))
        }
    }
    ByteStream::from_body(http_body_util::StreamBody::new(Frames(frames)))
}

/// The inner frames of a body of signed envelopes, their signatures not
/// checked (a server that does not authenticate its callers): what follows
/// the empty end frame is not read.
pub fn unwrap_frames(signed: ByteStream) -> ByteStream {
    body_unfold(Some(FrameReader::new(signed)), |reader| async move {
        let mut reader = reader?;
        match reader.next().await? {
            Ok(envelope) if envelope.payload().is_empty() => None,
            Ok(envelope) => Some((Ok(envelope.payload().clone()), Some(reader))),
            Err(e) => Some((Err(BoxError::from(e.to_string())), None)),
        }
    })
}

/// The frames of `frames` (as [`EventStream::into_frames`] writes them)
/// each wrapped in a signed envelope (`:date`,
/// `:chunk-signature`, chained from `chain`'s seed, the request's
/// signature), then the signed empty frame that ends the stream.
#[cfg(feature = "client")]
pub(crate) fn sign_frames(frames: ByteStream, chain: crate::aws_chunked::ChunkChain) -> ByteStream {
    body_unfold(
        Some((FrameReader::new(frames), chain)),
        |state| async move {
            let (mut frames, mut chain) = state?;
            let now = std::time::SystemTime::now();
            match frames.next().await {
                Some(Ok(m)) => {
                    let item = chain
                        .sign_event(Some(&m), now)
                        .and_then(|envelope| self::frame(&envelope))
                        .map_err(BoxError::from);
                    Some((item, Some((frames, chain))))
                }
                Some(Err(e)) => Some((Err(BoxError::from(e.to_string())), None)),
                None => {
                    let end = chain
                        .sign_event(None, now)
                        .and_then(|envelope| self::frame(&envelope))
                        .map_err(BoxError::from);
                    Some((end, None))
                }
            }
        },
    )
}

/// The inner frames of a body of signed envelopes, each signature checked
/// against the chain from `chain`'s seed (the request's signature) before
/// its frame goes on: a frame whose signature does not follow (forged,
/// reordered, replayed), a frame after the empty end frame, or a body that
/// ends without it fails the stream.
#[cfg(all(feature = "sigv4", feature = "server"))]
pub(crate) fn verify_frames(
    signed: ByteStream,
    chain: crate::aws_chunked::ChunkChain,
) -> ByteStream {
    let reader = FrameReader::new(signed);
    body_unfold(Some((reader, chain)), |state| async move {
        let (mut reader, mut chain) = state?;
        let fail = |m: String| Some((Err(BoxError::from(m)), None));
        let envelope = match reader.next().await {
            Some(Ok(m)) => m,
            Some(Err(e)) => return fail(e.to_string()),
            None => return fail("the signed event stream ended without its end frame".into()),
        };
        let header = |name: &str| {
            envelope
                .headers()
                .iter()
                .find(|h| h.name().as_str() == name)
                .map(|h| h.value().clone())
        };
        let (Some(HeaderValue::Timestamp(date)), Some(HeaderValue::ByteArray(sig))) =
            (header(":date"), header(":chunk-signature"))
        else {
            return fail("a signed event has no :date or :chunk-signature header".into());
        };
        let Ok(time) = std::time::SystemTime::try_from(date) else {
            return fail("the event's :date is out of range".into());
        };
        let payload = envelope.payload();
        let inner = if payload.is_empty() {
            None
        } else {
            match read_frame(payload) {
                Ok(m) => Some(m),
                Err(e) => return fail(format!("a signed event's payload is not a frame: {e}")),
            }
        };
        let expected = match chain.sign_event(inner.as_ref(), time) {
            Ok(m) => m,
            Err(e) => return fail(e),
        };
        let want = expected
            .headers()
            .iter()
            .find(|h| h.name().as_str() == ":chunk-signature")
            .map(|h| h.value().clone());
        let same = match want {
            Some(HeaderValue::ByteArray(w)) => {
                subtle::ConstantTimeEq::ct_eq(&w[..], &sig[..]).into()
            }
            _ => false,
        };
        if !same {
            return fail("an event's signature does not follow the request's".into());
        }
        match inner {
            Some(_) => Some((Ok(Bytes::copy_from_slice(payload)), Some((reader, chain)))),
            None => match reader.next().await {
                None => None,
                Some(_) => fail("a frame follows the signed end of the event stream".into()),
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    static UNION: EventUnion = EventUnion {
        events: &[
            Event {
                name: "headers",
                key: "headers",
                error: false,
                headers: &[
                    EventHeader {
                        name: "booleanHeader",
                        key: "booleanHeader",
                        kind: HeaderKind::Bool,
                    },
                    EventHeader {
                        name: "byteHeader",
                        key: "byteHeader",
                        kind: HeaderKind::Byte,
                    },
                ],
                payload: EventPayload::Implicit,
                xml: None,
            },
            Event {
                name: "blobPayload",
                key: "blobPayload",
                error: false,
                headers: &[],
                payload: EventPayload::Blob("payload"),
                xml: None,
            },
            Event {
                name: "error",
                key: "error",
                error: true,
                headers: &[],
                payload: EventPayload::Implicit,
                xml: None,
            },
        ],
    };

    fn b64(s: &str) -> Vec<u8> {
        aws_smithy_types::base64::decode(s).unwrap()
    }

    #[test]
    fn a_header_event_is_the_suites_bytes() {
        // restJson1's DuplexBooleanHeaderInput.
        let v = serde_json::json!({"headers": {"booleanHeader": true}});
        let m = encode(Protocol::RestJson1, &UNION, &v).unwrap();
        let want = b64("AAAASwAAADv7Cl8VDTptZXNzYWdlLXR5cGUHAAVldmVudAs6ZXZlbnQtdHlwZQcAB2hlYWRlcnMNYm9vbGVhbkhlYWRlcgC4J9Ws");
        assert_eq!(&frame(&m).unwrap()[..], &want[..]);
        let back = aws_smithy_eventstream::frame::read_message_from(&want[..]).unwrap();
        match decode(Protocol::RestJson1, &UNION, &back).unwrap() {
            Decoded::Event(got) => assert_eq!(got, v),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn exceptions_and_errors_are_told_apart() {
        let want = b64("AAAAdAAAAFObEpkoDTptZXNzYWdlLXR5cGUHAAlleGNlcHRpb24POmV4Y2VwdGlvbi10eXBlBwAFZXJyb3INOmNvbnRlbnQtdHlwZQcAEGFwcGxpY2F0aW9uL2pzb257Im1lc3NhZ2UiOiJmb28ifTua1S8=");
        let v = serde_json::json!({"error": {"message": "foo"}});
        let m = encode(Protocol::RestJson1, &UNION, &v).unwrap();
        assert_eq!(&frame(&m).unwrap()[..], &want[..]);
        let back = aws_smithy_eventstream::frame::read_message_from(&want[..]).unwrap();
        assert!(
            matches!(decode(Protocol::RestJson1, &UNION, &back).unwrap(), Decoded::Exception(x) if x == v)
        );
        let e = error_message("internal-error", "An unknown error occurred.");
        assert!(matches!(
            decode(Protocol::RestJson1, &UNION, &e).unwrap(),
            Decoded::Error { code, .. } if code == "internal-error"
        ));
    }

    #[tokio::test]
    async fn frames_are_read_across_chunks_and_bad_ones_fail() {
        let m = encode(
            Protocol::RestJson1,
            &UNION,
            &serde_json::json!({"blobPayload": {"payload": "aGVsbG8="}}),
        )
        .unwrap();
        let f = frame(&m).unwrap();
        let two: Vec<u8> = [&f[..], &f[..]].concat();
        // One byte a chunk.
        let chunks: Vec<Result<Bytes, BoxError>> =
            two.iter().map(|b| Ok(Bytes::from(vec![*b]))).collect();
        let mut r = FrameReader::new(ByteStream::from_chunks(chunks.into_iter()));
        assert_eq!(r.next().await.unwrap().unwrap(), m);
        assert_eq!(r.next().await.unwrap().unwrap(), m);
        assert!(r.next().await.is_none());
        // Truncated.
        let mut r = FrameReader::new(ByteStream::from(Bytes::copy_from_slice(&f[..f.len() - 1])));
        assert!(matches!(
            r.next().await,
            Some(Err(EventStreamError::Frame(_)))
        ));
        // A bad CRC.
        let mut bad = f.to_vec();
        let n = bad.len();
        bad[n - 1] ^= 1;
        let mut r = FrameReader::new(ByteStream::from(bad.clone()));
        assert!(matches!(
            r.next().await,
            Some(Err(EventStreamError::Frame(_)))
        ));
        // Over the limit: refused from the prelude.
        let mut huge = vec![0u8; 12];
        huge[..4].copy_from_slice(&(MAX_FRAME as u32 + 1).to_be_bytes());
        let mut r = FrameReader::new(ByteStream::from(huge));
        assert!(
            matches!(r.next().await, Some(Err(EventStreamError::Frame(m))) if m.contains("limit"))
        );
        assert!(r.next().await.is_none(), "nothing is read after an error");
        // A bad frame followed by a good one: the error ends the stream.
        let mut bad_first = bad;
        bad_first.extend_from_slice(&f);
        let mut r = FrameReader::new(ByteStream::from(bad_first));
        assert!(matches!(r.next().await, Some(Err(_))));
        assert!(r.next().await.is_none());
    }
}
