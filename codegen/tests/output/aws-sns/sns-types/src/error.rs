// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Indicates that the user has been denied access to the requested resource.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthorizationErrorException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for AuthorizationErrorException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for AuthorizationErrorException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl AuthorizationErrorException {
    /// A builder for this structure.
    pub fn builder() -> AuthorizationErrorExceptionBuilder {
        AuthorizationErrorExceptionBuilder::default()
    }
}
/// Builds a [`AuthorizationErrorException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthorizationErrorExceptionBuilder {
    /// [`AuthorizationErrorException::message`](AuthorizationErrorException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl AuthorizationErrorExceptionBuilder {
    /// Sets [`AuthorizationErrorException::message`](AuthorizationErrorException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`AuthorizationErrorException::message`](AuthorizationErrorException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AuthorizationErrorException {
        AuthorizationErrorException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl AuthorizationErrorException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "AuthorizationError";
}
impl rt::ModeledError for AuthorizationErrorException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#AuthorizationErrorException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::AUTHORIZATION_ERROR_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::AUTHORIZATION_ERROR_EXCEPTION)
    }
}
impl ::std::fmt::Display for AuthorizationErrorException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for AuthorizationErrorException {}
/// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
#[derive(Clone, Debug, PartialEq)]
pub struct ConcurrentAccessException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ConcurrentAccessException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ConcurrentAccessException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ConcurrentAccessException {
    /// A builder for this structure.
    pub fn builder() -> ConcurrentAccessExceptionBuilder {
        ConcurrentAccessExceptionBuilder::default()
    }
}
/// Builds a [`ConcurrentAccessException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConcurrentAccessExceptionBuilder {
    /// [`ConcurrentAccessException::message`](ConcurrentAccessException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ConcurrentAccessExceptionBuilder {
    /// Sets [`ConcurrentAccessException::message`](ConcurrentAccessException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ConcurrentAccessException::message`](ConcurrentAccessException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ConcurrentAccessException {
        ConcurrentAccessException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ConcurrentAccessException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ConcurrentAccess";
}
impl rt::ModeledError for ConcurrentAccessException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#ConcurrentAccessException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::CONCURRENT_ACCESS_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::CONCURRENT_ACCESS_EXCEPTION)
    }
}
impl ::std::fmt::Display for ConcurrentAccessException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ConcurrentAccessException {}
/// Exception error indicating endpoint disabled.
#[derive(Clone, Debug, PartialEq)]
pub struct EndpointDisabledException {
    /// Message for endpoint disabled.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for EndpointDisabledException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for EndpointDisabledException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl EndpointDisabledException {
    /// A builder for this structure.
    pub fn builder() -> EndpointDisabledExceptionBuilder {
        EndpointDisabledExceptionBuilder::default()
    }
}
/// Builds a [`EndpointDisabledException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndpointDisabledExceptionBuilder {
    /// [`EndpointDisabledException::message`](EndpointDisabledException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl EndpointDisabledExceptionBuilder {
    /// Sets [`EndpointDisabledException::message`](EndpointDisabledException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`EndpointDisabledException::message`](EndpointDisabledException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EndpointDisabledException {
        EndpointDisabledException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl EndpointDisabledException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "EndpointDisabled";
}
impl rt::ModeledError for EndpointDisabledException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#EndpointDisabledException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::ENDPOINT_DISABLED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::ENDPOINT_DISABLED_EXCEPTION)
    }
}
impl ::std::fmt::Display for EndpointDisabledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for EndpointDisabledException {}
/// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
#[derive(Clone, Debug, PartialEq)]
pub struct FilterPolicyLimitExceededException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for FilterPolicyLimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for FilterPolicyLimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl FilterPolicyLimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> FilterPolicyLimitExceededExceptionBuilder {
        FilterPolicyLimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`FilterPolicyLimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterPolicyLimitExceededExceptionBuilder {
    /// [`FilterPolicyLimitExceededException::message`](FilterPolicyLimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl FilterPolicyLimitExceededExceptionBuilder {
    /// Sets [`FilterPolicyLimitExceededException::message`](FilterPolicyLimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`FilterPolicyLimitExceededException::message`](FilterPolicyLimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> FilterPolicyLimitExceededException {
        FilterPolicyLimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl FilterPolicyLimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "FilterPolicyLimitExceeded";
}
impl rt::ModeledError for FilterPolicyLimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#FilterPolicyLimitExceededException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION)
    }
}
impl ::std::fmt::Display for FilterPolicyLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for FilterPolicyLimitExceededException {}
/// Indicates an internal service error.
#[derive(Clone, Debug, PartialEq)]
pub struct InternalErrorException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InternalErrorException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InternalErrorException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InternalErrorException {
    /// A builder for this structure.
    pub fn builder() -> InternalErrorExceptionBuilder {
        InternalErrorExceptionBuilder::default()
    }
}
/// Builds a [`InternalErrorException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InternalErrorExceptionBuilder {
    /// [`InternalErrorException::message`](InternalErrorException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InternalErrorExceptionBuilder {
    /// Sets [`InternalErrorException::message`](InternalErrorException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InternalErrorException::message`](InternalErrorException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InternalErrorException {
        InternalErrorException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InternalErrorException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InternalError";
}
impl rt::ModeledError for InternalErrorException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#InternalErrorException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INTERNAL_ERROR_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INTERNAL_ERROR_EXCEPTION)
    }
}
impl ::std::fmt::Display for InternalErrorException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InternalErrorException {}
/// Indicates that a request parameter does not comply with the associated constraints.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidParameterException {
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
    pub const CODE: &'static str = "InvalidParameter";
}
impl rt::ModeledError for InvalidParameterException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#InvalidParameterException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_PARAMETER_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_PARAMETER_EXCEPTION)
    }
}
impl ::std::fmt::Display for InvalidParameterException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidParameterException {}
/// Indicates that a request parameter does not comply with the associated constraints.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidParameterValueException {
    /// The parameter of an entry in a request doesn't abide by the specification.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidParameterValueException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidParameterValueException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidParameterValueException {
    /// A builder for this structure.
    pub fn builder() -> InvalidParameterValueExceptionBuilder {
        InvalidParameterValueExceptionBuilder::default()
    }
}
/// Builds a [`InvalidParameterValueException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidParameterValueExceptionBuilder {
    /// [`InvalidParameterValueException::message`](InvalidParameterValueException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidParameterValueExceptionBuilder {
    /// Sets [`InvalidParameterValueException::message`](InvalidParameterValueException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidParameterValueException::message`](InvalidParameterValueException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidParameterValueException {
        InvalidParameterValueException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidParameterValueException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ParameterValueInvalid";
}
impl rt::ModeledError for InvalidParameterValueException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#InvalidParameterValueException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_PARAMETER_VALUE_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_PARAMETER_VALUE_EXCEPTION)
    }
}
impl ::std::fmt::Display for InvalidParameterValueException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidParameterValueException {}
/// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidSecurityException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidSecurityException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidSecurityException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidSecurityException {
    /// A builder for this structure.
    pub fn builder() -> InvalidSecurityExceptionBuilder {
        InvalidSecurityExceptionBuilder::default()
    }
}
/// Builds a [`InvalidSecurityException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidSecurityExceptionBuilder {
    /// [`InvalidSecurityException::message`](InvalidSecurityException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidSecurityExceptionBuilder {
    /// Sets [`InvalidSecurityException::message`](InvalidSecurityException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidSecurityException::message`](InvalidSecurityException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidSecurityException {
        InvalidSecurityException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidSecurityException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidSecurity";
}
impl rt::ModeledError for InvalidSecurityException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#InvalidSecurityException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_SECURITY_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_SECURITY_EXCEPTION)
    }
}
impl ::std::fmt::Display for InvalidSecurityException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidSecurityException {}
/// Indicates that the specified state is not a valid state for an event source.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidStateException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidStateException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidStateException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidStateException {
    /// A builder for this structure.
    pub fn builder() -> InvalidStateExceptionBuilder {
        InvalidStateExceptionBuilder::default()
    }
}
/// Builds a [`InvalidStateException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidStateExceptionBuilder {
    /// [`InvalidStateException::message`](InvalidStateException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidStateExceptionBuilder {
    /// Sets [`InvalidStateException::message`](InvalidStateException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidStateException::message`](InvalidStateException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidStateException {
        InvalidStateException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidStateException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidState";
}
impl rt::ModeledError for InvalidStateException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#InvalidStateException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_STATE_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::INVALID_STATE_EXCEPTION)
    }
}
impl ::std::fmt::Display for InvalidStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidStateException {}
/// The ciphertext references a key that doesn't exist or that you don't have access to.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsAccessDeniedException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsAccessDeniedException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsAccessDeniedException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsAccessDeniedException {
    /// A builder for this structure.
    pub fn builder() -> KmsAccessDeniedExceptionBuilder {
        KmsAccessDeniedExceptionBuilder::default()
    }
}
/// Builds a [`KmsAccessDeniedException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsAccessDeniedExceptionBuilder {
    /// [`KmsAccessDeniedException::message`](KmsAccessDeniedException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsAccessDeniedExceptionBuilder {
    /// Sets [`KmsAccessDeniedException::message`](KmsAccessDeniedException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsAccessDeniedException::message`](KmsAccessDeniedException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsAccessDeniedException {
        KmsAccessDeniedException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsAccessDeniedException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSAccessDenied";
}
impl rt::ModeledError for KmsAccessDeniedException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#KMSAccessDeniedException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_ACCESS_DENIED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_ACCESS_DENIED_EXCEPTION)
    }
}
impl ::std::fmt::Display for KmsAccessDeniedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsAccessDeniedException {}
/// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsDisabledException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsDisabledException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsDisabledException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsDisabledException {
    /// A builder for this structure.
    pub fn builder() -> KmsDisabledExceptionBuilder {
        KmsDisabledExceptionBuilder::default()
    }
}
/// Builds a [`KmsDisabledException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsDisabledExceptionBuilder {
    /// [`KmsDisabledException::message`](KmsDisabledException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsDisabledExceptionBuilder {
    /// Sets [`KmsDisabledException::message`](KmsDisabledException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsDisabledException::message`](KmsDisabledException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsDisabledException {
        KmsDisabledException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsDisabledException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSDisabled";
}
impl rt::ModeledError for KmsDisabledException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#KMSDisabledException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_DISABLED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_DISABLED_EXCEPTION)
    }
}
impl ::std::fmt::Display for KmsDisabledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsDisabledException {}
/// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsInvalidStateException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsInvalidStateException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsInvalidStateException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsInvalidStateException {
    /// A builder for this structure.
    pub fn builder() -> KmsInvalidStateExceptionBuilder {
        KmsInvalidStateExceptionBuilder::default()
    }
}
/// Builds a [`KmsInvalidStateException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsInvalidStateExceptionBuilder {
    /// [`KmsInvalidStateException::message`](KmsInvalidStateException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsInvalidStateExceptionBuilder {
    /// Sets [`KmsInvalidStateException::message`](KmsInvalidStateException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsInvalidStateException::message`](KmsInvalidStateException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsInvalidStateException {
        KmsInvalidStateException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsInvalidStateException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSInvalidState";
}
impl rt::ModeledError for KmsInvalidStateException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#KMSInvalidStateException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_INVALID_STATE_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_INVALID_STATE_EXCEPTION)
    }
}
impl ::std::fmt::Display for KmsInvalidStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsInvalidStateException {}
/// The request was rejected because the specified entity or resource can't be found.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsNotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> KmsNotFoundExceptionBuilder {
        KmsNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`KmsNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsNotFoundExceptionBuilder {
    /// [`KmsNotFoundException::message`](KmsNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsNotFoundExceptionBuilder {
    /// Sets [`KmsNotFoundException::message`](KmsNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsNotFoundException::message`](KmsNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsNotFoundException {
        KmsNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSNotFound";
}
impl rt::ModeledError for KmsNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#KMSNotFoundException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_NOT_FOUND_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_NOT_FOUND_EXCEPTION)
    }
}
impl ::std::fmt::Display for KmsNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsNotFoundException {}
/// The Amazon Web Services access key ID needs a subscription for the service.
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
    pub const CODE: &'static str = "KMSOptInRequired";
}
impl rt::ModeledError for KmsOptInRequired {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#KMSOptInRequired"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_OPT_IN_REQUIRED)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_OPT_IN_REQUIRED)
    }
}
impl ::std::fmt::Display for KmsOptInRequired {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsOptInRequired {}
/// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
#[derive(Clone, Debug, PartialEq)]
pub struct KmsThrottlingException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsThrottlingException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsThrottlingException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsThrottlingException {
    /// A builder for this structure.
    pub fn builder() -> KmsThrottlingExceptionBuilder {
        KmsThrottlingExceptionBuilder::default()
    }
}
/// Builds a [`KmsThrottlingException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsThrottlingExceptionBuilder {
    /// [`KmsThrottlingException::message`](KmsThrottlingException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsThrottlingExceptionBuilder {
    /// Sets [`KmsThrottlingException::message`](KmsThrottlingException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsThrottlingException::message`](KmsThrottlingException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsThrottlingException {
        KmsThrottlingException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsThrottlingException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSThrottling";
}
impl rt::ModeledError for KmsThrottlingException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#KMSThrottlingException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_THROTTLING_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::KMS_THROTTLING_EXCEPTION)
    }
}
impl ::std::fmt::Display for KmsThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsThrottlingException {}
/// Indicates that the requested resource does not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct NotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NotFoundException {
    /// A builder for this structure.
    pub fn builder() -> NotFoundExceptionBuilder {
        NotFoundExceptionBuilder::default()
    }
}
/// Builds a [`NotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotFoundExceptionBuilder {
    /// [`NotFoundException::message`](NotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl NotFoundExceptionBuilder {
    /// Sets [`NotFoundException::message`](NotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`NotFoundException::message`](NotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> NotFoundException {
        NotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NotFound";
}
impl rt::ModeledError for NotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#NotFoundException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NOT_FOUND_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::NOT_FOUND_EXCEPTION)
    }
}
impl ::std::fmt::Display for NotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NotFoundException {}
/// Exception error indicating platform application disabled.
#[derive(Clone, Debug, PartialEq)]
pub struct PlatformApplicationDisabledException {
    /// Message for platform application disabled.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PlatformApplicationDisabledException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PlatformApplicationDisabledException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PlatformApplicationDisabledException {
    /// A builder for this structure.
    pub fn builder() -> PlatformApplicationDisabledExceptionBuilder {
        PlatformApplicationDisabledExceptionBuilder::default()
    }
}
/// Builds a [`PlatformApplicationDisabledException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlatformApplicationDisabledExceptionBuilder {
    /// [`PlatformApplicationDisabledException::message`](PlatformApplicationDisabledException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl PlatformApplicationDisabledExceptionBuilder {
    /// Sets [`PlatformApplicationDisabledException::message`](PlatformApplicationDisabledException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PlatformApplicationDisabledException::message`](PlatformApplicationDisabledException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PlatformApplicationDisabledException {
        PlatformApplicationDisabledException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl PlatformApplicationDisabledException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "PlatformApplicationDisabled";
}
impl rt::ModeledError for PlatformApplicationDisabledException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#PlatformApplicationDisabledException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::PLATFORM_APPLICATION_DISABLED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::PLATFORM_APPLICATION_DISABLED_EXCEPTION)
    }
}
impl ::std::fmt::Display for PlatformApplicationDisabledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for PlatformApplicationDisabledException {}
/// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayLimitExceededException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ReplayLimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ReplayLimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ReplayLimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> ReplayLimitExceededExceptionBuilder {
        ReplayLimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`ReplayLimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplayLimitExceededExceptionBuilder {
    /// [`ReplayLimitExceededException::message`](ReplayLimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ReplayLimitExceededExceptionBuilder {
    /// Sets [`ReplayLimitExceededException::message`](ReplayLimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ReplayLimitExceededException::message`](ReplayLimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReplayLimitExceededException {
        ReplayLimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ReplayLimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ReplayLimitExceeded";
}
impl rt::ModeledError for ReplayLimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#ReplayLimitExceededException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::REPLAY_LIMIT_EXCEEDED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::REPLAY_LIMIT_EXCEEDED_EXCEPTION)
    }
}
impl ::std::fmt::Display for ReplayLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ReplayLimitExceededException {}
/// Can’t perform the action on the specified resource. Make sure that the resource exists.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ResourceNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ResourceNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ResourceNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> ResourceNotFoundExceptionBuilder {
        ResourceNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`ResourceNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceNotFoundExceptionBuilder {
    /// [`ResourceNotFoundException::message`](ResourceNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ResourceNotFoundExceptionBuilder {
    /// Sets [`ResourceNotFoundException::message`](ResourceNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ResourceNotFoundException::message`](ResourceNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ResourceNotFoundException {
        ResourceNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ResourceNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ResourceNotFound";
}
impl rt::ModeledError for ResourceNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#ResourceNotFoundException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::RESOURCE_NOT_FOUND_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::RESOURCE_NOT_FOUND_EXCEPTION)
    }
}
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ResourceNotFoundException {}
/// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
#[derive(Clone, Debug, PartialEq)]
pub struct StaleTagException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for StaleTagException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for StaleTagException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl StaleTagException {
    /// A builder for this structure.
    pub fn builder() -> StaleTagExceptionBuilder {
        StaleTagExceptionBuilder::default()
    }
}
/// Builds a [`StaleTagException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaleTagExceptionBuilder {
    /// [`StaleTagException::message`](StaleTagException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl StaleTagExceptionBuilder {
    /// Sets [`StaleTagException::message`](StaleTagException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`StaleTagException::message`](StaleTagException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> StaleTagException {
        StaleTagException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl StaleTagException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "StaleTag";
}
impl rt::ModeledError for StaleTagException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#StaleTagException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::STALE_TAG_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::STALE_TAG_EXCEPTION)
    }
}
impl ::std::fmt::Display for StaleTagException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for StaleTagException {}
/// Indicates that the customer already owns the maximum allowed number of subscriptions.
#[derive(Clone, Debug, PartialEq)]
pub struct SubscriptionLimitExceededException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SubscriptionLimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SubscriptionLimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SubscriptionLimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> SubscriptionLimitExceededExceptionBuilder {
        SubscriptionLimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`SubscriptionLimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubscriptionLimitExceededExceptionBuilder {
    /// [`SubscriptionLimitExceededException::message`](SubscriptionLimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl SubscriptionLimitExceededExceptionBuilder {
    /// Sets [`SubscriptionLimitExceededException::message`](SubscriptionLimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`SubscriptionLimitExceededException::message`](SubscriptionLimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SubscriptionLimitExceededException {
        SubscriptionLimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl SubscriptionLimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "SubscriptionLimitExceeded";
}
impl rt::ModeledError for SubscriptionLimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#SubscriptionLimitExceededException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION)
    }
}
impl ::std::fmt::Display for SubscriptionLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for SubscriptionLimitExceededException {}
/// Can't add more than 50 tags to a topic.
#[derive(Clone, Debug, PartialEq)]
pub struct TagLimitExceededException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TagLimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TagLimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TagLimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> TagLimitExceededExceptionBuilder {
        TagLimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`TagLimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagLimitExceededExceptionBuilder {
    /// [`TagLimitExceededException::message`](TagLimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TagLimitExceededExceptionBuilder {
    /// Sets [`TagLimitExceededException::message`](TagLimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TagLimitExceededException::message`](TagLimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TagLimitExceededException {
        TagLimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TagLimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TagLimitExceeded";
}
impl rt::ModeledError for TagLimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#TagLimitExceededException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TAG_LIMIT_EXCEEDED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TAG_LIMIT_EXCEEDED_EXCEPTION)
    }
}
impl ::std::fmt::Display for TagLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TagLimitExceededException {}
/// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
#[derive(Clone, Debug, PartialEq)]
pub struct TagPolicyException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TagPolicyException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TagPolicyException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TagPolicyException {
    /// A builder for this structure.
    pub fn builder() -> TagPolicyExceptionBuilder {
        TagPolicyExceptionBuilder::default()
    }
}
/// Builds a [`TagPolicyException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagPolicyExceptionBuilder {
    /// [`TagPolicyException::message`](TagPolicyException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TagPolicyExceptionBuilder {
    /// Sets [`TagPolicyException::message`](TagPolicyException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TagPolicyException::message`](TagPolicyException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TagPolicyException {
        TagPolicyException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TagPolicyException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TagPolicy";
}
impl rt::ModeledError for TagPolicyException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#TagPolicyException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TAG_POLICY_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TAG_POLICY_EXCEPTION)
    }
}
impl ::std::fmt::Display for TagPolicyException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TagPolicyException {}
/// Indicates that the customer already owns the maximum allowed number of topics.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicLimitExceededException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TopicLimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TopicLimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TopicLimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> TopicLimitExceededExceptionBuilder {
        TopicLimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`TopicLimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TopicLimitExceededExceptionBuilder {
    /// [`TopicLimitExceededException::message`](TopicLimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TopicLimitExceededExceptionBuilder {
    /// Sets [`TopicLimitExceededException::message`](TopicLimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TopicLimitExceededException::message`](TopicLimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TopicLimitExceededException {
        TopicLimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TopicLimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TopicLimitExceeded";
}
impl rt::ModeledError for TopicLimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#TopicLimitExceededException"
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
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TOPIC_LIMIT_EXCEEDED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::TOPIC_LIMIT_EXCEEDED_EXCEPTION)
    }
}
impl ::std::fmt::Display for TopicLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TopicLimitExceededException {}
/// Indicates that a parameter in the request is invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationException {
    pub message: rt::String,
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
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ValidationException, rt::BuildError> {
        Ok(ValidationException {
            message: self.message.ok_or(rt::BuildError {
                shape: "ValidationException",
                member: "Message",
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl ValidationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ValidationException";
    /// The error for constraint violations: its message lists them.
    pub fn validation_error(violations: &rt::json::Violations) -> Self {
        let message = violations.to_string();
        Self {
            message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl rt::ModeledError for ValidationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sns#ValidationException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        Some(self.message.as_str())
            .filter(|m| !m.is_empty())
            .or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::VALIDATION_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::VALIDATION_EXCEPTION)
    }
}
impl ::std::fmt::Display for ValidationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ValidationException {}

::codegen_rt::operation_error! {
    /// The errors `CreateTopic` can return.
    pub enum CreateTopicError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
        ConcurrentAccessException = "ConcurrentAccess",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
        InvalidSecurityException = "InvalidSecurity",
        /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
        StaleTagException = "StaleTag",
        /// Can't add more than 50 tags to a topic.
        TagLimitExceededException = "TagLimitExceeded",
        /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
        TagPolicyException = "TagPolicy",
        /// Indicates that the customer already owns the maximum allowed number of topics.
        TopicLimitExceededException = "TopicLimitExceeded",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteTopic` can return.
    pub enum DeleteTopicError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
        ConcurrentAccessException = "ConcurrentAccess",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// Indicates that the specified state is not a valid state for an event source.
        InvalidStateException = "InvalidState",
        /// Indicates that the requested resource does not exist.
        NotFoundException = "NotFound",
        /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
        StaleTagException = "StaleTag",
        /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
        TagPolicyException = "TagPolicy",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetTopicAttributes` can return.
    pub enum GetTopicAttributesError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
        InvalidSecurityException = "InvalidSecurity",
        /// Indicates that the requested resource does not exist.
        NotFoundException = "NotFound",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListSubscriptionsByTopic` can return.
    pub enum ListSubscriptionsByTopicError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// Indicates that the requested resource does not exist.
        NotFoundException = "NotFound",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListTopics` can return.
    pub enum ListTopicsError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Publish` can return.
    pub enum PublishError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Exception error indicating endpoint disabled.
        EndpointDisabledException = "EndpointDisabled",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterValueException = "ParameterValueInvalid",
        /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
        InvalidSecurityException = "InvalidSecurity",
        /// The ciphertext references a key that doesn't exist or that you don't have access to.
        KmsAccessDeniedException = "KMSAccessDenied",
        /// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
        KmsDisabledException = "KMSDisabled",
        /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
        KmsInvalidStateException = "KMSInvalidState",
        /// The request was rejected because the specified entity or resource can't be found.
        KmsNotFoundException = "KMSNotFound",
        /// The Amazon Web Services access key ID needs a subscription for the service.
        KmsOptInRequired = "KMSOptInRequired",
        /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
        KmsThrottlingException = "KMSThrottling",
        /// Indicates that the requested resource does not exist.
        NotFoundException = "NotFound",
        /// Exception error indicating platform application disabled.
        PlatformApplicationDisabledException = "PlatformApplicationDisabled",
        /// Indicates that a parameter in the request is invalid.
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}

::codegen_rt::operation_error! {
    /// The errors `SetTopicAttributes` can return.
    pub enum SetTopicAttributesError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
        InvalidSecurityException = "InvalidSecurity",
        /// Indicates that the requested resource does not exist.
        NotFoundException = "NotFound",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Subscribe` can return.
    pub enum SubscribeError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
        FilterPolicyLimitExceededException = "FilterPolicyLimitExceeded",
        /// Indicates an internal service error.
        InternalErrorException = "InternalError",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
        InvalidSecurityException = "InvalidSecurity",
        /// Indicates that the requested resource does not exist.
        NotFoundException = "NotFound",
        /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
        ReplayLimitExceededException = "ReplayLimitExceeded",
        /// Indicates that the customer already owns the maximum allowed number of subscriptions.
        SubscriptionLimitExceededException = "SubscriptionLimitExceeded",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `TagResource` can return.
    pub enum TagResourceError {
        /// Indicates that the user has been denied access to the requested resource.
        AuthorizationErrorException = "AuthorizationError",
        /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
        ConcurrentAccessException = "ConcurrentAccess",
        /// Indicates that a request parameter does not comply with the associated constraints.
        InvalidParameterException = "InvalidParameter",
        /// Can’t perform the action on the specified resource. Make sure that the resource exists.
        ResourceNotFoundException = "ResourceNotFound",
        /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
        StaleTagException = "StaleTag",
        /// Can't add more than 50 tags to a topic.
        TagLimitExceededException = "TagLimitExceeded",
        /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
        TagPolicyException = "TagPolicy",
    }
    validation = unmodeled;
}
