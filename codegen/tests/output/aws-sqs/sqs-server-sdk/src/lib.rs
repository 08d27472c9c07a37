// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Amazon Simple Queue Service: implement [`Sqs`] and serve [`SqsServer`].
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
pub use sqs_types;
use sqs_types::error::*;
use sqs_types::model::*;
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
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Sqs: rt::Send + rt::Sync + 'static {
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
    fn create_queue(
        &self,
        input: CreateQueueRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<CreateQueueResult, CreateQueueError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CreateQueue")) }
    }
    /// Deletes the specified message from the specified queue. To select the message to delete, use the `ReceiptHandle` of the message (*not* the `MessageId` which you receive when you send the message). Amazon SQS can delete a message from a queue even if a visibility timeout setting causes the message to be locked by another consumer. Amazon SQS automatically deletes messages left in a queue longer than the retention period configured for the queue.
    ///
    /// **Note:** Each time you receive a message, meaning when a consumer retrieves a message from the queue, it comes with a unique `ReceiptHandle`. If you receive the same message more than once, you will get a different `ReceiptHandle` each time. When you want to delete a message using the `DeleteMessage` action, you must use the `ReceiptHandle` from the most recent time you received the message. If you use an old `ReceiptHandle`, the request will succeed, but the message might not be deleted.
    ///
    /// For standard queues, it is possible to receive a message even after you delete it. This might happen on rare occasions if one of the servers which stores a copy of the message is unavailable when you send the request to delete the message. The copy remains on the server and might be returned to you during a subsequent receive request. You should ensure that your application is idempotent, so that receiving a message more than once does not cause issues.
    fn delete_message(
        &self,
        input: DeleteMessageRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteMessageOutput, DeleteMessageError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteMessage")) }
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
    fn delete_queue(
        &self,
        input: DeleteQueueRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteQueueOutput, DeleteQueueError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteQueue")) }
    }
    /// Gets attributes for the specified queue.
    ///
    /// **Note:** To determine whether a queue is [FIFO](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html), you can check whether `QueueName` ends with the `.fifo` suffix.
    fn get_queue_attributes(
        &self,
        input: GetQueueAttributesRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetQueueAttributesResult, GetQueueAttributesError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetQueueAttributes")) }
    }
    /// The `GetQueueUrl` API returns the URL of an existing Amazon SQS queue. This is useful when you know the queue's name but need to retrieve its URL for further operations.
    ///
    /// To access a queue owned by another Amazon Web Services account, use the `QueueOwnerAWSAccountId` parameter to specify the account ID of the queue's owner. Note that the queue owner must grant you the necessary permissions to access the queue. For more information about accessing shared queues, see the ` AddPermission` API or [Allow developers to write messages to a shared queue](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-writing-an-sqs-policy.html#write-messages-to-shared-queue) in the *Amazon SQS Developer Guide*.
    fn get_queue_url(
        &self,
        input: GetQueueUrlRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetQueueUrlResult, GetQueueUrlError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetQueueUrl")) }
    }
    /// Returns a list of your queues in the current region. The response includes a maximum of 1,000 results. If you specify a value for the optional `QueueNamePrefix` parameter, only queues with a name that begins with the specified value are returned.
    ///
    /// The `listQueues` methods supports pagination. Set parameter `MaxResults` in the request to specify the maximum number of results to be returned in the response. If you do not set `MaxResults`, the response includes a maximum of 1,000 results. If you set `MaxResults` and there are additional results to display, the response includes a value for `NextToken`. Use `NextToken` as a parameter in your next request to `listQueues` to receive the next page of results.
    ///
    /// **Note:** Cross-account permissions don't apply to this action. For more information, see [Grant cross-account permissions to a role and a username](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html#grant-cross-account-permissions-to-role-and-user-name) in the *Amazon SQS Developer Guide*.
    fn list_queues(
        &self,
        input: ListQueuesRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListQueuesResult, ListQueuesError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListQueues")) }
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
    fn receive_message(
        &self,
        input: ReceiveMessageRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ReceiveMessageResult, ReceiveMessageError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ReceiveMessage")) }
    }
    /// Delivers a message to the specified queue.
    ///
    /// **Note:** A message can include only XML, JSON, and unformatted text. The following Unicode characters are allowed. For more information, see the [W3C specification for characters](http://www.w3.org/TR/REC-xml/#charsets).
    ///
    /// `#x9` | `#xA` | `#xD` | `#x20` to `#xD7FF` | `#xE000` to `#xFFFD` | `#x10000` to `#x10FFFF`
    ///
    /// Amazon SQS does not throw an exception or completely reject the message if it contains invalid characters. Instead, it replaces those invalid characters with `U+FFFD` before storing the message in the queue, as long as the message body contains at least one valid character.
    fn send_message(
        &self,
        input: SendMessageRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<SendMessageResult, SendMessageError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("SendMessage")) }
    }
}
/// The operations of [`SqsServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Sqs::create_queue`].
    CreateQueue,
    /// A call of [`Sqs::delete_message`].
    DeleteMessage,
    /// A call of [`Sqs::delete_queue`].
    DeleteQueue,
    /// A call of [`Sqs::get_queue_attributes`].
    GetQueueAttributes,
    /// A call of [`Sqs::get_queue_url`].
    GetQueueUrl,
    /// A call of [`Sqs::list_queues`].
    ListQueues,
    /// A call of [`Sqs::receive_message`].
    ReceiveMessage,
    /// A call of [`Sqs::send_message`].
    SendMessage,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::CreateQueue,
        Self::DeleteMessage,
        Self::DeleteQueue,
        Self::GetQueueAttributes,
        Self::GetQueueUrl,
        Self::ListQueues,
        Self::ReceiveMessage,
        Self::SendMessage,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::CreateQueue => "CreateQueue",
            Self::DeleteMessage => "DeleteMessage",
            Self::DeleteQueue => "DeleteQueue",
            Self::GetQueueAttributes => "GetQueueAttributes",
            Self::GetQueueUrl => "GetQueueUrl",
            Self::ListQueues => "ListQueues",
            Self::ReceiveMessage => "ReceiveMessage",
            Self::SendMessage => "SendMessage",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`Sqs`] as a tower `Service` over HTTP, answering `aws.protocols#awsJson1_0`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct SqsServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Sqs> SqsServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "AmazonSQS",
            &[rt::Protocol::AwsJson1_0],
            &[
                (&sqs_types::http::CREATE_QUEUE, Operation::CreateQueue),
                (&sqs_types::http::DELETE_MESSAGE, Operation::DeleteMessage),
                (&sqs_types::http::DELETE_QUEUE, Operation::DeleteQueue),
                (
                    &sqs_types::http::GET_QUEUE_ATTRIBUTES,
                    Operation::GetQueueAttributes,
                ),
                (&sqs_types::http::GET_QUEUE_URL, Operation::GetQueueUrl),
                (&sqs_types::http::LIST_QUEUES, Operation::ListQueues),
                (&sqs_types::http::RECEIVE_MESSAGE, Operation::ReceiveMessage),
                (&sqs_types::http::SEND_MESSAGE, Operation::SendMessage),
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
impl<S: Sqs, P: rt::server::Plugin<Operation>> SqsServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> SqsServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        SqsServer {
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
                Operation::CreateQueue => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_queue(input, cx)
                    })
                    .await
                }
                Operation::DeleteMessage => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_message(input, cx)
                    })
                    .await
                }
                Operation::DeleteQueue => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_queue(input, cx)
                    })
                    .await
                }
                Operation::GetQueueAttributes => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_queue_attributes(input, cx)
                    })
                    .await
                }
                Operation::GetQueueUrl => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_queue_url(input, cx)
                    })
                    .await
                }
                Operation::ListQueues => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_queues(input, cx)
                    })
                    .await
                }
                Operation::ReceiveMessage => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.receive_message(input, cx)
                    })
                    .await
                }
                Operation::SendMessage => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.send_message(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, sqs_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for SqsServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for SqsServer<S, P>
where
    S: Sqs,
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
