// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for EchoInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.label {
            out.serialize_entry("label", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for EchoInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.label {
            out.serialize_entry("label", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EchoInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            label: rt::json::get(obj, "label", p, cx)?,
            trades: rt::Default::default(),
        })
    }
}
impl rt::ToJson for EchoOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.label {
            out.serialize_entry("label", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EchoOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            label: rt::json::get(obj, "label", p, cx)?,
            trades: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PublishInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("feed", &rt::json::Json(&self.feed))?;
        if let Some(v) = &self.opened_at {
            out.serialize_entry(
                "openedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::ToJson for PublishInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.feed {
            out.serialize_entry("feed", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.opened_at {
            out.serialize_entry(
                "openedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for PublishInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            feed: rt::json::required(rt::json::get(obj, "feed", p, cx)?, &p.field("feed"), cx),
            opened_at: rt::json::get_with(obj, "openedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            trades: rt::Default::default(),
        })
    }
}
impl rt::ToJson for PublishOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.feed {
            out.serialize_entry("feed", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.opened_at {
            out.serialize_entry(
                "openedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.count {
            out.serialize_entry("count", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.volume {
            out.serialize_entry("volume", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.notes {
            out.serialize_entry("notes", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PublishOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            feed: rt::json::get(obj, "feed", p, cx)?,
            opened_at: rt::json::get_with(obj, "openedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            count: rt::json::get(obj, "count", p, cx)?,
            volume: rt::json::get(obj, "volume", p, cx)?,
            notes: rt::json::get(obj, "notes", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Quote {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.symbol {
            out.serialize_entry("symbol", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.price {
            out.serialize_entry("price", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.at {
            out.serialize_entry("at", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.raw {
            out.serialize_entry("raw", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Quote {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            symbol: rt::json::get(obj, "symbol", p, cx)?,
            price: rt::json::get(obj, "price", p, cx)?,
            at: rt::json::get_with(obj, "at", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            raw: rt::json::get(obj, "raw", p, cx)?,
        })
    }
}
impl rt::ToJson for SubscribeInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("symbol", &rt::json::Json(&self.symbol))?;
        if let Some(v) = &self.limit {
            out.serialize_entry("limit", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for SubscribeInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.symbol {
            out.serialize_entry("symbol", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("limit", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SubscribeInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            symbol: rt::json::required(
                rt::json::get(obj, "symbol", p, cx)?,
                &p.field("symbol"),
                cx,
            ),
            limit: rt::json::get(obj, "limit", p, cx)?,
        })
    }
}
impl rt::ToJson for SubscribeOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.subscription_id {
            out.serialize_entry("subscriptionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.started_at {
            out.serialize_entry(
                "startedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for SubscribeOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            subscription_id: rt::json::get(obj, "subscriptionId", p, cx)?,
            started_at: rt::json::get_with(obj, "startedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            quotes: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Trade {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.seq {
            out.serialize_entry("seq", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.volume {
            out.serialize_entry("volume", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.at {
            out.serialize_entry("at", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.note {
            out.serialize_entry("note", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Trade {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            seq: rt::json::get(obj, "seq", p, cx)?,
            volume: rt::json::get(obj, "volume", p, cx)?,
            at: rt::json::get_with(obj, "at", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            note: rt::json::get(obj, "note", p, cx)?,
        })
    }
}
impl rt::ToJson for TradingHalted {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TradingHalted {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnknownSymbol {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnknownSymbol {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for QuoteStream {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Quote(x) => out.serialize_entry("quote", &rt::json::Json(x))?,
            Self::Halted(x) => out.serialize_entry("halted", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for QuoteStream {
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
            "quote" => {
                let x = <Quote>::from_json(v, &p, cx)?;
                Self::Quote(x)
            }
            "halted" => {
                let x = <TradingHalted>::from_json(v, &p, cx)?;
                Self::Halted(x)
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
impl rt::Fallback for QuoteStream {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for TradeStream {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Trade(x) => out.serialize_entry("trade", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for TradeStream {
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
            "trade" => {
                let x = <Trade>::from_json(v, &p, cx)?;
                Self::Trade(x)
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
impl rt::Fallback for TradeStream {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::Validate for EchoInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for EchoInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PublishInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.feed.is_none() {
            cx.missing(&path.field("feed"));
        }
        Ok(())
    }
}
impl rt::json::Input for PublishInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for SubscribeInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.symbol.is_none() {
            cx.missing(&path.field("symbol"));
        }
        Ok(())
    }
}
impl rt::json::Input for SubscribeInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
