//! Support for the protocol compliance tests `codegen` generates from
//! `smithy.test#httpRequestTests` / `httpResponseTests`: a capturing HTTP peer
//! on 127.0.0.1 for client tests, request building and response checks for
//! server tests, and the runner that prints one line per suite. Header and body
//! assertions are `aws-smithy-protocol-test`'s.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_smithy_protocol_test::{
    forbid_headers, require_headers, validate_body, validate_headers, MediaType,
};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};

/// A test case's future.
pub type CaseFuture = Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// One generated test: the case id, which side it tests, and the test.
pub struct Case {
    pub id: &'static str,
    /// `client` or `server`.
    pub side: &'static str,
    /// `request` or `response` (a request and a response case may share an id).
    pub kind: &'static str,
    pub run: fn() -> CaseFuture,
}

/// `status body` of a response, for failure messages.
pub async fn describe<B>(resp: http::Response<B>) -> String
where
    B: http_body::Body,
    B::Error: std::fmt::Display,
{
    let status = resp.status();
    let body = match resp.into_body().collect().await {
        Ok(c) => String::from_utf8_lossy(&c.to_bytes()).into_owned(),
        Err(e) => format!("(unreadable body: {e})"),
    };
    format!("{status} {body}")
}

/// A request as the peer received it.
#[derive(Debug, Clone)]
pub struct Captured {
    pub method: String,
    pub uri: String,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

impl Captured {
    /// The request again, for a server: a server request case whose body
    /// the case cannot write (a compressed one) is sent as the client wrote
    /// it.
    pub fn replay(&self) -> Result<http::Request<Full<Bytes>>, String> {
        let mut builder = http::Request::builder()
            .method(self.method.as_str())
            .uri(self.uri.as_str());
        for (k, v) in &self.headers {
            builder = builder.header(k, v);
        }
        builder.body(Full::new(self.body.clone())).map_err(failure)
    }
}

/// An HTTP/1.1 peer on an ephemeral 127.0.0.1 port that answers every request
/// with one canned response and keeps the last request it received.
pub struct Peer {
    pub url: String,
    pub addr: std::net::SocketAddr,
    captured: Arc<Mutex<Option<Captured>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Peer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Peer {
    /// Starts a peer answering `status`, `headers` and `body`.
    pub async fn start(status: u16, headers: &[(&str, &str)], body: &str) -> Result<Peer, String> {
        Self::start_bytes(status, headers, Bytes::from(body.to_owned())).await
    }

    /// Starts a peer answering `status`, `headers` and these bytes (event
    /// frames), keeping the request it got.
    pub async fn start_bytes(
        status: u16,
        headers: &[(&str, &str)],
        body: Bytes,
    ) -> Result<Peer, String> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let url = format!("http://{addr}");
        let captured = Arc::new(Mutex::new(None));
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let slot = Arc::clone(&captured);
        let tls = tls_acceptor()?.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let tls = tls.clone();
                let slot = Arc::clone(&slot);
                let headers = headers.clone();
                let body = body.clone();
                let service =
                    hyper::service::service_fn(move |req: http::Request<hyper::body::Incoming>| {
                        let slot = Arc::clone(&slot);
                        let headers = headers.clone();
                        let body = body.clone();
                        async move {
                            let (parts, incoming) = req.into_parts();
                            let bytes = incoming
                                .collect()
                                .await
                                .map(|c| c.to_bytes())
                                .unwrap_or_default();
                            *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(Captured {
                                method: parts.method.to_string(),
                                uri: parts.uri.to_string(),
                                headers: parts.headers,
                                body: bytes,
                            });
                            let mut resp = http::Response::new(Full::new(body));
                            *resp.status_mut() = http::StatusCode::from_u16(status)
                                .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
                            for (k, v) in &headers {
                                if let (Ok(k), Ok(v)) = (
                                    http::HeaderName::from_bytes(k.as_bytes()),
                                    http::HeaderValue::from_str(v),
                                ) {
                                    resp.headers_mut().append(k, v);
                                }
                            }
                            Ok::<_, std::convert::Infallible>(resp)
                        }
                    });
                tokio::spawn(async move {
                    // HTTPS when the client opens with a TLS handshake (a
                    // record of type 22), plain HTTP otherwise.
                    let mut first = [0u8; 1];
                    let http = hyper::server::conn::http1::Builder::new();
                    if matches!(stream.peek(&mut first).await, Ok(1) if first[0] == 0x16) {
                        if let Ok(tls) = tls.accept(stream).await {
                            let io = hyper_util::rt::TokioIo::new(tls);
                            let _ = http.serve_connection(io, service).await;
                        }
                    } else {
                        let io = hyper_util::rt::TokioIo::new(stream);
                        let _ = http.serve_connection(io, service).await;
                    }
                });
            }
        });
        Ok(Peer {
            url,
            addr,
            captured,
            task,
        })
    }

    /// Starts a peer answering exactly `status`, `headers` and `body`, with
    /// no header of its own (no `Date`, and `Content-Length` only when
    /// `headers` has it; otherwise the body ends when the connection
    /// closes): what a client reads into `@httpPrefixHeaders("")` maps is
    /// then only what the case lists. It reads each request's head, answers,
    /// closes its side, and drains what the client still sends.
    pub async fn exact(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Result<Peer, String> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let reason = http::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Status");
        let mut head = format!("HTTP/1.1 {status} {reason}\r\n");
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        let response = Bytes::from([head.as_bytes(), body].concat());
        let task = tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let response = response.clone();
                tokio::spawn(async move {
                    let mut seen = Vec::new();
                    let mut buf = [0u8; 8192];
                    while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => seen.extend_from_slice(&buf[..n]),
                        }
                    }
                    if stream.write_all(&response).await.is_err() {
                        return;
                    }
                    let _ = stream.shutdown().await;
                    while let Ok(n) = stream.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                    }
                });
            }
        });
        Ok(Peer {
            url: format!("http://{addr}"),
            addr,
            captured: Arc::new(Mutex::new(None)),
            task,
        })
    }

    /// The last request received.
    pub fn request(&self) -> Result<Captured, String> {
        self.captured
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or_else(|| "the client sent no request".to_owned())
    }
}

