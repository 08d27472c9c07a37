//! Repositories: creation, description, deletion, tag mutability and
//! resource tags.

use super::*;

/// The most tags a repository may have, as in ECR.
pub(super) const MAX_REPO_TAGS: usize = 50;

/// Tags as ECR accepts them: keys of 1 to 128 characters that do not start
/// with `aws:`, values of at most 256.
pub(super) fn check_tags<E: From<InvalidTagParameterException>>(
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

impl Registry {
    /// The repository an ARN names (`arn:aws:ecr:REGION:ACCOUNT:repository/NAME`).
    pub(super) async fn repo_of_arn<E>(&self, cx: &Context, arn: &str) -> Result<Repo, E>
    where
        E: From<ServerException>
            + From<RepositoryNotFoundException>
            + From<InvalidParameterException>
            + From<Unhandled>,
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
        self.repo::<E>(cx, Some(account), name).await
    }

    pub(super) fn describe(&self, r: &Repo, host: &str) -> Repository {
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
}

pub(super) async fn create_repository(
    reg: &Registry,
    input: CreateRepositoryRequest,
    cx: Context,
) -> Result<CreateRepositoryResponse, CreateRepositoryError> {
    reg.authorize(
        &Caller::of(&cx),
        "ecr:CreateRepository",
        Some(&input.repository_name),
    )
    .await?;
    if let Some(id) = &input.registry_id {
        if *id != reg.settings.account_id {
            return Err(invalid(format!(
                "Invalid parameter at 'registryId': this registry is '{}'",
                reg.settings.account_id
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
    let created = reg
        .blocking(move |s| {
            let created = s.create_repository(&name, &mutability, scan, &enc, kms.as_deref())?;
            if created.is_some() && !tags.is_empty() {
                s.tag_repo(&name, &tags, MAX_REPO_TAGS)?;
            }
            Ok(created)
        })
        .await?;
    match created {
        Some(r) => Ok(CreateRepositoryResponse {
            _meta: Default::default(),
            repository: Some(reg.describe(&r, &host_of(&cx))),
        }),
        None => Err(CreateRepositoryError::RepositoryAlreadyExistsException(
            RepositoryAlreadyExistsException {
                _meta: Default::default(),
                message: msg(format!(
                    "The repository with name '{}' already exists in the registry with id '{}'",
                    input.repository_name, reg.settings.account_id
                )),
            },
        )),
    }
}

pub(super) async fn describe_repositories(
    reg: &Registry,
    input: DescribeRepositoriesRequest,
    cx: Context,
) -> Result<DescribeRepositoriesResponse, DescribeRepositoriesError> {
    reg.authorize_registry::<DescribeRepositoriesError>(&cx)
        .await?;
    let host = host_of(&cx);
    if let Some(names) = &input.repository_names {
        if input.next_token.is_some() || input.max_results.is_some() {
            return Err(invalid("Invalid parameter: repositoryNames cannot be combined with nextToken or maxResults"));
        }
        let mut out = Vec::new();
        for n in names {
            out.push(
                reg.describe(
                    &reg.repo::<DescribeRepositoriesError>(&cx, input.registry_id.as_deref(), n)
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
        .is_some_and(|r| r != reg.settings.account_id)
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
    let page = reg
        .blocking(move |s| s.repositories(after.as_deref(), limit + 1))
        .await?;
    let more = page.len() > limit;
    let page = &page[..page.len().min(limit)];
    Ok(DescribeRepositoriesResponse {
        _meta: Default::default(),
        next_token: more.then(|| encode_token(&page[page.len() - 1].name)),
        repositories: Some(page.iter().map(|r| reg.describe(r, &host)).collect()),
    })
}

pub(super) async fn delete_repository(
    reg: &Registry,
    input: DeleteRepositoryRequest,
    cx: Context,
) -> Result<DeleteRepositoryResponse, DeleteRepositoryError> {
    let repo = reg
        .repo::<DeleteRepositoryError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let (name, force) = (repo.name.clone(), input.force);
    match reg.blocking(move |s| s.delete_repository(&name, force)).await? {
        Ok(()) => Ok(DeleteRepositoryResponse {
            _meta: Default::default(),
            repository: Some(reg.describe(&repo, &host_of(&cx))),
        }),
        Err(()) => Err(DeleteRepositoryError::RepositoryNotEmptyException(RepositoryNotEmptyException {
            _meta: Default::default(),
            message: msg(format!(
                "The repository with name '{}' in registry with id '{}' cannot be deleted because it still contains images",
                repo.name, reg.settings.account_id
            )),
        })),
    }
}

pub(super) async fn put_image_tag_mutability(
    reg: &Registry,
    input: PutImageTagMutabilityRequest,
    cx: Context,
) -> Result<PutImageTagMutabilityResponse, PutImageTagMutabilityError> {
    let repo = reg
        .repo::<PutImageTagMutabilityError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let value = input.image_tag_mutability.as_str().to_owned();
    let (n, v) = (repo.name.clone(), value.clone());
    if !reg.blocking(move |s| s.set_tag_mutability(&n, &v)).await? {
        // Deleted meanwhile: as if it had never been there.
        return Err(PutImageTagMutabilityError::RepositoryNotFoundException(
            RepositoryNotFoundException {
                _meta: Default::default(),
                message: msg(format!(
                    "The repository with name '{}' does not exist in the registry with id '{}'",
                    repo.name, reg.settings.account_id
                )),
            },
        ));
    }
    Ok(PutImageTagMutabilityResponse {
        _meta: Default::default(),
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        image_tag_mutability: Some(input.image_tag_mutability),
    })
}

pub(super) async fn tag_resource(
    reg: &Registry,
    input: TagResourceRequest,
    cx: Context,
) -> Result<TagResourceResponse, TagResourceError> {
    let repo = reg
        .repo_of_arn::<TagResourceError>(&cx, &input.resource_arn)
        .await?;
    let tags = check_tags::<TagResourceError>(&input.tags)?;
    let name = repo.name.clone();
    let stored = reg
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

pub(super) async fn untag_resource(
    reg: &Registry,
    input: UntagResourceRequest,
    cx: Context,
) -> Result<UntagResourceResponse, UntagResourceError> {
    let repo = reg
        .repo_of_arn::<UntagResourceError>(&cx, &input.resource_arn)
        .await?;
    let keys = input.tag_keys.clone();
    reg.blocking(move |s| s.untag_repo(&repo.name, &keys))
        .await?;
    Ok(UntagResourceResponse {
        _meta: Default::default(),
    })
}

pub(super) async fn list_tags_for_resource(
    reg: &Registry,
    input: ListTagsForResourceRequest,
    cx: Context,
) -> Result<ListTagsForResourceResponse, ListTagsForResourceError> {
    let repo = reg
        .repo_of_arn::<ListTagsForResourceError>(&cx, &input.resource_arn)
        .await?;
    let tags = reg.blocking(move |s| s.repo_tags(&repo.name)).await?;
    Ok(ListTagsForResourceResponse {
        _meta: Default::default(),
        tags: Some(
            tags.into_iter()
                .map(|(key, value)| Tag { key, value })
                .collect(),
        ),
    })
}
