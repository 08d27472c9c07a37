//! Generated clients' runtime: configuration, endpoint resolution, and one
//! send loop for every protocol ([`send`]): endpoint -> host prefix ->
//! encode -> compress -> sign -> send -> retry -> decode. SigV4 signing is
//! `aws-sigv4`'s; retries back off exponentially with full jitter (standard
//! and adaptive modes); inputs are checked against the model's constraints
//! before anything is sent. The protocols differ only in what
//! [`crate::protocol::Protocol`] says (routing, codec, error envelope);
//! where members travel is the operation's [`crate::binding::HttpOp`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use serde_json::Value;

mod assume_role;
mod customize;
mod discovery;
mod error;
mod presign;
mod send;
mod transport;

pub use self::assume_role::{AssumeRoleError, AssumeRoleProvider};
pub use self::customize::Customization;
pub use self::discovery::{DiscoveryError, EndpointDiscovery};
pub use self::error::{
    ConstructionFailure, DispatchFailure, DispatchKind, ResponseError, SdkError,
};
pub use self::presign::{PresignedRequest, PresigningConfig, PresigningConfigError};
pub use self::transport::{collect as collect_body, HttpClient, StreamingResponse, TimedBody};
use crate::endpoint;
use crate::error::{HasResponseMeta, OperationError, Unhandled};
use crate::host::HostPart;
use crate::json::{parse_strict, FromJson, ParseError, ToJson};
use crate::retry::RetryState;
pub use crate::retry::{RetryKind, RetryMode};
#[cfg(feature = "waiters")]
pub use crate::waiter;

pub use aws_credential_types::Credentials;
/// Paginators' streams are `futures` streams.
pub use futures_util::stream::{self, Stream};

/// Facts about a service that the generator knows from its model.
#[derive(Debug, Clone, Copy)]
pub struct ServiceInfo {
    /// The service shape's name: the prefix of `X-Amz-Target`, and the
    /// `{Service}` of rpcv2 paths.
    pub target_prefix: &'static str,
    /// The protocols the model lists, in its order: a client speaks the
    /// first one (unless [`Config::protocol`] picks another listed one).
    pub protocols: &'static [crate::protocol::Protocol],
    /// SigV4 signing name (`aws.auth#sigv4` `name`).
    pub signing_name: &'static str,
    /// The auth schemes of operations that do not list their own, most
    /// preferred first: a call uses the first the client has an identity for.
    pub auth: &'static [crate::auth::AuthScheme],
    /// `aws.api#clientEndpointDiscovery`: how operations marked
    /// `aws.api#clientDiscoveredEndpoint` find their endpoint.
    pub endpoint_discovery: Option<EndpointDiscovery>,
    /// What the AWS SDKs do for this service beyond its model.
    pub customizations: &'static [Customization],
    /// Endpoint prefix (`aws.api#service` `endpointPrefix`).
    pub endpoint_prefix: &'static str,
    /// The generated crate's name and version, for `User-Agent`.
    pub user_agent: &'static str,
    /// What the model says of each operation, where it says anything beyond
    /// the defaults (operations not listed have [`OperationInfo::DEFAULT`]).
    pub operations: &'static [OperationInfo],
    /// Codes of errors the model marks `@retryable` (retried like throttling).
    pub retryable_errors: &'static [&'static str],
    /// `@awsQueryCompatible`: the error code reported for unmodeled errors is
    /// the one in `x-amzn-query-error`.
    pub query_compatible: bool,
    /// The members each error code sends in headers (restJson1).
    pub error_headers: &'static [(&'static str, &'static [crate::binding::Binding])],
    /// The service's endpoint rules, when the model has them; without them
    /// requests go to `endpoint_url` or `https://{endpoint_prefix}.{region}.amazonaws.com`.
    pub endpoint_rules: Option<EndpointRules>,
}

/// A service's endpoint rules as the generator embeds them.
#[derive(Debug, Clone, Copy)]
pub struct EndpointRules {
    /// The `smithy.rules#endpointRuleSet` (or `#endpointBdd`) trait value, as JSON.
    pub rules: &'static str,
    /// Whether `rules` is an `endpointBdd`.
    pub bdd: bool,
    /// The AWS partitions data (`partitions.json`) `aws.partition` reads.
    pub partitions: &'static str,
}

/// Where an operation's endpoint parameter comes from.
#[derive(Debug, Clone, Copy)]
pub enum EndpointParam {
    /// `@staticContextParams`: a fixed boolean.
    Bool(bool),
    /// `@staticContextParams`: a fixed string.
    Str(&'static str),
    /// `@contextParam`: the input member of this (wire) name.
    Member(&'static str),
}

impl ServiceInfo {
    /// The facts about operation `op`.
    pub fn operation(&self, op: &str) -> &OperationInfo {
        self.operations
            .iter()
            .find(|o| o.name == op)
            .unwrap_or(&OperationInfo::DEFAULT)
    }
}

/// Per-operation facts from the model.
#[derive(Debug, Clone, Copy)]
pub struct OperationInfo {
    /// The operation's name.
    pub name: &'static str,
    /// `@requestCompression` with gzip: bodies of at least the configured
    /// size are sent compressed.
    pub gzip: bool,
    /// `@endpoint(hostPrefix)`: prepended to the endpoint's host, `{label}`s
    /// filled from the input members of those (wire) names.
    pub host_prefix: Option<&'static str>,
    /// `@idempotencyToken` members (wire names) filled with a UUIDv4 when absent.
    pub idempotency_tokens: &'static [&'static str],
    /// The operation's auth schemes where they differ from the service's
    /// ([`ServiceInfo::auth`]).
    pub auth: Option<&'static [crate::auth::AuthScheme]>,
    /// `aws.api#clientDiscoveredEndpoint(required)`.
    pub discovered_endpoint: Option<bool>,
    /// Input members (wire names) sent to endpoint discovery.
    pub discovery_ids: &'static [&'static str],
    /// An event-stream operation, which this client cannot call yet.
    pub event_stream: bool,
    /// The input can carry `@sensitive` values: request bodies are not logged.
    pub sensitive: bool,
    /// `@httpChecksumRequired`: requests carry `Content-MD5`.
    pub checksum_required: bool,
    /// `aws.protocols#httpChecksum`: flexible checksums.
    pub flexible_checksum: Option<FlexibleChecksum>,
    /// Endpoint rule parameters the operation sets (`@staticContextParams`,
    /// `@contextParam`).
    pub endpoint_params: &'static [(&'static str, EndpointParam)],
}

