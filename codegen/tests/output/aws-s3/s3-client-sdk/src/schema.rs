// Generated from models/aws-s3.json by codegen — do not edit.
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
    Operation { name: "AbortMultipartUpload", input: &ABORT_MULTIPART_UPLOAD_REQUEST, output: &ABORT_MULTIPART_UPLOAD_OUTPUT, pagination: None,
        errors: &["NoSuchUpload"],
        summary: "This operation aborts a multipart upload. After a multipart upload is aborted, no additional parts can be uploaded using that upload ID. The storage consumed by any previously uploaded parts will be freed. However, if any part uploads are currently in progress, those part uploads might or might not succeed. As a result, it might be necessary to abort a given multipart upload multiple times in order to completely free all storage consumed by all parts." },
    Operation { name: "CompleteMultipartUpload", input: &COMPLETE_MULTIPART_UPLOAD_REQUEST, output: &COMPLETE_MULTIPART_UPLOAD_OUTPUT, pagination: None,
        errors: &[],
        summary: "Completes a multipart upload by assembling previously uploaded parts." },
    Operation { name: "CopyObject", input: &COPY_OBJECT_REQUEST, output: &COPY_OBJECT_OUTPUT, pagination: None,
        errors: &["ObjectNotInActiveTierError"],
        summary: "Creates a copy of an object that is already stored in Amazon S3." },
    Operation { name: "CreateBucket", input: &CREATE_BUCKET_REQUEST, output: &CREATE_BUCKET_OUTPUT, pagination: None,
        errors: &["BucketAlreadyExists", "BucketAlreadyOwnedByYou"],
        summary: "**Note:** This action creates an Amazon S3 bucket. To create an Amazon S3 on Outposts bucket, see [ `CreateBucket`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateBucket.html) ." },
    Operation { name: "CreateMultipartUpload", input: &CREATE_MULTIPART_UPLOAD_REQUEST, output: &CREATE_MULTIPART_UPLOAD_OUTPUT, pagination: None,
        errors: &[],
        summary: "This action initiates a multipart upload and returns an upload ID. This upload ID is used to associate all of the parts in the specific multipart upload. You specify this upload ID in each of your subsequent upload part requests (see [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html)). You also include this upload ID in the final request to either complete or abort the multipart upload request. For more information about multipart uploads, see [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide*." },
    Operation { name: "DeleteBucket", input: &DELETE_BUCKET_REQUEST, output: &DELETE_BUCKET_OUTPUT, pagination: None,
        errors: &[],
        summary: "Deletes the S3 bucket. All objects (including all object versions and delete markers) in the bucket must be deleted before the bucket itself can be deleted." },
    Operation { name: "DeleteObject", input: &DELETE_OBJECT_REQUEST, output: &DELETE_OBJECT_OUTPUT, pagination: None,
        errors: &[],
        summary: "Removes an object from a bucket. The behavior depends on the bucket's versioning state:" },
    Operation { name: "GetObject", input: &GET_OBJECT_REQUEST, output: &GET_OBJECT_OUTPUT, pagination: None,
        errors: &["InvalidObjectState", "NoSuchKey"],
        summary: "Retrieves an object from Amazon S3." },
    Operation { name: "HeadBucket", input: &HEAD_BUCKET_REQUEST, output: &HEAD_BUCKET_OUTPUT, pagination: None,
        errors: &["NotFound"],
        summary: "You can use this operation to determine if a bucket exists and if you have permission to access it. The action returns a `200 OK` if the bucket exists and you have permission to access it." },
    Operation { name: "HeadObject", input: &HEAD_OBJECT_REQUEST, output: &HEAD_OBJECT_OUTPUT, pagination: None,
        errors: &["NotFound"],
        summary: "The `HEAD` operation retrieves metadata from an object without returning the object itself. This operation is useful if you're interested only in an object's metadata." },
    Operation { name: "ListBuckets", input: &LIST_BUCKETS_REQUEST, output: &LIST_BUCKETS_OUTPUT, pagination: Some(Pagination { input_token: "ContinuationToken", output_token: "ContinuationToken", items: Some("Buckets"), page_size: Some("MaxBuckets") }),
        errors: &[],
        summary: "**Note:** This operation is not supported for directory buckets." },
    Operation { name: "ListObjectsV2", input: &LIST_OBJECTS_V2_REQUEST, output: &LIST_OBJECTS_V2_OUTPUT, pagination: Some(Pagination { input_token: "ContinuationToken", output_token: "NextContinuationToken", items: None, page_size: Some("MaxKeys") }),
        errors: &["NoSuchBucket"],
        summary: "Returns some or all (up to 1,000) of the objects in a bucket with each request. You can use the request parameters as selection criteria to return a subset of the objects in a bucket. A `200 OK` response can contain valid or invalid XML. Make sure to design your application to parse the contents of the response and handle it appropriately. For more information about listing objects, see [Listing object keys programmatically](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ListingKeysUsingAPIs.html) in the *Amazon S3 User Guide*. To get a list of your buckets, see [ListBuckets](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html)." },
    Operation { name: "PutObject", input: &PUT_OBJECT_REQUEST, output: &PUT_OBJECT_OUTPUT, pagination: None,
        errors: &["EncryptionTypeMismatch", "InvalidRequest", "InvalidWriteOffset", "TooManyParts"],
        summary: "Adds an object to a bucket." },
    Operation { name: "SelectObjectContent", input: &SELECT_OBJECT_CONTENT_REQUEST, output: &SELECT_OBJECT_CONTENT_OUTPUT, pagination: None,
        errors: &[],
        summary: "**Note:** This operation is not supported for directory buckets." },
    Operation { name: "UploadPart", input: &UPLOAD_PART_REQUEST, output: &UPLOAD_PART_OUTPUT, pagination: None,
        errors: &[],
        summary: "Uploads a part in a multipart upload." },
];

#[rustfmt::skip]
static ABORT_MULTIPART_UPLOAD_OUTPUT: Structure = Structure { name: "AbortMultipartUploadOutput", union: false, members: &[
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
]};

#[rustfmt::skip]
static ABORT_MULTIPART_UPLOAD_REQUEST: Structure = Structure { name: "AbortMultipartUploadRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The bucket name to which the upload was taking place." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "IfMatchInitiatedTime", ty: Type::Timestamp, required: false, summary: "If present, this header aborts an in progress multipart upload only if it was initiated on the provided timestamp. If the initiated timestamp of the multipart upload does not match the provided value, the operation returns a `412 Precondition Failed` error. If the initiated timestamp matches or if the multipart upload doesn’t exist, the operation returns a `204 Success (No Content)` response." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Key of the object for which the multipart upload was initiated." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "UploadId", ty: Type::String, required: true, summary: "Upload ID that identifies the multipart upload." },
]};

