// Generated from models/aws-sqs.json by codegen — do not edit.
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
    Operation { name: "CreateQueue", input: &CREATE_QUEUE_REQUEST, output: &CREATE_QUEUE_RESULT, pagination: None,
        errors: &["InvalidAddress", "InvalidAttributeName", "InvalidAttributeValue", "InvalidSecurity", "QueueDeletedRecently", "QueueNameExists", "RequestThrottled", "UnsupportedOperation"],
        summary: "Creates a new standard or FIFO queue. You can pass one or more attributes in the request. Keep the following in mind:" },
    Operation { name: "DeleteMessage", input: &DELETE_MESSAGE_REQUEST, output: &DELETE_MESSAGE_OUTPUT, pagination: None,
        errors: &["InvalidAddress", "InvalidIdFormat", "InvalidSecurity", "QueueDoesNotExist", "ReceiptHandleIsInvalid", "RequestThrottled", "UnsupportedOperation"],
        summary: "Deletes the specified message from the specified queue. To select the message to delete, use the `ReceiptHandle` of the message (*not* the `MessageId` which you receive when you send the message). Amazon SQS can delete a message from a queue even if a visibility timeout setting causes the message to be locked by another consumer. Amazon SQS automatically deletes messages left in a queue longer than the retention period configured for the queue." },
    Operation { name: "DeleteQueue", input: &DELETE_QUEUE_REQUEST, output: &DELETE_QUEUE_OUTPUT, pagination: None,
        errors: &["InvalidAddress", "InvalidSecurity", "QueueDoesNotExist", "RequestThrottled", "UnsupportedOperation"],
        summary: "Deletes the queue specified by the `QueueUrl`, regardless of the queue's contents." },
    Operation { name: "GetQueueAttributes", input: &GET_QUEUE_ATTRIBUTES_REQUEST, output: &GET_QUEUE_ATTRIBUTES_RESULT, pagination: None,
        errors: &["InvalidAddress", "InvalidAttributeName", "InvalidSecurity", "QueueDoesNotExist", "RequestThrottled", "UnsupportedOperation"],
        summary: "Gets attributes for the specified queue." },
    Operation { name: "GetQueueUrl", input: &GET_QUEUE_URL_REQUEST, output: &GET_QUEUE_URL_RESULT, pagination: None,
        errors: &["InvalidAddress", "InvalidSecurity", "QueueDoesNotExist", "RequestThrottled", "UnsupportedOperation"],
        summary: "The `GetQueueUrl` API returns the URL of an existing Amazon SQS queue. This is useful when you know the queue's name but need to retrieve its URL for further operations." },
    Operation { name: "ListQueues", input: &LIST_QUEUES_REQUEST, output: &LIST_QUEUES_RESULT, pagination: Some(Pagination { input_token: "NextToken", output_token: "NextToken", items: Some("QueueUrls"), page_size: Some("MaxResults") }),
        errors: &["InvalidAddress", "InvalidSecurity", "RequestThrottled", "UnsupportedOperation"],
        summary: "Returns a list of your queues in the current region. The response includes a maximum of 1,000 results. If you specify a value for the optional `QueueNamePrefix` parameter, only queues with a name that begins with the specified value are returned." },
    Operation { name: "ReceiveMessage", input: &RECEIVE_MESSAGE_REQUEST, output: &RECEIVE_MESSAGE_RESULT, pagination: None,
        errors: &["InvalidAddress", "InvalidSecurity", "KmsAccessDenied", "KmsDisabled", "KmsInvalidKeyUsage", "KmsInvalidState", "KmsNotFound", "KmsOptInRequired", "KmsThrottled", "OverLimit", "QueueDoesNotExist", "RequestThrottled", "UnsupportedOperation"],
        summary: "Retrieves one or more messages (up to 10), from the specified queue. Using the `WaitTimeSeconds` parameter enables long-poll support. For more information, see [Amazon SQS Long Polling](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-long-polling.html) in the *Amazon SQS Developer Guide*." },
    Operation { name: "SendMessage", input: &SEND_MESSAGE_REQUEST, output: &SEND_MESSAGE_RESULT, pagination: None,
        errors: &["InvalidAddress", "InvalidMessageContents", "InvalidSecurity", "KmsAccessDenied", "KmsDisabled", "KmsInvalidKeyUsage", "KmsInvalidState", "KmsNotFound", "KmsOptInRequired", "KmsThrottled", "QueueDoesNotExist", "RequestThrottled", "UnsupportedOperation"],
        summary: "Delivers a message to the specified queue." },
];

