// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
pub use codegen_rt::prelude::{BuildError, ModeledError, OperationError, Unhandled};
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationException {
    pub message: String,
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
    pub message: Option<String>,
}
impl ValidationExceptionBuilder {
    /// Sets [`ValidationException::message`](ValidationException::message).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<ValidationException, BuildError> {
        Ok(ValidationException {
            message: self.message.ok_or(BuildError {
                shape: "ValidationException",
                member: "message",
            })?,
        })
    }
}
impl ValidationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ValidationException";
    /// The error for constraint violations, `message` listing them.
    pub fn validation_error(message: String) -> Self {
        Self { message }
    }
}
impl ModeledError for ValidationException {
    fn code(&self) -> &'static str {
        Self::CODE
    }
    fn shape_id(&self) -> &'static str {
        "example.constraints#ValidationException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str())
    }
    fn body(&self) -> JsonValue {
        self.to_json()
    }
}
impl std::fmt::Display for ValidationException {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl std::error::Error for ValidationException {}

::codegen_rt::operation_error! {
    /// The errors `Check` can return.
    pub enum CheckError {
        ValidationException = "ValidationException",
    }
    validation = ValidationException;
}
