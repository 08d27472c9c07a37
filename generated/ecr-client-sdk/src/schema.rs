// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use ::codegen_rt::schema::*;
/// The operation with this model name.
pub fn operation(name: &str) -> ::std::option::Option<&'static Operation> {
    find(OPERATIONS, name)
}

/// Every operation, in model order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    Operation { name: "BatchCheckLayerAvailability", input: &BATCH_CHECK_LAYER_AVAILABILITY_REQUEST, output: &BATCH_CHECK_LAYER_AVAILABILITY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Tells, for each of several layer digests, whether the repository already has that layer." },
    Operation { name: "BatchDeleteImage", input: &BATCH_DELETE_IMAGE_REQUEST, output: &BATCH_DELETE_IMAGE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Deletes several images, named by tag or digest. Deleting the last tag of an image deletes the image." },
    Operation { name: "BatchGetImage", input: &BATCH_GET_IMAGE_REQUEST, output: &BATCH_GET_IMAGE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LimitExceededException", "RepositoryNotFoundException", "ServerException", "UnableToGetUpstreamImageException"],
        summary: "Returns the manifests of several images, named by tag or digest." },
    Operation { name: "BatchGetRepositoryScanningConfiguration", input: &BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION_REQUEST, output: &BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Tells, for several repositories, how their images are scanned under the registry's rules." },
    Operation { name: "CompleteLayerUpload", input: &COMPLETE_LAYER_UPLOAD_REQUEST, output: &COMPLETE_LAYER_UPLOAD_RESPONSE, pagination: None,
        errors: &["EmptyUploadException", "InvalidLayerException", "InvalidParameterException", "KmsException", "LayerAlreadyExistsException", "LayerPartTooSmallException", "RepositoryNotFoundException", "ServerException", "UploadNotFoundException"],
        summary: "Finishes a layer upload: the registry checks the received bytes against the expected digest and makes the layer available." },
    Operation { name: "CreatePullThroughCacheRule", input: &CREATE_PULL_THROUGH_CACHE_RULE_REQUEST, output: &CREATE_PULL_THROUGH_CACHE_RULE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LimitExceededException", "PullThroughCacheRuleAlreadyExistsException", "SecretNotFoundException", "ServerException", "UnableToAccessSecretException", "UnableToDecryptSecretValueException", "UnsupportedUpstreamRegistryException", "ValidationException"],
        summary: "Creates a pull-through cache rule: repositories whose names start with the rule's prefix mirror the repositories of an upstream registry, fetched on first pull and kept." },
    Operation { name: "CreateRepository", input: &CREATE_REPOSITORY_REQUEST, output: &CREATE_REPOSITORY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "InvalidTagParameterException", "KmsException", "LimitExceededException", "RepositoryAlreadyExistsException", "ServerException", "TooManyTagsException"],
        summary: "Creates an empty image repository in a registry." },
    Operation { name: "CreateRepositoryCreationTemplate", input: &CREATE_REPOSITORY_CREATION_TEMPLATE_REQUEST, output: &CREATE_REPOSITORY_CREATION_TEMPLATE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LimitExceededException", "ServerException", "TemplateAlreadyExistsException", "ValidationException"],
        summary: "Creates a template of the settings given to repositories that pull-through caching or replication creates under a prefix." },
    Operation { name: "DeleteLifecyclePolicy", input: &DELETE_LIFECYCLE_POLICY_REQUEST, output: &DELETE_LIFECYCLE_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LifecyclePolicyNotFoundException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Removes a repository's lifecycle policy: no image expires any more." },
    Operation { name: "DeletePullThroughCacheRule", input: &DELETE_PULL_THROUGH_CACHE_RULE_REQUEST, output: &DELETE_PULL_THROUGH_CACHE_RULE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "PullThroughCacheRuleNotFoundException", "ServerException", "ValidationException"],
        summary: "Deletes a pull-through cache rule. Repositories it created and the images cached in them stay." },
    Operation { name: "DeleteRegistryPolicy", input: &DELETE_REGISTRY_POLICY_REQUEST, output: &DELETE_REGISTRY_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RegistryPolicyNotFoundException", "ServerException", "ValidationException"],
        summary: "Deletes the registry's access policy." },
    Operation { name: "DeleteRepository", input: &DELETE_REPOSITORY_REQUEST, output: &DELETE_REPOSITORY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "KmsException", "RepositoryNotEmptyException", "RepositoryNotFoundException", "ServerException"],
        summary: "Deletes a repository. A repository that still holds images is only deleted when `force` is set, and its images go with it." },
    Operation { name: "DeleteRepositoryCreationTemplate", input: &DELETE_REPOSITORY_CREATION_TEMPLATE_REQUEST, output: &DELETE_REPOSITORY_CREATION_TEMPLATE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "TemplateNotFoundException", "ValidationException"],
        summary: "Deletes a repository creation template." },
    Operation { name: "DeleteRepositoryPolicy", input: &DELETE_REPOSITORY_POLICY_REQUEST, output: &DELETE_REPOSITORY_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "RepositoryPolicyNotFoundException", "ServerException"],
        summary: "Deletes the access policy of a repository." },
    Operation { name: "DeleteSigningConfiguration", input: &DELETE_SIGNING_CONFIGURATION_REQUEST, output: &DELETE_SIGNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["ServerException", "SigningConfigurationNotFoundException", "ValidationException"],
        summary: "Deletes the registry's signing configuration: images pushed afterwards are not signed." },
    Operation { name: "DeregisterPullTimeUpdateExclusion", input: &DEREGISTER_PULL_TIME_UPDATE_EXCLUSION_REQUEST, output: &DEREGISTER_PULL_TIME_UPDATE_EXCLUSION_RESPONSE, pagination: None,
        errors: &["ExclusionNotFoundException", "InvalidParameterException", "LimitExceededException", "ServerException", "ValidationException"],
        summary: "Records image pulls by a principal again (see `RegisterPullTimeUpdateExclusion`)." },
    Operation { name: "DescribeImageReplicationStatus", input: &DESCRIBE_IMAGE_REPLICATION_STATUS_REQUEST, output: &DESCRIBE_IMAGE_REPLICATION_STATUS_RESPONSE, pagination: None,
        errors: &["ImageNotFoundException", "InvalidParameterException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Tells, for each registry an image is copied to, whether the copy is done, under way or failed, and why." },
    Operation { name: "DescribeImageScanFindings", input: &DESCRIBE_IMAGE_SCAN_FINDINGS_REQUEST, output: &DESCRIBE_IMAGE_SCAN_FINDINGS_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: None, page_size: Some("maxResults") }),
        errors: &["ImageNotFoundException", "InvalidParameterException", "RepositoryNotFoundException", "ScanNotFoundException", "ServerException", "ValidationException"],
        summary: "Tells how an image's last scan went and what it found, page by page." },
    Operation { name: "DescribeImageSigningStatus", input: &DESCRIBE_IMAGE_SIGNING_STATUS_REQUEST, output: &DESCRIBE_IMAGE_SIGNING_STATUS_RESPONSE, pagination: None,
        errors: &["ImageNotFoundException", "InvalidParameterException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Tells, for each signing profile whose rules matched an image, whether the image was signed." },
    Operation { name: "DescribeImages", input: &DESCRIBE_IMAGES_REQUEST, output: &DESCRIBE_IMAGES_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("imageDetails"), page_size: Some("maxResults") }),
        errors: &["ImageNotFoundException", "InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Describes the images of a repository, or the named ones: digest, tags, size, push time, media types and when the image was last pulled. Results come in pages, optionally only tagged or only untagged images." },
    Operation { name: "DescribePullThroughCacheRules", input: &DESCRIBE_PULL_THROUGH_CACHE_RULES_REQUEST, output: &DESCRIBE_PULL_THROUGH_CACHE_RULES_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("pullThroughCacheRules"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "PullThroughCacheRuleNotFoundException", "ServerException", "ValidationException"],
        summary: "Lists pull-through cache rules, all of them or those with the given prefixes." },
    Operation { name: "DescribeRegistry", input: &DESCRIBE_REGISTRY_REQUEST, output: &DESCRIBE_REGISTRY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Tells the registry id and the replication configuration in force." },
    Operation { name: "DescribeRepositories", input: &DESCRIBE_REPOSITORIES_REQUEST, output: &DESCRIBE_REPOSITORIES_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("repositories"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Describes the repositories of a registry, or the named ones. Results come in pages." },
    Operation { name: "DescribeRepositoryCreationTemplates", input: &DESCRIBE_REPOSITORY_CREATION_TEMPLATES_REQUEST, output: &DESCRIBE_REPOSITORY_CREATION_TEMPLATES_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("repositoryCreationTemplates"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Lists repository creation templates, all or those of the prefixes named." },
    Operation { name: "GetAccountSetting", input: &GET_ACCOUNT_SETTING_REQUEST, output: &GET_ACCOUNT_SETTING_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Reads one of the registry account's settings (`BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`)." },
    Operation { name: "GetAuthorizationToken", input: &GET_AUTHORIZATION_TOKEN_REQUEST, output: &GET_AUTHORIZATION_TOKEN_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException"],
        summary: "Returns a token that authenticates Docker-compatible clients to the registry. The token is the base64 form of `user:password` and expires after some hours." },
    Operation { name: "GetDownloadUrlForLayer", input: &GET_DOWNLOAD_URL_FOR_LAYER_REQUEST, output: &GET_DOWNLOAD_URL_FOR_LAYER_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LayerInaccessibleException", "LayersNotFoundException", "RepositoryNotFoundException", "ServerException", "UnableToGetUpstreamLayerException"],
        summary: "Returns a pre-signed URL from which the content of one layer can be downloaded. Only layers that at least one image in the repository references have a URL." },
    Operation { name: "GetLifecyclePolicy", input: &GET_LIFECYCLE_POLICY_REQUEST, output: &GET_LIFECYCLE_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LifecyclePolicyNotFoundException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Returns a repository's lifecycle policy and when it was last applied." },
    Operation { name: "GetLifecyclePolicyPreview", input: &GET_LIFECYCLE_POLICY_PREVIEW_REQUEST, output: &GET_LIFECYCLE_POLICY_PREVIEW_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("previewResults"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "LifecyclePolicyPreviewNotFoundException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Returns the images the last preview found would expire, each with the rule that would expire it, page by page." },
    Operation { name: "GetRegistryPolicy", input: &GET_REGISTRY_POLICY_REQUEST, output: &GET_REGISTRY_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RegistryPolicyNotFoundException", "ServerException", "ValidationException"],
        summary: "Reads the registry's access policy." },
    Operation { name: "GetRegistryScanningConfiguration", input: &GET_REGISTRY_SCANNING_CONFIGURATION_REQUEST, output: &GET_REGISTRY_SCANNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Tells how images of this registry are scanned: the scan type and its rules." },
    Operation { name: "GetRepositoryPolicy", input: &GET_REPOSITORY_POLICY_REQUEST, output: &GET_REPOSITORY_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "RepositoryPolicyNotFoundException", "ServerException"],
        summary: "Reads the access policy of a repository." },
    Operation { name: "GetSigningConfiguration", input: &GET_SIGNING_CONFIGURATION_REQUEST, output: &GET_SIGNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "SigningConfigurationNotFoundException", "ValidationException"],
        summary: "Tells which images the registry signs when they are pushed, and with which signing profile." },
    Operation { name: "InitiateLayerUpload", input: &INITIATE_LAYER_UPLOAD_REQUEST, output: &INITIATE_LAYER_UPLOAD_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "KmsException", "RepositoryNotFoundException", "ServerException"],
        summary: "Starts uploading a layer: returns the upload id that the following `UploadLayerPart` and `CompleteLayerUpload` calls name, and the part size to use." },
    Operation { name: "ListImageReferrers", input: &LIST_IMAGE_REFERRERS_REQUEST, output: &LIST_IMAGE_REFERRERS_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("referrers"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException", "UnableToListUpstreamImageReferrersException", "ValidationException"],
        summary: "Lists the artifacts (signatures, SBOMs, attestations) whose subject is an image." },
    Operation { name: "ListImages", input: &LIST_IMAGES_REQUEST, output: &LIST_IMAGES_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("imageIds"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Lists the image identifiers (digest and tag) of a repository, page by page, optionally only tagged or only untagged images." },
    Operation { name: "ListPullTimeUpdateExclusions", input: &LIST_PULL_TIME_UPDATE_EXCLUSIONS_REQUEST, output: &LIST_PULL_TIME_UPDATE_EXCLUSIONS_RESPONSE, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("pullTimeUpdateExclusions"), page_size: Some("maxResults") }),
        errors: &["InvalidParameterException", "LimitExceededException", "ServerException", "ValidationException"],
        summary: "Lists the principals whose pulls are not recorded in images' last pull times." },
    Operation { name: "ListTagsForResource", input: &LIST_TAGS_FOR_RESOURCE_REQUEST, output: &LIST_TAGS_FOR_RESOURCE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Lists the tags of a repository." },
    Operation { name: "PutAccountSetting", input: &PUT_ACCOUNT_SETTING_REQUEST, output: &PUT_ACCOUNT_SETTING_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LimitExceededException", "ServerException", "ValidationException"],
        summary: "Changes one of the registry account's settings." },
    Operation { name: "PutImage", input: &PUT_IMAGE_REQUEST, output: &PUT_IMAGE_RESPONSE, pagination: None,
        errors: &["ImageAlreadyExistsException", "ImageDigestDoesNotMatchException", "ImageTagAlreadyExistsException", "InvalidParameterException", "KmsException", "LayersNotFoundException", "LimitExceededException", "ReferencedImagesNotFoundException", "RepositoryNotFoundException", "ServerException"],
        summary: "Creates or updates an image from its manifest, optionally tagging it. Every layer the manifest references must already be in the repository." },
    Operation { name: "PutImageScanningConfiguration", input: &PUT_IMAGE_SCANNING_CONFIGURATION_REQUEST, output: &PUT_IMAGE_SCANNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Turns scanning of every image pushed to a repository on or off." },
    Operation { name: "PutImageTagMutability", input: &PUT_IMAGE_TAG_MUTABILITY_REQUEST, output: &PUT_IMAGE_TAG_MUTABILITY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Makes a repository's tags immutable (a tag, once it names an image, names it for good: pushing it again for another image is refused) or mutable again." },
    Operation { name: "PutLifecyclePolicy", input: &PUT_LIFECYCLE_POLICY_REQUEST, output: &PUT_LIFECYCLE_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Sets a repository's lifecycle policy: rules that expire images (the oldest beyond a count, or those pushed more than some days ago, selected by tag status, tag prefixes or tag patterns). The registry applies it on a schedule." },
    Operation { name: "PutRegistryPolicy", input: &PUT_REGISTRY_POLICY_REQUEST, output: &PUT_REGISTRY_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Sets the registry's access policy, which covers every repository." },
    Operation { name: "PutRegistryScanningConfiguration", input: &PUT_REGISTRY_SCANNING_CONFIGURATION_REQUEST, output: &PUT_REGISTRY_SCANNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Sets how the images of this registry are scanned." },
    Operation { name: "PutReplicationConfiguration", input: &PUT_REPLICATION_CONFIGURATION_REQUEST, output: &PUT_REPLICATION_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Sets where the registry copies pushed images: other registries, named by region and account, that the registry can reach." },
    Operation { name: "PutSigningConfiguration", input: &PUT_SIGNING_CONFIGURATION_REQUEST, output: &PUT_SIGNING_CONFIGURATION_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "ValidationException"],
        summary: "Sets which images the registry signs when they are pushed, and with which signing profile." },
    Operation { name: "RegisterPullTimeUpdateExclusion", input: &REGISTER_PULL_TIME_UPDATE_EXCLUSION_REQUEST, output: &REGISTER_PULL_TIME_UPDATE_EXCLUSION_RESPONSE, pagination: None,
        errors: &["ExclusionAlreadyExistsException", "InvalidParameterException", "LimitExceededException", "ServerException", "ValidationException"],
        summary: "Stops recording the pulls of a principal in images' last pull times (for scanners and mirrors whose pulls say nothing about use)." },
    Operation { name: "SetRepositoryPolicy", input: &SET_REPOSITORY_POLICY_REQUEST, output: &SET_REPOSITORY_POLICY_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "RepositoryNotFoundException", "ServerException"],
        summary: "Sets the access policy of a repository, an IAM policy document whose statements allow or deny ECR actions to principals." },
    Operation { name: "StartImageScan", input: &START_IMAGE_SCAN_REQUEST, output: &START_IMAGE_SCAN_RESPONSE, pagination: None,
        errors: &["ImageNotFoundException", "InvalidParameterException", "LimitExceededException", "RepositoryNotFoundException", "ServerException", "UnsupportedImageTypeException", "ValidationException"],
        summary: "Scans an image: reads the package databases of its layers (dpkg, apk, rpm) and matches the installed versions against the registry's vulnerability database." },
    Operation { name: "StartLifecyclePolicyPreview", input: &START_LIFECYCLE_POLICY_PREVIEW_REQUEST, output: &START_LIFECYCLE_POLICY_PREVIEW_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "LifecyclePolicyNotFoundException", "LifecyclePolicyPreviewInProgressException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Computes what a lifecycle policy (the one given, else the repository's) would expire now, without expiring anything; `GetLifecyclePolicyPreview` returns it." },
    Operation { name: "TagResource", input: &TAG_RESOURCE_REQUEST, output: &TAG_RESOURCE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "InvalidTagParameterException", "RepositoryNotFoundException", "ServerException", "TooManyTagsException"],
        summary: "Adds tags to a repository, or changes the values of those it has (at most 50 in all)." },
    Operation { name: "UntagResource", input: &UNTAG_RESOURCE_REQUEST, output: &UNTAG_RESOURCE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "InvalidTagParameterException", "RepositoryNotFoundException", "ServerException", "TooManyTagsException"],
        summary: "Removes tags from a repository, by key; keys it does not have are ignored." },
    Operation { name: "UpdateImageStorageClass", input: &UPDATE_IMAGE_STORAGE_CLASS_REQUEST, output: &UPDATE_IMAGE_STORAGE_CLASS_RESPONSE, pagination: None,
        errors: &["ImageNotFoundException", "ImageStorageClassUpdateNotSupportedException", "InvalidParameterException", "RepositoryNotFoundException", "ServerException", "ValidationException"],
        summary: "Moves an image to archival storage, where it is kept but cannot be pulled, or back to standard storage." },
    Operation { name: "UpdatePullThroughCacheRule", input: &UPDATE_PULL_THROUGH_CACHE_RULE_REQUEST, output: &UPDATE_PULL_THROUGH_CACHE_RULE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "PullThroughCacheRuleNotFoundException", "SecretNotFoundException", "ServerException", "UnableToAccessSecretException", "UnableToDecryptSecretValueException", "ValidationException"],
        summary: "Changes the credentials a pull-through cache rule uses for its upstream." },
    Operation { name: "UpdateRepositoryCreationTemplate", input: &UPDATE_REPOSITORY_CREATION_TEMPLATE_REQUEST, output: &UPDATE_REPOSITORY_CREATION_TEMPLATE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "ServerException", "TemplateNotFoundException", "ValidationException"],
        summary: "Changes the settings of a repository creation template." },
    Operation { name: "UploadLayerPart", input: &UPLOAD_LAYER_PART_REQUEST, output: &UPLOAD_LAYER_PART_RESPONSE, pagination: None,
        errors: &["InvalidLayerPartException", "InvalidParameterException", "KmsException", "LimitExceededException", "RepositoryNotFoundException", "ServerException", "UploadNotFoundException"],
        summary: "Uploads the next consecutive byte range of a layer upload." },
    Operation { name: "ValidatePullThroughCacheRule", input: &VALIDATE_PULL_THROUGH_CACHE_RULE_REQUEST, output: &VALIDATE_PULL_THROUGH_CACHE_RULE_RESPONSE, pagination: None,
        errors: &["InvalidParameterException", "PullThroughCacheRuleNotFoundException", "ServerException", "ValidationException"],
        summary: "Checks that a pull-through cache rule's upstream answers and accepts the rule's credentials." },
];

#[rustfmt::skip]
static ATTRIBUTE: Structure = Structure { name: "Attribute", union: false, members: &[
    Member { name: "key", ty: Type::String, required: true, summary: "The name." },
    Member { name: "value", ty: Type::String, required: false, summary: "The value." },
]};

#[rustfmt::skip]
static AUTHORIZATION_DATA: Structure = Structure { name: "AuthorizationData", union: false, members: &[
    Member { name: "authorizationToken", ty: Type::String, required: false, summary: "The base64 form of `user:password` for `docker login`." },
    Member { name: "expiresAt", ty: Type::Timestamp, required: false, summary: "When the token stops working." },
    Member { name: "proxyEndpoint", ty: Type::String, required: false, summary: "The registry address to use the token with." },
]};

#[rustfmt::skip]
static BATCH_CHECK_LAYER_AVAILABILITY_REQUEST: Structure = Structure { name: "BatchCheckLayerAvailabilityRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "layerDigests", ty: Type::List(&Type::String), required: true, summary: "Layer digests." },
]};

#[rustfmt::skip]
static BATCH_CHECK_LAYER_AVAILABILITY_RESPONSE: Structure = Structure { name: "BatchCheckLayerAvailabilityResponse", union: false, members: &[
    Member { name: "layers", ty: Type::List(&Type::Structure(&LAYER)), required: false, summary: "The layers found." },
    Member { name: "failures", ty: Type::List(&Type::Structure(&LAYER_FAILURE)), required: false, summary: "The entries of the request that could not be processed, and why." },
]};

#[rustfmt::skip]
static BATCH_DELETE_IMAGE_REQUEST: Structure = Structure { name: "BatchDeleteImageRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageIds", ty: Type::List(&Type::Structure(&IMAGE_IDENTIFIER)), required: true, summary: "Image identifiers." },
]};

#[rustfmt::skip]
static BATCH_DELETE_IMAGE_RESPONSE: Structure = Structure { name: "BatchDeleteImageResponse", union: false, members: &[
    Member { name: "imageIds", ty: Type::List(&Type::Structure(&IMAGE_IDENTIFIER)), required: false, summary: "Image identifiers." },
    Member { name: "failures", ty: Type::List(&Type::Structure(&IMAGE_FAILURE)), required: false, summary: "The entries of the request that could not be processed, and why." },
]};

#[rustfmt::skip]
static BATCH_GET_IMAGE_REQUEST: Structure = Structure { name: "BatchGetImageRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageIds", ty: Type::List(&Type::Structure(&IMAGE_IDENTIFIER)), required: true, summary: "Image identifiers." },
    Member { name: "acceptedMediaTypes", ty: Type::List(&Type::String), required: false, summary: "The manifest media types the caller accepts." },
]};

#[rustfmt::skip]
static BATCH_GET_IMAGE_RESPONSE: Structure = Structure { name: "BatchGetImageResponse", union: false, members: &[
    Member { name: "images", ty: Type::List(&Type::Structure(&IMAGE)), required: false, summary: "The images found." },
    Member { name: "failures", ty: Type::List(&Type::Structure(&IMAGE_FAILURE)), required: false, summary: "The entries of the request that could not be processed, and why." },
]};

#[rustfmt::skip]
static BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION_REQUEST: Structure = Structure { name: "BatchGetRepositoryScanningConfigurationRequest", union: false, members: &[
    Member { name: "repositoryNames", ty: Type::List(&Type::String), required: true, summary: "The repositories to describe; all of them when omitted." },
]};

#[rustfmt::skip]
static BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "BatchGetRepositoryScanningConfigurationResponse", union: false, members: &[
    Member { name: "scanningConfigurations", ty: Type::List(&Type::Structure(&REPOSITORY_SCANNING_CONFIGURATION)), required: false, summary: "One entry per repository found." },
    Member { name: "failures", ty: Type::List(&Type::Structure(&REPOSITORY_SCANNING_CONFIGURATION_FAILURE)), required: false, summary: "The entries of the request that could not be processed, and why." },
]};

#[rustfmt::skip]
static COMPLETE_LAYER_UPLOAD_REQUEST: Structure = Structure { name: "CompleteLayerUploadRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "uploadId", ty: Type::String, required: true, summary: "The id of the layer upload, from `InitiateLayerUpload`." },
    Member { name: "layerDigests", ty: Type::List(&Type::String), required: true, summary: "Layer digests." },
]};

