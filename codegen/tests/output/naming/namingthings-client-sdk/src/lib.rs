// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Naming Things.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken};
pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
pub use rt::client::{Config, Credentials, SdkError};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{ByteStream, EventStream, EventStreamError, Protocol, RequestId, ResponseMeta};
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
pub use namingthings_types;
use namingthings_types::error::*;
use namingthings_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Naming",
    signing_name: "naming-things",
    auth: &[],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "naming-things",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "namingthings-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: namingthings_types::http::ERROR_HEADERS,
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
    pub fn handle2(&self) -> Handle2FluentBuilder {
        Handle2FluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: Handle2Input::builder(),
        }
    }
    pub fn r#match(&self) -> MatchFluentBuilder {
        MatchFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: Result::builder(),
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
            "Handle2" => {
                self.handle
                    .call_json::<Handle2Input, Option, Handle2Error>(
                        &crate::namingthings_types::http::HANDLE2,
                        input,
                    )
                    .await
            }
            "Match" => {
                self.handle
                    .call_json::<Result, String, MatchError>(
                        &crate::namingthings_types::http::MATCH,
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
        "Handle2" => rt::client::validate::<Handle2Input, rt::Unhandled>(input),
        "Match" => rt::client::validate::<Result, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Handle2` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct Handle2FluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: Handle2InputBuilder,
}
impl ::std::convert::From<Handle2FluentBuilder> for Handle2InputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: Handle2FluentBuilder) -> Self {
        fluent.input
    }
}
impl Handle2FluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: Handle2InputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut Handle2InputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Option, SdkError<Handle2Error>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&namingthings_types::http::HANDLE2, &input, stream)
            .await
    }
}
/// A `Match` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct MatchFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ResultBuilder,
}
impl ::std::convert::From<MatchFluentBuilder> for ResultBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: MatchFluentBuilder) -> Self {
        fluent.input
    }
}
impl MatchFluentBuilder {
    /// Sets [`Result::r#type`](Result::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.r#type(value);
        self
    }
    /// Sets or clears [`Result::r#type`](Result::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_type(value);
        self
    }
    /// Sets [`Result::self_`](Result::self_).
    pub fn self_(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.self_(value);
        self
    }
    /// Sets or clears [`Result::self_`](Result::self_).
    pub fn set_self_(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_self_(value);
        self
    }
    /// Sets [`Result::r#async`](Result::r#async).
    pub fn r#async(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.r#async(value);
        self
    }
    /// Sets or clears [`Result::r#async`](Result::r#async).
    pub fn set_async(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_async(value);
        self
    }
    /// Sets [`Result::is_active`](Result::is_active).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_active(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.is_active(value);
        self
    }
    /// Sets or clears [`Result::is_active`](Result::is_active).
    pub fn set_is_active(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_is_active(value);
        self
    }
    /// Sets [`Result::ecr_repository_arn`](Result::ecr_repository_arn).
    pub fn ecr_repository_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ecr_repository_arn(value);
        self
    }
    /// Sets or clears [`Result::ecr_repository_arn`](Result::ecr_repository_arn).
    pub fn set_ecr_repository_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ecr_repository_arn(value);
        self
    }
    /// Sets [`Result::path`](Result::path).
    pub fn path(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.path(value);
        self
    }
    /// Sets or clears [`Result::path`](Result::path).
    pub fn set_path(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_path(value);
        self
    }
    /// Sets [`Result::cx`](Result::cx).
    pub fn cx(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.cx(value);
        self
    }
    /// Sets or clears [`Result::cx`](Result::cx).
    pub fn set_cx(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_cx(value);
        self
    }
    /// Sets [`Result::doc`](Result::doc).
    pub fn doc(mut self, value: impl rt::Into<Document>) -> Self {
        self.input = self.input.doc(value);
        self
    }
    /// Sets or clears [`Result::doc`](Result::doc).
    pub fn set_doc(mut self, value: rt::Option<Document>) -> Self {
        self.input = self.input.set_doc(value);
        self
    }
    /// Sets [`Result::blob`](Result::blob).
    pub fn blob(mut self, value: impl rt::Into<Blob>) -> Self {
        self.input = self.input.blob(value);
        self
    }
    /// Sets or clears [`Result::blob`](Result::blob).
    pub fn set_blob(mut self, value: rt::Option<Blob>) -> Self {
        self.input = self.input.set_blob(value);
        self
    }
    /// Sets [`Result::when`](Result::when).
    pub fn when(mut self, value: impl rt::Into<DateTime>) -> Self {
        self.input = self.input.when(value);
        self
    }
    /// Sets or clears [`Result::when`](Result::when).
    pub fn set_when(mut self, value: rt::Option<DateTime>) -> Self {
        self.input = self.input.set_when(value);
        self
    }
    /// Sets [`Result::token`](Result::token).
    pub fn token(mut self, value: impl rt::Into<StaticToken>) -> Self {
        self.input = self.input.token(value);
        self
    }
    /// Sets or clears [`Result::token`](Result::token).
    pub fn set_token(mut self, value: rt::Option<StaticToken>) -> Self {
        self.input = self.input.set_token(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ResultBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ResultBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<String, SdkError<MatchError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&namingthings_types::http::MATCH, &input, stream)
            .await
    }
}
