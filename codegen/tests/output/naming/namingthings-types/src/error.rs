// Generated from models/naming.json by codegen — do not edit.
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
pub struct Error {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Error {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Error {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Error {
    /// A builder for this structure.
    pub fn builder() -> ErrorBuilder {
        ErrorBuilder::default()
    }
}
/// Builds a [`Error`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorBuilder {
    /// [`Error::message`](Error::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ErrorBuilder {
    /// Sets [`Error::message`](Error::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`Error::message`](Error::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Error {
        Error {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl Error {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Error";
}
impl rt::ModeledError for Error {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.naming#Error"
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
impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for Error {}
#[derive(Clone, Debug, PartialEq)]
pub struct ModeledError {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ModeledError {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ModeledError {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ModeledError {
    /// A builder for this structure.
    pub fn builder() -> ModeledErrorBuilder {
        ModeledErrorBuilder::default()
    }
}
/// Builds a [`ModeledError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModeledErrorBuilder {
    /// [`ModeledError::message`](ModeledError::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ModeledErrorBuilder {
    /// Sets [`ModeledError::message`](ModeledError::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ModeledError::message`](ModeledError::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ModeledError {
        ModeledError {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ModeledError {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ModeledError";
}
impl rt::ModeledError for ModeledError {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.naming#ModeledError"
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
impl ::std::fmt::Display for ModeledError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ModeledError {}
#[derive(Clone, Debug, PartialEq)]
pub struct Unhandled {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Unhandled {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Unhandled {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Unhandled {
    /// A builder for this structure.
    pub fn builder() -> UnhandledBuilder {
        UnhandledBuilder::default()
    }
}
/// Builds a [`Unhandled`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnhandledBuilder {
    /// [`Unhandled::message`](Unhandled::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnhandledBuilder {
    /// Sets [`Unhandled::message`](Unhandled::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`Unhandled::message`](Unhandled::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Unhandled {
        Unhandled {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl Unhandled {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Unhandled";
}
impl rt::ModeledError for Unhandled {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.naming#Unhandled"
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
impl ::std::fmt::Display for Unhandled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for Unhandled {}

::codegen_rt::operation_error! {
    /// The errors `Handle2` can return.
    pub enum Handle2Error {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Match` can return.
    pub enum MatchError {
        Error = "Error",
        ModeledError = "ModeledError",
        UnhandledError(Unhandled) = "Unhandled",
    }
    validation = unmodeled;
}
