// Generated from models/aws-glacier.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon Glacier.
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
pub use glacier_types;
use glacier_types::error::*;
use glacier_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Glacier",
    signing_name: "glacier",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[
        rt::client::Customization::Header {
            name: "x-amz-glacier-version",
            value: "2012-06-01",
        },
        rt::client::Customization::DefaultMember {
            member: "accountId",
            value: "-",
        },
        rt::client::Customization::TreeHash {
            operations: &["UploadArchive"],
        },
    ],
    endpoint_prefix: "glacier",
    protocols: &[rt::Protocol::RestJson1],
    user_agent: "glacier-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: glacier_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":{\"ref\":\"Endpoint\"}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"},{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://glacier-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws-us-gov\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://glacier.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://glacier-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://glacier.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://glacier.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Amazon S3 Glacier (Glacier) is a storage solution for "cold data."
///
/// Glacier is an extremely low-cost storage service that provides secure, durable, and easy-to-use storage for data backup and archival. With Glacier, customers can store their data cost effectively for months, years, or decades. Glacier also enables customers to offload the administrative burdens of operating and scaling storage to AWS, so they don't have to worry about capacity planning, hardware provisioning, data replication, hardware failure and recovery, or time-consuming hardware migrations.
///
/// Glacier is a great storage choice when low storage cost is paramount and your data is rarely retrieved. If your application requires fast or frequent access to your data, consider using Amazon S3. For more information, see [Amazon Simple Storage Service (Amazon S3)](http://aws.amazon.com/s3/).
///
/// You can store any kind of data in any format. There is no maximum limit on the total amount of data you can store in Glacier.
///
/// If you are a first-time user of Glacier, we recommend that you begin by reading the following sections in the *Amazon S3 Glacier Developer Guide*:
///
/// - [What is Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/introduction.html) - This section of the Developer Guide describes the underlying data model, the operations it supports, and the AWS SDKs that you can use to interact with the service.
/// - [Getting Started with Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/amazon-glacier-getting-started.html) - The Getting Started section walks you through the process of creating a vault, uploading archives, creating jobs to download archives, retrieving the job output, and deleting archives.
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
    /// This operation creates a new vault with the specified name. The name of the vault must be unique within a region for an AWS account. You can create up to 1,000 vaults per account. If you need to create more vaults, contact Amazon S3 Glacier.
    ///
    /// You must use the following guidelines when naming a vault.
    ///
    /// - Names can be between 1 and 255 characters long.
    /// - Allowed characters are a-z, A-Z, 0-9, '_' (underscore), '-' (hyphen), and '.' (period).
    ///
    /// This operation is idempotent.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Creating a Vault in Amazon Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/creating-vaults.html) and [Create Vault](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-put.html) in the *Amazon Glacier Developer Guide*.
    pub fn create_vault(&self) -> CreateVaultFluentBuilder {
        CreateVaultFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateVaultInput::builder(),
        }
    }
    /// This operation deletes an archive from a vault. Subsequent requests to initiate a retrieval of this archive will fail. Archive retrievals that are in progress for this archive ID may or may not succeed according to the following scenarios:
    ///
    /// - If the archive retrieval job is actively preparing the data for download when Amazon S3 Glacier receives the delete archive request, the archival retrieval operation might fail.
    /// - If the archive retrieval job has successfully prepared the archive for download when Amazon S3 Glacier receives the delete archive request, you will be able to download the output.
    ///
    /// This operation is idempotent. Attempting to delete an already-deleted archive does not result in an error.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Deleting an Archive in Amazon Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/deleting-an-archive.html) and [Delete Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-delete.html) in the *Amazon Glacier Developer Guide*.
    pub fn delete_archive(&self) -> DeleteArchiveFluentBuilder {
        DeleteArchiveFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteArchiveInput::builder(),
        }
    }
    /// This operation returns information about a job you previously initiated, including the job initiation date, the user who initiated the job, the job status code/message and the Amazon SNS topic to notify after Amazon S3 Glacier (Glacier) completes the job. For more information about initiating a job, see InitiateJob.
    ///
    /// **Note:** This operation enables you to check the status of your job. However, it is strongly recommended that you set up an Amazon SNS topic and specify it in your initiate job request so that Glacier can notify the topic after it completes the job.
    ///
    /// A job ID will not expire for at least 24 hours after Glacier completes the job.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For more information about using this operation, see the documentation for the underlying REST API [Describe Job](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-describe-job-get.html) in the *Amazon Glacier Developer Guide*.
    pub fn describe_job(&self) -> DescribeJobFluentBuilder {
        DescribeJobFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeJobInput::builder(),
        }
    }
    /// This operation returns information about a vault, including the vault's Amazon Resource Name (ARN), the date the vault was created, the number of archives it contains, and the total size of all the archives in the vault. The number of archives and their total size are as of the last inventory generation. This means that if you add or remove an archive from a vault, and then immediately use Describe Vault, the change in contents will not be immediately reflected. If you want to retrieve the latest inventory of the vault, use InitiateJob. Amazon S3 Glacier generates vault inventories approximately daily. For more information, see [Downloading a Vault Inventory in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-inventory.html).
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Retrieving Vault Metadata in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/retrieving-vault-info.html) and [Describe Vault](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-get.html) in the *Amazon Glacier Developer Guide*.
    pub fn describe_vault(&self) -> DescribeVaultFluentBuilder {
        DescribeVaultFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeVaultInput::builder(),
        }
    }
    /// This operation downloads the output of the job you initiated using InitiateJob. Depending on the job type you specified when you initiated the job, the output will be either the content of an archive or a vault inventory.
    ///
    /// You can download all the job output or download a portion of the output by specifying a byte range. In the case of an archive retrieval job, depending on the byte range you specify, Amazon S3 Glacier (Glacier) returns the checksum for the portion of the data. You can compute the checksum on the client and verify that the values match to ensure the portion you downloaded is the correct data.
    ///
    /// A job ID will not expire for at least 24 hours after Glacier completes the job. That a byte range. For both archive and inventory retrieval jobs, you should verify the downloaded size against the size returned in the headers from the **Get Job Output** response.
    ///
    /// For archive retrieval jobs, you should also verify that the size is what you expected. If you download a portion of the output, the expected size is based on the range of bytes you specified. For example, if you specify a range of `bytes=0-1048575`, you should verify your download size is 1,048,576 bytes. If you download an entire archive, the expected size is the size of the archive when you uploaded it to Amazon S3 Glacier The expected size is also returned in the headers from the **Get Job Output** response.
    ///
    /// In the case of an archive retrieval job, depending on the byte range you specify, Glacier returns the checksum for the portion of the data. To ensure the portion you downloaded is the correct data, compute the checksum on the client, verify that the values match, and verify that the size is what you expected.
    ///
    /// A job ID does not expire for at least 24 hours after Glacier completes the job. That is, you can download the job output within the 24 hours period after Amazon Glacier completes the job.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and the underlying REST API, see [Downloading a Vault Inventory](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-inventory.html), [Downloading an Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/downloading-an-archive.html), and [Get Job Output](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-job-output-get.html)
    pub fn get_job_output(&self) -> GetJobOutputFluentBuilder {
        GetJobOutputFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetJobOutputInput::builder(),
        }
    }
    /// This operation initiates a job of the specified type, which can be a select, an archival retrieval, or a vault retrieval. For more information about using this operation, see the documentation for the underlying REST API [Initiate a Job](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html).
    pub fn initiate_job(&self) -> InitiateJobFluentBuilder {
        InitiateJobFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: InitiateJobInput::builder(),
        }
    }
    /// This operation lists all vaults owned by the calling user's account. The list returned in the response is ASCII-sorted by vault name.
    ///
    /// By default, this operation returns up to 10 items. If there are more vaults to list, the response `marker` field contains the vault Amazon Resource Name (ARN) at which to continue the list with a new List Vaults request; otherwise, the `marker` field is `null`. To return a list of vaults that begins at a specific vault, set the `marker` request parameter to the vault ARN you obtained from a previous List Vaults request. You can also limit the number of vaults returned in the response by specifying the `limit` parameter in the request.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Retrieving Vault Metadata in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/retrieving-vault-info.html) and [List Vaults](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vaults-get.html) in the *Amazon Glacier Developer Guide*.
    pub fn list_vaults(&self) -> ListVaultsFluentBuilder {
        ListVaultsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListVaultsInput::builder(),
        }
    }
    /// This operation adds an archive to a vault. This is a synchronous operation, and for a successful upload, your data is durably persisted. Amazon S3 Glacier returns the archive ID in the `x-amz-archive-id` header of the response.
    ///
    /// You must use the archive ID to access your data in Amazon S3 Glacier. After you upload an archive, you should save the archive ID returned so that you can retrieve or delete the archive later. Besides saving the archive ID, you can also index it and give it a friendly name to allow for better searching. You can also use the optional archive description field to specify how the archive is referred to in an external index of archives, such as you might create in Amazon DynamoDB. You can also get the vault inventory to obtain a list of archive IDs in a vault. For more information, see InitiateJob.
    ///
    /// You must provide a SHA256 tree hash of the data you are uploading. For information about computing a SHA256 tree hash, see [Computing Checksums](https://docs.aws.amazon.com/amazonglacier/latest/dev/checksum-calculations.html).
    ///
    /// You can optionally specify an archive description of up to 1,024 printable ASCII characters. You can get the archive description when you either retrieve the archive or get the vault inventory. For more information, see InitiateJob. Amazon Glacier does not interpret the description in any way. An archive description does not need to be unique. You cannot use the description to retrieve or sort the archive list.
    ///
    /// Archives are immutable. After you upload an archive, you cannot edit the archive or its description.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Uploading an Archive in Amazon Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/uploading-an-archive.html) and [Upload Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-post.html) in the *Amazon Glacier Developer Guide*.
    pub fn upload_archive(&self) -> UploadArchiveFluentBuilder {
        UploadArchiveFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UploadArchiveInput::builder(),
        }
    }
    /// Waiter `VaultExists`: calls [`describe_vault`](Self::describe_vault) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 3-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_vault_exists(
        &self,
        input: impl rt::Into<DescribeVaultInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<DescribeVaultOutput, DescribeVaultError>,
        rt::client::waiter::WaiterError<DescribeVaultOutput, DescribeVaultError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "VaultExists",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Success(true),
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Retry,
                    matcher: rt::client::waiter::Matcher::ErrorType("ResourceNotFoundException"),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(3u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: DescribeVaultInputBuilder = input.into();
        let json = input.to_json();
        let call = self.describe_vault().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waiter `VaultNotExists`: calls [`describe_vault`](Self::describe_vault) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 3-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_vault_not_exists(
        &self,
        input: impl rt::Into<DescribeVaultInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<DescribeVaultOutput, DescribeVaultError>,
        rt::client::waiter::WaiterError<DescribeVaultOutput, DescribeVaultError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "VaultNotExists",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Retry,
                    matcher: rt::client::waiter::Matcher::Success(true),
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::ErrorType("ResourceNotFoundException"),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(3u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: DescribeVaultInputBuilder = input.into();
        let json = input.to_json();
        let call = self.describe_vault().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
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
            "CreateVault" => {
                self.handle
                    .call_json::<CreateVaultInput, CreateVaultOutput, CreateVaultError>(
                        &crate::glacier_types::http::CREATE_VAULT,
                        input,
                    )
                    .await
            }
            "DeleteArchive" => {
                self.handle
                    .call_json::<DeleteArchiveInput, DeleteArchiveOutput, DeleteArchiveError>(
                        &crate::glacier_types::http::DELETE_ARCHIVE,
                        input,
                    )
                    .await
            }
            "DescribeJob" => {
                self.handle
                    .call_json::<DescribeJobInput, GlacierJobDescription, DescribeJobError>(
                        &crate::glacier_types::http::DESCRIBE_JOB,
                        input,
                    )
                    .await
            }
            "DescribeVault" => {
                self.handle
                    .call_json::<DescribeVaultInput, DescribeVaultOutput, DescribeVaultError>(
                        &crate::glacier_types::http::DESCRIBE_VAULT,
                        input,
                    )
                    .await
            }
            "GetJobOutput" => {
                self.handle
                    .call_json::<GetJobOutputInput, GetJobOutputOutput, GetJobOutputError>(
                        &crate::glacier_types::http::GET_JOB_OUTPUT,
                        input,
                    )
                    .await
            }
            "InitiateJob" => {
                self.handle
                    .call_json::<InitiateJobInput, InitiateJobOutput, InitiateJobError>(
                        &crate::glacier_types::http::INITIATE_JOB,
                        input,
                    )
                    .await
            }
            "ListVaults" => {
                self.handle
                    .call_json::<ListVaultsInput, ListVaultsOutput, ListVaultsError>(
                        &crate::glacier_types::http::LIST_VAULTS,
                        input,
                    )
                    .await
            }
            "UploadArchive" => {
                self.handle
                    .call_json::<UploadArchiveInput, ArchiveCreationOutput, UploadArchiveError>(
                        &crate::glacier_types::http::UPLOAD_ARCHIVE,
                        input,
                    )
                    .await
            }
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
        "CreateVault" => rt::client::validate::<CreateVaultInput, rt::Unhandled>(input),
        "DeleteArchive" => rt::client::validate::<DeleteArchiveInput, rt::Unhandled>(input),
        "DescribeJob" => rt::client::validate::<DescribeJobInput, rt::Unhandled>(input),
        "DescribeVault" => rt::client::validate::<DescribeVaultInput, rt::Unhandled>(input),
        "GetJobOutput" => rt::client::validate::<GetJobOutputInput, rt::Unhandled>(input),
        "InitiateJob" => rt::client::validate::<InitiateJobInput, rt::Unhandled>(input),
        "ListVaults" => rt::client::validate::<ListVaultsInput, rt::Unhandled>(input),
        "UploadArchive" => rt::client::validate::<UploadArchiveInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `CreateVault` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateVaultFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateVaultInputBuilder,
}
impl ::std::convert::From<CreateVaultFluentBuilder> for CreateVaultInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateVaultFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateVaultFluentBuilder {
    /// Sets [`CreateVaultInput::account_id`](CreateVaultInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`CreateVaultInput::account_id`](CreateVaultInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`CreateVaultInput::vault_name`](CreateVaultInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`CreateVaultInput::vault_name`](CreateVaultInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateVaultInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateVaultInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateVaultOutput, SdkError<CreateVaultError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::CREATE_VAULT, &input, stream)
            .await
    }
}
/// A `DeleteArchive` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteArchiveFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteArchiveInputBuilder,
}
impl ::std::convert::From<DeleteArchiveFluentBuilder> for DeleteArchiveInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteArchiveFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteArchiveFluentBuilder {
    /// Sets [`DeleteArchiveInput::account_id`](DeleteArchiveInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`DeleteArchiveInput::account_id`](DeleteArchiveInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`DeleteArchiveInput::archive_id`](DeleteArchiveInput::archive_id).
    pub fn archive_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.archive_id(value);
        self
    }
    /// Sets or clears [`DeleteArchiveInput::archive_id`](DeleteArchiveInput::archive_id).
    pub fn set_archive_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_archive_id(value);
        self
    }
    /// Sets [`DeleteArchiveInput::vault_name`](DeleteArchiveInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`DeleteArchiveInput::vault_name`](DeleteArchiveInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteArchiveInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteArchiveInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteArchiveOutput, SdkError<DeleteArchiveError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::DELETE_ARCHIVE, &input, stream)
            .await
    }
}
/// A `DescribeJob` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeJobFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeJobInputBuilder,
}
impl ::std::convert::From<DescribeJobFluentBuilder> for DescribeJobInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeJobFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeJobFluentBuilder {
    /// Sets [`DescribeJobInput::account_id`](DescribeJobInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`DescribeJobInput::account_id`](DescribeJobInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`DescribeJobInput::job_id`](DescribeJobInput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.job_id(value);
        self
    }
    /// Sets or clears [`DescribeJobInput::job_id`](DescribeJobInput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_job_id(value);
        self
    }
    /// Sets [`DescribeJobInput::vault_name`](DescribeJobInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`DescribeJobInput::vault_name`](DescribeJobInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeJobInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeJobInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GlacierJobDescription, SdkError<DescribeJobError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::DESCRIBE_JOB, &input, stream)
            .await
    }
}
/// A `DescribeVault` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeVaultFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeVaultInputBuilder,
}
impl ::std::convert::From<DescribeVaultFluentBuilder> for DescribeVaultInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeVaultFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeVaultFluentBuilder {
    /// Sets [`DescribeVaultInput::account_id`](DescribeVaultInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`DescribeVaultInput::account_id`](DescribeVaultInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`DescribeVaultInput::vault_name`](DescribeVaultInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`DescribeVaultInput::vault_name`](DescribeVaultInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeVaultInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeVaultInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeVaultOutput, SdkError<DescribeVaultError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::DESCRIBE_VAULT, &input, stream)
            .await
    }
}
/// A `GetJobOutput` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetJobOutputFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetJobOutputInputBuilder,
}
impl ::std::convert::From<GetJobOutputFluentBuilder> for GetJobOutputInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetJobOutputFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetJobOutputFluentBuilder {
    /// Sets [`GetJobOutputInput::account_id`](GetJobOutputInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`GetJobOutputInput::account_id`](GetJobOutputInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`GetJobOutputInput::job_id`](GetJobOutputInput::job_id).
    pub fn job_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.job_id(value);
        self
    }
    /// Sets or clears [`GetJobOutputInput::job_id`](GetJobOutputInput::job_id).
    pub fn set_job_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_job_id(value);
        self
    }
    /// Sets [`GetJobOutputInput::range`](GetJobOutputInput::range).
    pub fn range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.range(value);
        self
    }
    /// Sets or clears [`GetJobOutputInput::range`](GetJobOutputInput::range).
    pub fn set_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_range(value);
        self
    }
    /// Sets [`GetJobOutputInput::vault_name`](GetJobOutputInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`GetJobOutputInput::vault_name`](GetJobOutputInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetJobOutputInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetJobOutputInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetJobOutputOutput, SdkError<GetJobOutputError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::GET_JOB_OUTPUT, &input, stream)
            .await
    }
}
/// A `InitiateJob` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct InitiateJobFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: InitiateJobInputBuilder,
}
impl ::std::convert::From<InitiateJobFluentBuilder> for InitiateJobInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: InitiateJobFluentBuilder) -> Self {
        fluent.input
    }
}
impl InitiateJobFluentBuilder {
    /// Sets [`InitiateJobInput::account_id`](InitiateJobInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`InitiateJobInput::account_id`](InitiateJobInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`InitiateJobInput::job_parameters`](InitiateJobInput::job_parameters).
    pub fn job_parameters(mut self, value: impl rt::Into<JobParameters>) -> Self {
        self.input = self.input.job_parameters(value);
        self
    }
    /// Sets or clears [`InitiateJobInput::job_parameters`](InitiateJobInput::job_parameters).
    pub fn set_job_parameters(mut self, value: rt::Option<JobParameters>) -> Self {
        self.input = self.input.set_job_parameters(value);
        self
    }
    /// Sets [`InitiateJobInput::vault_name`](InitiateJobInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`InitiateJobInput::vault_name`](InitiateJobInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: InitiateJobInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut InitiateJobInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<InitiateJobOutput, SdkError<InitiateJobError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::INITIATE_JOB, &input, stream)
            .await
    }
}
/// A `ListVaults` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListVaultsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListVaultsInputBuilder,
}
impl ::std::convert::From<ListVaultsFluentBuilder> for ListVaultsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListVaultsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListVaultsFluentBuilder {
    /// Sets [`ListVaultsInput::account_id`](ListVaultsInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`ListVaultsInput::account_id`](ListVaultsInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`ListVaultsInput::limit`](ListVaultsInput::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.limit(value);
        self
    }
    /// Sets or clears [`ListVaultsInput::limit`](ListVaultsInput::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_limit(value);
        self
    }
    /// Sets [`ListVaultsInput::marker`](ListVaultsInput::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.marker(value);
        self
    }
    /// Sets or clears [`ListVaultsInput::marker`](ListVaultsInput::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_marker(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListVaultsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListVaultsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListVaultsOutput, SdkError<ListVaultsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&glacier_types::http::LIST_VAULTS, &input, stream)
            .await
    }
}
impl ListVaultsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListVaultsPaginator {
        ListVaultsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListVaults`, following `Marker`.
#[derive(Debug)]
pub struct ListVaultsPaginator {
    call: ListVaultsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListVaultsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListVaultsOutput, SdkError<ListVaultsError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.marker = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.marker.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListVaultsOutput, SdkError<ListVaultsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `VaultList` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<DescribeVaultOutput>, SdkError<ListVaultsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.vault_list.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `VaultList` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<DescribeVaultOutput, SdkError<ListVaultsError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.vault_list.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `UploadArchive` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UploadArchiveFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UploadArchiveInputBuilder,
}
impl ::std::convert::From<UploadArchiveFluentBuilder> for UploadArchiveInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UploadArchiveFluentBuilder) -> Self {
        fluent.input
    }
}
impl UploadArchiveFluentBuilder {
    /// Sets [`UploadArchiveInput::account_id`](UploadArchiveInput::account_id).
    pub fn account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.account_id(value);
        self
    }
    /// Sets or clears [`UploadArchiveInput::account_id`](UploadArchiveInput::account_id).
    pub fn set_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_account_id(value);
        self
    }
    /// Sets [`UploadArchiveInput::archive_description`](UploadArchiveInput::archive_description).
    pub fn archive_description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.archive_description(value);
        self
    }
    /// Sets or clears [`UploadArchiveInput::archive_description`](UploadArchiveInput::archive_description).
    pub fn set_archive_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_archive_description(value);
        self
    }
    /// Sets [`UploadArchiveInput::body`](UploadArchiveInput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.input = self.input.body(value);
        self
    }
    /// Sets or clears [`UploadArchiveInput::body`](UploadArchiveInput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.input = self.input.set_body(value);
        self
    }
    /// Sets [`UploadArchiveInput::checksum`](UploadArchiveInput::checksum).
    pub fn checksum(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum(value);
        self
    }
    /// Sets or clears [`UploadArchiveInput::checksum`](UploadArchiveInput::checksum).
    pub fn set_checksum(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum(value);
        self
    }
    /// Sets [`UploadArchiveInput::vault_name`](UploadArchiveInput::vault_name).
    pub fn vault_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.vault_name(value);
        self
    }
    /// Sets or clears [`UploadArchiveInput::vault_name`](UploadArchiveInput::vault_name).
    pub fn set_vault_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_vault_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UploadArchiveInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UploadArchiveInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ArchiveCreationOutput, SdkError<UploadArchiveError>> {
        let mut input = self.input;
        let stream = input.body.take();
        self.handle
            .call(&glacier_types::http::UPLOAD_ARCHIVE, &input, stream)
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://glacier-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 50usize),
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
