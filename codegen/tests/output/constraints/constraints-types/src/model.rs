// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct CheckInput {
    pub name: rt::String,
    pub count: rt::Option<i32>,
    pub ratio: rt::Option<f64>,
    pub tags: rt::Option<rt::Vec<rt::String>>,
    pub payload: rt::Option<rt::Blob>,
    pub enabled: bool,
}
impl CheckInput {
    /// A builder for this structure.
    pub fn builder() -> CheckInputBuilder {
        CheckInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CheckInput {
    /// [`name`](Self::name).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// [`count`](Self::count).
    pub fn count(&self) -> rt::Option<i32> {
        self.count
    }
    /// [`ratio`](Self::ratio).
    pub fn ratio(&self) -> rt::Option<f64> {
        self.ratio
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[rt::String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`payload`](Self::payload).
    pub fn payload(&self) -> rt::Option<&rt::Blob> {
        self.payload.as_ref()
    }
    /// [`enabled`](Self::enabled).
    pub fn enabled(&self) -> bool {
        self.enabled
    }
}
/// Builds a [`CheckInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckInputBuilder {
    /// [`CheckInput::name`](CheckInput::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`CheckInput::count`](CheckInput::count), if set.
    pub count: rt::Option<i32>,
    /// [`CheckInput::ratio`](CheckInput::ratio), if set.
    pub ratio: rt::Option<f64>,
    /// [`CheckInput::tags`](CheckInput::tags), if set.
    pub tags: rt::Option<rt::Vec<rt::String>>,
    /// [`CheckInput::payload`](CheckInput::payload), if set.
    pub payload: rt::Option<rt::Blob>,
    /// [`CheckInput::enabled`](CheckInput::enabled), if set.
    pub enabled: rt::Option<bool>,
}
impl CheckInputBuilder {
    /// Sets [`CheckInput::name`](CheckInput::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`CheckInput::name`](CheckInput::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`CheckInput::count`](CheckInput::count).
    pub fn count(mut self, value: impl rt::Into<i32>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets or clears [`CheckInput::count`](CheckInput::count).
    pub fn set_count(mut self, value: rt::Option<i32>) -> Self {
        self.count = value;
        self
    }
    /// Sets [`CheckInput::ratio`](CheckInput::ratio).
    pub fn ratio(mut self, value: impl rt::Into<f64>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets or clears [`CheckInput::ratio`](CheckInput::ratio).
    pub fn set_ratio(mut self, value: rt::Option<f64>) -> Self {
        self.ratio = value;
        self
    }
    /// Appends one element to [`CheckInput::tags`](CheckInput::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CheckInput::tags`](CheckInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`CheckInput::payload`](CheckInput::payload).
    pub fn payload(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.payload = Some(value.into());
        self
    }
    /// Sets or clears [`CheckInput::payload`](CheckInput::payload).
    pub fn set_payload(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.payload = value;
        self
    }
    /// Sets [`CheckInput::enabled`](CheckInput::enabled).
    pub fn enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CheckInput::enabled`](CheckInput::enabled).
    pub fn set_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CheckInput, rt::BuildError> {
        Ok(CheckInput {
            name: self.name.ok_or(rt::BuildError {
                shape: "CheckInput",
                member: "name",
            })?,
            count: self.count,
            ratio: self.ratio,
            tags: self.tags,
            payload: self.payload,
            enabled: self.enabled.unwrap_or(true),
        })
    }
}
/// The (empty) output of `Check`.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CheckOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CheckOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CheckOutput {
    /// A builder for this structure.
    pub fn builder() -> CheckOutputBuilder {
        CheckOutputBuilder::default()
    }
}
/// Builds a [`CheckOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckOutputBuilder {}
impl CheckOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> CheckOutput {
        CheckOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