#[rustfmt::skip]
static BUCKET: Structure = Structure { name: "Bucket", union: false, members: &[
    Member { name: "BucketRegion", ty: Type::String, required: false, summary: "`BucketRegion` indicates the Amazon Web Services region where the bucket is located. If the request contains at least one valid parameter, it is included in the response." },
    Member { name: "CreationDate", ty: Type::Timestamp, required: false, summary: "Date the bucket was created. This date can change when making changes to your bucket, such as editing its bucket policy." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The name of the bucket." },
]};

#[rustfmt::skip]
static BUCKET_INFO: Structure = Structure { name: "BucketInfo", union: false, members: &[
    Member { name: "DataRedundancy", ty: Type::Enum(DATA_REDUNDANCY_VALUES), required: false, summary: "The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the bucket." },
    Member { name: "Type", ty: Type::Enum(BUCKET_TYPE_VALUES), required: false, summary: "The type of bucket." },
]};

#[rustfmt::skip]
static COMMON_PREFIX: Structure = Structure { name: "CommonPrefix", union: false, members: &[
    Member { name: "Prefix", ty: Type::String, required: false, summary: "Container for the specified common prefix." },
]};

#[rustfmt::skip]
static COMPLETE_MULTIPART_UPLOAD_OUTPUT: Structure = Structure { name: "CompleteMultipartUploadOutput", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: false, summary: "The name of the bucket that contains the newly created object. Does not return the access point ARN or access point alias if used." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum type that was specified during the `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "Entity tag that identifies the newly created object's data. Objects with different object data will have different entity tags. The entity tag is an opaque string. The entity tag may or may not be an MD5 digest of the object data. If the entity tag is not an MD5 digest of the object data, it will contain one or more nonhexadecimal characters and/or will consist of less than 32 or more than 32 hexadecimal digits. For more information about how the entity tag is calculated, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "Expiration", ty: Type::String, required: false, summary: "If the object expiration is configured, this will contain the expiration date (`expiry-date`) and rule ID (`rule-id`). The value of `rule-id` is URL-encoded." },
    Member { name: "Key", ty: Type::String, required: false, summary: "The object key of the newly created object." },
    Member { name: "Location", ty: Type::String, required: false, summary: "The URI that identifies the newly created object." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when storing this object in Amazon S3 (for example, `AES256`, `aws:kms`)." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID of the newly created object, in case the bucket has versioning turned on." },
]};

#[rustfmt::skip]
static COMPLETE_MULTIPART_UPLOAD_REQUEST: Structure = Structure { name: "CompleteMultipartUploadRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "Name of the bucket to which the multipart upload was initiated." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "This header specifies the checksum type of the object, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum that was specified. If the checksum type doesn’t match the checksum type that was specified for the object during the `CreateMultipartUpload` request, it’ll result in a `BadDigest` error. For more information, see Checking object integrity in the Amazon S3 User Guide." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "IfMatch", ty: Type::String, required: false, summary: "Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error." },
    Member { name: "IfNoneMatch", ty: Type::String, required: false, summary: "Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Object key for which the multipart upload was initiated." },
    Member { name: "MpuObjectSize", ty: Type::Integer, required: false, summary: "The expected total object size of the multipart upload request. If there’s a mismatch between the specified object size value and the actual object size value, it results in an `HTTP 400 InvalidRequest` error." },
    Member { name: "MultipartUpload", ty: Type::Structure(&COMPLETED_MULTIPART_UPLOAD), required: false, summary: "The container for the multipart upload request information." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is required only when the object was created using a checksum algorithm or if your bucket policy requires the use of SSE-C. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html#ssec-require-condition-key) in the *Amazon S3 User Guide*." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*." },
    Member { name: "UploadId", ty: Type::String, required: true, summary: "ID for the initiated multipart upload." },
]};

#[rustfmt::skip]
static COMPLETED_MULTIPART_UPLOAD: Structure = Structure { name: "CompletedMultipartUpload", union: false, members: &[
    Member { name: "Parts", ty: Type::List(&Type::Structure(&COMPLETED_PART)), required: false, summary: "Array of CompletedPart data types." },
]};

#[rustfmt::skip]
static COMPLETED_PART: Structure = Structure { name: "CompletedPart", union: false, members: &[
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32C` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC64NVME` checksum algorithm to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA1` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA256` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "Entity tag returned when the part was uploaded." },
    Member { name: "PartNumber", ty: Type::Integer, required: false, summary: "Part number that identifies the part. This is a positive integer between 1 and 10,000." },
]};

#[rustfmt::skip]
static COPY_OBJECT_OUTPUT: Structure = Structure { name: "CopyObjectOutput", union: false, members: &[
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the copied object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "CopyObjectResult", ty: Type::Structure(&COPY_OBJECT_RESULT), required: false, summary: "Container for all response elements." },
    Member { name: "CopySourceVersionId", ty: Type::String, required: false, summary: "Version ID of the source object that was copied." },
    Member { name: "Expiration", ty: Type::String, required: false, summary: "If the object expiration is configured, the response includes this header." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key." },
    Member { name: "SSEKMSEncryptionContext", ty: Type::String, required: false, summary: "If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded UTF-8 string holding JSON with the encryption context key-value pairs." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`, `aws:kms:dsse`)." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID of the newly created copy." },
]};

#[rustfmt::skip]
static COPY_OBJECT_REQUEST: Structure = Structure { name: "CopyObjectRequest", union: false, members: &[
    Member { name: "ACL", ty: Type::Enum(OBJECT_CANNED_ACL_VALUES), required: false, summary: "The canned access control list (ACL) to apply to the object." },
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The name of the destination bucket." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If a target object uses SSE-KMS, you can enable an S3 Bucket Key for the object." },
    Member { name: "CacheControl", ty: Type::String, required: false, summary: "Specifies the caching behavior along the request/reply chain." },
    Member { name: "ChecksumAlgorithm", ty: Type::Enum(CHECKSUM_ALGORITHM_VALUES), required: false, summary: "Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ContentDisposition", ty: Type::String, required: false, summary: "Specifies presentational information for the object. Indicates whether an object should be displayed in a web browser or downloaded as a file. It allows specifying the desired filename for the downloaded file." },
    Member { name: "ContentEncoding", ty: Type::String, required: false, summary: "Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field." },
    Member { name: "ContentLanguage", ty: Type::String, required: false, summary: "The language the content is in." },
    Member { name: "ContentType", ty: Type::String, required: false, summary: "A standard MIME type that describes the format of the object data." },
    Member { name: "CopySource", ty: Type::String, required: true, summary: "Specifies the source object for the copy operation. The source object can be up to 5 GB. If the source object is an object that was uploaded by using a multipart upload, the object copy will be a single part object after the source object is copied to the destination bucket." },
    Member { name: "CopySourceIfMatch", ty: Type::String, required: false, summary: "Copies the object if its entity tag (ETag) matches the specified tag." },
    Member { name: "CopySourceIfModifiedSince", ty: Type::Timestamp, required: false, summary: "Copies the object if it has been modified since the specified time." },
    Member { name: "CopySourceIfNoneMatch", ty: Type::String, required: false, summary: "Copies the object if its entity tag (ETag) is different than the specified ETag." },
    Member { name: "CopySourceIfUnmodifiedSince", ty: Type::Timestamp, required: false, summary: "Copies the object if it hasn't been modified since the specified time." },
    Member { name: "CopySourceSSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when decrypting the source object (for example, `AES256`)." },
    Member { name: "CopySourceSSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source object. The encryption key provided in this header must be the same one that was used when the source object was created." },
    Member { name: "CopySourceSSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected destination bucket owner. If the account ID that you provide does not match the actual owner of the destination bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "ExpectedSourceBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected source bucket owner. If the account ID that you provide does not match the actual owner of the source bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "Expires", ty: Type::Timestamp, required: false, summary: "The date and time at which the object is no longer cacheable." },
    Member { name: "GrantFullControl", ty: Type::String, required: false, summary: "Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object." },
    Member { name: "GrantRead", ty: Type::String, required: false, summary: "Allows grantee to read the object data and its metadata." },
    Member { name: "GrantReadACP", ty: Type::String, required: false, summary: "Allows grantee to read the object ACL." },
    Member { name: "GrantWriteACP", ty: Type::String, required: false, summary: "Allows grantee to write the ACL for the applicable object." },
    Member { name: "Key", ty: Type::String, required: true, summary: "The key of the destination object." },
    Member { name: "Metadata", ty: Type::Map(&Type::String), required: false, summary: "A map of metadata to store with the object in S3." },
    Member { name: "MetadataDirective", ty: Type::Enum(METADATA_DIRECTIVE_VALUES), required: false, summary: "Specifies whether the metadata is copied from the source object or replaced with metadata that's provided in the request. When copying an object, you can preserve all metadata (the default) or specify new metadata. If this header isn’t specified, `COPY` is the default behavior." },
    Member { name: "ObjectLockLegalHoldStatus", ty: Type::Enum(OBJECT_LOCK_LEGAL_HOLD_STATUS_VALUES), required: false, summary: "Specifies whether you want to apply a legal hold to the object copy." },
    Member { name: "ObjectLockMode", ty: Type::Enum(OBJECT_LOCK_MODE_VALUES), required: false, summary: "The Object Lock mode that you want to apply to the object copy." },
    Member { name: "ObjectLockRetainUntilDate", ty: Type::Timestamp, required: false, summary: "The date and time when you want the Object Lock of the object copy to expire." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when encrypting the object (for example, `AES256`)." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded. Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "SSEKMSEncryptionContext", ty: Type::String, required: false, summary: "Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for the destination object encryption. The value of this header is a base64-encoded UTF-8 string holding JSON with the encryption context key-value pairs." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. All GET and PUT requests for an object protected by KMS will fail if they're not made via SSL or using SigV4. For information about configuring any of the officially supported Amazon Web Services SDKs and Amazon Web Services CLI, see [Specifying the Signature Version in Request Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#specify-signature-version) in the *Amazon S3 User Guide*." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when storing this object in Amazon S3. Unrecognized or unsupported values won’t write a destination object and will receive a `400 Bad Request` response." },
    Member { name: "StorageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "If the `x-amz-storage-class` header is not used, the copied object will be stored in the `STANDARD` Storage Class by default. The `STANDARD` storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class." },
    Member { name: "Tagging", ty: Type::String, required: false, summary: "The tag-set for the object copy in the destination bucket. This value must be used in conjunction with the `x-amz-tagging-directive` if you choose `REPLACE` for the `x-amz-tagging-directive`. If you choose `COPY` for the `x-amz-tagging-directive`, you don't need to set the `x-amz-tagging` header, because the tag-set will be copied from the source object directly. The tag-set must be encoded as URL Query parameters." },
    Member { name: "TaggingDirective", ty: Type::Enum(TAGGING_DIRECTIVE_VALUES), required: false, summary: "Specifies whether the object tag-set is copied from the source object or replaced with the tag-set that's provided in the request." },
    Member { name: "WebsiteRedirectLocation", ty: Type::String, required: false, summary: "If the destination bucket is configured as a website, redirects requests for this object copy to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. This value is unique to each object and is not copied when using the `x-amz-metadata-directive` header. Instead, you may opt to provide this header in combination with the `x-amz-metadata-directive` header." },
]};

#[rustfmt::skip]
static COPY_OBJECT_RESULT: Structure = Structure { name: "CopyObjectResult", union: false, members: &[
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This checksum is present if the object being copied was uploaded with the `CRC64NVME` checksum algorithm, or if the object was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "Returns the ETag of the new object. The ETag reflects only changes to the contents of an object, not its metadata." },
    Member { name: "LastModified", ty: Type::Timestamp, required: false, summary: "Creation date of the object." },
]};

