//! Managed signing: the registry signs the container images pushed to the
//! repositories its signing rules cover, with each rule's signing profile
//! (a key and certificate chain the operator gives it, `--signing-keys`),
//! in the Notary Project's format ([`crate::signing`]); the signature is an
//! OCI 1.1 referrer of the image. DescribeImageSigningStatus tells how each
//! profile's signing went.

use serde_json::{json, Value};

use super::*;

/// The setting that holds the signing configuration.
const SIGNING: &str = "signing";

fn not_found<E: From<SigningConfigurationNotFoundException>>(reg: &Registry) -> E {
    E::from(SigningConfigurationNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "The registry with id '{}' has no signing configuration",
            reg.settings.account_id
        )),
    })
}

fn config_from(text: &str) -> SigningConfiguration {
    let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    SigningConfiguration {
        rules: v["rules"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| SigningRule {
                signing_profile_arn: r["profile"].as_str().unwrap_or_default().to_owned(),
                repository_filters: r["filters"].as_array().map(|f| {
                    f.iter()
                        .filter_map(Value::as_str)
                        .map(|p| SigningRepositoryFilter {
                            filter: p.to_owned(),
                            filter_type: SigningRepositoryFilterType::WildcardMatch,
                        })
                        .collect()
                }),
            })
            .collect(),
    }
}

pub(super) async fn put_signing_configuration(
    reg: &Registry,
    input: PutSigningConfigurationRequest,
    cx: Context,
) -> Result<PutSigningConfigurationResponse, PutSigningConfigurationError> {
    reg.authorize_registry::<PutSigningConfigurationError>(&cx)
        .await?;
    let config = input.signing_configuration;
    let stored = json!({
        "rules": config.rules.iter().map(|r| json!({
            "profile": r.signing_profile_arn,
            "filters": r.repository_filters.as_ref().map(|f| f.iter().map(|f| f.filter.clone()).collect::<Vec<_>>()),
        })).collect::<Vec<_>>(),
    })
    .to_string();
    reg.blocking(move |s| s.put_setting(SIGNING, &stored))
        .await?;
    Ok(PutSigningConfigurationResponse {
        signing_configuration: Some(config),
        _meta: Default::default(),
    })
}

pub(super) async fn get_signing_configuration(
    reg: &Registry,
    _input: GetSigningConfigurationRequest,
    cx: Context,
) -> Result<GetSigningConfigurationResponse, GetSigningConfigurationError> {
    reg.authorize_registry::<GetSigningConfigurationError>(&cx)
        .await?;
    match reg.blocking(|s| s.setting(SIGNING)).await? {
        Some(text) => Ok(GetSigningConfigurationResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            signing_configuration: Some(config_from(&text)),
            _meta: Default::default(),
        }),
        None => Err(not_found(reg)),
    }
}

pub(super) async fn delete_signing_configuration(
    reg: &Registry,
    _input: DeleteSigningConfigurationRequest,
    cx: Context,
) -> Result<DeleteSigningConfigurationResponse, DeleteSigningConfigurationError> {
    reg.authorize_registry::<DeleteSigningConfigurationError>(&cx)
        .await?;
    match reg.blocking(|s| s.delete_setting(SIGNING)).await? {
        Some(text) => Ok(DeleteSigningConfigurationResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            signing_configuration: Some(config_from(&text)),
            _meta: Default::default(),
        }),
        None => Err(not_found(reg)),
    }
}

