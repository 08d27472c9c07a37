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
