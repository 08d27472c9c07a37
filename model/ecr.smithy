$version: "2.0"

namespace com.amazonaws.ecr

string Arn

/// <p>A registry credential and where to use it.</p>
structure AuthorizationData {
    /// <p>The base64 form of <code>user:password</code> for <code>docker login</code>.</p>
    authorizationToken: Base64

    /// <p>When the token stops working.</p>
    expiresAt: ExpirationTimestamp

    /// <p>The registry address to use the token with.</p>
    proxyEndpoint: ProxyEndpoint
}

list AuthorizationDataList {
    member: AuthorizationData
}

@pattern("^\\S+$")
string Base64

/// <p>Tells, for each of several layer digests, whether the repository already has that layer.</p>
@readonly
operation BatchCheckLayerAvailability {
    input: BatchCheckLayerAvailabilityRequest
    output: BatchCheckLayerAvailabilityResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure BatchCheckLayerAvailabilityRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Layer digests.</p>
    @required
    layerDigests: BatchedOperationLayerDigestList
}

@output
structure BatchCheckLayerAvailabilityResponse {
    /// <p>The layers found.</p>
    layers: LayerList

    /// <p>The entries of the request that could not be processed, and why.</p>
    failures: LayerFailureList
}

/// <p>Deletes several images, named by tag or digest. Deleting the last tag of an image deletes the image.</p>
operation BatchDeleteImage {
    input: BatchDeleteImageRequest
    output: BatchDeleteImageResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure BatchDeleteImageRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Image identifiers.</p>
    @required
    imageIds: ImageIdentifierList
}

@output
structure BatchDeleteImageResponse {
    /// <p>Image identifiers.</p>
    imageIds: ImageIdentifierList

    /// <p>The entries of the request that could not be processed, and why.</p>
    failures: ImageFailureList
}

/// <p>Returns the manifests of several images, named by tag or digest.</p>
@readonly
operation BatchGetImage {
    input: BatchGetImageRequest
    output: BatchGetImageResponse
    errors: [
        InvalidParameterException
        LimitExceededException
        RepositoryNotFoundException
        ServerException
        UnableToGetUpstreamImageException
    ]
}

@input
structure BatchGetImageRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Image identifiers.</p>
    @required
    imageIds: ImageIdentifierList

    /// <p>The manifest media types the caller accepts.</p>
    acceptedMediaTypes: MediaTypeList
}

@output
structure BatchGetImageResponse {
    /// <p>The images found.</p>
    images: ImageList

    /// <p>The entries of the request that could not be processed, and why.</p>
    failures: ImageFailureList
}

@length(min: 0, max: 1000)
string BatchedOperationLayerDigest

@length(min: 1, max: 100)
list BatchedOperationLayerDigestList {
    member: BatchedOperationLayerDigest
}

/// <p>Finishes a layer upload: the registry checks the received bytes against the expected digest and makes the layer available.</p>
operation CompleteLayerUpload {
    input: CompleteLayerUploadRequest
    output: CompleteLayerUploadResponse
    errors: [
        EmptyUploadException
        InvalidLayerException
        InvalidParameterException
        KmsException
        LayerAlreadyExistsException
        LayerPartTooSmallException
        RepositoryNotFoundException
        ServerException
        UploadNotFoundException
    ]
}

@input
structure CompleteLayerUploadRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>
    @required
    uploadId: UploadId

    /// <p>Layer digests.</p>
    @required
    layerDigests: LayerDigestList
}

@output
structure CompleteLayerUploadResponse {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>
    uploadId: UploadId

    /// <p>The digest of the layer's content, such as <code>sha256:</code> followed by 64 hex digits.</p>
    layerDigest: LayerDigest
}

/// <p>Creates an empty image repository in a registry.</p>
operation CreateRepository {
    input: CreateRepositoryRequest
    output: CreateRepositoryResponse
    errors: [
        InvalidParameterException
        InvalidTagParameterException
        KmsException
        LimitExceededException
        RepositoryAlreadyExistsException
        ServerException
        TooManyTagsException
    ]
}

@input
structure CreateRepositoryRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Labels for the resource.</p>
    tags: TagList

    /// <p>Whether tags may be moved to other images. Tags are mutable when omitted.</p>
    imageTagMutability: ImageTagMutability

    /// <p>Whether images are scanned when pushed.</p>
    imageScanningConfiguration: ImageScanningConfiguration

    /// <p>How images are encrypted at rest; AES-256 when omitted.</p>
    encryptionConfiguration: EncryptionConfiguration
}

@output
structure CreateRepositoryResponse {
    /// <p>The repository.</p>
    repository: Repository
}

timestamp CreationTimestamp

/// <p>Deletes a repository. A repository that still holds images is only deleted when <code>force</code> is set, and its images go with it.</p>
operation DeleteRepository {
    input: DeleteRepositoryRequest
    output: DeleteRepositoryResponse
    errors: [
        InvalidParameterException
        KmsException
        RepositoryNotEmptyException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure DeleteRepositoryRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Delete the repository even if it still holds images, deleting them too.</p>
    force: ForceFlag = false
}

@output
structure DeleteRepositoryResponse {
    /// <p>The repository.</p>
    repository: Repository
}

/// <p>Describes the images of a repository, or the named ones: digest, tags, size, push time, media types and when the image was last pulled. Results come in pages, optionally only tagged or only untagged images.</p>
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "imageDetails", pageSize: "maxResults")
@readonly
operation DescribeImages {
    input: DescribeImagesRequest
    output: DescribeImagesResponse
    errors: [
        ImageNotFoundException
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

/// <p>Narrows the images that <code>DescribeImages</code> describes.</p>
structure DescribeImagesFilter {
    /// <p>Describe only tagged images, only untagged images, or any.</p>
    tagStatus: TagStatus

    /// <p>Describe only images in this status, or <code>ANY</code>. When left out: active images, unless images are named by <code>imageIds</code>, which are described whatever their status.</p>
    imageStatus: ImageStatusFilter
}

/// <p>An image status to describe, or any.</p>
enum ImageStatusFilter {
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    ACTIVATING = "ACTIVATING"
    ANY = "ANY"
}

@input
structure DescribeImagesRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The images to describe, by digest or tag; all of them when omitted. One that is not there fails the call.</p>
    imageIds: ImageIdentifierList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: MaxResults

    /// <p>Which images to describe.</p>
    filter: DescribeImagesFilter
}

@output
structure DescribeImagesResponse {
    /// <p>The images, oldest push first.</p>
    imageDetails: ImageDetailList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken
}

/// <p>What the registry knows of an image.</p>
structure ImageDetail {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository the image is in.</p>
    repositoryName: RepositoryName

    /// <p>The digest of the image's manifest.</p>
    imageDigest: ImageDigest

    /// <p>The tags that name the image.</p>
    imageTags: ImageTagList

    /// <p>The size of the image's layers, as stored (compressed), in bytes.</p>
    imageSizeInBytes: ImageSizeInBytes

    /// <p>When the image was pushed.</p>
    imagePushedAt: PushTimestamp

    /// <p>The media type of the image's manifest.</p>
    imageManifestMediaType: MediaType

    /// <p>The media type of the image's configuration (or the artifact's type).</p>
    artifactMediaType: MediaType

    /// <p>When the image was last pulled (its manifest fetched), if it was.</p>
    lastRecordedPullTime: RecordedPullTimestamp

    /// <p>The digest of the image this one refers to (its OCI 1.1 <code>subject</code>), for an artifact such as a signature.</p>
    subjectManifestDigest: ImageDigest

    /// <p>Whether the image is active (pullable), archived, or being restored.</p>
    imageStatus: ImageStatus

    /// <p>When the image was last archived.</p>
    lastArchivedAt: LastArchivedAtTimestamp

    /// <p>When the image was last restored from archival storage.</p>
    lastActivatedAt: LastActivatedAtTimestamp

    /// <p>Where the image's last scan stands.</p>
    imageScanStatus: ImageScanStatus

    /// <p>What the image's last scan found, counted by severity.</p>
    imageScanFindingsSummary: ImageScanFindingsSummary
}

list ImageDetailList {
    member: ImageDetail
}

/// <p>No image of the repository has the digest or tag given.</p>
@error("client")
structure ImageNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

@range(min: 0)
long ImageSizeInBytes

list ImageTagList {
    member: ImageTag
}

timestamp PushTimestamp

timestamp RecordedPullTimestamp

/// <p>Describes the repositories of a registry, or the named ones. Results come in pages.</p>
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "repositories", pageSize: "maxResults")
@readonly
operation DescribeRepositories {
    input: DescribeRepositoriesRequest
    output: DescribeRepositoriesResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure DescribeRepositoriesRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The repositories to describe; all of them when omitted.</p>
    repositoryNames: RepositoryNameList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: MaxResults
}

@output
structure DescribeRepositoriesResponse {
    /// <p>The repositories of this page.</p>
    repositories: RepositoryList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken
}

/// <p>The upload has no data: no part was uploaded before completing it.</p>
@error("client")
structure EmptyUploadException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>How the images of a repository are encrypted at rest.</p>
structure EncryptionConfiguration {
    /// <p>The encryption to use.</p>
    @required
    encryptionType: EncryptionType

    /// <p>The key to encrypt with, when the encryption type uses a key management service.</p>
    kmsKey: KmsKey
}

/// <p>The kind of encryption at rest.</p>
enum EncryptionType {
    AES256 = "AES256"

    KMS = "KMS"

    KMS_DSSE = "KMS_DSSE"
}

string ExceptionMessage

timestamp ExpirationTimestamp

@default(false)
boolean ForceFlag

/// <p>Returns a token that authenticates Docker-compatible clients to the registry. The token is the base64 form of <code>user:password</code> and expires after some hours.</p>
@readonly
operation GetAuthorizationToken {
    input: GetAuthorizationTokenRequest
    output: GetAuthorizationTokenResponse
    errors: [
        InvalidParameterException
        ServerException
    ]
}

@length(min: 1, max: 10)
list GetAuthorizationTokenRegistryIdList {
    member: RegistryId
}

@input
structure GetAuthorizationTokenRequest {
    /// <p>The registries to get tokens for; the caller's own when omitted.</p>
    registryIds: GetAuthorizationTokenRegistryIdList
}

@output
structure GetAuthorizationTokenResponse {
    /// <p>One credential per requested registry.</p>
    authorizationData: AuthorizationDataList
}

/// <p>Returns a pre-signed URL from which the content of one layer can be downloaded. Only layers that at least one image in the repository references have a URL.</p><p>Pulling clients call it once for each layer they do not have yet.</p>
@readonly
operation GetDownloadUrlForLayer {
    input: GetDownloadUrlForLayerRequest
    output: GetDownloadUrlForLayerResponse
    errors: [
        InvalidParameterException
        LayerInaccessibleException
        LayersNotFoundException
        RepositoryNotFoundException
        ServerException
        UnableToGetUpstreamLayerException
    ]
}

@input
structure GetDownloadUrlForLayerRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The digest of the layer's content, such as <code>sha256:</code> followed by 64 hex digits.</p>
    @required
    layerDigest: LayerDigest
}

@output
structure GetDownloadUrlForLayerResponse {
    /// <p>A pre-signed URL that serves the layer's content with a plain HTTP GET until it expires.</p>
    downloadUrl: Url

    /// <p>The digest of the layer's content, such as <code>sha256:</code> followed by 64 hex digits.</p>
    layerDigest: LayerDigest
}

/// <p>An image: its identity and manifest.</p>
structure Image {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    imageId: ImageIdentifier

    /// <p>The image manifest, as JSON text.</p>
    imageManifest: ImageManifest

    /// <p>The media type of the manifest; read from the manifest's <code>mediaType</code> when omitted.</p>
    imageManifestMediaType: MediaType
}

/// <p>An image with this manifest and tag already exists.</p>
@error("client")
structure ImageAlreadyExistsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

string ImageDigest

