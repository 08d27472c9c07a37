//! Scanning configuration: the registry's scan type and rules, and each
//! repository's scan-on-push flag.

use serde_json::{json, Value};

use super::*;

/// The setting that holds the registry's scanning configuration.
const SCANNING: &str = "scanning";

/// The registry's scanning configuration: as stored, else ECR's default
/// (basic scanning, no rules).
async fn configuration(reg: &Registry) -> Result<RegistryScanningConfiguration, ServerException> {
    let text = reg.blocking(|s| s.setting(SCANNING)).await?;
    let stored: Value = text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let rules = stored["rules"]
        .as_array()
        .map(|rules| {
            rules
                .iter()
                .map(|r| RegistryScanningRule {
                    scan_frequency: ScanFrequency::from(
                        r["scanFrequency"].as_str().unwrap_or("MANUAL"),
                    ),
                    repository_filters: r["filters"]
                        .as_array()
                        .map(|f| {
                            f.iter()
                                .filter_map(Value::as_str)
                                .map(|f| ScanningRepositoryFilter {
                                    filter: f.to_owned(),
                                    filter_type: ScanningRepositoryFilterType::Wildcard,
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(RegistryScanningConfiguration {
        scan_type: Some(ScanType::from(
            stored["scanType"].as_str().unwrap_or("BASIC"),
        )),
        rules: Some(rules),
    })
}

/// The rule that decides how `repo` is scanned: among the rules with a
/// filter matching its name, the most frequent scanning wins.
fn rule_for<'c>(
    config: &'c RegistryScanningConfiguration,
    repo: &str,
) -> Option<&'c RegistryScanningRule> {
    let rank = |f: &ScanFrequency| match f.as_str() {
        "CONTINUOUS_SCAN" => 3,
        "SCAN_ON_PUSH" => 2,
        _ => 1,
    };
    config
        .rules
        .iter()
        .flatten()
        .filter(|r| {
            r.repository_filters
                .iter()
                .any(|f| crate::policy::glob(&f.filter, repo))
        })
        .max_by_key(|r| rank(&r.scan_frequency))
}

impl Registry {
    /// Whether images pushed to `repo` are scanned: its own flag, or a
    /// registry rule that scans on push (or continuously) covers it.
    pub async fn scans_on_push(&self, repo: &Repo) -> Result<bool, String> {
        if repo.scan_on_push {
            return Ok(true);
        }
        let config = configuration(self).await.map_err(|e| format!("{e:?}"))?;
        Ok(rule_for(&config, &repo.name).is_some_and(|r| r.scan_frequency.as_str() != "MANUAL"))
    }
}

pub(super) async fn put_image_scanning_configuration(
    reg: &Registry,
    input: PutImageScanningConfigurationRequest,
    cx: Context,
) -> Result<PutImageScanningConfigurationResponse, PutImageScanningConfigurationError> {
    let repo = reg
        .repo::<PutImageScanningConfigurationError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let (r, on) = (
        repo.name.clone(),
        input.image_scanning_configuration.scan_on_push,
    );
    reg.blocking(move |s| s.set_scan_on_push(&r, on)).await?;
    Ok(PutImageScanningConfigurationResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        image_scanning_configuration: Some(input.image_scanning_configuration),
        _meta: Default::default(),
    })
}

pub(super) async fn get_registry_scanning_configuration(
    reg: &Registry,
    _input: GetRegistryScanningConfigurationRequest,
    cx: Context,
) -> Result<GetRegistryScanningConfigurationResponse, GetRegistryScanningConfigurationError> {
    reg.authorize_registry::<GetRegistryScanningConfigurationError>(&cx)
        .await?;
    Ok(GetRegistryScanningConfigurationResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        scanning_configuration: Some(configuration(reg).await?),
        _meta: Default::default(),
    })
}

pub(super) async fn put_registry_scanning_configuration(
    reg: &Registry,
    input: PutRegistryScanningConfigurationRequest,
    cx: Context,
) -> Result<PutRegistryScanningConfigurationResponse, PutRegistryScanningConfigurationError> {
    reg.authorize_registry::<PutRegistryScanningConfigurationError>(&cx)
        .await?;
    let scan_type = input.scan_type.clone().unwrap_or(ScanType::Basic);
    let rules = input.rules.clone().unwrap_or_default();
    let mut seen = Vec::new();
    for r in &rules {
        let frequency = r.scan_frequency.as_str();
        // Basic scanning happens on push or when asked; continuous
        // scanning is enhanced scanning's.
        if scan_type.as_str() == "BASIC" && frequency == "CONTINUOUS_SCAN" {
            return Err(invalid(
                "Invalid parameter at 'rules': basic scanning supports SCAN_ON_PUSH and MANUAL, not CONTINUOUS_SCAN",
            ));
        }
        if seen.contains(&frequency) {
            return Err(invalid(format!(
                "Invalid parameter at 'rules': two rules scan with frequency {frequency}; put their filters in one"
            )));
        }
        seen.push(frequency);
    }
    let stored = json!({
        "scanType": scan_type.as_str(),
        "rules": rules.iter().map(|r| json!({
            "scanFrequency": r.scan_frequency.as_str(),
            "filters": r.repository_filters.iter().map(|f| f.filter.as_str()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
    .to_string();
    reg.blocking(move |s| s.put_setting(SCANNING, &stored))
        .await?;
    Ok(PutRegistryScanningConfigurationResponse {
        registry_scanning_configuration: Some(RegistryScanningConfiguration {
            scan_type: Some(scan_type),
            rules: Some(rules),
        }),
        _meta: Default::default(),
    })
}

pub(super) async fn batch_get_repository_scanning_configuration(
    reg: &Registry,
    input: BatchGetRepositoryScanningConfigurationRequest,
    cx: Context,
) -> Result<
    BatchGetRepositoryScanningConfigurationResponse,
    BatchGetRepositoryScanningConfigurationError,
> {
    let config = configuration(reg).await?;
    let caller = policies::Caller::of(&cx);
    let mut found = Vec::new();
    let mut failures = Vec::new();
    for name in &input.repository_names {
        reg.authorize(
            &caller,
            "ecr:BatchGetRepositoryScanningConfiguration",
            Some(name),
        )
        .await?;
        let n = name.clone();
        let Some(repo) = reg.blocking(move |s| s.repository(&n)).await? else {
            failures.push(RepositoryScanningConfigurationFailure {
                repository_name: Some(name.clone()),
                failure_code: Some(ScanningConfigurationFailureCode::RepositoryNotFound),
                failure_reason: msg("REPOSITORY_NOT_FOUND"),
            });
            continue;
        };
        let rule = rule_for(&config, name);
        let frequency = rule.map_or(ScanFrequency::Manual, |r| r.scan_frequency.clone());
        found.push(RepositoryScanningConfiguration {
            repository_arn: Some(reg.repository_arn(name)),
            repository_name: Some(name.clone()),
            scan_on_push: repo.scan_on_push || frequency.as_str() != "MANUAL",
            scan_frequency: Some(frequency),
            applied_scan_filters: rule.map(|r| r.repository_filters.clone()),
        });
    }
    Ok(BatchGetRepositoryScanningConfigurationResponse {
        scanning_configurations: Some(found),
        failures: Some(failures),
        _meta: Default::default(),
    })
}

/// A finding as stored (and as DescribeImageScanFindings shows it).
fn finding_json(f: &crate::scan::osv::Finding) -> Value {
    let mut attributes = vec![
        json!({"key": "package_name", "value": f.package}),
        json!({"key": "package_version", "value": f.version}),
    ];
    if let Some(fixed) = &f.fixed {
        attributes.push(json!({"key": "fixed_version", "value": fixed}));
    }
    json!({
        "name": f.id,
        "description": f.summary,
        "uri": f.uri,
        "severity": f.severity,
        "attributes": attributes,
    })
}

fn finding_out(v: &Value) -> ImageScanFinding {
    let s = |k: &str| v[k].as_str().map(str::to_owned);
    ImageScanFinding {
        name: s("name"),
        description: s("description").filter(|d| !d.is_empty()),
        uri: s("uri"),
        severity: s("severity").map(|x| FindingSeverity::from(x.as_str())),
        attributes: v["attributes"].as_array().map(|a| {
            a.iter()
                .filter_map(|x| {
                    Some(Attribute {
                        key: x["key"].as_str()?.to_owned(),
                        value: x["value"].as_str().map(str::to_owned),
                    })
                })
                .collect()
        }),
    }
}

/// A stored scan's findings, and their count by severity.
fn findings_of(
    record: &crate::store::ScanRecord,
) -> (Vec<Value>, std::collections::BTreeMap<String, i32>) {
    let findings: Vec<Value> = record
        .findings
        .as_deref()
        .and_then(|f| serde_json::from_str(f).ok())
        .unwrap_or_default();
    let mut counts = std::collections::BTreeMap::new();
    for f in &findings {
        if let Some(s) = f["severity"].as_str() {
            *counts.entry(s.to_owned()).or_insert(0) += 1;
        }
    }
    (findings, counts)
}

/// What DescribeImages tells of an image's last scan.
pub(super) fn scan_summary(
    record: Option<&crate::store::ScanRecord>,
) -> (Option<ImageScanStatus>, Option<ImageScanFindingsSummary>) {
    let Some(r) = record else {
        return (None, None);
    };
    let status = ImageScanStatus {
        status: Some(ScanStatus::from(r.status.as_str())),
        description: r.description.clone(),
    };
    let summary = (r.status == "COMPLETE").then(|| ImageScanFindingsSummary {
        image_scan_completed_at: r.completed_at.map(DateTime::from_secs_f64),
        vulnerability_source_updated_at: r.source_updated_at.map(DateTime::from_secs_f64),
        finding_severity_counts: Some(findings_of(r).1),
    });
    (Some(status), summary)
}

impl Registry {
    /// Starts scanning image `digest` of `repo` in the background: its
    /// scan is `IN_PROGRESS` at once and ends `COMPLETE` (with findings),
    /// `UNSUPPORTED_IMAGE` or `FAILED`, each with its reason.
    pub async fn start_scan(&self, repo: &str, digest: &str) -> Result<(), String> {
        let (r, d) = (repo.to_owned(), digest.to_owned());
        let image = self
            .run(move |s| s.image(&r, Some(&d), None))
            .await?
            .ok_or_else(|| format!("image '{digest}' vanished"))?;
        let started = crate::store::ScanRecord {
            status: "IN_PROGRESS".into(),
            description: Some("The scan is in progress".into()),
            completed_at: None,
            source_updated_at: None,
            findings: None,
        };
        let (r, d) = (repo.to_owned(), digest.to_owned());
        self.run(move |s| s.put_scan(&r, &d, &started)).await?;
        let store = Arc::clone(&self.store);
        let database = self.settings.vuln_db.clone();
        let (repo, digest) = (repo.to_owned(), digest.to_owned());
        tokio::spawn(async move {
            let done = tokio::task::spawn_blocking(move || {
                let outcome = crate::scan::scan(database.as_deref(), &image.manifest, &image.media_type, |d| {
                    store.blob_path(d)
                });
                let now = SystemTime::now()
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .map_or(0.0, |d| d.as_secs_f64());
                let record = match outcome {
                    crate::scan::Outcome::Complete {
                        findings,
                        database_updated_at,
                    } => crate::store::ScanRecord {
                        status: "COMPLETE".into(),
                        description: Some("The scan was completed successfully.".into()),
                        completed_at: Some(now),
                        source_updated_at: database_updated_at,
                        findings: Some(Value::Array(findings.iter().map(finding_json).collect()).to_string()),
                    },
                    crate::scan::Outcome::Unsupported(why) => crate::store::ScanRecord {
                        status: "UNSUPPORTED_IMAGE".into(),
                        description: Some(why),
                        completed_at: Some(now),
                        source_updated_at: None,
                        findings: None,
                    },
                    crate::scan::Outcome::Failed(why) => crate::store::ScanRecord {
                        status: "FAILED".into(),
                        description: Some(why),
                        completed_at: Some(now),
                        source_updated_at: None,
                        findings: None,
                    },
                };
                tracing::info!(repository = %repo, image = %digest, status = %record.status, "image scanned");
                store.put_scan(&repo, &digest, &record)
            })
            .await;
            match done {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "could not record a scan"),
                Err(e) => tracing::warn!(error = %e, "a scan panicked"),
            }
        });
        Ok(())
    }
}

pub(super) async fn start_image_scan(
    reg: &Registry,
    input: StartImageScanRequest,
    cx: Context,
) -> Result<StartImageScanResponse, StartImageScanError> {
    type E = StartImageScanError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let image = find_image::<E>(reg, &repo.name, &input.image_id).await?;
    if crate::media::INDEX_TYPES.contains(&image.media_type.as_str()) {
        return Err(E::UnsupportedImageTypeException(UnsupportedImageTypeException {
            _meta: Default::default(),
            message: msg(format!(
                "The image '{}' is an index of images for several platforms ({}): scan each of its images",
                image.digest, image.media_type
            )),
        }));
    }
    reg.start_scan(&repo.name, &image.digest)
        .await
        .map_err(server_error::<E>)?;
    Ok(StartImageScanResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(image.digest),
            image_tag: input.image_id.image_tag,
        }),
        image_scan_status: Some(ImageScanStatus {
            status: Some(ScanStatus::InProgress),
            description: msg("The scan is in progress"),
        }),
        _meta: Default::default(),
    })
}

pub(super) async fn describe_image_scan_findings(
    reg: &Registry,
    input: DescribeImageScanFindingsRequest,
    cx: Context,
) -> Result<DescribeImageScanFindingsResponse, DescribeImageScanFindingsError> {
    type E = DescribeImageScanFindingsError;
    let repo = reg
        .repo::<E>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let image = find_image::<E>(reg, &repo.name, &input.image_id).await?;
    let (r, d) = (repo.name.clone(), image.digest.clone());
    let Some(record) = reg.blocking(move |s| s.scan(&r, &d)).await? else {
        return Err(E::ScanNotFoundException(ScanNotFoundException {
            _meta: Default::default(),
            message: msg(format!(
                "Image scan does not exist for the image with '{{imageDigest:'{}', imageTag:'{}'}}' in the repository with name '{}' in the registry with id '{}'",
                image.digest,
                input.image_id.image_tag.as_deref().unwrap_or("null"),
                repo.name,
                reg.settings.account_id
            )),
        }));
    };
    let (findings, counts) = findings_of(&record);
    let findings: Vec<ImageScanFinding> = findings.iter().map(finding_out).collect();
    let (page, next_token) =
        index_page::<_, E>(&findings, input.next_token.as_deref(), input.max_results)?;
    Ok(DescribeImageScanFindingsResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(image.digest),
            image_tag: input.image_id.image_tag,
        }),
        image_scan_status: Some(ImageScanStatus {
            status: Some(ScanStatus::from(record.status.as_str())),
            description: record.description.clone(),
        }),
        image_scan_findings: (record.status == "COMPLETE").then(|| ImageScanFindings {
            image_scan_completed_at: record.completed_at.map(DateTime::from_secs_f64),
            vulnerability_source_updated_at: record.source_updated_at.map(DateTime::from_secs_f64),
            finding_severity_counts: Some(counts),
            findings: Some(page.to_vec()),
        }),
        next_token,
        _meta: Default::default(),
    })
}
