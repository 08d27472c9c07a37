// Generated from models/collections.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Collections.
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
pub use collections_types;
use collections_types::error::*;
use collections_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Collections",
    signing_name: "collections",
    auth: &[],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "collections",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "collections-client-sdk/0.1.0",
    operations: &[rt::client::OperationInfo {
        name: "Store",
        gzip: false,
        host_prefix: None,
        idempotency_tokens: &[],
        auth: None,
        discovered_endpoint: None,
        discovery_ids: &[],
        event_stream: false,
        sensitive: true,
        checksum_required: false,
        flexible_checksum: None,
        endpoint_params: &[],
    }],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: collections_types::http::ERROR_HEADERS,
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
    pub fn store(&self) -> StoreFluentBuilder {
        StoreFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: StoreInput::builder(),
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
            "Store" => {
                self.handle
                    .call_json::<StoreInput, StoreInput, StoreError>(
                        &crate::collections_types::http::STORE,
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
        "Store" => rt::client::validate::<StoreInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Store` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct StoreFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: StoreInputBuilder,
}
impl ::std::convert::From<StoreFluentBuilder> for StoreInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: StoreFluentBuilder) -> Self {
        fluent.input
    }
}
impl StoreFluentBuilder {
    /// Appends one element to [`StoreInput::names`](StoreInput::names).
    pub fn names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.names(value);
        self
    }
    /// Sets or clears [`StoreInput::names`](StoreInput::names).
    pub fn set_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_names(value);
        self
    }
    /// Appends one element to [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn sparse_names(mut self, value: impl rt::Into<rt::Option<rt::String>>) -> Self {
        self.input = self.input.sparse_names(value);
        self
    }
    /// Sets or clears [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn set_sparse_names(mut self, value: rt::Option<rt::Vec<rt::Option<rt::String>>>) -> Self {
        self.input = self.input.set_sparse_names(value);
        self
    }
    /// Inserts one entry into [`StoreInput::counts`](StoreInput::counts).
    pub fn counts(mut self, key: impl rt::Into<rt::String>, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.counts(key, value);
        self
    }
    /// Sets or clears [`StoreInput::counts`](StoreInput::counts).
    pub fn set_counts(mut self, value: rt::Option<rt::BTreeMap<rt::String, i64>>) -> Self {
        self.input = self.input.set_counts(value);
        self
    }
    /// Appends one element to [`StoreInput::nested`](StoreInput::nested).
    pub fn nested(mut self, value: impl rt::Into<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.nested(value);
        self
    }
    /// Sets or clears [`StoreInput::nested`](StoreInput::nested).
    pub fn set_nested(mut self, value: rt::Option<rt::Vec<rt::Vec<rt::String>>>) -> Self {
        self.input = self.input.set_nested(value);
        self
    }
    /// Appends one element to [`StoreInput::when`](StoreInput::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.when(value);
        self
    }
    /// Sets or clears [`StoreInput::when`](StoreInput::when).
    pub fn set_when(mut self, value: rt::Option<rt::Vec<rt::DateTime>>) -> Self {
        self.input = self.input.set_when(value);
        self
    }
    /// Sets [`StoreInput::choice`](StoreInput::choice).
    pub fn choice(mut self, value: impl rt::Into<Choice>) -> Self {
        self.input = self.input.choice(value);
        self
    }
    /// Sets or clears [`StoreInput::choice`](StoreInput::choice).
    pub fn set_choice(mut self, value: rt::Option<Choice>) -> Self {
        self.input = self.input.set_choice(value);
        self
    }
    /// Sets [`StoreInput::secret`](StoreInput::secret).
    pub fn secret(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret(value);
        self
    }
    /// Sets or clears [`StoreInput::secret`](StoreInput::secret).
    pub fn set_secret(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret(value);
        self
    }
    /// Sets [`StoreInput::doc`](StoreInput::doc).
    pub fn doc(mut self, value: impl rt::Into<rt::Document>) -> Self {
        self.input = self.input.doc(value);
        self
    }
    /// Sets or clears [`StoreInput::doc`](StoreInput::doc).
    pub fn set_doc(mut self, value: rt::Option<rt::Document>) -> Self {
        self.input = self.input.set_doc(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: StoreInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut StoreInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<StoreInput, SdkError<StoreError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&collections_types::http::STORE, &input, stream)
            .await
    }
}