#[rustfmt::skip]
static COMPLETE_LAYER_UPLOAD_RESPONSE: Structure = Structure { name: "CompleteLayerUploadResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "uploadId", ty: Type::String, required: false, summary: "The id of the layer upload, from `InitiateLayerUpload`." },
    Member { name: "layerDigest", ty: Type::String, required: false, summary: "The digest of the layer's content, such as `sha256:` followed by 64 hex digits." },
]};

#[rustfmt::skip]
static CREATE_PULL_THROUGH_CACHE_RULE_REQUEST: Structure = Structure { name: "CreatePullThroughCacheRuleRequest", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: true, summary: "The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`." },
    Member { name: "upstreamRegistryUrl", ty: Type::String, required: true, summary: "The upstream registry's address, such as `registry-1.docker.io` or `http://127.0.0.1:5001` (HTTPS when no scheme is given)." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "upstreamRegistry", ty: Type::Enum(UPSTREAM_REGISTRY_VALUES), required: false, summary: "Which kind of registry the upstream is." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret holding credentials for the upstream registry." },
    Member { name: "upstreamRepositoryPrefix", ty: Type::String, required: false, summary: "A prefix of the upstream's repository names to put before `NAME`." },
]};

#[rustfmt::skip]
static CREATE_PULL_THROUGH_CACHE_RULE_RESPONSE: Structure = Structure { name: "CreatePullThroughCacheRuleResponse", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: false, summary: "The rule's repository name prefix." },
    Member { name: "upstreamRegistryUrl", ty: Type::String, required: false, summary: "The upstream registry's address." },
    Member { name: "createdAt", ty: Type::Timestamp, required: false, summary: "When the rule was created." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "upstreamRegistry", ty: Type::Enum(UPSTREAM_REGISTRY_VALUES), required: false, summary: "Which kind of registry the upstream is." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret holding credentials for the upstream registry." },
    Member { name: "upstreamRepositoryPrefix", ty: Type::String, required: false, summary: "The prefix of the upstream's repository names." },
]};

