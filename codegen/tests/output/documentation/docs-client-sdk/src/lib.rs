// Generated from models/documentation.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Docs.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
pub use rt::client::{Config, Credentials, SdkError};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
    pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use docs_types;
use docs_types::error::*;
use docs_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Docs",
    signing_name: "docs",
    auth: &[],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "docs",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "docs-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: docs_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// Docs Service
///
/// Shows how **HTML** becomes rustdoc.
#[derive(Debug, Clone)]
pub struct Client {
    handle: rt::Arc<rt::client::Handle>,
}
impl Client {
    /// A client configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            handle: rt::client::Handle::new(config, SERVICE),
        }
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        self.handle.config()
    }
    /// Explains with `code`, a [link](https://example.com/guide) and a list:
    ///
    /// - first
    /// - second & last
    ///
    /// **Note:** Notes stand out.
    ///
    /// ```text
    ///     indented text is not a doctest
    /// ```
    pub fn explain(&self) -> ExplainFluentBuilder {
        ExplainFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ExplainInput::builder(),
        }
    }
}
impl Client {
    /// Calls the operation with this model name on a JSON input and
    /// answers its JSON output, with the error reduced to code, message
    /// and status: one signature for all operations, for tools that
    /// work from [`schema`].
    pub async fn call_json(
        &self,
        operation: &str,
        input: rt::JsonValue,
    ) -> rt::Result<rt::JsonValue, SdkError<rt::Unhandled>> {
        match operation {
            "Explain" => {
                self.handle
                    .call_json::<ExplainInput, ExplainOutput, ExplainError>(
                        &crate::docs_types::http::EXPLAIN,
                        input,
                    )
                    .await
            }
            _ => Err(SdkError::construction(format!(
                "the model has no operation `{operation}`"
            ))),
        }
    }
}
/// Checks a JSON input for the operation with this model name against
/// the model's constraints, as `send` does before sending.
pub fn validate_json(
    operation: &str,
    input: &rt::JsonValue,
) -> rt::Result<(), SdkError<rt::Unhandled>> {
    match operation {
        "Explain" => rt::client::validate::<ExplainInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Explain` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ExplainFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ExplainInputBuilder,
}
impl ::std::convert::From<ExplainFluentBuilder> for ExplainInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ExplainFluentBuilder) -> Self {
        fluent.input
    }
}
impl ExplainFluentBuilder {
    /// Sets [`ExplainInput::topic`](ExplainInput::topic).
    pub fn topic(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic(value);
        self
    }
    /// Sets or clears [`ExplainInput::topic`](ExplainInput::topic).
    pub fn set_topic(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic(value);
        self
    }
    /// Sets [`ExplainInput::old`](ExplainInput::old).
    pub fn old(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.old(value);
        self
    }
    /// Sets or clears [`ExplainInput::old`](ExplainInput::old).
    pub fn set_old(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_old(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ExplainInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ExplainInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ExplainOutput, SdkError<ExplainError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&docs_types::http::EXPLAIN, &input, stream)
            .await
    }
}