impl Registry {
    /// Signs image `digest` of `repo` (of `media_type`, `size` bytes of
    /// manifest) with the profile of every signing rule that covers the
    /// repository, recording each outcome. Only container images are
    /// signed (not artifacts, signatures included).
    pub(super) async fn sign_image(
        &self,
        repo: &str,
        digest: &str,
        media_type: &str,
        manifest: &str,
    ) {
        let text = match self.run(|s| s.setting(SIGNING)).await {
            Ok(Some(t)) => t,
            Ok(None) => return,
            Err(e) => {
                tracing::warn!(error = %e, "could not read the signing configuration");
                return;
            }
        };
        let v: Value = serde_json::from_str(manifest).unwrap_or(Value::Null);
        let image_config = v["config"]["mediaType"]
            .as_str()
            .is_some_and(|c| media::IMAGE_CONFIG_TYPES.contains(&c));
        let is_index = media::INDEX_TYPES.contains(&media_type);
        if !(image_config || is_index) || v.get("subject").is_some() {
            return;
        }
        let config = config_from(&text);
        let mut profiles: Vec<String> = Vec::new();
        for rule in &config.rules {
            let covered = rule.repository_filters.as_ref().is_none_or(|f| {
                f.is_empty() || f.iter().any(|f| crate::policy::glob(&f.filter, repo))
            });
            if covered && !profiles.contains(&rule.signing_profile_arn) {
                profiles.push(rule.signing_profile_arn.clone());
            }
        }
        for profile in profiles {
            let outcome = match self.settings.signing_keys.get(&profile) {
                None => Err((
                    "SigningProfileUnavailable".to_owned(),
                    format!("The registry holds no key for signing profile {profile}: give it one with --signing-keys"),
                )),
                Some(signer) => {
                    let descriptor = json!({"mediaType": media_type, "digest": digest, "size": manifest.len()});
                    let now = DateTime::from_secs_f64(
                        SystemTime::now()
                            .duration_since(SystemTime::UNIX_EPOCH)
                            .map_or(0.0, |d| d.as_secs_f64()),
                    );
                    let time = now
                        .fmt(aws_smithy_types::date_time::Format::DateTime)
                        .unwrap_or_default();
                    match signer.sign(&descriptor, &time) {
                        Ok(signature) => self.store_signature(repo, signature).await.map_err(|e| ("SigningFailed".to_owned(), e)),
                        Err(e) => Err(("SigningFailed".to_owned(), e)),
                    }
                }
            };
            let (status, code, reason) = match outcome {
                Ok(()) => ("COMPLETE", None, None),
                Err((code, reason)) => ("FAILED", Some(code), Some(reason)),
            };
            tracing::info!(repository = repo, image = digest, %profile, status, "image signed");
            let (r, d) = (repo.to_owned(), digest.to_owned());
            if let Err(e) = self
                .run(move |s| {
                    s.put_signing(&r, &d, &profile, status, code.as_deref(), reason.as_deref())
                })
                .await
            {
                tracing::warn!(error = %e, "could not record a signing");
            }
        }
    }

    /// Stores a signature artifact in `repo`: its envelope and the empty
    /// config as layers, then its manifest (which indexes it as a referrer).
    async fn store_signature(
        &self,
        repo: &str,
        signature: crate::signing::Signature,
    ) -> Result<(), String> {
        let r = repo.to_owned();
        self.run(move |s| {
            for blob in [crate::signing::EMPTY_CONFIG, &signature.envelope[..]] {
                let digest = media::digest_of(blob);
                if s.layer(&r, &digest)?.is_some() {
                    continue;
                }
                let tmp = s.temp_file();
                std::fs::write(&tmp, blob)?;
                s.adopt(&r, &tmp, &digest, blob.len() as u64, None)?;
            }
            let digest = media::digest_of(signature.manifest.as_bytes());
            let layers = media::manifest_references(&signature.manifest).unwrap_or_default();
            let Some(repo) = s.repository(&r)? else {
                return Ok(());
            };
            s.put_image(
                &repo,
                &digest,
                &signature.manifest,
                "application/vnd.oci.image.manifest.v1+json",
                None,
                &layers,
                true,
            )?;
            Ok(())
        })
        .await
    }
}

pub(super) async fn describe_image_signing_status(
    reg: &Registry,
    input: DescribeImageSigningStatusRequest,
    cx: Context,
) -> Result<DescribeImageSigningStatusResponse, DescribeImageSigningStatusError> {
    type E = DescribeImageSigningStatusError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let image = find_image::<E>(reg, &repo.name, &input.image_id).await?;
    let (r, d) = (repo.name.clone(), image.digest.clone());
    let rows = reg.blocking(move |s| s.signings(&r, &d)).await?;
    Ok(DescribeImageSigningStatusResponse {
        repository_name: Some(repo.name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(image.digest),
            image_tag: input.image_id.image_tag,
        }),
        registry_id: Some(reg.settings.account_id.clone()),
        signing_statuses: Some(
            rows.into_iter()
                .map(|(profile, status, code, reason)| ImageSigningStatus {
                    signing_profile_arn: Some(profile),
                    failure_code: code,
                    failure_reason: reason,
                    status: Some(SigningStatus::from(status.as_str())),
                })
                .collect(),
        ),
        _meta: Default::default(),
    })
}