/// <p>The given image digest is not the digest of the manifest.</p>
@error("client")
structure ImageDigestDoesNotMatchException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Why one image of a batch request could not be processed.</p>
structure ImageFailure {
    /// <p>Which image.</p>
    imageId: ImageIdentifier

    /// <p>A code for the failure.</p>
    failureCode: ImageFailureCode

    /// <p>The failure in words.</p>
    failureReason: ImageFailureReason
}

/// <p>The reason an image of a batch request failed.</p>
enum ImageFailureCode {
    InvalidImageDigest = "InvalidImageDigest"

    InvalidImageTag = "InvalidImageTag"

    ImageTagDoesNotMatchDigest = "ImageTagDoesNotMatchDigest"

    ImageNotFound = "ImageNotFound"

    MissingDigestAndTag = "MissingDigestAndTag"

    ImageReferencedByManifestList = "ImageReferencedByManifestList"

    KmsError = "KmsError"

    UpstreamAccessDenied = "UpstreamAccessDenied"

    UpstreamTooManyRequests = "UpstreamTooManyRequests"

    UpstreamUnavailable = "UpstreamUnavailable"

    ImageInaccessible = "ImageInaccessible"
}

list ImageFailureList {
    member: ImageFailure
}

string ImageFailureReason

/// <p>Names an image by digest, by tag, or both.</p>
structure ImageIdentifier {
    /// <p>The digest of the image manifest.</p>
    imageDigest: ImageDigest

    /// <p>A tag naming the image.</p>
    imageTag: ImageTag
}

@length(min: 1, max: 100)
list ImageIdentifierList {
    member: ImageIdentifier
}

list ImageList {
    member: Image
}

@length(min: 1, max: 4194304)
string ImageManifest

/// <p>Whether images are scanned for vulnerabilities when pushed.</p>
structure ImageScanningConfiguration {
    /// <p>Scan each image after it is pushed.</p>
    scanOnPush: ScanOnPushFlag = false
}

@length(min: 1, max: 300)
string ImageTag

/// <p>The tag already names another image and the repository's tags are immutable.</p>
@error("client")
structure ImageTagAlreadyExistsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Whether a tag, once set, may be moved to another image.</p>
enum ImageTagMutability {
    MUTABLE = "MUTABLE"

    IMMUTABLE = "IMMUTABLE"
}

/// <p>Starts uploading a layer: returns the upload id that the following <code>UploadLayerPart</code> and <code>CompleteLayerUpload</code> calls name, and the part size to use.</p>
operation InitiateLayerUpload {
    input: InitiateLayerUploadRequest
    output: InitiateLayerUploadResponse
    errors: [
        InvalidParameterException
        KmsException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure InitiateLayerUploadRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName
}

@output
structure InitiateLayerUploadResponse {
    /// <p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>
    uploadId: UploadId

    /// <p>The size in bytes of the parts to upload, except the last one.</p>
    partSize: PartSize
}

/// <p>The uploaded layer does not match its digest, or has no content.</p>
@error("client")
structure InvalidLayerException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A layer part is not the next consecutive byte range of the upload.</p>
@error("client")
structure InvalidLayerPartException {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>
    uploadId: UploadId

    /// <p>The offset of the last byte the registry accepted before the invalid part.</p>
    lastValidByteReceived: PartSize

    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A parameter of the request is not valid.</p>
@error("client")
structure InvalidParameterException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A tag key or value is not valid.</p>
@error("client")
structure InvalidTagParameterException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

string KmsError

/// <p>The key management service refused an operation the request needed.</p>
@error("client")
structure KmsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage

    /// <p>The error the key management service reported.</p>
    kmsError: KmsError
}

@length(min: 1, max: 2048)
string KmsKey

/// <p>What the registry knows of one layer.</p>
structure Layer {
    /// <p>The digest of the layer's content, such as <code>sha256:</code> followed by 64 hex digits.</p>
    layerDigest: LayerDigest

    /// <p>Whether the layer is in the repository.</p>
    layerAvailability: LayerAvailability

    /// <p>The size of the layer in bytes.</p>
    layerSize: LayerSizeInBytes

    /// <p>The media type of the layer.</p>
    mediaType: MediaType
}

/// <p>The repository already has a layer with this digest.</p>
@error("client")
structure LayerAlreadyExistsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Whether a layer is in the repository.</p>
enum LayerAvailability {
    AVAILABLE = "AVAILABLE"

    UNAVAILABLE = "UNAVAILABLE"
}

@pattern("^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$")
string LayerDigest

@length(min: 1, max: 100)
list LayerDigestList {
    member: LayerDigest
}

/// <p>Why one layer digest of a batch request could not be checked.</p>
structure LayerFailure {
    /// <p>The digest of the layer's content, such as <code>sha256:</code> followed by 64 hex digits.</p>
    layerDigest: BatchedOperationLayerDigest

    /// <p>A code for the failure.</p>
    failureCode: LayerFailureCode

    /// <p>The failure in words.</p>
    failureReason: LayerFailureReason
}

/// <p>The reason a layer of a batch request failed.</p>
enum LayerFailureCode {
    InvalidLayerDigest = "InvalidLayerDigest"

    MissingLayerDigest = "MissingLayerDigest"
}

list LayerFailureList {
    member: LayerFailure
}

string LayerFailureReason

/// <p>The layer exists but no image references it, so it cannot be downloaded; unreferenced layers may be removed at any time.</p>
@error("client")
structure LayerInaccessibleException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

list LayerList {
    member: Layer
}

@length(min: 0, max: 20971520)
blob LayerPartBlob

/// <p>A layer part is smaller than the minimum part size.</p>
@error("client")
structure LayerPartTooSmallException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

long LayerSizeInBytes

/// <p>The layer is not in this repository, or the digest is not valid for it.</p>
@error("client")
structure LayersNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A service limit was reached.</p>
@error("client")
structure LimitExceededException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Lists the image identifiers (digest and tag) of a repository, page by page, optionally only tagged or only untagged images.</p>
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "imageIds", pageSize: "maxResults")
@readonly
operation ListImages {
    input: ListImagesRequest
    output: ListImagesResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

/// <p>Narrows the images that <code>ListImages</code> returns.</p>
structure ListImagesFilter {
    /// <p>List only tagged images, only untagged images, or any.</p>
    tagStatus: TagStatus
}

@input
structure ListImagesRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: MaxResults

    /// <p>Which images to list.</p>
    filter: ListImagesFilter
}

@output
structure ListImagesResponse {
    /// <p>Image identifiers.</p>
    imageIds: ImageIdentifierList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken
}

@range(min: 1, max: 1000)
integer MaxResults

string MediaType

@length(min: 1, max: 100)
list MediaTypeList {
    member: MediaType
}

string NextToken

@range(min: 0)
long PartSize

string ProxyEndpoint

/// <p>Makes a repository's tags immutable (a tag, once it names an image, names it for good: pushing it again for another image is refused) or mutable again.</p>
@idempotent
operation PutImageTagMutability {
    input: PutImageTagMutabilityRequest
    output: PutImageTagMutabilityResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure PutImageTagMutabilityRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Whether tags may move from one image to another.</p>
    @required
    imageTagMutability: ImageTagMutability
}

@output
structure PutImageTagMutabilityResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>The setting now in force.</p>
    imageTagMutability: ImageTagMutability
}

/// <p>Creates or updates an image from its manifest, optionally tagging it. Every layer the manifest references must already be in the repository.</p>
operation PutImage {
    input: PutImageRequest
    output: PutImageResponse
    errors: [
        ImageAlreadyExistsException
        ImageDigestDoesNotMatchException
        ImageTagAlreadyExistsException
        InvalidParameterException
        KmsException
        LayersNotFoundException
        LimitExceededException
        ReferencedImagesNotFoundException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure PutImageRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The image manifest, as JSON text.</p>
    @required
    imageManifest: ImageManifest

    /// <p>The media type of the manifest; read from the manifest's <code>mediaType</code> when omitted.</p>
    imageManifestMediaType: MediaType

    /// <p>A tag naming the image.</p>
    imageTag: ImageTag

    /// <p>The digest of the image manifest.</p>
    imageDigest: ImageDigest
}

@output
structure PutImageResponse {
    /// <p>The image.</p>
    image: Image
}

/// <p>The manifest references images or layers that do not exist.</p>
@error("client")
structure ReferencedImagesNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

@pattern("^[0-9]{12}$")
string RegistryId

/// <p>An image repository.</p>
structure Repository {
    /// <p>The Amazon Resource Name of the repository.</p>
    repositoryArn: Arn

    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The address to push to and pull from, <code>registry-host/repository-name</code>.</p>
    repositoryUri: Url

    /// <p>When the repository was created.</p>
    createdAt: CreationTimestamp

    /// <p>Whether tags may be moved to other images. Tags are mutable when omitted.</p>
    imageTagMutability: ImageTagMutability

    /// <p>Whether images are scanned when pushed.</p>
    imageScanningConfiguration: ImageScanningConfiguration

    /// <p>How images are encrypted at rest; AES-256 when omitted.</p>
    encryptionConfiguration: EncryptionConfiguration
}

/// <p>A repository with this name already exists in the registry.</p>
@error("client")
structure RepositoryAlreadyExistsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

list RepositoryList {
    member: Repository
}

@length(min: 2, max: 256)
@pattern("^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$")
string RepositoryName

@length(min: 1, max: 100)
list RepositoryNameList {
    member: RepositoryName
}

/// <p>The repository still holds images; delete them first or use <code>force</code>.</p>
@error("client")
structure RepositoryNotEmptyException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>There is no repository with this name in the registry.</p>
@error("client")
structure RepositoryNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

@default(false)
boolean ScanOnPushFlag

/// <p>The service failed to handle the request; retrying may help.</p>
@error("server")
structure ServerException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A key-value label attached to a resource.</p>
structure Tag {
    /// <p>The tag's key.</p>
    @required
    Key: TagKey

    /// <p>The tag's value.</p>
    @required
    Value: TagValue
}

string TagKey

list TagList {
    member: Tag
}

/// <p>Sets a repository's lifecycle policy: rules that expire images (the oldest beyond a count, or those pushed more than some days ago, selected by tag status, tag prefixes or tag patterns). The registry applies it on a schedule.</p>
operation PutLifecyclePolicy {
    input: PutLifecyclePolicyRequest
    output: PutLifecyclePolicyResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure PutLifecyclePolicyRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The policy, as JSON: <code>{"rules": [...]}</code>.</p>
    @required
    lifecyclePolicyText: LifecyclePolicyText
}

@output
structure PutLifecyclePolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>The policy now in force.</p>
    lifecyclePolicyText: LifecyclePolicyText
}

/// <p>Returns a repository's lifecycle policy and when it was last applied.</p>
@readonly
operation GetLifecyclePolicy {
    input: GetLifecyclePolicyRequest
    output: GetLifecyclePolicyResponse
    errors: [
        InvalidParameterException
        LifecyclePolicyNotFoundException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure GetLifecyclePolicyRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName
}

@output
structure GetLifecyclePolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>The policy.</p>
    lifecyclePolicyText: LifecyclePolicyText

    /// <p>When the registry last applied the policy, if it has.</p>
    lastEvaluatedAt: EvaluationTimestamp
}

/// <p>Removes a repository's lifecycle policy: no image expires any more.</p>
operation DeleteLifecyclePolicy {
    input: DeleteLifecyclePolicyRequest
    output: DeleteLifecyclePolicyResponse
    errors: [
        InvalidParameterException
        LifecyclePolicyNotFoundException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DeleteLifecyclePolicyRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName
}

@output
structure DeleteLifecyclePolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>The policy removed.</p>
    lifecyclePolicyText: LifecyclePolicyText

    /// <p>When the registry last applied it, if it had.</p>
    lastEvaluatedAt: EvaluationTimestamp
}