#[rustfmt::skip]
static CREATE_REPOSITORY_CREATION_TEMPLATE_REQUEST: Structure = Structure { name: "CreateRepositoryCreationTemplateRequest", union: false, members: &[
    Member { name: "prefix", ty: Type::String, required: true, summary: "The repository name prefix the template applies to, or `ROOT` for every repository no other template covers." },
    Member { name: "description", ty: Type::String, required: false, summary: "What the template is for." },
    Member { name: "encryptionConfiguration", ty: Type::Structure(&ENCRYPTION_CONFIGURATION_FOR_REPOSITORY_CREATION_TEMPLATE), required: false, summary: "How images are encrypted at rest; AES-256 when omitted." },
    Member { name: "resourceTags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "Tags given to each repository created from the template." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: false, summary: "Whether tags may be moved to other images. Tags are mutable when omitted." },
    Member { name: "repositoryPolicy", ty: Type::String, required: false, summary: "The repository policy given to each repository created from the template." },
    Member { name: "lifecyclePolicy", ty: Type::String, required: false, summary: "The lifecycle policy given to each repository created from the template." },
    Member { name: "appliedFor", ty: Type::List(&Type::Enum(RCT_APPLIED_FOR_VALUES)), required: true, summary: "Which ways of creating a repository use the template: `PULL_THROUGH_CACHE`, `REPLICATION`, `CREATE_ON_PUSH`." },
    Member { name: "customRoleArn", ty: Type::String, required: false, summary: "An IAM role the registry assumes for the work (recorded; this registry does not assume roles)." },
]};

#[rustfmt::skip]
static CREATE_REPOSITORY_CREATION_TEMPLATE_RESPONSE: Structure = Structure { name: "CreateRepositoryCreationTemplateResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryCreationTemplate", ty: Type::Structure(&REPOSITORY_CREATION_TEMPLATE), required: false, summary: "The template." },
]};

#[rustfmt::skip]
static CREATE_REPOSITORY_REQUEST: Structure = Structure { name: "CreateRepositoryRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "Labels for the resource." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: false, summary: "Whether tags may be moved to other images. Tags are mutable when omitted." },
    Member { name: "imageScanningConfiguration", ty: Type::Structure(&IMAGE_SCANNING_CONFIGURATION), required: false, summary: "Whether images are scanned when pushed." },
    Member { name: "encryptionConfiguration", ty: Type::Structure(&ENCRYPTION_CONFIGURATION), required: false, summary: "How images are encrypted at rest; AES-256 when omitted." },
]};

#[rustfmt::skip]
static CREATE_REPOSITORY_RESPONSE: Structure = Structure { name: "CreateRepositoryResponse", union: false, members: &[
    Member { name: "repository", ty: Type::Structure(&REPOSITORY), required: false, summary: "The repository." },
]};

#[rustfmt::skip]
static DELETE_LIFECYCLE_POLICY_REQUEST: Structure = Structure { name: "DeleteLifecyclePolicyRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
]};

#[rustfmt::skip]
static DELETE_LIFECYCLE_POLICY_RESPONSE: Structure = Structure { name: "DeleteLifecyclePolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: false, summary: "The policy removed." },
    Member { name: "lastEvaluatedAt", ty: Type::Timestamp, required: false, summary: "When the registry last applied it, if it had." },
]};

#[rustfmt::skip]
static DELETE_PULL_THROUGH_CACHE_RULE_REQUEST: Structure = Structure { name: "DeletePullThroughCacheRuleRequest", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: true, summary: "The prefix of the rule to delete." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
]};

#[rustfmt::skip]
static DELETE_PULL_THROUGH_CACHE_RULE_RESPONSE: Structure = Structure { name: "DeletePullThroughCacheRuleResponse", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: false, summary: "The deleted rule's repository name prefix." },
    Member { name: "upstreamRegistryUrl", ty: Type::String, required: false, summary: "The upstream registry the rule mirrored." },
    Member { name: "createdAt", ty: Type::Timestamp, required: false, summary: "When the rule was created." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret the rule used for the upstream registry." },
    Member { name: "upstreamRepositoryPrefix", ty: Type::String, required: false, summary: "The prefix of the upstream's repository names." },
]};

#[rustfmt::skip]
static DELETE_REGISTRY_POLICY_REQUEST: Structure = Structure { name: "DeleteRegistryPolicyRequest", union: false, members: &[
]};

#[rustfmt::skip]
static DELETE_REGISTRY_POLICY_RESPONSE: Structure = Structure { name: "DeleteRegistryPolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "policyText", ty: Type::String, required: false, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static DELETE_REPOSITORY_CREATION_TEMPLATE_REQUEST: Structure = Structure { name: "DeleteRepositoryCreationTemplateRequest", union: false, members: &[
    Member { name: "prefix", ty: Type::String, required: true, summary: "The repository name prefix the template applies to, or `ROOT` for every repository no other template covers." },
]};

#[rustfmt::skip]
static DELETE_REPOSITORY_CREATION_TEMPLATE_RESPONSE: Structure = Structure { name: "DeleteRepositoryCreationTemplateResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryCreationTemplate", ty: Type::Structure(&REPOSITORY_CREATION_TEMPLATE), required: false, summary: "The template." },
]};

#[rustfmt::skip]
static DELETE_REPOSITORY_POLICY_REQUEST: Structure = Structure { name: "DeleteRepositoryPolicyRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
]};

#[rustfmt::skip]
static DELETE_REPOSITORY_POLICY_RESPONSE: Structure = Structure { name: "DeleteRepositoryPolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "policyText", ty: Type::String, required: false, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static DELETE_REPOSITORY_REQUEST: Structure = Structure { name: "DeleteRepositoryRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "force", ty: Type::Boolean, required: false, summary: "Delete the repository even if it still holds images, deleting them too." },
]};

#[rustfmt::skip]
static DELETE_REPOSITORY_RESPONSE: Structure = Structure { name: "DeleteRepositoryResponse", union: false, members: &[
    Member { name: "repository", ty: Type::Structure(&REPOSITORY), required: false, summary: "The repository." },
]};

#[rustfmt::skip]
static DELETE_SIGNING_CONFIGURATION_REQUEST: Structure = Structure { name: "DeleteSigningConfigurationRequest", union: false, members: &[
]};

#[rustfmt::skip]
static DELETE_SIGNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "DeleteSigningConfigurationResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "signingConfiguration", ty: Type::Structure(&SIGNING_CONFIGURATION), required: false, summary: "The signing configuration." },
]};

#[rustfmt::skip]
static DEREGISTER_PULL_TIME_UPDATE_EXCLUSION_REQUEST: Structure = Structure { name: "DeregisterPullTimeUpdateExclusionRequest", union: false, members: &[
    Member { name: "principalArn", ty: Type::String, required: true, summary: "The IAM user or role." },
]};

