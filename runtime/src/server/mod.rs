//! Generated servers' runtime: one pipeline for every protocol.
//!
//! A request goes read -> authenticate -> route -> decode -> validate ->
//! invoke -> encode -> respond ([`accept`], [`invoke`], [`respond`]). The
//! protocols differ only in small parts: how a request names its operation
//! ([`Routes`]), the body codec ([`crate::codec`]) and the error envelope
//! ([`error_response`]); where members travel is the operation's binding
//! ([`crate::binding::HttpOp`]). Who calls is settled before anything about
//! the request is answered: an unsigned or badly signed caller gets the
//! authenticator's error and learns nothing about routes, labels, media
//! types or bodies.

mod body;
mod connection;
mod request;
mod response;
mod routes;

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use aws_smithy_http_server::body::BoxBody;

use crate::error::{OperationError, WireError};

pub use self::body::{decode_content, Decoded};
pub use self::connection::{settle, watch_body, Tail, Watched, DRAIN_LIMIT, DRAIN_TIME};
pub use self::request::{accept, Accepted};
pub use self::response::{
    error_response, invoke, operation_error_response, output_response, respond, Reply,
};
pub use self::routes::{HttpRouteError, HttpRouter, Routed, Routes};
pub use crate::protocol::Protocol;
pub use crate::stream::BoxError;
use crate::stream::ByteStream;
pub use aws_smithy_http_server::body::BoxBody as ResponseBody;
pub use aws_smithy_http_server::routing::IntoMakeService;
pub use aws_smithy_http_server::serve::serve;
pub use hyper::body::Incoming;
pub use {http, http_body, tower};

/// Settings of a generated service.
#[derive(Clone)]
pub struct Config {
    /// Largest request body accepted, in bytes (413 beyond it).
    pub body_limit: usize,
    /// Who may call: run on every request once its body is read (so a
    /// signature can cover the body; the body is read once; a streaming
    /// payload is not read first), before anything about the request is
    /// answered: an unknown caller learns nothing, not even which operations
    /// exist. `None`: everyone. `crate::sigv4::Verifier` (feature `sigv4`)
    /// checks SigV4 signatures.
    pub authenticate: Option<Arc<dyn Authenticate>>,
    /// Domains whose subdomains name the URI's first label, as S3's
    /// virtual-hosted addressing names the bucket: with `s3.example.com`
    /// here, a request to `photos.s3.example.com/cat.jpg` is served as
    /// `/photos/cat.jpg` (its signature still covers the path it was sent
    /// with). Hosts that are not subdomains of one of these are served as
    /// sent (path style).
    pub virtual_hosts: Vec<String>,
}

/// The URI a request was sent with, when the server serves it under
/// another ([`Config::virtual_hosts`]); signatures are checked against it.
#[derive(Debug, Clone)]
pub struct SentUri(pub http::Uri);

/// Serves a virtual-hosted request (`bucket.domain/key`) as its path-style
/// form (`/bucket/key`), keeping the URI it was sent with as [`SentUri`].
pub(crate) fn virtual_host(config: &Config, parts: &mut http::request::Parts) {
    if config.virtual_hosts.is_empty() {
        return;
    }
    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| parts.uri.host())
        .unwrap_or_default();
    // The port aside (an IPv6 literal has no subdomains).
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    let label = config.virtual_hosts.iter().find_map(|domain| {
        let sub = host.strip_suffix(domain.as_str())?.strip_suffix('.')?;
        (!sub.is_empty()).then_some(sub)
    });
    let Some(label) = label else { return };
    let pq = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let rest = pq.strip_prefix('/').unwrap_or(pq);
    let sep = if rest.is_empty() || rest.starts_with('?') {
        ""
    } else {
        "/"
    };
    let label = crate::binding::encode(label, false);
    let Ok(uri) = format!("/{label}{sep}{rest}").parse::<http::Uri>() else {
        return;
    };
    serve_as(parts, uri);
}

/// Serves the request as `uri`, keeping the URI it was sent with as
/// [`SentUri`] (the first, when it is served as another more than once).
pub(crate) fn serve_as(parts: &mut http::request::Parts, uri: http::Uri) {
    let sent = std::mem::replace(&mut parts.uri, uri);
    if parts.extensions.get::<SentUri>().is_none() {
        parts.extensions.insert(SentUri(sent));
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("body_limit", &self.body_limit)
            .field("authenticate", &self.authenticate.is_some())
            .field("virtual_hosts", &self.virtual_hosts)
            .finish()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            body_limit: 10 * 1024 * 1024,
            authenticate: None,
            virtual_hosts: Vec::new(),
        }
    }
}

