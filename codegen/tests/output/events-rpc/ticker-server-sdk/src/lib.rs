// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Ticker: implement [`Ticker`] and serve [`TickerServer`].
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
pub use ticker_types;
use ticker_types::error::*;
use ticker_types::model::*;
/// A market feed: quotes out, trades in.
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Ticker: rt::Send + rt::Sync + 'static {
    /// Answers each trade as it arrives, while more are still coming.
    fn echo(
        &self,
        input: EchoInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<EchoOutput, EchoError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Echo")) }
    }
    /// Takes a stream of trades and answers with their totals.
    fn publish(
        &self,
        input: PublishInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PublishOutput, PublishError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Publish")) }
    }
    /// Streams the quotes of a symbol as they change.
    fn subscribe(
        &self,
        input: SubscribeInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<SubscribeOutput, SubscribeError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Subscribe")) }
    }
}
/// The operations of [`TickerServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Ticker::echo`].
    Echo,
    /// A call of [`Ticker::publish`].
    Publish,
    /// A call of [`Ticker::subscribe`].
    Subscribe,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[Self::Echo, Self::Publish, Self::Subscribe];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::Echo => "Echo",
            Self::Publish => "Publish",
            Self::Subscribe => "Subscribe",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`Ticker`] as a tower `Service` over HTTP, answering `smithy.protocols#rpcv2Cbor`, `aws.protocols#awsJson1_1`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct TickerServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Ticker> TickerServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "Ticker",
            &[rt::Protocol::RpcV2Cbor, rt::Protocol::AwsJson1_1],
            &[
                (&ticker_types::http::ECHO, Operation::Echo),
                (&ticker_types::http::PUBLISH, Operation::Publish),
                (&ticker_types::http::SUBSCRIBE, Operation::Subscribe),
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
impl<S: Ticker, P: rt::server::Plugin<Operation>> TickerServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> TickerServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        TickerServer {
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
                Operation::Echo => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.echo(input, cx)
                    })
                    .await
                }
                Operation::Publish => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.publish(input, cx)
                    })
                    .await
                }
                Operation::Subscribe => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.subscribe(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, ticker_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for TickerServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for TickerServer<S, P>
where
    S: Ticker,
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
