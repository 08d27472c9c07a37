//! The registry: the generated `Ecr` trait implemented over [`Store`], one
//! module per concept (repositories, layers, images, the pull-through cache,
//! lifecycle policies, tokens); the trait's implementation below only says
//! which module answers each operation.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_smithy_types::base64;
use codegen_rt::DateTime;
use ecr_server_sdk::ecr_types::error::*;
use ecr_server_sdk::ecr_types::model::*;
use ecr_server_sdk::{Context, Ecr};

use crate::media::{self, digest_of, media_type_of, references, References};
use crate::store::{CacheRule, PutImageOutcome, Repo, Store, StoreError};
use crate::upstream::{self, Upstream, UpstreamError};
use codegen_rt::sigv4::{self as auth, Keys};

mod account;
mod cache;
mod exclusions;
mod images;
mod layers;
mod lifecycle;
mod policies;
mod replication;
mod repositories;
mod scanning;
mod signing;
mod templates;
mod tokens;

pub use policies::Caller;
pub use replication::{parse_endpoints, Endpoint};

pub use cache::CacheError;
pub use images::ManifestError;

use cache::InFlight;
use codegen_rt::error::Unhandled;
use images::keeps;
use layers::SignedUrls;
use lifecycle::Preview;
use policies::PolicyCache;

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
    /// The IAM principal (an ARN) each access key stands for in policies;
    /// a key not named is the account's root.
    pub principals: std::collections::BTreeMap<String, String>,
    /// The vulnerability database scans match packages against (`--vuln-db`).
    pub vuln_db: Option<Arc<crate::scan::osv::Database>>,
    /// Where replication destinations are, by (region, account).
    pub replication_endpoints: std::collections::BTreeMap<(String, String), replication::Endpoint>,
    /// Signing keys by signing profile ARN (`--signing-keys`).
    pub signing_keys: std::collections::BTreeMap<String, Arc<crate::signing::Signer>>,
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
    policy_cache: PolicyCache,
}

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

impl Registry {
    pub fn new(store: Arc<Store>, settings: Settings, upstream: Upstream) -> Self {
        Self {
            store,
            settings,
            upstream,
            urls: SignedUrls::default(),
            previews: std::sync::Mutex::default(),
            in_flight: InFlight::default(),
            policy_cache: PolicyCache::default(),
        }
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

    /// The store (for the `/v2/` API and the download handler).
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
    /// The repository, checking the registry id and that the caller may
    /// do the operation of `cx` to it (its policy and the registry's).
    async fn repo<E>(&self, cx: &Context, registry_id: Option<&str>, name: &str) -> Result<Repo, E>
    where
        E: From<ServerException> + From<RepositoryNotFoundException> + From<Unhandled>,
    {
        let registry = registry_id.unwrap_or(&self.settings.account_id).to_owned();
        if registry != self.settings.account_id {
            return Err(repo_not_found(name, &registry));
        }
        let n = name.to_owned();
        let mut found = self.blocking(move |s| s.repository(&n)).await?;
        // What an operation needs, as ECR asks it.
        let action = match cx.operation {
            "ListImageReferrers" => "ecr:BatchGetImage".to_owned(),
            op => format!("ecr:{op}"),
        };
        let caller = Caller::of(cx);
        self.authorize(&caller, &action, Some(name)).await?;
        // A push to a repository that is not there creates it when a
        // `CREATE_ON_PUSH` template covers it and the caller may create it.
        if found.is_none() && matches!(cx.operation, "InitiateLayerUpload" | "PutImage") {
            self.authorize(&caller, "ecr:CreateRepository", Some(name))
                .await?;
            found = self.create_on_push(name).await.map_err(server_error::<E>)?;
        }
        found.ok_or_else(|| repo_not_found(name, &registry))
    }

    /// That the caller of `cx` may do its operation to the registry (the
    /// registry policy, for an operation on no repository).
    async fn authorize_registry<E: From<Unhandled>>(&self, cx: &Context) -> Result<(), E> {
        let action = format!("ecr:{}", cx.operation);
        Ok(self.authorize(&Caller::of(cx), &action, None).await?)
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
}

/// ImageNotFoundException for `id` in `repo`.
fn image_not_found<E: From<ImageNotFoundException>>(
    reg: &Registry,
    id: &ImageIdentifier,
    repo: &str,
) -> E {
    E::from(ImageNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "The image with imageId {{imageDigest:'{}', imageTag:'{}'}} does not exist within the repository with name '{repo}' in the registry with id '{}'",
            id.image_digest.as_deref().unwrap_or("null"),
            id.image_tag.as_deref().unwrap_or("null"),
            reg.settings.account_id
        )),
    })
}

