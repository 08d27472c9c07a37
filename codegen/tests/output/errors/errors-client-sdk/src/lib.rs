// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Errors.
#![allow(deprecated)]
pub use codegen_rt::client::{Config, Credentials, SdkError};
use codegen_rt::prelude::*;
pub use errors_types;
use errors_types::error::*;
use errors_types::model::*;
use std::sync::Arc;
pub mod schema;
const SERVICE: ::codegen_rt::client::ServiceInfo = ::codegen_rt::client::ServiceInfo {
    target_prefix: "Errors",
    signing_name: "errors",
    endpoint_prefix: "errors",
    content_type: "application/x-amz-json-1.1",
    user_agent: "errors-client-sdk/0.1.0",
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
    pub fn fetch(&self) -> FetchFluentBuilder {
        FetchFluentBuilder {
            handle: Arc::clone(&self.handle),
            input: FetchInput::builder(),
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
            "Fetch" => {
                self.handle
                    .call_json::<FetchInput, FetchOutput, FetchError>(operation, input)
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
        "Fetch" => codegen_rt::client::validate::<FetchInput, Unhandled>(input),
        _ => Err(SdkError::Construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Fetch` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct FetchFluentBuilder {
    handle: Arc<::codegen_rt::client::Handle>,
    input: FetchInputBuilder,
}
impl FetchFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: FetchInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `Option`s.
    pub fn input_mut(&mut self) -> &mut FetchInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> Result<FetchOutput, SdkError<FetchError>> {
        self.handle
            .call::<FetchInput, _, _>("Fetch", self.input.to_json())
            .await
    }
}
