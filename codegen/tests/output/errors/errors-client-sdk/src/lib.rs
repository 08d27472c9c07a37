// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Errors.
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
pub use errors_types;
use errors_types::error::*;
use errors_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Errors",
    signing_name: "errors",
    auth: &[],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "errors",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "errors-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: errors_types::http::ERROR_HEADERS,
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
    pub fn fetch(&self) -> FetchFluentBuilder {
        FetchFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: FetchInput::builder(),
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
            "Fetch" => {
                self.handle
                    .call_json::<FetchInput, FetchOutput, FetchError>(
                        &crate::errors_types::http::FETCH,
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
        "Fetch" => rt::client::validate::<FetchInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Fetch` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct FetchFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: FetchInputBuilder,
}
impl ::std::convert::From<FetchFluentBuilder> for FetchInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: FetchFluentBuilder) -> Self {
        fluent.input
    }
}
impl FetchFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: FetchInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut FetchInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<FetchOutput, SdkError<FetchError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&errors_types::http::FETCH, &input, stream)
            .await
    }
}
