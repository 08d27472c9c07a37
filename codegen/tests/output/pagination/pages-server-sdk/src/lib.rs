// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Pages: implement [`Pages`] and serve [`PagesServer`].
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
pub use pages_types;
use pages_types::error::*;
use pages_types::model::*;
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Pages: rt::Send + rt::Sync + 'static {
    /// Labels, a page at a time: the items are a map's entries, as in API Gateway's `GetUsage`.
    fn list_labels(
        &self,
        input: ListLabelsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListLabelsOutput, ListLabelsError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListLabels")) }
    }
    /// Shelves, a page at a time; the token and the items are inside the output's `shelfList`, as in CloudFront's `ListDistributions`.
    fn list_shelves(
        &self,
        input: ListShelvesInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListShelvesOutput, ListShelvesError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListShelves")) }
    }
    fn list_things(
        &self,
        input: ListThingsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListThingsOutput, ListThingsError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListThings")) }
    }
    /// Scans things; the continuation token is a key (a map), as DynamoDB's Scan and Query have it.
    fn scan_things(
        &self,
        input: ScanThingsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ScanThingsOutput, ScanThingsError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ScanThings")) }
    }
}
/// The operations of [`PagesServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Pages::list_labels`].
    ListLabels,
    /// A call of [`Pages::list_shelves`].
    ListShelves,
    /// A call of [`Pages::list_things`].
    ListThings,
    /// A call of [`Pages::scan_things`].
    ScanThings,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::ListLabels,
        Self::ListShelves,
        Self::ListThings,
        Self::ScanThings,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::ListLabels => "ListLabels",
            Self::ListShelves => "ListShelves",
            Self::ListThings => "ListThings",
            Self::ScanThings => "ScanThings",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`Pages`] as a tower `Service` over HTTP, answering `aws.protocols#awsJson1_1`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct PagesServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Pages> PagesServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "Pages",
            &[rt::Protocol::AwsJson1_1],
            &[
                (&pages_types::http::LIST_LABELS, Operation::ListLabels),
                (&pages_types::http::LIST_SHELVES, Operation::ListShelves),
                (&pages_types::http::LIST_THINGS, Operation::ListThings),
                (&pages_types::http::SCAN_THINGS, Operation::ScanThings),
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
impl<S: Pages, P: rt::server::Plugin<Operation>> PagesServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> PagesServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        PagesServer {
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
                Operation::ListLabels => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_labels(input, cx)
                    })
                    .await
                }
                Operation::ListShelves => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_shelves(input, cx)
                    })
                    .await
                }
                Operation::ListThings => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_things(input, cx)
                    })
                    .await
                }
                Operation::ScanThings => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.scan_things(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, pages_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for PagesServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for PagesServer<S, P>
where
    S: Pages,
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