#[rustfmt::skip]
static DEREGISTER_PULL_TIME_UPDATE_EXCLUSION_RESPONSE: Structure = Structure { name: "DeregisterPullTimeUpdateExclusionResponse", union: false, members: &[
    Member { name: "principalArn", ty: Type::String, required: false, summary: "The IAM user or role." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGE_REPLICATION_STATUS_REQUEST: Structure = Structure { name: "DescribeImageReplicationStatusRequest", union: false, members: &[
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: true, summary: "Which image." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGE_REPLICATION_STATUS_RESPONSE: Structure = Structure { name: "DescribeImageReplicationStatusResponse", union: false, members: &[
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "Which image." },
    Member { name: "replicationStatuses", ty: Type::List(&Type::Structure(&IMAGE_REPLICATION_STATUS)), required: false, summary: "One entry per registry the image is copied to." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGE_SCAN_FINDINGS_REQUEST: Structure = Structure { name: "DescribeImageScanFindingsRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: true, summary: "Which image." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGE_SCAN_FINDINGS_RESPONSE: Structure = Structure { name: "DescribeImageScanFindingsResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "Which image." },
    Member { name: "imageScanStatus", ty: Type::Structure(&IMAGE_SCAN_STATUS), required: false, summary: "Where the scan stands, and why when it failed." },
    Member { name: "imageScanFindings", ty: Type::Structure(&IMAGE_SCAN_FINDINGS), required: false, summary: "What the scan found." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGE_SIGNING_STATUS_REQUEST: Structure = Structure { name: "DescribeImageSigningStatusRequest", union: false, members: &[
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: true, summary: "The image, by digest or tag." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGE_SIGNING_STATUS_RESPONSE: Structure = Structure { name: "DescribeImageSigningStatusResponse", union: false, members: &[
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "The image, by digest or tag." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "signingStatuses", ty: Type::List(&Type::Structure(&IMAGE_SIGNING_STATUS)), required: false, summary: "One entry per signing profile whose rules matched the image." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGES_FILTER: Structure = Structure { name: "DescribeImagesFilter", union: false, members: &[
    Member { name: "tagStatus", ty: Type::Enum(TAG_STATUS_VALUES), required: false, summary: "Describe only tagged images, only untagged images, or any." },
    Member { name: "imageStatus", ty: Type::Enum(IMAGE_STATUS_FILTER_VALUES), required: false, summary: "Describe only images in this status, or `ANY`. When left out: active images, unless images are named by `imageIds`, which are described whatever their status." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGES_REQUEST: Structure = Structure { name: "DescribeImagesRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageIds", ty: Type::List(&Type::Structure(&IMAGE_IDENTIFIER)), required: false, summary: "The images to describe, by digest or tag; all of them when omitted. One that is not there fails the call." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
    Member { name: "filter", ty: Type::Structure(&DESCRIBE_IMAGES_FILTER), required: false, summary: "Which images to describe." },
]};

#[rustfmt::skip]
static DESCRIBE_IMAGES_RESPONSE: Structure = Structure { name: "DescribeImagesResponse", union: false, members: &[
    Member { name: "imageDetails", ty: Type::List(&Type::Structure(&IMAGE_DETAIL)), required: false, summary: "The images, oldest push first." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
]};

#[rustfmt::skip]
static DESCRIBE_PULL_THROUGH_CACHE_RULES_REQUEST: Structure = Structure { name: "DescribePullThroughCacheRulesRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "ecrRepositoryPrefixes", ty: Type::List(&Type::String), required: false, summary: "Only the rules with these prefixes; a prefix without a rule is an error." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The `nextToken` of the previous page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "At most this many rules per page." },
]};

#[rustfmt::skip]
static DESCRIBE_PULL_THROUGH_CACHE_RULES_RESPONSE: Structure = Structure { name: "DescribePullThroughCacheRulesResponse", union: false, members: &[
    Member { name: "pullThroughCacheRules", ty: Type::List(&Type::Structure(&PULL_THROUGH_CACHE_RULE)), required: false, summary: "The rules." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "Pass to the next call for the next page; absent on the last page." },
]};

#[rustfmt::skip]
static DESCRIBE_REGISTRY_REQUEST: Structure = Structure { name: "DescribeRegistryRequest", union: false, members: &[
]};

#[rustfmt::skip]
static DESCRIBE_REGISTRY_RESPONSE: Structure = Structure { name: "DescribeRegistryResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "replicationConfiguration", ty: Type::Structure(&REPLICATION_CONFIGURATION), required: false, summary: "Where images pushed to this registry are copied." },
]};

#[rustfmt::skip]
static DESCRIBE_REPOSITORIES_REQUEST: Structure = Structure { name: "DescribeRepositoriesRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryNames", ty: Type::List(&Type::String), required: false, summary: "The repositories to describe; all of them when omitted." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
]};

#[rustfmt::skip]
static DESCRIBE_REPOSITORIES_RESPONSE: Structure = Structure { name: "DescribeRepositoriesResponse", union: false, members: &[
    Member { name: "repositories", ty: Type::List(&Type::Structure(&REPOSITORY)), required: false, summary: "The repositories of this page." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
]};

#[rustfmt::skip]
static DESCRIBE_REPOSITORY_CREATION_TEMPLATES_REQUEST: Structure = Structure { name: "DescribeRepositoryCreationTemplatesRequest", union: false, members: &[
    Member { name: "prefixes", ty: Type::List(&Type::String), required: false, summary: "The prefixes whose templates to list; all templates when left out." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
]};

#[rustfmt::skip]
static DESCRIBE_REPOSITORY_CREATION_TEMPLATES_RESPONSE: Structure = Structure { name: "DescribeRepositoryCreationTemplatesResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryCreationTemplates", ty: Type::List(&Type::Structure(&REPOSITORY_CREATION_TEMPLATE)), required: false, summary: "The templates." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
]};

#[rustfmt::skip]
static ENCRYPTION_CONFIGURATION: Structure = Structure { name: "EncryptionConfiguration", union: false, members: &[
    Member { name: "encryptionType", ty: Type::Enum(ENCRYPTION_TYPE_VALUES), required: true, summary: "The encryption to use." },
    Member { name: "kmsKey", ty: Type::String, required: false, summary: "The key to encrypt with, when the encryption type uses a key management service." },
]};

#[rustfmt::skip]
static ENCRYPTION_CONFIGURATION_FOR_REPOSITORY_CREATION_TEMPLATE: Structure = Structure { name: "EncryptionConfigurationForRepositoryCreationTemplate", union: false, members: &[
    Member { name: "encryptionType", ty: Type::Enum(ENCRYPTION_TYPE_VALUES), required: true, summary: "The encryption to use." },
    Member { name: "kmsKey", ty: Type::String, required: false, summary: "The key to encrypt with, when the encryption type uses a key management service." },
]};

#[rustfmt::skip]
static GET_ACCOUNT_SETTING_REQUEST: Structure = Structure { name: "GetAccountSettingRequest", union: false, members: &[
    Member { name: "name", ty: Type::String, required: true, summary: "The setting, `BASIC_SCAN_TYPE_VERSION` or `REGISTRY_POLICY_SCOPE`." },
]};

#[rustfmt::skip]
static GET_ACCOUNT_SETTING_RESPONSE: Structure = Structure { name: "GetAccountSettingResponse", union: false, members: &[
    Member { name: "name", ty: Type::String, required: false, summary: "The setting." },
    Member { name: "value", ty: Type::String, required: false, summary: "The value in force." },
]};

#[rustfmt::skip]
static GET_AUTHORIZATION_TOKEN_REQUEST: Structure = Structure { name: "GetAuthorizationTokenRequest", union: false, members: &[
    Member { name: "registryIds", ty: Type::List(&Type::String), required: false, summary: "The registries to get tokens for; the caller's own when omitted." },
]};

#[rustfmt::skip]
static GET_AUTHORIZATION_TOKEN_RESPONSE: Structure = Structure { name: "GetAuthorizationTokenResponse", union: false, members: &[
    Member { name: "authorizationData", ty: Type::List(&Type::Structure(&AUTHORIZATION_DATA)), required: false, summary: "One credential per requested registry." },
]};

#[rustfmt::skip]
static GET_DOWNLOAD_URL_FOR_LAYER_REQUEST: Structure = Structure { name: "GetDownloadUrlForLayerRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "layerDigest", ty: Type::String, required: true, summary: "The digest of the layer's content, such as `sha256:` followed by 64 hex digits." },
]};

#[rustfmt::skip]
static GET_DOWNLOAD_URL_FOR_LAYER_RESPONSE: Structure = Structure { name: "GetDownloadUrlForLayerResponse", union: false, members: &[
    Member { name: "downloadUrl", ty: Type::String, required: false, summary: "A pre-signed URL that serves the layer's content with a plain HTTP GET until it expires." },
    Member { name: "layerDigest", ty: Type::String, required: false, summary: "The digest of the layer's content, such as `sha256:` followed by 64 hex digits." },
]};

#[rustfmt::skip]
static GET_LIFECYCLE_POLICY_PREVIEW_REQUEST: Structure = Structure { name: "GetLifecyclePolicyPreviewRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageIds", ty: Type::List(&Type::Structure(&IMAGE_IDENTIFIER)), required: false, summary: "Only these images, by digest or tag." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
    Member { name: "filter", ty: Type::Structure(&LIFECYCLE_POLICY_PREVIEW_FILTER), required: false, summary: "Only tagged, or only untagged, images." },
]};

#[rustfmt::skip]
static GET_LIFECYCLE_POLICY_PREVIEW_RESPONSE: Structure = Structure { name: "GetLifecyclePolicyPreviewResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: false, summary: "The policy tried." },
    Member { name: "status", ty: Type::Enum(LIFECYCLE_POLICY_PREVIEW_STATUS_VALUES), required: false, summary: "Where the preview stands." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "previewResults", ty: Type::List(&Type::Structure(&LIFECYCLE_POLICY_PREVIEW_RESULT)), required: false, summary: "The images that would expire." },
    Member { name: "summary", ty: Type::Structure(&LIFECYCLE_POLICY_PREVIEW_SUMMARY), required: false, summary: "How many images would expire." },
]};

#[rustfmt::skip]
static GET_LIFECYCLE_POLICY_REQUEST: Structure = Structure { name: "GetLifecyclePolicyRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
]};

#[rustfmt::skip]
static GET_LIFECYCLE_POLICY_RESPONSE: Structure = Structure { name: "GetLifecyclePolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: false, summary: "The policy." },
    Member { name: "lastEvaluatedAt", ty: Type::Timestamp, required: false, summary: "When the registry last applied the policy, if it has." },
]};

#[rustfmt::skip]
static GET_REGISTRY_POLICY_REQUEST: Structure = Structure { name: "GetRegistryPolicyRequest", union: false, members: &[
]};

#[rustfmt::skip]
static GET_REGISTRY_POLICY_RESPONSE: Structure = Structure { name: "GetRegistryPolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "policyText", ty: Type::String, required: false, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static GET_REGISTRY_SCANNING_CONFIGURATION_REQUEST: Structure = Structure { name: "GetRegistryScanningConfigurationRequest", union: false, members: &[
]};

#[rustfmt::skip]
static GET_REGISTRY_SCANNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "GetRegistryScanningConfigurationResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "scanningConfiguration", ty: Type::Structure(&REGISTRY_SCANNING_CONFIGURATION), required: false, summary: "The scan type and rules in force." },
]};

#[rustfmt::skip]
static GET_REPOSITORY_POLICY_REQUEST: Structure = Structure { name: "GetRepositoryPolicyRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
]};

#[rustfmt::skip]
static GET_REPOSITORY_POLICY_RESPONSE: Structure = Structure { name: "GetRepositoryPolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "policyText", ty: Type::String, required: false, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static GET_SIGNING_CONFIGURATION_REQUEST: Structure = Structure { name: "GetSigningConfigurationRequest", union: false, members: &[
]};

#[rustfmt::skip]
static GET_SIGNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "GetSigningConfigurationResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "signingConfiguration", ty: Type::Structure(&SIGNING_CONFIGURATION), required: false, summary: "The signing configuration." },
]};

#[rustfmt::skip]
static IMAGE: Structure = Structure { name: "Image", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "Which image." },
    Member { name: "imageManifest", ty: Type::String, required: false, summary: "The image manifest, as JSON text." },
    Member { name: "imageManifestMediaType", ty: Type::String, required: false, summary: "The media type of the manifest; read from the manifest's `mediaType` when omitted." },
]};

