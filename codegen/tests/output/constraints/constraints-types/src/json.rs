// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for CheckInput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("name".to_owned(), self.name.to_json());
        rt::json::put(&mut obj, "count", &self.count);
        rt::json::put(&mut obj, "ratio", &self.ratio);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tags(v));
        }
        rt::json::put(&mut obj, "payload", &self.payload);
        obj.insert("enabled".to_owned(), self.enabled.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for CheckInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "name", &self.name);
        rt::json::put(&mut obj, "count", &self.count);
        rt::json::put(&mut obj, "ratio", &self.ratio);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tags(v));
        }
        rt::json::put(&mut obj, "payload", &self.payload);
        rt::json::put(&mut obj, "enabled", &self.enabled);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for CheckInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::required(
                rt::json::get_with(obj, "name", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(8));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("name"),
                cx,
            ),
            count: rt::json::get_with(obj, "count", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(100.0));
                Ok(x)
            })?,
            ratio: rt::json::get_with(obj, "ratio", p, cx, |v, p, cx| {
                let x = <f64>::from_json(v, p, cx)?;
                cx.range(p, x, Some(0.5), None);
                Ok(x)
            })?,
            tags: rt::json::get_with(obj, "tags", p, cx, |v, p, cx| {
                let x = crate::json::de_tags(v, p, cx)?;
                cx.length(p, x.len(), None, Some(3));
                cx.unique(p, v);
                Ok(x)
            })?,
            payload: rt::json::get_with(obj, "payload", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), None, Some(16));
                Ok(x)
            })?,
            enabled: rt::json::get(obj, "enabled", p, cx)?.unwrap_or(true),
        })
    }
}
impl rt::ToJson for CheckOutput {
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::FromJson for CheckOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ValidationException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("message".to_owned(), self.message.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ValidationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::required(
                rt::json::get(obj, "message", p, cx)?,
                &p.field("message"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
pub(crate) fn ser_tags(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_tags(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(2), Some(8));
        cx.pattern(p, &x, &crate::json::PATTERN_0);
        Ok(x)
    })
}
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^[a-z]+$", "^[a-z]+$", rt::PatternEngine::Lite));
