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

/// A request body with the `Content-Encoding` codings the server knows
/// undone.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The body once the known codings are undone.
    pub body: Bytes,
    /// The `Content-Encoding` that remains once they are (`None`: nothing was
    /// undone, the header stands as sent; `Some("")`: nothing remains), which
    /// is what a member bound to `Content-Encoding` reads: a client of a
    /// `@requestCompression` operation appends `gzip` to the encoding its
    /// caller chose.
    pub content_encoding: Option<String>,
}

/// The body with its `Content-Encoding` undone, the coding applied last
/// first: `gzip` (what clients of `@requestCompression` operations send) is
/// inflated, at most `limit` bytes; `identity` or no header pass. A coding
/// the server does not know stops the undoing: the codings from it on are
/// the application's when `application_codings` (the input binds
/// `Content-Encoding` to a member), and refused (415) otherwise.
pub fn decode_content(
    headers: &http::HeaderMap,
    body: Bytes,
    limit: usize,
    application_codings: bool,
) -> Result<Decoded, WireError> {
    use std::io::Read as _;
    let mut body = body;
    let mut encodings = headers
        .get_all(http::header::CONTENT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty() && !e.eq_ignore_ascii_case("identity"))
        .collect::<Vec<_>>();
    let mut undone = false;
    while let Some(encoding) = encodings.last() {
        if !encoding.eq_ignore_ascii_case("gzip") {
            if application_codings {
                break;
            }
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
        encodings.pop();
        undone = true;
    }
    Ok(Decoded {
        body,
        content_encoding: undone.then(|| encodings.join(", ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gzip(data: &[u8]) -> Bytes {
        use std::io::Write as _;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        Bytes::from(e.finish().unwrap())
    }

    fn headers(encoding: &str) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        h.insert(http::header::CONTENT_ENCODING, encoding.parse().unwrap());
        h
    }

    #[test]
    fn gzip_is_undone_and_the_callers_coding_remains() {
        let d = decode_content(&headers("custom, gzip"), gzip(b"hello"), 100, true).unwrap();
        assert_eq!(&d.body[..], b"hello");
        assert_eq!(d.content_encoding.as_deref(), Some("custom"));
        let d = decode_content(&headers("gzip"), gzip(b"hello"), 100, false).unwrap();
        assert_eq!(d.content_encoding.as_deref(), Some(""));
        let d = decode_content(
            &http::HeaderMap::new(),
            Bytes::from_static(b"x"),
            100,
            false,
        );
        assert_eq!(d.unwrap().content_encoding, None);
    }

    #[test]
    fn unknown_codings_are_refused_unless_the_input_reads_them() {
        let e = decode_content(&headers("br"), Bytes::from_static(b"x"), 100, false).unwrap_err();
        assert_eq!(e.status, 415);
        let d = decode_content(&headers("br"), Bytes::from_static(b"x"), 100, true).unwrap();
        assert_eq!((&d.body[..], d.content_encoding), (&b"x"[..], None));
    }

    #[test]
    fn a_bomb_stops_at_the_limit() {
        let e = decode_content(&headers("gzip"), gzip(&vec![0; 10_000]), 1000, false).unwrap_err();
        assert_eq!(e.status, 413);
        let e =
            decode_content(&headers("gzip"), Bytes::from_static(b"nope"), 1000, false).unwrap_err();
        assert_eq!(e.code, "SerializationException");
    }
}
