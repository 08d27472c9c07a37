// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon Simple Queue Service.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
pub use rt::client::{Config, Credentials, SdkError};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
    pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use sqs_types;
use sqs_types::error::*;
use sqs_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "AmazonSQS",
    signing_name: "sqs",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "sqs",
    protocols: &[rt::Protocol::AwsJson1_0],
    user_agent: "sqs-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: true,
    error_headers: sqs_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":{\"ref\":\"Endpoint\"}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"},{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws-us-gov\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sqs.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sqs.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Welcome to the *Amazon SQS API Reference*.
///
/// Amazon SQS is a reliable, highly-scalable hosted queue for storing messages as they travel between applications or microservices. Amazon SQS moves data between distributed application components and helps you decouple these components.
///
/// For information on the permissions you need to use this API, see [Identity and access management](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-authentication-and-access-control.html) in the *Amazon SQS Developer Guide.*
///
/// You can use [Amazon Web Services SDKs](http://aws.amazon.com/tools/#sdk) to access Amazon SQS using your favorite programming language. The SDKs perform tasks such as the following automatically:
///
/// - Cryptographically sign your service requests
/// - Retry requests
/// - Handle error responses
///
/// **Additional information**
///
/// - [Amazon SQS Product Page](http://aws.amazon.com/sqs/)
/// - *Amazon SQS Developer Guide*
/// - [Making API Requests](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-making-api-requests.html)
/// - [Amazon SQS Message Attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes)
/// - [Amazon SQS Dead-Letter Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
/// - [Amazon SQS in the *Command Line Interface*](http://docs.aws.amazon.com/cli/latest/reference/sqs/index.html)
/// - *Amazon Web Services General Reference*
/// - [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#sqs_region)
#[derive(Debug, Clone)]
pub struct Client {
    handle: rt::Arc<rt::client::Handle>,
}
impl Client {
    /// A client configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            handle: rt::client::Handle::new(config, SERVICE),
        }
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        self.handle.config()
    }
    /// Creates a new standard or FIFO queue. You can pass one or more attributes in the request. Keep the following in mind:
    ///
    /// - If you don't specify the `FifoQueue` attribute, Amazon SQS creates a standard queue. **Note:** You can't change the queue type after you create it and you can't convert an existing standard queue into a FIFO queue. You must either create a new FIFO queue for your application or delete your existing standard queue and recreate it as a FIFO queue. For more information, see [Moving From a Standard Queue to a FIFO Queue](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html#FIFO-queues-moving) in the *Amazon SQS Developer Guide*.
    /// - If you don't provide a value for an attribute, the queue is created with the default value for the attribute.
    /// - If you delete a queue, you must wait at least 60 seconds before creating a queue with the same name.
    ///
    /// To successfully create a new queue, you must provide a queue name that adheres to the [limits related to queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/limits-queues.html) and is unique within the scope of your queues.
    ///
    /// **Note:** After you create a queue, you must wait at least one second after the queue is created to be able to use the queue.
    ///
    /// To retrieve the URL of a queue, use the [ `GetQueueUrl`](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html) action. This action only requires the [ `QueueName`](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html#API_CreateQueue_RequestSyntax) parameter.
    ///
    /// When creating queues, keep the following points in mind:
    ///
    /// - If you specify the name of an existing queue and provide the exact same names and values for all its attributes, the [ `CreateQueue`](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html) action will return the URL of the existing queue instead of creating a new one.
    /// - If you attempt to create a queue with a name that already exists but with different attribute names or values, the `CreateQueue` action will return an error. This ensures that existing queues are not inadvertently altered.
    ///
    /// **Note:** Cross-account permissions don't apply to this action. For more information, see [Grant cross-account permissions to a role and a username](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html#grant-cross-account-permissions-to-role-and-user-name) in the *Amazon SQS Developer Guide*.
    pub fn create_queue(&self) -> CreateQueueFluentBuilder {
        CreateQueueFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateQueueRequest::builder(),
        }
    }
    /// Deletes the specified message from the specified queue. To select the message to delete, use the `ReceiptHandle` of the message (*not* the `MessageId` which you receive when you send the message). Amazon SQS can delete a message from a queue even if a visibility timeout setting causes the message to be locked by another consumer. Amazon SQS automatically deletes messages left in a queue longer than the retention period configured for the queue.
    ///
    /// **Note:** Each time you receive a message, meaning when a consumer retrieves a message from the queue, it comes with a unique `ReceiptHandle`. If you receive the same message more than once, you will get a different `ReceiptHandle` each time. When you want to delete a message using the `DeleteMessage` action, you must use the `ReceiptHandle` from the most recent time you received the message. If you use an old `ReceiptHandle`, the request will succeed, but the message might not be deleted.
    ///
    /// For standard queues, it is possible to receive a message even after you delete it. This might happen on rare occasions if one of the servers which stores a copy of the message is unavailable when you send the request to delete the message. The copy remains on the server and might be returned to you during a subsequent receive request. You should ensure that your application is idempotent, so that receiving a message more than once does not cause issues.
    pub fn delete_message(&self) -> DeleteMessageFluentBuilder {
        DeleteMessageFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteMessageRequest::builder(),
        }
    }
    /// Deletes the queue specified by the `QueueUrl`, regardless of the queue's contents.
    ///
    /// **Note:** Be careful with the `DeleteQueue` action: When you delete a queue, any messages in the queue are no longer available.
    ///
    /// When you delete a queue, the deletion process takes up to 60 seconds. Requests you send involving that queue during the 60 seconds might succeed. For example, a ` SendMessage` request might succeed, but after 60 seconds the queue and the message you sent no longer exist.
    ///
    /// When you delete a queue, you must wait at least 60 seconds before creating a queue with the same name.
    ///
    /// **Note:** Cross-account permissions don't apply to this action. For more information, see [Grant cross-account permissions to a role and a username](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html#grant-cross-account-permissions-to-role-and-user-name) in the *Amazon SQS Developer Guide*.
    ///
    /// The delete operation uses the HTTP `GET` verb.
    pub fn delete_queue(&self) -> DeleteQueueFluentBuilder {
        DeleteQueueFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteQueueRequest::builder(),
        }
    }
    /// Gets attributes for the specified queue.
    ///
    /// **Note:** To determine whether a queue is [FIFO](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html), you can check whether `QueueName` ends with the `.fifo` suffix.
    pub fn get_queue_attributes(&self) -> GetQueueAttributesFluentBuilder {
        GetQueueAttributesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetQueueAttributesRequest::builder(),
        }
    }
    /// The `GetQueueUrl` API returns the URL of an existing Amazon SQS queue. This is useful when you know the queue's name but need to retrieve its URL for further operations.
    ///
    /// To access a queue owned by another Amazon Web Services account, use the `QueueOwnerAWSAccountId` parameter to specify the account ID of the queue's owner. Note that the queue owner must grant you the necessary permissions to access the queue. For more information about accessing shared queues, see the ` AddPermission` API or [Allow developers to write messages to a shared queue](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-writing-an-sqs-policy.html#write-messages-to-shared-queue) in the *Amazon SQS Developer Guide*.
    pub fn get_queue_url(&self) -> GetQueueUrlFluentBuilder {
        GetQueueUrlFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetQueueUrlRequest::builder(),
        }
    }
    /// Returns a list of your queues in the current region. The response includes a maximum of 1,000 results. If you specify a value for the optional `QueueNamePrefix` parameter, only queues with a name that begins with the specified value are returned.
    ///
    /// The `listQueues` methods supports pagination. Set parameter `MaxResults` in the request to specify the maximum number of results to be returned in the response. If you do not set `MaxResults`, the response includes a maximum of 1,000 results. If you set `MaxResults` and there are additional results to display, the response includes a value for `NextToken`. Use `NextToken` as a parameter in your next request to `listQueues` to receive the next page of results.
    ///
    /// **Note:** Cross-account permissions don't apply to this action. For more information, see [Grant cross-account permissions to a role and a username](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html#grant-cross-account-permissions-to-role-and-user-name) in the *Amazon SQS Developer Guide*.
    pub fn list_queues(&self) -> ListQueuesFluentBuilder {
        ListQueuesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListQueuesRequest::builder(),
        }
    }
    /// Retrieves one or more messages (up to 10), from the specified queue. Using the `WaitTimeSeconds` parameter enables long-poll support. For more information, see [Amazon SQS Long Polling](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-long-polling.html) in the *Amazon SQS Developer Guide*.
    ///
    /// Short poll is the default behavior where a weighted random set of machines is sampled on a `ReceiveMessage` call. Therefore, only the messages on the sampled machines are returned. If the number of messages in the queue is small (fewer than 1,000), you most likely get fewer messages than you requested per `ReceiveMessage` call. If the number of messages in the queue is extremely small, you might not receive any messages in a particular `ReceiveMessage` response. If this happens, repeat the request.
    ///
    /// For each message returned, the response includes the following:
    ///
    /// - The message body.
    /// - An MD5 digest of the message body. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    /// - The `MessageId` you received when you sent the message to the queue.
    /// - The receipt handle.
    /// - The message attributes.
    /// - An MD5 digest of the message attributes.
    ///
    /// The receipt handle is the identifier you must provide when deleting the message. For more information, see [Queue and Message Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html) in the *Amazon SQS Developer Guide*.
    ///
    /// You can provide the `VisibilityTimeout` parameter in your request. The parameter is applied to the messages that Amazon SQS returns in the response. If you don't include the parameter, the overall visibility timeout for the queue is used for the returned messages. The default visibility timeout for a queue is 30 seconds.
    ///
    /// **Note:** In the future, new attributes might be added. If you write code that calls this action, we recommend that you structure your code so that it can handle new attributes gracefully.
    pub fn receive_message(&self) -> ReceiveMessageFluentBuilder {
        ReceiveMessageFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ReceiveMessageRequest::builder(),
        }
    }
    /// Delivers a message to the specified queue.
    ///
    /// **Note:** A message can include only XML, JSON, and unformatted text. The following Unicode characters are allowed. For more information, see the [W3C specification for characters](http://www.w3.org/TR/REC-xml/#charsets).
    ///
    /// `#x9` | `#xA` | `#xD` | `#x20` to `#xD7FF` | `#xE000` to `#xFFFD` | `#x10000` to `#x10FFFF`
    ///
    /// Amazon SQS does not throw an exception or completely reject the message if it contains invalid characters. Instead, it replaces those invalid characters with `U+FFFD` before storing the message in the queue, as long as the message body contains at least one valid character.
    pub fn send_message(&self) -> SendMessageFluentBuilder {
        SendMessageFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: SendMessageRequest::builder(),
        }
    }
}
impl Client {
    /// Calls the operation with this model name on a JSON input and
    /// answers its JSON output, with the error reduced to code, message
    /// and status: one signature for all operations, for tools that
    /// work from [`schema`].
    pub async fn call_json(
        &self,
        operation: &str,
        input: rt::JsonValue,
    ) -> rt::Result<rt::JsonValue, SdkError<rt::Unhandled>> {
        match operation {
            "CreateQueue" => {
                self.handle
                    .call_json::<
                        CreateQueueRequest,
                        CreateQueueResult,
                        CreateQueueError,
                    >(&crate::sqs_types::http::CREATE_QUEUE, input)
                    .await
            }
            "DeleteMessage" => {
                self.handle
                    .call_json::<
                        DeleteMessageRequest,
                        DeleteMessageOutput,
                        DeleteMessageError,
                    >(&crate::sqs_types::http::DELETE_MESSAGE, input)
                    .await
            }
            "DeleteQueue" => {
                self.handle
                    .call_json::<
                        DeleteQueueRequest,
                        DeleteQueueOutput,
                        DeleteQueueError,
                    >(&crate::sqs_types::http::DELETE_QUEUE, input)
                    .await
            }
            "GetQueueAttributes" => {
                self.handle
                    .call_json::<
                        GetQueueAttributesRequest,
                        GetQueueAttributesResult,
                        GetQueueAttributesError,
                    >(&crate::sqs_types::http::GET_QUEUE_ATTRIBUTES, input)
                    .await
            }
            "GetQueueUrl" => {
                self.handle
                    .call_json::<
                        GetQueueUrlRequest,
                        GetQueueUrlResult,
                        GetQueueUrlError,
                    >(&crate::sqs_types::http::GET_QUEUE_URL, input)
                    .await
            }
            "ListQueues" => {
                self.handle
                    .call_json::<
                        ListQueuesRequest,
                        ListQueuesResult,
                        ListQueuesError,
                    >(&crate::sqs_types::http::LIST_QUEUES, input)
                    .await
            }
            "ReceiveMessage" => {
                self.handle
                    .call_json::<
                        ReceiveMessageRequest,
                        ReceiveMessageResult,
                        ReceiveMessageError,
                    >(&crate::sqs_types::http::RECEIVE_MESSAGE, input)
                    .await
            }
            "SendMessage" => {
                self.handle
                    .call_json::<
                        SendMessageRequest,
                        SendMessageResult,
                        SendMessageError,
                    >(&crate::sqs_types::http::SEND_MESSAGE, input)
                    .await
            }
            _ => {
                Err(
                    SdkError::construction(
                        format!("the model has no operation `{operation}`"),
                    ),
                )
            }
        }
    }
}
/// Checks a JSON input for the operation with this model name against
/// the model's constraints, as `send` does before sending.
pub fn validate_json(
    operation: &str,
    input: &rt::JsonValue,
) -> rt::Result<(), SdkError<rt::Unhandled>> {
    match operation {
        "CreateQueue" => rt::client::validate::<CreateQueueRequest, rt::Unhandled>(input),
        "DeleteMessage" => rt::client::validate::<DeleteMessageRequest, rt::Unhandled>(input),
        "DeleteQueue" => rt::client::validate::<DeleteQueueRequest, rt::Unhandled>(input),
        "GetQueueAttributes" => {
            rt::client::validate::<GetQueueAttributesRequest, rt::Unhandled>(input)
        }
        "GetQueueUrl" => rt::client::validate::<GetQueueUrlRequest, rt::Unhandled>(input),
        "ListQueues" => rt::client::validate::<ListQueuesRequest, rt::Unhandled>(input),
        "ReceiveMessage" => rt::client::validate::<ReceiveMessageRequest, rt::Unhandled>(input),
        "SendMessage" => rt::client::validate::<SendMessageRequest, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `CreateQueue` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateQueueFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateQueueRequestBuilder,
}
impl ::std::convert::From<CreateQueueFluentBuilder> for CreateQueueRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateQueueFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateQueueFluentBuilder {
    /// Inserts one entry into [`CreateQueueRequest::attributes`](CreateQueueRequest::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.attributes(key, value);
        self
    }
    /// Sets or clears [`CreateQueueRequest::attributes`](CreateQueueRequest::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_attributes(value);
        self
    }
    /// Sets [`CreateQueueRequest::queue_name`](CreateQueueRequest::queue_name).
    pub fn queue_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_name(value);
        self
    }
    /// Sets or clears [`CreateQueueRequest::queue_name`](CreateQueueRequest::queue_name).
    pub fn set_queue_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_name(value);
        self
    }
    /// Inserts one entry into [`CreateQueueRequest::tags`](CreateQueueRequest::tags).
    pub fn tags(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.tags(key, value);
        self
    }
    /// Sets or clears [`CreateQueueRequest::tags`](CreateQueueRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateQueueRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateQueueRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateQueueResult, SdkError<CreateQueueError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::CREATE_QUEUE, &input, stream)
            .await
    }
}
/// A `DeleteMessage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteMessageFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteMessageRequestBuilder,
}
impl ::std::convert::From<DeleteMessageFluentBuilder> for DeleteMessageRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteMessageFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteMessageFluentBuilder {
    /// Sets [`DeleteMessageRequest::queue_url`](DeleteMessageRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_url(value);
        self
    }
    /// Sets or clears [`DeleteMessageRequest::queue_url`](DeleteMessageRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_url(value);
        self
    }
    /// Sets [`DeleteMessageRequest::receipt_handle`](DeleteMessageRequest::receipt_handle).
    pub fn receipt_handle(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.receipt_handle(value);
        self
    }
    /// Sets or clears [`DeleteMessageRequest::receipt_handle`](DeleteMessageRequest::receipt_handle).
    pub fn set_receipt_handle(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_receipt_handle(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteMessageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteMessageRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteMessageOutput, SdkError<DeleteMessageError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::DELETE_MESSAGE, &input, stream)
            .await
    }
}
/// A `DeleteQueue` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteQueueFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteQueueRequestBuilder,
}
impl ::std::convert::From<DeleteQueueFluentBuilder> for DeleteQueueRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteQueueFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteQueueFluentBuilder {
    /// Sets [`DeleteQueueRequest::queue_url`](DeleteQueueRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_url(value);
        self
    }
    /// Sets or clears [`DeleteQueueRequest::queue_url`](DeleteQueueRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_url(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteQueueRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteQueueRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteQueueOutput, SdkError<DeleteQueueError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::DELETE_QUEUE, &input, stream)
            .await
    }
}
/// A `GetQueueAttributes` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetQueueAttributesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetQueueAttributesRequestBuilder,
}
impl ::std::convert::From<GetQueueAttributesFluentBuilder> for GetQueueAttributesRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetQueueAttributesFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetQueueAttributesFluentBuilder {
    /// Appends one element to [`GetQueueAttributesRequest::attribute_names`](GetQueueAttributesRequest::attribute_names).
    pub fn attribute_names(mut self, value: impl rt::Into<QueueAttributeName>) -> Self {
        self.input = self.input.attribute_names(value);
        self
    }
    /// Sets or clears [`GetQueueAttributesRequest::attribute_names`](GetQueueAttributesRequest::attribute_names).
    pub fn set_attribute_names(mut self, value: rt::Option<rt::Vec<QueueAttributeName>>) -> Self {
        self.input = self.input.set_attribute_names(value);
        self
    }
    /// Sets [`GetQueueAttributesRequest::queue_url`](GetQueueAttributesRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_url(value);
        self
    }
    /// Sets or clears [`GetQueueAttributesRequest::queue_url`](GetQueueAttributesRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_url(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetQueueAttributesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetQueueAttributesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetQueueAttributesResult, SdkError<GetQueueAttributesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::GET_QUEUE_ATTRIBUTES, &input, stream)
            .await
    }
}
/// A `GetQueueUrl` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetQueueUrlFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetQueueUrlRequestBuilder,
}
impl ::std::convert::From<GetQueueUrlFluentBuilder> for GetQueueUrlRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetQueueUrlFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetQueueUrlFluentBuilder {
    /// Sets [`GetQueueUrlRequest::queue_name`](GetQueueUrlRequest::queue_name).
    pub fn queue_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_name(value);
        self
    }
    /// Sets or clears [`GetQueueUrlRequest::queue_name`](GetQueueUrlRequest::queue_name).
    pub fn set_queue_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_name(value);
        self
    }
    /// Sets [`GetQueueUrlRequest::queue_owner_aws_account_id`](GetQueueUrlRequest::queue_owner_aws_account_id).
    pub fn queue_owner_aws_account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_owner_aws_account_id(value);
        self
    }
    /// Sets or clears [`GetQueueUrlRequest::queue_owner_aws_account_id`](GetQueueUrlRequest::queue_owner_aws_account_id).
    pub fn set_queue_owner_aws_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_owner_aws_account_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetQueueUrlRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetQueueUrlRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetQueueUrlResult, SdkError<GetQueueUrlError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::GET_QUEUE_URL, &input, stream)
            .await
    }
}
/// A `ListQueues` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListQueuesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListQueuesRequestBuilder,
}
impl ::std::convert::From<ListQueuesFluentBuilder> for ListQueuesRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListQueuesFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListQueuesFluentBuilder {
    /// Sets [`ListQueuesRequest::max_results`](ListQueuesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListQueuesRequest::max_results`](ListQueuesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Sets [`ListQueuesRequest::next_token`](ListQueuesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListQueuesRequest::next_token`](ListQueuesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListQueuesRequest::queue_name_prefix`](ListQueuesRequest::queue_name_prefix).
    pub fn queue_name_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_name_prefix(value);
        self
    }
    /// Sets or clears [`ListQueuesRequest::queue_name_prefix`](ListQueuesRequest::queue_name_prefix).
    pub fn set_queue_name_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_name_prefix(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListQueuesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListQueuesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListQueuesResult, SdkError<ListQueuesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::LIST_QUEUES, &input, stream)
            .await
    }
}
impl ListQueuesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListQueuesPaginator {
        ListQueuesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListQueues`, following `NextToken`.
#[derive(Debug)]
pub struct ListQueuesPaginator {
    call: ListQueuesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListQueuesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListQueuesResult, SdkError<ListQueuesError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListQueuesResult, SdkError<ListQueuesError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `QueueUrls` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<rt::String>, SdkError<ListQueuesError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.queue_urls.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `QueueUrls` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<rt::String, SdkError<ListQueuesError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.queue_urls.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ReceiveMessage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ReceiveMessageFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ReceiveMessageRequestBuilder,
}
impl ::std::convert::From<ReceiveMessageFluentBuilder> for ReceiveMessageRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ReceiveMessageFluentBuilder) -> Self {
        fluent.input
    }
}
impl ReceiveMessageFluentBuilder {
    /// Appends one element to [`ReceiveMessageRequest::attribute_names`](ReceiveMessageRequest::attribute_names).
    pub fn attribute_names(mut self, value: impl rt::Into<QueueAttributeName>) -> Self {
        self.input = self.input.attribute_names(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::attribute_names`](ReceiveMessageRequest::attribute_names).
    pub fn set_attribute_names(mut self, value: rt::Option<rt::Vec<QueueAttributeName>>) -> Self {
        self.input = self.input.set_attribute_names(value);
        self
    }
    /// Sets [`ReceiveMessageRequest::max_number_of_messages`](ReceiveMessageRequest::max_number_of_messages).
    pub fn max_number_of_messages(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_number_of_messages(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::max_number_of_messages`](ReceiveMessageRequest::max_number_of_messages).
    pub fn set_max_number_of_messages(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_number_of_messages(value);
        self
    }
    /// Appends one element to [`ReceiveMessageRequest::message_attribute_names`](ReceiveMessageRequest::message_attribute_names).
    pub fn message_attribute_names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_attribute_names(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::message_attribute_names`](ReceiveMessageRequest::message_attribute_names).
    pub fn set_message_attribute_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_message_attribute_names(value);
        self
    }
    /// Appends one element to [`ReceiveMessageRequest::message_system_attribute_names`](ReceiveMessageRequest::message_system_attribute_names).
    pub fn message_system_attribute_names(
        mut self,
        value: impl rt::Into<MessageSystemAttributeName>,
    ) -> Self {
        self.input = self.input.message_system_attribute_names(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::message_system_attribute_names`](ReceiveMessageRequest::message_system_attribute_names).
    pub fn set_message_system_attribute_names(
        mut self,
        value: rt::Option<rt::Vec<MessageSystemAttributeName>>,
    ) -> Self {
        self.input = self.input.set_message_system_attribute_names(value);
        self
    }
    /// Sets [`ReceiveMessageRequest::queue_url`](ReceiveMessageRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_url(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::queue_url`](ReceiveMessageRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_url(value);
        self
    }
    /// Sets [`ReceiveMessageRequest::receive_request_attempt_id`](ReceiveMessageRequest::receive_request_attempt_id).
    pub fn receive_request_attempt_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.receive_request_attempt_id(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::receive_request_attempt_id`](ReceiveMessageRequest::receive_request_attempt_id).
    pub fn set_receive_request_attempt_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_receive_request_attempt_id(value);
        self
    }
    /// Sets [`ReceiveMessageRequest::visibility_timeout`](ReceiveMessageRequest::visibility_timeout).
    pub fn visibility_timeout(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.visibility_timeout(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::visibility_timeout`](ReceiveMessageRequest::visibility_timeout).
    pub fn set_visibility_timeout(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_visibility_timeout(value);
        self
    }
    /// Sets [`ReceiveMessageRequest::wait_time_seconds`](ReceiveMessageRequest::wait_time_seconds).
    pub fn wait_time_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.wait_time_seconds(value);
        self
    }
    /// Sets or clears [`ReceiveMessageRequest::wait_time_seconds`](ReceiveMessageRequest::wait_time_seconds).
    pub fn set_wait_time_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_wait_time_seconds(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ReceiveMessageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ReceiveMessageRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ReceiveMessageResult, SdkError<ReceiveMessageError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::RECEIVE_MESSAGE, &input, stream)
            .await
    }
}
/// A `SendMessage` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct SendMessageFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: SendMessageRequestBuilder,
}
impl ::std::convert::From<SendMessageFluentBuilder> for SendMessageRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: SendMessageFluentBuilder) -> Self {
        fluent.input
    }
}
impl SendMessageFluentBuilder {
    /// Sets [`SendMessageRequest::delay_seconds`](SendMessageRequest::delay_seconds).
    pub fn delay_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.delay_seconds(value);
        self
    }
    /// Sets or clears [`SendMessageRequest::delay_seconds`](SendMessageRequest::delay_seconds).
    pub fn set_delay_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_delay_seconds(value);
        self
    }
    /// Inserts one entry into [`SendMessageRequest::message_attributes`](SendMessageRequest::message_attributes).
    pub fn message_attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<MessageAttributeValue>,
    ) -> Self {
        self.input = self.input.message_attributes(key, value);
        self
    }
    /// Sets or clears [`SendMessageRequest::message_attributes`](SendMessageRequest::message_attributes).
    pub fn set_message_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    ) -> Self {
        self.input = self.input.set_message_attributes(value);
        self
    }
    /// Sets [`SendMessageRequest::message_body`](SendMessageRequest::message_body).
    pub fn message_body(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_body(value);
        self
    }
    /// Sets or clears [`SendMessageRequest::message_body`](SendMessageRequest::message_body).
    pub fn set_message_body(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message_body(value);
        self
    }
    /// Sets [`SendMessageRequest::message_deduplication_id`](SendMessageRequest::message_deduplication_id).
    pub fn message_deduplication_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_deduplication_id(value);
        self
    }
    /// Sets or clears [`SendMessageRequest::message_deduplication_id`](SendMessageRequest::message_deduplication_id).
    pub fn set_message_deduplication_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message_deduplication_id(value);
        self
    }
    /// Sets [`SendMessageRequest::message_group_id`](SendMessageRequest::message_group_id).
    pub fn message_group_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_group_id(value);
        self
    }
    /// Sets or clears [`SendMessageRequest::message_group_id`](SendMessageRequest::message_group_id).
    pub fn set_message_group_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message_group_id(value);
        self
    }
    /// Inserts one entry into [`SendMessageRequest::message_system_attributes`](SendMessageRequest::message_system_attributes).
    pub fn message_system_attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<MessageSystemAttributeValue>,
    ) -> Self {
        self.input = self.input.message_system_attributes(key, value);
        self
    }
    /// Sets or clears [`SendMessageRequest::message_system_attributes`](SendMessageRequest::message_system_attributes).
    pub fn set_message_system_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageSystemAttributeValue>>,
    ) -> Self {
        self.input = self.input.set_message_system_attributes(value);
        self
    }
    /// Sets [`SendMessageRequest::queue_url`](SendMessageRequest::queue_url).
    pub fn queue_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.queue_url(value);
        self
    }
    /// Sets or clears [`SendMessageRequest::queue_url`](SendMessageRequest::queue_url).
    pub fn set_queue_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_queue_url(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: SendMessageRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut SendMessageRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<SendMessageResult, SdkError<SendMessageError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sqs_types::http::SEND_MESSAGE, &input, stream)
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sqs-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 48usize),
            Err(failures) => {
                panic!(
                    "{} endpoint test cases failed:\n{}",
                    failures.len(),
                    failures.join("\n")
                )
            }
        }
    }
    use ::codegen_rt as rt;
}
