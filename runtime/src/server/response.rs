//! The response half of the pipeline: validate and invoke, encode, respond.
//! Outputs whose members all travel in the body (the RPC protocols) are
//! written straight from the typed value by the protocol's codec; others go
//! through their JSON form and the bindings. Errors get the protocol's
//! envelope.

use std::future::Future;

use aws_smithy_http_server::body::{to_boxed, BoxBody};
use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use serde_json::{Map, Value};

use super::{log, Call};
use crate::binding::{self, HttpOp, Loc, PayloadKind};
use crate::codec;
use crate::error::{OperationError, WireError};
use crate::event_stream;
use crate::json::{parse_strict_in, Ctx, FromJson, ParseError, ToJson};
use crate::protocol::{Protocol, Routing};
use crate::stream::{ByteStream, Streaming};

/// An operation's result on its way out.
#[derive(Debug)]
pub struct Reply {
    body: ReplyBody,
    stream: Option<ByteStream>,
}

#[derive(Debug)]
enum ReplyBody {
    /// The whole output, written by the protocol's codec.
    Encoded(Bytes),
    /// The output's JSON form, which the bindings place.
    Value(Value),
}

impl Reply {
    /// An output's JSON form and its streaming payload.
    pub fn value(value: Value, stream: Option<ByteStream>) -> Self {
        Reply {
            body: ReplyBody::Value(value),
            stream,
        }
    }

    /// `output` as `protocol` answers it with `binding`: written straight
    /// from the typed value when all its members travel in the body.
    pub fn new<O: ToJson + Streaming>(mut output: O, protocol: Protocol, binding: &HttpOp) -> Self {
        let events = binding.output.streams_events();
        let stream = if events {
            output.take_events(protocol)
        } else {
            output.take_stream()
        };
        if binding.output.initial_message() {
            // The RPC protocols: the other members open the stream, in an
            // `initial-response` event.
            let members = codec::encode(protocol, &output);
            let first =
                event_stream::initial_frame(protocol, event_stream::INITIAL_RESPONSE, members)
                    .or_else(|e| {
                        event_stream::frame(&event_stream::error_message("InternalFailure", &e))
                    })
                    .unwrap_or_default();
            return Reply {
                body: ReplyBody::Value(Value::Object(Map::new())),
                stream: Some(event_stream::prepend(first, stream.unwrap_or_default())),
            };
        }
        if binding.output.is_body_only() && binding.xml.is_none() {
            let bytes = codec::encode(protocol, &output);
            return Reply {
                body: ReplyBody::Encoded(Bytes::from(bytes)),
                stream,
            };
        }
        Reply::value(output.to_json(), stream)
    }
}

/// Parses and validates the input, sets its streaming payload, calls the
/// handler, and turns its result into a [`Reply`] or a wire error: a
/// malformed input is a `SerializationException`, constraint violations the
/// operation's validation error.
pub async fn invoke<I, O, E, F, Fut>(
    call: &Call,
    input: &Value,
    stream: Option<ByteStream>,
    handler: F,
) -> Result<Reply, WireError>
where
    I: FromJson + Streaming,
    O: ToJson + Streaming,
    E: OperationError,
    F: FnOnce(I) -> Fut,
    Fut: Future<Output = Result<O, E>>,
{
    let cx = Ctx::strict().with_epoch_timestamps(call.protocol.epoch_timestamps());
    let mut input = match parse_strict_in::<I>(input, cx) {
        Ok(input) => input,
        Err(ParseError::Shape(e)) => return Err(WireError::serialization(e.to_string())),
        Err(ParseError::Constraints(v)) => return Err(E::validation(&v).to_wire()),
    };
    if let Some(s) = stream {
        let events = call.binding.input.streams_events();
        if events {
            input.put_events(s, call.protocol, crate::event_stream::UnknownEvents::Refuse);
        } else {
            input.put_stream(s);
        }
    }
    match handler(input).await {
        Ok(output) => Ok(Reply::new(output, call.protocol, call.binding)),
        Err(e) => Err(e.to_wire()),
    }
}

/// The members each error code sends in headers (restJson1), as the types
/// crate's `http::ERROR_HEADERS` lists them.
pub type ErrorHeaders<'a> = &'a [(&'a str, &'a [binding::Binding])];

