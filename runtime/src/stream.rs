//! `ByteStream`: the value of a `@streaming` blob member. Bytes flow through
//! it chunk by chunk, so a request or response body of any size is never
//! held whole.

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::BodyExt as _;

/// A boxed error of a body.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The body type a stream turns into.
pub type StreamBody = UnsyncBoxBody<Bytes, BoxError>;

/// A `@streaming` blob: bytes in memory, or a body read as it arrives.
///
/// Cloning a stream that is still to be read shares it: whichever clone
/// reads first gets the bytes. Two such streams are equal only when they
/// share the same body.
#[derive(Clone)]
pub struct ByteStream {
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    Bytes(Bytes),
    Body(Arc<Mutex<Option<StreamBody>>>),
}

impl Default for ByteStream {
    fn default() -> Self {
        Self::from(Bytes::new())
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::Bytes(b) => f.debug_tuple("ByteStream").field(b).finish(),
            Inner::Body(_) => f.write_str("ByteStream(<streaming body>)"),
        }
    }
}

impl PartialEq for ByteStream {
    fn eq(&self, other: &Self) -> bool {
        match (&self.inner, &other.inner) {
            (Inner::Bytes(a), Inner::Bytes(b)) => a == b,
            (Inner::Body(a), Inner::Body(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl From<Bytes> for ByteStream {
    fn from(b: Bytes) -> Self {
        Self {
            inner: Inner::Bytes(b),
        }
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(b: Vec<u8>) -> Self {
        Self::from(Bytes::from(b))
    }
}

impl From<&'static [u8]> for ByteStream {
    fn from(b: &'static [u8]) -> Self {
        Self::from(Bytes::from_static(b))
    }
}

impl From<&'static str> for ByteStream {
    fn from(s: &'static str) -> Self {
        Self::from(s.as_bytes())
    }
}

impl From<String> for ByteStream {
    fn from(s: String) -> Self {
        Self::from(Bytes::from(s))
    }
}

impl ByteStream {
    /// A stream over an HTTP body.
    pub fn from_body<B>(body: B) -> Self
    where
        B: Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        Self {
            inner: Inner::Body(Arc::new(Mutex::new(Some(
                body.map_err(Into::into).boxed_unsync(),
            )))),
        }
    }

    /// A stream of the chunks an iterator yields, produced as they are read.
    pub fn from_chunks<I>(chunks: I) -> Self
    where
        I: Iterator<Item = Result<Bytes, BoxError>> + Send + Unpin + 'static,
    {
        Self::from_body(Chunks(chunks))
    }

    /// The bytes, when they are in memory.
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.inner {
            Inner::Bytes(b) => Some(b),
            Inner::Body(_) => None,
        }
    }

    /// The stream's length, when it is known before it is read (bytes in
    /// memory, a file, a body of declared length).
    pub fn exact_len(&self) -> Option<u64> {
        match &self.inner {
            Inner::Bytes(b) => Some(b.len() as u64),
            Inner::Body(shared) => shared
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .as_ref()
                .and_then(|b| b.size_hint().exact()),
        }
    }

    /// The body to send: the bytes, or the body to read (once).
    pub fn into_body(self) -> StreamBody {
        match self.inner {
            Inner::Bytes(b) => http_body_util::Full::new(b)
                .map_err(|never| match never {})
                .boxed_unsync(),
            Inner::Body(shared) => {
                let taken = shared.lock().unwrap_or_else(|p| p.into_inner()).take();
                taken.unwrap_or_else(|| {
                    http_body_util::Full::new(Bytes::new())
                        .map_err(|never| match never {})
                        .boxed_unsync()
                })
            }
        }
    }

    /// Reads the next chunk; `None` at the end.
    pub async fn next(&mut self) -> Option<Result<Bytes, BoxError>> {
        if let Inner::Bytes(b) = &mut self.inner {
            return (!b.is_empty()).then(|| Ok(std::mem::take(b)));
        }
        let Inner::Body(shared) = &self.inner else {
            return None;
        };
        // The body is taken out while a frame is awaited (no lock is held
        // across the await) and put back in place, unwrapped, after.
        let mut body = shared.lock().unwrap_or_else(|p| p.into_inner()).take()?;
        loop {
            match body.frame().await {
                None => return None,
                Some(Err(e)) => return Some(Err(e)),
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        *shared.lock().unwrap_or_else(|p| p.into_inner()) = Some(body);
                        return Some(Ok(data));
                    }
                }
            }
        }
    }

