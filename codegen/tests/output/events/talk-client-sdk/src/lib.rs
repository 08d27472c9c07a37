// Generated from models/events.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Talk.
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
pub use talk_types;
use talk_types::error::*;
use talk_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Talk",
    signing_name: "talk",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "talk",
    protocols: &[rt::Protocol::RestJson1],
    user_agent: "talk-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: talk_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// A service that talks back a token at a time.
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
    /// Answers each message as it arrives, while more are still coming.
    pub fn chat(&self) -> ChatFluentBuilder {
        ChatFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ChatInput::builder(),
        }
    }
    /// Answers a prompt as a stream of tokens, then a summary.
    pub fn converse(&self) -> ConverseFluentBuilder {
        ConverseFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ConverseInput::builder(),
        }
    }
    /// Accepts audio a chunk at a time and answers with what it heard.
    pub fn transcribe(&self) -> TranscribeFluentBuilder {
        TranscribeFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: TranscribeInput::builder(),
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
            "Chat" => {
                self.handle
                    .call_json::<ChatInput, ChatOutput, ChatError>(
                        &crate::talk_types::http::CHAT,
                        input,
                    )
                    .await
            }
            "Converse" => {
                self.handle
                    .call_json::<ConverseInput, ConverseOutput, ConverseError>(
                        &crate::talk_types::http::CONVERSE,
                        input,
                    )
                    .await
            }
            "Transcribe" => {
                self.handle
                    .call_json::<TranscribeInput, TranscribeOutput, TranscribeError>(
                        &crate::talk_types::http::TRANSCRIBE,
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
        "Chat" => rt::client::validate::<ChatInput, rt::Unhandled>(input),
        "Converse" => rt::client::validate::<ConverseInput, rt::Unhandled>(input),
        "Transcribe" => rt::client::validate::<TranscribeInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `Chat` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ChatFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ChatInputBuilder,
}
impl ::std::convert::From<ChatFluentBuilder> for ChatInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ChatFluentBuilder) -> Self {
        fluent.input
    }
}
impl ChatFluentBuilder {
    /// Sets [`ChatInput::messages`](ChatInput::messages).
    pub fn messages(mut self, value: impl rt::Into<rt::EventStream<ChatStream>>) -> Self {
        self.input = self.input.messages(value);
        self
    }
    /// Sets or clears [`ChatInput::messages`](ChatInput::messages).
    pub fn set_messages(mut self, value: rt::Option<rt::EventStream<ChatStream>>) -> Self {
        self.input = self.input.set_messages(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ChatInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ChatInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ChatOutput, SdkError<ChatError>> {
        let mut input = self.input;
        let protocol = self.handle.protocol();
        let stream = input
            .messages
            .take()
            .map(|e| e.into_frames(protocol, &talk_types::http::EVENTS_CHAT_STREAM));
        self.handle
            .call(&talk_types::http::CHAT, &input, stream)
            .await
    }
}
/// A `Converse` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ConverseFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ConverseInputBuilder,
}
impl ::std::convert::From<ConverseFluentBuilder> for ConverseInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ConverseFluentBuilder) -> Self {
        fluent.input
    }
}
impl ConverseFluentBuilder {
    /// Sets [`ConverseInput::model_id`](ConverseInput::model_id).
    pub fn model_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.model_id(value);
        self
    }
    /// Sets or clears [`ConverseInput::model_id`](ConverseInput::model_id).
    pub fn set_model_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_model_id(value);
        self
    }
    /// Sets [`ConverseInput::prompt`](ConverseInput::prompt).
    pub fn prompt(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prompt(value);
        self
    }
    /// Sets or clears [`ConverseInput::prompt`](ConverseInput::prompt).
    pub fn set_prompt(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prompt(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ConverseInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ConverseInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ConverseOutput, SdkError<ConverseError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&talk_types::http::CONVERSE, &input, stream)
            .await
    }
}
/// A `Transcribe` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct TranscribeFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: TranscribeInputBuilder,
}
impl ::std::convert::From<TranscribeFluentBuilder> for TranscribeInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: TranscribeFluentBuilder) -> Self {
        fluent.input
    }
}
impl TranscribeFluentBuilder {
    /// Sets [`TranscribeInput::language`](TranscribeInput::language).
    pub fn language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.language(value);
        self
    }
    /// Sets or clears [`TranscribeInput::language`](TranscribeInput::language).
    pub fn set_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_language(value);
        self
    }
    /// Sets [`TranscribeInput::audio`](TranscribeInput::audio).
    pub fn audio(mut self, value: impl rt::Into<rt::EventStream<AudioStream>>) -> Self {
        self.input = self.input.audio(value);
        self
    }
    /// Sets or clears [`TranscribeInput::audio`](TranscribeInput::audio).
    pub fn set_audio(mut self, value: rt::Option<rt::EventStream<AudioStream>>) -> Self {
        self.input = self.input.set_audio(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: TranscribeInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut TranscribeInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<TranscribeOutput, SdkError<TranscribeError>> {
        let mut input = self.input;
        let protocol = self.handle.protocol();
        let stream = input
            .audio
            .take()
            .map(|e| e.into_frames(protocol, &talk_types::http::EVENTS_AUDIO_STREAM));
        self.handle
            .call(&talk_types::http::TRANSCRIBE, &input, stream)
            .await
    }
}
