//! Images: manifests stored through PutImage and `/v2/` alike, their
//! retrieval, listing, description (with pull times) and deletion.

use super::*;

/// Whether a filter's `tagStatus` (none: any) keeps an image that is
/// `tagged` or not (ListImages, DescribeImages, lifecycle previews).
pub(super) fn keeps(status: Option<&TagStatus>, tagged: bool) -> bool {
    match status {
        Some(TagStatus::Tagged) => tagged,
        Some(TagStatus::Untagged) => !tagged,
        _ => true,
    }
}

/// Why a manifest was not stored (the layers missing are an outcome of the store).
#[derive(Debug)]
pub enum ManifestError {
    DigestMismatch { given: String, actual: String },
    Invalid(String),
    MissingImages(Vec<String>),
    Store(String),
}

impl Registry {
    /// Records that the holder of access key `key` pulled an image (for
    /// DescribeImages' `lastRecordedPullTime`), unless its principal's
    /// pulls are excluded (RegisterPullTimeUpdateExclusion); a failure to
    /// write it fails no pull.
    pub async fn record_pull(&self, repo: &str, digest: &str, key: Option<&str>) {
        let (principal, _) = self.principal_of(key);
        let excluded = self
            .policies()
            .await
            .is_ok_and(|p| p.pull_exclusions.contains(&principal));
        if excluded {
            return;
        }
        if self.store.pull_due(repo, digest) {
            let (r, d) = (repo.to_owned(), digest.to_owned());
            if let Err(e) = self.run(move |s| s.write_pull(&r, &d)).await {
                tracing::warn!(error = %e, "could not record a pull");
            }
        }
    }

    pub(super) fn failure(
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
        let (r, d, m, mt, t) = (
            repo.clone(),
            digest.clone(),
            manifest.to_owned(),
            media_type.clone(),
            tag.map(str::to_owned),
        );
        let outcome = self
            .run(move |s| s.put_image(&r, &d, &m, &mt, t.as_deref(), &layers, true))
            .await
            .map_err(ManifestError::Store)?;
        if outcome == PutImageOutcome::Stored {
            self.sign_image(&repo.name, &digest, &media_type, manifest)
                .await;
            self.replicate(&repo.name, &digest, tag).await;
            // Scan on push: the repository's flag, or a registry rule.
            match self.scans_on_push(repo).await {
                Ok(true) => {
                    if let Err(e) = self.start_scan(&repo.name, &digest).await {
                        tracing::warn!(error = %e, "could not start a scan on push");
                    }
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "could not read the scanning configuration"),
            }
        }
        Ok((digest, media_type, outcome))
    }

    pub(super) fn image_id(digest: &str, tag: Option<&str>) -> ImageIdentifier {
        ImageIdentifier {
            image_digest: Some(digest.to_owned()),
            image_tag: tag.map(str::to_owned),
        }
    }
}

pub(super) async fn put_image(
    reg: &Registry,
    input: PutImageRequest,
    cx: Context,
) -> Result<PutImageResponse, PutImageError> {
    type E = PutImageError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let stored = reg
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
                registry_id: Some(reg.settings.account_id.clone()),
                repository_name: Some(repo.name),
                image_id: Some(Registry::image_id(&digest, input.image_tag.as_deref())),
                image_manifest: Some(input.image_manifest),
                image_manifest_media_type: Some(media_type),
            }),
        }),
        PutImageOutcome::AlreadyExists => Err(E::ImageAlreadyExistsException(ImageAlreadyExistsException {
            _meta: Default::default(),
            message: msg(format!(
                "Image with digest '{digest}' and tag '{}' already exists in the repository with name '{}' in registry with id '{}'",
                input.image_tag.unwrap_or_default(), repo.name, reg.settings.account_id
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
                missing.join(", "), repo.name, reg.settings.account_id
            )),
        })),
    }
}

