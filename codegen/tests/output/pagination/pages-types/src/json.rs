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
impl rt::ToJson for ListThingsInput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for ListThingsInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("things".to_owned(), crate::json::ser_things(&self.things));
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::JsonValue::Object(obj)
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
pub(crate) fn ser_things(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
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
