//! awsJson server plumbing: routing on `aws-smithy-http-server`'s awsJson router,
//! body limits, input parsing and validation, and error responses that real
//! clients (botocore reads only the body, the Rust SDK reads the header) both
//! understand.

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use aws_smithy_http_server::body::{collect_body_limited, to_boxed, BoxBody, CollectBodyError};
use aws_smithy_http_server::protocol::aws_json::router::{AwsJsonRouter, Error as RouteError};
use aws_smithy_http_server::routing::Router;
use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use serde_json::{Map, Value};

use crate::error::{OperationError, WireError};
use crate::json::{parse_strict, FromJson, ParseError, ToJson};

/// A request body read whole, up to `limit` bytes (0: no limit): a larger one
/// is a 413 `RequestEntityTooLargeException`, an unreadable one a
/// `SerializationException`.
async fn read_whole_body<B>(body: B, limit: usize) -> Result<Bytes, WireError>
where
    B: http_body::Body,
    B::Error: std::fmt::Display,
{
    collect_body_limited(body, limit)
        .await
        .map_err(|e| match e {
            CollectBodyError::TooLarge(l) => WireError::plain(
                413,
                "RequestEntityTooLargeException",
                format!("Request body is larger than {} bytes", l.limit),
            ),
            CollectBodyError::Body(e) => {
                WireError::serialization(format!("Could not read the request body: {e}"))
            }
        })
}

#[path = "server_rest.rs"]
pub mod rest;

pub use aws_smithy_http_server::body::BoxBody as ResponseBody;
pub use aws_smithy_http_server::routing::IntoMakeService;
pub use aws_smithy_http_server::serve::serve;
pub use hyper::body::Incoming;
pub use {http, http_body, tower};

/// Which awsJson flavour a service speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// `aws.protocols#awsJson1_0`
    AwsJson1_0,
    /// `aws.protocols#awsJson1_1`
    AwsJson1_1,
    /// `aws.protocols#restJson1`
    RestJson1,
}

impl Protocol {
    /// The media type requests and responses carry.
    pub fn content_type(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
            Protocol::RestJson1 => "application/json",
        }
    }
}

/// Settings of a generated service.
#[derive(Clone)]
pub struct Config {
    /// Largest request body accepted, in bytes (413 beyond it).
    pub body_limit: usize,
    /// Who may call: run on every request once its body is read (so a
    /// signature can cover the body; the body is read once), before anything
    /// else looks at it: awsJson before routing (an unknown caller learns
    /// nothing, not even which operations exist), restJson1 right after it
    /// (the route says whether the body is streamed). `None`: everyone. `crate::sigv4::Verifier` (feature
    /// `sigv4`) checks SigV4 signatures.
    pub authenticate: Option<Arc<dyn Authenticate>>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("body_limit", &self.body_limit)
            .field("authenticate", &self.authenticate.is_some())
            .finish()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            body_limit: 10 * 1024 * 1024,
            authenticate: None,
        }
    }
}

/// Decides who a request comes from, or refuses it.
pub trait Authenticate: Send + Sync + 'static {
    /// The caller's identity (for SigV4, the access key id), which handlers see
    /// as [`Context::caller`], or the error to answer (status and code as the
    /// protocol's clients expect: `403 InvalidSignatureException`, ...).
    /// `body` is the body as received, or `None` for a restJson1 streaming
    /// payload, which the operation reads itself.
    fn authenticate(
        &self,
        parts: &http::request::Parts,
        body: Option<&[u8]>,
    ) -> Result<String, WireError>;
}

/// What a handler knows about the request besides its input.
#[derive(Debug)]
pub struct Context {
    /// The id sent back as `x-amzn-RequestId`.
    pub request_id: String,
    /// The operation's name (`GetDownloadUrlForLayer`).
    pub operation: &'static str,
    /// Who called, as [`Config::authenticate`] found (`None` without one).
    pub caller: Option<String>,
    /// Method, URI, headers and extensions (plugins can leave things here).
    pub parts: http::request::Parts,
}

