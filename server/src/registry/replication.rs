//! Replication: images pushed here are copied to other registries (other
//! instances of this server, or anything that speaks ECR's API) by
//! PutReplicationConfiguration's rules, through the generated ECR client:
//! the repository is created there if needed, missing layers are uploaded
//! in parts, then the manifest is put with its tag. Where each destination
//! is and how to sign for it comes from `--replication-endpoints`;
//! DescribeImageReplicationStatus tells how each copy went.

use std::collections::BTreeMap;

use ecr_client_sdk::{Client, Config as ClientConfig, Credentials};
use serde_json::{json, Value};

use super::*;

/// The setting that holds the replication configuration.
const REPLICATION: &str = "replication";

/// At most this many destinations over all rules, as in ECR.
const MAX_DESTINATIONS: usize = 25;

/// Where a destination registry is, and the key to sign for it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `http://host:port` of its ECR API.
    pub url: String,
    /// The region to sign for (the destination's, unless it says otherwise).
    pub signing_region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

/// Parses a `--replication-endpoints` file: `{"REGION/ACCOUNT": {"endpoint":
/// URL, "accessKeyId": .., "secretAccessKey": .., "signingRegion": ..}}`.
pub fn parse_endpoints(text: &str) -> Result<BTreeMap<(String, String), Endpoint>, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let map = v
        .as_object()
        .ok_or("the file is a JSON object of REGION/ACCOUNT keys")?;
    let mut out = BTreeMap::new();
    for (key, e) in map {
        let (region, account) = key
            .split_once('/')
            .filter(|(r, a)| {
                !r.is_empty() && a.len() == 12 && a.bytes().all(|b| b.is_ascii_digit())
            })
            .ok_or_else(|| format!("'{key}' is not REGION/ACCOUNT (a 12-digit account id)"))?;
        let field = |k: &str| {
            e[k].as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("'{key}' has no string '{k}'"))
        };
        let url = field("endpoint")?;
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!(
                "'{key}': the endpoint '{url}' is not an http(s) URL"
            ));
        }
        out.insert(
            (region.to_owned(), account.to_owned()),
            Endpoint {
                url: url.trim_end_matches('/').to_owned(),
                signing_region: e["signingRegion"].as_str().unwrap_or(region).to_owned(),
                access_key_id: field("accessKeyId")?,
                secret_access_key: field("secretAccessKey")?,
            },
        );
    }
    Ok(out)
}

/// The stored configuration (no rules when none was put).
async fn configuration(reg: &Registry) -> Result<ReplicationConfiguration, ServerException> {
    let text = reg.blocking(|s| s.setting(REPLICATION)).await?;
    let v: Value = text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let rules = v["rules"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| ReplicationRule {
            destinations: r["destinations"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| ReplicationDestination {
                    region: d["region"].as_str().unwrap_or_default().to_owned(),
                    registry_id: d["registryId"].as_str().unwrap_or_default().to_owned(),
                })
                .collect(),
            repository_filters: r["filters"].as_array().map(|f| {
                f.iter()
                    .filter_map(Value::as_str)
                    .map(|p| RepositoryFilter {
                        filter: p.to_owned(),
                        filter_type: RepositoryFilterType::PrefixMatch,
                    })
                    .collect()
            }),
        })
        .collect();
    Ok(ReplicationConfiguration { rules })
}

/// The replication configuration in force (for DescribeRegistry).
pub(super) async fn current(reg: &Registry) -> Result<ReplicationConfiguration, ServerException> {
    configuration(reg).await
}