pub(super) async fn batch_get_image(
    reg: &Registry,
    input: BatchGetImageRequest,
    cx: Context,
) -> Result<BatchGetImageResponse, BatchGetImageError> {
    type E = BatchGetImageError;
    reg.check_registry::<E>(input.registry_id.as_deref())?;
    let name = &input.repository_name;
    reg.authorize(&Caller::of(&cx), "ecr:BatchGetImage", Some(name))
        .await?;
    let Some(repo) = reg
        .repository_or_cache(name)
        .await
        .map_err(server_error::<E>)?
    else {
        return Err(repo_not_found(name, &reg.settings.account_id));
    };
    let mut images = Vec::new();
    let mut failures = Vec::new();
    for id in &input.image_ids {
        let (d, t) = (id.image_digest.as_deref(), id.image_tag.as_deref());
        if d.is_none() && t.is_none() {
            failures.push(Registry::failure(
                id,
                ImageFailureCode::MissingDigestAndTag,
                "Missing image digest and tag",
            ));
            continue;
        }
        let found = match reg.image_or_cache(&repo.name, d, t).await {
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
            Some(img) if img.archived => {
                failures.push(Registry::failure(
                    id,
                    ImageFailureCode::ImageInaccessible,
                    "The image is archived: restore it with UpdateImageStorageClass (targetStorageClass STANDARD)",
                ));
            }
            Some(img) => {
                reg.record_pull(&repo.name, &img.digest, cx.caller.as_deref())
                    .await;
                if let Some(accepted) = &input.accepted_media_types {
                    if !accepted.contains(&img.media_type) {
                        failures.push(Registry::failure(
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
                    registry_id: Some(reg.settings.account_id.clone()),
                    repository_name: Some(repo.name.clone()),
                    image_id: Some(Registry::image_id(&img.digest, id.image_tag.as_deref())),
                    image_manifest: Some(img.manifest),
                    image_manifest_media_type: Some(img.media_type),
                })
            }
            None => failures.push(Registry::failure(
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

pub(super) async fn list_images(
    reg: &Registry,
    input: ListImagesRequest,
    cx: Context,
) -> Result<ListImagesResponse, ListImagesError> {
    let repo = reg
        .repo::<ListImagesError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let all = reg.blocking(move |s| s.image_ids(&repo.name)).await?;
    let status = input.filter.as_ref().and_then(|f| f.tag_status.as_ref());
    let ids: Vec<ImageIdentifier> = all
        .iter()
        .filter(|(_, tag)| keeps(status, tag.is_some()))
        .map(|(d, t)| Registry::image_id(d, t.as_deref()))
        .collect();
    let (page, next_token) =
        index_page::<_, ListImagesError>(&ids, input.next_token.as_deref(), input.max_results)?;
    Ok(ListImagesResponse {
        _meta: Default::default(),
        image_ids: Some(page.to_vec()),
        next_token,
    })
}

pub(super) async fn describe_images(
    reg: &Registry,
    input: DescribeImagesRequest,
    cx: Context,
) -> Result<DescribeImagesResponse, DescribeImagesError> {
    let repo = reg
        .repo::<DescribeImagesError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let name = repo.name.clone();
    let all = reg.blocking(move |s| s.image_details(&name)).await?;
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
                    return Err(image_not_found(reg, id, &repo.name));
                };
                if !chosen.iter().any(|c| c.digest == found.digest) {
                    chosen.push(found);
                }
            }
            chosen
        }
    };
    let status = input.filter.as_ref().and_then(|f| f.tag_status.as_ref());
    let wanted = match input.filter.as_ref().and_then(|f| f.image_status.as_ref()) {
        Some(s) if s.as_str() == "ANY" => None,
        Some(s) => Some(s.as_str().to_owned()),
        None if input.image_ids.is_some() => None,
        None => Some("ACTIVE".to_owned()),
    };
    let details: Vec<ImageDetail> = chosen
        .into_iter()
        .filter(|i| keeps(status, !i.tags.is_empty()))
        .filter(|i| wanted.as_ref().is_none_or(|w| *w == i.status))
        .map(|i| {
            let v: serde_json::Value = serde_json::from_str(&i.manifest).unwrap_or_default();
            // Layers as stored (compressed); an index has none of its own.
            let size = v["layers"].as_array().map(|layers| {
                layers
                    .iter()
                    .filter_map(|l| l["size"].as_i64())
                    .sum::<i64>()
            });
            let artifact = media::artifact_type(&v, &i.media_type).map(str::to_owned);
            let scan = scanning::scan_summary(i.scan.as_ref());
            ImageDetail {
                registry_id: Some(reg.settings.account_id.clone()),
                repository_name: Some(repo.name.clone()),
                image_digest: Some(i.digest.clone()),
                image_tags: (!i.tags.is_empty()).then(|| i.tags.clone()),
                image_size_in_bytes: size,
                image_pushed_at: Some(DateTime::from_secs_f64(i.pushed_at)),
                image_manifest_media_type: Some(i.media_type.clone()),
                artifact_media_type: artifact,
                last_recorded_pull_time: i.last_pull.map(DateTime::from_secs_f64),
                subject_manifest_digest: i.subject.clone(),
                image_status: Some(ImageStatus::from(i.status.as_str())),
                last_archived_at: i.archived_at.map(DateTime::from_secs_f64),
                last_activated_at: i.activated_at.map(DateTime::from_secs_f64),
                image_scan_status: scan.0,
                image_scan_findings_summary: scan.1,
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

pub(super) async fn batch_delete_image(
    reg: &Registry,
    input: BatchDeleteImageRequest,
    cx: Context,
) -> Result<BatchDeleteImageResponse, BatchDeleteImageError> {
    let repo = reg
        .repo::<BatchDeleteImageError>(&cx, input.registry_id.as_deref(), &input.repository_name)
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
            failures.push(Registry::failure(
                id,
                ImageFailureCode::MissingDigestAndTag,
                "Missing image digest and tag",
            ));
            continue;
        }
        match reg
            .blocking(move |s| s.delete_image(&r, d.as_deref(), t.as_deref()))
            .await?
        {
            Some((digest, tag)) => deleted.push(Registry::image_id(&digest, tag.as_deref())),
            None => failures.push(Registry::failure(
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

pub(super) async fn list_image_referrers(
    reg: &Registry,
    input: ListImageReferrersRequest,
    cx: Context,
) -> Result<ListImageReferrersResponse, ListImageReferrersError> {
    let repo = reg
        .repo::<ListImageReferrersError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let (r, subject) = (repo.name.clone(), input.subject_id.image_digest.clone());
    let rows = reg.blocking(move |s| s.referrers(&r, &subject)).await?;
    let filter = input.filter.as_ref();
    let types = filter.and_then(|f| f.artifact_types.as_deref());
    let status = filter
        .and_then(|f| f.artifact_status.as_ref())
        .map_or("ACTIVE", |s| s.as_str());
    let referrers: Vec<ImageReferrer> = rows
        .into_iter()
        .filter(|r| status == "ANY" || status == r.status)
        .filter_map(|r| {
            let v: serde_json::Value = serde_json::from_str(&r.manifest).unwrap_or_default();
            let artifact = media::artifact_type(&v, &r.media_type).map(str::to_owned);
            if types.is_some_and(|t| !artifact.as_ref().is_some_and(|a| t.contains(a))) {
                return None;
            }
            Some(ImageReferrer {
                size: i64::try_from(r.manifest.len()).unwrap_or(i64::MAX),
                digest: r.digest,
                media_type: r.media_type,
                artifact_type: artifact,
                annotations: v["annotations"].as_object().map(|a| {
                    a.iter()
                        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                        .collect()
                }),
                artifact_status: Some(ArtifactStatus::from(r.status.as_str())),
            })
        })
        .collect();
    let (page, next_token) = index_page::<_, ListImageReferrersError>(
        &referrers,
        input.next_token.as_deref(),
        input.max_results,
    )?;
    Ok(ListImageReferrersResponse {
        referrers: Some(page.to_vec()),
        next_token,
        _meta: Default::default(),
    })
}

pub(super) async fn update_image_storage_class(
    reg: &Registry,
    input: UpdateImageStorageClassRequest,
    cx: Context,
) -> Result<UpdateImageStorageClassResponse, UpdateImageStorageClassError> {
    type E = UpdateImageStorageClassError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let id = input.image_id.clone();
    let image = find_image::<E>(reg, &repo.name, &id).await?;
    let archive = input.target_storage_class.as_str() == "ARCHIVE";
    let (r, d) = (repo.name.clone(), image.digest.clone());
    match reg
        .blocking(move |s| s.set_storage_class(&r, &d, archive))
        .await?
    {
        crate::store::StorageClassChange::Changed => {}
        crate::store::StorageClassChange::Already => {
            return Err(E::ImageStorageClassUpdateNotSupportedException(
                ImageStorageClassUpdateNotSupportedException {
                    _meta: Default::default(),
                    message: msg(format!(
                        "The image '{}' is already in storage class {}",
                        image.digest,
                        input.target_storage_class.as_str()
                    )),
                },
            ))
        }
        crate::store::StorageClassChange::NoImage => {
            return Err(server_error(format!("image '{}' vanished", image.digest)))
        }
    }
    Ok(UpdateImageStorageClassResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(image.digest),
            image_tag: id.image_tag,
        }),
        // Restoring takes no time here: the bytes never left.
        image_status: Some(if archive {
            ImageStatus::Archived
        } else {
            ImageStatus::Active
        }),
        _meta: Default::default(),
    })
}
