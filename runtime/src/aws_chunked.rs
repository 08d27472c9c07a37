//! The `aws-chunked` content encoding: S3's streamed uploads
//! (`x-amz-content-sha256: STREAMING-…`, `Content-Encoding: aws-chunked`).
//! The body is a series of chunks, `<hex size>[;chunk-signature=<sig>]\r\n
//! <data>\r\n`, ended by an empty chunk, then optional trailing headers
//! (a checksum of the whole payload, `x-amz-checksum-crc32:…`, and for
//! signed trailers `x-amz-trailer-signature:…`) and an empty line.
//!
//! Servers decode it as it arrives ([`decode`]): each chunk's signature is
//! checked (through a [`ChunkVerifier`], which the SigV4 verifier gives)
//! before its bytes are passed on, the trailing checksum is computed over
//! the decoded bytes and compared, and `x-amz-decoded-content-length` is
//! held to. Clients encode a stream the same way (`client` feature:
//! `encode`). The signatures themselves are `aws-sigv4`'s (`sign_chunk`,
//! `sign_trailer`).

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Buf, Bytes, BytesMut};
use http_body::{Body, Frame, SizeHint};

use crate::checksum::Hasher;
use crate::stream::{BoxError, ByteStream, StreamBody};

/// Signed chunks, no trailer.
pub const STREAMING_SIGNED: &str = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
/// Signed chunks and a signed trailer.
pub const STREAMING_SIGNED_TRAILER: &str = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
/// Unsigned chunks and an unsigned trailer.
pub const STREAMING_UNSIGNED_TRAILER: &str = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

/// The largest chunk accepted (a signed chunk is held until its signature
/// is checked). The AWS SDKs send 64 KiB; S3 takes chunks of at least 8 KiB.
pub const MAX_CHUNK: usize = 16 << 20;

/// The longest chunk header or trailer line accepted.
const MAX_LINE: usize = 4096;

/// Checks chunk and trailer signatures, each chained to the one before
/// (the first to the request's own signature).
pub trait ChunkVerifier: Send {
    /// Whether `signature` signs `data` after the previous signature.
    fn chunk(&mut self, data: &Bytes, signature: &str) -> Result<(), String>;
    /// Whether `signature` signs the trailing headers after the last chunk.
    fn trailer(&mut self, headers: &[(String, String)], signature: &str) -> Result<(), String>;
}

/// Whether a request with these headers has an `aws-chunked` body.
pub fn is_chunked(headers: &http::HeaderMap) -> bool {
    let streaming = headers
        .get("x-amz-content-sha256")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            // Signed events are framed as event-stream messages, not chunks.
            v.starts_with("STREAMING-") && v != crate::event_stream::STREAMING_EVENTS
        });
    let encoded = headers
        .get_all(http::header::CONTENT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|e| e.trim().eq_ignore_ascii_case("aws-chunked"));
    streaming || encoded
}

/// What decoding checks.
#[derive(Default)]
pub struct Decoding {
    /// Verifies each chunk's and the trailer's signature; `None`: the
    /// chunks carry none (or nobody checks them).
    pub verifier: Option<Box<dyn ChunkVerifier>>,
    /// Chunks must carry signatures (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD*`).
    pub signed: bool,
    /// The trailing header the body must end with (`x-amz-trailer`), a
    /// checksum (`x-amz-checksum-crc32`) computed over the decoded bytes.
    pub trailer: Option<String>,
    /// `x-amz-decoded-content-length`: the decoded length.
    pub decoded_length: Option<u64>,
}

impl std::fmt::Debug for Decoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decoding")
            .field("verifier", &self.verifier.is_some())
            .field("signed", &self.signed)
            .field("trailer", &self.trailer)
            .field("decoded_length", &self.decoded_length)
            .finish()
    }
}

