// Generated from models/documentation.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for ExplainInput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "topic", &self.topic);
        rt::json::put(&mut obj, "old", &self.old);
        JsonValue::Object(obj)
    }
}
impl ToJson for ExplainInputBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "topic", &self.topic);
        rt::json::put(&mut obj, "old", &self.old);
        JsonValue::Object(obj)
    }
}
impl FromJson for ExplainInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_topic = rt::json::get(obj, "topic", path, cx)?;
        let m_old = rt::json::get(obj, "old", path, cx)?;
        Ok(Self {
            topic: m_topic,
            old: m_old,
        })
    }
}
impl ToJson for ExplainOutput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for ExplainOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
