//! Repository creation templates: the settings (tag mutability,
//! encryption, tags, repository and lifecycle policies) given to the
//! repositories the registry creates by itself under a prefix: on a
//! pull-through cache's first pull, and on a push to a repository that does
//! not exist yet (`CREATE_ON_PUSH`, as ECR's create-on-push).

use serde_json::{json, Value};

use super::*;

/// At most this many templates, as in ECR.
const MAX_TEMPLATES: usize = 50;

/// A stored template, as the API shows it.
fn template_out(
    prefix: &str,
    text: &str,
    created_at: f64,
    updated_at: f64,
) -> RepositoryCreationTemplate {
    let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let s = |k: &str| v[k].as_str().map(str::to_owned);
    RepositoryCreationTemplate {
        prefix: Some(prefix.to_owned()),
        description: s("description"),
        encryption_configuration: s("encryptionType").map(|t| {
            EncryptionConfigurationForRepositoryCreationTemplate {
                encryption_type: EncryptionType::from(t.as_str()),
                kms_key: s("kmsKey"),
            }
        }),
        resource_tags: v["resourceTags"].as_object().map(|tags| {
            tags.iter()
                .map(|(k, v)| Tag {
                    key: k.clone(),
                    value: v.as_str().unwrap_or_default().to_owned(),
                })
                .collect()
        }),
        image_tag_mutability: s("imageTagMutability").map(|m| ImageTagMutability::from(m.as_str())),
        repository_policy: s("repositoryPolicy"),
        lifecycle_policy: s("lifecyclePolicy"),
        applied_for: v["appliedFor"].as_array().map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(RctAppliedFor::from)
                .collect()
        }),
        custom_role_arn: s("customRoleArn"),
        created_at: Some(DateTime::from_secs_f64(created_at)),
        updated_at: Some(DateTime::from_secs_f64(updated_at)),
    }
}

/// What a template says, checked as ECR checks it.
struct TemplateFields<'a> {
    description: Option<&'a str>,
    encryption: Option<&'a EncryptionConfigurationForRepositoryCreationTemplate>,
    tags: Option<&'a [Tag]>,
    mutability: Option<&'a ImageTagMutability>,
    repository_policy: Option<&'a str>,
    lifecycle_policy: Option<&'a str>,
    applied_for: Option<&'a [RctAppliedFor]>,
    custom_role_arn: Option<&'a str>,
}

impl TemplateFields<'_> {
    /// The template as stored, merged over `old` (what an update leaves).
    fn stored<E: From<InvalidParameterException>>(&self, old: Option<&Value>) -> Result<String, E> {
        let mut v = old.cloned().unwrap_or_else(|| json!({}));
        if let Some(d) = self.description {
            v["description"] = json!(d);
        }
        if let Some(e) = self.encryption {
            if e.kms_key.as_deref().is_some_and(|k| !k.is_empty())
                && e.encryption_type.as_str() == "AES256"
            {
                return Err(invalid(
                    "Invalid parameter at 'encryptionConfiguration': a KMS key needs encryption type KMS or KMS_DSSE",
                ));
            }
            v["encryptionType"] = json!(e.encryption_type.as_str());
            v["kmsKey"] = json!(e.kms_key);
        }
        if let Some(tags) = self.tags {
            let tags =
                repositories::check_tags::<InvalidTagParameterException>(tags).map_err(|e| {
                    invalid::<E>(format!(
                        "Invalid parameter at 'resourceTags': {}",
                        e.message.unwrap_or_default()
                    ))
                })?;
            if tags.len() > repositories::MAX_REPO_TAGS {
                return Err(invalid(format!(
                    "Invalid parameter at 'resourceTags': at most {} tags",
                    repositories::MAX_REPO_TAGS
                )));
            }
            v["resourceTags"] = tags.into_iter().map(|(k, val)| (k, json!(val))).collect();
        }
        if let Some(m) = self.mutability {
            v["imageTagMutability"] = json!(m.as_str());
        }
        if let Some(p) = self.repository_policy.filter(|p| !p.is_empty()) {
            crate::policy::Policy::parse(p).map_err(|why| {
                invalid::<E>(format!(
                    "Invalid parameter at 'repositoryPolicy' failed to satisfy constraint: 'Invalid repository policy provided' ({why})"
                ))
            })?;
            v["repositoryPolicy"] = json!(p);
        }
        if let Some(p) = self.lifecycle_policy.filter(|p| !p.is_empty()) {
            crate::lifecycle::parse(p).map_err(|why| {
                invalid::<E>(format!(
                    "Invalid parameter at 'lifecyclePolicy' failed to satisfy constraint: 'Lifecycle policy validation failure: {why}'"
                ))
            })?;
            v["lifecyclePolicy"] = json!(p);
        }
        if let Some(a) = self.applied_for {
            if a.is_empty() {
                return Err(invalid(
                    "Invalid parameter at 'appliedFor': name at least one use",
                ));
            }
            v["appliedFor"] = a.iter().map(|x| json!(x.as_str())).collect();
        }
        if let Some(r) = self.custom_role_arn {
            v["customRoleArn"] = json!(r);
        }
        Ok(v.to_string())
    }
}