/// <p>Computes what a lifecycle policy (the one given, else the repository's) would expire now, without expiring anything; <code>GetLifecyclePolicyPreview</code> returns it.</p>
operation StartLifecyclePolicyPreview {
    input: StartLifecyclePolicyPreviewRequest
    output: StartLifecyclePolicyPreviewResponse
    errors: [
        InvalidParameterException
        LifecyclePolicyNotFoundException
        LifecyclePolicyPreviewInProgressException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure StartLifecyclePolicyPreviewRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The policy to try; the repository's when omitted.</p>
    lifecyclePolicyText: LifecyclePolicyText
}

@output
structure StartLifecyclePolicyPreviewResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>The policy tried.</p>
    lifecyclePolicyText: LifecyclePolicyText

    /// <p>Where the preview stands.</p>
    status: LifecyclePolicyPreviewStatus
}

/// <p>Returns the images the last preview found would expire, each with the rule that would expire it, page by page.</p>
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "previewResults", pageSize: "maxResults")
@smithy.waiters#waitable(
    LifecyclePolicyPreviewComplete: {
        documentation: "Waits until the preview is complete."
        acceptors: [
            {
                state: "success"
                matcher: { output: { path: "status", expected: "COMPLETE", comparator: "stringEquals" } }
            }
            {
                state: "failure"
                matcher: { output: { path: "status", expected: "FAILED", comparator: "stringEquals" } }
            }
        ]
        minDelay: 5
    }
)
operation GetLifecyclePolicyPreview {
    input: GetLifecyclePolicyPreviewRequest
    output: GetLifecyclePolicyPreviewResponse
    errors: [
        InvalidParameterException
        LifecyclePolicyPreviewNotFoundException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure GetLifecyclePolicyPreviewRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Only these images, by digest or tag.</p>
    imageIds: ImageIdentifierList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: LifecyclePreviewMaxResults

    /// <p>Only tagged, or only untagged, images.</p>
    filter: LifecyclePolicyPreviewFilter
}

@output
structure GetLifecyclePolicyPreviewResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>The policy tried.</p>
    lifecyclePolicyText: LifecyclePolicyText

    /// <p>Where the preview stands.</p>
    status: LifecyclePolicyPreviewStatus

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The images that would expire.</p>
    previewResults: LifecyclePolicyPreviewResultList

    /// <p>How many images would expire.</p>
    summary: LifecyclePolicyPreviewSummary
}

/// <p>Narrows a preview's results.</p>
structure LifecyclePolicyPreviewFilter {
    /// <p>Only tagged, only untagged, or any images.</p>
    tagStatus: TagStatus
}

/// <p>An image a preview found would expire.</p>
structure LifecyclePolicyPreviewResult {
    /// <p>Its tags.</p>
    imageTags: ImageTagList

    /// <p>Its digest.</p>
    imageDigest: ImageDigest

    /// <p>When it was pushed.</p>
    imagePushedAt: PushTimestamp

    /// <p>What would happen to it.</p>
    action: LifecyclePolicyRuleAction

    /// <p>The priority of the rule that would expire it.</p>
    appliedRulePriority: LifecyclePolicyRulePriority
}

list LifecyclePolicyPreviewResultList {
    member: LifecyclePolicyPreviewResult
}

/// <p>The totals of a preview.</p>
structure LifecyclePolicyPreviewSummary {
    /// <p>How many images would expire.</p>
    expiringImageTotalCount: ImageCount
}

/// <p>What a rule does to the images it selects.</p>
structure LifecyclePolicyRuleAction {
    /// <p>The action.</p>
    type: ImageActionType
}

/// <p>Where a preview stands.</p>
enum LifecyclePolicyPreviewStatus {
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
}

/// <p>What a lifecycle rule does.</p>
enum ImageActionType {
    EXPIRE = "EXPIRE"
}

/// <p>The repository has no lifecycle policy.</p>
@error("client")
structure LifecyclePolicyNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A preview of the repository's lifecycle policy is still running.</p>
@error("client")
structure LifecyclePolicyPreviewInProgressException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>No preview was started for the repository.</p>
@error("client")
structure LifecyclePolicyPreviewNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

@length(min: 100, max: 30720)
string LifecyclePolicyText

@range(min: 1, max: 100)
integer LifecyclePreviewMaxResults

@range(min: 1)
integer LifecyclePolicyRulePriority

@range(min: 0)
integer ImageCount

timestamp EvaluationTimestamp

/// <p>Adds tags to a repository, or changes the values of those it has (at most 50 in all).</p>
operation TagResource {
    input: TagResourceRequest
    output: TagResourceResponse
    errors: [
        InvalidParameterException
        InvalidTagParameterException
        RepositoryNotFoundException
        ServerException
        TooManyTagsException
    ]
}

@input
structure TagResourceRequest {
    /// <p>The repository's ARN, <code>arn:aws:ecr:REGION:ACCOUNT:repository/NAME</code>.</p>
    @required
    resourceArn: Arn

    /// <p>The tags to add or change.</p>
    @required
    tags: TagList
}

@output
structure TagResourceResponse {}

/// <p>Removes tags from a repository, by key; keys it does not have are ignored.</p>
operation UntagResource {
    input: UntagResourceRequest
    output: UntagResourceResponse
    errors: [
        InvalidParameterException
        InvalidTagParameterException
        RepositoryNotFoundException
        ServerException
        TooManyTagsException
    ]
}

@input
structure UntagResourceRequest {
    /// <p>The repository's ARN, <code>arn:aws:ecr:REGION:ACCOUNT:repository/NAME</code>.</p>
    @required
    resourceArn: Arn

    /// <p>The keys of the tags to remove.</p>
    @required
    tagKeys: TagKeyList
}

@output
structure UntagResourceResponse {}

/// <p>Lists the tags of a repository.</p>
@readonly
operation ListTagsForResource {
    input: ListTagsForResourceRequest
    output: ListTagsForResourceResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure ListTagsForResourceRequest {
    /// <p>The repository's ARN, <code>arn:aws:ecr:REGION:ACCOUNT:repository/NAME</code>.</p>
    @required
    resourceArn: Arn
}

@output
structure ListTagsForResourceResponse {
    /// <p>The repository's tags, by key.</p>
    tags: TagList
}

list TagKeyList {
    member: TagKey
}

/// <p>Which images to list by whether they carry a tag.</p>
enum TagStatus {
    TAGGED = "TAGGED"

    UNTAGGED = "UNTAGGED"

    ANY = "ANY"
}

string TagValue

/// <p>The resource would have more tags than allowed.</p>
@error("client")
structure TooManyTagsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>The image could not be fetched from the upstream registry of a pull-through cache rule.</p>
@error("client")
structure UnableToGetUpstreamImageException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>The layer could not be fetched from the upstream registry of a pull-through cache rule.</p>
@error("client")
structure UnableToGetUpstreamLayerException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

@pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
string UploadId

/// <p>Uploads the next consecutive byte range of a layer upload.</p>
operation UploadLayerPart {
    input: UploadLayerPartRequest
    output: UploadLayerPartResponse
    errors: [
        InvalidLayerPartException
        InvalidParameterException
        KmsException
        LimitExceededException
        RepositoryNotFoundException
        ServerException
        UploadNotFoundException
    ]
}

@input
structure UploadLayerPartRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>
    @required
    uploadId: UploadId

    /// <p>The offset of the first byte of this part within the layer.</p>
    @required
    partFirstByte: PartSize

    /// <p>The offset of the last byte of this part within the layer.</p>
    @required
    partLastByte: PartSize

    /// <p>The bytes of this part.</p>
    @required
    layerPartBlob: LayerPartBlob
}

@output
structure UploadLayerPartResponse {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>
    uploadId: UploadId

    /// <p>The offset of the last byte the registry has received for this upload.</p>
    lastByteReceived: PartSize
}

/// <p>There is no upload with this id in the repository.</p>
@error("client")
structure UploadNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

string Url

/// <p>Creates a pull-through cache rule: repositories whose names start with the rule's prefix mirror the repositories of an upstream registry, fetched on first pull and kept.</p>
operation CreatePullThroughCacheRule {
    input: CreatePullThroughCacheRuleRequest
    output: CreatePullThroughCacheRuleResponse
    errors: [
        InvalidParameterException
        LimitExceededException
        PullThroughCacheRuleAlreadyExistsException
        SecretNotFoundException
        ServerException
        UnableToAccessSecretException
        UnableToDecryptSecretValueException
        UnsupportedUpstreamRegistryException
        ValidationException
    ]
}

@input
structure CreatePullThroughCacheRuleRequest {
    /// <p>The first part of the names of the repositories the rule serves: <code>PREFIX/NAME</code> mirrors upstream repository <code>NAME</code>.</p>
    @required
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The upstream registry's address, such as <code>registry-1.docker.io</code> or <code>http://127.0.0.1:5001</code> (HTTPS when no scheme is given).</p>
    @required
    upstreamRegistryUrl: Url

    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>Which kind of registry the upstream is.</p>
    upstreamRegistry: UpstreamRegistry

    /// <p>The secret holding credentials for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>A prefix of the upstream's repository names to put before <code>NAME</code>.</p>
    upstreamRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix
}

@output
structure CreatePullThroughCacheRuleResponse {
    /// <p>The rule's repository name prefix.</p>
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The upstream registry's address.</p>
    upstreamRegistryUrl: Url

    /// <p>When the rule was created.</p>
    createdAt: CreationTimestamp

    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>Which kind of registry the upstream is.</p>
    upstreamRegistry: UpstreamRegistry

    /// <p>The secret holding credentials for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>The prefix of the upstream's repository names.</p>
    upstreamRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix
}

