// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for ListThingsInput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        JsonValue::Object(obj)
    }
}
impl ToJson for ListThingsInputBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        JsonValue::Object(obj)
    }
}
impl FromJson for ListThingsInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_next_token = rt::json::get(obj, "nextToken", path, cx)?;
        let m_max_results = rt::json::get_with(obj, "maxResults", path, cx, |v, p, cx| {
            let x = <i32>::from_json(v, p, cx)?;
            cx.range(p, f64::from(x), Some(1.0), Some(100.0));
            Ok(x)
        })?;
        Ok(Self {
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}
impl ToJson for ListThingsOutput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("things".to_owned(), crate::json::ser_things(&self.things));
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        JsonValue::Object(obj)
    }
}
impl FromJson for ListThingsOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_things = rt::json::get_with(obj, "things", path, cx, crate::json::de_things)?;
        let m_next_token = rt::json::get(obj, "nextToken", path, cx)?;
        Ok(Self {
            things: rt::json::required(m_things, &path.field("things"), cx),
            next_token: m_next_token,
        })
    }
}
pub(crate) fn ser_things(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_things(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
