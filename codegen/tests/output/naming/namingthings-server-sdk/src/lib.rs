// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Naming Things: implement [`NamingThingsService`] and serve [`NamingThingsServiceServer`].
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
use rt::server::{http, http_body, tower};
pub use rt::server::{Authenticate, Config, Context};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{ByteStream, EventStream, EventStreamError, Protocol, RequestId, ResponseMeta};
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
pub use namingthings_types;
use namingthings_types::error::*;
use namingthings_types::model::*;
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait NamingThingsService: rt::Send + rt::Sync + 'static {
    fn handle2(
        &self,
        input: Handle2Input,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<Option, Handle2Error>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Handle2")) }
    }
    fn r#match(
        &self,
        input: Result,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<String, MatchError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Match")) }
    }
}
/// The operations of [`NamingThingsServiceServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationName {
    /// A call of [`NamingThingsService::handle2`].
    Handle2,
    /// A call of [`NamingThingsService::r#match`].
    Match,
}
impl OperationName {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[Self::Handle2, Self::Match];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::Handle2 => "Handle2",
            Self::Match => "Match",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`NamingThingsService`] as a tower `Service` over HTTP, answering `aws.protocols#awsJson1_1`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct NamingThingsServiceServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<OperationName>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: NamingThingsService> NamingThingsServiceServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "Naming",
            &[rt::Protocol::AwsJson1_1],
            &[
                (&namingthings_types::http::HANDLE2, OperationName::Handle2),
                (&namingthings_types::http::MATCH, OperationName::Match),
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
impl<S: NamingThingsService, P: rt::server::Plugin<OperationName>> NamingThingsServiceServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<OperationName>>(
        self,
        plugin: Q,
    ) -> NamingThingsServiceServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        NamingThingsServiceServer {
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
                OperationName::Handle2 => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.handle2(input, cx)
                    })
                    .await
                }
                OperationName::Match => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.r#match(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response =
            rt::server::respond(&call, result, namingthings_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for NamingThingsServiceServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for NamingThingsServiceServer<S, P>
where
    S: NamingThingsService,
    P: rt::server::Plugin<OperationName>,
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
