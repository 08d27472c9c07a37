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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.topic {
            out.serialize_entry("topic", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.old {
            out.serialize_entry("old", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ExplainInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.topic {
            out.serialize_entry("topic", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.old {
            out.serialize_entry("old", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
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
impl rt::Validate for ExplainInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ExplainInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
