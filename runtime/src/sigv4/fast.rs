//! The signature `aws-sigv4`'s `sign` computes for a request a server checks,
//! without its general machinery, for the shape nearly every signed API call
//! has: a path of unreserved characters (nothing for URI normalization or
//! percent-encoding to change), no query, lowercase header names signed once
//! each. The signing key and the signature are `aws-sigv4`'s own
//! `generate_signing_key` and `calculate_signature`; the key is derived once
//! per key, day, region and service (as AWS services do) instead of with four
//! HMACs per request, and the canonical request is hashed as it is written,
//! with no allocation. Any other request goes through
//! `aws_sigv4::http_request::sign` (`super::compute`); the tests below hold the
//! two to the same signature over random requests of both kinds.

use std::cell::RefCell;

use aws_sigv4::http_request::SignableBody;
use aws_sigv4::sign::v4;
use sha2::{Digest, Sha256};

use super::{secret_of, Canonical, Scope};

/// The hex SigV4 signature of `req` under `scope` by `akid` (one of the key
/// set `keys_id`), or `None` when the request is not of the shape this
/// computes and `aws-sigv4`'s `sign` must.
pub(super) fn signature(
    keys_id: u64,
    akid: &str,
    scope: &Scope<'_>,
    req: &Canonical<'_>,
) -> Option<String> {
    let path = path_as_signed(req.path_and_query)?;
    let body_hash;
    let payload_hash = match req.body {
        SignableBody::Bytes(b) => {
            body_hash = hex64(&Sha256::digest(b));
            std::str::from_utf8(&body_hash).ok()?
        }
        SignableBody::Precomputed(hash) => hash.as_str(),
        SignableBody::UnsignedPayload => "UNSIGNED-PAYLOAD",
        _ => return None,
    };
    // The signed headers and X-Amz-Date (which `sign` always adds), sorted by
    // name; a name twice (values `sign` would join) is left to `sign`.
    let mut headers: Vec<(&str, &str)> = Vec::with_capacity(req.signed.len() + 1);
    headers.extend(req.signed.iter().map(|(n, v)| (*n, v.as_ref())));
    headers.push(("x-amz-date", req.amz_date));
    headers.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let well_formed = headers.windows(2).all(|w| w[0].0 < w[1].0)
        && headers.iter().all(|(name, _)| is_lowercase_token(name));
    if !well_formed {
        return None;
    }
    let mut creq = Sha256::new();
    for part in [req.method, "\n", path, "\n\n"] {
        creq.update(part);
    }
    for (name, value) in &headers {
        creq.update(name);
        creq.update(":");
        update_trimmed(&mut creq, value);
        creq.update("\n");
    }
    creq.update("\n");
    for (i, (name, _)) in headers.iter().enumerate() {
        if i > 0 {
            creq.update(";");
        }
        creq.update(name);
    }
    creq.update("\n");
    creq.update(payload_hash);
    let creq_hash = hex64(&creq.finalize());
    // `X-Amz-Date` was parsed strictly, so it is what `sign` would format from it.
    let date = req.amz_date.get(..8)?;
    let mut string_to_sign = String::with_capacity(160);
    for part in [
        "AWS4-HMAC-SHA256\n",
        req.amz_date,
        "\n",
        date,
        "/",
        scope.region,
        "/",
        scope.service,
        "/aws4_request\n",
        std::str::from_utf8(&creq_hash).ok()?,
    ] {
        string_to_sign.push_str(part);
    }
    let key = signing_key(keys_id, akid, scope, date)?;
    Some(v4::calculate_signature(key, string_to_sign.as_bytes()))
}

/// The path as the canonical request has it, when normalization and
/// percent-encoding leave it as it is and there is no query.
fn path_as_signed(path_and_query: &str) -> Option<&str> {
    let path = match path_and_query.split_once('?') {
        None => path_and_query,
        Some((path, "")) => path,
        Some(_) => return None,
    };
    let plain = path.starts_with('/')
        && !path.contains("//")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~' | b'/'));
    plain.then_some(path)
}

