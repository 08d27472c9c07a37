// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Amazon Elastic Container Registry: implement [`Ecr`] and serve [`EcrServer`].
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
use rt::server::{http, http_body, tower};
pub use rt::server::{Authenticate, Config, Context};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, OperationError as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use ecr_types;
use ecr_types::error::*;
use ecr_types::model::*;
/// Amazon Elastic Container Registry (ECR) stores container images: repositories hold images, images are manifests that reference layers, and layers are content-addressed blobs.
///
/// This model covers the operations a registry needs to push and pull an image: repository management, the layer upload protocol, image manifests, layer download URLs and registry credentials.
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Ecr: rt::Send + rt::Sync + 'static {
    /// Tells, for each of several layer digests, whether the repository already has that layer.
    fn batch_check_layer_availability(
        &self,
        input: BatchCheckLayerAvailabilityRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<BatchCheckLayerAvailabilityResponse, BatchCheckLayerAvailabilityError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("BatchCheckLayerAvailability")) }
    }
    /// Deletes several images, named by tag or digest. Deleting the last tag of an image deletes the image.
    fn batch_delete_image(
        &self,
        input: BatchDeleteImageRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<BatchDeleteImageResponse, BatchDeleteImageError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("BatchDeleteImage")) }
    }
    /// Returns the manifests of several images, named by tag or digest.
    fn batch_get_image(
        &self,
        input: BatchGetImageRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<BatchGetImageResponse, BatchGetImageError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("BatchGetImage")) }
    }
    /// Tells, for several repositories, how their images are scanned under the registry's rules.
    fn batch_get_repository_scanning_configuration(
        &self,
        input: BatchGetRepositoryScanningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            BatchGetRepositoryScanningConfigurationResponse,
            BatchGetRepositoryScanningConfigurationError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "BatchGetRepositoryScanningConfiguration",
            ))
        }
    }
    /// Finishes a layer upload: the registry checks the received bytes against the expected digest and makes the layer available.
    fn complete_layer_upload(
        &self,
        input: CompleteLayerUploadRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<CompleteLayerUploadResponse, CompleteLayerUploadError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CompleteLayerUpload")) }
    }
    /// Creates a pull-through cache rule: repositories whose names start with the rule's prefix mirror the repositories of an upstream registry, fetched on first pull and kept.
    fn create_pull_through_cache_rule(
        &self,
        input: CreatePullThroughCacheRuleRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<CreatePullThroughCacheRuleResponse, CreatePullThroughCacheRuleError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CreatePullThroughCacheRule")) }
    }
    /// Creates an empty image repository in a registry.
    fn create_repository(
        &self,
        input: CreateRepositoryRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<CreateRepositoryResponse, CreateRepositoryError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CreateRepository")) }
    }
    /// Creates a template of the settings given to repositories that pull-through caching or replication creates under a prefix.
    fn create_repository_creation_template(
        &self,
        input: CreateRepositoryCreationTemplateRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            CreateRepositoryCreationTemplateResponse,
            CreateRepositoryCreationTemplateError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "CreateRepositoryCreationTemplate",
            ))
        }
    }
    /// Removes a repository's lifecycle policy: no image expires any more.
    fn delete_lifecycle_policy(
        &self,
        input: DeleteLifecyclePolicyRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<DeleteLifecyclePolicyResponse, DeleteLifecyclePolicyError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteLifecyclePolicy")) }
    }
    /// Deletes a pull-through cache rule. Repositories it created and the images cached in them stay.
    fn delete_pull_through_cache_rule(
        &self,
        input: DeletePullThroughCacheRuleRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<DeletePullThroughCacheRuleResponse, DeletePullThroughCacheRuleError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeletePullThroughCacheRule")) }
    }
    /// Deletes the registry's access policy.
    fn delete_registry_policy(
        &self,
        input: DeleteRegistryPolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteRegistryPolicyResponse, DeleteRegistryPolicyError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteRegistryPolicy")) }
    }
    /// Deletes a repository. A repository that still holds images is only deleted when `force` is set, and its images go with it.
    fn delete_repository(
        &self,
        input: DeleteRepositoryRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteRepositoryResponse, DeleteRepositoryError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteRepository")) }
    }
    /// Deletes a repository creation template.
    fn delete_repository_creation_template(
        &self,
        input: DeleteRepositoryCreationTemplateRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            DeleteRepositoryCreationTemplateResponse,
            DeleteRepositoryCreationTemplateError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "DeleteRepositoryCreationTemplate",
            ))
        }
    }
    /// Deletes the access policy of a repository.
    fn delete_repository_policy(
        &self,
        input: DeleteRepositoryPolicyRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<DeleteRepositoryPolicyResponse, DeleteRepositoryPolicyError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteRepositoryPolicy")) }
    }
    /// Deletes the registry's signing configuration: images pushed afterwards are not signed.
    fn delete_signing_configuration(
        &self,
        input: DeleteSigningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<DeleteSigningConfigurationResponse, DeleteSigningConfigurationError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteSigningConfiguration")) }
    }
    /// Records image pulls by a principal again (see `RegisterPullTimeUpdateExclusion`).
    fn deregister_pull_time_update_exclusion(
        &self,
        input: DeregisterPullTimeUpdateExclusionRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            DeregisterPullTimeUpdateExclusionResponse,
            DeregisterPullTimeUpdateExclusionError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "DeregisterPullTimeUpdateExclusion",
            ))
        }
    }
    /// Tells, for each registry an image is copied to, whether the copy is done, under way or failed, and why.
    fn describe_image_replication_status(
        &self,
        input: DescribeImageReplicationStatusRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            DescribeImageReplicationStatusResponse,
            DescribeImageReplicationStatusError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "DescribeImageReplicationStatus",
            ))
        }
    }
    /// Tells how an image's last scan went and what it found, page by page.
    fn describe_image_scan_findings(
        &self,
        input: DescribeImageScanFindingsRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<DescribeImageScanFindingsResponse, DescribeImageScanFindingsError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeImageScanFindings")) }
    }
    /// Tells, for each signing profile whose rules matched an image, whether the image was signed.
    fn describe_image_signing_status(
        &self,
        input: DescribeImageSigningStatusRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<DescribeImageSigningStatusResponse, DescribeImageSigningStatusError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeImageSigningStatus")) }
    }
    /// Describes the images of a repository, or the named ones: digest, tags, size, push time, media types and when the image was last pulled. Results come in pages, optionally only tagged or only untagged images.
    fn describe_images(
        &self,
        input: DescribeImagesRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeImagesResponse, DescribeImagesError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeImages")) }
    }
    /// Lists pull-through cache rules, all of them or those with the given prefixes.
    fn describe_pull_through_cache_rules(
        &self,
        input: DescribePullThroughCacheRulesRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            DescribePullThroughCacheRulesResponse,
            DescribePullThroughCacheRulesError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribePullThroughCacheRules")) }
    }
    /// Tells the registry id and the replication configuration in force.
    fn describe_registry(
        &self,
        input: DescribeRegistryRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeRegistryResponse, DescribeRegistryError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeRegistry")) }
    }
    /// Describes the repositories of a registry, or the named ones. Results come in pages.
    fn describe_repositories(
        &self,
        input: DescribeRepositoriesRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeRepositoriesResponse, DescribeRepositoriesError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeRepositories")) }
    }
    /// Lists repository creation templates, all or those of the prefixes named.
    fn describe_repository_creation_templates(
        &self,
        input: DescribeRepositoryCreationTemplatesRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            DescribeRepositoryCreationTemplatesResponse,
            DescribeRepositoryCreationTemplatesError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "DescribeRepositoryCreationTemplates",
            ))
        }
    }
    /// Reads one of the registry account's settings (`BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`).
    fn get_account_setting(
        &self,
        input: GetAccountSettingRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetAccountSettingResponse, GetAccountSettingError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetAccountSetting")) }
    }
    /// Returns a token that authenticates Docker-compatible clients to the registry. The token is the base64 form of `user:password` and expires after some hours.
    fn get_authorization_token(
        &self,
        input: GetAuthorizationTokenRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<GetAuthorizationTokenResponse, GetAuthorizationTokenError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetAuthorizationToken")) }
    }
    /// Returns a pre-signed URL from which the content of one layer can be downloaded. Only layers that at least one image in the repository references have a URL.
    ///
    /// Pulling clients call it once for each layer they do not have yet.
    fn get_download_url_for_layer(
        &self,
        input: GetDownloadUrlForLayerRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<GetDownloadUrlForLayerResponse, GetDownloadUrlForLayerError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetDownloadUrlForLayer")) }
    }
    /// Returns a repository's lifecycle policy and when it was last applied.
    fn get_lifecycle_policy(
        &self,
        input: GetLifecyclePolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetLifecyclePolicyResponse, GetLifecyclePolicyError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetLifecyclePolicy")) }
    }
    /// Returns the images the last preview found would expire, each with the rule that would expire it, page by page.
    fn get_lifecycle_policy_preview(
        &self,
        input: GetLifecyclePolicyPreviewRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<GetLifecyclePolicyPreviewResponse, GetLifecyclePolicyPreviewError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetLifecyclePolicyPreview")) }
    }
    /// Reads the registry's access policy.
    fn get_registry_policy(
        &self,
        input: GetRegistryPolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetRegistryPolicyResponse, GetRegistryPolicyError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetRegistryPolicy")) }
    }
    /// Tells how images of this registry are scanned: the scan type and its rules.
    fn get_registry_scanning_configuration(
        &self,
        input: GetRegistryScanningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            GetRegistryScanningConfigurationResponse,
            GetRegistryScanningConfigurationError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "GetRegistryScanningConfiguration",
            ))
        }
    }
    /// Reads the access policy of a repository.
    fn get_repository_policy(
        &self,
        input: GetRepositoryPolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetRepositoryPolicyResponse, GetRepositoryPolicyError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetRepositoryPolicy")) }
    }
    /// Tells which images the registry signs when they are pushed, and with which signing profile.
    fn get_signing_configuration(
        &self,
        input: GetSigningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<GetSigningConfigurationResponse, GetSigningConfigurationError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetSigningConfiguration")) }
    }
    /// Starts uploading a layer: returns the upload id that the following `UploadLayerPart` and `CompleteLayerUpload` calls name, and the part size to use.
    fn initiate_layer_upload(
        &self,
        input: InitiateLayerUploadRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<InitiateLayerUploadResponse, InitiateLayerUploadError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("InitiateLayerUpload")) }
    }
    /// Lists the artifacts (signatures, SBOMs, attestations) whose subject is an image.
    fn list_image_referrers(
        &self,
        input: ListImageReferrersRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListImageReferrersResponse, ListImageReferrersError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListImageReferrers")) }
    }
    /// Lists the image identifiers (digest and tag) of a repository, page by page, optionally only tagged or only untagged images.
    fn list_images(
        &self,
        input: ListImagesRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListImagesResponse, ListImagesError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListImages")) }
    }
    /// Lists the principals whose pulls are not recorded in images' last pull times.
    fn list_pull_time_update_exclusions(
        &self,
        input: ListPullTimeUpdateExclusionsRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            ListPullTimeUpdateExclusionsResponse,
            ListPullTimeUpdateExclusionsError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListPullTimeUpdateExclusions")) }
    }
    /// Lists the tags of a repository.
    fn list_tags_for_resource(
        &self,
        input: ListTagsForResourceRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListTagsForResourceResponse, ListTagsForResourceError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListTagsForResource")) }
    }
    /// Changes one of the registry account's settings.
    fn put_account_setting(
        &self,
        input: PutAccountSettingRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PutAccountSettingResponse, PutAccountSettingError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutAccountSetting")) }
    }
    /// Creates or updates an image from its manifest, optionally tagging it. Every layer the manifest references must already be in the repository.
    fn put_image(
        &self,
        input: PutImageRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PutImageResponse, PutImageError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutImage")) }
    }
    /// Turns scanning of every image pushed to a repository on or off.
    fn put_image_scanning_configuration(
        &self,
        input: PutImageScanningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            PutImageScanningConfigurationResponse,
            PutImageScanningConfigurationError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutImageScanningConfiguration")) }
    }
    /// Makes a repository's tags immutable (a tag, once it names an image, names it for good: pushing it again for another image is refused) or mutable again.
    fn put_image_tag_mutability(
        &self,
        input: PutImageTagMutabilityRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<PutImageTagMutabilityResponse, PutImageTagMutabilityError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutImageTagMutability")) }
    }
    /// Sets a repository's lifecycle policy: rules that expire images (the oldest beyond a count, or those pushed more than some days ago, selected by tag status, tag prefixes or tag patterns). The registry applies it on a schedule.
    fn put_lifecycle_policy(
        &self,
        input: PutLifecyclePolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PutLifecyclePolicyResponse, PutLifecyclePolicyError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutLifecyclePolicy")) }
    }
    /// Sets the registry's access policy, which covers every repository.
    fn put_registry_policy(
        &self,
        input: PutRegistryPolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PutRegistryPolicyResponse, PutRegistryPolicyError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutRegistryPolicy")) }
    }
    /// Sets how the images of this registry are scanned.
    fn put_registry_scanning_configuration(
        &self,
        input: PutRegistryScanningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            PutRegistryScanningConfigurationResponse,
            PutRegistryScanningConfigurationError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "PutRegistryScanningConfiguration",
            ))
        }
    }
    /// Sets where the registry copies pushed images: other registries, named by region and account, that the registry can reach.
    fn put_replication_configuration(
        &self,
        input: PutReplicationConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<PutReplicationConfigurationResponse, PutReplicationConfigurationError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutReplicationConfiguration")) }
    }
    /// Sets which images the registry signs when they are pushed, and with which signing profile.
    fn put_signing_configuration(
        &self,
        input: PutSigningConfigurationRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<PutSigningConfigurationResponse, PutSigningConfigurationError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutSigningConfiguration")) }
    }
    /// Stops recording the pulls of a principal in images' last pull times (for scanners and mirrors whose pulls say nothing about use).
    fn register_pull_time_update_exclusion(
        &self,
        input: RegisterPullTimeUpdateExclusionRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            RegisterPullTimeUpdateExclusionResponse,
            RegisterPullTimeUpdateExclusionError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "RegisterPullTimeUpdateExclusion",
            ))
        }
    }
    /// Sets the access policy of a repository, an IAM policy document whose statements allow or deny ECR actions to principals.
    fn set_repository_policy(
        &self,
        input: SetRepositoryPolicyRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<SetRepositoryPolicyResponse, SetRepositoryPolicyError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("SetRepositoryPolicy")) }
    }
    /// Scans an image: reads the package databases of its layers (dpkg, apk, rpm) and matches the installed versions against the registry's vulnerability database.
    fn start_image_scan(
        &self,
        input: StartImageScanRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<StartImageScanResponse, StartImageScanError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("StartImageScan")) }
    }
    /// Computes what a lifecycle policy (the one given, else the repository's) would expire now, without expiring anything; `GetLifecyclePolicyPreview` returns it.
    fn start_lifecycle_policy_preview(
        &self,
        input: StartLifecyclePolicyPreviewRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<StartLifecyclePolicyPreviewResponse, StartLifecyclePolicyPreviewError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("StartLifecyclePolicyPreview")) }
    }
    /// Adds tags to a repository, or changes the values of those it has (at most 50 in all).
    fn tag_resource(
        &self,
        input: TagResourceRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<TagResourceResponse, TagResourceError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("TagResource")) }
    }
    /// Removes tags from a repository, by key; keys it does not have are ignored.
    fn untag_resource(
        &self,
        input: UntagResourceRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<UntagResourceResponse, UntagResourceError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("UntagResource")) }
    }
    /// Moves an image to archival storage, where it is kept but cannot be pulled, or back to standard storage.
    fn update_image_storage_class(
        &self,
        input: UpdateImageStorageClassRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<UpdateImageStorageClassResponse, UpdateImageStorageClassError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("UpdateImageStorageClass")) }
    }
    /// Changes the credentials a pull-through cache rule uses for its upstream.
    fn update_pull_through_cache_rule(
        &self,
        input: UpdatePullThroughCacheRuleRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<UpdatePullThroughCacheRuleResponse, UpdatePullThroughCacheRuleError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("UpdatePullThroughCacheRule")) }
    }
    /// Changes the settings of a repository creation template.
    fn update_repository_creation_template(
        &self,
        input: UpdateRepositoryCreationTemplateRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            UpdateRepositoryCreationTemplateResponse,
            UpdateRepositoryCreationTemplateError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async {
            Err(rt::server::not_implemented(
                "UpdateRepositoryCreationTemplate",
            ))
        }
    }
    /// Uploads the next consecutive byte range of a layer upload.
    fn upload_layer_part(
        &self,
        input: UploadLayerPartRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<UploadLayerPartResponse, UploadLayerPartError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("UploadLayerPart")) }
    }
    /// Checks that a pull-through cache rule's upstream answers and accepts the rule's credentials.
    fn validate_pull_through_cache_rule(
        &self,
        input: ValidatePullThroughCacheRuleRequest,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<
            ValidatePullThroughCacheRuleResponse,
            ValidatePullThroughCacheRuleError,
        >,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ValidatePullThroughCacheRule")) }
    }
}
/// The operations of [`EcrServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Ecr::batch_check_layer_availability`].
    BatchCheckLayerAvailability,
    /// A call of [`Ecr::batch_delete_image`].
    BatchDeleteImage,
    /// A call of [`Ecr::batch_get_image`].
    BatchGetImage,
    /// A call of [`Ecr::batch_get_repository_scanning_configuration`].
    BatchGetRepositoryScanningConfiguration,
    /// A call of [`Ecr::complete_layer_upload`].
    CompleteLayerUpload,
    /// A call of [`Ecr::create_pull_through_cache_rule`].
    CreatePullThroughCacheRule,
    /// A call of [`Ecr::create_repository`].
    CreateRepository,
    /// A call of [`Ecr::create_repository_creation_template`].
    CreateRepositoryCreationTemplate,
    /// A call of [`Ecr::delete_lifecycle_policy`].
    DeleteLifecyclePolicy,
    /// A call of [`Ecr::delete_pull_through_cache_rule`].
    DeletePullThroughCacheRule,
    /// A call of [`Ecr::delete_registry_policy`].
    DeleteRegistryPolicy,
    /// A call of [`Ecr::delete_repository`].
    DeleteRepository,
    /// A call of [`Ecr::delete_repository_creation_template`].
    DeleteRepositoryCreationTemplate,
    /// A call of [`Ecr::delete_repository_policy`].
    DeleteRepositoryPolicy,
    /// A call of [`Ecr::delete_signing_configuration`].
    DeleteSigningConfiguration,
    /// A call of [`Ecr::deregister_pull_time_update_exclusion`].
    DeregisterPullTimeUpdateExclusion,
    /// A call of [`Ecr::describe_image_replication_status`].
    DescribeImageReplicationStatus,
    /// A call of [`Ecr::describe_image_scan_findings`].
    DescribeImageScanFindings,
    /// A call of [`Ecr::describe_image_signing_status`].
    DescribeImageSigningStatus,
    /// A call of [`Ecr::describe_images`].
    DescribeImages,
    /// A call of [`Ecr::describe_pull_through_cache_rules`].
    DescribePullThroughCacheRules,
    /// A call of [`Ecr::describe_registry`].
    DescribeRegistry,
    /// A call of [`Ecr::describe_repositories`].
    DescribeRepositories,
    /// A call of [`Ecr::describe_repository_creation_templates`].
    DescribeRepositoryCreationTemplates,
    /// A call of [`Ecr::get_account_setting`].
    GetAccountSetting,
    /// A call of [`Ecr::get_authorization_token`].
    GetAuthorizationToken,
    /// A call of [`Ecr::get_download_url_for_layer`].
    GetDownloadUrlForLayer,
    /// A call of [`Ecr::get_lifecycle_policy`].
    GetLifecyclePolicy,
    /// A call of [`Ecr::get_lifecycle_policy_preview`].
    GetLifecyclePolicyPreview,
    /// A call of [`Ecr::get_registry_policy`].
    GetRegistryPolicy,
    /// A call of [`Ecr::get_registry_scanning_configuration`].
    GetRegistryScanningConfiguration,
    /// A call of [`Ecr::get_repository_policy`].
    GetRepositoryPolicy,
    /// A call of [`Ecr::get_signing_configuration`].
    GetSigningConfiguration,
    /// A call of [`Ecr::initiate_layer_upload`].
    InitiateLayerUpload,
    /// A call of [`Ecr::list_image_referrers`].
    ListImageReferrers,
    /// A call of [`Ecr::list_images`].
    ListImages,
    /// A call of [`Ecr::list_pull_time_update_exclusions`].
    ListPullTimeUpdateExclusions,
    /// A call of [`Ecr::list_tags_for_resource`].
    ListTagsForResource,
    /// A call of [`Ecr::put_account_setting`].
    PutAccountSetting,
    /// A call of [`Ecr::put_image`].
    PutImage,
    /// A call of [`Ecr::put_image_scanning_configuration`].
    PutImageScanningConfiguration,
    /// A call of [`Ecr::put_image_tag_mutability`].
    PutImageTagMutability,
    /// A call of [`Ecr::put_lifecycle_policy`].
    PutLifecyclePolicy,
    /// A call of [`Ecr::put_registry_policy`].
    PutRegistryPolicy,
    /// A call of [`Ecr::put_registry_scanning_configuration`].
    PutRegistryScanningConfiguration,
    /// A call of [`Ecr::put_replication_configuration`].
    PutReplicationConfiguration,
    /// A call of [`Ecr::put_signing_configuration`].
    PutSigningConfiguration,
    /// A call of [`Ecr::register_pull_time_update_exclusion`].
    RegisterPullTimeUpdateExclusion,
    /// A call of [`Ecr::set_repository_policy`].
    SetRepositoryPolicy,
    /// A call of [`Ecr::start_image_scan`].
    StartImageScan,
    /// A call of [`Ecr::start_lifecycle_policy_preview`].
    StartLifecyclePolicyPreview,
    /// A call of [`Ecr::tag_resource`].
    TagResource,
    /// A call of [`Ecr::untag_resource`].
    UntagResource,
    /// A call of [`Ecr::update_image_storage_class`].
    UpdateImageStorageClass,
    /// A call of [`Ecr::update_pull_through_cache_rule`].
    UpdatePullThroughCacheRule,
    /// A call of [`Ecr::update_repository_creation_template`].
    UpdateRepositoryCreationTemplate,
    /// A call of [`Ecr::upload_layer_part`].
    UploadLayerPart,
    /// A call of [`Ecr::validate_pull_through_cache_rule`].
    ValidatePullThroughCacheRule,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::BatchCheckLayerAvailability,
        Self::BatchDeleteImage,
        Self::BatchGetImage,
        Self::BatchGetRepositoryScanningConfiguration,
        Self::CompleteLayerUpload,
        Self::CreatePullThroughCacheRule,
        Self::CreateRepository,
        Self::CreateRepositoryCreationTemplate,
        Self::DeleteLifecyclePolicy,
        Self::DeletePullThroughCacheRule,
        Self::DeleteRegistryPolicy,
        Self::DeleteRepository,
        Self::DeleteRepositoryCreationTemplate,
        Self::DeleteRepositoryPolicy,
        Self::DeleteSigningConfiguration,
        Self::DeregisterPullTimeUpdateExclusion,
        Self::DescribeImageReplicationStatus,
        Self::DescribeImageScanFindings,
        Self::DescribeImageSigningStatus,
        Self::DescribeImages,
        Self::DescribePullThroughCacheRules,
        Self::DescribeRegistry,
        Self::DescribeRepositories,
        Self::DescribeRepositoryCreationTemplates,
        Self::GetAccountSetting,
        Self::GetAuthorizationToken,
        Self::GetDownloadUrlForLayer,
        Self::GetLifecyclePolicy,
        Self::GetLifecyclePolicyPreview,
        Self::GetRegistryPolicy,
        Self::GetRegistryScanningConfiguration,
        Self::GetRepositoryPolicy,
        Self::GetSigningConfiguration,
        Self::InitiateLayerUpload,
        Self::ListImageReferrers,
        Self::ListImages,
        Self::ListPullTimeUpdateExclusions,
        Self::ListTagsForResource,
        Self::PutAccountSetting,
        Self::PutImage,
        Self::PutImageScanningConfiguration,
        Self::PutImageTagMutability,
        Self::PutLifecyclePolicy,
        Self::PutRegistryPolicy,
        Self::PutRegistryScanningConfiguration,
        Self::PutReplicationConfiguration,
        Self::PutSigningConfiguration,
        Self::RegisterPullTimeUpdateExclusion,
        Self::SetRepositoryPolicy,
        Self::StartImageScan,
        Self::StartLifecyclePolicyPreview,
        Self::TagResource,
        Self::UntagResource,
        Self::UpdateImageStorageClass,
        Self::UpdatePullThroughCacheRule,
        Self::UpdateRepositoryCreationTemplate,
        Self::UploadLayerPart,
        Self::ValidatePullThroughCacheRule,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::BatchCheckLayerAvailability => "BatchCheckLayerAvailability",
            Self::BatchDeleteImage => "BatchDeleteImage",
            Self::BatchGetImage => "BatchGetImage",
            Self::BatchGetRepositoryScanningConfiguration => {
                "BatchGetRepositoryScanningConfiguration"
            }
            Self::CompleteLayerUpload => "CompleteLayerUpload",
            Self::CreatePullThroughCacheRule => "CreatePullThroughCacheRule",
            Self::CreateRepository => "CreateRepository",
            Self::CreateRepositoryCreationTemplate => "CreateRepositoryCreationTemplate",
            Self::DeleteLifecyclePolicy => "DeleteLifecyclePolicy",
            Self::DeletePullThroughCacheRule => "DeletePullThroughCacheRule",
            Self::DeleteRegistryPolicy => "DeleteRegistryPolicy",
            Self::DeleteRepository => "DeleteRepository",
            Self::DeleteRepositoryCreationTemplate => "DeleteRepositoryCreationTemplate",
            Self::DeleteRepositoryPolicy => "DeleteRepositoryPolicy",
            Self::DeleteSigningConfiguration => "DeleteSigningConfiguration",
            Self::DeregisterPullTimeUpdateExclusion => "DeregisterPullTimeUpdateExclusion",
            Self::DescribeImageReplicationStatus => "DescribeImageReplicationStatus",
            Self::DescribeImageScanFindings => "DescribeImageScanFindings",
            Self::DescribeImageSigningStatus => "DescribeImageSigningStatus",
            Self::DescribeImages => "DescribeImages",
            Self::DescribePullThroughCacheRules => "DescribePullThroughCacheRules",
            Self::DescribeRegistry => "DescribeRegistry",
            Self::DescribeRepositories => "DescribeRepositories",
            Self::DescribeRepositoryCreationTemplates => "DescribeRepositoryCreationTemplates",
            Self::GetAccountSetting => "GetAccountSetting",
            Self::GetAuthorizationToken => "GetAuthorizationToken",
            Self::GetDownloadUrlForLayer => "GetDownloadUrlForLayer",
            Self::GetLifecyclePolicy => "GetLifecyclePolicy",
            Self::GetLifecyclePolicyPreview => "GetLifecyclePolicyPreview",
            Self::GetRegistryPolicy => "GetRegistryPolicy",
            Self::GetRegistryScanningConfiguration => "GetRegistryScanningConfiguration",
            Self::GetRepositoryPolicy => "GetRepositoryPolicy",
            Self::GetSigningConfiguration => "GetSigningConfiguration",
            Self::InitiateLayerUpload => "InitiateLayerUpload",
            Self::ListImageReferrers => "ListImageReferrers",
            Self::ListImages => "ListImages",
            Self::ListPullTimeUpdateExclusions => "ListPullTimeUpdateExclusions",
            Self::ListTagsForResource => "ListTagsForResource",
            Self::PutAccountSetting => "PutAccountSetting",
            Self::PutImage => "PutImage",
            Self::PutImageScanningConfiguration => "PutImageScanningConfiguration",
            Self::PutImageTagMutability => "PutImageTagMutability",
            Self::PutLifecyclePolicy => "PutLifecyclePolicy",
            Self::PutRegistryPolicy => "PutRegistryPolicy",
            Self::PutRegistryScanningConfiguration => "PutRegistryScanningConfiguration",
            Self::PutReplicationConfiguration => "PutReplicationConfiguration",
            Self::PutSigningConfiguration => "PutSigningConfiguration",
            Self::RegisterPullTimeUpdateExclusion => "RegisterPullTimeUpdateExclusion",
            Self::SetRepositoryPolicy => "SetRepositoryPolicy",
            Self::StartImageScan => "StartImageScan",
            Self::StartLifecyclePolicyPreview => "StartLifecyclePolicyPreview",
            Self::TagResource => "TagResource",
            Self::UntagResource => "UntagResource",
            Self::UpdateImageStorageClass => "UpdateImageStorageClass",
            Self::UpdatePullThroughCacheRule => "UpdatePullThroughCacheRule",
            Self::UpdateRepositoryCreationTemplate => "UpdateRepositoryCreationTemplate",
            Self::UploadLayerPart => "UploadLayerPart",
            Self::ValidatePullThroughCacheRule => "ValidatePullThroughCacheRule",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        matches!(
            self,
            Self::BatchCheckLayerAvailability
                | Self::BatchGetImage
                | Self::BatchGetRepositoryScanningConfiguration
                | Self::DescribeImageReplicationStatus
                | Self::DescribeImageScanFindings
                | Self::DescribeImageSigningStatus
                | Self::DescribeImages
                | Self::DescribePullThroughCacheRules
                | Self::DescribeRegistry
                | Self::DescribeRepositories
                | Self::DescribeRepositoryCreationTemplates
                | Self::GetAccountSetting
                | Self::GetAuthorizationToken
                | Self::GetDownloadUrlForLayer
                | Self::GetLifecyclePolicy
                | Self::GetLifecyclePolicyPreview
                | Self::GetRegistryPolicy
                | Self::GetRegistryScanningConfiguration
                | Self::GetRepositoryPolicy
                | Self::GetSigningConfiguration
                | Self::ListImageReferrers
                | Self::ListImages
                | Self::ListPullTimeUpdateExclusions
                | Self::ListTagsForResource
                | Self::ValidatePullThroughCacheRule
        )
    }
}
/// The [`Ecr`] as a tower `Service` over HTTP, answering `aws.protocols#awsJson1_1`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct EcrServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Ecr> EcrServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "AmazonEC2ContainerRegistry_V20150921",
            &[rt::Protocol::AwsJson1_1],
            &[
                (
                    &ecr_types::http::BATCH_CHECK_LAYER_AVAILABILITY,
                    Operation::BatchCheckLayerAvailability,
                ),
                (
                    &ecr_types::http::BATCH_DELETE_IMAGE,
                    Operation::BatchDeleteImage,
                ),
                (&ecr_types::http::BATCH_GET_IMAGE, Operation::BatchGetImage),
                (
                    &ecr_types::http::BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION,
                    Operation::BatchGetRepositoryScanningConfiguration,
                ),
                (
                    &ecr_types::http::COMPLETE_LAYER_UPLOAD,
                    Operation::CompleteLayerUpload,
                ),
                (
                    &ecr_types::http::CREATE_PULL_THROUGH_CACHE_RULE,
                    Operation::CreatePullThroughCacheRule,
                ),
                (
                    &ecr_types::http::CREATE_REPOSITORY,
                    Operation::CreateRepository,
                ),
                (
                    &ecr_types::http::CREATE_REPOSITORY_CREATION_TEMPLATE,
                    Operation::CreateRepositoryCreationTemplate,
                ),
                (
                    &ecr_types::http::DELETE_LIFECYCLE_POLICY,
                    Operation::DeleteLifecyclePolicy,
                ),
                (
                    &ecr_types::http::DELETE_PULL_THROUGH_CACHE_RULE,
                    Operation::DeletePullThroughCacheRule,
                ),
                (
                    &ecr_types::http::DELETE_REGISTRY_POLICY,
                    Operation::DeleteRegistryPolicy,
                ),
                (
                    &ecr_types::http::DELETE_REPOSITORY,
                    Operation::DeleteRepository,
                ),
                (
                    &ecr_types::http::DELETE_REPOSITORY_CREATION_TEMPLATE,
                    Operation::DeleteRepositoryCreationTemplate,
                ),
                (
                    &ecr_types::http::DELETE_REPOSITORY_POLICY,
                    Operation::DeleteRepositoryPolicy,
                ),
                (
                    &ecr_types::http::DELETE_SIGNING_CONFIGURATION,
                    Operation::DeleteSigningConfiguration,
                ),
                (
                    &ecr_types::http::DEREGISTER_PULL_TIME_UPDATE_EXCLUSION,
                    Operation::DeregisterPullTimeUpdateExclusion,
                ),
                (
                    &ecr_types::http::DESCRIBE_IMAGE_REPLICATION_STATUS,
                    Operation::DescribeImageReplicationStatus,
                ),
                (
                    &ecr_types::http::DESCRIBE_IMAGE_SCAN_FINDINGS,
                    Operation::DescribeImageScanFindings,
                ),
                (
                    &ecr_types::http::DESCRIBE_IMAGE_SIGNING_STATUS,
                    Operation::DescribeImageSigningStatus,
                ),
                (&ecr_types::http::DESCRIBE_IMAGES, Operation::DescribeImages),
                (
                    &ecr_types::http::DESCRIBE_PULL_THROUGH_CACHE_RULES,
                    Operation::DescribePullThroughCacheRules,
                ),
                (
                    &ecr_types::http::DESCRIBE_REGISTRY,
                    Operation::DescribeRegistry,
                ),
                (
                    &ecr_types::http::DESCRIBE_REPOSITORIES,
                    Operation::DescribeRepositories,
                ),
                (
                    &ecr_types::http::DESCRIBE_REPOSITORY_CREATION_TEMPLATES,
                    Operation::DescribeRepositoryCreationTemplates,
                ),
                (
                    &ecr_types::http::GET_ACCOUNT_SETTING,
                    Operation::GetAccountSetting,
                ),
                (
                    &ecr_types::http::GET_AUTHORIZATION_TOKEN,
                    Operation::GetAuthorizationToken,
                ),
                (
                    &ecr_types::http::GET_DOWNLOAD_URL_FOR_LAYER,
                    Operation::GetDownloadUrlForLayer,
                ),
                (
                    &ecr_types::http::GET_LIFECYCLE_POLICY,
                    Operation::GetLifecyclePolicy,
                ),
                (
                    &ecr_types::http::GET_LIFECYCLE_POLICY_PREVIEW,
                    Operation::GetLifecyclePolicyPreview,
                ),
                (
                    &ecr_types::http::GET_REGISTRY_POLICY,
                    Operation::GetRegistryPolicy,
                ),
                (
                    &ecr_types::http::GET_REGISTRY_SCANNING_CONFIGURATION,
                    Operation::GetRegistryScanningConfiguration,
                ),
                (
                    &ecr_types::http::GET_REPOSITORY_POLICY,
                    Operation::GetRepositoryPolicy,
                ),
                (
                    &ecr_types::http::GET_SIGNING_CONFIGURATION,
                    Operation::GetSigningConfiguration,
                ),
                (
                    &ecr_types::http::INITIATE_LAYER_UPLOAD,
                    Operation::InitiateLayerUpload,
                ),
                (
                    &ecr_types::http::LIST_IMAGE_REFERRERS,
                    Operation::ListImageReferrers,
                ),
                (&ecr_types::http::LIST_IMAGES, Operation::ListImages),
                (
                    &ecr_types::http::LIST_PULL_TIME_UPDATE_EXCLUSIONS,
                    Operation::ListPullTimeUpdateExclusions,
                ),
                (
                    &ecr_types::http::LIST_TAGS_FOR_RESOURCE,
                    Operation::ListTagsForResource,
                ),
                (
                    &ecr_types::http::PUT_ACCOUNT_SETTING,
                    Operation::PutAccountSetting,
                ),
                (&ecr_types::http::PUT_IMAGE, Operation::PutImage),
                (
                    &ecr_types::http::PUT_IMAGE_SCANNING_CONFIGURATION,
                    Operation::PutImageScanningConfiguration,
                ),
                (
                    &ecr_types::http::PUT_IMAGE_TAG_MUTABILITY,
                    Operation::PutImageTagMutability,
                ),
                (
                    &ecr_types::http::PUT_LIFECYCLE_POLICY,
                    Operation::PutLifecyclePolicy,
                ),
                (
                    &ecr_types::http::PUT_REGISTRY_POLICY,
                    Operation::PutRegistryPolicy,
                ),
                (
                    &ecr_types::http::PUT_REGISTRY_SCANNING_CONFIGURATION,
                    Operation::PutRegistryScanningConfiguration,
                ),
                (
                    &ecr_types::http::PUT_REPLICATION_CONFIGURATION,
                    Operation::PutReplicationConfiguration,
                ),
                (
                    &ecr_types::http::PUT_SIGNING_CONFIGURATION,
                    Operation::PutSigningConfiguration,
                ),
                (
                    &ecr_types::http::REGISTER_PULL_TIME_UPDATE_EXCLUSION,
                    Operation::RegisterPullTimeUpdateExclusion,
                ),
                (
                    &ecr_types::http::SET_REPOSITORY_POLICY,
                    Operation::SetRepositoryPolicy,
                ),
                (
                    &ecr_types::http::START_IMAGE_SCAN,
                    Operation::StartImageScan,
                ),
                (
                    &ecr_types::http::START_LIFECYCLE_POLICY_PREVIEW,
                    Operation::StartLifecyclePolicyPreview,
                ),
                (&ecr_types::http::TAG_RESOURCE, Operation::TagResource),
                (&ecr_types::http::UNTAG_RESOURCE, Operation::UntagResource),
                (
                    &ecr_types::http::UPDATE_IMAGE_STORAGE_CLASS,
                    Operation::UpdateImageStorageClass,
                ),
                (
                    &ecr_types::http::UPDATE_PULL_THROUGH_CACHE_RULE,
                    Operation::UpdatePullThroughCacheRule,
                ),
                (
                    &ecr_types::http::UPDATE_REPOSITORY_CREATION_TEMPLATE,
                    Operation::UpdateRepositoryCreationTemplate,
                ),
                (
                    &ecr_types::http::UPLOAD_LAYER_PART,
                    Operation::UploadLayerPart,
                ),
                (
                    &ecr_types::http::VALIDATE_PULL_THROUGH_CACHE_RULE,
                    Operation::ValidatePullThroughCacheRule,
                ),
            ],
        );
        Self {
            handler: rt::Arc::new(handler),
            routes: rt::Arc::new(routes),
            config: rt::Arc::new(config),
            plugins: rt::Arc::new(()),
        }
    }
}
impl<S: Ecr, P: rt::server::Plugin<Operation>> EcrServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> EcrServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        EcrServer {
            handler: self.handler,
            routes: self.routes,
            config: self.config,
            plugins: rt::Arc::new((rt::Arc::unwrap_or_clone(self.plugins), plugin)),
        }
    }
    /// The handler.
    pub fn handler(&self) -> &rt::Arc<S> {
        &self.handler
    }
    /// Handles one request: read, authenticate, route, decode, validate,
    /// call the handler, encode, respond; then, when the answer left
    /// some of the request's body unread, keeps the connection usable
    /// for the client's next request (`rt::server::settle`).
    pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let (req, tail) = rt::server::watch_body(req);
        let response = self.answer(req).await;
        rt::server::settle(tail, response).await
    }
    async fn answer<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let accepted = match rt::server::accept(&self.routes, &self.config, req).await {
            Ok(a) => a,
            Err(response) => return response,
        };
        let (op, input, mut stream, mut cx, call) = accepted.into_parts();
        let handler = &*self.handler;
        let result = match self.plugins.before(op, &mut cx).await {
            Err(e) => Err(e),
            Ok(()) => match op {
                Operation::BatchCheckLayerAvailability => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.batch_check_layer_availability(input, cx)
                    })
                    .await
                }
                Operation::BatchDeleteImage => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.batch_delete_image(input, cx)
                    })
                    .await
                }
                Operation::BatchGetImage => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.batch_get_image(input, cx)
                    })
                    .await
                }
                Operation::BatchGetRepositoryScanningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.batch_get_repository_scanning_configuration(input, cx)
                    })
                    .await
                }
                Operation::CompleteLayerUpload => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.complete_layer_upload(input, cx)
                    })
                    .await
                }
                Operation::CreatePullThroughCacheRule => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_pull_through_cache_rule(input, cx)
                    })
                    .await
                }
                Operation::CreateRepository => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_repository(input, cx)
                    })
                    .await
                }
                Operation::CreateRepositoryCreationTemplate => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_repository_creation_template(input, cx)
                    })
                    .await
                }
                Operation::DeleteLifecyclePolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_lifecycle_policy(input, cx)
                    })
                    .await
                }
                Operation::DeletePullThroughCacheRule => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_pull_through_cache_rule(input, cx)
                    })
                    .await
                }
                Operation::DeleteRegistryPolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_registry_policy(input, cx)
                    })
                    .await
                }
                Operation::DeleteRepository => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_repository(input, cx)
                    })
                    .await
                }
                Operation::DeleteRepositoryCreationTemplate => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_repository_creation_template(input, cx)
                    })
                    .await
                }
                Operation::DeleteRepositoryPolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_repository_policy(input, cx)
                    })
                    .await
                }
                Operation::DeleteSigningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_signing_configuration(input, cx)
                    })
                    .await
                }
                Operation::DeregisterPullTimeUpdateExclusion => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.deregister_pull_time_update_exclusion(input, cx)
                    })
                    .await
                }
                Operation::DescribeImageReplicationStatus => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_image_replication_status(input, cx)
                    })
                    .await
                }
                Operation::DescribeImageScanFindings => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_image_scan_findings(input, cx)
                    })
                    .await
                }
                Operation::DescribeImageSigningStatus => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_image_signing_status(input, cx)
                    })
                    .await
                }
                Operation::DescribeImages => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_images(input, cx)
                    })
                    .await
                }
                Operation::DescribePullThroughCacheRules => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_pull_through_cache_rules(input, cx)
                    })
                    .await
                }
                Operation::DescribeRegistry => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_registry(input, cx)
                    })
                    .await
                }
                Operation::DescribeRepositories => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_repositories(input, cx)
                    })
                    .await
                }
                Operation::DescribeRepositoryCreationTemplates => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_repository_creation_templates(input, cx)
                    })
                    .await
                }
                Operation::GetAccountSetting => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_account_setting(input, cx)
                    })
                    .await
                }
                Operation::GetAuthorizationToken => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_authorization_token(input, cx)
                    })
                    .await
                }
                Operation::GetDownloadUrlForLayer => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_download_url_for_layer(input, cx)
                    })
                    .await
                }
                Operation::GetLifecyclePolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_lifecycle_policy(input, cx)
                    })
                    .await
                }
                Operation::GetLifecyclePolicyPreview => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_lifecycle_policy_preview(input, cx)
                    })
                    .await
                }
                Operation::GetRegistryPolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_registry_policy(input, cx)
                    })
                    .await
                }
                Operation::GetRegistryScanningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_registry_scanning_configuration(input, cx)
                    })
                    .await
                }
                Operation::GetRepositoryPolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_repository_policy(input, cx)
                    })
                    .await
                }
                Operation::GetSigningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_signing_configuration(input, cx)
                    })
                    .await
                }
                Operation::InitiateLayerUpload => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.initiate_layer_upload(input, cx)
                    })
                    .await
                }
                Operation::ListImageReferrers => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_image_referrers(input, cx)
                    })
                    .await
                }
                Operation::ListImages => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_images(input, cx)
                    })
                    .await
                }
                Operation::ListPullTimeUpdateExclusions => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_pull_time_update_exclusions(input, cx)
                    })
                    .await
                }
                Operation::ListTagsForResource => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_tags_for_resource(input, cx)
                    })
                    .await
                }
                Operation::PutAccountSetting => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_account_setting(input, cx)
                    })
                    .await
                }
                Operation::PutImage => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_image(input, cx)
                    })
                    .await
                }
                Operation::PutImageScanningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_image_scanning_configuration(input, cx)
                    })
                    .await
                }
                Operation::PutImageTagMutability => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_image_tag_mutability(input, cx)
                    })
                    .await
                }
                Operation::PutLifecyclePolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_lifecycle_policy(input, cx)
                    })
                    .await
                }
                Operation::PutRegistryPolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_registry_policy(input, cx)
                    })
                    .await
                }
                Operation::PutRegistryScanningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_registry_scanning_configuration(input, cx)
                    })
                    .await
                }
                Operation::PutReplicationConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_replication_configuration(input, cx)
                    })
                    .await
                }
                Operation::PutSigningConfiguration => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_signing_configuration(input, cx)
                    })
                    .await
                }
                Operation::RegisterPullTimeUpdateExclusion => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.register_pull_time_update_exclusion(input, cx)
                    })
                    .await
                }
                Operation::SetRepositoryPolicy => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.set_repository_policy(input, cx)
                    })
                    .await
                }
                Operation::StartImageScan => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.start_image_scan(input, cx)
                    })
                    .await
                }
                Operation::StartLifecyclePolicyPreview => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.start_lifecycle_policy_preview(input, cx)
                    })
                    .await
                }
                Operation::TagResource => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.tag_resource(input, cx)
                    })
                    .await
                }
                Operation::UntagResource => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.untag_resource(input, cx)
                    })
                    .await
                }
                Operation::UpdateImageStorageClass => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.update_image_storage_class(input, cx)
                    })
                    .await
                }
                Operation::UpdatePullThroughCacheRule => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.update_pull_through_cache_rule(input, cx)
                    })
                    .await
                }
                Operation::UpdateRepositoryCreationTemplate => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.update_repository_creation_template(input, cx)
                    })
                    .await
                }
                Operation::UploadLayerPart => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.upload_layer_part(input, cx)
                    })
                    .await
                }
                Operation::ValidatePullThroughCacheRule => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.validate_pull_through_cache_rule(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, ecr_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for EcrServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for EcrServer<S, P>
where
    S: Ecr,
    P: rt::server::Plugin<Operation>,
    B: http_body::Body + rt::Send + 'static,
    B::Data: rt::Send,
    B::Error: rt::Into<rt::server::BoxError>,
{
    type Response = http::Response<rt::server::ResponseBody>;
    type Error = rt::Infallible;
    type Future = rt::Pin<
        rt::Box<dyn rt::Future<Output = rt::Result<Self::Response, rt::Infallible>> + rt::Send>,
    >;
    fn poll_ready(
        &mut self,
        _: &mut ::std::task::Context<'_>,
    ) -> rt::Poll<rt::Result<(), rt::Infallible>> {
        rt::Poll::Ready(Ok(()))
    }
    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let this = self.clone();
        rt::Box::pin(async move { Ok(this.handle(req).await) })
    }
}
