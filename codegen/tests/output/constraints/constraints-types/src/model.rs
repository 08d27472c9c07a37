// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
#[derive(Clone, Debug, PartialEq)]
pub struct CheckInput {
    pub name: String,
    pub count: Option<i32>,
    pub ratio: Option<f64>,
    pub tags: Option<Vec<String>>,
    pub payload: Option<Blob>,
    pub enabled: bool,
}
impl CheckInput {
    /// A builder for this structure.
    pub fn builder() -> CheckInputBuilder {
        CheckInputBuilder::default()
    }
}
/// Builds a [`CheckInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckInputBuilder {
    /// [`CheckInput::name`](CheckInput::name), if set.
    pub name: Option<String>,
    /// [`CheckInput::count`](CheckInput::count), if set.
    pub count: Option<i32>,
    /// [`CheckInput::ratio`](CheckInput::ratio), if set.
    pub ratio: Option<f64>,
    /// [`CheckInput::tags`](CheckInput::tags), if set.
    pub tags: Option<Vec<String>>,
    /// [`CheckInput::payload`](CheckInput::payload), if set.
    pub payload: Option<Blob>,
    /// [`CheckInput::enabled`](CheckInput::enabled), if set.
    pub enabled: Option<bool>,
}
impl CheckInputBuilder {
    /// Sets [`CheckInput::name`](CheckInput::name).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`CheckInput::count`](CheckInput::count).
    pub fn count(mut self, value: impl Into<i32>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets [`CheckInput::ratio`](CheckInput::ratio).
    pub fn ratio(mut self, value: impl Into<f64>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets [`CheckInput::tags`](CheckInput::tags).
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets [`CheckInput::payload`](CheckInput::payload).
    pub fn payload(mut self, value: impl Into<Blob>) -> Self {
        self.payload = Some(value.into());
        self
    }
    /// Sets [`CheckInput::enabled`](CheckInput::enabled).
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<CheckInput, BuildError> {
        Ok(CheckInput {
            name: self.name.ok_or(BuildError {
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
pub struct CheckOutput {}
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
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<CheckOutput, BuildError> {
        Ok(CheckOutput {})
    }
}
