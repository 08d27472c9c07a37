//! Lifecycle policies through the API: stored, previewed and applied on a
//! schedule (the rule engine is [`crate::lifecycle`]).

use super::*;

/// A lifecycle preview: the policy tried and what it would expire.
#[derive(Clone)]
pub(super) struct Preview {
    text: String,
    expiring: Vec<(crate::store::ImageDetail, i64)>,
}

/// The error of a policy that does not validate.
pub(super) fn policy_invalid<E: From<InvalidParameterException>>(why: &str) -> E {
    invalid(format!(
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: {why}'"
    ))
}

/// What `text` expires among `images` now: each image and the priority of
/// the rule that expires it, oldest first.
pub(super) fn expiring(
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

impl Registry {
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

    /// `LifecyclePolicyNotFoundException` for `repo`.
    pub(super) fn no_policy<E: From<LifecyclePolicyNotFoundException>>(&self, repo: &str) -> E {
        E::from(LifecyclePolicyNotFoundException {
            _meta: Default::default(),
            message: msg(format!(
                "Lifecycle policy does not exist for the repository with name '{repo}' in the registry with id '{}'",
                self.settings.account_id
            )),
        })
    }
}

pub(super) async fn put_lifecycle_policy(
    reg: &Registry,
    input: PutLifecyclePolicyRequest,
    cx: Context,
) -> Result<PutLifecyclePolicyResponse, PutLifecyclePolicyError> {
    let repo = reg
        .repo::<PutLifecyclePolicyError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    crate::lifecycle::parse(&input.lifecycle_policy_text)
        .map_err(|e| policy_invalid::<PutLifecyclePolicyError>(&e))?;
    let (n, t) = (repo.name.clone(), input.lifecycle_policy_text.clone());
    reg.blocking(move |s| s.put_lifecycle_policy(&n, &t))
        .await?;
    Ok(PutLifecyclePolicyResponse {
        _meta: Default::default(),
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        lifecycle_policy_text: Some(input.lifecycle_policy_text),
    })
}

pub(super) async fn get_lifecycle_policy(
    reg: &Registry,
    input: GetLifecyclePolicyRequest,
    cx: Context,
) -> Result<GetLifecyclePolicyResponse, GetLifecyclePolicyError> {
    let repo = reg
        .repo::<GetLifecyclePolicyError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let n = repo.name.clone();
    let Some((text, evaluated)) = reg.blocking(move |s| s.lifecycle_policy(&n)).await? else {
        return Err(reg.no_policy(&repo.name));
    };
    Ok(GetLifecyclePolicyResponse {
        _meta: Default::default(),
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        lifecycle_policy_text: Some(text),
        last_evaluated_at: evaluated.map(DateTime::from_secs_f64),
    })
}

pub(super) async fn delete_lifecycle_policy(
    reg: &Registry,
    input: DeleteLifecyclePolicyRequest,
    cx: Context,
) -> Result<DeleteLifecyclePolicyResponse, DeleteLifecyclePolicyError> {
    let repo = reg
        .repo::<DeleteLifecyclePolicyError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let n = repo.name.clone();
    let Some((text, evaluated)) = reg.blocking(move |s| s.delete_lifecycle_policy(&n)).await?
    else {
        return Err(reg.no_policy(&repo.name));
    };
    Ok(DeleteLifecyclePolicyResponse {
        _meta: Default::default(),
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        lifecycle_policy_text: Some(text),
        last_evaluated_at: evaluated.map(DateTime::from_secs_f64),
    })
}

pub(super) async fn start_lifecycle_policy_preview(
    reg: &Registry,
    input: StartLifecyclePolicyPreviewRequest,
    cx: Context,
) -> Result<StartLifecyclePolicyPreviewResponse, StartLifecyclePolicyPreviewError> {
    let repo = reg
        .repo::<StartLifecyclePolicyPreviewError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let text = match input.lifecycle_policy_text {
        Some(t) => t,
        None => {
            let n = repo.name.clone();
            match reg.blocking(move |s| s.lifecycle_policy(&n)).await? {
                Some((t, _)) => t,
                None => return Err(reg.no_policy(&repo.name)),
            }
        }
    };
    let policy = crate::lifecycle::parse(&text)
        .map_err(|e| policy_invalid::<StartLifecyclePolicyPreviewError>(&e))?;
    let n = repo.name.clone();
    let images = reg.blocking(move |s| s.image_details(&n)).await?;
    // Computed at once: the preview is complete when this returns.
    let preview = Preview {
        text: text.clone(),
        expiring: expiring(&policy, images),
    };
    reg.previews
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(repo.name.clone(), preview);
    Ok(StartLifecyclePolicyPreviewResponse {
        _meta: Default::default(),
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        lifecycle_policy_text: Some(text),
        status: Some(LifecyclePolicyPreviewStatus::Complete),
    })
}

pub(super) async fn get_lifecycle_policy_preview(
    reg: &Registry,
    input: GetLifecyclePolicyPreviewRequest,
    cx: Context,
) -> Result<GetLifecyclePolicyPreviewResponse, GetLifecyclePolicyPreviewError> {
    let repo = reg
        .repo::<GetLifecyclePolicyPreviewError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let preview = reg
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
                    repo.name, reg.settings.account_id
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
        registry_id: Some(reg.settings.account_id.clone()),
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
