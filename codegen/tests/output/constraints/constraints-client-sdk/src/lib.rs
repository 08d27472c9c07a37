// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Constraints.
#![allow(deprecated)]
pub use codegen_rt::client::{Config, Credentials, SdkError};
use codegen_rt::prelude::*;
pub use constraints_types;
use constraints_types::error::*;
use constraints_types::model::*;
use std::sync::Arc;
pub mod schema;
const SERVICE: ::codegen_rt::client::ServiceInfo = ::codegen_rt::client::ServiceInfo {
    target_prefix: "Constraints",
    signing_name: "constraints",
    endpoint_prefix: "constraints",
    content_type: "application/x-amz-json-1.1",
    user_agent: "constraints-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
};
#[derive(Debug, Clone)]
pub struct Client {
    handle: Arc<::codegen_rt::client::Handle>,
}
impl Client {
    /// A client configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            handle: ::codegen_rt::client::Handle::new(config, SERVICE),
        }
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        self.handle.config()
    }
    pub fn check(&self) -> CheckFluentBuilder {
        CheckFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: CheckInput::builder(),
        }
    }
    /// Calls the operation with this model name on a JSON input and
    /// answers its JSON output, with the error reduced to code, message
    /// and status: one signature for all operations, for tools that
    /// work from [`schema`].
    pub async fn call_json(
        &self,
        operation: &str,
        input: JsonValue,
    ) -> Result<JsonValue, SdkError<Unhandled>> {
        match operation {
            "Check" => {
                self.handle
                    .call_json::<CheckInput, CheckOutput, CheckError>(operation, input)
                    .await
            }
            _ => Err(SdkError::Construction(format!(
                "the model has no operation `{operation}`"
            ))),
        }
    }
}
/// Checks a JSON input for the operation with this model name against
/// the model's constraints, as `send` does before sending.
pub fn validate_json(operation: &str, input: &JsonValue) -> Result<(), SdkError<Unhandled>> {
    match operation {
        "Check" => codegen_rt::client::validate::<CheckInput, Unhandled>(input),
        _ => Err(SdkError::Construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Check` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CheckFluentBuilder {
    handle: Arc<::codegen_rt::client::Handle>,
    input: CheckInputBuilder,
}
impl CheckFluentBuilder {
    /// Sets [`CheckInput::name`](CheckInput::name).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets [`CheckInput::count`](CheckInput::count).
    pub fn count(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.count(value);
        self
    }
    /// Sets [`CheckInput::ratio`](CheckInput::ratio).
    pub fn ratio(mut self, value: impl Into<f64>) -> Self {
        self.input = self.input.ratio(value);
        self
    }
    /// Sets [`CheckInput::tags`](CheckInput::tags).
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets [`CheckInput::payload`](CheckInput::payload).
    pub fn payload(mut self, value: impl Into<Blob>) -> Self {
        self.input = self.input.payload(value);
        self
    }
    /// Sets [`CheckInput::enabled`](CheckInput::enabled).
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.input = self.input.enabled(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CheckInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `Option`s.
    pub fn input_mut(&mut self) -> &mut CheckInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<CheckOutput, SdkError<CheckError>> {
        self.handle
            .call::<CheckInput, _, _>("Check", self.input.to_json())
            .await
    }
}