fn is_lowercase_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `value` with spaces trimmed at both ends and runs of spaces made one, as
/// SigV4 canonicalizes header values (other whitespace is kept).
fn update_trimmed(hash: &mut Sha256, value: &str) {
    let value = value.trim_matches(' ');
    if !value.contains("  ") {
        hash.update(value);
        return;
    }
    for (i, word) in value.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if i > 0 {
            hash.update(" ");
        }
        hash.update(word);
    }
}

fn hex64(digest: &[u8]) -> [u8; 64] {
    let mut out = [b'0'; 64];
    // A SHA-256 digest is 32 bytes: it always fits.
    let _ = hex::encode_to_slice(digest, &mut out);
    out
}

/// A derived SigV4 signing key, for one access key of one key set, one day,
/// region and service.
struct CachedKey {
    keys_id: u64,
    akid: Box<str>,
    date: [u8; 8],
    region: Box<str>,
    service: Box<str>,
    key: [u8; 32],
}

/// Signing keys derived lately on this thread (per thread: no lock between
/// the cores serving requests). A few suffice: keys change daily, and a
/// server takes few regions and services.
const CACHED_KEYS: usize = 16;

thread_local! {
    static SIGNING_KEYS: RefCell<Vec<CachedKey>> = const { RefCell::new(Vec::new()) };
}

