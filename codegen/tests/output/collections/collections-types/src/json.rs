// Generated from models/collections.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for StoreInput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.names {
            obj.insert("names".to_owned(), crate::json::ser_names(v));
        }
        if let Some(v) = &self.sparse_names {
            obj.insert("sparseNames".to_owned(), crate::json::ser_sparse_names(v));
        }
        if let Some(v) = &self.counts {
            obj.insert("counts".to_owned(), crate::json::ser_counts(v));
        }
        if let Some(v) = &self.nested {
            obj.insert("nested".to_owned(), crate::json::ser_nested_list(v));
        }
        if let Some(v) = &self.when {
            obj.insert("when".to_owned(), crate::json::ser_times(v));
        }
        rt::json::put(&mut obj, "choice", &self.choice);
        rt::json::put(&mut obj, "secret", &self.secret);
        rt::json::put(&mut obj, "doc", &self.doc);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for StoreInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.names {
            obj.insert("names".to_owned(), crate::json::ser_names(v));
        }
        if let Some(v) = &self.sparse_names {
            obj.insert("sparseNames".to_owned(), crate::json::ser_sparse_names(v));
        }
        if let Some(v) = &self.counts {
            obj.insert("counts".to_owned(), crate::json::ser_counts(v));
        }
        if let Some(v) = &self.nested {
            obj.insert("nested".to_owned(), crate::json::ser_nested_list(v));
        }
        if let Some(v) = &self.when {
            obj.insert("when".to_owned(), crate::json::ser_times(v));
        }
        rt::json::put(&mut obj, "choice", &self.choice);
        rt::json::put(&mut obj, "secret", &self.secret);
        rt::json::put(&mut obj, "doc", &self.doc);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for StoreInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            names: rt::json::get_with(obj, "names", p, cx, crate::json::de_names)?,
            sparse_names: rt::json::get_with(
                obj,
                "sparseNames",
                p,
                cx,
                crate::json::de_sparse_names,
            )?,
            counts: rt::json::get_with(obj, "counts", p, cx, crate::json::de_counts)?,
            nested: rt::json::get_with(obj, "nested", p, cx, crate::json::de_nested_list)?,
            when: rt::json::get_with(obj, "when", p, cx, crate::json::de_times)?,
            choice: rt::json::get(obj, "choice", p, cx)?,
            secret: rt::json::get(obj, "secret", p, cx)?,
            doc: rt::json::get(obj, "doc", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Choice {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for Choice {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "text" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for Choice {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
pub(crate) fn ser_counts(entries: &rt::BTreeMap<rt::String, i64>) -> rt::JsonValue {
    rt::json::map_to_json(entries, |x| x.to_json())
}
pub(crate) fn de_counts(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, i64>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.pattern(path, k, &crate::json::PATTERN_0);
        let x = <i64>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_names(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_names(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_nested_list(items: &[rt::Vec<rt::String>]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| crate::json::ser_names(x))
}
pub(crate) fn de_nested_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::Vec<rt::String>>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = crate::json::de_names(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_sparse_names(items: &[rt::Option<rt::String>]) -> rt::JsonValue {
    rt::json::sparse_list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_sparse_names(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::Option<rt::String>>> {
    rt::json::sparse_list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_times(items: &[rt::DateTime]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| {
        rt::json::timestamp_to_json(x, rt::TimestampFormat::DateTime)
    })
}
pub(crate) fn de_times(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::DateTime>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)?;
        Ok(x)
    })
}
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^k", "^k", rt::PatternEngine::Lite));