/// The image `id` names in `repo`.
async fn find_image<E>(
    reg: &Registry,
    repo: &str,
    id: &ImageIdentifier,
) -> Result<crate::store::Image, E>
where
    E: From<ImageNotFoundException> + From<ServerException>,
{
    let (r, d, t) = (
        repo.to_owned(),
        id.image_digest.clone(),
        id.image_tag.clone(),
    );
    if d.is_none() && t.is_none() {
        return Err(image_not_found(reg, id, repo));
    }
    reg.blocking(move |s| s.image(&r, d.as_deref(), t.as_deref()))
        .await?
        .ok_or_else(|| image_not_found(reg, id, repo))
}

/// Each operation is implemented in the module of its concept.
impl Ecr for Registry {
    async fn create_repository(
        &self,
        input: CreateRepositoryRequest,
        cx: Context,
    ) -> Result<CreateRepositoryResponse, CreateRepositoryError> {
        repositories::create_repository(self, input, cx).await
    }

    async fn describe_repositories(
        &self,
        input: DescribeRepositoriesRequest,
        cx: Context,
    ) -> Result<DescribeRepositoriesResponse, DescribeRepositoriesError> {
        repositories::describe_repositories(self, input, cx).await
    }

    async fn delete_repository(
        &self,
        input: DeleteRepositoryRequest,
        cx: Context,
    ) -> Result<DeleteRepositoryResponse, DeleteRepositoryError> {
        repositories::delete_repository(self, input, cx).await
    }

    async fn initiate_layer_upload(
        &self,
        input: InitiateLayerUploadRequest,
        _cx: Context,
    ) -> Result<InitiateLayerUploadResponse, InitiateLayerUploadError> {
        layers::initiate_layer_upload(self, input, _cx).await
    }

    async fn upload_layer_part(
        &self,
        input: UploadLayerPartRequest,
        _cx: Context,
    ) -> Result<UploadLayerPartResponse, UploadLayerPartError> {
        layers::upload_layer_part(self, input, _cx).await
    }

    async fn complete_layer_upload(
        &self,
        input: CompleteLayerUploadRequest,
        _cx: Context,
    ) -> Result<CompleteLayerUploadResponse, CompleteLayerUploadError> {
        layers::complete_layer_upload(self, input, _cx).await
    }

    async fn batch_check_layer_availability(
        &self,
        input: BatchCheckLayerAvailabilityRequest,
        _cx: Context,
    ) -> Result<BatchCheckLayerAvailabilityResponse, BatchCheckLayerAvailabilityError> {
        layers::batch_check_layer_availability(self, input, _cx).await
    }

    async fn put_image(
        &self,
        input: PutImageRequest,
        _cx: Context,
    ) -> Result<PutImageResponse, PutImageError> {
        images::put_image(self, input, _cx).await
    }

    async fn batch_get_image(
        &self,
        input: BatchGetImageRequest,
        _cx: Context,
    ) -> Result<BatchGetImageResponse, BatchGetImageError> {
        images::batch_get_image(self, input, _cx).await
    }

    async fn list_images(
        &self,
        input: ListImagesRequest,
        _cx: Context,
    ) -> Result<ListImagesResponse, ListImagesError> {
        images::list_images(self, input, _cx).await
    }

    async fn describe_images(
        &self,
        input: DescribeImagesRequest,
        _cx: Context,
    ) -> Result<DescribeImagesResponse, DescribeImagesError> {
        images::describe_images(self, input, _cx).await
    }

    async fn put_image_tag_mutability(
        &self,
        input: PutImageTagMutabilityRequest,
        _cx: Context,
    ) -> Result<PutImageTagMutabilityResponse, PutImageTagMutabilityError> {
        repositories::put_image_tag_mutability(self, input, _cx).await
    }

    async fn put_lifecycle_policy(
        &self,
        input: PutLifecyclePolicyRequest,
        _cx: Context,
    ) -> Result<PutLifecyclePolicyResponse, PutLifecyclePolicyError> {
        lifecycle::put_lifecycle_policy(self, input, _cx).await
    }

