//! Where each member of an operation's input, output or error travels, as
//! data: the one binding description of every protocol. An [`HttpOp`] says
//! how a request is routed (its `@http` method and URI pattern for
//! restJson1; `POST /` for the RPC protocols, which route on the operation's
//! name) and where each member goes (URI label, query, header, prefix
//! headers, status code, payload, body). For the RPC protocols (awsJson,
//! rpcv2) nothing is bound: the whole input and output travel in the body
//! ([`Message::BODY`]), except an event stream, which is the body, the
//! other members travelling in its initial message
//! ([`Message::initial_message`]). Generated types crates carry one [`HttpOp`] per
//! operation; servers and clients move values between the HTTP message and
//! the JSON form the generated codecs read and write, so constraint checking
//! and member codecs are the same whatever the protocol. This module also
//! gives the text forms of values in URIs, queries and headers.

use std::fmt::Write as _;

use aws_smithy_types::date_time::DateTime;
use bytes::Bytes;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};

use crate::json::{timestamp_from_json, timestamp_to_json, Path, TimestampFormat};

/// An operation's `@http` trait and its members' bindings.
#[derive(Debug)]
pub struct HttpOp {
    /// The model's operation name.
    pub name: &'static str,
    pub method: &'static str,
    /// The URI pattern: `/bucket/{Bucket}/{Key+}?list-type=2`.
    pub uri: &'static str,
    /// The success status.
    pub code: u16,
    pub input: Message,
    pub output: Message,
    /// The XML protocols' descriptions of the bodies.
    pub xml: Option<&'static crate::codec::message::XmlOp>,
}

/// Where the members of one structure travel.
#[derive(Debug)]
pub struct Message {
    /// Members bound to the URI, query, headers or status.
    pub bindings: &'static [Binding],
    /// The `@httpPayload` member, if any.
    pub payload: Option<Payload>,
    /// Whether unbound members exist: they form a JSON object body.
    pub body: bool,
    /// An input structure without any members (not `Unit`): a server takes
    /// a JSON body (`{}`) with it though nothing travels in it.
    pub empty_structure: bool,
}

impl Message {
    /// The payload is an event stream.
    pub fn streams_events(&self) -> bool {
        self.payload
            .as_ref()
            .is_some_and(|p| p.kind == PayloadKind::Events)
    }

    /// The payload is an event stream and the other members travel in the
    /// stream's initial message (`initial-request` / `initial-response`):
    /// the RPC protocols' event streams, whose body is the stream.
    pub fn initial_message(&self) -> bool {
        self.body && self.streams_events()
    }

    /// A structure without members.
    pub const EMPTY: Message = Message {
        bindings: &[],
        payload: None,
        body: false,
        empty_structure: false,
    };

    /// Every member in the body (the RPC protocols), which is there even
    /// when no member is set.
    pub const BODY: Message = Message {
        bindings: &[],
        payload: None,
        body: true,
        empty_structure: false,
    };

    /// Whether every member travels in the body (nothing is bound).
    pub fn is_body_only(&self) -> bool {
        self.body && self.bindings.is_empty() && self.payload.is_none()
    }

    /// The `Content-Type` a non-empty body of this message carries when the
    /// protocol's codec writes `codec_type`.
    pub fn content_type(&self, codec_type: &'static str) -> Option<&'static str> {
        match &self.payload {
            Some(p) => Some(p.content_type_in(codec_type)),
            None if self.body => Some(codec_type),
            None => None,
        }
    }
}

impl HttpOp {
    /// Whether the operation is bound as the RPC protocols bind every
    /// operation: nothing outside the body.
    pub fn is_rpc(&self) -> bool {
        let rpc =
            |m: &Message| m.bindings.is_empty() && (m.payload.is_none() || m.initial_message());
        self.uri == "/" && rpc(&self.input) && rpc(&self.output)
    }

