//! `GET /v2/{repository}/blobs/{digest}?X-Amz-...`: the pre-signed layer
//! downloads that GetDownloadUrlForLayer hands out. Streams the blob with
//! `Content-Length`, honours a single `Range`, and tags it with its digest as
//! `ETag`. A tampered or expired URL gets 403 with an S3-style XML error.

use std::io::SeekFrom;
use std::time::SystemTime;

use aws_smithy_http_server::body::{boxed, to_boxed, BoxBody};
use bytes::Bytes;
use futures_util::TryStreamExt;
use http::{header, HeaderValue, Request, Response, StatusCode};
use http_body_util::StreamBody;
use hyper::body::Frame;

use crate::registry::Registry;
use crate::store::Store;
use codegen_rt::sigv4 as auth;

/// Whether a request is a pre-signed download (it carries a SigV4 query signature).
pub fn is_presigned<B>(req: &Request<B>) -> bool {
    req.uri().path().starts_with("/v2/")
        && req
            .uri()
            .query()
            .is_some_and(|q| q.contains("X-Amz-Signature="))
}

fn xml_error(status: StatusCode, code: &str, message: &str, resource: &str) -> Response<BoxBody> {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{}</Message><Resource>{}</Resource></Error>",
        escape(message),
        escape(resource)
    );
    let mut r = Response::new(to_boxed(body));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    r
}

/// `bytes=a-b`, `bytes=a-`, `bytes=-n` against a blob of `len` bytes.
pub fn parse_range(v: &str, len: u64) -> Option<(u64, u64)> {
    let spec = v.strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None;
    }
    let (a, b) = spec.split_once('-')?;
    let (start, end) = match (a.trim(), b.trim()) {
        ("", n) => {
            let n: u64 = n.parse().ok()?;
            if n == 0 {
                return None;
            }
            (len.saturating_sub(n), len.checked_sub(1)?)
        }
        (a, "") => (a.parse().ok()?, len.checked_sub(1)?),
        (a, b) => (
            a.parse().ok()?,
            b.parse::<u64>().ok()?.min(len.checked_sub(1)?),
        ),
    };
    (start <= end && start < len).then_some((start, end))
}

/// Serves one blob request.
pub async fn serve(registry: &Registry, req: &http::request::Parts) -> Response<BoxBody> {
    let path = req.uri.path();
    let resource = path.to_owned();
    if req.method != http::Method::GET && req.method != http::Method::HEAD {
        return xml_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            "Only GET and HEAD are allowed",
            &resource,
        );
    }
    let Some((repo, digest)) = path
        .strip_prefix("/v2/")
        .and_then(|p| p.rsplit_once("/blobs/"))
    else {
        return xml_error(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
            &resource,
        );
    };
    let host = req
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let settings = registry.settings();
    let query = req.uri.query().unwrap_or_default();
    if let Err(e) = auth::verify_url(
        &settings.keys,
        &settings.region,
        host,
        path,
        query,
        SystemTime::now(),
    ) {
        let (code, message) = e.code_and_message();
        tracing::info!(path, code, "download refused");
        return xml_error(StatusCode::FORBIDDEN, code, &message, &resource);
    }
    let store = registry.store();
    let size = match store.layer(repo, digest) {
        Ok(Some(size)) => size,
        Ok(None) => {
            return xml_error(
                StatusCode::NOT_FOUND,
                "NoSuchKey",
                "The specified key does not exist.",
                &resource,
            )
        }
        Err(e) => {
            return xml_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "InternalError",
                &e.to_string(),
                &resource,
            )
        }
    };
    let range = req.headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    match send(store, digest, size, range, req.method == http::Method::HEAD).await {
        Ok(r) => r,
        Err(SendError::Range) => {
            let mut resp = xml_error(
                StatusCode::RANGE_NOT_SATISFIABLE,
                "InvalidRange",
                "The requested range is not satisfiable",
                &resource,
            );
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                resp.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            resp
        }
        Err(SendError::Io(e)) => xml_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            &e.to_string(),
            &resource,
        ),
    }
}

/// The size of the reads that feed a download.
const READ_CHUNK: usize = 1 << 20;
/// How many chunks a download reads ahead of its socket.
const READ_AHEAD: usize = 2;

/// Why a blob could not be sent.
#[derive(Debug)]
pub enum SendError {
    /// The `Range` cannot be satisfied (answer 416 with `Content-Range: bytes */size`).
    Range,
    Io(std::io::Error),
}

/// Streams stored blob `digest` (`size` bytes), or the part `range` asks for:
/// `Content-Length`, `Accept-Ranges`, the digest as `ETag` and
/// `Docker-Content-Digest`; 206 with `Content-Range` for a range; no body for HEAD.
pub async fn send(
    store: &Store,
    digest: &str,
    size: u64,
    range: Option<&str>,
    head: bool,
) -> Result<Response<BoxBody>, SendError> {
    let (status, start, end) = match range {
        None => (StatusCode::OK, 0, size.saturating_sub(1)),
        Some(r) => match parse_range(r, size) {
            Some((s, e)) => (StatusCode::PARTIAL_CONTENT, s, e),
            None => return Err(SendError::Range),
        },
    };
    let length = if size == 0 { 0 } else { end - start + 1 };
    let body = if head {
        to_boxed(Bytes::new())
    } else {
        // One blocking reader per download, reading ahead in large chunks
        // (a thread hop per chunk, not per small read), at most
        // `READ_AHEAD` chunks ahead of the socket.
        let mut file = std::fs::File::open(store.blob_path(digest)).map_err(SendError::Io)?;
        std::io::Seek::seek(&mut file, SeekFrom::Start(start)).map_err(SendError::Io)?;
        let (tx, rx) = tokio::sync::mpsc::channel::<std::io::Result<Bytes>>(READ_AHEAD);
        tokio::task::spawn_blocking(move || {
            let mut left = length;
            while left > 0 {
                let want = usize::try_from(left.min(READ_CHUNK as u64)).unwrap_or(READ_CHUNK);
                let mut buf = vec![0u8; want];
                let read =
                    std::io::Read::read_exact(&mut file, &mut buf).map(|()| Bytes::from(buf));
                let failed = read.is_err();
                // The receiver gone: the client went away.
                if tx.blocking_send(read).is_err() || failed {
                    return;
                }
                left -= want as u64;
            }
        });
        let stream = futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|chunk| (chunk, rx))
        })
        .map_ok(Frame::data);
        boxed(StreamBody::new(stream))
    };
    let mut resp = Response::new(body);
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(v) = HeaderValue::from_str(&format!("\"{digest}\"")) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(digest) {
        h.insert("docker-content-digest", v);
    }
    if status == StatusCode::PARTIAL_CONTENT {
        if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{size}")) {
            h.insert(header::CONTENT_RANGE, v);
        }
    }
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-9", 100), Some((0, 9)));
        assert_eq!(parse_range("bytes=90-", 100), Some((90, 99)));
        assert_eq!(parse_range("bytes=-10", 100), Some((90, 99)));
        assert_eq!(parse_range("bytes=50-500", 100), Some((50, 99)));
        assert_eq!(parse_range("bytes=100-", 100), None);
        assert_eq!(parse_range("bytes=5-1", 100), None);
        assert_eq!(parse_range("bytes=0-1,3-4", 100), None);
        assert_eq!(parse_range("items=0-1", 100), None);
    }
}
