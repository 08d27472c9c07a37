//! SigV4 for servers: checking the signature of requests, and pre-signing (and
//! checking) `GET` URLs. Signatures are computed over exactly the headers the
//! client says it signed, and compared in constant time: by `aws-sigv4`'s
//! `sign`, or, for a request of the usual shape, with its signing-key and
//! signature functions over a canonical request written here (`sigv4/fast.rs`,
//! held to `sign`'s result by a differential test).
//!
//! [`Verifier`] is what a generated server puts in front of its operations
//! (`Config::authenticate`): it runs once the body is read, with the request id
//! the response carries, and the caller's access key id reaches the handler as
//! `Context::caller`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use crate::aws_chunked::ChunkChain;
use crate::error::WireError;
use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    sign, SignableBody, SignableRequest, SignatureLocation, SigningSettings,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_smithy_types::date_time::{DateTime, Format};
use http::HeaderMap;
use subtle::ConstantTimeEq;

/// How far a request's `X-Amz-Date` may be from the server's clock.
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

/// The key pairs the server accepts.
#[derive(Clone, Default)]
pub struct Keys {
    /// Access key id -> the identity `aws-sigv4` signs with (built once here
    /// rather than for every request; it holds the secret).
    identities: BTreeMap<String, Identity>,
    /// Tells these keys apart from any other set in this process (a new
    /// number with every change), for the signing-key cache.
    id: u64,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field(
                "access_key_ids",
                &self.identities.keys().collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Keys {
    /// Accepts `access_key_id` / `secret`.
    pub fn add(&mut self, access_key_id: impl Into<String>, secret: impl Into<String>) {
        let akid = access_key_id.into();
        let identity = identity(&akid, &secret.into());
        self.identities.insert(akid, identity);
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        self.id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// The first key pair (used to pre-sign URLs).
    pub fn first(&self) -> Option<(&str, &str)> {
        let (akid, identity) = self.identities.iter().next()?;
        Some((akid.as_str(), secret_of(identity)?))
    }

    /// The secret of `akid`, if accepted.
    pub fn secret(&self, akid: &str) -> Option<&str> {
        secret_of(self.identity(akid)?)
    }

    fn identity(&self, akid: &str) -> Option<&Identity> {
        self.identities.get(akid)
    }

    /// The identity of the first key pair (see [`Keys::first`]).
    fn first_identity(&self) -> Option<&Identity> {
        self.identities.values().next()
    }
}

/// The identity `aws-sigv4` signs with for a key pair.
fn identity(akid: &str, secret: &str) -> Identity {
    Credentials::new(akid, secret, None, None, "codegen-rt").into()
}

/// The secret inside an identity made by [`identity`].
fn secret_of(identity: &Identity) -> Option<&str> {
    identity
        .data::<Credentials>()
        .map(Credentials::secret_access_key)
}

/// Why a request's signature was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthError {
    /// No `Authorization` header.
    Missing,
    /// An `Authorization` header that is not SigV4 as expected.
    Malformed(String),
    /// An access key id the server does not know.
    UnknownKey,
    /// The signature does not match.
    Mismatch,
    /// `X-Amz-Date` too far from now.
    Skewed(String),
    /// Signed for another region or service than the verifier's.
    Scope(String),
    /// A pre-signed request (signature in the query) past its
    /// `X-Amz-Expires`.
    Expired,
}

impl AuthError {
    /// The AWS error a real client understands.
    pub fn to_wire(&self) -> WireError {
        match self {
            AuthError::Missing => WireError::plain(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            AuthError::Malformed(m) => WireError::plain(403, "IncompleteSignatureException", m.clone()),
            AuthError::UnknownKey => WireError::plain(
                403,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            ),
            AuthError::Mismatch => WireError::plain(
                403,
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. \
                 Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
            ),
            AuthError::Skewed(m) | AuthError::Scope(m) => {
                WireError::plain(403, "InvalidSignatureException", m.clone())
            }
            AuthError::Expired => WireError::plain(403, "AccessDenied", "Request has expired"),
        }
    }
}

/// `20261123T080622Z` as a time.
/// Every request carries one, so it is read in place (no allocation).
pub fn parse_amz_date(s: &str) -> Option<SystemTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u64> {
        b[from..to].iter().try_fold(0u64, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u64::from(c - b'0'))
        })
    };
    let (year, month, day) = (num(0, 4)?, num(4, 6)?, num(6, 8)?);
    let (hour, minute, second) = (num(9, 11)?, num(11, 13)?, num(13, 15)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if year < 1970 || day == 0 || day > month_days || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Days since 1970-01-01 (the civil-from-days inverse, March-based years).
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y / 400;
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = (era * 146_097 + doe).checked_sub(719_468)?;
    let secs = days * 86_400 + hour * 3_600 + minute * 60 + second;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs))
}

fn amz_date(t: SystemTime) -> String {
    DateTime::from(t)
        .fmt(Format::DateTime)
        .unwrap_or_default()
        .replace(['-', ':'], "")
}

struct AuthHeader<'a> {
    akid: &'a str,
    date: &'a str,
    region: &'a str,
    service: &'a str,
    /// `;`-separated, as sent.
    signed_headers: &'a str,
    signature: &'a str,
}

