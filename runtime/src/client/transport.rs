//! The HTTP transport of generated clients: hyper's HTTP/1.1 client over
//! TCP, with the system's TLS (`native-tls`, feature `tls-native`) or rustls
//! (the `ring` provider and the Mozilla roots of `webpki-roots`, feature
//! `tls-rustls`) for `https`. Failures come back as a [`DispatchFailure`]
//! whose [`DispatchKind`] says what went wrong.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt as _;
use hyper::body::Incoming;
use hyper_util::client::legacy::connect::dns::{GaiResolver, Name};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use super::error::{DispatchFailure, DispatchKind};
use crate::client::Config;
use crate::stream::{BoxError, StreamBody};

/// An HTTP client with a [`Config`]'s timeouts, name overrides and TLS
/// settings: what generated clients send their requests with, and what a
/// caller can use for other requests to the same service (pre-signed URLs).
#[derive(Clone)]
pub struct HttpClient {
    client: Client<Connector, StreamBody>,
    user_agent: http::HeaderValue,
    read_timeout: Option<Duration>,
}

impl std::fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpClient")
            .field("user_agent", &self.user_agent)
            .field("read_timeout", &self.read_timeout)
            .finish_non_exhaustive()
    }
}

/// A response whose body arrives as it is read.
pub type StreamingResponse = http::Response<TimedBody>;

impl HttpClient {
    /// A client configured by `config`, sending `user_agent`.
    pub fn new(config: &Config, user_agent: &str) -> Result<Self, String> {
        let mut http = HttpConnector::new_with_resolver(Resolver {
            overrides: Arc::new(config.resolve.clone()),
            gai: GaiResolver::new(),
        });
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(config.connect_timeout);
        let client = Client::builder(TokioExecutor::new())
            .http2_only(config.http2_prior_knowledge)
            .build(connector(http, config)?);
        let user_agent = http::HeaderValue::from_str(user_agent)
            .map_err(|e| format!("invalid user agent `{user_agent}`: {e}"))?;
        Ok(Self {
            client,
            user_agent,
            read_timeout: config.read_timeout,
        })
    }

    /// Sends `req` and waits for the response head (within the read
    /// timeout); the body is read as the caller polls it, each wait for more
    /// bytes bounded by the read timeout too.
    pub async fn send(
        &self,
        mut req: http::Request<StreamBody>,
    ) -> Result<StreamingResponse, DispatchFailure> {
        if !TLS && req.uri().scheme() == Some(&http::uri::Scheme::HTTPS) {
            return Err(DispatchFailure::new(
                DispatchKind::Connect,
                "an https endpoint needs TLS: build codegen-rt with `tls-native` or `tls-rustls` \
                 (the generated client's `native-tls` or `rustls` feature)"
                    .into(),
            ));
        }
        if !req.headers().contains_key(http::header::USER_AGENT) {
            req.headers_mut()
                .insert(http::header::USER_AGENT, self.user_agent.clone());
        }
        let expects_continue = req
            .headers()
            .get(http::header::EXPECT)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
        if expects_continue {
            gate_body(&mut req, CONTINUE_WAIT);
        }
        let pending = self.client.request(req);
        let resp = match self.read_timeout {
            Some(t) => tokio::time::timeout(t, pending)
                .await
                .map_err(|_| DispatchFailure::read_timeout(t))?,
            None => pending.await,
        }
        .map_err(classify)?;
        let read_timeout = self.read_timeout;
        Ok(resp.map(|body| TimedBody::new(body, read_timeout)))
    }
}

/// How long a request that says `Expect: 100-continue` waits for the
/// server's `100 Continue` before it sends its body anyway (the AWS SDKs
/// wait a second).
const CONTINUE_WAIT: Duration = Duration::from_secs(1);

/// Holds back the body of `req` until the server answers `100 Continue`
/// (hyper's informational callback) or `wait` passes. A final answer that
/// comes first (a `403`, a `404`) is the response, and the body is never
/// sent.
fn gate_body(req: &mut http::Request<StreamBody>, wait: Duration) {
    let state = Arc::new(std::sync::Mutex::new(GateState::default()));
    let signal = Arc::clone(&state);
    hyper::ext::on_informational(req, move |res| {
        if res.status() == http::StatusCode::CONTINUE {
            let mut s = signal.lock().unwrap_or_else(|p| p.into_inner());
            s.open = true;
            if let Some(w) = s.waker.take() {
                w.wake();
            }
        }
    });
    let inner = std::mem::replace(
        req.body_mut(),
        http_body_util::Empty::new()
            .map_err(|never| match never {})
            .boxed_unsync(),
    );
    *req.body_mut() = Gate {
        inner,
        state,
        timer: Box::pin(tokio::time::sleep(wait)),
        open: false,
    }
    .boxed_unsync();
}

