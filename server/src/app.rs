//! The whole server: the generated `EcrServer` (which checks SigV4 with
//! `codegen_rt::sigv4::Verifier` once it has read the body), the OCI
//! Distribution API under `/v2/`, and the pre-signed blob downloads.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use aws_smithy_http_server::body::BoxBody;
use codegen_rt::server::{tower, Only, Plugin as _};
use codegen_rt::sigv4::{Keys, Verifier};
use ecr_server_sdk::{Config as SdkConfig, EcrServer, Operation};
use http::{Request, Response};

use crate::oci::Oci;
use crate::plugins::{HttpRoute, Metrics, ReadOnly};
use crate::registry::{Registry, Settings};
use crate::store::Store;
use crate::store::StoreError;
use crate::upstream::Upstream;

/// Everything the server needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub region: String,
    pub account_id: String,
    pub keys: Keys,
    /// Access key ids (among `keys`) that may only read.
    pub read_only: std::collections::BTreeSet<String>,
    /// Check SigV4 signatures on API requests (on unless switched off for experiments).
    pub check_signatures: bool,
    pub url_expiry: Duration,
    pub body_limit: usize,
    /// How often at most a cached tag is compared with the upstream's.
    pub upstream_refresh: Duration,
    /// Upstream registry credentials by secret ARN (see [`crate::upstream::parse_secrets`]).
    pub upstream_secrets: std::collections::BTreeMap<String, crate::upstream::Credentials>,
    /// How often the repositories' lifecycle policies are applied (ECR: at
    /// least daily); `None`: never (previews still work).
    pub lifecycle_interval: Option<Duration>,
    /// How often garbage is collected while serving (see
    /// [`Store::collect_garbage`]); `None`: only at start.
    pub gc_interval: Option<Duration>,
    /// How long an unreferenced layer or an untouched upload is kept.
    pub gc_grace: Duration,
    /// The IAM principal (an ARN) each access key stands for in repository
    /// and registry policies; a key not named is the account's root.
    pub principals: std::collections::BTreeMap<String, String>,
    /// A directory of OSV JSON files that image scans match against
    /// (`None`: scans fail, saying there is no database).
    pub vuln_db: Option<PathBuf>,
    /// Where replication destinations are and the keys to sign for them
    /// with, by (region, account) (see [`crate::registry::parse_endpoints`]).
    pub replication_endpoints:
        std::collections::BTreeMap<(String, String), crate::registry::Endpoint>,
    /// Signing keys by signing profile ARN (see [`crate::signing::load_keys`]).
    pub signing_keys: std::collections::BTreeMap<String, Arc<crate::signing::Signer>>,
}

impl Config {
    /// A registry in `data_dir` signing with `keys`, with the binary's
    /// defaults for the rest (region `us-east-1`, account `000000000000`,
    /// signatures checked, hour-long download URLs, hourly lifecycle and
    /// garbage collection with a day's grace); change fields as needed
    /// (`Config { region: .., ..Config::new(dir, keys) }`).
    pub fn new(data_dir: impl Into<PathBuf>, keys: Keys) -> Self {
        Self {
            data_dir: data_dir.into(),
            region: "us-east-1".into(),
            account_id: "000000000000".into(),
            keys,
            read_only: Default::default(),
            check_signatures: true,
            url_expiry: Duration::from_secs(3600),
            body_limit: 64 * 1024 * 1024,
            upstream_refresh: Duration::from_secs(24 * 60 * 60),
            upstream_secrets: Default::default(),
            lifecycle_interval: Some(Duration::from_secs(3600)),
            gc_interval: Some(Duration::from_secs(3600)),
            gc_grace: Duration::from_secs(24 * 60 * 60),
            principals: Default::default(),
            vuln_db: None,
            replication_endpoints: Default::default(),
            signing_keys: Default::default(),
        }
    }
}

/// The client's address, left in each request's extensions (for
/// `aws:SourceIp` in policies).
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

/// The generated server with the registry's plugins: metrics for every
/// operation, read-only keys refused for those that write.
type Api = EcrServer<Registry, (((), Metrics), Only<ReadOnly, fn(Operation) -> bool>)>;

/// The HTTP service (a handle: clones share one server).
#[derive(Clone)]
pub struct App(Arc<Parts>);

/// What an [`App`] serves with. Held behind one `Arc`: serving a request
/// takes one reference count, not one per part (each is shared by the cores).
struct Parts {
    ecr: Api,
    oci: Oci,
    metrics: Metrics,
    lifecycle: Option<Duration>,
    gc: Option<(Duration, Duration)>,
}

