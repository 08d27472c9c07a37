//! restJson1 calls: the input's JSON form written to the URI, query,
//! headers and body through the operation's bindings; the response read
//! back the same way into the output's JSON form (or the error's), which
//! the generated codecs parse. Streaming payloads are sent and received
//! chunk by chunk.

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use serde_json::{Map, Value};

use super::{Attempt, Failure, Handle, ResponseError, SdkError, Signing, Step};
use crate::error::{error_code, HasResponseMeta, OperationError, Unhandled};
use crate::json::{self, parse_lenient, FromJson, Input};
use crate::rest::{self, HttpOp, Loc, Message, PayloadKind};
use crate::stream::{ByteStream, Streaming};

/// A request body: bytes (which a retry can send again) or a stream.
enum Body {
    Bytes(Bytes),
    Stream(Option<ByteStream>),
}

/// The request for `op` from its input's JSON form, without the endpoint.
struct Prepared {
    path_and_query: String,
    /// `@endpoint` host prefix, labels filled in.
    host_prefix: Option<String>,
    headers: http::HeaderMap,
    body: Body,
}

/// A streaming payload: its bytes when it holds them (a retry can send them
/// again), else the stream.
fn stream_body(stream: Option<ByteStream>) -> Body {
    let s = stream.unwrap_or_default();
    match s.bytes() {
        Some(b) => Body::Bytes(b.clone()),
        None => Body::Stream(Some(s)),
    }
}

/// A request's body as its message says: the stream for a streaming
/// payload; a set payload's bytes (`payload`), `{}` for an unset structure
/// payload and nothing for another; the JSON body members (`members`) when
/// some travel in the body; else nothing.
fn request_body(
    msg: &Message,
    stream: Option<ByteStream>,
    payload: impl FnOnce(&rest::Payload) -> Result<Option<Bytes>, String>,
    members: impl FnOnce() -> Result<Vec<u8>, String>,
) -> Result<Body, String> {
    Ok(match &msg.payload {
        Some(p) if p.kind == PayloadKind::Stream => stream_body(stream),
        Some(p) => match payload(p)? {
            Some(bytes) => Body::Bytes(bytes),
            None if p.kind == PayloadKind::Structure => Body::Bytes(Bytes::from_static(b"{}")),
            None => Body::Bytes(Bytes::new()),
        },
        None if msg.body => Body::Bytes(Bytes::from(members()?)),
        None => Body::Bytes(Bytes::new()),
    })
}

/// The body of a request from the input's whole JSON form `obj`.
fn json_body(
    msg: &Message,
    obj: &Map<String, Value>,
    stream: Option<ByteStream>,
) -> Result<Body, String> {
    request_body(
        msg,
        stream,
        |p| {
            obj.get(p.key)
                .filter(|v| !v.is_null())
                .map(|v| rest::payload_bytes(p, Some(v)))
                .transpose()
        },
        || {
            let members = rest::body_members(msg, obj);
            serde_json::to_vec(&Value::Object(members)).map_err(|e| e.to_string())
        },
    )
}

/// The body of a request written from the typed input, once.
fn typed_body<I: Input>(
    msg: &Message,
    input: &I,
    stream: Option<ByteStream>,
) -> Result<Body, String> {
    request_body(
        msg,
        stream,
        |_| match input.payload() {
            Ok(bytes) => Ok(bytes.map(Bytes::from)),
            Err(e) => Err(e.to_string()),
        },
        || serde_json::to_vec(&json::Body(input)).map_err(|e| e.to_string()),
    )
}

/// `Content-MD5` of `body` (`@httpChecksumRequired`).
#[cfg(feature = "checksums")]
fn content_md5(body: &[u8]) -> Result<HeaderValue, String> {
    use md5::Digest as _;
    let digest = md5::Md5::digest(body);
    HeaderValue::from_str(&aws_smithy_types::base64::encode(digest.as_slice()))
        .map_err(|e| e.to_string())
}

