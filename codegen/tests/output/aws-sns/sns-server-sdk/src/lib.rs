// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Amazon Simple Notification Service: implement [`Sns`] and serve [`SnsServer`].
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
use rt::server::{http, http_body, tower};
pub use rt::server::{Authenticate, Config, Context};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, OperationError as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use sns_types;
use sns_types::error::*;
use sns_types::model::*;
/// Amazon Simple Notification Service
///
/// Amazon Simple Notification Service (Amazon SNS) is a web service that enables you to build distributed web-enabled applications. Applications can use Amazon SNS to easily push real-time notification messages to interested subscribers over multiple delivery protocols. For more information about this product see the [Amazon SNS product page](http://aws.amazon.com/sns/). For detailed information about Amazon SNS features and their associated API calls, see the [Amazon SNS Developer Guide](https://docs.aws.amazon.com/sns/latest/dg/).
///
/// For information on the permissions you need to use this API, see [Identity and access management in Amazon SNS](https://docs.aws.amazon.com/sns/latest/dg/sns-authentication-and-access-control.html) in the *Amazon SNS Developer Guide.*
///
/// We also provide SDKs that enable you to access Amazon SNS from your preferred programming language. The SDKs contain functionality that automatically takes care of tasks such as: cryptographically signing your service requests, retrying requests, and handling error responses. For a list of available SDKs, go to [Tools for Amazon Web Services](http://aws.amazon.com/tools/).
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Sns: rt::Send + rt::Sync + 'static {
    /// Creates a topic to which notifications can be published. Users can create at most 100,000 standard topics (at most 1,000 FIFO topics). For more information, see [Creating an Amazon SNS topic](https://docs.aws.amazon.com/sns/latest/dg/sns-create-topic.html) in the *Amazon SNS Developer Guide*. This action is idempotent, so if the requester already owns a topic with the specified name, that topic's ARN is returned without creating a new topic.
    fn create_topic(
        &self,
        input: CreateTopicInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<CreateTopicResponse, CreateTopicError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CreateTopic")) }
    }
    /// Deletes a topic and all its subscriptions. Deleting a topic might prevent some messages previously sent to the topic from being delivered to subscribers. This action is idempotent, so deleting a topic that does not exist does not result in an error.
    fn delete_topic(
        &self,
        input: DeleteTopicInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteTopicOutput, DeleteTopicError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteTopic")) }
    }
    /// Returns all of the properties of a topic. Topic properties returned might differ based on the authorization of the user.
    fn get_topic_attributes(
        &self,
        input: GetTopicAttributesInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetTopicAttributesResponse, GetTopicAttributesError>>
           + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetTopicAttributes")) }
    }
    /// Returns a list of the subscriptions to a specific topic. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListSubscriptionsByTopic` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    fn list_subscriptions_by_topic(
        &self,
        input: ListSubscriptionsByTopicInput,
        cx: Context,
    ) -> impl rt::Future<
        Output = rt::Result<ListSubscriptionsByTopicResponse, ListSubscriptionsByTopicError>,
    > + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListSubscriptionsByTopic")) }
    }
    /// Returns a list of the requester's topics. Each call returns a limited list of topics, up to 100. If there are more topics, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListTopics` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    fn list_topics(
        &self,
        input: ListTopicsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListTopicsResponse, ListTopicsError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListTopics")) }
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
    fn publish(
        &self,
        input: PublishInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PublishResponse, PublishError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Publish")) }
    }
    /// Allows a topic owner to set an attribute of the topic to a new value.
    ///
    /// **Note:** To remove the ability to change topic permissions, you must deny permissions to the `AddPermission`, `RemovePermission`, and `SetTopicAttributes` actions in your IAM policy.
    fn set_topic_attributes(
        &self,
        input: SetTopicAttributesInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<SetTopicAttributesOutput, SetTopicAttributesError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("SetTopicAttributes")) }
    }
    /// Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is HTTP/S or email, or if the endpoint and the topic are not in the same Amazon Web Services account, the endpoint owner must run the `ConfirmSubscription` action to confirm the subscription.
    ///
    /// You call the `ConfirmSubscription` action with the token from the subscription response. Confirmation tokens are valid for two days.
    ///
    /// This action is throttled at 100 transactions per second (TPS).
    fn subscribe(
        &self,
        input: SubscribeInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<SubscribeResponse, SubscribeError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Subscribe")) }
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
    fn tag_resource(
        &self,
        input: TagResourceRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<TagResourceResponse, TagResourceError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("TagResource")) }
    }
}
/// The operations of [`SnsServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Sns::create_topic`].
    CreateTopic,
    /// A call of [`Sns::delete_topic`].
    DeleteTopic,
    /// A call of [`Sns::get_topic_attributes`].
    GetTopicAttributes,
    /// A call of [`Sns::list_subscriptions_by_topic`].
    ListSubscriptionsByTopic,
    /// A call of [`Sns::list_topics`].
    ListTopics,
    /// A call of [`Sns::publish`].
    Publish,
    /// A call of [`Sns::set_topic_attributes`].
    SetTopicAttributes,
    /// A call of [`Sns::subscribe`].
    Subscribe,
    /// A call of [`Sns::tag_resource`].
    TagResource,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::CreateTopic,
        Self::DeleteTopic,
        Self::GetTopicAttributes,
        Self::ListSubscriptionsByTopic,
        Self::ListTopics,
        Self::Publish,
        Self::SetTopicAttributes,
        Self::Subscribe,
        Self::TagResource,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::CreateTopic => "CreateTopic",
            Self::DeleteTopic => "DeleteTopic",
            Self::GetTopicAttributes => "GetTopicAttributes",
            Self::ListSubscriptionsByTopic => "ListSubscriptionsByTopic",
            Self::ListTopics => "ListTopics",
            Self::Publish => "Publish",
            Self::SetTopicAttributes => "SetTopicAttributes",
            Self::Subscribe => "Subscribe",
            Self::TagResource => "TagResource",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`Sns`] as a tower `Service` over HTTP, answering `aws.protocols#awsQuery`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct SnsServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Sns> SnsServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "AmazonSimpleNotificationService",
            &[rt::Protocol::AwsQuery],
            &[
                (&sns_types::http::CREATE_TOPIC, Operation::CreateTopic),
                (&sns_types::http::DELETE_TOPIC, Operation::DeleteTopic),
                (
                    &sns_types::http::GET_TOPIC_ATTRIBUTES,
                    Operation::GetTopicAttributes,
                ),
                (
                    &sns_types::http::LIST_SUBSCRIPTIONS_BY_TOPIC,
                    Operation::ListSubscriptionsByTopic,
                ),
                (&sns_types::http::LIST_TOPICS, Operation::ListTopics),
                (&sns_types::http::PUBLISH, Operation::Publish),
                (
                    &sns_types::http::SET_TOPIC_ATTRIBUTES,
                    Operation::SetTopicAttributes,
                ),
                (&sns_types::http::SUBSCRIBE, Operation::Subscribe),
                (&sns_types::http::TAG_RESOURCE, Operation::TagResource),
            ],
        );
        Self {
            handler: rt::Arc::new(handler),
            routes: rt::Arc::new(routes),
            config: rt::Arc::new(config),
            plugins: rt::Arc::new(()),
        }
    }
}
impl<S: Sns, P: rt::server::Plugin<Operation>> SnsServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> SnsServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        SnsServer {
            handler: self.handler,
            routes: self.routes,
            config: self.config,
            plugins: rt::Arc::new((rt::Arc::unwrap_or_clone(self.plugins), plugin)),
        }
    }
    /// The handler.
    pub fn handler(&self) -> &rt::Arc<S> {
        &self.handler
    }
    /// Handles one request: read, authenticate, route, decode, validate,
    /// call the handler, encode, respond; then, when the answer left
    /// some of the request's body unread, keeps the connection usable
    /// for the client's next request (`rt::server::settle`).
    pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let (req, tail) = rt::server::watch_body(req);
        let response = self.answer(req).await;
        rt::server::settle(tail, response).await
    }
    async fn answer<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let accepted = match rt::server::accept(&self.routes, &self.config, req).await {
            Ok(a) => a,
            Err(response) => return response,
        };
        let (op, input, mut stream, mut cx, call) = accepted.into_parts();
        let handler = &*self.handler;
        let result = match self.plugins.before(op, &mut cx).await {
            Err(e) => Err(e),
            Ok(()) => match op {
                Operation::CreateTopic => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_topic(input, cx)
                    })
                    .await
                }
                Operation::DeleteTopic => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_topic(input, cx)
                    })
                    .await
                }
                Operation::GetTopicAttributes => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_topic_attributes(input, cx)
                    })
                    .await
                }
                Operation::ListSubscriptionsByTopic => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_subscriptions_by_topic(input, cx)
                    })
                    .await
                }
                Operation::ListTopics => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_topics(input, cx)
                    })
                    .await
                }
                Operation::Publish => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.publish(input, cx)
                    })
                    .await
                }
                Operation::SetTopicAttributes => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.set_topic_attributes(input, cx)
                    })
                    .await
                }
                Operation::Subscribe => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.subscribe(input, cx)
                    })
                    .await
                }
                Operation::TagResource => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.tag_resource(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, sns_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for SnsServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for SnsServer<S, P>
where
    S: Sns,
    P: rt::server::Plugin<Operation>,
    B: http_body::Body + rt::Send + 'static,
    B::Data: rt::Send,
    B::Error: rt::Into<rt::server::BoxError>,
{
    type Response = http::Response<rt::server::ResponseBody>;
    type Error = rt::Infallible;
    type Future = rt::Pin<
        rt::Box<dyn rt::Future<Output = rt::Result<Self::Response, rt::Infallible>> + rt::Send>,
    >;
    fn poll_ready(
        &mut self,
        _: &mut ::std::task::Context<'_>,
    ) -> rt::Poll<rt::Result<(), rt::Infallible>> {
        rt::Poll::Ready(Ok(()))
    }
    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let this = self.clone();
        rt::Box::pin(async move { Ok(this.handle(req).await) })
    }
}
