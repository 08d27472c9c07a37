// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Naming Things.
#![allow(deprecated)]
pub use codegen_rt::client::{Config, Credentials, SdkError};
use codegen_rt::prelude::*;
pub use naming_things_types;
use naming_things_types::error::*;
use naming_things_types::model::*;
use std::sync::Arc;
pub mod schema;
const SERVICE: ::codegen_rt::client::ServiceInfo = ::codegen_rt::client::ServiceInfo {
    target_prefix: "Naming",
    signing_name: "naming-things",
    endpoint_prefix: "naming-things",
    content_type: "application/x-amz-json-1.1",
    user_agent: "naming-things-client-sdk/0.1.0",
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
    pub fn r#match(&self) -> MatchFluentBuilder {
        MatchFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: ResultShape::builder(),
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
            "Match" => {
                self.handle
                    .call_json::<ResultShape, StringShape, MatchError>(operation, input)
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
        "Match" => codegen_rt::client::validate::<ResultShape, Unhandled>(input),
        _ => Err(SdkError::Construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Match` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct MatchFluentBuilder {
    handle: Arc<::codegen_rt::client::Handle>,
    input: ResultShapeBuilder,
}
impl MatchFluentBuilder {
    /// Sets [`ResultShape::r#type`](ResultShape::r#type).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.r#type(value);
        self
    }
    /// Sets [`ResultShape::self_`](ResultShape::self_).
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.self_(value);
        self
    }
    /// Sets [`ResultShape::r#async`](ResultShape::r#async).
    pub fn r#async(mut self, value: impl Into<bool>) -> Self {
        self.input = self.input.r#async(value);
        self
    }
    /// Sets [`ResultShape::is_active`](ResultShape::is_active).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_active(mut self, value: impl Into<bool>) -> Self {
        self.input = self.input.is_active(value);
        self
    }
    /// Sets [`ResultShape::ecr_repository_arn`](ResultShape::ecr_repository_arn).
    pub fn ecr_repository_arn(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.ecr_repository_arn(value);
        self
    }
    /// Sets [`ResultShape::path`](ResultShape::path).
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.path(value);
        self
    }
    /// Sets [`ResultShape::cx`](ResultShape::cx).
    pub fn cx(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.cx(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ResultShapeBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `Option`s.
    pub fn input_mut(&mut self) -> &mut ResultShapeBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<StringShape, SdkError<MatchError>> {
        self.handle
            .call::<ResultShape, _, _>("Match", self.input.to_json())
            .await
    }
}
