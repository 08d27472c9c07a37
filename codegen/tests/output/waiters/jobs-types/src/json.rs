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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("JobId", &rt::json::Json(&self.job_id))?;
        out.end()
    }
}
impl rt::ToJson for GetJobInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.job_id {
            out.serialize_entry("JobId", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.status {
            out.serialize_entry("Status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.steps {
            out.serialize_entry("Steps", &crate::json::ser_steps(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.tag {
            out.serialize_entry("Tag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("Status", &rt::json::Json(v))?;
        }
        out.end()
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_steps<'a>(&'a [Step]);
impl rt::serde::Serialize for ser_steps<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
impl rt::Validate for GetJobInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.job_id.is_none() {
            cx.missing(&path.field("JobId"));
        }
        Ok(())
    }
}
impl rt::json::Input for GetJobInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
