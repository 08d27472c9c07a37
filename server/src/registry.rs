//! The registry: the generated `Ecr` trait implemented over [`Store`].

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_smithy_types::base64;
use codegen_rt::DateTime;
use ecr_server_sdk::ecr_types::error::*;
use ecr_server_sdk::ecr_types::model::*;
use ecr_server_sdk::{Context, Ecr};

use crate::store::{digest_of, CacheRule, PutImageOutcome, Repo, Store, StoreError};
use crate::upstream::{self, Upstream, UpstreamError};
use codegen_rt::sigv4::{self as auth, Keys};

/// Registry settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub account_id: String,
    pub region: String,
    /// How long pre-signed download URLs stay valid.
    pub url_expiry: Duration,
    /// The part size suggested to uploaders.
    pub part_size: i64,
    /// Keys that sign download URLs (the first one) and API requests.
    pub keys: Keys,
    /// Access key ids that may read but not change anything (ECR API and `/v2/`).
    pub read_only: std::collections::BTreeSet<String>,
    /// How often at most a pull by tag from a pull-through cache repository
    /// asks the upstream whether the tag has moved (ECR: every 24 hours).
    pub upstream_refresh: Duration,
    /// Credentials for upstream registries by the secret ARN a rule's
    /// `credentialArn` names (what Secrets Manager holds for ECR).
    pub upstream_secrets: std::collections::BTreeMap<String, upstream::Credentials>,
}

/// The ECR business logic.
pub struct Registry {
    store: Arc<Store>,
    settings: Settings,
    upstream: Upstream,
    urls: SignedUrls,
    in_flight: InFlight,
    /// The last lifecycle preview of each repository.
    previews: std::sync::Mutex<std::collections::HashMap<String, Preview>>,
}

/// A lifecycle preview: the policy tried and what it would expire.
#[derive(Clone)]
struct Preview {
    text: String,
    expiring: Vec<(crate::store::ImageDetail, i64)>,
}

/// The error of a policy that does not validate.
fn policy_invalid<E: From<InvalidParameterException>>(why: &str) -> E {
    invalid(format!(
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: {why}'"
    ))
}

/// What `text` expires among `images` now: each image and the priority of
/// the rule that expires it, oldest first.
fn expiring(
    policy: &crate::lifecycle::Policy,
    images: Vec<crate::store::ImageDetail>,
) -> Vec<(crate::store::ImageDetail, i64)> {
    let candidates: Vec<crate::lifecycle::Candidate> = images
        .iter()
        .map(|i| crate::lifecycle::Candidate {
            digest: i.digest.clone(),
            tags: i.tags.clone(),
            pushed_at: i.pushed_at,
        })
        .collect();
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    crate::lifecycle::evaluate(policy, &candidates, now)
        .into_iter()
        .map(|(i, priority)| (images[i].clone(), priority))
        .collect()
}

/// Upstream fetches under way, by what they fetch: a request for something
/// another request is fetching waits for that one and then finds it stored,
/// so a crowd pulling a new image costs the upstream one download of each part.
#[derive(Default)]
struct InFlight(std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Mutex<()>>>>);

/// The right to fetch one thing; the next waiting request gets it on drop.
struct Turn<'a> {
    in_flight: &'a InFlight,
    key: String,
    lock: Arc<tokio::sync::Mutex<()>>,
    _held: tokio::sync::OwnedMutexGuard<()>,
}

impl InFlight {
    async fn turn(&self, key: String) -> Turn<'_> {
        let lock = Arc::clone(
            self.0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .entry(key.clone())
                .or_default(),
        );
        let held = Arc::clone(&lock).lock_owned().await;
        Turn {
            in_flight: self,
            key,
            lock,
            _held: held,
        }
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        // Those already waiting hold the lock and get their turn; a request
        // arriving later finds the result stored.
        let mut map = self.in_flight.0.lock().unwrap_or_else(|e| e.into_inner());
        if map
            .get(&self.key)
            .is_some_and(|l| Arc::ptr_eq(l, &self.lock))
        {
            map.remove(&self.key);
        }
    }
}

/// Download URLs signed lately, by host and path: one is handed out again
/// while at least nine tenths of its validity are left, so the many pulls of
/// a popular layer cost one signature per `url_expiry / 10`.
#[derive(Default)]
struct SignedUrls(std::sync::Mutex<std::collections::HashMap<String, (SystemTime, String)>>);

/// At most this many remembered URLs (then the memory starts over).
const SIGNED_URLS_MAX: usize = 16 * 1024;

/// Why a pull-through lookup failed.
#[derive(Debug)]
pub enum CacheError {
    Store(String),
    Upstream(UpstreamError),
}

/// At most this many pull-through cache rules.
const MAX_RULES: usize = 50;

fn msg(m: impl Into<String>) -> Option<String> {
    Some(m.into())
}

/// A storage failure as the operation's `ServerException`; never a panic.
fn server_error<E: From<ServerException>>(e: impl std::fmt::Display) -> E {
    tracing::error!(error = %e, "storage failure");
    E::from(ServerException {
        _meta: Default::default(),
        message: msg(format!("Internal storage failure: {e}")),
    })
}

fn repo_not_found<E: From<RepositoryNotFoundException>>(name: &str, registry: &str) -> E {
    E::from(RepositoryNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "The repository with name '{name}' does not exist in the registry with id '{registry}'"
        )),
    })
}

fn invalid<E: From<InvalidParameterException>>(m: impl Into<String>) -> E {
    E::from(InvalidParameterException {
        _meta: Default::default(),
        message: msg(m),
    })
}

fn host_of(cx: &Context) -> String {
    cx.parts
        .headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| cx.parts.uri.authority().map(|a| a.to_string()))
        .unwrap_or_else(|| "localhost".to_owned())
}

fn encode_token(s: &str) -> String {
    base64::encode(s.as_bytes())
}

fn decode_token(t: &str) -> Option<String> {
    base64::decode(t)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
}

/// The digests manifest text references (layers and config, or the images
/// of a list / index), or why it is not a manifest this registry stores.
pub fn manifest_references(text: &str) -> Result<Vec<String>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(match references(&value)? {
        References::Layers(v) | References::Images(v) => v,
    })
}

/// One page of a list kept whole in memory, by index: the items of the page
/// and the token of the next one (`nextToken` is the base64 of an index).
fn index_page<'a, T, E: From<InvalidParameterException>>(
    items: &'a [T],
    next_token: Option<&str>,
    max_results: Option<i32>,
) -> Result<(&'a [T], Option<String>), E> {
    let start = match next_token {
        Some(t) => decode_token(t)
            .and_then(|s| s.parse::<usize>().ok())
            .ok_or_else(|| {
                invalid::<E>("Invalid parameter at 'nextToken': the token is not valid")
            })?,
        None => 0,
    };
    let limit = max_results.unwrap_or(100).clamp(1, 1000) as usize;
    let end = start.saturating_add(limit).min(items.len());
    let next = (end < items.len()).then(|| encode_token(&end.to_string()));
    Ok((items.get(start..end).unwrap_or_default(), next))
}

/// Whether a filter's `tagStatus` (none: any) keeps an image that is
/// `tagged` or not (ListImages, DescribeImages, lifecycle previews).
fn keeps(status: Option<&TagStatus>, tagged: bool) -> bool {
    match status {
        Some(TagStatus::Tagged) => tagged,
        Some(TagStatus::Untagged) => !tagged,
        _ => true,
    }
}

/// The most tags a repository may have, as in ECR.
const MAX_REPO_TAGS: usize = 50;

/// Tags as ECR accepts them: keys of 1 to 128 characters that do not start
/// with `aws:`, values of at most 256.
fn check_tags<E: From<InvalidTagParameterException>>(
    tags: &[Tag],
) -> Result<Vec<(String, String)>, E> {
    let bad = |m: String| {
        E::from(InvalidTagParameterException {
            _meta: Default::default(),
            message: msg(m),
        })
    };
    let mut out = Vec::new();
    for t in tags {
        if t.key.is_empty() || t.key.chars().count() > 128 {
            return Err(bad(format!(
                "The tag key '{}' must be 1 to 128 characters",
                t.key
            )));
        }
        if t.key.to_ascii_lowercase().starts_with("aws:") {
            return Err(bad(format!(
                "The tag key '{}' uses the reserved prefix 'aws:'",
                t.key
            )));
        }
        if t.value.chars().count() > 256 {
            return Err(bad(format!(
                "The value of tag '{}' is longer than 256 characters",
                t.key
            )));
        }
        out.push((t.key.clone(), t.value.clone()));
    }
    Ok(out)
}

/// Why a manifest was not stored (the layers missing are an outcome of the store).
#[derive(Debug)]
pub enum ManifestError {
    DigestMismatch { given: String, actual: String },
    Invalid(String),
    MissingImages(Vec<String>),
    Store(String),
}

