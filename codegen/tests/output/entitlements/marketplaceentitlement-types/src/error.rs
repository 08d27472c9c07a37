// Generated from models/entitlements.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The service failed.
#[derive(Clone, Debug, PartialEq)]
pub struct InternalServiceErrorException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InternalServiceErrorException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InternalServiceErrorException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InternalServiceErrorException {
    /// A builder for this structure.
    pub fn builder() -> InternalServiceErrorExceptionBuilder {
        InternalServiceErrorExceptionBuilder::default()
    }
}
/// Builds a [`InternalServiceErrorException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InternalServiceErrorExceptionBuilder {
    /// [`InternalServiceErrorException::message`](InternalServiceErrorException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InternalServiceErrorExceptionBuilder {
    /// Sets [`InternalServiceErrorException::message`](InternalServiceErrorException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InternalServiceErrorException::message`](InternalServiceErrorException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InternalServiceErrorException {
        InternalServiceErrorException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InternalServiceErrorException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InternalServiceErrorException";
}
impl rt::ModeledError for InternalServiceErrorException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.marketplaceentitlementservice#InternalServiceErrorException"
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
impl ::std::fmt::Display for InternalServiceErrorException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InternalServiceErrorException {}
/// A parameter was not valid.
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
        "com.amazonaws.marketplaceentitlementservice#InvalidParameterException"
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
/// Too many requests.
#[derive(Clone, Debug, PartialEq)]
pub struct ThrottlingException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ThrottlingException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ThrottlingException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ThrottlingException {
    /// A builder for this structure.
    pub fn builder() -> ThrottlingExceptionBuilder {
        ThrottlingExceptionBuilder::default()
    }
}
/// Builds a [`ThrottlingException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThrottlingExceptionBuilder {
    /// [`ThrottlingException::message`](ThrottlingException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ThrottlingExceptionBuilder {
    /// Sets [`ThrottlingException::message`](ThrottlingException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ThrottlingException::message`](ThrottlingException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ThrottlingException {
        ThrottlingException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ThrottlingException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ThrottlingException";
}
impl rt::ModeledError for ThrottlingException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.marketplaceentitlementservice#ThrottlingException"
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
impl ::std::fmt::Display for ThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ThrottlingException {}

::codegen_rt::operation_error! {
    /// The errors `GetEntitlements` can return.
    pub enum GetEntitlementsError {
        /// The service failed.
        InternalServiceErrorException = "InternalServiceErrorException",
        /// A parameter was not valid.
        InvalidParameterException = "InvalidParameterException",
        /// Too many requests.
        ThrottlingException = "ThrottlingException",
    }
    validation = InvalidParameterException;
}
