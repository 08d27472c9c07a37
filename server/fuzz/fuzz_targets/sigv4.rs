//! SigV4 checking of outside input: the `Authorization` header of API
//! requests, the query of pre-signed download URLs, and the `/v2/`
//! Basic/Bearer credentials. Never a panic, and nothing forged is accepted.
#![no_main]

use std::time::{Duration, SystemTime};

use codegen_rt::sigv4::{verify_request, verify_url, Keys};
use ecr_server::oci::check_auth;
use http::{HeaderMap, HeaderValue};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (header, rest) = text.split_once('\n').unwrap_or((&text, ""));
    let mut keys = Keys::default();
    keys.add("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_000_000);
    let mut headers = HeaderMap::new();
    headers.insert("host", HeaderValue::from_static("127.0.0.1:5000"));
    headers.insert("x-amz-date", HeaderValue::from_static("20261110T120000Z"));
    if let Ok(v) = HeaderValue::from_str(header) {
        headers.insert("authorization", v);
    }
    assert!(verify_request(&keys, "POST", "/", &headers, rest.as_bytes(), now).is_err());
    assert!(verify_url(&keys, "us-east-1", "127.0.0.1:5000", "/v2/a/blobs/b", rest, now).is_err());
    assert!(check_auth(&keys, "us-east-1", &headers).is_err());
});
