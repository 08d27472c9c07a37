// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Input for CreateTopic action.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTopicInput {
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists names, descriptions, and values of the special request parameters that the `CreateTopic` action uses:
    ///
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    /// - `DisplayName` – The display name to use for a topic with SMS subscriptions.
    /// - `FifoTopic` – Set to true to create a FIFO topic.
    /// - `Policy` – The policy that defines who can access your topic. By default, only the topic owner can publish or subscribe to the topic.
    /// - `SignatureVersion` – The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS. By default, `SignatureVersion` is set to `1`.
    /// - `TracingConfig` – Tracing mode of an Amazon SNS topic. By default `TracingConfig` is set to `PassThrough`, and the topic passes through the tracing header it receives from an Amazon SNS publisher to its subscriptions. If set to `Active`, Amazon SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true. This is only supported on standard topics.
    ///
    /// The following attribute applies only to [server-side encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SNS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms). For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// The following attributes apply only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ArchivePolicy` – The policy that sets the retention period for messages stored in the message archive of an Amazon SNS FIFO topic.
    /// - `ContentBasedDeduplication` – Enables content-based deduplication for FIFO topics.
    /// - By default, `ContentBasedDeduplication` is set to `false`. If you create a FIFO topic and this attribute is `false`, you must specify a value for the `MessageDeduplicationId` parameter for the [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) action.
    /// - When you set `ContentBasedDeduplication` to `true`, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message). (Optional) To override the generated value, you can specify a value for the `MessageDeduplicationId` parameter for the `Publish` action.
    ///
    /// - `FifoThroughputScope` – Enables higher throughput for your FIFO topic by adjusting the scope of deduplication. This attribute has two possible values:
    /// - `Topic` – The scope of message deduplication is across the entire topic. This is the default value and maintains existing behavior, with a maximum throughput of 3000 messages per second or 20MB per second, whichever comes first.
    /// - `MessageGroup` – The scope of deduplication is within each individual message group, which enables higher throughput per topic subject to regional quotas. For more information on quotas or to request an increase, see [Amazon SNS service quotas](https://docs.aws.amazon.com/general/latest/gr/sns.html) in the Amazon Web Services General Reference.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// The body of the policy document you want to use for this topic.
    ///
    /// You can only add one policy per topic.
    ///
    /// The policy must be in JSON string format.
    ///
    /// Length Constraints: Maximum length of 30,720.
    pub data_protection_policy: rt::Option<rt::String>,
    /// The name of the topic you want to create.
    ///
    /// Constraints: Topic names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.
    ///
    /// For a FIFO (first-in-first-out) topic, the name must end with the `.fifo` suffix.
    pub name: rt::String,
    /// The list of tags to add to a new topic.
    ///
    /// **Note:** To be able to tag a topic on creation, you must have the `sns:CreateTopic` and `sns:TagResource` permissions.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl CreateTopicInput {
    /// A builder for this structure.
    pub fn builder() -> CreateTopicInputBuilder {
        CreateTopicInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateTopicInput {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.attributes.as_ref()
    }
    /// [`data_protection_policy`](Self::data_protection_policy).
    pub fn data_protection_policy(&self) -> rt::Option<&str> {
        self.data_protection_policy.as_deref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
}
/// Builds a [`CreateTopicInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateTopicInputBuilder {
    /// [`CreateTopicInput::attributes`](CreateTopicInput::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`CreateTopicInput::data_protection_policy`](CreateTopicInput::data_protection_policy), if set.
    pub data_protection_policy: rt::Option<rt::String>,
    /// [`CreateTopicInput::name`](CreateTopicInput::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`CreateTopicInput::tags`](CreateTopicInput::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl CreateTopicInputBuilder {
    /// Inserts one entry into [`CreateTopicInput::attributes`](CreateTopicInput::attributes).
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
    /// Sets or clears [`CreateTopicInput::attributes`](CreateTopicInput::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Sets [`CreateTopicInput::data_protection_policy`](CreateTopicInput::data_protection_policy).
    pub fn data_protection_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.data_protection_policy = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTopicInput::data_protection_policy`](CreateTopicInput::data_protection_policy).
    pub fn set_data_protection_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.data_protection_policy = value;
        self
    }
    /// Sets [`CreateTopicInput::name`](CreateTopicInput::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTopicInput::name`](CreateTopicInput::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Appends one element to [`CreateTopicInput::tags`](CreateTopicInput::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateTopicInput::tags`](CreateTopicInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateTopicInput, rt::BuildError> {
        Ok(CreateTopicInput {
            attributes: self.attributes,
            data_protection_policy: self.data_protection_policy,
            name: self.name.ok_or(rt::BuildError {
                shape: "CreateTopicInput",
                member: "Name",
            })?,
            tags: self.tags,
        })
    }
}
/// Response from CreateTopic action.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTopicResponse {
    /// The Amazon Resource Name (ARN) assigned to the created topic.
    pub topic_arn: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateTopicResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateTopicResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateTopicResponse {
    /// A builder for this structure.
    pub fn builder() -> CreateTopicResponseBuilder {
        CreateTopicResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateTopicResponse {
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> rt::Option<&str> {
        self.topic_arn.as_deref()
    }
}
/// Builds a [`CreateTopicResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateTopicResponseBuilder {
    /// [`CreateTopicResponse::topic_arn`](CreateTopicResponse::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl CreateTopicResponseBuilder {
    /// Sets [`CreateTopicResponse::topic_arn`](CreateTopicResponse::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTopicResponse::topic_arn`](CreateTopicResponse::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateTopicResponse {
        CreateTopicResponse {
            topic_arn: self.topic_arn,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteTopicInput {
    /// The ARN of the topic you want to delete.
    pub topic_arn: rt::String,
}
impl DeleteTopicInput {
    /// A builder for this structure.
    pub fn builder() -> DeleteTopicInputBuilder {
        DeleteTopicInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteTopicInput {
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> &str {
        &self.topic_arn
    }
}
/// Builds a [`DeleteTopicInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteTopicInputBuilder {
    /// [`DeleteTopicInput::topic_arn`](DeleteTopicInput::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl DeleteTopicInputBuilder {
    /// Sets [`DeleteTopicInput::topic_arn`](DeleteTopicInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteTopicInput::topic_arn`](DeleteTopicInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteTopicInput, rt::BuildError> {
        Ok(DeleteTopicInput {
            topic_arn: self.topic_arn.ok_or(rt::BuildError {
                shape: "DeleteTopicInput",
                member: "TopicArn",
            })?,
        })
    }
}
/// The (empty) output of `DeleteTopic`.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteTopicOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteTopicOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteTopicOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteTopicOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteTopicOutputBuilder {
        DeleteTopicOutputBuilder::default()
    }
}
/// Builds a [`DeleteTopicOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteTopicOutputBuilder {}
impl DeleteTopicOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteTopicOutput {
        DeleteTopicOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Input for GetTopicAttributes action.
#[derive(Clone, Debug, PartialEq)]
pub struct GetTopicAttributesInput {
    /// The ARN of the topic whose properties you want to get.
    pub topic_arn: rt::String,
}
impl GetTopicAttributesInput {
    /// A builder for this structure.
    pub fn builder() -> GetTopicAttributesInputBuilder {
        GetTopicAttributesInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetTopicAttributesInput {
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> &str {
        &self.topic_arn
    }
}
/// Builds a [`GetTopicAttributesInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetTopicAttributesInputBuilder {
    /// [`GetTopicAttributesInput::topic_arn`](GetTopicAttributesInput::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl GetTopicAttributesInputBuilder {
    /// Sets [`GetTopicAttributesInput::topic_arn`](GetTopicAttributesInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`GetTopicAttributesInput::topic_arn`](GetTopicAttributesInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetTopicAttributesInput, rt::BuildError> {
        Ok(GetTopicAttributesInput {
            topic_arn: self.topic_arn.ok_or(rt::BuildError {
                shape: "GetTopicAttributesInput",
                member: "TopicArn",
            })?,
        })
    }
}
/// Response for GetTopicAttributes action.
#[derive(Clone, Debug, PartialEq)]
pub struct GetTopicAttributesResponse {
    /// A map of the topic's attributes. Attributes in this map include the following:
    ///
    /// - `DeliveryPolicy` – The JSON serialization of the topic's delivery policy.
    /// - `DisplayName` – The human-readable name used in the `From` field for notifications to `email` and `email-json` endpoints.
    /// - `EffectiveDeliveryPolicy` – The JSON serialization of the effective delivery policy, taking system defaults into account.
    /// - `Owner` – The Amazon Web Services account ID of the topic's owner.
    /// - `Policy` – The JSON serialization of the topic's access control policy.
    /// - `SignatureVersion` – The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS.
    /// - By default, `SignatureVersion` is set to **1**. The signature is a Base64-encoded **SHA1withRSA** signature.
    /// - When you set `SignatureVersion` to **2**. Amazon SNS uses a Base64-encoded **SHA256withRSA** signature. **Note:** If the API response does not include the `SignatureVersion` attribute, it means that the `SignatureVersion` for the topic has value **1**.
    /// - `SubscriptionsConfirmed` – The number of confirmed subscriptions for the topic.
    /// - `SubscriptionsDeleted` – The number of deleted subscriptions for the topic.
    /// - `SubscriptionsPending` – The number of subscriptions pending confirmation for the topic.
    /// - `TopicArn` – The topic's ARN.
    /// - `TracingConfig` – Tracing mode of an Amazon SNS topic. By default `TracingConfig` is set to `PassThrough`, and the topic passes through the tracing header it receives from an Amazon SNS publisher to its subscriptions. If set to `Active`, Amazon SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true. This is only supported on standard topics.
    ///
    /// The following attribute applies only to [server-side-encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` - The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SNS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms). For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// The following attributes apply only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ArchivePolicy` – The policy that sets the retention period for messages stored in the message archive of an Amazon SNS FIFO topic.
    /// - `BeginningArchiveTime` – The earliest starting point at which a message in the topic’s archive can be replayed from. This point in time is based on the configured message retention period set by the topic’s message archiving policy.
    /// - `ContentBasedDeduplication` – Enables content-based deduplication for FIFO topics.
    /// - By default, `ContentBasedDeduplication` is set to `false`. If you create a FIFO topic and this attribute is `false`, you must specify a value for the `MessageDeduplicationId` parameter for the [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) action.
    /// - When you set `ContentBasedDeduplication` to `true`, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message). (Optional) To override the generated value, you can specify a value for the `MessageDeduplicationId` parameter for the `Publish` action.
    /// - `FifoTopic` – When this is set to `true`, a FIFO topic is created.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetTopicAttributesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetTopicAttributesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetTopicAttributesResponse {
    /// A builder for this structure.
    pub fn builder() -> GetTopicAttributesResponseBuilder {
        GetTopicAttributesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetTopicAttributesResponse {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.attributes.as_ref()
    }
}
/// Builds a [`GetTopicAttributesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetTopicAttributesResponseBuilder {
    /// [`GetTopicAttributesResponse::attributes`](GetTopicAttributesResponse::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl GetTopicAttributesResponseBuilder {
    /// Inserts one entry into [`GetTopicAttributesResponse::attributes`](GetTopicAttributesResponse::attributes).
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
    /// Sets or clears [`GetTopicAttributesResponse::attributes`](GetTopicAttributesResponse::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetTopicAttributesResponse {
        GetTopicAttributesResponse {
            attributes: self.attributes,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Input for ListSubscriptionsByTopic action.
#[derive(Clone, Debug, PartialEq)]
pub struct ListSubscriptionsByTopicInput {
    /// Token returned by the previous `ListSubscriptionsByTopic` request.
    pub next_token: rt::Option<rt::String>,
    /// The ARN of the topic for which you wish to find subscriptions.
    pub topic_arn: rt::String,
}
impl ListSubscriptionsByTopicInput {
    /// A builder for this structure.
    pub fn builder() -> ListSubscriptionsByTopicInputBuilder {
        ListSubscriptionsByTopicInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListSubscriptionsByTopicInput {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> &str {
        &self.topic_arn
    }
}
/// Builds a [`ListSubscriptionsByTopicInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListSubscriptionsByTopicInputBuilder {
    /// [`ListSubscriptionsByTopicInput::next_token`](ListSubscriptionsByTopicInput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListSubscriptionsByTopicInput::topic_arn`](ListSubscriptionsByTopicInput::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl ListSubscriptionsByTopicInputBuilder {
    /// Sets [`ListSubscriptionsByTopicInput::next_token`](ListSubscriptionsByTopicInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListSubscriptionsByTopicInput::next_token`](ListSubscriptionsByTopicInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`ListSubscriptionsByTopicInput::topic_arn`](ListSubscriptionsByTopicInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ListSubscriptionsByTopicInput::topic_arn`](ListSubscriptionsByTopicInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListSubscriptionsByTopicInput, rt::BuildError> {
        Ok(ListSubscriptionsByTopicInput {
            next_token: self.next_token,
            topic_arn: self.topic_arn.ok_or(rt::BuildError {
                shape: "ListSubscriptionsByTopicInput",
                member: "TopicArn",
            })?,
        })
    }
}
/// Response for ListSubscriptionsByTopic action.
#[derive(Clone, Debug, PartialEq)]
pub struct ListSubscriptionsByTopicResponse {
    /// Token to pass along to the next `ListSubscriptionsByTopic` request. This element is returned if there are more subscriptions to retrieve.
    pub next_token: rt::Option<rt::String>,
    /// A list of subscriptions.
    pub subscriptions: rt::Option<rt::Vec<Subscription>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListSubscriptionsByTopicResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListSubscriptionsByTopicResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListSubscriptionsByTopicResponse {
    /// A builder for this structure.
    pub fn builder() -> ListSubscriptionsByTopicResponseBuilder {
        ListSubscriptionsByTopicResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListSubscriptionsByTopicResponse {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`subscriptions`](Self::subscriptions), empty when unset.
    pub fn subscriptions(&self) -> &[Subscription] {
        self.subscriptions.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ListSubscriptionsByTopicResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListSubscriptionsByTopicResponseBuilder {
    /// [`ListSubscriptionsByTopicResponse::next_token`](ListSubscriptionsByTopicResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListSubscriptionsByTopicResponse::subscriptions`](ListSubscriptionsByTopicResponse::subscriptions), if set.
    pub subscriptions: rt::Option<rt::Vec<Subscription>>,
}
impl ListSubscriptionsByTopicResponseBuilder {
    /// Sets [`ListSubscriptionsByTopicResponse::next_token`](ListSubscriptionsByTopicResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListSubscriptionsByTopicResponse::next_token`](ListSubscriptionsByTopicResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Appends one element to [`ListSubscriptionsByTopicResponse::subscriptions`](ListSubscriptionsByTopicResponse::subscriptions).
    pub fn subscriptions(mut self, value: impl rt::Into<Subscription>) -> Self {
        self.subscriptions
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListSubscriptionsByTopicResponse::subscriptions`](ListSubscriptionsByTopicResponse::subscriptions).
    pub fn set_subscriptions(mut self, value: rt::Option<rt::Vec<Subscription>>) -> Self {
        self.subscriptions = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListSubscriptionsByTopicResponse {
        ListSubscriptionsByTopicResponse {
            next_token: self.next_token,
            subscriptions: self.subscriptions,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListTopicsInput {
    /// Token returned by the previous `ListTopics` request.
    pub next_token: rt::Option<rt::String>,
}
impl ListTopicsInput {
    /// A builder for this structure.
    pub fn builder() -> ListTopicsInputBuilder {
        ListTopicsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListTopicsInput {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListTopicsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListTopicsInputBuilder {
    /// [`ListTopicsInput::next_token`](ListTopicsInput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListTopicsInputBuilder {
    /// Sets [`ListTopicsInput::next_token`](ListTopicsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListTopicsInput::next_token`](ListTopicsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListTopicsInput {
        ListTopicsInput {
            next_token: self.next_token,
        }
    }
}
/// Response for ListTopics action.
#[derive(Clone, Debug, PartialEq)]
pub struct ListTopicsResponse {
    /// Token to pass along to the next `ListTopics` request. This element is returned if there are additional topics to retrieve.
    pub next_token: rt::Option<rt::String>,
    /// A list of topic ARNs.
    pub topics: rt::Option<rt::Vec<Topic>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListTopicsResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListTopicsResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListTopicsResponse {
    /// A builder for this structure.
    pub fn builder() -> ListTopicsResponseBuilder {
        ListTopicsResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListTopicsResponse {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`topics`](Self::topics), empty when unset.
    pub fn topics(&self) -> &[Topic] {
        self.topics.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ListTopicsResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListTopicsResponseBuilder {
    /// [`ListTopicsResponse::next_token`](ListTopicsResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListTopicsResponse::topics`](ListTopicsResponse::topics), if set.
    pub topics: rt::Option<rt::Vec<Topic>>,
}
impl ListTopicsResponseBuilder {
    /// Sets [`ListTopicsResponse::next_token`](ListTopicsResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListTopicsResponse::next_token`](ListTopicsResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Appends one element to [`ListTopicsResponse::topics`](ListTopicsResponse::topics).
    pub fn topics(mut self, value: impl rt::Into<Topic>) -> Self {
        self.topics
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListTopicsResponse::topics`](ListTopicsResponse::topics).
    pub fn set_topics(mut self, value: rt::Option<rt::Vec<Topic>>) -> Self {
        self.topics = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListTopicsResponse {
        ListTopicsResponse {
            next_token: self.next_token,
            topics: self.topics,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// The user-specified message attribute value. For string data types, the value attribute has the same restrictions on the content as the message body. For more information, see [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html).
///
/// Name, type, and value must not be empty or null. In addition, the message body should not be empty or null. All parts of the message attribute, including name, type, and value, are included in the message size restriction, which is currently 256 KB (262,144 bytes). For more information, see [Amazon SNS message attributes](https://docs.aws.amazon.com/sns/latest/dg/SNSMessageAttributes.html) and [Publishing to a mobile phone](https://docs.aws.amazon.com/sns/latest/dg/sms_publish-to-phone.html) in the *Amazon SNS Developer Guide.*
#[derive(Clone, Debug, PartialEq)]
pub struct MessageAttributeValue {
    /// Binary type attributes can store any binary data, for example, compressed data, encrypted data, or images.
    pub binary_value: rt::Option<rt::Blob>,
    /// Amazon SNS supports the following logical data types: String, String.Array, Number, and Binary. For more information, see [Message Attribute Data Types](https://docs.aws.amazon.com/sns/latest/dg/SNSMessageAttributes.html#SNSMessageAttributes.DataTypes).
    pub data_type: rt::String,
    /// Strings are Unicode with UTF8 binary encoding. For a list of code values, see [ASCII Printable Characters](https://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
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
    /// [`binary_value`](Self::binary_value).
    pub fn binary_value(&self) -> rt::Option<&rt::Blob> {
        self.binary_value.as_ref()
    }
    /// [`data_type`](Self::data_type).
    pub fn data_type(&self) -> &str {
        &self.data_type
    }
    /// [`string_value`](Self::string_value).
    pub fn string_value(&self) -> rt::Option<&str> {
        self.string_value.as_deref()
    }
}
/// Builds a [`MessageAttributeValue`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageAttributeValueBuilder {
    /// [`MessageAttributeValue::binary_value`](MessageAttributeValue::binary_value), if set.
    pub binary_value: rt::Option<rt::Blob>,
    /// [`MessageAttributeValue::data_type`](MessageAttributeValue::data_type), if set.
    pub data_type: rt::Option<rt::String>,
    /// [`MessageAttributeValue::string_value`](MessageAttributeValue::string_value), if set.
    pub string_value: rt::Option<rt::String>,
}
impl MessageAttributeValueBuilder {
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
            binary_value: self.binary_value,
            data_type: self.data_type.ok_or(rt::BuildError {
                shape: "MessageAttributeValue",
                member: "DataType",
            })?,
            string_value: self.string_value,
        })
    }
}
/// Input for Publish action.
#[derive(Clone, PartialEq)]
pub struct PublishInput {
    /// The message you want to send.
    ///
    /// If you are publishing to a topic and you want to send the same message to all transport protocols, include the text of the message as a String value. If you want to send different messages for each transport protocol, set the value of the `MessageStructure` parameter to `json` and use a JSON object for the `Message` parameter.
    ///
    /// Constraints:
    ///
    /// - With the exception of SMS, messages must be UTF-8 encoded strings and at most 256 KB in size (262,144 bytes, not 262,144 characters).
    /// - For SMS, each message can contain up to 140 characters. This character limit depends on the encoding schema. For example, an SMS message can contain 160 GSM characters, 140 ASCII characters, or 70 UCS-2 characters. If you publish a message that exceeds this size limit, Amazon SNS sends the message as multiple messages, each fitting within the size limit. Messages aren't truncated mid-word but are cut off at whole-word boundaries. The total size limit for a single SMS `Publish` action is 1,600 characters.
    ///
    /// JSON-specific constraints:
    ///
    /// - Keys in the JSON object that correspond to supported transport protocols must have simple JSON string values.
    /// - The values will be parsed (unescaped) before they are used in outgoing messages.
    /// - Outbound notifications are JSON encoded (meaning that the characters will be reescaped for sending).
    /// - Values have a minimum length of 0 (the empty string, "", is allowed).
    /// - Values have a maximum length bounded by the overall message size (so, including multiple protocols may limit message sizes).
    /// - Non-string values will cause the key to be ignored.
    /// - Keys that do not correspond to supported transport protocols are ignored.
    /// - Duplicate keys are not allowed.
    /// - Failure to parse or validate any key or value in the message will cause the `Publish` call to return an error (no partial delivery).
    pub message: rt::String,
    /// Message attributes for Publish action.
    pub message_attributes: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    /// - This parameter applies only to FIFO (first-in-first-out) topics. The `MessageDeduplicationId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~)`.
    /// - Every message must have a unique `MessageDeduplicationId`, which is a token used for deduplication of sent messages within the 5 minute minimum deduplication interval.
    /// - The scope of deduplication depends on the `FifoThroughputScope` attribute, when set to `Topic` the message deduplication scope is across the entire topic, when set to `MessageGroup` the message deduplication scope is within each individual message group.
    /// - If a message with a particular `MessageDeduplicationId` is sent successfully, subsequent messages within the deduplication scope and interval, with the same `MessageDeduplicationId`, are accepted successfully but aren't delivered.
    /// - Every message must have a unique `MessageDeduplicationId`:
    /// - You may provide a `MessageDeduplicationId` explicitly.
    /// - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your topic, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    /// - If you don't provide a `MessageDeduplicationId` and the topic doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    /// - If the topic has a `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication scope and interval are treated as duplicates and only one copy of the message is delivered.
    /// - If you send one message with `ContentBasedDeduplication` enabled, and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates, within the deduplication scope and interval, and only one copy of the message is delivered.
    pub message_deduplication_id: rt::Option<rt::String>,
    /// This parameter applies only to FIFO (first-in-first-out) topics. The `MessageGroupId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~)`.
    ///
    /// The `MessageGroupId` is a tag that specifies that a message belongs to a specific message group. Messages that belong to the same message group are processed in a FIFO manner (however, messages in different message groups might be processed out of order). Every message must include a `MessageGroupId`.
    pub message_group_id: rt::Option<rt::String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each protocol. For example, using one publish action, you can send a short message to your SMS subscribers and a longer message to your email subscribers. If you set `MessageStructure` to `json`, the value of the `Message` parameter must:
    ///
    /// - be a syntactically valid JSON object; and
    /// - contain at least a top-level JSON key of "default" with a value that is a string.
    ///
    /// You can define other top-level keys that define the message you want to send to a specific transport protocol (e.g., "http").
    ///
    /// Valid value: `json`
    pub message_structure: rt::Option<rt::String>,
    /// The phone number to which you want to deliver an SMS message. Use E.164 format.
    ///
    /// If you don't specify a value for the `PhoneNumber` parameter, you must specify a value for the `TargetArn` or `TopicArn` parameters.
    pub phone_number: rt::Option<rt::String>,
    /// Optional parameter to be used as the "Subject" line when the message is delivered to email endpoints. This field will also be included, if present, in the standard JSON messages delivered to other endpoints.
    ///
    /// Constraints: Subjects must be UTF-8 text with no line breaks or control characters, and less than 100 characters long.
    pub subject: rt::Option<rt::String>,
    /// If you don't specify a value for the `TargetArn` parameter, you must specify a value for the `PhoneNumber` or `TopicArn` parameters.
    pub target_arn: rt::Option<rt::String>,
    /// The topic you want to publish to.
    ///
    /// If you don't specify a value for the `TopicArn` parameter, you must specify a value for the `PhoneNumber` or `TargetArn` parameters.
    pub topic_arn: rt::Option<rt::String>,
}
impl PublishInput {
    /// A builder for this structure.
    pub fn builder() -> PublishInputBuilder {
        PublishInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PublishInput {
    /// [`message`](Self::message).
    pub fn message(&self) -> &str {
        &self.message
    }
    /// [`message_attributes`](Self::message_attributes).
    pub fn message_attributes(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, MessageAttributeValue>> {
        self.message_attributes.as_ref()
    }
    /// [`message_deduplication_id`](Self::message_deduplication_id).
    pub fn message_deduplication_id(&self) -> rt::Option<&str> {
        self.message_deduplication_id.as_deref()
    }
    /// [`message_group_id`](Self::message_group_id).
    pub fn message_group_id(&self) -> rt::Option<&str> {
        self.message_group_id.as_deref()
    }
    /// [`message_structure`](Self::message_structure).
    pub fn message_structure(&self) -> rt::Option<&str> {
        self.message_structure.as_deref()
    }
    /// [`phone_number`](Self::phone_number).
    pub fn phone_number(&self) -> rt::Option<&str> {
        self.phone_number.as_deref()
    }
    /// [`subject`](Self::subject).
    pub fn subject(&self) -> rt::Option<&str> {
        self.subject.as_deref()
    }
    /// [`target_arn`](Self::target_arn).
    pub fn target_arn(&self) -> rt::Option<&str> {
        self.target_arn.as_deref()
    }
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> rt::Option<&str> {
        self.topic_arn.as_deref()
    }
}
/// Builds a [`PublishInput`].
#[derive(Clone, Default, PartialEq)]
pub struct PublishInputBuilder {
    /// [`PublishInput::message`](PublishInput::message), if set.
    pub message: rt::Option<rt::String>,
    /// [`PublishInput::message_attributes`](PublishInput::message_attributes), if set.
    pub message_attributes: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    /// [`PublishInput::message_deduplication_id`](PublishInput::message_deduplication_id), if set.
    pub message_deduplication_id: rt::Option<rt::String>,
    /// [`PublishInput::message_group_id`](PublishInput::message_group_id), if set.
    pub message_group_id: rt::Option<rt::String>,
    /// [`PublishInput::message_structure`](PublishInput::message_structure), if set.
    pub message_structure: rt::Option<rt::String>,
    /// [`PublishInput::phone_number`](PublishInput::phone_number), if set.
    pub phone_number: rt::Option<rt::String>,
    /// [`PublishInput::subject`](PublishInput::subject), if set.
    pub subject: rt::Option<rt::String>,
    /// [`PublishInput::target_arn`](PublishInput::target_arn), if set.
    pub target_arn: rt::Option<rt::String>,
    /// [`PublishInput::topic_arn`](PublishInput::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl PublishInputBuilder {
    /// Sets [`PublishInput::message`](PublishInput::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::message`](PublishInput::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// Inserts one entry into [`PublishInput::message_attributes`](PublishInput::message_attributes).
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
    /// Sets or clears [`PublishInput::message_attributes`](PublishInput::message_attributes).
    pub fn set_message_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    ) -> Self {
        self.message_attributes = value;
        self
    }
    /// Sets [`PublishInput::message_deduplication_id`](PublishInput::message_deduplication_id).
    pub fn message_deduplication_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_deduplication_id = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::message_deduplication_id`](PublishInput::message_deduplication_id).
    pub fn set_message_deduplication_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_deduplication_id = value;
        self
    }
    /// Sets [`PublishInput::message_group_id`](PublishInput::message_group_id).
    pub fn message_group_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_group_id = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::message_group_id`](PublishInput::message_group_id).
    pub fn set_message_group_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_group_id = value;
        self
    }
    /// Sets [`PublishInput::message_structure`](PublishInput::message_structure).
    pub fn message_structure(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_structure = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::message_structure`](PublishInput::message_structure).
    pub fn set_message_structure(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_structure = value;
        self
    }
    /// Sets [`PublishInput::phone_number`](PublishInput::phone_number).
    pub fn phone_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::phone_number`](PublishInput::phone_number).
    pub fn set_phone_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.phone_number = value;
        self
    }
    /// Sets [`PublishInput::subject`](PublishInput::subject).
    pub fn subject(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.subject = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::subject`](PublishInput::subject).
    pub fn set_subject(mut self, value: rt::Option<rt::String>) -> Self {
        self.subject = value;
        self
    }
    /// Sets [`PublishInput::target_arn`](PublishInput::target_arn).
    pub fn target_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.target_arn = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::target_arn`](PublishInput::target_arn).
    pub fn set_target_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.target_arn = value;
        self
    }
    /// Sets [`PublishInput::topic_arn`](PublishInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::topic_arn`](PublishInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PublishInput, rt::BuildError> {
        Ok(PublishInput {
            message: self.message.ok_or(rt::BuildError {
                shape: "PublishInput",
                member: "Message",
            })?,
            message_attributes: self.message_attributes,
            message_deduplication_id: self.message_deduplication_id,
            message_group_id: self.message_group_id,
            message_structure: self.message_structure,
            phone_number: self.phone_number,
            subject: self.subject,
            target_arn: self.target_arn,
            topic_arn: self.topic_arn,
        })
    }
}
impl ::std::fmt::Debug for PublishInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishInput")
            .field("Message", &self.message)
            .field("MessageAttributes", &self.message_attributes)
            .field("MessageDeduplicationId", &self.message_deduplication_id)
            .field("MessageGroupId", &self.message_group_id)
            .field("MessageStructure", &self.message_structure)
            .field("PhoneNumber", &"*** Sensitive Data Redacted ***")
            .field("Subject", &self.subject)
            .field("TargetArn", &self.target_arn)
            .field("TopicArn", &self.topic_arn)
            .finish()
    }
}
impl ::std::fmt::Debug for PublishInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishInputBuilder")
            .field("Message", &self.message)
            .field("MessageAttributes", &self.message_attributes)
            .field("MessageDeduplicationId", &self.message_deduplication_id)
            .field("MessageGroupId", &self.message_group_id)
            .field("MessageStructure", &self.message_structure)
            .field("PhoneNumber", &"*** Sensitive Data Redacted ***")
            .field("Subject", &self.subject)
            .field("TargetArn", &self.target_arn)
            .field("TopicArn", &self.topic_arn)
            .finish()
    }
}
/// Response for Publish action.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishResponse {
    /// Unique identifier assigned to the published message.
    ///
    /// Length Constraint: Maximum 100 characters
    pub message_id: rt::Option<rt::String>,
    /// This response element applies only to FIFO (first-in-first-out) topics.
    ///
    /// The sequence number is a large, non-consecutive number that Amazon SNS assigns to each message. The length of `SequenceNumber` is 128 bits. `SequenceNumber` continues to increase for each `MessageGroupId`.
    pub sequence_number: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PublishResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PublishResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PublishResponse {
    /// A builder for this structure.
    pub fn builder() -> PublishResponseBuilder {
        PublishResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PublishResponse {
    /// [`message_id`](Self::message_id).
    pub fn message_id(&self) -> rt::Option<&str> {
        self.message_id.as_deref()
    }
    /// [`sequence_number`](Self::sequence_number).
    pub fn sequence_number(&self) -> rt::Option<&str> {
        self.sequence_number.as_deref()
    }
}
/// Builds a [`PublishResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PublishResponseBuilder {
    /// [`PublishResponse::message_id`](PublishResponse::message_id), if set.
    pub message_id: rt::Option<rt::String>,
    /// [`PublishResponse::sequence_number`](PublishResponse::sequence_number), if set.
    pub sequence_number: rt::Option<rt::String>,
}
impl PublishResponseBuilder {
    /// Sets [`PublishResponse::message_id`](PublishResponse::message_id).
    pub fn message_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
    /// Sets or clears [`PublishResponse::message_id`](PublishResponse::message_id).
    pub fn set_message_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.message_id = value;
        self
    }
    /// Sets [`PublishResponse::sequence_number`](PublishResponse::sequence_number).
    pub fn sequence_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.sequence_number = Some(value.into());
        self
    }
    /// Sets or clears [`PublishResponse::sequence_number`](PublishResponse::sequence_number).
    pub fn set_sequence_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.sequence_number = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PublishResponse {
        PublishResponse {
            message_id: self.message_id,
            sequence_number: self.sequence_number,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Input for SetTopicAttributes action.
#[derive(Clone, Debug, PartialEq)]
pub struct SetTopicAttributesInput {
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `SetTopicAttributes` action uses:
    ///
    /// - `ApplicationSuccessFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to a platform application endpoint.
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    /// - `DisplayName` – The display name to use for a topic with SMS subscriptions.
    /// - `Policy` – The policy that defines who can access your topic. By default, only the topic owner can publish or subscribe to the topic.
    /// - `TracingConfig` – Tracing mode of an Amazon SNS topic. By default `TracingConfig` is set to `PassThrough`, and the topic passes through the tracing header it receives from an Amazon SNS publisher to its subscriptions. If set to `Active`, Amazon SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true. This is only supported on standard topics.
    /// - HTTP
    /// - `HTTPSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    /// - `HTTPSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    /// - `HTTPFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    /// - Amazon Kinesis Data Firehose
    /// - `FirehoseSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon Kinesis Data Firehose endpoint.
    /// - `FirehoseSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon Kinesis Data Firehose endpoint.
    /// - `FirehoseFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon Kinesis Data Firehose endpoint.
    /// - Lambda
    /// - `LambdaSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    /// - `LambdaSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    /// - `LambdaFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    /// - Platform application endpoint
    /// - `ApplicationSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon Web Services application endpoint.
    /// - `ApplicationSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon Web Services application endpoint.
    /// - `ApplicationFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon Web Services application endpoint.
    ///
    /// **Note:** In addition to being able to configure topic attributes for message delivery status of notification messages sent to Amazon SNS application endpoints, you can also configure application attributes for the delivery status of push notification messages sent to push notification services. For example, For more information, see [Using Amazon SNS Application Attributes for Message Delivery Status](https://docs.aws.amazon.com/sns/latest/dg/sns-msg-status.html).
    /// - Amazon SQS
    /// - `SQSSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    /// - `SQSSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    /// - `SQSFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    /// **Note:** The SuccessFeedbackRoleArn and FailureFeedbackRoleArn attributes are used to give Amazon SNS write access to use CloudWatch Logs on your behalf. The SuccessFeedbackSampleRate attribute is for specifying the sample rate percentage (0-100) of successfully delivered messages. After you configure the FailureFeedbackRoleArn attribute, then all failed message deliveries generate CloudWatch Logs.
    ///
    /// The following attribute applies only to [server-side-encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SNS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms). For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    /// - `SignatureVersion` – The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS. By default, `SignatureVersion` is set to `1`.
    ///
    /// The following attribute applies only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ArchivePolicy` – The policy that sets the retention period for messages stored in the message archive of an Amazon SNS FIFO topic.
    /// - `ContentBasedDeduplication` – Enables content-based deduplication for FIFO topics.
    /// - By default, `ContentBasedDeduplication` is set to `false`. If you create a FIFO topic and this attribute is `false`, you must specify a value for the `MessageDeduplicationId` parameter for the [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) action.
    /// - When you set `ContentBasedDeduplication` to `true`, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message). (Optional) To override the generated value, you can specify a value for the `MessageDeduplicationId` parameter for the `Publish` action.
    ///
    /// - `FifoThroughputScope` – Enables higher throughput for your FIFO topic by adjusting the scope of deduplication. This attribute has two possible values:
    /// - `Topic` – The scope of message deduplication is across the entire topic. This is the default value and maintains existing behavior, with a maximum throughput of 3000 messages per second or 20MB per second, whichever comes first.
    /// - `MessageGroup` – The scope of deduplication is within each individual message group, which enables higher throughput per topic subject to regional quotas. For more information on quotas or to request an increase, see [Amazon SNS service quotas](https://docs.aws.amazon.com/general/latest/gr/sns.html) in the Amazon Web Services General Reference.
    pub attribute_name: rt::String,
    /// The new value for the attribute.
    pub attribute_value: rt::Option<rt::String>,
    /// The ARN of the topic to modify.
    pub topic_arn: rt::String,
}
impl SetTopicAttributesInput {
    /// A builder for this structure.
    pub fn builder() -> SetTopicAttributesInputBuilder {
        SetTopicAttributesInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SetTopicAttributesInput {
    /// [`attribute_name`](Self::attribute_name).
    pub fn attribute_name(&self) -> &str {
        &self.attribute_name
    }
    /// [`attribute_value`](Self::attribute_value).
    pub fn attribute_value(&self) -> rt::Option<&str> {
        self.attribute_value.as_deref()
    }
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> &str {
        &self.topic_arn
    }
}
/// Builds a [`SetTopicAttributesInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetTopicAttributesInputBuilder {
    /// [`SetTopicAttributesInput::attribute_name`](SetTopicAttributesInput::attribute_name), if set.
    pub attribute_name: rt::Option<rt::String>,
    /// [`SetTopicAttributesInput::attribute_value`](SetTopicAttributesInput::attribute_value), if set.
    pub attribute_value: rt::Option<rt::String>,
    /// [`SetTopicAttributesInput::topic_arn`](SetTopicAttributesInput::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl SetTopicAttributesInputBuilder {
    /// Sets [`SetTopicAttributesInput::attribute_name`](SetTopicAttributesInput::attribute_name).
    pub fn attribute_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets or clears [`SetTopicAttributesInput::attribute_name`](SetTopicAttributesInput::attribute_name).
    pub fn set_attribute_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.attribute_name = value;
        self
    }
    /// Sets [`SetTopicAttributesInput::attribute_value`](SetTopicAttributesInput::attribute_value).
    pub fn attribute_value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.attribute_value = Some(value.into());
        self
    }
    /// Sets or clears [`SetTopicAttributesInput::attribute_value`](SetTopicAttributesInput::attribute_value).
    pub fn set_attribute_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.attribute_value = value;
        self
    }
    /// Sets [`SetTopicAttributesInput::topic_arn`](SetTopicAttributesInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SetTopicAttributesInput::topic_arn`](SetTopicAttributesInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SetTopicAttributesInput, rt::BuildError> {
        Ok(SetTopicAttributesInput {
            attribute_name: self.attribute_name.ok_or(rt::BuildError {
                shape: "SetTopicAttributesInput",
                member: "AttributeName",
            })?,
            attribute_value: self.attribute_value,
            topic_arn: self.topic_arn.ok_or(rt::BuildError {
                shape: "SetTopicAttributesInput",
                member: "TopicArn",
            })?,
        })
    }
}
/// The (empty) output of `SetTopicAttributes`.
#[derive(Clone, Debug, PartialEq)]
pub struct SetTopicAttributesOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SetTopicAttributesOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SetTopicAttributesOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SetTopicAttributesOutput {
    /// A builder for this structure.
    pub fn builder() -> SetTopicAttributesOutputBuilder {
        SetTopicAttributesOutputBuilder::default()
    }
}
/// Builds a [`SetTopicAttributesOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetTopicAttributesOutputBuilder {}
impl SetTopicAttributesOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> SetTopicAttributesOutput {
        SetTopicAttributesOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Input for Subscribe action.
#[derive(Clone, Debug, PartialEq)]
pub struct SubscribeInput {
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `Subscribe` action uses:
    ///
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    /// - `FilterPolicy` – The simple JSON object that lets your subscriber receive only a subset of messages, rather than receiving every message published to the topic.
    /// - `FilterPolicyScope` – This attribute lets you choose the filtering scope by using one of the following string value types:
    /// - `MessageAttributes` (default) – The filter is applied on the message attributes.
    /// - `MessageBody` – The filter is applied on the message body.
    /// - `RawMessageDelivery` – When set to `true`, enables raw message delivery to Amazon SQS or HTTP/S endpoints. This eliminates the need for the endpoints to process JSON formatting, which is otherwise created for Amazon SNS metadata.
    /// - `RedrivePolicy` – When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue. Messages that can't be delivered due to client errors (for example, when the subscribed endpoint is unreachable) or server errors (for example, when the service that powers the subscribed endpoint becomes unavailable) are held in the dead-letter queue for further analysis or reprocessing.
    ///
    /// The following attribute applies only to Amazon Data Firehose delivery stream subscriptions:
    ///
    /// - `SubscriptionRoleArn` – The ARN of the IAM role that has the following:
    /// - Permission to write to the Firehose delivery stream
    /// - Amazon SNS listed as a trusted entity
    ///
    /// Specifying a valid ARN for this attribute is required for Firehose delivery stream subscriptions. For more information, see [Fanout to Firehose delivery streams](https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html) in the *Amazon SNS Developer Guide*.
    ///
    /// The following attributes apply only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ReplayPolicy` – Adds or updates an inline policy document for a subscription to replay messages stored in the specified Amazon SNS topic.
    /// - `ReplayStatus` – Retrieves the status of the subscription message replay, which can be one of the following:
    /// - `Completed` – The replay has successfully redelivered all messages, and is now delivering newly published messages. If an ending point was specified in the `ReplayPolicy` then the subscription will no longer receive newly published messages.
    /// - `In progress` – The replay is currently replaying the selected messages.
    /// - `Failed` – The replay was unable to complete.
    /// - `Pending` – The default state while the replay initiates.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// The endpoint that you want to receive notifications. Endpoints vary by protocol:
    ///
    /// - For the `http` protocol, the (public) endpoint is a URL beginning with `http://`.
    /// - For the `https` protocol, the (public) endpoint is a URL beginning with `https://`.
    /// - For the `email` protocol, the endpoint is an email address.
    /// - For the `email-json` protocol, the endpoint is an email address.
    /// - For the `sms` protocol, the endpoint is a phone number of an SMS-enabled device.
    /// - For the `sqs` protocol, the endpoint is the ARN of an Amazon SQS queue.
    /// - For the `application` protocol, the endpoint is the EndpointArn of a mobile app and device.
    /// - For the `lambda` protocol, the endpoint is the ARN of an Lambda function.
    /// - For the `firehose` protocol, the endpoint is the ARN of an Amazon Kinesis Data Firehose delivery stream.
    pub endpoint: rt::Option<rt::String>,
    /// The protocol that you want to use. Supported protocols include:
    ///
    /// - `http` – delivery of JSON-encoded message via HTTP POST
    /// - `https` – delivery of JSON-encoded message via HTTPS POST
    /// - `email` – delivery of message via SMTP
    /// - `email-json` – delivery of JSON-encoded message via SMTP
    /// - `sms` – delivery of message via SMS
    /// - `sqs` – delivery of JSON-encoded message to an Amazon SQS queue
    /// - `application` – delivery of JSON-encoded message to an EndpointArn for a mobile app and device
    /// - `lambda` – delivery of JSON-encoded message to an Lambda function
    /// - `firehose` – delivery of JSON-encoded message to an Amazon Kinesis Data Firehose delivery stream.
    pub protocol: rt::String,
    /// Sets whether the response from the `Subscribe` request includes the subscription ARN, even if the subscription is not yet confirmed.
    ///
    /// If you set this parameter to `true`, the response includes the ARN in all cases, even if the subscription is not yet confirmed. In addition to the ARN for confirmed subscriptions, the response also includes the `pending subscription` ARN value for subscriptions that aren't yet confirmed. A subscription becomes confirmed when the subscriber calls the `ConfirmSubscription` action with a confirmation token.
    ///
    /// The default value is `false`.
    pub return_subscription_arn: bool,
    /// The ARN of the topic you want to subscribe to.
    pub topic_arn: rt::String,
}
impl SubscribeInput {
    /// A builder for this structure.
    pub fn builder() -> SubscribeInputBuilder {
        SubscribeInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SubscribeInput {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.attributes.as_ref()
    }
    /// [`endpoint`](Self::endpoint).
    pub fn endpoint(&self) -> rt::Option<&str> {
        self.endpoint.as_deref()
    }
    /// [`protocol`](Self::protocol).
    pub fn protocol(&self) -> &str {
        &self.protocol
    }
    /// [`return_subscription_arn`](Self::return_subscription_arn).
    pub fn return_subscription_arn(&self) -> bool {
        self.return_subscription_arn
    }
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> &str {
        &self.topic_arn
    }
}
/// Builds a [`SubscribeInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubscribeInputBuilder {
    /// [`SubscribeInput::attributes`](SubscribeInput::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`SubscribeInput::endpoint`](SubscribeInput::endpoint), if set.
    pub endpoint: rt::Option<rt::String>,
    /// [`SubscribeInput::protocol`](SubscribeInput::protocol), if set.
    pub protocol: rt::Option<rt::String>,
    /// [`SubscribeInput::return_subscription_arn`](SubscribeInput::return_subscription_arn), if set.
    pub return_subscription_arn: rt::Option<bool>,
    /// [`SubscribeInput::topic_arn`](SubscribeInput::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl SubscribeInputBuilder {
    /// Inserts one entry into [`SubscribeInput::attributes`](SubscribeInput::attributes).
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
    /// Sets or clears [`SubscribeInput::attributes`](SubscribeInput::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Sets [`SubscribeInput::endpoint`](SubscribeInput::endpoint).
    pub fn endpoint(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeInput::endpoint`](SubscribeInput::endpoint).
    pub fn set_endpoint(mut self, value: rt::Option<rt::String>) -> Self {
        self.endpoint = value;
        self
    }
    /// Sets [`SubscribeInput::protocol`](SubscribeInput::protocol).
    pub fn protocol(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.protocol = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeInput::protocol`](SubscribeInput::protocol).
    pub fn set_protocol(mut self, value: rt::Option<rt::String>) -> Self {
        self.protocol = value;
        self
    }
    /// Sets [`SubscribeInput::return_subscription_arn`](SubscribeInput::return_subscription_arn).
    pub fn return_subscription_arn(mut self, value: impl rt::Into<bool>) -> Self {
        self.return_subscription_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeInput::return_subscription_arn`](SubscribeInput::return_subscription_arn).
    pub fn set_return_subscription_arn(mut self, value: rt::Option<bool>) -> Self {
        self.return_subscription_arn = value;
        self
    }
    /// Sets [`SubscribeInput::topic_arn`](SubscribeInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeInput::topic_arn`](SubscribeInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SubscribeInput, rt::BuildError> {
        Ok(SubscribeInput {
            attributes: self.attributes,
            endpoint: self.endpoint,
            protocol: self.protocol.ok_or(rt::BuildError {
                shape: "SubscribeInput",
                member: "Protocol",
            })?,
            return_subscription_arn: self.return_subscription_arn.unwrap_or_default(),
            topic_arn: self.topic_arn.ok_or(rt::BuildError {
                shape: "SubscribeInput",
                member: "TopicArn",
            })?,
        })
    }
}
/// Response for Subscribe action.
#[derive(Clone, Debug, PartialEq)]
pub struct SubscribeResponse {
    /// The ARN of the subscription if it is confirmed, or the string "pending confirmation" if the subscription requires confirmation. However, if the API request parameter `ReturnSubscriptionArn` is true, then the value is always the subscription ARN, even if the subscription requires confirmation.
    pub subscription_arn: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SubscribeResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SubscribeResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SubscribeResponse {
    /// A builder for this structure.
    pub fn builder() -> SubscribeResponseBuilder {
        SubscribeResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SubscribeResponse {
    /// [`subscription_arn`](Self::subscription_arn).
    pub fn subscription_arn(&self) -> rt::Option<&str> {
        self.subscription_arn.as_deref()
    }
}
/// Builds a [`SubscribeResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubscribeResponseBuilder {
    /// [`SubscribeResponse::subscription_arn`](SubscribeResponse::subscription_arn), if set.
    pub subscription_arn: rt::Option<rt::String>,
}
impl SubscribeResponseBuilder {
    /// Sets [`SubscribeResponse::subscription_arn`](SubscribeResponse::subscription_arn).
    pub fn subscription_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.subscription_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeResponse::subscription_arn`](SubscribeResponse::subscription_arn).
    pub fn set_subscription_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.subscription_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SubscribeResponse {
        SubscribeResponse {
            subscription_arn: self.subscription_arn,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// A wrapper type for the attributes of an Amazon SNS subscription.
#[derive(Clone, Debug, PartialEq)]
pub struct Subscription {
    /// The subscription's endpoint (format depends on the protocol).
    pub endpoint: rt::Option<rt::String>,
    /// The subscription's owner.
    pub owner: rt::Option<rt::String>,
    /// The subscription's protocol.
    pub protocol: rt::Option<rt::String>,
    /// The subscription's ARN.
    pub subscription_arn: rt::Option<rt::String>,
    /// The ARN of the subscription's topic.
    pub topic_arn: rt::Option<rt::String>,
}
impl Subscription {
    /// A builder for this structure.
    pub fn builder() -> SubscriptionBuilder {
        SubscriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Subscription {
    /// [`endpoint`](Self::endpoint).
    pub fn endpoint(&self) -> rt::Option<&str> {
        self.endpoint.as_deref()
    }
    /// [`owner`](Self::owner).
    pub fn owner(&self) -> rt::Option<&str> {
        self.owner.as_deref()
    }
    /// [`protocol`](Self::protocol).
    pub fn protocol(&self) -> rt::Option<&str> {
        self.protocol.as_deref()
    }
    /// [`subscription_arn`](Self::subscription_arn).
    pub fn subscription_arn(&self) -> rt::Option<&str> {
        self.subscription_arn.as_deref()
    }
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> rt::Option<&str> {
        self.topic_arn.as_deref()
    }
}
/// Builds a [`Subscription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubscriptionBuilder {
    /// [`Subscription::endpoint`](Subscription::endpoint), if set.
    pub endpoint: rt::Option<rt::String>,
    /// [`Subscription::owner`](Subscription::owner), if set.
    pub owner: rt::Option<rt::String>,
    /// [`Subscription::protocol`](Subscription::protocol), if set.
    pub protocol: rt::Option<rt::String>,
    /// [`Subscription::subscription_arn`](Subscription::subscription_arn), if set.
    pub subscription_arn: rt::Option<rt::String>,
    /// [`Subscription::topic_arn`](Subscription::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl SubscriptionBuilder {
    /// Sets [`Subscription::endpoint`](Subscription::endpoint).
    pub fn endpoint(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }
    /// Sets or clears [`Subscription::endpoint`](Subscription::endpoint).
    pub fn set_endpoint(mut self, value: rt::Option<rt::String>) -> Self {
        self.endpoint = value;
        self
    }
    /// Sets [`Subscription::owner`](Subscription::owner).
    pub fn owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets or clears [`Subscription::owner`](Subscription::owner).
    pub fn set_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.owner = value;
        self
    }
    /// Sets [`Subscription::protocol`](Subscription::protocol).
    pub fn protocol(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.protocol = Some(value.into());
        self
    }
    /// Sets or clears [`Subscription::protocol`](Subscription::protocol).
    pub fn set_protocol(mut self, value: rt::Option<rt::String>) -> Self {
        self.protocol = value;
        self
    }
    /// Sets [`Subscription::subscription_arn`](Subscription::subscription_arn).
    pub fn subscription_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.subscription_arn = Some(value.into());
        self
    }
    /// Sets or clears [`Subscription::subscription_arn`](Subscription::subscription_arn).
    pub fn set_subscription_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.subscription_arn = value;
        self
    }
    /// Sets [`Subscription::topic_arn`](Subscription::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`Subscription::topic_arn`](Subscription::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Subscription {
        Subscription {
            endpoint: self.endpoint,
            owner: self.owner,
            protocol: self.protocol,
            subscription_arn: self.subscription_arn,
            topic_arn: self.topic_arn,
        }
    }
}
/// The list of tags to be added to the specified topic.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// The required key portion of the tag.
    pub key: rt::String,
    /// The optional value portion of the tag.
    pub value: rt::String,
}
impl Tag {
    /// A builder for this structure.
    pub fn builder() -> TagBuilder {
        TagBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Tag {
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> &str {
        &self.value
    }
}
/// Builds a [`Tag`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagBuilder {
    /// [`Tag::key`](Tag::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`Tag::value`](Tag::value), if set.
    pub value: rt::Option<rt::String>,
}
impl TagBuilder {
    /// Sets [`Tag::key`](Tag::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::key`](Tag::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`Tag::value`](Tag::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::value`](Tag::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Tag, rt::BuildError> {
        Ok(Tag {
            key: self.key.ok_or(rt::BuildError {
                shape: "Tag",
                member: "Key",
            })?,
            value: self.value.ok_or(rt::BuildError {
                shape: "Tag",
                member: "Value",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TagResourceRequest {
    /// The ARN of the topic to which to add tags.
    pub resource_arn: rt::String,
    /// The tags to be added to the specified topic. A tag consists of a required key and an optional value.
    pub tags: rt::Vec<Tag>,
}
impl TagResourceRequest {
    /// A builder for this structure.
    pub fn builder() -> TagResourceRequestBuilder {
        TagResourceRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TagResourceRequest {
    /// [`resource_arn`](Self::resource_arn).
    pub fn resource_arn(&self) -> &str {
        &self.resource_arn
    }
    /// [`tags`](Self::tags).
    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }
}
/// Builds a [`TagResourceRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagResourceRequestBuilder {
    /// [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn), if set.
    pub resource_arn: rt::Option<rt::String>,
    /// [`TagResourceRequest::tags`](TagResourceRequest::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl TagResourceRequestBuilder {
    /// Sets [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.resource_arn = Some(value.into());
        self
    }
    /// Sets or clears [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.resource_arn = value;
        self
    }
    /// Appends one element to [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<TagResourceRequest, rt::BuildError> {
        Ok(TagResourceRequest {
            resource_arn: self.resource_arn.ok_or(rt::BuildError {
                shape: "TagResourceRequest",
                member: "ResourceArn",
            })?,
            tags: self.tags.ok_or(rt::BuildError {
                shape: "TagResourceRequest",
                member: "Tags",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TagResourceResponse {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TagResourceResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TagResourceResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TagResourceResponse {
    /// A builder for this structure.
    pub fn builder() -> TagResourceResponseBuilder {
        TagResourceResponseBuilder::default()
    }
}
/// Builds a [`TagResourceResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagResourceResponseBuilder {}
impl TagResourceResponseBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> TagResourceResponse {
        TagResourceResponse {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// A wrapper type for the topic's Amazon Resource Name (ARN). To retrieve a topic's attributes, use `GetTopicAttributes`.
#[derive(Clone, Debug, PartialEq)]
pub struct Topic {
    /// The topic's ARN.
    pub topic_arn: rt::Option<rt::String>,
}
impl Topic {
    /// A builder for this structure.
    pub fn builder() -> TopicBuilder {
        TopicBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Topic {
    /// [`topic_arn`](Self::topic_arn).
    pub fn topic_arn(&self) -> rt::Option<&str> {
        self.topic_arn.as_deref()
    }
}
/// Builds a [`Topic`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TopicBuilder {
    /// [`Topic::topic_arn`](Topic::topic_arn), if set.
    pub topic_arn: rt::Option<rt::String>,
}
impl TopicBuilder {
    /// Sets [`Topic::topic_arn`](Topic::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.topic_arn = Some(value.into());
        self
    }
    /// Sets or clears [`Topic::topic_arn`](Topic::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.topic_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Topic {
        Topic {
            topic_arn: self.topic_arn,
        }
    }
}
