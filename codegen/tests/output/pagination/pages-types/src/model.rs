// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
#[derive(Clone, Debug, PartialEq)]
pub struct ListThingsInput {
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}
impl ListThingsInput {
    /// A builder for this structure.
    pub fn builder() -> ListThingsInputBuilder {
        ListThingsInputBuilder::default()
    }
}
/// Builds a [`ListThingsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListThingsInputBuilder {
    /// [`ListThingsInput::next_token`](ListThingsInput::next_token), if set.
    pub next_token: Option<String>,
    /// [`ListThingsInput::max_results`](ListThingsInput::max_results), if set.
    pub max_results: Option<i32>,
}
impl ListThingsInputBuilder {
    /// Sets [`ListThingsInput::next_token`](ListThingsInput::next_token).
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets [`ListThingsInput::max_results`](ListThingsInput::max_results).
    pub fn max_results(mut self, value: impl Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<ListThingsInput, BuildError> {
        Ok(ListThingsInput {
            next_token: self.next_token,
            max_results: self.max_results,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListThingsOutput {
    pub things: Vec<String>,
    pub next_token: Option<String>,
}
impl ListThingsOutput {
    /// A builder for this structure.
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}
/// Builds a [`ListThingsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListThingsOutputBuilder {
    /// [`ListThingsOutput::things`](ListThingsOutput::things), if set.
    pub things: Option<Vec<String>>,
    /// [`ListThingsOutput::next_token`](ListThingsOutput::next_token), if set.
    pub next_token: Option<String>,
}
impl ListThingsOutputBuilder {
    /// Sets [`ListThingsOutput::things`](ListThingsOutput::things).
    pub fn things(mut self, value: impl Into<Vec<String>>) -> Self {
        self.things = Some(value.into());
        self
    }
    /// Sets [`ListThingsOutput::next_token`](ListThingsOutput::next_token).
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<ListThingsOutput, BuildError> {
        Ok(ListThingsOutput {
            things: self.things.ok_or(BuildError {
                shape: "ListThingsOutput",
                member: "things",
            })?,
            next_token: self.next_token,
        })
    }
}