/// <p>Deletes a pull-through cache rule. Repositories it created and the images cached in them stay.</p>
operation DeletePullThroughCacheRule {
    input: DeletePullThroughCacheRuleRequest
    output: DeletePullThroughCacheRuleResponse
    errors: [
        InvalidParameterException
        PullThroughCacheRuleNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DeletePullThroughCacheRuleRequest {
    /// <p>The prefix of the rule to delete.</p>
    @required
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId
}

@output
structure DeletePullThroughCacheRuleResponse {
    /// <p>The deleted rule's repository name prefix.</p>
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The upstream registry the rule mirrored.</p>
    upstreamRegistryUrl: Url

    /// <p>When the rule was created.</p>
    createdAt: CreationTimestamp

    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The secret the rule used for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>The prefix of the upstream's repository names.</p>
    upstreamRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix
}

/// <p>Lists pull-through cache rules, all of them or those with the given prefixes.</p>
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "pullThroughCacheRules", pageSize: "maxResults")
@readonly
operation DescribePullThroughCacheRules {
    input: DescribePullThroughCacheRulesRequest
    output: DescribePullThroughCacheRulesResponse
    errors: [
        InvalidParameterException
        PullThroughCacheRuleNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DescribePullThroughCacheRulesRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>Only the rules with these prefixes; a prefix without a rule is an error.</p>
    ecrRepositoryPrefixes: PullThroughCacheRuleRepositoryPrefixList

    /// <p>The <code>nextToken</code> of the previous page.</p>
    nextToken: NextToken

    /// <p>At most this many rules per page.</p>
    maxResults: MaxResults
}

@output
structure DescribePullThroughCacheRulesResponse {
    /// <p>The rules.</p>
    pullThroughCacheRules: PullThroughCacheRuleList

    /// <p>Pass to the next call for the next page; absent on the last page.</p>
    nextToken: NextToken
}

/// <p>The secret holding upstream registry credentials, as an ARN.</p>
@length(min: 50, max: 612)
@pattern("^arn:aws:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$")
string CredentialArn

/// <p>A pull-through cache rule.</p>
structure PullThroughCacheRule {
    /// <p>The rule's repository name prefix.</p>
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The upstream registry's address.</p>
    upstreamRegistryUrl: Url

    /// <p>When the rule was created.</p>
    createdAt: CreationTimestamp

    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The secret holding credentials for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>The prefix of the upstream's repository names.</p>
    upstreamRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>Which kind of registry the upstream is.</p>
    upstreamRegistry: UpstreamRegistry

    /// <p>When the rule last changed.</p>
    updatedAt: UpdatedTimestamp
}

/// <p>A rule with this prefix exists already.</p>
@error("client")
structure PullThroughCacheRuleAlreadyExistsException {
    message: ExceptionMessage
}

list PullThroughCacheRuleList {
    member: PullThroughCacheRule
}

/// <p>There is no rule with this prefix.</p>
@error("client")
structure PullThroughCacheRuleNotFoundException {
    message: ExceptionMessage
}

/// <p>A repository name prefix, or <code>ROOT</code> for all repositories.</p>
@length(min: 2, max: 30)
@pattern("^((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*/?|ROOT)$")
string PullThroughCacheRuleRepositoryPrefix

@length(min: 1, max: 100)
list PullThroughCacheRuleRepositoryPrefixList {
    member: PullThroughCacheRuleRepositoryPrefix
}

/// <p>The secret named by the rule does not exist.</p>
@error("client")
structure SecretNotFoundException {
    message: ExceptionMessage
}

/// <p>The secret named by the rule cannot be read.</p>
@error("client")
structure UnableToAccessSecretException {
    message: ExceptionMessage
}

/// <p>The secret named by the rule cannot be decrypted.</p>
@error("client")
structure UnableToDecryptSecretValueException {
    message: ExceptionMessage
}

/// <p>The upstream registry is not one pull-through cache rules support.</p>
@error("client")
structure UnsupportedUpstreamRegistryException {
    message: ExceptionMessage
}

timestamp UpdatedTimestamp

/// <p>Kinds of upstream registries.</p>
enum UpstreamRegistry {
    Ecr = "ecr"
    EcrPublic = "ecr-public"
    Quay = "quay"
    K8s = "k8s"
    DockerHub = "docker-hub"
    GitHubContainerRegistry = "github-container-registry"
    AzureContainerRegistry = "azure-container-registry"
    GitLabContainerRegistry = "gitlab-container-registry"
}

/// <p>The request is not valid for this operation.</p>
@error("client")
@httpError(400)
structure ValidationException {
    message: ExceptionMessage
}

/// <p>Amazon Elastic Container Registry (ECR) stores container images: repositories hold images, images are manifests that reference layers, and layers are content-addressed blobs.</p><p>This model covers the operations a registry needs to push and pull an image: repository management, the layer upload protocol, image manifests, layer download URLs and registry credentials.</p>
@aws.api#service(sdkId: "ECR", endpointPrefix: "api.ecr", arnNamespace: "ecr")
@aws.auth#sigv4(name: "ecr")
@aws.protocols#awsJson1_1
@title("Amazon Elastic Container Registry")
@smithy.rules#endpointRuleSet({
    "version": "1.0",
    "parameters": {
        "Region": {
            "builtIn": "AWS::Region",
            "required": false,
            "documentation": "The region requests go to (the client configuration's region).",
            "type": "String"
        },
        "UseDualStack": {
            "builtIn": "AWS::UseDualStack",
            "required": true,
            "default": false,
            "documentation": "Whether to use the endpoint that answers over IPv4 and IPv6; partitions without one give an error.",
            "type": "Boolean"
        },
        "UseFIPS": {
            "builtIn": "AWS::UseFIPS",
            "required": true,
            "default": false,
            "documentation": "Whether to use the endpoint with FIPS 140 validated cryptography; partitions without one give an error.",
            "type": "Boolean"
        },
        "Endpoint": {
            "builtIn": "SDK::Endpoint",
            "required": false,
            "documentation": "A custom endpoint that replaces the computed one.",
            "type": "String"
        }
    },
    "rules": [
        {
            "conditions": [
                {
                    "fn": "isSet",
                    "argv": [
                        {
                            "ref": "Endpoint"
                        }
                    ]
                }
            ],
            "rules": [
                {
                    "conditions": [
                        {
                            "fn": "booleanEquals",
                            "argv": [
                                {
                                    "ref": "UseFIPS"
                                },
                                true
                            ]
                        }
                    ],
                    "error": "Invalid Configuration: FIPS and custom endpoint are not supported",
                    "type": "error"
                },
                {
                    "conditions": [
                        {
                            "fn": "booleanEquals",
                            "argv": [
                                {
                                    "ref": "UseDualStack"
                                },
                                true
                            ]
                        }
                    ],
                    "error": "Invalid Configuration: Dualstack and custom endpoint are not supported",
                    "type": "error"
                },
                {
                    "conditions": [],
                    "endpoint": {
                        "url": {
                            "ref": "Endpoint"
                        },
                        "properties": {},
                        "headers": {}
                    },
                    "type": "endpoint"
                }
            ],
            "type": "tree"
        },
        {
            "conditions": [
                {
                    "fn": "isSet",
                    "argv": [
                        {
                            "ref": "Region"
                        }
                    ]
                }
            ],
            "rules": [
                {
                    "conditions": [
                        {
                            "fn": "aws.partition",
                            "argv": [
                                {
                                    "ref": "Region"
                                }
                            ],
                            "assign": "PartitionResult"
                        }
                    ],
                    "rules": [
                        {
                            "conditions": [
                                {
                                    "fn": "booleanEquals",
                                    "argv": [
                                        {
                                            "ref": "UseFIPS"
                                        },
                                        true
                                    ]
                                },
                                {
                                    "fn": "booleanEquals",
                                    "argv": [
                                        {
                                            "ref": "UseDualStack"
                                        },
                                        true
                                    ]
                                }
                            ],
                            "rules": [
                                {
                                    "conditions": [
                                        {
                                            "fn": "booleanEquals",
                                            "argv": [
                                                true,
                                                {
                                                    "fn": "getAttr",
                                                    "argv": [
                                                        {
                                                            "ref": "PartitionResult"
                                                        },
                                                        "supportsFIPS"
                                                    ]
                                                }
                                            ]
                                        },
                                        {
                                            "fn": "booleanEquals",
                                            "argv": [
                                                true,
                                                {
                                                    "fn": "getAttr",
                                                    "argv": [
                                                        {
                                                            "ref": "PartitionResult"
                                                        },
                                                        "supportsDualStack"
                                                    ]
                                                }
                                            ]
                                        }
                                    ],
                                    "rules": [
                                        {
                                            "conditions": [],
                                            "endpoint": {
                                                "url": "https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
                                                "properties": {},
                                                "headers": {}
                                            },
                                            "type": "endpoint"
                                        }
                                    ],
                                    "type": "tree"
                                },
                                {
                                    "conditions": [],
                                    "error": "FIPS and DualStack are enabled, but this partition does not support one or both",
                                    "type": "error"
                                }
                            ],
                            "type": "tree"
                        },
                        {
                            "conditions": [
                                {
                                    "fn": "booleanEquals",
                                    "argv": [
                                        {
                                            "ref": "UseFIPS"
                                        },
                                        true
                                    ]
                                }
                            ],
                            "rules": [
                                {
                                    "conditions": [
                                        {
                                            "fn": "booleanEquals",
                                            "argv": [
                                                {
                                                    "fn": "getAttr",
                                                    "argv": [
                                                        {
                                                            "ref": "PartitionResult"
                                                        },
                                                        "supportsFIPS"
                                                    ]
                                                },
                                                true
                                            ]
                                        }
                                    ],
                                    "rules": [
                                        {
                                            "conditions": [
                                                {
                                                    "fn": "stringEquals",
                                                    "argv": [
                                                        {
                                                            "fn": "getAttr",
                                                            "argv": [
                                                                {
                                                                    "ref": "PartitionResult"
                                                                },
                                                                "name"
                                                            ]
                                                        },
                                                        "aws"
                                                    ]
                                                }
                                            ],
                                            "endpoint": {
                                                "url": "https://ecr-fips.{Region}.amazonaws.com",
                                                "properties": {},
                                                "headers": {}
                                            },
                                            "type": "endpoint"
                                        },
                                        {
                                            "conditions": [
                                                {
                                                    "fn": "stringEquals",
                                                    "argv": [
                                                        {
                                                            "fn": "getAttr",
                                                            "argv": [
                                                                {
                                                                    "ref": "PartitionResult"
                                                                },
                                                                "name"
                                                            ]
                                                        },
                                                        "aws-us-gov"
                                                    ]
                                                }
                                            ],
                                            "endpoint": {
                                                "url": "https://ecr-fips.{Region}.amazonaws.com",
                                                "properties": {},
                                                "headers": {}
                                            },
                                            "type": "endpoint"
                                        },
                                        {
                                            "conditions": [],
                                            "endpoint": {
                                                "url": "https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",
                                                "properties": {},
                                                "headers": {}
                                            },
                                            "type": "endpoint"
                                        }
                                    ],
                                    "type": "tree"
                                },
                                {
                                    "conditions": [],
                                    "error": "FIPS is enabled but this partition does not support FIPS",
                                    "type": "error"
                                }
                            ],
                            "type": "tree"
                        },
                        {
                            "conditions": [
                                {
                                    "fn": "booleanEquals",
                                    "argv": [
                                        {
                                            "ref": "UseDualStack"
                                        },
                                        true
                                    ]
                                }
                            ],
                            "rules": [
                                {
                                    "conditions": [
                                        {
                                            "fn": "booleanEquals",
                                            "argv": [
                                                true,
                                                {
                                                    "fn": "getAttr",
                                                    "argv": [
                                                        {
                                                            "ref": "PartitionResult"
                                                        },
                                                        "supportsDualStack"
                                                    ]
                                                }
                                            ]
                                        }
                                    ],
                                    "rules": [
                                        {
                                            "conditions": [],
                                            "endpoint": {
                                                "url": "https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",
                                                "properties": {},
                                                "headers": {}
                                            },
                                            "type": "endpoint"
                                        }
                                    ],
                                    "type": "tree"
                                },
                                {
                                    "conditions": [],
                                    "error": "DualStack is enabled but this partition does not support DualStack",
                                    "type": "error"
                                }
                            ],
                            "type": "tree"
                        },
                        {
                            "conditions": [],
                            "endpoint": {
                                "url": "https://api.ecr.{Region}.{PartitionResult#dnsSuffix}",
                                "properties": {},
                                "headers": {}
                            },
                            "type": "endpoint"
                        }
                    ],
                    "type": "tree"
                }
            ],
            "type": "tree"
        },
        {
            "conditions": [],
            "error": "Invalid Configuration: Missing Region",
            "type": "error"
        }
    ]
})
@smithy.rules#endpointTests({
    "version": "1.0",
    "testCases": [
        {
            "documentation": "Commercial region",
            "params": {
                "Region": "us-east-1",
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.us-east-1.amazonaws.com"
                }
            }
        },
        {
            "documentation": "Commercial region, FIPS: the service's own FIPS host",
            "params": {
                "Region": "eu-west-1",
                "UseFIPS": true,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://ecr-fips.eu-west-1.amazonaws.com"
                }
            }
        },
        {
            "documentation": "Commercial region, dual-stack",
            "params": {
                "Region": "ap-south-1",
                "UseFIPS": false,
                "UseDualStack": true
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.ap-south-1.api.aws"
                }
            }
        },
        {
            "documentation": "Commercial region, FIPS and dual-stack",
            "params": {
                "Region": "us-west-2",
                "UseFIPS": true,
                "UseDualStack": true
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr-fips.us-west-2.api.aws"
                }
            }
        },
        {
            "documentation": "Region not listed but shaped like a commercial one",
            "params": {
                "Region": "eu-north-9",
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.eu-north-9.amazonaws.com"
                }
            }
        },
        {
            "documentation": "China",
            "params": {
                "Region": "cn-northwest-1",
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.cn-northwest-1.amazonaws.com.cn"
                }
            }
        },
        {
            "documentation": "China, dual-stack",
            "params": {
                "Region": "cn-north-1",
                "UseFIPS": false,
                "UseDualStack": true
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.cn-north-1.api.amazonwebservices.com.cn"
                }
            }
        },
        {
            "documentation": "GovCloud, FIPS: the service's own FIPS host",
            "params": {
                "Region": "us-gov-east-1",
                "UseFIPS": true,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://ecr-fips.us-gov-east-1.amazonaws.com"
                }
            }
        },
        {
            "documentation": "GovCloud, no FIPS",
            "params": {
                "Region": "us-gov-west-1",
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.us-gov-west-1.amazonaws.com"
                }
            }
        },
        {
            "documentation": "ISO partition",
            "params": {
                "Region": "us-iso-east-1",
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.us-iso-east-1.c2s.ic.gov"
                }
            }
        },
        {
            "documentation": "ISO-B partition, FIPS",
            "params": {
                "Region": "us-isob-east-1",
                "UseFIPS": true,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr-fips.us-isob-east-1.sc2s.sgov.gov"
                }
            }
        },
        {
            "documentation": "European sovereign cloud",
            "params": {
                "Region": "eusc-de-east-1",
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "endpoint": {
                    "url": "https://api.ecr.eusc-de-east-1.amazonaws.eu"
                }
            }
        },
        {
            "documentation": "Custom endpoint",
            "params": {
                "Region": "us-east-1",
                "UseFIPS": false,
                "UseDualStack": false,
                "Endpoint": "http://127.0.0.1:5000"
            },
            "expect": {
                "endpoint": {
                    "url": "http://127.0.0.1:5000"
                }
            }
        },
        {
            "documentation": "Custom endpoint without a region",
            "params": {
                "UseFIPS": false,
                "UseDualStack": false,
                "Endpoint": "https://registry.example"
            },
            "expect": {
                "endpoint": {
                    "url": "https://registry.example"
                }
            }
        },
        {
            "documentation": "Custom endpoint with FIPS",
            "params": {
                "Region": "us-east-1",
                "UseFIPS": true,
                "UseDualStack": false,
                "Endpoint": "https://registry.example"
            },
            "expect": {
                "error": "Invalid Configuration: FIPS and custom endpoint are not supported"
            }
        },
        {
            "documentation": "Custom endpoint with dual-stack",
            "params": {
                "Region": "us-east-1",
                "UseFIPS": false,
                "UseDualStack": true,
                "Endpoint": "https://registry.example"
            },
            "expect": {
                "error": "Invalid Configuration: Dualstack and custom endpoint are not supported"
            }
        },
        {
            "documentation": "No region",
            "params": {
                "UseFIPS": false,
                "UseDualStack": false
            },
            "expect": {
                "error": "Invalid Configuration: Missing Region"
            }
        }
    ]
})
service AmazonEC2ContainerRegistry_V20150921 {
    version: "2015-09-21"
    operations: [
        BatchCheckLayerAvailability
        BatchDeleteImage
        BatchGetImage
        CompleteLayerUpload
        CreatePullThroughCacheRule
        CreateRepository
        DeletePullThroughCacheRule
        DeleteRepository
        DescribeImages
        DescribePullThroughCacheRules
        DescribeRepositories
        GetAuthorizationToken
        GetDownloadUrlForLayer
        InitiateLayerUpload
        ListImages
        PutImage
        PutImageTagMutability
        PutLifecyclePolicy
        GetLifecyclePolicy
        DeleteLifecyclePolicy
        StartLifecyclePolicyPreview
        GetLifecyclePolicyPreview
        ListTagsForResource
        TagResource
        UntagResource
        UploadLayerPart
        DescribeRegistry
        GetAccountSetting
        PutAccountSetting
        PutImageScanningConfiguration
        GetRegistryScanningConfiguration
        PutRegistryScanningConfiguration
        BatchGetRepositoryScanningConfiguration
        CreateRepositoryCreationTemplate
        DescribeRepositoryCreationTemplates
        UpdateRepositoryCreationTemplate
        DeleteRepositoryCreationTemplate
        UpdatePullThroughCacheRule
        ValidatePullThroughCacheRule
        GetRepositoryPolicy
        SetRepositoryPolicy
        DeleteRepositoryPolicy
        GetRegistryPolicy
        PutRegistryPolicy
        DeleteRegistryPolicy
        ListImageReferrers
        UpdateImageStorageClass
        RegisterPullTimeUpdateExclusion
        DeregisterPullTimeUpdateExclusion
        ListPullTimeUpdateExclusions
        StartImageScan
        DescribeImageScanFindings
        PutReplicationConfiguration
        DescribeImageReplicationStatus
        PutSigningConfiguration
        GetSigningConfiguration
        DeleteSigningConfiguration
        DescribeImageSigningStatus
    ]
}

