//! Behaviour the registry adds around the generated server's operations, as
//! `codegen_rt::server::Plugin`s: per-operation metrics (served at
//! `GET /metrics`, with those of the `/v2/` API and of pre-signed downloads)
//! and read-only access keys.

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

/// Responses and latency of one operation, or of one route and method.
#[derive(Default)]
struct Stats {
    /// Responses by status class (`[0]` is 1xx).
    responses: [AtomicU64; CLASSES],
    /// Time from arrival to response (its head), summed, in microseconds.
    micros: AtomicU64,
}

impl Stats {
    fn record(&self, status: http::StatusCode, elapsed: std::time::Duration) {
        let class = usize::from(status.as_u16() / 100).clamp(1, CLASSES) - 1;
        self.responses[class].fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        self.micros.fetch_add(micros, Ordering::Relaxed);
    }

    /// Appends this series' lines, labelled `labels` (`operation="X"`), to
    /// `{family}s_total` in `requests` and `{family}_duration_seconds` in
    /// `durations`; nothing when it counted nothing.
    fn render(&self, family: &str, labels: &str, requests: &mut String, durations: &mut String) {
        let mut count = 0;
        for (class, n) in self.responses.iter().enumerate() {
            let n = n.load(Ordering::Relaxed);
            count += n;
            if n > 0 {
                let _ = writeln!(
                    requests,
                    "{family}s_total{{{labels},status=\"{}xx\"}} {n}",
                    class + 1
                );
            }
        }
        if count > 0 {
            let secs = self.micros.load(Ordering::Relaxed) as f64 / 1e6;
            let _ = writeln!(
                durations,
                "{family}_duration_seconds_sum{{{labels}}} {secs}\n\
                 {family}_duration_seconds_count{{{labels}}} {count}"
            );
        }
    }
}

/// What an HTTP request outside the ECR API was for: a `/v2/` endpoint, or a
/// pre-signed layer download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpRoute {
    Version,
    Catalog,
    Tags,
    Manifests,
    Blobs,
    Uploads,
    Referrers,
    /// A `/v2/` path that is no endpoint.
    Unknown,
    /// A pre-signed URL from GetDownloadUrlForLayer.
    Download,
}

impl HttpRoute {
    const ALL: [HttpRoute; 9] = [
        HttpRoute::Version,
        HttpRoute::Catalog,
        HttpRoute::Tags,
        HttpRoute::Manifests,
        HttpRoute::Blobs,
        HttpRoute::Uploads,
        HttpRoute::Referrers,
        HttpRoute::Unknown,
        HttpRoute::Download,
    ];

    fn label(self) -> &'static str {
        match self {
            HttpRoute::Version => "version",
            HttpRoute::Catalog => "catalog",
            HttpRoute::Tags => "tags",
            HttpRoute::Manifests => "manifests",
            HttpRoute::Blobs => "blobs",
            HttpRoute::Uploads => "uploads",
            HttpRoute::Referrers => "referrers",
            HttpRoute::Unknown => "unknown",
            HttpRoute::Download => "download",
        }
    }

    /// The route of a `/v2/` request path.
    pub fn of_v2(path: &str) -> Self {
        use crate::oci::Route;
        match crate::oci::route(path) {
            Ok(Route::Base) => HttpRoute::Version,
            Ok(Route::Catalog) => HttpRoute::Catalog,
            Ok(Route::Tags(_)) => HttpRoute::Tags,
            Ok(Route::Manifest(..)) => HttpRoute::Manifests,
            Ok(Route::Blob(..)) => HttpRoute::Blobs,
            Ok(Route::Uploads(_) | Route::Upload(..)) => HttpRoute::Uploads,
            Ok(Route::Referrers(..)) => HttpRoute::Referrers,
            Err(_) => HttpRoute::Unknown,
        }
    }
}

/// The methods counted apart; the rest count as `OTHER`.
const METHODS: [http::Method; 6] = [
    http::Method::GET,
    http::Method::HEAD,
    http::Method::PUT,
    http::Method::POST,
    http::Method::PATCH,
    http::Method::DELETE,
];

/// Requests and latency per operation, in the Prometheus text format.
#[derive(Clone)]
pub struct Metrics {
    stats: Arc<Vec<Stats>>,
    /// By route, then method (`METHODS`, then other).
    http: Arc<Vec<Stats>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            stats: Arc::new(Operation::ALL.iter().map(|_| Stats::default()).collect()),
            http: Arc::new(
                (0..HttpRoute::ALL.len() * (METHODS.len() + 1))
                    .map(|_| Stats::default())
                    .collect(),
            ),
        }
    }
}

impl Metrics {
    fn of(&self, op: Operation) -> Option<&Stats> {
        let i = Operation::ALL.iter().position(|o| *o == op)?;
        self.stats.get(i)
    }

    /// Counts a response of the `/v2/` API or of a pre-signed download, sent
    /// `elapsed` after the request arrived (the head: a blob streams on).
    pub fn record_http(
        &self,
        route: HttpRoute,
        method: &http::Method,
        status: http::StatusCode,
        elapsed: std::time::Duration,
    ) {
        let r = HttpRoute::ALL.iter().position(|x| *x == route).unwrap_or(0);
        let m = METHODS
            .iter()
            .position(|x| x == method)
            .unwrap_or(METHODS.len());
        if let Some(s) = self.http.get(r * (METHODS.len() + 1) + m) {
            s.record(status, elapsed);
        }
    }

    fn render_http(&self) -> String {
        let mut out = String::from(
            "# HELP registry_http_requests_total Responses of the /v2/ API and of pre-signed layer downloads, by route, method and status class.\n\
             # TYPE registry_http_requests_total counter\n",
        );
        let mut durations = String::from(
            "# HELP registry_http_request_duration_seconds Time from a request's arrival to its response head.\n\
             # TYPE registry_http_request_duration_seconds summary\n",
        );
        let methods = METHODS.iter().map(http::Method::as_str).chain(["OTHER"]);
        let pairs = HttpRoute::ALL
            .iter()
            .flat_map(|r| methods.clone().map(move |m| (r.label(), m)));
        for ((route, method), s) in pairs.zip(self.http.iter()) {
            let labels = format!("route=\"{route}\",method=\"{method}\"");
            s.render("registry_http_request", &labels, &mut out, &mut durations);
        }
        out + &durations
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
            let labels = format!("operation=\"{}\"", op.name());
            s.render("ecr_request", &labels, &mut out, &mut durations);
        }
        out + &durations + &self.render_http()
    }
}

impl Plugin<Operation> for Metrics {
    fn after(&self, op: Operation, call: &Call, response: &mut http::Response<BoxBody>) {
        if let Some(s) = self.of(op) {
            s.record(response.status(), call.started().elapsed());
        }
    }
}

/// Refuses the calls of read-only access keys with `AccessDeniedException`;
/// the registry adds it for the operations that change something
/// (`ReadOnly::new(..).only(|op| !op.is_readonly())`, from the model's `@readonly`).
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
