// Generated from models/errors.json by codegen — do not edit.
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
pub struct Broken {
    pub message: rt::String,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Broken {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Broken {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Broken {
    /// A builder for this structure.
    pub fn builder() -> BrokenBuilder {
        BrokenBuilder::default()
    }
}
/// Builds a [`Broken`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrokenBuilder {
    /// [`Broken::message`](Broken::message), if set.
    pub message: rt::Option<rt::String>,
}
impl BrokenBuilder {
    /// Sets [`Broken::message`](Broken::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`Broken::message`](Broken::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Broken, rt::BuildError> {
        Ok(Broken {
            message: self.message.ok_or(rt::BuildError {
                shape: "Broken",
                member: "message",
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl Broken {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Broken";
}
impl rt::ModeledError for Broken {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#Broken"
    }
    fn status(&self) -> u16 {
        500
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
impl ::std::fmt::Display for Broken {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for Broken {}
/// The thing is not there.
///
/// Second paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct NotFound {
    pub message: rt::Option<rt::String>,
    pub resource: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NotFound {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NotFound {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NotFound {
    /// A builder for this structure.
    pub fn builder() -> NotFoundBuilder {
        NotFoundBuilder::default()
    }
}
/// Builds a [`NotFound`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotFoundBuilder {
    /// [`NotFound::message`](NotFound::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`NotFound::resource`](NotFound::resource), if set.
    pub resource: rt::Option<rt::String>,
}
impl NotFoundBuilder {
    /// Sets [`NotFound::message`](NotFound::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`NotFound::message`](NotFound::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`NotFound::resource`](NotFound::resource).
    pub fn resource(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.resource = Some(value.into());
        self
    }
    /// Sets or clears [`NotFound::resource`](NotFound::resource).
    pub fn set_resource(mut self, value: rt::Option<rt::String>) -> Self {
        self.resource = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> NotFound {
        NotFound {
            message: self.message,
            resource: self.resource,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NotFound {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NotFound";
}
impl rt::ModeledError for NotFound {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#NotFound"
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
impl ::std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NotFound {}
#[derive(Clone, Debug, PartialEq)]
pub struct Teapot {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Teapot {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Teapot {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Teapot {
    /// A builder for this structure.
    pub fn builder() -> TeapotBuilder {
        TeapotBuilder::default()
    }
}
/// Builds a [`Teapot`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TeapotBuilder {}
impl TeapotBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> Teapot {
        Teapot {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl Teapot {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Teapot";
}
impl rt::ModeledError for Teapot {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#Teapot"
    }
    fn status(&self) -> u16 {
        418
    }
    fn message(&self) -> rt::Option<&str> {
        self._meta.message()
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for Teapot {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for Teapot {}
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
        "example.errors#ThrottlingException"
    }
    fn status(&self) -> u16 {
        429
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
    /// The errors `Fetch` can return.
    pub enum FetchError {
        Broken = "Broken",
        /// The thing is not there.
        NotFound = "NotFound",
        Teapot = "Teapot",
        ThrottlingException = "ThrottlingException",
    }
    validation = unmodeled;
}