#[rustfmt::skip]
static IMAGE_DETAIL: Structure = Structure { name: "ImageDetail", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository the image is in." },
    Member { name: "imageDigest", ty: Type::String, required: false, summary: "The digest of the image's manifest." },
    Member { name: "imageTags", ty: Type::List(&Type::String), required: false, summary: "The tags that name the image." },
    Member { name: "imageSizeInBytes", ty: Type::Integer, required: false, summary: "The size of the image's layers, as stored (compressed), in bytes." },
    Member { name: "imagePushedAt", ty: Type::Timestamp, required: false, summary: "When the image was pushed." },
    Member { name: "imageManifestMediaType", ty: Type::String, required: false, summary: "The media type of the image's manifest." },
    Member { name: "artifactMediaType", ty: Type::String, required: false, summary: "The media type of the image's configuration (or the artifact's type)." },
    Member { name: "lastRecordedPullTime", ty: Type::Timestamp, required: false, summary: "When the image was last pulled (its manifest fetched), if it was." },
    Member { name: "subjectManifestDigest", ty: Type::String, required: false, summary: "The digest of the image this one refers to (its OCI 1.1 `subject`), for an artifact such as a signature." },
    Member { name: "imageStatus", ty: Type::Enum(IMAGE_STATUS_VALUES), required: false, summary: "Whether the image is active (pullable), archived, or being restored." },
    Member { name: "lastArchivedAt", ty: Type::Timestamp, required: false, summary: "When the image was last archived." },
    Member { name: "lastActivatedAt", ty: Type::Timestamp, required: false, summary: "When the image was last restored from archival storage." },
    Member { name: "imageScanStatus", ty: Type::Structure(&IMAGE_SCAN_STATUS), required: false, summary: "Where the image's last scan stands." },
    Member { name: "imageScanFindingsSummary", ty: Type::Structure(&IMAGE_SCAN_FINDINGS_SUMMARY), required: false, summary: "What the image's last scan found, counted by severity." },
]};

#[rustfmt::skip]
static IMAGE_FAILURE: Structure = Structure { name: "ImageFailure", union: false, members: &[
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "Which image." },
    Member { name: "failureCode", ty: Type::Enum(IMAGE_FAILURE_CODE_VALUES), required: false, summary: "A code for the failure." },
    Member { name: "failureReason", ty: Type::String, required: false, summary: "The failure in words." },
]};

#[rustfmt::skip]
static IMAGE_IDENTIFIER: Structure = Structure { name: "ImageIdentifier", union: false, members: &[
    Member { name: "imageDigest", ty: Type::String, required: false, summary: "The digest of the image manifest." },
    Member { name: "imageTag", ty: Type::String, required: false, summary: "A tag naming the image." },
]};

#[rustfmt::skip]
static IMAGE_REFERRER: Structure = Structure { name: "ImageReferrer", union: false, members: &[
    Member { name: "digest", ty: Type::String, required: true, summary: "The artifact's manifest digest." },
    Member { name: "mediaType", ty: Type::String, required: true, summary: "The artifact's manifest media type." },
    Member { name: "artifactType", ty: Type::String, required: false, summary: "What the artifact is: its `artifactType`, else its config's media type." },
    Member { name: "size", ty: Type::Integer, required: true, summary: "The size of the artifact's manifest in bytes." },
    Member { name: "annotations", ty: Type::Map(&Type::String), required: false, summary: "The annotations of the artifact's manifest." },
    Member { name: "artifactStatus", ty: Type::Enum(ARTIFACT_STATUS_VALUES), required: false, summary: "Whether the artifact is active or archived." },
]};

#[rustfmt::skip]
static IMAGE_REPLICATION_STATUS: Structure = Structure { name: "ImageReplicationStatus", union: false, members: &[
    Member { name: "region", ty: Type::String, required: false, summary: "The region of the registry copied to." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry copied to." },
    Member { name: "status", ty: Type::Enum(REPLICATION_STATUS_VALUES), required: false, summary: "The copy's state." },
    Member { name: "failureCode", ty: Type::String, required: false, summary: "Why the copy failed." },
]};

#[rustfmt::skip]
static IMAGE_SCAN_FINDING: Structure = Structure { name: "ImageScanFinding", union: false, members: &[
    Member { name: "name", ty: Type::String, required: false, summary: "The vulnerability's identifier (`CVE-...`, `DSA-...`, ...)." },
    Member { name: "description", ty: Type::String, required: false, summary: "What the vulnerability is." },
    Member { name: "uri", ty: Type::String, required: false, summary: "Where to read about it." },
    Member { name: "severity", ty: Type::Enum(FINDING_SEVERITY_VALUES), required: false, summary: "How severe it is." },
    Member { name: "attributes", ty: Type::List(&Type::Structure(&ATTRIBUTE)), required: false, summary: "The package and versions concerned: `package_name`, `package_version`, `fixed_version`." },
]};

#[rustfmt::skip]
static IMAGE_SCAN_FINDINGS: Structure = Structure { name: "ImageScanFindings", union: false, members: &[
    Member { name: "imageScanCompletedAt", ty: Type::Timestamp, required: false, summary: "When the scan ended." },
    Member { name: "vulnerabilitySourceUpdatedAt", ty: Type::Timestamp, required: false, summary: "When the vulnerability database used was last updated." },
    Member { name: "findingSeverityCounts", ty: Type::Map(&Type::Integer), required: false, summary: "How many findings of each severity." },
    Member { name: "findings", ty: Type::List(&Type::Structure(&IMAGE_SCAN_FINDING)), required: false, summary: "The findings of this page." },
]};

#[rustfmt::skip]
static IMAGE_SCAN_FINDINGS_SUMMARY: Structure = Structure { name: "ImageScanFindingsSummary", union: false, members: &[
    Member { name: "imageScanCompletedAt", ty: Type::Timestamp, required: false, summary: "When the scan ended." },
    Member { name: "vulnerabilitySourceUpdatedAt", ty: Type::Timestamp, required: false, summary: "When the vulnerability database used was last updated." },
    Member { name: "findingSeverityCounts", ty: Type::Map(&Type::Integer), required: false, summary: "How many findings of each severity." },
]};

#[rustfmt::skip]
static IMAGE_SCAN_STATUS: Structure = Structure { name: "ImageScanStatus", union: false, members: &[
    Member { name: "status", ty: Type::Enum(SCAN_STATUS_VALUES), required: false, summary: "The scan's state." },
    Member { name: "description", ty: Type::String, required: false, summary: "Why the scan stands where it does, in words." },
]};

#[rustfmt::skip]
static IMAGE_SCANNING_CONFIGURATION: Structure = Structure { name: "ImageScanningConfiguration", union: false, members: &[
    Member { name: "scanOnPush", ty: Type::Boolean, required: false, summary: "Scan each image after it is pushed." },
]};

#[rustfmt::skip]
static IMAGE_SIGNING_STATUS: Structure = Structure { name: "ImageSigningStatus", union: false, members: &[
    Member { name: "signingProfileArn", ty: Type::String, required: false, summary: "The signing profile to sign with." },
    Member { name: "failureCode", ty: Type::String, required: false, summary: "Why signing failed, as a code." },
    Member { name: "failureReason", ty: Type::String, required: false, summary: "Why signing failed, in words." },
    Member { name: "status", ty: Type::Enum(SIGNING_STATUS_VALUES), required: false, summary: "Where signing stands: `IN_PROGRESS`, `COMPLETE` or `FAILED`." },
]};

#[rustfmt::skip]
static INITIATE_LAYER_UPLOAD_REQUEST: Structure = Structure { name: "InitiateLayerUploadRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
]};

#[rustfmt::skip]
static INITIATE_LAYER_UPLOAD_RESPONSE: Structure = Structure { name: "InitiateLayerUploadResponse", union: false, members: &[
    Member { name: "uploadId", ty: Type::String, required: false, summary: "The id of the layer upload, from `InitiateLayerUpload`." },
    Member { name: "partSize", ty: Type::Integer, required: false, summary: "The size in bytes of the parts to upload, except the last one." },
]};

#[rustfmt::skip]
static LAYER: Structure = Structure { name: "Layer", union: false, members: &[
    Member { name: "layerDigest", ty: Type::String, required: false, summary: "The digest of the layer's content, such as `sha256:` followed by 64 hex digits." },
    Member { name: "layerAvailability", ty: Type::Enum(LAYER_AVAILABILITY_VALUES), required: false, summary: "Whether the layer is in the repository." },
    Member { name: "layerSize", ty: Type::Integer, required: false, summary: "The size of the layer in bytes." },
    Member { name: "mediaType", ty: Type::String, required: false, summary: "The media type of the layer." },
]};

#[rustfmt::skip]
static LAYER_FAILURE: Structure = Structure { name: "LayerFailure", union: false, members: &[
    Member { name: "layerDigest", ty: Type::String, required: false, summary: "The digest of the layer's content, such as `sha256:` followed by 64 hex digits." },
    Member { name: "failureCode", ty: Type::Enum(LAYER_FAILURE_CODE_VALUES), required: false, summary: "A code for the failure." },
    Member { name: "failureReason", ty: Type::String, required: false, summary: "The failure in words." },
]};

#[rustfmt::skip]
static LIFECYCLE_POLICY_PREVIEW_FILTER: Structure = Structure { name: "LifecyclePolicyPreviewFilter", union: false, members: &[
    Member { name: "tagStatus", ty: Type::Enum(TAG_STATUS_VALUES), required: false, summary: "Only tagged, only untagged, or any images." },
]};

#[rustfmt::skip]
static LIFECYCLE_POLICY_PREVIEW_RESULT: Structure = Structure { name: "LifecyclePolicyPreviewResult", union: false, members: &[
    Member { name: "imageTags", ty: Type::List(&Type::String), required: false, summary: "Its tags." },
    Member { name: "imageDigest", ty: Type::String, required: false, summary: "Its digest." },
    Member { name: "imagePushedAt", ty: Type::Timestamp, required: false, summary: "When it was pushed." },
    Member { name: "action", ty: Type::Structure(&LIFECYCLE_POLICY_RULE_ACTION), required: false, summary: "What would happen to it." },
    Member { name: "appliedRulePriority", ty: Type::Integer, required: false, summary: "The priority of the rule that would expire it." },
]};

#[rustfmt::skip]
static LIFECYCLE_POLICY_PREVIEW_SUMMARY: Structure = Structure { name: "LifecyclePolicyPreviewSummary", union: false, members: &[
    Member { name: "expiringImageTotalCount", ty: Type::Integer, required: false, summary: "How many images would expire." },
]};