fn parse_authorization(v: &str) -> Result<AuthHeader<'_>, AuthError> {
    let bad =
        |m: &str| AuthError::Malformed(format!("Authorization header is not valid SigV4: {m}"));
    let rest = v
        .strip_prefix("AWS4-HMAC-SHA256 ")
        .ok_or_else(|| bad("the algorithm must be AWS4-HMAC-SHA256"))?;
    let mut credential = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (k, v) = part
            .trim()
            .split_once('=')
            .ok_or_else(|| bad("expected key=value pairs"))?;
        match k {
            "Credential" => credential = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => signature = Some(v),
            _ => {}
        }
    }
    let credential = credential.ok_or_else(|| bad("missing Credential"))?;
    let mut scope = credential.split('/');
    let (Some(akid), Some(date), Some(region), Some(service), Some("aws4_request"), None) = (
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
    ) else {
        return Err(bad(
            "Credential must be KEY/DATE/REGION/SERVICE/aws4_request",
        ));
    };
    Ok(AuthHeader {
        akid,
        date,
        region,
        service,
        signed_headers: signed.ok_or_else(|| bad("missing SignedHeaders"))?,
        signature: signature.ok_or_else(|| bad("missing Signature"))?,
    })
}

/// How a verifier signs: over every header the client says it signed.
static VERIFY_SETTINGS: std::sync::LazyLock<SigningSettings> = std::sync::LazyLock::new(|| {
    let mut settings = SigningSettings::default();
    settings.excluded_headers = Some(Vec::new());
    settings
});

/// S3 (and its variants) sign the path as sent: encoded once, not
/// normalized (`a/./b` and `%20` stay as they are).
pub fn is_s3(service: &str) -> bool {
    matches!(
        service,
        "s3" | "s3-object-lambda" | "s3-outposts" | "s3express"
    )
}

/// [`is_s3`]'s signing settings: single percent-encoding, no path
/// normalization.
pub fn s3_settings(settings: &mut SigningSettings) {
    settings.percent_encoding_mode = aws_sigv4::http_request::PercentEncodingMode::Single;
    settings.uri_path_normalization_mode =
        aws_sigv4::http_request::UriPathNormalizationMode::Disabled;
}

mod fast;

/// What a verifier signs of a request: the headers the client signed (less
/// `X-Amz-Date`, which `amz_date` gives) with their values, the body.
struct Canonical<'a> {
    method: &'a str,
    path_and_query: &'a str,
    amz_date: &'a str,
    signed: &'a [(&'a str, Cow<'a, str>)],
    body: &'a SignableBody<'a>,
}

/// Who signs, for what scope, when, how.
struct Scope<'a> {
    identity: &'a Identity,
    region: &'a str,
    service: &'a str,
    time: SystemTime,
    settings: SigningSettings,
}

