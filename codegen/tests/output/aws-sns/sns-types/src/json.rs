// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AuthorizationErrorException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AuthorizationErrorException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ConcurrentAccessException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ConcurrentAccessException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateTopicInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_topic_attributes_map(v))?;
        }
        if let Some(v) = &self.data_protection_policy {
            out.serialize_entry("DataProtectionPolicy", &rt::json::Json(v))?;
        }
        out.serialize_entry("Name", &rt::json::Json(&self.name))?;
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateTopicInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_topic_attributes_map(v))?;
        }
        if let Some(v) = &self.data_protection_policy {
            out.serialize_entry("DataProtectionPolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateTopicInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_topic_attributes_map,
            )?,
            data_protection_policy: rt::json::get(obj, "DataProtectionPolicy", p, cx)?,
            name: rt::json::required(rt::json::get(obj, "Name", p, cx)?, &p.field("Name"), cx),
            tags: rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list)?,
        })
    }
}
impl rt::ToJson for CreateTopicResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateTopicResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            topic_arn: rt::json::get(obj, "TopicArn", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteTopicInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("TopicArn", &rt::json::Json(&self.topic_arn))?;
        out.end()
    }
}
impl rt::ToJson for DeleteTopicInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteTopicInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            topic_arn: rt::json::required(
                rt::json::get(obj, "TopicArn", p, cx)?,
                &p.field("TopicArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteTopicOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteTopicOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EndpointDisabledException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EndpointDisabledException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for FilterPolicyLimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for FilterPolicyLimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetTopicAttributesInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("TopicArn", &rt::json::Json(&self.topic_arn))?;
        out.end()
    }
}
impl rt::ToJson for GetTopicAttributesInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetTopicAttributesInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            topic_arn: rt::json::required(
                rt::json::get(obj, "TopicArn", p, cx)?,
                &p.field("TopicArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetTopicAttributesResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_topic_attributes_map(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetTopicAttributesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_topic_attributes_map,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InternalErrorException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InternalErrorException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidParameterException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidParameterException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidParameterValueException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidParameterValueException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidSecurityException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidSecurityException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidStateException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidStateException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsAccessDeniedException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsAccessDeniedException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsDisabledException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsDisabledException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsInvalidStateException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsInvalidStateException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsNotFoundException {
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
impl rt::ToJson for KmsThrottlingException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsThrottlingException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListSubscriptionsByTopicInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.serialize_entry("TopicArn", &rt::json::Json(&self.topic_arn))?;
        out.end()
    }
}
impl rt::ToJson for ListSubscriptionsByTopicInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListSubscriptionsByTopicInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
            topic_arn: rt::json::required(
                rt::json::get(obj, "TopicArn", p, cx)?,
                &p.field("TopicArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ListSubscriptionsByTopicResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.subscriptions {
            out.serialize_entry("Subscriptions", &crate::json::ser_subscriptions_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListSubscriptionsByTopicResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
            subscriptions: rt::json::get_with(
                obj,
                "Subscriptions",
                p,
                cx,
                crate::json::de_subscriptions_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListTopicsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListTopicsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListTopicsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
        })
    }
}
impl rt::ToJson for ListTopicsResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topics {
            out.serialize_entry("Topics", &crate::json::ser_topics_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListTopicsResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get(obj, "NextToken", p, cx)?,
            topics: rt::json::get_with(obj, "Topics", p, cx, crate::json::de_topics_list)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for MessageAttributeValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.binary_value {
            out.serialize_entry("BinaryValue", &rt::json::Json(v))?;
        }
        out.serialize_entry("DataType", &rt::json::Json(&self.data_type))?;
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
            binary_value: rt::json::get(obj, "BinaryValue", p, cx)?,
            data_type: rt::json::required(
                rt::json::get(obj, "DataType", p, cx)?,
                &p.field("DataType"),
                cx,
            ),
            string_value: rt::json::get(obj, "StringValue", p, cx)?,
        })
    }
}
impl rt::ToJson for NotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for NotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PlatformApplicationDisabledException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PlatformApplicationDisabledException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PublishInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Message", &rt::json::Json(&self.message))?;
        if let Some(v) = &self.message_attributes {
            out.serialize_entry(
                "MessageAttributes",
                &crate::json::ser_message_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.message_deduplication_id {
            out.serialize_entry("MessageDeduplicationId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_group_id {
            out.serialize_entry("MessageGroupId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_structure {
            out.serialize_entry("MessageStructure", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.phone_number {
            out.serialize_entry("PhoneNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.subject {
            out.serialize_entry("Subject", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.target_arn {
            out.serialize_entry("TargetArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PublishInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_attributes {
            out.serialize_entry(
                "MessageAttributes",
                &crate::json::ser_message_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.message_deduplication_id {
            out.serialize_entry("MessageDeduplicationId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_group_id {
            out.serialize_entry("MessageGroupId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message_structure {
            out.serialize_entry("MessageStructure", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.phone_number {
            out.serialize_entry("PhoneNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.subject {
            out.serialize_entry("Subject", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.target_arn {
            out.serialize_entry("TargetArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PublishInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::required(
                rt::json::get(obj, "Message", p, cx)?,
                &p.field("Message"),
                cx,
            ),
            message_attributes: rt::json::get_with(
                obj,
                "MessageAttributes",
                p,
                cx,
                crate::json::de_message_attribute_map,
            )?,
            message_deduplication_id: rt::json::get(obj, "MessageDeduplicationId", p, cx)?,
            message_group_id: rt::json::get(obj, "MessageGroupId", p, cx)?,
            message_structure: rt::json::get(obj, "MessageStructure", p, cx)?,
            phone_number: rt::json::get(obj, "PhoneNumber", p, cx)?,
            subject: rt::json::get(obj, "Subject", p, cx)?,
            target_arn: rt::json::get(obj, "TargetArn", p, cx)?,
            topic_arn: rt::json::get(obj, "TopicArn", p, cx)?,
        })
    }
}
impl rt::ToJson for PublishResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message_id {
            out.serialize_entry("MessageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sequence_number {
            out.serialize_entry("SequenceNumber", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PublishResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message_id: rt::json::get(obj, "MessageId", p, cx)?,
            sequence_number: rt::json::get(obj, "SequenceNumber", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReplayLimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplayLimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ResourceNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResourceNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SetTopicAttributesInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("AttributeName", &rt::json::Json(&self.attribute_name))?;
        if let Some(v) = &self.attribute_value {
            out.serialize_entry("AttributeValue", &rt::json::Json(v))?;
        }
        out.serialize_entry("TopicArn", &rt::json::Json(&self.topic_arn))?;
        out.end()
    }
}
impl rt::ToJson for SetTopicAttributesInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_name {
            out.serialize_entry("AttributeName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.attribute_value {
            out.serialize_entry("AttributeValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SetTopicAttributesInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_name: rt::json::required(
                rt::json::get(obj, "AttributeName", p, cx)?,
                &p.field("AttributeName"),
                cx,
            ),
            attribute_value: rt::json::get(obj, "AttributeValue", p, cx)?,
            topic_arn: rt::json::required(
                rt::json::get(obj, "TopicArn", p, cx)?,
                &p.field("TopicArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for SetTopicAttributesOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for SetTopicAttributesOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for StaleTagException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StaleTagException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SubscribeInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry(
                "Attributes",
                &crate::json::ser_subscription_attributes_map(v),
            )?;
        }
        if let Some(v) = &self.endpoint {
            out.serialize_entry("Endpoint", &rt::json::Json(v))?;
        }
        out.serialize_entry("Protocol", &rt::json::Json(&self.protocol))?;
        out.serialize_entry(
            "ReturnSubscriptionArn",
            &rt::json::Json(&self.return_subscription_arn),
        )?;
        out.serialize_entry("TopicArn", &rt::json::Json(&self.topic_arn))?;
        out.end()
    }
}
impl rt::ToJson for SubscribeInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry(
                "Attributes",
                &crate::json::ser_subscription_attributes_map(v),
            )?;
        }
        if let Some(v) = &self.endpoint {
            out.serialize_entry("Endpoint", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.protocol {
            out.serialize_entry("Protocol", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_subscription_arn {
            out.serialize_entry("ReturnSubscriptionArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SubscribeInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_subscription_attributes_map,
            )?,
            endpoint: rt::json::get(obj, "Endpoint", p, cx)?,
            protocol: rt::json::required(
                rt::json::get(obj, "Protocol", p, cx)?,
                &p.field("Protocol"),
                cx,
            ),
            return_subscription_arn: rt::json::get(obj, "ReturnSubscriptionArn", p, cx)?
                .unwrap_or_default(),
            topic_arn: rt::json::required(
                rt::json::get(obj, "TopicArn", p, cx)?,
                &p.field("TopicArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for SubscribeResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.subscription_arn {
            out.serialize_entry("SubscriptionArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SubscribeResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            subscription_arn: rt::json::get(obj, "SubscriptionArn", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Subscription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.endpoint {
            out.serialize_entry("Endpoint", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.owner {
            out.serialize_entry("Owner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.protocol {
            out.serialize_entry("Protocol", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.subscription_arn {
            out.serialize_entry("SubscriptionArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Subscription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            endpoint: rt::json::get(obj, "Endpoint", p, cx)?,
            owner: rt::json::get(obj, "Owner", p, cx)?,
            protocol: rt::json::get(obj, "Protocol", p, cx)?,
            subscription_arn: rt::json::get(obj, "SubscriptionArn", p, cx)?,
            topic_arn: rt::json::get(obj, "TopicArn", p, cx)?,
        })
    }
}
impl rt::ToJson for SubscriptionLimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SubscriptionLimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Tag {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        out.serialize_entry("Value", &rt::json::Json(&self.value))?;
        out.end()
    }
}
impl rt::FromJson for Tag {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(128));
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            value: rt::json::required(
                rt::json::get_with(obj, "Value", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(256));
                    Ok(x)
                })?,
                &p.field("Value"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for TagLimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TagLimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TagPolicyException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TagPolicyException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TagResourceRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("ResourceArn", &rt::json::Json(&self.resource_arn))?;
        out.serialize_entry("Tags", &crate::json::ser_tag_list(&self.tags))?;
        out.end()
    }
}
impl rt::ToJson for TagResourceRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.resource_arn {
            out.serialize_entry("ResourceArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TagResourceRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            resource_arn: rt::json::required(
                rt::json::get_with(obj, "ResourceArn", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1011));
                    Ok(x)
                })?,
                &p.field("ResourceArn"),
                cx,
            ),
            tags: rt::json::required(
                rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list)?,
                &p.field("Tags"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for TagResourceResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for TagResourceResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Topic {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.topic_arn {
            out.serialize_entry("TopicArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Topic {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            topic_arn: rt::json::get(obj, "TopicArn", p, cx)?,
        })
    }
}
impl rt::ToJson for TopicLimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TopicLimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ValidationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Message", &rt::json::Json(&self.message))?;
        out.end()
    }
}
impl rt::FromJson for ValidationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::required(
                rt::json::get(obj, "Message", p, cx)?,
                &p.field("Message"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_message_attribute_map<'a>(&'a rt::BTreeMap<rt::String, MessageAttributeValue>);
impl rt::serde::Serialize for ser_message_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_message_attribute_map(
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
struct ser_subscription_attributes_map<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_subscription_attributes_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_subscription_attributes_map(
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
struct ser_subscriptions_list<'a>(&'a [Subscription]);
impl rt::serde::Serialize for ser_subscriptions_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_subscriptions_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Subscription>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Subscription>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_list<'a>(&'a [Tag]);
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
) -> rt::DeResult<rt::Vec<Tag>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Tag>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_topic_attributes_map<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_topic_attributes_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_topic_attributes_map(
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
struct ser_topics_list<'a>(&'a [Topic]);
impl rt::serde::Serialize for ser_topics_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_topics_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Topic>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Topic>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for CreateTopicInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.name.is_none() {
            cx.missing(&path.field("Name"));
        }
        if let Some(x) = &self.tags {
            let p = &path.field("Tags");
            crate::json::val_tag_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CreateTopicInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteTopicInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.topic_arn.is_none() {
            cx.missing(&path.field("TopicArn"));
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteTopicInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetTopicAttributesInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.topic_arn.is_none() {
            cx.missing(&path.field("TopicArn"));
        }
        Ok(())
    }
}
impl rt::json::Input for GetTopicAttributesInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListSubscriptionsByTopicInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.topic_arn.is_none() {
            cx.missing(&path.field("TopicArn"));
        }
        Ok(())
    }
}
impl rt::json::Input for ListSubscriptionsByTopicInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListTopicsInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for ListTopicsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PublishInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.message.is_none() {
            cx.missing(&path.field("Message"));
        }
        Ok(())
    }
}
impl rt::json::Input for PublishInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for SetTopicAttributesInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.attribute_name.is_none() {
            cx.missing(&path.field("AttributeName"));
        }
        if self.topic_arn.is_none() {
            cx.missing(&path.field("TopicArn"));
        }
        Ok(())
    }
}
impl rt::json::Input for SetTopicAttributesInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for SubscribeInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.protocol.is_none() {
            cx.missing(&path.field("Protocol"));
        }
        if self.topic_arn.is_none() {
            cx.missing(&path.field("TopicArn"));
        }
        Ok(())
    }
}
impl rt::json::Input for SubscribeInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for Tag {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.key, &path.field("Key"));
            cx.length(p, x.chars().count(), Some(1), Some(128));
        }
        {
            let (x, p) = (&self.value, &path.field("Value"));
            cx.length(p, x.chars().count(), Some(0), Some(256));
        }
        Ok(())
    }
}
impl rt::Validate for TagResourceRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.resource_arn {
            Some(x) => {
                let p = &path.field("ResourceArn");
                cx.length(p, x.chars().count(), Some(1), Some(1011));
            }
            None => cx.missing(&path.field("ResourceArn")),
        }
        match &self.tags {
            Some(x) => {
                let p = &path.field("Tags");
                crate::json::val_tag_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("Tags")),
        }
        Ok(())
    }
}
impl rt::json::Input for TagResourceRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
fn val_tag_list(items: &[Tag], path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