impl Decoding {
    /// What the request's headers say: signed or not, the trailer, the
    /// decoded length (`verifier` to be set by whoever checks signatures).
    pub fn from_headers(headers: &http::HeaderMap) -> Result<Self, String> {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let signed = text("x-amz-content-sha256")
            .is_some_and(|v| v == STREAMING_SIGNED || v == STREAMING_SIGNED_TRAILER);
        let decoded_length = match text("x-amz-decoded-content-length") {
            Some(v) => Some(
                v.trim()
                    .parse()
                    .map_err(|_| format!("x-amz-decoded-content-length '{v}' is not a length"))?,
            ),
            None => None,
        };
        let trailer = text("x-amz-trailer").map(|t| t.trim().to_ascii_lowercase());
        if let Some(t) = &trailer {
            let alg = t.strip_prefix("x-amz-checksum-").unwrap_or_default();
            if Hasher::new(alg).is_none() {
                return Err(format!(
                    "the trailer {t} is not a checksum this server computes"
                ));
            }
        }
        Ok(Self {
            verifier: None,
            signed,
            trailer,
            decoded_length,
        })
    }
}

/// The decoded stream of an `aws-chunked` body: bytes pass on chunk by
/// chunk once their signature (if any) is checked; a malformed body, a
/// wrong signature or checksum, or a length other than declared ends the
/// stream with an error instead of its end.
pub fn decode(stream: ByteStream, decoding: Decoding) -> ByteStream {
    ByteStream::from_body(Decoder::new(stream.into_body(), decoding))
}

/// Decodes a whole `aws-chunked` body held in memory.
pub async fn decode_bytes(body: Bytes, decoding: Decoding) -> Result<Bytes, BoxError> {
    decode(ByteStream::from(body), decoding).collect().await
}

enum State {
    /// Reading a chunk header line.
    Header,
    /// Reading `size` bytes of data (signature to check).
    Data {
        size: usize,
        signature: Option<String>,
    },
    /// The `\r\n` after a chunk's data.
    DataEnd,
    /// Trailer lines until an empty one.
    Trailer,
    Done,
    Failed,
}

struct Decoder {
    inner: StreamBody,
    buf: BytesMut,
    state: State,
    decoding: Decoding,
    checksum: Option<Hasher>,
    decoded: u64,
    trailers: Vec<(String, String)>,
    trailer_signature: Option<String>,
    inner_done: bool,
}

impl Decoder {
    fn new(inner: StreamBody, decoding: Decoding) -> Self {
        let checksum = decoding
            .trailer
            .as_deref()
            .and_then(|t| t.strip_prefix("x-amz-checksum-"))
            .and_then(Hasher::new);
        Self {
            inner,
            buf: BytesMut::new(),
            state: State::Header,
            decoding,
            checksum,
            decoded: 0,
            trailers: Vec::new(),
            trailer_signature: None,
            inner_done: false,
        }
    }

    /// A line ended by `\r\n` at the front of the buffer, if whole.
    fn line(&mut self) -> Result<Option<String>, String> {
        match self.buf.windows(2).position(|w| w == b"\r\n") {
            Some(at) => {
                let line = self.buf.split_to(at);
                self.buf.advance(2);
                String::from_utf8(line.to_vec())
                    .map(Some)
                    .map_err(|_| "an aws-chunked line is not text".to_owned())
            }
            None if self.buf.len() > MAX_LINE => {
                Err("an aws-chunked line is longer than 4096 bytes".to_owned())
            }
            None => Ok(None),
        }
    }

