// Generated from models/events.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// No model has that id.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelNotFound {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ModelNotFound {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ModelNotFound {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ModelNotFound {
    /// A builder for this structure.
    pub fn builder() -> ModelNotFoundBuilder {
        ModelNotFoundBuilder::default()
    }
}
/// Builds a [`ModelNotFound`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelNotFoundBuilder {
    /// [`ModelNotFound::message`](ModelNotFound::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ModelNotFoundBuilder {
    /// Sets [`ModelNotFound::message`](ModelNotFound::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ModelNotFound::message`](ModelNotFound::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ModelNotFound {
        ModelNotFound {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ModelNotFound {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ModelNotFound";
}
impl rt::ModeledError for ModelNotFound {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.talk#ModelNotFound"
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
impl ::std::fmt::Display for ModelNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ModelNotFound {}
/// Too many tokens too fast.
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
        "example.talk#ThrottlingException"
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
    /// The errors `Chat` can return.
    pub enum ChatError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Converse` can return.
    pub enum ConverseError {
        /// No model has that id.
        ModelNotFound = "ModelNotFound",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Transcribe` can return.
    pub enum TranscribeError {
    }
    validation = unmodeled;
}
