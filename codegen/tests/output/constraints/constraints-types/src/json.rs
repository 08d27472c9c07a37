// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for CheckInput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("name".to_owned(), self.name.to_json());
        rt::json::put(&mut obj, "count", &self.count);
        rt::json::put(&mut obj, "ratio", &self.ratio);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tags(v));
        }
        rt::json::put(&mut obj, "payload", &self.payload);
        obj.insert("enabled".to_owned(), self.enabled.to_json());
        JsonValue::Object(obj)
    }
}
impl ToJson for CheckInputBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "name", &self.name);
        rt::json::put(&mut obj, "count", &self.count);
        rt::json::put(&mut obj, "ratio", &self.ratio);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tags(v));
        }
        rt::json::put(&mut obj, "payload", &self.payload);
        rt::json::put(&mut obj, "enabled", &self.enabled);
        JsonValue::Object(obj)
    }
}
impl FromJson for CheckInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_name = rt::json::get_with(obj, "name", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(8));
            cx.pattern(p, &x, &crate::json::PATTERN_0);
            Ok(x)
        })?;
        let m_count = rt::json::get_with(obj, "count", path, cx, |v, p, cx| {
            let x = <i32>::from_json(v, p, cx)?;
            cx.range(p, f64::from(x), Some(1.0), Some(100.0));
            Ok(x)
        })?;
        let m_ratio = rt::json::get_with(obj, "ratio", path, cx, |v, p, cx| {
            let x = <f64>::from_json(v, p, cx)?;
            cx.range(p, x, Some(0.5), None);
            Ok(x)
        })?;
        let m_tags = rt::json::get_with(obj, "tags", path, cx, |v, p, cx| {
            let x = crate::json::de_tags(v, p, cx)?;
            cx.length(p, x.len(), None, Some(3));
            cx.unique(p, v);
            Ok(x)
        })?;
        let m_payload = rt::json::get_with(obj, "payload", path, cx, |v, p, cx| {
            let x = <Blob>::from_json(v, p, cx)?;
            cx.length(p, x.as_ref().len(), None, Some(16));
            Ok(x)
        })?;
        let m_enabled = rt::json::get(obj, "enabled", path, cx)?;
        Ok(Self {
            name: rt::json::required(m_name, &path.field("name"), cx),
            count: m_count,
            ratio: m_ratio,
            tags: m_tags,
            payload: m_payload,
            enabled: m_enabled.unwrap_or(true),
        })
    }
}
impl ToJson for CheckOutput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for CheckOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for ValidationException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("message".to_owned(), self.message.to_json());
        JsonValue::Object(obj)
    }
}
impl FromJson for ValidationException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self {
            message: rt::json::required(m_message, &path.field("message"), cx),
        })
    }
}
pub(crate) fn ser_tags(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_tags(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(2), Some(8));
        cx.pattern(p, &x, &crate::json::PATTERN_0);
        Ok(x)
    })
}
pub(crate) static PATTERN_0: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::compiled("^[a-z]+$", "^[a-z]+$", PatternEngine::Linear));