fn failure(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn media(name: &str) -> MediaType {
    MediaType::from(name)
}

/// `validate_body`, except that an empty expected body means an empty body.
fn check_body(actual: &[u8], expected: &str, media_type: &str) -> Result<(), String> {
    if expected.trim().is_empty() {
        return if actual.iter().all(u8::is_ascii_whitespace) {
            Ok(())
        } else {
            Err(format!(
                "expected an empty body, got {}",
                String::from_utf8_lossy(actual)
            ))
        };
    }
    if media_type == "application/cbor" {
        return cbor_equal(actual, expected);
    }
    validate_body(actual, expected, media(media_type)).map_err(failure)
}

/// A CBOR item as compared: numbers by value (an integer equals the float
/// of the same value, since encoders differ: botocore writes whole epoch
/// seconds as integers, the AWS SDKs as doubles; half, single and double
/// precision alike), maps without regard to order or definite length,
/// strings and byte strings whether chunked or not.
#[derive(Debug)]
enum Item {
    Int(i128),
    Float(f64),
    Bytes(Vec<u8>),
    Text(String),
    Array(Vec<Item>),
    Map(Vec<(String, Item)>),
    Tag(u64, Box<Item>),
    Bool(bool),
    Null,
}

impl PartialEq for Item {
    fn eq(&self, other: &Item) -> bool {
        use Item::*;
        match (self, other) {
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a == b || (a.is_nan() && b.is_nan()),
            #[allow(clippy::cast_precision_loss)]
            (Int(i), Float(f)) | (Float(f), Int(i)) => *i as f64 == *f,
            (Bytes(a), Bytes(b)) => a == b,
            (Text(a), Text(b)) => a == b,
            (Array(a), Array(b)) => a == b,
            (Map(a), Map(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.iter().any(|(k2, v2)| k == k2 && v == v2))
            }
            (Tag(t, a), Tag(u, b)) => t == u && a == b,
            (Bool(a), Bool(b)) => a == b,
            (Null, Null) => true,
            _ => false,
        }
    }
}

fn cbor_item(d: &mut minicbor::Decoder<'_>) -> Result<Item, String> {
    use minicbor::data::Type as T;
    let e = |x: minicbor::decode::Error| x.to_string();
    Ok(match d.datatype().map_err(e)? {
        T::Bool => Item::Bool(d.bool().map_err(e)?),
        T::Null | T::Undefined => {
            d.skip().map_err(e)?;
            Item::Null
        }
        T::U8 | T::U16 | T::U32 | T::U64 | T::I8 | T::I16 | T::I32 | T::I64 | T::Int => {
            Item::Int(i128::from(d.int().map_err(e)?))
        }
        T::F16 => Item::Float(f64::from(d.f16().map_err(e)?)),
        T::F32 => Item::Float(f64::from(d.f32().map_err(e)?)),
        T::F64 => Item::Float(d.f64().map_err(e)?),
        T::Bytes | T::BytesIndef => {
            let mut b = Vec::new();
            for chunk in d.bytes_iter().map_err(e)? {
                b.extend_from_slice(chunk.map_err(e)?);
            }
            Item::Bytes(b)
        }
        T::String | T::StringIndef => {
            let mut s = String::new();
            for chunk in d.str_iter().map_err(e)? {
                s.push_str(chunk.map_err(e)?);
            }
            Item::Text(s)
        }
        T::Array | T::ArrayIndef => {
            let mut items = Vec::new();
            match d.array().map_err(e)? {
                Some(n) => {
                    for _ in 0..n {
                        items.push(cbor_item(d)?);
                    }
                }
                None => {
                    while d.datatype().map_err(e)? != T::Break {
                        items.push(cbor_item(d)?);
                    }
                    d.skip().map_err(e)?;
                }
            }
            Item::Array(items)
        }
        T::Map | T::MapIndef => {
            let mut entries = Vec::new();
            let mut entry = |d: &mut minicbor::Decoder<'_>| -> Result<(), String> {
                let Item::Text(k) = cbor_item(d)? else {
                    return Err("a map key that is not text".to_owned());
                };
                entries.push((k, cbor_item(d)?));
                Ok(())
            };
            match d.map().map_err(e)? {
                Some(n) => {
                    for _ in 0..n {
                        entry(d)?;
                    }
                }
                None => {
                    while d.datatype().map_err(e)? != T::Break {
                        entry(d)?;
                    }
                    d.skip().map_err(e)?;
                }
            }
            Item::Map(entries)
        }
        T::Tag => {
            let tag = d.tag().map_err(e)?.as_u64();
            Item::Tag(tag, Box::new(cbor_item(d)?))
        }
        other => return Err(format!("unexpected CBOR item {other}")),
    })
}