/// The layer (and config) digests a Docker v2 / OCI image manifest references,
/// or the image digests a manifest list / index references.
enum References {
    Layers(Vec<String>),
    Images(Vec<String>),
}

/// A manifest's media type: the one it was sent with, else its own
/// `mediaType`, else Docker v2 schema 2 (which may leave it out).
fn media_type_of(declared: Option<String>, manifest: &serde_json::Value) -> String {
    declared
        .or_else(|| {
            manifest
                .get("mediaType")
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "application/vnd.docker.distribution.manifest.v2+json".to_owned())
}

fn references(manifest: &serde_json::Value) -> Result<References, String> {
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

impl Registry {
    pub fn new(store: Arc<Store>, settings: Settings, upstream: Upstream) -> Self {
        Self {
            store,
            settings,
            upstream,
            urls: SignedUrls::default(),
            previews: std::sync::Mutex::default(),
            in_flight: InFlight::default(),
        }
    }

    /// A pre-signed `GET http://{host}{path}`, valid for at least nine tenths
    /// of `url_expiry` (see [`SignedUrls`]).
    fn download_url(&self, host: &str, path: &str) -> Result<String, String> {
        let now = SystemTime::now();
        let key = format!("{host}{path}");
        let reuse_for = self.settings.url_expiry / 10;
        {
            let urls = self.urls.0.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((signed_at, url)) = urls.get(&key) {
                if now
                    .duration_since(*signed_at)
                    .is_ok_and(|age| age < reuse_for)
                {
                    return Ok(url.clone());
                }
            }
        }
        let url = auth::presign(
            &self.settings.keys,
            &self.settings.region,
            host,
            path,
            self.settings.url_expiry,
            now,
        )?;
        let mut urls = self.urls.0.lock().unwrap_or_else(|e| e.into_inner());
        if urls.len() >= SIGNED_URLS_MAX {
            urls.clear();
        }
        urls.insert(key, (now, url.clone()));
        Ok(url)
    }

    /// Runs storage work off the async threads (errors as text).
    pub async fn run<T, F>(&self, f: F) -> Result<T, String>
    where
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let store = Arc::clone(&self.store);
        match tokio::task::spawn_blocking(move || f(&store)).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(e.to_string()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// The pull-through cache rule covering repository `name` (the longest
    /// prefix wins) and the upstream repository it mirrors.
    pub async fn rule_for(&self, name: &str) -> Result<Option<(CacheRule, String)>, String> {
        let rules = self.run(|s| s.rules()).await?;
        Ok(rules
            .into_iter()
            .filter_map(|r| r.upstream_repo(name).map(|u| (r, u)))
            .max_by_key(|(r, _)| {
                if r.prefix == "ROOT" {
                    0
                } else {
                    r.prefix.len()
                }
            }))
    }

    /// The upstream address of a rule (validated when the rule was created)
    /// and the credentials its secret holds.
    fn upstream_of(
        &self,
        rule: &CacheRule,
    ) -> Result<(String, Option<&upstream::Credentials>), CacheError> {
        let base = upstream::base_url(&rule.url)
            .map_err(|e| CacheError::Upstream(UpstreamError::Io(e)))?;
        let credentials = match &rule.credential_arn {
            Some(arn) => Some(self.settings.upstream_secrets.get(arn).ok_or_else(|| {
                CacheError::Upstream(UpstreamError::MissingSecret { arn: arn.clone() })
            })?),
            None => None,
        };
        Ok((base, credentials))
    }

    /// Repository `name`; one a pull-through cache rule covers is created on first use.
    pub async fn repository_or_cache(&self, name: &str) -> Result<Option<Repo>, String> {
        let n = name.to_owned();
        if let Some(r) = self.run(move |s| s.repository(&n)).await? {
            return Ok(Some(r));
        }
        if self.rule_for(name).await?.is_none() {
            return Ok(None);
        }
        self.cache_repo(name).await.map(Some)
    }

    /// Repository `name`, which a pull-through cache rule covers, created if it is not there yet.
    async fn cache_repo(&self, name: &str) -> Result<Repo, String> {
        let n = name.to_owned();
        self.run(move |s| {
            s.create_repository(&n, "MUTABLE", false, "AES256", None)?;
            s.repository(&n)
        })
        .await?
        .ok_or_else(|| format!("repository '{name}' vanished"))
    }

    /// Image `digest` or `tag` of `name`; in a pull-through cache repository an
    /// image not cached yet is fetched from the upstream and stored, and a
    /// cached tag is compared with the upstream's once per `upstream_refresh`
    /// (moved when the upstream's has moved; kept when the upstream cannot say).
    pub async fn image_or_cache(
        &self,
        name: &str,
        digest: Option<&str>,
        tag: Option<&str>,
    ) -> Result<Option<crate::store::Image>, CacheError> {
        let local = self.local_image(name, digest, tag).await?;
        // A digest names the same bytes forever; only a tag can move.
        let refresh = tag.filter(|_| digest.is_none());
        if local.is_some() && refresh.is_none() {
            return Ok(local);
        }
        let Some((rule, up_repo)) = self.rule_for(name).await.map_err(CacheError::Store)? else {
            return Ok(local);
        };
        let Some(reference) = digest.or(tag) else {
            return Ok(None);
        };
        let _turn = self
            .in_flight
            .turn(format!("manifest {name} {reference}"))
            .await;
        // What another request fetched while this one waited counts.
        let Some(cached) = self.local_image(name, digest, tag).await? else {
            let fetched = self
                .fetch_manifest(name, &rule, &up_repo, reference, tag)
                .await?;
            if let Some(t) = tag {
                self.mark_checked(name, t).await?;
            }
            return Ok(fetched);
        };
        let Some(t) = refresh else {
            return Ok(Some(cached));
        };
        let (n, tt, window) = (
            name.to_owned(),
            t.to_owned(),
            self.settings.upstream_refresh,
        );
        if self
            .run(move |s| s.upstream_checked_within(&n, &tt, window))
            .await
            .map_err(CacheError::Store)?
        {
            return Ok(Some(cached));
        }
        let fresh = match self.fetch_manifest(name, &rule, &up_repo, t, Some(t)).await {
            Ok(Some(fresh)) => {
                if fresh.digest != cached.digest {
                    tracing::info!(
                        repository = name,
                        tag = t,
                        from = %cached.digest,
                        to = %fresh.digest,
                        "the upstream moved the tag"
                    );
                }
                fresh
            }
            // The upstream no longer has the tag: the cached image stays.
            Ok(None) => cached,
            // The upstream is out of reach or misbehaves: a pull still
            // succeeds with what is cached, and asks again next period.
            Err(CacheError::Upstream(e)) => {
                tracing::warn!(repository = name, tag = t, error = %e, "cannot compare a cached tag with the upstream");
                cached
            }
            Err(e) => return Err(e),
        };
        self.mark_checked(name, t).await?;
        Ok(Some(fresh))
    }

    /// Image `digest` or `tag` of `name` as stored here.
    async fn local_image(
        &self,
        name: &str,
        digest: Option<&str>,
        tag: Option<&str>,
    ) -> Result<Option<crate::store::Image>, CacheError> {
        let (n, d, t) = (
            name.to_owned(),
            digest.map(str::to_owned),
            tag.map(str::to_owned),
        );
        self.run(move |s| s.image(&n, d.as_deref(), t.as_deref()))
            .await
            .map_err(CacheError::Store)
    }

    /// The size of layer `digest` of `name` as stored here.
    async fn local_layer(&self, name: &str, digest: &str) -> Result<Option<u64>, CacheError> {
        let (n, d) = (name.to_owned(), digest.to_owned());
        self.run(move |s| s.layer(&n, &d))
            .await
            .map_err(CacheError::Store)
    }

    /// Records that tag `tag` of `name` was compared with the upstream now.
    async fn mark_checked(&self, name: &str, tag: &str) -> Result<(), CacheError> {
        let (n, t) = (name.to_owned(), tag.to_owned());
        self.run(move |s| s.mark_upstream_checked(&n, &t))
            .await
            .map_err(CacheError::Store)
    }

    /// Fetches manifest `reference` of `up_repo` at `rule`'s upstream and
    /// stores it in `name` (created if need be), tagged `tag`; `None` when the
    /// upstream does not have it.
    async fn fetch_manifest(
        &self,
        name: &str,
        rule: &CacheRule,
        up_repo: &str,
        reference: &str,
        tag: Option<&str>,
    ) -> Result<Option<crate::store::Image>, CacheError> {
        let (base, credentials) = self.upstream_of(rule)?;
        let Some(m) = self
            .upstream
            .manifest(
                &base,
                up_repo,
                reference,
                crate::oci::MANIFEST_LIMIT,
                credentials,
            )
            .await
            .map_err(CacheError::Upstream)?
        else {
            return Ok(None);
        };
        let invalid = |e: String| {
            CacheError::Upstream(UpstreamError::Io(format!(
                "the upstream manifest is not valid: {e}"
            )))
        };
        let text = String::from_utf8(m.bytes.to_vec()).map_err(|e| invalid(e.to_string()))?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let layers = match references(&value).map_err(invalid)? {
            References::Layers(l) => l,
            References::Images(_) => Vec::new(),
        };
        let declared = m.media_type.filter(|t| t.starts_with("application/vnd."));
        let media_type = media_type_of(declared, &value);
        let repo = self.cache_repo(name).await.map_err(CacheError::Store)?;
        let (d, t) = (m.digest.clone(), tag.map(str::to_owned));
        let n = name.to_owned();
        self.run(move |s| {
            let outcome =
                s.put_image(&repo, &d, &text, &media_type, t.as_deref(), &layers, false)?;
            if outcome == PutImageOutcome::TagImmutable {
                // A repository made before its rule, with immutable tags: the tag stays.
                return s.image(&n, None, t.as_deref());
            }
            s.image(&n, Some(&d), None)
        })
        .await
        .map_err(CacheError::Store)
    }

    /// The size of layer `digest` of `name`; in a pull-through cache repository
    /// a layer not cached yet is fetched from the upstream, its digest
    /// verified, and stored.
    pub async fn layer_or_cache(
        &self,
        name: &str,
        digest: &str,
    ) -> Result<Option<u64>, CacheError> {
        if let Some(size) = self.local_layer(name, digest).await? {
            return Ok(Some(size));
        }
        match self.rule_for(name).await.map_err(CacheError::Store)? {
            Some((rule, up_repo)) => self.fetch_layer(name, &rule, &up_repo, digest).await,
            None => Ok(None),
        }
    }

    /// Fetches layer `digest` of `name` from `up_repo` at `rule`'s upstream,
    /// verifies it and stores it (creating the repository); its size, or
    /// `None` when the upstream does not have it.
    async fn fetch_layer(
        &self,
        name: &str,
        rule: &CacheRule,
        up_repo: &str,
        digest: &str,
    ) -> Result<Option<u64>, CacheError> {
        let _turn = self.in_flight.turn(format!("layer {name} {digest}")).await;
        // Another request may have stored it while this one waited.
        if let Some(size) = self.local_layer(name, digest).await? {
            return Ok(Some(size));
        }
        let (base, credentials) = self.upstream_of(rule)?;
        self.cache_repo(name).await.map_err(CacheError::Store)?;
        let tmp = self.store.temp_file();
        let fetched = self
            .upstream
            .blob(&base, up_repo, digest, &tmp, credentials)
            .await;
        let size = match fetched {
            Ok(Some(size)) => size,
            Ok(None) => {
                let _ = tokio::fs::remove_file(&tmp).await;
                return Ok(None);
            }
            Err(e) => {
                let _ = tokio::fs::remove_file(&tmp).await;
                tracing::warn!(repository = name, digest, error = %e, "pull-through fetch failed");
                return Err(CacheError::Upstream(e));
            }
        };
        let (n, d) = (name.to_owned(), digest.to_owned());
        self.run(move |s| s.adopt(&n, &tmp, &d, size, None))
            .await
            .map_err(CacheError::Store)?;
        tracing::info!(
            repository = name,
            digest,
            size,
            "pulled through from upstream"
        );
        Ok(Some(size))
    }

    fn rule_out(&self, r: &CacheRule) -> PullThroughCacheRule {
        PullThroughCacheRule {
            ecr_repository_prefix: Some(r.prefix.clone()),
            upstream_registry_url: Some(r.url.clone()),
            created_at: Some(DateTime::from_secs_f64(r.created_at)),
            registry_id: Some(self.settings.account_id.clone()),
            credential_arn: r.credential_arn.clone(),
            upstream_repository_prefix: r.upstream_prefix.clone(),
            upstream_registry: r.registry_kind.as_deref().map(UpstreamRegistry::from),
            updated_at: Some(DateTime::from_secs_f64(r.updated_at)),
        }
    }

    fn check_registry<E: From<InvalidParameterException>>(
        &self,
        id: Option<&str>,
    ) -> Result<(), E> {
        match id {
            Some(id) if id != self.settings.account_id => Err(invalid(format!(
                "Invalid parameter at 'registryId': this registry is '{}'",
                self.settings.account_id
            ))),
            _ => Ok(()),
        }
    }

    /// The store (for the download handler).
    /// Records that an image was pulled (for DescribeImages'
    /// `lastRecordedPullTime`); a failure to write it fails no pull.
    pub async fn record_pull(&self, repo: &str, digest: &str) {
        if self.store.pull_due(repo, digest) {
            let (r, d) = (repo.to_owned(), digest.to_owned());
            if let Err(e) = self.run(move |s| s.write_pull(&r, &d)).await {
                tracing::warn!(error = %e, "could not record a pull");
            }
        }
    }

    /// Applies every repository's lifecycle policy: expires (deletes) the
    /// images it selects, and records when. Answers how many went.
    pub async fn apply_lifecycle(&self) -> Result<usize, String> {
        let policies = self.run(|s| s.lifecycle_policies()).await?;
        let mut expired = 0;
        for (repo, text) in policies {
            let Ok(policy) = crate::lifecycle::parse(&text) else {
                continue;
            };
            let r = repo.clone();
            let images = self.run(move |s| s.image_details(&r)).await?;
            let doomed: Vec<String> = expiring(&policy, images)
                .into_iter()
                .map(|(i, _)| i.digest)
                .collect();
            let r = repo.clone();
            expired += self
                .run(move |s| {
                    let mut n = 0;
                    for d in &doomed {
                        if s.delete_image(&r, Some(d), None)?.is_some() {
                            n += 1;
                        }
                    }
                    s.lifecycle_evaluated(&r)?;
                    Ok(n)
                })
                .await?;
            tracing::info!(repository = %repo, expired, "lifecycle policy applied");
        }
        Ok(expired)
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Runs storage work off the async threads.
    async fn blocking<T, F>(&self, f: F) -> Result<T, ServerException>
    where
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        self.run(f).await.map_err(server_error)
    }

    /// The repository, checking the registry id.
    async fn repo<E>(&self, registry_id: Option<&str>, name: &str) -> Result<Repo, E>
    where
        E: From<ServerException> + From<RepositoryNotFoundException>,
    {
        let registry = registry_id.unwrap_or(&self.settings.account_id).to_owned();
        if registry != self.settings.account_id {
            return Err(repo_not_found(name, &registry));
        }
        let n = name.to_owned();
        match self.blocking(move |s| s.repository(&n)).await? {
            Some(r) => Ok(r),
            None => Err(repo_not_found(name, &registry)),
        }
    }

    /// `LifecyclePolicyNotFoundException` for `repo`.
    fn no_policy<E: From<LifecyclePolicyNotFoundException>>(&self, repo: &str) -> E {
        E::from(LifecyclePolicyNotFoundException {
            _meta: Default::default(),
            message: msg(format!(
                "Lifecycle policy does not exist for the repository with name '{repo}' in the registry with id '{}'",
                self.settings.account_id
            )),
        })
    }

    /// The repository an ARN names (`arn:aws:ecr:REGION:ACCOUNT:repository/NAME`).
    async fn repo_of_arn<E>(&self, arn: &str) -> Result<Repo, E>
    where
        E: From<ServerException>
            + From<RepositoryNotFoundException>
            + From<InvalidParameterException>,
    {
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let name = match parts.as_slice() {
            ["arn", _, "ecr", _, _, resource] => resource.strip_prefix("repository/"),
            _ => None,
        };
        let (Some(name), Some(account)) = (name.filter(|n| !n.is_empty()), parts.get(4)) else {
            return Err(invalid(format!(
                "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN' ({arn})"
            )));
        };
        if parts.get(3) != Some(&self.settings.region.as_str()) {
            return Err(invalid(format!(
                "Invalid parameter at 'resourceArn': this registry is in region '{}'",
                self.settings.region
            )));
        }
        self.repo::<E>(Some(account), name).await
    }

    fn describe(&self, r: &Repo, host: &str) -> Repository {
        Repository {
            repository_arn: Some(format!(
                "arn:aws:ecr:{}:{}:repository/{}",
                self.settings.region, self.settings.account_id, r.name
            )),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(r.name.clone()),
            repository_uri: Some(format!("{host}/{}", r.name)),
            created_at: Some(DateTime::from_secs_f64(r.created_at)),
            image_tag_mutability: Some(ImageTagMutability::from(r.tag_mutability.as_str())),
            image_scanning_configuration: Some(ImageScanningConfiguration {
                scan_on_push: r.scan_on_push,
            }),
            encryption_configuration: Some(EncryptionConfiguration {
                encryption_type: EncryptionType::from(r.encryption_type.as_str()),
                kms_key: r.kms_key.clone(),
            }),
        }
    }

    fn failure(
        id: &ImageIdentifier,
        code: ImageFailureCode,
        reason: impl Into<String>,
    ) -> ImageFailure {
        ImageFailure {
            image_id: Some(id.clone()),
            failure_code: Some(code),
            failure_reason: msg(reason),
        }
    }

    /// Checks and stores an image manifest for PutImage and `/v2/` manifest
    /// pushes alike: its digest (against `given_digest` when there is one), its
    /// JSON, and what it references (layers, or images for a list / index).
    /// Returns the digest, the media type and what the store did.
    pub async fn store_manifest(
        &self,
        repo: &Repo,
        manifest: &str,
        media_type: Option<&str>,
        tag: Option<&str>,
        given_digest: Option<&str>,
    ) -> Result<(String, String, PutImageOutcome), ManifestError> {
        let digest = digest_of(manifest.as_bytes());
        if let Some(given) = given_digest {
            if !given.eq_ignore_ascii_case(&digest) {
                return Err(ManifestError::DigestMismatch {
                    given: given.to_owned(),
                    actual: digest,
                });
            }
        }
        let value: serde_json::Value = serde_json::from_str(manifest)
            .map_err(|e| ManifestError::Invalid(format!("'Invalid JSON syntax' ({e})")))?;
        let declared = media_type.filter(|m| !m.is_empty()).map(str::to_owned);
        let media_type = media_type_of(declared, &value);
        let layers = match references(&value).map_err(ManifestError::Invalid)? {
            References::Layers(l) => l,
            References::Images(images) => {
                let (r, wanted) = (repo.name.clone(), images);
                let missing = self
                    .run(move |s| {
                        let mut missing = Vec::new();
                        for d in wanted {
                            if s.image(&r, Some(&d), None)?.is_none() {
                                missing.push(d);
                            }
                        }
                        Ok(missing)
                    })
                    .await
                    .map_err(ManifestError::Store)?;
                if !missing.is_empty() {
                    return Err(ManifestError::MissingImages(missing));
                }
                Vec::new()
            }
        };
        let (r, d, m, mt, tag) = (
            repo.clone(),
            digest.clone(),
            manifest.to_owned(),
            media_type.clone(),
            tag.map(str::to_owned),
        );
        let outcome = self
            .run(move |s| s.put_image(&r, &d, &m, &mt, tag.as_deref(), &layers, true))
            .await
            .map_err(ManifestError::Store)?;
        Ok((digest, media_type, outcome))
    }

    fn image_id(digest: &str, tag: Option<&str>) -> ImageIdentifier {
        ImageIdentifier {
            image_digest: Some(digest.to_owned()),
            image_tag: tag.map(str::to_owned),
        }
    }
}

impl Ecr for Registry {
    async fn create_repository(
        &self,
        input: CreateRepositoryRequest,
        cx: Context,
    ) -> Result<CreateRepositoryResponse, CreateRepositoryError> {
        if let Some(id) = &input.registry_id {
            if *id != self.settings.account_id {
                return Err(invalid(format!(
                    "Invalid parameter at 'registryId': this registry is '{}'",
                    self.settings.account_id
                )));
            }
        }
        let mutability = input
            .image_tag_mutability
            .as_ref()
            .map_or("MUTABLE", ImageTagMutability::as_str)
            .to_owned();
        let scan = input
            .image_scanning_configuration
            .as_ref()
            .is_some_and(|c| c.scan_on_push);
        let (enc, kms) = match &input.encryption_configuration {
            Some(c) => (c.encryption_type.as_str().to_owned(), c.kms_key.clone()),
            None => ("AES256".to_owned(), None),
        };
        let tags = check_tags::<CreateRepositoryError>(input.tags.as_deref().unwrap_or_default())?;
        if tags.len() > MAX_REPO_TAGS {
            return Err(CreateRepositoryError::TooManyTagsException(
                TooManyTagsException {
                    _meta: Default::default(),
                    message: msg(format!("A repository has at most {MAX_REPO_TAGS} tags")),
                },
            ));
        }
        let name = input.repository_name.clone();
        let created = self
            .blocking(move |s| {
                let created =
                    s.create_repository(&name, &mutability, scan, &enc, kms.as_deref())?;
                if created.is_some() && !tags.is_empty() {
                    s.tag_repo(&name, &tags, MAX_REPO_TAGS)?;
                }
                Ok(created)
            })
            .await?;
        match created {
            Some(r) => Ok(CreateRepositoryResponse {
                _meta: Default::default(),
                repository: Some(self.describe(&r, &host_of(&cx))),
            }),
            None => Err(CreateRepositoryError::RepositoryAlreadyExistsException(
                RepositoryAlreadyExistsException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "The repository with name '{}' already exists in the registry with id '{}'",
                        input.repository_name, self.settings.account_id
                    )),
                },
            )),
        }
    }

    async fn describe_repositories(
        &self,
        input: DescribeRepositoriesRequest,
        cx: Context,
    ) -> Result<DescribeRepositoriesResponse, DescribeRepositoriesError> {
        let host = host_of(&cx);
        if let Some(names) = &input.repository_names {
            if input.next_token.is_some() || input.max_results.is_some() {
                return Err(invalid("Invalid parameter: repositoryNames cannot be combined with nextToken or maxResults"));
            }
            let mut out = Vec::new();
            for n in names {
                out.push(
                    self.describe(
                        &self
                            .repo::<DescribeRepositoriesError>(input.registry_id.as_deref(), n)
                            .await?,
                        &host,
                    ),
                );
            }
            return Ok(DescribeRepositoriesResponse {
                _meta: Default::default(),
                repositories: Some(out),
                next_token: None,
            });
        }
        if input
            .registry_id
            .as_deref()
            .is_some_and(|r| r != self.settings.account_id)
        {
            return Ok(DescribeRepositoriesResponse {
                _meta: Default::default(),
                repositories: Some(Vec::new()),
                next_token: None,
            });
        }
        let after = match &input.next_token {
            Some(t) => Some(decode_token(t).ok_or_else(|| {
                invalid::<DescribeRepositoriesError>(
                    "Invalid parameter at 'nextToken': the token is not valid",
                )
            })?),
            None => None,
        };
        let limit = input.max_results.unwrap_or(100).clamp(1, 1000) as usize;
        let page = self
            .blocking(move |s| s.repositories(after.as_deref(), limit + 1))
            .await?;
        let more = page.len() > limit;
        let page = &page[..page.len().min(limit)];
        Ok(DescribeRepositoriesResponse {
            _meta: Default::default(),
            next_token: more.then(|| encode_token(&page[page.len() - 1].name)),
            repositories: Some(page.iter().map(|r| self.describe(r, &host)).collect()),
        })
    }

    async fn delete_repository(
        &self,
        input: DeleteRepositoryRequest,
        cx: Context,
    ) -> Result<DeleteRepositoryResponse, DeleteRepositoryError> {
        let repo = self
            .repo::<DeleteRepositoryError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let (name, force) = (repo.name.clone(), input.force);
        match self.blocking(move |s| s.delete_repository(&name, force)).await? {
            Ok(()) => Ok(DeleteRepositoryResponse {
                _meta: Default::default(),
                repository: Some(self.describe(&repo, &host_of(&cx))),
            }),
            Err(()) => Err(DeleteRepositoryError::RepositoryNotEmptyException(RepositoryNotEmptyException {
                _meta: Default::default(),
                message: msg(format!(
                    "The repository with name '{}' in registry with id '{}' cannot be deleted because it still contains images",
                    repo.name, self.settings.account_id
                )),
            })),
        }
    }

    async fn initiate_layer_upload(
        &self,
        input: InitiateLayerUploadRequest,
        _cx: Context,
    ) -> Result<InitiateLayerUploadResponse, InitiateLayerUploadError> {
        let repo = self
            .repo::<InitiateLayerUploadError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let id = self.blocking(move |s| s.new_upload(&repo.name)).await?;
        Ok(InitiateLayerUploadResponse {
            _meta: Default::default(),
            upload_id: Some(id),
            part_size: Some(self.settings.part_size),
        })
    }

    async fn upload_layer_part(
        &self,
        input: UploadLayerPartRequest,
        _cx: Context,
    ) -> Result<UploadLayerPartResponse, UploadLayerPartError> {
        let repo = self
            .repo::<UploadLayerPartError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let (r, id) = (repo.name.clone(), input.upload_id.clone());
        let received = self.blocking(move |s| s.upload_received(&r, &id)).await?;
        let Some(received) = received else {
            return Err(UploadLayerPartError::UploadNotFoundException(
                UploadNotFoundException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "Upload with id '{}' is not found in repository '{}'",
                        input.upload_id, repo.name
                    )),
                },
            ));
        };
        let data = input.layer_part_blob.into_inner();
        let first = input.part_first_byte;
        let last = input.part_last_byte;
        let in_order = first >= 0 && first as u64 == received;
        let consistent =
            !data.is_empty() && last >= first && (last - first + 1) as u64 == data.len() as u64;
        if !in_order || !consistent {
            let why = if !in_order {
                format!("the part must start at byte {received}, not {first}")
            } else {
                format!(
                    "the range {first}-{last} does not match the {} bytes sent",
                    data.len()
                )
            };
            return Err(UploadLayerPartError::InvalidLayerPartException(
                InvalidLayerPartException {
                    _meta: Default::default(),
                    registry_id: Some(self.settings.account_id.clone()),
                    repository_name: Some(repo.name.clone()),
                    upload_id: Some(input.upload_id.clone()),
                    last_valid_byte_received: Some(received as i64 - 1),
                    message: msg(format!("Invalid layer part: {why}")),
                },
            ));
        }
        let id = input.upload_id.clone();
        let total = self
            .blocking(move |s| s.append_part(&id, received, &data))
            .await?;
        Ok(UploadLayerPartResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            upload_id: Some(input.upload_id),
            last_byte_received: Some(total as i64 - 1),
        })
    }

    async fn complete_layer_upload(
        &self,
        input: CompleteLayerUploadRequest,
        _cx: Context,
    ) -> Result<CompleteLayerUploadResponse, CompleteLayerUploadError> {
        type E = CompleteLayerUploadError;
        let repo = self
            .repo::<E>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let (r, id) = (repo.name.clone(), input.upload_id.clone());
        let Some(received) = self.blocking(move |s| s.upload_received(&r, &id)).await? else {
            return Err(E::UploadNotFoundException(UploadNotFoundException {
                _meta: Default::default(),
                message: msg(format!(
                    "Upload with id '{}' is not found in repository '{}'",
                    input.upload_id, repo.name
                )),
            }));
        };
        if received == 0 {
            return Err(E::EmptyUploadException(EmptyUploadException {
                _meta: Default::default(),
                message: msg(format!(
                    "Upload with id '{}' contains no data",
                    input.upload_id
                )),
            }));
        }
        let [expected] = input.layer_digests.as_slice() else {
            return Err(invalid(
                "Invalid parameter at 'layerDigests': exactly one digest is supported per upload",
            ));
        };
        let id = input.upload_id.clone();
        let actual = self.blocking(move |s| s.hash_upload(&id, received)).await?;
        if !actual.eq_ignore_ascii_case(expected) {
            return Err(E::InvalidLayerException(InvalidLayerException {
                _meta: Default::default(),
                message: msg(format!("The layer digest calculated for the upload, '{actual}', does not match '{expected}'")),
            }));
        }
        let (r, id, d) = (repo.name.clone(), input.upload_id.clone(), actual.clone());
        if !self
            .blocking(move |s| s.finish_upload(&r, &id, &d, received))
            .await?
        {
            return Err(E::LayerAlreadyExistsException(
                LayerAlreadyExistsException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "Layer '{actual}' already exists in repository '{}'",
                        repo.name
                    )),
                },
            ));
        }
        Ok(CompleteLayerUploadResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            upload_id: Some(input.upload_id),
            layer_digest: Some(actual),
        })
    }

    async fn batch_check_layer_availability(
        &self,
        input: BatchCheckLayerAvailabilityRequest,
        _cx: Context,
    ) -> Result<BatchCheckLayerAvailabilityResponse, BatchCheckLayerAvailabilityError> {
        let repo = self
            .repo::<BatchCheckLayerAvailabilityError>(
                input.registry_id.as_deref(),
                &input.repository_name,
            )
            .await?;
        let digests = input.layer_digests.clone();
        let found = self
            .blocking(move |s| {
                digests
                    .iter()
                    .map(|d| s.layer(&repo.name, d))
                    .collect::<Result<Vec<_>, _>>()
            })
            .await?;
        let mut layers = Vec::new();
        let mut failures = Vec::new();
        for (d, size) in input.layer_digests.iter().zip(found) {
            match size {
                Some(n) => layers.push(Layer {
                    layer_digest: Some(d.clone()),
                    layer_availability: Some(LayerAvailability::Available),
                    layer_size: Some(n as i64),
                    media_type: Some("application/vnd.docker.image.rootfs.diff.tar.gzip".into()),
                }),
                None => failures.push(LayerFailure {
                    layer_digest: Some(d.clone()),
                    failure_code: Some(LayerFailureCode::MissingLayerDigest),
                    failure_reason: msg("Could not find layer"),
                }),
            }
        }
        Ok(BatchCheckLayerAvailabilityResponse {
            _meta: Default::default(),
            layers: Some(layers),
            failures: Some(failures),
        })
    }

    async fn put_image(
        &self,
        input: PutImageRequest,
        _cx: Context,
    ) -> Result<PutImageResponse, PutImageError> {
        type E = PutImageError;
        let repo = self
            .repo::<E>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let stored = self
            .store_manifest(
                &repo,
                &input.image_manifest,
                input.image_manifest_media_type.as_deref(),
                input.image_tag.as_deref(),
                input.image_digest.as_deref(),
            )
            .await;
        let (digest, media_type, outcome) = match stored {
            Ok(s) => s,
            Err(ManifestError::DigestMismatch { given, actual }) => {
                return Err(E::ImageDigestDoesNotMatchException(ImageDigestDoesNotMatchException {
                    _meta: Default::default(),
                    message: msg(format!("Invalid parameter at 'imageDigest': '{given}' is not the digest of the manifest ('{actual}')")),
                }))
            }
            Err(ManifestError::Invalid(e)) => {
                return Err(invalid(format!(
                    "Invalid parameter at 'imageManifest' failed to satisfy constraint: {e}"
                )))
            }
            Err(ManifestError::MissingImages(images)) => {
                return Err(E::ReferencedImagesNotFoundException(ReferencedImagesNotFoundException {
                    _meta: Default::default(),
                    message: msg(format!("The images '[{}]' referenced by the manifest list do not exist", images.join(", "))),
                }))
            }
            Err(ManifestError::Store(e)) => return Err(server_error(e)),
        };
        match outcome {
            PutImageOutcome::Stored => Ok(PutImageResponse {
                _meta: Default::default(),
                image: Some(Image {
                    registry_id: Some(self.settings.account_id.clone()),
                    repository_name: Some(repo.name),
                    image_id: Some(Self::image_id(&digest, input.image_tag.as_deref())),
                    image_manifest: Some(input.image_manifest),
                    image_manifest_media_type: Some(media_type),
                }),
            }),
            PutImageOutcome::AlreadyExists => Err(E::ImageAlreadyExistsException(ImageAlreadyExistsException {
                _meta: Default::default(),
                message: msg(format!(
                    "Image with digest '{digest}' and tag '{}' already exists in the repository with name '{}' in registry with id '{}'",
                    input.image_tag.unwrap_or_default(), repo.name, self.settings.account_id
                )),
            })),
            PutImageOutcome::TagImmutable => Err(E::ImageTagAlreadyExistsException(ImageTagAlreadyExistsException {
                _meta: Default::default(),
                message: msg(format!(
                    "The image tag '{}' already exists in the '{}' repository and cannot be overwritten because the repository is immutable.",
                    input.image_tag.unwrap_or_default(), repo.name
                )),
            })),
            PutImageOutcome::MissingLayers(missing) => Err(E::LayersNotFoundException(LayersNotFoundException {
                _meta: Default::default(),
                message: msg(format!(
                    "Layers with digests '[{}]' required for pushing image into repository with name '{}' in the registry with id '{}' do not exist",
                    missing.join(", "), repo.name, self.settings.account_id
                )),
            })),
        }
    }

    async fn batch_get_image(
        &self,
        input: BatchGetImageRequest,
        _cx: Context,
    ) -> Result<BatchGetImageResponse, BatchGetImageError> {
        type E = BatchGetImageError;
        self.check_registry::<E>(input.registry_id.as_deref())?;
        let name = &input.repository_name;
        let Some(repo) = self
            .repository_or_cache(name)
            .await
            .map_err(server_error::<E>)?
        else {
            return Err(repo_not_found(name, &self.settings.account_id));
        };
        let mut images = Vec::new();
        let mut failures = Vec::new();
        for id in &input.image_ids {
            let (d, t) = (id.image_digest.as_deref(), id.image_tag.as_deref());
            if d.is_none() && t.is_none() {
                failures.push(Self::failure(
                    id,
                    ImageFailureCode::MissingDigestAndTag,
                    "Missing image digest and tag",
                ));
                continue;
            }
            let found = match self.image_or_cache(&repo.name, d, t).await {
                Ok(found) => found,
                Err(CacheError::Store(e)) => return Err(server_error(e)),
                Err(CacheError::Upstream(e)) => {
                    return Err(E::UnableToGetUpstreamImageException(
                        UnableToGetUpstreamImageException {
                            _meta: Default::default(),
                            message: msg(format!(
                                "Unable to get image '{}' for repository '{}' from its upstream registry: {e}",
                                d.or(t).unwrap_or_default(),
                                repo.name
                            )),
                        },
                    ))
                }
            };
            match found {
                Some(img) => {
                    self.record_pull(&repo.name, &img.digest).await;
                    if let Some(accepted) = &input.accepted_media_types {
                        if !accepted.contains(&img.media_type) {
                            failures.push(Self::failure(
                                id,
                                ImageFailureCode::Unknown("UnsupportedImageType".into()),
                                format!(
                                    "The manifest's media type '{}' is not accepted",
                                    img.media_type
                                ),
                            ));
                            continue;
                        }
                    }
                    images.push(Image {
                        registry_id: Some(self.settings.account_id.clone()),
                        repository_name: Some(repo.name.clone()),
                        image_id: Some(Self::image_id(&img.digest, id.image_tag.as_deref())),
                        image_manifest: Some(img.manifest),
                        image_manifest_media_type: Some(img.media_type),
                    })
                }
                None => failures.push(Self::failure(
                    id,
                    ImageFailureCode::ImageNotFound,
                    "Requested image not found",
                )),
            }
        }
        Ok(BatchGetImageResponse {
            _meta: Default::default(),
            images: Some(images),
            failures: Some(failures),
        })
    }

    async fn list_images(
        &self,
        input: ListImagesRequest,
        _cx: Context,
    ) -> Result<ListImagesResponse, ListImagesError> {
        let repo = self
            .repo::<ListImagesError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let all = self.blocking(move |s| s.image_ids(&repo.name)).await?;
        let status = input.filter.as_ref().and_then(|f| f.tag_status.as_ref());
        let ids: Vec<ImageIdentifier> = all
            .iter()
            .filter(|(_, tag)| keeps(status, tag.is_some()))
            .map(|(d, t)| Self::image_id(d, t.as_deref()))
            .collect();
        let (page, next_token) =
            index_page::<_, ListImagesError>(&ids, input.next_token.as_deref(), input.max_results)?;
        Ok(ListImagesResponse {
            _meta: Default::default(),
            image_ids: Some(page.to_vec()),
            next_token,
        })
    }

    async fn describe_images(
        &self,
        input: DescribeImagesRequest,
        _cx: Context,
    ) -> Result<DescribeImagesResponse, DescribeImagesError> {
        let repo = self
            .repo::<DescribeImagesError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let name = repo.name.clone();
        let all = self.blocking(move |s| s.image_details(&name)).await?;
        let chosen: Vec<&crate::store::ImageDetail> = match &input.image_ids {
            None => all.iter().collect(),
            Some(ids) => {
                let mut chosen: Vec<&crate::store::ImageDetail> = Vec::new();
                for id in ids {
                    let found = all.iter().find(|i| {
                        id.image_digest.as_deref().is_none_or(|d| d == i.digest)
                            && id
                                .image_tag
                                .as_deref()
                                .is_none_or(|t| i.tags.iter().any(|x| x == t))
                            && (id.image_digest.is_some() || id.image_tag.is_some())
                    });
                    let Some(found) = found else {
                        return Err(DescribeImagesError::ImageNotFoundException(
                            ImageNotFoundException {
                                _meta: Default::default(),
                                message: msg(format!(
                                    "The image with imageId {{imageDigest:'{}', imageTag:'{}'}} does not exist within the repository with name '{}' in the registry with id '{}'",
                                    id.image_digest.as_deref().unwrap_or("null"),
                                    id.image_tag.as_deref().unwrap_or("null"),
                                    repo.name,
                                    self.settings.account_id
                                )),
                            },
                        ));
                    };
                    if !chosen.iter().any(|c| c.digest == found.digest) {
                        chosen.push(found);
                    }
                }
                chosen
            }
        };
        let status = input.filter.as_ref().and_then(|f| f.tag_status.as_ref());
        let details: Vec<ImageDetail> = chosen
            .into_iter()
            .filter(|i| keeps(status, !i.tags.is_empty()))
            .map(|i| {
                let v: serde_json::Value = serde_json::from_str(&i.manifest).unwrap_or_default();
                // Layers as stored (compressed); an index has none of its own.
                let size = v["layers"].as_array().map(|layers| {
                    layers
                        .iter()
                        .filter_map(|l| l["size"].as_i64())
                        .sum::<i64>()
                });
                let artifact = v["artifactType"]
                    .as_str()
                    .or_else(|| v["config"]["mediaType"].as_str())
                    .map(str::to_owned);
                ImageDetail {
                    registry_id: Some(self.settings.account_id.clone()),
                    repository_name: Some(repo.name.clone()),
                    image_digest: Some(i.digest.clone()),
                    image_tags: (!i.tags.is_empty()).then(|| i.tags.clone()),
                    image_size_in_bytes: size,
                    image_pushed_at: Some(DateTime::from_secs_f64(i.pushed_at)),
                    image_manifest_media_type: Some(i.media_type.clone()),
                    artifact_media_type: artifact,
                    last_recorded_pull_time: i.last_pull.map(DateTime::from_secs_f64),
                }
            })
            .collect();
        let (page, next_token) = index_page::<_, DescribeImagesError>(
            &details,
            input.next_token.as_deref(),
            input.max_results,
        )?;
        Ok(DescribeImagesResponse {
            _meta: Default::default(),
            image_details: Some(page.to_vec()),
            next_token,
        })
    }

    async fn put_image_tag_mutability(
        &self,
        input: PutImageTagMutabilityRequest,
        _cx: Context,
    ) -> Result<PutImageTagMutabilityResponse, PutImageTagMutabilityError> {
        let repo = self
            .repo::<PutImageTagMutabilityError>(
                input.registry_id.as_deref(),
                &input.repository_name,
            )
            .await?;
        let value = input.image_tag_mutability.as_str().to_owned();
        let (n, v) = (repo.name.clone(), value.clone());
        if !self.blocking(move |s| s.set_tag_mutability(&n, &v)).await? {
            // Deleted meanwhile: as if it had never been there.
            return Err(PutImageTagMutabilityError::RepositoryNotFoundException(
                RepositoryNotFoundException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "The repository with name '{}' does not exist in the registry with id '{}'",
                        repo.name, self.settings.account_id
                    )),
                },
            ));
        }
        Ok(PutImageTagMutabilityResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            image_tag_mutability: Some(input.image_tag_mutability),
        })
    }

    async fn put_lifecycle_policy(
        &self,
        input: PutLifecyclePolicyRequest,
        _cx: Context,
    ) -> Result<PutLifecyclePolicyResponse, PutLifecyclePolicyError> {
        let repo = self
            .repo::<PutLifecyclePolicyError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        crate::lifecycle::parse(&input.lifecycle_policy_text)
            .map_err(|e| policy_invalid::<PutLifecyclePolicyError>(&e))?;
        let (n, t) = (repo.name.clone(), input.lifecycle_policy_text.clone());
        self.blocking(move |s| s.put_lifecycle_policy(&n, &t))
            .await?;
        Ok(PutLifecyclePolicyResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            lifecycle_policy_text: Some(input.lifecycle_policy_text),
        })
    }

    async fn get_lifecycle_policy(
        &self,
        input: GetLifecyclePolicyRequest,
        _cx: Context,
    ) -> Result<GetLifecyclePolicyResponse, GetLifecyclePolicyError> {
        let repo = self
            .repo::<GetLifecyclePolicyError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let n = repo.name.clone();
        let Some((text, evaluated)) = self.blocking(move |s| s.lifecycle_policy(&n)).await? else {
            return Err(self.no_policy(&repo.name));
        };
        Ok(GetLifecyclePolicyResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            lifecycle_policy_text: Some(text),
            last_evaluated_at: evaluated.map(DateTime::from_secs_f64),
        })
    }

    async fn delete_lifecycle_policy(
        &self,
        input: DeleteLifecyclePolicyRequest,
        _cx: Context,
    ) -> Result<DeleteLifecyclePolicyResponse, DeleteLifecyclePolicyError> {
        let repo = self
            .repo::<DeleteLifecyclePolicyError>(
                input.registry_id.as_deref(),
                &input.repository_name,
            )
            .await?;
        let n = repo.name.clone();
        let Some((text, evaluated)) = self
            .blocking(move |s| s.delete_lifecycle_policy(&n))
            .await?
        else {
            return Err(self.no_policy(&repo.name));
        };
        Ok(DeleteLifecyclePolicyResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            lifecycle_policy_text: Some(text),
            last_evaluated_at: evaluated.map(DateTime::from_secs_f64),
        })
    }

    async fn start_lifecycle_policy_preview(
        &self,
        input: StartLifecyclePolicyPreviewRequest,
        _cx: Context,
    ) -> Result<StartLifecyclePolicyPreviewResponse, StartLifecyclePolicyPreviewError> {
        let repo = self
            .repo::<StartLifecyclePolicyPreviewError>(
                input.registry_id.as_deref(),
                &input.repository_name,
            )
            .await?;
        let text = match input.lifecycle_policy_text {
            Some(t) => t,
            None => {
                let n = repo.name.clone();
                match self.blocking(move |s| s.lifecycle_policy(&n)).await? {
                    Some((t, _)) => t,
                    None => return Err(self.no_policy(&repo.name)),
                }
            }
        };
        let policy = crate::lifecycle::parse(&text)
            .map_err(|e| policy_invalid::<StartLifecyclePolicyPreviewError>(&e))?;
        let n = repo.name.clone();
        let images = self.blocking(move |s| s.image_details(&n)).await?;
        // Computed at once: the preview is complete when this returns.
        let preview = Preview {
            text: text.clone(),
            expiring: expiring(&policy, images),
        };
        self.previews
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(repo.name.clone(), preview);
        Ok(StartLifecyclePolicyPreviewResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            lifecycle_policy_text: Some(text),
            status: Some(LifecyclePolicyPreviewStatus::Complete),
        })
    }

    async fn get_lifecycle_policy_preview(
        &self,
        input: GetLifecyclePolicyPreviewRequest,
        _cx: Context,
    ) -> Result<GetLifecyclePolicyPreviewResponse, GetLifecyclePolicyPreviewError> {
        let repo = self
            .repo::<GetLifecyclePolicyPreviewError>(
                input.registry_id.as_deref(),
                &input.repository_name,
            )
            .await?;
        let preview = self
            .previews
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&repo.name)
            .cloned();
        let Some(preview) = preview else {
            return Err(GetLifecyclePolicyPreviewError::LifecyclePolicyPreviewNotFoundException(
                LifecyclePolicyPreviewNotFoundException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "There is no lifecycle policy preview for the repository with name '{}' in the registry with id '{}'",
                        repo.name, self.settings.account_id
                    )),
                },
            ));
        };
        let status = input.filter.as_ref().and_then(|f| f.tag_status.as_ref());
        let results: Vec<LifecyclePolicyPreviewResult> = preview
            .expiring
            .iter()
            .filter(|(i, _)| match &input.image_ids {
                None => true,
                Some(ids) => ids.iter().any(|id| {
                    id.image_digest.as_deref() == Some(i.digest.as_str())
                        || id
                            .image_tag
                            .as_deref()
                            .is_some_and(|t| i.tags.iter().any(|x| x == t))
                }),
            })
            .filter(|(i, _)| keeps(status, !i.tags.is_empty()))
            .map(|(i, priority)| LifecyclePolicyPreviewResult {
                image_tags: (!i.tags.is_empty()).then(|| i.tags.clone()),
                image_digest: Some(i.digest.clone()),
                image_pushed_at: Some(DateTime::from_secs_f64(i.pushed_at)),
                action: Some(LifecyclePolicyRuleAction {
                    r#type: Some(ImageActionType::Expire),
                }),
                applied_rule_priority: i32::try_from(*priority).ok(),
            })
            .collect();
        let total = i32::try_from(results.len()).unwrap_or(i32::MAX);
        let (page, next_token) = index_page::<_, GetLifecyclePolicyPreviewError>(
            &results,
            input.next_token.as_deref(),
            input.max_results,
        )?;
        Ok(GetLifecyclePolicyPreviewResponse {
            _meta: Default::default(),
            registry_id: Some(self.settings.account_id.clone()),
            repository_name: Some(repo.name),
            lifecycle_policy_text: Some(preview.text),
            status: Some(LifecyclePolicyPreviewStatus::Complete),
            next_token,
            preview_results: Some(page.to_vec()),
            summary: Some(LifecyclePolicyPreviewSummary {
                expiring_image_total_count: Some(total),
            }),
        })
    }

    async fn tag_resource(
        &self,
        input: TagResourceRequest,
        _cx: Context,
    ) -> Result<TagResourceResponse, TagResourceError> {
        let repo = self
            .repo_of_arn::<TagResourceError>(&input.resource_arn)
            .await?;
        let tags = check_tags::<TagResourceError>(&input.tags)?;
        let name = repo.name.clone();
        let stored = self
            .blocking(move |s| s.tag_repo(&name, &tags, MAX_REPO_TAGS))
            .await?;
        if stored.is_none() {
            return Err(TagResourceError::TooManyTagsException(
                TooManyTagsException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "The repository '{}' would have more than {MAX_REPO_TAGS} tags",
                        repo.name
                    )),
                },
            ));
        }
        Ok(TagResourceResponse {
            _meta: Default::default(),
        })
    }

    async fn untag_resource(
        &self,
        input: UntagResourceRequest,
        _cx: Context,
    ) -> Result<UntagResourceResponse, UntagResourceError> {
        let repo = self
            .repo_of_arn::<UntagResourceError>(&input.resource_arn)
            .await?;
        let keys = input.tag_keys.clone();
        self.blocking(move |s| s.untag_repo(&repo.name, &keys))
            .await?;
        Ok(UntagResourceResponse {
            _meta: Default::default(),
        })
    }

    async fn list_tags_for_resource(
        &self,
        input: ListTagsForResourceRequest,
        _cx: Context,
    ) -> Result<ListTagsForResourceResponse, ListTagsForResourceError> {
        let repo = self
            .repo_of_arn::<ListTagsForResourceError>(&input.resource_arn)
            .await?;
        let tags = self.blocking(move |s| s.repo_tags(&repo.name)).await?;
        Ok(ListTagsForResourceResponse {
            _meta: Default::default(),
            tags: Some(
                tags.into_iter()
                    .map(|(key, value)| Tag { key, value })
                    .collect(),
            ),
        })
    }

    async fn batch_delete_image(
        &self,
        input: BatchDeleteImageRequest,
        _cx: Context,
    ) -> Result<BatchDeleteImageResponse, BatchDeleteImageError> {
        let repo = self
            .repo::<BatchDeleteImageError>(input.registry_id.as_deref(), &input.repository_name)
            .await?;
        let mut deleted = Vec::new();
        let mut failures = Vec::new();
        for id in &input.image_ids {
            let (r, d, t) = (
                repo.name.clone(),
                id.image_digest.clone(),
                id.image_tag.clone(),
            );
            if d.is_none() && t.is_none() {
                failures.push(Self::failure(
                    id,
                    ImageFailureCode::MissingDigestAndTag,
                    "Missing image digest and tag",
                ));
                continue;
            }
            match self
                .blocking(move |s| s.delete_image(&r, d.as_deref(), t.as_deref()))
                .await?
            {
                Some((digest, tag)) => deleted.push(Self::image_id(&digest, tag.as_deref())),
                None => failures.push(Self::failure(
                    id,
                    ImageFailureCode::ImageNotFound,
                    "Requested image not found",
                )),
            }
        }
        Ok(BatchDeleteImageResponse {
            _meta: Default::default(),
            image_ids: Some(deleted),
            failures: Some(failures),
        })
    }

    async fn create_pull_through_cache_rule(
        &self,
        input: CreatePullThroughCacheRuleRequest,
        _cx: Context,
    ) -> Result<CreatePullThroughCacheRuleResponse, CreatePullThroughCacheRuleError> {
        type E = CreatePullThroughCacheRuleError;
        self.check_registry::<E>(input.registry_id.as_deref())?;
        if let Some(arn) = input
            .credential_arn
            .as_ref()
            .filter(|a| !self.settings.upstream_secrets.contains_key(*a))
        {
            return Err(E::SecretNotFoundException(SecretNotFoundException {
                _meta: Default::default(),
                message: msg(format!(
                    "The secret '{arn}' does not exist: give the registry its credentials with --upstream-secrets"
                )),
            }));
        }
        if let Err(why) = upstream::base_url(&input.upstream_registry_url) {
            return Err(invalid(format!(
                "Invalid parameter at 'upstreamRegistryUrl': '{}' is not a registry address: {why}",
                input.upstream_registry_url
            )));
        }
        let count = self.blocking(|s| s.rules().map(|r| r.len())).await?;
        if count >= MAX_RULES {
            return Err(E::LimitExceededException(LimitExceededException {
                _meta: Default::default(),
                message: msg(format!(
                    "The registry has {count} pull-through cache rules, the most it allows"
                )),
            }));
        }
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        let rule = CacheRule {
            prefix: input.ecr_repository_prefix.trim_end_matches('/').to_owned(),
            url: input.upstream_registry_url.trim_end_matches('/').to_owned(),
            created_at: now,
            updated_at: now,
            registry_kind: input
                .upstream_registry
                .as_ref()
                .map(|k| k.as_str().to_owned()),
            credential_arn: input.credential_arn.clone(),
            upstream_prefix: input
                .upstream_repository_prefix
                .as_ref()
                .map(|p| p.trim_end_matches('/').to_owned()),
        };
        let r = rule.clone();
        if !self.blocking(move |s| s.create_rule(&r)).await? {
            return Err(E::PullThroughCacheRuleAlreadyExistsException(
                PullThroughCacheRuleAlreadyExistsException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "A pull-through cache rule with prefix '{}' already exists in the registry with id '{}'",
                        rule.prefix, self.settings.account_id
                    )),
                },
            ));
        }
        let out = self.rule_out(&rule);
        Ok(CreatePullThroughCacheRuleResponse {
            _meta: Default::default(),
            ecr_repository_prefix: out.ecr_repository_prefix,
            upstream_registry_url: out.upstream_registry_url,
            created_at: out.created_at,
            registry_id: out.registry_id,
            upstream_registry: out.upstream_registry,
            credential_arn: out.credential_arn,
            upstream_repository_prefix: out.upstream_repository_prefix,
        })
    }

    async fn describe_pull_through_cache_rules(
        &self,
        input: DescribePullThroughCacheRulesRequest,
        _cx: Context,
    ) -> Result<DescribePullThroughCacheRulesResponse, DescribePullThroughCacheRulesError> {
        type E = DescribePullThroughCacheRulesError;
        self.check_registry::<E>(input.registry_id.as_deref())?;
        let all = self.blocking(|s| s.rules()).await?;
        let rules: Vec<CacheRule> = match &input.ecr_repository_prefixes {
            None => all,
            Some(wanted) => {
                let mut picked = Vec::new();
                for p in wanted {
                    let p = p.trim_end_matches('/');
                    match all.iter().find(|r| r.prefix == p) {
                        Some(r) => picked.push(r.clone()),
                        None => {
                            return Err(E::PullThroughCacheRuleNotFoundException(
                                PullThroughCacheRuleNotFoundException {
                                    _meta: Default::default(),
                                    message: msg(format!(
                                        "The pull-through cache rule with prefix '{p}' does not exist in the registry with id '{}'",
                                        self.settings.account_id
                                    )),
                                },
                            ))
                        }
                    }
                }
                picked
            }
        };
        let (page, next_token) =
            index_page::<_, E>(&rules, input.next_token.as_deref(), input.max_results)?;
        Ok(DescribePullThroughCacheRulesResponse {
            _meta: Default::default(),
            pull_through_cache_rules: Some(page.iter().map(|r| self.rule_out(r)).collect()),
            next_token,
        })
    }

    async fn delete_pull_through_cache_rule(
        &self,
        input: DeletePullThroughCacheRuleRequest,
        _cx: Context,
    ) -> Result<DeletePullThroughCacheRuleResponse, DeletePullThroughCacheRuleError> {
        type E = DeletePullThroughCacheRuleError;
        self.check_registry::<E>(input.registry_id.as_deref())?;
        let prefix = input.ecr_repository_prefix.trim_end_matches('/').to_owned();
        let p = prefix.clone();
        let Some(rule) = self.blocking(move |s| s.delete_rule(&p)).await? else {
            return Err(E::PullThroughCacheRuleNotFoundException(
                PullThroughCacheRuleNotFoundException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "The pull-through cache rule with prefix '{prefix}' does not exist in the registry with id '{}'",
                        self.settings.account_id
                    )),
                },
            ));
        };
        let out = self.rule_out(&rule);
        Ok(DeletePullThroughCacheRuleResponse {
            _meta: Default::default(),
            ecr_repository_prefix: out.ecr_repository_prefix,
            upstream_registry_url: out.upstream_registry_url,
            created_at: out.created_at,
            registry_id: out.registry_id,
            credential_arn: out.credential_arn,
            upstream_repository_prefix: out.upstream_repository_prefix,
        })
    }

    async fn get_authorization_token(
        &self,
        input: GetAuthorizationTokenRequest,
        cx: Context,
    ) -> Result<GetAuthorizationTokenResponse, GetAuthorizationTokenError> {
        let registries = input
            .registry_ids
            .unwrap_or_else(|| vec![self.settings.account_id.clone()]);
        let host = host_of(&cx);
        let expires = SystemTime::now() + Duration::from_secs(12 * 3600);
        let mut data = Vec::new();
        for r in registries {
            if r != self.settings.account_id {
                return Err(invalid(format!(
                    "Invalid parameter at 'registryIds': unknown registry '{r}'"
                )));
            }
            // The password is a pre-signed URL of the registry root (base64),
            // signed with the caller's key: it proves who got it, and expires.
            let signer = cx
                .caller
                .as_deref()
                .and_then(|akid| Some((akid, self.settings.keys.secret(akid)?)))
                .or_else(|| self.settings.keys.first())
                .ok_or_else(|| server_error::<GetAuthorizationTokenError>("no key to sign with"))?;
            let password = auth::presign_as(
                signer,
                &self.settings.region,
                &host,
                "/v2/",
                Duration::from_secs(12 * 3600),
                SystemTime::now(),
            )
            .map_err(server_error::<GetAuthorizationTokenError>)?;
            data.push(AuthorizationData {
                // Clients split the token at its first and only ':' (the AWS
                // CLI insists on exactly one), so the URL goes in base64.
                authorization_token: Some(base64::encode(format!(
                    "AWS:{}",
                    base64::encode(password)
                ))),
                expires_at: Some(DateTime::from(expires)),
                proxy_endpoint: Some(format!("http://{host}")),
            });
        }
        Ok(GetAuthorizationTokenResponse {
            _meta: Default::default(),
            authorization_data: Some(data),
        })
    }

    async fn get_download_url_for_layer(
        &self,
        input: GetDownloadUrlForLayerRequest,
        cx: Context,
    ) -> Result<GetDownloadUrlForLayerResponse, GetDownloadUrlForLayerError> {
        type E = GetDownloadUrlForLayerError;
        let registry = input
            .registry_id
            .as_deref()
            .unwrap_or(&self.settings.account_id);
        if registry != self.settings.account_id {
            return Err(repo_not_found(&input.repository_name, registry));
        }
        let repo = &input.repository_name;
        let not_found = || {
            E::LayersNotFoundException(LayersNotFoundException {
                _meta: Default::default(),
                message: msg(format!(
                    "The specified layer '{}' does not exist in the repository '{repo}' in the registry with id '{}'",
                    input.layer_digest, self.settings.account_id
                )),
            })
        };
        // One indexed read on a reader connection: quick enough to run inline.
        let state = self
            .store
            .layer_state(repo, &input.layer_digest)
            .map_err(server_error::<E>)?;
        if !(state.repository_exists && state.size.is_some() && state.referenced) {
            // Missing here: a pull-through cache repository fetches it.
            if let Some((rule, up_repo)) = self.rule_for(repo).await.map_err(server_error::<E>)? {
                // Here but referenced by no image yet: the upstream's images reference it.
                let fetched = match state.size {
                    Some(size) => Ok(Some(size)),
                    None => {
                        self.fetch_layer(repo, &rule, &up_repo, &input.layer_digest)
                            .await
                    }
                };
                match fetched {
                    Ok(Some(_)) => {}
                    Ok(None) => return Err(not_found()),
                    Err(CacheError::Store(e)) => return Err(server_error(e)),
                    Err(CacheError::Upstream(e)) => {
                        return Err(E::UnableToGetUpstreamLayerException(
                            UnableToGetUpstreamLayerException {
                                _meta: Default::default(),
                                message: msg(format!(
                                    "Unable to get layer '{}' for repository '{repo}' from its upstream registry: {e}",
                                    input.layer_digest
                                )),
                            },
                        ))
                    }
                }
            } else if !state.repository_exists {
                return Err(repo_not_found(repo, registry));
            } else if state.size.is_none() {
                return Err(not_found());
            } else {
                return Err(E::LayerInaccessibleException(LayerInaccessibleException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "The specified layer '{}' is not referenced by any image in the repository '{repo}'",
                        input.layer_digest
                    )),
                }));
            }
        }
        let path = crate::blobs::blob_path(repo, &input.layer_digest);
        let url = self
            .download_url(&host_of(&cx), &path)
            .map_err(server_error::<E>)?;
        Ok(GetDownloadUrlForLayerResponse {
            _meta: Default::default(),
            download_url: Some(url),
            layer_digest: Some(input.layer_digest),
        })
    }
}