#[rustfmt::skip]
static LIFECYCLE_POLICY_RULE_ACTION: Structure = Structure { name: "LifecyclePolicyRuleAction", union: false, members: &[
    Member { name: "type", ty: Type::Enum(IMAGE_ACTION_TYPE_VALUES), required: false, summary: "The action." },
]};

#[rustfmt::skip]
static LIST_IMAGE_REFERRERS_FILTER: Structure = Structure { name: "ListImageReferrersFilter", union: false, members: &[
    Member { name: "artifactTypes", ty: Type::List(&Type::String), required: false, summary: "Only artifacts of these types." },
    Member { name: "artifactStatus", ty: Type::Enum(ARTIFACT_STATUS_FILTER_VALUES), required: false, summary: "Only artifacts in this status; `ANY` for all. Active ones when left out." },
]};

#[rustfmt::skip]
static LIST_IMAGE_REFERRERS_REQUEST: Structure = Structure { name: "ListImageReferrersRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "subjectId", ty: Type::Structure(&SUBJECT_IDENTIFIER), required: true, summary: "The image the artifacts refer to." },
    Member { name: "filter", ty: Type::Structure(&LIST_IMAGE_REFERRERS_FILTER), required: false, summary: "Which artifacts to list." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent on the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
]};

#[rustfmt::skip]
static LIST_IMAGE_REFERRERS_RESPONSE: Structure = Structure { name: "ListImageReferrersResponse", union: false, members: &[
    Member { name: "referrers", ty: Type::List(&Type::Structure(&IMAGE_REFERRER)), required: false, summary: "The artifacts." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent on the last page." },
]};

#[rustfmt::skip]
static LIST_IMAGES_FILTER: Structure = Structure { name: "ListImagesFilter", union: false, members: &[
    Member { name: "tagStatus", ty: Type::Enum(TAG_STATUS_VALUES), required: false, summary: "List only tagged images, only untagged images, or any." },
]};

#[rustfmt::skip]
static LIST_IMAGES_REQUEST: Structure = Structure { name: "ListImagesRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
    Member { name: "filter", ty: Type::Structure(&LIST_IMAGES_FILTER), required: false, summary: "Which images to list." },
]};

#[rustfmt::skip]
static LIST_IMAGES_RESPONSE: Structure = Structure { name: "ListImagesResponse", union: false, members: &[
    Member { name: "imageIds", ty: Type::List(&Type::Structure(&IMAGE_IDENTIFIER)), required: false, summary: "Image identifiers." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent in the last page." },
]};

#[rustfmt::skip]
static LIST_PULL_TIME_UPDATE_EXCLUSIONS_REQUEST: Structure = Structure { name: "ListPullTimeUpdateExclusionsRequest", union: false, members: &[
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "The most results to return in one page." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent on the last page." },
]};

#[rustfmt::skip]
static LIST_PULL_TIME_UPDATE_EXCLUSIONS_RESPONSE: Structure = Structure { name: "ListPullTimeUpdateExclusionsResponse", union: false, members: &[
    Member { name: "pullTimeUpdateExclusions", ty: Type::List(&Type::String), required: false, summary: "The principals excluded." },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "The token for the next page: pass the `nextToken` of the previous response; absent on the last page." },
]};

#[rustfmt::skip]
static LIST_TAGS_FOR_RESOURCE_REQUEST: Structure = Structure { name: "ListTagsForResourceRequest", union: false, members: &[
    Member { name: "resourceArn", ty: Type::String, required: true, summary: "The repository's ARN, `arn:aws:ecr:REGION:ACCOUNT:repository/NAME`." },
]};

#[rustfmt::skip]
static LIST_TAGS_FOR_RESOURCE_RESPONSE: Structure = Structure { name: "ListTagsForResourceResponse", union: false, members: &[
    Member { name: "tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "The repository's tags, by key." },
]};

#[rustfmt::skip]
static PULL_THROUGH_CACHE_RULE: Structure = Structure { name: "PullThroughCacheRule", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: false, summary: "The rule's repository name prefix." },
    Member { name: "upstreamRegistryUrl", ty: Type::String, required: false, summary: "The upstream registry's address." },
    Member { name: "createdAt", ty: Type::Timestamp, required: false, summary: "When the rule was created." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret holding credentials for the upstream registry." },
    Member { name: "upstreamRepositoryPrefix", ty: Type::String, required: false, summary: "The prefix of the upstream's repository names." },
    Member { name: "upstreamRegistry", ty: Type::Enum(UPSTREAM_REGISTRY_VALUES), required: false, summary: "Which kind of registry the upstream is." },
    Member { name: "updatedAt", ty: Type::Timestamp, required: false, summary: "When the rule last changed." },
]};

#[rustfmt::skip]
static PUT_ACCOUNT_SETTING_REQUEST: Structure = Structure { name: "PutAccountSettingRequest", union: false, members: &[
    Member { name: "name", ty: Type::String, required: true, summary: "The setting, `BASIC_SCAN_TYPE_VERSION` or `REGISTRY_POLICY_SCOPE`." },
    Member { name: "value", ty: Type::String, required: true, summary: "The new value: `AWS_NATIVE` or `CLAIR` for the scan type version, `V1` or `V2` for the policy scope." },
]};

#[rustfmt::skip]
static PUT_ACCOUNT_SETTING_RESPONSE: Structure = Structure { name: "PutAccountSettingResponse", union: false, members: &[
    Member { name: "name", ty: Type::String, required: false, summary: "The setting." },
    Member { name: "value", ty: Type::String, required: false, summary: "The value in force." },
]};

#[rustfmt::skip]
static PUT_IMAGE_REQUEST: Structure = Structure { name: "PutImageRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageManifest", ty: Type::String, required: true, summary: "The image manifest, as JSON text." },
    Member { name: "imageManifestMediaType", ty: Type::String, required: false, summary: "The media type of the manifest; read from the manifest's `mediaType` when omitted." },
    Member { name: "imageTag", ty: Type::String, required: false, summary: "A tag naming the image." },
    Member { name: "imageDigest", ty: Type::String, required: false, summary: "The digest of the image manifest." },
]};

#[rustfmt::skip]
static PUT_IMAGE_RESPONSE: Structure = Structure { name: "PutImageResponse", union: false, members: &[
    Member { name: "image", ty: Type::Structure(&IMAGE), required: false, summary: "The image." },
]};

#[rustfmt::skip]
static PUT_IMAGE_SCANNING_CONFIGURATION_REQUEST: Structure = Structure { name: "PutImageScanningConfigurationRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageScanningConfiguration", ty: Type::Structure(&IMAGE_SCANNING_CONFIGURATION), required: true, summary: "Whether images are scanned when pushed." },
]};

#[rustfmt::skip]
static PUT_IMAGE_SCANNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "PutImageScanningConfigurationResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageScanningConfiguration", ty: Type::Structure(&IMAGE_SCANNING_CONFIGURATION), required: false, summary: "Whether images are scanned when pushed." },
]};

#[rustfmt::skip]
static PUT_IMAGE_TAG_MUTABILITY_REQUEST: Structure = Structure { name: "PutImageTagMutabilityRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: true, summary: "Whether tags may move from one image to another." },
]};

#[rustfmt::skip]
static PUT_IMAGE_TAG_MUTABILITY_RESPONSE: Structure = Structure { name: "PutImageTagMutabilityResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: false, summary: "The setting now in force." },
]};

#[rustfmt::skip]
static PUT_LIFECYCLE_POLICY_REQUEST: Structure = Structure { name: "PutLifecyclePolicyRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: true, summary: "The policy, as JSON: `{\"rules\": [...]}`." },
]};

#[rustfmt::skip]
static PUT_LIFECYCLE_POLICY_RESPONSE: Structure = Structure { name: "PutLifecyclePolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: false, summary: "The policy now in force." },
]};

