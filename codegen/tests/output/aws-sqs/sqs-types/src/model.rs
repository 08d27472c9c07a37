// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct CreateQueueRequest {
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `CreateQueue` action uses:
    ///
    /// - `DelaySeconds` – The length of time, in seconds, for which the delivery of all messages in the queue is delayed. Valid values: An integer from 0 to 900 seconds (15 minutes). Default: 0.
    /// - `MaximumMessageSize` – The limit of how many bytes a message can contain before Amazon SQS rejects it. Valid values: An integer from 1,024 bytes (1 KiB) to 262,144 bytes (256 KiB). Default: 262,144 (256 KiB).
    /// - `MessageRetentionPeriod` – The length of time, in seconds, for which Amazon SQS retains a message. Valid values: An integer from 60 seconds (1 minute) to 1,209,600 seconds (14 days). Default: 345,600 (4 days). When you change a queue's attributes, the change can take up to 60 seconds for most of the attributes to propagate throughout the Amazon SQS system. Changes made to the `MessageRetentionPeriod` attribute can take up to 15 minutes and will impact existing messages in the queue potentially causing them to be expired and deleted if the `MessageRetentionPeriod` is reduced below the age of existing messages.
    /// - `Policy` – The queue's policy. A valid Amazon Web Services policy. For more information about policy structure, see [Overview of Amazon Web Services IAM Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/PoliciesOverview.html) in the *IAM User Guide*.
    /// - `ReceiveMessageWaitTimeSeconds` – The length of time, in seconds, for which a ` ReceiveMessage` action waits for a message to arrive. Valid values: An integer from 0 to 20 (seconds). Default: 0.
    /// - `VisibilityTimeout` – The visibility timeout for the queue, in seconds. Valid values: An integer from 0 to 43,200 (12 hours). Default: 30. For more information about the visibility timeout, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [dead-letter queues:](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
    ///
    /// - `RedrivePolicy` – The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows:
    /// - `deadLetterTargetArn` – The Amazon Resource Name (ARN) of the dead-letter queue to which Amazon SQS moves messages after the value of `maxReceiveCount` is exceeded.
    /// - `maxReceiveCount` – The number of times a message is delivered to the source queue before being moved to the dead-letter queue. Default: 10. When the `ReceiveCount` for a message exceeds the `maxReceiveCount` for a queue, Amazon SQS moves the message to the dead-letter-queue.
    /// - `RedriveAllowPolicy` – The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows:
    /// - `redrivePermission` – The permission type that defines which source queues can specify the current queue as the dead-letter queue. Valid values are:
    /// - `allowAll` – (Default) Any source queues in this Amazon Web Services account in the same Region can specify this queue as the dead-letter queue.
    /// - `denyAll` – No source queues can specify this queue as the dead-letter queue.
    /// - `byQueue` – Only queues specified by the `sourceQueueArns` parameter can specify this queue as the dead-letter queue.
    /// - `sourceQueueArns` – The Amazon Resource Names (ARN)s of the source queues that can specify this queue as the dead-letter queue and redrive messages. You can specify this parameter only when the `redrivePermission` parameter is set to `byQueue`. You can specify up to 10 source queue ARNs. To allow more than 10 source queues to specify dead-letter queues, set the `redrivePermission` parameter to `allowAll`.
    ///
    /// **Note:** The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue.
    ///
    /// The following attributes apply only to [server-side-encryption](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SQS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-sse-key-terms). While the alias of the Amazon Web Services managed CMK for Amazon SQS is always `alias/aws/sqs`, the alias of a custom CMK can, for example, be `alias/MyAlias` . For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    /// - `KmsDataKeyReusePeriodSeconds` – The length of time, in seconds, for which Amazon SQS can reuse a [data key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#data-keys) to encrypt or decrypt messages before calling KMS again. An integer representing seconds, between 60 seconds (1 minute) and 86,400 seconds (24 hours). Default: 300 (5 minutes). A shorter time period provides better security but results in more calls to KMS which might incur charges after Free Tier. For more information, see [How Does the Data Key Reuse Period Work?](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-how-does-the-data-key-reuse-period-work)
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// The following attributes apply only to [FIFO (first-in-first-out) queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html):
    ///
    /// - `FifoQueue` – Designates a queue as FIFO. Valid values are `true` and `false`. If you don't specify the `FifoQueue` attribute, Amazon SQS creates a standard queue. You can provide this attribute only during queue creation. You can't change it for an existing queue. When you set this attribute, you must also provide the `MessageGroupId` for your messages explicitly. For more information, see [FIFO queue logic](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html) in the *Amazon SQS Developer Guide*.
    /// - `ContentBasedDeduplication` – Enables content-based deduplication. Valid values are `true` and `false`. For more information, see [Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*. Note the following:
    /// - Every message must have a unique `MessageDeduplicationId`.
    /// - You may provide a `MessageDeduplicationId` explicitly.
    /// - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your queue, Amazon SQS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    /// - If you don't provide a `MessageDeduplicationId` and the queue doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    /// - If the queue has `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication interval are treated as duplicates and only one copy of the message is delivered.
    /// - If you send one message with `ContentBasedDeduplication` enabled and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates and only one copy of the message is delivered.
    ///
    /// The following attributes apply only to [high throughput for FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html):
    ///
    /// - `DeduplicationScope` – Specifies whether message deduplication occurs at the message group or queue level. Valid values are `messageGroup` and `queue`.
    /// - `FifoThroughputLimit` – Specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are `perQueue` and `perMessageGroupId`. The `perMessageGroupId` value is allowed only when the value for `DeduplicationScope` is `messageGroup`.
    ///
    /// To enable high throughput for FIFO queues, do the following:
    ///
    /// - Set `DeduplicationScope` to `messageGroup`.
    /// - Set `FifoThroughputLimit` to `perMessageGroupId`.
    ///
    /// If you set these attributes to anything other than the values shown for enabling high throughput, normal throughput is in effect and deduplication occurs as specified.
    ///
    /// For information on throughput quotas, see [Quotas related to messages](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html) in the *Amazon SQS Developer Guide*.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// The name of the new queue. The following limits apply to this name:
    ///
    /// - A queue name can have up to 80 characters.
    /// - Valid values: alphanumeric characters, hyphens (`-`), and underscores (`_`).
    /// - A FIFO queue name must end with the `.fifo` suffix.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_name: rt::String,
    /// Add cost allocation tags to the specified Amazon SQS queue. For an overview, see [Tagging Your Amazon SQS Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html) in the *Amazon SQS Developer Guide*.
    ///
    /// When you use queue tags, keep the following guidelines in mind:
    ///
    /// - Adding more than 50 tags to a queue isn't recommended.
    /// - Tags don't have any semantic meaning. Amazon SQS interprets tags as character strings.
    /// - Tags are case-sensitive.
    /// - A new tag with a key identical to that of an existing tag overwrites the existing tag.
    ///
    /// For a full list of tag restrictions, see [Quotas related to queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-limits.html#limits-queues) in the *Amazon SQS Developer Guide*.
    ///
    /// **Note:** To be able to tag a queue on creation, you must have the `sqs:CreateQueue` and `sqs:TagQueue` permissions.
    ///
    /// Cross-account permissions don't apply to this action. For more information, see [Grant cross-account permissions to a role and a username](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html#grant-cross-account-permissions-to-role-and-user-name) in the *Amazon SQS Developer Guide*.
    pub tags: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl CreateQueueRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateQueueRequestBuilder {
        CreateQueueRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateQueueRequest {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.attributes.as_ref()
    }
    /// [`queue_name`](Self::queue_name).
    pub fn queue_name(&self) -> &str {
        &self.queue_name
    }
    /// [`tags`](Self::tags).
    pub fn tags(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.tags.as_ref()
    }
}
/// Builds a [`CreateQueueRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateQueueRequestBuilder {
    /// [`CreateQueueRequest::attributes`](CreateQueueRequest::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`CreateQueueRequest::queue_name`](CreateQueueRequest::queue_name), if set.
    pub queue_name: rt::Option<rt::String>,
    /// [`CreateQueueRequest::tags`](CreateQueueRequest::tags), if set.
    pub tags: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl CreateQueueRequestBuilder {
    /// Inserts one entry into [`CreateQueueRequest::attributes`](CreateQueueRequest::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`CreateQueueRequest::attributes`](CreateQueueRequest::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Sets [`CreateQueueRequest::queue_name`](CreateQueueRequest::queue_name).
    pub fn queue_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateQueueRequest::queue_name`](CreateQueueRequest::queue_name).
    pub fn set_queue_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_name = value;
        self
    }
    /// Inserts one entry into [`CreateQueueRequest::tags`](CreateQueueRequest::tags).
    pub fn tags(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`CreateQueueRequest::tags`](CreateQueueRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateQueueRequest, rt::BuildError> {
        Ok(CreateQueueRequest {
            attributes: self.attributes,
            queue_name: self.queue_name.ok_or(rt::BuildError {
                shape: "CreateQueueRequest",
                member: "QueueName",
            })?,
            tags: self.tags,
        })
    }
}
/// Returns the `QueueUrl` attribute of the created queue.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateQueueResult {
    /// The URL of the created Amazon SQS queue.
    pub queue_url: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateQueueResult {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateQueueResult {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateQueueResult {
    /// A builder for this structure.
    pub fn builder() -> CreateQueueResultBuilder {
        CreateQueueResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateQueueResult {
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> rt::Option<&str> {
        self.queue_url.as_deref()
    }
}
/// Builds a [`CreateQueueResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateQueueResultBuilder {
    /// [`CreateQueueResult::queue_url`](CreateQueueResult::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
}
impl CreateQueueResultBuilder {
    /// Sets [`CreateQueueResult::queue_url`](CreateQueueResult::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`CreateQueueResult::queue_url`](CreateQueueResult::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateQueueResult {
        CreateQueueResult {
            queue_url: self.queue_url,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// The (empty) output of `DeleteMessage`.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteMessageOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteMessageOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteMessageOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteMessageOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteMessageOutputBuilder {
        DeleteMessageOutputBuilder::default()
    }
}
/// Builds a [`DeleteMessageOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteMessageOutputBuilder {}
impl DeleteMessageOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteMessageOutput {
        DeleteMessageOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteMessageRequest {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: rt::String,
    /// The receipt handle associated with the message to delete.
    pub receipt_handle: rt::String,
}
impl DeleteMessageRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteMessageRequestBuilder {
        DeleteMessageRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteMessageRequest {
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> &str {
        &self.queue_url
    }
    /// [`receipt_handle`](Self::receipt_handle).
    pub fn receipt_handle(&self) -> &str {
        &self.receipt_handle
    }
}
/// Builds a [`DeleteMessageRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteMessageRequestBuilder {
    /// [`DeleteMessageRequest::queue_url`](DeleteMessageRequest::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
    /// [`DeleteMessageRequest::receipt_handle`](DeleteMessageRequest::receipt_handle), if set.
    pub receipt_handle: rt::Option<rt::String>,
}
impl DeleteMessageRequestBuilder {
    /// Sets [`DeleteMessageRequest::queue_url`](DeleteMessageRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteMessageRequest::queue_url`](DeleteMessageRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// Sets [`DeleteMessageRequest::receipt_handle`](DeleteMessageRequest::receipt_handle).
    pub fn receipt_handle(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.receipt_handle = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteMessageRequest::receipt_handle`](DeleteMessageRequest::receipt_handle).
    pub fn set_receipt_handle(mut self, value: rt::Option<rt::String>) -> Self {
        self.receipt_handle = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteMessageRequest, rt::BuildError> {
        Ok(DeleteMessageRequest {
            queue_url: self.queue_url.ok_or(rt::BuildError {
                shape: "DeleteMessageRequest",
                member: "QueueUrl",
            })?,
            receipt_handle: self.receipt_handle.ok_or(rt::BuildError {
                shape: "DeleteMessageRequest",
                member: "ReceiptHandle",
            })?,
        })
    }
}
/// The (empty) output of `DeleteQueue`.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteQueueOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteQueueOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteQueueOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteQueueOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteQueueOutputBuilder {
        DeleteQueueOutputBuilder::default()
    }
}
/// Builds a [`DeleteQueueOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteQueueOutputBuilder {}
impl DeleteQueueOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteQueueOutput {
        DeleteQueueOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteQueueRequest {
    /// The URL of the Amazon SQS queue to delete.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: rt::String,
}
impl DeleteQueueRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteQueueRequestBuilder {
        DeleteQueueRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteQueueRequest {
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> &str {
        &self.queue_url
    }
}
/// Builds a [`DeleteQueueRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteQueueRequestBuilder {
    /// [`DeleteQueueRequest::queue_url`](DeleteQueueRequest::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
}
impl DeleteQueueRequestBuilder {
    /// Sets [`DeleteQueueRequest::queue_url`](DeleteQueueRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteQueueRequest::queue_url`](DeleteQueueRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteQueueRequest, rt::BuildError> {
        Ok(DeleteQueueRequest {
            queue_url: self.queue_url.ok_or(rt::BuildError {
                shape: "DeleteQueueRequest",
                member: "QueueUrl",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetQueueAttributesRequest {
    /// A list of attributes for which to retrieve information.
    ///
    /// The `AttributeNames` parameter is optional, but if you don't specify values for this parameter, the request returns empty results.
    ///
    /// **Note:** In the future, new attributes might be added. If you write code that calls this action, we recommend that you structure your code so that it can handle new attributes gracefully.
    ///
    /// The following attributes are supported:
    ///
    /// **Note:** The `ApproximateNumberOfMessagesDelayed`, `ApproximateNumberOfMessagesNotVisible`, and `ApproximateNumberOfMessages` metrics may not achieve consistency until at least 1 minute after the producers stop sending messages. This period is required for the queue metadata to reach eventual consistency.
    ///
    /// - `All` – Returns all values.
    /// - `ApproximateNumberOfMessages` – Returns the approximate number of messages available for retrieval from the queue.
    /// - `ApproximateNumberOfMessagesDelayed` – Returns the approximate number of messages in the queue that are delayed and not available for reading immediately. This can happen when the queue is configured as a delay queue or when a message has been sent with a delay parameter.
    /// - `ApproximateNumberOfMessagesNotVisible` – Returns the approximate number of messages that are in flight. Messages are considered to be *in flight* if they have been sent to a client but have not yet been deleted or have not yet reached the end of their visibility window.
    /// - `CreatedTimestamp` – Returns the time when the queue was created in seconds ([epoch time](http://en.wikipedia.org/wiki/Unix_time)).
    /// - `DelaySeconds` – Returns the default delay on the queue in seconds.
    /// - `LastModifiedTimestamp` – Returns the time when the queue was last changed in seconds ([epoch time](http://en.wikipedia.org/wiki/Unix_time)).
    /// - `MaximumMessageSize` – Returns the limit of how many bytes a message can contain before Amazon SQS rejects it.
    /// - `MessageRetentionPeriod` – Returns the length of time, in seconds, for which Amazon SQS retains a message. When you change a queue's attributes, the change can take up to 60 seconds for most of the attributes to propagate throughout the Amazon SQS system. Changes made to the `MessageRetentionPeriod` attribute can take up to 15 minutes and will impact existing messages in the queue potentially causing them to be expired and deleted if the `MessageRetentionPeriod` is reduced below the age of existing messages.
    /// - `Policy` – Returns the policy of the queue.
    /// - `QueueArn` – Returns the Amazon resource name (ARN) of the queue.
    /// - `ReceiveMessageWaitTimeSeconds` – Returns the length of time, in seconds, for which the `ReceiveMessage` action waits for a message to arrive.
    /// - `VisibilityTimeout` – Returns the visibility timeout for the queue. For more information about the visibility timeout, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [dead-letter queues:](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
    ///
    /// - `RedrivePolicy` – The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows:
    /// - `deadLetterTargetArn` – The Amazon Resource Name (ARN) of the dead-letter queue to which Amazon SQS moves messages after the value of `maxReceiveCount` is exceeded.
    /// - `maxReceiveCount` – The number of times a message is delivered to the source queue before being moved to the dead-letter queue. Default: 10. When the `ReceiveCount` for a message exceeds the `maxReceiveCount` for a queue, Amazon SQS moves the message to the dead-letter-queue.
    /// - `RedriveAllowPolicy` – The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows:
    /// - `redrivePermission` – The permission type that defines which source queues can specify the current queue as the dead-letter queue. Valid values are:
    /// - `allowAll` – (Default) Any source queues in this Amazon Web Services account in the same Region can specify this queue as the dead-letter queue.
    /// - `denyAll` – No source queues can specify this queue as the dead-letter queue.
    /// - `byQueue` – Only queues specified by the `sourceQueueArns` parameter can specify this queue as the dead-letter queue.
    /// - `sourceQueueArns` – The Amazon Resource Names (ARN)s of the source queues that can specify this queue as the dead-letter queue and redrive messages. You can specify this parameter only when the `redrivePermission` parameter is set to `byQueue`. You can specify up to 10 source queue ARNs. To allow more than 10 source queues to specify dead-letter queues, set the `redrivePermission` parameter to `allowAll`.
    ///
    /// **Note:** The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue.
    ///
    /// The following attributes apply only to [server-side-encryption](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – Returns the ID of an Amazon Web Services managed customer master key (CMK) for Amazon SQS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-sse-key-terms).
    /// - `KmsDataKeyReusePeriodSeconds` – Returns the length of time, in seconds, for which Amazon SQS can reuse a data key to encrypt or decrypt messages before calling KMS again. For more information, see [How Does the Data Key Reuse Period Work?](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-how-does-the-data-key-reuse-period-work).
    /// - `SqsManagedSseEnabled` – Returns information about whether the queue is using SSE-SQS encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// The following attributes apply only to [FIFO (first-in-first-out) queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html):
    ///
    /// - `FifoQueue` – Returns information about whether the queue is FIFO. For more information, see [FIFO queue logic](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html) in the *Amazon SQS Developer Guide*. **Note:** To determine whether a queue is [FIFO](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html), you can check whether `QueueName` ends with the `.fifo` suffix.
    /// - `ContentBasedDeduplication` – Returns whether content-based deduplication is enabled for the queue. For more information, see [Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [high throughput for FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html):
    ///
    /// - `DeduplicationScope` – Specifies whether message deduplication occurs at the message group or queue level. Valid values are `messageGroup` and `queue`.
    /// - `FifoThroughputLimit` – Specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are `perQueue` and `perMessageGroupId`. The `perMessageGroupId` value is allowed only when the value for `DeduplicationScope` is `messageGroup`.
    ///
    /// To enable high throughput for FIFO queues, do the following:
    ///
    /// - Set `DeduplicationScope` to `messageGroup`.
    /// - Set `FifoThroughputLimit` to `perMessageGroupId`.
    ///
    /// If you set these attributes to anything other than the values shown for enabling high throughput, normal throughput is in effect and deduplication occurs as specified.
    ///
    /// For information on throughput quotas, see [Quotas related to messages](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html) in the *Amazon SQS Developer Guide*.
    pub attribute_names: rt::Option<rt::Vec<QueueAttributeName>>,
    /// The URL of the Amazon SQS queue whose attribute information is retrieved.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: rt::String,
}
impl GetQueueAttributesRequest {
    /// A builder for this structure.
    pub fn builder() -> GetQueueAttributesRequestBuilder {
        GetQueueAttributesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetQueueAttributesRequest {
    /// [`attribute_names`](Self::attribute_names), empty when unset.
    pub fn attribute_names(&self) -> &[QueueAttributeName] {
        self.attribute_names.as_deref().unwrap_or_default()
    }
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> &str {
        &self.queue_url
    }
}
/// Builds a [`GetQueueAttributesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetQueueAttributesRequestBuilder {
    /// [`GetQueueAttributesRequest::attribute_names`](GetQueueAttributesRequest::attribute_names), if set.
    pub attribute_names: rt::Option<rt::Vec<QueueAttributeName>>,
    /// [`GetQueueAttributesRequest::queue_url`](GetQueueAttributesRequest::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
}
impl GetQueueAttributesRequestBuilder {
    /// Appends one element to [`GetQueueAttributesRequest::attribute_names`](GetQueueAttributesRequest::attribute_names).
    pub fn attribute_names(mut self, value: impl rt::Into<QueueAttributeName>) -> Self {
        self.attribute_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetQueueAttributesRequest::attribute_names`](GetQueueAttributesRequest::attribute_names).
    pub fn set_attribute_names(mut self, value: rt::Option<rt::Vec<QueueAttributeName>>) -> Self {
        self.attribute_names = value;
        self
    }
    /// Sets [`GetQueueAttributesRequest::queue_url`](GetQueueAttributesRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`GetQueueAttributesRequest::queue_url`](GetQueueAttributesRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetQueueAttributesRequest, rt::BuildError> {
        Ok(GetQueueAttributesRequest {
            attribute_names: self.attribute_names,
            queue_url: self.queue_url.ok_or(rt::BuildError {
                shape: "GetQueueAttributesRequest",
                member: "QueueUrl",
            })?,
        })
    }
}
/// A list of returned queue attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct GetQueueAttributesResult {
    /// A map of attributes to their respective values.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetQueueAttributesResult {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetQueueAttributesResult {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetQueueAttributesResult {
    /// A builder for this structure.
    pub fn builder() -> GetQueueAttributesResultBuilder {
        GetQueueAttributesResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetQueueAttributesResult {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.attributes.as_ref()
    }
}
/// Builds a [`GetQueueAttributesResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetQueueAttributesResultBuilder {
    /// [`GetQueueAttributesResult::attributes`](GetQueueAttributesResult::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl GetQueueAttributesResultBuilder {
    /// Inserts one entry into [`GetQueueAttributesResult::attributes`](GetQueueAttributesResult::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetQueueAttributesResult::attributes`](GetQueueAttributesResult::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetQueueAttributesResult {
        GetQueueAttributesResult {
            attributes: self.attributes,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Retrieves the URL of an existing queue based on its name and, optionally, the Amazon Web Services account ID.
#[derive(Clone, Debug, PartialEq)]
pub struct GetQueueUrlRequest {
    /// (Required) The name of the queue for which you want to fetch the URL. The name can be up to 80 characters long and can include alphanumeric characters, hyphens (-), and underscores (_). Queue URLs and names are case-sensitive.
    pub queue_name: rt::String,
    /// (Optional) The Amazon Web Services account ID of the account that created the queue. This is only required when you are attempting to access a queue owned by another Amazon Web Services account.
    pub queue_owner_aws_account_id: rt::Option<rt::String>,
}
impl GetQueueUrlRequest {
    /// A builder for this structure.
    pub fn builder() -> GetQueueUrlRequestBuilder {
        GetQueueUrlRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetQueueUrlRequest {
    /// [`queue_name`](Self::queue_name).
    pub fn queue_name(&self) -> &str {
        &self.queue_name
    }
    /// [`queue_owner_aws_account_id`](Self::queue_owner_aws_account_id).
    pub fn queue_owner_aws_account_id(&self) -> rt::Option<&str> {
        self.queue_owner_aws_account_id.as_deref()
    }
}
/// Builds a [`GetQueueUrlRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetQueueUrlRequestBuilder {
    /// [`GetQueueUrlRequest::queue_name`](GetQueueUrlRequest::queue_name), if set.
    pub queue_name: rt::Option<rt::String>,
    /// [`GetQueueUrlRequest::queue_owner_aws_account_id`](GetQueueUrlRequest::queue_owner_aws_account_id), if set.
    pub queue_owner_aws_account_id: rt::Option<rt::String>,
}
impl GetQueueUrlRequestBuilder {
    /// Sets [`GetQueueUrlRequest::queue_name`](GetQueueUrlRequest::queue_name).
    pub fn queue_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetQueueUrlRequest::queue_name`](GetQueueUrlRequest::queue_name).
    pub fn set_queue_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_name = value;
        self
    }
    /// Sets [`GetQueueUrlRequest::queue_owner_aws_account_id`](GetQueueUrlRequest::queue_owner_aws_account_id).
    pub fn queue_owner_aws_account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_owner_aws_account_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetQueueUrlRequest::queue_owner_aws_account_id`](GetQueueUrlRequest::queue_owner_aws_account_id).
    pub fn set_queue_owner_aws_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_owner_aws_account_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetQueueUrlRequest, rt::BuildError> {
        Ok(GetQueueUrlRequest {
            queue_name: self.queue_name.ok_or(rt::BuildError {
                shape: "GetQueueUrlRequest",
                member: "QueueName",
            })?,
            queue_owner_aws_account_id: self.queue_owner_aws_account_id,
        })
    }
}
/// For more information, see [Interpreting Responses](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html) in the *Amazon SQS Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct GetQueueUrlResult {
    /// The URL of the queue.
    pub queue_url: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetQueueUrlResult {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetQueueUrlResult {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetQueueUrlResult {
    /// A builder for this structure.
    pub fn builder() -> GetQueueUrlResultBuilder {
        GetQueueUrlResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetQueueUrlResult {
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> rt::Option<&str> {
        self.queue_url.as_deref()
    }
}
/// Builds a [`GetQueueUrlResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetQueueUrlResultBuilder {
    /// [`GetQueueUrlResult::queue_url`](GetQueueUrlResult::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
}
impl GetQueueUrlResultBuilder {
    /// Sets [`GetQueueUrlResult::queue_url`](GetQueueUrlResult::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`GetQueueUrlResult::queue_url`](GetQueueUrlResult::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetQueueUrlResult {
        GetQueueUrlResult {
            queue_url: self.queue_url,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListQueuesRequest {
    /// Maximum number of results to include in the response. Value range is 1 to 1000. You must set `MaxResults` to receive a value for `NextToken` in the response.
    pub max_results: rt::Option<i32>,
    /// Pagination token to request the next set of results.
    pub next_token: rt::Option<rt::String>,
    /// A string to use for filtering the list results. Only those queues whose name begins with the specified string are returned.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_name_prefix: rt::Option<rt::String>,
}
impl ListQueuesRequest {
    /// A builder for this structure.
    pub fn builder() -> ListQueuesRequestBuilder {
        ListQueuesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListQueuesRequest {
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`queue_name_prefix`](Self::queue_name_prefix).
    pub fn queue_name_prefix(&self) -> rt::Option<&str> {
        self.queue_name_prefix.as_deref()
    }
}
/// Builds a [`ListQueuesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListQueuesRequestBuilder {
    /// [`ListQueuesRequest::max_results`](ListQueuesRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
    /// [`ListQueuesRequest::next_token`](ListQueuesRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListQueuesRequest::queue_name_prefix`](ListQueuesRequest::queue_name_prefix), if set.
    pub queue_name_prefix: rt::Option<rt::String>,
}
impl ListQueuesRequestBuilder {
    /// Sets [`ListQueuesRequest::max_results`](ListQueuesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`ListQueuesRequest::max_results`](ListQueuesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets [`ListQueuesRequest::next_token`](ListQueuesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListQueuesRequest::next_token`](ListQueuesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`ListQueuesRequest::queue_name_prefix`](ListQueuesRequest::queue_name_prefix).
    pub fn queue_name_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_name_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ListQueuesRequest::queue_name_prefix`](ListQueuesRequest::queue_name_prefix).
    pub fn set_queue_name_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_name_prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListQueuesRequest {
        ListQueuesRequest {
            max_results: self.max_results,
            next_token: self.next_token,
            queue_name_prefix: self.queue_name_prefix,
        }
    }
}
/// A list of your queues.
#[derive(Clone, Debug, PartialEq)]
pub struct ListQueuesResult {
    /// Pagination token to include in the next request. Token value is `null` if there are no additional results to request, or if you did not set `MaxResults` in the request.
    pub next_token: rt::Option<rt::String>,
    /// A list of queue URLs, up to 1,000 entries, or the value of `MaxResults` that you sent in the request.
    pub queue_urls: rt::Option<rt::Vec<rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListQueuesResult {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListQueuesResult {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListQueuesResult {
    /// A builder for this structure.
    pub fn builder() -> ListQueuesResultBuilder {
        ListQueuesResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListQueuesResult {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`queue_urls`](Self::queue_urls), empty when unset.
    pub fn queue_urls(&self) -> &[rt::String] {
        self.queue_urls.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ListQueuesResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListQueuesResultBuilder {
    /// [`ListQueuesResult::next_token`](ListQueuesResult::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListQueuesResult::queue_urls`](ListQueuesResult::queue_urls), if set.
    pub queue_urls: rt::Option<rt::Vec<rt::String>>,
}
impl ListQueuesResultBuilder {
    /// Sets [`ListQueuesResult::next_token`](ListQueuesResult::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListQueuesResult::next_token`](ListQueuesResult::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Appends one element to [`ListQueuesResult::queue_urls`](ListQueuesResult::queue_urls).
    pub fn queue_urls(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_urls
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListQueuesResult::queue_urls`](ListQueuesResult::queue_urls).
    pub fn set_queue_urls(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.queue_urls = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListQueuesResult {
        ListQueuesResult {
            next_token: self.next_token,
            queue_urls: self.queue_urls,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// An Amazon SQS message.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// A map of the attributes requested in ` ReceiveMessage` to their respective values. Supported attributes:
    ///
    /// - `ApproximateReceiveCount`
    /// - `ApproximateFirstReceiveTimestamp`
    /// - `MessageDeduplicationId`
    /// - `MessageGroupId`
    /// - `SenderId`
    /// - `SentTimestamp`
    /// - `SequenceNumber`
    ///
    /// `ApproximateFirstReceiveTimestamp` and `SentTimestamp` are each returned as an integer representing the [epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// The message's contents (not URL-encoded).
    pub body: rt::Option<rt::String>,
    /// An MD5 digest of the non-URL-encoded message body string.
    pub md5_of_body: rt::Option<rt::String>,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_attributes: rt::Option<rt::String>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub message_attributes: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    /// A unique identifier for the message. A `MessageId`is considered unique across all Amazon Web Services accounts for an extended period of time.
    pub message_id: rt::Option<rt::String>,
    /// An identifier associated with the act of receiving the message. A new receipt handle is returned every time you receive a message. When deleting a message, you provide the last received receipt handle to delete the message.
    pub receipt_handle: rt::Option<rt::String>,
}
impl Message {
    /// A builder for this structure.
    pub fn builder() -> MessageBuilder {
        MessageBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Message {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.attributes.as_ref()
    }
    /// [`body`](Self::body).
    pub fn body(&self) -> rt::Option<&str> {
        self.body.as_deref()
    }
    /// [`md5_of_body`](Self::md5_of_body).
    pub fn md5_of_body(&self) -> rt::Option<&str> {
        self.md5_of_body.as_deref()
    }
    /// [`md5_of_message_attributes`](Self::md5_of_message_attributes).
    pub fn md5_of_message_attributes(&self) -> rt::Option<&str> {
        self.md5_of_message_attributes.as_deref()
    }
    /// [`message_attributes`](Self::message_attributes).
    pub fn message_attributes(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, MessageAttributeValue>> {
        self.message_attributes.as_ref()
    }
    /// [`message_id`](Self::message_id).
    pub fn message_id(&self) -> rt::Option<&str> {
        self.message_id.as_deref()
    }
    /// [`receipt_handle`](Self::receipt_handle).
    pub fn receipt_handle(&self) -> rt::Option<&str> {
        self.receipt_handle.as_deref()
    }
}
/// Builds a [`Message`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageBuilder {
    /// [`Message::attributes`](Message::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`Message::body`](Message::body), if set.
    pub body: rt::Option<rt::String>,
    /// [`Message::md5_of_body`](Message::md5_of_body), if set.
    pub md5_of_body: rt::Option<rt::String>,
    /// [`Message::md5_of_message_attributes`](Message::md5_of_message_attributes), if set.
    pub md5_of_message_attributes: rt::Option<rt::String>,
    /// [`Message::message_attributes`](Message::message_attributes), if set.
    pub message_attributes: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    /// [`Message::message_id`](Message::message_id), if set.
    pub message_id: rt::Option<rt::String>,
    /// [`Message::receipt_handle`](Message::receipt_handle), if set.
    pub receipt_handle: rt::Option<rt::String>,
}
impl MessageBuilder {
    /// Inserts one entry into [`Message::attributes`](Message::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`Message::attributes`](Message::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Sets [`Message::body`](Message::body).
    pub fn body(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets or clears [`Message::body`](Message::body).
    pub fn set_body(mut self, value: rt::Option<rt::String>) -> Self {
        self.body = value;
        self
    }
    /// Sets [`Message::md5_of_body`](Message::md5_of_body).
    pub fn md5_of_body(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.md5_of_body = Some(value.into());
        self
    }
    /// Sets or clears [`Message::md5_of_body`](Message::md5_of_body).
    pub fn set_md5_of_body(mut self, value: rt::Option<rt::String>) -> Self {
        self.md5_of_body = value;
        self
    }
    /// Sets [`Message::md5_of_message_attributes`](Message::md5_of_message_attributes).
    pub fn md5_of_message_attributes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.md5_of_message_attributes = Some(value.into());
        self
    }
    /// Sets or clears [`Message::md5_of_message_attributes`](Message::md5_of_message_attributes).
    pub fn set_md5_of_message_attributes(mut self, value: rt::Option<rt::String>) -> Self {
        self.md5_of_message_attributes = value;
        self
    }
    /// Inserts one entry into [`Message::message_attributes`](Message::message_attributes).
    pub fn message_attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<MessageAttributeValue>,
    ) -> Self {
        self.message_attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`Message::message_attributes`](Message::message_attributes).
    pub fn set_message_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    ) -> Self {
        self.message_attributes = value;
        self
    }
    /// Sets [`Message::message_id`](Message::message_id).
    pub fn message_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
    /// Sets or clears [`Message::message_id`](Message::message_id).
    pub fn set_message_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_id = value;
        self
    }
    /// Sets [`Message::receipt_handle`](Message::receipt_handle).
    pub fn receipt_handle(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.receipt_handle = Some(value.into());
        self
    }
    /// Sets or clears [`Message::receipt_handle`](Message::receipt_handle).
    pub fn set_receipt_handle(mut self, value: rt::Option<rt::String>) -> Self {
        self.receipt_handle = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Message {
        Message {
            attributes: self.attributes,
            body: self.body,
            md5_of_body: self.md5_of_body,
            md5_of_message_attributes: self.md5_of_message_attributes,
            message_attributes: self.message_attributes,
            message_id: self.message_id,
            receipt_handle: self.receipt_handle,
        }
    }
}
/// The user-specified message attribute value. For string data types, the `Value` attribute has the same restrictions on the content as the message body. For more information, see ` SendMessage.`
///
/// `Name`, `type`, `value` and the message body must not be empty or null. All parts of the message attribute, including `Name`, `Type`, and `Value`, are part of the message size restriction (256 KiB or 262,144 bytes).
#[derive(Clone, Debug, PartialEq)]
pub struct MessageAttributeValue {
    /// Not implemented. Reserved for future use.
    pub binary_list_values: rt::Option<rt::Vec<rt::Blob>>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.
    pub binary_value: rt::Option<rt::Blob>,
    /// Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For the `Number` data type, you must use `StringValue`.
    ///
    /// You can also append custom labels. For more information, see [Amazon SQS Message Attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub data_type: rt::String,
    /// Not implemented. Reserved for future use.
    pub string_list_values: rt::Option<rt::Vec<rt::String>>,
    /// Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: rt::Option<rt::String>,
}
impl MessageAttributeValue {
    /// A builder for this structure.
    pub fn builder() -> MessageAttributeValueBuilder {
        MessageAttributeValueBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl MessageAttributeValue {
    /// [`binary_list_values`](Self::binary_list_values), empty when unset.
    pub fn binary_list_values(&self) -> &[rt::Blob] {
        self.binary_list_values.as_deref().unwrap_or_default()
    }
    /// [`binary_value`](Self::binary_value).
    pub fn binary_value(&self) -> rt::Option<&rt::Blob> {
        self.binary_value.as_ref()
    }
    /// [`data_type`](Self::data_type).
    pub fn data_type(&self) -> &str {
        &self.data_type
    }
    /// [`string_list_values`](Self::string_list_values), empty when unset.
    pub fn string_list_values(&self) -> &[rt::String] {
        self.string_list_values.as_deref().unwrap_or_default()
    }
    /// [`string_value`](Self::string_value).
    pub fn string_value(&self) -> rt::Option<&str> {
        self.string_value.as_deref()
    }
}
/// Builds a [`MessageAttributeValue`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageAttributeValueBuilder {
    /// [`MessageAttributeValue::binary_list_values`](MessageAttributeValue::binary_list_values), if set.
    pub binary_list_values: rt::Option<rt::Vec<rt::Blob>>,
    /// [`MessageAttributeValue::binary_value`](MessageAttributeValue::binary_value), if set.
    pub binary_value: rt::Option<rt::Blob>,
    /// [`MessageAttributeValue::data_type`](MessageAttributeValue::data_type), if set.
    pub data_type: rt::Option<rt::String>,
    /// [`MessageAttributeValue::string_list_values`](MessageAttributeValue::string_list_values), if set.
    pub string_list_values: rt::Option<rt::Vec<rt::String>>,
    /// [`MessageAttributeValue::string_value`](MessageAttributeValue::string_value), if set.
    pub string_value: rt::Option<rt::String>,
}
impl MessageAttributeValueBuilder {
    /// Appends one element to [`MessageAttributeValue::binary_list_values`](MessageAttributeValue::binary_list_values).
    pub fn binary_list_values(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.binary_list_values
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`MessageAttributeValue::binary_list_values`](MessageAttributeValue::binary_list_values).
    pub fn set_binary_list_values(mut self, value: rt::Option<rt::Vec<rt::Blob>>) -> Self {
        self.binary_list_values = value;
        self
    }
    /// Sets [`MessageAttributeValue::binary_value`](MessageAttributeValue::binary_value).
    pub fn binary_value(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.binary_value = Some(value.into());
        self
    }
    /// Sets or clears [`MessageAttributeValue::binary_value`](MessageAttributeValue::binary_value).
    pub fn set_binary_value(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.binary_value = value;
        self
    }
    /// Sets [`MessageAttributeValue::data_type`](MessageAttributeValue::data_type).
    pub fn data_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.data_type = Some(value.into());
        self
    }
    /// Sets or clears [`MessageAttributeValue::data_type`](MessageAttributeValue::data_type).
    pub fn set_data_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.data_type = value;
        self
    }
    /// Appends one element to [`MessageAttributeValue::string_list_values`](MessageAttributeValue::string_list_values).
    pub fn string_list_values(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.string_list_values
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`MessageAttributeValue::string_list_values`](MessageAttributeValue::string_list_values).
    pub fn set_string_list_values(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.string_list_values = value;
        self
    }
    /// Sets [`MessageAttributeValue::string_value`](MessageAttributeValue::string_value).
    pub fn string_value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.string_value = Some(value.into());
        self
    }
    /// Sets or clears [`MessageAttributeValue::string_value`](MessageAttributeValue::string_value).
    pub fn set_string_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.string_value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<MessageAttributeValue, rt::BuildError> {
        Ok(MessageAttributeValue {
            binary_list_values: self.binary_list_values,
            binary_value: self.binary_value,
            data_type: self.data_type.ok_or(rt::BuildError {
                shape: "MessageAttributeValue",
                member: "DataType",
            })?,
            string_list_values: self.string_list_values,
            string_value: self.string_value,
        })
    }
}
/// The user-specified message system attribute value. For string data types, the `Value` attribute has the same restrictions on the content as the message body. For more information, see ` SendMessage.`
///
/// `Name`, `type`, `value` and the message body must not be empty or null.
#[derive(Clone, Debug, PartialEq)]
pub struct MessageSystemAttributeValue {
    /// Not implemented. Reserved for future use.
    pub binary_list_values: rt::Option<rt::Vec<rt::Blob>>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.
    pub binary_value: rt::Option<rt::Blob>,
    /// Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For the `Number` data type, you must use `StringValue`.
    ///
    /// You can also append custom labels. For more information, see [Amazon SQS Message Attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub data_type: rt::String,
    /// Not implemented. Reserved for future use.
    pub string_list_values: rt::Option<rt::Vec<rt::String>>,
    /// Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: rt::Option<rt::String>,
}
impl MessageSystemAttributeValue {
    /// A builder for this structure.
    pub fn builder() -> MessageSystemAttributeValueBuilder {
        MessageSystemAttributeValueBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl MessageSystemAttributeValue {
    /// [`binary_list_values`](Self::binary_list_values), empty when unset.
    pub fn binary_list_values(&self) -> &[rt::Blob] {
        self.binary_list_values.as_deref().unwrap_or_default()
    }
    /// [`binary_value`](Self::binary_value).
    pub fn binary_value(&self) -> rt::Option<&rt::Blob> {
        self.binary_value.as_ref()
    }
    /// [`data_type`](Self::data_type).
    pub fn data_type(&self) -> &str {
        &self.data_type
    }
    /// [`string_list_values`](Self::string_list_values), empty when unset.
    pub fn string_list_values(&self) -> &[rt::String] {
        self.string_list_values.as_deref().unwrap_or_default()
    }
    /// [`string_value`](Self::string_value).
    pub fn string_value(&self) -> rt::Option<&str> {
        self.string_value.as_deref()
    }
}
/// Builds a [`MessageSystemAttributeValue`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageSystemAttributeValueBuilder {
    /// [`MessageSystemAttributeValue::binary_list_values`](MessageSystemAttributeValue::binary_list_values), if set.
    pub binary_list_values: rt::Option<rt::Vec<rt::Blob>>,
    /// [`MessageSystemAttributeValue::binary_value`](MessageSystemAttributeValue::binary_value), if set.
    pub binary_value: rt::Option<rt::Blob>,
    /// [`MessageSystemAttributeValue::data_type`](MessageSystemAttributeValue::data_type), if set.
    pub data_type: rt::Option<rt::String>,
    /// [`MessageSystemAttributeValue::string_list_values`](MessageSystemAttributeValue::string_list_values), if set.
    pub string_list_values: rt::Option<rt::Vec<rt::String>>,
    /// [`MessageSystemAttributeValue::string_value`](MessageSystemAttributeValue::string_value), if set.
    pub string_value: rt::Option<rt::String>,
}
impl MessageSystemAttributeValueBuilder {
    /// Appends one element to [`MessageSystemAttributeValue::binary_list_values`](MessageSystemAttributeValue::binary_list_values).
    pub fn binary_list_values(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.binary_list_values
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`MessageSystemAttributeValue::binary_list_values`](MessageSystemAttributeValue::binary_list_values).
    pub fn set_binary_list_values(mut self, value: rt::Option<rt::Vec<rt::Blob>>) -> Self {
        self.binary_list_values = value;
        self
    }
    /// Sets [`MessageSystemAttributeValue::binary_value`](MessageSystemAttributeValue::binary_value).
    pub fn binary_value(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.binary_value = Some(value.into());
        self
    }
    /// Sets or clears [`MessageSystemAttributeValue::binary_value`](MessageSystemAttributeValue::binary_value).
    pub fn set_binary_value(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.binary_value = value;
        self
    }
    /// Sets [`MessageSystemAttributeValue::data_type`](MessageSystemAttributeValue::data_type).
    pub fn data_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.data_type = Some(value.into());
        self
    }
    /// Sets or clears [`MessageSystemAttributeValue::data_type`](MessageSystemAttributeValue::data_type).
    pub fn set_data_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.data_type = value;
        self
    }
    /// Appends one element to [`MessageSystemAttributeValue::string_list_values`](MessageSystemAttributeValue::string_list_values).
    pub fn string_list_values(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.string_list_values
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`MessageSystemAttributeValue::string_list_values`](MessageSystemAttributeValue::string_list_values).
    pub fn set_string_list_values(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.string_list_values = value;
        self
    }
    /// Sets [`MessageSystemAttributeValue::string_value`](MessageSystemAttributeValue::string_value).
    pub fn string_value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.string_value = Some(value.into());
        self
    }
    /// Sets or clears [`MessageSystemAttributeValue::string_value`](MessageSystemAttributeValue::string_value).
    pub fn set_string_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.string_value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<MessageSystemAttributeValue, rt::BuildError> {
        Ok(MessageSystemAttributeValue {
            binary_list_values: self.binary_list_values,
            binary_value: self.binary_value,
            data_type: self.data_type.ok_or(rt::BuildError {
                shape: "MessageSystemAttributeValue",
                member: "DataType",
            })?,
            string_list_values: self.string_list_values,
            string_value: self.string_value,
        })
    }
}
/// Retrieves one or more messages from a specified queue.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiveMessageRequest {
    /// **Note:** This parameter has been discontinued but will be supported for backward compatibility. To provide attribute names, you are encouraged to use `MessageSystemAttributeNames`.
    ///
    /// A list of attributes that need to be returned along with each message. These attributes include:
    ///
    /// - `All` – Returns all values.
    /// - `ApproximateFirstReceiveTimestamp` – Returns the time the message was first received from the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    /// - `ApproximateReceiveCount` – Returns the number of times a message has been received across all queues but not deleted.
    /// - `AWSTraceHeader` – Returns the X-Ray trace header string.
    /// - `SenderId`
    /// - For a user, returns the user ID, for example `ABCDEFGHI1JKLMNOPQ23R`.
    /// - For an IAM role, returns the IAM role ID, for example `ABCDE1F2GH3I4JK5LMNOP:i-a123b456`.
    /// - `SentTimestamp` – Returns the time the message was sent to the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    /// - `MessageDeduplicationId` – Returns the value provided by the producer that calls the ` SendMessage` action.
    /// - `MessageGroupId` – Returns the value provided by the producer that calls the ` SendMessage` action. Messages with the same `MessageGroupId` are returned in sequence.
    /// - `SequenceNumber` – Returns the value provided by Amazon SQS.
    ///
    /// **Deprecated**. AttributeNames has been replaced by MessageSystemAttributeNames
    #[deprecated(
        note = "deprecated in the model. AttributeNames has been replaced by MessageSystemAttributeNames"
    )]
    pub attribute_names: rt::Option<rt::Vec<QueueAttributeName>>,
    /// The maximum number of messages to return. Amazon SQS never returns more messages than this value (however, fewer messages might be returned). Valid values: 1 to 10. Default: 1.
    pub max_number_of_messages: rt::Option<i32>,
    /// The name of the message attribute, where *N* is the index.
    ///
    /// - The name can contain alphanumeric characters and the underscore (`_`), hyphen (`-`), and period (`.`).
    /// - The name is case-sensitive and must be unique among all attribute names for the message.
    /// - The name must not start with AWS-reserved prefixes such as `AWS.` or `Amazon.` (or any casing variants).
    /// - The name must not start or end with a period (`.`), and it should not have periods in succession (`..`).
    /// - The name can be up to 256 characters long.
    ///
    /// When using `ReceiveMessage`, you can send a list of attribute names to receive, or you can return all of the attributes by specifying `All` or `.*` in your request. You can also use all message attributes starting with a prefix, for example `bar.*`.
    pub message_attribute_names: rt::Option<rt::Vec<rt::String>>,
    /// A list of attributes that need to be returned along with each message. These attributes include:
    ///
    /// - `All` – Returns all values.
    /// - `ApproximateFirstReceiveTimestamp` – Returns the time the message was first received from the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    /// - `ApproximateReceiveCount` – Returns the number of times a message has been received across all queues but not deleted.
    /// - `AWSTraceHeader` – Returns the X-Ray trace header string.
    /// - `SenderId`
    /// - For a user, returns the user ID, for example `ABCDEFGHI1JKLMNOPQ23R`.
    /// - For an IAM role, returns the IAM role ID, for example `ABCDE1F2GH3I4JK5LMNOP:i-a123b456`.
    /// - `SentTimestamp` – Returns the time the message was sent to the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    /// - `MessageDeduplicationId` – Returns the value provided by the producer that calls the ` SendMessage` action.
    /// - `MessageGroupId` – Returns the value provided by the producer that calls the ` SendMessage` action. Messages with the same `MessageGroupId` are returned in sequence.
    /// - `SequenceNumber` – Returns the value provided by Amazon SQS.
    pub message_system_attribute_names: rt::Option<rt::Vec<MessageSystemAttributeName>>,
    /// The URL of the Amazon SQS queue from which messages are received.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: rt::String,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The token used for deduplication of `ReceiveMessage` calls. If a networking issue occurs after a `ReceiveMessage` action, and instead of a response you receive a generic error, it is possible to retry the same action with an identical `ReceiveRequestAttemptId` to retrieve the same set of messages, even if their visibility timeout has not yet expired.
    ///
    /// - You can use `ReceiveRequestAttemptId` only for 5 minutes after a `ReceiveMessage` action.
    /// - When you set `FifoQueue`, a caller of the `ReceiveMessage` action can provide a `ReceiveRequestAttemptId` explicitly.
    /// - It is possible to retry the `ReceiveMessage` action with the same `ReceiveRequestAttemptId` if none of the messages have been modified (deleted or had their visibility changes).
    /// - During a visibility timeout, subsequent calls with the same `ReceiveRequestAttemptId` return the same messages and receipt handles. If a retry occurs within the deduplication interval, it resets the visibility timeout. For more information, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*. **Note:** If a caller of the `ReceiveMessage` action still processes messages when the visibility timeout expires and messages become visible, another worker consuming from the same queue can receive the same messages and therefore process duplicates. Also, if a consumer whose message processing time is longer than the visibility timeout tries to delete the processed messages, the action fails with an error. To mitigate this effect, ensure that your application observes a safe threshold before the visibility timeout expires and extend the visibility timeout as necessary.
    /// - While messages with a particular `MessageGroupId` are invisible, no more messages belonging to the same `MessageGroupId` are returned until the visibility timeout expires. You can still receive messages with another `MessageGroupId` as long as it is also visible.
    /// - If a caller of `ReceiveMessage` can't track the `ReceiveRequestAttemptId`, no retries work until the original visibility timeout expires. As a result, delays might occur but the messages in the queue remain in a strict order.
    ///
    /// The maximum length of `ReceiveRequestAttemptId` is 128 characters. `ReceiveRequestAttemptId` can contain alphanumeric characters (`a-z`, `A-Z`, `0-9`) and punctuation (`!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~`).
    ///
    /// For best practices of using `ReceiveRequestAttemptId`, see [Using the ReceiveRequestAttemptId Request Parameter](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-receiverequestattemptid-request-parameter.html) in the *Amazon SQS Developer Guide*.
    pub receive_request_attempt_id: rt::Option<rt::String>,
    /// The duration (in seconds) that the received messages are hidden from subsequent retrieve requests after being retrieved by a `ReceiveMessage` request. If not specified, the default visibility timeout for the queue is used, which is 30 seconds.
    ///
    /// Understanding `VisibilityTimeout`:
    ///
    /// - When a message is received from a queue, it becomes temporarily invisible to other consumers for the duration of the visibility timeout. This prevents multiple consumers from processing the same message simultaneously. If the message is not deleted or its visibility timeout is not extended before the timeout expires, it becomes visible again and can be retrieved by other consumers.
    /// - Setting an appropriate visibility timeout is crucial. If it's too short, the message might become visible again before processing is complete, leading to duplicate processing. If it's too long, it delays the reprocessing of messages if the initial processing fails.
    /// - You can adjust the visibility timeout using the `--visibility-timeout` parameter in the `receive-message` command to match the processing time required by your application.
    /// - A message that isn't deleted or a message whose visibility isn't extended before the visibility timeout expires counts as a failed receive. Depending on the configuration of the queue, the message might be sent to the dead-letter queue.
    ///
    /// For more information, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    pub visibility_timeout: rt::Option<i32>,
    /// The duration (in seconds) for which the call waits for a message to arrive in the queue before returning. If a message is available, the call returns sooner than `WaitTimeSeconds`. If no messages are available and the wait time expires, the call does not return a message list. If you are using the Java SDK, it returns a `ReceiveMessageResponse` object, which has a empty list instead of a Null object.
    ///
    /// **Note:** To avoid HTTP errors, ensure that the HTTP response timeout for `ReceiveMessage` requests is longer than the `WaitTimeSeconds` parameter. For example, with the Java SDK, you can set HTTP transport settings using the [ NettyNioAsyncHttpClient](https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/http/nio/netty/NettyNioAsyncHttpClient.html) for asynchronous clients, or the [ ApacheHttpClient](https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/http/apache/ApacheHttpClient.html) for synchronous clients.
    pub wait_time_seconds: rt::Option<i32>,
}
impl ReceiveMessageRequest {
    /// A builder for this structure.
    pub fn builder() -> ReceiveMessageRequestBuilder {
        ReceiveMessageRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReceiveMessageRequest {
    /// [`attribute_names`](Self::attribute_names), empty when unset.
    #[deprecated(
        note = "deprecated in the model. AttributeNames has been replaced by MessageSystemAttributeNames"
    )]
    pub fn attribute_names(&self) -> &[QueueAttributeName] {
        self.attribute_names.as_deref().unwrap_or_default()
    }
    /// [`max_number_of_messages`](Self::max_number_of_messages).
    pub fn max_number_of_messages(&self) -> rt::Option<i32> {
        self.max_number_of_messages
    }
    /// [`message_attribute_names`](Self::message_attribute_names), empty when unset.
    pub fn message_attribute_names(&self) -> &[rt::String] {
        self.message_attribute_names.as_deref().unwrap_or_default()
    }
    /// [`message_system_attribute_names`](Self::message_system_attribute_names), empty when unset.
    pub fn message_system_attribute_names(&self) -> &[MessageSystemAttributeName] {
        self.message_system_attribute_names
            .as_deref()
            .unwrap_or_default()
    }
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> &str {
        &self.queue_url
    }
    /// [`receive_request_attempt_id`](Self::receive_request_attempt_id).
    pub fn receive_request_attempt_id(&self) -> rt::Option<&str> {
        self.receive_request_attempt_id.as_deref()
    }
    /// [`visibility_timeout`](Self::visibility_timeout).
    pub fn visibility_timeout(&self) -> rt::Option<i32> {
        self.visibility_timeout
    }
    /// [`wait_time_seconds`](Self::wait_time_seconds).
    pub fn wait_time_seconds(&self) -> rt::Option<i32> {
        self.wait_time_seconds
    }
}
/// Builds a [`ReceiveMessageRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReceiveMessageRequestBuilder {
    /// [`ReceiveMessageRequest::attribute_names`](ReceiveMessageRequest::attribute_names), if set.
    pub attribute_names: rt::Option<rt::Vec<QueueAttributeName>>,
    /// [`ReceiveMessageRequest::max_number_of_messages`](ReceiveMessageRequest::max_number_of_messages), if set.
    pub max_number_of_messages: rt::Option<i32>,
    /// [`ReceiveMessageRequest::message_attribute_names`](ReceiveMessageRequest::message_attribute_names), if set.
    pub message_attribute_names: rt::Option<rt::Vec<rt::String>>,
    /// [`ReceiveMessageRequest::message_system_attribute_names`](ReceiveMessageRequest::message_system_attribute_names), if set.
    pub message_system_attribute_names: rt::Option<rt::Vec<MessageSystemAttributeName>>,
    /// [`ReceiveMessageRequest::queue_url`](ReceiveMessageRequest::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
    /// [`ReceiveMessageRequest::receive_request_attempt_id`](ReceiveMessageRequest::receive_request_attempt_id), if set.
    pub receive_request_attempt_id: rt::Option<rt::String>,
    /// [`ReceiveMessageRequest::visibility_timeout`](ReceiveMessageRequest::visibility_timeout), if set.
    pub visibility_timeout: rt::Option<i32>,
    /// [`ReceiveMessageRequest::wait_time_seconds`](ReceiveMessageRequest::wait_time_seconds), if set.
    pub wait_time_seconds: rt::Option<i32>,
}
impl ReceiveMessageRequestBuilder {
    /// Appends one element to [`ReceiveMessageRequest::attribute_names`](ReceiveMessageRequest::attribute_names).
    pub fn attribute_names(mut self, value: impl rt::Into<QueueAttributeName>) -> Self {
        self.attribute_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::attribute_names`](ReceiveMessageRequest::attribute_names).
    pub fn set_attribute_names(mut self, value: rt::Option<rt::Vec<QueueAttributeName>>) -> Self {
        self.attribute_names = value;
        self
    }
    /// Sets [`ReceiveMessageRequest::max_number_of_messages`](ReceiveMessageRequest::max_number_of_messages).
    pub fn max_number_of_messages(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_number_of_messages = Some(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::max_number_of_messages`](ReceiveMessageRequest::max_number_of_messages).
    pub fn set_max_number_of_messages(mut self, value: rt::Option<i32>) -> Self {
        self.max_number_of_messages = value;
        self
    }
    /// Appends one element to [`ReceiveMessageRequest::message_attribute_names`](ReceiveMessageRequest::message_attribute_names).
    pub fn message_attribute_names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_attribute_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::message_attribute_names`](ReceiveMessageRequest::message_attribute_names).
    pub fn set_message_attribute_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.message_attribute_names = value;
        self
    }
    /// Appends one element to [`ReceiveMessageRequest::message_system_attribute_names`](ReceiveMessageRequest::message_system_attribute_names).
    pub fn message_system_attribute_names(
        mut self,
        value: impl rt::Into<MessageSystemAttributeName>,
    ) -> Self {
        self.message_system_attribute_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::message_system_attribute_names`](ReceiveMessageRequest::message_system_attribute_names).
    pub fn set_message_system_attribute_names(
        mut self,
        value: rt::Option<rt::Vec<MessageSystemAttributeName>>,
    ) -> Self {
        self.message_system_attribute_names = value;
        self
    }
    /// Sets [`ReceiveMessageRequest::queue_url`](ReceiveMessageRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::queue_url`](ReceiveMessageRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// Sets [`ReceiveMessageRequest::receive_request_attempt_id`](ReceiveMessageRequest::receive_request_attempt_id).
    pub fn receive_request_attempt_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.receive_request_attempt_id = Some(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::receive_request_attempt_id`](ReceiveMessageRequest::receive_request_attempt_id).
    pub fn set_receive_request_attempt_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.receive_request_attempt_id = value;
        self
    }
    /// Sets [`ReceiveMessageRequest::visibility_timeout`](ReceiveMessageRequest::visibility_timeout).
    pub fn visibility_timeout(mut self, value: impl rt::Into<i32>) -> Self {
        self.visibility_timeout = Some(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::visibility_timeout`](ReceiveMessageRequest::visibility_timeout).
    pub fn set_visibility_timeout(mut self, value: rt::Option<i32>) -> Self {
        self.visibility_timeout = value;
        self
    }
    /// Sets [`ReceiveMessageRequest::wait_time_seconds`](ReceiveMessageRequest::wait_time_seconds).
    pub fn wait_time_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.wait_time_seconds = Some(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::wait_time_seconds`](ReceiveMessageRequest::wait_time_seconds).
    pub fn set_wait_time_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.wait_time_seconds = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ReceiveMessageRequest, rt::BuildError> {
        Ok(ReceiveMessageRequest {
            attribute_names: self.attribute_names,
            max_number_of_messages: self.max_number_of_messages,
            message_attribute_names: self.message_attribute_names,
            message_system_attribute_names: self.message_system_attribute_names,
            queue_url: self.queue_url.ok_or(rt::BuildError {
                shape: "ReceiveMessageRequest",
                member: "QueueUrl",
            })?,
            receive_request_attempt_id: self.receive_request_attempt_id,
            visibility_timeout: self.visibility_timeout,
            wait_time_seconds: self.wait_time_seconds,
        })
    }
}
/// A list of received messages.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiveMessageResult {
    /// A list of messages.
    pub messages: rt::Option<rt::Vec<Message>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ReceiveMessageResult {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ReceiveMessageResult {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ReceiveMessageResult {
    /// A builder for this structure.
    pub fn builder() -> ReceiveMessageResultBuilder {
        ReceiveMessageResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReceiveMessageResult {
    /// [`messages`](Self::messages), empty when unset.
    pub fn messages(&self) -> &[Message] {
        self.messages.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ReceiveMessageResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReceiveMessageResultBuilder {
    /// [`ReceiveMessageResult::messages`](ReceiveMessageResult::messages), if set.
    pub messages: rt::Option<rt::Vec<Message>>,
}
impl ReceiveMessageResultBuilder {
    /// Appends one element to [`ReceiveMessageResult::messages`](ReceiveMessageResult::messages).
    pub fn messages(mut self, value: impl rt::Into<Message>) -> Self {
        self.messages
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReceiveMessageResult::messages`](ReceiveMessageResult::messages).
    pub fn set_messages(mut self, value: rt::Option<rt::Vec<Message>>) -> Self {
        self.messages = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReceiveMessageResult {
        ReceiveMessageResult {
            messages: self.messages,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SendMessageRequest {
    /// The length of time, in seconds, for which to delay a specific message. Valid values: 0 to 900. Maximum: 15 minutes. Messages with a positive `DelaySeconds` value become available for processing after the delay period is finished. If you don't specify a value, the default value for the queue applies.
    ///
    /// **Note:** When you set `FifoQueue`, you can't set `DelaySeconds` per message. You can set this parameter only on a queue level.
    pub delay_seconds: rt::Option<i32>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub message_attributes: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    /// The message to send. The minimum size is one character. The maximum size is 256 KiB.
    ///
    /// **Note:** A message can include only XML, JSON, and unformatted text. The following Unicode characters are allowed. For more information, see the [W3C specification for characters](http://www.w3.org/TR/REC-xml/#charsets).
    ///
    /// `#x9` | `#xA` | `#xD` | `#x20` to `#xD7FF` | `#xE000` to `#xFFFD` | `#x10000` to `#x10FFFF`
    ///
    /// Amazon SQS does not throw an exception or completely reject the message if it contains invalid characters. Instead, it replaces those invalid characters with `U+FFFD` before storing the message in the queue, as long as the message body contains at least one valid character.
    pub message_body: rt::String,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The token used for deduplication of sent messages. If a message with a particular `MessageDeduplicationId` is sent successfully, any messages sent with the same `MessageDeduplicationId` are accepted successfully but aren't delivered during the 5-minute deduplication interval. For more information, see [ Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`,
    /// - You may provide a `MessageDeduplicationId` explicitly.
    /// - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your queue, Amazon SQS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    /// - If you don't provide a `MessageDeduplicationId` and the queue doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    /// - If the queue has `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication interval are treated as duplicates and only one copy of the message is delivered.
    /// - If you send one message with `ContentBasedDeduplication` enabled and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates and only one copy of the message is delivered.
    ///
    /// **Note:** The `MessageDeduplicationId` is available to the consumer of the message (this can be useful for troubleshooting delivery issues).
    ///
    /// If a message is sent successfully but the acknowledgement is lost and the message is resent with the same `MessageDeduplicationId` after the deduplication interval, Amazon SQS can't detect duplicate messages.
    ///
    /// Amazon SQS continues to keep track of the message deduplication ID even after the message is received and deleted.
    ///
    /// The maximum length of `MessageDeduplicationId` is 128 characters. `MessageDeduplicationId` can contain alphanumeric characters (`a-z`, `A-Z`, `0-9`) and punctuation (`!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~`).
    ///
    /// For best practices of using `MessageDeduplicationId`, see [Using the MessageDeduplicationId Property](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagededuplicationid-property.html) in the *Amazon SQS Developer Guide*.
    pub message_deduplication_id: rt::Option<rt::String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The tag that specifies that a message belongs to a specific message group. Messages that belong to the same message group are processed in a FIFO manner (however, messages in different message groups might be processed out of order). To interleave multiple ordered streams within a single queue, use `MessageGroupId` values (for example, session data for multiple users). In this scenario, multiple consumers can process the queue, but the session data of each user is processed in a FIFO fashion.
    ///
    /// - You must associate a non-empty `MessageGroupId` with a message. If you don't provide a `MessageGroupId`, the action fails.
    /// - `ReceiveMessage` might return messages with multiple `MessageGroupId` values. For each `MessageGroupId`, the messages are sorted by time sent. The caller can't specify a `MessageGroupId`.
    ///
    /// The maximum length of `MessageGroupId` is 128 characters. Valid values: alphanumeric characters and punctuation `(!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~)`.
    ///
    /// For best practices of using `MessageGroupId`, see [Using the MessageGroupId Property](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html) in the *Amazon SQS Developer Guide*.
    ///
    /// **Note:** `MessageGroupId` is required for FIFO queues. You can't use it for Standard queues.
    pub message_group_id: rt::Option<rt::String>,
    /// The message system attribute to send. Each message system attribute consists of a `Name`, `Type`, and `Value`.
    ///
    /// **Note:**
    /// - Currently, the only supported message system attribute is `AWSTraceHeader`. Its type must be `String` and its value must be a correctly formatted X-Ray trace header string.
    /// - The size of a message system attribute doesn't count towards the total size of a message.
    pub message_system_attributes:
        rt::Option<rt::BTreeMap<rt::String, MessageSystemAttributeValue>>,
    /// The URL of the Amazon SQS queue to which a message is sent.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: rt::String,
}
impl SendMessageRequest {
    /// A builder for this structure.
    pub fn builder() -> SendMessageRequestBuilder {
        SendMessageRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SendMessageRequest {
    /// [`delay_seconds`](Self::delay_seconds).
    pub fn delay_seconds(&self) -> rt::Option<i32> {
        self.delay_seconds
    }
    /// [`message_attributes`](Self::message_attributes).
    pub fn message_attributes(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, MessageAttributeValue>> {
        self.message_attributes.as_ref()
    }
    /// [`message_body`](Self::message_body).
    pub fn message_body(&self) -> &str {
        &self.message_body
    }
    /// [`message_deduplication_id`](Self::message_deduplication_id).
    pub fn message_deduplication_id(&self) -> rt::Option<&str> {
        self.message_deduplication_id.as_deref()
    }
    /// [`message_group_id`](Self::message_group_id).
    pub fn message_group_id(&self) -> rt::Option<&str> {
        self.message_group_id.as_deref()
    }
    /// [`message_system_attributes`](Self::message_system_attributes).
    pub fn message_system_attributes(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, MessageSystemAttributeValue>> {
        self.message_system_attributes.as_ref()
    }
    /// [`queue_url`](Self::queue_url).
    pub fn queue_url(&self) -> &str {
        &self.queue_url
    }
}
/// Builds a [`SendMessageRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SendMessageRequestBuilder {
    /// [`SendMessageRequest::delay_seconds`](SendMessageRequest::delay_seconds), if set.
    pub delay_seconds: rt::Option<i32>,
    /// [`SendMessageRequest::message_attributes`](SendMessageRequest::message_attributes), if set.
    pub message_attributes: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    /// [`SendMessageRequest::message_body`](SendMessageRequest::message_body), if set.
    pub message_body: rt::Option<rt::String>,
    /// [`SendMessageRequest::message_deduplication_id`](SendMessageRequest::message_deduplication_id), if set.
    pub message_deduplication_id: rt::Option<rt::String>,
    /// [`SendMessageRequest::message_group_id`](SendMessageRequest::message_group_id), if set.
    pub message_group_id: rt::Option<rt::String>,
    /// [`SendMessageRequest::message_system_attributes`](SendMessageRequest::message_system_attributes), if set.
    pub message_system_attributes:
        rt::Option<rt::BTreeMap<rt::String, MessageSystemAttributeValue>>,
    /// [`SendMessageRequest::queue_url`](SendMessageRequest::queue_url), if set.
    pub queue_url: rt::Option<rt::String>,
}
impl SendMessageRequestBuilder {
    /// Sets [`SendMessageRequest::delay_seconds`](SendMessageRequest::delay_seconds).
    pub fn delay_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.delay_seconds = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::delay_seconds`](SendMessageRequest::delay_seconds).
    pub fn set_delay_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.delay_seconds = value;
        self
    }
    /// Inserts one entry into [`SendMessageRequest::message_attributes`](SendMessageRequest::message_attributes).
    pub fn message_attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<MessageAttributeValue>,
    ) -> Self {
        self.message_attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::message_attributes`](SendMessageRequest::message_attributes).
    pub fn set_message_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    ) -> Self {
        self.message_attributes = value;
        self
    }
    /// Sets [`SendMessageRequest::message_body`](SendMessageRequest::message_body).
    pub fn message_body(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_body = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::message_body`](SendMessageRequest::message_body).
    pub fn set_message_body(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_body = value;
        self
    }
    /// Sets [`SendMessageRequest::message_deduplication_id`](SendMessageRequest::message_deduplication_id).
    pub fn message_deduplication_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_deduplication_id = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::message_deduplication_id`](SendMessageRequest::message_deduplication_id).
    pub fn set_message_deduplication_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_deduplication_id = value;
        self
    }
    /// Sets [`SendMessageRequest::message_group_id`](SendMessageRequest::message_group_id).
    pub fn message_group_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_group_id = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::message_group_id`](SendMessageRequest::message_group_id).
    pub fn set_message_group_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_group_id = value;
        self
    }
    /// Inserts one entry into [`SendMessageRequest::message_system_attributes`](SendMessageRequest::message_system_attributes).
    pub fn message_system_attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<MessageSystemAttributeValue>,
    ) -> Self {
        self.message_system_attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::message_system_attributes`](SendMessageRequest::message_system_attributes).
    pub fn set_message_system_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageSystemAttributeValue>>,
    ) -> Self {
        self.message_system_attributes = value;
        self
    }
    /// Sets [`SendMessageRequest::queue_url`](SendMessageRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.queue_url = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageRequest::queue_url`](SendMessageRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.queue_url = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SendMessageRequest, rt::BuildError> {
        Ok(SendMessageRequest {
            delay_seconds: self.delay_seconds,
            message_attributes: self.message_attributes,
            message_body: self.message_body.ok_or(rt::BuildError {
                shape: "SendMessageRequest",
                member: "MessageBody",
            })?,
            message_deduplication_id: self.message_deduplication_id,
            message_group_id: self.message_group_id,
            message_system_attributes: self.message_system_attributes,
            queue_url: self.queue_url.ok_or(rt::BuildError {
                shape: "SendMessageRequest",
                member: "QueueUrl",
            })?,
        })
    }
}
/// The `MD5OfMessageBody` and `MessageId` elements.
#[derive(Clone, Debug, PartialEq)]
pub struct SendMessageResult {
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_attributes: rt::Option<rt::String>,
    /// An MD5 digest of the non-URL-encoded message body string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_body: rt::Option<rt::String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest.
    pub md5_of_message_system_attributes: rt::Option<rt::String>,
    /// An attribute containing the `MessageId` of the message sent to the queue. For more information, see [Queue and Message Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html) in the *Amazon SQS Developer Guide*.
    pub message_id: rt::Option<rt::String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The large, non-consecutive number that Amazon SQS assigns to each message.
    ///
    /// The length of `SequenceNumber` is 128 bits. `SequenceNumber` continues to increase for a particular `MessageGroupId`.
    pub sequence_number: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SendMessageResult {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SendMessageResult {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SendMessageResult {
    /// A builder for this structure.
    pub fn builder() -> SendMessageResultBuilder {
        SendMessageResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SendMessageResult {
    /// [`md5_of_message_attributes`](Self::md5_of_message_attributes).
    pub fn md5_of_message_attributes(&self) -> rt::Option<&str> {
        self.md5_of_message_attributes.as_deref()
    }
    /// [`md5_of_message_body`](Self::md5_of_message_body).
    pub fn md5_of_message_body(&self) -> rt::Option<&str> {
        self.md5_of_message_body.as_deref()
    }
    /// [`md5_of_message_system_attributes`](Self::md5_of_message_system_attributes).
    pub fn md5_of_message_system_attributes(&self) -> rt::Option<&str> {
        self.md5_of_message_system_attributes.as_deref()
    }
    /// [`message_id`](Self::message_id).
    pub fn message_id(&self) -> rt::Option<&str> {
        self.message_id.as_deref()
    }
    /// [`sequence_number`](Self::sequence_number).
    pub fn sequence_number(&self) -> rt::Option<&str> {
        self.sequence_number.as_deref()
    }
}
/// Builds a [`SendMessageResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SendMessageResultBuilder {
    /// [`SendMessageResult::md5_of_message_attributes`](SendMessageResult::md5_of_message_attributes), if set.
    pub md5_of_message_attributes: rt::Option<rt::String>,
    /// [`SendMessageResult::md5_of_message_body`](SendMessageResult::md5_of_message_body), if set.
    pub md5_of_message_body: rt::Option<rt::String>,
    /// [`SendMessageResult::md5_of_message_system_attributes`](SendMessageResult::md5_of_message_system_attributes), if set.
    pub md5_of_message_system_attributes: rt::Option<rt::String>,
    /// [`SendMessageResult::message_id`](SendMessageResult::message_id), if set.
    pub message_id: rt::Option<rt::String>,
    /// [`SendMessageResult::sequence_number`](SendMessageResult::sequence_number), if set.
    pub sequence_number: rt::Option<rt::String>,
}
impl SendMessageResultBuilder {
    /// Sets [`SendMessageResult::md5_of_message_attributes`](SendMessageResult::md5_of_message_attributes).
    pub fn md5_of_message_attributes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.md5_of_message_attributes = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageResult::md5_of_message_attributes`](SendMessageResult::md5_of_message_attributes).
    pub fn set_md5_of_message_attributes(mut self, value: rt::Option<rt::String>) -> Self {
        self.md5_of_message_attributes = value;
        self
    }
    /// Sets [`SendMessageResult::md5_of_message_body`](SendMessageResult::md5_of_message_body).
    pub fn md5_of_message_body(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.md5_of_message_body = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageResult::md5_of_message_body`](SendMessageResult::md5_of_message_body).
    pub fn set_md5_of_message_body(mut self, value: rt::Option<rt::String>) -> Self {
        self.md5_of_message_body = value;
        self
    }
    /// Sets [`SendMessageResult::md5_of_message_system_attributes`](SendMessageResult::md5_of_message_system_attributes).
    pub fn md5_of_message_system_attributes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.md5_of_message_system_attributes = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageResult::md5_of_message_system_attributes`](SendMessageResult::md5_of_message_system_attributes).
    pub fn set_md5_of_message_system_attributes(mut self, value: rt::Option<rt::String>) -> Self {
        self.md5_of_message_system_attributes = value;
        self
    }
    /// Sets [`SendMessageResult::message_id`](SendMessageResult::message_id).
    pub fn message_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageResult::message_id`](SendMessageResult::message_id).
    pub fn set_message_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_id = value;
        self
    }
    /// Sets [`SendMessageResult::sequence_number`](SendMessageResult::sequence_number).
    pub fn sequence_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sequence_number = Some(value.into());
        self
    }
    /// Sets or clears [`SendMessageResult::sequence_number`](SendMessageResult::sequence_number).
    pub fn set_sequence_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.sequence_number = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SendMessageResult {
        SendMessageResult {
            md5_of_message_attributes: self.md5_of_message_attributes,
            md5_of_message_body: self.md5_of_message_body,
            md5_of_message_system_attributes: self.md5_of_message_system_attributes,
            message_id: self.message_id,
            sequence_number: self.sequence_number,
            _meta: rt::ResponseMeta::default(),
        }
    }
}

::codegen_rt::string_enum! {
    pub enum MessageSystemAttributeName {
        AwsTraceHeader = "AWSTraceHeader",
        All = "All",
        ApproximateFirstReceiveTimestamp = "ApproximateFirstReceiveTimestamp",
        ApproximateReceiveCount = "ApproximateReceiveCount",
        DeadLetterQueueSourceArn = "DeadLetterQueueSourceArn",
        MessageDeduplicationId = "MessageDeduplicationId",
        MessageGroupId = "MessageGroupId",
        SenderId = "SenderId",
        SentTimestamp = "SentTimestamp",
        SequenceNumber = "SequenceNumber",
    }
}

::codegen_rt::string_enum! {
    pub enum MessageSystemAttributeNameForSends {
        AwsTraceHeader = "AWSTraceHeader",
    }
}

::codegen_rt::string_enum! {
    pub enum QueueAttributeName {
        All = "All",
        ApproximateNumberOfMessages = "ApproximateNumberOfMessages",
        ApproximateNumberOfMessagesDelayed = "ApproximateNumberOfMessagesDelayed",
        ApproximateNumberOfMessagesNotVisible = "ApproximateNumberOfMessagesNotVisible",
        ContentBasedDeduplication = "ContentBasedDeduplication",
        CreatedTimestamp = "CreatedTimestamp",
        DeduplicationScope = "DeduplicationScope",
        DelaySeconds = "DelaySeconds",
        FifoQueue = "FifoQueue",
        FifoThroughputLimit = "FifoThroughputLimit",
        KmsDataKeyReusePeriodSeconds = "KmsDataKeyReusePeriodSeconds",
        KmsMasterKeyId = "KmsMasterKeyId",
        LastModifiedTimestamp = "LastModifiedTimestamp",
        MaximumMessageSize = "MaximumMessageSize",
        MessageRetentionPeriod = "MessageRetentionPeriod",
        Policy = "Policy",
        QueueArn = "QueueArn",
        ReceiveMessageWaitTimeSeconds = "ReceiveMessageWaitTimeSeconds",
        RedriveAllowPolicy = "RedriveAllowPolicy",
        RedrivePolicy = "RedrivePolicy",
        SqsManagedSseEnabled = "SqsManagedSseEnabled",
        VisibilityTimeout = "VisibilityTimeout",
    }
}