/// Behaviour added to all or some operations of a generated server, knowing
/// which operation each request is (`Op`, the server's `Operation` enum):
/// metrics, authorization, headers. Added with the server's `plugin` method;
/// `before` hooks run in the order plugins were added, `after` hooks in the
/// reverse order (the first added is outermost). [`Plugin::only`] limits one
/// to some operations.
pub trait Plugin<Op>: Send + Sync + 'static {
    /// Runs once the request is routed, its body read and its caller
    /// authenticated, before the input is parsed. An error is answered as it
    /// is (the handler is not called); `cx.parts.extensions` can carry data
    /// on to the handler.
    fn before(
        &self,
        op: Op,
        cx: &mut Context,
    ) -> impl Future<Output = Result<(), WireError>> + Send {
        let _ = (op, cx);
        std::future::ready(Ok(()))
    }

    /// Runs with every response of an operation before it is sent (errors
    /// included, a refusal by `before` too): may add headers, count, time.
    fn after(&self, op: Op, call: &Call, response: &mut http::Response<BoxBody>) {
        let _ = (op, call, response);
    }

    /// This plugin for the operations `which` selects only.
    fn only<F>(self, which: F) -> Only<Self, F>
    where
        Self: Sized,
        F: Fn(Op) -> bool + Send + Sync + 'static,
    {
        Only {
            plugin: self,
            which,
        }
    }
}

/// No plugin.
impl<Op: Send + 'static> Plugin<Op> for () {}

/// Two plugins: `.0` around `.1`.
impl<Op, A, B> Plugin<Op> for (A, B)
where
    Op: Copy + Send + 'static,
    A: Plugin<Op>,
    B: Plugin<Op>,
{
    async fn before(&self, op: Op, cx: &mut Context) -> Result<(), WireError> {
        self.0.before(op, cx).await?;
        self.1.before(op, cx).await
    }

    fn after(&self, op: Op, call: &Call, response: &mut http::Response<BoxBody>) {
        self.1.after(op, call, response);
        self.0.after(op, call, response);
    }
}

/// A plugin for some operations only (see [`Plugin::only`]).
#[derive(Debug, Clone)]
pub struct Only<P, F> {
    plugin: P,
    which: F,
}

impl<Op, P, F> Plugin<Op> for Only<P, F>
where
    Op: Copy + Send + 'static,
    P: Plugin<Op>,
    F: Fn(Op) -> bool + Send + Sync + 'static,
{
    async fn before(&self, op: Op, cx: &mut Context) -> Result<(), WireError> {
        if (self.which)(op) {
            self.plugin.before(op, cx).await
        } else {
            Ok(())
        }
    }

    fn after(&self, op: Op, call: &Call, response: &mut http::Response<BoxBody>) {
        if (self.which)(op) {
            self.plugin.after(op, call, response);
        }
    }
}

