// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for Broken {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("message".to_owned(), self.message.to_json());
        JsonValue::Object(obj)
    }
}
impl FromJson for Broken {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self {
            message: rt::json::required(m_message, &path.field("message"), cx),
        })
    }
}
impl ToJson for FetchInput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl ToJson for FetchInputBuilder {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for FetchInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for FetchOutput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for FetchOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for NotFound {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "Message", &self.message);
        rt::json::put(&mut obj, "resource", &self.resource);
        JsonValue::Object(obj)
    }
}
impl FromJson for NotFound {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "Message", path, cx)?;
        let m_resource = rt::json::get(obj, "resource", path, cx)?;
        Ok(Self {
            message: m_message,
            resource: m_resource,
        })
    }
}
impl ToJson for Teapot {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for Teapot {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for ThrottlingException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for ThrottlingException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
