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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("color", &rt::json::Json(&self.color))?;
        if let Some(v) = &self.level {
            out.serialize_entry("level", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.legacy {
            out.serialize_entry("legacy", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PaintInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.color {
            out.serialize_entry("color", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.level {
            out.serialize_entry("level", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.legacy {
            out.serialize_entry("legacy", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::Validate for PaintInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.color {
            Some(x) => {
                let p = &path.field("color");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("color")),
        }
        if let Some(x) = &self.level {
            let p = &path.field("level");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.legacy {
            let p = &path.field("legacy");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for PaintInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
