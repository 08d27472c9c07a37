// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Ticker.
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
pub use ticker_types;
use ticker_types::error::*;
use ticker_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Ticker",
    signing_name: "ticker",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "ticker",
    protocols: &[rt::Protocol::RpcV2Cbor, rt::Protocol::AwsJson1_1],
    user_agent: "ticker-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: ticker_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// A market feed: quotes out, trades in.
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
    /// Answers each trade as it arrives, while more are still coming.
    pub fn echo(&self) -> EchoFluentBuilder {
        EchoFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: EchoInput::builder(),
        }
    }
    /// Takes a stream of trades and answers with their totals.
    pub fn publish(&self) -> PublishFluentBuilder {
        PublishFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PublishInput::builder(),
        }
    }
    /// Streams the quotes of a symbol as they change.
    pub fn subscribe(&self) -> SubscribeFluentBuilder {
        SubscribeFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: SubscribeInput::builder(),
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
            "Echo" => {
                self.handle
                    .call_json::<EchoInput, EchoOutput, EchoError>(
                        &crate::ticker_types::http::ECHO,
                        input,
                    )
                    .await
            }
            "Publish" => {
                self.handle
                    .call_json::<PublishInput, PublishOutput, PublishError>(
                        &crate::ticker_types::http::PUBLISH,
                        input,
                    )
                    .await
            }
            "Subscribe" => {
                self.handle
                    .call_json::<SubscribeInput, SubscribeOutput, SubscribeError>(
                        &crate::ticker_types::http::SUBSCRIBE,
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
        "Echo" => rt::client::validate::<EchoInput, rt::Unhandled>(input),
        "Publish" => rt::client::validate::<PublishInput, rt::Unhandled>(input),
        "Subscribe" => rt::client::validate::<SubscribeInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Echo` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct EchoFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: EchoInputBuilder,
}
impl ::std::convert::From<EchoFluentBuilder> for EchoInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: EchoFluentBuilder) -> Self {
        fluent.input
    }
}
impl EchoFluentBuilder {
    /// Sets [`EchoInput::label`](EchoInput::label).
    pub fn label(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.label(value);
        self
    }
    /// Sets or clears [`EchoInput::label`](EchoInput::label).
    pub fn set_label(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_label(value);
        self
    }
    /// Sets [`EchoInput::trades`](EchoInput::trades).
    pub fn trades(mut self, value: impl rt::Into<rt::EventStream<TradeStream>>) -> Self {
        self.input = self.input.trades(value);
        self
    }
    /// Sets or clears [`EchoInput::trades`](EchoInput::trades).
    pub fn set_trades(mut self, value: rt::Option<rt::EventStream<TradeStream>>) -> Self {
        self.input = self.input.set_trades(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: EchoInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut EchoInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<EchoOutput, SdkError<EchoError>> {
        let mut input = self.input;
        let protocol = self.handle.protocol();
        let stream = input
            .trades
            .take()
            .map(|e| e.into_frames(protocol, &ticker_types::http::EVENTS_TRADE_STREAM));
        self.handle
            .call(&ticker_types::http::ECHO, &input, stream)
            .await
    }
}
/// A `Publish` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PublishFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PublishInputBuilder,
}
impl ::std::convert::From<PublishFluentBuilder> for PublishInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PublishFluentBuilder) -> Self {
        fluent.input
    }
}
impl PublishFluentBuilder {
    /// Sets [`PublishInput::feed`](PublishInput::feed).
    pub fn feed(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.feed(value);
        self
    }
    /// Sets or clears [`PublishInput::feed`](PublishInput::feed).
    pub fn set_feed(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_feed(value);
        self
    }
    /// Sets [`PublishInput::opened_at`](PublishInput::opened_at).
    pub fn opened_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.opened_at(value);
        self
    }
    /// Sets or clears [`PublishInput::opened_at`](PublishInput::opened_at).
    pub fn set_opened_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_opened_at(value);
        self
    }
    /// Sets [`PublishInput::trades`](PublishInput::trades).
    pub fn trades(mut self, value: impl rt::Into<rt::EventStream<TradeStream>>) -> Self {
        self.input = self.input.trades(value);
        self
    }
    /// Sets or clears [`PublishInput::trades`](PublishInput::trades).
    pub fn set_trades(mut self, value: rt::Option<rt::EventStream<TradeStream>>) -> Self {
        self.input = self.input.set_trades(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PublishInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PublishInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PublishOutput, SdkError<PublishError>> {
        let mut input = self.input;
        let protocol = self.handle.protocol();
        let stream = input
            .trades
            .take()
            .map(|e| e.into_frames(protocol, &ticker_types::http::EVENTS_TRADE_STREAM));
        self.handle
            .call(&ticker_types::http::PUBLISH, &input, stream)
            .await
    }
}
/// A `Subscribe` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct SubscribeFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: SubscribeInputBuilder,
}
impl ::std::convert::From<SubscribeFluentBuilder> for SubscribeInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: SubscribeFluentBuilder) -> Self {
        fluent.input
    }
}
impl SubscribeFluentBuilder {
    /// Sets [`SubscribeInput::symbol`](SubscribeInput::symbol).
    pub fn symbol(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.symbol(value);
        self
    }
    /// Sets or clears [`SubscribeInput::symbol`](SubscribeInput::symbol).
    pub fn set_symbol(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_symbol(value);
        self
    }
    /// Sets [`SubscribeInput::limit`](SubscribeInput::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.limit(value);
        self
    }
    /// Sets or clears [`SubscribeInput::limit`](SubscribeInput::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_limit(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: SubscribeInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut SubscribeInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<SubscribeOutput, SdkError<SubscribeError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&ticker_types::http::SUBSCRIBE, &input, stream)
            .await
    }
}
