// Generated from models/aws-dynamodb.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// A condition specified in the operation could not be evaluated.
#[derive(Clone, Debug, PartialEq)]
pub struct ConditionalCheckFailedException {
    /// Item which caused the `ConditionalCheckFailedException`.
    pub item: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// The conditional request failed.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ConditionalCheckFailedException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ConditionalCheckFailedException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ConditionalCheckFailedException {
    /// A builder for this structure.
    pub fn builder() -> ConditionalCheckFailedExceptionBuilder {
        ConditionalCheckFailedExceptionBuilder::default()
    }
}
/// Builds a [`ConditionalCheckFailedException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConditionalCheckFailedExceptionBuilder {
    /// [`ConditionalCheckFailedException::item`](ConditionalCheckFailedException::item), if set.
    pub item: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`ConditionalCheckFailedException::message`](ConditionalCheckFailedException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ConditionalCheckFailedExceptionBuilder {
    /// Inserts one entry into [`ConditionalCheckFailedException::item`](ConditionalCheckFailedException::item).
    pub fn item(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ConditionalCheckFailedException::item`](ConditionalCheckFailedException::item).
    pub fn set_item(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.item = value;
        self
    }
    /// Sets [`ConditionalCheckFailedException::message`](ConditionalCheckFailedException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ConditionalCheckFailedException::message`](ConditionalCheckFailedException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ConditionalCheckFailedException {
        ConditionalCheckFailedException {
            item: self.item,
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ConditionalCheckFailedException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ConditionalCheckFailedException";
}
impl rt::ModeledError for ConditionalCheckFailedException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#ConditionalCheckFailedException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ConditionalCheckFailedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ConditionalCheckFailedException {}
/// An error occurred on the server side.
#[derive(Clone, Debug, PartialEq)]
pub struct InternalServerError {
    /// The server encountered an internal error trying to fulfill the request.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InternalServerError {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InternalServerError {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InternalServerError {
    /// A builder for this structure.
    pub fn builder() -> InternalServerErrorBuilder {
        InternalServerErrorBuilder::default()
    }
}
/// Builds a [`InternalServerError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InternalServerErrorBuilder {
    /// [`InternalServerError::message`](InternalServerError::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InternalServerErrorBuilder {
    /// Sets [`InternalServerError::message`](InternalServerError::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InternalServerError::message`](InternalServerError::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InternalServerError {
        InternalServerError {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InternalServerError {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InternalServerError";
}
impl rt::ModeledError for InternalServerError {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#InternalServerError"
    }
    fn status(&self) -> u16 {
        500
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InternalServerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InternalServerError {}
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidEndpointException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidEndpointException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidEndpointException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidEndpointException {
    /// A builder for this structure.
    pub fn builder() -> InvalidEndpointExceptionBuilder {
        InvalidEndpointExceptionBuilder::default()
    }
}
/// Builds a [`InvalidEndpointException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidEndpointExceptionBuilder {
    /// [`InvalidEndpointException::message`](InvalidEndpointException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidEndpointExceptionBuilder {
    /// Sets [`InvalidEndpointException::message`](InvalidEndpointException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidEndpointException::message`](InvalidEndpointException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidEndpointException {
        InvalidEndpointException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidEndpointException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidEndpointException";
}
impl rt::ModeledError for InvalidEndpointException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#InvalidEndpointException"
    }
    fn status(&self) -> u16 {
        421
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidEndpointException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidEndpointException {}
/// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemCollectionSizeLimitExceededException {
    /// The total size of an item collection has exceeded the maximum limit of 10 gigabytes.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ItemCollectionSizeLimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ItemCollectionSizeLimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ItemCollectionSizeLimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> ItemCollectionSizeLimitExceededExceptionBuilder {
        ItemCollectionSizeLimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`ItemCollectionSizeLimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemCollectionSizeLimitExceededExceptionBuilder {
    /// [`ItemCollectionSizeLimitExceededException::message`](ItemCollectionSizeLimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ItemCollectionSizeLimitExceededExceptionBuilder {
    /// Sets [`ItemCollectionSizeLimitExceededException::message`](ItemCollectionSizeLimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ItemCollectionSizeLimitExceededException::message`](ItemCollectionSizeLimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ItemCollectionSizeLimitExceededException {
        ItemCollectionSizeLimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ItemCollectionSizeLimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ItemCollectionSizeLimitExceededException";
}
impl rt::ModeledError for ItemCollectionSizeLimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#ItemCollectionSizeLimitExceededException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ItemCollectionSizeLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ItemCollectionSizeLimitExceededException {}
/// There is no limit to the number of daily on-demand backups that can be taken.
///
/// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
///
/// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
///
/// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
///
/// There is a soft account quota of 2,500 tables.
///
/// GetRecords was called with a value of more than 1000 for the limit request parameter.
///
/// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitExceededException {
    /// Too many operations for a given subscriber.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> LimitExceededExceptionBuilder {
        LimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`LimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LimitExceededExceptionBuilder {
    /// [`LimitExceededException::message`](LimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LimitExceededExceptionBuilder {
    /// Sets [`LimitExceededException::message`](LimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LimitExceededException::message`](LimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LimitExceededException {
        LimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LimitExceededException";
}
impl rt::ModeledError for LimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#LimitExceededException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LimitExceededException {}
/// Your request rate is too high. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvisionedThroughputExceededException {
    /// You exceeded your maximum allowed provisioned throughput.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ProvisionedThroughputExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ProvisionedThroughputExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ProvisionedThroughputExceededException {
    /// A builder for this structure.
    pub fn builder() -> ProvisionedThroughputExceededExceptionBuilder {
        ProvisionedThroughputExceededExceptionBuilder::default()
    }
}
/// Builds a [`ProvisionedThroughputExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProvisionedThroughputExceededExceptionBuilder {
    /// [`ProvisionedThroughputExceededException::message`](ProvisionedThroughputExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ProvisionedThroughputExceededExceptionBuilder {
    /// Sets [`ProvisionedThroughputExceededException::message`](ProvisionedThroughputExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputExceededException::message`](ProvisionedThroughputExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ProvisionedThroughputExceededException {
        ProvisionedThroughputExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ProvisionedThroughputExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ProvisionedThroughputExceededException";
}
impl rt::ModeledError for ProvisionedThroughputExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#ProvisionedThroughputExceededException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ProvisionedThroughputExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ProvisionedThroughputExceededException {}
/// The request was rejected because one or more items in the request are being modified by a request in another Region.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicatedWriteConflictException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ReplicatedWriteConflictException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ReplicatedWriteConflictException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ReplicatedWriteConflictException {
    /// A builder for this structure.
    pub fn builder() -> ReplicatedWriteConflictExceptionBuilder {
        ReplicatedWriteConflictExceptionBuilder::default()
    }
}
/// Builds a [`ReplicatedWriteConflictException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicatedWriteConflictExceptionBuilder {
    /// [`ReplicatedWriteConflictException::message`](ReplicatedWriteConflictException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ReplicatedWriteConflictExceptionBuilder {
    /// Sets [`ReplicatedWriteConflictException::message`](ReplicatedWriteConflictException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicatedWriteConflictException::message`](ReplicatedWriteConflictException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReplicatedWriteConflictException {
        ReplicatedWriteConflictException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ReplicatedWriteConflictException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ReplicatedWriteConflictException";
}
impl rt::ModeledError for ReplicatedWriteConflictException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#ReplicatedWriteConflictException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ReplicatedWriteConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ReplicatedWriteConflictException {}
/// Throughput exceeds the current throughput quota for your account. Please contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestLimitExceeded {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RequestLimitExceeded {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RequestLimitExceeded {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RequestLimitExceeded {
    /// A builder for this structure.
    pub fn builder() -> RequestLimitExceededBuilder {
        RequestLimitExceededBuilder::default()
    }
}
/// Builds a [`RequestLimitExceeded`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestLimitExceededBuilder {
    /// [`RequestLimitExceeded::message`](RequestLimitExceeded::message), if set.
    pub message: rt::Option<rt::String>,
}
impl RequestLimitExceededBuilder {
    /// Sets [`RequestLimitExceeded::message`](RequestLimitExceeded::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`RequestLimitExceeded::message`](RequestLimitExceeded::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RequestLimitExceeded {
        RequestLimitExceeded {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl RequestLimitExceeded {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "RequestLimitExceeded";
}
impl rt::ModeledError for RequestLimitExceeded {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#RequestLimitExceeded"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for RequestLimitExceeded {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for RequestLimitExceeded {}
/// The operation conflicts with the resource's availability. For example:
///
/// - You attempted to recreate an existing table.
/// - You tried to delete a table currently in the `CREATING` state.
/// - You tried to update a resource that was already being updated.
///
/// When appropriate, wait for the ongoing update to complete and attempt the request again.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceInUseException {
    /// The resource which is being attempted to be changed is in use.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ResourceInUseException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ResourceInUseException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ResourceInUseException {
    /// A builder for this structure.
    pub fn builder() -> ResourceInUseExceptionBuilder {
        ResourceInUseExceptionBuilder::default()
    }
}
/// Builds a [`ResourceInUseException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceInUseExceptionBuilder {
    /// [`ResourceInUseException::message`](ResourceInUseException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ResourceInUseExceptionBuilder {
    /// Sets [`ResourceInUseException::message`](ResourceInUseException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ResourceInUseException::message`](ResourceInUseException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ResourceInUseException {
        ResourceInUseException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ResourceInUseException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ResourceInUseException";
}
impl rt::ModeledError for ResourceInUseException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#ResourceInUseException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ResourceInUseException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ResourceInUseException {}
/// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceNotFoundException {
    /// The resource which is being requested does not exist.
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ResourceNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ResourceNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ResourceNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> ResourceNotFoundExceptionBuilder {
        ResourceNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`ResourceNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceNotFoundExceptionBuilder {
    /// [`ResourceNotFoundException::message`](ResourceNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl ResourceNotFoundExceptionBuilder {
    /// Sets [`ResourceNotFoundException::message`](ResourceNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`ResourceNotFoundException::message`](ResourceNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ResourceNotFoundException {
        ResourceNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ResourceNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "ResourceNotFoundException";
}
impl rt::ModeledError for ResourceNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#ResourceNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for ResourceNotFoundException {}
/// Operation was rejected because there is an ongoing transaction for the item.
#[derive(Clone, Debug, PartialEq)]
pub struct TransactionConflictException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TransactionConflictException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TransactionConflictException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TransactionConflictException {
    /// A builder for this structure.
    pub fn builder() -> TransactionConflictExceptionBuilder {
        TransactionConflictExceptionBuilder::default()
    }
}
/// Builds a [`TransactionConflictException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TransactionConflictExceptionBuilder {
    /// [`TransactionConflictException::message`](TransactionConflictException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TransactionConflictExceptionBuilder {
    /// Sets [`TransactionConflictException::message`](TransactionConflictException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TransactionConflictException::message`](TransactionConflictException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TransactionConflictException {
        TransactionConflictException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TransactionConflictException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TransactionConflictException";
}
impl rt::ModeledError for TransactionConflictException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.dynamodb#TransactionConflictException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for TransactionConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TransactionConflictException {}

::codegen_rt::operation_error! {
    /// The errors `CreateTable` can return.
    pub enum CreateTableError {
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// There is no limit to the number of daily on-demand backups that can be taken.
        LimitExceededException = "LimitExceededException",
        /// The operation conflicts with the resource's availability. For example:
        ResourceInUseException = "ResourceInUseException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DeleteTable` can return.
    pub enum DeleteTableError {
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// There is no limit to the number of daily on-demand backups that can be taken.
        LimitExceededException = "LimitExceededException",
        /// The operation conflicts with the resource's availability. For example:
        ResourceInUseException = "ResourceInUseException",
        /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeEndpoints` can return.
    pub enum DescribeEndpointsError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeLimits` can return.
    pub enum DescribeLimitsError {
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeTable` can return.
    pub enum DescribeTableError {
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GetItem` can return.
    pub enum GetItemError {
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// Your request rate is too high. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
        ProvisionedThroughputExceededException = "ProvisionedThroughputExceededException",
        /// Throughput exceeds the current throughput quota for your account. Please contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
        RequestLimitExceeded = "RequestLimitExceeded",
        /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `PutItem` can return.
    pub enum PutItemError {
        /// A condition specified in the operation could not be evaluated.
        ConditionalCheckFailedException = "ConditionalCheckFailedException",
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
        ItemCollectionSizeLimitExceededException = "ItemCollectionSizeLimitExceededException",
        /// Your request rate is too high. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
        ProvisionedThroughputExceededException = "ProvisionedThroughputExceededException",
        /// The request was rejected because one or more items in the request are being modified by a request in another Region.
        ReplicatedWriteConflictException = "ReplicatedWriteConflictException",
        /// Throughput exceeds the current throughput quota for your account. Please contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
        RequestLimitExceeded = "RequestLimitExceeded",
        /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Operation was rejected because there is an ongoing transaction for the item.
        TransactionConflictException = "TransactionConflictException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Query` can return.
    pub enum QueryError {
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// Your request rate is too high. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
        ProvisionedThroughputExceededException = "ProvisionedThroughputExceededException",
        /// Throughput exceeds the current throughput quota for your account. Please contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
        RequestLimitExceeded = "RequestLimitExceeded",
        /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
        ResourceNotFoundException = "ResourceNotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `UpdateItem` can return.
    pub enum UpdateItemError {
        /// A condition specified in the operation could not be evaluated.
        ConditionalCheckFailedException = "ConditionalCheckFailedException",
        /// An error occurred on the server side.
        InternalServerError = "InternalServerError",
        InvalidEndpointException = "InvalidEndpointException",
        /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
        ItemCollectionSizeLimitExceededException = "ItemCollectionSizeLimitExceededException",
        /// Your request rate is too high. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
        ProvisionedThroughputExceededException = "ProvisionedThroughputExceededException",
        /// The request was rejected because one or more items in the request are being modified by a request in another Region.
        ReplicatedWriteConflictException = "ReplicatedWriteConflictException",
        /// Throughput exceeds the current throughput quota for your account. Please contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
        RequestLimitExceeded = "RequestLimitExceeded",
        /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
        ResourceNotFoundException = "ResourceNotFoundException",
        /// Operation was rejected because there is an ongoing transaction for the item.
        TransactionConflictException = "TransactionConflictException",
    }
    validation = unmodeled;
}
