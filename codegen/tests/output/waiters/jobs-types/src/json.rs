// Generated from models/waiters.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for GetJobInput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("JobId".to_owned(), self.job_id.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for GetJobInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "JobId", &self.job_id);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for GetJobInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            job_id: rt::json::required(rt::json::get(obj, "JobId", p, cx)?, &p.field("JobId"), cx),
        })
    }
}
impl rt::ToJson for GetJobOutput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "Status", &self.status);
        if let Some(v) = &self.steps {
            obj.insert("Steps".to_owned(), crate::json::ser_steps(v));
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for GetJobOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            status: rt::json::get(obj, "Status", p, cx)?,
            steps: rt::json::get_with(obj, "Steps", p, cx, crate::json::de_steps)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for JobNotFound {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for JobNotFound {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Step {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "Tag", &self.tag);
        rt::json::put(&mut obj, "Status", &self.status);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for Step {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            tag: rt::json::get(obj, "Tag", p, cx)?,
            status: rt::json::get(obj, "Status", p, cx)?,
        })
    }
}
pub(crate) fn ser_steps(items: &[Step]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_steps(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Step>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Step>::from_json(v, p, cx)?;
        Ok(x)
    })
}
