//! Credentials from STS `AssumeRole`: a credentials provider that calls
//! STS (awsQuery, through this runtime's own client send loop, XML
//! descriptions and SigV4) with source credentials, hands out the role's
//! temporary credentials, and calls again when they come within five minutes
//! of expiring, as the AWS SDKs' `AssumeRoleProvider` does.
//!
//! ```no_run
//! use codegen_rt::client::{AssumeRoleProvider, Config, Credentials};
//!
//! let source = Config::new()
//!     .region("us-east-1")
//!     .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "source"));
//! let role = AssumeRoleProvider::new(source, "arn:aws:iam::123456789012:role/reader", "my-session")
//!     .duration_seconds(900);
//! // Any generated client then signs with the role's credentials:
//! let config = Config::new().region("us-east-1").credentials_provider(role);
//! # let _ = config;
//! ```

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{future, ProvideCredentials};
use aws_credential_types::Credentials;
use serde_json::{Map, Value};

use super::{Config, Handle, ServiceInfo};
use crate::binding::{HttpOp, Message, Scalar};
use crate::codec::message::{Root, XmlOp};
use crate::codec::xml::{Member, Shape, Ty};
use crate::error::{HasResponseMeta, ResponseMeta};
use crate::json::{Ctx, DeError, FromJson, Path, TimestampFormat};
use crate::stream::Streaming;

const fn member(name: &'static str, ty: Ty) -> Member {
    Member {
        key: name,
        name,
        query: name,
        attribute: false,
        flattened: false,
        ns: None,
        ty,
    }
}

const STRING: Ty = Ty::Scalar(Scalar::String);

static INPUT: Shape = Shape {
    name: "AssumeRoleRequest",
    ns: None,
    members: &[
        member("RoleArn", STRING),
        member("RoleSessionName", STRING),
        member("DurationSeconds", Ty::Scalar(Scalar::Integer)),
        member("ExternalId", STRING),
        member("Policy", STRING),
    ],
    union: false,
};

static CREDENTIALS: Shape = Shape {
    name: "Credentials",
    ns: None,
    members: &[
        member("AccessKeyId", STRING),
        member("SecretAccessKey", STRING),
        member("SessionToken", STRING),
        member(
            "Expiration",
            Ty::Scalar(Scalar::Timestamp {
                text: TimestampFormat::DateTime,
                json: TimestampFormat::EpochSeconds,
            }),
        ),
    ],
    union: false,
};

static OUTPUT: Shape = Shape {
    name: "AssumeRoleResponse",
    ns: None,
    members: &[member("Credentials", Ty::Struct(&CREDENTIALS))],
    union: false,
};

static XML: XmlOp = XmlOp {
    input: Root {
        name: "AssumeRoleRequest",
        ns: None,
        shape: &INPUT,
    },
    output: Root {
        name: "AssumeRoleResponse",
        ns: None,
        shape: &OUTPUT,
    },
    ns: Some(crate::codec::xml::Ns {
        uri: "https://sts.amazonaws.com/doc/2011-06-15/",
        prefix: None,
    }),
    version: "2011-06-15",
    unwrapped_output: false,
    bare_errors: false,
};

static ASSUME_ROLE: HttpOp = HttpOp {
    name: "AssumeRole",
    method: "POST",
    uri: "/",
    code: 200,
    input: Message::BODY,
    output: Message::BODY,
    xml: Some(&XML),
};

