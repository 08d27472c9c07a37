//! restJson1 servers: routing on `aws-smithy-http-server`'s REST router,
//! the request's URI, query, headers and body read into the input's JSON
//! form (then parsed and checked by the generated codecs, as awsJson
//! bodies are), and outputs and errors written back through the bindings.

use std::future::Future;
use std::time::Instant;

use aws_smithy_http_server::body::{to_boxed, BoxBody};
use aws_smithy_http_server::protocol::rest::router::{Error as RouteError, RestRouter};
use aws_smithy_http_server::routing::request_spec::{
    PathAndQuerySpec, PathSegment, PathSpec, QuerySegment, QuerySpec, RequestSpec, UriSpec,
};
use aws_smithy_http_server::routing::Router;
use bytes::{Buf, Bytes};
use http::header::{HeaderValue, ACCEPT, CONTENT_TYPE};
use http_body_util::BodyExt as _;
use serde_json::{Map, Value};

use super::{decode_content, log, Call, Config, Context};
use crate::error::{OperationError, WireError};
use crate::json::{parse_strict, FromJson, ParseError, ToJson};
use crate::rest::{self, HttpOp, Loc, Message, PayloadKind, Segment, UriPattern};
pub use crate::stream::BoxError;
use crate::stream::{ByteStream, Streaming};

