//! Behaviour the registry adds around the generated server's operations, as
//! `codegen_rt::server::Plugin`s: per-operation metrics (served at
//! `GET /metrics`) and read-only access keys.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use aws_smithy_http_server::body::BoxBody;
use codegen_rt::error::WireError;
use codegen_rt::server::{Call, Context, Plugin};
use ecr_server_sdk::Operation;

/// Status classes counted: 1xx to 5xx.
const CLASSES: usize = 5;

#[derive(Default)]
struct OperationStats {
    /// Responses by status class (`[0]` is 1xx).
    responses: [AtomicU64; CLASSES],
    /// Time from arrival to response, summed, in microseconds.
    micros: AtomicU64,
}

/// Requests and latency per operation, in the Prometheus text format.
#[derive(Clone)]
pub struct Metrics {
    stats: Arc<Vec<OperationStats>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            stats: Arc::new(
                Operation::ALL
                    .iter()
                    .map(|_| OperationStats::default())
                    .collect(),
            ),
        }
    }
}

impl Metrics {
    fn of(&self, op: Operation) -> Option<&OperationStats> {
        let i = Operation::ALL.iter().position(|o| *o == op)?;
        self.stats.get(i)
    }

    /// The counters as Prometheus text (`text/plain; version=0.0.4`).
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# HELP ecr_requests_total Responses of ECR API operations, by status class.\n\
             # TYPE ecr_requests_total counter\n",
        );
        let mut durations = String::from(
            "# HELP ecr_request_duration_seconds Time from a request's arrival to its response.\n\
             # TYPE ecr_request_duration_seconds summary\n",
        );
        for (op, s) in Operation::ALL.iter().zip(self.stats.iter()) {
            let name = op.name();
            let mut count = 0;
            for (class, n) in s.responses.iter().enumerate() {
                let n = n.load(Ordering::Relaxed);
                count += n;
                if n > 0 {
                    let _ = writeln!(
                        out,
                        "ecr_requests_total{{operation=\"{name}\",status=\"{}xx\"}} {n}",
                        class + 1
                    );
                }
            }
            if count > 0 {
                let secs = s.micros.load(Ordering::Relaxed) as f64 / 1e6;
                let _ = writeln!(
                    durations,
                    "ecr_request_duration_seconds_sum{{operation=\"{name}\"}} {secs}\n\
                     ecr_request_duration_seconds_count{{operation=\"{name}\"}} {count}"
                );
            }
        }
        out + &durations
    }
}

impl Plugin<Operation> for Metrics {
    fn after(&self, op: Operation, call: &Call, response: &mut http::Response<BoxBody>) {
        let Some(s) = self.of(op) else { return };
        let class = usize::from(response.status().as_u16() / 100).clamp(1, CLASSES) - 1;
        s.responses[class].fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(call.started().elapsed().as_micros()).unwrap_or(u64::MAX);
        s.micros.fetch_add(micros, Ordering::Relaxed);
    }
}

/// Whether `op` only reads.
pub fn reads_only(op: Operation) -> bool {
    use Operation as O;
    match op {
        O::BatchCheckLayerAvailability
        | O::BatchGetImage
        | O::DescribePullThroughCacheRules
        | O::DescribeRepositories
        | O::GetAuthorizationToken
        | O::GetDownloadUrlForLayer
        | O::ListImages => true,
        O::BatchDeleteImage
        | O::CompleteLayerUpload
        | O::CreatePullThroughCacheRule
        | O::CreateRepository
        | O::DeletePullThroughCacheRule
        | O::DeleteRepository
        | O::InitiateLayerUpload
        | O::PutImage
        | O::UploadLayerPart => false,
    }
}

/// Refuses the calls of read-only access keys with `AccessDeniedException`;
/// the registry adds it for the operations that change something
/// (`ReadOnly::new(..).only(|op| !reads_only(op))`).
#[derive(Clone)]
pub struct ReadOnly {
    keys: Arc<BTreeSet<String>>,
    account_id: String,
}

impl ReadOnly {
    pub fn new(keys: BTreeSet<String>, account_id: impl Into<String>) -> Self {
        Self {
            keys: Arc::new(keys),
            account_id: account_id.into(),
        }
    }
}

impl Plugin<Operation> for ReadOnly {
    async fn before(&self, op: Operation, cx: &mut Context) -> Result<(), WireError> {
        match cx.caller.as_deref() {
            Some(caller) if self.keys.contains(caller) => Err(WireError::plain(
                400,
                "AccessDeniedException",
                format!(
                    "User: {caller} is not authorized to perform: ecr:{} on resource: \
                     arn:aws:ecr:*:{}:repository/* (the access key is read-only)",
                    op.name(),
                    self.account_id
                ),
            )),
            _ => Ok(()),
        }
    }
}