#[rustfmt::skip]
static CREATE_QUEUE_REQUEST: Structure = Structure { name: "CreateQueueRequest", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::String), required: false, summary: "A map of attributes with their corresponding values." },
    Member { name: "QueueName", ty: Type::String, required: true, summary: "The name of the new queue. The following limits apply to this name:" },
    Member { name: "tags", ty: Type::Map(&Type::String), required: false, summary: "Add cost allocation tags to the specified Amazon SQS queue. For an overview, see [Tagging Your Amazon SQS Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html) in the *Amazon SQS Developer Guide*." },
]};

#[rustfmt::skip]
static CREATE_QUEUE_RESULT: Structure = Structure { name: "CreateQueueResult", union: false, members: &[
    Member { name: "QueueUrl", ty: Type::String, required: false, summary: "The URL of the created Amazon SQS queue." },
]};

#[rustfmt::skip]
static DELETE_MESSAGE_OUTPUT: Structure = Structure { name: "DeleteMessageOutput", union: false, members: &[
]};

#[rustfmt::skip]
static DELETE_MESSAGE_REQUEST: Structure = Structure { name: "DeleteMessageRequest", union: false, members: &[
    Member { name: "QueueUrl", ty: Type::String, required: true, summary: "The URL of the Amazon SQS queue from which messages are deleted." },
    Member { name: "ReceiptHandle", ty: Type::String, required: true, summary: "The receipt handle associated with the message to delete." },
]};

#[rustfmt::skip]
static DELETE_QUEUE_OUTPUT: Structure = Structure { name: "DeleteQueueOutput", union: false, members: &[
]};

#[rustfmt::skip]
static DELETE_QUEUE_REQUEST: Structure = Structure { name: "DeleteQueueRequest", union: false, members: &[
    Member { name: "QueueUrl", ty: Type::String, required: true, summary: "The URL of the Amazon SQS queue to delete." },
]};

#[rustfmt::skip]
static GET_QUEUE_ATTRIBUTES_REQUEST: Structure = Structure { name: "GetQueueAttributesRequest", union: false, members: &[
    Member { name: "AttributeNames", ty: Type::List(&Type::Enum(QUEUE_ATTRIBUTE_NAME_VALUES)), required: false, summary: "A list of attributes for which to retrieve information." },
    Member { name: "QueueUrl", ty: Type::String, required: true, summary: "The URL of the Amazon SQS queue whose attribute information is retrieved." },
]};

#[rustfmt::skip]
static GET_QUEUE_ATTRIBUTES_RESULT: Structure = Structure { name: "GetQueueAttributesResult", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::String), required: false, summary: "A map of attributes to their respective values." },
]};

#[rustfmt::skip]
static GET_QUEUE_URL_REQUEST: Structure = Structure { name: "GetQueueUrlRequest", union: false, members: &[
    Member { name: "QueueName", ty: Type::String, required: true, summary: "(Required) The name of the queue for which you want to fetch the URL. The name can be up to 80 characters long and can include alphanumeric characters, hyphens (-), and underscores (_). Queue URLs and names are case-sensitive." },
    Member { name: "QueueOwnerAWSAccountId", ty: Type::String, required: false, summary: "(Optional) The Amazon Web Services account ID of the account that created the queue. This is only required when you are attempting to access a queue owned by another Amazon Web Services account." },
]};

#[rustfmt::skip]
static GET_QUEUE_URL_RESULT: Structure = Structure { name: "GetQueueUrlResult", union: false, members: &[
    Member { name: "QueueUrl", ty: Type::String, required: false, summary: "The URL of the queue." },
]};

#[rustfmt::skip]
static LIST_QUEUES_REQUEST: Structure = Structure { name: "ListQueuesRequest", union: false, members: &[
    Member { name: "MaxResults", ty: Type::Integer, required: false, summary: "Maximum number of results to include in the response. Value range is 1 to 1000. You must set `MaxResults` to receive a value for `NextToken` in the response." },
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Pagination token to request the next set of results." },
    Member { name: "QueueNamePrefix", ty: Type::String, required: false, summary: "A string to use for filtering the list results. Only those queues whose name begins with the specified string are returned." },
]};

#[rustfmt::skip]
static LIST_QUEUES_RESULT: Structure = Structure { name: "ListQueuesResult", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Pagination token to include in the next request. Token value is `null` if there are no additional results to request, or if you did not set `MaxResults` in the request." },
    Member { name: "QueueUrls", ty: Type::List(&Type::String), required: false, summary: "A list of queue URLs, up to 1,000 entries, or the value of `MaxResults` that you sent in the request." },
]};

