// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for ResultShape {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "type", &self.r#type);
        rt::json::put(&mut obj, "self", &self.self_);
        rt::json::put(&mut obj, "async", &self.r#async);
        rt::json::put(&mut obj, "isActive", &self.is_active);
        rt::json::put(&mut obj, "ECRRepositoryArn", &self.ecr_repository_arn);
        rt::json::put(&mut obj, "path", &self.path);
        rt::json::put(&mut obj, "cx", &self.cx);
        JsonValue::Object(obj)
    }
}
impl ToJson for ResultShapeBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "type", &self.r#type);
        rt::json::put(&mut obj, "self", &self.self_);
        rt::json::put(&mut obj, "async", &self.r#async);
        rt::json::put(&mut obj, "isActive", &self.is_active);
        rt::json::put(&mut obj, "ECRRepositoryArn", &self.ecr_repository_arn);
        rt::json::put(&mut obj, "path", &self.path);
        rt::json::put(&mut obj, "cx", &self.cx);
        JsonValue::Object(obj)
    }
}
impl FromJson for ResultShape {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_type = rt::json::get(obj, "type", path, cx)?;
        let m_self_ = rt::json::get(obj, "self", path, cx)?;
        let m_async = rt::json::get(obj, "async", path, cx)?;
        let m_is_active = rt::json::get(obj, "isActive", path, cx)?;
        let m_ecr_repository_arn = rt::json::get(obj, "ECRRepositoryArn", path, cx)?;
        let m_path = rt::json::get(obj, "path", path, cx)?;
        let m_cx = rt::json::get(obj, "cx", path, cx)?;
        Ok(Self {
            r#type: m_type,
            self_: m_self_,
            r#async: m_async,
            is_active: m_is_active,
            ecr_repository_arn: m_ecr_repository_arn,
            path: m_path,
            cx: m_cx,
        })
    }
}
impl ToJson for StringShape {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "Option", &self.option);
        JsonValue::Object(obj)
    }
}
impl FromJson for StringShape {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_option = rt::json::get(obj, "Option", path, cx)?;
        Ok(Self { option: m_option })
    }
}