    /// Advances as far as the buffer allows: `Some(bytes)` to pass on,
    /// `None` when more input is needed or the body has ended.
    fn step(&mut self) -> Result<Option<Bytes>, String> {
        loop {
            match &mut self.state {
                State::Header => {
                    let Some(line) = self.line()? else {
                        return Ok(None);
                    };
                    let (size, ext) = line.split_once(';').unwrap_or((line.as_str(), ""));
                    let size = usize::from_str_radix(size.trim(), 16)
                        .map_err(|_| format!("'{line}' is not an aws-chunked chunk header"))?;
                    if size > MAX_CHUNK {
                        return Err(format!(
                            "an aws-chunked chunk of {size} bytes is over the limit of {MAX_CHUNK}"
                        ));
                    }
                    let signature = ext
                        .split(';')
                        .find_map(|e| e.trim().strip_prefix("chunk-signature="))
                        .map(str::to_owned);
                    if self.decoding.signed && signature.is_none() {
                        return Err("an aws-chunked chunk has no chunk-signature".to_owned());
                    }
                    self.state = State::Data { size, signature };
                }
                State::Data { size, signature } => {
                    let size = *size;
                    if self.buf.len() < size {
                        return Ok(None);
                    }
                    let data = self.buf.split_to(size).freeze();
                    let signature = signature.take();
                    if let (Some(v), Some(sig)) = (self.decoding.verifier.as_mut(), &signature) {
                        v.chunk(&data, sig)?;
                    }
                    if size == 0 {
                        self.state = State::Trailer;
                        continue;
                    }
                    self.decoded += size as u64;
                    if let Some(h) = self.checksum.as_mut() {
                        h.update(&data);
                    }
                    self.state = State::DataEnd;
                    return Ok(Some(data));
                }
                State::DataEnd => {
                    if self.buf.len() < 2 {
                        return Ok(None);
                    }
                    if &self.buf[..2] != b"\r\n" {
                        return Err("an aws-chunked chunk is longer than its size".to_owned());
                    }
                    self.buf.advance(2);
                    self.state = State::Header;
                }
                State::Trailer => {
                    let Some(line) = self.line()? else {
                        return Ok(None);
                    };
                    if line.is_empty() {
                        self.finish()?;
                        self.state = State::Done;
                        return Ok(None);
                    }
                    let (name, value) = line
                        .split_once(':')
                        .ok_or_else(|| format!("'{line}' is not an aws-chunked trailer"))?;
                    let name = name.trim().to_ascii_lowercase();
                    if name == "x-amz-trailer-signature" {
                        self.trailer_signature = Some(value.trim().to_owned());
                    } else if self.trailers.len() < 16 {
                        self.trailers.push((name, value.trim().to_owned()));
                    } else {
                        return Err("an aws-chunked body has too many trailers".to_owned());
                    }
                }
                State::Done | State::Failed => return Ok(None),
            }
        }
    }

    /// The checks at the end: trailer signature and checksum, length.
    fn finish(&mut self) -> Result<(), String> {
        if let Some(v) = self.decoding.verifier.as_mut() {
            if !self.trailers.is_empty() {
                let sig = self
                    .trailer_signature
                    .as_deref()
                    .ok_or("the aws-chunked trailer has no x-amz-trailer-signature")?;
                v.trailer(&self.trailers, sig)?;
            }
        }
        if let Some(name) = &self.decoding.trailer {
            let given = self
                .trailers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .ok_or_else(|| format!("the aws-chunked body ends without its {name} trailer"))?;
            if let Some(h) = self.checksum.take() {
                let ours = h.finish();
                if ours != given {
                    let alg = name
                        .trim_start_matches("x-amz-checksum-")
                        .to_ascii_uppercase();
                    return Err(format!(
                        "The {alg} you specified did not match the calculated checksum ({given} given, {ours} computed)."
                    ));
                }
            }
        }
        if let Some(want) = self.decoding.decoded_length {
            if want != self.decoded {
                return Err(format!(
                    "the aws-chunked body holds {} bytes, not the {want} of x-amz-decoded-content-length",
                    self.decoded
                ));
            }
        }
        Ok(())
    }
}

impl Body for Decoder {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        loop {
            match this.step() {
                Ok(Some(data)) => return Poll::Ready(Some(Ok(Frame::data(data)))),
                Ok(None) => {}
                Err(e) => {
                    this.state = State::Failed;
                    return Poll::Ready(Some(Err(e.into())));
                }
            }
            match this.state {
                State::Done => {
                    if !this.buf.is_empty() {
                        this.state = State::Failed;
                        return Poll::Ready(Some(Err(
                            "bytes follow the end of the aws-chunked body".into(),
                        )));
                    }
                    return Poll::Ready(None);
                }
                State::Failed => return Poll::Ready(None),
                _ => {}
            }
            if this.inner_done {
                this.state = State::Failed;
                return Poll::Ready(Some(Err("the aws-chunked body ends early".into())));
            }
            match Pin::new(&mut this.inner).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        if this.buf.len() + data.len() > MAX_CHUNK + MAX_LINE * 2 {
                            this.state = State::Failed;
                            return Poll::Ready(Some(Err(
                                "an aws-chunked chunk is longer than its size".into(),
                            )));
                        }
                        this.buf.extend_from_slice(&data);
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    this.state = State::Failed;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(None) => this.inner_done = true,
                Poll::Pending => return Poll::Pending,
            }
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self.decoding.decoded_length {
            Some(n) => SizeHint::with_exact(n.saturating_sub(self.decoded)),
            None => SizeHint::default(),
        }
    }
}

