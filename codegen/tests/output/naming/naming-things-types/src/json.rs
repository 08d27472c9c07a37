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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::ToJson for Handle2InputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::FromJson for Handle2Input {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for JsonPath {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "type", &self.r#type);
        rt::json::put(&mut obj, "self", &self.self_);
        rt::json::put(&mut obj, "async", &self.r#async);
        rt::json::put(&mut obj, "isActive", &self.is_active);
        rt::json::put(&mut obj, "ECRRepositoryArn", &self.ecr_repository_arn);
        rt::json::put(&mut obj, "path", &self.path);
        rt::json::put(&mut obj, "cx", &self.cx);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for ResultBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "type", &self.r#type);
        rt::json::put(&mut obj, "self", &self.self_);
        rt::json::put(&mut obj, "async", &self.r#async);
        rt::json::put(&mut obj, "isActive", &self.is_active);
        rt::json::put(&mut obj, "ECRRepositoryArn", &self.ecr_repository_arn);
        rt::json::put(&mut obj, "path", &self.path);
        rt::json::put(&mut obj, "cx", &self.cx);
        rt::JsonValue::Object(obj)
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
        })
    }
}
impl rt::ToJson for SdkErrorShape {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
impl rt::ToJson for String {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "Option", &self.option);
        rt::json::put(&mut obj, "optionValue", &self.option_value);
        rt::json::put(&mut obj, "vecValue", &self.vec_value);
        rt::json::put(&mut obj, "boxValue", &self.box_value);
        rt::json::put(&mut obj, "defaultValue", &self.default_value);
        rt::json::put(&mut obj, "intoValue", &self.into_value);
        rt::json::put(&mut obj, "fromValue", &self.from_value);
        rt::json::put(&mut obj, "sendValue", &self.send_value);
        rt::json::put(&mut obj, "syncValue", &self.sync_value);
        rt::json::put(&mut obj, "iteratorValue", &self.iterator_value);
        rt::json::put(&mut obj, "sizedValue", &self.sized_value);
        rt::json::put(&mut obj, "arcValue", &self.arc_value);
        rt::json::put(&mut obj, "pinValue", &self.pin_value);
        rt::json::put(&mut obj, "futureValue", &self.future_value);
        rt::json::put(&mut obj, "pollValue", &self.poll_value);
        rt::json::put(&mut obj, "infallibleValue", &self.infallible_value);
        rt::json::put(&mut obj, "bTreeMapValue", &self.b_tree_map_value);
        rt::json::put(&mut obj, "lazyLockValue", &self.lazy_lock_value);
        rt::json::put(&mut obj, "blobValue", &self.blob_value);
        rt::json::put(&mut obj, "dateTimeValue", &self.date_time_value);
        rt::json::put(&mut obj, "documentValue", &self.document_value);
        rt::json::put(&mut obj, "bigIntegerValue", &self.big_integer_value);
        rt::json::put(&mut obj, "bigDecimalValue", &self.big_decimal_value);
        rt::json::put(&mut obj, "jsonValueValue", &self.json_value_value);
        rt::json::put(&mut obj, "jsonMapValue", &self.json_map_value);
        rt::json::put(&mut obj, "jsonPathValue", &self.json_path_value);
        rt::json::put(&mut obj, "jsonCtxValue", &self.json_ctx_value);
        rt::json::put(&mut obj, "deErrorValue", &self.de_error_value);
        rt::json::put(&mut obj, "fallbackValue", &self.fallback_value);
        rt::json::put(&mut obj, "fromJsonValue", &self.from_json_value);
        rt::json::put(&mut obj, "toJsonValue", &self.to_json_value);
        rt::json::put(
            &mut obj,
            "timestampFormatValue",
            &self.timestamp_format_value,
        );
        rt::json::put(&mut obj, "buildErrorValue", &self.build_error_value);
        rt::json::put(&mut obj, "operationErrorValue", &self.operation_error_value);
        rt::json::put(&mut obj, "wireErrorValue", &self.wire_error_value);
        rt::json::put(&mut obj, "patternValue", &self.pattern_value);
        rt::json::put(&mut obj, "patternEngineValue", &self.pattern_engine_value);
        rt::json::put(&mut obj, "responseBodyValue", &self.response_body_value);
        rt::json::put(&mut obj, "handleValue", &self.handle_value);
        rt::json::put(&mut obj, "credentialsValue", &self.credentials_value);
        rt::json::put(&mut obj, "clientValue", &self.client_value);
        rt::json::put(&mut obj, "configValue", &self.config_value);
        rt::json::put(&mut obj, "contextValue", &self.context_value);
        rt::json::put(&mut obj, "sdkErrorValue", &self.sdk_error_value);
        rt::json::put(&mut obj, "namingThingsValue", &self.naming_things_value);
        rt::json::put(
            &mut obj,
            "namingThingsServerValue",
            &self.naming_things_server_value,
        );
        rt::json::put(&mut obj, "operationValue", &self.operation_value);
        rt::json::put(&mut obj, "someValue", &self.some_value);
        rt::json::put(&mut obj, "noneValue", &self.none_value);
        rt::json::put(&mut obj, "okValue", &self.ok_value);
        rt::json::put(&mut obj, "errValue", &self.err_value);
        rt::json::put(&mut obj, "debugValue", &self.debug_value);
        rt::json::put(&mut obj, "cloneValue", &self.clone_value);
        rt::json::put(&mut obj, "partialEqValue", &self.partial_eq_value);
        rt::json::put(&mut obj, "displayValue", &self.display_value);
        rt::json::put(&mut obj, "formatterValue", &self.formatter_value);
        rt::json::put(&mut obj, "requestValue", &self.request_value);
        rt::json::put(&mut obj, "responseValue", &self.response_value);
        rt::json::put(&mut obj, "serviceValue", &self.service_value);
        rt::json::put(&mut obj, "routesValue", &self.routes_value);
        rt::json::put(&mut obj, "copyValue", &self.copy_value);
        rt::json::put(&mut obj, "eqValue", &self.eq_value);
        rt::json::put(&mut obj, "toStringValue", &self.to_string_value);
        rt::json::put(&mut obj, "toOwnedValue", &self.to_owned_value);
        rt::json::put(&mut obj, "asRefValue", &self.as_ref_value);
        rt::json::put(&mut obj, "dropValue", &self.drop_value);
        rt::json::put(&mut obj, "fnValue", &self.fn_value);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "value", &self.value);
        if let Some(v) = &self.when {
            obj.insert(
                "when".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        if let Some(v) = &self.list {
            obj.insert("list".to_owned(), crate::json::ser_string_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
pub(crate) fn ser_string_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
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
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^[a-z]+$", "^[a-z]+$", rt::PatternEngine::Lite));
