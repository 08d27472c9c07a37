//! The client side of pull-through caches: fetches manifests and blobs from
//! an upstream OCI registry over HTTP(S) (the runtime's HTTP client, rustls).
//! A `WWW-Authenticate: Bearer realm=...` challenge is answered the way Docker
//! Hub and GHCR expect (a token fetched from the realm, with the rule's
//! credentials if it has any), a `Basic` one with the credentials; redirects
//! (blob downloads from a CDN) are followed, and credentials never leave the
//! registry's own host. Blobs are streamed to a file while hashed; a digest
//! that does not match is an error, never a stored layer.

use std::path::Path;
use std::time::Duration;

use bytes::Bytes;
use codegen_rt::client::{collect_body, Config, HttpClient, TimedBody};
use codegen_rt::ByteStream;
use http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// The manifest media types a pull asks for: every type the registry
/// serves (indexes first).
static ACCEPT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let types: Vec<&str> = crate::media::INDEX_TYPES
        .iter()
        .chain(&crate::media::IMAGE_TYPES)
        .copied()
        .collect();
    types.join(", ")
});

/// Why the upstream registry could not provide what was asked.
#[derive(Debug, Clone, thiserror::Error)]
pub enum UpstreamError {
    #[error("the upstream registry {url} cannot be reached: {message}")]
    Unreachable { url: String, message: String },
    #[error("the upstream registry answered {status} for {url}")]
    Status { url: String, status: u16 },
    #[error("the upstream registry sent content whose digest is {actual}, not {expected}")]
    DigestMismatch { expected: String, actual: String },
    #[error("the upstream registry's manifest for {url} is larger than {limit} bytes")]
    TooLarge { url: String, limit: usize },
    #[error("could not store what the upstream registry sent: {0}")]
    Io(String),
    #[error("the rule's secret {arn} is not among the registry's upstream secrets")]
    MissingSecret { arn: String },
}

/// A fetched manifest.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub bytes: Bytes,
    pub media_type: Option<String>,
    pub digest: String,
}

/// A user name and access token for an upstream registry (what a
/// pull-through cache rule's `credentialArn` names).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub token: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("token", &"** redacted **")
            .finish()
    }
}

impl Credentials {
    fn basic(&self) -> String {
        let pair = format!("{}:{}", self.username, self.token);
        format!(
            "Basic {}",
            aws_smithy_types::base64::encode(pair.as_bytes())
        )
    }
}

/// What the name of a secret for a pull-through cache rule starts with (ECR's rule).
const SECRET_PREFIX: &str = "ecr-pullthroughcache/";

/// Reads upstream credentials: a JSON object from secret ARN to the secret
/// ECR expects there, `{"username": ..., "accessToken": ...}`. The ARN must
/// name a Secrets Manager secret whose name starts `ecr-pullthroughcache/`,
/// as ECR requires.
pub fn parse_secrets(
    json: &str,
) -> Result<std::collections::BTreeMap<String, Credentials>, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Secret {
        username: String,
        #[serde(rename = "accessToken")]
        access_token: String,
    }
    let all: std::collections::BTreeMap<String, Secret> =
        serde_json::from_str(json).map_err(|e| {
            format!("expected {{\"ARN\": {{\"username\": ..., \"accessToken\": ...}}}}: {e}")
        })?;
    let mut out = std::collections::BTreeMap::new();
    for (arn, secret) in all {
        let parts: Vec<&str> = arn.splitn(7, ':').collect();
        let valid = matches!(
            parts.as_slice(),
            ["arn", partition, "secretsmanager", region, account, "secret", name]
                if !partition.is_empty()
                    && !region.is_empty()
                    && account.len() == 12
                    && account.bytes().all(|b| b.is_ascii_digit())
                    && name.len() > SECRET_PREFIX.len()
                    && name.starts_with(SECRET_PREFIX)
        );
        if !valid {
            return Err(format!(
                "'{arn}' is not the ARN of a Secrets Manager secret named {SECRET_PREFIX}..."
            ));
        }
        if secret.username.is_empty() || secret.access_token.is_empty() {
            return Err(format!(
                "the secret '{arn}' has an empty username or accessToken"
            ));
        }
        out.insert(
            arn,
            Credentials {
                username: secret.username,
                token: secret.access_token,
            },
        );
    }
    Ok(out)
}

/// At most this many redirects are followed for one request.
const MAX_REDIRECTS: usize = 5;

