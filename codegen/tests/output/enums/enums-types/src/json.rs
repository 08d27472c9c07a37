// Generated from models/enums.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for PaintInput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("color".to_owned(), self.color.to_json());
        rt::json::put(&mut obj, "level", &self.level);
        rt::json::put(&mut obj, "legacy", &self.legacy);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for PaintInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "color", &self.color);
        rt::json::put(&mut obj, "level", &self.level);
        rt::json::put(&mut obj, "legacy", &self.legacy);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for PaintInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            color: rt::json::required(rt::json::get(obj, "color", p, cx)?, &p.field("color"), cx),
            level: rt::json::get(obj, "level", p, cx)?,
            legacy: rt::json::get(obj, "legacy", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
