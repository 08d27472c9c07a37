// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for CreateQueueRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_queue_attribute_map(v))?;
        }
        out.serialize_entry("QueueName", &rt::json::Json(&self.queue_name))?;
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_map(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateQueueRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_queue_attribute_map(v))?;
        }
        if let Some(v) = &self.queue_name {
            out.serialize_entry("QueueName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_map(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateQueueRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_queue_attribute_map,
            )?,
            queue_name: rt::json::required(
                rt::json::get(obj, "QueueName", p, cx)?,
                &p.field("QueueName"),
                cx,
            ),
            tags: rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_map)?,
        })
    }
}
impl rt::ToJson for CreateQueueResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateQueueResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            queue_url: rt::json::get(obj, "QueueUrl", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteMessageOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteMessageOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteMessageRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("QueueUrl", &rt::json::Json(&self.queue_url))?;
        out.serialize_entry("ReceiptHandle", &rt::json::Json(&self.receipt_handle))?;
        out.end()
    }
}
impl rt::ToJson for DeleteMessageRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.receipt_handle {
            out.serialize_entry("ReceiptHandle", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteMessageRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            queue_url: rt::json::required(
                rt::json::get(obj, "QueueUrl", p, cx)?,
                &p.field("QueueUrl"),
                cx,
            ),
            receipt_handle: rt::json::required(
                rt::json::get(obj, "ReceiptHandle", p, cx)?,
                &p.field("ReceiptHandle"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteQueueOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteQueueOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteQueueRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("QueueUrl", &rt::json::Json(&self.queue_url))?;
        out.end()
    }
}
impl rt::ToJson for DeleteQueueRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteQueueRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            queue_url: rt::json::required(
                rt::json::get(obj, "QueueUrl", p, cx)?,
                &p.field("QueueUrl"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetQueueAttributesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_names {
            out.serialize_entry("AttributeNames", &crate::json::ser_attribute_name_list(v))?;
        }
        out.serialize_entry("QueueUrl", &rt::json::Json(&self.queue_url))?;
        out.end()
    }
}
impl rt::ToJson for GetQueueAttributesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_names {
            out.serialize_entry("AttributeNames", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetQueueAttributesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_names: rt::json::get_with(
                obj,
                "AttributeNames",
                p,
                cx,
                crate::json::de_attribute_name_list,
            )?,
            queue_url: rt::json::required(
                rt::json::get(obj, "QueueUrl", p, cx)?,
                &p.field("QueueUrl"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetQueueAttributesResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_queue_attribute_map(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetQueueAttributesResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_queue_attribute_map,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetQueueUrlRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("QueueName", &rt::json::Json(&self.queue_name))?;
        if let Some(v) = &self.queue_owner_aws_account_id {
            out.serialize_entry("QueueOwnerAWSAccountId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetQueueUrlRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.queue_name {
            out.serialize_entry("QueueName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.queue_owner_aws_account_id {
            out.serialize_entry("QueueOwnerAWSAccountId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetQueueUrlRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            queue_name: rt::json::required(
                rt::json::get(obj, "QueueName", p, cx)?,
                &p.field("QueueName"),
                cx,
            ),
            queue_owner_aws_account_id: rt::json::get(obj, "QueueOwnerAWSAccountId", p, cx)?,
        })
    }
}
impl rt::ToJson for GetQueueUrlResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetQueueUrlResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            queue_url: rt::json::get(obj, "QueueUrl", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidAddress {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidAddress {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidAttributeName {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidAttributeName {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidAttributeValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidAttributeValue {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidIdFormat {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for InvalidIdFormat {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidMessageContents {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidMessageContents {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidSecurity {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidSecurity {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsAccessDenied {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsAccessDenied {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsDisabled {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsDisabled {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsInvalidKeyUsage {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsInvalidKeyUsage {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsInvalidState {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsInvalidState {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsNotFound {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsNotFound {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsOptInRequired {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsOptInRequired {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsThrottled {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsThrottled {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListQueuesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.max_results {
            out.serialize_entry("MaxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.queue_name_prefix {
            out.serialize_entry("QueueNamePrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListQueuesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.max_results {
            out.serialize_entry("MaxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.queue_name_prefix {
            out.serialize_entry("QueueNamePrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListQueuesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            max_results: rt::json::get(obj, "MaxResults", p, cx)?,
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
            queue_name_prefix: rt::json::get(obj, "QueueNamePrefix", p, cx)?,
        })
    }
}
impl rt::ToJson for ListQueuesResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.queue_urls {
            out.serialize_entry("QueueUrls", &crate::json::ser_queue_url_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListQueuesResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
            queue_urls: rt::json::get_with(
                obj,
                "QueueUrls",
                p,
                cx,
                crate::json::de_queue_url_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Message {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry(
                "Attributes",
                &crate::json::ser_message_system_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.body {
            out.serialize_entry("Body", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.md5_of_body {
            out.serialize_entry("MD5OfBody", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.md5_of_message_attributes {
            out.serialize_entry("MD5OfMessageAttributes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_attributes {
            out.serialize_entry(
                "MessageAttributes",
                &crate::json::ser_message_body_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.message_id {
            out.serialize_entry("MessageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.receipt_handle {
            out.serialize_entry("ReceiptHandle", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Message {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_message_system_attribute_map,
            )?,
            body: rt::json::get(obj, "Body", p, cx)?,
            md5_of_body: rt::json::get(obj, "MD5OfBody", p, cx)?,
            md5_of_message_attributes: rt::json::get(obj, "MD5OfMessageAttributes", p, cx)?,
            message_attributes: rt::json::get_with(
                obj,
                "MessageAttributes",
                p,
                cx,
                crate::json::de_message_body_attribute_map,
            )?,
            message_id: rt::json::get(obj, "MessageId", p, cx)?,
            receipt_handle: rt::json::get(obj, "ReceiptHandle", p, cx)?,
        })
    }
}
impl rt::ToJson for MessageAttributeValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.binary_list_values {
            out.serialize_entry("BinaryListValues", &crate::json::ser_binary_list(v))?;
        }
        if let Some(v) = &self.binary_value {
            out.serialize_entry("BinaryValue", &rt::json::Json(v))?;
        }
        out.serialize_entry("DataType", &rt::json::Json(&self.data_type))?;
        if let Some(v) = &self.string_list_values {
            out.serialize_entry("StringListValues", &crate::json::ser_string_list(v))?;
        }
        if let Some(v) = &self.string_value {
            out.serialize_entry("StringValue", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MessageAttributeValue {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            binary_list_values: rt::json::get_with(
                obj,
                "BinaryListValues",
                p,
                cx,
                crate::json::de_binary_list,
            )?,
            binary_value: rt::json::get(obj, "BinaryValue", p, cx)?,
            data_type: rt::json::required(
                rt::json::get(obj, "DataType", p, cx)?,
                &p.field("DataType"),
                cx,
            ),
            string_list_values: rt::json::get_with(
                obj,
                "StringListValues",
                p,
                cx,
                crate::json::de_string_list,
            )?,
            string_value: rt::json::get(obj, "StringValue", p, cx)?,
        })
    }
}
impl rt::ToJson for MessageSystemAttributeValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.binary_list_values {
            out.serialize_entry("BinaryListValues", &crate::json::ser_binary_list(v))?;
        }
        if let Some(v) = &self.binary_value {
            out.serialize_entry("BinaryValue", &rt::json::Json(v))?;
        }
        out.serialize_entry("DataType", &rt::json::Json(&self.data_type))?;
        if let Some(v) = &self.string_list_values {
            out.serialize_entry("StringListValues", &crate::json::ser_string_list(v))?;
        }
        if let Some(v) = &self.string_value {
            out.serialize_entry("StringValue", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MessageSystemAttributeValue {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            binary_list_values: rt::json::get_with(
                obj,
                "BinaryListValues",
                p,
                cx,
                crate::json::de_binary_list,
            )?,
            binary_value: rt::json::get(obj, "BinaryValue", p, cx)?,
            data_type: rt::json::required(
                rt::json::get(obj, "DataType", p, cx)?,
                &p.field("DataType"),
                cx,
            ),
            string_list_values: rt::json::get_with(
                obj,
                "StringListValues",
                p,
                cx,
                crate::json::de_string_list,
            )?,
            string_value: rt::json::get(obj, "StringValue", p, cx)?,
        })
    }
}
impl rt::ToJson for OverLimit {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for OverLimit {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for QueueDeletedRecently {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for QueueDeletedRecently {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for QueueDoesNotExist {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for QueueDoesNotExist {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for QueueNameExists {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for QueueNameExists {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReceiptHandleIsInvalid {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReceiptHandleIsInvalid {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReceiveMessageRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_names {
            out.serialize_entry("AttributeNames", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.max_number_of_messages {
            out.serialize_entry("MaxNumberOfMessages", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_attribute_names {
            out.serialize_entry(
                "MessageAttributeNames",
                &crate::json::ser_message_attribute_name_list(v),
            )?;
        }
        if let Some(v) = &self.message_system_attribute_names {
            out.serialize_entry(
                "MessageSystemAttributeNames",
                &crate::json::ser_message_system_attribute_list(v),
            )?;
        }
        out.serialize_entry("QueueUrl", &rt::json::Json(&self.queue_url))?;
        if let Some(v) = &self.receive_request_attempt_id {
            out.serialize_entry("ReceiveRequestAttemptId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.visibility_timeout {
            out.serialize_entry("VisibilityTimeout", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.wait_time_seconds {
            out.serialize_entry("WaitTimeSeconds", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ReceiveMessageRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_names {
            out.serialize_entry("AttributeNames", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.max_number_of_messages {
            out.serialize_entry("MaxNumberOfMessages", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_attribute_names {
            out.serialize_entry(
                "MessageAttributeNames",
                &crate::json::ser_message_attribute_name_list(v),
            )?;
        }
        if let Some(v) = &self.message_system_attribute_names {
            out.serialize_entry(
                "MessageSystemAttributeNames",
                &crate::json::ser_message_system_attribute_list(v),
            )?;
        }
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.receive_request_attempt_id {
            out.serialize_entry("ReceiveRequestAttemptId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.visibility_timeout {
            out.serialize_entry("VisibilityTimeout", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.wait_time_seconds {
            out.serialize_entry("WaitTimeSeconds", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReceiveMessageRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_names: rt::json::get_with(
                obj,
                "AttributeNames",
                p,
                cx,
                crate::json::de_attribute_name_list,
            )?,
            max_number_of_messages: rt::json::get(obj, "MaxNumberOfMessages", p, cx)?,
            message_attribute_names: rt::json::get_with(
                obj,
                "MessageAttributeNames",
                p,
                cx,
                crate::json::de_message_attribute_name_list,
            )?,
            message_system_attribute_names: rt::json::get_with(
                obj,
                "MessageSystemAttributeNames",
                p,
                cx,
                crate::json::de_message_system_attribute_list,
            )?,
            queue_url: rt::json::required(
                rt::json::get(obj, "QueueUrl", p, cx)?,
                &p.field("QueueUrl"),
                cx,
            ),
            receive_request_attempt_id: rt::json::get(obj, "ReceiveRequestAttemptId", p, cx)?,
            visibility_timeout: rt::json::get(obj, "VisibilityTimeout", p, cx)?,
            wait_time_seconds: rt::json::get(obj, "WaitTimeSeconds", p, cx)?,
        })
    }
}
impl rt::ToJson for ReceiveMessageResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.messages {
            out.serialize_entry("Messages", &crate::json::ser_message_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReceiveMessageResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            messages: rt::json::get_with(obj, "Messages", p, cx, crate::json::de_message_list)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RequestThrottled {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RequestThrottled {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SendMessageRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.delay_seconds {
            out.serialize_entry("DelaySeconds", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_attributes {
            out.serialize_entry(
                "MessageAttributes",
                &crate::json::ser_message_body_attribute_map(v),
            )?;
        }
        out.serialize_entry("MessageBody", &rt::json::Json(&self.message_body))?;
        if let Some(v) = &self.message_deduplication_id {
            out.serialize_entry("MessageDeduplicationId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_group_id {
            out.serialize_entry("MessageGroupId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_system_attributes {
            out.serialize_entry(
                "MessageSystemAttributes",
                &crate::json::ser_message_body_system_attribute_map(v),
            )?;
        }
        out.serialize_entry("QueueUrl", &rt::json::Json(&self.queue_url))?;
        out.end()
    }
}
impl rt::ToJson for SendMessageRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.delay_seconds {
            out.serialize_entry("DelaySeconds", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_attributes {
            out.serialize_entry(
                "MessageAttributes",
                &crate::json::ser_message_body_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.message_body {
            out.serialize_entry("MessageBody", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_deduplication_id {
            out.serialize_entry("MessageDeduplicationId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_group_id {
            out.serialize_entry("MessageGroupId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_system_attributes {
            out.serialize_entry(
                "MessageSystemAttributes",
                &crate::json::ser_message_body_system_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.queue_url {
            out.serialize_entry("QueueUrl", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SendMessageRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            delay_seconds: rt::json::get(obj, "DelaySeconds", p, cx)?,
            message_attributes: rt::json::get_with(
                obj,
                "MessageAttributes",
                p,
                cx,
                crate::json::de_message_body_attribute_map,
            )?,
            message_body: rt::json::required(
                rt::json::get(obj, "MessageBody", p, cx)?,
                &p.field("MessageBody"),
                cx,
            ),
            message_deduplication_id: rt::json::get(obj, "MessageDeduplicationId", p, cx)?,
            message_group_id: rt::json::get(obj, "MessageGroupId", p, cx)?,
            message_system_attributes: rt::json::get_with(
                obj,
                "MessageSystemAttributes",
                p,
                cx,
                crate::json::de_message_body_system_attribute_map,
            )?,
            queue_url: rt::json::required(
                rt::json::get(obj, "QueueUrl", p, cx)?,
                &p.field("QueueUrl"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for SendMessageResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.md5_of_message_attributes {
            out.serialize_entry("MD5OfMessageAttributes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.md5_of_message_body {
            out.serialize_entry("MD5OfMessageBody", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.md5_of_message_system_attributes {
            out.serialize_entry("MD5OfMessageSystemAttributes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_id {
            out.serialize_entry("MessageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sequence_number {
            out.serialize_entry("SequenceNumber", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SendMessageResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            md5_of_message_attributes: rt::json::get(obj, "MD5OfMessageAttributes", p, cx)?,
            md5_of_message_body: rt::json::get(obj, "MD5OfMessageBody", p, cx)?,
            md5_of_message_system_attributes: rt::json::get(
                obj,
                "MD5OfMessageSystemAttributes",
                p,
                cx,
            )?,
            message_id: rt::json::get(obj, "MessageId", p, cx)?,
            sequence_number: rt::json::get(obj, "SequenceNumber", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnsupportedOperation {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnsupportedOperation {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_name_list<'a>(&'a [QueueAttributeName]);
impl rt::serde::Serialize for ser_attribute_name_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_name_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<QueueAttributeName>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <QueueAttributeName>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_binary_list<'a>(&'a [rt::Blob]);
impl rt::serde::Serialize for ser_binary_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_binary_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::Blob>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::Blob>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_attribute_name_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_message_attribute_name_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_attribute_name_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_body_attribute_map<'a>(&'a rt::BTreeMap<rt::String, MessageAttributeValue>);
impl rt::serde::Serialize for ser_message_body_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_body_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, MessageAttributeValue>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <MessageAttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_body_system_attribute_map<'a>(
    &'a rt::BTreeMap<rt::String, MessageSystemAttributeValue>,
);
impl rt::serde::Serialize for ser_message_body_system_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_body_system_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, MessageSystemAttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        if let MessageSystemAttributeNameForSends::Unknown(_) =
            MessageSystemAttributeNameForSends::from(k)
        {
            cx.enum_value(
                path,
                MessageSystemAttributeNameForSends::VALUES,
                MessageSystemAttributeNameForSends::INTERNAL,
            );
        }
        let x = <MessageSystemAttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_list<'a>(&'a [Message]);
impl rt::serde::Serialize for ser_message_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Message>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Message>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_system_attribute_list<'a>(&'a [MessageSystemAttributeName]);
impl rt::serde::Serialize for ser_message_system_attribute_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_system_attribute_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<MessageSystemAttributeName>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <MessageSystemAttributeName>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_system_attribute_map<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_message_system_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_system_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        if let MessageSystemAttributeName::Unknown(_) = MessageSystemAttributeName::from(k) {
            cx.enum_value(
                path,
                MessageSystemAttributeName::VALUES,
                MessageSystemAttributeName::INTERNAL,
            );
        }
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_queue_attribute_map<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_queue_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_queue_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        if let QueueAttributeName::Unknown(_) = QueueAttributeName::from(k) {
            cx.enum_value(
                path,
                QueueAttributeName::VALUES,
                QueueAttributeName::INTERNAL,
            );
        }
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_queue_url_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_queue_url_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_queue_url_list(
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
struct ser_string_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_string_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_string_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_map<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_tag_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_tag_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for CreateQueueRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attributes {
            let p = &path.field("Attributes");
            crate::json::val_queue_attribute_map(x, p, cx)?;
        }
        if self.queue_name.is_none() {
            cx.missing(&path.field("QueueName"));
        }
        Ok(())
    }
}
impl rt::json::Input for CreateQueueRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteMessageRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.queue_url.is_none() {
            cx.missing(&path.field("QueueUrl"));
        }
        if self.receipt_handle.is_none() {
            cx.missing(&path.field("ReceiptHandle"));
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteMessageRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteQueueRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.queue_url.is_none() {
            cx.missing(&path.field("QueueUrl"));
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteQueueRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetQueueAttributesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attribute_names {
            let p = &path.field("AttributeNames");
            crate::json::val_attribute_name_list(x, p, cx)?;
        }
        if self.queue_url.is_none() {
            cx.missing(&path.field("QueueUrl"));
        }
        Ok(())
    }
}
impl rt::json::Input for GetQueueAttributesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetQueueUrlRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.queue_name.is_none() {
            cx.missing(&path.field("QueueName"));
        }
        Ok(())
    }
}
impl rt::json::Input for GetQueueUrlRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListQueuesRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ListQueuesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ReceiveMessageRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attribute_names {
            let p = &path.field("AttributeNames");
            crate::json::val_attribute_name_list(x, p, cx)?;
        }
        if let Some(x) = &self.message_system_attribute_names {
            let p = &path.field("MessageSystemAttributeNames");
            crate::json::val_message_system_attribute_list(x, p, cx)?;
        }
        if self.queue_url.is_none() {
            cx.missing(&path.field("QueueUrl"));
        }
        Ok(())
    }
}
impl rt::json::Input for ReceiveMessageRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for SendMessageRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.message_body.is_none() {
            cx.missing(&path.field("MessageBody"));
        }
        if let Some(x) = &self.message_system_attributes {
            let p = &path.field("MessageSystemAttributes");
            crate::json::val_message_body_system_attribute_map(x, p, cx)?;
        }
        if self.queue_url.is_none() {
            cx.missing(&path.field("QueueUrl"));
        }
        Ok(())
    }
}
impl rt::json::Input for SendMessageRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
fn val_attribute_name_list(
    items: &[QueueAttributeName],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_message_body_system_attribute_map(
    entries: &rt::BTreeMap<rt::String, MessageSystemAttributeValue>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for k in entries.keys() {
        if let MessageSystemAttributeNameForSends::Unknown(_) =
            MessageSystemAttributeNameForSends::from(k.as_str())
        {
            cx.enum_value(
                path,
                MessageSystemAttributeNameForSends::VALUES,
                MessageSystemAttributeNameForSends::INTERNAL,
            );
        }
    }
    Ok(())
}
fn val_message_system_attribute_list(
    items: &[MessageSystemAttributeName],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_queue_attribute_map(
    entries: &rt::BTreeMap<rt::String, rt::String>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for k in entries.keys() {
        if let QueueAttributeName::Unknown(_) = QueueAttributeName::from(k.as_str()) {
            cx.enum_value(
                path,
                QueueAttributeName::VALUES,
                QueueAttributeName::INTERNAL,
            );
        }
    }
    Ok(())
}