/// <p>Tells the registry id and the replication configuration in force.</p>
@readonly
operation DescribeRegistry {
    input: DescribeRegistryRequest
    output: DescribeRegistryResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure DescribeRegistryRequest {
}

@output
structure DescribeRegistryResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>Where images pushed to this registry are copied.</p>
    replicationConfiguration: ReplicationConfiguration
}

/// <p>Where the images of this registry are copied: a list of rules.</p>
structure ReplicationConfiguration {
    /// <p>The rules, each with its destinations and the repositories it covers.</p>
    @required
    rules: ReplicationRuleList
}

@length(min: 0, max: 10)
list ReplicationRuleList {
    member: ReplicationRule
}

/// <p>One replication rule: the repositories it covers (all of them when there is no filter) and the registries they are copied to.</p>
structure ReplicationRule {
    /// <p>The registries the images are copied to.</p>
    @required
    destinations: ReplicationDestinationList

    /// <p>Which repositories the rule covers; none means every repository.</p>
    repositoryFilters: RepositoryFilterList
}

@length(min: 0, max: 100)
list ReplicationDestinationList {
    member: ReplicationDestination
}

/// <p>A registry images are copied to, named by region and account.</p>
structure ReplicationDestination {
    /// <p>The region of the registry copied to.</p>
    @required
    region: Region

    /// <p>The 12-digit account id of the registry copied to.</p>
    @required
    registryId: RegistryId
}

@length(min: 2, max: 25)
@pattern("^[0-9a-z-]{2,25}$")
string Region

@length(min: 1, max: 100)
list RepositoryFilterList {
    member: RepositoryFilter
}

/// <p>Selects repositories by a prefix of their name.</p>
structure RepositoryFilter {
    /// <p>The prefix of the names of the repositories the rule covers.</p>
    @required
    filter: RepositoryFilterValue

    /// <p>How <code>filter</code> is matched: <code>PREFIX_MATCH</code>, a prefix of the repository name.</p>
    @required
    filterType: RepositoryFilterType
}

@length(min: 2, max: 256)
@pattern("^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$")
string RepositoryFilterValue

/// <p>How a repository filter matches names.</p>
enum RepositoryFilterType {
    PREFIX_MATCH = "PREFIX_MATCH"
}

/// <p>Reads one of the registry account&#39;s settings (<code>BASIC_SCAN_TYPE_VERSION</code>, <code>REGISTRY_POLICY_SCOPE</code>).</p>
@readonly
operation GetAccountSetting {
    input: GetAccountSettingRequest
    output: GetAccountSettingResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure GetAccountSettingRequest {
    /// <p>The setting, <code>BASIC_SCAN_TYPE_VERSION</code> or <code>REGISTRY_POLICY_SCOPE</code>.</p>
    @required
    name: AccountSettingName
}

@length(min: 1, max: 64)
string AccountSettingName

@output
structure GetAccountSettingResponse {
    /// <p>The setting.</p>
    name: AccountSettingName

    /// <p>The value in force.</p>
    value: AccountSettingName
}

/// <p>Changes one of the registry account&#39;s settings.</p>
operation PutAccountSetting {
    input: PutAccountSettingRequest
    output: PutAccountSettingResponse
    errors: [
        InvalidParameterException
        LimitExceededException
        ServerException
        ValidationException
    ]
}

@input
structure PutAccountSettingRequest {
    /// <p>The setting, <code>BASIC_SCAN_TYPE_VERSION</code> or <code>REGISTRY_POLICY_SCOPE</code>.</p>
    @required
    name: AccountSettingName

    /// <p>The new value: <code>AWS_NATIVE</code> or <code>CLAIR</code> for the scan type version, <code>V1</code> or <code>V2</code> for the policy scope.</p>
    @required
    value: AccountSettingValue
}

string AccountSettingValue

@output
structure PutAccountSettingResponse {
    /// <p>The setting.</p>
    name: AccountSettingName

    /// <p>The value in force.</p>
    value: AccountSettingValue
}

/// <p>Turns scanning of every image pushed to a repository on or off.</p>
operation PutImageScanningConfiguration {
    input: PutImageScanningConfigurationRequest
    output: PutImageScanningConfigurationResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure PutImageScanningConfigurationRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Whether images are scanned when pushed.</p>
    @required
    imageScanningConfiguration: ImageScanningConfiguration
}

@output
structure PutImageScanningConfigurationResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>Whether images are scanned when pushed.</p>
    imageScanningConfiguration: ImageScanningConfiguration
}

/// <p>Tells how images of this registry are scanned: the scan type and its rules.</p>
@readonly
operation GetRegistryScanningConfiguration {
    input: GetRegistryScanningConfigurationRequest
    output: GetRegistryScanningConfigurationResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure GetRegistryScanningConfigurationRequest {
}

@output
structure GetRegistryScanningConfigurationResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The scan type and rules in force.</p>
    scanningConfiguration: RegistryScanningConfiguration
}

/// <p>How the images of a registry are scanned.</p>
structure RegistryScanningConfiguration {
    /// <p>The kind of scanning: <code>BASIC</code> or <code>ENHANCED</code>.</p>
    scanType: ScanType

    /// <p>The rules, each with its destinations and the repositories it covers.</p>
    rules: RegistryScanningRuleList
}

/// <p>A kind of image scanning.</p>
enum ScanType {
    BASIC = "BASIC"
    ENHANCED = "ENHANCED"
}

@length(min: 0, max: 2)
list RegistryScanningRuleList {
    member: RegistryScanningRule
}

/// <p>When the images of the repositories a rule selects are scanned.</p>
structure RegistryScanningRule {
    /// <p>When images are scanned: on push, continuously, or only when asked.</p>
    @required
    scanFrequency: ScanFrequency

    /// <p>Which repositories the rule covers; none means every repository.</p>
    @required
    repositoryFilters: ScanningRepositoryFilterList
}

/// <p>When images are scanned.</p>
enum ScanFrequency {
    SCAN_ON_PUSH = "SCAN_ON_PUSH"
    CONTINUOUS_SCAN = "CONTINUOUS_SCAN"
    MANUAL = "MANUAL"
}

@length(min: 0, max: 100)
list ScanningRepositoryFilterList {
    member: ScanningRepositoryFilter
}

/// <p>Selects repositories for scanning by a name pattern in which <code>*</code> matches any characters.</p>
structure ScanningRepositoryFilter {
    /// <p>A pattern of repository names in which <code>*</code> matches any characters.</p>
    @required
    filter: ScanningRepositoryFilterValue

    /// <p>How <code>filter</code> is matched: <code>WILDCARD</code>.</p>
    @required
    filterType: ScanningRepositoryFilterType
}

@length(min: 1, max: 255)
@pattern("^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$")
string ScanningRepositoryFilterValue

/// <p>How a scanning filter matches names.</p>
enum ScanningRepositoryFilterType {
    WILDCARD = "WILDCARD"
}

