// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Constraints.
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
pub use constraints_types;
use constraints_types::error::*;
use constraints_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Constraints",
    signing_name: "constraints",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "constraints",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "constraints-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: constraints_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
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
    pub fn check(&self) -> CheckFluentBuilder {
        CheckFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CheckInput::builder(),
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
            "Check" => {
                self.handle
                    .call_json::<CheckInput, CheckOutput, CheckError>(
                        &crate::constraints_types::http::CHECK,
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
        "Check" => rt::client::validate::<CheckInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Check` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CheckFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CheckInputBuilder,
}
impl ::std::convert::From<CheckFluentBuilder> for CheckInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CheckFluentBuilder) -> Self {
        fluent.input
    }
}
impl CheckFluentBuilder {
    /// Sets [`CheckInput::name`](CheckInput::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets or clears [`CheckInput::name`](CheckInput::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_name(value);
        self
    }
    /// Sets [`CheckInput::count`](CheckInput::count).
    pub fn count(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.count(value);
        self
    }
    /// Sets or clears [`CheckInput::count`](CheckInput::count).
    pub fn set_count(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_count(value);
        self
    }
    /// Sets [`CheckInput::ratio`](CheckInput::ratio).
    pub fn ratio(mut self, value: impl rt::Into<f64>) -> Self {
        self.input = self.input.ratio(value);
        self
    }
    /// Sets or clears [`CheckInput::ratio`](CheckInput::ratio).
    pub fn set_ratio(mut self, value: rt::Option<f64>) -> Self {
        self.input = self.input.set_ratio(value);
        self
    }
    /// Appends one element to [`CheckInput::tags`](CheckInput::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`CheckInput::tags`](CheckInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`CheckInput::payload`](CheckInput::payload).
    pub fn payload(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.input = self.input.payload(value);
        self
    }
    /// Sets or clears [`CheckInput::payload`](CheckInput::payload).
    pub fn set_payload(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.input = self.input.set_payload(value);
        self
    }
    /// Sets [`CheckInput::enabled`](CheckInput::enabled).
    pub fn enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.enabled(value);
        self
    }
    /// Sets or clears [`CheckInput::enabled`](CheckInput::enabled).
    pub fn set_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_enabled(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CheckInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CheckInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CheckOutput, SdkError<CheckError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&constraints_types::http::CHECK, &input, stream)
            .await
    }
}