/// The chain of an `aws-chunked` body's signatures (`aws-sigv4`'s
/// `sign_chunk` and `sign_trailer`): each chunk's, then the trailer's,
/// signs its bytes after the signature before it, the first after the
/// request's. Clients sign with it; servers compute what each must be.
#[cfg(any(feature = "client", feature = "sigv4"))]
pub(crate) struct ChunkChain {
    pub(crate) identity: aws_smithy_runtime_api::client::identity::Identity,
    pub(crate) region: String,
    pub(crate) service: String,
    pub(crate) time: std::time::SystemTime,
    /// The signature the next one chains to.
    pub(crate) previous: String,
}

#[cfg(any(feature = "client", feature = "sigv4"))]
impl ChunkChain {
    fn params(
        &self,
    ) -> Result<
        aws_sigv4::sign::v4::SigningParams<'_, aws_sigv4::http_request::SigningSettings>,
        String,
    > {
        aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&self.identity)
            .region(&self.region)
            .name(&self.service)
            .time(self.time)
            .settings(aws_sigv4::http_request::SigningSettings::default())
            .build()
            .map_err(|e| e.to_string())
    }

    /// The signature of `data` after the previous one, which it becomes.
    pub(crate) fn sign_chunk(&mut self, data: &Bytes) -> Result<String, String> {
        let sig = aws_sigv4::sign::v4::sign_chunk(data, &self.previous, &self.params()?)
            .map_err(|e| e.to_string())?
            .signature()
            .to_owned();
        self.previous.clone_from(&sig);
        Ok(sig)
    }

    /// The signature of the trailing headers after the last chunk's.
    pub(crate) fn sign_trailer(&mut self, headers: &[(String, String)]) -> Result<String, String> {
        let mut h = aws_smithy_runtime_api::http::Headers::new();
        for (k, v) in headers {
            h.append(k.clone(), v.clone());
        }
        let sig = aws_sigv4::sign::v4::sign_trailer(&h, &self.previous, &self.params()?)
            .map_err(|e| e.to_string())?
            .signature()
            .to_owned();
        self.previous.clone_from(&sig);
        Ok(sig)
    }
}

#[cfg(any(feature = "client", all(feature = "sigv4", feature = "server")))]
impl ChunkChain {
    /// The signed envelope of an event-stream message (`inner`; `None`
    /// for the empty frame that ends a stream) at `time`, chained to the
    /// previous signature, which its signature becomes.
    pub(crate) fn sign_event(
        &mut self,
        inner: Option<&aws_smithy_types::event_stream::Message>,
        time: std::time::SystemTime,
    ) -> Result<aws_smithy_types::event_stream::Message, String> {
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&self.identity)
            .region(&self.region)
            .name(&self.service)
            .time(time)
            .settings(())
            .build()
            .map_err(|e| e.to_string())?;
        let signed = match inner {
            Some(m) => aws_sigv4::event_stream::sign_message(m, &self.previous, &params),
            None => aws_sigv4::event_stream::sign_empty_message(&self.previous, &params),
        }
        .map_err(|e| e.to_string())?;
        let (message, signature) = signed.into_parts();
        self.previous = signature;
        Ok(message)
    }
}

#[cfg(feature = "client")]
impl ChunkSigner for ChunkChain {
    fn chunk(&mut self, data: &Bytes) -> Result<String, String> {
        self.sign_chunk(data)
    }

    fn trailer(&mut self, headers: &[(String, String)]) -> Result<String, String> {
        self.sign_trailer(headers)
    }
}

/// Signs chunks as a client sends them, each signature chained to the one
/// before (the first to the request's).
#[cfg(feature = "client")]
pub trait ChunkSigner: Send {
    /// The signature of `data` after the previous one.
    fn chunk(&mut self, data: &Bytes) -> Result<String, String>;
    /// The signature of the trailing headers after the last chunk.
    fn trailer(&mut self, headers: &[(String, String)]) -> Result<String, String>;
}