#[derive(Default)]
struct GateState {
    open: bool,
    waker: Option<std::task::Waker>,
}

/// A body that yields nothing until its gate opens.
struct Gate {
    inner: StreamBody,
    state: Arc<std::sync::Mutex<GateState>>,
    timer: Pin<Box<tokio::time::Sleep>>,
    open: bool,
}

impl Body for Gate {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        if !this.open {
            let mut s = this.state.lock().unwrap_or_else(|p| p.into_inner());
            if s.open || this.timer.as_mut().poll(cx).is_ready() {
                this.open = true;
            } else {
                s.waker = Some(cx.waker().clone());
                return Poll::Pending;
            }
        }
        Pin::new(&mut this.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Reads the whole of `body`.
pub async fn collect(body: TimedBody) -> Result<Bytes, DispatchFailure> {
    body.collect()
        .await
        .map(http_body_util::Collected::to_bytes)
        .map_err(|e| match e.downcast::<DispatchFailure>() {
            Ok(f) => *f,
            Err(e) => DispatchFailure::new(DispatchKind::Io, e),
        })
}

/// Sorts a hyper client error by what went wrong.
fn classify(e: hyper_util::client::legacy::Error) -> DispatchFailure {
    let timed_out = chain(&e).any(|s| {
        s.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
    });
    let kind = if e.is_connect() {
        if timed_out {
            DispatchKind::ConnectTimeout
        } else {
            DispatchKind::Connect
        }
    } else if timed_out {
        DispatchKind::ReadTimeout
    } else if chain(&e).any(|s| {
        s.is::<std::io::Error>()
            || s.downcast_ref::<hyper::Error>()
                .is_some_and(|h| h.is_incomplete_message() || h.is_closed() || h.is_canceled())
    }) {
        DispatchKind::Io
    } else {
        DispatchKind::Other
    };
    DispatchFailure::new(kind, Box::new(e))
}

fn chain<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(e), |e| e.source())
}

/// A response body whose every wait for more bytes is bounded by the read
/// timeout; its errors are [`DispatchFailure`]s (boxed).
pub struct TimedBody {
    body: Incoming,
    timeout: Option<Duration>,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl TimedBody {
    fn new(body: Incoming, timeout: Option<Duration>) -> Self {
        Self {
            body,
            timeout,
            sleep: None,
        }
    }
}

impl Body for TimedBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.body).poll_frame(cx) {
            Poll::Ready(frame) => {
                this.sleep = None;
                Poll::Ready(frame.map(|f| {
                    f.map_err(|e| {
                        let kind = if e.is_incomplete_message() || e.is_closed() {
                            DispatchKind::Io
                        } else {
                            DispatchKind::Other
                        };
                        BoxError::from(DispatchFailure::new(kind, Box::new(e)))
                    })
                }))
            }
            Poll::Pending => {
                let Some(t) = this.timeout else {
                    return Poll::Pending;
                };
                let sleep = this
                    .sleep
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(t)));
                match sleep.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        this.sleep = None;
                        Poll::Ready(Some(Err(DispatchFailure::read_timeout(t).into())))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// Name lookup: the configured overrides (`Config::resolve`), else the
/// system resolver.
#[derive(Clone)]
struct Resolver {
    overrides: Arc<Vec<(String, SocketAddr)>>,
    gai: GaiResolver,
}

type Addrs = std::vec::IntoIter<SocketAddr>;

impl tower_service::Service<Name> for Resolver {
    type Response = Addrs;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Addrs, BoxError>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: Name) -> Self::Future {
        let found = self
            .overrides
            .iter()
            .find(|(domain, _)| domain.eq_ignore_ascii_case(name.as_str()))
            .map(|(_, addr)| *addr);
        if let Some(addr) = found {
            return Box::pin(std::future::ready(Ok(vec![addr].into_iter())));
        }
        let lookup = self.gai.call(name);
        Box::pin(async move {
            let addrs = lookup.await?;
            Ok(addrs.collect::<Vec<_>>().into_iter())
        })
    }
}

/// Whether `https` works (a TLS backend is built).
const TLS: bool = cfg!(any(feature = "tls-native", feature = "tls-rustls"));