/// Without the `checksums` feature (which a generated client enables when
/// its model uses `@httpChecksumRequired`), such a request cannot be made.
#[cfg(not(feature = "checksums"))]
fn content_md5(_body: &[u8]) -> Result<HeaderValue, String> {
    Err("the operation requires a Content-MD5 checksum; this build has no checksums (feature `checksums`)".to_owned())
}

/// The request for `op`: the bound members of `obj` in the URI, query and
/// headers; `body` as the body.
fn prepare_request(op: &HttpOp, obj: &Map<String, Value>, body: Body) -> Result<Prepared, String> {
    let path_and_query = rest::request_uri(op, obj)?;
    let mut headers = http::HeaderMap::new();
    rest::write_headers(op.input.bindings, obj, &mut headers)?;
    let msg = &op.input;
    let sends_body = match &body {
        Body::Bytes(b) => !b.is_empty(),
        Body::Stream(_) => true,
    };
    if let Some(ct) = msg.content_type().filter(|_| sends_body) {
        if !headers.contains_key(CONTENT_TYPE) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(ct));
        }
    }
    Ok(Prepared {
        host_prefix: None,
        path_and_query,
        headers,
        body,
    })
}

/// The response's bound members (status, headers) and body into the JSON
/// form of `msg`.
fn read_response(
    msg: &Message,
    status: u16,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Value, String> {
    let mut obj = Map::new();
    for b in msg.bindings {
        if b.loc == Loc::ResponseCode {
            obj.insert(b.key.to_owned(), Value::from(status));
        }
    }
    rest::read_headers(msg.bindings, headers, &mut obj)?;
    let blank = body.iter().all(u8::is_ascii_whitespace);
    match &msg.payload {
        Some(p) if p.kind == PayloadKind::Stream => {}
        Some(_) if body.is_empty() => {}
        Some(p) => {
            let v = match p.kind {
                PayloadKind::Structure | PayloadKind::Json if blank => {
                    return Ok(Value::Object(obj))
                }
                PayloadKind::Structure | PayloadKind::Json => serde_json::from_slice(body)
                    .map_err(|e| format!("the payload is not JSON: {e}"))?,
                PayloadKind::Text => Value::String(
                    String::from_utf8(body.to_vec()).map_err(|_| "the payload is not UTF-8")?,
                ),
                _ => Value::String(aws_smithy_types::base64::encode(body)),
            };
            obj.insert(p.key.to_owned(), v);
        }
        None if blank => {}
        None => {
            let v: Value = serde_json::from_slice(body)
                .map_err(|e| format!("the response body is not JSON: {e}"))?;
            if let Value::Object(members) = v {
                for (k, v) in members {
                    obj.entry(k).or_insert(v);
                }
            }
        }
    }
    Ok(Value::Object(obj))
}

impl Handle {
    /// Calls the restJson1 operation `op` with the typed `input` (its
    /// idempotency tokens already filled) and its streaming payload: checks
    /// the input's constraints (unless switched off), binds its JSON form to
    /// the URI, query, headers and body; parses the output `O` (its stream
    /// set) or the error `E`.
    pub async fn call_rest<I, O, E>(
        &self,
        op: &'static HttpOp,
        input: &I,
        stream: Option<ByteStream>,
    ) -> Result<O, SdkError<E>>
    where
        I: Input,
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let info = self.operation_info::<E>(op.name)?;
        if self.config.validate_input {
            super::check_input(json::validate(input))?;
        }
        // The members bound outside the body, each on its own.
        let keys = op.input.bindings.iter().map(|b| b.key);
        let bound: Map<String, Value> = keys
            .filter_map(|k| Some((k.to_owned(), input.member(k)?)))
            .collect();
        let body = typed_body(&op.input, input, stream).map_err(SdkError::construction)?;
        let prepared = prepare_request(op, &bound, body).map_err(SdkError::construction)?;
        self.send_rest(op, info, prepared, &|m| input.member(m))
            .await
    }

    /// [`call_rest`](Self::call_rest) on the input's JSON form (a tool that
    /// works from the schema): idempotency tokens filled and the input
    /// checked against `I` as a server would parse it.
    pub async fn call_rest_json<I, O, E>(
        &self,
        op: &'static HttpOp,
        mut input: Value,
        stream: Option<ByteStream>,
    ) -> Result<O, SdkError<E>>
    where
        I: FromJson,
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let info = self.prepare_json::<I, E>(op.name, &mut input)?;
        let empty = Map::new();
        let obj = input.as_object().unwrap_or(&empty);
        let body = json_body(&op.input, obj, stream).map_err(SdkError::construction)?;
        let prepared = prepare_request(op, obj, body).map_err(SdkError::construction)?;
        self.send_rest(op, info, prepared, &|m| input.get(m).cloned())
            .await
    }

    /// Sends the prepared request with retries; `member` answers the
    /// input's members that endpoint parameters and host labels name.
    async fn send_rest<O, E>(
        &self,
        op: &'static HttpOp,
        info: &super::OperationInfo,
        mut prepared: Prepared,
        member: &dyn Fn(&str) -> Option<Value>,
    ) -> Result<O, SdkError<E>>
    where
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let endpoint = self.resolve_endpoint(info, member)?;
        let unsigned_ok = info.optional_auth;
        if let Some(p) = info.host_prefix {
            let filled = super::host_prefix(p, member).map_err(SdkError::construction)?;
            prepared.host_prefix = Some(filled);
        }
        if super::CAN_COMPRESS && info.gzip && !self.config.disable_request_compression {
            if let Body::Bytes(b) = &prepared.body {
                if b.len() >= self.config.request_min_compression_size_bytes {
                    let gz = super::gzip(b).map_err(SdkError::construction)?;
                    prepared.body = Body::Bytes(Bytes::from(gz));
                    let encoding = match prepared
                        .headers
                        .get("content-encoding")
                        .and_then(|v| v.to_str().ok())
                    {
                        Some(given) => format!("{given}, gzip"),
                        None => "gzip".to_owned(),
                    };
                    let v = HeaderValue::from_str(&encoding)
                        .map_err(|e| SdkError::construction(e.to_string()))?;
                    prepared.headers.insert("content-encoding", v);
                }
            }
        }
        if info.checksum_required {
            if let Body::Bytes(b) = &prepared.body {
                let v = content_md5(b).map_err(SdkError::construction)?;
                prepared.headers.insert("content-md5", v);
            }
        }
        let invocation_id = super::random_uuid();
        let mut attempt = 1;
        let mut last_cost = None;
        loop {
            self.pace().await;
            let outcome = self
                .exchange_rest::<O, E>(
                    op,
                    &endpoint,
                    &mut prepared,
                    unsigned_ok,
                    &invocation_id,
                    attempt,
                )
                .await;
            let outcome = match outcome {
                Ok(a) => a,
                Err(f) => f.into_attempt(),
            };
            // A stream that was sent cannot be sent again.
            let resendable = matches!(prepared.body, Body::Bytes(_));
            match self.step(outcome, attempt, resendable, &mut last_cost) {
                Step::Return(result) => return result,
                Step::RetryAfter(delay) => {
                    tracing::debug!(op = op.name, attempt, ?delay, "retrying");
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
            }
        }
    }

    async fn exchange_rest<O, E>(
        &self,
        op: &'static HttpOp,
        endpoint: &crate::endpoint::Endpoint,
        prepared: &mut Prepared,
        unsigned_ok: bool,
        invocation_id: &str,
        attempt: u32,
    ) -> Result<Attempt<Result<O, SdkError<E>>>, Failure>
    where
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let http = self.http.as_ref().map_err(|e| Failure::fatal(e.clone()))?;
        let url = format!(
            "{}{}",
            endpoint.url.trim_end_matches('/'),
            prepared.path_and_query
        );
        let url = match &prepared.host_prefix {
            Some(p) => super::with_host_prefix(&url, p).map_err(Failure::fatal)?,
            None => url,
        };
        let (bytes, streaming) = match &mut prepared.body {
            Body::Bytes(b) => (b.to_vec(), None),
            Body::Stream(s) => (Vec::new(), s.take()),
        };
        let mut req = http::Request::builder()
            .method(op.method)
            .uri(&url)
            .body(bytes)
            .map_err(|e| Failure::fatal(format!("invalid request '{url}': {e}")))?;
        *req.headers_mut() = prepared.headers.clone();
        let signing = Signing {
            endpoint,
            unsigned_ok,
            unsigned_payload: streaming.is_some(),
        };
        self.finish_request(&mut req, signing, invocation_id, attempt)
            .await?;
        tracing::debug!(%url, method = op.method, attempt, "sending request");
        let req = match streaming {
            Some(s) => req.map(|_| s.into_body()),
            None => req.map(|b| ByteStream::from(b).into_body()),
        };
        let resp = http.send(req).await?;
        let status = resp.status().as_u16();
        let resp_headers = resp.headers().clone();
        let request_id = resp_headers
            .get("x-amzn-requestid")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let stream_out = op
            .output
            .payload
            .as_ref()
            .is_some_and(|p| p.kind == PayloadKind::Stream);
        let bad_response = |message: String| {
            SdkError::Response(
                ResponseError::new(status, "the response does not fit the output shape")
                    .with_source(message)
                    .with_request_id(request_id.clone()),
            )
        };
        if (200..300).contains(&status) && stream_out {
            let body = ByteStream::from_body(resp.into_body());
            let result = read_response(&op.output, status, &resp_headers, &[])
                .and_then(|v| parse_lenient::<O>(&v).map_err(|e| e.to_string()))
                .map(|mut o| {
                    o.put_stream(body);
                    o.with_request_id(request_id.clone())
                })
                .map_err(bad_response);
            return Ok(Attempt::Done(result));
        }
        let body = crate::transport::collect(resp.into_body()).await?;
        tracing::debug!(status, request_id = ?request_id, bytes = body.len(), "response");
        if (200..300).contains(&status) {
            let result = read_response(&op.output, status, &resp_headers, &body)
                .and_then(|v| parse_lenient::<O>(&v).map_err(|e| e.to_string()))
                .map(|o| o.with_request_id(request_id.clone()))
                .map_err(bad_response);
            return Ok(Attempt::Done(result));
        }
        Ok(self.rest_error::<O, E>(status, &resp_headers, &body, request_id))
    }

    /// An error response: the code as AWS clients resolve it, the members
    /// bound to headers merged into the body's.
    fn rest_error<O, E: OperationError>(
        &self,
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
        request_id: Option<String>,
    ) -> Attempt<Result<O, SdkError<E>>> {
        let parsed: Value = if body.iter().all(u8::is_ascii_whitespace) {
            Value::Object(Map::new())
        } else {
            serde_json::from_slice(body).unwrap_or(Value::Null)
        };
        let header = headers
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok());
        let code = error_code(header, &parsed).map_or_else(|| status.to_string(), str::to_owned);
        let mut members = match &parsed {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        if let Some((_, bindings)) = self.info.error_headers.iter().find(|(c, _)| *c == code) {
            let mut bound = Map::new();
            if rest::read_headers(bindings, headers, &mut bound).is_ok() {
                members.extend(bound);
            }
        }
        let unhandled =
            Unhandled::from_parts(status, code.clone(), super::error_message(&parsed, body))
                .with_request_id(request_id);
        self.service_error(&code, &Value::Object(members), unhandled)
    }
}
