// Generated from models/waiters.json by codegen — do not edit.
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
pub struct JobNotFound {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for JobNotFound {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for JobNotFound {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl JobNotFound {
    /// A builder for this structure.
    pub fn builder() -> JobNotFoundBuilder {
        JobNotFoundBuilder::default()
    }
}
/// Builds a [`JobNotFound`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JobNotFoundBuilder {
    /// [`JobNotFound::message`](JobNotFound::message), if set.
    pub message: rt::Option<rt::String>,
}
impl JobNotFoundBuilder {
    /// Sets [`JobNotFound::message`](JobNotFound::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`JobNotFound::message`](JobNotFound::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> JobNotFound {
        JobNotFound {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl JobNotFound {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "JobNotFound";
}
impl rt::ModeledError for JobNotFound {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "t.waiters#JobNotFound"
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
impl ::std::fmt::Display for JobNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for JobNotFound {}

::codegen_rt::operation_error! {
    /// The errors `GetJob` can return.
    pub enum GetJobError {
        JobNotFound = "JobNotFound",
    }
    validation = unmodeled;
}