    /// This operation as an RPC protocol binds it (a service that lists
    /// restJson1 and an RPC protocol): `POST`, every member in the body.
    /// `self` when it is bound so already; otherwise a binding made once
    /// per operation and kept for the life of the process.
    pub fn rpc(&'static self) -> &'static HttpOp {
        use std::collections::HashMap;
        use std::sync::{Mutex, OnceLock};
        if self.is_rpc() {
            return self;
        }
        static MADE: OnceLock<Mutex<HashMap<usize, &'static HttpOp>>> = OnceLock::new();
        let made = MADE.get_or_init(Mutex::default);
        let mut made = made
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let key = std::ptr::from_ref(self) as usize;
        made.entry(key).or_insert_with(|| {
            let has = |m: &Message| m.body || !m.bindings.is_empty() || m.payload.is_some();
            let message = |m: &Message| match &m.payload {
                // The stream stays the body; the other members go in its
                // initial message.
                Some(p) if p.kind == PayloadKind::Events => Message {
                    payload: Some(Payload {
                        key: p.key,
                        kind: PayloadKind::Events,
                        media_type: None,
                    }),
                    ..Message::BODY
                },
                _ if has(m) => Message::BODY,
                _ => Message::EMPTY,
            };
            Box::leak(Box::new(HttpOp {
                name: self.name,
                method: "POST",
                uri: "/",
                code: 200,
                input: message(&self.input),
                output: message(&self.output),
                xml: self.xml,
            }))
        })
    }
}

/// The member bound with `@httpPayload`.
#[derive(Debug)]
pub struct Payload {
    /// The member's key in the structure's JSON form.
    pub key: &'static str,
    pub kind: PayloadKind,
    /// `@mediaType` of the target.
    pub media_type: Option<&'static str>,
}

impl Payload {
    /// The body streams (a `@streaming` blob or an event stream).
    pub fn streams(&self) -> bool {
        matches!(self.kind, PayloadKind::Stream | PayloadKind::Events)
    }

    /// A blob payload without `@mediaType`: any media type will do.
    pub fn takes_any_media_type(&self) -> bool {
        self.media_type.is_none() && matches!(self.kind, PayloadKind::Blob | PayloadKind::Stream)
    }