/// <p>Sets how the images of this registry are scanned.</p>
operation PutRegistryScanningConfiguration {
    input: PutRegistryScanningConfigurationRequest
    output: PutRegistryScanningConfigurationResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure PutRegistryScanningConfigurationRequest {
    /// <p>The kind of scanning; <code>BASIC</code> when left out.</p>
    scanType: ScanType

    /// <p>The rules choosing when each repository&#39;s images are scanned.</p>
    rules: RegistryScanningRuleList
}

@output
structure PutRegistryScanningConfigurationResponse {
    /// <p>The scanning configuration now in force.</p>
    registryScanningConfiguration: RegistryScanningConfiguration
}

/// <p>Tells, for several repositories, how their images are scanned under the registry&#39;s rules.</p>
@readonly
operation BatchGetRepositoryScanningConfiguration {
    input: BatchGetRepositoryScanningConfigurationRequest
    output: BatchGetRepositoryScanningConfigurationResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure BatchGetRepositoryScanningConfigurationRequest {
    /// <p>The repositories to describe; all of them when omitted.</p>
    @required
    repositoryNames: ScanningConfigurationRepositoryNameList
}

@length(min: 1, max: 25)
list ScanningConfigurationRepositoryNameList {
    member: RepositoryName
}

@output
structure BatchGetRepositoryScanningConfigurationResponse {
    /// <p>One entry per repository found.</p>
    scanningConfigurations: RepositoryScanningConfigurationList

    /// <p>The entries of the request that could not be processed, and why.</p>
    failures: RepositoryScanningConfigurationFailureList
}

list RepositoryScanningConfigurationList {
    member: RepositoryScanningConfiguration
}

/// <p>How the images of one repository are scanned.</p>
structure RepositoryScanningConfiguration {
    /// <p>The Amazon Resource Name of the repository.</p>
    repositoryArn: Arn

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>Scan each image after it is pushed.</p>
    @default(false)
    scanOnPush: ScanOnPushFlag

    /// <p>When its images are scanned.</p>
    scanFrequency: ScanFrequency

    /// <p>The filters of the registry rule that selected the repository.</p>
    appliedScanFilters: ScanningRepositoryFilterList
}

list RepositoryScanningConfigurationFailureList {
    member: RepositoryScanningConfigurationFailure
}

/// <p>A repository whose scanning configuration could not be given, and why.</p>
structure RepositoryScanningConfigurationFailure {
    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>A code for the failure.</p>
    failureCode: ScanningConfigurationFailureCode

    /// <p>The failure in words.</p>
    failureReason: ScanningConfigurationFailureReason
}

/// <p>Why a repository&#39;s scanning configuration could not be given.</p>
enum ScanningConfigurationFailureCode {
    REPOSITORY_NOT_FOUND = "REPOSITORY_NOT_FOUND"
}

string ScanningConfigurationFailureReason

/// <p>Creates a template of the settings given to repositories that pull-through caching or replication creates under a prefix.</p>
operation CreateRepositoryCreationTemplate {
    input: CreateRepositoryCreationTemplateRequest
    output: CreateRepositoryCreationTemplateResponse
    errors: [
        InvalidParameterException
        LimitExceededException
        ServerException
        TemplateAlreadyExistsException
        ValidationException
    ]
}

@input
structure CreateRepositoryCreationTemplateRequest {
    /// <p>The repository name prefix the template applies to, or <code>ROOT</code> for every repository no other template covers.</p>
    @required
    prefix: Prefix

    /// <p>What the template is for.</p>
    description: RepositoryTemplateDescription

    /// <p>How images are encrypted at rest; AES-256 when omitted.</p>
    encryptionConfiguration: EncryptionConfigurationForRepositoryCreationTemplate

    /// <p>Tags given to each repository created from the template.</p>
    resourceTags: TagList

    /// <p>Whether tags may be moved to other images. Tags are mutable when omitted.</p>
    imageTagMutability: ImageTagMutability

    /// <p>The repository policy given to each repository created from the template.</p>
    repositoryPolicy: RepositoryPolicyText

    /// <p>The lifecycle policy given to each repository created from the template.</p>
    lifecyclePolicy: LifecyclePolicyTextForRepositoryCreationTemplate

    /// <p>Which ways of creating a repository use the template: <code>PULL_THROUGH_CACHE</code>, <code>REPLICATION</code>, <code>CREATE_ON_PUSH</code>.</p>
    @required
    appliedFor: RCTAppliedForList

    /// <p>An IAM role the registry assumes for the work (recorded; this registry does not assume roles).</p>
    customRoleArn: CustomRoleArn
}

@length(min: 1, max: 256)
@pattern("^((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*/?|ROOT)$")
string Prefix

@length(min: 0, max: 256)
string RepositoryTemplateDescription

/// <p>How repositories created from a template encrypt their images.</p>
structure EncryptionConfigurationForRepositoryCreationTemplate {
    /// <p>The encryption to use.</p>
    @required
    encryptionType: EncryptionType

    /// <p>The key to encrypt with, when the encryption type uses a key management service.</p>
    kmsKey: KmsKeyForRepositoryCreationTemplate
}

@length(min: 0, max: 2048)
@pattern("^$|arn:aws:kms:[a-z0-9-]+:[0-9]{12}:key\\/[a-z0-9-]+$")
string KmsKeyForRepositoryCreationTemplate

@length(min: 0, max: 10240)
string RepositoryPolicyText

@length(min: 0, max: 30720)
string LifecyclePolicyTextForRepositoryCreationTemplate

list RCTAppliedForList {
    member: RCTAppliedFor
}

/// <p>A way of creating repositories a template can apply to.</p>
enum RCTAppliedFor {
    REPLICATION = "REPLICATION"
    PULL_THROUGH_CACHE = "PULL_THROUGH_CACHE"
    CREATE_ON_PUSH = "CREATE_ON_PUSH"
}

@length(min: 0, max: 2048)
string CustomRoleArn

@output
structure CreateRepositoryCreationTemplateResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The template.</p>
    repositoryCreationTemplate: RepositoryCreationTemplate
}

/// <p>The settings given to repositories created under a prefix.</p>
structure RepositoryCreationTemplate {
    /// <p>The repository name prefix the template applies to, or <code>ROOT</code> for every repository no other template covers.</p>
    prefix: Prefix

    /// <p>What the template is for.</p>
    description: RepositoryTemplateDescription

    /// <p>How images are encrypted at rest; AES-256 when omitted.</p>
    encryptionConfiguration: EncryptionConfigurationForRepositoryCreationTemplate

    /// <p>Tags given to each repository created from the template.</p>
    resourceTags: TagList

    /// <p>Whether tags may be moved to other images. Tags are mutable when omitted.</p>
    imageTagMutability: ImageTagMutability

    /// <p>The repository policy given to each repository created from the template.</p>
    repositoryPolicy: RepositoryPolicyText

    /// <p>The lifecycle policy given to each repository created from the template.</p>
    lifecyclePolicy: LifecyclePolicyTextForRepositoryCreationTemplate

    /// <p>Which ways of creating a repository use the template: <code>PULL_THROUGH_CACHE</code>, <code>REPLICATION</code>, <code>CREATE_ON_PUSH</code>.</p>
    appliedFor: RCTAppliedForList

    /// <p>An IAM role the registry assumes for the work (recorded; this registry does not assume roles).</p>
    customRoleArn: CustomRoleArn

    /// <p>When the template was created.</p>
    createdAt: Date

    /// <p>When the template last changed.</p>
    updatedAt: Date
}

timestamp Date

/// <p>A template for that prefix already exists.</p>
@error("client")
structure TemplateAlreadyExistsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Lists repository creation templates, all or those of the prefixes named.</p>
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "repositoryCreationTemplates", pageSize: "maxResults")
@readonly
operation DescribeRepositoryCreationTemplates {
    input: DescribeRepositoryCreationTemplatesRequest
    output: DescribeRepositoryCreationTemplatesResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure DescribeRepositoryCreationTemplatesRequest {
    /// <p>The prefixes whose templates to list; all templates when left out.</p>
    prefixes: PrefixList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: MaxResults
}

list PrefixList {
    member: Prefix
}

@output
structure DescribeRepositoryCreationTemplatesResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The templates.</p>
    repositoryCreationTemplates: RepositoryCreationTemplateList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken
}

list RepositoryCreationTemplateList {
    member: RepositoryCreationTemplate
}

/// <p>Changes the settings of a repository creation template.</p>
operation UpdateRepositoryCreationTemplate {
    input: UpdateRepositoryCreationTemplateRequest
    output: UpdateRepositoryCreationTemplateResponse
    errors: [
        InvalidParameterException
        ServerException
        TemplateNotFoundException
        ValidationException
    ]
}

@input
structure UpdateRepositoryCreationTemplateRequest {
    /// <p>The repository name prefix the template applies to, or <code>ROOT</code> for every repository no other template covers.</p>
    @required
    prefix: Prefix

    /// <p>What the template is for.</p>
    description: RepositoryTemplateDescription

    /// <p>How images are encrypted at rest; AES-256 when omitted.</p>
    encryptionConfiguration: EncryptionConfigurationForRepositoryCreationTemplate

    /// <p>Tags given to each repository created from the template.</p>
    resourceTags: TagList

    /// <p>Whether tags may be moved to other images. Tags are mutable when omitted.</p>
    imageTagMutability: ImageTagMutability

    /// <p>The repository policy given to each repository created from the template.</p>
    repositoryPolicy: RepositoryPolicyText

    /// <p>The lifecycle policy given to each repository created from the template.</p>
    lifecyclePolicy: LifecyclePolicyTextForRepositoryCreationTemplate

    /// <p>Which ways of creating a repository use the template: <code>PULL_THROUGH_CACHE</code>, <code>REPLICATION</code>, <code>CREATE_ON_PUSH</code>.</p>
    appliedFor: RCTAppliedForList

    /// <p>An IAM role the registry assumes for the work (recorded; this registry does not assume roles).</p>
    customRoleArn: CustomRoleArn
}

@output
structure UpdateRepositoryCreationTemplateResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The template.</p>
    repositoryCreationTemplate: RepositoryCreationTemplate
}

/// <p>No template exists for that prefix.</p>
@error("client")
structure TemplateNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Deletes a repository creation template.</p>
operation DeleteRepositoryCreationTemplate {
    input: DeleteRepositoryCreationTemplateRequest
    output: DeleteRepositoryCreationTemplateResponse
    errors: [
        InvalidParameterException
        ServerException
        TemplateNotFoundException
        ValidationException
    ]
}

@input
structure DeleteRepositoryCreationTemplateRequest {
    /// <p>The repository name prefix the template applies to, or <code>ROOT</code> for every repository no other template covers.</p>
    @required
    prefix: Prefix
}

@output
structure DeleteRepositoryCreationTemplateResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The template.</p>
    repositoryCreationTemplate: RepositoryCreationTemplate
}

/// <p>Changes the credentials a pull-through cache rule uses for its upstream.</p>
operation UpdatePullThroughCacheRule {
    input: UpdatePullThroughCacheRuleRequest
    output: UpdatePullThroughCacheRuleResponse
    errors: [
        InvalidParameterException
        PullThroughCacheRuleNotFoundException
        SecretNotFoundException
        ServerException
        UnableToAccessSecretException
        UnableToDecryptSecretValueException
        ValidationException
    ]
}

@input
structure UpdatePullThroughCacheRuleRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The first part of the names of the repositories the rule serves: <code>PREFIX/NAME</code> mirrors upstream repository <code>NAME</code>.</p>
    @required
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The secret holding credentials for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>An IAM role the registry assumes for the work (recorded; this registry does not assume roles).</p>
    customRoleArn: CustomRoleArn
}

@output
structure UpdatePullThroughCacheRuleResponse {
    /// <p>The first part of the names of the repositories the rule serves: <code>PREFIX/NAME</code> mirrors upstream repository <code>NAME</code>.</p>
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>When the rule last changed.</p>
    updatedAt: UpdatedTimestamp

    /// <p>The secret holding credentials for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>An IAM role the registry assumes for the work (recorded; this registry does not assume roles).</p>
    customRoleArn: CustomRoleArn

    /// <p>A prefix of the upstream's repository names to put before <code>NAME</code>.</p>
    upstreamRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix
}

