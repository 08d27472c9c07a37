// Generated from models/dynamodb-crc32.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for DescribeLimitsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for DescribeLimitsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DescribeLimitsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for DescribeLimitsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_max_read_capacity_units {
            out.serialize_entry("AccountMaxReadCapacityUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeLimitsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_max_read_capacity_units: rt::json::get(
                obj,
                "AccountMaxReadCapacityUnits",
                p,
                cx,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::Validate for DescribeLimitsInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DescribeLimitsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
