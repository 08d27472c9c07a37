// Generated from models/waiters.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct GetJobInput {
    pub job_id: rt::String,
}
impl GetJobInput {
    /// A builder for this structure.
    pub fn builder() -> GetJobInputBuilder {
        GetJobInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetJobInput {
    /// [`job_id`](Self::job_id).
    pub fn job_id(&self) -> &str {
        &self.job_id
    }
}
/// Builds a [`GetJobInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetJobInputBuilder {
    /// [`GetJobInput::job_id`](GetJobInput::job_id), if set.
    pub job_id: rt::Option<rt::String>,
}
impl GetJobInputBuilder {
    /// Sets [`GetJobInput::job_id`](GetJobInput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobInput::job_id`](GetJobInput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetJobInput, rt::BuildError> {
        Ok(GetJobInput {
            job_id: self.job_id.ok_or(rt::BuildError {
                shape: "GetJobInput",
                member: "JobId",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetJobOutput {
    pub status: rt::Option<rt::String>,
    pub steps: rt::Option<rt::Vec<Step>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetJobOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetJobOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetJobOutput {
    /// A builder for this structure.
    pub fn builder() -> GetJobOutputBuilder {
        GetJobOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetJobOutput {
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&str> {
        self.status.as_deref()
    }
    /// [`steps`](Self::steps), empty when unset.
    pub fn steps(&self) -> &[Step] {
        self.steps.as_deref().unwrap_or_default()
    }
}
/// Builds a [`GetJobOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetJobOutputBuilder {
    /// [`GetJobOutput::status`](GetJobOutput::status), if set.
    pub status: rt::Option<rt::String>,
    /// [`GetJobOutput::steps`](GetJobOutput::steps), if set.
    pub steps: rt::Option<rt::Vec<Step>>,
}
impl GetJobOutputBuilder {
    /// Sets [`GetJobOutput::status`](GetJobOutput::status).
    pub fn status(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutput::status`](GetJobOutput::status).
    pub fn set_status(mut self, value: rt::Option<rt::String>) -> Self {
        self.status = value;
        self
    }
    /// Appends one element to [`GetJobOutput::steps`](GetJobOutput::steps).
    pub fn steps(mut self, value: impl rt::Into<Step>) -> Self {
        self.steps
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetJobOutput::steps`](GetJobOutput::steps).
    pub fn set_steps(mut self, value: rt::Option<rt::Vec<Step>>) -> Self {
        self.steps = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetJobOutput {
        GetJobOutput {
            status: self.status,
            steps: self.steps,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub tag: rt::Option<rt::String>,
    pub status: rt::Option<rt::String>,
}
impl Step {
    /// A builder for this structure.
    pub fn builder() -> StepBuilder {
        StepBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Step {
    /// [`tag`](Self::tag).
    pub fn tag(&self) -> rt::Option<&str> {
        self.tag.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&str> {
        self.status.as_deref()
    }
}
/// Builds a [`Step`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepBuilder {
    /// [`Step::tag`](Step::tag), if set.
    pub tag: rt::Option<rt::String>,
    /// [`Step::status`](Step::status), if set.
    pub status: rt::Option<rt::String>,
}
impl StepBuilder {
    /// Sets [`Step::tag`](Step::tag).
    pub fn tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// Sets or clears [`Step::tag`](Step::tag).
    pub fn set_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.tag = value;
        self
    }
    /// Sets [`Step::status`](Step::status).
    pub fn status(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`Step::status`](Step::status).
    pub fn set_status(mut self, value: rt::Option<rt::String>) -> Self {
        self.status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Step {
        Step {
            tag: self.tag,
            status: self.status,
        }
    }
}
