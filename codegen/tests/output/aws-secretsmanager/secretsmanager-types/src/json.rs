// Generated from models/aws-secretsmanager.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for CreateSecretRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.add_replica_regions {
            out.serialize_entry(
                "AddReplicaRegions",
                &crate::json::ser_add_replica_region_list_type(v),
            )?;
        }
        if let Some(v) = &self.client_request_token {
            out.serialize_entry("ClientRequestToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        out.serialize_entry(
            "ForceOverwriteReplicaSecret",
            &rt::json::Json(&self.force_overwrite_replica_secret),
        )?;
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KmsKeyId", &rt::json::Json(v))?;
        }
        out.serialize_entry("Name", &rt::json::Json(&self.name))?;
        if let Some(v) = &self.secret_binary {
            out.serialize_entry("SecretBinary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_string {
            out.serialize_entry("SecretString", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list_type(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateSecretRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.add_replica_regions {
            out.serialize_entry(
                "AddReplicaRegions",
                &crate::json::ser_add_replica_region_list_type(v),
            )?;
        }
        if let Some(v) = &self.client_request_token {
            out.serialize_entry("ClientRequestToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.force_overwrite_replica_secret {
            out.serialize_entry("ForceOverwriteReplicaSecret", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KmsKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_binary {
            out.serialize_entry("SecretBinary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_string {
            out.serialize_entry("SecretString", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list_type(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateSecretRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            add_replica_regions: rt::json::get_with(
                obj,
                "AddReplicaRegions",
                p,
                cx,
                |v, p, cx| {
                    let x = crate::json::de_add_replica_region_list_type(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), None);
                    Ok(x)
                },
            )?,
            client_request_token: rt::json::get_with(
                obj,
                "ClientRequestToken",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(32), Some(64));
                    Ok(x)
                },
            )?,
            description: rt::json::get_with(obj, "Description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            force_overwrite_replica_secret: rt::json::get(
                obj,
                "ForceOverwriteReplicaSecret",
                p,
                cx,
            )?
            .unwrap_or_default(),
            kms_key_id: rt::json::get_with(obj, "KmsKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            name: rt::json::required(
                rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(512));
                    Ok(x)
                })?,
                &p.field("Name"),
                cx,
            ),
            secret_binary: rt::json::get_with(obj, "SecretBinary", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(65536));
                Ok(x)
            })?,
            secret_string: rt::json::get_with(obj, "SecretString", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(65536));
                Ok(x)
            })?,
            tags: rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list_type)?,
        })
    }
}
impl rt::ToJson for CreateSecretResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("ARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replication_status {
            out.serialize_entry(
                "ReplicationStatus",
                &crate::json::ser_replication_status_list_type(v),
            )?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateSecretResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "ARN", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            name: rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
            replication_status: rt::json::get_with(
                obj,
                "ReplicationStatus",
                p,
                cx,
                crate::json::de_replication_status_list_type,
            )?,
            version_id: rt::json::get_with(obj, "VersionId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(32), Some(64));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DecryptionFailure {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DecryptionFailure {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteSecretRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.force_delete_without_recovery {
            out.serialize_entry("ForceDeleteWithoutRecovery", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.recovery_window_in_days {
            out.serialize_entry("RecoveryWindowInDays", &rt::json::Json(v))?;
        }
        out.serialize_entry("SecretId", &rt::json::Json(&self.secret_id))?;
        out.end()
    }
}
impl rt::ToJson for DeleteSecretRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.force_delete_without_recovery {
            out.serialize_entry("ForceDeleteWithoutRecovery", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.recovery_window_in_days {
            out.serialize_entry("RecoveryWindowInDays", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_id {
            out.serialize_entry("SecretId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteSecretRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            force_delete_without_recovery: rt::json::get(obj, "ForceDeleteWithoutRecovery", p, cx)?,
            recovery_window_in_days: rt::json::get(obj, "RecoveryWindowInDays", p, cx)?,
            secret_id: rt::json::required(
                rt::json::get_with(obj, "SecretId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("SecretId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteSecretResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("ARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.deletion_date {
            out.serialize_entry(
                "DeletionDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteSecretResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "ARN", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            deletion_date: rt::json::get_with(obj, "DeletionDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            name: rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeSecretRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("SecretId", &rt::json::Json(&self.secret_id))?;
        out.end()
    }
}
impl rt::ToJson for DescribeSecretRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.secret_id {
            out.serialize_entry("SecretId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeSecretRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            secret_id: rt::json::required(
                rt::json::get_with(obj, "SecretId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("SecretId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DescribeSecretResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("ARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_date {
            out.serialize_entry(
                "CreatedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.deleted_date {
            out.serialize_entry(
                "DeletedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KmsKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_accessed_date {
            out.serialize_entry(
                "LastAccessedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_changed_date {
            out.serialize_entry(
                "LastChangedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_rotated_date {
            out.serialize_entry(
                "LastRotatedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_rotation_date {
            out.serialize_entry(
                "NextRotationDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.owning_service {
            out.serialize_entry("OwningService", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.primary_region {
            out.serialize_entry("PrimaryRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replication_status {
            out.serialize_entry(
                "ReplicationStatus",
                &crate::json::ser_replication_status_list_type(v),
            )?;
        }
        if let Some(v) = &self.rotation_enabled {
            out.serialize_entry("RotationEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_lambda_arn {
            out.serialize_entry("RotationLambdaARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_rules {
            out.serialize_entry("RotationRules", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list_type(v))?;
        }
        if let Some(v) = &self.version_ids_to_stages {
            out.serialize_entry(
                "VersionIdsToStages",
                &crate::json::ser_secret_versions_to_stages_map_type(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeSecretResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "ARN", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            created_date: rt::json::get_with(obj, "CreatedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            deleted_date: rt::json::get_with(obj, "DeletedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            description: rt::json::get_with(obj, "Description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            kms_key_id: rt::json::get_with(obj, "KmsKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            last_accessed_date: rt::json::get_with(obj, "LastAccessedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            last_changed_date: rt::json::get_with(obj, "LastChangedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            last_rotated_date: rt::json::get_with(obj, "LastRotatedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            name: rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
            next_rotation_date: rt::json::get_with(obj, "NextRotationDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            owning_service: rt::json::get_with(obj, "OwningService", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                Ok(x)
            })?,
            primary_region: rt::json::get_with(obj, "PrimaryRegion", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            replication_status: rt::json::get_with(
                obj,
                "ReplicationStatus",
                p,
                cx,
                crate::json::de_replication_status_list_type,
            )?,
            rotation_enabled: rt::json::get(obj, "RotationEnabled", p, cx)?,
            rotation_lambda_arn: rt::json::get_with(
                obj,
                "RotationLambdaARN",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(2048));
                    Ok(x)
                },
            )?,
            rotation_rules: rt::json::get(obj, "RotationRules", p, cx)?,
            tags: rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list_type)?,
            version_ids_to_stages: rt::json::get_with(
                obj,
                "VersionIdsToStages",
                p,
                cx,
                crate::json::de_secret_versions_to_stages_map_type,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EncryptionFailure {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EncryptionFailure {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Filter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.values {
            out.serialize_entry("Values", &crate::json::ser_filter_values_string_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Filter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::get(obj, "Key", p, cx)?,
            values: rt::json::get_with(obj, "Values", p, cx, |v, p, cx| {
                let x = crate::json::de_filter_values_string_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(10));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for GetSecretValueRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("SecretId", &rt::json::Json(&self.secret_id))?;
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_stage {
            out.serialize_entry("VersionStage", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetSecretValueRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.secret_id {
            out.serialize_entry("SecretId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_stage {
            out.serialize_entry("VersionStage", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetSecretValueRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            secret_id: rt::json::required(
                rt::json::get_with(obj, "SecretId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("SecretId"),
                cx,
            ),
            version_id: rt::json::get_with(obj, "VersionId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(32), Some(64));
                Ok(x)
            })?,
            version_stage: rt::json::get_with(obj, "VersionStage", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for GetSecretValueResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("ARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_date {
            out.serialize_entry(
                "CreatedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_binary {
            out.serialize_entry("SecretBinary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_string {
            out.serialize_entry("SecretString", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_stages {
            out.serialize_entry(
                "VersionStages",
                &crate::json::ser_secret_version_stages_type(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for GetSecretValueResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "ARN", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            created_date: rt::json::get_with(obj, "CreatedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            name: rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
            secret_binary: rt::json::get_with(obj, "SecretBinary", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(65536));
                Ok(x)
            })?,
            secret_string: rt::json::get_with(obj, "SecretString", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(65536));
                Ok(x)
            })?,
            version_id: rt::json::get_with(obj, "VersionId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(32), Some(64));
                Ok(x)
            })?,
            version_stages: rt::json::get_with(obj, "VersionStages", p, cx, |v, p, cx| {
                let x = crate::json::de_secret_version_stages_type(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(20));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InternalServiceError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InternalServiceError {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidNextTokenException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidNextTokenException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidParameterException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidParameterException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidRequestException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidRequestException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListSecretsRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.filters {
            out.serialize_entry("Filters", &crate::json::ser_filters_list_type(v))?;
        }
        if let Some(v) = &self.include_planned_deletion {
            out.serialize_entry("IncludePlannedDeletion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("MaxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sort_order {
            out.serialize_entry("SortOrder", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListSecretsRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.filters {
            out.serialize_entry("Filters", &crate::json::ser_filters_list_type(v))?;
        }
        if let Some(v) = &self.include_planned_deletion {
            out.serialize_entry("IncludePlannedDeletion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("MaxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sort_order {
            out.serialize_entry("SortOrder", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListSecretsRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            filters: rt::json::get_with(obj, "Filters", p, cx, |v, p, cx| {
                let x = crate::json::de_filters_list_type(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(10));
                Ok(x)
            })?,
            include_planned_deletion: rt::json::get(obj, "IncludePlannedDeletion", p, cx)?,
            max_results: rt::json::get_with(obj, "MaxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(100.0));
                Ok(x)
            })?,
            next_token: rt::json::get_with(obj, "NextToken", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(4096));
                Ok(x)
            })?,
            sort_order: rt::json::get(obj, "SortOrder", p, cx)?,
        })
    }
}
impl rt::ToJson for ListSecretsResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_list {
            out.serialize_entry("SecretList", &crate::json::ser_secret_list_type(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListSecretsResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            next_token: rt::json::get_with(obj, "NextToken", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(4096));
                Ok(x)
            })?,
            secret_list: rt::json::get_with(
                obj,
                "SecretList",
                p,
                cx,
                crate::json::de_secret_list_type,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for MalformedPolicyDocumentException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MalformedPolicyDocumentException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PreconditionNotMetException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PreconditionNotMetException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutSecretValueRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.client_request_token {
            out.serialize_entry("ClientRequestToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_token {
            out.serialize_entry("RotationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_binary {
            out.serialize_entry("SecretBinary", &rt::json::Json(v))?;
        }
        out.serialize_entry("SecretId", &rt::json::Json(&self.secret_id))?;
        if let Some(v) = &self.secret_string {
            out.serialize_entry("SecretString", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_stages {
            out.serialize_entry(
                "VersionStages",
                &crate::json::ser_secret_version_stages_type(v),
            )?;
        }
        out.end()
    }
}
impl rt::ToJson for PutSecretValueRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.client_request_token {
            out.serialize_entry("ClientRequestToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_token {
            out.serialize_entry("RotationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_binary {
            out.serialize_entry("SecretBinary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_id {
            out.serialize_entry("SecretId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_string {
            out.serialize_entry("SecretString", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_stages {
            out.serialize_entry(
                "VersionStages",
                &crate::json::ser_secret_version_stages_type(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for PutSecretValueRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            client_request_token: rt::json::get_with(
                obj,
                "ClientRequestToken",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(32), Some(64));
                    Ok(x)
                },
            )?,
            rotation_token: rt::json::get_with(obj, "RotationToken", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(36), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            secret_binary: rt::json::get_with(obj, "SecretBinary", p, cx, |v, p, cx| {
                let x = <rt::Blob>::from_json(v, p, cx)?;
                cx.length(p, x.as_ref().len(), Some(1), Some(65536));
                Ok(x)
            })?,
            secret_id: rt::json::required(
                rt::json::get_with(obj, "SecretId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(2048));
                    Ok(x)
                })?,
                &p.field("SecretId"),
                cx,
            ),
            secret_string: rt::json::get_with(obj, "SecretString", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(65536));
                Ok(x)
            })?,
            version_stages: rt::json::get_with(obj, "VersionStages", p, cx, |v, p, cx| {
                let x = crate::json::de_secret_version_stages_type(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(20));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for PutSecretValueResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("ARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_stages {
            out.serialize_entry(
                "VersionStages",
                &crate::json::ser_secret_version_stages_type(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for PutSecretValueResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "ARN", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            name: rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
            version_id: rt::json::get_with(obj, "VersionId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(32), Some(64));
                Ok(x)
            })?,
            version_stages: rt::json::get_with(obj, "VersionStages", p, cx, |v, p, cx| {
                let x = crate::json::de_secret_version_stages_type(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(20));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReplicaRegionType {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KmsKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.region {
            out.serialize_entry("Region", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplicaRegionType {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            kms_key_id: rt::json::get_with(obj, "KmsKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            region: rt::json::get_with(obj, "Region", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ReplicationStatusType {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KmsKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_accessed_date {
            out.serialize_entry(
                "LastAccessedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.region {
            out.serialize_entry("Region", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("Status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status_message {
            out.serialize_entry("StatusMessage", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplicationStatusType {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            kms_key_id: rt::json::get_with(obj, "KmsKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            last_accessed_date: rt::json::get_with(obj, "LastAccessedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            region: rt::json::get_with(obj, "Region", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            status: rt::json::get(obj, "Status", p, cx)?,
            status_message: rt::json::get_with(obj, "StatusMessage", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(4096));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ResourceExistsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResourceExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ResourceNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResourceNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RotationRulesType {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.automatically_after_days {
            out.serialize_entry("AutomaticallyAfterDays", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.duration {
            out.serialize_entry("Duration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.schedule_expression {
            out.serialize_entry("ScheduleExpression", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RotationRulesType {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            automatically_after_days: rt::json::get_with(
                obj,
                "AutomaticallyAfterDays",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), Some(1000.0));
                    Ok(x)
                },
            )?,
            duration: rt::json::get_with(obj, "Duration", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(3));
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            schedule_expression: rt::json::get_with(
                obj,
                "ScheduleExpression",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_4);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for SecretListEntry {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.arn {
            out.serialize_entry("ARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_date {
            out.serialize_entry(
                "CreatedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.deleted_date {
            out.serialize_entry(
                "DeletedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KmsKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_accessed_date {
            out.serialize_entry(
                "LastAccessedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_changed_date {
            out.serialize_entry(
                "LastChangedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_rotated_date {
            out.serialize_entry(
                "LastRotatedDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_rotation_date {
            out.serialize_entry(
                "NextRotationDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.owning_service {
            out.serialize_entry("OwningService", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.primary_region {
            out.serialize_entry("PrimaryRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_enabled {
            out.serialize_entry("RotationEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_lambda_arn {
            out.serialize_entry("RotationLambdaARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rotation_rules {
            out.serialize_entry("RotationRules", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret_versions_to_stages {
            out.serialize_entry(
                "SecretVersionsToStages",
                &crate::json::ser_secret_versions_to_stages_map_type(v),
            )?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list_type(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SecretListEntry {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            arn: rt::json::get_with(obj, "ARN", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(20), Some(2048));
                Ok(x)
            })?,
            created_date: rt::json::get_with(obj, "CreatedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            deleted_date: rt::json::get_with(obj, "DeletedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            description: rt::json::get_with(obj, "Description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            kms_key_id: rt::json::get_with(obj, "KmsKeyId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            last_accessed_date: rt::json::get_with(obj, "LastAccessedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            last_changed_date: rt::json::get_with(obj, "LastChangedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            last_rotated_date: rt::json::get_with(obj, "LastRotatedDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            name: rt::json::get_with(obj, "Name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
            next_rotation_date: rt::json::get_with(obj, "NextRotationDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            owning_service: rt::json::get_with(obj, "OwningService", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                Ok(x)
            })?,
            primary_region: rt::json::get_with(obj, "PrimaryRegion", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            rotation_enabled: rt::json::get(obj, "RotationEnabled", p, cx)?,
            rotation_lambda_arn: rt::json::get_with(
                obj,
                "RotationLambdaARN",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(2048));
                    Ok(x)
                },
            )?,
            rotation_rules: rt::json::get(obj, "RotationRules", p, cx)?,
            secret_versions_to_stages: rt::json::get_with(
                obj,
                "SecretVersionsToStages",
                p,
                cx,
                crate::json::de_secret_versions_to_stages_map_type,
            )?,
            tags: rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list_type)?,
        })
    }
}
impl rt::ToJson for Tag {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("Value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Tag {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(128));
                Ok(x)
            })?,
            value: rt::json::get_with(obj, "Value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(256));
                Ok(x)
            })?,
        })
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_add_replica_region_list_type<'a>(&'a [ReplicaRegionType]);
impl rt::serde::Serialize for ser_add_replica_region_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_add_replica_region_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ReplicaRegionType>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ReplicaRegionType>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_filter_values_string_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_filter_values_string_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_filter_values_string_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(0), Some(512));
        cx.pattern(p, &x, &crate::json::PATTERN_1);
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_filters_list_type<'a>(&'a [Filter]);
impl rt::serde::Serialize for ser_filters_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_filters_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Filter>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Filter>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_replication_status_list_type<'a>(&'a [ReplicationStatusType]);
impl rt::serde::Serialize for ser_replication_status_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_replication_status_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ReplicationStatusType>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ReplicationStatusType>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_secret_list_type<'a>(&'a [SecretListEntry]);
impl rt::serde::Serialize for ser_secret_list_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_secret_list_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<SecretListEntry>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <SecretListEntry>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_secret_version_stages_type<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_secret_version_stages_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_secret_version_stages_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(256));
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_secret_versions_to_stages_map_type<'a>(
    &'a rt::BTreeMap<rt::String, rt::Vec<rt::String>>,
);
impl rt::serde::Serialize for ser_secret_versions_to_stages_map_type<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &crate::json::ser_secret_version_stages_type(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_secret_versions_to_stages_map_type(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::Vec<rt::String>>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(32), Some(64));
        let x = crate::json::de_secret_version_stages_type(v, p, cx)?;
        cx.length(p, x.len(), Some(1), Some(20));
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
impl rt::Validate for CreateSecretRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.add_replica_regions {
            let p = &path.field("AddReplicaRegions");
            cx.length(p, x.len(), Some(1), None);
            crate::json::val_add_replica_region_list_type(x, p, cx)?;
        }
        if let Some(x) = &self.client_request_token {
            let p = &path.field("ClientRequestToken");
            cx.length(p, x.chars().count(), Some(32), Some(64));
        }
        if let Some(x) = &self.description {
            let p = &path.field("Description");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
        }
        if let Some(x) = &self.kms_key_id {
            let p = &path.field("KmsKeyId");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
        }
        match &self.name {
            Some(x) => {
                let p = &path.field("Name");
                cx.length(p, x.chars().count(), Some(1), Some(512));
            }
            None => cx.missing(&path.field("Name")),
        }
        if let Some(x) = &self.secret_binary {
            let p = &path.field("SecretBinary");
            cx.length(p, x.as_ref().len(), Some(1), Some(65536));
        }
        if let Some(x) = &self.secret_string {
            let p = &path.field("SecretString");
            cx.length(p, x.chars().count(), Some(1), Some(65536));
        }
        if let Some(x) = &self.tags {
            let p = &path.field("Tags");
            crate::json::val_tag_list_type(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CreateSecretRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteSecretRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.secret_id {
            Some(x) => {
                let p = &path.field("SecretId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("SecretId")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteSecretRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeSecretRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.secret_id {
            Some(x) => {
                let p = &path.field("SecretId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("SecretId")),
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeSecretRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for Filter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.key {
            let p = &path.field("Key");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.values {
            let p = &path.field("Values");
            cx.length(p, x.len(), Some(1), Some(10));
            crate::json::val_filter_values_string_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for GetSecretValueRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.secret_id {
            Some(x) => {
                let p = &path.field("SecretId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("SecretId")),
        }
        if let Some(x) = &self.version_id {
            let p = &path.field("VersionId");
            cx.length(p, x.chars().count(), Some(32), Some(64));
        }
        if let Some(x) = &self.version_stage {
            let p = &path.field("VersionStage");
            cx.length(p, x.chars().count(), Some(1), Some(256));
        }
        Ok(())
    }
}
impl rt::json::Input for GetSecretValueRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListSecretsRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.filters {
            let p = &path.field("Filters");
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_filters_list_type(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("MaxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(100.0));
        }
        if let Some(x) = &self.next_token {
            let p = &path.field("NextToken");
            cx.length(p, x.chars().count(), Some(1), Some(4096));
        }
        if let Some(x) = &self.sort_order {
            let p = &path.field("SortOrder");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for ListSecretsRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutSecretValueRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.client_request_token {
            let p = &path.field("ClientRequestToken");
            cx.length(p, x.chars().count(), Some(32), Some(64));
        }
        if let Some(x) = &self.rotation_token {
            let p = &path.field("RotationToken");
            cx.length(p, x.chars().count(), Some(36), Some(256));
            cx.pattern(p, x, &crate::json::PATTERN_2);
        }
        if let Some(x) = &self.secret_binary {
            let p = &path.field("SecretBinary");
            cx.length(p, x.as_ref().len(), Some(1), Some(65536));
        }
        match &self.secret_id {
            Some(x) => {
                let p = &path.field("SecretId");
                cx.length(p, x.chars().count(), Some(1), Some(2048));
            }
            None => cx.missing(&path.field("SecretId")),
        }
        if let Some(x) = &self.secret_string {
            let p = &path.field("SecretString");
            cx.length(p, x.chars().count(), Some(1), Some(65536));
        }
        if let Some(x) = &self.version_stages {
            let p = &path.field("VersionStages");
            cx.length(p, x.len(), Some(1), Some(20));
            crate::json::val_secret_version_stages_type(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for PutSecretValueRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ReplicaRegionType {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.kms_key_id {
            let p = &path.field("KmsKeyId");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
        }
        if let Some(x) = &self.region {
            let p = &path.field("Region");
            cx.length(p, x.chars().count(), Some(1), Some(128));
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        Ok(())
    }
}
impl rt::Validate for Tag {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.key {
            let p = &path.field("Key");
            cx.length(p, x.chars().count(), Some(1), Some(128));
        }
        if let Some(x) = &self.value {
            let p = &path.field("Value");
            cx.length(p, x.chars().count(), Some(0), Some(256));
        }
        Ok(())
    }
}
fn val_add_replica_region_list_type(
    items: &[ReplicaRegionType],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_filter_values_string_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(0), Some(512));
        cx.pattern(p, x, &crate::json::PATTERN_1);
    }
    Ok(())
}
fn val_filters_list_type(
    items: &[Filter],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_secret_version_stages_type(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(1), Some(256));
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
/// Runs as `^([a-z]+-)+[0-9]+$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^([a-z]+-)+\\d+$",
        "^([a-z]+-)+[0-9]+$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^!?[a-zA-Z0-9\x{20}:_@/\+=\.\-!]*$`.
pub(crate) static PATTERN_1: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^\\!?[a-zA-Z0-9 :_@\\/\\+\\=\\.\\-\\!]*$",
        "^!?[a-zA-Z0-9\\x{20}:_@/\\+=\\.\\-!]*$",
        rt::PatternEngine::Lite,
    )
});
pub(crate) static PATTERN_2: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-zA-Z0-9\\-]+$",
        "^[a-zA-Z0-9\\-]+$",
        rt::PatternEngine::Lite,
    )
});
pub(crate) static PATTERN_3: rt::LazyLock<rt::Pattern> =
    rt::LazyLock::new(|| rt::Pattern::compiled("^[0-9h]+$", "^[0-9h]+$", rt::PatternEngine::Lite));
/// Runs as `^[0-9A-Za-z\(\)\#\?\*\-/,\x{20}]+$`.
pub(crate) static PATTERN_4: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[0-9A-Za-z\\(\\)#\\?\\*\\-\\/, ]+$",
        "^[0-9A-Za-z\\(\\)\\#\\?\\*\\-/,\\x{20}]+$",
        rt::PatternEngine::Lite,
    )
});
