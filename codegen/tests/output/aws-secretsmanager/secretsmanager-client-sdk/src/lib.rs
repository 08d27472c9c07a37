// Generated from models/aws-secretsmanager.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the AWS Secrets Manager.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
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
pub use secretsmanager_types;
use secretsmanager_types::error::*;
use secretsmanager_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "secretsmanager",
    signing_name: "secretsmanager",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "secretsmanager",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "secretsmanager-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "CreateSecret",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &["ClientRequestToken"],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
        rt::client::OperationInfo {
            name: "PutSecretValue",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &["ClientRequestToken"],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: secretsmanager_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":{\"ref\":\"Endpoint\"}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"},{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[\"aws\",{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager-fips.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[\"aws-us-gov\",{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager-fips.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[\"aws\",{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[\"aws-cn\",{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager.{Region}.amazonaws.com.cn\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[\"aws-us-gov\",{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Amazon Web Services Secrets Manager
///
/// Amazon Web Services Secrets Manager provides a service to enable you to store, manage, and retrieve, secrets.
///
/// This guide provides descriptions of the Secrets Manager API. For more information about using this service, see the [Amazon Web Services Secrets Manager User Guide](https://docs.aws.amazon.com/secretsmanager/latest/userguide/introduction.html).
///
/// **API Version**
///
/// This version of the Secrets Manager API Reference documents the Secrets Manager API version 2017-10-17.
///
/// For a list of endpoints, see [Amazon Web Services Secrets Manager endpoints](https://docs.aws.amazon.com/secretsmanager/latest/userguide/asm_access.html#endpoints).
///
/// **Support and Feedback for Amazon Web Services Secrets Manager**
///
/// We welcome your feedback. Send your comments to [awssecretsmanager-feedback@amazon.com](mailto:awssecretsmanager-feedback@amazon.com), or post your feedback and questions in the [Amazon Web Services Secrets Manager Discussion Forum](http://forums.aws.amazon.com/forum.jspa?forumID=296). For more information about the Amazon Web Services Discussion Forums, see [Forums Help](http://forums.aws.amazon.com/help.jspa).
///
/// **Logging API Requests**
///
/// Amazon Web Services Secrets Manager supports Amazon Web Services CloudTrail, a service that records Amazon Web Services API calls for your Amazon Web Services account and delivers log files to an Amazon S3 bucket. By using information that's collected by Amazon Web Services CloudTrail, you can determine the requests successfully made to Secrets Manager, who made the request, when it was made, and so on. For more about Amazon Web Services Secrets Manager and support for Amazon Web Services CloudTrail, see [Logging Amazon Web Services Secrets Manager Events with Amazon Web Services CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/monitoring.html#monitoring_cloudtrail) in the *Amazon Web Services Secrets Manager User Guide*. To learn more about CloudTrail, including enabling it and find your log files, see the [Amazon Web Services CloudTrail User Guide](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/what_is_cloud_trail_top_level.html).
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
    /// Creates a new secret. A *secret* can be a password, a set of credentials such as a user name and password, an OAuth token, or other secret information that you store in an encrypted form in Secrets Manager. The secret also includes the connection information to access a database or other service, which Secrets Manager doesn't encrypt. A secret in Secrets Manager consists of both the protected secret data and the important information needed to manage the secret.
    ///
    /// For secrets that use *managed rotation*, you need to create the secret through the managing service. For more information, see [Secrets Manager secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    ///
    /// For information about creating a secret in the console, see [Create a secret](https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_create-basic-secret.html).
    ///
    /// To create a secret, you can provide the secret value to be encrypted in either the `SecretString` parameter or the `SecretBinary` parameter, but not both. If you include `SecretString` or `SecretBinary` then Secrets Manager creates an initial secret version and automatically attaches the staging label `AWSCURRENT` to it.
    ///
    /// For database credentials you want to rotate, for Secrets Manager to be able to rotate the secret, you must make sure the JSON you store in the `SecretString` matches the [JSON structure of a database secret](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html).
    ///
    /// If you don't specify an KMS encryption key, Secrets Manager uses the Amazon Web Services managed key `aws/secretsmanager`. If this key doesn't already exist in your account, then Secrets Manager creates it for you automatically. All users and roles in the Amazon Web Services account automatically have access to use `aws/secretsmanager`. Creating `aws/secretsmanager` can result in a one-time significant delay in returning the result.
    ///
    /// If the secret is in a different Amazon Web Services account from the credentials calling the API, then you can't use `aws/secretsmanager` to encrypt the secret, and you must create and use a customer managed KMS key.
    ///
    /// Secrets Manager generates a CloudTrail log entry when you call this action. Do not include sensitive information in request parameters except `SecretBinary` or `SecretString` because it might be logged. For more information, see [Logging Secrets Manager events with CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieve-ct-entries.html).
    ///
    /// **Required permissions: ** `secretsmanager:CreateSecret`. If you include tags in the secret, you also need `secretsmanager:TagResource`. To add replica Regions, you must also have `secretsmanager:ReplicateSecretToRegions`. For more information, see [ IAM policy actions for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#reference_iam-permissions_actions) and [Authentication and access control in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    ///
    /// To encrypt the secret with a KMS key other than `aws/secretsmanager`, you need `kms:GenerateDataKey` and `kms:Decrypt` permission to the key.
    ///
    /// **Note:** When you enter commands in a command shell, there is a risk of the command history being accessed or utilities having access to your command parameters. This is a concern if the command includes the value of a secret. Learn how to [Mitigate the risks of using command-line tools to store Secrets Manager secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/security_cli-exposure-risks.html).
    pub fn create_secret(&self) -> CreateSecretFluentBuilder {
        CreateSecretFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateSecretRequest::builder(),
        }
    }
    /// Deletes a secret and all of its versions. You can specify a recovery window during which you can restore the secret. The minimum recovery window is 7 days. The default recovery window is 30 days. Secrets Manager attaches a `DeletionDate` stamp to the secret that specifies the end of the recovery window. At the end of the recovery window, Secrets Manager deletes the secret permanently.
    ///
    /// You can't delete a primary secret that is replicated to other Regions. You must first delete the replicas using RemoveRegionsFromReplication, and then delete the primary secret. When you delete a replica, it is deleted immediately.
    ///
    /// You can't directly delete a version of a secret. Instead, you remove all staging labels from the version using UpdateSecretVersionStage. This marks the version as deprecated, and then Secrets Manager can automatically delete the version in the background.
    ///
    /// To determine whether an application still uses a secret, you can create an Amazon CloudWatch alarm to alert you to any attempts to access a secret during the recovery window. For more information, see [ Monitor secrets scheduled for deletion](https://docs.aws.amazon.com/secretsmanager/latest/userguide/monitoring_cloudwatch_deleted-secrets.html).
    ///
    /// Secrets Manager performs the permanent secret deletion at the end of the waiting period as a background task with low priority. There is no guarantee of a specific time after the recovery window for the permanent delete to occur.
    ///
    /// At any time before recovery window ends, you can use RestoreSecret to remove the `DeletionDate` and cancel the deletion of the secret.
    ///
    /// When a secret is scheduled for deletion, you cannot retrieve the secret value. You must first cancel the deletion with RestoreSecret and then you can retrieve the secret.
    ///
    /// Secrets Manager generates a CloudTrail log entry when you call this action. Do not include sensitive information in request parameters because it might be logged. For more information, see [Logging Secrets Manager events with CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieve-ct-entries.html).
    ///
    /// **Required permissions: ** `secretsmanager:DeleteSecret`. For more information, see [ IAM policy actions for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#reference_iam-permissions_actions) and [Authentication and access control in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    pub fn delete_secret(&self) -> DeleteSecretFluentBuilder {
        DeleteSecretFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteSecretRequest::builder(),
        }
    }
    /// Retrieves the details of a secret. It does not include the encrypted secret value. Secrets Manager only returns fields that have a value in the response.
    ///
    /// Secrets Manager generates a CloudTrail log entry when you call this action. Do not include sensitive information in request parameters because it might be logged. For more information, see [Logging Secrets Manager events with CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieve-ct-entries.html).
    ///
    /// **Required permissions: ** `secretsmanager:DescribeSecret`. For more information, see [ IAM policy actions for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#reference_iam-permissions_actions) and [Authentication and access control in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    pub fn describe_secret(&self) -> DescribeSecretFluentBuilder {
        DescribeSecretFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeSecretRequest::builder(),
        }
    }
    /// Retrieves the contents of the encrypted fields `SecretString` or `SecretBinary` from the specified version of a secret, whichever contains content.
    ///
    /// To retrieve the values for a group of secrets, call BatchGetSecretValue.
    ///
    /// We recommend that you cache your secret values by using client-side caching. Caching secrets improves speed and reduces your costs. For more information, see [Cache secrets for your applications](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html).
    ///
    /// To retrieve the previous version of a secret, use `VersionStage` and specify AWSPREVIOUS. To revert to the previous version of a secret, call [UpdateSecretVersionStage](https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/update-secret-version-stage.html).
    ///
    /// Secrets Manager generates a CloudTrail log entry when you call this action. Do not include sensitive information in request parameters because it might be logged. For more information, see [Logging Secrets Manager events with CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieve-ct-entries.html).
    ///
    /// **Required permissions: ** `secretsmanager:GetSecretValue`. If the secret is encrypted using a customer-managed key instead of the Amazon Web Services managed key `aws/secretsmanager`, then you also need `kms:Decrypt` permissions for that key. For more information, see [ IAM policy actions for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#reference_iam-permissions_actions) and [Authentication and access control in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    pub fn get_secret_value(&self) -> GetSecretValueFluentBuilder {
        GetSecretValueFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetSecretValueRequest::builder(),
        }
    }
    /// Lists the secrets that are stored by Secrets Manager in the Amazon Web Services account, not including secrets that are marked for deletion. To see secrets marked for deletion, use the Secrets Manager console.
    ///
    /// All Secrets Manager operations are eventually consistent. ListSecrets might not reflect changes from the last five minutes. You can get more recent information for a specific secret by calling DescribeSecret.
    ///
    /// To list the versions of a secret, use ListSecretVersionIds.
    ///
    /// To retrieve the values for the secrets, call BatchGetSecretValue or GetSecretValue.
    ///
    /// For information about finding secrets in the console, see [Find secrets in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_search-secret.html).
    ///
    /// Secrets Manager generates a CloudTrail log entry when you call this action. Do not include sensitive information in request parameters because it might be logged. For more information, see [Logging Secrets Manager events with CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieve-ct-entries.html).
    ///
    /// **Required permissions: ** `secretsmanager:ListSecrets`. For more information, see [ IAM policy actions for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#reference_iam-permissions_actions) and [Authentication and access control in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    pub fn list_secrets(&self) -> ListSecretsFluentBuilder {
        ListSecretsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListSecretsRequest::builder(),
        }
    }
    /// Creates a new version with a new encrypted secret value and attaches it to the secret. The version can contain a new `SecretString` value or a new `SecretBinary` value.
    ///
    /// We recommend you avoid calling `PutSecretValue` at a sustained rate of more than once every 10 minutes. When you update the secret value, Secrets Manager creates a new version of the secret. Secrets Manager removes outdated versions when there are more than 100, but it does not remove versions created less than 24 hours ago. If you call `PutSecretValue` more than once every 10 minutes, you create more versions than Secrets Manager removes, and you will reach the quota for secret versions.
    ///
    /// You can specify the staging labels to attach to the new version in `VersionStages`. If you don't include `VersionStages`, then Secrets Manager automatically moves the staging label `AWSCURRENT` to this version. If this operation creates the first version for the secret, then Secrets Manager automatically attaches the staging label `AWSCURRENT` to it. If this operation moves the staging label `AWSCURRENT` from another version to this version, then Secrets Manager also automatically moves the staging label `AWSPREVIOUS` to the version that `AWSCURRENT` was removed from.
    ///
    /// This operation is idempotent. If you call this operation with a `ClientRequestToken` that matches an existing version's VersionId, and you specify the same secret data, the operation succeeds but does nothing. However, if the secret data is different, then the operation fails because you can't modify an existing version; you can only create new ones.
    ///
    /// Secrets Manager generates a CloudTrail log entry when you call this action. Do not include sensitive information in request parameters except `SecretBinary`, `SecretString`, or `RotationToken` because it might be logged. For more information, see [Logging Secrets Manager events with CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieve-ct-entries.html).
    ///
    /// **Required permissions: ** `secretsmanager:PutSecretValue`. For more information, see [ IAM policy actions for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#reference_iam-permissions_actions) and [Authentication and access control in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    ///
    /// **Note:** When you enter commands in a command shell, there is a risk of the command history being accessed or utilities having access to your command parameters. This is a concern if the command includes the value of a secret. Learn how to [Mitigate the risks of using command-line tools to store Secrets Manager secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/security_cli-exposure-risks.html).
    pub fn put_secret_value(&self) -> PutSecretValueFluentBuilder {
        PutSecretValueFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutSecretValueRequest::builder(),
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
            "CreateSecret" => {
                self.handle
                    .call_json::<CreateSecretRequest, CreateSecretResponse, CreateSecretError>(
                        &crate::secretsmanager_types::http::CREATE_SECRET,
                        input,
                    )
                    .await
            }
            "DeleteSecret" => {
                self.handle
                    .call_json::<DeleteSecretRequest, DeleteSecretResponse, DeleteSecretError>(
                        &crate::secretsmanager_types::http::DELETE_SECRET,
                        input,
                    )
                    .await
            }
            "DescribeSecret" => self
                .handle
                .call_json::<DescribeSecretRequest, DescribeSecretResponse, DescribeSecretError>(
                    &crate::secretsmanager_types::http::DESCRIBE_SECRET,
                    input,
                )
                .await,
            "GetSecretValue" => self
                .handle
                .call_json::<GetSecretValueRequest, GetSecretValueResponse, GetSecretValueError>(
                    &crate::secretsmanager_types::http::GET_SECRET_VALUE,
                    input,
                )
                .await,
            "ListSecrets" => {
                self.handle
                    .call_json::<ListSecretsRequest, ListSecretsResponse, ListSecretsError>(
                        &crate::secretsmanager_types::http::LIST_SECRETS,
                        input,
                    )
                    .await
            }
            "PutSecretValue" => self
                .handle
                .call_json::<PutSecretValueRequest, PutSecretValueResponse, PutSecretValueError>(
                    &crate::secretsmanager_types::http::PUT_SECRET_VALUE,
                    input,
                )
                .await,
            _ => Err(SdkError::construction(format!(
                "the model has no operation `{operation}`"
            ))),
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
        "CreateSecret" => rt::client::validate::<CreateSecretRequest, rt::Unhandled>(input),
        "DeleteSecret" => rt::client::validate::<DeleteSecretRequest, rt::Unhandled>(input),
        "DescribeSecret" => rt::client::validate::<DescribeSecretRequest, rt::Unhandled>(input),
        "GetSecretValue" => rt::client::validate::<GetSecretValueRequest, rt::Unhandled>(input),
        "ListSecrets" => rt::client::validate::<ListSecretsRequest, rt::Unhandled>(input),
        "PutSecretValue" => rt::client::validate::<PutSecretValueRequest, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `CreateSecret` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateSecretFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateSecretRequestBuilder,
}
impl ::std::convert::From<CreateSecretFluentBuilder> for CreateSecretRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateSecretFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateSecretFluentBuilder {
    /// Appends one element to [`CreateSecretRequest::add_replica_regions`](CreateSecretRequest::add_replica_regions).
    pub fn add_replica_regions(mut self, value: impl rt::Into<ReplicaRegionType>) -> Self {
        self.input = self.input.add_replica_regions(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::add_replica_regions`](CreateSecretRequest::add_replica_regions).
    pub fn set_add_replica_regions(
        mut self,
        value: rt::Option<rt::Vec<ReplicaRegionType>>,
    ) -> Self {
        self.input = self.input.set_add_replica_regions(value);
        self
    }
    /// Sets [`CreateSecretRequest::client_request_token`](CreateSecretRequest::client_request_token).
    pub fn client_request_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.client_request_token(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::client_request_token`](CreateSecretRequest::client_request_token).
    pub fn set_client_request_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_client_request_token(value);
        self
    }
    /// Sets [`CreateSecretRequest::description`](CreateSecretRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.description(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::description`](CreateSecretRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_description(value);
        self
    }
    /// Sets [`CreateSecretRequest::force_overwrite_replica_secret`](CreateSecretRequest::force_overwrite_replica_secret).
    pub fn force_overwrite_replica_secret(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.force_overwrite_replica_secret(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::force_overwrite_replica_secret`](CreateSecretRequest::force_overwrite_replica_secret).
    pub fn set_force_overwrite_replica_secret(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_force_overwrite_replica_secret(value);
        self
    }
    /// Sets [`CreateSecretRequest::kms_key_id`](CreateSecretRequest::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.kms_key_id(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::kms_key_id`](CreateSecretRequest::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_kms_key_id(value);
        self
    }
    /// Sets [`CreateSecretRequest::name`](CreateSecretRequest::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::name`](CreateSecretRequest::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_name(value);
        self
    }
    /// Sets [`CreateSecretRequest::secret_binary`](CreateSecretRequest::secret_binary).
    pub fn secret_binary(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.input = self.input.secret_binary(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::secret_binary`](CreateSecretRequest::secret_binary).
    pub fn set_secret_binary(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.input = self.input.set_secret_binary(value);
        self
    }
    /// Sets [`CreateSecretRequest::secret_string`](CreateSecretRequest::secret_string).
    pub fn secret_string(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret_string(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::secret_string`](CreateSecretRequest::secret_string).
    pub fn set_secret_string(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret_string(value);
        self
    }
    /// Appends one element to [`CreateSecretRequest::tags`](CreateSecretRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`CreateSecretRequest::tags`](CreateSecretRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateSecretRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateSecretRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateSecretResponse, SdkError<CreateSecretError>> {
        let mut input = self.input;
        let stream = None;
        if input.client_request_token.is_none() {
            input.client_request_token = Some(self.handle.idempotency_token());
        }
        self.handle
            .call(&secretsmanager_types::http::CREATE_SECRET, &input, stream)
            .await
    }
}
/// A `DeleteSecret` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteSecretFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteSecretRequestBuilder,
}
impl ::std::convert::From<DeleteSecretFluentBuilder> for DeleteSecretRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteSecretFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteSecretFluentBuilder {
    /// Sets [`DeleteSecretRequest::force_delete_without_recovery`](DeleteSecretRequest::force_delete_without_recovery).
    pub fn force_delete_without_recovery(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.force_delete_without_recovery(value);
        self
    }
    /// Sets or clears [`DeleteSecretRequest::force_delete_without_recovery`](DeleteSecretRequest::force_delete_without_recovery).
    pub fn set_force_delete_without_recovery(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_force_delete_without_recovery(value);
        self
    }
    /// Sets [`DeleteSecretRequest::recovery_window_in_days`](DeleteSecretRequest::recovery_window_in_days).
    pub fn recovery_window_in_days(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.recovery_window_in_days(value);
        self
    }
    /// Sets or clears [`DeleteSecretRequest::recovery_window_in_days`](DeleteSecretRequest::recovery_window_in_days).
    pub fn set_recovery_window_in_days(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_recovery_window_in_days(value);
        self
    }
    /// Sets [`DeleteSecretRequest::secret_id`](DeleteSecretRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret_id(value);
        self
    }
    /// Sets or clears [`DeleteSecretRequest::secret_id`](DeleteSecretRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteSecretRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteSecretRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteSecretResponse, SdkError<DeleteSecretError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&secretsmanager_types::http::DELETE_SECRET, &input, stream)
            .await
    }
}
/// A `DescribeSecret` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeSecretFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeSecretRequestBuilder,
}
impl ::std::convert::From<DescribeSecretFluentBuilder> for DescribeSecretRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeSecretFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeSecretFluentBuilder {
    /// Sets [`DescribeSecretRequest::secret_id`](DescribeSecretRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret_id(value);
        self
    }
    /// Sets or clears [`DescribeSecretRequest::secret_id`](DescribeSecretRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeSecretRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeSecretRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeSecretResponse, SdkError<DescribeSecretError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&secretsmanager_types::http::DESCRIBE_SECRET, &input, stream)
            .await
    }
}
/// A `GetSecretValue` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetSecretValueFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetSecretValueRequestBuilder,
}
impl ::std::convert::From<GetSecretValueFluentBuilder> for GetSecretValueRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetSecretValueFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetSecretValueFluentBuilder {
    /// Sets [`GetSecretValueRequest::secret_id`](GetSecretValueRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret_id(value);
        self
    }
    /// Sets or clears [`GetSecretValueRequest::secret_id`](GetSecretValueRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret_id(value);
        self
    }
    /// Sets [`GetSecretValueRequest::version_id`](GetSecretValueRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.version_id(value);
        self
    }
    /// Sets or clears [`GetSecretValueRequest::version_id`](GetSecretValueRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_version_id(value);
        self
    }
    /// Sets [`GetSecretValueRequest::version_stage`](GetSecretValueRequest::version_stage).
    pub fn version_stage(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.version_stage(value);
        self
    }
    /// Sets or clears [`GetSecretValueRequest::version_stage`](GetSecretValueRequest::version_stage).
    pub fn set_version_stage(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_version_stage(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetSecretValueRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetSecretValueRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetSecretValueResponse, SdkError<GetSecretValueError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &secretsmanager_types::http::GET_SECRET_VALUE,
                &input,
                stream,
            )
            .await
    }
}
/// A `ListSecrets` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListSecretsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListSecretsRequestBuilder,
}
impl ::std::convert::From<ListSecretsFluentBuilder> for ListSecretsRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListSecretsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListSecretsFluentBuilder {
    /// Appends one element to [`ListSecretsRequest::filters`](ListSecretsRequest::filters).
    pub fn filters(mut self, value: impl rt::Into<Filter>) -> Self {
        self.input = self.input.filters(value);
        self
    }
    /// Sets or clears [`ListSecretsRequest::filters`](ListSecretsRequest::filters).
    pub fn set_filters(mut self, value: rt::Option<rt::Vec<Filter>>) -> Self {
        self.input = self.input.set_filters(value);
        self
    }
    /// Sets [`ListSecretsRequest::include_planned_deletion`](ListSecretsRequest::include_planned_deletion).
    pub fn include_planned_deletion(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.include_planned_deletion(value);
        self
    }
    /// Sets or clears [`ListSecretsRequest::include_planned_deletion`](ListSecretsRequest::include_planned_deletion).
    pub fn set_include_planned_deletion(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_include_planned_deletion(value);
        self
    }
    /// Sets [`ListSecretsRequest::max_results`](ListSecretsRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListSecretsRequest::max_results`](ListSecretsRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Sets [`ListSecretsRequest::next_token`](ListSecretsRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListSecretsRequest::next_token`](ListSecretsRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListSecretsRequest::sort_order`](ListSecretsRequest::sort_order).
    pub fn sort_order(mut self, value: impl rt::Into<SortOrderType>) -> Self {
        self.input = self.input.sort_order(value);
        self
    }
    /// Sets or clears [`ListSecretsRequest::sort_order`](ListSecretsRequest::sort_order).
    pub fn set_sort_order(mut self, value: rt::Option<SortOrderType>) -> Self {
        self.input = self.input.set_sort_order(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListSecretsRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListSecretsRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListSecretsResponse, SdkError<ListSecretsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&secretsmanager_types::http::LIST_SECRETS, &input, stream)
            .await
    }
}
impl ListSecretsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListSecretsPaginator {
        ListSecretsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListSecrets`, following `NextToken`.
#[derive(Debug)]
pub struct ListSecretsPaginator {
    call: ListSecretsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListSecretsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListSecretsResponse, SdkError<ListSecretsError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListSecretsResponse, SdkError<ListSecretsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
}
/// A `PutSecretValue` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutSecretValueFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutSecretValueRequestBuilder,
}
impl ::std::convert::From<PutSecretValueFluentBuilder> for PutSecretValueRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutSecretValueFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutSecretValueFluentBuilder {
    /// Sets [`PutSecretValueRequest::client_request_token`](PutSecretValueRequest::client_request_token).
    pub fn client_request_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.client_request_token(value);
        self
    }
    /// Sets or clears [`PutSecretValueRequest::client_request_token`](PutSecretValueRequest::client_request_token).
    pub fn set_client_request_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_client_request_token(value);
        self
    }
    /// Sets [`PutSecretValueRequest::rotation_token`](PutSecretValueRequest::rotation_token).
    pub fn rotation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.rotation_token(value);
        self
    }
    /// Sets or clears [`PutSecretValueRequest::rotation_token`](PutSecretValueRequest::rotation_token).
    pub fn set_rotation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_rotation_token(value);
        self
    }
    /// Sets [`PutSecretValueRequest::secret_binary`](PutSecretValueRequest::secret_binary).
    pub fn secret_binary(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.input = self.input.secret_binary(value);
        self
    }
    /// Sets or clears [`PutSecretValueRequest::secret_binary`](PutSecretValueRequest::secret_binary).
    pub fn set_secret_binary(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.input = self.input.set_secret_binary(value);
        self
    }
    /// Sets [`PutSecretValueRequest::secret_id`](PutSecretValueRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret_id(value);
        self
    }
    /// Sets or clears [`PutSecretValueRequest::secret_id`](PutSecretValueRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret_id(value);
        self
    }
    /// Sets [`PutSecretValueRequest::secret_string`](PutSecretValueRequest::secret_string).
    pub fn secret_string(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.secret_string(value);
        self
    }
    /// Sets or clears [`PutSecretValueRequest::secret_string`](PutSecretValueRequest::secret_string).
    pub fn set_secret_string(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_secret_string(value);
        self
    }
    /// Appends one element to [`PutSecretValueRequest::version_stages`](PutSecretValueRequest::version_stages).
    pub fn version_stages(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.version_stages(value);
        self
    }
    /// Sets or clears [`PutSecretValueRequest::version_stages`](PutSecretValueRequest::version_stages).
    pub fn set_version_stages(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_version_stages(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutSecretValueRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutSecretValueRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PutSecretValueResponse, SdkError<PutSecretValueError>> {
        let mut input = self.input;
        let stream = None;
        if input.client_request_token.is_none() {
            input.client_request_token = Some(self.handle.idempotency_token());
        }
        self.handle
            .call(
                &secretsmanager_types::http::PUT_SECRET_VALUE,
                &input,
                stream,
            )
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://secretsmanager.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 49usize),
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
