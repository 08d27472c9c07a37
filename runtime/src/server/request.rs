//! The request half of the pipeline: read, authenticate, route, decode.
//! What comes out is the input's JSON form (the body's members and the
//! bound ones), which [`super::invoke`] parses and checks.

use std::time::Instant;

use aws_smithy_http_server::body::BoxBody;
use bytes::Buf;
use http::header::{ACCEPT, CONTENT_TYPE};
use http_body_util::BodyExt as _;
use serde_json::{Map, Value};

use super::body::{decode_content, read_whole_body};
use super::routes::Routes;
use super::{authenticate, log, Call, Config, Context};
use crate::aws_chunked;
use crate::binding::{self, HttpOp, Loc, Message, PayloadKind, UriPattern};
use crate::codec::{self, Codec};
use crate::error::WireError;
use crate::protocol::{Protocol, Routing};
use crate::stream::{BoxError, ByteStream};

/// A request that reached an operation: its input's JSON form, its
/// streaming payload, and its context.
#[derive(Debug)]
pub struct Accepted<Op> {
    op: Op,
    input: Value,
    stream: Option<ByteStream>,
    cx: Context,
    call: Call,
}

impl<Op> Accepted<Op> {
    /// The operation, the input's JSON form, the streaming payload, the
    /// handler's context, and what [`super::respond`] needs.
    pub fn into_parts(self) -> (Op, Value, Option<ByteStream>, Context, Call) {
        (self.op, self.input, self.stream, self.cx, self.call)
    }
}