pub(super) async fn put_replication_configuration(
    reg: &Registry,
    input: PutReplicationConfigurationRequest,
    cx: Context,
) -> Result<PutReplicationConfigurationResponse, PutReplicationConfigurationError> {
    reg.authorize_registry::<PutReplicationConfigurationError>(&cx)
        .await?;
    let config = input.replication_configuration;
    let destinations: usize = config.rules.iter().map(|r| r.destinations.len()).sum();
    if destinations > MAX_DESTINATIONS {
        return Err(invalid(format!(
            "Invalid parameter at 'replicationConfiguration': {destinations} destinations; a registry replicates to at most {MAX_DESTINATIONS}"
        )));
    }
    for r in &config.rules {
        if r.destinations.is_empty() {
            return Err(invalid(
                "Invalid parameter at 'destinations': a rule names at least one destination",
            ));
        }
        for d in &r.destinations {
            if d.region == reg.settings.region && d.registry_id == reg.settings.account_id {
                return Err(invalid(format!(
                    "Invalid parameter at 'destinations': a registry cannot replicate to itself ({}/{})",
                    d.region, d.registry_id
                )));
            }
        }
    }
    let stored = json!({
        "rules": config.rules.iter().map(|r| json!({
            "destinations": r.destinations.iter().map(|d| json!({"region": d.region, "registryId": d.registry_id})).collect::<Vec<_>>(),
            "filters": r.repository_filters.as_ref().map(|f| f.iter().map(|f| f.filter.clone()).collect::<Vec<_>>()),
        })).collect::<Vec<_>>(),
    })
    .to_string();
    reg.blocking(move |s| s.put_setting(REPLICATION, &stored))
        .await?;
    Ok(PutReplicationConfigurationResponse {
        replication_configuration: Some(config),
        _meta: Default::default(),
    })
}

/// A failed copy's reason, short enough to read in a status.
fn failure<E: std::fmt::Display>(step: &str, e: E) -> String {
    let text = e.to_string();
    let text: String = text.chars().take(400).collect();
    format!("{step}: {text}")
}

/// Image `digest` of `repo`, read off the async threads.
async fn load(store: &Arc<Store>, repo: &str, digest: &str) -> Result<crate::store::Image, String> {
    let (s, r, d) = (Arc::clone(store), repo.to_owned(), digest.to_owned());
    tokio::task::spawn_blocking(move || s.image(&r, Some(&d), None))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("image '{digest}' is gone"))
}

/// Copies image `digest` of `repo` (an index after its images) to one destination.
async fn copy(
    store: Arc<Store>,
    endpoint: Endpoint,
    repo: String,
    digest: String,
    tag: Option<String>,
) -> Result<(), String> {
    let client = Client::new(
        ClientConfig::new()
            .region(endpoint.signing_region.clone())
            .endpoint_url(endpoint.url.clone())
            .credentials_provider(Credentials::new(
                endpoint.access_key_id.clone(),
                endpoint.secret_access_key.clone(),
                None,
                None,
                "replication",
            ))
            .max_attempts(3),
    );
    create_there(&client, &repo).await?;
    // The images to put, children of an index first.
    let top = load(&store, &repo, &digest).await?;
    let mut images = Vec::new();
    if crate::media::INDEX_TYPES.contains(&top.media_type.as_str()) {
        for child in media::manifest_references(&top.manifest).unwrap_or_default() {
            images.push((load(&store, &repo, &child).await?, None));
        }
    }
    images.push((top, tag));
    for (image, image_tag) in images {
        let is_index = crate::media::INDEX_TYPES.contains(&image.media_type.as_str());
        if !is_index {
            let layers =
                media::manifest_references(&image.manifest).map_err(|e| failure("manifest", e))?;
            let mut check = client
                .batch_check_layer_availability()
                .repository_name(repo.clone());
            for l in &layers {
                check = check.layer_digests(l.clone());
            }
            let available = check
                .send()
                .await
                .map_err(|e| failure("BatchCheckLayerAvailability", e))?;
            let present: Vec<String> = available
                .layers
                .unwrap_or_default()
                .into_iter()
                .filter(|l| l.layer_availability == Some(LayerAvailability::Available))
                .filter_map(|l| l.layer_digest)
                .collect();
            for layer in layers.iter().filter(|l| !present.contains(l)) {
                upload(&client, &store, &repo, layer).await?;
            }
        }
        let mut put = client
            .put_image()
            .repository_name(repo.clone())
            .image_manifest(image.manifest.clone())
            .image_manifest_media_type(image.media_type.clone());
        if let Some(t) = image_tag {
            put = put.image_tag(t);
        }
        match put.send().await {
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.as_service_error(),
                    Some(PutImageError::ImageAlreadyExistsException(_))
                ) => {}
            Err(e) => return Err(failure("PutImage", e)),
        }
    }
    Ok(())
}