fn compute<'a>(
    scope: Scope<'_>,
    method: &'a str,
    uri: &'a str,
    headers: impl Iterator<Item = (&'a str, &'a str)>,
    body: SignableBody<'a>,
) -> Result<(aws_sigv4::http_request::SigningInstructions, String), String> {
    let params = v4::SigningParams::builder()
        .identity(scope.identity)
        .region(scope.region)
        .name(scope.service)
        .time(scope.time)
        .settings(scope.settings)
        .build()
        .map_err(|e| e.to_string())?
        .into();
    let signable = SignableRequest::new(method, uri, headers, body).map_err(|e| e.to_string())?;
    Ok(sign(signable, &params)
        .map_err(|e| e.to_string())?
        .into_parts())
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Checks a SigV4-signed API request whose body is `body`. Returns the access
/// key id. Any region and service in the credential scope are accepted; a
/// [`Verifier`] can require its own.
pub fn verify_request(
    keys: &Keys,
    method: &str,
    path_and_query: &str,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<String, AuthError> {
    verify(
        keys,
        Expect::default(),
        method,
        path_and_query,
        headers,
        SignableBody::Bytes(body),
        now,
    )
}

/// The credential scope a verifier insists on (`None`: any).
#[derive(Debug, Clone, Copy, Default)]
struct Expect<'a> {
    region: Option<&'a str>,
    service: Option<&'a str>,
}

fn verify(
    keys: &Keys,
    expect: Expect<'_>,
    method: &str,
    path_and_query: &str,
    headers: &HeaderMap,
    body: SignableBody<'_>,
    now: SystemTime,
) -> Result<String, AuthError> {
    let auth = headers
        .get("authorization")
        .ok_or(AuthError::Missing)?
        .to_str()
        .map_err(|_| AuthError::Malformed("Authorization header is not text".into()))?;
    let parsed = parse_authorization(auth)?;
    let date = headers
        .get("x-amz-date")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| {
            AuthError::Malformed("Authorization header requires an X-Amz-Date header".into())
        })?;
    let time = parse_amz_date(date)
        .ok_or_else(|| AuthError::Malformed(format!("X-Amz-Date '{date}' is not valid")))?;
    if !date.starts_with(parsed.date) {
        return Err(AuthError::Malformed(
            "the Credential date does not match X-Amz-Date".into(),
        ));
    }
    let skew = now
        .duration_since(time)
        .unwrap_or_else(|ahead| ahead.duration());
    if skew > MAX_SKEW {
        let now_s = amz_date(now);
        return Err(AuthError::Skewed(if time < now {
            format!(
                "Signature expired: {date} is now earlier than {} ({now_s} - 15 min.)",
                amz_date(now - MAX_SKEW)
            )
        } else {
            format!(
                "Signature not yet current: {date} is still later than {} ({now_s} + 15 min.)",
                amz_date(now + MAX_SKEW)
            )
        }));
    }
    if let Some(region) = expect.region.filter(|r| *r != parsed.region) {
        return Err(AuthError::Scope(format!(
            "Credential should be scoped to a valid region, not '{}'; this endpoint is in '{region}'.",
            parsed.region
        )));
    }
    if let Some(service) = expect.service.filter(|s| *s != parsed.service) {
        return Err(AuthError::Scope(format!(
            "Credential should be scoped to correct service: '{service}', not '{}'.",
            parsed.service
        )));
    }
    let identity = keys.identity(parsed.akid).ok_or(AuthError::UnknownKey)?;
    // SigV4 requires it (and `aws-sigv4` would take it from the URI, which a
    // server's request line does not carry).
    if !parsed
        .signed_headers
        .split(';')
        .any(|h| h.eq_ignore_ascii_case("host"))
    {
        // (AWS's words for it.)
        return Err(AuthError::Malformed(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.".into(),
        ));
    }
    let mut signed: Vec<(&str, Cow<'_, str>)> = Vec::with_capacity(8);
    for name in parsed.signed_headers.split(';') {
        if name.eq_ignore_ascii_case("x-amz-date") {
            continue;
        }
        let mut values = headers.get_all(name).iter().filter_map(|v| v.to_str().ok());
        let value = match (values.next(), values.next()) {
            (None, _) => return Err(AuthError::Mismatch),
            (Some(one), None) => Cow::Borrowed(one),
            (Some(a), Some(b)) => {
                let mut all = vec![a, b];
                all.extend(values);
                Cow::Owned(all.join(","))
            }
        };
        signed.push((name, value));
    }
    let mut settings = VERIFY_SETTINGS.clone();
    if is_s3(parsed.service) {
        s3_settings(&mut settings);
    }
    let scope = Scope {
        identity,
        region: parsed.region,
        service: parsed.service,
        time,
        settings,
    };
    let request = Canonical {
        method,
        path_and_query,
        amz_date: date,
        signed: &signed,
        body: &body,
    };
    let expected = match fast::signature(keys.id, parsed.akid, &scope, &request) {
        Some(signature) => signature,
        None => {
            compute(
                scope,
                method,
                path_and_query,
                signed.iter().map(|(k, v)| (*k, v.as_ref())),
                body,
            )
            .map_err(AuthError::Malformed)?
            .1
        }
    };
    if same(&expected, parsed.signature) {
        Ok(parsed.akid.to_owned())
    } else {
        Err(AuthError::Mismatch)
    }
}

/// Checks a request signed in its query string (a pre-signed URL:
/// `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`,
/// `X-Amz-SignedHeaders`, `X-Amz-Signature`; the payload `UNSIGNED-PAYLOAD`),
/// any method. Returns the access key id.
fn verify_query(
    keys: &Keys,
    expect: Expect<'_>,
    method: &str,
    path_and_query: &str,
    headers: &HeaderMap,
    now: SystemTime,
) -> Result<String, AuthError> {
    let bad = |m: &str| {
        AuthError::Malformed(format!(
            "the query-string signature is not valid SigV4: {m}"
        ))
    };
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    const SIGNING: &[&str] = &[
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
    ];
    let mut given = BTreeMap::new();
    let mut rest = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = crate::binding::decode_query(k).ok_or_else(|| bad("a parameter is not UTF-8"))?;
        if SIGNING.contains(&key.as_str()) {
            let value =
                crate::binding::decode_query(v).ok_or_else(|| bad("a parameter is not UTF-8"))?;
            if given.insert(key, value).is_some() {
                return Err(bad("a signing parameter is repeated"));
            }
        } else {
            rest.push(pair);
        }
    }
    let get = |k: &str| {
        given
            .get(k)
            .map(String::as_str)
            .ok_or_else(|| bad(&format!("{k} is missing")))
    };
    if get("X-Amz-Algorithm")? != "AWS4-HMAC-SHA256" {
        return Err(bad("X-Amz-Algorithm must be AWS4-HMAC-SHA256"));
    }
    let date = get("X-Amz-Date")?;
    let time = parse_amz_date(date).ok_or_else(|| bad("X-Amz-Date is not valid"))?;
    let expires: u64 = get("X-Amz-Expires")?
        .parse()
        .map_err(|_| bad("X-Amz-Expires is not a number"))?;
    if expires > 7 * 24 * 60 * 60 {
        return Err(bad("X-Amz-Expires must be at most 604800 seconds (7 days)"));
    }
    if time > now + MAX_SKEW {
        return Err(AuthError::Skewed(format!(
            "Signature not yet current: {date} is still later than {}",
            amz_date(now + MAX_SKEW)
        )));
    }
    if now > time + Duration::from_secs(expires) {
        return Err(AuthError::Expired);
    }
    let credential = get("X-Amz-Credential")?;
    let mut scope = credential.split('/');
    let (Some(akid), Some(day), Some(region), Some(service), Some("aws4_request"), None) = (
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
    ) else {
        return Err(bad(
            "X-Amz-Credential must be KEY/DATE/REGION/SERVICE/aws4_request",
        ));
    };
    if !date.starts_with(day) {
        return Err(bad("the credential's date is not X-Amz-Date's"));
    }
    if let Some(r) = expect.region.filter(|r| *r != region) {
        return Err(AuthError::Scope(format!(
            "Credential should be scoped to a valid region, not '{region}'; this endpoint is in '{r}'."
        )));
    }
    if let Some(s) = expect.service.filter(|s| *s != service) {
        return Err(AuthError::Scope(format!(
            "Credential should be scoped to correct service: '{s}', not '{service}'."
        )));
    }
    let identity = keys.identity(akid).ok_or(AuthError::UnknownKey)?;
    let signed_names = get("X-Amz-SignedHeaders")?;
    if !signed_names
        .split(';')
        .any(|h| h.eq_ignore_ascii_case("host"))
    {
        return Err(bad("X-Amz-SignedHeaders must name host"));
    }
    let mut signed: Vec<(&str, String)> = Vec::new();
    for name in signed_names.split(';') {
        let values: Vec<&str> = headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        if values.is_empty() {
            return Err(AuthError::Mismatch);
        }
        signed.push((name, values.join(",")));
    }
    let mut settings = presign_settings(Duration::from_secs(expires));
    if is_s3(service) {
        s3_settings(&mut settings);
    }
    let unsigned = if rest.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", rest.join("&"))
    };
    let (_, expected) = compute(
        Scope {
            identity,
            region,
            service,
            time,
            settings,
        },
        method,
        &unsigned,
        signed.iter().map(|(k, v)| (*k, v.as_str())),
        SignableBody::UnsignedPayload,
    )
    .map_err(AuthError::Malformed)?;
    if same(&expected, get("X-Amz-Signature")?) {
        Ok(akid.to_owned())
    } else {
        Err(AuthError::Mismatch)
    }
}