    async fn get_lifecycle_policy(
        &self,
        input: GetLifecyclePolicyRequest,
        _cx: Context,
    ) -> Result<GetLifecyclePolicyResponse, GetLifecyclePolicyError> {
        lifecycle::get_lifecycle_policy(self, input, _cx).await
    }

    async fn delete_lifecycle_policy(
        &self,
        input: DeleteLifecyclePolicyRequest,
        _cx: Context,
    ) -> Result<DeleteLifecyclePolicyResponse, DeleteLifecyclePolicyError> {
        lifecycle::delete_lifecycle_policy(self, input, _cx).await
    }

    async fn start_lifecycle_policy_preview(
        &self,
        input: StartLifecyclePolicyPreviewRequest,
        _cx: Context,
    ) -> Result<StartLifecyclePolicyPreviewResponse, StartLifecyclePolicyPreviewError> {
        lifecycle::start_lifecycle_policy_preview(self, input, _cx).await
    }

    async fn get_lifecycle_policy_preview(
        &self,
        input: GetLifecyclePolicyPreviewRequest,
        _cx: Context,
    ) -> Result<GetLifecyclePolicyPreviewResponse, GetLifecyclePolicyPreviewError> {
        lifecycle::get_lifecycle_policy_preview(self, input, _cx).await
    }

    async fn tag_resource(
        &self,
        input: TagResourceRequest,
        _cx: Context,
    ) -> Result<TagResourceResponse, TagResourceError> {
        repositories::tag_resource(self, input, _cx).await
    }

    async fn untag_resource(
        &self,
        input: UntagResourceRequest,
        _cx: Context,
    ) -> Result<UntagResourceResponse, UntagResourceError> {
        repositories::untag_resource(self, input, _cx).await
    }

    async fn list_tags_for_resource(
        &self,
        input: ListTagsForResourceRequest,
        _cx: Context,
    ) -> Result<ListTagsForResourceResponse, ListTagsForResourceError> {
        repositories::list_tags_for_resource(self, input, _cx).await
    }

    async fn batch_delete_image(
        &self,
        input: BatchDeleteImageRequest,
        _cx: Context,
    ) -> Result<BatchDeleteImageResponse, BatchDeleteImageError> {
        images::batch_delete_image(self, input, _cx).await
    }

    async fn create_pull_through_cache_rule(
        &self,
        input: CreatePullThroughCacheRuleRequest,
        _cx: Context,
    ) -> Result<CreatePullThroughCacheRuleResponse, CreatePullThroughCacheRuleError> {
        cache::create_pull_through_cache_rule(self, input, _cx).await
    }

    async fn describe_pull_through_cache_rules(
        &self,
        input: DescribePullThroughCacheRulesRequest,
        _cx: Context,
    ) -> Result<DescribePullThroughCacheRulesResponse, DescribePullThroughCacheRulesError> {
        cache::describe_pull_through_cache_rules(self, input, _cx).await
    }

    async fn delete_pull_through_cache_rule(
        &self,
        input: DeletePullThroughCacheRuleRequest,
        _cx: Context,
    ) -> Result<DeletePullThroughCacheRuleResponse, DeletePullThroughCacheRuleError> {
        cache::delete_pull_through_cache_rule(self, input, _cx).await
    }

    async fn get_authorization_token(
        &self,
        input: GetAuthorizationTokenRequest,
        cx: Context,
    ) -> Result<GetAuthorizationTokenResponse, GetAuthorizationTokenError> {
        tokens::get_authorization_token(self, input, cx).await
    }

    async fn get_download_url_for_layer(
        &self,
        input: GetDownloadUrlForLayerRequest,
        cx: Context,
    ) -> Result<GetDownloadUrlForLayerResponse, GetDownloadUrlForLayerError> {
        layers::get_download_url_for_layer(self, input, cx).await
    }

    async fn describe_registry(
        &self,
        input: DescribeRegistryRequest,
        cx: Context,
    ) -> Result<DescribeRegistryResponse, DescribeRegistryError> {
        account::describe_registry(self, input, cx).await
    }

    async fn get_account_setting(
        &self,
        input: GetAccountSettingRequest,
        cx: Context,
    ) -> Result<GetAccountSettingResponse, GetAccountSettingError> {
        account::get_account_setting(self, input, cx).await
    }

    async fn put_account_setting(
        &self,
        input: PutAccountSettingRequest,
        cx: Context,
    ) -> Result<PutAccountSettingResponse, PutAccountSettingError> {
        account::put_account_setting(self, input, cx).await
    }

