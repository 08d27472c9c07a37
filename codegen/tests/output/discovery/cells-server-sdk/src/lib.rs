// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Cells: implement [`Cells`] and serve [`CellsServer`].
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
pub use cells_types;
use cells_types::error::*;
use cells_types::model::*;
/// A store whose tables live in cells; clients ask which cell to call.
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Cells: rt::Send + rt::Sync + 'static {
    /// Names the endpoints to call.
    fn describe_endpoints(
        &self,
        input: DescribeEndpointsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeEndpointsOutput, DescribeEndpointsError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeEndpoints")) }
    }
    /// Describes a table, at the cell that holds it.
    fn describe_table(
        &self,
        input: DescribeTableInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<Served, DescribeTableError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeTable")) }
    }
    /// Reads an item; only a cell can answer.
    fn get_item(
        &self,
        input: GetItemInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<Served, GetItemError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetItem")) }
    }
    /// Lists tables; any endpoint can answer, a cell faster.
    fn list_tables(
        &self,
        input: ListTablesInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<Served, ListTablesError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListTables")) }
    }
}
/// The operations of [`CellsServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Cells::describe_endpoints`].
    DescribeEndpoints,
    /// A call of [`Cells::describe_table`].
    DescribeTable,
    /// A call of [`Cells::get_item`].
    GetItem,
    /// A call of [`Cells::list_tables`].
    ListTables,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::DescribeEndpoints,
        Self::DescribeTable,
        Self::GetItem,
        Self::ListTables,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::DescribeEndpoints => "DescribeEndpoints",
            Self::DescribeTable => "DescribeTable",
            Self::GetItem => "GetItem",
            Self::ListTables => "ListTables",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        matches!(self, Self::DescribeTable | Self::ListTables)
    }
}
/// The [`Cells`] as a tower `Service` over HTTP, answering `aws.protocols#awsJson1_0`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct CellsServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Cells> CellsServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "Cells",
            &[rt::Protocol::AwsJson1_0],
            &[
                (
                    &cells_types::http::DESCRIBE_ENDPOINTS,
                    Operation::DescribeEndpoints,
                ),
                (&cells_types::http::DESCRIBE_TABLE, Operation::DescribeTable),
                (&cells_types::http::GET_ITEM, Operation::GetItem),
                (&cells_types::http::LIST_TABLES, Operation::ListTables),
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
impl<S: Cells, P: rt::server::Plugin<Operation>> CellsServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> CellsServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        CellsServer {
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
                Operation::DescribeEndpoints => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_endpoints(input, cx)
                    })
                    .await
                }
                Operation::DescribeTable => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_table(input, cx)
                    })
                    .await
                }
                Operation::GetItem => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_item(input, cx)
                    })
                    .await
                }
                Operation::ListTables => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_tables(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, cells_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for CellsServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for CellsServer<S, P>
where
    S: Cells,
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