/// Checks the SigV4 signature of every request a server receives: the keys
/// it accepts and, optionally, the region and service the credential scope
/// must name. Put one in `Config::authenticate` of a generated server.
#[derive(Debug, Clone)]
pub struct Verifier {
    keys: Keys,
    region: Option<String>,
    service: Option<String>,
}

impl Verifier {
    /// Accepts requests signed with any of `keys`, for any region and service.
    pub fn new(keys: Keys) -> Self {
        Self {
            keys,
            region: None,
            service: None,
        }
    }

    /// Only signatures scoped to `region`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Only signatures scoped to `service` (the signing name, `ecr`).
    pub fn service(mut self, service: impl Into<String>) -> Self {
        self.service = Some(service.into());
        self
    }

    /// The keys accepted.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Checks a request at time `now`. `body` is the body as received, or
    /// `None` when it is streamed to the operation unread: then the signature
    /// covers the `X-Amz-Content-Sha256` header's value (`UNSIGNED-PAYLOAD`
    /// or the hash the client declares), as S3-style streaming uploads sign.
    /// Returns the access key id.
    pub fn verify(
        &self,
        parts: &http::request::Parts,
        body: Option<&[u8]>,
        now: SystemTime,
    ) -> Result<String, AuthError> {
        // The URI as sent, when the server serves it under another.
        #[cfg(feature = "server")]
        let uri = match parts.extensions.get::<crate::server::SentUri>() {
            Some(sent) => &sent.0,
            None => &parts.uri,
        };
        #[cfg(not(feature = "server"))]
        let uri = &parts.uri;
        let pq = uri.path_and_query().map_or("/", |p| p.as_str());
        let expect = Expect {
            region: self.region.as_deref(),
            service: self.service.as_deref(),
        };
        if !parts.headers.contains_key(http::header::AUTHORIZATION)
            && uri.query().is_some_and(|q| q.contains("X-Amz-Signature="))
        {
            return verify_query(
                &self.keys,
                expect,
                parts.method.as_str(),
                pq,
                &parts.headers,
                now,
            );
        }
        // A declared payload hash is what the client signed; a body read
        // here must have that hash.
        let declared = parts
            .headers
            .get("x-amz-content-sha256")
            .map(|v| v.to_str().unwrap_or_default());
        let body = match (declared, body) {
            (Some("UNSIGNED-PAYLOAD"), _) => SignableBody::UnsignedPayload,
            // An `aws-chunked` body: the seed signature covers the literal,
            // each chunk its own signature (checked as the body is decoded).
            (Some(streaming), _) if streaming.starts_with("STREAMING-") => {
                SignableBody::Precomputed(streaming.to_owned())
            }
            (Some(hash), Some(b)) => {
                use sha2::Digest as _;
                let actual = format!("{:x}", sha2::Sha256::digest(b));
                if !hash.eq_ignore_ascii_case(&actual) {
                    return Err(AuthError::Malformed(
                        "The provided 'x-amz-content-sha256' header does not match what was computed."
                            .into(),
                    ));
                }
                // Hashed once: a multi-MiB layer part is not hashed again by the signer.
                SignableBody::Precomputed(actual)
            }
            (Some(hash), None) => SignableBody::Precomputed(hash.to_owned()),
            (None, Some(b)) => SignableBody::Bytes(b),
            (None, None) => {
                return Err(AuthError::Malformed(
                    "a streamed body needs an X-Amz-Content-Sha256 header".into(),
                ))
            }
        };
        verify(
            &self.keys,
            expect,
            parts.method.as_str(),
            pq,
            &parts.headers,
            body,
            now,
        )
    }
}

/// Checks an `aws-chunked` body's chunk and trailer signatures: each must
/// be the one the chain computes.
impl crate::aws_chunked::ChunkVerifier for ChunkChain {
    fn chunk(&mut self, data: &bytes::Bytes, signature: &str) -> Result<(), String> {
        let expected = self.sign_chunk(data)?;
        matches(&expected, signature)
    }

    fn trailer(&mut self, headers: &[(String, String)], signature: &str) -> Result<(), String> {
        let expected = self.sign_trailer(headers)?;
        matches(&expected, signature)
    }
}

/// Whether an `aws-chunked` signature is the one computed (compared in
/// constant time); on a mismatch the body is refused, so the chain's next
/// link does not matter.
fn matches(expected: &str, given: &str) -> Result<(), String> {
    if same(expected, given) {
        Ok(())
    } else {
        Err("The request signature we calculated does not match the signature you provided (an aws-chunked chunk's signature).".to_owned())
    }
}

