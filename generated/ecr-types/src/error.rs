// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The upload has no data: no part was uploaded before completing it.
#[derive(Clone, Debug, PartialEq)]
pub struct EmptyUploadException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for EmptyUploadException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for EmptyUploadException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl EmptyUploadException {
    /// A builder for this structure.
    pub fn builder() -> EmptyUploadExceptionBuilder {
        EmptyUploadExceptionBuilder::default()
    }
}
/// Builds a [`EmptyUploadException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmptyUploadExceptionBuilder {
    /// [`EmptyUploadException::message`](EmptyUploadException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl EmptyUploadExceptionBuilder {
    /// Sets [`EmptyUploadException::message`](EmptyUploadException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`EmptyUploadException::message`](EmptyUploadException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EmptyUploadException {
        EmptyUploadException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl EmptyUploadException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "EmptyUploadException";
}
impl rt::ModeledError for EmptyUploadException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#EmptyUploadException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for EmptyUploadException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for EmptyUploadException {}
/// The principal is already excluded.
#[derive(Clone, Debug, PartialEq)]
pub struct ExclusionAlreadyExistsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ExclusionAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ExclusionAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ExclusionAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> ExclusionAlreadyExistsExceptionBuilder {
        ExclusionAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`ExclusionAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExclusionAlreadyExistsExceptionBuilder {
    /// [`ExclusionAlreadyExistsException::message`](ExclusionAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ExclusionAlreadyExistsExceptionBuilder {
    /// Sets [`ExclusionAlreadyExistsException::message`](ExclusionAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ExclusionAlreadyExistsException::message`](ExclusionAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ExclusionAlreadyExistsException {
        ExclusionAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ExclusionAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ExclusionAlreadyExistsException";
}
impl rt::ModeledError for ExclusionAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ExclusionAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ExclusionAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ExclusionAlreadyExistsException {}
/// The principal is not excluded.
#[derive(Clone, Debug, PartialEq)]
pub struct ExclusionNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ExclusionNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ExclusionNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ExclusionNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> ExclusionNotFoundExceptionBuilder {
        ExclusionNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`ExclusionNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExclusionNotFoundExceptionBuilder {
    /// [`ExclusionNotFoundException::message`](ExclusionNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ExclusionNotFoundExceptionBuilder {
    /// Sets [`ExclusionNotFoundException::message`](ExclusionNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ExclusionNotFoundException::message`](ExclusionNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ExclusionNotFoundException {
        ExclusionNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ExclusionNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ExclusionNotFoundException";
}
impl rt::ModeledError for ExclusionNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ExclusionNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ExclusionNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ExclusionNotFoundException {}
/// An image with this manifest and tag already exists.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageAlreadyExistsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ImageAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ImageAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ImageAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> ImageAlreadyExistsExceptionBuilder {
        ImageAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`ImageAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageAlreadyExistsExceptionBuilder {
    /// [`ImageAlreadyExistsException::message`](ImageAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ImageAlreadyExistsExceptionBuilder {
    /// Sets [`ImageAlreadyExistsException::message`](ImageAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ImageAlreadyExistsException::message`](ImageAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageAlreadyExistsException {
        ImageAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ImageAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ImageAlreadyExistsException";
}
impl rt::ModeledError for ImageAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ImageAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ImageAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ImageAlreadyExistsException {}
/// The given image digest is not the digest of the manifest.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageDigestDoesNotMatchException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ImageDigestDoesNotMatchException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ImageDigestDoesNotMatchException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ImageDigestDoesNotMatchException {
    /// A builder for this structure.
    pub fn builder() -> ImageDigestDoesNotMatchExceptionBuilder {
        ImageDigestDoesNotMatchExceptionBuilder::default()
    }
}
/// Builds a [`ImageDigestDoesNotMatchException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageDigestDoesNotMatchExceptionBuilder {
    /// [`ImageDigestDoesNotMatchException::message`](ImageDigestDoesNotMatchException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ImageDigestDoesNotMatchExceptionBuilder {
    /// Sets [`ImageDigestDoesNotMatchException::message`](ImageDigestDoesNotMatchException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDigestDoesNotMatchException::message`](ImageDigestDoesNotMatchException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageDigestDoesNotMatchException {
        ImageDigestDoesNotMatchException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ImageDigestDoesNotMatchException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ImageDigestDoesNotMatchException";
}
impl rt::ModeledError for ImageDigestDoesNotMatchException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ImageDigestDoesNotMatchException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ImageDigestDoesNotMatchException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ImageDigestDoesNotMatchException {}
/// No image of the repository has the digest or tag given.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ImageNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ImageNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ImageNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> ImageNotFoundExceptionBuilder {
        ImageNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`ImageNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageNotFoundExceptionBuilder {
    /// [`ImageNotFoundException::message`](ImageNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ImageNotFoundExceptionBuilder {
    /// Sets [`ImageNotFoundException::message`](ImageNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ImageNotFoundException::message`](ImageNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageNotFoundException {
        ImageNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ImageNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ImageNotFoundException";
}
impl rt::ModeledError for ImageNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ImageNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ImageNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ImageNotFoundException {}
/// The image cannot move to that storage class (it is not an image whose class can change, or is on its way already).
#[derive(Clone, Debug, PartialEq)]
pub struct ImageStorageClassUpdateNotSupportedException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ImageStorageClassUpdateNotSupportedException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ImageStorageClassUpdateNotSupportedException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ImageStorageClassUpdateNotSupportedException {
    /// A builder for this structure.
    pub fn builder() -> ImageStorageClassUpdateNotSupportedExceptionBuilder {
        ImageStorageClassUpdateNotSupportedExceptionBuilder::default()
    }
}
/// Builds a [`ImageStorageClassUpdateNotSupportedException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageStorageClassUpdateNotSupportedExceptionBuilder {
    /// [`ImageStorageClassUpdateNotSupportedException::message`](ImageStorageClassUpdateNotSupportedException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ImageStorageClassUpdateNotSupportedExceptionBuilder {
    /// Sets [`ImageStorageClassUpdateNotSupportedException::message`](ImageStorageClassUpdateNotSupportedException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ImageStorageClassUpdateNotSupportedException::message`](ImageStorageClassUpdateNotSupportedException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageStorageClassUpdateNotSupportedException {
        ImageStorageClassUpdateNotSupportedException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ImageStorageClassUpdateNotSupportedException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ImageStorageClassUpdateNotSupportedException";
}
impl rt::ModeledError for ImageStorageClassUpdateNotSupportedException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ImageStorageClassUpdateNotSupportedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ImageStorageClassUpdateNotSupportedException {}
/// The tag already names another image and the repository's tags are immutable.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageTagAlreadyExistsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ImageTagAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ImageTagAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ImageTagAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> ImageTagAlreadyExistsExceptionBuilder {
        ImageTagAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`ImageTagAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageTagAlreadyExistsExceptionBuilder {
    /// [`ImageTagAlreadyExistsException::message`](ImageTagAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ImageTagAlreadyExistsExceptionBuilder {
    /// Sets [`ImageTagAlreadyExistsException::message`](ImageTagAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ImageTagAlreadyExistsException::message`](ImageTagAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageTagAlreadyExistsException {
        ImageTagAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ImageTagAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ImageTagAlreadyExistsException";
}
impl rt::ModeledError for ImageTagAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ImageTagAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ImageTagAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ImageTagAlreadyExistsException {}
/// The uploaded layer does not match its digest, or has no content.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidLayerException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidLayerException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidLayerException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidLayerException {
    /// A builder for this structure.
    pub fn builder() -> InvalidLayerExceptionBuilder {
        InvalidLayerExceptionBuilder::default()
    }
}
/// Builds a [`InvalidLayerException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidLayerExceptionBuilder {
    /// [`InvalidLayerException::message`](InvalidLayerException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidLayerExceptionBuilder {
    /// Sets [`InvalidLayerException::message`](InvalidLayerException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidLayerException::message`](InvalidLayerException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidLayerException {
        InvalidLayerException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidLayerException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidLayerException";
}
impl rt::ModeledError for InvalidLayerException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#InvalidLayerException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidLayerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidLayerException {}
/// A layer part is not the next consecutive byte range of the upload.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidLayerPartException {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub upload_id: rt::Option<rt::String>,
    /// The offset of the last byte the registry accepted before the invalid part.
    pub last_valid_byte_received: rt::Option<i64>,
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidLayerPartException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidLayerPartException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidLayerPartException {
    /// A builder for this structure.
    pub fn builder() -> InvalidLayerPartExceptionBuilder {
        InvalidLayerPartExceptionBuilder::default()
    }
}
/// Builds a [`InvalidLayerPartException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidLayerPartExceptionBuilder {
    /// [`InvalidLayerPartException::registry_id`](InvalidLayerPartException::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`InvalidLayerPartException::repository_name`](InvalidLayerPartException::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`InvalidLayerPartException::upload_id`](InvalidLayerPartException::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
    /// [`InvalidLayerPartException::last_valid_byte_received`](InvalidLayerPartException::last_valid_byte_received), if set.
    pub last_valid_byte_received: rt::Option<i64>,
    /// [`InvalidLayerPartException::message`](InvalidLayerPartException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidLayerPartExceptionBuilder {
    /// Sets [`InvalidLayerPartException::registry_id`](InvalidLayerPartException::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidLayerPartException::registry_id`](InvalidLayerPartException::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`InvalidLayerPartException::repository_name`](InvalidLayerPartException::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidLayerPartException::repository_name`](InvalidLayerPartException::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`InvalidLayerPartException::upload_id`](InvalidLayerPartException::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidLayerPartException::upload_id`](InvalidLayerPartException::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// Sets [`InvalidLayerPartException::last_valid_byte_received`](InvalidLayerPartException::last_valid_byte_received).
    pub fn last_valid_byte_received(mut self, value: impl rt::Into<i64>) -> Self {
        self.last_valid_byte_received = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidLayerPartException::last_valid_byte_received`](InvalidLayerPartException::last_valid_byte_received).
    pub fn set_last_valid_byte_received(mut self, value: rt::Option<i64>) -> Self {
        self.last_valid_byte_received = value;
        self
    }
    /// Sets [`InvalidLayerPartException::message`](InvalidLayerPartException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidLayerPartException::message`](InvalidLayerPartException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidLayerPartException {
        InvalidLayerPartException {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            upload_id: self.upload_id,
            last_valid_byte_received: self.last_valid_byte_received,
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidLayerPartException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidLayerPartException";
}
impl rt::ModeledError for InvalidLayerPartException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#InvalidLayerPartException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidLayerPartException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidLayerPartException {}
/// A parameter of the request is not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidParameterException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidParameterException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidParameterException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidParameterException {
    /// A builder for this structure.
    pub fn builder() -> InvalidParameterExceptionBuilder {
        InvalidParameterExceptionBuilder::default()
    }
}
/// Builds a [`InvalidParameterException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidParameterExceptionBuilder {
    /// [`InvalidParameterException::message`](InvalidParameterException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidParameterExceptionBuilder {
    /// Sets [`InvalidParameterException::message`](InvalidParameterException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidParameterException::message`](InvalidParameterException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidParameterException {
        InvalidParameterException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidParameterException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidParameterException";
    /// The error for constraint violations: its message lists them.
    pub fn validation_error(violations: &rt::json::Violations) -> Self {
        let message = violations.to_string();
        Self {
            message: Some(message),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl rt::ModeledError for InvalidParameterException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#InvalidParameterException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidParameterException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidParameterException {}
/// A tag key or value is not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidTagParameterException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidTagParameterException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidTagParameterException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidTagParameterException {
    /// A builder for this structure.
    pub fn builder() -> InvalidTagParameterExceptionBuilder {
        InvalidTagParameterExceptionBuilder::default()
    }
}
/// Builds a [`InvalidTagParameterException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidTagParameterExceptionBuilder {
    /// [`InvalidTagParameterException::message`](InvalidTagParameterException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidTagParameterExceptionBuilder {
    /// Sets [`InvalidTagParameterException::message`](InvalidTagParameterException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidTagParameterException::message`](InvalidTagParameterException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidTagParameterException {
        InvalidTagParameterException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidTagParameterException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidTagParameterException";
}
impl rt::ModeledError for InvalidTagParameterException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#InvalidTagParameterException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidTagParameterException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidTagParameterException {}
/// The key management service refused an operation the request needed.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// The error the key management service reported.
    pub kms_error: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsException {
    /// A builder for this structure.
    pub fn builder() -> KmsExceptionBuilder {
        KmsExceptionBuilder::default()
    }
}
/// Builds a [`KmsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsExceptionBuilder {
    /// [`KmsException::message`](KmsException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`KmsException::kms_error`](KmsException::kms_error), if set.
    pub kms_error: rt::Option<rt::String>,
}
impl KmsExceptionBuilder {
    /// Sets [`KmsException::message`](KmsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsException::message`](KmsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`KmsException::kms_error`](KmsException::kms_error).
    pub fn kms_error(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_error = Some(value.into());
        self
    }
    /// Sets or clears [`KmsException::kms_error`](KmsException::kms_error).
    pub fn set_kms_error(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_error = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsException {
        KmsException {
            message: self.message,
            kms_error: self.kms_error,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsException";
}
impl rt::ModeledError for KmsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#KmsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for KmsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsException {}
/// The repository already has a layer with this digest.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerAlreadyExistsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LayerAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LayerAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LayerAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> LayerAlreadyExistsExceptionBuilder {
        LayerAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`LayerAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayerAlreadyExistsExceptionBuilder {
    /// [`LayerAlreadyExistsException::message`](LayerAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LayerAlreadyExistsExceptionBuilder {
    /// Sets [`LayerAlreadyExistsException::message`](LayerAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LayerAlreadyExistsException::message`](LayerAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LayerAlreadyExistsException {
        LayerAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LayerAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LayerAlreadyExistsException";
}
impl rt::ModeledError for LayerAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LayerAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LayerAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LayerAlreadyExistsException {}
/// The layer exists but no image references it, so it cannot be downloaded; unreferenced layers may be removed at any time.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerInaccessibleException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LayerInaccessibleException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LayerInaccessibleException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LayerInaccessibleException {
    /// A builder for this structure.
    pub fn builder() -> LayerInaccessibleExceptionBuilder {
        LayerInaccessibleExceptionBuilder::default()
    }
}
/// Builds a [`LayerInaccessibleException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayerInaccessibleExceptionBuilder {
    /// [`LayerInaccessibleException::message`](LayerInaccessibleException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LayerInaccessibleExceptionBuilder {
    /// Sets [`LayerInaccessibleException::message`](LayerInaccessibleException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LayerInaccessibleException::message`](LayerInaccessibleException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LayerInaccessibleException {
        LayerInaccessibleException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LayerInaccessibleException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LayerInaccessibleException";
}
impl rt::ModeledError for LayerInaccessibleException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LayerInaccessibleException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LayerInaccessibleException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LayerInaccessibleException {}
/// A layer part is smaller than the minimum part size.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerPartTooSmallException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LayerPartTooSmallException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LayerPartTooSmallException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LayerPartTooSmallException {
    /// A builder for this structure.
    pub fn builder() -> LayerPartTooSmallExceptionBuilder {
        LayerPartTooSmallExceptionBuilder::default()
    }
}
/// Builds a [`LayerPartTooSmallException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayerPartTooSmallExceptionBuilder {
    /// [`LayerPartTooSmallException::message`](LayerPartTooSmallException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LayerPartTooSmallExceptionBuilder {
    /// Sets [`LayerPartTooSmallException::message`](LayerPartTooSmallException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LayerPartTooSmallException::message`](LayerPartTooSmallException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LayerPartTooSmallException {
        LayerPartTooSmallException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LayerPartTooSmallException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LayerPartTooSmallException";
}
impl rt::ModeledError for LayerPartTooSmallException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LayerPartTooSmallException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LayerPartTooSmallException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LayerPartTooSmallException {}
/// The layer is not in this repository, or the digest is not valid for it.
#[derive(Clone, Debug, PartialEq)]
pub struct LayersNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LayersNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LayersNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LayersNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> LayersNotFoundExceptionBuilder {
        LayersNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`LayersNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayersNotFoundExceptionBuilder {
    /// [`LayersNotFoundException::message`](LayersNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LayersNotFoundExceptionBuilder {
    /// Sets [`LayersNotFoundException::message`](LayersNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LayersNotFoundException::message`](LayersNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LayersNotFoundException {
        LayersNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LayersNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LayersNotFoundException";
}
impl rt::ModeledError for LayersNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LayersNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LayersNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LayersNotFoundException {}
/// The repository has no lifecycle policy.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LifecyclePolicyNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LifecyclePolicyNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LifecyclePolicyNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyNotFoundExceptionBuilder {
        LifecyclePolicyNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`LifecyclePolicyNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyNotFoundExceptionBuilder {
    /// [`LifecyclePolicyNotFoundException::message`](LifecyclePolicyNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LifecyclePolicyNotFoundExceptionBuilder {
    /// Sets [`LifecyclePolicyNotFoundException::message`](LifecyclePolicyNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyNotFoundException::message`](LifecyclePolicyNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyNotFoundException {
        LifecyclePolicyNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LifecyclePolicyNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LifecyclePolicyNotFoundException";
}
impl rt::ModeledError for LifecyclePolicyNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LifecyclePolicyNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LifecyclePolicyNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LifecyclePolicyNotFoundException {}
/// A preview of the repository's lifecycle policy is still running.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyPreviewInProgressException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LifecyclePolicyPreviewInProgressException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LifecyclePolicyPreviewInProgressException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LifecyclePolicyPreviewInProgressException {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyPreviewInProgressExceptionBuilder {
        LifecyclePolicyPreviewInProgressExceptionBuilder::default()
    }
}
/// Builds a [`LifecyclePolicyPreviewInProgressException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyPreviewInProgressExceptionBuilder {
    /// [`LifecyclePolicyPreviewInProgressException::message`](LifecyclePolicyPreviewInProgressException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LifecyclePolicyPreviewInProgressExceptionBuilder {
    /// Sets [`LifecyclePolicyPreviewInProgressException::message`](LifecyclePolicyPreviewInProgressException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewInProgressException::message`](LifecyclePolicyPreviewInProgressException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyPreviewInProgressException {
        LifecyclePolicyPreviewInProgressException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LifecyclePolicyPreviewInProgressException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LifecyclePolicyPreviewInProgressException";
}
impl rt::ModeledError for LifecyclePolicyPreviewInProgressException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LifecyclePolicyPreviewInProgressException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LifecyclePolicyPreviewInProgressException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LifecyclePolicyPreviewInProgressException {}
/// No preview was started for the repository.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyPreviewNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LifecyclePolicyPreviewNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LifecyclePolicyPreviewNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LifecyclePolicyPreviewNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyPreviewNotFoundExceptionBuilder {
        LifecyclePolicyPreviewNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`LifecyclePolicyPreviewNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyPreviewNotFoundExceptionBuilder {
    /// [`LifecyclePolicyPreviewNotFoundException::message`](LifecyclePolicyPreviewNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LifecyclePolicyPreviewNotFoundExceptionBuilder {
    /// Sets [`LifecyclePolicyPreviewNotFoundException::message`](LifecyclePolicyPreviewNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewNotFoundException::message`](LifecyclePolicyPreviewNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyPreviewNotFoundException {
        LifecyclePolicyPreviewNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LifecyclePolicyPreviewNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LifecyclePolicyPreviewNotFoundException";
}
impl rt::ModeledError for LifecyclePolicyPreviewNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LifecyclePolicyPreviewNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LifecyclePolicyPreviewNotFoundException {}
/// A service limit was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitExceededException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> LimitExceededExceptionBuilder {
        LimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`LimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LimitExceededExceptionBuilder {
    /// [`LimitExceededException::message`](LimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LimitExceededExceptionBuilder {
    /// Sets [`LimitExceededException::message`](LimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LimitExceededException::message`](LimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LimitExceededException {
        LimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LimitExceededException";
}
impl rt::ModeledError for LimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#LimitExceededException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LimitExceededException {}
/// A rule with this prefix exists already.
#[derive(Clone, Debug, PartialEq)]
pub struct PullThroughCacheRuleAlreadyExistsException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PullThroughCacheRuleAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PullThroughCacheRuleAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PullThroughCacheRuleAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> PullThroughCacheRuleAlreadyExistsExceptionBuilder {
        PullThroughCacheRuleAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`PullThroughCacheRuleAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PullThroughCacheRuleAlreadyExistsExceptionBuilder {
    /// [`PullThroughCacheRuleAlreadyExistsException::message`](PullThroughCacheRuleAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl PullThroughCacheRuleAlreadyExistsExceptionBuilder {
    /// Sets [`PullThroughCacheRuleAlreadyExistsException::message`](PullThroughCacheRuleAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRuleAlreadyExistsException::message`](PullThroughCacheRuleAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PullThroughCacheRuleAlreadyExistsException {
        PullThroughCacheRuleAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl PullThroughCacheRuleAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "PullThroughCacheRuleAlreadyExistsException";
}
impl rt::ModeledError for PullThroughCacheRuleAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#PullThroughCacheRuleAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for PullThroughCacheRuleAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for PullThroughCacheRuleAlreadyExistsException {}
/// There is no rule with this prefix.
#[derive(Clone, Debug, PartialEq)]
pub struct PullThroughCacheRuleNotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PullThroughCacheRuleNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PullThroughCacheRuleNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PullThroughCacheRuleNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> PullThroughCacheRuleNotFoundExceptionBuilder {
        PullThroughCacheRuleNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`PullThroughCacheRuleNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PullThroughCacheRuleNotFoundExceptionBuilder {
    /// [`PullThroughCacheRuleNotFoundException::message`](PullThroughCacheRuleNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl PullThroughCacheRuleNotFoundExceptionBuilder {
    /// Sets [`PullThroughCacheRuleNotFoundException::message`](PullThroughCacheRuleNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRuleNotFoundException::message`](PullThroughCacheRuleNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PullThroughCacheRuleNotFoundException {
        PullThroughCacheRuleNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl PullThroughCacheRuleNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "PullThroughCacheRuleNotFoundException";
}
impl rt::ModeledError for PullThroughCacheRuleNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#PullThroughCacheRuleNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for PullThroughCacheRuleNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for PullThroughCacheRuleNotFoundException {}
/// The manifest references images or layers that do not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferencedImagesNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ReferencedImagesNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ReferencedImagesNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ReferencedImagesNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> ReferencedImagesNotFoundExceptionBuilder {
        ReferencedImagesNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`ReferencedImagesNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReferencedImagesNotFoundExceptionBuilder {
    /// [`ReferencedImagesNotFoundException::message`](ReferencedImagesNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ReferencedImagesNotFoundExceptionBuilder {
    /// Sets [`ReferencedImagesNotFoundException::message`](ReferencedImagesNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ReferencedImagesNotFoundException::message`](ReferencedImagesNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReferencedImagesNotFoundException {
        ReferencedImagesNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ReferencedImagesNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ReferencedImagesNotFoundException";
}
impl rt::ModeledError for ReferencedImagesNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ReferencedImagesNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ReferencedImagesNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ReferencedImagesNotFoundException {}
/// The registry has no access policy.
#[derive(Clone, Debug, PartialEq)]
pub struct RegistryPolicyNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RegistryPolicyNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RegistryPolicyNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RegistryPolicyNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> RegistryPolicyNotFoundExceptionBuilder {
        RegistryPolicyNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`RegistryPolicyNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegistryPolicyNotFoundExceptionBuilder {
    /// [`RegistryPolicyNotFoundException::message`](RegistryPolicyNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RegistryPolicyNotFoundExceptionBuilder {
    /// Sets [`RegistryPolicyNotFoundException::message`](RegistryPolicyNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RegistryPolicyNotFoundException::message`](RegistryPolicyNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RegistryPolicyNotFoundException {
        RegistryPolicyNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RegistryPolicyNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RegistryPolicyNotFoundException";
}
impl rt::ModeledError for RegistryPolicyNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#RegistryPolicyNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RegistryPolicyNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RegistryPolicyNotFoundException {}
/// A repository with this name already exists in the registry.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryAlreadyExistsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RepositoryAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RepositoryAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RepositoryAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> RepositoryAlreadyExistsExceptionBuilder {
        RepositoryAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`RepositoryAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryAlreadyExistsExceptionBuilder {
    /// [`RepositoryAlreadyExistsException::message`](RepositoryAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RepositoryAlreadyExistsExceptionBuilder {
    /// Sets [`RepositoryAlreadyExistsException::message`](RepositoryAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryAlreadyExistsException::message`](RepositoryAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryAlreadyExistsException {
        RepositoryAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RepositoryAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RepositoryAlreadyExistsException";
}
impl rt::ModeledError for RepositoryAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#RepositoryAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RepositoryAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RepositoryAlreadyExistsException {}
/// The repository still holds images; delete them first or use `force`.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryNotEmptyException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RepositoryNotEmptyException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RepositoryNotEmptyException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RepositoryNotEmptyException {
    /// A builder for this structure.
    pub fn builder() -> RepositoryNotEmptyExceptionBuilder {
        RepositoryNotEmptyExceptionBuilder::default()
    }
}
/// Builds a [`RepositoryNotEmptyException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryNotEmptyExceptionBuilder {
    /// [`RepositoryNotEmptyException::message`](RepositoryNotEmptyException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RepositoryNotEmptyExceptionBuilder {
    /// Sets [`RepositoryNotEmptyException::message`](RepositoryNotEmptyException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryNotEmptyException::message`](RepositoryNotEmptyException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryNotEmptyException {
        RepositoryNotEmptyException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RepositoryNotEmptyException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RepositoryNotEmptyException";
}
impl rt::ModeledError for RepositoryNotEmptyException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#RepositoryNotEmptyException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RepositoryNotEmptyException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RepositoryNotEmptyException {}
/// There is no repository with this name in the registry.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RepositoryNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RepositoryNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RepositoryNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> RepositoryNotFoundExceptionBuilder {
        RepositoryNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`RepositoryNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryNotFoundExceptionBuilder {
    /// [`RepositoryNotFoundException::message`](RepositoryNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RepositoryNotFoundExceptionBuilder {
    /// Sets [`RepositoryNotFoundException::message`](RepositoryNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryNotFoundException::message`](RepositoryNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryNotFoundException {
        RepositoryNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RepositoryNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RepositoryNotFoundException";
}
impl rt::ModeledError for RepositoryNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#RepositoryNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RepositoryNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RepositoryNotFoundException {}
/// The repository has no access policy.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryPolicyNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RepositoryPolicyNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RepositoryPolicyNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RepositoryPolicyNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> RepositoryPolicyNotFoundExceptionBuilder {
        RepositoryPolicyNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`RepositoryPolicyNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryPolicyNotFoundExceptionBuilder {
    /// [`RepositoryPolicyNotFoundException::message`](RepositoryPolicyNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RepositoryPolicyNotFoundExceptionBuilder {
    /// Sets [`RepositoryPolicyNotFoundException::message`](RepositoryPolicyNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryPolicyNotFoundException::message`](RepositoryPolicyNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryPolicyNotFoundException {
        RepositoryPolicyNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RepositoryPolicyNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RepositoryPolicyNotFoundException";
}
impl rt::ModeledError for RepositoryPolicyNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#RepositoryPolicyNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RepositoryPolicyNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RepositoryPolicyNotFoundException {}
/// The image has not been scanned.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ScanNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ScanNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ScanNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> ScanNotFoundExceptionBuilder {
        ScanNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`ScanNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanNotFoundExceptionBuilder {
    /// [`ScanNotFoundException::message`](ScanNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ScanNotFoundExceptionBuilder {
    /// Sets [`ScanNotFoundException::message`](ScanNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ScanNotFoundException::message`](ScanNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ScanNotFoundException {
        ScanNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ScanNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ScanNotFoundException";
}
impl rt::ModeledError for ScanNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ScanNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ScanNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ScanNotFoundException {}
/// The secret named by the rule does not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct SecretNotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SecretNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SecretNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SecretNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> SecretNotFoundExceptionBuilder {
        SecretNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`SecretNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SecretNotFoundExceptionBuilder {
    /// [`SecretNotFoundException::message`](SecretNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl SecretNotFoundExceptionBuilder {
    /// Sets [`SecretNotFoundException::message`](SecretNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`SecretNotFoundException::message`](SecretNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SecretNotFoundException {
        SecretNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl SecretNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "SecretNotFoundException";
}
impl rt::ModeledError for SecretNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#SecretNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for SecretNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for SecretNotFoundException {}
/// The service failed to handle the request; retrying may help.
#[derive(Clone, Debug, PartialEq)]
pub struct ServerException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ServerException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ServerException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ServerException {
    /// A builder for this structure.
    pub fn builder() -> ServerExceptionBuilder {
        ServerExceptionBuilder::default()
    }
}
/// Builds a [`ServerException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServerExceptionBuilder {
    /// [`ServerException::message`](ServerException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ServerExceptionBuilder {
    /// Sets [`ServerException::message`](ServerException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ServerException::message`](ServerException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ServerException {
        ServerException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ServerException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ServerException";
}
impl rt::ModeledError for ServerException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ServerException"
    }
    fn status(&self) -> u16 {
        500
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ServerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ServerException {}
/// The registry has no signing configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct SigningConfigurationNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SigningConfigurationNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SigningConfigurationNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SigningConfigurationNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> SigningConfigurationNotFoundExceptionBuilder {
        SigningConfigurationNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`SigningConfigurationNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SigningConfigurationNotFoundExceptionBuilder {
    /// [`SigningConfigurationNotFoundException::message`](SigningConfigurationNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl SigningConfigurationNotFoundExceptionBuilder {
    /// Sets [`SigningConfigurationNotFoundException::message`](SigningConfigurationNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`SigningConfigurationNotFoundException::message`](SigningConfigurationNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SigningConfigurationNotFoundException {
        SigningConfigurationNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl SigningConfigurationNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "SigningConfigurationNotFoundException";
}
impl rt::ModeledError for SigningConfigurationNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#SigningConfigurationNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for SigningConfigurationNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for SigningConfigurationNotFoundException {}
/// A template for that prefix already exists.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateAlreadyExistsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TemplateAlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TemplateAlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TemplateAlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> TemplateAlreadyExistsExceptionBuilder {
        TemplateAlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`TemplateAlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TemplateAlreadyExistsExceptionBuilder {
    /// [`TemplateAlreadyExistsException::message`](TemplateAlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TemplateAlreadyExistsExceptionBuilder {
    /// Sets [`TemplateAlreadyExistsException::message`](TemplateAlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TemplateAlreadyExistsException::message`](TemplateAlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TemplateAlreadyExistsException {
        TemplateAlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TemplateAlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TemplateAlreadyExistsException";
}
impl rt::ModeledError for TemplateAlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#TemplateAlreadyExistsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for TemplateAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TemplateAlreadyExistsException {}
/// No template exists for that prefix.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TemplateNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TemplateNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TemplateNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> TemplateNotFoundExceptionBuilder {
        TemplateNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`TemplateNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TemplateNotFoundExceptionBuilder {
    /// [`TemplateNotFoundException::message`](TemplateNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TemplateNotFoundExceptionBuilder {
    /// Sets [`TemplateNotFoundException::message`](TemplateNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TemplateNotFoundException::message`](TemplateNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TemplateNotFoundException {
        TemplateNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TemplateNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TemplateNotFoundException";
}
impl rt::ModeledError for TemplateNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#TemplateNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for TemplateNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TemplateNotFoundException {}
/// The resource would have more tags than allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct TooManyTagsException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TooManyTagsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TooManyTagsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TooManyTagsException {
    /// A builder for this structure.
    pub fn builder() -> TooManyTagsExceptionBuilder {
        TooManyTagsExceptionBuilder::default()
    }
}
/// Builds a [`TooManyTagsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TooManyTagsExceptionBuilder {
    /// [`TooManyTagsException::message`](TooManyTagsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TooManyTagsExceptionBuilder {
    /// Sets [`TooManyTagsException::message`](TooManyTagsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TooManyTagsException::message`](TooManyTagsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TooManyTagsException {
        TooManyTagsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TooManyTagsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TooManyTagsException";
}
impl rt::ModeledError for TooManyTagsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#TooManyTagsException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for TooManyTagsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TooManyTagsException {}
/// The secret named by the rule cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub struct UnableToAccessSecretException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnableToAccessSecretException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnableToAccessSecretException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnableToAccessSecretException {
    /// A builder for this structure.
    pub fn builder() -> UnableToAccessSecretExceptionBuilder {
        UnableToAccessSecretExceptionBuilder::default()
    }
}
/// Builds a [`UnableToAccessSecretException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnableToAccessSecretExceptionBuilder {
    /// [`UnableToAccessSecretException::message`](UnableToAccessSecretException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnableToAccessSecretExceptionBuilder {
    /// Sets [`UnableToAccessSecretException::message`](UnableToAccessSecretException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnableToAccessSecretException::message`](UnableToAccessSecretException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnableToAccessSecretException {
        UnableToAccessSecretException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnableToAccessSecretException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnableToAccessSecretException";
}
impl rt::ModeledError for UnableToAccessSecretException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnableToAccessSecretException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnableToAccessSecretException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnableToAccessSecretException {}
/// The secret named by the rule cannot be decrypted.
#[derive(Clone, Debug, PartialEq)]
pub struct UnableToDecryptSecretValueException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnableToDecryptSecretValueException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnableToDecryptSecretValueException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnableToDecryptSecretValueException {
    /// A builder for this structure.
    pub fn builder() -> UnableToDecryptSecretValueExceptionBuilder {
        UnableToDecryptSecretValueExceptionBuilder::default()
    }
}
/// Builds a [`UnableToDecryptSecretValueException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnableToDecryptSecretValueExceptionBuilder {
    /// [`UnableToDecryptSecretValueException::message`](UnableToDecryptSecretValueException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnableToDecryptSecretValueExceptionBuilder {
    /// Sets [`UnableToDecryptSecretValueException::message`](UnableToDecryptSecretValueException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnableToDecryptSecretValueException::message`](UnableToDecryptSecretValueException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnableToDecryptSecretValueException {
        UnableToDecryptSecretValueException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnableToDecryptSecretValueException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnableToDecryptSecretValueException";
}
impl rt::ModeledError for UnableToDecryptSecretValueException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnableToDecryptSecretValueException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnableToDecryptSecretValueException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnableToDecryptSecretValueException {}
/// The image could not be fetched from the upstream registry of a pull-through cache rule.
#[derive(Clone, Debug, PartialEq)]
pub struct UnableToGetUpstreamImageException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnableToGetUpstreamImageException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnableToGetUpstreamImageException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnableToGetUpstreamImageException {
    /// A builder for this structure.
    pub fn builder() -> UnableToGetUpstreamImageExceptionBuilder {
        UnableToGetUpstreamImageExceptionBuilder::default()
    }
}
/// Builds a [`UnableToGetUpstreamImageException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnableToGetUpstreamImageExceptionBuilder {
    /// [`UnableToGetUpstreamImageException::message`](UnableToGetUpstreamImageException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnableToGetUpstreamImageExceptionBuilder {
    /// Sets [`UnableToGetUpstreamImageException::message`](UnableToGetUpstreamImageException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnableToGetUpstreamImageException::message`](UnableToGetUpstreamImageException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnableToGetUpstreamImageException {
        UnableToGetUpstreamImageException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnableToGetUpstreamImageException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnableToGetUpstreamImageException";
}
impl rt::ModeledError for UnableToGetUpstreamImageException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnableToGetUpstreamImageException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnableToGetUpstreamImageException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnableToGetUpstreamImageException {}
/// The layer could not be fetched from the upstream registry of a pull-through cache rule.
#[derive(Clone, Debug, PartialEq)]
pub struct UnableToGetUpstreamLayerException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnableToGetUpstreamLayerException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnableToGetUpstreamLayerException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnableToGetUpstreamLayerException {
    /// A builder for this structure.
    pub fn builder() -> UnableToGetUpstreamLayerExceptionBuilder {
        UnableToGetUpstreamLayerExceptionBuilder::default()
    }
}
/// Builds a [`UnableToGetUpstreamLayerException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnableToGetUpstreamLayerExceptionBuilder {
    /// [`UnableToGetUpstreamLayerException::message`](UnableToGetUpstreamLayerException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnableToGetUpstreamLayerExceptionBuilder {
    /// Sets [`UnableToGetUpstreamLayerException::message`](UnableToGetUpstreamLayerException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnableToGetUpstreamLayerException::message`](UnableToGetUpstreamLayerException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnableToGetUpstreamLayerException {
        UnableToGetUpstreamLayerException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnableToGetUpstreamLayerException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnableToGetUpstreamLayerException";
}
impl rt::ModeledError for UnableToGetUpstreamLayerException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnableToGetUpstreamLayerException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnableToGetUpstreamLayerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnableToGetUpstreamLayerException {}
/// The upstream registry of a pull-through cache rule could not list the referrers.
#[derive(Clone, Debug, PartialEq)]
pub struct UnableToListUpstreamImageReferrersException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnableToListUpstreamImageReferrersException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnableToListUpstreamImageReferrersException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnableToListUpstreamImageReferrersException {
    /// A builder for this structure.
    pub fn builder() -> UnableToListUpstreamImageReferrersExceptionBuilder {
        UnableToListUpstreamImageReferrersExceptionBuilder::default()
    }
}
/// Builds a [`UnableToListUpstreamImageReferrersException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnableToListUpstreamImageReferrersExceptionBuilder {
    /// [`UnableToListUpstreamImageReferrersException::message`](UnableToListUpstreamImageReferrersException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnableToListUpstreamImageReferrersExceptionBuilder {
    /// Sets [`UnableToListUpstreamImageReferrersException::message`](UnableToListUpstreamImageReferrersException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnableToListUpstreamImageReferrersException::message`](UnableToListUpstreamImageReferrersException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnableToListUpstreamImageReferrersException {
        UnableToListUpstreamImageReferrersException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnableToListUpstreamImageReferrersException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnableToListUpstreamImageReferrersException";
}
impl rt::ModeledError for UnableToListUpstreamImageReferrersException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnableToListUpstreamImageReferrersException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnableToListUpstreamImageReferrersException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnableToListUpstreamImageReferrersException {}
/// The image is not of a type that can be scanned.
#[derive(Clone, Debug, PartialEq)]
pub struct UnsupportedImageTypeException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnsupportedImageTypeException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnsupportedImageTypeException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnsupportedImageTypeException {
    /// A builder for this structure.
    pub fn builder() -> UnsupportedImageTypeExceptionBuilder {
        UnsupportedImageTypeExceptionBuilder::default()
    }
}
/// Builds a [`UnsupportedImageTypeException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnsupportedImageTypeExceptionBuilder {
    /// [`UnsupportedImageTypeException::message`](UnsupportedImageTypeException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnsupportedImageTypeExceptionBuilder {
    /// Sets [`UnsupportedImageTypeException::message`](UnsupportedImageTypeException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnsupportedImageTypeException::message`](UnsupportedImageTypeException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnsupportedImageTypeException {
        UnsupportedImageTypeException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnsupportedImageTypeException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnsupportedImageTypeException";
}
impl rt::ModeledError for UnsupportedImageTypeException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnsupportedImageTypeException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnsupportedImageTypeException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnsupportedImageTypeException {}
/// The upstream registry is not one pull-through cache rules support.
#[derive(Clone, Debug, PartialEq)]
pub struct UnsupportedUpstreamRegistryException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnsupportedUpstreamRegistryException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnsupportedUpstreamRegistryException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnsupportedUpstreamRegistryException {
    /// A builder for this structure.
    pub fn builder() -> UnsupportedUpstreamRegistryExceptionBuilder {
        UnsupportedUpstreamRegistryExceptionBuilder::default()
    }
}
/// Builds a [`UnsupportedUpstreamRegistryException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnsupportedUpstreamRegistryExceptionBuilder {
    /// [`UnsupportedUpstreamRegistryException::message`](UnsupportedUpstreamRegistryException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnsupportedUpstreamRegistryExceptionBuilder {
    /// Sets [`UnsupportedUpstreamRegistryException::message`](UnsupportedUpstreamRegistryException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnsupportedUpstreamRegistryException::message`](UnsupportedUpstreamRegistryException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnsupportedUpstreamRegistryException {
        UnsupportedUpstreamRegistryException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnsupportedUpstreamRegistryException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnsupportedUpstreamRegistryException";
}
impl rt::ModeledError for UnsupportedUpstreamRegistryException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UnsupportedUpstreamRegistryException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnsupportedUpstreamRegistryException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnsupportedUpstreamRegistryException {}
/// There is no upload with this id in the repository.
#[derive(Clone, Debug, PartialEq)]
pub struct UploadNotFoundException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UploadNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UploadNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UploadNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> UploadNotFoundExceptionBuilder {
        UploadNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`UploadNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadNotFoundExceptionBuilder {
    /// [`UploadNotFoundException::message`](UploadNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UploadNotFoundExceptionBuilder {
    /// Sets [`UploadNotFoundException::message`](UploadNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UploadNotFoundException::message`](UploadNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UploadNotFoundException {
        UploadNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UploadNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UploadNotFoundException";
}
impl rt::ModeledError for UploadNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#UploadNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UploadNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UploadNotFoundException {}
/// The request is not valid for this operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ValidationException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ValidationException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ValidationException {
    /// A builder for this structure.
    pub fn builder() -> ValidationExceptionBuilder {
        ValidationExceptionBuilder::default()
    }
}
/// Builds a [`ValidationException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValidationExceptionBuilder {
    /// [`ValidationException::message`](ValidationException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ValidationExceptionBuilder {
    /// Sets [`ValidationException::message`](ValidationException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ValidationException::message`](ValidationException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ValidationException {
        ValidationException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ValidationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ValidationException";
    /// The error for constraint violations: its message lists them.
    pub fn validation_error(violations: &rt::json::Violations) -> Self {
        let message = violations.to_string();
        Self {
            message: Some(message),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl rt::ModeledError for ValidationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.ecr#ValidationException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ValidationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ValidationException {}

::codegen_rt::operation_error! {
    /// The errors `BatchCheckLayerAvailability` can return.
    pub enum BatchCheckLayerAvailabilityError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `BatchDeleteImage` can return.
    pub enum BatchDeleteImageError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `BatchGetImage` can return.
    pub enum BatchGetImageError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The image could not be fetched from the upstream registry of a pull-through cache rule.
        UnableToGetUpstreamImageException = "UnableToGetUpstreamImageException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `BatchGetRepositoryScanningConfiguration` can return.
    pub enum BatchGetRepositoryScanningConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `CompleteLayerUpload` can return.
    pub enum CompleteLayerUploadError {
        /// The upload has no data: no part was uploaded before completing it.
        EmptyUploadException = "EmptyUploadException",
        /// The uploaded layer does not match its digest, or has no content.
        InvalidLayerException = "InvalidLayerException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The key management service refused an operation the request needed.
        KmsException = "KmsException",
        /// The repository already has a layer with this digest.
        LayerAlreadyExistsException = "LayerAlreadyExistsException",
        /// A layer part is smaller than the minimum part size.
        LayerPartTooSmallException = "LayerPartTooSmallException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// There is no upload with this id in the repository.
        UploadNotFoundException = "UploadNotFoundException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `CreatePullThroughCacheRule` can return.
    pub enum CreatePullThroughCacheRuleError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// A rule with this prefix exists already.
        PullThroughCacheRuleAlreadyExistsException = "PullThroughCacheRuleAlreadyExistsException",
        /// The secret named by the rule does not exist.
        SecretNotFoundException = "SecretNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The secret named by the rule cannot be read.
        UnableToAccessSecretException = "UnableToAccessSecretException",
        /// The secret named by the rule cannot be decrypted.
        UnableToDecryptSecretValueException = "UnableToDecryptSecretValueException",
        /// The upstream registry is not one pull-through cache rules support.
        UnsupportedUpstreamRegistryException = "UnsupportedUpstreamRegistryException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `CreateRepository` can return.
    pub enum CreateRepositoryError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A tag key or value is not valid.
        InvalidTagParameterException = "InvalidTagParameterException",
        /// The key management service refused an operation the request needed.
        KmsException = "KmsException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// A repository with this name already exists in the registry.
        RepositoryAlreadyExistsException = "RepositoryAlreadyExistsException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The resource would have more tags than allowed.
        TooManyTagsException = "TooManyTagsException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `CreateRepositoryCreationTemplate` can return.
    pub enum CreateRepositoryCreationTemplateError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// A template for that prefix already exists.
        TemplateAlreadyExistsException = "TemplateAlreadyExistsException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteLifecyclePolicy` can return.
    pub enum DeleteLifecyclePolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The repository has no lifecycle policy.
        LifecyclePolicyNotFoundException = "LifecyclePolicyNotFoundException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeletePullThroughCacheRule` can return.
    pub enum DeletePullThroughCacheRuleError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no rule with this prefix.
        PullThroughCacheRuleNotFoundException = "PullThroughCacheRuleNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteRegistryPolicy` can return.
    pub enum DeleteRegistryPolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The registry has no access policy.
        RegistryPolicyNotFoundException = "RegistryPolicyNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteRepository` can return.
    pub enum DeleteRepositoryError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The key management service refused an operation the request needed.
        KmsException = "KmsException",
        /// The repository still holds images; delete them first or use `force`.
        RepositoryNotEmptyException = "RepositoryNotEmptyException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteRepositoryCreationTemplate` can return.
    pub enum DeleteRepositoryCreationTemplateError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// No template exists for that prefix.
        TemplateNotFoundException = "TemplateNotFoundException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteRepositoryPolicy` can return.
    pub enum DeleteRepositoryPolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The repository has no access policy.
        RepositoryPolicyNotFoundException = "RepositoryPolicyNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteSigningConfiguration` can return.
    pub enum DeleteSigningConfigurationError {
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The registry has no signing configuration.
        SigningConfigurationNotFoundException = "SigningConfigurationNotFoundException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}

::codegen_rt::operation_error! {
    /// The errors `DeregisterPullTimeUpdateExclusion` can return.
    pub enum DeregisterPullTimeUpdateExclusionError {
        /// The principal is not excluded.
        ExclusionNotFoundException = "ExclusionNotFoundException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeImageReplicationStatus` can return.
    pub enum DescribeImageReplicationStatusError {
        /// No image of the repository has the digest or tag given.
        ImageNotFoundException = "ImageNotFoundException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeImageScanFindings` can return.
    pub enum DescribeImageScanFindingsError {
        /// No image of the repository has the digest or tag given.
        ImageNotFoundException = "ImageNotFoundException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The image has not been scanned.
        ScanNotFoundException = "ScanNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeImageSigningStatus` can return.
    pub enum DescribeImageSigningStatusError {
        /// No image of the repository has the digest or tag given.
        ImageNotFoundException = "ImageNotFoundException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeImages` can return.
    pub enum DescribeImagesError {
        /// No image of the repository has the digest or tag given.
        ImageNotFoundException = "ImageNotFoundException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribePullThroughCacheRules` can return.
    pub enum DescribePullThroughCacheRulesError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no rule with this prefix.
        PullThroughCacheRuleNotFoundException = "PullThroughCacheRuleNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeRegistry` can return.
    pub enum DescribeRegistryError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeRepositories` can return.
    pub enum DescribeRepositoriesError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeRepositoryCreationTemplates` can return.
    pub enum DescribeRepositoryCreationTemplatesError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetAccountSetting` can return.
    pub enum GetAccountSettingError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetAuthorizationToken` can return.
    pub enum GetAuthorizationTokenError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetDownloadUrlForLayer` can return.
    pub enum GetDownloadUrlForLayerError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The layer exists but no image references it, so it cannot be downloaded; unreferenced layers may be removed at any time.
        LayerInaccessibleException = "LayerInaccessibleException",
        /// The layer is not in this repository, or the digest is not valid for it.
        LayersNotFoundException = "LayersNotFoundException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The layer could not be fetched from the upstream registry of a pull-through cache rule.
        UnableToGetUpstreamLayerException = "UnableToGetUpstreamLayerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetLifecyclePolicy` can return.
    pub enum GetLifecyclePolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The repository has no lifecycle policy.
        LifecyclePolicyNotFoundException = "LifecyclePolicyNotFoundException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetLifecyclePolicyPreview` can return.
    pub enum GetLifecyclePolicyPreviewError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// No preview was started for the repository.
        LifecyclePolicyPreviewNotFoundException = "LifecyclePolicyPreviewNotFoundException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetRegistryPolicy` can return.
    pub enum GetRegistryPolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The registry has no access policy.
        RegistryPolicyNotFoundException = "RegistryPolicyNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetRegistryScanningConfiguration` can return.
    pub enum GetRegistryScanningConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetRepositoryPolicy` can return.
    pub enum GetRepositoryPolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The repository has no access policy.
        RepositoryPolicyNotFoundException = "RepositoryPolicyNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetSigningConfiguration` can return.
    pub enum GetSigningConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The registry has no signing configuration.
        SigningConfigurationNotFoundException = "SigningConfigurationNotFoundException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `InitiateLayerUpload` can return.
    pub enum InitiateLayerUploadError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The key management service refused an operation the request needed.
        KmsException = "KmsException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `ListImageReferrers` can return.
    pub enum ListImageReferrersError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The upstream registry of a pull-through cache rule could not list the referrers.
        UnableToListUpstreamImageReferrersException = "UnableToListUpstreamImageReferrersException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `ListImages` can return.
    pub enum ListImagesError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `ListPullTimeUpdateExclusions` can return.
    pub enum ListPullTimeUpdateExclusionsError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `ListTagsForResource` can return.
    pub enum ListTagsForResourceError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutAccountSetting` can return.
    pub enum PutAccountSettingError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutImage` can return.
    pub enum PutImageError {
        /// An image with this manifest and tag already exists.
        ImageAlreadyExistsException = "ImageAlreadyExistsException",
        /// The given image digest is not the digest of the manifest.
        ImageDigestDoesNotMatchException = "ImageDigestDoesNotMatchException",
        /// The tag already names another image and the repository's tags are immutable.
        ImageTagAlreadyExistsException = "ImageTagAlreadyExistsException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The key management service refused an operation the request needed.
        KmsException = "KmsException",
        /// The layer is not in this repository, or the digest is not valid for it.
        LayersNotFoundException = "LayersNotFoundException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// The manifest references images or layers that do not exist.
        ReferencedImagesNotFoundException = "ReferencedImagesNotFoundException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutImageScanningConfiguration` can return.
    pub enum PutImageScanningConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutImageTagMutability` can return.
    pub enum PutImageTagMutabilityError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutLifecyclePolicy` can return.
    pub enum PutLifecyclePolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutRegistryPolicy` can return.
    pub enum PutRegistryPolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutRegistryScanningConfiguration` can return.
    pub enum PutRegistryScanningConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutReplicationConfiguration` can return.
    pub enum PutReplicationConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutSigningConfiguration` can return.
    pub enum PutSigningConfigurationError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `RegisterPullTimeUpdateExclusion` can return.
    pub enum RegisterPullTimeUpdateExclusionError {
        /// The principal is already excluded.
        ExclusionAlreadyExistsException = "ExclusionAlreadyExistsException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `SetRepositoryPolicy` can return.
    pub enum SetRepositoryPolicyError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `StartImageScan` can return.
    pub enum StartImageScanError {
        /// No image of the repository has the digest or tag given.
        ImageNotFoundException = "ImageNotFoundException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The image is not of a type that can be scanned.
        UnsupportedImageTypeException = "UnsupportedImageTypeException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `StartLifecyclePolicyPreview` can return.
    pub enum StartLifecyclePolicyPreviewError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The repository has no lifecycle policy.
        LifecyclePolicyNotFoundException = "LifecyclePolicyNotFoundException",
        /// A preview of the repository's lifecycle policy is still running.
        LifecyclePolicyPreviewInProgressException = "LifecyclePolicyPreviewInProgressException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `TagResource` can return.
    pub enum TagResourceError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A tag key or value is not valid.
        InvalidTagParameterException = "InvalidTagParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The resource would have more tags than allowed.
        TooManyTagsException = "TooManyTagsException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `UntagResource` can return.
    pub enum UntagResourceError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// A tag key or value is not valid.
        InvalidTagParameterException = "InvalidTagParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The resource would have more tags than allowed.
        TooManyTagsException = "TooManyTagsException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `UpdateImageStorageClass` can return.
    pub enum UpdateImageStorageClassError {
        /// No image of the repository has the digest or tag given.
        ImageNotFoundException = "ImageNotFoundException",
        /// The image cannot move to that storage class (it is not an image whose class can change, or is on its way already).
        ImageStorageClassUpdateNotSupportedException = "ImageStorageClassUpdateNotSupportedException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `UpdatePullThroughCacheRule` can return.
    pub enum UpdatePullThroughCacheRuleError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no rule with this prefix.
        PullThroughCacheRuleNotFoundException = "PullThroughCacheRuleNotFoundException",
        /// The secret named by the rule does not exist.
        SecretNotFoundException = "SecretNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The secret named by the rule cannot be read.
        UnableToAccessSecretException = "UnableToAccessSecretException",
        /// The secret named by the rule cannot be decrypted.
        UnableToDecryptSecretValueException = "UnableToDecryptSecretValueException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `UpdateRepositoryCreationTemplate` can return.
    pub enum UpdateRepositoryCreationTemplateError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// No template exists for that prefix.
        TemplateNotFoundException = "TemplateNotFoundException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `UploadLayerPart` can return.
    pub enum UploadLayerPartError {
        /// A layer part is not the next consecutive byte range of the upload.
        InvalidLayerPartException = "InvalidLayerPartException",
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// The key management service refused an operation the request needed.
        KmsException = "KmsException",
        /// A service limit was reached.
        LimitExceededException = "LimitExceededException",
        /// There is no repository with this name in the registry.
        RepositoryNotFoundException = "RepositoryNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// There is no upload with this id in the repository.
        UploadNotFoundException = "UploadNotFoundException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `ValidatePullThroughCacheRule` can return.
    pub enum ValidatePullThroughCacheRuleError {
        /// A parameter of the request is not valid.
        InvalidParameterException = "InvalidParameterException",
        /// There is no rule with this prefix.
        PullThroughCacheRuleNotFoundException = "PullThroughCacheRuleNotFoundException",
        /// The service failed to handle the request; retrying may help.
        ServerException = "ServerException",
        /// The request is not valid for this operation.
        ValidationException = "ValidationException",
    }
    validation = InvalidParameterException;
}
