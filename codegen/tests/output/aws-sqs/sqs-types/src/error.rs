// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The specified ID is invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidAddress {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidAddress {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidAddress {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidAddress {
    /// A builder for this structure.
    pub fn builder() -> InvalidAddressBuilder {
        InvalidAddressBuilder::default()
    }
}
/// Builds a [`InvalidAddress`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidAddressBuilder {
    /// [`InvalidAddress::message`](InvalidAddress::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidAddressBuilder {
    /// Sets [`InvalidAddress::message`](InvalidAddress::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidAddress::message`](InvalidAddress::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidAddress {
        InvalidAddress {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidAddress {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidAddress";
}
impl rt::ModeledError for InvalidAddress {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#InvalidAddress"
    }
    fn status(&self) -> u16 {
        404
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("InvalidAddress;Sender")
    }
}
impl ::std::fmt::Display for InvalidAddress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidAddress {}
/// The specified attribute doesn't exist.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidAttributeName {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidAttributeName {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidAttributeName {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidAttributeName {
    /// A builder for this structure.
    pub fn builder() -> InvalidAttributeNameBuilder {
        InvalidAttributeNameBuilder::default()
    }
}
/// Builds a [`InvalidAttributeName`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidAttributeNameBuilder {
    /// [`InvalidAttributeName::message`](InvalidAttributeName::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidAttributeNameBuilder {
    /// Sets [`InvalidAttributeName::message`](InvalidAttributeName::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidAttributeName::message`](InvalidAttributeName::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidAttributeName {
        InvalidAttributeName {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidAttributeName {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidAttributeName";
}
impl rt::ModeledError for InvalidAttributeName {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#InvalidAttributeName"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("InvalidAttributeName;Sender")
    }
}
impl ::std::fmt::Display for InvalidAttributeName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidAttributeName {}
/// A queue attribute value is invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidAttributeValue {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidAttributeValue {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidAttributeValue {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidAttributeValue {
    /// A builder for this structure.
    pub fn builder() -> InvalidAttributeValueBuilder {
        InvalidAttributeValueBuilder::default()
    }
}
/// Builds a [`InvalidAttributeValue`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidAttributeValueBuilder {
    /// [`InvalidAttributeValue::message`](InvalidAttributeValue::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidAttributeValueBuilder {
    /// Sets [`InvalidAttributeValue::message`](InvalidAttributeValue::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidAttributeValue::message`](InvalidAttributeValue::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidAttributeValue {
        InvalidAttributeValue {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidAttributeValue {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidAttributeValue";
}
impl rt::ModeledError for InvalidAttributeValue {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#InvalidAttributeValue"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("InvalidAttributeValue;Sender")
    }
}
impl ::std::fmt::Display for InvalidAttributeValue {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidAttributeValue {}
/// The specified receipt handle isn't valid for the current version.
///
/// **Deprecated**. exception has been included in ReceiptHandleIsInvalid
#[deprecated(
    note = "deprecated in the model. exception has been included in ReceiptHandleIsInvalid"
)]
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidIdFormat {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidIdFormat {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidIdFormat {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidIdFormat {
    /// A builder for this structure.
    pub fn builder() -> InvalidIdFormatBuilder {
        InvalidIdFormatBuilder::default()
    }
}
/// Builds a [`InvalidIdFormat`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidIdFormatBuilder {}
impl InvalidIdFormatBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidIdFormat {
        InvalidIdFormat {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidIdFormat {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidIdFormat";
}
impl rt::ModeledError for InvalidIdFormat {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#InvalidIdFormat"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("InvalidIdFormat;Sender")
    }
}
impl ::std::fmt::Display for InvalidIdFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidIdFormat {}
/// The message contains characters outside the allowed set.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidMessageContents {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidMessageContents {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidMessageContents {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidMessageContents {
    /// A builder for this structure.
    pub fn builder() -> InvalidMessageContentsBuilder {
        InvalidMessageContentsBuilder::default()
    }
}
/// Builds a [`InvalidMessageContents`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidMessageContentsBuilder {
    /// [`InvalidMessageContents::message`](InvalidMessageContents::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidMessageContentsBuilder {
    /// Sets [`InvalidMessageContents::message`](InvalidMessageContents::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidMessageContents::message`](InvalidMessageContents::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidMessageContents {
        InvalidMessageContents {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidMessageContents {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidMessageContents";
}
impl rt::ModeledError for InvalidMessageContents {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#InvalidMessageContents"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("InvalidMessageContents;Sender")
    }
}
impl ::std::fmt::Display for InvalidMessageContents {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidMessageContents {}
/// The request was not made over HTTPS or did not use SigV4 for signing.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidSecurity {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidSecurity {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidSecurity {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidSecurity {
    /// A builder for this structure.
    pub fn builder() -> InvalidSecurityBuilder {
        InvalidSecurityBuilder::default()
    }
}
/// Builds a [`InvalidSecurity`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidSecurityBuilder {
    /// [`InvalidSecurity::message`](InvalidSecurity::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidSecurityBuilder {
    /// Sets [`InvalidSecurity::message`](InvalidSecurity::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidSecurity::message`](InvalidSecurity::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidSecurity {
        InvalidSecurity {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidSecurity {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidSecurity";
}
impl rt::ModeledError for InvalidSecurity {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#InvalidSecurity"
    }
    fn status(&self) -> u16 {
        403
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("InvalidSecurity;Sender")
    }
}
impl ::std::fmt::Display for InvalidSecurity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidSecurity {}
/// The caller doesn't have the required KMS access.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsAccessDenied {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsAccessDenied {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsAccessDenied {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsAccessDenied {
    /// A builder for this structure.
    pub fn builder() -> KmsAccessDeniedBuilder {
        KmsAccessDeniedBuilder::default()
    }
}
/// Builds a [`KmsAccessDenied`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsAccessDeniedBuilder {
    /// [`KmsAccessDenied::message`](KmsAccessDenied::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsAccessDeniedBuilder {
    /// Sets [`KmsAccessDenied::message`](KmsAccessDenied::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsAccessDenied::message`](KmsAccessDenied::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsAccessDenied {
        KmsAccessDenied {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsAccessDenied {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsAccessDenied";
}
impl rt::ModeledError for KmsAccessDenied {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsAccessDenied"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.AccessDeniedException;Sender")
    }
}
impl ::std::fmt::Display for KmsAccessDenied {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsAccessDenied {}
/// The request was denied due to request throttling.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsDisabled {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsDisabled {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsDisabled {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsDisabled {
    /// A builder for this structure.
    pub fn builder() -> KmsDisabledBuilder {
        KmsDisabledBuilder::default()
    }
}
/// Builds a [`KmsDisabled`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsDisabledBuilder {
    /// [`KmsDisabled::message`](KmsDisabled::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsDisabledBuilder {
    /// Sets [`KmsDisabled::message`](KmsDisabled::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsDisabled::message`](KmsDisabled::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsDisabled {
        KmsDisabled {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsDisabled {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsDisabled";
}
impl rt::ModeledError for KmsDisabled {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsDisabled"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.DisabledException;Sender")
    }
}
impl ::std::fmt::Display for KmsDisabled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsDisabled {}
/// The request was rejected for one of the following reasons:
///
/// - The KeyUsage value of the KMS key is incompatible with the API operation.
/// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
#[derive(Clone, Debug, PartialEq)]
pub struct KmsInvalidKeyUsage {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsInvalidKeyUsage {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsInvalidKeyUsage {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsInvalidKeyUsage {
    /// A builder for this structure.
    pub fn builder() -> KmsInvalidKeyUsageBuilder {
        KmsInvalidKeyUsageBuilder::default()
    }
}
/// Builds a [`KmsInvalidKeyUsage`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsInvalidKeyUsageBuilder {
    /// [`KmsInvalidKeyUsage::message`](KmsInvalidKeyUsage::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsInvalidKeyUsageBuilder {
    /// Sets [`KmsInvalidKeyUsage::message`](KmsInvalidKeyUsage::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsInvalidKeyUsage::message`](KmsInvalidKeyUsage::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsInvalidKeyUsage {
        KmsInvalidKeyUsage {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsInvalidKeyUsage {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsInvalidKeyUsage";
}
impl rt::ModeledError for KmsInvalidKeyUsage {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsInvalidKeyUsage"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.InvalidKeyUsageException;Sender")
    }
}
impl ::std::fmt::Display for KmsInvalidKeyUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsInvalidKeyUsage {}
/// The request was rejected because the state of the specified resource is not valid for this request.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsInvalidState {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsInvalidState {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsInvalidState {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsInvalidState {
    /// A builder for this structure.
    pub fn builder() -> KmsInvalidStateBuilder {
        KmsInvalidStateBuilder::default()
    }
}
/// Builds a [`KmsInvalidState`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsInvalidStateBuilder {
    /// [`KmsInvalidState::message`](KmsInvalidState::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsInvalidStateBuilder {
    /// Sets [`KmsInvalidState::message`](KmsInvalidState::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsInvalidState::message`](KmsInvalidState::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsInvalidState {
        KmsInvalidState {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsInvalidState {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsInvalidState";
}
impl rt::ModeledError for KmsInvalidState {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsInvalidState"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.InvalidStateException;Sender")
    }
}
impl ::std::fmt::Display for KmsInvalidState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsInvalidState {}
/// The request was rejected because the specified entity or resource could not be found.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsNotFound {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsNotFound {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsNotFound {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsNotFound {
    /// A builder for this structure.
    pub fn builder() -> KmsNotFoundBuilder {
        KmsNotFoundBuilder::default()
    }
}
/// Builds a [`KmsNotFound`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsNotFoundBuilder {
    /// [`KmsNotFound::message`](KmsNotFound::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsNotFoundBuilder {
    /// Sets [`KmsNotFound::message`](KmsNotFound::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsNotFound::message`](KmsNotFound::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsNotFound {
        KmsNotFound {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsNotFound {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsNotFound";
}
impl rt::ModeledError for KmsNotFound {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsNotFound"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.NotFoundException;Sender")
    }
}
impl ::std::fmt::Display for KmsNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsNotFound {}
/// The request was rejected because the specified key policy isn't syntactically or semantically correct.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsOptInRequired {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsOptInRequired {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsOptInRequired {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsOptInRequired {
    /// A builder for this structure.
    pub fn builder() -> KmsOptInRequiredBuilder {
        KmsOptInRequiredBuilder::default()
    }
}
/// Builds a [`KmsOptInRequired`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsOptInRequiredBuilder {
    /// [`KmsOptInRequired::message`](KmsOptInRequired::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsOptInRequiredBuilder {
    /// Sets [`KmsOptInRequired::message`](KmsOptInRequired::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsOptInRequired::message`](KmsOptInRequired::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsOptInRequired {
        KmsOptInRequired {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsOptInRequired {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsOptInRequired";
}
impl rt::ModeledError for KmsOptInRequired {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsOptInRequired"
    }
    fn status(&self) -> u16 {
        403
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.OptInRequired;Sender")
    }
}
impl ::std::fmt::Display for KmsOptInRequired {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsOptInRequired {}
/// Amazon Web Services KMS throttles requests for the following conditions.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsThrottled {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsThrottled {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsThrottled {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsThrottled {
    /// A builder for this structure.
    pub fn builder() -> KmsThrottledBuilder {
        KmsThrottledBuilder::default()
    }
}
/// Builds a [`KmsThrottled`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsThrottledBuilder {
    /// [`KmsThrottled::message`](KmsThrottled::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsThrottledBuilder {
    /// Sets [`KmsThrottled::message`](KmsThrottled::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsThrottled::message`](KmsThrottled::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsThrottled {
        KmsThrottled {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsThrottled {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KmsThrottled";
}
impl rt::ModeledError for KmsThrottled {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#KmsThrottled"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("KMS.ThrottlingException;Sender")
    }
}
impl ::std::fmt::Display for KmsThrottled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsThrottled {}
/// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
#[derive(Clone, Debug, PartialEq)]
pub struct OverLimit {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for OverLimit {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for OverLimit {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl OverLimit {
    /// A builder for this structure.
    pub fn builder() -> OverLimitBuilder {
        OverLimitBuilder::default()
    }
}
/// Builds a [`OverLimit`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OverLimitBuilder {
    /// [`OverLimit::message`](OverLimit::message), if set.
    pub message: rt::Option<rt::String>,
}
impl OverLimitBuilder {
    /// Sets [`OverLimit::message`](OverLimit::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`OverLimit::message`](OverLimit::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> OverLimit {
        OverLimit {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl OverLimit {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "OverLimit";
}
impl rt::ModeledError for OverLimit {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#OverLimit"
    }
    fn status(&self) -> u16 {
        403
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("OverLimit;Sender")
    }
}
impl ::std::fmt::Display for OverLimit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for OverLimit {}
/// You must wait 60 seconds after deleting a queue before you can create another queue with the same name.
#[derive(Clone, Debug, PartialEq)]
pub struct QueueDeletedRecently {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for QueueDeletedRecently {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for QueueDeletedRecently {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl QueueDeletedRecently {
    /// A builder for this structure.
    pub fn builder() -> QueueDeletedRecentlyBuilder {
        QueueDeletedRecentlyBuilder::default()
    }
}
/// Builds a [`QueueDeletedRecently`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueueDeletedRecentlyBuilder {
    /// [`QueueDeletedRecently::message`](QueueDeletedRecently::message), if set.
    pub message: rt::Option<rt::String>,
}
impl QueueDeletedRecentlyBuilder {
    /// Sets [`QueueDeletedRecently::message`](QueueDeletedRecently::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`QueueDeletedRecently::message`](QueueDeletedRecently::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> QueueDeletedRecently {
        QueueDeletedRecently {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl QueueDeletedRecently {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "QueueDeletedRecently";
}
impl rt::ModeledError for QueueDeletedRecently {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#QueueDeletedRecently"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("AWS.SimpleQueueService.QueueDeletedRecently;Sender")
    }
}
impl ::std::fmt::Display for QueueDeletedRecently {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for QueueDeletedRecently {}
/// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
#[derive(Clone, Debug, PartialEq)]
pub struct QueueDoesNotExist {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for QueueDoesNotExist {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for QueueDoesNotExist {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl QueueDoesNotExist {
    /// A builder for this structure.
    pub fn builder() -> QueueDoesNotExistBuilder {
        QueueDoesNotExistBuilder::default()
    }
}
/// Builds a [`QueueDoesNotExist`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueueDoesNotExistBuilder {
    /// [`QueueDoesNotExist::message`](QueueDoesNotExist::message), if set.
    pub message: rt::Option<rt::String>,
}
impl QueueDoesNotExistBuilder {
    /// Sets [`QueueDoesNotExist::message`](QueueDoesNotExist::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`QueueDoesNotExist::message`](QueueDoesNotExist::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> QueueDoesNotExist {
        QueueDoesNotExist {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl QueueDoesNotExist {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "QueueDoesNotExist";
}
impl rt::ModeledError for QueueDoesNotExist {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#QueueDoesNotExist"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("AWS.SimpleQueueService.NonExistentQueue;Sender")
    }
}
impl ::std::fmt::Display for QueueDoesNotExist {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for QueueDoesNotExist {}
/// A queue with this name already exists. Amazon SQS returns this error only if the request includes attributes whose values differ from those of the existing queue.
#[derive(Clone, Debug, PartialEq)]
pub struct QueueNameExists {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for QueueNameExists {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for QueueNameExists {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl QueueNameExists {
    /// A builder for this structure.
    pub fn builder() -> QueueNameExistsBuilder {
        QueueNameExistsBuilder::default()
    }
}
/// Builds a [`QueueNameExists`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueueNameExistsBuilder {
    /// [`QueueNameExists::message`](QueueNameExists::message), if set.
    pub message: rt::Option<rt::String>,
}
impl QueueNameExistsBuilder {
    /// Sets [`QueueNameExists::message`](QueueNameExists::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`QueueNameExists::message`](QueueNameExists::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> QueueNameExists {
        QueueNameExists {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl QueueNameExists {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "QueueNameExists";
}
impl rt::ModeledError for QueueNameExists {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#QueueNameExists"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("QueueAlreadyExists;Sender")
    }
}
impl ::std::fmt::Display for QueueNameExists {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for QueueNameExists {}
/// The specified receipt handle isn't valid.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiptHandleIsInvalid {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ReceiptHandleIsInvalid {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ReceiptHandleIsInvalid {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ReceiptHandleIsInvalid {
    /// A builder for this structure.
    pub fn builder() -> ReceiptHandleIsInvalidBuilder {
        ReceiptHandleIsInvalidBuilder::default()
    }
}
/// Builds a [`ReceiptHandleIsInvalid`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReceiptHandleIsInvalidBuilder {
    /// [`ReceiptHandleIsInvalid::message`](ReceiptHandleIsInvalid::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ReceiptHandleIsInvalidBuilder {
    /// Sets [`ReceiptHandleIsInvalid::message`](ReceiptHandleIsInvalid::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ReceiptHandleIsInvalid::message`](ReceiptHandleIsInvalid::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReceiptHandleIsInvalid {
        ReceiptHandleIsInvalid {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ReceiptHandleIsInvalid {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ReceiptHandleIsInvalid";
}
impl rt::ModeledError for ReceiptHandleIsInvalid {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#ReceiptHandleIsInvalid"
    }
    fn status(&self) -> u16 {
        404
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("ReceiptHandleIsInvalid;Sender")
    }
}
impl ::std::fmt::Display for ReceiptHandleIsInvalid {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ReceiptHandleIsInvalid {}
/// The request was denied due to request throttling.
///
/// - Exceeds the permitted request rate for the queue or for the recipient of the request.
/// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestThrottled {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RequestThrottled {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RequestThrottled {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RequestThrottled {
    /// A builder for this structure.
    pub fn builder() -> RequestThrottledBuilder {
        RequestThrottledBuilder::default()
    }
}
/// Builds a [`RequestThrottled`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestThrottledBuilder {
    /// [`RequestThrottled::message`](RequestThrottled::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RequestThrottledBuilder {
    /// Sets [`RequestThrottled::message`](RequestThrottled::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RequestThrottled::message`](RequestThrottled::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RequestThrottled {
        RequestThrottled {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RequestThrottled {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RequestThrottled";
}
impl rt::ModeledError for RequestThrottled {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#RequestThrottled"
    }
    fn status(&self) -> u16 {
        403
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("RequestThrottled;Sender")
    }
}
impl ::std::fmt::Display for RequestThrottled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RequestThrottled {}
/// Error code 400. Unsupported operation.
#[derive(Clone, Debug, PartialEq)]
pub struct UnsupportedOperation {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnsupportedOperation {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnsupportedOperation {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnsupportedOperation {
    /// A builder for this structure.
    pub fn builder() -> UnsupportedOperationBuilder {
        UnsupportedOperationBuilder::default()
    }
}
/// Builds a [`UnsupportedOperation`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnsupportedOperationBuilder {
    /// [`UnsupportedOperation::message`](UnsupportedOperation::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnsupportedOperationBuilder {
    /// Sets [`UnsupportedOperation::message`](UnsupportedOperation::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnsupportedOperation::message`](UnsupportedOperation::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnsupportedOperation {
        UnsupportedOperation {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnsupportedOperation {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnsupportedOperation";
}
impl rt::ModeledError for UnsupportedOperation {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sqs#UnsupportedOperation"
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
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("AWS.SimpleQueueService.UnsupportedOperation;Sender")
    }
}
impl ::std::fmt::Display for UnsupportedOperation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnsupportedOperation {}

::codegen_rt::operation_error! {
    /// The errors `CreateQueue` can return.
    pub enum CreateQueueError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The specified attribute doesn't exist.
        InvalidAttributeName = "InvalidAttributeName",
        /// A queue attribute value is invalid.
        InvalidAttributeValue = "InvalidAttributeValue",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// You must wait 60 seconds after deleting a queue before you can create another queue with the same name.
        QueueDeletedRecently = "QueueDeletedRecently",
        /// A queue with this name already exists. Amazon SQS returns this error only if the request includes attributes whose values differ from those of the existing queue.
        QueueNameExists = "QueueNameExists",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteMessage` can return.
    pub enum DeleteMessageError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The specified receipt handle isn't valid for the current version.
        InvalidIdFormat = "InvalidIdFormat",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
        QueueDoesNotExist = "QueueDoesNotExist",
        /// The specified receipt handle isn't valid.
        ReceiptHandleIsInvalid = "ReceiptHandleIsInvalid",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteQueue` can return.
    pub enum DeleteQueueError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
        QueueDoesNotExist = "QueueDoesNotExist",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetQueueAttributes` can return.
    pub enum GetQueueAttributesError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The specified attribute doesn't exist.
        InvalidAttributeName = "InvalidAttributeName",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
        QueueDoesNotExist = "QueueDoesNotExist",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetQueueUrl` can return.
    pub enum GetQueueUrlError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
        QueueDoesNotExist = "QueueDoesNotExist",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListQueues` can return.
    pub enum ListQueuesError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ReceiveMessage` can return.
    pub enum ReceiveMessageError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// The caller doesn't have the required KMS access.
        KmsAccessDenied = "KmsAccessDenied",
        /// The request was denied due to request throttling.
        KmsDisabled = "KmsDisabled",
        /// The request was rejected for one of the following reasons:
        KmsInvalidKeyUsage = "KmsInvalidKeyUsage",
        /// The request was rejected because the state of the specified resource is not valid for this request.
        KmsInvalidState = "KmsInvalidState",
        /// The request was rejected because the specified entity or resource could not be found.
        KmsNotFound = "KmsNotFound",
        /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
        KmsOptInRequired = "KmsOptInRequired",
        /// Amazon Web Services KMS throttles requests for the following conditions.
        KmsThrottled = "KmsThrottled",
        /// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
        OverLimit = "OverLimit",
        /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
        QueueDoesNotExist = "QueueDoesNotExist",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `SendMessage` can return.
    pub enum SendMessageError {
        /// The specified ID is invalid.
        InvalidAddress = "InvalidAddress",
        /// The message contains characters outside the allowed set.
        InvalidMessageContents = "InvalidMessageContents",
        /// The request was not made over HTTPS or did not use SigV4 for signing.
        InvalidSecurity = "InvalidSecurity",
        /// The caller doesn't have the required KMS access.
        KmsAccessDenied = "KmsAccessDenied",
        /// The request was denied due to request throttling.
        KmsDisabled = "KmsDisabled",
        /// The request was rejected for one of the following reasons:
        KmsInvalidKeyUsage = "KmsInvalidKeyUsage",
        /// The request was rejected because the state of the specified resource is not valid for this request.
        KmsInvalidState = "KmsInvalidState",
        /// The request was rejected because the specified entity or resource could not be found.
        KmsNotFound = "KmsNotFound",
        /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
        KmsOptInRequired = "KmsOptInRequired",
        /// Amazon Web Services KMS throttles requests for the following conditions.
        KmsThrottled = "KmsThrottled",
        /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
        QueueDoesNotExist = "QueueDoesNotExist",
        /// The request was denied due to request throttling.
        RequestThrottled = "RequestThrottled",
        /// Error code 400. Unsupported operation.
        UnsupportedOperation = "UnsupportedOperation",
    }
    validation = unmodeled;
}
