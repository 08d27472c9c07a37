// Generated from models/dynamodb-crc32.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the DynamoDB stand-in.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use dynamodb_types;
use dynamodb_types::error::*;
use dynamodb_types::model::*;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{Config, Credentials, SdkError};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves.
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, ModeledError,
    OperationError, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "DynamoDB_20120810",
    signing_name: "dynamodb",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[rt::client::Customization::Crc32Responses],
    endpoint_prefix: "dynamodb",
    protocols: &[rt::Protocol::AwsJson1_0],
    user_agent: "dynamodb-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: dynamodb_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// Stands in for DynamoDB.
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
    /// The account's capacity limits.
    pub fn describe_limits(&self) -> DescribeLimitsFluentBuilder {
        DescribeLimitsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeLimitsInput::builder(),
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
            "DescribeLimits" => {
                self.handle
                    .call_json::<DescribeLimitsInput, DescribeLimitsOutput, DescribeLimitsError>(
                        &crate::dynamodb_types::http::DESCRIBE_LIMITS,
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
        "DescribeLimits" => rt::client::validate::<DescribeLimitsInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `DescribeLimits` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeLimitsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeLimitsInputBuilder,
}
impl ::std::convert::From<DescribeLimitsFluentBuilder> for DescribeLimitsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeLimitsFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeLimitsFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeLimitsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeLimitsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeLimitsOutput, SdkError<DescribeLimitsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::DESCRIBE_LIMITS, &input, stream)
            .await
    }
}
