// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for ListLabelsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListLabelsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListLabelsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
        })
    }
}
impl rt::ToJson for ListLabelsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.labels {
            out.serialize_entry("Labels", &crate::json::ser_labels(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListLabelsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            labels: rt::json::get_with(obj, "Labels", p, cx, crate::json::de_labels)?,
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListShelvesInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.marker {
            out.serialize_entry("marker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_items {
            out.serialize_entry("maxItems", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListShelvesInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.marker {
            out.serialize_entry("marker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_items {
            out.serialize_entry("maxItems", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListShelvesInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            marker: rt::json::get(obj, "marker", p, cx)?,
            max_items: rt::json::get(obj, "maxItems", p, cx)?,
        })
    }
}
impl rt::ToJson for ListShelvesOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("shelfList", &rt::json::Json(&self.shelf_list))?;
        out.end()
    }
}
impl rt::FromJson for ListShelvesOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            shelf_list: rt::json::required(
                rt::json::get(obj, "shelfList", p, cx)?,
                &p.field("shelfList"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListThingsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListThingsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListThingsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(100.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ListThingsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("things", &crate::json::ser_things(&self.things))?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListThingsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            things: rt::json::required(
                rt::json::get_with(obj, "things", p, cx, crate::json::de_things)?,
                &p.field("things"),
                cx,
            ),
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ScanThingsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.exclusive_start_key {
            out.serialize_entry("exclusiveStartKey", &crate::json::ser_key(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ScanThingsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.exclusive_start_key {
            out.serialize_entry("exclusiveStartKey", &crate::json::ser_key(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ScanThingsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            exclusive_start_key: rt::json::get_with(
                obj,
                "exclusiveStartKey",
                p,
                cx,
                crate::json::de_key,
            )?,
        })
    }
}
impl rt::ToJson for ScanThingsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.things {
            out.serialize_entry("things", &crate::json::ser_things(v))?;
        }
        if let Some(v) = &self.last_evaluated_key {
            out.serialize_entry("lastEvaluatedKey", &crate::json::ser_key(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ScanThingsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            things: rt::json::get_with(obj, "things", p, cx, crate::json::de_things)?,
            last_evaluated_key: rt::json::get_with(
                obj,
                "lastEvaluatedKey",
                p,
                cx,
                crate::json::de_key,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ShelfList {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("marker", &rt::json::Json(&self.marker))?;
        if let Some(v) = &self.next_marker {
            out.serialize_entry("nextMarker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.items {
            out.serialize_entry("items", &crate::json::ser_things(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ShelfList {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            marker: rt::json::required(
                rt::json::get(obj, "marker", p, cx)?,
                &p.field("marker"),
                cx,
            ),
            next_marker: rt::json::get(obj, "nextMarker", p, cx)?,
            items: rt::json::get_with(obj, "items", p, cx, crate::json::de_things)?,
        })
    }
}
impl rt::Fallback for ShelfList {
    fn fallback() -> Self {
        Self {
            marker: rt::Fallback::fallback(),
            next_marker: None,
            items: None,
        }
    }
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_key<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_key<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_key(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_labels<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_labels<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_labels(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_things<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_things<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_things(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for ListLabelsInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ListLabelsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListShelvesInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ListShelvesInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListThingsInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(100.0));
        }
        Ok(())
    }
}
impl rt::json::Input for ListThingsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ScanThingsInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ScanThingsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
