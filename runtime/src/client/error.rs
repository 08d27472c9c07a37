//! Why a client call failed: [`SdkError`] and the failures it carries, each
//! keeping its source.

use std::fmt;
use std::time::Duration;

use crate::endpoint;
use crate::json::Violations;
use crate::stream::BoxError;

/// Why a call failed.
///
/// New kinds of failure may be added: match with a wildcard arm.
#[derive(Debug)]
#[non_exhaustive]
pub enum SdkError<E> {
    /// The input broke the model's constraints; nothing was sent.
    Validation(Violations),
    /// The endpoint rules gave no endpoint for this configuration (their own
    /// error, such as FIPS with a custom endpoint); nothing was sent.
    Endpoint(endpoint::ResolveError),
    /// The request could not be built (no region, no credentials, a bad
    /// endpoint or host label); nothing was sent.
    Construction(ConstructionFailure),
    /// The request could not be sent or the response not received: see
    /// [`DispatchFailure::kind`] for connect failures and timeouts.
    Dispatch(DispatchFailure),
    /// The service answered with something that is not a valid response.
    Response(ResponseError),
    /// The operation cannot be called by this client (an event stream).
    Unsupported(String),
    /// The service answered with an error.
    Service(E),
}

impl<E> SdkError<E> {
    /// A construction failure with this message.
    pub fn construction(message: impl Into<String>) -> Self {
        SdkError::Construction(ConstructionFailure::new(message))
    }

    /// The same failure with the service's error converted by `f`.
    pub fn map_service<F>(self, f: impl FnOnce(E) -> F) -> SdkError<F> {
        match self {
            SdkError::Validation(v) => SdkError::Validation(v),
            SdkError::Endpoint(e) => SdkError::Endpoint(e),
            SdkError::Construction(c) => SdkError::Construction(c),
            SdkError::Dispatch(d) => SdkError::Dispatch(d),
            SdkError::Response(r) => SdkError::Response(r),
            SdkError::Unsupported(m) => SdkError::Unsupported(m),
            SdkError::Service(e) => SdkError::Service(f(e)),
        }
    }

    /// The service's error, if that is what this is.
    pub fn as_service_error(&self) -> Option<&E> {
        match self {
            SdkError::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The service's error, if that is what this is.
    pub fn into_service_error(self) -> Option<E> {
        match self {
            SdkError::Service(e) => Some(e),
            _ => None,
        }
    }

    /// Whether a connect or read timeout ended the call.
    pub fn is_timeout(&self) -> bool {
        matches!(self, SdkError::Dispatch(d) if d.is_timeout())
    }
}

impl<E: crate::error::RequestId> SdkError<E> {
    /// The service's request id (`x-amzn-RequestId`), when it answered.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            SdkError::Service(e) => e.request_id(),
            SdkError::Response(r) => r.request_id(),
            _ => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::Validation(v) => write!(f, "invalid input: {v}"),
            SdkError::Endpoint(e) => write!(f, "no endpoint: {e}"),
            SdkError::Construction(c) => write!(f, "could not build the request: {c}"),
            SdkError::Dispatch(d) => write!(f, "{d}"),
            SdkError::Response(r) => write!(f, "{r}"),
            SdkError::Unsupported(m) => write!(f, "not supported: {m}"),
            SdkError::Service(e) => write!(f, "{e}"),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for SdkError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::Validation(v) => Some(v),
            SdkError::Endpoint(e) => Some(e),
            SdkError::Construction(c) => Some(c),
            SdkError::Dispatch(d) => Some(d),
            SdkError::Response(r) => Some(r),
            SdkError::Unsupported(_) => None,
            SdkError::Service(e) => Some(e),
        }
    }
}

/// A request that could not be built.
#[derive(Debug)]
pub struct ConstructionFailure {
    message: String,
    source: Option<BoxError>,
}

impl ConstructionFailure {
    /// A failure described by `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            source: None,
        }
    }

    /// A failure described by `message`, caused by `source`.
    pub fn with_source(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Self {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConstructionFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Some(s) => write!(f, "{}: {s}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ConstructionFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|s| s as _)
    }
}

/// What kind of transport failure a [`DispatchFailure`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DispatchKind {
    /// No connection could be made: refused, unreachable, name lookup or TLS
    /// handshake failed.
    Connect,
    /// Connecting took longer than the connect timeout.
    ConnectTimeout,
    /// The response, or more of its body, took longer than the read timeout.
    ReadTimeout,
    /// The connection broke after it was made (reset, closed early).
    Io,
    /// Any other transport failure.
    Other,
}

/// A request that could not be sent, or a response that could not be read.
#[derive(Debug)]
pub struct DispatchFailure {
    kind: DispatchKind,
    source: BoxError,
}

impl DispatchFailure {
    /// A failure of kind `kind` caused by `source`.
    pub fn new(kind: DispatchKind, source: BoxError) -> Self {
        Self { kind, source }
    }

    pub(crate) fn read_timeout(after: Duration) -> Self {
        Self::new(
            DispatchKind::ReadTimeout,
            format!("no response within {after:?}").into(),
        )
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> DispatchKind {
        self.kind
    }

    /// A connect or read timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(
            self.kind,
            DispatchKind::ConnectTimeout | DispatchKind::ReadTimeout
        )
    }

    /// No connection could be made (including a connect timeout).
    pub fn is_connect(&self) -> bool {
        matches!(
            self.kind,
            DispatchKind::Connect | DispatchKind::ConnectTimeout
        )
    }
}

impl fmt::Display for DispatchFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            DispatchKind::Connect => "could not connect",
            DispatchKind::ConnectTimeout => "connect timeout",
            DispatchKind::ReadTimeout => "read timeout",
            DispatchKind::Io => "the connection failed",
            DispatchKind::Other => "could not send the request",
        };
        // The innermost cause says most (`Connection refused (os error 111)`).
        let mut cause: &(dyn std::error::Error + 'static) = &*self.source;
        while let Some(next) = cause.source() {
            cause = next;
        }
        write!(f, "{what}: {cause}")
    }
}

impl std::error::Error for DispatchFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// A response that is not what the operation returns.
#[derive(Debug)]
pub struct ResponseError {
    status: u16,
    message: String,
    request_id: Option<String>,
    source: Option<BoxError>,
}

impl ResponseError {
    /// A response with HTTP status `status` that is wrong as `message` says.
    pub fn new(status: u16, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            request_id: None,
            source: None,
        }
    }

    pub(crate) fn with_request_id(mut self, id: Option<String>) -> Self {
        self.request_id = id;
        self
    }

    pub(crate) fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// What was wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The service's request id (`x-amzn-RequestId`), if it sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid response (HTTP {}): {}",
            self.status, self.message
        )
    }
}

impl std::error::Error for ResponseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|s| s as _)
    }
}