/// A routing table from `X-Amz-Target` to an operation.
pub type Routes<Op> = AwsJsonRouter<(Op, &'static str)>;

/// Builds the routing table: `service` is the service shape's name, `ops` pairs
/// each operation name with its value.
pub fn routes<Op: Clone>(service: &str, ops: &[(&'static str, Op)]) -> Routes<Op> {
    AwsJsonRouter::from_owned(
        ops.iter()
            .map(|(name, op)| (format!("{service}.{name}"), (op.clone(), *name))),
    )
}

/// A request that reached an operation: which one, its context, its parsed body.
#[derive(Debug)]
pub struct Accepted<Op> {
    op: Op,
    cx: Context,
    body: Value,
    call: Call,
}

impl<Op> Accepted<Op> {
    /// The operation, the JSON body (`{}` when empty), the handler's context,
    /// and what [`respond`] needs to finish the call.
    pub fn into_parts(self) -> (Op, Value, Context, Call) {
        (self.op, self.body, self.cx, self.call)
    }
}

/// What is remembered about a call while its handler runs.
#[derive(Debug, Clone)]
pub struct Call {
    /// The restJson1 operation's bindings.
    http: Option<&'static crate::rest::HttpOp>,
    request_id: String,
    operation: &'static str,
    started: Instant,
}

impl Call {
    /// The id sent back as `x-amzn-RequestId`.
    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The operation's name.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// When the request arrived.
    pub fn started(&self) -> Instant {
        self.started
    }
}

/// Runs `config.authenticate` (if any) on a request: its caller, or the error
/// to answer.
pub(crate) fn authenticate(
    config: &Config,
    parts: &http::request::Parts,
    body: Option<&[u8]>,
) -> Result<Option<String>, WireError> {
    match &config.authenticate {
        Some(a) => a.authenticate(parts, body).map(Some),
        None => Ok(None),
    }
}

/// What an event-stream operation answers: this server cannot stream events yet.
pub fn event_stream_unsupported<E: OperationError>(operation: &str) -> E {
    E::unhandled(crate::error::Unhandled::new(
        501,
        "NotImplementedException",
        format!("{operation} streams events; event streams are not supported yet"),
    ))
}

/// The error every operation answers when its handler does not implement it.
pub fn not_implemented<E: OperationError>(operation: &str) -> E {
    E::unhandled(crate::error::Unhandled::new(
        501,
        "NotImplementedException",
        format!("{operation} is not implemented by this server"),
    ))
}

/// Routes a request and reads its body; anything that is not a well-formed call
/// of a known operation becomes a JSON error response.
pub async fn accept<B, Op>(
    routes: &Routes<Op>,
    protocol: Protocol,
    config: &Config,
    req: http::Request<B>,
) -> Result<Accepted<Op>, http::Response<BoxBody>>
where
    B: http_body::Body,
    B::Error: fmt::Display,
    Op: Clone,
{
    let started = Instant::now();
    let request_id = uuid::Uuid::new_v4().to_string();
    let reject = |e: WireError, id: &str| {
        let resp = error_response(&e, id, protocol);
        log(&e.code, "-", resp.status().as_u16(), started, id);
        resp
    };
    // Who calls is settled first (as AWS does): an unauthenticated caller
    // learns nothing about the operations, not even which exist.
    let (parts, body) = req.into_parts();
    let bytes = match read_whole_body(body, config.body_limit).await {
        Ok(b) => b,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let caller = match authenticate(config, &parts, Some(&bytes)) {
        Ok(c) => c,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let head = http::Request::from_parts(parts, ());
    let (op, name) = match routes.match_route(&head) {
        Ok(found) => found,
        Err(e) => return Err(reject(route_error(&e, &head), &request_id)),
    };
    if let Some(ct) = head.headers().get(CONTENT_TYPE) {
        let ct = ct.to_str().unwrap_or_default();
        let essence = ct.split(';').next().unwrap_or_default().trim();
        if !essence.eq_ignore_ascii_case(protocol.content_type()) {
            let e = WireError::plain(
                415,
                "UnsupportedMediaTypeException",
                format!(
                    "Content-Type '{ct}' is not supported; send '{}'",
                    protocol.content_type()
                ),
            );
            return Err(reject(e, &request_id));
        }
    }
    let (parts, ()) = head.into_parts();
    let bytes = match decode_content(&parts.headers, bytes, config.body_limit) {
        Ok(b) => b,
        Err(e) => return Err(reject(e, &request_id)),
    };
    let body = match parse_body(&bytes) {
        Ok(v) => v,
        Err(e) => return Err(reject(e, &request_id)),
    };
    Ok(Accepted {
        op,
        call: Call {
            http: None,
            request_id: request_id.clone(),
            operation: name,
            started,
        },
        cx: Context {
            request_id,
            operation: name,
            caller,
            parts,
        },
        body,
    })
}

fn route_error<B>(e: &RouteError, req: &http::Request<B>) -> WireError {
    match e {
        RouteError::MethodNotAllowed => WireError::plain(
            405,
            "UnknownOperationException",
            format!(
                "Method {} is not allowed; awsJson operations are called with POST /",
                req.method()
            ),
        ),
        RouteError::NotRootUrl => WireError::plain(
            404,
            "UnknownOperationException",
            format!(
                "No operation at '{}'; awsJson operations are called with POST /",
                req.uri().path()
            ),
        ),
        RouteError::MissingHeader => WireError::plain(
            400,
            "UnknownOperationException",
            "Missing the X-Amz-Target header naming the operation",
        ),
        RouteError::InvalidHeader(_) => WireError::plain(
            400,
            "UnknownOperationException",
            "The X-Amz-Target header is not valid text",
        ),
        RouteError::NotFound => {
            let target = req
                .headers()
                .get("x-amz-target")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            WireError::plain(
                400,
                "UnknownOperationException",
                format!("Unknown operation '{target}'"),
            )
        }
    }
}

/// The body with its `Content-Encoding` undone: `gzip` (what clients of
/// `@requestCompression` operations send) is inflated, at most `limit` bytes;
/// `identity` or no header pass; anything else is refused.
pub fn decode_content(
    headers: &http::HeaderMap,
    body: Bytes,
    limit: usize,
) -> Result<Bytes, WireError> {
    use std::io::Read as _;
    let mut body = body;
    let encodings = headers
        .get_all(http::header::CONTENT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|e| e.trim().to_ascii_lowercase())
        .filter(|e| !e.is_empty() && e != "identity")
        .collect::<Vec<_>>();
    // Encodings apply in order, so they are undone last first.
    for encoding in encodings.iter().rev() {
        if encoding != "gzip" {
            return Err(WireError::plain(
                415,
                "UnsupportedMediaTypeException",
                format!("Content-Encoding '{encoding}' is not supported"),
            ));
        }
        let mut out = Vec::new();
        let read = flate2::read::GzDecoder::new(&body[..])
            .take(limit as u64 + 1)
            .read_to_end(&mut out);
        match read {
            Ok(n) if n > limit => {
                return Err(WireError::plain(
                    413,
                    "RequestEntityTooLargeException",
                    format!("Request body is larger than {limit} bytes once decompressed"),
                ))
            }
            Ok(_) => body = Bytes::from(out),
            Err(e) => {
                return Err(WireError::serialization(format!(
                    "The gzip request body could not be decompressed: {e}"
                )))
            }
        }
    }
    Ok(body)
}

/// An awsJson request body: empty means `{}`; anything but a JSON object is a
/// `SerializationException`.
pub fn parse_body(bytes: &[u8]) -> Result<Value, WireError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Map::new()));
    }
    match parse_json(bytes)? {
        v @ Value::Object(_) => Ok(v),
        _ => Err(WireError::serialization(
            "The request body must be a JSON object",
        )),
    }
}

/// Any JSON value; invalid JSON is a `SerializationException`.
fn parse_json(bytes: &[u8]) -> Result<Value, WireError> {
    serde_json::from_slice::<Value>(bytes)
        .map_err(|e| WireError::serialization(format!("The request body is not valid JSON: {e}")))
}

/// An operation's output, serialized: what a 200 response carries.
#[derive(Debug, Clone, Default)]
pub struct Output(Bytes);

impl Output {
    /// No body (an operation without output).
    pub fn empty() -> Self {
        Output(Bytes::new())
    }

    /// `output` as JSON, written straight from the typed value.
    pub fn json<O: ToJson + ?Sized>(output: &O) -> Self {
        Output(Bytes::from(
            crate::json::to_vec(output).unwrap_or_else(|_| b"{}".to_vec()),
        ))
    }

    /// The body bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.0
    }
}