/// Decides who a request comes from, or refuses it.
pub trait Authenticate: Send + Sync + 'static {
    /// The caller's identity (for SigV4, the access key id), which handlers see
    /// as [`Context::caller`], or the error to answer (status and code as the
    /// protocol's clients expect: `403 InvalidSignatureException`, ...).
    /// `body` is the body as received, or `None` for a streaming payload,
    /// which the operation reads itself.
    fn authenticate(
        &self,
        parts: &http::request::Parts,
        body: Option<&[u8]>,
    ) -> Result<String, WireError>;

    /// Whether the request presents credentials of this scheme at all: an
    /// operation that allows anonymous calls (`@optionalAuth`, `noAuth`)
    /// takes a request that presents none without authenticating it. By
    /// default, whether it has an `Authorization` header.
    fn presented(&self, parts: &http::request::Parts) -> bool {
        parts.headers.contains_key(http::header::AUTHORIZATION)
    }

    /// Whether a streaming payload must be read before [`authenticate`]
    /// can decide (a SigV4 signature over the payload's own hash, with no
    /// `X-Amz-Content-Sha256` header). It is then read whole, bounded by
    /// [`Config::body_limit`], and handed to the operation as its stream.
    ///
    /// [`authenticate`]: Authenticate::authenticate
    fn reads_streamed_body(&self, parts: &http::request::Parts) -> bool {
        let _ = parts;
        false
    }

    /// The streaming payload of an authenticated request, as the operation
    /// reads it: a SigV4 request that declared its payload's hash gets a
    /// stream that fails at its end when the bytes do not have it, so the
    /// operation sees an error and keeps nothing.
    fn check_stream(&self, parts: &http::request::Parts, stream: ByteStream) -> ByteStream {
        let _ = parts;
        stream
    }

    /// Checks the chunk signatures of an authenticated request's
    /// `aws-chunked` body (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`), chained to
    /// the request's signature; `None`: not checked.
    fn chunk_verifier(
        &self,
        parts: &http::request::Parts,
    ) -> Option<Box<dyn crate::aws_chunked::ChunkVerifier>> {
        let _ = parts;
        None
    }
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

/// What is remembered about a call while its handler runs.
#[derive(Debug, Clone)]
pub struct Call {
    /// The protocol the request came in.
    protocol: Protocol,
    /// The operation's bindings.
    binding: &'static crate::binding::HttpOp,
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

    /// The protocol the request came in (and the response goes out).
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }
}

/// Runs `config.authenticate` (if any) on a request: its caller, or the error
/// to answer. For an operation that allows `anonymous` calls, a request that
/// presents no credentials has no caller.
pub(crate) fn authenticate(
    config: &Config,
    parts: &http::request::Parts,
    body: Option<&[u8]>,
    anonymous: bool,
) -> Result<Option<String>, WireError> {
    match &config.authenticate {
        Some(a) if anonymous && !a.presented(parts) => Ok(None),
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

pub(crate) fn log(operation: &str, outcome: &str, status: u16, started: Instant, request_id: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use http::header::HeaderValue;
    use std::sync::Mutex;

    #[test]
    fn virtual_hosted_requests_are_served_path_style() {
        let config = Config {
            virtual_hosts: vec!["s3.example.com".into()],
            ..Config::default()
        };
        let served = |host: &str, uri: &str| {
            let (mut parts, ()) = http::Request::builder()
                .uri(uri)
                .header("host", host)
                .body(())
                .unwrap()
                .into_parts();
            virtual_host(&config, &mut parts);
            let sent = parts.extensions.get::<SentUri>().map(|s| s.0.to_string());
            (parts.uri.to_string(), sent)
        };
        assert_eq!(
            served("photos.s3.example.com:8080", "/cat%20one.jpg?x=1"),
            (
                "/photos/cat%20one.jpg?x=1".into(),
                Some("/cat%20one.jpg?x=1".into())
            )
        );
        assert_eq!(
            served("photos.s3.example.com", "/?list-type=2"),
            ("/photos?list-type=2".into(), Some("/?list-type=2".into()))
        );
        assert_eq!(
            served("photos.s3.example.com", "/"),
            ("/photos".into(), Some("/".into()))
        );
        // The domain itself, and other hosts, are served as sent.
        assert_eq!(
            served("s3.example.com", "/photos/a"),
            ("/photos/a".into(), None)
        );
        assert_eq!(served("photos.s3.example.org", "/a"), ("/a".into(), None));
        assert_eq!(served("xs3.example.com", "/a"), ("/a".into(), None));
    }

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
        static OP: crate::binding::HttpOp = crate::binding::HttpOp {
            name: "Op",
            method: "POST",
            uri: "/",
            code: 200,
            input: crate::binding::Message::BODY,
            output: crate::binding::Message::EMPTY,
            xml: None,
        };
        let call = Call {
            protocol: Protocol::AwsJson1_1,
            binding: &OP,
            request_id: "r".into(),
            operation: "Op",
            started: Instant::now(),
        };
        let mut cx = context();
        assert!(plugins.before(Op::Read, &mut cx).await.is_ok());
        let reply = Reply::value(serde_json::json!({}), None);
        let mut resp = output_response(Protocol::AwsJson1_1, &OP, reply, "r").unwrap();
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
}