/// Creates `repo` at the destination unless it is there, as the
/// destination's repository creation template for replication says (its
/// tag mutability, encryption, tags, repository and lifecycle policies),
/// which is read from the destination itself.
async fn create_there(client: &Client, repo: &str) -> Result<(), String> {
    // A destination that keeps no templates (or will not tell) gets a plain repository.
    let templates = client
        .describe_repository_creation_templates()
        .send()
        .await
        .ok()
        .and_then(|t| t.repository_creation_templates)
        .unwrap_or_default();
    let applies = |t: &RepositoryCreationTemplate| {
        t.applied_for
            .as_ref()
            .is_some_and(|a| a.iter().any(|x| x.as_str() == "REPLICATION"))
    };
    let prefix = templates::choose(
        templates
            .iter()
            .filter_map(|t| Some((t.prefix.as_deref()?, applies(t)))),
        repo,
    );
    let template = templates
        .iter()
        .find(|t| prefix.is_some() && t.prefix.as_deref() == prefix);
    let mut create = client.create_repository().repository_name(repo.to_owned());
    if let Some(t) = template {
        let input = create.input_mut();
        input.image_tag_mutability = t.image_tag_mutability.clone();
        input.tags = t.resource_tags.clone();
        input.encryption_configuration =
            t.encryption_configuration
                .as_ref()
                .map(|e| EncryptionConfiguration {
                    encryption_type: e.encryption_type.clone(),
                    kms_key: e.kms_key.clone().filter(|k| !k.is_empty()),
                });
    }
    match create.send().await {
        Ok(_) => {}
        Err(e)
            if matches!(
                e.as_service_error(),
                Some(CreateRepositoryError::RepositoryAlreadyExistsException(_))
            ) =>
        {
            return Ok(())
        }
        Err(e) => return Err(failure("CreateRepository", e)),
    }
    let Some(t) = template else {
        return Ok(());
    };
    if let Some(policy) = t.repository_policy.clone().filter(|p| !p.is_empty()) {
        client
            .set_repository_policy()
            .repository_name(repo.to_owned())
            .policy_text(policy)
            .send()
            .await
            .map_err(|e| failure("SetRepositoryPolicy", e))?;
    }
    if let Some(policy) = t.lifecycle_policy.clone().filter(|p| !p.is_empty()) {
        client
            .put_lifecycle_policy()
            .repository_name(repo.to_owned())
            .lifecycle_policy_text(policy)
            .send()
            .await
            .map_err(|e| failure("PutLifecyclePolicy", e))?;
    }
    Ok(())
}

/// Uploads layer `digest` of `repo` to the destination in parts.
async fn upload(
    client: &Client,
    store: &Arc<Store>,
    repo: &str,
    digest: &str,
) -> Result<(), String> {
    use tokio::io::AsyncReadExt;
    let started = client
        .initiate_layer_upload()
        .repository_name(repo.to_owned())
        .send()
        .await
        .map_err(|e| failure("InitiateLayerUpload", e))?;
    let id = started
        .upload_id
        .ok_or("the destination gave no upload id")?;
    let part = started
        .part_size
        .and_then(|p| usize::try_from(p).ok())
        .filter(|p| *p > 0)
        .unwrap_or(10 << 20)
        .min(10 << 20);
    let mut file = tokio::fs::File::open(store.blob_path(digest))
        .await
        .map_err(|e| failure("reading the layer", e))?;
    let mut first = 0i64;
    let mut buf = vec![0u8; part];
    loop {
        let mut filled = 0;
        while filled < buf.len() {
            let n = file
                .read(&mut buf[filled..])
                .await
                .map_err(|e| failure("reading the layer", e))?;
            if n == 0 {
                break;
            }
            filled += n;
        }
        if filled == 0 {
            break;
        }
        let last = first + i64::try_from(filled).unwrap_or(i64::MAX) - 1;
        client
            .upload_layer_part()
            .repository_name(repo.to_owned())
            .upload_id(id.clone())
            .part_first_byte(first)
            .part_last_byte(last)
            .layer_part_blob(aws_smithy_types::Blob::new(buf[..filled].to_vec()))
            .send()
            .await
            .map_err(|e| failure("UploadLayerPart", e))?;
        first = last + 1;
    }
    match client
        .complete_layer_upload()
        .repository_name(repo.to_owned())
        .upload_id(id)
        .layer_digests(digest.to_owned())
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(e)
            if matches!(
                e.as_service_error(),
                Some(CompleteLayerUploadError::LayerAlreadyExistsException(_))
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(failure("CompleteLayerUpload", e)),
    }
}

