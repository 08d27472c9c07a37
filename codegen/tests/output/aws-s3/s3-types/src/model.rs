// Generated from models/aws-s3.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct AbortMultipartUploadOutput {
    pub request_charged: rt::Option<RequestCharged>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for AbortMultipartUploadOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for AbortMultipartUploadOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl AbortMultipartUploadOutput {
    /// A builder for this structure.
    pub fn builder() -> AbortMultipartUploadOutputBuilder {
        AbortMultipartUploadOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AbortMultipartUploadOutput {
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
}
/// Builds a [`AbortMultipartUploadOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AbortMultipartUploadOutputBuilder {
    /// [`AbortMultipartUploadOutput::request_charged`](AbortMultipartUploadOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
}
impl AbortMultipartUploadOutputBuilder {
    /// Sets [`AbortMultipartUploadOutput::request_charged`](AbortMultipartUploadOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadOutput::request_charged`](AbortMultipartUploadOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AbortMultipartUploadOutput {
        AbortMultipartUploadOutput {
            request_charged: self.request_charged,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct AbortMultipartUploadRequest {
    /// The bucket name to which the upload was taking place.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// If present, this header aborts an in progress multipart upload only if it was initiated on the provided timestamp. If the initiated timestamp of the multipart upload does not match the provided value, the operation returns a `412 Precondition Failed` error. If the initiated timestamp matches or if the multipart upload doesn’t exist, the operation returns a `204 Success (No Content)` response.
    ///
    /// **Note:** This functionality is only supported for directory buckets.
    pub if_match_initiated_time: rt::Option<rt::DateTime>,
    /// Key of the object for which the multipart upload was initiated.
    pub key: rt::String,
    pub request_payer: rt::Option<RequestPayer>,
    /// Upload ID that identifies the multipart upload.
    pub upload_id: rt::String,
}
impl AbortMultipartUploadRequest {
    /// A builder for this structure.
    pub fn builder() -> AbortMultipartUploadRequestBuilder {
        AbortMultipartUploadRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AbortMultipartUploadRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`if_match_initiated_time`](Self::if_match_initiated_time).
    pub fn if_match_initiated_time(&self) -> rt::Option<&rt::DateTime> {
        self.if_match_initiated_time.as_ref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> &str {
        &self.upload_id
    }
}
/// Builds a [`AbortMultipartUploadRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AbortMultipartUploadRequestBuilder {
    /// [`AbortMultipartUploadRequest::bucket`](AbortMultipartUploadRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`AbortMultipartUploadRequest::expected_bucket_owner`](AbortMultipartUploadRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`AbortMultipartUploadRequest::if_match_initiated_time`](AbortMultipartUploadRequest::if_match_initiated_time), if set.
    pub if_match_initiated_time: rt::Option<rt::DateTime>,
    /// [`AbortMultipartUploadRequest::key`](AbortMultipartUploadRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`AbortMultipartUploadRequest::request_payer`](AbortMultipartUploadRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`AbortMultipartUploadRequest::upload_id`](AbortMultipartUploadRequest::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
}
impl AbortMultipartUploadRequestBuilder {
    /// Sets [`AbortMultipartUploadRequest::bucket`](AbortMultipartUploadRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::bucket`](AbortMultipartUploadRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`AbortMultipartUploadRequest::expected_bucket_owner`](AbortMultipartUploadRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::expected_bucket_owner`](AbortMultipartUploadRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`AbortMultipartUploadRequest::if_match_initiated_time`](AbortMultipartUploadRequest::if_match_initiated_time).
    pub fn if_match_initiated_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.if_match_initiated_time = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::if_match_initiated_time`](AbortMultipartUploadRequest::if_match_initiated_time).
    pub fn set_if_match_initiated_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.if_match_initiated_time = value;
        self
    }
    /// Sets [`AbortMultipartUploadRequest::key`](AbortMultipartUploadRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::key`](AbortMultipartUploadRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`AbortMultipartUploadRequest::request_payer`](AbortMultipartUploadRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::request_payer`](AbortMultipartUploadRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`AbortMultipartUploadRequest::upload_id`](AbortMultipartUploadRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::upload_id`](AbortMultipartUploadRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<AbortMultipartUploadRequest, rt::BuildError> {
        Ok(AbortMultipartUploadRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "AbortMultipartUploadRequest",
                member: "Bucket",
            })?,
            expected_bucket_owner: self.expected_bucket_owner,
            if_match_initiated_time: self.if_match_initiated_time,
            key: self.key.ok_or(rt::BuildError {
                shape: "AbortMultipartUploadRequest",
                member: "Key",
            })?,
            request_payer: self.request_payer,
            upload_id: self.upload_id.ok_or(rt::BuildError {
                shape: "AbortMultipartUploadRequest",
                member: "UploadId",
            })?,
        })
    }
}
/// In terms of implementation, a Bucket is a resource.
#[derive(Clone, Debug, PartialEq)]
pub struct Bucket {
    /// `BucketRegion` indicates the Amazon Web Services region where the bucket is located. If the request contains at least one valid parameter, it is included in the response.
    pub bucket_region: rt::Option<rt::String>,
    /// Date the bucket was created. This date can change when making changes to your bucket, such as editing its bucket policy.
    pub creation_date: rt::Option<rt::DateTime>,
    /// The name of the bucket.
    pub name: rt::Option<rt::String>,
}
impl Bucket {
    /// A builder for this structure.
    pub fn builder() -> BucketBuilder {
        BucketBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Bucket {
    /// [`bucket_region`](Self::bucket_region).
    pub fn bucket_region(&self) -> rt::Option<&str> {
        self.bucket_region.as_deref()
    }
    /// [`creation_date`](Self::creation_date).
    pub fn creation_date(&self) -> rt::Option<&rt::DateTime> {
        self.creation_date.as_ref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
}
/// Builds a [`Bucket`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BucketBuilder {
    /// [`Bucket::bucket_region`](Bucket::bucket_region), if set.
    pub bucket_region: rt::Option<rt::String>,
    /// [`Bucket::creation_date`](Bucket::creation_date), if set.
    pub creation_date: rt::Option<rt::DateTime>,
    /// [`Bucket::name`](Bucket::name), if set.
    pub name: rt::Option<rt::String>,
}
impl BucketBuilder {
    /// Sets [`Bucket::bucket_region`](Bucket::bucket_region).
    pub fn bucket_region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket_region = Some(value.into());
        self
    }
    /// Sets or clears [`Bucket::bucket_region`](Bucket::bucket_region).
    pub fn set_bucket_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket_region = value;
        self
    }
    /// Sets [`Bucket::creation_date`](Bucket::creation_date).
    pub fn creation_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.creation_date = Some(value.into());
        self
    }
    /// Sets or clears [`Bucket::creation_date`](Bucket::creation_date).
    pub fn set_creation_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.creation_date = value;
        self
    }
    /// Sets [`Bucket::name`](Bucket::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`Bucket::name`](Bucket::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Bucket {
        Bucket {
            bucket_region: self.bucket_region,
            creation_date: self.creation_date,
            name: self.name,
        }
    }
}
/// Specifies the information about the bucket that will be created. For more information about directory buckets, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html) in the *Amazon S3 User Guide*.
///
/// **Note:** This functionality is only supported by directory buckets.
#[derive(Clone, Debug, PartialEq)]
pub struct BucketInfo {
    /// The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the bucket.
    pub data_redundancy: rt::Option<DataRedundancy>,
    /// The type of bucket.
    pub r#type: rt::Option<BucketType>,
}
impl BucketInfo {
    /// A builder for this structure.
    pub fn builder() -> BucketInfoBuilder {
        BucketInfoBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BucketInfo {
    /// [`data_redundancy`](Self::data_redundancy).
    pub fn data_redundancy(&self) -> rt::Option<&DataRedundancy> {
        self.data_redundancy.as_ref()
    }
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> rt::Option<&BucketType> {
        self.r#type.as_ref()
    }
}
/// Builds a [`BucketInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BucketInfoBuilder {
    /// [`BucketInfo::data_redundancy`](BucketInfo::data_redundancy), if set.
    pub data_redundancy: rt::Option<DataRedundancy>,
    /// [`BucketInfo::r#type`](BucketInfo::r#type), if set.
    pub r#type: rt::Option<BucketType>,
}
impl BucketInfoBuilder {
    /// Sets [`BucketInfo::data_redundancy`](BucketInfo::data_redundancy).
    pub fn data_redundancy(mut self, value: impl rt::Into<DataRedundancy>) -> Self {
        self.data_redundancy = Some(value.into());
        self
    }
    /// Sets or clears [`BucketInfo::data_redundancy`](BucketInfo::data_redundancy).
    pub fn set_data_redundancy(mut self, value: rt::Option<DataRedundancy>) -> Self {
        self.data_redundancy = value;
        self
    }
    /// Sets [`BucketInfo::r#type`](BucketInfo::r#type).
    pub fn r#type(mut self, value: impl rt::Into<BucketType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`BucketInfo::r#type`](BucketInfo::r#type).
    pub fn set_type(mut self, value: rt::Option<BucketType>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BucketInfo {
        BucketInfo {
            data_redundancy: self.data_redundancy,
            r#type: self.r#type,
        }
    }
}
/// Container for all (if there are any) keys between Prefix and the next occurrence of the string specified by a delimiter. CommonPrefixes lists keys that act like subdirectories in the directory specified by Prefix. For example, if the prefix is notes/ and the delimiter is a slash (/) as in notes/summer/july, the common prefix is notes/summer/.
#[derive(Clone, Debug, PartialEq)]
pub struct CommonPrefix {
    /// Container for the specified common prefix.
    pub prefix: rt::Option<rt::String>,
}
impl CommonPrefix {
    /// A builder for this structure.
    pub fn builder() -> CommonPrefixBuilder {
        CommonPrefixBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CommonPrefix {
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
}
/// Builds a [`CommonPrefix`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommonPrefixBuilder {
    /// [`CommonPrefix::prefix`](CommonPrefix::prefix), if set.
    pub prefix: rt::Option<rt::String>,
}
impl CommonPrefixBuilder {
    /// Sets [`CommonPrefix::prefix`](CommonPrefix::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`CommonPrefix::prefix`](CommonPrefix::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CommonPrefix {
        CommonPrefix {
            prefix: self.prefix,
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct CompleteMultipartUploadOutput {
    /// The name of the bucket that contains the newly created object. Does not return the access point ARN or access point alias if used.
    ///
    /// **Note:** Access points are not supported by directory buckets.
    pub bucket: rt::Option<rt::String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum type that was specified during the `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: rt::Option<ChecksumType>,
    /// Entity tag that identifies the newly created object's data. Objects with different object data will have different entity tags. The entity tag is an opaque string. The entity tag may or may not be an MD5 digest of the object data. If the entity tag is not an MD5 digest of the object data, it will contain one or more nonhexadecimal characters and/or will consist of less than 32 or more than 32 hexadecimal digits. For more information about how the entity tag is calculated, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub e_tag: rt::Option<rt::String>,
    /// If the object expiration is configured, this will contain the expiration date (`expiry-date`) and rule ID (`rule-id`). The value of `rule-id` is URL-encoded.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub expiration: rt::Option<rt::String>,
    /// The object key of the newly created object.
    pub key: rt::Option<rt::String>,
    /// The URI that identifies the newly created object.
    pub location: rt::Option<rt::String>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3 (for example, `AES256`, `aws:kms`).
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// Version ID of the newly created object, in case the bucket has versioning turned on.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub version_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CompleteMultipartUploadOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CompleteMultipartUploadOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CompleteMultipartUploadOutput {
    /// A builder for this structure.
    pub fn builder() -> CompleteMultipartUploadOutputBuilder {
        CompleteMultipartUploadOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CompleteMultipartUploadOutput {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> rt::Option<&str> {
        self.bucket.as_deref()
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`expiration`](Self::expiration).
    pub fn expiration(&self) -> rt::Option<&str> {
        self.expiration.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> rt::Option<&str> {
        self.key.as_deref()
    }
    /// [`location`](Self::location).
    pub fn location(&self) -> rt::Option<&str> {
        self.location.as_deref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`CompleteMultipartUploadOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadOutputBuilder {
    /// [`CompleteMultipartUploadOutput::bucket`](CompleteMultipartUploadOutput::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::bucket_key_enabled`](CompleteMultipartUploadOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`CompleteMultipartUploadOutput::checksum_crc32`](CompleteMultipartUploadOutput::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::checksum_crc32c`](CompleteMultipartUploadOutput::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::checksum_crc64nvme`](CompleteMultipartUploadOutput::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::checksum_sha1`](CompleteMultipartUploadOutput::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::checksum_sha256`](CompleteMultipartUploadOutput::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::checksum_type`](CompleteMultipartUploadOutput::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`CompleteMultipartUploadOutput::e_tag`](CompleteMultipartUploadOutput::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::expiration`](CompleteMultipartUploadOutput::expiration), if set.
    pub expiration: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::key`](CompleteMultipartUploadOutput::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::location`](CompleteMultipartUploadOutput::location), if set.
    pub location: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::request_charged`](CompleteMultipartUploadOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`CompleteMultipartUploadOutput::ssekms_key_id`](CompleteMultipartUploadOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadOutput::server_side_encryption`](CompleteMultipartUploadOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`CompleteMultipartUploadOutput::version_id`](CompleteMultipartUploadOutput::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl CompleteMultipartUploadOutputBuilder {
    /// Sets [`CompleteMultipartUploadOutput::bucket`](CompleteMultipartUploadOutput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::bucket`](CompleteMultipartUploadOutput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::bucket_key_enabled`](CompleteMultipartUploadOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::bucket_key_enabled`](CompleteMultipartUploadOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::checksum_crc32`](CompleteMultipartUploadOutput::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::checksum_crc32`](CompleteMultipartUploadOutput::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::checksum_crc32c`](CompleteMultipartUploadOutput::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::checksum_crc32c`](CompleteMultipartUploadOutput::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::checksum_crc64nvme`](CompleteMultipartUploadOutput::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::checksum_crc64nvme`](CompleteMultipartUploadOutput::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::checksum_sha1`](CompleteMultipartUploadOutput::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::checksum_sha1`](CompleteMultipartUploadOutput::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::checksum_sha256`](CompleteMultipartUploadOutput::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::checksum_sha256`](CompleteMultipartUploadOutput::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::checksum_type`](CompleteMultipartUploadOutput::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::checksum_type`](CompleteMultipartUploadOutput::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::e_tag`](CompleteMultipartUploadOutput::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::e_tag`](CompleteMultipartUploadOutput::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::expiration`](CompleteMultipartUploadOutput::expiration).
    pub fn expiration(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::expiration`](CompleteMultipartUploadOutput::expiration).
    pub fn set_expiration(mut self, value: rt::Option<rt::String>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::key`](CompleteMultipartUploadOutput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::key`](CompleteMultipartUploadOutput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::location`](CompleteMultipartUploadOutput::location).
    pub fn location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::location`](CompleteMultipartUploadOutput::location).
    pub fn set_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.location = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::request_charged`](CompleteMultipartUploadOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::request_charged`](CompleteMultipartUploadOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::ssekms_key_id`](CompleteMultipartUploadOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::ssekms_key_id`](CompleteMultipartUploadOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::server_side_encryption`](CompleteMultipartUploadOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::server_side_encryption`](CompleteMultipartUploadOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`CompleteMultipartUploadOutput::version_id`](CompleteMultipartUploadOutput::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadOutput::version_id`](CompleteMultipartUploadOutput::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CompleteMultipartUploadOutput {
        CompleteMultipartUploadOutput {
            bucket: self.bucket,
            bucket_key_enabled: self.bucket_key_enabled,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            checksum_type: self.checksum_type,
            e_tag: self.e_tag,
            expiration: self.expiration,
            key: self.key,
            location: self.location,
            request_charged: self.request_charged,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            version_id: self.version_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for CompleteMultipartUploadOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadOutput")
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("Key", &self.key)
            .field("Location", &self.location)
            .field("RequestCharged", &self.request_charged)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
impl ::std::fmt::Debug for CompleteMultipartUploadOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadOutputBuilder")
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("Key", &self.key)
            .field("Location", &self.location)
            .field("RequestCharged", &self.request_charged)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct CompleteMultipartUploadRequest {
    /// Name of the bucket to which the multipart upload was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// This header specifies the checksum type of the object, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum that was specified. If the checksum type doesn’t match the checksum type that was specified for the object during the `CreateMultipartUpload` request, it’ll result in a `BadDigest` error. For more information, see Checking object integrity in the Amazon S3 User Guide.
    pub checksum_type: rt::Option<ChecksumType>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should fetch the object's ETag, re-initiate the multipart upload with `CreateMultipartUpload`, and re-upload each part.
    ///
    /// Expects the ETag value as a string.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_match: rt::Option<rt::String>,
    /// Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should re-initiate the multipart upload with `CreateMultipartUpload` and re-upload each part.
    ///
    /// Expects the '\*' (asterisk) character.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_none_match: rt::Option<rt::String>,
    /// Object key for which the multipart upload was initiated.
    pub key: rt::String,
    /// The expected total object size of the multipart upload request. If there’s a mismatch between the specified object size value and the actual object size value, it results in an `HTTP 400 InvalidRequest` error.
    pub mpu_object_size: rt::Option<i64>,
    /// The container for the multipart upload request information.
    pub multipart_upload: rt::Option<CompletedMultipartUpload>,
    pub request_payer: rt::Option<RequestPayer>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is required only when the object was created using a checksum algorithm or if your bucket policy requires the use of SSE-C. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html#ssec-require-condition-key) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key: rt::Option<rt::String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// ID for the initiated multipart upload.
    pub upload_id: rt::String,
}
impl CompleteMultipartUploadRequest {
    /// A builder for this structure.
    pub fn builder() -> CompleteMultipartUploadRequestBuilder {
        CompleteMultipartUploadRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CompleteMultipartUploadRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`if_match`](Self::if_match).
    pub fn if_match(&self) -> rt::Option<&str> {
        self.if_match.as_deref()
    }
    /// [`if_none_match`](Self::if_none_match).
    pub fn if_none_match(&self) -> rt::Option<&str> {
        self.if_none_match.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`mpu_object_size`](Self::mpu_object_size).
    pub fn mpu_object_size(&self) -> rt::Option<i64> {
        self.mpu_object_size
    }
    /// [`multipart_upload`](Self::multipart_upload).
    pub fn multipart_upload(&self) -> rt::Option<&CompletedMultipartUpload> {
        self.multipart_upload.as_ref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> &str {
        &self.upload_id
    }
}
/// Builds a [`CompleteMultipartUploadRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadRequestBuilder {
    /// [`CompleteMultipartUploadRequest::bucket`](CompleteMultipartUploadRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::checksum_crc32`](CompleteMultipartUploadRequest::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::checksum_crc32c`](CompleteMultipartUploadRequest::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::checksum_crc64nvme`](CompleteMultipartUploadRequest::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::checksum_sha1`](CompleteMultipartUploadRequest::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::checksum_sha256`](CompleteMultipartUploadRequest::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::checksum_type`](CompleteMultipartUploadRequest::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`CompleteMultipartUploadRequest::expected_bucket_owner`](CompleteMultipartUploadRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::if_match`](CompleteMultipartUploadRequest::if_match), if set.
    pub if_match: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::if_none_match`](CompleteMultipartUploadRequest::if_none_match), if set.
    pub if_none_match: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::key`](CompleteMultipartUploadRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::mpu_object_size`](CompleteMultipartUploadRequest::mpu_object_size), if set.
    pub mpu_object_size: rt::Option<i64>,
    /// [`CompleteMultipartUploadRequest::multipart_upload`](CompleteMultipartUploadRequest::multipart_upload), if set.
    pub multipart_upload: rt::Option<CompletedMultipartUpload>,
    /// [`CompleteMultipartUploadRequest::request_payer`](CompleteMultipartUploadRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`CompleteMultipartUploadRequest::sse_customer_algorithm`](CompleteMultipartUploadRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::sse_customer_key`](CompleteMultipartUploadRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::sse_customer_key_md5`](CompleteMultipartUploadRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`CompleteMultipartUploadRequest::upload_id`](CompleteMultipartUploadRequest::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
}
impl CompleteMultipartUploadRequestBuilder {
    /// Sets [`CompleteMultipartUploadRequest::bucket`](CompleteMultipartUploadRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::bucket`](CompleteMultipartUploadRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_crc32`](CompleteMultipartUploadRequest::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_crc32`](CompleteMultipartUploadRequest::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_crc32c`](CompleteMultipartUploadRequest::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_crc32c`](CompleteMultipartUploadRequest::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_crc64nvme`](CompleteMultipartUploadRequest::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_crc64nvme`](CompleteMultipartUploadRequest::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_sha1`](CompleteMultipartUploadRequest::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_sha1`](CompleteMultipartUploadRequest::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_sha256`](CompleteMultipartUploadRequest::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_sha256`](CompleteMultipartUploadRequest::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_type`](CompleteMultipartUploadRequest::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_type`](CompleteMultipartUploadRequest::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::expected_bucket_owner`](CompleteMultipartUploadRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::expected_bucket_owner`](CompleteMultipartUploadRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::if_match`](CompleteMultipartUploadRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_match = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::if_match`](CompleteMultipartUploadRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_match = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::if_none_match`](CompleteMultipartUploadRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_none_match = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::if_none_match`](CompleteMultipartUploadRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_none_match = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::key`](CompleteMultipartUploadRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::key`](CompleteMultipartUploadRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::mpu_object_size`](CompleteMultipartUploadRequest::mpu_object_size).
    pub fn mpu_object_size(mut self, value: impl rt::Into<i64>) -> Self {
        self.mpu_object_size = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::mpu_object_size`](CompleteMultipartUploadRequest::mpu_object_size).
    pub fn set_mpu_object_size(mut self, value: rt::Option<i64>) -> Self {
        self.mpu_object_size = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::multipart_upload`](CompleteMultipartUploadRequest::multipart_upload).
    pub fn multipart_upload(mut self, value: impl rt::Into<CompletedMultipartUpload>) -> Self {
        self.multipart_upload = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::multipart_upload`](CompleteMultipartUploadRequest::multipart_upload).
    pub fn set_multipart_upload(mut self, value: rt::Option<CompletedMultipartUpload>) -> Self {
        self.multipart_upload = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::request_payer`](CompleteMultipartUploadRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::request_payer`](CompleteMultipartUploadRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::sse_customer_algorithm`](CompleteMultipartUploadRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::sse_customer_algorithm`](CompleteMultipartUploadRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::sse_customer_key`](CompleteMultipartUploadRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::sse_customer_key`](CompleteMultipartUploadRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::sse_customer_key_md5`](CompleteMultipartUploadRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::sse_customer_key_md5`](CompleteMultipartUploadRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::upload_id`](CompleteMultipartUploadRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::upload_id`](CompleteMultipartUploadRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CompleteMultipartUploadRequest, rt::BuildError> {
        Ok(CompleteMultipartUploadRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "CompleteMultipartUploadRequest",
                member: "Bucket",
            })?,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            checksum_type: self.checksum_type,
            expected_bucket_owner: self.expected_bucket_owner,
            if_match: self.if_match,
            if_none_match: self.if_none_match,
            key: self.key.ok_or(rt::BuildError {
                shape: "CompleteMultipartUploadRequest",
                member: "Key",
            })?,
            mpu_object_size: self.mpu_object_size,
            multipart_upload: self.multipart_upload,
            request_payer: self.request_payer,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            upload_id: self.upload_id.ok_or(rt::BuildError {
                shape: "CompleteMultipartUploadRequest",
                member: "UploadId",
            })?,
        })
    }
}
impl ::std::fmt::Debug for CompleteMultipartUploadRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadRequest")
            .field("Bucket", &self.bucket)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("IfMatch", &self.if_match)
            .field("IfNoneMatch", &self.if_none_match)
            .field("Key", &self.key)
            .field("MpuObjectSize", &self.mpu_object_size)
            .field("MultipartUpload", &self.multipart_upload)
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("UploadId", &self.upload_id)
            .finish()
    }
}
impl ::std::fmt::Debug for CompleteMultipartUploadRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadRequestBuilder")
            .field("Bucket", &self.bucket)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("IfMatch", &self.if_match)
            .field("IfNoneMatch", &self.if_none_match)
            .field("Key", &self.key)
            .field("MpuObjectSize", &self.mpu_object_size)
            .field("MultipartUpload", &self.multipart_upload)
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("UploadId", &self.upload_id)
            .finish()
    }
}
/// The container for the completed multipart upload details.
#[derive(Clone, Debug, PartialEq)]
pub struct CompletedMultipartUpload {
    /// Array of CompletedPart data types.
    ///
    /// If you do not supply a valid `Part` with your request, the service sends back an HTTP 400 response.
    pub parts: rt::Option<rt::Vec<CompletedPart>>,
}
impl CompletedMultipartUpload {
    /// A builder for this structure.
    pub fn builder() -> CompletedMultipartUploadBuilder {
        CompletedMultipartUploadBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CompletedMultipartUpload {
    /// [`parts`](Self::parts), empty when unset.
    pub fn parts(&self) -> &[CompletedPart] {
        self.parts.as_deref().unwrap_or_default()
    }
}
/// Builds a [`CompletedMultipartUpload`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompletedMultipartUploadBuilder {
    /// [`CompletedMultipartUpload::parts`](CompletedMultipartUpload::parts), if set.
    pub parts: rt::Option<rt::Vec<CompletedPart>>,
}
impl CompletedMultipartUploadBuilder {
    /// Appends one element to [`CompletedMultipartUpload::parts`](CompletedMultipartUpload::parts).
    pub fn parts(mut self, value: impl rt::Into<CompletedPart>) -> Self {
        self.parts
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CompletedMultipartUpload::parts`](CompletedMultipartUpload::parts).
    pub fn set_parts(mut self, value: rt::Option<rt::Vec<CompletedPart>>) -> Self {
        self.parts = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CompletedMultipartUpload {
        CompletedMultipartUpload { parts: self.parts }
    }
}
/// Details of the parts that were uploaded.
#[derive(Clone, Debug, PartialEq)]
pub struct CompletedPart {
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32C` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC64NVME` checksum algorithm to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA1` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA256` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// Entity tag returned when the part was uploaded.
    pub e_tag: rt::Option<rt::String>,
    /// Part number that identifies the part. This is a positive integer between 1 and 10,000.
    ///
    /// **Note:**
    /// - **General purpose buckets** - In `CompleteMultipartUpload`, when a additional checksum (including `x-amz-checksum-crc32`, `x-amz-checksum-crc32c`, `x-amz-checksum-sha1`, or `x-amz-checksum-sha256`) is applied to each part, the `PartNumber` must start at 1 and the part numbers must be consecutive. Otherwise, Amazon S3 generates an HTTP `400 Bad Request` status code and an `InvalidPartOrder` error code.
    /// - **Directory buckets** - In `CompleteMultipartUpload`, the `PartNumber` must start at 1 and the part numbers must be consecutive.
    pub part_number: rt::Option<i32>,
}
impl CompletedPart {
    /// A builder for this structure.
    pub fn builder() -> CompletedPartBuilder {
        CompletedPartBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CompletedPart {
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`part_number`](Self::part_number).
    pub fn part_number(&self) -> rt::Option<i32> {
        self.part_number
    }
}
/// Builds a [`CompletedPart`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompletedPartBuilder {
    /// [`CompletedPart::checksum_crc32`](CompletedPart::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`CompletedPart::checksum_crc32c`](CompletedPart::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`CompletedPart::checksum_crc64nvme`](CompletedPart::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`CompletedPart::checksum_sha1`](CompletedPart::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`CompletedPart::checksum_sha256`](CompletedPart::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`CompletedPart::e_tag`](CompletedPart::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`CompletedPart::part_number`](CompletedPart::part_number), if set.
    pub part_number: rt::Option<i32>,
}
impl CompletedPartBuilder {
    /// Sets [`CompletedPart::checksum_crc32`](CompletedPart::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::checksum_crc32`](CompletedPart::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`CompletedPart::checksum_crc32c`](CompletedPart::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::checksum_crc32c`](CompletedPart::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`CompletedPart::checksum_crc64nvme`](CompletedPart::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::checksum_crc64nvme`](CompletedPart::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`CompletedPart::checksum_sha1`](CompletedPart::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::checksum_sha1`](CompletedPart::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`CompletedPart::checksum_sha256`](CompletedPart::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::checksum_sha256`](CompletedPart::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`CompletedPart::e_tag`](CompletedPart::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::e_tag`](CompletedPart::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`CompletedPart::part_number`](CompletedPart::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.part_number = Some(value.into());
        self
    }
    /// Sets or clears [`CompletedPart::part_number`](CompletedPart::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.part_number = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CompletedPart {
        CompletedPart {
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            e_tag: self.e_tag,
            part_number: self.part_number,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ContinuationEvent {}
impl ContinuationEvent {
    /// A builder for this structure.
    pub fn builder() -> ContinuationEventBuilder {
        ContinuationEventBuilder::default()
    }
}
/// Builds a [`ContinuationEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContinuationEventBuilder {}
impl ContinuationEventBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> ContinuationEvent {
        ContinuationEvent {}
    }
}
#[derive(Clone, PartialEq)]
pub struct CopyObjectOutput {
    /// Indicates whether the copied object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// Container for all response elements.
    pub copy_object_result: rt::Option<CopyObjectResult>,
    /// Version ID of the source object that was copied.
    ///
    /// **Note:** This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_version_id: rt::Option<rt::String>,
    /// If the object expiration is configured, the response includes this header.
    ///
    /// **Note:** Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: rt::Option<rt::String>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded UTF-8 string holding JSON with the encryption context key-value pairs.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`, `aws:kms:dsse`).
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// Version ID of the newly created copy.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub version_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CopyObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CopyObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CopyObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> CopyObjectOutputBuilder {
        CopyObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CopyObjectOutput {
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`copy_object_result`](Self::copy_object_result).
    pub fn copy_object_result(&self) -> rt::Option<&CopyObjectResult> {
        self.copy_object_result.as_ref()
    }
    /// [`copy_source_version_id`](Self::copy_source_version_id).
    pub fn copy_source_version_id(&self) -> rt::Option<&str> {
        self.copy_source_version_id.as_deref()
    }
    /// [`expiration`](Self::expiration).
    pub fn expiration(&self) -> rt::Option<&str> {
        self.expiration.as_deref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_encryption_context`](Self::ssekms_encryption_context).
    pub fn ssekms_encryption_context(&self) -> rt::Option<&str> {
        self.ssekms_encryption_context.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`CopyObjectOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct CopyObjectOutputBuilder {
    /// [`CopyObjectOutput::bucket_key_enabled`](CopyObjectOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`CopyObjectOutput::copy_object_result`](CopyObjectOutput::copy_object_result), if set.
    pub copy_object_result: rt::Option<CopyObjectResult>,
    /// [`CopyObjectOutput::copy_source_version_id`](CopyObjectOutput::copy_source_version_id), if set.
    pub copy_source_version_id: rt::Option<rt::String>,
    /// [`CopyObjectOutput::expiration`](CopyObjectOutput::expiration), if set.
    pub expiration: rt::Option<rt::String>,
    /// [`CopyObjectOutput::request_charged`](CopyObjectOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`CopyObjectOutput::sse_customer_algorithm`](CopyObjectOutput::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`CopyObjectOutput::sse_customer_key_md5`](CopyObjectOutput::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`CopyObjectOutput::ssekms_encryption_context`](CopyObjectOutput::ssekms_encryption_context), if set.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// [`CopyObjectOutput::ssekms_key_id`](CopyObjectOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`CopyObjectOutput::server_side_encryption`](CopyObjectOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`CopyObjectOutput::version_id`](CopyObjectOutput::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl CopyObjectOutputBuilder {
    /// Sets [`CopyObjectOutput::bucket_key_enabled`](CopyObjectOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::bucket_key_enabled`](CopyObjectOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`CopyObjectOutput::copy_object_result`](CopyObjectOutput::copy_object_result).
    pub fn copy_object_result(mut self, value: impl rt::Into<CopyObjectResult>) -> Self {
        self.copy_object_result = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::copy_object_result`](CopyObjectOutput::copy_object_result).
    pub fn set_copy_object_result(mut self, value: rt::Option<CopyObjectResult>) -> Self {
        self.copy_object_result = value;
        self
    }
    /// Sets [`CopyObjectOutput::copy_source_version_id`](CopyObjectOutput::copy_source_version_id).
    pub fn copy_source_version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source_version_id = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::copy_source_version_id`](CopyObjectOutput::copy_source_version_id).
    pub fn set_copy_source_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source_version_id = value;
        self
    }
    /// Sets [`CopyObjectOutput::expiration`](CopyObjectOutput::expiration).
    pub fn expiration(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::expiration`](CopyObjectOutput::expiration).
    pub fn set_expiration(mut self, value: rt::Option<rt::String>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`CopyObjectOutput::request_charged`](CopyObjectOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::request_charged`](CopyObjectOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`CopyObjectOutput::sse_customer_algorithm`](CopyObjectOutput::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::sse_customer_algorithm`](CopyObjectOutput::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`CopyObjectOutput::sse_customer_key_md5`](CopyObjectOutput::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::sse_customer_key_md5`](CopyObjectOutput::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`CopyObjectOutput::ssekms_encryption_context`](CopyObjectOutput::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_encryption_context = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::ssekms_encryption_context`](CopyObjectOutput::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_encryption_context = value;
        self
    }
    /// Sets [`CopyObjectOutput::ssekms_key_id`](CopyObjectOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::ssekms_key_id`](CopyObjectOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`CopyObjectOutput::server_side_encryption`](CopyObjectOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::server_side_encryption`](CopyObjectOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`CopyObjectOutput::version_id`](CopyObjectOutput::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectOutput::version_id`](CopyObjectOutput::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CopyObjectOutput {
        CopyObjectOutput {
            bucket_key_enabled: self.bucket_key_enabled,
            copy_object_result: self.copy_object_result,
            copy_source_version_id: self.copy_source_version_id,
            expiration: self.expiration,
            request_charged: self.request_charged,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_encryption_context: self.ssekms_encryption_context,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            version_id: self.version_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for CopyObjectOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CopyObjectOutput")
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CopyObjectResult", &self.copy_object_result)
            .field("CopySourceVersionId", &self.copy_source_version_id)
            .field("Expiration", &self.expiration)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
impl ::std::fmt::Debug for CopyObjectOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CopyObjectOutputBuilder")
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CopyObjectResult", &self.copy_object_result)
            .field("CopySourceVersionId", &self.copy_source_version_id)
            .field("Expiration", &self.expiration)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct CopyObjectRequest {
    /// The canned access control list (ACL) to apply to the object.
    ///
    /// When you copy an object, the ACL metadata is not preserved and is set to `private` by default. Only the owner has full access control. To override the default ACL setting, specify a new ACL when you generate a copy request. For more information, see [Using ACLs](https://docs.aws.amazon.com/AmazonS3/latest/dev/S3_ACLs_UsingACLs.html).
    ///
    /// If the destination bucket that you're copying objects to uses the bucket owner enforced setting for S3 Object Ownership, ACLs are disabled and no longer affect permissions. Buckets that use this setting only accept `PUT` requests that don't specify an ACL or `PUT` requests that specify bucket owner full control ACLs, such as the `bucket-owner-full-control` canned ACL or an equivalent form of this ACL expressed in the XML format. For more information, see [Controlling ownership of objects and disabling ACLs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:**
    /// - If your destination bucket uses the bucket owner enforced setting for Object Ownership, all objects written to the bucket by any account will be owned by the bucket owner.
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub acl: rt::Option<ObjectCannedAcl>,
    /// The name of the destination bucket.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Copying objects across different Amazon Web Services Regions isn't supported when the source or destination bucket is in Amazon Web Services Local Zones. The source and destination buckets must have the same parent Amazon Web Services Region. Otherwise, you get an HTTP `400 Bad Request` error with the error code `InvalidRequest`.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must use the Outpost bucket access point ARN or the access point alias for the destination bucket. You can only copy objects within the same Outpost bucket. It's not supported to copy objects across different Amazon Web Services Outposts, between buckets on the same Outposts, or between Outposts buckets and any other bucket types. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *S3 on Outposts guide*. When you use this action with S3 on Outposts through the REST API, you must direct requests to the S3 on Outposts hostname, in the format ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. The hostname isn't required when you use the Amazon Web Services CLI or SDKs.
    pub bucket: rt::String,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If a target object uses SSE-KMS, you can enable an S3 Bucket Key for the object.
    ///
    /// Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. Specifying this header with a COPY action doesn’t affect bucket-level settings for S3 Bucket Key.
    ///
    /// For more information, see [Amazon S3 Bucket Keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-key.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** **Directory buckets** - S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: rt::Option<bool>,
    /// Specifies the caching behavior along the request/reply chain.
    pub cache_control: rt::Option<rt::String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// When you copy an object, if the source object has a checksum, that checksum value will be copied to the new object by default. If the `CopyObject` request does not include this `x-amz-checksum-algorithm` header, the checksum algorithm will be copied from the source object to the destination object (if it's present on the source object). You can optionally specify a different checksum algorithm to use with the `x-amz-checksum-algorithm` header. Unrecognized or unsupported values will respond with the HTTP status code `400 Bad Request`.
    ///
    /// **Note:** For directory buckets, when you use Amazon Web Services SDKs, `CRC32` is the default checksum algorithm that's used for performance.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// Specifies presentational information for the object. Indicates whether an object should be displayed in a web browser or downloaded as a file. It allows specifying the desired filename for the downloaded file.
    pub content_disposition: rt::Option<rt::String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    ///
    /// **Note:** For directory buckets, only the `aws-chunked` value is supported in this header field.
    pub content_encoding: rt::Option<rt::String>,
    /// The language the content is in.
    pub content_language: rt::Option<rt::String>,
    /// A standard MIME type that describes the format of the object data.
    pub content_type: rt::Option<rt::String>,
    /// Specifies the source object for the copy operation. The source object can be up to 5 GB. If the source object is an object that was uploaded by using a multipart upload, the object copy will be a single part object after the source object is copied to the destination bucket.
    ///
    /// You specify the value of the copy source in one of two formats, depending on whether you want to access the source object through an [access point](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points.html):
    ///
    /// - For objects not accessed through an access point, specify the name of the source bucket and the key of the source object, separated by a slash (/). For example, to copy the object `reports/january.pdf` from the general purpose bucket `awsexamplebucket`, use `awsexamplebucket/reports/january.pdf`. The value must be URL-encoded. To copy the object `reports/january.pdf` from the directory bucket `awsexamplebucket--use1-az5--x-s3`, use `awsexamplebucket--use1-az5--x-s3/reports/january.pdf`. The value must be URL-encoded.
    /// - For objects accessed through access points, specify the Amazon Resource Name (ARN) of the object as accessed through the access point, in the format `arn:aws:s3:::accesspoint//object/`. For example, to copy the object `reports/january.pdf` through access point `my-access-point` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/reports/january.pdf`. The value must be URL encoded. **Note:**
    /// - Amazon S3 supports copy operations using Access points only when the source and destination buckets are in the same Amazon Web Services Region.
    /// - Access points are not supported by directory buckets.
    ///
    /// Alternatively, for objects accessed through Amazon S3 on Outposts, specify the ARN of the object as accessed in the format `arn:aws:s3-outposts:::outpost//object/`. For example, to copy the object `reports/january.pdf` through outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/object/reports/january.pdf`. The value must be URL-encoded.
    ///
    /// If your source bucket versioning is enabled, the `x-amz-copy-source` header by default identifies the current version of an object to copy. If the current version is a delete marker, Amazon S3 behaves as if the object was deleted. To copy a different version, use the `versionId` query parameter. Specifically, append `?versionId=` to the value (for example, `awsexamplebucket/reports/january.pdf?versionId=QUpfdndhfd8438MNFDN93jdnJFkdmqnh893`). If you don't specify a version ID, Amazon S3 copies the latest version of the source object.
    ///
    /// If you enable versioning on the destination bucket, Amazon S3 generates a unique version ID for the copied object. This version ID is different from the version ID of the source object. Amazon S3 returns the version ID of the copied object in the `x-amz-version-id` response header in the response.
    ///
    /// If you do not enable versioning or suspend it on the destination bucket, the version ID that Amazon S3 generates in the `x-amz-version-id` response header is always null.
    ///
    /// **Note:** **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets.
    pub copy_source: rt::String,
    /// Copies the object if its entity tag (ETag) matches the specified tag.
    ///
    /// If both the `x-amz-copy-source-if-match` and `x-amz-copy-source-if-unmodified-since` headers are present in the request and evaluate as follows, Amazon S3 returns `200 OK` and copies the data:
    ///
    /// - `x-amz-copy-source-if-match` condition evaluates to true
    /// - `x-amz-copy-source-if-unmodified-since` condition evaluates to false
    pub copy_source_if_match: rt::Option<rt::String>,
    /// Copies the object if it has been modified since the specified time.
    ///
    /// If both the `x-amz-copy-source-if-none-match` and `x-amz-copy-source-if-modified-since` headers are present in the request and evaluate as follows, Amazon S3 returns the `412 Precondition Failed` response code:
    ///
    /// - `x-amz-copy-source-if-none-match` condition evaluates to false
    /// - `x-amz-copy-source-if-modified-since` condition evaluates to true
    pub copy_source_if_modified_since: rt::Option<rt::DateTime>,
    /// Copies the object if its entity tag (ETag) is different than the specified ETag.
    ///
    /// If both the `x-amz-copy-source-if-none-match` and `x-amz-copy-source-if-modified-since` headers are present in the request and evaluate as follows, Amazon S3 returns the `412 Precondition Failed` response code:
    ///
    /// - `x-amz-copy-source-if-none-match` condition evaluates to false
    /// - `x-amz-copy-source-if-modified-since` condition evaluates to true
    pub copy_source_if_none_match: rt::Option<rt::String>,
    /// Copies the object if it hasn't been modified since the specified time.
    ///
    /// If both the `x-amz-copy-source-if-match` and `x-amz-copy-source-if-unmodified-since` headers are present in the request and evaluate as follows, Amazon S3 returns `200 OK` and copies the data:
    ///
    /// - `x-amz-copy-source-if-match` condition evaluates to true
    /// - `x-amz-copy-source-if-unmodified-since` condition evaluates to false
    pub copy_source_if_unmodified_since: rt::Option<rt::DateTime>,
    /// Specifies the algorithm to use when decrypting the source object (for example, `AES256`).
    ///
    /// If the source object for the copy is stored in Amazon S3 using SSE-C, you must provide the necessary encryption information in your request so that Amazon S3 can decrypt the object for copying.
    ///
    /// **Note:** This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source object. The encryption key provided in this header must be the same one that was used when the source object was created.
    ///
    /// If the source object for the copy is stored in Amazon S3 using SSE-C, you must provide the necessary encryption information in your request so that Amazon S3 can decrypt the object for copying.
    ///
    /// **Note:** This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// If the source object for the copy is stored in Amazon S3 using SSE-C, you must provide the necessary encryption information in your request so that Amazon S3 can decrypt the object for copying.
    ///
    /// **Note:** This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_key_md5: rt::Option<rt::String>,
    /// The account ID of the expected destination bucket owner. If the account ID that you provide does not match the actual owner of the destination bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// The account ID of the expected source bucket owner. If the account ID that you provide does not match the actual owner of the source bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_source_bucket_owner: rt::Option<rt::String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: rt::Option<rt::DateTime>,
    /// Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: rt::Option<rt::String>,
    /// Allows grantee to read the object data and its metadata.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: rt::Option<rt::String>,
    /// Allows grantee to read the object ACL.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: rt::Option<rt::String>,
    /// Allows grantee to write the ACL for the applicable object.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: rt::Option<rt::String>,
    /// The key of the destination object.
    pub key: rt::String,
    /// A map of metadata to store with the object in S3.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// Specifies whether the metadata is copied from the source object or replaced with metadata that's provided in the request. When copying an object, you can preserve all metadata (the default) or specify new metadata. If this header isn’t specified, `COPY` is the default behavior.
    ///
    /// **General purpose bucket** - For general purpose buckets, when you grant permissions, you can use the `s3:x-amz-metadata-directive` condition key to enforce certain metadata behavior when objects are uploaded. For more information, see [Amazon S3 condition key examples](https://docs.aws.amazon.com/AmazonS3/latest/dev/amazon-s3-policy-keys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** `x-amz-website-redirect-location` is unique to each object and is not copied when using the `x-amz-metadata-directive` header. To copy the value, you must specify `x-amz-website-redirect-location` in the request header.
    pub metadata_directive: rt::Option<MetadataDirective>,
    /// Specifies whether you want to apply a legal hold to the object copy.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// The Object Lock mode that you want to apply to the object copy.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// The date and time when you want the Object Lock of the object copy to expire.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    pub request_payer: rt::Option<RequestPayer>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    ///
    /// When you perform a `CopyObject` operation, if you want to use a different type of encryption setting for the target object, you can specify appropriate encryption-related headers to encrypt the target object with an Amazon S3 managed key, a KMS key, or a customer-provided key. If the encryption setting in your request is different from the default encryption configuration of the destination bucket, the encryption setting in your request takes precedence.
    ///
    /// **Note:** This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded. Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// **Note:** This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// **Note:** This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for the destination object encryption. The value of this header is a base64-encoded UTF-8 string holding JSON with the encryption context key-value pairs.
    ///
    /// **General purpose buckets** - This value must be explicitly added to specify encryption context for `CopyObject` requests if you want an additional encryption context for your destination object. The additional encryption context of the source object won't be copied to the destination object. For more information, see [Encryption context](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#encryption-context) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. All GET and PUT requests for an object protected by KMS will fail if they're not made via SSL or using SigV4. For information about configuring any of the officially supported Amazon Web Services SDKs and Amazon Web Services CLI, see [Specifying the Signature Version in Request Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#specify-signature-version) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - To encrypt data using SSE-KMS, it's recommended to specify the `x-amz-server-side-encryption` header to `aws:kms`. Then, the `x-amz-server-side-encryption-aws-kms-key-id` header implicitly uses the bucket's default KMS customer managed key ID. If you want to explicitly set the ` x-amz-server-side-encryption-aws-kms-key-id` header, it must match the bucket's default customer managed key (using key ID or ARN, not alias). Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Incorrect key specification results in an HTTP `400 Bad Request` error.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3. Unrecognized or unsupported values won’t write a destination object and will receive a `400 Bad Request` response.
    ///
    /// Amazon S3 automatically encrypts all new objects that are copied to an S3 bucket. When copying an object, if you don't specify encryption information in your copy request, the encryption setting of the target object is set to the default encryption configuration of the destination bucket. By default, all buckets have a base level of encryption configuration that uses server-side encryption with Amazon S3 managed keys (SSE-S3). If the destination bucket has a different default encryption configuration, Amazon S3 uses the corresponding encryption key to encrypt the target object copy.
    ///
    /// With server-side encryption, Amazon S3 encrypts your data as it writes your data to disks in its data centers and decrypts the data when you access it. For more information about server-side encryption, see [Using Server-Side Encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/serv-side-encryption.html) in the *Amazon S3 User Guide*.
    ///
    /// **General purpose buckets **
    ///
    /// - For general purpose buckets, there are the following supported options for server-side encryption: server-side encryption with Key Management Service (KMS) keys (SSE-KMS), dual-layer server-side encryption with Amazon Web Services KMS keys (DSSE-KMS), and server-side encryption with customer-provided encryption keys (SSE-C). Amazon S3 uses the corresponding KMS key, or a customer-provided key to encrypt the target object copy.
    /// - When you perform a `CopyObject` operation, if you want to use a different type of encryption setting for the target object, you can specify appropriate encryption-related headers to encrypt the target object with an Amazon S3 managed key, a KMS key, or a customer-provided key. If the encryption setting in your request is different from the default encryption configuration of the destination bucket, the encryption setting in your request takes precedence.
    ///
    /// **Directory buckets **
    ///
    /// - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html).
    /// - To encrypt new object copies to a directory bucket with SSE-KMS, we recommend you specify SSE-KMS as the directory bucket's default encryption configuration with a KMS key (specifically, a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk)). The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket for the lifetime of the bucket. After you specify a customer managed key for SSE-KMS, you can't override the customer managed key for the bucket's SSE-KMS configuration. Then, when you perform a `CopyObject` operation and want to specify server-side encryption settings for new object copies with SSE-KMS in the encryption-related request headers, you must ensure the encryption key is the same customer managed key that you specified for the directory bucket's default encryption configuration.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// If the `x-amz-storage-class` header is not used, the copied object will be stored in the `STANDARD` Storage Class by default. The `STANDARD` storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class.
    ///
    /// **Note:**
    /// - **Directory buckets ** - For directory buckets, only the S3 Express One Zone storage class is supported to store newly created objects. Unsupported storage class values won't write a destination object and will respond with the HTTP status code `400 Bad Request`.
    /// - **Amazon S3 on Outposts ** - S3 on Outposts only uses the `OUTPOSTS` Storage Class.
    ///
    /// You can use the `CopyObject` action to change the storage class of an object that is already stored in Amazon S3 by using the `x-amz-storage-class` header. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// Before using an object as a source object for the copy operation, you must restore a copy of it if it meets any of the following conditions:
    ///
    /// - The storage class of the source object is `GLACIER` or `DEEP_ARCHIVE`.
    /// - The storage class of the source object is `INTELLIGENT_TIERING` and it's [S3 Intelligent-Tiering access tier](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html#intel-tiering-tier-definition) is `Archive Access` or `Deep Archive Access`.
    ///
    /// For more information, see [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) and [Copying Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/CopyingObjectsExamples.html) in the *Amazon S3 User Guide*.
    pub storage_class: rt::Option<StorageClass>,
    /// The tag-set for the object copy in the destination bucket. This value must be used in conjunction with the `x-amz-tagging-directive` if you choose `REPLACE` for the `x-amz-tagging-directive`. If you choose `COPY` for the `x-amz-tagging-directive`, you don't need to set the `x-amz-tagging` header, because the tag-set will be copied from the source object directly. The tag-set must be encoded as URL Query parameters.
    ///
    /// The default value is the empty value.
    ///
    /// **Note:** **Directory buckets** - For directory buckets in a `CopyObject` operation, only the empty tag-set is supported. Any requests that attempt to write non-empty tags into directory buckets will receive a `501 Not Implemented` status code. When the destination bucket is a directory bucket, you will receive a `501 Not Implemented` response in any of the following situations:
    ///
    /// - When you attempt to `COPY` the tag-set from an S3 source object that has non-empty tags.
    /// - When you attempt to `REPLACE` the tag-set of a source object and set a non-empty value to `x-amz-tagging`.
    /// - When you don't set the `x-amz-tagging-directive` header and the source object has non-empty tags. This is because the default value of `x-amz-tagging-directive` is `COPY`.
    ///
    /// Because only the empty tag-set is supported for directory buckets in a `CopyObject` operation, the following situations are allowed:
    ///
    /// - When you attempt to `COPY` the tag-set from a directory bucket source object that has no tags to a general purpose bucket. It copies an empty tag-set to the destination object.
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    /// - When you attempt to `REPLACE` the tag-set of a general purpose bucket source object that has non-empty tags and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and don't set the `x-amz-tagging` value of the directory bucket destination object. This is because the default value of `x-amz-tagging` is the empty value.
    pub tagging: rt::Option<rt::String>,
    /// Specifies whether the object tag-set is copied from the source object or replaced with the tag-set that's provided in the request.
    ///
    /// The default value is `COPY`.
    ///
    /// **Note:** **Directory buckets** - For directory buckets in a `CopyObject` operation, only the empty tag-set is supported. Any requests that attempt to write non-empty tags into directory buckets will receive a `501 Not Implemented` status code. When the destination bucket is a directory bucket, you will receive a `501 Not Implemented` response in any of the following situations:
    ///
    /// - When you attempt to `COPY` the tag-set from an S3 source object that has non-empty tags.
    /// - When you attempt to `REPLACE` the tag-set of a source object and set a non-empty value to `x-amz-tagging`.
    /// - When you don't set the `x-amz-tagging-directive` header and the source object has non-empty tags. This is because the default value of `x-amz-tagging-directive` is `COPY`.
    ///
    /// Because only the empty tag-set is supported for directory buckets in a `CopyObject` operation, the following situations are allowed:
    ///
    /// - When you attempt to `COPY` the tag-set from a directory bucket source object that has no tags to a general purpose bucket. It copies an empty tag-set to the destination object.
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    /// - When you attempt to `REPLACE` the tag-set of a general purpose bucket source object that has non-empty tags and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and don't set the `x-amz-tagging` value of the directory bucket destination object. This is because the default value of `x-amz-tagging` is the empty value.
    pub tagging_directive: rt::Option<TaggingDirective>,
    /// If the destination bucket is configured as a website, redirects requests for this object copy to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. This value is unique to each object and is not copied when using the `x-amz-metadata-directive` header. Instead, you may opt to provide this header in combination with the `x-amz-metadata-directive` header.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub website_redirect_location: rt::Option<rt::String>,
}
impl CopyObjectRequest {
    /// A builder for this structure.
    pub fn builder() -> CopyObjectRequestBuilder {
        CopyObjectRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CopyObjectRequest {
    /// [`acl`](Self::acl).
    pub fn acl(&self) -> rt::Option<&ObjectCannedAcl> {
        self.acl.as_ref()
    }
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`cache_control`](Self::cache_control).
    pub fn cache_control(&self) -> rt::Option<&str> {
        self.cache_control.as_deref()
    }
    /// [`checksum_algorithm`](Self::checksum_algorithm).
    pub fn checksum_algorithm(&self) -> rt::Option<&ChecksumAlgorithm> {
        self.checksum_algorithm.as_ref()
    }
    /// [`content_disposition`](Self::content_disposition).
    pub fn content_disposition(&self) -> rt::Option<&str> {
        self.content_disposition.as_deref()
    }
    /// [`content_encoding`](Self::content_encoding).
    pub fn content_encoding(&self) -> rt::Option<&str> {
        self.content_encoding.as_deref()
    }
    /// [`content_language`](Self::content_language).
    pub fn content_language(&self) -> rt::Option<&str> {
        self.content_language.as_deref()
    }
    /// [`content_type`](Self::content_type).
    pub fn content_type(&self) -> rt::Option<&str> {
        self.content_type.as_deref()
    }
    /// [`copy_source`](Self::copy_source).
    pub fn copy_source(&self) -> &str {
        &self.copy_source
    }
    /// [`copy_source_if_match`](Self::copy_source_if_match).
    pub fn copy_source_if_match(&self) -> rt::Option<&str> {
        self.copy_source_if_match.as_deref()
    }
    /// [`copy_source_if_modified_since`](Self::copy_source_if_modified_since).
    pub fn copy_source_if_modified_since(&self) -> rt::Option<&rt::DateTime> {
        self.copy_source_if_modified_since.as_ref()
    }
    /// [`copy_source_if_none_match`](Self::copy_source_if_none_match).
    pub fn copy_source_if_none_match(&self) -> rt::Option<&str> {
        self.copy_source_if_none_match.as_deref()
    }
    /// [`copy_source_if_unmodified_since`](Self::copy_source_if_unmodified_since).
    pub fn copy_source_if_unmodified_since(&self) -> rt::Option<&rt::DateTime> {
        self.copy_source_if_unmodified_since.as_ref()
    }
    /// [`copy_source_sse_customer_algorithm`](Self::copy_source_sse_customer_algorithm).
    pub fn copy_source_sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.copy_source_sse_customer_algorithm.as_deref()
    }
    /// [`copy_source_sse_customer_key`](Self::copy_source_sse_customer_key).
    pub fn copy_source_sse_customer_key(&self) -> rt::Option<&str> {
        self.copy_source_sse_customer_key.as_deref()
    }
    /// [`copy_source_sse_customer_key_md5`](Self::copy_source_sse_customer_key_md5).
    pub fn copy_source_sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.copy_source_sse_customer_key_md5.as_deref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`expected_source_bucket_owner`](Self::expected_source_bucket_owner).
    pub fn expected_source_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_source_bucket_owner.as_deref()
    }
    /// [`expires`](Self::expires).
    pub fn expires(&self) -> rt::Option<&rt::DateTime> {
        self.expires.as_ref()
    }
    /// [`grant_full_control`](Self::grant_full_control).
    pub fn grant_full_control(&self) -> rt::Option<&str> {
        self.grant_full_control.as_deref()
    }
    /// [`grant_read`](Self::grant_read).
    pub fn grant_read(&self) -> rt::Option<&str> {
        self.grant_read.as_deref()
    }
    /// [`grant_read_acp`](Self::grant_read_acp).
    pub fn grant_read_acp(&self) -> rt::Option<&str> {
        self.grant_read_acp.as_deref()
    }
    /// [`grant_write_acp`](Self::grant_write_acp).
    pub fn grant_write_acp(&self) -> rt::Option<&str> {
        self.grant_write_acp.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
    /// [`metadata_directive`](Self::metadata_directive).
    pub fn metadata_directive(&self) -> rt::Option<&MetadataDirective> {
        self.metadata_directive.as_ref()
    }
    /// [`object_lock_legal_hold_status`](Self::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(&self) -> rt::Option<&ObjectLockLegalHoldStatus> {
        self.object_lock_legal_hold_status.as_ref()
    }
    /// [`object_lock_mode`](Self::object_lock_mode).
    pub fn object_lock_mode(&self) -> rt::Option<&ObjectLockMode> {
        self.object_lock_mode.as_ref()
    }
    /// [`object_lock_retain_until_date`](Self::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(&self) -> rt::Option<&rt::DateTime> {
        self.object_lock_retain_until_date.as_ref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_encryption_context`](Self::ssekms_encryption_context).
    pub fn ssekms_encryption_context(&self) -> rt::Option<&str> {
        self.ssekms_encryption_context.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`tagging`](Self::tagging).
    pub fn tagging(&self) -> rt::Option<&str> {
        self.tagging.as_deref()
    }
    /// [`tagging_directive`](Self::tagging_directive).
    pub fn tagging_directive(&self) -> rt::Option<&TaggingDirective> {
        self.tagging_directive.as_ref()
    }
    /// [`website_redirect_location`](Self::website_redirect_location).
    pub fn website_redirect_location(&self) -> rt::Option<&str> {
        self.website_redirect_location.as_deref()
    }
}
/// Builds a [`CopyObjectRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct CopyObjectRequestBuilder {
    /// [`CopyObjectRequest::acl`](CopyObjectRequest::acl), if set.
    pub acl: rt::Option<ObjectCannedAcl>,
    /// [`CopyObjectRequest::bucket`](CopyObjectRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`CopyObjectRequest::bucket_key_enabled`](CopyObjectRequest::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`CopyObjectRequest::cache_control`](CopyObjectRequest::cache_control), if set.
    pub cache_control: rt::Option<rt::String>,
    /// [`CopyObjectRequest::checksum_algorithm`](CopyObjectRequest::checksum_algorithm), if set.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// [`CopyObjectRequest::content_disposition`](CopyObjectRequest::content_disposition), if set.
    pub content_disposition: rt::Option<rt::String>,
    /// [`CopyObjectRequest::content_encoding`](CopyObjectRequest::content_encoding), if set.
    pub content_encoding: rt::Option<rt::String>,
    /// [`CopyObjectRequest::content_language`](CopyObjectRequest::content_language), if set.
    pub content_language: rt::Option<rt::String>,
    /// [`CopyObjectRequest::content_type`](CopyObjectRequest::content_type), if set.
    pub content_type: rt::Option<rt::String>,
    /// [`CopyObjectRequest::copy_source`](CopyObjectRequest::copy_source), if set.
    pub copy_source: rt::Option<rt::String>,
    /// [`CopyObjectRequest::copy_source_if_match`](CopyObjectRequest::copy_source_if_match), if set.
    pub copy_source_if_match: rt::Option<rt::String>,
    /// [`CopyObjectRequest::copy_source_if_modified_since`](CopyObjectRequest::copy_source_if_modified_since), if set.
    pub copy_source_if_modified_since: rt::Option<rt::DateTime>,
    /// [`CopyObjectRequest::copy_source_if_none_match`](CopyObjectRequest::copy_source_if_none_match), if set.
    pub copy_source_if_none_match: rt::Option<rt::String>,
    /// [`CopyObjectRequest::copy_source_if_unmodified_since`](CopyObjectRequest::copy_source_if_unmodified_since), if set.
    pub copy_source_if_unmodified_since: rt::Option<rt::DateTime>,
    /// [`CopyObjectRequest::copy_source_sse_customer_algorithm`](CopyObjectRequest::copy_source_sse_customer_algorithm), if set.
    pub copy_source_sse_customer_algorithm: rt::Option<rt::String>,
    /// [`CopyObjectRequest::copy_source_sse_customer_key`](CopyObjectRequest::copy_source_sse_customer_key), if set.
    pub copy_source_sse_customer_key: rt::Option<rt::String>,
    /// [`CopyObjectRequest::copy_source_sse_customer_key_md5`](CopyObjectRequest::copy_source_sse_customer_key_md5), if set.
    pub copy_source_sse_customer_key_md5: rt::Option<rt::String>,
    /// [`CopyObjectRequest::expected_bucket_owner`](CopyObjectRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`CopyObjectRequest::expected_source_bucket_owner`](CopyObjectRequest::expected_source_bucket_owner), if set.
    pub expected_source_bucket_owner: rt::Option<rt::String>,
    /// [`CopyObjectRequest::expires`](CopyObjectRequest::expires), if set.
    pub expires: rt::Option<rt::DateTime>,
    /// [`CopyObjectRequest::grant_full_control`](CopyObjectRequest::grant_full_control), if set.
    pub grant_full_control: rt::Option<rt::String>,
    /// [`CopyObjectRequest::grant_read`](CopyObjectRequest::grant_read), if set.
    pub grant_read: rt::Option<rt::String>,
    /// [`CopyObjectRequest::grant_read_acp`](CopyObjectRequest::grant_read_acp), if set.
    pub grant_read_acp: rt::Option<rt::String>,
    /// [`CopyObjectRequest::grant_write_acp`](CopyObjectRequest::grant_write_acp), if set.
    pub grant_write_acp: rt::Option<rt::String>,
    /// [`CopyObjectRequest::key`](CopyObjectRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`CopyObjectRequest::metadata`](CopyObjectRequest::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`CopyObjectRequest::metadata_directive`](CopyObjectRequest::metadata_directive), if set.
    pub metadata_directive: rt::Option<MetadataDirective>,
    /// [`CopyObjectRequest::object_lock_legal_hold_status`](CopyObjectRequest::object_lock_legal_hold_status), if set.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// [`CopyObjectRequest::object_lock_mode`](CopyObjectRequest::object_lock_mode), if set.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// [`CopyObjectRequest::object_lock_retain_until_date`](CopyObjectRequest::object_lock_retain_until_date), if set.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// [`CopyObjectRequest::request_payer`](CopyObjectRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`CopyObjectRequest::sse_customer_algorithm`](CopyObjectRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`CopyObjectRequest::sse_customer_key`](CopyObjectRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`CopyObjectRequest::sse_customer_key_md5`](CopyObjectRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`CopyObjectRequest::ssekms_encryption_context`](CopyObjectRequest::ssekms_encryption_context), if set.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// [`CopyObjectRequest::ssekms_key_id`](CopyObjectRequest::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`CopyObjectRequest::server_side_encryption`](CopyObjectRequest::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`CopyObjectRequest::storage_class`](CopyObjectRequest::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`CopyObjectRequest::tagging`](CopyObjectRequest::tagging), if set.
    pub tagging: rt::Option<rt::String>,
    /// [`CopyObjectRequest::tagging_directive`](CopyObjectRequest::tagging_directive), if set.
    pub tagging_directive: rt::Option<TaggingDirective>,
    /// [`CopyObjectRequest::website_redirect_location`](CopyObjectRequest::website_redirect_location), if set.
    pub website_redirect_location: rt::Option<rt::String>,
}
impl CopyObjectRequestBuilder {
    /// Sets [`CopyObjectRequest::acl`](CopyObjectRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<ObjectCannedAcl>) -> Self {
        self.acl = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::acl`](CopyObjectRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<ObjectCannedAcl>) -> Self {
        self.acl = value;
        self
    }
    /// Sets [`CopyObjectRequest::bucket`](CopyObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::bucket`](CopyObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CopyObjectRequest::bucket_key_enabled`](CopyObjectRequest::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::bucket_key_enabled`](CopyObjectRequest::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`CopyObjectRequest::cache_control`](CopyObjectRequest::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::cache_control`](CopyObjectRequest::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.cache_control = value;
        self
    }
    /// Sets [`CopyObjectRequest::checksum_algorithm`](CopyObjectRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::checksum_algorithm`](CopyObjectRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = value;
        self
    }
    /// Sets [`CopyObjectRequest::content_disposition`](CopyObjectRequest::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_disposition`](CopyObjectRequest::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_disposition = value;
        self
    }
    /// Sets [`CopyObjectRequest::content_encoding`](CopyObjectRequest::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_encoding`](CopyObjectRequest::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_encoding = value;
        self
    }
    /// Sets [`CopyObjectRequest::content_language`](CopyObjectRequest::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_language = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_language`](CopyObjectRequest::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_language = value;
        self
    }
    /// Sets [`CopyObjectRequest::content_type`](CopyObjectRequest::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_type`](CopyObjectRequest::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source`](CopyObjectRequest::copy_source).
    pub fn copy_source(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source`](CopyObjectRequest::copy_source).
    pub fn set_copy_source(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_match`](CopyObjectRequest::copy_source_if_match).
    pub fn copy_source_if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source_if_match = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_match`](CopyObjectRequest::copy_source_if_match).
    pub fn set_copy_source_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source_if_match = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_modified_since`](CopyObjectRequest::copy_source_if_modified_since).
    pub fn copy_source_if_modified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.copy_source_if_modified_since = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_modified_since`](CopyObjectRequest::copy_source_if_modified_since).
    pub fn set_copy_source_if_modified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.copy_source_if_modified_since = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_none_match`](CopyObjectRequest::copy_source_if_none_match).
    pub fn copy_source_if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source_if_none_match = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_none_match`](CopyObjectRequest::copy_source_if_none_match).
    pub fn set_copy_source_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source_if_none_match = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_unmodified_since`](CopyObjectRequest::copy_source_if_unmodified_since).
    pub fn copy_source_if_unmodified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.copy_source_if_unmodified_since = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_unmodified_since`](CopyObjectRequest::copy_source_if_unmodified_since).
    pub fn set_copy_source_if_unmodified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.copy_source_if_unmodified_since = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_sse_customer_algorithm`](CopyObjectRequest::copy_source_sse_customer_algorithm).
    pub fn copy_source_sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source_sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_sse_customer_algorithm`](CopyObjectRequest::copy_source_sse_customer_algorithm).
    pub fn set_copy_source_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source_sse_customer_algorithm = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_sse_customer_key`](CopyObjectRequest::copy_source_sse_customer_key).
    pub fn copy_source_sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source_sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_sse_customer_key`](CopyObjectRequest::copy_source_sse_customer_key).
    pub fn set_copy_source_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source_sse_customer_key = value;
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_sse_customer_key_md5`](CopyObjectRequest::copy_source_sse_customer_key_md5).
    pub fn copy_source_sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.copy_source_sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_sse_customer_key_md5`](CopyObjectRequest::copy_source_sse_customer_key_md5).
    pub fn set_copy_source_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.copy_source_sse_customer_key_md5 = value;
        self
    }
    /// Sets [`CopyObjectRequest::expected_bucket_owner`](CopyObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::expected_bucket_owner`](CopyObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`CopyObjectRequest::expected_source_bucket_owner`](CopyObjectRequest::expected_source_bucket_owner).
    pub fn expected_source_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_source_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::expected_source_bucket_owner`](CopyObjectRequest::expected_source_bucket_owner).
    pub fn set_expected_source_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_source_bucket_owner = value;
        self
    }
    /// Sets [`CopyObjectRequest::expires`](CopyObjectRequest::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expires = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::expires`](CopyObjectRequest::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expires = value;
        self
    }
    /// Sets [`CopyObjectRequest::grant_full_control`](CopyObjectRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_full_control = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_full_control`](CopyObjectRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_full_control = value;
        self
    }
    /// Sets [`CopyObjectRequest::grant_read`](CopyObjectRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_read`](CopyObjectRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read = value;
        self
    }
    /// Sets [`CopyObjectRequest::grant_read_acp`](CopyObjectRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read_acp = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_read_acp`](CopyObjectRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read_acp = value;
        self
    }
    /// Sets [`CopyObjectRequest::grant_write_acp`](CopyObjectRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_write_acp = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_write_acp`](CopyObjectRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_write_acp = value;
        self
    }
    /// Sets [`CopyObjectRequest::key`](CopyObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::key`](CopyObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Inserts one entry into [`CopyObjectRequest::metadata`](CopyObjectRequest::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::metadata`](CopyObjectRequest::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`CopyObjectRequest::metadata_directive`](CopyObjectRequest::metadata_directive).
    pub fn metadata_directive(mut self, value: impl rt::Into<MetadataDirective>) -> Self {
        self.metadata_directive = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::metadata_directive`](CopyObjectRequest::metadata_directive).
    pub fn set_metadata_directive(mut self, value: rt::Option<MetadataDirective>) -> Self {
        self.metadata_directive = value;
        self
    }
    /// Sets [`CopyObjectRequest::object_lock_legal_hold_status`](CopyObjectRequest::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::object_lock_legal_hold_status`](CopyObjectRequest::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = value;
        self
    }
    /// Sets [`CopyObjectRequest::object_lock_mode`](CopyObjectRequest::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.object_lock_mode = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::object_lock_mode`](CopyObjectRequest::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.object_lock_mode = value;
        self
    }
    /// Sets [`CopyObjectRequest::object_lock_retain_until_date`](CopyObjectRequest::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::object_lock_retain_until_date`](CopyObjectRequest::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = value;
        self
    }
    /// Sets [`CopyObjectRequest::request_payer`](CopyObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::request_payer`](CopyObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`CopyObjectRequest::sse_customer_algorithm`](CopyObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::sse_customer_algorithm`](CopyObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`CopyObjectRequest::sse_customer_key`](CopyObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::sse_customer_key`](CopyObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`CopyObjectRequest::sse_customer_key_md5`](CopyObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::sse_customer_key_md5`](CopyObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`CopyObjectRequest::ssekms_encryption_context`](CopyObjectRequest::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_encryption_context = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::ssekms_encryption_context`](CopyObjectRequest::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_encryption_context = value;
        self
    }
    /// Sets [`CopyObjectRequest::ssekms_key_id`](CopyObjectRequest::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::ssekms_key_id`](CopyObjectRequest::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`CopyObjectRequest::server_side_encryption`](CopyObjectRequest::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::server_side_encryption`](CopyObjectRequest::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`CopyObjectRequest::storage_class`](CopyObjectRequest::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::storage_class`](CopyObjectRequest::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`CopyObjectRequest::tagging`](CopyObjectRequest::tagging).
    pub fn tagging(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tagging = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::tagging`](CopyObjectRequest::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::String>) -> Self {
        self.tagging = value;
        self
    }
    /// Sets [`CopyObjectRequest::tagging_directive`](CopyObjectRequest::tagging_directive).
    pub fn tagging_directive(mut self, value: impl rt::Into<TaggingDirective>) -> Self {
        self.tagging_directive = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::tagging_directive`](CopyObjectRequest::tagging_directive).
    pub fn set_tagging_directive(mut self, value: rt::Option<TaggingDirective>) -> Self {
        self.tagging_directive = value;
        self
    }
    /// Sets [`CopyObjectRequest::website_redirect_location`](CopyObjectRequest::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.website_redirect_location = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectRequest::website_redirect_location`](CopyObjectRequest::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.website_redirect_location = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CopyObjectRequest, rt::BuildError> {
        Ok(CopyObjectRequest {
            acl: self.acl,
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "CopyObjectRequest",
                member: "Bucket",
            })?,
            bucket_key_enabled: self.bucket_key_enabled,
            cache_control: self.cache_control,
            checksum_algorithm: self.checksum_algorithm,
            content_disposition: self.content_disposition,
            content_encoding: self.content_encoding,
            content_language: self.content_language,
            content_type: self.content_type,
            copy_source: self.copy_source.ok_or(rt::BuildError {
                shape: "CopyObjectRequest",
                member: "CopySource",
            })?,
            copy_source_if_match: self.copy_source_if_match,
            copy_source_if_modified_since: self.copy_source_if_modified_since,
            copy_source_if_none_match: self.copy_source_if_none_match,
            copy_source_if_unmodified_since: self.copy_source_if_unmodified_since,
            copy_source_sse_customer_algorithm: self.copy_source_sse_customer_algorithm,
            copy_source_sse_customer_key: self.copy_source_sse_customer_key,
            copy_source_sse_customer_key_md5: self.copy_source_sse_customer_key_md5,
            expected_bucket_owner: self.expected_bucket_owner,
            expected_source_bucket_owner: self.expected_source_bucket_owner,
            expires: self.expires,
            grant_full_control: self.grant_full_control,
            grant_read: self.grant_read,
            grant_read_acp: self.grant_read_acp,
            grant_write_acp: self.grant_write_acp,
            key: self.key.ok_or(rt::BuildError {
                shape: "CopyObjectRequest",
                member: "Key",
            })?,
            metadata: self.metadata,
            metadata_directive: self.metadata_directive,
            object_lock_legal_hold_status: self.object_lock_legal_hold_status,
            object_lock_mode: self.object_lock_mode,
            object_lock_retain_until_date: self.object_lock_retain_until_date,
            request_payer: self.request_payer,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_encryption_context: self.ssekms_encryption_context,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            storage_class: self.storage_class,
            tagging: self.tagging,
            tagging_directive: self.tagging_directive,
            website_redirect_location: self.website_redirect_location,
        })
    }
}
impl ::std::fmt::Debug for CopyObjectRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CopyObjectRequest")
            .field("ACL", &self.acl)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentType", &self.content_type)
            .field("CopySource", &self.copy_source)
            .field("CopySourceIfMatch", &self.copy_source_if_match)
            .field(
                "CopySourceIfModifiedSince",
                &self.copy_source_if_modified_since,
            )
            .field("CopySourceIfNoneMatch", &self.copy_source_if_none_match)
            .field(
                "CopySourceIfUnmodifiedSince",
                &self.copy_source_if_unmodified_since,
            )
            .field(
                "CopySourceSSECustomerAlgorithm",
                &self.copy_source_sse_customer_algorithm,
            )
            .field(
                "CopySourceSSECustomerKey",
                &"*** Sensitive Data Redacted ***",
            )
            .field(
                "CopySourceSSECustomerKeyMD5",
                &self.copy_source_sse_customer_key_md5,
            )
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field(
                "ExpectedSourceBucketOwner",
                &self.expected_source_bucket_owner,
            )
            .field("Expires", &self.expires)
            .field("GrantFullControl", &self.grant_full_control)
            .field("GrantRead", &self.grant_read)
            .field("GrantReadACP", &self.grant_read_acp)
            .field("GrantWriteACP", &self.grant_write_acp)
            .field("Key", &self.key)
            .field("Metadata", &self.metadata)
            .field("MetadataDirective", &self.metadata_directive)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("Tagging", &self.tagging)
            .field("TaggingDirective", &self.tagging_directive)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
impl ::std::fmt::Debug for CopyObjectRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CopyObjectRequestBuilder")
            .field("ACL", &self.acl)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentType", &self.content_type)
            .field("CopySource", &self.copy_source)
            .field("CopySourceIfMatch", &self.copy_source_if_match)
            .field(
                "CopySourceIfModifiedSince",
                &self.copy_source_if_modified_since,
            )
            .field("CopySourceIfNoneMatch", &self.copy_source_if_none_match)
            .field(
                "CopySourceIfUnmodifiedSince",
                &self.copy_source_if_unmodified_since,
            )
            .field(
                "CopySourceSSECustomerAlgorithm",
                &self.copy_source_sse_customer_algorithm,
            )
            .field(
                "CopySourceSSECustomerKey",
                &"*** Sensitive Data Redacted ***",
            )
            .field(
                "CopySourceSSECustomerKeyMD5",
                &self.copy_source_sse_customer_key_md5,
            )
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field(
                "ExpectedSourceBucketOwner",
                &self.expected_source_bucket_owner,
            )
            .field("Expires", &self.expires)
            .field("GrantFullControl", &self.grant_full_control)
            .field("GrantRead", &self.grant_read)
            .field("GrantReadACP", &self.grant_read_acp)
            .field("GrantWriteACP", &self.grant_write_acp)
            .field("Key", &self.key)
            .field("Metadata", &self.metadata)
            .field("MetadataDirective", &self.metadata_directive)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("Tagging", &self.tagging)
            .field("TaggingDirective", &self.tagging_directive)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
/// Container for all response elements.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyObjectResult {
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This checksum is present if the object being copied was uploaded with the `CRC64NVME` checksum algorithm, or if the object was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: rt::Option<ChecksumType>,
    /// Returns the ETag of the new object. The ETag reflects only changes to the contents of an object, not its metadata.
    pub e_tag: rt::Option<rt::String>,
    /// Creation date of the object.
    pub last_modified: rt::Option<rt::DateTime>,
}
impl CopyObjectResult {
    /// A builder for this structure.
    pub fn builder() -> CopyObjectResultBuilder {
        CopyObjectResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CopyObjectResult {
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`last_modified`](Self::last_modified).
    pub fn last_modified(&self) -> rt::Option<&rt::DateTime> {
        self.last_modified.as_ref()
    }
}
/// Builds a [`CopyObjectResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CopyObjectResultBuilder {
    /// [`CopyObjectResult::checksum_crc32`](CopyObjectResult::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`CopyObjectResult::checksum_crc32c`](CopyObjectResult::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`CopyObjectResult::checksum_crc64nvme`](CopyObjectResult::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`CopyObjectResult::checksum_sha1`](CopyObjectResult::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`CopyObjectResult::checksum_sha256`](CopyObjectResult::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`CopyObjectResult::checksum_type`](CopyObjectResult::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`CopyObjectResult::e_tag`](CopyObjectResult::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`CopyObjectResult::last_modified`](CopyObjectResult::last_modified), if set.
    pub last_modified: rt::Option<rt::DateTime>,
}
impl CopyObjectResultBuilder {
    /// Sets [`CopyObjectResult::checksum_crc32`](CopyObjectResult::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::checksum_crc32`](CopyObjectResult::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`CopyObjectResult::checksum_crc32c`](CopyObjectResult::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::checksum_crc32c`](CopyObjectResult::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`CopyObjectResult::checksum_crc64nvme`](CopyObjectResult::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::checksum_crc64nvme`](CopyObjectResult::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`CopyObjectResult::checksum_sha1`](CopyObjectResult::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::checksum_sha1`](CopyObjectResult::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`CopyObjectResult::checksum_sha256`](CopyObjectResult::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::checksum_sha256`](CopyObjectResult::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`CopyObjectResult::checksum_type`](CopyObjectResult::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::checksum_type`](CopyObjectResult::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`CopyObjectResult::e_tag`](CopyObjectResult::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::e_tag`](CopyObjectResult::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`CopyObjectResult::last_modified`](CopyObjectResult::last_modified).
    pub fn last_modified(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_modified = Some(value.into());
        self
    }
    /// Sets or clears [`CopyObjectResult::last_modified`](CopyObjectResult::last_modified).
    pub fn set_last_modified(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_modified = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CopyObjectResult {
        CopyObjectResult {
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            checksum_type: self.checksum_type,
            e_tag: self.e_tag,
            last_modified: self.last_modified,
        }
    }
}
/// The configuration information for the bucket.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateBucketConfiguration {
    /// Specifies the information about the bucket that will be created.
    ///
    /// **Note:** This functionality is only supported by directory buckets.
    pub bucket: rt::Option<BucketInfo>,
    /// Specifies the location where the bucket will be created.
    ///
    /// **Directory buckets ** - The location type is Availability Zone or Local Zone. To use the Local Zone location type, your account must be enabled for Dedicated Local Zones. Otherwise, you get an HTTP `403 Forbidden` error with the error code `AccessDenied`. To learn more, see [Enable accounts for Dedicated Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/opt-in-directory-bucket-lz.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is only supported by directory buckets.
    pub location: rt::Option<LocationInfo>,
    /// Specifies the Region where the bucket will be created. You might choose a Region to optimize latency, minimize costs, or address regulatory requirements. For example, if you reside in Europe, you will probably find it advantageous to create buckets in the Europe (Ireland) Region.
    ///
    /// If you don't specify a Region, the bucket is created in the US East (N. Virginia) Region (us-east-1) by default. Configurations using the value `EU` will create a bucket in `eu-west-1`.
    ///
    /// For a list of the valid values for all of the Amazon Web Services Regions, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub location_constraint: rt::Option<BucketLocationConstraint>,
}
impl CreateBucketConfiguration {
    /// A builder for this structure.
    pub fn builder() -> CreateBucketConfigurationBuilder {
        CreateBucketConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateBucketConfiguration {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> rt::Option<&BucketInfo> {
        self.bucket.as_ref()
    }
    /// [`location`](Self::location).
    pub fn location(&self) -> rt::Option<&LocationInfo> {
        self.location.as_ref()
    }
    /// [`location_constraint`](Self::location_constraint).
    pub fn location_constraint(&self) -> rt::Option<&BucketLocationConstraint> {
        self.location_constraint.as_ref()
    }
}
/// Builds a [`CreateBucketConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateBucketConfigurationBuilder {
    /// [`CreateBucketConfiguration::bucket`](CreateBucketConfiguration::bucket), if set.
    pub bucket: rt::Option<BucketInfo>,
    /// [`CreateBucketConfiguration::location`](CreateBucketConfiguration::location), if set.
    pub location: rt::Option<LocationInfo>,
    /// [`CreateBucketConfiguration::location_constraint`](CreateBucketConfiguration::location_constraint), if set.
    pub location_constraint: rt::Option<BucketLocationConstraint>,
}
impl CreateBucketConfigurationBuilder {
    /// Sets [`CreateBucketConfiguration::bucket`](CreateBucketConfiguration::bucket).
    pub fn bucket(mut self, value: impl rt::Into<BucketInfo>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketConfiguration::bucket`](CreateBucketConfiguration::bucket).
    pub fn set_bucket(mut self, value: rt::Option<BucketInfo>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CreateBucketConfiguration::location`](CreateBucketConfiguration::location).
    pub fn location(mut self, value: impl rt::Into<LocationInfo>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketConfiguration::location`](CreateBucketConfiguration::location).
    pub fn set_location(mut self, value: rt::Option<LocationInfo>) -> Self {
        self.location = value;
        self
    }
    /// Sets [`CreateBucketConfiguration::location_constraint`](CreateBucketConfiguration::location_constraint).
    pub fn location_constraint(mut self, value: impl rt::Into<BucketLocationConstraint>) -> Self {
        self.location_constraint = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketConfiguration::location_constraint`](CreateBucketConfiguration::location_constraint).
    pub fn set_location_constraint(mut self, value: rt::Option<BucketLocationConstraint>) -> Self {
        self.location_constraint = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateBucketConfiguration {
        CreateBucketConfiguration {
            bucket: self.bucket,
            location: self.location,
            location_constraint: self.location_constraint,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateBucketOutput {
    /// A forward slash followed by the name of the bucket.
    pub location: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateBucketOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateBucketOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateBucketOutput {
    /// A builder for this structure.
    pub fn builder() -> CreateBucketOutputBuilder {
        CreateBucketOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateBucketOutput {
    /// [`location`](Self::location).
    pub fn location(&self) -> rt::Option<&str> {
        self.location.as_deref()
    }
}
/// Builds a [`CreateBucketOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateBucketOutputBuilder {
    /// [`CreateBucketOutput::location`](CreateBucketOutput::location), if set.
    pub location: rt::Option<rt::String>,
}
impl CreateBucketOutputBuilder {
    /// Sets [`CreateBucketOutput::location`](CreateBucketOutput::location).
    pub fn location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketOutput::location`](CreateBucketOutput::location).
    pub fn set_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.location = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateBucketOutput {
        CreateBucketOutput {
            location: self.location,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateBucketRequest {
    /// The canned ACL to apply to the bucket.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub acl: rt::Option<BucketCannedAcl>,
    /// The name of the bucket to create.
    ///
    /// **General purpose buckets** - For information about bucket naming restrictions, see [Bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.region-code.amazonaws.com/bucket-name` . Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` DOC-EXAMPLE-BUCKET--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: rt::String,
    /// The configuration information for the bucket.
    pub create_bucket_configuration: rt::Option<CreateBucketConfiguration>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub grant_full_control: rt::Option<rt::String>,
    /// Allows grantee to list the objects in the bucket.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub grant_read: rt::Option<rt::String>,
    /// Allows grantee to read the bucket ACL.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub grant_read_acp: rt::Option<rt::String>,
    /// Allows grantee to create new objects in the bucket.
    ///
    /// For the bucket and object owners of existing objects, also allows deletions and overwrites of those objects.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub grant_write: rt::Option<rt::String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub grant_write_acp: rt::Option<rt::String>,
    /// Specifies whether you want S3 Object Lock to be enabled for the new bucket.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_enabled_for_bucket: rt::Option<bool>,
    pub object_ownership: rt::Option<ObjectOwnership>,
}
impl CreateBucketRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateBucketRequestBuilder {
        CreateBucketRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateBucketRequest {
    /// [`acl`](Self::acl).
    pub fn acl(&self) -> rt::Option<&BucketCannedAcl> {
        self.acl.as_ref()
    }
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`create_bucket_configuration`](Self::create_bucket_configuration).
    pub fn create_bucket_configuration(&self) -> rt::Option<&CreateBucketConfiguration> {
        self.create_bucket_configuration.as_ref()
    }
    /// [`grant_full_control`](Self::grant_full_control).
    pub fn grant_full_control(&self) -> rt::Option<&str> {
        self.grant_full_control.as_deref()
    }
    /// [`grant_read`](Self::grant_read).
    pub fn grant_read(&self) -> rt::Option<&str> {
        self.grant_read.as_deref()
    }
    /// [`grant_read_acp`](Self::grant_read_acp).
    pub fn grant_read_acp(&self) -> rt::Option<&str> {
        self.grant_read_acp.as_deref()
    }
    /// [`grant_write`](Self::grant_write).
    pub fn grant_write(&self) -> rt::Option<&str> {
        self.grant_write.as_deref()
    }
    /// [`grant_write_acp`](Self::grant_write_acp).
    pub fn grant_write_acp(&self) -> rt::Option<&str> {
        self.grant_write_acp.as_deref()
    }
    /// [`object_lock_enabled_for_bucket`](Self::object_lock_enabled_for_bucket).
    pub fn object_lock_enabled_for_bucket(&self) -> rt::Option<bool> {
        self.object_lock_enabled_for_bucket
    }
    /// [`object_ownership`](Self::object_ownership).
    pub fn object_ownership(&self) -> rt::Option<&ObjectOwnership> {
        self.object_ownership.as_ref()
    }
}
/// Builds a [`CreateBucketRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateBucketRequestBuilder {
    /// [`CreateBucketRequest::acl`](CreateBucketRequest::acl), if set.
    pub acl: rt::Option<BucketCannedAcl>,
    /// [`CreateBucketRequest::bucket`](CreateBucketRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`CreateBucketRequest::create_bucket_configuration`](CreateBucketRequest::create_bucket_configuration), if set.
    pub create_bucket_configuration: rt::Option<CreateBucketConfiguration>,
    /// [`CreateBucketRequest::grant_full_control`](CreateBucketRequest::grant_full_control), if set.
    pub grant_full_control: rt::Option<rt::String>,
    /// [`CreateBucketRequest::grant_read`](CreateBucketRequest::grant_read), if set.
    pub grant_read: rt::Option<rt::String>,
    /// [`CreateBucketRequest::grant_read_acp`](CreateBucketRequest::grant_read_acp), if set.
    pub grant_read_acp: rt::Option<rt::String>,
    /// [`CreateBucketRequest::grant_write`](CreateBucketRequest::grant_write), if set.
    pub grant_write: rt::Option<rt::String>,
    /// [`CreateBucketRequest::grant_write_acp`](CreateBucketRequest::grant_write_acp), if set.
    pub grant_write_acp: rt::Option<rt::String>,
    /// [`CreateBucketRequest::object_lock_enabled_for_bucket`](CreateBucketRequest::object_lock_enabled_for_bucket), if set.
    pub object_lock_enabled_for_bucket: rt::Option<bool>,
    /// [`CreateBucketRequest::object_ownership`](CreateBucketRequest::object_ownership), if set.
    pub object_ownership: rt::Option<ObjectOwnership>,
}
impl CreateBucketRequestBuilder {
    /// Sets [`CreateBucketRequest::acl`](CreateBucketRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<BucketCannedAcl>) -> Self {
        self.acl = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::acl`](CreateBucketRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<BucketCannedAcl>) -> Self {
        self.acl = value;
        self
    }
    /// Sets [`CreateBucketRequest::bucket`](CreateBucketRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::bucket`](CreateBucketRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CreateBucketRequest::create_bucket_configuration`](CreateBucketRequest::create_bucket_configuration).
    pub fn create_bucket_configuration(
        mut self,
        value: impl rt::Into<CreateBucketConfiguration>,
    ) -> Self {
        self.create_bucket_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::create_bucket_configuration`](CreateBucketRequest::create_bucket_configuration).
    pub fn set_create_bucket_configuration(
        mut self,
        value: rt::Option<CreateBucketConfiguration>,
    ) -> Self {
        self.create_bucket_configuration = value;
        self
    }
    /// Sets [`CreateBucketRequest::grant_full_control`](CreateBucketRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_full_control = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_full_control`](CreateBucketRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_full_control = value;
        self
    }
    /// Sets [`CreateBucketRequest::grant_read`](CreateBucketRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_read`](CreateBucketRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read = value;
        self
    }
    /// Sets [`CreateBucketRequest::grant_read_acp`](CreateBucketRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read_acp = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_read_acp`](CreateBucketRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read_acp = value;
        self
    }
    /// Sets [`CreateBucketRequest::grant_write`](CreateBucketRequest::grant_write).
    pub fn grant_write(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_write = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_write`](CreateBucketRequest::grant_write).
    pub fn set_grant_write(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_write = value;
        self
    }
    /// Sets [`CreateBucketRequest::grant_write_acp`](CreateBucketRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_write_acp = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_write_acp`](CreateBucketRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_write_acp = value;
        self
    }
    /// Sets [`CreateBucketRequest::object_lock_enabled_for_bucket`](CreateBucketRequest::object_lock_enabled_for_bucket).
    pub fn object_lock_enabled_for_bucket(mut self, value: impl rt::Into<bool>) -> Self {
        self.object_lock_enabled_for_bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::object_lock_enabled_for_bucket`](CreateBucketRequest::object_lock_enabled_for_bucket).
    pub fn set_object_lock_enabled_for_bucket(mut self, value: rt::Option<bool>) -> Self {
        self.object_lock_enabled_for_bucket = value;
        self
    }
    /// Sets [`CreateBucketRequest::object_ownership`](CreateBucketRequest::object_ownership).
    pub fn object_ownership(mut self, value: impl rt::Into<ObjectOwnership>) -> Self {
        self.object_ownership = Some(value.into());
        self
    }
    /// Sets or clears [`CreateBucketRequest::object_ownership`](CreateBucketRequest::object_ownership).
    pub fn set_object_ownership(mut self, value: rt::Option<ObjectOwnership>) -> Self {
        self.object_ownership = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateBucketRequest, rt::BuildError> {
        Ok(CreateBucketRequest {
            acl: self.acl,
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "CreateBucketRequest",
                member: "Bucket",
            })?,
            create_bucket_configuration: self.create_bucket_configuration,
            grant_full_control: self.grant_full_control,
            grant_read: self.grant_read,
            grant_read_acp: self.grant_read_acp,
            grant_write: self.grant_write,
            grant_write_acp: self.grant_write_acp,
            object_lock_enabled_for_bucket: self.object_lock_enabled_for_bucket,
            object_ownership: self.object_ownership,
        })
    }
}
#[derive(Clone, PartialEq)]
pub struct CreateMultipartUploadOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart uploads and the prefix in the lifecycle rule matches the object name in the request, the response includes this header. The header indicates when the initiated multipart upload becomes eligible for an abort operation. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*.
    ///
    /// The response also includes the `x-amz-abort-rule-id` header that provides the ID of the lifecycle configuration rule that defines the abort action.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub abort_date: rt::Option<rt::DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header. It identifies the applicable lifecycle configuration rule that defines the action to abort incomplete multipart uploads.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub abort_rule_id: rt::Option<rt::String>,
    /// The name of the bucket to which the multipart upload was initiated. Does not return the access point ARN or access point alias if used.
    ///
    /// **Note:** Access points are not supported by directory buckets.
    pub bucket: rt::Option<rt::String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s checksum value. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: rt::Option<ChecksumType>,
    /// Object key for which the multipart upload was initiated.
    pub key: rt::Option<rt::String>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`).
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// ID for the initiated multipart upload.
    pub upload_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateMultipartUploadOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateMultipartUploadOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateMultipartUploadOutput {
    /// A builder for this structure.
    pub fn builder() -> CreateMultipartUploadOutputBuilder {
        CreateMultipartUploadOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateMultipartUploadOutput {
    /// [`abort_date`](Self::abort_date).
    pub fn abort_date(&self) -> rt::Option<&rt::DateTime> {
        self.abort_date.as_ref()
    }
    /// [`abort_rule_id`](Self::abort_rule_id).
    pub fn abort_rule_id(&self) -> rt::Option<&str> {
        self.abort_rule_id.as_deref()
    }
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> rt::Option<&str> {
        self.bucket.as_deref()
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`checksum_algorithm`](Self::checksum_algorithm).
    pub fn checksum_algorithm(&self) -> rt::Option<&ChecksumAlgorithm> {
        self.checksum_algorithm.as_ref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> rt::Option<&str> {
        self.key.as_deref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_encryption_context`](Self::ssekms_encryption_context).
    pub fn ssekms_encryption_context(&self) -> rt::Option<&str> {
        self.ssekms_encryption_context.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> rt::Option<&str> {
        self.upload_id.as_deref()
    }
}
/// Builds a [`CreateMultipartUploadOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultipartUploadOutputBuilder {
    /// [`CreateMultipartUploadOutput::abort_date`](CreateMultipartUploadOutput::abort_date), if set.
    pub abort_date: rt::Option<rt::DateTime>,
    /// [`CreateMultipartUploadOutput::abort_rule_id`](CreateMultipartUploadOutput::abort_rule_id), if set.
    pub abort_rule_id: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::bucket`](CreateMultipartUploadOutput::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::bucket_key_enabled`](CreateMultipartUploadOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`CreateMultipartUploadOutput::checksum_algorithm`](CreateMultipartUploadOutput::checksum_algorithm), if set.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// [`CreateMultipartUploadOutput::checksum_type`](CreateMultipartUploadOutput::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`CreateMultipartUploadOutput::key`](CreateMultipartUploadOutput::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::request_charged`](CreateMultipartUploadOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`CreateMultipartUploadOutput::sse_customer_algorithm`](CreateMultipartUploadOutput::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::sse_customer_key_md5`](CreateMultipartUploadOutput::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::ssekms_encryption_context`](CreateMultipartUploadOutput::ssekms_encryption_context), if set.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::ssekms_key_id`](CreateMultipartUploadOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`CreateMultipartUploadOutput::server_side_encryption`](CreateMultipartUploadOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`CreateMultipartUploadOutput::upload_id`](CreateMultipartUploadOutput::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
}
impl CreateMultipartUploadOutputBuilder {
    /// Sets [`CreateMultipartUploadOutput::abort_date`](CreateMultipartUploadOutput::abort_date).
    pub fn abort_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.abort_date = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::abort_date`](CreateMultipartUploadOutput::abort_date).
    pub fn set_abort_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.abort_date = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::abort_rule_id`](CreateMultipartUploadOutput::abort_rule_id).
    pub fn abort_rule_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.abort_rule_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::abort_rule_id`](CreateMultipartUploadOutput::abort_rule_id).
    pub fn set_abort_rule_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.abort_rule_id = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::bucket`](CreateMultipartUploadOutput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::bucket`](CreateMultipartUploadOutput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::bucket_key_enabled`](CreateMultipartUploadOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::bucket_key_enabled`](CreateMultipartUploadOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::checksum_algorithm`](CreateMultipartUploadOutput::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::checksum_algorithm`](CreateMultipartUploadOutput::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::checksum_type`](CreateMultipartUploadOutput::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::checksum_type`](CreateMultipartUploadOutput::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::key`](CreateMultipartUploadOutput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::key`](CreateMultipartUploadOutput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::request_charged`](CreateMultipartUploadOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::request_charged`](CreateMultipartUploadOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::sse_customer_algorithm`](CreateMultipartUploadOutput::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::sse_customer_algorithm`](CreateMultipartUploadOutput::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::sse_customer_key_md5`](CreateMultipartUploadOutput::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::sse_customer_key_md5`](CreateMultipartUploadOutput::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::ssekms_encryption_context`](CreateMultipartUploadOutput::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_encryption_context = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::ssekms_encryption_context`](CreateMultipartUploadOutput::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_encryption_context = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::ssekms_key_id`](CreateMultipartUploadOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::ssekms_key_id`](CreateMultipartUploadOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::server_side_encryption`](CreateMultipartUploadOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::server_side_encryption`](CreateMultipartUploadOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`CreateMultipartUploadOutput::upload_id`](CreateMultipartUploadOutput::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadOutput::upload_id`](CreateMultipartUploadOutput::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateMultipartUploadOutput {
        CreateMultipartUploadOutput {
            abort_date: self.abort_date,
            abort_rule_id: self.abort_rule_id,
            bucket: self.bucket,
            bucket_key_enabled: self.bucket_key_enabled,
            checksum_algorithm: self.checksum_algorithm,
            checksum_type: self.checksum_type,
            key: self.key,
            request_charged: self.request_charged,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_encryption_context: self.ssekms_encryption_context,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            upload_id: self.upload_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for CreateMultipartUploadOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMultipartUploadOutput")
            .field("AbortDate", &self.abort_date)
            .field("AbortRuleId", &self.abort_rule_id)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumType", &self.checksum_type)
            .field("Key", &self.key)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("UploadId", &self.upload_id)
            .finish()
    }
}
impl ::std::fmt::Debug for CreateMultipartUploadOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMultipartUploadOutputBuilder")
            .field("AbortDate", &self.abort_date)
            .field("AbortRuleId", &self.abort_rule_id)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumType", &self.checksum_type)
            .field("Key", &self.key)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("UploadId", &self.upload_id)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct CreateMultipartUploadRequest {
    /// The canned ACL to apply to the object. Amazon S3 supports a set of predefined ACLs, known as *canned ACLs*. Each canned ACL has a predefined set of grantees and permissions. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the *Amazon S3 User Guide*.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can grant access permissions to individual Amazon Web Services accounts or to predefined groups defined by Amazon S3. These permissions are then added to the access control list (ACL) on the new object. For more information, see [Using ACLs](https://docs.aws.amazon.com/AmazonS3/latest/dev/S3_ACLs_UsingACLs.html). One way to grant the permissions using the request headers is to specify a canned ACL with the `x-amz-acl` request header.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub acl: rt::Option<ObjectCannedAcl>,
    /// The name of the bucket where the multipart upload is initiated and where the object is uploaded.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    ///
    /// **General purpose buckets** - Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. Also, specifying this header with a PUT action doesn't affect bucket-level settings for S3 Bucket Key.
    ///
    /// **Directory buckets** - S3 Bucket Keys are always enabled for `GET` and `PUT` operations in a directory bucket and can’t be disabled. S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html), [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html), [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), or [the import jobs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: rt::Option<bool>,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: rt::Option<rt::String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s checksum value. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: rt::Option<ChecksumType>,
    /// Specifies presentational information for the object.
    pub content_disposition: rt::Option<rt::String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    ///
    /// **Note:** For directory buckets, only the `aws-chunked` value is supported in this header field.
    pub content_encoding: rt::Option<rt::String>,
    /// The language that the content is in.
    pub content_language: rt::Option<rt::String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: rt::Option<rt::String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: rt::Option<rt::DateTime>,
    /// Specify access permissions explicitly to give the grantee READ, READ_ACP, and WRITE_ACP permissions on the object.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    /// - `uri` – if you are granting permissions to a predefined group
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account **Note:** Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    /// - US East (N. Virginia)
    /// - US West (N. California)
    /// - US West (Oregon)
    /// - Asia Pacific (Singapore)
    /// - Asia Pacific (Sydney)
    /// - Asia Pacific (Tokyo)
    /// - Europe (Ireland)
    /// - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666"`
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: rt::Option<rt::String>,
    /// Specify access permissions explicitly to allow grantee to read the object data and its metadata.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    /// - `uri` – if you are granting permissions to a predefined group
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account **Note:** Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    /// - US East (N. Virginia)
    /// - US West (N. California)
    /// - US West (Oregon)
    /// - Asia Pacific (Singapore)
    /// - Asia Pacific (Sydney)
    /// - Asia Pacific (Tokyo)
    /// - Europe (Ireland)
    /// - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666"`
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: rt::Option<rt::String>,
    /// Specify access permissions explicitly to allows grantee to read the object ACL.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    /// - `uri` – if you are granting permissions to a predefined group
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account **Note:** Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    /// - US East (N. Virginia)
    /// - US West (N. California)
    /// - US West (Oregon)
    /// - Asia Pacific (Singapore)
    /// - Asia Pacific (Sydney)
    /// - Asia Pacific (Tokyo)
    /// - Europe (Ireland)
    /// - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666"`
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: rt::Option<rt::String>,
    /// Specify access permissions explicitly to allows grantee to allow grantee to write the ACL for the applicable object.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    /// - `uri` – if you are granting permissions to a predefined group
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account **Note:** Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    /// - US East (N. Virginia)
    /// - US West (N. California)
    /// - US West (Oregon)
    /// - Asia Pacific (Singapore)
    /// - Asia Pacific (Sydney)
    /// - Asia Pacific (Tokyo)
    /// - Europe (Ireland)
    /// - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666"`
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: rt::Option<rt::String>,
    /// Object key for which the multipart upload is to be initiated.
    pub key: rt::String,
    /// A map of metadata to store with the object in S3.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// Specifies whether you want to apply a legal hold to the uploaded object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// Specifies the Object Lock mode that you want to apply to the uploaded object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// Specifies the date and time when you want the Object Lock to expire.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    pub request_payer: rt::Option<RequestPayer>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Specifies the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID.
    ///
    /// **General purpose buckets** - If you specify `x-amz-server-side-encryption` with `aws:kms` or `aws:kms:dsse`, this header specifies the ID (Key ID, Key ARN, or Key Alias) of the KMS key to use. If you specify `x-amz-server-side-encryption:aws:kms` or `x-amz-server-side-encryption:aws:kms:dsse`, but do not provide `x-amz-server-side-encryption-aws-kms-key-id`, Amazon S3 uses the Amazon Web Services managed key (`aws/s3`) to protect the data.
    ///
    /// **Directory buckets** - To encrypt data using SSE-KMS, it's recommended to specify the `x-amz-server-side-encryption` header to `aws:kms`. Then, the `x-amz-server-side-encryption-aws-kms-key-id` header implicitly uses the bucket's default KMS customer managed key ID. If you want to explicitly set the ` x-amz-server-side-encryption-aws-kms-key-id` header, it must match the bucket's default customer managed key (using key ID or ARN, not alias). Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Incorrect key specification results in an HTTP `400 Bad Request` error.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`).
    ///
    /// - **Directory buckets ** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html). In the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)) using the REST API, the encryption request headers must match the encryption settings that are specified in the `CreateSession` request. You can't override the values of the encryption settings (`x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-context`, and `x-amz-server-side-encryption-bucket-key-enabled`) that are specified in the `CreateSession` request. You don't need to explicitly specify these encryption settings values in Zonal endpoint API calls, and Amazon S3 will use the encryption settings values from the `CreateSession` request to protect new objects in the directory bucket. **Note:** When you use the CLI or the Amazon Web Services SDKs, for `CreateSession`, the session token refreshes automatically to avoid service interruptions when a session expires. The CLI or the Amazon Web Services SDKs use the bucket's default encryption configuration for the `CreateSession` request. It's not supported to override the encryption settings values in the `CreateSession` request. So in the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)), the encryption request headers must match the default encryption configuration of the directory bucket.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:**
    /// - For directory buckets, only the S3 Express One Zone storage class is supported to store newly created objects.
    /// - Amazon S3 on Outposts only uses the OUTPOSTS Storage Class.
    pub storage_class: rt::Option<StorageClass>,
    /// The tag-set for the object. The tag-set must be encoded as URL Query parameters.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub tagging: rt::Option<rt::String>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub website_redirect_location: rt::Option<rt::String>,
}
impl CreateMultipartUploadRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateMultipartUploadRequestBuilder {
        CreateMultipartUploadRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateMultipartUploadRequest {
    /// [`acl`](Self::acl).
    pub fn acl(&self) -> rt::Option<&ObjectCannedAcl> {
        self.acl.as_ref()
    }
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`cache_control`](Self::cache_control).
    pub fn cache_control(&self) -> rt::Option<&str> {
        self.cache_control.as_deref()
    }
    /// [`checksum_algorithm`](Self::checksum_algorithm).
    pub fn checksum_algorithm(&self) -> rt::Option<&ChecksumAlgorithm> {
        self.checksum_algorithm.as_ref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`content_disposition`](Self::content_disposition).
    pub fn content_disposition(&self) -> rt::Option<&str> {
        self.content_disposition.as_deref()
    }
    /// [`content_encoding`](Self::content_encoding).
    pub fn content_encoding(&self) -> rt::Option<&str> {
        self.content_encoding.as_deref()
    }
    /// [`content_language`](Self::content_language).
    pub fn content_language(&self) -> rt::Option<&str> {
        self.content_language.as_deref()
    }
    /// [`content_type`](Self::content_type).
    pub fn content_type(&self) -> rt::Option<&str> {
        self.content_type.as_deref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`expires`](Self::expires).
    pub fn expires(&self) -> rt::Option<&rt::DateTime> {
        self.expires.as_ref()
    }
    /// [`grant_full_control`](Self::grant_full_control).
    pub fn grant_full_control(&self) -> rt::Option<&str> {
        self.grant_full_control.as_deref()
    }
    /// [`grant_read`](Self::grant_read).
    pub fn grant_read(&self) -> rt::Option<&str> {
        self.grant_read.as_deref()
    }
    /// [`grant_read_acp`](Self::grant_read_acp).
    pub fn grant_read_acp(&self) -> rt::Option<&str> {
        self.grant_read_acp.as_deref()
    }
    /// [`grant_write_acp`](Self::grant_write_acp).
    pub fn grant_write_acp(&self) -> rt::Option<&str> {
        self.grant_write_acp.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
    /// [`object_lock_legal_hold_status`](Self::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(&self) -> rt::Option<&ObjectLockLegalHoldStatus> {
        self.object_lock_legal_hold_status.as_ref()
    }
    /// [`object_lock_mode`](Self::object_lock_mode).
    pub fn object_lock_mode(&self) -> rt::Option<&ObjectLockMode> {
        self.object_lock_mode.as_ref()
    }
    /// [`object_lock_retain_until_date`](Self::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(&self) -> rt::Option<&rt::DateTime> {
        self.object_lock_retain_until_date.as_ref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_encryption_context`](Self::ssekms_encryption_context).
    pub fn ssekms_encryption_context(&self) -> rt::Option<&str> {
        self.ssekms_encryption_context.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`tagging`](Self::tagging).
    pub fn tagging(&self) -> rt::Option<&str> {
        self.tagging.as_deref()
    }
    /// [`website_redirect_location`](Self::website_redirect_location).
    pub fn website_redirect_location(&self) -> rt::Option<&str> {
        self.website_redirect_location.as_deref()
    }
}
/// Builds a [`CreateMultipartUploadRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultipartUploadRequestBuilder {
    /// [`CreateMultipartUploadRequest::acl`](CreateMultipartUploadRequest::acl), if set.
    pub acl: rt::Option<ObjectCannedAcl>,
    /// [`CreateMultipartUploadRequest::bucket`](CreateMultipartUploadRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::bucket_key_enabled`](CreateMultipartUploadRequest::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`CreateMultipartUploadRequest::cache_control`](CreateMultipartUploadRequest::cache_control), if set.
    pub cache_control: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::checksum_algorithm`](CreateMultipartUploadRequest::checksum_algorithm), if set.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// [`CreateMultipartUploadRequest::checksum_type`](CreateMultipartUploadRequest::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`CreateMultipartUploadRequest::content_disposition`](CreateMultipartUploadRequest::content_disposition), if set.
    pub content_disposition: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::content_encoding`](CreateMultipartUploadRequest::content_encoding), if set.
    pub content_encoding: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::content_language`](CreateMultipartUploadRequest::content_language), if set.
    pub content_language: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::content_type`](CreateMultipartUploadRequest::content_type), if set.
    pub content_type: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::expected_bucket_owner`](CreateMultipartUploadRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::expires`](CreateMultipartUploadRequest::expires), if set.
    pub expires: rt::Option<rt::DateTime>,
    /// [`CreateMultipartUploadRequest::grant_full_control`](CreateMultipartUploadRequest::grant_full_control), if set.
    pub grant_full_control: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::grant_read`](CreateMultipartUploadRequest::grant_read), if set.
    pub grant_read: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::grant_read_acp`](CreateMultipartUploadRequest::grant_read_acp), if set.
    pub grant_read_acp: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::grant_write_acp`](CreateMultipartUploadRequest::grant_write_acp), if set.
    pub grant_write_acp: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::key`](CreateMultipartUploadRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::metadata`](CreateMultipartUploadRequest::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`CreateMultipartUploadRequest::object_lock_legal_hold_status`](CreateMultipartUploadRequest::object_lock_legal_hold_status), if set.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// [`CreateMultipartUploadRequest::object_lock_mode`](CreateMultipartUploadRequest::object_lock_mode), if set.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// [`CreateMultipartUploadRequest::object_lock_retain_until_date`](CreateMultipartUploadRequest::object_lock_retain_until_date), if set.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// [`CreateMultipartUploadRequest::request_payer`](CreateMultipartUploadRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`CreateMultipartUploadRequest::sse_customer_algorithm`](CreateMultipartUploadRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::sse_customer_key`](CreateMultipartUploadRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::sse_customer_key_md5`](CreateMultipartUploadRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::ssekms_encryption_context`](CreateMultipartUploadRequest::ssekms_encryption_context), if set.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::ssekms_key_id`](CreateMultipartUploadRequest::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::server_side_encryption`](CreateMultipartUploadRequest::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`CreateMultipartUploadRequest::storage_class`](CreateMultipartUploadRequest::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`CreateMultipartUploadRequest::tagging`](CreateMultipartUploadRequest::tagging), if set.
    pub tagging: rt::Option<rt::String>,
    /// [`CreateMultipartUploadRequest::website_redirect_location`](CreateMultipartUploadRequest::website_redirect_location), if set.
    pub website_redirect_location: rt::Option<rt::String>,
}
impl CreateMultipartUploadRequestBuilder {
    /// Sets [`CreateMultipartUploadRequest::acl`](CreateMultipartUploadRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<ObjectCannedAcl>) -> Self {
        self.acl = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::acl`](CreateMultipartUploadRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<ObjectCannedAcl>) -> Self {
        self.acl = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::bucket`](CreateMultipartUploadRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::bucket`](CreateMultipartUploadRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::bucket_key_enabled`](CreateMultipartUploadRequest::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::bucket_key_enabled`](CreateMultipartUploadRequest::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::cache_control`](CreateMultipartUploadRequest::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::cache_control`](CreateMultipartUploadRequest::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.cache_control = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::checksum_algorithm`](CreateMultipartUploadRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::checksum_algorithm`](CreateMultipartUploadRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::checksum_type`](CreateMultipartUploadRequest::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::checksum_type`](CreateMultipartUploadRequest::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_disposition`](CreateMultipartUploadRequest::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_disposition`](CreateMultipartUploadRequest::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_disposition = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_encoding`](CreateMultipartUploadRequest::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_encoding`](CreateMultipartUploadRequest::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_encoding = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_language`](CreateMultipartUploadRequest::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_language = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_language`](CreateMultipartUploadRequest::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_language = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_type`](CreateMultipartUploadRequest::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_type`](CreateMultipartUploadRequest::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::expected_bucket_owner`](CreateMultipartUploadRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::expected_bucket_owner`](CreateMultipartUploadRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::expires`](CreateMultipartUploadRequest::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expires = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::expires`](CreateMultipartUploadRequest::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expires = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_full_control`](CreateMultipartUploadRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_full_control = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_full_control`](CreateMultipartUploadRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_full_control = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_read`](CreateMultipartUploadRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_read`](CreateMultipartUploadRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_read_acp`](CreateMultipartUploadRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read_acp = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_read_acp`](CreateMultipartUploadRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read_acp = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_write_acp`](CreateMultipartUploadRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_write_acp = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_write_acp`](CreateMultipartUploadRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_write_acp = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::key`](CreateMultipartUploadRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::key`](CreateMultipartUploadRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Inserts one entry into [`CreateMultipartUploadRequest::metadata`](CreateMultipartUploadRequest::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::metadata`](CreateMultipartUploadRequest::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::object_lock_legal_hold_status`](CreateMultipartUploadRequest::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::object_lock_legal_hold_status`](CreateMultipartUploadRequest::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::object_lock_mode`](CreateMultipartUploadRequest::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.object_lock_mode = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::object_lock_mode`](CreateMultipartUploadRequest::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.object_lock_mode = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::object_lock_retain_until_date`](CreateMultipartUploadRequest::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::object_lock_retain_until_date`](CreateMultipartUploadRequest::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::request_payer`](CreateMultipartUploadRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::request_payer`](CreateMultipartUploadRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::sse_customer_algorithm`](CreateMultipartUploadRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::sse_customer_algorithm`](CreateMultipartUploadRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::sse_customer_key`](CreateMultipartUploadRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::sse_customer_key`](CreateMultipartUploadRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::sse_customer_key_md5`](CreateMultipartUploadRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::sse_customer_key_md5`](CreateMultipartUploadRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::ssekms_encryption_context`](CreateMultipartUploadRequest::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_encryption_context = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::ssekms_encryption_context`](CreateMultipartUploadRequest::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_encryption_context = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::ssekms_key_id`](CreateMultipartUploadRequest::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::ssekms_key_id`](CreateMultipartUploadRequest::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::server_side_encryption`](CreateMultipartUploadRequest::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::server_side_encryption`](CreateMultipartUploadRequest::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::storage_class`](CreateMultipartUploadRequest::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::storage_class`](CreateMultipartUploadRequest::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::tagging`](CreateMultipartUploadRequest::tagging).
    pub fn tagging(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tagging = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::tagging`](CreateMultipartUploadRequest::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::String>) -> Self {
        self.tagging = value;
        self
    }
    /// Sets [`CreateMultipartUploadRequest::website_redirect_location`](CreateMultipartUploadRequest::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.website_redirect_location = Some(value.into());
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::website_redirect_location`](CreateMultipartUploadRequest::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.website_redirect_location = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateMultipartUploadRequest, rt::BuildError> {
        Ok(CreateMultipartUploadRequest {
            acl: self.acl,
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "CreateMultipartUploadRequest",
                member: "Bucket",
            })?,
            bucket_key_enabled: self.bucket_key_enabled,
            cache_control: self.cache_control,
            checksum_algorithm: self.checksum_algorithm,
            checksum_type: self.checksum_type,
            content_disposition: self.content_disposition,
            content_encoding: self.content_encoding,
            content_language: self.content_language,
            content_type: self.content_type,
            expected_bucket_owner: self.expected_bucket_owner,
            expires: self.expires,
            grant_full_control: self.grant_full_control,
            grant_read: self.grant_read,
            grant_read_acp: self.grant_read_acp,
            grant_write_acp: self.grant_write_acp,
            key: self.key.ok_or(rt::BuildError {
                shape: "CreateMultipartUploadRequest",
                member: "Key",
            })?,
            metadata: self.metadata,
            object_lock_legal_hold_status: self.object_lock_legal_hold_status,
            object_lock_mode: self.object_lock_mode,
            object_lock_retain_until_date: self.object_lock_retain_until_date,
            request_payer: self.request_payer,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_encryption_context: self.ssekms_encryption_context,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            storage_class: self.storage_class,
            tagging: self.tagging,
            website_redirect_location: self.website_redirect_location,
        })
    }
}
impl ::std::fmt::Debug for CreateMultipartUploadRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMultipartUploadRequest")
            .field("ACL", &self.acl)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumType", &self.checksum_type)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentType", &self.content_type)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Expires", &self.expires)
            .field("GrantFullControl", &self.grant_full_control)
            .field("GrantRead", &self.grant_read)
            .field("GrantReadACP", &self.grant_read_acp)
            .field("GrantWriteACP", &self.grant_write_acp)
            .field("Key", &self.key)
            .field("Metadata", &self.metadata)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("Tagging", &self.tagging)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
impl ::std::fmt::Debug for CreateMultipartUploadRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMultipartUploadRequestBuilder")
            .field("ACL", &self.acl)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumType", &self.checksum_type)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentType", &self.content_type)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Expires", &self.expires)
            .field("GrantFullControl", &self.grant_full_control)
            .field("GrantRead", &self.grant_read)
            .field("GrantReadACP", &self.grant_read_acp)
            .field("GrantWriteACP", &self.grant_write_acp)
            .field("Key", &self.key)
            .field("Metadata", &self.metadata)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("Tagging", &self.tagging)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
/// Describes how an uncompressed comma-separated values (CSV)-formatted input object is formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvInput {
    /// Specifies that CSV field values may contain quoted record delimiters and such records should be allowed. Default value is FALSE. Setting this value to TRUE may lower performance.
    pub allow_quoted_record_delimiter: rt::Option<bool>,
    /// A single character used to indicate that a row should be ignored when the character is present at the start of that row. You can specify any character to indicate a comment line. The default character is `#`.
    ///
    /// Default: `#`
    pub comments: rt::Option<rt::String>,
    /// A single character used to separate individual fields in a record. You can specify an arbitrary delimiter.
    pub field_delimiter: rt::Option<rt::String>,
    /// Describes the first line of input. Valid values are:
    ///
    /// - `NONE`: First line is not a header.
    /// - `IGNORE`: First line is a header, but you can't use the header values to indicate the column in an expression. You can use column position (such as _1, _2, …) to indicate the column (`SELECT s._1 FROM OBJECT s`).
    /// - `Use`: First line is a header, and you can use the header value to identify a column in an expression (`SELECT "name" FROM OBJECT`).
    pub file_header_info: rt::Option<FileHeaderInfo>,
    /// A single character used for escaping when the field delimiter is part of the value. For example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as follows: `" a , b "`.
    ///
    /// Type: String
    ///
    /// Default: `"`
    ///
    /// Ancestors: `CSV`
    pub quote_character: rt::Option<rt::String>,
    /// A single character used for escaping the quotation mark character inside an already escaped value. For example, the value `""" a , b """` is parsed as `" a , b "`.
    pub quote_escape_character: rt::Option<rt::String>,
    /// A single character used to separate individual records in the input. Instead of the default value, you can specify an arbitrary delimiter.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvInput {
    /// A builder for this structure.
    pub fn builder() -> CsvInputBuilder {
        CsvInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CsvInput {
    /// [`allow_quoted_record_delimiter`](Self::allow_quoted_record_delimiter).
    pub fn allow_quoted_record_delimiter(&self) -> rt::Option<bool> {
        self.allow_quoted_record_delimiter
    }
    /// [`comments`](Self::comments).
    pub fn comments(&self) -> rt::Option<&str> {
        self.comments.as_deref()
    }
    /// [`field_delimiter`](Self::field_delimiter).
    pub fn field_delimiter(&self) -> rt::Option<&str> {
        self.field_delimiter.as_deref()
    }
    /// [`file_header_info`](Self::file_header_info).
    pub fn file_header_info(&self) -> rt::Option<&FileHeaderInfo> {
        self.file_header_info.as_ref()
    }
    /// [`quote_character`](Self::quote_character).
    pub fn quote_character(&self) -> rt::Option<&str> {
        self.quote_character.as_deref()
    }
    /// [`quote_escape_character`](Self::quote_escape_character).
    pub fn quote_escape_character(&self) -> rt::Option<&str> {
        self.quote_escape_character.as_deref()
    }
    /// [`record_delimiter`](Self::record_delimiter).
    pub fn record_delimiter(&self) -> rt::Option<&str> {
        self.record_delimiter.as_deref()
    }
}
/// Builds a [`CsvInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvInputBuilder {
    /// [`CsvInput::allow_quoted_record_delimiter`](CsvInput::allow_quoted_record_delimiter), if set.
    pub allow_quoted_record_delimiter: rt::Option<bool>,
    /// [`CsvInput::comments`](CsvInput::comments), if set.
    pub comments: rt::Option<rt::String>,
    /// [`CsvInput::field_delimiter`](CsvInput::field_delimiter), if set.
    pub field_delimiter: rt::Option<rt::String>,
    /// [`CsvInput::file_header_info`](CsvInput::file_header_info), if set.
    pub file_header_info: rt::Option<FileHeaderInfo>,
    /// [`CsvInput::quote_character`](CsvInput::quote_character), if set.
    pub quote_character: rt::Option<rt::String>,
    /// [`CsvInput::quote_escape_character`](CsvInput::quote_escape_character), if set.
    pub quote_escape_character: rt::Option<rt::String>,
    /// [`CsvInput::record_delimiter`](CsvInput::record_delimiter), if set.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvInputBuilder {
    /// Sets [`CsvInput::allow_quoted_record_delimiter`](CsvInput::allow_quoted_record_delimiter).
    pub fn allow_quoted_record_delimiter(mut self, value: impl rt::Into<bool>) -> Self {
        self.allow_quoted_record_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::allow_quoted_record_delimiter`](CsvInput::allow_quoted_record_delimiter).
    pub fn set_allow_quoted_record_delimiter(mut self, value: rt::Option<bool>) -> Self {
        self.allow_quoted_record_delimiter = value;
        self
    }
    /// Sets [`CsvInput::comments`](CsvInput::comments).
    pub fn comments(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.comments = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::comments`](CsvInput::comments).
    pub fn set_comments(mut self, value: rt::Option<rt::String>) -> Self {
        self.comments = value;
        self
    }
    /// Sets [`CsvInput::field_delimiter`](CsvInput::field_delimiter).
    pub fn field_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.field_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::field_delimiter`](CsvInput::field_delimiter).
    pub fn set_field_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.field_delimiter = value;
        self
    }
    /// Sets [`CsvInput::file_header_info`](CsvInput::file_header_info).
    pub fn file_header_info(mut self, value: impl rt::Into<FileHeaderInfo>) -> Self {
        self.file_header_info = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::file_header_info`](CsvInput::file_header_info).
    pub fn set_file_header_info(mut self, value: rt::Option<FileHeaderInfo>) -> Self {
        self.file_header_info = value;
        self
    }
    /// Sets [`CsvInput::quote_character`](CsvInput::quote_character).
    pub fn quote_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::quote_character`](CsvInput::quote_character).
    pub fn set_quote_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_character = value;
        self
    }
    /// Sets [`CsvInput::quote_escape_character`](CsvInput::quote_escape_character).
    pub fn quote_escape_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_escape_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::quote_escape_character`](CsvInput::quote_escape_character).
    pub fn set_quote_escape_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_escape_character = value;
        self
    }
    /// Sets [`CsvInput::record_delimiter`](CsvInput::record_delimiter).
    pub fn record_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.record_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::record_delimiter`](CsvInput::record_delimiter).
    pub fn set_record_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.record_delimiter = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CsvInput {
        CsvInput {
            allow_quoted_record_delimiter: self.allow_quoted_record_delimiter,
            comments: self.comments,
            field_delimiter: self.field_delimiter,
            file_header_info: self.file_header_info,
            quote_character: self.quote_character,
            quote_escape_character: self.quote_escape_character,
            record_delimiter: self.record_delimiter,
        }
    }
}
/// Describes how uncompressed comma-separated values (CSV)-formatted results are formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvOutput {
    /// The value used to separate individual fields in a record. You can specify an arbitrary delimiter.
    pub field_delimiter: rt::Option<rt::String>,
    /// A single character used for escaping when the field delimiter is part of the value. For example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as follows: `" a , b "`.
    pub quote_character: rt::Option<rt::String>,
    /// The single character used for escaping the quote character inside an already escaped value.
    pub quote_escape_character: rt::Option<rt::String>,
    /// Indicates whether to use quotation marks around output fields.
    ///
    /// - `ALWAYS`: Always use quotation marks for output fields.
    /// - `ASNEEDED`: Use quotation marks for output fields when needed.
    pub quote_fields: rt::Option<QuoteFields>,
    /// A single character used to separate individual records in the output. Instead of the default value, you can specify an arbitrary delimiter.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvOutput {
    /// A builder for this structure.
    pub fn builder() -> CsvOutputBuilder {
        CsvOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CsvOutput {
    /// [`field_delimiter`](Self::field_delimiter).
    pub fn field_delimiter(&self) -> rt::Option<&str> {
        self.field_delimiter.as_deref()
    }
    /// [`quote_character`](Self::quote_character).
    pub fn quote_character(&self) -> rt::Option<&str> {
        self.quote_character.as_deref()
    }
    /// [`quote_escape_character`](Self::quote_escape_character).
    pub fn quote_escape_character(&self) -> rt::Option<&str> {
        self.quote_escape_character.as_deref()
    }
    /// [`quote_fields`](Self::quote_fields).
    pub fn quote_fields(&self) -> rt::Option<&QuoteFields> {
        self.quote_fields.as_ref()
    }
    /// [`record_delimiter`](Self::record_delimiter).
    pub fn record_delimiter(&self) -> rt::Option<&str> {
        self.record_delimiter.as_deref()
    }
}
/// Builds a [`CsvOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvOutputBuilder {
    /// [`CsvOutput::field_delimiter`](CsvOutput::field_delimiter), if set.
    pub field_delimiter: rt::Option<rt::String>,
    /// [`CsvOutput::quote_character`](CsvOutput::quote_character), if set.
    pub quote_character: rt::Option<rt::String>,
    /// [`CsvOutput::quote_escape_character`](CsvOutput::quote_escape_character), if set.
    pub quote_escape_character: rt::Option<rt::String>,
    /// [`CsvOutput::quote_fields`](CsvOutput::quote_fields), if set.
    pub quote_fields: rt::Option<QuoteFields>,
    /// [`CsvOutput::record_delimiter`](CsvOutput::record_delimiter), if set.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvOutputBuilder {
    /// Sets [`CsvOutput::field_delimiter`](CsvOutput::field_delimiter).
    pub fn field_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.field_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::field_delimiter`](CsvOutput::field_delimiter).
    pub fn set_field_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.field_delimiter = value;
        self
    }
    /// Sets [`CsvOutput::quote_character`](CsvOutput::quote_character).
    pub fn quote_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::quote_character`](CsvOutput::quote_character).
    pub fn set_quote_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_character = value;
        self
    }
    /// Sets [`CsvOutput::quote_escape_character`](CsvOutput::quote_escape_character).
    pub fn quote_escape_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_escape_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::quote_escape_character`](CsvOutput::quote_escape_character).
    pub fn set_quote_escape_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_escape_character = value;
        self
    }
    /// Sets [`CsvOutput::quote_fields`](CsvOutput::quote_fields).
    pub fn quote_fields(mut self, value: impl rt::Into<QuoteFields>) -> Self {
        self.quote_fields = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::quote_fields`](CsvOutput::quote_fields).
    pub fn set_quote_fields(mut self, value: rt::Option<QuoteFields>) -> Self {
        self.quote_fields = value;
        self
    }
    /// Sets [`CsvOutput::record_delimiter`](CsvOutput::record_delimiter).
    pub fn record_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.record_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::record_delimiter`](CsvOutput::record_delimiter).
    pub fn set_record_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.record_delimiter = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CsvOutput {
        CsvOutput {
            field_delimiter: self.field_delimiter,
            quote_character: self.quote_character,
            quote_escape_character: self.quote_escape_character,
            quote_fields: self.quote_fields,
            record_delimiter: self.record_delimiter,
        }
    }
}
/// The (empty) output of `DeleteBucket`.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteBucketOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteBucketOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteBucketOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteBucketOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteBucketOutputBuilder {
        DeleteBucketOutputBuilder::default()
    }
}
/// Builds a [`DeleteBucketOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteBucketOutputBuilder {}
impl DeleteBucketOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteBucketOutput {
        DeleteBucketOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteBucketRequest {
    /// Specifies the bucket being deleted.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.region-code.amazonaws.com/bucket-name` . Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` DOC-EXAMPLE-BUCKET--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: rt::String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// **Note:** For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: rt::Option<rt::String>,
}
impl DeleteBucketRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteBucketRequestBuilder {
        DeleteBucketRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteBucketRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
}
/// Builds a [`DeleteBucketRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteBucketRequestBuilder {
    /// [`DeleteBucketRequest::bucket`](DeleteBucketRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`DeleteBucketRequest::expected_bucket_owner`](DeleteBucketRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
}
impl DeleteBucketRequestBuilder {
    /// Sets [`DeleteBucketRequest::bucket`](DeleteBucketRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteBucketRequest::bucket`](DeleteBucketRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`DeleteBucketRequest::expected_bucket_owner`](DeleteBucketRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteBucketRequest::expected_bucket_owner`](DeleteBucketRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteBucketRequest, rt::BuildError> {
        Ok(DeleteBucketRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "DeleteBucketRequest",
                member: "Bucket",
            })?,
            expected_bucket_owner: self.expected_bucket_owner,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteObjectOutput {
    /// Indicates whether the specified object version that was permanently deleted was (true) or was not (false) a delete marker before deletion. In a simple DELETE, this header indicates whether (true) or not (false) the current version of the object is a delete marker. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub delete_marker: rt::Option<bool>,
    pub request_charged: rt::Option<RequestCharged>,
    /// Returns the version ID of the delete marker created as a result of the DELETE operation.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub version_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteObjectOutputBuilder {
        DeleteObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteObjectOutput {
    /// [`delete_marker`](Self::delete_marker).
    pub fn delete_marker(&self) -> rt::Option<bool> {
        self.delete_marker
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`DeleteObjectOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteObjectOutputBuilder {
    /// [`DeleteObjectOutput::delete_marker`](DeleteObjectOutput::delete_marker), if set.
    pub delete_marker: rt::Option<bool>,
    /// [`DeleteObjectOutput::request_charged`](DeleteObjectOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`DeleteObjectOutput::version_id`](DeleteObjectOutput::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl DeleteObjectOutputBuilder {
    /// Sets [`DeleteObjectOutput::delete_marker`](DeleteObjectOutput::delete_marker).
    pub fn delete_marker(mut self, value: impl rt::Into<bool>) -> Self {
        self.delete_marker = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectOutput::delete_marker`](DeleteObjectOutput::delete_marker).
    pub fn set_delete_marker(mut self, value: rt::Option<bool>) -> Self {
        self.delete_marker = value;
        self
    }
    /// Sets [`DeleteObjectOutput::request_charged`](DeleteObjectOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectOutput::request_charged`](DeleteObjectOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`DeleteObjectOutput::version_id`](DeleteObjectOutput::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectOutput::version_id`](DeleteObjectOutput::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteObjectOutput {
        DeleteObjectOutput {
            delete_marker: self.delete_marker,
            request_charged: self.request_charged,
            version_id: self.version_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteObjectRequest {
    /// The bucket name of the bucket containing the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this operation. To use this header, you must have the `s3:BypassGovernanceRetention` permission.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub bypass_governance_retention: rt::Option<bool>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// The `If-Match` header field makes the request method conditional on ETags. If the ETag value does not match, the operation returns a `412 Precondition Failed` error. If the ETag matches or if the object doesn't exist, the operation will return a `204 Success (No Content) response`.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    ///
    /// **Note:** This functionality is only supported for directory buckets.
    pub if_match: rt::Option<rt::String>,
    /// If present, the object is deleted only if its modification times matches the provided `Timestamp`. If the `Timestamp` values do not match, the operation returns a `412 Precondition Failed` error. If the `Timestamp` matches or if the object doesn’t exist, the operation returns a `204 Success (No Content)` response.
    ///
    /// **Note:** This functionality is only supported for directory buckets.
    pub if_match_last_modified_time: rt::Option<rt::DateTime>,
    /// If present, the object is deleted only if its size matches the provided size in bytes. If the `Size` value does not match, the operation returns a `412 Precondition Failed` error. If the `Size` matches or if the object doesn’t exist, the operation returns a `204 Success (No Content)` response.
    ///
    /// **Note:** This functionality is only supported for directory buckets.
    ///
    /// **Note:** You can use the `If-Match`, `x-amz-if-match-last-modified-time` and `x-amz-if-match-size` conditional headers in conjunction with each-other or individually.
    pub if_match_size: rt::Option<i64>,
    /// Key name of the object to delete.
    pub key: rt::String,
    /// The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device. Required to permanently delete a versioned object if versioning is configured with MFA delete enabled.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub mfa: rt::Option<rt::String>,
    pub request_payer: rt::Option<RequestPayer>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// **Note:** For directory buckets in this API operation, only the `null` value of the version ID is supported.
    pub version_id: rt::Option<rt::String>,
}
impl DeleteObjectRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteObjectRequestBuilder {
        DeleteObjectRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteObjectRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`bypass_governance_retention`](Self::bypass_governance_retention).
    pub fn bypass_governance_retention(&self) -> rt::Option<bool> {
        self.bypass_governance_retention
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`if_match`](Self::if_match).
    pub fn if_match(&self) -> rt::Option<&str> {
        self.if_match.as_deref()
    }
    /// [`if_match_last_modified_time`](Self::if_match_last_modified_time).
    pub fn if_match_last_modified_time(&self) -> rt::Option<&rt::DateTime> {
        self.if_match_last_modified_time.as_ref()
    }
    /// [`if_match_size`](Self::if_match_size).
    pub fn if_match_size(&self) -> rt::Option<i64> {
        self.if_match_size
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`mfa`](Self::mfa).
    pub fn mfa(&self) -> rt::Option<&str> {
        self.mfa.as_deref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`DeleteObjectRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteObjectRequestBuilder {
    /// [`DeleteObjectRequest::bucket`](DeleteObjectRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`DeleteObjectRequest::bypass_governance_retention`](DeleteObjectRequest::bypass_governance_retention), if set.
    pub bypass_governance_retention: rt::Option<bool>,
    /// [`DeleteObjectRequest::expected_bucket_owner`](DeleteObjectRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`DeleteObjectRequest::if_match`](DeleteObjectRequest::if_match), if set.
    pub if_match: rt::Option<rt::String>,
    /// [`DeleteObjectRequest::if_match_last_modified_time`](DeleteObjectRequest::if_match_last_modified_time), if set.
    pub if_match_last_modified_time: rt::Option<rt::DateTime>,
    /// [`DeleteObjectRequest::if_match_size`](DeleteObjectRequest::if_match_size), if set.
    pub if_match_size: rt::Option<i64>,
    /// [`DeleteObjectRequest::key`](DeleteObjectRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`DeleteObjectRequest::mfa`](DeleteObjectRequest::mfa), if set.
    pub mfa: rt::Option<rt::String>,
    /// [`DeleteObjectRequest::request_payer`](DeleteObjectRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`DeleteObjectRequest::version_id`](DeleteObjectRequest::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl DeleteObjectRequestBuilder {
    /// Sets [`DeleteObjectRequest::bucket`](DeleteObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::bucket`](DeleteObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`DeleteObjectRequest::bypass_governance_retention`](DeleteObjectRequest::bypass_governance_retention).
    pub fn bypass_governance_retention(mut self, value: impl rt::Into<bool>) -> Self {
        self.bypass_governance_retention = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::bypass_governance_retention`](DeleteObjectRequest::bypass_governance_retention).
    pub fn set_bypass_governance_retention(mut self, value: rt::Option<bool>) -> Self {
        self.bypass_governance_retention = value;
        self
    }
    /// Sets [`DeleteObjectRequest::expected_bucket_owner`](DeleteObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::expected_bucket_owner`](DeleteObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`DeleteObjectRequest::if_match`](DeleteObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_match = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::if_match`](DeleteObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_match = value;
        self
    }
    /// Sets [`DeleteObjectRequest::if_match_last_modified_time`](DeleteObjectRequest::if_match_last_modified_time).
    pub fn if_match_last_modified_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.if_match_last_modified_time = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::if_match_last_modified_time`](DeleteObjectRequest::if_match_last_modified_time).
    pub fn set_if_match_last_modified_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.if_match_last_modified_time = value;
        self
    }
    /// Sets [`DeleteObjectRequest::if_match_size`](DeleteObjectRequest::if_match_size).
    pub fn if_match_size(mut self, value: impl rt::Into<i64>) -> Self {
        self.if_match_size = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::if_match_size`](DeleteObjectRequest::if_match_size).
    pub fn set_if_match_size(mut self, value: rt::Option<i64>) -> Self {
        self.if_match_size = value;
        self
    }
    /// Sets [`DeleteObjectRequest::key`](DeleteObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::key`](DeleteObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`DeleteObjectRequest::mfa`](DeleteObjectRequest::mfa).
    pub fn mfa(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.mfa = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::mfa`](DeleteObjectRequest::mfa).
    pub fn set_mfa(mut self, value: rt::Option<rt::String>) -> Self {
        self.mfa = value;
        self
    }
    /// Sets [`DeleteObjectRequest::request_payer`](DeleteObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::request_payer`](DeleteObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`DeleteObjectRequest::version_id`](DeleteObjectRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectRequest::version_id`](DeleteObjectRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteObjectRequest, rt::BuildError> {
        Ok(DeleteObjectRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "DeleteObjectRequest",
                member: "Bucket",
            })?,
            bypass_governance_retention: self.bypass_governance_retention,
            expected_bucket_owner: self.expected_bucket_owner,
            if_match: self.if_match,
            if_match_last_modified_time: self.if_match_last_modified_time,
            if_match_size: self.if_match_size,
            key: self.key.ok_or(rt::BuildError {
                shape: "DeleteObjectRequest",
                member: "Key",
            })?,
            mfa: self.mfa,
            request_payer: self.request_payer,
            version_id: self.version_id,
        })
    }
}
/// A message that indicates the request is complete and no more messages will be sent. You should not assume that the request is complete until the client receives an `EndEvent`.
#[derive(Clone, Debug, PartialEq)]
pub struct EndEvent {}
impl EndEvent {
    /// A builder for this structure.
    pub fn builder() -> EndEventBuilder {
        EndEventBuilder::default()
    }
}
/// Builds a [`EndEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndEventBuilder {}
impl EndEventBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> EndEvent {
        EndEvent {}
    }
}
#[derive(Clone, PartialEq)]
pub struct GetObjectOutput {
    /// Indicates that a range of bytes was specified in the request.
    pub accept_ranges: rt::Option<rt::String>,
    /// Object data.
    pub body: rt::ByteStream,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in the `CreateMultipartUpload` request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: rt::Option<ChecksumType>,
    /// Specifies presentational information for the object.
    pub content_disposition: rt::Option<rt::String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    pub content_encoding: rt::Option<rt::String>,
    /// The language the content is in.
    pub content_language: rt::Option<rt::String>,
    /// Size of the body in bytes.
    pub content_length: rt::Option<i64>,
    /// The portion of the object returned in the response.
    pub content_range: rt::Option<rt::String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: rt::Option<rt::String>,
    /// Indicates whether the object retrieved was (true) or was not (false) a Delete Marker. If false, this response header does not appear in the response.
    ///
    /// **Note:**
    /// - If the current version of the object is a delete marker, Amazon S3 behaves as if the object was deleted and includes `x-amz-delete-marker: true` in the response.
    /// - If the specified version in the request is a delete marker, the response returns a `405 Method Not Allowed` error and the `Last-Modified: timestamp` response header.
    pub delete_marker: rt::Option<bool>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version of a resource found at a URL.
    pub e_tag: rt::Option<rt::String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html) ), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    ///
    /// **Note:** Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: rt::Option<rt::String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: rt::Option<rt::DateTime>,
    /// Date and time when the object was last modified.
    ///
    /// **General purpose buckets ** - When you specify a `versionId` of the object in your request, if the specified version in the request is a delete marker, the response returns a `405 Method Not Allowed` error and the `Last-Modified: timestamp` response header.
    pub last_modified: rt::Option<rt::DateTime>,
    /// A map of metadata to store with the object in S3.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// This is set to the number of metadata entries not returned in the headers that are prefixed with `x-amz-meta-`. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub missing_meta: rt::Option<i32>,
    /// Indicates whether this object has an active legal hold. This field is only returned if you have permission to view an object's legal hold status.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// The Object Lock mode that's currently in place for this object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// The date and time when this object's Object Lock will expire.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber` in your request and the object was uploaded as a multipart upload.
    pub parts_count: rt::Option<i32>,
    /// Amazon S3 can return this if your request involves a bucket that is either a source or destination in a replication rule.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub replication_status: rt::Option<ReplicationStatus>,
    pub request_charged: rt::Option<RequestCharged>,
    /// Provides information about object restoration action and expiration time of the restored object copy.
    ///
    /// **Note:** This functionality is not supported for directory buckets. Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
    pub restore: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects.
    ///
    /// **Note:** **Directory buckets ** - Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
    pub storage_class: rt::Option<StorageClass>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read object tags.
    ///
    /// You can use [GetObjectTagging](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html) to retrieve the tag set associated with an object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub tag_count: rt::Option<i32>,
    /// Version ID of the object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub version_id: rt::Option<rt::String>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub website_redirect_location: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> GetObjectOutputBuilder {
        GetObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetObjectOutput {
    /// [`accept_ranges`](Self::accept_ranges).
    pub fn accept_ranges(&self) -> rt::Option<&str> {
        self.accept_ranges.as_deref()
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`cache_control`](Self::cache_control).
    pub fn cache_control(&self) -> rt::Option<&str> {
        self.cache_control.as_deref()
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`content_disposition`](Self::content_disposition).
    pub fn content_disposition(&self) -> rt::Option<&str> {
        self.content_disposition.as_deref()
    }
    /// [`content_encoding`](Self::content_encoding).
    pub fn content_encoding(&self) -> rt::Option<&str> {
        self.content_encoding.as_deref()
    }
    /// [`content_language`](Self::content_language).
    pub fn content_language(&self) -> rt::Option<&str> {
        self.content_language.as_deref()
    }
    /// [`content_length`](Self::content_length).
    pub fn content_length(&self) -> rt::Option<i64> {
        self.content_length
    }
    /// [`content_range`](Self::content_range).
    pub fn content_range(&self) -> rt::Option<&str> {
        self.content_range.as_deref()
    }
    /// [`content_type`](Self::content_type).
    pub fn content_type(&self) -> rt::Option<&str> {
        self.content_type.as_deref()
    }
    /// [`delete_marker`](Self::delete_marker).
    pub fn delete_marker(&self) -> rt::Option<bool> {
        self.delete_marker
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`expiration`](Self::expiration).
    pub fn expiration(&self) -> rt::Option<&str> {
        self.expiration.as_deref()
    }
    /// [`expires`](Self::expires).
    pub fn expires(&self) -> rt::Option<&rt::DateTime> {
        self.expires.as_ref()
    }
    /// [`last_modified`](Self::last_modified).
    pub fn last_modified(&self) -> rt::Option<&rt::DateTime> {
        self.last_modified.as_ref()
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
    /// [`missing_meta`](Self::missing_meta).
    pub fn missing_meta(&self) -> rt::Option<i32> {
        self.missing_meta
    }
    /// [`object_lock_legal_hold_status`](Self::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(&self) -> rt::Option<&ObjectLockLegalHoldStatus> {
        self.object_lock_legal_hold_status.as_ref()
    }
    /// [`object_lock_mode`](Self::object_lock_mode).
    pub fn object_lock_mode(&self) -> rt::Option<&ObjectLockMode> {
        self.object_lock_mode.as_ref()
    }
    /// [`object_lock_retain_until_date`](Self::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(&self) -> rt::Option<&rt::DateTime> {
        self.object_lock_retain_until_date.as_ref()
    }
    /// [`parts_count`](Self::parts_count).
    pub fn parts_count(&self) -> rt::Option<i32> {
        self.parts_count
    }
    /// [`replication_status`](Self::replication_status).
    pub fn replication_status(&self) -> rt::Option<&ReplicationStatus> {
        self.replication_status.as_ref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`restore`](Self::restore).
    pub fn restore(&self) -> rt::Option<&str> {
        self.restore.as_deref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`tag_count`](Self::tag_count).
    pub fn tag_count(&self) -> rt::Option<i32> {
        self.tag_count
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
    /// [`website_redirect_location`](Self::website_redirect_location).
    pub fn website_redirect_location(&self) -> rt::Option<&str> {
        self.website_redirect_location.as_deref()
    }
}
/// Builds a [`GetObjectOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectOutputBuilder {
    /// [`GetObjectOutput::accept_ranges`](GetObjectOutput::accept_ranges), if set.
    pub accept_ranges: rt::Option<rt::String>,
    /// [`GetObjectOutput::body`](GetObjectOutput::body), if set.
    pub body: rt::Option<rt::ByteStream>,
    /// [`GetObjectOutput::bucket_key_enabled`](GetObjectOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`GetObjectOutput::cache_control`](GetObjectOutput::cache_control), if set.
    pub cache_control: rt::Option<rt::String>,
    /// [`GetObjectOutput::checksum_crc32`](GetObjectOutput::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`GetObjectOutput::checksum_crc32c`](GetObjectOutput::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`GetObjectOutput::checksum_crc64nvme`](GetObjectOutput::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`GetObjectOutput::checksum_sha1`](GetObjectOutput::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`GetObjectOutput::checksum_sha256`](GetObjectOutput::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`GetObjectOutput::checksum_type`](GetObjectOutput::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`GetObjectOutput::content_disposition`](GetObjectOutput::content_disposition), if set.
    pub content_disposition: rt::Option<rt::String>,
    /// [`GetObjectOutput::content_encoding`](GetObjectOutput::content_encoding), if set.
    pub content_encoding: rt::Option<rt::String>,
    /// [`GetObjectOutput::content_language`](GetObjectOutput::content_language), if set.
    pub content_language: rt::Option<rt::String>,
    /// [`GetObjectOutput::content_length`](GetObjectOutput::content_length), if set.
    pub content_length: rt::Option<i64>,
    /// [`GetObjectOutput::content_range`](GetObjectOutput::content_range), if set.
    pub content_range: rt::Option<rt::String>,
    /// [`GetObjectOutput::content_type`](GetObjectOutput::content_type), if set.
    pub content_type: rt::Option<rt::String>,
    /// [`GetObjectOutput::delete_marker`](GetObjectOutput::delete_marker), if set.
    pub delete_marker: rt::Option<bool>,
    /// [`GetObjectOutput::e_tag`](GetObjectOutput::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`GetObjectOutput::expiration`](GetObjectOutput::expiration), if set.
    pub expiration: rt::Option<rt::String>,
    /// [`GetObjectOutput::expires`](GetObjectOutput::expires), if set.
    pub expires: rt::Option<rt::DateTime>,
    /// [`GetObjectOutput::last_modified`](GetObjectOutput::last_modified), if set.
    pub last_modified: rt::Option<rt::DateTime>,
    /// [`GetObjectOutput::metadata`](GetObjectOutput::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`GetObjectOutput::missing_meta`](GetObjectOutput::missing_meta), if set.
    pub missing_meta: rt::Option<i32>,
    /// [`GetObjectOutput::object_lock_legal_hold_status`](GetObjectOutput::object_lock_legal_hold_status), if set.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// [`GetObjectOutput::object_lock_mode`](GetObjectOutput::object_lock_mode), if set.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// [`GetObjectOutput::object_lock_retain_until_date`](GetObjectOutput::object_lock_retain_until_date), if set.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// [`GetObjectOutput::parts_count`](GetObjectOutput::parts_count), if set.
    pub parts_count: rt::Option<i32>,
    /// [`GetObjectOutput::replication_status`](GetObjectOutput::replication_status), if set.
    pub replication_status: rt::Option<ReplicationStatus>,
    /// [`GetObjectOutput::request_charged`](GetObjectOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`GetObjectOutput::restore`](GetObjectOutput::restore), if set.
    pub restore: rt::Option<rt::String>,
    /// [`GetObjectOutput::sse_customer_algorithm`](GetObjectOutput::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`GetObjectOutput::sse_customer_key_md5`](GetObjectOutput::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`GetObjectOutput::ssekms_key_id`](GetObjectOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`GetObjectOutput::server_side_encryption`](GetObjectOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`GetObjectOutput::storage_class`](GetObjectOutput::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`GetObjectOutput::tag_count`](GetObjectOutput::tag_count), if set.
    pub tag_count: rt::Option<i32>,
    /// [`GetObjectOutput::version_id`](GetObjectOutput::version_id), if set.
    pub version_id: rt::Option<rt::String>,
    /// [`GetObjectOutput::website_redirect_location`](GetObjectOutput::website_redirect_location), if set.
    pub website_redirect_location: rt::Option<rt::String>,
}
impl GetObjectOutputBuilder {
    /// Sets [`GetObjectOutput::accept_ranges`](GetObjectOutput::accept_ranges).
    pub fn accept_ranges(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.accept_ranges = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::accept_ranges`](GetObjectOutput::accept_ranges).
    pub fn set_accept_ranges(mut self, value: rt::Option<rt::String>) -> Self {
        self.accept_ranges = value;
        self
    }
    /// Sets [`GetObjectOutput::body`](GetObjectOutput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::body`](GetObjectOutput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// Sets [`GetObjectOutput::bucket_key_enabled`](GetObjectOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::bucket_key_enabled`](GetObjectOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`GetObjectOutput::cache_control`](GetObjectOutput::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::cache_control`](GetObjectOutput::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.cache_control = value;
        self
    }
    /// Sets [`GetObjectOutput::checksum_crc32`](GetObjectOutput::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::checksum_crc32`](GetObjectOutput::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`GetObjectOutput::checksum_crc32c`](GetObjectOutput::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::checksum_crc32c`](GetObjectOutput::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`GetObjectOutput::checksum_crc64nvme`](GetObjectOutput::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::checksum_crc64nvme`](GetObjectOutput::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`GetObjectOutput::checksum_sha1`](GetObjectOutput::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::checksum_sha1`](GetObjectOutput::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`GetObjectOutput::checksum_sha256`](GetObjectOutput::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::checksum_sha256`](GetObjectOutput::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`GetObjectOutput::checksum_type`](GetObjectOutput::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::checksum_type`](GetObjectOutput::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`GetObjectOutput::content_disposition`](GetObjectOutput::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::content_disposition`](GetObjectOutput::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_disposition = value;
        self
    }
    /// Sets [`GetObjectOutput::content_encoding`](GetObjectOutput::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::content_encoding`](GetObjectOutput::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_encoding = value;
        self
    }
    /// Sets [`GetObjectOutput::content_language`](GetObjectOutput::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_language = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::content_language`](GetObjectOutput::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_language = value;
        self
    }
    /// Sets [`GetObjectOutput::content_length`](GetObjectOutput::content_length).
    pub fn content_length(mut self, value: impl rt::Into<i64>) -> Self {
        self.content_length = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::content_length`](GetObjectOutput::content_length).
    pub fn set_content_length(mut self, value: rt::Option<i64>) -> Self {
        self.content_length = value;
        self
    }
    /// Sets [`GetObjectOutput::content_range`](GetObjectOutput::content_range).
    pub fn content_range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_range = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::content_range`](GetObjectOutput::content_range).
    pub fn set_content_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_range = value;
        self
    }
    /// Sets [`GetObjectOutput::content_type`](GetObjectOutput::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::content_type`](GetObjectOutput::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`GetObjectOutput::delete_marker`](GetObjectOutput::delete_marker).
    pub fn delete_marker(mut self, value: impl rt::Into<bool>) -> Self {
        self.delete_marker = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::delete_marker`](GetObjectOutput::delete_marker).
    pub fn set_delete_marker(mut self, value: rt::Option<bool>) -> Self {
        self.delete_marker = value;
        self
    }
    /// Sets [`GetObjectOutput::e_tag`](GetObjectOutput::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::e_tag`](GetObjectOutput::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`GetObjectOutput::expiration`](GetObjectOutput::expiration).
    pub fn expiration(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::expiration`](GetObjectOutput::expiration).
    pub fn set_expiration(mut self, value: rt::Option<rt::String>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`GetObjectOutput::expires`](GetObjectOutput::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expires = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::expires`](GetObjectOutput::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expires = value;
        self
    }
    /// Sets [`GetObjectOutput::last_modified`](GetObjectOutput::last_modified).
    pub fn last_modified(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_modified = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::last_modified`](GetObjectOutput::last_modified).
    pub fn set_last_modified(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_modified = value;
        self
    }
    /// Inserts one entry into [`GetObjectOutput::metadata`](GetObjectOutput::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::metadata`](GetObjectOutput::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`GetObjectOutput::missing_meta`](GetObjectOutput::missing_meta).
    pub fn missing_meta(mut self, value: impl rt::Into<i32>) -> Self {
        self.missing_meta = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::missing_meta`](GetObjectOutput::missing_meta).
    pub fn set_missing_meta(mut self, value: rt::Option<i32>) -> Self {
        self.missing_meta = value;
        self
    }
    /// Sets [`GetObjectOutput::object_lock_legal_hold_status`](GetObjectOutput::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::object_lock_legal_hold_status`](GetObjectOutput::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = value;
        self
    }
    /// Sets [`GetObjectOutput::object_lock_mode`](GetObjectOutput::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.object_lock_mode = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::object_lock_mode`](GetObjectOutput::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.object_lock_mode = value;
        self
    }
    /// Sets [`GetObjectOutput::object_lock_retain_until_date`](GetObjectOutput::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::object_lock_retain_until_date`](GetObjectOutput::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = value;
        self
    }
    /// Sets [`GetObjectOutput::parts_count`](GetObjectOutput::parts_count).
    pub fn parts_count(mut self, value: impl rt::Into<i32>) -> Self {
        self.parts_count = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::parts_count`](GetObjectOutput::parts_count).
    pub fn set_parts_count(mut self, value: rt::Option<i32>) -> Self {
        self.parts_count = value;
        self
    }
    /// Sets [`GetObjectOutput::replication_status`](GetObjectOutput::replication_status).
    pub fn replication_status(mut self, value: impl rt::Into<ReplicationStatus>) -> Self {
        self.replication_status = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::replication_status`](GetObjectOutput::replication_status).
    pub fn set_replication_status(mut self, value: rt::Option<ReplicationStatus>) -> Self {
        self.replication_status = value;
        self
    }
    /// Sets [`GetObjectOutput::request_charged`](GetObjectOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::request_charged`](GetObjectOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`GetObjectOutput::restore`](GetObjectOutput::restore).
    pub fn restore(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.restore = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::restore`](GetObjectOutput::restore).
    pub fn set_restore(mut self, value: rt::Option<rt::String>) -> Self {
        self.restore = value;
        self
    }
    /// Sets [`GetObjectOutput::sse_customer_algorithm`](GetObjectOutput::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::sse_customer_algorithm`](GetObjectOutput::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`GetObjectOutput::sse_customer_key_md5`](GetObjectOutput::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::sse_customer_key_md5`](GetObjectOutput::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`GetObjectOutput::ssekms_key_id`](GetObjectOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::ssekms_key_id`](GetObjectOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`GetObjectOutput::server_side_encryption`](GetObjectOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::server_side_encryption`](GetObjectOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`GetObjectOutput::storage_class`](GetObjectOutput::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::storage_class`](GetObjectOutput::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`GetObjectOutput::tag_count`](GetObjectOutput::tag_count).
    pub fn tag_count(mut self, value: impl rt::Into<i32>) -> Self {
        self.tag_count = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::tag_count`](GetObjectOutput::tag_count).
    pub fn set_tag_count(mut self, value: rt::Option<i32>) -> Self {
        self.tag_count = value;
        self
    }
    /// Sets [`GetObjectOutput::version_id`](GetObjectOutput::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::version_id`](GetObjectOutput::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// Sets [`GetObjectOutput::website_redirect_location`](GetObjectOutput::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.website_redirect_location = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::website_redirect_location`](GetObjectOutput::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.website_redirect_location = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetObjectOutput {
        GetObjectOutput {
            accept_ranges: self.accept_ranges,
            body: self.body.unwrap_or_default(),
            bucket_key_enabled: self.bucket_key_enabled,
            cache_control: self.cache_control,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            checksum_type: self.checksum_type,
            content_disposition: self.content_disposition,
            content_encoding: self.content_encoding,
            content_language: self.content_language,
            content_length: self.content_length,
            content_range: self.content_range,
            content_type: self.content_type,
            delete_marker: self.delete_marker,
            e_tag: self.e_tag,
            expiration: self.expiration,
            expires: self.expires,
            last_modified: self.last_modified,
            metadata: self.metadata,
            missing_meta: self.missing_meta,
            object_lock_legal_hold_status: self.object_lock_legal_hold_status,
            object_lock_mode: self.object_lock_mode,
            object_lock_retain_until_date: self.object_lock_retain_until_date,
            parts_count: self.parts_count,
            replication_status: self.replication_status,
            request_charged: self.request_charged,
            restore: self.restore,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            storage_class: self.storage_class,
            tag_count: self.tag_count,
            version_id: self.version_id,
            website_redirect_location: self.website_redirect_location,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for GetObjectOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectOutput")
            .field("AcceptRanges", &self.accept_ranges)
            .field("Body", &self.body)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentLength", &self.content_length)
            .field("ContentRange", &self.content_range)
            .field("ContentType", &self.content_type)
            .field("DeleteMarker", &self.delete_marker)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("Expires", &self.expires)
            .field("LastModified", &self.last_modified)
            .field("Metadata", &self.metadata)
            .field("MissingMeta", &self.missing_meta)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("PartsCount", &self.parts_count)
            .field("ReplicationStatus", &self.replication_status)
            .field("RequestCharged", &self.request_charged)
            .field("Restore", &self.restore)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("TagCount", &self.tag_count)
            .field("VersionId", &self.version_id)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
impl ::std::fmt::Debug for GetObjectOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectOutputBuilder")
            .field("AcceptRanges", &self.accept_ranges)
            .field("Body", &self.body)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentLength", &self.content_length)
            .field("ContentRange", &self.content_range)
            .field("ContentType", &self.content_type)
            .field("DeleteMarker", &self.delete_marker)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("Expires", &self.expires)
            .field("LastModified", &self.last_modified)
            .field("Metadata", &self.metadata)
            .field("MissingMeta", &self.missing_meta)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("PartsCount", &self.parts_count)
            .field("ReplicationStatus", &self.replication_status)
            .field("RequestCharged", &self.request_charged)
            .field("Restore", &self.restore)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("TagCount", &self.tag_count)
            .field("VersionId", &self.version_id)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct GetObjectRequest {
    /// The bucket name containing the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Object Lambda access points** - When you use this action with an Object Lambda access point, you must direct requests to the Object Lambda access point hostname. The Object Lambda access point hostname takes the form *AccessPointName*-*AccountId*.s3-object-lambda.*Region*.amazonaws.com.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// To retrieve the checksum, this mode must be enabled.
    pub checksum_mode: rt::Option<ChecksumMode>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// Return the object only if its entity tag (ETag) is the same as the one specified in this header; otherwise, return a `412 Precondition Failed` error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows: `If-Match` condition evaluates to `true`, and; `If-Unmodified-Since` condition evaluates to `false`; then, S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_match: rt::Option<rt::String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a `304 Not Modified` error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:` If-None-Match` condition evaluates to `false`, and; `If-Modified-Since` condition evaluates to `true`; then, S3 returns `304 Not Modified` status code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_modified_since: rt::Option<rt::DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified in this header; otherwise, return a `304 Not Modified` error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:` If-None-Match` condition evaluates to `false`, and; `If-Modified-Since` condition evaluates to `true`; then, S3 returns `304 Not Modified` HTTP status code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_none_match: rt::Option<rt::String>,
    /// Return the object only if it has not been modified since the specified time; otherwise, return a `412 Precondition Failed` error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows: `If-Match` condition evaluates to `true`, and; `If-Unmodified-Since` condition evaluates to `false`; then, S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_unmodified_since: rt::Option<rt::DateTime>,
    /// Key of the object to get.
    pub key: rt::String,
    /// Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' GET request for the part specified. Useful for downloading just a part of an object.
    pub part_number: rt::Option<i32>,
    /// Downloads the specified byte range of an object. For more information about the HTTP Range header, see [https://www.rfc-editor.org/rfc/rfc9110.html#name-range](https://www.rfc-editor.org/rfc/rfc9110.html#name-range).
    ///
    /// **Note:** Amazon S3 doesn't support retrieving multiple ranges of data per `GET` request.
    pub range: rt::Option<rt::String>,
    pub request_payer: rt::Option<RequestPayer>,
    /// Sets the `Cache-Control` header of the response.
    pub response_cache_control: rt::Option<rt::String>,
    /// Sets the `Content-Disposition` header of the response.
    pub response_content_disposition: rt::Option<rt::String>,
    /// Sets the `Content-Encoding` header of the response.
    pub response_content_encoding: rt::Option<rt::String>,
    /// Sets the `Content-Language` header of the response.
    pub response_content_language: rt::Option<rt::String>,
    /// Sets the `Content-Type` header of the response.
    pub response_content_type: rt::Option<rt::String>,
    /// Sets the `Expires` header of the response.
    pub response_expires: rt::Option<rt::DateTime>,
    /// Specifies the algorithm to use when decrypting the object (for example, `AES256`).
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you GET the object, you must use the following headers:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    /// - `x-amz-server-side-encryption-customer-key`
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key that you originally provided for Amazon S3 to encrypt the data before storing it. This value is used to decrypt the object when recovering it and must match the one used when storing the data. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you GET the object, you must use the following headers:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    /// - `x-amz-server-side-encryption-customer-key`
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you GET the object, you must use the following headers:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    /// - `x-amz-server-side-encryption-customer-key`
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// By default, the `GetObject` operation returns the current version of an object. To return a different version, use the `versionId` subresource.
    ///
    /// **Note:**
    /// - If you include a `versionId` in your request header, you must have the `s3:GetObjectVersion` permission to access a specific version of an object. The `s3:GetObject` permission is not required in this scenario.
    /// - If you request the current version of an object without a specific `versionId` in the request header, only the `s3:GetObject` permission is required. The `s3:GetObjectVersion` permission is not required in this scenario.
    /// - **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets. For this API operation, only the `null` value of the version ID is supported by directory buckets. You can only specify `null` to the `versionId` query parameter in the request.
    ///
    /// For more information about versioning, see [PutBucketVersioning](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html).
    pub version_id: rt::Option<rt::String>,
}
impl GetObjectRequest {
    /// A builder for this structure.
    pub fn builder() -> GetObjectRequestBuilder {
        GetObjectRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetObjectRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`checksum_mode`](Self::checksum_mode).
    pub fn checksum_mode(&self) -> rt::Option<&ChecksumMode> {
        self.checksum_mode.as_ref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`if_match`](Self::if_match).
    pub fn if_match(&self) -> rt::Option<&str> {
        self.if_match.as_deref()
    }
    /// [`if_modified_since`](Self::if_modified_since).
    pub fn if_modified_since(&self) -> rt::Option<&rt::DateTime> {
        self.if_modified_since.as_ref()
    }
    /// [`if_none_match`](Self::if_none_match).
    pub fn if_none_match(&self) -> rt::Option<&str> {
        self.if_none_match.as_deref()
    }
    /// [`if_unmodified_since`](Self::if_unmodified_since).
    pub fn if_unmodified_since(&self) -> rt::Option<&rt::DateTime> {
        self.if_unmodified_since.as_ref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`part_number`](Self::part_number).
    pub fn part_number(&self) -> rt::Option<i32> {
        self.part_number
    }
    /// [`range`](Self::range).
    pub fn range(&self) -> rt::Option<&str> {
        self.range.as_deref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`response_cache_control`](Self::response_cache_control).
    pub fn response_cache_control(&self) -> rt::Option<&str> {
        self.response_cache_control.as_deref()
    }
    /// [`response_content_disposition`](Self::response_content_disposition).
    pub fn response_content_disposition(&self) -> rt::Option<&str> {
        self.response_content_disposition.as_deref()
    }
    /// [`response_content_encoding`](Self::response_content_encoding).
    pub fn response_content_encoding(&self) -> rt::Option<&str> {
        self.response_content_encoding.as_deref()
    }
    /// [`response_content_language`](Self::response_content_language).
    pub fn response_content_language(&self) -> rt::Option<&str> {
        self.response_content_language.as_deref()
    }
    /// [`response_content_type`](Self::response_content_type).
    pub fn response_content_type(&self) -> rt::Option<&str> {
        self.response_content_type.as_deref()
    }
    /// [`response_expires`](Self::response_expires).
    pub fn response_expires(&self) -> rt::Option<&rt::DateTime> {
        self.response_expires.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`GetObjectRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectRequestBuilder {
    /// [`GetObjectRequest::bucket`](GetObjectRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`GetObjectRequest::checksum_mode`](GetObjectRequest::checksum_mode), if set.
    pub checksum_mode: rt::Option<ChecksumMode>,
    /// [`GetObjectRequest::expected_bucket_owner`](GetObjectRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`GetObjectRequest::if_match`](GetObjectRequest::if_match), if set.
    pub if_match: rt::Option<rt::String>,
    /// [`GetObjectRequest::if_modified_since`](GetObjectRequest::if_modified_since), if set.
    pub if_modified_since: rt::Option<rt::DateTime>,
    /// [`GetObjectRequest::if_none_match`](GetObjectRequest::if_none_match), if set.
    pub if_none_match: rt::Option<rt::String>,
    /// [`GetObjectRequest::if_unmodified_since`](GetObjectRequest::if_unmodified_since), if set.
    pub if_unmodified_since: rt::Option<rt::DateTime>,
    /// [`GetObjectRequest::key`](GetObjectRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`GetObjectRequest::part_number`](GetObjectRequest::part_number), if set.
    pub part_number: rt::Option<i32>,
    /// [`GetObjectRequest::range`](GetObjectRequest::range), if set.
    pub range: rt::Option<rt::String>,
    /// [`GetObjectRequest::request_payer`](GetObjectRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`GetObjectRequest::response_cache_control`](GetObjectRequest::response_cache_control), if set.
    pub response_cache_control: rt::Option<rt::String>,
    /// [`GetObjectRequest::response_content_disposition`](GetObjectRequest::response_content_disposition), if set.
    pub response_content_disposition: rt::Option<rt::String>,
    /// [`GetObjectRequest::response_content_encoding`](GetObjectRequest::response_content_encoding), if set.
    pub response_content_encoding: rt::Option<rt::String>,
    /// [`GetObjectRequest::response_content_language`](GetObjectRequest::response_content_language), if set.
    pub response_content_language: rt::Option<rt::String>,
    /// [`GetObjectRequest::response_content_type`](GetObjectRequest::response_content_type), if set.
    pub response_content_type: rt::Option<rt::String>,
    /// [`GetObjectRequest::response_expires`](GetObjectRequest::response_expires), if set.
    pub response_expires: rt::Option<rt::DateTime>,
    /// [`GetObjectRequest::sse_customer_algorithm`](GetObjectRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`GetObjectRequest::sse_customer_key`](GetObjectRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`GetObjectRequest::sse_customer_key_md5`](GetObjectRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`GetObjectRequest::version_id`](GetObjectRequest::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl GetObjectRequestBuilder {
    /// Sets [`GetObjectRequest::bucket`](GetObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::bucket`](GetObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`GetObjectRequest::checksum_mode`](GetObjectRequest::checksum_mode).
    pub fn checksum_mode(mut self, value: impl rt::Into<ChecksumMode>) -> Self {
        self.checksum_mode = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::checksum_mode`](GetObjectRequest::checksum_mode).
    pub fn set_checksum_mode(mut self, value: rt::Option<ChecksumMode>) -> Self {
        self.checksum_mode = value;
        self
    }
    /// Sets [`GetObjectRequest::expected_bucket_owner`](GetObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::expected_bucket_owner`](GetObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`GetObjectRequest::if_match`](GetObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_match = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::if_match`](GetObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_match = value;
        self
    }
    /// Sets [`GetObjectRequest::if_modified_since`](GetObjectRequest::if_modified_since).
    pub fn if_modified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.if_modified_since = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::if_modified_since`](GetObjectRequest::if_modified_since).
    pub fn set_if_modified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.if_modified_since = value;
        self
    }
    /// Sets [`GetObjectRequest::if_none_match`](GetObjectRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_none_match = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::if_none_match`](GetObjectRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_none_match = value;
        self
    }
    /// Sets [`GetObjectRequest::if_unmodified_since`](GetObjectRequest::if_unmodified_since).
    pub fn if_unmodified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.if_unmodified_since = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::if_unmodified_since`](GetObjectRequest::if_unmodified_since).
    pub fn set_if_unmodified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.if_unmodified_since = value;
        self
    }
    /// Sets [`GetObjectRequest::key`](GetObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::key`](GetObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`GetObjectRequest::part_number`](GetObjectRequest::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.part_number = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::part_number`](GetObjectRequest::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.part_number = value;
        self
    }
    /// Sets [`GetObjectRequest::range`](GetObjectRequest::range).
    pub fn range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.range = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::range`](GetObjectRequest::range).
    pub fn set_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.range = value;
        self
    }
    /// Sets [`GetObjectRequest::request_payer`](GetObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::request_payer`](GetObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`GetObjectRequest::response_cache_control`](GetObjectRequest::response_cache_control).
    pub fn response_cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::response_cache_control`](GetObjectRequest::response_cache_control).
    pub fn set_response_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_cache_control = value;
        self
    }
    /// Sets [`GetObjectRequest::response_content_disposition`](GetObjectRequest::response_content_disposition).
    pub fn response_content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_disposition`](GetObjectRequest::response_content_disposition).
    pub fn set_response_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_disposition = value;
        self
    }
    /// Sets [`GetObjectRequest::response_content_encoding`](GetObjectRequest::response_content_encoding).
    pub fn response_content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_encoding`](GetObjectRequest::response_content_encoding).
    pub fn set_response_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_encoding = value;
        self
    }
    /// Sets [`GetObjectRequest::response_content_language`](GetObjectRequest::response_content_language).
    pub fn response_content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_language = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_language`](GetObjectRequest::response_content_language).
    pub fn set_response_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_language = value;
        self
    }
    /// Sets [`GetObjectRequest::response_content_type`](GetObjectRequest::response_content_type).
    pub fn response_content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_type = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_type`](GetObjectRequest::response_content_type).
    pub fn set_response_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_type = value;
        self
    }
    /// Sets [`GetObjectRequest::response_expires`](GetObjectRequest::response_expires).
    pub fn response_expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.response_expires = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::response_expires`](GetObjectRequest::response_expires).
    pub fn set_response_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.response_expires = value;
        self
    }
    /// Sets [`GetObjectRequest::sse_customer_algorithm`](GetObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::sse_customer_algorithm`](GetObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`GetObjectRequest::sse_customer_key`](GetObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::sse_customer_key`](GetObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`GetObjectRequest::sse_customer_key_md5`](GetObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::sse_customer_key_md5`](GetObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`GetObjectRequest::version_id`](GetObjectRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectRequest::version_id`](GetObjectRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetObjectRequest, rt::BuildError> {
        Ok(GetObjectRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "GetObjectRequest",
                member: "Bucket",
            })?,
            checksum_mode: self.checksum_mode,
            expected_bucket_owner: self.expected_bucket_owner,
            if_match: self.if_match,
            if_modified_since: self.if_modified_since,
            if_none_match: self.if_none_match,
            if_unmodified_since: self.if_unmodified_since,
            key: self.key.ok_or(rt::BuildError {
                shape: "GetObjectRequest",
                member: "Key",
            })?,
            part_number: self.part_number,
            range: self.range,
            request_payer: self.request_payer,
            response_cache_control: self.response_cache_control,
            response_content_disposition: self.response_content_disposition,
            response_content_encoding: self.response_content_encoding,
            response_content_language: self.response_content_language,
            response_content_type: self.response_content_type,
            response_expires: self.response_expires,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            version_id: self.version_id,
        })
    }
}
impl ::std::fmt::Debug for GetObjectRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectRequest")
            .field("Bucket", &self.bucket)
            .field("ChecksumMode", &self.checksum_mode)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("IfMatch", &self.if_match)
            .field("IfModifiedSince", &self.if_modified_since)
            .field("IfNoneMatch", &self.if_none_match)
            .field("IfUnmodifiedSince", &self.if_unmodified_since)
            .field("Key", &self.key)
            .field("PartNumber", &self.part_number)
            .field("Range", &self.range)
            .field("RequestPayer", &self.request_payer)
            .field("ResponseCacheControl", &self.response_cache_control)
            .field(
                "ResponseContentDisposition",
                &self.response_content_disposition,
            )
            .field("ResponseContentEncoding", &self.response_content_encoding)
            .field("ResponseContentLanguage", &self.response_content_language)
            .field("ResponseContentType", &self.response_content_type)
            .field("ResponseExpires", &self.response_expires)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
impl ::std::fmt::Debug for GetObjectRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectRequestBuilder")
            .field("Bucket", &self.bucket)
            .field("ChecksumMode", &self.checksum_mode)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("IfMatch", &self.if_match)
            .field("IfModifiedSince", &self.if_modified_since)
            .field("IfNoneMatch", &self.if_none_match)
            .field("IfUnmodifiedSince", &self.if_unmodified_since)
            .field("Key", &self.key)
            .field("PartNumber", &self.part_number)
            .field("Range", &self.range)
            .field("RequestPayer", &self.request_payer)
            .field("ResponseCacheControl", &self.response_cache_control)
            .field(
                "ResponseContentDisposition",
                &self.response_content_disposition,
            )
            .field("ResponseContentEncoding", &self.response_content_encoding)
            .field("ResponseContentLanguage", &self.response_content_language)
            .field("ResponseContentType", &self.response_content_type)
            .field("ResponseExpires", &self.response_expires)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct HeadBucketOutput {
    /// Indicates whether the bucket name used in the request is an access point alias.
    ///
    /// **Note:** For directory buckets, the value of this field is `false`.
    pub access_point_alias: rt::Option<bool>,
    /// The name of the location where the bucket will be created.
    ///
    /// For directory buckets, the Zone ID of the Availability Zone or the Local Zone where the bucket is created. An example Zone ID value for an Availability Zone is `usw2-az1`.
    ///
    /// **Note:** This functionality is only supported by directory buckets.
    pub bucket_location_name: rt::Option<rt::String>,
    /// The type of location where the bucket is created.
    ///
    /// **Note:** This functionality is only supported by directory buckets.
    pub bucket_location_type: rt::Option<LocationType>,
    /// The Region that the bucket is located.
    pub bucket_region: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for HeadBucketOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for HeadBucketOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl HeadBucketOutput {
    /// A builder for this structure.
    pub fn builder() -> HeadBucketOutputBuilder {
        HeadBucketOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl HeadBucketOutput {
    /// [`access_point_alias`](Self::access_point_alias).
    pub fn access_point_alias(&self) -> rt::Option<bool> {
        self.access_point_alias
    }
    /// [`bucket_location_name`](Self::bucket_location_name).
    pub fn bucket_location_name(&self) -> rt::Option<&str> {
        self.bucket_location_name.as_deref()
    }
    /// [`bucket_location_type`](Self::bucket_location_type).
    pub fn bucket_location_type(&self) -> rt::Option<&LocationType> {
        self.bucket_location_type.as_ref()
    }
    /// [`bucket_region`](Self::bucket_region).
    pub fn bucket_region(&self) -> rt::Option<&str> {
        self.bucket_region.as_deref()
    }
}
/// Builds a [`HeadBucketOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeadBucketOutputBuilder {
    /// [`HeadBucketOutput::access_point_alias`](HeadBucketOutput::access_point_alias), if set.
    pub access_point_alias: rt::Option<bool>,
    /// [`HeadBucketOutput::bucket_location_name`](HeadBucketOutput::bucket_location_name), if set.
    pub bucket_location_name: rt::Option<rt::String>,
    /// [`HeadBucketOutput::bucket_location_type`](HeadBucketOutput::bucket_location_type), if set.
    pub bucket_location_type: rt::Option<LocationType>,
    /// [`HeadBucketOutput::bucket_region`](HeadBucketOutput::bucket_region), if set.
    pub bucket_region: rt::Option<rt::String>,
}
impl HeadBucketOutputBuilder {
    /// Sets [`HeadBucketOutput::access_point_alias`](HeadBucketOutput::access_point_alias).
    pub fn access_point_alias(mut self, value: impl rt::Into<bool>) -> Self {
        self.access_point_alias = Some(value.into());
        self
    }
    /// Sets or clears [`HeadBucketOutput::access_point_alias`](HeadBucketOutput::access_point_alias).
    pub fn set_access_point_alias(mut self, value: rt::Option<bool>) -> Self {
        self.access_point_alias = value;
        self
    }
    /// Sets [`HeadBucketOutput::bucket_location_name`](HeadBucketOutput::bucket_location_name).
    pub fn bucket_location_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket_location_name = Some(value.into());
        self
    }
    /// Sets or clears [`HeadBucketOutput::bucket_location_name`](HeadBucketOutput::bucket_location_name).
    pub fn set_bucket_location_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket_location_name = value;
        self
    }
    /// Sets [`HeadBucketOutput::bucket_location_type`](HeadBucketOutput::bucket_location_type).
    pub fn bucket_location_type(mut self, value: impl rt::Into<LocationType>) -> Self {
        self.bucket_location_type = Some(value.into());
        self
    }
    /// Sets or clears [`HeadBucketOutput::bucket_location_type`](HeadBucketOutput::bucket_location_type).
    pub fn set_bucket_location_type(mut self, value: rt::Option<LocationType>) -> Self {
        self.bucket_location_type = value;
        self
    }
    /// Sets [`HeadBucketOutput::bucket_region`](HeadBucketOutput::bucket_region).
    pub fn bucket_region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket_region = Some(value.into());
        self
    }
    /// Sets or clears [`HeadBucketOutput::bucket_region`](HeadBucketOutput::bucket_region).
    pub fn set_bucket_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket_region = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> HeadBucketOutput {
        HeadBucketOutput {
            access_point_alias: self.access_point_alias,
            bucket_location_name: self.bucket_location_name,
            bucket_location_type: self.bucket_location_type,
            bucket_region: self.bucket_region,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct HeadBucketRequest {
    /// The bucket name.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Object Lambda access points** - When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
}
impl HeadBucketRequest {
    /// A builder for this structure.
    pub fn builder() -> HeadBucketRequestBuilder {
        HeadBucketRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl HeadBucketRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
}
/// Builds a [`HeadBucketRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeadBucketRequestBuilder {
    /// [`HeadBucketRequest::bucket`](HeadBucketRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`HeadBucketRequest::expected_bucket_owner`](HeadBucketRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
}
impl HeadBucketRequestBuilder {
    /// Sets [`HeadBucketRequest::bucket`](HeadBucketRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`HeadBucketRequest::bucket`](HeadBucketRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`HeadBucketRequest::expected_bucket_owner`](HeadBucketRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`HeadBucketRequest::expected_bucket_owner`](HeadBucketRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<HeadBucketRequest, rt::BuildError> {
        Ok(HeadBucketRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "HeadBucketRequest",
                member: "Bucket",
            })?,
            expected_bucket_owner: self.expected_bucket_owner,
        })
    }
}
#[derive(Clone, PartialEq)]
pub struct HeadObjectOutput {
    /// Indicates that a range of bytes was specified.
    pub accept_ranges: rt::Option<rt::String>,
    /// The archive state of the head object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub archive_status: rt::Option<ArchiveStatus>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: rt::Option<ChecksumType>,
    /// Specifies presentational information for the object.
    pub content_disposition: rt::Option<rt::String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    pub content_encoding: rt::Option<rt::String>,
    /// The language the content is in.
    pub content_language: rt::Option<rt::String>,
    /// Size of the body in bytes.
    pub content_length: rt::Option<i64>,
    /// The portion of the object returned in the response for a `GET` request.
    pub content_range: rt::Option<rt::String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: rt::Option<rt::String>,
    /// Specifies whether the object retrieved was (true) or was not (false) a Delete Marker. If false, this response header does not appear in the response.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub delete_marker: rt::Option<bool>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version of a resource found at a URL.
    pub e_tag: rt::Option<rt::String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html) ), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    ///
    /// **Note:** Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: rt::Option<rt::String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: rt::Option<rt::DateTime>,
    /// Date and time when the object was last modified.
    pub last_modified: rt::Option<rt::DateTime>,
    /// A map of metadata to store with the object in S3.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// This is set to the number of metadata entries not returned in `x-amz-meta` headers. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub missing_meta: rt::Option<i32>,
    /// Specifies whether a legal hold is in effect for this object. This header is only returned if the requester has the `s3:GetObjectLegalHold` permission. This header is not returned if the specified version of this object has never had a legal hold applied. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// The Object Lock mode, if any, that's in effect for this object. This header is only returned if the requester has the `s3:GetObjectRetention` permission. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// The date and time when the Object Lock retention period expires. This header is only returned if the requester has the `s3:GetObjectRetention` permission.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber` in your request and the object was uploaded as a multipart upload.
    pub parts_count: rt::Option<i32>,
    /// Amazon S3 can return this header if your request involves a bucket that is either a source or a destination in a replication rule.
    ///
    /// In replication, you have a source bucket on which you configure replication and destination bucket or buckets where Amazon S3 stores object replicas. When you request an object (`GetObject`) or object metadata (`HeadObject`) from these buckets, Amazon S3 will return the `x-amz-replication-status` header in the response as follows:
    ///
    /// - **If requesting an object from the source bucket**, Amazon S3 will return the `x-amz-replication-status` header if the object in your request is eligible for replication. For example, suppose that in your replication configuration, you specify object prefix `TaxDocs` requesting Amazon S3 to replicate objects with key prefix `TaxDocs`. Any objects you upload with this key name prefix, for example `TaxDocs/document1.pdf`, are eligible for replication. For any object request with this key name prefix, Amazon S3 will return the `x-amz-replication-status` header with value PENDING, COMPLETED or FAILED indicating object replication status.
    /// - **If requesting an object from a destination bucket**, Amazon S3 will return the `x-amz-replication-status` header with value REPLICA if the object in your request is a replica that Amazon S3 created and there is no replica modification replication in progress.
    /// - **When replicating objects to multiple destination buckets**, the `x-amz-replication-status` header acts differently. The header of the source object will only return a value of COMPLETED when replication is successful to all destinations. The header will remain at value PENDING until replication has completed for all destinations. If one or more destinations fails replication the header will return FAILED.
    ///
    /// For more information, see [Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub replication_status: rt::Option<ReplicationStatus>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If the object is an archived object (an object whose storage class is GLACIER), the response includes this header if either the archive restoration is in progress (see [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) or an archive copy is already restored.
    ///
    /// If an archive copy is already restored, the header value indicates when Amazon S3 is scheduled to delete the object copy. For example:
    ///
    /// `x-amz-restore: ongoing-request="false", expiry-date="Fri, 21 Dec 2012 00:00:00 GMT"`
    ///
    /// If the object restoration is in progress, the header returns the value `ongoing-request="true"`.
    ///
    /// For more information about archiving objects, see [Transitioning Objects: General Considerations](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html#lifecycle-transition-general-considerations).
    ///
    /// **Note:** This functionality is not supported for directory buckets. Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
    pub restore: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`, `aws:kms:dsse`).
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects.
    ///
    /// For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html).
    ///
    /// **Note:** **Directory buckets ** - Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
    pub storage_class: rt::Option<StorageClass>,
    /// Version ID of the object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub version_id: rt::Option<rt::String>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub website_redirect_location: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for HeadObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for HeadObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl HeadObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> HeadObjectOutputBuilder {
        HeadObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl HeadObjectOutput {
    /// [`accept_ranges`](Self::accept_ranges).
    pub fn accept_ranges(&self) -> rt::Option<&str> {
        self.accept_ranges.as_deref()
    }
    /// [`archive_status`](Self::archive_status).
    pub fn archive_status(&self) -> rt::Option<&ArchiveStatus> {
        self.archive_status.as_ref()
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`cache_control`](Self::cache_control).
    pub fn cache_control(&self) -> rt::Option<&str> {
        self.cache_control.as_deref()
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`content_disposition`](Self::content_disposition).
    pub fn content_disposition(&self) -> rt::Option<&str> {
        self.content_disposition.as_deref()
    }
    /// [`content_encoding`](Self::content_encoding).
    pub fn content_encoding(&self) -> rt::Option<&str> {
        self.content_encoding.as_deref()
    }
    /// [`content_language`](Self::content_language).
    pub fn content_language(&self) -> rt::Option<&str> {
        self.content_language.as_deref()
    }
    /// [`content_length`](Self::content_length).
    pub fn content_length(&self) -> rt::Option<i64> {
        self.content_length
    }
    /// [`content_range`](Self::content_range).
    pub fn content_range(&self) -> rt::Option<&str> {
        self.content_range.as_deref()
    }
    /// [`content_type`](Self::content_type).
    pub fn content_type(&self) -> rt::Option<&str> {
        self.content_type.as_deref()
    }
    /// [`delete_marker`](Self::delete_marker).
    pub fn delete_marker(&self) -> rt::Option<bool> {
        self.delete_marker
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`expiration`](Self::expiration).
    pub fn expiration(&self) -> rt::Option<&str> {
        self.expiration.as_deref()
    }
    /// [`expires`](Self::expires).
    pub fn expires(&self) -> rt::Option<&rt::DateTime> {
        self.expires.as_ref()
    }
    /// [`last_modified`](Self::last_modified).
    pub fn last_modified(&self) -> rt::Option<&rt::DateTime> {
        self.last_modified.as_ref()
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
    /// [`missing_meta`](Self::missing_meta).
    pub fn missing_meta(&self) -> rt::Option<i32> {
        self.missing_meta
    }
    /// [`object_lock_legal_hold_status`](Self::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(&self) -> rt::Option<&ObjectLockLegalHoldStatus> {
        self.object_lock_legal_hold_status.as_ref()
    }
    /// [`object_lock_mode`](Self::object_lock_mode).
    pub fn object_lock_mode(&self) -> rt::Option<&ObjectLockMode> {
        self.object_lock_mode.as_ref()
    }
    /// [`object_lock_retain_until_date`](Self::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(&self) -> rt::Option<&rt::DateTime> {
        self.object_lock_retain_until_date.as_ref()
    }
    /// [`parts_count`](Self::parts_count).
    pub fn parts_count(&self) -> rt::Option<i32> {
        self.parts_count
    }
    /// [`replication_status`](Self::replication_status).
    pub fn replication_status(&self) -> rt::Option<&ReplicationStatus> {
        self.replication_status.as_ref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`restore`](Self::restore).
    pub fn restore(&self) -> rt::Option<&str> {
        self.restore.as_deref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
    /// [`website_redirect_location`](Self::website_redirect_location).
    pub fn website_redirect_location(&self) -> rt::Option<&str> {
        self.website_redirect_location.as_deref()
    }
}
/// Builds a [`HeadObjectOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct HeadObjectOutputBuilder {
    /// [`HeadObjectOutput::accept_ranges`](HeadObjectOutput::accept_ranges), if set.
    pub accept_ranges: rt::Option<rt::String>,
    /// [`HeadObjectOutput::archive_status`](HeadObjectOutput::archive_status), if set.
    pub archive_status: rt::Option<ArchiveStatus>,
    /// [`HeadObjectOutput::bucket_key_enabled`](HeadObjectOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`HeadObjectOutput::cache_control`](HeadObjectOutput::cache_control), if set.
    pub cache_control: rt::Option<rt::String>,
    /// [`HeadObjectOutput::checksum_crc32`](HeadObjectOutput::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`HeadObjectOutput::checksum_crc32c`](HeadObjectOutput::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`HeadObjectOutput::checksum_crc64nvme`](HeadObjectOutput::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`HeadObjectOutput::checksum_sha1`](HeadObjectOutput::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`HeadObjectOutput::checksum_sha256`](HeadObjectOutput::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`HeadObjectOutput::checksum_type`](HeadObjectOutput::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`HeadObjectOutput::content_disposition`](HeadObjectOutput::content_disposition), if set.
    pub content_disposition: rt::Option<rt::String>,
    /// [`HeadObjectOutput::content_encoding`](HeadObjectOutput::content_encoding), if set.
    pub content_encoding: rt::Option<rt::String>,
    /// [`HeadObjectOutput::content_language`](HeadObjectOutput::content_language), if set.
    pub content_language: rt::Option<rt::String>,
    /// [`HeadObjectOutput::content_length`](HeadObjectOutput::content_length), if set.
    pub content_length: rt::Option<i64>,
    /// [`HeadObjectOutput::content_range`](HeadObjectOutput::content_range), if set.
    pub content_range: rt::Option<rt::String>,
    /// [`HeadObjectOutput::content_type`](HeadObjectOutput::content_type), if set.
    pub content_type: rt::Option<rt::String>,
    /// [`HeadObjectOutput::delete_marker`](HeadObjectOutput::delete_marker), if set.
    pub delete_marker: rt::Option<bool>,
    /// [`HeadObjectOutput::e_tag`](HeadObjectOutput::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`HeadObjectOutput::expiration`](HeadObjectOutput::expiration), if set.
    pub expiration: rt::Option<rt::String>,
    /// [`HeadObjectOutput::expires`](HeadObjectOutput::expires), if set.
    pub expires: rt::Option<rt::DateTime>,
    /// [`HeadObjectOutput::last_modified`](HeadObjectOutput::last_modified), if set.
    pub last_modified: rt::Option<rt::DateTime>,
    /// [`HeadObjectOutput::metadata`](HeadObjectOutput::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`HeadObjectOutput::missing_meta`](HeadObjectOutput::missing_meta), if set.
    pub missing_meta: rt::Option<i32>,
    /// [`HeadObjectOutput::object_lock_legal_hold_status`](HeadObjectOutput::object_lock_legal_hold_status), if set.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// [`HeadObjectOutput::object_lock_mode`](HeadObjectOutput::object_lock_mode), if set.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// [`HeadObjectOutput::object_lock_retain_until_date`](HeadObjectOutput::object_lock_retain_until_date), if set.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// [`HeadObjectOutput::parts_count`](HeadObjectOutput::parts_count), if set.
    pub parts_count: rt::Option<i32>,
    /// [`HeadObjectOutput::replication_status`](HeadObjectOutput::replication_status), if set.
    pub replication_status: rt::Option<ReplicationStatus>,
    /// [`HeadObjectOutput::request_charged`](HeadObjectOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`HeadObjectOutput::restore`](HeadObjectOutput::restore), if set.
    pub restore: rt::Option<rt::String>,
    /// [`HeadObjectOutput::sse_customer_algorithm`](HeadObjectOutput::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`HeadObjectOutput::sse_customer_key_md5`](HeadObjectOutput::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`HeadObjectOutput::ssekms_key_id`](HeadObjectOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`HeadObjectOutput::server_side_encryption`](HeadObjectOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`HeadObjectOutput::storage_class`](HeadObjectOutput::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`HeadObjectOutput::version_id`](HeadObjectOutput::version_id), if set.
    pub version_id: rt::Option<rt::String>,
    /// [`HeadObjectOutput::website_redirect_location`](HeadObjectOutput::website_redirect_location), if set.
    pub website_redirect_location: rt::Option<rt::String>,
}
impl HeadObjectOutputBuilder {
    /// Sets [`HeadObjectOutput::accept_ranges`](HeadObjectOutput::accept_ranges).
    pub fn accept_ranges(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.accept_ranges = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::accept_ranges`](HeadObjectOutput::accept_ranges).
    pub fn set_accept_ranges(mut self, value: rt::Option<rt::String>) -> Self {
        self.accept_ranges = value;
        self
    }
    /// Sets [`HeadObjectOutput::archive_status`](HeadObjectOutput::archive_status).
    pub fn archive_status(mut self, value: impl rt::Into<ArchiveStatus>) -> Self {
        self.archive_status = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::archive_status`](HeadObjectOutput::archive_status).
    pub fn set_archive_status(mut self, value: rt::Option<ArchiveStatus>) -> Self {
        self.archive_status = value;
        self
    }
    /// Sets [`HeadObjectOutput::bucket_key_enabled`](HeadObjectOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::bucket_key_enabled`](HeadObjectOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`HeadObjectOutput::cache_control`](HeadObjectOutput::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::cache_control`](HeadObjectOutput::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.cache_control = value;
        self
    }
    /// Sets [`HeadObjectOutput::checksum_crc32`](HeadObjectOutput::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::checksum_crc32`](HeadObjectOutput::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`HeadObjectOutput::checksum_crc32c`](HeadObjectOutput::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::checksum_crc32c`](HeadObjectOutput::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`HeadObjectOutput::checksum_crc64nvme`](HeadObjectOutput::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::checksum_crc64nvme`](HeadObjectOutput::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`HeadObjectOutput::checksum_sha1`](HeadObjectOutput::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::checksum_sha1`](HeadObjectOutput::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`HeadObjectOutput::checksum_sha256`](HeadObjectOutput::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::checksum_sha256`](HeadObjectOutput::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`HeadObjectOutput::checksum_type`](HeadObjectOutput::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::checksum_type`](HeadObjectOutput::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`HeadObjectOutput::content_disposition`](HeadObjectOutput::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::content_disposition`](HeadObjectOutput::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_disposition = value;
        self
    }
    /// Sets [`HeadObjectOutput::content_encoding`](HeadObjectOutput::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::content_encoding`](HeadObjectOutput::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_encoding = value;
        self
    }
    /// Sets [`HeadObjectOutput::content_language`](HeadObjectOutput::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_language = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::content_language`](HeadObjectOutput::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_language = value;
        self
    }
    /// Sets [`HeadObjectOutput::content_length`](HeadObjectOutput::content_length).
    pub fn content_length(mut self, value: impl rt::Into<i64>) -> Self {
        self.content_length = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::content_length`](HeadObjectOutput::content_length).
    pub fn set_content_length(mut self, value: rt::Option<i64>) -> Self {
        self.content_length = value;
        self
    }
    /// Sets [`HeadObjectOutput::content_range`](HeadObjectOutput::content_range).
    pub fn content_range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_range = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::content_range`](HeadObjectOutput::content_range).
    pub fn set_content_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_range = value;
        self
    }
    /// Sets [`HeadObjectOutput::content_type`](HeadObjectOutput::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::content_type`](HeadObjectOutput::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`HeadObjectOutput::delete_marker`](HeadObjectOutput::delete_marker).
    pub fn delete_marker(mut self, value: impl rt::Into<bool>) -> Self {
        self.delete_marker = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::delete_marker`](HeadObjectOutput::delete_marker).
    pub fn set_delete_marker(mut self, value: rt::Option<bool>) -> Self {
        self.delete_marker = value;
        self
    }
    /// Sets [`HeadObjectOutput::e_tag`](HeadObjectOutput::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::e_tag`](HeadObjectOutput::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`HeadObjectOutput::expiration`](HeadObjectOutput::expiration).
    pub fn expiration(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::expiration`](HeadObjectOutput::expiration).
    pub fn set_expiration(mut self, value: rt::Option<rt::String>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`HeadObjectOutput::expires`](HeadObjectOutput::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expires = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::expires`](HeadObjectOutput::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expires = value;
        self
    }
    /// Sets [`HeadObjectOutput::last_modified`](HeadObjectOutput::last_modified).
    pub fn last_modified(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_modified = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::last_modified`](HeadObjectOutput::last_modified).
    pub fn set_last_modified(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_modified = value;
        self
    }
    /// Inserts one entry into [`HeadObjectOutput::metadata`](HeadObjectOutput::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::metadata`](HeadObjectOutput::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`HeadObjectOutput::missing_meta`](HeadObjectOutput::missing_meta).
    pub fn missing_meta(mut self, value: impl rt::Into<i32>) -> Self {
        self.missing_meta = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::missing_meta`](HeadObjectOutput::missing_meta).
    pub fn set_missing_meta(mut self, value: rt::Option<i32>) -> Self {
        self.missing_meta = value;
        self
    }
    /// Sets [`HeadObjectOutput::object_lock_legal_hold_status`](HeadObjectOutput::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::object_lock_legal_hold_status`](HeadObjectOutput::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = value;
        self
    }
    /// Sets [`HeadObjectOutput::object_lock_mode`](HeadObjectOutput::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.object_lock_mode = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::object_lock_mode`](HeadObjectOutput::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.object_lock_mode = value;
        self
    }
    /// Sets [`HeadObjectOutput::object_lock_retain_until_date`](HeadObjectOutput::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::object_lock_retain_until_date`](HeadObjectOutput::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = value;
        self
    }
    /// Sets [`HeadObjectOutput::parts_count`](HeadObjectOutput::parts_count).
    pub fn parts_count(mut self, value: impl rt::Into<i32>) -> Self {
        self.parts_count = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::parts_count`](HeadObjectOutput::parts_count).
    pub fn set_parts_count(mut self, value: rt::Option<i32>) -> Self {
        self.parts_count = value;
        self
    }
    /// Sets [`HeadObjectOutput::replication_status`](HeadObjectOutput::replication_status).
    pub fn replication_status(mut self, value: impl rt::Into<ReplicationStatus>) -> Self {
        self.replication_status = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::replication_status`](HeadObjectOutput::replication_status).
    pub fn set_replication_status(mut self, value: rt::Option<ReplicationStatus>) -> Self {
        self.replication_status = value;
        self
    }
    /// Sets [`HeadObjectOutput::request_charged`](HeadObjectOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::request_charged`](HeadObjectOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`HeadObjectOutput::restore`](HeadObjectOutput::restore).
    pub fn restore(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.restore = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::restore`](HeadObjectOutput::restore).
    pub fn set_restore(mut self, value: rt::Option<rt::String>) -> Self {
        self.restore = value;
        self
    }
    /// Sets [`HeadObjectOutput::sse_customer_algorithm`](HeadObjectOutput::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::sse_customer_algorithm`](HeadObjectOutput::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`HeadObjectOutput::sse_customer_key_md5`](HeadObjectOutput::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::sse_customer_key_md5`](HeadObjectOutput::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`HeadObjectOutput::ssekms_key_id`](HeadObjectOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::ssekms_key_id`](HeadObjectOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`HeadObjectOutput::server_side_encryption`](HeadObjectOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::server_side_encryption`](HeadObjectOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`HeadObjectOutput::storage_class`](HeadObjectOutput::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::storage_class`](HeadObjectOutput::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`HeadObjectOutput::version_id`](HeadObjectOutput::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::version_id`](HeadObjectOutput::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// Sets [`HeadObjectOutput::website_redirect_location`](HeadObjectOutput::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.website_redirect_location = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectOutput::website_redirect_location`](HeadObjectOutput::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.website_redirect_location = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> HeadObjectOutput {
        HeadObjectOutput {
            accept_ranges: self.accept_ranges,
            archive_status: self.archive_status,
            bucket_key_enabled: self.bucket_key_enabled,
            cache_control: self.cache_control,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            checksum_type: self.checksum_type,
            content_disposition: self.content_disposition,
            content_encoding: self.content_encoding,
            content_language: self.content_language,
            content_length: self.content_length,
            content_range: self.content_range,
            content_type: self.content_type,
            delete_marker: self.delete_marker,
            e_tag: self.e_tag,
            expiration: self.expiration,
            expires: self.expires,
            last_modified: self.last_modified,
            metadata: self.metadata,
            missing_meta: self.missing_meta,
            object_lock_legal_hold_status: self.object_lock_legal_hold_status,
            object_lock_mode: self.object_lock_mode,
            object_lock_retain_until_date: self.object_lock_retain_until_date,
            parts_count: self.parts_count,
            replication_status: self.replication_status,
            request_charged: self.request_charged,
            restore: self.restore,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            storage_class: self.storage_class,
            version_id: self.version_id,
            website_redirect_location: self.website_redirect_location,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for HeadObjectOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HeadObjectOutput")
            .field("AcceptRanges", &self.accept_ranges)
            .field("ArchiveStatus", &self.archive_status)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentLength", &self.content_length)
            .field("ContentRange", &self.content_range)
            .field("ContentType", &self.content_type)
            .field("DeleteMarker", &self.delete_marker)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("Expires", &self.expires)
            .field("LastModified", &self.last_modified)
            .field("Metadata", &self.metadata)
            .field("MissingMeta", &self.missing_meta)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("PartsCount", &self.parts_count)
            .field("ReplicationStatus", &self.replication_status)
            .field("RequestCharged", &self.request_charged)
            .field("Restore", &self.restore)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("VersionId", &self.version_id)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
impl ::std::fmt::Debug for HeadObjectOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HeadObjectOutputBuilder")
            .field("AcceptRanges", &self.accept_ranges)
            .field("ArchiveStatus", &self.archive_status)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentLength", &self.content_length)
            .field("ContentRange", &self.content_range)
            .field("ContentType", &self.content_type)
            .field("DeleteMarker", &self.delete_marker)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("Expires", &self.expires)
            .field("LastModified", &self.last_modified)
            .field("Metadata", &self.metadata)
            .field("MissingMeta", &self.missing_meta)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("PartsCount", &self.parts_count)
            .field("ReplicationStatus", &self.replication_status)
            .field("RequestCharged", &self.request_charged)
            .field("Restore", &self.restore)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("VersionId", &self.version_id)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct HeadObjectRequest {
    /// The name of the bucket that contains the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// To retrieve the checksum, this parameter must be enabled.
    ///
    /// **General purpose buckets** - If you enable checksum mode and the object is uploaded with a [checksum](https://docs.aws.amazon.com/AmazonS3/latest/API/API_Checksum.html) and encrypted with an Key Management Service (KMS) key, you must have permission to use the `kms:Decrypt` action to retrieve the checksum.
    ///
    /// **Directory buckets** - If you enable `ChecksumMode` and the object is encrypted with Amazon Web Services Key Management Service (Amazon Web Services KMS), you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key to retrieve the checksum of the object.
    pub checksum_mode: rt::Option<ChecksumMode>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// Return the object only if its entity tag (ETag) is the same as the one specified; otherwise, return a 412 (precondition failed) error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows:
    ///
    /// - `If-Match` condition evaluates to `true`, and;
    /// - `If-Unmodified-Since` condition evaluates to `false`;
    ///
    /// Then Amazon S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_match: rt::Option<rt::String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a 304 (not modified) error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:
    ///
    /// - `If-None-Match` condition evaluates to `false`, and;
    /// - `If-Modified-Since` condition evaluates to `true`;
    ///
    /// Then Amazon S3 returns the `304 Not Modified` response code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_modified_since: rt::Option<rt::DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified; otherwise, return a 304 (not modified) error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:
    ///
    /// - `If-None-Match` condition evaluates to `false`, and;
    /// - `If-Modified-Since` condition evaluates to `true`;
    ///
    /// Then Amazon S3 returns the `304 Not Modified` response code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_none_match: rt::Option<rt::String>,
    /// Return the object only if it has not been modified since the specified time; otherwise, return a 412 (precondition failed) error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows:
    ///
    /// - `If-Match` condition evaluates to `true`, and;
    /// - `If-Unmodified-Since` condition evaluates to `false`;
    ///
    /// Then Amazon S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_unmodified_since: rt::Option<rt::DateTime>,
    /// The object key.
    pub key: rt::String,
    /// Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' HEAD request for the part specified. Useful querying about the size of the part and the number of parts in this object.
    pub part_number: rt::Option<i32>,
    /// HeadObject returns only the metadata for an object. If the Range is satisfiable, only the `ContentLength` is affected in the response. If the Range is not satisfiable, S3 returns a `416 - Requested Range Not Satisfiable` error.
    pub range: rt::Option<rt::String>,
    pub request_payer: rt::Option<RequestPayer>,
    /// Sets the `Cache-Control` header of the response.
    pub response_cache_control: rt::Option<rt::String>,
    /// Sets the `Content-Disposition` header of the response.
    pub response_content_disposition: rt::Option<rt::String>,
    /// Sets the `Content-Encoding` header of the response.
    pub response_content_encoding: rt::Option<rt::String>,
    /// Sets the `Content-Language` header of the response.
    pub response_content_language: rt::Option<rt::String>,
    /// Sets the `Content-Type` header of the response.
    pub response_content_type: rt::Option<rt::String>,
    /// Sets the `Expires` header of the response.
    pub response_expires: rt::Option<rt::DateTime>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// **Note:** For directory buckets in this API operation, only the `null` value of the version ID is supported.
    pub version_id: rt::Option<rt::String>,
}
impl HeadObjectRequest {
    /// A builder for this structure.
    pub fn builder() -> HeadObjectRequestBuilder {
        HeadObjectRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl HeadObjectRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`checksum_mode`](Self::checksum_mode).
    pub fn checksum_mode(&self) -> rt::Option<&ChecksumMode> {
        self.checksum_mode.as_ref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`if_match`](Self::if_match).
    pub fn if_match(&self) -> rt::Option<&str> {
        self.if_match.as_deref()
    }
    /// [`if_modified_since`](Self::if_modified_since).
    pub fn if_modified_since(&self) -> rt::Option<&rt::DateTime> {
        self.if_modified_since.as_ref()
    }
    /// [`if_none_match`](Self::if_none_match).
    pub fn if_none_match(&self) -> rt::Option<&str> {
        self.if_none_match.as_deref()
    }
    /// [`if_unmodified_since`](Self::if_unmodified_since).
    pub fn if_unmodified_since(&self) -> rt::Option<&rt::DateTime> {
        self.if_unmodified_since.as_ref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`part_number`](Self::part_number).
    pub fn part_number(&self) -> rt::Option<i32> {
        self.part_number
    }
    /// [`range`](Self::range).
    pub fn range(&self) -> rt::Option<&str> {
        self.range.as_deref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`response_cache_control`](Self::response_cache_control).
    pub fn response_cache_control(&self) -> rt::Option<&str> {
        self.response_cache_control.as_deref()
    }
    /// [`response_content_disposition`](Self::response_content_disposition).
    pub fn response_content_disposition(&self) -> rt::Option<&str> {
        self.response_content_disposition.as_deref()
    }
    /// [`response_content_encoding`](Self::response_content_encoding).
    pub fn response_content_encoding(&self) -> rt::Option<&str> {
        self.response_content_encoding.as_deref()
    }
    /// [`response_content_language`](Self::response_content_language).
    pub fn response_content_language(&self) -> rt::Option<&str> {
        self.response_content_language.as_deref()
    }
    /// [`response_content_type`](Self::response_content_type).
    pub fn response_content_type(&self) -> rt::Option<&str> {
        self.response_content_type.as_deref()
    }
    /// [`response_expires`](Self::response_expires).
    pub fn response_expires(&self) -> rt::Option<&rt::DateTime> {
        self.response_expires.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`HeadObjectRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct HeadObjectRequestBuilder {
    /// [`HeadObjectRequest::bucket`](HeadObjectRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`HeadObjectRequest::checksum_mode`](HeadObjectRequest::checksum_mode), if set.
    pub checksum_mode: rt::Option<ChecksumMode>,
    /// [`HeadObjectRequest::expected_bucket_owner`](HeadObjectRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`HeadObjectRequest::if_match`](HeadObjectRequest::if_match), if set.
    pub if_match: rt::Option<rt::String>,
    /// [`HeadObjectRequest::if_modified_since`](HeadObjectRequest::if_modified_since), if set.
    pub if_modified_since: rt::Option<rt::DateTime>,
    /// [`HeadObjectRequest::if_none_match`](HeadObjectRequest::if_none_match), if set.
    pub if_none_match: rt::Option<rt::String>,
    /// [`HeadObjectRequest::if_unmodified_since`](HeadObjectRequest::if_unmodified_since), if set.
    pub if_unmodified_since: rt::Option<rt::DateTime>,
    /// [`HeadObjectRequest::key`](HeadObjectRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`HeadObjectRequest::part_number`](HeadObjectRequest::part_number), if set.
    pub part_number: rt::Option<i32>,
    /// [`HeadObjectRequest::range`](HeadObjectRequest::range), if set.
    pub range: rt::Option<rt::String>,
    /// [`HeadObjectRequest::request_payer`](HeadObjectRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`HeadObjectRequest::response_cache_control`](HeadObjectRequest::response_cache_control), if set.
    pub response_cache_control: rt::Option<rt::String>,
    /// [`HeadObjectRequest::response_content_disposition`](HeadObjectRequest::response_content_disposition), if set.
    pub response_content_disposition: rt::Option<rt::String>,
    /// [`HeadObjectRequest::response_content_encoding`](HeadObjectRequest::response_content_encoding), if set.
    pub response_content_encoding: rt::Option<rt::String>,
    /// [`HeadObjectRequest::response_content_language`](HeadObjectRequest::response_content_language), if set.
    pub response_content_language: rt::Option<rt::String>,
    /// [`HeadObjectRequest::response_content_type`](HeadObjectRequest::response_content_type), if set.
    pub response_content_type: rt::Option<rt::String>,
    /// [`HeadObjectRequest::response_expires`](HeadObjectRequest::response_expires), if set.
    pub response_expires: rt::Option<rt::DateTime>,
    /// [`HeadObjectRequest::sse_customer_algorithm`](HeadObjectRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`HeadObjectRequest::sse_customer_key`](HeadObjectRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`HeadObjectRequest::sse_customer_key_md5`](HeadObjectRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`HeadObjectRequest::version_id`](HeadObjectRequest::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl HeadObjectRequestBuilder {
    /// Sets [`HeadObjectRequest::bucket`](HeadObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::bucket`](HeadObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`HeadObjectRequest::checksum_mode`](HeadObjectRequest::checksum_mode).
    pub fn checksum_mode(mut self, value: impl rt::Into<ChecksumMode>) -> Self {
        self.checksum_mode = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::checksum_mode`](HeadObjectRequest::checksum_mode).
    pub fn set_checksum_mode(mut self, value: rt::Option<ChecksumMode>) -> Self {
        self.checksum_mode = value;
        self
    }
    /// Sets [`HeadObjectRequest::expected_bucket_owner`](HeadObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::expected_bucket_owner`](HeadObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`HeadObjectRequest::if_match`](HeadObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_match = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_match`](HeadObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_match = value;
        self
    }
    /// Sets [`HeadObjectRequest::if_modified_since`](HeadObjectRequest::if_modified_since).
    pub fn if_modified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.if_modified_since = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_modified_since`](HeadObjectRequest::if_modified_since).
    pub fn set_if_modified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.if_modified_since = value;
        self
    }
    /// Sets [`HeadObjectRequest::if_none_match`](HeadObjectRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_none_match = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_none_match`](HeadObjectRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_none_match = value;
        self
    }
    /// Sets [`HeadObjectRequest::if_unmodified_since`](HeadObjectRequest::if_unmodified_since).
    pub fn if_unmodified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.if_unmodified_since = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_unmodified_since`](HeadObjectRequest::if_unmodified_since).
    pub fn set_if_unmodified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.if_unmodified_since = value;
        self
    }
    /// Sets [`HeadObjectRequest::key`](HeadObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::key`](HeadObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`HeadObjectRequest::part_number`](HeadObjectRequest::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.part_number = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::part_number`](HeadObjectRequest::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.part_number = value;
        self
    }
    /// Sets [`HeadObjectRequest::range`](HeadObjectRequest::range).
    pub fn range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.range = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::range`](HeadObjectRequest::range).
    pub fn set_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.range = value;
        self
    }
    /// Sets [`HeadObjectRequest::request_payer`](HeadObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::request_payer`](HeadObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`HeadObjectRequest::response_cache_control`](HeadObjectRequest::response_cache_control).
    pub fn response_cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_cache_control`](HeadObjectRequest::response_cache_control).
    pub fn set_response_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_cache_control = value;
        self
    }
    /// Sets [`HeadObjectRequest::response_content_disposition`](HeadObjectRequest::response_content_disposition).
    pub fn response_content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_disposition`](HeadObjectRequest::response_content_disposition).
    pub fn set_response_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_disposition = value;
        self
    }
    /// Sets [`HeadObjectRequest::response_content_encoding`](HeadObjectRequest::response_content_encoding).
    pub fn response_content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_encoding`](HeadObjectRequest::response_content_encoding).
    pub fn set_response_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_encoding = value;
        self
    }
    /// Sets [`HeadObjectRequest::response_content_language`](HeadObjectRequest::response_content_language).
    pub fn response_content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_language = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_language`](HeadObjectRequest::response_content_language).
    pub fn set_response_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_language = value;
        self
    }
    /// Sets [`HeadObjectRequest::response_content_type`](HeadObjectRequest::response_content_type).
    pub fn response_content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.response_content_type = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_type`](HeadObjectRequest::response_content_type).
    pub fn set_response_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.response_content_type = value;
        self
    }
    /// Sets [`HeadObjectRequest::response_expires`](HeadObjectRequest::response_expires).
    pub fn response_expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.response_expires = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_expires`](HeadObjectRequest::response_expires).
    pub fn set_response_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.response_expires = value;
        self
    }
    /// Sets [`HeadObjectRequest::sse_customer_algorithm`](HeadObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::sse_customer_algorithm`](HeadObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`HeadObjectRequest::sse_customer_key`](HeadObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::sse_customer_key`](HeadObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`HeadObjectRequest::sse_customer_key_md5`](HeadObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::sse_customer_key_md5`](HeadObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`HeadObjectRequest::version_id`](HeadObjectRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`HeadObjectRequest::version_id`](HeadObjectRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<HeadObjectRequest, rt::BuildError> {
        Ok(HeadObjectRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "HeadObjectRequest",
                member: "Bucket",
            })?,
            checksum_mode: self.checksum_mode,
            expected_bucket_owner: self.expected_bucket_owner,
            if_match: self.if_match,
            if_modified_since: self.if_modified_since,
            if_none_match: self.if_none_match,
            if_unmodified_since: self.if_unmodified_since,
            key: self.key.ok_or(rt::BuildError {
                shape: "HeadObjectRequest",
                member: "Key",
            })?,
            part_number: self.part_number,
            range: self.range,
            request_payer: self.request_payer,
            response_cache_control: self.response_cache_control,
            response_content_disposition: self.response_content_disposition,
            response_content_encoding: self.response_content_encoding,
            response_content_language: self.response_content_language,
            response_content_type: self.response_content_type,
            response_expires: self.response_expires,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            version_id: self.version_id,
        })
    }
}
impl ::std::fmt::Debug for HeadObjectRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HeadObjectRequest")
            .field("Bucket", &self.bucket)
            .field("ChecksumMode", &self.checksum_mode)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("IfMatch", &self.if_match)
            .field("IfModifiedSince", &self.if_modified_since)
            .field("IfNoneMatch", &self.if_none_match)
            .field("IfUnmodifiedSince", &self.if_unmodified_since)
            .field("Key", &self.key)
            .field("PartNumber", &self.part_number)
            .field("Range", &self.range)
            .field("RequestPayer", &self.request_payer)
            .field("ResponseCacheControl", &self.response_cache_control)
            .field(
                "ResponseContentDisposition",
                &self.response_content_disposition,
            )
            .field("ResponseContentEncoding", &self.response_content_encoding)
            .field("ResponseContentLanguage", &self.response_content_language)
            .field("ResponseContentType", &self.response_content_type)
            .field("ResponseExpires", &self.response_expires)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
impl ::std::fmt::Debug for HeadObjectRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HeadObjectRequestBuilder")
            .field("Bucket", &self.bucket)
            .field("ChecksumMode", &self.checksum_mode)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("IfMatch", &self.if_match)
            .field("IfModifiedSince", &self.if_modified_since)
            .field("IfNoneMatch", &self.if_none_match)
            .field("IfUnmodifiedSince", &self.if_unmodified_since)
            .field("Key", &self.key)
            .field("PartNumber", &self.part_number)
            .field("Range", &self.range)
            .field("RequestPayer", &self.request_payer)
            .field("ResponseCacheControl", &self.response_cache_control)
            .field(
                "ResponseContentDisposition",
                &self.response_content_disposition,
            )
            .field("ResponseContentEncoding", &self.response_content_encoding)
            .field("ResponseContentLanguage", &self.response_content_language)
            .field("ResponseContentType", &self.response_content_type)
            .field("ResponseExpires", &self.response_expires)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
/// Describes the serialization format of the object.
#[derive(Clone, Debug, PartialEq)]
pub struct InputSerialization {
    /// Describes the serialization of a CSV-encoded object.
    pub csv: rt::Option<CsvInput>,
    /// Specifies object's compression format. Valid values: NONE, GZIP, BZIP2. Default Value: NONE.
    pub compression_type: rt::Option<CompressionType>,
    /// Specifies JSON as object's input serialization format.
    pub json: rt::Option<JsonInput>,
    /// Specifies Parquet as object's input serialization format.
    pub parquet: rt::Option<ParquetInput>,
}
impl InputSerialization {
    /// A builder for this structure.
    pub fn builder() -> InputSerializationBuilder {
        InputSerializationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InputSerialization {
    /// [`csv`](Self::csv).
    pub fn csv(&self) -> rt::Option<&CsvInput> {
        self.csv.as_ref()
    }
    /// [`compression_type`](Self::compression_type).
    pub fn compression_type(&self) -> rt::Option<&CompressionType> {
        self.compression_type.as_ref()
    }
    /// [`json`](Self::json).
    pub fn json(&self) -> rt::Option<&JsonInput> {
        self.json.as_ref()
    }
    /// [`parquet`](Self::parquet).
    pub fn parquet(&self) -> rt::Option<&ParquetInput> {
        self.parquet.as_ref()
    }
}
/// Builds a [`InputSerialization`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputSerializationBuilder {
    /// [`InputSerialization::csv`](InputSerialization::csv), if set.
    pub csv: rt::Option<CsvInput>,
    /// [`InputSerialization::compression_type`](InputSerialization::compression_type), if set.
    pub compression_type: rt::Option<CompressionType>,
    /// [`InputSerialization::json`](InputSerialization::json), if set.
    pub json: rt::Option<JsonInput>,
    /// [`InputSerialization::parquet`](InputSerialization::parquet), if set.
    pub parquet: rt::Option<ParquetInput>,
}
impl InputSerializationBuilder {
    /// Sets [`InputSerialization::csv`](InputSerialization::csv).
    pub fn csv(mut self, value: impl rt::Into<CsvInput>) -> Self {
        self.csv = Some(value.into());
        self
    }
    /// Sets or clears [`InputSerialization::csv`](InputSerialization::csv).
    pub fn set_csv(mut self, value: rt::Option<CsvInput>) -> Self {
        self.csv = value;
        self
    }
    /// Sets [`InputSerialization::compression_type`](InputSerialization::compression_type).
    pub fn compression_type(mut self, value: impl rt::Into<CompressionType>) -> Self {
        self.compression_type = Some(value.into());
        self
    }
    /// Sets or clears [`InputSerialization::compression_type`](InputSerialization::compression_type).
    pub fn set_compression_type(mut self, value: rt::Option<CompressionType>) -> Self {
        self.compression_type = value;
        self
    }
    /// Sets [`InputSerialization::json`](InputSerialization::json).
    pub fn json(mut self, value: impl rt::Into<JsonInput>) -> Self {
        self.json = Some(value.into());
        self
    }
    /// Sets or clears [`InputSerialization::json`](InputSerialization::json).
    pub fn set_json(mut self, value: rt::Option<JsonInput>) -> Self {
        self.json = value;
        self
    }
    /// Sets [`InputSerialization::parquet`](InputSerialization::parquet).
    pub fn parquet(mut self, value: impl rt::Into<ParquetInput>) -> Self {
        self.parquet = Some(value.into());
        self
    }
    /// Sets or clears [`InputSerialization::parquet`](InputSerialization::parquet).
    pub fn set_parquet(mut self, value: rt::Option<ParquetInput>) -> Self {
        self.parquet = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InputSerialization {
        InputSerialization {
            csv: self.csv,
            compression_type: self.compression_type,
            json: self.json,
            parquet: self.parquet,
        }
    }
}
/// Specifies JSON as object's input serialization format.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonInput {
    /// The type of JSON. Valid values: Document, Lines.
    pub r#type: rt::Option<JsonType>,
}
impl JsonInput {
    /// A builder for this structure.
    pub fn builder() -> JsonInputBuilder {
        JsonInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl JsonInput {
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> rt::Option<&JsonType> {
        self.r#type.as_ref()
    }
}
/// Builds a [`JsonInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JsonInputBuilder {
    /// [`JsonInput::r#type`](JsonInput::r#type), if set.
    pub r#type: rt::Option<JsonType>,
}
impl JsonInputBuilder {
    /// Sets [`JsonInput::r#type`](JsonInput::r#type).
    pub fn r#type(mut self, value: impl rt::Into<JsonType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`JsonInput::r#type`](JsonInput::r#type).
    pub fn set_type(mut self, value: rt::Option<JsonType>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> JsonInput {
        JsonInput {
            r#type: self.r#type,
        }
    }
}
/// Specifies JSON as request's output serialization format.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonOutput {
    /// The value used to separate individual records in the output. If no value is specified, Amazon S3 uses a newline character ('\\n').
    pub record_delimiter: rt::Option<rt::String>,
}
impl JsonOutput {
    /// A builder for this structure.
    pub fn builder() -> JsonOutputBuilder {
        JsonOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl JsonOutput {
    /// [`record_delimiter`](Self::record_delimiter).
    pub fn record_delimiter(&self) -> rt::Option<&str> {
        self.record_delimiter.as_deref()
    }
}
/// Builds a [`JsonOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JsonOutputBuilder {
    /// [`JsonOutput::record_delimiter`](JsonOutput::record_delimiter), if set.
    pub record_delimiter: rt::Option<rt::String>,
}
impl JsonOutputBuilder {
    /// Sets [`JsonOutput::record_delimiter`](JsonOutput::record_delimiter).
    pub fn record_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.record_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`JsonOutput::record_delimiter`](JsonOutput::record_delimiter).
    pub fn set_record_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.record_delimiter = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> JsonOutput {
        JsonOutput {
            record_delimiter: self.record_delimiter,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListBucketsOutput {
    /// The list of buckets owned by the requester.
    pub buckets: rt::Option<rt::Vec<Bucket>>,
    /// `ContinuationToken` is included in the response when there are more buckets that can be listed with pagination. The next `ListBuckets` request to Amazon S3 can be continued with this `ContinuationToken`. `ContinuationToken` is obfuscated and is not a real bucket.
    pub continuation_token: rt::Option<rt::String>,
    /// The owner of the buckets listed.
    pub owner: rt::Option<Owner>,
    /// If `Prefix` was sent with the request, it is included in the response.
    ///
    /// All bucket names in the response begin with the specified bucket name prefix.
    pub prefix: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListBucketsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListBucketsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListBucketsOutput {
    /// A builder for this structure.
    pub fn builder() -> ListBucketsOutputBuilder {
        ListBucketsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListBucketsOutput {
    /// [`buckets`](Self::buckets), empty when unset.
    pub fn buckets(&self) -> &[Bucket] {
        self.buckets.as_deref().unwrap_or_default()
    }
    /// [`continuation_token`](Self::continuation_token).
    pub fn continuation_token(&self) -> rt::Option<&str> {
        self.continuation_token.as_deref()
    }
    /// [`owner`](Self::owner).
    pub fn owner(&self) -> rt::Option<&Owner> {
        self.owner.as_ref()
    }
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
}
/// Builds a [`ListBucketsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListBucketsOutputBuilder {
    /// [`ListBucketsOutput::buckets`](ListBucketsOutput::buckets), if set.
    pub buckets: rt::Option<rt::Vec<Bucket>>,
    /// [`ListBucketsOutput::continuation_token`](ListBucketsOutput::continuation_token), if set.
    pub continuation_token: rt::Option<rt::String>,
    /// [`ListBucketsOutput::owner`](ListBucketsOutput::owner), if set.
    pub owner: rt::Option<Owner>,
    /// [`ListBucketsOutput::prefix`](ListBucketsOutput::prefix), if set.
    pub prefix: rt::Option<rt::String>,
}
impl ListBucketsOutputBuilder {
    /// Appends one element to [`ListBucketsOutput::buckets`](ListBucketsOutput::buckets).
    pub fn buckets(mut self, value: impl rt::Into<Bucket>) -> Self {
        self.buckets
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListBucketsOutput::buckets`](ListBucketsOutput::buckets).
    pub fn set_buckets(mut self, value: rt::Option<rt::Vec<Bucket>>) -> Self {
        self.buckets = value;
        self
    }
    /// Sets [`ListBucketsOutput::continuation_token`](ListBucketsOutput::continuation_token).
    pub fn continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.continuation_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsOutput::continuation_token`](ListBucketsOutput::continuation_token).
    pub fn set_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.continuation_token = value;
        self
    }
    /// Sets [`ListBucketsOutput::owner`](ListBucketsOutput::owner).
    pub fn owner(mut self, value: impl rt::Into<Owner>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsOutput::owner`](ListBucketsOutput::owner).
    pub fn set_owner(mut self, value: rt::Option<Owner>) -> Self {
        self.owner = value;
        self
    }
    /// Sets [`ListBucketsOutput::prefix`](ListBucketsOutput::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsOutput::prefix`](ListBucketsOutput::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListBucketsOutput {
        ListBucketsOutput {
            buckets: self.buckets,
            continuation_token: self.continuation_token,
            owner: self.owner,
            prefix: self.prefix,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListBucketsRequest {
    /// Limits the response to buckets that are located in the specified Amazon Web Services Region. The Amazon Web Services Region must be expressed according to the Amazon Web Services Region code, such as `us-west-2` for the US West (Oregon) Region. For a list of the valid values for all of the Amazon Web Services Regions, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    ///
    /// **Note:** Requests made to a Regional endpoint that is different from the `bucket-region` parameter are not supported. For example, if you want to limit the response to your buckets in Region `us-west-2`, the request must be made to an endpoint in Region `us-west-2`.
    pub bucket_region: rt::Option<rt::String>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this `ContinuationToken` for pagination of the list results.
    ///
    /// Length Constraints: Minimum length of 0. Maximum length of 1024.
    ///
    /// Required: No.
    ///
    /// **Note:** If you specify the `bucket-region`, `prefix`, or `continuation-token` query parameters without using `max-buckets` to set the maximum number of buckets returned in the response, Amazon S3 applies a default page size of 10,000 and provides a continuation token if there are more buckets.
    pub continuation_token: rt::Option<rt::String>,
    /// Maximum number of buckets to be returned in response. When the number is more than the count of buckets that are owned by an Amazon Web Services account, return all the buckets in response.
    pub max_buckets: rt::Option<i32>,
    /// Limits the response to bucket names that begin with the specified bucket name prefix.
    pub prefix: rt::Option<rt::String>,
}
impl ListBucketsRequest {
    /// A builder for this structure.
    pub fn builder() -> ListBucketsRequestBuilder {
        ListBucketsRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListBucketsRequest {
    /// [`bucket_region`](Self::bucket_region).
    pub fn bucket_region(&self) -> rt::Option<&str> {
        self.bucket_region.as_deref()
    }
    /// [`continuation_token`](Self::continuation_token).
    pub fn continuation_token(&self) -> rt::Option<&str> {
        self.continuation_token.as_deref()
    }
    /// [`max_buckets`](Self::max_buckets).
    pub fn max_buckets(&self) -> rt::Option<i32> {
        self.max_buckets
    }
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
}
/// Builds a [`ListBucketsRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListBucketsRequestBuilder {
    /// [`ListBucketsRequest::bucket_region`](ListBucketsRequest::bucket_region), if set.
    pub bucket_region: rt::Option<rt::String>,
    /// [`ListBucketsRequest::continuation_token`](ListBucketsRequest::continuation_token), if set.
    pub continuation_token: rt::Option<rt::String>,
    /// [`ListBucketsRequest::max_buckets`](ListBucketsRequest::max_buckets), if set.
    pub max_buckets: rt::Option<i32>,
    /// [`ListBucketsRequest::prefix`](ListBucketsRequest::prefix), if set.
    pub prefix: rt::Option<rt::String>,
}
impl ListBucketsRequestBuilder {
    /// Sets [`ListBucketsRequest::bucket_region`](ListBucketsRequest::bucket_region).
    pub fn bucket_region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket_region = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsRequest::bucket_region`](ListBucketsRequest::bucket_region).
    pub fn set_bucket_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket_region = value;
        self
    }
    /// Sets [`ListBucketsRequest::continuation_token`](ListBucketsRequest::continuation_token).
    pub fn continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.continuation_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsRequest::continuation_token`](ListBucketsRequest::continuation_token).
    pub fn set_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.continuation_token = value;
        self
    }
    /// Sets [`ListBucketsRequest::max_buckets`](ListBucketsRequest::max_buckets).
    pub fn max_buckets(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_buckets = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsRequest::max_buckets`](ListBucketsRequest::max_buckets).
    pub fn set_max_buckets(mut self, value: rt::Option<i32>) -> Self {
        self.max_buckets = value;
        self
    }
    /// Sets [`ListBucketsRequest::prefix`](ListBucketsRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ListBucketsRequest::prefix`](ListBucketsRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListBucketsRequest {
        ListBucketsRequest {
            bucket_region: self.bucket_region,
            continuation_token: self.continuation_token,
            max_buckets: self.max_buckets,
            prefix: self.prefix,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListObjectsV2Output {
    /// All of the keys (up to 1,000) that share the same prefix are grouped together. When counting the total numbers of returns by this API operation, this group of keys is considered as one item.
    ///
    /// A response can contain `CommonPrefixes` only if you specify a delimiter.
    ///
    /// `CommonPrefixes` contains all (if there are any) keys between `Prefix` and the next occurrence of the string specified by a delimiter.
    ///
    /// `CommonPrefixes` lists keys that act like subdirectories in the directory specified by `Prefix`.
    ///
    /// For example, if the prefix is `notes/` and the delimiter is a slash (`/`) as in `notes/summer/july`, the common prefix is `notes/summer/`. All of the keys that roll up into a common prefix count as a single return when calculating the number of returns.
    ///
    /// **Note:**
    /// - **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    /// - **Directory buckets ** - When you query `ListObjectsV2` with a delimiter during in-progress multipart uploads, the `CommonPrefixes` response parameter contains the prefixes that are associated with the in-progress multipart uploads. For more information about multipart uploads, see [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide*.
    pub common_prefixes: rt::Option<rt::Vec<CommonPrefix>>,
    /// Metadata about each object returned.
    pub contents: rt::Option<rt::Vec<Object>>,
    /// If `ContinuationToken` was sent with the request, it is included in the response. You can use the returned `ContinuationToken` for pagination of the list response. You can use this `ContinuationToken` for pagination of the list results.
    pub continuation_token: rt::Option<rt::String>,
    /// Causes keys that contain the same string between the `prefix` and the first occurrence of the delimiter to be rolled up into a single result element in the `CommonPrefixes` collection. These rolled-up keys are not returned elsewhere in the response. Each rolled-up result counts as only one return against the `MaxKeys` value.
    ///
    /// **Note:** **Directory buckets** - For directory buckets, `/` is the only supported delimiter.
    pub delimiter: rt::Option<rt::String>,
    /// Encoding type used by Amazon S3 to encode object key names in the XML response.
    ///
    /// If you specify the `encoding-type` request parameter, Amazon S3 includes this element in the response, and returns encoded key name values in the following response elements:
    ///
    /// `Delimiter, Prefix, Key,` and `StartAfter`.
    pub encoding_type: rt::Option<EncodingType>,
    /// Set to `false` if all of the results were returned. Set to `true` if more keys are available to return. If the number of results exceeds that specified by `MaxKeys`, all of the results might not be returned.
    pub is_truncated: rt::Option<bool>,
    /// `KeyCount` is the number of keys returned with this request. `KeyCount` will always be less than or equal to the `MaxKeys` field. For example, if you ask for 50 keys, your result will include 50 keys or fewer.
    pub key_count: rt::Option<i32>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more.
    pub max_keys: rt::Option<i32>,
    /// The bucket name.
    pub name: rt::Option<rt::String>,
    /// `NextContinuationToken` is sent when `isTruncated` is true, which means there are more keys in the bucket that can be listed. The next list requests to Amazon S3 can be continued with this `NextContinuationToken`. `NextContinuationToken` is obfuscated and is not a real key
    pub next_continuation_token: rt::Option<rt::String>,
    /// Keys that begin with the indicated prefix.
    ///
    /// **Note:** **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub prefix: rt::Option<rt::String>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If StartAfter was sent with the request, it is included in the response.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub start_after: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListObjectsV2Output {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListObjectsV2Output {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListObjectsV2Output {
    /// A builder for this structure.
    pub fn builder() -> ListObjectsV2OutputBuilder {
        ListObjectsV2OutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListObjectsV2Output {
    /// [`common_prefixes`](Self::common_prefixes), empty when unset.
    pub fn common_prefixes(&self) -> &[CommonPrefix] {
        self.common_prefixes.as_deref().unwrap_or_default()
    }
    /// [`contents`](Self::contents), empty when unset.
    pub fn contents(&self) -> &[Object] {
        self.contents.as_deref().unwrap_or_default()
    }
    /// [`continuation_token`](Self::continuation_token).
    pub fn continuation_token(&self) -> rt::Option<&str> {
        self.continuation_token.as_deref()
    }
    /// [`delimiter`](Self::delimiter).
    pub fn delimiter(&self) -> rt::Option<&str> {
        self.delimiter.as_deref()
    }
    /// [`encoding_type`](Self::encoding_type).
    pub fn encoding_type(&self) -> rt::Option<&EncodingType> {
        self.encoding_type.as_ref()
    }
    /// [`is_truncated`](Self::is_truncated).
    pub fn is_truncated(&self) -> rt::Option<bool> {
        self.is_truncated
    }
    /// [`key_count`](Self::key_count).
    pub fn key_count(&self) -> rt::Option<i32> {
        self.key_count
    }
    /// [`max_keys`](Self::max_keys).
    pub fn max_keys(&self) -> rt::Option<i32> {
        self.max_keys
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`next_continuation_token`](Self::next_continuation_token).
    pub fn next_continuation_token(&self) -> rt::Option<&str> {
        self.next_continuation_token.as_deref()
    }
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`start_after`](Self::start_after).
    pub fn start_after(&self) -> rt::Option<&str> {
        self.start_after.as_deref()
    }
}
/// Builds a [`ListObjectsV2Output`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListObjectsV2OutputBuilder {
    /// [`ListObjectsV2Output::common_prefixes`](ListObjectsV2Output::common_prefixes), if set.
    pub common_prefixes: rt::Option<rt::Vec<CommonPrefix>>,
    /// [`ListObjectsV2Output::contents`](ListObjectsV2Output::contents), if set.
    pub contents: rt::Option<rt::Vec<Object>>,
    /// [`ListObjectsV2Output::continuation_token`](ListObjectsV2Output::continuation_token), if set.
    pub continuation_token: rt::Option<rt::String>,
    /// [`ListObjectsV2Output::delimiter`](ListObjectsV2Output::delimiter), if set.
    pub delimiter: rt::Option<rt::String>,
    /// [`ListObjectsV2Output::encoding_type`](ListObjectsV2Output::encoding_type), if set.
    pub encoding_type: rt::Option<EncodingType>,
    /// [`ListObjectsV2Output::is_truncated`](ListObjectsV2Output::is_truncated), if set.
    pub is_truncated: rt::Option<bool>,
    /// [`ListObjectsV2Output::key_count`](ListObjectsV2Output::key_count), if set.
    pub key_count: rt::Option<i32>,
    /// [`ListObjectsV2Output::max_keys`](ListObjectsV2Output::max_keys), if set.
    pub max_keys: rt::Option<i32>,
    /// [`ListObjectsV2Output::name`](ListObjectsV2Output::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`ListObjectsV2Output::next_continuation_token`](ListObjectsV2Output::next_continuation_token), if set.
    pub next_continuation_token: rt::Option<rt::String>,
    /// [`ListObjectsV2Output::prefix`](ListObjectsV2Output::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`ListObjectsV2Output::request_charged`](ListObjectsV2Output::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`ListObjectsV2Output::start_after`](ListObjectsV2Output::start_after), if set.
    pub start_after: rt::Option<rt::String>,
}
impl ListObjectsV2OutputBuilder {
    /// Appends one element to [`ListObjectsV2Output::common_prefixes`](ListObjectsV2Output::common_prefixes).
    pub fn common_prefixes(mut self, value: impl rt::Into<CommonPrefix>) -> Self {
        self.common_prefixes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::common_prefixes`](ListObjectsV2Output::common_prefixes).
    pub fn set_common_prefixes(mut self, value: rt::Option<rt::Vec<CommonPrefix>>) -> Self {
        self.common_prefixes = value;
        self
    }
    /// Appends one element to [`ListObjectsV2Output::contents`](ListObjectsV2Output::contents).
    pub fn contents(mut self, value: impl rt::Into<Object>) -> Self {
        self.contents
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::contents`](ListObjectsV2Output::contents).
    pub fn set_contents(mut self, value: rt::Option<rt::Vec<Object>>) -> Self {
        self.contents = value;
        self
    }
    /// Sets [`ListObjectsV2Output::continuation_token`](ListObjectsV2Output::continuation_token).
    pub fn continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.continuation_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::continuation_token`](ListObjectsV2Output::continuation_token).
    pub fn set_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.continuation_token = value;
        self
    }
    /// Sets [`ListObjectsV2Output::delimiter`](ListObjectsV2Output::delimiter).
    pub fn delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::delimiter`](ListObjectsV2Output::delimiter).
    pub fn set_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.delimiter = value;
        self
    }
    /// Sets [`ListObjectsV2Output::encoding_type`](ListObjectsV2Output::encoding_type).
    pub fn encoding_type(mut self, value: impl rt::Into<EncodingType>) -> Self {
        self.encoding_type = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::encoding_type`](ListObjectsV2Output::encoding_type).
    pub fn set_encoding_type(mut self, value: rt::Option<EncodingType>) -> Self {
        self.encoding_type = value;
        self
    }
    /// Sets [`ListObjectsV2Output::is_truncated`](ListObjectsV2Output::is_truncated).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_truncated(mut self, value: impl rt::Into<bool>) -> Self {
        self.is_truncated = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::is_truncated`](ListObjectsV2Output::is_truncated).
    pub fn set_is_truncated(mut self, value: rt::Option<bool>) -> Self {
        self.is_truncated = value;
        self
    }
    /// Sets [`ListObjectsV2Output::key_count`](ListObjectsV2Output::key_count).
    pub fn key_count(mut self, value: impl rt::Into<i32>) -> Self {
        self.key_count = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::key_count`](ListObjectsV2Output::key_count).
    pub fn set_key_count(mut self, value: rt::Option<i32>) -> Self {
        self.key_count = value;
        self
    }
    /// Sets [`ListObjectsV2Output::max_keys`](ListObjectsV2Output::max_keys).
    pub fn max_keys(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_keys = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::max_keys`](ListObjectsV2Output::max_keys).
    pub fn set_max_keys(mut self, value: rt::Option<i32>) -> Self {
        self.max_keys = value;
        self
    }
    /// Sets [`ListObjectsV2Output::name`](ListObjectsV2Output::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::name`](ListObjectsV2Output::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`ListObjectsV2Output::next_continuation_token`](ListObjectsV2Output::next_continuation_token).
    pub fn next_continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_continuation_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::next_continuation_token`](ListObjectsV2Output::next_continuation_token).
    pub fn set_next_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_continuation_token = value;
        self
    }
    /// Sets [`ListObjectsV2Output::prefix`](ListObjectsV2Output::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::prefix`](ListObjectsV2Output::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Sets [`ListObjectsV2Output::request_charged`](ListObjectsV2Output::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::request_charged`](ListObjectsV2Output::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`ListObjectsV2Output::start_after`](ListObjectsV2Output::start_after).
    pub fn start_after(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.start_after = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Output::start_after`](ListObjectsV2Output::start_after).
    pub fn set_start_after(mut self, value: rt::Option<rt::String>) -> Self {
        self.start_after = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListObjectsV2Output {
        ListObjectsV2Output {
            common_prefixes: self.common_prefixes,
            contents: self.contents,
            continuation_token: self.continuation_token,
            delimiter: self.delimiter,
            encoding_type: self.encoding_type,
            is_truncated: self.is_truncated,
            key_count: self.key_count,
            max_keys: self.max_keys,
            name: self.name,
            next_continuation_token: self.next_continuation_token,
            prefix: self.prefix,
            request_charged: self.request_charged,
            start_after: self.start_after,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListObjectsV2Request {
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this `ContinuationToken` for pagination of the list results.
    pub continuation_token: rt::Option<rt::String>,
    /// A delimiter is a character that you use to group keys.
    ///
    /// **Note:**
    /// - **Directory buckets** - For directory buckets, `/` is the only supported delimiter.
    /// - **Directory buckets ** - When you query `ListObjectsV2` with a delimiter during in-progress multipart uploads, the `CommonPrefixes` response parameter contains the prefixes that are associated with the in-progress multipart uploads. For more information about multipart uploads, see [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide*.
    pub delimiter: rt::Option<rt::String>,
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// **Note:** When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test_file(3).png` will appear as `test_file%283%29.png`.
    pub encoding_type: rt::Option<EncodingType>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// The owner field is not present in `ListObjectsV2` by default. If you want to return the owner field with each key in the result, then set the `FetchOwner` field to `true`.
    ///
    /// **Note:** **Directory buckets** - For directory buckets, the bucket owner is returned as the object owner for all objects.
    pub fetch_owner: rt::Option<bool>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more.
    pub max_keys: rt::Option<i32>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not specify are not returned.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub optional_object_attributes: rt::Option<rt::Vec<OptionalObjectAttributes>>,
    /// Limits the response to keys that begin with the specified prefix.
    ///
    /// **Note:** **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub prefix: rt::Option<rt::String>,
    /// Confirms that the requester knows that she or he will be charged for the list objects request in V2 style. Bucket owners need not specify this parameter in their requests.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub request_payer: rt::Option<RequestPayer>,
    /// StartAfter is where you want Amazon S3 to start listing from. Amazon S3 starts listing after this specified key. StartAfter can be any key in the bucket.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub start_after: rt::Option<rt::String>,
}
impl ListObjectsV2Request {
    /// A builder for this structure.
    pub fn builder() -> ListObjectsV2RequestBuilder {
        ListObjectsV2RequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListObjectsV2Request {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`continuation_token`](Self::continuation_token).
    pub fn continuation_token(&self) -> rt::Option<&str> {
        self.continuation_token.as_deref()
    }
    /// [`delimiter`](Self::delimiter).
    pub fn delimiter(&self) -> rt::Option<&str> {
        self.delimiter.as_deref()
    }
    /// [`encoding_type`](Self::encoding_type).
    pub fn encoding_type(&self) -> rt::Option<&EncodingType> {
        self.encoding_type.as_ref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`fetch_owner`](Self::fetch_owner).
    pub fn fetch_owner(&self) -> rt::Option<bool> {
        self.fetch_owner
    }
    /// [`max_keys`](Self::max_keys).
    pub fn max_keys(&self) -> rt::Option<i32> {
        self.max_keys
    }
    /// [`optional_object_attributes`](Self::optional_object_attributes), empty when unset.
    pub fn optional_object_attributes(&self) -> &[OptionalObjectAttributes] {
        self.optional_object_attributes
            .as_deref()
            .unwrap_or_default()
    }
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`start_after`](Self::start_after).
    pub fn start_after(&self) -> rt::Option<&str> {
        self.start_after.as_deref()
    }
}
/// Builds a [`ListObjectsV2Request`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListObjectsV2RequestBuilder {
    /// [`ListObjectsV2Request::bucket`](ListObjectsV2Request::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`ListObjectsV2Request::continuation_token`](ListObjectsV2Request::continuation_token), if set.
    pub continuation_token: rt::Option<rt::String>,
    /// [`ListObjectsV2Request::delimiter`](ListObjectsV2Request::delimiter), if set.
    pub delimiter: rt::Option<rt::String>,
    /// [`ListObjectsV2Request::encoding_type`](ListObjectsV2Request::encoding_type), if set.
    pub encoding_type: rt::Option<EncodingType>,
    /// [`ListObjectsV2Request::expected_bucket_owner`](ListObjectsV2Request::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`ListObjectsV2Request::fetch_owner`](ListObjectsV2Request::fetch_owner), if set.
    pub fetch_owner: rt::Option<bool>,
    /// [`ListObjectsV2Request::max_keys`](ListObjectsV2Request::max_keys), if set.
    pub max_keys: rt::Option<i32>,
    /// [`ListObjectsV2Request::optional_object_attributes`](ListObjectsV2Request::optional_object_attributes), if set.
    pub optional_object_attributes: rt::Option<rt::Vec<OptionalObjectAttributes>>,
    /// [`ListObjectsV2Request::prefix`](ListObjectsV2Request::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`ListObjectsV2Request::request_payer`](ListObjectsV2Request::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`ListObjectsV2Request::start_after`](ListObjectsV2Request::start_after), if set.
    pub start_after: rt::Option<rt::String>,
}
impl ListObjectsV2RequestBuilder {
    /// Sets [`ListObjectsV2Request::bucket`](ListObjectsV2Request::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::bucket`](ListObjectsV2Request::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`ListObjectsV2Request::continuation_token`](ListObjectsV2Request::continuation_token).
    pub fn continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.continuation_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::continuation_token`](ListObjectsV2Request::continuation_token).
    pub fn set_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.continuation_token = value;
        self
    }
    /// Sets [`ListObjectsV2Request::delimiter`](ListObjectsV2Request::delimiter).
    pub fn delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::delimiter`](ListObjectsV2Request::delimiter).
    pub fn set_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.delimiter = value;
        self
    }
    /// Sets [`ListObjectsV2Request::encoding_type`](ListObjectsV2Request::encoding_type).
    pub fn encoding_type(mut self, value: impl rt::Into<EncodingType>) -> Self {
        self.encoding_type = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::encoding_type`](ListObjectsV2Request::encoding_type).
    pub fn set_encoding_type(mut self, value: rt::Option<EncodingType>) -> Self {
        self.encoding_type = value;
        self
    }
    /// Sets [`ListObjectsV2Request::expected_bucket_owner`](ListObjectsV2Request::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::expected_bucket_owner`](ListObjectsV2Request::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`ListObjectsV2Request::fetch_owner`](ListObjectsV2Request::fetch_owner).
    pub fn fetch_owner(mut self, value: impl rt::Into<bool>) -> Self {
        self.fetch_owner = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::fetch_owner`](ListObjectsV2Request::fetch_owner).
    pub fn set_fetch_owner(mut self, value: rt::Option<bool>) -> Self {
        self.fetch_owner = value;
        self
    }
    /// Sets [`ListObjectsV2Request::max_keys`](ListObjectsV2Request::max_keys).
    pub fn max_keys(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_keys = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::max_keys`](ListObjectsV2Request::max_keys).
    pub fn set_max_keys(mut self, value: rt::Option<i32>) -> Self {
        self.max_keys = value;
        self
    }
    /// Appends one element to [`ListObjectsV2Request::optional_object_attributes`](ListObjectsV2Request::optional_object_attributes).
    pub fn optional_object_attributes(
        mut self,
        value: impl rt::Into<OptionalObjectAttributes>,
    ) -> Self {
        self.optional_object_attributes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::optional_object_attributes`](ListObjectsV2Request::optional_object_attributes).
    pub fn set_optional_object_attributes(
        mut self,
        value: rt::Option<rt::Vec<OptionalObjectAttributes>>,
    ) -> Self {
        self.optional_object_attributes = value;
        self
    }
    /// Sets [`ListObjectsV2Request::prefix`](ListObjectsV2Request::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::prefix`](ListObjectsV2Request::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Sets [`ListObjectsV2Request::request_payer`](ListObjectsV2Request::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::request_payer`](ListObjectsV2Request::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`ListObjectsV2Request::start_after`](ListObjectsV2Request::start_after).
    pub fn start_after(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.start_after = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsV2Request::start_after`](ListObjectsV2Request::start_after).
    pub fn set_start_after(mut self, value: rt::Option<rt::String>) -> Self {
        self.start_after = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListObjectsV2Request, rt::BuildError> {
        Ok(ListObjectsV2Request {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "ListObjectsV2Request",
                member: "Bucket",
            })?,
            continuation_token: self.continuation_token,
            delimiter: self.delimiter,
            encoding_type: self.encoding_type,
            expected_bucket_owner: self.expected_bucket_owner,
            fetch_owner: self.fetch_owner,
            max_keys: self.max_keys,
            optional_object_attributes: self.optional_object_attributes,
            prefix: self.prefix,
            request_payer: self.request_payer,
            start_after: self.start_after,
        })
    }
}
/// Specifies the location where the bucket will be created.
///
/// For directory buckets, the location type is Availability Zone or Local Zone. For more information about directory buckets, see [Working with directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html) in the *Amazon S3 User Guide*.
///
/// **Note:** This functionality is only supported by directory buckets.
#[derive(Clone, Debug, PartialEq)]
pub struct LocationInfo {
    /// The name of the location where the bucket will be created.
    ///
    /// For directory buckets, the name of the location is the Zone ID of the Availability Zone (AZ) or Local Zone (LZ) where the bucket will be created. An example AZ ID value is `usw2-az1`.
    pub name: rt::Option<rt::String>,
    /// The type of location where the bucket will be created.
    pub r#type: rt::Option<LocationType>,
}
impl LocationInfo {
    /// A builder for this structure.
    pub fn builder() -> LocationInfoBuilder {
        LocationInfoBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LocationInfo {
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> rt::Option<&LocationType> {
        self.r#type.as_ref()
    }
}
/// Builds a [`LocationInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocationInfoBuilder {
    /// [`LocationInfo::name`](LocationInfo::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`LocationInfo::r#type`](LocationInfo::r#type), if set.
    pub r#type: rt::Option<LocationType>,
}
impl LocationInfoBuilder {
    /// Sets [`LocationInfo::name`](LocationInfo::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`LocationInfo::name`](LocationInfo::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`LocationInfo::r#type`](LocationInfo::r#type).
    pub fn r#type(mut self, value: impl rt::Into<LocationType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`LocationInfo::r#type`](LocationInfo::r#type).
    pub fn set_type(mut self, value: rt::Option<LocationType>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LocationInfo {
        LocationInfo {
            name: self.name,
            r#type: self.r#type,
        }
    }
}
/// An object consists of data and its descriptive metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: rt::Option<rt::Vec<ChecksumAlgorithm>>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: rt::Option<ChecksumType>,
    /// The entity tag is a hash of the object. The ETag reflects changes only to the contents of an object, not its metadata. The ETag may or may not be an MD5 digest of the object data. Whether or not it is depends on how the object was created and how it is encrypted as described below:
    ///
    /// - Objects created by the PUT Object, POST Object, or Copy operation, or through the Amazon Web Services Management Console, and are encrypted by SSE-S3 or plaintext, have ETags that are an MD5 digest of their object data.
    /// - Objects created by the PUT Object, POST Object, or Copy operation, or through the Amazon Web Services Management Console, and are encrypted by SSE-C or SSE-KMS, have ETags that are not an MD5 digest of their object data.
    /// - If an object is created by either the Multipart Upload or Part Copy operation, the ETag is not an MD5 digest, regardless of the method of encryption. If an object is larger than 16 MB, the Amazon Web Services Management Console will upload or copy that object as a Multipart Upload, and therefore the ETag will not be an MD5 digest.
    ///
    /// **Note:** **Directory buckets** - MD5 is not supported by directory buckets.
    pub e_tag: rt::Option<rt::String>,
    /// The name that you assign to an object. You use the object key to retrieve the object.
    pub key: rt::Option<rt::String>,
    /// Creation date of the object.
    pub last_modified: rt::Option<rt::DateTime>,
    /// The owner of the object
    ///
    /// **Note:** **Directory buckets** - The bucket owner is returned as the object owner.
    pub owner: rt::Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be restored before they can be retrieved. For more information about these storage classes and how to work with archived objects, see [ Working with archived objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets. Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
    pub restore_status: rt::Option<RestoreStatus>,
    /// Size in bytes of the object
    pub size: rt::Option<i64>,
    /// The class of storage used to store the object.
    ///
    /// **Note:** **Directory buckets** - Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
    pub storage_class: rt::Option<ObjectStorageClass>,
}
impl Object {
    /// A builder for this structure.
    pub fn builder() -> ObjectBuilder {
        ObjectBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Object {
    /// [`checksum_algorithm`](Self::checksum_algorithm), empty when unset.
    pub fn checksum_algorithm(&self) -> &[ChecksumAlgorithm] {
        self.checksum_algorithm.as_deref().unwrap_or_default()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> rt::Option<&str> {
        self.key.as_deref()
    }
    /// [`last_modified`](Self::last_modified).
    pub fn last_modified(&self) -> rt::Option<&rt::DateTime> {
        self.last_modified.as_ref()
    }
    /// [`owner`](Self::owner).
    pub fn owner(&self) -> rt::Option<&Owner> {
        self.owner.as_ref()
    }
    /// [`restore_status`](Self::restore_status).
    pub fn restore_status(&self) -> rt::Option<&RestoreStatus> {
        self.restore_status.as_ref()
    }
    /// [`size`](Self::size).
    pub fn size(&self) -> rt::Option<i64> {
        self.size
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&ObjectStorageClass> {
        self.storage_class.as_ref()
    }
}
/// Builds a [`Object`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectBuilder {
    /// [`Object::checksum_algorithm`](Object::checksum_algorithm), if set.
    pub checksum_algorithm: rt::Option<rt::Vec<ChecksumAlgorithm>>,
    /// [`Object::checksum_type`](Object::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`Object::e_tag`](Object::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`Object::key`](Object::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`Object::last_modified`](Object::last_modified), if set.
    pub last_modified: rt::Option<rt::DateTime>,
    /// [`Object::owner`](Object::owner), if set.
    pub owner: rt::Option<Owner>,
    /// [`Object::restore_status`](Object::restore_status), if set.
    pub restore_status: rt::Option<RestoreStatus>,
    /// [`Object::size`](Object::size), if set.
    pub size: rt::Option<i64>,
    /// [`Object::storage_class`](Object::storage_class), if set.
    pub storage_class: rt::Option<ObjectStorageClass>,
}
impl ObjectBuilder {
    /// Appends one element to [`Object::checksum_algorithm`](Object::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Object::checksum_algorithm`](Object::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<rt::Vec<ChecksumAlgorithm>>) -> Self {
        self.checksum_algorithm = value;
        self
    }
    /// Sets [`Object::checksum_type`](Object::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`Object::checksum_type`](Object::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`Object::e_tag`](Object::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`Object::e_tag`](Object::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`Object::key`](Object::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`Object::key`](Object::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`Object::last_modified`](Object::last_modified).
    pub fn last_modified(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_modified = Some(value.into());
        self
    }
    /// Sets or clears [`Object::last_modified`](Object::last_modified).
    pub fn set_last_modified(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_modified = value;
        self
    }
    /// Sets [`Object::owner`](Object::owner).
    pub fn owner(mut self, value: impl rt::Into<Owner>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets or clears [`Object::owner`](Object::owner).
    pub fn set_owner(mut self, value: rt::Option<Owner>) -> Self {
        self.owner = value;
        self
    }
    /// Sets [`Object::restore_status`](Object::restore_status).
    pub fn restore_status(mut self, value: impl rt::Into<RestoreStatus>) -> Self {
        self.restore_status = Some(value.into());
        self
    }
    /// Sets or clears [`Object::restore_status`](Object::restore_status).
    pub fn set_restore_status(mut self, value: rt::Option<RestoreStatus>) -> Self {
        self.restore_status = value;
        self
    }
    /// Sets [`Object::size`](Object::size).
    pub fn size(mut self, value: impl rt::Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears [`Object::size`](Object::size).
    pub fn set_size(mut self, value: rt::Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// Sets [`Object::storage_class`](Object::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<ObjectStorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`Object::storage_class`](Object::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<ObjectStorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Object {
        Object {
            checksum_algorithm: self.checksum_algorithm,
            checksum_type: self.checksum_type,
            e_tag: self.e_tag,
            key: self.key,
            last_modified: self.last_modified,
            owner: self.owner,
            restore_status: self.restore_status,
            size: self.size,
            storage_class: self.storage_class,
        }
    }
}
/// Describes how results of the Select job are serialized.
#[derive(Clone, Debug, PartialEq)]
pub struct OutputSerialization {
    /// Describes the serialization of CSV-encoded Select results.
    pub csv: rt::Option<CsvOutput>,
    /// Specifies JSON as request's output serialization format.
    pub json: rt::Option<JsonOutput>,
}
impl OutputSerialization {
    /// A builder for this structure.
    pub fn builder() -> OutputSerializationBuilder {
        OutputSerializationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl OutputSerialization {
    /// [`csv`](Self::csv).
    pub fn csv(&self) -> rt::Option<&CsvOutput> {
        self.csv.as_ref()
    }
    /// [`json`](Self::json).
    pub fn json(&self) -> rt::Option<&JsonOutput> {
        self.json.as_ref()
    }
}
/// Builds a [`OutputSerialization`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutputSerializationBuilder {
    /// [`OutputSerialization::csv`](OutputSerialization::csv), if set.
    pub csv: rt::Option<CsvOutput>,
    /// [`OutputSerialization::json`](OutputSerialization::json), if set.
    pub json: rt::Option<JsonOutput>,
}
impl OutputSerializationBuilder {
    /// Sets [`OutputSerialization::csv`](OutputSerialization::csv).
    pub fn csv(mut self, value: impl rt::Into<CsvOutput>) -> Self {
        self.csv = Some(value.into());
        self
    }
    /// Sets or clears [`OutputSerialization::csv`](OutputSerialization::csv).
    pub fn set_csv(mut self, value: rt::Option<CsvOutput>) -> Self {
        self.csv = value;
        self
    }
    /// Sets [`OutputSerialization::json`](OutputSerialization::json).
    pub fn json(mut self, value: impl rt::Into<JsonOutput>) -> Self {
        self.json = Some(value.into());
        self
    }
    /// Sets or clears [`OutputSerialization::json`](OutputSerialization::json).
    pub fn set_json(mut self, value: rt::Option<JsonOutput>) -> Self {
        self.json = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> OutputSerialization {
        OutputSerialization {
            csv: self.csv,
            json: self.json,
        }
    }
}
/// Container for the owner's display name and ID.
#[derive(Clone, Debug, PartialEq)]
pub struct Owner {
    /// Container for the display name of the owner. This value is only supported in the following Amazon Web Services Regions:
    ///
    /// - US East (N. Virginia)
    /// - US West (N. California)
    /// - US West (Oregon)
    /// - Asia Pacific (Singapore)
    /// - Asia Pacific (Sydney)
    /// - Asia Pacific (Tokyo)
    /// - Europe (Ireland)
    /// - South America (São Paulo)
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub display_name: rt::Option<rt::String>,
    /// Container for the ID of the owner.
    pub id: rt::Option<rt::String>,
}
impl Owner {
    /// A builder for this structure.
    pub fn builder() -> OwnerBuilder {
        OwnerBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Owner {
    /// [`display_name`](Self::display_name).
    pub fn display_name(&self) -> rt::Option<&str> {
        self.display_name.as_deref()
    }
    /// [`id`](Self::id).
    pub fn id(&self) -> rt::Option<&str> {
        self.id.as_deref()
    }
}
/// Builds a [`Owner`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OwnerBuilder {
    /// [`Owner::display_name`](Owner::display_name), if set.
    pub display_name: rt::Option<rt::String>,
    /// [`Owner::id`](Owner::id), if set.
    pub id: rt::Option<rt::String>,
}
impl OwnerBuilder {
    /// Sets [`Owner::display_name`](Owner::display_name).
    pub fn display_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets or clears [`Owner::display_name`](Owner::display_name).
    pub fn set_display_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.display_name = value;
        self
    }
    /// Sets [`Owner::id`](Owner::id).
    pub fn id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets or clears [`Owner::id`](Owner::id).
    pub fn set_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Owner {
        Owner {
            display_name: self.display_name,
            id: self.id,
        }
    }
}
/// Container for Parquet.
#[derive(Clone, Debug, PartialEq)]
pub struct ParquetInput {}
impl ParquetInput {
    /// A builder for this structure.
    pub fn builder() -> ParquetInputBuilder {
        ParquetInputBuilder::default()
    }
}
/// Builds a [`ParquetInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParquetInputBuilder {}
impl ParquetInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> ParquetInput {
        ParquetInput {}
    }
}
/// This data type contains information about progress of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The current number of uncompressed object bytes processed.
    pub bytes_processed: rt::Option<i64>,
    /// The current number of bytes of records payload data returned.
    pub bytes_returned: rt::Option<i64>,
    /// The current number of object bytes scanned.
    pub bytes_scanned: rt::Option<i64>,
}
impl Progress {
    /// A builder for this structure.
    pub fn builder() -> ProgressBuilder {
        ProgressBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Progress {
    /// [`bytes_processed`](Self::bytes_processed).
    pub fn bytes_processed(&self) -> rt::Option<i64> {
        self.bytes_processed
    }
    /// [`bytes_returned`](Self::bytes_returned).
    pub fn bytes_returned(&self) -> rt::Option<i64> {
        self.bytes_returned
    }
    /// [`bytes_scanned`](Self::bytes_scanned).
    pub fn bytes_scanned(&self) -> rt::Option<i64> {
        self.bytes_scanned
    }
}
/// Builds a [`Progress`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgressBuilder {
    /// [`Progress::bytes_processed`](Progress::bytes_processed), if set.
    pub bytes_processed: rt::Option<i64>,
    /// [`Progress::bytes_returned`](Progress::bytes_returned), if set.
    pub bytes_returned: rt::Option<i64>,
    /// [`Progress::bytes_scanned`](Progress::bytes_scanned), if set.
    pub bytes_scanned: rt::Option<i64>,
}
impl ProgressBuilder {
    /// Sets [`Progress::bytes_processed`](Progress::bytes_processed).
    pub fn bytes_processed(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes_processed = Some(value.into());
        self
    }
    /// Sets or clears [`Progress::bytes_processed`](Progress::bytes_processed).
    pub fn set_bytes_processed(mut self, value: rt::Option<i64>) -> Self {
        self.bytes_processed = value;
        self
    }
    /// Sets [`Progress::bytes_returned`](Progress::bytes_returned).
    pub fn bytes_returned(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes_returned = Some(value.into());
        self
    }
    /// Sets or clears [`Progress::bytes_returned`](Progress::bytes_returned).
    pub fn set_bytes_returned(mut self, value: rt::Option<i64>) -> Self {
        self.bytes_returned = value;
        self
    }
    /// Sets [`Progress::bytes_scanned`](Progress::bytes_scanned).
    pub fn bytes_scanned(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes_scanned = Some(value.into());
        self
    }
    /// Sets or clears [`Progress::bytes_scanned`](Progress::bytes_scanned).
    pub fn set_bytes_scanned(mut self, value: rt::Option<i64>) -> Self {
        self.bytes_scanned = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Progress {
        Progress {
            bytes_processed: self.bytes_processed,
            bytes_returned: self.bytes_returned,
            bytes_scanned: self.bytes_scanned,
        }
    }
}
/// This data type contains information about the progress event of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressEvent {
    /// The Progress event details.
    pub details: rt::Option<Progress>,
}
impl ProgressEvent {
    /// A builder for this structure.
    pub fn builder() -> ProgressEventBuilder {
        ProgressEventBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ProgressEvent {
    /// [`details`](Self::details).
    pub fn details(&self) -> rt::Option<&Progress> {
        self.details.as_ref()
    }
}
/// Builds a [`ProgressEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgressEventBuilder {
    /// [`ProgressEvent::details`](ProgressEvent::details), if set.
    pub details: rt::Option<Progress>,
}
impl ProgressEventBuilder {
    /// Sets [`ProgressEvent::details`](ProgressEvent::details).
    pub fn details(mut self, value: impl rt::Into<Progress>) -> Self {
        self.details = Some(value.into());
        self
    }
    /// Sets or clears [`ProgressEvent::details`](ProgressEvent::details).
    pub fn set_details(mut self, value: rt::Option<Progress>) -> Self {
        self.details = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ProgressEvent {
        ProgressEvent {
            details: self.details,
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct PutObjectOutput {
    /// Indicates whether the uploaded object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This header is present if the object was uploaded with the `CRC64NVME` checksum algorithm, or if it was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information about how checksums are calculated with multipart uploads, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// This header specifies the checksum type of the object, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. For `PutObject` uploads, the checksum type is always `FULL_OBJECT`. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum that was specified. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: rt::Option<ChecksumType>,
    /// Entity tag for the uploaded object.
    ///
    /// **General purpose buckets ** - To ensure that data is not corrupted traversing the network, for objects where the ETag is the MD5 digest of the object, you can calculate the MD5 while putting an object to Amazon S3 and compare the returned ETag to the calculated MD5 value.
    ///
    /// **Directory buckets ** - The ETag for the object in a directory bucket isn't the MD5 digest of the object.
    pub e_tag: rt::Option<rt::String>,
    /// If the expiration is configured for the object (see [PutBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)) in the *Amazon S3 User Guide*, the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs that provide information about object expiration. The value of the `rule-id` is URL-encoded.
    ///
    /// **Note:** Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: rt::Option<rt::String>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// The size of the object in bytes. This value is only be present if you append to an object.
    ///
    /// **Note:** This functionality is only supported for objects in the Amazon S3 Express One Zone storage class in directory buckets.
    pub size: rt::Option<i64>,
    /// Version ID of the object.
    ///
    /// If you enable versioning for a bucket, Amazon S3 automatically generates a unique version ID for the object being stored. Amazon S3 returns this ID in the response. When you enable versioning for a bucket, if Amazon S3 receives multiple write requests for the same object simultaneously, it stores all of the objects. For more information about versioning, see [Adding Objects to Versioning-Enabled Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/AddingObjectstoVersioningEnabledBuckets.html) in the *Amazon S3 User Guide*. For information about returning the versioning state of a bucket, see [GetBucketVersioning](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub version_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> PutObjectOutputBuilder {
        PutObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutObjectOutput {
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`checksum_type`](Self::checksum_type).
    pub fn checksum_type(&self) -> rt::Option<&ChecksumType> {
        self.checksum_type.as_ref()
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`expiration`](Self::expiration).
    pub fn expiration(&self) -> rt::Option<&str> {
        self.expiration.as_deref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_encryption_context`](Self::ssekms_encryption_context).
    pub fn ssekms_encryption_context(&self) -> rt::Option<&str> {
        self.ssekms_encryption_context.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`size`](Self::size).
    pub fn size(&self) -> rt::Option<i64> {
        self.size
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`PutObjectOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectOutputBuilder {
    /// [`PutObjectOutput::bucket_key_enabled`](PutObjectOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`PutObjectOutput::checksum_crc32`](PutObjectOutput::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`PutObjectOutput::checksum_crc32c`](PutObjectOutput::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`PutObjectOutput::checksum_crc64nvme`](PutObjectOutput::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`PutObjectOutput::checksum_sha1`](PutObjectOutput::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`PutObjectOutput::checksum_sha256`](PutObjectOutput::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`PutObjectOutput::checksum_type`](PutObjectOutput::checksum_type), if set.
    pub checksum_type: rt::Option<ChecksumType>,
    /// [`PutObjectOutput::e_tag`](PutObjectOutput::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`PutObjectOutput::expiration`](PutObjectOutput::expiration), if set.
    pub expiration: rt::Option<rt::String>,
    /// [`PutObjectOutput::request_charged`](PutObjectOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`PutObjectOutput::sse_customer_algorithm`](PutObjectOutput::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`PutObjectOutput::sse_customer_key_md5`](PutObjectOutput::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`PutObjectOutput::ssekms_encryption_context`](PutObjectOutput::ssekms_encryption_context), if set.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// [`PutObjectOutput::ssekms_key_id`](PutObjectOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`PutObjectOutput::server_side_encryption`](PutObjectOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`PutObjectOutput::size`](PutObjectOutput::size), if set.
    pub size: rt::Option<i64>,
    /// [`PutObjectOutput::version_id`](PutObjectOutput::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl PutObjectOutputBuilder {
    /// Sets [`PutObjectOutput::bucket_key_enabled`](PutObjectOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::bucket_key_enabled`](PutObjectOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`PutObjectOutput::checksum_crc32`](PutObjectOutput::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::checksum_crc32`](PutObjectOutput::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`PutObjectOutput::checksum_crc32c`](PutObjectOutput::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::checksum_crc32c`](PutObjectOutput::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`PutObjectOutput::checksum_crc64nvme`](PutObjectOutput::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::checksum_crc64nvme`](PutObjectOutput::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`PutObjectOutput::checksum_sha1`](PutObjectOutput::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::checksum_sha1`](PutObjectOutput::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`PutObjectOutput::checksum_sha256`](PutObjectOutput::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::checksum_sha256`](PutObjectOutput::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`PutObjectOutput::checksum_type`](PutObjectOutput::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.checksum_type = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::checksum_type`](PutObjectOutput::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.checksum_type = value;
        self
    }
    /// Sets [`PutObjectOutput::e_tag`](PutObjectOutput::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::e_tag`](PutObjectOutput::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`PutObjectOutput::expiration`](PutObjectOutput::expiration).
    pub fn expiration(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::expiration`](PutObjectOutput::expiration).
    pub fn set_expiration(mut self, value: rt::Option<rt::String>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`PutObjectOutput::request_charged`](PutObjectOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::request_charged`](PutObjectOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`PutObjectOutput::sse_customer_algorithm`](PutObjectOutput::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::sse_customer_algorithm`](PutObjectOutput::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`PutObjectOutput::sse_customer_key_md5`](PutObjectOutput::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::sse_customer_key_md5`](PutObjectOutput::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`PutObjectOutput::ssekms_encryption_context`](PutObjectOutput::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_encryption_context = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::ssekms_encryption_context`](PutObjectOutput::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_encryption_context = value;
        self
    }
    /// Sets [`PutObjectOutput::ssekms_key_id`](PutObjectOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::ssekms_key_id`](PutObjectOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`PutObjectOutput::server_side_encryption`](PutObjectOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::server_side_encryption`](PutObjectOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`PutObjectOutput::size`](PutObjectOutput::size).
    pub fn size(mut self, value: impl rt::Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::size`](PutObjectOutput::size).
    pub fn set_size(mut self, value: rt::Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// Sets [`PutObjectOutput::version_id`](PutObjectOutput::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::version_id`](PutObjectOutput::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutObjectOutput {
        PutObjectOutput {
            bucket_key_enabled: self.bucket_key_enabled,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            checksum_type: self.checksum_type,
            e_tag: self.e_tag,
            expiration: self.expiration,
            request_charged: self.request_charged,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_encryption_context: self.ssekms_encryption_context,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            size: self.size,
            version_id: self.version_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for PutObjectOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutObjectOutput")
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("Size", &self.size)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
impl ::std::fmt::Debug for PutObjectOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutObjectOutputBuilder")
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ChecksumType", &self.checksum_type)
            .field("ETag", &self.e_tag)
            .field("Expiration", &self.expiration)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("Size", &self.size)
            .field("VersionId", &self.version_id)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct PutObjectRequest {
    /// The canned ACL to apply to the object. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the *Amazon S3 User Guide*.
    ///
    /// When adding a new object, you can use headers to grant ACL-based permissions to individual Amazon Web Services accounts or to predefined groups defined by Amazon S3. These permissions are then added to the ACL on the object. By default, all objects are private. Only the owner has full access control. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) and [Managing ACLs Using the REST API](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-using-rest-api.html) in the *Amazon S3 User Guide*.
    ///
    /// If the bucket that you're uploading objects to uses the bucket owner enforced setting for S3 Object Ownership, ACLs are disabled and no longer affect permissions. Buckets that use this setting only accept PUT requests that don't specify an ACL or PUT requests that specify bucket owner full control ACLs, such as the `bucket-owner-full-control` canned ACL or an equivalent form of this ACL expressed in the XML format. PUT requests that contain other ACLs (for example, custom grants to certain Amazon Web Services accounts) fail and return a `400` error with the error code `AccessControlListNotSupported`. For more information, see [ Controlling ownership of objects and disabling ACLs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub acl: rt::Option<ObjectCannedAcl>,
    /// Object data.
    pub body: rt::ByteStream,
    /// The bucket name to which the PUT action was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    ///
    /// **General purpose buckets** - Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. Also, specifying this header with a PUT action doesn't affect bucket-level settings for S3 Bucket Key.
    ///
    /// **Directory buckets** - S3 Bucket Keys are always enabled for `GET` and `PUT` operations in a directory bucket and can’t be disabled. S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html), [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html), [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), or [the import jobs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: rt::Option<bool>,
    /// Can be used to specify caching behavior along the request/reply chain. For more information, see [http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9).
    pub cache_control: rt::Option<rt::String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum-algorithm` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    ///
    /// For the `x-amz-checksum-algorithm` header, replace ` algorithm` with the supported algorithm from the following list:
    ///
    /// - `CRC32`
    /// - `CRC32C`
    /// - `CRC64NVME`
    /// - `SHA1`
    /// - `SHA256`
    ///
    /// For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If the individual checksum value you provide through `x-amz-checksum-algorithm` doesn't match the checksum algorithm you set through `x-amz-sdk-checksum-algorithm`, Amazon S3 fails the request with a `BadDigest` error.
    ///
    /// **Note:** The `Content-MD5` or `x-amz-sdk-checksum-algorithm` header is required for any request to upload an object with a retention period configured using Amazon S3 Object Lock. For more information, see [Uploading objects to an Object Lock enabled bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html#object-lock-put-object) in the *Amazon S3 User Guide*.
    ///
    /// For directory buckets, when you use Amazon Web Services SDKs, `CRC32` is the default checksum algorithm that's used for performance.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// Specifies presentational information for the object. For more information, see [https://www.rfc-editor.org/rfc/rfc6266#section-4](https://www.rfc-editor.org/rfc/rfc6266#section-4).
    pub content_disposition: rt::Option<rt::String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding](https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding).
    pub content_encoding: rt::Option<rt::String>,
    /// The language the content is in.
    pub content_language: rt::Option<rt::String>,
    /// Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length).
    pub content_length: rt::Option<i64>,
    /// The Base64 encoded 128-bit `MD5` digest of the message (without the headers) according to RFC 1864. This header can be used as a message integrity check to verify that the data is the same data that was originally sent. Although it is optional, we recommend using the Content-MD5 mechanism as an end-to-end integrity check. For more information about REST request authentication, see [REST Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html).
    ///
    /// **Note:** The `Content-MD5` or `x-amz-sdk-checksum-algorithm` header is required for any request to upload an object with a retention period configured using Amazon S3 Object Lock. For more information, see [Uploading objects to an Object Lock enabled bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html#object-lock-put-object) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub content_md5: rt::Option<rt::String>,
    /// A standard MIME type describing the format of the contents. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type).
    pub content_type: rt::Option<rt::String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// The date and time at which the object is no longer cacheable. For more information, see [https://www.rfc-editor.org/rfc/rfc7234#section-5.3](https://www.rfc-editor.org/rfc/rfc7234#section-5.3).
    pub expires: rt::Option<rt::DateTime>,
    /// Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: rt::Option<rt::String>,
    /// Allows grantee to read the object data and its metadata.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: rt::Option<rt::String>,
    /// Allows grantee to read the object ACL.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: rt::Option<rt::String>,
    /// Allows grantee to write the ACL for the applicable object.
    ///
    /// **Note:**
    /// - This functionality is not supported for directory buckets.
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: rt::Option<rt::String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should fetch the object's ETag and retry the upload.
    ///
    /// Expects the ETag value as a string.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_match: rt::Option<rt::String>,
    /// Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should retry the upload.
    ///
    /// Expects the '\*' (asterisk) character.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_none_match: rt::Option<rt::String>,
    /// Object key for which the PUT action was initiated.
    pub key: rt::String,
    /// A map of metadata to store with the object in S3.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// Specifies whether a legal hold will be applied to this object. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// The Object Lock mode that you want to apply to this object.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// The date and time when you want this object's Object Lock to expire. Must be formatted as a timestamp parameter.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    pub request_payer: rt::Option<RequestPayer>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object.
    ///
    /// **General purpose buckets** - This value must be explicitly added during `CopyObject` operations if you want an additional encryption context for your object. For more information, see [Encryption context](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#encryption-context) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID.
    ///
    /// **General purpose buckets** - If you specify `x-amz-server-side-encryption` with `aws:kms` or `aws:kms:dsse`, this header specifies the ID (Key ID, Key ARN, or Key Alias) of the KMS key to use. If you specify `x-amz-server-side-encryption:aws:kms` or `x-amz-server-side-encryption:aws:kms:dsse`, but do not provide `x-amz-server-side-encryption-aws-kms-key-id`, Amazon S3 uses the Amazon Web Services managed key (`aws/s3`) to protect the data.
    ///
    /// **Directory buckets** - To encrypt data using SSE-KMS, it's recommended to specify the `x-amz-server-side-encryption` header to `aws:kms`. Then, the `x-amz-server-side-encryption-aws-kms-key-id` header implicitly uses the bucket's default KMS customer managed key ID. If you want to explicitly set the ` x-amz-server-side-encryption-aws-kms-key-id` header, it must match the bucket's default customer managed key (using key ID or ARN, not alias). Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Incorrect key specification results in an HTTP `400 Bad Request` error.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm that was used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`, `aws:kms:dsse`).
    ///
    /// - **General purpose buckets ** - You have four mutually exclusive options to protect data using server-side encryption in Amazon S3, depending on how you choose to manage the encryption keys. Specifically, the encryption key options are Amazon S3 managed keys (SSE-S3), Amazon Web Services KMS keys (SSE-KMS or DSSE-KMS), and customer-provided keys (SSE-C). Amazon S3 encrypts data with server-side encryption by using Amazon S3 managed keys (SSE-S3) by default. You can optionally tell Amazon S3 to encrypt data at rest by using server-side encryption with other key options. For more information, see [Using Server-Side Encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingServerSideEncryption.html) in the *Amazon S3 User Guide*.
    /// - **Directory buckets ** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html). In the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)) using the REST API, the encryption request headers must match the encryption settings that are specified in the `CreateSession` request. You can't override the values of the encryption settings (`x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-context`, and `x-amz-server-side-encryption-bucket-key-enabled`) that are specified in the `CreateSession` request. You don't need to explicitly specify these encryption settings values in Zonal endpoint API calls, and Amazon S3 will use the encryption settings values from the `CreateSession` request to protect new objects in the directory bucket. **Note:** When you use the CLI or the Amazon Web Services SDKs, for `CreateSession`, the session token refreshes automatically to avoid service interruptions when a session expires. The CLI or the Amazon Web Services SDKs use the bucket's default encryption configuration for the `CreateSession` request. It's not supported to override the encryption settings values in the `CreateSession` request. So in the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)), the encryption request headers must match the default encryption configuration of the directory bucket.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:**
    /// - For directory buckets, only the S3 Express One Zone storage class is supported to store newly created objects.
    /// - Amazon S3 on Outposts only uses the OUTPOSTS Storage Class.
    pub storage_class: rt::Option<StorageClass>,
    /// The tag-set for the object. The tag-set must be encoded as URL Query parameters. (For example, "Key1=Value1")
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub tagging: rt::Option<rt::String>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. For information about object metadata, see [Object Key and Metadata](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingMetadata.html) in the *Amazon S3 User Guide*.
    ///
    /// In the following example, the request header sets the redirect to an object (anotherPage.html) in the same bucket:
    ///
    /// `x-amz-website-redirect-location: /anotherPage.html`
    ///
    /// In the following example, the request header sets the object redirect to another website:
    ///
    /// `x-amz-website-redirect-location: http://www.example.com/`
    ///
    /// For more information about website hosting in Amazon S3, see [Hosting Websites on Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html) and [How to Configure Website Page Redirects](https://docs.aws.amazon.com/AmazonS3/latest/dev/how-to-page-redirect.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub website_redirect_location: rt::Option<rt::String>,
    /// Specifies the offset for appending data to existing objects in bytes. The offset must be equal to the size of the existing object being appended to. If no object exists, setting this header to 0 will create a new object.
    ///
    /// **Note:** This functionality is only supported for objects in the Amazon S3 Express One Zone storage class in directory buckets.
    pub write_offset_bytes: rt::Option<i64>,
}
impl PutObjectRequest {
    /// A builder for this structure.
    pub fn builder() -> PutObjectRequestBuilder {
        PutObjectRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutObjectRequest {
    /// [`acl`](Self::acl).
    pub fn acl(&self) -> rt::Option<&ObjectCannedAcl> {
        self.acl.as_ref()
    }
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`cache_control`](Self::cache_control).
    pub fn cache_control(&self) -> rt::Option<&str> {
        self.cache_control.as_deref()
    }
    /// [`checksum_algorithm`](Self::checksum_algorithm).
    pub fn checksum_algorithm(&self) -> rt::Option<&ChecksumAlgorithm> {
        self.checksum_algorithm.as_ref()
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`content_disposition`](Self::content_disposition).
    pub fn content_disposition(&self) -> rt::Option<&str> {
        self.content_disposition.as_deref()
    }
    /// [`content_encoding`](Self::content_encoding).
    pub fn content_encoding(&self) -> rt::Option<&str> {
        self.content_encoding.as_deref()
    }
    /// [`content_language`](Self::content_language).
    pub fn content_language(&self) -> rt::Option<&str> {
        self.content_language.as_deref()
    }
    /// [`content_length`](Self::content_length).
    pub fn content_length(&self) -> rt::Option<i64> {
        self.content_length
    }
    /// [`content_md5`](Self::content_md5).
    pub fn content_md5(&self) -> rt::Option<&str> {
        self.content_md5.as_deref()
    }
    /// [`content_type`](Self::content_type).
    pub fn content_type(&self) -> rt::Option<&str> {
        self.content_type.as_deref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`expires`](Self::expires).
    pub fn expires(&self) -> rt::Option<&rt::DateTime> {
        self.expires.as_ref()
    }
    /// [`grant_full_control`](Self::grant_full_control).
    pub fn grant_full_control(&self) -> rt::Option<&str> {
        self.grant_full_control.as_deref()
    }
    /// [`grant_read`](Self::grant_read).
    pub fn grant_read(&self) -> rt::Option<&str> {
        self.grant_read.as_deref()
    }
    /// [`grant_read_acp`](Self::grant_read_acp).
    pub fn grant_read_acp(&self) -> rt::Option<&str> {
        self.grant_read_acp.as_deref()
    }
    /// [`grant_write_acp`](Self::grant_write_acp).
    pub fn grant_write_acp(&self) -> rt::Option<&str> {
        self.grant_write_acp.as_deref()
    }
    /// [`if_match`](Self::if_match).
    pub fn if_match(&self) -> rt::Option<&str> {
        self.if_match.as_deref()
    }
    /// [`if_none_match`](Self::if_none_match).
    pub fn if_none_match(&self) -> rt::Option<&str> {
        self.if_none_match.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
    /// [`object_lock_legal_hold_status`](Self::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(&self) -> rt::Option<&ObjectLockLegalHoldStatus> {
        self.object_lock_legal_hold_status.as_ref()
    }
    /// [`object_lock_mode`](Self::object_lock_mode).
    pub fn object_lock_mode(&self) -> rt::Option<&ObjectLockMode> {
        self.object_lock_mode.as_ref()
    }
    /// [`object_lock_retain_until_date`](Self::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(&self) -> rt::Option<&rt::DateTime> {
        self.object_lock_retain_until_date.as_ref()
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_encryption_context`](Self::ssekms_encryption_context).
    pub fn ssekms_encryption_context(&self) -> rt::Option<&str> {
        self.ssekms_encryption_context.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`tagging`](Self::tagging).
    pub fn tagging(&self) -> rt::Option<&str> {
        self.tagging.as_deref()
    }
    /// [`website_redirect_location`](Self::website_redirect_location).
    pub fn website_redirect_location(&self) -> rt::Option<&str> {
        self.website_redirect_location.as_deref()
    }
    /// [`write_offset_bytes`](Self::write_offset_bytes).
    pub fn write_offset_bytes(&self) -> rt::Option<i64> {
        self.write_offset_bytes
    }
}
/// Builds a [`PutObjectRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectRequestBuilder {
    /// [`PutObjectRequest::acl`](PutObjectRequest::acl), if set.
    pub acl: rt::Option<ObjectCannedAcl>,
    /// [`PutObjectRequest::body`](PutObjectRequest::body), if set.
    pub body: rt::Option<rt::ByteStream>,
    /// [`PutObjectRequest::bucket`](PutObjectRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`PutObjectRequest::bucket_key_enabled`](PutObjectRequest::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`PutObjectRequest::cache_control`](PutObjectRequest::cache_control), if set.
    pub cache_control: rt::Option<rt::String>,
    /// [`PutObjectRequest::checksum_algorithm`](PutObjectRequest::checksum_algorithm), if set.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// [`PutObjectRequest::checksum_crc32`](PutObjectRequest::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`PutObjectRequest::checksum_crc32c`](PutObjectRequest::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`PutObjectRequest::checksum_crc64nvme`](PutObjectRequest::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`PutObjectRequest::checksum_sha1`](PutObjectRequest::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`PutObjectRequest::checksum_sha256`](PutObjectRequest::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`PutObjectRequest::content_disposition`](PutObjectRequest::content_disposition), if set.
    pub content_disposition: rt::Option<rt::String>,
    /// [`PutObjectRequest::content_encoding`](PutObjectRequest::content_encoding), if set.
    pub content_encoding: rt::Option<rt::String>,
    /// [`PutObjectRequest::content_language`](PutObjectRequest::content_language), if set.
    pub content_language: rt::Option<rt::String>,
    /// [`PutObjectRequest::content_length`](PutObjectRequest::content_length), if set.
    pub content_length: rt::Option<i64>,
    /// [`PutObjectRequest::content_md5`](PutObjectRequest::content_md5), if set.
    pub content_md5: rt::Option<rt::String>,
    /// [`PutObjectRequest::content_type`](PutObjectRequest::content_type), if set.
    pub content_type: rt::Option<rt::String>,
    /// [`PutObjectRequest::expected_bucket_owner`](PutObjectRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`PutObjectRequest::expires`](PutObjectRequest::expires), if set.
    pub expires: rt::Option<rt::DateTime>,
    /// [`PutObjectRequest::grant_full_control`](PutObjectRequest::grant_full_control), if set.
    pub grant_full_control: rt::Option<rt::String>,
    /// [`PutObjectRequest::grant_read`](PutObjectRequest::grant_read), if set.
    pub grant_read: rt::Option<rt::String>,
    /// [`PutObjectRequest::grant_read_acp`](PutObjectRequest::grant_read_acp), if set.
    pub grant_read_acp: rt::Option<rt::String>,
    /// [`PutObjectRequest::grant_write_acp`](PutObjectRequest::grant_write_acp), if set.
    pub grant_write_acp: rt::Option<rt::String>,
    /// [`PutObjectRequest::if_match`](PutObjectRequest::if_match), if set.
    pub if_match: rt::Option<rt::String>,
    /// [`PutObjectRequest::if_none_match`](PutObjectRequest::if_none_match), if set.
    pub if_none_match: rt::Option<rt::String>,
    /// [`PutObjectRequest::key`](PutObjectRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`PutObjectRequest::metadata`](PutObjectRequest::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`PutObjectRequest::object_lock_legal_hold_status`](PutObjectRequest::object_lock_legal_hold_status), if set.
    pub object_lock_legal_hold_status: rt::Option<ObjectLockLegalHoldStatus>,
    /// [`PutObjectRequest::object_lock_mode`](PutObjectRequest::object_lock_mode), if set.
    pub object_lock_mode: rt::Option<ObjectLockMode>,
    /// [`PutObjectRequest::object_lock_retain_until_date`](PutObjectRequest::object_lock_retain_until_date), if set.
    pub object_lock_retain_until_date: rt::Option<rt::DateTime>,
    /// [`PutObjectRequest::request_payer`](PutObjectRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`PutObjectRequest::sse_customer_algorithm`](PutObjectRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`PutObjectRequest::sse_customer_key`](PutObjectRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`PutObjectRequest::sse_customer_key_md5`](PutObjectRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`PutObjectRequest::ssekms_encryption_context`](PutObjectRequest::ssekms_encryption_context), if set.
    pub ssekms_encryption_context: rt::Option<rt::String>,
    /// [`PutObjectRequest::ssekms_key_id`](PutObjectRequest::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`PutObjectRequest::server_side_encryption`](PutObjectRequest::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// [`PutObjectRequest::storage_class`](PutObjectRequest::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`PutObjectRequest::tagging`](PutObjectRequest::tagging), if set.
    pub tagging: rt::Option<rt::String>,
    /// [`PutObjectRequest::website_redirect_location`](PutObjectRequest::website_redirect_location), if set.
    pub website_redirect_location: rt::Option<rt::String>,
    /// [`PutObjectRequest::write_offset_bytes`](PutObjectRequest::write_offset_bytes), if set.
    pub write_offset_bytes: rt::Option<i64>,
}
impl PutObjectRequestBuilder {
    /// Sets [`PutObjectRequest::acl`](PutObjectRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<ObjectCannedAcl>) -> Self {
        self.acl = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::acl`](PutObjectRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<ObjectCannedAcl>) -> Self {
        self.acl = value;
        self
    }
    /// Sets [`PutObjectRequest::body`](PutObjectRequest::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::body`](PutObjectRequest::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// Sets [`PutObjectRequest::bucket`](PutObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::bucket`](PutObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`PutObjectRequest::bucket_key_enabled`](PutObjectRequest::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::bucket_key_enabled`](PutObjectRequest::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`PutObjectRequest::cache_control`](PutObjectRequest::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cache_control = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::cache_control`](PutObjectRequest::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.cache_control = value;
        self
    }
    /// Sets [`PutObjectRequest::checksum_algorithm`](PutObjectRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_algorithm`](PutObjectRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = value;
        self
    }
    /// Sets [`PutObjectRequest::checksum_crc32`](PutObjectRequest::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_crc32`](PutObjectRequest::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`PutObjectRequest::checksum_crc32c`](PutObjectRequest::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_crc32c`](PutObjectRequest::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`PutObjectRequest::checksum_crc64nvme`](PutObjectRequest::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_crc64nvme`](PutObjectRequest::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`PutObjectRequest::checksum_sha1`](PutObjectRequest::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_sha1`](PutObjectRequest::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`PutObjectRequest::checksum_sha256`](PutObjectRequest::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_sha256`](PutObjectRequest::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`PutObjectRequest::content_disposition`](PutObjectRequest::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_disposition = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::content_disposition`](PutObjectRequest::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_disposition = value;
        self
    }
    /// Sets [`PutObjectRequest::content_encoding`](PutObjectRequest::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_encoding = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::content_encoding`](PutObjectRequest::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_encoding = value;
        self
    }
    /// Sets [`PutObjectRequest::content_language`](PutObjectRequest::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_language = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::content_language`](PutObjectRequest::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_language = value;
        self
    }
    /// Sets [`PutObjectRequest::content_length`](PutObjectRequest::content_length).
    pub fn content_length(mut self, value: impl rt::Into<i64>) -> Self {
        self.content_length = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::content_length`](PutObjectRequest::content_length).
    pub fn set_content_length(mut self, value: rt::Option<i64>) -> Self {
        self.content_length = value;
        self
    }
    /// Sets [`PutObjectRequest::content_md5`](PutObjectRequest::content_md5).
    pub fn content_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::content_md5`](PutObjectRequest::content_md5).
    pub fn set_content_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_md5 = value;
        self
    }
    /// Sets [`PutObjectRequest::content_type`](PutObjectRequest::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::content_type`](PutObjectRequest::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`PutObjectRequest::expected_bucket_owner`](PutObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::expected_bucket_owner`](PutObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`PutObjectRequest::expires`](PutObjectRequest::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expires = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::expires`](PutObjectRequest::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expires = value;
        self
    }
    /// Sets [`PutObjectRequest::grant_full_control`](PutObjectRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_full_control = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_full_control`](PutObjectRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_full_control = value;
        self
    }
    /// Sets [`PutObjectRequest::grant_read`](PutObjectRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_read`](PutObjectRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read = value;
        self
    }
    /// Sets [`PutObjectRequest::grant_read_acp`](PutObjectRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_read_acp = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_read_acp`](PutObjectRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_read_acp = value;
        self
    }
    /// Sets [`PutObjectRequest::grant_write_acp`](PutObjectRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_write_acp = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_write_acp`](PutObjectRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.grant_write_acp = value;
        self
    }
    /// Sets [`PutObjectRequest::if_match`](PutObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_match = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::if_match`](PutObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_match = value;
        self
    }
    /// Sets [`PutObjectRequest::if_none_match`](PutObjectRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.if_none_match = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::if_none_match`](PutObjectRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.if_none_match = value;
        self
    }
    /// Sets [`PutObjectRequest::key`](PutObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::key`](PutObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Inserts one entry into [`PutObjectRequest::metadata`](PutObjectRequest::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::metadata`](PutObjectRequest::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`PutObjectRequest::object_lock_legal_hold_status`](PutObjectRequest::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::object_lock_legal_hold_status`](PutObjectRequest::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.object_lock_legal_hold_status = value;
        self
    }
    /// Sets [`PutObjectRequest::object_lock_mode`](PutObjectRequest::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.object_lock_mode = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::object_lock_mode`](PutObjectRequest::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.object_lock_mode = value;
        self
    }
    /// Sets [`PutObjectRequest::object_lock_retain_until_date`](PutObjectRequest::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::object_lock_retain_until_date`](PutObjectRequest::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.object_lock_retain_until_date = value;
        self
    }
    /// Sets [`PutObjectRequest::request_payer`](PutObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::request_payer`](PutObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`PutObjectRequest::sse_customer_algorithm`](PutObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::sse_customer_algorithm`](PutObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`PutObjectRequest::sse_customer_key`](PutObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::sse_customer_key`](PutObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`PutObjectRequest::sse_customer_key_md5`](PutObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::sse_customer_key_md5`](PutObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`PutObjectRequest::ssekms_encryption_context`](PutObjectRequest::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_encryption_context = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::ssekms_encryption_context`](PutObjectRequest::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_encryption_context = value;
        self
    }
    /// Sets [`PutObjectRequest::ssekms_key_id`](PutObjectRequest::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::ssekms_key_id`](PutObjectRequest::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`PutObjectRequest::server_side_encryption`](PutObjectRequest::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::server_side_encryption`](PutObjectRequest::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// Sets [`PutObjectRequest::storage_class`](PutObjectRequest::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::storage_class`](PutObjectRequest::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`PutObjectRequest::tagging`](PutObjectRequest::tagging).
    pub fn tagging(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tagging = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::tagging`](PutObjectRequest::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::String>) -> Self {
        self.tagging = value;
        self
    }
    /// Sets [`PutObjectRequest::website_redirect_location`](PutObjectRequest::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.website_redirect_location = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::website_redirect_location`](PutObjectRequest::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.website_redirect_location = value;
        self
    }
    /// Sets [`PutObjectRequest::write_offset_bytes`](PutObjectRequest::write_offset_bytes).
    pub fn write_offset_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.write_offset_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectRequest::write_offset_bytes`](PutObjectRequest::write_offset_bytes).
    pub fn set_write_offset_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.write_offset_bytes = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutObjectRequest, rt::BuildError> {
        Ok(PutObjectRequest {
            acl: self.acl,
            body: self.body.unwrap_or_default(),
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "PutObjectRequest",
                member: "Bucket",
            })?,
            bucket_key_enabled: self.bucket_key_enabled,
            cache_control: self.cache_control,
            checksum_algorithm: self.checksum_algorithm,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            content_disposition: self.content_disposition,
            content_encoding: self.content_encoding,
            content_language: self.content_language,
            content_length: self.content_length,
            content_md5: self.content_md5,
            content_type: self.content_type,
            expected_bucket_owner: self.expected_bucket_owner,
            expires: self.expires,
            grant_full_control: self.grant_full_control,
            grant_read: self.grant_read,
            grant_read_acp: self.grant_read_acp,
            grant_write_acp: self.grant_write_acp,
            if_match: self.if_match,
            if_none_match: self.if_none_match,
            key: self.key.ok_or(rt::BuildError {
                shape: "PutObjectRequest",
                member: "Key",
            })?,
            metadata: self.metadata,
            object_lock_legal_hold_status: self.object_lock_legal_hold_status,
            object_lock_mode: self.object_lock_mode,
            object_lock_retain_until_date: self.object_lock_retain_until_date,
            request_payer: self.request_payer,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_encryption_context: self.ssekms_encryption_context,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            storage_class: self.storage_class,
            tagging: self.tagging,
            website_redirect_location: self.website_redirect_location,
            write_offset_bytes: self.write_offset_bytes,
        })
    }
}
impl ::std::fmt::Debug for PutObjectRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutObjectRequest")
            .field("ACL", &self.acl)
            .field("Body", &self.body)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentLength", &self.content_length)
            .field("ContentMD5", &self.content_md5)
            .field("ContentType", &self.content_type)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Expires", &self.expires)
            .field("GrantFullControl", &self.grant_full_control)
            .field("GrantRead", &self.grant_read)
            .field("GrantReadACP", &self.grant_read_acp)
            .field("GrantWriteACP", &self.grant_write_acp)
            .field("IfMatch", &self.if_match)
            .field("IfNoneMatch", &self.if_none_match)
            .field("Key", &self.key)
            .field("Metadata", &self.metadata)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("Tagging", &self.tagging)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .field("WriteOffsetBytes", &self.write_offset_bytes)
            .finish()
    }
}
impl ::std::fmt::Debug for PutObjectRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutObjectRequestBuilder")
            .field("ACL", &self.acl)
            .field("Body", &self.body)
            .field("Bucket", &self.bucket)
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("CacheControl", &self.cache_control)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ContentDisposition", &self.content_disposition)
            .field("ContentEncoding", &self.content_encoding)
            .field("ContentLanguage", &self.content_language)
            .field("ContentLength", &self.content_length)
            .field("ContentMD5", &self.content_md5)
            .field("ContentType", &self.content_type)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Expires", &self.expires)
            .field("GrantFullControl", &self.grant_full_control)
            .field("GrantRead", &self.grant_read)
            .field("GrantReadACP", &self.grant_read_acp)
            .field("GrantWriteACP", &self.grant_write_acp)
            .field("IfMatch", &self.if_match)
            .field("IfNoneMatch", &self.if_none_match)
            .field("Key", &self.key)
            .field("Metadata", &self.metadata)
            .field(
                "ObjectLockLegalHoldStatus",
                &self.object_lock_legal_hold_status,
            )
            .field("ObjectLockMode", &self.object_lock_mode)
            .field(
                "ObjectLockRetainUntilDate",
                &self.object_lock_retain_until_date,
            )
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field(
                "SSEKMSEncryptionContext",
                &"*** Sensitive Data Redacted ***",
            )
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .field("StorageClass", &self.storage_class)
            .field("Tagging", &self.tagging)
            .field("WebsiteRedirectLocation", &self.website_redirect_location)
            .field("WriteOffsetBytes", &self.write_offset_bytes)
            .finish()
    }
}
/// The container for the records event.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordsEvent {
    /// The byte array of partial, one or more result records. S3 Select doesn't guarantee that a record will be self-contained in one record frame. To ensure continuous streaming of data, S3 Select might split the same record across multiple record frames instead of aggregating the results in memory. Some S3 clients (for example, the SDK for Java) handle this behavior by creating a `ByteStream` out of the response by default. Other clients might not handle this behavior by default. In those cases, you must aggregate the results on the client side and parse the response.
    pub payload: rt::Option<rt::Blob>,
}
impl RecordsEvent {
    /// A builder for this structure.
    pub fn builder() -> RecordsEventBuilder {
        RecordsEventBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RecordsEvent {
    /// [`payload`](Self::payload).
    pub fn payload(&self) -> rt::Option<&rt::Blob> {
        self.payload.as_ref()
    }
}
/// Builds a [`RecordsEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecordsEventBuilder {
    /// [`RecordsEvent::payload`](RecordsEvent::payload), if set.
    pub payload: rt::Option<rt::Blob>,
}
impl RecordsEventBuilder {
    /// Sets [`RecordsEvent::payload`](RecordsEvent::payload).
    pub fn payload(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.payload = Some(value.into());
        self
    }
    /// Sets or clears [`RecordsEvent::payload`](RecordsEvent::payload).
    pub fn set_payload(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.payload = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RecordsEvent {
        RecordsEvent {
            payload: self.payload,
        }
    }
}
/// Container for specifying if periodic `QueryProgress` messages should be sent.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestProgress {
    /// Specifies whether periodic QueryProgress frames should be sent. Valid values: TRUE, FALSE. Default value: FALSE.
    pub enabled: rt::Option<bool>,
}
impl RequestProgress {
    /// A builder for this structure.
    pub fn builder() -> RequestProgressBuilder {
        RequestProgressBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RequestProgress {
    /// [`enabled`](Self::enabled).
    pub fn enabled(&self) -> rt::Option<bool> {
        self.enabled
    }
}
/// Builds a [`RequestProgress`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestProgressBuilder {
    /// [`RequestProgress::enabled`](RequestProgress::enabled), if set.
    pub enabled: rt::Option<bool>,
}
impl RequestProgressBuilder {
    /// Sets [`RequestProgress::enabled`](RequestProgress::enabled).
    pub fn enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears [`RequestProgress::enabled`](RequestProgress::enabled).
    pub fn set_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RequestProgress {
        RequestProgress {
            enabled: self.enabled,
        }
    }
}
/// Specifies the restoration status of an object. Objects in certain storage classes must be restored before they can be retrieved. For more information about these storage classes and how to work with archived objects, see [ Working with archived objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the *Amazon S3 User Guide*.
///
/// **Note:** This functionality is not supported for directory buckets. Only the S3 Express One Zone storage class is supported by directory buckets to store objects.
#[derive(Clone, Debug, PartialEq)]
pub struct RestoreStatus {
    /// Specifies whether the object is currently being restored. If the object restoration is in progress, the header returns the value `TRUE`. For example:
    ///
    /// `x-amz-optional-object-attributes: IsRestoreInProgress="true"`
    ///
    /// If the object restoration has completed, the header returns the value `FALSE`. For example:
    ///
    /// `x-amz-optional-object-attributes: IsRestoreInProgress="false", RestoreExpiryDate="2012-12-21T00:00:00.000Z"`
    ///
    /// If the object hasn't been restored, there is no header response.
    pub is_restore_in_progress: rt::Option<bool>,
    /// Indicates when the restored copy will expire. This value is populated only if the object has already been restored. For example:
    ///
    /// `x-amz-optional-object-attributes: IsRestoreInProgress="false", RestoreExpiryDate="2012-12-21T00:00:00.000Z"`
    pub restore_expiry_date: rt::Option<rt::DateTime>,
}
impl RestoreStatus {
    /// A builder for this structure.
    pub fn builder() -> RestoreStatusBuilder {
        RestoreStatusBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RestoreStatus {
    /// [`is_restore_in_progress`](Self::is_restore_in_progress).
    pub fn is_restore_in_progress(&self) -> rt::Option<bool> {
        self.is_restore_in_progress
    }
    /// [`restore_expiry_date`](Self::restore_expiry_date).
    pub fn restore_expiry_date(&self) -> rt::Option<&rt::DateTime> {
        self.restore_expiry_date.as_ref()
    }
}
/// Builds a [`RestoreStatus`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreStatusBuilder {
    /// [`RestoreStatus::is_restore_in_progress`](RestoreStatus::is_restore_in_progress), if set.
    pub is_restore_in_progress: rt::Option<bool>,
    /// [`RestoreStatus::restore_expiry_date`](RestoreStatus::restore_expiry_date), if set.
    pub restore_expiry_date: rt::Option<rt::DateTime>,
}
impl RestoreStatusBuilder {
    /// Sets [`RestoreStatus::is_restore_in_progress`](RestoreStatus::is_restore_in_progress).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_restore_in_progress(mut self, value: impl rt::Into<bool>) -> Self {
        self.is_restore_in_progress = Some(value.into());
        self
    }
    /// Sets or clears [`RestoreStatus::is_restore_in_progress`](RestoreStatus::is_restore_in_progress).
    pub fn set_is_restore_in_progress(mut self, value: rt::Option<bool>) -> Self {
        self.is_restore_in_progress = value;
        self
    }
    /// Sets [`RestoreStatus::restore_expiry_date`](RestoreStatus::restore_expiry_date).
    pub fn restore_expiry_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.restore_expiry_date = Some(value.into());
        self
    }
    /// Sets or clears [`RestoreStatus::restore_expiry_date`](RestoreStatus::restore_expiry_date).
    pub fn set_restore_expiry_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.restore_expiry_date = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RestoreStatus {
        RestoreStatus {
            is_restore_in_progress: self.is_restore_in_progress,
            restore_expiry_date: self.restore_expiry_date,
        }
    }
}
/// Specifies the byte range of the object to get the records from. A record is processed when its first byte is contained by the range. This parameter is optional, but when specified, it must not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of the range.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanRange {
    /// Specifies the end of the byte range. This parameter is optional. Valid values: non-negative integers. The default value is one less than the size of the object being queried. If only the End parameter is supplied, it is interpreted to mean scan the last N bytes of the file. For example, `50` means scan the last 50 bytes.
    pub end: rt::Option<i64>,
    /// Specifies the start of the byte range. This parameter is optional. Valid values: non-negative integers. The default value is 0. If only `start` is supplied, it means scan from that point to the end of the file. For example, `50` means scan from byte 50 until the end of the file.
    pub start: rt::Option<i64>,
}
impl ScanRange {
    /// A builder for this structure.
    pub fn builder() -> ScanRangeBuilder {
        ScanRangeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ScanRange {
    /// [`end`](Self::end).
    pub fn end(&self) -> rt::Option<i64> {
        self.end
    }
    /// [`start`](Self::start).
    pub fn start(&self) -> rt::Option<i64> {
        self.start
    }
}
/// Builds a [`ScanRange`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanRangeBuilder {
    /// [`ScanRange::end`](ScanRange::end), if set.
    pub end: rt::Option<i64>,
    /// [`ScanRange::start`](ScanRange::start), if set.
    pub start: rt::Option<i64>,
}
impl ScanRangeBuilder {
    /// Sets [`ScanRange::end`](ScanRange::end).
    pub fn end(mut self, value: impl rt::Into<i64>) -> Self {
        self.end = Some(value.into());
        self
    }
    /// Sets or clears [`ScanRange::end`](ScanRange::end).
    pub fn set_end(mut self, value: rt::Option<i64>) -> Self {
        self.end = value;
        self
    }
    /// Sets [`ScanRange::start`](ScanRange::start).
    pub fn start(mut self, value: impl rt::Into<i64>) -> Self {
        self.start = Some(value.into());
        self
    }
    /// Sets or clears [`ScanRange::start`](ScanRange::start).
    pub fn set_start(mut self, value: rt::Option<i64>) -> Self {
        self.start = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ScanRange {
        ScanRange {
            end: self.end,
            start: self.start,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SelectObjectContentOutput {
    /// The array of results.
    pub payload: rt::EventStream<SelectObjectContentEventStream>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SelectObjectContentOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SelectObjectContentOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SelectObjectContentOutput {
    /// A builder for this structure.
    pub fn builder() -> SelectObjectContentOutputBuilder {
        SelectObjectContentOutputBuilder::default()
    }
}
/// Builds a [`SelectObjectContentOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SelectObjectContentOutputBuilder {
    /// [`SelectObjectContentOutput::payload`](SelectObjectContentOutput::payload), if set.
    pub payload: rt::Option<rt::EventStream<SelectObjectContentEventStream>>,
}
impl SelectObjectContentOutputBuilder {
    /// Sets [`SelectObjectContentOutput::payload`](SelectObjectContentOutput::payload).
    pub fn payload(
        mut self,
        value: impl rt::Into<rt::EventStream<SelectObjectContentEventStream>>,
    ) -> Self {
        self.payload = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentOutput::payload`](SelectObjectContentOutput::payload).
    pub fn set_payload(
        mut self,
        value: rt::Option<rt::EventStream<SelectObjectContentEventStream>>,
    ) -> Self {
        self.payload = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SelectObjectContentOutput {
        SelectObjectContentOutput {
            payload: self.payload.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// **Note:** Learn Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select can continue to use the feature as usual. [Learn more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
///
/// Request to filter the contents of an Amazon S3 object based on a simple Structured Query Language (SQL) statement. In the request, along with the SQL expression, you must specify a data serialization format (JSON or CSV) of the object. Amazon S3 uses this to parse object data into records. It returns only records that match the specified SQL expression. You must also specify the data serialization format for the response. For more information, see [S3Select API Documentation](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectSELECTContent.html).
#[derive(Clone, PartialEq)]
pub struct SelectObjectContentRequest {
    /// The S3 bucket.
    pub bucket: rt::String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// The expression that is used to query the object.
    pub expression: rt::String,
    /// The type of the provided expression (for example, SQL).
    pub expression_type: ExpressionType,
    /// Describes the format of the data in the object that is being queried.
    pub input_serialization: InputSerialization,
    /// The object key.
    pub key: rt::String,
    /// Describes the format of the data that you want Amazon S3 to return in response.
    pub output_serialization: OutputSerialization,
    /// Specifies if periodic request progress information should be enabled.
    pub request_progress: rt::Option<RequestProgress>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    pub sse_customer_key: rt::Option<rt::String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Specifies the byte range of the object to get the records from. A record is processed when its first byte is contained by the range. This parameter is optional, but when specified, it must not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of the range.
    ///
    /// `ScanRange`may be used in the following ways:
    ///
    /// - `50100` - process only the records starting between the bytes 50 and 100 (inclusive, counting from zero)
    /// - `50` - process only the records starting after the byte 50
    /// - `50` - process only the records within the last 50 bytes of the file.
    pub scan_range: rt::Option<ScanRange>,
}
impl SelectObjectContentRequest {
    /// A builder for this structure.
    pub fn builder() -> SelectObjectContentRequestBuilder {
        SelectObjectContentRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SelectObjectContentRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`expression`](Self::expression).
    pub fn expression(&self) -> &str {
        &self.expression
    }
    /// [`expression_type`](Self::expression_type).
    pub fn expression_type(&self) -> &ExpressionType {
        &self.expression_type
    }
    /// [`input_serialization`](Self::input_serialization).
    pub fn input_serialization(&self) -> &InputSerialization {
        &self.input_serialization
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`output_serialization`](Self::output_serialization).
    pub fn output_serialization(&self) -> &OutputSerialization {
        &self.output_serialization
    }
    /// [`request_progress`](Self::request_progress).
    pub fn request_progress(&self) -> rt::Option<&RequestProgress> {
        self.request_progress.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`scan_range`](Self::scan_range).
    pub fn scan_range(&self) -> rt::Option<&ScanRange> {
        self.scan_range.as_ref()
    }
}
/// Builds a [`SelectObjectContentRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct SelectObjectContentRequestBuilder {
    /// [`SelectObjectContentRequest::bucket`](SelectObjectContentRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::expected_bucket_owner`](SelectObjectContentRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::expression`](SelectObjectContentRequest::expression), if set.
    pub expression: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::expression_type`](SelectObjectContentRequest::expression_type), if set.
    pub expression_type: rt::Option<ExpressionType>,
    /// [`SelectObjectContentRequest::input_serialization`](SelectObjectContentRequest::input_serialization), if set.
    pub input_serialization: rt::Option<InputSerialization>,
    /// [`SelectObjectContentRequest::key`](SelectObjectContentRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::output_serialization`](SelectObjectContentRequest::output_serialization), if set.
    pub output_serialization: rt::Option<OutputSerialization>,
    /// [`SelectObjectContentRequest::request_progress`](SelectObjectContentRequest::request_progress), if set.
    pub request_progress: rt::Option<RequestProgress>,
    /// [`SelectObjectContentRequest::sse_customer_algorithm`](SelectObjectContentRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::sse_customer_key`](SelectObjectContentRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::sse_customer_key_md5`](SelectObjectContentRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`SelectObjectContentRequest::scan_range`](SelectObjectContentRequest::scan_range), if set.
    pub scan_range: rt::Option<ScanRange>,
}
impl SelectObjectContentRequestBuilder {
    /// Sets [`SelectObjectContentRequest::bucket`](SelectObjectContentRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::bucket`](SelectObjectContentRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::expected_bucket_owner`](SelectObjectContentRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::expected_bucket_owner`](SelectObjectContentRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::expression`](SelectObjectContentRequest::expression).
    pub fn expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expression = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::expression`](SelectObjectContentRequest::expression).
    pub fn set_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.expression = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::expression_type`](SelectObjectContentRequest::expression_type).
    pub fn expression_type(mut self, value: impl rt::Into<ExpressionType>) -> Self {
        self.expression_type = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::expression_type`](SelectObjectContentRequest::expression_type).
    pub fn set_expression_type(mut self, value: rt::Option<ExpressionType>) -> Self {
        self.expression_type = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::input_serialization`](SelectObjectContentRequest::input_serialization).
    pub fn input_serialization(mut self, value: impl rt::Into<InputSerialization>) -> Self {
        self.input_serialization = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::input_serialization`](SelectObjectContentRequest::input_serialization).
    pub fn set_input_serialization(mut self, value: rt::Option<InputSerialization>) -> Self {
        self.input_serialization = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::key`](SelectObjectContentRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::key`](SelectObjectContentRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::output_serialization`](SelectObjectContentRequest::output_serialization).
    pub fn output_serialization(mut self, value: impl rt::Into<OutputSerialization>) -> Self {
        self.output_serialization = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::output_serialization`](SelectObjectContentRequest::output_serialization).
    pub fn set_output_serialization(mut self, value: rt::Option<OutputSerialization>) -> Self {
        self.output_serialization = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::request_progress`](SelectObjectContentRequest::request_progress).
    pub fn request_progress(mut self, value: impl rt::Into<RequestProgress>) -> Self {
        self.request_progress = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::request_progress`](SelectObjectContentRequest::request_progress).
    pub fn set_request_progress(mut self, value: rt::Option<RequestProgress>) -> Self {
        self.request_progress = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::sse_customer_algorithm`](SelectObjectContentRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::sse_customer_algorithm`](SelectObjectContentRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::sse_customer_key`](SelectObjectContentRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::sse_customer_key`](SelectObjectContentRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::sse_customer_key_md5`](SelectObjectContentRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::sse_customer_key_md5`](SelectObjectContentRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`SelectObjectContentRequest::scan_range`](SelectObjectContentRequest::scan_range).
    pub fn scan_range(mut self, value: impl rt::Into<ScanRange>) -> Self {
        self.scan_range = Some(value.into());
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::scan_range`](SelectObjectContentRequest::scan_range).
    pub fn set_scan_range(mut self, value: rt::Option<ScanRange>) -> Self {
        self.scan_range = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SelectObjectContentRequest, rt::BuildError> {
        Ok(SelectObjectContentRequest {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "SelectObjectContentRequest",
                member: "Bucket",
            })?,
            expected_bucket_owner: self.expected_bucket_owner,
            expression: self.expression.ok_or(rt::BuildError {
                shape: "SelectObjectContentRequest",
                member: "Expression",
            })?,
            expression_type: self.expression_type.ok_or(rt::BuildError {
                shape: "SelectObjectContentRequest",
                member: "ExpressionType",
            })?,
            input_serialization: self.input_serialization.ok_or(rt::BuildError {
                shape: "SelectObjectContentRequest",
                member: "InputSerialization",
            })?,
            key: self.key.ok_or(rt::BuildError {
                shape: "SelectObjectContentRequest",
                member: "Key",
            })?,
            output_serialization: self.output_serialization.ok_or(rt::BuildError {
                shape: "SelectObjectContentRequest",
                member: "OutputSerialization",
            })?,
            request_progress: self.request_progress,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            scan_range: self.scan_range,
        })
    }
}
impl ::std::fmt::Debug for SelectObjectContentRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SelectObjectContentRequest")
            .field("Bucket", &self.bucket)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Expression", &self.expression)
            .field("ExpressionType", &self.expression_type)
            .field("InputSerialization", &self.input_serialization)
            .field("Key", &self.key)
            .field("OutputSerialization", &self.output_serialization)
            .field("RequestProgress", &self.request_progress)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("ScanRange", &self.scan_range)
            .finish()
    }
}
impl ::std::fmt::Debug for SelectObjectContentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SelectObjectContentRequestBuilder")
            .field("Bucket", &self.bucket)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Expression", &self.expression)
            .field("ExpressionType", &self.expression_type)
            .field("InputSerialization", &self.input_serialization)
            .field("Key", &self.key)
            .field("OutputSerialization", &self.output_serialization)
            .field("RequestProgress", &self.request_progress)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("ScanRange", &self.scan_range)
            .finish()
    }
}
/// Container for the stats details.
#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    /// The total number of uncompressed object bytes processed.
    pub bytes_processed: rt::Option<i64>,
    /// The total number of bytes of records payload data returned.
    pub bytes_returned: rt::Option<i64>,
    /// The total number of object bytes scanned.
    pub bytes_scanned: rt::Option<i64>,
}
impl Stats {
    /// A builder for this structure.
    pub fn builder() -> StatsBuilder {
        StatsBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Stats {
    /// [`bytes_processed`](Self::bytes_processed).
    pub fn bytes_processed(&self) -> rt::Option<i64> {
        self.bytes_processed
    }
    /// [`bytes_returned`](Self::bytes_returned).
    pub fn bytes_returned(&self) -> rt::Option<i64> {
        self.bytes_returned
    }
    /// [`bytes_scanned`](Self::bytes_scanned).
    pub fn bytes_scanned(&self) -> rt::Option<i64> {
        self.bytes_scanned
    }
}
/// Builds a [`Stats`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatsBuilder {
    /// [`Stats::bytes_processed`](Stats::bytes_processed), if set.
    pub bytes_processed: rt::Option<i64>,
    /// [`Stats::bytes_returned`](Stats::bytes_returned), if set.
    pub bytes_returned: rt::Option<i64>,
    /// [`Stats::bytes_scanned`](Stats::bytes_scanned), if set.
    pub bytes_scanned: rt::Option<i64>,
}
impl StatsBuilder {
    /// Sets [`Stats::bytes_processed`](Stats::bytes_processed).
    pub fn bytes_processed(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes_processed = Some(value.into());
        self
    }
    /// Sets or clears [`Stats::bytes_processed`](Stats::bytes_processed).
    pub fn set_bytes_processed(mut self, value: rt::Option<i64>) -> Self {
        self.bytes_processed = value;
        self
    }
    /// Sets [`Stats::bytes_returned`](Stats::bytes_returned).
    pub fn bytes_returned(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes_returned = Some(value.into());
        self
    }
    /// Sets or clears [`Stats::bytes_returned`](Stats::bytes_returned).
    pub fn set_bytes_returned(mut self, value: rt::Option<i64>) -> Self {
        self.bytes_returned = value;
        self
    }
    /// Sets [`Stats::bytes_scanned`](Stats::bytes_scanned).
    pub fn bytes_scanned(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes_scanned = Some(value.into());
        self
    }
    /// Sets or clears [`Stats::bytes_scanned`](Stats::bytes_scanned).
    pub fn set_bytes_scanned(mut self, value: rt::Option<i64>) -> Self {
        self.bytes_scanned = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Stats {
        Stats {
            bytes_processed: self.bytes_processed,
            bytes_returned: self.bytes_returned,
            bytes_scanned: self.bytes_scanned,
        }
    }
}
/// Container for the Stats Event.
#[derive(Clone, Debug, PartialEq)]
pub struct StatsEvent {
    /// The Stats event details.
    pub details: rt::Option<Stats>,
}
impl StatsEvent {
    /// A builder for this structure.
    pub fn builder() -> StatsEventBuilder {
        StatsEventBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StatsEvent {
    /// [`details`](Self::details).
    pub fn details(&self) -> rt::Option<&Stats> {
        self.details.as_ref()
    }
}
/// Builds a [`StatsEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatsEventBuilder {
    /// [`StatsEvent::details`](StatsEvent::details), if set.
    pub details: rt::Option<Stats>,
}
impl StatsEventBuilder {
    /// Sets [`StatsEvent::details`](StatsEvent::details).
    pub fn details(mut self, value: impl rt::Into<Stats>) -> Self {
        self.details = Some(value.into());
        self
    }
    /// Sets or clears [`StatsEvent::details`](StatsEvent::details).
    pub fn set_details(mut self, value: rt::Option<Stats>) -> Self {
        self.details = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> StatsEvent {
        StatsEvent {
            details: self.details,
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct UploadPartOutput {
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: rt::Option<bool>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only be present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This will only be present if the object was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This will only be present if the object was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// Entity tag for the uploaded object.
    pub e_tag: rt::Option<rt::String>,
    pub request_charged: rt::Option<RequestCharged>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 (for example, `AES256`, `aws:kms`).
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UploadPartOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UploadPartOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UploadPartOutput {
    /// A builder for this structure.
    pub fn builder() -> UploadPartOutputBuilder {
        UploadPartOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UploadPartOutput {
    /// [`bucket_key_enabled`](Self::bucket_key_enabled).
    pub fn bucket_key_enabled(&self) -> rt::Option<bool> {
        self.bucket_key_enabled
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`e_tag`](Self::e_tag).
    pub fn e_tag(&self) -> rt::Option<&str> {
        self.e_tag.as_deref()
    }
    /// [`request_charged`](Self::request_charged).
    pub fn request_charged(&self) -> rt::Option<&RequestCharged> {
        self.request_charged.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`ssekms_key_id`](Self::ssekms_key_id).
    pub fn ssekms_key_id(&self) -> rt::Option<&str> {
        self.ssekms_key_id.as_deref()
    }
    /// [`server_side_encryption`](Self::server_side_encryption).
    pub fn server_side_encryption(&self) -> rt::Option<&ServerSideEncryption> {
        self.server_side_encryption.as_ref()
    }
}
/// Builds a [`UploadPartOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct UploadPartOutputBuilder {
    /// [`UploadPartOutput::bucket_key_enabled`](UploadPartOutput::bucket_key_enabled), if set.
    pub bucket_key_enabled: rt::Option<bool>,
    /// [`UploadPartOutput::checksum_crc32`](UploadPartOutput::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`UploadPartOutput::checksum_crc32c`](UploadPartOutput::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`UploadPartOutput::checksum_crc64nvme`](UploadPartOutput::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`UploadPartOutput::checksum_sha1`](UploadPartOutput::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`UploadPartOutput::checksum_sha256`](UploadPartOutput::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`UploadPartOutput::e_tag`](UploadPartOutput::e_tag), if set.
    pub e_tag: rt::Option<rt::String>,
    /// [`UploadPartOutput::request_charged`](UploadPartOutput::request_charged), if set.
    pub request_charged: rt::Option<RequestCharged>,
    /// [`UploadPartOutput::sse_customer_algorithm`](UploadPartOutput::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`UploadPartOutput::sse_customer_key_md5`](UploadPartOutput::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`UploadPartOutput::ssekms_key_id`](UploadPartOutput::ssekms_key_id), if set.
    pub ssekms_key_id: rt::Option<rt::String>,
    /// [`UploadPartOutput::server_side_encryption`](UploadPartOutput::server_side_encryption), if set.
    pub server_side_encryption: rt::Option<ServerSideEncryption>,
}
impl UploadPartOutputBuilder {
    /// Sets [`UploadPartOutput::bucket_key_enabled`](UploadPartOutput::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.bucket_key_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::bucket_key_enabled`](UploadPartOutput::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.bucket_key_enabled = value;
        self
    }
    /// Sets [`UploadPartOutput::checksum_crc32`](UploadPartOutput::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::checksum_crc32`](UploadPartOutput::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`UploadPartOutput::checksum_crc32c`](UploadPartOutput::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::checksum_crc32c`](UploadPartOutput::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`UploadPartOutput::checksum_crc64nvme`](UploadPartOutput::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::checksum_crc64nvme`](UploadPartOutput::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`UploadPartOutput::checksum_sha1`](UploadPartOutput::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::checksum_sha1`](UploadPartOutput::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`UploadPartOutput::checksum_sha256`](UploadPartOutput::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::checksum_sha256`](UploadPartOutput::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`UploadPartOutput::e_tag`](UploadPartOutput::e_tag).
    pub fn e_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.e_tag = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::e_tag`](UploadPartOutput::e_tag).
    pub fn set_e_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.e_tag = value;
        self
    }
    /// Sets [`UploadPartOutput::request_charged`](UploadPartOutput::request_charged).
    pub fn request_charged(mut self, value: impl rt::Into<RequestCharged>) -> Self {
        self.request_charged = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::request_charged`](UploadPartOutput::request_charged).
    pub fn set_request_charged(mut self, value: rt::Option<RequestCharged>) -> Self {
        self.request_charged = value;
        self
    }
    /// Sets [`UploadPartOutput::sse_customer_algorithm`](UploadPartOutput::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::sse_customer_algorithm`](UploadPartOutput::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`UploadPartOutput::sse_customer_key_md5`](UploadPartOutput::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::sse_customer_key_md5`](UploadPartOutput::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`UploadPartOutput::ssekms_key_id`](UploadPartOutput::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ssekms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::ssekms_key_id`](UploadPartOutput::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.ssekms_key_id = value;
        self
    }
    /// Sets [`UploadPartOutput::server_side_encryption`](UploadPartOutput::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.server_side_encryption = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartOutput::server_side_encryption`](UploadPartOutput::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.server_side_encryption = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UploadPartOutput {
        UploadPartOutput {
            bucket_key_enabled: self.bucket_key_enabled,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            e_tag: self.e_tag,
            request_charged: self.request_charged,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key_md5: self.sse_customer_key_md5,
            ssekms_key_id: self.ssekms_key_id,
            server_side_encryption: self.server_side_encryption,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for UploadPartOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartOutput")
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ETag", &self.e_tag)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .finish()
    }
}
impl ::std::fmt::Debug for UploadPartOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartOutputBuilder")
            .field("BucketKeyEnabled", &self.bucket_key_enabled)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ETag", &self.e_tag)
            .field("RequestCharged", &self.request_charged)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("SSEKMSKeyId", &"*** Sensitive Data Redacted ***")
            .field("ServerSideEncryption", &self.server_side_encryption)
            .finish()
    }
}
#[derive(Clone, PartialEq)]
pub struct UploadPartRequest {
    /// Object data.
    pub body: rt::ByteStream,
    /// The name of the bucket to which the multipart upload was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` bucket-base-name--zone-id--x-s3` (for example, ` amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** Access points and Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: rt::String,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    ///
    /// This checksum algorithm must be the same for all parts and it match the checksum value supplied in the `CreateMultipartUpload` request.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: rt::Option<rt::String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: rt::Option<rt::String>,
    /// Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically.
    pub content_length: rt::Option<i64>,
    /// The Base64 encoded 128-bit MD5 digest of the part data. This parameter is auto-populated when using the command from the CLI. This parameter is required if object lock parameters are specified.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub content_md5: rt::Option<rt::String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// Object key for which the multipart upload was initiated.
    pub key: rt::String,
    /// Part number of part being uploaded. This is a positive integer between 1 and 10,000.
    pub part_number: i32,
    pub request_payer: rt::Option<RequestPayer>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm header`. This must be the same encryption key specified in the initiate multipart upload request.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key: rt::Option<rt::String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// Upload ID identifying the multipart upload whose part is being uploaded.
    pub upload_id: rt::String,
}
impl UploadPartRequest {
    /// A builder for this structure.
    pub fn builder() -> UploadPartRequestBuilder {
        UploadPartRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UploadPartRequest {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`checksum_algorithm`](Self::checksum_algorithm).
    pub fn checksum_algorithm(&self) -> rt::Option<&ChecksumAlgorithm> {
        self.checksum_algorithm.as_ref()
    }
    /// [`checksum_crc32`](Self::checksum_crc32).
    pub fn checksum_crc32(&self) -> rt::Option<&str> {
        self.checksum_crc32.as_deref()
    }
    /// [`checksum_crc32c`](Self::checksum_crc32c).
    pub fn checksum_crc32c(&self) -> rt::Option<&str> {
        self.checksum_crc32c.as_deref()
    }
    /// [`checksum_crc64nvme`](Self::checksum_crc64nvme).
    pub fn checksum_crc64nvme(&self) -> rt::Option<&str> {
        self.checksum_crc64nvme.as_deref()
    }
    /// [`checksum_sha1`](Self::checksum_sha1).
    pub fn checksum_sha1(&self) -> rt::Option<&str> {
        self.checksum_sha1.as_deref()
    }
    /// [`checksum_sha256`](Self::checksum_sha256).
    pub fn checksum_sha256(&self) -> rt::Option<&str> {
        self.checksum_sha256.as_deref()
    }
    /// [`content_length`](Self::content_length).
    pub fn content_length(&self) -> rt::Option<i64> {
        self.content_length
    }
    /// [`content_md5`](Self::content_md5).
    pub fn content_md5(&self) -> rt::Option<&str> {
        self.content_md5.as_deref()
    }
    /// [`expected_bucket_owner`](Self::expected_bucket_owner).
    pub fn expected_bucket_owner(&self) -> rt::Option<&str> {
        self.expected_bucket_owner.as_deref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`part_number`](Self::part_number).
    pub fn part_number(&self) -> i32 {
        self.part_number
    }
    /// [`request_payer`](Self::request_payer).
    pub fn request_payer(&self) -> rt::Option<&RequestPayer> {
        self.request_payer.as_ref()
    }
    /// [`sse_customer_algorithm`](Self::sse_customer_algorithm).
    pub fn sse_customer_algorithm(&self) -> rt::Option<&str> {
        self.sse_customer_algorithm.as_deref()
    }
    /// [`sse_customer_key`](Self::sse_customer_key).
    pub fn sse_customer_key(&self) -> rt::Option<&str> {
        self.sse_customer_key.as_deref()
    }
    /// [`sse_customer_key_md5`](Self::sse_customer_key_md5).
    pub fn sse_customer_key_md5(&self) -> rt::Option<&str> {
        self.sse_customer_key_md5.as_deref()
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> &str {
        &self.upload_id
    }
}
/// Builds a [`UploadPartRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct UploadPartRequestBuilder {
    /// [`UploadPartRequest::body`](UploadPartRequest::body), if set.
    pub body: rt::Option<rt::ByteStream>,
    /// [`UploadPartRequest::bucket`](UploadPartRequest::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`UploadPartRequest::checksum_algorithm`](UploadPartRequest::checksum_algorithm), if set.
    pub checksum_algorithm: rt::Option<ChecksumAlgorithm>,
    /// [`UploadPartRequest::checksum_crc32`](UploadPartRequest::checksum_crc32), if set.
    pub checksum_crc32: rt::Option<rt::String>,
    /// [`UploadPartRequest::checksum_crc32c`](UploadPartRequest::checksum_crc32c), if set.
    pub checksum_crc32c: rt::Option<rt::String>,
    /// [`UploadPartRequest::checksum_crc64nvme`](UploadPartRequest::checksum_crc64nvme), if set.
    pub checksum_crc64nvme: rt::Option<rt::String>,
    /// [`UploadPartRequest::checksum_sha1`](UploadPartRequest::checksum_sha1), if set.
    pub checksum_sha1: rt::Option<rt::String>,
    /// [`UploadPartRequest::checksum_sha256`](UploadPartRequest::checksum_sha256), if set.
    pub checksum_sha256: rt::Option<rt::String>,
    /// [`UploadPartRequest::content_length`](UploadPartRequest::content_length), if set.
    pub content_length: rt::Option<i64>,
    /// [`UploadPartRequest::content_md5`](UploadPartRequest::content_md5), if set.
    pub content_md5: rt::Option<rt::String>,
    /// [`UploadPartRequest::expected_bucket_owner`](UploadPartRequest::expected_bucket_owner), if set.
    pub expected_bucket_owner: rt::Option<rt::String>,
    /// [`UploadPartRequest::key`](UploadPartRequest::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`UploadPartRequest::part_number`](UploadPartRequest::part_number), if set.
    pub part_number: rt::Option<i32>,
    /// [`UploadPartRequest::request_payer`](UploadPartRequest::request_payer), if set.
    pub request_payer: rt::Option<RequestPayer>,
    /// [`UploadPartRequest::sse_customer_algorithm`](UploadPartRequest::sse_customer_algorithm), if set.
    pub sse_customer_algorithm: rt::Option<rt::String>,
    /// [`UploadPartRequest::sse_customer_key`](UploadPartRequest::sse_customer_key), if set.
    pub sse_customer_key: rt::Option<rt::String>,
    /// [`UploadPartRequest::sse_customer_key_md5`](UploadPartRequest::sse_customer_key_md5), if set.
    pub sse_customer_key_md5: rt::Option<rt::String>,
    /// [`UploadPartRequest::upload_id`](UploadPartRequest::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
}
impl UploadPartRequestBuilder {
    /// Sets [`UploadPartRequest::body`](UploadPartRequest::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::body`](UploadPartRequest::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// Sets [`UploadPartRequest::bucket`](UploadPartRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::bucket`](UploadPartRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`UploadPartRequest::checksum_algorithm`](UploadPartRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_algorithm`](UploadPartRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.checksum_algorithm = value;
        self
    }
    /// Sets [`UploadPartRequest::checksum_crc32`](UploadPartRequest::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_crc32`](UploadPartRequest::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32 = value;
        self
    }
    /// Sets [`UploadPartRequest::checksum_crc32c`](UploadPartRequest::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc32c = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_crc32c`](UploadPartRequest::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc32c = value;
        self
    }
    /// Sets [`UploadPartRequest::checksum_crc64nvme`](UploadPartRequest::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_crc64nvme = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_crc64nvme`](UploadPartRequest::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_crc64nvme = value;
        self
    }
    /// Sets [`UploadPartRequest::checksum_sha1`](UploadPartRequest::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha1 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_sha1`](UploadPartRequest::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha1 = value;
        self
    }
    /// Sets [`UploadPartRequest::checksum_sha256`](UploadPartRequest::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum_sha256 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_sha256`](UploadPartRequest::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum_sha256 = value;
        self
    }
    /// Sets [`UploadPartRequest::content_length`](UploadPartRequest::content_length).
    pub fn content_length(mut self, value: impl rt::Into<i64>) -> Self {
        self.content_length = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::content_length`](UploadPartRequest::content_length).
    pub fn set_content_length(mut self, value: rt::Option<i64>) -> Self {
        self.content_length = value;
        self
    }
    /// Sets [`UploadPartRequest::content_md5`](UploadPartRequest::content_md5).
    pub fn content_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::content_md5`](UploadPartRequest::content_md5).
    pub fn set_content_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_md5 = value;
        self
    }
    /// Sets [`UploadPartRequest::expected_bucket_owner`](UploadPartRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expected_bucket_owner = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::expected_bucket_owner`](UploadPartRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.expected_bucket_owner = value;
        self
    }
    /// Sets [`UploadPartRequest::key`](UploadPartRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::key`](UploadPartRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`UploadPartRequest::part_number`](UploadPartRequest::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.part_number = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::part_number`](UploadPartRequest::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.part_number = value;
        self
    }
    /// Sets [`UploadPartRequest::request_payer`](UploadPartRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.request_payer = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::request_payer`](UploadPartRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.request_payer = value;
        self
    }
    /// Sets [`UploadPartRequest::sse_customer_algorithm`](UploadPartRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::sse_customer_algorithm`](UploadPartRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_algorithm = value;
        self
    }
    /// Sets [`UploadPartRequest::sse_customer_key`](UploadPartRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::sse_customer_key`](UploadPartRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key = value;
        self
    }
    /// Sets [`UploadPartRequest::sse_customer_key_md5`](UploadPartRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sse_customer_key_md5 = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::sse_customer_key_md5`](UploadPartRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.sse_customer_key_md5 = value;
        self
    }
    /// Sets [`UploadPartRequest::upload_id`](UploadPartRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadPartRequest::upload_id`](UploadPartRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UploadPartRequest, rt::BuildError> {
        Ok(UploadPartRequest {
            body: self.body.unwrap_or_default(),
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "UploadPartRequest",
                member: "Bucket",
            })?,
            checksum_algorithm: self.checksum_algorithm,
            checksum_crc32: self.checksum_crc32,
            checksum_crc32c: self.checksum_crc32c,
            checksum_crc64nvme: self.checksum_crc64nvme,
            checksum_sha1: self.checksum_sha1,
            checksum_sha256: self.checksum_sha256,
            content_length: self.content_length,
            content_md5: self.content_md5,
            expected_bucket_owner: self.expected_bucket_owner,
            key: self.key.ok_or(rt::BuildError {
                shape: "UploadPartRequest",
                member: "Key",
            })?,
            part_number: self.part_number.ok_or(rt::BuildError {
                shape: "UploadPartRequest",
                member: "PartNumber",
            })?,
            request_payer: self.request_payer,
            sse_customer_algorithm: self.sse_customer_algorithm,
            sse_customer_key: self.sse_customer_key,
            sse_customer_key_md5: self.sse_customer_key_md5,
            upload_id: self.upload_id.ok_or(rt::BuildError {
                shape: "UploadPartRequest",
                member: "UploadId",
            })?,
        })
    }
}
impl ::std::fmt::Debug for UploadPartRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartRequest")
            .field("Body", &self.body)
            .field("Bucket", &self.bucket)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ContentLength", &self.content_length)
            .field("ContentMD5", &self.content_md5)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Key", &self.key)
            .field("PartNumber", &self.part_number)
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("UploadId", &self.upload_id)
            .finish()
    }
}
impl ::std::fmt::Debug for UploadPartRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartRequestBuilder")
            .field("Body", &self.body)
            .field("Bucket", &self.bucket)
            .field("ChecksumAlgorithm", &self.checksum_algorithm)
            .field("ChecksumCRC32", &self.checksum_crc32)
            .field("ChecksumCRC32C", &self.checksum_crc32c)
            .field("ChecksumCRC64NVME", &self.checksum_crc64nvme)
            .field("ChecksumSHA1", &self.checksum_sha1)
            .field("ChecksumSHA256", &self.checksum_sha256)
            .field("ContentLength", &self.content_length)
            .field("ContentMD5", &self.content_md5)
            .field("ExpectedBucketOwner", &self.expected_bucket_owner)
            .field("Key", &self.key)
            .field("PartNumber", &self.part_number)
            .field("RequestPayer", &self.request_payer)
            .field("SSECustomerAlgorithm", &self.sse_customer_algorithm)
            .field("SSECustomerKey", &"*** Sensitive Data Redacted ***")
            .field("SSECustomerKeyMD5", &self.sse_customer_key_md5)
            .field("UploadId", &self.upload_id)
            .finish()
    }
}
/// The container for selecting objects from a content event stream.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum SelectObjectContentEventStream {
    /// The Continuation Event.
    Cont(ContinuationEvent),
    /// The End Event.
    End(EndEvent),
    /// The Progress Event.
    Progress(ProgressEvent),
    /// The Records Event.
    Records(RecordsEvent),
    /// The Stats Event.
    Stats(StatsEvent),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}

::codegen_rt::string_enum! {
    pub enum ArchiveStatus {
        ArchiveAccess = "ARCHIVE_ACCESS",
        DeepArchiveAccess = "DEEP_ARCHIVE_ACCESS",
    }
}

::codegen_rt::string_enum! {
    pub enum BucketCannedAcl {
        AuthenticatedRead = "authenticated-read",
        Private = "private",
        PublicRead = "public-read",
        PublicReadWrite = "public-read-write",
    }
}

::codegen_rt::string_enum! {
    pub enum BucketLocationConstraint {
        Eu = "EU",
        AfSouth1 = "af-south-1",
        ApEast1 = "ap-east-1",
        ApNortheast1 = "ap-northeast-1",
        ApNortheast2 = "ap-northeast-2",
        ApNortheast3 = "ap-northeast-3",
        ApSouth1 = "ap-south-1",
        ApSouth2 = "ap-south-2",
        ApSoutheast1 = "ap-southeast-1",
        ApSoutheast2 = "ap-southeast-2",
        ApSoutheast3 = "ap-southeast-3",
        ApSoutheast4 = "ap-southeast-4",
        ApSoutheast5 = "ap-southeast-5",
        CaCentral1 = "ca-central-1",
        CnNorth1 = "cn-north-1",
        CnNorthwest1 = "cn-northwest-1",
        EuCentral1 = "eu-central-1",
        EuCentral2 = "eu-central-2",
        EuNorth1 = "eu-north-1",
        EuSouth1 = "eu-south-1",
        EuSouth2 = "eu-south-2",
        EuWest1 = "eu-west-1",
        EuWest2 = "eu-west-2",
        EuWest3 = "eu-west-3",
        IlCentral1 = "il-central-1",
        MeCentral1 = "me-central-1",
        MeSouth1 = "me-south-1",
        SaEast1 = "sa-east-1",
        UsEast2 = "us-east-2",
        UsGovEast1 = "us-gov-east-1",
        UsGovWest1 = "us-gov-west-1",
        UsWest1 = "us-west-1",
        UsWest2 = "us-west-2",
    }
}

::codegen_rt::string_enum! {
    pub enum BucketType {
        Directory = "Directory",
    }
}

::codegen_rt::string_enum! {
    pub enum ChecksumAlgorithm {
        Crc32 = "CRC32",
        Crc32c = "CRC32C",
        Crc64nvme = "CRC64NVME",
        Sha1 = "SHA1",
        Sha256 = "SHA256",
    }
}

::codegen_rt::string_enum! {
    pub enum ChecksumMode {
        Enabled = "ENABLED",
    }
}

::codegen_rt::string_enum! {
    pub enum ChecksumType {
        Composite = "COMPOSITE",
        FullObject = "FULL_OBJECT",
    }
}

::codegen_rt::string_enum! {
    pub enum CompressionType {
        Bzip2 = "BZIP2",
        Gzip = "GZIP",
        None = "NONE",
    }
}

::codegen_rt::string_enum! {
    pub enum DataRedundancy {
        SingleAvailabilityZone = "SingleAvailabilityZone",
        SingleLocalZone = "SingleLocalZone",
    }
}

::codegen_rt::string_enum! {
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// **Note:** When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test_file(3).png` will appear as `test_file%283%29.png`.
    pub enum EncodingType {
        Url = "url",
    }
}

::codegen_rt::string_enum! {
    pub enum ExpressionType {
        Sql = "SQL",
    }
}

::codegen_rt::string_enum! {
    pub enum FileHeaderInfo {
        Ignore = "IGNORE",
        None = "NONE",
        Use = "USE",
    }
}

::codegen_rt::string_enum! {
    pub enum IntelligentTieringAccessTier {
        ArchiveAccess = "ARCHIVE_ACCESS",
        DeepArchiveAccess = "DEEP_ARCHIVE_ACCESS",
    }
}

::codegen_rt::string_enum! {
    pub enum JsonType {
        Document = "DOCUMENT",
        Lines = "LINES",
    }
}

::codegen_rt::string_enum! {
    pub enum LocationType {
        AvailabilityZone = "AvailabilityZone",
        LocalZone = "LocalZone",
    }
}

::codegen_rt::string_enum! {
    pub enum MetadataDirective {
        Copy = "COPY",
        Replace = "REPLACE",
    }
}

::codegen_rt::string_enum! {
    pub enum ObjectCannedAcl {
        AuthenticatedRead = "authenticated-read",
        AwsExecRead = "aws-exec-read",
        BucketOwnerFullControl = "bucket-owner-full-control",
        BucketOwnerRead = "bucket-owner-read",
        Private = "private",
        PublicRead = "public-read",
        PublicReadWrite = "public-read-write",
    }
}

::codegen_rt::string_enum! {
    pub enum ObjectLockLegalHoldStatus {
        Off = "OFF",
        On = "ON",
    }
}

::codegen_rt::string_enum! {
    pub enum ObjectLockMode {
        Compliance = "COMPLIANCE",
        Governance = "GOVERNANCE",
    }
}

::codegen_rt::string_enum! {
    /// The container element for object ownership for a bucket's ownership controls.
    ///
    /// `BucketOwnerPreferred` - Objects uploaded to the bucket change ownership to the bucket owner if the objects are uploaded with the `bucket-owner-full-control` canned ACL.
    ///
    /// `ObjectWriter` - The uploading account will own the object if the object is uploaded with the `bucket-owner-full-control` canned ACL.
    ///
    /// `BucketOwnerEnforced` - Access control lists (ACLs) are disabled and no longer affect permissions. The bucket owner automatically owns and has full control over every object in the bucket. The bucket only accepts PUT requests that don't specify an ACL or specify bucket owner full control ACLs (such as the predefined `bucket-owner-full-control` canned ACL or a custom ACL in XML format that grants the same permissions).
    ///
    /// By default, `ObjectOwnership` is set to `BucketOwnerEnforced` and ACLs are disabled. We recommend keeping ACLs disabled, except in uncommon use cases where you must control access for each object individually. For more information about S3 Object Ownership, see [Controlling ownership of objects and disabling ACLs for your bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets. Directory buckets use the bucket owner enforced setting for S3 Object Ownership.
    pub enum ObjectOwnership {
        BucketOwnerEnforced = "BucketOwnerEnforced",
        BucketOwnerPreferred = "BucketOwnerPreferred",
        ObjectWriter = "ObjectWriter",
    }
}

::codegen_rt::string_enum! {
    pub enum ObjectStorageClass {
        DeepArchive = "DEEP_ARCHIVE",
        ExpressOnezone = "EXPRESS_ONEZONE",
        Glacier = "GLACIER",
        GlacierIr = "GLACIER_IR",
        IntelligentTiering = "INTELLIGENT_TIERING",
        OnezoneIa = "ONEZONE_IA",
        Outposts = "OUTPOSTS",
        ReducedRedundancy = "REDUCED_REDUNDANCY",
        Snow = "SNOW",
        Standard = "STANDARD",
        StandardIa = "STANDARD_IA",
    }
}

::codegen_rt::string_enum! {
    pub enum OptionalObjectAttributes {
        RestoreStatus = "RestoreStatus",
    }
}

::codegen_rt::string_enum! {
    pub enum QuoteFields {
        Always = "ALWAYS",
        Asneeded = "ASNEEDED",
    }
}

::codegen_rt::string_enum! {
    pub enum ReplicationStatus {
        Complete = "COMPLETE",
        Completed = "COMPLETED",
        Failed = "FAILED",
        Pending = "PENDING",
        Replica = "REPLICA",
    }
}

::codegen_rt::string_enum! {
    /// If present, indicates that the requester was successfully charged for the request.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub enum RequestCharged {
        Requester = "requester",
    }
}

::codegen_rt::string_enum! {
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for corresponding charges to copy the object. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** This functionality is not supported for directory buckets.
    pub enum RequestPayer {
        Requester = "requester",
    }
}

::codegen_rt::string_enum! {
    pub enum ServerSideEncryption {
        Aes256 = "AES256",
        AwsKms = "aws:kms",
        AwsKmsDsse = "aws:kms:dsse",
    }
}

::codegen_rt::string_enum! {
    pub enum StorageClass {
        DeepArchive = "DEEP_ARCHIVE",
        ExpressOnezone = "EXPRESS_ONEZONE",
        Glacier = "GLACIER",
        GlacierIr = "GLACIER_IR",
        IntelligentTiering = "INTELLIGENT_TIERING",
        OnezoneIa = "ONEZONE_IA",
        Outposts = "OUTPOSTS",
        ReducedRedundancy = "REDUCED_REDUNDANCY",
        Snow = "SNOW",
        Standard = "STANDARD",
        StandardIa = "STANDARD_IA",
    }
}

::codegen_rt::string_enum! {
    pub enum TaggingDirective {
        Copy = "COPY",
        Replace = "REPLACE",
    }
}