    /// The `Content-Type` the payload is sent with in a protocol whose
    /// codec writes `codec_type` (structures and unions are the codec's).
    pub fn content_type_in(&self, codec_type: &'static str) -> &'static str {
        match self.kind {
            PayloadKind::Structure | PayloadKind::Json => self.media_type.unwrap_or(codec_type),
            _ => self.content_type(),
        }
    }

    /// The `Content-Type` the payload is sent with (JSON protocols).
    pub fn content_type(&self) -> &'static str {
        self.media_type.unwrap_or(match self.kind {
            PayloadKind::Structure | PayloadKind::Json => "application/json",
            PayloadKind::Blob | PayloadKind::Stream => "application/octet-stream",
            PayloadKind::Events => crate::event_stream::CONTENT_TYPE,
            PayloadKind::Text => "text/plain",
        })
    }
}

/// What an `@httpPayload` member is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    /// A structure: the body is its JSON. A client sends `{}` for an unset
    /// one, so a server reads `{}` (or nothing) as unset.
    Structure,
    /// A union or document: the body is its JSON; nothing is sent for an
    /// unset one.
    Json,
    /// A blob: the body is its bytes.
    Blob,
    /// A `@streaming` blob: the body streams, it is never in the JSON form.
    Stream,
    /// A `@streaming` union: the body is a stream of event-stream frames
    /// ([`crate::event_stream`]), never in the JSON form.
    Events,
    /// A string or string enum: the body is its UTF-8 text.
    Text,
}

/// One member bound outside the body.
#[derive(Debug)]
pub struct Binding {
    /// The member's key in the structure's JSON form.
    pub key: &'static str,
    pub loc: Loc,
    /// The value's kind (the element's for lists, the value's for maps).
    pub scalar: Scalar,
    /// A list (or, for `QueryParams`, a map of lists).
    pub list: bool,
    /// The member is `@required`.
    pub required: bool,
}

/// Where a bound member travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loc {
    /// `@httpLabel`: the URI label of this (member) name.
    Label(&'static str),
    /// `@httpQuery(name)`.
    Query(&'static str),
    /// `@httpQueryParams`: every other query parameter.
    QueryParams,
    /// `@httpHeader(name)`.
    Header(&'static str),
    /// `@httpPrefixHeaders(prefix)`.
    PrefixHeaders(&'static str),
    /// `@httpResponseCode`.
    ResponseCode,
}

/// A bound value's kind, which decides its text form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    String,
    /// A string with `@mediaType`: base64 in a header.
    MediaString,
    Bool,
    Integer,
    Float,
    /// A timestamp: `text` in the HTTP message, `json` in the JSON form.
    Timestamp {
        text: TimestampFormat,
        json: TimestampFormat,
    },
    /// A blob: base64 text.
    Blob,
    /// A bigInteger or bigDecimal.
    Big,
}

/// Characters percent-encoded in labels and query strings: everything but
/// RFC 3986 unreserved characters.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes a label or query value; a greedy label keeps its `/`.
pub fn encode(text: &str, greedy: bool) -> String {
    if greedy {
        let parts: Vec<String> = text
            .split('/')
            .map(|p| utf8_percent_encode(p, ENCODE).to_string())
            .collect();
        parts.join("/")
    } else {
        utf8_percent_encode(text, ENCODE).to_string()
    }
}

/// Percent-decodes a URI component; `None` when the result is not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// Decodes a query string component (`+` is a space there).
pub fn decode_query(text: &str) -> Option<String> {
    decode(&text.replace('+', " "))
}

/// A URI pattern, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UriPattern {
    pub path: Vec<Segment>,
    /// Literal query parts: `key` or `key=value`.
    pub query: Vec<(String, Option<String>)>,
}

/// One `/`-separated part of a URI pattern's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Literal(String),
    Label(String),
    Greedy(String),
}

impl UriPattern {
    /// Splits `/a/{b}/{c+}?x=y&z`.
    pub fn parse(uri: &str) -> UriPattern {
        let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
        let path = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(l) => match l.strip_suffix('+') {
                        Some(g) => Segment::Greedy(g.to_owned()),
                        None => Segment::Label(l.to_owned()),
                    },
                    None => Segment::Literal(s.to_owned()),
                },
            )
            .collect();
        let query = query
            .split('&')
            .filter(|s| !s.is_empty())
            .map(|kv| match kv.split_once('=') {
                Some((k, v)) => (k.to_owned(), Some(v.to_owned())),
                None => (kv.to_owned(), None),
            })
            .collect();
        UriPattern { path, query }
    }

    /// Whether `path` (percent-encoded as it arrived) fits the pattern: each
    /// literal segment equal once decoded, a label any one segment (an
    /// empty one too), a greedy label one or more characters over any
    /// number of segments.
    pub fn matches_path(&self, path: &str) -> bool {
        let rest = path.strip_prefix('/').unwrap_or(path);
        let segs: Vec<&str> = if rest.is_empty() {
            Vec::new()
        } else {
            rest.split('/').collect()
        };
        let literal = |seg: &str, l: &str| {
            if seg.contains('%') {
                decode(seg).is_some_and(|d| d == l)
            } else {
                seg == l
            }
        };
        let mut i = 0;
        for (n, s) in self.path.iter().enumerate() {
            match s {
                Segment::Literal(l) => {
                    if !segs.get(i).is_some_and(|seg| literal(seg, l)) {
                        return false;
                    }
                    i += 1;
                }
                Segment::Label(_) => {
                    if segs.get(i).is_none() {
                        return false;
                    }
                    i += 1;
                }
                Segment::Greedy(_) => {
                    let after = self.path.len() - n - 1;
                    let Some(end) = segs.len().checked_sub(after) else {
                        return false;
                    };
                    if end <= i || segs[i..end].iter().all(|s| s.is_empty()) {
                        return false;
                    }
                    i = end;
                }
            }
        }
        i == segs.len()
    }

    /// The label values of `path` (percent-encoded as it arrived), by label
    /// name, decoded; `None` when the path does not fit the pattern.
    pub fn labels(&self, path: &str) -> Option<Vec<(String, String)>> {
        let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let segs = if segs == [""] { Vec::new() } else { segs };
        let mut out = Vec::new();
        let mut i = 0;
        for (n, s) in self.path.iter().enumerate() {
            match s {
                Segment::Literal(l) => {
                    if decode(segs.get(i)?)? != *l {
                        return None;
                    }
                    i += 1;
                }
                Segment::Label(name) => {
                    out.push((name.clone(), decode(segs.get(i)?)?));
                    i += 1;
                }
                Segment::Greedy(name) => {
                    // The segments after the greedy label are literals.
                    let rest = self.path.len() - n - 1;
                    let end = segs.len().checked_sub(rest)?;
                    if end <= i {
                        return None;
                    }
                    let joined = segs[i..end].join("/");
                    out.push((name.clone(), decode(&joined)?));
                    i = end;
                }
            }
        }
        (i == segs.len()).then_some(out)
    }
}

