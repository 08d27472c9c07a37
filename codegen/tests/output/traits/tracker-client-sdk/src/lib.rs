// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Tracker.
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
pub use tracker_types;
use tracker_types::error::*;
use tracker_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Tracker",
    signing_name: "tracker",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "tracker",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "tracker-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "PutItem",
            gzip: true,
            host_prefix: Some("{Shard}.data."),
            idempotency_tokens: &["Token"],
            auth: Some(&[rt::auth::AuthScheme::SigV4, rt::auth::AuthScheme::NoAuth]),
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
        rt::client::OperationInfo {
            name: "Watch",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: Some(&[rt::auth::AuthScheme::NoAuth]),
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
    ],
    retryable_errors: &["Busy"],
    query_compatible: true,
    error_headers: tracker_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// Exercises behaviour traits.
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
    /// **Deprecated**. gone soon
    #[deprecated(note = "deprecated in the model. gone soon")]
    pub fn old_op(&self) -> OldOpFluentBuilder {
        OldOpFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: OldOpInput::builder(),
        }
    }
    pub fn put_item(&self) -> PutItemFluentBuilder {
        PutItemFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutItemInput::builder(),
        }
    }
    pub fn watch(&self) -> WatchFluentBuilder {
        WatchFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: WatchInput::builder(),
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
            "OldOp" => {
                self.handle
                    .call_json::<OldOpInput, OldOpOutput, OldOpError>(
                        &crate::tracker_types::http::OLD_OP,
                        input,
                    )
                    .await
            }
            "PutItem" => {
                self.handle
                    .call_json::<PutItemInput, PutItemOutput, PutItemOperationError>(
                        &crate::tracker_types::http::PUT_ITEM,
                        input,
                    )
                    .await
            }
            "Watch" => {
                self.handle
                    .call_json::<WatchInput, WatchOutput, WatchError>(
                        &crate::tracker_types::http::WATCH,
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
        "OldOp" => rt::client::validate::<OldOpInput, rt::Unhandled>(input),
        "PutItem" => rt::client::validate::<PutItemInput, rt::Unhandled>(input),
        "Watch" => rt::client::validate::<WatchInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `OldOp` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct OldOpFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: OldOpInputBuilder,
}
impl ::std::convert::From<OldOpFluentBuilder> for OldOpInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: OldOpFluentBuilder) -> Self {
        fluent.input
    }
}
impl OldOpFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: OldOpInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut OldOpInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<OldOpOutput, SdkError<OldOpError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&tracker_types::http::OLD_OP, &input, stream)
            .await
    }
}
/// A `PutItem` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutItemFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutItemInputBuilder,
}
impl ::std::convert::From<PutItemFluentBuilder> for PutItemInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutItemFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutItemFluentBuilder {
    /// Sets [`PutItemInput::shard`](PutItemInput::shard).
    pub fn shard(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.shard(value);
        self
    }
    /// Sets or clears [`PutItemInput::shard`](PutItemInput::shard).
    pub fn set_shard(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_shard(value);
        self
    }
    /// Sets [`PutItemInput::token`](PutItemInput::token).
    pub fn token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.token(value);
        self
    }
    /// Sets or clears [`PutItemInput::token`](PutItemInput::token).
    pub fn set_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_token(value);
        self
    }
    /// Sets [`PutItemInput::secret`](PutItemInput::secret).
    pub fn secret(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret(value);
        self
    }
    /// Sets or clears [`PutItemInput::secret`](PutItemInput::secret).
    pub fn set_secret(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret(value);
        self
    }
    /// Sets [`PutItemInput::choice`](PutItemInput::choice).
    pub fn choice(mut self, value: impl rt::Into<Choice>) -> Self {
        self.input = self.input.choice(value);
        self
    }
    /// Sets or clears [`PutItemInput::choice`](PutItemInput::choice).
    pub fn set_choice(mut self, value: rt::Option<Choice>) -> Self {
        self.input = self.input.set_choice(value);
        self
    }
    /// Sets [`PutItemInput::vault`](PutItemInput::vault).
    pub fn vault(mut self, value: impl rt::Into<Vault>) -> Self {
        self.input = self.input.vault(value);
        self
    }
    /// Sets or clears [`PutItemInput::vault`](PutItemInput::vault).
    pub fn set_vault(mut self, value: rt::Option<Vault>) -> Self {
        self.input = self.input.set_vault(value);
        self
    }
    /// Sets [`PutItemInput::level`](PutItemInput::level).
    pub fn level(mut self, value: impl rt::Into<Level>) -> Self {
        self.input = self.input.level(value);
        self
    }
    /// Sets or clears [`PutItemInput::level`](PutItemInput::level).
    pub fn set_level(mut self, value: rt::Option<Level>) -> Self {
        self.input = self.input.set_level(value);
        self
    }
    /// Sets [`PutItemInput::old`](PutItemInput::old).
    pub fn old(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.old(value);
        self
    }
    /// Sets or clears [`PutItemInput::old`](PutItemInput::old).
    pub fn set_old(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_old(value);
        self
    }
    /// Sets [`PutItemInput::detail`](PutItemInput::detail).
    pub fn detail(mut self, value: impl rt::Into<PutItemError>) -> Self {
        self.input = self.input.detail(value);
        self
    }
    /// Sets or clears [`PutItemInput::detail`](PutItemInput::detail).
    pub fn set_detail(mut self, value: rt::Option<PutItemError>) -> Self {
        self.input = self.input.set_detail(value);
        self
    }
    /// Sets [`PutItemInput::mood`](PutItemInput::mood).
    pub fn mood(mut self, value: impl rt::Into<Mood>) -> Self {
        self.input = self.input.mood(value);
        self
    }
    /// Sets or clears [`PutItemInput::mood`](PutItemInput::mood).
    pub fn set_mood(mut self, value: rt::Option<Mood>) -> Self {
        self.input = self.input.set_mood(value);
        self
    }
    /// Sets [`PutItemInput::priority`](PutItemInput::priority).
    pub fn priority(mut self, value: impl rt::Into<Priority>) -> Self {
        self.input = self.input.priority(value);
        self
    }
    /// Sets or clears [`PutItemInput::priority`](PutItemInput::priority).
    pub fn set_priority(mut self, value: rt::Option<Priority>) -> Self {
        self.input = self.input.set_priority(value);
        self
    }
    /// Sets [`PutItemInput::count`](PutItemInput::count).
    pub fn count(mut self, value: impl rt::Into<rt::BigInteger>) -> Self {
        self.input = self.input.count(value);
        self
    }
    /// Sets or clears [`PutItemInput::count`](PutItemInput::count).
    pub fn set_count(mut self, value: rt::Option<rt::BigInteger>) -> Self {
        self.input = self.input.set_count(value);
        self
    }
    /// Sets [`PutItemInput::ratio`](PutItemInput::ratio).
    pub fn ratio(mut self, value: impl rt::Into<rt::BigDecimal>) -> Self {
        self.input = self.input.ratio(value);
        self
    }
    /// Sets or clears [`PutItemInput::ratio`](PutItemInput::ratio).
    pub fn set_ratio(mut self, value: rt::Option<rt::BigDecimal>) -> Self {
        self.input = self.input.set_ratio(value);
        self
    }
    /// Sets [`PutItemInput::scale`](PutItemInput::scale).
    pub fn scale(mut self, value: impl rt::Into<rt::BigDecimal>) -> Self {
        self.input = self.input.scale(value);
        self
    }
    /// Sets or clears [`PutItemInput::scale`](PutItemInput::scale).
    pub fn set_scale(mut self, value: rt::Option<rt::BigDecimal>) -> Self {
        self.input = self.input.set_scale(value);
        self
    }
    /// Sets [`PutItemInput::tag`](PutItemInput::tag).
    pub fn tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tag(value);
        self
    }
    /// Sets or clears [`PutItemInput::tag`](PutItemInput::tag).
    pub fn set_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_tag(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutItemInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutItemInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PutItemOutput, SdkError<PutItemOperationError>> {
        let mut input = self.input;
        let stream = None;
        if input.token.is_none() {
            input.token = Some(self.handle.idempotency_token());
        }
        self.handle
            .call(&tracker_types::http::PUT_ITEM, &input, stream)
            .await
    }
}
/// A `Watch` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct WatchFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: WatchInputBuilder,
}
impl ::std::convert::From<WatchFluentBuilder> for WatchInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: WatchFluentBuilder) -> Self {
        fluent.input
    }
}
impl WatchFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: WatchInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut WatchInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<WatchOutput, SdkError<WatchError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&tracker_types::http::WATCH, &input, stream)
            .await
    }
}
