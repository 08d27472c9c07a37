//! Reading request bodies: whole and bounded, and with their
//! `Content-Encoding` undone.

use aws_smithy_http_server::body::{collect_body_limited, CollectBodyError};
use bytes::Bytes;

use crate::error::WireError;

/// A request body read whole, up to `limit` bytes (0: no limit): a larger one
/// is a 413 `RequestEntityTooLargeException`, an unreadable one a
/// `SerializationException`.
pub(crate) async fn read_whole_body<B>(body: B, limit: usize) -> Result<Bytes, WireError>
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
