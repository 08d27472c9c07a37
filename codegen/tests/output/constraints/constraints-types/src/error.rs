// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
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
                member: "message",
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
        "example.constraints#ValidationException"
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
    /// The errors `Check` can return.
    pub enum CheckError {
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}
