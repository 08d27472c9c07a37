//! `Range` of blob downloads and `Content-Range` of chunked uploads: a
//! range that parses lies inside the blob; never a panic.
#![no_main]

use ecr_server::blobs::parse_range;
use ecr_server::oci::content_range_start;
use http::{HeaderMap, HeaderValue};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let (len, text) = data.split_at(8);
    let len = u64::from_le_bytes(len.try_into().expect("8 bytes")) % (1 << 42);
    let text = String::from_utf8_lossy(text);
    if let Some((start, end)) = parse_range(&text, len) {
        assert!(start <= end && end < len, "{text:?} over {len}: {start}-{end}");
    }
    let mut h = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&text) {
        h.insert(http::header::CONTENT_RANGE, v);
        let _ = content_range_start(&h);
    }
});