/// The text of a bound value in the HTTP message, from its JSON form.
pub fn to_text(scalar: Scalar, v: &Value, in_header: bool) -> Option<String> {
    Some(match (scalar, v) {
        (Scalar::MediaString, Value::String(s)) if in_header => {
            aws_smithy_types::base64::encode(s.as_bytes())
        }
        (_, Value::String(s)) if !matches!(scalar, Scalar::Timestamp { .. }) => s.clone(),
        (Scalar::Timestamp { text, json }, v) => {
            let t = timestamp_from_json(v, &Path::ROOT, json).ok()?;
            timestamp_text(&t, text)
        }
        (_, Value::Bool(b)) => b.to_string(),
        (_, Value::Number(n)) => n.to_string(),
        _ => return None,
    })
}

fn timestamp_text(t: &DateTime, format: TimestampFormat) -> String {
    match timestamp_to_json(t, format) {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Why a bound value's text was refused.
pub type TextError = String;

/// The JSON form of a bound value from its text in the HTTP message.
pub fn from_text(scalar: Scalar, text: &str, in_header: bool) -> Result<Value, TextError> {
    let bad = |what: &str| format!("'{text}' is not {what}");
    Ok(match scalar {
        Scalar::String => Value::String(text.to_owned()),
        Scalar::MediaString if in_header => {
            let bytes = aws_smithy_types::base64::decode(text).map_err(|_| bad("base64 text"))?;
            Value::String(String::from_utf8(bytes).map_err(|_| bad("base64 of UTF-8 text"))?)
        }
        Scalar::MediaString => Value::String(text.to_owned()),
        Scalar::Bool => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(bad("a boolean")),
        },
        Scalar::Integer => {
            let digits = text.strip_prefix('-').unwrap_or(text);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad("an integer"));
            }
            let n: i64 = text.parse().map_err(|_| bad("a 64-bit integer"))?;
            Value::from(n)
        }
        Scalar::Float => match text {
            "NaN" | "Infinity" | "-Infinity" => Value::String(text.to_owned()),
            _ => number(text).ok_or_else(|| bad("a number"))?,
        },
        Scalar::Big => number(text).ok_or_else(|| bad("a number"))?,
        Scalar::Timestamp { text: tf, json } => {
            let t = match tf {
                TimestampFormat::EpochSeconds => {
                    let n = number(text).ok_or_else(|| bad("epoch seconds"))?;
                    timestamp_from_json(&n, &Path::ROOT, tf)
                }
                // In text, a date-time must be in UTC.
                _ => crate::json::timestamp_from_text(text, tf),
            }
            .map_err(|_| bad("a timestamp in the expected format"))?;
            timestamp_to_json(&t, json)
        }
        Scalar::Blob => {
            aws_smithy_types::base64::decode(text).map_err(|_| bad("base64 text"))?;
            Value::String(text.to_owned())
        }
    })
}

