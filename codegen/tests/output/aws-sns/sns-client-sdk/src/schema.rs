// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use ::codegen_rt::schema::*;
/// The operation with this model name.
pub fn operation(name: &str) -> ::std::option::Option<&'static Operation> {
    find(OPERATIONS, name)
}

/// Every operation, in model order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    Operation { name: "CreateTopic", input: &CREATE_TOPIC_INPUT, output: &CREATE_TOPIC_RESPONSE, pagination: None,
        errors: &["AuthorizationError", "ConcurrentAccess", "InternalError", "InvalidParameter", "InvalidSecurity", "StaleTag", "TagLimitExceeded", "TagPolicy", "TopicLimitExceeded"],
        summary: "Creates a topic to which notifications can be published. Users can create at most 100,000 standard topics (at most 1,000 FIFO topics). For more information, see [Creating an Amazon SNS topic](https://docs.aws.amazon.com/sns/latest/dg/sns-create-topic.html) in the *Amazon SNS Developer Guide*. This action is idempotent, so if the requester already owns a topic with the specified name, that topic's ARN is returned without creating a new topic." },
    Operation { name: "DeleteTopic", input: &DELETE_TOPIC_INPUT, output: &DELETE_TOPIC_OUTPUT, pagination: None,
        errors: &["AuthorizationError", "ConcurrentAccess", "InternalError", "InvalidParameter", "InvalidState", "NotFound", "StaleTag", "TagPolicy"],
        summary: "Deletes a topic and all its subscriptions. Deleting a topic might prevent some messages previously sent to the topic from being delivered to subscribers. This action is idempotent, so deleting a topic that does not exist does not result in an error." },
    Operation { name: "GetTopicAttributes", input: &GET_TOPIC_ATTRIBUTES_INPUT, output: &GET_TOPIC_ATTRIBUTES_RESPONSE, pagination: None,
        errors: &["AuthorizationError", "InternalError", "InvalidParameter", "InvalidSecurity", "NotFound"],
        summary: "Returns all of the properties of a topic. Topic properties returned might differ based on the authorization of the user." },
    Operation { name: "ListSubscriptionsByTopic", input: &LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT, output: &LIST_SUBSCRIPTIONS_BY_TOPIC_RESPONSE, pagination: Some(Pagination { input_token: "NextToken", output_token: "NextToken", items: Some("Subscriptions"), page_size: None }),
        errors: &["AuthorizationError", "InternalError", "InvalidParameter", "NotFound"],
        summary: "Returns a list of the subscriptions to a specific topic. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListSubscriptionsByTopic` call to get further results." },
    Operation { name: "ListTopics", input: &LIST_TOPICS_INPUT, output: &LIST_TOPICS_RESPONSE, pagination: Some(Pagination { input_token: "NextToken", output_token: "NextToken", items: Some("Topics"), page_size: None }),
        errors: &["AuthorizationError", "InternalError", "InvalidParameter"],
        summary: "Returns a list of the requester's topics. Each call returns a limited list of topics, up to 100. If there are more topics, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListTopics` call to get further results." },
    Operation { name: "Publish", input: &PUBLISH_INPUT, output: &PUBLISH_RESPONSE, pagination: None,
        errors: &["AuthorizationError", "EndpointDisabled", "InternalError", "InvalidParameter", "ParameterValueInvalid", "InvalidSecurity", "KMSAccessDenied", "KMSDisabled", "KMSInvalidState", "KMSNotFound", "KMSOptInRequired", "KMSThrottling", "NotFound", "PlatformApplicationDisabled", "ValidationException"],
        summary: "Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone number, or a message to a mobile platform endpoint (when you specify the `TargetArn`)." },
    Operation { name: "SetTopicAttributes", input: &SET_TOPIC_ATTRIBUTES_INPUT, output: &SET_TOPIC_ATTRIBUTES_OUTPUT, pagination: None,
        errors: &["AuthorizationError", "InternalError", "InvalidParameter", "InvalidSecurity", "NotFound"],
        summary: "Allows a topic owner to set an attribute of the topic to a new value." },
    Operation { name: "Subscribe", input: &SUBSCRIBE_INPUT, output: &SUBSCRIBE_RESPONSE, pagination: None,
        errors: &["AuthorizationError", "FilterPolicyLimitExceeded", "InternalError", "InvalidParameter", "InvalidSecurity", "NotFound", "ReplayLimitExceeded", "SubscriptionLimitExceeded"],
        summary: "Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is HTTP/S or email, or if the endpoint and the topic are not in the same Amazon Web Services account, the endpoint owner must run the `ConfirmSubscription` action to confirm the subscription." },
    Operation { name: "TagResource", input: &TAG_RESOURCE_REQUEST, output: &TAG_RESOURCE_RESPONSE, pagination: None,
        errors: &["AuthorizationError", "ConcurrentAccess", "InvalidParameter", "ResourceNotFound", "StaleTag", "TagLimitExceeded", "TagPolicy"],
        summary: "Add tags to the specified Amazon SNS topic. For an overview, see [Amazon SNS Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon SNS Developer Guide*." },
];

