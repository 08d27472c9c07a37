// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpiredTokenException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ExpiredTokenException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ExpiredTokenException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ExpiredTokenException {
    /// A builder for this structure.
    pub fn builder() -> ExpiredTokenExceptionBuilder {
        ExpiredTokenExceptionBuilder::default()
    }
}
/// Builds a [`ExpiredTokenException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpiredTokenExceptionBuilder {
    /// [`ExpiredTokenException::message`](ExpiredTokenException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ExpiredTokenExceptionBuilder {
    /// Sets [`ExpiredTokenException::message`](ExpiredTokenException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ExpiredTokenException::message`](ExpiredTokenException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ExpiredTokenException {
        ExpiredTokenException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ExpiredTokenException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ExpiredTokenException";
}
impl rt::ModeledError for ExpiredTokenException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sts#ExpiredTokenException"
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
        Some(&crate::xml::EXPIRED_TOKEN_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::EXPIRED_TOKEN_EXCEPTION)
    }
}
impl ::std::fmt::Display for ExpiredTokenException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ExpiredTokenException {}
/// The request was rejected because the policy document was malformed. The error message describes the specific error.
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
    pub const CODE: &'static str = "MalformedPolicyDocument";
}
impl rt::ModeledError for MalformedPolicyDocumentException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sts#MalformedPolicyDocumentException"
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
        Some(&crate::xml::MALFORMED_POLICY_DOCUMENT_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::MALFORMED_POLICY_DOCUMENT_EXCEPTION)
    }
}
impl ::std::fmt::Display for MalformedPolicyDocumentException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for MalformedPolicyDocumentException {}
/// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
///
/// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct PackedPolicyTooLargeException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PackedPolicyTooLargeException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PackedPolicyTooLargeException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PackedPolicyTooLargeException {
    /// A builder for this structure.
    pub fn builder() -> PackedPolicyTooLargeExceptionBuilder {
        PackedPolicyTooLargeExceptionBuilder::default()
    }
}
/// Builds a [`PackedPolicyTooLargeException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackedPolicyTooLargeExceptionBuilder {
    /// [`PackedPolicyTooLargeException::message`](PackedPolicyTooLargeException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl PackedPolicyTooLargeExceptionBuilder {
    /// Sets [`PackedPolicyTooLargeException::message`](PackedPolicyTooLargeException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PackedPolicyTooLargeException::message`](PackedPolicyTooLargeException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PackedPolicyTooLargeException {
        PackedPolicyTooLargeException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl PackedPolicyTooLargeException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "PackedPolicyTooLarge";
}
impl rt::ModeledError for PackedPolicyTooLargeException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sts#PackedPolicyTooLargeException"
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
        Some(&crate::xml::PACKED_POLICY_TOO_LARGE_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::PACKED_POLICY_TOO_LARGE_EXCEPTION)
    }
}
impl ::std::fmt::Display for PackedPolicyTooLargeException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for PackedPolicyTooLargeException {}
/// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html) in the *IAM User Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionDisabledException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RegionDisabledException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RegionDisabledException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RegionDisabledException {
    /// A builder for this structure.
    pub fn builder() -> RegionDisabledExceptionBuilder {
        RegionDisabledExceptionBuilder::default()
    }
}
/// Builds a [`RegionDisabledException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegionDisabledExceptionBuilder {
    /// [`RegionDisabledException::message`](RegionDisabledException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RegionDisabledExceptionBuilder {
    /// Sets [`RegionDisabledException::message`](RegionDisabledException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RegionDisabledException::message`](RegionDisabledException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RegionDisabledException {
        RegionDisabledException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RegionDisabledException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RegionDisabledException";
}
impl rt::ModeledError for RegionDisabledException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.sts#RegionDisabledException"
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
        Some(&crate::xml::REGION_DISABLED_EXCEPTION)
    }
    fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
        Some(&crate::xml::REGION_DISABLED_EXCEPTION)
    }
}
impl ::std::fmt::Display for RegionDisabledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RegionDisabledException {}

::codegen_rt::operation_error! {
    /// The errors `AssumeRole` can return.
    pub enum AssumeRoleError {
        /// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
        ExpiredTokenException = "ExpiredTokenException",
        /// The request was rejected because the policy document was malformed. The error message describes the specific error.
        MalformedPolicyDocumentException = "MalformedPolicyDocument",
        /// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
        PackedPolicyTooLargeException = "PackedPolicyTooLarge",
        /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html) in the *IAM User Guide*.
        RegionDisabledException = "RegionDisabledException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetCallerIdentity` can return.
    pub enum GetCallerIdentityError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetSessionToken` can return.
    pub enum GetSessionTokenError {
        /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html) in the *IAM User Guide*.
        RegionDisabledException = "RegionDisabledException",
    }
    validation = unmodeled;
}