/// A JSON number from decimal text (no hex, no `+`, no trailing characters).
fn number(text: &str) -> Option<Value> {
    let ok = text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'e' | b'E' | b'+'));
    if !ok || text.starts_with('+') {
        return None;
    }
    serde_json::from_str::<serde_json::Number>(text)
        .ok()
        .map(Value::Number)
}

/// Splits a header list: comma-separated, with `"quoted, values"`; an
/// http-date list splits at every other comma (dates contain one).
pub fn split_header(value: &str, scalar: Scalar) -> Result<Vec<String>, TextError> {
    if matches!(
        scalar,
        Scalar::Timestamp {
            text: TimestampFormat::HttpDate,
            ..
        }
    ) {
        let parts: Vec<&str> = value.split(',').collect();
        if !parts.len().is_multiple_of(2) {
            return Err(format!("'{value}' is not a list of HTTP dates"));
        }
        return Ok(parts
            .chunks(2)
            .map(|c| format!("{},{}", c[0].trim(), c[1]).trim().to_owned())
            .collect());
    }
    let mut out = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            chars.next();
        }
        let mut item = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('\\') => item.extend(chars.next()),
                    Some('"') => break,
                    Some(c) => item.push(c),
                    None => return Err(format!("'{value}' has an unterminated quoted string")),
                }
            }
            while chars.peek().is_some_and(|c| *c != ',') {
                chars.next();
            }
        } else {
            while let Some(c) = chars.peek().filter(|c| **c != ',') {
                item.push(*c);
                chars.next();
            }
            item = item.trim().to_owned();
        }
        out.push(item);
        if chars.next().is_none() {
            break;
        }
    }
    Ok(out)
}

/// Joins a header list, quoting items that hold a comma or a quote.
pub fn join_header(items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if item.contains(',') || item.contains('"') || item.trim() != item {
            out.push('"');
            for c in item.chars() {
                if c == '"' || c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push('"');
        } else {
            out.push_str(item);
        }
    }
    out
}

/// The header value of a bound member's JSON form (`None` for null or an
/// empty list's absence).
pub fn header_text(b: &Binding, v: &Value) -> Option<String> {
    if b.list {
        let items = v.as_array()?;
        let texts: Vec<String> = items
            .iter()
            .filter_map(|i| to_text(b.scalar, i, true))
            .collect();
        // http-dates carry commas of their own and are never quoted.
        if matches!(
            b.scalar,
            Scalar::Timestamp {
                text: TimestampFormat::HttpDate,
                ..
            }
        ) {
            return Some(texts.join(", "));
        }
        return Some(join_header(&texts));
    }
    to_text(b.scalar, v, true)
}

/// The JSON form of a header-bound member from its header values.
pub fn header_value(b: &Binding, values: &[&str]) -> Result<Value, TextError> {
    if b.list {
        let mut items = Vec::new();
        for v in values.iter().filter(|v| !v.trim().is_empty()) {
            for item in split_header(v, b.scalar)? {
                items.push(from_text(b.scalar, &item, true)?);
            }
        }
        return Ok(Value::Array(items));
    }
    let joined = values.join(", ");
    from_text(b.scalar, joined.trim(), true)
}