#[rustfmt::skip]
static CREATE_TOPIC_INPUT: Structure = Structure { name: "CreateTopicInput", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::String), required: false, summary: "A map of attributes with their corresponding values." },
    Member { name: "DataProtectionPolicy", ty: Type::String, required: false, summary: "The body of the policy document you want to use for this topic." },
    Member { name: "Name", ty: Type::String, required: true, summary: "The name of the topic you want to create." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "The list of tags to add to a new topic." },
]};

#[rustfmt::skip]
static CREATE_TOPIC_RESPONSE: Structure = Structure { name: "CreateTopicResponse", union: false, members: &[
    Member { name: "TopicArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) assigned to the created topic." },
]};

#[rustfmt::skip]
static DELETE_TOPIC_INPUT: Structure = Structure { name: "DeleteTopicInput", union: false, members: &[
    Member { name: "TopicArn", ty: Type::String, required: true, summary: "The ARN of the topic you want to delete." },
]};

#[rustfmt::skip]
static DELETE_TOPIC_OUTPUT: Structure = Structure { name: "DeleteTopicOutput", union: false, members: &[
]};

#[rustfmt::skip]
static GET_TOPIC_ATTRIBUTES_INPUT: Structure = Structure { name: "GetTopicAttributesInput", union: false, members: &[
    Member { name: "TopicArn", ty: Type::String, required: true, summary: "The ARN of the topic whose properties you want to get." },
]};

#[rustfmt::skip]
static GET_TOPIC_ATTRIBUTES_RESPONSE: Structure = Structure { name: "GetTopicAttributesResponse", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::String), required: false, summary: "A map of the topic's attributes. Attributes in this map include the following:" },
]};

#[rustfmt::skip]
static LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT: Structure = Structure { name: "ListSubscriptionsByTopicInput", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Token returned by the previous `ListSubscriptionsByTopic` request." },
    Member { name: "TopicArn", ty: Type::String, required: true, summary: "The ARN of the topic for which you wish to find subscriptions." },
]};

#[rustfmt::skip]
static LIST_SUBSCRIPTIONS_BY_TOPIC_RESPONSE: Structure = Structure { name: "ListSubscriptionsByTopicResponse", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Token to pass along to the next `ListSubscriptionsByTopic` request. This element is returned if there are more subscriptions to retrieve." },
    Member { name: "Subscriptions", ty: Type::List(&Type::Structure(&SUBSCRIPTION)), required: false, summary: "A list of subscriptions." },
]};

#[rustfmt::skip]
static LIST_TOPICS_INPUT: Structure = Structure { name: "ListTopicsInput", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Token returned by the previous `ListTopics` request." },
]};

#[rustfmt::skip]
static LIST_TOPICS_RESPONSE: Structure = Structure { name: "ListTopicsResponse", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Token to pass along to the next `ListTopics` request. This element is returned if there are additional topics to retrieve." },
    Member { name: "Topics", ty: Type::List(&Type::Structure(&TOPIC)), required: false, summary: "A list of topic ARNs." },
]};

