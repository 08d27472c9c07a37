// Generated from models/aws-s3.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The requested bucket name is not available. The bucket namespace is shared by all users of the system. Select a different name and try again.
#[derive(Clone, Debug, PartialEq)]
pub struct BucketAlreadyExists {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for BucketAlreadyExists {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for BucketAlreadyExists {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl BucketAlreadyExists {
    /// A builder for this structure.
    pub fn builder() -> BucketAlreadyExistsBuilder {
        BucketAlreadyExistsBuilder::default()
    }
}
/// Builds a [`BucketAlreadyExists`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BucketAlreadyExistsBuilder {}
impl BucketAlreadyExistsBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> BucketAlreadyExists {
        BucketAlreadyExists {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl BucketAlreadyExists {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "BucketAlreadyExists";
}
impl rt::ModeledError for BucketAlreadyExists {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#BucketAlreadyExists"
    }
    fn status(&self) -> u16 {
        409
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::BUCKET_ALREADY_EXISTS)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::BUCKET_ALREADY_EXISTS)
    }
}
impl ::std::fmt::Display for BucketAlreadyExists {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for BucketAlreadyExists {}
/// The bucket you tried to create already exists, and you own it. Amazon S3 returns this error in all Amazon Web Services Regions except in the North Virginia Region. For legacy compatibility, if you re-create an existing bucket that you already own in the North Virginia Region, Amazon S3 returns 200 OK and resets the bucket access control lists (ACLs).
#[derive(Clone, Debug, PartialEq)]
pub struct BucketAlreadyOwnedByYou {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for BucketAlreadyOwnedByYou {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for BucketAlreadyOwnedByYou {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl BucketAlreadyOwnedByYou {
    /// A builder for this structure.
    pub fn builder() -> BucketAlreadyOwnedByYouBuilder {
        BucketAlreadyOwnedByYouBuilder::default()
    }
}
/// Builds a [`BucketAlreadyOwnedByYou`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BucketAlreadyOwnedByYouBuilder {}
impl BucketAlreadyOwnedByYouBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> BucketAlreadyOwnedByYou {
        BucketAlreadyOwnedByYou {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl BucketAlreadyOwnedByYou {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "BucketAlreadyOwnedByYou";
}
impl rt::ModeledError for BucketAlreadyOwnedByYou {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#BucketAlreadyOwnedByYou"
    }
    fn status(&self) -> u16 {
        409
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::BUCKET_ALREADY_OWNED_BY_YOU)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::BUCKET_ALREADY_OWNED_BY_YOU)
    }
}
impl ::std::fmt::Display for BucketAlreadyOwnedByYou {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for BucketAlreadyOwnedByYou {}
/// The existing object was created with a different encryption type. Subsequent write requests must include the appropriate encryption parameters in the request or while creating the session.
#[derive(Clone, Debug, PartialEq)]
pub struct EncryptionTypeMismatch {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for EncryptionTypeMismatch {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for EncryptionTypeMismatch {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl EncryptionTypeMismatch {
    /// A builder for this structure.
    pub fn builder() -> EncryptionTypeMismatchBuilder {
        EncryptionTypeMismatchBuilder::default()
    }
}
/// Builds a [`EncryptionTypeMismatch`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EncryptionTypeMismatchBuilder {}
impl EncryptionTypeMismatchBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> EncryptionTypeMismatch {
        EncryptionTypeMismatch {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl EncryptionTypeMismatch {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "EncryptionTypeMismatch";
}
impl rt::ModeledError for EncryptionTypeMismatch {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#EncryptionTypeMismatch"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::ENCRYPTION_TYPE_MISMATCH)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::ENCRYPTION_TYPE_MISMATCH)
    }
}
impl ::std::fmt::Display for EncryptionTypeMismatch {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for EncryptionTypeMismatch {}
/// Object is archived and inaccessible until restored.
///
/// If the object you are retrieving is stored in the S3 Glacier Flexible Retrieval storage class, the S3 Glacier Deep Archive storage class, the S3 Intelligent-Tiering Archive Access tier, or the S3 Intelligent-Tiering Deep Archive Access tier, before you can retrieve the object you must first restore a copy using [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html). Otherwise, this operation returns an `InvalidObjectState` error. For information about restoring archived objects, see [Restoring Archived Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/restoring-objects.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidObjectState {
    pub access_tier: rt::Option<IntelligentTieringAccessTier>,
    pub storage_class: rt::Option<StorageClass>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidObjectState {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidObjectState {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidObjectState {
    /// A builder for this structure.
    pub fn builder() -> InvalidObjectStateBuilder {
        InvalidObjectStateBuilder::default()
    }
}
/// Builds a [`InvalidObjectState`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidObjectStateBuilder {
    /// [`InvalidObjectState::access_tier`](InvalidObjectState::access_tier), if set.
    pub access_tier: rt::Option<IntelligentTieringAccessTier>,
    /// [`InvalidObjectState::storage_class`](InvalidObjectState::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
}
impl InvalidObjectStateBuilder {
    /// Sets [`InvalidObjectState::access_tier`](InvalidObjectState::access_tier).
    pub fn access_tier(mut self, value: impl rt::Into<IntelligentTieringAccessTier>) -> Self {
        self.access_tier = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidObjectState::access_tier`](InvalidObjectState::access_tier).
    pub fn set_access_tier(mut self, value: rt::Option<IntelligentTieringAccessTier>) -> Self {
        self.access_tier = value;
        self
    }
    /// Sets [`InvalidObjectState::storage_class`](InvalidObjectState::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidObjectState::storage_class`](InvalidObjectState::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidObjectState {
        InvalidObjectState {
            access_tier: self.access_tier,
            storage_class: self.storage_class,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidObjectState {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidObjectState";
}
impl rt::ModeledError for InvalidObjectState {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#InvalidObjectState"
    }
    fn status(&self) -> u16 {
        403
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_OBJECT_STATE)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_OBJECT_STATE)
    }
}
impl ::std::fmt::Display for InvalidObjectState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidObjectState {}
/// You may receive this error in multiple cases. Depending on the reason for the error, you may receive one of the messages below:
///
/// - Cannot specify both a write offset value and user-defined object metadata for existing objects.
/// - Checksum Type mismatch occurred, expected checksum Type: sha1, actual checksum Type: crc32c.
/// - Request body cannot be empty when 'write offset' is specified.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidRequest {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidRequest {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidRequest {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidRequest {
    /// A builder for this structure.
    pub fn builder() -> InvalidRequestBuilder {
        InvalidRequestBuilder::default()
    }
}
/// Builds a [`InvalidRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidRequestBuilder {}
impl InvalidRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidRequest {
        InvalidRequest {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidRequest {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidRequest";
}
impl rt::ModeledError for InvalidRequest {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#InvalidRequest"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_REQUEST)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_REQUEST)
    }
}
impl ::std::fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidRequest {}
/// The write offset value that you specified does not match the current object size.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidWriteOffset {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidWriteOffset {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidWriteOffset {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidWriteOffset {
    /// A builder for this structure.
    pub fn builder() -> InvalidWriteOffsetBuilder {
        InvalidWriteOffsetBuilder::default()
    }
}
/// Builds a [`InvalidWriteOffset`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidWriteOffsetBuilder {}
impl InvalidWriteOffsetBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidWriteOffset {
        InvalidWriteOffset {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidWriteOffset {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidWriteOffset";
}
impl rt::ModeledError for InvalidWriteOffset {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#InvalidWriteOffset"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_WRITE_OFFSET)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_WRITE_OFFSET)
    }
}
impl ::std::fmt::Display for InvalidWriteOffset {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidWriteOffset {}
/// The specified bucket does not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct NoSuchBucket {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NoSuchBucket {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NoSuchBucket {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NoSuchBucket {
    /// A builder for this structure.
    pub fn builder() -> NoSuchBucketBuilder {
        NoSuchBucketBuilder::default()
    }
}
/// Builds a [`NoSuchBucket`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoSuchBucketBuilder {}
impl NoSuchBucketBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> NoSuchBucket {
        NoSuchBucket {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NoSuchBucket {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NoSuchBucket";
}
impl rt::ModeledError for NoSuchBucket {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#NoSuchBucket"
    }
    fn status(&self) -> u16 {
        404
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NO_SUCH_BUCKET)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NO_SUCH_BUCKET)
    }
}
impl ::std::fmt::Display for NoSuchBucket {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NoSuchBucket {}
/// The specified key does not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct NoSuchKey {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NoSuchKey {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NoSuchKey {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NoSuchKey {
    /// A builder for this structure.
    pub fn builder() -> NoSuchKeyBuilder {
        NoSuchKeyBuilder::default()
    }
}
/// Builds a [`NoSuchKey`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoSuchKeyBuilder {}
impl NoSuchKeyBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> NoSuchKey {
        NoSuchKey {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NoSuchKey {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NoSuchKey";
}
impl rt::ModeledError for NoSuchKey {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#NoSuchKey"
    }
    fn status(&self) -> u16 {
        404
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NO_SUCH_KEY)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NO_SUCH_KEY)
    }
}
impl ::std::fmt::Display for NoSuchKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NoSuchKey {}
/// The specified multipart upload does not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct NoSuchUpload {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NoSuchUpload {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NoSuchUpload {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NoSuchUpload {
    /// A builder for this structure.
    pub fn builder() -> NoSuchUploadBuilder {
        NoSuchUploadBuilder::default()
    }
}
/// Builds a [`NoSuchUpload`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoSuchUploadBuilder {}
impl NoSuchUploadBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> NoSuchUpload {
        NoSuchUpload {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NoSuchUpload {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NoSuchUpload";
}
impl rt::ModeledError for NoSuchUpload {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#NoSuchUpload"
    }
    fn status(&self) -> u16 {
        404
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NO_SUCH_UPLOAD)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NO_SUCH_UPLOAD)
    }
}
impl ::std::fmt::Display for NoSuchUpload {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NoSuchUpload {}
/// The specified content does not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct NotFound {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NotFound {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NotFound {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NotFound {
    /// A builder for this structure.
    pub fn builder() -> NotFoundBuilder {
        NotFoundBuilder::default()
    }
}
/// Builds a [`NotFound`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotFoundBuilder {}
impl NotFoundBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> NotFound {
        NotFound {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NotFound {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NotFound";
}
impl rt::ModeledError for NotFound {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#NotFound"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NOT_FOUND)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NOT_FOUND)
    }
}
impl ::std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NotFound {}
/// The source object of the COPY action is not in the active tier and is only stored in Amazon S3 Glacier.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectNotInActiveTierError {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ObjectNotInActiveTierError {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ObjectNotInActiveTierError {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ObjectNotInActiveTierError {
    /// A builder for this structure.
    pub fn builder() -> ObjectNotInActiveTierErrorBuilder {
        ObjectNotInActiveTierErrorBuilder::default()
    }
}
/// Builds a [`ObjectNotInActiveTierError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectNotInActiveTierErrorBuilder {}
impl ObjectNotInActiveTierErrorBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> ObjectNotInActiveTierError {
        ObjectNotInActiveTierError {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ObjectNotInActiveTierError {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ObjectNotInActiveTierError";
}
impl rt::ModeledError for ObjectNotInActiveTierError {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#ObjectNotInActiveTierError"
    }
    fn status(&self) -> u16 {
        403
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::OBJECT_NOT_IN_ACTIVE_TIER_ERROR)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::OBJECT_NOT_IN_ACTIVE_TIER_ERROR)
    }
}
impl ::std::fmt::Display for ObjectNotInActiveTierError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ObjectNotInActiveTierError {}
/// You have attempted to add more parts than the maximum of 10000 that are allowed for this object. You can use the CopyObject operation to copy this object to another and then add more data to the newly copied object.
#[derive(Clone, Debug, PartialEq)]
pub struct TooManyParts {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TooManyParts {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TooManyParts {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TooManyParts {
    /// A builder for this structure.
    pub fn builder() -> TooManyPartsBuilder {
        TooManyPartsBuilder::default()
    }
}
/// Builds a [`TooManyParts`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TooManyPartsBuilder {}
impl TooManyPartsBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> TooManyParts {
        TooManyParts {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TooManyParts {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TooManyParts";
}
impl rt::ModeledError for TooManyParts {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.s3#TooManyParts"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TOO_MANY_PARTS)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TOO_MANY_PARTS)
    }
}
impl ::std::fmt::Display for TooManyParts {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TooManyParts {}

::codegen_rt::operation_error! {
    /// The errors `AbortMultipartUpload` can return.
    pub enum AbortMultipartUploadError {
        /// The specified multipart upload does not exist.
        NoSuchUpload = "NoSuchUpload",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `CompleteMultipartUpload` can return.
    pub enum CompleteMultipartUploadError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `CopyObject` can return.
    pub enum CopyObjectError {
        /// The source object of the COPY action is not in the active tier and is only stored in Amazon S3 Glacier.
        ObjectNotInActiveTierError = "ObjectNotInActiveTierError",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `CreateBucket` can return.
    pub enum CreateBucketError {
        /// The requested bucket name is not available. The bucket namespace is shared by all users of the system. Select a different name and try again.
        BucketAlreadyExists = "BucketAlreadyExists",
        /// The bucket you tried to create already exists, and you own it. Amazon S3 returns this error in all Amazon Web Services Regions except in the North Virginia Region. For legacy compatibility, if you re-create an existing bucket that you already own in the North Virginia Region, Amazon S3 returns 200 OK and resets the bucket access control lists (ACLs).
        BucketAlreadyOwnedByYou = "BucketAlreadyOwnedByYou",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `CreateMultipartUpload` can return.
    pub enum CreateMultipartUploadError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteBucket` can return.
    pub enum DeleteBucketError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteObject` can return.
    pub enum DeleteObjectError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetObject` can return.
    pub enum GetObjectError {
        /// Object is archived and inaccessible until restored.
        InvalidObjectState = "InvalidObjectState",
        /// The specified key does not exist.
        NoSuchKey = "NoSuchKey",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `HeadBucket` can return.
    pub enum HeadBucketError {
        /// The specified content does not exist.
        NotFound = "NotFound",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `HeadObject` can return.
    pub enum HeadObjectError {
        /// The specified content does not exist.
        NotFound = "NotFound",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListBuckets` can return.
    pub enum ListBucketsError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListObjectsV2` can return.
    pub enum ListObjectsV2Error {
        /// The specified bucket does not exist.
        NoSuchBucket = "NoSuchBucket",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `PutObject` can return.
    pub enum PutObjectError {
        /// The existing object was created with a different encryption type. Subsequent write requests must include the appropriate encryption parameters in the request or while creating the session.
        EncryptionTypeMismatch = "EncryptionTypeMismatch",
        /// You may receive this error in multiple cases. Depending on the reason for the error, you may receive one of the messages below:
        InvalidRequest = "InvalidRequest",
        /// The write offset value that you specified does not match the current object size.
        InvalidWriteOffset = "InvalidWriteOffset",
        /// You have attempted to add more parts than the maximum of 10000 that are allowed for this object. You can use the CopyObject operation to copy this object to another and then add more data to the newly copied object.
        TooManyParts = "TooManyParts",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `SelectObjectContent` can return.
    pub enum SelectObjectContentError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `UploadPart` can return.
    pub enum UploadPartError {
    }
    validation = unmodeled;
}