impl App {
    /// Opens the store and builds the service.
    pub fn open(config: &Config) -> Result<Self, crate::store::StoreError> {
        let store = Arc::new(Store::open(&config.data_dir)?);
        let vuln_db = match &config.vuln_db {
            Some(dir) => {
                let db = crate::scan::osv::Database::load(dir).map_err(|e| {
                    StoreError::Io(std::io::Error::other(format!(
                        "the vulnerability database: {e}"
                    )))
                })?;
                tracing::info!(dir = %dir.display(), vulnerabilities = db.entries, "vulnerability database loaded");
                Some(Arc::new(db))
            }
            None => None,
        };
        let upstream = Upstream::new().map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
        let registry = Registry::new(
            store,
            Settings {
                account_id: config.account_id.clone(),
                region: config.region.clone(),
                url_expiry: config.url_expiry,
                part_size: 10 * 1024 * 1024,
                keys: config.keys.clone(),
                read_only: config.read_only.clone(),
                upstream_refresh: config.upstream_refresh,
                upstream_secrets: config.upstream_secrets.clone(),
                principals: config.principals.clone(),
                vuln_db,
                replication_endpoints: config.replication_endpoints.clone(),
                signing_keys: config.signing_keys.clone(),
            },
            upstream,
        );
        let verifier = Verifier::new(config.keys.clone())
            .region(&config.region)
            .service("ecr");
        let ecr = EcrServer::with_config(
            registry,
            SdkConfig {
                body_limit: config.body_limit,
                authenticate: config
                    .check_signatures
                    .then(|| Arc::new(verifier) as Arc<dyn codegen_rt::server::Authenticate>),
                ..SdkConfig::default()
            },
        );
        let metrics = Metrics::default();
        let writes: fn(Operation) -> bool = |op| !op.is_readonly();
        let ecr = ecr
            .plugin(metrics.clone())
            .plugin(ReadOnly::new(config.read_only.clone(), &config.account_id).only(writes));
        let oci = Oci::new(Arc::clone(ecr.handler()), config.check_signatures);
        Ok(Self(Arc::new(Parts {
            ecr,
            oci,
            metrics,
            lifecycle: config.lifecycle_interval,
            gc: config.gc_interval.map(|every| (every, config.gc_grace)),
        })))
    }

    /// The business logic behind the API.
    pub fn registry(&self) -> Arc<Registry> {
        Arc::clone(self.0.ecr.handler())
    }

    /// How often lifecycle policies are applied, if they are.
    pub fn lifecycle_interval(&self) -> Option<Duration> {
        self.0.lifecycle
    }

    /// How often garbage is collected while serving, and the grace period.
    pub fn gc_schedule(&self) -> Option<(Duration, Duration)> {
        self.0.gc
    }

    /// Handles one request.
    pub async fn handle<B>(&self, req: Request<B>) -> Response<BoxBody>
    where
        B: http_body::Body + Send + 'static,
        B::Data: Send,
        B::Error: Into<codegen_rt::server::BoxError> + std::fmt::Display,
    {
        let Parts {
            ecr, oci, metrics, ..
        } = &*self.0;
        let started = std::time::Instant::now();
        if crate::blobs::is_presigned(&req) {
            let (parts, _) = req.into_parts();
            let resp = crate::blobs::serve(ecr.handler(), &parts).await;
            metrics.record_http(
                HttpRoute::Download,
                &parts.method,
                resp.status(),
                started.elapsed(),
            );
            return resp;
        }
        if req.uri().path() == "/v2" || req.uri().path().starts_with("/v2/") {
            let route = HttpRoute::of_v2(req.uri().path());
            let method = req.method().clone();
            // An answer that leaves some of an upload unread keeps the
            // connection usable (`settle`), as the generated API's do.
            let (req, tail) = codegen_rt::server::watch_body(req);
            let resp = oci.handle(req).await;
            let resp = codegen_rt::server::settle(tail, resp).await;
            metrics.record_http(route, &method, resp.status(), started.elapsed());
            return resp;
        }
        if req.uri().path() == "/metrics" && req.method() == http::Method::GET {
            let mut resp = Response::new(aws_smithy_http_server::body::to_boxed(metrics.render()));
            resp.headers_mut().insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static("text/plain; version=0.0.4"),
            );
            return resp;
        }
        ecr.handle(req).await
    }
}