impl Verifier {
    /// Checks the chunk signatures of an `aws-chunked` body
    /// (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`, with or without a trailer) of
    /// a request this verifier accepted, chained to its signature; `None`
    /// when its chunks are not signed.
    pub fn chunk_verifier(
        &self,
        parts: &http::request::Parts,
    ) -> Option<Box<dyn crate::aws_chunked::ChunkVerifier>> {
        let signed = parts
            .headers
            .get("x-amz-content-sha256")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v == crate::aws_chunked::STREAMING_SIGNED
                    || v == crate::aws_chunked::STREAMING_SIGNED_TRAILER
            });
        if !signed {
            return None;
        }
        self.chunk_chain(parts)
            .map(|c| Box::new(c) as Box<dyn crate::aws_chunked::ChunkVerifier>)
    }

    /// The chain of chunk signatures of a request this verifier accepted
    /// (its `Authorization` header seeds it).
    fn chunk_chain(&self, parts: &http::request::Parts) -> Option<ChunkChain> {
        let auth = parts.headers.get("authorization")?.to_str().ok()?;
        let parsed = parse_authorization(auth).ok()?;
        let date = parts.headers.get("x-amz-date")?.to_str().ok()?;
        Some(ChunkChain {
            identity: self.keys.identity(parsed.akid)?.clone(),
            region: parsed.region.to_owned(),
            service: parsed.service.to_owned(),
            time: parse_amz_date(date)?,
            previous: parsed.signature.to_owned(),
        })
    }
}

#[cfg(feature = "server")]
impl crate::server::Authenticate for Verifier {
    fn chunk_verifier(
        &self,
        parts: &http::request::Parts,
    ) -> Option<Box<dyn crate::aws_chunked::ChunkVerifier>> {
        Verifier::chunk_verifier(self, parts)
    }

    fn authenticate(
        &self,
        parts: &http::request::Parts,
        body: Option<&[u8]>,
    ) -> Result<String, WireError> {
        self.verify(parts, body, SystemTime::now())
            .map_err(|e| e.to_wire())
    }

    fn reads_streamed_body(&self, parts: &http::request::Parts) -> bool {
        // Signed in the header over the payload's own hash, undeclared.
        parts.headers.contains_key(http::header::AUTHORIZATION)
            && !parts.headers.contains_key("x-amz-content-sha256")
    }

    fn check_stream(
        &self,
        parts: &http::request::Parts,
        stream: crate::stream::ByteStream,
    ) -> crate::stream::ByteStream {
        match parts
            .headers
            .get("x-amz-content-sha256")
            .and_then(|v| v.to_str().ok())
        {
            Some(crate::event_stream::STREAMING_EVENTS) => match self.chunk_chain(parts) {
                Some(chain) => crate::event_stream::verify_frames(stream, chain),
                None => crate::stream::ByteStream::from_chunks(std::iter::once(Err(
                    "the request's signature cannot seed its events' signatures".into(),
                ))),
            },
            Some(h) if h != "UNSIGNED-PAYLOAD" && !h.starts_with("STREAMING-") => {
                crate::stream::ByteStream::from_body(Sha256Checked {
                    inner: stream.into_body(),
                    hasher: Some(<sha2::Sha256 as sha2::Digest>::new()),
                    expected: h.to_ascii_lowercase(),
                })
            }
            _ => stream,
        }
    }

    fn presented(&self, parts: &http::request::Parts) -> bool {
        parts.headers.contains_key(http::header::AUTHORIZATION)
            || parts
                .uri
                .query()
                .is_some_and(|q| q.contains("X-Amz-Signature=") || q.contains("X-Amz-Credential="))
    }
}

/// A streamed payload whose bytes must hash (SHA-256) to the
/// `X-Amz-Content-Sha256` its signature covers: hashed as they pass, and
/// at the end, on a mismatch, an error instead of the end of the stream.
#[cfg(feature = "server")]
struct Sha256Checked {
    inner: crate::stream::StreamBody,
    hasher: Option<sha2::Sha256>,
    expected: String,
}

#[cfg(feature = "server")]
impl http_body::Body for Sha256Checked {
    type Data = bytes::Bytes;
    type Error = crate::stream::BoxError;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        use sha2::Digest as _;
        use std::task::Poll;
        let this = &mut *self;
        match std::pin::Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let (Some(h), Some(d)) = (this.hasher.as_mut(), frame.data_ref()) {
                    h.update(d);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(None) => {
                let actual = this.hasher.take().map(|h| format!("{:x}", h.finalize()));
                match actual {
                    Some(a) if a != this.expected => Poll::Ready(Some(Err(
                        "The provided 'x-amz-content-sha256' header does not match what was computed."
                            .into(),
                    ))),
                    _ => Poll::Ready(None),
                }
            }
            other => other,
        }
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// Settings for a query-string (pre-signed URL) signature valid for `expires`.
fn presign_settings(expires: Duration) -> SigningSettings {
    let mut settings = SigningSettings::default();
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(expires);
    settings
}

/// Pre-signs `GET http://{host}{path}` for `expires` with the first key.
pub fn presign(
    keys: &Keys,
    region: &str,
    host: &str,
    path: &str,
    expires: Duration,
    now: SystemTime,
) -> Result<String, String> {
    let identity = keys.first_identity().ok_or("no key to sign with")?;
    presign_with(identity, region, host, path, expires, now)
}

/// Pre-signs `GET http://{host}{path}` for `expires` with the key pair
/// `(access key id, secret)`: [`verify_url`] tells who signed.
pub fn presign_as(
    (akid, secret): (&str, &str),
    region: &str,
    host: &str,
    path: &str,
    expires: Duration,
    now: SystemTime,
) -> Result<String, String> {
    presign_with(&identity(akid, secret), region, host, path, expires, now)
}

fn presign_with(
    identity: &Identity,
    region: &str,
    host: &str,
    path: &str,
    expires: Duration,
    now: SystemTime,
) -> Result<String, String> {
    let settings = presign_settings(expires);
    let (instructions, _) = compute(
        Scope {
            identity,
            region,
            service: "s3",
            time: now,
            settings,
        },
        "GET",
        path,
        [("host", host)].into_iter(),
        SignableBody::UnsignedPayload,
    )?;
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(instructions.params().iter().map(|(k, v)| (*k, v.as_ref())))
        .finish();
    Ok(format!("http://{host}{path}?{query}"))
}

/// Why a pre-signed URL was refused (answered 403 with an S3-style XML body).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlError {
    Expired,
    BadSignature(String),
}