    async fn put_image_scanning_configuration(
        &self,
        input: PutImageScanningConfigurationRequest,
        cx: Context,
    ) -> Result<PutImageScanningConfigurationResponse, PutImageScanningConfigurationError> {
        scanning::put_image_scanning_configuration(self, input, cx).await
    }

    async fn get_registry_scanning_configuration(
        &self,
        input: GetRegistryScanningConfigurationRequest,
        cx: Context,
    ) -> Result<GetRegistryScanningConfigurationResponse, GetRegistryScanningConfigurationError>
    {
        scanning::get_registry_scanning_configuration(self, input, cx).await
    }

    async fn put_registry_scanning_configuration(
        &self,
        input: PutRegistryScanningConfigurationRequest,
        cx: Context,
    ) -> Result<PutRegistryScanningConfigurationResponse, PutRegistryScanningConfigurationError>
    {
        scanning::put_registry_scanning_configuration(self, input, cx).await
    }

    async fn batch_get_repository_scanning_configuration(
        &self,
        input: BatchGetRepositoryScanningConfigurationRequest,
        cx: Context,
    ) -> Result<
        BatchGetRepositoryScanningConfigurationResponse,
        BatchGetRepositoryScanningConfigurationError,
    > {
        scanning::batch_get_repository_scanning_configuration(self, input, cx).await
    }

    async fn create_repository_creation_template(
        &self,
        input: CreateRepositoryCreationTemplateRequest,
        cx: Context,
    ) -> Result<CreateRepositoryCreationTemplateResponse, CreateRepositoryCreationTemplateError>
    {
        templates::create_repository_creation_template(self, input, cx).await
    }

    async fn describe_repository_creation_templates(
        &self,
        input: DescribeRepositoryCreationTemplatesRequest,
        cx: Context,
    ) -> Result<DescribeRepositoryCreationTemplatesResponse, DescribeRepositoryCreationTemplatesError>
    {
        templates::describe_repository_creation_templates(self, input, cx).await
    }

    async fn update_repository_creation_template(
        &self,
        input: UpdateRepositoryCreationTemplateRequest,
        cx: Context,
    ) -> Result<UpdateRepositoryCreationTemplateResponse, UpdateRepositoryCreationTemplateError>
    {
        templates::update_repository_creation_template(self, input, cx).await
    }

    async fn delete_repository_creation_template(
        &self,
        input: DeleteRepositoryCreationTemplateRequest,
        cx: Context,
    ) -> Result<DeleteRepositoryCreationTemplateResponse, DeleteRepositoryCreationTemplateError>
    {
        templates::delete_repository_creation_template(self, input, cx).await
    }

    async fn update_pull_through_cache_rule(
        &self,
        input: UpdatePullThroughCacheRuleRequest,
        cx: Context,
    ) -> Result<UpdatePullThroughCacheRuleResponse, UpdatePullThroughCacheRuleError> {
        cache::update_pull_through_cache_rule(self, input, cx).await
    }

    async fn validate_pull_through_cache_rule(
        &self,
        input: ValidatePullThroughCacheRuleRequest,
        cx: Context,
    ) -> Result<ValidatePullThroughCacheRuleResponse, ValidatePullThroughCacheRuleError> {
        cache::validate_pull_through_cache_rule(self, input, cx).await
    }

    async fn get_repository_policy(
        &self,
        input: GetRepositoryPolicyRequest,
        cx: Context,
    ) -> Result<GetRepositoryPolicyResponse, GetRepositoryPolicyError> {
        policies::get_repository_policy(self, input, cx).await
    }

    async fn set_repository_policy(
        &self,
        input: SetRepositoryPolicyRequest,
        cx: Context,
    ) -> Result<SetRepositoryPolicyResponse, SetRepositoryPolicyError> {
        policies::set_repository_policy(self, input, cx).await
    }

    async fn delete_repository_policy(
        &self,
        input: DeleteRepositoryPolicyRequest,
        cx: Context,
    ) -> Result<DeleteRepositoryPolicyResponse, DeleteRepositoryPolicyError> {
        policies::delete_repository_policy(self, input, cx).await
    }

    async fn get_registry_policy(
        &self,
        input: GetRegistryPolicyRequest,
        cx: Context,
    ) -> Result<GetRegistryPolicyResponse, GetRegistryPolicyError> {
        policies::get_registry_policy(self, input, cx).await
    }