#[rustfmt::skip]
static MESSAGE_ATTRIBUTE_VALUE: Structure = Structure { name: "MessageAttributeValue", union: false, members: &[
    Member { name: "BinaryValue", ty: Type::Blob, required: false, summary: "Binary type attributes can store any binary data, for example, compressed data, encrypted data, or images." },
    Member { name: "DataType", ty: Type::String, required: true, summary: "Amazon SNS supports the following logical data types: String, String.Array, Number, and Binary. For more information, see [Message Attribute Data Types](https://docs.aws.amazon.com/sns/latest/dg/SNSMessageAttributes.html#SNSMessageAttributes.DataTypes)." },
    Member { name: "StringValue", ty: Type::String, required: false, summary: "Strings are Unicode with UTF8 binary encoding. For a list of code values, see [ASCII Printable Characters](https://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters)." },
]};

#[rustfmt::skip]
static PUBLISH_INPUT: Structure = Structure { name: "PublishInput", union: false, members: &[
    Member { name: "Message", ty: Type::String, required: true, summary: "The message you want to send." },
    Member { name: "MessageAttributes", ty: Type::Map(&Type::Structure(&MESSAGE_ATTRIBUTE_VALUE)), required: false, summary: "Message attributes for Publish action." },
    Member { name: "MessageDeduplicationId", ty: Type::String, required: false, summary: "- This parameter applies only to FIFO (first-in-first-out) topics. The `MessageDeduplicationId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!\"#$%&'()*+,-./:;<=>?@[\\]^_'{|}~)`. - Every message must have a unique `MessageDeduplicationId`, which is a token used for deduplication of sent messages within the 5 minute minimum deduplication interval. - The scope of deduplication depends on the `FifoThroughputScope` attribute, when set to `Topic` the message deduplication scope is across the entire topic, when set to `MessageGroup` the message deduplication scope is within each individual message group. - If a message with a particular `MessageDeduplicationId` is sent successfully, subsequent messages within the deduplication scope and interval, with the same `MessageDeduplicationId`, are accepted successfully but aren't delivered. - Every message must have a unique `MessageDeduplicationId`: - You may provide a `MessageDeduplicationId` explicitly. - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your topic, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message). - If you don't provide a `MessageDeduplicationId` and the topic doesn't have `ContentBasedDeduplication` set, the action fails with an error. - If the topic has a `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one. - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication scope and interval are treated as duplicates and only one copy of the message is delivered. - If you send one message with `ContentBasedDeduplication` enabled, and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates, within the deduplication scope and interval, and only one copy of the message is delivered." },
    Member { name: "MessageGroupId", ty: Type::String, required: false, summary: "This parameter applies only to FIFO (first-in-first-out) topics. The `MessageGroupId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!\"#$%&'()*+,-./:;<=>?@[\\]^_'{|}~)`." },
    Member { name: "MessageStructure", ty: Type::String, required: false, summary: "Set `MessageStructure` to `json` if you want to send a different message for each protocol. For example, using one publish action, you can send a short message to your SMS subscribers and a longer message to your email subscribers. If you set `MessageStructure` to `json`, the value of the `Message` parameter must:" },
    Member { name: "PhoneNumber", ty: Type::String, required: false, summary: "The phone number to which you want to deliver an SMS message. Use E.164 format." },
    Member { name: "Subject", ty: Type::String, required: false, summary: "Optional parameter to be used as the \"Subject\" line when the message is delivered to email endpoints. This field will also be included, if present, in the standard JSON messages delivered to other endpoints." },
    Member { name: "TargetArn", ty: Type::String, required: false, summary: "If you don't specify a value for the `TargetArn` parameter, you must specify a value for the `PhoneNumber` or `TopicArn` parameters." },
    Member { name: "TopicArn", ty: Type::String, required: false, summary: "The topic you want to publish to." },
]};