/// `aws.protocols#httpChecksum` of an operation (members by wire name).
#[derive(Debug, Clone, Copy)]
pub struct FlexibleChecksum {
    /// The input member naming the request checksum's algorithm.
    pub algorithm_member: Option<&'static str>,
    /// A request checksum is required (CRC32 when no algorithm is named).
    pub required: bool,
    /// The input member that turns response validation on (`ENABLED`).
    pub validation_member: Option<&'static str>,
    /// The algorithms a response's checksum may use, most preferred first.
    pub response_algorithms: &'static [&'static str],
}

impl OperationInfo {
    /// An operation the model says nothing special about.
    pub const DEFAULT: OperationInfo = OperationInfo {
        name: "",
        gzip: false,
        host_prefix: None,
        idempotency_tokens: &[],
        auth: None,
        discovered_endpoint: None,
        discovery_ids: &[],
        event_stream: false,
        sensitive: false,
        checksum_required: false,
        flexible_checksum: None,
        endpoint_params: &[],
    };
}

/// `prefix` with its `{label}`s replaced by the input's members: each value
/// must be a valid host label (letters, digits, hyphens; 1-63 characters; no
/// leading hyphen), or the request is not sent.
pub fn host_prefix(
    prefix: &str,
    input: &(dyn Fn(&str) -> Option<Value> + Sync),
) -> Result<String, String> {
    let mut out = String::with_capacity(prefix.len());
    for part in crate::host::template(prefix)? {
        let label = match part {
            HostPart::Literal(text) => {
                out.push_str(text);
                continue;
            }
            HostPart::Label(label) => label,
        };
        let value = input(label);
        let value = value
            .as_ref()
            .and_then(Value::as_str)
            .ok_or_else(|| format!("host label `{label}` is not set"))?;
        let valid = !value.is_empty()
            && value.len() <= 63
            && !value.starts_with('-')
            && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid {
            return Err(format!(
                "host label `{label}` is {value:?}, which is not a valid host label"
            ));
        }
        out.push_str(value);
    }
    Ok(out)
}

/// Client configuration.
#[derive(Clone)]
pub struct Config {
    region: Option<String>,
    endpoint_url: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    /// S3's endpoint built-ins (`AWS::S3::ForcePathStyle`, ...), by name.
    s3_built_ins: std::collections::BTreeMap<&'static str, bool>,
    endpoint_params: std::collections::BTreeMap<String, endpoint::Value>,
    credentials: Option<SharedCredentialsProvider>,
    token: Option<Arc<dyn crate::auth::ProvideToken>>,
    api_key: Option<String>,
    basic: Option<(String, String)>,
    sign_requests: bool,
    max_attempts: u32,
    retry_mode: RetryMode,
    initial_backoff: Duration,
    max_backoff: Duration,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) read_timeout: Option<Duration>,
    validate_input: bool,
    pub(crate) accept_invalid_certs: bool,
    /// Speak HTTP/2 from the first byte on plain HTTP (prior knowledge),
    /// rather than HTTP/1.1.
    pub(crate) http2_prior_knowledge: bool,
    pub(crate) ca_bundle: Option<Vec<u8>>,
    disable_request_compression: bool,
    request_min_compression_size_bytes: usize,
    pub(crate) resolve: Vec<(String, std::net::SocketAddr)>,
    idempotency_token: Option<IdempotencyTokenProvider>,
    protocol: Option<crate::protocol::Protocol>,
    endpoint_discovery: Option<bool>,
}

/// Makes the value of an `@idempotencyToken` member the caller left unset.
pub type IdempotencyTokenProvider = Arc<dyn Fn() -> String + Send + Sync>;

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("endpoint_params", &self.endpoint_params)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|_| "** provider **"),
            )
            .field("token", &self.token.as_ref().map(|_| "** provider **"))
            .field("api_key", &self.api_key.as_ref().map(|_| "** redacted **"))
            .field("basic", &self.basic.as_ref().map(|(u, _)| u))
            .field("sign_requests", &self.sign_requests)
            .field("max_attempts", &self.max_attempts)
            .field("retry_mode", &self.retry_mode)
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("validate_input", &self.validate_input)
            .field("protocol", &self.protocol)
            .finish_non_exhaustive()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            region: None,
            endpoint_url: None,
            use_fips: false,
            use_dual_stack: false,
            s3_built_ins: std::collections::BTreeMap::new(),
            endpoint_params: std::collections::BTreeMap::new(),
            credentials: None,
            token: None,
            api_key: None,
            basic: None,
            sign_requests: true,
            max_attempts: 3,
            retry_mode: RetryMode::Standard,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            connect_timeout: Some(Duration::from_secs(60)),
            read_timeout: Some(Duration::from_secs(60)),
            validate_input: true,
            accept_invalid_certs: false,
            http2_prior_knowledge: false,
            ca_bundle: None,
            disable_request_compression: false,
            request_min_compression_size_bytes: 10240,
            resolve: Vec::new(),
            idempotency_token: None,
            protocol: None,
            endpoint_discovery: None,
        }
    }
}

