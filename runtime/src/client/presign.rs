//! Pre-signed requests: a request's URL signed with SigV4 in its query
//! string (`X-Amz-Signature`, `X-Amz-Expires`), which anyone holding it can
//! send until it expires (S3's pre-signed GET and PUT URLs).
//!
//! ```no_run
//! # async fn f(handle: &codegen_rt::client::Handle) {}
//! use std::time::Duration;
//! use codegen_rt::client::PresigningConfig;
//!
//! let config = PresigningConfig::expires_in(Duration::from_secs(900)).expect("at most 7 days");
//! // A generated client's fluent builder: `.presigned(config).await?`,
//! // then `request.uri()` for curl or a browser.
//! # let _ = config;
//! ```

use std::fmt;
use std::time::{Duration, SystemTime};

/// The longest a SigV4 query-string signature may be valid (7 days).
pub const MAX_EXPIRY: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// How long a pre-signed request is valid, and from when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PresigningConfig {
    pub(crate) expires_in: Duration,
    pub(crate) start_time: SystemTime,
}

impl PresigningConfig {
    /// Valid from now for `expires_in` (at least a second, at most 7 days,
    /// as SigV4 allows).
    pub fn expires_in(expires_in: Duration) -> Result<Self, PresigningConfigError> {
        if expires_in < Duration::from_secs(1) {
            return Err(PresigningConfigError(
                "a pre-signed request must be valid for at least a second".into(),
            ));
        }
        if expires_in > MAX_EXPIRY {
            return Err(PresigningConfigError(format!(
                "a pre-signed request may be valid for at most 7 days ({} s), not {} s",
                MAX_EXPIRY.as_secs(),
                expires_in.as_secs()
            )));
        }
        Ok(Self {
            expires_in,
            start_time: SystemTime::now(),
        })
    }

    /// Signed as of `start` rather than now (valid from `start` for
    /// [`expires_in`](Self::expires_in)).
    pub fn start_time(mut self, start: SystemTime) -> Self {
        self.start_time = start;
        self
    }

    /// How long the request is valid.
    pub fn expiry(&self) -> Duration {
        self.expires_in
    }
}

/// A [`PresigningConfig`] SigV4 cannot sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresigningConfigError(String);

impl fmt::Display for PresigningConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PresigningConfigError {}

/// A signed request that has not been sent: its method, its URL (the
/// signature is in the query) and the headers it must be sent with (the
/// signed ones besides `Host`, such as `Content-Type` or `x-amz-meta-*`).
#[derive(Debug, Clone)]
pub struct PresignedRequest {
    method: http::Method,
    uri: String,
    headers: http::HeaderMap,
}

impl PresignedRequest {
    pub(crate) fn new(parts: http::request::Parts) -> Self {
        let mut headers = parts.headers;
        // The URL names the host; clients send their own `Host`.
        headers.remove(http::header::HOST);
        Self {
            method: parts.method,
            uri: parts.uri.to_string(),
            headers,
        }
    }

    /// `GET`, `PUT`, ...
    pub fn method(&self) -> &str {
        self.method.as_str()
    }

    /// The URL, signature included.
    pub fn uri(&self) -> &str {
        &self.uri
    }

    /// The headers to send with it (name, value).
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers
            .iter()
            .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
    }

    /// As an `http` request with an empty body (set one for a PUT).
    pub fn into_http_request(self) -> http::Request<()> {
        let mut req = http::Request::new(());
        *req.method_mut() = self.method;
        if let Ok(uri) = self.uri.parse() {
            *req.uri_mut() = uri;
        }
        *req.headers_mut() = self.headers;
        req
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_bounded_as_sigv4_says() {
        assert!(PresigningConfig::expires_in(Duration::from_secs(900)).is_ok());
        assert!(PresigningConfig::expires_in(MAX_EXPIRY).is_ok());
        let long = PresigningConfig::expires_in(MAX_EXPIRY + Duration::from_secs(1));
        assert!(long.unwrap_err().to_string().contains("at most 7 days"));
        assert!(PresigningConfig::expires_in(Duration::ZERO).is_err());
    }
}