#[rustfmt::skip]
static PUBLISH_RESPONSE: Structure = Structure { name: "PublishResponse", union: false, members: &[
    Member { name: "MessageId", ty: Type::String, required: false, summary: "Unique identifier assigned to the published message." },
    Member { name: "SequenceNumber", ty: Type::String, required: false, summary: "This response element applies only to FIFO (first-in-first-out) topics." },
]};

#[rustfmt::skip]
static SET_TOPIC_ATTRIBUTES_INPUT: Structure = Structure { name: "SetTopicAttributesInput", union: false, members: &[
    Member { name: "AttributeName", ty: Type::String, required: true, summary: "A map of attributes with their corresponding values." },
    Member { name: "AttributeValue", ty: Type::String, required: false, summary: "The new value for the attribute." },
    Member { name: "TopicArn", ty: Type::String, required: true, summary: "The ARN of the topic to modify." },
]};

#[rustfmt::skip]
static SET_TOPIC_ATTRIBUTES_OUTPUT: Structure = Structure { name: "SetTopicAttributesOutput", union: false, members: &[
]};

#[rustfmt::skip]
static SUBSCRIBE_INPUT: Structure = Structure { name: "SubscribeInput", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::String), required: false, summary: "A map of attributes with their corresponding values." },
    Member { name: "Endpoint", ty: Type::String, required: false, summary: "The endpoint that you want to receive notifications. Endpoints vary by protocol:" },
    Member { name: "Protocol", ty: Type::String, required: true, summary: "The protocol that you want to use. Supported protocols include:" },
    Member { name: "ReturnSubscriptionArn", ty: Type::Boolean, required: false, summary: "Sets whether the response from the `Subscribe` request includes the subscription ARN, even if the subscription is not yet confirmed." },
    Member { name: "TopicArn", ty: Type::String, required: true, summary: "The ARN of the topic you want to subscribe to." },
]};

#[rustfmt::skip]
static SUBSCRIBE_RESPONSE: Structure = Structure { name: "SubscribeResponse", union: false, members: &[
    Member { name: "SubscriptionArn", ty: Type::String, required: false, summary: "The ARN of the subscription if it is confirmed, or the string \"pending confirmation\" if the subscription requires confirmation. However, if the API request parameter `ReturnSubscriptionArn` is true, then the value is always the subscription ARN, even if the subscription requires confirmation." },
]};

#[rustfmt::skip]
static SUBSCRIPTION: Structure = Structure { name: "Subscription", union: false, members: &[
    Member { name: "Endpoint", ty: Type::String, required: false, summary: "The subscription's endpoint (format depends on the protocol)." },
    Member { name: "Owner", ty: Type::String, required: false, summary: "The subscription's owner." },
    Member { name: "Protocol", ty: Type::String, required: false, summary: "The subscription's protocol." },
    Member { name: "SubscriptionArn", ty: Type::String, required: false, summary: "The subscription's ARN." },
    Member { name: "TopicArn", ty: Type::String, required: false, summary: "The ARN of the subscription's topic." },
]};

#[rustfmt::skip]
static TAG: Structure = Structure { name: "Tag", union: false, members: &[
    Member { name: "Key", ty: Type::String, required: true, summary: "The required key portion of the tag." },
    Member { name: "Value", ty: Type::String, required: true, summary: "The optional value portion of the tag." },
]};

#[rustfmt::skip]
static TAG_RESOURCE_REQUEST: Structure = Structure { name: "TagResourceRequest", union: false, members: &[
    Member { name: "ResourceArn", ty: Type::String, required: true, summary: "The ARN of the topic to which to add tags." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: true, summary: "The tags to be added to the specified topic. A tag consists of a required key and an optional value." },
]};

#[rustfmt::skip]
static TAG_RESOURCE_RESPONSE: Structure = Structure { name: "TagResourceResponse", union: false, members: &[
]};

#[rustfmt::skip]
static TOPIC: Structure = Structure { name: "Topic", union: false, members: &[
    Member { name: "TopicArn", ty: Type::String, required: false, summary: "The topic's ARN." },
]};
