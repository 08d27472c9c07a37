// Generated from models/aws-glacier.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for ArchiveCreationOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.archive_id {
            out.serialize_entry("archiveId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum {
            out.serialize_entry("checksum", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.location {
            out.serialize_entry("location", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ArchiveCreationOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            archive_id: rt::json::get(obj, "archiveId", p, cx)?,
            checksum: rt::json::get(obj, "checksum", p, cx)?,
            location: rt::json::get(obj, "location", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateVaultInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for CreateVaultInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateVaultInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for CreateVaultOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.location {
            out.serialize_entry("location", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateVaultOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            location: rt::json::get(obj, "location", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CsvInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
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
impl rt::ToJson for DeleteArchiveInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        out.serialize_entry("archiveId", &rt::json::Json(&self.archive_id))?;
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for DeleteArchiveInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_id {
            out.serialize_entry("archiveId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteArchiveInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            archive_id: rt::json::required(
                rt::json::get(obj, "archiveId", p, cx)?,
                &p.field("archiveId"),
                cx,
            ),
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteArchiveOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteArchiveOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeJobInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        out.serialize_entry("jobId", &rt::json::Json(&self.job_id))?;
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for DescribeJobInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_id {
            out.serialize_entry("jobId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeJobInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            job_id: rt::json::required(rt::json::get(obj, "jobId", p, cx)?, &p.field("jobId"), cx),
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DescribeVaultInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for DescribeVaultInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeVaultInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DescribeVaultOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.creation_date {
            out.serialize_entry("CreationDate", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_inventory_date {
            out.serialize_entry("LastInventoryDate", &rt::json::Json(v))?;
        }
        out.serialize_entry(
            "NumberOfArchives",
            &rt::json::Json(&self.number_of_archives),
        )?;
        out.serialize_entry("SizeInBytes", &rt::json::Json(&self.size_in_bytes))?;
        if let Some(v) = &self.vault_arn {
            out.serialize_entry("VaultARN", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("VaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeVaultOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            creation_date: rt::json::get(obj, "CreationDate", p, cx)?,
            last_inventory_date: rt::json::get(obj, "LastInventoryDate", p, cx)?,
            number_of_archives: rt::json::get(obj, "NumberOfArchives", p, cx)?.unwrap_or_default(),
            size_in_bytes: rt::json::get(obj, "SizeInBytes", p, cx)?.unwrap_or_default(),
            vault_arn: rt::json::get(obj, "VaultARN", p, cx)?,
            vault_name: rt::json::get(obj, "VaultName", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Encryption {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.encryption_type {
            out.serialize_entry("EncryptionType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_context {
            out.serialize_entry("KMSContext", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_key_id {
            out.serialize_entry("KMSKeyId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Encryption {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            encryption_type: rt::json::get(obj, "EncryptionType", p, cx)?,
            kms_context: rt::json::get(obj, "KMSContext", p, cx)?,
            kms_key_id: rt::json::get(obj, "KMSKeyId", p, cx)?,
        })
    }
}
impl rt::ToJson for GetJobOutputInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        out.serialize_entry("jobId", &rt::json::Json(&self.job_id))?;
        if let Some(v) = &self.range {
            out.serialize_entry("range", &rt::json::Json(v))?;
        }
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for GetJobOutputInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_id {
            out.serialize_entry("jobId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.range {
            out.serialize_entry("range", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetJobOutputInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            job_id: rt::json::required(rt::json::get(obj, "jobId", p, cx)?, &p.field("jobId"), cx),
            range: rt::json::get(obj, "range", p, cx)?,
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetJobOutputOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.accept_ranges {
            out.serialize_entry("acceptRanges", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_description {
            out.serialize_entry("archiveDescription", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum {
            out.serialize_entry("checksum", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_range {
            out.serialize_entry("contentRange", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.content_type {
            out.serialize_entry("contentType", &rt::json::Json(v))?;
        }
        out.serialize_entry("status", &rt::json::Json(&self.status))?;
        out.end()
    }
}
impl rt::FromJson for GetJobOutputOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            accept_ranges: rt::json::get(obj, "acceptRanges", p, cx)?,
            archive_description: rt::json::get(obj, "archiveDescription", p, cx)?,
            body: rt::Default::default(),
            checksum: rt::json::get(obj, "checksum", p, cx)?,
            content_range: rt::json::get(obj, "contentRange", p, cx)?,
            content_type: rt::json::get(obj, "contentType", p, cx)?,
            status: rt::json::get(obj, "status", p, cx)?.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GlacierJobDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.action {
            out.serialize_entry("Action", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_id {
            out.serialize_entry("ArchiveId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_sha256_tree_hash {
            out.serialize_entry("ArchiveSHA256TreeHash", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_size_in_bytes {
            out.serialize_entry("ArchiveSizeInBytes", &rt::json::Json(v))?;
        }
        out.serialize_entry("Completed", &rt::json::Json(&self.completed))?;
        if let Some(v) = &self.completion_date {
            out.serialize_entry("CompletionDate", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.creation_date {
            out.serialize_entry("CreationDate", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.inventory_retrieval_parameters {
            out.serialize_entry("InventoryRetrievalParameters", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.inventory_size_in_bytes {
            out.serialize_entry("InventorySizeInBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_description {
            out.serialize_entry("JobDescription", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_id {
            out.serialize_entry("JobId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_output_path {
            out.serialize_entry("JobOutputPath", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.output_location {
            out.serialize_entry("OutputLocation", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.retrieval_byte_range {
            out.serialize_entry("RetrievalByteRange", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sha256_tree_hash {
            out.serialize_entry("SHA256TreeHash", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sns_topic {
            out.serialize_entry("SNSTopic", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.select_parameters {
            out.serialize_entry("SelectParameters", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status_code {
            out.serialize_entry("StatusCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status_message {
            out.serialize_entry("StatusMessage", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tier {
            out.serialize_entry("Tier", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_arn {
            out.serialize_entry("VaultARN", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GlacierJobDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            action: rt::json::get(obj, "Action", p, cx)?,
            archive_id: rt::json::get(obj, "ArchiveId", p, cx)?,
            archive_sha256_tree_hash: rt::json::get(obj, "ArchiveSHA256TreeHash", p, cx)?,
            archive_size_in_bytes: rt::json::get(obj, "ArchiveSizeInBytes", p, cx)?,
            completed: rt::json::get(obj, "Completed", p, cx)?.unwrap_or_default(),
            completion_date: rt::json::get(obj, "CompletionDate", p, cx)?,
            creation_date: rt::json::get(obj, "CreationDate", p, cx)?,
            inventory_retrieval_parameters: rt::json::get(
                obj,
                "InventoryRetrievalParameters",
                p,
                cx,
            )?,
            inventory_size_in_bytes: rt::json::get(obj, "InventorySizeInBytes", p, cx)?,
            job_description: rt::json::get(obj, "JobDescription", p, cx)?,
            job_id: rt::json::get(obj, "JobId", p, cx)?,
            job_output_path: rt::json::get(obj, "JobOutputPath", p, cx)?,
            output_location: rt::json::get(obj, "OutputLocation", p, cx)?,
            retrieval_byte_range: rt::json::get(obj, "RetrievalByteRange", p, cx)?,
            sha256_tree_hash: rt::json::get(obj, "SHA256TreeHash", p, cx)?,
            sns_topic: rt::json::get(obj, "SNSTopic", p, cx)?,
            select_parameters: rt::json::get(obj, "SelectParameters", p, cx)?,
            status_code: rt::json::get(obj, "StatusCode", p, cx)?,
            status_message: rt::json::get(obj, "StatusMessage", p, cx)?,
            tier: rt::json::get(obj, "Tier", p, cx)?,
            vault_arn: rt::json::get(obj, "VaultARN", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Grant {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.grantee {
            out.serialize_entry("Grantee", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.permission {
            out.serialize_entry("Permission", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Grant {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            grantee: rt::json::get(obj, "Grantee", p, cx)?,
            permission: rt::json::get(obj, "Permission", p, cx)?,
        })
    }
}
impl rt::ToJson for Grantee {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.display_name {
            out.serialize_entry("DisplayName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.email_address {
            out.serialize_entry("EmailAddress", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.id {
            out.serialize_entry("ID", &rt::json::Json(v))?;
        }
        out.serialize_entry("Type", &rt::json::Json(&self.r#type))?;
        if let Some(v) = &self.uri {
            out.serialize_entry("URI", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Grantee {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            display_name: rt::json::get(obj, "DisplayName", p, cx)?,
            email_address: rt::json::get(obj, "EmailAddress", p, cx)?,
            id: rt::json::get(obj, "ID", p, cx)?,
            r#type: rt::json::required(rt::json::get(obj, "Type", p, cx)?, &p.field("Type"), cx),
            uri: rt::json::get(obj, "URI", p, cx)?,
        })
    }
}
impl rt::ToJson for InitiateJobInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        if let Some(v) = &self.job_parameters {
            out.serialize_entry("jobParameters", &rt::json::Json(v))?;
        }
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for InitiateJobInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_parameters {
            out.serialize_entry("jobParameters", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InitiateJobInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            job_parameters: rt::json::get(obj, "jobParameters", p, cx)?,
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for InitiateJobOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.job_id {
            out.serialize_entry("jobId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.job_output_path {
            out.serialize_entry("jobOutputPath", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.location {
            out.serialize_entry("location", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InitiateJobOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            job_id: rt::json::get(obj, "jobId", p, cx)?,
            job_output_path: rt::json::get(obj, "jobOutputPath", p, cx)?,
            location: rt::json::get(obj, "location", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InputSerialization {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.csv {
            out.serialize_entry("csv", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InputSerialization {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            csv: rt::json::get(obj, "csv", p, cx)?,
        })
    }
}
impl rt::ToJson for InsufficientCapacityException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InsufficientCapacityException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidParameterValueException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidParameterValueException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InventoryRetrievalJobDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.end_date {
            out.serialize_entry("EndDate", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.format {
            out.serialize_entry("Format", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.start_date {
            out.serialize_entry("StartDate", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InventoryRetrievalJobDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            end_date: rt::json::get(obj, "EndDate", p, cx)?,
            format: rt::json::get(obj, "Format", p, cx)?,
            limit: rt::json::get(obj, "Limit", p, cx)?,
            marker: rt::json::get(obj, "Marker", p, cx)?,
            start_date: rt::json::get(obj, "StartDate", p, cx)?,
        })
    }
}
impl rt::ToJson for InventoryRetrievalJobInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.end_date {
            out.serialize_entry("EndDate", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.start_date {
            out.serialize_entry("StartDate", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InventoryRetrievalJobInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            end_date: rt::json::get(obj, "EndDate", p, cx)?,
            limit: rt::json::get(obj, "Limit", p, cx)?,
            marker: rt::json::get(obj, "Marker", p, cx)?,
            start_date: rt::json::get(obj, "StartDate", p, cx)?,
        })
    }
}
impl rt::ToJson for JobParameters {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.archive_id {
            out.serialize_entry("ArchiveId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("Description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.format {
            out.serialize_entry("Format", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.inventory_retrieval_parameters {
            out.serialize_entry("InventoryRetrievalParameters", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.output_location {
            out.serialize_entry("OutputLocation", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.retrieval_byte_range {
            out.serialize_entry("RetrievalByteRange", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sns_topic {
            out.serialize_entry("SNSTopic", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.select_parameters {
            out.serialize_entry("SelectParameters", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tier {
            out.serialize_entry("Tier", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("Type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for JobParameters {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            archive_id: rt::json::get(obj, "ArchiveId", p, cx)?,
            description: rt::json::get(obj, "Description", p, cx)?,
            format: rt::json::get(obj, "Format", p, cx)?,
            inventory_retrieval_parameters: rt::json::get(
                obj,
                "InventoryRetrievalParameters",
                p,
                cx,
            )?,
            output_location: rt::json::get(obj, "OutputLocation", p, cx)?,
            retrieval_byte_range: rt::json::get(obj, "RetrievalByteRange", p, cx)?,
            sns_topic: rt::json::get(obj, "SNSTopic", p, cx)?,
            select_parameters: rt::json::get(obj, "SelectParameters", p, cx)?,
            tier: rt::json::get(obj, "Tier", p, cx)?,
            r#type: rt::json::get(obj, "Type", p, cx)?,
        })
    }
}
impl rt::ToJson for LimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListVaultsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        if let Some(v) = &self.limit {
            out.serialize_entry("limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("marker", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListVaultsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.marker {
            out.serialize_entry("marker", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListVaultsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            limit: rt::json::get(obj, "limit", p, cx)?,
            marker: rt::json::get(obj, "marker", p, cx)?,
        })
    }
}
impl rt::ToJson for ListVaultsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.marker {
            out.serialize_entry("Marker", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_list {
            out.serialize_entry("VaultList", &crate::json::ser_vault_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListVaultsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            marker: rt::json::get(obj, "Marker", p, cx)?,
            vault_list: rt::json::get_with(obj, "VaultList", p, cx, crate::json::de_vault_list)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for MissingParameterValueException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for MissingParameterValueException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for OutputLocation {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.s3 {
            out.serialize_entry("S3", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for OutputLocation {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            s3: rt::json::get(obj, "S3", p, cx)?,
        })
    }
}
impl rt::ToJson for OutputSerialization {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.csv {
            out.serialize_entry("csv", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for OutputSerialization {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            csv: rt::json::get(obj, "csv", p, cx)?,
        })
    }
}
impl rt::ToJson for PolicyEnforcedException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PolicyEnforcedException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RequestTimeoutException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RequestTimeoutException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ResourceNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResourceNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for S3Location {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.access_control_list {
            out.serialize_entry(
                "AccessControlList",
                &crate::json::ser_access_control_policy_list(v),
            )?;
        }
        if let Some(v) = &self.bucket_name {
            out.serialize_entry("BucketName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.canned_acl {
            out.serialize_entry("CannedACL", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption {
            out.serialize_entry("Encryption", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.prefix {
            out.serialize_entry("Prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.storage_class {
            out.serialize_entry("StorageClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tagging {
            out.serialize_entry("Tagging", &crate::json::ser_hashmap(v))?;
        }
        if let Some(v) = &self.user_metadata {
            out.serialize_entry("UserMetadata", &crate::json::ser_hashmap(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for S3Location {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            access_control_list: rt::json::get_with(
                obj,
                "AccessControlList",
                p,
                cx,
                crate::json::de_access_control_policy_list,
            )?,
            bucket_name: rt::json::get(obj, "BucketName", p, cx)?,
            canned_acl: rt::json::get(obj, "CannedACL", p, cx)?,
            encryption: rt::json::get(obj, "Encryption", p, cx)?,
            prefix: rt::json::get(obj, "Prefix", p, cx)?,
            storage_class: rt::json::get(obj, "StorageClass", p, cx)?,
            tagging: rt::json::get_with(obj, "Tagging", p, cx, crate::json::de_hashmap)?,
            user_metadata: rt::json::get_with(obj, "UserMetadata", p, cx, crate::json::de_hashmap)?,
        })
    }
}
impl rt::ToJson for SelectParameters {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
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
        out.end()
    }
}
impl rt::FromJson for SelectParameters {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            expression: rt::json::get(obj, "Expression", p, cx)?,
            expression_type: rt::json::get(obj, "ExpressionType", p, cx)?,
            input_serialization: rt::json::get(obj, "InputSerialization", p, cx)?,
            output_serialization: rt::json::get(obj, "OutputSerialization", p, cx)?,
        })
    }
}
impl rt::ToJson for ServiceUnavailableException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.code {
            out.serialize_entry("code", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ServiceUnavailableException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            code: rt::json::get(obj, "code", p, cx)?,
            message: rt::json::get(obj, "message", p, cx)?,
            r#type: rt::json::get(obj, "type", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UploadArchiveInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("accountId", &rt::json::Json(&self.account_id))?;
        if let Some(v) = &self.archive_description {
            out.serialize_entry("archiveDescription", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum {
            out.serialize_entry("checksum", &rt::json::Json(v))?;
        }
        out.serialize_entry("vaultName", &rt::json::Json(&self.vault_name))?;
        out.end()
    }
}
impl rt::ToJson for UploadArchiveInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_id {
            out.serialize_entry("accountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archive_description {
            out.serialize_entry("archiveDescription", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.checksum {
            out.serialize_entry("checksum", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault_name {
            out.serialize_entry("vaultName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UploadArchiveInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_id: rt::json::required(
                rt::json::get(obj, "accountId", p, cx)?,
                &p.field("accountId"),
                cx,
            ),
            archive_description: rt::json::get(obj, "archiveDescription", p, cx)?,
            body: rt::Default::default(),
            checksum: rt::json::get(obj, "checksum", p, cx)?,
            vault_name: rt::json::required(
                rt::json::get(obj, "vaultName", p, cx)?,
                &p.field("vaultName"),
                cx,
            ),
        })
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_access_control_policy_list<'a>(&'a [Grant]);
impl rt::serde::Serialize for ser_access_control_policy_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_access_control_policy_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Grant>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Grant>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_vault_list<'a>(&'a [DescribeVaultOutput]);
impl rt::serde::Serialize for ser_vault_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_vault_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<DescribeVaultOutput>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <DescribeVaultOutput>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_hashmap<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_hashmap<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_hashmap(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
impl rt::Validate for CreateVaultInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for CreateVaultInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
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
impl rt::Validate for DeleteArchiveInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if self.archive_id.is_none() {
            cx.missing(&path.field("archiveId"));
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteArchiveInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "archiveId" => self.archive_id.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for DescribeJobInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if self.job_id.is_none() {
            cx.missing(&path.field("jobId"));
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeJobInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "jobId" => self.job_id.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for DescribeVaultInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeVaultInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for Encryption {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.encryption_type {
            let p = &path.field("EncryptionType");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for GetJobOutputInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if self.job_id.is_none() {
            cx.missing(&path.field("jobId"));
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for GetJobOutputInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "jobId" => self.job_id.as_ref().map(|v| v.to_json()),
            "range" => self.range.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for Grant {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.grantee {
            let p = &path.field("Grantee");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.permission {
            let p = &path.field("Permission");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for Grantee {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.r#type, &path.field("Type"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for InitiateJobInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if let Some(x) = &self.job_parameters {
            let p = &path.field("jobParameters");
            rt::Validate::validate(x, p, cx)?;
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for InitiateJobInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
    fn payload(&self) -> rt::Result<rt::Option<rt::Vec<u8>>, rt::serde_json::Error> {
        self.job_parameters
            .as_ref()
            .map(|v| rt::serde_json::to_vec(&rt::json::Json(v)))
            .transpose()
    }
}
impl rt::Validate for InputSerialization {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.csv {
            let p = &path.field("csv");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for JobParameters {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.output_location {
            let p = &path.field("OutputLocation");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.select_parameters {
            let p = &path.field("SelectParameters");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ListVaultsInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        Ok(())
    }
}
impl rt::json::Input for ListVaultsInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "limit" => self.limit.as_ref().map(|v| v.to_json()),
            "marker" => self.marker.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for OutputLocation {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.s3 {
            let p = &path.field("S3");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for OutputSerialization {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.csv {
            let p = &path.field("csv");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for S3Location {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.access_control_list {
            let p = &path.field("AccessControlList");
            crate::json::val_access_control_policy_list(x, p, cx)?;
        }
        if let Some(x) = &self.canned_acl {
            let p = &path.field("CannedACL");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.encryption {
            let p = &path.field("Encryption");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.storage_class {
            let p = &path.field("StorageClass");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for SelectParameters {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.expression_type {
            let p = &path.field("ExpressionType");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.input_serialization {
            let p = &path.field("InputSerialization");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.output_serialization {
            let p = &path.field("OutputSerialization");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for UploadArchiveInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.account_id.is_none() {
            cx.missing(&path.field("accountId"));
        }
        if self.vault_name.is_none() {
            cx.missing(&path.field("vaultName"));
        }
        Ok(())
    }
}
impl rt::json::Input for UploadArchiveInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "accountId" => self.account_id.as_ref().map(|v| v.to_json()),
            "archiveDescription" => self.archive_description.as_ref().map(|v| v.to_json()),
            "checksum" => self.checksum.as_ref().map(|v| v.to_json()),
            "vaultName" => self.vault_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
fn val_access_control_policy_list(
    items: &[Grant],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