/// Parses and validates the input, calls the handler, and turns its result into
/// a JSON body or a wire error.
pub async fn invoke<I, O, E, F, Fut>(body: &Value, call: F) -> Result<Output, WireError>
where
    I: FromJson,
    O: ToJson,
    E: OperationError,
    F: FnOnce(I) -> Fut,
    Fut: Future<Output = Result<O, E>>,
{
    let input = match parse_strict::<I>(body) {
        Ok(input) => input,
        Err(ParseError::Shape(e)) => return Err(WireError::serialization(e.to_string())),
        Err(ParseError::Constraints(v)) => return Err(E::validation(&v).to_wire()),
    };
    match call(input).await {
        Ok(output) => Ok(Output::json(&output)),
        Err(e) => Err(e.to_wire()),
    }
}

/// Finishes a call: the response, and one log line.
pub fn respond(
    call: &Call,
    protocol: Protocol,
    result: Result<Output, WireError>,
) -> http::Response<BoxBody> {
    let id = &call.request_id;
    let resp = match &result {
        Ok(body) => output_response(body, id, protocol),
        Err(e) => error_response(e, id, protocol),
    };
    let outcome = match &result {
        Ok(_) => "ok",
        Err(e) => e.code.as_str(),
    };
    log(
        call.operation,
        outcome,
        resp.status().as_u16(),
        call.started,
        id,
    );
    resp
}

fn log(operation: &str, outcome: &str, status: u16, started: Instant, request_id: &str) {
    let latency_us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    if status >= 500 {
        tracing::warn!(
            request_id,
            operation,
            outcome,
            status,
            latency_us,
            "request failed"
        );
    } else {
        tracing::info!(request_id, operation, outcome, status, latency_us, "request");
    }
}

/// The 200 response for an operation's output, as [`respond`] sends it.
pub fn output_response(
    body: &Output,
    request_id: &str,
    protocol: Protocol,
) -> http::Response<BoxBody> {
    json_response(200, body.0.clone(), request_id, protocol)
}