/// Compares a CBOR body with the case's (base64) one.
fn cbor_equal(actual: &[u8], expected_base64: &str) -> Result<(), String> {
    let expected = aws_smithy_types::base64::decode(expected_base64.trim())
        .map_err(|e| format!("the case's CBOR body is not base64: {e}"))?;
    cbor_same(actual, &expected)
}

/// Compares two CBOR items as [`Item`]s.
fn cbor_same(actual: &[u8], expected: &[u8]) -> Result<(), String> {
    let read = |bytes: &[u8], what: &str| {
        let mut d = minicbor::Decoder::new(bytes);
        cbor_item(&mut d).map_err(|e| format!("the {what} body is not CBOR: {e}"))
    };
    let (want, got) = (read(expected, "expected")?, read(actual, "actual")?);
    if want == got {
        Ok(())
    } else {
        Err(format!(
            "CBOR body did not match:\nexpected: {want:#?}\nactual: {got:#?}"
        ))
    }
}

/// The peers' TLS acceptor, made once per process: a self-signed
/// certificate of its own (the test clients accept it:
/// `Config::accept_invalid_certs`).
fn tls_acceptor() -> Result<&'static tokio_rustls::TlsAcceptor, String> {
    static ACCEPTOR: std::sync::OnceLock<Result<tokio_rustls::TlsAcceptor, String>> =
        std::sync::OnceLock::new();
    ACCEPTOR
        .get_or_init(new_tls_acceptor)
        .as_ref()
        .map_err(Clone::clone)
}

