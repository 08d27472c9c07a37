// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The endpoint called is not (or no longer) the one for this call.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidEndpointException {
    /// What went wrong.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidEndpointException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidEndpointException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidEndpointException {
    /// A builder for this structure.
    pub fn builder() -> InvalidEndpointExceptionBuilder {
        InvalidEndpointExceptionBuilder::default()
    }
}
/// Builds a [`InvalidEndpointException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidEndpointExceptionBuilder {
    /// [`InvalidEndpointException::message`](InvalidEndpointException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidEndpointExceptionBuilder {
    /// Sets [`InvalidEndpointException::message`](InvalidEndpointException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidEndpointException::message`](InvalidEndpointException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidEndpointException {
        InvalidEndpointException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidEndpointException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidEndpointException";
}
impl rt::ModeledError for InvalidEndpointException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.cells#InvalidEndpointException"
    }
    fn status(&self) -> u16 {
        421
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidEndpointException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidEndpointException {}

::codegen_rt::operation_error! {
    /// The errors `DescribeEndpoints` can return.
    pub enum DescribeEndpointsError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeTable` can return.
    pub enum DescribeTableError {
        /// The endpoint called is not (or no longer) the one for this call.
        InvalidEndpointException = "InvalidEndpointException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetItem` can return.
    pub enum GetItemError {
        /// The endpoint called is not (or no longer) the one for this call.
        InvalidEndpointException = "InvalidEndpointException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListTables` can return.
    pub enum ListTablesError {
        /// The endpoint called is not (or no longer) the one for this call.
        InvalidEndpointException = "InvalidEndpointException",
    }
    validation = unmodeled;
}