impl Registry {
    /// Copies a pushed image to every destination whose rule covers its
    /// repository, in the background; each copy's state is recorded.
    pub(super) async fn replicate(&self, repo: &str, digest: &str, tag: Option<&str>) {
        let config = match configuration(self).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = ?e, "could not read the replication configuration");
                return;
            }
        };
        let mut destinations: Vec<(String, String)> = Vec::new();
        for rule in &config.rules {
            let covered = rule
                .repository_filters
                .as_ref()
                .is_none_or(|f| f.is_empty() || f.iter().any(|f| repo.starts_with(&f.filter)));
            if covered {
                for d in &rule.destinations {
                    let key = (d.region.clone(), d.registry_id.clone());
                    if !destinations.contains(&key) {
                        destinations.push(key);
                    }
                }
            }
        }
        for (region, account) in destinations {
            let record = |status: &str, failure: Option<String>| {
                let (r, d, region, account, status) = (
                    repo.to_owned(),
                    digest.to_owned(),
                    region.clone(),
                    account.clone(),
                    status.to_owned(),
                );
                move |s: &Store| {
                    s.put_replication(&r, &d, &region, &account, &status, failure.as_deref())
                }
            };
            let Some(endpoint) = self
                .settings
                .replication_endpoints
                .get(&(region.clone(), account.clone()))
                .cloned()
            else {
                let why = format!("No endpoint is known for registry {account} in {region}: add it to --replication-endpoints");
                if let Err(e) = self.run(record("FAILED", Some(why))).await {
                    tracing::warn!(error = %e, "could not record a replication");
                }
                continue;
            };
            if let Err(e) = self.run(record("IN_PROGRESS", None)).await {
                tracing::warn!(error = %e, "could not record a replication");
                continue;
            }
            let (store, r, d, t) = (
                Arc::clone(&self.store),
                repo.to_owned(),
                digest.to_owned(),
                tag.map(str::to_owned),
            );
            tokio::spawn(async move {
                let outcome = copy(Arc::clone(&store), endpoint, r.clone(), d.clone(), t).await;
                let (status, why) = match &outcome {
                    Ok(()) => ("COMPLETE", None),
                    Err(e) => ("FAILED", Some(e.clone())),
                };
                tracing::info!(repository = %r, image = %d, %region, %account, status, failure = ?why, "image replicated");
                let written = tokio::task::spawn_blocking(move || {
                    store.put_replication(&r, &d, &region, &account, status, why.as_deref())
                })
                .await;
                if !matches!(written, Ok(Ok(_))) {
                    tracing::warn!("could not record a replication's outcome");
                }
            });
        }
    }
}

pub(super) async fn describe_image_replication_status(
    reg: &Registry,
    input: DescribeImageReplicationStatusRequest,
    cx: Context,
) -> Result<DescribeImageReplicationStatusResponse, DescribeImageReplicationStatusError> {
    type E = DescribeImageReplicationStatusError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let image = find_image::<E>(reg, &repo.name, &input.image_id).await?;
    let (r, d) = (repo.name.clone(), image.digest.clone());
    let rows = reg.blocking(move |s| s.replications(&r, &d)).await?;
    Ok(DescribeImageReplicationStatusResponse {
        repository_name: Some(repo.name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(image.digest),
            image_tag: input.image_id.image_tag,
        }),
        replication_statuses: Some(
            rows.into_iter()
                .map(
                    |(region, registry, status, failure)| ImageReplicationStatus {
                        region: Some(region),
                        registry_id: Some(registry),
                        status: Some(ReplicationStatus::from(status.as_str())),
                        failure_code: failure,
                    },
                )
                .collect(),
        ),
        _meta: Default::default(),
    })
}
