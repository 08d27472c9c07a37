//! Layer uploads (initiate, parts, complete), availability checks and
//! pre-signed download URLs.

use super::*;

/// Download URLs signed lately, by host and path: one is handed out again
/// while at least nine tenths of its validity are left, so the many pulls of
/// a popular layer cost one signature per `url_expiry / 10`.
#[derive(Default)]
pub(super) struct SignedUrls(
    std::sync::Mutex<std::collections::HashMap<String, (SystemTime, String)>>,
);

/// At most this many remembered URLs (then the memory starts over).
pub(super) const SIGNED_URLS_MAX: usize = 16 * 1024;

impl Registry {
    /// A pre-signed `GET http://{host}{path}`, valid for at least nine tenths
    /// of `url_expiry` (see [`SignedUrls`]).
    pub(super) fn download_url(&self, host: &str, path: &str) -> Result<String, String> {
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
}

pub(super) async fn initiate_layer_upload(
    reg: &Registry,
    input: InitiateLayerUploadRequest,
    cx: Context,
) -> Result<InitiateLayerUploadResponse, InitiateLayerUploadError> {
    let repo = reg
        .repo::<InitiateLayerUploadError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let id = reg.blocking(move |s| s.new_upload(&repo.name)).await?;
    Ok(InitiateLayerUploadResponse {
        _meta: Default::default(),
        upload_id: Some(id),
        part_size: Some(reg.settings.part_size),
    })
}

pub(super) async fn upload_layer_part(
    reg: &Registry,
    input: UploadLayerPartRequest,
    cx: Context,
) -> Result<UploadLayerPartResponse, UploadLayerPartError> {
    let repo = reg
        .repo::<UploadLayerPartError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let (r, id) = (repo.name.clone(), input.upload_id.clone());
    let received = reg.blocking(move |s| s.upload_received(&r, &id)).await?;
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
                registry_id: Some(reg.settings.account_id.clone()),
                repository_name: Some(repo.name.clone()),
                upload_id: Some(input.upload_id.clone()),
                last_valid_byte_received: Some(received as i64 - 1),
                message: msg(format!("Invalid layer part: {why}")),
            },
        ));
    }
    let id = input.upload_id.clone();
    let total = reg
        .blocking(move |s| s.append_part(&id, received, &data))
        .await?;
    Ok(UploadLayerPartResponse {
        _meta: Default::default(),
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        upload_id: Some(input.upload_id),
        last_byte_received: Some(total as i64 - 1),
    })
}

pub(super) async fn complete_layer_upload(
    reg: &Registry,
    input: CompleteLayerUploadRequest,
    cx: Context,
) -> Result<CompleteLayerUploadResponse, CompleteLayerUploadError> {
    type E = CompleteLayerUploadError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let (r, id) = (repo.name.clone(), input.upload_id.clone());
    let Some(received) = reg.blocking(move |s| s.upload_received(&r, &id)).await? else {
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
    let actual = reg.blocking(move |s| s.hash_upload(&id, received)).await?;
    if !actual.eq_ignore_ascii_case(expected) {
        return Err(E::InvalidLayerException(InvalidLayerException {
            _meta: Default::default(),
            message: msg(format!("The layer digest calculated for the upload, '{actual}', does not match '{expected}'")),
        }));
    }
    let (r, id, d) = (repo.name.clone(), input.upload_id.clone(), actual.clone());
    if !reg
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
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        upload_id: Some(input.upload_id),
        layer_digest: Some(actual),
    })
}

pub(super) async fn batch_check_layer_availability(
    reg: &Registry,
    input: BatchCheckLayerAvailabilityRequest,
    cx: Context,
) -> Result<BatchCheckLayerAvailabilityResponse, BatchCheckLayerAvailabilityError> {
    let repo = reg
        .repo::<BatchCheckLayerAvailabilityError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let digests = input.layer_digests.clone();
    let found = reg
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

pub(super) async fn get_download_url_for_layer(
    reg: &Registry,
    input: GetDownloadUrlForLayerRequest,
    cx: Context,
) -> Result<GetDownloadUrlForLayerResponse, GetDownloadUrlForLayerError> {
    type E = GetDownloadUrlForLayerError;
    let registry = input
        .registry_id
        .as_deref()
        .unwrap_or(&reg.settings.account_id);
    if registry != reg.settings.account_id {
        return Err(repo_not_found(&input.repository_name, registry));
    }
    let repo = &input.repository_name;
    reg.authorize(&Caller::of(&cx), "ecr:GetDownloadUrlForLayer", Some(repo))
        .await?;
    let not_found = || {
        E::LayersNotFoundException(LayersNotFoundException {
            _meta: Default::default(),
            message: msg(format!(
                "The specified layer '{}' does not exist in the repository '{repo}' in the registry with id '{}'",
                input.layer_digest, reg.settings.account_id
            )),
        })
    };
    // One indexed read on a reader connection: quick enough to run inline.
    let state = reg
        .store
        .layer_state(repo, &input.layer_digest)
        .map_err(server_error::<E>)?;
    if !(state.repository_exists && state.size.is_some() && state.referenced) {
        // Missing here: a pull-through cache repository fetches it.
        if let Some((rule, up_repo)) = reg.rule_for(repo).await.map_err(server_error::<E>)? {
            // Here but referenced by no image yet: the upstream's images reference it.
            let fetched = match state.size {
                Some(size) => Ok(Some(size)),
                None => {
                    reg.fetch_layer(repo, &rule, &up_repo, &input.layer_digest)
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
    let path = format!("/v2/{repo}/blobs/{}", input.layer_digest);
    let url = reg
        .download_url(&host_of(&cx), &path)
        .map_err(server_error::<E>)?;
    Ok(GetDownloadUrlForLayerResponse {
        _meta: Default::default(),
        download_url: Some(url),
        layer_digest: Some(input.layer_digest),
    })
}