/// Finishes a call: the response, and one log line.
pub fn respond(
    call: &Call,
    result: Result<Reply, WireError>,
    errors: ErrorHeaders<'_>,
) -> http::Response<BoxBody> {
    let id = &call.request_id;
    let xml = call.binding.xml;
    let (resp, outcome) = match result {
        Ok(reply) => match output_response(call.protocol, call.binding, reply, id) {
            Ok(resp) => (resp, None),
            Err(e) => (
                error_response_in(call.protocol, xml, &e, id, errors),
                Some(e.code),
            ),
        },
        Err(e) => (
            error_response_in(call.protocol, xml, &e, id, errors),
            Some(e.code),
        ),
    };
    log(
        call.operation,
        outcome.as_deref().unwrap_or("ok"),
        resp.status().as_u16(),
        call.started,
        id,
    );
    resp
}

/// Headers every response of `protocol` carries.
fn common_headers(headers: &mut http::HeaderMap, protocol: Protocol, request_id: &str) {
    if let Some(p) = protocol.smithy_protocol() {
        headers.insert("smithy-protocol", HeaderValue::from_static(p));
    }
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", v);
    }
}

/// The success response for an operation's reply.
pub fn output_response(
    protocol: Protocol,
    op: &HttpOp,
    reply: Reply,
    request_id: &str,
) -> Result<http::Response<BoxBody>, WireError> {
    let internal = |e: String| WireError::plain(500, "InternalFailure", e);
    let msg = &op.output;
    let value = match reply.body {
        ReplyBody::Encoded(bytes) => {
            // hyper writes `Content-Length` from the body's exact size.
            let mut resp = http::Response::new(to_boxed(bytes));
            *resp.status_mut() =
                http::StatusCode::from_u16(op.code).map_err(|e| internal(e.to_string()))?;
            let headers = resp.headers_mut();
            headers.insert(
                CONTENT_TYPE,
                HeaderValue::from_static(protocol.content_type()),
            );
            common_headers(headers, protocol, request_id);
            return Ok(resp);
        }
        ReplyBody::Value(v) => v,
    };
    let obj = match value {
        Value::Object(o) => o,
        _ => Map::new(),
    };
    let mut status = op.code;
    for b in msg.bindings {
        if b.loc == Loc::ResponseCode {
            // Unset or 0 (an integer member's default) is the `@http` code.
            match obj.get(b.key).and_then(Value::as_u64) {
                None | Some(0) => {}
                Some(c) => {
                    status = u16::try_from(c)
                        .ok()
                        .filter(|c| (100..=999).contains(c))
                        .ok_or_else(|| {
                            internal(format!(
                                "the handler set @httpResponseCode {c}, which is no HTTP status"
                            ))
                        })?;
                }
            }
        }
    }
    let (body, length) = match (&msg.payload, reply.stream) {
        (Some(p), Some(s)) if p.streams() => {
            (aws_smithy_http_server::body::boxed(s.into_body()), None)
        }
        (payload, _) => {
            let xml_payload = payload
                .as_ref()
                .is_none_or(|p| matches!(p.kind, PayloadKind::Structure | PayloadKind::Json));
            let bytes = match (op.xml, payload) {
                (Some(x), _) if xml_payload => Bytes::from(codec::message::write_response(
                    protocol, op, x, &obj, request_id,
                )),
                (_, Some(p)) => binding::payload_bytes(p, obj.get(p.key)).map_err(internal)?,
                (_, None) if msg.body => Bytes::from(codec::encode_value(
                    protocol.codec(),
                    &Value::Object(binding::body_members(msg, &obj)),
                )),
                (_, None) => Bytes::new(),
            };
            let length = HeaderValue::from(bytes.len());
            (to_boxed(bytes), Some(length))
        }
    };
    let mut resp = http::Response::new(body);
    if let Some(length) = length {
        // A buffered body says its length, an empty one included.
        resp.headers_mut()
            .insert(http::header::CONTENT_LENGTH, length);
    }
    *resp.status_mut() = http::StatusCode::from_u16(status).map_err(|e| internal(e.to_string()))?;
    let headers = resp.headers_mut();
    binding::write_headers(msg.bindings, &obj, headers).map_err(internal)?;
    let has_payload_value = msg
        .payload
        .as_ref()
        .is_some_and(|p| p.streams() || obj.get(p.key).is_some_and(|v| !v.is_null()));
    let content_type = msg
        .content_type(protocol.response_content_type())
        .filter(|_| msg.body || has_payload_value)
        // awsJson and query answers carry their media type, an empty
        // body's too.
        .or(
            matches!(protocol.routing(), Routing::Target | Routing::Query)
                .then(|| protocol.response_content_type()),
        );
    if let Some(ct) = content_type {
        if !headers.contains_key(CONTENT_TYPE) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(ct));
        }
    }
    common_headers(headers, protocol, request_id);
    Ok(resp)
}