/// Reads a request into the input of the operation it calls. Anything that
/// is not a well-formed, authenticated call of a known operation becomes the
/// error response to send, in the request's protocol.
///
/// The order is fixed: the body is read (bounded by `config.body_limit`;
/// a streaming payload is left to the operation) and the caller
/// authenticated before anything about routes, media types, labels or the
/// body is answered. The route is looked up first only to know whether the
/// operation streams its payload.
pub async fn accept<B, Op>(
    routes: &Routes<Op>,
    config: &Config,
    req: http::Request<B>,
) -> Result<Accepted<Op>, http::Response<BoxBody>>
where
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
    Op: Clone,
{
    let started = Instant::now();
    let request_id = uuid::Uuid::new_v4().to_string();
    let (mut parts, body) = req.into_parts();
    super::virtual_host(config, &mut parts);
    let (mut parts, routed) = routes.route(parts);
    let protocol = match &routed {
        Ok(r) => r.protocol,
        Err((p, _)) => *p,
    };
    // The service's XML settings (whether restXml errors are wrapped).
    let xml = routes.xml();
    let reject = |e: WireError, id: &str| {
        let resp = super::response::error_response_in(protocol, xml, &e, id, &[]);
        log(&e.code, "-", resp.status().as_u16(), started, id);
        resp
    };
    if protocol.routing() == Routing::Query {
        return accept_form(routes, config, parts, body, protocol, started, request_id).await;
    }
    let anonymous = routed.as_ref().is_ok_and(|r| r.anonymous);
    let streams = routed.as_ref().is_ok_and(|r| {
        r.binding
            .input
            .payload
            .as_ref()
            .is_some_and(binding::Payload::streams)
    });
    // A streaming payload is left to the operation, unless the caller's
    // signature covers its hash undeclared: then it is read first.
    let read_first = streams
        && config
            .authenticate
            .as_ref()
            .is_some_and(|a| a.reads_streamed_body(&parts));
    let (bytes, stream, caller) = if streams && !read_first {
        let caller = match authenticate(config, &parts, None, anonymous) {
            Ok(c) => c,
            Err(e) => return Err(reject(e, &request_id)),
        };
        let body = body
            .map_frame(|f| f.map_data(|mut d| d.copy_to_bytes(d.remaining())))
            .map_err(Into::into);
        let mut stream = ByteStream::from_body(body);
        let signed_events = parts
            .headers
            .get("x-amz-content-sha256")
            .is_some_and(|v| v == crate::event_stream::STREAMING_EVENTS);
        if let (Some(a), Some(_)) = (&config.authenticate, &caller) {
            stream = a.check_stream(&parts, stream);
        } else if signed_events {
            // No caller to check the events' signatures against: the
            // envelopes are opened unchecked.
            stream = crate::event_stream::unwrap_frames(stream);
        }
        if aws_chunked::is_chunked(&parts.headers) {
            match chunked(config, &mut parts, caller.is_some()) {
                Ok(d) => stream = aws_chunked::decode(stream, d),
                Err(e) => return Err(reject(e, &request_id)),
            }
        }
        (None, Some(stream), caller)
    } else if read_first {
        let body = body.map_err(|e| -> BoxError { e.into() });
        let bytes = match read_whole_body(body, config.body_limit).await {
            Ok(b) => b,
            Err(e) => return Err(reject(e, &request_id)),
        };
        let caller = match authenticate(config, &parts, Some(&bytes), anonymous) {
            Ok(c) => c,
            Err(e) => return Err(reject(e, &request_id)),
        };
        (None, Some(ByteStream::from(bytes)), caller)
    } else {
        let body = body.map_err(|e| -> BoxError { e.into() });
        let bytes = match read_whole_body(body, config.body_limit).await {
            Ok(b) => b,
            Err(e) => return Err(reject(e, &request_id)),
        };
        let caller = match authenticate(config, &parts, Some(&bytes), anonymous) {
            Ok(c) => c,
            Err(e) => return Err(reject(e, &request_id)),
        };
        let bytes = if aws_chunked::is_chunked(&parts.headers) {
            let decoded = match chunked(config, &mut parts, caller.is_some()) {
                Ok(d) => aws_chunked::decode_bytes(bytes, d).await,
                Err(e) => return Err(reject(e, &request_id)),
            };
            match decoded {
                Ok(b) => b,
                Err(e) => return Err(reject(chunk_error(&e.to_string()), &request_id)),
            }
        } else {
            bytes
        };
        (Some(bytes), None, caller)
    };
    let routed = match routed {
        Ok(r) => r,
        Err((_, e)) => return Err(reject(e, &request_id)),
    };
    let spec = routed.binding;
    let mut input = match decode(spec, protocol, &parts, bytes, config.body_limit) {
        Ok(v) => v,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let stream = match stream {
        Some(s) if spec.input.initial_message() => {
            match initial_request(protocol, s, &mut input).await {
                Ok(rest) => Some(rest),
                Err(e) => return Err(reject(e, &request_id)),
            }
        }
        s => s,
    };
    Ok(Accepted {
        op: routed.op,
        input,
        stream,
        call: Call {
            protocol,
            binding: spec,
            request_id: request_id.clone(),
            operation: spec.name,
            started,
        },
        cx: Context {
            request_id,
            operation: spec.name,
            caller,
            parts,
        },
    })
}

/// The RPC protocols' input event stream opens with an `initial-request`
/// event holding the input's other members, which go into `input`; the
/// frames after it are the stream. A stream that opens with another frame
/// has none (the members are unset). A first frame that cannot be read is
/// a `SerializationException`; a broken signature chain, the verifier's
/// error.
async fn initial_request(
    protocol: Protocol,
    stream: ByteStream,
    input: &mut Value,
) -> Result<ByteStream, WireError> {
    use crate::event_stream::{read_initial, EventStreamError, INITIAL_REQUEST};
    let (members, rest) = match read_initial(stream, INITIAL_REQUEST).await {
        Ok(read) => read,
        Err(EventStreamError::Body(e)) => {
            return Err(WireError::plain(
                403,
                "InvalidSignatureException",
                format!("the event stream's initial-request: {e}"),
            ))
        }
        Err(e) => {
            return Err(WireError::serialization(format!(
                "the event stream's initial-request: {e}"
            )))
        }
    };
    if let Some(bytes) = members {
        crate::event_stream::merge_initial(protocol, &bytes, input)?;
    }
    Ok(rest)
}

/// How to decode a request's `aws-chunked` body: what its headers say,
/// with the authenticator's check of the chunk signatures when the caller
/// was authenticated. `aws-chunked` leaves the request's
/// `Content-Encoding` (the body handed on is decoded).
fn chunked(
    config: &Config,
    parts: &mut http::request::Parts,
    authenticated: bool,
) -> Result<aws_chunked::Decoding, WireError> {
    let mut decoding =
        aws_chunked::Decoding::from_headers(&parts.headers).map_err(|m| chunk_error(&m))?;
    if authenticated {
        decoding.verifier = config
            .authenticate
            .as_ref()
            .and_then(|a| a.chunk_verifier(parts));
    }
    let rest: Vec<String> = parts
        .headers
        .get_all(http::header::CONTENT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty() && !e.eq_ignore_ascii_case("aws-chunked"))
        .map(str::to_owned)
        .collect();
    parts.headers.remove(http::header::CONTENT_ENCODING);
    if !rest.is_empty() {
        if let Ok(v) = http::HeaderValue::from_str(&rest.join(", ")) {
            parts.headers.insert(http::header::CONTENT_ENCODING, v);
        }
    }
    Ok(decoding)
}

/// An `aws-chunked` body that does not decode: S3's `InvalidRequest`-class
/// 400, or the signature error a client understands.
fn chunk_error(message: &str) -> WireError {
    if message.contains("signature") && message.contains("match") {
        WireError::plain(403, "SignatureDoesNotMatch", message)
    } else if message.contains("did not match the calculated checksum") {
        WireError::plain(400, "BadDigest", message)
    } else {
        WireError::plain(400, "InvalidRequest", message)
    }
}

/// [`accept`] for the query protocols, whose form body names the
/// operation: the body is read and the operation found in it, then the
/// caller authenticated (the operation decides whether credentials are
/// needed), then the input decoded.
async fn accept_form<B, Op>(
    routes: &Routes<Op>,
    config: &Config,
    parts: http::request::Parts,
    body: B,
    protocol: Protocol,
    started: Instant,
    request_id: String,
) -> Result<Accepted<Op>, http::Response<BoxBody>>
where
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
    Op: Clone,
{
    let reject = |e: WireError, id: &str| {
        let resp = super::error_response(protocol, &e, id, &[]);
        log(&e.code, "-", resp.status().as_u16(), started, id);
        resp
    };
    let body = body.map_err(|e| -> BoxError { e.into() });
    let bytes = match read_whole_body(body, config.body_limit).await {
        Ok(b) => b,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let routed = decode_content(&parts.headers, bytes.clone(), config.body_limit, false)
        .and_then(|form| routes.route_form(&parts, protocol, &form.body));
    let anonymous = routed.as_ref().is_ok_and(|r| r.anonymous);
    let caller = match authenticate(config, &parts, Some(&bytes), anonymous) {
        Ok(c) => c,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let routed = match routed {
        Ok(r) => r,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let spec = routed.binding;
    let input = match decode(spec, protocol, &parts, Some(bytes), config.body_limit) {
        Ok(v) => v,
        Err(e) => return Err(reject(e, &request_id)),
    };
    Ok(Accepted {
        op: routed.op,
        input,
        stream: None,
        call: Call {
            protocol,
            binding: spec,
            request_id: request_id.clone(),
            operation: spec.name,
            started,
        },
        cx: Context {
            request_id,
            operation: spec.name,
            caller,
            parts,
        },
    })
}

/// The input's JSON form from an authenticated, routed request: the
/// protocol's checks of media types, then the bound members and the body.
/// `bytes` is `None` for a streaming payload.
fn decode(
    spec: &HttpOp,
    protocol: Protocol,
    parts: &http::request::Parts,
    bytes: Option<bytes::Bytes>,
    limit: usize,
) -> Result<Value, WireError> {
    let has_body = bytes.as_ref().is_none_or(|b| !b.is_empty());
    match protocol.routing() {
        Routing::Http => {
            check_accept(&parts.headers, &spec.output, protocol)?;
            check_content_type(&parts.headers, &spec.input, protocol, has_body).or_else(|e| {
                // An empty streaming body needs no Content-Type.
                if bytes.is_none() && !parts.headers.contains_key(CONTENT_TYPE) {
                    Ok(())
                } else {
                    Err(e)
                }
            })?;
        }
        Routing::Target | Routing::RpcV2 | Routing::Query => check_rpc_content_type(
            &parts.headers,
            protocol,
            has_body,
            (spec.input.streams_events(), spec.output.streams_events()),
        )?,
    }
    if let Some(xml) = spec.xml {
        let mut obj = Map::new();
        let Some(bytes) = bytes else {
            read_bound(spec, &parts.uri, &parts.headers, &mut obj)?;
            return Ok(Value::Object(obj));
        };
        verify_checksums(&parts.headers, &bytes)?;
        let decoded = decode_content(&parts.headers, bytes, limit, reads_coding(spec))?;
        let bytes = decoded.body;
        if protocol.routing() == Routing::Http {
            let headers = headers_as_read(&parts.headers, decoded.content_encoding);
            read_bound(spec, &parts.uri, &headers, &mut obj)?;
            read_payload(&spec.input, &bytes, &mut obj)?;
        }
        codec::message::read_request(protocol, spec, xml, &bytes, &mut obj)?;
        return Ok(Value::Object(obj));
    }
    let codec = protocol.codec();
    let Some(bytes) = bytes else {
        // A streaming body: the bound members (an RPC protocol's input
        // stream binds none, its other members open the stream).
        let mut obj = Map::new();
        if protocol.routing() == Routing::Http {
            read_bound(spec, &parts.uri, &parts.headers, &mut obj)?;
        }
        return Ok(Value::Object(obj));
    };
    verify_checksums(&parts.headers, &bytes)?;
    let decoded = decode_content(&parts.headers, bytes, limit, reads_coding(spec))?;
    let bytes = decoded.body;
    if spec.input.bindings.is_empty() && spec.input.payload.is_none() {
        // Everything is in the body (the RPC protocols).
        return codec::decode_object(codec, &bytes);
    }
    let mut obj = Map::new();
    let headers = headers_as_read(&parts.headers, decoded.content_encoding);
    read_bound(spec, &parts.uri, &headers, &mut obj)?;
    read_body(&spec.input, codec, &bytes, &mut obj)?;
    Ok(Value::Object(obj))
}

/// The request's `x-amz-checksum-*` headers against its body (feature
/// `flexible-checksums`, which a server whose model has
/// `aws.protocols#httpChecksum` enables): a mismatch is `BadDigest`.
fn verify_checksums(headers: &http::HeaderMap, body: &[u8]) -> Result<(), WireError> {
    if cfg!(feature = "flexible-checksums") {
        crate::checksum::verify(headers, body).map_err(|m| WireError::plain(400, "BadDigest", m))
    } else {
        Ok(())
    }
}

/// An RPC call's `Content-Type`, when it has one, is the protocol's
/// (rpcv2: required with a body); an operation that streams events also
/// takes the event-stream media type (botocore sends it, as its `Accept`,
/// with the plain body of an operation whose output streams).
fn check_rpc_content_type(
    headers: &http::HeaderMap,
    protocol: Protocol,
    has_body: bool,
    (events_in, events_out): (bool, bool),
) -> Result<(), WireError> {
    let want = if events_in {
        crate::event_stream::CONTENT_TYPE
    } else {
        protocol.content_type()
    };
    let events = events_in || events_out;
    match headers.get(CONTENT_TYPE) {
        Some(ct) => {
            let ct = ct.to_str().unwrap_or_default();
            let essence = ct.split(';').next().unwrap_or_default().trim();
            if essence.eq_ignore_ascii_case(protocol.content_type())
                || (events && essence.eq_ignore_ascii_case(crate::event_stream::CONTENT_TYPE))
            {
                Ok(())
            } else {
                Err(WireError::plain(
                    415,
                    "UnsupportedMediaTypeException",
                    format!("Content-Type '{ct}' is not supported; send '{want}'"),
                ))
            }
        }
        None if has_body && protocol.routing() == Routing::RpcV2 => Err(WireError::plain(
            415,
            "UnsupportedMediaTypeException",
            format!("the request has a body but no Content-Type; send '{want}'"),
        )),
        None => Ok(()),
    }
}

/// The media type without parameters, lowercased.
fn essence(v: &str) -> String {
    v.split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// `Accept` must allow the output's media type (`*/*`, `type/*` or it).
fn check_accept(
    headers: &http::HeaderMap,
    output: &Message,
    protocol: Protocol,
) -> Result<(), WireError> {
    let Some(want) = output.content_type(protocol.content_type()) else {
        return Ok(());
    };
    if output
        .payload
        .as_ref()
        .is_some_and(binding::Payload::takes_any_media_type)
    {
        return Ok(());
    }
    let values: Vec<&str> = headers
        .get_all(ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return Ok(());
    }
    let want = essence(want);
    let kind = want.split('/').next().unwrap_or_default();
    let ok = values.iter().flat_map(|v| v.split(',')).any(|a| {
        let a = essence(a);
        a == "*/*" || a == want || a.strip_suffix("/*") == Some(kind)
    });
    if ok {
        Ok(())
    } else {
        Err(WireError::plain(
            406,
            "NotAcceptableException",
            format!("this operation answers '{want}', which Accept does not allow"),
        ))
    }
}

/// `Content-Type` must be the input's media type when a body is sent, and
/// absent when the input has no body.
fn check_content_type(
    headers: &http::HeaderMap,
    input: &Message,
    protocol: Protocol,
    has_body: bool,
) -> Result<(), WireError> {
    let got = headers
        .get(CONTENT_TYPE)
        .map(|v| essence(v.to_str().unwrap_or("?")));
    let expected = input.content_type(protocol.content_type());
    // A blob payload without @mediaType takes any media type.
    let any = input
        .payload
        .as_ref()
        .is_some_and(binding::Payload::takes_any_media_type);
    let fine = match (&got, expected) {
        // An operation without a body ignores one sent without a
        // Content-Type (it is refused with one).
        (None, None) => true,
        // restXml clients (botocore's S3) send XML without a Content-Type.
        (None, Some(_)) => !has_body || any || protocol == Protocol::RestXml,
        (Some(_), _) if any => true,
        (Some(g), Some(e)) => *g == essence(e),
        (Some(g), None) => {
            !has_body || (input.empty_structure && *g == essence(protocol.content_type()))
        }
    };
    if fine {
        return Ok(());
    }
    let msg = match (got, expected) {
        (Some(g), Some(e)) => format!("Content-Type '{g}' is not supported; send '{e}'"),
        (None, Some(e)) => format!("the request has a body but no Content-Type; send '{e}'"),
        (Some(g), None) => format!("Content-Type '{g}' given, but this operation takes no body"),
        (None, None) => "unexpected body".to_owned(),
    };
    Err(WireError::plain(415, "UnsupportedMediaTypeException", msg))
}

/// The bound members of the request (labels, query, headers) into `obj`.
/// Whether the input binds `Content-Encoding` to a member, whose codings
/// are then the application's (see [`decode_content`]).
fn reads_coding(spec: &HttpOp) -> bool {
    spec.input
        .bindings
        .iter()
        .any(|b| matches!(b.loc, Loc::Header(h) if h.eq_ignore_ascii_case("content-encoding")))
}

/// The headers as the input's bound members read them: with the
/// `Content-Encoding` the server undid taken off (`content_encoding`, from
/// [`decode_content`]).
fn headers_as_read(
    headers: &http::HeaderMap,
    content_encoding: Option<String>,
) -> std::borrow::Cow<'_, http::HeaderMap> {
    let Some(remaining) = content_encoding else {
        return std::borrow::Cow::Borrowed(headers);
    };
    let mut headers = headers.clone();
    headers.remove(http::header::CONTENT_ENCODING);
    if let Ok(v) = http::HeaderValue::from_str(&remaining) {
        if !remaining.is_empty() {
            headers.insert(http::header::CONTENT_ENCODING, v);
        }
    }
    std::borrow::Cow::Owned(headers)
}

fn read_bound(
    op: &HttpOp,
    uri: &http::Uri,
    headers: &http::HeaderMap,
    obj: &mut Map<String, Value>,
) -> Result<(), WireError> {
    let bad = |e: String| WireError::serialization(e);
    let pattern = UriPattern::parse(op.uri);
    let labels = pattern
        .labels(uri.path())
        .ok_or_else(|| bad(format!("the path '{}' does not fit {}", uri.path(), op.uri)))?;
    for b in op.input.bindings {
        if let Loc::Label(name) = b.loc {
            let text = labels
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| t.as_str())
                .unwrap_or_default();
            obj.insert(
                b.key.to_owned(),
                binding::from_text(b.scalar, text, false).map_err(bad)?,
            );
        }
    }
    let pairs = binding::parse_query(uri.query().unwrap_or_default())
        .ok_or_else(|| bad("the query string is not UTF-8 once decoded".to_owned()))?;
    binding::read_query(op.input.bindings, &pairs, obj).map_err(bad)?;
    binding::read_headers(op.input.bindings, headers, obj).map_err(bad)
}

/// A payload that is not XML (a blob or text) into `obj`: in the XML
/// protocols, structure payloads and bodies are read by
/// [`codec::message`].
fn read_payload(
    msg: &Message,
    bytes: &[u8],
    obj: &mut Map<String, Value>,
) -> Result<(), WireError> {
    match &msg.payload {
        Some(p) if matches!(p.kind, PayloadKind::Blob | PayloadKind::Text) && !bytes.is_empty() => {
            read_body(msg, Codec::Json, bytes, obj)
        }
        _ => Ok(()),
    }
}

/// The body's members or payload into `obj`.
fn read_body(
    msg: &Message,
    codec: Codec,
    bytes: &[u8],
    obj: &mut Map<String, Value>,
) -> Result<(), WireError> {
    let empty = codec::is_empty(codec, bytes);
    match &msg.payload {
        Some(p) if empty && matches!(p.kind, PayloadKind::Structure | PayloadKind::Json) => Ok(()),
        Some(_) if bytes.is_empty() => Ok(()),
        Some(p) => {
            let v = match p.kind {
                PayloadKind::Structure => match codec::decode_value(codec, bytes)? {
                    // What a client sends for an unset structure payload.
                    Value::Object(o) if o.is_empty() => return Ok(()),
                    v => v,
                },
                PayloadKind::Json => codec::decode_value(codec, bytes)?,
                PayloadKind::Blob => Value::String(aws_smithy_types::base64::encode(bytes)),
                PayloadKind::Text => Value::String(
                    String::from_utf8(bytes.to_vec())
                        .map_err(|_| WireError::serialization("the payload is not UTF-8 text"))?,
                ),
                PayloadKind::Stream | PayloadKind::Events => return Ok(()),
            };
            obj.insert(p.key.to_owned(), v);
            Ok(())
        }
        None if empty => Ok(()),
        None => {
            let Value::Object(members) = codec::decode_object(codec, bytes)? else {
                return Ok(());
            };
            // Only unbound members come from the body.
            for (k, v) in members {
                let bound = msg.bindings.iter().any(|b| b.key == k);
                if !bound && !obj.contains_key(&k) {
                    obj.insert(k, v);
                }
            }
            Ok(())
        }
    }
}