#[rustfmt::skip]
static PUT_REGISTRY_POLICY_REQUEST: Structure = Structure { name: "PutRegistryPolicyRequest", union: false, members: &[
    Member { name: "policyText", ty: Type::String, required: true, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static PUT_REGISTRY_POLICY_RESPONSE: Structure = Structure { name: "PutRegistryPolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "policyText", ty: Type::String, required: false, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static PUT_REGISTRY_SCANNING_CONFIGURATION_REQUEST: Structure = Structure { name: "PutRegistryScanningConfigurationRequest", union: false, members: &[
    Member { name: "scanType", ty: Type::Enum(SCAN_TYPE_VALUES), required: false, summary: "The kind of scanning; `BASIC` when left out." },
    Member { name: "rules", ty: Type::List(&Type::Structure(&REGISTRY_SCANNING_RULE)), required: false, summary: "The rules choosing when each repository's images are scanned." },
]};

#[rustfmt::skip]
static PUT_REGISTRY_SCANNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "PutRegistryScanningConfigurationResponse", union: false, members: &[
    Member { name: "registryScanningConfiguration", ty: Type::Structure(&REGISTRY_SCANNING_CONFIGURATION), required: false, summary: "The scanning configuration now in force." },
]};

#[rustfmt::skip]
static PUT_REPLICATION_CONFIGURATION_REQUEST: Structure = Structure { name: "PutReplicationConfigurationRequest", union: false, members: &[
    Member { name: "replicationConfiguration", ty: Type::Structure(&REPLICATION_CONFIGURATION), required: true, summary: "Where images pushed to this registry are copied." },
]};

#[rustfmt::skip]
static PUT_REPLICATION_CONFIGURATION_RESPONSE: Structure = Structure { name: "PutReplicationConfigurationResponse", union: false, members: &[
    Member { name: "replicationConfiguration", ty: Type::Structure(&REPLICATION_CONFIGURATION), required: false, summary: "Where images pushed to this registry are copied." },
]};

#[rustfmt::skip]
static PUT_SIGNING_CONFIGURATION_REQUEST: Structure = Structure { name: "PutSigningConfigurationRequest", union: false, members: &[
    Member { name: "signingConfiguration", ty: Type::Structure(&SIGNING_CONFIGURATION), required: true, summary: "The signing configuration." },
]};

#[rustfmt::skip]
static PUT_SIGNING_CONFIGURATION_RESPONSE: Structure = Structure { name: "PutSigningConfigurationResponse", union: false, members: &[
    Member { name: "signingConfiguration", ty: Type::Structure(&SIGNING_CONFIGURATION), required: false, summary: "The signing configuration." },
]};

#[rustfmt::skip]
static REGISTER_PULL_TIME_UPDATE_EXCLUSION_REQUEST: Structure = Structure { name: "RegisterPullTimeUpdateExclusionRequest", union: false, members: &[
    Member { name: "principalArn", ty: Type::String, required: true, summary: "The IAM user or role." },
]};

#[rustfmt::skip]
static REGISTER_PULL_TIME_UPDATE_EXCLUSION_RESPONSE: Structure = Structure { name: "RegisterPullTimeUpdateExclusionResponse", union: false, members: &[
    Member { name: "principalArn", ty: Type::String, required: false, summary: "The IAM user or role." },
    Member { name: "createdAt", ty: Type::Timestamp, required: false, summary: "When the exclusion was registered." },
]};

#[rustfmt::skip]
static REGISTRY_SCANNING_CONFIGURATION: Structure = Structure { name: "RegistryScanningConfiguration", union: false, members: &[
    Member { name: "scanType", ty: Type::Enum(SCAN_TYPE_VALUES), required: false, summary: "The kind of scanning: `BASIC` or `ENHANCED`." },
    Member { name: "rules", ty: Type::List(&Type::Structure(&REGISTRY_SCANNING_RULE)), required: false, summary: "The rules, each with its destinations and the repositories it covers." },
]};

#[rustfmt::skip]
static REGISTRY_SCANNING_RULE: Structure = Structure { name: "RegistryScanningRule", union: false, members: &[
    Member { name: "scanFrequency", ty: Type::Enum(SCAN_FREQUENCY_VALUES), required: true, summary: "When images are scanned: on push, continuously, or only when asked." },
    Member { name: "repositoryFilters", ty: Type::List(&Type::Structure(&SCANNING_REPOSITORY_FILTER)), required: true, summary: "Which repositories the rule covers; none means every repository." },
]};

#[rustfmt::skip]
static REPLICATION_CONFIGURATION: Structure = Structure { name: "ReplicationConfiguration", union: false, members: &[
    Member { name: "rules", ty: Type::List(&Type::Structure(&REPLICATION_RULE)), required: true, summary: "The rules, each with its destinations and the repositories it covers." },
]};

#[rustfmt::skip]
static REPLICATION_DESTINATION: Structure = Structure { name: "ReplicationDestination", union: false, members: &[
    Member { name: "region", ty: Type::String, required: true, summary: "The region of the registry copied to." },
    Member { name: "registryId", ty: Type::String, required: true, summary: "The 12-digit account id of the registry copied to." },
]};

#[rustfmt::skip]
static REPLICATION_RULE: Structure = Structure { name: "ReplicationRule", union: false, members: &[
    Member { name: "destinations", ty: Type::List(&Type::Structure(&REPLICATION_DESTINATION)), required: true, summary: "The registries the images are copied to." },
    Member { name: "repositoryFilters", ty: Type::List(&Type::Structure(&REPOSITORY_FILTER)), required: false, summary: "Which repositories the rule covers; none means every repository." },
]};

#[rustfmt::skip]
static REPOSITORY: Structure = Structure { name: "Repository", union: false, members: &[
    Member { name: "repositoryArn", ty: Type::String, required: false, summary: "The Amazon Resource Name of the repository." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "repositoryUri", ty: Type::String, required: false, summary: "The address to push to and pull from, `registry-host/repository-name`." },
    Member { name: "createdAt", ty: Type::Timestamp, required: false, summary: "When the repository was created." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: false, summary: "Whether tags may be moved to other images. Tags are mutable when omitted." },
    Member { name: "imageScanningConfiguration", ty: Type::Structure(&IMAGE_SCANNING_CONFIGURATION), required: false, summary: "Whether images are scanned when pushed." },
    Member { name: "encryptionConfiguration", ty: Type::Structure(&ENCRYPTION_CONFIGURATION), required: false, summary: "How images are encrypted at rest; AES-256 when omitted." },
]};

#[rustfmt::skip]
static REPOSITORY_CREATION_TEMPLATE: Structure = Structure { name: "RepositoryCreationTemplate", union: false, members: &[
    Member { name: "prefix", ty: Type::String, required: false, summary: "The repository name prefix the template applies to, or `ROOT` for every repository no other template covers." },
    Member { name: "description", ty: Type::String, required: false, summary: "What the template is for." },
    Member { name: "encryptionConfiguration", ty: Type::Structure(&ENCRYPTION_CONFIGURATION_FOR_REPOSITORY_CREATION_TEMPLATE), required: false, summary: "How images are encrypted at rest; AES-256 when omitted." },
    Member { name: "resourceTags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "Tags given to each repository created from the template." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: false, summary: "Whether tags may be moved to other images. Tags are mutable when omitted." },
    Member { name: "repositoryPolicy", ty: Type::String, required: false, summary: "The repository policy given to each repository created from the template." },
    Member { name: "lifecyclePolicy", ty: Type::String, required: false, summary: "The lifecycle policy given to each repository created from the template." },
    Member { name: "appliedFor", ty: Type::List(&Type::Enum(RCT_APPLIED_FOR_VALUES)), required: false, summary: "Which ways of creating a repository use the template: `PULL_THROUGH_CACHE`, `REPLICATION`, `CREATE_ON_PUSH`." },
    Member { name: "customRoleArn", ty: Type::String, required: false, summary: "An IAM role the registry assumes for the work (recorded; this registry does not assume roles)." },
    Member { name: "createdAt", ty: Type::Timestamp, required: false, summary: "When the template was created." },
    Member { name: "updatedAt", ty: Type::Timestamp, required: false, summary: "When the template last changed." },
]};

#[rustfmt::skip]
static REPOSITORY_FILTER: Structure = Structure { name: "RepositoryFilter", union: false, members: &[
    Member { name: "filter", ty: Type::String, required: true, summary: "The prefix of the names of the repositories the rule covers." },
    Member { name: "filterType", ty: Type::Enum(REPOSITORY_FILTER_TYPE_VALUES), required: true, summary: "How `filter` is matched: `PREFIX_MATCH`, a prefix of the repository name." },
]};

#[rustfmt::skip]
static REPOSITORY_SCANNING_CONFIGURATION: Structure = Structure { name: "RepositoryScanningConfiguration", union: false, members: &[
    Member { name: "repositoryArn", ty: Type::String, required: false, summary: "The Amazon Resource Name of the repository." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "scanOnPush", ty: Type::Boolean, required: false, summary: "Scan each image after it is pushed." },
    Member { name: "scanFrequency", ty: Type::Enum(SCAN_FREQUENCY_VALUES), required: false, summary: "When its images are scanned." },
    Member { name: "appliedScanFilters", ty: Type::List(&Type::Structure(&SCANNING_REPOSITORY_FILTER)), required: false, summary: "The filters of the registry rule that selected the repository." },
]};

#[rustfmt::skip]
static REPOSITORY_SCANNING_CONFIGURATION_FAILURE: Structure = Structure { name: "RepositoryScanningConfigurationFailure", union: false, members: &[
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "failureCode", ty: Type::Enum(SCANNING_CONFIGURATION_FAILURE_CODE_VALUES), required: false, summary: "A code for the failure." },
    Member { name: "failureReason", ty: Type::String, required: false, summary: "The failure in words." },
]};

#[rustfmt::skip]
static SCANNING_REPOSITORY_FILTER: Structure = Structure { name: "ScanningRepositoryFilter", union: false, members: &[
    Member { name: "filter", ty: Type::String, required: true, summary: "A pattern of repository names in which `*` matches any characters." },
    Member { name: "filterType", ty: Type::Enum(SCANNING_REPOSITORY_FILTER_TYPE_VALUES), required: true, summary: "How `filter` is matched: `WILDCARD`." },
]};

#[rustfmt::skip]
static SET_REPOSITORY_POLICY_REQUEST: Structure = Structure { name: "SetRepositoryPolicyRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "policyText", ty: Type::String, required: true, summary: "The policy: an IAM policy document in JSON." },
    Member { name: "force", ty: Type::Boolean, required: false, summary: "Set the policy even if it denies the caller the right to set the repository's policy again." },
]};

#[rustfmt::skip]
static SET_REPOSITORY_POLICY_RESPONSE: Structure = Structure { name: "SetRepositoryPolicyResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "policyText", ty: Type::String, required: false, summary: "The policy: an IAM policy document in JSON." },
]};

#[rustfmt::skip]
static SIGNING_CONFIGURATION: Structure = Structure { name: "SigningConfiguration", union: false, members: &[
    Member { name: "rules", ty: Type::List(&Type::Structure(&SIGNING_RULE)), required: true, summary: "The rules, at most ten." },
]};

#[rustfmt::skip]
static SIGNING_REPOSITORY_FILTER: Structure = Structure { name: "SigningRepositoryFilter", union: false, members: &[
    Member { name: "filter", ty: Type::String, required: true, summary: "A pattern of repository names in which `*` matches any characters." },
    Member { name: "filterType", ty: Type::Enum(SIGNING_REPOSITORY_FILTER_TYPE_VALUES), required: true, summary: "How `filter` is matched: `WILDCARD_MATCH`." },
]};

#[rustfmt::skip]
static SIGNING_RULE: Structure = Structure { name: "SigningRule", union: false, members: &[
    Member { name: "signingProfileArn", ty: Type::String, required: true, summary: "The signing profile to sign with." },
    Member { name: "repositoryFilters", ty: Type::List(&Type::Structure(&SIGNING_REPOSITORY_FILTER)), required: false, summary: "Which repositories the rule covers; none means every repository." },
]};

#[rustfmt::skip]
static START_IMAGE_SCAN_REQUEST: Structure = Structure { name: "StartImageScanRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: true, summary: "Which image." },
]};

#[rustfmt::skip]
static START_IMAGE_SCAN_RESPONSE: Structure = Structure { name: "StartImageScanResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "Which image." },
    Member { name: "imageScanStatus", ty: Type::Structure(&IMAGE_SCAN_STATUS), required: false, summary: "Where the scan stands, and why when it failed." },
]};

#[rustfmt::skip]
static START_LIFECYCLE_POLICY_PREVIEW_REQUEST: Structure = Structure { name: "StartLifecyclePolicyPreviewRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: false, summary: "The policy to try; the repository's when omitted." },
]};

#[rustfmt::skip]
static START_LIFECYCLE_POLICY_PREVIEW_RESPONSE: Structure = Structure { name: "StartLifecyclePolicyPreviewResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The repository." },
    Member { name: "lifecyclePolicyText", ty: Type::String, required: false, summary: "The policy tried." },
    Member { name: "status", ty: Type::Enum(LIFECYCLE_POLICY_PREVIEW_STATUS_VALUES), required: false, summary: "Where the preview stands." },
]};

#[rustfmt::skip]
static SUBJECT_IDENTIFIER: Structure = Structure { name: "SubjectIdentifier", union: false, members: &[
    Member { name: "imageDigest", ty: Type::String, required: true, summary: "The image's digest." },
]};

#[rustfmt::skip]
static TAG: Structure = Structure { name: "Tag", union: false, members: &[
    Member { name: "Key", ty: Type::String, required: true, summary: "The tag's key." },
    Member { name: "Value", ty: Type::String, required: true, summary: "The tag's value." },
]};

#[rustfmt::skip]
static TAG_RESOURCE_REQUEST: Structure = Structure { name: "TagResourceRequest", union: false, members: &[
    Member { name: "resourceArn", ty: Type::String, required: true, summary: "The repository's ARN, `arn:aws:ecr:REGION:ACCOUNT:repository/NAME`." },
    Member { name: "tags", ty: Type::List(&Type::Structure(&TAG)), required: true, summary: "The tags to add or change." },
]};

#[rustfmt::skip]
static TAG_RESOURCE_RESPONSE: Structure = Structure { name: "TagResourceResponse", union: false, members: &[
]};

#[rustfmt::skip]
static UNTAG_RESOURCE_REQUEST: Structure = Structure { name: "UntagResourceRequest", union: false, members: &[
    Member { name: "resourceArn", ty: Type::String, required: true, summary: "The repository's ARN, `arn:aws:ecr:REGION:ACCOUNT:repository/NAME`." },
    Member { name: "tagKeys", ty: Type::List(&Type::String), required: true, summary: "The keys of the tags to remove." },
]};

