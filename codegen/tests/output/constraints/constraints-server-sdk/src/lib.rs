// Generated from models/constraints.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Constraints: implement [`Constraints`] and serve [`ConstraintsServer`].
#![allow(deprecated)]
use codegen_rt::prelude::*;
use codegen_rt::server::{http, http_body, tower, ResponseBody};
pub use codegen_rt::server::{Config, Context};
pub use constraints_types;
use constraints_types::error::*;
use constraints_types::model::*;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Constraints: Send + Sync + 'static {
    fn check(
        &self,
        input: CheckInput,
        cx: Context,
    ) -> impl Future<Output = Result<CheckOutput, CheckError>> + Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Check")) }
    }
}
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy)]
enum Operation {
    Check,
}
/// The [`Constraints`] as a tower `Service` over HTTP: routes on `X-Amz-Target`, validates input, answers errors as awsJson clients expect.
pub struct ConstraintsServer<S> {
    handler: Arc<S>,
    routes: Arc<rt::server::Routes<Operation>>,
    config: Arc<Config>,
}
impl<S> Clone for ConstraintsServer<S> {
    fn clone(&self) -> Self {
        Self {
            handler: Arc::clone(&self.handler),
            routes: Arc::clone(&self.routes),
            config: Arc::clone(&self.config),
        }
    }
}
impl<S: Constraints> ConstraintsServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::routes("Constraints", &[("Check", Operation::Check)]);
        Self {
            handler: Arc::new(handler),
            routes: Arc::new(routes),
            config: Arc::new(config),
        }
    }
    /// The handler.
    pub fn handler(&self) -> &Arc<S> {
        &self.handler
    }
    /// Handles one request.
    pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<ResponseBody>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let accepted = match rt::server::accept(
            &self.routes,
            rt::server::Protocol::AwsJson1_1,
            &self.config,
            req,
        )
        .await
        {
            Ok(a) => a,
            Err(response) => return response,
        };
        let (op, body, cx, call) = accepted.into_parts();
        let handler = &*self.handler;
        let result = match op {
            Operation::Check => rt::server::invoke(&body, |input| handler.check(input, cx))
                .await
                .map(|_| JsonValue::Null),
        };
        rt::server::respond(&call, rt::server::Protocol::AwsJson1_1, result)
    }
}
impl<S, B> tower::Service<http::Request<B>> for ConstraintsServer<S>
where
    S: Constraints,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: std::fmt::Display,
{
    type Response = http::Response<ResponseBody>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;
    fn poll_ready(&mut self, _: &mut std::task::Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }
    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move { Ok(this.handle(req).await) })
    }
}
