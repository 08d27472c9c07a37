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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.names {
            out.serialize_entry("names", &crate::json::ser_names(v))?;
        }
        if let Some(v) = &self.sparse_names {
            out.serialize_entry("sparseNames", &crate::json::ser_sparse_names(v))?;
        }
        if let Some(v) = &self.counts {
            out.serialize_entry("counts", &crate::json::ser_counts(v))?;
        }
        if let Some(v) = &self.nested {
            out.serialize_entry("nested", &crate::json::ser_nested_list(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &crate::json::ser_times(v))?;
        }
        if let Some(v) = &self.choice {
            out.serialize_entry("choice", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret {
            out.serialize_entry("secret", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.doc {
            out.serialize_entry("doc", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for StoreInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.names {
            out.serialize_entry("names", &crate::json::ser_names(v))?;
        }
        if let Some(v) = &self.sparse_names {
            out.serialize_entry("sparseNames", &crate::json::ser_sparse_names(v))?;
        }
        if let Some(v) = &self.counts {
            out.serialize_entry("counts", &crate::json::ser_counts(v))?;
        }
        if let Some(v) = &self.nested {
            out.serialize_entry("nested", &crate::json::ser_nested_list(v))?;
        }
        if let Some(v) = &self.when {
            out.serialize_entry("when", &crate::json::ser_times(v))?;
        }
        if let Some(v) = &self.choice {
            out.serialize_entry("choice", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret {
            out.serialize_entry("secret", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.doc {
            out.serialize_entry("doc", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Text(x) => out.serialize_entry("text", &rt::json::Json(x))?,
            Self::Number(x) => out.serialize_entry("number", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
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
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_counts<'a>(&'a rt::BTreeMap<rt::String, i64>);
impl rt::serde::Serialize for ser_counts<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_names<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_names<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_nested_list<'a>(&'a [rt::Vec<rt::String>]);
impl rt::serde::Serialize for ser_nested_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&crate::json::ser_names(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_sparse_names<'a>(&'a [rt::Option<rt::String>]);
impl rt::serde::Serialize for ser_sparse_names<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            match x {
                Some(x) => out.serialize_element(&rt::json::Json(x))?,
                None => out.serialize_element(&rt::json::Null)?,
            }
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_times<'a>(&'a [rt::DateTime]);
impl rt::serde::Serialize for ser_times<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Ts(x, rt::TimestampFormat::DateTime))?;
        }
        out.end()
    }
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
impl rt::Validate for StoreInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.counts {
            let p = &path.field("counts");
            crate::json::val_counts(x, p, cx)?;
        }
        if let Some(x) = &self.choice {
            let p = &path.field("choice");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for StoreInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for Choice {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match self {
            Self::Text(_) => {}
            Self::Number(x) => {
                let p = &path.field("number");
                cx.range(p, f64::from(*x), Some(0.0), None);
            }
            Self::Unknown(name) => {
                return Err(
                    rt::DeError::at(
                        path,
                        format_args!(
                            "`{name}` is a union member this version of the model does not know, so it cannot be sent"
                        ),
                    ),
                );
            }
        }
        Ok(())
    }
}
fn val_counts(
    entries: &rt::BTreeMap<rt::String, i64>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for k in entries.keys() {
        cx.pattern(path, k.as_str(), &crate::json::PATTERN_0);
    }
    Ok(())
}
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^k", "^k", rt::PatternEngine::Lite));
