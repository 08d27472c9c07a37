// Generated from models/aws-kms.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AliasListEntry {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.alias_arn {
            out.serialize_entry("AliasArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.alias_name {
            out.serialize_entry("AliasName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.creation_date {
            out.serialize_entry(
                "CreationDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_updated_date {
            out.serialize_entry(
                "LastUpdatedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.target_key_id {
            out.serialize_entry("TargetKeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AliasListEntry {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            alias_arn: rt::json::get_with(obj, "AliasArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            alias_name: rt::json::get_with(obj, "AliasName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            creation_date: rt::json::get_with(obj, "CreationDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            last_updated_date: rt::json::get_with(obj, "LastUpdatedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            target_key_id: rt::json::get_with(obj, "TargetKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for AlreadyExistsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CloudHsmClusterInvalidConfigurationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CloudHsmClusterInvalidConfigurationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateAliasOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for CreateAliasOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateAliasRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("AliasName", &rt::json::Json(&self.alias_name))?;
        out.serialize_entry("TargetKeyId", &rt::json::Json(&self.target_key_id))?;
        out.end()
    }
}
impl rt::ToJson for CreateAliasRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.alias_name {
            out.serialize_entry("AliasName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.target_key_id {
            out.serialize_entry("TargetKeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateAliasRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            alias_name: rt::json::required(
                rt::json::get_with(obj, "AliasName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("AliasName"),
                cx,
            ),
            target_key_id: rt::json::required(
                rt::json::get_with(obj, "TargetKeyId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("TargetKeyId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for CreateKeyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "BypassPolicyLockoutSafetyCheck",
            &rt::json::Json(&self.bypass_policy_lockout_safety_check),
        )?;
        if let Some(v) = &self.custom_key_store_id {
            out.serialize_entry("CustomKeyStoreId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.customer_master_key_spec {
            out.serialize_entry("CustomerMasterKeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_spec {
            out.serialize_entry("KeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_usage {
            out.serialize_entry("KeyUsage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.multi_region {
            out.serialize_entry("MultiRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.origin {
            out.serialize_entry("Origin", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy {
            out.serialize_entry("Policy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.xks_key_id {
            out.serialize_entry("XksKeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateKeyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bypass_policy_lockout_safety_check {
            out.serialize_entry("BypassPolicyLockoutSafetyCheck", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.custom_key_store_id {
            out.serialize_entry("CustomKeyStoreId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.customer_master_key_spec {
            out.serialize_entry("CustomerMasterKeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_spec {
            out.serialize_entry("KeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_usage {
            out.serialize_entry("KeyUsage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.multi_region {
            out.serialize_entry("MultiRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.origin {
            out.serialize_entry("Origin", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy {
            out.serialize_entry("Policy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.xks_key_id {
            out.serialize_entry("XksKeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateKeyRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bypass_policy_lockout_safety_check: rt::json::get(
                obj,
                "BypassPolicyLockoutSafetyCheck",
                p,
                cx,
            )?
            .unwrap_or_default(),
            custom_key_store_id: rt::json::get_with(obj, "CustomKeyStoreId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(64));
                Ok(x)
            })?,
            customer_master_key_spec: rt::json::get(obj, "CustomerMasterKeySpec", p, cx)?,
            description: rt::json::get_with(obj, "Description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(8192));
                Ok(x)
            })?,
            key_spec: rt::json::get(obj, "KeySpec", p, cx)?,
            key_usage: rt::json::get(obj, "KeyUsage", p, cx)?,
            multi_region: rt::json::get(obj, "MultiRegion", p, cx)?,
            origin: rt::json::get(obj, "Origin", p, cx)?,
            policy: rt::json::get_with(obj, "Policy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(131072));
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            tags: rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list)?,
            xks_key_id: rt::json::get_with(obj, "XksKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for CreateKeyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key_metadata {
            out.serialize_entry("KeyMetadata", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateKeyResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key_metadata: rt::json::get(obj, "KeyMetadata", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CustomKeyStoreInvalidStateException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CustomKeyStoreInvalidStateException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CustomKeyStoreNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CustomKeyStoreNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DecryptRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("CiphertextBlob", &rt::json::Json(&self.ciphertext_blob))?;
        if let Some(v) = &self.dry_run {
            out.serialize_entry("DryRun", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_algorithm {
            out.serialize_entry("EncryptionAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_context {
            out.serialize_entry(
                "EncryptionContext",
                &crate::json::ser_encryption_context_type(v),
            )?;
        }
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.recipient {
            out.serialize_entry("Recipient", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DecryptRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ciphertext_blob {
            out.serialize_entry("CiphertextBlob", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.dry_run {
            out.serialize_entry("DryRun", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_algorithm {
            out.serialize_entry("EncryptionAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_context {
            out.serialize_entry(
                "EncryptionContext",
                &crate::json::ser_encryption_context_type(v),
            )?;
        }
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.recipient {
            out.serialize_entry("Recipient", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DecryptRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ciphertext_blob: rt::json::required(
                rt::json::get_with(obj, "CiphertextBlob", p, cx, |v, p, cx| {
                    let x = <rt::Blob>::from_json(v, p, cx)?;
                    cx.length(p, x.as_ref().len(), Some(1), Some(6144));
                    Ok(x)
                })?,
                &p.field("CiphertextBlob"),
                cx,
            ),
            dry_run: rt::json::get(obj, "DryRun", p, cx)?,
            encryption_algorithm: rt::json::get(obj, "EncryptionAlgorithm", p, cx)?,
            encryption_context: rt::json::get_with(
                obj,
                "EncryptionContext",
                p,
                cx,
                crate::json::de_encryption_context_type,
            )?,
            grant_tokens: rt::json::get_with(obj, "GrantTokens", p, cx, |v, p, cx| {
                let x = crate::json::de_grant_token_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(10));
                Ok(x)
            })?,
            key_id: rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
            recipient: rt::json::get(obj, "Recipient", p, cx)?,
        })
    }
}
impl rt::ToJson for DecryptResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ciphertext_for_recipient {
            out.serialize_entry("CiphertextForRecipient", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_algorithm {
            out.serialize_entry("EncryptionAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.plaintext {
            out.serialize_entry("Plaintext", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DecryptResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ciphertext_for_recipient: rt::json::get_with(
                obj,
                "CiphertextForRecipient",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::Blob>::from_json(v, p, cx)?;
                    cx.length(p, x.as_ref().len(), Some(1), Some(6144));
                    Ok(x)
                },
            )?,
            encryption_algorithm: rt::json::get(obj, "EncryptionAlgorithm", p, cx)?,
            key_id: rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
            plaintext: rt::json::get_with(obj, "Plaintext", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(4096));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DependencyTimeoutException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DependencyTimeoutException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeKeyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        out.serialize_entry("KeyId", &rt::json::Json(&self.key_id))?;
        out.end()
    }
}
impl rt::ToJson for DescribeKeyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeKeyRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            grant_tokens: rt::json::get_with(obj, "GrantTokens", p, cx, |v, p, cx| {
                let x = crate::json::de_grant_token_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(10));
                Ok(x)
            })?,
            key_id: rt::json::required(
                rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("KeyId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DescribeKeyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key_metadata {
            out.serialize_entry("KeyMetadata", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeKeyResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key_metadata: rt::json::get(obj, "KeyMetadata", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DisabledException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DisabledException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DryRunOperationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DryRunOperationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EncryptRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.dry_run {
            out.serialize_entry("DryRun", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_algorithm {
            out.serialize_entry("EncryptionAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_context {
            out.serialize_entry(
                "EncryptionContext",
                &crate::json::ser_encryption_context_type(v),
            )?;
        }
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        out.serialize_entry("KeyId", &rt::json::Json(&self.key_id))?;
        out.serialize_entry("Plaintext", &rt::json::Json(&self.plaintext))?;
        out.end()
    }
}
impl rt::ToJson for EncryptRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.dry_run {
            out.serialize_entry("DryRun", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_algorithm {
            out.serialize_entry("EncryptionAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_context {
            out.serialize_entry(
                "EncryptionContext",
                &crate::json::ser_encryption_context_type(v),
            )?;
        }
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.plaintext {
            out.serialize_entry("Plaintext", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EncryptRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            dry_run: rt::json::get(obj, "DryRun", p, cx)?,
            encryption_algorithm: rt::json::get(obj, "EncryptionAlgorithm", p, cx)?,
            encryption_context: rt::json::get_with(
                obj,
                "EncryptionContext",
                p,
                cx,
                crate::json::de_encryption_context_type,
            )?,
            grant_tokens: rt::json::get_with(obj, "GrantTokens", p, cx, |v, p, cx| {
                let x = crate::json::de_grant_token_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(10));
                Ok(x)
            })?,
            key_id: rt::json::required(
                rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("KeyId"),
                cx,
            ),
            plaintext: rt::json::required(
                rt::json::get_with(obj, "Plaintext", p, cx, |v, p, cx| {
                    let x = <rt::Blob>::from_json(v, p, cx)?;
                    cx.length(p, x.as_ref().len(), Some(1), Some(4096));
                    Ok(x)
                })?,
                &p.field("Plaintext"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for EncryptResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ciphertext_blob {
            out.serialize_entry("CiphertextBlob", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_algorithm {
            out.serialize_entry("EncryptionAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EncryptResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ciphertext_blob: rt::json::get_with(obj, "CiphertextBlob", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(6144));
                Ok(x)
            })?,
            encryption_algorithm: rt::json::get(obj, "EncryptionAlgorithm", p, cx)?,
            key_id: rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GenerateDataKeyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.dry_run {
            out.serialize_entry("DryRun", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_context {
            out.serialize_entry(
                "EncryptionContext",
                &crate::json::ser_encryption_context_type(v),
            )?;
        }
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        out.serialize_entry("KeyId", &rt::json::Json(&self.key_id))?;
        if let Some(v) = &self.key_spec {
            out.serialize_entry("KeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.number_of_bytes {
            out.serialize_entry("NumberOfBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.recipient {
            out.serialize_entry("Recipient", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GenerateDataKeyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.dry_run {
            out.serialize_entry("DryRun", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_context {
            out.serialize_entry(
                "EncryptionContext",
                &crate::json::ser_encryption_context_type(v),
            )?;
        }
        if let Some(v) = &self.grant_tokens {
            out.serialize_entry("GrantTokens", &crate::json::ser_grant_token_list(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_spec {
            out.serialize_entry("KeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.number_of_bytes {
            out.serialize_entry("NumberOfBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.recipient {
            out.serialize_entry("Recipient", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GenerateDataKeyRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            dry_run: rt::json::get(obj, "DryRun", p, cx)?,
            encryption_context: rt::json::get_with(
                obj,
                "EncryptionContext",
                p,
                cx,
                crate::json::de_encryption_context_type,
            )?,
            grant_tokens: rt::json::get_with(obj, "GrantTokens", p, cx, |v, p, cx| {
                let x = crate::json::de_grant_token_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(10));
                Ok(x)
            })?,
            key_id: rt::json::required(
                rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("KeyId"),
                cx,
            ),
            key_spec: rt::json::get(obj, "KeySpec", p, cx)?,
            number_of_bytes: rt::json::get_with(obj, "NumberOfBytes", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1024.0));
                Ok(x)
            })?,
            recipient: rt::json::get(obj, "Recipient", p, cx)?,
        })
    }
}
impl rt::ToJson for GenerateDataKeyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ciphertext_blob {
            out.serialize_entry("CiphertextBlob", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ciphertext_for_recipient {
            out.serialize_entry("CiphertextForRecipient", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.plaintext {
            out.serialize_entry("Plaintext", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GenerateDataKeyResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ciphertext_blob: rt::json::get_with(obj, "CiphertextBlob", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(6144));
                Ok(x)
            })?,
            ciphertext_for_recipient: rt::json::get_with(
                obj,
                "CiphertextForRecipient",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::Blob>::from_json(v, p, cx)?;
                    cx.length(p, x.as_ref().len(), Some(1), Some(6144));
                    Ok(x)
                },
            )?,
            key_id: rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
            plaintext: rt::json::get_with(obj, "Plaintext", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(4096));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for IncorrectKeyException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for IncorrectKeyException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidAliasNameException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidAliasNameException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidArnException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidArnException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidCiphertextException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidCiphertextException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidGrantTokenException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidGrantTokenException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidKeyUsageException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidKeyUsageException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidMarkerException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidMarkerException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KeyListEntry {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key_arn {
            out.serialize_entry("KeyArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KeyListEntry {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key_arn: rt::json::get_with(obj, "KeyArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            key_id: rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for KeyMetadata {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.aws_account_id {
            out.serialize_entry("AWSAccountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.arn {
            out.serialize_entry("Arn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cloud_hsm_cluster_id {
            out.serialize_entry("CloudHsmClusterId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.creation_date {
            out.serialize_entry(
                "CreationDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.custom_key_store_id {
            out.serialize_entry("CustomKeyStoreId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.customer_master_key_spec {
            out.serialize_entry("CustomerMasterKeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.deletion_date {
            out.serialize_entry(
                "DeletionDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        out.serialize_entry("Enabled", &rt::json::Json(&self.enabled))?;
        if let Some(v) = &self.encryption_algorithms {
            out.serialize_entry(
                "EncryptionAlgorithms",
                &crate::json::ser_encryption_algorithm_spec_list(v),
            )?;
        }
        if let Some(v) = &self.expiration_model {
            out.serialize_entry("ExpirationModel", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_agreement_algorithms {
            out.serialize_entry(
                "KeyAgreementAlgorithms",
                &crate::json::ser_key_agreement_algorithm_spec_list(v),
            )?;
        }
        out.serialize_entry("KeyId", &rt::json::Json(&self.key_id))?;
        if let Some(v) = &self.key_manager {
            out.serialize_entry("KeyManager", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_spec {
            out.serialize_entry("KeySpec", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_state {
            out.serialize_entry("KeyState", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_usage {
            out.serialize_entry("KeyUsage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.mac_algorithms {
            out.serialize_entry(
                "MacAlgorithms",
                &crate::json::ser_mac_algorithm_spec_list(v),
            )?;
        }
        if let Some(v) = &self.multi_region {
            out.serialize_entry("MultiRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.multi_region_configuration {
            out.serialize_entry("MultiRegionConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.origin {
            out.serialize_entry("Origin", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.pending_deletion_window_in_days {
            out.serialize_entry("PendingDeletionWindowInDays", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.signing_algorithms {
            out.serialize_entry(
                "SigningAlgorithms",
                &crate::json::ser_signing_algorithm_spec_list(v),
            )?;
        }
        if let Some(v) = &self.valid_to {
            out.serialize_entry(
                "ValidTo",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.xks_key_configuration {
            out.serialize_entry("XksKeyConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KeyMetadata {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            aws_account_id: rt::json::get(obj, "AWSAccountId", p, cx)?,
            arn: rt::json::get_with(obj, "Arn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            cloud_hsm_cluster_id: rt::json::get_with(
                obj,
                "CloudHsmClusterId",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(19), Some(24));
                    cx.pattern(p, &x, &crate::json::PATTERN_3);
                    Ok(x)
                },
            )?,
            creation_date: rt::json::get_with(obj, "CreationDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            custom_key_store_id: rt::json::get_with(obj, "CustomKeyStoreId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(64));
                Ok(x)
            })?,
            customer_master_key_spec: rt::json::get(obj, "CustomerMasterKeySpec", p, cx)?,
            deletion_date: rt::json::get_with(obj, "DeletionDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            description: rt::json::get_with(obj, "Description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(8192));
                Ok(x)
            })?,
            enabled: rt::json::get(obj, "Enabled", p, cx)?.unwrap_or_default(),
            encryption_algorithms: rt::json::get_with(
                obj,
                "EncryptionAlgorithms",
                p,
                cx,
                crate::json::de_encryption_algorithm_spec_list,
            )?,
            expiration_model: rt::json::get(obj, "ExpirationModel", p, cx)?,
            key_agreement_algorithms: rt::json::get_with(
                obj,
                "KeyAgreementAlgorithms",
                p,
                cx,
                crate::json::de_key_agreement_algorithm_spec_list,
            )?,
            key_id: rt::json::required(
                rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("KeyId"),
                cx,
            ),
            key_manager: rt::json::get(obj, "KeyManager", p, cx)?,
            key_spec: rt::json::get(obj, "KeySpec", p, cx)?,
            key_state: rt::json::get(obj, "KeyState", p, cx)?,
            key_usage: rt::json::get(obj, "KeyUsage", p, cx)?,
            mac_algorithms: rt::json::get_with(
                obj,
                "MacAlgorithms",
                p,
                cx,
                crate::json::de_mac_algorithm_spec_list,
            )?,
            multi_region: rt::json::get(obj, "MultiRegion", p, cx)?,
            multi_region_configuration: rt::json::get(obj, "MultiRegionConfiguration", p, cx)?,
            origin: rt::json::get(obj, "Origin", p, cx)?,
            pending_deletion_window_in_days: rt::json::get_with(
                obj,
                "PendingDeletionWindowInDays",
                p,
                cx,
                |v, p, cx| {
                    let x = <i32>::from_json(v, p, cx)?;
                    cx.range(p, f64::from(x), Some(1.0), Some(365.0));
                    Ok(x)
                },
            )?,
            signing_algorithms: rt::json::get_with(
                obj,
                "SigningAlgorithms",
                p,
                cx,
                crate::json::de_signing_algorithm_spec_list,
            )?,
            valid_to: rt::json::get_with(obj, "ValidTo", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            xks_key_configuration: rt::json::get(obj, "XksKeyConfiguration", p, cx)?,
        })
    }
}
impl rt::ToJson for KeyUnavailableException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KeyUnavailableException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsInternalException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for KmsInternalException {
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
impl rt::ToJson for LimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListAliasesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListAliasesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key_id {
            out.serialize_entry("KeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListAliasesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key_id: rt::json::get_with(obj, "KeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
            limit: rt::json::get_with(obj, "Limit", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
            marker: rt::json::get_with(obj, "Marker", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ListAliasesResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.aliases {
            out.serialize_entry("Aliases", &crate::json::ser_alias_list(v))?;
        }
        if let Some(v) = &self.next_marker {
            out.serialize_entry("NextMarker", &rt::json::Json(v))?;
        }
        out.serialize_entry("Truncated", &rt::json::Json(&self.truncated))?;
        out.end()
    }
}
impl rt::FromJson for ListAliasesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            aliases: rt::json::get_with(obj, "Aliases", p, cx, crate::json::de_alias_list)?,
            next_marker: rt::json::get_with(obj, "NextMarker", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            truncated: rt::json::get(obj, "Truncated", p, cx)?.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListKeysRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListKeysRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListKeysRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            limit: rt::json::get_with(obj, "Limit", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
            marker: rt::json::get_with(obj, "Marker", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ListKeysResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.keys {
            out.serialize_entry("Keys", &crate::json::ser_key_list(v))?;
        }
        if let Some(v) = &self.next_marker {
            out.serialize_entry("NextMarker", &rt::json::Json(v))?;
        }
        out.serialize_entry("Truncated", &rt::json::Json(&self.truncated))?;
        out.end()
    }
}
impl rt::FromJson for ListKeysResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            keys: rt::json::get_with(obj, "Keys", p, cx, crate::json::de_key_list)?,
            next_marker: rt::json::get_with(obj, "NextMarker", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            truncated: rt::json::get(obj, "Truncated", p, cx)?.unwrap_or_default(),
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
impl rt::ToJson for MultiRegionConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.multi_region_key_type {
            out.serialize_entry("MultiRegionKeyType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.primary_key {
            out.serialize_entry("PrimaryKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replica_keys {
            out.serialize_entry("ReplicaKeys", &crate::json::ser_multi_region_key_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MultiRegionConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            multi_region_key_type: rt::json::get(obj, "MultiRegionKeyType", p, cx)?,
            primary_key: rt::json::get(obj, "PrimaryKey", p, cx)?,
            replica_keys: rt::json::get_with(
                obj,
                "ReplicaKeys",
                p,
                cx,
                crate::json::de_multi_region_key_list,
            )?,
        })
    }
}
impl rt::ToJson for MultiRegionKey {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("Arn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.region {
            out.serialize_entry("Region", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MultiRegionKey {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "Arn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            region: rt::json::get_with(obj, "Region", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(32));
                cx.pattern(p, &x, &crate::json::PATTERN_5);
                Ok(x)
            })?,
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
impl rt::ToJson for RecipientInfo {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attestation_document {
            out.serialize_entry("AttestationDocument", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_encryption_algorithm {
            out.serialize_entry("KeyEncryptionAlgorithm", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RecipientInfo {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attestation_document: rt::json::get_with(
                obj,
                "AttestationDocument",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::Blob>::from_json(v, p, cx)?;
                    cx.length(p, x.as_ref().len(), Some(1), Some(262144));
                    Ok(x)
                },
            )?,
            key_encryption_algorithm: rt::json::get(obj, "KeyEncryptionAlgorithm", p, cx)?,
        })
    }
}
impl rt::ToJson for Tag {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("TagKey", &rt::json::Json(&self.tag_key))?;
        out.serialize_entry("TagValue", &rt::json::Json(&self.tag_value))?;
        out.end()
    }
}
impl rt::FromJson for Tag {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            tag_key: rt::json::required(
                rt::json::get_with(obj, "TagKey", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(128));
                    Ok(x)
                })?,
                &p.field("TagKey"),
                cx,
            ),
            tag_value: rt::json::required(
                rt::json::get_with(obj, "TagValue", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(256));
                    Ok(x)
                })?,
                &p.field("TagValue"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for TagException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TagException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnsupportedOperationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnsupportedOperationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for XksKeyAlreadyInUseException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for XksKeyAlreadyInUseException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for XksKeyConfigurationType {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.id {
            out.serialize_entry("Id", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for XksKeyConfigurationType {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            id: rt::json::get_with(obj, "Id", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for XksKeyInvalidConfigurationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for XksKeyInvalidConfigurationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for XksKeyNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for XksKeyNotFoundException {
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
struct ser_alias_list<'a>(&'a [AliasListEntry]);
impl rt::serde::Serialize for ser_alias_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_alias_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<AliasListEntry>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <AliasListEntry>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_encryption_algorithm_spec_list<'a>(&'a [EncryptionAlgorithmSpec]);
impl rt::serde::Serialize for ser_encryption_algorithm_spec_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_encryption_algorithm_spec_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<EncryptionAlgorithmSpec>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <EncryptionAlgorithmSpec>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_encryption_context_type<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_encryption_context_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_encryption_context_type(
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
struct ser_grant_token_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_grant_token_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_grant_token_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(8192));
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_key_agreement_algorithm_spec_list<'a>(&'a [KeyAgreementAlgorithmSpec]);
impl rt::serde::Serialize for ser_key_agreement_algorithm_spec_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_key_agreement_algorithm_spec_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<KeyAgreementAlgorithmSpec>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <KeyAgreementAlgorithmSpec>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_key_list<'a>(&'a [KeyListEntry]);
impl rt::serde::Serialize for ser_key_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_key_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<KeyListEntry>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <KeyListEntry>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_mac_algorithm_spec_list<'a>(&'a [MacAlgorithmSpec]);
impl rt::serde::Serialize for ser_mac_algorithm_spec_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_mac_algorithm_spec_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<MacAlgorithmSpec>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <MacAlgorithmSpec>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_multi_region_key_list<'a>(&'a [MultiRegionKey]);
impl rt::serde::Serialize for ser_multi_region_key_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_multi_region_key_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<MultiRegionKey>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <MultiRegionKey>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_signing_algorithm_spec_list<'a>(&'a [SigningAlgorithmSpec]);
impl rt::serde::Serialize for ser_signing_algorithm_spec_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_signing_algorithm_spec_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<SigningAlgorithmSpec>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <SigningAlgorithmSpec>::from_json(v, p, cx)?;
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
impl rt::Validate for CreateAliasRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.alias_name {
            Some(x) => {
                let p = &path.field("AliasName");
                cx.length(p, x.chars().count(), Some(1), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("AliasName")),
        }
        match &self.target_key_id {
            Some(x) => {
                let p = &path.field("TargetKeyId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("TargetKeyId")),
        }
        Ok(())
    }
}
impl rt::json::Input for CreateAliasRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for CreateKeyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.custom_key_store_id {
            let p = &path.field("CustomKeyStoreId");
            cx.length(p, x.chars().count(), Some(1), Some(64));
        }
        if let Some(x) = &self.customer_master_key_spec {
            let p = &path.field("CustomerMasterKeySpec");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.description {
            let p = &path.field("Description");
            cx.length(p, x.chars().count(), Some(0), Some(8192));
        }
        if let Some(x) = &self.key_spec {
            let p = &path.field("KeySpec");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.key_usage {
            let p = &path.field("KeyUsage");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.origin {
            let p = &path.field("Origin");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.policy {
            let p = &path.field("Policy");
            cx.length(p, x.chars().count(), Some(1), Some(131072));
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        if let Some(x) = &self.tags {
            let p = &path.field("Tags");
            crate::json::val_tag_list(x, p, cx)?;
        }
        if let Some(x) = &self.xks_key_id {
            let p = &path.field("XksKeyId");
            cx.length(p, x.chars().count(), Some(1), Some(128));
            cx.pattern(p, x, &crate::json::PATTERN_2);
        }
        Ok(())
    }
}
impl rt::json::Input for CreateKeyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DecryptRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.ciphertext_blob {
            Some(x) => {
                let p = &path.field("CiphertextBlob");
                cx.length(p, x.as_ref().len(), Some(1), Some(6144));
            }
            None => cx.missing(&path.field("CiphertextBlob")),
        }
        if let Some(x) = &self.encryption_algorithm {
            let p = &path.field("EncryptionAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.grant_tokens {
            let p = &path.field("GrantTokens");
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_grant_token_list(x, p, cx)?;
        }
        if let Some(x) = &self.key_id {
            let p = &path.field("KeyId");
            cx.length(p, x.chars().count(), Some(1), Some(2048));
        }
        if let Some(x) = &self.recipient {
            let p = &path.field("Recipient");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for DecryptRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeKeyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.grant_tokens {
            let p = &path.field("GrantTokens");
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_grant_token_list(x, p, cx)?;
        }
        match &self.key_id {
            Some(x) => {
                let p = &path.field("KeyId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("KeyId")),
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeKeyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for EncryptRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.encryption_algorithm {
            let p = &path.field("EncryptionAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.grant_tokens {
            let p = &path.field("GrantTokens");
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_grant_token_list(x, p, cx)?;
        }
        match &self.key_id {
            Some(x) => {
                let p = &path.field("KeyId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("KeyId")),
        }
        match &self.plaintext {
            Some(x) => {
                let p = &path.field("Plaintext");
                cx.length(p, x.as_ref().len(), Some(1), Some(4096));
            }
            None => cx.missing(&path.field("Plaintext")),
        }
        Ok(())
    }
}
impl rt::json::Input for EncryptRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GenerateDataKeyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.grant_tokens {
            let p = &path.field("GrantTokens");
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_grant_token_list(x, p, cx)?;
        }
        match &self.key_id {
            Some(x) => {
                let p = &path.field("KeyId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("KeyId")),
        }
        if let Some(x) = &self.key_spec {
            let p = &path.field("KeySpec");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.number_of_bytes {
            let p = &path.field("NumberOfBytes");
            cx.range(p, f64::from(*x), Some(1.0), Some(1024.0));
        }
        if let Some(x) = &self.recipient {
            let p = &path.field("Recipient");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for GenerateDataKeyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListAliasesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.key_id {
            let p = &path.field("KeyId");
            cx.length(p, x.chars().count(), Some(1), Some(2048));
        }
        if let Some(x) = &self.limit {
            let p = &path.field("Limit");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        if let Some(x) = &self.marker {
            let p = &path.field("Marker");
            cx.length(p, x.chars().count(), Some(1), Some(1024));
            cx.pattern(p, x, &crate::json::PATTERN_4);
        }
        Ok(())
    }
}
impl rt::json::Input for ListAliasesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListKeysRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.limit {
            let p = &path.field("Limit");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        if let Some(x) = &self.marker {
            let p = &path.field("Marker");
            cx.length(p, x.chars().count(), Some(1), Some(1024));
            cx.pattern(p, x, &crate::json::PATTERN_4);
        }
        Ok(())
    }
}
impl rt::json::Input for ListKeysRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for RecipientInfo {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attestation_document {
            let p = &path.field("AttestationDocument");
            cx.length(p, x.as_ref().len(), Some(1), Some(262144));
        }
        if let Some(x) = &self.key_encryption_algorithm {
            let p = &path.field("KeyEncryptionAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for Tag {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.tag_key, &path.field("TagKey"));
            cx.length(p, x.chars().count(), Some(1), Some(128));
        }
        {
            let (x, p) = (&self.tag_value, &path.field("TagValue"));
            cx.length(p, x.chars().count(), Some(0), Some(256));
        }
        Ok(())
    }
}
fn val_grant_token_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(1), Some(8192));
    }
    Ok(())
}
fn val_tag_list(items: &[Tag], path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
/// Runs as `^[a-zA-Z0-9:/_\-]+$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-zA-Z0-9:/_-]+$",
        "^[a-zA-Z0-9:/_\\-]+$",
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
/// Runs as `^[a-zA-Z0-9\-_\.]+$`.
pub(crate) static PATTERN_2: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-zA-Z0-9-_.]+$",
        "^[a-zA-Z0-9\\-_\\.]+$",
        rt::PatternEngine::Lite,
    )
});
pub(crate) static PATTERN_3: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^cluster-[2-7a-zA-Z]{11,16}$",
        "^cluster-[2-7a-zA-Z]{11,16}$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[\x{20}-\x{FF}]*$`.
pub(crate) static PATTERN_4: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[\\u0020-\\u00FF]*$",
        "^[\\x{20}-\\x{FF}]*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^([a-z]+-){2,3}[0-9]+$`.
pub(crate) static PATTERN_5: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^([a-z]+-){2,3}\\d+$",
        "^([a-z]+-){2,3}[0-9]+$",
        rt::PatternEngine::Lite,
    )
});
