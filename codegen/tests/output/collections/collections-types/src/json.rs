// Generated from models/collections.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for StoreInput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
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
        JsonValue::Object(obj)
    }
}
impl ToJson for StoreInputBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
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
        JsonValue::Object(obj)
    }
}
impl FromJson for StoreInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_names = rt::json::get_with(obj, "names", path, cx, crate::json::de_names)?;
        let m_sparse_names =
            rt::json::get_with(obj, "sparseNames", path, cx, crate::json::de_sparse_names)?;
        let m_counts = rt::json::get_with(obj, "counts", path, cx, crate::json::de_counts)?;
        let m_nested = rt::json::get_with(obj, "nested", path, cx, crate::json::de_nested_list)?;
        let m_when = rt::json::get_with(obj, "when", path, cx, crate::json::de_times)?;
        let m_choice = rt::json::get(obj, "choice", path, cx)?;
        let m_secret = rt::json::get(obj, "secret", path, cx)?;
        let m_doc = rt::json::get(obj, "doc", path, cx)?;
        Ok(Self {
            names: m_names,
            sparse_names: m_sparse_names,
            counts: m_counts,
            nested: m_nested,
            when: m_when,
            choice: m_choice,
            secret: m_secret,
            doc: m_doc,
        })
    }
}
impl ToJson for Choice {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        match self {
            Self::Text(x) => {
                obj.insert("text".to_owned(), x.to_json());
            }
            Self::Number(x) => {
                obj.insert("number".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for Choice {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "text" => {
                let x = <String>::from_json(v, &p, cx)?;
                Self::Text(x)
            }
            "number" => {
                let x = <i32>::from_json(v, &p, cx)?;
                cx.range(&p, f64::from(x), Some(0.0), None);
                Self::Number(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl Fallback for Choice {
    fn fallback() -> Self {
        Self::Unknown(String::new())
    }
}
pub(crate) fn ser_counts(entries: &BTreeMap<String, i64>) -> JsonValue {
    rt::json::map_to_json(entries, |x| x.to_json())
}
pub(crate) fn de_counts(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<BTreeMap<String, i64>, DeError> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.pattern(p, k, &crate::json::PATTERN_0);
        let x = <i64>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_names(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_names(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_nested_list(items: &[Vec<String>]) -> JsonValue {
    rt::json::list_to_json(items, |x| crate::json::ser_names(x))
}
pub(crate) fn de_nested_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<Vec<String>>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = crate::json::de_names(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_sparse_names(items: &[Option<String>]) -> JsonValue {
    rt::json::sparse_list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_sparse_names(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<Option<String>>, DeError> {
    rt::json::sparse_list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_times(items: &[DateTime]) -> JsonValue {
    rt::json::list_to_json(items, |x| {
        rt::json::timestamp_to_json(x, TimestampFormat::DateTime)
    })
}
pub(crate) fn de_times(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<DateTime>, DeError> {
    rt::json::list(v, path, cx, |v, p, _cx| {
        let x = rt::json::timestamp_from_json(v, p, TimestampFormat::DateTime)?;
        Ok(x)
    })
}
pub(crate) static PATTERN_0: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::compiled("^k", "^k", PatternEngine::Linear));
