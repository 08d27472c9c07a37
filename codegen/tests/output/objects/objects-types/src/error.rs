// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// No object is stored under the key.
#[derive(Clone, Debug, PartialEq)]
pub struct NoSuchKey {
    pub message: rt::Option<rt::String>,
    /// The key that was not found.
    pub key: rt::Option<rt::String>,
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
pub struct NoSuchKeyBuilder {
    /// [`NoSuchKey::message`](NoSuchKey::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`NoSuchKey::key`](NoSuchKey::key), if set.
    pub key: rt::Option<rt::String>,
}
impl NoSuchKeyBuilder {
    /// Sets [`NoSuchKey::message`](NoSuchKey::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`NoSuchKey::message`](NoSuchKey::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`NoSuchKey::key`](NoSuchKey::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`NoSuchKey::key`](NoSuchKey::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> NoSuchKey {
        NoSuchKey {
            message: self.message,
            key: self.key,
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
        "example.objects#NoSuchKey"
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
impl ::std::fmt::Display for NoSuchKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NoSuchKey {}
/// The request breaks the model's constraints.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationException {
    /// Every violation, in one sentence.
    pub message: rt::String,
    /// Each violation: where, and what is wrong.
    pub field_list: rt::Option<rt::Vec<ValidationExceptionField>>,
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
    /// [`ValidationException::field_list`](ValidationException::field_list), if set.
    pub field_list: rt::Option<rt::Vec<ValidationExceptionField>>,
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
    /// Appends one element to [`ValidationException::field_list`](ValidationException::field_list).
    pub fn field_list(mut self, value: impl rt::Into<ValidationExceptionField>) -> Self {
        self.field_list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ValidationException::field_list`](ValidationException::field_list).
    pub fn set_field_list(mut self, value: rt::Option<rt::Vec<ValidationExceptionField>>) -> Self {
        self.field_list = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ValidationException, rt::BuildError> {
        Ok(ValidationException {
            message: self.message.ok_or(rt::BuildError {
                shape: "ValidationException",
                member: "message",
            })?,
            field_list: self.field_list,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl ValidationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ValidationException";
    /// The error for constraint violations: its message lists them.
    pub fn validation_error(violations: &rt::json::Violations) -> Self {
        let message = violations.smithy_message();
        Self {
            message,
            field_list: Some(
                violations
                    .list
                    .iter()
                    .map(|v| ValidationExceptionField {
                        path: v.pointer.clone(),
                        message: v.smithy_message(),
                    })
                    .collect(),
            ),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl rt::ModeledError for ValidationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "smithy.framework#ValidationException"
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
}
impl ::std::fmt::Display for ValidationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ValidationException {}

::codegen_rt::operation_error! {
    /// The errors `DeleteObject` can return.
    pub enum DeleteObjectError {
        /// No object is stored under the key.
        NoSuchKey = "NoSuchKey",
        /// The request breaks the model's constraints.
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}

::codegen_rt::operation_error! {
    /// The errors `GetObject` can return.
    pub enum GetObjectError {
        /// No object is stored under the key.
        NoSuchKey = "NoSuchKey",
        /// The request breaks the model's constraints.
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}

::codegen_rt::operation_error! {
    /// The errors `ListObjects` can return.
    pub enum ListObjectsError {
        /// The request breaks the model's constraints.
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}

::codegen_rt::operation_error! {
    /// The errors `PutObject` can return.
    pub enum PutObjectError {
        /// The request breaks the model's constraints.
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}