#[rustfmt::skip]
static CREATE_BUCKET_CONFIGURATION: Structure = Structure { name: "CreateBucketConfiguration", union: false, members: &[
    Member { name: "Bucket", ty: Type::Structure(&BUCKET_INFO), required: false, summary: "Specifies the information about the bucket that will be created." },
    Member { name: "Location", ty: Type::Structure(&LOCATION_INFO), required: false, summary: "Specifies the location where the bucket will be created." },
    Member { name: "LocationConstraint", ty: Type::Enum(BUCKET_LOCATION_CONSTRAINT_VALUES), required: false, summary: "Specifies the Region where the bucket will be created. You might choose a Region to optimize latency, minimize costs, or address regulatory requirements. For example, if you reside in Europe, you will probably find it advantageous to create buckets in the Europe (Ireland) Region." },
]};

#[rustfmt::skip]
static CREATE_BUCKET_OUTPUT: Structure = Structure { name: "CreateBucketOutput", union: false, members: &[
    Member { name: "Location", ty: Type::String, required: false, summary: "A forward slash followed by the name of the bucket." },
]};

#[rustfmt::skip]
static CREATE_BUCKET_REQUEST: Structure = Structure { name: "CreateBucketRequest", union: false, members: &[
    Member { name: "ACL", ty: Type::Enum(BUCKET_CANNED_ACL_VALUES), required: false, summary: "The canned ACL to apply to the bucket." },
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The name of the bucket to create." },
    Member { name: "CreateBucketConfiguration", ty: Type::Structure(&CREATE_BUCKET_CONFIGURATION), required: false, summary: "The configuration information for the bucket." },
    Member { name: "GrantFullControl", ty: Type::String, required: false, summary: "Allows grantee the read, write, read ACP, and write ACP permissions on the bucket." },
    Member { name: "GrantRead", ty: Type::String, required: false, summary: "Allows grantee to list the objects in the bucket." },
    Member { name: "GrantReadACP", ty: Type::String, required: false, summary: "Allows grantee to read the bucket ACL." },
    Member { name: "GrantWrite", ty: Type::String, required: false, summary: "Allows grantee to create new objects in the bucket." },
    Member { name: "GrantWriteACP", ty: Type::String, required: false, summary: "Allows grantee to write the ACL for the applicable bucket." },
    Member { name: "ObjectLockEnabledForBucket", ty: Type::Boolean, required: false, summary: "Specifies whether you want S3 Object Lock to be enabled for the new bucket." },
    Member { name: "ObjectOwnership", ty: Type::Enum(OBJECT_OWNERSHIP_VALUES), required: false, summary: "" },
]};

#[rustfmt::skip]
static CREATE_MULTIPART_UPLOAD_OUTPUT: Structure = Structure { name: "CreateMultipartUploadOutput", union: false, members: &[
    Member { name: "AbortDate", ty: Type::Timestamp, required: false, summary: "If the bucket has a lifecycle rule configured with an action to abort incomplete multipart uploads and the prefix in the lifecycle rule matches the object name in the request, the response includes this header. The header indicates when the initiated multipart upload becomes eligible for an abort operation. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*." },
    Member { name: "AbortRuleId", ty: Type::String, required: false, summary: "This header is returned along with the `x-amz-abort-date` header. It identifies the applicable lifecycle configuration rule that defines the action to abort incomplete multipart uploads." },
    Member { name: "Bucket", ty: Type::String, required: false, summary: "The name of the bucket to which the multipart upload was initiated. Does not return the access point ARN or access point alias if used." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "ChecksumAlgorithm", ty: Type::Enum(CHECKSUM_ALGORITHM_VALUES), required: false, summary: "The algorithm that was used to create a checksum of the object." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "Indicates the checksum type that you want Amazon S3 to use to calculate the object’s checksum value. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "Key", ty: Type::String, required: false, summary: "Object key for which the multipart upload was initiated." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key." },
    Member { name: "SSEKMSEncryptionContext", ty: Type::String, required: false, summary: "If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`)." },
    Member { name: "UploadId", ty: Type::String, required: false, summary: "ID for the initiated multipart upload." },
]};

