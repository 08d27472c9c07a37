// Generated from models/waiters.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Jobs: implement [`Jobs`] and serve [`JobsServer`].
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use jobs_types;
use jobs_types::error::*;
use jobs_types::model::*;
use rt::server::{http, http_body, tower};
pub use rt::server::{Config, Context};
#[allow(unused_imports)]
use rt::{FromJson as _, OperationError as _, ToJson as _};
/// A job queue whose jobs change state between calls: the model of the waiter tests.
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Jobs: rt::Send + rt::Sync + 'static {
    /// Describes a job.
    fn get_job(
        &self,
        input: GetJobInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetJobOutput, GetJobError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetJob")) }
    }
}
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy)]
enum Operation {
    GetJob,
}
/// The [`Jobs`] as a tower `Service` over HTTP: routes on `X-Amz-Target`, validates input, answers errors as awsJson clients expect.
pub struct JobsServer<S> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
}
impl<S: Jobs> JobsServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::routes("Jobs", &[("GetJob", Operation::GetJob)]);
        Self {
            handler: rt::Arc::new(handler),
            routes: rt::Arc::new(routes),
            config: rt::Arc::new(config),
        }
    }
    /// The handler.
    pub fn handler(&self) -> &rt::Arc<S> {
        &self.handler
    }
    /// Handles one request.
    pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body,
        B::Error: ::std::fmt::Display,
    {
        let accepted = match rt::server::accept(
            &self.routes,
            rt::server::Protocol::AwsJson1_0,
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
            Operation::GetJob => {
                rt::server::invoke(&body, |input| handler.get_job(input, cx)).await
            }
        };
        rt::server::respond(&call, rt::server::Protocol::AwsJson1_0, result)
    }
}
impl<S> rt::Clone for JobsServer<S> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
        }
    }
}
impl<S, B> tower::Service<http::Request<B>> for JobsServer<S>
where
    S: Jobs,
    B: http_body::Body + rt::Send + 'static,
    B::Data: rt::Send,
    B::Error: ::std::fmt::Display,
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
