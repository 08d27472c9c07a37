// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for CheckInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("name", &rt::json::Json(&self.name))?;
        if let Some(v) = &self.count {
            out.serialize_entry("count", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ratio {
            out.serialize_entry("ratio", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tags(v))?;
        }
        if let Some(v) = &self.payload {
            out.serialize_entry("payload", &rt::json::Json(v))?;
        }
        out.serialize_entry("enabled", &rt::json::Json(&self.enabled))?;
        out.end()
    }
}
impl rt::ToJson for CheckInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.count {
            out.serialize_entry("count", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ratio {
            out.serialize_entry("ratio", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tags(v))?;
        }
        if let Some(v) = &self.payload {
            out.serialize_entry("payload", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.enabled {
            out.serialize_entry("enabled", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CheckInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::required(
                rt::json::get_with(obj, "name", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(8));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("name"),
                cx,
            ),
            count: rt::json::get_with(obj, "count", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(100.0));
                Ok(x)
            })?,
            ratio: rt::json::get_with(obj, "ratio", p, cx, |v, p, cx| {
                let x = <f64>::from_json(v, p, cx)?;
                cx.range(p, x, Some(0.5), None);
                Ok(x)
            })?,
            tags: rt::json::get_with(obj, "tags", p, cx, |v, p, cx| {
                let x = crate::json::de_tags(v, p, cx)?;
                cx.length(p, x.len(), None, Some(3));
                cx.unique(p, v);
                Ok(x)
            })?,
            payload: rt::json::get_with(obj, "payload", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), None, Some(16));
                Ok(x)
            })?,
            enabled: rt::json::get(obj, "enabled", p, cx)?.unwrap_or(true),
        })
    }
}
impl rt::ToJson for CheckOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for CheckOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ValidationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("message", &rt::json::Json(&self.message))?;
        out.end()
    }
}
impl rt::FromJson for ValidationException {
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tags<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_tags<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_tags(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(2), Some(8));
        cx.pattern(p, &x, &crate::json::PATTERN_0);
        Ok(x)
    })
}
impl rt::Validate for CheckInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.name {
            Some(x) => {
                let p = &path.field("name");
                cx.length(p, x.chars().count(), Some(2), Some(8));
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("name")),
        }
        if let Some(x) = &self.count {
            let p = &path.field("count");
            cx.range(p, f64::from(*x), Some(1.0), Some(100.0));
        }
        if let Some(x) = &self.ratio {
            let p = &path.field("ratio");
            cx.range(p, *x, Some(0.5), None);
        }
        if let Some(x) = &self.tags {
            let p = &path.field("tags");
            cx.length(p, x.len(), None, Some(3));
            cx.unique(p, &rt::json::to_value(&crate::json::ser_tags(x)));
            crate::json::val_tags(x, p, cx)?;
        }
        if let Some(x) = &self.payload {
            let p = &path.field("payload");
            cx.length(p, x.as_ref().len(), None, Some(16));
        }
        Ok(())
    }
}
impl rt::json::Input for CheckInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
fn val_tags(items: &[rt::String], path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(2), Some(8));
        cx.pattern(p, x, &crate::json::PATTERN_0);
    }
    Ok(())
}
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^[a-z]+$", "^[a-z]+$", rt::PatternEngine::Lite));
