// Generated from models/aws-glacier.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Returned if there is insufficient capacity to process this expedited request. This error only applies to expedited retrievals and not to standard or bulk retrievals.
#[derive(Clone, Debug, PartialEq)]
pub struct InsufficientCapacityException {
    pub code: rt::Option<rt::String>,
    pub message: rt::Option<rt::String>,
    pub r#type: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InsufficientCapacityException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InsufficientCapacityException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InsufficientCapacityException {
    /// A builder for this structure.
    pub fn builder() -> InsufficientCapacityExceptionBuilder {
        InsufficientCapacityExceptionBuilder::default()
    }
}
/// Builds a [`InsufficientCapacityException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InsufficientCapacityExceptionBuilder {
    /// [`InsufficientCapacityException::code`](InsufficientCapacityException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`InsufficientCapacityException::message`](InsufficientCapacityException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`InsufficientCapacityException::r#type`](InsufficientCapacityException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl InsufficientCapacityExceptionBuilder {
    /// Sets [`InsufficientCapacityException::code`](InsufficientCapacityException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`InsufficientCapacityException::code`](InsufficientCapacityException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`InsufficientCapacityException::message`](InsufficientCapacityException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InsufficientCapacityException::message`](InsufficientCapacityException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`InsufficientCapacityException::r#type`](InsufficientCapacityException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`InsufficientCapacityException::r#type`](InsufficientCapacityException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InsufficientCapacityException {
        InsufficientCapacityException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InsufficientCapacityException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InsufficientCapacityException";
}
impl rt::ModeledError for InsufficientCapacityException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#InsufficientCapacityException"
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
impl ::std::fmt::Display for InsufficientCapacityException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InsufficientCapacityException {}
/// Returned if a parameter of the request is incorrectly specified.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidParameterValueException {
    /// 400 Bad Request
    pub code: rt::Option<rt::String>,
    /// Returned if a parameter of the request is incorrectly specified.
    pub message: rt::Option<rt::String>,
    /// Client
    pub r#type: rt::Option<rt::String>,
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
    /// [`InvalidParameterValueException::code`](InvalidParameterValueException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`InvalidParameterValueException::message`](InvalidParameterValueException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`InvalidParameterValueException::r#type`](InvalidParameterValueException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl InvalidParameterValueExceptionBuilder {
    /// Sets [`InvalidParameterValueException::code`](InvalidParameterValueException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidParameterValueException::code`](InvalidParameterValueException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
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
    /// Sets [`InvalidParameterValueException::r#type`](InvalidParameterValueException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidParameterValueException::r#type`](InvalidParameterValueException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidParameterValueException {
        InvalidParameterValueException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidParameterValueException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidParameterValueException";
}
impl rt::ModeledError for InvalidParameterValueException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#InvalidParameterValueException"
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
impl ::std::fmt::Display for InvalidParameterValueException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidParameterValueException {}
/// Returned if the request results in a vault or account limit being exceeded.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitExceededException {
    /// 400 Bad Request
    pub code: rt::Option<rt::String>,
    /// Returned if the request results in a vault limit or tags limit being exceeded.
    pub message: rt::Option<rt::String>,
    /// Client
    pub r#type: rt::Option<rt::String>,
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
    /// [`LimitExceededException::code`](LimitExceededException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`LimitExceededException::message`](LimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`LimitExceededException::r#type`](LimitExceededException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl LimitExceededExceptionBuilder {
    /// Sets [`LimitExceededException::code`](LimitExceededException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`LimitExceededException::code`](LimitExceededException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
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
    /// Sets [`LimitExceededException::r#type`](LimitExceededException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`LimitExceededException::r#type`](LimitExceededException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LimitExceededException {
        LimitExceededException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
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
        "com.amazonaws.glacier#LimitExceededException"
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
/// Returned if a required header or parameter is missing from the request.
#[derive(Clone, Debug, PartialEq)]
pub struct MissingParameterValueException {
    /// 400 Bad Request
    pub code: rt::Option<rt::String>,
    /// Returned if no authentication data is found for the request.
    pub message: rt::Option<rt::String>,
    /// Client.
    pub r#type: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for MissingParameterValueException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for MissingParameterValueException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl MissingParameterValueException {
    /// A builder for this structure.
    pub fn builder() -> MissingParameterValueExceptionBuilder {
        MissingParameterValueExceptionBuilder::default()
    }
}
/// Builds a [`MissingParameterValueException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MissingParameterValueExceptionBuilder {
    /// [`MissingParameterValueException::code`](MissingParameterValueException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`MissingParameterValueException::message`](MissingParameterValueException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`MissingParameterValueException::r#type`](MissingParameterValueException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl MissingParameterValueExceptionBuilder {
    /// Sets [`MissingParameterValueException::code`](MissingParameterValueException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`MissingParameterValueException::code`](MissingParameterValueException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`MissingParameterValueException::message`](MissingParameterValueException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`MissingParameterValueException::message`](MissingParameterValueException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`MissingParameterValueException::r#type`](MissingParameterValueException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`MissingParameterValueException::r#type`](MissingParameterValueException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> MissingParameterValueException {
        MissingParameterValueException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl MissingParameterValueException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "MissingParameterValueException";
}
impl rt::ModeledError for MissingParameterValueException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#MissingParameterValueException"
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
impl ::std::fmt::Display for MissingParameterValueException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for MissingParameterValueException {}
/// Returned if a retrieval job would exceed the current data policy's retrieval rate limit. For more information about data retrieval policies,
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyEnforcedException {
    /// PolicyEnforcedException
    pub code: rt::Option<rt::String>,
    /// InitiateJob request denied by current data retrieval policy.
    pub message: rt::Option<rt::String>,
    /// Client
    pub r#type: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PolicyEnforcedException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PolicyEnforcedException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PolicyEnforcedException {
    /// A builder for this structure.
    pub fn builder() -> PolicyEnforcedExceptionBuilder {
        PolicyEnforcedExceptionBuilder::default()
    }
}
/// Builds a [`PolicyEnforcedException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PolicyEnforcedExceptionBuilder {
    /// [`PolicyEnforcedException::code`](PolicyEnforcedException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`PolicyEnforcedException::message`](PolicyEnforcedException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`PolicyEnforcedException::r#type`](PolicyEnforcedException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl PolicyEnforcedExceptionBuilder {
    /// Sets [`PolicyEnforcedException::code`](PolicyEnforcedException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`PolicyEnforcedException::code`](PolicyEnforcedException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`PolicyEnforcedException::message`](PolicyEnforcedException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PolicyEnforcedException::message`](PolicyEnforcedException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`PolicyEnforcedException::r#type`](PolicyEnforcedException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`PolicyEnforcedException::r#type`](PolicyEnforcedException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PolicyEnforcedException {
        PolicyEnforcedException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl PolicyEnforcedException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "PolicyEnforcedException";
}
impl rt::ModeledError for PolicyEnforcedException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#PolicyEnforcedException"
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
impl ::std::fmt::Display for PolicyEnforcedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for PolicyEnforcedException {}
/// Returned if, when uploading an archive, Amazon S3 Glacier times out while receiving the upload.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestTimeoutException {
    /// 408 Request Timeout
    pub code: rt::Option<rt::String>,
    /// Returned if, when uploading an archive, Amazon S3 Glacier times out while receiving the upload.
    pub message: rt::Option<rt::String>,
    /// Client
    pub r#type: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RequestTimeoutException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RequestTimeoutException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RequestTimeoutException {
    /// A builder for this structure.
    pub fn builder() -> RequestTimeoutExceptionBuilder {
        RequestTimeoutExceptionBuilder::default()
    }
}
/// Builds a [`RequestTimeoutException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestTimeoutExceptionBuilder {
    /// [`RequestTimeoutException::code`](RequestTimeoutException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`RequestTimeoutException::message`](RequestTimeoutException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`RequestTimeoutException::r#type`](RequestTimeoutException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl RequestTimeoutExceptionBuilder {
    /// Sets [`RequestTimeoutException::code`](RequestTimeoutException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`RequestTimeoutException::code`](RequestTimeoutException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`RequestTimeoutException::message`](RequestTimeoutException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RequestTimeoutException::message`](RequestTimeoutException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`RequestTimeoutException::r#type`](RequestTimeoutException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`RequestTimeoutException::r#type`](RequestTimeoutException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RequestTimeoutException {
        RequestTimeoutException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RequestTimeoutException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RequestTimeoutException";
}
impl rt::ModeledError for RequestTimeoutException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#RequestTimeoutException"
    }
    fn status(&self) -> u16 {
        408
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RequestTimeoutException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RequestTimeoutException {}
/// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceNotFoundException {
    /// 404 Not Found
    pub code: rt::Option<rt::String>,
    /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
    pub message: rt::Option<rt::String>,
    /// Client
    pub r#type: rt::Option<rt::String>,
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
    /// [`ResourceNotFoundException::code`](ResourceNotFoundException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`ResourceNotFoundException::message`](ResourceNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`ResourceNotFoundException::r#type`](ResourceNotFoundException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl ResourceNotFoundExceptionBuilder {
    /// Sets [`ResourceNotFoundException::code`](ResourceNotFoundException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`ResourceNotFoundException::code`](ResourceNotFoundException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
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
    /// Sets [`ResourceNotFoundException::r#type`](ResourceNotFoundException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`ResourceNotFoundException::r#type`](ResourceNotFoundException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ResourceNotFoundException {
        ResourceNotFoundException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ResourceNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ResourceNotFoundException";
}
impl rt::ModeledError for ResourceNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#ResourceNotFoundException"
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
}
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ResourceNotFoundException {}
/// Returned if the service cannot complete the request.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceUnavailableException {
    /// 500 Internal Server Error
    pub code: rt::Option<rt::String>,
    /// Returned if the service cannot complete the request.
    pub message: rt::Option<rt::String>,
    /// Server
    pub r#type: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ServiceUnavailableException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ServiceUnavailableException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ServiceUnavailableException {
    /// A builder for this structure.
    pub fn builder() -> ServiceUnavailableExceptionBuilder {
        ServiceUnavailableExceptionBuilder::default()
    }
}
/// Builds a [`ServiceUnavailableException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceUnavailableExceptionBuilder {
    /// [`ServiceUnavailableException::code`](ServiceUnavailableException::code), if set.
    pub code: rt::Option<rt::String>,
    /// [`ServiceUnavailableException::message`](ServiceUnavailableException::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`ServiceUnavailableException::r#type`](ServiceUnavailableException::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl ServiceUnavailableExceptionBuilder {
    /// Sets [`ServiceUnavailableException::code`](ServiceUnavailableException::code).
    pub fn code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets or clears [`ServiceUnavailableException::code`](ServiceUnavailableException::code).
    pub fn set_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`ServiceUnavailableException::message`](ServiceUnavailableException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ServiceUnavailableException::message`](ServiceUnavailableException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`ServiceUnavailableException::r#type`](ServiceUnavailableException::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`ServiceUnavailableException::r#type`](ServiceUnavailableException::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ServiceUnavailableException {
        ServiceUnavailableException {
            code: self.code,
            message: self.message,
            r#type: self.r#type,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ServiceUnavailableException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ServiceUnavailableException";
}
impl rt::ModeledError for ServiceUnavailableException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.glacier#ServiceUnavailableException"
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
impl ::std::fmt::Display for ServiceUnavailableException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ServiceUnavailableException {}

::codegen_rt::operation_error! {
    /// The errors `CreateVault` can return.
    pub enum CreateVaultError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if the request results in a vault or account limit being exceeded.
        LimitExceededException = "LimitExceededException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteArchive` can return.
    pub enum DeleteArchiveError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeJob` can return.
    pub enum DescribeJobError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeVault` can return.
    pub enum DescribeVaultError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetJobOutput` can return.
    pub enum GetJobOutputError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `InitiateJob` can return.
    pub enum InitiateJobError {
        /// Returned if there is insufficient capacity to process this expedited request. This error only applies to expedited retrievals and not to standard or bulk retrievals.
        InsufficientCapacityException = "InsufficientCapacityException",
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if a retrieval job would exceed the current data policy's retrieval rate limit. For more information about data retrieval policies,
        PolicyEnforcedException = "PolicyEnforcedException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListVaults` can return.
    pub enum ListVaultsError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `UploadArchive` can return.
    pub enum UploadArchiveError {
        /// Returned if a parameter of the request is incorrectly specified.
        InvalidParameterValueException = "InvalidParameterValueException",
        /// Returned if a required header or parameter is missing from the request.
        MissingParameterValueException = "MissingParameterValueException",
        /// Returned if, when uploading an archive, Amazon S3 Glacier times out while receiving the upload.
        RequestTimeoutException = "RequestTimeoutException",
        /// Returned if the specified resource (such as a vault, upload ID, or job ID) doesn't exist.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Returned if the service cannot complete the request.
        ServiceUnavailableException = "ServiceUnavailableException",
    }
    validation = unmodeled;
}
