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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("bucket".to_owned(), self.bucket.to_json());
        obj.insert("key".to_owned(), self.key.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for DeleteObjectInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "bucket", &self.bucket);
        rt::json::put(&mut obj, "key", &self.key);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("bucket".to_owned(), self.bucket.to_json());
        obj.insert("key".to_owned(), self.key.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for GetObjectInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "bucket", &self.bucket);
        rt::json::put(&mut obj, "key", &self.key);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "storageClass", &self.storage_class);
        if let Some(v) = &self.metadata {
            obj.insert("metadata".to_owned(), crate::json::ser_metadata(v));
        }
        rt::json::put(&mut obj, "size", &self.size);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("bucket".to_owned(), self.bucket.to_json());
        rt::json::put(&mut obj, "prefix", &self.prefix);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::json::put(&mut obj, "maxKeys", &self.max_keys);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for ListObjectsInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "bucket", &self.bucket);
        rt::json::put(&mut obj, "prefix", &self.prefix);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::json::put(&mut obj, "maxKeys", &self.max_keys);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert(
            "objects".to_owned(),
            crate::json::ser_object_list(&self.objects),
        );
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::json::put(&mut obj, "key", &self.key);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("key".to_owned(), self.key.to_json());
        obj.insert("size".to_owned(), self.size.to_json());
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("bucket".to_owned(), self.bucket.to_json());
        obj.insert("key".to_owned(), self.key.to_json());
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::json::put(&mut obj, "storageClass", &self.storage_class);
        if let Some(v) = &self.metadata {
            obj.insert("metadata".to_owned(), crate::json::ser_metadata(v));
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for PutObjectInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "bucket", &self.bucket);
        rt::json::put(&mut obj, "key", &self.key);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::json::put(&mut obj, "storageClass", &self.storage_class);
        if let Some(v) = &self.metadata {
            obj.insert("metadata".to_owned(), crate::json::ser_metadata(v));
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "etag", &self.etag);
        rt::json::put(&mut obj, "size", &self.size);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("message".to_owned(), self.message.to_json());
        if let Some(v) = &self.field_list {
            obj.insert(
                "fieldList".to_owned(),
                crate::json::ser_validation_exception_field_list(v),
            );
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("path".to_owned(), self.path.to_json());
        obj.insert("message".to_owned(), self.message.to_json());
        rt::JsonValue::Object(obj)
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
pub(crate) fn ser_metadata(entries: &rt::BTreeMap<rt::String, rt::String>) -> rt::JsonValue {
    rt::json::map_to_json(entries, |x| x.to_json())
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
pub(crate) fn ser_object_list(items: &[ObjectSummary]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
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
pub(crate) fn ser_tag_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
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
pub(crate) fn ser_validation_exception_field_list(
    items: &[ValidationExceptionField],
) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
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
/// Runs as `^[a-z0-9][a-z0-9\-]*$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-z0-9][a-z0-9-]*$",
        "^[a-z0-9][a-z0-9\\-]*$",
        rt::PatternEngine::Lite,
    )
});