#[rustfmt::skip]
static UNTAG_RESOURCE_RESPONSE: Structure = Structure { name: "UntagResourceResponse", union: false, members: &[
]};

#[rustfmt::skip]
static UPDATE_IMAGE_STORAGE_CLASS_REQUEST: Structure = Structure { name: "UpdateImageStorageClassRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: true, summary: "The image, by digest or tag." },
    Member { name: "targetStorageClass", ty: Type::Enum(TARGET_STORAGE_CLASS_VALUES), required: true, summary: "`ARCHIVE` or `STANDARD`." },
]};

#[rustfmt::skip]
static UPDATE_IMAGE_STORAGE_CLASS_RESPONSE: Structure = Structure { name: "UpdateImageStorageClassResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "imageId", ty: Type::Structure(&IMAGE_IDENTIFIER), required: false, summary: "The image, by digest or tag." },
    Member { name: "imageStatus", ty: Type::Enum(IMAGE_STATUS_VALUES), required: false, summary: "The image's status now." },
]};

#[rustfmt::skip]
static UPDATE_PULL_THROUGH_CACHE_RULE_REQUEST: Structure = Structure { name: "UpdatePullThroughCacheRuleRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: true, summary: "The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret holding credentials for the upstream registry." },
    Member { name: "customRoleArn", ty: Type::String, required: false, summary: "An IAM role the registry assumes for the work (recorded; this registry does not assume roles)." },
]};

#[rustfmt::skip]
static UPDATE_PULL_THROUGH_CACHE_RULE_RESPONSE: Structure = Structure { name: "UpdatePullThroughCacheRuleResponse", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: false, summary: "The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "updatedAt", ty: Type::Timestamp, required: false, summary: "When the rule last changed." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret holding credentials for the upstream registry." },
    Member { name: "customRoleArn", ty: Type::String, required: false, summary: "An IAM role the registry assumes for the work (recorded; this registry does not assume roles)." },
    Member { name: "upstreamRepositoryPrefix", ty: Type::String, required: false, summary: "A prefix of the upstream's repository names to put before `NAME`." },
]};

#[rustfmt::skip]
static UPDATE_REPOSITORY_CREATION_TEMPLATE_REQUEST: Structure = Structure { name: "UpdateRepositoryCreationTemplateRequest", union: false, members: &[
    Member { name: "prefix", ty: Type::String, required: true, summary: "The repository name prefix the template applies to, or `ROOT` for every repository no other template covers." },
    Member { name: "description", ty: Type::String, required: false, summary: "What the template is for." },
    Member { name: "encryptionConfiguration", ty: Type::Structure(&ENCRYPTION_CONFIGURATION_FOR_REPOSITORY_CREATION_TEMPLATE), required: false, summary: "How images are encrypted at rest; AES-256 when omitted." },
    Member { name: "resourceTags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "Tags given to each repository created from the template." },
    Member { name: "imageTagMutability", ty: Type::Enum(IMAGE_TAG_MUTABILITY_VALUES), required: false, summary: "Whether tags may be moved to other images. Tags are mutable when omitted." },
    Member { name: "repositoryPolicy", ty: Type::String, required: false, summary: "The repository policy given to each repository created from the template." },
    Member { name: "lifecyclePolicy", ty: Type::String, required: false, summary: "The lifecycle policy given to each repository created from the template." },
    Member { name: "appliedFor", ty: Type::List(&Type::Enum(RCT_APPLIED_FOR_VALUES)), required: false, summary: "Which ways of creating a repository use the template: `PULL_THROUGH_CACHE`, `REPLICATION`, `CREATE_ON_PUSH`." },
    Member { name: "customRoleArn", ty: Type::String, required: false, summary: "An IAM role the registry assumes for the work (recorded; this registry does not assume roles)." },
]};

#[rustfmt::skip]
static UPDATE_REPOSITORY_CREATION_TEMPLATE_RESPONSE: Structure = Structure { name: "UpdateRepositoryCreationTemplateResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "repositoryCreationTemplate", ty: Type::Structure(&REPOSITORY_CREATION_TEMPLATE), required: false, summary: "The template." },
]};

#[rustfmt::skip]
static UPLOAD_LAYER_PART_REQUEST: Structure = Structure { name: "UploadLayerPartRequest", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: true, summary: "The name of the repository, for example `team/service`." },
    Member { name: "uploadId", ty: Type::String, required: true, summary: "The id of the layer upload, from `InitiateLayerUpload`." },
    Member { name: "partFirstByte", ty: Type::Integer, required: true, summary: "The offset of the first byte of this part within the layer." },
    Member { name: "partLastByte", ty: Type::Integer, required: true, summary: "The offset of the last byte of this part within the layer." },
    Member { name: "layerPartBlob", ty: Type::Blob, required: true, summary: "The bytes of this part." },
]};

#[rustfmt::skip]
static UPLOAD_LAYER_PART_RESPONSE: Structure = Structure { name: "UploadLayerPartResponse", union: false, members: &[
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
    Member { name: "repositoryName", ty: Type::String, required: false, summary: "The name of the repository, for example `team/service`." },
    Member { name: "uploadId", ty: Type::String, required: false, summary: "The id of the layer upload, from `InitiateLayerUpload`." },
    Member { name: "lastByteReceived", ty: Type::Integer, required: false, summary: "The offset of the last byte the registry has received for this upload." },
]};

#[rustfmt::skip]
static VALIDATE_PULL_THROUGH_CACHE_RULE_REQUEST: Structure = Structure { name: "ValidatePullThroughCacheRuleRequest", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: true, summary: "The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry. Defaults to the caller's own registry." },
]};

#[rustfmt::skip]
static VALIDATE_PULL_THROUGH_CACHE_RULE_RESPONSE: Structure = Structure { name: "ValidatePullThroughCacheRuleResponse", union: false, members: &[
    Member { name: "ecrRepositoryPrefix", ty: Type::String, required: false, summary: "The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`." },
    Member { name: "registryId", ty: Type::String, required: false, summary: "The 12-digit account id of the registry." },
    Member { name: "upstreamRegistryUrl", ty: Type::String, required: false, summary: "The upstream registry's address, such as `registry-1.docker.io` or `http://127.0.0.1:5001` (HTTPS when no scheme is given)." },
    Member { name: "credentialArn", ty: Type::String, required: false, summary: "The secret holding credentials for the upstream registry." },
    Member { name: "customRoleArn", ty: Type::String, required: false, summary: "An IAM role the registry assumes for the work (recorded; this registry does not assume roles)." },
    Member { name: "upstreamRepositoryPrefix", ty: Type::String, required: false, summary: "A prefix of the upstream's repository names to put before `NAME`." },
    Member { name: "isValid", ty: Type::Boolean, required: false, summary: "Whether the upstream answered and accepted the credentials." },
    Member { name: "failure", ty: Type::String, required: false, summary: "Why the rule is not valid, when it is not." },
]};

#[rustfmt::skip]
const ARTIFACT_STATUS_VALUES: &[&str] = &["ACTIVE", "ARCHIVED", "ACTIVATING"];
#[rustfmt::skip]
const ARTIFACT_STATUS_FILTER_VALUES: &[&str] = &["ACTIVE", "ARCHIVED", "ACTIVATING", "ANY"];
#[rustfmt::skip]
const ENCRYPTION_TYPE_VALUES: &[&str] = &["AES256", "KMS", "KMS_DSSE"];
#[rustfmt::skip]
const FINDING_SEVERITY_VALUES: &[&str] = &["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL", "UNDEFINED"];
#[rustfmt::skip]
const IMAGE_ACTION_TYPE_VALUES: &[&str] = &["EXPIRE"];
#[rustfmt::skip]
const IMAGE_FAILURE_CODE_VALUES: &[&str] = &["InvalidImageDigest", "InvalidImageTag", "ImageTagDoesNotMatchDigest", "ImageNotFound", "MissingDigestAndTag", "ImageReferencedByManifestList", "KmsError", "UpstreamAccessDenied", "UpstreamTooManyRequests", "UpstreamUnavailable", "ImageInaccessible"];
#[rustfmt::skip]
const IMAGE_STATUS_VALUES: &[&str] = &["ACTIVE", "ARCHIVED", "ACTIVATING"];
#[rustfmt::skip]
const IMAGE_STATUS_FILTER_VALUES: &[&str] = &["ACTIVE", "ARCHIVED", "ACTIVATING", "ANY"];
#[rustfmt::skip]
const IMAGE_TAG_MUTABILITY_VALUES: &[&str] = &["MUTABLE", "IMMUTABLE"];
#[rustfmt::skip]
const LAYER_AVAILABILITY_VALUES: &[&str] = &["AVAILABLE", "UNAVAILABLE"];
#[rustfmt::skip]
const LAYER_FAILURE_CODE_VALUES: &[&str] = &["InvalidLayerDigest", "MissingLayerDigest"];
#[rustfmt::skip]
const LIFECYCLE_POLICY_PREVIEW_STATUS_VALUES: &[&str] = &["IN_PROGRESS", "COMPLETE", "EXPIRED", "FAILED"];
#[rustfmt::skip]
const RCT_APPLIED_FOR_VALUES: &[&str] = &["REPLICATION", "PULL_THROUGH_CACHE", "CREATE_ON_PUSH"];
#[rustfmt::skip]
const REPLICATION_STATUS_VALUES: &[&str] = &["IN_PROGRESS", "COMPLETE", "FAILED"];
#[rustfmt::skip]
const REPOSITORY_FILTER_TYPE_VALUES: &[&str] = &["PREFIX_MATCH"];
#[rustfmt::skip]
const SCAN_FREQUENCY_VALUES: &[&str] = &["SCAN_ON_PUSH", "CONTINUOUS_SCAN", "MANUAL"];
#[rustfmt::skip]
const SCAN_STATUS_VALUES: &[&str] = &["IN_PROGRESS", "COMPLETE", "FAILED", "UNSUPPORTED_IMAGE", "ACTIVE", "PENDING", "SCAN_ELIGIBILITY_EXPIRED", "FINDINGS_UNAVAILABLE", "LIMIT_EXCEEDED"];
#[rustfmt::skip]
const SCAN_TYPE_VALUES: &[&str] = &["BASIC", "ENHANCED"];
#[rustfmt::skip]
const SCANNING_CONFIGURATION_FAILURE_CODE_VALUES: &[&str] = &["REPOSITORY_NOT_FOUND"];
#[rustfmt::skip]
const SCANNING_REPOSITORY_FILTER_TYPE_VALUES: &[&str] = &["WILDCARD"];
#[rustfmt::skip]
const SIGNING_REPOSITORY_FILTER_TYPE_VALUES: &[&str] = &["WILDCARD_MATCH"];
#[rustfmt::skip]
const SIGNING_STATUS_VALUES: &[&str] = &["IN_PROGRESS", "COMPLETE", "FAILED"];
#[rustfmt::skip]
const TAG_STATUS_VALUES: &[&str] = &["TAGGED", "UNTAGGED", "ANY"];
#[rustfmt::skip]
const TARGET_STORAGE_CLASS_VALUES: &[&str] = &["STANDARD", "ARCHIVE"];
#[rustfmt::skip]
const UPSTREAM_REGISTRY_VALUES: &[&str] = &["ecr", "ecr-public", "quay", "k8s", "docker-hub", "github-container-registry", "azure-container-registry", "gitlab-container-registry"];