/// <p>Checks that a pull-through cache rule&#39;s upstream answers and accepts the rule&#39;s credentials.</p>
@readonly
operation ValidatePullThroughCacheRule {
    input: ValidatePullThroughCacheRuleRequest
    output: ValidatePullThroughCacheRuleResponse
    errors: [
        InvalidParameterException
        PullThroughCacheRuleNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure ValidatePullThroughCacheRuleRequest {
    /// <p>The first part of the names of the repositories the rule serves: <code>PREFIX/NAME</code> mirrors upstream repository <code>NAME</code>.</p>
    @required
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId
}

@output
structure ValidatePullThroughCacheRuleResponse {
    /// <p>The first part of the names of the repositories the rule serves: <code>PREFIX/NAME</code> mirrors upstream repository <code>NAME</code>.</p>
    ecrRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The upstream registry's address, such as <code>registry-1.docker.io</code> or <code>http://127.0.0.1:5001</code> (HTTPS when no scheme is given).</p>
    upstreamRegistryUrl: Url

    /// <p>The secret holding credentials for the upstream registry.</p>
    credentialArn: CredentialArn

    /// <p>An IAM role the registry assumes for the work (recorded; this registry does not assume roles).</p>
    customRoleArn: CustomRoleArn

    /// <p>A prefix of the upstream's repository names to put before <code>NAME</code>.</p>
    upstreamRepositoryPrefix: PullThroughCacheRuleRepositoryPrefix

    /// <p>Whether the upstream answered and accepted the credentials.</p>
    @default(false)
    isValid: IsPTCRuleValid

    /// <p>Why the rule is not valid, when it is not.</p>
    failure: PTCValidateFailure
}

@default(false)
boolean IsPTCRuleValid

string PTCValidateFailure

/// <p>Reads the access policy of a repository.</p>
@readonly
operation GetRepositoryPolicy {
    input: GetRepositoryPolicyRequest
    output: GetRepositoryPolicyResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        RepositoryPolicyNotFoundException
        ServerException
    ]
}

@input
structure GetRepositoryPolicyRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName
}

@output
structure GetRepositoryPolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The policy: an IAM policy document in JSON.</p>
    policyText: RepositoryPolicyText
}

/// <p>The repository has no access policy.</p>
@error("client")
structure RepositoryPolicyNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Sets the access policy of a repository, an IAM policy document whose statements allow or deny ECR actions to principals.</p>
operation SetRepositoryPolicy {
    input: SetRepositoryPolicyRequest
    output: SetRepositoryPolicyResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
    ]
}

@input
structure SetRepositoryPolicyRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The policy: an IAM policy document in JSON.</p>
    @required
    policyText: RepositoryPolicyText

    /// <p>Set the policy even if it denies the caller the right to set the repository&#39;s policy again.</p>
    @default(false)
    force: ForceFlag
}

@output
structure SetRepositoryPolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The policy: an IAM policy document in JSON.</p>
    policyText: RepositoryPolicyText
}

/// <p>Deletes the access policy of a repository.</p>
operation DeleteRepositoryPolicy {
    input: DeleteRepositoryPolicyRequest
    output: DeleteRepositoryPolicyResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        RepositoryPolicyNotFoundException
        ServerException
    ]
}

@input
structure DeleteRepositoryPolicyRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName
}

@output
structure DeleteRepositoryPolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The policy: an IAM policy document in JSON.</p>
    policyText: RepositoryPolicyText
}

/// <p>Reads the registry&#39;s access policy.</p>
@readonly
operation GetRegistryPolicy {
    input: GetRegistryPolicyRequest
    output: GetRegistryPolicyResponse
    errors: [
        InvalidParameterException
        RegistryPolicyNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure GetRegistryPolicyRequest {
}

@output
structure GetRegistryPolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The policy: an IAM policy document in JSON.</p>
    policyText: RegistryPolicyText
}

@length(min: 0, max: 10240)
string RegistryPolicyText

/// <p>The registry has no access policy.</p>
@error("client")
structure RegistryPolicyNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Sets the registry&#39;s access policy, which covers every repository.</p>
operation PutRegistryPolicy {
    input: PutRegistryPolicyRequest
    output: PutRegistryPolicyResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure PutRegistryPolicyRequest {
    /// <p>The policy: an IAM policy document in JSON.</p>
    @required
    policyText: RegistryPolicyText
}

@output
structure PutRegistryPolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The policy: an IAM policy document in JSON.</p>
    policyText: RegistryPolicyText
}

/// <p>Deletes the registry&#39;s access policy.</p>
operation DeleteRegistryPolicy {
    input: DeleteRegistryPolicyRequest
    output: DeleteRegistryPolicyResponse
    errors: [
        InvalidParameterException
        RegistryPolicyNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DeleteRegistryPolicyRequest {
}

@output
structure DeleteRegistryPolicyResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The policy: an IAM policy document in JSON.</p>
    policyText: RegistryPolicyText
}

/// <p>Lists the artifacts (signatures, SBOMs, attestations) whose subject is an image.</p>
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "referrers", pageSize: "maxResults")
operation ListImageReferrers {
    input: ListImageReferrersRequest
    output: ListImageReferrersResponse
    errors: [
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        UnableToListUpstreamImageReferrersException
        ValidationException
    ]
}

@input
structure ListImageReferrersRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The image the artifacts refer to.</p>
    @required
    subjectId: SubjectIdentifier

    /// <p>Which artifacts to list.</p>
    filter: ListImageReferrersFilter

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent on the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: FiftyMaxResults
}

/// <p>An image, by digest.</p>
structure SubjectIdentifier {
    /// <p>The image&#39;s digest.</p>
    @required
    imageDigest: ImageDigest
}

/// <p>Selects artifacts by type and status.</p>
structure ListImageReferrersFilter {
    /// <p>Only artifacts of these types.</p>
    artifactTypes: ArtifactTypeList

    /// <p>Only artifacts in this status; <code>ANY</code> for all. Active ones when left out.</p>
    artifactStatus: ArtifactStatusFilter
}

@length(min: 0, max: 5)
list ArtifactTypeList {
    member: ArtifactType
}

@length(min: 1, max: 255)
string ArtifactType

/// <p>An artifact status to list, or any.</p>
enum ArtifactStatusFilter {
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    ACTIVATING = "ACTIVATING"
    ANY = "ANY"
}

@range(min: 1, max: 50)
integer FiftyMaxResults

@output
structure ListImageReferrersResponse {
    /// <p>The artifacts.</p>
    referrers: ImageReferrerList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent on the last page.</p>
    nextToken: NextToken
}

list ImageReferrerList {
    member: ImageReferrer
}

/// <p>An artifact that refers to an image.</p>
structure ImageReferrer {
    /// <p>The artifact&#39;s manifest digest.</p>
    @required
    digest: ImageDigest

    /// <p>The artifact&#39;s manifest media type.</p>
    @required
    mediaType: MediaType

    /// <p>What the artifact is: its <code>artifactType</code>, else its config&#39;s media type.</p>
    artifactType: ArtifactType

    /// <p>The size of the artifact&#39;s manifest in bytes.</p>
    @required
    size: ImageSizeInBytes

    /// <p>The annotations of the artifact&#39;s manifest.</p>
    annotations: Annotations

    /// <p>Whether the artifact is active or archived.</p>
    artifactStatus: ArtifactStatus
}

map Annotations {
    key: String
    value: String
}

/// <p>Whether an artifact is active or archived.</p>
enum ArtifactStatus {
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    ACTIVATING = "ACTIVATING"
}

/// <p>The upstream registry of a pull-through cache rule could not list the referrers.</p>
@error("client")
structure UnableToListUpstreamImageReferrersException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Moves an image to archival storage, where it is kept but cannot be pulled, or back to standard storage.</p>
operation UpdateImageStorageClass {
    input: UpdateImageStorageClassRequest
    output: UpdateImageStorageClassResponse
    errors: [
        ImageNotFoundException
        ImageStorageClassUpdateNotSupportedException
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure UpdateImageStorageClassRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The image, by digest or tag.</p>
    @required
    imageId: ImageIdentifier

    /// <p><code>ARCHIVE</code> or <code>STANDARD</code>.</p>
    @required
    targetStorageClass: TargetStorageClass
}

/// <p>A storage class an image can be moved to.</p>
enum TargetStorageClass {
    STANDARD = "STANDARD"
    ARCHIVE = "ARCHIVE"
}

@output
structure UpdateImageStorageClassResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The image, by digest or tag.</p>
    imageId: ImageIdentifier

    /// <p>The image&#39;s status now.</p>
    imageStatus: ImageStatus
}

/// <p>Whether an image is active (pullable), archived, or being restored.</p>
enum ImageStatus {
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    ACTIVATING = "ACTIVATING"
}

/// <p>The image cannot move to that storage class (it is not an image whose class can change, or is on its way already).</p>
@error("client")
structure ImageStorageClassUpdateNotSupportedException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Stops recording the pulls of a principal in images&#39; last pull times (for scanners and mirrors whose pulls say nothing about use).</p>
operation RegisterPullTimeUpdateExclusion {
    input: RegisterPullTimeUpdateExclusionRequest
    output: RegisterPullTimeUpdateExclusionResponse
    errors: [
        ExclusionAlreadyExistsException
        InvalidParameterException
        LimitExceededException
        ServerException
        ValidationException
    ]
}

@input
structure RegisterPullTimeUpdateExclusionRequest {
    /// <p>The IAM user or role.</p>
    @required
    principalArn: PrincipalArn
}

@length(max: 200)
@pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")
string PrincipalArn

@output
structure RegisterPullTimeUpdateExclusionResponse {
    /// <p>The IAM user or role.</p>
    principalArn: PrincipalArn

    /// <p>When the exclusion was registered.</p>
    createdAt: CreationTimestamp
}

/// <p>The principal is already excluded.</p>
@error("client")
structure ExclusionAlreadyExistsException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Records image pulls by a principal again (see <code>RegisterPullTimeUpdateExclusion</code>).</p>
operation DeregisterPullTimeUpdateExclusion {
    input: DeregisterPullTimeUpdateExclusionRequest
    output: DeregisterPullTimeUpdateExclusionResponse
    errors: [
        ExclusionNotFoundException
        InvalidParameterException
        LimitExceededException
        ServerException
        ValidationException
    ]
}

@input
structure DeregisterPullTimeUpdateExclusionRequest {
    /// <p>The IAM user or role.</p>
    @required
    principalArn: PrincipalArn
}

@output
structure DeregisterPullTimeUpdateExclusionResponse {
    /// <p>The IAM user or role.</p>
    principalArn: PrincipalArn
}

/// <p>The principal is not excluded.</p>
@error("client")
structure ExclusionNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Lists the principals whose pulls are not recorded in images&#39; last pull times.</p>
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "pullTimeUpdateExclusions", pageSize: "maxResults")
operation ListPullTimeUpdateExclusions {
    input: ListPullTimeUpdateExclusionsRequest
    output: ListPullTimeUpdateExclusionsResponse
    errors: [
        InvalidParameterException
        LimitExceededException
        ServerException
        ValidationException
    ]
}

@input
structure ListPullTimeUpdateExclusionsRequest {
    /// <p>The most results to return in one page.</p>
    maxResults: MaxResults

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent on the last page.</p>
    nextToken: NextToken
}

@output
structure ListPullTimeUpdateExclusionsResponse {
    /// <p>The principals excluded.</p>
    pullTimeUpdateExclusions: PullTimeUpdateExclusionList

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent on the last page.</p>
    nextToken: NextToken
}

@length(min: 0, max: 100)
list PullTimeUpdateExclusionList {
    member: PrincipalArn
}

timestamp LastArchivedAtTimestamp

timestamp LastActivatedAtTimestamp

/// <p>Scans an image: reads the package databases of its layers (dpkg, apk, rpm) and matches the installed versions against the registry&#39;s vulnerability database.</p>
operation StartImageScan {
    input: StartImageScanRequest
    output: StartImageScanResponse
    errors: [
        ImageNotFoundException
        InvalidParameterException
        LimitExceededException
        RepositoryNotFoundException
        ServerException
        UnsupportedImageTypeException
        ValidationException
    ]
}

@input
structure StartImageScanRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    @required
    imageId: ImageIdentifier
}

@output
structure StartImageScanResponse {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    imageId: ImageIdentifier

    /// <p>Where the scan stands, and why when it failed.</p>
    imageScanStatus: ImageScanStatus
}

