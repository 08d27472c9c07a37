// Generated from models/events.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AudioChunk {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.codec {
            out.serialize_entry("codec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.audio {
            out.serialize_entry("audio", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AudioChunk {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            codec: rt::json::get(obj, "codec", p, cx)?,
            audio: rt::json::get(obj, "audio", p, cx)?,
        })
    }
}
impl rt::ToJson for ChatInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for ChatInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for ChatInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            messages: rt::Default::default(),
        })
    }
}
impl rt::ToJson for ChatMessage {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.seq {
            out.serialize_entry("seq", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.text {
            out.serialize_entry("text", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ChatMessage {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            seq: rt::json::get(obj, "seq", p, cx)?,
            text: rt::json::get(obj, "text", p, cx)?,
        })
    }
}
impl rt::ToJson for ChatOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for ChatOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            replies: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ConverseInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("modelId", &rt::json::Json(&self.model_id))?;
        out.serialize_entry("prompt", &rt::json::Json(&self.prompt))?;
        out.end()
    }
}
impl rt::ToJson for ConverseInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.model_id {
            out.serialize_entry("modelId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prompt {
            out.serialize_entry("prompt", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ConverseInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            model_id: rt::json::required(
                rt::json::get(obj, "modelId", p, cx)?,
                &p.field("modelId"),
                cx,
            ),
            prompt: rt::json::required(
                rt::json::get(obj, "prompt", p, cx)?,
                &p.field("prompt"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ConverseOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.conversation_id {
            out.serialize_entry("conversationId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ConverseOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            conversation_id: rt::json::get(obj, "conversationId", p, cx)?,
            stream: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ModelNotFound {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ModelNotFound {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SummaryEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.finished_at {
            out.serialize_entry(
                "finishedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.usage {
            out.serialize_entry("usage", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SummaryEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            finished_at: rt::json::get_with(obj, "finishedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            usage: rt::json::get(obj, "usage", p, cx)?,
        })
    }
}
impl rt::ToJson for ThrottlingException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ThrottlingException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TokenEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.index {
            out.serialize_entry("index", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#final {
            out.serialize_entry("final", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.text {
            out.serialize_entry("text", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TokenEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            index: rt::json::get(obj, "index", p, cx)?,
            r#final: rt::json::get(obj, "final", p, cx)?,
            text: rt::json::get(obj, "text", p, cx)?,
        })
    }
}
impl rt::ToJson for TranscribeInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.language {
            out.serialize_entry("language", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for TranscribeInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.language {
            out.serialize_entry("language", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TranscribeInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            language: rt::json::get(obj, "language", p, cx)?,
            audio: rt::Default::default(),
        })
    }
}
impl rt::ToJson for TranscribeOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.chunks {
            out.serialize_entry("chunks", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bytes {
            out.serialize_entry("bytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.transcript {
            out.serialize_entry("transcript", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TranscribeOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            chunks: rt::json::get(obj, "chunks", p, cx)?,
            bytes: rt::json::get(obj, "bytes", p, cx)?,
            transcript: rt::json::get(obj, "transcript", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Usage {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.input_tokens {
            out.serialize_entry("inputTokens", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.output_tokens {
            out.serialize_entry("outputTokens", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Usage {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            input_tokens: rt::json::get(obj, "inputTokens", p, cx)?,
            output_tokens: rt::json::get(obj, "outputTokens", p, cx)?,
        })
    }
}
impl rt::ToJson for AnswerStream {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Token(x) => out.serialize_entry("token", &rt::json::Json(x))?,
            Self::Summary(x) => out.serialize_entry("summary", &rt::json::Json(x))?,
            Self::Throttled(x) => out.serialize_entry("throttled", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for AnswerStream {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "token" => {
                let x = <TokenEvent>::from_json(v, &p, cx)?;
                Self::Token(x)
            }
            "summary" => {
                let x = <SummaryEvent>::from_json(v, &p, cx)?;
                Self::Summary(x)
            }
            "throttled" => {
                let x = <ThrottlingException>::from_json(v, &p, cx)?;
                Self::Throttled(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for AnswerStream {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for AudioStream {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Chunk(x) => out.serialize_entry("chunk", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for AudioStream {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "chunk" => {
                let x = <AudioChunk>::from_json(v, &p, cx)?;
                Self::Chunk(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for AudioStream {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for ChatStream {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Message(x) => out.serialize_entry("message", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for ChatStream {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "message" => {
                let x = <ChatMessage>::from_json(v, &p, cx)?;
                Self::Message(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for ChatStream {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::Validate for ChatInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ChatInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ConverseInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.model_id.is_none() {
            cx.missing(&path.field("modelId"));
        }
        if self.prompt.is_none() {
            cx.missing(&path.field("prompt"));
        }
        Ok(())
    }
}
impl rt::json::Input for ConverseInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "modelId" => self.model_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
    fn write_body<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prompt {
            out.serialize_entry("prompt", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::Validate for TranscribeInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for TranscribeInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "language" => self.language.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