/// The query parameters of a bound member's JSON form, appended to `out`
/// (`k=v&...`, encoded).
pub fn query_pairs(b: &Binding, v: &Value, out: &mut Vec<(String, String)>) {
    match b.loc {
        Loc::Query(name) => {
            let items = match v {
                Value::Array(items) => items.iter().collect(),
                v => vec![v],
            };
            for i in items {
                if let Some(t) = to_text(b.scalar, i, false) {
                    out.push((name.to_owned(), t));
                }
            }
        }
        Loc::QueryParams => {
            for (k, x) in v.as_object().into_iter().flatten() {
                let items = match x {
                    Value::Array(items) => items.iter().collect(),
                    x => vec![x],
                };
                for i in items {
                    if let Some(t) = to_text(b.scalar, i, false) {
                        out.push((k.clone(), t));
                    }
                }
            }
        }
        _ => {}
    }
}

/// `k=v&k2=v2`, each part encoded.
pub fn query_string(pairs: &[(String, String)]) -> String {
    let mut s = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            s.push('&');
        }
        let _ = write!(s, "{}={}", encode(k, false), encode(v, false));
    }
    s
}

/// The decoded `(key, value)` pairs of a query string; `None` when a part
/// is not UTF-8 once decoded.
pub fn parse_query(query: &str) -> Option<Vec<(String, String)>> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Some((decode_query(k)?, decode_query(v)?))
        })
        .collect()
}

