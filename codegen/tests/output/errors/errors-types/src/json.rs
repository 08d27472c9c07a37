// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for Broken {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("message", &rt::json::Json(&self.message))?;
        out.end()
    }
}
impl rt::FromJson for Broken {
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
impl rt::ToJson for FetchInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for FetchInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for FetchInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for FetchOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for FetchOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for NotFound {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource {
            out.serialize_entry("resource", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for NotFound {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            resource: rt::json::get(obj, "resource", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Teapot {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for Teapot {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ThrottlingException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ThrottlingException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::Validate for FetchInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for FetchInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
