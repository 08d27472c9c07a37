// Generated from models/aws-secretsmanager.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
#[derive(Clone, Debug, PartialEq)]
pub struct DecryptionFailure {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DecryptionFailure {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DecryptionFailure {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DecryptionFailure {
    /// A builder for this structure.
    pub fn builder() -> DecryptionFailureBuilder {
        DecryptionFailureBuilder::default()
    }
}
/// Builds a [`DecryptionFailure`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DecryptionFailureBuilder {
    /// [`DecryptionFailure::message`](DecryptionFailure::message), if set.
    pub message: rt::Option<rt::String>,
}
impl DecryptionFailureBuilder {
    /// Sets [`DecryptionFailure::message`](DecryptionFailure::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptionFailure::message`](DecryptionFailure::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DecryptionFailure {
        DecryptionFailure {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl DecryptionFailure {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "DecryptionFailure";
}
impl rt::ModeledError for DecryptionFailure {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#DecryptionFailure"
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
impl ::std::fmt::Display for DecryptionFailure {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for DecryptionFailure {}
/// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
#[derive(Clone, Debug, PartialEq)]
pub struct EncryptionFailure {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for EncryptionFailure {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for EncryptionFailure {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl EncryptionFailure {
    /// A builder for this structure.
    pub fn builder() -> EncryptionFailureBuilder {
        EncryptionFailureBuilder::default()
    }
}
/// Builds a [`EncryptionFailure`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EncryptionFailureBuilder {
    /// [`EncryptionFailure::message`](EncryptionFailure::message), if set.
    pub message: rt::Option<rt::String>,
}
impl EncryptionFailureBuilder {
    /// Sets [`EncryptionFailure::message`](EncryptionFailure::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptionFailure::message`](EncryptionFailure::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EncryptionFailure {
        EncryptionFailure {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl EncryptionFailure {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "EncryptionFailure";
}
impl rt::ModeledError for EncryptionFailure {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#EncryptionFailure"
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
impl ::std::fmt::Display for EncryptionFailure {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for EncryptionFailure {}
/// An error occurred on the server side.
#[derive(Clone, Debug, PartialEq)]
pub struct InternalServiceError {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InternalServiceError {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InternalServiceError {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InternalServiceError {
    /// A builder for this structure.
    pub fn builder() -> InternalServiceErrorBuilder {
        InternalServiceErrorBuilder::default()
    }
}
/// Builds a [`InternalServiceError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InternalServiceErrorBuilder {
    /// [`InternalServiceError::message`](InternalServiceError::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InternalServiceErrorBuilder {
    /// Sets [`InternalServiceError::message`](InternalServiceError::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InternalServiceError::message`](InternalServiceError::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InternalServiceError {
        InternalServiceError {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InternalServiceError {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InternalServiceError";
}
impl rt::ModeledError for InternalServiceError {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#InternalServiceError"
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
impl ::std::fmt::Display for InternalServiceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InternalServiceError {}
/// The `NextToken` value is invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidNextTokenException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidNextTokenException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidNextTokenException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidNextTokenException {
    /// A builder for this structure.
    pub fn builder() -> InvalidNextTokenExceptionBuilder {
        InvalidNextTokenExceptionBuilder::default()
    }
}
/// Builds a [`InvalidNextTokenException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidNextTokenExceptionBuilder {
    /// [`InvalidNextTokenException::message`](InvalidNextTokenException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidNextTokenExceptionBuilder {
    /// Sets [`InvalidNextTokenException::message`](InvalidNextTokenException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidNextTokenException::message`](InvalidNextTokenException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidNextTokenException {
        InvalidNextTokenException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidNextTokenException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidNextTokenException";
}
impl rt::ModeledError for InvalidNextTokenException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#InvalidNextTokenException"
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
impl ::std::fmt::Display for InvalidNextTokenException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidNextTokenException {}
/// The parameter name or value is invalid.
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
        "com.amazonaws.secretsmanager#InvalidParameterException"
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
/// A parameter value is not valid for the current state of the resource.
///
/// Possible causes:
///
/// - The secret is scheduled for deletion.
/// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
/// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidRequestException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidRequestException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidRequestException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidRequestException {
    /// A builder for this structure.
    pub fn builder() -> InvalidRequestExceptionBuilder {
        InvalidRequestExceptionBuilder::default()
    }
}
/// Builds a [`InvalidRequestException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidRequestExceptionBuilder {
    /// [`InvalidRequestException::message`](InvalidRequestException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidRequestExceptionBuilder {
    /// Sets [`InvalidRequestException::message`](InvalidRequestException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidRequestException::message`](InvalidRequestException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidRequestException {
        InvalidRequestException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidRequestException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidRequestException";
}
impl rt::ModeledError for InvalidRequestException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#InvalidRequestException"
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
impl ::std::fmt::Display for InvalidRequestException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidRequestException {}
/// The request failed because it would exceed one of the Secrets Manager quotas.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitExceededException {
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
        "com.amazonaws.secretsmanager#LimitExceededException"
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
/// The resource policy has syntax errors.
#[derive(Clone, Debug, PartialEq)]
pub struct MalformedPolicyDocumentException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for MalformedPolicyDocumentException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for MalformedPolicyDocumentException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl MalformedPolicyDocumentException {
    /// A builder for this structure.
    pub fn builder() -> MalformedPolicyDocumentExceptionBuilder {
        MalformedPolicyDocumentExceptionBuilder::default()
    }
}
/// Builds a [`MalformedPolicyDocumentException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MalformedPolicyDocumentExceptionBuilder {
    /// [`MalformedPolicyDocumentException::message`](MalformedPolicyDocumentException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl MalformedPolicyDocumentExceptionBuilder {
    /// Sets [`MalformedPolicyDocumentException::message`](MalformedPolicyDocumentException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`MalformedPolicyDocumentException::message`](MalformedPolicyDocumentException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> MalformedPolicyDocumentException {
        MalformedPolicyDocumentException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl MalformedPolicyDocumentException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "MalformedPolicyDocumentException";
}
impl rt::ModeledError for MalformedPolicyDocumentException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#MalformedPolicyDocumentException"
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
impl ::std::fmt::Display for MalformedPolicyDocumentException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for MalformedPolicyDocumentException {}
/// The request failed because you did not complete all the prerequisite steps.
#[derive(Clone, Debug, PartialEq)]
pub struct PreconditionNotMetException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PreconditionNotMetException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PreconditionNotMetException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PreconditionNotMetException {
    /// A builder for this structure.
    pub fn builder() -> PreconditionNotMetExceptionBuilder {
        PreconditionNotMetExceptionBuilder::default()
    }
}
/// Builds a [`PreconditionNotMetException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PreconditionNotMetExceptionBuilder {
    /// [`PreconditionNotMetException::message`](PreconditionNotMetException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl PreconditionNotMetExceptionBuilder {
    /// Sets [`PreconditionNotMetException::message`](PreconditionNotMetException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PreconditionNotMetException::message`](PreconditionNotMetException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PreconditionNotMetException {
        PreconditionNotMetException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl PreconditionNotMetException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "PreconditionNotMetException";
}
impl rt::ModeledError for PreconditionNotMetException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#PreconditionNotMetException"
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
impl ::std::fmt::Display for PreconditionNotMetException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for PreconditionNotMetException {}
/// A resource with the ID you requested already exists.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceExistsException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ResourceExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ResourceExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ResourceExistsException {
    /// A builder for this structure.
    pub fn builder() -> ResourceExistsExceptionBuilder {
        ResourceExistsExceptionBuilder::default()
    }
}
/// Builds a [`ResourceExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceExistsExceptionBuilder {
    /// [`ResourceExistsException::message`](ResourceExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ResourceExistsExceptionBuilder {
    /// Sets [`ResourceExistsException::message`](ResourceExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ResourceExistsException::message`](ResourceExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ResourceExistsException {
        ResourceExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ResourceExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ResourceExistsException";
}
impl rt::ModeledError for ResourceExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#ResourceExistsException"
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
impl ::std::fmt::Display for ResourceExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ResourceExistsException {}
/// Secrets Manager can't find the resource that you asked for.
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
    pub const CODE: &'static str = "ResourceNotFoundException";
}
impl rt::ModeledError for ResourceNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.secretsmanager#ResourceNotFoundException"
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
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ResourceNotFoundException {}

::codegen_rt::operation_error! {
    /// The errors `CreateSecret` can return.
    pub enum CreateSecretError {
        /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
        DecryptionFailure = "DecryptionFailure",
        /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
        EncryptionFailure = "EncryptionFailure",
        /// An error occurred on the server side.
        InternalServiceError = "InternalServiceError",
        /// The parameter name or value is invalid.
        InvalidParameterException = "InvalidParameterException",
        /// A parameter value is not valid for the current state of the resource.
        InvalidRequestException = "InvalidRequestException",
        /// The request failed because it would exceed one of the Secrets Manager quotas.
        LimitExceededException = "LimitExceededException",
        /// The resource policy has syntax errors.
        MalformedPolicyDocumentException = "MalformedPolicyDocumentException",
        /// The request failed because you did not complete all the prerequisite steps.
        PreconditionNotMetException = "PreconditionNotMetException",
        /// A resource with the ID you requested already exists.
        ResourceExistsException = "ResourceExistsException",
        /// Secrets Manager can't find the resource that you asked for.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteSecret` can return.
    pub enum DeleteSecretError {
        /// An error occurred on the server side.
        InternalServiceError = "InternalServiceError",
        /// The parameter name or value is invalid.
        InvalidParameterException = "InvalidParameterException",
        /// A parameter value is not valid for the current state of the resource.
        InvalidRequestException = "InvalidRequestException",
        /// Secrets Manager can't find the resource that you asked for.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeSecret` can return.
    pub enum DescribeSecretError {
        /// An error occurred on the server side.
        InternalServiceError = "InternalServiceError",
        /// The parameter name or value is invalid.
        InvalidParameterException = "InvalidParameterException",
        /// Secrets Manager can't find the resource that you asked for.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `GetSecretValue` can return.
    pub enum GetSecretValueError {
        /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
        DecryptionFailure = "DecryptionFailure",
        /// An error occurred on the server side.
        InternalServiceError = "InternalServiceError",
        /// The parameter name or value is invalid.
        InvalidParameterException = "InvalidParameterException",
        /// A parameter value is not valid for the current state of the resource.
        InvalidRequestException = "InvalidRequestException",
        /// Secrets Manager can't find the resource that you asked for.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `ListSecrets` can return.
    pub enum ListSecretsError {
        /// An error occurred on the server side.
        InternalServiceError = "InternalServiceError",
        /// The `NextToken` value is invalid.
        InvalidNextTokenException = "InvalidNextTokenException",
        /// The parameter name or value is invalid.
        InvalidParameterException = "InvalidParameterException",
        /// A parameter value is not valid for the current state of the resource.
        InvalidRequestException = "InvalidRequestException",
    }
    validation = InvalidParameterException;
}

::codegen_rt::operation_error! {
    /// The errors `PutSecretValue` can return.
    pub enum PutSecretValueError {
        /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
        DecryptionFailure = "DecryptionFailure",
        /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
        EncryptionFailure = "EncryptionFailure",
        /// An error occurred on the server side.
        InternalServiceError = "InternalServiceError",
        /// The parameter name or value is invalid.
        InvalidParameterException = "InvalidParameterException",
        /// A parameter value is not valid for the current state of the resource.
        InvalidRequestException = "InvalidRequestException",
        /// The request failed because it would exceed one of the Secrets Manager quotas.
        LimitExceededException = "LimitExceededException",
        /// A resource with the ID you requested already exists.
        ResourceExistsException = "ResourceExistsException",
        /// Secrets Manager can't find the resource that you asked for.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = InvalidParameterException;
}