/// Reads the query-bound members of a request into `obj` (JSON form).
pub fn read_query(
    bindings: &[Binding],
    pairs: &[(String, String)],
    obj: &mut Map<String, Value>,
) -> Result<(), TextError> {
    for b in bindings {
        match b.loc {
            Loc::Query(name) => {
                let values: Vec<&str> = pairs
                    .iter()
                    .filter(|(k, _)| k == name)
                    .map(|(_, v)| v.as_str())
                    .collect();
                if values.is_empty() {
                    continue;
                }
                let v = if b.list {
                    let items = values.iter().map(|t| from_text(b.scalar, t, false));
                    Value::Array(items.collect::<Result<_, _>>()?)
                } else {
                    from_text(b.scalar, values[0], false)?
                };
                obj.insert(b.key.to_owned(), v);
            }
            Loc::QueryParams => {
                let mut map = Map::new();
                // Servers put every parameter in the map, named ones too.
                for (k, t) in pairs {
                    let x = from_text(b.scalar, t, false)?;
                    if b.list {
                        let e = map
                            .entry(k.clone())
                            .or_insert_with(|| Value::Array(Vec::new()));
                        if let Value::Array(a) = e {
                            a.push(x);
                        }
                    } else {
                        map.entry(k.clone()).or_insert(x);
                    }
                }
                if !map.is_empty() {
                    obj.insert(b.key.to_owned(), Value::Object(map));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Reads the header-bound members of a message into `obj` (JSON form).
pub fn read_headers(
    bindings: &[Binding],
    headers: &http::HeaderMap,
    obj: &mut Map<String, Value>,
) -> Result<(), TextError> {
    for b in bindings {
        match b.loc {
            Loc::Header(name) => {
                let values: Vec<&str> = headers
                    .get_all(name)
                    .iter()
                    .map(|v| v.to_str().map_err(|_| format!("header {name} is not text")))
                    .collect::<Result<_, _>>()?;
                if values.is_empty() {
                    continue;
                }
                obj.insert(b.key.to_owned(), header_value(b, &values)?);
            }
            Loc::PrefixHeaders(prefix) => {
                let mut map = Map::new();
                for (k, v) in headers {
                    let Some(rest) = strip_prefix_ci(k.as_str(), prefix) else {
                        continue;
                    };
                    let v = v.to_str().map_err(|_| format!("header {k} is not text"))?;
                    map.insert(rest.to_owned(), from_text(b.scalar, v, true)?);
                }
                if !map.is_empty() {
                    obj.insert(b.key.to_owned(), Value::Object(map));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn strip_prefix_ci<'a>(name: &'a str, prefix: &str) -> Option<&'a str> {
    let head = name.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &name[prefix.len()..])
}

/// Writes the header-bound members of `obj` (JSON form) as headers.
pub fn write_headers(
    bindings: &[Binding],
    obj: &Map<String, Value>,
    headers: &mut http::HeaderMap,
) -> Result<(), TextError> {
    use http::header::{HeaderName, HeaderValue};
    let put = |headers: &mut http::HeaderMap, name: &str, text: String| -> Result<(), TextError> {
        let n = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| format!("'{name}' is not a header name"))?;
        let v = HeaderValue::from_str(&text)
            .map_err(|_| format!("the value of header {name} is not valid header text"))?;
        headers.append(n, v);
        Ok(())
    };
    // Prefix headers first: a member bound to a header of its own wins.
    for b in bindings {
        let Some(v) = obj.get(b.key).filter(|v| !v.is_null()) else {
            continue;
        };
        if let Loc::PrefixHeaders(prefix) = b.loc {
            for (k, x) in v.as_object().into_iter().flatten() {
                if let Some(t) = to_text(b.scalar, x, true) {
                    put(headers, &format!("{prefix}{k}"), t)?;
                }
            }
        }
    }
    for b in bindings {
        let Some(v) = obj.get(b.key).filter(|v| !v.is_null()) else {
            continue;
        };
        if let Loc::Header(name) = b.loc {
            if let Some(t) = header_text(b, v) {
                headers.remove(name);
                put(headers, name, t)?;
            }
        }
    }
    Ok(())
}

/// The request path and query for `op` from its input's JSON form:
/// labels filled in (encoded), literal and bound query parameters.
pub fn request_uri(op: &HttpOp, obj: &Map<String, Value>) -> Result<String, TextError> {
    let pattern = UriPattern::parse(op.uri);
    let mut path = String::new();
    let label = |name: &str| {
        op.input
            .bindings
            .iter()
            .find(|b| matches!(b.loc, Loc::Label(n) if n == name))
            .and_then(|b| Some((b, obj.get(b.key)?)))
            .and_then(|(b, v)| to_text(b.scalar, v, false))
            .ok_or_else(|| format!("the label {name} of {} is not set", op.name))
    };
    for s in &pattern.path {
        path.push('/');
        match s {
            Segment::Literal(l) => path.push_str(l),
            Segment::Label(name) => {
                let t = label(name)?;
                if t.is_empty() {
                    return Err(format!("the label {name} of {} is empty", op.name));
                }
                path.push_str(&encode(&t, false));
            }
            Segment::Greedy(name) => {
                let t = label(name)?;
                let t = t.trim_start_matches('/');
                if t.is_empty() {
                    return Err(format!("the label {name} of {} is empty", op.name));
                }
                path.push_str(&encode(t, true));
            }
        }
    }
    if path.is_empty() || (op.uri.ends_with('/') && !path.ends_with('/')) {
        path.push('/');
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    let literal: Vec<String> = pattern
        .query
        .iter()
        .map(|(k, v)| match v {
            Some(v) => format!("{}={}", encode(k, false), encode(v, false)),
            None => encode(k, false),
        })
        .collect();
    let named: Vec<&str> = op
        .input
        .bindings
        .iter()
        .filter_map(|b| match b.loc {
            Loc::Query(n) => Some(n),
            _ => None,
        })
        .collect();
    // `@httpQuery` members first; `@httpQueryParams` do not repeat them.
    let mut bindings: Vec<&Binding> = op.input.bindings.iter().collect();
    bindings.sort_by_key(|b| b.loc == Loc::QueryParams);
    for b in bindings {
        if let Some(v) = obj.get(b.key).filter(|v| !v.is_null()) {
            let before = pairs.len();
            query_pairs(b, v, &mut pairs);
            if b.loc == Loc::QueryParams {
                let mut i = before;
                while i < pairs.len() {
                    if named.contains(&pairs[i].0.as_str())
                        || pattern.query.iter().any(|(k, _)| *k == pairs[i].0)
                    {
                        pairs.remove(i);
                    } else {
                        i += 1;
                    }
                }
            }
        }
    }
    let mut query = literal.join("&");
    let bound = query_string(&pairs);
    if !bound.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&bound);
    }
    if !query.is_empty() {
        path.push('?');
        path.push_str(&query);
    }
    Ok(path)
}

/// The bytes of a non-streaming payload's JSON form.
pub fn payload_bytes(p: &Payload, v: Option<&Value>) -> Result<Bytes, String> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        // Nothing set is no body.
        return Ok(Bytes::new());
    };
    Ok(match (p.kind, v) {
        (PayloadKind::Blob, Value::String(s)) => Bytes::from(
            aws_smithy_types::base64::decode(s).map_err(|e| format!("invalid blob: {e}"))?,
        ),
        (PayloadKind::Text, Value::String(s)) => Bytes::from(s.clone()),
        (_, v) => Bytes::from(serde_json::to_vec(v).unwrap_or_default()),
    })
}

/// The members of `obj` the message sends in its JSON body.
pub fn body_members(msg: &Message, obj: &Map<String, Value>) -> Map<String, Value> {
    obj.iter()
        .filter(|(k, _)| {
            !msg.bindings.iter().any(|b| b.key == k.as_str())
                && msg.payload.as_ref().is_none_or(|p| p.key != k.as_str())
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn labels_and_greedy_labels() {
        let p = UriPattern::parse("/a/{b}/{c+}/d?x=y&z");
        assert_eq!(
            p.query,
            vec![("x".into(), Some("y".into())), ("z".into(), None)]
        );
        assert_eq!(
            p.labels("/a/one%20two/x/y/z/d").unwrap(),
            vec![("b".into(), "one two".into()), ("c".into(), "x/y/z".into())]
        );
        assert!(p.labels("/a/b/d").is_none());
        assert!(p.labels("/b/x/y/d").is_none());
        let root = UriPattern::parse("/");
        assert_eq!(root.labels("/").unwrap(), vec![]);
    }

    #[test]
    fn header_lists() {
        let s = Scalar::String;
        assert_eq!(split_header("a, b,c", s).unwrap(), vec!["a", "b", "c"]);
        assert_eq!(
            split_header(r#""b,c", "\"quoted\"", d"#, s).unwrap(),
            vec!["b,c", "\"quoted\"", "d"]
        );
        let items = vec!["a".to_owned(), "b,c".to_owned(), "\"q\"".to_owned()];
        assert_eq!(split_header(&join_header(&items), s).unwrap(), items);
        let dates = Scalar::Timestamp {
            text: TimestampFormat::HttpDate,
            json: TimestampFormat::EpochSeconds,
        };
        assert_eq!(
            split_header(
                "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT",
                dates
            )
            .unwrap()
            .len(),
            2
        );
    }

    #[test]
    fn texts() {
        assert_eq!(
            from_text(Scalar::Integer, "-12", false).unwrap(),
            json!(-12)
        );
        for bad in ["1.5", "0x1", "", "+1", "1a", "true"] {
            assert!(from_text(Scalar::Integer, bad, false).is_err(), "{bad}");
        }
        assert_eq!(
            from_text(Scalar::Float, "NaN", false).unwrap(),
            json!("NaN")
        );
        assert!(from_text(Scalar::Float, "0x1", false).is_err());
        assert!(from_text(Scalar::Bool, "True", false).is_err());
        assert_eq!(
            from_text(Scalar::MediaString, "dHJ1ZQ==", true).unwrap(),
            json!("true")
        );
        let ts = Scalar::Timestamp {
            text: TimestampFormat::HttpDate,
            json: TimestampFormat::EpochSeconds,
        };
        let v = from_text(ts, "Mon, 16 Dec 2019 23:48:18 GMT", true).unwrap();
        assert_eq!(v, json!(1576540098));
        assert_eq!(
            to_text(ts, &v, true).unwrap(),
            "Mon, 16 Dec 2019 23:48:18 GMT"
        );
    }
}
