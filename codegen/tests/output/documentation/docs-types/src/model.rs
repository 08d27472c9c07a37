// Generated from models/documentation.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainInput {
    /// Plain text [with brackets] stays readable.
    pub topic: rt::Option<rt::String>,
    /// **Deprecated** (since 2020). Use topic.
    #[deprecated(note = "deprecated in the model (since 2020). Use topic.")]
    pub old: rt::Option<rt::String>,
}
impl ExplainInput {
    /// A builder for this structure.
    pub fn builder() -> ExplainInputBuilder {
        ExplainInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ExplainInput {
    /// [`topic`](Self::topic).
    pub fn topic(&self) -> rt::Option<&str> {
        self.topic.as_deref()
    }
    /// [`old`](Self::old).
    #[deprecated(note = "deprecated in the model (since 2020). Use topic.")]
    pub fn old(&self) -> rt::Option<&str> {
        self.old.as_deref()
    }
}
/// Builds a [`ExplainInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExplainInputBuilder {
    /// [`ExplainInput::topic`](ExplainInput::topic), if set.
    pub topic: rt::Option<rt::String>,
    /// [`ExplainInput::old`](ExplainInput::old), if set.
    pub old: rt::Option<rt::String>,
}
impl ExplainInputBuilder {
    /// Sets [`ExplainInput::topic`](ExplainInput::topic).
    pub fn topic(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic = Some(value.into());
        self
    }
    /// Sets or clears [`ExplainInput::topic`](ExplainInput::topic).
    pub fn set_topic(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic = value;
        self
    }
    /// Sets [`ExplainInput::old`](ExplainInput::old).
    pub fn old(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.old = Some(value.into());
        self
    }
    /// Sets or clears [`ExplainInput::old`](ExplainInput::old).
    pub fn set_old(mut self, value: rt::Option<rt::String>) -> Self {
        self.old = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ExplainInput {
        ExplainInput {
            topic: self.topic,
            old: self.old,
        }
    }
}
/// The (empty) output of `Explain`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ExplainOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ExplainOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ExplainOutput {
    /// A builder for this structure.
    pub fn builder() -> ExplainOutputBuilder {
        ExplainOutputBuilder::default()
    }
}
/// Builds a [`ExplainOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExplainOutputBuilder {}
impl ExplainOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> ExplainOutput {
        ExplainOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
