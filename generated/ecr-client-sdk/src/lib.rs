// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon Elastic Container Registry.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
pub use rt::client::{Config, Credentials, SdkError};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
    pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use ecr_types;
use ecr_types::error::*;
use ecr_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "AmazonEC2ContainerRegistry_V20150921",
    signing_name: "ecr",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "api.ecr",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "ecr-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: ecr_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"version\":\"1.0\",\"parameters\":{\"Region\":{\"builtIn\":\"AWS::Region\",\"required\":false,\"documentation\":\"The region requests go to (the client configuration's region).\",\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"required\":true,\"default\":false,\"documentation\":\"Whether to use the endpoint that answers over IPv4 and IPv6; partitions without one give an error.\",\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"required\":true,\"default\":false,\"documentation\":\"Whether to use the endpoint with FIPS 140 validated cryptography; partitions without one give an error.\",\"type\":\"Boolean\"},\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"required\":false,\"documentation\":\"A custom endpoint that replaces the computed one.\",\"type\":\"String\"}},\"rules\":[{\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Endpoint\"}]}],\"rules\":[{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseFIPS\"},true]}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseDualStack\"},true]}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"url\":{\"ref\":\"Endpoint\"},\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Region\"}]}],\"rules\":[{\"conditions\":[{\"fn\":\"aws.partition\",\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\"}],\"rules\":[{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseFIPS\"},true]},{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseDualStack\"},true]}],\"rules\":[{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[true,{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"]}]},{\"fn\":\"booleanEquals\",\"argv\":[true,{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"]}]}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"url\":\"https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\",\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseFIPS\"},true]}],\"rules\":[{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"]},true]}],\"rules\":[{\"conditions\":[{\"fn\":\"stringEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"]},\"aws\"]}],\"endpoint\":{\"url\":\"https://ecr-fips.{Region}.amazonaws.com\",\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"},{\"conditions\":[{\"fn\":\"stringEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"]},\"aws-us-gov\"]}],\"endpoint\":{\"url\":\"https://ecr-fips.{Region}.amazonaws.com\",\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"url\":\"https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}\",\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseDualStack\"},true]}],\"rules\":[{\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[true,{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"]}]}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"url\":\"https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}\",\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"url\":\"https://api.ecr.{Region}.{PartitionResult#dnsSuffix}\",\"properties\":{},\"headers\":{}},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}]}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Amazon Elastic Container Registry (ECR) stores container images: repositories hold images, images are manifests that reference layers, and layers are content-addressed blobs.
