// Generated from models/waiters.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Jobs.
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
pub use jobs_types;
use jobs_types::error::*;
use jobs_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Jobs",
    signing_name: "jobs",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "jobs",
    protocols: &[rt::Protocol::AwsJson1_0],
    user_agent: "jobs-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: jobs_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// A job queue whose jobs change state between calls: the model of the waiter tests.
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
    /// Describes a job.
    pub fn get_job(&self) -> GetJobFluentBuilder {
        GetJobFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetJobInput::builder(),
        }
    }
    /// Waits until the job has finished.
    ///
    /// Waiter `JobDone`: calls [`get_job`](Self::get_job) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 1-2 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_job_done(
        &self,
        input: impl rt::Into<GetJobInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<GetJobOutput, GetJobError>,
        rt::client::waiter::WaiterError<GetJobOutput, GetJobError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "JobDone",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "Status",
                        expected: "DONE",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Failure,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "Status",
                        expected: "FAILED",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Retry,
                    matcher: rt::client::waiter::Matcher::ErrorType("JobNotFound"),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(1u64),
            max_delay: ::std::time::Duration::from_secs(2u64),
        };
        let input: GetJobInputBuilder = input.into();
        let json = input.to_json();
        let call = self.get_job().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waits until the job no longer exists.
    ///
    /// Waiter `JobGone`: calls [`get_job`](Self::get_job) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 1-1 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_job_gone(
        &self,
        input: impl rt::Into<GetJobInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<GetJobOutput, GetJobError>,
        rt::client::waiter::WaiterError<GetJobOutput, GetJobError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "JobGone",
            acceptors: &[rt::client::waiter::Acceptor {
                state: rt::client::waiter::State::Success,
                matcher: rt::client::waiter::Matcher::ErrorType("JobNotFound"),
            }],
            min_delay: ::std::time::Duration::from_secs(1u64),
            max_delay: ::std::time::Duration::from_secs(1u64),
        };
        let input: GetJobInputBuilder = input.into();
        let json = input.to_json();
        let call = self.get_job().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waits until some step carries the job's id as a tag; a failed step ends the wait.
    ///
    /// Waiter `JobTagged`: calls [`get_job`](Self::get_job) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 1-1 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_job_tagged(
        &self,
        input: impl rt::Into<GetJobInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<GetJobOutput, GetJobError>,
        rt::client::waiter::WaiterError<GetJobOutput, GetJobError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "JobTagged",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::InputOutput {
                        path: "contains(output.Steps[].Tag, input.JobId)",
                        expected: "true",
                        comparator: rt::client::waiter::Comparator::BooleanEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Failure,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "Steps[].Status",
                        expected: "FAILED",
                        comparator: rt::client::waiter::Comparator::AnyStringEquals,
                    },
                },
            ],
            min_delay: ::std::time::Duration::from_secs(1u64),
            max_delay: ::std::time::Duration::from_secs(1u64),
        };
        let input: GetJobInputBuilder = input.into();
        let json = input.to_json();
        let call = self.get_job().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waits until every step is done.
    ///
    /// Waiter `AllStepsDone`: calls [`get_job`](Self::get_job) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 1-4 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_all_steps_done(
        &self,
        input: impl rt::Into<GetJobInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<GetJobOutput, GetJobError>,
        rt::client::waiter::WaiterError<GetJobOutput, GetJobError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "AllStepsDone",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "Steps[].Status",
                        expected: "DONE",
                        comparator: rt::client::waiter::Comparator::AllStringEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Success(false),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(1u64),
            max_delay: ::std::time::Duration::from_secs(4u64),
        };
        let input: GetJobInputBuilder = input.into();
        let json = input.to_json();
        let call = self.get_job().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
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
            "GetJob" => {
                self.handle
                    .call_json::<GetJobInput, GetJobOutput, GetJobError>(
                        &crate::jobs_types::http::GET_JOB,
                        input,
                    )
                    .await
            }
            _ => Err(SdkError::construction(format!(
                "the model has no operation `{operation}`"
            ))),
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
        "GetJob" => rt::client::validate::<GetJobInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `GetJob` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetJobFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetJobInputBuilder,
}
impl ::std::convert::From<GetJobFluentBuilder> for GetJobInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetJobFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetJobFluentBuilder {
    /// Sets [`GetJobInput::job_id`](GetJobInput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.job_id(value);
        self
    }
    /// Sets or clears [`GetJobInput::job_id`](GetJobInput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_job_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetJobInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetJobInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetJobOutput, SdkError<GetJobError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&jobs_types::http::GET_JOB, &input, stream)
            .await
    }
}
