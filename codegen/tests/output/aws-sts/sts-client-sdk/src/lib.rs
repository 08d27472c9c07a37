// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the AWS Security Token Service.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::AssumeRoleProvider;
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
pub use sts_types;
use sts_types::error::*;
use sts_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "AWSSecurityTokenServiceV20110615",
    signing_name: "sts",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "sts",
    protocols: &[rt::Protocol::AwsQuery],
    user_agent: "sts-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: sts_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseGlobalEndpoint\":{\"builtIn\":\"AWS::STS::UseGlobalEndpoint\",\"default\":false,\"documentation\":\"Whether the global endpoint should be used, rather then the regional endpoint for us-east-1.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"ap-northeast-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"ap-south-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"ap-southeast-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"ap-southeast-2\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"ca-central-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"eu-central-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"eu-north-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"eu-west-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"eu-west-2\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"eu-west-3\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"sa-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-2\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-west-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-west-2\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://sts.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":{\"ref\":\"Endpoint\"}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"},{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws-us-gov\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sts.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sts-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://sts.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Security Token Service
///
/// Security Token Service (STS) enables you to request temporary, limited-privilege credentials for users. This guide provides descriptions of the STS API. For more information about using this service, see [Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html).
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
    pub fn assume_role(&self) -> AssumeRoleFluentBuilder {
        AssumeRoleFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: AssumeRoleRequest::builder(),
        }
    }
    /// Returns details about the IAM user or role whose credentials are used to call the operation.
    ///
    /// **Note:** No permissions are required to perform this operation. If an administrator attaches a policy to your identity that explicitly denies access to the `sts:GetCallerIdentity` action, you can still perform this operation. Permissions are not required because the same information is returned when access is denied. To view an example response, see [I Am Not Authorized to Perform: iam:DeleteVirtualMFADevice](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_access-denied-delete-mfa) in the *IAM User Guide*.
    pub fn get_caller_identity(&self) -> GetCallerIdentityFluentBuilder {
        GetCallerIdentityFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetCallerIdentityRequest::builder(),
        }
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
    pub fn get_session_token(&self) -> GetSessionTokenFluentBuilder {
        GetSessionTokenFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetSessionTokenRequest::builder(),
        }
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
            "AssumeRole" => {
                self.handle
                    .call_json::<
                        AssumeRoleRequest,
                        AssumeRoleResponse,
                        AssumeRoleError,
                    >(&crate::sts_types::http::ASSUME_ROLE, input)
                    .await
            }
            "GetCallerIdentity" => {
                self.handle
                    .call_json::<
                        GetCallerIdentityRequest,
                        GetCallerIdentityResponse,
                        GetCallerIdentityError,
                    >(&crate::sts_types::http::GET_CALLER_IDENTITY, input)
                    .await
            }
            "GetSessionToken" => {
                self.handle
                    .call_json::<
                        GetSessionTokenRequest,
                        GetSessionTokenResponse,
                        GetSessionTokenError,
                    >(&crate::sts_types::http::GET_SESSION_TOKEN, input)
                    .await
            }
            _ => {
                Err(
                    SdkError::construction(
                        format!("the model has no operation `{operation}`"),
                    ),
                )
            }
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
        "AssumeRole" => rt::client::validate::<AssumeRoleRequest, rt::Unhandled>(input),
        "GetCallerIdentity" => {
            rt::client::validate::<GetCallerIdentityRequest, rt::Unhandled>(input)
        }
        "GetSessionToken" => rt::client::validate::<GetSessionTokenRequest, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `AssumeRole` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct AssumeRoleFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: AssumeRoleRequestBuilder,
}
impl ::std::convert::From<AssumeRoleFluentBuilder> for AssumeRoleRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: AssumeRoleFluentBuilder) -> Self {
        fluent.input
    }
}
impl AssumeRoleFluentBuilder {
    /// Sets [`AssumeRoleRequest::duration_seconds`](AssumeRoleRequest::duration_seconds).
    pub fn duration_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.duration_seconds(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::duration_seconds`](AssumeRoleRequest::duration_seconds).
    pub fn set_duration_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_duration_seconds(value);
        self
    }
    /// Sets [`AssumeRoleRequest::external_id`](AssumeRoleRequest::external_id).
    pub fn external_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.external_id(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::external_id`](AssumeRoleRequest::external_id).
    pub fn set_external_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_external_id(value);
        self
    }
    /// Sets [`AssumeRoleRequest::policy`](AssumeRoleRequest::policy).
    pub fn policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.policy(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::policy`](AssumeRoleRequest::policy).
    pub fn set_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_policy(value);
        self
    }
    /// Appends one element to [`AssumeRoleRequest::policy_arns`](AssumeRoleRequest::policy_arns).
    pub fn policy_arns(mut self, value: impl rt::Into<PolicyDescriptorType>) -> Self {
        self.input = self.input.policy_arns(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::policy_arns`](AssumeRoleRequest::policy_arns).
    pub fn set_policy_arns(mut self, value: rt::Option<rt::Vec<PolicyDescriptorType>>) -> Self {
        self.input = self.input.set_policy_arns(value);
        self
    }
    /// Appends one element to [`AssumeRoleRequest::provided_contexts`](AssumeRoleRequest::provided_contexts).
    pub fn provided_contexts(mut self, value: impl rt::Into<ProvidedContext>) -> Self {
        self.input = self.input.provided_contexts(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::provided_contexts`](AssumeRoleRequest::provided_contexts).
    pub fn set_provided_contexts(mut self, value: rt::Option<rt::Vec<ProvidedContext>>) -> Self {
        self.input = self.input.set_provided_contexts(value);
        self
    }
    /// Sets [`AssumeRoleRequest::role_arn`](AssumeRoleRequest::role_arn).
    pub fn role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.role_arn(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::role_arn`](AssumeRoleRequest::role_arn).
    pub fn set_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_role_arn(value);
        self
    }
    /// Sets [`AssumeRoleRequest::role_session_name`](AssumeRoleRequest::role_session_name).
    pub fn role_session_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.role_session_name(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::role_session_name`](AssumeRoleRequest::role_session_name).
    pub fn set_role_session_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_role_session_name(value);
        self
    }
    /// Sets [`AssumeRoleRequest::serial_number`](AssumeRoleRequest::serial_number).
    pub fn serial_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.serial_number(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::serial_number`](AssumeRoleRequest::serial_number).
    pub fn set_serial_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_serial_number(value);
        self
    }
    /// Sets [`AssumeRoleRequest::source_identity`](AssumeRoleRequest::source_identity).
    pub fn source_identity(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.source_identity(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::source_identity`](AssumeRoleRequest::source_identity).
    pub fn set_source_identity(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_source_identity(value);
        self
    }
    /// Appends one element to [`AssumeRoleRequest::tags`](AssumeRoleRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::tags`](AssumeRoleRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`AssumeRoleRequest::token_code`](AssumeRoleRequest::token_code).
    pub fn token_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.token_code(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::token_code`](AssumeRoleRequest::token_code).
    pub fn set_token_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_token_code(value);
        self
    }
    /// Appends one element to [`AssumeRoleRequest::transitive_tag_keys`](AssumeRoleRequest::transitive_tag_keys).
    pub fn transitive_tag_keys(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.transitive_tag_keys(value);
        self
    }
    /// Sets or clears [`AssumeRoleRequest::transitive_tag_keys`](AssumeRoleRequest::transitive_tag_keys).
    pub fn set_transitive_tag_keys(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_transitive_tag_keys(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: AssumeRoleRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut AssumeRoleRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<AssumeRoleResponse, SdkError<AssumeRoleError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sts_types::http::ASSUME_ROLE, &input, stream)
            .await
    }
}
/// A `GetCallerIdentity` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetCallerIdentityFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetCallerIdentityRequestBuilder,
}
impl ::std::convert::From<GetCallerIdentityFluentBuilder> for GetCallerIdentityRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetCallerIdentityFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetCallerIdentityFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: GetCallerIdentityRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetCallerIdentityRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<GetCallerIdentityResponse, SdkError<GetCallerIdentityError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sts_types::http::GET_CALLER_IDENTITY, &input, stream)
            .await
    }
}
/// A `GetSessionToken` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetSessionTokenFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetSessionTokenRequestBuilder,
}
impl ::std::convert::From<GetSessionTokenFluentBuilder> for GetSessionTokenRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetSessionTokenFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetSessionTokenFluentBuilder {
    /// Sets [`GetSessionTokenRequest::duration_seconds`](GetSessionTokenRequest::duration_seconds).
    pub fn duration_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.duration_seconds(value);
        self
    }
    /// Sets or clears [`GetSessionTokenRequest::duration_seconds`](GetSessionTokenRequest::duration_seconds).
    pub fn set_duration_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_duration_seconds(value);
        self
    }
    /// Sets [`GetSessionTokenRequest::serial_number`](GetSessionTokenRequest::serial_number).
    pub fn serial_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.serial_number(value);
        self
    }
    /// Sets or clears [`GetSessionTokenRequest::serial_number`](GetSessionTokenRequest::serial_number).
    pub fn set_serial_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_serial_number(value);
        self
    }
    /// Sets [`GetSessionTokenRequest::token_code`](GetSessionTokenRequest::token_code).
    pub fn token_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.token_code(value);
        self
    }
    /// Sets or clears [`GetSessionTokenRequest::token_code`](GetSessionTokenRequest::token_code).
    pub fn set_token_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_token_code(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetSessionTokenRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetSessionTokenRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetSessionTokenResponse, SdkError<GetSessionTokenError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&sts_types::http::GET_SESSION_TOKEN, &input, stream)
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region aws-global with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"params\":{\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://sts-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}},{\"documentation\":\"UseGlobalEndpoint with legacy region `ap-northeast-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"ap-northeast-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `ap-south-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"ap-south-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `ap-southeast-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"ap-southeast-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `ap-southeast-2`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"ap-southeast-2\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `aws-global`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `ca-central-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"ca-central-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `eu-central-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"eu-central-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `eu-north-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"eu-north-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `eu-west-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"eu-west-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `eu-west-2`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"eu-west-2\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `eu-west-3`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"eu-west-3\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `sa-east-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"sa-east-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `us-east-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `us-east-2`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-2\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `us-west-1`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-1\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region `us-west-2`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://sts.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with Non-legacy region `us-east-3`\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"sts\",\"signingRegion\":\"us-east-3\"}]},\"url\":\"https://sts.us-east-3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-3\",\"AWS::STS::UseGlobalEndpoint\":true},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Region\":\"us-east-3\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with legacy region and custom endpoint\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-1\",\"AWS::STS::UseGlobalEndpoint\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"GetCallerIdentity\"}],\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoint with unset region and custom endpoint\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":false}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 69usize),
            Err(failures) => {
                panic!(
                    "{} endpoint test cases failed:\n{}",
                    failures.len(),
                    failures.join("\n")
                )
            }
        }
    }
    use ::codegen_rt as rt;
}