/// The scheme of an absolute `http://` or `https://` URL.
fn scheme_of(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once("://")?;
    (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")).then_some(scheme)
}

/// `scheme://authority` of an absolute `http(s)` URL.
pub fn origin(url: &str) -> Option<&str> {
    let scheme = scheme_of(url)?;
    let rest = &url[scheme.len() + 3..];
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&url[..scheme.len() + 3 + end])
}

/// Where a `Location` header sends a request made to `from`.
pub fn resolve(from: &str, location: &str) -> Option<String> {
    if scheme_of(location).is_some() {
        return Some(location.to_owned());
    }
    if let Some(rest) = location.strip_prefix("//") {
        return Some(format!("{}://{rest}", scheme_of(from)?));
    }
    if location.starts_with('/') {
        return Some(format!("{}{location}", origin(from)?));
    }
    None
}

/// Talks to upstream registries.
#[derive(Clone, Debug)]
pub struct Upstream {
    http: HttpClient,
}

/// `registry-1.docker.io` → `https://registry-1.docker.io`; an explicit
/// `http://` or `https://` stays. Anything but a scheme and `host[:port]`
/// (a path, a query, credentials, another scheme) is refused, saying why.
pub fn base_url(url: &str) -> Result<String, String> {
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
            (s.to_ascii_lowercase(), r)
        }
        Some((s, _)) => return Err(format!("the scheme must be http or https, not '{s}'")),
        None => ("https".to_owned(), url),
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.is_empty() {
        return Err("there is no host".into());
    }
    if authority.contains(['/', '?', '#', '@']) || authority.chars().any(char::is_whitespace) {
        return Err("only a host and an optional port may follow the scheme".into());
    }
    let parsed: http::uri::Authority = authority
        .parse()
        .map_err(|e| format!("'{authority}' is not a host[:port]: {e}"))?;
    if parsed.host().is_empty() {
        return Err("there is no host".into());
    }
    Ok(format!("{scheme}://{parsed}"))
}

/// The parameters of a `Bearer` challenge.
pub fn bearer_challenge(v: &str) -> Option<Vec<(String, String)>> {
    let rest = v
        .trim()
        .strip_prefix("Bearer ")
        .or_else(|| v.trim().strip_prefix("bearer "))?;
    let mut params = Vec::new();
    let mut s = rest.trim();
    while !s.is_empty() {
        let (key, after) = s.split_once('=')?;
        let after = after.trim_start();
        let (value, tail) = if let Some(q) = after.strip_prefix('"') {
            let end = q.find('"')?;
            (&q[..end], &q[end + 1..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (&after[..end], &after[end..])
        };
        params.push((key.trim().to_owned(), value.to_owned()));
        s = tail.trim_start_matches([',', ' ']);
    }
    Some(params)
}

/// The next bytes of a response body from `url`, `None` at its end.
async fn chunk(body: &mut TimedBody, url: &str) -> Result<Option<Bytes>, UpstreamError> {
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| UpstreamError::Unreachable {
            url: url.to_owned(),
            message: e.to_string(),
        })?;
        if let Ok(d) = frame.into_data() {
            return Ok(Some(d));
        }
    }
    Ok(None)
}

impl Upstream {
    pub fn new() -> Result<Self, String> {
        let config = Config::new()
            .connect_timeout(Some(Duration::from_secs(5)))
            .read_timeout(Some(Duration::from_secs(30)));
        Ok(Self {
            http: config.http_client(concat!("ecr-server/", env!("CARGO_PKG_VERSION")))?,
        })
    }

