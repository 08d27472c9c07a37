// Generated from models/documentation.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for ExplainInput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "topic", &self.topic);
        rt::json::put(&mut obj, "old", &self.old);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for ExplainInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "topic", &self.topic);
        rt::json::put(&mut obj, "old", &self.old);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ExplainInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            topic: rt::json::get(obj, "topic", p, cx)?,
            old: rt::json::get(obj, "old", p, cx)?,
        })
    }
}
impl rt::ToJson for ExplainOutput {
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::FromJson for ExplainOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