fn json_response(
    status: u16,
    body: Bytes,
    request_id: &str,
    protocol: Protocol,
) -> http::Response<BoxBody> {
    let mut resp = http::Response::new(to_boxed(body));
    *resp.status_mut() =
        http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = resp.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(protocol.content_type()),
    );
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", v);
    }
    resp
}

/// The response for an error: status, `X-Amzn-Errortype`, and a body with
/// `__type` and the error's members.
pub fn error_response(
    e: &WireError,
    request_id: &str,
    protocol: Protocol,
) -> http::Response<BoxBody> {
    let mut body = Map::with_capacity(e.body.len() + 1);
    // awsJson1_0 names modeled errors by their absolute shape id.
    let type_name = match (protocol, e.shape_id) {
        (Protocol::AwsJson1_0, Some(id)) => id.to_owned(),
        _ => e.code.clone(),
    };
    body.insert("__type".to_owned(), Value::String(type_name));
    body.extend(e.body.iter().map(|(k, v)| (k.clone(), v.clone())));
    let bytes = serde_json::to_vec(&Value::Object(body)).unwrap_or_default();
    let mut resp = json_response(e.status, Bytes::from(bytes), request_id, protocol);
    if let Ok(v) = HeaderValue::from_str(&e.code) {
        resp.headers_mut().insert("x-amzn-errortype", v);
    }
    if let Some(Ok(q)) = e.query_error.map(HeaderValue::from_str) {
        resp.headers_mut().insert("x-amzn-query-error", q);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Op {
        Read,
        Write,
    }

    /// Records what it saw; refuses `Write` when `deny`.
    struct Log(&'static str, bool, Arc<Mutex<Vec<String>>>);

    impl Plugin<Op> for Log {
        async fn before(&self, op: Op, cx: &mut Context) -> Result<(), WireError> {
            self.2
                .lock()
                .unwrap()
                .push(format!("{} before {op:?}", self.0));
            cx.parts.extensions.insert(self.0);
            if self.1 && op == Op::Write {
                return Err(WireError::plain(400, "AccessDeniedException", "no"));
            }
            Ok(())
        }

        fn after(&self, op: Op, _: &Call, response: &mut http::Response<BoxBody>) {
            self.2
                .lock()
                .unwrap()
                .push(format!("{} after {op:?}", self.0));
            response
                .headers_mut()
                .append("x-seen", HeaderValue::from_static(self.0));
        }
    }

    fn context() -> Context {
        Context {
            request_id: "r".into(),
            operation: "Op",
            caller: None,
            parts: http::Request::new(()).into_parts().0,
        }
    }

    #[tokio::test]
    async fn plugins_nest_and_only_selects() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let plugins = (
            ((), Log("outer", false, log.clone())),
            Log("inner", true, log.clone()).only(|op| op == Op::Write),
        );
        let call = Call {
            http: None,
            request_id: "r".into(),
            operation: "Op",
            started: Instant::now(),
        };
        let mut cx = context();
        assert!(plugins.before(Op::Read, &mut cx).await.is_ok());
        let mut resp = output_response(&Output::empty(), "r", Protocol::AwsJson1_1);
        plugins.after(Op::Read, &call, &mut resp);
        assert_eq!(
            *log.lock().unwrap(),
            ["outer before Read", "outer after Read"]
        );
        log.lock().unwrap().clear();
        let mut cx = context();
        let refused = plugins.before(Op::Write, &mut cx).await.unwrap_err();
        assert_eq!(refused.code, "AccessDeniedException");
        assert_eq!(cx.parts.extensions.get::<&str>(), Some(&"inner"));
        plugins.after(Op::Write, &call, &mut resp);
        assert_eq!(
            *log.lock().unwrap(),
            [
                "outer before Write",
                "inner before Write",
                "inner after Write",
                "outer after Write"
            ]
        );
        let seen: Vec<_> = resp.headers().get_all("x-seen").iter().collect();
        assert_eq!(seen, ["outer", "inner", "outer"]);
    }

    #[test]
    fn bodies() {
        assert_eq!(parse_body(b"").unwrap(), serde_json::json!({}));
        assert_eq!(parse_body(b"  \n").unwrap(), serde_json::json!({}));
        assert_eq!(
            parse_body(b"{\"a\":1}").unwrap(),
            serde_json::json!({"a": 1})
        );
        assert_eq!(
            parse_body(b"[1]").unwrap_err().code,
            "SerializationException"
        );
        assert_eq!(parse_body(b"{").unwrap_err().code, "SerializationException");
    }
}
