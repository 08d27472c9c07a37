//! Manifests and their media types, in one place for the `/v2/` API, the
//! ECR API, the store and the pull-through cache: which types are images and
//! which are indexes, what a manifest references, its subject and its
//! artifact type, and digests.

use http::{header, HeaderMap};
use sha2::{Digest, Sha256};

/// The most a manifest may weigh (what the distribution registry allows).
pub const MANIFEST_LIMIT: usize = 4 * 1024 * 1024;

/// Manifests that list images for several platforms.
pub const INDEX_TYPES: [&str; 2] = [
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
];
/// Manifests of one image.
pub const IMAGE_TYPES: [&str; 2] = [
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
];

/// The configs of runnable container images (not of other artifacts).
pub const IMAGE_CONFIG_TYPES: [&str; 2] = [
    "application/vnd.oci.image.config.v1+json",
    "application/vnd.docker.container.image.v1+json",
];

/// A media type without its parameters (`; charset=`, `; q=`).
pub fn essence(media_type: &str) -> &str {
    media_type.split(';').next().unwrap_or_default().trim()
}

/// The media type a message's `Content-Type` names, parameters dropped.
pub fn content_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| essence(v).to_owned())
}

/// The `sha256:` digest of some content.
pub fn digest_of(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

/// The digest of the manifest a manifest refers to (its OCI 1.1 `subject`).
pub fn subject_of(manifest: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(manifest).ok()?;
    v.get("subject")?.get("digest")?.as_str().map(str::to_owned)
}

/// The artifact type of a manifest of `media_type`, as OCI 1.1 defines it:
/// its `artifactType`, else (for an image manifest) its config's media type.
pub fn artifact_type<'m>(manifest: &'m serde_json::Value, media_type: &str) -> Option<&'m str> {
    manifest["artifactType"].as_str().or_else(|| {
        IMAGE_TYPES
            .contains(&media_type)
            .then(|| manifest["config"]["mediaType"].as_str())
            .flatten()
    })
}

/// The digests manifest text references (layers and config, or the images
/// of a list / index), or why it is not a manifest this registry stores.
pub fn manifest_references(text: &str) -> Result<Vec<String>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(match references(&value)? {
        References::Layers(v) | References::Images(v) => v,
    })
}

/// The layer (and config) digests a Docker v2 / OCI image manifest references,
/// or the image digests a manifest list / index references.
pub enum References {
    Layers(Vec<String>),
    Images(Vec<String>),
}

/// A manifest's media type: the one it was sent with, else its own
/// `mediaType`, else Docker v2 schema 2 (which may leave it out).
pub fn media_type_of(declared: Option<String>, manifest: &serde_json::Value) -> String {
    declared
        .or_else(|| {
            manifest
                .get("mediaType")
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "application/vnd.docker.distribution.manifest.v2+json".to_owned())
}

pub fn references(manifest: &serde_json::Value) -> Result<References, String> {
    let digests = |key: &str| -> Result<Vec<String>, String> {
        manifest
            .get(key)
            .and_then(|v| v.as_array())
            .map(|items| {
                items
                    .iter()
                    .map(|i| {
                        i.get("digest")
                            .and_then(|d| d.as_str())
                            .map(str::to_owned)
                            .ok_or_else(|| format!("an entry of '{key}' has no digest"))
                    })
                    .collect()
            })
            .unwrap_or_else(|| Ok(Vec::new()))
    };
    if manifest.get("manifests").is_some() {
        return Ok(References::Images(digests("manifests")?));
    }
    if manifest.get("schemaVersion").and_then(|v| v.as_i64()) != Some(2) {
        return Err("only schemaVersion 2 manifests are supported".into());
    }
    let mut layers = digests("layers")?;
    if let Some(config) = manifest.get("config") {
        let d = config
            .get("digest")
            .and_then(|d| d.as_str())
            .ok_or("the config has no digest")?;
        layers.push(d.to_owned());
    }
    Ok(References::Layers(layers))
}
