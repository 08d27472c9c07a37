// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for DescribeEndpointsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.operation {
            out.serialize_entry("Operation", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.identifiers {
            out.serialize_entry("Identifiers", &crate::json::ser_identifiers(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeEndpointsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.operation {
            out.serialize_entry("Operation", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.identifiers {
            out.serialize_entry("Identifiers", &crate::json::ser_identifiers(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeEndpointsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            operation: rt::json::get(obj, "Operation", p, cx)?,
            identifiers: rt::json::get_with(
                obj,
                "Identifiers",
                p,
                cx,
                crate::json::de_identifiers,
            )?,
        })
    }
}
impl rt::ToJson for DescribeEndpointsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Endpoints", &crate::json::ser_endpoints(&self.endpoints))?;
        out.end()
    }
}
impl rt::FromJson for DescribeEndpointsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            endpoints: rt::json::required(
                rt::json::get_with(obj, "Endpoints", p, cx, crate::json::de_endpoints)?,
                &p.field("Endpoints"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeTableInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        out.end()
    }
}
impl rt::ToJson for DescribeTableInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeTableInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            table_name: rt::json::required(
                rt::json::get(obj, "TableName", p, cx)?,
                &p.field("TableName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for Endpoint {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Address", &rt::json::Json(&self.address))?;
        out.serialize_entry(
            "CachePeriodInMinutes",
            &rt::json::Json(&self.cache_period_in_minutes),
        )?;
        out.end()
    }
}
impl rt::FromJson for Endpoint {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            address: rt::json::required(
                rt::json::get(obj, "Address", p, cx)?,
                &p.field("Address"),
                cx,
            ),
            cache_period_in_minutes: rt::json::get(obj, "CachePeriodInMinutes", p, cx)?
                .unwrap_or_default(),
        })
    }
}
impl rt::ToJson for GetItemInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetItemInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetItemInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::get(obj, "Key", p, cx)?,
        })
    }
}
impl rt::ToJson for InvalidEndpointException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidEndpointException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListTablesInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for ListTablesInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for ListTablesInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for Served {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.served_by {
            out.serialize_entry("ServedBy", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Served {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            served_by: rt::json::get(obj, "ServedBy", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_endpoints<'a>(&'a [Endpoint]);
impl rt::serde::Serialize for ser_endpoints<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_endpoints(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Endpoint>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Endpoint>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_identifiers<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_identifiers<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_identifiers(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for DescribeEndpointsInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DescribeEndpointsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeTableInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.table_name.is_none() {
            cx.missing(&path.field("TableName"));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeTableInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for GetItemInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for GetItemInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListTablesInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ListTablesInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