/// What encoding adds.
#[cfg(feature = "client")]
pub struct Encoding {
    /// Signs each chunk and the trailer; `None`: unsigned chunks.
    pub signer: Option<Box<dyn ChunkSigner>>,
    /// The trailing checksum's algorithm (`crc32`, ...), computed as the
    /// bytes pass.
    pub checksum: Option<String>,
    /// The size of the chunks sent (the last may be shorter).
    pub chunk_size: usize,
}

/// The `aws-chunked` encoding of `stream`, chunk by chunk as it is read.
#[cfg(feature = "client")]
pub fn encode(stream: ByteStream, encoding: Encoding) -> ByteStream {
    let checksum = encoding.checksum.as_deref().and_then(Hasher::new);
    ByteStream::from_body(Encoder {
        inner: stream.into_body(),
        pending: BytesMut::new(),
        checksum,
        algorithm: encoding.checksum,
        signer: encoding.signer,
        chunk_size: encoding.chunk_size.max(8192),
        done: false,
    })
}

/// The length of the encoding of `len` bytes (`Content-Length`, which S3
/// requires of an `aws-chunked` upload): chunk headers, data, the final
/// chunk and the trailer.
#[cfg(feature = "client")]
pub fn encoded_length(len: u64, chunk_size: usize, signed: bool, checksum: Option<&str>) -> u64 {
    let chunk_size = chunk_size.max(8192) as u64;
    // `;chunk-signature=` and 64 hex digits.
    let sig = if signed { 17 + 64 } else { 0 };
    let header = |n: u64| format!("{n:x}").len() as u64 + sig + 2;
    let full = len / chunk_size;
    let rest = len % chunk_size;
    let mut total = full * (header(chunk_size) + chunk_size + 2);
    if rest > 0 {
        total += header(rest) + rest + 2;
    }
    total += header(0);
    if let Some(alg) = checksum {
        let value = Hasher::new(alg).map_or(0, |h| h.finish().len() as u64);
        total +=
            format!("x-amz-checksum-{}", alg.to_ascii_lowercase()).len() as u64 + 1 + value + 2;
        if signed {
            total += "x-amz-trailer-signature:".len() as u64 + 64 + 2;
        }
    }
    total + 2
}

#[cfg(feature = "client")]
struct Encoder {
    inner: StreamBody,
    pending: BytesMut,
    checksum: Option<Hasher>,
    algorithm: Option<String>,
    signer: Option<Box<dyn ChunkSigner>>,
    chunk_size: usize,
    done: bool,
}

