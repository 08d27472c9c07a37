// Generated from models/aws-glacier.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Contains the Amazon S3 Glacier response to your request.
///
/// For information about the underlying REST API, see [Upload Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-post.html). For conceptual information, see [Working with Archives in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/working-with-archives.html).
#[derive(Clone, Debug, PartialEq)]
pub struct ArchiveCreationOutput {
    /// The ID of the archive. This value is also included as part of the location.
    pub archive_id: rt::Option<rt::String>,
    /// The checksum of the archive computed by Amazon S3 Glacier.
    pub checksum: rt::Option<rt::String>,
    /// The relative URI path of the newly added archive resource.
    pub location: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ArchiveCreationOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ArchiveCreationOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ArchiveCreationOutput {
    /// A builder for this structure.
    pub fn builder() -> ArchiveCreationOutputBuilder {
        ArchiveCreationOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ArchiveCreationOutput {
    /// [`archive_id`](Self::archive_id).
    pub fn archive_id(&self) -> rt::Option<&str> {
        self.archive_id.as_deref()
    }
    /// [`checksum`](Self::checksum).
    pub fn checksum(&self) -> rt::Option<&str> {
        self.checksum.as_deref()
    }
    /// [`location`](Self::location).
    pub fn location(&self) -> rt::Option<&str> {
        self.location.as_deref()
    }
}
/// Builds a [`ArchiveCreationOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArchiveCreationOutputBuilder {
    /// [`ArchiveCreationOutput::archive_id`](ArchiveCreationOutput::archive_id), if set.
    pub archive_id: rt::Option<rt::String>,
    /// [`ArchiveCreationOutput::checksum`](ArchiveCreationOutput::checksum), if set.
    pub checksum: rt::Option<rt::String>,
    /// [`ArchiveCreationOutput::location`](ArchiveCreationOutput::location), if set.
    pub location: rt::Option<rt::String>,
}
impl ArchiveCreationOutputBuilder {
    /// Sets [`ArchiveCreationOutput::archive_id`](ArchiveCreationOutput::archive_id).
    pub fn archive_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_id = Some(value.into());
        self
    }
    /// Sets or clears [`ArchiveCreationOutput::archive_id`](ArchiveCreationOutput::archive_id).
    pub fn set_archive_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_id = value;
        self
    }
    /// Sets [`ArchiveCreationOutput::checksum`](ArchiveCreationOutput::checksum).
    pub fn checksum(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum = Some(value.into());
        self
    }
    /// Sets or clears [`ArchiveCreationOutput::checksum`](ArchiveCreationOutput::checksum).
    pub fn set_checksum(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum = value;
        self
    }
    /// Sets [`ArchiveCreationOutput::location`](ArchiveCreationOutput::location).
    pub fn location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets or clears [`ArchiveCreationOutput::location`](ArchiveCreationOutput::location).
    pub fn set_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.location = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ArchiveCreationOutput {
        ArchiveCreationOutput {
            archive_id: self.archive_id,
            checksum: self.checksum,
            location: self.location,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Provides options to create a vault.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateVaultInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID associated with the credentials used to sign the request. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you specify your account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl CreateVaultInput {
    /// A builder for this structure.
    pub fn builder() -> CreateVaultInputBuilder {
        CreateVaultInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateVaultInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`CreateVaultInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateVaultInputBuilder {
    /// [`CreateVaultInput::account_id`](CreateVaultInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`CreateVaultInput::vault_name`](CreateVaultInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl CreateVaultInputBuilder {
    /// Sets [`CreateVaultInput::account_id`](CreateVaultInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateVaultInput::account_id`](CreateVaultInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`CreateVaultInput::vault_name`](CreateVaultInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateVaultInput::vault_name`](CreateVaultInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateVaultInput, rt::BuildError> {
        Ok(CreateVaultInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "CreateVaultInput",
                member: "accountId",
            })?,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "CreateVaultInput",
                member: "vaultName",
            })?,
        })
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateVaultOutput {
    /// The URI of the vault that was created.
    pub location: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateVaultOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateVaultOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateVaultOutput {
    /// A builder for this structure.
    pub fn builder() -> CreateVaultOutputBuilder {
        CreateVaultOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateVaultOutput {
    /// [`location`](Self::location).
    pub fn location(&self) -> rt::Option<&str> {
        self.location.as_deref()
    }
}
/// Builds a [`CreateVaultOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateVaultOutputBuilder {
    /// [`CreateVaultOutput::location`](CreateVaultOutput::location), if set.
    pub location: rt::Option<rt::String>,
}
impl CreateVaultOutputBuilder {
    /// Sets [`CreateVaultOutput::location`](CreateVaultOutput::location).
    pub fn location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets or clears [`CreateVaultOutput::location`](CreateVaultOutput::location).
    pub fn set_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.location = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateVaultOutput {
        CreateVaultOutput {
            location: self.location,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Contains information about the comma-separated value (CSV) file to select from.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvInput {
    /// A single character used to indicate that a row should be ignored when the character is present at the start of that row.
    pub comments: rt::Option<rt::String>,
    /// A value used to separate individual fields from each other within a record.
    pub field_delimiter: rt::Option<rt::String>,
    /// Describes the first line of input. Valid values are `None`, `Ignore`, and `Use`.
    pub file_header_info: rt::Option<FileHeaderInfo>,
    /// A value used as an escape character where the field delimiter is part of the value.
    pub quote_character: rt::Option<rt::String>,
    /// A single character used for escaping the quotation-mark character inside an already escaped value.
    pub quote_escape_character: rt::Option<rt::String>,
    /// A value used to separate individual records from each other.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvInput {
    /// A builder for this structure.
    pub fn builder() -> CsvInputBuilder {
        CsvInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CsvInput {
    /// [`comments`](Self::comments).
    pub fn comments(&self) -> rt::Option<&str> {
        self.comments.as_deref()
    }
    /// [`field_delimiter`](Self::field_delimiter).
    pub fn field_delimiter(&self) -> rt::Option<&str> {
        self.field_delimiter.as_deref()
    }
    /// [`file_header_info`](Self::file_header_info).
    pub fn file_header_info(&self) -> rt::Option<&FileHeaderInfo> {
        self.file_header_info.as_ref()
    }
    /// [`quote_character`](Self::quote_character).
    pub fn quote_character(&self) -> rt::Option<&str> {
        self.quote_character.as_deref()
    }
    /// [`quote_escape_character`](Self::quote_escape_character).
    pub fn quote_escape_character(&self) -> rt::Option<&str> {
        self.quote_escape_character.as_deref()
    }
    /// [`record_delimiter`](Self::record_delimiter).
    pub fn record_delimiter(&self) -> rt::Option<&str> {
        self.record_delimiter.as_deref()
    }
}
/// Builds a [`CsvInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvInputBuilder {
    /// [`CsvInput::comments`](CsvInput::comments), if set.
    pub comments: rt::Option<rt::String>,
    /// [`CsvInput::field_delimiter`](CsvInput::field_delimiter), if set.
    pub field_delimiter: rt::Option<rt::String>,
    /// [`CsvInput::file_header_info`](CsvInput::file_header_info), if set.
    pub file_header_info: rt::Option<FileHeaderInfo>,
    /// [`CsvInput::quote_character`](CsvInput::quote_character), if set.
    pub quote_character: rt::Option<rt::String>,
    /// [`CsvInput::quote_escape_character`](CsvInput::quote_escape_character), if set.
    pub quote_escape_character: rt::Option<rt::String>,
    /// [`CsvInput::record_delimiter`](CsvInput::record_delimiter), if set.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvInputBuilder {
    /// Sets [`CsvInput::comments`](CsvInput::comments).
    pub fn comments(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.comments = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::comments`](CsvInput::comments).
    pub fn set_comments(mut self, value: rt::Option<rt::String>) -> Self {
        self.comments = value;
        self
    }
    /// Sets [`CsvInput::field_delimiter`](CsvInput::field_delimiter).
    pub fn field_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.field_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::field_delimiter`](CsvInput::field_delimiter).
    pub fn set_field_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.field_delimiter = value;
        self
    }
    /// Sets [`CsvInput::file_header_info`](CsvInput::file_header_info).
    pub fn file_header_info(mut self, value: impl rt::Into<FileHeaderInfo>) -> Self {
        self.file_header_info = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::file_header_info`](CsvInput::file_header_info).
    pub fn set_file_header_info(mut self, value: rt::Option<FileHeaderInfo>) -> Self {
        self.file_header_info = value;
        self
    }
    /// Sets [`CsvInput::quote_character`](CsvInput::quote_character).
    pub fn quote_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::quote_character`](CsvInput::quote_character).
    pub fn set_quote_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_character = value;
        self
    }
    /// Sets [`CsvInput::quote_escape_character`](CsvInput::quote_escape_character).
    pub fn quote_escape_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_escape_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::quote_escape_character`](CsvInput::quote_escape_character).
    pub fn set_quote_escape_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_escape_character = value;
        self
    }
    /// Sets [`CsvInput::record_delimiter`](CsvInput::record_delimiter).
    pub fn record_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.record_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvInput::record_delimiter`](CsvInput::record_delimiter).
    pub fn set_record_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.record_delimiter = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CsvInput {
        CsvInput {
            comments: self.comments,
            field_delimiter: self.field_delimiter,
            file_header_info: self.file_header_info,
            quote_character: self.quote_character,
            quote_escape_character: self.quote_escape_character,
            record_delimiter: self.record_delimiter,
        }
    }
}
/// Contains information about the comma-separated value (CSV) file that the job results are stored in.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvOutput {
    /// A value used to separate individual fields from each other within a record.
    pub field_delimiter: rt::Option<rt::String>,
    /// A value used as an escape character where the field delimiter is part of the value.
    pub quote_character: rt::Option<rt::String>,
    /// A single character used for escaping the quotation-mark character inside an already escaped value.
    pub quote_escape_character: rt::Option<rt::String>,
    /// A value that indicates whether all output fields should be contained within quotation marks.
    pub quote_fields: rt::Option<QuoteFields>,
    /// A value used to separate individual records from each other.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvOutput {
    /// A builder for this structure.
    pub fn builder() -> CsvOutputBuilder {
        CsvOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CsvOutput {
    /// [`field_delimiter`](Self::field_delimiter).
    pub fn field_delimiter(&self) -> rt::Option<&str> {
        self.field_delimiter.as_deref()
    }
    /// [`quote_character`](Self::quote_character).
    pub fn quote_character(&self) -> rt::Option<&str> {
        self.quote_character.as_deref()
    }
    /// [`quote_escape_character`](Self::quote_escape_character).
    pub fn quote_escape_character(&self) -> rt::Option<&str> {
        self.quote_escape_character.as_deref()
    }
    /// [`quote_fields`](Self::quote_fields).
    pub fn quote_fields(&self) -> rt::Option<&QuoteFields> {
        self.quote_fields.as_ref()
    }
    /// [`record_delimiter`](Self::record_delimiter).
    pub fn record_delimiter(&self) -> rt::Option<&str> {
        self.record_delimiter.as_deref()
    }
}
/// Builds a [`CsvOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvOutputBuilder {
    /// [`CsvOutput::field_delimiter`](CsvOutput::field_delimiter), if set.
    pub field_delimiter: rt::Option<rt::String>,
    /// [`CsvOutput::quote_character`](CsvOutput::quote_character), if set.
    pub quote_character: rt::Option<rt::String>,
    /// [`CsvOutput::quote_escape_character`](CsvOutput::quote_escape_character), if set.
    pub quote_escape_character: rt::Option<rt::String>,
    /// [`CsvOutput::quote_fields`](CsvOutput::quote_fields), if set.
    pub quote_fields: rt::Option<QuoteFields>,
    /// [`CsvOutput::record_delimiter`](CsvOutput::record_delimiter), if set.
    pub record_delimiter: rt::Option<rt::String>,
}
impl CsvOutputBuilder {
    /// Sets [`CsvOutput::field_delimiter`](CsvOutput::field_delimiter).
    pub fn field_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.field_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::field_delimiter`](CsvOutput::field_delimiter).
    pub fn set_field_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.field_delimiter = value;
        self
    }
    /// Sets [`CsvOutput::quote_character`](CsvOutput::quote_character).
    pub fn quote_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::quote_character`](CsvOutput::quote_character).
    pub fn set_quote_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_character = value;
        self
    }
    /// Sets [`CsvOutput::quote_escape_character`](CsvOutput::quote_escape_character).
    pub fn quote_escape_character(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.quote_escape_character = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::quote_escape_character`](CsvOutput::quote_escape_character).
    pub fn set_quote_escape_character(mut self, value: rt::Option<rt::String>) -> Self {
        self.quote_escape_character = value;
        self
    }
    /// Sets [`CsvOutput::quote_fields`](CsvOutput::quote_fields).
    pub fn quote_fields(mut self, value: impl rt::Into<QuoteFields>) -> Self {
        self.quote_fields = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::quote_fields`](CsvOutput::quote_fields).
    pub fn set_quote_fields(mut self, value: rt::Option<QuoteFields>) -> Self {
        self.quote_fields = value;
        self
    }
    /// Sets [`CsvOutput::record_delimiter`](CsvOutput::record_delimiter).
    pub fn record_delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.record_delimiter = Some(value.into());
        self
    }
    /// Sets or clears [`CsvOutput::record_delimiter`](CsvOutput::record_delimiter).
    pub fn set_record_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.record_delimiter = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CsvOutput {
        CsvOutput {
            field_delimiter: self.field_delimiter,
            quote_character: self.quote_character,
            quote_escape_character: self.quote_escape_character,
            quote_fields: self.quote_fields,
            record_delimiter: self.record_delimiter,
        }
    }
}
/// Provides options for deleting an archive from an Amazon S3 Glacier vault.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteArchiveInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The ID of the archive to delete.
    pub archive_id: rt::String,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl DeleteArchiveInput {
    /// A builder for this structure.
    pub fn builder() -> DeleteArchiveInputBuilder {
        DeleteArchiveInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteArchiveInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`archive_id`](Self::archive_id).
    pub fn archive_id(&self) -> &str {
        &self.archive_id
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`DeleteArchiveInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteArchiveInputBuilder {
    /// [`DeleteArchiveInput::account_id`](DeleteArchiveInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`DeleteArchiveInput::archive_id`](DeleteArchiveInput::archive_id), if set.
    pub archive_id: rt::Option<rt::String>,
    /// [`DeleteArchiveInput::vault_name`](DeleteArchiveInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl DeleteArchiveInputBuilder {
    /// Sets [`DeleteArchiveInput::account_id`](DeleteArchiveInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteArchiveInput::account_id`](DeleteArchiveInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`DeleteArchiveInput::archive_id`](DeleteArchiveInput::archive_id).
    pub fn archive_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteArchiveInput::archive_id`](DeleteArchiveInput::archive_id).
    pub fn set_archive_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_id = value;
        self
    }
    /// Sets [`DeleteArchiveInput::vault_name`](DeleteArchiveInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteArchiveInput::vault_name`](DeleteArchiveInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteArchiveInput, rt::BuildError> {
        Ok(DeleteArchiveInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "DeleteArchiveInput",
                member: "accountId",
            })?,
            archive_id: self.archive_id.ok_or(rt::BuildError {
                shape: "DeleteArchiveInput",
                member: "archiveId",
            })?,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "DeleteArchiveInput",
                member: "vaultName",
            })?,
        })
    }
}
/// The (empty) output of `DeleteArchive`.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteArchiveOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteArchiveOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteArchiveOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteArchiveOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteArchiveOutputBuilder {
        DeleteArchiveOutputBuilder::default()
    }
}
/// Builds a [`DeleteArchiveOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteArchiveOutputBuilder {}
impl DeleteArchiveOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteArchiveOutput {
        DeleteArchiveOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Provides options for retrieving a job description.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeJobInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The ID of the job to describe.
    pub job_id: rt::String,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl DescribeJobInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeJobInputBuilder {
        DescribeJobInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeJobInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`job_id`](Self::job_id).
    pub fn job_id(&self) -> &str {
        &self.job_id
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`DescribeJobInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeJobInputBuilder {
    /// [`DescribeJobInput::account_id`](DescribeJobInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`DescribeJobInput::job_id`](DescribeJobInput::job_id), if set.
    pub job_id: rt::Option<rt::String>,
    /// [`DescribeJobInput::vault_name`](DescribeJobInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl DescribeJobInputBuilder {
    /// Sets [`DescribeJobInput::account_id`](DescribeJobInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeJobInput::account_id`](DescribeJobInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`DescribeJobInput::job_id`](DescribeJobInput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeJobInput::job_id`](DescribeJobInput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_id = value;
        self
    }
    /// Sets [`DescribeJobInput::vault_name`](DescribeJobInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeJobInput::vault_name`](DescribeJobInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeJobInput, rt::BuildError> {
        Ok(DescribeJobInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "DescribeJobInput",
                member: "accountId",
            })?,
            job_id: self.job_id.ok_or(rt::BuildError {
                shape: "DescribeJobInput",
                member: "jobId",
            })?,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "DescribeJobInput",
                member: "vaultName",
            })?,
        })
    }
}
/// Provides options for retrieving metadata for a specific vault in Amazon Glacier.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl DescribeVaultInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeVaultInputBuilder {
        DescribeVaultInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeVaultInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`DescribeVaultInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeVaultInputBuilder {
    /// [`DescribeVaultInput::account_id`](DescribeVaultInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`DescribeVaultInput::vault_name`](DescribeVaultInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl DescribeVaultInputBuilder {
    /// Sets [`DescribeVaultInput::account_id`](DescribeVaultInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultInput::account_id`](DescribeVaultInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`DescribeVaultInput::vault_name`](DescribeVaultInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultInput::vault_name`](DescribeVaultInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeVaultInput, rt::BuildError> {
        Ok(DescribeVaultInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "DescribeVaultInput",
                member: "accountId",
            })?,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "DescribeVaultInput",
                member: "vaultName",
            })?,
        })
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeVaultOutput {
    /// The Universal Coordinated Time (UTC) date when the vault was created. This value should be a string in the ISO 8601 date format, for example `2012-03-20T17:03:43.221Z`.
    pub creation_date: rt::Option<rt::String>,
    /// The Universal Coordinated Time (UTC) date when Amazon S3 Glacier completed the last vault inventory. This value should be a string in the ISO 8601 date format, for example `2012-03-20T17:03:43.221Z`.
    pub last_inventory_date: rt::Option<rt::String>,
    /// The number of archives in the vault as of the last inventory date. This field will return `null` if an inventory has not yet run on the vault, for example if you just created the vault.
    pub number_of_archives: i64,
    /// Total size, in bytes, of the archives in the vault as of the last inventory date. This field will return null if an inventory has not yet run on the vault, for example if you just created the vault.
    pub size_in_bytes: i64,
    /// The Amazon Resource Name (ARN) of the vault.
    pub vault_arn: rt::Option<rt::String>,
    /// The name of the vault.
    pub vault_name: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeVaultOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeVaultOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeVaultOutput {
    /// A builder for this structure.
    pub fn builder() -> DescribeVaultOutputBuilder {
        DescribeVaultOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeVaultOutput {
    /// [`creation_date`](Self::creation_date).
    pub fn creation_date(&self) -> rt::Option<&str> {
        self.creation_date.as_deref()
    }
    /// [`last_inventory_date`](Self::last_inventory_date).
    pub fn last_inventory_date(&self) -> rt::Option<&str> {
        self.last_inventory_date.as_deref()
    }
    /// [`number_of_archives`](Self::number_of_archives).
    pub fn number_of_archives(&self) -> i64 {
        self.number_of_archives
    }
    /// [`size_in_bytes`](Self::size_in_bytes).
    pub fn size_in_bytes(&self) -> i64 {
        self.size_in_bytes
    }
    /// [`vault_arn`](Self::vault_arn).
    pub fn vault_arn(&self) -> rt::Option<&str> {
        self.vault_arn.as_deref()
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> rt::Option<&str> {
        self.vault_name.as_deref()
    }
}
/// Builds a [`DescribeVaultOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeVaultOutputBuilder {
    /// [`DescribeVaultOutput::creation_date`](DescribeVaultOutput::creation_date), if set.
    pub creation_date: rt::Option<rt::String>,
    /// [`DescribeVaultOutput::last_inventory_date`](DescribeVaultOutput::last_inventory_date), if set.
    pub last_inventory_date: rt::Option<rt::String>,
    /// [`DescribeVaultOutput::number_of_archives`](DescribeVaultOutput::number_of_archives), if set.
    pub number_of_archives: rt::Option<i64>,
    /// [`DescribeVaultOutput::size_in_bytes`](DescribeVaultOutput::size_in_bytes), if set.
    pub size_in_bytes: rt::Option<i64>,
    /// [`DescribeVaultOutput::vault_arn`](DescribeVaultOutput::vault_arn), if set.
    pub vault_arn: rt::Option<rt::String>,
    /// [`DescribeVaultOutput::vault_name`](DescribeVaultOutput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl DescribeVaultOutputBuilder {
    /// Sets [`DescribeVaultOutput::creation_date`](DescribeVaultOutput::creation_date).
    pub fn creation_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.creation_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultOutput::creation_date`](DescribeVaultOutput::creation_date).
    pub fn set_creation_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.creation_date = value;
        self
    }
    /// Sets [`DescribeVaultOutput::last_inventory_date`](DescribeVaultOutput::last_inventory_date).
    pub fn last_inventory_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.last_inventory_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultOutput::last_inventory_date`](DescribeVaultOutput::last_inventory_date).
    pub fn set_last_inventory_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.last_inventory_date = value;
        self
    }
    /// Sets [`DescribeVaultOutput::number_of_archives`](DescribeVaultOutput::number_of_archives).
    pub fn number_of_archives(mut self, value: impl rt::Into<i64>) -> Self {
        self.number_of_archives = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultOutput::number_of_archives`](DescribeVaultOutput::number_of_archives).
    pub fn set_number_of_archives(mut self, value: rt::Option<i64>) -> Self {
        self.number_of_archives = value;
        self
    }
    /// Sets [`DescribeVaultOutput::size_in_bytes`](DescribeVaultOutput::size_in_bytes).
    pub fn size_in_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.size_in_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultOutput::size_in_bytes`](DescribeVaultOutput::size_in_bytes).
    pub fn set_size_in_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.size_in_bytes = value;
        self
    }
    /// Sets [`DescribeVaultOutput::vault_arn`](DescribeVaultOutput::vault_arn).
    pub fn vault_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_arn = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultOutput::vault_arn`](DescribeVaultOutput::vault_arn).
    pub fn set_vault_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_arn = value;
        self
    }
    /// Sets [`DescribeVaultOutput::vault_name`](DescribeVaultOutput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeVaultOutput::vault_name`](DescribeVaultOutput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeVaultOutput {
        DescribeVaultOutput {
            creation_date: self.creation_date,
            last_inventory_date: self.last_inventory_date,
            number_of_archives: self.number_of_archives.unwrap_or_default(),
            size_in_bytes: self.size_in_bytes.unwrap_or_default(),
            vault_arn: self.vault_arn,
            vault_name: self.vault_name,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Contains information about the encryption used to store the job results in Amazon S3.
#[derive(Clone, Debug, PartialEq)]
pub struct Encryption {
    /// The server-side encryption algorithm used when storing job results in Amazon S3, for example `AES256` or `aws:kms`.
    pub encryption_type: rt::Option<EncryptionType>,
    /// Optional. If the encryption type is `aws:kms`, you can use this value to specify the encryption context for the job results.
    pub kms_context: rt::Option<rt::String>,
    /// The AWS KMS key ID to use for object encryption. All GET and PUT requests for an object protected by AWS KMS fail if not made by using Secure Sockets Layer (SSL) or Signature Version 4.
    pub kms_key_id: rt::Option<rt::String>,
}
impl Encryption {
    /// A builder for this structure.
    pub fn builder() -> EncryptionBuilder {
        EncryptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Encryption {
    /// [`encryption_type`](Self::encryption_type).
    pub fn encryption_type(&self) -> rt::Option<&EncryptionType> {
        self.encryption_type.as_ref()
    }
    /// [`kms_context`](Self::kms_context).
    pub fn kms_context(&self) -> rt::Option<&str> {
        self.kms_context.as_deref()
    }
    /// [`kms_key_id`](Self::kms_key_id).
    pub fn kms_key_id(&self) -> rt::Option<&str> {
        self.kms_key_id.as_deref()
    }
}
/// Builds a [`Encryption`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EncryptionBuilder {
    /// [`Encryption::encryption_type`](Encryption::encryption_type), if set.
    pub encryption_type: rt::Option<EncryptionType>,
    /// [`Encryption::kms_context`](Encryption::kms_context), if set.
    pub kms_context: rt::Option<rt::String>,
    /// [`Encryption::kms_key_id`](Encryption::kms_key_id), if set.
    pub kms_key_id: rt::Option<rt::String>,
}
impl EncryptionBuilder {
    /// Sets [`Encryption::encryption_type`](Encryption::encryption_type).
    pub fn encryption_type(mut self, value: impl rt::Into<EncryptionType>) -> Self {
        self.encryption_type = Some(value.into());
        self
    }
    /// Sets or clears [`Encryption::encryption_type`](Encryption::encryption_type).
    pub fn set_encryption_type(mut self, value: rt::Option<EncryptionType>) -> Self {
        self.encryption_type = value;
        self
    }
    /// Sets [`Encryption::kms_context`](Encryption::kms_context).
    pub fn kms_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_context = Some(value.into());
        self
    }
    /// Sets or clears [`Encryption::kms_context`](Encryption::kms_context).
    pub fn set_kms_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_context = value;
        self
    }
    /// Sets [`Encryption::kms_key_id`](Encryption::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`Encryption::kms_key_id`](Encryption::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Encryption {
        Encryption {
            encryption_type: self.encryption_type,
            kms_context: self.kms_context,
            kms_key_id: self.kms_key_id,
        }
    }
}
/// Provides options for downloading output of an Amazon S3 Glacier job.
#[derive(Clone, Debug, PartialEq)]
pub struct GetJobOutputInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The job ID whose data is downloaded.
    pub job_id: rt::String,
    /// The range of bytes to retrieve from the output. For example, if you want to download the first 1,048,576 bytes, specify the range as `bytes=0-1048575`. By default, this operation downloads the entire output.
    ///
    /// If the job output is large, then you can use a range to retrieve a portion of the output. This allows you to download the entire output in smaller chunks of bytes. For example, suppose you have 1 GB of job output you want to download and you decide to download 128 MB chunks of data at a time, which is a total of eight Get Job Output requests. You use the following process to download the job output:
    ///
    /// - Download a 128 MB chunk of output by specifying the appropriate byte range. Verify that all 128 MB of data was received.
    /// - Along with the data, the response includes a SHA256 tree hash of the payload. You compute the checksum of the payload on the client and compare it with the checksum you received in the response to ensure you received all the expected data.
    /// - Repeat steps 1 and 2 for all the eight 128 MB chunks of output data, each time specifying the appropriate byte range.
    /// - After downloading all the parts of the job output, you have a list of eight checksum values. Compute the tree hash of these values to find the checksum of the entire output. Using the DescribeJob API, obtain job information of the job that provided you the output. The response includes the checksum of the entire archive stored in Amazon S3 Glacier. You compare this value with the checksum you computed to ensure you have downloaded the entire archive content with no errors.
    pub range: rt::Option<rt::String>,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl GetJobOutputInput {
    /// A builder for this structure.
    pub fn builder() -> GetJobOutputInputBuilder {
        GetJobOutputInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetJobOutputInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`job_id`](Self::job_id).
    pub fn job_id(&self) -> &str {
        &self.job_id
    }
    /// [`range`](Self::range).
    pub fn range(&self) -> rt::Option<&str> {
        self.range.as_deref()
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`GetJobOutputInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetJobOutputInputBuilder {
    /// [`GetJobOutputInput::account_id`](GetJobOutputInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`GetJobOutputInput::job_id`](GetJobOutputInput::job_id), if set.
    pub job_id: rt::Option<rt::String>,
    /// [`GetJobOutputInput::range`](GetJobOutputInput::range), if set.
    pub range: rt::Option<rt::String>,
    /// [`GetJobOutputInput::vault_name`](GetJobOutputInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl GetJobOutputInputBuilder {
    /// Sets [`GetJobOutputInput::account_id`](GetJobOutputInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputInput::account_id`](GetJobOutputInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`GetJobOutputInput::job_id`](GetJobOutputInput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputInput::job_id`](GetJobOutputInput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_id = value;
        self
    }
    /// Sets [`GetJobOutputInput::range`](GetJobOutputInput::range).
    pub fn range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.range = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputInput::range`](GetJobOutputInput::range).
    pub fn set_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.range = value;
        self
    }
    /// Sets [`GetJobOutputInput::vault_name`](GetJobOutputInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputInput::vault_name`](GetJobOutputInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetJobOutputInput, rt::BuildError> {
        Ok(GetJobOutputInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "GetJobOutputInput",
                member: "accountId",
            })?,
            job_id: self.job_id.ok_or(rt::BuildError {
                shape: "GetJobOutputInput",
                member: "jobId",
            })?,
            range: self.range,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "GetJobOutputInput",
                member: "vaultName",
            })?,
        })
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(Clone, Debug, PartialEq)]
pub struct GetJobOutputOutput {
    /// Indicates the range units accepted. For more information, see [RFC2616](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html).
    pub accept_ranges: rt::Option<rt::String>,
    /// The description of an archive.
    pub archive_description: rt::Option<rt::String>,
    /// The job data, either archive data or inventory data.
    pub body: rt::ByteStream,
    /// The checksum of the data in the response. This header is returned only when retrieving the output for an archive retrieval job. Furthermore, this header appears only under the following conditions:
    ///
    /// - You get the entire range of the archive.
    /// - You request a range to return of the archive that starts and ends on a multiple of 1 MB. For example, if you have an 3.1 MB archive and you specify a range to return that starts at 1 MB and ends at 2 MB, then the x-amz-sha256-tree-hash is returned as a response header.
    /// - You request a range of the archive to return that starts on a multiple of 1 MB and goes to the end of the archive. For example, if you have a 3.1 MB archive and you specify a range that starts at 2 MB and ends at 3.1 MB (the end of the archive), then the x-amz-sha256-tree-hash is returned as a response header.
    pub checksum: rt::Option<rt::String>,
    /// The range of bytes returned by Amazon S3 Glacier. If only partial output is downloaded, the response provides the range of bytes Amazon S3 Glacier returned. For example, bytes 0-1048575/8388608 returns the first 1 MB from 8 MB.
    pub content_range: rt::Option<rt::String>,
    /// The Content-Type depends on whether the job output is an archive or a vault inventory. For archive data, the Content-Type is application/octet-stream. For vault inventory, if you requested CSV format when you initiated the job, the Content-Type is text/csv. Otherwise, by default, vault inventory is returned as JSON, and the Content-Type is application/json.
    pub content_type: rt::Option<rt::String>,
    /// The HTTP response code for a job output request. The value depends on whether a range was specified in the request.
    pub status: i32,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetJobOutputOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetJobOutputOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetJobOutputOutput {
    /// A builder for this structure.
    pub fn builder() -> GetJobOutputOutputBuilder {
        GetJobOutputOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetJobOutputOutput {
    /// [`accept_ranges`](Self::accept_ranges).
    pub fn accept_ranges(&self) -> rt::Option<&str> {
        self.accept_ranges.as_deref()
    }
    /// [`archive_description`](Self::archive_description).
    pub fn archive_description(&self) -> rt::Option<&str> {
        self.archive_description.as_deref()
    }
    /// [`checksum`](Self::checksum).
    pub fn checksum(&self) -> rt::Option<&str> {
        self.checksum.as_deref()
    }
    /// [`content_range`](Self::content_range).
    pub fn content_range(&self) -> rt::Option<&str> {
        self.content_range.as_deref()
    }
    /// [`content_type`](Self::content_type).
    pub fn content_type(&self) -> rt::Option<&str> {
        self.content_type.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> i32 {
        self.status
    }
}
/// Builds a [`GetJobOutputOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetJobOutputOutputBuilder {
    /// [`GetJobOutputOutput::accept_ranges`](GetJobOutputOutput::accept_ranges), if set.
    pub accept_ranges: rt::Option<rt::String>,
    /// [`GetJobOutputOutput::archive_description`](GetJobOutputOutput::archive_description), if set.
    pub archive_description: rt::Option<rt::String>,
    /// [`GetJobOutputOutput::body`](GetJobOutputOutput::body), if set.
    pub body: rt::Option<rt::ByteStream>,
    /// [`GetJobOutputOutput::checksum`](GetJobOutputOutput::checksum), if set.
    pub checksum: rt::Option<rt::String>,
    /// [`GetJobOutputOutput::content_range`](GetJobOutputOutput::content_range), if set.
    pub content_range: rt::Option<rt::String>,
    /// [`GetJobOutputOutput::content_type`](GetJobOutputOutput::content_type), if set.
    pub content_type: rt::Option<rt::String>,
    /// [`GetJobOutputOutput::status`](GetJobOutputOutput::status), if set.
    pub status: rt::Option<i32>,
}
impl GetJobOutputOutputBuilder {
    /// Sets [`GetJobOutputOutput::accept_ranges`](GetJobOutputOutput::accept_ranges).
    pub fn accept_ranges(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.accept_ranges = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::accept_ranges`](GetJobOutputOutput::accept_ranges).
    pub fn set_accept_ranges(mut self, value: rt::Option<rt::String>) -> Self {
        self.accept_ranges = value;
        self
    }
    /// Sets [`GetJobOutputOutput::archive_description`](GetJobOutputOutput::archive_description).
    pub fn archive_description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_description = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::archive_description`](GetJobOutputOutput::archive_description).
    pub fn set_archive_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_description = value;
        self
    }
    /// Sets [`GetJobOutputOutput::body`](GetJobOutputOutput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::body`](GetJobOutputOutput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// Sets [`GetJobOutputOutput::checksum`](GetJobOutputOutput::checksum).
    pub fn checksum(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::checksum`](GetJobOutputOutput::checksum).
    pub fn set_checksum(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum = value;
        self
    }
    /// Sets [`GetJobOutputOutput::content_range`](GetJobOutputOutput::content_range).
    pub fn content_range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_range = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::content_range`](GetJobOutputOutput::content_range).
    pub fn set_content_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_range = value;
        self
    }
    /// Sets [`GetJobOutputOutput::content_type`](GetJobOutputOutput::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::content_type`](GetJobOutputOutput::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`GetJobOutputOutput::status`](GetJobOutputOutput::status).
    pub fn status(mut self, value: impl rt::Into<i32>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`GetJobOutputOutput::status`](GetJobOutputOutput::status).
    pub fn set_status(mut self, value: rt::Option<i32>) -> Self {
        self.status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetJobOutputOutput {
        GetJobOutputOutput {
            accept_ranges: self.accept_ranges,
            archive_description: self.archive_description,
            body: self.body.unwrap_or_default(),
            checksum: self.checksum,
            content_range: self.content_range,
            content_type: self.content_type,
            status: self.status.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Contains the description of an Amazon S3 Glacier job.
#[derive(Clone, Debug, PartialEq)]
pub struct GlacierJobDescription {
    /// The job type. This value is either `ArchiveRetrieval`, `InventoryRetrieval`, or `Select`.
    pub action: rt::Option<ActionCode>,
    /// The archive ID requested for a select job or archive retrieval. Otherwise, this field is null.
    pub archive_id: rt::Option<rt::String>,
    /// The SHA256 tree hash of the entire archive for an archive retrieval. For inventory retrieval or select jobs, this field is null.
    pub archive_sha256_tree_hash: rt::Option<rt::String>,
    /// For an archive retrieval job, this value is the size in bytes of the archive being requested for download. For an inventory retrieval or select job, this value is null.
    pub archive_size_in_bytes: rt::Option<i64>,
    /// The job status. When a job is completed, you get the job's output using Get Job Output (GET output).
    pub completed: bool,
    /// The UTC time that the job request completed. While the job is in progress, the value is null.
    pub completion_date: rt::Option<rt::String>,
    /// The UTC date when the job was created. This value is a string representation of ISO 8601 date format, for example `"2012-03-20T17:03:43.221Z"`.
    pub creation_date: rt::Option<rt::String>,
    /// Parameters used for range inventory retrieval.
    pub inventory_retrieval_parameters: rt::Option<InventoryRetrievalJobDescription>,
    /// For an inventory retrieval job, this value is the size in bytes of the inventory requested for download. For an archive retrieval or select job, this value is null.
    pub inventory_size_in_bytes: rt::Option<i64>,
    /// The job description provided when initiating the job.
    pub job_description: rt::Option<rt::String>,
    /// An opaque string that identifies an Amazon S3 Glacier job.
    pub job_id: rt::Option<rt::String>,
    /// Contains the job output location.
    pub job_output_path: rt::Option<rt::String>,
    /// Contains the location where the data from the select job is stored.
    pub output_location: rt::Option<OutputLocation>,
    /// The retrieved byte range for archive retrieval jobs in the form *StartByteValue*-*EndByteValue*. If no range was specified in the archive retrieval, then the whole archive is retrieved. In this case, *StartByteValue* equals 0 and *EndByteValue* equals the size of the archive minus 1. For inventory retrieval or select jobs, this field is null.
    pub retrieval_byte_range: rt::Option<rt::String>,
    /// For an archive retrieval job, this value is the checksum of the archive. Otherwise, this value is null.
    ///
    /// The SHA256 tree hash value for the requested range of an archive. If the **InitiateJob** request for an archive specified a tree-hash aligned range, then this field returns a value.
    ///
    /// If the whole archive is retrieved, this value is the same as the ArchiveSHA256TreeHash value.
    ///
    /// This field is null for the following:
    ///
    /// - Archive retrieval jobs that specify a range that is not tree-hash aligned
    ///
    /// - Archival jobs that specify a range that is equal to the whole archive, when the job status is `InProgress`
    ///
    /// - Inventory jobs
    /// - Select jobs
    pub sha256_tree_hash: rt::Option<rt::String>,
    /// An Amazon SNS topic that receives notification.
    pub sns_topic: rt::Option<rt::String>,
    /// Contains the parameters used for a select.
    pub select_parameters: rt::Option<SelectParameters>,
    /// The status code can be `InProgress`, `Succeeded`, or `Failed`, and indicates the status of the job.
    pub status_code: rt::Option<StatusCode>,
    /// A friendly message that describes the job status.
    pub status_message: rt::Option<rt::String>,
    /// The tier to use for a select or an archive retrieval. Valid values are `Expedited`, `Standard`, or `Bulk`. `Standard` is the default.
    pub tier: rt::Option<rt::String>,
    /// The Amazon Resource Name (ARN) of the vault from which an archive retrieval was requested.
    pub vault_arn: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GlacierJobDescription {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GlacierJobDescription {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GlacierJobDescription {
    /// A builder for this structure.
    pub fn builder() -> GlacierJobDescriptionBuilder {
        GlacierJobDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GlacierJobDescription {
    /// [`action`](Self::action).
    pub fn action(&self) -> rt::Option<&ActionCode> {
        self.action.as_ref()
    }
    /// [`archive_id`](Self::archive_id).
    pub fn archive_id(&self) -> rt::Option<&str> {
        self.archive_id.as_deref()
    }
    /// [`archive_sha256_tree_hash`](Self::archive_sha256_tree_hash).
    pub fn archive_sha256_tree_hash(&self) -> rt::Option<&str> {
        self.archive_sha256_tree_hash.as_deref()
    }
    /// [`archive_size_in_bytes`](Self::archive_size_in_bytes).
    pub fn archive_size_in_bytes(&self) -> rt::Option<i64> {
        self.archive_size_in_bytes
    }
    /// [`completed`](Self::completed).
    pub fn completed(&self) -> bool {
        self.completed
    }
    /// [`completion_date`](Self::completion_date).
    pub fn completion_date(&self) -> rt::Option<&str> {
        self.completion_date.as_deref()
    }
    /// [`creation_date`](Self::creation_date).
    pub fn creation_date(&self) -> rt::Option<&str> {
        self.creation_date.as_deref()
    }
    /// [`inventory_retrieval_parameters`](Self::inventory_retrieval_parameters).
    pub fn inventory_retrieval_parameters(&self) -> rt::Option<&InventoryRetrievalJobDescription> {
        self.inventory_retrieval_parameters.as_ref()
    }
    /// [`inventory_size_in_bytes`](Self::inventory_size_in_bytes).
    pub fn inventory_size_in_bytes(&self) -> rt::Option<i64> {
        self.inventory_size_in_bytes
    }
    /// [`job_description`](Self::job_description).
    pub fn job_description(&self) -> rt::Option<&str> {
        self.job_description.as_deref()
    }
    /// [`job_id`](Self::job_id).
    pub fn job_id(&self) -> rt::Option<&str> {
        self.job_id.as_deref()
    }
    /// [`job_output_path`](Self::job_output_path).
    pub fn job_output_path(&self) -> rt::Option<&str> {
        self.job_output_path.as_deref()
    }
    /// [`output_location`](Self::output_location).
    pub fn output_location(&self) -> rt::Option<&OutputLocation> {
        self.output_location.as_ref()
    }
    /// [`retrieval_byte_range`](Self::retrieval_byte_range).
    pub fn retrieval_byte_range(&self) -> rt::Option<&str> {
        self.retrieval_byte_range.as_deref()
    }
    /// [`sha256_tree_hash`](Self::sha256_tree_hash).
    pub fn sha256_tree_hash(&self) -> rt::Option<&str> {
        self.sha256_tree_hash.as_deref()
    }
    /// [`sns_topic`](Self::sns_topic).
    pub fn sns_topic(&self) -> rt::Option<&str> {
        self.sns_topic.as_deref()
    }
    /// [`select_parameters`](Self::select_parameters).
    pub fn select_parameters(&self) -> rt::Option<&SelectParameters> {
        self.select_parameters.as_ref()
    }
    /// [`status_code`](Self::status_code).
    pub fn status_code(&self) -> rt::Option<&StatusCode> {
        self.status_code.as_ref()
    }
    /// [`status_message`](Self::status_message).
    pub fn status_message(&self) -> rt::Option<&str> {
        self.status_message.as_deref()
    }
    /// [`tier`](Self::tier).
    pub fn tier(&self) -> rt::Option<&str> {
        self.tier.as_deref()
    }
    /// [`vault_arn`](Self::vault_arn).
    pub fn vault_arn(&self) -> rt::Option<&str> {
        self.vault_arn.as_deref()
    }
}
/// Builds a [`GlacierJobDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GlacierJobDescriptionBuilder {
    /// [`GlacierJobDescription::action`](GlacierJobDescription::action), if set.
    pub action: rt::Option<ActionCode>,
    /// [`GlacierJobDescription::archive_id`](GlacierJobDescription::archive_id), if set.
    pub archive_id: rt::Option<rt::String>,
    /// [`GlacierJobDescription::archive_sha256_tree_hash`](GlacierJobDescription::archive_sha256_tree_hash), if set.
    pub archive_sha256_tree_hash: rt::Option<rt::String>,
    /// [`GlacierJobDescription::archive_size_in_bytes`](GlacierJobDescription::archive_size_in_bytes), if set.
    pub archive_size_in_bytes: rt::Option<i64>,
    /// [`GlacierJobDescription::completed`](GlacierJobDescription::completed), if set.
    pub completed: rt::Option<bool>,
    /// [`GlacierJobDescription::completion_date`](GlacierJobDescription::completion_date), if set.
    pub completion_date: rt::Option<rt::String>,
    /// [`GlacierJobDescription::creation_date`](GlacierJobDescription::creation_date), if set.
    pub creation_date: rt::Option<rt::String>,
    /// [`GlacierJobDescription::inventory_retrieval_parameters`](GlacierJobDescription::inventory_retrieval_parameters), if set.
    pub inventory_retrieval_parameters: rt::Option<InventoryRetrievalJobDescription>,
    /// [`GlacierJobDescription::inventory_size_in_bytes`](GlacierJobDescription::inventory_size_in_bytes), if set.
    pub inventory_size_in_bytes: rt::Option<i64>,
    /// [`GlacierJobDescription::job_description`](GlacierJobDescription::job_description), if set.
    pub job_description: rt::Option<rt::String>,
    /// [`GlacierJobDescription::job_id`](GlacierJobDescription::job_id), if set.
    pub job_id: rt::Option<rt::String>,
    /// [`GlacierJobDescription::job_output_path`](GlacierJobDescription::job_output_path), if set.
    pub job_output_path: rt::Option<rt::String>,
    /// [`GlacierJobDescription::output_location`](GlacierJobDescription::output_location), if set.
    pub output_location: rt::Option<OutputLocation>,
    /// [`GlacierJobDescription::retrieval_byte_range`](GlacierJobDescription::retrieval_byte_range), if set.
    pub retrieval_byte_range: rt::Option<rt::String>,
    /// [`GlacierJobDescription::sha256_tree_hash`](GlacierJobDescription::sha256_tree_hash), if set.
    pub sha256_tree_hash: rt::Option<rt::String>,
    /// [`GlacierJobDescription::sns_topic`](GlacierJobDescription::sns_topic), if set.
    pub sns_topic: rt::Option<rt::String>,
    /// [`GlacierJobDescription::select_parameters`](GlacierJobDescription::select_parameters), if set.
    pub select_parameters: rt::Option<SelectParameters>,
    /// [`GlacierJobDescription::status_code`](GlacierJobDescription::status_code), if set.
    pub status_code: rt::Option<StatusCode>,
    /// [`GlacierJobDescription::status_message`](GlacierJobDescription::status_message), if set.
    pub status_message: rt::Option<rt::String>,
    /// [`GlacierJobDescription::tier`](GlacierJobDescription::tier), if set.
    pub tier: rt::Option<rt::String>,
    /// [`GlacierJobDescription::vault_arn`](GlacierJobDescription::vault_arn), if set.
    pub vault_arn: rt::Option<rt::String>,
}
impl GlacierJobDescriptionBuilder {
    /// Sets [`GlacierJobDescription::action`](GlacierJobDescription::action).
    pub fn action(mut self, value: impl rt::Into<ActionCode>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::action`](GlacierJobDescription::action).
    pub fn set_action(mut self, value: rt::Option<ActionCode>) -> Self {
        self.action = value;
        self
    }
    /// Sets [`GlacierJobDescription::archive_id`](GlacierJobDescription::archive_id).
    pub fn archive_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_id = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::archive_id`](GlacierJobDescription::archive_id).
    pub fn set_archive_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_id = value;
        self
    }
    /// Sets [`GlacierJobDescription::archive_sha256_tree_hash`](GlacierJobDescription::archive_sha256_tree_hash).
    pub fn archive_sha256_tree_hash(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_sha256_tree_hash = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::archive_sha256_tree_hash`](GlacierJobDescription::archive_sha256_tree_hash).
    pub fn set_archive_sha256_tree_hash(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_sha256_tree_hash = value;
        self
    }
    /// Sets [`GlacierJobDescription::archive_size_in_bytes`](GlacierJobDescription::archive_size_in_bytes).
    pub fn archive_size_in_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.archive_size_in_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::archive_size_in_bytes`](GlacierJobDescription::archive_size_in_bytes).
    pub fn set_archive_size_in_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.archive_size_in_bytes = value;
        self
    }
    /// Sets [`GlacierJobDescription::completed`](GlacierJobDescription::completed).
    pub fn completed(mut self, value: impl rt::Into<bool>) -> Self {
        self.completed = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::completed`](GlacierJobDescription::completed).
    pub fn set_completed(mut self, value: rt::Option<bool>) -> Self {
        self.completed = value;
        self
    }
    /// Sets [`GlacierJobDescription::completion_date`](GlacierJobDescription::completion_date).
    pub fn completion_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.completion_date = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::completion_date`](GlacierJobDescription::completion_date).
    pub fn set_completion_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.completion_date = value;
        self
    }
    /// Sets [`GlacierJobDescription::creation_date`](GlacierJobDescription::creation_date).
    pub fn creation_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.creation_date = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::creation_date`](GlacierJobDescription::creation_date).
    pub fn set_creation_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.creation_date = value;
        self
    }
    /// Sets [`GlacierJobDescription::inventory_retrieval_parameters`](GlacierJobDescription::inventory_retrieval_parameters).
    pub fn inventory_retrieval_parameters(
        mut self,
        value: impl rt::Into<InventoryRetrievalJobDescription>,
    ) -> Self {
        self.inventory_retrieval_parameters = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::inventory_retrieval_parameters`](GlacierJobDescription::inventory_retrieval_parameters).
    pub fn set_inventory_retrieval_parameters(
        mut self,
        value: rt::Option<InventoryRetrievalJobDescription>,
    ) -> Self {
        self.inventory_retrieval_parameters = value;
        self
    }
    /// Sets [`GlacierJobDescription::inventory_size_in_bytes`](GlacierJobDescription::inventory_size_in_bytes).
    pub fn inventory_size_in_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.inventory_size_in_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::inventory_size_in_bytes`](GlacierJobDescription::inventory_size_in_bytes).
    pub fn set_inventory_size_in_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.inventory_size_in_bytes = value;
        self
    }
    /// Sets [`GlacierJobDescription::job_description`](GlacierJobDescription::job_description).
    pub fn job_description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_description = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::job_description`](GlacierJobDescription::job_description).
    pub fn set_job_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_description = value;
        self
    }
    /// Sets [`GlacierJobDescription::job_id`](GlacierJobDescription::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_id = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::job_id`](GlacierJobDescription::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_id = value;
        self
    }
    /// Sets [`GlacierJobDescription::job_output_path`](GlacierJobDescription::job_output_path).
    pub fn job_output_path(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_output_path = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::job_output_path`](GlacierJobDescription::job_output_path).
    pub fn set_job_output_path(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_output_path = value;
        self
    }
    /// Sets [`GlacierJobDescription::output_location`](GlacierJobDescription::output_location).
    pub fn output_location(mut self, value: impl rt::Into<OutputLocation>) -> Self {
        self.output_location = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::output_location`](GlacierJobDescription::output_location).
    pub fn set_output_location(mut self, value: rt::Option<OutputLocation>) -> Self {
        self.output_location = value;
        self
    }
    /// Sets [`GlacierJobDescription::retrieval_byte_range`](GlacierJobDescription::retrieval_byte_range).
    pub fn retrieval_byte_range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.retrieval_byte_range = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::retrieval_byte_range`](GlacierJobDescription::retrieval_byte_range).
    pub fn set_retrieval_byte_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.retrieval_byte_range = value;
        self
    }
    /// Sets [`GlacierJobDescription::sha256_tree_hash`](GlacierJobDescription::sha256_tree_hash).
    pub fn sha256_tree_hash(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sha256_tree_hash = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::sha256_tree_hash`](GlacierJobDescription::sha256_tree_hash).
    pub fn set_sha256_tree_hash(mut self, value: rt::Option<rt::String>) -> Self {
        self.sha256_tree_hash = value;
        self
    }
    /// Sets [`GlacierJobDescription::sns_topic`](GlacierJobDescription::sns_topic).
    pub fn sns_topic(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sns_topic = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::sns_topic`](GlacierJobDescription::sns_topic).
    pub fn set_sns_topic(mut self, value: rt::Option<rt::String>) -> Self {
        self.sns_topic = value;
        self
    }
    /// Sets [`GlacierJobDescription::select_parameters`](GlacierJobDescription::select_parameters).
    pub fn select_parameters(mut self, value: impl rt::Into<SelectParameters>) -> Self {
        self.select_parameters = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::select_parameters`](GlacierJobDescription::select_parameters).
    pub fn set_select_parameters(mut self, value: rt::Option<SelectParameters>) -> Self {
        self.select_parameters = value;
        self
    }
    /// Sets [`GlacierJobDescription::status_code`](GlacierJobDescription::status_code).
    pub fn status_code(mut self, value: impl rt::Into<StatusCode>) -> Self {
        self.status_code = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::status_code`](GlacierJobDescription::status_code).
    pub fn set_status_code(mut self, value: rt::Option<StatusCode>) -> Self {
        self.status_code = value;
        self
    }
    /// Sets [`GlacierJobDescription::status_message`](GlacierJobDescription::status_message).
    pub fn status_message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.status_message = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::status_message`](GlacierJobDescription::status_message).
    pub fn set_status_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.status_message = value;
        self
    }
    /// Sets [`GlacierJobDescription::tier`](GlacierJobDescription::tier).
    pub fn tier(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tier = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::tier`](GlacierJobDescription::tier).
    pub fn set_tier(mut self, value: rt::Option<rt::String>) -> Self {
        self.tier = value;
        self
    }
    /// Sets [`GlacierJobDescription::vault_arn`](GlacierJobDescription::vault_arn).
    pub fn vault_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_arn = Some(value.into());
        self
    }
    /// Sets or clears [`GlacierJobDescription::vault_arn`](GlacierJobDescription::vault_arn).
    pub fn set_vault_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GlacierJobDescription {
        GlacierJobDescription {
            action: self.action,
            archive_id: self.archive_id,
            archive_sha256_tree_hash: self.archive_sha256_tree_hash,
            archive_size_in_bytes: self.archive_size_in_bytes,
            completed: self.completed.unwrap_or_default(),
            completion_date: self.completion_date,
            creation_date: self.creation_date,
            inventory_retrieval_parameters: self.inventory_retrieval_parameters,
            inventory_size_in_bytes: self.inventory_size_in_bytes,
            job_description: self.job_description,
            job_id: self.job_id,
            job_output_path: self.job_output_path,
            output_location: self.output_location,
            retrieval_byte_range: self.retrieval_byte_range,
            sha256_tree_hash: self.sha256_tree_hash,
            sns_topic: self.sns_topic,
            select_parameters: self.select_parameters,
            status_code: self.status_code,
            status_message: self.status_message,
            tier: self.tier,
            vault_arn: self.vault_arn,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Contains information about a grant.
#[derive(Clone, Debug, PartialEq)]
pub struct Grant {
    /// The grantee.
    pub grantee: rt::Option<Grantee>,
    /// Specifies the permission given to the grantee.
    pub permission: rt::Option<Permission>,
}
impl Grant {
    /// A builder for this structure.
    pub fn builder() -> GrantBuilder {
        GrantBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Grant {
    /// [`grantee`](Self::grantee).
    pub fn grantee(&self) -> rt::Option<&Grantee> {
        self.grantee.as_ref()
    }
    /// [`permission`](Self::permission).
    pub fn permission(&self) -> rt::Option<&Permission> {
        self.permission.as_ref()
    }
}
/// Builds a [`Grant`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrantBuilder {
    /// [`Grant::grantee`](Grant::grantee), if set.
    pub grantee: rt::Option<Grantee>,
    /// [`Grant::permission`](Grant::permission), if set.
    pub permission: rt::Option<Permission>,
}
impl GrantBuilder {
    /// Sets [`Grant::grantee`](Grant::grantee).
    pub fn grantee(mut self, value: impl rt::Into<Grantee>) -> Self {
        self.grantee = Some(value.into());
        self
    }
    /// Sets or clears [`Grant::grantee`](Grant::grantee).
    pub fn set_grantee(mut self, value: rt::Option<Grantee>) -> Self {
        self.grantee = value;
        self
    }
    /// Sets [`Grant::permission`](Grant::permission).
    pub fn permission(mut self, value: impl rt::Into<Permission>) -> Self {
        self.permission = Some(value.into());
        self
    }
    /// Sets or clears [`Grant::permission`](Grant::permission).
    pub fn set_permission(mut self, value: rt::Option<Permission>) -> Self {
        self.permission = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Grant {
        Grant {
            grantee: self.grantee,
            permission: self.permission,
        }
    }
}
/// Contains information about the grantee.
#[derive(Clone, Debug, PartialEq)]
pub struct Grantee {
    /// Screen name of the grantee.
    pub display_name: rt::Option<rt::String>,
    /// Email address of the grantee.
    pub email_address: rt::Option<rt::String>,
    /// The canonical user ID of the grantee.
    pub id: rt::Option<rt::String>,
    /// Type of grantee
    pub r#type: Type,
    /// URI of the grantee group.
    pub uri: rt::Option<rt::String>,
}
impl Grantee {
    /// A builder for this structure.
    pub fn builder() -> GranteeBuilder {
        GranteeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Grantee {
    /// [`display_name`](Self::display_name).
    pub fn display_name(&self) -> rt::Option<&str> {
        self.display_name.as_deref()
    }
    /// [`email_address`](Self::email_address).
    pub fn email_address(&self) -> rt::Option<&str> {
        self.email_address.as_deref()
    }
    /// [`id`](Self::id).
    pub fn id(&self) -> rt::Option<&str> {
        self.id.as_deref()
    }
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> &Type {
        &self.r#type
    }
    /// [`uri`](Self::uri).
    pub fn uri(&self) -> rt::Option<&str> {
        self.uri.as_deref()
    }
}
/// Builds a [`Grantee`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GranteeBuilder {
    /// [`Grantee::display_name`](Grantee::display_name), if set.
    pub display_name: rt::Option<rt::String>,
    /// [`Grantee::email_address`](Grantee::email_address), if set.
    pub email_address: rt::Option<rt::String>,
    /// [`Grantee::id`](Grantee::id), if set.
    pub id: rt::Option<rt::String>,
    /// [`Grantee::r#type`](Grantee::r#type), if set.
    pub r#type: rt::Option<Type>,
    /// [`Grantee::uri`](Grantee::uri), if set.
    pub uri: rt::Option<rt::String>,
}
impl GranteeBuilder {
    /// Sets [`Grantee::display_name`](Grantee::display_name).
    pub fn display_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets or clears [`Grantee::display_name`](Grantee::display_name).
    pub fn set_display_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.display_name = value;
        self
    }
    /// Sets [`Grantee::email_address`](Grantee::email_address).
    pub fn email_address(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Sets or clears [`Grantee::email_address`](Grantee::email_address).
    pub fn set_email_address(mut self, value: rt::Option<rt::String>) -> Self {
        self.email_address = value;
        self
    }
    /// Sets [`Grantee::id`](Grantee::id).
    pub fn id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets or clears [`Grantee::id`](Grantee::id).
    pub fn set_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`Grantee::r#type`](Grantee::r#type).
    pub fn r#type(mut self, value: impl rt::Into<Type>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`Grantee::r#type`](Grantee::r#type).
    pub fn set_type(mut self, value: rt::Option<Type>) -> Self {
        self.r#type = value;
        self
    }
    /// Sets [`Grantee::uri`](Grantee::uri).
    pub fn uri(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.uri = Some(value.into());
        self
    }
    /// Sets or clears [`Grantee::uri`](Grantee::uri).
    pub fn set_uri(mut self, value: rt::Option<rt::String>) -> Self {
        self.uri = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Grantee, rt::BuildError> {
        Ok(Grantee {
            display_name: self.display_name,
            email_address: self.email_address,
            id: self.id,
            r#type: self.r#type.ok_or(rt::BuildError {
                shape: "Grantee",
                member: "Type",
            })?,
            uri: self.uri,
        })
    }
}
/// Provides options for initiating an Amazon S3 Glacier job.
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateJobInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// Provides options for specifying job information.
    pub job_parameters: rt::Option<JobParameters>,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl InitiateJobInput {
    /// A builder for this structure.
    pub fn builder() -> InitiateJobInputBuilder {
        InitiateJobInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InitiateJobInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`job_parameters`](Self::job_parameters).
    pub fn job_parameters(&self) -> rt::Option<&JobParameters> {
        self.job_parameters.as_ref()
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`InitiateJobInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitiateJobInputBuilder {
    /// [`InitiateJobInput::account_id`](InitiateJobInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`InitiateJobInput::job_parameters`](InitiateJobInput::job_parameters), if set.
    pub job_parameters: rt::Option<JobParameters>,
    /// [`InitiateJobInput::vault_name`](InitiateJobInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl InitiateJobInputBuilder {
    /// Sets [`InitiateJobInput::account_id`](InitiateJobInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateJobInput::account_id`](InitiateJobInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`InitiateJobInput::job_parameters`](InitiateJobInput::job_parameters).
    pub fn job_parameters(mut self, value: impl rt::Into<JobParameters>) -> Self {
        self.job_parameters = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateJobInput::job_parameters`](InitiateJobInput::job_parameters).
    pub fn set_job_parameters(mut self, value: rt::Option<JobParameters>) -> Self {
        self.job_parameters = value;
        self
    }
    /// Sets [`InitiateJobInput::vault_name`](InitiateJobInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateJobInput::vault_name`](InitiateJobInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<InitiateJobInput, rt::BuildError> {
        Ok(InitiateJobInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "InitiateJobInput",
                member: "accountId",
            })?,
            job_parameters: self.job_parameters,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "InitiateJobInput",
                member: "vaultName",
            })?,
        })
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateJobOutput {
    /// The ID of the job.
    pub job_id: rt::Option<rt::String>,
    /// The path to the location of where the select results are stored.
    pub job_output_path: rt::Option<rt::String>,
    /// The relative URI path of the job.
    pub location: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InitiateJobOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InitiateJobOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InitiateJobOutput {
    /// A builder for this structure.
    pub fn builder() -> InitiateJobOutputBuilder {
        InitiateJobOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InitiateJobOutput {
    /// [`job_id`](Self::job_id).
    pub fn job_id(&self) -> rt::Option<&str> {
        self.job_id.as_deref()
    }
    /// [`job_output_path`](Self::job_output_path).
    pub fn job_output_path(&self) -> rt::Option<&str> {
        self.job_output_path.as_deref()
    }
    /// [`location`](Self::location).
    pub fn location(&self) -> rt::Option<&str> {
        self.location.as_deref()
    }
}
/// Builds a [`InitiateJobOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitiateJobOutputBuilder {
    /// [`InitiateJobOutput::job_id`](InitiateJobOutput::job_id), if set.
    pub job_id: rt::Option<rt::String>,
    /// [`InitiateJobOutput::job_output_path`](InitiateJobOutput::job_output_path), if set.
    pub job_output_path: rt::Option<rt::String>,
    /// [`InitiateJobOutput::location`](InitiateJobOutput::location), if set.
    pub location: rt::Option<rt::String>,
}
impl InitiateJobOutputBuilder {
    /// Sets [`InitiateJobOutput::job_id`](InitiateJobOutput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_id = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateJobOutput::job_id`](InitiateJobOutput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_id = value;
        self
    }
    /// Sets [`InitiateJobOutput::job_output_path`](InitiateJobOutput::job_output_path).
    pub fn job_output_path(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.job_output_path = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateJobOutput::job_output_path`](InitiateJobOutput::job_output_path).
    pub fn set_job_output_path(mut self, value: rt::Option<rt::String>) -> Self {
        self.job_output_path = value;
        self
    }
    /// Sets [`InitiateJobOutput::location`](InitiateJobOutput::location).
    pub fn location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateJobOutput::location`](InitiateJobOutput::location).
    pub fn set_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.location = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InitiateJobOutput {
        InitiateJobOutput {
            job_id: self.job_id,
            job_output_path: self.job_output_path,
            location: self.location,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Describes how the archive is serialized.
#[derive(Clone, Debug, PartialEq)]
pub struct InputSerialization {
    /// Describes the serialization of a CSV-encoded object.
    pub csv: rt::Option<CsvInput>,
}
impl InputSerialization {
    /// A builder for this structure.
    pub fn builder() -> InputSerializationBuilder {
        InputSerializationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InputSerialization {
    /// [`csv`](Self::csv).
    pub fn csv(&self) -> rt::Option<&CsvInput> {
        self.csv.as_ref()
    }
}
/// Builds a [`InputSerialization`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputSerializationBuilder {
    /// [`InputSerialization::csv`](InputSerialization::csv), if set.
    pub csv: rt::Option<CsvInput>,
}
impl InputSerializationBuilder {
    /// Sets [`InputSerialization::csv`](InputSerialization::csv).
    pub fn csv(mut self, value: impl rt::Into<CsvInput>) -> Self {
        self.csv = Some(value.into());
        self
    }
    /// Sets or clears [`InputSerialization::csv`](InputSerialization::csv).
    pub fn set_csv(mut self, value: rt::Option<CsvInput>) -> Self {
        self.csv = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InputSerialization {
        InputSerialization { csv: self.csv }
    }
}
/// Describes the options for a range inventory retrieval job.
#[derive(Clone, Debug, PartialEq)]
pub struct InventoryRetrievalJobDescription {
    /// The end of the date range in UTC for vault inventory retrieval that includes archives created before this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`.
    pub end_date: rt::Option<rt::String>,
    /// The output format for the vault inventory list, which is set by the **InitiateJob** request when initiating a job to retrieve a vault inventory. Valid values are `CSV` and `JSON`.
    pub format: rt::Option<rt::String>,
    /// The maximum number of inventory items returned per vault inventory retrieval request. This limit is set when initiating the job with the a **InitiateJob** request.
    pub limit: rt::Option<rt::String>,
    /// An opaque string that represents where to continue pagination of the vault inventory retrieval results. You use the marker in a new **InitiateJob** request to obtain additional inventory items. If there are no more inventory items, this value is `null`. For more information, see [ Range Inventory Retrieval](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html#api-initiate-job-post-vault-inventory-list-filtering).
    pub marker: rt::Option<rt::String>,
    /// The start of the date range in Universal Coordinated Time (UTC) for vault inventory retrieval that includes archives created on or after this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`.
    pub start_date: rt::Option<rt::String>,
}
impl InventoryRetrievalJobDescription {
    /// A builder for this structure.
    pub fn builder() -> InventoryRetrievalJobDescriptionBuilder {
        InventoryRetrievalJobDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InventoryRetrievalJobDescription {
    /// [`end_date`](Self::end_date).
    pub fn end_date(&self) -> rt::Option<&str> {
        self.end_date.as_deref()
    }
    /// [`format`](Self::format).
    pub fn format(&self) -> rt::Option<&str> {
        self.format.as_deref()
    }
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<&str> {
        self.limit.as_deref()
    }
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
    /// [`start_date`](Self::start_date).
    pub fn start_date(&self) -> rt::Option<&str> {
        self.start_date.as_deref()
    }
}
/// Builds a [`InventoryRetrievalJobDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InventoryRetrievalJobDescriptionBuilder {
    /// [`InventoryRetrievalJobDescription::end_date`](InventoryRetrievalJobDescription::end_date), if set.
    pub end_date: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobDescription::format`](InventoryRetrievalJobDescription::format), if set.
    pub format: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobDescription::limit`](InventoryRetrievalJobDescription::limit), if set.
    pub limit: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobDescription::marker`](InventoryRetrievalJobDescription::marker), if set.
    pub marker: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobDescription::start_date`](InventoryRetrievalJobDescription::start_date), if set.
    pub start_date: rt::Option<rt::String>,
}
impl InventoryRetrievalJobDescriptionBuilder {
    /// Sets [`InventoryRetrievalJobDescription::end_date`](InventoryRetrievalJobDescription::end_date).
    pub fn end_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobDescription::end_date`](InventoryRetrievalJobDescription::end_date).
    pub fn set_end_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.end_date = value;
        self
    }
    /// Sets [`InventoryRetrievalJobDescription::format`](InventoryRetrievalJobDescription::format).
    pub fn format(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobDescription::format`](InventoryRetrievalJobDescription::format).
    pub fn set_format(mut self, value: rt::Option<rt::String>) -> Self {
        self.format = value;
        self
    }
    /// Sets [`InventoryRetrievalJobDescription::limit`](InventoryRetrievalJobDescription::limit).
    pub fn limit(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobDescription::limit`](InventoryRetrievalJobDescription::limit).
    pub fn set_limit(mut self, value: rt::Option<rt::String>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`InventoryRetrievalJobDescription::marker`](InventoryRetrievalJobDescription::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobDescription::marker`](InventoryRetrievalJobDescription::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// Sets [`InventoryRetrievalJobDescription::start_date`](InventoryRetrievalJobDescription::start_date).
    pub fn start_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobDescription::start_date`](InventoryRetrievalJobDescription::start_date).
    pub fn set_start_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.start_date = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InventoryRetrievalJobDescription {
        InventoryRetrievalJobDescription {
            end_date: self.end_date,
            format: self.format,
            limit: self.limit,
            marker: self.marker,
            start_date: self.start_date,
        }
    }
}
/// Provides options for specifying a range inventory retrieval job.
#[derive(Clone, Debug, PartialEq)]
pub struct InventoryRetrievalJobInput {
    /// The end of the date range in UTC for vault inventory retrieval that includes archives created before this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`.
    pub end_date: rt::Option<rt::String>,
    /// Specifies the maximum number of inventory items returned per vault inventory retrieval request. Valid values are greater than or equal to 1.
    pub limit: rt::Option<rt::String>,
    /// An opaque string that represents where to continue pagination of the vault inventory retrieval results. You use the marker in a new **InitiateJob** request to obtain additional inventory items. If there are no more inventory items, this value is `null`.
    pub marker: rt::Option<rt::String>,
    /// The start of the date range in UTC for vault inventory retrieval that includes archives created on or after this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`.
    pub start_date: rt::Option<rt::String>,
}
impl InventoryRetrievalJobInput {
    /// A builder for this structure.
    pub fn builder() -> InventoryRetrievalJobInputBuilder {
        InventoryRetrievalJobInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InventoryRetrievalJobInput {
    /// [`end_date`](Self::end_date).
    pub fn end_date(&self) -> rt::Option<&str> {
        self.end_date.as_deref()
    }
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<&str> {
        self.limit.as_deref()
    }
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
    /// [`start_date`](Self::start_date).
    pub fn start_date(&self) -> rt::Option<&str> {
        self.start_date.as_deref()
    }
}
/// Builds a [`InventoryRetrievalJobInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InventoryRetrievalJobInputBuilder {
    /// [`InventoryRetrievalJobInput::end_date`](InventoryRetrievalJobInput::end_date), if set.
    pub end_date: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobInput::limit`](InventoryRetrievalJobInput::limit), if set.
    pub limit: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobInput::marker`](InventoryRetrievalJobInput::marker), if set.
    pub marker: rt::Option<rt::String>,
    /// [`InventoryRetrievalJobInput::start_date`](InventoryRetrievalJobInput::start_date), if set.
    pub start_date: rt::Option<rt::String>,
}
impl InventoryRetrievalJobInputBuilder {
    /// Sets [`InventoryRetrievalJobInput::end_date`](InventoryRetrievalJobInput::end_date).
    pub fn end_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobInput::end_date`](InventoryRetrievalJobInput::end_date).
    pub fn set_end_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.end_date = value;
        self
    }
    /// Sets [`InventoryRetrievalJobInput::limit`](InventoryRetrievalJobInput::limit).
    pub fn limit(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobInput::limit`](InventoryRetrievalJobInput::limit).
    pub fn set_limit(mut self, value: rt::Option<rt::String>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`InventoryRetrievalJobInput::marker`](InventoryRetrievalJobInput::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobInput::marker`](InventoryRetrievalJobInput::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// Sets [`InventoryRetrievalJobInput::start_date`](InventoryRetrievalJobInput::start_date).
    pub fn start_date(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets or clears [`InventoryRetrievalJobInput::start_date`](InventoryRetrievalJobInput::start_date).
    pub fn set_start_date(mut self, value: rt::Option<rt::String>) -> Self {
        self.start_date = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InventoryRetrievalJobInput {
        InventoryRetrievalJobInput {
            end_date: self.end_date,
            limit: self.limit,
            marker: self.marker,
            start_date: self.start_date,
        }
    }
}
/// Provides options for defining a job.
#[derive(Clone, Debug, PartialEq)]
pub struct JobParameters {
    /// The ID of the archive that you want to retrieve. This field is required only if `Type` is set to `select` or `archive-retrieval`code\>. An error occurs if you specify this request parameter for an inventory retrieval job request.
    pub archive_id: rt::Option<rt::String>,
    /// The optional description for the job. The description must be less than or equal to 1,024 bytes. The allowable characters are 7-bit ASCII without control codes-specifically, ASCII values 32-126 decimal or 0x20-0x7E hexadecimal.
    pub description: rt::Option<rt::String>,
    /// When initiating a job to retrieve a vault inventory, you can optionally add this parameter to your request to specify the output format. If you are initiating an inventory job and do not specify a Format field, JSON is the default format. Valid values are "CSV" and "JSON".
    pub format: rt::Option<rt::String>,
    /// Input parameters used for range inventory retrieval.
    pub inventory_retrieval_parameters: rt::Option<InventoryRetrievalJobInput>,
    /// Contains information about the location where the select job results are stored.
    pub output_location: rt::Option<OutputLocation>,
    /// The byte range to retrieve for an archive retrieval. in the form "*StartByteValue*-*EndByteValue*" If not specified, the whole archive is retrieved. If specified, the byte range must be megabyte (1024\*1024) aligned which means that *StartByteValue* must be divisible by 1 MB and *EndByteValue* plus 1 must be divisible by 1 MB or be the end of the archive specified as the archive byte size value minus 1. If RetrievalByteRange is not megabyte aligned, this operation returns a 400 response.
    ///
    /// An error occurs if you specify this field for an inventory retrieval job request.
    pub retrieval_byte_range: rt::Option<rt::String>,
    /// The Amazon SNS topic ARN to which Amazon S3 Glacier sends a notification when the job is completed and the output is ready for you to download. The specified topic publishes the notification to its subscribers. The SNS topic must exist.
    pub sns_topic: rt::Option<rt::String>,
    /// Contains the parameters that define a job.
    pub select_parameters: rt::Option<SelectParameters>,
    /// The tier to use for a select or an archive retrieval job. Valid values are `Expedited`, `Standard`, or `Bulk`. `Standard` is the default.
    pub tier: rt::Option<rt::String>,
    /// The job type. You can initiate a job to perform a select query on an archive, retrieve an archive, or get an inventory of a vault. Valid values are "select", "archive-retrieval" and "inventory-retrieval".
    pub r#type: rt::Option<rt::String>,
}
impl JobParameters {
    /// A builder for this structure.
    pub fn builder() -> JobParametersBuilder {
        JobParametersBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl JobParameters {
    /// [`archive_id`](Self::archive_id).
    pub fn archive_id(&self) -> rt::Option<&str> {
        self.archive_id.as_deref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`format`](Self::format).
    pub fn format(&self) -> rt::Option<&str> {
        self.format.as_deref()
    }
    /// [`inventory_retrieval_parameters`](Self::inventory_retrieval_parameters).
    pub fn inventory_retrieval_parameters(&self) -> rt::Option<&InventoryRetrievalJobInput> {
        self.inventory_retrieval_parameters.as_ref()
    }
    /// [`output_location`](Self::output_location).
    pub fn output_location(&self) -> rt::Option<&OutputLocation> {
        self.output_location.as_ref()
    }
    /// [`retrieval_byte_range`](Self::retrieval_byte_range).
    pub fn retrieval_byte_range(&self) -> rt::Option<&str> {
        self.retrieval_byte_range.as_deref()
    }
    /// [`sns_topic`](Self::sns_topic).
    pub fn sns_topic(&self) -> rt::Option<&str> {
        self.sns_topic.as_deref()
    }
    /// [`select_parameters`](Self::select_parameters).
    pub fn select_parameters(&self) -> rt::Option<&SelectParameters> {
        self.select_parameters.as_ref()
    }
    /// [`tier`](Self::tier).
    pub fn tier(&self) -> rt::Option<&str> {
        self.tier.as_deref()
    }
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> rt::Option<&str> {
        self.r#type.as_deref()
    }
}
/// Builds a [`JobParameters`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JobParametersBuilder {
    /// [`JobParameters::archive_id`](JobParameters::archive_id), if set.
    pub archive_id: rt::Option<rt::String>,
    /// [`JobParameters::description`](JobParameters::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`JobParameters::format`](JobParameters::format), if set.
    pub format: rt::Option<rt::String>,
    /// [`JobParameters::inventory_retrieval_parameters`](JobParameters::inventory_retrieval_parameters), if set.
    pub inventory_retrieval_parameters: rt::Option<InventoryRetrievalJobInput>,
    /// [`JobParameters::output_location`](JobParameters::output_location), if set.
    pub output_location: rt::Option<OutputLocation>,
    /// [`JobParameters::retrieval_byte_range`](JobParameters::retrieval_byte_range), if set.
    pub retrieval_byte_range: rt::Option<rt::String>,
    /// [`JobParameters::sns_topic`](JobParameters::sns_topic), if set.
    pub sns_topic: rt::Option<rt::String>,
    /// [`JobParameters::select_parameters`](JobParameters::select_parameters), if set.
    pub select_parameters: rt::Option<SelectParameters>,
    /// [`JobParameters::tier`](JobParameters::tier), if set.
    pub tier: rt::Option<rt::String>,
    /// [`JobParameters::r#type`](JobParameters::r#type), if set.
    pub r#type: rt::Option<rt::String>,
}
impl JobParametersBuilder {
    /// Sets [`JobParameters::archive_id`](JobParameters::archive_id).
    pub fn archive_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_id = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::archive_id`](JobParameters::archive_id).
    pub fn set_archive_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_id = value;
        self
    }
    /// Sets [`JobParameters::description`](JobParameters::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::description`](JobParameters::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`JobParameters::format`](JobParameters::format).
    pub fn format(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::format`](JobParameters::format).
    pub fn set_format(mut self, value: rt::Option<rt::String>) -> Self {
        self.format = value;
        self
    }
    /// Sets [`JobParameters::inventory_retrieval_parameters`](JobParameters::inventory_retrieval_parameters).
    pub fn inventory_retrieval_parameters(
        mut self,
        value: impl rt::Into<InventoryRetrievalJobInput>,
    ) -> Self {
        self.inventory_retrieval_parameters = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::inventory_retrieval_parameters`](JobParameters::inventory_retrieval_parameters).
    pub fn set_inventory_retrieval_parameters(
        mut self,
        value: rt::Option<InventoryRetrievalJobInput>,
    ) -> Self {
        self.inventory_retrieval_parameters = value;
        self
    }
    /// Sets [`JobParameters::output_location`](JobParameters::output_location).
    pub fn output_location(mut self, value: impl rt::Into<OutputLocation>) -> Self {
        self.output_location = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::output_location`](JobParameters::output_location).
    pub fn set_output_location(mut self, value: rt::Option<OutputLocation>) -> Self {
        self.output_location = value;
        self
    }
    /// Sets [`JobParameters::retrieval_byte_range`](JobParameters::retrieval_byte_range).
    pub fn retrieval_byte_range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.retrieval_byte_range = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::retrieval_byte_range`](JobParameters::retrieval_byte_range).
    pub fn set_retrieval_byte_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.retrieval_byte_range = value;
        self
    }
    /// Sets [`JobParameters::sns_topic`](JobParameters::sns_topic).
    pub fn sns_topic(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sns_topic = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::sns_topic`](JobParameters::sns_topic).
    pub fn set_sns_topic(mut self, value: rt::Option<rt::String>) -> Self {
        self.sns_topic = value;
        self
    }
    /// Sets [`JobParameters::select_parameters`](JobParameters::select_parameters).
    pub fn select_parameters(mut self, value: impl rt::Into<SelectParameters>) -> Self {
        self.select_parameters = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::select_parameters`](JobParameters::select_parameters).
    pub fn set_select_parameters(mut self, value: rt::Option<SelectParameters>) -> Self {
        self.select_parameters = value;
        self
    }
    /// Sets [`JobParameters::tier`](JobParameters::tier).
    pub fn tier(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tier = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::tier`](JobParameters::tier).
    pub fn set_tier(mut self, value: rt::Option<rt::String>) -> Self {
        self.tier = value;
        self
    }
    /// Sets [`JobParameters::r#type`](JobParameters::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`JobParameters::r#type`](JobParameters::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> JobParameters {
        JobParameters {
            archive_id: self.archive_id,
            description: self.description,
            format: self.format,
            inventory_retrieval_parameters: self.inventory_retrieval_parameters,
            output_location: self.output_location,
            retrieval_byte_range: self.retrieval_byte_range,
            sns_topic: self.sns_topic,
            select_parameters: self.select_parameters,
            tier: self.tier,
            r#type: self.r#type,
        }
    }
}
/// Provides options to retrieve the vault list owned by the calling user's account. The list provides metadata information for each vault.
#[derive(Clone, Debug, PartialEq)]
pub struct ListVaultsInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID associated with the credentials used to sign the request. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS account ID associated with the credentials used to sign the request. If you specify your account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The maximum number of vaults to be returned. The default limit is 10. The number of vaults returned might be fewer than the specified limit, but the number of returned vaults never exceeds the limit.
    pub limit: rt::Option<i32>,
    /// A string used for pagination. The marker specifies the vault ARN after which the listing of vaults should begin.
    pub marker: rt::Option<rt::String>,
}
impl ListVaultsInput {
    /// A builder for this structure.
    pub fn builder() -> ListVaultsInputBuilder {
        ListVaultsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListVaultsInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<i32> {
        self.limit
    }
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
}
/// Builds a [`ListVaultsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListVaultsInputBuilder {
    /// [`ListVaultsInput::account_id`](ListVaultsInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`ListVaultsInput::limit`](ListVaultsInput::limit), if set.
    pub limit: rt::Option<i32>,
    /// [`ListVaultsInput::marker`](ListVaultsInput::marker), if set.
    pub marker: rt::Option<rt::String>,
}
impl ListVaultsInputBuilder {
    /// Sets [`ListVaultsInput::account_id`](ListVaultsInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`ListVaultsInput::account_id`](ListVaultsInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`ListVaultsInput::limit`](ListVaultsInput::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`ListVaultsInput::limit`](ListVaultsInput::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`ListVaultsInput::marker`](ListVaultsInput::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListVaultsInput::marker`](ListVaultsInput::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListVaultsInput, rt::BuildError> {
        Ok(ListVaultsInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "ListVaultsInput",
                member: "accountId",
            })?,
            limit: self.limit,
            marker: self.marker,
        })
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(Clone, Debug, PartialEq)]
pub struct ListVaultsOutput {
    /// The vault ARN at which to continue pagination of the results. You use the marker in another List Vaults request to obtain more vaults in the list.
    pub marker: rt::Option<rt::String>,
    /// List of vaults.
    pub vault_list: rt::Option<rt::Vec<DescribeVaultOutput>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListVaultsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListVaultsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListVaultsOutput {
    /// A builder for this structure.
    pub fn builder() -> ListVaultsOutputBuilder {
        ListVaultsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListVaultsOutput {
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
    /// [`vault_list`](Self::vault_list), empty when unset.
    pub fn vault_list(&self) -> &[DescribeVaultOutput] {
        self.vault_list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ListVaultsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListVaultsOutputBuilder {
    /// [`ListVaultsOutput::marker`](ListVaultsOutput::marker), if set.
    pub marker: rt::Option<rt::String>,
    /// [`ListVaultsOutput::vault_list`](ListVaultsOutput::vault_list), if set.
    pub vault_list: rt::Option<rt::Vec<DescribeVaultOutput>>,
}
impl ListVaultsOutputBuilder {
    /// Sets [`ListVaultsOutput::marker`](ListVaultsOutput::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListVaultsOutput::marker`](ListVaultsOutput::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// Appends one element to [`ListVaultsOutput::vault_list`](ListVaultsOutput::vault_list).
    pub fn vault_list(mut self, value: impl rt::Into<DescribeVaultOutput>) -> Self {
        self.vault_list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListVaultsOutput::vault_list`](ListVaultsOutput::vault_list).
    pub fn set_vault_list(mut self, value: rt::Option<rt::Vec<DescribeVaultOutput>>) -> Self {
        self.vault_list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListVaultsOutput {
        ListVaultsOutput {
            marker: self.marker,
            vault_list: self.vault_list,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Contains information about the location where the select job results are stored.
#[derive(Clone, Debug, PartialEq)]
pub struct OutputLocation {
    /// Describes an S3 location that will receive the results of the job request.
    pub s3: rt::Option<S3Location>,
}
impl OutputLocation {
    /// A builder for this structure.
    pub fn builder() -> OutputLocationBuilder {
        OutputLocationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl OutputLocation {
    /// [`s3`](Self::s3).
    pub fn s3(&self) -> rt::Option<&S3Location> {
        self.s3.as_ref()
    }
}
/// Builds a [`OutputLocation`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutputLocationBuilder {
    /// [`OutputLocation::s3`](OutputLocation::s3), if set.
    pub s3: rt::Option<S3Location>,
}
impl OutputLocationBuilder {
    /// Sets [`OutputLocation::s3`](OutputLocation::s3).
    pub fn s3(mut self, value: impl rt::Into<S3Location>) -> Self {
        self.s3 = Some(value.into());
        self
    }
    /// Sets or clears [`OutputLocation::s3`](OutputLocation::s3).
    pub fn set_s3(mut self, value: rt::Option<S3Location>) -> Self {
        self.s3 = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> OutputLocation {
        OutputLocation { s3: self.s3 }
    }
}
/// Describes how the select output is serialized.
#[derive(Clone, Debug, PartialEq)]
pub struct OutputSerialization {
    /// Describes the serialization of CSV-encoded query results.
    pub csv: rt::Option<CsvOutput>,
}
impl OutputSerialization {
    /// A builder for this structure.
    pub fn builder() -> OutputSerializationBuilder {
        OutputSerializationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl OutputSerialization {
    /// [`csv`](Self::csv).
    pub fn csv(&self) -> rt::Option<&CsvOutput> {
        self.csv.as_ref()
    }
}
/// Builds a [`OutputSerialization`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutputSerializationBuilder {
    /// [`OutputSerialization::csv`](OutputSerialization::csv), if set.
    pub csv: rt::Option<CsvOutput>,
}
impl OutputSerializationBuilder {
    /// Sets [`OutputSerialization::csv`](OutputSerialization::csv).
    pub fn csv(mut self, value: impl rt::Into<CsvOutput>) -> Self {
        self.csv = Some(value.into());
        self
    }
    /// Sets or clears [`OutputSerialization::csv`](OutputSerialization::csv).
    pub fn set_csv(mut self, value: rt::Option<CsvOutput>) -> Self {
        self.csv = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> OutputSerialization {
        OutputSerialization { csv: self.csv }
    }
}
/// Contains information about the location in Amazon S3 where the select job results are stored.
#[derive(Clone, Debug, PartialEq)]
pub struct S3Location {
    /// A list of grants that control access to the staged results.
    pub access_control_list: rt::Option<rt::Vec<Grant>>,
    /// The name of the Amazon S3 bucket where the job results are stored.
    pub bucket_name: rt::Option<rt::String>,
    /// The canned access control list (ACL) to apply to the job results.
    pub canned_acl: rt::Option<CannedAcl>,
    /// Contains information about the encryption used to store the job results in Amazon S3.
    pub encryption: rt::Option<Encryption>,
    /// The prefix that is prepended to the results for this request.
    pub prefix: rt::Option<rt::String>,
    /// The storage class used to store the job results.
    pub storage_class: rt::Option<StorageClass>,
    /// The tag-set that is applied to the job results.
    pub tagging: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// A map of metadata to store with the job results in Amazon S3.
    pub user_metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl S3Location {
    /// A builder for this structure.
    pub fn builder() -> S3LocationBuilder {
        S3LocationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl S3Location {
    /// [`access_control_list`](Self::access_control_list), empty when unset.
    pub fn access_control_list(&self) -> &[Grant] {
        self.access_control_list.as_deref().unwrap_or_default()
    }
    /// [`bucket_name`](Self::bucket_name).
    pub fn bucket_name(&self) -> rt::Option<&str> {
        self.bucket_name.as_deref()
    }
    /// [`canned_acl`](Self::canned_acl).
    pub fn canned_acl(&self) -> rt::Option<&CannedAcl> {
        self.canned_acl.as_ref()
    }
    /// [`encryption`](Self::encryption).
    pub fn encryption(&self) -> rt::Option<&Encryption> {
        self.encryption.as_ref()
    }
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`tagging`](Self::tagging).
    pub fn tagging(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.tagging.as_ref()
    }
    /// [`user_metadata`](Self::user_metadata).
    pub fn user_metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.user_metadata.as_ref()
    }
}
/// Builds a [`S3Location`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct S3LocationBuilder {
    /// [`S3Location::access_control_list`](S3Location::access_control_list), if set.
    pub access_control_list: rt::Option<rt::Vec<Grant>>,
    /// [`S3Location::bucket_name`](S3Location::bucket_name), if set.
    pub bucket_name: rt::Option<rt::String>,
    /// [`S3Location::canned_acl`](S3Location::canned_acl), if set.
    pub canned_acl: rt::Option<CannedAcl>,
    /// [`S3Location::encryption`](S3Location::encryption), if set.
    pub encryption: rt::Option<Encryption>,
    /// [`S3Location::prefix`](S3Location::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`S3Location::storage_class`](S3Location::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`S3Location::tagging`](S3Location::tagging), if set.
    pub tagging: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`S3Location::user_metadata`](S3Location::user_metadata), if set.
    pub user_metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl S3LocationBuilder {
    /// Appends one element to [`S3Location::access_control_list`](S3Location::access_control_list).
    pub fn access_control_list(mut self, value: impl rt::Into<Grant>) -> Self {
        self.access_control_list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`S3Location::access_control_list`](S3Location::access_control_list).
    pub fn set_access_control_list(mut self, value: rt::Option<rt::Vec<Grant>>) -> Self {
        self.access_control_list = value;
        self
    }
    /// Sets [`S3Location::bucket_name`](S3Location::bucket_name).
    pub fn bucket_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket_name = Some(value.into());
        self
    }
    /// Sets or clears [`S3Location::bucket_name`](S3Location::bucket_name).
    pub fn set_bucket_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket_name = value;
        self
    }
    /// Sets [`S3Location::canned_acl`](S3Location::canned_acl).
    pub fn canned_acl(mut self, value: impl rt::Into<CannedAcl>) -> Self {
        self.canned_acl = Some(value.into());
        self
    }
    /// Sets or clears [`S3Location::canned_acl`](S3Location::canned_acl).
    pub fn set_canned_acl(mut self, value: rt::Option<CannedAcl>) -> Self {
        self.canned_acl = value;
        self
    }
    /// Sets [`S3Location::encryption`](S3Location::encryption).
    pub fn encryption(mut self, value: impl rt::Into<Encryption>) -> Self {
        self.encryption = Some(value.into());
        self
    }
    /// Sets or clears [`S3Location::encryption`](S3Location::encryption).
    pub fn set_encryption(mut self, value: rt::Option<Encryption>) -> Self {
        self.encryption = value;
        self
    }
    /// Sets [`S3Location::prefix`](S3Location::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`S3Location::prefix`](S3Location::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Sets [`S3Location::storage_class`](S3Location::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`S3Location::storage_class`](S3Location::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Inserts one entry into [`S3Location::tagging`](S3Location::tagging).
    pub fn tagging(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.tagging
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`S3Location::tagging`](S3Location::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.tagging = value;
        self
    }
    /// Inserts one entry into [`S3Location::user_metadata`](S3Location::user_metadata).
    pub fn user_metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.user_metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`S3Location::user_metadata`](S3Location::user_metadata).
    pub fn set_user_metadata(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.user_metadata = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> S3Location {
        S3Location {
            access_control_list: self.access_control_list,
            bucket_name: self.bucket_name,
            canned_acl: self.canned_acl,
            encryption: self.encryption,
            prefix: self.prefix,
            storage_class: self.storage_class,
            tagging: self.tagging,
            user_metadata: self.user_metadata,
        }
    }
}
/// Contains information about the parameters used for a select.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectParameters {
    /// The expression that is used to select the object.
    pub expression: rt::Option<rt::String>,
    /// The type of the provided expression, for example `SQL`.
    pub expression_type: rt::Option<ExpressionType>,
    /// Describes the serialization format of the object.
    pub input_serialization: rt::Option<InputSerialization>,
    /// Describes how the results of the select job are serialized.
    pub output_serialization: rt::Option<OutputSerialization>,
}
impl SelectParameters {
    /// A builder for this structure.
    pub fn builder() -> SelectParametersBuilder {
        SelectParametersBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SelectParameters {
    /// [`expression`](Self::expression).
    pub fn expression(&self) -> rt::Option<&str> {
        self.expression.as_deref()
    }
    /// [`expression_type`](Self::expression_type).
    pub fn expression_type(&self) -> rt::Option<&ExpressionType> {
        self.expression_type.as_ref()
    }
    /// [`input_serialization`](Self::input_serialization).
    pub fn input_serialization(&self) -> rt::Option<&InputSerialization> {
        self.input_serialization.as_ref()
    }
    /// [`output_serialization`](Self::output_serialization).
    pub fn output_serialization(&self) -> rt::Option<&OutputSerialization> {
        self.output_serialization.as_ref()
    }
}
/// Builds a [`SelectParameters`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SelectParametersBuilder {
    /// [`SelectParameters::expression`](SelectParameters::expression), if set.
    pub expression: rt::Option<rt::String>,
    /// [`SelectParameters::expression_type`](SelectParameters::expression_type), if set.
    pub expression_type: rt::Option<ExpressionType>,
    /// [`SelectParameters::input_serialization`](SelectParameters::input_serialization), if set.
    pub input_serialization: rt::Option<InputSerialization>,
    /// [`SelectParameters::output_serialization`](SelectParameters::output_serialization), if set.
    pub output_serialization: rt::Option<OutputSerialization>,
}
impl SelectParametersBuilder {
    /// Sets [`SelectParameters::expression`](SelectParameters::expression).
    pub fn expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.expression = Some(value.into());
        self
    }
    /// Sets or clears [`SelectParameters::expression`](SelectParameters::expression).
    pub fn set_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.expression = value;
        self
    }
    /// Sets [`SelectParameters::expression_type`](SelectParameters::expression_type).
    pub fn expression_type(mut self, value: impl rt::Into<ExpressionType>) -> Self {
        self.expression_type = Some(value.into());
        self
    }
    /// Sets or clears [`SelectParameters::expression_type`](SelectParameters::expression_type).
    pub fn set_expression_type(mut self, value: rt::Option<ExpressionType>) -> Self {
        self.expression_type = value;
        self
    }
    /// Sets [`SelectParameters::input_serialization`](SelectParameters::input_serialization).
    pub fn input_serialization(mut self, value: impl rt::Into<InputSerialization>) -> Self {
        self.input_serialization = Some(value.into());
        self
    }
    /// Sets or clears [`SelectParameters::input_serialization`](SelectParameters::input_serialization).
    pub fn set_input_serialization(mut self, value: rt::Option<InputSerialization>) -> Self {
        self.input_serialization = value;
        self
    }
    /// Sets [`SelectParameters::output_serialization`](SelectParameters::output_serialization).
    pub fn output_serialization(mut self, value: impl rt::Into<OutputSerialization>) -> Self {
        self.output_serialization = Some(value.into());
        self
    }
    /// Sets or clears [`SelectParameters::output_serialization`](SelectParameters::output_serialization).
    pub fn set_output_serialization(mut self, value: rt::Option<OutputSerialization>) -> Self {
        self.output_serialization = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SelectParameters {
        SelectParameters {
            expression: self.expression,
            expression_type: self.expression_type,
            input_serialization: self.input_serialization,
            output_serialization: self.output_serialization,
        }
    }
}
/// Provides options to add an archive to a vault.
#[derive(Clone, Debug, PartialEq)]
pub struct UploadArchiveInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID.
    pub account_id: rt::String,
    /// The optional description of the archive you are uploading.
    pub archive_description: rt::Option<rt::String>,
    /// The data to upload.
    pub body: rt::ByteStream,
    /// The SHA256 tree hash of the data being uploaded.
    pub checksum: rt::Option<rt::String>,
    /// The name of the vault.
    pub vault_name: rt::String,
}
impl UploadArchiveInput {
    /// A builder for this structure.
    pub fn builder() -> UploadArchiveInputBuilder {
        UploadArchiveInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UploadArchiveInput {
    /// [`account_id`](Self::account_id).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }
    /// [`archive_description`](Self::archive_description).
    pub fn archive_description(&self) -> rt::Option<&str> {
        self.archive_description.as_deref()
    }
    /// [`checksum`](Self::checksum).
    pub fn checksum(&self) -> rt::Option<&str> {
        self.checksum.as_deref()
    }
    /// [`vault_name`](Self::vault_name).
    pub fn vault_name(&self) -> &str {
        &self.vault_name
    }
}
/// Builds a [`UploadArchiveInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadArchiveInputBuilder {
    /// [`UploadArchiveInput::account_id`](UploadArchiveInput::account_id), if set.
    pub account_id: rt::Option<rt::String>,
    /// [`UploadArchiveInput::archive_description`](UploadArchiveInput::archive_description), if set.
    pub archive_description: rt::Option<rt::String>,
    /// [`UploadArchiveInput::body`](UploadArchiveInput::body), if set.
    pub body: rt::Option<rt::ByteStream>,
    /// [`UploadArchiveInput::checksum`](UploadArchiveInput::checksum), if set.
    pub checksum: rt::Option<rt::String>,
    /// [`UploadArchiveInput::vault_name`](UploadArchiveInput::vault_name), if set.
    pub vault_name: rt::Option<rt::String>,
}
impl UploadArchiveInputBuilder {
    /// Sets [`UploadArchiveInput::account_id`](UploadArchiveInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadArchiveInput::account_id`](UploadArchiveInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.account_id = value;
        self
    }
    /// Sets [`UploadArchiveInput::archive_description`](UploadArchiveInput::archive_description).
    pub fn archive_description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archive_description = Some(value.into());
        self
    }
    /// Sets or clears [`UploadArchiveInput::archive_description`](UploadArchiveInput::archive_description).
    pub fn set_archive_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.archive_description = value;
        self
    }
    /// Sets [`UploadArchiveInput::body`](UploadArchiveInput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`UploadArchiveInput::body`](UploadArchiveInput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// Sets [`UploadArchiveInput::checksum`](UploadArchiveInput::checksum).
    pub fn checksum(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.checksum = Some(value.into());
        self
    }
    /// Sets or clears [`UploadArchiveInput::checksum`](UploadArchiveInput::checksum).
    pub fn set_checksum(mut self, value: rt::Option<rt::String>) -> Self {
        self.checksum = value;
        self
    }
    /// Sets [`UploadArchiveInput::vault_name`](UploadArchiveInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.vault_name = Some(value.into());
        self
    }
    /// Sets or clears [`UploadArchiveInput::vault_name`](UploadArchiveInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.vault_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UploadArchiveInput, rt::BuildError> {
        Ok(UploadArchiveInput {
            account_id: self.account_id.ok_or(rt::BuildError {
                shape: "UploadArchiveInput",
                member: "accountId",
            })?,
            archive_description: self.archive_description,
            body: self.body.unwrap_or_default(),
            checksum: self.checksum,
            vault_name: self.vault_name.ok_or(rt::BuildError {
                shape: "UploadArchiveInput",
                member: "vaultName",
            })?,
        })
    }
}

::codegen_rt::string_enum! {
    pub enum ActionCode {
        ArchiveRetrieval = "ArchiveRetrieval",
        InventoryRetrieval = "InventoryRetrieval",
        Select = "Select",
    }
}

::codegen_rt::string_enum! {
    pub enum CannedAcl {
        AuthenticatedRead = "authenticated-read",
        AwsExecRead = "aws-exec-read",
        BucketOwnerFullControl = "bucket-owner-full-control",
        BucketOwnerRead = "bucket-owner-read",
        Private = "private",
        PublicRead = "public-read",
        PublicReadWrite = "public-read-write",
    }
}

::codegen_rt::string_enum! {
    pub enum EncryptionType {
        Kms = "aws:kms",
        S3 = "AES256",
    }
}

::codegen_rt::string_enum! {
    pub enum ExpressionType {
        Sql = "SQL",
    }
}

::codegen_rt::string_enum! {
    pub enum FileHeaderInfo {
        Ignore = "IGNORE",
        None = "NONE",
        Use = "USE",
    }
}

::codegen_rt::string_enum! {
    pub enum Permission {
        FullControl = "FULL_CONTROL",
        Read = "READ",
        ReadAcp = "READ_ACP",
        Write = "WRITE",
        WriteAcp = "WRITE_ACP",
    }
}

::codegen_rt::string_enum! {
    pub enum QuoteFields {
        Always = "ALWAYS",
        AsNeeded = "ASNEEDED",
    }
}

::codegen_rt::string_enum! {
    pub enum StatusCode {
        Failed = "Failed",
        InProgress = "InProgress",
        Succeeded = "Succeeded",
    }
}

::codegen_rt::string_enum! {
    pub enum StorageClass {
        ReducedRedundancy = "REDUCED_REDUNDANCY",
        Standard = "STANDARD",
        StandardInfrequentAccess = "STANDARD_IA",
    }
}

::codegen_rt::string_enum! {
    pub enum Type {
        AmazonCustomerByEmail = "AmazonCustomerByEmail",
        CanonicalUser = "CanonicalUser",
        Group = "Group",
    }
}