#[rustfmt::skip]
static MESSAGE: Structure = Structure { name: "Message", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::String), required: false, summary: "A map of the attributes requested in ` ReceiveMessage` to their respective values. Supported attributes:" },
    Member { name: "Body", ty: Type::String, required: false, summary: "The message's contents (not URL-encoded)." },
    Member { name: "MD5OfBody", ty: Type::String, required: false, summary: "An MD5 digest of the non-URL-encoded message body string." },
    Member { name: "MD5OfMessageAttributes", ty: Type::String, required: false, summary: "An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt)." },
    Member { name: "MessageAttributes", ty: Type::Map(&Type::Structure(&MESSAGE_ATTRIBUTE_VALUE)), required: false, summary: "Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*." },
    Member { name: "MessageId", ty: Type::String, required: false, summary: "A unique identifier for the message. A `MessageId`is considered unique across all Amazon Web Services accounts for an extended period of time." },
    Member { name: "ReceiptHandle", ty: Type::String, required: false, summary: "An identifier associated with the act of receiving the message. A new receipt handle is returned every time you receive a message. When deleting a message, you provide the last received receipt handle to delete the message." },
]};

#[rustfmt::skip]
static MESSAGE_ATTRIBUTE_VALUE: Structure = Structure { name: "MessageAttributeValue", union: false, members: &[
    Member { name: "BinaryListValues", ty: Type::List(&Type::Blob), required: false, summary: "Not implemented. Reserved for future use." },
    Member { name: "BinaryValue", ty: Type::Blob, required: false, summary: "Binary type attributes can store any binary data, such as compressed data, encrypted data, or images." },
    Member { name: "DataType", ty: Type::String, required: true, summary: "Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For the `Number` data type, you must use `StringValue`." },
    Member { name: "StringListValues", ty: Type::List(&Type::String), required: false, summary: "Not implemented. Reserved for future use." },
    Member { name: "StringValue", ty: Type::String, required: false, summary: "Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters)." },
]};

#[rustfmt::skip]
static MESSAGE_SYSTEM_ATTRIBUTE_VALUE: Structure = Structure { name: "MessageSystemAttributeValue", union: false, members: &[
    Member { name: "BinaryListValues", ty: Type::List(&Type::Blob), required: false, summary: "Not implemented. Reserved for future use." },
    Member { name: "BinaryValue", ty: Type::Blob, required: false, summary: "Binary type attributes can store any binary data, such as compressed data, encrypted data, or images." },
    Member { name: "DataType", ty: Type::String, required: true, summary: "Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For the `Number` data type, you must use `StringValue`." },
    Member { name: "StringListValues", ty: Type::List(&Type::String), required: false, summary: "Not implemented. Reserved for future use." },
    Member { name: "StringValue", ty: Type::String, required: false, summary: "Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters)." },
]};

#[rustfmt::skip]
static RECEIVE_MESSAGE_REQUEST: Structure = Structure { name: "ReceiveMessageRequest", union: false, members: &[
    Member { name: "AttributeNames", ty: Type::List(&Type::Enum(QUEUE_ATTRIBUTE_NAME_VALUES)), required: false, summary: "**Note:** This parameter has been discontinued but will be supported for backward compatibility. To provide attribute names, you are encouraged to use `MessageSystemAttributeNames`." },
    Member { name: "MaxNumberOfMessages", ty: Type::Integer, required: false, summary: "The maximum number of messages to return. Amazon SQS never returns more messages than this value (however, fewer messages might be returned). Valid values: 1 to 10. Default: 1." },
    Member { name: "MessageAttributeNames", ty: Type::List(&Type::String), required: false, summary: "The name of the message attribute, where *N* is the index." },
    Member { name: "MessageSystemAttributeNames", ty: Type::List(&Type::Enum(MESSAGE_SYSTEM_ATTRIBUTE_NAME_VALUES)), required: false, summary: "A list of attributes that need to be returned along with each message. These attributes include:" },
    Member { name: "QueueUrl", ty: Type::String, required: true, summary: "The URL of the Amazon SQS queue from which messages are received." },
    Member { name: "ReceiveRequestAttemptId", ty: Type::String, required: false, summary: "This parameter applies only to FIFO (first-in-first-out) queues." },
    Member { name: "VisibilityTimeout", ty: Type::Integer, required: false, summary: "The duration (in seconds) that the received messages are hidden from subsequent retrieve requests after being retrieved by a `ReceiveMessage` request. If not specified, the default visibility timeout for the queue is used, which is 30 seconds." },
    Member { name: "WaitTimeSeconds", ty: Type::Integer, required: false, summary: "The duration (in seconds) for which the call waits for a message to arrive in the queue before returning. If a message is available, the call returns sooner than `WaitTimeSeconds`. If no messages are available and the wait time expires, the call does not return a message list. If you are using the Java SDK, it returns a `ReceiveMessageResponse` object, which has a empty list instead of a Null object." },
]};