/// Which of `prefixes` (templates' prefixes, each with whether it applies
/// to the way of creating at hand) covers repository `name`: the longest
/// prefix whose `prefix/` starts the name, else `ROOT`.
pub(super) fn choose<'p>(
    prefixes: impl IntoIterator<Item = (&'p str, bool)>,
    name: &str,
) -> Option<&'p str> {
    prefixes
        .into_iter()
        .filter(|(prefix, applies)| {
            *applies
                && (*prefix == "ROOT"
                    || name.starts_with(&format!("{}/", prefix.trim_end_matches('/'))))
        })
        .map(|(prefix, _)| prefix)
        .max_by_key(|prefix| if *prefix == "ROOT" { 0 } else { prefix.len() })
}

impl Registry {
    /// Creates repository `name` from the template that covers it for
    /// `how` (the longest prefix whose `prefix/` starts the name, else
    /// `ROOT`); `None` when no template covers it.
    pub(super) async fn create_from_template(
        &self,
        name: &str,
        how: RctAppliedFor,
    ) -> Result<Option<Repo>, String> {
        let templates = self.run(|s| s.templates()).await?;
        let parsed: Vec<(&str, Value)> = templates
            .iter()
            .filter_map(|(prefix, text, ..)| {
                Some((prefix.as_str(), serde_json::from_str(text).ok()?))
            })
            .collect();
        let applies = |v: &Value| {
            v["appliedFor"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(how.as_str())))
        };
        let Some(prefix) = choose(parsed.iter().map(|(p, v)| (*p, applies(v))), name) else {
            return Ok(None);
        };
        let v = parsed
            .iter()
            .find(|(p, _)| *p == prefix)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        tracing::info!(repository = name, template = %prefix, how = how.as_str(), "repository created from a template");
        let n = name.to_owned();
        self.run(move |s| {
            let text = |k: &str| v[k].as_str().map(str::to_owned);
            s.create_repository(
                &n,
                &text("imageTagMutability").unwrap_or_else(|| "MUTABLE".into()),
                false,
                &text("encryptionType").unwrap_or_else(|| "AES256".into()),
                text("kmsKey").filter(|k| !k.is_empty()).as_deref(),
            )?;
            if let Some(tags) = v["resourceTags"].as_object() {
                let tags: Vec<(String, String)> = tags
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                    .collect();
                s.tag_repo(&n, &tags, repositories::MAX_REPO_TAGS)?;
            }
            if let Some(p) = text("repositoryPolicy") {
                s.set_repo_policy(&n, &p)?;
            }
            if let Some(p) = text("lifecyclePolicy") {
                s.put_lifecycle_policy(&n, &p)?;
            }
            s.repository(&n)
        })
        .await
    }

    /// Creates repository `name`, which a push found missing, when a
    /// `CREATE_ON_PUSH` template covers it; `None` when none does.
    pub async fn create_on_push(&self, name: &str) -> Result<Option<Repo>, String> {
        self.create_from_template(name, RctAppliedFor::CreateOnPush)
            .await
    }
}

fn not_found<E: From<TemplateNotFoundException>>(prefix: &str) -> E {
    E::from(TemplateNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "The repository creation template with prefix '{prefix}' does not exist"
        )),
    })
}

pub(super) async fn create_repository_creation_template(
    reg: &Registry,
    input: CreateRepositoryCreationTemplateRequest,
    cx: Context,
) -> Result<CreateRepositoryCreationTemplateResponse, CreateRepositoryCreationTemplateError> {
    reg.authorize_registry::<CreateRepositoryCreationTemplateError>(&cx)
        .await?;
    let text = TemplateFields {
        description: input.description.as_deref(),
        encryption: input.encryption_configuration.as_ref(),
        tags: input.resource_tags.as_deref(),
        mutability: input.image_tag_mutability.as_ref(),
        repository_policy: input.repository_policy.as_deref(),
        lifecycle_policy: input.lifecycle_policy.as_deref(),
        applied_for: Some(&input.applied_for),
        custom_role_arn: input.custom_role_arn.as_deref(),
    }
    .stored::<CreateRepositoryCreationTemplateError>(None)?;
    let prefix = input.prefix.clone();
    let created = reg
        .blocking(move |s| {
            if s.templates()?.len() >= MAX_TEMPLATES {
                return Ok(None);
            }
            Ok(Some(s.put_template(&prefix, &text, false)?))
        })
        .await?;
    match created {
        None => Err(
            CreateRepositoryCreationTemplateError::LimitExceededException(LimitExceededException {
                _meta: Default::default(),
                message: msg(format!(
                    "A registry has at most {MAX_TEMPLATES} repository creation templates"
                )),
            }),
        ),
        Some(false) => Err(
            CreateRepositoryCreationTemplateError::TemplateAlreadyExistsException(
                TemplateAlreadyExistsException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "A repository creation template with prefix '{}' already exists",
                        input.prefix
                    )),
                },
            ),
        ),
        Some(true) => Ok(CreateRepositoryCreationTemplateResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            repository_creation_template: find(reg, &input.prefix).await?,
            _meta: Default::default(),
        }),
    }
}

