// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteObjectInput {
    pub bucket: rt::String,
    pub key: rt::String,
}
impl DeleteObjectInput {
    /// A builder for this structure.
    pub fn builder() -> DeleteObjectInputBuilder {
        DeleteObjectInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteObjectInput {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
}
/// Builds a [`DeleteObjectInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteObjectInputBuilder {
    /// [`DeleteObjectInput::bucket`](DeleteObjectInput::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`DeleteObjectInput::key`](DeleteObjectInput::key), if set.
    pub key: rt::Option<rt::String>,
}
impl DeleteObjectInputBuilder {
    /// Sets [`DeleteObjectInput::bucket`](DeleteObjectInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectInput::bucket`](DeleteObjectInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`DeleteObjectInput::key`](DeleteObjectInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteObjectInput::key`](DeleteObjectInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteObjectInput, rt::BuildError> {
        Ok(DeleteObjectInput {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "DeleteObjectInput",
                member: "bucket",
            })?,
            key: self.key.ok_or(rt::BuildError {
                shape: "DeleteObjectInput",
                member: "key",
            })?,
        })
    }
}
/// The (empty) output of `DeleteObject`.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteObjectOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteObjectOutputBuilder {
        DeleteObjectOutputBuilder::default()
    }
}
/// Builds a [`DeleteObjectOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteObjectOutputBuilder {}
impl DeleteObjectOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteObjectOutput {
        DeleteObjectOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetObjectInput {
    pub bucket: rt::String,
    pub key: rt::String,
}
impl GetObjectInput {
    /// A builder for this structure.
    pub fn builder() -> GetObjectInputBuilder {
        GetObjectInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetObjectInput {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
}
/// Builds a [`GetObjectInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetObjectInputBuilder {
    /// [`GetObjectInput::bucket`](GetObjectInput::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`GetObjectInput::key`](GetObjectInput::key), if set.
    pub key: rt::Option<rt::String>,
}
impl GetObjectInputBuilder {
    /// Sets [`GetObjectInput::bucket`](GetObjectInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectInput::bucket`](GetObjectInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`GetObjectInput::key`](GetObjectInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectInput::key`](GetObjectInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetObjectInput, rt::BuildError> {
        Ok(GetObjectInput {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "GetObjectInput",
                member: "bucket",
            })?,
            key: self.key.ok_or(rt::BuildError {
                shape: "GetObjectInput",
                member: "key",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetObjectOutput {
    pub storage_class: rt::Option<StorageClass>,
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    pub size: rt::Option<i64>,
    pub body: rt::ByteStream,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> GetObjectOutputBuilder {
        GetObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetObjectOutput {
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
    /// [`size`](Self::size).
    pub fn size(&self) -> rt::Option<i64> {
        self.size
    }
}
/// Builds a [`GetObjectOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetObjectOutputBuilder {
    /// [`GetObjectOutput::storage_class`](GetObjectOutput::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`GetObjectOutput::metadata`](GetObjectOutput::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`GetObjectOutput::size`](GetObjectOutput::size), if set.
    pub size: rt::Option<i64>,
    /// [`GetObjectOutput::body`](GetObjectOutput::body), if set.
    pub body: rt::Option<rt::ByteStream>,
}
impl GetObjectOutputBuilder {
    /// Sets [`GetObjectOutput::storage_class`](GetObjectOutput::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::storage_class`](GetObjectOutput::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Inserts one entry into [`GetObjectOutput::metadata`](GetObjectOutput::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::metadata`](GetObjectOutput::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`GetObjectOutput::size`](GetObjectOutput::size).
    pub fn size(mut self, value: impl rt::Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::size`](GetObjectOutput::size).
    pub fn set_size(mut self, value: rt::Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// Sets [`GetObjectOutput::body`](GetObjectOutput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`GetObjectOutput::body`](GetObjectOutput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetObjectOutput {
        GetObjectOutput {
            storage_class: self.storage_class,
            metadata: self.metadata,
            size: self.size,
            body: self.body.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListObjectsInput {
    pub bucket: rt::String,
    pub prefix: rt::Option<rt::String>,
    /// Only objects with every one of these tags.
    pub tags: rt::Option<rt::Vec<rt::String>>,
    pub max_keys: rt::Option<i32>,
}
impl ListObjectsInput {
    /// A builder for this structure.
    pub fn builder() -> ListObjectsInputBuilder {
        ListObjectsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListObjectsInput {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[rt::String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`max_keys`](Self::max_keys).
    pub fn max_keys(&self) -> rt::Option<i32> {
        self.max_keys
    }
}
/// Builds a [`ListObjectsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListObjectsInputBuilder {
    /// [`ListObjectsInput::bucket`](ListObjectsInput::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`ListObjectsInput::prefix`](ListObjectsInput::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`ListObjectsInput::tags`](ListObjectsInput::tags), if set.
    pub tags: rt::Option<rt::Vec<rt::String>>,
    /// [`ListObjectsInput::max_keys`](ListObjectsInput::max_keys), if set.
    pub max_keys: rt::Option<i32>,
}
impl ListObjectsInputBuilder {
    /// Sets [`ListObjectsInput::bucket`](ListObjectsInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsInput::bucket`](ListObjectsInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`ListObjectsInput::prefix`](ListObjectsInput::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsInput::prefix`](ListObjectsInput::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Appends one element to [`ListObjectsInput::tags`](ListObjectsInput::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListObjectsInput::tags`](ListObjectsInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`ListObjectsInput::max_keys`](ListObjectsInput::max_keys).
    pub fn max_keys(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_keys = Some(value.into());
        self
    }
    /// Sets or clears [`ListObjectsInput::max_keys`](ListObjectsInput::max_keys).
    pub fn set_max_keys(mut self, value: rt::Option<i32>) -> Self {
        self.max_keys = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListObjectsInput, rt::BuildError> {
        Ok(ListObjectsInput {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "ListObjectsInput",
                member: "bucket",
            })?,
            prefix: self.prefix,
            tags: self.tags,
            max_keys: self.max_keys,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListObjectsOutput {
    pub objects: rt::Vec<ObjectSummary>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListObjectsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListObjectsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListObjectsOutput {
    /// A builder for this structure.
    pub fn builder() -> ListObjectsOutputBuilder {
        ListObjectsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListObjectsOutput {
    /// [`objects`](Self::objects).
    pub fn objects(&self) -> &[ObjectSummary] {
        &self.objects
    }
}
/// Builds a [`ListObjectsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListObjectsOutputBuilder {
    /// [`ListObjectsOutput::objects`](ListObjectsOutput::objects), if set.
    pub objects: rt::Option<rt::Vec<ObjectSummary>>,
}
impl ListObjectsOutputBuilder {
    /// Appends one element to [`ListObjectsOutput::objects`](ListObjectsOutput::objects).
    pub fn objects(mut self, value: impl rt::Into<ObjectSummary>) -> Self {
        self.objects
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListObjectsOutput::objects`](ListObjectsOutput::objects).
    pub fn set_objects(mut self, value: rt::Option<rt::Vec<ObjectSummary>>) -> Self {
        self.objects = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListObjectsOutput, rt::BuildError> {
        Ok(ListObjectsOutput {
            objects: self.objects.ok_or(rt::BuildError {
                shape: "ListObjectsOutput",
                member: "objects",
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// One stored object.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectSummary {
    pub key: rt::String,
    pub size: i64,
    pub tags: rt::Option<rt::Vec<rt::String>>,
}
impl ObjectSummary {
    /// A builder for this structure.
    pub fn builder() -> ObjectSummaryBuilder {
        ObjectSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ObjectSummary {
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`size`](Self::size).
    pub fn size(&self) -> i64 {
        self.size
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[rt::String] {
        self.tags.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ObjectSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectSummaryBuilder {
    /// [`ObjectSummary::key`](ObjectSummary::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`ObjectSummary::size`](ObjectSummary::size), if set.
    pub size: rt::Option<i64>,
    /// [`ObjectSummary::tags`](ObjectSummary::tags), if set.
    pub tags: rt::Option<rt::Vec<rt::String>>,
}
impl ObjectSummaryBuilder {
    /// Sets [`ObjectSummary::key`](ObjectSummary::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`ObjectSummary::key`](ObjectSummary::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`ObjectSummary::size`](ObjectSummary::size).
    pub fn size(mut self, value: impl rt::Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears [`ObjectSummary::size`](ObjectSummary::size).
    pub fn set_size(mut self, value: rt::Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// Appends one element to [`ObjectSummary::tags`](ObjectSummary::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ObjectSummary::tags`](ObjectSummary::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ObjectSummary, rt::BuildError> {
        Ok(ObjectSummary {
            key: self.key.ok_or(rt::BuildError {
                shape: "ObjectSummary",
                member: "key",
            })?,
            size: self.size.ok_or(rt::BuildError {
                shape: "ObjectSummary",
                member: "size",
            })?,
            tags: self.tags,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutObjectInput {
    pub bucket: rt::String,
    pub key: rt::String,
    /// Tags, one `tag` query parameter each.
    pub tags: rt::Option<rt::Vec<rt::String>>,
    pub storage_class: rt::Option<StorageClass>,
    /// User metadata, one `x-meta-*` header each.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    pub body: rt::ByteStream,
}
impl PutObjectInput {
    /// A builder for this structure.
    pub fn builder() -> PutObjectInputBuilder {
        PutObjectInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutObjectInput {
    /// [`bucket`](Self::bucket).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[rt::String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`storage_class`](Self::storage_class).
    pub fn storage_class(&self) -> rt::Option<&StorageClass> {
        self.storage_class.as_ref()
    }
    /// [`metadata`](Self::metadata).
    pub fn metadata(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.metadata.as_ref()
    }
}
/// Builds a [`PutObjectInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutObjectInputBuilder {
    /// [`PutObjectInput::bucket`](PutObjectInput::bucket), if set.
    pub bucket: rt::Option<rt::String>,
    /// [`PutObjectInput::key`](PutObjectInput::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`PutObjectInput::tags`](PutObjectInput::tags), if set.
    pub tags: rt::Option<rt::Vec<rt::String>>,
    /// [`PutObjectInput::storage_class`](PutObjectInput::storage_class), if set.
    pub storage_class: rt::Option<StorageClass>,
    /// [`PutObjectInput::metadata`](PutObjectInput::metadata), if set.
    pub metadata: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`PutObjectInput::body`](PutObjectInput::body), if set.
    pub body: rt::Option<rt::ByteStream>,
}
impl PutObjectInputBuilder {
    /// Sets [`PutObjectInput::bucket`](PutObjectInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectInput::bucket`](PutObjectInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`PutObjectInput::key`](PutObjectInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectInput::key`](PutObjectInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Appends one element to [`PutObjectInput::tags`](PutObjectInput::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`PutObjectInput::tags`](PutObjectInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`PutObjectInput::storage_class`](PutObjectInput::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectInput::storage_class`](PutObjectInput::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.storage_class = value;
        self
    }
    /// Inserts one entry into [`PutObjectInput::metadata`](PutObjectInput::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.metadata
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutObjectInput::metadata`](PutObjectInput::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`PutObjectInput::body`](PutObjectInput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectInput::body`](PutObjectInput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.body = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutObjectInput, rt::BuildError> {
        Ok(PutObjectInput {
            bucket: self.bucket.ok_or(rt::BuildError {
                shape: "PutObjectInput",
                member: "bucket",
            })?,
            key: self.key.ok_or(rt::BuildError {
                shape: "PutObjectInput",
                member: "key",
            })?,
            tags: self.tags,
            storage_class: self.storage_class,
            metadata: self.metadata,
            body: self.body.unwrap_or_default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutObjectOutput {
    /// A digest of the stored bytes.
    pub etag: rt::Option<rt::String>,
    pub size: rt::Option<i64>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutObjectOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutObjectOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutObjectOutput {
    /// A builder for this structure.
    pub fn builder() -> PutObjectOutputBuilder {
        PutObjectOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutObjectOutput {
    /// [`etag`](Self::etag).
    pub fn etag(&self) -> rt::Option<&str> {
        self.etag.as_deref()
    }
    /// [`size`](Self::size).
    pub fn size(&self) -> rt::Option<i64> {
        self.size
    }
}
/// Builds a [`PutObjectOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutObjectOutputBuilder {
    /// [`PutObjectOutput::etag`](PutObjectOutput::etag), if set.
    pub etag: rt::Option<rt::String>,
    /// [`PutObjectOutput::size`](PutObjectOutput::size), if set.
    pub size: rt::Option<i64>,
}
impl PutObjectOutputBuilder {
    /// Sets [`PutObjectOutput::etag`](PutObjectOutput::etag).
    pub fn etag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::etag`](PutObjectOutput::etag).
    pub fn set_etag(mut self, value: rt::Option<rt::String>) -> Self {
        self.etag = value;
        self
    }
    /// Sets [`PutObjectOutput::size`](PutObjectOutput::size).
    pub fn size(mut self, value: impl rt::Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears [`PutObjectOutput::size`](PutObjectOutput::size).
    pub fn set_size(mut self, value: rt::Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutObjectOutput {
        PutObjectOutput {
            etag: self.etag,
            size: self.size,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// One constraint violation.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationExceptionField {
    /// A JSON pointer to the member.
    pub path: rt::String,
    /// What is wrong there.
    pub message: rt::String,
}
impl ValidationExceptionField {
    /// A builder for this structure.
    pub fn builder() -> ValidationExceptionFieldBuilder {
        ValidationExceptionFieldBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ValidationExceptionField {
    /// [`path`](Self::path).
    pub fn path(&self) -> &str {
        &self.path
    }
    /// [`message`](Self::message).
    pub fn message(&self) -> &str {
        &self.message
    }
}
/// Builds a [`ValidationExceptionField`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValidationExceptionFieldBuilder {
    /// [`ValidationExceptionField::path`](ValidationExceptionField::path), if set.
    pub path: rt::Option<rt::String>,
    /// [`ValidationExceptionField::message`](ValidationExceptionField::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ValidationExceptionFieldBuilder {
    /// Sets [`ValidationExceptionField::path`](ValidationExceptionField::path).
    pub fn path(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets or clears [`ValidationExceptionField::path`](ValidationExceptionField::path).
    pub fn set_path(mut self, value: rt::Option<rt::String>) -> Self {
        self.path = value;
        self
    }
    /// Sets [`ValidationExceptionField::message`](ValidationExceptionField::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ValidationExceptionField::message`](ValidationExceptionField::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ValidationExceptionField, rt::BuildError> {
        Ok(ValidationExceptionField {
            path: self.path.ok_or(rt::BuildError {
                shape: "ValidationExceptionField",
                member: "path",
            })?,
            message: self.message.ok_or(rt::BuildError {
                shape: "ValidationExceptionField",
                member: "message",
            })?,
        })
    }
}

::codegen_rt::string_enum! {
    pub enum StorageClass {
        Standard = "STANDARD",
        Archive = "ARCHIVE",
    }
}