#[rustfmt::skip]
static RECEIVE_MESSAGE_RESULT: Structure = Structure { name: "ReceiveMessageResult", union: false, members: &[
    Member { name: "Messages", ty: Type::List(&Type::Structure(&MESSAGE)), required: false, summary: "A list of messages." },
]};

#[rustfmt::skip]
static SEND_MESSAGE_REQUEST: Structure = Structure { name: "SendMessageRequest", union: false, members: &[
    Member { name: "DelaySeconds", ty: Type::Integer, required: false, summary: "The length of time, in seconds, for which to delay a specific message. Valid values: 0 to 900. Maximum: 15 minutes. Messages with a positive `DelaySeconds` value become available for processing after the delay period is finished. If you don't specify a value, the default value for the queue applies." },
    Member { name: "MessageAttributes", ty: Type::Map(&Type::Structure(&MESSAGE_ATTRIBUTE_VALUE)), required: false, summary: "Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*." },
    Member { name: "MessageBody", ty: Type::String, required: true, summary: "The message to send. The minimum size is one character. The maximum size is 256 KiB." },
    Member { name: "MessageDeduplicationId", ty: Type::String, required: false, summary: "This parameter applies only to FIFO (first-in-first-out) queues." },
    Member { name: "MessageGroupId", ty: Type::String, required: false, summary: "This parameter applies only to FIFO (first-in-first-out) queues." },
    Member { name: "MessageSystemAttributes", ty: Type::Map(&Type::Structure(&MESSAGE_SYSTEM_ATTRIBUTE_VALUE)), required: false, summary: "The message system attribute to send. Each message system attribute consists of a `Name`, `Type`, and `Value`." },
    Member { name: "QueueUrl", ty: Type::String, required: true, summary: "The URL of the Amazon SQS queue to which a message is sent." },
]};

#[rustfmt::skip]
static SEND_MESSAGE_RESULT: Structure = Structure { name: "SendMessageResult", union: false, members: &[
    Member { name: "MD5OfMessageAttributes", ty: Type::String, required: false, summary: "An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt)." },
    Member { name: "MD5OfMessageBody", ty: Type::String, required: false, summary: "An MD5 digest of the non-URL-encoded message body string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt)." },
    Member { name: "MD5OfMessageSystemAttributes", ty: Type::String, required: false, summary: "An MD5 digest of the non-URL-encoded message system attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest." },
    Member { name: "MessageId", ty: Type::String, required: false, summary: "An attribute containing the `MessageId` of the message sent to the queue. For more information, see [Queue and Message Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html) in the *Amazon SQS Developer Guide*." },
    Member { name: "SequenceNumber", ty: Type::String, required: false, summary: "This parameter applies only to FIFO (first-in-first-out) queues." },
]};

#[rustfmt::skip]
const MESSAGE_SYSTEM_ATTRIBUTE_NAME_VALUES: &[&str] = &["AWSTraceHeader", "All", "ApproximateFirstReceiveTimestamp", "ApproximateReceiveCount", "DeadLetterQueueSourceArn", "MessageDeduplicationId", "MessageGroupId", "SenderId", "SentTimestamp", "SequenceNumber"];
#[rustfmt::skip]
const QUEUE_ATTRIBUTE_NAME_VALUES: &[&str] = &["All", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesDelayed", "ApproximateNumberOfMessagesNotVisible", "ContentBasedDeduplication", "CreatedTimestamp", "DeduplicationScope", "DelaySeconds", "FifoQueue", "FifoThroughputLimit", "KmsDataKeyReusePeriodSeconds", "KmsMasterKeyId", "LastModifiedTimestamp", "MaximumMessageSize", "MessageRetentionPeriod", "Policy", "QueueArn", "ReceiveMessageWaitTimeSeconds", "RedriveAllowPolicy", "RedrivePolicy", "SqsManagedSseEnabled", "VisibilityTimeout"];