/// <p>Where an image scan stands.</p>
structure ImageScanStatus {
    /// <p>The scan&#39;s state.</p>
    status: ScanStatus

    /// <p>Why the scan stands where it does, in words.</p>
    description: ScanStatusDescription
}

/// <p>The state of an image scan.</p>
enum ScanStatus {
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    UNSUPPORTED_IMAGE = "UNSUPPORTED_IMAGE"
    ACTIVE = "ACTIVE"
    PENDING = "PENDING"
    SCAN_ELIGIBILITY_EXPIRED = "SCAN_ELIGIBILITY_EXPIRED"
    FINDINGS_UNAVAILABLE = "FINDINGS_UNAVAILABLE"
    LIMIT_EXCEEDED = "LIMIT_EXCEEDED"
}

string ScanStatusDescription

/// <p>The image is not of a type that can be scanned.</p>
@error("client")
structure UnsupportedImageTypeException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Tells how an image&#39;s last scan went and what it found, page by page.</p>
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults")
@smithy.waiters#waitable(
    ImageScanComplete: {
        documentation: "Waits until the image's scan has ended, with findings."
        acceptors: [
            {
                state: "success"
                matcher: { output: { path: "imageScanStatus.status", expected: "COMPLETE", comparator: "stringEquals" } }
            }
            {
                state: "failure"
                matcher: { output: { path: "imageScanStatus.status", expected: "FAILED", comparator: "stringEquals" } }
            }
        ]
        minDelay: 5
    }
)
operation DescribeImageScanFindings {
    input: DescribeImageScanFindingsRequest
    output: DescribeImageScanFindingsResponse
    errors: [
        ImageNotFoundException
        InvalidParameterException
        RepositoryNotFoundException
        ScanNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DescribeImageScanFindingsRequest {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    @required
    imageId: ImageIdentifier

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken

    /// <p>The most results to return in one page.</p>
    maxResults: MaxResults
}

@output
structure DescribeImageScanFindingsResponse {
    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId

    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    imageId: ImageIdentifier

    /// <p>Where the scan stands, and why when it failed.</p>
    imageScanStatus: ImageScanStatus

    /// <p>What the scan found.</p>
    imageScanFindings: ImageScanFindings

    /// <p>The token for the next page: pass the <code>nextToken</code> of the previous response; absent in the last page.</p>
    nextToken: NextToken
}

/// <p>The findings of an image scan.</p>
structure ImageScanFindings {
    /// <p>When the scan ended.</p>
    imageScanCompletedAt: ScanTimestamp

    /// <p>When the vulnerability database used was last updated.</p>
    vulnerabilitySourceUpdatedAt: VulnerabilitySourceUpdateTimestamp

    /// <p>How many findings of each severity.</p>
    findingSeverityCounts: FindingSeverityCounts

    /// <p>The findings of this page.</p>
    findings: ImageScanFindingList
}

timestamp ScanTimestamp

timestamp VulnerabilitySourceUpdateTimestamp

map FindingSeverityCounts {
    key: FindingSeverity
    value: SeverityCount
}

/// <p>How severe a finding is.</p>
enum FindingSeverity {
    INFORMATIONAL = "INFORMATIONAL"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    CRITICAL = "CRITICAL"
    UNDEFINED = "UNDEFINED"
}

@range(min: 0)
integer SeverityCount

list ImageScanFindingList {
    member: ImageScanFinding
}

/// <p>A vulnerability of a package installed in the image.</p>
structure ImageScanFinding {
    /// <p>The vulnerability&#39;s identifier (<code>CVE-...</code>, <code>DSA-...</code>, ...).</p>
    name: FindingName

    /// <p>What the vulnerability is.</p>
    description: FindingDescription

    /// <p>Where to read about it.</p>
    uri: Url

    /// <p>How severe it is.</p>
    severity: FindingSeverity

    /// <p>The package and versions concerned: <code>package_name</code>, <code>package_version</code>, <code>fixed_version</code>.</p>
    attributes: AttributeList
}

string FindingName

string FindingDescription

@length(min: 0, max: 50)
list AttributeList {
    member: Attribute
}

/// <p>A named value.</p>
structure Attribute {
    /// <p>The name.</p>
    @required
    key: AttributeKey

    /// <p>The value.</p>
    value: AttributeValue
}

@length(min: 1, max: 128)
string AttributeKey

@length(min: 1, max: 256)
string AttributeValue

/// <p>The image has not been scanned.</p>
@error("client")
structure ScanNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>A summary of an image&#39;s last scan.</p>
structure ImageScanFindingsSummary {
    /// <p>When the scan ended.</p>
    imageScanCompletedAt: ScanTimestamp

    /// <p>When the vulnerability database used was last updated.</p>
    vulnerabilitySourceUpdatedAt: VulnerabilitySourceUpdateTimestamp

    /// <p>How many findings of each severity.</p>
    findingSeverityCounts: FindingSeverityCounts
}

/// <p>Sets where the registry copies pushed images: other registries, named by region and account, that the registry can reach.</p>
operation PutReplicationConfiguration {
    input: PutReplicationConfigurationRequest
    output: PutReplicationConfigurationResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure PutReplicationConfigurationRequest {
    /// <p>Where images pushed to this registry are copied.</p>
    @required
    replicationConfiguration: ReplicationConfiguration
}

@output
structure PutReplicationConfigurationResponse {
    /// <p>Where images pushed to this registry are copied.</p>
    replicationConfiguration: ReplicationConfiguration
}

/// <p>Tells, for each registry an image is copied to, whether the copy is done, under way or failed, and why.</p>
@readonly
operation DescribeImageReplicationStatus {
    input: DescribeImageReplicationStatusRequest
    output: DescribeImageReplicationStatusResponse
    errors: [
        ImageNotFoundException
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DescribeImageReplicationStatusRequest {
    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    @required
    imageId: ImageIdentifier

    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId
}

@output
structure DescribeImageReplicationStatusResponse {
    /// <p>The repository.</p>
    repositoryName: RepositoryName

    /// <p>Which image.</p>
    imageId: ImageIdentifier

    /// <p>One entry per registry the image is copied to.</p>
    replicationStatuses: ImageReplicationStatusList
}

list ImageReplicationStatusList {
    member: ImageReplicationStatus
}

/// <p>Where the copy of an image to one registry stands.</p>
structure ImageReplicationStatus {
    /// <p>The region of the registry copied to.</p>
    region: Region

    /// <p>The 12-digit account id of the registry copied to.</p>
    registryId: RegistryId

    /// <p>The copy&#39;s state.</p>
    status: ReplicationStatus

    /// <p>Why the copy failed.</p>
    failureCode: ReplicationError
}

/// <p>The state of the copy of an image to a registry.</p>
enum ReplicationStatus {
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
}

string ReplicationError

/// <p>Sets which images the registry signs when they are pushed, and with which signing profile.</p>
operation PutSigningConfiguration {
    input: PutSigningConfigurationRequest
    output: PutSigningConfigurationResponse
    errors: [
        InvalidParameterException
        ServerException
        ValidationException
    ]
}

@input
structure PutSigningConfigurationRequest {
    /// <p>The signing configuration.</p>
    @required
    signingConfiguration: SigningConfiguration
}

/// <p>The registry&#39;s signing rules.</p>
structure SigningConfiguration {
    /// <p>The rules, at most ten.</p>
    @required
    rules: SigningRuleList
}

@length(min: 0, max: 10)
list SigningRuleList {
    member: SigningRule
}

/// <p>Signs the images pushed to the repositories the filters select with one signing profile.</p>
structure SigningRule {
    /// <p>The signing profile to sign with.</p>
    @required
    signingProfileArn: SigningProfileArn

    /// <p>Which repositories the rule covers; none means every repository.</p>
    repositoryFilters: SigningRepositoryFilterList
}

@length(max: 200)
@pattern("^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\\/signing-profiles\\/[a-zA-Z0-9_]{2,}$")
string SigningProfileArn

@length(min: 1, max: 100)
list SigningRepositoryFilterList {
    member: SigningRepositoryFilter
}

/// <p>Selects repositories by a name pattern in which <code>*</code> matches any characters.</p>
structure SigningRepositoryFilter {
    /// <p>A pattern of repository names in which <code>*</code> matches any characters.</p>
    @required
    filter: SigningRepositoryFilterValue

    /// <p>How <code>filter</code> is matched: <code>WILDCARD_MATCH</code>.</p>
    @required
    filterType: SigningRepositoryFilterType
}

@length(min: 1, max: 256)
@pattern("^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$")
string SigningRepositoryFilterValue

/// <p>How a signing filter matches names.</p>
enum SigningRepositoryFilterType {
    WILDCARD_MATCH = "WILDCARD_MATCH"
}

@output
structure PutSigningConfigurationResponse {
    /// <p>The signing configuration.</p>
    signingConfiguration: SigningConfiguration
}

/// <p>Tells which images the registry signs when they are pushed, and with which signing profile.</p>
@readonly
operation GetSigningConfiguration {
    input: GetSigningConfigurationRequest
    output: GetSigningConfigurationResponse
    errors: [
        InvalidParameterException
        ServerException
        SigningConfigurationNotFoundException
        ValidationException
    ]
}

@input
structure GetSigningConfigurationRequest {
}

@output
structure GetSigningConfigurationResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The signing configuration.</p>
    signingConfiguration: SigningConfiguration
}

/// <p>The registry has no signing configuration.</p>
@error("client")
structure SigningConfigurationNotFoundException {
    /// <p>What went wrong.</p>
    message: ExceptionMessage
}

/// <p>Deletes the registry&#39;s signing configuration: images pushed afterwards are not signed.</p>
operation DeleteSigningConfiguration {
    input: DeleteSigningConfigurationRequest
    output: DeleteSigningConfigurationResponse
    errors: [
        ServerException
        SigningConfigurationNotFoundException
        ValidationException
    ]
}

@input
structure DeleteSigningConfigurationRequest {
}

@output
structure DeleteSigningConfigurationResponse {
    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>The signing configuration.</p>
    signingConfiguration: SigningConfiguration
}

/// <p>Tells, for each signing profile whose rules matched an image, whether the image was signed.</p>
@readonly
operation DescribeImageSigningStatus {
    input: DescribeImageSigningStatusRequest
    output: DescribeImageSigningStatusResponse
    errors: [
        ImageNotFoundException
        InvalidParameterException
        RepositoryNotFoundException
        ServerException
        ValidationException
    ]
}

@input
structure DescribeImageSigningStatusRequest {
    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    @required
    repositoryName: RepositoryName

    /// <p>The image, by digest or tag.</p>
    @required
    imageId: ImageIdentifier

    /// <p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>
    registryId: RegistryId
}

@output
structure DescribeImageSigningStatusResponse {
    /// <p>The name of the repository, for example <code>team/service</code>.</p>
    repositoryName: RepositoryName

    /// <p>The image, by digest or tag.</p>
    imageId: ImageIdentifier

    /// <p>The 12-digit account id of the registry.</p>
    registryId: RegistryId

    /// <p>One entry per signing profile whose rules matched the image.</p>
    signingStatuses: ImageSigningStatusList
}

list ImageSigningStatusList {
    member: ImageSigningStatus
}

/// <p>Whether an image was signed with one signing profile.</p>
structure ImageSigningStatus {
    /// <p>The signing profile to sign with.</p>
    signingProfileArn: SigningProfileArn

    /// <p>Why signing failed, as a code.</p>
    failureCode: SigningStatusFailureCode

    /// <p>Why signing failed, in words.</p>
    failureReason: SigningStatusFailureReason

    /// <p>Where signing stands: <code>IN_PROGRESS</code>, <code>COMPLETE</code> or <code>FAILED</code>.</p>
    status: SigningStatus
}

string SigningStatusFailureCode

string SigningStatusFailureReason

/// <p>Where the signing of an image stands.</p>
enum SigningStatus {
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
}