impl Config {
    /// Defaults: no region, the service's regional endpoint, 3 attempts,
    /// 60 s connect and read timeouts, client-side validation on.
    pub fn new() -> Self {
        Self::default()
    }

    /// The region to sign for and to derive the endpoint from.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// A custom endpoint: the endpoint rules' `SDK::Endpoint` parameter
    /// (for a model without rules, the URL every request goes to).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Use the service's FIPS endpoint (`AWS::UseFIPS`).
    pub fn use_fips(mut self, fips: bool) -> Self {
        self.use_fips = fips;
        self
    }

    /// Use the service's dual-stack (IPv4 and IPv6) endpoint (`AWS::UseDualStack`).
    pub fn use_dual_stack(mut self, dual_stack: bool) -> Self {
        self.use_dual_stack = dual_stack;
        self
    }

    /// S3: path-style addresses (`https://s3.../bucket/key`) instead of
    /// virtual-hosted ones (`https://bucket.s3.../key`) (`AWS::S3::ForcePathStyle`).
    pub fn force_path_style(self, on: bool) -> Self {
        self.s3_built_in("AWS::S3::ForcePathStyle", on)
    }

    /// S3: the Transfer Acceleration endpoint (`AWS::S3::Accelerate`).
    pub fn accelerate(self, on: bool) -> Self {
        self.s3_built_in("AWS::S3::Accelerate", on)
    }

    /// S3: an access point ARN's region is used rather than the client's
    /// (`AWS::S3::UseArnRegion`; S3 Control's `AWS::S3Control::UseArnRegion`).
    pub fn use_arn_region(self, on: bool) -> Self {
        self.s3_built_in("AWS::S3::UseArnRegion", on)
            .s3_built_in("AWS::S3Control::UseArnRegion", on)
    }

    /// S3: refuse Multi-Region Access Point ARNs
    /// (`AWS::S3::DisableMultiRegionAccessPoints`).
    pub fn disable_multi_region_access_points(self, on: bool) -> Self {
        self.s3_built_in("AWS::S3::DisableMultiRegionAccessPoints", on)
    }

    /// S3 in `us-east-1`: the global endpoint `s3.amazonaws.com` rather than
    /// the regional one (`AWS::S3::UseGlobalEndpoint`).
    pub fn use_global_endpoint(self, on: bool) -> Self {
        self.s3_built_in("AWS::S3::UseGlobalEndpoint", on)
    }

    fn s3_built_in(mut self, name: &'static str, on: bool) -> Self {
        self.s3_built_ins.insert(name, on);
        self
    }

    /// Sets endpoint rule parameter `name` (a client context parameter, or
    /// a built-in such as `AWS::Auth::AccountId`'s parameter), overriding
    /// what the configuration gives it.
    pub fn endpoint_param(
        mut self,
        name: impl Into<String>,
        value: impl Into<endpoint::Value>,
    ) -> Self {
        self.endpoint_params.insert(name.into(), value.into());
        self
    }