/// The response for an error in `protocol`'s envelope: its status, its code
/// (`X-Amzn-Errortype` for awsJson and restJson1; `__type` in the body for
/// awsJson and rpcv2, the absolute shape id where the protocol wants it),
/// `x-amzn-query-error` for `@awsQueryCompatible` services, the members
/// bound to headers (`errors`, restJson1) and the others in the body.
pub fn error_response(
    protocol: Protocol,
    e: &WireError,
    request_id: &str,
    errors: ErrorHeaders<'_>,
) -> http::Response<BoxBody> {
    error_response_in(protocol, None, e, request_id, errors)
}

/// [`error_response`] for an error of operation `op` (whose XML
/// descriptions say whether restXml errors are wrapped: S3's are not).
pub fn operation_error_response(
    protocol: Protocol,
    op: &HttpOp,
    e: &WireError,
    request_id: &str,
    errors: ErrorHeaders<'_>,
) -> http::Response<BoxBody> {
    error_response_in(protocol, op.xml, e, request_id, errors)
}

/// [`error_response`] for an operation with XML descriptions `xml` (which
/// say whether restXml errors are wrapped).
pub(crate) fn error_response_in(
    protocol: Protocol,
    xml: Option<&codec::message::XmlOp>,
    e: &WireError,
    request_id: &str,
    errors: ErrorHeaders<'_>,
) -> http::Response<BoxBody> {
    let bindings = errors
        .iter()
        .find(|(c, _)| *c == e.code)
        .map_or(&[][..], |(_, b)| *b);
    if protocol.codec() == codec::Codec::Xml || protocol.codec() == codec::Codec::Query {
        return xml_error_response(protocol, xml, e, request_id, bindings);
    }
    let mut body = Map::with_capacity(e.body.len() + 1);
    if protocol.routing() != Routing::Http {
        let type_name = match e.shape_id {
            Some(id) if protocol.error_type_is_shape_id() => id.to_owned(),
            _ => e.code.clone(),
        };
        body.insert("__type".to_owned(), Value::String(type_name));
    }
    body.extend(
        e.body
            .iter()
            .filter(|(k, _)| !bindings.iter().any(|b| b.key == k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone())),
    );
    let bytes = codec::encode_value(protocol.codec(), &Value::Object(body));
    let mut resp = http::Response::new(to_boxed(bytes));
    *resp.status_mut() =
        http::StatusCode::from_u16(e.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = resp.headers_mut();
    let _ = binding::write_headers(bindings, &e.body, headers);
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(protocol.content_type()),
    );
    if protocol.error_type_header() {
        if let Ok(v) = HeaderValue::from_str(&e.code) {
            headers.insert("x-amzn-errortype", v);
        }
    }
    if let Some(Ok(q)) = e.query_error.map(HeaderValue::from_str) {
        headers.insert("x-amzn-query-error", q);
    }
    common_headers(headers, protocol, request_id);
    resp
}

/// An error in an XML protocol's envelope ([`codec::message::write_error`]).
fn xml_error_response(
    protocol: Protocol,
    xml: Option<&codec::message::XmlOp>,
    e: &WireError,
    request_id: &str,
    bindings: &[binding::Binding],
) -> http::Response<BoxBody> {
    let bytes = codec::message::write_error(protocol, xml, e, request_id, bindings);
    let mut resp = http::Response::new(to_boxed(bytes));
    *resp.status_mut() =
        http::StatusCode::from_u16(e.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = resp.headers_mut();
    let _ = binding::write_headers(bindings, &e.body, headers);
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(protocol.response_content_type()),
    );
    if let Some(Ok(q)) = e.query_error.map(HeaderValue::from_str) {
        headers.insert("x-amzn-query-error", q);
    }
    common_headers(headers, protocol, request_id);
    resp
}