impl UrlError {
    /// `(Code, Message)` for the XML error body.
    pub fn code_and_message(&self) -> (&'static str, String) {
        match self {
            UrlError::Expired => ("AccessDenied", "Request has expired".into()),
            UrlError::BadSignature(m) => ("SignatureDoesNotMatch", m.clone()),
        }
    }
}

/// Checks a pre-signed `GET http://{host}{path}?{query}`. Returns the access
/// key id that signed it.
pub fn verify_url(
    keys: &Keys,
    region: &str,
    host: &str,
    path: &str,
    query: &str,
    now: SystemTime,
) -> Result<String, UrlError> {
    let bad = |m: &str| UrlError::BadSignature(m.to_owned());
    let params: BTreeMap<String, String> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    const ALLOWED: &[&str] = &[
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
    ];
    if let Some(extra) = params.keys().find(|k| !ALLOWED.contains(&k.as_str())) {
        return Err(UrlError::BadSignature(format!(
            "unexpected query parameter '{extra}'"
        )));
    }
    let get = |k: &str| {
        params
            .get(k)
            .map(String::as_str)
            .ok_or_else(|| bad(&format!("missing {k}")))
    };
    let date = get("X-Amz-Date")?;
    let time = parse_amz_date(date).ok_or_else(|| bad("X-Amz-Date is not valid"))?;
    let expires: u64 = get("X-Amz-Expires")?
        .parse()
        .map_err(|_| bad("X-Amz-Expires is not a number"))?;
    if now > time + Duration::from_secs(expires) {
        return Err(UrlError::Expired);
    }
    let akid = get("X-Amz-Credential")?
        .split('/')
        .next()
        .unwrap_or_default();
    let identity = keys
        .identity(akid)
        .ok_or_else(|| bad("unknown access key"))?;
    let settings = presign_settings(Duration::from_secs(expires));
    let (instructions, expected) = compute(
        Scope {
            identity,
            region,
            service: "s3",
            time,
            settings,
        },
        "GET",
        path,
        [("host", host)].into_iter(),
        SignableBody::UnsignedPayload,
    )
    .map_err(UrlError::BadSignature)?;
    let given = get("X-Amz-Signature")?;
    let mut expected_params: Vec<(&str, String)> = instructions
        .params()
        .iter()
        .map(|(k, v)| (*k, v.to_string()))
        .collect();
    expected_params.sort();
    let all_match = expected_params
        .iter()
        .all(|(k, v)| params.get(*k).is_some_and(|g| same(g, v)));
    if same(&expected, given) && all_match {
        Ok(akid.to_owned())
    } else {
        Err(bad(
            "The request signature we calculated does not match the signature you provided.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        let mut k = Keys::default();
        k.add("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        k
    }

    /// AWS's published example of a chunked upload (the S3 API reference,
    /// "Signature Calculations for the Authorization Header: Transferring
    /// Payload in Multiple Chunks"): 64 KiB and 1 KiB of `a`, then the
    /// empty chunk, each signature chained from the seed's.
    #[test]
    fn chunk_signatures_chain_as_aws_documents() {
        use crate::aws_chunked::ChunkVerifier as _;
        let mut keys = Keys::default();
        keys.add(
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        );
        let chain = || ChunkChain {
            identity: keys.identity("AKIAIOSFODNN7EXAMPLE").unwrap().clone(),
            region: "us-east-1".into(),
            service: "s3".into(),
            time: parse_amz_date("20130524T000000Z").unwrap(),
            previous: "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9".into(),
        };
        let chunks = [
            (
                bytes::Bytes::from(vec![b'a'; 65536]),
                "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
            ),
            (
                bytes::Bytes::from(vec![b'a'; 1024]),
                "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
            ),
            (
                bytes::Bytes::new(),
                "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
            ),
        ];
        let mut c = chain();
        for (data, sig) in &chunks {
            c.chunk(data, sig).unwrap();
        }
        // A changed byte, a chunk out of order: refused.
        let mut c = chain();
        let mut changed = chunks[0].0.to_vec();
        changed[100] = b'b';
        assert!(c.chunk(&changed.into(), chunks[0].1).is_err());
        let mut c = chain();
        assert!(c.chunk(&chunks[1].0, chunks[1].1).is_err());
    }

    /// A request the AWS CLI v1 sent, captured in `shared/reference/aws-peers-observed.md`.
    #[test]
    fn verifies_a_request_signed_by_the_aws_cli() {
        let mut h = HeaderMap::new();
        h.insert("host", "127.0.0.1:18080".parse().unwrap());
        h.insert(
            "x-amz-target",
            "AmazonEC2ContainerRegistry_V20150921.GetDownloadUrlForLayer"
                .parse()
                .unwrap(),
        );
        h.insert(
            "content-type",
            "application/x-amz-json-1.1".parse().unwrap(),
        );
        h.insert("x-amz-date", "20261123T080622Z".parse().unwrap());
        h.insert(
            "authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261123/us-west-2/ecr/aws4_request, \
            SignedHeaders=content-type;host;x-amz-date;x-amz-target, \
            Signature=3a9d193532f585ddf015b0ea61a8a7f8684fd118d724a7ebf5cf653a8efffcf9"
                .parse()
                .unwrap(),
        );
        h.insert("user-agent", "aws-cli/1.45.11".parse().unwrap());
        let body = br#"{"repositoryName": "cluster-autoscaler", "layerDigest": "sha256:6171c7451a50945f8ddd72f7732cc04d7a0d1f48138a426b2e64387fdeb834ed"}"#;
        let at = parse_amz_date("20261123T080700Z").unwrap();
        assert_eq!(
            verify_request(&keys(), "POST", "/", &h, body, at),
            Ok("AKIDEXAMPLE".into())
        );
        // One byte of the body changed: the signature no longer matches.
        let mut tampered = body.to_vec();
        tampered[20] = b'X';
        assert_eq!(
            verify_request(&keys(), "POST", "/", &h, &tampered, at),
            Err(AuthError::Mismatch)
        );
        // Unknown key, stale date, no header.
        let mut other = Keys::default();
        other.add("SOMEONEELSE", "x");
        assert_eq!(
            verify_request(&other, "POST", "/", &h, body, at),
            Err(AuthError::UnknownKey)
        );
        let late = at + Duration::from_secs(3600);
        assert!(
            matches!(verify_request(&keys(), "POST", "/", &h, body, late), Err(AuthError::Skewed(m)) if m.starts_with("Signature expired"))
        );
        h.remove("authorization");
        assert_eq!(
            verify_request(&keys(), "POST", "/", &h, body, at),
            Err(AuthError::Missing)
        );
    }

    /// Signs `req` (headers and body) with `aws-sigv4` as a client would.
    fn signed(
        region: &str,
        body: SignableBody<'_>,
        extra: &[(&str, &str)],
    ) -> http::request::Parts {
        signed_at("/upload?x=1", region, body, extra)
    }

    /// [`signed`] for `path_and_query`.
    fn signed_at(
        path_and_query: &str,
        region: &str,
        body: SignableBody<'_>,
        extra: &[(&str, &str)],
    ) -> http::request::Parts {
        let mut headers = vec![("host", "127.0.0.1:9"), ("x-amz-date", "20261123T080622Z")];
        headers.extend_from_slice(extra);
        let at = parse_amz_date("20261123T080622Z").unwrap();
        let mut settings = SigningSettings::default();
        settings.excluded_headers = Some(Vec::new());
        let (signed, _) = compute(
            Scope {
                identity: &identity("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                region,
                service: "ecr",
                time: at,
                settings,
            },
            "PUT",
            path_and_query,
            headers.iter().copied(),
            body,
        )
        .unwrap();
        let mut b = http::Request::builder().method("PUT").uri(path_and_query);
        for (k, v) in &headers {
            b = b.header(*k, *v);
        }
        for (k, v) in signed.headers() {
            b = b.header(k, v);
        }
        b.body(()).unwrap().into_parts().0
    }

    #[test]
    fn a_verifier_checks_scope_and_streamed_bodies() {
        let at = parse_amz_date("20261123T080700Z").unwrap();
        let v = Verifier::new(keys()).region("us-west-2").service("ecr");
        let parts = signed("us-west-2", SignableBody::Bytes(b"{}"), &[]);
        assert_eq!(v.verify(&parts, Some(b"{}"), at), Ok("AKIDEXAMPLE".into()));
        assert_eq!(v.verify(&parts, Some(b"{ }"), at), Err(AuthError::Mismatch));
        // Another region: refused by a verifier for us-west-2 only.
        let parts = signed("eu-west-1", SignableBody::Bytes(b"{}"), &[]);
        assert!(
            matches!(v.verify(&parts, Some(b"{}"), at), Err(AuthError::Scope(m)) if m.contains("eu-west-1"))
        );
        assert_eq!(
            Verifier::new(keys()).verify(&parts, Some(b"{}"), at),
            Ok("AKIDEXAMPLE".into())
        );
        let wrong_service = Verifier::new(keys()).service("s3");
        assert!(matches!(
            wrong_service.verify(&parts, Some(b"{}"), at),
            Err(AuthError::Scope(_))
        ));
        // A streamed body: the signature covers X-Amz-Content-Sha256.
        let parts = signed(
            "us-west-2",
            SignableBody::UnsignedPayload,
            &[("x-amz-content-sha256", "UNSIGNED-PAYLOAD")],
        );
        assert_eq!(v.verify(&parts, None, at), Ok("AKIDEXAMPLE".into()));
        let mut forged = parts.clone();
        forged.headers.insert(
            "x-amz-content-sha256",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                .parse()
                .unwrap(),
        );
        assert_eq!(v.verify(&forged, None, at), Err(AuthError::Mismatch));
        forged.headers.remove("x-amz-content-sha256");
        assert!(matches!(
            v.verify(&forged, None, at),
            Err(AuthError::Malformed(_))
        ));
        // A read body signed as UNSIGNED-PAYLOAD, or with its hash declared.
        assert_eq!(
            v.verify(&parts, Some(b"anything"), at),
            Ok("AKIDEXAMPLE".into())
        );
        let hash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"; // sha256("{}")
        let parts = signed(
            "us-west-2",
            SignableBody::Bytes(b"{}"),
            &[("x-amz-content-sha256", hash)],
        );
        assert_eq!(v.verify(&parts, Some(b"{}"), at), Ok("AKIDEXAMPLE".into()));
        assert!(
            matches!(v.verify(&parts, Some(b"[]"), at), Err(AuthError::Malformed(m)) if m.contains("x-amz-content-sha256"))
        );
        assert_eq!(v.verify(&parts, None, at), Ok("AKIDEXAMPLE".into()));
    }

    /// The signing key cache tells key sets apart: the same access key id
    /// with another secret does not verify, before or after the right one.
    #[test]
    fn cached_signing_keys_belong_to_their_key_set() {
        let at = parse_amz_date("20261123T080700Z").unwrap();
        // A path and no query: the signature computed here, the key cached.
        let parts = signed_at("/upload", "us-west-2", SignableBody::Bytes(b"{}"), &[]);
        let right = Verifier::new(keys());
        let mut other = Keys::default();
        other.add("AKIDEXAMPLE", "another secret");
        let wrong = Verifier::new(other);
        for _ in 0..2 {
            assert_eq!(
                wrong.verify(&parts, Some(b"{}"), at),
                Err(AuthError::Mismatch)
            );
            assert_eq!(
                right.verify(&parts, Some(b"{}"), at),
                Ok("AKIDEXAMPLE".into())
            );
        }
        // Keys changed after a clone are another set.
        let mut changed = keys();
        changed.add("AKIDEXAMPLE", "changed");
        assert_eq!(
            Verifier::new(changed).verify(&parts, Some(b"{}"), at),
            Err(AuthError::Mismatch)
        );
    }

    /// `aws-sigv4` would take the host from the URI, which a server does not
    /// have (it panicked): SigV4 requires `host` signed, so its absence is refused.
    #[test]
    fn host_must_be_signed() {
        let at = parse_amz_date("20261123T080700Z").unwrap();
        let mut parts = signed("us-west-2", SignableBody::Bytes(b"{}"), &[]);
        let auth = parts.headers["authorization"].to_str().unwrap().to_owned();
        let without_host = auth.replace("SignedHeaders=host;", "SignedHeaders=");
        assert_ne!(auth, without_host);
        parts
            .headers
            .insert("authorization", without_host.parse().unwrap());
        assert!(matches!(
            Verifier::new(keys()).verify(&parts, Some(b"{}"), at),
            Err(AuthError::Malformed(m)) if m.contains("'Host'")
        ));
    }

    #[test]
    fn dates_parse() {
        let t = parse_amz_date("20261123T080622Z").unwrap();
        assert_eq!(amz_date(t), "20261123T080622Z");
        assert!(parse_amz_date("2026-11-23").is_none());
        // Against aws-smithy-types' RFC 3339 parser, over every day from 1970 to
        // 2100 at varied times, and days that do not exist.
        let oracle = |s: &str| {
            let iso = format!(
                "{}-{}-{}T{}:{}:{}Z",
                &s[0..4],
                &s[4..6],
                &s[6..8],
                &s[9..11],
                &s[11..13],
                &s[13..15]
            );
            DateTime::from_str(&iso, Format::DateTime)
                .ok()
                .and_then(|d| SystemTime::try_from(d).ok())
        };
        let mut t = SystemTime::UNIX_EPOCH;
        while t < parse_amz_date("21000101T000000Z").unwrap() {
            let s = amz_date(t);
            assert_eq!(parse_amz_date(&s), Some(t), "{s}");
            t += Duration::from_secs(86_400 + 3_607);
        }
        for s in [
            "20240229T235959Z",
            "20230229T000000Z",
            "20000229T120000Z",
            "21000229T000000Z",
            "20261131T000000Z",
            "20261300T000000Z",
            "20261200T000000Z",
            "20261201T240000Z",
            "20261201T236000Z",
            "20261201T235960Z",
            "2026120XT000000Z",
            "20261201 000000Z",
            "20261201T000000z",
        ] {
            assert_eq!(
                parse_amz_date(s),
                // (The oracle does not look at the separators.)
                oracle(s).filter(|_| s.as_bytes()[8] == b'T' && s.ends_with('Z')),
                "{s}"
            );
        }
        // Before 1970: no request is signed then.
        assert_eq!(parse_amz_date("19691231T235959Z"), None);
    }

    #[test]
    fn presigned_urls_verify_and_detect_tampering() {
        let now = SystemTime::now();
        let url = presign(
            &keys(),
            "us-west-2",
            "127.0.0.1:5000",
            "/v2/web/blobs/sha256:ab",
            Duration::from_secs(60),
            now,
        )
        .unwrap();
        let query = url.split_once('?').unwrap().1;
        let path = "/v2/web/blobs/sha256:ab";
        assert_eq!(
            verify_url(&keys(), "us-west-2", "127.0.0.1:5000", path, query, now),
            Ok("AKIDEXAMPLE".into())
        );
        assert!(matches!(
            verify_url(
                &keys(),
                "us-west-2",
                "127.0.0.1:5000",
                "/v2/web/blobs/sha256:cd",
                query,
                now
            ),
            Err(UrlError::BadSignature(_))
        ));
        let longer = query.replace("X-Amz-Expires=60", "X-Amz-Expires=6000");
        assert!(matches!(
            verify_url(&keys(), "us-west-2", "127.0.0.1:5000", path, &longer, now),
            Err(UrlError::BadSignature(_))
        ));
        assert_eq!(
            verify_url(
                &keys(),
                "us-west-2",
                "127.0.0.1:5000",
                path,
                query,
                now + Duration::from_secs(61)
            ),
            Err(UrlError::Expired)
        );
    }
}