    /// Reads the whole stream into memory.
    pub async fn collect(self) -> Result<Bytes, BoxError> {
        match self.inner {
            Inner::Bytes(b) => Ok(b),
            inner => Ok(ByteStream { inner }.into_body().collect().await?.to_bytes()),
        }
    }
}

/// A body over an iterator of chunks.
struct Chunks<I>(I);

impl<I> Body for Chunks<I>
where
    I: Iterator<Item = Result<Bytes, BoxError>> + Unpin,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        Poll::Ready(self.0.next().map(|r| r.map(Frame::data)))
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}

/// Chunks read from an `AsyncRead` (a file, a socket, a pipe).
#[cfg(feature = "files")]
struct Reader<R> {
    reader: R,
    /// The bytes left, when known (a file's size).
    left: Option<u64>,
}

#[cfg(feature = "files")]
impl<R: tokio::io::AsyncRead + Unpin> Body for Reader<R> {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        /// The size of one chunk.
        const CHUNK: usize = 64 * 1024;
        let mut buf = vec![0u8; CHUNK];
        let mut read = tokio::io::ReadBuf::new(&mut buf);
        match Pin::new(&mut self.reader).poll_read(cx, &mut read) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(Ok(())) => {
                let n = read.filled().len();
                if n == 0 {
                    return Poll::Ready(None);
                }
                buf.truncate(n);
                if let Some(left) = &mut self.left {
                    *left = left.saturating_sub(n as u64);
                }
                Poll::Ready(Some(Ok(Frame::data(Bytes::from(buf)))))
            }
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self.left {
            Some(n) => SizeHint::with_exact(n),
            None => SizeHint::default(),
        }
    }
}

#[cfg(feature = "files")]
impl ByteStream {
    /// The bytes of any `AsyncRead`, read in 64 KiB chunks as the stream is
    /// consumed (never whole).
    pub fn from_reader<R>(reader: R) -> Self
    where
        R: tokio::io::AsyncRead + Send + Unpin + 'static,
    {
        Self::from_body(Reader { reader, left: None })
    }

    /// The file at `path`, streamed (its size announced, so a request or
    /// response carries `Content-Length`).
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let file = tokio::fs::File::open(path).await?;
        let len = file.metadata().await?.len();
        Ok(Self::from_body(Reader {
            reader: file,
            left: Some(len),
        }))
    }
}

/// What the server and the client do with a structure's streaming member:
/// generated for every operation input and output.
pub trait Streaming {
    /// Takes the streaming member's value out, if the structure has one.
    fn take_stream(&mut self) -> Option<ByteStream> {
        None
    }

    /// Sets the streaming member, if the structure has one.
    fn put_stream(&mut self, stream: ByteStream) {
        let _ = stream;
    }

    /// Takes the event-stream member out as its frames in `protocol`, if
    /// the structure has one.
    fn take_events(&mut self, protocol: crate::Protocol) -> Option<ByteStream> {
        let _ = protocol;
        None
    }

    /// Sets the event-stream member from a body of frames in `protocol`, if
    /// the structure has one.
    fn put_events(
        &mut self,
        frames: ByteStream,
        protocol: crate::Protocol,
        unknown: crate::event_stream::UnknownEvents,
    ) {
        let _ = (frames, protocol, unknown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn chunks_stream_and_collect() {
        let chunks = (0..3).map(|i| Ok(Bytes::from(vec![i; 4])));
        let mut s = ByteStream::from_chunks(chunks);
        assert_eq!(s.next().await.unwrap().unwrap(), Bytes::from(vec![0; 4]));
        let rest = s.collect().await.unwrap();
        assert_eq!(rest.len(), 8);
        // Reading chunk by chunk keeps one body, however many chunks come.
        let mut many =
            ByteStream::from_chunks((0..200_000u32).map(|i| Ok(Bytes::from(vec![i as u8]))));
        let mut n = 0;
        while let Some(chunk) = many.next().await {
            n += chunk.unwrap().len();
        }
        assert_eq!(n, 200_000);
        assert!(many.next().await.is_none());
        let b = ByteStream::from("abc");
        assert_eq!(b.clone(), b);
        assert_eq!(b.collect().await.unwrap(), Bytes::from("abc"));
    }
}
