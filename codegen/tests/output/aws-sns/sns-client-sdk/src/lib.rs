// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon Simple Notification Service.
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
pub use sns_types;
use sns_types::error::*;
use sns_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "AmazonSimpleNotificationService",
    signing_name: "sns",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "sns",
    protocols: &[rt::Protocol::AwsQuery],
    user_agent: "sns-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "Publish",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: sns_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":{\"ref\":\"Endpoint\"}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"},{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-gov-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sns.us-gov-east-1.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-gov-west-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sns.us-gov-west-1.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sns-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sns.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Amazon Simple Notification Service
///
/// Amazon Simple Notification Service (Amazon SNS) is a web service that enables you to build distributed web-enabled applications. Applications can use Amazon SNS to easily push real-time notification messages to interested subscribers over multiple delivery protocols. For more information about this product see the [Amazon SNS product page](http://aws.amazon.com/sns/). For detailed information about Amazon SNS features and their associated API calls, see the [Amazon SNS Developer Guide](https://docs.aws.amazon.com/sns/latest/dg/).
///
/// For information on the permissions you need to use this API, see [Identity and access management in Amazon SNS](https://docs.aws.amazon.com/sns/latest/dg/sns-authentication-and-access-control.html) in the *Amazon SNS Developer Guide.*
///
/// We also provide SDKs that enable you to access Amazon SNS from your preferred programming language. The SDKs contain functionality that automatically takes care of tasks such as: cryptographically signing your service requests, retrying requests, and handling error responses. For a list of available SDKs, go to [Tools for Amazon Web Services](http://aws.amazon.com/tools/).
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
    /// Creates a topic to which notifications can be published. Users can create at most 100,000 standard topics (at most 1,000 FIFO topics). For more information, see [Creating an Amazon SNS topic](https://docs.aws.amazon.com/sns/latest/dg/sns-create-topic.html) in the *Amazon SNS Developer Guide*. This action is idempotent, so if the requester already owns a topic with the specified name, that topic's ARN is returned without creating a new topic.
    pub fn create_topic(&self) -> CreateTopicFluentBuilder {
        CreateTopicFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateTopicInput::builder(),
        }
    }
    /// Deletes a topic and all its subscriptions. Deleting a topic might prevent some messages previously sent to the topic from being delivered to subscribers. This action is idempotent, so deleting a topic that does not exist does not result in an error.
    pub fn delete_topic(&self) -> DeleteTopicFluentBuilder {
        DeleteTopicFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteTopicInput::builder(),
        }
    }
    /// Returns all of the properties of a topic. Topic properties returned might differ based on the authorization of the user.
    pub fn get_topic_attributes(&self) -> GetTopicAttributesFluentBuilder {
        GetTopicAttributesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetTopicAttributesInput::builder(),
        }
    }
    /// Returns a list of the subscriptions to a specific topic. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListSubscriptionsByTopic` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    pub fn list_subscriptions_by_topic(&self) -> ListSubscriptionsByTopicFluentBuilder {
        ListSubscriptionsByTopicFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListSubscriptionsByTopicInput::builder(),
        }
    }
    /// Returns a list of the requester's topics. Each call returns a limited list of topics, up to 100. If there are more topics, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListTopics` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    pub fn list_topics(&self) -> ListTopicsFluentBuilder {
        ListTopicsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListTopicsInput::builder(),
        }
    }
    /// Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone number, or a message to a mobile platform endpoint (when you specify the `TargetArn`).
    ///
    /// If you send a message to a topic, Amazon SNS delivers the message to each endpoint that is subscribed to the topic. The format of the message depends on the notification protocol for each subscribed endpoint.
    ///
    /// When a `messageId` is returned, the message is saved and Amazon SNS immediately delivers it to subscribers.
    ///
    /// To use the `Publish` action for publishing a message to a mobile endpoint, such as an app on a Kindle device or mobile phone, you must specify the EndpointArn for the TargetArn parameter. The EndpointArn is returned when making a call with the `CreatePlatformEndpoint` action.
    ///
    /// For more information about formatting messages, see [Send Custom Platform-Specific Payloads in Messages to Mobile Devices](https://docs.aws.amazon.com/sns/latest/dg/mobile-push-send-custommessage.html).
    ///
    /// **Note:** You can publish messages only to topics and endpoints in the same Amazon Web Services Region.
    pub fn publish(&self) -> PublishFluentBuilder {
        PublishFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PublishInput::builder(),
        }
    }
    /// Allows a topic owner to set an attribute of the topic to a new value.
    ///
    /// **Note:** To remove the ability to change topic permissions, you must deny permissions to the `AddPermission`, `RemovePermission`, and `SetTopicAttributes` actions in your IAM policy.
    pub fn set_topic_attributes(&self) -> SetTopicAttributesFluentBuilder {
        SetTopicAttributesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: SetTopicAttributesInput::builder(),
        }
    }
    /// Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is HTTP/S or email, or if the endpoint and the topic are not in the same Amazon Web Services account, the endpoint owner must run the `ConfirmSubscription` action to confirm the subscription.
    ///
    /// You call the `ConfirmSubscription` action with the token from the subscription response. Confirmation tokens are valid for two days.
    ///
    /// This action is throttled at 100 transactions per second (TPS).
    pub fn subscribe(&self) -> SubscribeFluentBuilder {
        SubscribeFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: SubscribeInput::builder(),
        }
    }
    /// Add tags to the specified Amazon SNS topic. For an overview, see [Amazon SNS Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon SNS Developer Guide*.
    ///
    /// When you use topic tags, keep the following guidelines in mind:
    ///
    /// - Adding more than 50 tags to a topic isn't recommended.
    /// - Tags don't have any semantic meaning. Amazon SNS interprets tags as character strings.
    /// - Tags are case-sensitive.
    /// - A new tag with a key identical to that of an existing tag overwrites the existing tag.
    /// - Tagging actions are limited to 10 TPS per Amazon Web Services account, per Amazon Web Services Region. If your application requires a higher throughput, file a [technical support request](https://console.aws.amazon.com/support/home#/case/create?issueType=technical).
    pub fn tag_resource(&self) -> TagResourceFluentBuilder {
        TagResourceFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: TagResourceRequest::builder(),
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
            "CreateTopic" => {
                self.handle
                    .call_json::<
                        CreateTopicInput,
                        CreateTopicResponse,
                        CreateTopicError,
                    >(&crate::sns_types::http::CREATE_TOPIC, input)
                    .await
            }
            "DeleteTopic" => {
                self.handle
                    .call_json::<
                        DeleteTopicInput,
                        DeleteTopicOutput,
                        DeleteTopicError,
                    >(&crate::sns_types::http::DELETE_TOPIC, input)
                    .await
            }
            "GetTopicAttributes" => {
                self.handle
                    .call_json::<
                        GetTopicAttributesInput,
                        GetTopicAttributesResponse,
                        GetTopicAttributesError,
                    >(&crate::sns_types::http::GET_TOPIC_ATTRIBUTES, input)
                    .await
            }
            "ListSubscriptionsByTopic" => {
                self.handle
                    .call_json::<
                        ListSubscriptionsByTopicInput,
                        ListSubscriptionsByTopicResponse,
                        ListSubscriptionsByTopicError,
                    >(&crate::sns_types::http::LIST_SUBSCRIPTIONS_BY_TOPIC, input)
                    .await
            }
            "ListTopics" => {
                self.handle
                    .call_json::<
                        ListTopicsInput,
                        ListTopicsResponse,
                        ListTopicsError,
                    >(&crate::sns_types::http::LIST_TOPICS, input)
                    .await
            }
            "Publish" => {
                self.handle
                    .call_json::<
                        PublishInput,
                        PublishResponse,
                        PublishError,
                    >(&crate::sns_types::http::PUBLISH, input)
                    .await
            }
            "SetTopicAttributes" => {
                self.handle
                    .call_json::<
                        SetTopicAttributesInput,
                        SetTopicAttributesOutput,
                        SetTopicAttributesError,
                    >(&crate::sns_types::http::SET_TOPIC_ATTRIBUTES, input)
                    .await
            }
            "Subscribe" => {
                self.handle
                    .call_json::<
                        SubscribeInput,
                        SubscribeResponse,
                        SubscribeError,
                    >(&crate::sns_types::http::SUBSCRIBE, input)
                    .await
            }
            "TagResource" => {
                self.handle
                    .call_json::<
                        TagResourceRequest,
                        TagResourceResponse,
                        TagResourceError,
                    >(&crate::sns_types::http::TAG_RESOURCE, input)
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
        "CreateTopic" => rt::client::validate::<CreateTopicInput, rt::Unhandled>(input),
        "DeleteTopic" => rt::client::validate::<DeleteTopicInput, rt::Unhandled>(input),
        "GetTopicAttributes" => {
            rt::client::validate::<GetTopicAttributesInput, rt::Unhandled>(input)
        }
        "ListSubscriptionsByTopic" => {
            rt::client::validate::<ListSubscriptionsByTopicInput, rt::Unhandled>(input)
        }
        "ListTopics" => rt::client::validate::<ListTopicsInput, rt::Unhandled>(input),
        "Publish" => rt::client::validate::<PublishInput, rt::Unhandled>(input),
        "SetTopicAttributes" => {
            rt::client::validate::<SetTopicAttributesInput, rt::Unhandled>(input)
        }
        "Subscribe" => rt::client::validate::<SubscribeInput, rt::Unhandled>(input),
        "TagResource" => rt::client::validate::<TagResourceRequest, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `CreateTopic` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateTopicFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateTopicInputBuilder,
}
impl ::std::convert::From<CreateTopicFluentBuilder> for CreateTopicInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateTopicFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateTopicFluentBuilder {
    /// Inserts one entry into [`CreateTopicInput::attributes`](CreateTopicInput::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.attributes(key, value);
        self
    }
    /// Sets or clears [`CreateTopicInput::attributes`](CreateTopicInput::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_attributes(value);
        self
    }
    /// Sets [`CreateTopicInput::data_protection_policy`](CreateTopicInput::data_protection_policy).
    pub fn data_protection_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.data_protection_policy(value);
        self
    }
    /// Sets or clears [`CreateTopicInput::data_protection_policy`](CreateTopicInput::data_protection_policy).
    pub fn set_data_protection_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_data_protection_policy(value);
        self
    }
    /// Sets [`CreateTopicInput::name`](CreateTopicInput::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets or clears [`CreateTopicInput::name`](CreateTopicInput::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_name(value);
        self
    }
    /// Appends one element to [`CreateTopicInput::tags`](CreateTopicInput::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`CreateTopicInput::tags`](CreateTopicInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateTopicInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateTopicInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateTopicResponse, SdkError<CreateTopicError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::CREATE_TOPIC, &input, stream)
            .await
    }
}
/// A `DeleteTopic` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteTopicFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteTopicInputBuilder,
}
impl ::std::convert::From<DeleteTopicFluentBuilder> for DeleteTopicInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteTopicFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteTopicFluentBuilder {
    /// Sets [`DeleteTopicInput::topic_arn`](DeleteTopicInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic_arn(value);
        self
    }
    /// Sets or clears [`DeleteTopicInput::topic_arn`](DeleteTopicInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteTopicInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteTopicInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteTopicOutput, SdkError<DeleteTopicError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::DELETE_TOPIC, &input, stream)
            .await
    }
}
/// A `GetTopicAttributes` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetTopicAttributesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetTopicAttributesInputBuilder,
}
impl ::std::convert::From<GetTopicAttributesFluentBuilder> for GetTopicAttributesInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetTopicAttributesFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetTopicAttributesFluentBuilder {
    /// Sets [`GetTopicAttributesInput::topic_arn`](GetTopicAttributesInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic_arn(value);
        self
    }
    /// Sets or clears [`GetTopicAttributesInput::topic_arn`](GetTopicAttributesInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetTopicAttributesInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetTopicAttributesInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetTopicAttributesResponse, SdkError<GetTopicAttributesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::GET_TOPIC_ATTRIBUTES, &input, stream)
            .await
    }
}
/// A `ListSubscriptionsByTopic` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListSubscriptionsByTopicFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListSubscriptionsByTopicInputBuilder,
}
impl ::std::convert::From<ListSubscriptionsByTopicFluentBuilder>
    for ListSubscriptionsByTopicInputBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListSubscriptionsByTopicFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListSubscriptionsByTopicFluentBuilder {
    /// Sets [`ListSubscriptionsByTopicInput::next_token`](ListSubscriptionsByTopicInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListSubscriptionsByTopicInput::next_token`](ListSubscriptionsByTopicInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListSubscriptionsByTopicInput::topic_arn`](ListSubscriptionsByTopicInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic_arn(value);
        self
    }
    /// Sets or clears [`ListSubscriptionsByTopicInput::topic_arn`](ListSubscriptionsByTopicInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListSubscriptionsByTopicInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListSubscriptionsByTopicInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<ListSubscriptionsByTopicResponse, SdkError<ListSubscriptionsByTopicError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &sns_types::http::LIST_SUBSCRIPTIONS_BY_TOPIC,
                &input,
                stream,
            )
            .await
    }
}
impl ListSubscriptionsByTopicFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListSubscriptionsByTopicPaginator {
        ListSubscriptionsByTopicPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListSubscriptionsByTopic`, following `NextToken`.
#[derive(Debug)]
pub struct ListSubscriptionsByTopicPaginator {
    call: ListSubscriptionsByTopicFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListSubscriptionsByTopicPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<
        rt::Result<ListSubscriptionsByTopicResponse, SdkError<ListSubscriptionsByTopicError>>,
    > {
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
    ) -> impl rt::client::Stream<
        Item = rt::Result<
            ListSubscriptionsByTopicResponse,
            SdkError<ListSubscriptionsByTopicError>,
        >,
    > {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Subscriptions` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<Subscription>, SdkError<ListSubscriptionsByTopicError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.subscriptions.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Subscriptions` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<Subscription, SdkError<ListSubscriptionsByTopicError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.subscriptions.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListTopics` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListTopicsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListTopicsInputBuilder,
}
impl ::std::convert::From<ListTopicsFluentBuilder> for ListTopicsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListTopicsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListTopicsFluentBuilder {
    /// Sets [`ListTopicsInput::next_token`](ListTopicsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListTopicsInput::next_token`](ListTopicsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListTopicsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListTopicsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListTopicsResponse, SdkError<ListTopicsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::LIST_TOPICS, &input, stream)
            .await
    }
}
impl ListTopicsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListTopicsPaginator {
        ListTopicsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListTopics`, following `NextToken`.
#[derive(Debug)]
pub struct ListTopicsPaginator {
    call: ListTopicsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListTopicsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListTopicsResponse, SdkError<ListTopicsError>>> {
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
    ) -> impl rt::client::Stream<Item = rt::Result<ListTopicsResponse, SdkError<ListTopicsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Topics` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<Topic>, SdkError<ListTopicsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.topics.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Topics` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<Topic, SdkError<ListTopicsError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.topics.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `Publish` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PublishFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PublishInputBuilder,
}
impl ::std::convert::From<PublishFluentBuilder> for PublishInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PublishFluentBuilder) -> Self {
        fluent.input
    }
}
impl PublishFluentBuilder {
    /// Sets [`PublishInput::message`](PublishInput::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message(value);
        self
    }
    /// Sets or clears [`PublishInput::message`](PublishInput::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message(value);
        self
    }
    /// Inserts one entry into [`PublishInput::message_attributes`](PublishInput::message_attributes).
    pub fn message_attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<MessageAttributeValue>,
    ) -> Self {
        self.input = self.input.message_attributes(key, value);
        self
    }
    /// Sets or clears [`PublishInput::message_attributes`](PublishInput::message_attributes).
    pub fn set_message_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, MessageAttributeValue>>,
    ) -> Self {
        self.input = self.input.set_message_attributes(value);
        self
    }
    /// Sets [`PublishInput::message_deduplication_id`](PublishInput::message_deduplication_id).
    pub fn message_deduplication_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_deduplication_id(value);
        self
    }
    /// Sets or clears [`PublishInput::message_deduplication_id`](PublishInput::message_deduplication_id).
    pub fn set_message_deduplication_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message_deduplication_id(value);
        self
    }
    /// Sets [`PublishInput::message_group_id`](PublishInput::message_group_id).
    pub fn message_group_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_group_id(value);
        self
    }
    /// Sets or clears [`PublishInput::message_group_id`](PublishInput::message_group_id).
    pub fn set_message_group_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message_group_id(value);
        self
    }
    /// Sets [`PublishInput::message_structure`](PublishInput::message_structure).
    pub fn message_structure(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.message_structure(value);
        self
    }
    /// Sets or clears [`PublishInput::message_structure`](PublishInput::message_structure).
    pub fn set_message_structure(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_message_structure(value);
        self
    }
    /// Sets [`PublishInput::phone_number`](PublishInput::phone_number).
    pub fn phone_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.phone_number(value);
        self
    }
    /// Sets or clears [`PublishInput::phone_number`](PublishInput::phone_number).
    pub fn set_phone_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_phone_number(value);
        self
    }
    /// Sets [`PublishInput::subject`](PublishInput::subject).
    pub fn subject(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.subject(value);
        self
    }
    /// Sets or clears [`PublishInput::subject`](PublishInput::subject).
    pub fn set_subject(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_subject(value);
        self
    }
    /// Sets [`PublishInput::target_arn`](PublishInput::target_arn).
    pub fn target_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.target_arn(value);
        self
    }
    /// Sets or clears [`PublishInput::target_arn`](PublishInput::target_arn).
    pub fn set_target_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_target_arn(value);
        self
    }
    /// Sets [`PublishInput::topic_arn`](PublishInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic_arn(value);
        self
    }
    /// Sets or clears [`PublishInput::topic_arn`](PublishInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PublishInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PublishInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PublishResponse, SdkError<PublishError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::PUBLISH, &input, stream)
            .await
    }
}
/// A `SetTopicAttributes` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct SetTopicAttributesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: SetTopicAttributesInputBuilder,
}
impl ::std::convert::From<SetTopicAttributesFluentBuilder> for SetTopicAttributesInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: SetTopicAttributesFluentBuilder) -> Self {
        fluent.input
    }
}
impl SetTopicAttributesFluentBuilder {
    /// Sets [`SetTopicAttributesInput::attribute_name`](SetTopicAttributesInput::attribute_name).
    pub fn attribute_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.attribute_name(value);
        self
    }
    /// Sets or clears [`SetTopicAttributesInput::attribute_name`](SetTopicAttributesInput::attribute_name).
    pub fn set_attribute_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_attribute_name(value);
        self
    }
    /// Sets [`SetTopicAttributesInput::attribute_value`](SetTopicAttributesInput::attribute_value).
    pub fn attribute_value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.attribute_value(value);
        self
    }
    /// Sets or clears [`SetTopicAttributesInput::attribute_value`](SetTopicAttributesInput::attribute_value).
    pub fn set_attribute_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_attribute_value(value);
        self
    }
    /// Sets [`SetTopicAttributesInput::topic_arn`](SetTopicAttributesInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic_arn(value);
        self
    }
    /// Sets or clears [`SetTopicAttributesInput::topic_arn`](SetTopicAttributesInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: SetTopicAttributesInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut SetTopicAttributesInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<SetTopicAttributesOutput, SdkError<SetTopicAttributesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::SET_TOPIC_ATTRIBUTES, &input, stream)
            .await
    }
}
/// A `Subscribe` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct SubscribeFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: SubscribeInputBuilder,
}
impl ::std::convert::From<SubscribeFluentBuilder> for SubscribeInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: SubscribeFluentBuilder) -> Self {
        fluent.input
    }
}
impl SubscribeFluentBuilder {
    /// Inserts one entry into [`SubscribeInput::attributes`](SubscribeInput::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.attributes(key, value);
        self
    }
    /// Sets or clears [`SubscribeInput::attributes`](SubscribeInput::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_attributes(value);
        self
    }
    /// Sets [`SubscribeInput::endpoint`](SubscribeInput::endpoint).
    pub fn endpoint(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.endpoint(value);
        self
    }
    /// Sets or clears [`SubscribeInput::endpoint`](SubscribeInput::endpoint).
    pub fn set_endpoint(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_endpoint(value);
        self
    }
    /// Sets [`SubscribeInput::protocol`](SubscribeInput::protocol).
    pub fn protocol(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.protocol(value);
        self
    }
    /// Sets or clears [`SubscribeInput::protocol`](SubscribeInput::protocol).
    pub fn set_protocol(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_protocol(value);
        self
    }
    /// Sets [`SubscribeInput::return_subscription_arn`](SubscribeInput::return_subscription_arn).
    pub fn return_subscription_arn(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.return_subscription_arn(value);
        self
    }
    /// Sets or clears [`SubscribeInput::return_subscription_arn`](SubscribeInput::return_subscription_arn).
    pub fn set_return_subscription_arn(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_return_subscription_arn(value);
        self
    }
    /// Sets [`SubscribeInput::topic_arn`](SubscribeInput::topic_arn).
    pub fn topic_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.topic_arn(value);
        self
    }
    /// Sets or clears [`SubscribeInput::topic_arn`](SubscribeInput::topic_arn).
    pub fn set_topic_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_topic_arn(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: SubscribeInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut SubscribeInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<SubscribeResponse, SdkError<SubscribeError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::SUBSCRIBE, &input, stream)
            .await
    }
}
/// A `TagResource` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct TagResourceFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: TagResourceRequestBuilder,
}
impl ::std::convert::From<TagResourceFluentBuilder> for TagResourceRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: TagResourceFluentBuilder) -> Self {
        fluent.input
    }
}
impl TagResourceFluentBuilder {
    /// Sets [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.resource_arn(value);
        self
    }
    /// Sets or clears [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_resource_arn(value);
        self
    }
    /// Appends one element to [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: TagResourceRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut TagResourceRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<TagResourceResponse, SdkError<TagResourceError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sns_types::http::TAG_RESOURCE, &input, stream)
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sns-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 49usize),
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