/// STS as the provider calls it: awsQuery, SigV4 as `sts`, the regional
/// endpoint `https://sts.{region}.amazonaws.com` (or the source
/// configuration's `endpoint_url`).
const STS: ServiceInfo = ServiceInfo {
    target_prefix: "AWSSecurityTokenServiceV20110615",
    protocols: &[crate::protocol::Protocol::AwsQuery],
    signing_name: "sts",
    auth: &[crate::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "sts",
    user_agent: concat!("codegen-rt/", env!("CARGO_PKG_VERSION")),
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: &[],
    endpoint_rules: None,
};

/// The credentials `AssumeRole` answers.
#[derive(Debug, Default)]
struct Assumed {
    access_key_id: String,
    secret_access_key: String,
    session_token: String,
    expiration: f64,
    meta: ResponseMeta,
}

impl FromJson for Assumed {
    fn from_json(v: &Value, path: &Path<'_>, _cx: &mut Ctx) -> Result<Self, DeError> {
        let c = v
            .get("Credentials")
            .ok_or_else(|| DeError::at(path, "the answer has no Credentials"))?;
        let text = |k: &str| {
            c.get(k)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| DeError::at(path, format!("the credentials have no {k}")))
        };
        Ok(Assumed {
            access_key_id: text("AccessKeyId")?,
            secret_access_key: text("SecretAccessKey")?,
            session_token: text("SessionToken")?,
            expiration: c
                .get("Expiration")
                .and_then(Value::as_f64)
                .ok_or_else(|| DeError::at(path, "the credentials have no Expiration"))?,
            meta: ResponseMeta::default(),
        })
    }
}

impl Streaming for Assumed {}

impl HasResponseMeta for Assumed {
    fn response_meta_mut(&mut self) -> &mut ResponseMeta {
        &mut self.meta
    }
}

/// The input is built here, not by a caller.
struct AnyInput;

impl FromJson for AnyInput {
    fn from_json(_: &Value, _: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        Ok(AnyInput)
    }
}

crate::operation_error! {
    /// `AssumeRole`'s errors, whatever they are.
    pub enum AssumeRoleError {}
    validation = unmodeled;
}

/// How long before expiry credentials are asked for again.
const REFRESH_BEFORE: Duration = Duration::from_secs(5 * 60);

/// Temporary credentials of an IAM role, from STS `AssumeRole`, refreshed
/// before they expire. Give it to [`Config::credentials_provider`].
#[derive(Debug, Clone)]
pub struct AssumeRoleProvider {
    handle: Arc<Handle>,
    input: Map<String, Value>,
    cached: Arc<Mutex<Option<Credentials>>>,
}

impl AssumeRoleProvider {
    /// Assumes `role_arn` as session `session_name`, calling STS with
    /// `source` (its region, credentials and `endpoint_url`; its retry
    /// settings too).
    pub fn new(
        source: Config,
        role_arn: impl Into<String>,
        session_name: impl Into<String>,
    ) -> Self {
        let mut input = Map::new();
        input.insert("RoleArn".into(), Value::String(role_arn.into()));
        input.insert("RoleSessionName".into(), Value::String(session_name.into()));
        Self {
            handle: Handle::new(source, STS),
            input,
            cached: Arc::default(),
        }
    }

    /// How long the credentials last (STS's default: one hour).
    pub fn duration_seconds(mut self, seconds: u32) -> Self {
        self.input
            .insert("DurationSeconds".into(), Value::from(seconds));
        self
    }

    /// The external id the role's trust policy asks for.
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.input
            .insert("ExternalId".into(), Value::String(id.into()));
        self
    }

    /// A session policy (JSON) that narrows the role's permissions.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.input
            .insert("Policy".into(), Value::String(policy.into()));
        self
    }

    async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        if let Some(c) = self.fresh() {
            return Ok(c);
        }
        let assumed: Assumed = self
            .handle
            .call_with_json::<AnyInput, Assumed, AssumeRoleError>(
                &ASSUME_ROLE,
                Value::Object(self.input.clone()),
                None,
            )
            .await
            .map_err(|e| CredentialsError::provider_error(format!("STS AssumeRole: {e}")))?;
        let expires = SystemTime::UNIX_EPOCH + Duration::from_secs_f64(assumed.expiration.max(0.0));
        let c = Credentials::new(
            assumed.access_key_id,
            assumed.secret_access_key,
            Some(assumed.session_token),
            Some(expires),
            "AssumeRoleProvider",
        );
        *self.cached.lock().unwrap_or_else(|e| e.into_inner()) = Some(c.clone());
        Ok(c)
    }

    /// The cached credentials, unless they expire within five minutes.
    fn fresh(&self) -> Option<Credentials> {
        let cached = self.cached.lock().unwrap_or_else(|e| e.into_inner());
        let c = cached.as_ref()?;
        let expiry = c.expiry()?;
        (expiry > SystemTime::now() + REFRESH_BEFORE).then(|| c.clone())
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(self.credentials())
    }
}
