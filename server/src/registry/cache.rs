//! The pull-through cache: rules, and images and layers fetched from an
//! upstream registry on first pull (each fetched once however many ask).

use super::*;

/// Upstream fetches under way, by what they fetch: a request for something
/// another request is fetching waits for that one and then finds it stored,
/// so a crowd pulling a new image costs the upstream one download of each part.
#[derive(Default)]
pub(super) struct InFlight(
    std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
);

/// The right to fetch one thing; the next waiting request gets it on drop.
pub(super) struct Turn<'a> {
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

/// Why a pull-through lookup failed.
#[derive(Debug)]
pub enum CacheError {
    Store(String),
    Upstream(UpstreamError),
}

/// At most this many pull-through cache rules.
pub(super) const MAX_RULES: usize = 50;

impl Registry {
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
    pub(super) fn upstream_of(
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
    /// Made from the repository creation template that covers it for
    /// pull-through caching, if one does.
    pub(super) async fn cache_repo(&self, name: &str) -> Result<Repo, String> {
        if let Some(r) = self
            .create_from_template(name, RctAppliedFor::PullThroughCache)
            .await?
        {
            return Ok(r);
        }
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
    pub(super) async fn local_image(
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
    pub(super) async fn local_layer(
        &self,
        name: &str,
        digest: &str,
    ) -> Result<Option<u64>, CacheError> {
        let (n, d) = (name.to_owned(), digest.to_owned());
        self.run(move |s| s.layer(&n, &d))
            .await
            .map_err(CacheError::Store)
    }

    /// Records that tag `tag` of `name` was compared with the upstream now.
    pub(super) async fn mark_checked(&self, name: &str, tag: &str) -> Result<(), CacheError> {
        let (n, t) = (name.to_owned(), tag.to_owned());
        self.run(move |s| s.mark_upstream_checked(&n, &t))
            .await
            .map_err(CacheError::Store)
    }

    /// Fetches manifest `reference` of `up_repo` at `rule`'s upstream and
    /// stores it in `name` (created if need be), tagged `tag`; `None` when the
    /// upstream does not have it.
    pub(super) async fn fetch_manifest(
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
                crate::media::MANIFEST_LIMIT,
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
    pub(super) async fn fetch_layer(
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

    pub(super) fn rule_out(&self, r: &CacheRule) -> PullThroughCacheRule {
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
}

pub(super) async fn create_pull_through_cache_rule(
    reg: &Registry,
    input: CreatePullThroughCacheRuleRequest,
    cx: Context,
) -> Result<CreatePullThroughCacheRuleResponse, CreatePullThroughCacheRuleError> {
    reg.authorize_registry::<CreatePullThroughCacheRuleError>(&cx)
        .await?;
    type E = CreatePullThroughCacheRuleError;
    reg.check_registry::<E>(input.registry_id.as_deref())?;
    if let Some(arn) = input
        .credential_arn
        .as_ref()
        .filter(|a| !reg.settings.upstream_secrets.contains_key(*a))
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
    let count = reg.blocking(|s| s.rules().map(|r| r.len())).await?;
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
    if !reg.blocking(move |s| s.create_rule(&r)).await? {
        return Err(E::PullThroughCacheRuleAlreadyExistsException(
            PullThroughCacheRuleAlreadyExistsException {
                _meta: Default::default(),
                message: msg(format!(
                    "A pull-through cache rule with prefix '{}' already exists in the registry with id '{}'",
                    rule.prefix, reg.settings.account_id
                )),
            },
        ));
    }
    let out = reg.rule_out(&rule);
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

pub(super) async fn describe_pull_through_cache_rules(
    reg: &Registry,
    input: DescribePullThroughCacheRulesRequest,
    cx: Context,
) -> Result<DescribePullThroughCacheRulesResponse, DescribePullThroughCacheRulesError> {
    reg.authorize_registry::<DescribePullThroughCacheRulesError>(&cx)
        .await?;
    type E = DescribePullThroughCacheRulesError;
    reg.check_registry::<E>(input.registry_id.as_deref())?;
    let all = reg.blocking(|s| s.rules()).await?;
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
                                    reg.settings.account_id
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
        pull_through_cache_rules: Some(page.iter().map(|r| reg.rule_out(r)).collect()),
        next_token,
    })
}

pub(super) async fn delete_pull_through_cache_rule(
    reg: &Registry,
    input: DeletePullThroughCacheRuleRequest,
    cx: Context,
) -> Result<DeletePullThroughCacheRuleResponse, DeletePullThroughCacheRuleError> {
    reg.authorize_registry::<DeletePullThroughCacheRuleError>(&cx)
        .await?;
    type E = DeletePullThroughCacheRuleError;
    reg.check_registry::<E>(input.registry_id.as_deref())?;
    let prefix = input.ecr_repository_prefix.trim_end_matches('/').to_owned();
    let p = prefix.clone();
    let Some(rule) = reg.blocking(move |s| s.delete_rule(&p)).await? else {
        return Err(E::PullThroughCacheRuleNotFoundException(
            PullThroughCacheRuleNotFoundException {
                _meta: Default::default(),
                message: msg(format!(
                    "The pull-through cache rule with prefix '{prefix}' does not exist in the registry with id '{}'",
                    reg.settings.account_id
                )),
            },
        ));
    };
    let out = reg.rule_out(&rule);
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

fn no_rule<E: From<PullThroughCacheRuleNotFoundException>>(reg: &Registry, prefix: &str) -> E {
    E::from(PullThroughCacheRuleNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "The pull-through cache rule with prefix '{prefix}' does not exist in the registry with id '{}'",
            reg.settings.account_id
        )),
    })
}

pub(super) async fn update_pull_through_cache_rule(
    reg: &Registry,
    input: UpdatePullThroughCacheRuleRequest,
    cx: Context,
) -> Result<UpdatePullThroughCacheRuleResponse, UpdatePullThroughCacheRuleError> {
    type E = UpdatePullThroughCacheRuleError;
    reg.check_registry::<E>(input.registry_id.as_deref())?;
    reg.authorize_registry::<E>(&cx).await?;
    let credential = input.credential_arn.clone().filter(|a| !a.is_empty());
    if let Some(arn) = credential
        .as_ref()
        .filter(|a| !reg.settings.upstream_secrets.contains_key(*a))
    {
        return Err(E::SecretNotFoundException(SecretNotFoundException {
            _meta: Default::default(),
            message: msg(format!(
                "The secret '{arn}' does not exist: give the registry its credentials with --upstream-secrets"
            )),
        }));
    }
    let prefix = input.ecr_repository_prefix.trim_end_matches('/').to_owned();
    let p = prefix.clone();
    let Some(rule) = reg
        .blocking(move |s| s.update_rule_credentials(&p, credential.as_deref()))
        .await?
    else {
        return Err(no_rule(reg, &prefix));
    };
    let out = reg.rule_out(&rule);
    Ok(UpdatePullThroughCacheRuleResponse {
        ecr_repository_prefix: out.ecr_repository_prefix,
        registry_id: out.registry_id,
        updated_at: out.updated_at,
        credential_arn: out.credential_arn,
        custom_role_arn: input.custom_role_arn,
        upstream_repository_prefix: out.upstream_repository_prefix,
        _meta: Default::default(),
    })
}

pub(super) async fn validate_pull_through_cache_rule(
    reg: &Registry,
    input: ValidatePullThroughCacheRuleRequest,
    cx: Context,
) -> Result<ValidatePullThroughCacheRuleResponse, ValidatePullThroughCacheRuleError> {
    type E = ValidatePullThroughCacheRuleError;
    reg.check_registry::<E>(input.registry_id.as_deref())?;
    reg.authorize_registry::<E>(&cx).await?;
    let prefix = input.ecr_repository_prefix.trim_end_matches('/').to_owned();
    let rules = reg.blocking(|s| s.rules()).await?;
    let Some(rule) = rules.into_iter().find(|r| r.prefix == prefix) else {
        return Err(no_rule(reg, &prefix));
    };
    // The upstream is asked for real: its version check, with the rule's credentials.
    let failure = match reg.upstream_of(&rule) {
        Ok((base, credentials)) => reg.upstream.probe(&base, credentials).await.err(),
        Err(CacheError::Upstream(e)) => Some(e),
        Err(CacheError::Store(e)) => return Err(server_error(e)),
    };
    let out = reg.rule_out(&rule);
    Ok(ValidatePullThroughCacheRuleResponse {
        ecr_repository_prefix: out.ecr_repository_prefix,
        registry_id: out.registry_id,
        upstream_registry_url: out.upstream_registry_url,
        credential_arn: out.credential_arn,
        custom_role_arn: None,
        upstream_repository_prefix: out.upstream_repository_prefix,
        is_valid: failure.is_none(),
        failure: failure.map(|e| e.to_string()),
        _meta: Default::default(),
    })
}
