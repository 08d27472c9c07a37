//! Image scanning, as ECR's basic scanning does it: the packages an image
//! has installed ([`packages`]: dpkg, apk, rpm databases read from its
//! layers), matched against a vulnerability database in OSV format
//! ([`osv`]) with each package manager's own version order ([`versions`]).
//! Nothing is downloaded: the operator points the registry at a database
//! (`--vuln-db DIR`); without one, scans fail saying so.

pub mod osv;
pub mod packages;
pub mod versions;

use std::path::PathBuf;

use serde_json::Value;

use crate::media::{IMAGE_CONFIG_TYPES, IMAGE_TYPES, INDEX_TYPES};

/// How a scan ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Scanned: what was found, and when the database was last updated.
    Complete {
        findings: Vec<osv::Finding>,
        database_updated_at: Option<f64>,
    },
    /// The image is not one this scanner reads (an index, an artifact, an
    /// operating system without a package database it knows); why.
    Unsupported(String),
    /// The scan could not be done; why.
    Failed(String),
}

/// Scans the image whose manifest is `manifest` (of `media_type`); its
/// layers are the blob files `blob(digest)` names.
pub fn scan(
    database: Option<&osv::Database>,
    manifest: &str,
    media_type: &str,
    blob: impl Fn(&str) -> PathBuf,
) -> Outcome {
    if INDEX_TYPES.contains(&media_type) {
        return Outcome::Unsupported(
            "The image is an index of images for several platforms: scan each of its images".into(),
        );
    }
    let v: Value = serde_json::from_str(manifest).unwrap_or(Value::Null);
    let config = v["config"]["mediaType"].as_str().unwrap_or_default();
    if !IMAGE_TYPES.contains(&media_type) || !IMAGE_CONFIG_TYPES.contains(&config) {
        return Outcome::Unsupported(format!(
            "The artifact is not a container image (config type '{config}')"
        ));
    }
    let Some(database) = database else {
        return Outcome::Failed(
            "No vulnerability database is configured: start the registry with --vuln-db DIR (OSV JSON files)".into(),
        );
    };
    let layers: Vec<(String, PathBuf)> = v["layers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|l| l["digest"].as_str())
        .map(|d| (d.to_owned(), blob(d)))
        .collect();
    let refs: Vec<(String, &std::path::Path)> = layers
        .iter()
        .map(|(d, p)| (d.clone(), p.as_path()))
        .collect();
    let (files, unreadable) = packages::read_layers(&refs);
    let contents = packages::contents(&files, unreadable);
    if !contents.unreadable.is_empty() {
        return Outcome::Failed(format!(
            "Some layers could not be read: {}",
            contents.unreadable.join("; ")
        ));
    }
    let Some(os) = contents.os.filter(|_| !contents.packages.is_empty()) else {
        return Outcome::Unsupported(
            "The operating system and/or package manager are not supported: no dpkg, apk or rpm database and os-release found".into(),
        );
    };
    Outcome::Complete {
        findings: database.findings(&os, &contents.packages),
        database_updated_at: database.updated_at,
    }
}
