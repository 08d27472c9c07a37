//! SigV4 checking of outside input: the `Authorization` header of API
//! requests, the query of pre-signed download URLs, and the `/v2/`
//! Basic/Bearer credentials. Never a panic, and nothing forged is accepted.
//! And the other way round: a request a client signs with `aws-sigv4`
//! (fuzzed method, path and query, headers and body) is accepted, whichever
//! way the verifier computes its signature, and refused once its body changes.
#![no_main]

use std::time::{Duration, SystemTime};

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use codegen_rt::sigv4::{verify_request, verify_url, Keys, Verifier};
use ecr_server::oci::check_auth;
use http::{HeaderMap, HeaderName, HeaderValue};
use libfuzzer_sys::fuzz_target;

const AKID: &str = "AKIDEXAMPLE";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const HOST: &str = "127.0.0.1:5000";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (header, rest) = text.split_once('\n').unwrap_or((&text, ""));
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_000_000);
    let mut headers = HeaderMap::new();
    headers.insert("host", HeaderValue::from_static(HOST));
    headers.insert("x-amz-date", HeaderValue::from_static("20261110T120000Z"));
    if let Ok(v) = HeaderValue::from_str(header) {
        headers.insert("authorization", v);
    }
    assert!(verify_request(&keys, "POST", "/", &headers, rest.as_bytes(), now).is_err());
    assert!(verify_url(&keys, "us-east-1", HOST, "/v2/a/blobs/b", rest, now).is_err());
    assert!(check_auth(&keys, "us-east-1", &headers).is_err());
    signed_by_a_client_verifies(&text, &keys, now);
});

/// `text`: the path and query on the first line, `name: value` header lines
/// up to an empty line, then the body.
fn signed_by_a_client_verifies(text: &str, keys: &Keys, now: SystemTime) {
    let method = ["GET", "POST", "PUT", "DELETE"][text.len() % 4];
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let path_and_query = format!("/{}", first.trim_start_matches('/'));
    let mut req = http::Request::new(());
    *req.method_mut() = method.parse().unwrap();
    let Ok(uri) = path_and_query.parse::<http::Uri>() else {
        return;
    };
    if uri.path_and_query().map(|p| p.as_str()) != Some(path_and_query.as_str()) {
        return;
    }
    *req.uri_mut() = uri;
    req.headers_mut()
        .insert("host", HeaderValue::from_static(HOST));
    let (head, body) = rest.split_once("\n\n").unwrap_or((rest, ""));
    for line in head.lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.trim().as_bytes()),
            // As an HTTP parser gives it: no white space at either end.
            HeaderValue::from_str(value.trim_matches([' ', '\t'])),
        ) else {
            continue;
        };
        // What the signer sets itself, and a declared body hash (checked separately).
        let reserved = [
            "host",
            "authorization",
            "x-amz-date",
            "x-amz-content-sha256",
            "x-amz-security-token",
        ];
        if value.to_str().is_ok() && !reserved.contains(&name.as_str()) {
            req.headers_mut().append(name, value);
        }
    }
    let identity: Identity =
        aws_credential_types::Credentials::new(AKID, SECRET, None, None, "fuzz").into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("ecr")
        .time(now)
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let signable = SignableRequest::new(
        method,
        format!("http://{HOST}{path_and_query}"),
        req.headers()
            .iter()
            .map(|(k, v)| (k.as_str(), v.to_str().unwrap())),
        SignableBody::Bytes(body.as_bytes()),
    );
    let Ok(signable) = signable else {
        return;
    };
    let Ok(output) = sign(signable, &params) else {
        return;
    };
    output.into_parts().0.apply_to_request_http1x(&mut req);
    let (parts, ()) = req.into_parts();
    let verifier = Verifier::new(keys.clone()).region("us-east-1").service("ecr");
    assert_eq!(
        verifier.verify(&parts, Some(body.as_bytes()), now).as_deref(),
        Ok(AKID),
        "{parts:?}"
    );
    let changed = format!("{body}.");
    assert!(verifier.verify(&parts, Some(changed.as_bytes()), now).is_err());
}
