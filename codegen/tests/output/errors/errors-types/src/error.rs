// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
pub use codegen_rt::prelude::{BuildError, ModeledError, OperationError, Unhandled};
#[derive(Clone, Debug, PartialEq)]
pub struct Broken {
    pub message: String,
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
    pub message: Option<String>,
}
impl BrokenBuilder {
    /// Sets [`Broken::message`](Broken::message).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<Broken, BuildError> {
        Ok(Broken {
            message: self.message.ok_or(BuildError {
                shape: "Broken",
                member: "message",
            })?,
        })
    }
}
impl Broken {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Broken";
}
impl ModeledError for Broken {
    fn code(&self) -> &'static str {
        Self::CODE
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#Broken"
    }
    fn status(&self) -> u16 {
        500
    }
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str())
    }
    fn body(&self) -> JsonValue {
        self.to_json()
    }
}
impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl std::error::Error for Broken {}
/// The thing is not there.
///
/// Second paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct NotFound {
    pub message: Option<String>,
    pub resource: Option<String>,
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
    pub message: Option<String>,
    /// [`NotFound::resource`](NotFound::resource), if set.
    pub resource: Option<String>,
}
impl NotFoundBuilder {
    /// Sets [`NotFound::message`](NotFound::message).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`NotFound::resource`](NotFound::resource).
    pub fn resource(mut self, value: impl Into<String>) -> Self {
        self.resource = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<NotFound, BuildError> {
        Ok(NotFound {
            message: self.message,
            resource: self.resource,
        })
    }
}
impl NotFound {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NotFound";
}
impl ModeledError for NotFound {
    fn code(&self) -> &'static str {
        Self::CODE
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#NotFound"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    fn body(&self) -> JsonValue {
        self.to_json()
    }
}
impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl std::error::Error for NotFound {}
#[derive(Clone, Debug, PartialEq)]
pub struct Teapot {}
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
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<Teapot, BuildError> {
        Ok(Teapot {})
    }
}
impl Teapot {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Teapot";
}
impl ModeledError for Teapot {
    fn code(&self) -> &'static str {
        Self::CODE
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#Teapot"
    }
    fn status(&self) -> u16 {
        418
    }
    fn message(&self) -> Option<&str> {
        None
    }
    fn body(&self) -> JsonValue {
        self.to_json()
    }
}
impl std::fmt::Display for Teapot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl std::error::Error for Teapot {}
#[derive(Clone, Debug, PartialEq)]
pub struct ThrottlingException {
    pub message: Option<String>,
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
    pub message: Option<String>,
}
impl ThrottlingExceptionBuilder {
    /// Sets [`ThrottlingException::message`](ThrottlingException::message).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<ThrottlingException, BuildError> {
        Ok(ThrottlingException {
            message: self.message,
        })
    }
}
impl ThrottlingException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ThrottlingException";
}
impl ModeledError for ThrottlingException {
    fn code(&self) -> &'static str {
        Self::CODE
    }
    fn shape_id(&self) -> &'static str {
        "example.errors#ThrottlingException"
    }
    fn status(&self) -> u16 {
        429
    }
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    fn body(&self) -> JsonValue {
        self.to_json()
    }
}
impl std::fmt::Display for ThrottlingException {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl std::error::Error for ThrottlingException {}

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
