//! Keeping an HTTP/1.1 connection usable after an answer that did not read
//! the request's whole body (a 401 or 403 before an upload, a 404 for a
//! missing bucket or repository, a 413): a client that reuses the
//! connection for its next request (Go's, docker's, containerd's do, and
//! Go does not send a PUT again) would otherwise find it closed under it.
//!
//! [`watch_body`] wraps the request body so the pipeline reads it as
//! before while a [`Tail`] keeps hold of it; once the response is ready,
//! [`settle`] reads and discards what is left of a body nothing reads any
//! more, up to [`DRAIN_LIMIT`] bytes within [`DRAIN_TIME`], so the
//! connection stays open; a longer or slower remainder (or one the client
//! holds back for `Expect: 100-continue`) is not read, and the response
//! says `Connection: close`, so the client opens a new connection for its
//! next request. HTTP/2 streams end on their own and need neither.

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use http::header::{HeaderValue, CONNECTION, CONTENT_LENGTH, EXPECT, TRANSFER_ENCODING};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt as _;

/// The most of an unread remainder read and discarded to keep the
/// connection.
pub const DRAIN_LIMIT: u64 = 256 * 1024;
/// How long the remainder may take to arrive.
pub const DRAIN_TIME: Duration = Duration::from_secs(1);

/// The body and whether it was read to its end.
struct Slot<B> {
    body: Mutex<Option<Pin<Box<B>>>>,
    ended: AtomicBool,
}

/// The request body as the pipeline reads it (the body itself stays with
/// the [`Tail`]).
pub struct Watched<B> {
    slot: Arc<Slot<B>>,
}

/// What [`settle`] needs of a request: its body, and whether it has one
/// worth keeping the connection for.
pub struct Tail<B> {
    slot: Arc<Slot<B>>,
    /// HTTP/1.x with a body (a length above 0, or chunked), not waiting
    /// for `100 Continue`.
    drainable: bool,
    /// HTTP/1.x with a body at all.
    http1_body: bool,
}

/// `req` with its body watched, and the [`Tail`] to [`settle`] its
/// response with.
pub fn watch_body<B: Body>(req: http::Request<B>) -> (http::Request<Watched<B>>, Tail<B>) {
    let http1 = req.version() < http::Version::HTTP_2;
    let headers = req.headers();
    let has_body = headers.contains_key(TRANSFER_ENCODING)
        || headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .is_some_and(|n| n > 0);
    let expects = headers
        .get(EXPECT)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    let (parts, body) = req.into_parts();
    let slot = Arc::new(Slot {
        body: Mutex::new(Some(Box::pin(body))),
        ended: AtomicBool::new(false),
    });
    let tail = Tail {
        slot: Arc::clone(&slot),
        drainable: http1 && has_body && !expects,
        http1_body: http1 && has_body,
    };
    (http::Request::from_parts(parts, Watched { slot }), tail)
}

/// The response to send for the request `tail` watched: as it is when the
/// body was read to its end (or is still being read, as an event stream
/// is); else once what is left of the body is read and discarded, or with
/// `Connection: close` when that is too much, too slow or held back.
pub async fn settle<B, R>(tail: Tail<B>, mut response: http::Response<R>) -> http::Response<R>
where
    B: Body,
{
    if !tail.http1_body || tail.slot.ended.load(Ordering::Acquire) {
        return response;
    }
    // The body is still in use (a stream the answer reads on): the
    // exchange is not over.
    if Arc::strong_count(&tail.slot) > 1 {
        return response;
    }
    let drained = tail.drainable
        && tokio::time::timeout(DRAIN_TIME, drain(&tail.slot))
            .await
            .unwrap_or(false);
    if !drained {
        response
            .headers_mut()
            .insert(CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// Reads the rest of the body, discarding it: whether it ended within
/// [`DRAIN_LIMIT`] bytes.
async fn drain<B: Body>(slot: &Slot<B>) -> bool {
    let taken = slot
        .body
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    let Some(mut body) = taken else {
        return false;
    };
    let mut read = 0u64;
    loop {
        match body.frame().await {
            None => return true,
            Some(Err(_)) => return false,
            Some(Ok(frame)) => {
                if let Some(data) = frame.data_ref() {
                    read += bytes::Buf::remaining(data) as u64;
                    if read > DRAIN_LIMIT {
                        return false;
                    }
                }
            }
        }
    }
}

impl<B: Body> Body for Watched<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let mut body = self
            .slot
            .body
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let Some(inner) = body.as_mut() else {
            return Poll::Ready(None);
        };
        let polled = inner.as_mut().poll_frame(cx);
        match &polled {
            Poll::Ready(None) => self.slot.ended.store(true, Ordering::Release),
            Poll::Ready(Some(Ok(_))) if inner.is_end_stream() => {
                self.slot.ended.store(true, Ordering::Release);
            }
            _ => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.slot.ended.load(Ordering::Acquire)
            || self
                .slot
                .body
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .as_ref()
                .is_none_or(|b| b.is_end_stream())
    }

    fn size_hint(&self) -> SizeHint {
        self.slot
            .body
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .map(|b| b.size_hint())
            .unwrap_or_default()
    }
}
