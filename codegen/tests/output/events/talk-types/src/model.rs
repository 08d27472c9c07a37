// Generated from models/events.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// A chunk of audio: its bytes are the payload.
#[derive(Clone, Debug, PartialEq)]
pub struct AudioChunk {
    /// The chunk's codec.
    pub codec: rt::Option<rt::String>,
    /// The audio.
    pub audio: rt::Option<rt::Blob>,
}
impl AudioChunk {
    /// A builder for this structure.
    pub fn builder() -> AudioChunkBuilder {
        AudioChunkBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AudioChunk {
    /// [`codec`](Self::codec).
    pub fn codec(&self) -> rt::Option<&str> {
        self.codec.as_deref()
    }
    /// [`audio`](Self::audio).
    pub fn audio(&self) -> rt::Option<&rt::Blob> {
        self.audio.as_ref()
    }
}
/// Builds a [`AudioChunk`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AudioChunkBuilder {
    /// [`AudioChunk::codec`](AudioChunk::codec), if set.
    pub codec: rt::Option<rt::String>,
    /// [`AudioChunk::audio`](AudioChunk::audio), if set.
    pub audio: rt::Option<rt::Blob>,
}
impl AudioChunkBuilder {
    /// Sets [`AudioChunk::codec`](AudioChunk::codec).
    pub fn codec(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.codec = Some(value.into());
        self
    }
    /// Sets or clears [`AudioChunk::codec`](AudioChunk::codec).
    pub fn set_codec(mut self, value: rt::Option<rt::String>) -> Self {
        self.codec = value;
        self
    }
    /// Sets [`AudioChunk::audio`](AudioChunk::audio).
    pub fn audio(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets or clears [`AudioChunk::audio`](AudioChunk::audio).
    pub fn set_audio(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.audio = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AudioChunk {
        AudioChunk {
            codec: self.codec,
            audio: self.audio,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ChatInput {
    /// The messages.
    pub messages: rt::EventStream<ChatStream>,
}
impl ChatInput {
    /// A builder for this structure.
    pub fn builder() -> ChatInputBuilder {
        ChatInputBuilder::default()
    }
}
/// Builds a [`ChatInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChatInputBuilder {
    /// [`ChatInput::messages`](ChatInput::messages), if set.
    pub messages: rt::Option<rt::EventStream<ChatStream>>,
}
impl ChatInputBuilder {
    /// Sets [`ChatInput::messages`](ChatInput::messages).
    pub fn messages(mut self, value: impl rt::Into<rt::EventStream<ChatStream>>) -> Self {
        self.messages = Some(value.into());
        self
    }
    /// Sets or clears [`ChatInput::messages`](ChatInput::messages).
    pub fn set_messages(mut self, value: rt::Option<rt::EventStream<ChatStream>>) -> Self {
        self.messages = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ChatInput {
        ChatInput {
            messages: self.messages.unwrap_or_default(),
        }
    }
}
/// One message.
#[derive(Clone, Debug, PartialEq)]
pub struct ChatMessage {
    /// The message's place in the chat.
    pub seq: rt::Option<i64>,
    /// What it says.
    pub text: rt::Option<rt::String>,
}
impl ChatMessage {
    /// A builder for this structure.
    pub fn builder() -> ChatMessageBuilder {
        ChatMessageBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ChatMessage {
    /// [`seq`](Self::seq).
    pub fn seq(&self) -> rt::Option<i64> {
        self.seq
    }
    /// [`text`](Self::text).
    pub fn text(&self) -> rt::Option<&str> {
        self.text.as_deref()
    }
}
/// Builds a [`ChatMessage`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChatMessageBuilder {
    /// [`ChatMessage::seq`](ChatMessage::seq), if set.
    pub seq: rt::Option<i64>,
    /// [`ChatMessage::text`](ChatMessage::text), if set.
    pub text: rt::Option<rt::String>,
}
impl ChatMessageBuilder {
    /// Sets [`ChatMessage::seq`](ChatMessage::seq).
    pub fn seq(mut self, value: impl rt::Into<i64>) -> Self {
        self.seq = Some(value.into());
        self
    }
    /// Sets or clears [`ChatMessage::seq`](ChatMessage::seq).
    pub fn set_seq(mut self, value: rt::Option<i64>) -> Self {
        self.seq = value;
        self
    }
    /// Sets [`ChatMessage::text`](ChatMessage::text).
    pub fn text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets or clears [`ChatMessage::text`](ChatMessage::text).
    pub fn set_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ChatMessage {
        ChatMessage {
            seq: self.seq,
            text: self.text,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ChatOutput {
    /// The replies.
    pub replies: rt::EventStream<ChatStream>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ChatOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ChatOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ChatOutput {
    /// A builder for this structure.
    pub fn builder() -> ChatOutputBuilder {
        ChatOutputBuilder::default()
    }
}
/// Builds a [`ChatOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChatOutputBuilder {
    /// [`ChatOutput::replies`](ChatOutput::replies), if set.
    pub replies: rt::Option<rt::EventStream<ChatStream>>,
}
impl ChatOutputBuilder {
    /// Sets [`ChatOutput::replies`](ChatOutput::replies).
    pub fn replies(mut self, value: impl rt::Into<rt::EventStream<ChatStream>>) -> Self {
        self.replies = Some(value.into());
        self
    }
    /// Sets or clears [`ChatOutput::replies`](ChatOutput::replies).
    pub fn set_replies(mut self, value: rt::Option<rt::EventStream<ChatStream>>) -> Self {
        self.replies = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ChatOutput {
        ChatOutput {
            replies: self.replies.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConverseInput {
    /// The model that answers.
    pub model_id: rt::String,
    /// What to answer.
    pub prompt: rt::String,
}
impl ConverseInput {
    /// A builder for this structure.
    pub fn builder() -> ConverseInputBuilder {
        ConverseInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ConverseInput {
    /// [`model_id`](Self::model_id).
    pub fn model_id(&self) -> &str {
        &self.model_id
    }
    /// [`prompt`](Self::prompt).
    pub fn prompt(&self) -> &str {
        &self.prompt
    }
}
/// Builds a [`ConverseInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConverseInputBuilder {
    /// [`ConverseInput::model_id`](ConverseInput::model_id), if set.
    pub model_id: rt::Option<rt::String>,
    /// [`ConverseInput::prompt`](ConverseInput::prompt), if set.
    pub prompt: rt::Option<rt::String>,
}
impl ConverseInputBuilder {
    /// Sets [`ConverseInput::model_id`](ConverseInput::model_id).
    pub fn model_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.model_id = Some(value.into());
        self
    }
    /// Sets or clears [`ConverseInput::model_id`](ConverseInput::model_id).
    pub fn set_model_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.model_id = value;
        self
    }
    /// Sets [`ConverseInput::prompt`](ConverseInput::prompt).
    pub fn prompt(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets or clears [`ConverseInput::prompt`](ConverseInput::prompt).
    pub fn set_prompt(mut self, value: rt::Option<rt::String>) -> Self {
        self.prompt = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ConverseInput, rt::BuildError> {
        Ok(ConverseInput {
            model_id: self.model_id.ok_or(rt::BuildError {
                shape: "ConverseInput",
                member: "modelId",
            })?,
            prompt: self.prompt.ok_or(rt::BuildError {
                shape: "ConverseInput",
                member: "prompt",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConverseOutput {
    /// The request's id, before the first event.
    pub conversation_id: rt::Option<rt::String>,
    /// The answer, as it is produced.
    pub stream: rt::EventStream<AnswerStream>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ConverseOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ConverseOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ConverseOutput {
    /// A builder for this structure.
    pub fn builder() -> ConverseOutputBuilder {
        ConverseOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ConverseOutput {
    /// [`conversation_id`](Self::conversation_id).
    pub fn conversation_id(&self) -> rt::Option<&str> {
        self.conversation_id.as_deref()
    }
}
/// Builds a [`ConverseOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConverseOutputBuilder {
    /// [`ConverseOutput::conversation_id`](ConverseOutput::conversation_id), if set.
    pub conversation_id: rt::Option<rt::String>,
    /// [`ConverseOutput::stream`](ConverseOutput::stream), if set.
    pub stream: rt::Option<rt::EventStream<AnswerStream>>,
}
impl ConverseOutputBuilder {
    /// Sets [`ConverseOutput::conversation_id`](ConverseOutput::conversation_id).
    pub fn conversation_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets or clears [`ConverseOutput::conversation_id`](ConverseOutput::conversation_id).
    pub fn set_conversation_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.conversation_id = value;
        self
    }
    /// Sets [`ConverseOutput::stream`](ConverseOutput::stream).
    pub fn stream(mut self, value: impl rt::Into<rt::EventStream<AnswerStream>>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets or clears [`ConverseOutput::stream`](ConverseOutput::stream).
    pub fn set_stream(mut self, value: rt::Option<rt::EventStream<AnswerStream>>) -> Self {
        self.stream = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ConverseOutput {
        ConverseOutput {
            conversation_id: self.conversation_id,
            stream: self.stream.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// The answer's totals.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryEvent {
    /// When the answer ended.
    pub finished_at: rt::Option<rt::DateTime>,
    /// The totals, as the payload.
    pub usage: rt::Option<Usage>,
}
impl SummaryEvent {
    /// A builder for this structure.
    pub fn builder() -> SummaryEventBuilder {
        SummaryEventBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SummaryEvent {
    /// [`finished_at`](Self::finished_at).
    pub fn finished_at(&self) -> rt::Option<&rt::DateTime> {
        self.finished_at.as_ref()
    }
    /// [`usage`](Self::usage).
    pub fn usage(&self) -> rt::Option<&Usage> {
        self.usage.as_ref()
    }
}
/// Builds a [`SummaryEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SummaryEventBuilder {
    /// [`SummaryEvent::finished_at`](SummaryEvent::finished_at), if set.
    pub finished_at: rt::Option<rt::DateTime>,
    /// [`SummaryEvent::usage`](SummaryEvent::usage), if set.
    pub usage: rt::Option<Usage>,
}
impl SummaryEventBuilder {
    /// Sets [`SummaryEvent::finished_at`](SummaryEvent::finished_at).
    pub fn finished_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.finished_at = Some(value.into());
        self
    }
    /// Sets or clears [`SummaryEvent::finished_at`](SummaryEvent::finished_at).
    pub fn set_finished_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.finished_at = value;
        self
    }
    /// Sets [`SummaryEvent::usage`](SummaryEvent::usage).
    pub fn usage(mut self, value: impl rt::Into<Usage>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets or clears [`SummaryEvent::usage`](SummaryEvent::usage).
    pub fn set_usage(mut self, value: rt::Option<Usage>) -> Self {
        self.usage = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SummaryEvent {
        SummaryEvent {
            finished_at: self.finished_at,
            usage: self.usage,
        }
    }
}
/// One token.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenEvent {
    /// The token's place in the answer.
    pub index: rt::Option<i32>,
    /// Whether the token ends a sentence.
    pub r#final: rt::Option<bool>,
    /// The token's text.
    pub text: rt::Option<rt::String>,
}
impl TokenEvent {
    /// A builder for this structure.
    pub fn builder() -> TokenEventBuilder {
        TokenEventBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TokenEvent {
    /// [`index`](Self::index).
    pub fn index(&self) -> rt::Option<i32> {
        self.index
    }
    /// [`r#final`](Self::r#final).
    pub fn r#final(&self) -> rt::Option<bool> {
        self.r#final
    }
    /// [`text`](Self::text).
    pub fn text(&self) -> rt::Option<&str> {
        self.text.as_deref()
    }
}
/// Builds a [`TokenEvent`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokenEventBuilder {
    /// [`TokenEvent::index`](TokenEvent::index), if set.
    pub index: rt::Option<i32>,
    /// [`TokenEvent::r#final`](TokenEvent::r#final), if set.
    pub r#final: rt::Option<bool>,
    /// [`TokenEvent::text`](TokenEvent::text), if set.
    pub text: rt::Option<rt::String>,
}
impl TokenEventBuilder {
    /// Sets [`TokenEvent::index`](TokenEvent::index).
    pub fn index(mut self, value: impl rt::Into<i32>) -> Self {
        self.index = Some(value.into());
        self
    }
    /// Sets or clears [`TokenEvent::index`](TokenEvent::index).
    pub fn set_index(mut self, value: rt::Option<i32>) -> Self {
        self.index = value;
        self
    }
    /// Sets [`TokenEvent::r#final`](TokenEvent::r#final).
    pub fn r#final(mut self, value: impl rt::Into<bool>) -> Self {
        self.r#final = Some(value.into());
        self
    }
    /// Sets or clears [`TokenEvent::r#final`](TokenEvent::r#final).
    pub fn set_final(mut self, value: rt::Option<bool>) -> Self {
        self.r#final = value;
        self
    }
    /// Sets [`TokenEvent::text`](TokenEvent::text).
    pub fn text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets or clears [`TokenEvent::text`](TokenEvent::text).
    pub fn set_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TokenEvent {
        TokenEvent {
            index: self.index,
            r#final: self.r#final,
            text: self.text,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TranscribeInput {
    /// The language of the audio.
    pub language: rt::Option<rt::String>,
    /// The audio.
    pub audio: rt::EventStream<AudioStream>,
}
impl TranscribeInput {
    /// A builder for this structure.
    pub fn builder() -> TranscribeInputBuilder {
        TranscribeInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TranscribeInput {
    /// [`language`](Self::language).
    pub fn language(&self) -> rt::Option<&str> {
        self.language.as_deref()
    }
}
/// Builds a [`TranscribeInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TranscribeInputBuilder {
    /// [`TranscribeInput::language`](TranscribeInput::language), if set.
    pub language: rt::Option<rt::String>,
    /// [`TranscribeInput::audio`](TranscribeInput::audio), if set.
    pub audio: rt::Option<rt::EventStream<AudioStream>>,
}
impl TranscribeInputBuilder {
    /// Sets [`TranscribeInput::language`](TranscribeInput::language).
    pub fn language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets or clears [`TranscribeInput::language`](TranscribeInput::language).
    pub fn set_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.language = value;
        self
    }
    /// Sets [`TranscribeInput::audio`](TranscribeInput::audio).
    pub fn audio(mut self, value: impl rt::Into<rt::EventStream<AudioStream>>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets or clears [`TranscribeInput::audio`](TranscribeInput::audio).
    pub fn set_audio(mut self, value: rt::Option<rt::EventStream<AudioStream>>) -> Self {
        self.audio = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TranscribeInput {
        TranscribeInput {
            language: self.language,
            audio: self.audio.unwrap_or_default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TranscribeOutput {
    /// How many chunks arrived.
    pub chunks: rt::Option<i32>,
    /// How many bytes of audio arrived.
    pub bytes: rt::Option<i64>,
    /// What the audio said.
    pub transcript: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TranscribeOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TranscribeOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TranscribeOutput {
    /// A builder for this structure.
    pub fn builder() -> TranscribeOutputBuilder {
        TranscribeOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TranscribeOutput {
    /// [`chunks`](Self::chunks).
    pub fn chunks(&self) -> rt::Option<i32> {
        self.chunks
    }
    /// [`bytes`](Self::bytes).
    pub fn bytes(&self) -> rt::Option<i64> {
        self.bytes
    }
    /// [`transcript`](Self::transcript).
    pub fn transcript(&self) -> rt::Option<&str> {
        self.transcript.as_deref()
    }
}
/// Builds a [`TranscribeOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TranscribeOutputBuilder {
    /// [`TranscribeOutput::chunks`](TranscribeOutput::chunks), if set.
    pub chunks: rt::Option<i32>,
    /// [`TranscribeOutput::bytes`](TranscribeOutput::bytes), if set.
    pub bytes: rt::Option<i64>,
    /// [`TranscribeOutput::transcript`](TranscribeOutput::transcript), if set.
    pub transcript: rt::Option<rt::String>,
}
impl TranscribeOutputBuilder {
    /// Sets [`TranscribeOutput::chunks`](TranscribeOutput::chunks).
    pub fn chunks(mut self, value: impl rt::Into<i32>) -> Self {
        self.chunks = Some(value.into());
        self
    }
    /// Sets or clears [`TranscribeOutput::chunks`](TranscribeOutput::chunks).
    pub fn set_chunks(mut self, value: rt::Option<i32>) -> Self {
        self.chunks = value;
        self
    }
    /// Sets [`TranscribeOutput::bytes`](TranscribeOutput::bytes).
    pub fn bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.bytes = Some(value.into());
        self
    }
    /// Sets or clears [`TranscribeOutput::bytes`](TranscribeOutput::bytes).
    pub fn set_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.bytes = value;
        self
    }
    /// Sets [`TranscribeOutput::transcript`](TranscribeOutput::transcript).
    pub fn transcript(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
    /// Sets or clears [`TranscribeOutput::transcript`](TranscribeOutput::transcript).
    pub fn set_transcript(mut self, value: rt::Option<rt::String>) -> Self {
        self.transcript = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TranscribeOutput {
        TranscribeOutput {
            chunks: self.chunks,
            bytes: self.bytes,
            transcript: self.transcript,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Tokens in and out.
#[derive(Clone, Debug, PartialEq)]
pub struct Usage {
    pub input_tokens: rt::Option<i32>,
    pub output_tokens: rt::Option<i32>,
}
impl Usage {
    /// A builder for this structure.
    pub fn builder() -> UsageBuilder {
        UsageBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Usage {
    /// [`input_tokens`](Self::input_tokens).
    pub fn input_tokens(&self) -> rt::Option<i32> {
        self.input_tokens
    }
    /// [`output_tokens`](Self::output_tokens).
    pub fn output_tokens(&self) -> rt::Option<i32> {
        self.output_tokens
    }
}
/// Builds a [`Usage`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsageBuilder {
    /// [`Usage::input_tokens`](Usage::input_tokens), if set.
    pub input_tokens: rt::Option<i32>,
    /// [`Usage::output_tokens`](Usage::output_tokens), if set.
    pub output_tokens: rt::Option<i32>,
}
impl UsageBuilder {
    /// Sets [`Usage::input_tokens`](Usage::input_tokens).
    pub fn input_tokens(mut self, value: impl rt::Into<i32>) -> Self {
        self.input_tokens = Some(value.into());
        self
    }
    /// Sets or clears [`Usage::input_tokens`](Usage::input_tokens).
    pub fn set_input_tokens(mut self, value: rt::Option<i32>) -> Self {
        self.input_tokens = value;
        self
    }
    /// Sets [`Usage::output_tokens`](Usage::output_tokens).
    pub fn output_tokens(mut self, value: impl rt::Into<i32>) -> Self {
        self.output_tokens = Some(value.into());
        self
    }
    /// Sets or clears [`Usage::output_tokens`](Usage::output_tokens).
    pub fn set_output_tokens(mut self, value: rt::Option<i32>) -> Self {
        self.output_tokens = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Usage {
        Usage {
            input_tokens: self.input_tokens,
            output_tokens: self.output_tokens,
        }
    }
}
/// The events of an answer.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AnswerStream {
    /// One token of the answer.
    Token(TokenEvent),
    /// The end of the answer.
    Summary(SummaryEvent),
    /// Produced too fast: the answer stops here.
    Throttled(ThrottlingException),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
/// The events of an upload.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AudioStream {
    /// A chunk of audio.
    Chunk(AudioChunk),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
/// The events of a chat.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum ChatStream {
    /// A message, or a reply.
    Message(ChatMessage),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