fn signing_key(keys_id: u64, akid: &str, scope: &Scope<'_>, date: &str) -> Option<[u8; 32]> {
    let date: [u8; 8] = date.as_bytes().try_into().ok()?;
    let cached = SIGNING_KEYS.with_borrow(|keys| {
        keys.iter()
            .find(|k| {
                k.keys_id == keys_id
                    && k.date == date
                    && *k.akid == *akid
                    && *k.region == *scope.region
                    && *k.service == *scope.service
            })
            .map(|k| k.key)
    });
    if cached.is_some() {
        return cached;
    }
    let secret = secret_of(scope.identity)?;
    let derived = v4::generate_signing_key(secret, scope.time, scope.region, scope.service);
    let key: [u8; 32] = derived.as_ref().try_into().ok()?;
    SIGNING_KEYS.with_borrow_mut(|keys| {
        if keys.len() >= CACHED_KEYS {
            keys.remove(0);
        }
        keys.push(CachedKey {
            keys_id,
            akid: akid.into(),
            date,
            region: scope.region.into(),
            service: scope.service.into(),
            key,
        });
    });
    Some(key)
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::time::{Duration, SystemTime};

    use super::super::{amz_date, compute, identity, VERIFY_SETTINGS};
    use super::*;

    fn pick<'a>(rng: &mut fastrand::Rng, from: &[&'a str]) -> &'a str {
        from[rng.usize(..from.len())]
    }

    /// Text of up to `max` characters drawn from `chars`.
    fn text(rng: &mut fastrand::Rng, chars: &str, max: usize) -> String {
        let chars: Vec<char> = chars.chars().collect();
        (0..rng.usize(..=max))
            .map(|_| chars[rng.usize(..chars.len())])
            .collect()
    }

    /// Random requests, most of the shape the fast path takes and many not
    /// (odd paths, queries, unsorted, repeated or uppercase header names):
    /// wherever it gives a signature, it is the one `aws-sigv4` computes.
    #[test]
    fn same_signature_as_aws_sigv4() {
        let mut rng = fastrand::Rng::with_seed(0x5167_0004);
        let who = identity("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        const NAMES: &[&str] = &[
            "host",
            "content-type",
            "x-amz-target",
            "x-amz-content-sha256",
            "x-amz-security-token",
            "user-agent",
            "content-md5",
            "x-amz-meta-a",
            "x-amz-meta-1",
            "range",
            "X-Upper",
            "x_under",
        ];
        let (mut fast, mut total) = (0, 0);
        for case in 0..20_000 {
            let method = pick(&mut rng, &["GET", "POST", "PUT", "DELETE", "HEAD"]);
            let mut path = String::new();
            for _ in 0..rng.usize(..4) {
                path.push('/');
                let odd = if rng.u8(..8) == 0 { ".%:+ =@" } else { "" };
                path.push_str(&text(&mut rng, &format!("abcXYZ019-_~{odd}"), 6));
            }
            if path.is_empty() || rng.u8(..20) == 0 {
                path.push('/');
            }
            let query = pick(
                &mut rng,
                &["", "", "", "?", "?a=1&b=2", "?b=%20x+y&a", "?z"],
            );
            let pq = format!("{path}{query}");
            // (`verify` refuses a request whose signed headers lack `host`.)
            let mut signed: Vec<(&str, Cow<'_, str>)> =
                vec![("host", Cow::Borrowed("127.0.0.1:5000"))];
            for _ in 0..rng.usize(1..6) {
                let pad = |rng: &mut fastrand::Rng| " ".repeat(rng.usize(..3));
                let value = format!(
                    "{}{}{}",
                    pad(&mut rng),
                    text(&mut rng, "ab c  \t,;=:/", 12),
                    pad(&mut rng)
                );
                signed.push((pick(&mut rng, NAMES), Cow::Owned(value)));
            }
            // Mostly as clients sign: each name once, in order.
            if rng.u8(..5) != 0 {
                signed.sort_by(|a, b| a.0.cmp(b.0));
                signed.dedup_by(|a, b| a.0 == b.0);
            }
            let body_bytes = text(&mut rng, "{}\":ab ", 40).into_bytes();
            let body = match rng.u8(..4) {
                0 => SignableBody::UnsignedPayload,
                1 => SignableBody::Precomputed(hex::encode(Sha256::digest(&body_bytes))),
                _ => SignableBody::Bytes(&body_bytes),
            };
            let time = SystemTime::UNIX_EPOCH + Duration::from_secs(rng.u64(..4_102_444_800));
            let date = amz_date(time);
            let region = pick(&mut rng, &["us-west-2", "eu-central-1", "cn-north-1"]);
            let service = pick(&mut rng, &["ecr", "s3", "execute-api"]);
            let scope = || Scope {
                identity: &who,
                region,
                service,
                time,
                settings: VERIFY_SETTINGS.clone(),
            };
            let expected = compute(
                scope(),
                method,
                &pq,
                signed.iter().map(|(k, v)| (*k, v.as_ref())),
                body.clone(),
            )
            .map(|(_, signature)| signature);
            let request = Canonical {
                method,
                path_and_query: &pq,
                amz_date: &date,
                signed: &signed,
                body: &body,
            };
            total += 1;
            if let Some(signature) = signature(1, "AKIDEXAMPLE", &scope(), &request) {
                fast += 1;
                assert_eq!(
                    Ok(signature),
                    expected,
                    "case {case}: {method} {pq} {signed:?} {body:?} {date} {region} {service}"
                );
            }
        }
        // Both paths are exercised.
        assert!(fast > total / 4 && fast < total, "{fast} of {total} fast");
    }

    #[test]
    fn shapes_left_to_aws_sigv4() {
        assert_eq!(path_as_signed("/"), Some("/"));
        assert_eq!(path_as_signed("/?"), Some("/"));
        assert_eq!(path_as_signed("/a-b_c~9/D"), Some("/a-b_c~9/D"));
        for odd in [
            "", "a", "/a/../b", "/./a", "//a", "/a%20b", "/a b", "/a:b", "/?x=1",
        ] {
            assert_eq!(path_as_signed(odd), None, "{odd}");
        }
        assert!(is_lowercase_token("x-amz-date"));
        for odd in ["", "Host", "x_y", "a.b"] {
            assert!(!is_lowercase_token(odd), "{odd}");
        }
    }
}
