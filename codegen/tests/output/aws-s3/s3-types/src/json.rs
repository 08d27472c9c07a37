// Generated from models/aws-s3.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AbortMultipartUploadOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AbortMultipartUploadOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for AbortMultipartUploadRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match_initiated_time {
            out.serialize_entry(
                "IfMatchInitiatedTime",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        out.serialize_entry("UploadId", &rt::json::Json(&self.upload_id))?;
        out.end()
    }
}
impl rt::ToJson for AbortMultipartUploadRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match_initiated_time {
            out.serialize_entry(
                "IfMatchInitiatedTime",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("UploadId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AbortMultipartUploadRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            if_match_initiated_time: rt::json::get_with(
                obj,
                "IfMatchInitiatedTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::HttpDate, cx),
            )?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            upload_id: rt::json::required(
                rt::json::get(obj, "UploadId", p, cx)?,
                &p.field("UploadId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for Bucket {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket_region {
            out.serialize_entry("BucketRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.creation_date {
            out.serialize_entry(
                "CreationDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Bucket {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket_region: rt::json::get(obj, "BucketRegion", p, cx)?,
            creation_date: rt::json::get_with(obj, "CreationDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            name: rt::json::get(obj, "Name", p, cx)?,
        })
    }
}
impl rt::ToJson for BucketAlreadyExists {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for BucketAlreadyExists {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for BucketAlreadyOwnedByYou {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for BucketAlreadyOwnedByYou {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for BucketInfo {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.data_redundancy {
            out.serialize_entry("DataRedundancy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("Type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for BucketInfo {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            data_redundancy: rt::json::get(obj, "DataRedundancy", p, cx)?,
            r#type: rt::json::get(obj, "Type", p, cx)?,
        })
    }
}
impl rt::ToJson for CommonPrefix {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CommonPrefix {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            prefix: rt::json::get(obj, "Prefix", p, cx)?,
        })
    }
}
impl rt::ToJson for CompleteMultipartUploadOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expiration {
            out.serialize_entry("Expiration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.location {
            out.serialize_entry("Location", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CompleteMultipartUploadOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::get(obj, "Bucket", p, cx)?,
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            expiration: rt::json::get(obj, "Expiration", p, cx)?,
            key: rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                Ok(x)
            })?,
            location: rt::json::get(obj, "Location", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CompleteMultipartUploadRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.mpu_object_size {
            out.serialize_entry("MpuObjectSize", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.multipart_upload {
            out.serialize_entry("MultipartUpload", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        out.serialize_entry("UploadId", &rt::json::Json(&self.upload_id))?;
        out.end()
    }
}
impl rt::ToJson for CompleteMultipartUploadRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.mpu_object_size {
            out.serialize_entry("MpuObjectSize", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.multipart_upload {
            out.serialize_entry("MultipartUpload", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("UploadId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CompleteMultipartUploadRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            if_match: rt::json::get(obj, "IfMatch", p, cx)?,
            if_none_match: rt::json::get(obj, "IfNoneMatch", p, cx)?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            mpu_object_size: rt::json::get(obj, "MpuObjectSize", p, cx)?,
            multipart_upload: rt::json::get(obj, "MultipartUpload", p, cx)?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            upload_id: rt::json::required(
                rt::json::get(obj, "UploadId", p, cx)?,
                &p.field("UploadId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for CompletedMultipartUpload {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.parts {
            out.serialize_entry("Parts", &crate::json::ser_completed_part_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CompletedMultipartUpload {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            parts: rt::json::get_with(obj, "Parts", p, cx, crate::json::de_completed_part_list)?,
        })
    }
}
impl rt::ToJson for CompletedPart {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_number {
            out.serialize_entry("PartNumber", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CompletedPart {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            part_number: rt::json::get(obj, "PartNumber", p, cx)?,
        })
    }
}
impl rt::ToJson for ContinuationEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for ContinuationEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for CopyObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_object_result {
            out.serialize_entry("CopyObjectResult", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_version_id {
            out.serialize_entry("CopySourceVersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expiration {
            out.serialize_entry("Expiration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CopyObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            copy_object_result: rt::json::get(obj, "CopyObjectResult", p, cx)?,
            copy_source_version_id: rt::json::get(obj, "CopySourceVersionId", p, cx)?,
            expiration: rt::json::get(obj, "Expiration", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_encryption_context: rt::json::get(obj, "SSEKMSEncryptionContext", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CopyObjectRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        out.serialize_entry("CopySource", &rt::json::Json(&self.copy_source))?;
        if let Some(v) = &self.copy_source_if_match {
            out.serialize_entry("CopySourceIfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_if_modified_since {
            out.serialize_entry(
                "CopySourceIfModifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.copy_source_if_none_match {
            out.serialize_entry("CopySourceIfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_if_unmodified_since {
            out.serialize_entry(
                "CopySourceIfUnmodifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.copy_source_sse_customer_algorithm {
            out.serialize_entry("CopySourceSSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_sse_customer_key {
            out.serialize_entry("CopySourceSSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_sse_customer_key_md5 {
            out.serialize_entry("CopySourceSSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_source_bucket_owner {
            out.serialize_entry("ExpectedSourceBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.metadata_directive {
            out.serialize_entry("MetadataDirective", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging_directive {
            out.serialize_entry("TaggingDirective", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CopyObjectRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source {
            out.serialize_entry("CopySource", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_if_match {
            out.serialize_entry("CopySourceIfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_if_modified_since {
            out.serialize_entry(
                "CopySourceIfModifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.copy_source_if_none_match {
            out.serialize_entry("CopySourceIfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_if_unmodified_since {
            out.serialize_entry(
                "CopySourceIfUnmodifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.copy_source_sse_customer_algorithm {
            out.serialize_entry("CopySourceSSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_sse_customer_key {
            out.serialize_entry("CopySourceSSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.copy_source_sse_customer_key_md5 {
            out.serialize_entry("CopySourceSSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_source_bucket_owner {
            out.serialize_entry("ExpectedSourceBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.metadata_directive {
            out.serialize_entry("MetadataDirective", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging_directive {
            out.serialize_entry("TaggingDirective", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CopyObjectRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            acl: rt::json::get(obj, "ACL", p, cx)?,
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            cache_control: rt::json::get(obj, "CacheControl", p, cx)?,
            checksum_algorithm: rt::json::get(obj, "ChecksumAlgorithm", p, cx)?,
            content_disposition: rt::json::get(obj, "ContentDisposition", p, cx)?,
            content_encoding: rt::json::get(obj, "ContentEncoding", p, cx)?,
            content_language: rt::json::get(obj, "ContentLanguage", p, cx)?,
            content_type: rt::json::get(obj, "ContentType", p, cx)?,
            copy_source: rt::json::required(
                rt::json::get_with(obj, "CopySource", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("CopySource"),
                cx,
            ),
            copy_source_if_match: rt::json::get(obj, "CopySourceIfMatch", p, cx)?,
            copy_source_if_modified_since: rt::json::get_with(
                obj,
                "CopySourceIfModifiedSince",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            copy_source_if_none_match: rt::json::get(obj, "CopySourceIfNoneMatch", p, cx)?,
            copy_source_if_unmodified_since: rt::json::get_with(
                obj,
                "CopySourceIfUnmodifiedSince",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            copy_source_sse_customer_algorithm: rt::json::get(
                obj,
                "CopySourceSSECustomerAlgorithm",
                p,
                cx,
            )?,
            copy_source_sse_customer_key: rt::json::get(obj, "CopySourceSSECustomerKey", p, cx)?,
            copy_source_sse_customer_key_md5: rt::json::get(
                obj,
                "CopySourceSSECustomerKeyMD5",
                p,
                cx,
            )?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            expected_source_bucket_owner: rt::json::get(obj, "ExpectedSourceBucketOwner", p, cx)?,
            expires: rt::json::get_with(obj, "Expires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            grant_full_control: rt::json::get(obj, "GrantFullControl", p, cx)?,
            grant_read: rt::json::get(obj, "GrantRead", p, cx)?,
            grant_read_acp: rt::json::get(obj, "GrantReadACP", p, cx)?,
            grant_write_acp: rt::json::get(obj, "GrantWriteACP", p, cx)?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            metadata: rt::json::get_with(obj, "Metadata", p, cx, crate::json::de_metadata)?,
            metadata_directive: rt::json::get(obj, "MetadataDirective", p, cx)?,
            object_lock_legal_hold_status: rt::json::get(obj, "ObjectLockLegalHoldStatus", p, cx)?,
            object_lock_mode: rt::json::get(obj, "ObjectLockMode", p, cx)?,
            object_lock_retain_until_date: rt::json::get_with(
                obj,
                "ObjectLockRetainUntilDate",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_encryption_context: rt::json::get(obj, "SSEKMSEncryptionContext", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            tagging: rt::json::get(obj, "Tagging", p, cx)?,
            tagging_directive: rt::json::get(obj, "TaggingDirective", p, cx)?,
            website_redirect_location: rt::json::get(obj, "WebsiteRedirectLocation", p, cx)?,
        })
    }
}
impl rt::ToJson for CopyObjectResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_modified {
            out.serialize_entry(
                "LastModified",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for CopyObjectResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            last_modified: rt::json::get_with(obj, "LastModified", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
        })
    }
}
impl rt::ToJson for CreateBucketConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.location {
            out.serialize_entry("Location", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.location_constraint {
            out.serialize_entry("LocationConstraint", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateBucketConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::get(obj, "Bucket", p, cx)?,
            location: rt::json::get(obj, "Location", p, cx)?,
            location_constraint: rt::json::get(obj, "LocationConstraint", p, cx)?,
        })
    }
}
impl rt::ToJson for CreateBucketOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.location {
            out.serialize_entry("Location", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateBucketOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            location: rt::json::get(obj, "Location", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateBucketRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.create_bucket_configuration {
            out.serialize_entry("CreateBucketConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write {
            out.serialize_entry("GrantWrite", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_enabled_for_bucket {
            out.serialize_entry("ObjectLockEnabledForBucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_ownership {
            out.serialize_entry("ObjectOwnership", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateBucketRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.create_bucket_configuration {
            out.serialize_entry("CreateBucketConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write {
            out.serialize_entry("GrantWrite", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_enabled_for_bucket {
            out.serialize_entry("ObjectLockEnabledForBucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_ownership {
            out.serialize_entry("ObjectOwnership", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateBucketRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            acl: rt::json::get(obj, "ACL", p, cx)?,
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            create_bucket_configuration: rt::json::get(obj, "CreateBucketConfiguration", p, cx)?,
            grant_full_control: rt::json::get(obj, "GrantFullControl", p, cx)?,
            grant_read: rt::json::get(obj, "GrantRead", p, cx)?,
            grant_read_acp: rt::json::get(obj, "GrantReadACP", p, cx)?,
            grant_write: rt::json::get(obj, "GrantWrite", p, cx)?,
            grant_write_acp: rt::json::get(obj, "GrantWriteACP", p, cx)?,
            object_lock_enabled_for_bucket: rt::json::get(
                obj,
                "ObjectLockEnabledForBucket",
                p,
                cx,
            )?,
            object_ownership: rt::json::get(obj, "ObjectOwnership", p, cx)?,
        })
    }
}
impl rt::ToJson for CreateMultipartUploadOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.abort_date {
            out.serialize_entry("AbortDate", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.abort_rule_id {
            out.serialize_entry("AbortRuleId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("UploadId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateMultipartUploadOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            abort_date: rt::json::get_with(obj, "AbortDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            abort_rule_id: rt::json::get(obj, "AbortRuleId", p, cx)?,
            bucket: rt::json::get(obj, "Bucket", p, cx)?,
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            checksum_algorithm: rt::json::get(obj, "ChecksumAlgorithm", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            key: rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                Ok(x)
            })?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_encryption_context: rt::json::get(obj, "SSEKMSEncryptionContext", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            upload_id: rt::json::get(obj, "UploadId", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateMultipartUploadRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateMultipartUploadRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateMultipartUploadRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            acl: rt::json::get(obj, "ACL", p, cx)?,
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            cache_control: rt::json::get(obj, "CacheControl", p, cx)?,
            checksum_algorithm: rt::json::get(obj, "ChecksumAlgorithm", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            content_disposition: rt::json::get(obj, "ContentDisposition", p, cx)?,
            content_encoding: rt::json::get(obj, "ContentEncoding", p, cx)?,
            content_language: rt::json::get(obj, "ContentLanguage", p, cx)?,
            content_type: rt::json::get(obj, "ContentType", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            expires: rt::json::get_with(obj, "Expires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            grant_full_control: rt::json::get(obj, "GrantFullControl", p, cx)?,
            grant_read: rt::json::get(obj, "GrantRead", p, cx)?,
            grant_read_acp: rt::json::get(obj, "GrantReadACP", p, cx)?,
            grant_write_acp: rt::json::get(obj, "GrantWriteACP", p, cx)?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            metadata: rt::json::get_with(obj, "Metadata", p, cx, crate::json::de_metadata)?,
            object_lock_legal_hold_status: rt::json::get(obj, "ObjectLockLegalHoldStatus", p, cx)?,
            object_lock_mode: rt::json::get(obj, "ObjectLockMode", p, cx)?,
            object_lock_retain_until_date: rt::json::get_with(
                obj,
                "ObjectLockRetainUntilDate",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_encryption_context: rt::json::get(obj, "SSEKMSEncryptionContext", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            tagging: rt::json::get(obj, "Tagging", p, cx)?,
            website_redirect_location: rt::json::get(obj, "WebsiteRedirectLocation", p, cx)?,
        })
    }
}
impl rt::ToJson for CsvInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.allow_quoted_record_delimiter {
            out.serialize_entry("AllowQuotedRecordDelimiter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.comments {
            out.serialize_entry("Comments", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.field_delimiter {
            out.serialize_entry("FieldDelimiter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.file_header_info {
            out.serialize_entry("FileHeaderInfo", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.quote_character {
            out.serialize_entry("QuoteCharacter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.quote_escape_character {
            out.serialize_entry("QuoteEscapeCharacter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.record_delimiter {
            out.serialize_entry("RecordDelimiter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CsvInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            allow_quoted_record_delimiter: rt::json::get(obj, "AllowQuotedRecordDelimiter", p, cx)?,
            comments: rt::json::get(obj, "Comments", p, cx)?,
            field_delimiter: rt::json::get(obj, "FieldDelimiter", p, cx)?,
            file_header_info: rt::json::get(obj, "FileHeaderInfo", p, cx)?,
            quote_character: rt::json::get(obj, "QuoteCharacter", p, cx)?,
            quote_escape_character: rt::json::get(obj, "QuoteEscapeCharacter", p, cx)?,
            record_delimiter: rt::json::get(obj, "RecordDelimiter", p, cx)?,
        })
    }
}
impl rt::ToJson for CsvOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.field_delimiter {
            out.serialize_entry("FieldDelimiter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.quote_character {
            out.serialize_entry("QuoteCharacter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.quote_escape_character {
            out.serialize_entry("QuoteEscapeCharacter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.quote_fields {
            out.serialize_entry("QuoteFields", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.record_delimiter {
            out.serialize_entry("RecordDelimiter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CsvOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            field_delimiter: rt::json::get(obj, "FieldDelimiter", p, cx)?,
            quote_character: rt::json::get(obj, "QuoteCharacter", p, cx)?,
            quote_escape_character: rt::json::get(obj, "QuoteEscapeCharacter", p, cx)?,
            quote_fields: rt::json::get(obj, "QuoteFields", p, cx)?,
            record_delimiter: rt::json::get(obj, "RecordDelimiter", p, cx)?,
        })
    }
}
impl rt::ToJson for DeleteBucketOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteBucketOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteBucketRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DeleteBucketRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteBucketRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
        })
    }
}
impl rt::ToJson for DeleteObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.delete_marker {
            out.serialize_entry("DeleteMarker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            delete_marker: rt::json::get(obj, "DeleteMarker", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteObjectRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.bypass_governance_retention {
            out.serialize_entry("BypassGovernanceRetention", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match_last_modified_time {
            out.serialize_entry(
                "IfMatchLastModifiedTime",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.if_match_size {
            out.serialize_entry("IfMatchSize", &rt::json::Json(v))?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.mfa {
            out.serialize_entry("MFA", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DeleteObjectRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bypass_governance_retention {
            out.serialize_entry("BypassGovernanceRetention", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match_last_modified_time {
            out.serialize_entry(
                "IfMatchLastModifiedTime",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.if_match_size {
            out.serialize_entry("IfMatchSize", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.mfa {
            out.serialize_entry("MFA", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteObjectRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            bypass_governance_retention: rt::json::get(obj, "BypassGovernanceRetention", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            if_match: rt::json::get(obj, "IfMatch", p, cx)?,
            if_match_last_modified_time: rt::json::get_with(
                obj,
                "IfMatchLastModifiedTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::HttpDate, cx),
            )?,
            if_match_size: rt::json::get(obj, "IfMatchSize", p, cx)?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            mfa: rt::json::get(obj, "MFA", p, cx)?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
        })
    }
}
impl rt::ToJson for EncryptionTypeMismatch {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for EncryptionTypeMismatch {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EndEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for EndEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for GetObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.accept_ranges {
            out.serialize_entry("AcceptRanges", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_length {
            out.serialize_entry("ContentLength", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_range {
            out.serialize_entry("ContentRange", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.delete_marker {
            out.serialize_entry("DeleteMarker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expiration {
            out.serialize_entry("Expiration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.last_modified {
            out.serialize_entry(
                "LastModified",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.missing_meta {
            out.serialize_entry("MissingMeta", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.parts_count {
            out.serialize_entry("PartsCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replication_status {
            out.serialize_entry("ReplicationStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.restore {
            out.serialize_entry("Restore", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tag_count {
            out.serialize_entry("TagCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            accept_ranges: rt::json::get(obj, "AcceptRanges", p, cx)?,
            body: rt::Default::default(),
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            cache_control: rt::json::get(obj, "CacheControl", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            content_disposition: rt::json::get(obj, "ContentDisposition", p, cx)?,
            content_encoding: rt::json::get(obj, "ContentEncoding", p, cx)?,
            content_language: rt::json::get(obj, "ContentLanguage", p, cx)?,
            content_length: rt::json::get(obj, "ContentLength", p, cx)?,
            content_range: rt::json::get(obj, "ContentRange", p, cx)?,
            content_type: rt::json::get(obj, "ContentType", p, cx)?,
            delete_marker: rt::json::get(obj, "DeleteMarker", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            expiration: rt::json::get(obj, "Expiration", p, cx)?,
            expires: rt::json::get_with(obj, "Expires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            last_modified: rt::json::get_with(obj, "LastModified", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            metadata: rt::json::get_with(obj, "Metadata", p, cx, crate::json::de_metadata)?,
            missing_meta: rt::json::get(obj, "MissingMeta", p, cx)?,
            object_lock_legal_hold_status: rt::json::get(obj, "ObjectLockLegalHoldStatus", p, cx)?,
            object_lock_mode: rt::json::get(obj, "ObjectLockMode", p, cx)?,
            object_lock_retain_until_date: rt::json::get_with(
                obj,
                "ObjectLockRetainUntilDate",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            parts_count: rt::json::get(obj, "PartsCount", p, cx)?,
            replication_status: rt::json::get(obj, "ReplicationStatus", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            restore: rt::json::get(obj, "Restore", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            tag_count: rt::json::get(obj, "TagCount", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
            website_redirect_location: rt::json::get(obj, "WebsiteRedirectLocation", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetObjectRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.checksum_mode {
            out.serialize_entry("ChecksumMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_modified_since {
            out.serialize_entry(
                "IfModifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_unmodified_since {
            out.serialize_entry(
                "IfUnmodifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.part_number {
            out.serialize_entry("PartNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.range {
            out.serialize_entry("Range", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_cache_control {
            out.serialize_entry("ResponseCacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_disposition {
            out.serialize_entry("ResponseContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_encoding {
            out.serialize_entry("ResponseContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_language {
            out.serialize_entry("ResponseContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_type {
            out.serialize_entry("ResponseContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_expires {
            out.serialize_entry(
                "ResponseExpires",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetObjectRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_mode {
            out.serialize_entry("ChecksumMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_modified_since {
            out.serialize_entry(
                "IfModifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_unmodified_since {
            out.serialize_entry(
                "IfUnmodifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_number {
            out.serialize_entry("PartNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.range {
            out.serialize_entry("Range", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_cache_control {
            out.serialize_entry("ResponseCacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_disposition {
            out.serialize_entry("ResponseContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_encoding {
            out.serialize_entry("ResponseContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_language {
            out.serialize_entry("ResponseContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_type {
            out.serialize_entry("ResponseContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_expires {
            out.serialize_entry(
                "ResponseExpires",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetObjectRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            checksum_mode: rt::json::get(obj, "ChecksumMode", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            if_match: rt::json::get(obj, "IfMatch", p, cx)?,
            if_modified_since: rt::json::get_with(obj, "IfModifiedSince", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            if_none_match: rt::json::get(obj, "IfNoneMatch", p, cx)?,
            if_unmodified_since: rt::json::get_with(
                obj,
                "IfUnmodifiedSince",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            part_number: rt::json::get(obj, "PartNumber", p, cx)?,
            range: rt::json::get(obj, "Range", p, cx)?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            response_cache_control: rt::json::get(obj, "ResponseCacheControl", p, cx)?,
            response_content_disposition: rt::json::get(obj, "ResponseContentDisposition", p, cx)?,
            response_content_encoding: rt::json::get(obj, "ResponseContentEncoding", p, cx)?,
            response_content_language: rt::json::get(obj, "ResponseContentLanguage", p, cx)?,
            response_content_type: rt::json::get(obj, "ResponseContentType", p, cx)?,
            response_expires: rt::json::get_with(obj, "ResponseExpires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::HttpDate, cx)
            })?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
        })
    }
}
impl rt::ToJson for HeadBucketOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.access_point_alias {
            out.serialize_entry("AccessPointAlias", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_location_name {
            out.serialize_entry("BucketLocationName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_location_type {
            out.serialize_entry("BucketLocationType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_region {
            out.serialize_entry("BucketRegion", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for HeadBucketOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            access_point_alias: rt::json::get(obj, "AccessPointAlias", p, cx)?,
            bucket_location_name: rt::json::get(obj, "BucketLocationName", p, cx)?,
            bucket_location_type: rt::json::get(obj, "BucketLocationType", p, cx)?,
            bucket_region: rt::json::get_with(obj, "BucketRegion", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(20));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for HeadBucketRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for HeadBucketRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for HeadBucketRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
        })
    }
}
impl rt::ToJson for HeadObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.accept_ranges {
            out.serialize_entry("AcceptRanges", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_status {
            out.serialize_entry("ArchiveStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_length {
            out.serialize_entry("ContentLength", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_range {
            out.serialize_entry("ContentRange", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.delete_marker {
            out.serialize_entry("DeleteMarker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expiration {
            out.serialize_entry("Expiration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.last_modified {
            out.serialize_entry(
                "LastModified",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.missing_meta {
            out.serialize_entry("MissingMeta", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.parts_count {
            out.serialize_entry("PartsCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replication_status {
            out.serialize_entry("ReplicationStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.restore {
            out.serialize_entry("Restore", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for HeadObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            accept_ranges: rt::json::get(obj, "AcceptRanges", p, cx)?,
            archive_status: rt::json::get(obj, "ArchiveStatus", p, cx)?,
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            cache_control: rt::json::get(obj, "CacheControl", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            content_disposition: rt::json::get(obj, "ContentDisposition", p, cx)?,
            content_encoding: rt::json::get(obj, "ContentEncoding", p, cx)?,
            content_language: rt::json::get(obj, "ContentLanguage", p, cx)?,
            content_length: rt::json::get(obj, "ContentLength", p, cx)?,
            content_range: rt::json::get(obj, "ContentRange", p, cx)?,
            content_type: rt::json::get(obj, "ContentType", p, cx)?,
            delete_marker: rt::json::get(obj, "DeleteMarker", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            expiration: rt::json::get(obj, "Expiration", p, cx)?,
            expires: rt::json::get_with(obj, "Expires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            last_modified: rt::json::get_with(obj, "LastModified", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            metadata: rt::json::get_with(obj, "Metadata", p, cx, crate::json::de_metadata)?,
            missing_meta: rt::json::get(obj, "MissingMeta", p, cx)?,
            object_lock_legal_hold_status: rt::json::get(obj, "ObjectLockLegalHoldStatus", p, cx)?,
            object_lock_mode: rt::json::get(obj, "ObjectLockMode", p, cx)?,
            object_lock_retain_until_date: rt::json::get_with(
                obj,
                "ObjectLockRetainUntilDate",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            parts_count: rt::json::get(obj, "PartsCount", p, cx)?,
            replication_status: rt::json::get(obj, "ReplicationStatus", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            restore: rt::json::get(obj, "Restore", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
            website_redirect_location: rt::json::get(obj, "WebsiteRedirectLocation", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for HeadObjectRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.checksum_mode {
            out.serialize_entry("ChecksumMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_modified_since {
            out.serialize_entry(
                "IfModifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_unmodified_since {
            out.serialize_entry(
                "IfUnmodifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.part_number {
            out.serialize_entry("PartNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.range {
            out.serialize_entry("Range", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_cache_control {
            out.serialize_entry("ResponseCacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_disposition {
            out.serialize_entry("ResponseContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_encoding {
            out.serialize_entry("ResponseContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_language {
            out.serialize_entry("ResponseContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_type {
            out.serialize_entry("ResponseContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_expires {
            out.serialize_entry(
                "ResponseExpires",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for HeadObjectRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_mode {
            out.serialize_entry("ChecksumMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_modified_since {
            out.serialize_entry(
                "IfModifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_unmodified_since {
            out.serialize_entry(
                "IfUnmodifiedSince",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_number {
            out.serialize_entry("PartNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.range {
            out.serialize_entry("Range", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_cache_control {
            out.serialize_entry("ResponseCacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_disposition {
            out.serialize_entry("ResponseContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_encoding {
            out.serialize_entry("ResponseContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_language {
            out.serialize_entry("ResponseContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_content_type {
            out.serialize_entry("ResponseContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.response_expires {
            out.serialize_entry(
                "ResponseExpires",
                &rt::json::Ts(v, rt::TimestampFormat::HttpDate),
            )?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for HeadObjectRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            checksum_mode: rt::json::get(obj, "ChecksumMode", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            if_match: rt::json::get(obj, "IfMatch", p, cx)?,
            if_modified_since: rt::json::get_with(obj, "IfModifiedSince", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            if_none_match: rt::json::get(obj, "IfNoneMatch", p, cx)?,
            if_unmodified_since: rt::json::get_with(
                obj,
                "IfUnmodifiedSince",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            part_number: rt::json::get(obj, "PartNumber", p, cx)?,
            range: rt::json::get(obj, "Range", p, cx)?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            response_cache_control: rt::json::get(obj, "ResponseCacheControl", p, cx)?,
            response_content_disposition: rt::json::get(obj, "ResponseContentDisposition", p, cx)?,
            response_content_encoding: rt::json::get(obj, "ResponseContentEncoding", p, cx)?,
            response_content_language: rt::json::get(obj, "ResponseContentLanguage", p, cx)?,
            response_content_type: rt::json::get(obj, "ResponseContentType", p, cx)?,
            response_expires: rt::json::get_with(obj, "ResponseExpires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::HttpDate, cx)
            })?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
        })
    }
}
impl rt::ToJson for InputSerialization {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.csv {
            out.serialize_entry("CSV", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.compression_type {
            out.serialize_entry("CompressionType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.json {
            out.serialize_entry("JSON", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.parquet {
            out.serialize_entry("Parquet", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InputSerialization {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            csv: rt::json::get(obj, "CSV", p, cx)?,
            compression_type: rt::json::get(obj, "CompressionType", p, cx)?,
            json: rt::json::get(obj, "JSON", p, cx)?,
            parquet: rt::json::get(obj, "Parquet", p, cx)?,
        })
    }
}
impl rt::Fallback for InputSerialization {
    fn fallback() -> Self {
        Self {
            csv: None,
            compression_type: None,
            json: None,
            parquet: None,
        }
    }
}
impl rt::ToJson for InvalidObjectState {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.access_tier {
            out.serialize_entry("AccessTier", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidObjectState {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            access_tier: rt::json::get(obj, "AccessTier", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for InvalidRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidWriteOffset {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for InvalidWriteOffset {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for JsonInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.r#type {
            out.serialize_entry("Type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for JsonInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            r#type: rt::json::get(obj, "Type", p, cx)?,
        })
    }
}
impl rt::ToJson for JsonOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.record_delimiter {
            out.serialize_entry("RecordDelimiter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for JsonOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            record_delimiter: rt::json::get(obj, "RecordDelimiter", p, cx)?,
        })
    }
}
impl rt::ToJson for ListBucketsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.buckets {
            out.serialize_entry("Buckets", &crate::json::ser_buckets(v))?;
        }
        if let Some(v) = &self.continuation_token {
            out.serialize_entry("ContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.owner {
            out.serialize_entry("Owner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListBucketsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            buckets: rt::json::get_with(obj, "Buckets", p, cx, crate::json::de_buckets)?,
            continuation_token: rt::json::get(obj, "ContinuationToken", p, cx)?,
            owner: rt::json::get(obj, "Owner", p, cx)?,
            prefix: rt::json::get(obj, "Prefix", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListBucketsRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket_region {
            out.serialize_entry("BucketRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.continuation_token {
            out.serialize_entry("ContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_buckets {
            out.serialize_entry("MaxBuckets", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListBucketsRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket_region {
            out.serialize_entry("BucketRegion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.continuation_token {
            out.serialize_entry("ContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_buckets {
            out.serialize_entry("MaxBuckets", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListBucketsRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket_region: rt::json::get(obj, "BucketRegion", p, cx)?,
            continuation_token: rt::json::get(obj, "ContinuationToken", p, cx)?,
            max_buckets: rt::json::get_with(obj, "MaxBuckets", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(10000.0));
                Ok(x)
            })?,
            prefix: rt::json::get(obj, "Prefix", p, cx)?,
        })
    }
}
impl rt::ToJson for ListObjectsV2Output {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.common_prefixes {
            out.serialize_entry("CommonPrefixes", &crate::json::ser_common_prefix_list(v))?;
        }
        if let Some(v) = &self.contents {
            out.serialize_entry("Contents", &crate::json::ser_object_list(v))?;
        }
        if let Some(v) = &self.continuation_token {
            out.serialize_entry("ContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.delimiter {
            out.serialize_entry("Delimiter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encoding_type {
            out.serialize_entry("EncodingType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.is_truncated {
            out.serialize_entry("IsTruncated", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_count {
            out.serialize_entry("KeyCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_keys {
            out.serialize_entry("MaxKeys", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_continuation_token {
            out.serialize_entry("NextContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.start_after {
            out.serialize_entry("StartAfter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListObjectsV2Output {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            common_prefixes: rt::json::get_with(
                obj,
                "CommonPrefixes",
                p,
                cx,
                crate::json::de_common_prefix_list,
            )?,
            contents: rt::json::get_with(obj, "Contents", p, cx, crate::json::de_object_list)?,
            continuation_token: rt::json::get(obj, "ContinuationToken", p, cx)?,
            delimiter: rt::json::get(obj, "Delimiter", p, cx)?,
            encoding_type: rt::json::get(obj, "EncodingType", p, cx)?,
            is_truncated: rt::json::get(obj, "IsTruncated", p, cx)?,
            key_count: rt::json::get(obj, "KeyCount", p, cx)?,
            max_keys: rt::json::get(obj, "MaxKeys", p, cx)?,
            name: rt::json::get(obj, "Name", p, cx)?,
            next_continuation_token: rt::json::get(obj, "NextContinuationToken", p, cx)?,
            prefix: rt::json::get(obj, "Prefix", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            start_after: rt::json::get(obj, "StartAfter", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListObjectsV2Request {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.continuation_token {
            out.serialize_entry("ContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.delimiter {
            out.serialize_entry("Delimiter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encoding_type {
            out.serialize_entry("EncodingType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.fetch_owner {
            out.serialize_entry("FetchOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_keys {
            out.serialize_entry("MaxKeys", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.optional_object_attributes {
            out.serialize_entry(
                "OptionalObjectAttributes",
                &crate::json::ser_optional_object_attributes_list(v),
            )?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.start_after {
            out.serialize_entry("StartAfter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListObjectsV2RequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.continuation_token {
            out.serialize_entry("ContinuationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.delimiter {
            out.serialize_entry("Delimiter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encoding_type {
            out.serialize_entry("EncodingType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.fetch_owner {
            out.serialize_entry("FetchOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_keys {
            out.serialize_entry("MaxKeys", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.optional_object_attributes {
            out.serialize_entry(
                "OptionalObjectAttributes",
                &crate::json::ser_optional_object_attributes_list(v),
            )?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.start_after {
            out.serialize_entry("StartAfter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListObjectsV2Request {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            continuation_token: rt::json::get(obj, "ContinuationToken", p, cx)?,
            delimiter: rt::json::get(obj, "Delimiter", p, cx)?,
            encoding_type: rt::json::get(obj, "EncodingType", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            fetch_owner: rt::json::get(obj, "FetchOwner", p, cx)?,
            max_keys: rt::json::get(obj, "MaxKeys", p, cx)?,
            optional_object_attributes: rt::json::get_with(
                obj,
                "OptionalObjectAttributes",
                p,
                cx,
                crate::json::de_optional_object_attributes_list,
            )?,
            prefix: rt::json::get(obj, "Prefix", p, cx)?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            start_after: rt::json::get(obj, "StartAfter", p, cx)?,
        })
    }
}
impl rt::ToJson for LocationInfo {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("Name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("Type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LocationInfo {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::get(obj, "Name", p, cx)?,
            r#type: rt::json::get(obj, "Type", p, cx)?,
        })
    }
}
impl rt::ToJson for NoSuchBucket {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for NoSuchBucket {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for NoSuchKey {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for NoSuchKey {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for NoSuchUpload {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for NoSuchUpload {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for NotFound {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for NotFound {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Object {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry(
                "ChecksumAlgorithm",
                &crate::json::ser_checksum_algorithm_list(v),
            )?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_modified {
            out.serialize_entry(
                "LastModified",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.owner {
            out.serialize_entry("Owner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.restore_status {
            out.serialize_entry("RestoreStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.size {
            out.serialize_entry("Size", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Object {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            checksum_algorithm: rt::json::get_with(
                obj,
                "ChecksumAlgorithm",
                p,
                cx,
                crate::json::de_checksum_algorithm_list,
            )?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            key: rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), None);
                Ok(x)
            })?,
            last_modified: rt::json::get_with(obj, "LastModified", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            owner: rt::json::get(obj, "Owner", p, cx)?,
            restore_status: rt::json::get(obj, "RestoreStatus", p, cx)?,
            size: rt::json::get(obj, "Size", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
        })
    }
}
impl rt::ToJson for ObjectNotInActiveTierError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for ObjectNotInActiveTierError {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for OutputSerialization {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.csv {
            out.serialize_entry("CSV", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.json {
            out.serialize_entry("JSON", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for OutputSerialization {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            csv: rt::json::get(obj, "CSV", p, cx)?,
            json: rt::json::get(obj, "JSON", p, cx)?,
        })
    }
}
impl rt::Fallback for OutputSerialization {
    fn fallback() -> Self {
        Self {
            csv: None,
            json: None,
        }
    }
}
impl rt::ToJson for Owner {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.display_name {
            out.serialize_entry("DisplayName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.id {
            out.serialize_entry("ID", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Owner {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            display_name: rt::json::get(obj, "DisplayName", p, cx)?,
            id: rt::json::get(obj, "ID", p, cx)?,
        })
    }
}
impl rt::ToJson for ParquetInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for ParquetInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for Progress {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bytes_processed {
            out.serialize_entry("BytesProcessed", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bytes_returned {
            out.serialize_entry("BytesReturned", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bytes_scanned {
            out.serialize_entry("BytesScanned", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Progress {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bytes_processed: rt::json::get(obj, "BytesProcessed", p, cx)?,
            bytes_returned: rt::json::get(obj, "BytesReturned", p, cx)?,
            bytes_scanned: rt::json::get(obj, "BytesScanned", p, cx)?,
        })
    }
}
impl rt::ToJson for ProgressEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.details {
            out.serialize_entry("Details", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ProgressEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            details: rt::json::get(obj, "Details", p, cx)?,
        })
    }
}
impl rt::ToJson for PutObjectOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_type {
            out.serialize_entry("ChecksumType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expiration {
            out.serialize_entry("Expiration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.size {
            out.serialize_entry("Size", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.version_id {
            out.serialize_entry("VersionId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutObjectOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            checksum_type: rt::json::get(obj, "ChecksumType", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            expiration: rt::json::get(obj, "Expiration", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_encryption_context: rt::json::get(obj, "SSEKMSEncryptionContext", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            size: rt::json::get(obj, "Size", p, cx)?,
            version_id: rt::json::get(obj, "VersionId", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutObjectRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_length {
            out.serialize_entry("ContentLength", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_md5 {
            out.serialize_entry("ContentMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_offset_bytes {
            out.serialize_entry("WriteOffsetBytes", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PutObjectRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.acl {
            out.serialize_entry("ACL", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.cache_control {
            out.serialize_entry("CacheControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_disposition {
            out.serialize_entry("ContentDisposition", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_encoding {
            out.serialize_entry("ContentEncoding", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_language {
            out.serialize_entry("ContentLanguage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_length {
            out.serialize_entry("ContentLength", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_md5 {
            out.serialize_entry("ContentMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("ContentType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires {
            out.serialize_entry("Expires", &rt::json::Ts(v, rt::TimestampFormat::DateTime))?;
        }
        if let Some(v) = &self.grant_full_control {
            out.serialize_entry("GrantFullControl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read {
            out.serialize_entry("GrantRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_read_acp {
            out.serialize_entry("GrantReadACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.grant_write_acp {
            out.serialize_entry("GrantWriteACP", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_match {
            out.serialize_entry("IfMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.if_none_match {
            out.serialize_entry("IfNoneMatch", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.metadata {
            out.serialize_entry("Metadata", &crate::json::ser_metadata(v))?;
        }
        if let Some(v) = &self.object_lock_legal_hold_status {
            out.serialize_entry("ObjectLockLegalHoldStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_mode {
            out.serialize_entry("ObjectLockMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.object_lock_retain_until_date {
            out.serialize_entry(
                "ObjectLockRetainUntilDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_encryption_context {
            out.serialize_entry("SSEKMSEncryptionContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.website_redirect_location {
            out.serialize_entry("WebsiteRedirectLocation", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_offset_bytes {
            out.serialize_entry("WriteOffsetBytes", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutObjectRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            acl: rt::json::get(obj, "ACL", p, cx)?,
            body: rt::Default::default(),
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            cache_control: rt::json::get(obj, "CacheControl", p, cx)?,
            checksum_algorithm: rt::json::get(obj, "ChecksumAlgorithm", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            content_disposition: rt::json::get(obj, "ContentDisposition", p, cx)?,
            content_encoding: rt::json::get(obj, "ContentEncoding", p, cx)?,
            content_language: rt::json::get(obj, "ContentLanguage", p, cx)?,
            content_length: rt::json::get(obj, "ContentLength", p, cx)?,
            content_md5: rt::json::get(obj, "ContentMD5", p, cx)?,
            content_type: rt::json::get(obj, "ContentType", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            expires: rt::json::get_with(obj, "Expires", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx)
            })?,
            grant_full_control: rt::json::get(obj, "GrantFullControl", p, cx)?,
            grant_read: rt::json::get(obj, "GrantRead", p, cx)?,
            grant_read_acp: rt::json::get(obj, "GrantReadACP", p, cx)?,
            grant_write_acp: rt::json::get(obj, "GrantWriteACP", p, cx)?,
            if_match: rt::json::get(obj, "IfMatch", p, cx)?,
            if_none_match: rt::json::get(obj, "IfNoneMatch", p, cx)?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            metadata: rt::json::get_with(obj, "Metadata", p, cx, crate::json::de_metadata)?,
            object_lock_legal_hold_status: rt::json::get(obj, "ObjectLockLegalHoldStatus", p, cx)?,
            object_lock_mode: rt::json::get(obj, "ObjectLockMode", p, cx)?,
            object_lock_retain_until_date: rt::json::get_with(
                obj,
                "ObjectLockRetainUntilDate",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_encryption_context: rt::json::get(obj, "SSEKMSEncryptionContext", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            tagging: rt::json::get(obj, "Tagging", p, cx)?,
            website_redirect_location: rt::json::get(obj, "WebsiteRedirectLocation", p, cx)?,
            write_offset_bytes: rt::json::get(obj, "WriteOffsetBytes", p, cx)?,
        })
    }
}
impl rt::ToJson for RecordsEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.payload {
            out.serialize_entry("Payload", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RecordsEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            payload: rt::json::get(obj, "Payload", p, cx)?,
        })
    }
}
impl rt::ToJson for RequestProgress {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.enabled {
            out.serialize_entry("Enabled", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RequestProgress {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            enabled: rt::json::get(obj, "Enabled", p, cx)?,
        })
    }
}
impl rt::ToJson for RestoreStatus {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.is_restore_in_progress {
            out.serialize_entry("IsRestoreInProgress", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.restore_expiry_date {
            out.serialize_entry(
                "RestoreExpiryDate",
                &rt::json::Ts(v, rt::TimestampFormat::DateTime),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for RestoreStatus {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            is_restore_in_progress: rt::json::get(obj, "IsRestoreInProgress", p, cx)?,
            restore_expiry_date: rt::json::get_with(
                obj,
                "RestoreExpiryDate",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::DateTime, cx),
            )?,
        })
    }
}
impl rt::ToJson for ScanRange {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.end {
            out.serialize_entry("End", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.start {
            out.serialize_entry("Start", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ScanRange {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            end: rt::json::get(obj, "End", p, cx)?,
            start: rt::json::get(obj, "Start", p, cx)?,
        })
    }
}
impl rt::ToJson for SelectObjectContentOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for SelectObjectContentOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            payload: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SelectObjectContentRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        out.serialize_entry("Expression", &rt::json::Json(&self.expression))?;
        out.serialize_entry("ExpressionType", &rt::json::Json(&self.expression_type))?;
        out.serialize_entry(
            "InputSerialization",
            &rt::json::Json(&self.input_serialization),
        )?;
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        out.serialize_entry(
            "OutputSerialization",
            &rt::json::Json(&self.output_serialization),
        )?;
        if let Some(v) = &self.request_progress {
            out.serialize_entry("RequestProgress", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scan_range {
            out.serialize_entry("ScanRange", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for SelectObjectContentRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expression {
            out.serialize_entry("Expression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expression_type {
            out.serialize_entry("ExpressionType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.input_serialization {
            out.serialize_entry("InputSerialization", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.output_serialization {
            out.serialize_entry("OutputSerialization", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_progress {
            out.serialize_entry("RequestProgress", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scan_range {
            out.serialize_entry("ScanRange", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SelectObjectContentRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            expression: rt::json::required(
                rt::json::get(obj, "Expression", p, cx)?,
                &p.field("Expression"),
                cx,
            ),
            expression_type: rt::json::required(
                rt::json::get(obj, "ExpressionType", p, cx)?,
                &p.field("ExpressionType"),
                cx,
            ),
            input_serialization: rt::json::required(
                rt::json::get(obj, "InputSerialization", p, cx)?,
                &p.field("InputSerialization"),
                cx,
            ),
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            output_serialization: rt::json::required(
                rt::json::get(obj, "OutputSerialization", p, cx)?,
                &p.field("OutputSerialization"),
                cx,
            ),
            request_progress: rt::json::get(obj, "RequestProgress", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            scan_range: rt::json::get(obj, "ScanRange", p, cx)?,
        })
    }
}
impl rt::ToJson for Stats {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bytes_processed {
            out.serialize_entry("BytesProcessed", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bytes_returned {
            out.serialize_entry("BytesReturned", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.bytes_scanned {
            out.serialize_entry("BytesScanned", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Stats {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bytes_processed: rt::json::get(obj, "BytesProcessed", p, cx)?,
            bytes_returned: rt::json::get(obj, "BytesReturned", p, cx)?,
            bytes_scanned: rt::json::get(obj, "BytesScanned", p, cx)?,
        })
    }
}
impl rt::ToJson for StatsEvent {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.details {
            out.serialize_entry("Details", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StatsEvent {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            details: rt::json::get(obj, "Details", p, cx)?,
        })
    }
}
impl rt::ToJson for TooManyParts {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for TooManyParts {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UploadPartOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket_key_enabled {
            out.serialize_entry("BucketKeyEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.e_tag {
            out.serialize_entry("ETag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_charged {
            out.serialize_entry("RequestCharged", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ssekms_key_id {
            out.serialize_entry("SSEKMSKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.server_side_encryption {
            out.serialize_entry("ServerSideEncryption", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UploadPartOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            bucket_key_enabled: rt::json::get(obj, "BucketKeyEnabled", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            e_tag: rt::json::get(obj, "ETag", p, cx)?,
            request_charged: rt::json::get(obj, "RequestCharged", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            ssekms_key_id: rt::json::get(obj, "SSEKMSKeyId", p, cx)?,
            server_side_encryption: rt::json::get(obj, "ServerSideEncryption", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UploadPartRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Bucket", &rt::json::Json(&self.bucket))?;
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_length {
            out.serialize_entry("ContentLength", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_md5 {
            out.serialize_entry("ContentMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        out.serialize_entry("PartNumber", &rt::json::Json(&self.part_number))?;
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        out.serialize_entry("UploadId", &rt::json::Json(&self.upload_id))?;
        out.end()
    }
}
impl rt::ToJson for UploadPartRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.bucket {
            out.serialize_entry("Bucket", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_algorithm {
            out.serialize_entry("ChecksumAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32 {
            out.serialize_entry("ChecksumCRC32", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc32c {
            out.serialize_entry("ChecksumCRC32C", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_crc64nvme {
            out.serialize_entry("ChecksumCRC64NVME", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha1 {
            out.serialize_entry("ChecksumSHA1", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum_sha256 {
            out.serialize_entry("ChecksumSHA256", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_length {
            out.serialize_entry("ContentLength", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_md5 {
            out.serialize_entry("ContentMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected_bucket_owner {
            out.serialize_entry("ExpectedBucketOwner", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_number {
            out.serialize_entry("PartNumber", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_payer {
            out.serialize_entry("RequestPayer", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_algorithm {
            out.serialize_entry("SSECustomerAlgorithm", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key {
            out.serialize_entry("SSECustomerKey", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_customer_key_md5 {
            out.serialize_entry("SSECustomerKeyMD5", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("UploadId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UploadPartRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            body: rt::Default::default(),
            bucket: rt::json::required(
                rt::json::get(obj, "Bucket", p, cx)?,
                &p.field("Bucket"),
                cx,
            ),
            checksum_algorithm: rt::json::get(obj, "ChecksumAlgorithm", p, cx)?,
            checksum_crc32: rt::json::get(obj, "ChecksumCRC32", p, cx)?,
            checksum_crc32c: rt::json::get(obj, "ChecksumCRC32C", p, cx)?,
            checksum_crc64nvme: rt::json::get(obj, "ChecksumCRC64NVME", p, cx)?,
            checksum_sha1: rt::json::get(obj, "ChecksumSHA1", p, cx)?,
            checksum_sha256: rt::json::get(obj, "ChecksumSHA256", p, cx)?,
            content_length: rt::json::get(obj, "ContentLength", p, cx)?,
            content_md5: rt::json::get(obj, "ContentMD5", p, cx)?,
            expected_bucket_owner: rt::json::get(obj, "ExpectedBucketOwner", p, cx)?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), None);
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            part_number: rt::json::required(
                rt::json::get(obj, "PartNumber", p, cx)?,
                &p.field("PartNumber"),
                cx,
            ),
            request_payer: rt::json::get(obj, "RequestPayer", p, cx)?,
            sse_customer_algorithm: rt::json::get(obj, "SSECustomerAlgorithm", p, cx)?,
            sse_customer_key: rt::json::get(obj, "SSECustomerKey", p, cx)?,
            sse_customer_key_md5: rt::json::get(obj, "SSECustomerKeyMD5", p, cx)?,
            upload_id: rt::json::required(
                rt::json::get(obj, "UploadId", p, cx)?,
                &p.field("UploadId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for SelectObjectContentEventStream {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Cont(x) => out.serialize_entry("Cont", &rt::json::Json(x))?,
            Self::End(x) => out.serialize_entry("End", &rt::json::Json(x))?,
            Self::Progress(x) => out.serialize_entry("Progress", &rt::json::Json(x))?,
            Self::Records(x) => out.serialize_entry("Records", &rt::json::Json(x))?,
            Self::Stats(x) => out.serialize_entry("Stats", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for SelectObjectContentEventStream {
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
            "Cont" => {
                let x = <ContinuationEvent>::from_json(v, &p, cx)?;
                Self::Cont(x)
            }
            "End" => {
                let x = <EndEvent>::from_json(v, &p, cx)?;
                Self::End(x)
            }
            "Progress" => {
                let x = <ProgressEvent>::from_json(v, &p, cx)?;
                Self::Progress(x)
            }
            "Records" => {
                let x = <RecordsEvent>::from_json(v, &p, cx)?;
                Self::Records(x)
            }
            "Stats" => {
                let x = <StatsEvent>::from_json(v, &p, cx)?;
                Self::Stats(x)
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
impl rt::Fallback for SelectObjectContentEventStream {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_buckets<'a>(&'a [Bucket]);
impl rt::serde::Serialize for ser_buckets<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_buckets(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Bucket>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Bucket>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_checksum_algorithm_list<'a>(&'a [ChecksumAlgorithm]);
impl rt::serde::Serialize for ser_checksum_algorithm_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_checksum_algorithm_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ChecksumAlgorithm>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ChecksumAlgorithm>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_common_prefix_list<'a>(&'a [CommonPrefix]);
impl rt::serde::Serialize for ser_common_prefix_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_common_prefix_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<CommonPrefix>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <CommonPrefix>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_completed_part_list<'a>(&'a [CompletedPart]);
impl rt::serde::Serialize for ser_completed_part_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_completed_part_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<CompletedPart>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <CompletedPart>::from_json(v, p, cx)?;
        Ok(x)
    })
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
struct ser_object_list<'a>(&'a [Object]);
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
) -> rt::DeResult<rt::Vec<Object>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Object>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_optional_object_attributes_list<'a>(&'a [OptionalObjectAttributes]);
impl rt::serde::Serialize for ser_optional_object_attributes_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_optional_object_attributes_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<OptionalObjectAttributes>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <OptionalObjectAttributes>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for AbortMultipartUploadRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.upload_id.is_none() {
            cx.missing(&path.field("UploadId"));
        }
        Ok(())
    }
}
impl rt::json::Input for AbortMultipartUploadRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "IfMatchInitiatedTime" => self
                .if_match_initiated_time
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::HttpDate))),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "UploadId" => self.upload_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for BucketInfo {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.data_redundancy {
            let p = &path.field("DataRedundancy");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.r#type {
            let p = &path.field("Type");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for CompleteMultipartUploadRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_type {
            let p = &path.field("ChecksumType");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.upload_id.is_none() {
            cx.missing(&path.field("UploadId"));
        }
        Ok(())
    }
}
impl rt::json::Input for CompleteMultipartUploadRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ChecksumCRC32" => self.checksum_crc32.as_ref().map(|v| v.to_json()),
            "ChecksumCRC32C" => self.checksum_crc32c.as_ref().map(|v| v.to_json()),
            "ChecksumCRC64NVME" => self.checksum_crc64nvme.as_ref().map(|v| v.to_json()),
            "ChecksumSHA1" => self.checksum_sha1.as_ref().map(|v| v.to_json()),
            "ChecksumSHA256" => self.checksum_sha256.as_ref().map(|v| v.to_json()),
            "ChecksumType" => self.checksum_type.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "IfMatch" => self.if_match.as_ref().map(|v| v.to_json()),
            "IfNoneMatch" => self.if_none_match.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "MpuObjectSize" => self.mpu_object_size.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "UploadId" => self.upload_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
    fn payload(&self) -> rt::Result<rt::Option<rt::Vec<u8>>, rt::serde_json::Error> {
        self.multipart_upload
            .as_ref()
            .map(|v| rt::serde_json::to_vec(&rt::json::Json(v)))
            .transpose()
    }
}
impl rt::Validate for CopyObjectRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.acl {
            let p = &path.field("ACL");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_algorithm {
            let p = &path.field("ChecksumAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.copy_source {
            Some(x) => {
                let p = &path.field("CopySource");
                cx.pattern(p, x, &crate::json::PATTERN_0);
            }
            None => cx.missing(&path.field("CopySource")),
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.metadata_directive {
            let p = &path.field("MetadataDirective");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.object_lock_legal_hold_status {
            let p = &path.field("ObjectLockLegalHoldStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.object_lock_mode {
            let p = &path.field("ObjectLockMode");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.server_side_encryption {
            let p = &path.field("ServerSideEncryption");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.storage_class {
            let p = &path.field("StorageClass");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.tagging_directive {
            let p = &path.field("TaggingDirective");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CopyObjectRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "ACL" => self.acl.as_ref().map(|v| v.to_json()),
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "BucketKeyEnabled" => self.bucket_key_enabled.as_ref().map(|v| v.to_json()),
            "CacheControl" => self.cache_control.as_ref().map(|v| v.to_json()),
            "ChecksumAlgorithm" => self.checksum_algorithm.as_ref().map(|v| v.to_json()),
            "ContentDisposition" => self.content_disposition.as_ref().map(|v| v.to_json()),
            "ContentEncoding" => self.content_encoding.as_ref().map(|v| v.to_json()),
            "ContentLanguage" => self.content_language.as_ref().map(|v| v.to_json()),
            "ContentType" => self.content_type.as_ref().map(|v| v.to_json()),
            "CopySource" => self.copy_source.as_ref().map(|v| v.to_json()),
            "CopySourceIfMatch" => self.copy_source_if_match.as_ref().map(|v| v.to_json()),
            "CopySourceIfModifiedSince" => self
                .copy_source_if_modified_since
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "CopySourceIfNoneMatch" => self.copy_source_if_none_match.as_ref().map(|v| v.to_json()),
            "CopySourceIfUnmodifiedSince" => self
                .copy_source_if_unmodified_since
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "CopySourceSSECustomerAlgorithm" => self
                .copy_source_sse_customer_algorithm
                .as_ref()
                .map(|v| v.to_json()),
            "CopySourceSSECustomerKey" => self
                .copy_source_sse_customer_key
                .as_ref()
                .map(|v| v.to_json()),
            "CopySourceSSECustomerKeyMD5" => self
                .copy_source_sse_customer_key_md5
                .as_ref()
                .map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "ExpectedSourceBucketOwner" => self
                .expected_source_bucket_owner
                .as_ref()
                .map(|v| v.to_json()),
            "Expires" => self
                .expires
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "GrantFullControl" => self.grant_full_control.as_ref().map(|v| v.to_json()),
            "GrantRead" => self.grant_read.as_ref().map(|v| v.to_json()),
            "GrantReadACP" => self.grant_read_acp.as_ref().map(|v| v.to_json()),
            "GrantWriteACP" => self.grant_write_acp.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "Metadata" => self
                .metadata
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_metadata(v))),
            "MetadataDirective" => self.metadata_directive.as_ref().map(|v| v.to_json()),
            "ObjectLockLegalHoldStatus" => self
                .object_lock_legal_hold_status
                .as_ref()
                .map(|v| v.to_json()),
            "ObjectLockMode" => self.object_lock_mode.as_ref().map(|v| v.to_json()),
            "ObjectLockRetainUntilDate" => self
                .object_lock_retain_until_date
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "SSEKMSEncryptionContext" => {
                self.ssekms_encryption_context.as_ref().map(|v| v.to_json())
            }
            "SSEKMSKeyId" => self.ssekms_key_id.as_ref().map(|v| v.to_json()),
            "ServerSideEncryption" => self.server_side_encryption.as_ref().map(|v| v.to_json()),
            "StorageClass" => self.storage_class.as_ref().map(|v| v.to_json()),
            "Tagging" => self.tagging.as_ref().map(|v| v.to_json()),
            "TaggingDirective" => self.tagging_directive.as_ref().map(|v| v.to_json()),
            "WebsiteRedirectLocation" => {
                self.website_redirect_location.as_ref().map(|v| v.to_json())
            }
            _ => None,
        }
    }
}
impl rt::Validate for CreateBucketConfiguration {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.bucket {
            let p = &path.field("Bucket");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.location {
            let p = &path.field("Location");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.location_constraint {
            let p = &path.field("LocationConstraint");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for CreateBucketRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.acl {
            let p = &path.field("ACL");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.create_bucket_configuration {
            let p = &path.field("CreateBucketConfiguration");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.object_ownership {
            let p = &path.field("ObjectOwnership");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CreateBucketRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "ACL" => self.acl.as_ref().map(|v| v.to_json()),
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "GrantFullControl" => self.grant_full_control.as_ref().map(|v| v.to_json()),
            "GrantRead" => self.grant_read.as_ref().map(|v| v.to_json()),
            "GrantReadACP" => self.grant_read_acp.as_ref().map(|v| v.to_json()),
            "GrantWrite" => self.grant_write.as_ref().map(|v| v.to_json()),
            "GrantWriteACP" => self.grant_write_acp.as_ref().map(|v| v.to_json()),
            "ObjectLockEnabledForBucket" => self
                .object_lock_enabled_for_bucket
                .as_ref()
                .map(|v| v.to_json()),
            "ObjectOwnership" => self.object_ownership.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
    fn payload(&self) -> rt::Result<rt::Option<rt::Vec<u8>>, rt::serde_json::Error> {
        self.create_bucket_configuration
            .as_ref()
            .map(|v| rt::serde_json::to_vec(&rt::json::Json(v)))
            .transpose()
    }
}
impl rt::Validate for CreateMultipartUploadRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.acl {
            let p = &path.field("ACL");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_algorithm {
            let p = &path.field("ChecksumAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.checksum_type {
            let p = &path.field("ChecksumType");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.object_lock_legal_hold_status {
            let p = &path.field("ObjectLockLegalHoldStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.object_lock_mode {
            let p = &path.field("ObjectLockMode");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.server_side_encryption {
            let p = &path.field("ServerSideEncryption");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.storage_class {
            let p = &path.field("StorageClass");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CreateMultipartUploadRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "ACL" => self.acl.as_ref().map(|v| v.to_json()),
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "BucketKeyEnabled" => self.bucket_key_enabled.as_ref().map(|v| v.to_json()),
            "CacheControl" => self.cache_control.as_ref().map(|v| v.to_json()),
            "ChecksumAlgorithm" => self.checksum_algorithm.as_ref().map(|v| v.to_json()),
            "ChecksumType" => self.checksum_type.as_ref().map(|v| v.to_json()),
            "ContentDisposition" => self.content_disposition.as_ref().map(|v| v.to_json()),
            "ContentEncoding" => self.content_encoding.as_ref().map(|v| v.to_json()),
            "ContentLanguage" => self.content_language.as_ref().map(|v| v.to_json()),
            "ContentType" => self.content_type.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "Expires" => self
                .expires
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "GrantFullControl" => self.grant_full_control.as_ref().map(|v| v.to_json()),
            "GrantRead" => self.grant_read.as_ref().map(|v| v.to_json()),
            "GrantReadACP" => self.grant_read_acp.as_ref().map(|v| v.to_json()),
            "GrantWriteACP" => self.grant_write_acp.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "Metadata" => self
                .metadata
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_metadata(v))),
            "ObjectLockLegalHoldStatus" => self
                .object_lock_legal_hold_status
                .as_ref()
                .map(|v| v.to_json()),
            "ObjectLockMode" => self.object_lock_mode.as_ref().map(|v| v.to_json()),
            "ObjectLockRetainUntilDate" => self
                .object_lock_retain_until_date
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "SSEKMSEncryptionContext" => {
                self.ssekms_encryption_context.as_ref().map(|v| v.to_json())
            }
            "SSEKMSKeyId" => self.ssekms_key_id.as_ref().map(|v| v.to_json()),
            "ServerSideEncryption" => self.server_side_encryption.as_ref().map(|v| v.to_json()),
            "StorageClass" => self.storage_class.as_ref().map(|v| v.to_json()),
            "Tagging" => self.tagging.as_ref().map(|v| v.to_json()),
            "WebsiteRedirectLocation" => {
                self.website_redirect_location.as_ref().map(|v| v.to_json())
            }
            _ => None,
        }
    }
}
impl rt::Validate for CsvInput {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.file_header_info {
            let p = &path.field("FileHeaderInfo");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for CsvOutput {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.quote_fields {
            let p = &path.field("QuoteFields");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for DeleteBucketRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteBucketRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for DeleteObjectRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteObjectRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "BypassGovernanceRetention" => self
                .bypass_governance_retention
                .as_ref()
                .map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "IfMatch" => self.if_match.as_ref().map(|v| v.to_json()),
            "IfMatchLastModifiedTime" => self
                .if_match_last_modified_time
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::HttpDate))),
            "IfMatchSize" => self.if_match_size.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "MFA" => self.mfa.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "VersionId" => self.version_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for GetObjectRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_mode {
            let p = &path.field("ChecksumMode");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for GetObjectRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ChecksumMode" => self.checksum_mode.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "IfMatch" => self.if_match.as_ref().map(|v| v.to_json()),
            "IfModifiedSince" => self
                .if_modified_since
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "IfNoneMatch" => self.if_none_match.as_ref().map(|v| v.to_json()),
            "IfUnmodifiedSince" => self
                .if_unmodified_since
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "PartNumber" => self.part_number.as_ref().map(|v| v.to_json()),
            "Range" => self.range.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "ResponseCacheControl" => self.response_cache_control.as_ref().map(|v| v.to_json()),
            "ResponseContentDisposition" => self
                .response_content_disposition
                .as_ref()
                .map(|v| v.to_json()),
            "ResponseContentEncoding" => {
                self.response_content_encoding.as_ref().map(|v| v.to_json())
            }
            "ResponseContentLanguage" => {
                self.response_content_language.as_ref().map(|v| v.to_json())
            }
            "ResponseContentType" => self.response_content_type.as_ref().map(|v| v.to_json()),
            "ResponseExpires" => self
                .response_expires
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::HttpDate))),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "VersionId" => self.version_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for HeadBucketRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        Ok(())
    }
}
impl rt::json::Input for HeadBucketRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for HeadObjectRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_mode {
            let p = &path.field("ChecksumMode");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for HeadObjectRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ChecksumMode" => self.checksum_mode.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "IfMatch" => self.if_match.as_ref().map(|v| v.to_json()),
            "IfModifiedSince" => self
                .if_modified_since
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "IfNoneMatch" => self.if_none_match.as_ref().map(|v| v.to_json()),
            "IfUnmodifiedSince" => self
                .if_unmodified_since
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "PartNumber" => self.part_number.as_ref().map(|v| v.to_json()),
            "Range" => self.range.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "ResponseCacheControl" => self.response_cache_control.as_ref().map(|v| v.to_json()),
            "ResponseContentDisposition" => self
                .response_content_disposition
                .as_ref()
                .map(|v| v.to_json()),
            "ResponseContentEncoding" => {
                self.response_content_encoding.as_ref().map(|v| v.to_json())
            }
            "ResponseContentLanguage" => {
                self.response_content_language.as_ref().map(|v| v.to_json())
            }
            "ResponseContentType" => self.response_content_type.as_ref().map(|v| v.to_json()),
            "ResponseExpires" => self
                .response_expires
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::HttpDate))),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "VersionId" => self.version_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for InputSerialization {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.csv {
            let p = &path.field("CSV");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.compression_type {
            let p = &path.field("CompressionType");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.json {
            let p = &path.field("JSON");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for JsonInput {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.r#type {
            let p = &path.field("Type");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ListBucketsRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.max_buckets {
            let p = &path.field("MaxBuckets");
            cx.range(p, f64::from(*x), Some(1.0), Some(10000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for ListBucketsRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "BucketRegion" => self.bucket_region.as_ref().map(|v| v.to_json()),
            "ContinuationToken" => self.continuation_token.as_ref().map(|v| v.to_json()),
            "MaxBuckets" => self.max_buckets.as_ref().map(|v| v.to_json()),
            "Prefix" => self.prefix.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for ListObjectsV2RequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.encoding_type {
            let p = &path.field("EncodingType");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.optional_object_attributes {
            let p = &path.field("OptionalObjectAttributes");
            crate::json::val_optional_object_attributes_list(x, p, cx)?;
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for ListObjectsV2RequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ContinuationToken" => self.continuation_token.as_ref().map(|v| v.to_json()),
            "Delimiter" => self.delimiter.as_ref().map(|v| v.to_json()),
            "EncodingType" => self.encoding_type.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "FetchOwner" => self.fetch_owner.as_ref().map(|v| v.to_json()),
            "MaxKeys" => self.max_keys.as_ref().map(|v| v.to_json()),
            "OptionalObjectAttributes" => self
                .optional_object_attributes
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_optional_object_attributes_list(v))),
            "Prefix" => self.prefix.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "StartAfter" => self.start_after.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for LocationInfo {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.r#type {
            let p = &path.field("Type");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for OutputSerialization {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.csv {
            let p = &path.field("CSV");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for PutObjectRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.acl {
            let p = &path.field("ACL");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_algorithm {
            let p = &path.field("ChecksumAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.object_lock_legal_hold_status {
            let p = &path.field("ObjectLockLegalHoldStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.object_lock_mode {
            let p = &path.field("ObjectLockMode");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.server_side_encryption {
            let p = &path.field("ServerSideEncryption");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.storage_class {
            let p = &path.field("StorageClass");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for PutObjectRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "ACL" => self.acl.as_ref().map(|v| v.to_json()),
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "BucketKeyEnabled" => self.bucket_key_enabled.as_ref().map(|v| v.to_json()),
            "CacheControl" => self.cache_control.as_ref().map(|v| v.to_json()),
            "ChecksumAlgorithm" => self.checksum_algorithm.as_ref().map(|v| v.to_json()),
            "ChecksumCRC32" => self.checksum_crc32.as_ref().map(|v| v.to_json()),
            "ChecksumCRC32C" => self.checksum_crc32c.as_ref().map(|v| v.to_json()),
            "ChecksumCRC64NVME" => self.checksum_crc64nvme.as_ref().map(|v| v.to_json()),
            "ChecksumSHA1" => self.checksum_sha1.as_ref().map(|v| v.to_json()),
            "ChecksumSHA256" => self.checksum_sha256.as_ref().map(|v| v.to_json()),
            "ContentDisposition" => self.content_disposition.as_ref().map(|v| v.to_json()),
            "ContentEncoding" => self.content_encoding.as_ref().map(|v| v.to_json()),
            "ContentLanguage" => self.content_language.as_ref().map(|v| v.to_json()),
            "ContentLength" => self.content_length.as_ref().map(|v| v.to_json()),
            "ContentMD5" => self.content_md5.as_ref().map(|v| v.to_json()),
            "ContentType" => self.content_type.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "Expires" => self
                .expires
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "GrantFullControl" => self.grant_full_control.as_ref().map(|v| v.to_json()),
            "GrantRead" => self.grant_read.as_ref().map(|v| v.to_json()),
            "GrantReadACP" => self.grant_read_acp.as_ref().map(|v| v.to_json()),
            "GrantWriteACP" => self.grant_write_acp.as_ref().map(|v| v.to_json()),
            "IfMatch" => self.if_match.as_ref().map(|v| v.to_json()),
            "IfNoneMatch" => self.if_none_match.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "Metadata" => self
                .metadata
                .as_ref()
                .map(|v| rt::json::to_value(&crate::json::ser_metadata(v))),
            "ObjectLockLegalHoldStatus" => self
                .object_lock_legal_hold_status
                .as_ref()
                .map(|v| v.to_json()),
            "ObjectLockMode" => self.object_lock_mode.as_ref().map(|v| v.to_json()),
            "ObjectLockRetainUntilDate" => self
                .object_lock_retain_until_date
                .as_ref()
                .map(|v| rt::json::to_value(&rt::json::Ts(v, rt::TimestampFormat::DateTime))),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "SSEKMSEncryptionContext" => {
                self.ssekms_encryption_context.as_ref().map(|v| v.to_json())
            }
            "SSEKMSKeyId" => self.ssekms_key_id.as_ref().map(|v| v.to_json()),
            "ServerSideEncryption" => self.server_side_encryption.as_ref().map(|v| v.to_json()),
            "StorageClass" => self.storage_class.as_ref().map(|v| v.to_json()),
            "Tagging" => self.tagging.as_ref().map(|v| v.to_json()),
            "WebsiteRedirectLocation" => {
                self.website_redirect_location.as_ref().map(|v| v.to_json())
            }
            "WriteOffsetBytes" => self.write_offset_bytes.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for SelectObjectContentRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if self.expression.is_none() {
            cx.missing(&path.field("Expression"));
        }
        match &self.expression_type {
            Some(x) => {
                let p = &path.field("ExpressionType");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("ExpressionType")),
        }
        match &self.input_serialization {
            Some(x) => {
                let p = &path.field("InputSerialization");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("InputSerialization")),
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        match &self.output_serialization {
            Some(x) => {
                let p = &path.field("OutputSerialization");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("OutputSerialization")),
        }
        Ok(())
    }
}
impl rt::json::Input for SelectObjectContentRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
    fn write_body<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.expression {
            out.serialize_entry("Expression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expression_type {
            out.serialize_entry("ExpressionType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.input_serialization {
            out.serialize_entry("InputSerialization", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.output_serialization {
            out.serialize_entry("OutputSerialization", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.request_progress {
            out.serialize_entry("RequestProgress", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scan_range {
            out.serialize_entry("ScanRange", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::Validate for UploadPartRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.bucket.is_none() {
            cx.missing(&path.field("Bucket"));
        }
        if let Some(x) = &self.checksum_algorithm {
            let p = &path.field("ChecksumAlgorithm");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                cx.length(p, x.chars().count(), Some(1), None);
            }
            None => cx.missing(&path.field("Key")),
        }
        if self.part_number.is_none() {
            cx.missing(&path.field("PartNumber"));
        }
        if let Some(x) = &self.request_payer {
            let p = &path.field("RequestPayer");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.upload_id.is_none() {
            cx.missing(&path.field("UploadId"));
        }
        Ok(())
    }
}
impl rt::json::Input for UploadPartRequestBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Bucket" => self.bucket.as_ref().map(|v| v.to_json()),
            "ChecksumAlgorithm" => self.checksum_algorithm.as_ref().map(|v| v.to_json()),
            "ChecksumCRC32" => self.checksum_crc32.as_ref().map(|v| v.to_json()),
            "ChecksumCRC32C" => self.checksum_crc32c.as_ref().map(|v| v.to_json()),
            "ChecksumCRC64NVME" => self.checksum_crc64nvme.as_ref().map(|v| v.to_json()),
            "ChecksumSHA1" => self.checksum_sha1.as_ref().map(|v| v.to_json()),
            "ChecksumSHA256" => self.checksum_sha256.as_ref().map(|v| v.to_json()),
            "ContentLength" => self.content_length.as_ref().map(|v| v.to_json()),
            "ContentMD5" => self.content_md5.as_ref().map(|v| v.to_json()),
            "ExpectedBucketOwner" => self.expected_bucket_owner.as_ref().map(|v| v.to_json()),
            "Key" => self.key.as_ref().map(|v| v.to_json()),
            "PartNumber" => self.part_number.as_ref().map(|v| v.to_json()),
            "RequestPayer" => self.request_payer.as_ref().map(|v| v.to_json()),
            "SSECustomerAlgorithm" => self.sse_customer_algorithm.as_ref().map(|v| v.to_json()),
            "SSECustomerKey" => self.sse_customer_key.as_ref().map(|v| v.to_json()),
            "SSECustomerKeyMD5" => self.sse_customer_key_md5.as_ref().map(|v| v.to_json()),
            "UploadId" => self.upload_id.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
fn val_optional_object_attributes_list(
    items: &[OptionalObjectAttributes],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
/// Runs as `^/?.+/.+$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled("^\\/?.+\\/.+$", "^/?.+/.+$", rt::PatternEngine::Lite)
});
