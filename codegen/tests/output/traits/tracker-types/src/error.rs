// Generated from models/traits.json by codegen — do not edit.
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
pub struct Busy {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Busy {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Busy {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
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
    pub message: rt::Option<rt::String>,
}
impl BusyBuilder {
    /// Sets [`Busy::message`](Busy::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`Busy::message`](Busy::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Busy {
        Busy {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl Busy {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "Busy";
}
impl rt::ModeledError for Busy {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "t.traits#Busy"
    }
    fn status(&self) -> u16 {
        503
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
    fn query_error(&self) -> rt::Option<&'static str> {
        Some("Tracker.Busy;Receiver")
    }
}
impl ::std::fmt::Display for Busy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for Busy {}

::codegen_rt::operation_error! {
    /// The errors `OldOp` can return.
    pub enum OldOpError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `PutItem` can return.
    pub enum PutItemOperationError {
        Busy = "Busy",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Watch` can return.
    pub enum WatchError {
    }
    validation = unmodeled;
}