///
/// This model covers the operations a registry needs to push and pull an image: repository management, the layer upload protocol, image manifests, layer download URLs and registry credentials.
#[derive(Debug, Clone)]
pub struct Client {
    handle: rt::Arc<rt::client::Handle>,
}
impl Client {
    /// A client configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            handle: rt::client::Handle::new(config, SERVICE),
        }
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        self.handle.config()
    }
    /// Tells, for each of several layer digests, whether the repository already has that layer.
    pub fn batch_check_layer_availability(&self) -> BatchCheckLayerAvailabilityFluentBuilder {
        BatchCheckLayerAvailabilityFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: BatchCheckLayerAvailabilityRequest::builder(),
        }
    }
    /// Deletes several images, named by tag or digest. Deleting the last tag of an image deletes the image.
    pub fn batch_delete_image(&self) -> BatchDeleteImageFluentBuilder {
        BatchDeleteImageFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: BatchDeleteImageRequest::builder(),
        }
    }
    /// Returns the manifests of several images, named by tag or digest.
    pub fn batch_get_image(&self) -> BatchGetImageFluentBuilder {
        BatchGetImageFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: BatchGetImageRequest::builder(),
        }
    }
    /// Tells, for several repositories, how their images are scanned under the registry's rules.
    pub fn batch_get_repository_scanning_configuration(
        &self,
    ) -> BatchGetRepositoryScanningConfigurationFluentBuilder {
        BatchGetRepositoryScanningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: BatchGetRepositoryScanningConfigurationRequest::builder(),
        }
    }
    /// Finishes a layer upload: the registry checks the received bytes against the expected digest and makes the layer available.
    pub fn complete_layer_upload(&self) -> CompleteLayerUploadFluentBuilder {
        CompleteLayerUploadFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CompleteLayerUploadRequest::builder(),
        }
    }
    /// Creates a pull-through cache rule: repositories whose names start with the rule's prefix mirror the repositories of an upstream registry, fetched on first pull and kept.
    pub fn create_pull_through_cache_rule(&self) -> CreatePullThroughCacheRuleFluentBuilder {
        CreatePullThroughCacheRuleFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreatePullThroughCacheRuleRequest::builder(),
        }
    }
    /// Creates an empty image repository in a registry.
    pub fn create_repository(&self) -> CreateRepositoryFluentBuilder {
        CreateRepositoryFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateRepositoryRequest::builder(),
        }
    }
    /// Creates a template of the settings given to repositories that pull-through caching or replication creates under a prefix.
    pub fn create_repository_creation_template(
        &self,
    ) -> CreateRepositoryCreationTemplateFluentBuilder {
        CreateRepositoryCreationTemplateFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateRepositoryCreationTemplateRequest::builder(),
        }
    }
    /// Removes a repository's lifecycle policy: no image expires any more.
    pub fn delete_lifecycle_policy(&self) -> DeleteLifecyclePolicyFluentBuilder {
        DeleteLifecyclePolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteLifecyclePolicyRequest::builder(),
        }
    }
    /// Deletes a pull-through cache rule. Repositories it created and the images cached in them stay.
    pub fn delete_pull_through_cache_rule(&self) -> DeletePullThroughCacheRuleFluentBuilder {
        DeletePullThroughCacheRuleFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeletePullThroughCacheRuleRequest::builder(),
        }
    }
    /// Deletes the registry's access policy.
    pub fn delete_registry_policy(&self) -> DeleteRegistryPolicyFluentBuilder {
        DeleteRegistryPolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteRegistryPolicyRequest::builder(),
        }
    }
    /// Deletes a repository. A repository that still holds images is only deleted when `force` is set, and its images go with it.
    pub fn delete_repository(&self) -> DeleteRepositoryFluentBuilder {
        DeleteRepositoryFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteRepositoryRequest::builder(),
        }
    }
    /// Deletes a repository creation template.
    pub fn delete_repository_creation_template(
        &self,
    ) -> DeleteRepositoryCreationTemplateFluentBuilder {
        DeleteRepositoryCreationTemplateFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteRepositoryCreationTemplateRequest::builder(),
        }
    }
    /// Deletes the access policy of a repository.
    pub fn delete_repository_policy(&self) -> DeleteRepositoryPolicyFluentBuilder {
        DeleteRepositoryPolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteRepositoryPolicyRequest::builder(),
        }
    }
    /// Deletes the registry's signing configuration: images pushed afterwards are not signed.
    pub fn delete_signing_configuration(&self) -> DeleteSigningConfigurationFluentBuilder {
        DeleteSigningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteSigningConfigurationRequest::builder(),
        }
    }
    /// Records image pulls by a principal again (see `RegisterPullTimeUpdateExclusion`).
    pub fn deregister_pull_time_update_exclusion(
        &self,
    ) -> DeregisterPullTimeUpdateExclusionFluentBuilder {
        DeregisterPullTimeUpdateExclusionFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeregisterPullTimeUpdateExclusionRequest::builder(),
        }
    }
    /// Tells, for each registry an image is copied to, whether the copy is done, under way or failed, and why.
    pub fn describe_image_replication_status(&self) -> DescribeImageReplicationStatusFluentBuilder {
        DescribeImageReplicationStatusFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeImageReplicationStatusRequest::builder(),
        }
    }
    /// Tells how an image's last scan went and what it found, page by page.
    pub fn describe_image_scan_findings(&self) -> DescribeImageScanFindingsFluentBuilder {
        DescribeImageScanFindingsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeImageScanFindingsRequest::builder(),
        }
    }
    /// Tells, for each signing profile whose rules matched an image, whether the image was signed.
    pub fn describe_image_signing_status(&self) -> DescribeImageSigningStatusFluentBuilder {
        DescribeImageSigningStatusFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeImageSigningStatusRequest::builder(),
        }
    }
    /// Describes the images of a repository, or the named ones: digest, tags, size, push time, media types and when the image was last pulled. Results come in pages, optionally only tagged or only untagged images.
    pub fn describe_images(&self) -> DescribeImagesFluentBuilder {
        DescribeImagesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeImagesRequest::builder(),
        }
    }
    /// Lists pull-through cache rules, all of them or those with the given prefixes.
    pub fn describe_pull_through_cache_rules(&self) -> DescribePullThroughCacheRulesFluentBuilder {
        DescribePullThroughCacheRulesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribePullThroughCacheRulesRequest::builder(),
        }
    }
    /// Tells the registry id and the replication configuration in force.
    pub fn describe_registry(&self) -> DescribeRegistryFluentBuilder {
        DescribeRegistryFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeRegistryRequest::builder(),
        }
    }
    /// Describes the repositories of a registry, or the named ones. Results come in pages.
    pub fn describe_repositories(&self) -> DescribeRepositoriesFluentBuilder {
        DescribeRepositoriesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeRepositoriesRequest::builder(),
        }
    }
    /// Lists repository creation templates, all or those of the prefixes named.
    pub fn describe_repository_creation_templates(
        &self,
    ) -> DescribeRepositoryCreationTemplatesFluentBuilder {
        DescribeRepositoryCreationTemplatesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeRepositoryCreationTemplatesRequest::builder(),
        }
    }
    /// Reads one of the registry account's settings (`BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`).
    pub fn get_account_setting(&self) -> GetAccountSettingFluentBuilder {
        GetAccountSettingFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetAccountSettingRequest::builder(),
        }
    }
    /// Returns a token that authenticates Docker-compatible clients to the registry. The token is the base64 form of `user:password` and expires after some hours.
    pub fn get_authorization_token(&self) -> GetAuthorizationTokenFluentBuilder {
        GetAuthorizationTokenFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetAuthorizationTokenRequest::builder(),
        }
    }
    /// Returns a pre-signed URL from which the content of one layer can be downloaded. Only layers that at least one image in the repository references have a URL.
    ///
    /// Pulling clients call it once for each layer they do not have yet.
    pub fn get_download_url_for_layer(&self) -> GetDownloadUrlForLayerFluentBuilder {
        GetDownloadUrlForLayerFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetDownloadUrlForLayerRequest::builder(),
        }
    }
    /// Returns a repository's lifecycle policy and when it was last applied.
    pub fn get_lifecycle_policy(&self) -> GetLifecyclePolicyFluentBuilder {
        GetLifecyclePolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetLifecyclePolicyRequest::builder(),
        }
    }
    /// Returns the images the last preview found would expire, each with the rule that would expire it, page by page.
    pub fn get_lifecycle_policy_preview(&self) -> GetLifecyclePolicyPreviewFluentBuilder {
        GetLifecyclePolicyPreviewFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetLifecyclePolicyPreviewRequest::builder(),
        }
    }
    /// Reads the registry's access policy.
    pub fn get_registry_policy(&self) -> GetRegistryPolicyFluentBuilder {
        GetRegistryPolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetRegistryPolicyRequest::builder(),
        }
    }
    /// Tells how images of this registry are scanned: the scan type and its rules.
    pub fn get_registry_scanning_configuration(
        &self,
    ) -> GetRegistryScanningConfigurationFluentBuilder {
        GetRegistryScanningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetRegistryScanningConfigurationRequest::builder(),
        }
    }
    /// Reads the access policy of a repository.
    pub fn get_repository_policy(&self) -> GetRepositoryPolicyFluentBuilder {
        GetRepositoryPolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetRepositoryPolicyRequest::builder(),
        }
    }
    /// Tells which images the registry signs when they are pushed, and with which signing profile.
    pub fn get_signing_configuration(&self) -> GetSigningConfigurationFluentBuilder {
        GetSigningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetSigningConfigurationRequest::builder(),
        }
    }
    /// Starts uploading a layer: returns the upload id that the following `UploadLayerPart` and `CompleteLayerUpload` calls name, and the part size to use.
    pub fn initiate_layer_upload(&self) -> InitiateLayerUploadFluentBuilder {
        InitiateLayerUploadFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: InitiateLayerUploadRequest::builder(),
        }
    }
    /// Lists the artifacts (signatures, SBOMs, attestations) whose subject is an image.
    pub fn list_image_referrers(&self) -> ListImageReferrersFluentBuilder {
        ListImageReferrersFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListImageReferrersRequest::builder(),
        }
    }
    /// Lists the image identifiers (digest and tag) of a repository, page by page, optionally only tagged or only untagged images.
    pub fn list_images(&self) -> ListImagesFluentBuilder {
        ListImagesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListImagesRequest::builder(),
        }
    }
    /// Lists the principals whose pulls are not recorded in images' last pull times.
    pub fn list_pull_time_update_exclusions(&self) -> ListPullTimeUpdateExclusionsFluentBuilder {
        ListPullTimeUpdateExclusionsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListPullTimeUpdateExclusionsRequest::builder(),
        }
    }
    /// Lists the tags of a repository.
    pub fn list_tags_for_resource(&self) -> ListTagsForResourceFluentBuilder {
        ListTagsForResourceFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListTagsForResourceRequest::builder(),
        }
    }
    /// Changes one of the registry account's settings.
    pub fn put_account_setting(&self) -> PutAccountSettingFluentBuilder {
        PutAccountSettingFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutAccountSettingRequest::builder(),
        }
    }
    /// Creates or updates an image from its manifest, optionally tagging it. Every layer the manifest references must already be in the repository.
    pub fn put_image(&self) -> PutImageFluentBuilder {
        PutImageFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutImageRequest::builder(),
        }
    }
    /// Turns scanning of every image pushed to a repository on or off.
    pub fn put_image_scanning_configuration(&self) -> PutImageScanningConfigurationFluentBuilder {
        PutImageScanningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutImageScanningConfigurationRequest::builder(),
        }
    }
    /// Makes a repository's tags immutable (a tag, once it names an image, names it for good: pushing it again for another image is refused) or mutable again.
    pub fn put_image_tag_mutability(&self) -> PutImageTagMutabilityFluentBuilder {
        PutImageTagMutabilityFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutImageTagMutabilityRequest::builder(),
        }
    }
    /// Sets a repository's lifecycle policy: rules that expire images (the oldest beyond a count, or those pushed more than some days ago, selected by tag status, tag prefixes or tag patterns). The registry applies it on a schedule.
    pub fn put_lifecycle_policy(&self) -> PutLifecyclePolicyFluentBuilder {
        PutLifecyclePolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutLifecyclePolicyRequest::builder(),
        }
    }
    /// Sets the registry's access policy, which covers every repository.
    pub fn put_registry_policy(&self) -> PutRegistryPolicyFluentBuilder {
        PutRegistryPolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutRegistryPolicyRequest::builder(),
        }
    }
    /// Sets how the images of this registry are scanned.
    pub fn put_registry_scanning_configuration(
        &self,
    ) -> PutRegistryScanningConfigurationFluentBuilder {
        PutRegistryScanningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutRegistryScanningConfigurationRequest::builder(),
        }
    }
    /// Sets where the registry copies pushed images: other registries, named by region and account, that the registry can reach.
    pub fn put_replication_configuration(&self) -> PutReplicationConfigurationFluentBuilder {
        PutReplicationConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutReplicationConfigurationRequest::builder(),
        }
    }
    /// Sets which images the registry signs when they are pushed, and with which signing profile.
    pub fn put_signing_configuration(&self) -> PutSigningConfigurationFluentBuilder {
        PutSigningConfigurationFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutSigningConfigurationRequest::builder(),
        }
    }
    /// Stops recording the pulls of a principal in images' last pull times (for scanners and mirrors whose pulls say nothing about use).
    pub fn register_pull_time_update_exclusion(
        &self,
    ) -> RegisterPullTimeUpdateExclusionFluentBuilder {
        RegisterPullTimeUpdateExclusionFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: RegisterPullTimeUpdateExclusionRequest::builder(),
        }
    }
    /// Sets the access policy of a repository, an IAM policy document whose statements allow or deny ECR actions to principals.
    pub fn set_repository_policy(&self) -> SetRepositoryPolicyFluentBuilder {
        SetRepositoryPolicyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: SetRepositoryPolicyRequest::builder(),
        }
    }
    /// Scans an image: reads the package databases of its layers (dpkg, apk, rpm) and matches the installed versions against the registry's vulnerability database.
    pub fn start_image_scan(&self) -> StartImageScanFluentBuilder {
        StartImageScanFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: StartImageScanRequest::builder(),
        }
    }
    /// Computes what a lifecycle policy (the one given, else the repository's) would expire now, without expiring anything; `GetLifecyclePolicyPreview` returns it.
    pub fn start_lifecycle_policy_preview(&self) -> StartLifecyclePolicyPreviewFluentBuilder {
        StartLifecyclePolicyPreviewFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: StartLifecyclePolicyPreviewRequest::builder(),
        }
    }
    /// Adds tags to a repository, or changes the values of those it has (at most 50 in all).
    pub fn tag_resource(&self) -> TagResourceFluentBuilder {
        TagResourceFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: TagResourceRequest::builder(),
        }
    }
    /// Removes tags from a repository, by key; keys it does not have are ignored.
    pub fn untag_resource(&self) -> UntagResourceFluentBuilder {
        UntagResourceFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UntagResourceRequest::builder(),
        }
    }
    /// Moves an image to archival storage, where it is kept but cannot be pulled, or back to standard storage.
    pub fn update_image_storage_class(&self) -> UpdateImageStorageClassFluentBuilder {
        UpdateImageStorageClassFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UpdateImageStorageClassRequest::builder(),
        }
    }
    /// Changes the credentials a pull-through cache rule uses for its upstream.
    pub fn update_pull_through_cache_rule(&self) -> UpdatePullThroughCacheRuleFluentBuilder {
        UpdatePullThroughCacheRuleFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UpdatePullThroughCacheRuleRequest::builder(),
        }
    }
    /// Changes the settings of a repository creation template.
    pub fn update_repository_creation_template(
        &self,
    ) -> UpdateRepositoryCreationTemplateFluentBuilder {
        UpdateRepositoryCreationTemplateFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UpdateRepositoryCreationTemplateRequest::builder(),
        }
    }
    /// Uploads the next consecutive byte range of a layer upload.
    pub fn upload_layer_part(&self) -> UploadLayerPartFluentBuilder {
        UploadLayerPartFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UploadLayerPartRequest::builder(),
        }
    }
    /// Checks that a pull-through cache rule's upstream answers and accepts the rule's credentials.
    pub fn validate_pull_through_cache_rule(&self) -> ValidatePullThroughCacheRuleFluentBuilder {
        ValidatePullThroughCacheRuleFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ValidatePullThroughCacheRuleRequest::builder(),
        }
    }
    /// Waits until the image's scan has ended, with findings.
    ///
    /// Waiter `ImageScanComplete`: calls [`describe_image_scan_findings`](Self::describe_image_scan_findings) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 5-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_image_scan_complete(
        &self,
        input: impl rt::Into<DescribeImageScanFindingsRequestBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<
            DescribeImageScanFindingsResponse,
            DescribeImageScanFindingsError,
        >,
        rt::client::waiter::WaiterError<
            DescribeImageScanFindingsResponse,
            DescribeImageScanFindingsError,
        >,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "ImageScanComplete",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "imageScanStatus.status",
                        expected: "COMPLETE",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Failure,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "imageScanStatus.status",
                        expected: "FAILED",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
            ],
            min_delay: ::std::time::Duration::from_secs(5u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: DescribeImageScanFindingsRequestBuilder = input.into();
        let json = input.to_json();
        let call = self.describe_image_scan_findings().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waits until the preview is complete.
    ///
    /// Waiter `LifecyclePolicyPreviewComplete`: calls [`get_lifecycle_policy_preview`](Self::get_lifecycle_policy_preview) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 5-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_lifecycle_policy_preview_complete(
        &self,
        input: impl rt::Into<GetLifecyclePolicyPreviewRequestBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<
            GetLifecyclePolicyPreviewResponse,
            GetLifecyclePolicyPreviewError,
        >,
        rt::client::waiter::WaiterError<
            GetLifecyclePolicyPreviewResponse,
            GetLifecyclePolicyPreviewError,
        >,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "LifecyclePolicyPreviewComplete",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "status",
                        expected: "COMPLETE",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Failure,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "status",
                        expected: "FAILED",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
            ],
            min_delay: ::std::time::Duration::from_secs(5u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: GetLifecyclePolicyPreviewRequestBuilder = input.into();
        let json = input.to_json();
        let call = self.get_lifecycle_policy_preview().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
}
impl Client {
    /// Calls the operation with this model name on a JSON input and
    /// answers its JSON output, with the error reduced to code, message
    /// and status: one signature for all operations, for tools that
    /// work from [`schema`].
    pub async fn call_json(
        &self,
        operation: &str,
        input: rt::JsonValue,
    ) -> rt::Result<rt::JsonValue, SdkError<rt::Unhandled>> {
        match operation {
            "BatchCheckLayerAvailability" => {
                self.handle
                    .call_json::<
                        BatchCheckLayerAvailabilityRequest,
                        BatchCheckLayerAvailabilityResponse,
                        BatchCheckLayerAvailabilityError,
                    >(&crate::ecr_types::http::BATCH_CHECK_LAYER_AVAILABILITY, input)
                    .await
            }
            "BatchDeleteImage" => {
                self.handle
                    .call_json::<
                        BatchDeleteImageRequest,
                        BatchDeleteImageResponse,
                        BatchDeleteImageError,
                    >(&crate::ecr_types::http::BATCH_DELETE_IMAGE, input)
                    .await
            }
            "BatchGetImage" => {
                self.handle
                    .call_json::<
                        BatchGetImageRequest,
                        BatchGetImageResponse,
                        BatchGetImageError,
                    >(&crate::ecr_types::http::BATCH_GET_IMAGE, input)
                    .await
            }
            "BatchGetRepositoryScanningConfiguration" => {
                self.handle
                    .call_json::<
                        BatchGetRepositoryScanningConfigurationRequest,
                        BatchGetRepositoryScanningConfigurationResponse,
                        BatchGetRepositoryScanningConfigurationError,
                    >(
                        &crate::ecr_types::http::BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION,
                        input,
                    )
                    .await
            }
            "CompleteLayerUpload" => {
                self.handle
                    .call_json::<
                        CompleteLayerUploadRequest,
                        CompleteLayerUploadResponse,
                        CompleteLayerUploadError,
                    >(&crate::ecr_types::http::COMPLETE_LAYER_UPLOAD, input)
                    .await
            }
            "CreatePullThroughCacheRule" => {
                self.handle
                    .call_json::<
                        CreatePullThroughCacheRuleRequest,
                        CreatePullThroughCacheRuleResponse,
                        CreatePullThroughCacheRuleError,
                    >(&crate::ecr_types::http::CREATE_PULL_THROUGH_CACHE_RULE, input)
                    .await
            }
            "CreateRepository" => {
                self.handle
                    .call_json::<
                        CreateRepositoryRequest,
                        CreateRepositoryResponse,
                        CreateRepositoryError,
                    >(&crate::ecr_types::http::CREATE_REPOSITORY, input)
                    .await
            }
            "CreateRepositoryCreationTemplate" => {
                self.handle
                    .call_json::<
                        CreateRepositoryCreationTemplateRequest,
                        CreateRepositoryCreationTemplateResponse,
                        CreateRepositoryCreationTemplateError,
                    >(
                        &crate::ecr_types::http::CREATE_REPOSITORY_CREATION_TEMPLATE,
                        input,
                    )
                    .await
            }
            "DeleteLifecyclePolicy" => {
                self.handle
                    .call_json::<
                        DeleteLifecyclePolicyRequest,
                        DeleteLifecyclePolicyResponse,
                        DeleteLifecyclePolicyError,
                    >(&crate::ecr_types::http::DELETE_LIFECYCLE_POLICY, input)
                    .await
            }
            "DeletePullThroughCacheRule" => {
                self.handle
                    .call_json::<
                        DeletePullThroughCacheRuleRequest,
                        DeletePullThroughCacheRuleResponse,
                        DeletePullThroughCacheRuleError,
                    >(&crate::ecr_types::http::DELETE_PULL_THROUGH_CACHE_RULE, input)
                    .await
            }
            "DeleteRegistryPolicy" => {
                self.handle
                    .call_json::<
                        DeleteRegistryPolicyRequest,
                        DeleteRegistryPolicyResponse,
                        DeleteRegistryPolicyError,
                    >(&crate::ecr_types::http::DELETE_REGISTRY_POLICY, input)
                    .await
            }
            "DeleteRepository" => {
                self.handle
                    .call_json::<
                        DeleteRepositoryRequest,
                        DeleteRepositoryResponse,
                        DeleteRepositoryError,
                    >(&crate::ecr_types::http::DELETE_REPOSITORY, input)
                    .await
            }
            "DeleteRepositoryCreationTemplate" => {
                self.handle
                    .call_json::<
                        DeleteRepositoryCreationTemplateRequest,
                        DeleteRepositoryCreationTemplateResponse,
                        DeleteRepositoryCreationTemplateError,
                    >(
                        &crate::ecr_types::http::DELETE_REPOSITORY_CREATION_TEMPLATE,
                        input,
                    )
                    .await
            }
            "DeleteRepositoryPolicy" => {
                self.handle
                    .call_json::<
                        DeleteRepositoryPolicyRequest,
                        DeleteRepositoryPolicyResponse,
                        DeleteRepositoryPolicyError,
                    >(&crate::ecr_types::http::DELETE_REPOSITORY_POLICY, input)
                    .await
            }
            "DeleteSigningConfiguration" => {
                self.handle
                    .call_json::<
                        DeleteSigningConfigurationRequest,
                        DeleteSigningConfigurationResponse,
                        DeleteSigningConfigurationError,
                    >(&crate::ecr_types::http::DELETE_SIGNING_CONFIGURATION, input)
                    .await
            }
            "DeregisterPullTimeUpdateExclusion" => {
                self.handle
                    .call_json::<
                        DeregisterPullTimeUpdateExclusionRequest,
                        DeregisterPullTimeUpdateExclusionResponse,
                        DeregisterPullTimeUpdateExclusionError,
                    >(
                        &crate::ecr_types::http::DEREGISTER_PULL_TIME_UPDATE_EXCLUSION,
                        input,
                    )
                    .await
            }
            "DescribeImageReplicationStatus" => {
                self.handle
                    .call_json::<
                        DescribeImageReplicationStatusRequest,
                        DescribeImageReplicationStatusResponse,
                        DescribeImageReplicationStatusError,
                    >(&crate::ecr_types::http::DESCRIBE_IMAGE_REPLICATION_STATUS, input)
                    .await
            }
            "DescribeImageScanFindings" => {
                self.handle
                    .call_json::<
                        DescribeImageScanFindingsRequest,
                        DescribeImageScanFindingsResponse,
                        DescribeImageScanFindingsError,
                    >(&crate::ecr_types::http::DESCRIBE_IMAGE_SCAN_FINDINGS, input)
                    .await
            }
            "DescribeImageSigningStatus" => {
                self.handle
                    .call_json::<
                        DescribeImageSigningStatusRequest,
                        DescribeImageSigningStatusResponse,
                        DescribeImageSigningStatusError,
                    >(&crate::ecr_types::http::DESCRIBE_IMAGE_SIGNING_STATUS, input)
                    .await
            }
            "DescribeImages" => {
                self.handle
                    .call_json::<
                        DescribeImagesRequest,
                        DescribeImagesResponse,
                        DescribeImagesError,
                    >(&crate::ecr_types::http::DESCRIBE_IMAGES, input)
                    .await
            }
            "DescribePullThroughCacheRules" => {
                self.handle
                    .call_json::<
                        DescribePullThroughCacheRulesRequest,
                        DescribePullThroughCacheRulesResponse,
                        DescribePullThroughCacheRulesError,
                    >(&crate::ecr_types::http::DESCRIBE_PULL_THROUGH_CACHE_RULES, input)
                    .await
            }
            "DescribeRegistry" => {
                self.handle
                    .call_json::<
                        DescribeRegistryRequest,
                        DescribeRegistryResponse,
                        DescribeRegistryError,
                    >(&crate::ecr_types::http::DESCRIBE_REGISTRY, input)
                    .await
            }
            "DescribeRepositories" => {
                self.handle
                    .call_json::<
                        DescribeRepositoriesRequest,
                        DescribeRepositoriesResponse,
                        DescribeRepositoriesError,
                    >(&crate::ecr_types::http::DESCRIBE_REPOSITORIES, input)
                    .await
            }
            "DescribeRepositoryCreationTemplates" => {
                self.handle
                    .call_json::<
                        DescribeRepositoryCreationTemplatesRequest,
                        DescribeRepositoryCreationTemplatesResponse,
                        DescribeRepositoryCreationTemplatesError,
                    >(
                        &crate::ecr_types::http::DESCRIBE_REPOSITORY_CREATION_TEMPLATES,
                        input,
                    )
                    .await
            }
            "GetAccountSetting" => {
                self.handle
                    .call_json::<
                        GetAccountSettingRequest,
                        GetAccountSettingResponse,
                        GetAccountSettingError,
                    >(&crate::ecr_types::http::GET_ACCOUNT_SETTING, input)
                    .await
            }
            "GetAuthorizationToken" => {
                self.handle
                    .call_json::<
                        GetAuthorizationTokenRequest,
                        GetAuthorizationTokenResponse,
                        GetAuthorizationTokenError,
                    >(&crate::ecr_types::http::GET_AUTHORIZATION_TOKEN, input)
                    .await
            }
            "GetDownloadUrlForLayer" => {
                self.handle
                    .call_json::<
                        GetDownloadUrlForLayerRequest,
                        GetDownloadUrlForLayerResponse,
                        GetDownloadUrlForLayerError,
                    >(&crate::ecr_types::http::GET_DOWNLOAD_URL_FOR_LAYER, input)
                    .await
            }
            "GetLifecyclePolicy" => {
                self.handle
                    .call_json::<
                        GetLifecyclePolicyRequest,
                        GetLifecyclePolicyResponse,
                        GetLifecyclePolicyError,
                    >(&crate::ecr_types::http::GET_LIFECYCLE_POLICY, input)
                    .await
            }
            "GetLifecyclePolicyPreview" => {
                self.handle
                    .call_json::<
                        GetLifecyclePolicyPreviewRequest,
                        GetLifecyclePolicyPreviewResponse,
                        GetLifecyclePolicyPreviewError,
                    >(&crate::ecr_types::http::GET_LIFECYCLE_POLICY_PREVIEW, input)
                    .await
            }
            "GetRegistryPolicy" => {
                self.handle
                    .call_json::<
                        GetRegistryPolicyRequest,
                        GetRegistryPolicyResponse,
                        GetRegistryPolicyError,
                    >(&crate::ecr_types::http::GET_REGISTRY_POLICY, input)
                    .await
            }
            "GetRegistryScanningConfiguration" => {
                self.handle
                    .call_json::<
                        GetRegistryScanningConfigurationRequest,
                        GetRegistryScanningConfigurationResponse,
                        GetRegistryScanningConfigurationError,
                    >(
                        &crate::ecr_types::http::GET_REGISTRY_SCANNING_CONFIGURATION,
                        input,
                    )
                    .await
            }
            "GetRepositoryPolicy" => {
                self.handle
                    .call_json::<
                        GetRepositoryPolicyRequest,
                        GetRepositoryPolicyResponse,
                        GetRepositoryPolicyError,
                    >(&crate::ecr_types::http::GET_REPOSITORY_POLICY, input)
                    .await
            }
            "GetSigningConfiguration" => {
                self.handle
                    .call_json::<
                        GetSigningConfigurationRequest,
                        GetSigningConfigurationResponse,
                        GetSigningConfigurationError,
                    >(&crate::ecr_types::http::GET_SIGNING_CONFIGURATION, input)
                    .await
            }
            "InitiateLayerUpload" => {
                self.handle
                    .call_json::<
                        InitiateLayerUploadRequest,
                        InitiateLayerUploadResponse,
                        InitiateLayerUploadError,
                    >(&crate::ecr_types::http::INITIATE_LAYER_UPLOAD, input)
                    .await
            }
            "ListImageReferrers" => {
                self.handle
                    .call_json::<
                        ListImageReferrersRequest,
                        ListImageReferrersResponse,
                        ListImageReferrersError,
                    >(&crate::ecr_types::http::LIST_IMAGE_REFERRERS, input)
                    .await
            }
            "ListImages" => {
                self.handle
                    .call_json::<
                        ListImagesRequest,
                        ListImagesResponse,
                        ListImagesError,
                    >(&crate::ecr_types::http::LIST_IMAGES, input)
                    .await
            }
            "ListPullTimeUpdateExclusions" => {
                self.handle
                    .call_json::<
                        ListPullTimeUpdateExclusionsRequest,
                        ListPullTimeUpdateExclusionsResponse,
                        ListPullTimeUpdateExclusionsError,
                    >(&crate::ecr_types::http::LIST_PULL_TIME_UPDATE_EXCLUSIONS, input)
                    .await
            }
            "ListTagsForResource" => {
                self.handle
                    .call_json::<
                        ListTagsForResourceRequest,
                        ListTagsForResourceResponse,
                        ListTagsForResourceError,
                    >(&crate::ecr_types::http::LIST_TAGS_FOR_RESOURCE, input)
                    .await
            }
            "PutAccountSetting" => {
                self.handle
                    .call_json::<
                        PutAccountSettingRequest,
                        PutAccountSettingResponse,
                        PutAccountSettingError,
                    >(&crate::ecr_types::http::PUT_ACCOUNT_SETTING, input)
                    .await
            }
            "PutImage" => {
                self.handle
                    .call_json::<
                        PutImageRequest,
                        PutImageResponse,
                        PutImageError,
                    >(&crate::ecr_types::http::PUT_IMAGE, input)
                    .await
            }
            "PutImageScanningConfiguration" => {
                self.handle
                    .call_json::<
                        PutImageScanningConfigurationRequest,
                        PutImageScanningConfigurationResponse,
                        PutImageScanningConfigurationError,
                    >(&crate::ecr_types::http::PUT_IMAGE_SCANNING_CONFIGURATION, input)
                    .await
            }
            "PutImageTagMutability" => {
                self.handle
                    .call_json::<
                        PutImageTagMutabilityRequest,
                        PutImageTagMutabilityResponse,
                        PutImageTagMutabilityError,
                    >(&crate::ecr_types::http::PUT_IMAGE_TAG_MUTABILITY, input)
                    .await
            }
            "PutLifecyclePolicy" => {
                self.handle
                    .call_json::<
                        PutLifecyclePolicyRequest,
                        PutLifecyclePolicyResponse,
                        PutLifecyclePolicyError,
                    >(&crate::ecr_types::http::PUT_LIFECYCLE_POLICY, input)
                    .await
            }
            "PutRegistryPolicy" => {
                self.handle
                    .call_json::<
                        PutRegistryPolicyRequest,
                        PutRegistryPolicyResponse,
                        PutRegistryPolicyError,
                    >(&crate::ecr_types::http::PUT_REGISTRY_POLICY, input)
                    .await
            }
            "PutRegistryScanningConfiguration" => {
                self.handle
                    .call_json::<
                        PutRegistryScanningConfigurationRequest,
                        PutRegistryScanningConfigurationResponse,
                        PutRegistryScanningConfigurationError,
                    >(
                        &crate::ecr_types::http::PUT_REGISTRY_SCANNING_CONFIGURATION,
                        input,
                    )
                    .await
            }
            "PutReplicationConfiguration" => {
                self.handle
                    .call_json::<
                        PutReplicationConfigurationRequest,
                        PutReplicationConfigurationResponse,
                        PutReplicationConfigurationError,
                    >(&crate::ecr_types::http::PUT_REPLICATION_CONFIGURATION, input)
                    .await
            }
            "PutSigningConfiguration" => {
                self.handle
                    .call_json::<
                        PutSigningConfigurationRequest,
                        PutSigningConfigurationResponse,
                        PutSigningConfigurationError,
                    >(&crate::ecr_types::http::PUT_SIGNING_CONFIGURATION, input)
                    .await
            }
            "RegisterPullTimeUpdateExclusion" => {
                self.handle
                    .call_json::<
                        RegisterPullTimeUpdateExclusionRequest,
                        RegisterPullTimeUpdateExclusionResponse,
                        RegisterPullTimeUpdateExclusionError,
                    >(
                        &crate::ecr_types::http::REGISTER_PULL_TIME_UPDATE_EXCLUSION,
                        input,
                    )
                    .await
            }
            "SetRepositoryPolicy" => {
                self.handle
                    .call_json::<
                        SetRepositoryPolicyRequest,
                        SetRepositoryPolicyResponse,
                        SetRepositoryPolicyError,
                    >(&crate::ecr_types::http::SET_REPOSITORY_POLICY, input)
                    .await
            }
            "StartImageScan" => {
                self.handle
                    .call_json::<
                        StartImageScanRequest,
                        StartImageScanResponse,
                        StartImageScanError,
                    >(&crate::ecr_types::http::START_IMAGE_SCAN, input)
                    .await
            }
            "StartLifecyclePolicyPreview" => {
                self.handle
                    .call_json::<
                        StartLifecyclePolicyPreviewRequest,
                        StartLifecyclePolicyPreviewResponse,
                        StartLifecyclePolicyPreviewError,
                    >(&crate::ecr_types::http::START_LIFECYCLE_POLICY_PREVIEW, input)
                    .await
            }
            "TagResource" => {
                self.handle
                    .call_json::<
                        TagResourceRequest,
                        TagResourceResponse,
                        TagResourceError,
                    >(&crate::ecr_types::http::TAG_RESOURCE, input)
                    .await
            }
            "UntagResource" => {
                self.handle
                    .call_json::<
                        UntagResourceRequest,
                        UntagResourceResponse,
                        UntagResourceError,
                    >(&crate::ecr_types::http::UNTAG_RESOURCE, input)
                    .await
            }
            "UpdateImageStorageClass" => {
                self.handle
                    .call_json::<
                        UpdateImageStorageClassRequest,
                        UpdateImageStorageClassResponse,
                        UpdateImageStorageClassError,
                    >(&crate::ecr_types::http::UPDATE_IMAGE_STORAGE_CLASS, input)
                    .await
            }
            "UpdatePullThroughCacheRule" => {
                self.handle
                    .call_json::<
                        UpdatePullThroughCacheRuleRequest,
                        UpdatePullThroughCacheRuleResponse,
                        UpdatePullThroughCacheRuleError,
                    >(&crate::ecr_types::http::UPDATE_PULL_THROUGH_CACHE_RULE, input)
                    .await
            }
            "UpdateRepositoryCreationTemplate" => {
                self.handle
                    .call_json::<
                        UpdateRepositoryCreationTemplateRequest,
                        UpdateRepositoryCreationTemplateResponse,
                        UpdateRepositoryCreationTemplateError,
                    >(
                        &crate::ecr_types::http::UPDATE_REPOSITORY_CREATION_TEMPLATE,
                        input,
                    )
                    .await
            }
            "UploadLayerPart" => {
                self.handle
                    .call_json::<
                        UploadLayerPartRequest,
                        UploadLayerPartResponse,
                        UploadLayerPartError,
                    >(&crate::ecr_types::http::UPLOAD_LAYER_PART, input)
                    .await
            }
            "ValidatePullThroughCacheRule" => {
                self.handle
                    .call_json::<
                        ValidatePullThroughCacheRuleRequest,
                        ValidatePullThroughCacheRuleResponse,
                        ValidatePullThroughCacheRuleError,
                    >(&crate::ecr_types::http::VALIDATE_PULL_THROUGH_CACHE_RULE, input)
                    .await
            }
            _ => {
                Err(
                    SdkError::construction(
                        format!("the model has no operation `{operation}`"),
                    ),
                )
            }
        }
    }
}
/// Checks a JSON input for the operation with this model name against
/// the model's constraints, as `send` does before sending.
pub fn validate_json(
    operation: &str,
    input: &rt::JsonValue,
) -> rt::Result<(), SdkError<rt::Unhandled>> {
    match operation {
        "BatchCheckLayerAvailability" => {
            rt::client::validate::<BatchCheckLayerAvailabilityRequest, rt::Unhandled>(input)
        }
        "BatchDeleteImage" => rt::client::validate::<BatchDeleteImageRequest, rt::Unhandled>(input),
        "BatchGetImage" => rt::client::validate::<BatchGetImageRequest, rt::Unhandled>(input),
        "BatchGetRepositoryScanningConfiguration" => rt::client::validate::<
            BatchGetRepositoryScanningConfigurationRequest,
            rt::Unhandled,
        >(input),
        "CompleteLayerUpload" => {
            rt::client::validate::<CompleteLayerUploadRequest, rt::Unhandled>(input)
        }
        "CreatePullThroughCacheRule" => {
            rt::client::validate::<CreatePullThroughCacheRuleRequest, rt::Unhandled>(input)
        }
        "CreateRepository" => rt::client::validate::<CreateRepositoryRequest, rt::Unhandled>(input),
        "CreateRepositoryCreationTemplate" => {
            rt::client::validate::<CreateRepositoryCreationTemplateRequest, rt::Unhandled>(input)
        }
        "DeleteLifecyclePolicy" => {
            rt::client::validate::<DeleteLifecyclePolicyRequest, rt::Unhandled>(input)
        }
        "DeletePullThroughCacheRule" => {
            rt::client::validate::<DeletePullThroughCacheRuleRequest, rt::Unhandled>(input)
        }
        "DeleteRegistryPolicy" => {
            rt::client::validate::<DeleteRegistryPolicyRequest, rt::Unhandled>(input)
        }
        "DeleteRepository" => rt::client::validate::<DeleteRepositoryRequest, rt::Unhandled>(input),
        "DeleteRepositoryCreationTemplate" => {
            rt::client::validate::<DeleteRepositoryCreationTemplateRequest, rt::Unhandled>(input)
        }
        "DeleteRepositoryPolicy" => {
            rt::client::validate::<DeleteRepositoryPolicyRequest, rt::Unhandled>(input)
        }
        "DeleteSigningConfiguration" => {
            rt::client::validate::<DeleteSigningConfigurationRequest, rt::Unhandled>(input)
        }
        "DeregisterPullTimeUpdateExclusion" => {
            rt::client::validate::<DeregisterPullTimeUpdateExclusionRequest, rt::Unhandled>(input)
        }
        "DescribeImageReplicationStatus" => {
            rt::client::validate::<DescribeImageReplicationStatusRequest, rt::Unhandled>(input)
        }
        "DescribeImageScanFindings" => {
            rt::client::validate::<DescribeImageScanFindingsRequest, rt::Unhandled>(input)
        }
        "DescribeImageSigningStatus" => {
            rt::client::validate::<DescribeImageSigningStatusRequest, rt::Unhandled>(input)
        }
        "DescribeImages" => rt::client::validate::<DescribeImagesRequest, rt::Unhandled>(input),
        "DescribePullThroughCacheRules" => {
            rt::client::validate::<DescribePullThroughCacheRulesRequest, rt::Unhandled>(input)
        }
        "DescribeRegistry" => rt::client::validate::<DescribeRegistryRequest, rt::Unhandled>(input),
        "DescribeRepositories" => {
            rt::client::validate::<DescribeRepositoriesRequest, rt::Unhandled>(input)
        }
        "DescribeRepositoryCreationTemplates" => {
            rt::client::validate::<DescribeRepositoryCreationTemplatesRequest, rt::Unhandled>(input)
        }
        "GetAccountSetting" => {
            rt::client::validate::<GetAccountSettingRequest, rt::Unhandled>(input)
        }
        "GetAuthorizationToken" => {
            rt::client::validate::<GetAuthorizationTokenRequest, rt::Unhandled>(input)
        }
        "GetDownloadUrlForLayer" => {
            rt::client::validate::<GetDownloadUrlForLayerRequest, rt::Unhandled>(input)
        }
        "GetLifecyclePolicy" => {
            rt::client::validate::<GetLifecyclePolicyRequest, rt::Unhandled>(input)
        }
        "GetLifecyclePolicyPreview" => {
            rt::client::validate::<GetLifecyclePolicyPreviewRequest, rt::Unhandled>(input)
        }
        "GetRegistryPolicy" => {
            rt::client::validate::<GetRegistryPolicyRequest, rt::Unhandled>(input)
        }
        "GetRegistryScanningConfiguration" => {
            rt::client::validate::<GetRegistryScanningConfigurationRequest, rt::Unhandled>(input)
        }
        "GetRepositoryPolicy" => {
            rt::client::validate::<GetRepositoryPolicyRequest, rt::Unhandled>(input)
        }
        "GetSigningConfiguration" => {
            rt::client::validate::<GetSigningConfigurationRequest, rt::Unhandled>(input)
        }
        "InitiateLayerUpload" => {
            rt::client::validate::<InitiateLayerUploadRequest, rt::Unhandled>(input)
        }
        "ListImageReferrers" => {
            rt::client::validate::<ListImageReferrersRequest, rt::Unhandled>(input)
        }
        "ListImages" => rt::client::validate::<ListImagesRequest, rt::Unhandled>(input),
        "ListPullTimeUpdateExclusions" => {
            rt::client::validate::<ListPullTimeUpdateExclusionsRequest, rt::Unhandled>(input)
        }
        "ListTagsForResource" => {
            rt::client::validate::<ListTagsForResourceRequest, rt::Unhandled>(input)
        }
        "PutAccountSetting" => {
            rt::client::validate::<PutAccountSettingRequest, rt::Unhandled>(input)
        }
        "PutImage" => rt::client::validate::<PutImageRequest, rt::Unhandled>(input),
        "PutImageScanningConfiguration" => {
            rt::client::validate::<PutImageScanningConfigurationRequest, rt::Unhandled>(input)
        }
        "PutImageTagMutability" => {
            rt::client::validate::<PutImageTagMutabilityRequest, rt::Unhandled>(input)
        }
        "PutLifecyclePolicy" => {
            rt::client::validate::<PutLifecyclePolicyRequest, rt::Unhandled>(input)
        }
        "PutRegistryPolicy" => {
            rt::client::validate::<PutRegistryPolicyRequest, rt::Unhandled>(input)
        }
        "PutRegistryScanningConfiguration" => {
            rt::client::validate::<PutRegistryScanningConfigurationRequest, rt::Unhandled>(input)
        }
        "PutReplicationConfiguration" => {
            rt::client::validate::<PutReplicationConfigurationRequest, rt::Unhandled>(input)
        }
        "PutSigningConfiguration" => {
            rt::client::validate::<PutSigningConfigurationRequest, rt::Unhandled>(input)
        }
        "RegisterPullTimeUpdateExclusion" => {
            rt::client::validate::<RegisterPullTimeUpdateExclusionRequest, rt::Unhandled>(input)
        }
        "SetRepositoryPolicy" => {
            rt::client::validate::<SetRepositoryPolicyRequest, rt::Unhandled>(input)
        }
        "StartImageScan" => rt::client::validate::<StartImageScanRequest, rt::Unhandled>(input),
        "StartLifecyclePolicyPreview" => {
            rt::client::validate::<StartLifecyclePolicyPreviewRequest, rt::Unhandled>(input)
        }
        "TagResource" => rt::client::validate::<TagResourceRequest, rt::Unhandled>(input),
        "UntagResource" => rt::client::validate::<UntagResourceRequest, rt::Unhandled>(input),
        "UpdateImageStorageClass" => {
            rt::client::validate::<UpdateImageStorageClassRequest, rt::Unhandled>(input)
        }
        "UpdatePullThroughCacheRule" => {
            rt::client::validate::<UpdatePullThroughCacheRuleRequest, rt::Unhandled>(input)
        }
        "UpdateRepositoryCreationTemplate" => {
            rt::client::validate::<UpdateRepositoryCreationTemplateRequest, rt::Unhandled>(input)
        }
        "UploadLayerPart" => rt::client::validate::<UploadLayerPartRequest, rt::Unhandled>(input),
        "ValidatePullThroughCacheRule" => {
            rt::client::validate::<ValidatePullThroughCacheRuleRequest, rt::Unhandled>(input)
        }
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `BatchCheckLayerAvailability` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchCheckLayerAvailabilityFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: BatchCheckLayerAvailabilityRequestBuilder,
}
impl ::std::convert::From<BatchCheckLayerAvailabilityFluentBuilder>
    for BatchCheckLayerAvailabilityRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: BatchCheckLayerAvailabilityFluentBuilder) -> Self {
        fluent.input
    }
}
impl BatchCheckLayerAvailabilityFluentBuilder {
    /// Sets [`BatchCheckLayerAvailabilityRequest::registry_id`](BatchCheckLayerAvailabilityRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityRequest::registry_id`](BatchCheckLayerAvailabilityRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`BatchCheckLayerAvailabilityRequest::repository_name`](BatchCheckLayerAvailabilityRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityRequest::repository_name`](BatchCheckLayerAvailabilityRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Appends one element to [`BatchCheckLayerAvailabilityRequest::layer_digests`](BatchCheckLayerAvailabilityRequest::layer_digests).
    pub fn layer_digests(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.layer_digests(value);
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityRequest::layer_digests`](BatchCheckLayerAvailabilityRequest::layer_digests).
    pub fn set_layer_digests(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_layer_digests(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchCheckLayerAvailabilityRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut BatchCheckLayerAvailabilityRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<BatchCheckLayerAvailabilityResponse, SdkError<BatchCheckLayerAvailabilityError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::BATCH_CHECK_LAYER_AVAILABILITY,
                &input,
                stream,
            )
            .await
    }
}
/// A `BatchDeleteImage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchDeleteImageFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: BatchDeleteImageRequestBuilder,
}
impl ::std::convert::From<BatchDeleteImageFluentBuilder> for BatchDeleteImageRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: BatchDeleteImageFluentBuilder) -> Self {
        fluent.input
    }
}
impl BatchDeleteImageFluentBuilder {
    /// Sets [`BatchDeleteImageRequest::registry_id`](BatchDeleteImageRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`BatchDeleteImageRequest::registry_id`](BatchDeleteImageRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`BatchDeleteImageRequest::repository_name`](BatchDeleteImageRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`BatchDeleteImageRequest::repository_name`](BatchDeleteImageRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Appends one element to [`BatchDeleteImageRequest::image_ids`](BatchDeleteImageRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_ids(value);
        self
    }
    /// Sets or clears [`BatchDeleteImageRequest::image_ids`](BatchDeleteImageRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.set_image_ids(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchDeleteImageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut BatchDeleteImageRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<BatchDeleteImageResponse, SdkError<BatchDeleteImageError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::BATCH_DELETE_IMAGE, &input, stream)
            .await
    }
}
/// A `BatchGetImage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchGetImageFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: BatchGetImageRequestBuilder,
}
impl ::std::convert::From<BatchGetImageFluentBuilder> for BatchGetImageRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: BatchGetImageFluentBuilder) -> Self {
        fluent.input
    }
}
impl BatchGetImageFluentBuilder {
    /// Sets [`BatchGetImageRequest::registry_id`](BatchGetImageRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`BatchGetImageRequest::registry_id`](BatchGetImageRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`BatchGetImageRequest::repository_name`](BatchGetImageRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`BatchGetImageRequest::repository_name`](BatchGetImageRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Appends one element to [`BatchGetImageRequest::image_ids`](BatchGetImageRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_ids(value);
        self
    }
    /// Sets or clears [`BatchGetImageRequest::image_ids`](BatchGetImageRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.set_image_ids(value);
        self
    }
    /// Appends one element to [`BatchGetImageRequest::accepted_media_types`](BatchGetImageRequest::accepted_media_types).
    pub fn accepted_media_types(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.accepted_media_types(value);
        self
    }
    /// Sets or clears [`BatchGetImageRequest::accepted_media_types`](BatchGetImageRequest::accepted_media_types).
    pub fn set_accepted_media_types(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_accepted_media_types(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchGetImageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut BatchGetImageRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<BatchGetImageResponse, SdkError<BatchGetImageError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::BATCH_GET_IMAGE, &input, stream)
            .await
    }
}
/// A `BatchGetRepositoryScanningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchGetRepositoryScanningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: BatchGetRepositoryScanningConfigurationRequestBuilder,
}
impl ::std::convert::From<BatchGetRepositoryScanningConfigurationFluentBuilder>
    for BatchGetRepositoryScanningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: BatchGetRepositoryScanningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl BatchGetRepositoryScanningConfigurationFluentBuilder {
    /// Appends one element to [`BatchGetRepositoryScanningConfigurationRequest::repository_names`](BatchGetRepositoryScanningConfigurationRequest::repository_names).
    pub fn repository_names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_names(value);
        self
    }
    /// Sets or clears [`BatchGetRepositoryScanningConfigurationRequest::repository_names`](BatchGetRepositoryScanningConfigurationRequest::repository_names).
    pub fn set_repository_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_repository_names(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchGetRepositoryScanningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut BatchGetRepositoryScanningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        BatchGetRepositoryScanningConfigurationResponse,
        SdkError<BatchGetRepositoryScanningConfigurationError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION,
                &input,
                stream,
            )
            .await
    }
}
/// A `CompleteLayerUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CompleteLayerUploadFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CompleteLayerUploadRequestBuilder,
}
impl ::std::convert::From<CompleteLayerUploadFluentBuilder> for CompleteLayerUploadRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CompleteLayerUploadFluentBuilder) -> Self {
        fluent.input
    }
}
impl CompleteLayerUploadFluentBuilder {
    /// Sets [`CompleteLayerUploadRequest::registry_id`](CompleteLayerUploadRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::registry_id`](CompleteLayerUploadRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`CompleteLayerUploadRequest::repository_name`](CompleteLayerUploadRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::repository_name`](CompleteLayerUploadRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`CompleteLayerUploadRequest::upload_id`](CompleteLayerUploadRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::upload_id`](CompleteLayerUploadRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// Appends one element to [`CompleteLayerUploadRequest::layer_digests`](CompleteLayerUploadRequest::layer_digests).
    pub fn layer_digests(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.layer_digests(value);
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::layer_digests`](CompleteLayerUploadRequest::layer_digests).
    pub fn set_layer_digests(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_layer_digests(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CompleteLayerUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CompleteLayerUploadRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<CompleteLayerUploadResponse, SdkError<CompleteLayerUploadError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::COMPLETE_LAYER_UPLOAD, &input, stream)
            .await
    }
}
/// A `CreatePullThroughCacheRule` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreatePullThroughCacheRuleFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreatePullThroughCacheRuleRequestBuilder,
}
impl ::std::convert::From<CreatePullThroughCacheRuleFluentBuilder>
    for CreatePullThroughCacheRuleRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreatePullThroughCacheRuleFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreatePullThroughCacheRuleFluentBuilder {
    /// Sets [`CreatePullThroughCacheRuleRequest::ecr_repository_prefix`](CreatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ecr_repository_prefix(value);
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::ecr_repository_prefix`](CreatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ecr_repository_prefix(value);
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::upstream_registry_url`](CreatePullThroughCacheRuleRequest::upstream_registry_url).
    pub fn upstream_registry_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upstream_registry_url(value);
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::upstream_registry_url`](CreatePullThroughCacheRuleRequest::upstream_registry_url).
    pub fn set_upstream_registry_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upstream_registry_url(value);
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::registry_id`](CreatePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::registry_id`](CreatePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::upstream_registry`](CreatePullThroughCacheRuleRequest::upstream_registry).
    pub fn upstream_registry(mut self, value: impl rt::Into<UpstreamRegistry>) -> Self {
        self.input = self.input.upstream_registry(value);
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::upstream_registry`](CreatePullThroughCacheRuleRequest::upstream_registry).
    pub fn set_upstream_registry(mut self, value: rt::Option<UpstreamRegistry>) -> Self {
        self.input = self.input.set_upstream_registry(value);
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::credential_arn`](CreatePullThroughCacheRuleRequest::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.credential_arn(value);
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::credential_arn`](CreatePullThroughCacheRuleRequest::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_credential_arn(value);
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::upstream_repository_prefix`](CreatePullThroughCacheRuleRequest::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upstream_repository_prefix(value);
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::upstream_repository_prefix`](CreatePullThroughCacheRuleRequest::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upstream_repository_prefix(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreatePullThroughCacheRuleRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreatePullThroughCacheRuleRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<CreatePullThroughCacheRuleResponse, SdkError<CreatePullThroughCacheRuleError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::CREATE_PULL_THROUGH_CACHE_RULE,
                &input,
                stream,
            )
            .await
    }
}
/// A `CreateRepository` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateRepositoryFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateRepositoryRequestBuilder,
}
impl ::std::convert::From<CreateRepositoryFluentBuilder> for CreateRepositoryRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateRepositoryFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateRepositoryFluentBuilder {
    /// Sets [`CreateRepositoryRequest::registry_id`](CreateRepositoryRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::registry_id`](CreateRepositoryRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`CreateRepositoryRequest::repository_name`](CreateRepositoryRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::repository_name`](CreateRepositoryRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Appends one element to [`CreateRepositoryRequest::tags`](CreateRepositoryRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::tags`](CreateRepositoryRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`CreateRepositoryRequest::image_tag_mutability`](CreateRepositoryRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.input = self.input.image_tag_mutability(value);
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::image_tag_mutability`](CreateRepositoryRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.input = self.input.set_image_tag_mutability(value);
        self
    }
    /// Sets [`CreateRepositoryRequest::image_scanning_configuration`](CreateRepositoryRequest::image_scanning_configuration).
    pub fn image_scanning_configuration(
        mut self,
        value: impl rt::Into<ImageScanningConfiguration>,
    ) -> Self {
        self.input = self.input.image_scanning_configuration(value);
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::image_scanning_configuration`](CreateRepositoryRequest::image_scanning_configuration).
    pub fn set_image_scanning_configuration(
        mut self,
        value: rt::Option<ImageScanningConfiguration>,
    ) -> Self {
        self.input = self.input.set_image_scanning_configuration(value);
        self
    }
    /// Sets [`CreateRepositoryRequest::encryption_configuration`](CreateRepositoryRequest::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfiguration>,
    ) -> Self {
        self.input = self.input.encryption_configuration(value);
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::encryption_configuration`](CreateRepositoryRequest::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfiguration>,
    ) -> Self {
        self.input = self.input.set_encryption_configuration(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateRepositoryRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateRepositoryRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<CreateRepositoryResponse, SdkError<CreateRepositoryError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::CREATE_REPOSITORY, &input, stream)
            .await
    }
}
/// A `CreateRepositoryCreationTemplate` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateRepositoryCreationTemplateFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateRepositoryCreationTemplateRequestBuilder,
}
impl ::std::convert::From<CreateRepositoryCreationTemplateFluentBuilder>
    for CreateRepositoryCreationTemplateRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateRepositoryCreationTemplateFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateRepositoryCreationTemplateFluentBuilder {
    /// Sets [`CreateRepositoryCreationTemplateRequest::prefix`](CreateRepositoryCreationTemplateRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefix(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::prefix`](CreateRepositoryCreationTemplateRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prefix(value);
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::description`](CreateRepositoryCreationTemplateRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.description(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::description`](CreateRepositoryCreationTemplateRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_description(value);
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::encryption_configuration`](CreateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.input = self.input.encryption_configuration(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::encryption_configuration`](CreateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.input = self.input.set_encryption_configuration(value);
        self
    }
    /// Appends one element to [`CreateRepositoryCreationTemplateRequest::resource_tags`](CreateRepositoryCreationTemplateRequest::resource_tags).
    pub fn resource_tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.resource_tags(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::resource_tags`](CreateRepositoryCreationTemplateRequest::resource_tags).
    pub fn set_resource_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_resource_tags(value);
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::image_tag_mutability`](CreateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.input = self.input.image_tag_mutability(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::image_tag_mutability`](CreateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.input = self.input.set_image_tag_mutability(value);
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::repository_policy`](CreateRepositoryCreationTemplateRequest::repository_policy).
    pub fn repository_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_policy(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::repository_policy`](CreateRepositoryCreationTemplateRequest::repository_policy).
    pub fn set_repository_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_policy(value);
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::lifecycle_policy`](CreateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn lifecycle_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.lifecycle_policy(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::lifecycle_policy`](CreateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn set_lifecycle_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_lifecycle_policy(value);
        self
    }
    /// Appends one element to [`CreateRepositoryCreationTemplateRequest::applied_for`](CreateRepositoryCreationTemplateRequest::applied_for).
    pub fn applied_for(mut self, value: impl rt::Into<RctAppliedFor>) -> Self {
        self.input = self.input.applied_for(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::applied_for`](CreateRepositoryCreationTemplateRequest::applied_for).
    pub fn set_applied_for(mut self, value: rt::Option<rt::Vec<RctAppliedFor>>) -> Self {
        self.input = self.input.set_applied_for(value);
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::custom_role_arn`](CreateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.custom_role_arn(value);
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::custom_role_arn`](CreateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_custom_role_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateRepositoryCreationTemplateRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateRepositoryCreationTemplateRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        CreateRepositoryCreationTemplateResponse,
        SdkError<CreateRepositoryCreationTemplateError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::CREATE_REPOSITORY_CREATION_TEMPLATE,
                &input,
                stream,
            )
            .await
    }
}
/// A `DeleteLifecyclePolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteLifecyclePolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteLifecyclePolicyRequestBuilder,
}
impl ::std::convert::From<DeleteLifecyclePolicyFluentBuilder>
    for DeleteLifecyclePolicyRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteLifecyclePolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteLifecyclePolicyFluentBuilder {
    /// Sets [`DeleteLifecyclePolicyRequest::registry_id`](DeleteLifecyclePolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyRequest::registry_id`](DeleteLifecyclePolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`DeleteLifecyclePolicyRequest::repository_name`](DeleteLifecyclePolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyRequest::repository_name`](DeleteLifecyclePolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteLifecyclePolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteLifecyclePolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DeleteLifecyclePolicyResponse, SdkError<DeleteLifecyclePolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DELETE_LIFECYCLE_POLICY, &input, stream)
            .await
    }
}
/// A `DeletePullThroughCacheRule` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeletePullThroughCacheRuleFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeletePullThroughCacheRuleRequestBuilder,
}
impl ::std::convert::From<DeletePullThroughCacheRuleFluentBuilder>
    for DeletePullThroughCacheRuleRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeletePullThroughCacheRuleFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeletePullThroughCacheRuleFluentBuilder {
    /// Sets [`DeletePullThroughCacheRuleRequest::ecr_repository_prefix`](DeletePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ecr_repository_prefix(value);
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleRequest::ecr_repository_prefix`](DeletePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ecr_repository_prefix(value);
        self
    }
    /// Sets [`DeletePullThroughCacheRuleRequest::registry_id`](DeletePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleRequest::registry_id`](DeletePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeletePullThroughCacheRuleRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeletePullThroughCacheRuleRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DeletePullThroughCacheRuleResponse, SdkError<DeletePullThroughCacheRuleError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DELETE_PULL_THROUGH_CACHE_RULE,
                &input,
                stream,
            )
            .await
    }
}
/// A `DeleteRegistryPolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteRegistryPolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteRegistryPolicyRequestBuilder,
}
impl ::std::convert::From<DeleteRegistryPolicyFluentBuilder>
    for DeleteRegistryPolicyRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteRegistryPolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteRegistryPolicyFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteRegistryPolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteRegistryPolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DeleteRegistryPolicyResponse, SdkError<DeleteRegistryPolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DELETE_REGISTRY_POLICY, &input, stream)
            .await
    }
}
/// A `DeleteRepository` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteRepositoryFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteRepositoryRequestBuilder,
}
impl ::std::convert::From<DeleteRepositoryFluentBuilder> for DeleteRepositoryRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteRepositoryFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteRepositoryFluentBuilder {
    /// Sets [`DeleteRepositoryRequest::registry_id`](DeleteRepositoryRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DeleteRepositoryRequest::registry_id`](DeleteRepositoryRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`DeleteRepositoryRequest::repository_name`](DeleteRepositoryRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DeleteRepositoryRequest::repository_name`](DeleteRepositoryRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`DeleteRepositoryRequest::force`](DeleteRepositoryRequest::force).
    pub fn force(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.force(value);
        self
    }
    /// Sets or clears [`DeleteRepositoryRequest::force`](DeleteRepositoryRequest::force).
    pub fn set_force(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_force(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteRepositoryRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteRepositoryRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DeleteRepositoryResponse, SdkError<DeleteRepositoryError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DELETE_REPOSITORY, &input, stream)
            .await
    }
}
/// A `DeleteRepositoryCreationTemplate` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteRepositoryCreationTemplateFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteRepositoryCreationTemplateRequestBuilder,
}
impl ::std::convert::From<DeleteRepositoryCreationTemplateFluentBuilder>
    for DeleteRepositoryCreationTemplateRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteRepositoryCreationTemplateFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteRepositoryCreationTemplateFluentBuilder {
    /// Sets [`DeleteRepositoryCreationTemplateRequest::prefix`](DeleteRepositoryCreationTemplateRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefix(value);
        self
    }
    /// Sets or clears [`DeleteRepositoryCreationTemplateRequest::prefix`](DeleteRepositoryCreationTemplateRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prefix(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteRepositoryCreationTemplateRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteRepositoryCreationTemplateRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        DeleteRepositoryCreationTemplateResponse,
        SdkError<DeleteRepositoryCreationTemplateError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DELETE_REPOSITORY_CREATION_TEMPLATE,
                &input,
                stream,
            )
            .await
    }
}
/// A `DeleteRepositoryPolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteRepositoryPolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteRepositoryPolicyRequestBuilder,
}
impl ::std::convert::From<DeleteRepositoryPolicyFluentBuilder>
    for DeleteRepositoryPolicyRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteRepositoryPolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteRepositoryPolicyFluentBuilder {
    /// Sets [`DeleteRepositoryPolicyRequest::registry_id`](DeleteRepositoryPolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyRequest::registry_id`](DeleteRepositoryPolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`DeleteRepositoryPolicyRequest::repository_name`](DeleteRepositoryPolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyRequest::repository_name`](DeleteRepositoryPolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteRepositoryPolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteRepositoryPolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DeleteRepositoryPolicyResponse, SdkError<DeleteRepositoryPolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DELETE_REPOSITORY_POLICY, &input, stream)
            .await
    }
}
/// A `DeleteSigningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteSigningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteSigningConfigurationRequestBuilder,
}
impl ::std::convert::From<DeleteSigningConfigurationFluentBuilder>
    for DeleteSigningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteSigningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteSigningConfigurationFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteSigningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteSigningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DeleteSigningConfigurationResponse, SdkError<DeleteSigningConfigurationError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DELETE_SIGNING_CONFIGURATION,
                &input,
                stream,
            )
            .await
    }
}
/// A `DeregisterPullTimeUpdateExclusion` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeregisterPullTimeUpdateExclusionFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeregisterPullTimeUpdateExclusionRequestBuilder,
}
impl ::std::convert::From<DeregisterPullTimeUpdateExclusionFluentBuilder>
    for DeregisterPullTimeUpdateExclusionRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeregisterPullTimeUpdateExclusionFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeregisterPullTimeUpdateExclusionFluentBuilder {
    /// Sets [`DeregisterPullTimeUpdateExclusionRequest::principal_arn`](DeregisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn principal_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.principal_arn(value);
        self
    }
    /// Sets or clears [`DeregisterPullTimeUpdateExclusionRequest::principal_arn`](DeregisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn set_principal_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_principal_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeregisterPullTimeUpdateExclusionRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeregisterPullTimeUpdateExclusionRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        DeregisterPullTimeUpdateExclusionResponse,
        SdkError<DeregisterPullTimeUpdateExclusionError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DEREGISTER_PULL_TIME_UPDATE_EXCLUSION,
                &input,
                stream,
            )
            .await
    }
}
/// A `DescribeImageReplicationStatus` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeImageReplicationStatusFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeImageReplicationStatusRequestBuilder,
}
impl ::std::convert::From<DescribeImageReplicationStatusFluentBuilder>
    for DescribeImageReplicationStatusRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeImageReplicationStatusFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeImageReplicationStatusFluentBuilder {
    /// Sets [`DescribeImageReplicationStatusRequest::repository_name`](DescribeImageReplicationStatusRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusRequest::repository_name`](DescribeImageReplicationStatusRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`DescribeImageReplicationStatusRequest::image_id`](DescribeImageReplicationStatusRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_id(value);
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusRequest::image_id`](DescribeImageReplicationStatusRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.input = self.input.set_image_id(value);
        self
    }
    /// Sets [`DescribeImageReplicationStatusRequest::registry_id`](DescribeImageReplicationStatusRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusRequest::registry_id`](DescribeImageReplicationStatusRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeImageReplicationStatusRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeImageReplicationStatusRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        DescribeImageReplicationStatusResponse,
        SdkError<DescribeImageReplicationStatusError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DESCRIBE_IMAGE_REPLICATION_STATUS,
                &input,
                stream,
            )
            .await
    }
}
/// A `DescribeImageScanFindings` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeImageScanFindingsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeImageScanFindingsRequestBuilder,
}
impl ::std::convert::From<DescribeImageScanFindingsFluentBuilder>
    for DescribeImageScanFindingsRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeImageScanFindingsFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeImageScanFindingsFluentBuilder {
    /// Sets [`DescribeImageScanFindingsRequest::registry_id`](DescribeImageScanFindingsRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::registry_id`](DescribeImageScanFindingsRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::repository_name`](DescribeImageScanFindingsRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::repository_name`](DescribeImageScanFindingsRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::image_id`](DescribeImageScanFindingsRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_id(value);
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::image_id`](DescribeImageScanFindingsRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.input = self.input.set_image_id(value);
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::next_token`](DescribeImageScanFindingsRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::next_token`](DescribeImageScanFindingsRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::max_results`](DescribeImageScanFindingsRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::max_results`](DescribeImageScanFindingsRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeImageScanFindingsRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeImageScanFindingsRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DescribeImageScanFindingsResponse, SdkError<DescribeImageScanFindingsError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DESCRIBE_IMAGE_SCAN_FINDINGS,
                &input,
                stream,
            )
            .await
    }
}
impl DescribeImageScanFindingsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> DescribeImageScanFindingsPaginator {
        DescribeImageScanFindingsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `DescribeImageScanFindings`, following `nextToken`.
#[derive(Debug)]
pub struct DescribeImageScanFindingsPaginator {
    call: DescribeImageScanFindingsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl DescribeImageScanFindingsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<
        rt::Result<DescribeImageScanFindingsResponse, SdkError<DescribeImageScanFindingsError>>,
    > {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            DescribeImageScanFindingsResponse,
            SdkError<DescribeImageScanFindingsError>,
        >,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
}
/// A `DescribeImageSigningStatus` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeImageSigningStatusFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeImageSigningStatusRequestBuilder,
}
impl ::std::convert::From<DescribeImageSigningStatusFluentBuilder>
    for DescribeImageSigningStatusRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeImageSigningStatusFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeImageSigningStatusFluentBuilder {
    /// Sets [`DescribeImageSigningStatusRequest::repository_name`](DescribeImageSigningStatusRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusRequest::repository_name`](DescribeImageSigningStatusRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`DescribeImageSigningStatusRequest::image_id`](DescribeImageSigningStatusRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_id(value);
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusRequest::image_id`](DescribeImageSigningStatusRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.input = self.input.set_image_id(value);
        self
    }
    /// Sets [`DescribeImageSigningStatusRequest::registry_id`](DescribeImageSigningStatusRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusRequest::registry_id`](DescribeImageSigningStatusRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeImageSigningStatusRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeImageSigningStatusRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DescribeImageSigningStatusResponse, SdkError<DescribeImageSigningStatusError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DESCRIBE_IMAGE_SIGNING_STATUS,
                &input,
                stream,
            )
            .await
    }
}
/// A `DescribeImages` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeImagesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeImagesRequestBuilder,
}
impl ::std::convert::From<DescribeImagesFluentBuilder> for DescribeImagesRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeImagesFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeImagesFluentBuilder {
    /// Sets [`DescribeImagesRequest::registry_id`](DescribeImagesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DescribeImagesRequest::registry_id`](DescribeImagesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`DescribeImagesRequest::repository_name`](DescribeImagesRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`DescribeImagesRequest::repository_name`](DescribeImagesRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Appends one element to [`DescribeImagesRequest::image_ids`](DescribeImagesRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_ids(value);
        self
    }
    /// Sets or clears [`DescribeImagesRequest::image_ids`](DescribeImagesRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.set_image_ids(value);
        self
    }
    /// Sets [`DescribeImagesRequest::next_token`](DescribeImagesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`DescribeImagesRequest::next_token`](DescribeImagesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`DescribeImagesRequest::max_results`](DescribeImagesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`DescribeImagesRequest::max_results`](DescribeImagesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Sets [`DescribeImagesRequest::filter`](DescribeImagesRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<DescribeImagesFilter>) -> Self {
        self.input = self.input.filter(value);
        self
    }
    /// Sets or clears [`DescribeImagesRequest::filter`](DescribeImagesRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<DescribeImagesFilter>) -> Self {
        self.input = self.input.set_filter(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeImagesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeImagesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeImagesResponse, SdkError<DescribeImagesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DESCRIBE_IMAGES, &input, stream)
            .await
    }
}
impl DescribeImagesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> DescribeImagesPaginator {
        DescribeImagesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `DescribeImages`, following `nextToken`.
#[derive(Debug)]
pub struct DescribeImagesPaginator {
    call: DescribeImagesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl DescribeImagesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<DescribeImagesResponse, SdkError<DescribeImagesError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<DescribeImagesResponse, SdkError<DescribeImagesError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `imageDetails` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<ImageDetail>, SdkError<DescribeImagesError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.image_details.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `imageDetails` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ImageDetail, SdkError<DescribeImagesError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.image_details.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `DescribePullThroughCacheRules` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribePullThroughCacheRulesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribePullThroughCacheRulesRequestBuilder,
}
impl ::std::convert::From<DescribePullThroughCacheRulesFluentBuilder>
    for DescribePullThroughCacheRulesRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribePullThroughCacheRulesFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribePullThroughCacheRulesFluentBuilder {
    /// Sets [`DescribePullThroughCacheRulesRequest::registry_id`](DescribePullThroughCacheRulesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::registry_id`](DescribePullThroughCacheRulesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Appends one element to [`DescribePullThroughCacheRulesRequest::ecr_repository_prefixes`](DescribePullThroughCacheRulesRequest::ecr_repository_prefixes).
    pub fn ecr_repository_prefixes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ecr_repository_prefixes(value);
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::ecr_repository_prefixes`](DescribePullThroughCacheRulesRequest::ecr_repository_prefixes).
    pub fn set_ecr_repository_prefixes(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_ecr_repository_prefixes(value);
        self
    }
    /// Sets [`DescribePullThroughCacheRulesRequest::next_token`](DescribePullThroughCacheRulesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::next_token`](DescribePullThroughCacheRulesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`DescribePullThroughCacheRulesRequest::max_results`](DescribePullThroughCacheRulesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::max_results`](DescribePullThroughCacheRulesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribePullThroughCacheRulesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribePullThroughCacheRulesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        DescribePullThroughCacheRulesResponse,
        SdkError<DescribePullThroughCacheRulesError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DESCRIBE_PULL_THROUGH_CACHE_RULES,
                &input,
                stream,
            )
            .await
    }
}
impl DescribePullThroughCacheRulesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> DescribePullThroughCacheRulesPaginator {
        DescribePullThroughCacheRulesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `DescribePullThroughCacheRules`, following `nextToken`.
#[derive(Debug)]
pub struct DescribePullThroughCacheRulesPaginator {
    call: DescribePullThroughCacheRulesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl DescribePullThroughCacheRulesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<
        rt::Result<
            DescribePullThroughCacheRulesResponse,
            SdkError<DescribePullThroughCacheRulesError>,
        >,
    > {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            DescribePullThroughCacheRulesResponse,
            SdkError<DescribePullThroughCacheRulesError>,
        >,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `pullThroughCacheRules` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<PullThroughCacheRule>, SdkError<DescribePullThroughCacheRulesError>>
    {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.pull_through_cache_rules.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `pullThroughCacheRules` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<PullThroughCacheRule, SdkError<DescribePullThroughCacheRulesError>>,
    > {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.pull_through_cache_rules.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `DescribeRegistry` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeRegistryFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeRegistryRequestBuilder,
}
impl ::std::convert::From<DescribeRegistryFluentBuilder> for DescribeRegistryRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeRegistryFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeRegistryFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeRegistryRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeRegistryRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DescribeRegistryResponse, SdkError<DescribeRegistryError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DESCRIBE_REGISTRY, &input, stream)
            .await
    }
}
/// A `DescribeRepositories` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeRepositoriesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeRepositoriesRequestBuilder,
}
impl ::std::convert::From<DescribeRepositoriesFluentBuilder>
    for DescribeRepositoriesRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeRepositoriesFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeRepositoriesFluentBuilder {
    /// Sets [`DescribeRepositoriesRequest::registry_id`](DescribeRepositoriesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::registry_id`](DescribeRepositoriesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Appends one element to [`DescribeRepositoriesRequest::repository_names`](DescribeRepositoriesRequest::repository_names).
    pub fn repository_names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_names(value);
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::repository_names`](DescribeRepositoriesRequest::repository_names).
    pub fn set_repository_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_repository_names(value);
        self
    }
    /// Sets [`DescribeRepositoriesRequest::next_token`](DescribeRepositoriesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::next_token`](DescribeRepositoriesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`DescribeRepositoriesRequest::max_results`](DescribeRepositoriesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::max_results`](DescribeRepositoriesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeRepositoriesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeRepositoriesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DescribeRepositoriesResponse, SdkError<DescribeRepositoriesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::DESCRIBE_REPOSITORIES, &input, stream)
            .await
    }
}
impl DescribeRepositoriesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> DescribeRepositoriesPaginator {
        DescribeRepositoriesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `DescribeRepositories`, following `nextToken`.
#[derive(Debug)]
pub struct DescribeRepositoriesPaginator {
    call: DescribeRepositoriesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl DescribeRepositoriesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<DescribeRepositoriesResponse, SdkError<DescribeRepositoriesError>>>
    {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<DescribeRepositoriesResponse, SdkError<DescribeRepositoriesError>>,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `repositories` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<Repository>, SdkError<DescribeRepositoriesError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.repositories.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `repositories` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<Repository, SdkError<DescribeRepositoriesError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.repositories.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `DescribeRepositoryCreationTemplates` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeRepositoryCreationTemplatesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeRepositoryCreationTemplatesRequestBuilder,
}
impl ::std::convert::From<DescribeRepositoryCreationTemplatesFluentBuilder>
    for DescribeRepositoryCreationTemplatesRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeRepositoryCreationTemplatesFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeRepositoryCreationTemplatesFluentBuilder {
    /// Appends one element to [`DescribeRepositoryCreationTemplatesRequest::prefixes`](DescribeRepositoryCreationTemplatesRequest::prefixes).
    pub fn prefixes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefixes(value);
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesRequest::prefixes`](DescribeRepositoryCreationTemplatesRequest::prefixes).
    pub fn set_prefixes(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_prefixes(value);
        self
    }
    /// Sets [`DescribeRepositoryCreationTemplatesRequest::next_token`](DescribeRepositoryCreationTemplatesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesRequest::next_token`](DescribeRepositoryCreationTemplatesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`DescribeRepositoryCreationTemplatesRequest::max_results`](DescribeRepositoryCreationTemplatesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesRequest::max_results`](DescribeRepositoryCreationTemplatesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeRepositoryCreationTemplatesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeRepositoryCreationTemplatesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        DescribeRepositoryCreationTemplatesResponse,
        SdkError<DescribeRepositoryCreationTemplatesError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::DESCRIBE_REPOSITORY_CREATION_TEMPLATES,
                &input,
                stream,
            )
            .await
    }
}
impl DescribeRepositoryCreationTemplatesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> DescribeRepositoryCreationTemplatesPaginator {
        DescribeRepositoryCreationTemplatesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `DescribeRepositoryCreationTemplates`, following `nextToken`.
#[derive(Debug)]
pub struct DescribeRepositoryCreationTemplatesPaginator {
    call: DescribeRepositoryCreationTemplatesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl DescribeRepositoryCreationTemplatesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<
        rt::Result<
            DescribeRepositoryCreationTemplatesResponse,
            SdkError<DescribeRepositoryCreationTemplatesError>,
        >,
    > {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            DescribeRepositoryCreationTemplatesResponse,
            SdkError<DescribeRepositoryCreationTemplatesError>,
        >,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `repositoryCreationTemplates` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<
        rt::Vec<RepositoryCreationTemplate>,
        SdkError<DescribeRepositoryCreationTemplatesError>,
    > {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.repository_creation_templates.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `repositoryCreationTemplates` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            RepositoryCreationTemplate,
            SdkError<DescribeRepositoryCreationTemplatesError>,
        >,
    > {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => {
                        buffer.extend(page.repository_creation_templates.unwrap_or_default())
                    }
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `GetAccountSetting` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetAccountSettingFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetAccountSettingRequestBuilder,
}
impl ::std::convert::From<GetAccountSettingFluentBuilder> for GetAccountSettingRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetAccountSettingFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetAccountSettingFluentBuilder {
    /// Sets [`GetAccountSettingRequest::name`](GetAccountSettingRequest::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets or clears [`GetAccountSettingRequest::name`](GetAccountSettingRequest::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetAccountSettingRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetAccountSettingRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetAccountSettingResponse, SdkError<GetAccountSettingError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_ACCOUNT_SETTING, &input, stream)
            .await
    }
}
/// A `GetAuthorizationToken` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetAuthorizationTokenFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetAuthorizationTokenRequestBuilder,
}
impl ::std::convert::From<GetAuthorizationTokenFluentBuilder>
    for GetAuthorizationTokenRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetAuthorizationTokenFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetAuthorizationTokenFluentBuilder {
    /// Appends one element to [`GetAuthorizationTokenRequest::registry_ids`](GetAuthorizationTokenRequest::registry_ids).
    pub fn registry_ids(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_ids(value);
        self
    }
    /// Sets or clears [`GetAuthorizationTokenRequest::registry_ids`](GetAuthorizationTokenRequest::registry_ids).
    pub fn set_registry_ids(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_registry_ids(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetAuthorizationTokenRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetAuthorizationTokenRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetAuthorizationTokenResponse, SdkError<GetAuthorizationTokenError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_AUTHORIZATION_TOKEN, &input, stream)
            .await
    }
}
/// A `GetDownloadUrlForLayer` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetDownloadUrlForLayerFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetDownloadUrlForLayerRequestBuilder,
}
impl ::std::convert::From<GetDownloadUrlForLayerFluentBuilder>
    for GetDownloadUrlForLayerRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetDownloadUrlForLayerFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetDownloadUrlForLayerFluentBuilder {
    /// Sets [`GetDownloadUrlForLayerRequest::registry_id`](GetDownloadUrlForLayerRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerRequest::registry_id`](GetDownloadUrlForLayerRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`GetDownloadUrlForLayerRequest::repository_name`](GetDownloadUrlForLayerRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerRequest::repository_name`](GetDownloadUrlForLayerRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`GetDownloadUrlForLayerRequest::layer_digest`](GetDownloadUrlForLayerRequest::layer_digest).
    pub fn layer_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.layer_digest(value);
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerRequest::layer_digest`](GetDownloadUrlForLayerRequest::layer_digest).
    pub fn set_layer_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_layer_digest(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetDownloadUrlForLayerRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetDownloadUrlForLayerRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetDownloadUrlForLayerResponse, SdkError<GetDownloadUrlForLayerError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_DOWNLOAD_URL_FOR_LAYER, &input, stream)
            .await
    }
}
/// A `GetLifecyclePolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetLifecyclePolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetLifecyclePolicyRequestBuilder,
}
impl ::std::convert::From<GetLifecyclePolicyFluentBuilder> for GetLifecyclePolicyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetLifecyclePolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetLifecyclePolicyFluentBuilder {
    /// Sets [`GetLifecyclePolicyRequest::registry_id`](GetLifecyclePolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyRequest::registry_id`](GetLifecyclePolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`GetLifecyclePolicyRequest::repository_name`](GetLifecyclePolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyRequest::repository_name`](GetLifecyclePolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetLifecyclePolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetLifecyclePolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetLifecyclePolicyResponse, SdkError<GetLifecyclePolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_LIFECYCLE_POLICY, &input, stream)
            .await
    }
}
/// A `GetLifecyclePolicyPreview` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetLifecyclePolicyPreviewFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetLifecyclePolicyPreviewRequestBuilder,
}
impl ::std::convert::From<GetLifecyclePolicyPreviewFluentBuilder>
    for GetLifecyclePolicyPreviewRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetLifecyclePolicyPreviewFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetLifecyclePolicyPreviewFluentBuilder {
    /// Sets [`GetLifecyclePolicyPreviewRequest::registry_id`](GetLifecyclePolicyPreviewRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::registry_id`](GetLifecyclePolicyPreviewRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::repository_name`](GetLifecyclePolicyPreviewRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::repository_name`](GetLifecyclePolicyPreviewRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Appends one element to [`GetLifecyclePolicyPreviewRequest::image_ids`](GetLifecyclePolicyPreviewRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_ids(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::image_ids`](GetLifecyclePolicyPreviewRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.set_image_ids(value);
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::next_token`](GetLifecyclePolicyPreviewRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::next_token`](GetLifecyclePolicyPreviewRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::max_results`](GetLifecyclePolicyPreviewRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::max_results`](GetLifecyclePolicyPreviewRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::filter`](GetLifecyclePolicyPreviewRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<LifecyclePolicyPreviewFilter>) -> Self {
        self.input = self.input.filter(value);
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::filter`](GetLifecyclePolicyPreviewRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<LifecyclePolicyPreviewFilter>) -> Self {
        self.input = self.input.set_filter(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetLifecyclePolicyPreviewRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetLifecyclePolicyPreviewRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetLifecyclePolicyPreviewResponse, SdkError<GetLifecyclePolicyPreviewError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::GET_LIFECYCLE_POLICY_PREVIEW,
                &input,
                stream,
            )
            .await
    }
}
impl GetLifecyclePolicyPreviewFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> GetLifecyclePolicyPreviewPaginator {
        GetLifecyclePolicyPreviewPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `GetLifecyclePolicyPreview`, following `nextToken`.
#[derive(Debug)]
pub struct GetLifecyclePolicyPreviewPaginator {
    call: GetLifecyclePolicyPreviewFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl GetLifecyclePolicyPreviewPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<
        rt::Result<GetLifecyclePolicyPreviewResponse, SdkError<GetLifecyclePolicyPreviewError>>,
    > {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            GetLifecyclePolicyPreviewResponse,
            SdkError<GetLifecyclePolicyPreviewError>,
        >,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `previewResults` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<LifecyclePolicyPreviewResult>, SdkError<GetLifecyclePolicyPreviewError>>
    {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.preview_results.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `previewResults` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<LifecyclePolicyPreviewResult, SdkError<GetLifecyclePolicyPreviewError>>,
    > {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.preview_results.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `GetRegistryPolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetRegistryPolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetRegistryPolicyRequestBuilder,
}
impl ::std::convert::From<GetRegistryPolicyFluentBuilder> for GetRegistryPolicyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetRegistryPolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetRegistryPolicyFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: GetRegistryPolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetRegistryPolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetRegistryPolicyResponse, SdkError<GetRegistryPolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_REGISTRY_POLICY, &input, stream)
            .await
    }
}
/// A `GetRegistryScanningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetRegistryScanningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetRegistryScanningConfigurationRequestBuilder,
}
impl ::std::convert::From<GetRegistryScanningConfigurationFluentBuilder>
    for GetRegistryScanningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetRegistryScanningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetRegistryScanningConfigurationFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: GetRegistryScanningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetRegistryScanningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        GetRegistryScanningConfigurationResponse,
        SdkError<GetRegistryScanningConfigurationError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::GET_REGISTRY_SCANNING_CONFIGURATION,
                &input,
                stream,
            )
            .await
    }
}
/// A `GetRepositoryPolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetRepositoryPolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetRepositoryPolicyRequestBuilder,
}
impl ::std::convert::From<GetRepositoryPolicyFluentBuilder> for GetRepositoryPolicyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetRepositoryPolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetRepositoryPolicyFluentBuilder {
    /// Sets [`GetRepositoryPolicyRequest::registry_id`](GetRepositoryPolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`GetRepositoryPolicyRequest::registry_id`](GetRepositoryPolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`GetRepositoryPolicyRequest::repository_name`](GetRepositoryPolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`GetRepositoryPolicyRequest::repository_name`](GetRepositoryPolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetRepositoryPolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetRepositoryPolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetRepositoryPolicyResponse, SdkError<GetRepositoryPolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_REPOSITORY_POLICY, &input, stream)
            .await
    }
}
/// A `GetSigningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetSigningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetSigningConfigurationRequestBuilder,
}
impl ::std::convert::From<GetSigningConfigurationFluentBuilder>
    for GetSigningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetSigningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetSigningConfigurationFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: GetSigningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetSigningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetSigningConfigurationResponse, SdkError<GetSigningConfigurationError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::GET_SIGNING_CONFIGURATION, &input, stream)
            .await
    }
}
/// A `InitiateLayerUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct InitiateLayerUploadFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: InitiateLayerUploadRequestBuilder,
}
impl ::std::convert::From<InitiateLayerUploadFluentBuilder> for InitiateLayerUploadRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: InitiateLayerUploadFluentBuilder) -> Self {
        fluent.input
    }
}
impl InitiateLayerUploadFluentBuilder {
    /// Sets [`InitiateLayerUploadRequest::registry_id`](InitiateLayerUploadRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`InitiateLayerUploadRequest::registry_id`](InitiateLayerUploadRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`InitiateLayerUploadRequest::repository_name`](InitiateLayerUploadRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`InitiateLayerUploadRequest::repository_name`](InitiateLayerUploadRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: InitiateLayerUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut InitiateLayerUploadRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<InitiateLayerUploadResponse, SdkError<InitiateLayerUploadError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::INITIATE_LAYER_UPLOAD, &input, stream)
            .await
    }
}
/// A `ListImageReferrers` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListImageReferrersFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListImageReferrersRequestBuilder,
}
impl ::std::convert::From<ListImageReferrersFluentBuilder> for ListImageReferrersRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListImageReferrersFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListImageReferrersFluentBuilder {
    /// Sets [`ListImageReferrersRequest::registry_id`](ListImageReferrersRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::registry_id`](ListImageReferrersRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`ListImageReferrersRequest::repository_name`](ListImageReferrersRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::repository_name`](ListImageReferrersRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`ListImageReferrersRequest::subject_id`](ListImageReferrersRequest::subject_id).
    pub fn subject_id(mut self, value: impl rt::Into<SubjectIdentifier>) -> Self {
        self.input = self.input.subject_id(value);
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::subject_id`](ListImageReferrersRequest::subject_id).
    pub fn set_subject_id(mut self, value: rt::Option<SubjectIdentifier>) -> Self {
        self.input = self.input.set_subject_id(value);
        self
    }
    /// Sets [`ListImageReferrersRequest::filter`](ListImageReferrersRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<ListImageReferrersFilter>) -> Self {
        self.input = self.input.filter(value);
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::filter`](ListImageReferrersRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<ListImageReferrersFilter>) -> Self {
        self.input = self.input.set_filter(value);
        self
    }
    /// Sets [`ListImageReferrersRequest::next_token`](ListImageReferrersRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::next_token`](ListImageReferrersRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListImageReferrersRequest::max_results`](ListImageReferrersRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::max_results`](ListImageReferrersRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListImageReferrersRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListImageReferrersRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<ListImageReferrersResponse, SdkError<ListImageReferrersError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::LIST_IMAGE_REFERRERS, &input, stream)
            .await
    }
}
impl ListImageReferrersFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListImageReferrersPaginator {
        ListImageReferrersPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListImageReferrers`, following `nextToken`.
#[derive(Debug)]
pub struct ListImageReferrersPaginator {
    call: ListImageReferrersFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListImageReferrersPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListImageReferrersResponse, SdkError<ListImageReferrersError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<ListImageReferrersResponse, SdkError<ListImageReferrersError>>,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `referrers` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<ImageReferrer>, SdkError<ListImageReferrersError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.referrers.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `referrers` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ImageReferrer, SdkError<ListImageReferrersError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.referrers.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListImages` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListImagesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListImagesRequestBuilder,
}
impl ::std::convert::From<ListImagesFluentBuilder> for ListImagesRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListImagesFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListImagesFluentBuilder {
    /// Sets [`ListImagesRequest::registry_id`](ListImagesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`ListImagesRequest::registry_id`](ListImagesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`ListImagesRequest::repository_name`](ListImagesRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`ListImagesRequest::repository_name`](ListImagesRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`ListImagesRequest::next_token`](ListImagesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListImagesRequest::next_token`](ListImagesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListImagesRequest::max_results`](ListImagesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListImagesRequest::max_results`](ListImagesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Sets [`ListImagesRequest::filter`](ListImagesRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<ListImagesFilter>) -> Self {
        self.input = self.input.filter(value);
        self
    }
    /// Sets or clears [`ListImagesRequest::filter`](ListImagesRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<ListImagesFilter>) -> Self {
        self.input = self.input.set_filter(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListImagesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListImagesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListImagesResponse, SdkError<ListImagesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::LIST_IMAGES, &input, stream)
            .await
    }
}
impl ListImagesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListImagesPaginator {
        ListImagesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListImages`, following `nextToken`.
#[derive(Debug)]
pub struct ListImagesPaginator {
    call: ListImagesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListImagesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListImagesResponse, SdkError<ListImagesError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListImagesResponse, SdkError<ListImagesError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `imageIds` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<ImageIdentifier>, SdkError<ListImagesError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.image_ids.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `imageIds` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ImageIdentifier, SdkError<ListImagesError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.image_ids.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListPullTimeUpdateExclusions` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListPullTimeUpdateExclusionsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListPullTimeUpdateExclusionsRequestBuilder,
}
impl ::std::convert::From<ListPullTimeUpdateExclusionsFluentBuilder>
    for ListPullTimeUpdateExclusionsRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListPullTimeUpdateExclusionsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListPullTimeUpdateExclusionsFluentBuilder {
    /// Sets [`ListPullTimeUpdateExclusionsRequest::max_results`](ListPullTimeUpdateExclusionsRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListPullTimeUpdateExclusionsRequest::max_results`](ListPullTimeUpdateExclusionsRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Sets [`ListPullTimeUpdateExclusionsRequest::next_token`](ListPullTimeUpdateExclusionsRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListPullTimeUpdateExclusionsRequest::next_token`](ListPullTimeUpdateExclusionsRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListPullTimeUpdateExclusionsRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListPullTimeUpdateExclusionsRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<ListPullTimeUpdateExclusionsResponse, SdkError<ListPullTimeUpdateExclusionsError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::LIST_PULL_TIME_UPDATE_EXCLUSIONS,
                &input,
                stream,
            )
            .await
    }
}
impl ListPullTimeUpdateExclusionsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListPullTimeUpdateExclusionsPaginator {
        ListPullTimeUpdateExclusionsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListPullTimeUpdateExclusions`, following `nextToken`.
#[derive(Debug)]
pub struct ListPullTimeUpdateExclusionsPaginator {
    call: ListPullTimeUpdateExclusionsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListPullTimeUpdateExclusionsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<
        rt::Result<
            ListPullTimeUpdateExclusionsResponse,
            SdkError<ListPullTimeUpdateExclusionsError>,
        >,
    > {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            ListPullTimeUpdateExclusionsResponse,
            SdkError<ListPullTimeUpdateExclusionsError>,
        >,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `pullTimeUpdateExclusions` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<rt::String>, SdkError<ListPullTimeUpdateExclusionsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.pull_time_update_exclusions.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `pullTimeUpdateExclusions` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<rt::String, SdkError<ListPullTimeUpdateExclusionsError>>,
    > {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.pull_time_update_exclusions.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListTagsForResource` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListTagsForResourceFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListTagsForResourceRequestBuilder,
}
impl ::std::convert::From<ListTagsForResourceFluentBuilder> for ListTagsForResourceRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListTagsForResourceFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListTagsForResourceFluentBuilder {
    /// Sets [`ListTagsForResourceRequest::resource_arn`](ListTagsForResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.resource_arn(value);
        self
    }
    /// Sets or clears [`ListTagsForResourceRequest::resource_arn`](ListTagsForResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_resource_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListTagsForResourceRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListTagsForResourceRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<ListTagsForResourceResponse, SdkError<ListTagsForResourceError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::LIST_TAGS_FOR_RESOURCE, &input, stream)
            .await
    }
}
/// A `PutAccountSetting` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutAccountSettingFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutAccountSettingRequestBuilder,
}
impl ::std::convert::From<PutAccountSettingFluentBuilder> for PutAccountSettingRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutAccountSettingFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutAccountSettingFluentBuilder {
    /// Sets [`PutAccountSettingRequest::name`](PutAccountSettingRequest::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets or clears [`PutAccountSettingRequest::name`](PutAccountSettingRequest::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_name(value);
        self
    }
    /// Sets [`PutAccountSettingRequest::value`](PutAccountSettingRequest::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.value(value);
        self
    }
    /// Sets or clears [`PutAccountSettingRequest::value`](PutAccountSettingRequest::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_value(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutAccountSettingRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutAccountSettingRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<PutAccountSettingResponse, SdkError<PutAccountSettingError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::PUT_ACCOUNT_SETTING, &input, stream)
            .await
    }
}
/// A `PutImage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutImageFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutImageRequestBuilder,
}
impl ::std::convert::From<PutImageFluentBuilder> for PutImageRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutImageFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutImageFluentBuilder {
    /// Sets [`PutImageRequest::registry_id`](PutImageRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`PutImageRequest::registry_id`](PutImageRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`PutImageRequest::repository_name`](PutImageRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`PutImageRequest::repository_name`](PutImageRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`PutImageRequest::image_manifest`](PutImageRequest::image_manifest).
    pub fn image_manifest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.image_manifest(value);
        self
    }
    /// Sets or clears [`PutImageRequest::image_manifest`](PutImageRequest::image_manifest).
    pub fn set_image_manifest(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_image_manifest(value);
        self
    }
    /// Sets [`PutImageRequest::image_manifest_media_type`](PutImageRequest::image_manifest_media_type).
    pub fn image_manifest_media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.image_manifest_media_type(value);
        self
    }
    /// Sets or clears [`PutImageRequest::image_manifest_media_type`](PutImageRequest::image_manifest_media_type).
    pub fn set_image_manifest_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_image_manifest_media_type(value);
        self
    }
    /// Sets [`PutImageRequest::image_tag`](PutImageRequest::image_tag).
    pub fn image_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.image_tag(value);
        self
    }
    /// Sets or clears [`PutImageRequest::image_tag`](PutImageRequest::image_tag).
    pub fn set_image_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_image_tag(value);
        self
    }
    /// Sets [`PutImageRequest::image_digest`](PutImageRequest::image_digest).
    pub fn image_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.image_digest(value);
        self
    }
    /// Sets or clears [`PutImageRequest::image_digest`](PutImageRequest::image_digest).
    pub fn set_image_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_image_digest(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutImageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutImageRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PutImageResponse, SdkError<PutImageError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::PUT_IMAGE, &input, stream)
            .await
    }
}
/// A `PutImageScanningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutImageScanningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutImageScanningConfigurationRequestBuilder,
}
impl ::std::convert::From<PutImageScanningConfigurationFluentBuilder>
    for PutImageScanningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutImageScanningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutImageScanningConfigurationFluentBuilder {
    /// Sets [`PutImageScanningConfigurationRequest::registry_id`](PutImageScanningConfigurationRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationRequest::registry_id`](PutImageScanningConfigurationRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`PutImageScanningConfigurationRequest::repository_name`](PutImageScanningConfigurationRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationRequest::repository_name`](PutImageScanningConfigurationRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`PutImageScanningConfigurationRequest::image_scanning_configuration`](PutImageScanningConfigurationRequest::image_scanning_configuration).
    pub fn image_scanning_configuration(
        mut self,
        value: impl rt::Into<ImageScanningConfiguration>,
    ) -> Self {
        self.input = self.input.image_scanning_configuration(value);
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationRequest::image_scanning_configuration`](PutImageScanningConfigurationRequest::image_scanning_configuration).
    pub fn set_image_scanning_configuration(
        mut self,
        value: rt::Option<ImageScanningConfiguration>,
    ) -> Self {
        self.input = self.input.set_image_scanning_configuration(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutImageScanningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutImageScanningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        PutImageScanningConfigurationResponse,
        SdkError<PutImageScanningConfigurationError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::PUT_IMAGE_SCANNING_CONFIGURATION,
                &input,
                stream,
            )
            .await
    }
}
/// A `PutImageTagMutability` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutImageTagMutabilityFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutImageTagMutabilityRequestBuilder,
}
impl ::std::convert::From<PutImageTagMutabilityFluentBuilder>
    for PutImageTagMutabilityRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutImageTagMutabilityFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutImageTagMutabilityFluentBuilder {
    /// Sets [`PutImageTagMutabilityRequest::registry_id`](PutImageTagMutabilityRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`PutImageTagMutabilityRequest::registry_id`](PutImageTagMutabilityRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`PutImageTagMutabilityRequest::repository_name`](PutImageTagMutabilityRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`PutImageTagMutabilityRequest::repository_name`](PutImageTagMutabilityRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`PutImageTagMutabilityRequest::image_tag_mutability`](PutImageTagMutabilityRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.input = self.input.image_tag_mutability(value);
        self
    }
    /// Sets or clears [`PutImageTagMutabilityRequest::image_tag_mutability`](PutImageTagMutabilityRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.input = self.input.set_image_tag_mutability(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutImageTagMutabilityRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutImageTagMutabilityRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<PutImageTagMutabilityResponse, SdkError<PutImageTagMutabilityError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::PUT_IMAGE_TAG_MUTABILITY, &input, stream)
            .await
    }
}
/// A `PutLifecyclePolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutLifecyclePolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutLifecyclePolicyRequestBuilder,
}
impl ::std::convert::From<PutLifecyclePolicyFluentBuilder> for PutLifecyclePolicyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutLifecyclePolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutLifecyclePolicyFluentBuilder {
    /// Sets [`PutLifecyclePolicyRequest::registry_id`](PutLifecyclePolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`PutLifecyclePolicyRequest::registry_id`](PutLifecyclePolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`PutLifecyclePolicyRequest::repository_name`](PutLifecyclePolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`PutLifecyclePolicyRequest::repository_name`](PutLifecyclePolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`PutLifecyclePolicyRequest::lifecycle_policy_text`](PutLifecyclePolicyRequest::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.lifecycle_policy_text(value);
        self
    }
    /// Sets or clears [`PutLifecyclePolicyRequest::lifecycle_policy_text`](PutLifecyclePolicyRequest::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_lifecycle_policy_text(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutLifecyclePolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutLifecyclePolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<PutLifecyclePolicyResponse, SdkError<PutLifecyclePolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::PUT_LIFECYCLE_POLICY, &input, stream)
            .await
    }
}
/// A `PutRegistryPolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutRegistryPolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutRegistryPolicyRequestBuilder,
}
impl ::std::convert::From<PutRegistryPolicyFluentBuilder> for PutRegistryPolicyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutRegistryPolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutRegistryPolicyFluentBuilder {
    /// Sets [`PutRegistryPolicyRequest::policy_text`](PutRegistryPolicyRequest::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.policy_text(value);
        self
    }
    /// Sets or clears [`PutRegistryPolicyRequest::policy_text`](PutRegistryPolicyRequest::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_policy_text(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutRegistryPolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutRegistryPolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<PutRegistryPolicyResponse, SdkError<PutRegistryPolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::PUT_REGISTRY_POLICY, &input, stream)
            .await
    }
}
/// A `PutRegistryScanningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutRegistryScanningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutRegistryScanningConfigurationRequestBuilder,
}
impl ::std::convert::From<PutRegistryScanningConfigurationFluentBuilder>
    for PutRegistryScanningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutRegistryScanningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutRegistryScanningConfigurationFluentBuilder {
    /// Sets [`PutRegistryScanningConfigurationRequest::scan_type`](PutRegistryScanningConfigurationRequest::scan_type).
    pub fn scan_type(mut self, value: impl rt::Into<ScanType>) -> Self {
        self.input = self.input.scan_type(value);
        self
    }
    /// Sets or clears [`PutRegistryScanningConfigurationRequest::scan_type`](PutRegistryScanningConfigurationRequest::scan_type).
    pub fn set_scan_type(mut self, value: rt::Option<ScanType>) -> Self {
        self.input = self.input.set_scan_type(value);
        self
    }
    /// Appends one element to [`PutRegistryScanningConfigurationRequest::rules`](PutRegistryScanningConfigurationRequest::rules).
    pub fn rules(mut self, value: impl rt::Into<RegistryScanningRule>) -> Self {
        self.input = self.input.rules(value);
        self
    }
    /// Sets or clears [`PutRegistryScanningConfigurationRequest::rules`](PutRegistryScanningConfigurationRequest::rules).
    pub fn set_rules(mut self, value: rt::Option<rt::Vec<RegistryScanningRule>>) -> Self {
        self.input = self.input.set_rules(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutRegistryScanningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutRegistryScanningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        PutRegistryScanningConfigurationResponse,
        SdkError<PutRegistryScanningConfigurationError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::PUT_REGISTRY_SCANNING_CONFIGURATION,
                &input,
                stream,
            )
            .await
    }
}
/// A `PutReplicationConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutReplicationConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutReplicationConfigurationRequestBuilder,
}
impl ::std::convert::From<PutReplicationConfigurationFluentBuilder>
    for PutReplicationConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutReplicationConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutReplicationConfigurationFluentBuilder {
    /// Sets [`PutReplicationConfigurationRequest::replication_configuration`](PutReplicationConfigurationRequest::replication_configuration).
    pub fn replication_configuration(
        mut self,
        value: impl rt::Into<ReplicationConfiguration>,
    ) -> Self {
        self.input = self.input.replication_configuration(value);
        self
    }
    /// Sets or clears [`PutReplicationConfigurationRequest::replication_configuration`](PutReplicationConfigurationRequest::replication_configuration).
    pub fn set_replication_configuration(
        mut self,
        value: rt::Option<ReplicationConfiguration>,
    ) -> Self {
        self.input = self.input.set_replication_configuration(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutReplicationConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutReplicationConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<PutReplicationConfigurationResponse, SdkError<PutReplicationConfigurationError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::PUT_REPLICATION_CONFIGURATION,
                &input,
                stream,
            )
            .await
    }
}
/// A `PutSigningConfiguration` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutSigningConfigurationFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutSigningConfigurationRequestBuilder,
}
impl ::std::convert::From<PutSigningConfigurationFluentBuilder>
    for PutSigningConfigurationRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutSigningConfigurationFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutSigningConfigurationFluentBuilder {
    /// Sets [`PutSigningConfigurationRequest::signing_configuration`](PutSigningConfigurationRequest::signing_configuration).
    pub fn signing_configuration(mut self, value: impl rt::Into<SigningConfiguration>) -> Self {
        self.input = self.input.signing_configuration(value);
        self
    }
    /// Sets or clears [`PutSigningConfigurationRequest::signing_configuration`](PutSigningConfigurationRequest::signing_configuration).
    pub fn set_signing_configuration(mut self, value: rt::Option<SigningConfiguration>) -> Self {
        self.input = self.input.set_signing_configuration(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutSigningConfigurationRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutSigningConfigurationRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<PutSigningConfigurationResponse, SdkError<PutSigningConfigurationError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::PUT_SIGNING_CONFIGURATION, &input, stream)
            .await
    }
}
/// A `RegisterPullTimeUpdateExclusion` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct RegisterPullTimeUpdateExclusionFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: RegisterPullTimeUpdateExclusionRequestBuilder,
}
impl ::std::convert::From<RegisterPullTimeUpdateExclusionFluentBuilder>
    for RegisterPullTimeUpdateExclusionRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: RegisterPullTimeUpdateExclusionFluentBuilder) -> Self {
        fluent.input
    }
}
impl RegisterPullTimeUpdateExclusionFluentBuilder {
    /// Sets [`RegisterPullTimeUpdateExclusionRequest::principal_arn`](RegisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn principal_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.principal_arn(value);
        self
    }
    /// Sets or clears [`RegisterPullTimeUpdateExclusionRequest::principal_arn`](RegisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn set_principal_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_principal_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: RegisterPullTimeUpdateExclusionRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut RegisterPullTimeUpdateExclusionRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        RegisterPullTimeUpdateExclusionResponse,
        SdkError<RegisterPullTimeUpdateExclusionError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::REGISTER_PULL_TIME_UPDATE_EXCLUSION,
                &input,
                stream,
            )
            .await
    }
}
/// A `SetRepositoryPolicy` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct SetRepositoryPolicyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: SetRepositoryPolicyRequestBuilder,
}
impl ::std::convert::From<SetRepositoryPolicyFluentBuilder> for SetRepositoryPolicyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: SetRepositoryPolicyFluentBuilder) -> Self {
        fluent.input
    }
}
impl SetRepositoryPolicyFluentBuilder {
    /// Sets [`SetRepositoryPolicyRequest::registry_id`](SetRepositoryPolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::registry_id`](SetRepositoryPolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`SetRepositoryPolicyRequest::repository_name`](SetRepositoryPolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::repository_name`](SetRepositoryPolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`SetRepositoryPolicyRequest::policy_text`](SetRepositoryPolicyRequest::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.policy_text(value);
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::policy_text`](SetRepositoryPolicyRequest::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_policy_text(value);
        self
    }
    /// Sets [`SetRepositoryPolicyRequest::force`](SetRepositoryPolicyRequest::force).
    pub fn force(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.force(value);
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::force`](SetRepositoryPolicyRequest::force).
    pub fn set_force(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_force(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: SetRepositoryPolicyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut SetRepositoryPolicyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<SetRepositoryPolicyResponse, SdkError<SetRepositoryPolicyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::SET_REPOSITORY_POLICY, &input, stream)
            .await
    }
}
/// A `StartImageScan` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct StartImageScanFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: StartImageScanRequestBuilder,
}
impl ::std::convert::From<StartImageScanFluentBuilder> for StartImageScanRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: StartImageScanFluentBuilder) -> Self {
        fluent.input
    }
}
impl StartImageScanFluentBuilder {
    /// Sets [`StartImageScanRequest::registry_id`](StartImageScanRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`StartImageScanRequest::registry_id`](StartImageScanRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`StartImageScanRequest::repository_name`](StartImageScanRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`StartImageScanRequest::repository_name`](StartImageScanRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`StartImageScanRequest::image_id`](StartImageScanRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_id(value);
        self
    }
    /// Sets or clears [`StartImageScanRequest::image_id`](StartImageScanRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.input = self.input.set_image_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: StartImageScanRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut StartImageScanRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<StartImageScanResponse, SdkError<StartImageScanError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::START_IMAGE_SCAN, &input, stream)
            .await
    }
}
/// A `StartLifecyclePolicyPreview` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct StartLifecyclePolicyPreviewFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: StartLifecyclePolicyPreviewRequestBuilder,
}
impl ::std::convert::From<StartLifecyclePolicyPreviewFluentBuilder>
    for StartLifecyclePolicyPreviewRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: StartLifecyclePolicyPreviewFluentBuilder) -> Self {
        fluent.input
    }
}
impl StartLifecyclePolicyPreviewFluentBuilder {
    /// Sets [`StartLifecyclePolicyPreviewRequest::registry_id`](StartLifecyclePolicyPreviewRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewRequest::registry_id`](StartLifecyclePolicyPreviewRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewRequest::repository_name`](StartLifecyclePolicyPreviewRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewRequest::repository_name`](StartLifecyclePolicyPreviewRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewRequest::lifecycle_policy_text`](StartLifecyclePolicyPreviewRequest::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.lifecycle_policy_text(value);
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewRequest::lifecycle_policy_text`](StartLifecyclePolicyPreviewRequest::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_lifecycle_policy_text(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: StartLifecyclePolicyPreviewRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut StartLifecyclePolicyPreviewRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<StartLifecyclePolicyPreviewResponse, SdkError<StartLifecyclePolicyPreviewError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::START_LIFECYCLE_POLICY_PREVIEW,
                &input,
                stream,
            )
            .await
    }
}
/// A `TagResource` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct TagResourceFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: TagResourceRequestBuilder,
}
impl ::std::convert::From<TagResourceFluentBuilder> for TagResourceRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: TagResourceFluentBuilder) -> Self {
        fluent.input
    }
}
impl TagResourceFluentBuilder {
    /// Sets [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.resource_arn(value);
        self
    }
    /// Sets or clears [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_resource_arn(value);
        self
    }
    /// Appends one element to [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: TagResourceRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut TagResourceRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<TagResourceResponse, SdkError<TagResourceError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::TAG_RESOURCE, &input, stream)
            .await
    }
}
/// A `UntagResource` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UntagResourceFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UntagResourceRequestBuilder,
}
impl ::std::convert::From<UntagResourceFluentBuilder> for UntagResourceRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UntagResourceFluentBuilder) -> Self {
        fluent.input
    }
}
impl UntagResourceFluentBuilder {
    /// Sets [`UntagResourceRequest::resource_arn`](UntagResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.resource_arn(value);
        self
    }
    /// Sets or clears [`UntagResourceRequest::resource_arn`](UntagResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_resource_arn(value);
        self
    }
    /// Appends one element to [`UntagResourceRequest::tag_keys`](UntagResourceRequest::tag_keys).
    pub fn tag_keys(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tag_keys(value);
        self
    }
    /// Sets or clears [`UntagResourceRequest::tag_keys`](UntagResourceRequest::tag_keys).
    pub fn set_tag_keys(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_tag_keys(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UntagResourceRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UntagResourceRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<UntagResourceResponse, SdkError<UntagResourceError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::UNTAG_RESOURCE, &input, stream)
            .await
    }
}
/// A `UpdateImageStorageClass` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UpdateImageStorageClassFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UpdateImageStorageClassRequestBuilder,
}
impl ::std::convert::From<UpdateImageStorageClassFluentBuilder>
    for UpdateImageStorageClassRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UpdateImageStorageClassFluentBuilder) -> Self {
        fluent.input
    }
}
impl UpdateImageStorageClassFluentBuilder {
    /// Sets [`UpdateImageStorageClassRequest::registry_id`](UpdateImageStorageClassRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::registry_id`](UpdateImageStorageClassRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`UpdateImageStorageClassRequest::repository_name`](UpdateImageStorageClassRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::repository_name`](UpdateImageStorageClassRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`UpdateImageStorageClassRequest::image_id`](UpdateImageStorageClassRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.input = self.input.image_id(value);
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::image_id`](UpdateImageStorageClassRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.input = self.input.set_image_id(value);
        self
    }
    /// Sets [`UpdateImageStorageClassRequest::target_storage_class`](UpdateImageStorageClassRequest::target_storage_class).
    pub fn target_storage_class(mut self, value: impl rt::Into<TargetStorageClass>) -> Self {
        self.input = self.input.target_storage_class(value);
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::target_storage_class`](UpdateImageStorageClassRequest::target_storage_class).
    pub fn set_target_storage_class(mut self, value: rt::Option<TargetStorageClass>) -> Self {
        self.input = self.input.set_target_storage_class(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UpdateImageStorageClassRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UpdateImageStorageClassRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<UpdateImageStorageClassResponse, SdkError<UpdateImageStorageClassError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::UPDATE_IMAGE_STORAGE_CLASS, &input, stream)
            .await
    }
}
/// A `UpdatePullThroughCacheRule` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UpdatePullThroughCacheRuleFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UpdatePullThroughCacheRuleRequestBuilder,
}
impl ::std::convert::From<UpdatePullThroughCacheRuleFluentBuilder>
    for UpdatePullThroughCacheRuleRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UpdatePullThroughCacheRuleFluentBuilder) -> Self {
        fluent.input
    }
}
impl UpdatePullThroughCacheRuleFluentBuilder {
    /// Sets [`UpdatePullThroughCacheRuleRequest::registry_id`](UpdatePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::registry_id`](UpdatePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleRequest::ecr_repository_prefix`](UpdatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ecr_repository_prefix(value);
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::ecr_repository_prefix`](UpdatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ecr_repository_prefix(value);
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleRequest::credential_arn`](UpdatePullThroughCacheRuleRequest::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.credential_arn(value);
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::credential_arn`](UpdatePullThroughCacheRuleRequest::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_credential_arn(value);
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleRequest::custom_role_arn`](UpdatePullThroughCacheRuleRequest::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.custom_role_arn(value);
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::custom_role_arn`](UpdatePullThroughCacheRuleRequest::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_custom_role_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UpdatePullThroughCacheRuleRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UpdatePullThroughCacheRuleRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<UpdatePullThroughCacheRuleResponse, SdkError<UpdatePullThroughCacheRuleError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::UPDATE_PULL_THROUGH_CACHE_RULE,
                &input,
                stream,
            )
            .await
    }
}
/// A `UpdateRepositoryCreationTemplate` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UpdateRepositoryCreationTemplateFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UpdateRepositoryCreationTemplateRequestBuilder,
}
impl ::std::convert::From<UpdateRepositoryCreationTemplateFluentBuilder>
    for UpdateRepositoryCreationTemplateRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UpdateRepositoryCreationTemplateFluentBuilder) -> Self {
        fluent.input
    }
}
impl UpdateRepositoryCreationTemplateFluentBuilder {
    /// Sets [`UpdateRepositoryCreationTemplateRequest::prefix`](UpdateRepositoryCreationTemplateRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefix(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::prefix`](UpdateRepositoryCreationTemplateRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prefix(value);
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::description`](UpdateRepositoryCreationTemplateRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.description(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::description`](UpdateRepositoryCreationTemplateRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_description(value);
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::encryption_configuration`](UpdateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.input = self.input.encryption_configuration(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::encryption_configuration`](UpdateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.input = self.input.set_encryption_configuration(value);
        self
    }
    /// Appends one element to [`UpdateRepositoryCreationTemplateRequest::resource_tags`](UpdateRepositoryCreationTemplateRequest::resource_tags).
    pub fn resource_tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.resource_tags(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::resource_tags`](UpdateRepositoryCreationTemplateRequest::resource_tags).
    pub fn set_resource_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_resource_tags(value);
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::image_tag_mutability`](UpdateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.input = self.input.image_tag_mutability(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::image_tag_mutability`](UpdateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.input = self.input.set_image_tag_mutability(value);
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::repository_policy`](UpdateRepositoryCreationTemplateRequest::repository_policy).
    pub fn repository_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_policy(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::repository_policy`](UpdateRepositoryCreationTemplateRequest::repository_policy).
    pub fn set_repository_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_policy(value);
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::lifecycle_policy`](UpdateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn lifecycle_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.lifecycle_policy(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::lifecycle_policy`](UpdateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn set_lifecycle_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_lifecycle_policy(value);
        self
    }
    /// Appends one element to [`UpdateRepositoryCreationTemplateRequest::applied_for`](UpdateRepositoryCreationTemplateRequest::applied_for).
    pub fn applied_for(mut self, value: impl rt::Into<RctAppliedFor>) -> Self {
        self.input = self.input.applied_for(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::applied_for`](UpdateRepositoryCreationTemplateRequest::applied_for).
    pub fn set_applied_for(mut self, value: rt::Option<rt::Vec<RctAppliedFor>>) -> Self {
        self.input = self.input.set_applied_for(value);
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::custom_role_arn`](UpdateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.custom_role_arn(value);
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::custom_role_arn`](UpdateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_custom_role_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UpdateRepositoryCreationTemplateRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UpdateRepositoryCreationTemplateRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<
        UpdateRepositoryCreationTemplateResponse,
        SdkError<UpdateRepositoryCreationTemplateError>,
    > {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::UPDATE_REPOSITORY_CREATION_TEMPLATE,
                &input,
                stream,
            )
            .await
    }
}
/// A `UploadLayerPart` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UploadLayerPartFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UploadLayerPartRequestBuilder,
}
impl ::std::convert::From<UploadLayerPartFluentBuilder> for UploadLayerPartRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UploadLayerPartFluentBuilder) -> Self {
        fluent.input
    }
}
impl UploadLayerPartFluentBuilder {
    /// Sets [`UploadLayerPartRequest::registry_id`](UploadLayerPartRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::registry_id`](UploadLayerPartRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Sets [`UploadLayerPartRequest::repository_name`](UploadLayerPartRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::repository_name`](UploadLayerPartRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Sets [`UploadLayerPartRequest::upload_id`](UploadLayerPartRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::upload_id`](UploadLayerPartRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// Sets [`UploadLayerPartRequest::part_first_byte`](UploadLayerPartRequest::part_first_byte).
    pub fn part_first_byte(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.part_first_byte(value);
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::part_first_byte`](UploadLayerPartRequest::part_first_byte).
    pub fn set_part_first_byte(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_part_first_byte(value);
        self
    }
    /// Sets [`UploadLayerPartRequest::part_last_byte`](UploadLayerPartRequest::part_last_byte).
    pub fn part_last_byte(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.part_last_byte(value);
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::part_last_byte`](UploadLayerPartRequest::part_last_byte).
    pub fn set_part_last_byte(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_part_last_byte(value);
        self
    }
    /// Sets [`UploadLayerPartRequest::layer_part_blob`](UploadLayerPartRequest::layer_part_blob).
    pub fn layer_part_blob(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.input = self.input.layer_part_blob(value);
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::layer_part_blob`](UploadLayerPartRequest::layer_part_blob).
    pub fn set_layer_part_blob(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.input = self.input.set_layer_part_blob(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UploadLayerPartRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UploadLayerPartRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<UploadLayerPartResponse, SdkError<UploadLayerPartError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ecr_types::http::UPLOAD_LAYER_PART, &input, stream)
            .await
    }
}
/// A `ValidatePullThroughCacheRule` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ValidatePullThroughCacheRuleFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ValidatePullThroughCacheRuleRequestBuilder,
}
impl ::std::convert::From<ValidatePullThroughCacheRuleFluentBuilder>
    for ValidatePullThroughCacheRuleRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ValidatePullThroughCacheRuleFluentBuilder) -> Self {
        fluent.input
    }
}
impl ValidatePullThroughCacheRuleFluentBuilder {
    /// Sets [`ValidatePullThroughCacheRuleRequest::ecr_repository_prefix`](ValidatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ecr_repository_prefix(value);
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleRequest::ecr_repository_prefix`](ValidatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ecr_repository_prefix(value);
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleRequest::registry_id`](ValidatePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleRequest::registry_id`](ValidatePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ValidatePullThroughCacheRuleRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ValidatePullThroughCacheRuleRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<ValidatePullThroughCacheRuleResponse, SdkError<ValidatePullThroughCacheRuleError>>
    {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &ecr_types::http::VALIDATE_PULL_THROUGH_CACHE_RULE,
                &input,
                stream,
            )
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"Commercial region\",\"params\":{\"Region\":\"us-east-1\",\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.us-east-1.amazonaws.com\"}}},{\"documentation\":\"Commercial region, FIPS: the service's own FIPS host\",\"params\":{\"Region\":\"eu-west-1\",\"UseFIPS\":true,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://ecr-fips.eu-west-1.amazonaws.com\"}}},{\"documentation\":\"Commercial region, dual-stack\",\"params\":{\"Region\":\"ap-south-1\",\"UseFIPS\":false,\"UseDualStack\":true},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.ap-south-1.api.aws\"}}},{\"documentation\":\"Commercial region, FIPS and dual-stack\",\"params\":{\"Region\":\"us-west-2\",\"UseFIPS\":true,\"UseDualStack\":true},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr-fips.us-west-2.api.aws\"}}},{\"documentation\":\"Region not listed but shaped like a commercial one\",\"params\":{\"Region\":\"eu-north-9\",\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.eu-north-9.amazonaws.com\"}}},{\"documentation\":\"China\",\"params\":{\"Region\":\"cn-northwest-1\",\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.cn-northwest-1.amazonaws.com.cn\"}}},{\"documentation\":\"China, dual-stack\",\"params\":{\"Region\":\"cn-north-1\",\"UseFIPS\":false,\"UseDualStack\":true},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.cn-north-1.api.amazonwebservices.com.cn\"}}},{\"documentation\":\"GovCloud, FIPS: the service's own FIPS host\",\"params\":{\"Region\":\"us-gov-east-1\",\"UseFIPS\":true,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://ecr-fips.us-gov-east-1.amazonaws.com\"}}},{\"documentation\":\"GovCloud, no FIPS\",\"params\":{\"Region\":\"us-gov-west-1\",\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.us-gov-west-1.amazonaws.com\"}}},{\"documentation\":\"ISO partition\",\"params\":{\"Region\":\"us-iso-east-1\",\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.us-iso-east-1.c2s.ic.gov\"}}},{\"documentation\":\"ISO-B partition, FIPS\",\"params\":{\"Region\":\"us-isob-east-1\",\"UseFIPS\":true,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr-fips.us-isob-east-1.sc2s.sgov.gov\"}}},{\"documentation\":\"European sovereign cloud\",\"params\":{\"Region\":\"eusc-de-east-1\",\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"endpoint\":{\"url\":\"https://api.ecr.eusc-de-east-1.amazonaws.eu\"}}},{\"documentation\":\"Custom endpoint\",\"params\":{\"Region\":\"us-east-1\",\"UseFIPS\":false,\"UseDualStack\":false,\"Endpoint\":\"http://127.0.0.1:5000\"},\"expect\":{\"endpoint\":{\"url\":\"http://127.0.0.1:5000\"}}},{\"documentation\":\"Custom endpoint without a region\",\"params\":{\"UseFIPS\":false,\"UseDualStack\":false,\"Endpoint\":\"https://registry.example\"},\"expect\":{\"endpoint\":{\"url\":\"https://registry.example\"}}},{\"documentation\":\"Custom endpoint with FIPS\",\"params\":{\"Region\":\"us-east-1\",\"UseFIPS\":true,\"UseDualStack\":false,\"Endpoint\":\"https://registry.example\"},\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"}},{\"documentation\":\"Custom endpoint with dual-stack\",\"params\":{\"Region\":\"us-east-1\",\"UseFIPS\":false,\"UseDualStack\":true,\"Endpoint\":\"https://registry.example\"},\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"}},{\"documentation\":\"No region\",\"params\":{\"UseFIPS\":false,\"UseDualStack\":false},\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 17usize),
            Err(failures) => {
                panic!(
                    "{} endpoint test cases failed:\n{}",
                    failures.len(),
                    failures.join("\n")
                )
            }
        }
    }
    use ::codegen_rt as rt;
}
