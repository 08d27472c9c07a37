//! Flexible checksums (`aws.protocols#httpChecksum`): a message's
//! `x-amz-checksum-<algorithm>` header, the base64 of the CRC32, CRC32C,
//! CRC64NVME, SHA-1 or SHA-256 of its body, computed by
//! `aws-smithy-checksums` (the smithy-rs runtime crate). Clients send one
//! and validate the response's; servers verify every one a request carries.
//! Without the `flexible-checksums` feature nothing is computed and a
//! checksum header is refused as unverifiable.

/// The algorithms, as their header names end.
pub const ALGORITHMS: [&str; 5] = ["crc32", "crc32c", "crc64nvme", "sha1", "sha256"];

/// The header of `algorithm` (`CRC32`, `crc32c`, ...).
pub fn header_name(algorithm: &str) -> String {
    format!("x-amz-checksum-{}", algorithm.to_ascii_lowercase())
}

/// The base64 checksum of `body` by `algorithm` (a name of [`ALGORITHMS`],
/// any case); `None` for an algorithm this runtime does not know, or
/// without the `flexible-checksums` feature.
#[cfg(feature = "flexible-checksums")]
pub fn compute(algorithm: &str, body: &[u8]) -> Option<String> {
    use aws_smithy_checksums::ChecksumAlgorithm;
    // Not MD5, which the crate takes as CRC32.
    if !ALGORITHMS.contains(&algorithm.to_ascii_lowercase().as_str()) {
        return None;
    }
    let alg: ChecksumAlgorithm = algorithm.parse().ok()?;
    let mut c = alg.into_impl();
    c.update(body);
    Some(aws_smithy_types::base64::encode(c.finalize()))
}

/// Without the `flexible-checksums` feature nothing is computed.
#[cfg(not(feature = "flexible-checksums"))]
pub fn compute(_algorithm: &str, _body: &[u8]) -> Option<String> {
    None
}

/// A checksum computed as bytes pass (an `aws-chunked` body's trailing
/// checksum).
pub struct Hasher {
    #[cfg(feature = "flexible-checksums")]
    inner: Box<dyn aws_smithy_checksums::http::HttpChecksum>,
}

impl Hasher {
    /// A hasher for `algorithm` (a name of [`ALGORITHMS`], any case);
    /// `None` for another, or without the `flexible-checksums` feature.
    #[cfg(feature = "flexible-checksums")]
    pub fn new(algorithm: &str) -> Option<Self> {
        use aws_smithy_checksums::ChecksumAlgorithm;
        if !ALGORITHMS.contains(&algorithm.to_ascii_lowercase().as_str()) {
            return None;
        }
        let alg: ChecksumAlgorithm = algorithm.parse().ok()?;
        Some(Self {
            inner: alg.into_impl(),
        })
    }

    /// Without the `flexible-checksums` feature nothing is computed.
    #[cfg(not(feature = "flexible-checksums"))]
    pub fn new(_algorithm: &str) -> Option<Self> {
        None
    }

    /// Adds `bytes`.
    pub fn update(&mut self, bytes: &[u8]) {
        #[cfg(feature = "flexible-checksums")]
        self.inner.update(bytes);
        #[cfg(not(feature = "flexible-checksums"))]
        let _ = bytes;
    }

    /// The checksum, base64 as its header carries it.
    pub fn finish(self) -> String {
        #[cfg(feature = "flexible-checksums")]
        return aws_smithy_types::base64::encode(self.inner.finalize());
        #[cfg(not(feature = "flexible-checksums"))]
        String::new()
    }
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hasher")
    }
}

/// Every `x-amz-checksum-<algorithm>` header of `headers` checked against
/// `body`: `Err` names the first that does not match (or cannot be
/// computed).
pub fn verify(headers: &http::HeaderMap, body: &[u8]) -> Result<(), String> {
    for (name, value) in headers {
        let Some(alg) = name.as_str().strip_prefix("x-amz-checksum-") else {
            continue;
        };
        if alg == "type" || alg == "algorithm" || alg == "mode" {
            continue;
        }
        let given = value.to_str().unwrap_or_default();
        match compute(alg, body) {
            Some(ours) if ours == given => {}
            Some(ours) => {
                return Err(format!(
                    "The {} you specified did not match the calculated checksum ({given} given, {ours} computed).",
                    alg.to_ascii_uppercase()
                ))
            }
            None => {
                return Err(format!(
                    "the checksum algorithm of {name} cannot be verified here"
                ))
            }
        }
    }
    Ok(())
}

#[cfg(all(test, feature = "flexible-checksums"))]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Published test vectors of "Hello world".
        assert_eq!(compute("crc32", b"Hello world").unwrap(), "i9aeUg==");
        assert_eq!(
            compute("SHA256", b"Hello world").unwrap(),
            "ZOyIygCyaOW6GjVnihtTFtIS9PNmskdyMlNKiuyjfzw="
        );
        assert!(compute("md5", b"x").is_none());
        assert!(compute("nope", b"x").is_none());
        let mut h = http::HeaderMap::new();
        h.insert("x-amz-checksum-crc32", "i9aeUg==".parse().unwrap());
        assert!(verify(&h, b"Hello world").is_ok());
        assert!(verify(&h, b"Hello World").unwrap_err().contains("CRC32"));
    }
}
