//! Waiters end to end: the client and server generated from
//! `codegen/tests/models/waiters.json` talk over 127.0.0.1; the handler's
//! jobs change state from call to call, and each waiter path is taken:
//! success after retries (an `errorType` retry acceptor and a non-matching
//! output), failure, timeout, success on an error, `inputOutput` and
//! `allStringEquals` matchers.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use codegen_rt::client::waiter::WaiterError;
use e2e_tests::serve;
use jobs_client_sdk::{Client, Config, SdkError};
use jobs_server_sdk::jobs_types::error::*;
use jobs_server_sdk::jobs_types::model::*;
use jobs_server_sdk::{Context, Jobs, JobsServer};

/// Calls seen per job id.
#[derive(Default)]
struct Queue {
    calls: Mutex<HashMap<String, usize>>,
}

fn step(tag: &str, status: &str) -> Step {
    Step {
        tag: Some(tag.to_owned()),
        status: Some(status.to_owned()),
    }
}

/// The server's handler, sharing the queue with the test.
struct Handler(Arc<Queue>);

impl Jobs for Handler {
    async fn get_job(&self, input: GetJobInput, _cx: Context) -> Result<GetJobOutput, GetJobError> {
        let n = {
            let mut calls = self.0.calls.lock().unwrap();
            let n = calls.entry(input.job_id.clone()).or_default();
            *n += 1;
            *n
        };
        let not_found = || {
            Err(GetJobError::JobNotFound(JobNotFound {
                _meta: Default::default(),
                message: Some("no such job".into()),
            }))
        };
        let status = |s: &str| {
            Ok(GetJobOutput {
                _meta: Default::default(),
                status: Some(s.to_owned()),
                steps: None,
            })
        };
        let id = input.job_id.as_str();
        match (id, n) {
            // Not there yet, then running, then done.
            ("slow", 1 | 2) => not_found(),
            ("slow", 3) => status("RUNNING"),
            ("slow", _) => status("DONE"),
            ("bad", 1) => status("RUNNING"),
            ("bad", _) => status("FAILED"),
            ("stuck", _) => status("RUNNING"),
            ("deleted", 1 | 2) => status("DONE"),
            ("deleted", _) => not_found(),
            (id, n) if id.starts_with("tagged") => Ok(GetJobOutput {
                _meta: Default::default(),
                status: None,
                steps: Some(if n == 1 {
                    vec![step("other", "DONE"), step("other", "RUNNING")]
                } else {
                    vec![step(id, "DONE"), step(id, "DONE")]
                }),
            }),
            _ => not_found(),
        }
    }
}

async fn start() -> (e2e_tests::Running, Arc<Queue>, Client) {
    let queue = Arc::new(Queue::default());
    let running = serve(JobsServer::new(Handler(Arc::clone(&queue)))).await;
    let client = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(running.url())
            .sign_requests(false),
    );
    (running, queue, client)
}

fn calls(q: &Queue, id: &str) -> usize {
    q.calls.lock().unwrap().get(id).copied().unwrap_or(0)
}

fn job(id: &str) -> GetJobInputBuilder {
    GetJobInput::builder().job_id(id)
}

#[tokio::test]
async fn success_after_retries() {
    let (_running, q, c) = start().await;
    let started = Instant::now();
    // The fluent builder does as well as the input builder.
    let done = c
        .wait_until_job_done(c.get_job().job_id("slow"), Duration::from_secs(60))
        .await
        .expect("the job finishes");
    assert_eq!(
        done.output().and_then(|o| o.status.as_deref()),
        Some("DONE")
    );
    assert_eq!(calls(&q, "slow"), 4);
    // Three waits of 1-2 s (minDelay 1, maxDelay 2).
    let took = started.elapsed();
    assert!(
        took >= Duration::from_secs(3) && took < Duration::from_secs(10),
        "{took:?}"
    );
}

#[tokio::test]
async fn failure_state_stops_the_wait() {
    let (_running, q, c) = start().await;
    match c
        .wait_until_job_done(job("bad"), Duration::from_secs(60))
        .await
    {
        Err(WaiterError::Failure { waiter, last }) => {
            assert_eq!(waiter, "JobDone");
            assert_eq!(
                last.as_ref().as_ref().unwrap().status.as_deref(),
                Some("FAILED")
            );
        }
        other => panic!("expected the failure state, got {other:?}"),
    }
    assert_eq!(calls(&q, "bad"), 2);
}

#[tokio::test]
async fn timeout_when_no_acceptor_ends_the_wait() {
    let (_running, q, c) = start().await;
    let started = Instant::now();
    match c
        .wait_until_job_done(job("stuck"), Duration::from_secs(4))
        .await
    {
        Err(WaiterError::Timeout { attempts, .. }) => {
            assert_eq!(attempts as usize, calls(&q, "stuck"));
            assert!(attempts >= 2, "{attempts}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() <= Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn success_on_an_error_and_errors_no_acceptor_matches() {
    let (_running, q, c) = start().await;
    let gone = c
        .wait_until_job_gone(job("deleted"), Duration::from_secs(30))
        .await
        .expect("the job disappears");
    assert!(matches!(
        gone.into_result(),
        Err(SdkError::Service(GetJobError::JobNotFound(_)))
    ));
    assert_eq!(calls(&q, "deleted"), 3);
    // JobTagged has no acceptor for errors: the error ends the wait.
    match c
        .wait_until_job_tagged(job("missing"), Duration::from_secs(30))
        .await
    {
        Err(WaiterError::Operation(SdkError::Service(GetJobError::JobNotFound(_)))) => {}
        other => panic!("expected the operation's error, got {other:?}"),
    }
    assert_eq!(calls(&q, "missing"), 1);
}

#[tokio::test]
async fn input_output_and_list_matchers() {
    let (_running, q, c) = start().await;
    let tagged = c
        .wait_until_job_tagged(job("tagged-1"), Duration::from_secs(30))
        .await
        .expect("a step gets the job's tag");
    assert_eq!(tagged.output().unwrap().steps.as_ref().unwrap().len(), 2);
    assert_eq!(calls(&q, "tagged-1"), 2);
    let all = c
        .wait_until_all_steps_done(job("tagged-2"), Duration::from_secs(30))
        .await
        .expect("all steps done");
    assert!(all.output().is_some());
    assert_eq!(calls(&q, "tagged-2"), 2);
}
