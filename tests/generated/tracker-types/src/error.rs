// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
use codegen_rt::prelude::*;
pub use codegen_rt::prelude::{BuildError, ModeledError, OperationError, Unhandled};
#[derive(Clone, Debug, PartialEq)]
pub struct Busy {
    pub message: Option<String>,
}
impl Busy {
    /// A builder for this structure.
    pub fn builder() -> BusyBuilder {
        BusyBuilder::default()
    }
}
/// Builds a [`Busy`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BusyBuilder {
    /// [`Busy::message`](Busy::message), if set.
    pub message: Option<String>,
}
impl BusyBuilder {
    /// Sets [`Busy::message`](Busy::message).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<Busy, BuildError> {
        Ok(Busy {
            message: self.message,
        })
    }
}
impl Busy {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Busy";
}
impl ModeledError for Busy {
    fn code(&self) -> &'static str {
        Self::CODE
    }
    fn shape_id(&self) -> &'static str {
        "t.traits#Busy"
    }
    fn status(&self) -> u16 {
        503
    }
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    fn body(&self) -> JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> Option<&'static str> {
        Some("Tracker.Busy;Receiver")
    }
}
impl std::fmt::Display for Busy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl std::error::Error for Busy {}
impl ToJson for Busy {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for Busy {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
/// The errors `OldOp` can return.
#[derive(Debug)]
pub enum OldOpError {
    /// An error the model does not describe for this operation.
    Unhandled(Unhandled),
}
impl std::fmt::Display for OldOpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_operation_error(self, f)
    }
}
impl std::error::Error for OldOpError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        rt::error::operation_error_source(self)
    }
}
impl OperationError for OldOpError {
    fn from_response(_code: &str, _body: &JsonValue, unhandled: Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
    fn modeled(&self) -> Result<&dyn ModeledError, &Unhandled> {
        match self {
            Self::Unhandled(e) => Err(e),
        }
    }
    fn validation(message: String) -> Self {
        Self::Unhandled(Unhandled::new(400, "ValidationException", message))
    }
    fn unhandled(unhandled: Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
/// The errors `PutItem` can return.
#[derive(Debug)]
pub enum PutItemOperationError {
    Busy(Busy),
    /// An error the model does not describe for this operation.
    Unhandled(Unhandled),
}
impl std::fmt::Display for PutItemOperationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_operation_error(self, f)
    }
}
impl std::error::Error for PutItemOperationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        rt::error::operation_error_source(self)
    }
}
impl From<Busy> for PutItemOperationError {
    fn from(e: Busy) -> Self {
        Self::Busy(e)
    }
}
impl OperationError for PutItemOperationError {
    fn from_response(code: &str, body: &JsonValue, unhandled: Unhandled) -> Self {
        match code {
            "Busy" => rt::json::parse_lenient(body).map_or(Self::Unhandled(unhandled), Self::Busy),
            _ => Self::Unhandled(unhandled),
        }
    }
    fn modeled(&self) -> Result<&dyn ModeledError, &Unhandled> {
        match self {
            Self::Busy(e) => Ok(e),
            Self::Unhandled(e) => Err(e),
        }
    }
    fn validation(message: String) -> Self {
        Self::Unhandled(Unhandled::new(400, "ValidationException", message))
    }
    fn unhandled(unhandled: Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
/// The errors `Watch` can return.
#[derive(Debug)]
pub enum WatchError {
    /// An error the model does not describe for this operation.
    Unhandled(Unhandled),
}
impl std::fmt::Display for WatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        rt::error::fmt_operation_error(self, f)
    }
}
impl std::error::Error for WatchError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        rt::error::operation_error_source(self)
    }
}
impl OperationError for WatchError {
    fn from_response(_code: &str, _body: &JsonValue, unhandled: Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
    fn modeled(&self) -> Result<&dyn ModeledError, &Unhandled> {
        match self {
            Self::Unhandled(e) => Err(e),
        }
    }
    fn validation(message: String) -> Self {
        Self::Unhandled(Unhandled::new(400, "ValidationException", message))
    }
    fn unhandled(unhandled: Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
