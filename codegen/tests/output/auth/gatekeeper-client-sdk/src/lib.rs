// Generated from models/auth.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Gatekeeper.
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
pub use gatekeeper_types;
use gatekeeper_types::error::*;
use gatekeeper_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Gatekeeper",
    signing_name: "gatekeeper",
    auth: &[
        rt::auth::AuthScheme::Bearer,
        rt::auth::AuthScheme::ApiKey {
            name: "x-api-key",
            query: false,
            scheme: None,
        },
        rt::auth::AuthScheme::Basic,
    ],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "gatekeeper",
    protocols: &[rt::Protocol::RestJson1],
    user_agent: "gatekeeper-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "Health",
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
        rt::client::OperationInfo {
            name: "KeyOnly",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: Some(&[rt::auth::AuthScheme::ApiKey {
                name: "x-api-key",
                query: false,
                scheme: None,
            }]),
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
        rt::client::OperationInfo {
            name: "Ping",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: Some(&[
                rt::auth::AuthScheme::Bearer,
                rt::auth::AuthScheme::ApiKey {
                    name: "x-api-key",
                    query: false,
                    scheme: None,
                },
                rt::auth::AuthScheme::Basic,
                rt::auth::AuthScheme::NoAuth,
            ]),
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: gatekeeper_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// Answers who the caller is, under whichever scheme the caller used.
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
    /// Needs no credentials and sends none.
    pub fn health(&self) -> HealthFluentBuilder {
        HealthFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: HealthInput::builder(),
        }
    }
    /// Only an API key will do.
    pub fn key_only(&self) -> KeyOnlyFluentBuilder {
        KeyOnlyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: KeyOnlyInput::builder(),
        }
    }
    /// Works with or without credentials.
    pub fn ping(&self) -> PingFluentBuilder {
        PingFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PingInput::builder(),
        }
    }
    /// Who the service took the caller for.
    pub fn who_am_i(&self) -> WhoAmIFluentBuilder {
        WhoAmIFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: WhoAmIInput::builder(),
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
            "Health" => {
                self.handle
                    .call_json::<HealthInput, Caller, HealthError>(
                        &crate::gatekeeper_types::http::HEALTH,
                        input,
                    )
                    .await
            }
            "KeyOnly" => {
                self.handle
                    .call_json::<KeyOnlyInput, Caller, KeyOnlyError>(
                        &crate::gatekeeper_types::http::KEY_ONLY,
                        input,
                    )
                    .await
            }
            "Ping" => {
                self.handle
                    .call_json::<PingInput, Caller, PingError>(
                        &crate::gatekeeper_types::http::PING,
                        input,
                    )
                    .await
            }
            "WhoAmI" => {
                self.handle
                    .call_json::<WhoAmIInput, Caller, WhoAmIError>(
                        &crate::gatekeeper_types::http::WHO_AM_I,
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
        "Health" => rt::client::validate::<HealthInput, rt::Unhandled>(input),
        "KeyOnly" => rt::client::validate::<KeyOnlyInput, rt::Unhandled>(input),
        "Ping" => rt::client::validate::<PingInput, rt::Unhandled>(input),
        "WhoAmI" => rt::client::validate::<WhoAmIInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Health` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct HealthFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: HealthInputBuilder,
}
impl ::std::convert::From<HealthFluentBuilder> for HealthInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: HealthFluentBuilder) -> Self {
        fluent.input
    }
}
impl HealthFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: HealthInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut HealthInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Caller, SdkError<HealthError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&gatekeeper_types::http::HEALTH, &input, stream)
            .await
    }
}
/// A `KeyOnly` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct KeyOnlyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: KeyOnlyInputBuilder,
}
impl ::std::convert::From<KeyOnlyFluentBuilder> for KeyOnlyInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: KeyOnlyFluentBuilder) -> Self {
        fluent.input
    }
}
impl KeyOnlyFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: KeyOnlyInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut KeyOnlyInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Caller, SdkError<KeyOnlyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&gatekeeper_types::http::KEY_ONLY, &input, stream)
            .await
    }
}
/// A `Ping` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PingFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PingInputBuilder,
}
impl ::std::convert::From<PingFluentBuilder> for PingInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PingFluentBuilder) -> Self {
        fluent.input
    }
}
impl PingFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: PingInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PingInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Caller, SdkError<PingError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&gatekeeper_types::http::PING, &input, stream)
            .await
    }
}
/// A `WhoAmI` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct WhoAmIFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: WhoAmIInputBuilder,
}
impl ::std::convert::From<WhoAmIFluentBuilder> for WhoAmIInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: WhoAmIFluentBuilder) -> Self {
        fluent.input
    }
}
impl WhoAmIFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: WhoAmIInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut WhoAmIInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Caller, SdkError<WhoAmIError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&gatekeeper_types::http::WHO_AM_I, &input, stream)
            .await
    }
}