#[cfg(feature = "tls-rustls")]
type Connector = hyper_rustls::HttpsConnector<HttpConnector<Resolver>>;
#[cfg(all(feature = "tls-native", not(feature = "tls-rustls")))]
type Connector = hyper_tls::HttpsConnector<HttpConnector<Resolver>>;
#[cfg(not(any(feature = "tls-native", feature = "tls-rustls")))]
type Connector = HttpConnector<Resolver>;

#[cfg(feature = "tls-rustls")]
fn connector(http: HttpConnector<Resolver>, config: &Config) -> Result<Connector, String> {
    Ok(hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(rustls_tls::config(config)?)
        .https_or_http()
        .enable_all_versions()
        .wrap_connector(http))
}

/// The system's TLS: its roots plus the configured bundle, or no
/// verification at all when `accept_invalid_certs` is set.
#[cfg(all(feature = "tls-native", not(feature = "tls-rustls")))]
fn connector(http: HttpConnector<Resolver>, config: &Config) -> Result<Connector, String> {
    let mut tls = native_tls::TlsConnector::builder();
    tls.danger_accept_invalid_certs(config.accept_invalid_certs);
    // HTTP/2 where the server negotiates it (ALPN), as with rustls.
    tls.request_alpns(&["h2", "http/1.1"]);
    if let Some(pem) = &config.ca_bundle {
        let certs = native_tls::Certificate::stack_from_pem(pem)
            .map_err(|e| format!("invalid CA bundle: {e}"))?;
        if certs.is_empty() {
            return Err("invalid CA bundle: no PEM certificate in it".to_owned());
        }
        for cert in certs {
            tls.add_root_certificate(cert);
        }
    }
    let tls = tls
        .build()
        .map_err(|e| format!("could not set up TLS: {e}"))?;
    Ok(hyper_tls::HttpsConnector::from((
        http,
        tokio_native_tls::TlsConnector::from(tls),
    )))
}

#[cfg(not(any(feature = "tls-native", feature = "tls-rustls")))]
fn connector(http: HttpConnector<Resolver>, _config: &Config) -> Result<Connector, String> {
    Ok(http)
}

#[cfg(feature = "tls-rustls")]
mod rustls_tls {
    use std::sync::Arc;

    use crate::client::Config;

    /// rustls with the `ring` provider: the webpki roots plus the configured
    /// bundle, or no verification at all when `accept_invalid_certs` is set.
    pub(super) fn config(config: &Config) -> Result<rustls::ClientConfig, String> {
        use rustls::pki_types::{pem::PemObject as _, CertificateDer};
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("could not set up TLS: {e}"))?;
        let tls = if config.accept_invalid_certs {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider)))
                .with_no_client_auth()
        } else {
            let mut roots = rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            };
            if let Some(pem) = &config.ca_bundle {
                let mut added = 0;
                for cert in CertificateDer::pem_slice_iter(pem) {
                    let cert = cert.map_err(|e| format!("invalid CA bundle: {e}"))?;
                    roots
                        .add(cert)
                        .map_err(|e| format!("invalid CA bundle: {e}"))?;
                    added += 1;
                }
                if added == 0 {
                    return Err("invalid CA bundle: no PEM certificate in it".to_owned());
                }
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        };
        Ok(tls)
    }

    /// The verifier of `accept_invalid_certs` (the AWS CLI's `--no-verify-ssl`):
    /// any certificate, while signatures are still checked.
    #[derive(Debug)]
    struct AcceptAnyCertificate(Arc<rustls::crypto::CryptoProvider>);

    impl rustls::client::danger::ServerCertVerifier for AcceptAnyCertificate {
        fn verify_server_cert(
            &self,
            _end_entity: &rustls::pki_types::CertificateDer<'_>,
            _intermediates: &[rustls::pki_types::CertificateDer<'_>],
            _server_name: &rustls::pki_types::ServerName<'_>,
            _ocsp_response: &[u8],
            _now: rustls::pki_types::UnixTime,
        ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
            Ok(rustls::client::danger::ServerCertVerified::assertion())
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &rustls::pki_types::CertificateDer<'_>,
            dss: &rustls::DigitallySignedStruct,
        ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.0.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &rustls::pki_types::CertificateDer<'_>,
            dss: &rustls::DigitallySignedStruct,
        ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.0.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
            self.0.signature_verification_algorithms.supported_schemes()
        }
    }
}