    /// Where credentials come from: static [`Credentials`], or any provider
    /// (such as `aws-config`'s default chain).
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(SharedCredentialsProvider::new(provider));
        self
    }

    /// The bearer token for `smithy.api#httpBearerAuth` operations
    /// (`Authorization: Bearer <token>`).
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.token_provider(crate::auth::StaticToken::new(token))
    }

    /// Where bearer tokens come from, asked before each attempt:
    /// [`StaticToken`](crate::auth::StaticToken),
    /// [`EnvToken`](crate::auth::EnvToken), or any async closure.
    pub fn token_provider(mut self, provider: impl crate::auth::ProvideToken + 'static) -> Self {
        self.token = Some(Arc::new(provider));
        self
    }

    /// The key for `smithy.api#httpApiKeyAuth` operations (sent in the
    /// header or query parameter the model names).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The user name and password for `smithy.api#httpBasicAuth` operations.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
        self.basic = Some((user.into(), password.into()));
        self
    }

    /// Turns endpoint discovery (`aws.api#clientEndpointDiscovery`) on or
    /// off. Default: on when some operation of the service requires it,
    /// and off with an [`endpoint_url`](Self::endpoint_url) (with one, `true`
    /// discovers at that URL). Off, an operation that requires a
    /// discovered endpoint fails before anything is sent.
    pub fn endpoint_discovery(mut self, enabled: bool) -> Self {
        self.endpoint_discovery = Some(enabled);
        self
    }

    /// Sends requests unsigned (and loads no credentials) when `false`.
    pub fn sign_requests(mut self, sign: bool) -> Self {
        self.sign_requests = sign;
        self
    }

    /// Total attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The retry mode (default `standard`).
    pub fn retry_mode(mut self, mode: RetryMode) -> Self {
        self.retry_mode = mode;
        self
    }

    /// These defaults with what the environment sets, as the AWS SDKs read
    /// it: `AWS_REGION` (else `AWS_DEFAULT_REGION`), `AWS_ENDPOINT_URL`,
    /// `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`,
    /// `AWS_ENDPOINT_DISCOVERY_ENABLED` (or `AWS_ENABLE_ENDPOINT_DISCOVERY`),
    /// `AWS_RETRY_MODE` and `AWS_MAX_ATTEMPTS`. A value that does not parse
    /// is an error naming the variable.
    pub fn from_env() -> Result<Self, String> {
        Self::from_vars(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
    }

    /// [`from_env`](Self::from_env) with the variables from `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let mut c = Self::new();
        c.region = var("AWS_REGION").or_else(|| var("AWS_DEFAULT_REGION"));
        c.endpoint_url = var("AWS_ENDPOINT_URL");
        let flag = |k: &str| -> Result<bool, String> {
            match var(k).map(|v| v.to_ascii_lowercase()) {
                None => Ok(false),
                Some(v) if v == "true" => Ok(true),
                Some(v) if v == "false" => Ok(false),
                Some(v) => Err(format!("{k}={v}: expected true or false")),
            }
        };
        c.use_fips = flag("AWS_USE_FIPS_ENDPOINT")?;
        c.use_dual_stack = flag("AWS_USE_DUALSTACK_ENDPOINT")?;
        for k in [
            "AWS_ENDPOINT_DISCOVERY_ENABLED",
            "AWS_ENABLE_ENDPOINT_DISCOVERY",
        ] {
            if var(k).is_some() {
                c.endpoint_discovery = Some(flag(k)?);
                break;
            }
        }
        if let Some(mode) = var("AWS_RETRY_MODE") {
            c.retry_mode = mode.parse().map_err(|e| format!("AWS_RETRY_MODE: {e}"))?;
        }
        if let Some(n) = var("AWS_MAX_ATTEMPTS") {
            c.max_attempts = match n.trim().parse::<u32>() {
                Ok(n) if n >= 1 => n,
                _ => {
                    return Err(format!(
                        "AWS_MAX_ATTEMPTS={n}: expected a whole number of at least 1"
                    ))
                }
            };
        }
        Ok(c)
    }

    /// Backoff before the second attempt; it doubles each attempt up to
    /// `max`, and a random fraction of it is used (full jitter).
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// Connect timeout; `None` waits forever.
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Timeout for each read of the response; `None` waits forever.
    pub fn read_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// Makes the tokens of unset `@idempotencyToken` members (default: a
    /// random UUIDv4 each), e.g. a fixed one for reproducible requests.
    pub fn idempotency_token_provider(
        mut self,
        provider: impl Fn() -> String + Send + Sync + 'static,
    ) -> Self {
        self.idempotency_token = Some(Arc::new(provider));
        self
    }

    /// The protocol to speak, of those the model lists (a model may list
    /// several: services moving to rpcv2Cbor keep their awsJson protocol).
    /// Without it, or when the model does not list it, the first the model
    /// lists.
    pub fn protocol(mut self, protocol: crate::protocol::Protocol) -> Self {
        self.protocol = Some(protocol);
        self
    }

    /// Whether input is checked against the model's constraints before sending.
    pub fn validate_input(mut self, validate: bool) -> Self {
        self.validate_input = validate;
        self
    }

    /// Speaks HTTP/2 only, from the first byte (prior knowledge, `h2c` on
    /// plain HTTP): what a service that streams events both ways at once
    /// needs when it is not reached over TLS, where HTTP/2 is negotiated
    /// (ALPN, with rustls or the system's TLS) whatever this says.
    pub fn http2_prior_knowledge(mut self, on: bool) -> Self {
        self.http2_prior_knowledge = on;
        self
    }

    /// Skips TLS certificate verification (for experiments only).
    pub fn accept_invalid_certs(mut self, accept: bool) -> Self {
        self.accept_invalid_certs = accept;
        self
    }

    /// For `@requestCompression` operations: never compress (`true`), and
    /// the smallest body that is compressed (default 10240 bytes).
    pub fn request_compression(mut self, disable: bool, min_size_bytes: usize) -> Self {
        self.disable_request_compression = disable;
        self.request_min_compression_size_bytes = min_size_bytes;
        self
    }

    /// An HTTP client with this configuration's timeouts and TLS settings
    /// (for other requests to the same service, such as pre-signed URLs).
    pub fn http_client(&self, user_agent: &str) -> Result<HttpClient, String> {
        HttpClient::new(self, user_agent)
    }

    /// Connects to `addr` for host `domain` instead of looking it up in DNS
    /// (as `curl --resolve` does); the request still names `domain`.
    pub fn resolve(mut self, domain: impl Into<String>, addr: std::net::SocketAddr) -> Self {
        self.resolve.push((domain.into(), addr));
        self
    }

    /// Trusts the PEM certificates in `pem` in addition to the built-in roots.
    pub fn ca_bundle(mut self, pem: Vec<u8>) -> Self {
        self.ca_bundle = Some(pem);
        self
    }
}

/// What generated clients hold: configuration, the HTTP client, service facts.
#[derive(Debug)]
pub struct Handle {
    config: Config,
    info: ServiceInfo,
    http: Result<HttpClient, String>,
    /// The retry quota (and adaptive mode's rate limiter) calls share.
    retry: RetryState,
    /// The loaded endpoint rules and partitions (`None`: the model has none).
    rules: Option<Result<(endpoint::RuleSet, endpoint::Partitions), String>>,
    /// Discovered endpoints (`aws.api#clientEndpointDiscovery`).
    discovery: discovery::Cache,
    /// The regions of buckets a service said are elsewhere
    /// (`x-amz-bucket-region`, [`Customization::BucketRegionRedirect`]).
    bucket_regions: std::sync::Mutex<std::collections::HashMap<String, String>>,
    /// This handle, for work it starts in the background.
    me: std::sync::Weak<Handle>,
}

