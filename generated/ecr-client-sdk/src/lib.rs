// Generated from model/ecr.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon Elastic Container Registry.
pub use codegen_rt::client::{Config, Credentials, SdkError};
use codegen_rt::client::{Handle, ServiceInfo};
use codegen_rt::prelude::*;
pub use ecr_types;
use ecr_types::error::*;
use ecr_types::model::*;
use std::sync::Arc;
const SERVICE: ServiceInfo = ServiceInfo {
    target_prefix: "AmazonEC2ContainerRegistry_V20150921",
    signing_name: "ecr",
    endpoint_prefix: "api.ecr",
    content_type: "application/x-amz-json-1.1",
    user_agent: "ecr-client-sdk/0.1.0",
};
/// Amazon Elastic Container Registry (ECR) stores container images: repositories hold images, images are manifests that reference layers, and layers are content-addressed blobs.
///
/// This model covers the operations a registry needs to push and pull an image: repository management, the layer upload protocol, image manifests, layer download URLs and registry credentials.
#[derive(Debug, Clone)]
pub struct Client {
    handle: Arc<Handle>,
}
impl Client {
    /// A client configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            handle: Handle::new(config, SERVICE),
        }
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        self.handle.config()
    }
    /// Tells, for each of several layer digests, whether the repository already has that layer.
    pub fn batch_check_layer_availability(&self) -> BatchCheckLayerAvailabilityFluentBuilder {
        BatchCheckLayerAvailabilityFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: BatchCheckLayerAvailabilityRequest::builder(),
        }
    }
    /// Deletes several images, named by tag or digest. Deleting the last tag of an image deletes the image.
    pub fn batch_delete_image(&self) -> BatchDeleteImageFluentBuilder {
        BatchDeleteImageFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: BatchDeleteImageRequest::builder(),
        }
    }
    /// Returns the manifests of several images, named by tag or digest.
    pub fn batch_get_image(&self) -> BatchGetImageFluentBuilder {
        BatchGetImageFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: BatchGetImageRequest::builder(),
        }
    }
    /// Finishes a layer upload: the registry checks the received bytes against the expected digest and makes the layer available.
    pub fn complete_layer_upload(&self) -> CompleteLayerUploadFluentBuilder {
        CompleteLayerUploadFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: CompleteLayerUploadRequest::builder(),
        }
    }
    /// Creates an empty image repository in a registry.
    pub fn create_repository(&self) -> CreateRepositoryFluentBuilder {
        CreateRepositoryFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: CreateRepositoryRequest::builder(),
        }
    }
    /// Deletes a repository. A repository that still holds images is only deleted when `force` is set, and its images go with it.
    pub fn delete_repository(&self) -> DeleteRepositoryFluentBuilder {
        DeleteRepositoryFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: DeleteRepositoryRequest::builder(),
        }
    }
    /// Describes the repositories of a registry, or the named ones. Results come in pages.
    pub fn describe_repositories(&self) -> DescribeRepositoriesFluentBuilder {
        DescribeRepositoriesFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: DescribeRepositoriesRequest::builder(),
        }
    }
    /// Returns a token that authenticates Docker-compatible clients to the registry. The token is the base64 form of `user:password` and expires after some hours.
    pub fn get_authorization_token(&self) -> GetAuthorizationTokenFluentBuilder {
        GetAuthorizationTokenFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: GetAuthorizationTokenRequest::builder(),
        }
    }
    /// Returns a pre-signed URL from which the content of one layer can be downloaded. Only layers that at least one image in the repository references have a URL.
    ///
    /// Pulling clients call it once for each layer they do not have yet.
    pub fn get_download_url_for_layer(&self) -> GetDownloadUrlForLayerFluentBuilder {
        GetDownloadUrlForLayerFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: GetDownloadUrlForLayerRequest::builder(),
        }
    }
    /// Starts uploading a layer: returns the upload id that the following `UploadLayerPart` and `CompleteLayerUpload` calls name, and the part size to use.
    pub fn initiate_layer_upload(&self) -> InitiateLayerUploadFluentBuilder {
        InitiateLayerUploadFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: InitiateLayerUploadRequest::builder(),
        }
    }
    /// Lists the image identifiers (digest and tag) of a repository, page by page, optionally only tagged or only untagged images.
    pub fn list_images(&self) -> ListImagesFluentBuilder {
        ListImagesFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: ListImagesRequest::builder(),
        }
    }
    /// Creates or updates an image from its manifest, optionally tagging it. Every layer the manifest references must already be in the repository.
    pub fn put_image(&self) -> PutImageFluentBuilder {
        PutImageFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: PutImageRequest::builder(),
        }
    }
    /// Uploads the next consecutive byte range of a layer upload.
    pub fn upload_layer_part(&self) -> UploadLayerPartFluentBuilder {
        UploadLayerPartFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: UploadLayerPartRequest::builder(),
        }
    }
}
/// A `BatchCheckLayerAvailability` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchCheckLayerAvailabilityFluentBuilder {
    handle: Arc<Handle>,
    input: BatchCheckLayerAvailabilityRequestBuilder,
}
impl BatchCheckLayerAvailabilityFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Layer digests.
    pub fn layer_digests(mut self, value: impl Into<Vec<String>>) -> Self {
        self.input = self.input.layer_digests(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_layer_digests(mut self, value: Option<Vec<String>>) -> Self {
        self.input = self.input.set_layer_digests(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchCheckLayerAvailabilityRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> Result<BatchCheckLayerAvailabilityResponse, SdkError<BatchCheckLayerAvailabilityError>>
    {
        self.handle
            .call::<BatchCheckLayerAvailabilityRequest, _, _>(
                "BatchCheckLayerAvailability",
                self.input.to_json(),
            )
            .await
    }
}
/// A `BatchDeleteImage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchDeleteImageFluentBuilder {
    handle: Arc<Handle>,
    input: BatchDeleteImageRequestBuilder,
}
impl BatchDeleteImageFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Image identifiers.
    pub fn image_ids(mut self, value: impl Into<Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.image_ids(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_ids(mut self, value: Option<Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.set_image_ids(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchDeleteImageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<BatchDeleteImageResponse, SdkError<BatchDeleteImageError>> {
        self.handle
            .call::<BatchDeleteImageRequest, _, _>("BatchDeleteImage", self.input.to_json())
            .await
    }
}
/// A `BatchGetImage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct BatchGetImageFluentBuilder {
    handle: Arc<Handle>,
    input: BatchGetImageRequestBuilder,
}
impl BatchGetImageFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Image identifiers.
    pub fn image_ids(mut self, value: impl Into<Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.image_ids(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_ids(mut self, value: Option<Vec<ImageIdentifier>>) -> Self {
        self.input = self.input.set_image_ids(value);
        self
    }
    /// The manifest media types the caller accepts.
    pub fn accepted_media_types(mut self, value: impl Into<Vec<String>>) -> Self {
        self.input = self.input.accepted_media_types(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_accepted_media_types(mut self, value: Option<Vec<String>>) -> Self {
        self.input = self.input.set_accepted_media_types(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: BatchGetImageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<BatchGetImageResponse, SdkError<BatchGetImageError>> {
        self.handle
            .call::<BatchGetImageRequest, _, _>("BatchGetImage", self.input.to_json())
            .await
    }
}
/// A `CompleteLayerUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CompleteLayerUploadFluentBuilder {
    handle: Arc<Handle>,
    input: CompleteLayerUploadRequestBuilder,
}
impl CompleteLayerUploadFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub fn upload_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_upload_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// Layer digests.
    pub fn layer_digests(mut self, value: impl Into<Vec<String>>) -> Self {
        self.input = self.input.layer_digests(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_layer_digests(mut self, value: Option<Vec<String>>) -> Self {
        self.input = self.input.set_layer_digests(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CompleteLayerUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> Result<CompleteLayerUploadResponse, SdkError<CompleteLayerUploadError>> {
        self.handle
            .call::<CompleteLayerUploadRequest, _, _>("CompleteLayerUpload", self.input.to_json())
            .await
    }
}
/// A `CreateRepository` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateRepositoryFluentBuilder {
    handle: Arc<Handle>,
    input: CreateRepositoryRequestBuilder,
}
impl CreateRepositoryFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Labels for the resource.
    pub fn tags(mut self, value: impl Into<Vec<Tag>>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_tags(mut self, value: Option<Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Whether tags may be moved to other images. Tags are mutable when omitted.
    pub fn image_tag_mutability(mut self, value: impl Into<ImageTagMutability>) -> Self {
        self.input = self.input.image_tag_mutability(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_tag_mutability(mut self, value: Option<ImageTagMutability>) -> Self {
        self.input = self.input.set_image_tag_mutability(value);
        self
    }
    /// Whether images are scanned when pushed.
    pub fn image_scanning_configuration(
        mut self,
        value: impl Into<ImageScanningConfiguration>,
    ) -> Self {
        self.input = self.input.image_scanning_configuration(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_scanning_configuration(
        mut self,
        value: Option<ImageScanningConfiguration>,
    ) -> Self {
        self.input = self.input.set_image_scanning_configuration(value);
        self
    }
    /// How images are encrypted at rest; AES-256 when omitted.
    pub fn encryption_configuration(mut self, value: impl Into<EncryptionConfiguration>) -> Self {
        self.input = self.input.encryption_configuration(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_encryption_configuration(mut self, value: Option<EncryptionConfiguration>) -> Self {
        self.input = self.input.set_encryption_configuration(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateRepositoryRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<CreateRepositoryResponse, SdkError<CreateRepositoryError>> {
        self.handle
            .call::<CreateRepositoryRequest, _, _>("CreateRepository", self.input.to_json())
            .await
    }
}
/// A `DeleteRepository` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteRepositoryFluentBuilder {
    handle: Arc<Handle>,
    input: DeleteRepositoryRequestBuilder,
}
impl DeleteRepositoryFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Delete the repository even if it still holds images, deleting them too.
    pub fn force(mut self, value: impl Into<bool>) -> Self {
        self.input = self.input.force(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_force(mut self, value: Option<bool>) -> Self {
        self.input = self.input.set_force(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteRepositoryRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<DeleteRepositoryResponse, SdkError<DeleteRepositoryError>> {
        self.handle
            .call::<DeleteRepositoryRequest, _, _>("DeleteRepository", self.input.to_json())
            .await
    }
}
/// A `DescribeRepositories` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeRepositoriesFluentBuilder {
    handle: Arc<Handle>,
    input: DescribeRepositoriesRequestBuilder,
}
impl DescribeRepositoriesFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The repositories to describe; all of them when omitted.
    pub fn repository_names(mut self, value: impl Into<Vec<String>>) -> Self {
        self.input = self.input.repository_names(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_names(mut self, value: Option<Vec<String>>) -> Self {
        self.input = self.input.set_repository_names(value);
        self
    }
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// The most results to return in one page.
    pub fn max_results(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_max_results(mut self, value: Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeRepositoriesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> Result<DescribeRepositoriesResponse, SdkError<DescribeRepositoriesError>> {
        self.handle
            .call::<DescribeRepositoriesRequest, _, _>("DescribeRepositories", self.input.to_json())
            .await
    }
}
/// A `GetAuthorizationToken` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetAuthorizationTokenFluentBuilder {
    handle: Arc<Handle>,
    input: GetAuthorizationTokenRequestBuilder,
}
impl GetAuthorizationTokenFluentBuilder {
    /// The registries to get tokens for; the caller's own when omitted.
    pub fn registry_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.input = self.input.registry_ids(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.input = self.input.set_registry_ids(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetAuthorizationTokenRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> Result<GetAuthorizationTokenResponse, SdkError<GetAuthorizationTokenError>> {
        self.handle
            .call::<GetAuthorizationTokenRequest, _, _>(
                "GetAuthorizationToken",
                self.input.to_json(),
            )
            .await
    }
}
/// A `GetDownloadUrlForLayer` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetDownloadUrlForLayerFluentBuilder {
    handle: Arc<Handle>,
    input: GetDownloadUrlForLayerRequestBuilder,
}
impl GetDownloadUrlForLayerFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// The digest of the layer's content, such as `sha256:` followed by 64 hex digits.
    pub fn layer_digest(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.layer_digest(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_layer_digest(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_layer_digest(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetDownloadUrlForLayerRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> Result<GetDownloadUrlForLayerResponse, SdkError<GetDownloadUrlForLayerError>> {
        self.handle
            .call::<GetDownloadUrlForLayerRequest, _, _>(
                "GetDownloadUrlForLayer",
                self.input.to_json(),
            )
            .await
    }
}
/// A `InitiateLayerUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct InitiateLayerUploadFluentBuilder {
    handle: Arc<Handle>,
    input: InitiateLayerUploadRequestBuilder,
}
impl InitiateLayerUploadFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: InitiateLayerUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> Result<InitiateLayerUploadResponse, SdkError<InitiateLayerUploadError>> {
        self.handle
            .call::<InitiateLayerUploadRequest, _, _>("InitiateLayerUpload", self.input.to_json())
            .await
    }
}
/// A `ListImages` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListImagesFluentBuilder {
    handle: Arc<Handle>,
    input: ListImagesRequestBuilder,
}
impl ListImagesFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// The most results to return in one page.
    pub fn max_results(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_max_results(mut self, value: Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Which images to list.
    pub fn filter(mut self, value: impl Into<ListImagesFilter>) -> Self {
        self.input = self.input.filter(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_filter(mut self, value: Option<ListImagesFilter>) -> Self {
        self.input = self.input.set_filter(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListImagesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<ListImagesResponse, SdkError<ListImagesError>> {
        self.handle
            .call::<ListImagesRequest, _, _>("ListImages", self.input.to_json())
            .await
    }
}
/// A `PutImage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutImageFluentBuilder {
    handle: Arc<Handle>,
    input: PutImageRequestBuilder,
}
impl PutImageFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// The image manifest, as JSON text.
    pub fn image_manifest(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.image_manifest(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_manifest(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_image_manifest(value);
        self
    }
    /// The media type of the manifest; read from the manifest's `mediaType` when omitted.
    pub fn image_manifest_media_type(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.image_manifest_media_type(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_manifest_media_type(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_image_manifest_media_type(value);
        self
    }
    /// A tag naming the image.
    pub fn image_tag(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.image_tag(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_tag(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_image_tag(value);
        self
    }
    /// The digest of the image manifest.
    pub fn image_digest(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.image_digest(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_image_digest(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_image_digest(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutImageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<PutImageResponse, SdkError<PutImageError>> {
        self.handle
            .call::<PutImageRequest, _, _>("PutImage", self.input.to_json())
            .await
    }
}
/// A `UploadLayerPart` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UploadLayerPartFluentBuilder {
    handle: Arc<Handle>,
    input: UploadLayerPartRequestBuilder,
}
impl UploadLayerPartFluentBuilder {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub fn registry_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.registry_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_registry_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_registry_id(value);
        self
    }
    /// The name of the repository, for example `team/service`.
    pub fn repository_name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.repository_name(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_repository_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_repository_name(value);
        self
    }
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub fn upload_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_upload_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// The offset of the first byte of this part within the layer.
    pub fn part_first_byte(mut self, value: impl Into<i64>) -> Self {
        self.input = self.input.part_first_byte(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_part_first_byte(mut self, value: Option<i64>) -> Self {
        self.input = self.input.set_part_first_byte(value);
        self
    }
    /// The offset of the last byte of this part within the layer.
    pub fn part_last_byte(mut self, value: impl Into<i64>) -> Self {
        self.input = self.input.part_last_byte(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_part_last_byte(mut self, value: Option<i64>) -> Self {
        self.input = self.input.set_part_last_byte(value);
        self
    }
    /// The bytes of this part.
    pub fn layer_part_blob(mut self, value: impl Into<Blob>) -> Self {
        self.input = self.input.layer_part_blob(value);
        self
    }
    /// Sets or clears this member.
    pub fn set_layer_part_blob(mut self, value: Option<Blob>) -> Self {
        self.input = self.input.set_layer_part_blob(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UploadLayerPartRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<UploadLayerPartResponse, SdkError<UploadLayerPartError>> {
        self.handle
            .call::<UploadLayerPartRequest, _, _>("UploadLayerPart", self.input.to_json())
            .await
    }
}
