//! The client side of pull-through caches: fetches manifests and blobs from
//! an upstream OCI registry over HTTP(S) (the runtime's HTTP client, rustls),
//! answering an anonymous Bearer challenge (`WWW-Authenticate: Bearer
//! realm=...`) the way Docker Hub and GHCR expect. Blobs are streamed to a
//! file while hashed; a digest that does not match is an error, never a
//! stored layer.

use std::path::Path;
use std::time::Duration;

use bytes::Bytes;
use codegen_rt::client::{collect_body, Config, HttpClient, TimedBody};
use codegen_rt::ByteStream;
use http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// The manifest media types a pull asks for.
const ACCEPT: &str = "application/vnd.oci.image.index.v1+json, \
    application/vnd.docker.distribution.manifest.list.v2+json, \
    application/vnd.oci.image.manifest.v1+json, \
    application/vnd.docker.distribution.manifest.v2+json";

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
}

/// A fetched manifest.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub bytes: Bytes,
    pub media_type: Option<String>,
    pub digest: String,
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
fn bearer_challenge(v: &str) -> Option<Vec<(String, String)>> {
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

    /// GET `url`, answering one anonymous Bearer challenge.
    async fn get(
        &self,
        url: &str,
        accept: Option<&str>,
    ) -> Result<http::Response<TimedBody>, UpstreamError> {
        let unreachable = |m: String| UpstreamError::Unreachable {
            url: url.to_owned(),
            message: m,
        };
        let request = |token: Option<&str>| {
            let mut b = Request::builder().method(Method::GET).uri(url);
            if let Some(a) = accept {
                b = b.header(header::ACCEPT, a);
            }
            if let Some(t) = token {
                b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
            }
            b.body(ByteStream::from(Bytes::new()).into_body())
                .map_err(|e| unreachable(e.to_string()))
        };
        let resp = self
            .http
            .send(request(None)?)
            .await
            .map_err(|e| unreachable(e.to_string()))?;
        if resp.status() != StatusCode::UNAUTHORIZED {
            return Ok(resp);
        }
        let Some(params) = resp
            .headers()
            .get(header::WWW_AUTHENTICATE)
            .and_then(|v| v.to_str().ok())
            .and_then(bearer_challenge)
        else {
            return Ok(resp);
        };
        let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        let Some(realm) = get("realm") else {
            return Ok(resp);
        };
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(
                ["service", "scope"]
                    .iter()
                    .filter_map(|k| get(k).map(|v| (*k, v))),
            )
            .finish();
        let token_url = format!("{realm}?{query}");
        let token_resp = self
            .http
            .send(
                Request::get(&token_url)
                    .body(ByteStream::from(Bytes::new()).into_body())
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
            .unwrap_or_default()
            .to_owned();
        self.http
            .send(request(Some(&token))?)
            .await
            .map_err(|e| unreachable(e.to_string()))
    }

    /// GET `url`: the response when it is 200, `None` when 404, else an error.
    async fn found(
        &self,
        url: &str,
        accept: Option<&str>,
    ) -> Result<Option<http::Response<TimedBody>>, UpstreamError> {
        let resp = self.get(url, accept).await?;
        match resp.status() {
            StatusCode::OK => Ok(Some(resp)),
            StatusCode::NOT_FOUND => Ok(None),
            s => Err(UpstreamError::Status {
                url: url.to_owned(),
                status: s.as_u16(),
            }),
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
    ) -> Result<Option<Manifest>, UpstreamError> {
        let url = format!("{base}/v2/{repo}/manifests/{reference}");
        let Some(resp) = self.found(&url, Some(ACCEPT)).await? else {
            return Ok(None);
        };
        let media_type = resp
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or_default().trim().to_owned());
        let mut body = resp.into_body();
        let mut bytes = Vec::new();
        while let Some(d) = chunk(&mut body, &url).await? {
            bytes.extend_from_slice(&d);
            if bytes.len() > limit {
                return Err(UpstreamError::TooLarge { url, limit });
            }
        }
        let digest = crate::store::digest_of(&bytes);
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
    ) -> Result<Option<u64>, UpstreamError> {
        let url = format!("{base}/v2/{repo}/blobs/{digest}");
        let Some(resp) = self.found(&url, None).await? else {
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