/// How an attempt is signed.
#[derive(Clone, Copy)]
struct Signing<'a> {
    /// The resolved endpoint: its headers, and the signing name and region
    /// its `authSchemes` ask for.
    endpoint: &'a endpoint::Endpoint,
    /// The operation's auth schemes, most preferred first.
    schemes: &'static [crate::auth::AuthScheme],
    /// Sign `UNSIGNED-PAYLOAD` instead of the body's hash.
    unsigned_payload: bool,
    /// A query-string signature valid for this long from this time (a
    /// pre-signed request), instead of an `Authorization` header.
    presign: Option<(Duration, std::time::SystemTime)>,
    /// The region to sign for, when not the configured one (a bucket's
    /// region after a redirect); the endpoint's own signing region wins.
    region: Option<&'a str>,
    /// An `aws-chunked` payload's literal
    /// (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER`, ...), signed as the
    /// payload's hash.
    streaming: Option<&'static str>,
}

/// Whether this build compresses `@requestCompression` bodies: with the
/// `request-compression` feature, which a generated client enables when its
/// model uses the trait. Without it bodies go as they are, which the trait
/// allows (compression is the client's choice).
pub(crate) const CAN_COMPRESS: bool = cfg!(feature = "request-compression");

/// `body` gzipped (`@requestCompression`).
#[cfg(not(feature = "request-compression"))]
fn gzip(_body: &[u8]) -> Result<Vec<u8>, String> {
    Err("this build has no request compression (feature `request-compression`)".to_owned())
}

/// `body` gzipped (`@requestCompression`).
#[cfg(feature = "request-compression")]
fn gzip(body: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(body)
        .and_then(|()| enc.finish())
        .map_err(|e| format!("could not compress: {e}"))
}

/// The message AWS clients show for an error body: its `message`,
/// `Message` or `errorMessage`; a body that is not a JSON object, as text
/// (at most 512 characters).
fn error_message(parsed: &Value, raw: &[u8]) -> Option<String> {
    let field = |name: &str| parsed.get(name).and_then(Value::as_str);
    field("message")
        .or_else(|| field("Message"))
        .or_else(|| field("errorMessage"))
        .map(str::to_owned)
        .or_else(|| {
            (!parsed.is_object()).then(|| String::from_utf8_lossy(raw).chars().take(512).collect())
        })
}

/// `url` with `prefix` put before its host (`https://h/` -> `https://prefixh/`).
fn with_host_prefix(url: &str, prefix: &str) -> Result<String, String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("endpoint '{url}' has no scheme"))?;
    Ok(format!("{scheme}://{prefix}{rest}"))
}

enum Attempt<T> {
    Done(T),
    Retry(T, RetryKind),
    /// The bucket is in this other region (`x-amz-bucket-region`): asked
    /// again there, once, when the request can be sent again.
    Redirect(T, String),
}

/// What the retry loop does after an attempt.
enum Step<T> {
    Return(T),
    RetryAfter(Duration),
}

const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Checks `input` against the constraints of `I`, as a call does before
/// sending: every violation, or the shape error.
pub fn validate<I: FromJson, E>(input: &Value) -> Result<(), SdkError<E>> {
    check_input(parse_strict::<I>(input).map(|_| ()))
}

/// A check's outcome as a call reports it: every violation, or the shape error.
pub(crate) fn check_input<E>(checked: Result<(), ParseError>) -> Result<(), SdkError<E>> {
    match checked {
        Ok(()) => Ok(()),
        Err(ParseError::Constraints(v)) => Err(SdkError::Validation(v)),
        Err(ParseError::Shape(e)) => Err(SdkError::Construction(ConstructionFailure::with_source(
            "the input does not fit its shape",
            e,
        ))),
    }
}

/// Whether a service error is worth another attempt: a 500, 502, 503 or 504,
/// or one of the throttling codes the AWS SDKs retry.
pub fn is_retryable(status: u16, code: &str) -> bool {
    retry_kind(status, code).is_some()
}

/// How a service error is retried: throttling codes as throttling; the
/// transient codes and 500, 502, 503, 504 as transient; others not at all.
pub fn retry_kind(status: u16, code: &str) -> Option<RetryKind> {
    if TRANSIENT_CODES.contains(&code) {
        Some(RetryKind::Transient)
    } else if THROTTLING_CODES.contains(&code) {
        Some(RetryKind::Throttling)
    } else if matches!(status, 500 | 502 | 503 | 504) {
        Some(RetryKind::Transient)
    } else {
        None
    }
}

/// Error codes the AWS SDKs retry as transient.
const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
    "InternalError",
];