fn new_tls_acceptor() -> Result<tokio_rustls::TlsAcceptor, String> {
    use tokio_rustls::rustls;
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()])
        .map_err(|e| e.to_string())?;
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.key_pair.serialize_der().into());
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(vec![cert.cert.der().clone()], key)
        .map_err(|e| e.to_string())?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// What a request test expects of a request.
pub struct ExpectedRequest<'a> {
    pub method: &'a str,
    pub uri: &'a str,
    pub headers: &'a [(&'a str, &'a str)],
    pub forbid_headers: &'a [&'a str],
    pub require_headers: &'a [&'a str],
    /// `resolvedHost`: the host the request must name (port aside).
    pub host: Option<&'a str>,
    /// The body and its media type, when the case gives one.
    pub body: Option<(&'a str, &'a str)>,
    /// `queryParams`: each `k=v` (encoded) must be in the query.
    pub query_params: &'a [&'a str],
    pub forbid_query_params: &'a [&'a str],
    pub require_query_params: &'a [&'a str],
}

/// Checks the query string of `uri` against a case's query expectations.
fn check_query(uri: &str, want: &ExpectedRequest<'_>) -> Result<(), String> {
    let query = uri.split_once('?').map_or("", |(_, q)| q);
    let parts: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let key = |p: &str| p.split('=').next().unwrap_or_default().to_owned();
    for q in want.query_params {
        if !parts.contains(q) {
            return Err(format!("query '{query}' lacks '{q}'"));
        }
    }
    for k in want.forbid_query_params {
        if parts.iter().any(|p| key(p) == *k) {
            return Err(format!("query '{query}' has the forbidden '{k}'"));
        }
    }
    for k in want.require_query_params {
        if !parts.iter().any(|p| key(p) == *k) {
            return Err(format!("query '{query}' lacks the required '{k}'"));
        }
    }
    Ok(())
}

/// Checks a captured request against a client request test.
pub fn check_request(got: &Captured, want: &ExpectedRequest<'_>) -> Result<(), String> {
    if !got.method.eq_ignore_ascii_case(want.method) {
        return Err(format!("method {} != {}", got.method, want.method));
    }
    let path = got.uri.split('?').next().unwrap_or_default();
    if path != want.uri {
        return Err(format!("uri {path} != {}", want.uri));
    }
    check_query(&got.uri, want)?;
    if let Some(host) = want.host {
        let got_host = got
            .headers
            .get("host")
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default();
        let name = got_host.rsplit_once(':').map_or(got_host, |(h, _)| h);
        if name != host {
            return Err(format!("host {got_host} != {host}"));
        }
    }
    validate_headers(&got.headers, want.headers.iter().copied()).map_err(failure)?;
    forbid_headers(&got.headers, want.forbid_headers).map_err(failure)?;
    require_headers(&got.headers, want.require_headers).map_err(failure)?;
    if let Some((body, media_type)) = want.body {
        check_body(&got.body, body, media_type)?;
    }
    Ok(())
}

/// Sends `req` to `host` (its `Host` header), when there is one.
pub fn set_host<B>(req: &mut http::Request<B>, host: Option<&'static str>) {
    if let Some(h) = host {
        req.headers_mut()
            .insert(http::header::HOST, http::HeaderValue::from_static(h));
    }
}

/// An HTTP request for a server request test.
pub fn request(
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<http::Request<Full<Bytes>>, String> {
    let mut builder = http::Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        builder = builder.header(*k, *v);
    }
    builder
        .body(Full::new(Bytes::copy_from_slice(body)))
        .map_err(failure)
}

/// Checks a server's response against a server response test.
pub async fn check_response<B>(
    resp: http::Response<B>,
    code: u16,
    headers: &[(&str, &str)],
    body: Option<(&str, &str)>,
) -> Result<(), String>
where
    B: http_body::Body,
    B::Error: std::fmt::Display,
{
    let (parts, incoming) = resp.into_parts();
    if parts.status.as_u16() != code {
        return Err(format!("status {} != {code}", parts.status.as_u16()));
    }
    validate_headers(&parts.headers, headers.iter().copied()).map_err(failure)?;
    let bytes = incoming.collect().await.map_err(failure)?.to_bytes();
    if let Some((body, media_type)) = body {
        check_body(&bytes, body, media_type)?;
    }
    Ok(())
}

