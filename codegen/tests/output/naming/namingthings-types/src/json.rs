// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AsRef {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AsRef {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for BTreeMap {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for BTreeMap {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for BigDecimal {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for BigDecimal {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for ClientShape {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ClientShape {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Clone {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Clone {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for DateTime {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DateTime {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Default {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Default {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Eq {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Eq {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Error {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Error {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Fallback {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Fallback {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Formatter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Formatter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Future {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Future {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Handle2Input {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for Handle2InputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for Handle2Input {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for JsonPath {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for JsonPath {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for ModeledError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ModeledError {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Ok {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Ok {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Operation {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Operation {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Option {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Option {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ResponseBody {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResponseBody {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Result {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.self_ {
            out.serialize_entry("self", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#async {
            out.serialize_entry("async", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.is_active {
            out.serialize_entry("isActive", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ecr_repository_arn {
            out.serialize_entry("ECRRepositoryArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.path {
            out.serialize_entry("path", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cx {
            out.serialize_entry("cx", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.doc {
            out.serialize_entry("doc", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.blob {
            out.serialize_entry("blob", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.token {
            out.serialize_entry("token", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ResultBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.self_ {
            out.serialize_entry("self", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#async {
            out.serialize_entry("async", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.is_active {
            out.serialize_entry("isActive", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ecr_repository_arn {
            out.serialize_entry("ECRRepositoryArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.path {
            out.serialize_entry("path", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cx {
            out.serialize_entry("cx", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.doc {
            out.serialize_entry("doc", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.blob {
            out.serialize_entry("blob", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.token {
            out.serialize_entry("token", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Result {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            r#type: rt::json::get(obj, "type", p, cx)?,
            self_: rt::json::get(obj, "self", p, cx)?,
            r#async: rt::json::get(obj, "async", p, cx)?,
            is_active: rt::json::get(obj, "isActive", p, cx)?,
            ecr_repository_arn: rt::json::get(obj, "ECRRepositoryArn", p, cx)?,
            path: rt::json::get(obj, "path", p, cx)?,
            cx: rt::json::get(obj, "cx", p, cx)?,
            doc: rt::json::get(obj, "doc", p, cx)?,
            blob: rt::json::get(obj, "blob", p, cx)?,
            when: rt::json::get(obj, "when", p, cx)?,
            token: rt::json::get(obj, "token", p, cx)?,
        })
    }
}
impl rt::ToJson for SdkErrorShape {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SdkErrorShape {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Send {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Send {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Service {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Service {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Sized {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Sized {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for StaticToken {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StaticToken {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get(obj, "value", p, cx)?,
        })
    }
}
impl rt::ToJson for String {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.option {
            out.serialize_entry("Option", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.option_value {
            out.serialize_entry("optionValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vec_value {
            out.serialize_entry("vecValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.box_value {
            out.serialize_entry("boxValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.default_value {
            out.serialize_entry("defaultValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.into_value {
            out.serialize_entry("intoValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.from_value {
            out.serialize_entry("fromValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.send_value {
            out.serialize_entry("sendValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sync_value {
            out.serialize_entry("syncValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.iterator_value {
            out.serialize_entry("iteratorValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sized_value {
            out.serialize_entry("sizedValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.arc_value {
            out.serialize_entry("arcValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.pin_value {
            out.serialize_entry("pinValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.future_value {
            out.serialize_entry("futureValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.poll_value {
            out.serialize_entry("pollValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.infallible_value {
            out.serialize_entry("infallibleValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.b_tree_map_value {
            out.serialize_entry("bTreeMapValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lazy_lock_value {
            out.serialize_entry("lazyLockValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.blob_value {
            out.serialize_entry("blobValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.date_time_value {
            out.serialize_entry("dateTimeValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.document_value {
            out.serialize_entry("documentValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.big_integer_value {
            out.serialize_entry("bigIntegerValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.big_decimal_value {
            out.serialize_entry("bigDecimalValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.json_value_value {
            out.serialize_entry("jsonValueValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.json_map_value {
            out.serialize_entry("jsonMapValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.json_path_value {
            out.serialize_entry("jsonPathValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.json_ctx_value {
            out.serialize_entry("jsonCtxValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.de_error_value {
            out.serialize_entry("deErrorValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.fallback_value {
            out.serialize_entry("fallbackValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.from_json_value {
            out.serialize_entry("fromJsonValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.to_json_value {
            out.serialize_entry("toJsonValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.timestamp_format_value {
            out.serialize_entry("timestampFormatValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.build_error_value {
            out.serialize_entry("buildErrorValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.operation_error_value {
            out.serialize_entry("operationErrorValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.wire_error_value {
            out.serialize_entry("wireErrorValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.pattern_value {
            out.serialize_entry("patternValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.pattern_engine_value {
            out.serialize_entry("patternEngineValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_body_value {
            out.serialize_entry("responseBodyValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.handle_value {
            out.serialize_entry("handleValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credentials_value {
            out.serialize_entry("credentialsValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.client_value {
            out.serialize_entry("clientValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.config_value {
            out.serialize_entry("configValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.context_value {
            out.serialize_entry("contextValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sdk_error_value {
            out.serialize_entry("sdkErrorValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.naming_things_value {
            out.serialize_entry("namingThingsValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.naming_things_server_value {
            out.serialize_entry("namingThingsServerValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.operation_value {
            out.serialize_entry("operationValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.some_value {
            out.serialize_entry("someValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.none_value {
            out.serialize_entry("noneValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ok_value {
            out.serialize_entry("okValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.err_value {
            out.serialize_entry("errValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.debug_value {
            out.serialize_entry("debugValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.clone_value {
            out.serialize_entry("cloneValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.partial_eq_value {
            out.serialize_entry("partialEqValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.display_value {
            out.serialize_entry("displayValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.formatter_value {
            out.serialize_entry("formatterValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_value {
            out.serialize_entry("requestValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_value {
            out.serialize_entry("responseValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.service_value {
            out.serialize_entry("serviceValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.routes_value {
            out.serialize_entry("routesValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_value {
            out.serialize_entry("copyValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.eq_value {
            out.serialize_entry("eqValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.to_string_value {
            out.serialize_entry("toStringValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.to_owned_value {
            out.serialize_entry("toOwnedValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.as_ref_value {
            out.serialize_entry("asRefValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.drop_value {
            out.serialize_entry("dropValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.fn_value {
            out.serialize_entry("fnValue", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for String {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            option: rt::json::get(obj, "Option", p, cx)?,
            option_value: rt::json::get(obj, "optionValue", p, cx)?,
            vec_value: rt::json::get(obj, "vecValue", p, cx)?,
            box_value: rt::json::get(obj, "boxValue", p, cx)?,
            default_value: rt::json::get(obj, "defaultValue", p, cx)?,
            into_value: rt::json::get(obj, "intoValue", p, cx)?,
            from_value: rt::json::get(obj, "fromValue", p, cx)?,
            send_value: rt::json::get(obj, "sendValue", p, cx)?,
            sync_value: rt::json::get(obj, "syncValue", p, cx)?,
            iterator_value: rt::json::get(obj, "iteratorValue", p, cx)?,
            sized_value: rt::json::get(obj, "sizedValue", p, cx)?,
            arc_value: rt::json::get(obj, "arcValue", p, cx)?,
            pin_value: rt::json::get(obj, "pinValue", p, cx)?,
            future_value: rt::json::get(obj, "futureValue", p, cx)?,
            poll_value: rt::json::get(obj, "pollValue", p, cx)?,
            infallible_value: rt::json::get(obj, "infallibleValue", p, cx)?,
            b_tree_map_value: rt::json::get(obj, "bTreeMapValue", p, cx)?,
            lazy_lock_value: rt::json::get(obj, "lazyLockValue", p, cx)?,
            blob_value: rt::json::get(obj, "blobValue", p, cx)?,
            date_time_value: rt::json::get(obj, "dateTimeValue", p, cx)?,
            document_value: rt::json::get(obj, "documentValue", p, cx)?,
            big_integer_value: rt::json::get(obj, "bigIntegerValue", p, cx)?,
            big_decimal_value: rt::json::get(obj, "bigDecimalValue", p, cx)?,
            json_value_value: rt::json::get(obj, "jsonValueValue", p, cx)?,
            json_map_value: rt::json::get(obj, "jsonMapValue", p, cx)?,
            json_path_value: rt::json::get(obj, "jsonPathValue", p, cx)?,
            json_ctx_value: rt::json::get(obj, "jsonCtxValue", p, cx)?,
            de_error_value: rt::json::get(obj, "deErrorValue", p, cx)?,
            fallback_value: rt::json::get(obj, "fallbackValue", p, cx)?,
            from_json_value: rt::json::get(obj, "fromJsonValue", p, cx)?,
            to_json_value: rt::json::get(obj, "toJsonValue", p, cx)?,
            timestamp_format_value: rt::json::get(obj, "timestampFormatValue", p, cx)?,
            build_error_value: rt::json::get(obj, "buildErrorValue", p, cx)?,
            operation_error_value: rt::json::get(obj, "operationErrorValue", p, cx)?,
            wire_error_value: rt::json::get(obj, "wireErrorValue", p, cx)?,
            pattern_value: rt::json::get(obj, "patternValue", p, cx)?,
            pattern_engine_value: rt::json::get(obj, "patternEngineValue", p, cx)?,
            response_body_value: rt::json::get(obj, "responseBodyValue", p, cx)?,
            handle_value: rt::json::get(obj, "handleValue", p, cx)?,
            credentials_value: rt::json::get(obj, "credentialsValue", p, cx)?,
            client_value: rt::json::get(obj, "clientValue", p, cx)?,
            config_value: rt::json::get(obj, "configValue", p, cx)?,
            context_value: rt::json::get(obj, "contextValue", p, cx)?,
            sdk_error_value: rt::json::get(obj, "sdkErrorValue", p, cx)?,
            naming_things_value: rt::json::get(obj, "namingThingsValue", p, cx)?,
            naming_things_server_value: rt::json::get(obj, "namingThingsServerValue", p, cx)?,
            operation_value: rt::json::get(obj, "operationValue", p, cx)?,
            some_value: rt::json::get(obj, "someValue", p, cx)?,
            none_value: rt::json::get(obj, "noneValue", p, cx)?,
            ok_value: rt::json::get(obj, "okValue", p, cx)?,
            err_value: rt::json::get(obj, "errValue", p, cx)?,
            debug_value: rt::json::get(obj, "debugValue", p, cx)?,
            clone_value: rt::json::get(obj, "cloneValue", p, cx)?,
            partial_eq_value: rt::json::get(obj, "partialEqValue", p, cx)?,
            display_value: rt::json::get(obj, "displayValue", p, cx)?,
            formatter_value: rt::json::get(obj, "formatterValue", p, cx)?,
            request_value: rt::json::get(obj, "requestValue", p, cx)?,
            response_value: rt::json::get(obj, "responseValue", p, cx)?,
            service_value: rt::json::get(obj, "serviceValue", p, cx)?,
            routes_value: rt::json::get(obj, "routesValue", p, cx)?,
            copy_value: rt::json::get(obj, "copyValue", p, cx)?,
            eq_value: rt::json::get(obj, "eqValue", p, cx)?,
            to_string_value: rt::json::get(obj, "toStringValue", p, cx)?,
            to_owned_value: rt::json::get(obj, "toOwnedValue", p, cx)?,
            as_ref_value: rt::json::get(obj, "asRefValue", p, cx)?,
            drop_value: rt::json::get(obj, "dropValue", p, cx)?,
            fn_value: rt::json::get(obj, "fnValue", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TimestampFormat {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TimestampFormat {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Unhandled {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Unhandled {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for WireError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        if let Some(v) = &self.list {
            out.serialize_entry("list", &crate::json::ser_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for WireError {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            when: rt::json::get_with(obj, "when", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            list: rt::json::get_with(obj, "list", p, cx, crate::json::de_string_list)?,
        })
    }
}
impl rt::ToJson for Arc {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Arc {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Arc {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for BuildError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for BuildError {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for BuildError {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for ConfigShape {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for ConfigShape {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for ConfigShape {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Document {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Document {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Document {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Drop {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Drop {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Drop {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Err {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Err {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Err {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for FromJson {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for FromJson {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for FromJson {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Handle {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Handle {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Handle {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Into {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Into {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Into {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for JsonCtx {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for JsonCtx {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for JsonCtx {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for JsonValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for JsonValue {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for JsonValue {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for LazyLock {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for LazyLock {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for LazyLock {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for NamingThings {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for NamingThings {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for NamingThings {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for PartialEq {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for PartialEq {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for PartialEq {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Pattern {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Pattern {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Pattern {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Poll {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Poll {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Poll {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Request {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Request {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Request {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Routes {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Routes {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Routes {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Some {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Some {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Some {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Sync {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Sync {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Sync {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for ToString {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for ToString {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for ToString {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Vec {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Vec {
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
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
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
impl rt::Fallback for Vec {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_string_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_string_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_string_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for DateTime {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.value {
            let p = &path.field("value");
            cx.length(p, x.chars().count(), Some(1), None);
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        Ok(())
    }
}
impl rt::Validate for Handle2InputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for Handle2InputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ResultBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.doc {
            let p = &path.field("doc");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.blob {
            let p = &path.field("blob");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.when {
            let p = &path.field("when");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for ResultBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for Document {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match self {
            Self::Text(_) => {}
            Self::Number(x) => {
                let p = &path.field("number");
                cx.range(p, f64::from(*x), Some(0.0), None);
            }
            Self::Unknown(name) => {
                return Err(
                    rt::DeError::at(
                        path,
                        format_args!(
                            "`{name}` is a union member this version of the model does not know, so it cannot be sent"
                        ),
                    ),
                );
            }
        }
        Ok(())
    }
}
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^[a-z]+$", "^[a-z]+$", rt::PatternEngine::Lite));
