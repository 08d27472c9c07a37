// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the AWS Security Token Service: implement [`Sts`] and serve [`StsServer`].
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
use rt::server::{http, http_body, tower};
pub use rt::server::{Authenticate, Config, Context};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, OperationError as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use sts_types;
use sts_types::error::*;
use sts_types::model::*;
/// Security Token Service
///
/// Security Token Service (STS) enables you to request temporary, limited-privilege credentials for users. This guide provides descriptions of the STS API. For more information about using this service, see [Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html).
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Sts: rt::Send + rt::Sync + 'static {
    /// Returns a set of temporary security credentials that you can use to access Amazon Web Services resources. These temporary credentials consist of an access key ID, a secret access key, and a security token. Typically, you use `AssumeRole` within your account or for cross-account access. For a comparison of `AssumeRole` with other API operations that produce temporary credentials, see [Requesting Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html) and [Compare STS credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html) in the *IAM User Guide*.
    ///
    /// **Permissions**
    ///
    /// The temporary security credentials created by `AssumeRole` can be used to make API calls to any Amazon Web Services service with the following exception: You cannot call the Amazon Web Services STS `GetFederationToken` or `GetSessionToken` API operations.
    ///
    /// (Optional) You can pass inline or managed session policies to this operation. You can pass a single JSON policy document to use as an inline session policy. You can also specify up to 10 managed policy Amazon Resource Names (ARNs) to use as managed session policies. The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// When you create a role, you create two policies: a role trust policy that specifies *who* can assume the role, and a permissions policy that specifies *what* can be done with the role. You specify the trusted principal that is allowed to assume the role in the role trust policy.
    ///
    /// To assume a role from a different account, your Amazon Web Services account must be trusted by the role. The trust relationship is defined in the role's trust policy when the role is created. That trust policy states which accounts are allowed to delegate that access to users in the account.
    ///
    /// A user who wants to access a role in a different account must also have permissions that are delegated from the account administrator. The administrator must attach a policy that allows the user to call `AssumeRole` for the ARN of the role in the other account.
    ///
    /// To allow a user to assume a role in the same account, you can do either of the following:
    ///
    /// - Attach a policy to the user that allows the user to call `AssumeRole` (as long as the role's trust policy trusts the account).
    /// - Add the user as a principal directly in the role's trust policy.
    ///
    /// You can do either because the role’s trust policy acts as an IAM resource-based policy. When a resource-based policy grants access to a principal in the same account, no additional identity-based policy is required. For more information about trust policies and resource-based policies, see [IAM Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html) in the *IAM User Guide*.
    ///
    /// **Tags**
    ///
    /// (Optional) You can pass tag key-value pairs to your session. These tags are called session tags. For more information about session tags, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// An administrator must grant you the permissions necessary to pass session tags. The administrator can also create granular permissions to allow you to pass only specific session tags. For more information, see [Tutorial: Using Tags for Attribute-Based Access Control](https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_attribute-based-access-control.html) in the *IAM User Guide*.
    ///
    /// You can set the session tags as transitive. Transitive tags persist during role chaining. For more information, see [Chaining Roles with Session Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining) in the *IAM User Guide*.
    ///
    /// **Using MFA with AssumeRole**
    ///
    /// (Optional) You can include multi-factor authentication (MFA) information when you call `AssumeRole`. This is useful for cross-account scenarios to ensure that the user that assumes the role has been authenticated with an Amazon Web Services MFA device. In that scenario, the trust policy of the role being assumed includes a condition that tests for MFA authentication. If the caller does not include valid MFA information, the request to assume the role is denied. The condition in a trust policy that tests for MFA authentication might look like the following example.
    ///
    /// `"Condition": {"Bool": {"aws:MultiFactorAuthPresent": true}}`
    ///
    /// For more information, see [Configuring MFA-Protected API Access](https://docs.aws.amazon.com/IAM/latest/UserGuide/MFAProtectedAPI.html) in the *IAM User Guide* guide.
    ///
    /// To use MFA with `AssumeRole`, you pass values for the `SerialNumber` and `TokenCode` parameters. The `SerialNumber` value identifies the user's hardware or virtual MFA device. The `TokenCode` is the time-based one-time password (TOTP) that the MFA device produces.
    fn assume_role(
        &self,
        input: AssumeRoleRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<AssumeRoleResponse, AssumeRoleError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("AssumeRole")) }
    }
    /// Returns details about the IAM user or role whose credentials are used to call the operation.
    ///
    /// **Note:** No permissions are required to perform this operation. If an administrator attaches a policy to your identity that explicitly denies access to the `sts:GetCallerIdentity` action, you can still perform this operation. Permissions are not required because the same information is returned when access is denied. To view an example response, see [I Am Not Authorized to Perform: iam:DeleteVirtualMFADevice](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_access-denied-delete-mfa) in the *IAM User Guide*.
    fn get_caller_identity(
        &self,
        input: GetCallerIdentityRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetCallerIdentityResponse, GetCallerIdentityError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetCallerIdentity")) }
    }
    /// Returns a set of temporary credentials for an Amazon Web Services account or IAM user. The credentials consist of an access key ID, a secret access key, and a security token. Typically, you use `GetSessionToken` if you want to use MFA to protect programmatic calls to specific Amazon Web Services API operations like Amazon EC2 `StopInstances`.
    ///
    /// MFA-enabled IAM users must call `GetSessionToken` and submit an MFA code that is associated with their MFA device. Using the temporary security credentials that the call returns, IAM users can then make programmatic calls to API operations that require MFA authentication. An incorrect MFA code causes the API to return an access denied error. For a comparison of `GetSessionToken` with the other API operations that produce temporary credentials, see [Requesting Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html) and [Compare STS credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html) in the *IAM User Guide*.
    ///
    /// **Note:** No permissions are required for users to perform this operation. The purpose of the `sts:GetSessionToken` operation is to authenticate the user using MFA. You cannot use policies to control authentication operations. For more information, see [Permissions for GetSessionToken](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html) in the *IAM User Guide*.
    ///
    /// **Session Duration**
    ///
    /// The `GetSessionToken` operation must be called by using the long-term Amazon Web Services security credentials of an IAM user. Credentials that are created by IAM users are valid for the duration that you specify. This duration can range from 900 seconds (15 minutes) up to a maximum of 129,600 seconds (36 hours), with a default of 43,200 seconds (12 hours). Credentials based on account credentials can range from 900 seconds (15 minutes) up to 3,600 seconds (1 hour), with a default of 1 hour.
    ///
    /// **Permissions**
    ///
    /// The temporary security credentials created by `GetSessionToken` can be used to make API calls to any Amazon Web Services service with the following exceptions:
    ///
    /// - You cannot call any IAM API operations unless MFA authentication information is included in the request.
    /// - You cannot call any STS API *except* `AssumeRole` or `GetCallerIdentity`.
    ///
    /// The credentials that `GetSessionToken` returns are based on permissions associated with the IAM user whose credentials were used to call the operation. The temporary credentials have the same permissions as the IAM user.
    ///
    /// **Note:** Although it is possible to call `GetSessionToken` using the security credentials of an Amazon Web Services account root user rather than an IAM user, we do not recommend it. If `GetSessionToken` is called using root user credentials, the temporary credentials have root user permissions. For more information, see [Safeguard your root user credentials and don't use them for everyday tasks](https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#lock-away-credentials) in the *IAM User Guide*
    ///
    /// For more information about using `GetSessionToken` to create temporary credentials, see [Temporary Credentials for Users in Untrusted Environments](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html#api_getsessiontoken) in the *IAM User Guide*.
    fn get_session_token(
        &self,
        input: GetSessionTokenRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetSessionTokenResponse, GetSessionTokenError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetSessionToken")) }
    }
}
/// The operations of [`StsServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Sts::assume_role`].
    AssumeRole,
    /// A call of [`Sts::get_caller_identity`].
    GetCallerIdentity,
    /// A call of [`Sts::get_session_token`].
    GetSessionToken,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::AssumeRole,
        Self::GetCallerIdentity,
        Self::GetSessionToken,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::AssumeRole => "AssumeRole",
            Self::GetCallerIdentity => "GetCallerIdentity",
            Self::GetSessionToken => "GetSessionToken",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`Sts`] as a tower `Service` over HTTP, answering `aws.protocols#awsQuery`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct StsServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Sts> StsServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "AWSSecurityTokenServiceV20110615",
            &[rt::Protocol::AwsQuery],
            &[
                (&sts_types::http::ASSUME_ROLE, Operation::AssumeRole),
                (
                    &sts_types::http::GET_CALLER_IDENTITY,
                    Operation::GetCallerIdentity,
                ),
                (
                    &sts_types::http::GET_SESSION_TOKEN,
                    Operation::GetSessionToken,
                ),
            ],
        );
        Self {
            handler: rt::Arc::new(handler),
            routes: rt::Arc::new(routes),
            config: rt::Arc::new(config),
            plugins: rt::Arc::new(()),
        }
    }
}
impl<S: Sts, P: rt::server::Plugin<Operation>> StsServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> StsServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        StsServer {
            handler: self.handler,
            routes: self.routes,
            config: self.config,
            plugins: rt::Arc::new((rt::Arc::unwrap_or_clone(self.plugins), plugin)),
        }
    }
    /// The handler.
    pub fn handler(&self) -> &rt::Arc<S> {
        &self.handler
    }
    /// Handles one request: read, authenticate, route, decode, validate,
    /// call the handler, encode, respond; then, when the answer left
    /// some of the request's body unread, keeps the connection usable
    /// for the client's next request (`rt::server::settle`).
    pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let (req, tail) = rt::server::watch_body(req);
        let response = self.answer(req).await;
        rt::server::settle(tail, response).await
    }
    async fn answer<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let accepted = match rt::server::accept(&self.routes, &self.config, req).await {
            Ok(a) => a,
            Err(response) => return response,
        };
        let (op, input, mut stream, mut cx, call) = accepted.into_parts();
        let handler = &*self.handler;
        let result = match self.plugins.before(op, &mut cx).await {
            Err(e) => Err(e),
            Ok(()) => match op {
                Operation::AssumeRole => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.assume_role(input, cx)
                    })
                    .await
                }
                Operation::GetCallerIdentity => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_caller_identity(input, cx)
                    })
                    .await
                }
                Operation::GetSessionToken => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_session_token(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, sts_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for StsServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for StsServer<S, P>
where
    S: Sts,
    P: rt::server::Plugin<Operation>,
    B: http_body::Body + rt::Send + 'static,
    B::Data: rt::Send,
    B::Error: rt::Into<rt::server::BoxError>,
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
