// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for DeleteObjectInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("bucket", &rt::json::Json(&self.bucket))?;
        out.serialize_entry("key", &rt::json::Json(&self.key))?;
        out.end()
    }
}
impl rt::ToJson for DeleteObjectInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("key", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteObjectInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get_with(obj, "bucket", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(3), Some(63));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("bucket"),
                cx,
            ),
            key: rt::json::required(
                rt::json::get_with(obj, "key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("key"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetObjectInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("bucket", &rt::json::Json(&self.bucket))?;
        out.serialize_entry("key", &rt::json::Json(&self.key))?;
        out.end()
    }
}
impl rt::ToJson for GetObjectInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("key", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetObjectInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get_with(obj, "bucket", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(3), Some(63));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("bucket"),
                cx,
            ),
            key: rt::json::required(
                rt::json::get_with(obj, "key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("key"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.storage_class {
            out.serialize_entry("storageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.size {
            out.serialize_entry("size", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            storage_class: rt::json::get(obj, "storageClass", p, cx)?,
            metadata: rt::json::get_with(obj, "metadata", p, cx, crate::json::de_metadata)?,
            size: rt::json::get(obj, "size", p, cx)?,
            body: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListObjectsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.prefix {
            out.serialize_entry("prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.max_keys {
            out.serialize_entry("maxKeys", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListObjectsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.max_keys {
            out.serialize_entry("maxKeys", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListObjectsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get_with(obj, "bucket", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(3), Some(63));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("bucket"),
                cx,
            ),
            prefix: rt::json::get(obj, "prefix", p, cx)?,
            tags: rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_list)?,
            max_keys: rt::json::get_with(obj, "maxKeys", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ListObjectsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("objects", &crate::json::ser_object_list(&self.objects))?;
        out.end()
    }
}
impl rt::FromJson for ListObjectsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            objects: rt::json::required(
                rt::json::get_with(obj, "objects", p, cx, crate::json::de_object_list)?,
                &p.field("objects"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for NoSuchKey {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("key", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for NoSuchKey {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            key: rt::json::get_with(obj, "key", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ObjectSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("key", &rt::json::Json(&self.key))?;
        out.serialize_entry("size", &rt::json::Json(&self.size))?;
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ObjectSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::required(
                rt::json::get_with(obj, "key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("key"),
                cx,
            ),
            size: rt::json::required(rt::json::get(obj, "size", p, cx)?, &p.field("size"), cx),
            tags: rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_list)?,
        })
    }
}
impl rt::ToJson for PutObjectInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("bucket", &rt::json::Json(&self.bucket))?;
        out.serialize_entry("key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("storageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("metadata", &crate::json::ser_metadata(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PutObjectInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("storageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("metadata", &crate::json::ser_metadata(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutObjectInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get_with(obj, "bucket", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(3), Some(63));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("bucket"),
                cx,
            ),
            key: rt::json::required(
                rt::json::get_with(obj, "key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("key"),
                cx,
            ),
            tags: rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_list)?,
            storage_class: rt::json::get(obj, "storageClass", p, cx)?,
            metadata: rt::json::get_with(obj, "metadata", p, cx, crate::json::de_metadata)?,
            body: rt::Default::default(),
        })
    }
}
impl rt::ToJson for PutObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.etag {
            out.serialize_entry("etag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.size {
            out.serialize_entry("size", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            etag: rt::json::get(obj, "etag", p, cx)?,
            size: rt::json::get(obj, "size", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ValidationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("message", &rt::json::Json(&self.message))?;
        if let Some(v) = &self.field_list {
            out.serialize_entry(
                "fieldList",
                &crate::json::ser_validation_exception_field_list(v),
            )?;
        }
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
            field_list: rt::json::get_with(
                obj,
                "fieldList",
                p,
                cx,
                crate::json::de_validation_exception_field_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ValidationExceptionField {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("path", &rt::json::Json(&self.path))?;
        out.serialize_entry("message", &rt::json::Json(&self.message))?;
        out.end()
    }
}
impl rt::FromJson for ValidationExceptionField {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            path: rt::json::required(rt::json::get(obj, "path", p, cx)?, &p.field("path"), cx),
            message: rt::json::required(
                rt::json::get(obj, "message", p, cx)?,
                &p.field("message"),
                cx,
            ),
        })
    }
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_metadata<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_metadata<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_metadata(
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
struct ser_object_list<'a>(&'a [ObjectSummary]);
impl rt::serde::Serialize for ser_object_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_object_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ObjectSummary>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ObjectSummary>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_tag_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_tag_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(64));
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_validation_exception_field_list<'a>(&'a [ValidationExceptionField]);
impl rt::serde::Serialize for ser_validation_exception_field_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_validation_exception_field_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ValidationExceptionField>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ValidationExceptionField>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for DeleteObjectInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.bucket {
            Some(x) => {
                let p = &path.field("bucket");
                cx.length(p, x.chars().count(), Some(3), Some(63));
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("bucket")),
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("key");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("key")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteObjectInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "key" => self.key.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for GetObjectInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.bucket {
            Some(x) => {
                let p = &path.field("bucket");
                cx.length(p, x.chars().count(), Some(3), Some(63));
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("bucket")),
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("key");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("key")),
        }
        Ok(())
    }
}
impl rt::json::Input for GetObjectInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "key" => self.key.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for ListObjectsInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.bucket {
            Some(x) => {
                let p = &path.field("bucket");
                cx.length(p, x.chars().count(), Some(3), Some(63));
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("bucket")),
        }
        if let Some(x) = &self.tags {
            let p = &path.field("tags");
            crate::json::val_tag_list(x, p, cx)?;
        }
        if let Some(x) = &self.max_keys {
            let p = &path.field("maxKeys");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for ListObjectsInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "prefix" => self.prefix.as_ref().map(|v| v.to_json()),
            "tags" => self
                .tags
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_tag_list(v))),
            "maxKeys" => self.max_keys.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for PutObjectInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.bucket {
            Some(x) => {
                let p = &path.field("bucket");
                cx.length(p, x.chars().count(), Some(3), Some(63));
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("bucket")),
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("key");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("key")),
        }
        if let Some(x) = &self.tags {
            let p = &path.field("tags");
            crate::json::val_tag_list(x, p, cx)?;
        }
        if let Some(x) = &self.storage_class {
            let p = &path.field("storageClass");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for PutObjectInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "key" => self.key.as_ref().map(|v| v.to_json()),
            "tags" => self
                .tags
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_tag_list(v))),
            "storageClass" => self.storage_class.as_ref().map(|v| v.to_json()),
            "metadata" => self
                .metadata
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_metadata(v))),
            _ => None,
        }
    }
}
fn val_tag_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(1), Some(64));
    }
    Ok(())
}
/// Runs as `^[a-z0-9][a-z0-9\-]*$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-z0-9][a-z0-9-]*$",
        "^[a-z0-9][a-z0-9\\-]*$",
        rt::PatternEngine::Lite,
    )
});