/// A malformed-request case's assertion on the response body.
pub enum BodyAssertion<'a> {
    /// The body equals this text, compared as the media type given.
    Contents(&'a str, &'a str),
    /// The JSON body's `message` matches this regular expression.
    MessageRegex(&'a str),
}

/// Checks a server's answer to a malformed request: the status, the listed
/// headers, and the body as the case asserts it.
pub async fn check_malformed<B>(
    resp: http::Response<B>,
    code: u16,
    headers: &[(&str, &str)],
    body: Option<BodyAssertion<'_>>,
) -> Result<(), String>
where
    B: http_body::Body,
    B::Error: std::fmt::Display,
{
    let (parts, incoming) = resp.into_parts();
    let bytes = incoming.collect().await.map_err(failure)?.to_bytes();
    let text = || String::from_utf8_lossy(&bytes).into_owned();
    if parts.status.as_u16() != code {
        return Err(format!(
            "status {} != {code}; body: {}",
            parts.status.as_u16(),
            text()
        ));
    }
    validate_headers(&parts.headers, headers.iter().copied())
        .map_err(|e| format!("{e}; body: {}", text()))?;
    match body {
        None => Ok(()),
        Some(BodyAssertion::Contents(expected, media_type)) => {
            check_body(&bytes, expected, media_type)
        }
        Some(BodyAssertion::MessageRegex(re)) => {
            let re = regex::Regex::new(re).map_err(failure)?;
            let v: serde_json::Value = serde_json::from_slice(&bytes)
                .map_err(|e| format!("the body is not JSON ({e}): {}", text()))?;
            match v.get("message").and_then(serde_json::Value::as_str) {
                Some(m) if re.is_match(m) => Ok(()),
                _ => Err(format!(
                    "the body's message does not match {re}: {}",
                    text()
                )),
            }
        }
    }
}

/// Compares two values: equal, or equal in their `Debug` form, so that NaN
/// equals NaN (documents hold hash maps, so their `Debug` order varies and
/// `PartialEq` decides for them).
pub fn same<T: Debug + PartialEq>(actual: &T, expected: &T) -> Result<(), String> {
    if actual == expected {
        return Ok(());
    }
    let (a, e) = (format!("{actual:#?}"), format!("{expected:#?}"));
    if a == e {
        Ok(())
    } else {
        Err(format!("got:\n{a}\nexpected:\n{e}"))
    }
}