/// A routing table from method and URI to an operation.
pub type Routes<Op> = RestRouter<(Op, &'static HttpOp)>;

/// Builds the routing table. Routes with more segments and query literals
/// are tried first (the router's rank); among equals, those with more
/// literal segments, so `/a/b` wins over `/a/{x}`.
pub fn routes<Op: Clone>(ops: &[(&'static HttpOp, Op)]) -> Routes<Op> {
    let mut ops: Vec<&(&'static HttpOp, Op)> = ops.iter().collect();
    ops.sort_by_key(|(h, _)| {
        let p = UriPattern::parse(h.uri);
        let literals = p
            .path
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count();
        std::cmp::Reverse(literals)
    });
    ops.into_iter()
        .map(|(h, op)| (spec(h), (op.clone(), *h)))
        .collect()
}

fn spec(h: &HttpOp) -> RequestSpec {
    let p = UriPattern::parse(h.uri);
    let path = p
        .path
        .iter()
        .map(|s| match s {
            Segment::Literal(l) => PathSegment::Literal(l.clone()),
            Segment::Label(_) => PathSegment::Label,
            Segment::Greedy(_) => PathSegment::Greedy,
        })
        .collect();
    let query = p
        .query
        .iter()
        .map(|(k, v)| match v {
            Some(v) => QuerySegment::KeyValue(k.clone(), v.clone()),
            None => QuerySegment::Key(k.clone()),
        })
        .collect();
    let method = http::Method::from_bytes(h.method.as_bytes()).unwrap_or(http::Method::POST);
    RequestSpec::new(
        method,
        UriSpec::new(PathAndQuerySpec::new(
            PathSpec::from_vector_unchecked(path),
            QuerySpec::from_vector_unchecked(query),
        )),
    )
}

/// A request that reached an operation: its input's JSON form (the body's
/// members and the bound ones), its streaming payload, and its context.
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
    /// handler's context, and what [`respond`] needs.
    pub fn into_parts(self) -> (Op, Value, Option<ByteStream>, Context, Call) {
        (self.op, self.input, self.stream, self.cx, self.call)
    }
}

fn route_error<B>(e: &RouteError, req: &http::Request<B>) -> WireError {
    let (status, what) = match e {
        RouteError::MethodNotAllowed => (405, "does not allow method"),
        RouteError::NotFound => (404, "has no operation for"),
    };
    WireError::plain(
        status,
        "UnknownOperationException",
        format!("this service {what} {} {}", req.method(), req.uri().path()),
    )
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
fn check_accept(headers: &http::HeaderMap, output: &Message) -> Result<(), WireError> {
    let Some(want) = output.content_type() else {
        return Ok(());
    };
    if output
        .payload
        .as_ref()
        .is_some_and(rest::Payload::takes_any_media_type)
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
    has_body: bool,
) -> Result<(), WireError> {
    let got = headers
        .get(CONTENT_TYPE)
        .map(|v| essence(v.to_str().unwrap_or("?")));
    let expected = input.content_type();
    // A blob payload without @mediaType takes any media type.
    let any = input
        .payload
        .as_ref()
        .is_some_and(rest::Payload::takes_any_media_type);
    let fine = match (&got, expected) {
        // An operation without a body ignores one sent without a
        // Content-Type (it is refused with one).
        (None, None) => true,
        (None, Some(_)) => !has_body || any,
        (Some(_), _) if any => true,
        (Some(g), Some(e)) => *g == essence(e),
        (Some(g), None) => !has_body || (input.empty_structure && *g == "application/json"),
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
fn read_bound<B>(
    op: &HttpOp,
    req: &http::Request<B>,
    obj: &mut Map<String, Value>,
) -> Result<(), WireError> {
    let bad = |e: String| WireError::serialization(e);
    let pattern = UriPattern::parse(op.uri);
    let labels = pattern.labels(req.uri().path()).ok_or_else(|| {
        bad(format!(
            "the path '{}' does not fit {}",
            req.uri().path(),
            op.uri
        ))
    })?;
    for b in op.input.bindings {
        if let Loc::Label(name) = b.loc {
            let text = labels
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| t.as_str())
                .unwrap_or_default();
            obj.insert(
                b.key.to_owned(),
                rest::from_text(b.scalar, text, false).map_err(bad)?,
            );
        }
    }
    let pairs = rest::parse_query(req.uri().query().unwrap_or_default())
        .ok_or_else(|| bad("the query string is not UTF-8 once decoded".to_owned()))?;
    rest::read_query(op.input.bindings, &pairs, obj).map_err(bad)?;
    rest::read_headers(op.input.bindings, req.headers(), obj).map_err(bad)
}

/// The body's members or payload into `obj`.
fn read_body(msg: &Message, bytes: &[u8], obj: &mut Map<String, Value>) -> Result<(), WireError> {
    let empty = bytes.iter().all(u8::is_ascii_whitespace);
    match &msg.payload {
        Some(p) if empty && matches!(p.kind, PayloadKind::Structure | PayloadKind::Json) => Ok(()),
        Some(_) if bytes.is_empty() => Ok(()),
        Some(p) => {
            let v = match p.kind {
                PayloadKind::Structure => match super::parse_json(bytes)? {
                    // What a client sends for an unset structure payload.
                    Value::Object(o) if o.is_empty() => return Ok(()),
                    v => v,
                },
                PayloadKind::Json => super::parse_json(bytes)?,
                PayloadKind::Blob => Value::String(aws_smithy_types::base64::encode(bytes)),
                PayloadKind::Text => Value::String(
                    String::from_utf8(bytes.to_vec())
                        .map_err(|_| WireError::serialization("the payload is not UTF-8 text"))?,
                ),
                PayloadKind::Stream => return Ok(()),
            };
            obj.insert(p.key.to_owned(), v);
            Ok(())
        }
        None if empty => Ok(()),
        None => {
            let Value::Object(members) = super::parse_body(bytes)? else {
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

/// Routes a request and reads it into the input's JSON form; anything that
/// is not a well-formed call of a known operation becomes an error response.
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
    let reject = |e: WireError, id: &str| {
        let resp = error_response(&e, id, &[]);
        log(&e.code, "-", resp.status().as_u16(), started, id);
        resp
    };
    let (op, spec) = match routes.match_route(&req) {
        Ok(found) => found,
        Err(e) => return Err(reject(route_error(&e, &req), &request_id)),
    };
    match accept_routed(spec, config, req).await {
        Ok((input, stream, parts, caller)) => Ok(Accepted {
            op,
            input,
            stream,
            call: Call {
                http: Some(spec),
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
        }),
        Err(e) => Err(reject(e, &request_id)),
    }
}

type Read = (
    Value,
    Option<ByteStream>,
    http::request::Parts,
    Option<String>,
);

async fn accept_routed<B>(
    spec: &'static HttpOp,
    config: &Config,
    req: http::Request<B>,
) -> Result<Read, WireError>
where
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    check_accept(req.headers(), &spec.output)?;
    let mut obj = Map::new();
    read_bound(spec, &req, &mut obj)?;
    let (parts, body) = req.into_parts();
    if spec
        .input
        .payload
        .as_ref()
        .is_some_and(|p| p.kind == PayloadKind::Stream)
    {
        check_content_type(&parts.headers, &spec.input, true).or_else(|e| {
            // An empty streaming body needs no Content-Type.
            if parts.headers.get(CONTENT_TYPE).is_none() {
                Ok(())
            } else {
                Err(e)
            }
        })?;
        let caller = super::authenticate(config, &parts, None)?;
        let body = body.map_frame(|f| f.map_data(|mut d| d.copy_to_bytes(d.remaining())));
        return Ok((
            Value::Object(obj),
            Some(ByteStream::from_body(body)),
            parts,
            caller,
        ));
    }
    let body = body.map_err(|e| -> BoxError { e.into() });
    let bytes = super::read_whole_body(body, config.body_limit).await?;
    let caller = super::authenticate(config, &parts, Some(&bytes))?;
    check_content_type(&parts.headers, &spec.input, !bytes.is_empty())?;
    let bytes = decode_content(&parts.headers, bytes, config.body_limit)?;
    read_body(&spec.input, &bytes, &mut obj)?;
    Ok((Value::Object(obj), None, parts, caller))
}

/// An operation's result on its way out: the output's JSON form and its
/// streaming payload.
#[derive(Debug)]
pub struct Reply {
    pub value: Value,
    pub stream: Option<ByteStream>,
}

/// Parses and validates the input, sets its streaming payload, calls the
/// handler, and turns its result into a [`Reply`] or a wire error.
pub async fn invoke<I, O, E, F, Fut>(
    input: &Value,
    stream: Option<ByteStream>,
    call: F,
) -> Result<Reply, WireError>
where
    I: FromJson + Streaming,
    O: ToJson + Streaming,
    E: OperationError,
    F: FnOnce(I) -> Fut,
    Fut: Future<Output = Result<O, E>>,
{
    let mut input = match parse_strict::<I>(input) {
        Ok(input) => input,
        Err(ParseError::Shape(e)) => return Err(WireError::serialization(e.to_string())),
        Err(ParseError::Constraints(v)) => return Err(E::validation(&v).to_wire()),
    };
    if let Some(s) = stream {
        input.put_stream(s);
    }
    match call(input).await {
        Ok(mut output) => {
            let stream = output.take_stream();
            Ok(Reply {
                value: output.to_json(),
                stream,
            })
        }
        Err(e) => Err(e.to_wire()),
    }
}

/// Finishes a call: the response, and one log line. `errors` gives the
/// header-bound members of each error code.
pub fn respond(
    call: &Call,
    result: Result<Reply, WireError>,
    errors: &[(&str, &[rest::Binding])],
) -> http::Response<BoxBody> {
    let id = &call.request_id;
    let resp = match (result, call.http) {
        (Ok(reply), Some(op)) => {
            output_response(op, reply, id).unwrap_or_else(|e| error_response(&e, id, errors))
        }
        (Ok(_), None) => error_response(
            &WireError::plain(
                500,
                "InternalFailure",
                "the call was not accepted as restJson1",
            ),
            id,
            errors,
        ),
        (Err(e), _) => {
            let code = e.code.clone();
            let resp = error_response(&e, id, errors);
            log(
                call.operation,
                &code,
                resp.status().as_u16(),
                call.started,
                id,
            );
            return resp;
        }
    };
    log(
        call.operation,
        "ok",
        resp.status().as_u16(),
        call.started,
        id,
    );
    resp
}

/// The success response for an output's JSON form and stream.
pub fn output_response(
    op: &HttpOp,
    reply: Reply,
    request_id: &str,
) -> Result<http::Response<BoxBody>, WireError> {
    let msg = &op.output;
    let obj = match reply.value {
        Value::Object(o) => o,
        _ => Map::new(),
    };
    let internal = |e: String| WireError::plain(500, "InternalFailure", e);
    let mut status = op.code;
    for b in msg.bindings {
        if b.loc == Loc::ResponseCode {
            if let Some(c) = obj.get(b.key).and_then(Value::as_u64) {
                status = u16::try_from(c).unwrap_or(op.code);
            }
        }
    }
    let (body, length) = match (&msg.payload, reply.stream) {
        (Some(p), Some(s)) if p.kind == PayloadKind::Stream => {
            (aws_smithy_http_server::body::boxed(s.into_body()), None)
        }
        (payload, _) => {
            let bytes = match payload {
                Some(p) => rest::payload_bytes(p, obj.get(p.key)).map_err(internal)?,
                None if msg.body => Bytes::from(
                    serde_json::to_vec(&Value::Object(rest::body_members(msg, &obj)))
                        .unwrap_or_default(),
                ),
                None => Bytes::new(),
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
    rest::write_headers(msg.bindings, &obj, headers).map_err(internal)?;
    let has_payload_value = msg.payload.as_ref().is_some_and(|p| {
        p.kind == PayloadKind::Stream || obj.get(p.key).is_some_and(|v| !v.is_null())
    });
    if let Some(ct) = msg.content_type().filter(|_| msg.body || has_payload_value) {
        if !headers.contains_key(CONTENT_TYPE) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(ct));
        }
    }
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", v);
    }
    Ok(resp)
}

/// The response for an error: status, `X-Amzn-Errortype`, the members bound
/// to headers, and a JSON body with the other members.
pub fn error_response(
    e: &WireError,
    request_id: &str,
    errors: &[(&str, &[rest::Binding])],
) -> http::Response<BoxBody> {
    let bindings = errors
        .iter()
        .find(|(c, _)| *c == e.code)
        .map_or(&[][..], |(_, b)| *b);
    let body: Map<String, Value> = e
        .body
        .iter()
        .filter(|(k, _)| !bindings.iter().any(|b| b.key == k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let bytes = serde_json::to_vec(&Value::Object(body)).unwrap_or_default();
    let mut resp = http::Response::new(to_boxed(bytes));
    *resp.status_mut() =
        http::StatusCode::from_u16(e.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = resp.headers_mut();
    let _ = rest::write_headers(bindings, &e.body, headers);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(v) = HeaderValue::from_str(&e.code) {
        headers.insert("x-amzn-errortype", v);
    }
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", v);
    }
    resp
}