impl Handle {
    /// A handle for `info` configured by `config`.
    pub fn new(config: Config, info: ServiceInfo) -> Arc<Self> {
        let http = config.http_client(info.user_agent);
        let rules = info.endpoint_rules.map(|r| {
            let json: Value = serde_json::from_str(r.rules).map_err(|e| e.to_string())?;
            let set = endpoint::RuleSet::from_trait(&json, r.bdd);
            let partitions = endpoint::Partitions::from_json(r.partitions);
            Ok((
                set.map_err(|e| e.to_string())?,
                partitions.map_err(|e| e.to_string())?,
            ))
        });
        Arc::new_cyclic(|me| Self {
            retry: RetryState::new(config.retry_mode),
            config,
            info,
            http,
            rules,
            discovery: discovery::Cache::default(),
            bucket_regions: std::sync::Mutex::default(),
            me: me.clone(),
        })
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The protocol calls speak: [`Config::protocol`] when the model lists
    /// it, else the first the model lists.
    pub fn protocol(&self) -> crate::protocol::Protocol {
        let listed = self.info.protocols;
        match self.config.protocol {
            Some(p) if listed.contains(&p) => p,
            _ => listed
                .first()
                .copied()
                .unwrap_or(crate::protocol::Protocol::AwsJson1_1),
        }
    }

    /// A fresh idempotency token (from the configured provider, else a
    /// random UUID), for an input member the caller left unset.
    pub fn idempotency_token(&self) -> String {
        match &self.config.idempotency_token {
            Some(make) => make(),
            None => random_uuid(),
        }
    }

    /// Adaptive mode: waits for the client-side send rate.
    async fn pace(&self) {
        let wait = self.retry.before_send();
        if !wait.is_zero() {
            tracing::debug!(?wait, "rate limited (adaptive retry mode)");
            tokio::time::sleep(wait).await;
        }
    }

    /// The retry decision after attempt number `attempt`: the result to
    /// return, or the delay before the next attempt. Retries need attempts
    /// left, a body that can be sent again and tokens in the retry quota.
    fn step<T, E>(
        &self,
        outcome: Attempt<Result<T, SdkError<E>>>,
        attempt: u32,
        resendable: bool,
        last_cost: &mut Option<u32>,
    ) -> Step<Result<T, SdkError<E>>> {
        let throttled = matches!(outcome, Attempt::Retry(_, RetryKind::Throttling));
        self.retry.after_response(throttled);
        match outcome {
            Attempt::Done(result) => {
                if result.is_ok() {
                    self.retry.succeeded(*last_cost);
                }
                Step::Return(result)
            }
            Attempt::Redirect(result, _) => Step::Return(result),
            Attempt::Retry(result, _) if attempt >= self.config.max_attempts || !resendable => {
                Step::Return(result)
            }
            Attempt::Retry(result, kind) => match self.retry.acquire(kind) {
                Some(cost) => {
                    *last_cost = Some(cost);
                    Step::RetryAfter(self.backoff(attempt))
                }
                None => {
                    tracing::debug!(attempt, "retry quota exhausted; not retrying");
                    Step::Return(result)
                }
            },
        }
    }

    /// The operation's facts; event streams are refused.
    pub(crate) fn operation_info<E>(&self, op: &str) -> Result<&OperationInfo, SdkError<E>> {
        let info = self.info.operation(op);
        if info.event_stream {
            return Err(SdkError::Unsupported(format!(
                "{op} streams events outside a restJson1 HTTP payload; those event streams are not supported yet"
            )));
        }
        Ok(info)
    }

    /// What a call on a JSON input does first: refuse event streams, fill
    /// idempotency tokens, validate against `I` (unless switched off).
    pub(crate) fn prepare_json<I: FromJson, E>(
        &self,
        op: &str,
        input: &mut Value,
    ) -> Result<&OperationInfo, SdkError<E>> {
        let info = self.operation_info(op)?;
        if let Value::Object(members) = input {
            for token in info.idempotency_tokens {
                if members.get(*token).is_none_or(Value::is_null) {
                    members.insert((*token).to_owned(), Value::String(self.idempotency_token()));
                }
            }
        }
        if self.config.validate_input {
            validate::<I, E>(input)?;
        }
        Ok(info)
    }

    /// A call on a JSON input, with the output as JSON and the error as
    /// code, message and status: one signature for every operation, for
    /// code that works from the [`schema`](crate::schema) (a CLI). The input
    /// is checked against `I` as a server would parse it, then sent as it is.
    pub async fn call_json<I, O, E>(
        &self,
        op: &'static crate::binding::HttpOp,
        input: Value,
    ) -> Result<Value, SdkError<Unhandled>>
    where
        I: FromJson,
        O: FromJson + ToJson + crate::stream::Streaming + HasResponseMeta,
        E: OperationError,
    {
        match self.call_with_json::<I, O, E>(op, input, None).await {
            Ok(output) => Ok(output.to_json()),
            Err(e) => Err(e.map_service(|e| e.to_unhandled())),
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .config
            .initial_backoff
            .saturating_mul(1u32 << (attempt - 1).min(16));
        exp.min(self.config.max_backoff).mul_f64(fastrand::f64())
    }

    /// The endpoint for a call of `op` with `input`: from the service's
    /// endpoint rules (parameters from the configuration, then the
    /// operation's own), else `endpoint_url` or the regional default.
    pub fn resolve_endpoint<E>(
        &self,
        op: &OperationInfo,
        input: &(dyn Fn(&str) -> Option<Value> + Sync),
    ) -> Result<endpoint::Endpoint, SdkError<E>> {
        self.resolve_endpoint_in(op, input, None)
    }

    /// [`resolve_endpoint`](Self::resolve_endpoint) for `region` rather
    /// than the configured one, when given.
    pub(crate) fn resolve_endpoint_in<E>(
        &self,
        op: &OperationInfo,
        input: &(dyn Fn(&str) -> Option<Value> + Sync),
        region: Option<&str>,
    ) -> Result<endpoint::Endpoint, SdkError<E>> {
        let Some(rules) = &self.rules else {
            let url = match &self.config.endpoint_url {
                Some(url) => url.clone(),
                None => {
                    let region = match region {
                        Some(r) => r,
                        None => self.region().map_err(SdkError::construction)?,
                    };
                    format!(
                        "https://{}.{region}.amazonaws.com",
                        self.info.endpoint_prefix
                    )
                }
            };
            return Ok(endpoint::Endpoint {
                url,
                ..endpoint::Endpoint::default()
            });
        };
        let (rules, partitions) = rules
            .as_ref()
            .map_err(|e| SdkError::construction(e.clone()))?;
        let c = &self.config;
        let mut params = endpoint::Params::new();
        for p in rules.parameters() {
            let value = match p.built_in.as_deref() {
                Some("AWS::Region") => region
                    .map(str::to_owned)
                    .or_else(|| c.region.clone())
                    .map(endpoint::Value::String),
                Some("AWS::UseFIPS") => Some(endpoint::Value::Bool(c.use_fips)),
                Some("AWS::UseDualStack") => Some(endpoint::Value::Bool(c.use_dual_stack)),
                Some("SDK::Endpoint") => c.endpoint_url.clone().map(endpoint::Value::String),
                Some(b) => c.s3_built_ins.get(b).map(|on| endpoint::Value::Bool(*on)),
                _ => None,
            };
            if let Some(v) = value {
                params.insert(p.name.clone(), v);
            }
        }
        for (k, v) in &c.endpoint_params {
            params.insert(k.clone(), v.clone());
        }
        for (name, source) in op.endpoint_params {
            let value = match source {
                EndpointParam::Bool(b) => Some(endpoint::Value::Bool(*b)),
                EndpointParam::Str(s) => Some(endpoint::Value::from(*s)),
                EndpointParam::Member(m) => {
                    input(m).and_then(|v| endpoint::Value::from_json(&v).ok().flatten())
                }
            };
            if let Some(v) = value {
                params.insert((*name).to_owned(), v);
            }
        }
        let resolved = rules
            .resolve(&params, partitions)
            .map_err(SdkError::Endpoint)?;
        tracing::debug!(url = %resolved.url, "resolved endpoint");
        Ok(resolved)
    }

    fn region(&self) -> Result<&str, String> {
        self.config
            .region
            .as_deref()
            .ok_or_else(|| "no region is configured".to_owned())
    }
}

/// Runs a model's `smithy.rules#endpointTests` cases (`cases`, the trait's
/// `testCases` as JSON) through a client of `info` configured as a user
/// would (`region`, `use_fips`, `use_dual_stack`, `endpoint_url` for the
/// built-ins, `endpoint_param` for the rest): the number of cases, or one
/// line per case whose outcome differs.
pub fn check_endpoint_cases(info: ServiceInfo, cases: &str) -> Result<usize, Vec<String>> {
    let cases: Value = serde_json::from_str(cases).map_err(|e| vec![e.to_string()])?;
    let list = cases.as_array().map(Vec::as_slice).unwrap_or_default();
    let handle = Handle::new(Config::new(), info);
    let rules = match &handle.rules {
        Some(Ok((rules, _))) => rules,
        Some(Err(e)) => return Err(vec![e.clone()]),
        None => return Err(vec!["the service has no endpoint rules".to_owned()]),
    };
    let mut failures = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let case = match endpoint::TestCase::from_json(c, i) {
            Ok(case) => case,
            Err(e) => {
                failures.push(e.to_string());
                continue;
            }
        };
        let mut config = Config::new();
        for (name, value) in &case.params {
            let built_in = rules
                .parameters()
                .iter()
                .find(|p| &p.name == name)
                .and_then(|p| p.built_in.as_deref());
            config = match (built_in, value) {
                (Some("AWS::Region"), endpoint::Value::String(r)) => config.region(r),
                (Some("AWS::UseFIPS"), endpoint::Value::Bool(b)) => config.use_fips(*b),
                (Some("AWS::UseDualStack"), endpoint::Value::Bool(b)) => config.use_dual_stack(*b),
                (Some("SDK::Endpoint"), endpoint::Value::String(u)) => config.endpoint_url(u),
                (Some("AWS::S3::ForcePathStyle"), endpoint::Value::Bool(b)) => {
                    config.force_path_style(*b)
                }
                (Some("AWS::S3::Accelerate"), endpoint::Value::Bool(b)) => config.accelerate(*b),
                (
                    Some("AWS::S3::UseArnRegion" | "AWS::S3Control::UseArnRegion"),
                    endpoint::Value::Bool(b),
                ) => config.use_arn_region(*b),
                (Some("AWS::S3::DisableMultiRegionAccessPoints"), endpoint::Value::Bool(b)) => {
                    config.disable_multi_region_access_points(*b)
                }
                (Some("AWS::S3::UseGlobalEndpoint"), endpoint::Value::Bool(b)) => {
                    config.use_global_endpoint(*b)
                }
                _ => config.endpoint_param(name, value.clone()),
            };
        }
        let handle = Handle::new(config, info);
        let got = endpoint::Expected::of(
            handle
                .resolve_endpoint::<Unhandled>(&OperationInfo::DEFAULT, &|_| None)
                .map_err(|e| match e {
                    SdkError::Endpoint(e) => e,
                    other => endpoint::ResolveError::Evaluation(other.to_string()),
                }),
        );
        if got != case.expect {
            failures.push(format!(
                "{}: expected {}, got {got}",
                case.documentation, case.expect
            ));
        }
    }
    if failures.is_empty() {
        Ok(list.len())
    } else {
        Err(failures)
    }
}

/// A failed exchange before any response was read.
enum Failure {
    /// The request could not be built: not retried.
    Fatal(ConstructionFailure),
    /// The transport failed: retried.
    Dispatch(DispatchFailure),
}

impl From<DispatchFailure> for Failure {
    fn from(d: DispatchFailure) -> Self {
        Failure::Dispatch(d)
    }
}

impl Failure {
    fn fatal(message: String) -> Self {
        Failure::Fatal(ConstructionFailure::new(message))
    }