#[rustfmt::skip]
static CREATE_MULTIPART_UPLOAD_REQUEST: Structure = Structure { name: "CreateMultipartUploadRequest", union: false, members: &[
    Member { name: "ACL", ty: Type::Enum(OBJECT_CANNED_ACL_VALUES), required: false, summary: "The canned ACL to apply to the object. Amazon S3 supports a set of predefined ACLs, known as *canned ACLs*. Each canned ACL has a predefined set of grantees and permissions. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the *Amazon S3 User Guide*." },
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The name of the bucket where the multipart upload is initiated and where the object is uploaded." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "CacheControl", ty: Type::String, required: false, summary: "Specifies caching behavior along the request/reply chain." },
    Member { name: "ChecksumAlgorithm", ty: Type::Enum(CHECKSUM_ALGORITHM_VALUES), required: false, summary: "Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "Indicates the checksum type that you want Amazon S3 to use to calculate the object’s checksum value. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ContentDisposition", ty: Type::String, required: false, summary: "Specifies presentational information for the object." },
    Member { name: "ContentEncoding", ty: Type::String, required: false, summary: "Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field." },
    Member { name: "ContentLanguage", ty: Type::String, required: false, summary: "The language that the content is in." },
    Member { name: "ContentType", ty: Type::String, required: false, summary: "A standard MIME type describing the format of the object data." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "Expires", ty: Type::Timestamp, required: false, summary: "The date and time at which the object is no longer cacheable." },
    Member { name: "GrantFullControl", ty: Type::String, required: false, summary: "Specify access permissions explicitly to give the grantee READ, READ_ACP, and WRITE_ACP permissions on the object." },
    Member { name: "GrantRead", ty: Type::String, required: false, summary: "Specify access permissions explicitly to allow grantee to read the object data and its metadata." },
    Member { name: "GrantReadACP", ty: Type::String, required: false, summary: "Specify access permissions explicitly to allows grantee to read the object ACL." },
    Member { name: "GrantWriteACP", ty: Type::String, required: false, summary: "Specify access permissions explicitly to allows grantee to allow grantee to write the ACL for the applicable object." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Object key for which the multipart upload is to be initiated." },
    Member { name: "Metadata", ty: Type::Map(&Type::String), required: false, summary: "A map of metadata to store with the object in S3." },
    Member { name: "ObjectLockLegalHoldStatus", ty: Type::Enum(OBJECT_LOCK_LEGAL_HOLD_STATUS_VALUES), required: false, summary: "Specifies whether you want to apply a legal hold to the uploaded object." },
    Member { name: "ObjectLockMode", ty: Type::Enum(OBJECT_LOCK_MODE_VALUES), required: false, summary: "Specifies the Object Lock mode that you want to apply to the uploaded object." },
    Member { name: "ObjectLockRetainUntilDate", ty: Type::Timestamp, required: false, summary: "Specifies the date and time when you want the Object Lock to expire." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when encrypting the object (for example, AES256)." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "SSEKMSEncryptionContext", ty: Type::String, required: false, summary: "Specifies the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`)." },
    Member { name: "StorageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*." },
    Member { name: "Tagging", ty: Type::String, required: false, summary: "The tag-set for the object. The tag-set must be encoded as URL Query parameters." },
    Member { name: "WebsiteRedirectLocation", ty: Type::String, required: false, summary: "If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata." },
]};

#[rustfmt::skip]
static CSV_INPUT: Structure = Structure { name: "CsvInput", union: false, members: &[
    Member { name: "AllowQuotedRecordDelimiter", ty: Type::Boolean, required: false, summary: "Specifies that CSV field values may contain quoted record delimiters and such records should be allowed. Default value is FALSE. Setting this value to TRUE may lower performance." },
    Member { name: "Comments", ty: Type::String, required: false, summary: "A single character used to indicate that a row should be ignored when the character is present at the start of that row. You can specify any character to indicate a comment line. The default character is `#`." },
    Member { name: "FieldDelimiter", ty: Type::String, required: false, summary: "A single character used to separate individual fields in a record. You can specify an arbitrary delimiter." },
    Member { name: "FileHeaderInfo", ty: Type::Enum(FILE_HEADER_INFO_VALUES), required: false, summary: "Describes the first line of input. Valid values are:" },
    Member { name: "QuoteCharacter", ty: Type::String, required: false, summary: "A single character used for escaping when the field delimiter is part of the value. For example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as follows: `\" a , b \"`." },
    Member { name: "QuoteEscapeCharacter", ty: Type::String, required: false, summary: "A single character used for escaping the quotation mark character inside an already escaped value. For example, the value `\"\"\" a , b \"\"\"` is parsed as `\" a , b \"`." },
    Member { name: "RecordDelimiter", ty: Type::String, required: false, summary: "A single character used to separate individual records in the input. Instead of the default value, you can specify an arbitrary delimiter." },
]};

#[rustfmt::skip]
static CSV_OUTPUT: Structure = Structure { name: "CsvOutput", union: false, members: &[
    Member { name: "FieldDelimiter", ty: Type::String, required: false, summary: "The value used to separate individual fields in a record. You can specify an arbitrary delimiter." },
    Member { name: "QuoteCharacter", ty: Type::String, required: false, summary: "A single character used for escaping when the field delimiter is part of the value. For example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as follows: `\" a , b \"`." },
    Member { name: "QuoteEscapeCharacter", ty: Type::String, required: false, summary: "The single character used for escaping the quote character inside an already escaped value." },
    Member { name: "QuoteFields", ty: Type::Enum(QUOTE_FIELDS_VALUES), required: false, summary: "Indicates whether to use quotation marks around output fields." },
    Member { name: "RecordDelimiter", ty: Type::String, required: false, summary: "A single character used to separate individual records in the output. Instead of the default value, you can specify an arbitrary delimiter." },
]};

#[rustfmt::skip]
static DELETE_BUCKET_OUTPUT: Structure = Structure { name: "DeleteBucketOutput", union: false, members: &[
]};

#[rustfmt::skip]
static DELETE_BUCKET_REQUEST: Structure = Structure { name: "DeleteBucketRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "Specifies the bucket being deleted." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
]};

#[rustfmt::skip]
static DELETE_OBJECT_OUTPUT: Structure = Structure { name: "DeleteObjectOutput", union: false, members: &[
    Member { name: "DeleteMarker", ty: Type::Boolean, required: false, summary: "Indicates whether the specified object version that was permanently deleted was (true) or was not (false) a delete marker before deletion. In a simple DELETE, this header indicates whether (true) or not (false) the current version of the object is a delete marker. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html)." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Returns the version ID of the delete marker created as a result of the DELETE operation." },
]};

#[rustfmt::skip]
static DELETE_OBJECT_REQUEST: Structure = Structure { name: "DeleteObjectRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The bucket name of the bucket containing the object." },
    Member { name: "BypassGovernanceRetention", ty: Type::Boolean, required: false, summary: "Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this operation. To use this header, you must have the `s3:BypassGovernanceRetention` permission." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "IfMatch", ty: Type::String, required: false, summary: "The `If-Match` header field makes the request method conditional on ETags. If the ETag value does not match, the operation returns a `412 Precondition Failed` error. If the ETag matches or if the object doesn't exist, the operation will return a `204 Success (No Content) response`." },
    Member { name: "IfMatchLastModifiedTime", ty: Type::Timestamp, required: false, summary: "If present, the object is deleted only if its modification times matches the provided `Timestamp`. If the `Timestamp` values do not match, the operation returns a `412 Precondition Failed` error. If the `Timestamp` matches or if the object doesn’t exist, the operation returns a `204 Success (No Content)` response." },
    Member { name: "IfMatchSize", ty: Type::Integer, required: false, summary: "If present, the object is deleted only if its size matches the provided size in bytes. If the `Size` value does not match, the operation returns a `412 Precondition Failed` error. If the `Size` matches or if the object doesn’t exist, the operation returns a `204 Success (No Content)` response." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Key name of the object to delete." },
    Member { name: "MFA", ty: Type::String, required: false, summary: "The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device. Required to permanently delete a versioned object if versioning is configured with MFA delete enabled." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID used to reference a specific version of the object." },
]};

#[rustfmt::skip]
static GET_OBJECT_OUTPUT: Structure = Structure { name: "GetObjectOutput", union: false, members: &[
    Member { name: "AcceptRanges", ty: Type::String, required: false, summary: "Indicates that a range of bytes was specified in the request." },
    Member { name: "Body", ty: Type::Blob, required: false, summary: "Object data." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "CacheControl", ty: Type::String, required: false, summary: "Specifies caching behavior along the request/reply chain." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in the `CreateMultipartUpload` request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ContentDisposition", ty: Type::String, required: false, summary: "Specifies presentational information for the object." },
    Member { name: "ContentEncoding", ty: Type::String, required: false, summary: "Indicates what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field." },
    Member { name: "ContentLanguage", ty: Type::String, required: false, summary: "The language the content is in." },
    Member { name: "ContentLength", ty: Type::Integer, required: false, summary: "Size of the body in bytes." },
    Member { name: "ContentRange", ty: Type::String, required: false, summary: "The portion of the object returned in the response." },
    Member { name: "ContentType", ty: Type::String, required: false, summary: "A standard MIME type describing the format of the object data." },
    Member { name: "DeleteMarker", ty: Type::Boolean, required: false, summary: "Indicates whether the object retrieved was (true) or was not (false) a Delete Marker. If false, this response header does not appear in the response." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version of a resource found at a URL." },
    Member { name: "Expiration", ty: Type::String, required: false, summary: "If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html) ), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs providing object expiration information. The value of the `rule-id` is URL-encoded." },
    Member { name: "Expires", ty: Type::Timestamp, required: false, summary: "The date and time at which the object is no longer cacheable." },
    Member { name: "LastModified", ty: Type::Timestamp, required: false, summary: "Date and time when the object was last modified." },
    Member { name: "Metadata", ty: Type::Map(&Type::String), required: false, summary: "A map of metadata to store with the object in S3." },
    Member { name: "MissingMeta", ty: Type::Integer, required: false, summary: "This is set to the number of metadata entries not returned in the headers that are prefixed with `x-amz-meta-`. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers." },
    Member { name: "ObjectLockLegalHoldStatus", ty: Type::Enum(OBJECT_LOCK_LEGAL_HOLD_STATUS_VALUES), required: false, summary: "Indicates whether this object has an active legal hold. This field is only returned if you have permission to view an object's legal hold status." },
    Member { name: "ObjectLockMode", ty: Type::Enum(OBJECT_LOCK_MODE_VALUES), required: false, summary: "The Object Lock mode that's currently in place for this object." },
    Member { name: "ObjectLockRetainUntilDate", ty: Type::Timestamp, required: false, summary: "The date and time when this object's Object Lock will expire." },
    Member { name: "PartsCount", ty: Type::Integer, required: false, summary: "The count of parts this object has. This value is only returned if you specify `partNumber` in your request and the object was uploaded as a multipart upload." },
    Member { name: "ReplicationStatus", ty: Type::Enum(REPLICATION_STATUS_VALUES), required: false, summary: "Amazon S3 can return this if your request involves a bucket that is either a source or destination in a replication rule." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "Restore", ty: Type::String, required: false, summary: "Provides information about object restoration action and expiration time of the restored object copy." },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3." },
    Member { name: "StorageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects." },
    Member { name: "TagCount", ty: Type::Integer, required: false, summary: "The number of tags, if any, on the object, when you have the relevant permission to read object tags." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID of the object." },
    Member { name: "WebsiteRedirectLocation", ty: Type::String, required: false, summary: "If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata." },
]};

#[rustfmt::skip]
static GET_OBJECT_REQUEST: Structure = Structure { name: "GetObjectRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The bucket name containing the object." },
    Member { name: "ChecksumMode", ty: Type::Enum(CHECKSUM_MODE_VALUES), required: false, summary: "To retrieve the checksum, this mode must be enabled." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "IfMatch", ty: Type::String, required: false, summary: "Return the object only if its entity tag (ETag) is the same as the one specified in this header; otherwise, return a `412 Precondition Failed` error." },
    Member { name: "IfModifiedSince", ty: Type::Timestamp, required: false, summary: "Return the object only if it has been modified since the specified time; otherwise, return a `304 Not Modified` error." },
    Member { name: "IfNoneMatch", ty: Type::String, required: false, summary: "Return the object only if its entity tag (ETag) is different from the one specified in this header; otherwise, return a `304 Not Modified` error." },
    Member { name: "IfUnmodifiedSince", ty: Type::Timestamp, required: false, summary: "Return the object only if it has not been modified since the specified time; otherwise, return a `412 Precondition Failed` error." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Key of the object to get." },
    Member { name: "PartNumber", ty: Type::Integer, required: false, summary: "Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' GET request for the part specified. Useful for downloading just a part of an object." },
    Member { name: "Range", ty: Type::String, required: false, summary: "Downloads the specified byte range of an object. For more information about the HTTP Range header, see [https://www.rfc-editor.org/rfc/rfc9110.html#name-range](https://www.rfc-editor.org/rfc/rfc9110.html#name-range)." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "ResponseCacheControl", ty: Type::String, required: false, summary: "Sets the `Cache-Control` header of the response." },
    Member { name: "ResponseContentDisposition", ty: Type::String, required: false, summary: "Sets the `Content-Disposition` header of the response." },
    Member { name: "ResponseContentEncoding", ty: Type::String, required: false, summary: "Sets the `Content-Encoding` header of the response." },
    Member { name: "ResponseContentLanguage", ty: Type::String, required: false, summary: "Sets the `Content-Language` header of the response." },
    Member { name: "ResponseContentType", ty: Type::String, required: false, summary: "Sets the `Content-Type` header of the response." },
    Member { name: "ResponseExpires", ty: Type::Timestamp, required: false, summary: "Sets the `Expires` header of the response." },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when decrypting the object (for example, `AES256`)." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key that you originally provided for Amazon S3 to encrypt the data before storing it. This value is used to decrypt the object when recovering it and must match the one used when storing the data. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID used to reference a specific version of the object." },
]};

#[rustfmt::skip]
static HEAD_BUCKET_OUTPUT: Structure = Structure { name: "HeadBucketOutput", union: false, members: &[
    Member { name: "AccessPointAlias", ty: Type::Boolean, required: false, summary: "Indicates whether the bucket name used in the request is an access point alias." },
    Member { name: "BucketLocationName", ty: Type::String, required: false, summary: "The name of the location where the bucket will be created." },
    Member { name: "BucketLocationType", ty: Type::Enum(LOCATION_TYPE_VALUES), required: false, summary: "The type of location where the bucket is created." },
    Member { name: "BucketRegion", ty: Type::String, required: false, summary: "The Region that the bucket is located." },
]};

#[rustfmt::skip]
static HEAD_BUCKET_REQUEST: Structure = Structure { name: "HeadBucketRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The bucket name." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
]};

#[rustfmt::skip]
static HEAD_OBJECT_OUTPUT: Structure = Structure { name: "HeadObjectOutput", union: false, members: &[
    Member { name: "AcceptRanges", ty: Type::String, required: false, summary: "Indicates that a range of bytes was specified." },
    Member { name: "ArchiveStatus", ty: Type::Enum(ARCHIVE_STATUS_VALUES), required: false, summary: "The archive state of the head object." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "CacheControl", ty: Type::String, required: false, summary: "Specifies caching behavior along the request/reply chain." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ContentDisposition", ty: Type::String, required: false, summary: "Specifies presentational information for the object." },
    Member { name: "ContentEncoding", ty: Type::String, required: false, summary: "Indicates what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field." },
    Member { name: "ContentLanguage", ty: Type::String, required: false, summary: "The language the content is in." },
    Member { name: "ContentLength", ty: Type::Integer, required: false, summary: "Size of the body in bytes." },
    Member { name: "ContentRange", ty: Type::String, required: false, summary: "The portion of the object returned in the response for a `GET` request." },
    Member { name: "ContentType", ty: Type::String, required: false, summary: "A standard MIME type describing the format of the object data." },
    Member { name: "DeleteMarker", ty: Type::Boolean, required: false, summary: "Specifies whether the object retrieved was (true) or was not (false) a Delete Marker. If false, this response header does not appear in the response." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version of a resource found at a URL." },
    Member { name: "Expiration", ty: Type::String, required: false, summary: "If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html) ), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs providing object expiration information. The value of the `rule-id` is URL-encoded." },
    Member { name: "Expires", ty: Type::Timestamp, required: false, summary: "The date and time at which the object is no longer cacheable." },
    Member { name: "LastModified", ty: Type::Timestamp, required: false, summary: "Date and time when the object was last modified." },
    Member { name: "Metadata", ty: Type::Map(&Type::String), required: false, summary: "A map of metadata to store with the object in S3." },
    Member { name: "MissingMeta", ty: Type::Integer, required: false, summary: "This is set to the number of metadata entries not returned in `x-amz-meta` headers. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers." },
    Member { name: "ObjectLockLegalHoldStatus", ty: Type::Enum(OBJECT_LOCK_LEGAL_HOLD_STATUS_VALUES), required: false, summary: "Specifies whether a legal hold is in effect for this object. This header is only returned if the requester has the `s3:GetObjectLegalHold` permission. This header is not returned if the specified version of this object has never had a legal hold applied. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html)." },
    Member { name: "ObjectLockMode", ty: Type::Enum(OBJECT_LOCK_MODE_VALUES), required: false, summary: "The Object Lock mode, if any, that's in effect for this object. This header is only returned if the requester has the `s3:GetObjectRetention` permission. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html)." },
    Member { name: "ObjectLockRetainUntilDate", ty: Type::Timestamp, required: false, summary: "The date and time when the Object Lock retention period expires. This header is only returned if the requester has the `s3:GetObjectRetention` permission." },
    Member { name: "PartsCount", ty: Type::Integer, required: false, summary: "The count of parts this object has. This value is only returned if you specify `partNumber` in your request and the object was uploaded as a multipart upload." },
    Member { name: "ReplicationStatus", ty: Type::Enum(REPLICATION_STATUS_VALUES), required: false, summary: "Amazon S3 can return this header if your request involves a bucket that is either a source or a destination in a replication rule." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "Restore", ty: Type::String, required: false, summary: "If the object is an archived object (an object whose storage class is GLACIER), the response includes this header if either the archive restoration is in progress (see [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) or an archive copy is already restored." },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`, `aws:kms:dsse`)." },
    Member { name: "StorageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID of the object." },
    Member { name: "WebsiteRedirectLocation", ty: Type::String, required: false, summary: "If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata." },
]};

#[rustfmt::skip]
static HEAD_OBJECT_REQUEST: Structure = Structure { name: "HeadObjectRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The name of the bucket that contains the object." },
    Member { name: "ChecksumMode", ty: Type::Enum(CHECKSUM_MODE_VALUES), required: false, summary: "To retrieve the checksum, this parameter must be enabled." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "IfMatch", ty: Type::String, required: false, summary: "Return the object only if its entity tag (ETag) is the same as the one specified; otherwise, return a 412 (precondition failed) error." },
    Member { name: "IfModifiedSince", ty: Type::Timestamp, required: false, summary: "Return the object only if it has been modified since the specified time; otherwise, return a 304 (not modified) error." },
    Member { name: "IfNoneMatch", ty: Type::String, required: false, summary: "Return the object only if its entity tag (ETag) is different from the one specified; otherwise, return a 304 (not modified) error." },
    Member { name: "IfUnmodifiedSince", ty: Type::Timestamp, required: false, summary: "Return the object only if it has not been modified since the specified time; otherwise, return a 412 (precondition failed) error." },
    Member { name: "Key", ty: Type::String, required: true, summary: "The object key." },
    Member { name: "PartNumber", ty: Type::Integer, required: false, summary: "Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' HEAD request for the part specified. Useful querying about the size of the part and the number of parts in this object." },
    Member { name: "Range", ty: Type::String, required: false, summary: "HeadObject returns only the metadata for an object. If the Range is satisfiable, only the `ContentLength` is affected in the response. If the Range is not satisfiable, S3 returns a `416 - Requested Range Not Satisfiable` error." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "ResponseCacheControl", ty: Type::String, required: false, summary: "Sets the `Cache-Control` header of the response." },
    Member { name: "ResponseContentDisposition", ty: Type::String, required: false, summary: "Sets the `Content-Disposition` header of the response." },
    Member { name: "ResponseContentEncoding", ty: Type::String, required: false, summary: "Sets the `Content-Encoding` header of the response." },
    Member { name: "ResponseContentLanguage", ty: Type::String, required: false, summary: "Sets the `Content-Language` header of the response." },
    Member { name: "ResponseContentType", ty: Type::String, required: false, summary: "Sets the `Content-Type` header of the response." },
    Member { name: "ResponseExpires", ty: Type::Timestamp, required: false, summary: "Sets the `Expires` header of the response." },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when encrypting the object (for example, AES256)." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID used to reference a specific version of the object." },
]};

#[rustfmt::skip]
static INPUT_SERIALIZATION: Structure = Structure { name: "InputSerialization", union: false, members: &[
    Member { name: "CSV", ty: Type::Structure(&CSV_INPUT), required: false, summary: "Describes the serialization of a CSV-encoded object." },
    Member { name: "CompressionType", ty: Type::Enum(COMPRESSION_TYPE_VALUES), required: false, summary: "Specifies object's compression format. Valid values: NONE, GZIP, BZIP2. Default Value: NONE." },
    Member { name: "JSON", ty: Type::Structure(&JSON_INPUT), required: false, summary: "Specifies JSON as object's input serialization format." },
    Member { name: "Parquet", ty: Type::Structure(&PARQUET_INPUT), required: false, summary: "Specifies Parquet as object's input serialization format." },
]};

#[rustfmt::skip]
static JSON_INPUT: Structure = Structure { name: "JsonInput", union: false, members: &[
    Member { name: "Type", ty: Type::Enum(JSON_TYPE_VALUES), required: false, summary: "The type of JSON. Valid values: Document, Lines." },
]};

#[rustfmt::skip]
static JSON_OUTPUT: Structure = Structure { name: "JsonOutput", union: false, members: &[
    Member { name: "RecordDelimiter", ty: Type::String, required: false, summary: "The value used to separate individual records in the output. If no value is specified, Amazon S3 uses a newline character ('\\\\n')." },
]};

#[rustfmt::skip]
static LIST_BUCKETS_OUTPUT: Structure = Structure { name: "ListBucketsOutput", union: false, members: &[
    Member { name: "Buckets", ty: Type::List(&Type::Structure(&BUCKET)), required: false, summary: "The list of buckets owned by the requester." },
    Member { name: "ContinuationToken", ty: Type::String, required: false, summary: "`ContinuationToken` is included in the response when there are more buckets that can be listed with pagination. The next `ListBuckets` request to Amazon S3 can be continued with this `ContinuationToken`. `ContinuationToken` is obfuscated and is not a real bucket." },
    Member { name: "Owner", ty: Type::Structure(&OWNER), required: false, summary: "The owner of the buckets listed." },
    Member { name: "Prefix", ty: Type::String, required: false, summary: "If `Prefix` was sent with the request, it is included in the response." },
]};

#[rustfmt::skip]
static LIST_BUCKETS_REQUEST: Structure = Structure { name: "ListBucketsRequest", union: false, members: &[
    Member { name: "BucketRegion", ty: Type::String, required: false, summary: "Limits the response to buckets that are located in the specified Amazon Web Services Region. The Amazon Web Services Region must be expressed according to the Amazon Web Services Region code, such as `us-west-2` for the US West (Oregon) Region. For a list of the valid values for all of the Amazon Web Services Regions, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region)." },
    Member { name: "ContinuationToken", ty: Type::String, required: false, summary: "`ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this `ContinuationToken` for pagination of the list results." },
    Member { name: "MaxBuckets", ty: Type::Integer, required: false, summary: "Maximum number of buckets to be returned in response. When the number is more than the count of buckets that are owned by an Amazon Web Services account, return all the buckets in response." },
    Member { name: "Prefix", ty: Type::String, required: false, summary: "Limits the response to bucket names that begin with the specified bucket name prefix." },
]};

#[rustfmt::skip]
static LIST_OBJECTS_V2_OUTPUT: Structure = Structure { name: "ListObjectsV2Output", union: false, members: &[
    Member { name: "CommonPrefixes", ty: Type::List(&Type::Structure(&COMMON_PREFIX)), required: false, summary: "All of the keys (up to 1,000) that share the same prefix are grouped together. When counting the total numbers of returns by this API operation, this group of keys is considered as one item." },
    Member { name: "Contents", ty: Type::List(&Type::Structure(&OBJECT)), required: false, summary: "Metadata about each object returned." },
    Member { name: "ContinuationToken", ty: Type::String, required: false, summary: "If `ContinuationToken` was sent with the request, it is included in the response. You can use the returned `ContinuationToken` for pagination of the list response. You can use this `ContinuationToken` for pagination of the list results." },
    Member { name: "Delimiter", ty: Type::String, required: false, summary: "Causes keys that contain the same string between the `prefix` and the first occurrence of the delimiter to be rolled up into a single result element in the `CommonPrefixes` collection. These rolled-up keys are not returned elsewhere in the response. Each rolled-up result counts as only one return against the `MaxKeys` value." },
    Member { name: "EncodingType", ty: Type::Enum(ENCODING_TYPE_VALUES), required: false, summary: "Encoding type used by Amazon S3 to encode object key names in the XML response." },
    Member { name: "IsTruncated", ty: Type::Boolean, required: false, summary: "Set to `false` if all of the results were returned. Set to `true` if more keys are available to return. If the number of results exceeds that specified by `MaxKeys`, all of the results might not be returned." },
    Member { name: "KeyCount", ty: Type::Integer, required: false, summary: "`KeyCount` is the number of keys returned with this request. `KeyCount` will always be less than or equal to the `MaxKeys` field. For example, if you ask for 50 keys, your result will include 50 keys or fewer." },
    Member { name: "MaxKeys", ty: Type::Integer, required: false, summary: "Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The bucket name." },
    Member { name: "NextContinuationToken", ty: Type::String, required: false, summary: "`NextContinuationToken` is sent when `isTruncated` is true, which means there are more keys in the bucket that can be listed. The next list requests to Amazon S3 can be continued with this `NextContinuationToken`. `NextContinuationToken` is obfuscated and is not a real key" },
    Member { name: "Prefix", ty: Type::String, required: false, summary: "Keys that begin with the indicated prefix." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "StartAfter", ty: Type::String, required: false, summary: "If StartAfter was sent with the request, it is included in the response." },
]};

#[rustfmt::skip]
static LIST_OBJECTS_V2_REQUEST: Structure = Structure { name: "ListObjectsV2Request", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "**Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*." },
    Member { name: "ContinuationToken", ty: Type::String, required: false, summary: "`ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this `ContinuationToken` for pagination of the list results." },
    Member { name: "Delimiter", ty: Type::String, required: false, summary: "A delimiter is a character that you use to group keys." },
    Member { name: "EncodingType", ty: Type::Enum(ENCODING_TYPE_VALUES), required: false, summary: "Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines)." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "FetchOwner", ty: Type::Boolean, required: false, summary: "The owner field is not present in `ListObjectsV2` by default. If you want to return the owner field with each key in the result, then set the `FetchOwner` field to `true`." },
    Member { name: "MaxKeys", ty: Type::Integer, required: false, summary: "Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more." },
    Member { name: "OptionalObjectAttributes", ty: Type::List(&Type::Enum(OPTIONAL_OBJECT_ATTRIBUTES_VALUES)), required: false, summary: "Specifies the optional fields that you want returned in the response. Fields that you do not specify are not returned." },
    Member { name: "Prefix", ty: Type::String, required: false, summary: "Limits the response to keys that begin with the specified prefix." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "Confirms that the requester knows that she or he will be charged for the list objects request in V2 style. Bucket owners need not specify this parameter in their requests." },
    Member { name: "StartAfter", ty: Type::String, required: false, summary: "StartAfter is where you want Amazon S3 to start listing from. Amazon S3 starts listing after this specified key. StartAfter can be any key in the bucket." },
]};

#[rustfmt::skip]
static LOCATION_INFO: Structure = Structure { name: "LocationInfo", union: false, members: &[
    Member { name: "Name", ty: Type::String, required: false, summary: "The name of the location where the bucket will be created." },
    Member { name: "Type", ty: Type::Enum(LOCATION_TYPE_VALUES), required: false, summary: "The type of location where the bucket will be created." },
]};

#[rustfmt::skip]
static OBJECT: Structure = Structure { name: "Object", union: false, members: &[
    Member { name: "ChecksumAlgorithm", ty: Type::List(&Type::Enum(CHECKSUM_ALGORITHM_VALUES)), required: false, summary: "The algorithm that was used to create a checksum of the object." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "The entity tag is a hash of the object. The ETag reflects changes only to the contents of an object, not its metadata. The ETag may or may not be an MD5 digest of the object data. Whether or not it is depends on how the object was created and how it is encrypted as described below:" },
    Member { name: "Key", ty: Type::String, required: false, summary: "The name that you assign to an object. You use the object key to retrieve the object." },
    Member { name: "LastModified", ty: Type::Timestamp, required: false, summary: "Creation date of the object." },
    Member { name: "Owner", ty: Type::Structure(&OWNER), required: false, summary: "The owner of the object" },
    Member { name: "RestoreStatus", ty: Type::Structure(&RESTORE_STATUS), required: false, summary: "Specifies the restoration status of an object. Objects in certain storage classes must be restored before they can be retrieved. For more information about these storage classes and how to work with archived objects, see [ Working with archived objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the *Amazon S3 User Guide*." },
    Member { name: "Size", ty: Type::Integer, required: false, summary: "Size in bytes of the object" },
    Member { name: "StorageClass", ty: Type::Enum(OBJECT_STORAGE_CLASS_VALUES), required: false, summary: "The class of storage used to store the object." },
]};

#[rustfmt::skip]
static OUTPUT_SERIALIZATION: Structure = Structure { name: "OutputSerialization", union: false, members: &[
    Member { name: "CSV", ty: Type::Structure(&CSV_OUTPUT), required: false, summary: "Describes the serialization of CSV-encoded Select results." },
    Member { name: "JSON", ty: Type::Structure(&JSON_OUTPUT), required: false, summary: "Specifies JSON as request's output serialization format." },
]};

#[rustfmt::skip]
static OWNER: Structure = Structure { name: "Owner", union: false, members: &[
    Member { name: "DisplayName", ty: Type::String, required: false, summary: "Container for the display name of the owner. This value is only supported in the following Amazon Web Services Regions:" },
    Member { name: "ID", ty: Type::String, required: false, summary: "Container for the ID of the owner." },
]};

#[rustfmt::skip]
static PARQUET_INPUT: Structure = Structure { name: "ParquetInput", union: false, members: &[
]};

#[rustfmt::skip]
static PUT_OBJECT_OUTPUT: Structure = Structure { name: "PutObjectOutput", union: false, members: &[
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the uploaded object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This header is present if the object was uploaded with the `CRC64NVME` checksum algorithm, or if it was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information about how checksums are calculated with multipart uploads, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumType", ty: Type::Enum(CHECKSUM_TYPE_VALUES), required: false, summary: "This header specifies the checksum type of the object, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. For `PutObject` uploads, the checksum type is always `FULL_OBJECT`. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum that was specified. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "Entity tag for the uploaded object." },
    Member { name: "Expiration", ty: Type::String, required: false, summary: "If the expiration is configured for the object (see [PutBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)) in the *Amazon S3 User Guide*, the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs that provide information about object expiration. The value of the `rule-id` is URL-encoded." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key." },
    Member { name: "SSEKMSEncryptionContext", ty: Type::String, required: false, summary: "If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3." },
    Member { name: "Size", ty: Type::Integer, required: false, summary: "The size of the object in bytes. This value is only be present if you append to an object." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "Version ID of the object." },
]};

#[rustfmt::skip]
static PUT_OBJECT_REQUEST: Structure = Structure { name: "PutObjectRequest", union: false, members: &[
    Member { name: "ACL", ty: Type::Enum(OBJECT_CANNED_ACL_VALUES), required: false, summary: "The canned ACL to apply to the object. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the *Amazon S3 User Guide*." },
    Member { name: "Body", ty: Type::Blob, required: false, summary: "Object data." },
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The bucket name to which the PUT action was initiated." },
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "CacheControl", ty: Type::String, required: false, summary: "Can be used to specify caching behavior along the request/reply chain. For more information, see [http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9)." },
    Member { name: "ChecksumAlgorithm", ty: Type::Enum(CHECKSUM_ALGORITHM_VALUES), required: false, summary: "Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum-algorithm` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ContentDisposition", ty: Type::String, required: false, summary: "Specifies presentational information for the object. For more information, see [https://www.rfc-editor.org/rfc/rfc6266#section-4](https://www.rfc-editor.org/rfc/rfc6266#section-4)." },
    Member { name: "ContentEncoding", ty: Type::String, required: false, summary: "Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding](https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding)." },
    Member { name: "ContentLanguage", ty: Type::String, required: false, summary: "The language the content is in." },
    Member { name: "ContentLength", ty: Type::Integer, required: false, summary: "Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length)." },
    Member { name: "ContentMD5", ty: Type::String, required: false, summary: "The Base64 encoded 128-bit `MD5` digest of the message (without the headers) according to RFC 1864. This header can be used as a message integrity check to verify that the data is the same data that was originally sent. Although it is optional, we recommend using the Content-MD5 mechanism as an end-to-end integrity check. For more information about REST request authentication, see [REST Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html)." },
    Member { name: "ContentType", ty: Type::String, required: false, summary: "A standard MIME type describing the format of the contents. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type)." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "Expires", ty: Type::Timestamp, required: false, summary: "The date and time at which the object is no longer cacheable. For more information, see [https://www.rfc-editor.org/rfc/rfc7234#section-5.3](https://www.rfc-editor.org/rfc/rfc7234#section-5.3)." },
    Member { name: "GrantFullControl", ty: Type::String, required: false, summary: "Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object." },
    Member { name: "GrantRead", ty: Type::String, required: false, summary: "Allows grantee to read the object data and its metadata." },
    Member { name: "GrantReadACP", ty: Type::String, required: false, summary: "Allows grantee to read the object ACL." },
    Member { name: "GrantWriteACP", ty: Type::String, required: false, summary: "Allows grantee to write the ACL for the applicable object." },
    Member { name: "IfMatch", ty: Type::String, required: false, summary: "Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error." },
    Member { name: "IfNoneMatch", ty: Type::String, required: false, summary: "Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Object key for which the PUT action was initiated." },
    Member { name: "Metadata", ty: Type::Map(&Type::String), required: false, summary: "A map of metadata to store with the object in S3." },
    Member { name: "ObjectLockLegalHoldStatus", ty: Type::Enum(OBJECT_LOCK_LEGAL_HOLD_STATUS_VALUES), required: false, summary: "Specifies whether a legal hold will be applied to this object. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html) in the *Amazon S3 User Guide*." },
    Member { name: "ObjectLockMode", ty: Type::Enum(OBJECT_LOCK_MODE_VALUES), required: false, summary: "The Object Lock mode that you want to apply to this object." },
    Member { name: "ObjectLockRetainUntilDate", ty: Type::Timestamp, required: false, summary: "The date and time when you want this object's Object Lock to expire. Must be formatted as a timestamp parameter." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when encrypting the object (for example, `AES256`)." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "SSEKMSEncryptionContext", ty: Type::String, required: false, summary: "Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm that was used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`, `aws:kms:dsse`)." },
    Member { name: "StorageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*." },
    Member { name: "Tagging", ty: Type::String, required: false, summary: "The tag-set for the object. The tag-set must be encoded as URL Query parameters. (For example, \"Key1=Value1\")" },
    Member { name: "WebsiteRedirectLocation", ty: Type::String, required: false, summary: "If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. For information about object metadata, see [Object Key and Metadata](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingMetadata.html) in the *Amazon S3 User Guide*." },
    Member { name: "WriteOffsetBytes", ty: Type::Integer, required: false, summary: "Specifies the offset for appending data to existing objects in bytes. The offset must be equal to the size of the existing object being appended to. If no object exists, setting this header to 0 will create a new object." },
]};

#[rustfmt::skip]
static REQUEST_PROGRESS: Structure = Structure { name: "RequestProgress", union: false, members: &[
    Member { name: "Enabled", ty: Type::Boolean, required: false, summary: "Specifies whether periodic QueryProgress frames should be sent. Valid values: TRUE, FALSE. Default value: FALSE." },
]};

#[rustfmt::skip]
static RESTORE_STATUS: Structure = Structure { name: "RestoreStatus", union: false, members: &[
    Member { name: "IsRestoreInProgress", ty: Type::Boolean, required: false, summary: "Specifies whether the object is currently being restored. If the object restoration is in progress, the header returns the value `TRUE`. For example:" },
    Member { name: "RestoreExpiryDate", ty: Type::Timestamp, required: false, summary: "Indicates when the restored copy will expire. This value is populated only if the object has already been restored. For example:" },
]};

#[rustfmt::skip]
static SCAN_RANGE: Structure = Structure { name: "ScanRange", union: false, members: &[
    Member { name: "End", ty: Type::Integer, required: false, summary: "Specifies the end of the byte range. This parameter is optional. Valid values: non-negative integers. The default value is one less than the size of the object being queried. If only the End parameter is supplied, it is interpreted to mean scan the last N bytes of the file. For example, `50` means scan the last 50 bytes." },
    Member { name: "Start", ty: Type::Integer, required: false, summary: "Specifies the start of the byte range. This parameter is optional. Valid values: non-negative integers. The default value is 0. If only `start` is supplied, it means scan from that point to the end of the file. For example, `50` means scan from byte 50 until the end of the file." },
]};

#[rustfmt::skip]
static SELECT_OBJECT_CONTENT_OUTPUT: Structure = Structure { name: "SelectObjectContentOutput", union: false, members: &[
    Member { name: "Payload", ty: Type::Document, required: false, summary: "The array of results." },
]};

#[rustfmt::skip]
static SELECT_OBJECT_CONTENT_REQUEST: Structure = Structure { name: "SelectObjectContentRequest", union: false, members: &[
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The S3 bucket." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "Expression", ty: Type::String, required: true, summary: "The expression that is used to query the object." },
    Member { name: "ExpressionType", ty: Type::Enum(EXPRESSION_TYPE_VALUES), required: true, summary: "The type of the provided expression (for example, SQL)." },
    Member { name: "InputSerialization", ty: Type::Structure(&INPUT_SERIALIZATION), required: true, summary: "Describes the format of the data in the object that is being queried." },
    Member { name: "Key", ty: Type::String, required: true, summary: "The object key." },
    Member { name: "OutputSerialization", ty: Type::Structure(&OUTPUT_SERIALIZATION), required: true, summary: "Describes the format of the data that you want Amazon S3 to return in response." },
    Member { name: "RequestProgress", ty: Type::Structure(&REQUEST_PROGRESS), required: false, summary: "Specifies if periodic request progress information should be enabled." },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*." },
    Member { name: "ScanRange", ty: Type::Structure(&SCAN_RANGE), required: false, summary: "Specifies the byte range of the object to get the records from. A record is processed when its first byte is contained by the range. This parameter is optional, but when specified, it must not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of the range." },
]};

#[rustfmt::skip]
static UPLOAD_PART_OUTPUT: Structure = Structure { name: "UploadPartOutput", union: false, members: &[
    Member { name: "BucketKeyEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS)." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*." },
    Member { name: "ETag", ty: Type::String, required: false, summary: "Entity tag for the uploaded object." },
    Member { name: "RequestCharged", ty: Type::Enum(REQUEST_CHARGED_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key." },
    Member { name: "SSEKMSKeyId", ty: Type::String, required: false, summary: "If present, indicates the ID of the KMS key that was used for object encryption." },
    Member { name: "ServerSideEncryption", ty: Type::Enum(SERVER_SIDE_ENCRYPTION_VALUES), required: false, summary: "The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`)." },
]};

#[rustfmt::skip]
static UPLOAD_PART_REQUEST: Structure = Structure { name: "UploadPartRequest", union: false, members: &[
    Member { name: "Body", ty: Type::Blob, required: false, summary: "Object data." },
    Member { name: "Bucket", ty: Type::String, required: true, summary: "The name of the bucket to which the multipart upload was initiated." },
    Member { name: "ChecksumAlgorithm", ty: Type::Enum(CHECKSUM_ALGORITHM_VALUES), required: false, summary: "Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC32C", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumCRC64NVME", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA1", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ChecksumSHA256", ty: Type::String, required: false, summary: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*." },
    Member { name: "ContentLength", ty: Type::Integer, required: false, summary: "Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically." },
    Member { name: "ContentMD5", ty: Type::String, required: false, summary: "The Base64 encoded 128-bit MD5 digest of the part data. This parameter is auto-populated when using the command from the CLI. This parameter is required if object lock parameters are specified." },
    Member { name: "ExpectedBucketOwner", ty: Type::String, required: false, summary: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied)." },
    Member { name: "Key", ty: Type::String, required: true, summary: "Object key for which the multipart upload was initiated." },
    Member { name: "PartNumber", ty: Type::Integer, required: true, summary: "Part number of part being uploaded. This is a positive integer between 1 and 10,000." },
    Member { name: "RequestPayer", ty: Type::Enum(REQUEST_PAYER_VALUES), required: false, summary: "" },
    Member { name: "SSECustomerAlgorithm", ty: Type::String, required: false, summary: "Specifies the algorithm to use when encrypting the object (for example, AES256)." },
    Member { name: "SSECustomerKey", ty: Type::String, required: false, summary: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm header`. This must be the same encryption key specified in the initiate multipart upload request." },
    Member { name: "SSECustomerKeyMD5", ty: Type::String, required: false, summary: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error." },
    Member { name: "UploadId", ty: Type::String, required: true, summary: "Upload ID identifying the multipart upload whose part is being uploaded." },
]};

#[rustfmt::skip]
const ARCHIVE_STATUS_VALUES: &[&str] = &["ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"];
#[rustfmt::skip]
const BUCKET_CANNED_ACL_VALUES: &[&str] = &["authenticated-read", "private", "public-read", "public-read-write"];
#[rustfmt::skip]
const BUCKET_LOCATION_CONSTRAINT_VALUES: &[&str] = &["EU", "af-south-1", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ca-central-1", "cn-north-1", "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "sa-east-1", "us-east-2", "us-gov-east-1", "us-gov-west-1", "us-west-1", "us-west-2"];
#[rustfmt::skip]
const BUCKET_TYPE_VALUES: &[&str] = &["Directory"];
#[rustfmt::skip]
const CHECKSUM_ALGORITHM_VALUES: &[&str] = &["CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256"];
#[rustfmt::skip]
const CHECKSUM_MODE_VALUES: &[&str] = &["ENABLED"];
#[rustfmt::skip]
const CHECKSUM_TYPE_VALUES: &[&str] = &["COMPOSITE", "FULL_OBJECT"];
#[rustfmt::skip]
const COMPRESSION_TYPE_VALUES: &[&str] = &["BZIP2", "GZIP", "NONE"];
#[rustfmt::skip]
const DATA_REDUNDANCY_VALUES: &[&str] = &["SingleAvailabilityZone", "SingleLocalZone"];
#[rustfmt::skip]
const ENCODING_TYPE_VALUES: &[&str] = &["url"];
#[rustfmt::skip]
const EXPRESSION_TYPE_VALUES: &[&str] = &["SQL"];
#[rustfmt::skip]
const FILE_HEADER_INFO_VALUES: &[&str] = &["IGNORE", "NONE", "USE"];
#[rustfmt::skip]
const JSON_TYPE_VALUES: &[&str] = &["DOCUMENT", "LINES"];
#[rustfmt::skip]
const LOCATION_TYPE_VALUES: &[&str] = &["AvailabilityZone", "LocalZone"];
#[rustfmt::skip]
const METADATA_DIRECTIVE_VALUES: &[&str] = &["COPY", "REPLACE"];
#[rustfmt::skip]
const OBJECT_CANNED_ACL_VALUES: &[&str] = &["authenticated-read", "aws-exec-read", "bucket-owner-full-control", "bucket-owner-read", "private", "public-read", "public-read-write"];
#[rustfmt::skip]
const OBJECT_LOCK_LEGAL_HOLD_STATUS_VALUES: &[&str] = &["OFF", "ON"];
#[rustfmt::skip]
const OBJECT_LOCK_MODE_VALUES: &[&str] = &["COMPLIANCE", "GOVERNANCE"];
#[rustfmt::skip]
const OBJECT_OWNERSHIP_VALUES: &[&str] = &["BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"];
#[rustfmt::skip]
const OBJECT_STORAGE_CLASS_VALUES: &[&str] = &["DEEP_ARCHIVE", "EXPRESS_ONEZONE", "GLACIER", "GLACIER_IR", "INTELLIGENT_TIERING", "ONEZONE_IA", "OUTPOSTS", "REDUCED_REDUNDANCY", "SNOW", "STANDARD", "STANDARD_IA"];
#[rustfmt::skip]
const OPTIONAL_OBJECT_ATTRIBUTES_VALUES: &[&str] = &["RestoreStatus"];
#[rustfmt::skip]
const QUOTE_FIELDS_VALUES: &[&str] = &["ALWAYS", "ASNEEDED"];
#[rustfmt::skip]
const REPLICATION_STATUS_VALUES: &[&str] = &["COMPLETE", "COMPLETED", "FAILED", "PENDING", "REPLICA"];
#[rustfmt::skip]
const REQUEST_CHARGED_VALUES: &[&str] = &["requester"];
#[rustfmt::skip]
const REQUEST_PAYER_VALUES: &[&str] = &["requester"];
#[rustfmt::skip]
const SERVER_SIDE_ENCRYPTION_VALUES: &[&str] = &["AES256", "aws:kms", "aws:kms:dsse"];
#[rustfmt::skip]
const STORAGE_CLASS_VALUES: &[&str] = &["DEEP_ARCHIVE", "EXPRESS_ONEZONE", "GLACIER", "GLACIER_IR", "INTELLIGENT_TIERING", "ONEZONE_IA", "OUTPOSTS", "REDUCED_REDUNDANCY", "SNOW", "STANDARD", "STANDARD_IA"];
#[rustfmt::skip]
const TAGGING_DIRECTIVE_VALUES: &[&str] = &["COPY", "REPLACE"];