#[cfg(feature = "client")]
impl Encoder {
    fn frame(&mut self, data: Bytes) -> Result<Bytes, String> {
        if let Some(h) = self.checksum.as_mut() {
            h.update(&data);
        }
        let mut out = BytesMut::with_capacity(data.len() + 100);
        out.extend_from_slice(format!("{:x}", data.len()).as_bytes());
        if let Some(s) = self.signer.as_mut() {
            out.extend_from_slice(format!(";chunk-signature={}", s.chunk(&data)?).as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\r\n");
        Ok(out.freeze())
    }

    fn last(&mut self) -> Result<Bytes, String> {
        let mut out = BytesMut::from(&self.frame(Bytes::new())?[..]);
        // The empty chunk has no data, so no `\r\n` after it of its own.
        out.truncate(out.len() - 2);
        if let (Some(alg), Some(h)) = (self.algorithm.as_deref(), self.checksum.take()) {
            let name = format!("x-amz-checksum-{}", alg.to_ascii_lowercase());
            let value = h.finish();
            out.extend_from_slice(format!("{name}:{value}\r\n").as_bytes());
            if let Some(s) = self.signer.as_mut() {
                let sig = s.trailer(&[(name, value)])?;
                out.extend_from_slice(format!("x-amz-trailer-signature:{sig}\r\n").as_bytes());
            }
        }
        out.extend_from_slice(b"\r\n");
        Ok(out.freeze())
    }
}

#[cfg(feature = "client")]
impl Body for Encoder {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        loop {
            if this.pending.len() >= this.chunk_size {
                let data = this.pending.split_to(this.chunk_size).freeze();
                return Poll::Ready(Some(this.frame(data).map(Frame::data).map_err(Into::into)));
            }
            match Pin::new(&mut this.inner).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        this.pending.extend_from_slice(&data);
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(None) => {
                    if !this.pending.is_empty() {
                        let data = this.pending.split().freeze();
                        return Poll::Ready(Some(
                            this.frame(data).map(Frame::data).map_err(Into::into),
                        ));
                    }
                    this.done = true;
                    return Poll::Ready(Some(this.last().map(Frame::data).map_err(Into::into)));
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(body: &'static str, decoding: Decoding) -> Result<Vec<u8>, String> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(decode_bytes(Bytes::from_static(body.as_bytes()), decoding))
            .map(|b| b.to_vec())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn unsigned_chunks_with_a_trailing_checksum() {
        let headers = |trailer: &str, len: &str| {
            let mut h = http::HeaderMap::new();
            h.insert(
                "x-amz-content-sha256",
                STREAMING_UNSIGNED_TRAILER.parse().unwrap(),
            );
            h.insert("x-amz-trailer", trailer.parse().unwrap());
            h.insert("x-amz-decoded-content-length", len.parse().unwrap());
            h
        };
        // "Hello world" in two chunks; CRC32 i9aeUg==.
        let body = "5\r\nHello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:i9aeUg==\r\n\r\n";
        let d = Decoding::from_headers(&headers("x-amz-checksum-crc32", "11"));
        if !cfg!(feature = "flexible-checksums") {
            // A checksum that cannot be computed here is refused up front.
            assert!(d
                .unwrap_err()
                .contains("not a checksum this server computes"));
        } else {
            assert_eq!(decoded(body, d.unwrap()).unwrap(), b"Hello world");
            let wrong = "5\r\nHello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n";
            let d = Decoding::from_headers(&headers("x-amz-checksum-crc32", "11")).unwrap();
            assert!(decoded(wrong, d).unwrap_err().contains("did not match"));
            let d = Decoding::from_headers(&headers("x-amz-checksum-crc32", "12")).unwrap();
            assert!(decoded(body, d).unwrap_err().contains("not the 12"));
        }
        for bad in [
            "5\r\nHello",                   // ends early
            "zz\r\nHello\r\n0\r\n\r\n",     // not a size
            "3\r\nHello\r\n0\r\n\r\n",      // longer than its size
            "5\r\nHello\r\n0\r\n\r\nextra", // bytes after the end
        ] {
            assert!(decoded(bad, Decoding::default()).is_err(), "{bad:?}");
        }
        assert_eq!(
            decoded("5\r\nHello\r\n0\r\n\r\n", Decoding::default()).unwrap(),
            b"Hello"
        );
    }

    #[test]
    fn signed_chunks_need_signatures() {
        let d = Decoding {
            signed: true,
            ..Decoding::default()
        };
        assert!(decoded("5\r\nHello\r\n0\r\n\r\n", d)
            .unwrap_err()
            .contains("no chunk-signature"));
    }

    #[cfg(feature = "client")]
    #[test]
    fn encoding_then_decoding_gives_the_bytes_back() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        // A trailing checksum needs the `flexible-checksums` feature.
        let with_checksum = cfg!(feature = "flexible-checksums").then_some(Some("crc32"));
        for checksum in std::iter::once(None).chain(with_checksum) {
            let encoded = rt
                .block_on(
                    encode(
                        ByteStream::from_chunks(
                            data.chunks(7000)
                                .map(|c| Ok(Bytes::copy_from_slice(c)))
                                .collect::<Vec<_>>()
                                .into_iter(),
                        ),
                        Encoding {
                            signer: None,
                            checksum: checksum.map(str::to_owned),
                            chunk_size: 65536,
                        },
                    )
                    .collect(),
                )
                .unwrap();
            assert_eq!(
                encoded.len() as u64,
                encoded_length(data.len() as u64, 65536, false, checksum)
            );
            let decoding = Decoding {
                trailer: checksum.map(|c| format!("x-amz-checksum-{c}")),
                decoded_length: Some(data.len() as u64),
                ..Decoding::default()
            };
            let back = rt.block_on(decode_bytes(encoded, decoding)).unwrap();
            assert_eq!(back.as_ref(), &data[..]);
        }
    }
}