    fn caused(message: &str, source: impl Into<crate::stream::BoxError>) -> Self {
        Failure::Fatal(ConstructionFailure::with_source(message, source))
    }

    /// The error a call without retries ends with.
    fn into_error<E>(self) -> SdkError<E> {
        match self {
            Failure::Fatal(c) => SdkError::Construction(c),
            Failure::Dispatch(d) => SdkError::Dispatch(d),
        }
    }

    /// The attempt this failure ends: retried when it may be.
    fn into_attempt<T, E>(self) -> Attempt<Result<T, SdkError<E>>> {
        match self {
            Failure::Fatal(c) => Attempt::Done(Err(SdkError::Construction(c))),
            Failure::Dispatch(d) => {
                let kind = if d.is_timeout() {
                    RetryKind::Timeout
                } else {
                    RetryKind::Transient
                };
                Attempt::Retry(Err(SdkError::Dispatch(d)), kind)
            }
        }
    }
}

/// A version-4 UUID (invocation ids, idempotency tokens): unique, not secret.
fn random_uuid() -> String {
    let mut bytes = [0u8; 16];
    fastrand::fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handle(cfg: Config) -> Arc<Handle> {
        Handle::new(
            cfg,
            ServiceInfo {
                target_prefix: "Svc",
                signing_name: "svc",
                auth: &[crate::auth::AuthScheme::SigV4],
                endpoint_discovery: None,
                customizations: &[],
                endpoint_prefix: "api.svc",
                protocols: &[crate::protocol::Protocol::AwsJson1_1],
                user_agent: "test/0",
                operations: &[],
                retryable_errors: &[],
                query_compatible: false,
                error_headers: &[],
                endpoint_rules: None,
            },
        )
    }

    #[test]
    fn regional_endpoint_without_rules() {
        let url = |h: Arc<Handle>| {
            h.resolve_endpoint::<Unhandled>(&OperationInfo::DEFAULT, &|_| None)
                .map(|e| e.url)
        };
        let h = handle(Config::new().region("eu-west-1"));
        assert_eq!(url(h).unwrap(), "https://api.svc.eu-west-1.amazonaws.com");
        assert!(url(handle(Config::new())).is_err());
        let h = handle(Config::new().endpoint_url("http://127.0.0.1:1"));
        assert_eq!(url(h).unwrap(), "http://127.0.0.1:1");
    }

    #[test]
    fn host_prefixes() {
        let json = serde_json::json!({"Label": "abc-1", "Bad": "a.b", "Num": 1});
        let input = |m: &str| json.get(m).cloned();
        assert_eq!(host_prefix("foo.", &input).unwrap(), "foo.");
        assert_eq!(host_prefix("{Label}.data.", &input).unwrap(), "abc-1.data.");
        assert!(host_prefix("{Bad}.", &input).is_err());
        assert!(host_prefix("{Missing}.", &input).is_err());
        assert!(host_prefix("{Num}.", &input).is_err());
        assert_eq!(
            with_host_prefix("http://127.0.0.1:8/", "foo.").unwrap(),
            "http://foo.127.0.0.1:8/"
        );
    }

    #[test]
    fn config_from_the_environment() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let c = Config::from_vars(vars(&[
            ("AWS_DEFAULT_REGION", "eu-west-1"),
            ("AWS_RETRY_MODE", "adaptive"),
            ("AWS_MAX_ATTEMPTS", "5"),
            ("AWS_USE_FIPS_ENDPOINT", "TRUE"),
        ]))
        .unwrap();
        assert_eq!(c.region.as_deref(), Some("eu-west-1"));
        assert_eq!(c.retry_mode, RetryMode::Adaptive);
        assert_eq!(c.max_attempts, 5);
        assert!(c.use_fips && !c.use_dual_stack);
        let c = Config::from_vars(vars(&[
            ("AWS_REGION", "us-east-2"),
            ("AWS_DEFAULT_REGION", "x"),
        ]))
        .unwrap();
        assert_eq!(c.region.as_deref(), Some("us-east-2"));
        assert_eq!(c.retry_mode, RetryMode::Standard);
        assert_eq!(c.max_attempts, 3);
        for bad in [
            &[("AWS_MAX_ATTEMPTS", "0")][..],
            &[("AWS_MAX_ATTEMPTS", "three")],
            &[("AWS_RETRY_MODE", "fast")],
            &[("AWS_USE_DUALSTACK_ENDPOINT", "yes")],
        ] {
            let pairs: Vec<(String, String)> = bad
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            let err =
                Config::from_vars(|k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
                    .unwrap_err();
            assert!(err.contains(&pairs[0].0), "{err}");
        }
    }

    #[test]
    fn retry_classification() {
        assert_eq!(
            retry_kind(400, "ThrottlingException"),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            retry_kind(400, "RequestTimeout"),
            Some(RetryKind::Transient)
        );
        assert_eq!(retry_kind(503, "Whatever"), Some(RetryKind::Transient));
        assert_eq!(retry_kind(400, "ValidationException"), None);
    }

    #[test]
    fn backoff_is_bounded_and_grows() {
        let h =
            handle(Config::new().backoff(Duration::from_millis(100), Duration::from_millis(250)));
        for attempt in 1..10 {
            let d = h.backoff(attempt);
            assert!(d <= Duration::from_millis(250), "{d:?}");
        }
    }
}
