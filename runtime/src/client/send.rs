//! The send loop every protocol goes through: the input's members placed
//! by the operation's bindings (URI, query, headers, body written by the
//! protocol's codec), then endpoint, host prefix, compression, checksum,
//! signing, sending with retries, and the response read back the same way
//! into the output's JSON form (or the error's, from the protocol's error
//! envelope), which the generated codecs parse. Streaming payloads are sent
//! and received chunk by chunk.

use crate::auth::AuthScheme;
use crate::aws_chunked::ChunkChain;
use std::time::SystemTime;

use aws_credential_types::provider::ProvideCredentials as _;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use serde_json::{Map, Value};

use super::{
    retry_kind, Attempt, Failure, Handle, OperationInfo, ResponseError, RetryKind, SdkError,
    Signing, Step,
};
use crate::binding::{self, HttpOp, Loc, Message, PayloadKind};
use crate::codec::{self, Codec};
use crate::endpoint;
use crate::error::{error_code, HasResponseMeta, OperationError, Unhandled};
use crate::json::{self, parse_lenient_in, Ctx, FromJson, Input};
use crate::protocol::{Protocol, Routing};
use crate::stream::{ByteStream, Streaming};

/// A request body: bytes (which a retry can send again) or a stream.
#[derive(Clone)]
enum Body {
    Bytes(Bytes),
    Stream(Option<ByteStream>),
}

