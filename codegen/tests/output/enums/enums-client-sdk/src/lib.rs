// Generated from models/enums.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Enums.
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
pub use enums_types;
use enums_types::error::*;
use enums_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Enums",
    signing_name: "enums",
    auth: &[],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "enums",
    protocols: &[rt::Protocol::AwsJson1_0],
    user_agent: "enums-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: enums_types::http::ERROR_HEADERS,
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
    pub fn paint(&self) -> PaintFluentBuilder {
        PaintFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PaintInput::builder(),
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
            "Paint" => {
                self.handle
                    .call_json::<PaintInput, PaintInput, PaintError>(
                        &crate::enums_types::http::PAINT,
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
        "Paint" => rt::client::validate::<PaintInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Paint` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PaintFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PaintInputBuilder,
}
impl ::std::convert::From<PaintFluentBuilder> for PaintInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PaintFluentBuilder) -> Self {
        fluent.input
    }
}
impl PaintFluentBuilder {
    /// Sets [`PaintInput::color`](PaintInput::color).
    pub fn color(mut self, value: impl rt::Into<Color>) -> Self {
        self.input = self.input.color(value);
        self
    }
    /// Sets or clears [`PaintInput::color`](PaintInput::color).
    pub fn set_color(mut self, value: rt::Option<Color>) -> Self {
        self.input = self.input.set_color(value);
        self
    }
    /// Sets [`PaintInput::level`](PaintInput::level).
    pub fn level(mut self, value: impl rt::Into<Level>) -> Self {
        self.input = self.input.level(value);
        self
    }
    /// Sets or clears [`PaintInput::level`](PaintInput::level).
    pub fn set_level(mut self, value: rt::Option<Level>) -> Self {
        self.input = self.input.set_level(value);
        self
    }
    /// Sets [`PaintInput::legacy`](PaintInput::legacy).
    pub fn legacy(mut self, value: impl rt::Into<Legacy>) -> Self {
        self.input = self.input.legacy(value);
        self
    }
    /// Sets or clears [`PaintInput::legacy`](PaintInput::legacy).
    pub fn set_legacy(mut self, value: rt::Option<Legacy>) -> Self {
        self.input = self.input.set_legacy(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PaintInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PaintInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PaintInput, SdkError<PaintError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&enums_types::http::PAINT, &input, stream)
            .await
    }
}
