//! Image signatures in the Notary Project's format (what `notation sign`
//! writes and `notation verify` checks, and what ECR's managed signing
//! produces): a JWS envelope (`application/jose+json`) signing the image's
//! descriptor with ES256 under an X.509 certificate chain, stored as an
//! OCI 1.1 artifact (`application/vnd.cncf.notary.signature`) whose
//! `subject` is the image. Keys are the operator's (`--signing-keys`): a
//! PKCS#8 P-256 private key and its certificate chain, leaf first, per
//! signing profile ARN. ECDSA is `ring`'s.

use std::collections::BTreeMap;
use std::path::Path;

use aws_smithy_types::base64;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The artifact type of a Notary Project signature.
pub const SIGNATURE_TYPE: &str = "application/vnd.cncf.notary.signature";
/// The media type of its envelope.
pub const ENVELOPE_TYPE: &str = "application/jose+json";
/// The OCI empty config, `{}`.
pub const EMPTY_CONFIG: &[u8] = b"{}";

/// A signing key and the certificates that vouch for it.
pub struct Signer {
    key: EcdsaKeyPair,
    /// DER certificates, leaf first.
    chain: Vec<Vec<u8>>,
    rng: SystemRandom,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("certificates", &self.chain.len())
            .finish_non_exhaustive()
    }
}

/// What a signature is made of: the envelope blob and the manifest of the
/// artifact that carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub envelope: Vec<u8>,
    pub manifest: String,
}

fn b64url(data: &[u8]) -> String {
    base64::encode(data)
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}

impl Signer {
    /// A signer from PEM text: a PKCS#8 P-256 `PRIVATE KEY` and one or more
    /// `CERTIFICATE`s, leaf first, the leaf's key being the private key's.
    pub fn from_pem(key_pem: &str, chain_pem: &str) -> Result<Self, String> {
        let key = pem::parse_many(key_pem).map_err(|e| format!("the key is not PEM: {e}"))?;
        let key = key.iter().find(|p| p.tag() == "PRIVATE KEY").ok_or(
            "no PKCS#8 'PRIVATE KEY' (convert an EC key with `openssl pkcs8 -topk8 -nocrypt`)",
        )?;
        let rng = SystemRandom::new();
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, key.contents(), &rng)
            .map_err(|e| format!("the key is not a P-256 (ES256) key: {e}"))?;
        let chain: Vec<Vec<u8>> = pem::parse_many(chain_pem)
            .map_err(|e| format!("the certificates are not PEM: {e}"))?
            .into_iter()
            .filter(|p| p.tag() == "CERTIFICATE")
            .map(|p| p.contents().to_vec())
            .collect();
        let leaf = chain.first().ok_or("no CERTIFICATE in the chain")?;
        // The leaf's SubjectPublicKeyInfo holds the key's uncompressed point.
        let public = key.public_key().as_ref();
        if !leaf.windows(public.len()).any(|w| w == public) {
            return Err("the first certificate is not the key's (its public key differs)".into());
        }
        Ok(Self { key, chain, rng })
    }

    /// Reads a signer from a key file and a certificate chain file.
    pub fn from_files(key: &Path, chain: &Path) -> Result<Self, String> {
        let read =
            |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
        Self::from_pem(&read(key)?, &read(chain)?)
    }

    /// Signs the image `descriptor` (`mediaType`, `digest`, `size`) at
    /// `signing_time` (RFC 3339): the envelope, and the manifest of the
    /// signature artifact referring to the image.
    pub fn sign(&self, descriptor: &Value, signing_time: &str) -> Result<Signature, String> {
        let payload = json!({ "targetArtifact": descriptor }).to_string();
        let protected = json!({
            "alg": "ES256",
            "crit": ["io.cncf.notary.signingScheme"],
            "cty": "application/vnd.cncf.notary.payload.v1+json",
            "io.cncf.notary.signingScheme": "notary.x509",
            "io.cncf.notary.signingTime": signing_time,
        })
        .to_string();
        let signing_input = format!(
            "{}.{}",
            b64url(protected.as_bytes()),
            b64url(payload.as_bytes())
        );
        let signature = self
            .key
            .sign(&self.rng, signing_input.as_bytes())
            .map_err(|e| format!("signing failed: {e}"))?;
        let envelope = json!({
            "payload": b64url(payload.as_bytes()),
            "protected": b64url(protected.as_bytes()),
            "header": {
                "x5c": self.chain.iter().map(base64::encode).collect::<Vec<_>>(),
                "io.cncf.notary.signingAgent": concat!("ecr-server/", env!("CARGO_PKG_VERSION")),
            },
            "signature": b64url(signature.as_ref()),
        })
        .to_string()
        .into_bytes();
        let thumbprints: Vec<String> = self
            .chain
            .iter()
            .map(|c| hex::encode(Sha256::digest(c)))
            .collect();
        let manifest = json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "artifactType": SIGNATURE_TYPE,
            "config": {
                "mediaType": "application/vnd.oci.empty.v1+json",
                "digest": crate::media::digest_of(EMPTY_CONFIG),
                "size": EMPTY_CONFIG.len(),
            },
            "layers": [{
                "mediaType": ENVELOPE_TYPE,
                "digest": crate::media::digest_of(&envelope),
                "size": envelope.len(),
            }],
            "subject": descriptor,
            "annotations": {
                "io.cncf.notary.x509chain.thumbprint#S256": serde_json::to_string(&thumbprints).unwrap_or_default(),
                "org.opencontainers.image.created": signing_time,
            },
        })
        .to_string();
        Ok(Signature { envelope, manifest })
    }
}

/// Parses a `--signing-keys` file: `{"PROFILE_ARN": {"key": PATH,
/// "certificates": PATH}}` (paths relative to the file's directory).
pub fn load_keys(file: &Path) -> Result<BTreeMap<String, std::sync::Arc<Signer>>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let base = file.parent().unwrap_or(Path::new("."));
    let mut out = BTreeMap::new();
    for (arn, entry) in v
        .as_object()
        .ok_or("the file is a JSON object of signing profile ARNs")?
    {
        let path = |k: &str| {
            entry[k]
                .as_str()
                .map(|p| base.join(p))
                .ok_or_else(|| format!("'{arn}' has no string '{k}'"))
        };
        let signer = Signer::from_files(&path("key")?, &path("certificates")?)
            .map_err(|e| format!("'{arn}': {e}"))?;
        out.insert(arn.clone(), std::sync::Arc::new(signer));
    }
    Ok(out)
}
