// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AssumeRoleRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.duration_seconds {
            out.serialize_entry("DurationSeconds", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.external_id {
            out.serialize_entry("ExternalId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy {
            out.serialize_entry("Policy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_arns {
            out.serialize_entry(
                "PolicyArns",
                &crate::json::ser_policy_descriptor_list_type(v),
            )?;
        }
        if let Some(v) = &self.provided_contexts {
            out.serialize_entry(
                "ProvidedContexts",
                &crate::json::ser_provided_contexts_list_type(v),
            )?;
        }
        out.serialize_entry("RoleArn", &rt::json::Json(&self.role_arn))?;
        out.serialize_entry("RoleSessionName", &rt::json::Json(&self.role_session_name))?;
        if let Some(v) = &self.serial_number {
            out.serialize_entry("SerialNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.source_identity {
            out.serialize_entry("SourceIdentity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list_type(v))?;
        }
        if let Some(v) = &self.token_code {
            out.serialize_entry("TokenCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.transitive_tag_keys {
            out.serialize_entry("TransitiveTagKeys", &crate::json::ser_tag_key_list_type(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for AssumeRoleRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.duration_seconds {
            out.serialize_entry("DurationSeconds", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.external_id {
            out.serialize_entry("ExternalId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy {
            out.serialize_entry("Policy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_arns {
            out.serialize_entry(
                "PolicyArns",
                &crate::json::ser_policy_descriptor_list_type(v),
            )?;
        }
        if let Some(v) = &self.provided_contexts {
            out.serialize_entry(
                "ProvidedContexts",
                &crate::json::ser_provided_contexts_list_type(v),
            )?;
        }
        if let Some(v) = &self.role_arn {
            out.serialize_entry("RoleArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.role_session_name {
            out.serialize_entry("RoleSessionName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.serial_number {
            out.serialize_entry("SerialNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.source_identity {
            out.serialize_entry("SourceIdentity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list_type(v))?;
        }
        if let Some(v) = &self.token_code {
            out.serialize_entry("TokenCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.transitive_tag_keys {
            out.serialize_entry("TransitiveTagKeys", &crate::json::ser_tag_key_list_type(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AssumeRoleRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            duration_seconds: rt::json::get_with(obj, "DurationSeconds", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(900.0), Some(43200.0));
                Ok(x)
            })?,
            external_id: rt::json::get_with(obj, "ExternalId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(1224));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            policy: rt::json::get_with(obj, "Policy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            policy_arns: rt::json::get_with(
                obj,
                "PolicyArns",
                p,
                cx,
                crate::json::de_policy_descriptor_list_type,
            )?,
            provided_contexts: rt::json::get_with(obj, "ProvidedContexts", p, cx, |v, p, cx| {
                let x = crate::json::de_provided_contexts_list_type(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(5));
                Ok(x)
            })?,
            role_arn: rt::json::required(
                rt::json::get_with(obj, "RoleArn", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(20), Some(2048));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("RoleArn"),
                cx,
            ),
            role_session_name: rt::json::required(
                rt::json::get_with(obj, "RoleSessionName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(64));
                    cx.pattern(p, &x, &crate::json::PATTERN_3);
                    Ok(x)
                })?,
                &p.field("RoleSessionName"),
                cx,
            ),
            serial_number: rt::json::get_with(obj, "SerialNumber", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(9), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            source_identity: rt::json::get_with(obj, "SourceIdentity", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(64));
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            tags: rt::json::get_with(obj, "Tags", p, cx, |v, p, cx| {
                let x = crate::json::de_tag_list_type(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(50));
                Ok(x)
            })?,
            token_code: rt::json::get_with(obj, "TokenCode", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(6), Some(6));
                cx.pattern(p, &x, &crate::json::PATTERN_5);
                Ok(x)
            })?,
            transitive_tag_keys: rt::json::get_with(
                obj,
                "TransitiveTagKeys",
                p,
                cx,
                |v, p, cx| {
                    let x = crate::json::de_tag_key_list_type(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(50));
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for AssumeRoleResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.assumed_role_user {
            out.serialize_entry("AssumedRoleUser", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credentials {
            out.serialize_entry("Credentials", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.packed_policy_size {
            out.serialize_entry("PackedPolicySize", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.source_identity {
            out.serialize_entry("SourceIdentity", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AssumeRoleResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            assumed_role_user: rt::json::get(obj, "AssumedRoleUser", p, cx)?,
            credentials: rt::json::get(obj, "Credentials", p, cx)?,
            packed_policy_size: rt::json::get_with(obj, "PackedPolicySize", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(0.0), None);
                Ok(x)
            })?,
            source_identity: rt::json::get_with(obj, "SourceIdentity", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(64));
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for AssumedRoleUser {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Arn", &rt::json::Json(&self.arn))?;
        out.serialize_entry("AssumedRoleId", &rt::json::Json(&self.assumed_role_id))?;
        out.end()
    }
}
impl rt::FromJson for AssumedRoleUser {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::required(
                rt::json::get_with(obj, "Arn", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(20), Some(2048));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("Arn"),
                cx,
            ),
            assumed_role_id: rt::json::required(
                rt::json::get_with(obj, "AssumedRoleId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(193));
                    cx.pattern(p, &x, &crate::json::PATTERN_7);
                    Ok(x)
                })?,
                &p.field("AssumedRoleId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for CredentialsShape {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("AccessKeyId", &rt::json::Json(&self.access_key_id))?;
        out.serialize_entry(
            "Expiration",
            &rt::json::Ts(&self.expiration, rt::TimestampFormat::DateTime),
        )?;
        out.serialize_entry("SecretAccessKey", &rt::json::Json(&self.secret_access_key))?;
        out.serialize_entry("SessionToken", &rt::json::Json(&self.session_token))?;
        out.end()
    }
}
impl rt::FromJson for CredentialsShape {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            access_key_id: rt::json::required(
                rt::json::get_with(obj, "AccessKeyId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(16), Some(128));
                    cx.pattern(p, &x, &crate::json::PATTERN_8);
                    Ok(x)
                })?,
                &p.field("AccessKeyId"),
                cx,
            ),
            expiration: rt::json::required(
                rt::json::get_with(obj, "Expiration", p, cx, |v, p, cx| {
                    rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
                })?,
                &p.field("Expiration"),
                cx,
            ),
            secret_access_key: rt::json::required(
                rt::json::get(obj, "SecretAccessKey", p, cx)?,
                &p.field("SecretAccessKey"),
                cx,
            ),
            session_token: rt::json::required(
                rt::json::get(obj, "SessionToken", p, cx)?,
                &p.field("SessionToken"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ExpiredTokenException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ExpiredTokenException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetCallerIdentityRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for GetCallerIdentityRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for GetCallerIdentityRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for GetCallerIdentityResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account {
            out.serialize_entry("Account", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.arn {
            out.serialize_entry("Arn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.user_id {
            out.serialize_entry("UserId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetCallerIdentityResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account: rt::json::get(obj, "Account", p, cx)?,
            arn: rt::json::get_with(obj, "Arn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            user_id: rt::json::get(obj, "UserId", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetSessionTokenRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.duration_seconds {
            out.serialize_entry("DurationSeconds", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.serial_number {
            out.serialize_entry("SerialNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.token_code {
            out.serialize_entry("TokenCode", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetSessionTokenRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.duration_seconds {
            out.serialize_entry("DurationSeconds", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.serial_number {
            out.serialize_entry("SerialNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.token_code {
            out.serialize_entry("TokenCode", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetSessionTokenRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            duration_seconds: rt::json::get_with(obj, "DurationSeconds", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(900.0), Some(129600.0));
                Ok(x)
            })?,
            serial_number: rt::json::get_with(obj, "SerialNumber", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(9), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            token_code: rt::json::get_with(obj, "TokenCode", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(6), Some(6));
                cx.pattern(p, &x, &crate::json::PATTERN_5);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for GetSessionTokenResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.credentials {
            out.serialize_entry("Credentials", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetSessionTokenResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            credentials: rt::json::get(obj, "Credentials", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for MalformedPolicyDocumentException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MalformedPolicyDocumentException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PackedPolicyTooLargeException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PackedPolicyTooLargeException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PolicyDescriptorType {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("arn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PolicyDescriptorType {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "arn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ProvidedContext {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.context_assertion {
            out.serialize_entry("ContextAssertion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provider_arn {
            out.serialize_entry("ProviderArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ProvidedContext {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            context_assertion: rt::json::get_with(obj, "ContextAssertion", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(4), Some(2048));
                Ok(x)
            })?,
            provider_arn: rt::json::get_with(obj, "ProviderArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for RegionDisabledException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RegionDisabledException {
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
                    cx.pattern(p, &x, &crate::json::PATTERN_6);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            value: rt::json::required(
                rt::json::get_with(obj, "Value", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_9);
                    Ok(x)
                })?,
                &p.field("Value"),
                cx,
            ),
        })
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_provided_contexts_list_type<'a>(&'a [ProvidedContext]);
impl rt::serde::Serialize for ser_provided_contexts_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_provided_contexts_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ProvidedContext>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ProvidedContext>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_policy_descriptor_list_type<'a>(&'a [PolicyDescriptorType]);
impl rt::serde::Serialize for ser_policy_descriptor_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_policy_descriptor_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<PolicyDescriptorType>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <PolicyDescriptorType>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_key_list_type<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_tag_key_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_tag_key_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(128));
        cx.pattern(p, &x, &crate::json::PATTERN_6);
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_list_type<'a>(&'a [Tag]);
impl rt::serde::Serialize for ser_tag_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_tag_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Tag>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Tag>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for AssumeRoleRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.duration_seconds {
            let p = &path.field("DurationSeconds");
            cx.range(p, f64::from(*x), Some(900.0), Some(43200.0));
        }
        if let Some(x) = &self.external_id {
            let p = &path.field("ExternalId");
            cx.length(p, x.chars().count(), Some(2), Some(1224));
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        if let Some(x) = &self.policy {
            let p = &path.field("Policy");
            cx.length(p, x.chars().count(), Some(1), None);
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        if let Some(x) = &self.policy_arns {
            let p = &path.field("PolicyArns");
            crate::json::val_policy_descriptor_list_type(x, p, cx)?;
        }
        if let Some(x) = &self.provided_contexts {
            let p = &path.field("ProvidedContexts");
            cx.length(p, x.len(), Some(0), Some(5));
            crate::json::val_provided_contexts_list_type(x, p, cx)?;
        }
        match &self.role_arn {
            Some(x) => {
                let p = &path.field("RoleArn");
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("RoleArn")),
        }
        match &self.role_session_name {
            Some(x) => {
                let p = &path.field("RoleSessionName");
                cx.length(p, x.chars().count(), Some(2), Some(64));
                cx.pattern(p, x, &crate::json::PATTERN_3);
            }
            None => cx.missing(&path.field("RoleSessionName")),
        }
        if let Some(x) = &self.serial_number {
            let p = &path.field("SerialNumber");
            cx.length(p, x.chars().count(), Some(9), Some(256));
            cx.pattern(p, x, &crate::json::PATTERN_4);
        }
        if let Some(x) = &self.source_identity {
            let p = &path.field("SourceIdentity");
            cx.length(p, x.chars().count(), Some(2), Some(64));
            cx.pattern(p, x, &crate::json::PATTERN_3);
        }
        if let Some(x) = &self.tags {
            let p = &path.field("Tags");
            cx.length(p, x.len(), Some(0), Some(50));
            crate::json::val_tag_list_type(x, p, cx)?;
        }
        if let Some(x) = &self.token_code {
            let p = &path.field("TokenCode");
            cx.length(p, x.chars().count(), Some(6), Some(6));
            cx.pattern(p, x, &crate::json::PATTERN_5);
        }
        if let Some(x) = &self.transitive_tag_keys {
            let p = &path.field("TransitiveTagKeys");
            cx.length(p, x.len(), Some(0), Some(50));
            crate::json::val_tag_key_list_type(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for AssumeRoleRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetCallerIdentityRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for GetCallerIdentityRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetSessionTokenRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.duration_seconds {
            let p = &path.field("DurationSeconds");
            cx.range(p, f64::from(*x), Some(900.0), Some(129600.0));
        }
        if let Some(x) = &self.serial_number {
            let p = &path.field("SerialNumber");
            cx.length(p, x.chars().count(), Some(9), Some(256));
            cx.pattern(p, x, &crate::json::PATTERN_4);
        }
        if let Some(x) = &self.token_code {
            let p = &path.field("TokenCode");
            cx.length(p, x.chars().count(), Some(6), Some(6));
            cx.pattern(p, x, &crate::json::PATTERN_5);
        }
        Ok(())
    }
}
impl rt::json::Input for GetSessionTokenRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PolicyDescriptorType {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.arn {
            let p = &path.field("arn");
            cx.length(p, x.chars().count(), Some(20), Some(2048));
            cx.pattern(p, x, &crate::json::PATTERN_2);
        }
        Ok(())
    }
}
impl rt::Validate for ProvidedContext {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.context_assertion {
            let p = &path.field("ContextAssertion");
            cx.length(p, x.chars().count(), Some(4), Some(2048));
        }
        if let Some(x) = &self.provider_arn {
            let p = &path.field("ProviderArn");
            cx.length(p, x.chars().count(), Some(20), Some(2048));
            cx.pattern(p, x, &crate::json::PATTERN_2);
        }
        Ok(())
    }
}
impl rt::Validate for Tag {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.key, &path.field("Key"));
            cx.length(p, x.chars().count(), Some(1), Some(128));
            cx.pattern(p, x, &crate::json::PATTERN_6);
        }
        {
            let (x, p) = (&self.value, &path.field("Value"));
            cx.length(p, x.chars().count(), Some(0), Some(256));
            cx.pattern(p, x, &crate::json::PATTERN_9);
        }
        Ok(())
    }
}
fn val_provided_contexts_list_type(
    items: &[ProvidedContext],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_policy_descriptor_list_type(
    items: &[PolicyDescriptorType],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_tag_key_list_type(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(1), Some(128));
        cx.pattern(p, x, &crate::json::PATTERN_6);
    }
    Ok(())
}
fn val_tag_list_type(items: &[Tag], path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
/// Runs as `^[[a-zA-Z0-9_]\+=,\.@:/\-]*$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\w+=,.@:\\/-]*$",
        "^[[a-zA-Z0-9_]\\+=,\\.@:/\\-]*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[\x{9}\x{A}\x{D}\x{20}-\x{FF}]+$`.
pub(crate) static PATTERN_1: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$",
        "^[\\x{9}\\x{A}\\x{D}\\x{20}-\\x{FF}]+$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[\x{9}\x{A}\x{D}\x{20}-\~\x{85}\x{A0}-\x{D7FF}\x{E000}-\x{FFFD}\x{1000}0-\x{10FF}FF]+$`.
pub(crate) static PATTERN_2: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+$",
        "^[\\x{9}\\x{A}\\x{D}\\x{20}-\\~\\x{85}\\x{A0}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{1000}0-\\x{10FF}FF]+$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[[a-zA-Z0-9_]\+=,\.@\-]*$`.
pub(crate) static PATTERN_3: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\w+=,.@-]*$",
        "^[[a-zA-Z0-9_]\\+=,\\.@\\-]*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[[a-zA-Z0-9_]\+=/:,\.@\-]*$`.
pub(crate) static PATTERN_4: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\w+=/:,.@-]*$",
        "^[[a-zA-Z0-9_]\\+=/:,\\.@\\-]*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[[0-9]]*$`.
pub(crate) static PATTERN_5: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^[\\d]*$", "^[[0-9]]*$", rt::PatternEngine::Lite));
/// Runs as `^[[\p{L}][\p{Z}][\p{N}]_\.:/=\+\-@]+$`.
pub(crate) static PATTERN_6: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$",
        "^[[\\p{L}][\\p{Z}][\\p{N}]_\\.:/=\\+\\-@]+$",
        rt::PatternEngine::Linear,
    )
});
/// Runs as `^[[a-zA-Z0-9_]\+=,\.@:\-]*$`.
pub(crate) static PATTERN_7: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\w+=,.@:-]*$",
        "^[[a-zA-Z0-9_]\\+=,\\.@:\\-]*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[[a-zA-Z0-9_]]*$`.
pub(crate) static PATTERN_8: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled("^[\\w]*$", "^[[a-zA-Z0-9_]]*$", rt::PatternEngine::Lite)
});
/// Runs as `^[[\p{L}][\p{Z}][\p{N}]_\.:/=\+\-@]*$`.
pub(crate) static PATTERN_9: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
        "^[[\\p{L}][\\p{Z}][\\p{N}]_\\.:/=\\+\\-@]*$",
        rt::PatternEngine::Linear,
    )
});