/// Runs a suite's cases (those not in the skip list named by
/// `PROTOCOL_TESTS_SKIP`), reports failures, and prints
/// `suite: P passed, F failed, S skipped`.
pub fn run(suite: &str, cases: Vec<Case>) -> ExitCode {
    let skips = match skip_list(suite) {
        Ok(s) => s,
        Err(e) => {
            println!("{suite}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale: Vec<String> = skips
        .keys()
        .filter(|(id, which)| {
            !cases
                .iter()
                .any(|c| c.id == id && format!("{}/{}", c.side, c.kind) == *which)
        })
        .map(|(id, which)| format!("{id} ({which})"))
        .collect();
    stale.sort();
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            println!("{suite}: cannot start a runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for case in &cases {
        if skips.contains_key(&(case.id.to_owned(), format!("{}/{}", case.side, case.kind))) {
            skipped += 1;
            continue;
        }
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            rt.block_on(async {
                match tokio::time::timeout(Duration::from_secs(20), (case.run)()).await {
                    Ok(r) => r,
                    Err(_) => Err("timed out".to_owned()),
                }
            })
        }))
        .unwrap_or_else(|_| Err("panicked".to_owned()));
        match outcome {
            Ok(()) => passed += 1,
            Err(e) => {
                failed += 1;
                println!(
                    "FAILED {suite} {} ({}/{}): {e}",
                    case.id, case.side, case.kind
                );
            }
        }
    }
    for s in &stale {
        println!("{suite}: the skip list names {s}, which is not a case of this suite");
    }
    println!("{suite}: {passed} passed, {failed} failed, {skipped} skipped");
    if failed == 0 && stale.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `suite case-id side/kind reason...` lines (`server/response`); `#` starts
/// a comment.
fn skip_list(suite: &str) -> Result<BTreeMap<(String, String), String>, String> {
    let Some(path) = std::env::var_os("PROTOCOL_TESTS_SKIP") else {
        return Ok(BTreeMap::new());
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read the skip list {}: {e}", path.to_string_lossy()))?;
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.splitn(4, char::is_whitespace);
        let (Some(s), Some(id), Some(side)) = (words.next(), words.next(), words.next()) else {
            return Err(format!(
                "skip list line {}: expected `suite case side reason`",
                n + 1
            ));
        };
        let reason = words.next().unwrap_or("").trim();
        if reason.is_empty() {
            return Err(format!("skip list line {}: {id} has no reason", n + 1));
        }
        if s == suite {
            out.insert((id.to_owned(), side.to_owned()), reason.to_owned());
        }
    }
    Ok(out)
}

/// The frames of an event-stream case, base64 each, as one body.
pub fn concat_frames(frames: &[&str]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for f in frames {
        out.extend(
            aws_smithy_types::base64::decode(f)
                .map_err(|e| format!("a case's frame is not base64: {e}"))?,
        );
    }
    Ok(out)
}

/// The messages of a body of frames.
fn messages(mut body: &[u8]) -> Result<Vec<aws_smithy_types::event_stream::Message>, String> {
    let mut out = Vec::new();
    while !body.is_empty() {
        if body.len() < 4 {
            return Err("the body ends inside a frame".into());
        }
        let len = u32::from_be_bytes([body[0], body[1], body[2], body[3]]) as usize;
        if len > body.len() || len < 16 {
            return Err(format!("a frame of {len} bytes in {} left", body.len()));
        }
        out.push(crate::event_stream::read_frame(&body[..len])?);
        body = &body[len..];
    }
    Ok(out)
}

/// Checks a body of frames against a case's frames (base64 each): as many
/// messages, each with the same headers in any order and the same payload
/// (JSON payloads compared as JSON).
pub fn check_frames(got: &[u8], want: &[&str]) -> Result<(), String> {
    // Signed events (a client under SigV4) are compared as the frames
    // their envelopes carry; the signed end frame carries none.
    let mut got = messages(got)?
        .into_iter()
        .map(|m| {
            if !m
                .headers()
                .iter()
                .any(|h| h.name().as_str() == ":chunk-signature")
            {
                return Ok(Some(m));
            }
            if m.payload().is_empty() {
                return Ok(None);
            }
            crate::event_stream::read_frame(m.payload()).map(Some)
        })
        .collect::<Result<Vec<_>, String>>()?;
    got.retain(Option::is_some);
    let got: Vec<_> = got.into_iter().flatten().collect();
    let want = messages(&concat_frames(want)?)?;
    if got.len() != want.len() {
        return Err(format!("{} frames, the case has {}", got.len(), want.len()));
    }
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let mut gh: Vec<String> = g.headers().iter().map(|h| format!("{h:?}")).collect();
        let mut wh: Vec<String> = w.headers().iter().map(|h| format!("{h:?}")).collect();
        gh.sort();
        wh.sort();
        if gh != wh {
            return Err(format!("frame {i}: headers {gh:?}, the case's {wh:?}"));
        }
        let json = |p: &[u8]| serde_json::from_slice::<serde_json::Value>(p).ok();
        let cbor = w.headers().iter().any(|h| {
            h.name().as_str() == ":content-type"
                && h.value()
                    .as_string()
                    .is_ok_and(|v| v.as_str() == "application/cbor")
        });
        let same = g.payload() == w.payload()
            || (cbor && cbor_same(g.payload(), w.payload()).is_ok())
            || matches!((json(g.payload()), json(w.payload())), (Some(a), Some(b)) if a == b);
        if !same {
            return Err(format!(
                "frame {i}: payload {:?}, the case's {:?}",
                String::from_utf8_lossy(g.payload()),
                String::from_utf8_lossy(w.payload())
            ));
        }
    }
    Ok(())
}

/// A response's status and whole body.
pub async fn collect<B>(resp: http::Response<B>) -> (u16, Bytes)
where
    B: http_body::Body,
{
    let status = resp.status().as_u16();
    let body = resp
        .into_body()
        .collect()
        .await
        .map(|c| c.to_bytes())
        .unwrap_or_default();
    (status, body)
}