/// The template of `prefix`, if there is one.
async fn find(
    reg: &Registry,
    prefix: &str,
) -> Result<Option<RepositoryCreationTemplate>, ServerException> {
    let all = reg.blocking(|s| s.templates()).await?;
    Ok(all
        .iter()
        .find(|(p, ..)| p == prefix)
        .map(|(p, t, c, u)| template_out(p, t, *c, *u)))
}

pub(super) async fn describe_repository_creation_templates(
    reg: &Registry,
    input: DescribeRepositoryCreationTemplatesRequest,
    cx: Context,
) -> Result<DescribeRepositoryCreationTemplatesResponse, DescribeRepositoryCreationTemplatesError> {
    reg.authorize_registry::<DescribeRepositoryCreationTemplatesError>(&cx)
        .await?;
    let all = reg.blocking(|s| s.templates()).await?;
    let wanted = input.prefixes.as_deref();
    let chosen: Vec<RepositoryCreationTemplate> = all
        .iter()
        .filter(|(p, ..)| wanted.is_none_or(|w| w.contains(p)))
        .map(|(p, t, c, u)| template_out(p, t, *c, *u))
        .collect();
    let (page, next) = index_page::<_, DescribeRepositoryCreationTemplatesError>(
        &chosen,
        input.next_token.as_deref(),
        input.max_results,
    )?;
    Ok(DescribeRepositoryCreationTemplatesResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_creation_templates: Some(page.to_vec()),
        next_token: next,
        _meta: Default::default(),
    })
}

pub(super) async fn update_repository_creation_template(
    reg: &Registry,
    input: UpdateRepositoryCreationTemplateRequest,
    cx: Context,
) -> Result<UpdateRepositoryCreationTemplateResponse, UpdateRepositoryCreationTemplateError> {
    reg.authorize_registry::<UpdateRepositoryCreationTemplateError>(&cx)
        .await?;
    let prefix = input.prefix.clone();
    let all = reg.blocking(|s| s.templates()).await?;
    let Some((_, old, ..)) = all.iter().find(|(p, ..)| *p == prefix) else {
        return Err(not_found(&prefix));
    };
    let old: Value = serde_json::from_str(old).unwrap_or_else(|_| json!({}));
    let text = TemplateFields {
        description: input.description.as_deref(),
        encryption: input.encryption_configuration.as_ref(),
        tags: input.resource_tags.as_deref(),
        mutability: input.image_tag_mutability.as_ref(),
        repository_policy: input.repository_policy.as_deref(),
        lifecycle_policy: input.lifecycle_policy.as_deref(),
        applied_for: input.applied_for.as_deref(),
        custom_role_arn: input.custom_role_arn.as_deref(),
    }
    .stored::<UpdateRepositoryCreationTemplateError>(Some(&old))?;
    let p = prefix.clone();
    if !reg
        .blocking(move |s| s.put_template(&p, &text, true))
        .await?
    {
        return Err(not_found(&prefix));
    }
    Ok(UpdateRepositoryCreationTemplateResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_creation_template: find(reg, &prefix).await?,
        _meta: Default::default(),
    })
}

pub(super) async fn delete_repository_creation_template(
    reg: &Registry,
    input: DeleteRepositoryCreationTemplateRequest,
    cx: Context,
) -> Result<DeleteRepositoryCreationTemplateResponse, DeleteRepositoryCreationTemplateError> {
    reg.authorize_registry::<DeleteRepositoryCreationTemplateError>(&cx)
        .await?;
    let p = input.prefix.clone();
    match reg.blocking(move |s| s.delete_template(&p)).await? {
        Some((text, c, u)) => Ok(DeleteRepositoryCreationTemplateResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            repository_creation_template: Some(template_out(&input.prefix, &text, c, u)),
            _meta: Default::default(),
        }),
        None => Err(not_found(&input.prefix)),
    }
}
