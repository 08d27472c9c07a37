// Generated from models/enums.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for PaintInput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("color".to_owned(), self.color.to_json());
        rt::json::put(&mut obj, "level", &self.level);
        rt::json::put(&mut obj, "legacy", &self.legacy);
        JsonValue::Object(obj)
    }
}
impl ToJson for PaintInputBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "color", &self.color);
        rt::json::put(&mut obj, "level", &self.level);
        rt::json::put(&mut obj, "legacy", &self.legacy);
        JsonValue::Object(obj)
    }
}
impl FromJson for PaintInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_color = rt::json::get(obj, "color", path, cx)?;
        let m_level = rt::json::get(obj, "level", path, cx)?;
        let m_legacy = rt::json::get(obj, "legacy", path, cx)?;
        Ok(Self {
            color: rt::json::required(m_color, &path.field("color"), cx),
            level: m_level,
            legacy: m_legacy,
        })
    }
}