    /// GET `url`, answering one authentication challenge of the registry's
    /// host and following redirects.
    async fn get(
        &self,
        url: &str,
        accept: Option<&str>,
        credentials: Option<&Credentials>,
    ) -> Result<http::Response<TimedBody>, UpstreamError> {
        let unreachable = |m: String| UpstreamError::Unreachable {
            url: url.to_owned(),
            message: m,
        };
        let home = origin(url).map(str::to_owned);
        let mut at = url.to_owned();
        // The Authorization value for the registry's host, once a challenge asked for one.
        let mut authorization: Option<String> = None;
        let mut challenged = false;
        let mut redirects = 0;
        loop {
            let at_home = origin(&at) == home.as_deref();
            let mut b = Request::builder().method(Method::GET).uri(&at);
            if let Some(a) = accept {
                b = b.header(header::ACCEPT, a);
            }
            // Never to another host: a CDN's pre-signed URL needs none, and must not see it.
            if let Some(v) = authorization.as_deref().filter(|_| at_home) {
                b = b.header(header::AUTHORIZATION, v);
            }
            let request = b
                .body(ByteStream::from(Bytes::new()).into_body())
                .map_err(|e| unreachable(e.to_string()))?;
            let resp = self
                .http
                .send(request)
                .await
                .map_err(|e| unreachable(e.to_string()))?;
            let status = resp.status();
            if status == StatusCode::UNAUTHORIZED && at_home && !challenged {
                challenged = true;
                let challenge = resp
                    .headers()
                    .get(header::WWW_AUTHENTICATE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                match self.answer(&challenge, credentials).await? {
                    Some(a) => {
                        authorization = Some(a);
                        continue;
                    }
                    None => return Ok(resp),
                }
            }
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let next = resp
                    .headers()
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|l| resolve(&at, l))
                    .ok_or_else(|| {
                        unreachable(format!("{status} without a usable Location header"))
                    })?;
                redirects += 1;
                if redirects > MAX_REDIRECTS {
                    return Err(unreachable(format!("more than {MAX_REDIRECTS} redirects")));
                }
                at = next;
                continue;
            }
            return Ok(resp);
        }
    }

    /// The `Authorization` value that answers `challenge`: a Bearer token from
    /// the challenge's realm (asked for with the credentials, if any), or the
    /// credentials for `Basic`; `None` when there is nothing to answer with.
    async fn answer(
        &self,
        challenge: &str,
        credentials: Option<&Credentials>,
    ) -> Result<Option<String>, UpstreamError> {
        let scheme = challenge.split_whitespace().next().unwrap_or_default();
        if scheme.eq_ignore_ascii_case("basic") {
            return Ok(credentials.map(Credentials::basic));
        }
        let Some(params) = bearer_challenge(challenge) else {
            return Ok(None);
        };
        let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        let Some(realm) = get("realm") else {
            return Ok(None);
        };
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(
                ["service", "scope"]
                    .iter()
                    .filter_map(|k| get(k).map(|v| (*k, v))),
            )
            .finish();
        let token_url = format!("{realm}?{query}");
        let unreachable = |m: String| UpstreamError::Unreachable {
            url: token_url.clone(),
            message: m,
        };
        let mut b = Request::get(&token_url);
        if let Some(c) = credentials {
            b = b.header(header::AUTHORIZATION, c.basic());
        }
        let token_resp = self
            .http
            .send(
                b.body(ByteStream::from(Bytes::new()).into_body())
                    .map_err(|e| unreachable(e.to_string()))?,
            )
            .await
            .map_err(|e| unreachable(e.to_string()))?;
        if !token_resp.status().is_success() {
            return Err(UpstreamError::Status {
                url: token_url,
                status: token_resp.status().as_u16(),
            });
        }
        let body = collect_body(token_resp.into_body())
            .await
            .map_err(|e| unreachable(e.to_string()))?;
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        let token = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .unwrap_or_default();
        Ok(Some(format!("Bearer {token}")))
    }

    /// GET `url`: the response when it is 200, `None` when 404, else an error.
    async fn found(
        &self,
        url: &str,
        accept: Option<&str>,
        credentials: Option<&Credentials>,
    ) -> Result<Option<http::Response<TimedBody>>, UpstreamError> {
        let resp = self.get(url, accept, credentials).await?;
        match resp.status() {
            StatusCode::OK => Ok(Some(resp)),
            StatusCode::NOT_FOUND => Ok(None),
            s => Err(UpstreamError::Status {
                url: url.to_owned(),
                status: s.as_u16(),
            }),
        }
    }

    /// Whether the registry at `base` answers its version check (`GET
    /// /v2/`) with 200, answering its challenge with `credentials`.
    pub async fn probe(
        &self,
        base: &str,
        credentials: Option<&Credentials>,
    ) -> Result<(), UpstreamError> {
        let url = format!("{base}/v2/");
        match self.found(&url, None, credentials).await? {
            Some(_) => Ok(()),
            None => Err(UpstreamError::Status { url, status: 404 }),
        }
    }

    /// The manifest `reference` of upstream repository `repo`; `None` when the
    /// upstream does not have it. A digest reference is checked against the bytes.
    pub async fn manifest(
        &self,
        base: &str,
        repo: &str,
        reference: &str,
        limit: usize,
        credentials: Option<&Credentials>,
    ) -> Result<Option<Manifest>, UpstreamError> {
        let url = format!("{base}/v2/{repo}/manifests/{reference}");
        let Some(resp) = self.found(&url, Some(&ACCEPT), credentials).await? else {
            return Ok(None);
        };
        let media_type = crate::media::content_type(resp.headers());
        let mut body = resp.into_body();
        let mut bytes = Vec::new();
        while let Some(d) = chunk(&mut body, &url).await? {
            bytes.extend_from_slice(&d);
            if bytes.len() > limit {
                return Err(UpstreamError::TooLarge { url, limit });
            }
        }
        let digest = crate::media::digest_of(&bytes);
        if reference.contains(':') && reference != digest {
            return Err(UpstreamError::DigestMismatch {
                expected: reference.to_owned(),
                actual: digest,
            });
        }
        Ok(Some(Manifest {
            bytes: Bytes::from(bytes),
            media_type,
            digest,
        }))
    }

    /// Streams blob `digest` of upstream repository `repo` into `dest`,
    /// hashing it; its size, or `None` when the upstream does not have it.
    /// On any error `dest` may hold a partial file (the caller's temporary).
    pub async fn blob(
        &self,
        base: &str,
        repo: &str,
        digest: &str,
        dest: &Path,
        credentials: Option<&Credentials>,
    ) -> Result<Option<u64>, UpstreamError> {
        let url = format!("{base}/v2/{repo}/blobs/{digest}");
        let Some(resp) = self.found(&url, None, credentials).await? else {
            return Ok(None);
        };
        let io = |e: std::io::Error| UpstreamError::Io(e.to_string());
        let file = tokio::fs::File::create(dest).await.map_err(io)?;
        let mut out = tokio::io::BufWriter::with_capacity(1 << 20, file);
        let mut hash = Sha256::new();
        let mut size = 0u64;
        let mut body = resp.into_body();
        while let Some(d) = chunk(&mut body, &url).await? {
            hash.update(&d);
            out.write_all(&d).await.map_err(io)?;
            size += d.len() as u64;
        }
        out.flush().await.map_err(io)?;
        out.get_ref().sync_all().await.map_err(io)?;
        let actual = format!("sha256:{}", hex::encode(hash.finalize()));
        if actual != digest {
            return Err(UpstreamError::DigestMismatch {
                expected: digest.to_owned(),
                actual,
            });
        }
        Ok(Some(size))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    type Reply = http::Response<http_body_util::Full<Bytes>>;

    /// A server on 127.0.0.1 answering with `f`; its `http://host:port`.
    async fn serve<F>(f: F) -> String
    where
        F: Fn(http::Request<hyper::body::Incoming>, &str) -> Reply + Send + Sync + 'static,
    {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let f = Arc::new(f);
        let me = base.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (f, me) = (Arc::clone(&f), me.clone());
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(move |req| {
                        let reply = f(req, &me);
                        async move { Ok::<_, Infallible>(reply) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), svc)
                        .await;
                });
            }
        });
        base
    }

    fn reply(status: u16, headers: &[(&'static str, String)], body: Vec<u8>) -> Reply {
        let mut r = http::Response::new(http_body_util::Full::new(Bytes::from(body)));
        *r.status_mut() = StatusCode::from_u16(status).unwrap();
        for (k, v) in headers {
            r.headers_mut()
                .insert(*k, http::HeaderValue::from_str(v).unwrap());
        }
        r
    }

    /// Credentials answer Basic and Bearer challenges, redirects are
    /// followed, and the credentials never reach another host.
    #[tokio::test]
    async fn challenges_redirects_and_credentials() {
        let blob = b"the layer's bytes".to_vec();
        let digest = crate::media::digest_of(&blob);
        let cdn_saw_credentials = Arc::new(AtomicBool::new(false));
        let saw = Arc::clone(&cdn_saw_credentials);
        let served = blob.clone();
        let cdn = serve(move |req, _| {
            if req.headers().contains_key(header::AUTHORIZATION) {
                saw.store(true, Ordering::SeqCst);
            }
            reply(200, &[], served.clone())
        })
        .await;
        let creds = Credentials {
            username: "user".into(),
            token: "s3cret".into(),
        };
        let basic = creds.basic();
        let served = blob.clone();
        let registry = serve(move |req, me| {
            let auth = req
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let path = req.uri().path().to_owned();
            let basic_challenge = || {
                reply(
                    401,
                    &[("www-authenticate", r#"Basic realm="r""#.to_owned())],
                    vec![],
                )
            };
            if path == "/token" {
                return if auth == basic {
                    reply(200, &[], br#"{"token":"tok"}"#.to_vec())
                } else {
                    basic_challenge()
                };
            }
            if path.starts_with("/v2/basic/") {
                return if auth == basic {
                    reply(307, &[("location", format!("{cdn}/blob?sig=x"))], vec![])
                } else {
                    basic_challenge()
                };
            }
            if path.starts_with("/v2/bearer/") {
                return if auth == "Bearer tok" {
                    reply(200, &[], served.clone())
                } else {
                    let c = format!(
                        r#"Bearer realm="{me}/token",service="reg",scope="repository:bearer:pull""#
                    );
                    reply(401, &[("www-authenticate", c)], vec![])
                };
            }
            // Anything else redirects to itself, forever.
            reply(302, &[("location", path)], vec![])
        })
        .await;
        let up = Upstream::new().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("blob");
        let n = blob.len() as u64;
        for repo in ["basic", "bearer"] {
            let got = up
                .blob(&registry, repo, &digest, &dest, Some(&creds))
                .await
                .unwrap();
            assert_eq!(got, Some(n), "{repo}");
            assert_eq!(std::fs::read(&dest).unwrap(), blob);
            match up.blob(&registry, repo, &digest, &dest, None).await {
                Err(UpstreamError::Status { status: 401, .. }) => {}
                other => panic!("{repo} without credentials: {other:?}"),
            }
        }
        assert!(
            !cdn_saw_credentials.load(Ordering::SeqCst),
            "the credentials went to another host"
        );
        match up.blob(&registry, "loop", &digest, &dest, None).await {
            Err(UpstreamError::Unreachable { message, .. }) => {
                assert!(message.contains("redirects"), "{message}")
            }
            other => panic!("a redirect loop: {other:?}"),
        }
        assert!(!format!("{creds:?}").contains("s3cret"));
    }

    #[test]
    fn secrets_files() {
        let arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub";
        let ok = parse_secrets(&format!(
            r#"{{"{arn}": {{"username": "u", "accessToken": "t"}}}}"#
        ))
        .unwrap();
        assert_eq!(
            ok[arn],
            Credentials {
                username: "u".into(),
                token: "t".into()
            }
        );
        for bad in [
            r#"[]"#.to_owned(),
            format!(r#"{{"{arn}": {{"username": "u"}}}}"#),
            format!(r#"{{"{arn}": {{"username": "u", "accessToken": "t", "x": 1}}}}"#),
            format!(r#"{{"{arn}": {{"username": "", "accessToken": "t"}}}}"#),
            r#"{"arn:aws:secretsmanager:us-east-1:123456789012:secret:other/hub": {"username": "u", "accessToken": "t"}}"#.to_owned(),
            r#"{"arn:aws:s3:us-east-1:123456789012:secret:ecr-pullthroughcache/hub": {"username": "u", "accessToken": "t"}}"#.to_owned(),
            r#"{"arn:aws:secretsmanager:us-east-1:12345:secret:ecr-pullthroughcache/hub": {"username": "u", "accessToken": "t"}}"#.to_owned(),
        ] {
            assert!(parse_secrets(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn challenges() {
        let p = bearer_challenge(
            r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull""#,
        )
        .unwrap();
        assert_eq!(
            p[0],
            ("realm".into(), "https://auth.docker.io/token".into())
        );
        assert_eq!(p[2].1, "repository:library/alpine:pull");
        assert!(bearer_challenge("Basic realm=x").is_none());
        assert_eq!(
            base_url("registry-1.docker.io/").unwrap(),
            "https://registry-1.docker.io"
        );
        assert_eq!(
            base_url("http://127.0.0.1:5001").unwrap(),
            "http://127.0.0.1:5001"
        );
        assert_eq!(base_url("HTTPS://quay.io").unwrap(), "https://quay.io");
        let from = "https://r.example:5000/v2/x/blobs/d";
        assert_eq!(origin(from), Some("https://r.example:5000"));
        assert_eq!(origin("ftp://x/y"), None);
        for (location, to) in [
            ("/v2/y", "https://r.example:5000/v2/y"),
            ("//cdn.example/b?s=1", "https://cdn.example/b?s=1"),
            ("HTTP://cdn.example/b", "HTTP://cdn.example/b"),
        ] {
            assert_eq!(resolve(from, location).as_deref(), Some(to));
        }
        assert_eq!(resolve(from, "relative/path"), None);
        assert_eq!(resolve("garbage", "/v2/y"), None);
        for bad in [
            "http://",
            "",
            "ftp://x",
            "http://a/b",
            "x?y",
            "http://u@h",
            "a b",
            "http://:80",
        ] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
    }
}