/// The request for `op` from its input's JSON form, without the endpoint.
#[derive(Clone)]
struct Prepared {
    path_and_query: String,
    /// `@endpoint` host prefix, labels filled in.
    host_prefix: Option<String>,
    headers: http::HeaderMap,
    body: Body,
    /// `aws.protocols#httpChecksum` response validation is on: the
    /// algorithms a response's checksum may use.
    validate_checksums: &'static [&'static str],
    /// A streamed body sent `aws-chunked` with this trailing checksum
    /// algorithm (flexible checksums of a stream of known length).
    chunked: Option<String>,
    /// Sent with `Expect: 100-continue` (not signed: proxies may drop it).
    expect_continue: bool,
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
    protocol: Protocol,
    stream: Option<ByteStream>,
    payload: impl FnOnce(&binding::Payload) -> Result<Option<Bytes>, String>,
    members: impl FnOnce() -> Result<Vec<u8>, String>,
) -> Result<Body, String> {
    Ok(match &msg.payload {
        // The RPC protocols' event streams open with the other members.
        Some(_) if msg.initial_message() => {
            let first = crate::event_stream::initial_frame(
                protocol,
                crate::event_stream::INITIAL_REQUEST,
                members()?,
            )?;
            let events = stream.unwrap_or_default();
            Body::Stream(Some(crate::event_stream::prepend(first, events)))
        }
        Some(p) if p.streams() => stream_body(stream),
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
    op: &HttpOp,
    protocol: Protocol,
    obj: &Map<String, Value>,
    stream: Option<ByteStream>,
) -> Result<Body, String> {
    let msg = &op.input;
    let codec = protocol.codec();
    if let Some(xml) = op.xml {
        return xml_body(op, protocol, xml, obj, stream);
    }
    request_body(
        msg,
        protocol,
        stream,
        |p| {
            obj.get(p.key)
                .filter(|v| !v.is_null())
                .map(|v| binding::payload_bytes(p, Some(v)))
                .transpose()
        },
        || {
            Ok(codec::encode_value(
                codec,
                &Value::Object(binding::body_members(msg, obj)),
            ))
        },
    )
}

/// The body of a request in an XML protocol: the query form, or restXml's
/// document (or payload structure), else the payload's bytes.
fn xml_body(
    op: &HttpOp,
    protocol: Protocol,
    xml: &codec::message::XmlOp,
    obj: &Map<String, Value>,
    stream: Option<ByteStream>,
) -> Result<Body, String> {
    let msg = &op.input;
    let document = || codec::message::write_request(protocol, op, xml, obj);
    if protocol.routing() == Routing::Query {
        return Ok(Body::Bytes(Bytes::from(document())));
    }
    Ok(match &msg.payload {
        Some(p) if p.streams() => stream_body(stream),
        Some(p) if matches!(p.kind, PayloadKind::Structure | PayloadKind::Json) => {
            Body::Bytes(Bytes::from(document()))
        }
        Some(p) => match obj.get(p.key).filter(|v| !v.is_null()) {
            Some(v) => Body::Bytes(binding::payload_bytes(p, Some(v))?),
            None => Body::Bytes(Bytes::new()),
        },
        None if msg.body => Body::Bytes(Bytes::from(document())),
        None => Body::Bytes(Bytes::new()),
    })
}

/// Whether signing name `name` is S3's (or a variant's), which signs its
/// path as sent and its payload's hash in `x-amz-content-sha256`.
fn is_s3(name: &str) -> bool {
    matches!(
        name,
        "s3" | "s3-object-lambda" | "s3-outposts" | "s3express"
    )
}

/// `aws.protocols#httpChecksum` on a request: the checksum of a buffered
/// body by the algorithm the input names (CRC32 when it names none, as the
/// AWS SDKs do by default), unless the caller gave one; response
/// validation when the input's validation member is `ENABLED`.
fn flexible_checksum(
    fc: super::FlexibleChecksum,
    prepared: &mut Prepared,
    member: &(dyn Fn(&str) -> Option<Value> + Sync),
) -> Result<(), String> {
    let text = |m: Option<&'static str>| member(m?)?.as_str().map(str::to_owned);
    if text(fc.validation_member).as_deref() == Some("ENABLED") {
        prepared.validate_checksums = fc.response_algorithms;
    }
    let given = prepared.headers.keys().any(|k| {
        k.as_str()
            .strip_prefix("x-amz-checksum-")
            .is_some_and(|a| crate::checksum::ALGORITHMS.contains(&a))
    });
    let wanted = fc.required || fc.algorithm_member.is_some();
    if given || !wanted {
        return Ok(());
    }
    let algorithm = text(fc.algorithm_member).unwrap_or_else(|| "CRC32".to_owned());
    let Body::Bytes(body) = &prepared.body else {
        // A stream's checksum trails it (`aws-chunked`), computed as it is
        // sent, when its length is known (S3 wants the decoded length).
        if crate::checksum::Hasher::new(&algorithm).is_some() {
            prepared.chunked = Some(algorithm);
        }
        return Ok(());
    };
    let value = crate::checksum::compute(&algorithm, body).ok_or_else(|| {
        format!("checksum algorithm {algorithm} is not supported (feature `flexible-checksums`)")
    })?;
    let name = http::HeaderName::from_bytes(crate::checksum::header_name(&algorithm).as_bytes())
        .map_err(|e| e.to_string())?;
    prepared.headers.insert(
        name,
        HeaderValue::from_str(&value).map_err(|e| e.to_string())?,
    );
    if !prepared
        .headers
        .contains_key("x-amz-sdk-checksum-algorithm")
    {
        let v =
            HeaderValue::from_str(&algorithm.to_ascii_uppercase()).map_err(|e| e.to_string())?;
        prepared.headers.insert("x-amz-sdk-checksum-algorithm", v);
    }
    Ok(())
}

/// A response's checksum, when validation is on and the response has one
/// of the operation's algorithms (the first it has, in the model's order).
fn validate_checksum(
    algorithms: &[&str],
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<(), String> {
    let found = algorithms.iter().find_map(|a| {
        let v = headers
            .get(crate::checksum::header_name(a))?
            .to_str()
            .ok()?;
        Some((*a, v))
    });
    let Some((algorithm, given)) = found else {
        return Ok(());
    };
    // A multipart object's checksum (`...-3`) is of its parts: not checked.
    if given.contains('-') {
        return Ok(());
    }
    match crate::checksum::compute(algorithm, body) {
        Some(ours) if ours == given => Ok(()),
        Some(ours) => Err(format!(
            "the response's {algorithm} checksum {given} does not match its body's ({ours})"
        )),
        None => Ok(()),
    }
}

/// The body of a request written from the typed input, once.
fn typed_body<I: Input>(
    msg: &Message,
    protocol: Protocol,
    input: &I,
    stream: Option<ByteStream>,
) -> Result<Body, String> {
    request_body(
        msg,
        protocol,
        stream,
        |_| match input.payload() {
            Ok(bytes) => Ok(bytes.map(Bytes::from)),
            Err(e) => Err(e.to_string()),
        },
        || {
            Ok(if protocol.routing() == Routing::Http {
                codec::encode_body(protocol, input)
            } else {
                // Every member, bound in restJson1 or not.
                codec::encode(protocol, input)
            })
        },
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

/// The request for `op` in `protocol`: its path and query, the bound
/// members of `obj` in the headers, the protocol's headers, and `body`.
fn prepare_request(
    op: &HttpOp,
    protocol: Protocol,
    service: &str,
    obj: &Map<String, Value>,
    body: Body,
) -> Result<Prepared, String> {
    let mut headers = http::HeaderMap::new();
    let path_and_query = match protocol.routing() {
        Routing::Http => binding::request_uri(op, obj)?,
        // awsJson operations live at `/`, under the endpoint's own path.
        Routing::Target => {
            let target = HeaderValue::from_str(&format!("{service}.{}", op.name))
                .map_err(|e| e.to_string())?;
            headers.insert("x-amz-target", target);
            "/".to_owned()
        }
        Routing::RpcV2 => format!("/service/{service}/operation/{}", op.name),
        // The form's `Action` names the operation.
        Routing::Query => "/".to_owned(),
    };
    if let Some(p) = protocol.smithy_protocol() {
        headers.insert("smithy-protocol", HeaderValue::from_static(p));
        let accept = if op.output.streams_events() {
            crate::event_stream::CONTENT_TYPE
        } else {
            protocol.content_type()
        };
        headers.insert(http::header::ACCEPT, HeaderValue::from_static(accept));
    }
    binding::write_headers(op.input.bindings, obj, &mut headers)?;
    let msg = &op.input;
    let sends_body = match &body {
        Body::Bytes(b) => !b.is_empty(),
        Body::Stream(_) => true,
    };
    // A query protocol's form always names its Action.
    let ct = match protocol.routing() {
        Routing::Query => Some(protocol.content_type()),
        _ => msg
            .content_type(protocol.content_type())
            .filter(|_| sends_body),
    };
    if let Some(ct) = ct {
        if !headers.contains_key(CONTENT_TYPE) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(ct));
        }
    }
    Ok(Prepared {
        validate_checksums: &[],
        host_prefix: None,
        chunked: None,
        expect_continue: false,
        path_and_query,
        headers,
        body,
    })
}

/// The response's bound members (status, headers) and body into the JSON
/// form of `msg`.
fn read_response(
    op: &HttpOp,
    protocol: Protocol,
    status: u16,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Value, String> {
    let msg = &op.output;
    let codec = protocol.codec();
    let mut obj = Map::new();
    for b in msg.bindings {
        if b.loc == Loc::ResponseCode {
            obj.insert(b.key.to_owned(), Value::from(status));
        }
    }
    binding::read_headers(msg.bindings, headers, &mut obj)?;
    // A prefix-header map is there, empty, when no header has the prefix,
    // as in the AWS SDKs (botocore's `Metadata` of GetObject is `{}`).
    for b in msg.bindings {
        if matches!(b.loc, Loc::PrefixHeaders(_)) {
            obj.entry(b.key)
                .or_insert_with(|| Value::Object(Map::new()));
        }
    }
    if let Some(xml) = op.xml {
        let xml_payload = msg
            .payload
            .as_ref()
            .is_none_or(|p| matches!(p.kind, PayloadKind::Structure | PayloadKind::Json));
        if xml_payload {
            codec::message::read_response(protocol, op, xml, body, &mut obj)
                .map_err(|e| format!("the response is not XML of the output's shape: {e}"))?;
            return Ok(Value::Object(obj));
        }
    }
    let blank = codec::is_empty(codec, body);
    match &msg.payload {
        Some(p) if p.streams() => {}
        Some(_) if body.is_empty() => {}
        Some(p) => {
            let v = match p.kind {
                PayloadKind::Structure | PayloadKind::Json if blank => {
                    return Ok(Value::Object(obj))
                }
                PayloadKind::Structure | PayloadKind::Json => codec::decode_value(codec, body)
                    .map_err(|e| e.message().unwrap_or_default().to_owned())?,
                PayloadKind::Text => Value::String(
                    String::from_utf8(body.to_vec()).map_err(|_| "the payload is not UTF-8")?,
                ),
                _ => Value::String(aws_smithy_types::base64::encode(body)),
            };
            obj.insert(p.key.to_owned(), v);
        }
        // Nothing travels in the body (a `Unit` output): whatever came is not read.
        None if blank || !msg.body => {}
        None => {
            let v = codec::decode_value(codec, body).map_err(|e| {
                e.message()
                    .unwrap_or_default()
                    .replace("request", "response")
            })?;
            if let Value::Object(members) = v {
                for (k, v) in members {
                    obj.entry(k).or_insert(v);
                }
            }
        }
    }
    Ok(Value::Object(obj))
}

/// `op` as `protocol` binds it: RPC protocols carry every member in the body.
/// The size of the chunks of an `aws-chunked` upload (as the AWS SDKs).
const CHUNK_SIZE: usize = 64 * 1024;

/// How a streamed body goes `aws-chunked`.
struct Chunking {
    algorithm: String,
    /// The payload literal the request signs.
    payload: &'static str,
    /// Each chunk signed (over plain HTTP, where nothing else protects it).
    signed: bool,
}

/// The headers of an `aws-chunked` upload of stream `s` with a trailing
/// `algorithm` checksum, when its length is known (declared in
/// `Content-Length`, or the stream's own); `None` when it is not (then
/// the stream goes as it is, without a checksum).
fn aws_chunked_headers(
    headers: &mut http::HeaderMap,
    algorithm: &str,
    s: &ByteStream,
    signed: bool,
) -> Result<Option<Chunking>, String> {
    use crate::aws_chunked::{
        encoded_length, STREAMING_SIGNED_TRAILER, STREAMING_UNSIGNED_TRAILER,
    };
    let declared = headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let Some(len) = declared.or_else(|| s.exact_len()) else {
        return Ok(None);
    };
    let algorithm = algorithm.to_ascii_lowercase();
    let encoded = encoded_length(len, CHUNK_SIZE, signed, Some(&algorithm));
    let value = |v: String| HeaderValue::from_str(&v).map_err(|e| e.to_string());
    let encoding = match headers
        .get(http::header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
    {
        Some(given) => format!("aws-chunked, {given}"),
        None => "aws-chunked".to_owned(),
    };
    headers.insert(http::header::CONTENT_ENCODING, value(encoding)?);
    headers.insert(
        "x-amz-trailer",
        value(crate::checksum::header_name(&algorithm))?,
    );
    headers.insert("x-amz-decoded-content-length", value(len.to_string())?);
    headers.insert(http::header::CONTENT_LENGTH, value(encoded.to_string())?);
    let payload = if signed {
        STREAMING_SIGNED_TRAILER
    } else {
        STREAMING_UNSIGNED_TRAILER
    };
    Ok(Some(Chunking {
        algorithm,
        payload,
        signed,
    }))
}

/// The URL a prepared request goes to: the endpoint's, with the request's
/// path and query and any host prefix.
fn request_url(endpoint: &endpoint::Endpoint, prepared: &Prepared) -> Result<String, String> {
    let url = format!(
        "{}{}",
        endpoint.url.trim_end_matches('/'),
        prepared.path_and_query
    );
    match &prepared.host_prefix {
        Some(p) => super::with_host_prefix(&url, p),
        None => Ok(url),
    }
}

fn bound_for(op: &'static HttpOp, protocol: Protocol) -> &'static HttpOp {
    match protocol.routing() {
        Routing::Http => op,
        _ => op.rpc(),
    }
}

impl Handle {
    /// Calls operation `op` with the typed `input` (its idempotency tokens
    /// already filled) and its streaming payload: checks the input's
    /// constraints (unless switched off), writes it once through the
    /// operation's bindings and the protocol's codec, sends it with retries,
    /// and parses the output `O` (its stream set) or the error `E`.
    pub async fn call<I, O, E>(
        &self,
        op: &'static HttpOp,
        input: &I,
        stream: Option<ByteStream>,
    ) -> Result<O, SdkError<E>>
    where
        I: Input + Sync,
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let (op, protocol, info, prepared) = self.prepare::<I, E>(op, input, stream)?;
        self.send(op, protocol, info, prepared, &|m| input.member(m))
            .await
    }

    /// The request `call` and `presign` make of `input`: checked (unless
    /// switched off), its bound members and body written.
    #[allow(clippy::type_complexity)]
    fn prepare<I, E>(
        &self,
        op: &'static HttpOp,
        input: &I,
        stream: Option<ByteStream>,
    ) -> Result<(&'static HttpOp, Protocol, &OperationInfo, Prepared), SdkError<E>>
    where
        I: Input + Sync,
        E: OperationError,
    {
        let info = self.operation_info::<E>(op.name)?;
        if self.config.validate_input {
            let custom = self.info.customizations;
            super::check_input(super::customize::unless_defaulted(
                custom,
                json::validate(input),
            ))?;
        }
        let protocol = self.protocol();
        let op = bound_for(op, protocol);
        // The members bound outside the body, each on its own.
        let keys = op.input.bindings.iter().map(|b| b.key);
        let mut bound: Map<String, Value> = keys
            .filter_map(|k| Some((k.to_owned(), input.member(k)?)))
            .collect();
        super::customize::default_members(self.info.customizations, &mut bound);
        let body = match op.xml {
            // XML is written from the JSON form, through the descriptions.
            Some(_) => match json::to_value(&json::Json(input)) {
                Value::Object(obj) => json_body(op, protocol, &obj, stream),
                _ => json_body(op, protocol, &Map::new(), stream),
            },
            None => typed_body(&op.input, protocol, input, stream),
        }
        .map_err(SdkError::construction)?;
        let prepared = prepare_request(op, protocol, self.info.target_prefix, &bound, body)
            .map_err(SdkError::construction)?;
        Ok((op, protocol, info, prepared))
    }

    /// A pre-signed request for `input` of `op`: its URL carries a SigV4
    /// query-string signature valid for `config`'s time (the payload is
    /// `UNSIGNED-PAYLOAD`: whoever sends it chooses the body), and the
    /// headers it must be sent with. Nothing is sent.
    pub async fn presign<I, E>(
        &self,
        op: &'static HttpOp,
        input: &I,
        config: &super::PresigningConfig,
    ) -> Result<super::PresignedRequest, SdkError<E>>
    where
        I: Input + Sync,
        E: OperationError,
    {
        let (op, protocol, info, mut prepared) = self.prepare::<I, E>(op, input, None)?;
        // No body: nothing of it is computed or signed.
        prepared.body = Body::Stream(None);
        let member = |m: &str| input.member(m);
        let bucket = self.bucket_region(op, &member);
        let (endpoint, prepared, _) = self
            .ready(op, protocol, info, prepared, &member, bucket.as_deref())
            .await?;
        let url = request_url(&endpoint, &prepared).map_err(SdkError::construction)?;
        let mut req = http::Request::builder()
            .method(op.method)
            .uri(&url)
            .body(Vec::new())
            .map_err(|e| SdkError::construction(format!("invalid request '{url}': {e}")))?;
        *req.headers_mut() = prepared.headers;
        req.headers_mut().remove(http::header::CONTENT_LENGTH);
        let signing = Signing {
            endpoint: &endpoint,
            schemes: info.auth.unwrap_or(self.info.auth),
            unsigned_payload: true,
            presign: Some((config.expires_in, config.start_time)),
            region: bucket.as_deref(),
            streaming: None,
        };
        let fail = Failure::into_error::<E>;
        self.endpoint_headers(&mut req, &endpoint).map_err(fail)?;
        self.sign_parts(&mut req, signing).await.map_err(fail)?;
        let (parts, _) = req.into_parts();
        Ok(super::PresignedRequest::new(parts))
    }

    /// [`call`](Self::call) on the input's JSON form (a tool that works from
    /// the schema): idempotency tokens filled and the input checked against
    /// `I` as a server would parse it, then sent as it is.
    pub async fn call_with_json<I, O, E>(
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
        if let Value::Object(obj) = &mut input {
            super::customize::default_members(self.info.customizations, obj);
        }
        let info = self.prepare_json::<I, E>(op.name, &mut input)?;
        let protocol = self.protocol();
        let op = bound_for(op, protocol);
        let empty = Map::new();
        let obj = input.as_object().unwrap_or(&empty);
        let body = json_body(op, protocol, obj, stream).map_err(SdkError::construction)?;
        let prepared = prepare_request(op, protocol, self.info.target_prefix, obj, body)
            .map_err(SdkError::construction)?;
        self.send(op, protocol, info, prepared, &|m| input.get(m).cloned())
            .await
    }

    /// Sends the prepared request with retries; `member` answers the
    /// input's members that endpoint parameters and host labels name.
    /// The request's endpoint and what every attempt sends: the endpoint
    /// chosen (a member's URL, a discovered one, the resolved one), the host
    /// prefix, the customizations' headers, compression and checksums.
    async fn ready<E>(
        &self,
        op: &'static HttpOp,
        protocol: Protocol,
        info: &OperationInfo,
        mut prepared: Prepared,
        member: &(dyn Fn(&str) -> Option<Value> + Sync),
        region: Option<&str>,
    ) -> Result<
        (
            endpoint::Endpoint,
            Prepared,
            Option<super::discovery::Chosen>,
        ),
        SdkError<E>,
    >
    where
        E: OperationError,
    {
        // The URL an input member gives (a customization), else a
        // discovered endpoint (`aws.api#clientDiscoveredEndpoint`), else the
        // resolved one. Discovery is not asked when a member gave the URL.
        let from_member =
            super::customize::endpoint_from_member(self.info.customizations, op.name, member);
        let discovered = match from_member {
            Some(_) => None,
            None => self.discovered_endpoint(info, member).await?,
        };
        let url = from_member.or_else(|| discovered.as_ref().map(|d| d.url.clone()));
        let mut endpoint = match url {
            Some(url) => endpoint::Endpoint {
                url,
                ..endpoint::Endpoint::default()
            },
            None => self.resolve_endpoint_in(info, member, region)?,
        };
        if let Some(p) = info.host_prefix {
            let filled = super::host_prefix(p, member).map_err(SdkError::construction)?;
            prepared.host_prefix = Some(filled);
        }
        self.address_label(op, member, &mut endpoint, &mut prepared);
        if self.info.query_compatible {
            // `@awsQueryCompatible`: the service answers errors as its
            // awsQuery form named them.
            prepared
                .headers
                .insert("x-amzn-query-mode", HeaderValue::from_static("true"));
        }
        if protocol.routing() == Routing::Target {
            // awsJson requests always have a body: `{}` for no input.
            if let Body::Bytes(b) = &prepared.body {
                if b.is_empty() {
                    prepared.body = Body::Bytes(Bytes::from_static(b"{}"));
                    prepared.headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static(protocol.content_type()),
                    );
                }
            }
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
        let custom = self.info.customizations;
        for (name, value) in super::customize::headers(custom) {
            if !prepared.headers.contains_key(name) {
                prepared
                    .headers
                    .insert(name, HeaderValue::from_static(value));
            }
        }
        if super::customize::tree_hashed(custom, op.name)
            && !prepared.headers.contains_key("x-amz-sha256-tree-hash")
        {
            if let Body::Bytes(b) = &prepared.body {
                let sums = [
                    ("x-amz-content-sha256", super::customize::sha256_hex(b)),
                    ("x-amz-sha256-tree-hash", super::customize::tree_hash(b)),
                ];
                for (name, v) in sums {
                    let v = HeaderValue::from_str(&v)
                        .map_err(|e| SdkError::construction(e.to_string()))?;
                    prepared.headers.insert(name, v);
                }
            }
        }
        if let Body::Stream(None) = prepared.body {
            // A pre-signed request: whoever sends it chooses the body, so
            // nothing of its body is computed.
            return Ok((endpoint, prepared, discovered));
        }
        if info.checksum_required {
            if let Body::Bytes(b) = &prepared.body {
                let v = content_md5(b).map_err(SdkError::construction)?;
                prepared.headers.insert("content-md5", v);
            }
        }
        if let Some(fc) = info.flexible_checksum {
            flexible_checksum(fc, &mut prepared, member).map_err(SdkError::construction)?;
        }
        let len = match &prepared.body {
            Body::Bytes(b) => Some(b.len()),
            Body::Stream(_) => None,
        };
        prepared.expect_continue = super::customize::expects_continue(custom, op.name, len);
        Ok((endpoint, prepared, discovered))
    }

    async fn send<O, E>(
        &self,
        op: &'static HttpOp,
        protocol: Protocol,
        info: &OperationInfo,
        prepared: Prepared,
        member: &(dyn Fn(&str) -> Option<Value> + Sync),
    ) -> Result<O, SdkError<E>>
    where
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let original = prepared.clone();
        let mut region = self.bucket_region(op, member);
        let (mut endpoint, mut prepared, discovered) = self
            .ready(op, protocol, info, prepared, member, region.as_deref())
            .await?;
        let invocation_id = super::random_uuid();
        let mut attempt = 1;
        let mut last_cost = None;
        let mut redirected = false;
        loop {
            self.pace().await;
            let outcome = self
                .exchange::<O, E>(
                    op,
                    protocol,
                    info,
                    &endpoint,
                    &mut prepared,
                    (&invocation_id, attempt),
                    region.as_deref(),
                )
                .await;
            let outcome = match outcome {
                Ok(a) => a,
                Err(f) => f.into_attempt(),
            };
            // A stream that was sent cannot be sent again.
            let resendable = matches!(prepared.body, Body::Bytes(_));
            if let Attempt::Redirect(_, to) = &outcome {
                if resendable && !redirected {
                    tracing::debug!(op = op.name, region = %to, "the bucket is in another region");
                    redirected = true;
                    self.remember_bucket_region(op, member, to);
                    region = Some(to.clone());
                    (endpoint, prepared, _) = self
                        .ready(
                            op,
                            protocol,
                            info,
                            original.clone(),
                            member,
                            region.as_deref(),
                        )
                        .await?;
                    continue;
                }
            }
            match self.step(outcome, attempt, resendable, &mut last_cost) {
                Step::Return(result) => {
                    if let (Some(d), Err(SdkError::Service(e))) = (&discovered, &result) {
                        self.discovered_endpoint_failed(d, e.code());
                    }
                    return result;
                }
                Step::RetryAfter(delay) => {
                    tracing::debug!(op = op.name, attempt, ?delay, "retrying");
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
            }
        }
    }

    /// A label the endpoint carries (S3's `Bucket`): with endpoint rules,
    /// the rules put it in the URL and it leaves the path; without them it
    /// goes to the host or stays in the path as S3's addressing says.
    fn address_label(
        &self,
        op: &HttpOp,
        member: &(dyn Fn(&str) -> Option<Value> + Sync),
        endpoint: &mut endpoint::Endpoint,
        prepared: &mut Prepared,
    ) {
        let custom = self.info.customizations;
        if self.rules.is_some() {
            super::customize::label_in_endpoint(custom, op.uri, &mut prepared.path_and_query);
            return;
        }
        let Some(label) = super::customize::endpoint_label(custom, op.uri) else {
            return;
        };
        let value = member(label);
        let c = &self.config;
        let flag = |name: &str| c.s3_built_ins.get(name).copied().unwrap_or(false);
        let how = super::customize::Addressing {
            force_path_style: flag("AWS::S3::ForcePathStyle"),
            accelerate: flag("AWS::S3::Accelerate"),
            dual_stack: c.use_dual_stack,
        };
        let prefix = super::customize::legacy_addressing(
            custom,
            op.uri,
            value.as_ref().and_then(Value::as_str),
            how,
            &mut endpoint.url,
            &mut prepared.path_and_query,
        );
        if let Some(p) = prefix {
            let rest = prepared.host_prefix.take().unwrap_or_default();
            prepared.host_prefix = Some(format!("{p}{rest}"));
        }
    }

    #[allow(clippy::too_many_arguments)]
    async fn exchange<O, E>(
        &self,
        op: &'static HttpOp,
        protocol: Protocol,
        info: &OperationInfo,
        endpoint: &endpoint::Endpoint,
        prepared: &mut Prepared,
        (invocation_id, attempt): (&str, u32),
        region: Option<&str>,
    ) -> Result<Attempt<Result<O, SdkError<E>>>, Failure>
    where
        O: FromJson + Streaming + HasResponseMeta,
        E: OperationError,
    {
        let http = self.http.as_ref().map_err(|e| Failure::fatal(e.clone()))?;
        let url = request_url(endpoint, prepared).map_err(Failure::fatal)?;
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
        let chunking = match (&prepared.chunked, &streaming) {
            (Some(algorithm), Some(s)) => {
                aws_chunked_headers(req.headers_mut(), algorithm, s, url.starts_with("http://"))
                    .map_err(Failure::fatal)?
            }
            _ => None,
        };
        // Events sent under SigV4 are signed one by one, chained to the
        // request's signature, which signs this literal as its payload.
        let events_in = streaming.is_some() && op.input.streams_events();
        if events_in {
            req.headers_mut().insert(
                "x-amz-content-sha256",
                HeaderValue::from_static(crate::event_stream::STREAMING_EVENTS),
            );
        }
        let signing = Signing {
            endpoint,
            schemes: info.auth.unwrap_or(self.info.auth),
            unsigned_payload: streaming.is_some(),
            presign: None,
            region,
            streaming: match &chunking {
                Some(c) => Some(c.payload),
                None if events_in => Some(crate::event_stream::STREAMING_EVENTS),
                None => None,
            },
        };
        let seed = self
            .finish_request(&mut req, signing, invocation_id, attempt)
            .await?;
        let (seed, streaming) = match (events_in, seed, streaming) {
            (true, Some(chain), Some(s)) => {
                (None, Some(crate::event_stream::sign_frames(s, chain)))
            }
            (true, None, s) => {
                // Not SigV4: the frames go as they are.
                req.headers_mut().remove("x-amz-content-sha256");
                (None, s)
            }
            (_, seed, s) => (seed, s),
        };
        if prepared.expect_continue {
            req.headers_mut().insert(
                http::header::EXPECT,
                HeaderValue::from_static("100-continue"),
            );
        }
        let streaming = match (streaming, chunking) {
            (Some(s), Some(c)) => Some(crate::aws_chunked::encode(
                s,
                crate::aws_chunked::Encoding {
                    signer: seed
                        .filter(|_| c.signed)
                        .map(|s| Box::new(s) as Box<dyn crate::aws_chunked::ChunkSigner>),
                    checksum: Some(c.algorithm),
                    chunk_size: CHUNK_SIZE,
                },
            )),
            (s, _) => s,
        };
        let loggable = !info.sensitive
            && protocol.codec() == Codec::Json
            && !prepared.headers.contains_key("content-encoding");
        if loggable && streaming.is_none() {
            tracing::debug!(%url, method = op.method, attempt, body = %String::from_utf8_lossy(req.body()), "sending request");
        } else {
            tracing::debug!(%url, method = op.method, attempt, bytes = req.body().len(), "sending request");
        }
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
            .is_some_and(binding::Payload::streams);
        let events_out = op.output.streams_events();
        let bad_response = |message: String| {
            SdkError::Response(
                ResponseError::new(status, "the response does not fit the output shape")
                    .with_source(message)
                    .with_request_id(request_id.clone()),
            )
        };
        let parse = |v: Value| {
            let cx = Ctx::lenient().with_epoch_timestamps(protocol.epoch_timestamps());
            parse_lenient_in::<O>(&v, cx).map_err(|e| e.to_string())
        };
        if (200..300).contains(&status) && stream_out {
            let mut body = ByteStream::from_body(resp.into_body());
            let mut initial = None;
            if op.output.initial_message() {
                // The RPC protocols: the stream opens with the output's
                // other members.
                let read =
                    crate::event_stream::read_initial(body, crate::event_stream::INITIAL_RESPONSE)
                        .await;
                match read {
                    Ok((members, rest)) => {
                        initial = members;
                        body = rest;
                    }
                    Err(e) => {
                        let e = format!("the event stream's initial-response: {e}");
                        return Ok(Attempt::Done(Err(bad_response(e))));
                    }
                }
            }
            let result = read_response(op, protocol, status, &resp_headers, &[])
                .and_then(|mut v| match &initial {
                    Some(bytes) => crate::event_stream::merge_initial(protocol, bytes, &mut v)
                        .map(|()| v)
                        .map_err(|e| e.message().unwrap_or_default().to_owned()),
                    None => Ok(v),
                })
                .and_then(parse)
                .map(|mut o| {
                    if events_out {
                        o.put_events(body, protocol, crate::event_stream::UnknownEvents::Keep);
                    } else {
                        o.put_stream(body);
                    }
                    o.with_request_id(request_id.clone())
                })
                .map_err(bad_response);
            return Ok(Attempt::Done(result));
        }
        let body = super::transport::collect(resp.into_body()).await?;
        tracing::debug!(status, request_id = ?request_id, bytes = body.len(), "response");
        if (200..300).contains(&status) {
            if let Err(e) = validate_checksum(prepared.validate_checksums, &resp_headers, &body) {
                // A response damaged on the way: asked again.
                let err = SdkError::Response(
                    ResponseError::new(status, e).with_request_id(request_id.clone()),
                );
                return Ok(Attempt::Retry(Err(err), RetryKind::Transient));
            }
        }
        if super::customize::checks_crc32(self.info.customizations) {
            if let Some(crc) = resp_headers
                .get("x-amz-crc32")
                .and_then(|v| v.to_str().ok())
            {
                if !super::customize::crc32_matches(crc, &body) {
                    // A response damaged on the way: asked again.
                    let err = SdkError::Response(
                        ResponseError::new(
                            status,
                            "the response body does not match its x-amz-crc32",
                        )
                        .with_request_id(request_id.clone()),
                    );
                    return Ok(Attempt::Retry(Err(err), RetryKind::Transient));
                }
            }
        }
        if status == 200 && super::customize::error_in_200(self.info.customizations, op.name, &body)
        {
            // An error the service found after it sent its 200 (S3's
            // CopyObject): read as the 500 it stands for, so retried.
            return Ok(self.error::<O, E>(protocol, 500, &resp_headers, &body, request_id));
        }
        if (200..300).contains(&status) {
            let result = read_response(op, protocol, status, &resp_headers, &body)
                .and_then(parse)
                .map(|o| o.with_request_id(request_id.clone()))
                .map_err(bad_response);
            return Ok(Attempt::Done(result));
        }
        let used = region
            .map(str::to_owned)
            .or_else(|| self.config.region.clone());
        let elsewhere = super::customize::bucket_region(
            self.info.customizations,
            status,
            &resp_headers,
            used.as_deref(),
        );
        let outcome = self.error::<O, E>(protocol, status, &resp_headers, &body, request_id);
        Ok(match (elsewhere, outcome) {
            (Some(to), Attempt::Done(r) | Attempt::Retry(r, _) | Attempt::Redirect(r, _)) => {
                Attempt::Redirect(r, to)
            }
            (None, outcome) => outcome,
        })
    }

    /// The region remembered for the bucket of this request, if any.
    fn bucket_region(
        &self,
        op: &HttpOp,
        member: &(dyn Fn(&str) -> Option<Value> + Sync),
    ) -> Option<String> {
        let custom = self.info.customizations;
        if !custom.contains(&super::Customization::BucketRegionRedirect) {
            return None;
        }
        let label = super::customize::endpoint_label(custom, op.uri)?;
        let bucket = member(label)?;
        let regions = self
            .bucket_regions
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        regions.get(bucket.as_str()?).cloned()
    }

    /// Remembers that this request's bucket is in `region`.
    fn remember_bucket_region(
        &self,
        op: &HttpOp,
        member: &(dyn Fn(&str) -> Option<Value> + Sync),
        region: &str,
    ) {
        let custom = self.info.customizations;
        let bucket = super::customize::endpoint_label(custom, op.uri)
            .and_then(member)
            .and_then(|v| v.as_str().map(str::to_owned));
        if let Some(b) = bucket {
            let mut regions = self
                .bucket_regions
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            if regions.len() >= 10_000 {
                regions.clear();
            }
            regions.insert(b, region.to_owned());
        }
    }

    /// An error response in `protocol`'s envelope: the code as AWS clients
    /// resolve it (`X-Amzn-Errortype` where the protocol sends it, else the
    /// body's `code` or `__type`, namespace stripped), the members bound to
    /// headers merged into the body's; for an `@awsQueryCompatible`
    /// service, unmodeled errors report the `x-amzn-query-error` code.
    fn error<O, E: OperationError>(
        &self,
        protocol: Protocol,
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
        request_id: Option<String>,
    ) -> Attempt<Result<O, SdkError<E>>> {
        if matches!(protocol.codec(), Codec::Xml | Codec::Query) {
            return self.xml_error::<O, E>(status, headers, body, request_id);
        }
        let codec = protocol.codec();
        let parsed: Value = if codec::is_empty(codec, body) {
            Value::Object(Map::new())
        } else {
            codec::decode_value(codec, body).unwrap_or(Value::Null)
        };
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let type_header = header("x-amzn-errortype").filter(|_| protocol.error_type_header());
        let code =
            error_code(type_header, &parsed).map_or_else(|| status.to_string(), str::to_owned);
        let mut members = match &parsed {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        if let Some((_, bindings)) = self.info.error_headers.iter().find(|(c, _)| *c == code) {
            let mut bound = Map::new();
            if binding::read_headers(bindings, headers, &mut bound).is_ok() {
                members.extend(bound);
            }
        }
        // An `@awsQueryCompatible` service names the error as its awsQuery
        // form did (`Code;Sender`); unmodeled errors report that code.
        let query_code = header("x-amzn-query-error")
            .filter(|_| self.info.query_compatible)
            .and_then(|q| q.split(';').next())
            .filter(|c| !c.is_empty());
        let unhandled = Unhandled::from_parts(
            status,
            query_code.map_or_else(|| code.clone(), str::to_owned),
            super::error_message(&parsed, body),
        )
        .with_request_id(request_id);
        self.service_error(&code, &Value::Object(members), unhandled)
    }

    /// An error response in an XML protocol's envelope: the code is the
    /// `<Error>`'s `<Code>`, the members read through the modeled error's
    /// description.
    fn xml_error<O, E: OperationError>(
        &self,
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
        request_id: Option<String>,
    ) -> Attempt<Result<O, SdkError<E>>> {
        let found = codec::message::read_error(body);
        let request_id = request_id.or_else(|| codec::message::request_id(body));
        let code = found
            .as_ref()
            .and_then(|(_, c)| c.clone())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| status.to_string());
        let mut members = match &found {
            Some((el, _)) => codec::message::error_members(el, E::xml_shape(&code)),
            None => Map::new(),
        };
        if let Some((_, bindings)) = self.info.error_headers.iter().find(|(c, _)| *c == code) {
            let mut bound = Map::new();
            if binding::read_headers(bindings, headers, &mut bound).is_ok() {
                members.extend(bound);
            }
        }
        let message = found
            .as_ref()
            .and_then(|(el, _)| el.child("Message").or_else(|| el.child("message")))
            .map(|m| m.text.clone());
        let unhandled =
            Unhandled::from_parts(status, code.clone(), message).with_request_id(request_id);
        self.service_error(&code, &Value::Object(members), unhandled)
    }

    /// What every attempt adds to a built request, whatever the protocol:
    /// `Host`, the SigV4 signature (none for an `@optionalAuth` /
    /// `@auth([])` operation without credentials), and the SDK's
    /// invocation-id and attempt headers.
    async fn finish_request(
        &self,
        req: &mut http::Request<Vec<u8>>,
        signing: Signing<'_>,
        invocation_id: &str,
        attempt: u32,
    ) -> Result<Option<ChunkChain>, Failure> {
        self.endpoint_headers(req, signing.endpoint)?;
        let seed = self.authorize(req, signing).await?;
        let ids = [
            ("amz-sdk-invocation-id", invocation_id.to_owned()),
            (
                "amz-sdk-request",
                format!("attempt={attempt}; max={}", self.config.max_attempts),
            ),
        ];
        for (k, v) in ids {
            let v = http::HeaderValue::from_str(&v).map_err(|e| Failure::fatal(e.to_string()))?;
            req.headers_mut().insert(k, v);
        }
        Ok(seed)
    }

    /// A service error: the modeled error of code `code` parsed from
    /// `members`, else `unhandled`; retried when its status or code says so.
    fn service_error<O, E: OperationError>(
        &self,
        code: &str,
        members: &Value,
        unhandled: Unhandled,
    ) -> Attempt<Result<O, SdkError<E>>> {
        let kind = retry_kind(unhandled.status(), code).or_else(|| {
            self.info
                .retryable_errors
                .contains(&code)
                .then_some(RetryKind::Transient)
        });
        let err = SdkError::Service(E::from_response(code, members, unhandled));
        match kind {
            Some(kind) => Attempt::Retry(Err(err), kind),
            None => Attempt::Done(Err(err)),
        }
    }

    /// The scheme a call uses: the first of the operation's the client has
    /// an identity for (`noAuth` needs none; SigV4 with signing turned off
    /// sends nothing); none usable is the first scheme's missing identity.
    fn choose_auth(&self, schemes: &[AuthScheme]) -> Result<Option<AuthScheme>, Failure> {
        let c = &self.config;
        let usable = |s: &AuthScheme| match s {
            AuthScheme::SigV4 => c.credentials.is_some() || !c.sign_requests,
            AuthScheme::Bearer => c.token.is_some(),
            AuthScheme::ApiKey { .. } => c.api_key.is_some(),
            AuthScheme::Basic => c.basic.is_some(),
            AuthScheme::NoAuth => true,
        };
        if let Some(s) = schemes.iter().find(|s| usable(s)) {
            return Ok(Some(*s));
        }
        match schemes.first() {
            None => Ok(None),
            Some(s) => Err(Failure::fatal(match s {
                AuthScheme::SigV4 => "no credentials are configured".to_owned(),
                AuthScheme::Bearer => {
                    "no bearer token is configured (Config::bearer_token, Config::token_provider)"
                        .to_owned()
                }
                AuthScheme::ApiKey { .. } => {
                    "no API key is configured (Config::api_key)".to_owned()
                }
                AuthScheme::Basic => {
                    "no user name and password are configured (Config::basic_auth)".to_owned()
                }
                AuthScheme::NoAuth => unreachable!("noAuth is always usable"),
            })),
        }
    }

    /// The endpoint's headers, and `Host`.
    fn endpoint_headers(
        &self,
        req: &mut http::Request<Vec<u8>>,
        endpoint: &endpoint::Endpoint,
    ) -> Result<(), Failure> {
        for (name, values) in &endpoint.headers {
            let name = http::HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| Failure::fatal(format!("endpoint header `{name}`: {e}")))?;
            for v in values {
                let v =
                    http::HeaderValue::from_str(v).map_err(|e| Failure::fatal(e.to_string()))?;
                req.headers_mut().append(name.clone(), v);
            }
        }
        let host = req
            .uri()
            .authority()
            .map(|a| a.as_str().to_owned())
            .ok_or_else(|| Failure::fatal(format!("endpoint '{}' has no host", req.uri())))?;
        req.headers_mut().insert(
            "host",
            http::HeaderValue::from_str(&host).map_err(|e| Failure::fatal(e.to_string()))?,
        );
        Ok(())
    }

    /// Presents the identity of the scheme [`choose_auth`](Self::choose_auth)
    /// picks: a SigV4 signature, a bearer token, an API key or Basic
    /// credentials.
    async fn authorize(
        &self,
        req: &mut http::Request<Vec<u8>>,
        signing: Signing<'_>,
    ) -> Result<Option<ChunkChain>, Failure> {
        let mut seed = None;
        let header = |v: String| {
            http::HeaderValue::from_str(&v)
                .map(|mut v| {
                    v.set_sensitive(true);
                    v
                })
                .map_err(|_| {
                    Failure::fatal("the credential is not a valid header value".to_owned())
                })
        };
        match self.choose_auth(signing.schemes)? {
            None | Some(AuthScheme::NoAuth) => {}
            Some(AuthScheme::SigV4) => {
                if self.config.sign_requests {
                    seed = self.sign_parts(req, signing).await?;
                }
            }
            Some(AuthScheme::Bearer) => {
                let provider = self
                    .config
                    .token
                    .as_ref()
                    .expect("chosen with a token provider");
                let token = provider
                    .provide_token()
                    .await
                    .map_err(|e| Failure::fatal(format!("could not load the bearer token: {e}")))?;
                req.headers_mut().insert(
                    http::header::AUTHORIZATION,
                    header(format!("Bearer {token}"))?,
                );
            }
            Some(AuthScheme::Basic) => {
                let (user, password) = self.config.basic.as_ref().expect("chosen with credentials");
                let encoded =
                    aws_smithy_types::base64::encode(format!("{user}:{password}").as_bytes());
                req.headers_mut().insert(
                    http::header::AUTHORIZATION,
                    header(format!("Basic {encoded}"))?,
                );
            }
            Some(AuthScheme::ApiKey {
                name,
                query,
                scheme,
            }) => {
                let key = self.config.api_key.as_deref().expect("chosen with a key");
                if query {
                    let uri = req.uri().to_string();
                    let sep = if uri.contains('?') { '&' } else { '?' };
                    let uri = format!(
                        "{uri}{sep}{}={}",
                        crate::binding::encode(name, false),
                        crate::binding::encode(key, false)
                    );
                    *req.uri_mut() = uri
                        .parse()
                        .map_err(|e| Failure::fatal(format!("invalid request '{uri}': {e}")))?;
                } else {
                    let value = match scheme {
                        Some(s) => format!("{s} {key}"),
                        None => key.to_owned(),
                    };
                    let name = http::HeaderName::from_bytes(name.as_bytes())
                        .map_err(|e| Failure::fatal(format!("API key header `{name}`: {e}")))?;
                    req.headers_mut().insert(name, header(value)?);
                }
            }
        }
        Ok(seed)
    }

    /// Signs `req`; `unsigned_payload` signs `UNSIGNED-PAYLOAD` instead of
    /// the body's hash (streams, `aws.auth#unsignedPayload`), `streaming`
    /// an `aws-chunked` payload's literal: then the chunks' signer, seeded
    /// with this signature, is returned.
    async fn sign_parts(
        &self,
        req: &mut http::Request<Vec<u8>>,
        signing: Signing<'_>,
    ) -> Result<Option<ChunkChain>, Failure> {
        let unsigned_payload = signing.unsigned_payload || signing.presign.is_some();
        let (name, region_override) = signing.endpoint.sigv4_overrides();
        let provider = self
            .config
            .credentials
            .as_ref()
            .ok_or_else(|| Failure::fatal("no credentials are configured".to_owned()))?;
        let creds = provider
            .provide_credentials()
            .await
            .map_err(|e| Failure::caused("could not load credentials", e))?;
        let identity: Identity = creds.into();
        let region = match (region_override, signing.region) {
            (Some(r), _) | (None, Some(r)) => r,
            (None, None) => self.region().map_err(Failure::fatal)?,
        };
        let time = signing
            .presign
            .map_or_else(SystemTime::now, |(_, start)| start);
        let service = name.unwrap_or(self.info.signing_name);
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(region)
            .name(name.unwrap_or(self.info.signing_name))
            .time(time)
            .settings({
                let mut settings = SigningSettings::default();
                let s3 = is_s3(name.unwrap_or(self.info.signing_name));
                if let Some((expires, _)) = signing.presign {
                    // A URL's signature, in its query; no payload header.
                    settings.signature_location =
                        aws_sigv4::http_request::SignatureLocation::QueryParams;
                    settings.expires_in = Some(expires);
                } else if unsigned_payload || s3 {
                    // S3 wants the payload's hash in `x-amz-content-sha256`.
                    settings.payload_checksum_kind =
                        aws_sigv4::http_request::PayloadChecksumKind::XAmzSha256;
                }
                if s3 {
                    // S3 signs its path as sent: encoded once, not normalized.
                    settings.percent_encoding_mode =
                        aws_sigv4::http_request::PercentEncodingMode::Single;
                    settings.uri_path_normalization_mode =
                        aws_sigv4::http_request::UriPathNormalizationMode::Disabled;
                }
                settings
            })
            .build()
            .map_err(|e| Failure::fatal(e.to_string()))?
            .into();
        let headers: Vec<(&str, &str)> = req
            .headers()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
            .collect();
        let uri = req.uri().to_string();
        let signable = SignableRequest::new(
            req.method().as_str(),
            uri,
            headers.into_iter(),
            match signing.streaming {
                Some(literal) => SignableBody::Precomputed(literal.to_owned()),
                None if unsigned_payload => SignableBody::UnsignedPayload,
                None => SignableBody::Bytes(req.body()),
            },
        )
        .map_err(|e| Failure::fatal(e.to_string()))?;
        let (instructions, signature) = sign(signable, &params)
            .map_err(|e| Failure::caused("signing failed", e))?
            .into_parts();
        instructions.apply_to_request_http1x(req);
        Ok(signing.streaming.map(|_| ChunkChain {
            identity: identity.clone(),
            region: region.to_string(),
            service: service.to_owned(),
            time,
            previous: signature,
        }))
    }
}
