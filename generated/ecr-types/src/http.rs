// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `BatchCheckLayerAvailability`: routed by its name, every member in the body.
pub static BATCH_CHECK_LAYER_AVAILABILITY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "BatchCheckLayerAvailability",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `BatchDeleteImage`: routed by its name, every member in the body.
pub static BATCH_DELETE_IMAGE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "BatchDeleteImage",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `BatchGetImage`: routed by its name, every member in the body.
pub static BATCH_GET_IMAGE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "BatchGetImage",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `BatchGetRepositoryScanningConfiguration`: routed by its name, every member in the body.
pub static BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "BatchGetRepositoryScanningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `CompleteLayerUpload`: routed by its name, every member in the body.
pub static COMPLETE_LAYER_UPLOAD: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CompleteLayerUpload",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `CreatePullThroughCacheRule`: routed by its name, every member in the body.
pub static CREATE_PULL_THROUGH_CACHE_RULE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreatePullThroughCacheRule",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `CreateRepository`: routed by its name, every member in the body.
pub static CREATE_REPOSITORY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateRepository",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `CreateRepositoryCreationTemplate`: routed by its name, every member in the body.
pub static CREATE_REPOSITORY_CREATION_TEMPLATE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateRepositoryCreationTemplate",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteLifecyclePolicy`: routed by its name, every member in the body.
pub static DELETE_LIFECYCLE_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteLifecyclePolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeletePullThroughCacheRule`: routed by its name, every member in the body.
pub static DELETE_PULL_THROUGH_CACHE_RULE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeletePullThroughCacheRule",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteRegistryPolicy`: routed by its name, every member in the body.
pub static DELETE_REGISTRY_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteRegistryPolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteRepository`: routed by its name, every member in the body.
pub static DELETE_REPOSITORY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteRepository",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteRepositoryCreationTemplate`: routed by its name, every member in the body.
pub static DELETE_REPOSITORY_CREATION_TEMPLATE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteRepositoryCreationTemplate",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteRepositoryPolicy`: routed by its name, every member in the body.
pub static DELETE_REPOSITORY_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteRepositoryPolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteSigningConfiguration`: routed by its name, every member in the body.
pub static DELETE_SIGNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteSigningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeregisterPullTimeUpdateExclusion`: routed by its name, every member in the body.
pub static DEREGISTER_PULL_TIME_UPDATE_EXCLUSION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeregisterPullTimeUpdateExclusion",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeImageReplicationStatus`: routed by its name, every member in the body.
pub static DESCRIBE_IMAGE_REPLICATION_STATUS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeImageReplicationStatus",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeImageScanFindings`: routed by its name, every member in the body.
pub static DESCRIBE_IMAGE_SCAN_FINDINGS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeImageScanFindings",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeImageSigningStatus`: routed by its name, every member in the body.
pub static DESCRIBE_IMAGE_SIGNING_STATUS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeImageSigningStatus",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeImages`: routed by its name, every member in the body.
pub static DESCRIBE_IMAGES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeImages",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribePullThroughCacheRules`: routed by its name, every member in the body.
pub static DESCRIBE_PULL_THROUGH_CACHE_RULES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribePullThroughCacheRules",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeRegistry`: routed by its name, every member in the body.
pub static DESCRIBE_REGISTRY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeRegistry",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeRepositories`: routed by its name, every member in the body.
pub static DESCRIBE_REPOSITORIES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeRepositories",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeRepositoryCreationTemplates`: routed by its name, every member in the body.
pub static DESCRIBE_REPOSITORY_CREATION_TEMPLATES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeRepositoryCreationTemplates",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetAccountSetting`: routed by its name, every member in the body.
pub static GET_ACCOUNT_SETTING: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetAccountSetting",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetAuthorizationToken`: routed by its name, every member in the body.
pub static GET_AUTHORIZATION_TOKEN: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetAuthorizationToken",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetDownloadUrlForLayer`: routed by its name, every member in the body.
pub static GET_DOWNLOAD_URL_FOR_LAYER: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetDownloadUrlForLayer",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetLifecyclePolicy`: routed by its name, every member in the body.
pub static GET_LIFECYCLE_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetLifecyclePolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetLifecyclePolicyPreview`: routed by its name, every member in the body.
pub static GET_LIFECYCLE_POLICY_PREVIEW: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetLifecyclePolicyPreview",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetRegistryPolicy`: routed by its name, every member in the body.
pub static GET_REGISTRY_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetRegistryPolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetRegistryScanningConfiguration`: routed by its name, every member in the body.
pub static GET_REGISTRY_SCANNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetRegistryScanningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetRepositoryPolicy`: routed by its name, every member in the body.
pub static GET_REPOSITORY_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetRepositoryPolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetSigningConfiguration`: routed by its name, every member in the body.
pub static GET_SIGNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetSigningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `InitiateLayerUpload`: routed by its name, every member in the body.
pub static INITIATE_LAYER_UPLOAD: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "InitiateLayerUpload",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListImageReferrers`: routed by its name, every member in the body.
pub static LIST_IMAGE_REFERRERS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListImageReferrers",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListImages`: routed by its name, every member in the body.
pub static LIST_IMAGES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListImages",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListPullTimeUpdateExclusions`: routed by its name, every member in the body.
pub static LIST_PULL_TIME_UPDATE_EXCLUSIONS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListPullTimeUpdateExclusions",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListTagsForResource`: routed by its name, every member in the body.
pub static LIST_TAGS_FOR_RESOURCE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListTagsForResource",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutAccountSetting`: routed by its name, every member in the body.
pub static PUT_ACCOUNT_SETTING: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutAccountSetting",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutImage`: routed by its name, every member in the body.
pub static PUT_IMAGE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutImage",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutImageScanningConfiguration`: routed by its name, every member in the body.
pub static PUT_IMAGE_SCANNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutImageScanningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutImageTagMutability`: routed by its name, every member in the body.
pub static PUT_IMAGE_TAG_MUTABILITY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutImageTagMutability",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutLifecyclePolicy`: routed by its name, every member in the body.
pub static PUT_LIFECYCLE_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutLifecyclePolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutRegistryPolicy`: routed by its name, every member in the body.
pub static PUT_REGISTRY_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutRegistryPolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutRegistryScanningConfiguration`: routed by its name, every member in the body.
pub static PUT_REGISTRY_SCANNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutRegistryScanningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutReplicationConfiguration`: routed by its name, every member in the body.
pub static PUT_REPLICATION_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutReplicationConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutSigningConfiguration`: routed by its name, every member in the body.
pub static PUT_SIGNING_CONFIGURATION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutSigningConfiguration",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `RegisterPullTimeUpdateExclusion`: routed by its name, every member in the body.
pub static REGISTER_PULL_TIME_UPDATE_EXCLUSION: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "RegisterPullTimeUpdateExclusion",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `SetRepositoryPolicy`: routed by its name, every member in the body.
pub static SET_REPOSITORY_POLICY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "SetRepositoryPolicy",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `StartImageScan`: routed by its name, every member in the body.
pub static START_IMAGE_SCAN: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "StartImageScan",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `StartLifecyclePolicyPreview`: routed by its name, every member in the body.
pub static START_LIFECYCLE_POLICY_PREVIEW: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "StartLifecyclePolicyPreview",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `TagResource`: routed by its name, every member in the body.
pub static TAG_RESOURCE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "TagResource",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `UntagResource`: routed by its name, every member in the body.
pub static UNTAG_RESOURCE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UntagResource",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `UpdateImageStorageClass`: routed by its name, every member in the body.
pub static UPDATE_IMAGE_STORAGE_CLASS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UpdateImageStorageClass",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `UpdatePullThroughCacheRule`: routed by its name, every member in the body.
pub static UPDATE_PULL_THROUGH_CACHE_RULE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UpdatePullThroughCacheRule",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `UpdateRepositoryCreationTemplate`: routed by its name, every member in the body.
pub static UPDATE_REPOSITORY_CREATION_TEMPLATE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UpdateRepositoryCreationTemplate",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `UploadLayerPart`: routed by its name, every member in the body.
pub static UPLOAD_LAYER_PART: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UploadLayerPart",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ValidatePullThroughCacheRule`: routed by its name, every member in the body.
pub static VALIDATE_PULL_THROUGH_CACHE_RULE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ValidatePullThroughCacheRule",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for BatchCheckLayerAvailabilityRequest {}
impl rt::Streaming for BatchCheckLayerAvailabilityResponse {}
impl rt::Streaming for BatchDeleteImageRequest {}
impl rt::Streaming for BatchDeleteImageResponse {}
impl rt::Streaming for BatchGetImageRequest {}
impl rt::Streaming for BatchGetImageResponse {}
impl rt::Streaming for BatchGetRepositoryScanningConfigurationRequest {}
impl rt::Streaming for BatchGetRepositoryScanningConfigurationResponse {}
impl rt::Streaming for CompleteLayerUploadRequest {}
impl rt::Streaming for CompleteLayerUploadResponse {}
impl rt::Streaming for CreatePullThroughCacheRuleRequest {}
impl rt::Streaming for CreatePullThroughCacheRuleResponse {}
impl rt::Streaming for CreateRepositoryRequest {}
impl rt::Streaming for CreateRepositoryResponse {}
impl rt::Streaming for CreateRepositoryCreationTemplateRequest {}
impl rt::Streaming for CreateRepositoryCreationTemplateResponse {}
impl rt::Streaming for DeleteLifecyclePolicyRequest {}
impl rt::Streaming for DeleteLifecyclePolicyResponse {}
impl rt::Streaming for DeletePullThroughCacheRuleRequest {}
impl rt::Streaming for DeletePullThroughCacheRuleResponse {}
impl rt::Streaming for DeleteRegistryPolicyRequest {}
impl rt::Streaming for DeleteRegistryPolicyResponse {}
impl rt::Streaming for DeleteRepositoryRequest {}
impl rt::Streaming for DeleteRepositoryResponse {}
impl rt::Streaming for DeleteRepositoryCreationTemplateRequest {}
impl rt::Streaming for DeleteRepositoryCreationTemplateResponse {}
impl rt::Streaming for DeleteRepositoryPolicyRequest {}
impl rt::Streaming for DeleteRepositoryPolicyResponse {}
impl rt::Streaming for DeleteSigningConfigurationRequest {}
impl rt::Streaming for DeleteSigningConfigurationResponse {}
impl rt::Streaming for DeregisterPullTimeUpdateExclusionRequest {}
impl rt::Streaming for DeregisterPullTimeUpdateExclusionResponse {}
impl rt::Streaming for DescribeImageReplicationStatusRequest {}
impl rt::Streaming for DescribeImageReplicationStatusResponse {}
impl rt::Streaming for DescribeImageScanFindingsRequest {}
impl rt::Streaming for DescribeImageScanFindingsResponse {}
impl rt::Streaming for DescribeImageSigningStatusRequest {}
impl rt::Streaming for DescribeImageSigningStatusResponse {}
impl rt::Streaming for DescribeImagesRequest {}
impl rt::Streaming for DescribeImagesResponse {}
impl rt::Streaming for DescribePullThroughCacheRulesRequest {}
impl rt::Streaming for DescribePullThroughCacheRulesResponse {}
impl rt::Streaming for DescribeRegistryRequest {}
impl rt::Streaming for DescribeRegistryResponse {}
impl rt::Streaming for DescribeRepositoriesRequest {}
impl rt::Streaming for DescribeRepositoriesResponse {}
impl rt::Streaming for DescribeRepositoryCreationTemplatesRequest {}
impl rt::Streaming for DescribeRepositoryCreationTemplatesResponse {}
impl rt::Streaming for GetAccountSettingRequest {}
impl rt::Streaming for GetAccountSettingResponse {}
impl rt::Streaming for GetAuthorizationTokenRequest {}
impl rt::Streaming for GetAuthorizationTokenResponse {}
impl rt::Streaming for GetDownloadUrlForLayerRequest {}
impl rt::Streaming for GetDownloadUrlForLayerResponse {}
impl rt::Streaming for GetLifecyclePolicyRequest {}
impl rt::Streaming for GetLifecyclePolicyResponse {}
impl rt::Streaming for GetLifecyclePolicyPreviewRequest {}
impl rt::Streaming for GetLifecyclePolicyPreviewResponse {}
impl rt::Streaming for GetRegistryPolicyRequest {}
impl rt::Streaming for GetRegistryPolicyResponse {}
impl rt::Streaming for GetRegistryScanningConfigurationRequest {}
impl rt::Streaming for GetRegistryScanningConfigurationResponse {}
impl rt::Streaming for GetRepositoryPolicyRequest {}
impl rt::Streaming for GetRepositoryPolicyResponse {}
impl rt::Streaming for GetSigningConfigurationRequest {}
impl rt::Streaming for GetSigningConfigurationResponse {}
impl rt::Streaming for InitiateLayerUploadRequest {}
impl rt::Streaming for InitiateLayerUploadResponse {}
impl rt::Streaming for ListImageReferrersRequest {}
impl rt::Streaming for ListImageReferrersResponse {}
impl rt::Streaming for ListImagesRequest {}
impl rt::Streaming for ListImagesResponse {}
impl rt::Streaming for ListPullTimeUpdateExclusionsRequest {}
impl rt::Streaming for ListPullTimeUpdateExclusionsResponse {}
impl rt::Streaming for ListTagsForResourceRequest {}
impl rt::Streaming for ListTagsForResourceResponse {}
impl rt::Streaming for PutAccountSettingRequest {}
impl rt::Streaming for PutAccountSettingResponse {}
impl rt::Streaming for PutImageRequest {}
impl rt::Streaming for PutImageResponse {}
impl rt::Streaming for PutImageScanningConfigurationRequest {}
impl rt::Streaming for PutImageScanningConfigurationResponse {}
impl rt::Streaming for PutImageTagMutabilityRequest {}
impl rt::Streaming for PutImageTagMutabilityResponse {}
impl rt::Streaming for PutLifecyclePolicyRequest {}
impl rt::Streaming for PutLifecyclePolicyResponse {}
impl rt::Streaming for PutRegistryPolicyRequest {}
impl rt::Streaming for PutRegistryPolicyResponse {}
impl rt::Streaming for PutRegistryScanningConfigurationRequest {}
impl rt::Streaming for PutRegistryScanningConfigurationResponse {}
impl rt::Streaming for PutReplicationConfigurationRequest {}
impl rt::Streaming for PutReplicationConfigurationResponse {}
impl rt::Streaming for PutSigningConfigurationRequest {}
impl rt::Streaming for PutSigningConfigurationResponse {}
impl rt::Streaming for RegisterPullTimeUpdateExclusionRequest {}
impl rt::Streaming for RegisterPullTimeUpdateExclusionResponse {}
impl rt::Streaming for SetRepositoryPolicyRequest {}
impl rt::Streaming for SetRepositoryPolicyResponse {}
impl rt::Streaming for StartImageScanRequest {}
impl rt::Streaming for StartImageScanResponse {}
impl rt::Streaming for StartLifecyclePolicyPreviewRequest {}
impl rt::Streaming for StartLifecyclePolicyPreviewResponse {}
impl rt::Streaming for TagResourceRequest {}
impl rt::Streaming for TagResourceResponse {}
impl rt::Streaming for UntagResourceRequest {}
impl rt::Streaming for UntagResourceResponse {}
impl rt::Streaming for UpdateImageStorageClassRequest {}
impl rt::Streaming for UpdateImageStorageClassResponse {}
impl rt::Streaming for UpdatePullThroughCacheRuleRequest {}
impl rt::Streaming for UpdatePullThroughCacheRuleResponse {}
impl rt::Streaming for UpdateRepositoryCreationTemplateRequest {}
impl rt::Streaming for UpdateRepositoryCreationTemplateResponse {}
impl rt::Streaming for UploadLayerPartRequest {}
impl rt::Streaming for UploadLayerPartResponse {}
impl rt::Streaming for ValidatePullThroughCacheRuleRequest {}
impl rt::Streaming for ValidatePullThroughCacheRuleResponse {}