    async fn put_registry_policy(
        &self,
        input: PutRegistryPolicyRequest,
        cx: Context,
    ) -> Result<PutRegistryPolicyResponse, PutRegistryPolicyError> {
        policies::put_registry_policy(self, input, cx).await
    }

    async fn delete_registry_policy(
        &self,
        input: DeleteRegistryPolicyRequest,
        cx: Context,
    ) -> Result<DeleteRegistryPolicyResponse, DeleteRegistryPolicyError> {
        policies::delete_registry_policy(self, input, cx).await
    }

    async fn list_image_referrers(
        &self,
        input: ListImageReferrersRequest,
        cx: Context,
    ) -> Result<ListImageReferrersResponse, ListImageReferrersError> {
        images::list_image_referrers(self, input, cx).await
    }

    async fn update_image_storage_class(
        &self,
        input: UpdateImageStorageClassRequest,
        cx: Context,
    ) -> Result<UpdateImageStorageClassResponse, UpdateImageStorageClassError> {
        images::update_image_storage_class(self, input, cx).await
    }

    async fn register_pull_time_update_exclusion(
        &self,
        input: RegisterPullTimeUpdateExclusionRequest,
        cx: Context,
    ) -> Result<RegisterPullTimeUpdateExclusionResponse, RegisterPullTimeUpdateExclusionError> {
        exclusions::register_pull_time_update_exclusion(self, input, cx).await
    }

    async fn deregister_pull_time_update_exclusion(
        &self,
        input: DeregisterPullTimeUpdateExclusionRequest,
        cx: Context,
    ) -> Result<DeregisterPullTimeUpdateExclusionResponse, DeregisterPullTimeUpdateExclusionError>
    {
        exclusions::deregister_pull_time_update_exclusion(self, input, cx).await
    }

    async fn list_pull_time_update_exclusions(
        &self,
        input: ListPullTimeUpdateExclusionsRequest,
        cx: Context,
    ) -> Result<ListPullTimeUpdateExclusionsResponse, ListPullTimeUpdateExclusionsError> {
        exclusions::list_pull_time_update_exclusions(self, input, cx).await
    }

    async fn start_image_scan(
        &self,
        input: StartImageScanRequest,
        cx: Context,
    ) -> Result<StartImageScanResponse, StartImageScanError> {
        scanning::start_image_scan(self, input, cx).await
    }

    async fn describe_image_scan_findings(
        &self,
        input: DescribeImageScanFindingsRequest,
        cx: Context,
    ) -> Result<DescribeImageScanFindingsResponse, DescribeImageScanFindingsError> {
        scanning::describe_image_scan_findings(self, input, cx).await
    }

    async fn put_replication_configuration(
        &self,
        input: PutReplicationConfigurationRequest,
        cx: Context,
    ) -> Result<PutReplicationConfigurationResponse, PutReplicationConfigurationError> {
        replication::put_replication_configuration(self, input, cx).await
    }

    async fn describe_image_replication_status(
        &self,
        input: DescribeImageReplicationStatusRequest,
        cx: Context,
    ) -> Result<DescribeImageReplicationStatusResponse, DescribeImageReplicationStatusError> {
        replication::describe_image_replication_status(self, input, cx).await
    }

    async fn put_signing_configuration(
        &self,
        input: PutSigningConfigurationRequest,
        cx: Context,
    ) -> Result<PutSigningConfigurationResponse, PutSigningConfigurationError> {
        signing::put_signing_configuration(self, input, cx).await
    }

    async fn get_signing_configuration(
        &self,
        input: GetSigningConfigurationRequest,
        cx: Context,
    ) -> Result<GetSigningConfigurationResponse, GetSigningConfigurationError> {
        signing::get_signing_configuration(self, input, cx).await
    }

    async fn delete_signing_configuration(
        &self,
        input: DeleteSigningConfigurationRequest,
        cx: Context,
    ) -> Result<DeleteSigningConfigurationResponse, DeleteSigningConfigurationError> {
        signing::delete_signing_configuration(self, input, cx).await
    }

    async fn describe_image_signing_status(
        &self,
        input: DescribeImageSigningStatusRequest,
        cx: Context,
    ) -> Result<DescribeImageSigningStatusResponse, DescribeImageSigningStatusError> {
        signing::describe_image_signing_status(self, input, cx).await
    }
}