impl<B> tower::Service<Request<B>> for App
where
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<codegen_rt::server::BoxError> + std::fmt::Display,
{
    type Response = Response<BoxBody>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut std::task::Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request<B>) -> <Self as tower::Service<Request<B>>>::Future {
        let this = self.clone();
        Box::pin(async move { Ok(this.handle(req).await) })
    }
}

/// Loads the key pair stored in `data_dir`, creating one on first start.
/// Returns the pair and whether it was just created.
pub fn stored_keys(data_dir: &Path) -> std::io::Result<((String, String), bool)> {
    let path = data_dir.join("credentials.json");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{}: {e}", path.display()),
            )
        })?;
        let get = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
        if let (Some(a), Some(s)) = (get("accessKeyId"), get("secretAccessKey")) {
            return Ok(((a, s), false));
        }
    }
    std::fs::create_dir_all(data_dir)?;
    let mut random = [0u8; 46];
    getrandom::getrandom(&mut random).map_err(|e| std::io::Error::other(e.to_string()))?;
    const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const ANY: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let akid: String = "AKIA"
        .chars()
        .chain(
            random[..16]
                .iter()
                .map(|b| UPPER[(*b as usize) % UPPER.len()] as char),
        )
        .collect();
    let secret: String = random[16..]
        .iter()
        .map(|b| ANY[(*b as usize) % ANY.len()] as char)
        .take(30)
        .collect::<String>()
        + &hex::encode(&random[36..41]);
    let json = serde_json::json!({"accessKeyId": akid, "secretAccessKey": secret});
    let tmp = data_dir.join("credentials.json.tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(&json).unwrap_or_default())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::rename(&tmp, &path)?;
    Ok(((akid, secret), true))
}

/// How long a connection may take to send a request head (and how long an
/// idle keep-alive connection stays open).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves `app` over HTTP/1.1 (keep-alive) on `listener` until `shutdown`
/// resolves, then lets requests in flight finish (30 s at most).
pub async fn serve(
    app: App,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper::server::conn::http1;
    use hyper_util::rt::TokioIo;
    use hyper_util::server::graceful::GracefulShutdown;

    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    // Lifecycle policies and garbage collection, on schedules in the background.
    let mut background = Vec::new();
    if let Some(every) = app.lifecycle_interval() {
        let registry = app.registry();
        background.push(every_so_often(every, move || {
            let registry = Arc::clone(&registry);
            async move {
                if let Err(e) = registry.apply_lifecycle().await {
                    tracing::warn!(error = %e, "applying lifecycle policies failed");
                }
            }
        }));
    }
    if let Some((every, grace)) = app.gc_schedule() {
        let registry = app.registry();
        background.push(every_so_often(every, move || {
            let registry = Arc::clone(&registry);
            async move {
                match registry.run(move |s| s.collect_garbage(grace)).await {
                    Ok(c) if c == Default::default() => {}
                    Ok(c) => tracing::info!(
                        layers = c.layers,
                        blobs = c.blobs,
                        bytes = c.bytes,
                        uploads = c.uploads,
                        "garbage collected"
                    ),
                    Err(e) => tracing::warn!(error = %e, "collecting garbage failed"),
                }
            }
        }));
    }
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(accepted) => accepted,
                    Err(e) => {
                        // Out of file descriptors and the like: back off, keep serving.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                // A request takes one reference to the app, and its future
                // lives in the connection's slot for the request in flight
                // (not boxed per request, as a tower service's would be).
                let app = app.clone();
                let service = hyper::service::service_fn(move |mut req: Request<hyper::body::Incoming>| {
                    req.extensions_mut().insert(Peer(peer));
                    let app = app.clone();
                    async move { Ok::<_, Infallible>(app.handle(req).await) }
                });
                let conn = http1::Builder::new()
                    .timer(crate::timer::ConnTimer::new())
                    .header_read_timeout(HEADER_READ_TIMEOUT)
                    .serve_connection(TokioIo::new(stream), service);
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(30)) => {
            tracing::warn!("shutdown: gave up waiting for requests in flight");
        }
    }
    for task in background {
        task.abort();
    }
    Ok(())
}

/// Runs `job` every `period` (the first time after one period), one run at
/// a time, until aborted.
fn every_so_often<F, Fut>(period: Duration, job: F) -> tokio::task::JoinHandle<()>
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    tokio::spawn(async move {
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            job().await;
        }
    })
}

/// The address a listener ended up on.
pub fn local_addr(l: &tokio::net::TcpListener) -> SocketAddr {
    l.local_addr()
        .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
}
